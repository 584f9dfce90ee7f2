"""A second alignment tier for derived texts whose wording is gone (machine-spun, summarised).

``align`` asks for lexical evidence beside the cosine, because two outlets covering one event write
sentences that are close in meaning. When the texts as wholes show derivation — most of one side's
sentences have a close counterpart in the other, and either that share is high or one side reads as
machine-spun — a sentence whose best counterpart is close in meaning is aligned on meaning alone. A shared
rare name ("Peskov", "Yenin") lets a somewhat lower cosine through: spinners keep few words, but names. A text
rewritten by a person keeps fewer close sentences, but its sentences' closest counterparts run in the source's
order (``ordered_counterparts``), or, in any order, keep most of its figures, names and rarer words
(``reordered_counterparts``): those are aligned too.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

import numpy as np

from unspun.config import (
    ALIGN_DEFAULT,
    DEFAULT,
    TEXT_DEFAULT,
    TIER_DEFAULT,
    AlignConfig,
    ChangesConfig,
    Config,
    SemanticTier,
    TextConfig,
)
from unspun.model import Alignment, Segmented, SentenceMatch, Span
from unspun.pair.align import alignment_kind
from unspun.pair.sentence_pairs import longest_chain
from unspun.text.figures import (
    Figure,
    amounts_not_given,
    figures,
    number_at,
    numbers_in_words,
    rounds_to,
    shared_specific_figures,
)
from unspun.text.lexicon import zipf
from unspun.text.names import named_specifics, names_and_rare_words, sentence_name_norms
from unspun.text.numbers import number_value
from unspun.text.quotations import quotation_spans
from unspun.text.spelling import spelling_key, word_roots
from unspun.text.tokens import fact_key, sentence_words, word_tokens
from unspun.text.voice import issuer_sentences, issuer_voice, own_sentences
from unspun.text.wordlists import (
    HONORIFIC_FORMS,
    ROLE_ABBREVIATIONS,
    ROLE_WORDS,
    SAYING_KNOWING_VERBS,
    is_content_word,
)


def derived_by_meaning(similarity: np.ndarray, spin_gap: float, tier: SemanticTier = TIER_DEFAULT) -> bool:
    """Whether the texts as wholes look derived although their words differ."""
    if similarity.size == 0:
        return False
    rows, columns = similarity.shape
    close_rows = np.count_nonzero(similarity.max(axis=1) >= tier.min_cosine)
    close_columns = np.count_nonzero(similarity.max(axis=0) >= tier.min_cosine)
    share = max(close_rows / rows, close_columns / columns)
    # Closeness alone needs two close sentences: two one-sentence reports of one event are as close as a
    # copy's. A spin gap is evidence beyond closeness, so a two-sentence spun copy with one sentence close
    # still counts; a single sentence's spin score is too noisy to tell a spun brief from a second reporter's.
    alone = share >= tier.min_counterpart_share_alone \
        and max(close_rows, close_columns) >= tier.min_counterpart_sentences
    spun = share >= tier.min_counterpart_share and abs(spin_gap) >= tier.min_spin_gap \
        and min(rows, columns) >= tier.min_counterpart_sentences
    return bool(alone or spun)


def counterpart_fact_lift(a: Segmented, b: Segmented, similarity: np.ndarray,
                          tier: SemanticTier = TIER_DEFAULT) -> float:
    """How much more often a sentence and its closest counterpart (at ``min_cosine``) share a fact — a rare
    name, a number, a less common content word — than any sentence of A and any sentence of B do.

    Derived text keeps its facts in the sentence that took them: a spun copy keeps the names and numbers, a
    summary or a human rewrite the subject's own words. Two texts on one subject share their topic's words
    everywhere (an iPhone review and a MacBook teardown both say "Apple" and "battery" throughout), so their
    closest sentences share no more than any two do; 0.0 when no sentence has a close counterpart."""
    if similarity.size == 0:
        return 0.0
    shared = _sharing_facts(a, b, tier)
    rows = np.flatnonzero(similarity.max(axis=1) >= tier.min_cosine)
    columns = np.flatnonzero(similarity.max(axis=0) >= tier.min_cosine)
    if len(rows) + len(columns) == 0:
        return 0.0
    # Each close sentence's closest counterpart (argmax of a row or a column does not depend on the others).
    row_closest = similarity[rows].argmax(axis=1)
    column_closest = similarity[:, columns].argmax(axis=0)
    chosen = np.zeros(shared.shape, dtype=bool)
    chosen[rows, row_closest] = True
    chosen[column_closest, columns] = True
    hits = np.count_nonzero(shared[rows, row_closest]) + np.count_nonzero(shared[column_closest, columns])
    # The background: sentence pairs that are nobody's closest (none in a pair of one-sentence texts). Shares
    # as counts over sizes: the float64 a mean of booleans gives, bit for bit (an exact sum, one division).
    others = chosen.size - np.count_nonzero(chosen)
    background = np.count_nonzero(shared & ~chosen) / others if others else 0.0
    return hits / (len(rows) + len(columns)) - background


def _sharing_facts(a: Segmented, b: Segmented, tier: SemanticTier) -> np.ndarray:
    """True where a sentence of A and a sentence of B share a fact word (``_fact_words``) or are the same
    words (a sentence without facts, "The end.", copied)."""
    return _sharing(_sentence_facts_of(tuple(a.sentence_texts()), tier),
                    _sentence_facts_of(tuple(b.sentence_texts()), tier))


class FactBits:
    """One article's sentences' members (fact words; or rare names and numbers), the sentences holding each
    member as bits of an int (bit k: sentence k), and, remembered, which of its sentences share a member with
    each set of members it was compared with. A trace compares its query with 24 copies of one story: ~700
    sentences of theirs, ~50 distinct, each met in every comparison."""

    __slots__ = ("_held", "_rows", "_width", "facts", "uses")

    def __init__(self, facts: Sequence[frozenset[str]]) -> None:
        self.facts = tuple(facts)
        self.uses = 0  # comparisons that read this article's bits (``_sharing`` remembers on the busier side)
        self._rows: dict[str, int] | None = None  # built when first read: a trace reads only its query's
        self._width = (len(self.facts) + 7) // 8
        self._held: dict[frozenset[str], bytes] = {}

    @property
    def rows(self) -> dict[str, int]:
        """Each member with the sentences holding it (``_sentences_of``)."""
        if self._rows is None:
            self._rows = _sentences_of(self.facts)
        return self._rows

    def held(self, found: frozenset[str]) -> bytes:
        """The sentences sharing a member with ``found``: bit k of the bytes (little-endian) for sentence k."""
        mask = self._held.get(found)
        if mask is None:
            bits, rows = 0, self.rows
            for fact in found:
                bits |= rows.get(fact, 0)
            mask = bits.to_bytes(self._width, "little")
            if len(self._held) < _HELD_PER_ARTICLE:
                self._held[found] = mask
        return mask

    def against(self, others: Sequence[frozenset[str]]) -> np.ndarray:
        """True at (j, k) where ``others[j]`` and this article's sentence k have a member in common."""
        packed = np.frombuffer(b"".join(map(self.held, others)), dtype=np.uint8).reshape(len(others), self._width)
        return np.unpackbits(packed, axis=1, count=len(self.facts), bitorder="little").astype(bool)


# Each article remembers at most this many other sentences' bits against its own: a trace's query meets ~50
# distinct sentences of its candidates, so the bound only caps a long-lived index worker (~100 B an entry,
# two records an article, 4,096 articles remembered: at most ~100 MB, in practice a few MB).
_HELD_PER_ARTICLE = 128


def _sharing(bits_a: FactBits, bits_b: FactBits) -> np.ndarray:
    """The (A sentences × B sentences) matrix of sentences with a member in common, read from the side that
    took part in more comparisons (a trace's query: its remembered bits hold its candidates' shared
    sentences), the same booleans whichever side is read."""
    bits_a.uses += 1
    bits_b.uses += 1
    if bits_a.uses > bits_b.uses:
        return bits_a.against(bits_b.facts).T
    return bits_b.against(bits_a.facts)


# Remembered by article (its sentences): a trace meets its query, and copies of one story their sentences, in
# every comparison.
@functools.lru_cache(maxsize=4_096)
def _sentence_facts_of(sentences: tuple[str, ...], tier: SemanticTier) -> FactBits:
    """Each sentence's fact words and its whole words (``_sharing_facts``)."""
    return FactBits([_sentence_facts(t, tier) for t in sentences])


def _sentences_of(facts: Sequence[AbstractSet[str]]) -> dict[str, int]:
    """Each member of ``facts`` with the sentences that hold it, as bits of an int (bit k: sentence k)."""
    rows: dict[str, int] = {}
    for k, found in enumerate(facts):
        bit = 1 << k
        for fact in found:
            rows[fact] = rows.get(fact, 0) | bit
    return rows


@functools.lru_cache(maxsize=262_144)
def _sentence_facts(sentence: str, tier: SemanticTier) -> frozenset[str]:
    words = sentence_words(sentence)  # read once for both (a trace meets ~70 sentences it has not seen)
    return _facts_among(words, tier) | {_SAME + " ".join(words)}


_SAME = "\x00"  # marks a whole sentence's words among the fact words (no word holds it)


def _fact_words(sentence: str, tier: SemanticTier) -> frozenset[str]:
    """Numbers, and words that are neither function words nor among the most common of English."""
    return _facts_among(sentence_words(sentence), tier)


def _facts_among(words: Sequence[str], tier: SemanticTier) -> frozenset[str]:
    """``_fact_words`` of a sentence of ``words``."""
    # A word of letters only holds no digit: one test instead of one per character for most words.
    return frozenset(w for w in words if (not w.isalpha() and any(map(str.isdigit, w))) or (
        len(w) > 2 and is_content_word(w) and zipf(w) <= tier.fact_word_max_zipf))


def semantic_alignments(a: Segmented, b: Segmented, similarity: np.ndarray, taken: Sequence[Alignment],
                        tier: SemanticTier = TIER_DEFAULT, config: Config = DEFAULT,
                        tuning: AlignConfig = ALIGN_DEFAULT, text: TextConfig = TEXT_DEFAULT) -> list[Alignment]:
    """One alignment per sentence of A (outside ``taken``) whose best counterpart in B is close in meaning,
    plus a second counterpart when A's sentence was split (both close and naming the same rare name).
    ``config`` and ``tuning`` name each passage's kind (``align.alignment_kind``); ``text`` says what a name is."""
    text_a, text_b = a.article.text, b.article.text
    names_a = _rare_names_of(tuple(a.sentence_texts()), tier, text)
    names_b = _rare_names_of(tuple(b.sentence_texts()), tier, text)
    covered_a = _covered(_bounds(a), [al.a for al in taken])
    covered_b = _covered(_bounds(b), [al.b for al in taken])
    found = []
    for i in range(len(a.sentences)):
        if covered_a[i]:
            continue
        for j in _counterparts(similarity, i, names_a, names_b, covered_b, tier):
            sa, sb = a.sentences[i], b.sentences[j]
            score = float(similarity[i, j])
            match = SentenceMatch(i, j, round(score, 4), 0.0, round(score, 4))
            kind = alignment_kind(sa.text_of(text_a), sb.text_of(text_b), config, tuning)
            found.append(Alignment(sa, sb, round(score, 4), kind, (match,)))
    return found


def _counterparts(similarity: np.ndarray, i: int, names_a: Sequence[frozenset[str]], names_b: Sequence[frozenset[str]],
                  covered_b: list[bool], tier: SemanticTier) -> list[int]:
    """The closest uncovered sentence, and at most one more that names the same rare name and is closest to
    sentence ``i`` among the sentences of A naming it (a sentence split in two)."""
    row, names = similarity[i], names_a[i]
    # Only sentences at least ``min_cosine_with_name`` close can be chosen, so only they are ranked (ranking
    # every sentence of B for every sentence of A took a third of a corpus comparison's time).
    near = np.flatnonzero(row >= tier.min_cosine_with_name).tolist()
    cosine = dict(zip(near, row[near].tolist(), strict=True))
    # Equally close sentences (a repeated one) in text order from sentence ``i``'s place: repeats pair in order.
    order = sorted((j for j in near if not covered_b[j]), key=lambda j: (-cosine[j], abs(j - i), j))
    chosen = []
    for rank, j in enumerate(order):
        shared = names & names_b[j]
        if (rank == 0 and cosine[j] >= tier.min_cosine) or (shared and _closest_naming(similarity, names_a, shared,
                                                                                        j) == i):
            chosen.append(j)
        if len(chosen) == 2:
            break
    return chosen


