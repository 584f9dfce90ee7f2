"""Plain-text captures: a scored line classifier that separates the article from site chrome.

Each non-blank line is one block. Every block gets features (length, final punctuation, share of
capitalised words, stop-word ratio, UI / advertising / section vocabulary, repetition, similarity to the
article body) and a body score; a structural pass then uses position (chrome before the title and after
the body), section headers ("Related", "Most read": what follows is other stories) and teaser patterns
(a repeated title followed by a summary about something else). Nothing is dropped silently: every removed
block comes back with a reason, and credit lines become credits instead of text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from unspun.config import DEFAULT, Config
from unspun.ingest.page_meta import byline_author, is_date_line, masthead_site
from unspun.model import Removed
from unspun.text.furniture import tail_start
from unspun.text.marks import CLOSING_MARKS, SENTENCE_ENDS, sentence_pieces
from unspun.text.names import wire_dateline
from unspun.text.spelling import prefix_stem
from unspun.text.tokens import word_texts
from unspun.text.wordlists import (
    AD_WORDS,
    COUNTER_WORDS,
    FUNCTION_WORDS,
    MONTH_NAMES,
    NEWS_AGENCIES,
    SECTION_PHRASES,
    UI_PHRASES,
    UI_WORDS,
    WEEKDAY_ORDER,
)

# Thresholds are in the settings tree (``Config.line_*``: ``unspun.config``).
METADATA_LABELS = ("author", "published", "site")

_SPACE = re.compile(r"\s+")
# A line ending as a sentence or a clause does (a colon or semicolon: text that goes on, not a heading).
_SENTENCE_END = re.compile(f"[{re.escape(SENTENCE_ENDS)}:;][{re.escape(CLOSING_MARKS)}]*$")
_GLUED_TAIL = re.compile(r"""(?<=[.!?"”’])(?P<tail>[A-Z][^.!?]{1,60})$""")
# A call to action closing a teaser or a page's last paragraph: "Read the full story.", "Continue reading",
# "Click here to read more", "Read the full article on our website". The page's link to the article, not a sentence
# of it: a teaser that ends so has one sentence more than it wrote (/tmp/probe38 bees_teaser: 2 of its 4 sentences
# close to the source's, 2 of 3 without it). Only as the whole of the line's last sentence, so a sentence about a
# report ("Read the full report, the minister urged MPs") stays. A social post points without a verb too: "Full story
# on our site.", "Full story:" (its link removed), "More on our website" (/tmp/probe45 teaser).
_CALL_TO_ACTION = re.compile(
    r"""(?:^|(?<=[.!?"”’)])\s+)(?P<action>(?:(?:click|tap)\s+here\s+(?:to\s+|and\s+)?)?
    (?:(?:read|see|view|get|watch)\s+(?:the\s+|our\s+)?(?:full|whole|complete|entire)\s+
        (?:story|article|report|piece|interview|feature|review|coverage)
    |read\s+(?:the\s+|our\s+)?(?:story|article)\s+in\s+full|(?:continue|keep)\s+reading|read\s+more
    |(?:the\s+)?full\s+(?:story|article|report|coverage)(?=\s*(?::|\s(?:here|below|online|on|at|in)\b))
    |more(?=\s+(?:on|at)\s+(?:our|the)\s+(?:website|site|app)))
    (?:\s+(?:here|below|online|now|(?:on|at|in)\s+(?:our|the)\s+(?:website|site|app)))?
    \s*(?:[.!:…]|\.\.\.)?\s*[→»>]*)$""",
    re.IGNORECASE | re.VERBOSE,
)
_HEADLINE_END = re.compile(r"(\?|\.\.\.|…)['\"”’]?$")
_MENU_SEPARATOR = re.compile(r"\s[|>»/•·]\s")
# A result line: two sides' names, each with its score ("Castleford Rovers 3 Pennington Athletic 1") or the score
# between them ("Castleford Rovers 3-1 Pennington Athletic"): the article's fact, however little prose it has.
_SIDE = r"[A-Z][\w'’.&-]*(?:\s+(?:&\s+)?[A-Z][\w'’.&-]*){0,3}"
_RESULT_LINE = re.compile(
    rf"^{_SIDE}\s+(?:\d{{1,3}}\s+{_SIDE}\s+\d{{1,3}}|\d{{1,3}}\s*[-–]\s*\d{{1,3}}\s+{_SIDE})"
    r"(?:\s*\((?:[^()]{1,40})\))?$"
)
_LAYOUT_TOKEN = re.compile(r"^\d+(px|pt|em|%)$|^(\d+x\d+)$", re.IGNORECASE)
_CREDIT_LABEL = re.compile(
    r"""^\W*(source|sources|photo|photos|photograph|image|images|picture|pictures|credit|credits|via|courtesy
    |video|graphic|illustration|cover\ photo|main\ photo|featured\ image|quelle|quellen|bild|foto|fotos
    |fuente|crédits?\ photos?|crédit|fonte|źródło)\s*[:|–—-]\s*\S""",
    re.IGNORECASE | re.VERBOSE,
)
_CREDIT_BY = re.compile(
    r"""^\W*(additional\ reporting|reporting|writing|editing|compiled|edited|translated|photos?)\ by\b""",
    re.IGNORECASE | re.VERBOSE,
)
# "Read more: <another headline>" and its cousins in the languages news pages commonly use.
_READ_ALSO_LABELS = r"""(?:read\ (?:more|also|next)|see\ also|also\ read|related|more\ on\ this|lea\ (?:también|más)|lea
    |vea\ también|le\ puede\ interesar|te\ puede\ interesar|mira|lesen\ sie\ (?:auch|mehr)|zum\ weiterlesen
    |mehr\ zum\ thema|weitere\ (?:artikel|themen|beiträge|informationen)|mehr\ themen|siehe\ auch
    |(?:à\ )?lire\ aussi|voir\ aussi|leia\ (?:também|mais)|czytaj\ (?:też|także|więcej)|leggi\ anche)"""
# ... alone or with a few words before a colon: a line of trafilatura's main text (the HTML path has no section pass).
_READ_ALSO = re.compile(rf"^\W*{_READ_ALSO_LABELS}\b[^:]{{0,40}}(:|$)", re.IGNORECASE | re.VERBOSE)
# A newsroom's appeal to its readers under a story: "Have you been affected? Email our newsdesk.", "Got a story?
# Contact us at …", "Share your experiences: email …", "Get in touch". The desk's furniture, not the article:
# a copy that drops or adds it is the same text. Only a question put to the reader followed by a request to
# contact the desk, or a line opening with that request (a source's own "Residents can email the council" stays).
_READER_APPEAL = re.compile(
    r"""^\W*(?:(?:have|were|are|do|did|has)\s+you\b|got\b|know\b)[^?\n]{0,80}\?\s*(?:please\s+)?
    (?:e-?mail|contact|message|whatsapp|call|tell|write\s+to|get\s+in\s+touch|send)\b[^\n]{0,20}?
    \b(?:us|our|newsdesk|newsroom)\b
    |^\W*(?:share\s+your\s+(?:experiences?|stor(?:y|ies)|views|pictures|photos)|get\s+in\s+touch\s+with\s+(?:us|our)
    |tell\s+us\s+your\s+stor(?:y|ies))\b""",
    re.IGNORECASE | re.VERBOSE,
)
# A page's call to its reader about the page itself, not the story: "Like this story? Share it with your friends…",
# "Enjoyed this article? Don't forget to share it", "Follow us on Facebook…", "Sign up to our free newsletter…",
# "We use cookies…". A content farm prints them under every page, so two pages of different stories share them word
# for word (/tmp/probe44 C1). Only as the line's opening: a story's "Fans were urged to follow us…" is a sentence.
_PAGE_CALL = re.compile(
    r"""^\W*(?:(?:did\s+you\s+)?(?:like|liked|love|loved|enjoy|enjoyed|enjoying)\s+(?:this|what\s+you|reading)\b[^?\n]{0,40}\?
    |(?:please\s+)?(?:follow|like|find)\s+us\s+on\b|follow\s+us\s+(?:for|to\s+get|and)\b
    |(?:don['’]?t|do\s+not)\s+forget\s+to\s+(?:share|like|follow|subscribe|comment)\b
    |share\s+(?:this|the)\s+(?:story|article|post|page)\s+with\b
    |(?:sign\s+up|subscribe|register)\s+(?:for|to|now)\b[^.\n]{0,60}\b(?:newsletters?|inbox|alerts|updates|emails?)\b
    |(?:we|this\s+(?:web)?site)\s+uses?\s+cookies\b|by\s+continuing\s+to\s+(?:browse|use)\s+(?:this|our|the)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
_PAGE_CALL_MAX_WORDS = 40
_PAGE_CALL_MAX_SENTENCE_WORDS = 20  # each sentence of a call is short: a longer one is a story's paragraph
# A line opening with a quotation mark quotes someone ('"Follow us on the river level app," said Kim Bell'): story text.
_OPENING_QUOTE = re.compile(r"^\s*[\"“”„«»‘’'‹›]")
# A reporting clause makes a line that opens like a page's call or a disclaimer a story's sentence ("Please follow
# us on this one, the commissioner told MPs", "Sign up to the alerts service was urged by the council leader",
# "Disclaimer: the retailer's banner said …, the commissioner found.").
_REPORTING_CLAUSE = re.compile(
    r"""\b(?:said|says|told|tells|urged|urging|wrote|writes|according\s+to|claimed|insisted|warned|reported|testified)\b
    |,\s+(?:the|a|an|his|her|their|its)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:found|ruled|concluded|added|explained|noted)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# A publisher's disclaimer footer: a line labelled so ("Disclaimer: …", "DISCLAIMER", "Disclaimer - …"; not one
# quoting it: '"Disclaimer: none of our products …," read the label'), or its boilerplate speaking of the page itself
# ("The information in this article is provided for general purposes only…", "The views expressed on this site are
# those of the authors…"), or a short line of it alone ("This is not investment advice.", "Capital at risk."), which a
# re-post keeps under a wire's alert: a story reports another page's small print as "the site", not "this site".
_DISCLAIMER = re.compile(
    r"""^(?:disclaimer\b\s*(?:[:.|–—-]|$)
    |(?:the\s+|all\s+|any\s+)?(?:information|content|contents|material|views|opinions|views\s+and\s+opinions)\s+
        (?:provided\s+|contained\s+|published\s+|expressed\s+)?(?:in|on|of)\s+this\s+
        (?:article|story|post|page|site|website|blog|publication)\b
        [^.\n]{0,80}?\b(?:general\s+(?:information(?:al)?\s+)?purposes|information(?:al)?\s+purposes
        |(?:does|do)\s+not\s+(?:constitute|necessarily\s+reflect)|those\s+of\s+the\s+authors?|not\s+(?:be\s+)?
        (?:intended|construed|relied))
    |(?:this\s+(?:is|article|story|post|item|content)\s+(?:is\s+)?(?:not|does\s+not\s+constitute)|(?:it\s+is\s+)?not)
        \s+(?:investment|financial|legal|medical|tax|trading)\s+advice\W*$
    |(?:your\s+)?capital\s+(?:is\s+)?at\s+risk\W*$)""",
    re.IGNORECASE | re.VERBOSE,
)
DISCLAIMER = "disclaimer"  # the removal reason of a publisher's disclaimer footer
# An SEO keyword line: a comma list of short noun phrases stuffed with one word ("Crumb and Kettle news, bakery chain
# jobs, Midlands jobs news, Stoke news today, breaking news UK, news near me, latest UK news today live."). A list in
# a story names each thing once and joins its last item with "and" or "or".
_KEYWORD_MIN_ITEMS = 5
_KEYWORD_MAX_ITEM_WORDS = 6
_KEYWORD_MIN_REPEAT_SHARE = 0.5  # one word in at least this share of the items
KEYWORD_LIST = "keyword list"  # the removal reason of an SEO keyword line
# A list of amounts (an item opening with a figure, a fraction, a bracket): a recipe's or a result's, not keywords;
# a year inside an item is a keyword's ("calendario stock car 2018, stock car brasil, …": AEB page cc03ddb5).
# A search phrase's marker: "news", "near me", "today", "latest", "live", "best … in", a year.
_KEYWORD_MARKER = re.compile(r"\b(?:news|near\s+me|today|latest|live|best\s+\w+(?:\s+\w+)?\s+in|(?:19|20)\d\d)\b",
                             re.IGNORECASE)
_AMOUNT_MARK = re.compile(r"[½¼¾⅓⅔()]")
_AMOUNT_FIRST = re.compile(r"\W*\d")

# Credits written as a phrase rather than a label: "(Via Priya Raman, Valley Courier)", "Adapted from an
# obituary by …", "This article first appeared in …", "Originally published by …", "Republished with permission".
_CREDIT_PHRASE = re.compile(
    r"""^\W*(?:(?:(?:story|article|report|words|text|content|piece)\s+)?(?P<via>via|courtesy\ of)\s+(?:the\s+)?
        (?-i:[A-Z])
    |(?:adapted|excerpted|abridged|condensed|reprinted|republished|reproduced|syndicated)\s+(?:from|with|by|courtesy)\b
    |republished\s+under\b
    |(?P<own>(?:this|the)\s+(?:article|story|obituary|report|piece|column|interview|review|feature|essay)\s+
        (?:was\s+|is\s+)?(?:first|originally)\s+(?:appeared|published|ran|printed)\b
    |this\s+(?:article|story|obituary|piece|column|interview|review|feature|essay)\s+(?:is|was|has\s+been)\s+
        (?:republished|reprinted|reproduced|syndicated)\s+(?:from|with|by|courtesy|under|here|in\s+full)\b)
    |(?:first|originally)\s+(?:published|appeared)\s+(?:in|on|by)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
# A credit phrase speaking of the text itself ("This article was first published by …", the ``own`` group) that names
# the outlet ("in|on|by|from [the] <Capital>", not a date): a republishing footer, as long as one naming its licence
# ("This article was first published by the Tayside Courier and is republished here under a content-sharing
# agreement.", 19 words: /tmp/probe52 cause 4). "The report was first published in 2019 …" speaks of another document.
_OWN_CREDIT_NAMES_OUTLET = re.compile(
    r"^\W*this\b.*?\b(?:published|appeared|ran|printed|republished|reprinted|reproduced|syndicated)\s+(?:in|on|by|from)\s+"
    r"(?:the\s+(?-i:[A-Z])|(?!(?:" + "|".join([*MONTH_NAMES, *WEEKDAY_ORDER]) + r")\b)(?-i:[A-Z]))",
    re.IGNORECASE)
_REPUBLISHED_HERE = re.compile(r"\b(?:republished|reproduced|reprinted|shared|syndicated|carried)\b", re.IGNORECASE)
# A republishing footer names its licence, which makes it longer than a credit label: "This article first appeared on
# The Conversation and is republished here under a Creative Commons licence." (16 words).
_LICENCE_WORDS = re.compile(r"\b(?:creative\s+commons|licen[cs]e[ds]?|cc[\s-]by(?:-[a-z]{2})*|permission)\b",
                            re.IGNORECASE)
# ... in a republishing clause: "republished under a Creative Commons licence", "reproduced with permission" (not a
# body sentence that opens like a credit and names a licence: "Adapted from a stage play, the film was shown under
# licence in 40 countries").
_REPUBLISHED_UNDER = re.compile(r"\b(?:republished|reprinted|reproduced|published|shared|used)\b[^.]{0,100}?\b"
                                r"(?:under|with)\b[^.]{0,40}?" + _LICENCE_WORDS.pattern, re.IGNORECASE)
_CREDIT_MAX_WORDS = 15  # a credit label or phrase
_LICENSED_CREDIT_MAX_WORDS = 40  # a credit phrase naming its licence: a republishing footer
# a comma, then a subject opening a clause of its own
_NEW_CLAUSE = re.compile(r",\s+(?:the|a|an|it|he|she|they|we|i|this|that|these|its|his|her|their|our)\s+\w+",
                         re.IGNORECASE)
# A copyright notice written out: the word, then a year, "all rights reserved" or a name in capitals
# ("Copyright Riverside Gazette 2026. All rights reserved.", "Copyright 2026 Harbour Media Ltd"), not a sentence
# about copyright ("Copyright law changes hit publishers"). The name's words are apart by spaces: a pattern where
# they could be apart by nothing tried every split of an all-capitals line that fails ("COPYRIGHT NORTHUMBERLAND
# GAZETTE - TERMS": seconds).
_COPYRIGHT_NOTICE = re.compile(
    r"^copyright\s*(?:(?:©|\(c\))\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\b"
    r"(?:[\s,]+(?:by\s+)?(?-i:[A-Z0-9])[\w&'’.-]*(?:\s+(?-i:[A-Z0-9&])[\w&'’.-]*){0,6})?"
    r"(?:[.,]?\s*all\s+rights\s+reserved)?\.?$|(?-i:[A-Z])[^.]*?(?:\b(?:19|20)\d\d\.?(?:\s*all\s+rights\s+reserved\.?)?"
    r"|[.,]?\s*all\s+rights\s+reserved\.?)$|(?-i:[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)$)",
    re.IGNORECASE)
_WIRE_TAG = re.compile(rf"^\(?(?:{'|'.join(NEWS_AGENCIES)})\)?$")


def is_result_line(line: str) -> bool:
    """Whether ``line`` is a result line (``_RESULT_LINE``) and not a page's counters or pager written like one."""
    return bool(_RESULT_LINE.match(line)) and not any(
        word.lower() in COUNTER_WORDS or word.lower() in UI_WORDS for word in re.findall(r"[A-Za-z]+", line))


# A labelled list of other stories on one line: "Trending: Energy bills | Rail strikes", "Most read: …", "Related: …".
# The page's links, never its title or text, however much of the article's topic they name (/tmp/probe38 c2_chrome:
# "Trending: Energy bills | Rail strikes | Weather warnings" was taken for the title and the headline removed).
# The header of a comment thread under an article ("23 comments", "Comments (2)", "Join the discussion") and a
# forum's or comment box's log-in prompt ("You must be logged in to reply.", "Already a member? Log in").
_COMMENTS_HEADER = re.compile(
    # a count is what tells a thread's header from an article's subhead ("Responses", "Comments from the council")
    r"^\W*(?:\d[\d,.]*k?\s+(?:reader\s+)?(?:comments?|replies|responses)|(?:reader\s+)?(?:comments?|replies|responses)\s*\(\s*\d[\d,]*\s*\))\W*$"
    r"|^\W*(?:join|start)\s+the\s+(?:conversation|discussion)\W*$",
    re.IGNORECASE,
)
_LOGIN_PROMPT = re.compile(
    r"\byou\s+(?:must|need\s+to)\s+be\s+(?:logged|signed)\s+in\b|\balready\s+(?:a\s+member|registered)\s*\?"
    r"|\b(?:log|sign)\s*in\s+(?:or\s+register\s+)?to\s+(?:reply|comment|post|join|like)\b"
    r"|\bregister\s+to\s+(?:reply|comment|post)\b",
    re.IGNORECASE,
)
_LOGIN_PROMPT_MAX_CHARS = 200
COMMENTS = "comments section"  # the removal reason of a comment thread's lines and of log-in prompts

# One rule for plain text and HTML: a section's name or a "Read more" label, then the link ("Read more: 10 celebrity
# homes …", "Don't miss: …", "You may also like: …"; /tmp/probe44 C1: "Read more" was read only on the HTML path).
_SECTION_LABEL = re.compile(
    r"^\W*(?:" + "|".join(re.escape(p).replace("\\ ", "\\s+").replace("'", "['’]")
                          for p in sorted(SECTION_PHRASES, key=len, reverse=True))
    + "|" + _READ_ALSO_LABELS + r")\s*[:|]\s*\S",
    re.IGNORECASE | re.VERBOSE,
)
# A link to another story as a related block lists it: "Why are so many trains cancelled? Our guide", "Fares explained".
_GUIDE_LINK = re.compile(r"\b(?:our|the|a|your)\s+(?:guide|explainer|analysis|view|verdict|q&a)\W*$|\bexplained\W*$",
                         re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LineFeatures:
    """What the classifier knows about one line; ``score`` > 0 leans to prose, < 0 to chrome."""

    words: int
    sentence_end: bool
    capitalised_share: float
    stop_share: float
    ui_hits: int
    ad_hits: int
    section_header: bool
    credit: bool
    score: float


@dataclass(frozen=True, slots=True)
class LineVerdict:
    text: str
    label: str  # "body", "title", "credit", "author", "published", "site" or "removed"
    reason: str = ""


@dataclass(slots=True)
class _Page:
    lines: list[str]
    features: list[LineFeatures]
    config: Config
    # "", "keep", "title", "credit", a metadata label (METADATA_LABELS) or a removal reason
    labels: list[str] = field(default_factory=list)
    # the lines (spaces collapsed, as ``lines``) that were a table's rows as written (cells parted by tabs), and
    # how many cells each held
    table_rows: dict[str, int] = field(default_factory=dict)


def words_of(text: str) -> list[str]:
    return word_texts(text)


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends as a sentence does (a full stop, question or exclamation mark, a colon or semicolon,
    closing marks after it)."""
    return bool(_SENTENCE_END.search(line.strip()))


def line_features(line: str, config: Config = DEFAULT) -> LineFeatures:
    """Features and body score of one line of a plain-text page."""
    words = words_of(line)
    lower = _folded(words)
    alpha = [w for w in words if w[0].isalpha()]
    capitalised = sum(1 for w in alpha if w[0].isupper()) / len(alpha) if alpha else 0.0
    stop = sum(1 for w in lower if w in FUNCTION_WORDS) / len(lower) if lower else 0.0
    ui, ads = _vocabulary_hits(line, lower, config)
    ends = ends_sentence(line)
    header = _is_section_header(line, len(words), ends, config)
    credit = is_credit_line(line)
    score = _body_score(len(words), ends, capitalised, stop, ui + ads)
    return LineFeatures(len(words), ends, capitalised, stop, ui, ads, header, credit, score)


def is_credit_line(line: str) -> bool:
    """An attribution line: "source: … with BBC", "Photo: EPA", "(Reuters)", "Additional reporting by",
    "Adapted from …", "This article first appeared in …", "This article is republished from … under a Creative
    Commons licence" (a phrase naming its licence may be longer)."""
    stripped = line.strip()
    phrase = _CREDIT_PHRASE.match(stripped)
    # a phrase naming its licence is a footer, whatever it says of the outlet ("…, the nonprofit newsroom of …")
    licensed = phrase is not None and (_REPUBLISHED_UNDER.search(stripped) is not None or _own_footer(stripped, phrase))
    if phrase is not None and not licensed and not _phrase_credit(stripped, phrase):
        return False
    if not (_CREDIT_LABEL.match(stripped) or _CREDIT_BY.match(stripped) or _WIRE_TAG.match(stripped) or phrase):
        return False
    return len(words_of(stripped)) <= (_LICENSED_CREDIT_MAX_WORDS if licensed else _CREDIT_MAX_WORDS)


def _own_footer(line: str, phrase: re.Match[str]) -> bool:
    """A credit phrase of the text itself naming the outlet it first ran in (``_OWN_CREDIT_NAMES_OUTLET``), with no
    new clause after a comma, that goes on to say it is republished here ("… and is shared here as part of our news
    partnership"): a republishing footer, however it words the arrangement. "This report was first published by the
    Audit Office and found that …" is the article's sentence about another document."""
    named = _OWN_CREDIT_NAMES_OUTLET.match(line) if phrase.group("own") is not None else None
    return (named is not None and _REPUBLISHED_HERE.search(line, named.end()) is not None
            and _NEW_CLAUSE.search(line) is None)


def _phrase_credit(line: str, phrase: re.Match[str]) -> bool:
    """A line opening like a credit phrase (``phrase``, its match) that is one: "Via …" / "Courtesy of …"
    followed by names only ("(Via Priya Raman, Valley Courier)"), and no new clause after a comma ("Adapted
    from reports by local newspapers, the storm was the worst in a decade" is the article's sentence). A line
    taken for a credit leaves the text, so a sentence must not pass: "Via Rail cancelled all trains on Monday"."""
    if phrase.group("via") is not None:
        rest = words_of(line[phrase.end("via") :])
        return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in FUNCTION_WORDS for w in rest)
    return _NEW_CLAUSE.search(line) is None


def html_line_reason(line: str, config: Config = DEFAULT) -> str | None:
    """Why a line of trafilatura's main text is page furniture rather than article, or None to keep it."""
    reason = furniture_reason(line, None, config)
    if reason is not None:
        return reason
    if _READ_ALSO.match(line) and not is_credit_line(line):
        return RELATED_LINK  # a bare "Related" or "Read more on this" line
    if _COPYRIGHT_NOTICE.match(line.strip()):
        return "site chrome"  # the plain-text path reads it as the page's site (``_metadata_label``)
    ui, ads = _vocabulary_hits(line, _folded(words_of(line)), config)
    # No furniture word (most lines): the line stays whatever its score, so the other features are not read.
    if ui + ads == 0:
        return None
    feats = line_features(line, config)
    return _chrome_reason(feats) if feats.score <= config.line_chrome_max_score else None


def wire_credit(line: str) -> str | None:
    """The wire agency named in a dateline like "KYIV (Reuters) - …", which stays in the text."""
    match = wire_dateline(line.strip())
    return f"({match.group('agency')})" if match else None


def _folded(words: list[str]) -> list[str]:
    """The words as the vocabularies hold them: lower case, without apostrophes around them."""
    return [w.lower().strip("'’") for w in words]


def _vocabulary_hits(line: str, lower: list[str], config: Config) -> tuple[int, int]:
    folded = " ".join(lower)
    ui = sum(1 for w in lower if w in UI_WORDS and w not in AD_WORDS)
    ui += sum(1 for phrase in UI_PHRASES if phrase in folded)
    ui += sum(1 for w in line.split() if _LAYOUT_TOKEN.match(w))
    ads = sum(1 for w in lower if w in AD_WORDS)
    if len(lower) > config.line_short_words and ui + ads < config.line_ui_min_density * len(lower):
        return 0, 0  # a long sentence that mentions "share" or "comment" is news, not a button
    return ui, ads


def _is_section_header(line: str, words: int, sentence_end: bool, config: Config) -> bool:
    """A short line naming a block of other stories ("Related articles", "Most read today"), or one of those names
    alone before a colon ("Related:", "Most read:"; not "Related to the fire:", a sentence's start)."""
    if words == 0 or words > config.line_section_header_max_words:
        return False
    folded = re.sub(r"[^\w' ]+", " ", line.lower().replace("’", "'")).strip()
    folded = re.sub(r"\s+", " ", folded)
    if sentence_end:
        return line.rstrip().endswith(":") and folded in SECTION_PHRASES
    return any(folded == p or folded.startswith(p + " ") for p in SECTION_PHRASES)


def _body_score(words: int, sentence_end: bool, capitalised: float, stop: float, vocab_hits: int) -> float:
    # Weights read as: ten words ≈ one point, final punctuation 1.5, a prose-like stop-word share
    # (~0.4) ≈ 0.8, each UI word -2; title-cased menus lose up to 1 point; one- to three-word lines lose 1.
    score = min(words, 40) / 10 + (1.5 if sentence_end else 0.0) + 2.0 * stop
    score -= 2.0 * min(vocab_hits, 2)
    score -= 2.0 * max(0.0, capitalised - 0.5)
    return score - (1.0 if words <= 3 else 0.0)


def split_glued_chrome(line: str, config: Config = DEFAULT) -> tuple[str, str | None]:
    """``("…three years ago.", "Subscribe Us")`` when UI words are fused onto the end of a line."""
    match = _GLUED_TAIL.search(line.rstrip())
    if match is None:
        return line, None
    tail = match.group("tail").strip()
    feats = line_features(tail, config)
    if feats.words > config.line_glued_tail_max_words or feats.ui_hits + feats.ad_hits == 0:
        return line, None
    return line.rstrip()[: match.start("tail")], tail


def split_call_to_action(line: str) -> tuple[str, str | None]:
    """``("…altogether.", "Read the full story.")`` when a line ends with a call to read the article
    (``_CALL_TO_ACTION``); ``("", line)`` when the line is one; ``(line, None)`` otherwise."""
    stripped = line.rstrip()
    match = _CALL_TO_ACTION.search(stripped)
    if match is None:
        return line, None
    return stripped[: match.start()].rstrip(), match.group("action").strip()


def content_stems(text: str) -> set[str]:
    """The prefix stems (``spelling.prefix_stem``) of the non-stop words: a cheap stemmer good enough for topic
    overlap."""
    return {prefix_stem(w.lower()) for w in words_of(text) if len(w) > 3 and w.lower() not in FUNCTION_WORDS}


def topic_overlap(paragraph: str, body: set[str]) -> float:
    stems = content_stems(paragraph)
    return len(stems & body) / len(stems) if stems else 0.0


def classify_lines(text: str, config: Config = DEFAULT) -> list[LineVerdict]:
    """Every non-blank line of ``text`` (glued chrome split off) with its label and removal reason (``config``:
    the classifier's thresholds, ``line_*``, and the metadata lines' limits)."""
    lines, glued = _lines_with_glued_chrome(text, config)
    rows = {_SPACE.sub(" ", raw).strip(): table_cells(raw) for raw in text.splitlines() if table_row(raw)}
    page = _Page(lines, [line_features(line, config) for line in lines], config, table_rows=rows)
    page.labels = ["" for _ in lines]
    for index in glued:
        page.labels[index] = _chrome_reason(page.features[index])
    _label_credits(page)
    _label_comments(page, config)
    _label_release_notes(page)
    body_indices = [
        i for i, f in enumerate(page.features) if f.score >= config.line_body_min_score and not page.labels[i]
    ]
    _label_sections_and_teasers(page, body_indices)
    _label_repeats(page)
    _label_position(page)
    if config.line_credits_outside_body:
        _label_inner_credits(page)
    return [_verdict(line, label) for line, label in zip(page.lines, page.labels, strict=True)]


CAPTION_CREDIT = "caption credit"  # the removal reason of a credit line inside the body (a photo's, a chart's)


def _label_inner_credits(page: _Page) -> None:
    """Credit lines between two of the article's paragraphs (``inner_credit_label``) read as what they are there,
    and those under a table (``under_a_table``) as the table's."""
    prose = article_paragraphs(page.lines, [label == "keep" and f.sentence_end
                                            for label, f in zip(page.labels, page.features, strict=True)])
    for index, label in enumerate(page.labels):
        if label == "credit" and prose and prose[0] < index < prose[-1]:
            page.labels[index] = inner_credit_label(page.lines[index])
        elif label == "credit" and page.config.line_table_sources and under_a_table(page.lines, index,
                                                                                      page.table_rows):
            page.labels[index] = CAPTION_CREDIT


# A table's cells as a line gives them: a Markdown row ("| Axmouth | £902 | 9.9% |", an HTML table as extracted),
# or cells parted by tabs, bars or runs of spaces.
_CELL_BREAKS = re.compile(r"\t|\s\|\s|\s{3,}")


def table_row(line: str) -> bool:
    """Whether ``line`` is a row of a table: a Markdown row, or at least three cells (two breaks) and no sentence."""
    return table_cells(line) > 0


def table_cells(line: str) -> int:
    """How many cells ``line`` holds as a table's row (``table_row``), 0 when it is none."""
    found = line.strip()
    if len(found) > 1 and found.startswith("|") and found.endswith("|"):
        return found.count("|") - 1
    breaks = len(_CELL_BREAKS.findall(found))
    return breaks + 1 if breaks >= 2 and not ends_sentence(found) and not _LABELLED_LIST.match(found) else 0


# A labelled list a page or a story prints on one line ("Tags: Storm Idris | Weather | Tyne", "Coastline services:
# Newcastle | Morpeth | Berwick", "Closed: Tyne Bridge<tab>Redheugh Bridge"): a label and a colon before the first
# cell's break, no row of a table.
_LABELLED_LIST = re.compile(r"[^\t|:]{1,40}:\s")


# How a table's data source is labelled ("Source: ONS", "Data: Met Office"); a byline's "Reporting by …" under a
# closing table is still the article's.
_TABLE_SOURCE = re.compile(r"\W*(?:sources?|data)\s*[:–—-]", re.IGNORECASE)


def under_a_table(lines: Sequence[str], index: int, rows: Mapping[str, int] | None = None) -> bool:
    """Whether the line at ``index`` is a data source's label ("Source: ONS", "Source: company filings") right
    under a table: the table's source, not the article's. A table is two rows at least of as many cells
    (``table_cells``, or ``rows``: the cells of those that were rows before their spaces were collapsed); one line
    of bars or tabs above a wire's credit ("Rail operator Coastline said: … | updated 10:42 | 3 min read") is no
    table."""
    if _TABLE_SOURCE.match(lines[index]) is None:
        return False
    cells: list[int] = []
    for k in range(index - 1, -1, -1):
        line = lines[k].strip()
        if not line:
            continue
        found = table_cells(line) or (rows or {}).get(line, 0)
        if not found or len(cells) == 2:
            break
        cells.append(found)
    return len(cells) == 2 and cells[0] == cells[1]


# A sentence-ended line whose words are this share capitalised or more is a page's label ("Our Standards: The
# Thomson Reuters Trust Principles."), no paragraph of the article (the article's own lines: 0.06-0.3).
_LABEL_CAPITALISED_SHARE = 0.8


def article_paragraphs(lines: Sequence[str], prose: Sequence[bool]) -> list[int]:
    """The indices of the ``prose`` lines (sentence-ended body lines), less those closing the page that are no
    paragraph of the article: a title-case label (``_LABEL_CAPITALISED_SHARE``) or a pull-quote repeating words
    printed above it (reviewC cred c3_trust, c4_pullquote: "Reporting by ...; Editing by ..." above such a line is
    still the article's closing credit, not a credit between two of its paragraphs)."""
    found = [k for k, is_prose in enumerate(prose) if is_prose]
    while len(found) > 1 and not _closes_as_article(lines[found[-1]], lines[:found[-1]]):
        found.pop()
    return found


def _closes_as_article(line: str, above: Sequence[str]) -> bool:
    said = _folded(words_of(line))
    if line_features(line).capitalised_share >= _LABEL_CAPITALISED_SHARE:
        return False
    printed = " " + " ".join(_folded(words_of(" ".join(above)))) + " "
    return not said or f" {' '.join(said)} " not in printed


def inner_credit_label(line: str) -> str:
    """What a credit-shaped line between two paragraphs of prose is: the article's sentence when it ends as one
    ("Source: the council's planning report on the Marsh Lane site."), else a caption's or a chart's credit
    ("Photo: Reuters", "Source: Office for National Statistics"), page furniture. Neither credits a source of the
    article: a page prints that before the body or after it, in a dateline or a byline."""
    return "keep" if ends_sentence(line) else CAPTION_CREDIT


def _verdict(line: str, label: str) -> LineVerdict:
    if label in ("keep", "title", "credit", *METADATA_LABELS):
        return LineVerdict(line, "body" if label == "keep" else label)
    return LineVerdict(line, "removed", label)


def _lines_with_glued_chrome(text: str, config: Config) -> tuple[list[str], set[int]]:
    lines: list[str] = []
    glued: set[int] = set()
    for line in _closing_credits_apart(text, config.line_closing_credit_lines):
        head, tail = split_glued_chrome(line, config)
        head, action = split_call_to_action(head.strip()) if tail is None else (head, None)
        if head.strip():
            lines.append(head.strip())
        for chrome in (tail, action):
            if chrome is not None:
                glued.add(len(lines))
                lines.append(chrome)
    return lines, glued


def _closing_credits_apart(text: str, closing_lines: int) -> list[str]:
    """The non-blank lines of ``text`` (spaces collapsed), each of the last ``closing_lines`` cut at a credit
    sentence that closes it (``closing_credit_parts``): a sign-off writes its credit in one line with the article's
    last sentence or a call to follow the site, and the line as a whole is too long to read as a credit (/tmp/probe51
    P3: "This story was first published by the Portlow Gazette. Read more island news at …", 20 words). Only the
    closing lines: a sentence higher up that opens like a credit is the article's."""
    # no-break and runs of spaces read as one space downstream
    lines = [line for line in (_SPACE.sub(" ", raw).strip() for raw in text.splitlines()) if line]
    cut = max(len(lines) - closing_lines, 0)
    return lines[:cut] + [part for line in lines[cut:] for part in closing_credit_parts(line)]


def closing_credit_parts(line: str) -> list[str]:
    """``line`` cut before and after its credit sentence where everything after that sentence is a credit or the
    page's furniture ("Talks resume on Wednesday. This article first appeared in the Portlow Gazette." → the
    article's sentence, the credit; "… first appeared in the Gazette. Follow us for updates." → the credit, the
    call); ``[line]`` when the line is a credit whole, holds none, or goes on with the article after it."""
    sentences = sentence_pieces(line)
    if len(sentences) < 2 or is_credit_line(line):
        return [line]
    first = next((i for i, sentence in enumerate(sentences) if _closing_credit(sentence)), None)
    if first is None or not all(is_credit_line(s) or _closing_furniture(s) for s in sentences[first + 1 :]):
        return [line]
    parts = (" ".join(sentences[:first]), sentences[first], " ".join(sentences[first + 1 :]))
    return [part for part in parts if part]


def _closing_credit(sentence: str) -> bool:
    """A credit sentence as a sign-off writes it of its own text ("This story was first published by …", "Via …",
    "Source: …"), not the article's sentence about another document ("The report was first published in 2019.") nor
    one going on after a comma with a clause of its own ("Translated by Shaun Whiteside, it won the prize in 1991.",
    "Compiled by the Office for National Statistics, the figures cover 2025.": ``_NEW_CLAUSE``, as for a phrase)."""
    return is_credit_line(sentence) and not _THE_DOCUMENT.match(sentence) and _NEW_CLAUSE.search(sentence) is None


_THE_DOCUMENT = re.compile(r"\W*the\s", re.IGNORECASE)


def _closing_furniture(sentence: str) -> bool:
    """A sentence after a sign-off's credit that is the page's, not the article's: its own furniture
    (``furniture_reason``) or one naming the page's controls ("Read more island news at … and follow us")."""
    return furniture_reason(sentence) is not None or line_features(sentence).ui_hits > 0


def _chrome_reason(features: LineFeatures) -> str:
    return "advertisement slot" if features.ad_hits else "site chrome"


def _label_credits(page: _Page) -> None:
    """Credits, and the lines that are page furniture by their own words wherever they stand (``furniture_reason``):
    read before the body is found, so a footer such as a 45-word disclaimer never becomes the body's last line and
    keeps the lines above it inside the article."""
    for index, feats in enumerate(page.features):
        if feats.credit:
            page.labels[index] = "credit"
        elif not page.labels[index] and not feats.section_header:  # a header opens the section pass's block
            page.labels[index] = furniture_reason(page.lines[index], feats, page.config) or ""


def furniture_reason(line: str, feats: LineFeatures | None = None, config: Config = DEFAULT) -> str | None:
    """Why ``line`` is page furniture by its own words, in plain text and HTML alike, or None: a link to other
    stories ("Read more: …", "Don't miss: …", ``is_related_link``), a newsroom's appeal (``is_reader_appeal``), the
    page's call to its reader ("Like this story? Share it…", "Sign up to our newsletter…", "We use cookies…"), a
    disclaimer footer, an SEO keyword line."""
    if _SECTION_LABEL.match(line) and is_related_link(line, feats or line_features(line, config), config):
        return RELATED_LINK  # the label read first: most lines have none, and their features are not needed
    if is_reader_appeal(line):
        return READER_APPEAL
    if _PAGE_CALL.match(line) and _is_page_call(line):
        return "site chrome"
    if _DISCLAIMER.match(line.strip()) and not _REPORTING_CLAUSE.search(line):
        return DISCLAIMER
    if is_keyword_list(line):
        return KEYWORD_LIST
    return None


def _is_page_call(line: str) -> bool:
    """A line that opens like a page's call to its reader (``_PAGE_CALL``) is one when it is short, sentence by
    sentence, neither quoted nor reported: a quotation or a reporting clause is a story's sentence."""
    if _OPENING_QUOTE.match(line) or _REPORTING_CLAUSE.search(line) or len(words_of(line)) > _PAGE_CALL_MAX_WORDS:
        return False
    sentences = re.split(r"(?<=[.!?])\s+", line.strip())
    return all(len(words_of(sentence)) <= _PAGE_CALL_MAX_SENTENCE_WORDS for sentence in sentences)


def is_related_link(line: str, feats: LineFeatures, config: Config = DEFAULT) -> bool:
    """A labelled link to other stories (``is_section_label_line``: "Read more: <headline>" and its cousins in other
    languages, "Don't miss: …", "You may also like: …"); a credit line is none."""
    return not feats.credit and is_section_label_line(line, feats, config)


def is_keyword_list(line: str) -> bool:
    """An SEO keyword line (``_KEYWORD_MIN_ITEMS`` or more comma-separated short phrases, no list of amounts, none
    joined by "and" / "or" at the end, one word in at least half of them)."""
    items = [item.strip() for item in line.rstrip(" .").split(",")]
    if len(items) < _KEYWORD_MIN_ITEMS or _AMOUNT_MARK.search(line) or any(_AMOUNT_FIRST.match(i) for i in items):
        return False  # a list of amounts repeats its unit: "½ cup cherry tomatoes, ½ cup cucumber slices, …"
    words = [_folded(words_of(item)) for item in items]
    if any(not w or len(w) > _KEYWORD_MAX_ITEM_WORDS for w in words) or words[-1][0] in ("and", "or", "&"):
        return False
    if all(_is_proper_name(item) for item in items):
        return False  # "Station Road, Mill Road, Church Road, …", "Kennington Primary School, Stanhope Primary …"
    if not _KEYWORD_MARKER.search(line) and sum(not _is_proper_name(item) for item in items) * 2 < len(items):
        return False  # a keyword line's items are lower-case search phrases, or it carries a search marker
    counts = Counter(word for item in words for word in set(item) if word.isalpha() and word not in FUNCTION_WORDS)
    return bool(counts) and max(counts.values()) >= _KEYWORD_MIN_REPEAT_SHARE * len(items)


def _is_proper_name(item: str) -> bool:
    """Every content word of ``item`` capitalised (or a figure): a name ("Goat Lees Primary School"), not a search
    phrase ("garden centre jobs Devon")."""
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in FUNCTION_WORDS for w in words_of(item))


RELATED_LINK = "related-articles link"  # the removal reason of a line linking to other stories


def _label_comments(page: _Page, config: Config) -> None:
    """Log-in prompts anywhere, and every line after a comment thread's header ("23 comments") that follows the
    article's prose: readers' comments ("Sue Pettifer: Poor Ray …") are on the topic, and read as prose."""
    prose = 0
    thread = False
    for index, line in enumerate(page.lines):
        if thread:
            page.labels[index] = page.labels[index] or COMMENTS
        elif len(line) <= _LOGIN_PROMPT_MAX_CHARS and _LOGIN_PROMPT.search(line):
            page.labels[index] = COMMENTS
        elif _COMMENTS_HEADER.match(line) and prose >= 2:
            page.labels[index], thread = COMMENTS, True
        elif page.features[index].score >= config.line_body_min_score and not page.labels[index]:
            prose += 1


def is_section_label_line(line: str, feats: LineFeatures, config: Config = DEFAULT) -> bool:
    """Whether ``line`` is a labelled list of other stories (``_SECTION_LABEL``: "Trending: … | …", "Most read: …"),
    headline-short as such lines are."""
    return feats.words <= config.line_title_max_words and _SECTION_LABEL.match(line) is not None


def _link_like(line: str, feats: LineFeatures, config: Config) -> bool:
    """A headline as a related or trending block lists it, on the article's topic or not: no sentence end ("Why are
    so many trains cancelled? Our guide"), a question or "…" ending, "|" between items, "Our guide"."""
    if feats.words > config.line_title_max_words:
        return False  # a paragraph that lost its full stop
    return (not feats.sentence_end or bool(_HEADLINE_END.search(line)) or bool(_MENU_SEPARATOR.search(line))
            or bool(_GUIDE_LINK.search(line)))


READER_APPEAL = "reader appeal"  # the removal reason of a newsroom's appeal to its readers


def is_reader_appeal(line: str) -> bool:
    """Whether ``line`` is a newsroom's appeal to its readers (``_READER_APPEAL``), short as such lines are."""
    return len(line) <= 200 and _READER_APPEAL.match(line) is not None


def _label_sections_and_teasers(page: _Page, body_indices: list[int]) -> None:
    """From a section header on, blocks that are not about the article belong to other stories."""
    if not body_indices:
        return
    core = _core_body(page, body_indices)
    in_section = False
    for index, feats in enumerate(page.features):
        if page.labels[index]:
            continue
        if feats.section_header and index > body_indices[0]:
            in_section = True
            page.labels[index] = "related-articles section"
        elif in_section:
            in_section = _still_in_section(page, index, core)
            if not in_section:
                _resumed_before(page, index)
        elif _is_teaser_title(page, index):
            _label_teaser(page, index, core)
    _label_teaser_runs(page, body_indices)


@dataclass(frozen=True, slots=True)
class _Core:
    """Content stems of the article's prose (before any section header), counted by line."""

    stem_lines: Counter[str]
    lines: frozenset[int]

    def overlap(self, page: _Page, index: int) -> float:
        """Share of line ``index``'s stems that other lines of the article also use."""
        stems = content_stems(page.lines[index])
        if not stems:
            return 0.0
        own = 1 if index in self.lines else 0
        return sum(1 for s in stems if self.stem_lines[s] - own > 0) / len(stems)


def _core_body(page: _Page, body_indices: list[int]) -> _Core:
    # The article is the prose before the first section header: later prose may be other stories.
    first_header = next(
        (i for i, f in enumerate(page.features) if f.section_header and i > body_indices[0]), len(page.lines)
    )
    lines = [i for i in body_indices if i < first_header]
    counts: Counter[str] = Counter()
    for index in lines:
        counts.update(content_stems(page.lines[index]))
    return _Core(counts, frozenset(lines))


def _still_in_section(page: _Page, index: int, core: _Core) -> bool:
    feats, config = page.features[index], page.config
    prose = feats.score >= config.line_body_min_score and not _link_like(page.lines[index], feats, config)
    if prose and core.overlap(page, index) >= config.line_topic_min_overlap:
        return False  # the article resumes after an inline "Related" box: its sentences, not a listed headline
    chrome = _is_chrome(feats, inside=False, config=config)
    page.labels[index] = _chrome_reason(feats) if chrome else "related-articles section"
    return True


def _resumed_before(page: _Page, index: int) -> None:
    """The article resumes at line ``index`` after an inline "Related" box: the prose right before it, back to the
    box's last listed headline, is the article's too, on the topic or not ("Islanders have complained for years …",
    a paragraph of new words between the box and the next paragraph on the fares)."""
    config = page.config
    for before in range(index - 1, -1, -1):
        feats = page.features[before]
        if page.labels[before] != "related-articles section" or feats.section_header:
            return
        if feats.score < config.line_body_min_score or _link_like(page.lines[before], feats, config):
            return
        page.labels[before] = ""


def _is_teaser_title(page: _Page, index: int) -> bool:
    """A headline-like line that the page repeats right away, as teaser cards do (title, then link)."""
    feats = page.features[index]
    if feats.sentence_end or feats.words == 0 or feats.words > page.config.line_title_max_words:
        return False
    nxt = index + 1
    if nxt >= len(page.lines):
        return False
    return _same_block(_block_key(page.lines[index]), _block_key(page.lines[nxt]), page.config)


def _label_teaser(page: _Page, index: int, core: _Core) -> None:
    summary = index + 2
    if summary >= len(page.lines) or page.labels[summary]:
        return
    if core.overlap(page, summary) >= page.config.line_topic_min_overlap:
        return  # the page's own headline shown twice: left to the title and repeat passes
    for i in (index, index + 1, summary):
        page.labels[i] = "teaser of another story"


def _label_teaser_runs(page: _Page, body_indices: list[int]) -> None:
    """Other stories' headline + first paragraph after the article, with no section header above them."""
    minimum = page.config.line_teaser_min_body_lines
    if len(body_indices) <= minimum:
        return
    start = body_indices[minimum - 1] + 1
    article: set[str] = set()
    for index in range(start):
        article |= content_stems(page.lines[index]) if not page.labels[index] else set()
    for index in range(start, len(page.lines) - 1):
        if page.labels[index]:
            continue
        if _is_other_story_headline(page, index, article):
            page.labels[index] = page.labels[index + 1] = "teaser of another story"
        elif not page.labels[index]:
            article |= content_stems(page.lines[index])


def _is_other_story_headline(page: _Page, index: int, article: set[str]) -> bool:
    head, config = content_stems(page.lines[index]), page.config
    below = index + 1
    if not _is_headline(page.features[index], config) or len(head) < config.line_teaser_min_headline_stems:
        return False
    if page.labels[below] or page.features[below].score < config.line_body_min_score:
        return False
    in_article = len(head & article) / len(head)
    if in_article > config.line_teaser_max_article_overlap:
        return False
    own = len(head & content_stems(page.lines[below])) / len(head)
    return own >= in_article + config.line_teaser_min_own_margin


RELEASE_NOTES = "press release notes"  # the removal reason of a press release's issuer furniture

# Only the instruction's form: "EMBARGOED UNTIL 00:01 …", "Embargo: 10am Thursday", "Under embargo until …", "For
# immediate release", "Not for publication before …". A headline with the bare word ("Embargo on Venezuelan oil to
# be eased, US officials say") is the story's title (reviewC 2).
_RELEASE_HEAD = re.compile(
    r"^\W*(?:for\s+immediate\s+release|(?:strictly\s+)?(?:under\s+embargo|embargo(?:ed)?)\s*(?:until|till|to|:)\s*"
    rf"(?=.*(?:\d|midnight|noon|{'|'.join(WEEKDAY_ORDER + MONTH_NAMES)}))|not\s+for\s+publication\s+(?:before|until))",
    re.IGNORECASE)
_RELEASE_HEAD_MAX_WORDS = 12  # "EMBARGOED UNTIL 00:01 THURSDAY 15 OCTOBER 2026": a line, not a story's sentence


def release_notes_start(lines: Sequence[str], closing_notices: bool = True) -> int | None:
    """The index of the line that opens a press release's closing furniture (``text.furniture.tail_start``: its
    "ENDS", "Notes to editors", media contact, the issuer's "About …" boilerplate), or None. All from there down
    is the issuer's, printed under every release it sends (two releases of one issuer share it word for word) and
    no news of this one; a news story's closing sentences ("About 200 people attended.", "Anyone with information
    should call 101.") open no such heading and stay its text."""
    offset, tail = 0, tail_start("\n".join(lines), closing_notices)
    for index, line in enumerate(lines):
        if offset >= tail:
            return index
        offset += len(line) + 1
    return None


def is_release_head(line: str) -> bool:
    """An embargo or release line heading a press release ("EMBARGOED UNTIL 00:01 15 OCTOBER", "For immediate
    release"): the issuer's instructions to the press, not the news."""
    return bool(_RELEASE_HEAD.match(line)) and len(words_of(line)) <= _RELEASE_HEAD_MAX_WORDS


def _label_release_notes(page: _Page) -> None:
    """A press release's closing furniture (``release_notes_start``) below its first sentence of prose, and its
    embargo lines above it (``is_release_head``), are the page's furniture as a news site's chrome is: coverage
    and traces are measured on the release's body."""
    if not page.config.line_release_notes:
        return
    prose = [i for i, f in enumerate(page.features) if f.score >= page.config.line_body_min_score and f.sentence_end]
    start = release_notes_start(page.lines, page.config.line_closing_notices)
    if start is not None and prose and prose[0] < start:
        for index in range(start, len(page.lines)):
            if not page.labels[index]:
                page.labels[index] = RELEASE_NOTES
    for index in range(prose[0] if prose else 0):
        if not page.labels[index] and is_release_head(page.lines[index]):
            page.labels[index] = RELEASE_NOTES


def _label_repeats(page: _Page) -> None:
    """Later copies of a block are dropped; the first copy stays where it is."""
    keys = [_block_key(line) for line in page.lines]
    seen: Counter[str] = Counter()
    near = len(page.lines) <= page.config.line_near_repeat_max_lines
    for index, key in enumerate(keys):
        if page.labels[index] or not key:
            seen[key] += 1
            continue
        if seen[key] or (near and _near_repeat_of_earlier(page, keys, index)):
            page.labels[index] = "repeated block"
        seen[key] += 1


def _near_repeat_of_earlier(page: _Page, keys: list[str], index: int) -> bool:
    if len(page.lines[index]) < page.config.line_near_repeat_min_chars:
        return False
    return any(_same_block(keys[j], keys[index], page.config) for j in range(index) if page.labels[j] != "title")


def _same_block(ka: str, kb: str, config: Config) -> bool:
    """Whether two lines' block keys (``_block_key``) are the same block, give or take a few characters."""
    from rapidfuzz.fuzz import ratio  # lazy: only plain-text pages need it

    if ka == kb:
        return bool(ka)
    if min(len(ka), len(kb)) < config.line_near_repeat_min_chars:
        return False
    cutoff = 100 * config.line_near_repeat_min_similarity  # rapidfuzz scores 0-100
    return ratio(ka, kb, score_cutoff=cutoff) >= cutoff


def _block_key(line: str) -> str:
    return " ".join(w.lower() for w in words_of(line))


def _label_position(page: _Page) -> None:
    """Chrome lines everywhere; the headline before the body; fragments around the body are page furniture."""
    config = page.config
    open_indices = [i for i, label in enumerate(page.labels) if not label]
    body = [i for i in open_indices if page.features[i].score >= config.line_body_min_score]
    topic = _body_stems(page, [i for i in body if i != 0])  # line 0 is never its own evidence
    if len(body) > 1 and body[0] == 0 and _topical_headline(page.lines[0], page.features[0], topic, config):
        body = body[1:]  # "Could Yukos be a blessing in disguise?" on line 1 scores as prose
    first = body[0] if body else len(page.lines)
    last = body[-1] if body else -1
    title_done = False
    for index in open_indices:
        feats = page.features[index]
        outside = not first < index < last and not feats.section_header
        meta = _metadata_label(page.lines[index], not title_done, config) if outside else ""
        if meta:
            page.labels[index] = meta
        elif index < first and not title_done and _topical_headline(page.lines[index], feats, topic, config):
            page.labels[index], title_done = "title", True
        elif is_result_line(page.lines[index]):
            page.labels[index] = "keep"
        elif _is_chrome(feats, inside=first < index < last, config=config):
            page.labels[index] = _chrome_reason(feats)
        elif index < first and not title_done and _is_headline(feats, config):
            page.labels[index], title_done = "title", True
        elif body and (index < first or index > last) and not feats.sentence_end:
            page.labels[index] = "site chrome"  # fragments around the article; sentences are kept
        else:
            page.labels[index] = "keep"


def _body_stems(page: _Page, body: list[int]) -> set[str]:
    stems: set[str] = set()
    for index in body:
        stems |= content_stems(page.lines[index])
    return stems


def _topical_headline(line: str, feats: LineFeatures, body: set[str], config: Config) -> bool:
    """A headline (questions and "…" included) whose content stems are mostly the body's, however
    chrome-like its words."""
    stems = content_stems(line)
    shaped = 0 < feats.words <= config.line_title_max_words and (
        not feats.sentence_end or _HEADLINE_END.search(line)
    )
    if not shaped or len(stems) < config.line_title_min_stems or _MENU_SEPARATOR.search(line):
        return False
    return len(stems & body) / len(stems) >= config.line_title_min_topic_overlap


def _metadata_label(line: str, before_title: bool, config: Config) -> str:
    """"author", "published" or "site" for a byline, a date line or a masthead / copyright line."""
    if len(line) > config.metadata_line_max_chars:
        return ""
    if byline_author(line, config):
        return "author"
    if is_date_line(line, config):
        return "published"
    site = masthead_site(line, config)
    if site and (before_title or not line[:1].isalpha() or _COPYRIGHT_NOTICE.match(line.strip())):
        # a masthead heads the page; after the title only a copyright notice names the site: "© 2023 …",
        # "Copyright Riverside Gazette 2026. All rights reserved."
        return "site"
    return ""


def _is_chrome(feats: LineFeatures, inside: bool, config: Config) -> bool:
    if feats.score > config.line_chrome_max_score:
        return False
    if inside:
        return feats.ui_hits + feats.ad_hits > 0  # short title-case lines inside the body are subheads
    menu_like = feats.words <= config.line_short_words and feats.capitalised_share >= 0.5 and not feats.sentence_end
    return feats.ui_hits + feats.ad_hits > 0 or menu_like


def _is_headline(feats: LineFeatures, config: Config) -> bool:
    return 0 < feats.words <= config.line_title_max_words and not feats.sentence_end


def removed_blocks(verdicts: list[LineVerdict]) -> tuple[Removed, ...]:
    return tuple(Removed(v.text, v.reason) for v in verdicts if v.label == "removed")
