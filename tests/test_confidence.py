"""Confidence: the reliability map from the rules' strength of evidence to how often a decision is right."""

from __future__ import annotations

import pytest

from unspun.model import DERIVED_RELATIONS
from unspun.pair.confidence import GROUP, RELIABILITY, calibrated_confidence


def test_every_relation_has_a_group_and_every_group_a_monotone_map_inside_the_unit_interval() -> None:
    assert set(GROUP) == {*DERIVED_RELATIONS, "same_story", "unrelated"}
    for group in set(GROUP.values()):
        knots = RELIABILITY[group]
        xs, ys = [x for x, _ in knots], [y for _, y in knots]
        assert xs == sorted(xs) and ys == sorted(ys), group
        assert all(0.5 <= y <= 0.99 for y in ys), group


def test_between_knots_the_map_is_linear_and_outside_them_flat() -> None:
    made_up = {group: ((0.6, 0.7), (0.8, 0.9)) for group in set(GROUP.values())}
    assert calibrated_confidence("rewrite", 0.7, made_up) == pytest.approx(0.8)
    assert calibrated_confidence("rewrite", 0.5, made_up) == pytest.approx(0.7)
    assert calibrated_confidence("unrelated", 0.99, made_up) == pytest.approx(0.9)


def test_strong_evidence_never_gets_less_confidence_than_weak_evidence() -> None:
    for relation in GROUP:
        values = [calibrated_confidence(relation, 0.45 + k / 100) for k in range(55)]
        assert values == sorted(values), relation
