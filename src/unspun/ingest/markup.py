"""Markup nested deeper than the HTML parser goes, flattened so that its text survives.

libxml2 (lxml, trafilatura) stops reading a page at 255 levels of nesting and drops everything below and after
that point (its error log says so); a browser still shows it all. Such a page is read again with the elements
past ``FLAT_DEPTH`` levels unwrapped: their text stays, in order, with a line break where a block element was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

FLAT_DEPTH = 200  # kept levels of a page read again: room for the ancestors the parser adds, and more
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*>")
# Elements that never nest (void) or whose end tag is usually left out: a depth count over start and end tags
# ignores them (an unclosed <p> would otherwise count as one level deeper for the rest of the page).
_NOT_COUNTED = frozenset((
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot",
    "colgroup", "caption", "html", "head", "body",
))
_BLOCKS = frozenset((
    "div", "section", "article", "main", "aside", "header", "footer", "nav", "blockquote", "ul", "ol", "dl",
    "table", "form", "fieldset", "figure", "details", "address", "center", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
))


def cut_short(parser_errors: Iterable[Any]) -> bool:
    """Whether the parser's error log of a page says it stopped at its nesting limit, so that what lay deeper,
    and after, is lost (libxml2 reports it as a fatal error, kept even past its cap of 100 logged errors; reading
    the log costs nothing, where an XPath asking every element's depth cost 0.4 ms a page)."""
    return any(error.type_name == "ERR_RESOURCE_LIMIT" and "depth" in error.message for error in parser_errors)


def flattened(markup: str, depth: int = FLAT_DEPTH) -> str:
    """``markup`` with the start and end tags past ``depth`` levels removed (a block's become a line break)."""
    level = 0

    def keep_or_drop(tag: re.Match[str]) -> str:
        nonlocal level
        name = tag.group(2).lower()
        if name in _NOT_COUNTED or tag.group(0).endswith("/>"):
            return tag.group(0)
        closing = bool(tag.group(1))
        level += -1 if closing else 1
        if (level + 1 if closing else level) <= depth:
            return tag.group(0)
        return "\n" if name in _BLOCKS else ""

    return _TAG.sub(keep_or_drop, markup)
