"""Attribution changes: who a statement is credited to ("told the BBC", "according to Reuters",
"In conversation with BBC Ukraine") is dropped or replaced ("let the Jejalnews know")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet

from unspun.config import TEXT_DEFAULT, TextConfig
from unspun.model import Change, Span
from unspun.pair.changes.context import SentencePair, order_either_way, region_spans, show
from unspun.pair.changes.quotes import quotations
from unspun.text.names import NamesReader, capitalised, may_be_one_name, one_person_named, rare_word, respelt
from unspun.text.tokens import Token, normal_form, word_tokens
from unspun.text.wordlists import AUDIENCES, FUNCTION_WORDS, HONORIFICS, MONTHS, ROLE_WORDS, STATEMENT_VERBS, WEEKDAYS

# A phrase that credits a source, then the source: capitalised words ("BBC Ukraine", "the Financial Times").
_ATTRIBUTION = re.compile(
    r"(?i:\b(?:according to|(?:in|during) (?:an? )?(?:interview|conversation|statement|call) (?:with|to)"
    r"|speaking (?:to|with)|talking to|told|said to|reported by|quoted by|cited by|writing (?:in|for)"
    r"|wrote in|in a statement to|in comments to)\s+(?:the\s+)?)"
    r"(?P<source>[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*)*)"
    r"|(?i:\blet\s+(?:the\s+)?)(?P<told>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)\s+know\b"
)


# A quotation's speaker after it: '…," Mr Whitcombe said' or '…," said Mr Whitcombe' (the commonest attribution
# of all). The lookbehind is the quotation's last punctuation, its closing mark and one space.
_TITLES = HONORIFICS | ROLE_WORDS  # words before a name that are not the name ("Detective Inspector", "Professor")
_NAME = (rf"(?:(?:{'|'.join(sorted((t.capitalize() for t in _TITLES), key=lambda t: (-len(t), t)))})\.?\s+)?"
         r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
_SAID = "(?:" + "|".join(sorted(STATEMENT_VERBS - {"told"})) + r"|told\s+\w+)"
# A role may stand beside the name, set off by commas: '," said the vice-chancellor, Professor Helen Achterberg' or
# '," Helen Achterberg, the vice-chancellor, said'.
_ROLE = r"[^,.;!?\"“”\n]{1,60}"
# What stands before a quotation's speaker: the quotation's last punctuation, its closing mark and one space.
_AFTER_QUOTATION = r"[,.!?]['\"”’] "
_SPEAKER = re.compile(
    rf"(?<={_AFTER_QUOTATION})(?:(?P<before>{_NAME})(?:,\s+the\s+{_ROLE},)?\s+{_SAID}\b"
    rf"|{_SAID}\s+(?:the\s+{_ROLE},\s+)?(?P<after>{_NAME}))"
)


_QUOTATION_END = re.compile(_AFTER_QUOTATION)
_WORD_CHAR = re.compile(r"\w")


def read_before(text: str, start: int) -> tuple[bool, ...]:
    """All that the attribution patterns, searching a sentence of ``text`` from ``start``, read of the text before
    it: whether a quotation's end stands just before each of the sentence's first three places (``_SPEAKER``'s
    lookbehind), and whether a letter or digit stands just before it (a word boundary, ``_ATTRIBUTION``)."""
    ends = (bool(_QUOTATION_END.fullmatch(text, max(0, at - 3), at)) for at in range(start, start + 3))
    return (*ends, start > 0 and bool(_WORD_CHAR.match(text, start - 1)))


def attribution_changes(pair: SentencePair) -> list[Change]:
    """Attributions of one sentence whose source the other sentence does not name, with what stands there, and
    a quotation given to another speaker; of two overlapping, the first in an order that is the same whichever
    sentence is given first."""
    found = [*_one_way(pair, pair.a_text, pair.ta, pair.b_text, pair.tb, a_side=True),
             *_one_way(pair, pair.b_text, pair.tb, pair.a_text, pair.ta, a_side=False),
             *_speaker_changes(pair), *_statement_given_to_another(pair), *_label_changes(pair)]
    changes: list[Change] = []
    for c in sorted(found, key=order_either_way):
        if not any(_overlap(c.a, k.a) or _overlap(c.b, k.b) for k in changes):
            changes.append(c)
    return changes


def _speaker_changes(pair: SentencePair) -> list[Change]:
    """The speaker after a quotation replaced by another person ('," Mr Whitcombe said' → '," Ms Kendal said'):
    one speaker on each side, sharing no word (titles aside), and not one name respelt or swapped for a synonym
    ("Price" → "Cost", "Yenin" → "Yemen": a name change). Both are people of the story: each is named by the other
    article too, or one is and the other is named in this sentence alone as a person is introduced: a first name
    and a surname no English word is (the words went to a colleague the story quotes elsewhere; a spinner's
    synonym for a surname, 'said Mr Chichi' for 'said Mr Swank', is one word). A speaker the other sentence names
    too is the same attribution said more or less fully ('said Jane Okonjo, Ofwat's director' → 'said Ofwat')."""
    here, there = _speakers(pair.a_text, pair.ta), _speakers(pair.b_text, pair.tb)
    if len(here) != 1 or len(there) != 1:
        return []
    (a, names_a), (b, names_b) = here[0], there[0]
    if set(names_a) & set(names_b) or any(may_be_one_name(x, y) for x in names_a for y in names_b) \
            or pair.one_person_named(names_a, names_b):
        return []
    if _all_among(names_a, {t.norm for t in pair.tb}) or _all_among(names_b, {t.norm for t in pair.ta}):
        return []
    named_a, named_b = _all_among(names_a, pair.names_b.names), _all_among(names_b, pair.names_a.names)
    people = (named_a or _introduced(names_a, pair, pair.names_a.names)) \
        and (named_b or _introduced(names_b, pair, pair.names_b.names))
    if not (people and (named_a or named_b)):
        return []
    return [Change("attribution", a, b, f"quotation given to another speaker: '{show(pair.a_text, a)}' → "
                                        f"'{show(pair.b_text, b)}'")]


_LABEL_WORDS = 3  # words a transcript's speaker label may have ("REEVES:", "MARY ANN OKORO:")


def _label_changes(pair: SentencePair) -> list[Change]:
    """A transcript's turn given to another speaker: the speaker label each sentence opens with ("PRENTICE: The
    highways officer …" → "HALLORAN: The highways officer …") names someone else, and at least one of the two is a
    name the other article uses (a speaker of the same exchange; "BREAKING:" → "UPDATE:" names no one). A label only
    written otherwise ("PRENTICE:" / "Prentice:") or respelt ("PRENTICE:" / "PRENTISS:": a name change) is none,
    and so is a label in an article that reads as no transcript (``SentencePair.transcript``): a dateline ("MUMBAI:"
    → "PUNE:") names a place."""
    if not pair.config.transcript_labels:
        return []
    here, there = _speaker_label(pair.a_text, pair.ta), _speaker_label(pair.b_text, pair.tb)
    if here is None or there is None:
        return []
    names_a, names_b = _words_of(pair.a_text, here), _words_of(pair.b_text, there)
    if {normal_form(w) for w in names_a} & {normal_form(w) for w in names_b} \
            or any(may_be_one_name(x, y) for x in names_a for y in names_b):
        return []
    if not (_all_among(names_a, pair.names_b.names) or _all_among(names_b, pair.names_a.names)) \
            or not pair.transcript():
        return []
    return [Change("attribution", here, there, f"transcript's turn given to another speaker: "
                                               f"'{show(pair.a_text, here)}' → '{show(pair.b_text, there)}'")]


def _speaker_label(text: str, tokens: Sequence[Token]) -> Span | None:
    """The speaker label a sentence opens with: up to ``_LABEL_WORDS`` words in capitals (two letters at least each)
    and a colon after them ("PRENTICE:"; not "Update:", "Q:")."""
    for k, token in enumerate(tokens[:_LABEL_WORDS]):
        letters = token.text.replace("'", "").replace("’", "").replace("-", "")  # "O'BRIEN:", "OKAFOR-REID:"
        if not (letters.isalpha() and letters.isupper() and len(letters) > 1):
            return None
        if k and text[tokens[k - 1].end : token.start] != " ":
            return None
        if text.startswith(":", token.end):
            return Span(tokens[0].start, token.end)
    return None


_AFTER_VERB_REACH = 6  # words after the verb the speaker may stand behind: "said Lanston Homes director Simon Vance"


def _statement_given_to_another(pair: SentencePair) -> list[Change]:
    """A statement whose speaker, named by a first name and a surname at least, is another person on the other
    side ("Committee chairman Paul Redding said the scheme had …" → "Lanston Homes director Simon Vance said the
    scheme had …"): one such speaker on each side, sharing no word, not one name respelt or the same person called
    another way (the surnames alike or a thesaurus's pair: "Price" / "Cost"; two common first names, "Paul" /
    "Simon", say nothing). Whoever said it is the fact a fact-checker asks first; the words around it are kept."""
    if not pair.edited:
        return []  # a paraphrase's sentences may be two people's statements on one point
    here, there = _statement_speakers(pair.a_text, pair.ta), _statement_speakers(pair.b_text, pair.tb)
    if len(here) != 1 or len(there) != 1:
        return []
    (a, names_a), (b, names_b) = here[0], there[0]
    if set(map(str.lower, names_a)) & set(map(str.lower, names_b)) \
            or may_be_one_name(names_a[-1], names_b[-1]) \
            or pair.one_person_named(names_a, names_b) \
            or _all_among(names_a, {t.norm for t in pair.tb}) or _all_among(names_b, {t.norm for t in pair.ta}):
        return []
    return [Change("attribution", a, b, f"statement given to another person: '{show(pair.a_text, a)}' → "
                                        f"'{show(pair.b_text, b)}'")]


def _statement_speakers(text: str, tokens: Sequence[Token]) -> list[tuple[Span, list[str]]]:
    """Each person of two or more capitalised words a statement verb gives the statement to: written just before
    the verb, or the last such run of words within reach after it, behind a role ("said committee chairman Paul
    Redding")."""
    found = []
    for k, token in enumerate(tokens):
        if token.norm not in STATEMENT_VERBS:
            continue
        run = _person_before(text, tokens, k) or _person_after(text, tokens, k)
        if run:
            found.append((Span(tokens[run[0]].start, tokens[run[-1]].end), [tokens[i].text for i in run]))
    return found


def _person_before(text: str, tokens: Sequence[Token], k: int) -> list[int]:
    run: list[int] = []
    i = k - 1
    while i >= 0 and _person_word(tokens[i]) and not text[tokens[i].end : tokens[i + 1].start].strip():
        run.insert(0, i)
        i -= 1
    return run if len(run) >= 2 else []


def _person_after(text: str, tokens: Sequence[Token], k: int) -> list[int]:
    end = k + 1
    while end < len(tokens) and end - k <= _AFTER_VERB_REACH \
            and not text[tokens[end - 1].end : tokens[end].start].strip():
        end += 1
    run: list[int] = []
    i = end - 1
    while i > k and _person_word(tokens[i]):
        run.insert(0, i)
        i -= 1
    return run if len(run) >= 2 and end - 1 == run[-1] else []


def _person_word(token: Token) -> bool:
    """A capitalised word that is no title, role or day ("Paul", "Redding"; not "Chairman", "Mr", "Tuesday",
    "March": "On Tuesday Paul Redding said")."""
    return (token.text[:1].isupper() and token.text[:1].isalpha() and token.norm not in _TITLES
            and token.norm not in WEEKDAYS and token.norm not in MONTHS and token.norm not in FUNCTION_WORDS)


def _all_among(words: list[str], norms: AbstractSet[str]) -> bool:
    """Every word of a speaker's name among ``norms`` (normalised): the other sentence's words, or the names the
    other article uses."""
    return all(normal_form(word) in norms for word in words)


def _introduced(words: list[str], pair: SentencePair, own: AbstractSet[str] = frozenset()) -> bool:
    """A speaker introduced as a person: a first name and a surname no ordinary English word is ("Helen
    Achterberg"; not "Chichi", not "Cost"), or a first name and a surname its own article writes as names
    (``own``, ``text.names``: "Kim McKenna", whose surname is common enough in English text; a spinner swaps one
    word of a name, "Ned Cost" for "Ned Price", never both)."""
    if len(words) < 2:
        return False
    return rare_word(normal_form(words[-1]), pair.text) or (
        pair.config.speakers_named_own and _all_among(words, own))


def _speakers(text: str, tokens: Sequence[Token]) -> list[tuple[Span, list[str]]]:
    """Each quotation's speaker named in the sentence: the words that say it, and the name's words less titles."""
    if not tokens:
        return []
    found = []
    for m in _SPEAKER.finditer(text, tokens[0].start, tokens[-1].end):
        name = m.group("before") or m.group("after")
        words = [t.text for t in word_tokens(name) if t.norm not in _TITLES]
        if words:
            found.append((Span(m.start(), m.end()), words))
    return found


def _overlap(x: Span, y: Span) -> bool:
    return (x.start < y.end and y.start < x.end) or x == y


def _one_way(
    pair: SentencePair, text: str, tokens: Sequence[Token], other_text: str, other_tokens: Sequence[Token],
    a_side: bool,
) -> list[Change]:
    if not tokens:
        return []
    first, last = tokens[0].start, tokens[-1].end
    others = {t.norm for t in other_tokens}
    changes = []
    for m in _ATTRIBUTION.finditer(text, first, last):
        group = "source" if m.group("source") else "told"
        source = [k for k, t in enumerate(tokens) if m.start(group) <= t.start and t.end <= m.end(group)]
        if all(tokens[k].norm in AUDIENCES for k in source):
            continue  # "told MPs", "told the Commons": whom the words were said to
        if not _replaced([tokens[k] for k in source], others, _kept_in_place(pair, source, a_side), pair.text):
            continue
        k1 = next(k for k, t in enumerate(tokens) if t.start >= m.start())
        k2 = max(k for k, t in enumerate(tokens) if t.end <= m.end()) + 1
        spans = _facing_attribution(pair, m, other_text, other_tokens, k1, k2, a_side)
        if spans is None and pair.edited:  # in a paraphrase the words facing it are no counterpart
            spans = _counterpart(pair, k1, k2, a_side)
        if spans is None:
            continue
        a, b = spans
        changes.append(Change("attribution", a, b, f"attribution changed: '{show(pair.a_text, a)}' → "
                                                   f"'{show(pair.b_text, b)}'"))
    return changes


def _replaced(
    source: Sequence[Token], words: set[str], kept_in_place: int = 0, config: TextConfig = TEXT_DEFAULT
) -> bool:
    """The other sentence keeps at most half of the source's words (a word respelt counts as kept): the credit
    went elsewhere or away ("BBC Ukraine" → "Jejalnews", "Reuters" → "AFP"). A source mostly kept or respelt
    ("US State Department" → "US State Division", "Gartner" → "Gartnor"), or half kept where it stood
    ("told BBC News" → "told BBC Message"), is a name changed inside it."""
    kept = sum(_kept(t.norm, words, config) for t in source)
    return bool(source) and kept <= len(source) / 2 and not (kept_in_place and kept == len(source) / 2)


def _kept(word: str, words: set[str], config: TextConfig) -> bool:
    return word in words or any(respelt(word, other, config) for other in words)


def _kept_in_place(pair: SentencePair, indices: Sequence[int], a_side: bool) -> int:
    """How many of the tokens at ``indices`` the word-level diff keeps in place (none in a paraphrase)."""
    if not pair.edited:
        return 0
    kept: set[int] = set()
    for op, i1, i2, j1, j2 in pair.opcodes:
        if op == "equal":
            kept.update(range(i1, i2) if a_side else range(j1, j2))
    return sum(k in kept for k in indices)


def _facing_attribution(
    pair: SentencePair, m: re.Match[str], other_text: str, other_tokens: Sequence[Token], k1: int, k2: int,
    a_side: bool,
) -> tuple[Span, Span] | None:
    """The other sentence's own attribution, when it credits someone this sentence does not name."""
    if not other_tokens:
        return None
    mine = {t.norm for t in (pair.ta if a_side else pair.tb)}
    for n in _ATTRIBUTION.finditer(other_text, other_tokens[0].start, other_tokens[-1].end):
        source = word_tokens(n.group("source") or n.group("told"))
        if _replaced(source, mine, config=pair.text):
            here = Span(m.start(), m.end())
            there = Span(n.start(), _replacement_end(pair, other_tokens, n.end(), not a_side))
            return (here, there) if a_side else (there, here)
    return None


def _replacement_end(pair: SentencePair, tokens: Sequence[Token], end: int, a_side: bool) -> int:
    """Where the words the diff put in place of a source ending at ``end`` end (``tokens`` A's when ``a_side``):
    past ``end`` when the replaced stretch runs on to a capitalised word, the spinner's words for one name
    ("the Daily Ledger" → "the Day by day Record": the source's capitals stop at "Day", the name does not)."""
    last = next((k for k, t in enumerate(tokens) if t.end == end), None)
    if last is None or not pair.edited:
        return end
    for op, i1, i2, j1, j2 in pair.opcodes:
        first, stop = (i1, i2) if a_side else (j1, j2)
        if op == "replace" and first <= last < stop - 1 and capitalised(tokens[stop - 1]):
            return tokens[stop - 1].end
    return end


def _counterpart(pair: SentencePair, k1: int, k2: int, a_side: bool) -> tuple[Span, Span] | None:
    """(span in A, span in B): the attribution (tokens ``k1:k2`` of its side) and the other side's differing
    words facing it; None when nothing differs there."""
    lo = hi = None
    for op, i1, i2, j1, j2 in pair.opcodes:
        (x1, x2), (y1, y2) = ((i1, i2), (j1, j2)) if a_side else ((j1, j2), (i1, i2))
        touches = (x1 < k2 and x2 > k1) if x2 > x1 else k1 <= x1 <= k2
        if op == "equal" or not touches:
            continue
        lo = y1 if lo is None else min(lo, y1)
        hi = y2 if hi is None else max(hi, y2)
    if lo is None or hi is None:
        return None
    if hi - lo > pair.config.max_counterpart_tokens:
        hi = lo + 1
    spans = region_spans(pair, k1, k2, lo, hi) if a_side else region_spans(pair, lo, hi, k1, k2)
    facing, facing_text = (spans[1], pair.b_text) if a_side else (spans[0], pair.a_text)
    # Words inside a quotation are what was said, not who said it: a credit added before a quotation the other
    # side gives with none ('told the Peak Courier: "We …"' against '"We …," he said') replaced nothing.
    if any(q.start <= facing.start and facing.end <= q.end for q in quotations(facing_text, facing)):
        return None
    return spans


def one_per_attribution(changes: Sequence[Change], a_text: str, b_text: str) -> list[Change]:
    """One attribution change per attribution (a sentence aligned to two sentences meets it twice): those
    facing another attribution (two credits a copy merged into one are two changes: "according to Reuters" and
    "according to the AP" → "according to the BBC"), else the first in an order that is the same whichever
    text is given first."""
    ranked = sorted(((not _facing(c, a_text, b_text), order_either_way(c), c) for c in changes),
                    key=lambda ranked_change: ranked_change[:2])
    kept: list[Change] = []
    for unfaced, _, c in ranked:
        if not any((k.a == c.a and k.b == c.b) or (unfaced and (k.a == c.a or k.b == c.b)) for k in kept):
            kept.append(c)
    return kept


def _facing(change: Change, a_text: str, b_text: str) -> bool:
    """Both sides of the change are attributions."""
    return all(_ATTRIBUTION.search(span.text_of(text)) is not None
               for span, text in ((change.a, a_text), (change.b, b_text)))


# Words of one quotation both sentences must share to be one quotation given to two speakers.
_SHARED_QUOTATION_WORDS = 4


def quotation_speaker_changes(a_text: str, a_span: Span, b_text: str, b_span: Span, names_a: NamesReader,
                              names_b: NamesReader, config: TextConfig = TEXT_DEFAULT,
                              speakers: Callable[[], tuple[QuotedSpeakers, QuotedSpeakers]] | None = None
                              ) -> list[Change]:
    """A quotation both sentences give, credited to another person: 'regional organiser Dean Thwaite noting that
    workers had agreed to a pay freeze "on the promise that the plant had a future"' → 'Wakefield Council leader
    Martin Ellery said members had accepted a pay freeze "on the promise …"', or '"People walk their dogs there
    every day."' (after "councillor Robert Ashworth said …" in its paragraph) → 'Claire Hebden said: "People walk
    …"'. However far a paraphrase rewords the words around it, a quotation is its speaker's. A sentence's speaker
    is the one person it names outside its quotations; one that names none (the quotation went on from the
    sentence before: '… ," he said') is read from its paragraph, the last person named before it, and at least one
    side must name its speaker in the sentence itself. The two are people of the story, as ``_speaker_changes``
    asks; another article's naming of both, or one speaker's name merely shortened, is the same person.
    ``names_a``, ``names_b``: what each article says of its names, read only for a pair that gets this far.
    ``speakers`` gives each article's ``QuotedSpeakers``, asked only for a pair sharing a quotation (an engine's memo
    keeps them per article; a trace's query meets every candidate)."""
    if not _one_quotation_shared(a_text, a_span, b_text, b_span):
        return []
    reader_a, reader_b = speakers() if speakers is not None else (QuotedSpeakers(a_text), QuotedSpeakers(b_text))
    (here_a, in_a), (here_b, in_b) = reader_a.of(a_span), reader_b.of(b_span)
    if here_a is None or here_b is None or not (in_a or in_b):
        return []
    words_a, words_b = _words_of(a_text, here_a), _words_of(b_text, here_b)
    if {w.lower() for w in words_a} & {w.lower() for w in words_b} \
            or may_be_one_name(words_a[-1], words_b[-1]) or one_person_named(words_a, words_b, (a_text, b_text)):
        return []  # (two common first names, "Dean" / "Martin", say nothing)
    named_a, named_b = _all_among(words_a, names_b.field("names")), _all_among(words_b, names_a.field("names"))
    introduced = [len(words) >= 2 and rare_word(normal_form(words[-1]), config) for words in (words_a, words_b)]
    if not all(named or new for named, new in zip((named_a, named_b), introduced, strict=True)):
        return []
    if not (named_a or named_b or (config.quote_new_speakers and all(introduced))):
        return []  # a one-word speaker no article names elsewhere may be a spinner's synonym for a surname
    return [Change("attribution", here_a, here_b, f"quotation given to another speaker: '{show(a_text, here_a)}' → "
                                                  f"'{show(b_text, here_b)}'")]


def _words_of(text: str, span: Span) -> list[str]:
    return [t.text for t in word_tokens(span.text_of(text))]


def _one_quotation_shared(a_text: str, a_span: Span, b_text: str, b_span: Span) -> bool:
    """Whether the two sentences quote one run of at least ``_SHARED_QUOTATION_WORDS`` words alike."""
    def grams(text: str, span: Span) -> set[tuple[str, ...]]:
        found: set[tuple[str, ...]] = set()
        for q in quotations(text, span):
            words = [t.norm for t in word_tokens(text[max(q.start, span.start) : min(q.end, span.end)])]
            found |= {tuple(words[k : k + _SHARED_QUOTATION_WORDS])
                      for k in range(len(words) - _SHARED_QUOTATION_WORDS + 1)}
        return found

    return bool(grams(a_text, a_span) & grams(b_text, b_span))


class QuotedSpeakers:
    """The speakers one article's sentences give their quotations to (``_quoted_speaker``), each sentence read
    once: an engine's memo keeps this per article, and a trace's query meets the same sentences in every
    candidate."""

    __slots__ = ("_known", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._known: dict[Span, tuple[Span | None, bool]] = {}

    def of(self, span: Span) -> tuple[Span | None, bool]:
        """``_quoted_speaker`` of the sentence at ``span``."""
        if span not in self._known:
            self._known[span] = _quoted_speaker(self.text, span)
        return self._known[span]


def _quoted_speaker(text: str, span: Span) -> tuple[Span | None, bool]:
    """The person a sentence quoting someone gives the quotation to, and whether the sentence names them itself:
    the one person it names outside its quotations, else the last its paragraph names before it."""
    people = _people(text, span)
    if people:
        return (people[0], True) if len({_words_key(text, p) for p in people}) == 1 else (None, True)
    paragraph = Span(text.rfind("\n", 0, span.start) + 1, span.start)
    before = _people(text, paragraph)
    return (before[-1] if before else None), False


def _words_key(text: str, span: Span) -> str:
    return span.text_of(text).lower()


def _people(text: str, span: Span) -> list[Span]:
    """The people ``text[span]`` names outside its quotations: runs of two or more capitalised words (no title,
    role, day or month) joined by spaces or hyphens, the last no ordinary English word ("Dean Thwaite", "Helen
    Okafor-Reid"; not "Wakefield Council")."""
    quoted = quotations(text, span)
    tokens = word_tokens(span.text_of(text), span.start)
    if quoted:
        tokens = tuple(t for t in tokens if not any(q.start <= t.start < q.end for q in quoted))
    found: list[Span] = []
    run: list[Token] = []
    for token in [*tokens, None]:
        if token is not None and _person_word(token) and (
                not run or text[run[-1].end : token.start].strip() in ("", "-")):
            run.append(token)
            continue
        if len(run) >= 2 and rare_word(run[-1].norm):
            found.append(Span(run[0].start, run[-1].end))
        run = [token] if token is not None and _person_word(token) else []
    return found
