"""Extract: ``RawRecord`` → ``Article`` (main text, metadata, credits, and everything removed with a reason).

HTML goes through trafilatura; plain-text captures (like the seeds) through the scored line classifier in
``extract_lines``. Either way ``Article.text`` is the kept paragraphs joined by "\\n" (the segmenter reads
each line as a paragraph), credit lines move to ``credits``, and removed blocks are listed in ``removed``.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import json
import re
import types
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from unspun.config import DEFAULT, HTML_DEFAULT, Config, HtmlExtractConfig
from unspun.errors import InputError
from unspun.ingest import prune
from unspun.ingest.decode import decode_page
from unspun.ingest.extract_lines import (
    CAPTION_CREDIT,
    METADATA_LABELS,
    RELEASE_NOTES,
    LineVerdict,
    article_paragraphs,
    classify_lines,
    ends_sentence,
    html_line_reason,
    inner_credit_label,
    is_credit_line,
    release_notes_start,
    removed_blocks,
    split_call_to_action,
    under_a_table,
    wire_credit,
    words_of,
)
from unspun.ingest.htmldate_search import htmldate_days
from unspun.ingest.markup import cut_short, flattened
from unspun.ingest.page_meta import (
    byline_agency,
    byline_author,
    date_line,
    dateline_date,
    masthead_site,
    own_outlet_credit,
)
from unspun.ingest.prune import without_comment_sections, without_raw_clutter
from unspun.ingest.read import json_page_record, read_file
from unspun.model import Article, Encoding, RawRecord, Removed
from unspun.text.dates import clock_value, day_only, metadata_stamp, numeric_dates, time_expressions
from unspun.text.wordlists import MONTH_ABBREVIATIONS

_BLOCK_TAGS = (
    *("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dd", "dt"),
    *("blockquote", "figcaption", "caption", "pre", "address", "summary"),
)
_METADATA_KEYS = ("title", "published", "url", "site", "modified")
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
        record = _json_inner_record(record, config)
    article = _extract_html(record, html, config) if record.format == "html" else _extract_text(record, config)
    if len(article.text) < config.min_article_chars:
        raise InputError(
            f"no article text found in {record.id}: {len(article.text)} characters of text remain after "
            f"removing page chrome (need {config.min_article_chars}); check that this is an article page"
        )
    return article


def _json_inner_record(record: RawRecord, config: Config) -> RawRecord:
    content, _ = _text_of(record, config)
    try:
        obj = json.loads(content)
    except json.JSONDecodeError as error:
        raise InputError(f"{record.id} is not valid JSON ({error.msg}): fix it") from None
    inner = json_page_record(record.id, obj)
    return _with_metadata(inner, record)


def _with_metadata(inner: RawRecord, outer: RawRecord) -> RawRecord:
    keys = ("url", "title", "published", "site", "encoding", "modified")
    fields = {key: getattr(inner, key) or getattr(outer, key) for key in keys}
    return RawRecord(id=outer.id, content=inner.content, format=inner.format, **fields)


def _text_of(record: RawRecord, config: Config) -> tuple[str, Encoding | None]:
    """The record's content as text: bytes (an API caller's, a WARC body) are decoded here."""
    if isinstance(record.content, str):
        return record.content, record.encoding
    return decode_page(record.id, record.content, config=config)


# --- plain text ----------------------------------------------------------------------------------------


def _extract_text(record: RawRecord, config: Config) -> Article:
    text, encoding = _text_of(record, config)
    record = replace(record, content=text, encoding=encoding)
    verdicts = classify_lines(text, config)
    body = [v.text for v in verdicts if v.label == "body"]
    title = next((v.text for v in verdicts if v.label == "title"), None)
    credits = [v.text for v in verdicts if v.label == "credit"] + _dateline_credits(body)
    found = _capture_metadata(verdicts, body, config, record.published)
    site = record.site or found["site"]
    credits += [agency for v in verdicts if v.label == "author" and (agency := byline_agency(v.text))
                and not own_outlet_credit(agency, site)]
    return _article(record, "\n".join(body), title, found, credits, removed_blocks(verdicts))


def _capture_metadata(verdicts: list[LineVerdict], body: list[str], config: Config,
                      stated: str | None = None) -> dict[str, str | None]:
    """Author, date and site from the byline, date line (or the lead's dateline) and masthead lines. A date line in
    figures either way round ("01/12/2026") is read as the text or the record's ``stated`` date agrees with."""
    lines = {label: next((v.text for v in verdicts if v.label == label), None) for label in METADATA_LABELS}
    page = "\n".join((stated or "", *body))
    published = date_line(lines["published"], config, page) if lines["published"] else None
    if published is None and body:
        published = dateline_date(body[0])
    return {
        "author": byline_author(lines["author"], config) if lines["author"] else None,
        "published": published,
        "site": masthead_site(lines["site"], config) if lines["site"] else None,
    }


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
        author=found.get("author"),
        encoding=record.encoding,
        modified=modified_stamp(record.modified, record.published or found.get("published")) or found.get("modified"),
    )


