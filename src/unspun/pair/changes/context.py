"""One aligned sentence pair, tokenised and token-aligned once for every change detector, and the small
helpers the detectors share (spans of tokens, notes)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from unspun.config import CHANGES_DEFAULT, TEXT_DEFAULT, ChangesConfig, TextConfig
from unspun.model import Change, ChangeKind, Span
from unspun.text.diff import Opcode, mirrored_opcodes, token_opcodes
from unspun.text.names import NO_NAMES, ArticleNames, NamesReader, one_person_named, title_cased
from unspun.text.tokens import Token, word_tokens

# One thing a sentence pair's edits read of its two articles beyond the two sentences (``SentencePair.lookups``):
# (side, what, key, answer) — whether ``key`` is among side "a"'s, "b"'s or "either" article's ``what`` (an
# ``ArticleNames`` field), or ("texts", "", (words, words), answer) — whether either text writes a word of each
# together as one full name (``one_person_named``), or ("texts", "transcript", None, answer) — whether either text
# reads as a transcript (``reads_as_transcript``).
Lookup = tuple[str, str, object, bool]

# A paragraph that opens with a speaker label: up to three words in capitals and a colon ("PRENTICE:", "MARY ANN
# OKORO:"; ``attributions._speaker_label`` reads a sentence's).
_LABELLED_PARAGRAPH = re.compile(r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}:", re.MULTILINE)


def reads_as_transcript(text: str) -> bool:
    """Whether two paragraphs of ``text`` or more open with a speaker label: a transcript's turns. One alone is a
    dateline ("MUMBAI: The Economic Offences Wing …") or a kicker, no speaker."""
    return sum(1 for line in text.splitlines() if _LABELLED_PARAGRAPH.match(line.lstrip())) >= 2


@dataclass(frozen=True, slots=True)
class SentencePair:
    """Two aligned sentences; token offsets index each article's text."""

    a_text: str
    b_text: str
    ta: Sequence[Token]
    tb: Sequence[Token]
    opcodes: Sequence[Opcode]
    headline: bool  # title-cased text: capitals say nothing about names there
    # What each article says of its capitalised words (``text.names.article_names``).
    names_a: ArticleNames = NO_NAMES
    names_b: ArticleNames = NO_NAMES
    config: ChangesConfig = CHANGES_DEFAULT
    text: TextConfig = TEXT_DEFAULT
    placed: bool = False  # one line by its place (two titles), whatever share of words survives
    # Where what the edits read of the articles beyond the two sentences is written down (``seen_names``), so
    # that they may serve the same two sentences in other articles that read alike (``find.sentence_edits``).
    lookups: set[Lookup] | None = None

    @property
    def surnames(self) -> frozenset[str]:
        """Words either article writes after "Mr" (``text.names.titled_names``)."""
        return self.names_a.surnames | self.names_b.surnames

    @property
    def name_pairs(self) -> frozenset[tuple[str, str]]:
        """Pairs of words either article writes as one name away from a clause start."""
        return self.names_a.pairs | self.names_b.pairs

    @property
    def lower_words(self) -> frozenset[str]:
        """Words either article writes in lower case somewhere."""
        return self.names_a.lower | self.names_b.lower

    def one_person_named(self, names_a: Sequence[str], names_b: Sequence[str]) -> bool:
        """``text.names.one_person_named`` over the two articles' whole texts."""
        found = one_person_named(names_a, names_b, (self.a_text, self.b_text))
        if self.lookups is not None:
            self.lookups.add(("texts", "", (tuple(names_a), tuple(names_b)), found))
        return found

    def transcript(self) -> bool:
        """Whether either article reads as a transcript (``reads_as_transcript``)."""
        found = reads_as_transcript(self.a_text) or reads_as_transcript(self.b_text)
        if self.lookups is not None:
            self.lookups.add(("texts", "transcript", None, found))
        return found

    @property
    def kept_share(self) -> float:
        """Share of the longer sentence's words the word-level diff keeps in place."""
        kept = sum(i2 - i1 for op, i1, i2, _, _ in self.opcodes if op == "equal")
        longer = max(len(self.ta), len(self.tb))
        return kept / longer if longer else 1.0

    @property
    def edited(self) -> bool:
        """Near-verbatim enough for the word-level diff to mean edits (``ChangesConfig.min_edited_kept_share``:
        below it a name, role, credit, amount or negation faces whatever words happen to stand opposite)."""
        return self.kept_share >= self.config.min_edited_kept_share or (self.placed and self.swapped_in_place)

    @property
    def swapped_in_place(self) -> bool:
        """Whether every stretch the word diff replaced, added or cut is within ``ChangesConfig.placed_max_swap_gap``
        words of what stands opposite it: words swapped in place, the line's shape kept."""
        gap = self.config.placed_max_swap_gap
        return all(abs((i2 - i1) - (j2 - j1)) <= gap for op, i1, i2, j1, j2 in self.opcodes if op != "equal")


