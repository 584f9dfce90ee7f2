"""agreement: whether aligned sentences state the same facts, and what the judge makes of separate reports."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from unspun.config import DEFAULT, TEXT_DEFAULT
from unspun.model import Article
from unspun.pair.agreement import (
    FEATURES,
    MEAN,
    SCALE,
    WEIGHTS,
    Agreement,
    _cut_short,
    _differing_not_cut_short,
    _summary_telling_nothing_else,
    same_facts_probability,
    sentence_features,
    specifics_beyond,
)
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
    from unspun.pair.agreement import _pair_features, _PairReading, _same_text_features, _text_features_of
    from unspun.text.tokens import sentence_words

    sentences = [
        "Kremlin spokesman Dmitry Peskov called the claims \"totally stupid, groundless fabrications\".",
        "The Nasdaq rose 10.73, or 0.7 percent, to 1,514.77 on Tuesday.",
        "Advertisement", "Read more.", "12", "", "—", "Ned Price, 2023",
    ]
    for sentence in sentences:
        full = _text_features_of(_PairReading.of(sentence, sentence, TEXT_DEFAULT))
        assert _same_text_features(sentence_words(sentence)) == full, sentence
        assert _pair_features(sentence, sentence, TEXT_DEFAULT)[:len(full)] == full
        assert all(type(x) is float for x in full)
    # Another sentence is compared in full: the shortcut is only for the same text.
    other = "Kremlin spokesman Dmitry Peskov called the claims \"totally moronic, unjustifiable creations\"."
    compared = _text_features_of(_PairReading.of(sentences[0], other, TEXT_DEFAULT))
    assert _pair_features(sentences[0], other, TEXT_DEFAULT)[:len(compared)] == compared
    assert compared != _same_text_features(sentence_words(sentences[0]))


# Texts for the counting tests: news sentences, their rewordings, repeats, odd white space, empty, one character,
# and random strings over a few letters (long repeats, many equal n-grams).
_NEWS = [*REPORT_A, *REWRITE_B, *REPORT_C,
         "The the the the the the.", "  Two   spaces\tand a tab ,  and   more  ", "", "a", "—", "1,514.77 1514.77",
         "Ned Price, Ned Price and Ned Price said: “No.”"]


def _random_texts(seed: int, count: int) -> list[tuple[str, str]]:
    import random

    rnd = random.Random(seed)
    words = ["the", "vote", "on", "tuesday", "12", "a", "b", "the vote"]
    out = []
    for _ in range(count):
        if rnd.random() < 0.5:
            a = "".join(rnd.choice("ab c") for _ in range(rnd.randint(0, 30)))
            b = "".join(rnd.choice("ab c") for _ in range(rnd.randint(0, 30)))
        else:
            a = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 12)))
            b = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 12)))
        out.append((a, b))
    return out


def _plain_counts(a: str, b: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...],
                                             tuple[int, ...]]:
    """What ``_PairReading`` counts, counted with strings and tuples in ``Counter``\\s, as the features once were."""
    from collections import Counter

    from unspun.text.tokens import sentence_words

    def chars(text: str, n: int) -> Counter[str]:
        squeezed = " ".join(text.lower().split())
        return Counter(squeezed[k:k + n] for k in range(len(squeezed) - n + 1))

    def words(text: str, n: int) -> Counter[tuple[str, ...]]:
        w = sentence_words(text)
        return Counter(tuple(w[k:k + n]) for k in range(len(w) - n + 1))

    shared_chars = tuple(sum((chars(a, n) & chars(b, n)).values()) for n in (2, 3, 4, 5))
    grams = [(words(a, n), words(b, n)) for n in (1, 2, 3, 4)]
    return (shared_chars, tuple(len(x) for x, _ in grams), tuple(len(y) for _, y in grams),
            tuple(len(x.keys() & y.keys()) for x, y in grams), tuple(sum((x & y).values()) for x, y in grams))


def _counts(a: str, b: str) -> tuple[tuple[int, ...], ...]:
    from unspun.config import TEXT_DEFAULT
    from unspun.pair.agreement import _PairReading

    pair = _PairReading.of(a, b, TEXT_DEFAULT)
    return (pair.shared_chars, *pair.distinct_word_grams, pair.shared_distinct_word_grams, pair.shared_word_grams)


def test_n_grams_counted_as_integers_are_the_counts_of_the_n_gram_strings() -> None:
    pairs = [(x, y) for x in _NEWS for y in _NEWS] + _random_texts(3, 400)
    for a, b in pairs:
        assert _counts(a, b) == _plain_counts(a, b), (a, b)
    # Texts that use more characters than fit five side by side in an int64 (13 bits each: 6,096 characters) are
    # numbered level by level: here every 5-gram "Xwxyz" of A would take the code of one of B's (X and B's Y differ
    # only in the bit that would be shifted out), although the two share no character outside "wxyz".
    base = 0x4E00
    a = "".join(chr(base + k) + "wxyz" for k in range(2000)) + "".join(chr(base + k) for k in range(2000, 4092))
    b = "".join(chr(base + k) + "wxyz" for k in range(4092, 6092))
    assert _counts(a, b) == _plain_counts(a, b)
    assert _counts(a, b)[0] == (6000, 4000, 2000, 0)  # "wx", "xy", "yz" 2,000 times each; "wxy", "xyz"; "wxyz"


def test_the_longest_shared_stretch_is_difflibs_longest_match() -> None:
    import difflib

    from unspun.pair.agreement import common_stretch

    pairs = [(x.lower(), y.lower()) for x in _NEWS for y in _NEWS] + _random_texts(4, 600)
    for a, b in pairs:
        plain = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size
        assert common_stretch(a, b) == plain, (a, b)
    assert common_stretch("the vote on tuesday", "a vote on monday") == len(" vote on ")


def test_bleu_both_ways_from_shared_counts_is_sentence_bleu() -> None:
    import math
    from collections import Counter

    from unspun.pair.agreement import FEATURES, sentence_bleu, sentence_features
    from unspun.text.tokens import sentence_words

    def plain_bleu(candidate: tuple[str, ...], reference: tuple[str, ...]) -> float:  # the textbook form
        if not candidate or not reference:
            return 0.0
        logs = []
        for n in range(1, 5):
            found = Counter(tuple(candidate[k:k + n]) for k in range(len(candidate) - n + 1))
            wanted = Counter(tuple(reference[k:k + n]) for k in range(len(reference) - n + 1))
            total, hits, smooth = sum(found.values()), sum((found & wanted).values()), int(n > 1)
            logs.append(math.log((hits + smooth) / (total + smooth)) if hits + smooth and total + smooth else -10.0)
        return math.exp(min(0.0, 1 - len(reference) / len(candidate)) + sum(logs) / 4)

    low, high = FEATURES.index("bleu_low"), FEATURES.index("bleu_high")
    for a, b in [(x, y) for x in _NEWS for y in _NEWS] + _random_texts(5, 300):
        wa, wb = sentence_words(a), sentence_words(b)
        both = sorted((plain_bleu(wa, wb), plain_bleu(wb, wa)))
        assert [sentence_bleu(wa, wb), sentence_bleu(wb, wa)] == [plain_bleu(wa, wb), plain_bleu(wb, wa)]
        features = sentence_features(a, b, 0.5, 0.5, 0.5)
        assert [features[low], features[high]] == both, (a, b)


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
    from unspun.pair.agreement import _pair_features, matched_groups, sentence_agreement

    engine = default_engine()
    a, b = (segment(Article(k, " ".join(t)), engine.config) for k, t in (("a", REPORT_A), ("b", REWRITE_B)))
    alignments = engine.compare_segmented(a, b).alignments
    groups = matched_groups(a.sentence_texts(), b.sentence_texts(), alignments)
    fresh = [same_facts_probability(sentence_features(x, y, *scores)) for x, y, scores in groups]
    _pair_features.cache_clear()
    assert len(groups) >= 4
    assert sentence_agreement(a, b, alignments)[1] == fresh  # computed
    assert sentence_agreement(a, b, alignments)[1] == fresh  # remembered
    assert _pair_features.cache_info().hits == len(groups)


def test_fewer_reworded_groups_than_can_overrule_the_alignment_are_not_weighed() -> None:
    """One or two groups of reworded sentences never make a pair separate reports (``agreement_min_matches``):
    the model is not asked, and the alignment stands as it is."""
    from unspun.ingest.segment import segment
    from unspun.pair.agreement import _pair_features, matched_groups, reused_alignments
    from unspun.pair.pipeline import run_pair_with_facts

    other_a = ["The city council met on Wednesday to discuss a new bus route through the old harbour district.",
               "Residents asked for more crossings near the primary school and a later last bus.",
               "The council will publish its plan in the spring after a public consultation."]
    other_b = ["A storm closed the coastal road for six hours and cut power to two villages.",
               "Engineers restored the lines by the evening, the utility company said."]
    for shared in (1, 2, 3):
        a = segment(Article("a", " ".join(REPORT_A[:shared] + other_a)))
        b = segment(Article("b", " ".join(other_b + REWRITE_B[:shared])))
        comparison, _ = run_pair_with_facts(a, b, default_engine(), details=False)
        groups = matched_groups(a.sentence_texts(), b.sentence_texts(), comparison.alignments)
        assert len(groups) == shared and comparison.alignments[0].kind == "spun", comparison.alignments
        _pair_features.cache_clear()
        kept, agreement = reused_alignments(a, b, comparison.alignments)
        assert kept == comparison.alignments
        weighed = _pair_features.cache_info().misses
        if shared < DEFAULT.agreement_min_matches:
            assert agreement.matches == 0 and agreement.log_odds is None and weighed == 0, agreement
        else:
            assert agreement.matches == shared and agreement.log_odds is not None and weighed == shared, agreement


def test_pairs_read_together_count_what_each_pair_read_alone_counts() -> None:
    """The pairs of one comparison are read in one count: no n-gram runs from one text into the next, and each
    pair's counts are its own, however many pairs share the count (the pair's number above each code)."""
    from unspun.config import TEXT_DEFAULT
    from unspun.pair.agreement import _PairReading

    # Each text ends where the next begins with the same letters ("...harbour" + "harbour..."): an n-gram across a
    # boundary would be shared with a text that has the joined run.
    pairs = [("The ferry left the harbour", "harbour master said the ferry left"),
             ("Councillors voted 7-2 on Tuesday.", "On Tuesday councillors voted 7 to 2."),
             ("", "An empty side shares nothing."),
             ("harbour masterharbour", "the harbour master, the harbour")]
    pairs += [(a, b) for a in _NEWS[:6] for b in _NEWS[:6]]
    together = _PairReading.of_many(pairs, TEXT_DEFAULT)
    alone = [_PairReading.of_many([pair], TEXT_DEFAULT)[0] for pair in pairs]
    assert together == alone
    assert [_counts(a, b) for a, b in pairs[:4]] == [_plain_counts(a, b) for a, b in pairs[:4]]


def test_stretches_of_pairs_measured_together_are_each_pairs_longest_shared_stretch() -> None:
    from unspun.pair.agreement import common_stretch, common_stretches

    pairs = [(x.lower(), y.lower()) for x in _NEWS[:12] for y in _NEWS[:12]] + _random_texts(4, 300)
    pairs += [("", "nothing"), ("abcd", "xabcdx"), ("no shared", "qqq"), ("harbour", "harbour")]
    assert common_stretches(pairs) == [common_stretch(a, b) for a, b in pairs]
    # each pair alone as well: the pair's number keeps one pair's 5-grams from meeting another's
    assert common_stretches([("the vote on tuesday", "the vote on monday"), ("the vote on", "a vote on")]) == [12, 8]


# News pairs written before the agreement model and its document cut were last fitted, and never used to choose
# them (tests/fixtures/held_out/README.md): the fit shown on texts it was not chosen on.
_HELD_OUT = Path(__file__).parent / "fixtures" / "held_out"
_REUSE = ("duplicate", "near_duplicate", "spun_copy", "rewrite", "partial_reuse")


@pytest.mark.parametrize(("base", "other", "reused"), [
    ("ferry_fire", "ferry_fire_rewrite", True),
    ("council_budget", "council_budget_rewrite", True),
    ("chip_plant", "chip_plant_rewrite", True),
    ("ferry_fire", "ferry_fire_other_report", False),
    ("council_budget", "council_budget_other_report", False),
    ("chip_plant", "chip_plant_other_report", False),
    ("council_budget", "council_budget_wire_report", False),
])
def test_held_out_rewrites_are_reuse_and_other_reports_of_the_event_are_not(base: str, other: str,
                                                                              reused: bool) -> None:
    a, b = ((_HELD_OUT / f"{name}.txt").read_text(encoding="utf-8") for name in (base, other))
    for first, second in ((a, b), (b, a)):
        verdict = default_engine().compare_articles(Article("a", first), Article("b", second)).verdict
        assert (verdict.relation in _REUSE) is reused, verdict


# A council's announcement and a three-sentence summary of it whose every sentence merges two of its sentences:
# the second summary sentence takes the vote from the announcement's fourth sentence, which no alignment links.
ANNOUNCEMENT = [
    "Dunmere District Council will close the Quarry Lane recycling centre for six weeks from 2 May to rebuild "
    "its access road.",
    "Residents will be able to take garden waste and bulky items to the Fenby site, eight miles away, during the "
    "closure.",
    "Cabinet member Ruth Galloway said the road had been damaged by heavy lorries and was no longer safe.",
    "Councillors approved the £640,000 scheme by 31 votes to 4 at a meeting on Tuesday evening.",
    "The centre handles about 2,500 visits a week in the spring, the council said.",
]
ANNOUNCEMENT_SUMMARY = [
    "Dunmere's Quarry Lane recycling centre shuts for six weeks from 2 May while its access road is rebuilt, "
    "so garden waste and bulky items must go to Fenby, eight miles away.",
    "Ruth Galloway said lorries had left the road unsafe, and councillors backed the £640,000 work by 31 votes "
    "to 4.",
    "The site gets about 2,500 visits a week in spring.",
]


def test_an_unaligned_sentence_joins_the_group_whose_other_side_states_what_it_adds() -> None:
    """The summary's second sentence is aligned with the announcement's third alone; the fourth, which states the
    vote the summary sentence adds, is read with them (and only with them), from either side."""
    from unspun.pair.agreement import drawn_members

    # what ``matched_groups`` makes of one match per summary sentence: (A's sentences, B's, the best scores)
    groups = [({0}, {0}, (0.8, 0.5, 0.7)), ({2}, {1}, (0.8, 0.5, 0.7)), ({4}, {2}, (0.8, 0.6, 0.7))]
    grown, drawn = drawn_members(ANNOUNCEMENT, ANNOUNCEMENT_SUMMARY, groups)
    assert drawn == 2 and [g[0] for g in grown] == [{0, 1}, {2, 3}, {4}] and [g[1] for g in grown] == [{0}, {1}, {2}]
    mirrored = [(rows_b, rows_a, scores) for rows_a, rows_b, scores in groups]
    grown_back, drawn_back = drawn_members(ANNOUNCEMENT_SUMMARY, ANNOUNCEMENT, mirrored)
    assert drawn_back == drawn and [(g[1], g[0]) for g in grown_back] == [(g[0], g[1]) for g in grown]


def test_an_unaligned_sentence_that_adds_nothing_the_other_side_states_is_not_drawn_in() -> None:
    from unspun.pair.agreement import drawn_members

    groups = [({0}, {0}, (0.8, 0.5, 0.7)), ({2}, {1}, (0.8, 0.5, 0.7)), ({4}, {2}, (0.8, 0.6, 0.7))]
    summary = [*ANNOUNCEMENT_SUMMARY[:1], "Ruth Galloway said lorries had left the road unsafe.",
               ANNOUNCEMENT_SUMMARY[2]]
    grown, drawn = drawn_members(ANNOUNCEMENT, summary, groups)
    assert [g[0] for g in grown] == [{0, 1}, {2}, {4}] and drawn == 1


@pytest.mark.parametrize("source", ["viaduct", "club"])
def test_a_summary_whose_sentences_merge_the_sources_is_a_rewrite_of_it_both_ways(source: str) -> None:
    """Hand-written summaries (tests/fixtures/human_summaries, fit part) whose every sentence merges two or three
    of the source's: read against one source sentence each, they stated "other facts" and were same_story."""
    folder = Path(__file__).parent / "fixtures" / "human_summaries"
    engine = default_engine()
    for x, y in ((f"{source}.txt", f"{source}_summary.txt"), (f"{source}_summary.txt", f"{source}.txt")):
        verdict = engine.compare(folder / x, folder / y).verdict
        assert verdict.relation == "rewrite", (x, verdict)
        assert not any("state other facts" in line for line in verdict.evidence), verdict.evidence
        # the evidence says which sentences were weighed beyond the passages shown
        assert any("unaligned sentence" in line and "merging" in line for line in verdict.evidence), verdict.evidence


