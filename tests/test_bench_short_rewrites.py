"""bench.short_rewrites: the hand-written short answers of tests/fixtures/short_rewrites and their scoring."""

from __future__ import annotations

import re
from dataclasses import replace

from bench.short_rewrites import (
    CATEGORIES,
    FOLDER,
    Outcome,
    accuracy_rows,
    calibration_rows,
    direction_rows,
    load_truth,
    source_path,
)


def _words(name: str) -> int:
    return len(re.findall(r"\w+(?:['’-]\w+)*", (FOLDER / name).read_text(encoding="utf-8")))


# The first set (rewrite, 2026-12-04): every source has one answer of each of these and a longer version.
FIRST_SET = ("cut", "light", "heavy", "independent")


def _answers(truth: dict, source: str) -> list[dict]:
    return [a for a in truth["answers"] if a["source"] == source]


def test_every_source_of_the_first_set_has_a_long_version_that_keeps_it_whole_and_adds_at_least_three_fifths():
    truth = load_truth()
    first = [s for s in truth["sources"] if any(a["category"] == "cut" for a in _answers(truth, s["id"]))]
    assert len(first) == 9
    for source in first:
        short, long = source_path(source["id"]), source_path(source["id"], long=True)
        assert long != short, source["id"]
        title, body = short.read_text(encoding="utf-8").split("\n\n", 1)
        long_text = long.read_text(encoding="utf-8")
        # content may be added after the title line, so the title opens the long text and the body is kept whole
        assert long_text.startswith(title + "\n\n") and body.strip() in long_text, source["id"]
        assert _words(str(long.relative_to(FOLDER))) >= 1.6 * _words(source["file"]), source["id"]


def test_every_answer_has_its_categorys_truth_and_a_third_of_the_sources_is_held_out():
    truth = load_truth()
    sources = {s["id"]: s for s in truth["sources"]}
    assert len(sources) >= 16 and sum(s["held_out"] for s in sources.values()) >= 5
    independent = {"independent", "same_ground"}
    for source in sources:
        answers = _answers(truth, source)
        categories = sorted(a["category"] for a in answers)
        assert set(categories) <= set(CATEGORIES) and len(set(categories)) == len(categories), source
        assert set(FIRST_SET) <= set(categories) or not set(FIRST_SET) & set(categories), source
        assert all(a["truth"] == ("independent" if a["category"] in independent else "reused") for a in answers)
    # a statement and a press release have no second reporter's version: the other 14 sources have one
    assert sum(a["category"] == "same_ground" for a in truth["answers"]) == 14


def test_sources_and_answers_are_short_answer_length_or_one_sentence_briefs():
    truth = load_truth()
    for source in truth["sources"]:
        answers = [a["file"] for a in _answers(truth, source["id"])]
        if _words(source["file"]) < 60:  # a one-sentence brief and a one-sentence report of the same event
            assert all(_words(f) < 60 for f in answers), source["id"]
            continue
        assert 190 <= _words(source["file"]) <= 400, source["id"]
        assert all(150 <= _words(f) <= 310 for f in answers), source["id"]


def _outcome(category: str, held_out: bool, right: bool, baseline_right: bool) -> Outcome:
    return Outcome("x", category, "ab", held_out, "rewrite", 0.5, 0.5, 0.1, right, baseline_right)


def test_accuracy_is_counted_per_part_and_category_with_an_all_row():
    outcomes = [_outcome("heavy", False, True, False), _outcome("heavy", False, False, False),
                _outcome("cut", False, True, True), _outcome("independent", True, True, True)]
    rows = {(part, category): (n, right, baseline) for part, category, n, right, baseline in accuracy_rows(outcomes)}
    assert rows[("fit", "heavy")] == ("2", "1/2 (0.50)", "0/2 (0.00)")
    assert rows[("fit", "all")] == ("3", "2/3 (0.67)", "1/3 (0.33)")
    assert rows[("held out", "independent")] == ("1", "1/1 (1.00)", "1/1 (1.00)")
    assert ("held out", "heavy") not in rows


def test_direction_is_scored_on_answers_written_from_the_source_only():
    def outcome(category: str, order: str, direction: str) -> Outcome:
        first = "" if category == "independent" else ("a_to_b" if order == "ab" else "b_to_a")
        return Outcome("x", category, order, False, "rewrite", 0.5, 0.5, 0.1, True, True, direction, first)

    outcomes = [outcome("heavy", "ab", "a_to_b"), outcome("heavy", "ba", "a_to_b"), outcome("heavy", "ab", "unknown"),
                outcome("independent", "ab", "a_to_b")]
    rows = {(part, category): rest for part, category, *rest in direction_rows(outcomes)}
    # right, named the answer first, left unknown; the independent answer has no direction to get right
    assert rows[("fit", "heavy")] == ["3", "1/3 (0.33)", "1", "1"]
    assert rows[("fit", "all")] == ["3", "1/3 (0.33)", "1", "1"]
    assert ("fit", "independent") not in rows


def test_calibration_sets_the_mean_confidence_beside_the_share_right_and_picks_out_capped_verdicts():
    outcomes = [replace(_outcome("heavy", False, True, False), confidence=0.96),
                replace(_outcome("same_ground", False, False, True), confidence=0.55),
                replace(_outcome("same_ground", False, True, True), confidence=0.55)]
    rows = {(part, label): (n, mean, right) for part, label, n, mean, right in calibration_rows(outcomes)}
    assert rows[("fit", "all")] == ("3", "0.687", "2/3 (0.67)")
    assert rows[("fit", "confidence < 0.94")] == ("2", "0.550", "1/2 (0.50)")
    assert ("held out", "all") not in rows


SECOND_SET = FOLDER.parent / "short_rewrites2"  # rw47, 2026-12-06: written and its truth fixed before any run


def test_the_second_set_holds_out_every_source_with_a_heavy_revision_an_independent_answer_and_a_same_ground_one():
    truth = load_truth(SECOND_SET)
    sources = {s["id"]: s for s in truth["sources"]}
    assert len(sources) == 4 and all(s["held_out"] for s in sources.values())
    registers = " ".join(s["register"] for s in sources.values())
    assert "science" in registers and "history" in registers and "computing" in registers and "news" in registers
    for source in sources:
        answers = {a["category"]: a for a in _answers(truth, source)}
        assert sorted(answers) == ["heavy", "independent", "same_ground"], source
        assert answers["heavy"]["truth"] == "reused", source
        assert answers["independent"]["truth"] == answers["same_ground"]["truth"] == "independent", source
        for answer in answers.values():
            words = len(re.findall(r"\w+(?:['’-]\w+)*", (SECOND_SET / answer["file"]).read_text(encoding="utf-8")))
            assert 150 <= words <= 300, answer["file"]
