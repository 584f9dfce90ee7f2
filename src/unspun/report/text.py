"""Plain-text reports for people reading a terminal."""

from __future__ import annotations

import textwrap
from dataclasses import replace
from typing import TYPE_CHECKING

from unspun.model import (
    DERIVED_RELATIONS,
    OTHER_HEADLINE,
    RELATION_NOUNS,
    Article,
    Comparison,
    Verdict,
    spin_unscored_reason,
)

if TYPE_CHECKING:
    from unspun.run.lookup import VersionComparison

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


ALL_PASSAGES = "the JSON and HTML reports show every passage"
CONTEXT_WORDS = 5  # unchanged words kept on each side of a change in a passage line; the rest become "…"
PASSAGE_CHARS = 160  # a passage without changed words is shown up to this many characters


def spin_words(spin: float | None) -> str:
    """A text's spin score as the reports print it: "spin 0.12", or "spin not scored (not English prose)"."""
    return f"spin {spin:.2f}" if spin is not None else f"spin not scored ({spin_unscored_reason(spin)})"


# The changes list's heading between texts that are not copies (the text report and the Compare page)
DIFFERENCES_HEADING = "Differences, not a copy's changes"


def what_changed(v: Verdict) -> str | None:
    """The evidence line saying what a copy changed, which the judge puts first ("a near-duplicate that changes
    1 name and 2 numbers", "the same text under another headline: …"), or None when it wrote none."""
    first = v.evidence[0] if v.evidence else ""
    noun = RELATION_NOUNS.get(v.relation)
    if (noun is not None and first.startswith(f"{noun} that ")) or (
            v.relation == "duplicate" and first.startswith(f"{OTHER_HEADLINE}: ")):
        return first
    return None


def verdict_words(v: Verdict) -> str:
    """The verdict's words for the text report's Verdict line: what the copy changed when the judge said it, so
    the first line says it (issue 10; /tmp/probe51: it was the fifth line, after Coverage), else the relation's
    words ("a lightly edited copy")."""
    return what_changed(v) or RELATION_WORDS[v.relation]


def comparison_text(c: Comparison, max_alignments: int = 8, more: str = ALL_PASSAGES) -> str:
    """The verdict, the changes, then each passage once as one line: A's words with what B changed marked
    ``[-removed-]{+added+}`` and long unchanged stretches left out (JSON and HTML keep the full texts). Past
    ``max_alignments`` passages, a line says how many more, and ``more`` where to see them."""
    v = c.verdict
    lines = [
        f"A: {_label(c.a.article)}  ({len(c.a.article.text)} chars, {spin_words(c.spin_a)})",
        f"B: {_label(c.b.article)}  ({len(c.b.article.text)} chars, {spin_words(c.spin_b)})",
        "",
        f"Verdict: {v.relation} — {verdict_words(v)}; {DIRECTION_WORDS[v.direction]} "
        f"(confidence {v.confidence:.2f})",
        f"Coverage: {v.coverage_a:.0%} of A reused in B, {v.coverage_b:.0%} of B from A",
    ]
    lines += [f"  - {e}" for e in v.evidence if e != what_changed(v)]
    if c.changes:
        # Between texts that are not copies these are differences, not what a copy changed (a recurring report
        # written from the last one lists next month's figures).
        heading = "Changes" if v.relation in DERIVED_RELATIONS else DIFFERENCES_HEADING
        lines += ["", f"{heading} ({len(c.changes)}):"]
        lines += [f"  - {ch.kind}: {ch.note}" + (f" (×{ch.count})" if ch.count > 1 else "") for ch in c.changes]
    shown = list({(al.a, al.b): al for al in c.alignments}.values())  # a passage aligned twice is shown once
    if shown:
        lines += ["", f"Passages ({len(shown)}; [-only in A-] {{+only in B+}}, … unchanged words left out):"]
        for k, al in enumerate(shown[:max_alignments], 1):
            line = passage_diff(al.a.text_of(c.a.article.text), al.b.text_of(c.b.article.text))
            lines.append(_indent(f"{k:>2}. [{al.kind}]", line))
        if len(shown) > max_alignments:
            lines.append(f"  … {len(shown) - max_alignments} more ({more})")
    return "\n".join(lines)