# --- HTML ----------------------------------------------------------------------------------------------


def _extract_html(record: RawRecord, options: HtmlExtractConfig, config: Config) -> Article:
    # One parse: metadata, the main text and the boilerplate listing all read this tree (each content pass
    # works on its own copy, as trafilatura copies a tree it is given).
    text, encoding = _text_of(record, config)
    record = replace(record, content=text, encoding=encoding)
    tree = _html_tree(text)
    found = _page_metadata(tree, record.url, options) if tree is not None else dict.fromkeys(_METADATA_KEYS)
    dek = standfirst(tree) if tree is not None else None
    main = _main_text(tree, text, record.url or found["url"], options) if tree is not None else ""
    body, credits, captions = _split_credits(main.splitlines(), config)
    credits += byline_credits(tree, record.site or found["site"], options) if tree is not None else []
    if options.drop_title_line and body and found["title"] and body[0] == found["title"]:
        body = body[1:]
    if dek and _SPACE.sub(" ", dek) not in _SPACE.sub(" ", main):
        body.insert(0, dek)
    body, furniture = _drop_furniture(body, config) if options.filter_lines else (body, ())
    listed = tree is not None and options.list_boilerplate
    removed = _boilerplate(tree, main, options) if listed else ()
    return _article(record, "\n".join(body), found.pop("title"), found, credits, captions + furniture + removed)


# A standfirst (dek, summary line) marked as such by its class: the sentence or two between a headline and the
# article's body that trafilatura's precise rules drop as "boilerplate".
_DEK_CLASS = re.compile(r"(?<![a-z])(?:standfirst|dek|deck|sub-?headline|sub-?title|strapline|(?:article|story|post)"
                        r"[-_]?(?:summary|intro|lede|description|excerpt)|summary|lede|lead-?in|intro(?:-?text)?)"
                        r"(?![a-z])", re.I)
# Chrome that may carry such a word in its class ("newsletter-summary", "promo-intro") or sit beside the headline.
_NOT_DEK_CLASS = re.compile(r"newsletter|promo|signup|subscribe|caption|credit|byline|author|share|social|related|"
                            r"teaser|card|nav|menu|breadcrumb|cookie|advert|sponsor|(?<![a-z])ad(?![a-z])", re.I)
_DEK_WORDS = (6, 80)
_DEK_LOOKAHEAD = 12  # elements after the headline searched for it


def standfirst(tree: Any) -> str | None:
    """The standfirst of the page's headline: an element after the page's one ``h1`` (in document order, before
    any other paragraph or subheading), under the headline's own block (the ``h1``'s parent or grandparent), whose
    class names it ("standfirst", "dek", "article-summary", "intro", …). None when there is no such element, or
    none of 6 to 80 words. (An unmarked paragraph equal to the meta description is not taken: the AEB truth leaves
    such standfirsts out of the article body, and without their class they cannot be told from a first paragraph.)"""
    headings = [h for h in tree.iter("h1") if _SPACE.sub(" ", h.text_content()).strip()]
    if len(headings) != 1:
        return None
    heading = headings[0]
    region = {p for p in (heading.getparent(), getattr(heading.getparent(), "getparent", lambda: None)())
              if p is not None and p.tag not in ("body", "html")}
    seen = 0
    for element in _following(heading):
        seen += 1
        if seen > _DEK_LOOKAHEAD:
            return None
        if element.tag in ("figure", "figcaption", "img", "picture", "video", "iframe"):
            return None  # the headline's block ends at its lead image (the AEB truth leaves what follows out)
        if element.tag in ("script", "style", "noscript", "template"):
            continue
        text = _SPACE.sub(" ", element.text_content()).strip()
        if not text:
            continue
        if element.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return None  # a subheading, even one marked "subtitle" (the AEB truth leaves those out: 5 of 181 pages)
        if _marked_dek(element):
            dek = _SPACE.sub(" ", "".join(_dek_text(element))).strip()
            if len(dek.split()) < _DEK_WORDS[0]:
                continue  # a "subtitle" block of byline and date only: a standfirst may sit inside or after it
            inside = any(a in region for a in element.iterancestors())
            if inside and len(dek.split()) <= _DEK_WORDS[1] and not _chrome_ancestor(element, heading):
                return dek
            return None
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if element.tag == "p" and len(text.split()) >= _DEK_WORDS[0] and not _NOT_DEK_CLASS.search(names):
            return None  # the body has begun
    return None


def _following(heading: Any) -> Iterable[Any]:
    """The elements after ``heading`` in document order (not its own descendants), outermost first."""
    node = heading
    while node is not None:
        sibling = node.getnext()
        while sibling is not None:
            if isinstance(sibling.tag, str):
                yield sibling
                yield from (d for d in sibling.iterdescendants() if isinstance(d.tag, str))
            sibling = sibling.getnext()
        node = node.getparent()


