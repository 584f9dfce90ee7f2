"""Traces served by processes of their own: a long-running caller (``unspun serve``) hands whole traces to
``TracePool``, whose processes each hold a ``Tracer``.

A trace is Python work from end to end (segmenting the query, candidate search, a dozen pair comparisons), so
threads in one process take turns under the GIL however many engines they hold; processes run on every core.
Each process opens the store read-only in spirit (it never writes), keeps the candidate index of the store's
current generation and an engine with its own memos; a trace reads the store in one snapshot, as
``trace_article`` does in-process, so its answer is the library call's. Processes start with forkserver (a
fresh interpreter, never a fork of a process holding faiss or SQLite state) and load the models and the index
before the first request, not inside it.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from unspun.config import DEFAULT_SETTINGS, Settings
from unspun.corpus.candidates import CandidateIndex
from unspun.errors import WorkerError
from unspun.model import Article
from unspun.pair.engine import PairEngine
from unspun.run.indexer import TraceResult, trace_article
from unspun.run.pool import end_with, one_thread_numerics
from unspun.store.candidate_index import load_index
from unspun.store.sqlite import Store


class Tracer:
    """One process's trace state: the store at ``db`` (opened on first use, kept open), its candidate index as of
    the generation it was loaded at (reloaded when an ``index`` run commits), and an engine of its own (static
    vectors, as the indexer compares). Used by one thread at a time."""

    def __init__(self, db: Path, settings: Settings = DEFAULT_SETTINGS) -> None:
        self.db, self.settings = Path(db), settings
        self.engine = PairEngine(settings, precise=False)
        self._store: Store | None = None
        self._index: CandidateIndex | None = None
        self._generation: int | None = None

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def warm(self) -> None:
        """Load the models, the lexicons and the candidate index now (before the first request)."""
        self.engine.warm()
        store = self.store()
        with store.snapshot():
            self.index(store)

    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.db, create=False)
        return self._store

    def index(self, store: Store) -> CandidateIndex:
        """The candidate index of ``store``'s generation (call inside a snapshot, as ``trace_article`` wants)."""
        generation = store.generation()
        if self._index is None or generation != self._generation:
            self._index, self._generation = load_index(store, self.settings), generation
        return self._index

    def trace(self, article: Article) -> TraceResult:
        """``trace_article`` of ``article`` against the store as it is now."""
        store = self.store()
        with store.snapshot():
            return trace_article(store, article, self.index(store), self.engine)


class TracePool:
    """``processes`` processes, each with a ``Tracer`` of the store at ``db``; ``trace`` sends a whole trace to
    whichever is free (callers in several threads wait for their own answers)."""

    def __init__(self, db: Path, settings: Settings = DEFAULT_SETTINGS, processes: int = 2) -> None:
        if processes < 1:
            raise ValueError(f"a trace pool needs at least one process, got {processes}")
        self.db, self.settings, self.processes = Path(db), settings, processes
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        self._pool = ProcessPoolExecutor(processes, mp_context=context, initializer=_start_tracer,
                                         initargs=(self.db, settings, os.getpid()))

    def __enter__(self) -> TracePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> TracePool:
        """Start every process now and wait until each has loaded its models and index. One submission per
        process: the executor starts a new process for a submission that finds none idle."""
        warming: list[Future] = [self._pool.submit(_process_id) for _ in range(self.processes)]
        for future in warming:
            _answer(future)
        return self

    def trace(self, article: Article) -> TraceResult:
        return _answer(self._pool.submit(_trace_in_process, article))

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _answer(future: Future):  # -> the future's result
    try:
        return future.result()
    except BrokenProcessPool:
        raise WorkerError("a trace process died (out of memory?); restart the server") from None


# --- inside a trace process ----------------------------------------------------------------------------------

_tracer: Tracer | None = None  # this process's tracer (a process serves one store with one set of settings)


def _start_tracer(db: Path, settings: Settings, owner: int) -> None:
    global _tracer
    end_with(owner)  # a SIGKILLed server leaves no trace process behind
    # One process per core: tokenizer and BLAS thread pools beside them would oversubscribe the cores.
    os.environ["TOKENIZERS_PARALLELISM"] = "false"
    one_thread_numerics().__enter__()  # for the process's whole life
    _tracer = Tracer(db, settings)
    with contextlib.suppress(Exception):  # a store that cannot be read yet fails the first trace, with its message
        _tracer.warm()
    # The models, lexicons and candidate index just loaded live as long as the process: the cyclic collector
    # need not walk them again (its full collections took 7 of a trace's 59 ms of CPU on the 100k store), and a
    # trace allocates many short-lived tuples, so collections come less often (1 ms: bench/RESULTS.md, Web).
    gc.freeze()
    gc.set_threshold(*settings.index.gc_thresholds)


def _process_id() -> int:
    return os.getpid()


def _trace_in_process(article: Article) -> TraceResult:
    assert _tracer is not None, "started by TracePool"
    return _tracer.trace(article)
