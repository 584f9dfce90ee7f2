"""unspun: text reuse and provenance for news.

Public API (imports are lazy so that ``import unspun`` stays cheap)::

    unspun.extract(path_or_record) -> Article
    unspun.compare(a, b) -> Comparison      # a, b: paths, RawRecords or Articles
    unspun.segment(article) -> Segmented

The data model lives in ``unspun.model``; thresholds in ``unspun.config``.
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
    "Alignment", "Article", "Change", "Comparison", "RawRecord", "Removed", "Segmented", "Span", "Story",
    "Verdict", "compare", "extract", "segment",
]

if TYPE_CHECKING:
    from unspun.ingest.extract import extract
    from unspun.ingest.segment import segment
    from unspun.pair.pipeline import compare


def __getattr__(name: str) -> Any:
    if name == "compare":
        from unspun.pair.pipeline import compare

        return compare
    if name == "extract":
        from unspun.ingest.extract import extract

        return extract
    if name == "segment":
        from unspun.ingest.segment import segment

        return segment
    raise AttributeError(f"module 'unspun' has no attribute {name!r}")
