"""Uploads indexed in the background, one at a time, with progress a page can poll.

Uploaded files are written under a folder the server owns, one numbered folder each, under the last part of
the name they were sent with, made safe (``3/feed.jsonl``; ``upload.txt`` when nothing is left): so skip
reasons and stored ids name the user's files, and nothing a user sends chooses where a file goes.
The run is ``unspun.run.indexer.index_paths`` in a thread; its summary advances batch by batch, which is what the
progress bar shows.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from unspun.config import DEFAULT_SETTINGS, Settings
from unspun.errors import UnspunError
from unspun.run.indexer import IndexSummary

_UNSAFE = re.compile(r"[^\w.\- ]+")  # kept of an upload's name: letters, digits, _ . - and spaces
_NAME_CHARS = 120


@dataclass
class Job:
    id: int
    total: int = 0
    summary: IndexSummary = field(default_factory=IndexSummary)
    error: str | None = None
    finished: bool = False
    started: float = field(default_factory=time.time)

    @property
    def running(self) -> bool:
        return not self.finished

    @property
    def done(self) -> int:
        s = self.summary
        return min(s.added + s.unchanged + sum(s.skipped.values()), self.total)

    @property
    def state(self) -> str:
        if self.error:
            return "failed"
        return f"indexed {self.done} of {self.total}" if self.running else "done"

    @property
    def line(self) -> str:
        if self.error:
            return self.error
        return self.summary.line() if self.finished else f"{self.done} of {self.total} article(s) indexed…"

    def as_dict(self) -> dict[str, object]:
        return {"schema": "unspun.job/1", "id": self.id, "running": self.running, "state": self.state,
                "done": self.done, "total": self.total, "line": self.line, "error": self.error}


class BusyError(UnspunError):
    """Another upload is being indexed (one writer at a time)."""


class Jobs:
    """The server's upload jobs for one store; at most one runs at a time."""

    def __init__(self, db: Path, settings: Settings = DEFAULT_SETTINGS, workers: int = 1) -> None:
        self.db, self.settings, self.workers = db, settings, workers
        self._lock = threading.Lock()
        self._jobs: dict[int, Job] = {}
        self._running: Job | None = None

    def get(self, job_id: int) -> Job | None:
        return self._jobs.get(job_id)

    def latest(self) -> Job | None:
        return self._jobs[max(self._jobs)] if self._jobs else None

    def start(self, uploads: list[tuple[str, bytes]]) -> Job:
        """Save ``uploads`` (original name, content) and index them in a background thread."""
        from unspun.ingest.read import iter_records

        with self._lock:
            if self._running is not None and self._running.running:
                raise BusyError(f"upload {self._running.id} is still being indexed; wait for it to finish")
            job = Job(len(self._jobs) + 1)
            folder = Path(tempfile.mkdtemp(prefix="unspun-upload-"))
            paths = [_save(folder, k, name, data) for k, (name, data) in enumerate(uploads)]
            job.total = sum(1 for _ in iter_records(paths, self.settings.pair))
            self._jobs[job.id], self._running = job, job
        threading.Thread(target=self._run, args=(job, paths, folder), name=f"unspun-job-{job.id}", daemon=True).start()
        return job

    def _run(self, job: Job, paths: list[Path], folder: Path) -> None:
        from unspun.pair.engine import PairEngine
        from unspun.run.indexer import index_paths

        try:
            # An engine of its own, tokenizers included: requests run beside this thread (same settings, same results).
            engine = PairEngine(self.settings, precise=False, own_tokenizers=True)
            index_paths([str(p) for p in paths], self.db, engine, batch=self.settings.serve.upload_batch_articles,
                        workers=self.workers, summary=job.summary)
        except UnspunError as error:
            job.error = str(error)
        except Exception as error:  # the thread must record every failure: the page is what the user sees
            job.error = f"indexing failed: {type(error).__name__}: {error}"
        finally:
            job.finished = True
            shutil.rmtree(folder, ignore_errors=True)


def _save(folder: Path, k: int, name: str, data: bytes) -> Path:
    path = folder / str(k) / upload_name(name)
    path.parent.mkdir()
    path.write_bytes(data)
    return path


def upload_name(name: str) -> str:
    """The file name an upload is saved (and so known) by: the last part of the name it was sent with, its
    unsafe characters replaced; the reader tells its format from its suffix (JSON Lines, WARC, gzip) or content."""
    last = name.replace("\\", "/").rsplit("/", 1)[-1]
    safe = _UNSAFE.sub("_", last).strip(" .")[-_NAME_CHARS:].lstrip(" .")
    return safe or "upload.txt"
