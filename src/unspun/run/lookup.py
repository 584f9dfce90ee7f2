"""Reading a store for people: one stored pair with its passages, an article with its links.

The shells (``serve``, the static site) show stored verdicts. Passages and changes are not stored (the indexer
keeps verdicts only), so a pair page recomputes them with the engine the indexer used: static vectors, the
stored sentence vectors and spin scores. ``StoredComparison.agrees`` says whether that recomputation reached
the stored verdict, and the page says so when it did not.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from unspun.model import Comparison, StoredPair, Verdict
from unspun.pair.engine import PairEngine
from unspun.run.indexer import stored_side
from unspun.run.pool import corpus_engine
from unspun.store.sqlite import Store


@dataclass(frozen=True, slots=True)
class StoredComparison:
    comparison: Comparison  # recomputed, with passages and changes
    stored: Verdict | None  # what ``index`` stored for the pair (None: the pair was never stored)

    @property
    def verdict(self) -> Verdict:
        """The verdict to show: the stored one when there is one."""
        return self.stored or self.comparison.verdict

    @property
    def agrees(self) -> bool:
        v, s = self.comparison.verdict, self.stored
        return s is None or (v.relation, v.direction) == (s.relation, s.direction)


def stored_pair(store: Store, a: int, b: int) -> StoredPair | None:
    """The stored verdict of articles ``a`` and ``b`` in either order, as stored (A is the earlier-indexed)."""
    return next((p for p in store.pairs_of(a) if {p.a, p.b} == {a, b}), None)


def stored_comparison(store: Store, a: int, b: int, engine: PairEngine | None = None) -> StoredComparison:
    """Articles ``a`` and ``b`` compared with the indexer's engine (default ``corpus_engine``), beside their
    stored verdict."""
    engine = engine or corpus_engine()
    found = stored_pair(store, a, b)
    if found is not None:
        a, b = found.a, found.b
    side_a, side_b = stored_side(store, a), stored_side(store, b)
    for side in (side_a, side_b):
        engine.remember(side.seg, side.vectors, side.spin)
    comparison = engine.compare_segmented(side_a.seg, side_b.seg, details=True)
    # Removed blocks play no part in the verdict; the page shows them.
    seg_a, seg_b = (replace(s.seg, article=replace(s.seg.article, removed=store.removed_of(pk)))
                    for s, pk in ((side_a, a), (side_b, b)))
    comparison = replace(comparison, a=seg_a, b=seg_b)
    return StoredComparison(comparison, found.verdict if found else None)
