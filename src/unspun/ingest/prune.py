"""trafilatura's XPaths that call back into Python (``re:test``) as tree walks: the raw-tree prunes (comment
sections, infinite-scroll follow-ups, share buttons) and the XPaths of its main-content pass (``BODY_XPATH`` and
the discard lists ``extract_content`` prunes with).

lxml calls Python's ``re`` for every ``div``, ``section``, ``list`` … each such XPath tests: ~4 of the ~29 CPU s
extraction took on the 1,571 Scale WARC pages went to the raw-tree prunes, ~3.5 s more to the content XPaths. A walk
over the same elements with the same patterns finds the same elements in the same (document) order for a fraction
of the cost; ``tests/test_prune.py`` checks the walks against trafilatura's XPaths on pages written to hit every
branch.
"""

from __future__ import annotations

import functools
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


def without_follow_ups(tree: Any) -> Any:
    """``tree`` pruned as trafilatura's ``RAW_TREE_PRUNE_XPATH`` prunes it (``without_raw_clutter``'s first two
    kinds: infinite-scroll follow-up articles and share buttons). ``tree`` is changed."""
    from trafilatura.xml import delete_element

    follow_ups, shares = [], []
    for element in tree.iterdescendants(*_CONTAINERS):
        if _follow_up(element):
            follow_ups.append(element)
        if _share_buttons(element):
            shares.append(element)
    for element in (*follow_ups, *shares):
        delete_element(element)
    return tree


def without_comment_lists(tree: Any) -> Any:
    """``tree`` pruned as trafilatura's ``REMOVE_COMMENTS_AND_LISTS_XPATH`` prunes a raw page (``without_raw_clutter``'s
    last kind: comment sections, and lists named as comments). ``tree`` is changed."""
    from trafilatura.xml import delete_element

    for element in [e for e in tree.iterdescendants(*_SECTIONS, *_LISTS) if _comment_section_or_list(e)]:
        delete_element(element)
    return tree


def without_comment_sections(tree: Any) -> Any:
    """``tree`` without ``comment_sections`` (trafilatura's ``REMOVE_COMMENTS_XPATH`` on a cleaned tree, whose
    lists are ``list`` elements). ``tree`` is changed."""
    from trafilatura.xml import delete_element

    for element in comment_sections(tree):
        delete_element(element)
    return tree



# --- the content XPaths of trafilatura's ``extract_content`` (``trafilatura.xpaths``) -----------------------
# Each ``*_xpath`` function below gives what the XPath of that name gives on a tree (the same elements in the same
# order); ``extract.precise_content_pass`` runs trafilatura's ``extract_content`` with them.

_ARTICLE_BLOCKS = ("article", "div", "main", "section")
_SMALL_BLOCKS = ("div", "item", "list", "p", "section", "span")
# BODY_XPATH's patterns (trafilatura.xpaths._ARTICLE_CONTENT_*, _STORY_*, _MAIN_CONTENT_* tokens).
_ARTICLE_ID = re.compile(r"(?:entry|article|art)-content|article__content|article(?:-|__)?body|articleBody|body-text")
_ARTICLE_CLASS = re.compile(
    r"post[-_]text|post-body|post-?entry|post[-_]?content|postContent|post_inner_wrapper|article-?text|articleText|"
    r"(?:entry|page|text|article|art)-content|article__content|article(?:-|__)?body|articleBody|ArticleContent|"
    r"body-text|article__container")
_STORY_ID = re.compile(r"^primary|story-body")
_FULLTEXT = re.compile(r"fulltext", re.IGNORECASE)
_STORY_CLASS = re.compile(
    r"^article |post-bodycopy|story-?content|(?:theme|blog|section|single)-content|single-post|main-column|"
    r"wpb_text_column|story-body|field-body")
_MAIN_CONTENT_ID = re.compile(r"content-main|content-body|contentBody")
_MAIN_CONTENT_CLASS = re.compile(r"content[-_]main|content(?:-|__)body")
# OVERALL_DISCARD_XPATH's patterns.
_COOKIE = re.compile(r"cookie")
_DISCARD_ID = re.compile(
    r"^shar|social|viral|newsletter|syndication|tags|sidebar|banner|bread-?crumb|button|author|^(?:jp-|dpsp-content)|"
    r"bmdh|footer|Footer|share|Share|nav|Nav|menu|related|message-container|premium|^ad-")
_DISCARD_CLASS = re.compile(
    r"^shar|social|viral|newsletter|syndication|tags|sidebar|banner|bread-?crumb|button|author|"
    r"^(?:nav|post-nav|ZendeskForm)|subnav|avigation|navbar|navbox|menu|bar| ad |-ad-|(?:^| )ad-|dfp[Aa]d|outbrain|"
    r"taboola|criteo|paid-?content|widget|footer|Footer|byline|Byline|share-|sociable|embedded|embed|tag-list|consent|"
    r"modal-content|permission|elated|next-|-stories|most-popular|more-on|meta|rating|attachment|timestamp|user-info|"
    r"user-profile|-icon|article-infos|message-container|slide|viewport|overlay|options|expand|obfuscated|blurred|"
    r"mol-factbox|yin|zlylin|nfoline")
_HIDDEN = re.compile(r"hidden")
_COMMENT_FORM_ID = re.compile(r"reader-comments|akismet")
_HIDDEN_CLASS = re.compile(
    r"^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-|hide-print| hidden| hide|noprint|"
    r"notloaded")
# PRECISION_DISCARD_XPATH's patterns.
_BOTTOM = re.compile(r"(^|\s)bottom|bottom(\s|$)")
_LINK = re.compile(r"(^|\s)link(\s|$)")