# What a standfirst's block may also hold, left out of its text: its byline, date, reading time, share buttons.
_DEK_PARTS_LEFT_OUT = re.compile(r"date|time|posted|meta|reading|byline|author|share|social|credit", re.I)


_DEK_BLOCKS = frozenset({"p", "div", "li", "br", "h2", "h3", "h4", "section", "ul", "ol"})


def _dek_text(element: Any) -> Iterable[str]:
    """The text of a marked standfirst without its bylines, dates and share buttons (their tails kept)."""
    yield element.text or ""
    for child in element:
        if isinstance(child.tag, str) and child.tag not in ("time", "meta", "button", "script", "style") and \
                not _DEK_PARTS_LEFT_OUT.search(f"{child.get('class') or ''} {child.get('id') or ''}"):
            # a block child is a line of its own: minified "<p>…six hours.</p><p>Nobody …" must not glue
            block = child.tag in _DEK_BLOCKS
            yield " " if block else ""
            yield from _dek_text(child)
            yield " " if block else ""
        yield child.tail or ""


def _marked_dek(element: Any) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(_DEK_CLASS.search(names)) and not _NOT_DEK_CLASS.search(names)


def _chrome_ancestor(element: Any, heading: Any) -> bool:
    """Whether ``element`` sits in chrome below the headline's common block (a caption, a promo, a byline)."""
    common = set(heading.iterancestors())
    for ancestor in element.iterancestors():
        if ancestor in common:
            return False
        names = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}"
        if ancestor.tag in ("figure", "figcaption", "aside", "nav", "form") or _NOT_DEK_CLASS.search(names):
            return True
    return False


def _drop_furniture(lines: list[str], config: Config) -> tuple[list[str], tuple[Removed, ...]]:
    kept: list[str] = []
    removed: list[Removed] = []
    for whole in lines:
        line, action = split_call_to_action(whole)
        if action is not None:
            removed.append(Removed(action, "site chrome"))
            if not line:
                continue
        reason = html_line_reason(line, config)
        if reason is None:
            kept.append(line)
        else:
            removed.append(Removed(line, reason))
    notes = release_notes_start(kept, config.line_closing_notices) if config.line_release_notes else None
    # a press release's issuer furniture, as in plain text (``extract_lines``); never the first line (the title)
    if notes:
        removed += [Removed(line, RELEASE_NOTES) for line in kept[notes:]]
        kept = kept[:notes]
    return kept, tuple(removed)


def _html_tree(content: str) -> Any:
    """The page's tree; a page nested deeper than the parser goes is read again flattened (``markup``)."""
    tree, errors = _parsed(content)
    return _parsed(flattened(content))[0] if tree is not None and cut_short(errors) else tree


def _parsed(content: str) -> tuple[Any, Iterable[Any]]:
    """The page's tree (None when unparseable) and the parser's error log of it (lxml keeps a parser's log of
    its last parse in each thread): trafilatura's ``load_html`` of a text, with its parser's settings, but
    elements of lxml.html's classes found by lxml itself (``_html_parser``)."""
    from lxml.html import fromstring
    from trafilatura.utils import is_dubious_html, repair_faulty_html

    parser = _html_parser()
    beginning = content[:50].lower()
    content = repair_faulty_html(content, beginning)
    as_bytes = False
    try:
        tree = fromstring(content, parser=parser)
    except ValueError:  # "Unicode strings with encoding declaration are not supported"
        tree, as_bytes = _parsed_bytes(content, parser), True
    except Exception:  # e.g. "Document is empty"
        tree = None
    if (tree is None or len(tree) < 1) and not as_bytes:
        tree = _parsed_bytes(content, parser)
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        tree = None  # not HTML at all: "no article text" is reported by the caller
    return tree, parser.error_log


def _parsed_bytes(content: str, parser: Any) -> Any:
    from lxml.html import fromstring

    try:
        return fromstring(content.encode("utf8", "surrogatepass"), parser=parser)
    except Exception:  # as trafilatura's ``fromstring_bytes``: markup lxml cannot read at all is no page
        return None


@functools.cache
def _html_parser() -> Any:
    """trafilatura's HTML parser (``trafilatura.utils.HTML_PARSER``), but giving each element its lxml.html class
    from lxml's own table: lxml.html's parser asks a Python function for the class of every element Python
    touches (~3.5 million times for the 1,571 Scale WARC pages, ~1.5 s of CPU). The classes it gives are the
    same, but for form controls (``form``, ``input``, ``select``, ``textarea``, ``label``), which become plain
    ``HtmlElement``s: nothing unspun or trafilatura reads uses their form methods."""
    from lxml import etree, html

    parser = html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                             remove_pis=True)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=html.HtmlElement, comment=html.HtmlComment, pi=html.HtmlProcessingInstruction,
        entity=html.HtmlEntity))
    return parser


