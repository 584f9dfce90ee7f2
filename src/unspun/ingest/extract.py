"""Extract: ``RawRecord`` → ``Article`` (main text, metadata, credits, and everything removed with a reason).

HTML goes through trafilatura; plain-text captures (like the seeds) through the scored line classifier in
``extract_lines``. Either way ``Article.text`` is the kept paragraphs joined by "\\n" (the segmenter reads
each line as a paragraph), credit lines move to ``credits``, and removed blocks are listed in ``removed``.
"""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path
from typing import Any

from unspun.config import DEFAULT, HTML_DEFAULT, Config, HtmlExtractConfig
from unspun.errors import InputError
from unspun.ingest.extract_lines import (
    classify_lines,
    html_line_reason,
    is_credit_line,
    removed_blocks,
    wire_credit,
    words_of,
)
from unspun.ingest.read import decode_html, json_page_record, read_file
from unspun.model import Article, RawRecord, Removed

_BLOCK_TAGS = (
    *("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dd", "dt"),
    *("blockquote", "figcaption", "caption", "pre", "address", "summary"),
)
_SPACE = re.compile(r"\s+")


def extract(
    source: str | Path | RawRecord, config: Config = DEFAULT, html: HtmlExtractConfig = HTML_DEFAULT
) -> Article:
    """The clean article of a path (``-`` is stdin) or of a record already read."""
    record = source if isinstance(source, RawRecord) else read_file(source, config)
    return extract_record(record, config, html)


def extract_record(
    record: RawRecord, config: Config = DEFAULT, html: HtmlExtractConfig = HTML_DEFAULT
) -> Article:
    """``record`` → ``Article``; raises ``InputError`` when nothing article-like remains."""
    if record.format == "json":
        record = _json_inner_record(record)
    article = _extract_html(record, html) if record.format == "html" else _extract_text(record)
    if len(article.text) < config.min_article_chars:
        raise InputError(
            f"no article text found in {record.id}: {len(article.text)} characters of text remain after "
            f"removing page chrome (need {config.min_article_chars}); check that this is an article page"
        )
    return article


def _json_inner_record(record: RawRecord) -> RawRecord:
    content = record.content.decode("utf-8") if isinstance(record.content, bytes) else record.content
    try:
        obj = json.loads(content)
    except json.JSONDecodeError as error:
        raise InputError(f"{record.id} is not valid JSON ({error.msg}): fix it") from None
    inner = json_page_record(record.id, obj)
    return _with_metadata(inner, record)


def _with_metadata(inner: RawRecord, outer: RawRecord) -> RawRecord:
    keys = ("url", "title", "published", "site")
    fields = {key: getattr(inner, key) or getattr(outer, key) for key in keys}
    return RawRecord(id=outer.id, content=inner.content, format=inner.format, **fields)


# --- plain text ----------------------------------------------------------------------------------------


def _extract_text(record: RawRecord) -> Article:
    text = record.content if isinstance(record.content, str) else record.content.decode("utf-8", "replace")
    verdicts = classify_lines(text)
    body = [v.text for v in verdicts if v.label == "body"]
    title = next((v.text for v in verdicts if v.label == "title"), None)
    credits = [v.text for v in verdicts if v.label == "credit"] + _dateline_credits(body)
    return _article(record, "\n".join(body), title, None, credits, removed_blocks(verdicts))


def _dateline_credits(paragraphs: list[str]) -> list[str]:
    return [c for c in (wire_credit(p) for p in paragraphs) if c is not None]


def _article(
    record: RawRecord,
    text: str,
    title: str | None,
    found: dict[str, str | None] | None,
    credits: list[str],
    removed: tuple[Removed, ...],
) -> Article:
    found = found or {}
    return Article(
        id=record.id,
        text=text,
        title=record.title or title,
        published=record.published or found.get("published"),
        url=record.url or found.get("url"),
        site=record.site or found.get("site"),
        credits=tuple(dict.fromkeys(credits)),
        removed=removed,
    )


# --- HTML ----------------------------------------------------------------------------------------------


