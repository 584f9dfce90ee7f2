"""A publisher's furniture in a text's own lines, read by form: the appeal or contact line a police force, fire
service or council closes every release with ("Anyone with information is asked to call … on 101, quoting crime
reference …"), and the tail of a press release after its "ENDS", "Notes to editors" or "About …" heading (the
about-us paragraph, the media contact). Extraction sets a release's tail apart (``ingest.extract_lines``); the pair
reads both in what it compares (``pair.furniture``)."""

from __future__ import annotations

import functools
import re

from unspun.text.tokens import words
from unspun.text.wordlists import (
    HONORIFIC_FORMS,
    ISSUER_NOUNS,
    MONTH_NAMES,
    NOTICE_ISSUER_WORDS,
    ORGANISATION_WORDS,
    ROLE_WORDS,
    WEEKDAY_ORDER,
)

# A phone number as a release writes it: UK numbers ("01632 960 447", "0161 496 0000", "020 7946 0000", "0800 555
# 111", "07700 900 482", "(020) 7946 0000"), international ones ("+44 20 7946 0000", "+44 (0)20 7946 0000",
# "+1 (212) 555-0143", "+1.212.555.0143" with one mark throughout, "+33 1 42 68 53 00" in pairs),
# North American ones ("(212) 555-0143", "555-010-4477", "1-800-555-0199"), and the UK's non-emergency and helpline
# short numbers where a line asks to be called on them ("on 101", "call 111").
# Every alternative starts with a digit, "+" or "(": the lookahead up front lets a search pass every other character
# without trying the lookbehinds (a whole text's phone numbers ~3 times faster; the same matches).
_PHONE = re.compile(
    r"(?=[+(\d])(?:(?<![\w.,£$€+])(?:\+\d{1,3}[\s-]?(?:\(0\)\s?)?(?:\(\d{1,4}\)|\d{1,4})[\s-]?\d{3,4}[\s-]?\d{3,4}"
    r"|\+\d{1,3}\.\d{2,4}\.\d{3,4}\.\d{3,4}|\+\d{2,3}([\s.])\d{1,2}(?:\1\d{2}){4}"
    r"|\(0\d{2,4}\)\s?\d{3,4}[\s-]?\d{3,4}"
    r"|0\d{2}[\s-]?\d{4}[\s-]?\d{4}|0\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}"
    r"|(?:1[\s.-])?(?:\(\d{3}\)\s?\d{3}[\s.-]|\d{3}-\d{3}-)\d{4})(?![\w.,]\d)"
    r"|(?<=\bon\s)(?:101|111|999|112|911)\b|(?<=\bcall\s)(?:101|111|999|112|911)\b)",
    re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# The domain endings a web address is read by (``_WEB``; ``_TLD``, which every such address holds).
_DOMAIN_ENDINGS = "com|org|net|uk|gov|example|info|co"
_WEB = re.compile(rf"\b(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:{_DOMAIN_ENDINGS})(?:/[\w/.-]*)?\b", re.IGNORECASE)
# A reference a line asks to be quoted: "quoting crime reference 54260041187", "quote incident number NF/2026/0812",
# "reference 1400321/26", "log 123 of 4 May".
_REFERENCE = re.compile(
    r"\b(?:quot(?:e|ing)\s+(?:the\s+)?(?:crime\s+|incident\s+|log\s+|case\s+|occurrence\s+)?(?:reference|ref\.?|number|"
    r"log|incident)(?:\s+number)?|(?:crime|incident|case|occurrence)\s+(?:reference|number)|reference(?:\s+number)?)"
    r"[\s:]+(?:number\s+)?([A-Z0-9][A-Z0-9/-]*\d[A-Z0-9/-]*)", re.IGNORECASE)
# What asks the reader to get in touch: "Anyone with information is asked to call", "If you have information
# that could help, please contact", "For media enquiries, please contact", "can be reached on".
_CONTACT = re.compile(
    r"\b(?:call|calls|contact|ring|phone|email|e-mail|quoting|quote|report\s+it|enquiries|inquiries|get\s+in\s+touch)\b",
    re.IGNORECASE)
_APPEAL = re.compile(
    r"\b(?:anyone\s+(?:with|who\s+(?:has|saw|witnessed|knows))|"
    r"if\s+you\s+(?:have|saw|witnessed|know|were)|"
    r"(?:is|are)\s+(?:being\s+)?(?:asked|urged|encouraged)\s+to\s+(?:call|contact|ring|get\s+in\s+touch)|"
    r"for\s+(?:media|press|more|further)\s+(?:enquiries|inquiries|information)|media\s+contact|press\s+office|anonymously|give\s+information)\b",
    re.IGNORECASE)
# A release's bare end mark ("ENDS", "-ends-", "###", "-30-", "End of press release") and a press office's heading
# ("Media office", "Press relations"): headings of their own (``_TAIL_HEADING``) that need furniture below them
# (``_END_MARK``, ``_OFFICE_HEADING``).
_END_MARK_WORDS = r"-*\s*ends\s*-*|#{3}|-\s*30\s*-|end\s+of\s+(?:press\s+|news\s+)?release"
_OFFICE_WORDS = r"(?:media|press)\s+(?:office|relations)"
# A heading a release's furniture follows: "ENDS", "-ends-", "###", "-30-", "Notes to editors", "About the Linmoor
# Trust", "Media contact", "Media enquiries", "Enquiries", "Press office", "For more information" — a line of its own.
_TAIL_HEADING = re.compile(
    rf"^\W*(?:{_END_MARK_WORDS}|"
    rf"(?:(?:media|press)\s+)?enquiries|{_OFFICE_WORDS}|"
    r"notes?\s+(?:to|for)\s+(?:editors?|journalists)|editors?['’]?\s+notes?|"
    r"about\s+(?:the\s+)?(?-i:[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|for\s+|&\s+)?[A-Z][\w&'’.-]*){0,6})|"
    r"(?:media|press)\s+(?:contacts?|enquiries|inquiries)|for\s+(?:more|further)\s+information)\W*$",
    re.IGNORECASE)
_HEADING_MAX_CHARS = 60
_ABOUT_HEADING = re.compile(r"^\W*about\s", re.IGNORECASE)
# A release's "About …" boilerplate is a paragraph or two (with its contact line) before the text's end or its
# next furniture heading; a section of running news after a subhead goes on longer.
_ABOUT_MAX_PARAGRAPHS = 4
# An appeal line is one sentence of furniture; a longer sentence with a helpline carries the event's facts ("If you
# were affected by the outage, which left 4,000 homes … without power …, call the helpline on …").
_APPEAL_MAX_WORDS = 40


@functools.lru_cache(maxsize=65_536)
def contact_sentence(sentence: str) -> bool:
    """Whether ``sentence`` is an appeal or contact line: it gives a way to get in touch (a phone number, an email
    or web address, a reference to quote) and asks for it to be used ("Anyone with information is asked to call
    Severn Vale Police on 101, quoting crime reference …", "For media enquiries, please contact … on …")."""
    reach = _reach(sentence)
    if not reach and not (_TLD.search(sentence) and _WEB.search(sentence)):
        return False
    if reach and _APPEAL.search(sentence) and len(sentence.split()) <= _APPEAL_MAX_WORDS:
        return True
    # a short line that is all contact details ("Media contact: Joanne Esterhuizen, 07700 900 482, …")
    return bool(reach) and bool(_CONTACT.search(sentence)) and _reads_as_contact_line(sentence)


def _reach(sentence: str) -> bool:
    """Whether ``sentence`` gives a phone number, an email address or a reference to quote. A phone number and a
    reference hold a digit and an address an "@": a sentence without them (most of a text's) is not searched."""
    digits = _DIGIT.search(sentence) is not None
    return bool((digits and _PHONE.search(sentence)) or ("@" in sentence and _EMAIL.search(sentence))
                or (digits and _REFERENCE.search(sentence)))


_DIGIT = re.compile(r"\d")
# What every web address ``_WEB`` finds holds: a sentence without it has none.
_TLD = re.compile(rf"\.(?:{_DOMAIN_ENDINGS})", re.IGNORECASE)


def _reads_as_contact_line(sentence: str) -> bool:
    """A contact line names the way to get in touch and little else: a release's sentences that give a phone
    number among the news ("Permits can be bought online … or by phone on 01632 962 000") are the news."""
    rest = _PHONE.sub(" ", _EMAIL.sub(" ", _WEB.sub(" ", sentence)))
    rest = _REFERENCE.sub(" ", rest)
    return len(rest.split()) <= 30 and bool(re.search(r"\b(?:please|asked|urged|anyone|anonymously|enquiries|"
                                                      r"contact:|information)\b", sentence, re.IGNORECASE))


def tail_start(text: str, closing_notices: bool = True) -> int:
    """Where a release's closing furniture starts: the first line of its own that is a furniture heading ("ENDS",
    "Notes to editors", "Media contact", an "About …" that opens the issuer's boilerplate: ``_about_boilerplate``),
    or with ``closing_notices`` a closing notice inside its paragraph (``_closing_notice``), past the text's first
    third; the text's length if none."""
    lines = text.splitlines(keepends=True)
    offset = 0
    for k, line in enumerate(lines):
        stripped = line.strip()
        if offset >= len(text) // 3 and ((_tail_heading(stripped) and _opens_tail(stripped, lines[k + 1:]))
                                         or (closing_notices and _closing_notice(stripped, lines[k + 1:]))):
            return offset
        offset += len(line)
    return len(text)


