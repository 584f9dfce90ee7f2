from __future__ import annotations

import copy
from typing import Any

import pytest
from lxml import etree

from unspun.ingest.prune import (
    comment_sections,
    without_comment_lists,
    without_comment_sections,
    without_follow_ups,
    without_raw_clutter,
)

_PAGE = """<html><head><title>Harbour works</title></head><body>
<div id="main"><h1>Harbour wall repairs start in March</h1>
<p>Repairs to the harbour wall at Kessel will start in March, the port authority said on Tuesday.</p>
<div class="infinite-scroll"><h2>Next story</h2><p>Ferry timetable changes for the winter.</p></div>
<section id="infinitescroll-2"><h1>Council budget approved</h1><p>An appended article, own headline.</p></section>
<div class="mvp-post-add-box"><h1>Another appended post</h1><p>Zox News appends whole posts like this one.</p></div>
<aside class="elementor-widget elementor-share-buttons">Share on Mastodon</aside> tail text stays
<div class="elementor-widget-text">The works are expected to take eleven weeks.</div>
<div id="comments"><p>Reader: about time too.</p><ul class="comment-list"><li>Nested list</li></ul></div>
<section class="post-comments">Two comments</section>
<details id="disqus_thread"><summary>Discussion thread</summary>Thread</details>
<div id="dsq-comments">More comments</div>
<ul class="comments"><li>A comment list</li></ul>
<ol id="comment-list-2"><li>An ordered comment list</li></ol>
<ul id="disqus_thread"><li>A list with Disqus's id stays</li></ul>
<div id="commentary"><p>Commentary is an article section, not comments.</p></div>
<div class="article-comments-wrap">Article comments</div>
<div class="infinite-scroll"><div id="comments-inner">Comments inside a removed block</div></div>
<span id="comments">A span is never pruned</span>
<div class="Comment-box">Capitalised comment box</div>
</div></body></html>"""


def _tree(markup: str = _PAGE) -> Any:
    from trafilatura.utils import load_html

    return load_html(markup)


def _trafilatura_pruned(tree: Any) -> Any:
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    return prune_unwanted_nodes(prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH), REMOVE_COMMENTS_AND_LISTS_XPATH)


def test_raw_clutter_goes_as_trafilaturas_xpaths_take_it() -> None:
    ours, theirs = without_raw_clutter(_tree()), _trafilatura_pruned(_tree())
    assert etree.tostring(ours) == etree.tostring(theirs)
    text = " ".join(ours.itertext())
    for gone in ("Ferry timetable", "Another appended post", "Share on Mastodon", "Reader: about time", "Two comments",
                 "Discussion thread", "More comments", "A comment list", "An ordered comment list", "Article comments",
                 "Comments inside a removed block", "Capitalised comment box"):
        assert gone not in text
    for kept in ("Harbour wall repairs", "Council budget approved", "eleven weeks", "tail text stays",
                 "A list with Disqus's id stays", "Commentary is an article section", "A span is never pruned"):
        assert kept in text


@pytest.mark.parametrize("markup", [
    "<html><body><p>No containers at all, only a paragraph.</p></body></html>",
    "<html><body><div class='infinite-scroll'><div class='infinite-scroll'>Two levels</div></div>"
    "<div class='comments'><div class='comments'>inner</div></div></body></html>",
    "<html><body><div id='commentaire'>French comments</div><div id=''>empty id</div><div class=''>x</div>"
    "<aside id='infinite-scroll'>aside of follow-ups</aside><section class='elementor-share-buttons x'>s</section>"
    "<ul class='x comments'>not at the start</ul><ol class='post-comments'>post comments</ol></body></html>",
])
def test_raw_clutter_matches_trafilatura_on_edge_cases(markup: str) -> None:
    assert etree.tostring(without_raw_clutter(_tree(markup))) == etree.tostring(_trafilatura_pruned(_tree(markup)))


@pytest.mark.parametrize("markup", [
    _PAGE,
    "<html><body><p>No containers at all, only a paragraph.</p></body></html>",
    "<html><body><div class='infinite-scroll'><div class='infinite-scroll'>Two levels</div></div>"
    "<div class='comments'><div class='comments'>inner</div></div></body></html>",
    "<html><body><div id='commentaire'>French comments</div><aside id='infinite-scroll'>aside of follow-ups</aside>"
    "<section class='elementor-share-buttons x'>s</section><ul class='x comments'>not at the start</ul>"
    "<ol class='post-comments'>post comments</ol></body></html>",
])
def test_each_raw_prune_alone_goes_as_its_xpath_takes_it(markup: str) -> None:
    # The balanced cascade prunes follow-ups always and comment lists only off forum pages: one walk each.
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    for ours, xpaths in ((without_follow_ups, RAW_TREE_PRUNE_XPATH),
                         (without_comment_lists, REMOVE_COMMENTS_AND_LISTS_XPATH)):
        assert etree.tostring(ours(_tree(markup))) == etree.tostring(prune_unwanted_nodes(_tree(markup), xpaths))
    follow_ups_gone = " ".join(without_follow_ups(_tree()).itertext())
    assert "Another appended post" not in follow_ups_gone and "Share on Mastodon" not in follow_ups_gone
    assert "Reader: about time" in follow_ups_gone  # comments are the other walk's
    assert "Reader: about time" not in " ".join(without_comment_lists(_tree()).itertext())


