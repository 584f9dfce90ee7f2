"""ingest/extract_lines: page furniture read by its own words, one rule for plain text and HTML (chrome44,
/tmp/probe44 C1). The texts are tests/fixtures/farm_chrome (written before the rules, truth in
extraction_truth.json) and short news paragraphs written for these tests."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from unspun.config import DEFAULT
from unspun.ingest.extract import extract
from unspun.ingest.extract_lines import (
    DISCLAIMER,
    KEYWORD_LIST,
    RELATED_LINK,
    RELEASE_NOTES,
    classify_lines,
    furniture_reason,
    html_line_reason,
    is_credit_line,
    is_keyword_list,
    is_release_head,
    split_call_to_action,
    table_row,
    under_a_table,
)
from unspun.model import RawRecord

FARM = Path(__file__).parent / "fixtures" / "farm_chrome"
RELEASES = Path(__file__).parent / "fixtures" / "release_notes"
TRUTH = json.loads((FARM / "extraction_truth.json").read_text(encoding="utf-8"))["extraction"]


@pytest.mark.parametrize("name", [*(f"{k}.json" for k in TRUTH), "f_garden.html", "f_lights.html"])
def test_farm_pages_lose_their_chrome_and_genuine_pages_keep_their_text(name: str) -> None:
    article = extract(FARM / name)
    lines = article.text.split("\n")
    truth = TRUTH[name.split(".")[0]]
    assert [g for g in truth["removed"] if any(line.startswith(g) for line in lines)] == []
    assert [b for b in truth["body"] if not any(line.startswith(b) for line in lines)] == []
    if name.endswith(".json"):
        assert [c for c in truth["credits"] if c not in article.credits] == []


def test_a_disclaimer_footer_does_not_hold_the_lines_above_it_inside_the_body() -> None:
    page = "\n".join([
        "Harbour wall repairs to start in March",
        "Work to repair the storm-damaged harbour wall at Porthleven will start in March, Cornwall Council said.",
        "The council has set aside £1.2m for the repairs, which are expected to take eleven weeks.",
        "Like this story? Share it with your friends and follow us for more updates!",
        "Disclaimer: The information in this article is provided for general purposes only. The publisher makes no "
        "representations about its accuracy and accepts no liability for any loss arising from its use.",
    ])
    reasons = {v.text[:20]: (v.label, v.reason) for v in classify_lines(page)}
    assert reasons["Like this story? Sha"] == ("removed", "site chrome")
    assert reasons["Disclaimer: The info"] == ("removed", DISCLAIMER)
    assert reasons["The council has set "] == ("body", "")


def test_read_more_is_one_rule_for_text_and_html() -> None:
    link = "Read more: 10 celebrity homes you won't believe are real"
    assert furniture_reason(link) == RELATED_LINK
    assert html_line_reason(link) == RELATED_LINK
    page = "Rates held at 4%\nThe bank held its rate at 4% on Thursday, as most economists had expected.\n" + link
    assert [v.reason for v in classify_lines(page) if v.label == "removed"] == [RELATED_LINK]


@pytest.mark.parametrize("sentence", [
    "Read more about the scheme at the council's website, where residents can also join the waiting list.",
    '"Disclaimer: none of our products is intended to diagnose or treat any disease," read the label.',
    'The company had added a notice: "Disclaimer: The information on this site is for general purposes only."',
    "Fans were told to follow the club on social media for news of the rearranged fixture.",
    "The shortlisted towns are Leek, Stafford, Burton, Stone, Cheadle and Uttoxeter.",
    "She bought flour, butter, sugar, eggs, milk and a bag of sultanas for the cake.",
])
def test_story_sentences_that_look_like_chrome_stay(sentence: str) -> None:
    assert furniture_reason(sentence) is None
    assert html_line_reason(sentence) is None


def test_a_keyword_line_repeats_one_word_and_a_story_list_does_not() -> None:
    assert is_keyword_list("Crumb and Kettle news, bakery chain jobs, Midlands jobs news, Stoke news today, "
                           "breaking news UK, news near me, latest UK news today live.")
    assert furniture_reason("cheap flights Spain, cheap holidays Spain, Malaga flights, cheap hotels Malaga, "
                            "Costa del Sol deals, last minute cheap deals") == KEYWORD_LIST
    assert not is_keyword_list("Leek, Stafford, Burton upon Trent, Stone, Cheadle, Uttoxeter")
    assert not is_keyword_list("Scorers: Holt 12, Ames 45, Holt 67, Price 80, Ames 88")


@pytest.mark.parametrize("line", [
    "We use cookies to give you the best experience on our website.",
    "Sign up to our free newsletter to get the biggest stories delivered to your inbox.",
    "Enjoyed this article? Don't forget to share it with your family and friends.",
    "Follow us on Facebook, Instagram and X for the latest news as it happens.",
    "DISCLAIMER",
    "The views expressed on this site are those of the authors and do not necessarily reflect the publisher's.",
    "Don’t miss: The one kitchen habit that could be costing you hundreds",
    "This is not investment advice.",
    "This article does not constitute financial advice.",
    "Not financial advice.",
    "Capital at risk.",
])
def test_page_furniture_wordings(line: str) -> None:
    assert furniture_reason(line) is not None
    assert html_line_reason(line) is not None


def test_a_recipe_list_of_amounts_is_no_keyword_line() -> None:
    # AEB page 5f03fc17: a meal plan's lines repeat "cup" and "1" in every item
    assert not is_keyword_list("Tomato Cucumber Salad (1 cup lettuce, ½ cup cherry tomatoes, ½ cup cucumber slices, "
                               "4 oz. cooked chicken, ½ cup white beans, ¼ cup feta, 1 tsp. olive oil), 1 cup grapes")
    assert not is_keyword_list("Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 Orange, 1 tsp.")
    assert not is_keyword_list("1 cup flour, 2 cups sugar, 1 cup milk, 1 cup butter, 2 cups oats")
    # AEB page cc03ddb5: an SEO tag line with a year in one of its items
    assert is_keyword_list("calendario stock car 2018, stock car brasil, stock car cascavel, stock car interlagos, "
                           "stock car taruma, stock car velopark")


# A read-only review (fixc2): story paragraphs that open like a page's call, a disclaimer, a keyword line or a
# copyright notice, and stay because they quote, report or name.
@pytest.mark.parametrize("sentence", [
    '"Follow us on the river level app, it updates every fifteen minutes," said Kim Bell, the agency\'s area manager, '
    "urging people to check before travelling.",
    "Sign up to the agency's flood alerts service was urged by the council leader, who said 4,000 homes had done so "
    "since Friday.",
    '"We use cookies to follow shoppers across the web and we never asked them," a former engineer told the inquiry '
    "last month.",
    "By continuing to browse the site, visitors were told, they agreed to be tracked, a practice the regulator said "
    "was unlawful.",
    '"Like this story? Then you will love what we found in their logs," the engineer wrote in a message shown to the '
    "inquiry.",
    '"Subscribe now for updates and we will sell your email address" was, the regulator said, the effective meaning '
    "of the sign-up box.",
    "Please follow us on this one, the commissioner told MPs, because every retailer in the country is watching.",
    "Disclaimer: the retailer's banner said it accepted no liability for third-party trackers, the commissioner found.",
    "This is not investment advice, the regulator warned, and savers who treat it as such could lose everything.",
    "It is not medical advice that patients get from the app but a list of symptoms, the inquiry heard.",
    "Station Road, Mill Road, Church Road, Park Road, Bridge Road, Canterbury Road.",
    "Kennington Primary School, Stanhope Primary School, Willesborough Primary School, Godinton Primary School, "
    "Goat Lees Primary School.",
])
def test_quoted_reported_and_named_lines_are_story_text(sentence: str) -> None:
    assert furniture_reason(sentence) is None
    assert html_line_reason(sentence) is None


def test_a_list_of_roads_after_its_lead_in_stays_in_the_story() -> None:
    page = "\n\n".join([
        "Roads shut for Ashford half marathon",
        "More than 3,000 runners are expected to take part in the Ashford half marathon on Sunday, the organisers "
        "said.",
        "The following roads will be closed from 7am to 1pm:",
        "This is not investment advice, the regulator warned, and savers who treat it as such could lose everything.",
    "It is not medical advice that patients get from the app but a list of symptoms, the inquiry heard.",
    "Station Road, Mill Road, Church Road, Park Road, Bridge Road, Canterbury Road.",
        "Diversions will be signed from the ring road and buses will use the Eureka Park and Ride.",
        "Race director Kim Bell said the course had been changed to avoid roadworks on the A28.",
    ])
    assert [v.text for v in classify_lines(page) if v.label == "removed"] == []
    assert is_keyword_list("Best pies in Cumbria, best pies in Keswick, best pies in Penrith, best pies near me, "
                           "best pies Lake District.")


def test_a_copyright_notice_has_a_notice_shape() -> None:
    assert html_line_reason("Copyright 2019 belonged to Mark Pryce, the judge found, because he had taken the "
                            "photograph on his own time.") is None
    assert html_line_reason("Copyright law was at the heart of a separate row over the club's badge.") is None
    for notice in ("Copyright © 2026 NewsPulse24. All rights reserved.", "Copyright 2026 Harbour Media Ltd",
                   "Copyright 2024-2026 The Riverside Gazette, all rights reserved.", "Copyright 2026"):
        assert html_line_reason(notice) == "site chrome", notice


@pytest.mark.parametrize("line,action", [
    ("Open day at the leisure centre on 21 February. Full story on our site.", "Full story on our site."),
    ("Full story:", "Full story:"),
    ("More on our website.", "More on our website."),
    ("Full coverage online.", "Full coverage online."),
])
def test_a_verbless_call_to_read_on_is_the_pages_link(line: str, action: str) -> None:
    # /tmp/probe45 teaser: a social post closes "Full story on our site.", no verb to read on
    assert split_call_to_action(line)[1] == action


@pytest.mark.parametrize("line", ["The full story is yet to be told.", "More than 200 jobs will go.",
                                  "The full report was published on Monday.", "More on the site of the old mill."])
def test_sentences_about_a_story_or_a_site_are_no_call_to_read_on(line: str) -> None:
    assert split_call_to_action(line) == (line, None)


_DEPOT = ("Arriva Cymru plans to close its Wrexham bus depot on Berse Road by the end of March, putting 140 jobs at "
          "risk, the company confirmed on Tuesday.\n\nA 45-day consultation began on Tuesday and is due to end on 21 "
          "February.")


@pytest.mark.parametrize(("closing", "credit", "rest"), [
    # /tmp/probe51 P3 (cred52): a sign-off's credit, then the site's call, in one line of 20 words
    ("This story was first published by the Portlow Gazette. Read more island news at coastnews.example and follow "
     "us for updates.", "This story was first published by the Portlow Gazette.",
     "Read more island news at coastnews.example and follow us for updates."),
    # a credit glued onto the article's last sentence
    (" Originally published by the Wrexham Leader.", "Originally published by the Wrexham Leader.", None),
    ("Source: Wrexham Leader. Share this story with your friends and family on Facebook, X and WhatsApp today.",
     "Source: Wrexham Leader.", "Share this story with your friends and family on Facebook, X and WhatsApp today."),
])
def test_a_credit_sentence_closing_the_text_is_read_apart_from_its_line(closing: str, credit: str,
                                                                         rest: str | None) -> None:
    text = _DEPOT + closing if closing.startswith(" ") else f"{_DEPOT}\n\n{closing}"
    verdicts = classify_lines(text)
    assert [v.text for v in verdicts if v.label == "credit"] == [credit]
    assert "A 45-day consultation began on Tuesday and is due to end on 21 February." in \
        [v.text for v in verdicts if v.label == "body"]
    assert rest is None or any(v.text == rest and v.label == "removed" for v in verdicts)


@pytest.mark.parametrize("closing", [
    # an article's sentences that open like a credit: another document's history, a sentence after the "credit"
    " The report was first published in 2019.",
    " Courtesy of Wrexham council, a free shuttle bus will run between the two depots.",
    " Originally published by the Wrexham Leader. Drivers are due to vote on strike action next week.",
    # reviewC (fixD): a credit's opening, then a clause of its own after the comma
    " The consultation letter went out in English and Welsh. Translated by Ffion Hughes, it reached every driver.",
    " Compiled by Wrexham council from Arriva's timetables, the figures cover routes 1 to 12.",
])
def test_a_closing_sentence_that_only_opens_like_a_credit_stays_in_the_body(closing: str) -> None:
    verdicts = classify_lines(_DEPOT + closing)
    assert [v.text for v in verdicts if v.label == "credit"] == []
    assert verdicts[-1].text.endswith(closing.strip()) and verdicts[-1].label == "body"


def test_a_credit_sentence_above_the_closing_lines_stays_the_articles() -> None:
    # only a sign-off is read per sentence: a paragraph higher up is the article's however it opens
    middle = ("Drivers were told on Monday. Originally published by the Wrexham Leader. Follow us for more on this "
              "story.")
    verdicts = classify_lines(f"{middle}\n\n{_DEPOT}")
    assert verdicts[0].text == middle and verdicts[0].label == "body"
    old = classify_lines(_DEPOT + " Originally published by the Wrexham Leader.",
                         replace(DEFAULT, line_closing_credit_lines=0))
    assert [v.text for v in old if v.label == "credit"] == []


@pytest.mark.parametrize("line", [
    # /tmp/probe52 cause 4 (credb52): what a credit says, not one exact shape
    "This article was first published by the Tayside Courier and is republished here under a content-sharing "
    "agreement.",
    "This story originally ran in the Ashby Mercury and is shared here as part of our news partnership.",
    "Story courtesy of Calder Valley Sport.",
    "Words courtesy of the Yorkshire Post.",
    "Via the Westmorland Gazette.",
    "Credit: Yorkshire Echo",
    "First published in the Lochaber Observer.",
    "Reproduced with permission of the Oban Times.",
    "Syndicated from Highland News Service.",
])
def test_a_line_saying_where_the_text_first_ran_is_a_credit(line: str) -> None:
    assert is_credit_line(line)


@pytest.mark.parametrize("line", [
    # an article's sentences naming an outlet or opening like a credit
    "Mr Beaton told the Tayside Courier that the island would lose out and that he would write to ministers.",
    "This report was first published by the Audit Office and found that four in ten ferries ran late last winter.",
    "This report was first published in March and is shared with every councillor before the budget meeting.",
    "Via the M6 motorway, drivers can reach Kendal in under an hour.",
    "Story courtesy of a neighbour who filmed the fire, police said.",
    "First published in 1851, the novel was a commercial failure.",
    "The Tayside Courier first reported the closure on Monday.",
])
def test_a_sentence_naming_an_outlet_in_the_story_is_no_credit(line: str) -> None:
    assert not is_credit_line(line)


def test_a_reposted_alert_keeps_nothing_of_the_sites_small_print() -> None:
    # a business site's re-post of a wire's two-sentence alert: its disclaimer line is the site's, not the alert's
    page = "\n\n".join([
        "Halvern Water profits fall 9% after storm repairs",
        "Halvern Water has reported a 9% fall in annual profit after spending £96 million repairing pipes and pumping "
        "stations damaged in February's storms. Operating profit fell to £281 million in the year to 31 March.",
        "Read more at moneydesk.co.uk",
        "This is not investment advice.",
    ])
    verdicts = {v.text: (v.label, v.reason) for v in classify_lines(page)}
    assert verdicts["This is not investment advice."] == ("removed", DISCLAIMER)
    assert verdicts[page.split("\n\n")[1]][0] == "body"


TABLES = Path(__file__).parent / "fixtures" / "table_sources"


@pytest.mark.parametrize("page", json.loads((TABLES / "truth.json").read_text(encoding="utf-8"))["pages"],
                         ids=lambda page: page["file"])
def test_a_source_line_under_a_closing_table_is_the_tables_not_the_articles_credit(page: dict[str, Any]) -> None:
    # session 45 leftover: "Source: ONS" under the rents by district was read as the story's credit
    article = extract(TABLES / page["file"])
    assert not [c for c in article.credits for n in page["not_credits"] if n.lower() in c.lower()]
    assert all(any(c.lower() in x.lower() for x in article.credits) for c in page["credits"])
    assert all(any(r.text == n and r.reason == "caption credit" for r in article.removed) for n in page["not_credits"])


def test_only_a_data_sources_label_right_under_a_tables_row_is_the_tables() -> None:
    assert table_row("| Axmouth | £902 | £991 | 9.9% |") and table_row("Revenue\t£577m\t£612m")
    assert not table_row("The council said the vote was 3 | 4.") and not table_row("Updated 12:30 14 March")
    rows = ["| Salcombe Regis | £1,388 | £1,512 | 8.9% |", "| Axmouth | £902 | £991 | 9.9% |"]
    assert under_a_table([*rows, "Source: ONS"], 2) and under_a_table([*rows, "", "Data: Met Office"], 3)
    assert not under_a_table([*rows, "Reporting by Jo Bell; Editing by Ann Rees"], 2)  # the article's byline
    assert not under_a_table(["The council said rents rose.", "Source: ONS"], 1)
    collapsed = {"Revenue 4,310 4,255": 3, "Staff 4,310 4,255": 3}
    assert under_a_table([*collapsed, "Source: company filings"], 2, collapsed)


def test_one_line_of_bars_or_tabs_or_the_pages_tags_above_a_credit_make_no_table() -> None:
    # reviewD t1, t2, t5, t6: one such line took a wire's closing credit away as a caption's
    prose = "Rail operator Coastline cancelled all services until at least midday on Monday."
    for line in ("Coastline services: Newcastle | Morpeth | Alnmouth | Berwick", "Closed: Tyne\tRedheugh\tSwing",
                 'Coastline said: "Services will resume when it is safe" | updated 10:42 | 3 min read'):
        assert not under_a_table([prose, line, "Source: Reuters"], 2), line
    rows = ["Salcombe Regis | £1,388 | £1,512", "Axmouth | £902 | £991"]
    assert not under_a_table([prose, rows[0], "Tags: Storm Idris | Weather | Tyne", "Source: Reuters"], 3)
    assert not under_a_table([prose, "Closed: Tyne\tRedheugh\tSwing", rows[0], "Source: Reuters"], 3)
    assert under_a_table([prose, *rows, "Source: ONS"], 3)


@pytest.mark.parametrize(("name", "last_body", "first_set_apart"), [
    ("harrow_bins.txt", "Residents with larger gardens can apply for a second brown bin at half price.", "-ends-"),
    ("corvane_plant.txt", "Corvane, which employs 410 people", "###"),
])
def test_a_press_release_s_closing_furniture_is_set_apart_and_its_body_kept(
        name: str, last_body: str, first_set_apart: str) -> None:
    # boil56 (probe55 cause 1): the end mark, notes to editors, "About <issuer>" block and media contact are the
    # issuer's, printed under each release it sends; as text they diluted a churn's coverage of the release to 0.67
    # and gave two releases on other news 0.22 of each other (tests/fixtures/release_notes)
    verdicts = classify_lines((RELEASES / name).read_text(encoding="utf-8"))
    body = [v.text for v in verdicts if v.label == "body"]
    assert body[-1].startswith(last_body)
    notes = [v.text for v in verdicts if v.reason == RELEASE_NOTES]
    assert notes[0] == first_set_apart or notes[1] == first_set_apart  # (an embargo line heads the firm's)
    assert not any(line.startswith(("About Harrowgate", "About Corvane")) for line in body)
    assert not any(("@" in line) for line in body)


def test_an_embargo_line_is_set_apart_and_the_setting_off_keeps_the_release_whole() -> None:
    text = (RELEASES / "corvane_plant.txt").read_text(encoding="utf-8")
    removed = [(v.text, v.reason) for v in classify_lines(text) if v.label == "removed"]
    assert removed[0] == ("EMBARGOED UNTIL 00:01 THURSDAY 12 MARCH 2026", RELEASE_NOTES)
    off = replace(DEFAULT, line_release_notes=False)
    assert not any(v.reason == RELEASE_NOTES for v in classify_lines(text, off))


def test_a_news_story_s_closing_appeal_and_about_sentence_stay_its_text() -> None:
    # a police appeal tells readers what officers want to know, the news's own; "About 200 people attended …" is a
    # sentence, never a heading: both close the vigil story and stay body
    verdicts = classify_lines((RELEASES / "vigil.txt").read_text(encoding="utf-8"))
    body = [v.text for v in verdicts if v.label == "body"]
    assert body[-1].startswith("About 200 people attended the vigil")
    assert body[-2].startswith("Anyone with information or dashcam footage")
    assert not any(v.reason == RELEASE_NOTES for v in verdicts)


KEPT_WHOLE = json.loads((RELEASES / "pairs.json").read_text(encoding="utf-8"))["kept_whole"]


@pytest.mark.parametrize("case", KEPT_WHOLE, ids=[c["text"] for c in KEPT_WHOLE])
def test_news_using_a_release_s_marks_keeps_every_line_and_its_title(case: dict[str, Any]) -> None:
    # reviewC 1-3: a match report's "###" scene break, a wire's "-30-" mid-text, an "About the Survey" or "Press
    # office" subhead over news and quotes, and a headline opening "Embargo on …" each lost text as release furniture
    text = (RELEASES / case["text"]).read_text(encoding="utf-8")
    assert not [v.text for v in classify_lines(text) if v.reason == RELEASE_NOTES]
    article = extract(RawRecord(id=case["text"], content=text, format="text"))
    assert article.title == case["title"]
    assert not [r.text for r in article.removed if r.reason == RELEASE_NOTES]


def test_a_scene_break_in_an_html_match_report_keeps_the_second_half() -> None:
    lines = [line for line in (RELEASES / "cup_scene_break.txt").read_text(encoding="utf-8").splitlines() if line]
    html = (f"<html><head><title>{lines[0]}</title></head><body><article><h1>{lines[0]}</h1>"
            + "".join(f"<p>{line}</p>" for line in lines[1:]) + "</article></body></html>")
    article = extract(RawRecord(id="cup", content=html, format="html"))
    assert "Ashworth headed in a corner" in article.text and "Hesketh said" in article.text
    assert not [r.text for r in article.removed if r.reason == RELEASE_NOTES]


def test_only_an_embargo_instruction_heads_a_release() -> None:
    for line in ("EMBARGOED UNTIL 00:01 THURSDAY 12 MARCH 2026", "Embargo: 10am Tuesday 3 March",
                 "Under embargo until midnight", "Strictly embargoed until 22.00 GMT", "For immediate release",
                 "NOT FOR PUBLICATION BEFORE 09:00"):
        assert is_release_head(line), line
    for line in ("Embargo on Venezuelan oil to be eased, US officials say", "Embargoed goods seized at Dover port",
                 "Embargo lifted", "Under embargo, Cuba's farmers turn to oxen"):
        assert not is_release_head(line), line


def test_a_release_s_closing_furniture_is_set_apart_in_html_too() -> None:
    paragraphs = [line for line in (RELEASES / "harrow_bins.txt").read_text(encoding="utf-8").splitlines() if line]
    html = ("<html><head><title>Garden waste collections to move to fortnightly</title></head><body><article>"
            + "".join(f"<p>{line}</p>" for line in paragraphs[4:]) + "</article></body></html>")
    article = extract(RawRecord(id="bins", content=html, format="html"))
    assert article.text.rstrip().endswith("at half price.")
    assert "-ends-" in [r.text for r in article.removed if r.reason == RELEASE_NOTES]
