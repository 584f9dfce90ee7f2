"""``python -m bench.passage_truth [--which all|fit|held_out] [--folder DIR]``: aligned passages against the exact
reused passages a pair's truth marks.

Each pair of ``tests/fixtures/passage_truth/pairs.json`` lists its reused passages as texts (``passages``: the
text on A, the text on B). A pair is compared A with B; the aligned passages are scored by characters on both
sides: precision (the share of aligned characters inside a true passage) and recall (the share of true
passage characters aligned). Characters of a ``neutral`` text (a quote both independent reports carry) count
neither way. For pairs with no reused passage, every aligned passage is a false one and ``spun`` ones are
counted apart; for ``spun`` pairs, the share of passages labelled spun. ``must`` changes are checked as in
``bench.human_pairs``.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.human_pairs import missing_changes, truth_pairs

FOLDER = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "passage_truth"


@dataclass(frozen=True, slots=True)
class Scored:
    pair: str
    held_out: bool
    aligned: int  # aligned characters, both sides, neutral ones left out
    right: int  # of those, inside a true passage
    true: int  # true passage characters, both sides
    passages: int
    false_spun: int  # spun passages of a pair with no reused passage
    spun_share: float | None  # for a spun pair: the share of its passages labelled spun
    missing: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.right / self.aligned if self.aligned else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.true if self.true else 1.0


def _chars(text: str, pieces: list[str]) -> set[int]:
    found: set[int] = set()
    for piece in pieces:
        start = text.find(piece)
        if start < 0:
            raise ValueError(f"truth text not in its article: {piece[:50]!r}")
        found.update(range(start, start + len(piece)))
    return found


def scored(truth: dict[str, Any], result: dict[str, Any], a_text: str, b_text: str) -> Scored:
    neutral_a, neutral_b = _chars(a_text, truth.get("neutral", [])), _chars(b_text, truth.get("neutral", []))
    true_a = _chars(a_text, [p["a"] for p in truth["passages"]])
    true_b = _chars(b_text, [p["b"] for p in truth["passages"]])
    got_a: set[int] = set()
    got_b: set[int] = set()
    false_spun = 0
    for al in result["alignments"]:
        span_a = set(range(al["a"]["start"], al["a"]["end"])) - neutral_a
        span_b = set(range(al["b"]["start"], al["b"]["end"])) - neutral_b
        got_a |= span_a
        got_b |= span_b
        false_spun += al["kind"] == "spun" and not truth["passages"] and bool(span_a or span_b)
    kinds = [al["kind"] for al in result["alignments"]]
    spun_share = (kinds.count("spun") / len(kinds) if kinds else 0.0) if truth.get("spun") else None
    return Scored(truth["id"], truth["held_out"], len(got_a) + len(got_b),
                  len(got_a & true_a) + len(got_b & true_b), len(true_a) + len(true_b), len(kinds),
                  false_spun, spun_share, tuple(missing_changes(truth, result["changes"], False)))


def compared(folder: Path = FOLDER, which: str = "all") -> Iterator[Scored]:
    from unspun.api import compare
    from unspun.report.json import comparison_dict

    for truth in truth_pairs(folder):
        if which != "all" and truth["held_out"] != (which == "held_out"):
            continue
        a, b = folder / truth["a"], folder / truth["b"]
        found = compare(a, b)  # spans index the extracted texts
        yield scored(truth, comparison_dict(found), found.a.article.text, found.b.article.text)


def table(rows: list[Scored]) -> str:
    lines = ["| pair | held out | passages | precision | recall | false spun | spun share | missing |",
             "|---|---|---|---|---|---|---|---|"]
    lines += [f"| {s.pair} | {'yes' if s.held_out else 'no'} | {s.passages} | {s.precision:.2f} | {s.recall:.2f} | "
              f"{s.false_spun} | {'' if s.spun_share is None else f'{s.spun_share:.2f}'} | "
              f"{'; '.join(s.missing) or 'ok'} |" for s in rows]
    for label, held in (("fit", False), ("held out", True)):
        part = [s for s in rows if s.held_out is held]
        if part:
            aligned, right, true = (sum(getattr(s, f) for s in part) for f in ("aligned", "right", "true"))
            lines.append(f"\n{label}: precision {right / max(aligned, 1):.3f}, recall {right / max(true, 1):.3f} "
                         f"(characters), false spun passages {sum(s.false_spun for s in part)}, "
                         f"missing changes {sum(len(s.missing) for s in part)}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--which", choices=("all", "fit", "held_out"), default="all")
    parser.add_argument("--folder", type=Path, default=FOLDER, help="a folder of texts with their pairs.json")
    args = parser.parse_args()
    print(table(list(compared(args.folder, args.which))))


if __name__ == "__main__":
    main()
