"""Confidence: how clearly a pair passed the judge's rules → how often such a reuse decision is right.

``decide_relation`` scores its own evidence on a [0.5, 0.99] scale (0.5 at a rule's threshold, 0.99 far past
it). That strength is no probability: far-past-the-threshold rewrites can be wrong (sentences of independent reports
of one news cluster that share wording and pass the sentence agreement check), and duplicates at the threshold
are always right.
The reliability map below turns (the kind of verdict, the strength) into the share of such verdicts whose
reuse decision (derived or independent) was right, so that a confidence of 0.8 is right four times in five.

Fitted by ``bench/fit_confidence.py``: isotonic regression (pool adjacent violators) of "the reuse decision
was right" on the strength, separately for each verdict group, over the *train* pairs of the Judge suite's
five sources (synthetic BBC copies, BASIL, PAN passages, MSRP- and PAN-sentence-composed documents), each
source weighing the same. The Judge section of bench/RESULTS.md shows the map on the test pairs and left one
source out at a time. Plain numbers, so that nothing is fitted or imported at run time.
"""

from __future__ import annotations

import bisect

# Verdict group of each relation: the map is fitted per group (their strengths are measured differently).
GROUP = {
    "duplicate": "copied",
    "near_duplicate": "copied",
    "spun_copy": "reworded",
    "rewrite": "reworded",
    "partial_reuse": "partial",
    "same_story": "independent",
    "unrelated": "independent",
}

# (strength, share right) knots per group, strengths increasing; linear between knots, flat outside.
RELIABILITY: dict[str, tuple[tuple[float, float], ...]] = {
    "copied": ((0.542, 0.99), (0.99, 0.99)),
    "independent": ((0.501, 0.958), (0.9, 0.958), (0.901, 0.99), (0.99, 0.99)),
    "partial": ((0.503, 0.5), (0.67, 0.5), (0.735, 0.99), (0.99, 0.99)),
    "reworded": ((0.481, 0.545), (0.559, 0.545), (0.576, 0.667), (0.608, 0.667), (0.612, 0.8), (0.624, 0.8),
                 (0.626, 0.949), (0.811, 0.949), (0.815, 0.971), (0.891, 0.971), (0.921, 0.99), (0.99, 0.99)),
}


def calibrated_confidence(relation: str, strength: float,
                          reliability: dict[str, tuple[tuple[float, float], ...]] | None = None) -> float:
    """The share of verdicts like this one (its group, its strength) whose reuse decision is right."""
    knots = (reliability or RELIABILITY)[GROUP[relation]]
    xs = [x for x, _ in knots]
    k = bisect.bisect_right(xs, strength)
    if k == 0:
        return knots[0][1]
    if k == len(knots):
        return knots[-1][1]
    (x0, y0), (x1, y1) = knots[k - 1], knots[k]
    return y0 + (y1 - y0) * (strength - x0) / (x1 - x0) if x1 > x0 else y1
