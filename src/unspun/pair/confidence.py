"""Confidence: how clearly a pair passed the judge's rules → how often such a reuse decision is right.

``decide_relation`` scores its own evidence on a [0.5, 0.99] scale (0.5 at a rule's threshold, 0.99 far past
it). That strength is no probability: far-past-the-threshold rewrites can be wrong (sentences of independent reports
of one news cluster that share wording and pass the sentence agreement check), and duplicates at the threshold
are always right.
The reliability map below turns the strength into the share of verdicts whose reuse decision (derived or
independent) was right, so that a confidence of 0.8 is right four times in five.

One map for every verdict, by strength alone. A map per kind of verdict (copied, reworded, partial,
independent; judge2–judge4) learnt which *sources* produce that kind and how often they are wrong there, and
did not transfer: fitted without PAN passages it put PAN's partial-reuse verdicts (all right) at 0.5, because
the other sources' partial verdicts are BASIL stories sharing a quote (wrong). A verdict's kind says where a
pair came from more than how sure the evidence is; the strength means the same thing for every kind.

Fitted by ``bench/fit_confidence.py``: the strengths of the *train* pairs of the Judge suite's five sources
(synthetic BBC copies, BASIL, PAN passages, MSRP- and PAN-sentence-composed documents, each source weighing the
same) in a few bands of equal weight, and isotonic regression (pool adjacent violators) of "the reuse decision
was right" over the bands. The Judge section of bench/RESULTS.md shows the map on the test pairs and refitted
without each source. Plain numbers, so that nothing is fitted or imported at run time.
"""

from __future__ import annotations

import bisect

# (strength, share right) knots, strengths increasing; linear between knots, flat outside.
RELIABILITY: tuple[tuple[float, float], ...] = ((0.635, 0.94), (0.855, 0.96), (0.989, 0.99))


def calibrated_confidence(strength: float, reliability: tuple[tuple[float, float], ...] | None = None) -> float:
    """The share of verdicts with evidence this strong whose reuse decision is right."""
    knots = reliability or RELIABILITY
    xs = [x for x, _ in knots]
    k = bisect.bisect_right(xs, strength)
    if k == 0:
        return knots[0][1]
    if k == len(knots):
        return knots[-1][1]
    (x0, y0), (x1, y1) = knots[k - 1], knots[k]
    return y0 + (y1 - y0) * (strength - x0) / (x1 - x0) if x1 > x0 else y1
