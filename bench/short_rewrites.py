"""``python -m bench.short_rewrites [--which all|fit|held_out] [--long] [--folder DIR] [--json OUT]``: short texts
rewritten by people.

The answers of ``tests/fixtures/short_rewrites/`` (written by hand in the style of the Clough–Stevenson corpus:
cut and pasted, lightly revised, heavily revised, or written on the same topic without the source; truth in
``truth.json`` decided before the first comparison) are compared with their source in both orders with the
engine ``unspun compare`` uses. An answer written from its source must come out derived (any of
``DERIVED_RELATIONS``), an independent one same_story or unrelated. Beside it, word 3-gram containment
(``bench.judge.containment3`` ≥ 0.1), the plain baseline the issue measured. ``held_out`` sources were never
looked at while fixing: their score is the honest one.

``--folder`` reads another set of the same shape (``tests/fixtures/short_rewrites2``: a second held-out set of
heavy revisions, independent answers and same_ground controls).

``--long`` compares each answer with ``long/<source>.txt`` instead: the source unchanged with 250–400 words of
other content on the subject added at its start, its end or both, the shape of the Clough–Stevenson sets, where
a person condenses part of a longer article. The truth stays the same (the answers were written from the part
the long source contains whole).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.common import md_table
from bench.judge import containment3, reused_verdict

FOLDER = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "short_rewrites"
LONG_FOLDER = "long"  # under FOLDER: each source with content added around it, for ``--long``
CATEGORIES = ("cut", "light", "heavy", "revised", "independent", "same_ground")
REUSED_CATEGORIES = ("cut", "light", "heavy", "revised")  # written from the source: they have a direction
CORPUS_ORDERS = ("index", "trace")  # ``--corpus``: the verdict the index stored, the trace of the answer
BASELINE_MIN_CONTAINMENT = 0.1  # the threshold: reused where ≥ 0.1 of the 3-grams are shared


@dataclass(frozen=True, slots=True)
class Outcome:
    answer: str
    category: str
    order: str  # "ab": the source compared with the answer; "ba": the answer with the source
    held_out: bool
    relation: str
    coverage_source: float
    coverage_answer: float
    containment: float  # word 3-gram containment of the pair (the larger share)
    right: bool  # unspun's relation agrees with the truth
    baseline_right: bool  # 3-gram containment agrees with the truth
    direction: str = "unknown"  # unspun's: a_to_b, b_to_a, unknown (or common_source)
    source_first: str = ""  # the true direction of an answer written from its source ("" for an independent one)
    confidence: float = 0.0  # the verdict's confidence: how often a verdict so sure is right, by its calibration


def load_truth(folder: Path = FOLDER) -> dict[str, Any]:
    return dict(json.loads((folder / "truth.json").read_text(encoding="utf-8")))


def source_path(source: str, folder: Path = FOLDER, long: bool = False) -> Path:
    """The source an answer is compared with: the one it was written from, or its longer version (``long``) where
    there is one (the sources added with the same_ground answers have none)."""
    longer = folder / LONG_FOLDER / f"{source}.txt"
    return longer if long and longer.exists() else folder / f"{source}.txt"


def compared(folder: Path = FOLDER, which: str = "all", long: bool = False) -> Iterator[Outcome]:
    """Each answer (``which``: all, fit or held_out) compared with its source (``long``: its longer version) in
    both orders."""
    from unspun.api import compare

    truth = load_truth(folder)
    held = {s["id"]: s["held_out"] for s in truth["sources"]}
    for answer in truth["answers"]:
        held_out = held[answer["source"]]
        if which != "all" and held_out != (which == "held_out"):
            continue
        source, answer_path = source_path(answer["source"], folder, long), folder / answer["file"]
        reused = answer["truth"] == "reused"
        contained = containment3(source.read_text(encoding="utf-8"), answer_path.read_text(encoding="utf-8"))
        for order, (x, y) in (("ab", (source, answer_path)), ("ba", (answer_path, source))):
            verdict = compare(x, y).verdict
            cover_source, cover_answer = ((verdict.coverage_a, verdict.coverage_b) if order == "ab"
                                          else (verdict.coverage_b, verdict.coverage_a))
            source_first = ("a_to_b" if order == "ab" else "b_to_a") if reused else ""
            yield Outcome(answer["file"].removesuffix(".txt"), answer["category"], order, held_out, verdict.relation,
                          cover_source, cover_answer, round(contained, 3), reused_verdict(verdict.relation) == reused,
                          (contained >= BASELINE_MIN_CONTAINMENT) == reused, verdict.direction, source_first,
                          verdict.confidence)


def traced(folder: Path = FOLDER, which: str = "all", long: bool = False) -> Iterator[Outcome]:
    """Each answer (``which``) traced against a store holding every source (``long``: its longer version) and
    every answer, and the verdict the index stored for the pair: outcomes of orders "trace" and "index"."""
    import tempfile

    from unspun.api import index, trace
    from unspun.model import RawRecord

    truth = load_truth(folder)
    held = {s["id"]: s["held_out"] for s in truth["sources"]}
    texts = {s["id"]: source_path(s["id"], folder, long).read_text(encoding="utf-8") for s in truth["sources"]}
    texts |= {a["file"]: (folder / a["file"]).read_text(encoding="utf-8") for a in truth["answers"]}
    with tempfile.TemporaryDirectory() as name:
        feed, db = Path(name) / "feed.jsonl", Path(name) / "store.db"
        feed.write_text("".join(json.dumps({"id": key, "text": text}) + "\n" for key, text in texts.items()),
                        encoding="utf-8")
        index([feed], db, workers=1)
        stored = _stored_verdicts(db)
        for answer in truth["answers"]:
            held_out = held[answer["source"]]
            if which != "all" and held_out != (which == "held_out"):
                continue
            source, file = answer["source"], answer["file"]
            reused = answer["truth"] == "reused"
            contained = round(containment3(texts[source], texts[file]), 3)
            baseline_right = (contained >= BASELINE_MIN_CONTAINMENT) == reused
            matches = trace(RawRecord(file, texts[file]), db).matches
            found = [m for m in matches if m.id == source]
            relation = found[0].relation if found else "not listed"
            cover_source, cover_answer = (found[0].coverage_match, found[0].coverage_query) if found else (0.0, 0.0)
            # the query (the answer) is side A of a trace: its source comes first when the answer derives from it
            yield Outcome(file.removesuffix(".txt"), answer["category"], "trace", held_out, relation, cover_source,
                          cover_answer, contained, bool(found) == reused, baseline_right,
                          found[0].direction if found else "unknown", "b_to_a" if reused else "")
            verdict, swapped = stored.get((source, file)), False
            if verdict is None and (file, source) in stored:
                verdict, swapped = stored[(file, source)], True
            relation = verdict.relation if verdict is not None else "not stored"
            covers = (0.0, 0.0) if verdict is None else (verdict.coverage_a, verdict.coverage_b)
            cover_source, cover_answer = covers[::-1] if swapped else covers
            yield Outcome(file.removesuffix(".txt"), answer["category"], "index", held_out, relation, cover_source,
                          cover_answer, contained, reused_verdict(relation) == reused, baseline_right,
                          "unknown" if verdict is None else verdict.direction,
                          ("b_to_a" if swapped else "a_to_b") if reused else "")


def _stored_verdicts(db: Path) -> dict[tuple[str, str], Any]:
    """The verdicts the store holds, by (A's id, B's id)."""
    from unspun.store.sqlite import Store

    with Store(db, create=False) as store:
        ids = {m.pk: m.id for m in store.metas()}
        return {(ids[p.a], ids[p.b]): p.verdict for p in store.pairs()}


def accuracy_rows(outcomes: list[Outcome]) -> list[list[str]]:
    """Per part (fit, held out) and category: unspun's and the baseline's share right, both orders counted."""
    rows = []
    for part, held in (("fit", False), ("held out", True)):
        for category in (*CATEGORIES, "all"):
            chosen = [o for o in outcomes if o.held_out is held and category in ("all", o.category)]
            if chosen:
                rows.append([part, category, str(len(chosen)), _share(sum(o.right for o in chosen), len(chosen)),
                             _share(sum(o.baseline_right for o in chosen), len(chosen))])
    return rows


def direction_rows(outcomes: list[Outcome]) -> list[list[str]]:
    """Per part and category of answers written from the source: how often the direction names the source
    first, names the answer first (wrong), or is left unknown. No date is given, so only the texts can say."""
    rows = []
    for part, held in (("fit", False), ("held out", True)):
        for category in (*REUSED_CATEGORIES, "all"):
            chosen = [o for o in outcomes if o.source_first and o.held_out is held and category in ("all", o.category)]
            if chosen:
                right = sum(o.direction == o.source_first for o in chosen)
                stated = sum(o.direction in ("a_to_b", "b_to_a") for o in chosen)
                rows.append([part, category, str(len(chosen)), _share(right, len(chosen)),
                             str(stated - right), str(len(chosen) - stated)])
    return rows


def calibration_rows(outcomes: list[Outcome]) -> list[list[str]]:
    """Per part: the verdicts' mean confidence beside the share of them right, for all verdicts and for those
    below the calibrated map's floor (0.94: verdicts whose confidence was capped)."""
    rows = []
    for part, held in (("fit", False), ("held out", True)):
        for label, low in (("all", False), ("confidence < 0.94", True)):
            chosen = [o for o in outcomes if o.held_out is held and (not low or o.confidence < 0.94)]
            if chosen:
                mean = sum(o.confidence for o in chosen) / len(chosen)
                rows.append([part, label, str(len(chosen)), f"{mean:.3f}",
                             _share(sum(o.right for o in chosen), len(chosen))])
    return rows