def _closest_naming(similarity: np.ndarray, names_a: Sequence[frozenset[str]], shared: frozenset[str], j: int) -> int:
    """The sentence of A closest to B's sentence ``j`` among those naming one of ``shared`` (the first if tied)."""
    rivals = [k for k, other in enumerate(names_a) if other & shared]
    return max(rivals, key=lambda k: similarity[k, j])


# Remembered by article (its sentences): a trace meets its query in every comparison.
@functools.lru_cache(maxsize=4_096)
def _rare_names_of(sentences: tuple[str, ...], tier: SemanticTier,
                   text: TextConfig) -> tuple[frozenset[str], ...]:
    return tuple(_rare_names(t, tier, text) for t in sentences)


@functools.lru_cache(maxsize=4_096)
def _facts_of(sentences: tuple[str, ...], tier: SemanticTier, text: TextConfig) -> tuple[frozenset[str], ...]:
    """Each sentence's rare names and numbers (``_shared_facts``)."""
    return tuple(_rare_names(t, tier, text) | frozenset(_NUMBER.findall(t)) for t in sentences)


# Remembered: a corpus meets each sentence in every comparison its article takes part in.
@functools.lru_cache(maxsize=262_144)
def _rare_names(sentence: str, tier: SemanticTier, text: TextConfig = TEXT_DEFAULT) -> frozenset[str]:
    return frozenset(norm for norm in sentence_name_norms(sentence, text)
                     if len(norm) > 2 and zipf(norm) <= tier.rare_name_max_zipf)


def _bounds(seg: Segmented) -> np.ndarray:
    """Each sentence's (start, end) offsets (int64, read only): read again for each comparison (~10 us for 50
    sentences), not kept process-wide by article."""
    bounds = np.array([(x.start, x.end) for x in seg.sentences], dtype=np.int64).reshape(-1, 2)
    bounds.flags.writeable = False
    return bounds


def _covered(s: np.ndarray, spans: Sequence[Span]) -> list[bool]:
    # A sentence (``s``: ``_bounds``) counts as aligned when half of it lies inside an existing passage (every
    # sentence against every passage at once: offsets are exact in float64, so the comparison is Python's).
    if not spans or not len(s):
        return [False] * len(s)
    p = np.array([(x.start, x.end) for x in spans], dtype=np.int64)
    inside = np.minimum(s[:, 1:], p[:, 1]) - np.maximum(s[:, :1], p[:, 0])
    return [bool(c) for c in np.greater_equal(inside, (s[:, 1:] - s[:, :1]) / 2).any(axis=1)]


# --- in order: human rewrites -------------------------------------------------------------------------------


def ordered_counterparts(similarity: np.ndarray, tier: SemanticTier = TIER_DEFAULT,
                         min_cosine: float | None = None) -> list[tuple[int, int]]:
    """The sentence links of a text rewritten by a person, or none: each sentence's closest counterpart (either
    way, at ``min_cosine``, by default ``tier.ordered_min_cosine``) on the longest chain that runs forward on both
    sides at once.

    A heavy rewrite keeps few words and few sentences close enough for ``min_cosine``, but it tells the
    source's facts in the source's order, so its sentences' closest counterparts line up; independent texts on
    one subject tell theirs in an order of their own, and their closest counterparts scatter. The chain must
    hold ``ordered_min_share`` of the side with fewer sentences and ``ordered_min_share_longer`` of the other.
    Merged and split sentences stay on it: the chain may stay on one sentence of either side."""
    if similarity.size == 0:
        return []
    rows, columns = similarity.shape
    bar = tier.ordered_min_cosine if min_cosine is None else min_cosine
    closest_b, closest_a = similarity.argmax(axis=1), similarity.argmax(axis=0)
    links = {(i, int(closest_b[i])) for i in range(rows) if similarity[i, closest_b[i]] >= bar}
    links |= {(int(closest_a[j]), j) for j in range(columns) if similarity[closest_a[j], j] >= bar}
    chain = longest_chain(sorted(links))
    distinct_a, distinct_b = len({i for i, _ in chain}), len({j for _, j in chain})
    on_a, on_b = distinct_a / rows, distinct_b / columns
    fewer, more = (on_a, on_b) if rows < columns else (on_b, on_a) if columns < rows else sorted((on_a, on_b))
    # Links count by the sentences they join on each side: a chain may stay on one sentence, and one sentence of
    # A matched in order to eight of B says nothing of order.
    if min(distinct_a, distinct_b) < tier.ordered_min_links or fewer < tier.ordered_min_share \
            or more < tier.ordered_min_share_longer:
        return []
    return chain


def ordered_alignments(a: Segmented, b: Segmented, similarity: np.ndarray, taken: Sequence[Alignment],
                       chain: Sequence[tuple[int, int]], config: Config = DEFAULT,
                       tuning: AlignConfig = ALIGN_DEFAULT) -> list[Alignment]:
    """One alignment per link of ``chain`` (``ordered_counterparts``, ``reordered_counterparts``) whose sentences
    lie outside ``taken``."""
    covered_a = _covered(_bounds(a), [al.a for al in taken])
    covered_b = _covered(_bounds(b), [al.b for al in taken])
    text_a, text_b = a.article.text, b.article.text
    found = []
    for i, j in chain:
        if covered_a[i] or covered_b[j]:
            continue
        sa, sb = a.sentences[i], b.sentences[j]
        score = round(float(similarity[i, j]), 4)
        kind = alignment_kind(sa.text_of(text_a), sb.text_of(text_b), config, tuning)
        found.append(Alignment(sa, sb, score, kind, (SentenceMatch(i, j, score, 0.0, score),)))
    return found


def own_material_counterparts(a: Segmented, b: Segmented, similarity: np.ndarray, kept_wording: float,
                              tier: SemanticTier = TIER_DEFAULT, text: TextConfig = TEXT_DEFAULT
                              ) -> list[tuple[int, int]]:
    """The sentence links of a text a person rewrote from the other around material of their own (an analyst's
    comment, a share price, a reaction), or none: the closest counterparts in one order on both sides, as
    ``ordered_counterparts`` finds them, where the chain is shorter than that rule asks because the writer's own
    sentences have no counterpart.

    The chain alone says little in a short text (about 2·sqrt(n) of n sentences fall in order by chance), and
    another reporter of the event shares its facts, so the pair must show what a rewrite keeps beyond the facts:
    ``kept_wording`` (the share of the text keeping fewer word 3-grams that the other has too: phrases and a
    picked quote) at least ``own_min_kept_wording``, and the side taking more of the other's specifics
    (``derived_specifics``) at least ``own_min_kept_specifics`` of its own. The chain holds
    ``own_min_links`` sentences on each side and ``own_min_share`` of the side with fewer sentences."""
    if similarity.size == 0 or not keeps_wording_and_specifics(a, b, kept_wording, tier, text):
        return []
    return own_material_chain(similarity, tier)


def own_material_chain(similarity: np.ndarray, tier: SemanticTier = TIER_DEFAULT) -> list[tuple[int, int]]:
    """The chain ``own_material_counterparts`` reads (closest counterparts in one order on both sides), or none
    when it holds fewer than ``own_min_links`` sentences a side or under ``own_min_share`` of the side with fewer
    sentences."""
    if similarity.size == 0:
        return []
    rows, columns = similarity.shape
    chain = _closest_chain(similarity, tier.ordered_min_cosine)
    distinct_a, distinct_b = len({i for i, _ in chain}), len({j for _, j in chain})
    fewer = distinct_a / rows if rows < columns else distinct_b / columns if columns < rows \
        else min(distinct_a / rows, distinct_b / columns)
    if min(distinct_a, distinct_b) < tier.own_min_links or fewer < tier.own_min_share:
        return []
    return chain


def keeps_wording_and_specifics(a: Segmented, b: Segmented, kept_wording: float, tier: SemanticTier = TIER_DEFAULT,
                                text: TextConfig = TEXT_DEFAULT) -> bool:
    """Whether a pair shows what a rewrite keeps beyond the facts (``own_material_counterparts``' test, which the
    corpus also screens by before any vectors): ``kept_wording`` at least ``own_min_kept_wording`` and the side
    taking more of the other's specifics at least ``own_min_kept_specifics`` of its own (``derived_specifics``)."""
    return kept_wording >= tier.own_min_kept_wording and \
        derived_specifics(a, b, tier, text) >= tier.own_min_kept_specifics


def _closest_chain(similarity: np.ndarray, bar: float) -> list[tuple[int, int]]:
    """The longest chain, forward on both sides, of each sentence's closest counterpart (either way) at ``bar``."""
    rows, columns = similarity.shape
    closest_b, closest_a = similarity.argmax(axis=1), similarity.argmax(axis=0)
    links = {(i, int(closest_b[i])) for i in range(rows) if similarity[i, closest_b[i]] >= bar}
    links |= {(int(closest_a[j]), j) for j in range(columns) if similarity[closest_a[j], j] >= bar}
    return longest_chain(sorted(links))


# --- in any order: human rewrites that reorder the facts --------------------------------------------------------


def reordered_counterparts(a: Segmented, b: Segmented, similarity: np.ndarray, tier: SemanticTier = TIER_DEFAULT,
                           text: TextConfig = TEXT_DEFAULT) -> list[tuple[int, int]]:
    """The sentence links of a text a person rewrote from the other in another order, as (i, j) in A's order;
    none when the pair does not show it.

    A rewrite that leads with the source's fifth paragraph keeps no chain in order (``ordered_counterparts``),
    but each of its sentences still says what one source sentence says and keeps its specifics: of a match
    report, 15 of its 17 figures and every name. Another reporter of the same event shares its score, toll and
    actors, not the rest (3 of the 17). So: each side keeps ``tier.reordered_min_kept_specifics`` of the
    other's specifics (``kept_specifics``), or the side taking more keeps that share of its own and the other at
    least ``reordered_min_condensed_specifics`` (``rewrite_keeps_specifics``), and one-to-one links at
    ``ordered_min_cosine`` between sentences sharing a specific (``_closest_sharing``) cover the sides as an ordered
    chain must, at least ``reordered_min_links`` of them (``text``: what a name and a figure are)."""
    if similarity.size == 0 or not rewrite_keeps_specifics(a, b, tier, text):
        return []
    links = _closest_sharing(similarity, _specifics_of(tuple(a.sentence_texts()), tier, text),
                             _specifics_of(tuple(b.sentence_texts()), tier, text), tier.ordered_min_cosine)
    fewer, more = sorted(similarity.shape)
    if len(links) < tier.reordered_min_links or len(links) < tier.ordered_min_share * fewer \
            or len(links) < tier.ordered_min_share_longer * more:
        return []
    return links


def rewrite_keeps_specifics(a: Segmented, b: Segmented, tier: SemanticTier = TIER_DEFAULT,
                            text: TextConfig = TEXT_DEFAULT) -> bool:
    """Whether the pair keeps the specifics a rewrite keeps: the side taking more of the other's (``derived_specifics``)
    at least ``tier.reordered_min_kept_specifics`` of its own, and the other at least that share too
    (``kept_specifics``), or at least ``tier.reordered_min_condensed_specifics`` where a rewrite condensed its source:
    it tells its source's figures, names and rarer words and drops some of the source's detail (a fluent rewrite of
    a fire keeps 0.80 of its own from the source and the source 0.65 of its own in it: probe44 s4). Another
    reporter of the event has specifics of its own (its witnesses, its figures) beside the event's."""
    shares = _specifics_shares(a, b, tier, text)
    return max(shares) >= tier.reordered_min_kept_specifics and \
        min(shares) >= min(tier.reordered_min_kept_specifics, tier.reordered_min_condensed_specifics)


