"""Judge: verdicts that hold outside the project's own generators.

- **Leave one source out.** Pairs from five sources, each with a binary truth (one text reuses the other, or
  they are independent): synthetic copies of held-out BBC bases, BASIL (same event and cross-event pairs
  by different outlets), PAN passages (verbatim and spun, each with its context, against passages of other
  documents), and short documents composed from MSRP and from the PAN-derived sentence pairs of
  ``msrp/mt-metrics-paraphrase-corpus`` (k paraphrase pairs = a human rewrite, k non-paraphrase pairs from
  the same news clusters = independent). The rule cascade is fitted on none of them; a logistic model over
  the judge's pair facts is fitted on the train splits of the other four sources and tested on the one left
  out; beside both, word-3-gram containment (share of one text's 3-grams found in the other ≥ 0.1).
- **Spin score**, per source of genuine text (``bench.genuine``, held-out half): the share of genuine texts
  flagged (score ≥ 0.5) and the AUC against copies spun at 15/30/60%.
- **Direction** on undated synthetic derived pairs: precision of a stated direction and how often one is
  stated.
- **Consistency and calibration** over every pair: verdicts that contradict their own evidence (most of a
  text reused, then ``same_story``/``unrelated``), and the expected calibration error of the confidence as
  the probability that the reuse decision is right, with a reliability table.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import data_path, fmt, goal, goal_text, item_limit, md_table, stopwatch

SEED = 10
CONTAINMENT_MIN = 0.1  # the baseline's cut: a tenth of one text's word 3-grams found in the other
QUICK, FULL = 16, 60  # test pairs per source (and as many train pairs)
SPIN_PER_SOURCE = 150  # genuine texts per source read for the spin table (about half are held out)
DOC_SENTENCES = (5, 14)  # sentences per composed document: 100–400 words
PAN_WINDOW_WORDS = 250  # words of context kept around a PAN passage
CONFIDENCE_BINS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
GOAL_MSRP_DOCS = 0.95
GOAL_DIRECTION_PRECISION, GOAL_DIRECTION_COVERAGE = 0.95, 0.8
GOAL_SPIN_FPR = 0.02
GOAL_ECE = 0.05


@dataclass(frozen=True, slots=True)
class LabelledPair:
    source: str
    id: str
    a_text: str
    b_text: str
    reused: bool
    relation: str | None = None  # the seven-way truth, when the source has one
    direction: str | None = None


# --- sources ------------------------------------------------------------------------------------------


def bbc_pairs(shared: Path, count: int, train: bool) -> list[LabelledPair]:
    from bench.relations import synthetic_split

    split = synthetic_split(shared, quick=True) if count <= QUICK else synthetic_split(shared, quick=False)
    pairs = split.train if train else split.test
    random.Random(SEED).shuffle(pairs)
    return [LabelledPair("bbc_synthetic", p.id, p.a_text, p.b_text, True, p.relation, p.direction)
            for p in pairs[:count]]


def basil_pairs(shared: Path, count: int, train: bool) -> list[LabelledPair]:
    from bench.relations import basil_split

    split = basil_split(shared, quick=False)
    pairs = split.train if train else split.test
    random.Random(SEED).shuffle(pairs)
    return [LabelledPair("basil", p.id, p.a_text, p.b_text, False, p.relation, "unknown") for p in pairs[:count]]


def _sentence_docs(source: str, s1: Sequence[str], s2: Sequence[str], labels: Sequence[int],
                   count: int, seed: int) -> list[LabelledPair]:
    """Documents of k sentence pairs with one label: paraphrases → a rewrite, others → independent."""
    rng = random.Random(seed)
    out = []
    for label in (1, 0):
        chosen = [k for k, y in enumerate(labels) if y == label]
        rng.shuffle(chosen)
        while chosen and sum(p.reused == bool(label) for p in out) < count // 2:
            k = rng.randint(*DOC_SENTENCES)
            picked, chosen = chosen[:k], chosen[k:]
            out.append(LabelledPair(
                source, f"{source}/{label}/{len(out)}", " ".join(s1[i] for i in picked),
                " ".join(s2[i] for i in picked), bool(label), "rewrite" if label else "same_story", None))
    return out


def msrp_docs(shared: Path, count: int, train: bool) -> list[LabelledPair]:
    name = "msr_paraphrase_train.txt" if train else "msr_paraphrase_test.txt"
    lines = data_path(shared, "msrp", "msr-paraphrase-corpus", name).read_text(encoding="utf-8-sig").splitlines()
    rows = [line.split("\t") for line in lines[1:] if line.count("\t") >= 4]
    return _sentence_docs("msrp_docs", [r[3] for r in rows], [r[4] for r in rows], [int(r[0]) for r in rows],
                          count, SEED + train)


def pan_sentence_docs(shared: Path, count: int, train: bool) -> list[LabelledPair]:
    folder = data_path(shared, "msrp", "mt-metrics-paraphrase-corpus")
    part = "train" if train else "test"
    s1 = (folder / f"pan-{part}_s1.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    s2 = (folder / f"pan-{part}_s2.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    labels = [int(x) for x in (folder / f"pan-{part}.labels").read_text().split()]
    return _sentence_docs("pan_sentence_docs", s1, s2, labels, count, SEED + train)


def pan_passages(shared: Path, count: int, train: bool) -> list[LabelledPair]:
    """A reused PAN passage in its context on both sides (verbatim, or spun at 30%), and as many pairs of
    passages from different documents (independent)."""
    from bench.pan import annotated_pairs, load_pair, split_pairs, spun_pair

    folder = data_path(shared, "pan_textalign_noobf")
    cases = annotated_pairs(folder)
    dev, held = split_pairs(folder)
    chosen = (dev if train else held)[: max(count // 2, 2)]
    docs = [load_pair(folder, pair, cases[pair]) for pair in chosen]
    out = []
    for k, doc in enumerate(docs):
        form = "verbatim" if k % 2 == 0 else "spun"
        used = doc if form == "verbatim" else spun_pair(doc, 0.3, SEED + k)
        case = used.cases[0]
        out.append(LabelledPair("pan_passages", f"pan/{form}/{k}", _window(used.src, case.src_start, case.src_end),
                                _window(used.susp, case.susp_start, case.susp_end), True, None, "a_to_b"))
        other = docs[(k + 1) % len(docs)]
        out.append(LabelledPair("pan_passages", f"pan/independent/{k}",
                                _window(doc.src, case.src_start, case.src_end),
                                _window(other.susp, other.cases[0].susp_start, other.cases[0].susp_end),
                                False, "unrelated", "unknown"))
    return out


def _window(text: str, start: int, end: int) -> str:
    """The passage with context around it, ``PAN_WINDOW_WORDS`` words in all at most, whole words."""
    passage_words = len(text[start:end].split())
    pad = max((PAN_WINDOW_WORDS - passage_words) // 2, 20)
    before = text[:start].split()[-pad:]
    after = text[end:].split()[:pad]
    return " ".join([*before, *text[start:end].split(), *after])


SOURCES = {
    "bbc_synthetic": bbc_pairs,
    "basil": basil_pairs,
    "pan_passages": pan_passages,
    "msrp_docs": msrp_docs,
    "pan_sentence_docs": pan_sentence_docs,
}


# --- running unspun -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Judged:
    pair: LabelledPair
    relation: str
    direction: str
    confidence: float
    coverage_a: float
    coverage_b: float
    evidence: tuple[str, ...]
    features: tuple[float, ...]
    containment: float
    strength: float  # the rules' strength of evidence before the reliability map (``decide_relation``)


FEATURES = ("coverage_min", "coverage_max", "verbatim", "near_verbatim", "spun", "paraphrase",
            "longest_share", "order_kept", "merged_share", "substitution_rate", "document_similarity",
            "shared_names", "spin_gap", "containment3")


def judged(pair: LabelledPair) -> Judged:
    from unspun.ingest.segment import segment
    from unspun.model import Article
    from unspun.pair.engine import default_engine
    from unspun.pair.judge import decide_relation
    from unspun.pair.pipeline import run_pair_with_facts, spin_gap

    engine = default_engine()
    a = segment(Article(f"{pair.id}#a", pair.a_text))
    b = segment(Article(f"{pair.id}#b", pair.b_text))
    comparison, f = run_pair_with_facts(a, b, engine, details=False)
    v = comparison.verdict
    shorter = max(min(len(pair.a_text), len(pair.b_text)), 1)
    containment = containment3(pair.a_text, pair.b_text)
    features = (min(f.coverage_a, f.coverage_b), max(f.coverage_a, f.coverage_b), f.kind_share["verbatim"],
                f.kind_share["near_verbatim"], f.kind_share["spun"], f.kind_share["paraphrase"],
                f.longest_passage_chars / shorter, f.order_kept, f.merged_share, f.substitution_rate,
                f.document_similarity, f.shared_names,
                abs(spin_gap(f.spin_a, f.spin_b, engine.config.spin_reading_logits)), containment)
    return Judged(pair, v.relation, v.direction, v.confidence, v.coverage_a, v.coverage_b, v.evidence,
                  features, containment, decide_relation(f, engine.config)[1])


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def containment3(a_text: str, b_text: str) -> float:
    """The larger of the two shares of one text's word 3-grams found in the other."""
    ta, tb = _trigrams(a_text), _trigrams(b_text)
    if not ta or not tb:
        return 0.0
    shared = len(ta & tb)
    return max(shared / len(ta), shared / len(tb))


