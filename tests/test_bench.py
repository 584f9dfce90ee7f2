"""The measuring instrument: scoring helpers, the runner's failure handling, and a tiny end-to-end run."""

from __future__ import annotations

import re
import subprocess
import sys
import types
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench import run as bench_run
from bench.common import best_threshold, binary_scores, goal, macro_f1, md_table
from bench.relations import Prediction, change_scores, relation_scores, spans_overlap
from bench.speed import edited_copy

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"

STORY = (
    "Harbour council votes to close the old ferry pier\n\n"
    "The harbour council voted on Tuesday to close the old ferry pier after engineers found its timber "
    "piles had rotted well below the waterline.\n\n"
    "Councillor Mara Quist said the vote was 7 to 2 and that repairs would have cost 4.2 million.\n\n"
    "Ferry passengers will use a temporary pontoon at the fish market from the first of June.\n\n"
    "Fishermen who moor beside the pier were told to move their boats within three weeks.\n\n"
    "A public meeting about a replacement pier is planned for the autumn."
)


# --- scoring helpers ------------------------------------------------------------------------------


def accuracy_at(scores: np.ndarray, labels: np.ndarray, cut: float) -> float:
    return float(np.mean((scores >= cut) == labels.astype(bool)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.floats(-5, 5, allow_nan=False), st.booleans()), min_size=1, max_size=40))
def test_best_threshold_reaches_the_best_training_accuracy(items: list[tuple[float, bool]]) -> None:
    scores = np.array([s for s, _ in items])
    labels = np.array([y for _, y in items])
    candidates = [*scores.tolist(), float(scores.max()) + 1.0]
    best_possible = max(accuracy_at(scores, labels, c) for c in candidates)
    assert accuracy_at(scores, labels, best_threshold(scores, labels)) == pytest.approx(best_possible)


def test_best_threshold_separates_cleanly_separable_scores() -> None:
    cut = best_threshold([0.1, 0.2, 0.3, 0.7, 0.8, 0.9], [0, 0, 0, 1, 1, 1])
    assert 0.3 < cut <= 0.7


def test_binary_scores_of_a_known_confusion() -> None:
    scores = binary_scores([1, 1, 1, 0, 0], [1, 1, 0, 1, 0])
    assert scores["accuracy"] == pytest.approx(0.6)
    assert scores["precision"] == pytest.approx(2 / 3)
    assert scores["recall"] == pytest.approx(2 / 3)
    assert scores["f1"] == pytest.approx(2 / 3)


def test_macro_f1_ignores_classes_absent_from_the_truth() -> None:
    confusion = np.array([[3, 1, 0], [0, 2, 0], [0, 0, 0]])
    f1_first = 2 * 1.0 * 0.75 / 1.75
    f1_second = 2 * (2 / 3) * 1.0 / (2 / 3 + 1.0)
    assert macro_f1(confusion) == pytest.approx((f1_first + f1_second) / 2)


def test_md_table_escapes_pipes_and_formats_floats() -> None:
    table = md_table(["system", "F1"], [["a|b", 0.81234], ["none", None]]).splitlines()
    assert table[0] == "| system | F1 |"
    assert table[2] == "| a\\|b | 0.812 |"
    assert table[3] == "| none | — |"


def test_goal_says_missed_when_a_lower_is_better_target_is_exceeded() -> None:
    assert goal("cold compare seconds", 1.8, 1.5, higher_is_better=False)["met"] is False
    assert goal("accuracy", 0.83, 0.82)["met"] is True


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 10_000))
def test_edited_copy_keeps_only_paragraphs_of_the_original(seed: int) -> None:
    original = STORY.split("\n\n")
    copy = edited_copy(STORY, seed).split("\n\n")
    assert copy[0] == original[0]  # the headline stays
    assert set(copy) <= set(original)
    assert len(copy) == len(set(copy))


spans = st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda s: (s[0], s[0] + s[1]))


@settings(max_examples=300, deadline=None)
@given(spans, spans)
def test_span_overlap_is_symmetric_and_agrees_with_shared_characters(x: tuple, y: tuple) -> None:
    assert spans_overlap(*x, *y) == spans_overlap(*y, *x)
    if x[0] < x[1] and y[0] < y[1]:
        assert spans_overlap(*x, *y) == bool(set(range(*x)) & set(range(*y)))