def test_sentences_drawn_into_groups_are_the_same_whichever_text_comes_first() -> None:
    """A second reporter's text from the same facts (tests/fixtures/short_rewrites, landslide): both sides draw
    unaligned sentences into groups, each against the groups as aligned, so B with A mirrors A with B."""
    folder = Path(__file__).parent / "fixtures" / "short_rewrites"
    engine = default_engine()
    forward = engine.compare(folder / "landslide.txt", folder / "landslide_same_ground.txt").verdict
    back = engine.compare(folder / "landslide_same_ground.txt", folder / "landslide.txt").verdict
    assert (forward.relation, forward.coverage_a, forward.coverage_b) == \
        (back.relation, back.coverage_b, back.coverage_a), (forward, back)


def test_a_number_written_out_is_the_same_figure_as_its_digits() -> None:
    features = dict(zip(FEATURES, sentence_features("Twenty-three pilot whales stranded at Holme on Tuesday.",
                                                    "On Tuesday 23 pilot whales stranded at Holme.", 0.9, 0.7, 0.8),
                        strict=True))
    assert features["numbers_differ"] == 0.0 and features["same_figures"] == 1.0
    other = dict(zip(FEATURES, sentence_features("Twenty-four pilot whales stranded at Holme on Tuesday.",
                                                 "On Tuesday 23 pilot whales stranded at Holme.", 0.9, 0.7, 0.8),
                     strict=True))
    assert other["numbers_differ"] == 1.0


