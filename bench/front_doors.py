"""``python -m bench.front_doors [--sets NAME ...] [--jobs N] [--json OUT]``: one verdict for one pair from both front
doors (issue 10/13).

For every pair of the hand-written fixture sets (each ``tests/fixtures/*/pairs.json``; the sources and answers of
``short_rewrites``, ``short_rewrites2``, ``short_rewrites3`` and ``human_summaries`` with its ``teasers``,
``credited`` and ``condensed``), ``compare`` (the library call, MiniLM) is set beside the corpus's answer: the two
texts indexed into a store of their own, and each traced against it (``unspun trace``: the other text listed or
not, with its relation and direction). A trace lists derivations only, so ``compare``'s same_story and unrelated
both read "not listed" there. A pair disagrees when a trace in either order gives another relation or direction
than ``compare`` in that order (``compare`` of B with A is read as its mirror of A with B: one verdict).

Each disagreement is put down to the first path that tells it apart (``path_of``):

- ``candidates``: the corpus engine's own comparison (``compare_segmented``, no details) agrees with ``compare``,
  but the trace does not list the pair (the candidate index never offered it) or lists it otherwise;
- ``details``: the corpus engine agrees with ``compare`` with details and not without them (the verdict reads
  what only the change lists find);
- ``vectors``: the corpus engine's comparison, details and all, differs from ``compare``'s (static vectors, or the
  second look's choice of which pass to keep).

Sets run in ``--jobs`` processes (default 2), each loading the models once.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.mirror import MIRRORED

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
# Sets of sources and answers (``truth.json``) beside those of pairs (``pairs.json``).
ANSWER_SETS = ("short_rewrites", "short_rewrites2", "short_rewrites3", "human_summaries",
               "human_summaries/teasers", "human_summaries/credited", "human_summaries/condensed")
NOT_LISTED = "-"  # a trace lists derivations only: compare's same_story and unrelated read so


@dataclass(frozen=True, slots=True)
class Pair:
    set: str
    id: str
    a: Path
    b: Path


@dataclass(frozen=True, slots=True)
class Doors:
    """One pair's answers: ``compare``'s and each trace's, as (relation, direction) of A with B."""
    set: str
    id: str
    compare: tuple[str, str]
    trace_a: tuple[str, str]  # tracing A: B listed as
    trace_b: tuple[str, str]  # tracing B: A listed as, mirrored to read as A with B
    stored: tuple[str, str]  # the verdict the index stored for the pair (mirrored to A with B), "-" when none
    path: str  # "" when the doors agree, else which path tells them apart (``path_of``)
    coverage: tuple[float, float]  # compare's coverage of A and of B


def pairs_of(name: str) -> list[Pair]:
    """The pairs of one fixture set: (A, B) of its ``pairs.json`` or (source, answer) of its ``truth.json``."""
    folder = FIXTURES / name
    if (folder / "pairs.json").exists():
        listed = json.loads((folder / "pairs.json").read_text(encoding="utf-8"))["pairs"]
        return [Pair(name, p["id"], folder / p["a"], folder / p["b"]) for p in listed]
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    files = {s["id"]: folder / s.get("file", f"{s['id']}.txt") for s in truth["sources"]}
    return [Pair(name, a["file"].removesuffix(".txt"), files[a["source"]], folder / a["file"])
            for a in truth["answers"]]


def all_sets() -> list[str]:
    return sorted(d.name for d in FIXTURES.iterdir() if (d / "pairs.json").exists()) + list(ANSWER_SETS)


def _read(relation: str, direction: str) -> tuple[str, str]:
    from unspun.model import DERIVED_RELATIONS

    return (relation, direction) if relation in DERIVED_RELATIONS else (NOT_LISTED, NOT_LISTED)


def _mirrored(answer: tuple[str, str]) -> tuple[str, str]:
    return answer[0], MIRRORED.get(answer[1], answer[1])