def test_change_scores_count_kind_and_both_sides() -> None:
    planted = types.SimpleNamespace(kind="name", a_start=10, a_end=15, b_start=12, b_end=16)
    pair = types.SimpleNamespace(changes=(planted,))
    reported = (
        ("name", 11, 14, 12, 14),  # matches
        ("number", 11, 14, 12, 14),  # wrong kind
        ("name", 11, 14, 30, 34),  # right on A only
    )
    scores = change_scores([pair], [Prediction("near_duplicate", "a_to_b", "a_to_b", reported)])
    assert scores["name"]["precision"] == pytest.approx(0.5)
    assert scores["name"]["recall"] == pytest.approx(1.0)
    assert scores["number"]["precision"] == 0.0 and scores["number"]["planted"] == 0


def test_relation_scores_of_a_small_confusion() -> None:
    truth = ["spun_copy", "spun_copy", "unrelated", "same_story"]
    predicted = ["spun_copy", "near_duplicate", "unrelated", "unrelated"]
    scores = relation_scores(truth, predicted)
    assert scores["accuracy"] == pytest.approx(0.5)
    # F1: spun 2/3, unrelated 2/3, same_story 0 (near_duplicate has no truth rows, so it is not averaged)
    assert scores["macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)


# --- the runner -----------------------------------------------------------------------------------


def fake_suite(monkeypatch: pytest.MonkeyPatch, name: str, run: object) -> None:
    module = types.ModuleType(f"bench_fake_{name}")
    module.run = run
    module.markdown = lambda results: f"figure {results['figure']}"
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setitem(bench_run.SUITES, name, (module.__name__, name.title()))


def test_runner_records_a_failed_suite_and_goes_on(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def broken(shared: Path, quick: bool) -> dict:
        raise ZeroDivisionError("no pairs to score")

    def working(shared: Path, quick: bool) -> dict:
        return {"figure": 0.5, "goals": [goal("figure", 0.5, 0.9)]}

    monkeypatch.setattr(bench_run, "SUITES", {})
    fake_suite(monkeypatch, "broken", broken)
    fake_suite(monkeypatch, "working", working)
    (tmp_path / "data").mkdir()
    out = tmp_path / "RESULTS.md"
    code = bench_run.main(["--shared", str(tmp_path), "--out", str(out)])
    text = out.read_text()
    assert code == bench_run.EXIT_SUITE_FAILED
    assert "**FAILED**: `ZeroDivisionError: no pairs to score" in text
    assert "## Working" in text and "figure 0.5" in text
    assert "figure: 0.500 (goal ≥ 0.900) — **MISSED**" in text


def test_runner_refuses_to_run_without_the_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = bench_run.main(["--shared", str(tmp_path / "nowhere"), "--out", str(tmp_path / "R.md")])
    assert code == bench_run.EXIT_DATA_MISSING
    assert "evaluation data not found" in capsys.readouterr().err
    assert not (tmp_path / "R.md").exists()


def test_runner_rejects_an_unknown_suite_name() -> None:
    with pytest.raises(SystemExit, match="unknown suite"):
        bench_run.chosen_suites("sentences,typo")


# --- end to end on a tiny subset ------------------------------------------------------------------

MY_SUITES = ("sentences", "relations", "speed")
RUN = (sys.executable, "-m", "bench.run")
HEADINGS = ("# unspun benchmark results", "## Summary", "## Sentence pairs", "## Relations", "## Speed")


def numbers_in(text: str, label: str) -> list[float]:
    return [float(x) for x in re.findall(label + r"[^|]*\| ([0-9.]+) \|", text)]


@pytest.mark.shared
@pytest.mark.slow
def test_quick_run_on_a_tiny_subset_writes_every_section(tmp_path: Path) -> None:
    if not (SHARED / "data").is_dir():
        pytest.skip(f"../shared/data not found: {SHARED / 'data'} holds the evaluation sets")
    out = tmp_path / "RESULTS.md"
    done = subprocess.run(
        [*RUN, "--quick", "--limit", "3", "--only", ",".join(MY_SUITES), "--out", str(out)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    text = out.read_text()
    assert done.returncode == 0, done.stderr[-2000:]
    for heading in HEADINGS:
        assert heading in text
    assert "FAILED" not in text
    assert re.search(r"machine: .+, \d+ cores", text)
    accuracies = numbers_in(text, r"\| baseline: unigram Jaccard \| score ≥ [0-9.]+ \(train\)")
    assert len(accuracies) == 2 and all(0.0 <= a <= 1.0 for a in accuracies)
    ours = re.search(r"\| unspun \| ([0-9.]+) \| ([0-9.]+) \|", text)
    assert ours is not None and all(0.0 <= float(x) <= 1.0 for x in ours.groups())
    assert "**unspun confusion matrix**" in text and "**Change detection**" in text
    cold = re.search(r"median ([0-9.]+) s", text)
    assert cold is not None and 0.05 < float(cold.group(1)) < 60
    throughput = re.search(r"\| unspun static: model2vec \| \d+ \| [0-9.]+ \| ([0-9.]+) \|", text)
    assert throughput is not None and float(throughput.group(1)) > 0
    assert text.count("| ok |") == len(MY_SUITES)


# --- the Judge suite's pieces ---------------------------------------------------------------------


def test_three_gram_containment_is_the_larger_share_of_either_side() -> None:
    from bench.judge import containment3

    whole = "the harbour council voted on tuesday to close the old ferry pier"
    assert containment3(whole, whole) == 1.0
    assert containment3(whole, "the harbour council voted on tuesday") == 1.0  # all of the short one
    assert containment3(whole, "fishermen were told to move their boats") == 0.0


def test_composed_sentence_documents_keep_one_label_each() -> None:
    from bench.judge import DOC_SENTENCES, _sentence_docs

    s1 = [f"Sentence {k} of one outlet." for k in range(200)]
    s2 = [f"Sentence {k} as another outlet put it." for k in range(200)]
    labels = [k % 3 == 0 for k in range(200)]
    docs = _sentence_docs("x", s1, s2, [int(y) for y in labels], 6, seed=1)
    assert sum(d.reused for d in docs) == 3 and sum(not d.reused for d in docs) == 3
    for doc in docs:
        numbers = [int(n) for n in re.findall(r"Sentence (\d+)", doc.a_text)]
        assert DOC_SENTENCES[0] <= len(numbers) <= DOC_SENTENCES[1]
        assert all(labels[n] == doc.reused for n in numbers)
        assert numbers == [int(n) for n in re.findall(r"Sentence (\d+)", doc.b_text)]


def test_calibration_error_of_a_perfectly_calibrated_set_is_zero() -> None:
    from bench.judge import reliability

    result = reliability([(0.75, True)] * 3 + [(0.75, False)])
    assert result["ece"] == pytest.approx(0.0)
    assert result["rows"] == [["[0.7, 0.8)", 4, 0.75, 0.75]]
    assert reliability([(0.95, False)] * 2)["ece"] == pytest.approx(0.95)


def test_reliability_map_is_monotone_bounded_and_weighs_each_source_the_same() -> None:
    from bench.fit_confidence import BANDS, HIGHEST, LOWEST, fit_reliability
    from unspun.pair.confidence import calibrated_confidence

    # Weak evidence is a coin toss, strong evidence always right; a source with ten times the pairs (middling and
    # right) weighs no more than the others: by pairs it would fill the weakest band too (35 of its 40 right).
    rows = [(0.55, k % 2 == 0, "s1") for k in range(10)] + [(0.95, True, "s2")] * 10
    rows += [(0.6, True, "s3")] * 100
    fitted = fit_reliability(rows)
    assert len(fitted) <= BANDS
    ys = [y for _, y in fitted]
    assert ys == sorted(ys) and all(LOWEST <= y <= HIGHEST for y in ys)
    assert calibrated_confidence(0.55, fitted) == pytest.approx(0.5)
    assert calibrated_confidence(0.95, fitted) == pytest.approx(HIGHEST)


# --- the Sentence pairs suite's richer features ---------------------------------------------------


def test_sentence_pair_features_see_a_changed_figure_and_a_changed_name() -> None:
    from bench.sentence_features import lexical_features

    a = "Shares of Genentech rose 1.56 percent to $48.39 in Nasdaq trading on Tuesday."
    same = lexical_features(a, "Genentech shares rose 1.56 percent to $48.39 on Tuesday in Nasdaq trading.")
    other = lexical_features(a, "Shares of Amgen rose 2.10 percent to $48.39 in Nasdaq trading on Tuesday.")
    assert same[0] == 1.0 and other[0] == 0.0  # the same figures (and some) only in the paraphrase
    assert other[3] == 2.0  # 1.56 and 2.10: one figure each side lacks
    assert same[6] < other[6]  # names one side lacks: Amgen / Genentech


def test_tf_kld_weighs_words_that_paraphrases_keep() -> None:
    from bench.sentence_features import TfKld

    pairs = [(f"The council approved the budget of {k} million", f"The council passed the budget of {k} million")
             for k in range(20)]
    pairs += [(f"The council approved the budget of {k} million", f"The council rejected the budget of {k + 1} million")
              for k in range(20)]
    labels = np.array([1] * 20 + [0] * 20)
    model = TfKld(pairs, labels, dims=5)
    weight = dict(zip(model.vectorizer.get_feature_names_out(), model.weights, strict=True))
    assert weight["rejected"] > weight["council"]  # a word only one side of negatives has separates the labels
    assert model.features(pairs[:2]).shape == (2, 2 * model.svd.n_components + 1)


def test_spin_priors_of_genuine_texts_without_an_article_are_zero_not_a_division_error() -> None:
    from bench.fit_spin import Row, counts, genuine_priors

    # Two short genuine notices that never use "a" or "an": no article evidence, so its prior is 0.
    notices = ("Trains between Eastbury and Carrow will not run on Sunday because engineers are replacing the "
               "signals. Buses will replace them.", "The library reopens on Monday with longer opening hours.")
    rows = [Row("notices", 0, 0.0, counts(text)) for text in notices]
    assert sum(r.counts.articles for r in rows) == 0
    priors = genuine_priors(rows)
    assert priors["prior_wrong_articles"] == 0.0 and priors["prior_rare_words"] > 0.0


def test_the_operating_cut_is_set_by_the_worst_cell_not_the_mean_of_cells() -> None:
    from bench.fit_spin import operating_cut

    # Three sources' genuine logits: one source's writer scores high (2.0) while the others stay low. A mean over
    # cells would let that source flag its highest text; the worst-cell cut lies just above it.
    cells = {("bbc", 0): [-3.0, -2.5, -2.0], ("pan", 0): [-1.0, 0.5, 2.0], ("web_en", 120): [-4.0, -1.5]}
    cut = operating_cut(cells)
    assert cut > 2.0 and cut == pytest.approx(2.0)
    assert not any(logit >= cut for cell in cells.values() for logit in cell)


def test_a_cell_large_enough_may_flag_texts_at_the_predicted_rate() -> None:
    from bench.fit_spin import allowed_flagged, operating_cut, predicted_false_positives

    # (flagged + 1) / (texts + 1) <= 2%: none of 75 texts (1.3%; one would predict 2.6%), one of 99, two of 149;
    # a cell of 40 cannot show 2% (2.4% with none flagged) and flags none.
    assert [allowed_flagged(n) for n in (40, 75, 98, 99, 149)] == [0, 0, 0, 1, 2]
    assert predicted_false_positives(1, 99) == pytest.approx(0.02)
    logits = [float(k) for k in range(99)]  # 0 … 98: the cut may flag the highest one
    assert operating_cut({("aeb", 250): logits}) == pytest.approx(97.0) and operating_cut({("aeb", 250): logits}) > 97.0


def test_a_source_text_read_as_spun_in_the_wild_is_no_genuine_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from bench import genuine

    # A web corpus holds a camera manual a spinner rewrote ("the film module be ruined": "will" → "module"): counted
    # genuine, the score's right answer would be a false positive. It is left out; the other texts keep their halves.
    texts = [genuine.Genuine("pan", "source-document00001", "The ferry to Carrow leaves at nine on Sundays."),
             genuine.Genuine("pan", "source-document00003", "If the appendage module not turn, there is film left."),
             genuine.Genuine("pan", "source-document00004", "Mara Quist opened the harbour museum on Tuesday.")]
    monkeypatch.setattr(genuine, "SOURCES", {"pan": lambda shared, cap: texts[:cap]})
    kept = genuine.genuine_texts(Path("."), 3)
    assert [g.id for g in kept] == ["source-document00001", "source-document00004"]
    assert [genuine.is_test(g) for g in kept] == [genuine.is_test(texts[0]), genuine.is_test(texts[2])]
    assert [g.id for g in genuine.wild_spun_texts(Path("."), 3)] == ["source-document00003"]
    assert genuine.wild_spun_texts(Path("."), 1) == []  # only among the texts the cap reads