def test_a_short_summary_telling_nothing_of_its_own_is_not_read_as_a_separate_report() -> None:
    # tests/fixtures/human_summaries, held out: a three-sentence summary of a hospital's report, each sentence
    # saying less than those it retells (read as other facts: same_story); the hospital's next report, naming
    # other figures, stays apart
    folder = Path(__file__).parent / "fixtures" / "human_summaries"
    source, summary_text, next_report = ((folder / f"{name}.txt").read_text(encoding="utf-8")
                                         for name in ("hospital", "hospital_summary", "hospital_other_event"))
    engine = default_engine()
    summary = engine.compare_articles(Article("s", source), Article("x", summary_text))
    assert (summary.verdict.relation, summary.verdict.direction) == ("rewrite", "a_to_b")
    other = engine.compare_articles(Article("s", source), Article("o", next_report))
    assert other.verdict.relation not in ("rewrite", "near_duplicate", "duplicate", "spun_copy")
    # a source saying the opposite of the summary (records copied, the system kept, no action needed) is weighed:
    # its matches lean to other facts (the session review's case)
    contradicting = (source
                     .replace("Names, dates of birth, home addresses and appointment times were copied, but no medical "
                              "records or bank details were taken, it said.",
                              "Medical records and bank details were copied, it said, though names and addresses "
                              "were not.")
                     .replace("We are taking it extremely seriously and have stopped using Medislot's system",
                              "We will keep using Medislot's system")
                     .replace("The trust warned patients to be wary of phone calls or texts claiming to be from the "
                              "hospital and asking for payment, and said it would never ask for bank details by text.",
                              "The trust said patients did not need to take any action."))
    assert contradicting.count("Medislot") == source.count("Medislot") and contradicting != source
    for a, b in ((contradicting, summary_text), (summary_text, contradicting)):
        verdict = engine.compare_articles(Article("a", a), Article("b", b)).verdict
        assert verdict.relation == "same_story", verdict


