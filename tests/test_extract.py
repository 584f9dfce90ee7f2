"""extract: the seeds, the project's own fixture pages, HTML, JSON records, text-from-input properties."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.captures import Capture, build_captures, score_capture
from tests.conftest import need_shared
from unspun.config import Config, HtmlExtractConfig
from unspun.errors import InputError
from unspun.ingest.extract import extract, extract_record
from unspun.ingest.extract_lines import (
    _COPYRIGHT_NOTICE,
    classify_lines,
    is_credit_line,
    line_features,
    split_glued_chrome,
)
from unspun.model import Article, RawRecord

PAGES = Path(__file__).parent / "fixtures" / "pages"
_ALWAYS_CASCADE = HtmlExtractConfig(min_precise_chars=10**9, min_precise_body_share=10.0)
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def paragraphs(article: Article) -> list[str]:
    return article.text.split("\n")


def reasons(article: Article) -> dict[str, str]:
    return {r.text: r.reason for r in article.removed}


def seed(prefix: str) -> Path:
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip(f"../shared/seeds/{prefix}_*.txt not found: the seeds live in ../shared/seeds")
    return found[0]


# --- the seeds -----------------------------------------------------------------------------------------


def test_seed_000_keeps_the_body_moves_credits_and_drops_related_articles() -> None:
    article = extract(seed("000"))
    assert article.title == "Ukraine to increase Belarus border defence after Putin-Lukashenko meeting"
    assert article.credits == ("source: commonspace.eu with BBC", "photo: EPA")
    body = paragraphs(article)
    assert len(body) == 7
    assert body[0].startswith("Ukraine has announced on Monday (19 December)")
    assert body[-1].endswith("resisted sending its own troops into Ukraine.")
    removed = reasons(article)
    assert removed["Related articles"] == "related-articles section"
    assert "Borrell" not in article.text and "minerals deal" not in article.text
    assert all(r.reason in ("related-articles section", "site chrome") for r in article.removed)


def test_seed_001_drops_chrome_keeps_the_analysis_and_one_copy_of_the_repeat() -> None:
    article = extract(seed("001"))
    assert article.title == "Ukraine to boost Belarus border defenses as Putin meets Lukashenko"
    removed = reasons(article)
    for chrome in ("Subscribe Us", "header ads", "1px transparent line", "Post a Comment"):
        assert chrome in removed and chrome not in article.text
    assert removed["header ads"] == "advertisement slot"
    repeat = [r for r in article.removed if r.reason == "repeated block"]
    assert len(repeat) == 1 and repeat[0].text.startswith("Just days before Russia's full-scale invasion")
    assert article.text.count("Just days before Russia's full-scale invasion") == 1
    assert "Analysis box by Steve Rosenberg, Russia editor" in paragraphs(article)
    assert paragraphs(article)[-1] == "Everyone is focused on Minsk to check whether that stays the case."
    assert "Ned Cost" in article.text and "atomic rockets" in article.text


# --- the project's own captures ------------------------------------------------------------------------


def test_plain_capture_with_cookie_banner_menu_newsletter_and_most_read() -> None:
    article = extract(PAGES / "harbour_plain.txt")
    assert article.title == "Storm surge floods harbour district as sea wall gives way"
    assert article.credits == ("Photo: Daniel Reyes / Coastal Press Agency",)
    body = paragraphs(article)
    assert len(body) == 5
    assert body[2].endswith("costing an estimated £12m.")  # glued "Share this article" cut off
    removed = reasons(article)
    assert removed["Share this article"] == "site chrome"
    assert removed["Sign up to our morning newsletter"] == "site chrome"
    assert removed["We use cookies to improve your experience. Accept all cookies"] == "site chrome"
    assert {removed[m] for m in ("Home", "World", "Business", "Sport", "Culture")} == {"site chrome"}
    assert [r.reason for r in article.removed].count("repeated block") == 1
    assert removed["Most read"] == "related-articles section"
    assert "bakery" not in article.text and "signalling" not in article.text
    assert "All rights reserved" not in article.text


def test_plain_capture_with_ad_slot_subhead_teaser_and_reporting_credit() -> None:
    article = extract(PAGES / "council_plain.txt")
    assert article.title == "City votes to turn disused rail yard into public park"
    assert article.credits == ("Additional reporting by Sam Whitcombe",)
    removed = reasons(article)
    assert removed["ADVERTISEMENT"] == "advertisement slot"
    assert article.author == "Priya Natarajan"  # the byline is metadata, neither text nor removed
    assert "By Priya Natarajan, local democracy reporter" not in removed
    assert "What happens next" in paragraphs(article)  # a subhead inside the body stays
    teaser = [r.text for r in article.removed if r.reason == "teaser of another story"]
    assert len(teaser) == 3 and teaser[2].startswith("Islanders will be able")
    assert "Ferry" not in article.text and "Leave a comment" in removed
    assert paragraphs(article)[-1].startswith('"A park is lovely')


def test_clean_article_comes_through_unchanged() -> None:
    source = (PAGES / "clean_article.txt").read_text(encoding="utf-8")
    article = extract(PAGES / "clean_article.txt")
    lines = [line for line in source.splitlines() if line.strip()]
    assert article.title == lines[0]
    assert paragraphs(article) == lines[1:]
    assert article.removed == () and article.credits == ()


def test_html_page_main_text_metadata_credits_and_removed_boilerplate() -> None:
    article = extract(PAGES / "market_page.html")
    assert article.title == "Night market returns to the old town square"
    assert article.site == "Riverside Courier"
    assert article.published == "2024-05-17T08:30:00Z"  # the hour its metadata states
    assert article.credits == ("Photo: Riverside Courier / Jonas Berg",)
    body = paragraphs(article)
    assert body[0].startswith("The night market that once filled the old town square")
    assert body[-1].startswith("The city expects up to 4,000 visitors")
    for chrome in ("cookies", "Subscribe", "Most read", "Bridge closure", "All rights reserved", "Share on"):
        assert chrome not in article.text
    removed = " ".join(r.text for r in article.removed)
    assert "Bridge closure to last until end of summer" in removed
    assert "This site uses cookies" in removed
    assert {r.reason for r in article.removed} == {
        "boilerplate (not in the main text)",
        "related-articles link",
    }
    link = [r.text for r in article.removed if r.reason == "related-articles link"]
    assert link == ["Read more: Bridge closure to last until end of summer, engineers warn"]


def test_corpus_html_path_keeps_the_article_and_skips_only_the_boilerplate_listing() -> None:
    record = RawRecord(id="m", content=(PAGES / "market_page.html").read_bytes(), format="html")
    full = extract_record(record)
    corpus = extract_record(record, html=HtmlExtractConfig(list_boilerplate=False))
    assert (corpus.text, corpus.title, corpus.published, corpus.site, corpus.credits) == (
        full.text, full.title, full.published, full.site, full.credits
    )
    assert [r.reason for r in corpus.removed] == ["related-articles link"]  # furniture lines still listed


def test_short_precise_extraction_falls_back_to_the_balanced_cascade() -> None:
    record = RawRecord(id="m", content=(PAGES / "market_page.html").read_bytes(), format="html")
    default = extract_record(record)
    # Floors no page reaches: every page takes the balanced cascade, as with favor_precision off.
    always = extract_record(record, html=_ALWAYS_CASCADE)
    balanced = extract_record(record, html=HtmlExtractConfig(favor_precision=False))
    assert always.text == balanced.text
    assert default.text.startswith("The night market") and always.text.startswith("The night market")


# --- records and errors --------------------------------------------------------------------------------


def test_json_record_metadata_wins_over_what_extraction_finds(tmp_path: Path) -> None:
    html = (PAGES / "market_page.html").read_text(encoding="utf-8")
    obj = {
        "id": "rc-1",
        "html": html,
        "title": "Night market is back",
        "published": "2024-05-16",
        "site": "RC",
        "url": "https://example.org/market",
    }
    path = tmp_path / "page.json"
    path.write_text(json.dumps(obj), encoding="utf-8")
    article = extract(path)
    assert (article.id, article.title, article.published, article.site, article.url) == (
        "rc-1",
        "Night market is back",
        "2024-05-16",
        "RC",
        "https://example.org/market",
    )
    assert "sixty stalls" in article.text


VERSIONS = Path(__file__).parent / "fixtures" / "modified_versions"


@pytest.mark.parametrize(("page", "modified"), [
    ("rail_v2.html", "2025-03-06T12:05:00+00:00"),  # <meta property="article:modified_time">
    ("school_v2.html", "2025-01-13T17:20:00+00:00"),  # JSON-LD dateModified
    ("bins_v2.html", "2025-06-09T15:45:00+01:00"),  # <meta name="last-modified">
    ("ferry_v2.html", "2025-07-18T14:05+01:00"),  # "Updated 14:05" beside the byline: the published day and zone
    ("council_v2.json", "2025-02-19T23:10:00+00:00"),  # a JSON record's "modified"
    ("school_v1.html", None),  # JSON-LD without dateModified
    ("ferry_v1.html", None),
])
def test_a_pages_modified_time_is_read_however_it_is_given(page: str, modified: str | None) -> None:
    article = extract(VERSIONS / page)
    assert article.modified == modified
    assert article.published is not None and article.published[:10] == (modified or article.published)[:10]


def test_a_modified_time_is_the_pages_own_only_on_a_short_updated_line() -> None:
    body = "<p>" + "The council said the road would reopen after repairs to the culvert. " * 4 + "</p>"
    said = ("<p>The council updated 14:05 figures for the repair, which it said had been revised twice since the "
            "flooding in March.</p>")
    for line, modified in (('<span class="updated">Last updated: 3 March 2025, 2.05pm</span>', "2025-03-03T14:05"),
                           (said, None)):
        page = (f"<html><head><meta property='article:published_time' content='2025-03-03T07:00:00'></head>"
                f"<body><article><h1>Road to reopen</h1>{line}{body}</article></body></html>")
        assert extract_record(RawRecord("p", page, format="html")).modified == modified


ZONE = Path(__file__).parent / "fixtures" / "modified_zone"


@pytest.mark.parametrize(("page", "modified"), [
    ("ferry_v1_subhead.html", None),  # its subhead "Updated timetable from 21 July 2025" dates the timetable
    ("ferry_v2_subhead.html", "2025-07-18T14:05+01:00"),  # its byline's "Updated 14:05", not the subhead's date
    ("upd_v1.html", None),  # a sidebar teaser's "Updated 16:40" is another story's
    ("upd_v2.html", "2025-05-14T12:30+01:00"),  # "Updated <time>12:30</time>": the byline read whole
])
def test_an_updated_line_is_read_only_in_the_articles_header(page: str, modified: str | None) -> None:
    assert extract(ZONE / page).modified == modified


def test_a_byline_crediting_the_pages_own_outlet_or_in_a_related_card_credits_no_one() -> None:
    """"By Jo Reid, CNN" on CNN's page names the outlet its writer works for; a related-stories card's "By
    Associated Press" signs another story. The wire edition's "By PA Reporter" still credits PA."""
    assert extract(ZONE / "cnn_first.html").credits == ()
    assert extract(ZONE / "staff_first.html").credits == ()
    assert extract(ZONE / "ed_north.html").credits == ("(PA)",)
    page = ("<html><head><meta property='og:site_name' content='Bloomberg'></head><body><article><h1>Rates</h1>"
            "<div class='byline'>By Anna Kerr, Bloomberg</div><p>"
            + "The central bank held its main rate at 4.25% on Thursday, as economists had expected. " * 3
            + "</p></article></body></html>")
    assert extract_record(RawRecord("p", page, format="html")).credits == ()
    assert extract_record(RawRecord("p", page.replace("Bloomberg'", "Money Daily'"), format="html")).credits \
        == ("(Bloomberg)",)
    # a byline in the article's meta list is its own; the same in a related card is another story's
    listed = page.replace("<div class='byline'>By Anna Kerr, Bloomberg</div>",
                          "<ul class='meta'><li class='byline'>By Lucy Marsh (PA)</li></ul>")
    assert extract_record(RawRecord("p", listed, format="html")).credits == ("(PA)",)
    carded = listed.replace("<ul class='meta'>", "<ul class='related-stories'>")
    assert extract_record(RawRecord("p", carded, format="html")).credits == ()