def kept_specifics(a: Segmented, b: Segmented, tier: SemanticTier = TIER_DEFAULT,
                   text: TextConfig = TEXT_DEFAULT) -> float:
    """The smaller of two shares: of A's specifics (``_specifics``, all its sentences'), those B gives too, and the
    reverse; 0.0 when a side has none."""
    return min(_specifics_shares(a, b, tier, text))


def derived_specifics(a: Segmented, b: Segmented, tier: SemanticTier = TIER_DEFAULT,
                      text: TextConfig = TEXT_DEFAULT) -> float:
    """The larger of ``kept_specifics``' two shares: how much of the side that takes more of the other's specifics
    (a rewrite, which drops some of its source's detail and adds its own) comes from the other; 0.0 when a side
    has none."""
    return max(_specifics_shares(a, b, tier, text))


def _specifics_shares(a: Segmented, b: Segmented, tier: SemanticTier, text: TextConfig) -> tuple[float, float]:
    """Of A's specifics (all its sentences'), the share B gives too, and the reverse; (0.0, 0.0) when a side has
    none."""
    all_a = frozenset().union(*_specifics_of(tuple(a.sentence_texts()), tier, text))
    all_b = frozenset().union(*_specifics_of(tuple(b.sentence_texts()), tier, text))
    if not all_a or not all_b:
        return 0.0, 0.0
    shared = len(all_a & all_b)
    return shared / len(all_a), shared / len(all_b)


class Condensed(NamedTuple):
    """The side condensed from the other ("a", "b"; "" for neither), the share of its specifics the other gives too,
    and how many specifics the other holds beyond them."""

    side: str = ""
    inside: float = 0.0
    more: int = 0


NOT_CONDENSED = Condensed()


def condensed_from(a: Segmented, b: Segmented, tier: SemanticTier = TIER_DEFAULT, text: TextConfig = TEXT_DEFAULT, *,
                   changes: ChangesConfig) -> Condensed:
    """Which side is condensed from the other: a small part of its length (``tier.condensed_max_length_share``)
    whose specifics (``_specifics``: figures, names, rarer words) are nearly all the other's
    (``condensed_min_specifics_inside`` of at least ``condensed_min_specifics``, and every figure), the other holding
    more of its own.
    A summary or a teaser written from an article keeps what it tells in the article's terms; another outlet's
    report of the event brings its own witnesses, quotes and figures, however short it is, and an organisation's
    own notice or release speaks as itself (``issuer_beside_report``, its quotations read as ``changes`` reads
    them)."""
    short, long_, side = (a, b, "a") if len(a.article.text) <= len(b.article.text) else (b, a, "b")
    if len(short.article.text) > tier.condensed_max_length_share * len(long_.article.text) \
            or issuer_beside_report(short, long_, tier, changes=changes):
        return NOT_CONDENSED
    short_sentences, long_sentences = tuple(short.sentence_texts()), tuple(long_.sentence_texts())
    own = frozenset().union(*_specifics_of(short_sentences, tier, text))
    other_by_sentence = _specifics_of(long_sentences, tier, text)
    other = frozenset().union(*other_by_sentence)
    found = _inside(own, other, long_sentences, tier) \
        | _figures_retold(own, short_sentences, long_sentences, other_by_sentence, tier, text)
    inside, more = len(found) / len(own) if own else 0.0, len(other - own)
    # A summary takes its figures from its source: a figure the other lacks (a teaser's prize money that one of two
    # reports of a race gives) says it was written from another text.
    figure_of_its_own = any(specific.startswith(_FIGURE) for specific in own - found)
    if more < tier.condensed_min_specifics or figure_of_its_own:
        return NOT_CONDENSED
    if (len(own) < tier.condensed_min_specifics or inside < tier.condensed_min_specifics_inside) \
            and not _teaser_in_own_words(short, long_, tier, text):
        return NOT_CONDENSED
    return Condensed(side, inside, more)


def _teaser_in_own_words(short: Segmented, long_: Segmented, tier: SemanticTier, text: TextConfig) -> bool:
    """Whether ``short`` is a teaser of ``long_`` in its writer's own words (``tier.condensed_teasers``;
    ``_teaser_of``: a teaser's size, naming no one and giving no figure ``long_`` lacks, stating two of its lead's
    specifics): condensed from it though few of its specifics are the article's. A teaser names few people and
    figures and tells the rest in everyday words ("crab boats sitting on the mud", "diggers are finally on the way"),
    which count among its specifics as rarer words; another outlet's short report names a witness of its own, and a
    brief of the same actors' next event gives its new figure or names its new party."""
    return tier.condensed_teasers and _teaser_of(short, long_, tier, text).shares_lead


def _inside(own: frozenset[str], other: frozenset[str], other_sentences: tuple[str, ...], tier: SemanticTier
            ) -> frozenset[str]:
    """The specifics of ``own`` the other side gives: among its specifics (``other``), or, for a rarer word with
    ``tier.specifics_by_word_form``, anywhere in its sentences in any form (``_word_forms_of``). A teaser's
    "classrooms" retells a report's "classroom", whose singular is too common to be one of its specifics. Only
    here and in the condensed side's links (``_with_counted_words``): read in the two sides' shares of each other's
    specifics (``rewrite_keeps_specifics``), forms lifted other outlets' reports of one event (next_event's
    rates, recall and cuts) over the bar set on the written forms."""
    if not tier.specifics_by_word_form:
        return own & other
    words = _word_forms_of(other_sentences)
    return frozenset(x for x in own if x in other or (x[:1] not in (_FIGURE, "@") and _forms(x) & words))


def _figures_retold(own: frozenset[str], short_sentences: tuple[str, ...], long_sentences: tuple[str, ...],
                    other_by_sentence: Sequence[frozenset[str]], tier: SemanticTier, text: TextConfig
                    ) -> frozenset[str]:
    """The figures of a condensed side's ``own`` specifics (its sentences ``short_sentences``) that retell one of
    the other's (``long_sentences``, their specifics ``other_by_sentence``) in another form: a tally both of whose
    numbers one sentence of the other gives (``_tally_in_numbers``, ``tier.tallies_by_numbers``) or a hedged round
    figure of one of the same thing it gives (``_rounds_a_figure``, ``tier.rounded_figure_max_share``). Read only
    for a side short enough to be condensed (``condensed_from``): texts of any length give figures near each
    other's."""
    if not any(x.startswith(_FIGURE) for x in own):
        return frozenset()
    own_figures = tuple(_Placed(f, s) for s in short_sentences for f in figures(s, text))
    other_figures = tuple(_Placed(f, s) for s in long_sentences for f in figures(s, text))
    return frozenset(x for x in own if (tier.tallies_by_numbers and _tally_in_numbers(x, other_by_sentence))
                     or _rounds_a_figure(x, own_figures, other_figures, tier.rounded_figure_max_share))


class _Placed(NamedTuple):
    """A figure and the sentence it stands in."""

    figure: Figure
    sentence: str


def _rounds_a_figure(specific: str, own_figures: Sequence[_Placed], other_figures: Sequence[_Placed],
                     max_share: float) -> bool:
    """Whether ``specific`` is a round figure (a whole multiple of ten: "fifty", "£1m") that its text hedges
    ("nearly £1m", "almost fifty": ``Figure.hedged``) and ``other_figures`` hold a figure of the same unit within
    ``max_share`` of the larger that counts the same thing (``_same_thing``: 48 firefighters, a £960,000
    refurbishment): the other's figure rounded. A figure written flat is the writer's own, and a near figure of
    another thing is another fact: a follow-up's "to be rebuilt for nearly £1m" beside last year's £960,000
    refurbishment, "about 50 staff" beside "48 firefighters"."""
    value, unit = _figure_of(specific)
    if value is None or max_share <= 0 or unit == "score":
        return False
    hedged = [x for x in own_figures if x.figure.hedged and _figure_specific(x.figure) == specific]
    return any(y.figure.unit == unit and _rounds(value, y.figure.value, max_share) and _same_thing(x, y)
               for x in hedged for y in other_figures)


def _rounds(value: float, other: float, max_share: float) -> bool:
    """Whether a hedged ``value`` gives ``other`` rounded: a whole multiple of ten within ``max_share`` of the
    larger ("nearly £1m" for £960,000), or any round figure within the rounding its digits imply
    (``figures.rounds_to``: "around 75" for 73, "some 45" for 46)."""
    whole_tens = value == int(value) and not int(value) % 10
    return (whole_tens and abs(value - other) <= max_share * max(abs(value), abs(other))) \
        or rounds_to(value, 0, other, max_share)


_BESIDE_TOKENS = 8  # tokens each side of an amount whose words say what it is ("spent nearly £1m refurbishing")


def _same_thing(x: _Placed, y: _Placed) -> bool:
    """Whether two figures count the same thing: for a count, a root (``_forms``) of the noun it counts
    (``Figure.context``: "fifty firefighters", "48 firefighters"); for an amount or a share, a root of a word
    beside it (``_words_beside``: "spent nearly £1m refurbishing the arcade", "refurbished last year at a cost of
    £960,000"). A sentence's names, its speaker and its place recur beside figures of other things."""
    if x.figure.unit == "":
        return bool(_roots(x.figure.context) & _roots(y.figure.context))
    return bool(_words_beside(x) & _words_beside(y))


def _roots(words: AbstractSet[str]) -> frozenset[str]:
    return frozenset(root for w in words for root in _forms(w))


def _words_beside(placed: _Placed) -> frozenset[str]:
    """The roots of the lower-case content words within ``_BESIDE_TOKENS`` tokens of ``placed``'s figure in its
    sentence, verbs of saying left out; empty where its number is not found."""
    tokens = word_tokens(placed.sentence)
    for k, token in enumerate(tokens):
        read = number_at(placed.sentence, tokens, k) if token.norm[:1].isdigit() else None
        if read is not None and abs(read.value - placed.figure.value) <= 1e-6 * max(1.0, abs(read.value)):
            beside = tokens[max(0, k - _BESIDE_TOKENS) : k] + tokens[read.last + 1 : read.last + 1 + _BESIDE_TOKENS]
            return _roots({t.norm for t in beside if t.text[:1].islower() and is_content_word(t.norm)
                           and t.norm not in SAYING_KNOWING_VERBS})
    return frozenset()


def _figure_of(specific: str) -> tuple[float | None, str]:
    """The value and unit of a figure among a sentence's specifics (``_specifics``: "#960000 £"); None for another
    specific, nor for a run of digits too long to be a number (read as infinity: no figure a sentence states)."""
    if not specific.startswith(_FIGURE):
        return None, ""
    value, _, unit = specific[len(_FIGURE):].partition(" ")
    return (float(value), unit) if math.isfinite(float(value)) else (None, "")