def _closing_notice(paragraph: str, rest: list[str]) -> bool:
    """Whether ``paragraph`` opens the notice a publisher closes every text with, inside the paragraph rather than
    under a heading of its own: an about-us paragraph led by its "About …:" label that says what the organisation it
    names is (``_about_label_notice``), or a standing reminder to the public (``_standing_reminder``), each with
    nothing after it but a contact line. Two reports of one force or charity share these word for word whatever
    their events (st48); a closing paragraph of the day's news written the same way ("Thames Water is urging
    customers not to drink tap water … until tests … come back clear", "About the Trust: … was fined £1.4m …" and
    the chief executive's resignation after it) is the story's own (fixst, reviewC 1, 2)."""
    about = _INLINE_ABOUT.match(paragraph)
    if about:
        return _about_label_notice(about.group(1), paragraph[about.end():], rest)
    return _standing_reminder(paragraph) and _contact_lines_only(rest, _NOTICE_MAX_PARAGRAPHS - 1)


def _about_label_notice(label: str, body: str, rest: list[str]) -> bool:
    """Whether an inline "About …:" ``label`` over ``body`` is an issuer's about-us notice: ``body`` opens by saying
    what the organisation is ("About the Thanet Larder: The Thanet Larder is a registered charity …", ``_describes``;
    "About us: … is a not-for-profit …", ``_tells_of_an_organisation``) and the lines ``rest`` after it are
    furniture only (contact lines, web addresses, "For more information …"), not the story going on."""
    name = _ABOUT_HEADING.sub("", label)
    described = (_tells_of_an_organisation(body) if name.strip().lower() == "us"
                 else _describes(name, body) and not _tells_of_a_person([body]))
    return described and _contact_lines_only(rest, _ABOUT_MAX_PARAGRAPHS)