def test_a_text_bylines_agency_in_brackets_is_written_out_or_short() -> None:
    marsh = extract(ZONE / "marsh_pa_media.txt")
    assert (marsh.author, marsh.credits) == ("Lucy Marsh", ("(PA)",))


def test_an_agency_named_in_a_byline_is_a_credit() -> None:
    """"By Lucy Marsh (PA)" in a page's byline element, "By Sarah Jensen - AP", "By Erik Haugen (Reuters)" as a text
    record's byline line: each credits the agency, as a body's credit line or a "LONDON (Reuters) -" dateline does;
    "(Court Reporter)" is a role, and credits no one."""
    assert extract(VERSIONS / "pier_wire.html").credits == ("(PA)",)
    assert extract(VERSIONS / "chip_outlet.html").credits == ("(AP)",)
    gas = extract(VERSIONS / "gas_reuters.json")
    assert (gas.credits, gas.author) == (("(Reuters)",), "Erik Haugen")
    assert "Reuters" not in gas.text
    assert extract(VERSIONS / "cafe_first.html").credits == ()
    page = ("<html><head><meta name='author' content='Joe Kenyon (PA)'></head><body><article><h1>Barrow</h1><p>"
            + "A man has been charged with murder after a woman was found dead at a house in Barrow. " * 3
            + "</p></article></body></html>")
    assert extract_record(RawRecord("p", page, format="html")).credits == ("(PA)",)


def test_json_text_record_goes_through_the_line_classifier() -> None:
    text = (PAGES / "council_plain.txt").read_text(encoding="utf-8")
    record = RawRecord(id="c", content=json.dumps({"text": text, "site": "Brennick News"}), format="json")
    article = extract_record(record)
    assert article.site == "Brennick News" and article.title.startswith("City votes")
    assert "ADVERTISEMENT" not in article.text


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><div><p>Unclosed paragraph about the river crossing <b>and more <i>text" * 30,
        "<html><body><table><tr><td>The ferry <p>sails</td></div></body>" * 20,
        "<<<>>> </html> <body",
        "\x00\x01<html>",
    ],
)
def test_broken_html_never_crashes(html: str) -> None:
    try:
        article = extract_record(RawRecord(id="broken", content=html, format="html"))
    except InputError as error:
        assert str(error).startswith("no article text found in broken")
    else:
        assert article.text