def _tally_in_numbers(specific: str, other_by_sentence: Sequence[frozenset[str]]) -> bool:
    """Whether ``specific`` is a tally read as a score ("voted 7-2": ``figures.figure_text``'s value 702) whose two
    numbers one sentence of the other (``other_by_sentence``, its sentences' specifics) gives as counts ("seven to
    two", "by seven votes to two"): the same tally in words. Two counts of other things in other sentences ("two
    players", "1 of their last 12") are no tally."""
    read, unit = _figure_of(specific)
    if read is None or unit != "score":
        return False
    value = int(read)
    return any(all(f"{_FIGURE}{n:g} " in other for n in (value // 100, value % 100)) for other in other_by_sentence)


def retold_specifics(a: Segmented, b: Segmented, tier: SemanticTier = TIER_DEFAULT, text: TextConfig = TEXT_DEFAULT
                     ) -> tuple[int, int]:
    """How many of A's telling specifics (``_telling``: figures with their unit, rarer words; not names) B gives
    (``_inside``), and the reverse: what says a short text retells the other's report and not only the people and
    places of its story. A brief of an outlet's next event ("Residents packed Penmoor Methodist Church") names the
    report's village, church and surgery and gives none of its figures or words."""
    sentences_a, sentences_b = tuple(a.sentence_texts()), tuple(b.sentence_texts())
    own_a = frozenset().union(*_specifics_of(sentences_a, tier, text))
    own_b = frozenset().union(*_specifics_of(sentences_b, tier, text))
    return (len(_telling(_inside(own_a, own_b, sentences_b, tier))),
            len(_telling(_inside(own_b, own_a, sentences_a, tier))))


class Retelling(NamedTuple):
    """The side that retells the other bringing nothing of its own ("a", "b"; "" for neither), how many specifics
    it states, the share of them the other gives too, the share of the other's it retells, and whether the other
    side brings something of its own (``alone``: only this side retells the other, which names it the copy)."""

    side: str = ""
    specifics: int = 0
    inside: float = 0.0
    covered: float = 0.0
    alone: bool = False
    # the share of the retelling side's words in sentences that retell the other's, and of the other's retold
    # (``_retold_sentence_shares``): how much of each text the retelling carries, as passages say it of a copy
    sentences: float = 0.0
    source_sentences: float = 0.0


NOT_RETELLING = Retelling()


def retelling(a: Segmented, b: Segmented, tier: SemanticTier = TIER_DEFAULT, text: TextConfig = TEXT_DEFAULT, *,
              max_quotation_chars: int) -> Retelling:
    """The side written from the other that brings nothing the other lacks (``_brings_nothing``): at least
    ``tier.retelling_min_specifics`` specifics (``_specifics``; 0: never), at least ``tier.retelling_min_inside``
    of them the other's, at least ``tier.retelling_min_names_figures`` of its names and figures the other's and none
    its own, while it retells at least
    ``tier.retelling_min_covered`` of the other's specifics, and quoting no one (``_quotes_anyone``): it tells the
    other's quotations in its own words; of two such sides, the one more inside the other. A person who rewrites a
    report in their own words keeps nothing word for word but adds nothing either; another reporter of the same event
    brings their own witnesses, sources, quotes and figures, or quotes the same speaker's words, and the more a text
    states, the less likely it is to state none of its own by chance."""
    found = [_retelling_side(x, y, tier, text, max_quotation_chars) for x, y in ((a, b), (b, a))]
    sides = [(side, r) for side, r in zip("ab", found, strict=True) if r is not None]
    if not sides:
        return NOT_RETELLING
    side, best = max(sides, key=lambda s: s[1].inside)
    copy, source = (a, b) if side == "a" else (b, a)
    return best._replace(side=side, alone=_brings_material(source, copy, tier, text, max_quotation_chars))


def _brings_material(x: Segmented, y: Segmented, tier: SemanticTier, text: TextConfig, max_quotation_chars: int
                     ) -> bool:
    """Whether ``x`` brings material ``y`` lacks inside the paragraphs ``y`` retells (``_retold_paragraphs``): a
    name or figure of its own beyond its wording (``_brings_nothing``) or a quotation in words of its own
    (``_quotes_of_its_own``). The source of a rewrite holds the details the rewrite left out of what it retells; a
    paragraph ``y`` has no counterpart of is no such detail: a rewrite that adds a background paragraph (an earlier
    notice, a fine, a mayor) to all its source says does not make the source its copy (reviewA, water_rewrite2)."""
    xs, ys = tuple(x.sentence_texts()), tuple(y.sentence_texts())
    own, theirs = _inside_each_other(xs, ys, tier, text)
    paragraphs = _paragraph_of_each(x)
    kept = _retold_paragraphs(xs, paragraphs, own.found, tier, text)
    xs_kept = tuple(t for t, p in zip(xs, paragraphs, strict=True) if p in kept)
    mine = frozenset().union(*_specifics_of(xs_kept, tier, text))
    renamed = _renamed(xs_kept, ys, theirs.all - theirs.found, tier, text)
    if not _brings_nothing(mine - own.found - renamed, xs_kept, ys, tier, text):
        return True
    kept_text = " ".join(xs_kept)
    if tier.retelling_kept_quote_min_words <= 0:
        return _quotes_anyone(kept_text, tier, max_quotation_chars)
    return _quotes_of_its_own(kept_text, ys, tier, max_quotation_chars, tier.retelling_kept_quote_min_words)


def _renamed(xs: tuple[str, ...], ys: tuple[str, ...], their_own: frozenset[str], tier: SemanticTier,
             text: TextConfig) -> frozenset[str]:
    """The names of ``xs`` that stand where the sentence of ``ys`` they retell (the one sharing most specifics)
    writes, with a capital, one of ``their_own`` (the specifics only ``ys``'s side gives), one for one and in the
    same place (``_places``: both open their sentences, or both follow the same word): a name changed ("Coventry v
    Crewe", "Ostracism v Crewe"; "Worcester will get" as "Evesham will get"), which either side may have made, not
    a detail a rewrite left out of its source (relations full, rewrite/0142/sport/205: a spinner's "Ostracism"
    named the article the copy). A word that stands elsewhere ("Rescuers from Lymm" for "Firefighters from Lymm
    and Altrincham") or a common word opening its sentence ("Bystanders saw the boy slip" where the source wrote
    "near Lymm Bridge"; ``_common_opener``) is no name put in its place: the name was left out (reviewB, fixtidy).
    None where ``tier.retelling_renamed_names`` is off."""
    if not tier.retelling_renamed_names:
        return frozenset()
    by_y = _specifics_of(ys, tier, text)
    renamed: set[str] = set()
    for x, specifics in zip(xs, _specifics_of(xs, tier, text), strict=True):
        shared = [len(specifics & theirs) for theirs in by_y]
        if not any(s.startswith("@") for s in specifics) or not any(shared):
            continue
        counterpart = shared.index(max(shared))
        names = sorted(s for s in specifics - by_y[counterpart] if s.startswith("@"))
        name_places = {name: _places(x, name.lstrip("@").split(" ")[0]) for name in names}
        for stand_in in sorted(by_y[counterpart] & their_own):
            places = _places(ys[counterpart], stand_in.lstrip("@").split(" ")[0])
            match = next((n for n in names if n not in renamed and name_places[n] & places), None)
            if match is not None:
                renamed.add(match)
    return frozenset(renamed)


_OPENS = ""  # the place of a word opening its sentence (``_places``)


def _places(sentence: str, norm: str) -> frozenset[str]:
    """Where ``sentence`` writes the word ``norm`` with a capital: the word before each (its
    norm), or ``_OPENS`` where it opens the sentence but for a common word there (``_common_opener``), whose capital
    is the sentence's, not a name's."""
    tokens = word_tokens(sentence)
    found = set()
    for k, token in enumerate(tokens):
        if token.norm != norm or not token.text[:1].isupper():
            continue
        if k > 0:
            found.add(tokens[k - 1].norm)
        elif not _common_opener(norm):
            found.add(_OPENS)
    return frozenset(found)


def _common_opener(norm: str) -> bool:
    """Whether a capitalised word opening a sentence is a common noun's plural ("Bystanders", "Rescuers",
    "Medics": the word less its "s" is one English knows), which a rewrite puts where its source names the people or
    the place ("Firefighters from Lymm and Altrincham"), not a town's or a club's name ("Coventry", "Worcester")."""
    return norm.endswith("s") and zipf(norm[:-1]) > 0


def _paragraph_of_each(x: Segmented) -> tuple[int, ...]:
    """The paragraph of each of ``x``'s sentences; each its own where ``x`` gives none."""
    return x.sentence_paragraph or tuple(range(len(x.sentences)))


def _retold_paragraphs(xs: tuple[str, ...], paragraphs: tuple[int, ...], found: frozenset[str], tier: SemanticTier,
                       text: TextConfig) -> frozenset[int]:
    """The paragraphs (``paragraphs``, each sentence's of ``xs``) at least
    ``tier.retelling_source_paragraph_min_inside`` of whose specifics are among ``found`` (those the other side
    gives): the paragraphs the other retells."""
    by_paragraph: dict[int, set[str]] = {}
    for specifics, paragraph in zip(_specifics_of(xs, tier, text), paragraphs, strict=True):
        by_paragraph.setdefault(paragraph, set()).update(specifics)
    return frozenset(p for p, specifics in by_paragraph.items()
                     if specifics and len(specifics & found) >= tier.retelling_source_paragraph_min_inside
                     * len(specifics))


def _retelling_side(x: Segmented, y: Segmented, tier: SemanticTier, text: TextConfig, max_quotation_chars: int
                    ) -> Retelling | None:
    """``x`` as a retelling of ``y`` (``retelling``), or None."""
    if tier.retelling_min_specifics <= 0:
        return None
    xs, ys = tuple(x.sentence_texts()), tuple(y.sentence_texts())
    own, theirs = _inside_each_other(xs, ys, tier, text)
    if len(own.all) < tier.retelling_min_specifics or not theirs.all:
        return None
    inside, covered = len(own.found) / len(own.all), len(theirs.found) / len(theirs.all)
    if inside < tier.retelling_min_inside or covered < tier.retelling_min_covered \
            or len(_names_and_figures(own.found)) < tier.retelling_min_names_figures \
            or not _brings_nothing(own.all - own.found, xs, ys, tier, text) \
            or _quotes_to_itself(x, ys, tier, max_quotation_chars):
        return None
    if not tier.retelling_coverage:
        return Retelling("", len(own.all), inside, covered)
    headlines = frozenset().union(*(_specifics(t, tier, text) for t in (x.article.title, y.article.title) if t))
    shares = (_retold_sentence_shares(xs, own.found, headlines, tier, text),
              _retold_sentence_shares(ys, theirs.found, headlines, tier, text))
    return Retelling("", len(own.all), inside, covered, sentences=shares[0], source_sentences=shares[1])


# A name or word given in at least this many sentences of a text is its story's subject ("Stromness", "the
# Hamnavoe"): a sentence naming it alone comments on the story, it retells no detail of it.
_SUBJECT_MIN_SENTENCES = 3


def _retold_sentence_shares(xs: tuple[str, ...], found: frozenset[str], headlines: frozenset[str],
                            tier: SemanticTier, text: TextConfig) -> float:
    """The share of ``xs``'s words in sentences that tell a detail of ``found`` (its specifics the other text gives
    too): a figure, or a specific that is not the story's subject (in a headline, ``headlines``, or in
    ``_SUBJECT_MIN_SENTENCES`` of ``xs``'s sentences). For a retelling, the words that retell the other's; for its
    source, those retold. A retelling keeps no passage, so the coverage of passages says 0% of it comes from the
    source. Comment lines naming the town or the ship retell nothing (reviewE: ferry_rewrite_plus, ten sentences
    of comment, read 70% retold by sentences); weighed by words, long comment is not outweighed by short facts."""
    by_sentence = _specifics_of(xs, tier, text)
    counts = Counter(s for specifics in by_sentence for s in specifics)
    subject = headlines | {s for s, n in counts.items() if n >= _SUBJECT_MIN_SENTENCES}
    sizes = [len(sentence_words(t)) for t in xs]
    total = sum(sizes)
    if not total:
        return 0.0
    told = sum(size for size, specifics in zip(sizes, by_sentence, strict=True)
               if any(_figure_of(s)[0] is not None or s not in subject for s in specifics & found))
    return told / total


class _Shared(NamedTuple):
    """A side's specifics and those of them the other gives."""

    all: frozenset[str]
    found: frozenset[str]


def _inside_each_other(xs: tuple[str, ...], ys: tuple[str, ...], tier: SemanticTier, text: TextConfig
                       ) -> tuple[_Shared, _Shared]:
    """Each side's specifics (``_specifics``) and those the other gives, in its terms (``_inside``) or as one of its
    figures retold (``_figures_retold``: a tally in its numbers, a hedged round figure)."""
    by_x, by_y = _specifics_of(xs, tier, text), _specifics_of(ys, tier, text)
    all_x, all_y = frozenset().union(*by_x), frozenset().union(*by_y)
    found_x = _inside(all_x, all_y, ys, tier) | _figures_retold(all_x, xs, ys, by_y, tier, text)
    found_y = _inside(all_y, all_x, xs, tier) | _figures_retold(all_y, ys, xs, by_x, tier, text)
    return _Shared(all_x, found_x), _Shared(all_y, found_y)


def _names_and_figures(specifics: frozenset[str]) -> frozenset[str]:
    """The names and figures among ``specifics`` (``_specifics``), not its rarer words: what a report states of its
    own event, where rarer words are also a topic's (a text of general knowledge shares them)."""
    return frozenset(s for s in specifics if s.startswith("@") or _figure_of(s)[0] is not None)


def _brings_nothing(rest: frozenset[str], xs: tuple[str, ...], ys: tuple[str, ...], tier: SemanticTier,
                    text: TextConfig) -> bool:
    """Whether the specifics of ``xs``'s side that ``ys``'s lacks (``rest``) are only its own wording: no name but a
    title (``_a_title``: "Sgt", "Cllr", "Boss" opening a headline) or a word ``ys`` uses in lower case ("Owner"
    opening a sentence), no figure but a count written in words ("a quarter to eleven", "twenty at a time": how a
    rewrite tells a time or a number its source gave in digits, never a report's own age, toll or sum) or one worked
    out from ``ys``'s figures (``_worked_out``: a new total, a share). Its rarer words are its own wording."""
    words = _word_forms_of(ys)
    digits = {m.group().replace(",", "").rstrip(".") for t in xs for m in _NUMBER.finditer(t)}
    theirs = [_figures_in(specifics) for specifics in _specifics_of(ys, tier, text)]
    ours = _specifics_of(xs, tier, text)
    for specific in rest:
        if specific.startswith("@") and not _a_title(specific[1:]) and not _forms(specific[1:]) & words:
            return False
        value, unit = _figure_of(specific)
        if value is not None and (unit or value != int(value) or value >= _WORDED_COUNT_MAX
                                  or f"{value:g}" in digits) \
                and not any(_worked_out(value, unit, t, theirs, tier.rounded_figure_max_share)
                            for t, specifics in zip(xs, ours, strict=True) if specific in specifics):
            return False
    return True


def _figures_in(specifics: frozenset[str]) -> list[tuple[float, str]]:
    """The figures among one sentence's ``specifics``, as value and unit (``_figure_of``)."""
    return [(value, unit) for s in specifics for value, unit in (_figure_of(s),) if value is not None]


def _a_title(word: str) -> bool:
    """Whether a word read as a name is a title or a role (``HONORIFIC_FORMS``, ``ROLE_WORDS``,
    ``ROLE_ABBREVIATIONS``): "Cllr" before a councillor the source names in full, "Boss" opening a headline. A
    rewrite desk writes its source's people with another title; it names no one new so."""
    return word in HONORIFIC_FORMS or word in ROLE_WORDS or word in ROLE_ABBREVIATIONS


def _worked_out(value: float, unit: str, sentence: str, others: Sequence[Sequence[tuple[float, str]]],
                max_share: float) -> bool:
    """Whether a figure (``value``, ``unit``) its ``sentence`` states is worked out from the other side's figures
    (``others``, each sentence's, ``_figure_of``), within ``max_share`` where it is a share (a rewrite rounds what it
    works out, as a hedge does: ``rounded_figure_max_share``): the sum or difference of two of one unit that one
    sentence of the other gives; a change the sentence writes "from X to Y", Y or its share of X ("from 420 to 600,
    a rise of more than 40%"), X and the change the other's; or a share of two of one unit one sentence of the
    other gives, smaller of larger, worded as a share ("%", "a third") or "one in N" ("40 of the 212 bearings":
    "almost one in five"). Another report's own figure is a count of its own, and any figure up to ten, most whole
    percentages and many counts are some ratio of an article's figures by chance (reviewA, water_indep's "7
    tankers", "25%")."""
    def near(x: float, y: float) -> bool:
        return abs(x - y) <= max_share * max(abs(x), abs(y))

    for figures_ in others:
        same = [v for v, u in figures_ if u == unit]
        if any(math.isclose(value, x + y) or math.isclose(value, abs(x - y))
               for x, y in itertools.combinations(same, 2)):
            return True
    theirs = {v for figures_ in others for v, _ in figures_}
    for start, end in _from_to(sentence):
        if start and start in theirs and any(math.isclose(v, abs(end - start)) for v in theirs) and (
                math.isclose(value, end) if unit != "%" else near(value, 100 * abs(end - start) / start)):
            return True
    one_in = unit == "" and value <= _RATIO_COUNT_MAX and _ONE_IN.search(sentence) is not None
    if unit != "%" and not (unit == "" and value < 1) and not one_in:
        return False
    for figures_ in others:
        for (x, u), (y, w) in itertools.combinations(figures_, 2):
            small, large = sorted((x, y))
            if u != w or not small or small == large:
                continue
            share = small / large
            if near(value, large / small if one_in else 100 * share if unit == "%" else share):
                return True
    return False


def _from_to(sentence: str) -> list[tuple[float, float]]:
    """The changes ``sentence`` writes "from X to Y" in digits, as (X, Y)."""
    return [(float(m.group(1).replace(",", "")), float(m.group(2).replace(",", "")))
            for m in _FROM_TO.finditer(sentence)]


_FROM_TO = re.compile(r"\bfrom £?(\d[\d,]*(?:\.\d+)?)\S* to £?(\d[\d,]*(?:\.\d+)?)")
_ONE_IN = re.compile(r"\b(?:one|1) in (?:\d+|[a-z]+)\b", re.IGNORECASE)
_RATIO_COUNT_MAX = 10  # "one in five", "a third": a bare count this small may be a ratio a rewrite worked out


_WORDED_COUNT_MAX = 100  # a count a rewrite writes in words ("nearly fifty", "twenty past two") is below it


def _quotes_to_itself(x: Segmented, ys: tuple[str, ...], tier: SemanticTier, max_quotation_chars: int) -> bool:
    """Whether ``x`` quotes anyone in words of its own: a quotation of at least ``tier.retelling_quote_min_words``
    words, unless ``ys``'s sentences give it word for word in that order and it runs at least
    ``tier.retelling_kept_quote_min_words`` (0: never). A reporter rewriting a release keeps a whole sentence of its
    quotation as written (tests/fixtures/kept_quotes); another outlet at one briefing quotes its own witnesses, or a
    few words of the same speaker (tests/fixtures/articles' wildfire)."""
    if tier.retelling_kept_quote_min_words <= 0:
        return _quotes_anyone(x.article.text, tier, max_quotation_chars)
    return _quotes_of_its_own(x.article.text, ys, tier, max_quotation_chars, tier.retelling_kept_quote_min_words)


def _word_run(sentences: tuple[str, ...]) -> str:
    """The words of ``sentences`` in order, space-separated with a space at each end: a run of words is in them
    when it is in this string with a space either side."""
    return " " + " ".join(w for t in sentences for w in sentence_words(t)) + " "


def _quotes_anyone(text: str, tier: SemanticTier, max_quotation_chars: int) -> bool:
    """Whether ``text`` quotes anyone: a quotation of at least ``tier.retelling_quote_min_words`` words. Reporters of
    one event quote their own speakers, and the same speaker at one briefing in the same words (tests/fixtures/
    articles' other outlets' port strike and wildfire); a person rewriting a report tells its quotations in their own
    words (every rewrite of tests/fixtures/reworded_all and own_voice)."""
    return any(len(sentence_words(text[start:end])) >= tier.retelling_quote_min_words
               for start, end in quotation_spans(text, max_quotation_chars))


def issuer_beside_report(a: Segmented, b: Segmented, tier: SemanticTier = TIER_DEFAULT, *,
                         changes: ChangesConfig) -> bool:
    """Whether the shorter side, at most ``tier.condensed_max_length_share`` of the other's characters, speaks as
    its issuer (``_speaks_as_issuer``) and the longer side does not (``_long_speaks_as_issuer``): an organisation's
    own notice, release or letter beside a report of its news. The report may be written from it; it is never
    written from the report. Words inside a quotation (at most ``changes.max_quotation_chars`` long, as the
    comparison's changes read them) are the people quoted speaking, not the text."""
    short, long_ = (a, b) if len(a.article.text) <= len(b.article.text) else (b, a)
    most = changes.max_quotation_chars
    return len(short.article.text) <= tier.condensed_max_length_share * len(long_.article.text) \
        and _speaks_as_issuer(short, tier, most) and not _long_speaks_as_issuer(long_, tier, most)


def _speaks_as_issuer(seg: Segmented, tier: SemanticTier, max_quotation_chars: int) -> bool:
    """Whether ``seg`` speaks as an organisation itself at least ``tier.condensed_issuer_sentences`` times (0: never;
    ``voice.issuer_voice``: sentences with "we" outside quotations or "is pleased to announce", one more for "our"
    or an announcement in its own name): a council's notice, a company's release, a trust's letter to parents.
    Such a text is its issuer's own, and a report may be written from it; no issuer condenses a newspaper's report
    of its own news."""
    return tier.condensed_issuer_sentences > 0 \
        and issuer_voice(_paragraphs(seg), max_quotation_chars) >= tier.condensed_issuer_sentences


def _long_speaks_as_issuer(seg: Segmented, tier: SemanticTier, max_quotation_chars: int) -> bool:
    """Whether the longer side speaks as itself throughout, not in one line: ``tier.condensed_issuer_sentences`` of
    its sentences or ``tier.condensed_issuer_long_min_share`` of them (``voice.issuer_sentences``). A lecture's or a
    blog's "we" may be carried over into the shorter side; a report's one campaign line ("and we will keep pressing
    the county") leaves it a report."""
    paragraphs = _paragraphs(seg)
    count = issuer_sentences(paragraphs, max_quotation_chars)
    return tier.condensed_issuer_sentences > 0 and count > 0 and (
        count >= tier.condensed_issuer_sentences
        or count >= tier.condensed_issuer_long_min_share * len(own_sentences(paragraphs, max_quotation_chars)))


def _paragraphs(seg: Segmented) -> tuple[str, ...]:
    text = seg.article.text
    return tuple(text[p.start : p.end] for p in seg.paragraphs)


def condensed_counterparts(a: Segmented, b: Segmented, alignments: Sequence[Alignment], similarity: np.ndarray,
                           condensed: Condensed, tier: SemanticTier = TIER_DEFAULT, config: Config = DEFAULT,
                           tuning: AlignConfig = ALIGN_DEFAULT, text: TextConfig = TEXT_DEFAULT
                           ) -> tuple[Alignment, ...]:
    """``alignments`` with every sentence of the condensed side (``condensed_from``) that has no link yet linked to
    the longer side's sentence closest to it among those giving one of its specifics, then settled as a summary's
    links are (``condensed_links``: the longer side's sentences it merges join it); ``alignments`` itself when the
    pair is not condensed or every condensed sentence is linked already. A summary in its own words keeps few
    sentences close enough for the meaning tier, but each keeps the facts of the sentences it retells."""
    if not condensed.side or similarity.size == 0:
        return tuple(alignments)
    flip = condensed.side == "b"  # work as if A were the condensed side
    short, long_ = (b, a) if flip else (a, b)
    score = similarity.T if flip else similarity
    linked = {m.j if flip else m.i for al in alignments for m in al.matches}
    claimed = {m.i if flip else m.j for al in alignments for m in al.matches}
    seeds = _sharing_seeds(_with_counted_words(tuple(short.sentence_texts()), tier, text),
                           _with_counted_words(tuple(long_.sentence_texts()), tier, text), score, linked, claimed,
                           tier.condensed_seed_min_cosine, tier.condensed_seed_min_cosine_with_unit)
    if not seeds:
        return tuple(alignments)
    pairs = sorted({*((m.i, m.j) for al in alignments for m in al.matches),
                    *((j, i) if flip else (i, j) for i, j in seeds)})
    seeded = _rebuilt(a, b, alignments, pairs, similarity, config, tuning)
    return condensed_links(a, b, seeded, similarity, tier, config, tuning, text)


def _sharing_seeds(own: Sequence[frozenset[str]], other: Sequence[frozenset[str]], score: np.ndarray,
                   linked: AbstractSet[int], claimed: AbstractSet[int], min_cosine: float,
                   min_cosine_with_unit: float | None = None) -> list[tuple[int, int]]:
    """Each unlinked sentence of ``own``'s side with the ``other`` side's sentence that gives most of its figures,
    then most of its specifics, then is closest to it (``score``), among those at least ``min_cosine`` close that
    give one of its telling specifics (``_telling``: a figure with its unit or a rarer word, not a name alone) and
    that no other sentence claimed (``claimed``, then the seeds before it); none for a sentence that shares none.
    A condensed sentence retells sentences the others do not, and its figure tells which: a teaser's "still 180
    skilled workers short" is the article's sentence with 180 in it, not its lead, which names the firm too. A
    name alone does not: a report's firm, officer and streets recur through sentences stating other facts, and a
    bare number ("14") is as often a count of something else ("14 miles", "14 vacant posts")."""
    min_cosine_with_unit = min_cosine if min_cosine_with_unit is None else min_cosine_with_unit
    seeds = []
    taken = set(claimed)
    for i, specifics in enumerate(own):
        telling = _telling(specifics)
        sharing = [j for j, theirs in enumerate(other) if j not in taken and telling & _telling(theirs)
                   and float(score[i, j]) >= (min_cosine_with_unit if _with_unit(telling & theirs) else min_cosine)]
        if i in linked or not sharing:
            continue
        j = max(sharing, key=lambda k: (sum(1 for x in telling & other[k] if x.startswith(_FIGURE)),
                                        len(specifics & other[k]), float(score[i, k])))
        seeds.append((i, j))
        taken.add(j)
    return seeds


def condensed_links_tell(a: Segmented, b: Segmented, alignments: Sequence[Alignment], condensed: Condensed,
                         tier: SemanticTier = TIER_DEFAULT, text: TextConfig = TEXT_DEFAULT) -> bool:
    """Whether each linked sentence of the condensed side (``condensed.side``) shares a telling specific
    (``_telling``: a figure with its unit, a rarer word) with a sentence it is linked to: a summary's sentence
    retells its source sentences' facts, while a brief about another fire at the same factory shares only the
    managing director's name with the report's sentence it is linked to. False when nothing is linked."""
    flip = condensed.side == "b"
    short, long_ = (b, a) if flip else (a, b)
    own = _with_counted_words(tuple(short.sentence_texts()), tier, text)
    other = _with_counted_words(tuple(long_.sentence_texts()), tier, text)
    linked: dict[int, set[int]] = {}
    for al in alignments:
        for m in al.matches:
            i, j = (m.j, m.i) if flip else (m.i, m.j)
            linked.setdefault(i, set()).add(j)
    telling = sum(any(_telling(own[i]) & _telling(other[j]) for j in js) for i, js in linked.items())
    return telling > tier.condensed_min_telling_share * len(linked)


def retold_whole(a: Segmented, b: Segmented, condensed: Condensed, tier: SemanticTier = TIER_DEFAULT,
                 text: TextConfig = TEXT_DEFAULT, *, max_quotation_chars: int) -> bool:
    """Whether the side condensed from the other (``condensed.side``: ``condensed_from``) retells it whole: at least
    ``tier.summary_retold_min_inside`` of its specifics the other's, taking telling ones (``_telling``) from at least
    ``tier.summary_retold_min_spread`` of the other's sentences that state any (``_drawn``) or in at least
    ``tier.summary_retold_min_retelling_sentences`` of its own (``_retelling_sentences``), in the other's
    order (``_order_kept``: at least ``tier.summary_retold_min_order`` of its sentence pairs), and quoting no one in
    words the other lacks (``_quotes_of_its_own``). A person's summary tells its article's lead, body and end in the
    article's order, a radio read written from it its facts one to a sentence; a radio bulletin or a trade paper's
    brief of the same news tells its lead and a fact or two, and another outlet's short report quotes its own
    speakers."""
    if not condensed.side or condensed.inside < tier.summary_retold_min_inside:
        return False
    short, long_ = (a, b) if condensed.side == "a" else (b, a)
    xs, ys = tuple(short.sentence_texts()), tuple(long_.sentence_texts())
    drawn, stating = _drawn(xs, ys, tier, text)
    spread = stating > 0 and drawn / stating > tier.summary_retold_min_spread
    # the retelling sentences are read only where the spread does not already decide (a second reading of every pair)
    told_apart = not spread \
        and 0 < tier.summary_retold_min_retelling_sentences <= _retelling_sentences(xs, ys, tier, text)
    return (spread or told_apart) and drawn >= tier.summary_retold_min_drawn \
        and _order_kept(xs, ys, tier, text) >= tier.summary_retold_min_order \
        and not _quotes_of_its_own(short.article.text, ys, tier, max_quotation_chars)


def _drawn(xs: tuple[str, ...], ys: tuple[str, ...], tier: SemanticTier, text: TextConfig) -> tuple[int, int]:
    """How many of ``ys``'s sentences state a telling specific (``_telling``, ``_with_counted_words``) that ``xs``
    states too, and how many state any: the share and the count of the other's sentences a summary draws on."""
    mine = _telling(frozenset().union(*_with_counted_words(xs, tier, text)))
    stating = [told for t in _with_counted_words(ys, tier, text) if (told := _telling(t))]
    return sum(1 for told in stating if told & mine), len(stating)


def _retelling_sentences(xs: tuple[str, ...], ys: tuple[str, ...], tier: SemanticTier, text: TextConfig) -> int:
    """How many of ``xs``'s sentences state a telling specific (``_telling``, ``_with_counted_words``) that one of
    ``ys``'s states: the facts a short retelling tells one to a sentence."""
    theirs = frozenset().union(*_with_counted_words(ys, tier, text))
    return sum(1 for told in _with_counted_words(xs, tier, text) if _telling(told) & theirs)


def _order_kept(xs: tuple[str, ...], ys: tuple[str, ...], tier: SemanticTier, text: TextConfig) -> float:
    """Of the pairs of ``xs``'s sentences that give ``ys``'s specifics (``_specifics``), each placed at the mean of
    the first ``ys`` sentence giving each of them, the share placed in ``xs``'s order (pairs placed alike left out);
    1.0 when fewer than two are placed apart."""
    by_y = _specifics_of(ys, tier, text)
    first: dict[str, int] = {}
    for j, specifics in enumerate(by_y):
        for x in specifics:
            first.setdefault(x, j)
    places = []
    for specifics in _specifics_of(xs, tier, text):
        found = [first[x] for x in specifics if x in first]
        if found:
            places.append(sum(found) / len(found))
    pairs = [(p, q) for p, q in itertools.combinations(places, 2) if p != q]
    return sum(1 for p, q in pairs if p < q) / len(pairs) if pairs else 1.0


def _quotes_of_its_own(text_x: str, ys: tuple[str, ...], tier: SemanticTier, max_quotation_chars: int,
                       kept_min_words: int = 0) -> bool:
    """Whether ``text_x`` quotes anyone (a quotation of at least ``tier.retelling_quote_min_words`` words) in words
    ``ys``'s sentences do not give in that order, or in fewer than ``kept_min_words`` words however given unless they
    are a whole sentence of ``ys``'s quotations (``_quoted_sentences``): a summary may repeat its article's
    quotations, a rewrite keeps one of their sentences, another outlet's report quotes its own witnesses."""
    theirs = _word_run(ys)
    whole = _quoted_sentences(ys, max_quotation_chars) if kept_min_words > 0 else frozenset()
    for start, end in quotation_spans(text_x, max_quotation_chars):
        words = sentence_words(text_x[start:end])
        if len(words) >= tier.retelling_quote_min_words and (
                (len(words) < kept_min_words and " ".join(words) not in whole)
                or f" {' '.join(words)} " not in theirs):
            return True
    return False


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _quoted_sentences(ys: tuple[str, ...], max_quotation_chars: int) -> frozenset[str]:
    """The words of each whole sentence inside ``ys``'s quotations, space-separated: a quotation kept whole ("We are
    sorry for the disruption.") however short, where another outlet at one briefing takes a few words of a
    sentence ("It became a different fire" of "... and it became a different fire.")."""
    joined = " ".join(ys)
    return frozenset(" ".join(words) for start, end in quotation_spans(joined, max_quotation_chars)
                     for piece in _SENTENCE_END.split(joined[start:end]) if (words := sentence_words(piece)))


def _with_unit(specifics: AbstractSet[str]) -> bool:
    """Whether ``specifics`` hold a figure with its unit ("#1.9e+09 £"), which sentences about other things rarely
    share."""
    return any(x.startswith(_FIGURE) and not x.endswith(" ") and "~" not in x for x in specifics)


def _telling(specifics: frozenset[str]) -> frozenset[str]:
    """The specifics that can tie a condensed sentence to the sentence it retells: figures with their unit or the
    word they count ("#180 ~skilled", ``_with_counted_words``) and rarer words; not names ("@…") nor a bare
    number ("#14 ", which "14 miles" and "14 vacant posts" share)."""
    return frozenset(x for x in specifics if not x.startswith("@") and not (x.startswith(_FIGURE) and x.endswith(" ")))


_COUNTED = re.compile(r"\d[\d,.]*\d|\d|[A-Za-z]+")
# units written short after a number ("800kg", "5 km") and their words ("800 kilograms"), as one counted word
_UNIT_WORDS = {"kg": "kilogram", "kgs": "kilogram", "km": "kilometre", "kilometer": "kilometre", "m": "metre",
               "meter": "metre", "cm": "centimetre", "mm": "millimetre", "ft": "foot", "feet": "foot",
               "mi": "mile", "lb": "pound", "lbs": "pound", "t": "tonne", "ton": "tonne", "ha": "hectare",
               "mph": "mph", "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "yr": "year",
               "yrs": "year"}


@functools.lru_cache(maxsize=4_096)  # by article, as ``_specifics_of``
def _with_counted_words(sentences: tuple[str, ...], tier: SemanticTier, text: TextConfig
                        ) -> tuple[frozenset[str], ...]:
    """``_specifics_of`` with each number (in digits or words) also marked with the word after it ("180 skilled
    workers": "#180 ~skilled", "800kg" and "800 kilograms": "#800 ~kilogram"), so that a figure with no unit
    ties two sentences only where it counts the same thing."""
    found = []
    as_said = text.numbers_in_words_as_said
    for sentence, specifics in zip(sentences, _specifics_of(sentences, tier, text), strict=True):
        counted: set[str] = set()
        tokens = _COUNTED.findall(sentence)
        for number, word in itertools.pairwise(tokens):
            value = number_value(number.replace(",", "").lower())
            if value is not None and word.isalpha() and not (as_said and number.isalpha()):
                counted.update(_counted(value, word))
        if as_said:
            counted.update(x for value, word in _numbers_said(sentence) for x in _counted(value, word))
        found.append(_by_word_form(specifics, tier) | counted)
    return tuple(found)


def _counted(value: float, word: str) -> tuple[str, ...]:
    """A figure marked with the word it counts ("#180 ~skilled", "#800 ~kilogram"): units as their words, plurals as
    their singular; none for a word of two letters that is no unit ("of", "in")."""
    word = _UNIT_WORDS.get(word.lower(), word.lower())
    word = _UNIT_WORDS.get(word[:-1], word[:-1]) if word.endswith("s") and len(word) > 3 else word
    return (f"{_FIGURE}{value:g} ~{word}",) if len(word) > 2 or word in _UNIT_WORDS.values() else ()


def _numbers_said(sentence: str) -> list[tuple[float, str]]:
    """Each number ``sentence`` says in words, read whole as a reader reads it (``figures.numbers_in_words``:
    "forty-five", "two hundred and sixty"; a clock time or a year is none), with the word after it."""
    tokens = word_tokens(sentence)
    return [(read.value, tokens[read.last + 1].norm) for read in numbers_in_words(sentence, tokens)
            if read.last + 1 < len(tokens) and tokens[read.last + 1].norm.isalpha()]


def _by_word_form(specifics: frozenset[str], tier: SemanticTier) -> frozenset[str]:
    """``specifics`` with their rarer words as the roots of their forms (``_forms``) when
    ``tier.specifics_by_word_form``: a teaser's "classrooms" ties its sentence to the report's "classroom"."""
    if not tier.specifics_by_word_form:
        return specifics
    return frozenset(form for x in specifics for form in ((x,) if x[:1] in (_FIGURE, "@") else _forms(x)))


def _closest_sharing(similarity: np.ndarray, specifics_a: Sequence[frozenset[str]],
                     specifics_b: Sequence[frozenset[str]], min_cosine: float) -> list[tuple[int, int]]:
    """One-to-one links, the closest pair first (ties in text order), between sentences at least ``min_cosine``
    close that share a specific, in A's order."""
    candidates = sorted((-float(similarity[i, j]), int(i), int(j)) for i, j in np.argwhere(similarity >= min_cosine)
                        if specifics_a[i] & specifics_b[j])
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    links = []
    for _, i, j in candidates:
        if i not in taken_a and j not in taken_b:
            taken_a.add(i)
            taken_b.add(j)
            links.append((i, j))
    return sorted(links)


_FIGURE = "#"  # the mark of a figure among a sentence's specifics (``_specifics``)


@functools.lru_cache(maxsize=4_096)  # by article, as ``_facts_of``
def _specifics_of(sentences: tuple[str, ...], tier: SemanticTier, text: TextConfig) -> tuple[frozenset[str], ...]:
    return tuple(_specifics(t, tier, text) for t in sentences)


@functools.lru_cache(maxsize=65_536)
def _specifics(sentence: str, tier: SemanticTier, text: TextConfig) -> frozenset[str]:
    """What a sentence states that another writer of the same event would word or choose otherwise: its figures
    (value and unit: "Fourteen" and "14" alike), its names, and its content words no more common than
    ``tier.reordered_word_max_zipf`` ("bogie", "damp", "cordon"), each marked by its kind."""
    names, rare = names_and_rare_words(sentence, tier.reordered_word_max_zipf, text)
    found = {_figure_specific(f) for f in figures(sentence, text)} | {"@" + n for n in names}
    return frozenset(found | rare)


def _figure_specific(figure: Figure) -> str:
    """A figure as a sentence's specifics hold it (value and unit: "#960000 £"; ``_figure_of`` reads it back)."""
    return f"{_FIGURE}{figure.value:g} {figure.unit}"


@functools.lru_cache(maxsize=4_096)  # by article, as ``_specifics_of``
def _word_forms_of(sentences: tuple[str, ...]) -> frozenset[str]:
    """The roots of every content word of ``sentences`` (``_forms``), however common."""
    return frozenset(root for t in sentences for w in sentence_words(t) if is_content_word(w) for root in _forms(w))


@functools.lru_cache(maxsize=65_536)
def _forms(word: str) -> frozenset[str]:
    """The roots a word's forms share (``spelling.word_roots`` of its American spelling; the word itself where it is
    too short to read by its root): "classrooms" and "classroom", "evacuated" and "evacuation", "neighbours" and
    "neighbors" share one, "stations" and "stated", "former" and "form", "boxer" and "box" none."""
    key = spelling_key(word)
    return word_roots(key) or frozenset({key})


# --- many-to-one: summaries and rewrites -------------------------------------------------------------------


_NUMBER = re.compile(r"\d[\d.,]*")
COSINE_TIE = 1e-3  # float32 sums of the same vectors differ by ~1e-4


def condensed_links(a: Segmented, b: Segmented, alignments: Sequence[Alignment], similarity: np.ndarray,
                    tier: SemanticTier = TIER_DEFAULT, config: Config = DEFAULT,
                    tuning: AlignConfig = ALIGN_DEFAULT, text: TextConfig = TEXT_DEFAULT) -> tuple[Alignment, ...]:
    """``alignments`` with their sentence links settled the way a reader matches a summary to its source
    (``text``: what counts as a shared name).

    The side with fewer sentences is the condensed one. Each sentence of the longer side keeps one
    counterpart, the one it is closest to (cosine plus a bonus for shared rare names and numbers); a condensed
    sentence then takes every longer-side sentence whose closest counterpart it is, near its other links in
    order — so a sentence that merges two or three source sentences aligns to all of them, and one that
    lost a contested sentence finds the sentence that really says the same thing.
    """
    if similarity.size == 0:
        return tuple(alignments)
    flip = len(a.sentences) > len(b.sentences)  # work as if A were the condensed side
    short, long_ = (b, a) if flip else (a, b)
    score = (similarity.T if flip else similarity) + tier.shared_fact_bonus * _shared_facts(short, long_, tier, text)
    links = {(m.j, m.i) if flip else (m.i, m.j) for al in alignments for m in al.matches}
    # A condensed sentence the longer side repeats word for word says what that sentence says and no more: it
    # merges nothing else (an update's new first paragraph about the same strike is no part of the wire's lead).
    whole = {m.j if flip else m.i for al in alignments for m in al.matches
             if m.lexical >= tier.condensed_whole_min_lexical}
    kept = _one_per_long_sentence(links, score)
    kept |= _closest_additions(kept, score, tier, whole)
    pairs = sorted((j, i) if flip else (i, j) for i, j in kept)
    return _rebuilt(a, b, alignments, pairs, similarity, config, tuning)


def _shared_facts(short: Segmented, long_: Segmented, tier: SemanticTier,
                  text: TextConfig = TEXT_DEFAULT) -> np.ndarray:
    """1 where a sentence of ``short`` and one of ``long_`` share a rare name or a number (float32)."""
    return _sharing(_fact_sentences_of(tuple(short.sentence_texts()), tier, text),
                    _fact_sentences_of(tuple(long_.sentence_texts()), tier, text)).astype(np.float32)


@functools.lru_cache(maxsize=4_096)  # by article, as ``_facts_of``
def _fact_sentences_of(sentences: tuple[str, ...], tier: SemanticTier, text: TextConfig) -> FactBits:
    """``FactBits`` of the rare names and numbers of each sentence (``_facts_of``)."""
    return FactBits(_facts_of(sentences, tier, text))


def _one_per_long_sentence(links: set[tuple[int, int]], score: np.ndarray) -> set[tuple[int, int]]:
    best: dict[int, tuple[int, int]] = {}
    for i, j in sorted(links, key=lambda link: abs(link[0] - link[1])):  # ties: the link nearest in order
        if j not in best or score[i, j] > score[best[j]]:
            best[j] = (i, j)
    return set(best.values())


def _closest_additions(kept: set[tuple[int, int]], score: np.ndarray, tier: SemanticTier,
                       whole: AbstractSet[int] = frozenset()) -> set[tuple[int, int]]:
    """Unlinked longer-side sentences joining the condensed sentence they are closest to: near its links in
    order, or — for a condensed sentence left without links — the closest one, preferring one that sits
    where its neighbours' links say it should. Condensed sentences in ``whole`` (taken word for word) take none."""
    linked_long = {j for _, j in kept}
    closest = _closest_rows(score)
    own: dict[int, list[int]] = {}
    for i, j in kept:
        own.setdefault(i, []).append(j)
    reach = tier.condensed_max_extra_sentences
    added: set[tuple[int, int]] = set()
    alone: dict[int, list[int]] = {}
    for j in range(score.shape[1]):
        i = int(closest[j])
        if j in linked_long or score[i, j] < tier.condensed_min_cosine or i in whole:
            continue
        if i not in own:
            alone.setdefault(i, []).append(j)
        elif score[i, j] >= tier.min_cosine and min(abs(j - jj) for jj in own[i]) <= reach:
            added.add((i, j))
    for i, options in alone.items():
        beside = [jj for ii in (i - 1, i + 1) for jj in own.get(ii, [])]
        in_order = [j for j in options if beside and min(beside) - reach <= j <= max(beside) + reach]
        added.add((i, max(in_order or options, key=lambda j: score[i, j])))
    return added


def _closest_rows(score: np.ndarray) -> list[int]:
    """For each long-side sentence ``j`` (column), the condensed sentence closest to it; cosines within rounding
    of the best are ties (near-identical sentences), settled by position (nearest to ``j``, then the first), so
    that a text compared with itself pairs in order. All columns at once: a comparison has a score per column."""
    tied = score >= score.max(axis=0) - COSINE_TIE
    return np.where(tied, _tie_order(*score.shape), _LAST).argmin(axis=0).tolist()


_LAST = np.iinfo(np.int64).max


def _tie_order(rows: int, columns: int) -> np.ndarray:
    """(distance of row i from column j, then row i) as one key, for every cell (read only). News-sized shapes
    are remembered (a trace's pairs have a few dozen); a long document's grid is not kept alive (8 bytes a cell)."""
    if rows * columns <= _TIE_ORDER_REMEMBERED_CELLS:
        return _remembered_tie_order(rows, columns)
    return _tie_order_of(rows, columns)


_TIE_ORDER_REMEMBERED_CELLS = 40_000  # 320 KB a shape at most, 1,024 shapes


@functools.lru_cache(maxsize=1_024)
def _remembered_tie_order(rows: int, columns: int) -> np.ndarray:
    return _tie_order_of(rows, columns)


def _tie_order_of(rows: int, columns: int) -> np.ndarray:
    i, j = np.arange(rows)[:, None], np.arange(columns)[None, :]
    order = np.abs(i - j) * (rows + 1) + i
    order.flags.writeable = False
    return order


def _rebuilt(a: Segmented, b: Segmented, alignments: Sequence[Alignment], pairs: list[tuple[int, int]],
             similarity: np.ndarray, config: Config, tuning: AlignConfig) -> tuple[Alignment, ...]:
    """Alignments whose links all survive stay as they are; every other surviving or new link becomes a
    passage of its own, whole sentences on both sides."""
    wanted = set(pairs)
    out = [al for al in alignments if al.matches and all((m.i, m.j) in wanted for m in al.matches)]
    done = {(m.i, m.j) for al in out for m in al.matches}
    known = {(m.i, m.j): m for al in alignments for m in al.matches}
    text_a, text_b = a.article.text, b.article.text
    for i, j in pairs:
        if (i, j) in done:
            continue
        cosine = round(float(similarity[i, j]), 4)
        match = known.get((i, j)) or SentenceMatch(i, j, cosine, 0.0, cosine)
        sa, sb = a.sentences[i], b.sentences[j]
        kind = alignment_kind(sa.text_of(text_a), sb.text_of(text_b), config, tuning)
        out.append(Alignment(sa, sb, match.score, kind, (match,)))
    return tuple(sorted(out, key=lambda al: (al.a.start, al.b.start)))


# --- merged counterparts: a summary's sentences read against the source sentences they fuse --------------------


def merged_counterparts(a: Segmented, b: Segmented, alignments: Sequence[Alignment],
                        encode: Callable[[list[str]], np.ndarray], tier: SemanticTier = TIER_DEFAULT,
                        text: TextConfig = TEXT_DEFAULT) -> tuple[Alignment, ...]:
    """The links of a summary's sentences that no single source sentence is close to, each to the two or three
    source sentences it fuses; none unless most of the summary then has counterparts.

    A summary of two to five sentences fuses two or three of its source's into each ("Easter flights at Skyline
    Air will run normally after its cabin crew ... accepted a 9% rise this year and 4% more next year"): its
    vector sits between theirs, so no source sentence is close enough to align. The side with fewer sentences is
    the summary (A on a tie); each takes the other side's unaligned sentences that hold most of its content words
    (``_fused_sources``), and an unaligned summary sentence is linked to those it took when they hold
    ``merged_min_share`` of its content words and their joined text is ``merged_min_cosine`` close to it
    (``encode``: the engine's sentence vectors). The links are kept only when enough of the summary's sentences
    then have counterparts (``_most_linked``: all but one of a short summary's, ``merged_min_linked_share`` of a
    longer one's): an independent report of the same event tells some of its sentences from the same facts, rarely
    most of them; and a short summary's sentence left unlinked may not name anyone or give a figure its source
    lacks (``_tell_own_facts``; ``text``: what a name is), or a summary of another outlet's report of the event
    would link as well. Then a summary sentence whose sources hold ``merged_min_share_unchecked`` of its content
    words is linked too, however far its vector: a short sentence beside the long one it came from ("She will be
    sentenced on 19 February." at 0.47 to the judge's adjournment) says less than the source sentence, and its
    words say what it took."""
    flip = len(b.sentences) < len(a.sentences)
    short, long_ = (b, a) if flip else (a, b)
    texts_s, texts_l = short.sentence_texts(), long_.sentence_texts()
    pairs = {(m.j, m.i) if flip else (m.i, m.j) for al in alignments for m in al.matches}
    linked_s, linked_l = {i for i, _ in pairs}, {j for _, j in pairs}
    found: list[tuple[int, list[int], float, float]] = []
    by_words: list[tuple[int, list[int], float, float]] = []  # sources holding its words, its vector far
    teaser = _teaser_of(short, long_, tier, text)
    min_share = tier.teaser_min_share if teaser.lead_names >= tier.teaser_loose_min_lead_specifics \
        else tier.merged_min_share
    for i, picks in _fused_sources(texts_s, texts_l, linked_l, tier).items():
        if i in linked_s:
            continue
        share = _held_share(texts_s[i], [texts_l[j] for j in picks])
        if share < min_share:
            continue
        vectors = encode([texts_s[i], " ".join(texts_l[j] for j in picks)])
        cosine = float(vectors[0] @ vectors[1])
        if cosine >= tier.merged_min_cosine:
            found.append((i, picks, cosine, share))
        elif share >= tier.merged_min_share_unchecked:
            by_words.append((i, picks, cosine, share))
    linked = len(linked_s) + len(found)
    if not found or not (_most_linked(linked, len(texts_s), len(texts_l), tier)
                         or (teaser.shares_lead and linked >= max(1, len(texts_s) - 1))):
        return ()
    left = set(range(len(texts_s))) - linked_s - {i for i, *_ in (*found, *by_words)}
    if short_summary(len(texts_s), len(texts_l), tier) and (
            _tell_own_facts([texts_s[i] for i in left], texts_l, text)
            or _own_figures([texts_s[i] for i, *_ in (*found, *by_words)], texts_l, text)):
        return ()
    return tuple(_fused_alignment(a, b, i, picks, cosine, share, flip)
                 for i, picks, cosine, share in sorted((*found, *by_words)))


class Teaser(NamedTuple):
    """What a short text shares with a longer one's lead when it may be a teaser of it (``_teaser_of``)."""

    lead_names: int  # the lead's names and figures in digits it states
    shares_lead: bool  # what a teaser shares: two of the lead's specifics, or one specific figure of one thing


NO_TEASER = Teaser(0, False)


def _teaser_of(short: Segmented, long_: Segmented, tier: SemanticTier, text: TextConfig) -> Teaser:
    """How ``short`` retells ``long_``'s lead (its first ``SemanticTier.teaser_lead_sentences`` sentences) when it
    may be a teaser of it in its writer's own words: of a teaser's size beside it (``teaser_max_sentences``,
    ``teaser_max_length_share`` of its characters), naming no one and giving no figure ``long_`` lacks; nothing
    otherwise. Another outlet's short report of the event tells people and figures of its own.

    ``lead_names``: how many of the lead's names and figures in digits it states. ``shares_lead``: whether it
    states ``teaser_min_lead_specifics`` of the lead's specifics (names, figures, rare words: ``_specifics``;
    "Carrick" and "three" routes, "Corran" and "squirrels") or one of its specific figures of one thing
    (``shared_specific_figures``: "38 years"): a teaser of another story of the same site shares a name or a
    place with it, not the lead's own specifics."""
    if not (len(short.sentences) <= tier.teaser_max_sentences
            and len(short.article.text) <= tier.teaser_max_length_share * len(long_.article.text)):
        return NO_TEASER
    texts_s, texts_l = short.sentence_texts(), long_.sentence_texts()
    own = named_specifics(texts_s, text)
    if own - named_specifics(texts_l, text):
        return NO_TEASER
    lead = texts_l[: tier.teaser_lead_sentences]
    shared = set().union(*_specifics_of(tuple(texts_s), tier, text)) & set().union(*_specifics_of(tuple(lead), tier,
                                                                                                  text))
    of_one_thing, _ = shared_specific_figures([f for t in texts_s for f in figures(t, text)],
                                              [f for t in lead for f in figures(t, text)])
    return Teaser(len(own & named_specifics(lead, text)),
                  len(shared) >= tier.teaser_min_lead_specifics or of_one_thing >= 1)


def short_summary(sentences: int, others: int, tier: SemanticTier) -> bool:
    """Whether a text of ``sentences`` beside one of ``others`` is a short summary of it: at most
    ``short_summary_max_sentences``, or at most ``condensed_summary_max_sentences`` that are at most
    ``condensed_summary_max_share`` of the other's (five sentences retelling an article of eleven or more)."""
    return sentences <= tier.short_summary_max_sentences or (
        sentences <= tier.condensed_summary_max_sentences and sentences <= tier.condensed_summary_max_share * others)


def _most_linked(linked: int, sentences: int, others: int, tier: SemanticTier) -> bool:
    """Whether ``linked`` of a summary's ``sentences`` (beside ``others``) are enough to call it one: at least
    ``merged_min_links``, all but one of a short summary's (``short_summary``), ``merged_min_linked_share`` of a
    longer one's."""
    if short_summary(sentences, others, tier):
        return linked >= max(tier.merged_min_links, sentences - 1)
    return linked >= max(tier.merged_min_links, tier.merged_min_linked_share * sentences)


def _tell_own_facts(sentences: Sequence[str], sources: Sequence[str], text: TextConfig) -> bool:
    """Whether ``sentences`` name someone or give a figure that ``sources`` do not: a summary's sentence its
    sources' words do not link says less than they do ("About three-fifths of the money is expected to go to firms
    in the region."), a summary of another outlet's report of the event tells that report's own people and figures
    ("The Ostland Mortgage Association says a typical variable-rate mortgage will cost about 40 krone a month
    more", tests/fixtures/newsroom)."""
    return bool(named_specifics(sentences, text) - named_specifics(sources, text)) if sentences else False


def _own_figures(sentences: Sequence[str], sources: Sequence[str], text: TextConfig) -> bool:
    """Whether ``sentences`` give a money amount or a share that ``sources`` nowhere give (``amounts_not_given``):
    a summary takes such figures from its source, so a short text whose fused sentences state a prize or a price
    the other text lacks retells another report of the event (probe31 P43: a teaser's "$3.6 million" beside
    another outlet's report of the final)."""
    found = [f for t in sentences for f in figures(t, text)]
    return bool(amounts_not_given(found, [f for t in sources for f in figures(t, text)], text))


def _held_share(sentence: str, sources: Sequence[str]) -> float:
    """The share of ``sentence``'s content words that ``sources`` hold."""
    wanted = _content_words_of(sentence)
    held = set().union(*map(_content_words_of, sources)) & wanted
    return len(held) / len(wanted) if wanted else 0.0


def fused_by_words(a: Segmented, b: Segmented, tier: SemanticTier = TIER_DEFAULT) -> bool:
    """Whether the side with fewer sentences may be a summary of the other by words alone: enough of its sentences
    (``_most_linked``) find ``merged_min_share`` of their content words in the other's sentences they would fuse
    (``_fused_sources``, nothing aligned yet). A screen for the corpus, whose static vectors do not run the merge
    test (``merged_counterparts``): a pair it passes is worth MiniLM's comparison."""
    short, long_ = (b, a) if len(b.sentences) < len(a.sentences) else (a, b)
    texts_s, texts_l = short.sentence_texts(), long_.sentence_texts()
    held = sum(_held_share(texts_s[i], [texts_l[j] for j in picks]) >= tier.merged_min_share
               for i, picks in _fused_sources(texts_s, texts_l, frozenset(), tier).items())
    return _most_linked(held, len(texts_s), len(texts_l), tier)


def _fused_sources(texts_s: Sequence[str], texts_l: Sequence[str], taken: AbstractSet[int], tier: SemanticTier
                   ) -> dict[int, list[int]]:
    """For each summary sentence, the longer side's unaligned sentences it fuses, in order: the one holding most of
    its content words not held yet, then the next, while each adds at least ``merged_min_new_words`` of them,
    ``merged_max_sentences`` at most (the first on a tie). A summary of at most ``short_summary_max_sentences``
    sentences may draw on one source sentence from two of them: it splits a long sentence's facts ("convicted at
    Leeds Crown Court of stealing £312,000" and "will be sentenced on 19 February" from a source's sentences on the
    verdict), and when each source sentence went to one of its sentences only, another was left holding too little
    of its words (a trial's and a business result's summaries in /tmp/probe29, a teaser in
    tests/fixtures/human_summaries). In a longer text each source sentence goes to the sentence that holds most of
    its words (none on a tie): two people who tell one subject's facts in its order have many sentences that hold
    words of the same few (tests/fixtures/short_rewrites, hanse_same_ground)."""
    free = [j for j in range(len(texts_l)) if j not in taken]
    if not short_summary(len(texts_s), len(texts_l), tier):
        owner = {j: _claimed_by(texts_l[j], texts_s, tier) for j in free}
        usable = [[j for j in free if owner[j] == i] for i in range(len(texts_s))]
    else:
        usable = [free] * len(texts_s)
    out = {}
    for i, sentence in enumerate(texts_s):
        picks = _picks(sentence, [texts_l[j] for j in usable[i]], tier)
        if picks:
            out[i] = sorted(usable[i][k] for k in picks)
    return out


def _claimed_by(sentence: str, texts_s: Sequence[str], tier: SemanticTier) -> int | None:
    """The summary sentence holding most of ``sentence``'s content words (at least ``merged_min_new_words``), None
    on a tie."""
    words = _content_words_of(sentence)
    gains = [len(words & _content_words_of(text)) for text in texts_s]
    best = max(gains, default=0)
    return gains.index(best) if best >= tier.merged_min_new_words and gains.count(best) == 1 else None


def _picks(sentence: str, sources: Sequence[str], tier: SemanticTier) -> list[int]:
    """Which of ``sources`` ``sentence`` fuses, by position: the one holding most of its content words not held yet,
    then the next, while each adds ``merged_min_new_words``, ``merged_max_sentences`` at most (the first on a tie)."""
    left, picks = set(_content_words_of(sentence)), list[int]()
    while len(picks) < tier.merged_max_sentences:
        gain, k = max(((len(left & _content_words_of(text)), -k) for k, text in enumerate(sources) if k not in picks),
                      default=(0, 0))
        if gain < tier.merged_min_new_words:
            break
        picks.append(-k)
        left -= _content_words_of(sources[-k])
    return picks


@functools.lru_cache(maxsize=65_536)
def _content_words_of(sentence: str) -> frozenset[str]:
    """The sentence's content words as ``fact_key``s: a summary writes "£3.2m" for "£3.2 million" and "charges" for
    "charged", and counting them apart made its fused sentences hold too little of it."""
    return frozenset(fact_key(w) for w in sentence_words(sentence) if is_content_word(w))


def _fused_alignment(a: Segmented, b: Segmented, i: int, picks: Sequence[int], cosine: float, share: float,
                     flip: bool) -> Alignment:
    """One passage: the summary's sentence ``i`` and the source sentences ``picks``, spans from the first to the
    last of each side's sentences."""
    semantic, lexical = round(cosine, 4), round(share, 4)
    score = round((cosine + share) / 2, 4)
    matches = tuple(SentenceMatch(j, i, semantic, lexical, score) if flip else SentenceMatch(i, j, semantic, lexical,
                                                                                              score) for j in picks)
    rows_a = sorted({m.i for m in matches})
    rows_b = sorted({m.j for m in matches})
    span_a = Span(a.sentences[rows_a[0]].start, a.sentences[rows_a[-1]].end)
    span_b = Span(b.sentences[rows_b[0]].start, b.sentences[rows_b[-1]].end)
    return Alignment(span_a, span_b, score, "paraphrase", tuple(sorted(matches, key=lambda m: (m.i, m.j))))
