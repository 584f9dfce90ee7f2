"""``python -m bench.run [--quick] [--only SUITES] [--limit N] [--out bench/RESULTS.md]``.

Runs the evaluation suites in order, each timed; a suite that fails is recorded as failed (with its error)
and the run goes on. Writes one markdown file: the date, machine, commit and total time, a summary of every
goal (met or missed), then one section per suite.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.common import (
    DEFAULT_SHARED,
    LIMIT_ENV,
    PROJECT_ROOT,
    SHARED_ENV,
    DatasetMissing,
    fmt,
    git_commit,
    goal_text,
    machine,
    md_table,
)

# name → (module, title); the order is the order they run and appear in RESULTS.md.
SUITES: dict[str, tuple[str, str]] = {
    "extraction": ("bench.extraction", "Extraction"),
    "captures": ("bench.captures", "Plain-text captures: headline, byline, dateline, teasers"),
    "pan": ("bench.pan", "Passage alignment (PAN)"),
    "sentences": ("bench.sentences", "Sentence pairs"),
    "summaries": ("bench.summaries", "Summaries: sentence links and candidates"),
    "relations": ("bench.relations", "Relations"),
    "mirror": ("bench.mirror", "Mirror symmetry: B with A mirrors A with B"),
    "changes": ("bench.changes", "Changes"),
    "judge": ("bench.judge", "Judge: beyond our own generators"),
    "corpus": ("bench.corpus", "Corpus: index, trace, stories"),
    "scale": ("bench.scale", "Scale: index and Spark on a WARC of HTML pages"),
    "web": ("bench.web", "Web: unspun serve"),
    "hostile": ("bench.hostile", "Reliability: hostile inputs and fuzzing"),
    "reliability": ("bench.reliability", "Reliability: crash, concurrency, disk"),
    "speed": ("bench.speed", "Speed"),
}
DEFAULT_OUT = PROJECT_ROOT / "bench" / "RESULTS.md"
EXIT_DATA_MISSING = 2
EXIT_SUITE_FAILED = 1


@dataclass(slots=True)
class SuiteOutcome:
    name: str
    title: str
    status: str  # "ok", "failed" or "skipped"
    seconds: float
    body: str = ""
    error: str = ""
    goals: list[dict[str, Any]] = field(default_factory=list)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description="unspun's evaluation suites")
    parser.add_argument("--quick", action="store_true", help="small samples; finishes in under 5 minutes")
    parser.add_argument(
        "--only", metavar="SUITES", default="", help=f"comma-separated subset of: {', '.join(SUITES)}"
    )
    parser.add_argument("--limit", type=int, metavar="N", help="cap every suite at N items (for smoke tests)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="markdown file to write")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the ../shared folder")
    return parser.parse_args(argv)


def chosen_suites(only: str) -> list[str]:
    if not only.strip():
        return list(SUITES)
    names = [n.strip() for n in only.split(",") if n.strip()]
    unknown = [n for n in names if n not in SUITES]
    if unknown:
        raise SystemExit(f"unknown suite(s) {', '.join(unknown)}: choose from {', '.join(SUITES)}")
    return [n for n in SUITES if n in names]


def run_suite(name: str, shared: Path, quick: bool) -> SuiteOutcome:
    module_name, title = SUITES[name]
    start = time.perf_counter()
    try:
        module = importlib.import_module(module_name)
        results = module.run(shared, quick)
        body = module.markdown(results)
    except DatasetMissing as missing:
        return SuiteOutcome(name, title, "skipped", time.perf_counter() - start, error=str(missing))
    except Exception as error:  # one broken suite must not hide the others' figures
        detail = "".join(traceback.format_exception_only(type(error), error)).strip()
        where = traceback.extract_tb(error.__traceback__)[-1]
        message = f"{detail} (at {Path(where.filename).name}:{where.lineno})"
        return SuiteOutcome(name, title, "failed", time.perf_counter() - start, error=message)
    goals = list(results.get("goals", [])) if isinstance(results, dict) else []
    return SuiteOutcome(name, title, "ok", time.perf_counter() - start, body=body, goals=goals)


def header(
    info: dict[str, Any], started: datetime, total_seconds: float, quick: bool, limit: int | None
) -> str:
    packages = ", ".join(f"{k} {v}" for k, v in info["packages"].items())
    mode = "quick" if quick else "full"
    if limit:
        mode += f", limit {limit} items per suite"
    return "\n".join(
        [
            "# unspun benchmark results",
            "",
            f"- date: {started:%Y-%m-%d %H:%M} UTC",
            f"- machine: {info['cpu']}, {info['cores']} cores, {info['ram_gib']} GiB RAM, {info['os']}, "
            f"Python {info['python']}; 1-min load average {info['load_average']} at the start",
            f"- packages: {packages}",
            f"- commit: {git_commit()}",
            f"- mode: {mode}; total time {total_seconds / 60:.1f} min",
            "- command: `make bench` (`python -m bench.run`)",
        ]
    )


def summary(outcomes: Sequence[SuiteOutcome]) -> str:
    rows = [[o.title, o.status, f"{o.seconds:.1f}", _goal_summary(o)] for o in outcomes]
    lines = ["## Summary", "", md_table(["suite", "status", "seconds", "goals"], rows)]
    missed = [g for o in outcomes for g in o.goals if not g["met"]]
    if missed:
        lines += ["", "Goals missed in this run:", *(f"- {goal_text(g)}" for g in missed)]
    return "\n".join(lines)


def _goal_summary(outcome: SuiteOutcome) -> str:
    if outcome.status != "ok":
        return "not measured"
    if not outcome.goals:
        return "—"
    met = sum(g["met"] for g in outcome.goals)
    return f"{met}/{len(outcome.goals)} met"


def section(outcome: SuiteOutcome) -> str:
    title = f"## {outcome.title}"
    timing = f"_{outcome.status}, {fmt(outcome.seconds, 1)} s_"
    if outcome.status == "failed":
        return f"{title}\n\n{timing}\n\n**FAILED**: `{outcome.error}`"
    if outcome.status == "skipped":
        return f"{title}\n\n{timing}\n\nSkipped: {outcome.error}"
    return f"{title}\n\n{timing}\n\n{outcome.body.strip()}"


def render(
    outcomes: Sequence[SuiteOutcome],
    info: dict[str, Any],
    started: datetime,
    total: float,
    quick: bool,
    limit: int | None,
) -> str:
    blocks = [header(info, started, total, quick, limit), summary(outcomes), *(section(o) for o in outcomes)]
    return "\n\n".join(blocks) + "\n"


@contextmanager
def _passed_to_suites(shared: Path, limit: int | None) -> Iterator[None]:
    """``--shared`` and ``--limit`` set in the environment, where a suite's inner code reads them, for this run
    only (a caller in the same process, a test, finds its environment as it was)."""
    saved = {key: os.environ.get(key) for key in (SHARED_ENV, LIMIT_ENV)}
    os.environ[SHARED_ENV] = str(shared)
    if limit is not None:
        os.environ[LIMIT_ENV] = str(limit)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    names = chosen_suites(args.only)
    if not (args.shared / "data").is_dir():
        print(
            f"bench: evaluation data not found at {args.shared / 'data'}: put the third-party sets in "
            "../shared/data (see ../shared/README.md) or pass --shared PATH",
            file=sys.stderr,
        )
        return EXIT_DATA_MISSING
    if args.limit is not None and args.limit < 1:
        raise SystemExit(f"--limit {args.limit}: give a whole number of items >= 1")
    info, started, start = machine(), datetime.now(UTC), time.perf_counter()
    outcomes = []
    with _passed_to_suites(args.shared, args.limit):
        for name in names:
            print(f"bench: {name} …", file=sys.stderr, flush=True)
            outcome = run_suite(name, args.shared, args.quick)
            print(f"bench: {name} {outcome.status} in {outcome.seconds:.1f} s {outcome.error}", file=sys.stderr)
            outcomes.append(outcome)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(outcomes, info, started, time.perf_counter() - start, args.quick, args.limit))
    print(f"bench: wrote {args.out}", file=sys.stderr)
    return EXIT_SUITE_FAILED if any(o.status == "failed" for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
