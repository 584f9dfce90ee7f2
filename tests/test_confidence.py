"""Confidence: the reliability map from the rules' strength of evidence to how often a decision is right."""

from __future__ import annotations

import pytest

from unspun.pair.confidence import RELIABILITY, calibrated_confidence


def test_the_map_is_monotone_and_inside_the_unit_interval() -> None:
    xs, ys = [x for x, _ in RELIABILITY], [y for _, y in RELIABILITY]
    assert xs == sorted(xs) and ys == sorted(ys)
    assert all(0.5 <= y <= 0.99 for y in ys)


def test_between_knots_the_map_is_linear_and_outside_them_flat() -> None:
    made_up = ((0.6, 0.7), (0.8, 0.9))
    assert calibrated_confidence(0.7, made_up) == pytest.approx(0.8)
    assert calibrated_confidence(0.5, made_up) == pytest.approx(0.7)
    assert calibrated_confidence(0.99, made_up) == pytest.approx(0.9)


def test_strong_evidence_never_gets_less_confidence_than_weak_evidence() -> None:
    values = [calibrated_confidence(0.45 + k / 100) for k in range(55)]
    assert values == sorted(values)
