"""Synthetic article pairs with known truth: relation, direction, aligned passages and planted changes.

A derived copy is built from a base article in three steps, each keeping offsets exact:

1. structure — copy paragraphs or sentences (trim, drop, merge, reorder, insert into another article),
   recording every copied piece as ``(a_start, a_end, b_start, b_end)``;
2. planted changes — a name, a number, a date, a quotation and a negation altered at known places;
3. word edits — the spinner, with the planted changes protected.

Pieces and changes are carried through steps 2–3 with ``Spun.map_span``. Base texts come from
``../shared/data`` at run time (BBC articles for copies, BASIL for same-story and unrelated pairs) and are
never copied into the project. Texts keep the headline as their first line, like a plain-text capture, so
the extractor can take it as the title; paragraphs are separated by a blank line.
"""

from __future__ import annotations

import functools
import itertools
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.spinner import Spinner, Spun, apply_edits

Passage = tuple[int, int, int, int]  # (a_start, a_end, b_start, b_end)

# Kinds of derived copy → the relation DESIGN.md expects between base (A) and copy (B).
KIND_RELATION = {
    "duplicate": "duplicate",
    "near_duplicate": "near_duplicate",
    "edited": "near_duplicate",  # verbatim copy with the five planted changes
    "spun_copy_30": "spun_copy",
    "spun_copy_60": "spun_copy",
    "spun_edited": "spun_copy",  # spun at 0.3 with the five planted changes
    "rewrite": "rewrite",
    "partial_reuse": "partial_reuse",
}
KINDS = tuple(KIND_RELATION)
SPIN_RATE = {"spun_copy_30": 0.3, "spun_copy_60": 0.6, "spun_edited": 0.3, "rewrite": 0.15}
# Share of surname-like words a spun copy corrupts; content farms mangle a few names, not all.
SPUN_NAME_CORRUPTION = 0.15
# Word substitutions in a near-duplicate: "a few words changed" (DESIGN.md).
NEAR_DUPLICATE_WORD_EDITS = 3
# Rewrites: chance per sentence of being dropped, and per adjacent pair of being merged.
REWRITE_DROP = 0.2
REWRITE_MERGE = 0.25
# Planted-change sites must lie at least this many characters inside the copy (the headline is skipped).
CHANGE_KINDS = ("name", "number", "date", "quote", "negation")
# Sentence openers that read naturally in lowercase after ", and" (never names).
_MERGE_OPENERS_TEXT = "The A An He She It They We This That These Those There But Its Their His Her Some"
MERGE_OPENERS = frozenset(_MERGE_OPENERS_TEXT.split())
BASE_TIME = datetime(2005, 1, 3, 8, 0, tzinfo=UTC)

