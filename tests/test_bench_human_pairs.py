"""bench.human_pairs: the hand-written news pairs of tests/fixtures/human_pairs against their truth.

Only the pairs the fixes of 2026-12-04 (redpair) were made on; the held-out third is scored by the bench, not
pinned here, and the pairs still wrong are listed as such so that a fix shows up as a test to update.
"""

from __future__ import annotations

import pytest

from bench.human_pairs import FOLDER, compared, failures_of, missing_changes, truth_pairs

STILL_WRONG = {"rates_rewrite"}  # bench/RESULTS.md, redpair
SAME_EVENT = FOLDER.parent / "same_event"
SAME_EVENT_STILL_WRONG = {"recall_other_product"}  # one maker's two recalls: bench/RESULTS.md, sameevent


def test_every_pair_has_its_two_texts_and_a_truth_for_relation_and_direction():
    pairs = truth_pairs()
    assert len(pairs) >= 24 and len({p["id"] for p in pairs}) == len(pairs)
    assert sum(p["held_out"] for p in pairs) * 3 >= len(pairs)  # a third kept out of the fixes
    for pair in pairs:
        assert pair["relation"] and pair["direction"]


def test_a_change_answers_the_truth_mirrored_when_the_texts_are_given_the_other_way():
    truth = {"relation": ["near_duplicate"], "direction": ["unknown"],
             "must": [{"kinds": ["addition"], "a": "", "b": "regional organiser"}]}
    added = {"kind": "addition", "a": {"text": ""}, "b": {"text": "The party's regional organiser said so."}}
    cut = {"kind": "omission", "a": {"text": "The party's regional organiser said so."}, "b": {"text": ""}}
    assert missing_changes(truth, [added], swapped=False) == [] and missing_changes(truth, [cut], swapped=True) == []
    assert missing_changes(truth, [cut], swapped=False)
    result = {"verdict": {"relation": "rewrite", "direction": "a_to_b"}, "changes": [added]}
    assert failures_of(truth, result, swapped=False) == ["relation rewrite (truth near_duplicate)",
                                                         "direction a_to_b (truth unknown)"]


@pytest.mark.parametrize("pair", [p["id"] for p in truth_pairs() if not p["held_out"] and p["id"] not in STILL_WRONG])
def test_the_fixed_pairs_are_judged_as_their_truth_says_in_both_orders(pair: str):
    outcomes = list(compared(which="fixed", only=pair))
    assert len(outcomes) == 2 and all(not o.failures for o in outcomes), [o.failures for o in outcomes]


def test_the_same_event_set_keeps_at_least_half_of_its_pairs_out_of_the_fixes():
    pairs = truth_pairs(SAME_EVENT)
    assert len(pairs) >= 10 and 2 * sum(p["held_out"] for p in pairs) >= len(pairs)
    assert all(set(p["relation"]) & {"same_story", "unrelated"} for p in pairs)


@pytest.mark.parametrize("pair", [p["id"] for p in truth_pairs(SAME_EVENT)
                                  if not p["held_out"] and p["id"] not in SAME_EVENT_STILL_WRONG])
def test_the_fitted_same_event_pairs_are_judged_as_their_truth_says_in_both_orders(pair: str):
    outcomes = list(compared(SAME_EVENT, which="fixed", only=pair))
    assert len(outcomes) == 2 and all(not o.failures for o in outcomes), [o.failures for o in outcomes]


NEXT_EVENT = FOLDER.parent / "next_event"
# The carmaker's next recall differs in one figure of a thing both give; the plea hearing's second report is
# read as a rewrite: bench/RESULTS.md, nextev.
NEXT_EVENT_STILL_WRONG = {"recall_next", "court_other_outlet"}


def test_the_next_event_set_keeps_a_third_of_its_topics_out_of_the_fixes():
    pairs = truth_pairs(NEXT_EVENT)
    assert len(pairs) >= 28 and 3 * sum(p["held_out"] for p in pairs) >= len(pairs)


@pytest.mark.parametrize("pair", [p["id"] for p in truth_pairs(NEXT_EVENT)
                                  if not p["held_out"] and p["id"] not in NEXT_EVENT_STILL_WRONG])
def test_the_fitted_next_event_pairs_are_judged_as_their_truth_says_in_both_orders(pair: str):
    outcomes = list(compared(NEXT_EVENT, which="fixed", only=pair))
    assert len(outcomes) == 2 and all(not o.failures for o in outcomes), [o.failures for o in outcomes]


SHORT_LIFTS = FOLDER.parent / "short_lifts"
# Two stories of one hit-and-run (the residents' road, the arrest) read as other events; the county's fifth bird
# flu outbreak (another farm, the same officer) read as the fourth's story: bench/RESULTS.md, shortlift.
SHORT_LIFTS_STILL_WRONG = {"release_hitrun_stories", "next_birdflu"}


def test_the_short_lifts_set_keeps_two_fifths_of_its_pairs_out_of_the_fixes():
    pairs = truth_pairs(SHORT_LIFTS)
    assert len(pairs) >= 36 and 5 * sum(p["held_out"] for p in pairs) >= 2 * len(pairs)


@pytest.mark.parametrize("pair", [p["id"] for p in truth_pairs(SHORT_LIFTS)
                                  if not p["held_out"] and p["id"] not in SHORT_LIFTS_STILL_WRONG])
def test_the_fitted_short_lift_pairs_are_judged_as_their_truth_says_in_both_orders(pair: str):
    outcomes = list(compared(SHORT_LIFTS, which="fixed", only=pair))
    assert len(outcomes) == 2 and all(not o.failures for o in outcomes), [o.failures for o in outcomes]


REORDERED = FOLDER.parent / "reordered"
# The bank's fine rewritten: its direction comes from spinner clues on four swapped words (bench/RESULTS.md, reorder).
REORDERED_STILL_WRONG = {"bankfine_rewrite"}


def test_the_reordered_set_keeps_half_of_its_pairs_out_of_the_fixes():
    pairs = truth_pairs(REORDERED)
    assert len(pairs) >= 20 and 2 * sum(p["held_out"] for p in pairs) >= len(pairs)


@pytest.mark.parametrize("pair", [p["id"] for p in truth_pairs(REORDERED)
                                  if not p["held_out"] and p["id"] not in REORDERED_STILL_WRONG])
def test_the_fitted_reordered_pairs_are_judged_as_their_truth_says_in_both_orders(pair: str):
    outcomes = list(compared(REORDERED, which="fixed", only=pair))
    assert len(outcomes) == 2 and all(not o.failures for o in outcomes), [o.failures for o in outcomes]
