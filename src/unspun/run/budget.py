"""Per-record budgets: the time and memory one record may take while a batch prepares it.

A watchdog thread (one per process, asleep while nothing is guarded) looks at the guarded threads every
``TICK_SECONDS``; a record over its budget gets an exception raised in its thread (``PyThreadState_SetAsyncExc``,
the way a debugger interrupts a thread), which ``within_budget`` turns into a ``RecordLimitError`` naming the
record and the budget: the batch skips it and goes on. This works in the main thread, in a web app's job
thread and in worker processes alike. The exception derives from ``BaseException``, so that a library's
``except Exception`` cannot swallow it. Python ignores an exception raised where nothing can catch it (a
garbage-collector callback, a ``__del__``), and work that allocates inside C calls enters such a callback before
its own next bytecode, often at most sends: an overrun ignored there is raised again at the work's next call
or return (``sys.unraisablehook`` sets a one-shot profile function in that thread), and one swallowed by a
library's ``except BaseException`` is sent again every ``RESEND_SECONDS`` while the record runs. It is raised
between two bytecodes: work inside one long C call (a parser on a huge document) stops when that call returns.
A worker process also takes the hard stop (``stop_process_when_stuck``): a record still running some seconds
after its overrun was sent, or holding twice its memory budget, ends the process, and the pool replaces it
(``pool.Workers``).
"""

from __future__ import annotations

import ctypes
import gc
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import CodeType, FrameType
from typing import Any, TypeVar

from unspun.config import LimitConfig
from unspun.errors import RecordLimitError

T = TypeVar("T")
TICK_SECONDS = 0.05  # how often the watchdog looks: a record overruns its budget by about this much at most
# An overrun swallowed by the work's own code is sent again after this long while the record runs.
RESEND_SECONDS = 0.25
STUCK_EXIT_CODE = 70  # a worker process's exit status when the hard stop ends it (EX_SOFTWARE)
_PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass(frozen=True, slots=True)
class Budget:
    """What one record may take: wall seconds, and growth of the process's resident memory in bytes."""

    seconds: float
    memory_bytes: int

    @classmethod
    def of(cls, limits: LimitConfig) -> Budget:
        return cls(limits.record_seconds, limits.record_memory_mb * 1024 * 1024)


def within_budget(budget: Budget, record_id: str, work: Callable[[], T]) -> T:
    """``work()``, stopped with ``RecordLimitError`` when it takes more than ``budget`` (one record's work in
    this thread at a time)."""
    guard = _Guard(threading.get_ident(), budget, time.monotonic(), resident_bytes())
    try:
        try:
            _WATCHDOG.watch(guard)
            return work()
        finally:
            _WATCHDOG.release(guard)
            _IGNORED.withdraw()
    except _Overrun:
        # The overrun may have arrived inside the ``finally`` above, before its release (or been sent again
        # while the first one unwound): release until no overrun interrupts the release itself.
        _released(guard)
        _IGNORED.withdraw()
        raise RecordLimitError(f"{record_id}: {guard.overrun}") from None


def _released(guard: _Guard) -> None:
    while True:
        try:
            _WATCHDOG.release(guard)
            return
        except _Overrun:
            continue


def stop_process_when_stuck(seconds: float) -> None:
    """In a worker process: end the process when a guarded record is still running ``seconds`` after its
    overrun was sent (stuck inside one C call), or holds twice its memory budget (growing inside one), rather
    than let it stall the batch or bring the machine's memory down. Never in a process that owns anything
    else (the indexer's store, a web app)."""
    _WATCHDOG.stop_after = seconds