def reused_verdict(relation: str) -> bool:
    from unspun.model import DERIVED_RELATIONS

    return relation in DERIVED_RELATIONS


# --- scores ---------------------------------------------------------------------------------------------


def loso(train: dict[str, list[Judged]], test: dict[str, list[Judged]]) -> list[dict[str, Any]]:
    """Per left-out source: rules, the learned model fitted on the others' train pairs, and the baseline."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    rows = []
    for source, pairs in test.items():
        fit = [j for other, items in train.items() if other != source for j in items]
        truth = np.array([j.pair.reused for j in pairs])
        rules = np.array([reused_verdict(j.relation) for j in pairs])
        baseline = np.array([j.containment >= CONTAINMENT_MIN for j in pairs])
        learned = np.full(len(pairs), np.nan)
        labels = {j.pair.reused for j in fit}
        if len(labels) == 2:
            model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, class_weight="balanced"))
            model.fit(np.array([j.features for j in fit]), np.array([j.pair.reused for j in fit]))
            learned = model.predict(np.array([j.features for j in pairs]))
        rows.append({
            "source": source, "pairs": len(pairs), "reused": int(truth.sum()),
            "rules": float((rules == truth).mean()), "learned": float((learned == truth).mean()),
            "baseline": float((baseline == truth).mean()),
            "relation_accuracy": _relation_accuracy(pairs),
        })
    return rows


def _relation_accuracy(pairs: Sequence[Judged]) -> float:
    known = [j for j in pairs if j.pair.relation is not None]
    return sum(j.relation == j.pair.relation for j in known) / len(known) if known else float("nan")


def direction_scores(pairs: Sequence[Judged]) -> dict[str, Any]:
    derived = [j for j in pairs if j.pair.reused and j.pair.direction in ("a_to_b", "b_to_a")]
    stated = [j for j in derived if j.direction in ("a_to_b", "b_to_a")]
    right = sum(j.direction == j.pair.direction for j in stated)
    by_kind: dict[str, Counter[str]] = {}
    for j in derived:
        kind = j.pair.id.split("/", 1)[0]
        counts = by_kind.setdefault(kind, Counter())
        counts["pairs"] += 1
        counts["stated"] += j.direction in ("a_to_b", "b_to_a")
        counts["right"] += j.direction == j.pair.direction
    return {"pairs": len(derived), "stated": len(stated), "right": right,
            "precision": right / len(stated) if stated else float("nan"),
            "coverage": len(stated) / len(derived) if derived else float("nan"),
            "by_kind": {k: dict(c) for k, c in sorted(by_kind.items())}}


def contradictions(pairs: Sequence[Judged]) -> list[str]:
    """Verdicts that say most of a text is reused and then call the texts independent, or that state a
    coverage and "no reused passages" together."""
    bad = []
    for j in pairs:
        high = max(j.coverage_a, j.coverage_b)
        if high >= 0.5 and j.relation in ("same_story", "unrelated"):
            bad.append(f"{j.pair.id}: {high:.0%} reused, then {j.relation}")
        text = " ".join(j.evidence)
        if "no reused passages" in text and re.search(r"\d+% of [AB]'s text", text) and high > 0:
            bad.append(f"{j.pair.id}: a coverage and 'no reused passages'")
    return bad


def reliability(pairs: Sequence[tuple[float, bool]]) -> dict[str, Any]:
    """(confidence, reuse decision right) pairs: how often the decision is right per confidence bin, and the
    expected calibration error."""
    rows, total, ece = [], len(pairs), 0.0
    low = 0.0
    for high in CONFIDENCE_BINS:
        inside = [(c, r) for c, r in pairs if low <= c < high or (high == 1.0 and c == 1.0)]
        if inside:
            mean_conf = float(np.mean([c for c, _ in inside]))
            accuracy = float(np.mean([r for _, r in inside]))
            ece += len(inside) / total * abs(mean_conf - accuracy)
            rows.append([f"[{low:.1f}, {high:.1f})", len(inside), mean_conf, accuracy])
        low = high
    return {"rows": rows, "ece": ece}


def calibration(train: dict[str, list[Judged]], test: dict[str, list[Judged]]) -> dict[str, Any]:
    """The shipped confidence on every test pair; the rules' raw strength; and the reliability map refitted
    on the train pairs of all sources but one and applied to that one's test pairs, for each source. Beside the
    calibration error, the Brier score (squared error of the confidence against right = 1, wrong = 0): a
    confidence that says nothing (the same value everywhere) can be calibrated, not sharp."""
    from bench.fit_confidence import fit_reliability, reliability_rows
    from unspun.pair.confidence import calibrated_confidence

    every = [j for items in test.values() for j in items]
    right = {id(j): reused_verdict(j.relation) == j.pair.reused for j in every}
    left_out, per_source = [], []
    for source, items in test.items():
        fitted = fit_reliability(reliability_rows([j for s, js in train.items() if s != source for j in js]))
        mapped = [(calibrated_confidence(j.strength, fitted), right[id(j)]) for j in items]
        left_out += mapped
        shipped = [(j.confidence, right[id(j)]) for j in items]
        per_source.append([source, len(items), reliability(shipped)["ece"], reliability(mapped)["ece"],
                           reliability([(j.strength, right[id(j)]) for j in items])["ece"], brier(mapped)])
    shipped_all = [(j.confidence, right[id(j)]) for j in every]
    raw_all = [(j.strength, right[id(j)]) for j in every]
    return {"shipped": reliability(shipped_all), "raw": reliability(raw_all), "left_out": reliability(left_out),
            "per_source": per_source,
            "brier": {"shipped": brier(shipped_all), "raw": brier(raw_all), "left_out": brier(left_out)}}


def brier(pairs: Sequence[tuple[float, bool]]) -> float:
    """Mean squared error of (confidence, decision right) pairs."""
    return float(np.mean([(c - r) ** 2 for c, r in pairs])) if pairs else float("nan")


# --- spin per source ------------------------------------------------------------------------------------


def spin_by_source(shared: Path, per_source: int) -> list[list[Any]]:
    """Per source of held-out genuine texts: texts, share flagged (score ≥ 0.5), then per spin rate the AUC and the
    share of spun copies flagged, and last the share of genuine texts not scored (``spin.spin_unscored``: not
    English). An unscored text is not flagged, and ranks below every score in the AUC."""
    from sklearn.metrics import roc_auc_score

    from bench.fit_spin import RATES
    from bench.genuine import genuine_texts, is_test
    from bench.spinner import Spinner
    from unspun.ingest.segment import segment
    from unspun.model import Article
    from unspun.pair.spin import spin_score

    def score(item_id: str, text: str) -> float | None:
        return spin_score(segment(Article(item_id, text)))

    spinner = Spinner(shared)
    held = [g for g in genuine_texts(shared, per_source) if is_test(g)]
    rows = []
    for source in sorted({g.source for g in held}):
        items = [g for g in held if g.source == source]
        genuine = [score(g.id, g.text) for g in items]
        row: list[Any] = [source, len(items), flagged_share(genuine)]
        for rate in RATES:
            spun = [score(g.id, spinner.spin(g.text, rate, seed=k).text) for k, g in enumerate(items)]
            row.append(float(roc_auc_score([0] * len(genuine) + [1] * len(spun), ranked(genuine + spun))))
            row.append(flagged_share(spun))
        row.append(float(np.mean([s is None for s in genuine])))
        rows.append(row)
    return rows


def flagged_share(scores: Sequence[float | None]) -> float:
    """The share of ``scores`` at the operating point (0.5) or above; an unscored text (None) is not flagged."""
    return float(np.mean([s is not None and s >= 0.5 for s in scores]))


def ranked(scores: Sequence[float | None]) -> list[float]:
    """``scores`` for a ranking: an unscored text (None) below every score."""
    return [-1.0 if s is None else s for s in scores]


# --- the suite ------------------------------------------------------------------------------------------


def run(shared: Path, quick: bool) -> dict[str, Any]:
    count = item_limit(QUICK if quick else FULL)
    with stopwatch() as building:
        train = {name: load(shared, count, True) for name, load in SOURCES.items()}
        test = {name: load(shared, count, False) for name, load in SOURCES.items()}
    with stopwatch() as comparing:
        judged_train = {name: [judged(p) for p in pairs] for name, pairs in train.items()}
        judged_test = {name: [judged(p) for p in pairs] for name, pairs in test.items()}
    everything = [j for items in (*judged_train.values(), *judged_test.values()) for j in items]
    with stopwatch() as spinning:
        spin_rows = spin_by_source(shared, 40 if quick else SPIN_PER_SOURCE)
    table = loso(judged_train, judged_test)
    direction = direction_scores(judged_test["bbc_synthetic"])
    calibrated = calibration(judged_train, judged_test)
    contradicted = contradictions(everything)
    msrp = next(r for r in table if r["source"] == "msrp_docs")
    spin_fpr = float(np.mean([r[2] for r in spin_rows]))
    return {
        "loso": table, "direction": direction, "reliability": calibrated, "contradictions": contradicted,
        "checked": len(everything), "spin": spin_rows,
        "seconds": {"build": building["seconds"], "compare": comparing["seconds"], "spin": spinning["seconds"]},
        "goals": [
            goal("MSRP-composed documents, reused vs independent (rules)", msrp["rules"], GOAL_MSRP_DOCS),
            goal("MSRP-composed documents above the 3-gram baseline", msrp["rules"], msrp["baseline"] + 1e-9),
            goal("direction precision, undated synthetic pairs", direction["precision"], GOAL_DIRECTION_PRECISION),
            goal("direction stated, undated synthetic pairs", direction["coverage"], GOAL_DIRECTION_COVERAGE),
            goal("genuine texts flagged as spun (mean over sources)", spin_fpr, GOAL_SPIN_FPR, False),
            goal("verdicts contradicting their evidence", len(contradicted), 0, False),
            goal("expected calibration error of confidence (test pairs)", calibrated["shipped"]["ece"], GOAL_ECE,
                 False),
            goal("expected calibration error, map fitted without the pair's source", calibrated["left_out"]["ece"],
                 GOAL_ECE, False),
        ],
    }


def markdown(results: dict[str, Any]) -> str:
    loso_rows = [[r["source"], r["pairs"], r["reused"], r["rules"], r["learned"], r["baseline"],
                  r["relation_accuracy"]] for r in results["loso"]]
    d = results["direction"]
    kinds = [[k, c.get("pairs", 0), c.get("stated", 0), c.get("right", 0)] for k, c in d["by_kind"].items()]
    seconds = results["seconds"]
    cal = results["reliability"]
    parts = [
        "**Leave one source out**: binary accuracy, reused vs independent, on each source's test pairs. "
        "`rules` is the shipped cascade (fitted on none of these); `learned` a logistic regression over the "
        "judge's pair facts fitted on the *train* pairs of the other four sources; `baseline` word-3-gram "
        "containment ≥ 0.1 (either direction). `relation` is seven-way accuracy where the source has a "
        "seven-way truth (MSRP/PAN-sentence documents: rewrite or same_story).",
        md_table(["left out", "pairs", "reused", "rules", "learned (LOSO)", "baseline 3-gram", "relation"],
                 loso_rows),
        f"**Direction**, undated synthetic derived pairs: stated for {d['stated']} of {d['pairs']} "
        f"(coverage {fmt(d['coverage'])}), right {d['right']} (precision {fmt(d['precision'])}).",
        md_table(["kind", "pairs", "direction stated", "right"], kinds),
        "**Spin score per source** (held-out genuine texts; flagged = score ≥ 0.5, the operating point; "
        "AUC and recall against the same texts spun at 15/30/60%)",
        md_table(["source", "genuine", "genuine flagged", "AUC 15%", "flagged 15%", "AUC 30%", "flagged 30%",
                  "AUC 60%", "flagged 60%", "genuine unscored"], results["spin"]),
        f"**Consistency**: {len(results['contradictions'])} of {results['checked']} verdicts contradict their "
        "evidence." + ("" if not results["contradictions"] else " " + "; ".join(results["contradictions"][:5])),
        "**Calibration**: confidence against the share of right reuse decisions (reused vs independent) on the "
        "test pairs of all sources. `shipped`: the reliability map of `unspun.pair.confidence`, fitted on the "
        "*train* pairs of the five sources (`bench/fit_confidence.py`); `raw`: the rules' strength of evidence "
        "before the map; `left out`: the map refitted on the train pairs of the other four sources and applied "
        f"to the left-out source. ECE shipped {fmt(cal['shipped']['ece'])}, raw {fmt(cal['raw']['ece'])}, "
        f"left out {fmt(cal['left_out']['ece'])}; Brier score shipped {fmt(cal['brier']['shipped'])}, raw "
        f"{fmt(cal['brier']['raw'])}, left out {fmt(cal['brier']['left_out'])}.",
        md_table(["confidence (shipped)", "pairs", "mean confidence", "right"], cal["shipped"]["rows"]),
        md_table(["confidence (left out)", "pairs", "mean confidence", "right"], cal["left_out"]["rows"]),
        md_table(["source", "test pairs", "ECE shipped", "ECE left out", "ECE raw", "Brier left out"],
                 cal["per_source"]),
        f"Time: building pairs {seconds['build']:.1f} s, comparing {seconds['compare']:.1f} s, spin "
        f"{seconds['spin']:.1f} s.",
        *(f"- {goal_text(g)}" for g in results["goals"]),
    ]
    return "\n\n".join(parts)
