"""trafilatura's raw-tree prunes (comment sections, infinite-scroll follow-ups, share buttons) as tree walks.

trafilatura finds these blocks with XPaths whose ``re:test`` calls back into Python for every ``div``, ``section``,
``list`` … of the page: ~4 of the ~29 CPU s extraction took on the 1,571 Scale WARC pages. A walk over the same
elements with the same patterns finds the same elements in the same (document) order, for ~1/4 of the cost;
``tests/test_prune.py`` checks the pruned pages against trafilatura's on pages written to hit every branch.
"""

from __future__ import annotations

import re
from typing import Any

# lxml's EXSLT ``re:test(@attr, pattern)`` is ``re.search(pattern, value)``, with "" for an absent attribute.
_COMMENT_ID = r"[Cc]omment(?!ary)|comol"  # trafilatura.xpaths._COMMENTS_ID
_COMMENT_CLASS = re.compile(r"^[Cc]omment(?!ary)|(?:article|post)-comments")  # trafilatura.xpaths._COMMENTS_CLASS
_COMMENT_SECTION_ID = re.compile(rf"^(?:{_COMMENT_ID}|disqus_thread|dsq-comments)")
_COMMENT_LIST_ID = re.compile(rf"^(?:{_COMMENT_ID})")
_FOLLOW_UPS = re.compile(r"mvp-post-add-(?:box|wrap)|infinite-?scroll")
_APPENDED_POSTS = re.compile(r"mvp-post-add-(?:box|wrap)")
_SECTIONS = ("div", "list", "section", "details")
_LISTS = ("ol", "ul")
_CONTAINERS = ("div", "section", "aside")


def _either(element: Any, pattern: re.Pattern[str]) -> bool:
    """``re:test(@id, p) or re:test(@class, p)``."""
    return bool(pattern.search(element.get("id") or "") or pattern.search(element.get("class") or ""))


def _comment_section(element: Any) -> bool:
    return bool(_COMMENT_SECTION_ID.search(element.get("id") or "")
                or _COMMENT_CLASS.search(element.get("class") or ""))


def _comment_list(element: Any) -> bool:
    """What ``REMOVE_COMMENTS_AND_LISTS_XPATH`` asks more of an ``ol`` or ``ul`` (Disqus's ids are no list's)."""
    return bool(_COMMENT_LIST_ID.search(element.get("id") or "") or _COMMENT_CLASS.search(element.get("class") or ""))


def _comment_section_or_list(element: Any) -> bool:
    return _comment_section(element) and (element.tag not in _LISTS or _comment_list(element))


def _follow_up(element: Any) -> bool:
    return _either(element, _FOLLOW_UPS) and (
        next(element.iterdescendants("h1"), None) is None or _either(element, _APPENDED_POSTS))


def _share_buttons(element: Any) -> bool:
    return "elementor-share-buttons" in (element.get("class") or "")


def comment_sections(tree: Any) -> list[Any]:
    """``REMOVE_COMMENTS_XPATH``'s elements: a ``div``, ``list``, ``section`` or ``details`` whose id or class
    names a comment section (Disqus's ids too)."""
    return [e for e in tree.iterdescendants(*_SECTIONS) if _comment_section(e)]


def without_raw_clutter(tree: Any) -> Any:
    """``tree`` pruned as trafilatura prunes a raw page before its passes without comments: ``RAW_TREE_PRUNE_XPATH``,
    then ``REMOVE_COMMENTS_AND_LISTS_XPATH`` (the tail text of a removed element stays). One walk finds all three
    kinds: what a later kind finds inside an element an earlier kind removed is gone when the later XPath runs;
    here it is removed from the removed subtree, which leaves the page as it was. ``tree`` is changed."""
    from trafilatura.xml import delete_element

    follow_ups, shares, comments = [], [], []
    for element in tree.iterdescendants(*_SECTIONS, *_LISTS, "aside"):
        if element.tag in _CONTAINERS:
            if _follow_up(element):
                follow_ups.append(element)
            if _share_buttons(element):
                shares.append(element)
        if element.tag != "aside" and _comment_section_or_list(element):
            comments.append(element)
    for element in (*follow_ups, *shares, *comments):
        delete_element(element)
    return tree


def without_comment_sections(tree: Any) -> Any:
    """``tree`` without ``comment_sections`` (trafilatura's ``REMOVE_COMMENTS_XPATH`` on a cleaned tree, whose
    lists are ``list`` elements). ``tree`` is changed."""
    from trafilatura.xml import delete_element

    for element in comment_sections(tree):
        delete_element(element)
    return tree