def test_a_page_of_only_chrome_is_no_article(tmp_path: Path) -> None:
    path = tmp_path / "chrome.txt"
    path.write_text("Home\nNews\nSubscribe\nSign in\nPost a Comment\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"no article text found in .*chrome\.txt"):
        extract(path)


# --- the line classifier -------------------------------------------------------------------------------


def test_features_separate_prose_from_chrome() -> None:
    prose = line_features("The committee said on Monday that it would publish its findings in the spring.")
    menu = line_features("Home News Sport Weather")
    button = line_features("Share this story")
    assert prose.score > 2 > menu.score and prose.score > 2 > button.score
    assert button.ui_hits >= 1 and prose.ui_hits == 0
    assert line_features("He declined to comment on the report when asked by reporters.").ui_hits == 0
    assert line_features("Related stories").section_header
    assert not line_features("Related stories are told by villagers around the fire.").section_header


def test_line_thresholds_come_from_the_settings_tree() -> None:
    page = "\n".join([
        "Harbour plan wins council vote",
        "The council voted on Tuesday to approve the harbour plan after a two-hour debate in the town hall.",
        "Opponents said the new sea wall would cost far more than the budget set aside for it last year.",
        "Related stories",
        "Train drivers to strike over pay in the new year, union says after talks with the rail company fail.",
    ])
    default = classify_lines(page)
    assert [v.reason for v in default if v.label == "removed"] == ["related-articles section"] * 2
    # A related-section header of two words is no header when headers may have only one word: the other
    # story's paragraph then stays in the body.
    narrow = classify_lines(page, Config(line_section_header_max_words=1))
    assert not [v for v in narrow if v.label == "removed"]
    assert not line_features("Related stories", Config(line_section_header_max_words=1)).section_header
    assert split_glued_chrome("Prices rose again.Read more", Config(line_glued_tail_max_words=1))[1] is None
    # A byline and a date line are metadata only while no longer than ``metadata_line_max_chars``.
    dated = "\n".join([page.splitlines()[0], "By Marta Osterlund", "30 August 2023", *page.splitlines()[1:3]])
    assert [v.label for v in classify_lines(dated)][1:3] == ["author", "published"]
    assert "author" not in [v.label for v in classify_lines(dated, Config(metadata_line_max_chars=10))]


def test_glued_chrome_is_split_only_when_it_is_ui() -> None:
    assert split_glued_chrome("Prices rose again.Read more") == ("Prices rose again.", "Read more")
    assert split_glued_chrome('He said "no."The minister left') == ('He said "no."The minister left', None)


# --- properties ----------------------------------------------------------------------------------------

WORDS = (
    *("the", "council", "river", "bridge", "market", "said", "would", "with", "from", "after", "minister"),
    *("police", "report", "water", "school", "a", "of", "to", "in", "on", "and", "for", "new", "city"),
    *("budget", "plan", "people", "year", "week", "village", "road", "train", "farmers"),
)
SENTENCE = st.lists(st.sampled_from(WORDS), min_size=4, max_size=30).map(
    lambda ws: " ".join([ws[0].capitalize(), *ws[1:]]) + "."
)
CHROME = st.sampled_from(["Subscribe", "Share this", "Most read", "Advertisement", "Sign in", "Home", "News"])


@settings(max_examples=60, deadline=None)
@given(st.lists(SENTENCE, min_size=1, max_size=12, unique=True))
def test_clean_input_loses_no_body_line(sentences: list[str]) -> None:
    lines = [line for line in sentences if len(line) > 1]
    text = "\n\n".join(lines)
    verdicts = classify_lines(text)
    assert [v.text for v in verdicts if v.label == "body"] == lines


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(SENTENCE, CHROME, st.text(min_size=1, max_size=60)), min_size=1, max_size=20))
def test_every_kept_and_removed_block_comes_from_the_input(blocks: list[str]) -> None:
    text = "\n".join(blocks)
    source = norm(text)
    try:
        article = extract_record(RawRecord(id="gen", content=text, format="text"))
    except InputError:
        return
    for paragraph in paragraphs(article):
        assert paragraph and norm(paragraph) in source
    for removed in article.removed:
        assert removed.text and norm(removed.text) in source
    for credit in article.credits:
        assert norm(credit) in source


# --- headline, byline, dateline as metadata; teaser runs (bench/captures.py) ------------------------------


@pytest.mark.parametrize("capture", build_captures(), ids=lambda c: c.name)
def test_capture_keeps_exactly_the_article_and_reads_its_metadata(capture: Capture) -> None:
    article = extract_record(RawRecord(id=capture.name, content=capture.text))
    score = score_capture(capture, article)
    assert (score.body_precision, score.body_recall) == (1.0, 1.0)
    assert score.title and score.published and score.author is not False and score.site is not False
    teasers = [r.text for r in article.removed if r.reason == "teaser of another story"]
    assert all(t not in capture.body for t in teasers)


def test_headline_on_line_one_is_the_title_even_with_chrome_words() -> None:
    bbc = need_shared("data/bbc_fulltext")
    for relative, headline in (("business/001.txt", "Ad sales boost Time Warner profit"),
                               ("politics/004.txt", "Labour chooses Manchester")):
        article = extract(bbc / relative)
        assert article.title == headline
        assert headline not in article.text and all(r.text != headline for r in article.removed)


def test_byline_date_line_and_copyright_become_metadata() -> None:
    page = "\n\n".join((
        "Valley Daily News", "Home | News | Sport", "Pharmacies told to pull heart drug after contamination",
        "By Tomasz Wren, Business Editor", "Updated: Feb 21, 2024 at 4:05 pm",
        "A batch of a common heart medicine was recalled on Wednesday after tests found traces of a solvent "
        "in tablets made at a plant outside Corvale, the national medicines agency said.",
        "Like this story? Share it with a friend!",
        "The agency said patients should keep taking their tablets until a pharmacist could swap them, "
        "because stopping suddenly was more dangerous than the small risk from the solvent.",
        "© 2024 Valley Daily News. All rights reserved.",
    ))
    article = extract_record(RawRecord(id="recall", content=page))
    assert article.title == "Pharmacies told to pull heart drug after contamination"
    assert (article.author, article.published, article.site) == ("Tomasz Wren", "2024-02-21T16:05",
                                                                  "Valley Daily News")
    assert paragraphs(article)[0].startswith("A batch") and len(paragraphs(article)) == 2
    assert reasons(article)["Like this story? Share it with a friend!"] == "site chrome"


# --- the precise pass without trafilatura's copies of the page -------------------------------------------

_COMMENTED_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry timetable changes from Monday | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette"></head>
<body><header><nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav></header>
<article><h1>Ferry timetable changes from Monday</h1>
<p class="byline">By Ines Alvarez, transport reporter</p>
<p>The harbour ferry will run every twenty minutes instead of every half hour from Monday, the operator said,
after a year in which passenger numbers rose by almost a third.</p>
<p>Commuters from the eastern quay had complained of crowded boats at peak times, and the council had asked the
operator to add crossings before the summer season.</p>
<p>"We have two new boats in service and crews trained for them," the operator's chief executive told the
Gazette. Evening crossings after ten o'clock will stay hourly.</p>
<ul class="related"><li><a href="/a">Bridge repairs delayed again</a></li>
<li><a href="/b">Bus fares frozen</a></li></ul>
</article>
<section id="comments" class="comments"><h3>3 comments</h3>
<div class="comment"><p>About time too, the 8.10 has been standing room only for months.</p></div>
<div class="comment"><p>Will the night boats ever come back? Nobody at the council answers.</p></div></section>
<footer><p>© 2024 Harbour Gazette. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""


def _html_pages() -> dict[str, str]:
    from bench.scale import news_page

    farm = news_page("Council approves harbour budget", [
        "The city council approved a budget of 4.2 million euros for the harbour on Tuesday, after a debate that "
        "lasted into the night.",
        "Opposition members said the plan did too little for the fishing fleet, which has shrunk by half in ten "
        "years, and voted against it.",
    ], "Daily Farm 1")
    return {
        "market": (PAGES / "market_page.html").read_text(encoding="utf-8"),
        "commented": _COMMENTED_PAGE,
        "farm": farm.decode(),
        "short": "<html><body><nav><a href='/'>Home</a></nav><p>Only a line.</p></body></html>",
    }


@pytest.mark.parametrize("name", ["market", "commented", "farm", "short"])
def test_precise_pass_gives_trafilaturas_precise_text_without_its_copies(name: str) -> None:
    from unspun.ingest.extract import _content, _html_tree, _precise_content

    page = _html_pages()[name]
    expected = _content(_html_tree(page), None, precise=True, fast=True)
    assert _precise_content(_html_tree(page), None) == expected
    if name == "commented":  # the article, not its reader comments, related links or footer
        assert "The harbour ferry will run" in expected and "Evening crossings" in expected
        assert "standing room" not in expected and "Bus fares" not in expected and "rights reserved" not in expected


_FOLLOW_UP_PAGE = """<html><head><title>Ferry fares</title></head><body><div class="wrap">
<h1>Ferry fares rise by a fifth</h1><p>Fares on the harbour ferry rise by a fifth from Monday, the operator said.</p>
<div class="share-tools"><a href="#">Share</a></div>
<section class="infinite-scroll"><h2>Next: Council budget</h2><p>The council approved its budget on Tuesday after a
long debate about bus fares, the harbour and the library, which will close on Sundays.</p></section>
<div class="elementor-share-buttons">Share this</div>
<div id="comments"><ul class="comment-list"><li>Reader: about time the fares went up, the ferry is always late
and the cafe on board has been shut for a year.</li></ul></div>
<ol id="comment-replies"><li>Another reader disagrees and says the ferry is fine as it is.</li></ol>
</div></body></html>"""


