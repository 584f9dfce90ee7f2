"""Refit the reliability map of ``unspun.pair.confidence`` (stored there as plain numbers).

Train: the *train* pairs of the Judge suite's five sources (``bench.judge.SOURCES``, 60 each, every source
weighing the same). The judge's strengths of evidence (``decide_relation``'s score), every kind of verdict
together, fall into ``BANDS`` bands of equal weight; per band the share of right reuse decisions, made monotone by
isotonic regression over the bands, is a knot at the band's mean strength. Few bands and one map for all verdicts:
a map per kind of verdict, or a step per handful of pairs, learns the mix of sources it was fitted on (see
``confidence.py``); chosen by refitting without each train source in turn and scoring that source's *train*
pairs (the Judge section of bench/RESULTS.md, 2026-12-03 morning).
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

# Confidence stays within these bounds: below 0.5 the decision would be the other one; 0.99 leaves room for
# what a few hundred train pairs cannot show.
LOWEST, HIGHEST = 0.5, 0.99
BANDS = 3
KNOT_DIGITS = 3


def fit_reliability(items: Sequence[tuple[float, bool, str]]) -> tuple[tuple[float, float], ...]:
    """Knots from (strength, decision right, source) rows, each source weighing the same."""
    from sklearn.isotonic import IsotonicRegression

    if not items:
        return ((LOWEST, HIGHEST), (HIGHEST, HIGHEST))
    per_source: dict[str, int] = {}
    for *_, source in items:
        per_source[source] = per_source.get(source, 0) + 1
    rows = sorted((x, float(right), 1.0 / per_source[source]) for x, right, source in items)
    x = np.array([r[0] for r in rows])
    y = np.array([r[1] for r in rows])
    w = np.array([r[2] for r in rows])
    band = np.minimum((np.cumsum(w) / w.sum() * BANDS - 1e-9).astype(int), BANDS - 1)
    xs, ys, ws = [], [], []
    for b in np.unique(band):
        inside = band == b
        xs.append(float(np.average(x[inside], weights=w[inside])))
        ys.append(float(np.average(y[inside], weights=w[inside])))
        ws.append(float(w[inside].sum()))
    fitted = IsotonicRegression(y_min=LOWEST, y_max=HIGHEST).fit(xs, ys, sample_weight=ws).predict(xs)
    knots = [(round(bx, KNOT_DIGITS), round(float(by), KNOT_DIGITS)) for bx, by in zip(xs, fitted, strict=True)]
    return tuple(knots) if len(knots) > 1 else (knots[0], (HIGHEST, knots[0][1]))


def reliability_rows(judged: Sequence[Any]) -> list[tuple[float, bool, str]]:
    """(strength, decision right, source) of ``bench.judge.Judged`` records."""
    from bench.judge import reused_verdict

    return [(j.strength, reused_verdict(j.relation) == j.pair.reused, j.pair.source) for j in judged]


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
    print(f"RELIABILITY: tuple[tuple[float, float], ...] = {fit_reliability(rows)}")


if __name__ == "__main__":
    main()
