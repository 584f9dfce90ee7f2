"""Mirror symmetry on real text: comparing B with A must say what comparing A with B says, mirrored.

A rights team or a fact-checker who gives the two articles in the other order must get the same relation, the
direction mirrored (``a_to_b`` ↔ ``b_to_a``), the coverages swapped, the same changes with their A and B spans
swapped, the same fact counts, and the same first line and evidence lines of the verdict (read with "A" and "B"
exchanged).
``tests/test_properties.py`` checks this on generated text; this suite counts the pairs of every source the
other suites read where it fails, by what differs: the Relations suite's synthetic BBC copies of every kind
(with their publication times) and its BASIL pairs, the Judge suite's PAN passages and MSRP- and
PAN-sentence-composed documents, and copies of the seed articles in ``../shared/seeds`` of every kind.

Comparisons use the static-vector engine the corpus indexes with (``PairEngine(precise=False)``).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import data_path, goal, goal_text, item_limit, md_table, stopwatch

PER_SOURCE, QUICK_PER_SOURCE = 150, 20
SEED = 7
SEED_COPIES_PER_KIND = 2
MIRRORED = {"a_to_b": "b_to_a", "b_to_a": "a_to_b"}
ASPECTS = ("relation", "direction", "coverage", "changes", "fact_counts", "first_line", "evidence")


@dataclass(frozen=True, slots=True)
class TextPair:
    source: str
    id: str
    a_text: str
    b_text: str
    a_published: str | None = None
    b_published: str | None = None


# --- sources --------------------------------------------------------------------------------------------


def _synth(source: str, pairs: Sequence[Any]) -> list[TextPair]:
    return [TextPair(source, p.id, p.a_text, p.b_text, p.a_published, p.b_published) for p in pairs]


def _capped(pairs: list[TextPair], count: int) -> list[TextPair]:
    random.Random(SEED).shuffle(pairs)
    return pairs[:count]


def bbc_pairs(shared: Path, count: int) -> list[TextPair]:
    from bench.relations import synthetic_split

    return _capped(_synth("bbc_synthetic", synthetic_split(shared, quick=False).test), count)


def basil_pairs(shared: Path, count: int) -> list[TextPair]:
    from bench.relations import basil_split

    return _capped(_synth("basil", basil_split(shared, quick=False).test), count)


def _judge_source(name: str) -> Callable[[Path, int], list[TextPair]]:
    def load(shared: Path, count: int) -> list[TextPair]:
        from bench.judge import SOURCES

        pairs = SOURCES[name](shared, count, False)
        return _capped([TextPair(name, p.id, p.a_text, p.b_text) for p in pairs], count)

    return load


def seed_pairs(shared: Path, count: int) -> list[TextPair]:
    """The seed articles against each other and against generated copies of every kind."""
    from bench.spinner import Spinner
    from bench.synth import generate_pairs

    data_path(shared, "bbc_fulltext")  # the spinner's vocabulary
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((shared / "seeds").glob("*.txt"))]
    if len(texts) < 2:
        return []
    copies = generate_pairs(texts, SEED, Spinner(shared), SEED_COPIES_PER_KIND)
    both = TextPair("seeds", "seeds/each_other", texts[0][1], texts[1][1])
    return [both, *_synth("seeds", copies)][:count]


SOURCES: dict[str, Callable[[Path, int], list[TextPair]]] = {
    "bbc_synthetic": bbc_pairs,
    "basil": basil_pairs,
    "pan_passages": _judge_source("pan_passages"),
    "msrp_docs": _judge_source("msrp_docs"),
    "pan_sentence_docs": _judge_source("pan_sentence_docs"),
    "seeds": seed_pairs,
}


# --- the check ------------------------------------------------------------------------------------------


_SIDE = re.compile(r"\b[AB]\b")
_QUOTED = re.compile(r"((?<!\w)'[^']*'(?!\w))")
# "40% of B's text comes from A" says what "40% of A's text reappears in B" would say of the other order
_SHARE = re.compile(r"(\d+%) of ([AB])'s text (comes from|reappears in) ([AB])")
_ITEM_BREAK = re.compile(r"; |, (?:with )?| and | has | with ")
MIRRORED_KIND = {"omission": "addition", "addition": "omission"}


def first_line_mirrored(line: str) -> str:
    """An evidence line as the other order would word it: every standalone "A" and "B" exchanged outside the
    words it quotes from the texts ("A writes both 'The' and 'A'")."""
    parts = _QUOTED.split(line)
    return "".join(part if k % 2 else _SIDE.sub(lambda m: "B" if m.group() == "A" else "A", part)
                   for k, part in enumerate(parts))


def first_line_meaning(line: str) -> str:
    """The first line with each share of one text found in the other written one way, and the items of its
    lists sorted: the two orders say the same shares with the verbs exchanged, and list what only one side
    has in the other order ("3 sentences only in B and 1 sentence only in A")."""
    return " | ".join(sorted(_ITEM_BREAK.split(_SHARE.sub(r"\1 of \2 found in \4", line))))


def change_keys(comparison: Any, swapped: bool = False) -> Counter[tuple[Any, ...]]:
    """Each change as (kind, A span, B span), spans exchanged when ``swapped`` (the comparison of B with A)."""
    keys: Counter[tuple[Any, ...]] = Counter()
    for c in comparison.changes:
        a, b = (c.b, c.a) if swapped else (c.a, c.b)
        kind = MIRRORED_KIND.get(c.kind, c.kind) if swapped else c.kind
        keys[(kind, a.start, a.end, b.start, b.end)] += 1
    return keys


def differences(forward: Any, backward: Any) -> list[str]:
    """The aspects in which ``backward`` (B with A) does not mirror ``forward`` (A with B)."""
    f, r = forward.verdict, backward.verdict
    checks = {
        "relation": f.relation == r.relation,
        "direction": MIRRORED.get(f.direction, f.direction) == r.direction,
        "coverage": abs(f.coverage_a - r.coverage_b) < 1e-9 and abs(f.coverage_b - r.coverage_a) < 1e-9,
        "changes": change_keys(forward) == change_keys(backward, swapped=True),
        "fact_counts": f.fact_changes == r.fact_changes,
        "first_line": first_line_meaning(first_line_mirrored(f.evidence[0] if f.evidence else ""))
        == first_line_meaning(r.evidence[0] if r.evidence else ""),
        "evidence": sorted(first_line_meaning(first_line_mirrored(line)) for line in f.evidence)
        == sorted(first_line_meaning(line) for line in r.evidence),
    }
    return [aspect for aspect in ASPECTS if not checks[aspect]]


def compared_both_ways(pair: TextPair, engine: Any) -> tuple[Any, Any]:
    from unspun.model import Article

    a = Article(f"{pair.id}#a", pair.a_text, published=pair.a_published)
    b = Article(f"{pair.id}#b", pair.b_text, published=pair.b_published)
    return engine.compare_articles(a, b), engine.compare_articles(b, a)


def source_counts(pairs: Sequence[TextPair], engine: Any) -> dict[str, Any]:
    """Pairs, asymmetric pairs, and asymmetric pairs per aspect, with the first few ids of each aspect."""
    by_aspect: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    asymmetric = 0
    for pair in pairs:
        differ = differences(*compared_both_ways(pair, engine))
        asymmetric += bool(differ)
        for aspect in differ:
            by_aspect[aspect] += 1
            examples.setdefault(aspect, [])
            if len(examples[aspect]) < 3:
                examples[aspect].append(pair.id)
    return {"pairs": len(pairs), "asymmetric": asymmetric, "by_aspect": dict(by_aspect), "examples": examples}


# --- the suite ------------------------------------------------------------------------------------------


def run(shared: Path, quick: bool) -> dict[str, Any]:
    from unspun.pair.engine import PairEngine

    count = item_limit(QUICK_PER_SOURCE if quick else PER_SOURCE)
    engine = PairEngine(precise=False)
    with stopwatch() as loading:
        sources = {name: load(shared, count) for name, load in SOURCES.items()}
    with stopwatch() as comparing:
        rows = {name: source_counts(pairs, engine) for name, pairs in sources.items()}
    total = sum(r["asymmetric"] for r in rows.values())
    return {
        "sources": rows,
        "seconds": {"load": loading["seconds"], "compare": comparing["seconds"]},
        "goals": [goal("pairs whose comparison in the other order does not mirror it", total, 0, False)],
    }


def markdown(results: dict[str, Any]) -> str:
    rows = [[name, r["pairs"], r["asymmetric"], *(r["by_aspect"].get(a, 0) for a in ASPECTS)]
            for name, r in results["sources"].items()]
    examples = [f"- {name}, {aspect}: {', '.join(ids)}" for name, r in results["sources"].items()
                for aspect, ids in r["examples"].items()]
    seconds = results["seconds"]
    parts = [
        "Each pair compared as given and in the other order (static-vector engine); a pair is asymmetric when "
        "any of these differ: relation, direction (mirrored), coverages (swapped), changes (kind and spans, "
        "swapped), fact counts, the verdict's first line (\"A\" and \"B\" exchanged), every line of its "
        "evidence (the same).",
        md_table(["source", "pairs", "asymmetric", *ASPECTS], rows),
        *(["Examples:\n" + "\n".join(examples)] if examples else []),
        f"Time: loading {seconds['load']:.1f} s, comparing both ways {seconds['compare']:.1f} s.",
        *(f"- {goal_text(g)}" for g in results["goals"]),
    ]
    return "\n\n".join(parts)


def main(argv: Sequence[str] | None = None) -> None:
    from bench.common import suite_main

    suite_main(run, markdown, __doc__ or "", f"{QUICK_PER_SOURCE} pairs per source", argv)


if __name__ == "__main__":
    main()
