from __future__ import annotations

import pytest

from unspun.ingest.page_meta import (
    after_dateline,
    byline_agency,
    byline_author,
    date_line,
    dateline_date,
    dateline_day,
    masthead_site,
    own_outlet_credit,
)


def test_date_line_holds_a_date_and_little_else() -> None:
    assert date_line("Published 19 December 2022 · 4 min read") == "2022-12-19"
    assert date_line("The plan was agreed on 3 May 2021 by the council") is None
    assert date_line("Updated: Aug 30, 2023 at 11:14 pm") == "2023-08-30T23:14"
    assert date_line("Wednesday, 30 August 2023, 23:14") == "2023-08-30T23:14"


@pytest.mark.parametrize(("line", "author"), [
    ("By Hannah Lowe, Football Correspondent", "Hannah Lowe"),
    ("By Priya Natarajan, local democracy reporter", "Priya Natarajan"),
    ("By Ana de Souza and Tom Price", "Ana de Souza and Tom Price"),
    ("By the end of the week the river had fallen", None),
    ("Byron Bay", None),
])
def test_byline_author(line: str, author: str | None) -> None:
    assert byline_author(line) == author


@pytest.mark.parametrize(("line", "agency"), [
    ("By Lucy Marsh (PA)", "(PA)"),
    ("By Sarah Jensen - AP", "(AP)"),
    ("By Joe Kenyon, PA Media", "(PA)"),
    ("By Anne Smith-Jones (Reuters)", "(Reuters)"),
    ("By Associated Press", "(AP)"),
    ("By PA Reporter", "(PA)"),
    ("By Joanne Pickering (Court Reporter)", None),  # a role in brackets
    ("By Hugh Pym - Health editor", None),
    ("By Tom Paine, Pa", None),  # an agency's name is matched as written
    ("The AP said the figures were wrong", None),
])
def test_byline_agency(line: str, agency: str | None) -> None:
    assert byline_agency(line) == agency


def test_an_author_field_credits_an_agency_without_its_by() -> None:
    assert byline_agency("Lucy Marsh (PA)", signed=False) == "(PA)"
    assert byline_agency("Lucy Marsh (PA)") is None  # a text's line is a byline only with its "By"
    assert byline_author("By Lucy Marsh (PA)") == "Lucy Marsh"
    assert byline_author("By Lucy Marsh (PA Media)") == "Lucy Marsh"  # the agency written out, as after a comma
    assert byline_author("By Erik Haugen (Associated Press)") == "Erik Haugen"


@pytest.mark.parametrize(("credit", "site", "own"), [
    ("(CNN)", "CNN", True),
    ("(CNN)", "cnn.com", True),
    ("(CNN)", "CNN International", True),
    ("(Bloomberg)", "Bloomberg", True),
    ("(CNN)", "Daily Feedwire", False),
    ("(PA)", "Essex Live", False),
    ("(AP)", "Apex Herald", False),  # a name, not a prefix of one's letters
    ("(AP)", None, False),
])
def test_a_byline_credit_naming_the_pages_own_site_is_its_own_outlet(credit: str, site: str | None,
                                                                     own: bool) -> None:
    assert own_outlet_credit(credit, site) is own


def test_dateline_and_masthead() -> None:
    assert dateline_date("Ashcombe, 30 August 2023 — Riverside United have completed") == "2023-08-30"
    assert dateline_date("Riverside United have completed the signing, 30 August 2023") is None
    assert masthead_site("Ashcombe Evening Post") == "Ashcombe Evening Post"
    assert masthead_site("© 2023 Ashcombe Evening Post. All rights reserved.") == "Ashcombe Evening Post"
    assert masthead_site("commonspace.eu") == "commonspace.eu"
    assert masthead_site("Labour chooses Manchester") is None


def test_a_masthead_ends_in_any_word_of_an_outlet_name() -> None:
    """One list of outlet words (``wordlists.OUTLET_WORDS``) for mastheads and credits: an agency's or a
    broadcaster's name heads its page as a paper's does."""
    assert masthead_site("Northline News Service") == "Northline News Service"
    assert masthead_site("Meridian Press Agency") == "Meridian Press Agency"
    assert masthead_site("Valley Sentinel") == "Valley Sentinel"
    assert masthead_site("Harbour Plans Approved") is None


