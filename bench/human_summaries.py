"""``python -m bench.human_summaries [--which all|fit|held_out] [--json OUT]``: short summaries people wrote of news.

The texts of ``tests/fixtures/human_summaries/`` (written by hand; truth in ``truth.json`` decided before the first
comparison): twenty-four news sources (wire briefs, statements, press releases), each with a summary of two or three
sentences that each merge two or three of the source's (some with a headline, some keeping one quote, some keeping
no phrase); beside eight of them a teaser of 40–60 words (rewrite, the source first), beside seventeen another
outlet's report of the same event, and beside eighteen a piece on another event with the same actors (eight of them
the next event of the same kind). Every answer is compared with its source in both orders with the engine ``unspun
compare`` uses (``bench.short_rewrites.compared``). Scored three ways: derived or not (a summary must come out
derived, the others same_story or unrelated), the exact relation of the truth (``rewrite``, ``same_story``,
``unrelated``), and for summaries and teasers the direction (the source first). Beside it, word 3-gram
containment ≥ 0.1. ``held_out`` sources were never looked at while fixing: their score is the honest one.

``--folder teasers`` scores ``teasers/`` (corpcand): teasers naming no one that keep the source's figures,
stories that take one part of a press release, and their controls; there ``siblings`` (two stories from other
parts of one release) are compared too. ``--corpus`` indexes a folder's sources and answers and traces each
answer (``bench.short_rewrites.traced``: is the source listed, and the verdict the index stored). ``--folder
credited`` scores ``credited/`` (sumfix): five-sentence summaries, credited briefs, teasers closing with a call to read
on, a rewrite naming its source's agency in a sentence, and their controls. ``--folder condensed`` scores ``condensed/``
(summ48): 100-word summaries and two-sentence teasers of 370-390-word articles, and other outlets' own reports.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from bench.common import md_table
from bench.short_rewrites import Outcome, compared, load_truth, traced

FOLDER = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "human_summaries"
CATEGORIES = ("summary", "teaser", "other_report", "other_event")
TEASER_FOLDER = FOLDER / "teasers"
# Summaries of five sentences, credited briefs, teasers ending with a call to read on, a rewrite attributing the
# source's agency in a sentence, and their controls (sumfix, 2026-12-06: probe38, probe39).
CREDITED_FOLDER = FOLDER / "credited"
# Summaries of 100 words and two-sentence teasers, in a person's own words, of 370-390-word articles, and another
# outlet's own report of each event (summ48, 2026-12-06: probe48 C2/C3), all held out.
CONDENSED_FOLDER = FOLDER / "condensed"


def truth_relations(folder: Path = FOLDER) -> dict[str, str]:
    """The relation the truth names for each category."""
    return dict(load_truth(folder)["truth_relations"])


def accuracy_rows(outcomes: list[Outcome], relations: dict[str, str]) -> list[list[str]]:
    """Per part (fit, held out) and category: derived-or-not right, the exact relation right, the direction right
    (summaries: the source named first), and the 3-gram baseline's derived-or-not right; both orders counted."""
    rows = []
    for part, held in (("fit", False), ("held out", True)):
        for category in (*relations, "all"):
            chosen = [o for o in outcomes if o.held_out is held and category in ("all", o.category)]
            if not chosen:
                continue
            derived = [o for o in chosen if o.source_first]
            rows.append([part, category, str(len(chosen)), _share(sum(o.right for o in chosen), len(chosen)),
                         _share(sum(o.relation == relations[o.category] for o in chosen), len(chosen)),
                         _share(sum(o.direction == o.source_first for o in derived), len(derived)) if derived
                         else "—",
                         _share(sum(o.baseline_right for o in chosen), len(chosen))])
    return rows


def _share(right: int, total: int) -> str:
    return f"{right}/{total} ({right / total:.2f})"


def _mark(o: Outcome, relations: dict[str, str]) -> str:
    """ok: the relation and (for a summary) the direction right; "derived ok": derived or not right only."""
    if o.relation == relations[o.category] and o.direction == (o.source_first or o.direction):
        return "ok"
    return "derived ok" if o.right else "WRONG"


def table(outcomes: list[Outcome], relations: dict[str, str]) -> str:
    per_answer = md_table(
        ["answer", "order", "held out", "truth", "relation", "direction", "confidence", "cover source",
         "cover answer", "3-gram", "unspun"],
        [[o.answer, o.order, "yes" if o.held_out else "no", relations[o.category], o.relation, o.direction,
          f"{o.confidence:.2f}", f"{o.coverage_source:.2f}", f"{o.coverage_answer:.2f}", f"{o.containment:.2f}",
          _mark(o, relations)] for o in outcomes])
    headers = ["part", "category", "comparisons", "derived or not right", "relation right", "source named first",
               "3-gram ≥ 0.1 right"]
    return "\n\n".join([per_answer, md_table(headers, accuracy_rows(outcomes, relations))])


def sibling_rows(folder: Path) -> list[list[str]]:
    """Each pair of stories taken from other parts of one release (``siblings`` in the truth), compared in both
    orders: the relation, the direction, and whether both are among those the truth allows."""
    from unspun.api import compare

    rows = []
    for pair in load_truth(folder).get("siblings", []):
        for x, y in ((pair["a"], pair["b"]), (pair["b"], pair["a"])):
            verdict = compare(folder / x, folder / y).verdict
            right = verdict.relation in pair["relations"] and verdict.direction in pair["direction"]
            rows.append([x, y, verdict.relation, verdict.direction, "ok" if right else "WRONG"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--which", choices=("all", "fit", "held_out"), default="all")
    parser.add_argument("--folder", choices=("summaries", "teasers", "credited", "condensed"), default="summaries")
    parser.add_argument("--corpus", action="store_true", help="index sources and answers, trace each answer")
    parser.add_argument("--json", type=Path, help="also write every outcome as JSON Lines")
    args = parser.parse_args()
    folders = {"teasers": TEASER_FOLDER, "credited": CREDITED_FOLDER, "condensed": CONDENSED_FOLDER}
    folder = folders.get(args.folder, FOLDER)
    outcomes = list((traced if args.corpus else compared)(folder, args.which))
    print(table(outcomes, truth_relations(folder)))
    if not args.corpus and args.which == "all" and load_truth(folder).get("siblings"):
        print("\n" + md_table(["A", "B", "relation", "direction", "unspun"], sibling_rows(folder)))
    if args.json:
        args.json.write_text("".join(json.dumps(asdict(o)) + "\n" for o in outcomes), encoding="utf-8")


if __name__ == "__main__":
    main()
