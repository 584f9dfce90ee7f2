"""Quote changes: a quotation whose words differ between two texts, reported once per quotation with the
differing words marked.

Quotations are found in the whole article (a quotation often runs over several sentences), then compared
sentence pair by sentence pair, each side clipped to its sentence; the differences found in every aligned
sentence pair are gathered per quotation. A spinner's synonym swap inside a quotation is a misquote too.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from unspun.config import CHANGES_DEFAULT, ChangesConfig
from unspun.model import Span
from unspun.pair.changes.context import show, span_of, span_tokens
from unspun.pair.changes.facts import Fact, facts
from unspun.text.diff import token_opcodes
from unspun.text.marks import cut_mark_pieces
from unspun.text.numbers import number_value
from unspun.text.quotations import quotation_spans
from unspun.text.spelling import CONTINUED, word_keys
from unspun.text.tokens import word_tokens
from unspun.text.wordlists import CONDITIONS, NEGATIONS, UNITS


@dataclass(frozen=True, slots=True)
class QuoteEdit:
    """Words that differ inside one quotation of A and its counterpart in B (full quotation spans)."""

    a: Span
    b: Span
    differs_a: tuple[Span, ...]
    differs_b: tuple[Span, ...]


def quotations(text: str, span: Span | None = None, config: ChangesConfig = CHANGES_DEFAULT) -> list[Span]:
    """The text inside each pair of quotation marks (straight, curly double, curly single) that overlaps
    ``span`` (the whole text when None); each span is the whole quotation, which may run past ``span``. A
    stretch longer than ``config.max_quotation_chars`` between two marks is an unmatched mark."""
    found = _all_quotations(text, config.max_quotation_chars)
    if span is None:
        return list(found)
    return [q for q in found if q.start < span.end and span.start < q.end]


def _all_quotations(text: str, max_chars: int) -> tuple[Span, ...]:
    return tuple(Span(start, end) for start, end in quotation_spans(text, max_chars))


def quote_edits(
    a_text: str, a_span: Span, b_text: str, b_span: Span, config: ChangesConfig = CHANGES_DEFAULT
) -> list[QuoteEdit]:
    """Quotations whose words differ inside one aligned sentence pair, with the differing words. Part of a
    quotation quoted is a writer quoting part of what was said, no change (``quoted_in_part``), unless the sentence
    is copied word for word outside its quotation marks and the words were cut from inside the whole quotation
    (``_cut_in_copy``): the quote changed ("…this outcome, and I am deeply sorry for the colleagues who will be
    leaving us. The market …" → "…this outcome. The market …", the speaker and the rest of the sentence kept)."""
    parts_a = _parts(a_text, a_span, config)
    parts_b = _parts(b_text, b_span, config)
    keys_a, keys_b = {_key(a_text, p) for _, p in parts_a}, {_key(b_text, p) for _, p in parts_b}
    # A quotation the other text gives whole, word for word, was kept, not changed: a rewrite that moved it
    # leaves this sentence facing another of its quotations ('"People kept telling us …," she said' facing
    # '"Some of the children …"', which the rewrite put in its own words)
    if not parts_a and not parts_b:
        return []  # no quotation in either sentence (most pairs): the texts' whole quotations are not read
    most = config.max_quotation_chars
    whole_a, whole_b = _quotation_keys(a_text, most), _quotation_keys(b_text, most)
    changed_a = [(q, p) for q, p in parts_a
                 if _key(a_text, p) not in keys_b and not _kept(_key(a_text, q), whole_a, whole_b)]
    changed_b = [(q, p) for q, p in parts_b
                 if _key(b_text, p) not in keys_a and not _kept(_key(b_text, q), whole_b, whole_a)]
    edits = []
    cut = (config.min_excerpt_dropped_words, config.excerpt_turning_words, config.min_excerpt_dropped_words_at_end)
    for (qa, pa), (qb, pb) in _paired(a_text, changed_a, b_text, changed_b, config.min_quote_pair_score):
        # a cut the copy marks ("road [...] and it will") is the quotation quoted in part, shown as such
        if marked_excerpt(pa.text_of(a_text), _key(b_text, qb), cut[1]) or \
                marked_excerpt(pb.text_of(b_text), _key(a_text, qa), cut[1]):
            continue
        # An excerpt of the quotation as a whole is quoted in part, whichever sentence of the quotation it comes
        # from: a rewrite that quotes "not a mild illness" from the advisory's first sentence of a quotation of three,
        # beside a paraphrase of its second ("Two doses … never too late to catch up"), changed no words of it.
        excerpt = quoted_in_part(_key(a_text, pa), _key(b_text, pb), *cut) or \
            (pa != qa and quoted_in_part(_key(a_text, qa), _key(b_text, pb), *cut)) or \
            (pb != qb and quoted_in_part(_key(a_text, pa), _key(b_text, qb), *cut))
        # ... unless the sentence is copied word for word outside its quotation marks and the words are cut from
        # inside the whole quotation, words kept on both sides of the cut: a splice of words never said together
        # (a quotation stopped early or going on further is quoted in part either way round)
        if excerpt and not (_same_outside(a_text, a_span, parts_a, b_text, b_span, parts_b)
                            and _cut_in_copy(_key(a_text, pa), _key(b_text, pb), _key(a_text, qa), _key(b_text, qb))
                            and not quoted_in_part(_key(a_text, qa), _key(b_text, qb), *cut)):
            continue
        differs_a, differs_b = _differing_words(a_text, _widened(a_text, pa, qa, _key(b_text, pb)),
                                                b_text, _widened(b_text, pb, qb, _key(a_text, pa)))
        edits.append(QuoteEdit(qa, qb, differs_a, differs_b))
    return edits


@functools.lru_cache(maxsize=1024)  # a pure function of the text: every sentence pair of an article asks
def _quotation_keys(text: str, max_chars: int) -> Counter[str]:
    """How often ``text`` gives each whole quotation (by its key, ``_key``)."""
    return Counter(_key(text, q) for q in _all_quotations(text, max_chars))


def _kept(key: str, own: Counter[str], other: Counter[str]) -> bool:
    """Whether the other text gives a quotation whole as often as this one does: a text quoting one line twice
    (a pull quote) whose copy changed one of the two still changed it."""
    return other[key] >= own[key] > 0


def quoted_in_part(key_a: str, key_b: str, min_dropped: int, beside: int, min_dropped_at_end: int | None = None
                   ) -> bool:
    """One quotation's words are an unbroken run of the other's, at least ``min_dropped`` words fewer
    (``min_dropped_at_end`` where the run is its opening or closing words): a
    writer quoting part of what was said, not changing it — unless the words left out beside the part
    (``beside`` each way) hold what turns its meaning: a negation, a figure or a condition ("This is not the
    biggest investment …" quoted as "the biggest investment …"; "I will resign if the council cuts the
    subsidy" quoted as "I will resign")."""
    at_end = min_dropped if min_dropped_at_end is None else min_dropped_at_end
    short, long = (key.split() for key in sorted((key_a, key_b), key=len))
    if not short or len(long) - len(short) < min(min_dropped, at_end):
        return False
    at = next((k for k in range(len(long) - len(short) + 1) if long[k : k + len(short)] == short), None)
    if at is None:
        return False
    # a quotation's opening or closing words are quoted in part with fewer words left out: a writer stopping a
    # quote early ("never taken a penny" of "never taken a penny from anyone"); a word gone from its middle is a
    # misquote
    at_either_end = at == 0 or at == len(long) - len(short)
    if len(long) - len(short) < (at_end if at_either_end else min_dropped):
        return False
    # the words the cut left out next to what it kept (a negation further off qualifies other words)
    beside_part = long[max(0, at - beside) : at] + long[at + len(short) : at + len(short) + beside]
    return not any(w in NEGATIONS or w in CONDITIONS or w.endswith("n't") or number_value(w) is not None
                   for w in beside_part)


def marked_excerpt(part: str, other_whole: str, beside: int) -> bool:
    """Whether ``part``, a quotation's words holding a cut mark ("[...]", "…": ``marks.cut_mark_pieces``), quotes
    the other side's whole quotation (its key, ``other_whole``) in part: the words between its marks are runs of
    that quotation's words in their order. Not where the words left out next to a run (``beside`` each way) hold
    what turns the meaning, as for ``quoted_in_part``: "I will not resign" quoted as "I will […] resign" is a
    misquote, its cut marked or not."""
    pieces = [_quote_key(piece) for piece in cut_mark_pieces(part)]
    if len(pieces) < 2:
        return False
    runs = [piece.split() for piece in pieces if piece]
    long = other_whole.split()
    left_out: list[str] = []
    at = 0
    for n, run in enumerate(runs):
        found = next((k for k in range(at, len(long) - len(run) + 1) if long[k : k + len(run)] == run), None)
        if found is None:
            return False
        left_out += long[max(at, found - beside) : found] + ([] if n == 0 else long[at : min(found, at + beside)])
        at = found + len(run)
    left_out += long[at : at + beside]
    return bool(runs) and not any(w in NEGATIONS or w in CONDITIONS or w.endswith("n't") or number_value(w) is not None
                                  for w in left_out)


def _widened(text: str, part: Span, whole: Span, other_part: str) -> Span:
    """The span to mark a quotation's differing words in: its whole quotation where the other side's part (its key,
    ``other_part``) goes on with words of it past this sentence's part, so that the note says which side lacks the
    words ("road. It will be safer …, and it will link" / "road and it will link": A's words cut, not B's added);
    else its part in the sentence."""
    if part == whole:
        return part
    extra = set(other_part.split()) - set(_key(text, part).split())
    return whole if extra and extra <= set(_key(text, whole).split()) else part


def _cut_in_copy(part_a: str, part_b: str, whole_a: str, whole_b: str) -> bool:
    """Whether the longer of two quotation parts holds words the other side's whole quotation lacks: words cut from
    the quotation (or added to it), not a quotation split at another place in a copy's sentences, where the
    longer part's words all stand in the other whole quotation."""
    longer, other_whole = (part_a, whole_b) if len(part_a.split()) > len(part_b.split()) else (part_b, whole_a)
    return not _holds_run(other_whole.split(), longer.split())


def _holds_run(words: Sequence[str], run: Sequence[str]) -> bool:
    """Whether ``run`` stands in ``words`` as whole words in a row ("the fund" does not stand in "the funding")."""
    return any(list(words[k : k + len(run)]) == list(run) for k in range(len(words) - len(run) + 1))


def _same_outside(a_text: str, a_span: Span, parts_a: Sequence[tuple[Span, Span]],
                  b_text: str, b_span: Span, parts_b: Sequence[tuple[Span, Span]]) -> bool:
    """Whether two sentences have the same words outside their quotation marks (case and punctuation aside)."""
    return _outside_words(a_text, a_span, parts_a) == _outside_words(b_text, b_span, parts_b)


def _outside_words(text: str, sentence: Span, parts: Sequence[tuple[Span, Span]]) -> list[str]:
    return [t.norm for t in span_tokens(text, sentence)
            if not any(part.start <= t.start < part.end for _, part in parts)]


def _parts(text: str, sentence: Span, config: ChangesConfig) -> list[tuple[Span, Span]]:
    """(whole quotation, its part inside ``sentence``) for each quotation with words in the sentence."""
    parts = []
    for q in quotations(text, sentence, config):
        part = Span(max(q.start, sentence.start), min(q.end, sentence.end))
        if _key(text, part):
            parts.append((q, part))
    return parts


def _key(text: str, span: Span) -> str:
    """A quotation's words only: case, punctuation and spacing are not drift, nor a word's British or American
    spelling ("neighbours" / "neighbors"), nor a number or date written another way ("forty-tonne" / "40-tonne",
    "£4.2 million" / "£4.2m", "14 April" / "April 14")."""
    return _quote_key(span.text_of(text))


@functools.lru_cache(maxsize=16_384)  # each quotation's part is keyed again for every part it is compared with
def _quote_key(quote: str) -> str:
    tokens = word_tokens(quote)
    # Each amount from its first written token (a currency sign or code before it) to its last (its unit after it)
    starts = {fact.written.start: fact for fact in facts(quote, tokens)}
    keys = word_keys(tuple(t.norm for t in tokens))  # "mobile phones" and "cell phones" one thing
    words: list[str] = []
    k = 0
    while k < len(tokens):
        fact = starts.get(k)
        if fact or not keys[k].startswith(CONTINUED):
            words.append(_fact_word(fact) if fact else keys[k])
        k = fact.written.stop if fact else k + 1
    return " ".join(words)


def _fact_word(fact: Fact) -> str:
    """A number or date as one word of a quotation's key: a number in digits ("forty" and "40" both "40", so that
    ``quoted_in_part`` still reads a figure) with its unit's measure ("5 per cent" and "5%" alike, "km" and
    "kilometres"), a date by its value. Its currency is left to the number changes, which read it in the whole
    sentence: "US$" / "$" / "dollars" are one way of writing it as often as another."""
    try:
        number = f"{float(fact.value):f}".rstrip("0").rstrip(".")
    except ValueError:
        return fact.value  # a date, or a score ("3-1")
    if not fact.unit or fact.currency:  # "5 pounds" is money as often as weight: "£5" in the other quotation
        return number
    dimension, factors = UNITS[fact.unit]
    return f"{number}{dimension}{min(factors):g}"


def _paired(
    a_text: str, qa: list[tuple[Span, Span]], b_text: str, qb: list[tuple[Span, Span]], min_score: float
) -> list[tuple[tuple[Span, Span], tuple[Span, Span]]]:
    # In aligned sentences the n-th changed quote on one side is the n-th on the other. Unequal numbers pair
    # only when at least ``min_score`` alike (rapidfuzz ratio): below it two quotes are different statements.
    # The most alike pair first, ties by place, so that either text given first pairs the same quotes.
    if len(qa) == len(qb):
        return list(zip(qa, qb, strict=True))
    from rapidfuzz import fuzz

    scored = [(fuzz.ratio(_key(a_text, x[1]), _key(b_text, y[1])), x, y) for x in qa for y in qb]
    scored = [s for s in scored if s[0] >= min_score]
    scored.sort(key=lambda s: (-s[0], s[1][1].start + s[2][1].start, sorted([s[1][1].start, s[2][1].start])))
    pairs: list[tuple[tuple[Span, Span], tuple[Span, Span]]] = []
    for _, x, y in scored:
        if all(x != p and y != q for p, q in pairs):
            pairs.append((x, y))
    return sorted(pairs, key=lambda p: p[0][1].start)


def _differing_words(a_text: str, pa: Span, b_text: str, pb: Span) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    ta, tb = span_tokens(a_text, pa), span_tokens(b_text, pb)
    marks_a: list[Span] = []
    marks_b: list[Span] = []
    for op, i1, i2, j1, j2 in token_opcodes(ta, tb):
        if op == "equal":
            continue
        if i2 > i1:
            marks_a.append(span_of(ta[i1:i2]))
        if j2 > j1:
            marks_b.append(span_of(tb[j1:j2]))
    return tuple(marks_a), tuple(marks_b)


def quote_note(a_text: str, b_text: str, edit: QuoteEdit) -> str:
    """"quote changed: 'hungry' → 'starve' in “He is young, he is hungry…”"."""
    shown_a = [show(a_text, s) for s in edit.differs_a]
    shown_b = [show(b_text, s) for s in edit.differs_b]
    if len(shown_a) == len(shown_b):
        words = "; ".join(f"'{x}' → '{y}'" for x, y in zip(shown_a, shown_b, strict=True))
    else:
        words = f"'{' … '.join(shown_a) or '—'}' → '{' … '.join(shown_b) or '—'}'"
    return f"quote changed: {words} in “{_head(show(a_text, edit.a))}”"


def _head(quote: str, limit: int = 80) -> str:
    return quote if len(quote) <= limit else quote[: limit - 1].rstrip() + "…"


def merged_quote_edits(edits: Sequence[QuoteEdit]) -> list[QuoteEdit]:
    """One edit per quotation pair, its differing words gathered from every sentence pair it spans."""
    merged: dict[tuple[Span, Span], QuoteEdit] = {}
    for e in edits:
        known = merged.get((e.a, e.b))
        if known is None:
            merged[(e.a, e.b)] = e
        else:
            merged[(e.a, e.b)] = QuoteEdit(
                e.a, e.b,
                tuple(sorted(set(known.differs_a) | set(e.differs_a), key=lambda s: s.start)),
                tuple(sorted(set(known.differs_b) | set(e.differs_b), key=lambda s: s.start)),
            )
    return list(merged.values())
