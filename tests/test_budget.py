"""budget: one record's work is stopped when it takes too long or too much memory; other work is untouched."""

from __future__ import annotations

import contextlib
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
