"""``python -m bench.human_pairs [--which all|fixed|held_out] [--folder DIR] [--json OUT]``: hand-written news pairs
against their truth.

The pairs of ``tests/fixtures/human_pairs/`` (written by hand, truth in ``pairs.json`` decided before the first
comparison) are compared in both orders with the engine ``unspun compare`` uses. A pair in one order fails on
its relation, its direction (mirrored for B with A), a change its truth says must be listed and is not, or a
change of facts listed where the truth says the facts are the same. ``held_out`` pairs were never looked at
while fixing: their score is the honest one. ``--folder tests/fixtures/same_event`` scores another set in the same
format (independent reports of one event against reports of another event of the same kind).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.mirror import MIRRORED, MIRRORED_KIND

FOLDER = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "human_pairs"
FACT_KINDS = frozenset({"name", "number", "date", "negation", "quote", "attribution"})


@dataclass(frozen=True, slots=True)
class Outcome:
    pair: str
    order: str  # "ab" or "ba"
    held_out: bool
    relation: str
    direction: str
    confidence: float
    changes: tuple[str, ...]
    failures: tuple[str, ...]


def truth_pairs(folder: Path = FOLDER) -> list[dict[str, Any]]:
    return list(json.loads((folder / "pairs.json").read_text(encoding="utf-8"))["pairs"])


def _holds(text: str, words: str) -> bool:
    return words.lower() in text.lower()


def changed_words(change: dict[str, Any], side: str) -> str:
    """A listed change's words on ``side`` ("a" or "b"): the text's, or the headline's where only the headlines
    make it (``unspun.comparison/5``: ``"in": "headline"``, its place in ``headline``)."""
    if change.get("in") == "headline" and change.get("headline"):
        return str(change["headline"][side]["text"])
    return str(change[side]["text"])


def missing_changes(truth: dict[str, Any], changes: list[dict[str, Any]], swapped: bool) -> list[str]:
    """The must-list changes no listed change answers (kind among its kinds, each side holding its words)."""
    first, second = ("b", "a") if swapped else ("a", "b")
    missing = []
    for want in truth.get("must", []):
        kinds = [MIRRORED_KIND.get(k, k) for k in want["kinds"]] if swapped else want["kinds"]
        if not any(c["kind"] in kinds and _holds(changed_words(c, first), want["a"])
                   and _holds(changed_words(c, second), want["b"]) for c in changes):
            missing.append(f"missing {'/'.join(want['kinds'])} {want['a']!r}→{want['b']!r}")
    return missing


def failures_of(truth: dict[str, Any], result: dict[str, Any], swapped: bool) -> list[str]:
    verdict = result["verdict"]
    wrong = []
    if verdict["relation"] not in truth["relation"]:
        wrong.append(f"relation {verdict['relation']} (truth {'/'.join(truth['relation'])})")
    directions = [MIRRORED.get(d, d) for d in truth["direction"]] if swapped else truth["direction"]
    if verdict["direction"] not in directions:
        wrong.append(f"direction {verdict['direction']} (truth {'/'.join(directions)})")
    wrong += missing_changes(truth, result["changes"], swapped)
    if truth.get("fact_free") or truth.get("others_free"):
        # "others_free": no fact change but those answering the must-list ones
        facts = [c for c in result["changes"] if c["kind"] in FACT_KINDS
                 and not (truth.get("others_free") and _answers_a_must(truth, c, swapped))]
        wrong += [f"false {c['kind']} {changed_words(c, 'a')[:40]!r}→{changed_words(c, 'b')[:40]!r}" for c in facts]
    return wrong


def _answers_a_must(truth: dict[str, Any], change: dict[str, Any], swapped: bool) -> bool:
    return any(not missing_changes({"must": [want]}, [change], swapped) for want in truth.get("must", []))


def compared(folder: Path = FOLDER, which: str = "all", only: str | None = None) -> Iterator[Outcome]:
    """Each pair (``which``: all, fixed or held_out; ``only``: one pair's id) compared in both orders."""
    from unspun.api import compare
    from unspun.report.json import comparison_dict

    for truth in truth_pairs(folder):
        if (which != "all" and truth["held_out"] != (which == "held_out")) or only not in (None, truth["id"]):
            continue
        a, b = folder / truth["a"], folder / truth["b"]
        for order, (x, y) in (("ab", (a, b)), ("ba", (b, a))):
            result = comparison_dict(compare(x, y))
            verdict = result["verdict"]
            changes = tuple(sorted(f"{c['kind']}:{c['a']['text'][:30]}→{c['b']['text'][:30]}"
                                   for c in result["changes"]))
            yield Outcome(truth["id"], order, truth["held_out"], verdict["relation"], verdict["direction"],
                          verdict["confidence"], changes, tuple(failures_of(truth, result, order == "ba")))


def table(outcomes: list[Outcome]) -> str:
    rows = ["| pair | order | held out | relation | direction | confidence | failures |",
            "|---|---|---|---|---|---|---|"]
    rows += [f"| {o.pair} | {o.order} | {'yes' if o.held_out else 'no'} | {o.relation} | {o.direction} | "
             f"{o.confidence:.2f} | {'; '.join(o.failures) or 'ok'} |" for o in outcomes]
    for label, held in (("fixed set", False), ("held-out set", True)):
        part = [o for o in outcomes if o.held_out is held]
        if part:
            failed = sum(bool(o.failures) for o in part)
            rows.append(f"\n{label}: {len(part) - failed} of {len(part)} comparisons right "
                        f"({sum(len(o.failures) for o in part)} failures)")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--which", choices=("all", "fixed", "held_out"), default="all")
    parser.add_argument("--folder", type=Path, default=FOLDER, help="a folder of texts with their pairs.json")
    parser.add_argument("--json", type=Path, help="also write every outcome as JSON Lines")
    args = parser.parse_args()
    outcomes = list(compared(args.folder, which=args.which))
    print(table(outcomes))
    if args.json:
        args.json.write_text("".join(json.dumps(_as_dict(o)) + "\n"
                                     for o in outcomes), encoding="utf-8")


def _as_dict(outcome: Outcome) -> dict[str, Any]:
    return {name: getattr(outcome, name) for name in Outcome.__slots__}


if __name__ == "__main__":
    main()
