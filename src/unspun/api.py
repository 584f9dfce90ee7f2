"""The library's public functions, as ``unspun.extract``, ``unspun.compare``, ``unspun.index``,
``unspun.trace`` and ``unspun.stories``: what the CLI, the web app and the Spark job call.

Each takes an optional ``PairEngine`` (settings, encoder, memos) or settings; without one, ``extract`` and
``compare`` use the defaults and the store functions the settings the store saved (given ones that would read
its results otherwise are refused: ``SettingsError``). No module of the package shares a name with these
functions, so they stay callable whatever else was imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from unspun.config import DEFAULT_SETTINGS, Settings
from unspun.model import Article, Comparison, RawRecord, Story
from unspun.pair.engine import PairEngine, default_engine

if TYPE_CHECKING:  # the corpus modules load only when a corpus function is called
    from unspun.run.indexer import IndexSummary, TraceResult

Source = str | Path | RawRecord


def extract(source: Source, settings: Settings = DEFAULT_SETTINGS) -> Article:
    """The clean article of a file path, ``-`` (stdin) or a ``RawRecord``."""
    from unspun.ingest.extract import extract as extract_article

    return extract_article(source, settings.pair, settings.html)


def compare(a: Source | Article, b: Source | Article, engine: PairEngine | None = None) -> Comparison:
    """How ``b`` relates to ``a``: relation, direction, aligned passages, what changed (MiniLM vectors unless
    ``engine`` says otherwise)."""
    return (engine or default_engine()).compare(a, b)


def index(
    paths: Sequence[str | Path], db: str | Path, engine: PairEngine | None = None, workers: int | None = None
) -> IndexSummary:
    """Add the articles under ``paths`` (files, folders, JSON Lines, WARC) to the store at ``db`` (``engine``
    default: static vectors and the settings the store saved, the defaults for a new store)."""
    from unspun.run.indexer import index_paths

    return index_paths([str(p) for p in paths], Path(db), engine, workers=workers)


def trace(source: Source | Article, db: str | Path, engine: PairEngine | None = None) -> TraceResult:
    """The stored sources and copies of one article (a path, a record or an extracted article), best first. A path
    is read as ``unspun trace`` reads it: known by the id it was indexed under, so a stored article is neither its own
    copy nor cut off from the links the store holds for it (``indexer.trace``)."""
    from unspun.run.indexer import trace as trace_path
    from unspun.run.indexer import trace_article

    if isinstance(source, (str, Path)):
        return trace_path(str(source), Path(db), engine)
    from unspun.run.pool import store_engine
    from unspun.store.candidate_index import load_index
    from unspun.store.sqlite import Store

    with Store(Path(db), create=False) as store, store.snapshot():
        engine = store_engine(store, engine)
        article = source if isinstance(source, Article) else engine.extract(source)
        return trace_article(store, article, load_index(store, engine.settings), engine)


def stories(db: str | Path, settings: Settings | None = None) -> list[Story]:
    """The store's articles clustered by event, each story with its likely origin (saved in the store too);
    ``settings`` default: those the store saved."""
    from unspun.store.candidate_index import store_settings
    from unspun.store.sqlite import Store
    from unspun.store.stories import build_stories

    with Store(Path(db), create=False) as store:
        chosen = store_settings(store, settings)
        return build_stories(store, chosen.stories, chosen.text)