def _extract_html(record: RawRecord, options: HtmlExtractConfig) -> Article:
    tree = _html_tree(record)
    document = _main_document(tree, record.url, options) if tree is not None else None
    main = document.get("text") or "" if document else ""
    body, credits = _split_credits(main.splitlines())
    found = _html_metadata(document or {})
    if options.drop_title_line and body and found["title"] and body[0] == found["title"]:
        body = body[1:]
    body, furniture = _drop_furniture(body) if options.filter_lines else (body, ())
    removed = _boilerplate(tree, main, options) if tree is not None else ()
    return _article(record, "\n".join(body), found.pop("title"), found, credits, furniture + removed)


def _drop_furniture(lines: list[str]) -> tuple[list[str], tuple[Removed, ...]]:
    kept: list[str] = []
    removed: list[Removed] = []
    for line in lines:
        reason = html_line_reason(line)
        if reason is None:
            kept.append(line)
        else:
            removed.append(Removed(line, reason))
    return kept, tuple(removed)


def _html_tree(record: RawRecord) -> Any:
    from trafilatura.utils import load_html  # lazy: trafilatura pulls in lxml, courlan, htmldate

    content = record.content
    if isinstance(content, bytes):
        # undeclared legacy encodings stay bytes: trafilatura's own detection gets a try
        with contextlib.suppress(InputError):
            content = decode_html(record.id, content)
    try:
        return load_html(content)
    except (ValueError, TypeError):
        return None  # unparseable markup: "no article text" is reported by the caller


def _main_document(tree: Any, url: str | None, options: HtmlExtractConfig) -> dict[str, Any] | None:
    from copy import deepcopy

    balanced = _bare(deepcopy(tree), url, precise=False)
    if not options.favor_precision:
        return balanced
    precise = _bare(deepcopy(tree), url, precise=True)
    if not precise or not balanced:
        return precise or balanced
    share = len(precise.get("text") or "") / max(1, len(balanced.get("text") or ""))
    return precise if share >= options.min_precise_share else balanced


def _bare(tree: Any, url: str | None, precise: bool) -> dict[str, Any] | None:
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            favor_precision=precise,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            as_dict=False,
        )
    except (ValueError, TypeError, AttributeError):
        return None  # broken markup trafilatura chokes on counts as "nothing extracted"
    return document.as_dict() if document is not None else None


def _html_metadata(document: dict[str, Any]) -> dict[str, str | None]:
    return {
        "title": _clean(document.get("title")),
        "published": _clean(document.get("date")),
        "url": _clean(document.get("url")),
        "site": _clean(document.get("sitename") or document.get("hostname")),
    }


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = _SPACE.sub(" ", value).strip()
    return value or None


def _split_credits(lines: list[str]) -> tuple[list[str], list[str]]:
    body: list[str] = []
    credits: list[str] = []
    for raw in lines:
        line = _SPACE.sub(" ", raw).strip()
        if line:
            (credits if is_credit_line(line) else body).append(line)
    return body, credits + _dateline_credits(body)


def _boilerplate(tree: Any, main: str, options: HtmlExtractConfig) -> tuple[Removed, ...]:
    """Text blocks of the page that are not in the main text, longest first, bounded in number and size."""
    kept = _SPACE.sub(" ", main)
    blocks = dict.fromkeys(b for b in _leaf_blocks(tree) if b not in kept)
    ranked = sorted(
        (b for b in blocks if len(words_of(b)) >= options.min_removed_words), key=len, reverse=True
    )
    return tuple(
        Removed(b[: options.max_removed_chars], "boilerplate (not in the main text)")
        for b in ranked[: options.max_removed_blocks]
    )


def _leaf_blocks(tree: Any) -> list[str]:
    blocks = []
    for element in tree.iter(*_BLOCK_TAGS):
        if any(child.tag in _BLOCK_TAGS for child in element.iterdescendants()):
            continue  # the innermost block carries the text; outer ones would repeat it
        if _inside_script(element):
            continue
        text = _SPACE.sub(" ", element.text_content()).strip()
        if text:
            blocks.append(text)
    return blocks


def _inside_script(element: Any) -> bool:
    return any(
        parent.tag in ("script", "style", "noscript", "template") for parent in element.iterancestors()
    )
