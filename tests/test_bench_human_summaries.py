"""bench.human_summaries: the hand-written summaries and controls of tests/fixtures/human_summaries, scored."""

from __future__ import annotations

import re

from bench.human_summaries import CATEGORIES, FOLDER, _mark, accuracy_rows, truth_relations
from bench.short_rewrites import Outcome, load_truth


def _words(name: str) -> int:
    return len(re.findall(r"\w+(?:['’-]\w+)*", (FOLDER / name).read_text(encoding="utf-8")))


def _body_sentences(name: str) -> int:
    """Sentences after an optional headline line (a line without a full stop, then a blank line)."""
    text = (FOLDER / name).read_text(encoding="utf-8").strip()
    head, _, rest = text.partition("\n\n")
    body = rest if rest and not head.rstrip().endswith((".", '"')) else text
    return len(re.findall(r"[.!?][\"”]?(?=\s|$)", body))


def test_every_source_has_a_summary_a_third_is_held_out_and_six_have_each_control():
    truth = load_truth(FOLDER)
    sources = {s["id"]: s for s in truth["sources"]}
    assert len(sources) >= 12 and sum(s["held_out"] for s in sources.values()) * 3 >= len(sources)
    answers = truth["answers"]
    assert {a["category"] for a in answers} == set(CATEGORIES)
    for category in CATEGORIES:
        chosen = [a for a in answers if a["category"] == category]
        assert len({a["source"] for a in chosen}) == len(chosen), category  # one of each per source at most
        assert len(chosen) >= (len(sources) if category == "summary" else 6), category
    relations = truth_relations(FOLDER)
    assert relations == {"summary": "rewrite", "teaser": "rewrite", "other_report": "same_story",
                         "other_event": "unrelated"}
    assert all(a["relation"] == relations[a["category"]] and a["truth"] == ("reused" if a["category"] in
               ("summary", "teaser") else "independent") for a in answers)


def test_sources_are_news_length_summaries_two_to_five_sentences_and_teasers_40_to_60_words():
    truth = load_truth(FOLDER)
    for source in truth["sources"]:
        assert 150 <= _words(source["file"]) <= 500, source["id"]
    for answer in truth["answers"]:
        if answer["category"] == "summary":
            assert 2 <= _body_sentences(answer["file"]) <= 5, answer["file"]
            assert _words(answer["file"]) < 0.6 * _words(f"{answer['source']}.txt"), answer["file"]
        if answer["category"] == "teaser":
            assert 40 <= _words(answer["file"]) <= 60 and _body_sentences(answer["file"]) <= 2, answer["file"]


def _outcome(category: str, held_out: bool, relation: str, direction: str = "unknown") -> Outcome:
    reused = category == "summary"
    right = (relation in ("rewrite", "spun_copy", "near_duplicate", "partial_reuse", "duplicate")) == reused
    return Outcome("x", category, "ab", held_out, relation, 0.5, 0.5, 0.1, right, True, direction,
                   "a_to_b" if reused else "")


def test_relation_direction_and_derived_or_not_are_counted_apart():
    relations = {"summary": "rewrite", "other_report": "same_story", "other_event": "unrelated"}
    outcomes = [_outcome("summary", False, "rewrite", "a_to_b"), _outcome("summary", False, "spun_copy"),
                _outcome("summary", False, "same_story"), _outcome("other_event", False, "same_story")]
    # per (part, category): comparisons, derived or not right, relation right, direction right, the baseline
    rows = {(row[0], row[1]): row[2:6] for row in accuracy_rows(outcomes, relations)}
    assert rows[("fit", "summary")] == ["3", "2/3 (0.67)", "1/3 (0.33)", "1/3 (0.33)"]
    assert rows[("fit", "other_event")] == ["1", "1/1 (1.00)", "0/1 (0.00)", "—"]
    assert [_mark(o, relations) for o in outcomes] == ["ok", "derived ok", "WRONG", "derived ok"]


def test_teasers_name_no_one_keep_figures_and_half_the_sources_are_held_out():
    from bench.human_summaries import TEASER_FOLDER
    from unspun.ingest.segment import segment
    from unspun.model import Article
    from unspun.pair.judge import _names

    truth = load_truth(TEASER_FOLDER)
    sources = truth["sources"]
    assert len(sources) >= 10 and sum(s["held_out"] for s in sources) * 2 == len(sources)
    assert set(truth_relations(TEASER_FOLDER)) == {a["category"] for a in truth["answers"]}
    for answer in truth["answers"]:
        if answer["category"] == "teaser":
            text = (TEASER_FOLDER / answer["file"]).read_text(encoding="utf-8")
            body = text.strip().partition("\n\n")[2]  # under its headline
            assert 40 <= len(re.findall(r"\w+(?:['’-]\w+)*", text)) <= 60, answer["file"]
            assert re.search(r"\d", body), answer["file"]  # keeps figures of its source
            places = {place.lower() for place in answer.get("places", [])}  # a country, a mountain range
            assert _names(segment(Article(answer["file"], body))) == places, answer["file"]