def _attribute(element: Any, name: str) -> str:
    """XPath's string of ``@name``: "" when absent."""
    return element.get(name) or ""


def _first_of(element: Any, first: str, second: str) -> str:
    """XPath's string of ``@first|@second``: the value of whichever of the two comes first in the element's
    attributes, "" when neither is there."""
    one, other = element.get(first), element.get(second)
    if one is None or other is None:
        return (other if one is None else one) or ""
    return next(value for key, value in element.items() if key in (first, second))


def _lowered(value: str, letters: str) -> str:
    """XPath's ``translate(value, 'CM', 'cm')`` for the capitals in ``letters``."""
    return value.translate(str.maketrans(letters, letters.lower()))


def _first(tree: Any, tags: tuple[str, ...], test: Any) -> list[Any]:
    """The first element below ``tree`` of one of ``tags`` that passes ``test``, in a list (none: empty)."""
    return next(([e] for e in tree.iterdescendants(*tags) if test(e)), [])


def _article_content(e: Any) -> bool:
    return (e.get("class") in ("post", "entry") or e.get("itemprop") == "articleBody" or e.get("id") == "articleContent"
            or bool(_ARTICLE_ID.search(_attribute(e, "id")) or _ARTICLE_CLASS.search(_attribute(e, "class"))))


def _story(e: Any) -> bool:
    return (e.get("role") == "article" or e.get("id") in ("article", "story")
            or e.get("class") in ("postarea", "art-postcontent", "text", "cell", "story")
            or bool(_STORY_ID.search(_attribute(e, "id")) or _FULLTEXT.search(_attribute(e, "class"))
                    or _STORY_CLASS.search(_attribute(e, "class"))))


def _main_content(e: Any) -> bool:
    ident, cls = _attribute(e, "id"), _attribute(e, "class")
    return (e.get("id") == "content" or e.get("class") == "content" or bool(_MAIN_CONTENT_ID.search(ident))
            or bool(_MAIN_CONTENT_CLASS.search(cls)) or "main-content" in _lowered(ident, "CM")
            or "main-content" in _lowered(cls, "CM") or "page-content" in _lowered(cls, "CP"))


def _main(e: Any) -> bool:
    return e.tag == "main" or any(_attribute(e, key).startswith("main") for key in ("class", "id", "role"))


def body_xpath() -> list[Any]:
    """``BODY_XPATH``: each finds the first element of its kind (only the first is read of each)."""
    return [
        lambda tree: _first(tree, _ARTICLE_BLOCKS, _article_content),
        lambda tree: _first(tree, ("article",), lambda e: True),
        lambda tree: _first(tree, _ARTICLE_BLOCKS, _story),
        lambda tree: _first(tree, _ARTICLE_BLOCKS, _main_content),
        lambda tree: _first(tree, ("article", "div", "section", "main"), _main),
    ]


def _boilerplate(e: Any) -> bool:
    return (e.get("data-lp-replacement-content") is not None or "nav" in _lowered(_attribute(e, "role"), "N")
            or "MostPopularStories" in _attribute(e, "data-component")
            or bool(_COOKIE.search(_first_of(e, "id", "class")) or _DISCARD_ID.search(_attribute(e, "id"))
                    or _DISCARD_CLASS.search(_attribute(e, "class"))))


def _hidden(e: Any) -> bool:
    style = _attribute(e, "style")
    return (e.get("class") == "comments-title" or _first_of(e, "id", "class").startswith("reply-")
            or bool(_HIDDEN.search(_first_of(e, "id", "style"))) or "display:none" in style or "display: none" in style
            or bool(_COMMENT_FORM_ID.search(_attribute(e, "id")) or _HIDDEN_CLASS.search(_attribute(e, "class")))
            or e.get("aria-hidden") == "true")


def _with_attributes(tree: Any) -> list[Any]:
    """The elements below ``tree`` with an id, class, style or aria-hidden (picked by lxml, without Python)."""
    return list(_xpath(".//*[@id or @class or @style or @aria-hidden]")(tree))


@functools.cache
def _xpath(path: str) -> Any:
    from lxml.etree import XPath

    return XPath(path)


def overall_discard_xpath() -> list[Any]:
    """``OVERALL_DISCARD_XPATH``: page furniture by its names, then hidden and comment-form blocks."""
    return [
        lambda tree: [e for e in tree.iterdescendants(*_SMALL_BLOCKS) if _boilerplate(e)],
        lambda tree: [e for e in _with_attributes(tree) if _hidden(e)],
    ]


def teaser_discard_xpath() -> list[Any]:
    """``TEASER_DISCARD_XPATH``."""
    return [lambda tree: [e for e in tree.iterdescendants(*_SMALL_BLOCKS)
                          if "teaser" in _lowered(_attribute(e, "id"), "T")
                          or "teaser" in _lowered(_attribute(e, "class"), "T")]]


def precision_discard_xpath() -> list[Any]:
    """``PRECISION_DISCARD_XPATH``: headers, then blocks named for a page's bottom or links, or bordered."""
    return [
        lambda tree: list(tree.iterdescendants("header")),
        lambda tree: [e for e in tree.iterdescendants(*_SMALL_BLOCKS)
                      if _BOTTOM.search(_first_of(e, "id", "class")) or _LINK.search(_first_of(e, "id", "class"))
                      or "border" in _attribute(e, "style")],
    ]


def discard_image_elements() -> list[Any]:
    """``DISCARD_IMAGE_ELEMENTS``."""
    return [lambda tree: [e for e in tree.iterdescendants(*_SMALL_BLOCKS)
                          if "caption" in _attribute(e, "id") or "caption" in _attribute(e, "class")]]
