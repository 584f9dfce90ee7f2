"""agreement: whether aligned sentences state the same facts, and what the judge makes of separate reports."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from unspun.config import DEFAULT
from unspun.model import Article
from unspun.pair.agreement import FEATURES, MEAN, SCALE, WEIGHTS, same_facts_probability, sentence_features
from unspun.pair.engine import default_engine

# One wire story (A); a rewrite of it that keeps every fact (B); a separate report of the same day by another
# outlet (C): the same people, places and wording, sentence by sentence, with other figures and clauses.
REPORT_A = [
    "Shares of Harbour Foods fell 12 percent on Tuesday after the company cut its profit forecast for the year.",
    "The grocer said sales in its 40 northern stores dropped 6 percent in the third quarter.",
    "Chief executive Maria Lund told analysts that the warm autumn had hurt sales of winter produce.",
    "The company now expects full-year profit of about $210 million, down from $260 million.",
    "Harbour Foods will close eight stores in Ohio by March, affecting about 600 workers.",
    "The shares closed at $18.40 in New York, their lowest level since 2019.",
]
REWRITE_B = [
    "Harbour Foods shares dropped 12 percent on Tuesday when the company lowered its profit forecast for the year.",
    "Sales at the grocer's 40 northern stores fell 6 percent in the third quarter, it said.",
    "Maria Lund, the chief executive, told analysts a warm autumn had hurt sales of winter produce.",
    "It now expects profit for the full year of about $210 million, compared with $260 million before.",
    "By March Harbour Foods will close eight Ohio stores, which affects about 600 workers.",
    "In New York the shares closed at $18.40, the lowest level since 2019.",
]
REPORT_C = [
    "Shares of Harbour Foods fell 4 percent on Monday, a day before the company is due to report results for the year.",
    "The grocer said sales in its 25 southern stores rose 3 percent in the third quarter, helped by online orders.",
    "Chief executive Maria Lund told reporters that the company would open a new warehouse in Columbus.",
    "Analysts expect full-year profit of about $240 million, down from $275 million last year.",
    "Harbour Foods opened eight stores in Ohio last year, hiring about 900 workers.",
    "The shares closed at $21.10 in New York on Monday, up 30 percent since January.",
]


def _compare(a: list[str], b: list[str]):  # type: ignore[no-untyped-def]
    return default_engine().compare_articles(Article("a", " ".join(a)), Article("b", " ".join(b)))


def test_the_model_is_as_long_as_its_features() -> None:
    assert len(MEAN) == len(SCALE) == len(WEIGHTS) == len(FEATURES)
    assert len(sentence_features(REPORT_A[0], REWRITE_B[0], 0.9, 0.7, 0.8)) == len(FEATURES)


def test_the_shipped_model_was_fitted_on_the_features_it_is_fed() -> None:
    from bench.fit_agreement import probe_means, probe_pairs
    from unspun.pair.agreement import FITTED_FEATURES, PROBE

    assert FITTED_FEATURES == FEATURES
    # the features of the example texts' sentence pairs compute what they computed when the model was fitted
    assert len(probe_pairs()) >= 40 and len(PROBE) == len(FEATURES)
    moved = {name: (then, now) for name, then, now in zip(FEATURES, PROBE, probe_means(), strict=True)
             if abs(then - now) > 2e-5}
    assert not moved, f"features changed since the fit (refit: python -m bench.fit_agreement --write): {moved}"


def test_a_model_fitted_on_other_features_is_refused_on_load() -> None:
    import importlib.util

    import pytest

    from unspun.pair import agreement

    # the module as it would be with one feature more than it was fitted on
    source = Path(agreement.__file__).read_text(encoding="utf-8").replace(
        '"negation_one_side", "weekdays_differ",\n)', '"negation_one_side", "weekdays_differ", "months_differ",\n)', 1)
    assert '"months_differ"' in source
    spec = importlib.util.spec_from_loader("agreement_with_a_new_feature", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    with pytest.raises(RuntimeError, match="refit"):
        exec(compile(source, agreement.__file__, "exec"), module.__dict__)


def test_a_reworded_sentence_states_the_same_facts_more_likely_than_a_separate_report() -> None:
    from unspun.pair.align import sentence_pair_scores

    for a, b, c in zip(REPORT_A, REWRITE_B, REPORT_C, strict=True):
        rewritten, other = sentence_pair_scores([(a, b), (a, c)], encoder=default_engine().encoder)
        same = same_facts_probability(sentence_features(a, b, rewritten.semantic, rewritten.lexical, rewritten.score))
        differ = same_facts_probability(sentence_features(a, c, other.semantic, other.lexical, other.score))
        assert same > 0.8 and same > differ, (a, b, c)


def test_features_are_the_same_both_ways() -> None:
    for a, c in zip(REPORT_A, REPORT_C, strict=True):
        assert sentence_features(a, c, 0.8, 0.5, 0.7) == sentence_features(c, a, 0.8, 0.5, 0.7)


def test_a_sentence_that_negates_or_moves_the_day_states_other_facts() -> None:
    said = "The committee will vote on the budget on Tuesday, the chairman said."
    negated = "The committee will not vote on the budget on Tuesday, the chairman said."
    moved = "The committee will vote on the budget on Thursday, the chairman said."
    features = dict(zip(FEATURES, sentence_features(said, negated, 0.95, 0.9, 0.93), strict=True))
    assert features["negation_one_side"] == 1.0 and features["weekdays_differ"] == 0.0
    features = dict(zip(FEATURES, sentence_features(said, moved, 0.95, 0.9, 0.93), strict=True))
    assert features["negation_one_side"] == 0.0 and features["weekdays_differ"] == 1.0


def test_a_copy_of_every_sentence_word_for_word_is_not_weighed_as_a_separate_report() -> None:
    from unspun.ingest.segment import segment
    from unspun.pair.agreement import reused_alignments
    from unspun.pair.pipeline import run_pair_with_facts

    # every figure changed, every sentence otherwise copied: an altered copy, not another outlet's report
    altered = [s.replace("12", "14").replace("40", "41").replace("$210", "$201").replace("600", "650")
               .replace("$18.40", "$18.04").replace("eight", "nine") for s in REPORT_A]
    a, b = segment(Article("a", " ".join(REPORT_A))), segment(Article("b", " ".join(altered)))
    comparison, facts = run_pair_with_facts(a, b, default_engine(), details=False)
    kept, agreement = reused_alignments(a, b, comparison.alignments)
    assert agreement.matches == 0 and kept == comparison.alignments
    assert not facts.facts_differ and comparison.verdict.relation in ("near_duplicate", "duplicate"), comparison.verdict


def test_a_rewrite_is_reuse_and_a_separate_report_of_the_same_day_is_not() -> None:
    rewrite = _compare(REPORT_A, REWRITE_B).verdict
    assert rewrite.relation in ("rewrite", "spun_copy", "near_duplicate"), rewrite
    separate = _compare(REPORT_A, REPORT_C).verdict
    assert separate.relation in ("same_story", "unrelated"), separate
    assert max(separate.coverage_a, separate.coverage_b) < 0.5
    assert separate.evidence[0].startswith("the aligned sentence pairs state other facts")


def test_the_agreement_cut_comes_from_the_settings() -> None:
    from unspun.config import DEFAULT_SETTINGS
    from unspun.pair.engine import PairEngine

    # A cut of -100 never overrules the alignment: the same pair's aligned sentences then all count as reuse.
    lenient = PairEngine(DEFAULT_SETTINGS.replace(pair=dataclasses.replace(DEFAULT, agreement_min_log_odds=-100.0)))
    both = lenient.compare_articles(Article("a", " ".join(REPORT_A)), Article("b", " ".join(REPORT_C))).verdict
    strict = _compare(REPORT_A, REPORT_C).verdict
    assert max(both.coverage_a, both.coverage_b) > max(strict.coverage_a, strict.coverage_b)


def test_a_sentence_against_itself_has_the_features_of_the_full_comparison() -> None:
    from unspun.config import TEXT_DEFAULT
    from unspun.pair.agreement import _pair_text_features, _same_text_features, _text_features
    from unspun.text.tokens import sentence_words

    sentences = [
        "Kremlin spokesman Dmitry Peskov called the claims \"totally stupid, groundless fabrications\".",
        "The Nasdaq rose 10.73, or 0.7 percent, to 1,514.77 on Tuesday.",
        "Advertisement", "Read more.", "12", "", "—", "Ned Price, 2023",
    ]
    for sentence in sentences:
        full = _pair_text_features(sentence, sentence, TEXT_DEFAULT)
        assert _same_text_features(sentence_words(sentence)) == full, sentence
        assert _text_features(sentence, sentence, TEXT_DEFAULT) == full
        assert all(type(x) is float for x in full)
    # Another sentence is compared in full: the shortcut is only for the same text.
    other = "Kremlin spokesman Dmitry Peskov called the claims \"totally moronic, unjustifiable creations\"."
    assert _text_features(sentences[0], other, TEXT_DEFAULT) == _pair_text_features(sentences[0], other, TEXT_DEFAULT)
    assert _text_features(sentences[0], other, TEXT_DEFAULT) != _pair_text_features(sentences[0], sentences[0],
                                                                                    TEXT_DEFAULT)


def _plain_common_subsequence(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for k, y in enumerate(b):
            current.append(previous[k] + 1 if x == y else max(previous[k + 1], current[k]))
        previous = current
    return previous[-1]


def test_common_subsequence_length_is_the_plain_dynamic_programme() -> None:
    import random

    from unspun.pair.agreement import common_subsequence_length

    words = ["the", "minister", "said", "on", "tuesday", "that", "talks", "with", "the", "union", "would", "resume",
             "in", "may"]
    rnd = random.Random(5)
    for _ in range(300):
        a = [rnd.choice(words) for _ in range(rnd.randint(0, 25))]
        b = [rnd.choice(words) for _ in range(rnd.randint(0, 25))]
        assert common_subsequence_length(a, b) == _plain_common_subsequence(a, b)
    sentence = "The minister said on Tuesday that talks would resume".lower().split()
    assert common_subsequence_length(sentence, sentence[2:]) == len(sentence) - 2


def test_a_groups_probability_is_remembered_as_computed() -> None:
    # A trace meets one matched group in many candidates: the remembered probability must be the model's own.
    from unspun.ingest.segment import segment
    from unspun.pair.agreement import _group_probability, matched_groups, sentence_agreement

    engine = default_engine()
    a, b = (segment(Article(k, " ".join(t)), engine.config) for k, t in (("a", REPORT_A), ("b", REWRITE_B)))
    alignments = engine.compare_segmented(a, b).alignments
    groups = matched_groups(a.sentence_texts(), b.sentence_texts(), alignments)
    fresh = [same_facts_probability(sentence_features(x, y, *scores)) for x, y, scores in groups]
    _group_probability.cache_clear()
    assert len(groups) >= 4
    assert sentence_agreement(a, b, alignments)[1] == fresh  # computed
    assert sentence_agreement(a, b, alignments)[1] == fresh  # remembered
    assert _group_probability.cache_info().hits == len(groups)
