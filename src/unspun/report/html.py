"""Article text as HTML with aligned passages and changes marked: what the pages of ``unspun.web.pages`` (the
Compare and pair pages of ``serve`` and ``report``, and ``unspun compare --html``) show side by side.

Article text is hostile input (it comes from the web): everything from an article goes through ``escape``.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from html import escape

from unspun.model import Span


def highlighted(text: str, passages: Sequence[tuple[Span, str, str]],
                marks: Sequence[tuple[Span, str, str]]) -> str:
    """``text`` escaped, with passage spans wrapped in coloured spans and mark spans in ``<mark>``.

    Spans may overlap (a summary sentence can align with two passages), so the text is cut at every span
    boundary and each piece is wrapped by the first passage and first mark that cover it.
    """
    cuts = sorted({0, len(text)} | {p for span, _, _ in [*passages, *marks] for p in (span.start, span.end)})
    out = []
    for start, end in itertools.pairwise(cuts):
        piece = escape(text[start:end])
        mark = _covering(marks, start, end)
        if mark is not None:
            piece = f"<mark class='{mark[1]}' title='{escape(mark[2], quote=True)}'>{piece}</mark>"
        passage = _covering(passages, start, end)
        if passage is not None:
            piece = f"<span class='{passage[1]}' data-al='{passage[2]}'>{piece}</span>"
        out.append(piece)
    return "".join(out)


def _covering(spans: Sequence[tuple[Span, str, str]], start: int, end: int) -> tuple[Span, str, str] | None:
    return next((s for s in spans if s[0].start <= start and end <= s[0].end), None)
