"""The store under stress: ``index`` killed at chosen points and resumed (the short version of
``bench/reliability.py``), a second indexer and readers during a run, a full disk, a read-only store."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from unspun.cli.main import main
from unspun.errors import StoreWriteError
from unspun.ingest.read import iter_records
from unspun.model import RawRecord
from unspun.pair.engine import PairEngine
from unspun.run.indexer import Hashed, content_hash, index_articles, index_paths
from unspun.run.pool import corpus_engine
from unspun.store.sqlite import Store
from unspun.store.stories import build_stories

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
BATCH = 2
TABLES = (
    "SELECT pk, id, version, content_hash, title, text, spin FROM articles ORDER BY pk",
    "SELECT a, b, relation, direction, confidence, coverage_a, coverage_b, evidence FROM pairs ORDER BY a, b",
    "SELECT id, origin, articles FROM stories ORDER BY id",
    "SELECT * FROM fingerprints ORDER BY article",
    "SELECT * FROM sentence_vectors ORDER BY article",
)


@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture articles as a feed, then a stealth edit of the first under its id (a second version)."""
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    names = sorted(p.name for p in CORPUS.glob("*.txt"))
    lines = [json.dumps({"id": name, "text": (CORPUS / name).read_text()}) for name in names]
    harbour = (CORPUS / "harbour_original.txt").read_text().replace("forty homes", "sixty homes")
    lines.append(json.dumps({"id": "harbour_original.txt", "text": harbour}))
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture(scope="module")
def reference(feed: Path, tmp_path_factory: pytest.TempPathFactory) -> list[list[tuple]]:
    db = tmp_path_factory.mktemp("reference") / "ref.db"
    summary = index_paths([str(feed)], db, batch=BATCH, workers=1)
    assert (summary.added, summary.new_versions) == (8, 1) and summary.pairs >= 4
    _stories(db)
    return _rows(db)


