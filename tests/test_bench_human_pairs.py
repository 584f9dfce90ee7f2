"""bench.human_pairs: the hand-written news pairs of tests/fixtures/human_pairs against their truth.

Only the pairs the fixes of 2026-12-04 (redpair) were made on; the held-out third is scored by the bench, not
pinned here, and the pairs still wrong are listed as such so that a fix shows up as a test to update.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from bench.human_pairs import FOLDER, compared, failures_of, missing_changes, truth_pairs

# Each folder of hand-written pairs the judge was fixed on: the pairs it still gets wrong (listed so that a fix
# shows up as a test to update; why: bench/RESULTS.md), the least number of pairs and the least share kept out of
# the fixes (held out: scored by the bench, not pinned here).
FITTED: dict[str, tuple[frozenset[str], int, Fraction]] = {
    "human_pairs": (frozenset({"rates_rewrite"}), 24, Fraction(1, 3)),  # redpair
    "same_event": (frozenset({"recall_other_product"}), 10, Fraction(1, 2)),  # one maker's two recalls: sameevent
    # the carmaker's next recall differs in one figure of a thing both give; the plea hearing's second report is
    # read as a rewrite: nextev
    "next_event": (frozenset({"recall_next", "court_other_outlet"}), 28, Fraction(1, 3)),
    # two stories of one hit-and-run (the residents' road, the arrest) read as other events; the county's fifth bird
    # flu outbreak (another farm, the same officer) read as the fourth's story: shortlift
    "short_lifts": (frozenset({"release_hitrun_stories", "next_birdflu"}), 36, Fraction(2, 5)),
    # the bank's fine rewritten: its direction comes from spinner clues on four swapped words: reorder
    "reordered": (frozenset({"bankfine_rewrite"}), 20, Fraction(1, 2)),
    # the reopening of the viaduct and the sentencing after the trial, read as the same story: editfix
    "sub_edits": (frozenset({"next_viaduct", "next_court"}), 15, Fraction(1, 5)),
    # every pair held out (the rule was fitted on /tmp/probe40); the bench scores them: rwown
    "own_material": (frozenset(), 28, Fraction(1, 1)),
    # the release against its verbatim copy on bizwire-midlands.example: "in the Midlands" in the release's
    # attributing sentence is read as a credit of the copy's site (``judge._names_site``): furn41
    "furniture": (frozenset({"formula_churn"}), 12, Fraction(1, 2)),
    # US/UK vocabulary, temperatures and pounds converted, teasers in own words: s35loc
    "vocab_units_teasers": (frozenset(), 12, Fraction(1, 2)),
    # reports quoting a transcript, an interview or a statement; two reports of one speech; independent reports of
    # one event: quote41
    "speakers_text": (frozenset(), 12, Fraction(1, 2)),
    # the library's short rewrite keeps no more wording than another outlet's brief of a release (0.11); the tenants'
    # group story is read as another event (cited figure only): short41
    "short_own": (frozenset({"lib_rewrite", "rent_other_rw"}), 15, Fraction(2, 5)),
    # own-words rewrites of short releases read as the same story (their specifics and chains are those of other
    # outlets' reports); the trimmed copies with a comment line of their own undirected, as an update that adds facts
    # in two places inside reads the same (the cut is a confirming clue only): short42, fixa
    "short_tiers": (frozenset({"ferry_rewrite", "school_rewrite", "fire_rewrite", "bridge_rewrite", "grant_cut",
                               "bridge_cut"}), 40, Fraction(2, 5)),
    # the mill's heavy revision keeps no wording and its in-order chain reads as another writer's to the paraphrase
    # model: same_story, as independent explainers are (probe56's condensed heavy revisions form no chain): heavy48
    "heavy_revisions": (frozenset({"mill_heavy1"}), 20, Fraction(1, 4)),
    # reviewA's pages for mod51 (an "Updated" subhead or sidebar teaser, CMS seconds, a byline naming the page's own
    # outlet, a related card's agency byline): all fitted on, none held out: fixA
    "modified_zone": (frozenset(), 5, Fraction(0)),
    # a person's plain rewrites keep every fact and add none, and the copy changed a figure only where the original
    # gives it (headline and lede): nothing in the texts says which came first (dir48). ReviewB's five review_* pairs
    # are regression cases, fitted on (fixdir): 6 of the 21 held out
    "human_directions": (frozenset({"derby_rewrite", "don_rewrite", "derby_figure"}), 21, Fraction(2, 7)),
}


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


@pytest.mark.parametrize("folder", FITTED)
def test_each_fitted_set_keeps_its_share_of_pairs_out_of_the_fixes(folder: str):
    _, least, held_share = FITTED[folder]
    pairs = truth_pairs(FOLDER.parent / folder)
    assert len(pairs) >= least and sum(p["held_out"] for p in pairs) >= held_share * len(pairs)
    assert len({p["id"] for p in pairs}) == len(pairs) and all(p["relation"] and p["direction"] for p in pairs)


def test_the_same_event_set_holds_only_pairs_that_are_not_derived():
    assert all(set(p["relation"]) & {"same_story", "unrelated"} for p in truth_pairs(FOLDER.parent / "same_event"))


@pytest.mark.parametrize("folder,pair", [(folder, p["id"]) for folder, (wrong, _, _) in FITTED.items()
                                         for p in truth_pairs(FOLDER.parent / folder)
                                         if not p["held_out"] and p["id"] not in wrong])
def test_the_fitted_pairs_are_judged_as_their_truth_says_in_both_orders(folder: str, pair: str):
    outcomes = list(compared(FOLDER.parent / folder, which="fixed", only=pair))
    assert len(outcomes) == 2 and all(not o.failures for o in outcomes), [o.failures for o in outcomes]
