"""The single-text spin score against genuine and spun texts, without the rest of the Judge suite.

Tables: (1) per source, the held-out half of ``bench.genuine`` (the Judge suite's spin table,
``bench.judge.spin_by_source``); (2) per length, the held-out texts cut to their openings (``bench.genuine.opening``)
and their spun copies, all sources together and each source; (3) texts written by people for the project's
fixtures: every genuine one (flagged count and the flagged files), the hand-spun ones, and the shipped seeds; (4) texts
written for the project in other languages and English texts quoting them (``tests/fixtures/spin_languages``): which
are scored.
Run: ``PYTHONPATH=src .venv/bin/python -m bench.spin_check [--per-source N] [--shared DIR]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import numpy as np

from bench.fit_spin import OPENING_WORDS, RATES
from bench.genuine import genuine_texts, is_test, opening
from bench.judge import SPIN_PER_SOURCE, flagged_share, spin_by_source
from bench.spinner import PROJECT_ROOT, Spinner, shared_dir
from unspun.ingest.segment import segment
from unspun.model import Article
from unspun.pair.spin import spin_score

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
# Fixture folders that hold no English text written as a genuine article (other languages; a corpus built with
# a spun member) are left out; a file named *spun* is a hand-spun copy.
NOT_GENUINE_FOLDERS = ("corpus", "languages", "spin_languages")
LANGUAGES = FIXTURES / "spin_languages"


def score(text: str) -> float | None:
    return spin_score(segment(Article("x", text)))


def by_length(shared: Path, per_source: int) -> list[list[Any]]:
    """Held-out texts cut to each opening length, all sources together and then each source (the goal is per source,
    short texts included): [length, source ("all" first), texts, genuine flagged, then per spin rate spun flagged]."""
    spinner = Spinner(shared)
    held = [g for g in genuine_texts(shared, per_source) if is_test(g)]
    rows = []
    for length in OPENING_WORDS:
        cut = [(k, g.source, text) for k, g in enumerate(held) if (text := opening(g.text, length)) is not None]
        scored = [(source, score(t), [score(spinner.spin(t, rate, seed=k).text) for rate in RATES])
                  for k, source, t in cut]
        for source in ("all", *sorted({source for source, _, _ in scored})):
            chosen = [(s, spun) for src, s, spun in scored if source in ("all", src)]
            genuine = [s for s, _ in chosen]
            row: list[Any] = [length, source, len(chosen), flagged_share(genuine)]
            row += [flagged_share([spun[i] for _, spun in chosen]) for i in range(len(RATES))]
            rows.append(row)
    return rows


def fixture_texts() -> tuple[list[Path], list[Path]]:
    """(genuine, hand-spun) fixture texts written by people for the project."""
    paths = sorted([*FIXTURES.glob("*/*.txt"), *FIXTURES.glob("short_rewrites/long/*.txt")])
    paths = [p for p in paths if p.parent.name not in NOT_GENUINE_FOLDERS]
    spun = [p for p in [*paths, *FIXTURES.glob("corpus/*spun*.txt")] if "spun" in p.name]
    return [p for p in paths if "spun" not in p.name], sorted(spun)


def fixture_scores(paths: list[Path]) -> list[tuple[float | None, str]]:
    from unspun.api import extract

    return [(spin_score(segment(extract(p))), _name(p)) for p in paths]


def _name(path: Path) -> str:
    return str(path.relative_to(PROJECT_ROOT)) if path.is_relative_to(PROJECT_ROOT) else path.name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-source", type=int, default=SPIN_PER_SOURCE)
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help="more genuine texts to score")
    args = parser.parse_args()
    shared = args.shared or shared_dir()
    print("| source | genuine | genuine flagged | AUC 15% | flagged 15% | AUC 30% | flagged 30% | AUC 60% "
          "| flagged 60% | genuine unscored |\n|---|---|---|---|---|---|---|---|---|---|")
    rows = spin_by_source(shared, args.per_source)
    for r in rows:
        print(f"| {r[0]} | {r[1]} | " + " | ".join(f"{v:.3f}" for v in r[2:]) + " |")
    print(f"mean genuine flagged {np.mean([r[2] for r in rows]):.3f}, max {max(r[2] for r in rows):.3f}\n")
    print("| opening words | source | texts | genuine flagged | flagged 15% | flagged 30% | flagged 60% |\n"
          "|---|---|---|---|---|---|---|")
    for r in by_length(shared, args.per_source):
        print(f"| {r[0]} | {r[1]} | {r[2]} | {round(r[3] * r[2])} ({r[3]:.3f}) | "
              + " | ".join(f"{v:.3f}" for v in r[4:]) + " |")
    genuine, spun = fixture_texts()
    for label, paths in (("genuine fixtures", genuine), ("hand-spun fixtures", spun), ("extra genuine", args.extra),
                         ("seeds", sorted((shared / "seeds").glob("*.txt"))),
                         ("other languages and English quoting them", sorted(LANGUAGES.glob("*.txt")))):
        scores = fixture_scores(paths)
        flagged = sorted((s, name) for s, name in scores if s is not None and s >= 0.5)
        unscored = sum(s is None for s, _ in scores)
        print(f"\n{label}: {len(flagged)} of {len(scores)} flagged, {unscored} not scored")
        listed = label in ("seeds", "hand-spun fixtures", "other languages and English quoting them")
        for s, name in (scores if listed else flagged[::-1]):
            print(f"  {'not scored' if s is None else f'{s:.3f}'} {name}")


if __name__ == "__main__":
    main()