def _main_text(tree: Any, content: str, url: str | None, options: HtmlExtractConfig) -> str:
    """The main text: trafilatura's precise extraction without its external fallbacks, or its full balanced
    cascade when that keeps under ``min_precise_chars`` and under ``min_precise_body_share`` of the page's
    text (a page the precise rules cut, not a short article on a plain page).

    The precise pass consumes ``tree`` unless the boilerplate listing still needs it; the rarer balanced pass
    then reads the page parsed again (a parse costs what a copy of the tree costs), or a copy of the tree the
    listing keeps."""
    if not options.favor_precision:
        return _content(tree, url, precise=False, fast=False)
    precise = _precise_content(copy.deepcopy(tree) if options.list_boilerplate else tree, url)
    if len(precise) >= options.min_precise_chars:
        return precise
    fresh = tree if options.list_boilerplate else _html_tree(content)
    if fresh is None or len(precise) >= options.min_precise_body_share * body_chars(fresh):
        return precise
    # The balanced pass changes the tree it reads; the boilerplate listing reads the page as it is.
    return _balanced_content(copy.deepcopy(fresh) if options.list_boilerplate else fresh, url) or precise


def body_chars(tree: Any) -> int:
    """How many characters the page's body holds, whitespace runs counted as one (scripts and styles too: the
    measure ``min_precise_body_share`` was chosen with)."""
    body = tree.find("body")
    return len(_SPACE.sub(" ", (tree if body is None else body).text_content()))


def _precise_content(tree: Any, url: str | None) -> str:
    """``_content(tree, url, precise=True, fast=True)`` without trafilatura's copies of the tree: the steps
    ``bare_extraction`` and ``trafilatura_sequence`` take for precision, fast mode, tables and no comments
    (they copy the page three times more, for passes that this mode never runs: ~15% of the precise pass), and
    their raw-tree prunes as tree walks (``prune``: the same elements for a quarter of the XPaths' cost).
    ``tree`` is changed. tests/test_extract.py checks this against ``_content`` on the project's pages."""
    from trafilatura.core import _forum_thread_page
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning
    from trafilatura.settings import DEFAULT_CONFIG, Extractor
    from trafilatura.xml import xmltotxt

    options = Extractor(config=DEFAULT_CONFIG, output_format="python", fast=True, precision=True, comments=False,
                        tables=True, url=url)
    try:
        is_forum = _forum_thread_page(tree)
        tree = without_raw_clutter(tree)
        cleaned = convert_tags(tree_cleaning(tree, options), options, url)
        if not is_forum:
            cleaned = without_comment_sections(cleaned)
        body, text = _extract_content_by_walks()(cleaned, options)
    except (ValueError, TypeError, AttributeError):
        return ""  # as ``_content``: broken markup trafilatura chokes on counts as "nothing extracted"
    if len(text) < options.min_output_size:
        return ""  # ``bare_extraction`` discards such a page (no comments are extracted here)
    return str(xmltotxt(body, options.formatting) or "")


@functools.cache
def _extract_content_by_walks() -> Callable[..., tuple[Any, str]]:
    """trafilatura's ``extract_content`` as it is, but finding the elements its XPaths name (``BODY_XPATH`` and
    the discard lists) by the tree walks of ``prune``: those XPaths' ``re:test`` calls back into Python for every
    block of the page (~3.5 of the precise pass's ~11 CPU s on the Scale WARC). Its functions that read them
    (``extract_content``, ``_extract``, ``recover_wild_text``, ``prune_unwanted_sections``) are rebound to a copy
    of their module's names with the walks in the XPaths' places; trafilatura itself is unchanged."""
    from trafilatura import main_extractor

    scope = {**vars(main_extractor), "BODY_XPATH": prune.body_xpath(),
             "OVERALL_DISCARD_XPATH": prune.overall_discard_xpath(),
             "TEASER_DISCARD_XPATH": prune.teaser_discard_xpath(),
             "PRECISION_DISCARD_XPATH": prune.precision_discard_xpath(),
             "DISCARD_IMAGE_ELEMENTS": prune.discard_image_elements()}
    for name in ("extract_content", "_extract", "recover_wild_text", "prune_unwanted_sections"):
        function = getattr(main_extractor, name)
        rebound = types.FunctionType(function.__code__, scope, name, function.__defaults__, function.__closure__)
        rebound.__kwdefaults__ = function.__kwdefaults__
        scope[name] = rebound
    return scope["extract_content"]


