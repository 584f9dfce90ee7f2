"""The JSON contracts of the design (../shared/DESIGN.md; the README lists them): ``unspun.article/3``,
``unspun.comparison/5``. Fields may be added, never change meaning."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from unspun.model import (
    Alignment,
    Article,
    Change,
    Comparison,
    Segmented,
    Span,
    Substitution,
    Verdict,
    spin_unscored_reason,
)

if TYPE_CHECKING:
    from unspun.run.lookup import StoredComparison, VersionComparison

ARTICLE_SCHEMA = "unspun.article/3"  # /2: "encoding"; /3: "modified", when the page says it last changed
# /3: a side's "spin" is null when the text cannot be scored, and "spin_unscored" says why ("not English prose")
# /4: a change's "in" and each occurrence's ("text" or "headline"): a fact the headline changes as the text does is
# one change with the headline one of its places (counted); one only the headlines change gives their words
COMPARISON_SCHEMA = "unspun.comparison/5"


def article_dict(article: Article, stored: bool = False) -> dict[str, Any]:
    """The ``unspun.article`` contract. ``stored``: read from a store, which keeps neither the removed blocks
    (``index`` does not list them) nor the encoding; "removed" is then null, not an empty list, unless the store
    has some."""
    return {
        "schema": ARTICLE_SCHEMA,
        "id": article.id,
        "title": article.title,
        "text": article.text,
        "published": article.published,
        "modified": article.modified,
        "url": article.url,
        "site": article.site,
        "author": article.author,
        "credits": list(article.credits),
        "removed": None if stored and not article.removed else [
            {"text": r.text, "reason": r.reason} for r in article.removed],
        "encoding": {"name": article.encoding.name, "source": article.encoding.source} if article.encoding else None,
    }


def span_dict(span: Span, text: str) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text_of(text)}


def side_dict(seg: Segmented, spin: float | None) -> dict[str, Any]:
    article = seg.article
    return {
        "id": article.id,
        "title": article.title,
        "published": article.published,
        "modified": article.modified,  # added to /3 (not required): what the judge's "modified later" clue reads
        "site": article.site,
        "chars": len(article.text),
        "sentences": len(seg.sentences),
        "credits": list(article.credits),
        "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
        "spin": spin,
        "spin_unscored": spin_unscored_reason(spin),
    }


def alignment_dict(al: Alignment, a_text: str, b_text: str) -> dict[str, Any]:
    return {"a": span_dict(al.a, a_text), "b": span_dict(al.b, b_text),
            "similarity": round(al.similarity, 3), "kind": al.kind}


def change_dict(change: Change, a_text: str, b_text: str, a_title: str = "", b_title: str = "") -> dict[str, Any]:
    """A change. ``a``, ``b``, ``occurrences`` and ``count`` are the text's, as version 3 gives them (a change only
    the headlines make: one empty place at the text's start, as version 3's "title" row); since /5 its place in
    the headlines is ``headline`` (spans into the sides' titles; null where the headlines do not make it) and
    ``in`` says where the change is made ("headline" where only the headlines make it, else "text"; each
    occurrence's is "text", as version 4 readers read it)."""
    found = {"kind": change.kind, "a": span_dict(change.a, a_text), "b": span_dict(change.b, b_text),
             "in": "headline" if change.only_in_headline else "text", "note": change.note,
             "count": len(change.places),
             "occurrences": [{"a": span_dict(x, a_text), "b": span_dict(y, b_text), "in": "text"}
                             for x, y in change.places],
             "headline": None if change.headline is None else {"a": span_dict(change.headline[0], a_title),
                                                                "b": span_dict(change.headline[1], b_title)}}
    if change.kind == "quote":
        found["differs"] = {"a": [span_dict(s, a_text) for s in change.differs_a],
                            "b": [span_dict(s, b_text) for s in change.differs_b]}
    return found


def substitution_dict(sub: Substitution, a_text: str, b_text: str) -> dict[str, Any]:
    return {"a": span_dict(sub.a, a_text), "b": span_dict(sub.b, b_text)}


def comparison_dict(c: Comparison) -> dict[str, Any]:
    a_text, b_text = c.a.article.text, c.b.article.text
    v = c.verdict
    return {
        "schema": COMPARISON_SCHEMA,
        "a": side_dict(c.a, c.spin_a),
        "b": side_dict(c.b, c.spin_b),
        "verdict": {"relation": v.relation, "direction": v.direction, "confidence": v.confidence,
                    "coverage_a": v.coverage_a, "coverage_b": v.coverage_b, "evidence": list(v.evidence),
                    "facts_changed": v.facts_changed, "fact_changes": dict(v.fact_changes)},
        "alignments": [alignment_dict(al, a_text, b_text) for al in c.alignments],
        "changes": [change_dict(ch, a_text, b_text, c.a.article.title or "", c.b.article.title or "")
                    for ch in c.changes],
        "substitutions": [substitution_dict(s, a_text, b_text) for s in c.substitutions],
    }


def stored_comparison_dict(found: StoredComparison) -> dict[str, Any]:
    """A stored pair: the comparison recomputed, its verdict the stored one, and whether they agree."""
    out = comparison_dict(found.comparison)
    out["verdict"].update(_verdict_fields(found.verdict))
    out["stored"] = found.stored is not None
    out["recomputed_agrees"] = found.agrees
    return out


def version_comparison_dict(vc: VersionComparison) -> dict[str, Any]:
    """Two versions of one stored article: a stored comparison plus which versions A and B are."""
    out = stored_comparison_dict(vc.found)
    out["versions"] = {"id": vc.id, "a": vc.a, "b": vc.b, "of": vc.versions}
    return out


def _verdict_fields(v: Verdict) -> dict[str, Any]:
    return {"relation": v.relation, "direction": v.direction, "confidence": v.confidence,
            "coverage_a": v.coverage_a, "coverage_b": v.coverage_b, "evidence": list(v.evidence)}