def sentence_pair(
    a_text: str, a_span: Span, b_text: str, b_span: Span, names_a: ArticleNames = NO_NAMES,
    names_b: ArticleNames = NO_NAMES, config: ChangesConfig = CHANGES_DEFAULT, text: TextConfig = TEXT_DEFAULT,
    placed: bool = False, lookups: set[Lookup] | None = None,
) -> SentencePair:
    """``lookups``: where to write down what is read of the two articles beyond the sentences (their whole texts;
    their names, given by ``seen_names``)."""
    ta, tb = span_tokens(a_text, a_span), span_tokens(b_text, b_span)
    headline = title_cased(ta, text) or title_cased(tb, text)
    return SentencePair(a_text, b_text, ta, tb, token_opcodes(ta, tb), headline, names_a, names_b, config, text,
                        placed, lookups)


class SeenSet:
    """A set of an article's names that writes down each membership test and its answer (a ``Lookup``): the
    only way the edit finders read an ``ArticleNames`` field is ``word in field``, and the union of one field of
    both articles (``SentencePair.surnames``)."""

    __slots__ = ("_lookups", "_readers", "_side", "_what")

    def __init__(self, readers: tuple[NamesReader, ...], side: str, what: str, lookups: set[Lookup]) -> None:
        self._readers, self._side, self._what, self._lookups = readers, side, what, lookups

    def __contains__(self, key: object) -> bool:
        found = any(key in reader.field(self._what) for reader in self._readers)
        self._lookups.add((self._side, self._what, key, found))
        return found

    def __bool__(self) -> bool:
        raise TypeError("a SeenSet answers 'in' only: an emptiness test would read the article unrecorded")

    def __or__(self, other: SeenSet) -> SeenSet:
        if not isinstance(other, SeenSet) or other._what != self._what:
            return NotImplemented
        return SeenSet(self._readers + other._readers, "either", self._what, self._lookups)


def seen_names(names: NamesReader, side: str, lookups: set[Lookup]) -> ArticleNames:
    """The names ``names`` reads (side "a" or "b" of a pair), each field a ``SeenSet`` writing down into
    ``lookups`` and read when first asked."""
    fields = {f.name: cast(frozenset[Any], SeenSet((names,), side, f.name, lookups))
              for f in dataclasses.fields(ArticleNames)}
    return ArticleNames(**fields)


def still_read_alike(lookups: Iterable[Lookup], a_text: str, b_text: str, names_a: NamesReader,
                     names_b: NamesReader) -> bool:
    """Whether two other articles answer every lookup as the articles that wrote ``lookups`` down did: then a
    sentence pair's edits, which read nothing else of them, are the same in these."""
    for side, what, key, answer in lookups:
        if side == "texts" and what == "transcript":
            found = reads_as_transcript(a_text) or reads_as_transcript(b_text)
        elif side == "texts":
            words_a, words_b = cast(tuple[Sequence[str], Sequence[str]], key)
            found = one_person_named(words_a, words_b, (a_text, b_text))
        else:
            found = any(key in names.field(what) for names, s in ((names_a, "a"), (names_b, "b"))
                        if side in (s, "either"))
        if found != answer:
            return False
    return True


def merged_pairs(pairs: Sequence[tuple[Span, Span]], a_sentences: Sequence[Span], b_sentences: Sequence[Span]
                 ) -> dict[tuple[Span, Span], tuple[Span, Span]]:
    """The pairs of ``pairs`` that are parts of a merge, each with the whole merge: one sentence aligned with
    several in a row on the other side (that it merges, or that split it), taken as one pair with all of them
    ("Fares will not change as a result of the new service. Bookings for April open on 15 January." → "Fares will
    not change, and bookings for April open on 15 January."). Pairs one to one, or links that cross, are none."""
    index_a = {span: k for k, span in enumerate(a_sentences)}
    index_b = {span: k for k, span in enumerate(b_sentences)}
    merged: dict[tuple[Span, Span], tuple[Span, Span]] = {}
    for group in _linked_groups([p for p in pairs if p[0] in index_a and p[1] in index_b]):
        rows_a, rows_b = sorted({index_a[a] for a, _ in group}), sorted({index_b[b] for _, b in group})
        if len(group) > 1 and min(len(rows_a), len(rows_b)) == 1 and _in_a_row(rows_a) and _in_a_row(rows_b):
            whole = (Span(a_sentences[rows_a[0]].start, a_sentences[rows_a[-1]].end),
                     Span(b_sentences[rows_b[0]].start, b_sentences[rows_b[-1]].end))
            merged.update(dict.fromkeys(group, whole))
    return merged