def _balanced_content(tree: Any, url: str | None) -> str:
    """``_content(tree, url, precise=False, fast=False)``, trafilatura's balanced cascade, without
    ``bare_extraction``'s copy of a tree that is the caller's to give away, and with its raw-tree prunes and
    content XPaths as the tree walks of ``prune`` (``_balanced_sequence``). ``tree`` is changed.
    tests/test_extract.py checks this against ``_content`` on the project's pages."""
    from lxml.etree import strip_tags
    from trafilatura.settings import DEFAULT_CONFIG, Extractor
    from trafilatura.xml import xmltotxt

    options = Extractor(config=DEFAULT_CONFIG, output_format="python", fast=False, precision=False, comments=False,
                        tables=True, url=url)
    try:
        body, text, _, _ = _balanced_sequence()(tree, options, url)
        if options.max_tree_size and len(body) > options.max_tree_size:
            strip_tags(body, "hi")
            if len(body) > options.max_tree_size:
                return ""  # ``bare_extraction`` discards such a page
    except (ValueError, TypeError, AttributeError):
        return ""  # as ``_content``: broken markup trafilatura chokes on counts as "nothing extracted"
    if len(text) < options.min_output_size:
        return ""  # ``bare_extraction`` discards such a page (no comments are extracted here)
    return str(xmltotxt(body, options.formatting) or "")


@functools.cache
def _balanced_sequence() -> Callable[..., tuple[Any, str, Any, str]]:
    """trafilatura's ``trafilatura_sequence`` as it is, but pruning the raw page by the walks of ``prune``
    (``RAW_TREE_PRUNE_XPATH``, ``REMOVE_COMMENTS_AND_LISTS_XPATH``) and running ``extract_content`` by walks
    (``_extract_content_by_walks``), in its main pass and its recall retry: the functions that call them
    (``trafilatura_sequence``, ``_extract_and_compare``, ``_recall_retry``) are rebound to a copy of their
    module's names with the walks in place; trafilatura itself is unchanged."""
    from trafilatura import core
    from trafilatura.htmlprocessing import prune_unwanted_nodes

    walks = {id(core.RAW_TREE_PRUNE_XPATH): prune.without_follow_ups,
             id(core.REMOVE_COMMENTS_AND_LISTS_XPATH): prune.without_comment_lists}

    def pruned(tree: Any, nodelist: Any, with_backup: bool = False) -> Any:
        walk = walks.get(id(nodelist)) if not with_backup else None
        return walk(tree) if walk is not None else prune_unwanted_nodes(tree, nodelist, with_backup)

    scope = {**vars(core), "prune_unwanted_nodes": pruned, "extract_content": _extract_content_by_walks()}
    for name in ("trafilatura_sequence", "_extract_and_compare", "_recall_retry"):
        function = getattr(core, name)
        rebound = types.FunctionType(function.__code__, scope, name, function.__defaults__, function.__closure__)
        rebound.__kwdefaults__ = function.__kwdefaults__
        scope[name] = rebound
    return scope["trafilatura_sequence"]


def _content(tree: Any, url: str | None, precise: bool, fast: bool) -> str:
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            tree, url=url, fast=fast, favor_precision=precise, include_comments=False, include_tables=True
        )
    except (ValueError, TypeError, AttributeError):
        return ""  # broken markup trafilatura chokes on counts as "nothing extracted"
    if isinstance(document, dict):
        return str(document.get("text") or "")
    return (document.text or "") if document is not None else ""


def _page_metadata(tree: Any, url: str | None, options: HtmlExtractConfig) -> dict[str, str | None]:
    """Title, date, URL and site name as trafilatura's ``extract_metadata`` finds them, without the fields
    unspun does not keep (authors, categories, tags, licence: half of its time on news pages)."""
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_domain,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    meta = examine_meta(tree)
    with contextlib.suppress(Exception):  # trafilatura's JSON-LD reader fails on some malformed scripts
        meta = extract_meta_json(tree, meta)
    meta.title = meta.title or extract_title(tree)
    meta.url = meta.url or extract_url(tree, url)
    meta.hostname = extract_domain(meta.url, fast=True) if meta.url else None
    meta.date = publication_date(tree, meta.url)
    meta.sitename = (meta.sitename or extract_sitename(tree) or "").lstrip("@") or None
    if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
        meta.sitename = meta.sitename.title()
    elif not meta.sitename and meta.url and (match := META_URL.match(meta.url)):
        meta.sitename = match[1]
    meta.clean_and_trim()
    published = _clean(meta.date)
    return {
        "title": _clean(meta.title),
        "published": published,
        "modified": modified_time(tree, published, options),
        "url": _clean(meta.url),
        "site": _clean(meta.sitename or meta.hostname),
        "author": _clean(meta.author),
    }


# The page's own "last changed" fields: Open Graph's article:modified_time (and og:updated_time), schema.org's
# dateModified as a meta tag, a server's or CMS's last-modified, Dublin Core's modified.
_MODIFIED_META = frozenset({"article:modified_time", "og:updated_time", "datemodified", "last-modified",
                            "lastmod", "dc.date.modified", "dcterms.modified"})
_UPDATED_AT = re.compile(r"^\W*(?:last\s+)?updated\s*:?\s*(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
                         r"\s*(?P<half>[ap]\.?m\.?)?\s*$", re.IGNORECASE)