def test_the_metadata_line_limits_come_from_the_settings_tree() -> None:
    from unspun.config import Config
    from unspun.ingest.extract import extract_record
    from unspun.model import RawRecord

    line = "Published 19 December 2022 · an easy four minute read"  # five words besides the date
    assert date_line(line) is None
    assert date_line(line, Config(date_line_max_extra_words=5)) == "2022-12-19"
    masthead = "The Ashcombe Riverside Valley Evening Post"  # six words
    assert masthead_site(masthead) is None
    assert masthead_site(masthead, Config(masthead_max_words=6)) == masthead
    page = RawRecord("capture.txt", f"{masthead}\n\n{line}\n\n" + "The harbour master said the pontoon would open "
                     "in March after three years of delays.\n\nFishing crews have waited years for the berths.\n")
    article = extract_record(page, Config(date_line_max_extra_words=5, masthead_max_words=6))
    assert (article.published, article.site) == ("2022-12-19", masthead)
    assert extract_record(page).published is None


@pytest.mark.parametrize(
    ("paragraph", "day"),
    [
        ("KESSEL, 20 March (OPA) — The Bank of Ostland raised its main interest rate", (3, 20)),
        ("BRENNMOOR, 14 March — Around 400 homes in Brennmoor were evacuated overnight", (3, 14)),
        ("Ashcombe, 30 August 2023 — Riverside United have completed the signing", (8, 30)),
        ("PELLINGHAM, Nov. 17 — St Aldric's Hospital declared a critical incident", (11, 17)),
        ("KESSEL (OPA) — The Bank of Ostland kept its main interest rate at 3.5%", None),
        ("The council met on 14 March — and voted again", None),
        ("LONDON, March 3 (Reuters) - Shares in the carmaker fell", (3, 3)),
        ("Redmarsh, Tuesday 3 March — The ferry resumed sailing", (3, 3)),
        # the place's state or country after a comma
        ("PORTLAND, Ore., Nov. 12, 2024 — Harbor Foods recalled 40,000 jars of salsa", (11, 12)),
        ("WASHINGTON, D.C., Jan. 5 (AP) — The Senate voted", (1, 5)),
        ("SALEM, Mass., 3 March — Firefighters spent the night", (3, 3)),
        ("KYIV, Ukraine, 3 March — Air raid sirens sounded across the capital", (3, 3)),
        ("COLUMBUS, Ohio, Jan. 9, 2025 — A federal judge blocked the consent rule", (1, 9)),
        ("PARIS, Tuesday, Nov. 12 — The strike closed the metro", (11, 12)),
        ("Lena Ortiz, Mayor, said on 3 March — before the vote — that", None),
        ("Lena Ortiz, Mayor, 3 March — before the vote — said the plan stood", None),
        ("Dr Ann Smith, Ph.D., 12 May — in a letter — said", None),
        # sentences that open like a dateline: a name, a comma, a date inside other words, a dash
        ("Manchester United, who last won on 3 March - their only win in a month - face Leeds", None),
        ("Ms Patel, speaking on 14 June – a day after the vote – said the plan would go ahead", None),
        # a typo's day the month does not have files no day (it crashed the stories of a corpus)
        ("TOKYO, Feb 31 (Reuters) - The yen weakened", None),
        ("KESSEL, 31 April (OPA) — The bank held its rate", None),
        ("KESSEL, 29 February (OPA) — The bank held its rate", (2, 29)),
    ],
)
def test_a_dateline_gives_the_day_a_report_was_filed_with_or_without_its_year(paragraph: str, day) -> None:
    assert dateline_day(paragraph) == day


def test_after_dateline_keeps_the_sentence_and_leaves_other_openings_alone() -> None:
    assert after_dateline("VARNHOLT, March 7, 2025 — The toll rose to 15.") == "The toll rose to 15."
    assert after_dateline("COLUMBUS, Ohio, Jan. 9, 2025 — A judge blocked it.") == "A judge blocked it."
    opening = "Ms Patel, speaking on 14 June – a day after the vote – said she would stay."
    assert after_dateline(opening) == opening
