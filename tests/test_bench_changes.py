"""bench.changes: planted edits sit where they say, one per sentence, and scoring counts kinds and places."""

from __future__ import annotations

import random

from bench.changes import ChangePair, Edit, plant, score
from bench.spinner import apply_edits

ARTICLE = """Harbour council approves flood barrier

The council in Kelderwick voted on Wednesday to spend 41 million euros on a flood barrier.
Councillors approved the plan by eleven votes to four after a long debate.
Mayor Marta Osterlund said the town "cannot wait for the next storm to decide for us".
The opposition leader, Tobias Fenn, said the barrier should have been built in 2019.
Kelderwick was flooded twice last winter, when 300 homes lost power.
Construction will not begin before September, the council said.
Osterlund thanked residents for their patience during the consultation."""

DONOR = """Orchard harvest

Growers in the valley picked the last of the apples on Friday after a dry summer."""


def test_planted_edits_hold_their_kind_and_sit_in_separate_sentences() -> None:
    for seed in range(6):
        replacements, kinds = plant(ARTICLE, random.Random(seed), DONOR)
        assert 1 <= len(replacements) <= 5 and kinds == [r[3] for r in replacements]
        copy = apply_edits(ARTICLE, replacements)
        for (s_start, s_end, d_start, d_end), (_, _, new, kind) in zip(copy.edits, replacements, strict=True):
            assert copy.text[d_start:d_end] == new
            if kind == "omission":
                assert new == "" and ARTICLE[s_start:s_end].strip()
            if kind == "addition":
                assert s_start == s_end and new.strip() in DONOR
        lines = [ARTICLE[s:e].count("\n") for s, e, _, _ in replacements]
        assert all(n <= 1 for n in lines)


def test_scores_count_a_change_once_and_any_of_its_places() -> None:
    planted = (Edit("name", 10, 15, 10, 15), Edit("omission", 40, 80, 38, 38))
    pair = ChangePair("near/1", "near_duplicate", "a", "b", planted)
    entries = [["name", [[0, 3, 0, 3], [10, 15, 10, 15]]], ["omission", [[45, 60, 38, 38]]], ["date", [[1, 2, 1, 2]]]]
    prediction = {"relation": "near_duplicate", "places": [], "entries": entries}
    scores = score([pair], [prediction], "near_duplicate")
    assert scores["name"] == {"planted": 1, "reported": 1, "recall": 1.0, "precision": 1.0}
    assert scores["omission"]["recall"] == 1.0
    assert scores["date"]["precision"] == 0.0