def test_each_sentences_content_words_are_read_once_whatever_pairs_it_is_in() -> None:
    """A trace compares its query with one story's copies, which share sentences: drawing sentences into groups
    reads each distinct sentence's content words once (not once a comparison and group), the same words as the
    plain definition, and the groups drawn do not change with what was read before."""
    from unspun.pair.agreement import _content, _sentence_content, drawn_members
    from unspun.text.tokens import sentence_words
    from unspun.text.wordlists import is_content_word

    groups = [({0}, {0}, (0.8, 0.5, 0.7)), ({2}, {1}, (0.8, 0.5, 0.7)), ({4}, {2}, (0.8, 0.6, 0.7))]
    _sentence_content.cache_clear()
    first = drawn_members(ANNOUNCEMENT, ANNOUNCEMENT_SUMMARY, groups)
    read = _sentence_content.cache_info().misses
    assert read == len(ANNOUNCEMENT) + len(ANNOUNCEMENT_SUMMARY)
    # the same summary against a copy of the announcement that dropped its last sentence: nothing read again
    shorter = [({0}, {0}, (0.8, 0.5, 0.7)), ({2}, {1}, (0.8, 0.5, 0.7))]
    drawn_members(ANNOUNCEMENT[:4], ANNOUNCEMENT_SUMMARY[:2], shorter)
    assert _sentence_content.cache_info().misses == read
    assert drawn_members(ANNOUNCEMENT, ANNOUNCEMENT_SUMMARY, groups) == first
    rows = {0, 3}
    assert _content(ANNOUNCEMENT, rows) == {w for k in rows for w in sentence_words(ANNOUNCEMENT[k])
                                            if is_content_word(w)}


