"""Refit the reliability map of ``unspun.pair.confidence`` (stored there as plain numbers).

Train: the *train* pairs of the Judge suite's five sources (``bench.judge.SOURCES``, 60 each, every source
weighing the same). For each verdict group (``confidence.GROUP``) an isotonic regression of "the reuse decision
was right" on the judge's strength of evidence (``decide_relation``'s score); its steps become the knots.
Prints the map to paste into ``confidence.py``; the Judge suite scores it on the test pairs, and refits it left
one source out at a time to show it on sources it was not fitted on.
Run: ``.venv/bin/python -m bench.fit_confidence``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from unspun.pair.confidence import GROUP

# Confidence stays within these bounds: below 0.5 the decision would be the other one; 0.99 leaves room for
# what a few hundred train pairs cannot show.
LOWEST, HIGHEST = 0.5, 0.99
KNOT_DIGITS = 3


def fit_reliability(items: Sequence[tuple[str, float, bool, str]]) -> dict[str, tuple[tuple[float, float], ...]]:
    """Knots per verdict group from (relation, strength, decision right, source) rows, each source weighing
    the same; a group without rows keeps a single knot at its overall share right (or ``HIGHEST``)."""
    from sklearn.isotonic import IsotonicRegression

    per_source = {s: sum(1 for *_, src in items if src == s) for s in {src for *_, src in items}}
    reliability = {}
    for group in sorted(set(GROUP.values())):
        rows = [(x, right, 1.0 / per_source[src]) for relation, x, right, src in items if GROUP[relation] == group]
        if len({x for x, _, _ in rows}) < 2:
            share = float(np.mean([r for _, r, _ in rows])) if rows else HIGHEST
            reliability[group] = ((0.5, _bounded(share)), (0.99, _bounded(share)))
            continue
        x = np.array([r[0] for r in rows])
        y = np.array([float(r[1]) for r in rows])
        w = np.array([r[2] for r in rows])
        model = IsotonicRegression(y_min=LOWEST, y_max=HIGHEST, out_of_bounds="clip").fit(x, y, sample_weight=w)
        reliability[group] = _knots(model.X_thresholds_, model.y_thresholds_)
    return reliability


def _bounded(value: float) -> float:
    return round(min(max(value, LOWEST), HIGHEST), KNOT_DIGITS)


def _knots(xs: np.ndarray, ys: np.ndarray) -> tuple[tuple[float, float], ...]:
    """The isotonic steps as (x, y) knots, dropping knots in the middle of a flat run."""
    points = [(round(float(x), KNOT_DIGITS), _bounded(float(y))) for x, y in zip(xs, ys, strict=True)]
    kept = [p for k, p in enumerate(points)
            if k in (0, len(points) - 1) or not (points[k - 1][1] == p[1] == points[k + 1][1])]
    return tuple(kept)


def reliability_rows(judged: Sequence[Any]) -> list[tuple[str, float, bool, str]]:
    """(relation, strength, decision right, source) of ``bench.judge.Judged`` records."""
    from bench.judge import reused_verdict

    return [(j.relation, j.strength, reused_verdict(j.relation) == j.pair.reused, j.pair.source) for j in judged]


def main() -> None:
    from bench.common import DEFAULT_SHARED
    from bench.judge import FULL, SOURCES, judged

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--per-source", type=int, default=FULL)
    args = parser.parse_args()
    rows = []
    for load in SOURCES.values():
        rows += reliability_rows([judged(p) for p in load(args.shared, args.per_source, True)])
    print("RELIABILITY: dict[str, tuple[tuple[float, float], ...]] = {")
    for group, knots in fit_reliability(rows).items():
        print(f'    "{group}": {knots},')
    print("}")


if __name__ == "__main__":
    main()
