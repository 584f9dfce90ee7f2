"""Tune ``unspun.corpus.story_clusters.StoryConfig`` on BASIL's tune half (even positions of the sorted event ids)
and on the dev half of the same-topic corpus (``bench.same_topic``: even positions of its pairs).

Each corpus is indexed once (full pipeline, as ``bench.corpus.basil_stories`` does) into a store beside
``--db``; later runs reuse it, so a grid over the story settings takes seconds. The test halves (odd
positions) are scored only with ``--test``, once, for the settings chosen here: never choose settings by
looking at them. Run: ``.venv/bin/python -m bench.tune_stories [--db PATH] [--undated] [--events] [--test]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from bench.common import DEFAULT_SHARED
from bench.corpus import adjusted_rand, basil_articles, bcubed
from unspun.corpus.story_clusters import (
    DEFAULT_STORIES,
    StoryConfig,
    StoryEvidence,
    story_groups,
    story_links,
)
from unspun.model import StoredPair
from unspun.store.sqlite import Store
from unspun.store.stories import stored_story_evidence

DEFAULT_DB = Path("/tmp/unspun_stories/basil.db")
TUNE, TEST = 0, 1
# Each value either side of the settings tuned before the pair judge was recalibrated.
DATED_GRID: dict[str, Sequence[Any]] = {
    "neighbours": (5, 10, 20),
    "min_doc_cosine": (0.75, 0.80, 0.85),
    "doc_weight": (0.25, 0.5, 0.75),
    "min_link_score": (0.25, 0.30, 0.35, 0.40),
    "window_days": (2, 4, 7),
}
UNDATED_GRID: dict[str, Sequence[Any]] = {
    "min_link_score_undated": (0.30, 0.35, 0.40, 0.45, 0.50, 0.55),
    "min_derived_score_undated": (0.0, 0.3, 0.4, 0.45, 0.5, 0.6),
}
# The weights of the event score (mean vectors, facts, key words) and the undated bars, together.
EVENT_GRID: dict[str, Sequence[Any]] = {
    "doc_weight": (0.0, 0.25, 0.5),
    "fact_weight": (0.0, 0.5, 1.0),
    "term_weight": (0.0, 1.0, 1.5, 2.0, 3.0),
    "min_link_score_undated": (0.30, 0.40, 0.50, 0.60, 0.70),
    "min_derived_score_undated": (0.4, 0.5, 0.6, 0.7),
}


@dataclasses.dataclass(frozen=True, slots=True)
class Labelled:
    """A stored corpus with gold events: what ``score`` reads."""

    evidence: StoryEvidence
    pairs: list[StoredPair]
    events: list[str]  # gold event of each article slot
    half: list[int]  # TUNE or TEST, by article slot


def load(db: Path, shared: Path = DEFAULT_SHARED) -> Labelled:
    """BASIL's articles, stored verdicts and story evidence; indexes into ``db`` first when it is new."""
    articles, events = basil_articles(shared)
    order = {e: k % 2 for k, e in enumerate(sorted(set(events)))}
    return load_labelled(db, articles, events, [order[e] for e in events], "basil")


def load_same_topic(db: Path, shared: Path = DEFAULT_SHARED) -> Labelled:
    """The same-topic corpus (``bench.same_topic``), indexed into ``db`` first when it is new."""
    from bench.same_topic import members

    found = members(shared)
    return load_labelled(db, [m.article for m in found], [m.event for m in found], [m.half for m in found],
                         "same_topic")


def load_labelled(db: Path, articles: Sequence[Any], events: Sequence[str], halves: Sequence[int],
                  root: str) -> Labelled:
    """Stored verdicts and story evidence of ``articles`` (gold ``events``, ``halves``), indexed into ``db``
    first when it is new."""
    from unspun.run.indexer import Hashed, index_articles

    gold = {a.id: (e, h) for a, e, h in zip(articles, events, halves, strict=True)}
    fresh = not db.exists()
    db.parent.mkdir(parents=True, exist_ok=True)
    with Store(db) as store:
        if fresh:
            print(index_articles(store, [Hashed(a, root) for a in articles]).line())
        metas = store.metas()
        evidence = stored_story_evidence(store, metas)
        pairs = store.pairs()
    return Labelled(evidence, pairs, [gold[m.id][0] for m in metas], [gold[m.id][1] for m in metas])


def undated(basil: Labelled) -> Labelled:
    """The same corpus with every publication date hidden."""
    metas = [dataclasses.replace(m, published=None) for m in basil.evidence.metas]
    return dataclasses.replace(basil, evidence=dataclasses.replace(basil.evidence, metas=metas))


def score(basil: Labelled, config: StoryConfig, half: int) -> dict[str, float]:
    """B-cubed P/R/F1 and ARI of the stories ``config`` makes, on one half's articles."""
    label = {k: str(group[0]) for group in story_groups(basil.evidence, basil.pairs, config) for k in group}
    chosen = [k for k, h in enumerate(basil.half) if h == half]
    predicted, gold = [label[k] for k in chosen], [basil.events[k] for k in chosen]
    return {**bcubed(predicted, gold), "ari": adjusted_rand(predicted, gold)}