def test_a_groups_probability_remembered_is_the_models_probability() -> None:
    """Copies of one story meet the same sentence groups with the same scores: the probability is remembered by
    (scores, features), and is the model's for those features, bit for bit."""
    from unspun.config import TEXT_DEFAULT
    from unspun.pair.agreement import _pair_features, _probability_of

    pairs = [("The council approved the £4.2m harbour wall on Tuesday.", "The council backed a £4.2m harbour wall."),
             ("Work starts in May.", "Work will start in June."), ("Same words.", "Same words.")]
    for (a, b), scores in zip(pairs, [(0.91, 0.55, 0.8), (0.7, 0.3, 0.5), (1.0, 1.0, 1.0)], strict=True):
        own = _pair_features(a, b, TEXT_DEFAULT)
        expected = same_facts_probability([*scores, scores[0] * scores[1], *own])
        assert _probability_of(scores, own) == expected and _probability_of(scores, own) == expected
        # a zero score of either sign (equal keys) gives one probability
        assert _probability_of((0.0, *scores[1:]), own) == _probability_of((-0.0, *scores[1:]), own) == \
            same_facts_probability([-0.0, *scores[1:], -0.0 * scores[1], *own])


# A wire story and a tabloid's version of it, the local top of a regional paper: written for these tests (editfix).
WIRE_TOP = "Weather presenter Tom Ashby is to leave the Morning Live programme after 19 years, the BBC announced today."
WIRE_AGE = ("Ashby, 58, who joined the programme from Radio Kent in 2007, will present his last forecast on "
            "19 December.")
WIRE_TRIMMED = "He said he planned to spend more time with his grandchildren and to finish a book about storms."


def _pair_of(x: str, y: str):  # type: ignore[no-untyped-def]
    from unspun.ingest.segment import segment
    from unspun.model import SentenceMatch

    return segment(Article("a", x)), segment(Article("b", y)), SentenceMatch(0, 0, 0.8, 0.6, 0.7)


def test_a_trimmed_or_lifted_sentence_shows_reuse_and_a_shared_quotation_alone_does_not() -> None:
    from unspun.pair.agreement import _shows_reuse

    # a tail cut (words deleted, none added): a trimmed copy, whatever the model reads of its facts
    assert _shows_reuse(*_pair_of(WIRE_TRIMMED, "He said he planned to spend more time with his grandchildren."),
                        DEFAULT)
    # the attribution reworded, the wire's clause kept outside quotations: "who joined the programme from Radio
    # Kent in 2007" (9 words, 3 of them rare: a name and a year)
    tabloid = "The 58-year-old, who joined the programme from Radio Kent in 2007, presents his final forecast soon."
    assert _shows_reuse(*_pair_of(WIRE_AGE, tabloid), DEFAULT)
    # two reporters at one hearing write down the judge's words, each with an attribution of their own
    said = 'Judge Anita Cole told him: "You preyed on people who trusted you completely and showed them no mercy."'
    heard = '"You preyed on people who trusted you completely and showed them no mercy," the judge said.'
    assert not _shows_reuse(*_pair_of(said, heard), DEFAULT)
    # a run of common words is no lift
    assert not _shows_reuse(*_pair_of("Police said the man was taken to hospital on Monday with minor injuries.",
                                      "A man was taken to hospital with minor injuries after the crash, police said."),
                            DEFAULT)


def test_a_text_mostly_derived_is_not_read_as_a_separate_report_whatever_the_model_says() -> None:
    from unspun.ingest.segment import segment
    from unspun.pair.agreement import reused_alignments

    engine = default_engine()
    folder = Path(__file__).parent / "fixtures" / "sub_edits"
    wire, tabloid = ((folder / f"court_{k}.txt").read_text(encoding="utf-8") for k in ("wire", "tabloid"))
    a, b = segment(Article("a", wire)), segment(Article("b", tabloid))
    aligned = engine.compare_segmented(a, b).alignments
    doubting = dataclasses.replace(DEFAULT, agreement_min_log_odds=100.0)  # the model reads every pair as differing
    kept, agreement = reused_alignments(a, b, aligned, doubting)
    assert agreement.log_odds is not None and kept == aligned  # most matches copied, trimmed or lifted
    # as before (``ADDED_SETTINGS``): only the copied matches were kept
    strict = dataclasses.replace(doubting, agreement_max_reused_share=1.0)
    kept, _ = reused_alignments(a, b, aligned, strict)
    assert sum(len(al.matches) for al in kept) < sum(len(al.matches) for al in aligned)
    # two reports of one trading day: nothing of either shows reuse, so the model's reading stands
    c = segment(Article("c", " ".join(REPORT_C)))
    a2 = segment(Article("a2", " ".join(REPORT_A)))
    kept, _ = reused_alignments(a2, c, engine.compare_segmented(a2, c).alignments, doubting)
    assert kept == []


