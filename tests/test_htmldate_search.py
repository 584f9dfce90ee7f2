"""``htmldate_search.htmldate_days``: the answers of htmldate's two searches, the tree pruned once for both."""

from __future__ import annotations

import pytest
from htmldate import find_date
from lxml.html import fromstring
from trafilatura.settings import set_date_params

from unspun.ingest.htmldate_search import htmldate_days

_ARTICLE = """<p>Councillors in Marlow Vale voted 7 to 2 on Tuesday night to close the Riverside car park for
eighteen months while a flood wall is built along the Tamsin Brook.</p>
<p>"We have been flooded three times since 2019," said Priya Haldane, who runs a bakery on Mill Lane. The
council expects the wall to cost £4.2 million, most of it from the Environment Agency.</p>"""

PAGES = {
    # the day in the page's metadata (htmldate's header search), a time of day beside it
    "meta": f"""<html><head><title>Car park to close for flood wall</title>
<meta property="article:published_time" content="2026-03-11T18:40:00+00:00"></head>
<body><article><h1>Car park to close for flood wall</h1>{_ARTICLE}</article></body></html>""",
    # a <time> element in the byline
    "time": f"""<html><head><title>Car park to close</title></head><body><div class="byline">By Tom Reyes,
<time datetime="2026-03-12">12 March 2026</time></div><article>{_ARTICLE}</article>
<footer>© 2026 Marlow Vale Gazette</footer></body></html>""",
    # a date line in the text: found by the element search of the pruned copy
    "date line": f"""<html><head><title>Car park</title></head><body><div class="post-meta">Posted 9 March
2026, 14:05</div><article>{_ARTICLE}</article><script>var built = "2025-12-01";</script></body></html>""",
    # no stated date: only the extensive search's free-text fallbacks find one (the copyright year)
    "footer year": f"""<html><head><title>Car park</title></head><body><article>{_ARTICLE}</article>
<footer><small>Copyright 2024 Marlow Vale Gazette Ltd</small></footer></body></html>""",
    # a day only the running text states, in a script too: the search without fallbacks reads text alone
    "running text": """<html><head><title>Hearing date set</title><script>var x = "2026-04-03 10:00";
</script></head><body><article><p>The planning inquiry into the wall will open on 3 April 2026 at the
Guildhall, the inspector Helen Ochieng said, and is expected to last nine days.</p></article></body></html>""",
    # nothing datable
    "undated": f"<html><head><title>Car park</title></head><body><article>{_ARTICLE}</article></body></html>",
}


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("url", [None, "https://gazette.example/news/2026/03/10/car-park"])
def test_both_answers_are_those_of_two_find_date_calls(name: str, url: str | None) -> None:
    html = PAGES[name]
    expected = [find_date(fromstring(html), **{**set_date_params(extensive), "url": url})
                for extensive in (True, False)]
    assert list(htmldate_days(fromstring(html), url)) == expected


def test_the_page_tree_is_left_as_it_was() -> None:
    tree = fromstring(PAGES["running text"])
    before = [element.tag for element in tree.iter()]
    list(htmldate_days(tree, None))
    assert [element.tag for element in tree.iter()] == before


def test_the_second_search_runs_only_when_asked() -> None:
    days = htmldate_days(fromstring(PAGES["meta"]), None)
    assert next(days) == "2026-03-11"
    assert next(days) == "2026-03-11"
    assert next(days, "done") == "done"
