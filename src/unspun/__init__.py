"""unspun: text reuse and provenance for news.

Public API (imports are lazy so that ``import unspun`` stays cheap)::

    unspun.extract(source) -> Article
    unspun.compare(a, b) -> Comparison            # a, b: paths, RawRecords or Articles
    unspun.index(paths, db) -> IndexSummary       # a corpus store (SQLite)
    unspun.trace(source, db) -> TraceResult       # an article's sources and copies in a store
    unspun.stories(db) -> list[Story]
    unspun.segment(article) -> Segmented

Each takes an optional ``PairEngine`` (settings, encoder, memos) or ``Settings``. The data model lives in
``unspun.model``; every threshold in the settings tree of ``unspun.config``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from unspun.model import (
    Alignment,
    Article,
    Change,
    Comparison,
    RawRecord,
    Removed,
    Segmented,
    Span,
    Story,
    Verdict,
)

__version__ = "0.1.0"
__all__ = [
    "Alignment", "Article", "Change", "Comparison", "PairEngine", "RawRecord", "Removed", "Segmented", "Settings",
    "Span", "Story", "Verdict", "compare", "extract", "index", "load_settings", "segment", "stories", "trace",
]

if TYPE_CHECKING:
    from unspun.api import compare, extract, index, stories, trace
    from unspun.config import Settings, load_settings
    from unspun.ingest.segment import segment
    from unspun.pair.engine import PairEngine

_LAZY = {
    "compare": "unspun.api",
    "extract": "unspun.api",
    "index": "unspun.api",
    "trace": "unspun.api",
    "stories": "unspun.api",
    "segment": "unspun.ingest.segment",
    "PairEngine": "unspun.pair.engine",
    "Settings": "unspun.config",
    "load_settings": "unspun.config",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'unspun' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