def _contact_lines_only(rest: list[str], most: int) -> bool:
    """Whether the lines ``rest`` are furniture up to the text's end or to a furniture heading that opens the tail
    itself ("Notes to editors" under an "About Corvane Materials: …" paragraph): at most ``most`` paragraphs, each
    a contact line, a phone number, an email or web address or "For more information …"."""
    paragraphs: list[str] = []
    for k, line in enumerate(rest):
        stripped = line.strip()
        if _tail_heading(stripped) and _opens_tail(stripped, rest[k + 1:]):
            break
        if stripped:
            paragraphs.append(stripped)
    return len(paragraphs) <= most and all(
        contact_sentence(p) or _reach(p) or _MORE_INFORMATION.match(p) or (_TLD.search(p) and _WEB.search(p))
        for p in paragraphs)


def _standing_reminder(paragraph: str) -> bool:
    """Whether ``paragraph`` is a standing reminder to the public ("Police are reminding residents never to …", "The
    force is reminding the public that banks … will never ask …", "Residents are reminded never to …", "Officers
    would like to remind …"): only "remind" (urging, advising, warning and asking are as often the day's
    instruction), said by an organisation (``NOTICE_ISSUER_WORDS``) or to the public in the passive, never by a
    person, and naming no day, "until" or "after" (a reminder bounded in time is the event's)."""
    found = _STANDING_REMINDER.match(paragraph)
    if not found or _BOUNDED_IN_TIME.search(paragraph):
        return False
    subject = words(found.group("subject"))
    if not subject or subject[0] in HONORIFIC_FORMS or set(subject) & ROLE_WORDS - NOTICE_ISSUER_WORDS:
        return False
    return found.group("passive") is not None or bool(set(subject) & NOTICE_ISSUER_WORDS)