def test_comment_sections_of_a_cleaned_tree_are_trafilaturas() -> None:
    from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes, tree_cleaning
    from trafilatura.settings import DEFAULT_CONFIG, Extractor
    from trafilatura.xpaths import REMOVE_COMMENTS_XPATH

    options = Extractor(config=DEFAULT_CONFIG, output_format="python", fast=True, precision=True, comments=False,
                        tables=True)
    cleaned = convert_tags(tree_cleaning(_tree(), options), options)
    assert [e.tag for e in comment_sections(cleaned)] == [e.tag for e in REMOVE_COMMENTS_XPATH[0](cleaned)]
    assert "list" in {e.tag for e in comment_sections(cleaned)}  # a converted <ul class="comment-list">
    theirs = prune_unwanted_nodes(copy.deepcopy(cleaned), REMOVE_COMMENTS_XPATH)
    assert etree.tostring(without_comment_sections(cleaned)) == etree.tostring(theirs)


# --- extract_content's XPaths as walks ------------------------------------------------------------------------

_CONTENT_PAGE = """<html><body>
<header>Site header</header>
<div class="post">A post</div><div class="entry x">entry with more</div><section itemprop="articleBody">body</section>
<main id="articleContent">m</main><article id="x-article-body">a</article><div id="art-content">b</div>
<div class="post_text">c</div><span class="post-body">a span is not a block here</span>
<div class="x articleBody">d</div><div role="article">e</div><div id="story">f</div><div class="cell">g</div>
<div id="primary-col">h</div><div id="col-primary">not at the start</div><div class="FullText">i</div>
<div class="article x">j</div><div class="article">k</div><div class="single-content">l</div>
<div id="content">m</div><div class="Main-content">n</div><div id="Main-Content">o</div>
<div id="MAIN-CONTENT">not lowered</div>
<div class="Page-content">p</div>
<div class="content_main">q</div><div id="contentBody">r</div><section class="mainbar">s</section>
<div id="main-wrap">t</div><div role="main">u</div><main>v</main>
<div data-lp-replacement-content="">w</div><div role="Navigation">x</div>
<div data-component="MostPopularStories-1">y</div>
<p id="cookie-bar" class="ok">z</p><p class="cookie-note" id="ok">the class comes first</p>
<p class="ok" id="cookie-id">the class comes first: kept</p><span id="share-box">share</span>
<div id="site-Footer">footer</div><div id="ad-slot">ad</div><div id="read-ad-slot">not an ad id</div>
<div class="x ad y">ad class</div><div class="ad-top">ad at start</div><div class="top-ad-x">ad inside</div>
<item class="widget-item">w</item><list class="tag-list">l</list><div class="meta">meta</div>
<div class="comments-title">ct</div><div id="reply-1">r</div><div class="reply-box" id="z">class first</div>
<div style="x" id="hidden-1">id after style</div><div id="x" style="visibility:hidden">style after id</div>
<div style="display:none">dn</div><div style="display: none">dn2</div><div id="akismet-x">ak</div>
<div class="x hidden">h</div><div class="hide-me">h2</div><div class="nohide">not hidden</div>
<div aria-hidden="true">ah</div><div aria-hidden="false">not</div><b class="noprint">any element</b>
<div id="Teaser-1">t</div><div class="x-teaser">t2</div><div id="page-bottom">b</div><div class="bottom-bar">b2</div>
<div class="Padding-bottom-lg">mid-token bottom stays</div><div class="x link">l</div><div class="permalink">pl</div>
<div id="x" class="link">id first</div><div style="border: 1px">bd</div><div id="img-caption">c</div>
<div class="wp-caption">c2</div><p>plain</p>
</body></html>"""


def _cleaned(markup: str) -> Any:
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning
    from trafilatura.settings import DEFAULT_CONFIG, Extractor

    options = Extractor(config=DEFAULT_CONFIG, output_format="python", fast=True, precision=True, comments=False,
                        tables=True)
    return convert_tags(tree_cleaning(_tree(markup), options), options)


@pytest.mark.parametrize("name", ["BODY_XPATH", "OVERALL_DISCARD_XPATH", "TEASER_DISCARD_XPATH",
                                  "PRECISION_DISCARD_XPATH", "DISCARD_IMAGE_ELEMENTS"])
def test_content_walks_find_what_trafilaturas_xpaths_find(name: str) -> None:
    from trafilatura import xpaths

    from unspun.ingest import prune

    walks = {"BODY_XPATH": prune.body_xpath, "OVERALL_DISCARD_XPATH": prune.overall_discard_xpath,
             "TEASER_DISCARD_XPATH": prune.teaser_discard_xpath, "DISCARD_IMAGE_ELEMENTS": prune.discard_image_elements,
             "PRECISION_DISCARD_XPATH": prune.precision_discard_xpath}[name]()
    tree = _cleaned(_CONTENT_PAGE)
    for walk, xpath in zip(walks, getattr(xpaths, name), strict=True):
        theirs = list(xpath(tree))
        ours = walk(tree)
        assert ours == (theirs[:1] if name == "BODY_XPATH" else theirs)
        assert name == "BODY_XPATH" or len(ours) >= 2 or xpath is xpaths.PRECISION_DISCARD_XPATH[0]
    if name == "BODY_XPATH":  # each found after the earlier ones' finds are gone, as _extract's pruning can do
        for walk, xpath in zip(walks, xpaths.BODY_XPATH, strict=True):
            while (found := walk(tree)):
                assert found == list(xpath(tree))[:1]
                found[0].getparent().remove(found[0])
