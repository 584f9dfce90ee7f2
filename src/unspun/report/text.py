"""Plain-text reports for people reading a terminal."""

from __future__ import annotations

import textwrap

from unspun.model import Article, Comparison

RELATION_WORDS = {
    "duplicate": "the same text",
    "near_duplicate": "a lightly edited copy",
    "spun_copy": "a machine-spun copy",
    "rewrite": "a rewrite",
    "partial_reuse": "partly reused",
    "same_story": "the same story, written independently",
    "unrelated": "unrelated",
}
DIRECTION_WORDS = {
    "a_to_b": "B derives from A",
    "b_to_a": "A derives from B",
    "common_source": "both derive from a common source",
    "unknown": "which came first is unknown",
}


def comparison_text(c: Comparison, max_alignments: int = 12) -> str:
    v = c.verdict
    lines = [
        f"A: {_label(c.a.article)}  ({len(c.a.article.text)} chars, spin {c.spin_a:.2f})",
        f"B: {_label(c.b.article)}  ({len(c.b.article.text)} chars, spin {c.spin_b:.2f})",
        "",
        f"Verdict: {v.relation} — {RELATION_WORDS[v.relation]}; {DIRECTION_WORDS[v.direction]} "
        f"(confidence {v.confidence:.2f})",
        f"Coverage: {v.coverage_a:.0%} of A reused in B, {v.coverage_b:.0%} of B from A",
    ]
    lines += [f"  - {e}" for e in v.evidence]
    if c.alignments:
        lines += ["", f"Aligned passages ({len(c.alignments)}):"]
        for al in c.alignments[:max_alignments]:
            lines.append(f"  [{al.kind}, {al.similarity:.2f}]")
            lines.append(_indent("A", al.a.text_of(c.a.article.text)))
            lines.append(_indent("B", al.b.text_of(c.b.article.text)))
        if len(c.alignments) > max_alignments:
            lines.append(f"  … {len(c.alignments) - max_alignments} more (use --format json or --html)")
    if c.changes:
        lines += ["", f"Changes ({len(c.changes)}):"]
        lines += [f"  - {ch.kind}: {ch.note}" + (f" (×{ch.count})" if ch.count > 1 else "") for ch in c.changes]
    return "\n".join(lines)


def article_text(article: Article) -> str:
    head = [f"# {article.title}" if article.title else f"# {article.id}"]
    meta = [f"{k}: {v}" for k, v in (("published", article.published), ("site", article.site),
                                     ("url", article.url)) if v]
    meta += [f"credit: {c}" for c in article.credits]
    removed = [f"removed ({r.reason}): {_shorten(r.text)}" for r in article.removed]
    return "\n".join(head + meta + ["", article.text, ""] + removed).rstrip() + "\n"


def _label(article: Article) -> str:
    return f"{article.title!r} [{article.id}]" if article.title else article.id


def _indent(side: str, text: str) -> str:
    return textwrap.fill(text, width=100, initial_indent=f"    {side}: ", subsequent_indent="       ")


def _shorten(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"
