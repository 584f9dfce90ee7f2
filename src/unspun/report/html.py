"""Side-by-side HTML for one pair: aligned passages coloured alike, changes marked, removed chrome folded.

Article text is hostile input (it comes from the web): everything from an article goes through ``escape``.
The page is one self-contained file with no external resources.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from html import escape

from unspun.model import Comparison, Removed, Span
from unspun.report.text import DIRECTION_WORDS, RELATION_WORDS

_PALETTE_SIZE = 8

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:12px 20px;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:19px;margin:0 0 6px}
.verdict b{font-size:16px}
.evidence{margin:6px 0 0 18px;padding:0;color:#444}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:16px;padding:16px 20px}
.col{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 16px;min-width:0}
.col h2{font-size:15px;margin:0 0 4px}
.meta{color:#666;font-size:13px;margin-bottom:8px}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
.al{border-radius:3px;cursor:pointer}
.al0{background:#dbeafe}.al1{background:#dcfce7}.al2{background:#fef3c7}.al3{background:#fce7f3}
.al4{background:#e0e7ff}.al5{background:#ccfbf1}.al6{background:#fee2e2}.al7{background:#ede9fe}
.al.hot{outline:2px solid #1d4ed8}
mark.change{background:#f87171;color:#fff;padding:0 1px;border-radius:2px}
mark.sub{background:none;border-bottom:2px dotted #b45309;color:inherit}
details{margin-top:10px;color:#555;font-size:13px}
details li{margin:2px 0}
table.changes{border-collapse:collapse;margin:0 20px 20px;background:#fff}
table.changes td,table.changes th{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
"""

# Hovering a passage outlines its counterpart; the report works without it.
_SCRIPT = """
document.querySelectorAll('.al').forEach(function(el){
  el.addEventListener('mouseenter',function(){document.querySelectorAll('[data-al="'+el.dataset.al+'"]')
    .forEach(function(x){x.classList.add('hot')})});
  el.addEventListener('mouseleave',function(){document.querySelectorAll('.hot')
    .forEach(function(x){x.classList.remove('hot')})});
});
"""


def comparison_html(c: Comparison) -> str:
    """The whole report page for one pair."""
    v = c.verdict
    title = f"unspun: {c.a.article.title or c.a.article.id} ↔ {c.b.article.title or c.b.article.id}"
    evidence = "".join(f"<li>{escape(e)}</li>" for e in v.evidence)
    header = (
        f"<header><h1>{escape(title)}</h1><div class='verdict'><b>{escape(v.relation)}</b> — "
        f"{escape(RELATION_WORDS[v.relation])}; {escape(DIRECTION_WORDS[v.direction])} "
        f"(confidence {v.confidence:.2f}; {v.coverage_a:.0%} of A reused, {v.coverage_b:.0%} of B from A)"
        f"</div><ul class='evidence'>{evidence}</ul></header>"
    )
    columns = f"<div class='cols'>{_column(c, 'a')}{_column(c, 'b')}</div>"
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"{header}{columns}{_changes_table(c)}<script>{_SCRIPT}</script></body></html>"
    )


def _column(c: Comparison, side: str) -> str:
    seg = c.a if side == "a" else c.b
    article = seg.article
    passages = [(getattr(al, side), f"al al{k % _PALETTE_SIZE}", str(k)) for k, al in enumerate(c.alignments)]
    marks = [(place[0 if side == "a" else 1], "change", ch.note) for ch in c.changes for place in ch.places]
    marks += [(getattr(s, side), "sub", "substituted word") for s in c.substitutions]
    spin = c.spin_a if side == "a" else c.spin_b
    meta = " · ".join(escape(x) for x in (article.published, article.site, *article.credits) if x)
    return (
        f"<section class='col'><h2>{side.upper()}: {escape(article.title or article.id)}</h2>"
        f"<div class='meta'>{escape(article.id)} · spin {spin:.2f}{' · ' + meta if meta else ''}</div>"
        f"<div class='text'>{highlighted(article.text, passages, marks)}</div>"
        f"{_removed_block(article.removed)}</section>"
    )


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


def _removed_block(removed: Sequence[Removed]) -> str:
    if not removed:
        return ""
    items = "".join(f"<li><i>{escape(r.reason)}</i>: {escape(r.text)}</li>" for r in removed)
    return f"<details><summary>{len(removed)} removed blocks (site chrome, repeats)</summary><ul>{items}</ul></details>"


def _changes_table(c: Comparison) -> str:
    if not c.changes:
        return ""
    rows = "".join(
        f"<tr><td>{escape(ch.kind)}</td><td>{escape(ch.a.text_of(c.a.article.text))}</td>"
        f"<td>{escape(ch.b.text_of(c.b.article.text))}</td><td>{escape(ch.note)}</td></tr>"
        for ch in c.changes
    )
    return (f"<table class='changes'><tr><th>change</th><th>in A</th><th>in B</th><th>note</th></tr>"
            f"{rows}</table>")