def version_comparison_text(vc: VersionComparison, more: str = ALL_PASSAGES) -> str:
    """What changed from one stored version of an article to another: which versions, then the comparison
    (with the verdict ``index`` stored for the two, when it did)."""
    found = vc.found
    heading = f"Version {vc.a} (A) against version {vc.b} (B) of {vc.id}, of {vc.versions} stored"
    note = ("verdict as stored by index" if found.stored is not None
            else "no stored verdict for the two: computed now")
    if not found.agrees:
        note += f" (recomputing gives {found.comparison.verdict.relation})"
    c = found.comparison
    return f"{heading}; {note}\n" + comparison_text(
        c if found.stored is None else replace(c, verdict=found.verdict), more=more)


def passage_diff(a: str, b: str, context: int = CONTEXT_WORDS) -> str:
    """One line for an aligned passage: ``a`` with B's word changes marked and unchanged runs trimmed."""
    from unspun.text.diff import token_opcodes
    from unspun.text.tokens import word_tokens

    ta, tb = word_tokens(a), word_tokens(b)
    ops = token_opcodes(ta, tb)
    if all(tag == "equal" for tag, *_ in ops):
        return _shorten(a, PASSAGE_CHARS) + "  (word for word)"
    pieces = []
    for n, (tag, a0, a1, b0, b1) in enumerate(ops):
        if tag == "equal":
            words = [_piece(a, ta, i) for i in range(a0, a1)]
            keep_head = context if n > 0 else 0
            keep_tail = context if n < len(ops) - 1 else 0
            if len(words) > keep_head + keep_tail + 1:
                words = [*words[:keep_head], "… ", *words[len(words) - keep_tail:]] if keep_tail else \
                    [*words[:keep_head], "… "]
            pieces.append("".join(words))
            continue
        old = a[ta[a0].start:ta[a1 - 1].end] if a1 > a0 else ""
        new = b[tb[b0].start:tb[b1 - 1].end] if b1 > b0 else ""
        # The punctuation after the changed words, from the side that has words here.
        after = _piece(a, ta, a1 - 1)[len(ta[a1 - 1].text):] if old else _piece(b, tb, b1 - 1)[len(tb[b1 - 1].text):]
        pieces.append((f"[-{old}-]" if old else "") + (f"{{+{new}+}}" if new else "") + (after or " "))
    return " ".join("".join(pieces).split())


def _piece(text: str, tokens: tuple, i: int) -> str:
    """Token ``i`` with the punctuation and space after it, up to the next token."""
    end = tokens[i + 1].start if i + 1 < len(tokens) else len(text)
    return text[tokens[i].start:end]


def article_text(article: Article) -> str:
    head = [f"# {article.title}" if article.title else f"# {article.id}"]
    meta = [f"{k}: {v}" for k, v in (("author", article.author), ("published", article.published),
                                     ("site", article.site), ("url", article.url)) if v]
    meta += [f"credit: {c}" for c in article.credits]
    removed = [f"removed ({r.reason}): {_shorten(r.text)}" for r in article.removed]
    return "\n".join(head + meta + ["", article.text, ""] + removed).rstrip() + "\n"


def article_heading(id: str, title: str | None, site: str | None, published: str | None) -> str:
    """How corpus listings name an article: "Title — site, date (or "no date")  [path or id]"."""
    where = ", ".join(x for x in (site, published or "no date") if x)
    return f"{title or '(no title)'} — {where}  [{id}]"


def _label(article: Article) -> str:
    return f"{article.title!r} [{article.id}]" if article.title else article.id


def _indent(label: str, text: str) -> str:
    return textwrap.fill(text, width=100, initial_indent=f"  {label} ", subsequent_indent="      ")


def _shorten(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"