# An about-us label opening its paragraph: "About the Thanet Larder:", "About Harbourline Energy —", "About us:".
_INLINE_ABOUT = re.compile(
    r"^\W*(about\s+(?:us|(?:the\s+)?(?-i:[A-Z])[\w&'’.-]*(?:\s+(?:of\s+|and\s+|for\s+|&\s+)?(?-i:[A-Z])[\w&'’.-]*)"
    r"{0,6}))\s*[:–—]\s+", re.IGNORECASE)
# A reminder to the public in its standing forms: "<issuer> is (again) reminding <whom> to/never/not/that/of …",
# "<issuer> would like to remind …", "<issuer> reminds …", and "<whom> are (being) reminded …" (the passive).
_REMINDED_OF = r"(?:to|never|not|that|of|always)\b"
_STANDING_REMINDER = re.compile(
    r"^\W*(?P<subject>(?:[\w'’-]+\s+){1,6}?)(?:"
    rf"(?:is|are)\s+(?:again\s+|once\s+again\s+|also\s+)?reminding\s+(?:[\w'’-]+\s+){{1,4}}?{_REMINDED_OF}|"
    rf"(?:would\s+like|wish(?:es)?|wants?)\s+to\s+remind\s+(?:[\w'’-]+\s+){{1,4}}?{_REMINDED_OF}|"
    rf"reminds\s+(?:[\w'’-]+\s+){{1,4}}?{_REMINDED_OF}|"
    rf"(?P<passive>(?:is|are)\s+(?:being\s+|again\s+|also\s+)?reminded\s+{_REMINDED_OF}))",
    re.IGNORECASE)
# A day, a deadline or a sequel: a reminder naming one is the day's instruction ("… until tests … come back clear,
# which it expects by Thursday evening", "… until the neighbourhood plan … is put to a referendum in March").
_BOUNDED_IN_TIME = re.compile(
    r"(?i:\b(?:until|till|after|today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening|week|weekend)|"
    rf"{'|'.join(WEEKDAY_ORDER)})\b)|\b(?:{'|'.join(MONTH_NAMES)})\b")
# A standing notice is its paragraph and at most one more (a helpline line) before the text's end.
_NOTICE_MAX_PARAGRAPHS = 2


def _opens_tail(heading: str, rest: list[str]) -> bool:
    """Whether a furniture ``heading`` (``_tail_heading``) opens a release's closing furniture given the lines after
    it: an "About …" heading its issuer's boilerplate (``_about_boilerplate``); a bare end mark ("###", "-30-",
    "ENDS", "End of release") or a "Press office" / "Media relations" heading furniture (``_furniture_follows``): a
    match report's "###" scene break or a wire story's "-30-" mid-text, and a council story's "Press Office" subhead
    over its news and an opposition councillor's quote, are the text's own (reviewC 1, 3)."""
    if _ABOUT_HEADING.match(heading):
        return _about_boilerplate(heading, rest)
    if _END_MARK.match(heading) or _OFFICE_HEADING.match(heading):
        return _furniture_follows(rest)
    return True


# A release's bare end mark, and the press office's heading (``_END_MARK_WORDS``, ``_OFFICE_WORDS``): both are used
# in running text too (reviewC 1, 3).
_END_MARK = re.compile(rf"^\W*(?:{_END_MARK_WORDS})\W*$", re.IGNORECASE)
_OFFICE_HEADING = re.compile(rf"^\W*{_OFFICE_WORDS}\W*$", re.IGNORECASE)