_UPDATED_LINE = re.compile(r"^\W*(?:last\s+)?updated\b", re.IGNORECASE)


def modified_time(tree: Any, published: str | None, options: HtmlExtractConfig = HTML_DEFAULT) -> str | None:
    """When the page says it was last changed: a modified-time meta tag (``_MODIFIED_META``), JSON-LD's
    ``dateModified``, else a short "Updated 14:05" / "Last updated 14 May 2025, 14:05" line in the article's header
    (``_updated_line``), whose bare time is of the published day (and a stamp without an offset takes the published
    one's). None when the page gives none or it cannot be read as a time."""
    found = (_meta_modified(tree, published) or _json_ld_modified(tree, published)
             or _updated_line(tree, published, options.updated_line_max_chars))
    return _in_published_zone(found, published) if found else None


def modified_stamp(modified: str | None, published: str | None) -> str | None:
    """A modified time a record or a page's metadata gives, as an ISO stamp (``dates.metadata_stamp``: "Dec 6,
    2026 4:05 PM", an HTTP "Sun, 06 Dec 2026 16:05:00 GMT"; a date in figures the published day settles) on the
    published time's clock where it names no zone of its own; None where it names no full date."""
    found = metadata_stamp(modified, published or "")
    return _in_published_zone(found, published) if found else None


def _meta_modified(tree: Any, published: str | None) -> str | None:
    for meta in tree.iter("meta"):
        key = next((meta.get(k) for k in ("property", "name", "itemprop", "http-equiv") if meta.get(k)), "")
        if key.strip().lower() in _MODIFIED_META and (found := metadata_stamp(_clean(meta.get("content")),
                                                                               published or "")):
            return found
    return None


def _json_ld_modified(tree: Any, published: str | None) -> str | None:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            found = _date_modified_in(json.loads(script.text or ""), published)
        except (json.JSONDecodeError, RecursionError):
            continue
        if found:
            return found
    return None


def _date_modified_in(data: Any, published: str | None) -> str | None:
    """The first readable ``dateModified`` in a JSON-LD document (an object, a list, an ``@graph``)."""
    if isinstance(data, list):
        return next((found for item in data if (found := _date_modified_in(item, published))), None)
    if not isinstance(data, dict):
        return None
    if found := metadata_stamp(_clean(data.get("dateModified")), published or ""):
        return found
    return _date_modified_in(data.get("@graph"), published)


def _updated_line(tree: Any, published: str | None, max_chars: int) -> str | None:
    """The time of an "Updated 14:05" / "Last updated 14 May 2025, 14:05" line in the article's header: its
    byline elements and the elements holding its <time> (``_header_elements``), each read whole ("Updated
    <time>12:30</time>" is one line) and split at its separators. A subhead, a paragraph or a sidebar teaser saying
    "Updated …" dates another thing; the line holds nothing but its time or date."""
    for element in _header_elements(tree):
        for part in _BYLINE_PARTS.split(_SPACE.sub(" ", element.text_content()).strip()):
            if found := _updated_at(part.strip(), published, max_chars):
                return found
    return None


def _updated_at(line: str, published: str | None, max_chars: int) -> str | None:
    if len(line) > max_chars or not _UPDATED_LINE.match(line):
        return None
    if (at := _UPDATED_AT.match(line)) and published and not day_only(published):
        clock = clock_value(at["hour"], at["minute"], at["half"].replace(".", "").lower() if at["half"] else None)
        return f"{published.strip()[:10]}T{clock}" if int(clock[:2]) < 24 and int(at["minute"]) < 60 else None
    return date_line(line, _NO_EXTRA_WORDS)


_NO_EXTRA_WORDS = replace(DEFAULT, date_line_max_extra_words=0)


def _header_elements(tree: Any) -> list[Any]:
    """The article's byline elements (``_byline_elements``), then the elements holding a <time> of it or marked
    as its date ("updated", "date", "time" in their class), outside its running text (its paragraphs, subheads,
    lists, quotes and captions) and page furniture."""
    timed = [time.getparent() for time in tree.xpath("//body//time")]
    marked = tree.xpath("//body//*[" + " or ".join(f"contains({_CLASS}, '{word}')" for word in _DATE_CLASSES) + "]")
    outside = f"{_OUTSIDE_ARTICLE} | ancestor-or-self::*[{_RUNNING_TEXT}]"
    return _byline_elements(tree) + [element for element in (*timed, *marked)
                                     if element is not None and not element.xpath(outside)]


_DATE_CLASSES = ("updated", "date", "time")


def _in_published_zone(stamp: str, published: str | None) -> str:
    """``stamp`` with the published stamp's UTC offset when it has none of its own: one page's two times are
    written on one clock."""
    zone = _UTC_OFFSET.search(published or "")
    if zone is None or _UTC_OFFSET.search(stamp) or day_only(stamp):
        return stamp
    return stamp + zone.group(0)


