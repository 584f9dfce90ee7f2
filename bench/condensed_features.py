"""``python -m bench.condensed_features [--folder DIR] [--which all|fixed|held_out] [--bar COSINE]``: the many-to-one
semantic alignment features of a condensed heavy revision beside those of an independent text, per pair.

A measurement, not a rule (heavy49, tests/fixtures/condensed_revisions): no bar on these features separated the
condensed revisions from independent texts telling the same well-known facts in the same order on the set's
held-out part. Per pair, the shorter text is the answer and the longer the source; each answer sentence is matched
to its closest source unit, a single sentence or two adjacent ones (MiniLM vectors), and kept as a link at
``--bar`` or above. Printed per pair:

- ``chain``: the longest run of links in the source's order (an increasing chain), and ``chain_share`` of the
  answer's sentences;
- ``fig_names``: the names and figures of linked answer sentences that their source unit gives too, of all theirs;
- ``new_names``: the share of the answer's names that the source never gives (what the answer brings of its own);
- ``paraphrase``: the paraphrase cross-encoder's mean over the links (``pair.paraphrase.paraphrase_probabilities``);
- ``words``: the answer's length in words as a share of the source's (a condensed text is under 0.7).

Reads ``pairs.json`` sets (``bench.human_pairs``' format); truth ``DER`` where any accepted relation is derived.
"""

from __future__ import annotations

import argparse
import bisect
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

FOLDER = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "condensed_revisions"
DERIVED = frozenset({"duplicate", "near_duplicate", "spun_copy", "rewrite", "partial_reuse"})
LINK_MIN_COSINE = 0.6  # the MiniLM cosine at which an answer sentence retells a source unit (measured at 0.6)


@dataclass(frozen=True, slots=True)
class Features:
    pair: str
    truth: str
    chain: int
    chain_share: float
    fig_names: float
    new_names: float
    paraphrase: float
    words: float


def increasing_chain(starts: Sequence[int]) -> int:
    """The length of the longest strictly increasing subsequence of ``starts``: the links in the source's order."""
    tails: list[int] = []
    for x in starts:
        k = bisect.bisect_left(tails, x)
        tails[k:k + 1] = [x]
    return len(tails)


def _marked(sentence: str) -> frozenset[str]:
    """A sentence's names ("@" + name) and figures ("#" + value and unit)."""
    from unspun.text.figures import figures
    from unspun.text.names import names_and_rare_words

    names, _ = names_and_rare_words(sentence, 0.0)
    return frozenset({"@" + n for n in names} | {f"#{f.value:g} {f.unit}" for f in figures(sentence)})


def features(pair: dict[str, Any], folder: Path, engine: Any, bar: float) -> Features:
    """The features of one pair of ``folder``'s ``pairs.json``."""
    from unspun.ingest.segment import segment
    from unspun.pair.paraphrase import paraphrase_probabilities

    sides = [list(segment(engine.extract(folder / pair[k]), engine.config).sentence_texts()) for k in ("a", "b")]
    source, answer = sorted(sides, key=lambda s: len(" ".join(s)), reverse=True)
    units = [(i, i) for i in range(len(source))] + [(i, i + 1) for i in range(len(source) - 1)]
    unit_texts = [source[i] if i == k else f"{source[i]} {source[k]}" for i, k in units]
    similarity = engine.encoder.encode(answer) @ engine.encoder.encode(unit_texts).T
    links = [(j, int(similarity[j].argmax())) for j in range(len(answer)) if similarity[j].max() >= bar]
    marks = [_marked(s) for s in source]
    given = sum(len(_marked(answer[j]) & (marks[units[u][0]] | marks[units[u][1]])) for j, u in links)
    own = sum(len(_marked(answer[j])) for j, _ in links)
    names_answer = {m for s in answer for m in _marked(s) if m.startswith("@")}
    names_source = {m for s in marks for m in s if m.startswith("@")}
    readings = paraphrase_probabilities([(unit_texts[u], answer[j]) for j, u in links], engine)
    chain = increasing_chain([units[u][0] for _, u in links])
    return Features(pair["id"], "DER" if DERIVED & set(pair["relation"]) else "ind", chain,
                    chain / len(answer), given / own if own else 0.0,
                    len(names_answer - names_source) / max(1, len(names_answer)),
                    float(np.mean(readings)) if readings is not None and len(readings) else 0.0,
                    len(" ".join(answer).split()) / len(" ".join(source).split()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=FOLDER)
    parser.add_argument("--which", choices=("all", "fixed", "held_out"), default="fixed")
    parser.add_argument("--bar", type=float, default=LINK_MIN_COSINE)
    args = parser.parse_args()
    from unspun.pair.engine import default_engine

    engine = default_engine()
    pairs = json.loads((args.folder / "pairs.json").read_text(encoding="utf-8"))["pairs"]
    wanted = [p for p in pairs if args.which == "all" or bool(p.get("held_out")) == (args.which == "held_out")]
    for found in sorted((features(p, args.folder, engine, args.bar) for p in wanted), key=lambda f: f.truth):
        print(f"{found.truth} {found.pair:26s} chain={found.chain:2d} chain_share={found.chain_share:.2f} "
              f"fig_names={found.fig_names:.2f} new_names={found.new_names:.2f} "
              f"paraphrase={found.paraphrase:.2f} words={found.words:.2f}")


if __name__ == "__main__":
    main()
