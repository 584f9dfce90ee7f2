"""The trace screen, measured: what the screen reads of each candidate a trace compares, beside the verdict the full
comparison gave it, and whether traces with the screen answer as traces without it.

For every query, a trace with the screen off records each candidate's evidence (its best static sentence cosines,
candidate search's scores) and its verdict's relation; a trace with the screen on then gives its ``trace_dict``,
compared with the first's. Sources:

- ``--db STORE --bbc FIRST:COUNT --spin RATE``: spun copies of BBC articles (``bench.corpus``'s spinner, seed 900 + k
  as ``bench.trace_cpu`` sends them) traced against a store (e.g. ``bench.corpus.large_store``'s);
- ``--db STORE --stored``: every article of a store traced as it is stored (its own version left out), e.g. the
  newsroom fixture's or a corpus suite's store;
- ``--pairs relations-train|relations-test|human|summaries-train|summaries-test``: pairs compared one by one (no
  candidate search: a harder test than a trace's), each with its verdict and the screen's closest cosine.

    PYTHONPATH=src:. python -m bench.trace_screen --db s10k.db --bbc 0:300 --spin 0.6 --out fit.jsonl

Each line of ``--out``: one candidate (source, query, relation, evidence); the summary line says how many
derived candidates the screen would have dropped, and how many answers differ (bench/RESULTS.md, "Web: unspun
serve", 2026-12-04 night).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from bench.common import DEFAULT_SHARED


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--pairs", help="relations-train, relations-test, human, summaries-train, summaries-test")
    parser.add_argument("--bbc", help="FIRST:COUNT spun BBC articles as queries")
    parser.add_argument("--spin", type=float, default=0.6)
    parser.add_argument("--stored", action="store_true", help="trace every stored article")
    parser.add_argument("--prefix", default="", help="with --stored: only articles whose id starts so")
    parser.add_argument("--limit", type=int, help="with --stored: at most this many articles, the first stored")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--label", default="")
    parser.add_argument("--bar", type=float, help="the screen's cosine (default: index.trace_screen_cosine's "
                        "default; a store's saved settings are not read for it)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args()
    if args.pairs:
        rows = pair_rows(args.pairs, args.shared)
        args.out.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        print(json.dumps(summary(rows, [], 0, len(rows))))
        return
    queries = _bbc_queries(args) if args.bbc else _stored_queries(args.db, args.prefix, args.limit)
    rows, differences, screened = screen_run(args.db, queries, args.label or args.db.name, args.bar)
    with args.out.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row) + "\n")
    print(json.dumps(summary(rows, differences, screened, len(queries))))


def _bbc_queries(args: argparse.Namespace) -> list[Any]:
    from bench.corpus import _spinner, bbc_texts
    from unspun.ingest.extract import extract_record
    from unspun.model import RawRecord

    first, count = (int(x) for x in args.bbc.split(":"))
    texts, spinner = bbc_texts(args.shared), _spinner(args.shared)
    return [extract_record(RawRecord(f"q{k}", spinner.spin(texts[k], args.spin, 900 + k).text))
            for k in range(first, first + count)]


def _stored_queries(db: Path, prefix: str = "", limit: int | None = None) -> list[Any]:
    from unspun.store.sqlite import Store

    with Store(db, create=False) as store:
        found = [a for a in (store.article(pk) for pk, _ in store.fingerprints()) if a.id.startswith(prefix)]
    return found[:limit]


def screen_run(db: Path, queries: list[Any], label: str, bar: float | None = None
               ) -> tuple[list[dict[str, Any]], list[str], int]:
    """Each query traced with the screen off (its candidates' evidence and relations recorded) and on, at ``bar``
    (default: ``index.trace_screen_cosine``'s default, whatever the store saved)."""
    import dataclasses

    import numpy as np

    from unspun.config import IndexConfig
    from unspun.corpus.candidates import CandidateIndex
    from unspun.pair.engine import PairEngine
    from unspun.run import indexer
    from unspun.run.indexer import trace_article, trace_dict
    from unspun.store.candidate_index import load_index, store_settings
    from unspun.store.sqlite import Store

    rows: list[dict[str, Any]] = []
    recorded, searched = indexer._verdicts, CandidateIndex.query
    found: list[Any] = []

    def searching(self: Any, fp: Any, exclude: frozenset[int] = frozenset()) -> list[Any]:
        found[:] = searched(self, fp, exclude)
        return list(found)

    def recording(query: Any, sides: list[Any], engine: Any, pool: Any) -> list[Any]:
        verdicts = recorded(query, sides, engine, pool)
        for candidate, side, verdict in zip(found, sides, verdicts, strict=True):
            cosines = np.asarray(query.vectors, np.float32) @ np.asarray(side.vectors, np.float32).T
            rows.append({"source": label, "query": query.seg.article.id, "candidate": side.seg.article.id,
                         "relation": verdict.relation, "bands": candidate.bands,
                         "matched": candidate.matched_sentences, "doc_cosine": candidate.doc_cosine,
                         "score": candidate.score, "sentences": list(cosines.shape),
                         "best_query": _top(cosines.max(axis=1, initial=-1.0)),
                         "best_candidate": _top(cosines.max(axis=0, initial=-1.0))})
        return verdicts

    differences, screened = [], 0
    with Store(db, create=False) as store:
        settings = store_settings(store)
        off = settings.replace(index=dataclasses.replace(settings.index, trace_screen=False))
        cosine = IndexConfig().trace_screen_cosine if bar is None else bar
        on = settings.replace(index=dataclasses.replace(settings.index, trace_screen=True,
                                                        trace_screen_cosine=cosine))
        engine_off, engine_on = PairEngine(off, precise=False), PairEngine(on, precise=False)
        index = load_index(store, settings)
        for query in queries:
            indexer._verdicts, CandidateIndex.query = recording, searching  # type: ignore[method-assign]
            try:
                before = trace_article(store, query, index, engine_off)
            finally:
                indexer._verdicts, CandidateIndex.query = recorded, searched  # type: ignore[method-assign]
            after = trace_article(store, query, index, engine_on)
            screened += after.screened_out
            if json.dumps(trace_dict(before)) != json.dumps(trace_dict(after)):
                differences.append(query.id)
    return rows, differences, screened


def pair_rows(which: str, shared: Path) -> list[dict[str, Any]]:
    """Each pair of ``which`` compared as a trace compares (the corpus engine, first side as the query), with the
    highest static cosine between their sentences."""
    from unspun.corpus.screen import closest_cosine
    from unspun.ingest.segment import segment
    from unspun.pair.engine import PairEngine

    engine = PairEngine(precise=False)
    rows = []
    for name, a, b, truth in _pairs(which, shared, engine):
        sa, sb = segment(a, engine.config), segment(b, engine.config)
        verdict = engine.compare_segmented(sa, sb, details=False).verdict
        va, vb = engine.static.encode(sa.sentence_texts()), engine.static.encode(sb.sentence_texts())
        rows.append({"source": which, "query": name, "candidate": "", "truth": truth, "relation": verdict.relation,
                     "bands": 0, "sentences": [len(va), len(vb)], "closest": round(closest_cosine(va, vb), 4)})
    return rows


def _pairs(which: str, shared: Path, engine: Any) -> list[tuple[str, Any, Any, str]]:
    from unspun.model import Article

    if which.startswith("relations"):
        from bench.relations import articles_of, basil_split, synthetic_split

        part = "test" if which.endswith("test") else "train"
        pairs = [*getattr(synthetic_split(shared, False), part), *getattr(basil_split(shared, False), part)]
        return [(p.id, *articles_of(p), p.relation) for p in pairs]
    if which == "human":
        from bench.human_pairs import FOLDER, truth_pairs

        return [(t["id"] + order, *(engine.extract(FOLDER / t[x]) for x in sides), "/".join(t["relation"]))
                for t in truth_pairs() for order, sides in (("ab", "ab"), ("ba", "ba"))]
    from bench.spinner import Spinner
    from bench.summaries import build_cases

    cases = build_cases(shared, which.endswith("test"), 200, Spinner(shared))
    return [(c.base_id, Article(f"{c.base_id}/summary", c.summary),
             Article(f"{c.base_id}/source", c.source, title=c.source_title), "summary") for c in cases]


def _top(best: Any, count: int = 6) -> list[float]:
    return [round(float(x), 4) for x in sorted(best.tolist(), reverse=True)[:count]]


def summary(rows: list[dict[str, Any]], differences: list[str], screened: int, queries: int) -> dict[str, Any]:
    from unspun.model import DERIVED_RELATIONS

    derived = [r for r in rows if r["relation"] in DERIVED_RELATIONS]
    return {
        "queries": queries,
        "candidates": len(rows),
        "relations": dict(Counter(r["relation"] for r in rows)),
        "derived": len(derived),
        "screened_out": screened,
        "answers_differing": len(differences),
        "differing": differences[:20],
    }


if __name__ == "__main__":
    main()