@pytest.mark.parametrize(
    ("command", "point", "workers"),
    [("index", "search:3", 1), ("index", "write:2", 1), ("index", "extract:2", 2), ("stories", "stories:1", 1)],
)
def test_a_run_killed_at_any_point_resumes_to_the_uninterrupted_rows(
    command: str, point: str, workers: int, feed: Path, reference: list[list[tuple]], tmp_path: Path
) -> None:
    db = tmp_path / "c.db"
    settings = tmp_path / "workers.toml"
    settings.write_text("[index]\npool_after_articles = 1\ncompare_group_articles = 1\n")
    if command == "index":
        args = [str(feed), "--db", str(db), "--batch-size", str(BATCH), "--workers", str(workers),
                "--settings", str(settings)]
    else:  # stories of a whole store, killed before they are saved
        index_paths([str(feed)], db, batch=BATCH, workers=1)
        args = ["--db", str(db)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "UNSPUN_CRASH_AT": point}
    log = tmp_path / "stderr.txt"
    with log.open("w") as err:  # a file, not a pipe: worker processes outlive a SIGKILLed indexer
        killed = subprocess.Popen([sys.executable, "-m", "unspun", command, *args], env=env,
                                  stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        returncode = killed.wait(timeout=120)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(killed.pid, signal.SIGKILL)  # its orphaned workers, if any
    assert returncode == -signal.SIGKILL, log.read_text()
    assert _rows(db) != reference
    index_paths([str(feed)], db, batch=BATCH, workers=1)  # the resumed run, in this process
    _stories(db)
    assert _rows(db) == reference
    with Store(db) as store:
        assert store.integrity_ok()


def test_a_second_indexer_stops_at_once_with_one_line(feed: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.db"
    index_paths([str(CORPUS / "orchard_original.txt")], db)
    with Store(db) as first, first.writer_lock():
        assert main(["index", str(feed), "--db", str(db)]) == 4
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "being indexed by another process" in err[0]
    with Store(db) as store:
        assert store.count() == 1


def test_readers_see_one_commit_while_a_batch_is_written(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    index_paths([str(CORPUS / "harbour_original.txt"), str(CORPUS / "orchard_original.txt")], db)
    with Store(db, create=False) as reader, reader.snapshot():
        seen = (reader.count(), len(reader.pairs()), reader.generation())
        index_paths([str(CORPUS / "harbour_trimmed.txt"), str(CORPUS / "harbour_spun.txt")], db)
        assert (reader.count(), len(reader.pairs()), reader.generation()) == seen
        assert len(list(reader.fingerprints())) == seen[0]
    with Store(db, create=False) as reader:
        assert reader.count() == 4 and len(reader.pairs()) > seen[1]
    # stories and trace while another process holds the writer lock (an index at work) still answer
    with Store(db) as writer, writer.writer_lock():
        assert main(["stories", "--db", str(db), "--format", "json"]) == 0
        assert main(["trace", str(CORPUS / "harbour_trimmed.txt"), "--db", str(db), "--format", "json"]) == 0


def test_a_full_disk_stops_in_one_line_and_the_run_resumes_after(
    feed: Path, reference: list[list[tuple]], tmp_path: Path
) -> None:
    db, start = tmp_path / "c.db", tmp_path / "start.jsonl"
    start.write_text("".join(feed.read_text().splitlines(keepends=True)[:3]))
    index_paths([str(start)], db, batch=BATCH, workers=1)
    engine = corpus_engine()
    with Store(db) as store, store.writer_lock():
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages + 6}")  # room for a batch, not for the rest
        with pytest.raises(StoreWriteError, match="the disk is full") as full:
            index_articles(store, _items(feed, engine), engine=engine, batch=BATCH, workers=1)
    assert "\n" not in str(full.value) and "run the same command again" in str(full.value)
    with Store(db) as store:
        assert 3 <= store.count() < len(reference[0]) and store.integrity_ok()
    index_paths([str(feed)], db, batch=BATCH, workers=1)
    _stories(db)
    assert _rows(db) == reference


def test_a_read_only_store_is_read_and_refuses_writes_in_one_line(
    feed: Path, reference: list[list[tuple]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with _read_only_folder(tmp_path, feed) as (folder, make_writable):
        db = folder / "c.db"
        assert main(["trace", str(CORPUS / "harbour_trimmed.txt"), "--db", str(db), "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out)["matches"]
        assert main(["index", str(feed), "--db", str(db)]) == 4
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "read-only" in err[0]
        make_writable()
        index_paths([str(feed)], db, batch=BATCH, workers=1)
        _stories(db)
        assert _rows(db) == reference


# --- helpers ----------------------------------------------------------------------------------------------


def _items(feed: Path, engine: PairEngine) -> Iterator[Hashed]:
    for record in iter_records([str(feed)], engine.config):
        assert isinstance(record, RawRecord)
        yield Hashed(record, content_hash(record))


def _stories(db: Path) -> None:
    with Store(db) as store:
        build_stories(store)


def _rows(db: Path) -> list[list[tuple]]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
        return [con.execute(sql).fetchall() for sql in TABLES]


@contextlib.contextmanager
def _read_only_folder(tmp_path: Path, feed: Path) -> Iterator[tuple[Path, Callable[[], object]]]:
    """A folder with a store of the feed's first four articles that this process cannot write: file modes for
    a user, a filesystem remounted read-only for root (skipped where it cannot mount)."""
    source, start = tmp_path / "source", tmp_path / "start.jsonl"
    source.mkdir()
    start.write_text("".join(feed.read_text().splitlines(keepends=True)[:4]))
    index_paths([str(start)], source / "c.db", batch=BATCH, workers=1)
    if os.geteuid() != 0:
        os.chmod(source / "c.db", 0o444)
        os.chmod(source, 0o555)

        def writable() -> None:
            os.chmod(source, 0o755)
            os.chmod(source / "c.db", 0o644)

        try:
            yield source, writable
        finally:
            writable()
        return
    folder = tmp_path / "mounted"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)], capture_output=True,
                      check=False).returncode != 0:
        pytest.skip("root without mount: a read-only store cannot be made here")
    try:
        for path in source.iterdir():
            shutil.copy(path, folder / path.name)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder, lambda: subprocess.run(["mount", "-o", "remount,rw", str(folder)], check=True)
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True, check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)