# Invented surnames for swapped names; written for this project.
SURNAMES = (
    "Harlow", "Brenner", "Okoye", "Lindgren", "Marchetti", "Castell", "Novak", "Whitcombe", "Adeyemi",
    "Sorensen", "Quayle", "Ferreira", "Dunmore", "Kowalczyk", "Ashby", "Takeda", "Rourke", "Vidal",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip
TRAILING_LINES = ("Share this article", "Copyright 2005. All rights reserved.", "Read more news")

PARAGRAPH_RE = re.compile(r"[^\n]+")
# A full stop, question or exclamation mark (and a closing quote) before a space and a capital.
SENTENCE_END_RE = re.compile(r"[.!?][\"”’']?(?=\s+[\"“‘]?[A-Z])")
# A first name and surname after a lowercase word or a comma, not part of a longer capitalised run
# ("said Irene Vasko," yes; "The Fresh Produce Importers" no).
NAME_RE = re.compile(r"(?<=\b[a-z]{2}[ ,] |[a-z]{2}, )[A-Z][a-z]+ ([A-Z][a-z]{2,})\b(?! [A-Z])")
NUMBER_RE = re.compile(r"(?<![\w.,])\d+(?:\.\d+)?(?![\w,]|\.\d)")
QUOTE_RE = re.compile(r"[\"“]([^\"“”\n]{20,}?)[\"”]")
NEGATION_RE = re.compile(r"\b(is|was|are|were|will|would|could|can|should|has|have|had)( not)?(?= [a-z])")
DATE_RE = re.compile(r"\b(?:" + "|".join(WEEKDAYS + MONTHS) + r")\b|\b(?:19[5-9]\d|20[0-2]\d)\b")
# Role words a title edit swaps (bench.changes), and the other role nouns and titles of news prose: a word swapped
# inside one ("prime" of "prime minister", "chief" of "chief executive") changes a title, not a name. Written for
# the benchmarks, not the library's list.
ROLES = (
    "minister", "president", "chairman", "chief executive", "spokesman", "spokeswoman", "secretary", "director",
    "manager", "chancellor", "governor", "leader", "coach", "chairwoman", "mayor", "ambassador",
)  # fmt: skip
GOLD_ROLES = (*ROLES, "prime minister", "chief constable", "director general", "general secretary", "spokesperson",
              "captain", "correspondent", "editor", "commissioner", "chairperson", "deputy", "vice president",
              "head coach", "manager", "boss", "premier", "senator", "chief of staff", "attorney general", "speaker")
GOLD_ROLE_RE = re.compile(r"\b(" + "|".join(sorted(GOLD_ROLES, key=len, reverse=True)) + r")\b", re.IGNORECASE)
# Capitalised words that open sentences without naming anyone, never planted as names.
_NOT_NAMES_TEXT = (
    "The A An He She It They We This That These Those There But And Its Their His Her Some In On At For "
    "However Mr Mrs Ms Dr If When While After Before As Also Last Next Many Most"
)
NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
QUOTATION_RE = re.compile(r'"([^"\n]+)"|“([^“”\n]+)”')


@dataclass(frozen=True, slots=True)
class PlantedChange:
    kind: str  # name|number|date|quote|negation
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_text: str
    b_text: str


@dataclass(frozen=True, slots=True)
class SynthPair:
    id: str
    a_text: str
    b_text: str
    relation: str  # one of DESIGN.md's seven
    direction: str  # a_to_b / b_to_a / common_source / unknown
    a_published: str | None
    b_published: str | None
    reused: tuple[Passage, ...]  # known aligned passages
    changes: tuple[PlantedChange, ...]


@dataclass(frozen=True, slots=True)
class DerivedCopy:
    """A copy (B) of a base text (A) and the truth about it."""

    kind: str
    relation: str
    text: str
    reused: tuple[Passage, ...]
    changes: tuple[PlantedChange, ...]


# --- segmentation with offsets ------------------------------------------------------------------


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line: a paragraph in these plain-text articles."""
    return [(m.start(), m.end()) for m in PARAGRAPH_RE.finditer(text) if m.group().strip()]


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]``, never cut inside a quotation or a number like "9.5"."""
    spans, left = [], start
    for boundary in SENTENCE_END_RE.finditer(text, start, end):
        if not _inside_quote(text[left : boundary.end()]):
            spans.append((left, boundary.end()))
            left = boundary.end() + len(text[boundary.end() : end]) - len(text[boundary.end() : end].lstrip())
    if text[left:end].strip():
        spans.append((left, left + len(text[left:end].rstrip())))
    return spans


def _inside_quote(stretch: str) -> bool:
    """True when a quotation opened in ``stretch`` is still open at its end."""
    return stretch.count('"') % 2 == 1 or stretch.count("“") > stretch.count("”")


class _Builder:
    """Assembles a derived text piece by piece, recording where each copied piece came from."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pieces: list[Passage] = []
        self.length = 0

    def add(self, text: str, source: tuple[int, int] | None = None) -> None:
        if source is not None and text:
            self.pieces.append((source[0], source[1], self.length, self.length + len(text)))
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def _copy_paragraphs(base: str, spans: Sequence[tuple[int, int]], separator: str = "\n\n") -> _Builder:
    builder = _Builder()
    for index, (start, end) in enumerate(spans):
        builder.add(separator if index else "")
        builder.add(base[start:end], (start, end))
    return builder


# --- structure: one function per kind -------------------------------------------------------------


def _duplicate(base: str, rng: random.Random) -> _Builder:
    """The same text with a different paragraph break, quote style or a trailing line."""
    builder = _copy_paragraphs(base, paragraph_spans(base), rng.choice(("\n\n", "\n", "\n\n\n")))
    if rng.random() < 0.5:
        builder.parts = [_swap_quote_style(part) for part in builder.parts]
    if rng.random() < 0.5:
        builder.add("\n\n" + rng.choice(TRAILING_LINES))
    return builder


def _swap_quote_style(text: str) -> str:
    """Straight quotes to curly or back; one character for one, so offsets hold."""
    if '"' in text:
        return re.sub(r'"([^"]*)"', "“\\1”", text)
    return text.replace("“", '"').replace("”", '"')


def _trimmed(base: str, rng: random.Random) -> _Builder:
    """Drop the last 20–50% of paragraphs, or one middle paragraph (the headline always stays)."""
    spans = paragraph_spans(base)
    if len(spans) >= 4 and rng.random() < 0.5:
        keep = max(2, round(len(spans) * (1 - rng.uniform(0.2, 0.5))))
        return _copy_paragraphs(base, spans[:keep])
    if len(spans) >= 3:
        drop = rng.randrange(1, len(spans) - 1)
        return _copy_paragraphs(base, spans[:drop] + spans[drop + 1 :])
    return _copy_paragraphs(base, spans)


def _rewrite(base: str, rng: random.Random) -> _Builder:
    """Drop, reorder and merge sentences; move one sentence to the previous paragraph."""
    spans = paragraph_spans(base)
    paragraphs = [_rewrite_sentences(base, sentence_spans(base, *span), rng) for span in spans[1:]]
    paragraphs = [p for p in paragraphs if p]
    for index in range(1, len(paragraphs)):
        if len(paragraphs[index]) > 1 and rng.random() < 0.3:
            paragraphs[index - 1].append(paragraphs[index].pop(0))
    if len(paragraphs) > 3:
        first = rng.randrange(len(paragraphs) - 1)
        paragraphs[first], paragraphs[first + 1] = paragraphs[first + 1], paragraphs[first]
    builder = _copy_paragraphs(base, spans[:1])
    for sentences in paragraphs:
        builder.add("\n\n")
        _join_sentences(base, sentences, builder, rng)
    return builder


def _rewrite_sentences(
    base: str, sentences: list[tuple[int, int]], rng: random.Random
) -> list[tuple[int, int]]:
    kept = [s for s in sentences if rng.random() >= REWRITE_DROP] or sentences[:1]
    if len(kept) > 2 and rng.random() < 0.4:
        i = rng.randrange(len(kept) - 1)
        kept[i], kept[i + 1] = kept[i + 1], kept[i]
    return kept


def _join_sentences(
    base: str, sentences: list[tuple[int, int]], builder: _Builder, rng: random.Random
) -> None:
    """Sentences separated by a space, some pairs merged into one with ", and" or a semicolon."""
    for index, (start, end) in enumerate(sentences):
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        if following and _mergeable(base, end, following[0]) and rng.random() < REWRITE_MERGE:
            builder.add(base[start : end - 1], (start, end - 1))
            builder.add(rng.choice((", and ", "; ")))
            # The next sentence continues this one: its capital becomes lowercase, the rest is copied.
            builder.add(base[following[0]].lower(), (following[0], following[0] + 1))
            sentences[index + 1] = (following[0] + 1, following[1])
            continue
        builder.add(base[start:end], (start, end))
        builder.add(" " if following else "")


def _mergeable(base: str, end: int, next_start: int) -> bool:
    """A sentence ending in a full stop, followed by one opening with a function word ("The", "He")."""
    first_word = re.match(r"[A-Za-z]+", base[next_start:])
    return base[end - 1] == "." and first_word is not None and first_word.group() in MERGE_OPENERS


def _partial(base: str, host: str, rng: random.Random) -> _Builder:
    """One or two consecutive paragraphs of the base inserted between paragraphs of an unrelated host."""
    base_spans = paragraph_spans(base)[1:] or paragraph_spans(base)
    count = min(len(base_spans), rng.choice((1, 2)))
    first = rng.randrange(len(base_spans) - count + 1)
    host_spans = paragraph_spans(host)
    at = rng.randrange(1, len(host_spans)) if len(host_spans) > 1 else len(host_spans)
    builder = _Builder()
    for index, (start, end) in enumerate(host_spans[:at]):
        builder.add(("\n\n" if index else "") + host[start:end])
    for start, end in base_spans[first : first + count]:
        builder.add("\n\n")
        builder.add(base[start:end], (start, end))
    for start, end in host_spans[at:]:
        builder.add("\n\n" + host[start:end])
    return builder


# --- planted changes --------------------------------------------------------------------------------


def _name_change(text: str, match: re.Match[str], rng: random.Random) -> tuple[int, int, str]:
    surname = match.group(1)
    return match.start(1), match.end(1), rng.choice([s for s in SURNAMES if s != surname])


def _number_change(text: str, match: re.Match[str], rng: random.Random) -> tuple[int, int, str]:
    value = match.group()
    if "." in value:
        whole, fraction = value.split(".")
        return match.start(), match.end(), f"{int(whole) + rng.randint(1, 3)}.{fraction}"
    number = int(value)
    changed = number + rng.choice((-1, 1)) * max(1, round(number * rng.uniform(0.1, 0.4)))
    return match.start(), match.end(), str(changed if changed >= 0 else number + 2)


def _date_change(text: str, match: re.Match[str], rng: random.Random) -> tuple[int, int, str]:
    word = match.group()
    for names in (WEEKDAYS, MONTHS):
        if word in names:
            return match.start(), match.end(), rng.choice([n for n in names if n != word])
    return match.start(), match.end(), str(int(word) + rng.choice((-1, 1)))


def _negation_change(text: str, match: re.Match[str], rng: random.Random) -> tuple[int, int, str]:
    auxiliary = match.group(1)
    return match.start(), match.end(), auxiliary if match.group(2) else f"{auxiliary} not"


PLANTERS: dict[
    str, tuple[re.Pattern[str], Callable[[str, re.Match[str], random.Random], tuple[int, int, str]]]
]
PLANTERS = {
    "name": (NAME_RE, _name_change),
    "number": (NUMBER_RE, _number_change),
    "date": (DATE_RE, _date_change),
    "negation": (NEGATION_RE, _negation_change),
}


def _quote_change(
    text: str, match: re.Match[str], rng: random.Random, spinner: Spinner | None
) -> tuple[int, int, str]:
    """Alter words inside a quotation: two spinner substitutions, or one word dropped without a spinner."""
    start, end = match.span(1)
    quote = text[start:end]
    if spinner is not None:
        spun = spinner.spin(quote, rate=1.0, seed=rng.randrange(2**32))
        kept = [e for e in spun.edits if e[2] < e[3]][:2]
        if kept:
            edits = [(s, e, spun.text[d:f], "quote") for s, e, d, f in kept]
            return start, end, apply_edits(quote, edits).text
    words = list(re.finditer(r" \w+", quote))
    if not words:
        return start, end, quote
    dropped = rng.choice(words)
    return start, end, quote[: dropped.start()] + quote[dropped.end() :]


def _plant_changes(
    text: str, allowed: Sequence[tuple[int, int]], rng: random.Random, spinner: Spinner | None
) -> tuple[Spun, list[str]]:
    """One change of each kind at a random eligible site inside ``allowed`` spans, none overlapping."""
    replacements: list[tuple[int, int, str, str]] = []
    for kind in CHANGE_KINDS:
        pattern = QUOTE_RE if kind == "quote" else PLANTERS[kind][0]
        sites = [
            m for m in pattern.finditer(text) if _inside(m.span(), allowed) and _free(m.span(), replacements)
        ]
        if not sites:
            continue
        site = rng.choice(sites)
        if kind == "quote":
            start, end, new = _quote_change(text, site, rng, spinner)
        else:
            start, end, new = PLANTERS[kind][1](text, site, rng)
        if new != text[start:end]:
            replacements.append((start, end, new, kind))
    replacements.sort()
    spun = apply_edits(text, replacements)
    return spun, [kind for *_span, kind in replacements]


def _inside(span: tuple[int, int], allowed: Sequence[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in allowed)


def _free(span: tuple[int, int], taken: Sequence[tuple[int, int, str, str]]) -> bool:
    return all(span[1] <= start or end <= span[0] for start, end, *_rest in taken)


# --- composing the steps ----------------------------------------------------------------------------


def _map_piece(piece: Passage, spun: Spun) -> Passage:
    start, end = spun.map_span(piece[2], piece[3])
    return piece[0], piece[1], start, end


def _to_base(position: tuple[int, int], pieces: Sequence[Passage]) -> tuple[int, int] | None:
    """A span of the structured copy → the base span it was copied from (it must sit in one piece)."""
    for a_start, a_end, b_start, b_end in pieces:
        if b_start <= position[0] and position[1] <= b_end and a_end - a_start == b_end - b_start:
            shift = a_start - b_start
            return position[0] + shift, position[1] + shift
    return None


def _word_edit_rate(spinner: Spinner, text: str, wanted: int) -> float:
    eligible = spinner.spin(text, 0.0, seed=0).eligible
    return min(1.0, wanted / eligible) if eligible else 0.0


def make_copy(
    text: str, kind: str, rng_seed: int, spinner: Spinner | None, host: str | None = None
) -> DerivedCopy:
    """A derived copy of ``text`` of the given kind with its truth; ``host`` is the article for partial reuse.

    Spinning kinds need ``spinner``; ``partial_reuse`` needs ``host``.
    """
    if kind not in KIND_RELATION:
        raise ValueError(f"unknown copy kind {kind!r}: use one of {', '.join(KINDS)}")
    if spinner is None and (kind in SPIN_RATE or kind == "near_duplicate"):
        raise ValueError(f"kind {kind!r} substitutes words: pass a Spinner")
    if kind == "partial_reuse" and not host:
        raise ValueError("partial_reuse inserts paragraphs into another article: pass host=<text>")
    rng = random.Random(rng_seed)
    builder = _structure(text, kind, rng, host)
    return _finish(text, kind, builder, rng, spinner)


def _structure(text: str, kind: str, rng: random.Random, host: str | None) -> _Builder:
    if kind == "duplicate":
        return _duplicate(text, rng)
    if kind == "near_duplicate":
        return _trimmed(text, rng)
    if kind == "rewrite":
        return _rewrite(text, rng)
    if kind == "partial_reuse":
        return _partial(text, host or "", rng)
    return _copy_paragraphs(text, paragraph_spans(text))


def _finish(
    base: str, kind: str, builder: _Builder, rng: random.Random, spinner: Spinner | None
) -> DerivedCopy:
    """Plant changes, then substitute words around them; carry pieces and changes through both."""
    structured, pieces = builder.text(), builder.pieces
    body = [p for p in pieces if p[0] > 0] or pieces  # not the headline
    planted, kinds = (
        _plant_changes(structured, [p[2:] for p in body], rng, spinner)
        if kind in ("edited", "spun_edited")
        else (apply_edits(structured, []), [])
    )
    protect = [edit[2:] for edit in planted.edits]
    words = _substitute_words(planted.text, kind, rng, spinner, protect)
    changes = _planted_changes(base, pieces, planted, words, kinds)
    changes += _name_corruptions(base, pieces, planted, words)
    reused = tuple(_map_piece(_map_piece(piece, planted), words) for piece in pieces)
    ordered = tuple(sorted(changes, key=lambda change: change.b_start))
    return DerivedCopy(kind, KIND_RELATION[kind], words.text, reused, ordered)


def _substitute_words(
    text: str, kind: str, rng: random.Random, spinner: Spinner | None, protect: Sequence[tuple[int, int]]
) -> Spun:
    seed = rng.randrange(2**32)
    if spinner is None or kind in ("duplicate", "partial_reuse", "edited"):
        return apply_edits(text, [])
    if kind == "near_duplicate":
        return spinner.spin(text, _word_edit_rate(spinner, text, NEAR_DUPLICATE_WORD_EDITS), seed, protect)
    names = SPUN_NAME_CORRUPTION if kind.startswith("spun") else 0.0
    return spinner.spin(text, SPIN_RATE[kind], seed, protect, corrupt_names=names)


def _planted_changes(
    base: str, pieces: Sequence[Passage], planted: Spun, words: Spun, kinds: Sequence[str]
) -> list[PlantedChange]:
    changes = []
    for (s_start, s_end, p_start, p_end), kind in zip(planted.edits, kinds, strict=True):
        a_span = _to_base((s_start, s_end), pieces)
        b_start, b_end = words.map_span(p_start, p_end)
        if a_span is not None:
            a_text, b_text = base[a_span[0] : a_span[1]], words.text[b_start:b_end]
            changes.append(PlantedChange(kind, *a_span, b_start, b_end, a_text, b_text))
    return changes


def _name_corruptions(
    base: str, pieces: Sequence[Passage], planted: Spun, words: Spun
) -> list[PlantedChange]:
    """The spinner's own edits of names and quotations are changes too: its name corruptions (Price → Cost),
    its swaps of a sentence-opening word the article uses as a name ("Labour hit back" → "Proletariat hit
    back", ``spun_name``), and each quotation it reworded, once (a misquote all the same)."""
    changes, quotes = [], []
    for (p_start, p_end, b_start, b_end), kind in zip(words.edits, words.edit_kinds, strict=True):
        structured = _unmap(planted, p_start, p_end)
        a_span = _to_base(structured, pieces) if structured else None
        if a_span is None:
            continue
        quote_a, quote_b = quotation_around(base, a_span), quotation_around(words.text, (b_start, b_end))
        if quote_a is not None and quote_b is not None:
            texts = base[quote_a[0] : quote_a[1]], words.text[quote_b[0] : quote_b[1]]
            quotes.append(PlantedChange("quote", *quote_a, *quote_b, *texts))
        elif spinner_name_change(base, a_span, words.text[b_start:b_end], kind):
            a_text, b_text = base[a_span[0] : a_span[1]], words.text[b_start:b_end]
            changes.append(PlantedChange("name", *a_span, b_start, b_end, a_text, b_text))
    return changes + list(dict.fromkeys(quotes))


def spinner_name_change(text: str, span: tuple[int, int], replacement: str, kind: str) -> bool:
    """A spinner edit of ``text[span]`` (its ``kind``: "name" for a corruption of a surname-like word) that
    changes a name: a corruption, or a swap of a word the article uses as a name (``spun_name``); not a word
    inside a role phrase, whichever way the spinner changed it ("Commons Speaker" → "Commons Utterer",
    "Deputy Prime Minister" → "… Parson": a title change, as the Changes suite's truth has it), and not the
    same name in another form ("China" → "Chinese": ``another_form``)."""
    if in_role(text, span) or another_form(text[span[0] : span[1]], replacement):
        return False
    return kind == "name" or spun_name(text, *span)


def another_form(word: str, replacement: str) -> bool:
    """``replacement`` is ``word`` in another form that names the same place or people: a country and its
    people's adjective ("China" → "Chinese", "Belarus" → "Belarusian"). The longer is the shorter, less at
    most its last letter, with a suffix of two letters or more (not a respelling: "Devos" → "Devon"), and the
    BBC set never writes either in lower case (unlike "Authority" → "Authoritativeness", another word, so a
    name changed)."""
    short, long = sorted((word, replacement), key=len)
    if len(short) < 4 or len(long) - len(short) < 2 or not long.startswith(short[:-1]):
        return False
    return all(always_capitalised(w) for w in (word, replacement))


@functools.cache
def always_capitalised(word: str) -> bool:
    """The BBC set writes ``word`` capitalised and never in lower case (False without the set)."""
    return word[:1].isupper() and _corpus_lower_words()[word.lower()] == 0 and any(
        True for _ in _whole_word_at(_corpus_text(), word))


def spun_name(text: str, start: int, end: int) -> bool:
    """The spinner swaps a capitalised word at a sentence start as an ordinary word; it is a name when the
    article writes it capitalised after a lower-case word elsewhere ("said Swank": "Swank said" → "Chicness
    said"; "and Real Sociedad": "Real Madrid" → "Actual Madrid"), or when it opens a multi-word name the BBC
    set writes that way after a lower-case word (``corpus_first_name``: "Johnny Depp", "Ken Bates", "General
    Motors"). Not when it merely opens a capitalised run ("Former Chelsea boss", "Singer Alex Kapranos": the
    capital is the sentence's)."""
    word = text[start:end]
    if not word[:1].isupper() or word in NOT_NAMES or " " in word:
        return False
    if re.search(rf"\b[a-z][\w'’]*,? {re.escape(word)}\b", text):
        return True
    following = re.match(r" ([A-Z][a-z]+)\b", text[end:])
    return following is not None and corpus_first_name(word, following.group(1))


# A first name is written capitalised inside sentences more often than in lower case across the BBC set.
FIRST_NAME_MIN_CAPITAL_SHARE = 0.5


@functools.cache
def corpus_first_name(word: str, following: str) -> bool:
    """``word`` before ``following`` opens a multi-word name, by the whole BBC set (knowledge the library,
    which reads two articles, does not have): the set writes the two together after a lower-case word ("rival
    General Motors"), or writes ``word`` capitalised after a lower-case word more often than in lower case (a
    first name: "Johnny", "Ken"; not "Former", "Singer")."""
    corpus = _corpus_text()
    capitals = 0
    for at in _whole_word_at(corpus, word):
        if not re.match(r"[a-z],? $", corpus[max(0, at - 3) : at]):
            continue  # not after a word ending in a lower-case letter
        capitals += 1
        end = at + len(word) + 1 + len(following)
        if corpus.startswith(f" {following}", at + len(word)) and not _letter_at(corpus, end):
            return True
    lower = _corpus_lower_words()[word.lower()]
    return capitals > 0 and capitals / (capitals + lower) > FIRST_NAME_MIN_CAPITAL_SHARE


@functools.cache
def _corpus_lower_words() -> Counter[str]:
    return Counter(re.findall(r"[a-z]+", _corpus_text()))


def _whole_word_at(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a whole word (``str.find``: the set is 5 MB, regular expressions
    starting with a word boundary scan it slowly)."""
    at = text.find(word)
    while at >= 0:
        if not _letter_at(text, at - 1) and not _letter_at(text, at + len(word)):
            yield at
        at = text.find(word, at + 1)


def _letter_at(text: str, at: int) -> bool:
    return 0 <= at < len(text) and text[at].isalpha()


@functools.cache
def _corpus_text() -> str:
    """The BBC set as one string (empty without it: names by the article alone)."""
    from bench.common import shared_folder

    shared = shared_folder()
    if not (shared / "data" / "bbc_fulltext").is_dir():
        return ""
    return "\n\n".join(text for _, text in bbc_texts(shared))


def in_role(text: str, span: tuple[int, int]) -> bool:
    """The span lies inside a role phrase of ``text`` or holds one ("prime" of "The prime minister")."""
    return any(
        (m.start() <= span[0] and span[1] <= m.end()) or (span[0] <= m.start() and m.end() <= span[1])
        for m in GOLD_ROLE_RE.finditer(text, max(0, span[0] - 40), span[1] + 40)
    )


def quotation_around(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The quotation (inside its marks) of ``text`` holding ``span``, if any."""
    for m in QUOTATION_RE.finditer(text):
        group = 1 if m.group(1) is not None else 2
        if m.start(group) <= span[0] and span[1] <= m.end(group):
            return m.start(group), m.end(group)
    return None


def _unmap(spun: Spun, start: int, end: int) -> tuple[int, int] | None:
    """A span of ``spun.text`` outside every edit → its span in ``spun.source``."""
    shift = 0
    for s_start, s_end, d_start, d_end in spun.edits:
        if d_end <= start:
            shift += (d_end - d_start) - (s_end - s_start)
        elif d_start < end:
            return None
    return start - shift, end - shift


# --- pairs ------------------------------------------------------------------------------------------


def generate_pairs(
    texts: Sequence[tuple[str, str]], seed: int, spinner: Spinner, per_kind: int | None = None
) -> list[SynthPair]:
    """Pairs of every kind from ``(id, text)`` bases; ``per_kind`` bases each, or each base once in turn."""
    if len(texts) < 2:
        raise ValueError(f"got {len(texts)} base texts: pass at least two (partial reuse needs a host)")
    rng = random.Random(seed)
    plan = _plan(len(texts), rng, per_kind)
    pairs = []
    for number, (kind, index) in enumerate(plan):
        host_index = rng.choice([i for i in range(len(texts)) if i != index])
        copy_seed = rng.randrange(2**32)
        base_id, base = texts[index]
        copy = make_copy(base, kind, copy_seed, spinner, host=texts[host_index][1])
        pairs.append(_as_pair(f"{kind}/{number:04d}/{base_id}", base, copy, rng))
    return pairs


def _plan(count: int, rng: random.Random, per_kind: int | None) -> list[tuple[str, int]]:
    """(kind, base index) for every pair to make."""
    if per_kind is None:
        order = list(range(count))
        rng.shuffle(order)
        return [(KINDS[i % len(KINDS)], index) for i, index in enumerate(order)]
    return [(kind, index) for kind in KINDS for index in rng.sample(range(count), min(per_kind, count))]


def _as_pair(pair_id: str, base: str, copy: DerivedCopy, rng: random.Random) -> SynthPair:
    """The base as A and the copy as B, or swapped; publication times on half the pairs."""
    a_published = b_published = None
    if rng.random() < 0.5:
        original = BASE_TIME + timedelta(days=rng.randrange(700), hours=rng.randrange(12))
        a_published = _iso(original)
        b_published = _iso(original + timedelta(hours=rng.randint(1, 72)))
    pair = SynthPair(pair_id, base, copy.text, copy.relation, "a_to_b", a_published, b_published,
                     copy.reused, copy.changes)  # fmt: skip
    return swap(pair) if rng.random() < 0.5 else pair


def swap(pair: SynthPair) -> SynthPair:
    """The same pair with A and B exchanged: offsets, texts, dates and direction all follow."""
    direction = {"a_to_b": "b_to_a", "b_to_a": "a_to_b"}.get(pair.direction, pair.direction)
    changes = tuple(
        PlantedChange(c.kind, c.b_start, c.b_end, c.a_start, c.a_end, c.b_text, c.a_text)
        for c in pair.changes
    )
    reused = tuple((b_start, b_end, a_start, a_end) for a_start, a_end, b_start, b_end in pair.reused)
    return replace(pair, a_text=pair.b_text, b_text=pair.a_text, direction=direction,
                   a_published=pair.b_published, b_published=pair.a_published, reused=reused,
                   changes=changes)  # fmt: skip


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


# --- BBC base texts ---------------------------------------------------------------------------------


def _read_text(path: Path) -> str:
    """UTF-8, or Latin-1 for the odd file (one BBC article has a bare 0xA3 pound sign)."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def bbc_texts(shared: Path) -> list[tuple[str, str]]:
    """BBC articles as ``("topic/NNN", text)`` sorted by id, one per group of exact duplicates.

    The headline stays as the first line, followed by a blank line and the body, as in the files. Exact
    duplicates (98 groups of two in the set) keep the smallest id.
    """
    root = shared / "data" / "bbc_fulltext"
    if not root.is_dir():
        raise FileNotFoundError(
            f"{root} not found: put the BBC set in ../shared/data (see ../shared/README.md)"
        )
    seen: set[str] = set()
    texts = []
    for path in sorted(root.glob("*/*.txt")):
        text = _read_text(path).strip()
        if text not in seen:
            seen.add(text)
            texts.append((f"{path.parent.name}/{path.stem}", text))
    return texts


def split(ids: Sequence[str], seed: int, test_share: float = 0.2) -> tuple[list[str], list[str]]:
    """Deterministic train/test split of ``ids`` (each sorted); the same ids and seed give the same split."""
    if not 0.0 < test_share < 1.0:
        raise ValueError(f"test_share={test_share!r} is outside (0, 1): pass the share of ids to hold out")
    order = sorted(set(ids))
    random.Random(seed).shuffle(order)
    cut = round(len(order) * test_share)
    return sorted(order[cut:]), sorted(order[:cut])


# --- BASIL: same story and unrelated ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BasilArticle:
    id: str
    event: str
    published: str | None
    text: str


def basil_articles(shared: Path) -> list[BasilArticle]:
    """The 300 BASIL articles (100 events × 3 outlets): headline, blank line, paragraphs."""
    root = shared / "data" / "basil" / "articles"
    if not root.is_dir():
        raise FileNotFoundError(f"{root} not found: put BASIL in ../shared/data (see ../shared/README.md)")
    return [_basil_article(path) for path in sorted(root.glob("*/*.json"))]


def _basil_article(path: Path) -> BasilArticle:
    record = json.loads(path.read_text(encoding="utf-8"))
    paragraphs = [" ".join(part.strip() for part in paragraph) for paragraph in record["body-paragraphs"]]
    text = "\n\n".join([record["title"].strip(), *[p for p in paragraphs if p]])
    return BasilArticle(f"basil/{path.stem}", record["triplet-uuid"], record.get("date") or None, text)


def basil_pairs(shared: Path, seed: int, n: int) -> list[SynthPair]:
    """``n`` within-event pairs (``same_story``) and ``n`` cross-event pairs (``unrelated``), seeded."""
    articles = basil_articles(shared)
    rng = random.Random(seed)
    within = [(a, b) for a, b in itertools.combinations(articles, 2) if a.event == b.event]
    same = rng.sample(within, min(n, len(within)))
    unrelated: list[tuple[BasilArticle, BasilArticle]] = []
    while len(unrelated) < n:
        a, b = rng.sample(articles, 2)
        if a.event != b.event:
            unrelated.append((a, b))
    pairs = [_basil_pair(a, b, "same_story") for a, b in same]
    return pairs + [_basil_pair(a, b, "unrelated") for a, b in unrelated]


def _basil_pair(a: BasilArticle, b: BasilArticle, relation: str) -> SynthPair:
    # Independent coverage: neither text derives from the other, so direction is unknown.
    return SynthPair(f"{relation}/{a.id}/{b.id}", a.text, b.text, relation, "unknown", a.published,
                     b.published, (), ())  # fmt: skip