def _share(right: int, total: int) -> str:
    return f"{right}/{total} ({right / total:.2f})"


def table(outcomes: list[Outcome]) -> str:
    per_answer = md_table(
        ["answer", "order", "held out", "relation", "direction", "confidence", "cover source", "cover answer",
         "3-gram", "unspun", "3-gram"],
        [[o.answer, o.order, "yes" if o.held_out else "no", o.relation, o.direction, f"{o.confidence:.2f}",
          f"{o.coverage_source:.2f}", f"{o.coverage_answer:.2f}", f"{o.containment:.2f}", "ok" if o.right else "WRONG",
          "ok" if o.baseline_right else "WRONG"] for o in outcomes])
    headers = ["part", "category", "comparisons", "unspun right", "3-gram ≥ 0.1 right"]
    direction_headers = ["part", "category", "comparisons", "source named first", "answer named first", "unknown"]
    orders = sorted({o.order for o in outcomes} & set(CORPUS_ORDERS))
    if not orders:  # compare: both orders of a pair count together
        calibration = md_table(["part", "verdicts", "comparisons", "mean confidence", "right"],
                               calibration_rows(outcomes))
        return "\n\n".join([per_answer, md_table(headers, accuracy_rows(outcomes)),
                             md_table(direction_headers, direction_rows(outcomes)), calibration])
    summaries = []
    for order in orders:
        chosen = [o for o in outcomes if o.order == order]
        summaries.append(f"{order}:\n\n{md_table(headers, accuracy_rows(chosen))}\n\n"
                         f"{md_table(direction_headers, direction_rows(chosen))}")
    return "\n\n".join([per_answer, *summaries])  # the corpus keeps no confidence per outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--which", choices=("all", "fit", "held_out"), default="all")
    parser.add_argument("--long", action="store_true", help="compare with the longer sources of long/")
    parser.add_argument("--corpus", action="store_true", help="index sources and answers, trace each answer")
    parser.add_argument("--folder", type=Path, default=FOLDER, help="a set of sources and answers with truth.json")
    parser.add_argument("--json", type=Path, help="also write every outcome as JSON Lines")
    args = parser.parse_args()
    outcomes = list((traced if args.corpus else compared)(args.folder, which=args.which, long=args.long))
    print(table(outcomes))
    if args.json:
        args.json.write_text("".join(json.dumps(asdict(o)) + "\n" for o in outcomes), encoding="utf-8")


if __name__ == "__main__":
    main()
