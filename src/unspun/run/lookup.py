"""Reading a store for people: one stored pair with its passages, an article with its links, what changed
between two versions of an article.

The shells (``serve``, the static site) show stored verdicts. Passages and changes are not stored (the indexer
keeps verdicts only), so a pair page recomputes them with the engine the indexer used: static vectors, the
stored sentence vectors and spin scores. ``StoredComparison.agrees`` says whether that recomputation reached
the stored verdict, and the page says so when it did not.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from unspun.config import Config
from unspun.errors import InputError
from unspun.model import Comparison, Direction, StoredPair, Verdict
from unspun.pair.engine import PairEngine
from unspun.run.indexer import stored_sides
from unspun.run.pool import store_engine
from unspun.store.sqlite import Store
from unspun.text.dates import version_a_first


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


def stored_comparison(
    store: Store, a: int, b: int, engine: PairEngine | None = None, keep_order: bool = False
) -> StoredComparison:
    """Articles ``a`` and ``b`` compared with the indexer's engine (default: ``store_engine``, static vectors and
    the store's saved settings), beside their stored verdict. The sides are in the stored pair's order (A indexed
    first), or with ``keep_order`` as given (the stored verdict then counts only when it was stored in that
    order)."""
    engine = engine or store_engine(store)
    found = stored_pair(store, a, b)
    if found is not None and (found.a, found.b) != (a, b):
        if keep_order:
            found = None
        else:
            a, b = found.a, found.b
    side_a, side_b = stored_sides(store, [a, b], engine.settings)
    for side in (side_a, side_b):
        engine.remember(side.seg, side.vectors, side.spin, side.english)
    comparison = engine.compare_segmented(side_a.seg, side_b.seg, details=True)
    # Removed blocks play no part in the verdict; the page shows them (the stored sides hold them).
    comparison = replace(comparison, a=side_a.seg, b=side_b.seg)
    return StoredComparison(comparison, found.verdict if found else None)


@dataclass(frozen=True, slots=True)
class VersionComparison:
    """Two stored versions of one article id compared: what changed from the one to the other (a stealth edit
    is a changed text under the same URL or path)."""

    id: str
    a: int  # the version number of side A
    b: int  # … of side B
    versions: int  # how many versions of the id the store holds
    found: StoredComparison


def compare_versions(
    store: Store, article_id: str, versions: tuple[int, int] | None = None, engine: PairEngine | None = None
) -> VersionComparison:
    """Version ``versions[0]`` of the stored ``article_id`` (A) against version ``versions[1]`` (B); by
    default the latest against the one before it. ``article_id`` may also be the path of an indexed file, as
    ``trace`` takes it. Raises ``InputError`` for an id not stored, or a version it does not have."""
    known = stored_id(store, article_id)
    keys = dict(store.versions(known))
    if len(keys) < 2:
        raise InputError(
            f"{known} has one stored version: nothing to compare (a changed text indexed under the same id or "
            "path is stored as its next version)"
        )
    latest = max(keys)
    a, b = versions if versions is not None else (latest - 1, latest)
    missing = [v for v in (a, b) if v not in keys]
    if missing:
        raise InputError(f"{known} has no version {missing[0]}: it has versions 1 to {latest}")
    if a == b:
        raise InputError(f"version {a} against itself: give two different versions of {known}")
    engine = store_engine(store, engine)
    found = stored_comparison(store, keys[a], keys[b], engine, keep_order=True)
    return VersionComparison(known, a, b, len(keys), _in_version_order(found, a, b, engine.settings.pair))


def _in_version_order(found: StoredComparison, a: int, b: int, config: Config) -> StoredComparison:
    """``found`` with the direction one id's versions are ordered by (version ``a`` as side A, ``b`` as B): the
    version the page says it modified later is the later (``dates.version_instant``: a modified time before its
    published time orders nothing; an archive may be indexed out of order), else the lower version, indexed first.
    The earlier is the one the other was edited from, whatever the texts' shares say (an update that inserts a
    paragraph reads, by its shares, as the source its first version shortened: probe50 c1 → c2). A verdict of
    separate stories keeps its ``unknown``. Modified times order them as the judge's ``_modified_clue`` does
    (``config.direction_modified_orders_versions``, ``direction_modified_min_minutes``), else the store's order."""
    first, second = (found.comparison.a.article, found.comparison.b.article)
    by_modified = version_a_first((first.published, first.modified), (second.published, second.modified),
                                  config.direction_modified_min_minutes)
    if config.direction_modified_orders_versions and by_modified is not None:
        a_first = by_modified
        later = second if a_first else first
        line = (f"version {a if a_first else b} came first: version {b if a_first else a} is the page as modified "
                f"at {later.modified}, later, whatever the texts' shares and the order they were indexed in say")
    else:
        a_first = a < b
        line = (f"the store holds A as version {a} and B as version {b} of this article: version {min(a, b)} came "
                f"first, whatever the texts' shares say")
    direction: Direction = "a_to_b" if a_first else "b_to_a"

    def ordered(verdict: Verdict) -> Verdict:
        if verdict.relation in ("same_story", "unrelated") or verdict.direction == direction:
            return verdict
        kept = tuple(e for e in verdict.evidence if e not in _DIRECTION_VERDICT_LINES)
        return replace(verdict, direction=direction, evidence=(*kept, line))

    comparison = replace(found.comparison, verdict=ordered(found.comparison.verdict))
    return replace(found, comparison=comparison, stored=ordered(found.stored) if found.stored else None)


# the judge's closing lines when it states no direction, which the version order answers
_DIRECTION_VERDICT_LINES = frozenset({"the clues do not say which came first",
                                      "the clues disagree about which came first"})


def stored_id(store: Store, given: str) -> str:
    """The stored id ``given`` names: itself, or the id the file at path ``given`` was indexed under."""
    from unspun.ingest.read import path_ids

    if store.versions(given):
        return given
    stored = [known for known in path_ids(given) if store.versions(known)]
    if not stored:
        raise InputError(f"no article {given!r} in the store: give a stored id (a URL, a path as indexed)")
    return stored[-1]