@pytest.mark.parametrize("name", ["market", "commented", "farm", "short", "follow-ups", "forum"])
def test_balanced_cascade_gives_trafilaturas_balanced_text_without_its_copies(name: str) -> None:
    from unspun.ingest.extract import _balanced_content, _content, _html_tree

    forum = _FOLLOW_UP_PAGE.replace("</head>", '<script type="application/ld+json">{"@context": "https://schema.org",'
                                               ' "@type": "DiscussionForumPosting"}</script></head>')
    page = {**_html_pages(), "follow-ups": _FOLLOW_UP_PAGE, "forum": forum}[name]
    expected = _content(_html_tree(page), None, precise=False, fast=False)
    assert _balanced_content(_html_tree(page), None) == expected
    if name == "forum":  # a thread's comment lists are its posts: only the follow-ups go before the passes
        from trafilatura.core import _forum_thread_page

        assert _forum_thread_page(_html_tree(page))
    if name == "follow-ups":  # the article, not the appended story, the share buttons or the comments
        assert "rise by a fifth from Monday" in expected and "council approved" not in expected
        assert "Share this" not in expected and "always late" not in expected


def test_balanced_cascade_matches_trafilatura_on_benchmark_pages() -> None:
    from bench.extraction import trafilatura_eval_pages
    from unspun.ingest.decode import decode_page
    from unspun.ingest.extract import _balanced_content, _content, _html_tree

    need_shared("data/trafilatura_eval")
    for page in trafilatura_eval_pages(Path(__file__).resolve().parents[1].parent / "shared", 12):
        text, _ = decode_page(page.key, page.html)
        assert _balanced_content(_html_tree(text), None) == _content(_html_tree(text), None, precise=False, fast=False)


def test_corpus_path_reads_the_page_again_for_the_balanced_cascade() -> None:
    # The corpus path lets the precise pass consume the tree; a page that falls back is parsed again.
    record = RawRecord(id="c", content=_COMMENTED_PAGE, format="html")
    balanced = extract_record(record, html=HtmlExtractConfig(favor_precision=False, list_boilerplate=False))
    fallback = extract_record(record, html=dataclasses.replace(_ALWAYS_CASCADE, list_boilerplate=False))
    listed = extract_record(record, html=_ALWAYS_CASCADE)
    assert fallback.text == balanced.text == listed.text
    assert fallback.title == "Ferry timetable changes from Monday" and fallback.site == "Harbour Gazette"
    assert "boilerplate (not in the main text)" in {r.reason for r in listed.removed}
    # the cascade prunes reader comments from the tree it reads: the listing still reads them on the page
    assert any("standing room only" in r.text for r in listed.removed)