_UTC_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$")


def publication_date(tree: Any, url: str | None) -> str | None:
    """The page's publication date as htmldate finds it for trafilatura (its extensive search), to the day or
    at least to the month; None for a bare year.

    htmldate's last two fallbacks answer a year alone, the footer's copyright year or the year the page names
    most ("in 2004"), as 1 January of it: a date no one wrote, which chains unrelated pages into one "story".
    A 1 January of the extensive search therefore stands only when the search without those fallbacks finds
    it too, or when the page's text writes that January with its month (``_writes_january``; on the 1,171
    benchmark pages: 35 bare years dropped, 4 New Year's Days kept)."""
    days = htmldate_days(tree, url)  # both searches over one pruned copy of the tree
    found = next(days)  # as trafilatura's Extractor
    if not isinstance(found, str):
        return None
    confirmed = next(days)
    if confirmed == found:
        return _with_time(tree, found)
    if found.endswith("-01-01"):
        return _with_time(tree, found) if _writes_january(tree, found[:4]) else None
    return None if _only_in_running_text(tree, found) else _with_time(tree, found)


_RUNNING_TEXT_WORDS = 12  # a block of this many words or more is running text, not a date line or byline


def _only_in_running_text(tree: Any, day: str) -> bool:
    """Whether the text writes ``day`` (YYYY-MM-DD) only inside sentences of running text ("a best before date of
    21 June 2026", "the hearing is set for 3 March"): a date that only htmldate's extensive search finds (no
    metadata, URL, time element or date-marked element has it), and that no short line ("Posted 21 June 2026")
    writes, is a date the article talks about, not its own. False when no block writes it (an attribute, a
    script: htmldate's finds there stand)."""
    year, month, date = day.split("-")
    wanted = f"{int(date)} {MONTH_ABBREVIATIONS[int(month) - 1]} {year}"
    written = [len(block.split()) for block in _leaf_blocks(tree) if year in block
               and (any(m.kind == "date" and m.value == wanted for m in time_expressions(block))
                    or any(day in days for *_, days in numeric_dates(block)))]  # "06/12/2026", "6.12.2026 09:30"
    return bool(written) and min(written) >= _RUNNING_TEXT_WORDS



# Where a page states its publication time (htmldate answers the day alone): meta tags and JSON-LD.
_PUBLISHED_KEYS = frozenset({"article:published_time", "og:article:published_time", "datepublished",
                             "article.published", "article:published", "published", "pubdate", "published_at",
                             "og:pubdate", "publishdate", "dc.date.issued"})
_ISO_MOMENT = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def _with_time(tree: Any, day: str | None) -> str | None:
    """``day`` (YYYY-MM-DD) with the hour the page's metadata gives for it ("2026-06-10T09:00:00+01:00"): two
    versions of a story published the same day are ordered by it. The day alone when no stated time is of it."""
    if not day:
        return day
    stated = [str(meta.get("content") or "") for meta in tree.iter("meta")
              if {str(meta.get(key) or "").lower() for key in ("property", "name", "itemprop")} & _PUBLISHED_KEYS]
    stated += [m.group(1) for script in tree.iter("script") if script.get("type") == "application/ld+json"
               for m in _JSON_LD_PUBLISHED.finditer(script.text or "")]
    for value in stated:
        moment = _ISO_MOMENT.match(value.strip())
        if moment and moment.group().startswith(day):
            return moment.group().replace(" ", "T", 1)
    return day


def _writes_january(tree: Any, year: str) -> bool:
    """Whether the page's text writes January of ``year`` with its month: "January 1, 2005", "1 January 2005",
    "January 2005", "2005-01-01" or in figures "01/01/2005", "01/2005" (a date in the body is found only by
    htmldate's extensive search, so the search without fallbacks cannot confirm it)."""
    text = " ".join(tree.itertext())  # blocks apart: text_content() runs "January 1, 2005" into the next line
    if year not in text:
        return False
    if _january_before(year).search(text):  # else the date parser (~15 ms a page) cannot find one either
        named = {m.value for m in time_expressions(text) if m.kind == "date"}
        if named & {f"1 jan {year}", f"jan {year}"}:
            return True
    return bool(re.search(rf"(?<![\d/.])(?:0?1[/.])?0?1[/.]{year}(?!\d)", text))


def _january_before(year: str) -> re.Pattern[str]:
    """What the text layer's "jan {year}" and "1 jan {year}" need, and more: a capitalised "Jan" with at most one
    word between it and ``year`` (anything else than letters and digits around them), or "{year}-01-01"."""
    return re.compile(rf"J(?i:an(?:uary)?)[\W_]*(?:[^\W_]+[\W_]+)?{year}|{year}-01-01")


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = _SPACE.sub(" ", value).strip()
    return value or None


