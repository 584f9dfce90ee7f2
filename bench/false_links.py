"""False links among unrelated pages: the AEB and trafilatura_eval pages (many sites, many languages, no two
telling one story on purpose) indexed together as ``unspun index`` indexes them — prepared, searched in order
against a candidate index, each candidate compared by the corpus engine. Every link between pages of two
different sites is a false one (pages of one site may share boilerplate: counted apart). Reports candidates,
links by relation, and the comparisons' CPU seconds.

``python -m bench.false_links [--aeb N] [--trafilatura N] [--cache FILE]``; ``--cache`` keeps the prepared
pages (extraction, segmentation, vectors, fingerprints) between runs of different comparison code.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import pickle
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bench.common import DEFAULT_SHARED, data_path, md_table

QUICK = {"aeb": 60, "trafilatura": 120}
FULL = {"aeb": 181, "trafilatura": 990}


def prepared_pages(shared: Path, sizes: dict[str, int]) -> list[Any]:
    """The pages as the indexer prepares them (``run.pool.prepare``), in a fixed order; pages without text
    are left out."""
    from bench.extraction import aeb_pages, trafilatura_eval_pages
    from unspun.model import RawRecord
    from unspun.run.pool import Hashed, Prepared, corpus_engine, prepare

    truth = json.loads((data_path(shared, "scrapinghub_aeb") / "ground-truth.json").read_text(encoding="utf-8"))
    records = [RawRecord(f"aeb/{p.key}", p.html, "html", url=truth[p.key].get("url"))
               for p in aeb_pages(shared, sizes["aeb"])]
    records += [RawRecord(f"trafilatura/{k}", p.html, "html", url=p.key)
                for k, p in enumerate(trafilatura_eval_pages(shared, sizes["trafilatura"]))]
    items = [Hashed(r, hashlib.sha1(r.content if isinstance(r.content, bytes) else r.content.encode()).hexdigest())
             for r in records]
    engine = corpus_engine()
    return [p for p in prepare(items, engine) if isinstance(p, Prepared)]


def site_of(url: str | None) -> str:
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.")


def indexed_links(prepared: list[Any]) -> tuple[list[tuple[int, int, Any]], int, float]:
    """(earlier, later, verdict) of every compared candidate pair, searched in order as the indexer searches;
    the number of candidate pairs, and the comparisons' CPU seconds."""
    from unspun.config import DEFAULT_SETTINGS
    from unspun.corpus.candidates import CandidateIndex
    from unspun.run.indexer import as_stored
    from unspun.run.pool import CompareTask, compare_task, corpus_engine

    engine = corpus_engine()
    index = CandidateIndex(DEFAULT_SETTINGS.candidates)
    sides = [as_stored(p) for p in prepared]
    worth = _worth_comparing(prepared)
    found: list[tuple[int, int, Any]] = []
    pairs = 0
    cpu = 0.0
    for pk, p in enumerate(prepared):
        candidates = index.query(p.fp, exclude=frozenset({pk}))
        index.add([(pk, p.fp.stored)])
        pairs += len(candidates)
        others = [c.pk for c in candidates if worth(c.bands, pk, c.pk)]
        started = time.process_time()
        verdicts = compare_task(CompareTask(sides[pk], tuple(sides[o] for o in others)), engine)
        cpu += time.process_time() - started
        found += [(o, pk, v) for o, v in zip(others, verdicts, strict=True)]
    return found, pairs, cpu


def _worth_comparing(prepared: list[Any]) -> Any:
    """The indexer's test of which candidates it compares (``corpus.candidates.worth_comparing``); every
    candidate in a tree without it (a base tree measured for comparison)."""
    try:
        from unspun.corpus.candidates import worth_comparing
        from unspun.text.language import reads_as_english
    except ImportError:
        return lambda bands, a, b: True
    from unspun.config import DEFAULT_SETTINGS

    english = [reads_as_english(p.article.text, DEFAULT_SETTINGS.text) for p in prepared]
    return lambda bands, a, b: worth_comparing(bands, english[a], english[b])


def summary(prepared: list[Any], found: list[tuple[int, int, Any]]) -> dict[str, Any]:
    from unspun.run.indexer import KEPT_RELATIONS

    sites = [site_of(p.article.url) for p in prepared]
    links = [(a, b, v) for a, b, v in found if v.relation in KEPT_RELATIONS]
    across = [(a, b, v) for a, b, v in links if sites[a] != sites[b]]
    return {
        "pages": len(prepared),
        "sites": len(set(sites)),
        "compared": len(found),
        "links": len(links),
        "links_across_sites": len(across),
        "by_relation": dict(collections.Counter(v.relation for _, _, v in links)),
        "across_by_relation": dict(collections.Counter(v.relation for _, _, v in across)),
        "examples": [(prepared[a].article.id, prepared[b].article.id, v.relation, v.coverage_a, v.coverage_b)
                     for a, b, v in across[:12]],
    }


def run(shared: Path, sizes: dict[str, int], cache: Path | None = None) -> dict[str, Any]:
    if cache is not None and cache.is_file():
        prepared = pickle.loads(cache.read_bytes())
    else:
        prepared = prepared_pages(shared, sizes)
        if cache is not None:
            cache.write_bytes(pickle.dumps(prepared))
    found, pairs, cpu = indexed_links(prepared)
    return {**summary(prepared, found), "candidates": pairs, "compare_cpu_s": round(cpu, 1)}



def report(result: dict[str, Any]) -> str:
    rows = [[result["pages"], result["sites"], result["candidates"], result["compared"], result["links"],
             result["links_across_sites"], result["compare_cpu_s"]]]
    table = md_table(["pages", "sites", "candidate pairs", "compared", "links", "links across sites",
                      "compare CPU s"], rows)
    return f"{table}\n\nlinks by relation: {result['by_relation']}; across sites: {result['across_by_relation']}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aeb", type=int, default=QUICK["aeb"])
    parser.add_argument("--trafilatura", type=int, default=QUICK["trafilatura"])
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    result = run(DEFAULT_SHARED, {"aeb": args.aeb, "trafilatura": args.trafilatura}, args.cache)
    print(report(result))
    for example in result["examples"]:
        print(example)


if __name__ == "__main__":
    main()
