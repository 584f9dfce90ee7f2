"""A test hook: ``UNSPUN_CRASH_AT=<stage>:<n>`` kills the process with SIGKILL the ``n``-th time it reaches
``stage``, so the crash tests (``bench/reliability.py``, ``tests/test_reliability_store.py``) can stop a run at a
chosen point and check that the resumed store equals an uninterrupted run's.

Stages of ``unspun index``, in the order a batch meets them: ``extract`` (a batch's articles extracted and
fingerprinted), ``search`` (one article's candidates found), ``compare`` (one group's verdicts back from the
comparisons), ``write`` (a batch's rows written, not yet committed), ``commit`` (a batch committed); of ``unspun
stories``: ``stories`` (stories clustered, not yet saved), ``saved`` (stories saved). Not for use outside tests:
without the variable a crash point is one comparison with None.
"""

from __future__ import annotations

import os
import signal

STAGES = ("extract", "search", "compare", "write", "commit", "stories", "saved")
ENV = "UNSPUN_CRASH_AT"


def _target(value: str | None) -> tuple[str, int] | None:
    if not value:
        return None
    stage, _, count = value.partition(":")
    if stage not in STAGES or not count.isdigit() or int(count) < 1:
        raise SystemExit(f"unspun: {ENV}={value}: give <stage>:<n>, a stage of {', '.join(STAGES)} and n >= 1")
    return stage, int(count)


_TARGET = _target(os.environ.get(ENV))
_seen: dict[str, int] = {}


def crash_point(stage: str) -> None:
    """Die here (SIGKILL, as ``kill -9`` would) if this is the point ``UNSPUN_CRASH_AT`` names."""
    if _TARGET is None or _TARGET[0] != stage:
        return
    _seen[stage] = _seen.get(stage, 0) + 1
    if _seen[stage] == _TARGET[1]:
        os.kill(os.getpid(), signal.SIGKILL)
