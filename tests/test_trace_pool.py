"""Traces in processes of their own (``unspun.run.trace_pool``): the same answers as the library call, and a store
that grows is traced as it is now."""

from __future__ import annotations

from pathlib import Path

from unspun.ingest.extract import extract_record
from unspun.model import Article, RawRecord
from unspun.run.indexer import index_paths, trace_article, trace_dict
from unspun.run.trace_pool import TracePool, Tracer
from unspun.store.candidate_index import load_index
from unspun.store.sqlite import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"


def _query(name: str) -> Article:
    return extract_record(RawRecord(f"query-{name}", (CORPUS / name).read_text(encoding="utf-8")))


def _library(db: Path, article: Article) -> dict[str, object]:
    with Store(db, create=False) as store, store.snapshot():
        return trace_dict(trace_article(store, article, load_index(store)))


def test_a_tracer_sees_articles_indexed_after_it_loaded_its_index(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    index_paths([str(CORPUS / "orchard_original.txt"), str(CORPUS / "library_original.txt")], db, workers=1)
    tracer = Tracer(db)
    query = _query("harbour_spun.txt")
    try:
        assert tracer.trace(query).matches == ()
        index_paths([str(CORPUS / "harbour_original.txt")], db, workers=1)
        assert [m.id for m in tracer.trace(query).matches] == ["harbour_original.txt"]
    finally:
        tracer.close()
    assert trace_dict(tracer.trace(query)) == _library(db, query)  # reopens after close


def test_pooled_traces_from_several_threads_are_the_library_calls(web_store: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    names = ["harbour_spun.txt", "harbour_trimmed.txt", "library_copy_credit.txt", "orchard_original.txt"]
    queries = [_query(n) for n in names]
    expected = [_library(web_store, q) for q in queries]
    assert any(e["matches"] for e in expected)
    with TracePool(web_store, processes=2).start() as pool, ThreadPoolExecutor(8) as threads:
        answers = list(threads.map(lambda k: trace_dict(pool.trace(queries[k % 4])), range(16)))
    assert answers == [expected[k % 4] for k in range(16)]