def test_passages_whose_derivation_other_evidence_showed_are_weighed_and_not_overruled() -> None:
    # ``overrule=False`` (a rewrite around its own material: ``pipeline.rewritten_around_own_material``): the model
    # reads every pair as differing, the agreement says so, and the passages stand.
    from unspun.ingest.segment import segment
    from unspun.pair.agreement import reused_alignments

    engine = default_engine()
    doubting = dataclasses.replace(DEFAULT, agreement_min_log_odds=100.0)
    c, a2 = segment(Article("c", " ".join(REPORT_C))), segment(Article("a2", " ".join(REPORT_A)))
    aligned = engine.compare_segmented(a2, c).alignments
    kept, agreement = reused_alignments(a2, c, aligned, doubting, overrule=False)
    assert aligned and kept == aligned and agreement.log_odds is not None


def test_a_local_top_linked_to_the_wire_by_meaning_only_is_no_reuse() -> None:
    from unspun.ingest.segment import segment
    from unspun.model import Alignment, SentenceMatch, Span
    from unspun.pair.agreement import without_local_top

    body = [WIRE_TOP, WIRE_AGE, WIRE_TRIMMED,
            "The BBC said his replacement would be announced in the new year after an internal search."]
    wire = ["In Leicester, a Band D bill will rise by £98 to £2,243 from April, the city council said.", *body]
    local = ["Taxpayers in Wakefield will pay £2,106 for a Band D home from April, up £101, after Tuesday's vote.",
             *body]

    def passage(x: list[str], y: list[str]) -> tuple[object, object, tuple[Alignment, ...]]:
        a, b = segment(Article("a", " ".join(x))), segment(Article("b", " ".join(y)))
        matches = tuple(SentenceMatch(k, k, 0.8, 0.5, 0.7) for k in range(len(x)))
        return a, b, (Alignment(Span(0, len(a.article.text)), Span(0, len(b.article.text)), 0.9, "near_verbatim",
                                matches),)

    a, b, aligned = passage(wire, local)
    kept = without_local_top(a, b, aligned, DEFAULT, TEXT_DEFAULT)  # type: ignore[arg-type]
    assert [(m.i, m.j) for al in kept for m in al.matches] == [(k, k) for k in range(1, 5)]
    # the same figure both sides: a sentence of the copy (a changed town is a change of the copy, not its own top)
    shared = [local[0].replace("£2,106", "£2,243"), *body]
    a, b, aligned = passage(wire, shared)
    kept = without_local_top(a, b, aligned, DEFAULT, TEXT_DEFAULT)  # type: ignore[arg-type]
    assert kept is aligned and (0, 0) in [(m.i, m.j) for al in kept for m in al.matches]
    # fewer copied matches beside it than ``local_top_min_copied_matches``: the link is the model's to weigh
    a, b, aligned = passage(wire[:3], local[:3])
    kept = without_local_top(a, b, aligned, DEFAULT, TEXT_DEFAULT)  # type: ignore[arg-type]
    assert kept is aligned and (0, 0) in [(m.i, m.j) for al in kept for m in al.matches]


def test_a_stores_saved_align_settings_say_whether_a_trimmed_sentence_shows_reuse() -> None:
    # the agreement check reads a match's kind with the settings alignment used: a store built before trimmed
    # copies (``align.trim_min_kept_words`` saved off) keeps reading them as its verdicts did
    import dataclasses

    from unspun.config import ALIGN_DEFAULT
    from unspun.ingest.segment import segment
    from unspun.model import SentenceMatch
    from unspun.pair.agreement import _shows_reuse

    a = segment(Article("a", "The harbour council said on Tuesday that the new footbridge would open in May."))
    b = segment(Article("b", "The harbour council said the new footbridge would open in May."))
    match = SentenceMatch(0, 0, 0.9, 0.6, 0.8)
    assert _shows_reuse(a, b, match, DEFAULT, ALIGN_DEFAULT)
    assert not _shows_reuse(a, b, match, DEFAULT, dataclasses.replace(ALIGN_DEFAULT, trim_min_kept_words=1_000_000))


def _cpu_multiplies_int8_exactly() -> bool:
    """Whether the CPU has VNNI: without it onnxruntime's uint8 x int8 products sum in pairs that saturate at 16
    bits, and the prepared int8 MiniLM gives slightly other vectors."""
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8")
    except OSError:
        return True
    return "avx512_vnni" in flags or "avx_vnni" in flags


# Measured 2026-12-07 on an AVX2-only machine: this pair sits at the agreement check's bar (same facts 42% likely,
# 2 of 4 sentence pairs more likely differ) and reads as separate reports there, on the session's start commit
# too; with 7-bit weights (no saturation) it is a rewrite again, but that quantisation moved 9 held-out guard sets
# (next_event 82 -> 76 of 88), so the shipped 8-bit graph stays. Strict: the test fails if it passes here.
@pytest.mark.xfail(not _cpu_multiplies_int8_exactly(), strict=True,
                   reason="marginal on CPUs without VNNI (int8 sums saturate): see the comment above")
def test_a_five_sentence_summary_of_a_long_report_is_not_read_as_a_separate_report() -> None:
    # tests/fixtures/human_summaries/credited (fit): five sentences retelling an agency's report of ten; the
    # sentence model reads each as saying less than its source sentence (other facts), which a summary does
    folder = Path(__file__).parent / "fixtures" / "human_summaries" / "credited"
    source, summary, other = (folder / f"{name}.txt" for name in ("orchestra", "orchestra_summary5",
                                                                 "orchestra_other_event"))
    engine = default_engine()
    for a, b in ((source, summary), (summary, source)):
        assert engine.compare(a, b).verdict.relation == "rewrite"
    # its next event, citing the same agency (the source's site, from its copyright line), is not made a retelling
    # by the citation
    assert engine.compare(source, other).verdict.relation in ("same_story", "unrelated")


