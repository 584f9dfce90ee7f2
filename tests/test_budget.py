"""budget: one record's work is stopped when it takes too long or too much memory; other work is untouched."""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
import time

import pytest

from unspun.errors import InputError, RecordLimitError
from unspun.ingest.extract_lines import classify_lines
from unspun.run.budget import TICK_SECONDS, Budget, within_budget

ONE_WORD_LINES = "word\n" * 400_000  # 2 MB: the line classifier takes ~15 s and ~150 MB over it


def test_a_record_over_its_time_budget_is_stopped_soon_after() -> None:
    started = time.monotonic()
    with pytest.raises(RecordLimitError, match=r"^lines\.txt: took over 0\.5 s .*limits\.record_seconds") as caught:
        within_budget(Budget(0.5, 2**40), "lines.txt", lambda: classify_lines(ONE_WORD_LINES))
    assert 0.5 <= time.monotonic() - started < 3.0
    assert isinstance(caught.value, InputError)  # a batch skips it like any other bad record


def test_a_record_over_its_memory_budget_is_stopped() -> None:
    with pytest.raises(RecordLimitError, match=r"needed over 40 MB of memory .*limits\.record_memory_mb"):
        within_budget(Budget(60.0, 40 * 2**20), "lines.txt", lambda: classify_lines(ONE_WORD_LINES))


def test_an_except_exception_in_the_work_cannot_swallow_the_stop() -> None:
    def stubborn() -> None:
        while True:
            with contextlib.suppress(Exception):  # what a careless library does
                time.sleep(0.01)

    with pytest.raises(RecordLimitError):
        within_budget(Budget(0.2, 2**40), "page.html", stubborn)


def test_work_within_budget_returns_and_nothing_arrives_later() -> None:
    assert within_budget(Budget(0.2, 2**40), "ok", lambda: sum(range(1000))) == 499500
    # a record that ends just as its budget runs out, then work that must not be interrupted afterwards
    for _ in range(5):
        with contextlib.suppress(RecordLimitError):
            within_budget(Budget(0.1, 2**40), "edge", lambda: time.sleep(0.1))
    time.sleep(TICK_SECONDS * 6)
    assert sum(range(10)) == 45


def test_a_thread_other_than_the_main_one_is_bounded_too() -> None:
    errors: list[BaseException] = []

    def job() -> None:
        try:
            within_budget(Budget(0.3, 2**40), "upload.txt", lambda: classify_lines(ONE_WORD_LINES))
        except RecordLimitError as error:
            errors.append(error)

    thread = threading.Thread(target=job)
    thread.start()
    thread.join(timeout=10)
    assert not thread.is_alive() and len(errors) == 1 and "upload.txt" in str(errors[0])


def test_an_overrun_swallowed_in_a_garbage_collector_callback_still_stops_the_record_soon() -> None:
    # A profiler or test tool times the garbage collector with a callback written in Python; work that allocates
    # inside C calls enters that callback first, so an overrun lands there and Python ignores it.
    def timing_callback(phase: str, info: dict[str, int]) -> None:
        until = time.perf_counter() + 0.0003  # a slow tool: a good share of the work's time is spent in here
        while time.perf_counter() < until:
            pass

    def churn() -> None:
        while True:
            cycle: list[object] = []
            cycle.append(cycle)
            sorted(([n] for n in range(2000)), key=len)  # allocates inside one C call

    gc.callbacks.append(timing_callback)
    try:
        for _ in range(3):  # an overrun resent blindly lands in the callback again most times: over 1.5 s each
            started = time.monotonic()
            with pytest.raises(RecordLimitError, match=r"took over 0\.3 s"):
                within_budget(Budget(0.3, 2**40), "churn.txt", churn)
            assert time.monotonic() - started < 0.3 + 1.2  # at the work's next call (~0.05 s on a quiet machine)
    finally:
        gc.callbacks.remove(timing_callback)


def test_an_overrun_swallowed_in_a_destructor_stops_the_record_at_its_next_call_and_leaves_no_profiler() -> None:
    def drop_a_slow_object_then_go_on() -> None:
        class Slow:
            def __del__(self) -> None:  # the overrun lands here, and Python ignores it
                time.sleep(0.4)

        Slow()
        while True:
            sum(range(10))

    started = time.monotonic()
    with pytest.raises(RecordLimitError):
        within_budget(Budget(0.2, 2**40), "page.html", drop_a_slow_object_then_go_on)
    assert time.monotonic() - started < 0.4 + 0.5  # at the next call after the destructor, not at a resend
    assert sys.getprofile() is None