def _cascade_calls(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Records each run of the balanced cascade (``_balanced_content``; False: not precise) while the test runs."""
    from unspun.ingest import extract as module

    calls: list[bool] = []
    balanced = module._balanced_content

    def counted(tree: object, url: str | None) -> str:
        calls.append(False)
        return balanced(tree, url)

    monkeypatch.setattr(module, "_balanced_content", counted)
    return calls


@pytest.mark.parametrize("list_boilerplate", [False, True])
def test_a_short_article_on_a_plain_page_keeps_the_precise_text(
    monkeypatch: pytest.MonkeyPatch, list_boilerplate: bool
) -> None:
    # Under 1,500 characters but most of the page's text: the cascade (~18 ms a page) would find nothing more.
    calls = _cascade_calls(monkeypatch)
    page = _html_pages()["farm"]
    options = HtmlExtractConfig(list_boilerplate=list_boilerplate)
    article = extract_record(RawRecord(id="f", content=page, format="html"), html=options)
    assert calls == []
    assert article.text.startswith("The city council approved a budget of 4.2 million euros")
    assert article.text.endswith("voted against it.") and "Most read" not in article.text
    cascade = extract_record(RawRecord(id="f", content=page, format="html"),
                             html=dataclasses.replace(_ALWAYS_CASCADE, list_boilerplate=list_boilerplate))
    assert calls == [False] and cascade.text == article.text


def test_a_page_whose_precise_text_is_a_small_share_still_takes_the_cascade(monkeypatch: pytest.MonkeyPatch) -> None:
    from unspun.ingest.extract import _html_tree, _precise_content, body_chars

    calls = _cascade_calls(monkeypatch)
    tree = _html_tree(_COMMENTED_PAGE)
    share = len(_precise_content(_html_tree(_COMMENTED_PAGE), None)) / body_chars(tree)
    assert 0.3 < share < 1  # the article is most of this page: a lower floor keeps the precise text
    extract_record(RawRecord(id="c", content=_COMMENTED_PAGE, format="html"),
                   html=HtmlExtractConfig(min_precise_body_share=share + 0.01, list_boilerplate=False))
    assert calls == [False]


def test_body_chars_counts_the_body_with_whitespace_runs_as_one() -> None:
    from unspun.ingest.extract import _html_tree, body_chars

    tree = _html_tree("<html><head><title>Not counted</title></head><body><p>Two  words</p>\n\n<p>x</p></body></html>")
    assert body_chars(tree) == len("Two words x")
    assert body_chars(_html_tree("<html><p>Some text</p></html>")) == len("Some text")


_ODD_MARKUP = {
    "declared": '<?xml version="1.0" encoding="utf-8"?><html><body><p>Read as bytes: lxml refuses a declared'
                ' encoding in a text.</p></body></html>',
    "empty": "",
    "not html": "Just a line of text, no markup at all.",
    "fragment": "<p>One paragraph and nothing around it</p>",
    "self-closing": '<!DOCTYPE html>\n<html lang="en"/>\n<body><form action="/s"><input name="q" value="x">'
                    "<label>Find</label><select><option>a</option></select><textarea>t</textarea></form>"
                    "<p>Text after a form</p></body></html>",
}


@pytest.mark.parametrize("name", [*_ODD_MARKUP, "market", "commented", "farm", "short"])
def test_pages_are_parsed_as_trafilatura_parses_them(name: str) -> None:
    from lxml import etree
    from lxml.html import HtmlElement
    from trafilatura.utils import load_html

    from unspun.ingest.extract import _html_tree

    page = _ODD_MARKUP[name] if name in _ODD_MARKUP else _html_pages()[name]
    ours, theirs = _html_tree(page), load_html(page)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert etree.tostring(ours) == etree.tostring(theirs)
        assert all(isinstance(e, HtmlElement) for e in ours.iter(etree.Element))


def test_precise_pass_matches_trafilatura_on_benchmark_pages() -> None:
    from bench.extraction import aeb_pages
    from unspun.ingest.decode import decode_page
    from unspun.ingest.extract import _content, _html_tree, _precise_content

    need_shared("data/scrapinghub_aeb")
    for page in aeb_pages(Path(__file__).resolve().parents[1].parent / "shared", 12):
        text, _ = decode_page(page.key, page.html)
        assert _precise_content(_html_tree(text), None) == _content(_html_tree(text), None, precise=True, fast=True)


# --- the publication date: to the day or the month, never a bare year --------------------------------------

_YEARS_IN_TEXT = [
    "The Japanese economy has officially gone back into recession for the fourth time in a decade.",
    "Gross domestic product fell by 0.1% in the last three months of 2004, after similar falls in the two "
    "previous quarters. On Wednesday, the government revised growth figures from earlier in 2004.",
    "The economy grew 2.6% overall last year and is forecast to grow by 2.1% in 2005, said analysts in Tokyo.",
]


def _published(page: str, url: str | None = None) -> str | None:
    return extract_record(RawRecord(id="d", content=page, format="html", url=url),
                          html=HtmlExtractConfig(list_boilerplate=False)).published


def test_years_in_the_text_or_the_copyright_line_are_no_publication_date() -> None:
    from bench.scale import news_page

    # htmldate alone answers "2004-01-01" for this page (the year it names most), "2019-01-01" with the footer's
    # copyright year: neither is a date anyone wrote.
    page = news_page("Japan economy slides to recession", _YEARS_IN_TEXT, "BBC News").decode()
    assert _published(page) is None
    assert _published(page.replace("© BBC News.", "© 2019 BBC News.")) is None


def test_a_written_date_stands_even_on_new_years_day_and_a_month_is_enough() -> None:
    from bench.scale import news_page

    page = news_page("Japan economy slides to recession", _YEARS_IN_TEXT, "BBC News").decode()
    meta = '<meta property="article:published_time" content="2005-01-01T09:30:00Z">'
    assert _published(page.replace("</head>", meta + "</head>")) == "2005-01-01T09:30:00Z"  # with its stated hour
    assert _published(page, "https://news.example/2005/02/15/japan-recession") == "2005-02-15"
    assert _published(page.replace("<h1>", "<p>Archive 02/2005</p><h1>")) == "2005-02-01"  # month precision
    assert _published(page.replace("<h1>", "<p class='date'>Published 14 February 2005</p><h1>")) == "2005-02-14"
    # New Year's Day and January written in the page's text stand like any other day and month.
    assert _published(page.replace("<h1>", "<p>Posted on January 1, 2005</p><h1>")) == "2005-01-01"
    assert _published(page.replace("<h1>", "<p>Archive 01/2005</p><h1>")) == "2005-01-01"


@pytest.mark.parametrize("written", [
    "Posted on January 1, 2005", "1 January 2005", "Jan. 1, 2005", "JANUARY 2005", "the 1st January 2005",
    "January\n \n  2005", "2005-01-01", "Published: Sat, 1 Jan 2005 09:30",
])
def test_the_cheap_january_test_finds_every_january_the_date_parser_reads(written: str) -> None:
    # The date parser reads a page's text only where the cheap pattern finds a January before the year: the
    # pattern must find at least every January the parser would (else a New Year's Day written out is lost).
    from unspun.ingest.extract import _january_before
    from unspun.text.dates import time_expressions

    text = f"Crews cheered the decision. {written} — The harbour board met at noon in 2005."
    assert {"1 jan 2005", "jan 2005"} & {m.value for m in time_expressions(text)}
    assert _january_before("2005").search(text)
    assert not _january_before("2005").search(text.replace("Jan", "Feb").replace("JAN", "FEB").replace("-01-", "-02-"))


HUMAN_PAIRS = Path(__file__).parent / "fixtures" / "human_pairs"


@pytest.mark.parametrize(("name", "credit"), [
    ("study_summary.txt", "(Via Priya Raman, Valley Courier)"),
    ("obituary_summary.txt", "Adapted from an obituary by Simon Achterberg."),
    ("obituary_republished.txt",
     "This obituary first appeared in the Caledonian Review and is republished with permission."),
])
def test_credits_written_as_a_phrase_are_credits_not_text_or_chrome(name: str, credit: str) -> None:
    article = extract(HUMAN_PAIRS / name)
    assert article.credits == (credit,)
    assert credit not in article.text and credit not in [r.text for r in article.removed]


def test_a_sentence_that_merely_starts_like_a_credit_stays_text() -> None:
    # "Via" before a lower-case word is a route, not a credit; a short line, as a credit line would be.
    text = ("Bus fares rise in April\n\nThe council raised fares on every route on Monday, its first rise in six "
            "years.\n\nVia the ring road, buses reach the hospital faster.\n")
    article = extract(RawRecord(id="bus", content=text))
    assert article.credits == () and "Via the ring road" in article.text


@pytest.mark.parametrize("sentence", [
    "Via Rail cancelled all trains between Toronto and Montreal on Monday.",
    "Adapted from reports by local newspapers, the storm was the worst in a decade.",
    "Courtesy of the Harbour Trust, the old lifeboat station will reopen as a museum.",
])
def test_a_sentence_that_opens_like_a_credit_phrase_stays_in_the_text(sentence: str) -> None:
    text = ("Storm closes the coast line\n\nHeavy snow closed the coast line on Sunday and left hundreds of "
            f"passengers stranded at Harwick station overnight.\n\n{sentence}\n\nEngineers expect the line to "
            "reopen on Wednesday once the drifts are cleared.\n")
    article = extract(RawRecord(id="storm", content=text))
    assert article.credits == () and sentence in article.text


def test_a_results_line_under_the_headline_is_article_text() -> None:
    # "Castleford Rovers 3 Pennington Athletic 1" has no verb and no full stop, but it is the article's first fact:
    # a copy that changes the score there changes the article.
    for result in ("Castleford Rovers 3 Pennington Athletic 1", "Castleford Rovers 3-1 Pennington Athletic"):
        page = (f"Okafor double sends Castleford Rovers top of the table\n\n{result}\n\n"
                "Samuel Okafor scored twice in the second half as Castleford Rovers beat Pennington Athletic at Ferry "
                "Lane on Saturday to go top of the Northern League for the first time this season.\n\n"
                "Pennington took the lead after 12 minutes when Luca Brambilla headed in a corner from Jordan Pike.\n")
        article = extract_record(RawRecord(id="match", content=page, format="text"))
        assert paragraphs(article)[0] == result and not article.removed, result


def test_a_pages_counters_and_pager_shaped_like_a_result_are_still_chrome() -> None:
    # "Comments 12 Shares 48" reads as two sides and their scores; kept as text, two captures of one page whose
    # counters moved would differ by "4 numbers changed".
    body = ("Samuel Okafor scored twice in the second half as Castleford Rovers beat Pennington Athletic at Ferry Lane "
            "on Saturday to go top of the Northern League for the first time this season.\n\n"
            "Pennington took the lead after 12 minutes when Luca Brambilla headed in a corner from Jordan Pike.\n\n")
    for counter in ("Comments 12 Shares 48", "Likes 230 Comments 41", "Page 1 Of 3"):
        page = f"Okafor double sends Castleford Rovers top of the table\n\n{body}{counter}\n"
        article = extract_record(RawRecord(id="match", content=page, format="text"))
        assert counter not in article.text and any(counter in r.text for r in article.removed), counter


def test_a_newsrooms_appeal_to_its_readers_is_furniture_and_a_sources_own_appeal_is_text() -> None:
    story = ("Bus routes cut across Shropshire\n\nShropshire Council said 14 rural routes would end in March, "
             "leaving some villages without a service on weekdays.\n\n")
    for appeal in ("Have you been affected? Email our newsdesk.", "Got a story? Contact us at news@example.org",
                   "Share your experiences by emailing yourstories@example.org."):
        verdicts = classify_lines(story + appeal)
        assert (verdicts[-1].label, verdicts[-1].reason) == ("removed", "reader appeal"), appeal
    for sentence in ("Have you been affected by the cuts? Residents can email the council's transport team.",
                     '"Have you ever tried to get to Ludlow without a car?" asked one passenger.'):
        assert classify_lines(story + sentence)[-1].label == "body", sentence
    html = ("<html><body><article><h1>Bus routes cut across Shropshire</h1><p>Shropshire Council said 14 rural "
            "routes would end in March, leaving some villages without a service on weekdays, and that three "
            "more would run only on market days from April.</p><p>Have you been affected? Email our newsdesk.</p>"
            "</article></body></html>")
    article = extract(RawRecord("page", html.encode(), format="html"))
    assert "newsdesk" not in article.text and [r.reason for r in article.removed] == ["reader appeal"]


_FERRY = ("Ferry fares to the islands to rise by a fifth\n\n"
          "Return fares on the Kelby ferry will rise by 20% from April, the island council said on Tuesday, the first "
          "rise since the route was taken into public ownership in 2019.\n\n"
          "Councillor Morag Finlay said fuel and crew costs had gone up faster than expected and the service could not "
          "keep running at a loss of £1.3 million a year.\n\n"
          "Islanders will still travel at half price with a resident's card, and schoolchildren will travel free.\n\n")


@pytest.mark.parametrize("footer", [
    "This article first appeared on The Conversation and is republished here under a Creative Commons licence.",
    "This article is republished from The Conversation under a Creative Commons license. Read the original article.",
    "This story was originally published by the Kelby Courier and is reproduced here with the permission of its "
    "editor.",
    "This story is republished from Island Voices, the nonprofit newsroom of the Western Isles, under a CC BY-NC-ND "
    "licence.",
    "Republished under a Creative Commons CC BY-ND 4.0 licence from Coastal Futures.",
])
def test_a_republishing_footer_naming_its_licence_is_a_credit(footer: str) -> None:
    article = extract_record(RawRecord(id="ferry", content=_FERRY + footer, format="text"))
    assert article.credits == (footer,) and footer not in article.text, footer


@pytest.mark.parametrize("sentence", [
    "The report was republished by the ministry on Monday under a new title after the council complained.",
    "Islanders gave permission for the new pier, which the council says will be licensed to two operators from May.",
])
def test_a_sentence_about_a_republished_report_or_a_licence_stays_text(sentence: str) -> None:
    article = extract_record(RawRecord(id="ferry", content=_FERRY + sentence, format="text"))
    assert article.credits == () and sentence in article.text, sentence


@pytest.mark.parametrize("notice", [
    "Copyright Kelby Courier 2026. All rights reserved.",
    "Copyright 2026 Kelby Courier Ltd",
    "Copyright (c) 2026 Kelby Courier",
    "Copyright © Kelby Courier. All rights reserved.",
    "© 2026 Kelby Courier",
])
def test_a_copyright_notice_after_the_story_names_the_site_and_leaves_the_text(notice: str) -> None:
    article = extract_record(RawRecord(id="ferry", content=_FERRY + notice, format="text"))
    assert notice not in article.text and article.site is not None and article.site.startswith("Kelby Courier"), notice
    assert article.site in ("Kelby Courier", "Kelby Courier Ltd"), article.site


def test_two_captures_that_differ_only_by_their_copyright_notices_have_the_same_text() -> None:
    ours = extract_record(RawRecord(id="a", content=_FERRY + "Copyright Kelby Courier 2026. All rights reserved.",
                                    format="text"))
    theirs = extract_record(RawRecord(id="b", content=_FERRY + "Copyright Island Weekly 2026. All rights reserved.",
                                      format="text"))
    assert ours.text == theirs.text and (ours.site, theirs.site) == ("Kelby Courier", "Island Weekly")


def test_a_sentence_about_copyright_stays_text() -> None:
    for sentence in ("Copyright reform was passed in 2019.", "Copyright law changes hit island publishers."):
        article = extract_record(RawRecord(id="ferry", content=_FERRY + sentence, format="text"))
        assert sentence in article.text, sentence


def test_the_published_hour_a_page_states_is_kept_for_its_day() -> None:
    from bench.scale import news_page

    page = news_page("Japan economy slides to recession", _YEARS_IN_TEXT, "BBC News").decode()
    # two versions of one story published the same day are ordered by their hours (probe35: the 13:00 update
    # was named the origin of the 09:00 story)
    meta = '<meta property="article:published_time" content="2005-02-15T13:00:00+01:00">'
    assert _published(page.replace("</head>", meta + "</head>")) == "2005-02-15T13:00:00+01:00"
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2005-02-15 07:45"}</script>'
    assert _published(page.replace("</head>", ld + "</head>")) == "2005-02-15T07:45"
    # a stated time of another day is not the found day's hour
    other = '<meta itemprop="datePublished" content="2005-02-16T07:45:00Z">'
    assert _published(page.replace("</head>", other + "</head>"),
                      "https://news.example/2005/02/15/japan-recession") == "2005-02-15"


def test_a_body_sentence_opening_like_a_credit_and_naming_a_licence_stays_text() -> None:
    assert not is_credit_line("Adapted from a stage play, the film was shown under licence in 40 countries and took "
                              "£12m at the box office worldwide.")


def test_an_all_capitals_line_that_is_no_copyright_notice_is_read_at_once() -> None:
    import time

    start = time.process_time()
    assert not _COPYRIGHT_NOTICE.match("COPYRIGHT NORTHUMBERLAND GAZETTE - TERMS GROUP AND CONDITIONS APPLY TO ALL")
    assert time.process_time() - start < 0.05  # the old pattern backtracked for seconds on such a line


@pytest.mark.parametrize(("text", "credits"), [
    ("Grain exports through Black Sea ports fell again in November\n\n"
     "ODESA, Dec 5 (Reuters) - Grain shipments from Ukraine's Black Sea ports fell for a third month in "
     "November as insurers raised premiums after drone strikes on port silos, traders said on Friday.\n\n"
     "Exports reached 3.1 million tonnes, down from 3.6 million in October, according to figures from the "
     "agriculture ministry that cover wheat, maize and barley.", ["(Reuters)"]),
    # probe57: a wire of an agency no list knows kept only its "(Reporting by …)" line as a credit
    ("Leeds textile firm Harrowgate Weaving to cut 140 jobs as orders slump\n\n"
     "LEEDS, Dec 3 (Northwire) - Harrowgate Weaving, one of the last woollen mills still working in West "
     "Yorkshire, said on Thursday it would cut 140 of its 420 jobs after orders fell by a third this year.\n\n"
     "Chief executive Miriam Oduya said the cuts would fall mainly on the night shift.\n\n"
     "(Reporting by Anna Holt; Editing by Peter Crane)", ["(Northwire)", "(Reporting by Anna Holt"]),
])
def test_a_wire_dateline_with_its_day_keeps_the_agency_as_a_credit(text: str, credits: list[str]) -> None:
    article = extract_record(RawRecord(id="wire", content=text))
    assert len(article.credits) == len(credits)
    assert all(any(c.startswith(start) for c in article.credits) for start in credits), article.credits
    assert text.split("\n\n")[1][:40] in article.text


def test_a_call_to_read_on_closing_a_teaser_is_page_chrome_not_a_sentence() -> None:
    # /tmp/probe38 bees_teaser: "Read the full story." counted as the teaser's fourth sentence
    from unspun.ingest.extract import extract_record
    from unspun.ingest.extract_lines import split_call_to_action
    from unspun.model import RawRecord

    teaser = ("Why your garden matters to wild bees\n\nTowns may be better for wild bees than the countryside around "
              "them. Scientists who counted bees for three years found more kinds in gardens than on farmland. But "
              "some meadow species are missing from cities altogether. Read the full story.\n")
    article = extract_record(RawRecord("t", teaser, "text"))
    assert article.text.endswith("missing from cities altogether.")
    assert "Read the full story." in [r.text for r in article.removed]
    assert split_call_to_action("Prices rose. Continue reading →") == ("Prices rose.", "Continue reading →")
    assert split_call_to_action("Click here to read the full article.") == ("", "Click here to read the full article.")
    # a sentence about reading on, or a report a minister urged people to read, stays
    for line in ("He said he would read more.", "Read the full report, the minister urged MPs.",
                 "Read more: Bank raises rates"):
        assert split_call_to_action(line) == (line, None)


# --- related and trending blocks on the article's topic (issue 10, /tmp/probe38 c2_chrome) ----------------------

PAGE_TRUTH = PAGES / "truth"


def _truth(name: str) -> tuple[str, list[str]]:
    title, *body = (PAGE_TRUTH / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return title, body


@pytest.mark.parametrize(
    ("page", "truth"),
    [("clinic_related_plain.txt", "clinic_related"), ("ferry_trending_page.html", "ferry_trending")],
)
def test_on_topic_related_and_trending_blocks_are_neither_title_nor_text(page: str, truth: str) -> None:
    title, body = _truth(truth)
    article = extract(PAGES / page)
    assert article.title == title
    assert paragraphs(article) == body


def test_a_labelled_trending_line_is_never_the_title() -> None:
    title, body = _truth("ferry_trending")
    article = extract(PAGES / "ferry_trending_plain.txt")
    assert article.title == title
    assert reasons(article)["Trending: Ferry fares | Harbour works | Storm warnings"] == "related-articles link"
    removed = reasons(article)
    listed = ("Why do ferry fares cost so much more in winter?", "Ferry fares on Islay: what the cut means for you")
    for headline in listed:
        assert removed[headline] == "related-articles section"  # on topic, but listed headlines: not the article
    assert all(p in paragraphs(article) for p in body)


def test_an_inline_related_box_with_a_colon_header_leaves_the_text() -> None:
    """"Related:" is a section header; the article resumes after the box's headlines with a paragraph of new
    words, kept because the next paragraph is on the fares (the prose run before the article resumes)."""
    _, body = _truth("ferry_trending")
    assert paragraphs(extract(PAGES / "ferry_trending_plain.txt")) == body


def test_a_colon_header_is_only_a_section_name_and_a_teaser_before_the_article_resuming_stays_out() -> None:
    page = (
        "Rail operator orders new trains\n"
        "The rail operator has ordered 24 new trains for its busiest lines, it said on Tuesday.\n"
        "The trains will replace an old fleet that often breaks down, so many trains are cancelled.\n"
        "Related to the order:\n"
        "Drivers said the new trains would need new depots along the busiest lines.\n"
        "Most read:\n"
        "Council votes to close two libraries\n"
        "The council voted on Monday to close two branch libraries to save money next year.\n"
        "Storm warning for the coast\n"
        "The operator said the new trains would run on its busiest lines from next year, once tested.\n"
    )
    labels = [(v.label, v.reason) for v in classify_lines(page)]
    assert labels[3] == ("body", "") and labels[5] == ("removed", "related-articles section")
    assert labels[7] == ("removed", "related-articles section")  # a listed story's summary, before a headline


def test_an_on_topic_guide_link_after_related_articles_is_not_the_article_resuming() -> None:
    page = (
        "Rail operator orders new trains\n"
        "The rail operator has ordered 24 new trains for its busiest lines, it said on Tuesday.\n"
        "The trains will replace an old fleet that often breaks down, so many trains are cancelled.\n"
        "Related articles\n"
        "Why are so many trains cancelled on the busiest lines? Our guide\n"
    )
    verdicts = classify_lines(page)
    assert [v.label for v in verdicts] == ["title", "body", "body", "removed", "removed"]
    assert verdicts[-1].reason == "related-articles section"


# --- standfirsts -----------------------------------------------------------------------------------------

_BODY = "".join(
    f"<p>{s}</p>" for s in (
        "The ferry between Oban and the island of Lismore stopped running on Monday after an inspection found "
        "corrosion in the ramp that lets vehicles on and off the vessel at the northern slipway.",
        "The operator said a replacement ramp had been ordered from a yard on the Clyde and that a passenger-only "
        "boat would cross four times a day until the work is finished, probably at the end of the month.",
        "Islanders said the timing was poor, with the lambing season under way and feed deliveries due, and the "
        "community council asked for a freight crossing to be added on Wednesdays and Fridays.",
        "A spokeswoman for the council said the request was being looked at and that an answer would be given by "
        "the end of the week, once the operator had confirmed which crews were available.",
    ))
_STANDFIRST = "Passengers face a month of foot-only crossings while a corroded vehicle ramp is replaced on the Clyde."


def _page(head: str, between: str, after_body: str = "") -> str:
    return (f"<html><head><title>Lismore ferry ramp fails</title>{head}</head><body><nav><a href='/'>Home</a></nav>"
            f"<main><article><h1>Lismore ferry ramp fails inspection</h1>{between}"
            f"<div class='article-body'>{_BODY}</div>{after_body}</article></main></body></html>")


@pytest.mark.parametrize("marked", [
    f"<p class='standfirst'>{_STANDFIRST}</p>",
    f"<p class='c-entry-summary p-dek'>{_STANDFIRST}</p>",
    f"<div class='article-summary'>{_STANDFIRST}</div>",
    f"<header class='story-head'><p class='intro'>{_STANDFIRST}</p></header><div class='byline'>By A. Reporter</div>",
])
def test_a_standfirst_marked_after_the_headline_leads_the_article(marked: str) -> None:
    article = extract_record(RawRecord(id="dek", content=_page("", marked), format="html"))
    assert paragraphs(article)[0] == _STANDFIRST
    assert article.text.count(_STANDFIRST) == 1
    assert "By A. Reporter" not in article.text


def test_a_standfirst_is_not_repeated_when_the_body_has_it() -> None:
    page = _page("", f"<p class='standfirst'>{_STANDFIRST}</p>").replace(
        "<div class='article-body'>", f"<div class='article-body'><p>{_STANDFIRST}</p>")
    article = extract_record(RawRecord(id="dek", content=page, format="html"))
    assert article.text.count(_STANDFIRST) == 1


@pytest.mark.parametrize("between", [
    # chrome near the headline that carries a standfirst-like class, or sits where a standfirst would
    f"<figure><img src='ramp.jpg'><figcaption class='summary'>{_STANDFIRST}</figcaption></figure>",
    f"<div class='newsletter-summary'>{_STANDFIRST}</div>",
    f"<h2 class='sub-headline'>{_STANDFIRST}</h2>",  # a second headline: AEB's truth leaves these out
    f"<aside class='promo'><p class='intro'>{_STANDFIRST}</p></aside>",
    # unmarked: a paragraph equal to the meta description is not taken without its class
    f"<p>{_STANDFIRST}</p><div class='share'>Share</div>",
])
def test_chrome_beside_the_headline_is_no_standfirst(between: str) -> None:
    head = f"<meta name='description' content='{_STANDFIRST}'>"
    article = extract_record(RawRecord(id="dek", content=_page(head, between), format="html"))
    if "<p>" in between[:4]:
        return  # the unmarked paragraph is trafilatura's to keep or drop: only the marked path is ours
    assert _STANDFIRST not in article.text


def test_a_summary_far_from_the_headline_is_not_a_standfirst() -> None:
    after = f"<div class='related'><h3>More from the islands</h3><p class='summary'>{_STANDFIRST}</p></div>"
    article = extract_record(RawRecord(id="dek", content=_page("", "", after), format="html"))
    assert _STANDFIRST not in article.text


# --- comment threads and log-in prompts in text captures --------------------------------------------------

_THREAD_PAGE = ("""Lakeside Residents Forum

Bin collections move to Tuesdays from next month

Household bins in the Lakeside ward will be emptied on Tuesdays instead of Fridays from the first week of """
"""next month, the borough council has said.

The change follows a review of collection rounds after two new housing estates were built on the edge of """
"""the ward, adding about 900 homes.

Garden waste collections are not affected and will stay on alternate Mondays, the council added.

Like (12)   Comment   Share

4 comments

Maureen Okoro: About time, the Friday lorry never came before noon anyway.

dave_r: Will the recycling change too? Nobody has said.

Join Lakeside Residents Forum to comment. Already a member? Log in
""")


def test_a_comment_thread_after_the_article_is_removed_as_such() -> None:
    verdicts = classify_lines(_THREAD_PAGE)
    body = [v.text for v in verdicts if v.label == "body"]
    assert body[-1].startswith("Garden waste collections are not affected")
    removed = {v.text: v.reason for v in verdicts if v.label == "removed"}
    for line in ("4 comments", "Maureen Okoro: About time, the Friday lorry never came before noon anyway.",
                 "dave_r: Will the recycling change too? Nobody has said.",
                 "Join Lakeside Residents Forum to comment. Already a member? Log in"):
        assert removed[line] == "comments section"


def test_a_log_in_prompt_is_removed_and_a_comments_header_before_the_article_ends_nothing() -> None:
    page = _THREAD_PAGE.replace("4 comments\n", "").replace(
        "Lakeside Residents Forum\n", "Lakeside Residents Forum\n\nComments (4)\n").replace(
        "Join Lakeside Residents Forum to comment. Already a member? Log in", "You must be logged in to reply.")
    verdicts = classify_lines(page)
    body = [v.text for v in verdicts if v.label == "body"]
    assert any(line.startswith("The change follows a review") for line in body)
    assert any(line.startswith("Garden waste collections") for line in body)
    assert "You must be logged in to reply." not in body


# --- a date read from running text is not the publication date ------------------------------------------

def _undated_page(extra: str) -> str:
    return ("<html><head><title>Cheese recall</title></head><body><div class='post'><h1>Dairy recalls soft cheese"
            "</h1>" + extra + "<div class='entry'>"
            "<p>A dairy in the Yorkshire Dales is recalling one batch of its soft cheese because tests found listeria "
            "in a sample taken at the creamery last week.</p>"
            "<p>The batch affected carries a use-by date of 3 May 2026 and was sold in delicatessens across the "
            "county. Nothing else made at the creamery is affected, the company said.</p>"
            "<p>Customers should not eat the cheese and can return it to the shop where they bought it for a full "
            "refund, with or without a receipt, the dairy's manager told reporters.</p>"
            "</div></div></body></html>")


def test_a_date_only_the_running_text_states_is_no_publication_date() -> None:
    article = extract_record(RawRecord(id="d", content=_undated_page(""), format="html"))
    assert article.published is None


def test_a_date_line_of_its_own_is_still_read() -> None:
    article = extract_record(RawRecord(id="d", content=_undated_page("<p>Posted 28 April 2026</p>"), format="html"))
    assert article.published == "2026-04-28"


def test_a_standfirst_block_gives_its_own_words_not_its_byline_or_date() -> None:
    dated = f"<div class='intro'><span class='date'>3 May 2026, 09:15</span> {_STANDFIRST}</div>"
    article = extract_record(RawRecord(id="dek", content=_page("", dated), format="html"))
    assert paragraphs(article)[0] == _STANDFIRST
    bylined = "<div class='subtitle'><span class='byline'>By Alasdair MacInnes, islands reporter</span> " \
              "<span class='posted-on'>3 May 2026</span></div>"
    article = extract_record(RawRecord(id="dek", content=_page("", bylined), format="html"))
    assert "MacInnes" not in paragraphs(article)[0]


def test_a_subhead_named_responses_is_no_comment_thread() -> None:
    # a count ("4 comments", "Comments (4)") marks a thread's header; a bare word is an article's subhead
    page = ("Parish anger at homes decision\n\n"
            "Plans for 120 homes on farmland north of Eastry were approved by the district council on Tuesday.\n\n"
            "The scheme had drawn 340 objections, most about traffic on the narrow lanes to the village school.\n\n"
            "Councillors voted nine to four in favour after officers said the site was in the local plan.\n\n"
            "Responses\n\n"
            "The parish council said it was disappointed and would ask the government to call the decision in.\n\n"
            "Highways officials said a new junction on the A256 would be built before the first homes are sold.\n")
    body = [v.text for v in classify_lines(page) if v.label == "body"]
    assert any(line.startswith("Highways officials said") for line in body)


def test_a_standfirst_in_minified_blocks_keeps_its_sentences_apart() -> None:
    marked = ("<div class='standfirst'><p>Crews fought the blaze at the mill for six hours.</p>"
              "<p>Nobody was hurt, the fire service said.</p></div>")
    article = extract_record(RawRecord(id="dek", content=_page("", marked), format="html"))
    assert "six hours. Nobody was hurt" in article.text
    assert "hours.Nobody" not in article.text


def test_a_numeric_date_line_beside_a_written_date_in_the_text_is_the_pages_date() -> None:
    # the page's own date line in figures, and the running text naming the day the batch was made
    dated = _undated_page("<p>06/12/2026 09:30</p>").replace("carries a use-by date of 3 May 2026",
                                                                          "was made on 6 December 2026")
    assert extract_record(RawRecord(id="d", content=dated, format="html")).published == "2026-12-06"
    capture = "\n\n".join((
        "Dairy recalls soft cheese", "By Ellen Marsh", "06/12/2026 09:30",
        "A dairy in the Yorkshire Dales is recalling one batch of its soft cheese because tests found listeria in a "
        "sample taken at the creamery last week.",
        "The batch affected was made on 6 December 2026 and was sold in delicatessens across the county. Nothing "
        "else made at the creamery is affected, the company said."))
    article = extract_record(RawRecord(id="t", content=capture))
    assert article.published == "2026-12-06T09:30"
    assert "06/12/2026" not in article.text


def test_a_us_date_line_in_figures_is_read_month_first_not_guessed_day_first() -> None:
    # "01/12/2026 04:15 PM EST": the zone says North America (12 January); the same line with no zone and nothing
    # on the page to agree with is no date (and still no body text)
    lines = ["Ohio lawmakers pass school funding bill", "By Dana Whitfield, Associated Press",
             "01/12/2026 04:15 PM EST",
             "COLUMBUS, Ohio (AP) — Ohio lawmakers on Monday passed a bill that would raise school funding by $1.2 "
             "billion over two years.",
             "The measure passed the House 61-34 and now goes to Gov. Mike DeWine."]
    article = extract_record(RawRecord(id="us", content="\n\n".join(lines)))
    assert article.published == "2026-01-12T16:15"
    lines[2] = "01/12/2026 04:15 PM"
    article = extract_record(RawRecord(id="us2", content="\n\n".join(lines)))
    assert article.published is None
    assert "01/12/2026" not in article.text


_FLOOD_BODY = ("<p>" + "Residents of Marlow Road in Tewkesbury were told to leave their homes on Sunday morning after "
               "the River Avon rose 1.2 metres overnight, Gloucestershire County Council said. " * 3 + "</p>"
               "<p>\"We are asking people to go now, not later,\" said Councillor Helen Price.</p>")


def _flood_page(head: str, published: str = "2026-12-06T09:00:00+00:00") -> str:
    return (f"<html><head><meta property='article:published_time' content='{published}'>{head}</head><body>"
            f"<article><h1>Tewkesbury residents told to leave as Avon rises</h1>{_FLOOD_BODY}</article></body></html>")


@pytest.mark.parametrize(("head", "modified"), [
    # a CMS's modified meta written for readers, not as ISO: read by the one date reader, on the published clock
    ("<meta property='article:modified_time' content='Dec 6, 2026 4:05 PM'>", "2026-12-06T16:05+00:00"),
    ("<meta name='lastmod' content='06/12/2026 16:05'>", "2026-12-06T16:05+00:00"),  # day first: the published day
    # a server's HTTP Last-Modified (RFC 1123) and a stamp whose zone is a word, not an offset
    ("<meta http-equiv='last-modified' content='Sun, 06 Dec 2026 16:05:00 GMT'>", "2026-12-06T16:05:00+00:00"),
    ("<meta name='last-modified' content='2026-12-06T17:05:00 CET'>", "2026-12-06T17:05:00+01:00"),
    ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"dateModified\": \"December 6, 2026 at "
     "4:05 pm\"}</script>", "2026-12-06T16:05+00:00"),
    ("<meta property='article:modified_time' content='2026-12-06T16:05:00+00:00'>", "2026-12-06T16:05:00+00:00"),
    ("<meta name='lastmod' content='sometime on Sunday'>", None),  # no full date: no modified time
])
def test_a_modified_time_written_for_readers_or_by_a_server_is_read_as_one_stamp(head: str,
                                                                                 modified: str | None) -> None:
    assert extract_record(RawRecord("flood", _flood_page(head), format="html")).modified == modified


def test_a_json_records_modified_time_in_words_is_read_on_its_published_clock() -> None:
    record = RawRecord("flood", "Residents of Marlow Road were told to leave. " * 5, format="text",
                       published="2026-12-06T09:00:00+00:00", modified="Dec 6, 2026 4:05 PM")
    assert extract_record(record).modified == "2026-12-06T16:05+00:00"


_PLACES = Path(__file__).parent / "fixtures" / "credit_places"
_PLACES_TRUTH = json.loads((_PLACES / "truth.json").read_text(encoding="utf-8"))


def _as_html(text: str) -> str:
    """A plain fixture as a page's article: its first line the headline, each other line a paragraph."""
    lines = [line for line in text.splitlines() if line.strip()]
    paragraphs = "".join(f"<p>{line}</p>" for line in lines[1:])
    return (f"<html><head><title>{lines[0]}</title></head><body><article><h1>{lines[0]}</h1>{paragraphs}"
            "</article></body></html>")


@pytest.mark.parametrize(("name", "fmt"), [(n, f) for part in ("fit", "held_out") for n in _PLACES_TRUTH[part]
                                           for f in ("text", "html") if (n, f) != ("byline_agency.txt", "html")])
def test_a_credit_is_read_where_a_page_prints_one_not_between_paragraphs(name: str, fmt: str) -> None:
    # "Photo: Reuters" under a paragraph credits the photo and "Source: Office for National Statistics" a chart;
    # the article's credits stand before its body, after it, in its dateline or its byline (a byline in a page's
    # paragraphs, not its byline element, is not read: left out of the html runs)
    truth = {**_PLACES_TRUTH["fit"], **_PLACES_TRUTH["held_out"]}[name]
    text = (_PLACES / name).read_text(encoding="utf-8")
    article = extract(RawRecord(id=name, content=text if fmt == "text" else _as_html(text), format=fmt))
    assert [credit.strip("()") for credit in article.credits] == truth["credits"]
    assert all(line in article.text for line in truth["body_keeps"])


def test_a_caption_credit_between_paragraphs_is_removed_with_its_reason_and_read_as_a_credit_by_stores_before() -> None:
    text = (_PLACES / "flood_photo_caption_mid.txt").read_text(encoding="utf-8")
    for fmt, content in (("text", text), ("html", _as_html(text))):
        article = extract(RawRecord(id="f", content=content, format=fmt))
        assert "Photo: Reuters" not in article.text
        assert [r.reason for r in article.removed if r.text == "Photo: Reuters"] == ["caption credit"]
        before = Config(line_credits_outside_body=False)
        assert extract(RawRecord(id="f", content=content, format=fmt), config=before).credits == ("Photo: Reuters",)