def test_two_papers_own_tops_over_one_wire_story_are_no_reuse_without_figures() -> None:
    # tests/fixtures/family_tops: the Keswick and Penrith papers print one wire story whole, each under its own top
    # ("Readers in Keswick will find the library on Heads Lane shut …", "Parents who use … Penrith library …"). The
    # static vectors link the two tops by meaning (0.67); they open both texts and each names its own town, so they
    # are each paper's own, as MiniLM reads them: `compare` and the corpus give the same shares.
    from tests.conftest import FIXTURES
    from unspun.ingest.extract import extract
    from unspun.pair.engine import PairEngine

    tops = FIXTURES / "family_tops"
    keswick, penrith = extract(tops / "keswick_paper.txt"), extract(tops / "penrith_paper.txt")
    shares = [(round(v.coverage_a, 2), round(v.coverage_b, 2))
              for v in (PairEngine(precise=p).compare_articles(keswick, penrith).verdict for p in (True, False))]
    assert shares[0] == shares[1] and max(shares[1]) < 0.9


def test_a_copy_that_rewords_only_its_lede_keeps_the_lede_as_reuse() -> None:
    # review42b (/tmp/review42b_t/t1_*): the copy keeps the body word for word and rewords only its opening sentence
    # (with "Yenin" misspelt "Yemen"). The two ledes open both texts and each has a name the other lacks, as two
    # sister papers' own tops do, but they share the lede's words (deputy foreign minister Yevhen, Russian, Kyiv,
    # radioactive): a rewording of one lede, reused, not each text's own top.
    from unspun.pair.engine import PairEngine

    body = (
        "The ministry said the claims had been made without any evidence and were intended to distract "
        "from events on the front line.\n\n"
        "Officials in Kyiv said inspectors from the International Atomic Energy Agency would be invited "
        "to visit two sites named in the claims.\n\n"
        "The agency's director general said his inspectors were ready to travel within days.\n\n"
        "Western governments dismissed the allegation, which was first made on Russian state television "
        "on Sunday evening.\n\n"
        "A spokesman for the US State Department, Ned Price, called the claims \"totally stupid, "
        "groundless fabrications\".")
    source = Article("t1_source", "Ukraine's deputy foreign minister, Yevhen Yenin, has rejected Russian claims "
                     "that Kyiv is preparing to use a radioactive device." + "\n\n" + body, site="t1_source.example")
    copy = Article("t1_copy", "Russian allegations that Kyiv was getting ready to set off a radioactive bomb "
                   "were dismissed by deputy foreign minister Yevhen Yemen." + "\n\n" + body, site="t1_copy.example")
    for precise in (True, False):
        verdict = PairEngine(precise=precise).compare_articles(source, copy).verdict
        assert verdict.relation == "near_duplicate", (precise, verdict.evidence)
        assert min(verdict.coverage_a, verdict.coverage_b) > 0.95, (precise, verdict.evidence)


@pytest.mark.parametrize(("folder", "source", "brief"), [("trace_siblings", "ward", "ward_summary"),
                                                          ("summary_links", "school", "school_brief")])
def test_a_brief_cutting_its_sources_sentences_short_is_a_rewrite_of_it(folder: str, source: str, brief: str) -> None:
    # trace52 (held out in both sets): each of the brief's sentences is one of the report's cut short, its details
    # dropped ("Years 5 and 6 will be taught at Hexham Middle School from Thursday."); the sentence model read two of
    # its 3-4 matches as other facts and the pair was two reports of one event (same_story, coverage 0.0)
    def article(name: str) -> Article:
        record = json.loads((Path(__file__).parent / "fixtures" / folder / f"{name}.json").read_text(encoding="utf-8"))
        return Article(record["id"], record["text"], title=record["title"], published=record["published"])

    engine = default_engine()
    for a, b, direction in ((article(source), article(brief), "a_to_b"), (article(brief), article(source), "b_to_a")):
        verdict = engine.compare_articles(a, b).verdict
        assert (verdict.relation, verdict.direction) == ("rewrite", direction), verdict


def test_a_sentence_cut_short_says_nothing_its_counterpart_does_not() -> None:
    report = ("The council said it had arranged for pupils in Years 5 and 6 to be taught at Hexham Middle School "
              "from Thursday, with buses leaving the Priestpopple site at 8.20am.")
    assert _cut_short("Years 5 and 6 will be taught at Hexham Middle School from Thursday.", report, TEXT_DEFAULT,
                      DEFAULT)
    # a figure of its own, or words of its own, is more than a cut
    assert not _cut_short("Years 5 and 6 will be taught at Hexham Middle School from 9 December.", report,
                          TEXT_DEFAULT, DEFAULT)
    assert not _cut_short("Parents said the long bus journey to the middle school was unfair on young children.",
                          report, TEXT_DEFAULT, DEFAULT)


def test_a_sentence_as_long_as_its_counterpart_is_no_sentence_cut_short() -> None:
    # reviewB 6: every content word of the report's sentence, reordered, is a rewording, not a cut
    report = ("The council said it had arranged for pupils in Years 5 and 6 to be taught at Hexham Middle School "
              "from Thursday, with buses leaving the Priestpopple site at 8.20am.")
    reordered = ("From Thursday, with buses leaving the Priestpopple site at 8.20am, pupils in Years 5 and 6 will be "
                 "taught at Hexham Middle School, the council said it had arranged.")
    assert not _cut_short(reordered, report, TEXT_DEFAULT, DEFAULT)