def _linked_groups(pairs: Sequence[tuple[Span, Span]]) -> list[list[tuple[Span, Span]]]:
    """The pairs grouped by the sentences they share: pairs with a sentence in common are in one group."""
    parent: dict[tuple[str, Span], tuple[str, Span]] = {}

    def root(key: tuple[str, Span]) -> tuple[str, Span]:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    for a_span, b_span in pairs:
        parent[root(("a", a_span))] = root(("b", b_span))
    groups: dict[tuple[str, Span], list[tuple[Span, Span]]] = {}
    for pair in pairs:
        groups.setdefault(root(("a", pair[0])), []).append(pair)
    return list(groups.values())


def _in_a_row(rows: Sequence[int]) -> bool:
    return rows[-1] - rows[0] == len(rows) - 1


def span_tokens(text: str, span: Span) -> tuple[Token, ...]:
    """The tokens of ``text[span]`` with offsets into ``text``."""
    return word_tokens(span.text_of(text), span.start)


def span_of(tokens: Sequence[Token]) -> Span:
    return Span(tokens[0].start, tokens[-1].end)


def region_spans(pair: SentencePair, i1: int, i2: int, j1: int, j2: int) -> tuple[Span, Span]:
    """The spans of tokens ``i1:i2`` of A and ``j1:j2`` of B; an empty side is widened to the word before it
    (after it at the start), so an insertion still points at a word."""
    return _tokens_span(pair.ta, i1, i2), _tokens_span(pair.tb, j1, j2)


def _tokens_span(tokens: Sequence[Token], k1: int, k2: int) -> Span:
    if not tokens:
        return Span(0, 0)
    if k2 <= k1:
        k1 = max(min(k1, len(tokens)) - 1, 0)
        k2 = k1 + 1
    return span_of(tokens[k1:k2])


def show(text: str, span: Span) -> str:
    return " ".join(span.text_of(text).split())


def change_of(kind: ChangeKind, pair: SentencePair, a: Span, b: Span, what: str) -> Change:
    return Change(kind, a, b, f"{what}: '{show(pair.a_text, a)}' → '{show(pair.b_text, b)}'")


def mirrored(pair: SentencePair) -> SentencePair:
    """The same two sentences with B given first."""
    return dataclasses.replace(pair, a_text=pair.b_text, b_text=pair.a_text, ta=pair.tb, tb=pair.ta,
                               opcodes=mirrored_opcodes(pair.opcodes), names_a=pair.names_b, names_b=pair.names_a)


def found_either_way(pair: SentencePair, find: Callable[[SentencePair], list[Change]]) -> list[Change]:
    """What ``find`` reports reading A as the original and what it reports reading B as the original, each
    change once. For finders that read the two sides differently ("a role of A replaced or dropped"): which
    text is given first says nothing about which came first, and comparing B with A must report the same
    changes, mirrored. ``find`` words its notes with ``change_of``."""
    found = [*find(pair), *(_swapped(c, pair) for c in find(mirrored(pair)))]
    return outside(sorted(found, key=order_either_way), [])


def _swapped(change: Change, pair: SentencePair) -> Change:
    """A change found in the mirrored pair, its spans and note put back in the pair's order."""
    what = change.note.split(": '", 1)[0]
    return change_of(change.kind, pair, change.b, change.a, what)


def order_either_way(change: Change) -> tuple[int, int, tuple[tuple[int, int], ...], str]:
    """The same order for a change and its mirror image (the earliest, then the widest first): which of two
    overlapping changes is kept must not depend on which text was given first."""
    return (*spans_order_either_way(change.a, change.b), change.kind)


def spans_order_either_way(a: Span, b: Span) -> tuple[int, int, tuple[tuple[int, int], ...]]:
    """``order_either_way`` of an edit at ``a`` in A and ``b`` in B, whatever its kind."""
    return a.start + b.start, -(a.length + b.length), tuple(sorted([(a.start, a.end), (b.start, b.end)]))


def overlaps(x: Span, y: Span) -> bool:
    return x.start < y.end and y.start < x.end


def outside(changes: Iterable[Change], taken: Sequence[Change]) -> list[Change]:
    """``changes`` without those overlapping a change in ``taken`` (reported once, as that one) and without
    repeats of each other."""
    kept: list[Change] = []
    for c in changes:
        inside = any(overlaps(c.a, t.a) or overlaps(c.b, t.b) for t in taken)
        repeat = any(overlaps(c.a, k.a) and overlaps(c.b, k.b) for k in kept)
        if not inside and not repeat:
            kept.append(c)
    return kept
