"""The indexer's parallel work: new records → prepared articles, and candidate pairs → verdicts.

Both steps are pure functions of their inputs, so they run the same inline or in worker processes. What stays
in the indexing process is what must be sequential: candidate search (each new article joins the index before
the next one is searched) and the store's transactions. A pool starts only once a run has seen enough
articles to repay its start-up (forkserver: a fresh interpreter, never a fork of a process holding faiss or
SQLite state); small runs and tests stay in one process. ``trace`` uses a pool only when a long-running
caller starts one (``Workers.start``) and passes it: a worker then compares half of each trace's candidates.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import functools
import gc
import multiprocessing
import os
import select
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from unspun.config import DEFAULT_SETTINGS, Settings
from unspun.corpus.fingerprint import Fingerprint
from unspun.errors import InputError, RecordLimitError, WorkerError
from unspun.model import Article, Comparison, RawRecord, Segmented, Skipped, Verdict
from unspun.pair.engine import PairEngine, default_engine
from unspun.run.budget import Budget, stop_process_when_stuck, within_budget
from unspun.store.sqlite import Store, StoredAnalysis


@dataclass(frozen=True, slots=True)
class Hashed:
    """An article to index (a raw record, or an article already extracted) and the hash that makes reruns
    skip it."""

    source: RawRecord | Article
    content_hash: str


@dataclass(frozen=True, slots=True)
class Prepared:
    """A new article ready for candidate search: segmented, fingerprinted, its sentences' static vectors."""

    article: Article
    content_hash: str
    seg: Segmented
    fp: Fingerprint
    vectors: np.ndarray  # static vector of every sentence (float32), reused by the comparisons
    spin: float | None  # ``spin_score`` (None: not scored), reused by every comparison the article takes part in

    def side(self) -> Side:
        return Side(self.seg, self.vectors, self.spin, self.fp.stored.english)

    def analysis(self) -> StoredAnalysis:
        return StoredAnalysis(self.spin, self.vectors)


@dataclass(frozen=True, slots=True)
class Side:
    """One article of a comparison and, when already computed, its sentences' static vectors."""

    seg: Segmented
    vectors: np.ndarray | None = None
    spin: float | None = None
    english: bool | None = None  # ``reads_as_english`` of its text, as its fingerprint recorded it


@dataclass(frozen=True, slots=True)
class CompareTask:
    """A new article and its candidates: each candidate is compared as (candidate, new), or as (new, candidate)
    when ``new_first`` (``trace``: the query is side A)."""

    new: Side
    others: tuple[Side, ...]
    new_first: bool = False


# --- the work ------------------------------------------------------------------------------------------


def prepare(items: Sequence[Hashed], engine: PairEngine | None = None) -> list[Prepared | Skipped]:
    """Extract (raw records), segment, embed and fingerprint ``items``, in order; a record without article
    text becomes ``Skipped`` with the one-line reason."""
    from unspun.corpus.fingerprint import fingerprint_many

    engine = engine or corpus_engine()
    out: list[Prepared | Skipped | None] = []
    segs, hashes, slots = [], [], []
    for item in items:
        try:
            seg = segmented_within_budget(item.source, engine.settings)
        except InputError as error:
            out.append(Skipped(item.source.id, str(error)))
            continue
        slots.append(len(out))
        out.append(None)
        segs.append(seg)
        hashes.append(item.content_hash)
    # One encoder call for the whole batch (its per-call cost is paid once); fingerprints reuse the vectors.
    vectors = engine.static.encode_many([seg.sentence_texts() for seg in segs])
    prints = fingerprint_many(segs, engine.static, engine.settings.fingerprint, vectors,
                              engine.settings.text)
    for slot, seg, digest, fp, own in zip(slots, segs, hashes, prints, vectors, strict=True):
        out[slot] = Prepared(seg.article, digest, seg, fp, own, engine.spin(seg))
    return [p for p in out if p is not None]