def _split_credits(lines: list[str], config: Config = DEFAULT) -> tuple[list[str], list[str], tuple[Removed, ...]]:
    """The main text's lines as body and credits, and the credit-shaped lines between two of its paragraphs that
    are a caption's or a chart's (``extract_lines.inner_credit_label``; ``Config.line_credits_outside_body``)."""
    found = [line for line in (_SPACE.sub(" ", raw).strip() for raw in lines) if line]
    credit = [is_credit_line(line) for line in found]
    # page furniture (a newsletter's sign-up after "Additional reporting by Reuters") is dropped from the body
    # later (``_drop_furniture``) and is no paragraph for a credit to stand above (reviewC cred c1_newsletter)
    prose = article_paragraphs(found, [not credit[k] and ends_sentence(line) and html_line_reason(line, config) is None
                                       for k, line in enumerate(found)])
    inside = range(prose[0] + 1, prose[-1]) if prose and config.line_credits_outside_body else range(0)
    body: list[str] = []
    credits: list[str] = []
    captions: list[Removed] = []
    for k, line in enumerate(found):
        label = inner_credit_label(line) if credit[k] and k in inside else "credit" if credit[k] else "keep"
        if label == "credit" and config.line_table_sources and under_a_table(found, k):
            label = CAPTION_CREDIT  # the table's data source ("Source: ONS" under the rents by district)
        if label == "keep":
            body.append(line)
        elif label == "credit":
            credits.append(line)
        else:
            captions.append(Removed(line, label))
    return body, credits + _dateline_credits(body), tuple(captions)


# Where a page prints its byline: an element whose class, id, rel or itemprop says so.
_BYLINE_ELEMENTS = ("//body//*[contains(@class, 'byline') or contains(@class, 'Byline') or contains(@class, 'author') "
                    "or contains(@class, 'Author') or contains(@id, 'byline') or @rel = 'author' "
                    "or @itemprop = 'author']")
# Page furniture around the article: a byline or time there is another story's (a related-stories card's "By
# Associated Press", a sidebar's "Updated 16:40").
_CLASS = "translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_OUTSIDE_ARTICLE = ("ancestor-or-self::*[self::aside or self::nav or self::footer or "
                    + " or ".join(f"contains({_CLASS}, '{word}')" for word in ("related", "card", "teaser", "promo",
                                                                              "more"))
                    + "]")
_RUNNING_TEXT = ("self::p or self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or self::li or self::blockquote "
                 "or self::figcaption or self::table")
_ARTICLE = "ancestor-or-self::*[self::article or self::main or self::header]"
_AUTHOR_META = "//meta[@name = 'author' or @property = 'article:author' or @name = 'byl']/@content"
_BYLINE_PARTS = re.compile(r"\s*[·•|]\s*|\n")


def byline_credits(tree: Any, site: str | None = None, options: HtmlExtractConfig = HTML_DEFAULT) -> list[str]:
    """The agencies a page's byline credits ("(PA)" of "By Lucy Marsh (PA) · 13 August 2025", ``byline_agency``),
    from its byline elements and its author meta tag as written (trafilatura's author drops the bracket): a credit
    line as a body's "Additional reporting by PA" is. The main text leaves the byline out, so an agency's copy
    credited there alone would otherwise credit no one. A credit naming the page's own ``site`` ("By Jo Reid, CNN"
    on CNN's page) names the outlet its writer works for, no third party (``own_outlet_credit``)."""
    found = [byline_agency(str(author), signed=False) for author in tree.xpath(_AUTHOR_META)]
    for element in _byline_elements(tree):
        text = element.text_content()
        if len(text) <= options.byline_max_chars:  # longer: an author's bio
            found += [byline_agency(part) for part in _BYLINE_PARTS.split(_SPACE.sub(" ", text).strip())]
    return [credit for credit in found if credit and not own_outlet_credit(credit, site)]


def _byline_elements(tree: Any) -> list[Any]:
    """The page's byline elements (``_BYLINE_ELEMENTS``) in its article, outside page furniture
    (``_OUTSIDE_ARTICLE``): within its <article>, <main> or <header> where it marks one."""
    found = [element for element in tree.xpath(_BYLINE_ELEMENTS) if not element.xpath(_OUTSIDE_ARTICLE)]
    if tree.xpath("//body//*[self::article or self::main]"):
        found = [element for element in found if element.xpath(_ARTICLE)]
    return found


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
    """The text of every innermost block element outside scripts (outer blocks would repeat it), in one walk
    up from each block: an element with a block below it is marked once, with all its ancestors."""
    blocks = list(tree.iter(*_BLOCK_TAGS))
    outer: set[Any] = set()
    for element in blocks:
        parent = element.getparent()
        while parent is not None and parent not in outer:
            outer.add(parent)
            parent = parent.getparent()
    hidden = {d for h in tree.iter("script", "style", "noscript", "template") for d in h.iterdescendants()}
    texts = (_SPACE.sub(" ", e.text_content()).strip() for e in blocks if e not in outer and e not in hidden)
    return [text for text in texts if text]
