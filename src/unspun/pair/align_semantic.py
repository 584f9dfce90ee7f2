"""A second alignment tier for derived texts whose wording is gone (machine-spun, summarised).

``align`` asks for lexical evidence beside the cosine, because two outlets covering one event write
sentences that are close in meaning. When the texts as wholes show derivation — most of one side's
sentences have a close counterpart in the other, and either that share is high or one side reads as
machine-spun — a sentence whose best counterpart is close in meaning is aligned on meaning alone. A shared
rare name ("Peskov", "Yenin") lets a somewhat lower cosine through: spinners keep few words, but names.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np

from unspun.config import TIER_DEFAULT, SemanticTier
from unspun.model import Alignment, Segmented, SentenceMatch, Span
from unspun.pair.align import alignment_kind
from unspun.text.lexicon import zipf
from unspun.text.names import name_tokens


def derived_by_meaning(similarity: np.ndarray, spin_gap: float, tier: SemanticTier = TIER_DEFAULT) -> bool:
    """Whether the texts as wholes look derived although their words differ."""
    if similarity.size == 0:
        return False
    share = max(float((similarity.max(axis=1) >= tier.min_cosine).mean()),
                float((similarity.max(axis=0) >= tier.min_cosine).mean()))
    return share >= tier.min_counterpart_share_alone or (
        share >= tier.min_counterpart_share and abs(spin_gap) >= tier.min_spin_gap)


def semantic_alignments(a: Segmented, b: Segmented, similarity: np.ndarray, taken: Sequence[Alignment],
                        tier: SemanticTier = TIER_DEFAULT) -> list[Alignment]:
    """One alignment per sentence of A (outside ``taken``) whose best counterpart in B is close in meaning,
    plus a second counterpart when A's sentence was split (both close and naming the same rare name)."""
    text_a, text_b = a.article.text, b.article.text
    names_a = [_rare_names(t, tier) for t in a.sentence_texts()]
    names_b = [_rare_names(t, tier) for t in b.sentence_texts()]
    covered_a = _covered(a.sentences, [al.a for al in taken])
    covered_b = _covered(b.sentences, [al.b for al in taken])
    found = []
    for i in range(len(a.sentences)):
        if covered_a[i]:
            continue
        for j in _counterparts(similarity, i, names_a, names_b, covered_b, tier):
            sa, sb = a.sentences[i], b.sentences[j]
            score = float(similarity[i, j])
            match = SentenceMatch(i, j, round(score, 4), 0.0, round(score, 4))
            kind = alignment_kind(sa.text_of(text_a), sb.text_of(text_b))
            found.append(Alignment(sa, sb, round(score, 4), kind, (match,)))
    return found


def _counterparts(similarity: np.ndarray, i: int, names_a: Sequence[frozenset[str]], names_b: Sequence[frozenset[str]],
                  covered_b: list[bool], tier: SemanticTier) -> list[int]:
    """The closest uncovered sentence, and at most one more that names the same rare name and is closest to
    sentence ``i`` among the sentences of A naming it (a sentence split in two)."""
    row, names = similarity[i], names_a[i]
    order = [int(j) for j in np.argsort(-row) if not covered_b[int(j)]]
    chosen = []
    for rank, j in enumerate(order):
        if row[j] < tier.min_cosine_with_name:
            break
        shared = names & names_b[j]
        rivals = [k for k, other in enumerate(names_a) if other & shared]
        split_part = bool(shared) and max(rivals, key=lambda k: similarity[k, j]) == i
        if (rank == 0 and row[j] >= tier.min_cosine) or split_part:
            chosen.append(j)
        if len(chosen) == 2:
            break
    return chosen


# Remembered: a corpus meets each sentence in every comparison its article takes part in.
@functools.lru_cache(maxsize=262_144)
def _rare_names(sentence: str, tier: SemanticTier) -> frozenset[str]:
    return frozenset(t.norm for t in name_tokens(sentence)
                     if len(t.norm) > 2 and zipf(t.norm) <= tier.rare_name_max_zipf)


def _covered(sentences: Sequence[Span], spans: Sequence[Span]) -> list[bool]:
    # A sentence counts as aligned when half of it lies inside an existing passage.
    return [any(min(s.end, p.end) - max(s.start, p.start) >= s.length / 2 for p in spans) for s in sentences]