def segmented_within_budget(source: RawRecord | Article, settings: Settings) -> Segmented:
    """``source`` extracted and segmented within one record's budget (``settings.limits``); raises
    ``InputError`` for a record without article text, ``RecordLimitError`` for one over a budget."""
    from unspun.ingest.extract import extract_record
    from unspun.ingest.segment import segment

    # The store keeps no boilerplate listing: the corpus skips making it (no effect on the text).
    config, html = settings.pair, dataclasses.replace(settings.html, list_boilerplate=False)

    def work() -> Segmented:
        article = source if isinstance(source, Article) else extract_record(source, config, html)
        return segment(article, config)

    seg = within_budget(Budget.of(settings.limits), source.id, work)
    if len(seg.sentences) > settings.limits.record_sentences:
        raise RecordLimitError(
            f"{source.id}: {len(seg.sentences)} sentences, over the {settings.limits.record_sentences} of one "
            "record (limits.record_sentences): skipped"
        )
    return seg


def compare_task(task: CompareTask, engine: PairEngine | None = None) -> list[Verdict]:
    """The verdict of each (candidate, new article) pair of ``task``."""
    return [comparison.verdict for comparison in task_comparisons(task, engine)]


def task_comparisons(task: CompareTask, engine: PairEngine | None = None) -> list[Comparison]:
    """The comparison (verdict and passages, no change lists) of each (candidate, new article) pair of ``task``."""
    engine = engine or corpus_engine()
    for side in (task.new, *task.others):
        engine.remember(side.seg, side.vectors, side.spin, side.english)
    if task.new_first:
        return [engine.compare_segmented(task.new.seg, other.seg, details=False) for other in task.others]
    return [engine.compare_segmented(other.seg, task.new.seg, details=False) for other in task.others]


def corpus_engine() -> PairEngine:
    """The engine the corpus runs when given none: default settings, static vectors for alignment. On 259
    stored BBC pairs (originals + spun/trimmed/partial copies) the relation agreed with MiniLM alignment on
    95.8% (the rest: partial_reuse vs near_duplicate/spun_copy) at ~7x the speed; ``PairEngine(precise=True)``
    aligns with MiniLM."""
    return default_engine(precise=False)


def store_engine(store: Store, engine: PairEngine | None = None) -> PairEngine:
    """The engine to read or extend ``store`` with: ``engine`` when its settings agree with those the store was
    built with (else ``SettingsError``), or else the corpus engine with the store's saved settings."""
    from unspun.store.candidate_index import store_settings

    settings = store_settings(store, engine.settings if engine is not None else None)
    if engine is not None:
        return engine
    return corpus_engine() if settings == DEFAULT_SETTINGS else PairEngine(settings, precise=False)


# --- inline or in a pool --------------------------------------------------------------------------------