def resident_bytes() -> int:
    """This process's resident memory (Linux ``/proc``; 0 elsewhere, where memory budgets are not checked)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * _PAGE_BYTES
    except (OSError, IndexError, ValueError):
        return 0


class _Overrun(BaseException):
    """Raised in a guarded thread by the watchdog; ``within_budget`` turns it into ``RecordLimitError``."""


@dataclass(slots=True)
class _Guard:
    thread: int
    budget: Budget
    started: float
    rss_started: int
    overrun: str | None = None  # the budget exceeded, once the overrun is sent
    sent_at: float = 0.0
    resent_at: float = 0.0

    def exceeded(self, now: float, rss: int) -> str | None:
        if now - self.started > self.budget.seconds:
            return f"took over {self.budget.seconds:g} s to prepare (limits.record_seconds): skipped"
        if self.rss_started and rss - self.rss_started > self.budget.memory_bytes:
            return (f"needed over {self.budget.memory_bytes // 2**20} MB of memory to prepare "
                    "(limits.record_memory_mb): skipped")
        return None

    def stuck(self, now: float, rss: int, stop_after: float) -> bool:
        """Whether the overrun has not stopped the work: still running ``stop_after`` seconds after it was sent,
        or at twice the memory budget."""
        if self.overrun is not None and now - self.sent_at > stop_after:
            return True
        return bool(self.rss_started) and rss - self.rss_started > 2 * self.budget.memory_bytes


class _Watchdog:
    """The guarded threads of this process, and the thread that stops the ones over budget."""

    def __init__(self) -> None:
        self._guards: dict[int, _Guard] = {}
        self._lock = threading.Lock()
        self._busy = threading.Event()  # set while some thread is guarded
        self._thread: threading.Thread | None = None
        self.stop_after: float | None = None  # seconds; set in worker processes (``stop_process_when_stuck``)

    def watch(self, guard: _Guard) -> None:
        _IGNORED.install_hook()
        with self._lock:
            self._guards[guard.thread] = guard
            self._busy.set()
            if self._thread is None or not self._thread.is_alive():  # a forked child has no watchdog thread
                self._thread = threading.Thread(target=self._run, name="unspun-budget", daemon=True)
                self._thread.start()

    def release(self, guard: _Guard) -> None:
        """Stop watching ``guard``'s thread; an overrun sent but not yet raised there is withdrawn."""
        with self._lock:
            if self._guards.get(guard.thread) is guard:
                del self._guards[guard.thread]
            if guard.overrun is not None:
                _send(guard.thread, None)

    def _run(self) -> None:
        while True:
            self._busy.wait()
            time.sleep(TICK_SECONDS)
            with self._lock:
                if not self._guards:
                    self._busy.clear()
                    continue
                now, rss = time.monotonic(), resident_bytes()
                for guard in self._guards.values():
                    if self.stop_after is not None and guard.stuck(now, rss, self.stop_after):
                        os._exit(STUCK_EXIT_CODE)  # the pool sees its worker die and redoes the batch without it
                    if guard.overrun is None and (reason := guard.exceeded(now, rss)) is not None:
                        guard.overrun, guard.sent_at, guard.resent_at = reason, now, now
                        _send(guard.thread, _Overrun)
                    elif guard.overrun is not None and now - guard.resent_at > RESEND_SECONDS:
                        guard.resent_at = now
                        _send(guard.thread, _Overrun)

    def over_budget(self, thread: int) -> bool:
        """Whether ``thread`` runs a guarded record whose overrun was sent."""
        with self._lock:
            guard = self._guards.get(thread)
            return guard is not None and guard.overrun is not None


class _IgnoredOverruns:
    """Raises again, in the work's own code, an overrun that Python ignored.

    ``sys.unraisablehook`` sees the ignored overrun in the guarded thread, right after the callback it landed in;
    a profile function set in that thread then raises it at the first call or return outside such a callback
    (an exception raised by a profile function propagates into the code being run). A profile function already
    there (a profiler) is put back. The hook is checked at every record because a test runner or an app may
    replace ``sys.unraisablehook`` at any time; reports of anything else go to the hook that was there."""

    def __init__(self) -> None:
        self._local = threading.local()  # the profile function each thread had before ours

    def install_hook(self) -> None:
        previous = sys.unraisablehook
        if getattr(previous, "raises_overruns_again", False):
            return

        def hook(unraisable: Any) -> None:
            if unraisable.exc_type is _Overrun and _WATCHDOG.over_budget(threading.get_ident()):
                self._local.previous = sys.getprofile()
                sys.setprofile(self._raise_outside_callbacks)
                return
            previous(unraisable)

        hook.raises_overruns_again = True  # type: ignore[attr-defined]
        _OWN_HOOK_CODES.add(hook.__code__)
        sys.unraisablehook = hook

    def withdraw(self) -> None:
        """Put back the profile function this thread had before ours, once the record has ended (Python unsets
        a profile function that raised, so it cannot put the previous one back itself)."""
        if hasattr(self._local, "previous"):
            sys.setprofile(self._local.__dict__.pop("previous"))

    def _raise_outside_callbacks(self, frame: FrameType, event: str, arg: object) -> None:
        if not _inside_ignoring_code(frame):
            raise _Overrun


def _inside_ignoring_code(frame: FrameType | None) -> bool:
    """Whether ``frame`` runs where Python ignores exceptions: in a garbage-collector callback, a ``__del__``,
    or this module's own unraisable hook."""
    ignoring = _callback_codes() | _OWN_HOOK_CODES
    while frame is not None:
        if frame.f_code in ignoring or frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
    return False


_OWN_HOOK_CODES: set[CodeType] = set()


def _callback_codes() -> set[CodeType]:
    codes = set()
    for callback in gc.callbacks:
        code = getattr(getattr(callback, "__func__", callback), "__code__", None)
        if isinstance(code, CodeType):
            codes.add(code)
    return codes


def _send(thread: int, exception: type[BaseException] | None) -> None:
    """Raise ``exception`` in ``thread`` at its next bytecode (None: withdraw one not yet raised)."""
    pending = ctypes.py_object(exception) if exception is not None else None  # None is passed as NULL
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), pending)


_WATCHDOG = _Watchdog()
_IGNORED = _IgnoredOverruns()