def _furniture_follows(rest: list[str]) -> bool:
    """Whether the lines ``rest`` after an end mark or a press office heading are a release's furniture: nothing, or
    at most ``_ABOUT_MAX_PARAGRAPHS`` paragraphs up to the text's end or another furniture heading that hold a
    contact line, a phone number, an email or web address or "For more information …", or end at another furniture
    heading that opens the tail itself."""
    paragraphs: list[str] = []
    for k, line in enumerate(rest):
        stripped = line.strip()
        if not stripped:
            continue
        if _tail_heading(stripped) and not _END_MARK.match(stripped):
            return len(paragraphs) <= _ABOUT_MAX_PARAGRAPHS and _opens_tail(stripped, rest[k + 1:])
        paragraphs.append(stripped)
    if len(paragraphs) > _ABOUT_MAX_PARAGRAPHS:
        return False
    return not paragraphs or any(contact_sentence(p) or _reach(p) or _MORE_INFORMATION.match(p)
                                 or (_TLD.search(p) and _WEB.search(p)) for p in paragraphs)


def _tail_heading(line: str) -> bool:
    """Whether ``line`` (stripped) is a furniture heading of its own (``_TAIL_HEADING``)."""
    return len(line) <= _HEADING_MAX_CHARS and _TAIL_HEADING.match(line) is not None


def _about_boilerplate(heading: str, rest: list[str]) -> bool:
    """Whether an "About …" heading opens a release's about-us boilerplate rather than a subhead of running news
    ("About Maria Lopez" in a profile, "About the Renters Reform Bill" in a report): what follows it ends within
    ``_ABOUT_MAX_PARAGRAPHS`` paragraphs, at the text's end or at another furniture heading, and it reads as an
    issuer describing itself: its first paragraph names what the heading names, or "The company", "It", "Founded
    …", with what it is or does ("Greenfield Energy is an independent renewable energy developer …", "The company
    was founded in 2011", ``_DESCRIBES``), or a release's closing furniture follows the heading (another furniture
    heading, a contact line, a web address, "For more information …": "About Volterra Cells" before "Media
    contact: …"), or the heading names an organisation (``wordlists.ORGANISATION_WORDS``: "About the Linmoor
    Trust"). A profile's "Maria Lopez, 41, trained as a pastry chef …" tells a story, not what the firm is, and
    "Mara Quint is a 34-year-old midwife …" describes a person (``_tells_of_a_person``)."""
    paragraphs, closed = [], False
    for line in filter(None, map(str.strip, rest)):
        if _tail_heading(line):
            closed = not _ABOUT_HEADING.match(line)
            break
        paragraphs.append(line)
    if len(paragraphs) > _ABOUT_MAX_PARAGRAPHS:
        return False
    return (closed or bool(set(words(heading)) & ORGANISATION_WORDS)
            or (bool(paragraphs) and _describes(_ABOUT_HEADING.sub("", heading), paragraphs[0])
                and not _tells_of_a_person(paragraphs)
                and (not _COMMON_NOUN_HEADING.match(heading) or _tells_of_an_organisation(paragraphs[0])))
            or any(contact_sentence(p) or _MORE_INFORMATION.match(p) or (_TLD.search(p) and _WEB.search(p))
                   for p in paragraphs))


# "About the Survey", "About the Author", "About the Data": a heading naming a common noun, not an issuer. A report's
# methodology subhead ("The survey was based on interviews with …") reads as "<name> was based …"; such a heading
# opens boilerplate only where it says what an organisation is (``_tells_of_an_organisation``; reviewC 3).
_COMMON_NOUN_HEADING = re.compile(r"^\W*about\s+the\s+[A-Za-z-]+\W*$", re.IGNORECASE)
_ORGANISATION_TOLD = re.compile(r"\b(?:founded|established|employs|registered\s+charity|not-for-profit|non-profit|"
                                r"headquartered)\b", re.IGNORECASE)


