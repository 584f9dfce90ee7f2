"""bench.short_rewrites: the hand-written short answers of tests/fixtures/short_rewrites and their scoring."""

from __future__ import annotations

import re

from bench.short_rewrites import (
    CATEGORIES,
    FOLDER,
    Outcome,
    accuracy_rows,
    direction_rows,
    load_truth,
    source_path,
)


def _words(name: str) -> int:
    return len(re.findall(r"\w+(?:['’-]\w+)*", (FOLDER / name).read_text(encoding="utf-8")))


def test_every_source_has_a_long_version_that_keeps_it_whole_and_adds_at_least_three_fifths():
    for source in load_truth()["sources"]:
        short, long = source_path(source["id"]), source_path(source["id"], long=True)
        title, body = short.read_text(encoding="utf-8").split("\n\n", 1)
        long_text = long.read_text(encoding="utf-8")
        # content may be added after the title line, so the title opens the long text and the body is kept whole
        assert long_text.startswith(title + "\n\n") and body.strip() in long_text, source["id"]
        assert _words(str(long.relative_to(FOLDER))) >= 1.6 * _words(source["file"]), source["id"]


def test_every_source_has_one_answer_of_each_category_and_a_third_is_held_out():
    truth = load_truth()
    sources = {s["id"]: s for s in truth["sources"]}
    assert len(sources) >= 8 and sum(s["held_out"] for s in sources.values()) >= 3
    for source in sources:
        answers = [a for a in truth["answers"] if a["source"] == source]
        assert sorted(a["category"] for a in answers) == sorted(CATEGORIES)
        assert all(a["truth"] == ("independent" if a["category"] == "independent" else "reused") for a in answers)
        assert 250 <= _words(sources[source]["file"]) <= 400
        assert all(150 <= _words(a["file"]) <= 300 for a in answers)


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
