"""Band plans at corpus sizes: the bits ``unspun spark`` chooses for 1k–10M articles, and what they find.

The plan (``spark.stages.band_plan``) is made from 600 BBC articles; it is measured on 300 others and on the 100
copies of them spun at 30% and 60% (of 200 generated) (``bench.corpus.variants``, seed 5): the chance that sentence bands find a
spun copy (any sketch sentence of the source sharing a band with any query sentence of the copy, from the
centred cosines: 1 - prod (1 - p^bits)^bands), and the chance that mean-vector bands find an article's 10th
nearest neighbour at that corpus size (pairs at the cosine quantile 1 - 10/n of the 900 articles, at least
the 50 closest). ``python -m bench.band_plans`` (no Spark needed; ~1 minute).
"""

from __future__ import annotations

import math
import random
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import fmt, md_table, suite_main

SIZES = (1_000, 10_000, 100_000, 1_000_000, 10_000_000)


def _agree(cosines: np.ndarray) -> np.ndarray:
    return 1 - np.arccos(np.clip(cosines, -1, 1)) / math.pi


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def run(shared: Path, quick: bool) -> dict[str, Any]:
    from bench.corpus import _as_article_text, bbc_texts, variants
    from bench.spinner import Spinner
    from unspun.config import CandidateConfig, SparkConfig
    from unspun.model import RawRecord
    from unspun.run.pool import Hashed, Prepared, corpus_engine, prepare
    from unspun.spark.stages import band_plan

    texts = bbc_texts(shared)
    random.Random(3).shuffle(texts)
    base = texts[:900]
    engine = corpus_engine()

    def prepared(items: list[str], tag: str) -> list[Any]:
        records = [Hashed(RawRecord(id=f"{tag}{k}", content=_as_article_text(t.partition("\n")[2] or t),
                                    format="text"), f"{tag}{k}") for k, t in enumerate(items)]
        return prepare(records, engine)

    originals = prepared(base, "b")
    sample = [(p.fp.stored.doc_vector.astype(np.float32), np.asarray(p.fp.query_vectors, np.float32))
              for p in originals[:600]]
    copies = variants(base[600:], 200, seed=5, spinner=Spinner(shared))
    spun = [(originals[600 + source], c) for k, ((_, source), c) in enumerate(zip(copies, prepared(
        [t for t, _ in copies], "c"), strict=True)) if k % 4 < 2 and isinstance(c, Prepared)]
    config = SparkConfig()
    docs = _unit(np.stack([p.fp.stored.doc_vector.astype(np.float32) for p in originals]))
    upper = np.triu_indices(len(docs), 1)
    raw = (docs @ docs.T)[upper]
    rows = []
    for n in SIZES:
        plan = band_plan(sample, n, config, CandidateConfig())
        found = []
        for source, copy in spun:
            sketch = _unit(_unit(source.fp.stored.sentence_vectors.astype(np.float32)) - plan.centres["sentence"])
            query = _unit(_unit(np.asarray(copy.fp.query_vectors, np.float32)) - plan.centres["sentence"])
            miss = np.prod((1 - _agree(sketch @ query.T) ** plan.bits["sentence"]) ** config.sentence_bands)
            found.append(1 - miss)
        centred = _unit(docs - plan.centres["doc"])
        near = raw >= min(np.quantile(raw, max(0.0, 1 - 10 / n)), np.sort(raw)[-50])
        neighbours = 1 - (1 - _agree((centred @ centred.T)[upper][near]) ** plan.bits["doc"]) ** config.doc_bands
        rows.append({"articles": n, **{f"{k}_bits": v for k, v in plan.bits.items()},
                     "copies_mean": float(np.mean(found)), "copies_worst": float(np.min(found)),
                     "neighbours": float(neighbours.mean()), "neighbour_pairs": int(near.sum())})
    return {"rows": rows, "copies": len(spun)}


def markdown(r: dict[str, Any]) -> str:
    table = md_table(
        ["articles", "sentence bits", "mean-vector bits", "spun copies found by sentence bands (mean / worst)",
         "10th-nearest mean-vector pairs found"],
        [[f"{x['articles']:,}", x["sentence_bits"], x["doc_bits"],
          f"{fmt(x['copies_mean'])} / {fmt(x['copies_worst'])}", fmt(x["neighbours"], 2)] for x in r["rows"]],
    )
    return f"{r['copies']} spun copies; plan from 600 BBC articles, measured on 300 others.\n\n{table}"


def main(argv: list[str] | None = None) -> None:
    suite_main(run, markdown, __doc__, "the same (no quick version)", argv)


if __name__ == "__main__":
    main()