def test_a_summary_sentence_merging_two_of_the_reports_is_read_against_each_not_their_join() -> None:
    # reviewB 6 (crash_v2 of crash_long): the short sentence takes the carriageway from one sentence and the closed
    # road from the next; against the two joined it passed for one sentence cut short
    report = ["The crash happened at about 7.30am on the eastbound carriageway between the Bridge End roundabout and "
              "the turn-off for Corbridge.",
              "The road was closed in both directions for more than five hours while collision investigators examined "
              "the scene, and drivers faced long delays on diversions through Corbridge and Acomb.",
              "The lorry driver was not hurt and is helping officers with their inquiries."]
    summary = ["Collision investigators examined the scene on the eastbound carriageway while the road was closed."]
    merged = [({0, 1}, {0}, (0.6, 0.6, 0.6))]
    assert _differing_not_cut_short(merged, [0.2], report, summary, TEXT_DEFAULT, DEFAULT) == 1
    # one sentence the summary did cut short still counts as cut, not as other facts, either side first
    cut = ["The road was closed in both directions while collision investigators examined the scene."]
    assert _differing_not_cut_short([({1}, {0}, (0.6, 0.6, 0.6))], [0.2], report, cut, TEXT_DEFAULT, DEFAULT) == 0
    assert _differing_not_cut_short([({0}, {1}, (0.6, 0.6, 0.6))], [0.2], cut, report, TEXT_DEFAULT, DEFAULT) == 0


# A cable-car rescue report and a four-sentence summary of it: the summary opens a sentence with "Gendarmes", a rarer
# word the name reader takes for a name at a clause's start, where the report writes "officers of the gendarmerie".
RESCUE_REPORT = [
    "Forty-one passengers were brought down from a stalled cable car above Chamonix on Sunday after a power fault "
    "stopped the line for almost five hours.",
    "Officers of the gendarmerie's mountain unit were lowered onto the cabins from a helicopter and winched the "
    "passengers to safety one by one.",
    "Two elderly passengers and a child were treated for mild hypothermia at the base station.",
    "The operator, Compagnie des Aiguilles, said the fault had been traced to a damaged cable joint.",
    "The line will stay closed until engineers from the manufacturer have inspected it.",
    "Mayor Eric Fournier said the rescue had been carried out with great skill.",
]
RESCUE_SUMMARY = [
    "Forty-one people were rescued from a cable car above Chamonix on Sunday after a power fault stranded them for "
    "nearly five hours.",
    "Gendarmes lowered from a helicopter winched them to safety one at a time.",
    "Three were treated for mild hypothermia.",
    "The operator says a damaged cable joint caused the fault.",
]
# Another outlet's short report of the rescue: its own witness, named in full.
RESCUE_OTHER = [
    "Forty-one people were rescued from a cable car above Chamonix on Sunday after a power fault.",
    "Skier Laura Whitcombe, from Leeds, said the cabin swayed in the wind for hours.",
    "Three were treated for mild hypothermia.",
]


def test_a_word_read_as_a_name_only_where_it_opens_a_sentence_is_no_name_of_the_summarys_own() -> None:
    # probe56's cable-car summary: its "Gendarmes" made it tell a name of its own, so one differing match of three
    # (same facts 68% likely) overruled every alignment into "separate reports"
    assert specifics_beyond(RESCUE_SUMMARY, RESCUE_REPORT, TEXT_DEFAULT) == set()
    leaning = Agreement(mean=0.68, matches=3, differing=1, log_odds=0.73)
    assert _summary_telling_nothing_else(RESCUE_REPORT, RESCUE_SUMMARY, leaning, 0, TEXT_DEFAULT, DEFAULT)


def test_a_short_report_naming_its_own_witness_still_tells_a_name_of_its_own() -> None:
    assert {"laura", "whitcombe", "leeds"} <= specifics_beyond(RESCUE_OTHER, RESCUE_REPORT, TEXT_DEFAULT)
    leaning = Agreement(mean=0.68, matches=3, differing=1, log_odds=0.73)
    assert not _summary_telling_nothing_else(RESCUE_REPORT, RESCUE_OTHER, leaning, 0, TEXT_DEFAULT, DEFAULT)


# Another outlet's short report of the rescue naming its own operator or inspector where a sentence opens (reviewD):
# no form of "Sodexal" or "Hargreaves" stands in the report, so each is a name of its own, as inside a sentence.
RESCUE_OWN_OPERATOR = [*RESCUE_SUMMARY[:3],
                       "Sodexal, the lift's operator, says a damaged cable joint caused the fault."]
RESCUE_OWN_INSPECTOR = [*RESCUE_SUMMARY[:3],
                        "Hargreaves, the lift's safety inspector, says a damaged cable joint caused the fault."]


@pytest.mark.parametrize(("report", "name"), [(RESCUE_OWN_OPERATOR, "sodexal"), (RESCUE_OWN_INSPECTOR, "hargreaves")])
def test_a_short_reports_own_name_opening_a_sentence_is_still_a_name_of_its_own(report: list[str], name: str) -> None:
    assert name in specifics_beyond(report, RESCUE_REPORT, TEXT_DEFAULT)
    leaning = Agreement(mean=0.68, matches=3, differing=1, log_odds=0.73)
    assert not _summary_telling_nothing_else(RESCUE_REPORT, report, leaning, 0, TEXT_DEFAULT, DEFAULT)