def _tells_of_an_organisation(paragraph: str) -> bool:
    """Whether ``paragraph``'s first sentence says what an organisation is: an issuer's noun ("… is a registered
    charity", "The company employs …"; ``wordlists.ISSUER_NOUNS``) or "founded", "employs", "headquartered" …"""
    first = _FIRST_SENTENCE.match(paragraph)
    sentence = first.group() if first else paragraph
    return bool(set(words(sentence)) & ISSUER_NOUNS) or _ORGANISATION_TOLD.search(sentence) is not None


# What an issuer's about-us paragraph says of itself right after its name: what it is or was, and what it does.
_DESCRIBES = re.compile(
    r"(?:,[^,.]{1,80},)?\s+(?:(?:is|are|was|were)\s+(?:a|an|the|one|part|owned|based|headquartered|listed|founded|"
    r"established|registered)|(?:has|have)(?!\s+(?:been|had|said|not|never)\b)|employs|provides|operates|owns|"
    r"runs|develops|designs|makes|manufactures|builds|supplies|offers|serves|supports|represents|specialises|"
    r"specializes|delivers|produces|manages|invests)\b",
    re.IGNORECASE)
_FOUNDED = re.compile(r"^(?:founded|established|formed|set\s+up|headquartered|based)\s+in\b", re.IGNORECASE)
_MORE_INFORMATION = re.compile(r"^\W*(?:for\s+(?:more|further)\s+information|find\s+out\s+more|learn\s+more)\b",
                               re.IGNORECASE)


# What tells a person's profile from an issuer's about-us paragraph, which says "it" and "we" and has no age: an age
# ("a 34-year-old midwife", "aged 31", "Ellen Shaw, 52,") or a sentence opening with "She", "He", "Her", "His".
_PERSON_TOLD = re.compile(r"\b\d{1,3}-year-old\b|\baged\s+\d{1,3}\b|(?<![\d,]),\s*\d{1,3}\s*,"
                          r"|(?:^|[.!?][\"'”’)]*\s+)[\"“‘(]?(?:She|He|Her|His)\b")


_FIRST_SENTENCE = re.compile(r"^.*?(?:[.!?](?=\s|$)|$)", re.DOTALL)


def _tells_of_a_person(paragraphs: list[str]) -> bool:
    """Whether an "About …" section's ``paragraphs`` tell of a person (``_PERSON_TOLD``): a feature's "About Mara
    Quint" over "Mara Quint is a 34-year-old midwife from Leeds …" describes her as a firm's boilerplate describes
    the firm ("<name> is a …"), and is the feature's own text. Never when the first sentence says the heading's name
    is a firm ("Brightwater Analytics is a Leeds-based data company … founded in 2019 by Dr Amira Shah … She
    previously led …": the founder told of inside the firm's boilerplate)."""
    first = _FIRST_SENTENCE.match(paragraphs[0])
    if first and set(words(first.group())) & ISSUER_NOUNS:
        return False
    return any(_PERSON_TOLD.search(p) for p in paragraphs)


def _describes(name: str, paragraph: str) -> bool:
    """Whether ``paragraph`` opens by describing ``name`` (an "About …" heading's rest): the name ("the" aside),
    "The company", "The firm", "The group" or "It", then what it is or does (``_DESCRIBES``), or "Founded in …"."""
    name = name.strip(" \t:.-–—").removeprefix("the ").removeprefix("The ")
    text = paragraph.lstrip("\"'“‘ ")
    if _FOUNDED.match(text):
        return True
    lowered = text.lower().removeprefix("the ")
    for subject in (name.lower(), "company", "firm", "group", "charity", "business", "organisation",
                    "organization"):
        if subject and lowered.startswith(subject) and _DESCRIBES.match(lowered, len(subject)):
            return True
    return text.startswith("It ") and _DESCRIBES.match(text, 2) is not None


def furniture_numbers(text: str) -> list[tuple[int, int]]:
    """The character ranges of ``text`` that are furniture numbers: phone numbers and the references a line asks to
    be quoted (no fact of the event the text tells)."""
    found = [(m.start(), m.end()) for m in _PHONE.finditer(text)]
    found += [(m.start(1), m.end(1)) for m in _REFERENCE.finditer(text)]
    return found