def doors(pair: Pair) -> Doors:
    """``compare`` of the pair and the corpus's answers: both texts indexed into a store of their own, each traced."""
    from unspun.api import compare, index, trace
    from unspun.store.sqlite import Store

    compared = compare(pair.a, pair.b).verdict
    answer = _read(compared.relation, compared.direction)
    with tempfile.TemporaryDirectory() as name:
        db = Path(name) / "store.db"
        index([pair.a, pair.b], db, workers=1)
        with Store(db, create=False) as store:
            stored_pairs = list(store.pairs())
            first_id = {m.pk: m.id for m in store.metas()}
        listed = []
        for query, other in ((pair.a, pair.b), (pair.b, pair.a)):
            matches = [m for m in trace(query, db).matches if Path(m.id).stem == other.stem or m.id == other.name]
            listed.append((matches[0].relation, matches[0].direction) if matches else (NOT_LISTED, NOT_LISTED))
    stored = (NOT_LISTED, NOT_LISTED)
    for p in stored_pairs:
        found = _read(p.verdict.relation, p.verdict.direction)
        stored = found if Path(first_id[p.a]).stem == pair.a.stem else _mirrored(found)
    trace_a, trace_b = listed[0], _mirrored(listed[1])
    path = "" if trace_a == answer and trace_b == answer else path_of(pair, answer)
    return Doors(pair.set, pair.id, answer, trace_a, trace_b, stored, path,
                 (round(compared.coverage_a, 2), round(compared.coverage_b, 2)))


def path_of(pair: Pair, answer: tuple[str, str]) -> str:
    """Which path tells the corpus's answer from ``compare``'s (see the module's docstring)."""
    from unspun.ingest.segment import segment
    from unspun.run.pool import corpus_engine

    engine = corpus_engine()
    a, b = (segment(engine.extract(path), engine.config) for path in (pair.a, pair.b))
    quick = engine.compare_segmented(a, b, details=False).verdict
    if _read(quick.relation, quick.direction) == answer:
        return "candidates"
    full = engine.compare_segmented(a, b, details=True).verdict
    return "details" if _read(full.relation, full.direction) == answer else "vectors"


def set_doors(name: str) -> list[Doors]:
    found = [doors(pair) for pair in pairs_of(name)]
    print(f"{name}: {sum(bool(d.path) for d in found)} of {len(found)} differ", file=sys.stderr, flush=True)
    return found


def run(names: list[str], jobs: int) -> Iterator[Doors]:
    if jobs <= 1:
        for name in names:
            yield from set_doors(name)
        return
    with ProcessPoolExecutor(jobs) as pool:
        for found in pool.map(set_doors, names):
            yield from found


def summary(found: list[Doors]) -> str:
    per_set: dict[str, Counter[str]] = defaultdict(Counter)
    for d in found:
        per_set[d.set]["pairs"] += 1
        per_set[d.set]["differ"] += bool(d.path)
    rows = ["| set | pairs | differ |", "|---|---|---|"]
    rows += [f"| {name} | {c['pairs']} | {c['differ']} |" for name, c in per_set.items()]
    rows.append(f"| all | {len(found)} | {sum(bool(d.path) for d in found)} |")
    by_path: dict[str, list[Doors]] = defaultdict(list)
    for d in found:
        if d.path:
            by_path[d.path].append(d)
    for path, listed in sorted(by_path.items()):
        rows.append(f"\n{path} ({len(listed)}):")
        rows += [f"  {d.set}/{d.id}: compare {'/'.join(d.compare)} {d.coverage}; trace A {'/'.join(d.trace_a)}; "
                 f"trace B {'/'.join(d.trace_b)}; stored {'/'.join(d.stored)}" for d in listed]
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", help="fixture sets (folder names under tests/fixtures); default: all")
    parser.add_argument("--jobs", type=int, default=2, help="processes, one set each at a time")
    parser.add_argument("--json", type=Path, help="also write every pair's answers as JSON Lines")
    args = parser.parse_args()
    found = list(run(args.sets or all_sets(), args.jobs))
    print(summary(found))
    if args.json:
        args.json.write_text("".join(json.dumps(asdict(d)) + "\n" for d in found), encoding="utf-8")


if __name__ == "__main__":
    main()
