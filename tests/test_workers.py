"""Worker processes: indexing in a pool stores exactly what indexing in one process stores."""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from unspun.config import DEFAULT_SETTINGS, IndexConfig, LimitConfig
from unspun.model import Article, RawRecord, Skipped
from unspun.pair.engine import PairEngine
from unspun.run import indexer as corpus
from unspun.run.pool import CompareTask, Hashed, Workers, compare_task, prepare

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
FILES = sorted(str(p) for p in CORPUS.glob("*.txt"))


def _links(db: Path) -> set[tuple[str, str, str, str]]:
    with corpus.Store(db) as store:
        ids = {m.pk: m.id for m in store.metas()}
        return {(ids[p.a], ids[p.b], p.verdict.relation, p.verdict.direction) for p in store.pairs()}


def test_a_pool_stores_the_same_links_as_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inline = corpus.index_paths(FILES, tmp_path / "inline.db", workers=1, batch=4)
    started: list[Workers] = []

    def pool_at_once(*args: object, **kwargs: object) -> Workers:
        workers = Workers(*args, **{**kwargs, "pool_after": 1})  # type: ignore[arg-type]
        started.append(workers)
        return workers

    monkeypatch.setattr(corpus, "Workers", pool_at_once)
    pooled = corpus.index_paths(FILES, tmp_path / "pooled.db", workers=2, batch=4)
    assert started and started[0].workers == 2
    assert (pooled.added, pooled.compared, pooled.pairs) == (inline.added, inline.compared, inline.pairs)
    assert _links(tmp_path / "pooled.db") == _links(tmp_path / "inline.db")
    assert any(relation == "spun_copy" for _, _, relation, _ in _links(tmp_path / "inline.db"))


def test_prepare_reports_a_record_without_article_text_and_keeps_the_rest() -> None:
    good = Article("good", (CORPUS / "harbour_original.txt").read_text(encoding="utf-8"))
    results = prepare([Hashed(RawRecord("bad", "Share this"), "h1"), Hashed(good, "h2")])
    assert isinstance(results[0], Skipped) and "bad" in results[0].reason
    ready = results[1]
    assert not isinstance(ready, Skipped)
    assert ready.vectors.shape[0] == len(ready.seg.sentences)
    assert 0.0 <= ready.spin <= 1.0
    for span in ready.seg.sentences:
        assert 0 <= span.start < span.end <= len(ready.article.text)


def test_prepare_skips_a_record_over_its_budget_saying_which_and_keeps_the_rest() -> None:
    good = Article("good", (CORPUS / "harbour_original.txt").read_text(encoding="utf-8"))
    lines = RawRecord("lines.txt", "word\n" * 400_000)  # the line classifier: ~15 s
    long_text = Article("long", "The harbour master spoke again. " * 300)  # 300 sentences
    limits = LimitConfig(record_seconds=0.5, record_sentences=200)
    engine = PairEngine(DEFAULT_SETTINGS.replace(limits=limits), precise=False)
    slow, ready, long = prepare([Hashed(lines, "h1"), Hashed(good, "h2"), Hashed(long_text, "h3")], engine)
    assert isinstance(slow, Skipped) and slow.reason.startswith("lines.txt: took over 0.5 s")
    assert isinstance(long, Skipped) and "300 sentences, over the 200" in long.reason
    assert not isinstance(ready, Skipped) and ready.article.id == "good"


@pytest.mark.parametrize("pooled", [False, True], ids=["one process", "worker processes"])
def test_a_pathological_record_cannot_stall_a_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pooled: bool
) -> None:
    (tmp_path / "lines.txt").write_text("word\n" * 400_000, encoding="utf-8")
    if pooled:
        monkeypatch.setattr(corpus, "Workers", functools.partial(Workers, pool_after=1))
    engine = PairEngine(DEFAULT_SETTINGS.replace(limits=LimitConfig(record_seconds=1.0)), precise=False)
    summary = corpus.index_paths([*FILES, str(tmp_path / "lines.txt")], tmp_path / "c.db", engine,
                                 workers=2 if pooled else 1, batch=4)
    assert summary.added == len(FILES)
    assert dict(summary.skipped) == {"took over 1 s to prepare (limits.record_seconds): skipped": 1}
    assert "skipped 1 bad record(s): 1 × took over 1 s" in summary.line()


def test_a_record_that_stops_its_worker_process_is_skipped_and_the_pool_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Parsing this page (31 MB, a million paragraphs) grows a process by ~300 MB inside one C call, which no
    # exception interrupts: over twice the 64 MB budget, the watchdog ends the worker process.
    page = "<html><body>" + "".join(f"<p>Item {k} of the list.</p>" for k in range(1_000_000)) + "</body></html>"
    (tmp_path / "list.html").write_text(page, encoding="utf-8")
    monkeypatch.setattr(corpus, "Workers", functools.partial(Workers, pool_after=1))
    engine = PairEngine(DEFAULT_SETTINGS.replace(limits=LimitConfig(record_memory_mb=64)), precise=False)
    summary = corpus.index_paths([str(tmp_path / "list.html"), *FILES], tmp_path / "c.db", engine, workers=2,
                                 batch=8)
    assert summary.added == len(FILES)
    assert [reason.split(" (")[0] for reason in summary.skipped] == ["stopped its worker process"]


