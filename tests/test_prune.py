from __future__ import annotations

import copy
from typing import Any

import pytest
from lxml import etree

from unspun.ingest.prune import comment_sections, without_comment_sections, without_raw_clutter

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