class Workers:
    """Runs ``prepare`` and ``compare_task`` inline, or in a process pool once a run is large enough."""

    def __init__(
        self, engine: PairEngine | None = None, workers: int | None = None, pool_after: int | None = None
    ) -> None:
        """``pool_after``: articles to see before starting processes (default: the engine's
        ``index.pool_after_articles``)."""
        self.engine = engine or corpus_engine()
        self.workers = max(1, workers if workers is not None else default_workers())
        self._pool_after = self.engine.settings.index.pool_after_articles if pool_after is None else pool_after
        self._seen = 0
        self._pool: Executor | None = None
        self._generation = 0  # pools started so far: a failed chunk knows whether the pool was replaced since

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def parallel(self) -> bool:
        """Whether work submitted now goes to worker processes."""
        return self._pool is not None

    def start(self) -> Workers:
        """Start the worker processes now (a long-running process that will submit work later)."""
        self._seen = max(self._seen, self._pool_after)
        self._pool_if_worth_it()
        return self

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def submit_prepare(self, items: Sequence[Hashed]) -> Callable[[], list[Prepared | Skipped]]:
        """Start preparing ``items``; the returned call gives the results, in order (inline: computes them)."""
        self._seen += len(items)
        pool = self._pool_if_worth_it()
        if pool is None:
            return functools.partial(prepare, list(items), self.engine)
        chunks = _chunks(list(items), self.workers * 2)
        submitted = [(chunk, self._generation, pool.submit(_prepare_in_worker, chunk)) for chunk in chunks]
        return lambda: [p for chunk, started, future in submitted for p in self._prepared(chunk, started, future)]

    def submit_compare(self, tasks: Sequence[CompareTask]) -> Callable[[], list[list[Verdict]]]:
        """Start comparing ``tasks``; the returned call gives each task's verdicts, in order."""
        pool = self._pool_if_worth_it()
        if pool is None:
            return lambda: [compare_task(task, self.engine) for task in tasks]
        future = pool.submit(_compare_in_worker, list(tasks))
        return lambda: _result(future)

    def _prepared(self, chunk: list[Hashed], generation: int, future: Future) -> list[Prepared | Skipped]:
        """A chunk's results. When a worker process died (a record ended it with the hard stop of its budget, or
        the system killed it for memory), the chunk is redone in new processes: whole when the pool was
        already replaced after another chunk's failure, else one record at a time, and the record that stops
        its process again is skipped."""
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        if generation != self._generation:
            return self._prepared(chunk, self._generation, self._live_pool().submit(_prepare_in_worker, chunk))
        self._replace_pool()
        return [p for item in chunk for p in self._alone(item)]

    def _alone(self, item: Hashed) -> list[Prepared | Skipped]:
        try:
            return self._live_pool().submit(_prepare_in_worker, [item]).result()
        except BrokenProcessPool:
            self._replace_pool()
        # Workers that cannot run even nothing (a script without a ``__main__`` guard) are no record's fault.
        _result(self._live_pool().submit(_prepare_in_worker, []))
        limits = self.engine.settings.limits
        return [Skipped(item.source.id, (
            f"{item.source.id}: stopped its worker process (still running {limits.worker_stop_seconds:g} s after "
            f"its {limits.record_seconds:g} s, or over twice its {limits.record_memory_mb} MB, or killed for "
            "memory) (limits.worker_stop_seconds): skipped"))]

    def _live_pool(self) -> Executor:
        pool = self._pool_if_worth_it()
        assert pool is not None, "only chunks sent to worker processes are redone"
        return pool

    def _replace_pool(self) -> None:
        """New worker processes in place of a pool that lost one (its other processes are ended too)."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        self._generation += 1

    def _pool_if_worth_it(self) -> Executor | None:
        if self._pool is None and self.workers > 1 and self._seen >= self._pool_after:
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
            )
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=_start_worker, initargs=(self.engine, os.getpid())
            )
        return self._pool


def _result(future: Future) -> list:
    try:
        return future.result()
    except BrokenProcessPool:
        raise WorkerError(
            "a worker process died (out of memory, or a script calling unspun without an "
            "`if __name__ == '__main__':` guard); run again: the store keeps every batch committed so far"
        ) from None


def one_thread_numerics() -> contextlib.AbstractContextManager:
    """BLAS and OpenMP limited to one thread while in use. The matrices here are small (sentences of two
    articles), so extra threads only spin; beside worker processes on every core they starve them (measured:
    index throughput 34 → 47 articles/s on 2 cores; candidate scoring 3 ms → 0.3 ms per article)."""
    return _thread_pools().limit(limits=1)


@functools.cache
def _thread_pools():  # -> threadpoolctl.ThreadpoolController
    # Finding the loaded BLAS/OpenMP libraries takes ~2 ms: once per process, not once per trace. Libraries
    # loaded after the first call are not limited; faiss, loaded lazily, limits its own threads
    # (``candidates.faiss_module``).
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _chunks(items: list, count: int) -> list[list]:
    """``items`` in at most ``count`` consecutive chunks of similar size (order kept)."""
    size = max(1, -(-len(items) // max(1, count)))
    return [items[first : first + size] for first in range(0, len(items), size)]


# --- inside a worker process ------------------------------------------------------------------------------

_worker_engine: PairEngine | None = None  # this worker process's engine: the indexer's settings, its own memos


def _start_worker(engine: PairEngine, owner: int) -> None:
    """Set up a worker process of the pool that process ``owner`` (the indexer, a web app) started."""
    global _worker_engine
    end_with(owner)
    # Each worker is one of N processes on N cores: a tokenizer thread pool per worker would oversubscribe.
    os.environ["TOKENIZERS_PARALLELISM"] = "false"
    one_thread_numerics().__enter__()  # for the worker's whole life
    _worker_engine = engine
    # Models and lexicons load now, while the indexer is still reading, not inside the first task (whose
    # budget is the record's own).
    engine.warm()
    _warm_ingest(engine)
    stop_process_when_stuck(engine.settings.limits.worker_stop_seconds)
    # The models and lexicons just loaded live as long as the worker: the cyclic collector need not walk them
    # again, and the work allocates many short-lived tuples, so collections come less often.
    gc.freeze()
    gc.set_threshold(*engine.settings.index.gc_thresholds)


def end_with(owner: int) -> None:
    """End this process when process ``owner`` ends, however it ends (a SIGKILL runs none of its clean-up, and
    a worker left behind keeps its memory, its fork server and its resource tracker alive: RESULTS.md,
    Reliability). Three ways, each enough alone where it works:

    - the kernel sends SIGKILL when this process's parent ends (Linux ``PR_SET_PDEATHSIG``); a forkserver
      worker's parent is the fork server, so it also closes its copy of the pipe end that keeps the server
      alive: the server then sees the owner's end (its only other holder) and exits;
    - a watchdog thread wakes when ``owner`` ends (a pidfd; a poll of the pid each 0.5 s where there is
      none) and exits the process: this needs no parent chain, but needs the GIL within reach."""
    parent = os.getppid()
    _kill_me_with_my_parent()
    if os.getppid() != parent:  # the parent ended before the request could take effect
        os._exit(1)
    _close_fork_server_keepalive()
    threading.Thread(target=_exit_when_gone, args=(owner,), name="unspun-owner-watch", daemon=True).start()


def _kill_me_with_my_parent() -> None:
    with contextlib.suppress(OSError, AttributeError):  # not Linux, or no libc to load
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _close_fork_server_keepalive() -> None:
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    fd = getattr(server, "_forkserver_alive_fd", None)
    if server is not None and isinstance(fd, int):  # a forkserver worker (Python's own attribute name)
        with contextlib.suppress(OSError):
            os.close(fd)
        server._forkserver_alive_fd = None


def _exit_when_gone(owner: int) -> None:
    try:
        handle = os.pidfd_open(owner)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):  # no pidfds (not Linux, or a kernel before 5.3)
        while _alive(owner):
            time.sleep(0.5)
        os._exit(1)
    select.select([handle], [], [])  # readable once ``owner`` has ended
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(OSError):  # a killed process its parent has not reaped yet is a zombie
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    return True


def _warm_ingest(engine: PairEngine) -> None:
    """Import the extractors and load the sentence splitter, on a page of one short paragraph."""
    html = "<html><body><p>The council met on Tuesday to vote on the harbour plan.</p></body></html>"
    page = RawRecord("warm-up", html, "html")
    with contextlib.suppress(InputError):
        segmented_within_budget(page, engine.settings)


def _prepare_in_worker(items: list[Hashed]) -> list[Prepared | Skipped]:
    return prepare(items, _worker_engine)


def _compare_in_worker(tasks: list[CompareTask]) -> list[list[Verdict]]:
    return [compare_task(task, _worker_engine) for task in tasks]