def cross_event_links(basil: Labelled, config: StoryConfig, half: int) -> Counter[str]:
    """Links joining two different events inside ``half``, by kind and (for derived ones) relation."""
    slot = {m.pk: k for k, m in enumerate(basil.evidence.metas)}
    relation = {(slot[p.a], slot[p.b]): p.verdict.relation for p in basil.pairs}
    found: Counter[str] = Counter()
    for link in story_links(basil.evidence, basil.pairs, config):
        if link.kind == "undated" and link.score < config.min_link_score_undated:
            continue
        if basil.half[link.a] == basil.half[link.b] == half and basil.events[link.a] != basil.events[link.b]:
            found[link.kind + ("/" + relation[(link.a, link.b)] if link.kind == "derived" else "")] += 1
    return found


def grid(base: StoryConfig, axes: dict[str, Sequence[Any]]) -> Iterator[StoryConfig]:
    for values in itertools.product(*axes.values()):
        yield dataclasses.replace(base, **dict(zip(axes, values, strict=True)))


def best(
    basil: Labelled, base: StoryConfig, axes: dict[str, Sequence[Any]], top: int
) -> list[tuple[dict, StoryConfig]]:
    """The ``top`` settings by tune-half F1 then ARI; ties keep the settings nearest ``base`` first."""

    def changed(config: StoryConfig) -> int:
        return sum(getattr(config, name) != getattr(base, name) for name in axes)

    scored = [(score(basil, c, TUNE), c) for c in grid(base, axes)]
    scored.sort(key=lambda sc: (-round(sc[0]["f1"], 4), -round(sc[0]["ari"], 4), changed(sc[1])))
    return scored[:top]


def _line(label: str, result: dict[str, float]) -> str:
    return (
        f"{label}: P {result['precision']:.3f} R {result['recall']:.3f} F1 {result['f1']:.3f} ARI {result['ari']:.3f}"
    )


def _settings(config: StoryConfig, axes: dict[str, Sequence[Any]]) -> str:
    return " ".join(f"{name}={getattr(config, name)}" for name in axes)


def best_for_events(
    basil: Labelled, same_topic: Labelled, base: StoryConfig, axes: dict[str, Sequence[Any]], top: int
) -> list[tuple[dict[str, dict], StoryConfig]]:
    """The ``top`` settings by the mean F1 of BASIL's tune half with dates hidden and the same-topic dev half
    (no dates there), among those keeping BASIL's dated tune half at its best; ties nearest ``base`` first."""
    hidden = undated(basil)
    scored = []
    for config in grid(base, axes):
        results = {"basil dated": score(basil, config, TUNE), "basil undated": score(hidden, config, TUNE),
                   "same-topic": score(same_topic, config, TUNE)}
        scored.append((results, config))
    dated_best = max(round(r["basil dated"]["f1"], 4) for r, _ in scored)

    def key(item: tuple[dict[str, dict], StoryConfig]) -> tuple[float, float, int]:
        results, config = item
        mean = (results["basil undated"]["f1"] + results["same-topic"]["f1"]) / 2
        changed = sum(getattr(config, name) != getattr(base, name) for name in axes)
        return -round(mean, 4), -round(results["basil dated"]["f1"], 4), changed

    kept = [item for item in scored if round(item[0]["basil dated"]["f1"], 4) == dated_best]
    return sorted(kept, key=key)[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--undated", action="store_true", help="also tune the undated thresholds, dates hidden")
    parser.add_argument("--events", action="store_true",
                        help="tune the event score's weights and undated bars on both corpora")
    parser.add_argument("--test", action="store_true", help="score the current defaults on the test halves, once")
    args = parser.parse_args()
    basil = load(args.db)
    print(_line("defaults, tune half", score(basil, DEFAULT_STORIES, TUNE)))
    print("cross-event links in the tune half:", dict(cross_event_links(basil, DEFAULT_STORIES, TUNE)))
    for result, config in best(basil, DEFAULT_STORIES, DATED_GRID, args.top):
        print(_line(_settings(config, DATED_GRID), result))
    if args.undated:
        hidden = undated(basil)
        print(_line("defaults, dates hidden, tune half", score(hidden, DEFAULT_STORIES, TUNE)))
        print("cross-event links, dates hidden:", dict(cross_event_links(hidden, DEFAULT_STORIES, TUNE)))
        for result, config in best(hidden, DEFAULT_STORIES, UNDATED_GRID, args.top):
            print(_line(_settings(config, UNDATED_GRID), result))
    same_topic = load_same_topic(args.db.with_name("same_topic.db")) if args.events or args.test else None
    if args.events and same_topic is not None:
        print(_line("defaults, same-topic dev half", score(same_topic, DEFAULT_STORIES, TUNE)))
        print("cross-event links, same-topic dev:", dict(cross_event_links(same_topic, DEFAULT_STORIES, TUNE)))
        for results, config in best_for_events(basil, same_topic, DEFAULT_STORIES, EVENT_GRID, args.top):
            print(_settings(config, EVENT_GRID))
            for name, result in results.items():
                print(_line("    " + name, result))
    if args.test:
        print(_line("defaults, TEST half", score(basil, DEFAULT_STORIES, TEST)))
        print(_line("defaults, dates hidden, TEST half", score(undated(basil), DEFAULT_STORIES, TEST)))
        if same_topic is not None:
            print(_line("defaults, same-topic TEST half", score(same_topic, DEFAULT_STORIES, TEST)))


if __name__ == "__main__":
    main()