def test_a_task_compares_each_candidate_with_the_new_article() -> None:
    names = ("harbour_original.txt", "harbour_spun.txt", "orchard_original.txt")
    original, spun, other = prepare([Hashed(Article(n, (CORPUS / n).read_text(encoding="utf-8")), n) for n in names])
    verdicts = compare_task(CompareTask(spun.side(), (original.side(), other.side())))  # type: ignore[union-attr]
    assert verdicts[0].relation == "spun_copy"
    assert verdicts[1].relation not in corpus.DERIVED_RELATIONS


def test_default_worker_count_is_at_least_one() -> None:
    assert Workers().workers >= 1
    assert Workers(workers=0).workers == 1
    assert functools.partial(Workers, workers=3)().workers == 3


def test_a_trace_shared_with_a_worker_finds_what_one_process_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unspun.store.candidate_index import load_index

    corpus.index_paths(FILES, tmp_path / "c.db", workers=1)
    # The query is a new article: the harbour story, lightly edited, so each stored harbour version is a match.
    text = (CORPUS / "harbour_original.txt").read_text(encoding="utf-8").replace("harbour", "harbor")
    query = Article("query", text, "Harbour wall to be inspected")
    settings = DEFAULT_SETTINGS.replace(index=IndexConfig(trace_share_min_candidates=2))
    engine = PairEngine(settings, precise=False)
    with corpus.Store(tmp_path / "c.db") as store, Workers(engine, workers=2).start() as pool:
        index = load_index(store)
        alone = corpus.trace_article(store, query, index, engine)
        shared = corpus.trace_article(store, query, index, engine, pool=pool)
        assert pool.parallel
    assert len(alone.matches) >= 3
    assert shared.matches == alone.matches


def test_worker_processes_end_when_the_indexer_is_killed(tmp_path: Path) -> None:
    """SIGKILL runs none of the indexer's clean-up: its pool (fork server, workers, resource tracker) must end
    by itself rather than hold its memory until someone finds it."""
    folder = tmp_path / "news"
    folder.mkdir()
    words = (CORPUS / "harbour_original.txt").read_text(encoding="utf-8").split()
    for k in range(150):  # enough that the run is still going once the workers are up
        start = (k * 37) % (len(words) - 60)
        (folder / f"{k:03d}.txt").write_text(" ".join(words[start:start + 60]) + ".", encoding="utf-8")
    settings = tmp_path / "settings.toml"
    settings.write_text("[index]\npool_after_articles = 8\n")
    command = [sys.executable, "-m", "unspun", "index", str(folder), "--db", str(tmp_path / "c.db"),
               "--workers", "2", "--batch-size", "8", "--settings", str(settings)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    indexer = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    _assert_pool_ends_with(indexer, workers=2, owner_name="indexer")


def test_trace_processes_end_when_the_server_is_killed(tmp_path: Path) -> None:
    """The web app's trace processes (``serve --workers``) end with the server the same way."""
    script = ("import sys, time\nfrom pathlib import Path\nfrom unspun.run.trace_pool import TracePool\n"
              "if __name__ == '__main__':\n"
              "    pool = TracePool(Path(sys.argv[1]), processes=1).start()\n"
              "    print('ready', flush=True)\n    time.sleep(120)\n")
    (tmp_path / "serve.py").write_text(script)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    server = subprocess.Popen([sys.executable, str(tmp_path / "serve.py"), str(tmp_path / "none.db")], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    _assert_pool_ends_with(server, workers=1, owner_name="server")


def _assert_pool_ends_with(owner: subprocess.Popen[Any], workers: int, owner_name: str) -> None:
    """SIGKILL ``owner`` once its pool of ``workers`` runs (and, when it prints, once it said "ready"); within
    5 s none of the pool may be left."""
    try:
        assert owner.stdout is None or owner.stdout.readline().strip() == "ready"
        pool = _wait_for_pool(owner.pid, workers=workers)
        owner.send_signal(signal.SIGKILL)
        owner.wait()
        deadline = time.monotonic() + 5
        while (alive := [pid for pid in pool if _running(pid)]) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not alive, f"{len(alive)} of the pool's {len(pool)} processes outlived the {owner_name}"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(owner.pid, signal.SIGKILL)  # whatever survived, so that a failure leaves nothing behind


def _wait_for_pool(pid: int, workers: int, timeout: float = 60) -> list[int]:
    """The descendants of ``pid`` once its pool is up: the fork server with ``workers`` workers, and the
    resource tracker."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = _descendants(pid)
        if len(found) >= workers + 2:
            return found
        time.sleep(0.05)
    pytest.fail(f"the indexer started no pool of {workers} workers within {timeout:g} s (found {found})")


def _descendants(pid: int) -> list[int]:
    try:
        children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
    return children + [d for child in children for d in _descendants(child)]


def _running(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, ended but not yet reaped by its new parent, does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
