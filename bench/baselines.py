"""Baselines the bench suites compare unspun against.

``seed_extend_align`` is a passim-like passage aligner: shared word n-grams are seeds, seeds close together in
both texts chain into clusters, each cluster becomes one passage running from its first seed to its last, and a
passage lying mostly inside a longer one (a repeated phrase met again) is dropped. Defaults set on the PAN dev
half (``min_seeds`` 2 vs 3, ``max_gap`` 30/60/100 words: 3 and 30 were best).
It knows nothing of meaning, so it is exact on verbatim reuse and loses passages as spinning breaks n-grams.

API (small on purpose; other suites share it)::

    seed_extend_align(src, susp, n=5, max_gap=30, min_seeds=3, max_ngram_count=5) -> list[Passage]

``Passage.src`` and ``Passage.susp`` are ``unspun.model.Span`` character ranges of each text.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from unspun.model import Span
from unspun.text.tokens import Token, word_tokens


@dataclass(frozen=True, slots=True)
class Passage:
    """A reused passage: its span in the source text and in the suspicious (reusing) text."""

    src: Span
    susp: Span


@dataclass(slots=True)
class _Cluster:
    seeds: list[tuple[int, int]]  # (source token index, suspicious token index) of each seed's first word


def seed_extend_align(
    src: str, susp: str, n: int = 5, max_gap: int = 30, min_seeds: int = 3, max_ngram_count: int = 5
) -> list[Passage]:
    """Passages shared by ``src`` and ``susp``: chains of shared word ``n``-grams.

    ``max_gap``: most words between consecutive seeds of one passage, in either text. ``min_seeds``: fewest
    seeds a passage needs (one shared 5-gram is often a stock phrase). ``max_ngram_count``: n-grams occurring
    more often than this in either text are boilerplate and never seed (as passim does).
    """
    tokens_src, tokens_susp = word_tokens(src), word_tokens(susp)
    seeds = _seeds(_ngram_positions(tokens_src, n), _ngram_positions(tokens_susp, n), max_ngram_count)
    clusters = _chained(seeds, max_gap)
    passages = [_passage(c, tokens_src, tokens_susp, n) for c in clusters if len(c.seeds) >= min_seeds]
    return _without_overlaps(passages)


def _without_overlaps(passages: list[Passage]) -> list[Passage]:
    """Longest first; a passage mostly inside an already kept one (in either text) is a stray repeat."""
    kept: list[Passage] = []
    for p in sorted(passages, key=lambda p: -(p.src.length + p.susp.length)):
        if not any(_mostly_inside(p.susp, k.susp) or _mostly_inside(p.src, k.src) for k in kept):
            kept.append(p)
    return sorted(kept, key=lambda p: p.susp.start)


def _mostly_inside(inner: Span, outer: Span) -> bool:
    shared = min(inner.end, outer.end) - max(inner.start, outer.start)
    return shared > 0.5 * inner.length


def _ngram_positions(tokens: list[Token], n: int) -> dict[tuple[str, ...], list[int]]:
    positions: dict[tuple[str, ...], list[int]] = defaultdict(list)
    words = [t.norm for t in tokens]
    for k in range(len(words) - n + 1):
        positions[tuple(words[k : k + n])].append(k)
    return positions


def _seeds(src: dict, susp: dict, max_count: int) -> list[tuple[int, int]]:
    pairs = []
    for gram, at_susp in susp.items():
        at_src = src.get(gram)
        if at_src and len(at_src) <= max_count and len(at_susp) <= max_count:
            pairs.extend((i, j) for i in at_src for j in at_susp)
    return sorted(pairs, key=lambda p: (p[1], p[0]))


def _chained(seeds: list[tuple[int, int]], max_gap: int) -> list[_Cluster]:
    """Greedy chaining in suspicious-text order: a seed joins the cluster it continues forward in both texts,
    the one whose diagonal it keeps best (so a repeated n-gram elsewhere does not steal the next seed)."""
    clusters: list[_Cluster] = []
    for i, j in seeds:
        best, best_drift = None, None
        for cluster in clusters:
            last_i, last_j = cluster.seeds[-1]
            if 0 <= j - last_j <= max_gap and 0 <= i - last_i <= max_gap:
                drift = abs((i - last_i) - (j - last_j))
                if best_drift is None or drift < best_drift:
                    best, best_drift = cluster, drift
        if best is None:
            clusters.append(_Cluster([(i, j)]))
        else:
            best.seeds.append((i, j))
    return clusters


def _passage(cluster: _Cluster, tokens_src: list[Token], tokens_susp: list[Token], n: int) -> Passage:
    first_i = min(i for i, _ in cluster.seeds)
    last_i = max(i for i, _ in cluster.seeds) + n - 1
    first_j = min(j for _, j in cluster.seeds)
    last_j = max(j for _, j in cluster.seeds) + n - 1
    return Passage(
        Span(tokens_src[first_i].start, tokens_src[last_i].end),
        Span(tokens_susp[first_j].start, tokens_susp[last_j].end),
    )
