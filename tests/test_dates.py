"""dates: the one date and time parser — metadata dates and time expressions in running text."""

from __future__ import annotations

from datetime import datetime

import pytest

from unspun.text.dates import calendar_date, days_apart_in_year, month_day, parse_published, time_expressions


def values(text: str) -> list[tuple[str, str, str]]:
    return [(m.kind, m.value, text[m.start : m.end]) for m in time_expressions(text)]


def test_published_dates_read_iso_forms_and_refuse_the_rest() -> None:
    assert parse_published("2024-03-15T09:30:00Z") == datetime(2024, 3, 15, 9, 30)
    assert parse_published("2024-03-15T09:30:00+01:00") == datetime(2024, 3, 15, 9, 30)
    assert parse_published("2024-03-15 (updated)") == datetime(2024, 3, 15)
    assert parse_published("last Tuesday") is None
    assert parse_published(None) is None


def test_weekdays_months_days_and_years_in_text() -> None:
    text = "The council met on Tuesday, voted on 19 December 2023 and will meet again in March or on May 4."
    assert values(text) == [
        ("date", "tuesday", "Tuesday"),
        ("date", "19 dec 2023", "19 December 2023"),
        ("date", "mar", "March"),
        ("date", "4 may", "May 4"),
    ]


def test_relative_days_periods_and_clock_times() -> None:
    text = "Officials said yesterday that last week's storm hit at 3pm, and again at 10:30 and 4 p.m. this month."
    assert values(text) == [
        ("date", "yesterday", "yesterday"),
        ("date", "last week", "last week's"),
        ("time", "15:00", "3pm"),
        ("time", "10:30", "10:30"),
        ("time", "16:00", "4 p.m"),
        ("date", "this month", "this month"),
    ]


def test_modal_may_and_amounts_are_not_dates() -> None:
    assert values("Prices may rise, and 2000 people could lose 1999 votes.") == [("date", "1999", "1999")]


@pytest.mark.parametrize(("text", "iso"), [
    ("30 August 2023, 23:14", "2023-08-30T23:14"),
    ("Wednesday, 30 August 2023", "2023-08-30"),
    ("Updated: Aug 30, 2023 at 11:14 pm", "2023-08-30T23:14"),
    ("Posted on December 19, 2023 at 9:05 a.m.", "2023-12-19T09:05"),
    ("2023-08-30 09:05", "2023-08-30T09:05"),
    ("2023-08-30T23:14:05Z", "2023-08-30T23:14"),
    ("The plan was agreed on 3 May 2021 by the council", "2021-05-03"),
    ("The council met on Tuesday, 19 December, and again in March 2024.", None),
    ("the 31st of nowhere in 2023", None),
])
def test_calendar_date_is_the_first_full_date_with_the_time_after_it(text: str, iso: str | None) -> None:
    assert calendar_date(text) == iso


def test_clock_times_with_minutes_and_a_meridiem() -> None:
    text = "Polls closed at 11:14 pm, at 9:05 a.m. and at 10.30am; the 2023-12-19 vote counts."
    assert values(text) == [
        ("time", "23:14", "11:14 pm"),
        ("time", "09:05", "9:05 a.m"),
        ("time", "10:30", "10.30am"),
        ("date", "19 dec 2023", "2023-12-19"),
    ]


def test_a_day_of_unknown_year_and_the_days_between_two() -> None:
    assert month_day("20 mar") == (3, 20)
    assert month_day("19 jun 2025") == (6, 19)
    assert month_day("mar") is None and month_day("tuesday") is None
    assert days_apart_in_year((3, 20), (6, 19)) == 91
    assert days_apart_in_year((12, 31), (1, 2)) == 2  # the short way round the new year
    assert days_apart_in_year((2, 29), (3, 1)) == 1


def test_a_day_the_month_does_not_have_is_no_calendar_day() -> None:
    assert month_day("31 apr") is None and month_day("30 feb") is None and month_day("32 jan") is None
    assert month_day("29 feb") == (2, 29) and month_day("31 dec") == (12, 31)


# --- the days a lead names for its event (events2) ---

from datetime import date  # noqa: E402

from unspun.text.dates import days_disagree, event_days  # noqa: E402


def test_yesterday_and_next_monday_are_read_against_the_texts_own_date() -> None:
    wire = event_days("Kestrel Apparel yesterday raised its forecast for the year.", date(2024, 11, 13))
    assert wire.dates == {date(2024, 11, 12)} and wire.weekdays == {1}  # a Tuesday
    radio = event_days("Drivers are to walk out for two days from next Monday.", date(2024, 11, 27))
    assert radio.dates == {date(2024, 12, 2)}
    assert event_days("Kestrel Apparel yesterday raised its forecast.").dates == frozenset()  # no date: no day


def test_a_dateline_and_a_weekday_date_one_event_the_way_a_next_day_report_does() -> None:
    filed = event_days("PORTLAND, Ore., Nov. 12, 2024 — Kestrel Apparel raised its outlook on Tuesday.")
    next_day = event_days("Kestrel Apparel yesterday raised its forecast.", date(2024, 11, 13))
    next_quarter = event_days("PORTLAND, Ore., Feb. 25, 2025 — Kestrel Apparel reported sales on Tuesday.")
    assert days_disagree(filed, next_day, 1) is False
    assert days_disagree(filed, next_quarter, 1) is True  # both on a Tuesday, three months apart


def test_days_are_compared_at_the_finest_level_both_leads_give() -> None:
    saturday = event_days("Harrowgate Town beat Castleford Rovers at the Mill Lane Stadium on Saturday.")
    tuesday_night = event_days("Harrowgate Town lost to Bramley Athletic at Mill Lane on Tuesday night.")
    dated = event_days("Amankwah scored twice in a 2–1 win at Mill Lane yesterday.", date(2024, 9, 15))
    assert days_disagree(saturday, tuesday_night, 1) is True
    assert days_disagree(saturday, dated, 1) is False  # 14 September 2024 was a Saturday
    # "on Tuesday" and "on 3 March" with no year or date line: nothing to compare, no disagreement
    tuesday, third = event_days("The strike began on Tuesday."), event_days("The strike began on 3 March.")
    assert days_disagree(tuesday, third, 1) is None
    # days of the year without years, a day apart: one evening's event
    assert days_disagree(event_days("from Monday 2 December"), event_days("from 3 December"), 1) is False
    assert days_disagree(event_days("from Monday 2 December"), event_days("from Thursday 16 January"), 1) is True


def test_a_day_one_lead_says_a_claim_was_made_on_is_no_other_day_for_the_report_of_that_day() -> None:
    # probe53: a claim made on Thursday about Tuesday's election, and another outlet's report of its Thursday
    # checking the claim, were "another event" (Tuesday against Thursday): the day of saying is no event day of
    # its own, but it is no other day than the one the other report names
    claim = event_days("A Brookfield County councillor said on Thursday that about 1,200 mail ballots from Tuesday's "
                       "election had been found in a dumpster behind a warehouse on Mill Road.", date(2026, 11, 5))
    check = event_days("The Ledger spent Thursday trying to check a claim that ballots were thrown out behind a "
                       "warehouse on Mill Road.", date(2026, 11, 6))
    assert claim.said == {date(2026, 11, 5)} and claim.dates == {date(2026, 11, 3)}
    assert days_disagree(claim, check, 1) is None and days_disagree(check, claim, 1) is None
    # undated, weekdays alone
    assert days_disagree(event_days("The minister said on Monday that the Tarn bridge had failed its inspection on "
                                    "Friday."), event_days("Engineers inspected the Tarn bridge on Monday."), 1) is None
    # a day of saying that matches none of the other's days changes nothing
    later = event_days("The Ledger spent Saturday checking the claim about the Mill Road warehouse.", date(2026, 11, 8))
    assert days_disagree(claim, later, 1) is True


def test_weekdays_a_day_apart_are_one_event_only_across_a_night_or_a_relative_day() -> None:
    # probe42: the lifeboat's Sunday-night rescue and its Saturday-afternoon callout are two events (weekdays
    # wrap round the week: with a bare one-day tolerance "Saturday" and "Sunday" always agreed)
    rescue = event_days("Two fishermen were rescued by the Whitby lifeboat on Sunday night after their trawler "
                        "began taking on water.")
    relief = event_days("Her husband came home after their boat started sinking off the coast late on Sunday.")
    callout = event_days("The Whitby lifeboat was launched on Saturday afternoon to help a kayaker.")
    assert days_disagree(rescue, relief, 1) is False
    assert days_disagree(relief, callout, 1) is True and days_disagree(callout, relief, 1) is True
    assert days_disagree(event_days("The match on Saturday"), event_days("the match on Sunday"), 1) is True
    # a night runs into the next day's early hours, either way round
    early = event_days("The crew was called out in the early hours of Monday.")
    assert days_disagree(rescue, early, 1) is False and days_disagree(early, rescue, 1) is False
    assert days_disagree(event_days("The fire broke out early on Sunday."), event_days("on Saturday night"), 1) is False
    # a day read from "yesterday" against the report's date may be a day off (filed after midnight)
    yesterday = event_days("Harrowgate Town won at Mill Lane yesterday.", date(2024, 9, 15))  # Saturday
    assert days_disagree(yesterday, event_days("Harrowgate Town won on Friday."), 1) is False
    assert days_disagree(event_days("on Saturday night"), event_days("on Sunday"), 0) is True
    # an undated release's "today" is its own day, unread: the days it names may be the next ones
    release = event_days("The school will be closed on Thursday and Friday, the council said today.")
    assert days_disagree(release, event_days("Parents were calling grandparents on Wednesday."), 1) is False


def test_event_days_leave_out_attribution_days_and_read_bare_weekdays_against_the_report() -> None:
    lead = "The floods that struck late on Tuesday have killed 15 people, the agency said on Friday."
    assert event_days(lead, date(2025, 3, 7)).dates == frozenset({date(2025, 3, 4)})
    assert event_days("A judge on Thursday blocked the rule.", date(2025, 1, 9)).dates == frozenset({date(2025, 1, 9)})


def test_the_29th_of_february_of_a_common_year_names_no_day() -> None:
    assert event_days("The vote on 29 February 2025 was cancelled.").dates == frozenset()
    assert event_days("The vote on 29 February 2024 was cancelled.").dates == frozenset({date(2024, 2, 29)})


# --- the readers are asked only of tokens that can start a mention ---------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from unspun.text.dates import _may_start_mention, _read_mention  # noqa: E402
from unspun.text.tokens import word_tokens  # noqa: E402

_DATE_WORDS = ["on", "Tuesday", "tuesday", "March", "may", "May", "19", "19th", "twenty", "Twelve", "twelve", "one",
               "December", "2023", "1998", "last", "next", "week", "yesterday", "tonight", "noon", "midnight", "3pm",
               "10:30", "11.14", "a.m.", "p.m.", "pm", "am", "-", "12", "2000", "people", "the", "council", "said",
               "Sept", "sept", "Jan", "’s", "a", "m", "at", ",", " "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), min_size=1, max_size=12))
def test_a_token_the_gate_turns_away_starts_no_mention_of_any_reader(parts: list[str]) -> None:
    text = " ".join(parts).replace(" - ", "-")
    tokens = word_tokens(text)
    for k, token in enumerate(tokens):
        assert _read_mention(text, tokens, k) is None or _may_start_mention(token.norm), (text, token)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), min_size=1, max_size=12))
def test_mentions_read_at_their_possible_starts_are_those_read_at_every_token(parts: list[str]) -> None:
    from unspun.text.dates import mention_at, non_overlapping, time_mentions

    text = " ".join(parts).replace(" - ", "-")
    tokens = word_tokens(text)
    assert time_mentions(text, tokens) == non_overlapping(range(len(tokens)), lambda k: mention_at(text, tokens, k))


def test_a_day_written_in_words_or_digits_is_still_read() -> None:
    # "twenty" and "Twelve" start no reader's word list but the day-of-month reader's number words.
    found = [m.value for m in time_expressions("The vote on twenty March, the count on Twelve May and the deadline "
                                               "2023-12-19.")]
    assert found == ["20 mar", "12 may", "19 dec 2023"]


def test_a_publication_moment_orders_two_time_zones_in_utc() -> None:
    from unspun.text.dates import published_instant

    assert published_instant("2026-06-10T09:00:00+01:00") < published_instant("2026-06-10T08:30:00Z")
    assert published_instant("2026-06-10") == datetime(2026, 6, 10)
    assert published_instant("2026-06-10T09:00") == datetime(2026, 6, 10, 9)
    assert published_instant(None) is None and published_instant("soon") is None


def test_relative_day_offset_counts_from_the_texts_own_date() -> None:
    from unspun.text.dates import relative_day_offset

    assert [relative_day_offset(d) for d in ("yesterday", "last night", "today", "this morning", "tomorrow")] == \
        [-1, -1, 0, 0, 1]
    assert relative_day_offset("monday") is None


def test_a_sentence_naming_a_relative_day_is_told_from_one_that_does_not_before_its_expressions_are_read() -> None:
    from unspun.text.dates import names_relative_day

    for named in ("The jury heard yesterday that the van was stolen.", "Talks resume this\nmorning in Geneva.",
                  "TODAY the council votes on the budget.", "Police were called last night."):
        assert names_relative_day(named), named
    for other in ("The jury heard on Tuesday that the van was stolen.", "Todays and yesterdays are words too:",
                  "This morningside café opened in 2019.", "The night shift ended at 6am."):
        assert not names_relative_day(other), other


def test_a_date_written_in_figures_is_a_full_date() -> None:
    from unspun.text.dates import numeric_dates

    # both parts 12 or under: no guess without the page or a clock zone to agree with
    assert calendar_date("Posted 06/12/2026") is None
    assert calendar_date("Posted 06/12/2026", "The batch was made on 6 December 2026.") == "2026-12-06"
    assert calendar_date("Updated 6.12.2026 at 14:05", "2026-12-06") == "2026-12-06T14:05"
    assert calendar_date("12/25/2026") == "2026-12-25"  # no 25th month: month first
    assert calendar_date("13/12/2026") == "2026-12-13"  # no 13th month: day first
    assert [days for *_, days in numeric_dates("Filed 06/12/2026")] == [("2026-12-06", "2026-06-12")]
    # a score, a fraction, a version or an impossible day is none
    for text in ("They won 3/4 of their games", "version 2.1.2026b", "31/02/2026", "1/2/3"):
        assert calendar_date(text) is None, text


def test_a_us_date_line_in_figures_is_read_month_first_by_its_zone_or_the_page_and_never_guessed() -> None:
    from unspun.text.dates import numeric_dates

    # an AP date line: "EST" says North America, month first; "January 13, 2026" on the page agrees with 12 January
    assert calendar_date("01/12/2026 04:15 PM EST") == "2026-01-12T16:15"
    assert calendar_date("01/12/2026 04:15 PM") is None
    page = "COLUMBUS, Ohio (AP) — Ohio lawmakers on Monday passed a bill, the governor's office said on January 13, " \
           "2026."
    assert calendar_date("01/12/2026 04:15 PM", page) == "2026-01-12T16:15"
    assert calendar_date("06/12/2026 14:05 CET") == "2026-12-06T14:05"  # a European zone: day first
    assert calendar_date("06/12/2026 - 14:05", "Published 6 December 2026") == "2026-12-06T14:05"
    # version strings are no dates, ambiguous or not
    for text in ("Version 2.1.2026 released to all users on Tuesday.", "Firmware 10.3.2024 fixed the fault.",
                 "The app's version 2.13.2026 was pulled."):
        assert numeric_dates(text) == [], text


def test_a_weekday_or_last_week_read_against_the_report_date_names_the_written_day():
    # facts43 (probe43 C5): a copy dated Wednesday 4 March writes "on 3 March" for "on Tuesday"; "last week" holds
    # 26 February; "on Monday" is another day, and undated a weekday and a date compare as written.
    from unspun.text.dates import may_name_one_day

    dated = "2026-03-04"
    assert may_name_one_day("was arrested on Tuesday", dated, "was arrested on 3 March", dated)
    assert may_name_one_day("was arrested on 3 March", dated, "was arrested on Tuesday", dated)
    assert may_name_one_day("the council refused it last week", dated, "the council refused it on 26 February", dated)
    assert not may_name_one_day("was arrested on Tuesday", dated, "was arrested on 2 March", dated)
    assert not may_name_one_day("the council refused it last week", dated, "the council refused it on 3 March", dated)
    assert not may_name_one_day("was arrested on Tuesday", dated, "was arrested on Monday", dated)
    # a paper of the next day writes Tuesday still: 3 March
    assert may_name_one_day("was arrested on Tuesday", dated, "was arrested on Tuesday 3 March", "2026-03-05") is False
    assert may_name_one_day("was arrested on Tuesday", dated, "was arrested on Tuesday", "2026-03-05")
    assert not may_name_one_day("was arrested on Tuesday", None, "was arrested on 3 March", None)


def test_a_weekday_in_a_sentence_of_the_future_is_the_next_such_day():
    # fixe2 (review of facts43): in a report of Friday 6 March "will vote on Tuesday" is Tuesday 10 March, so "on 3
    # March" is another day and "on 10 March" the same; where the tense cannot be read either Tuesday may be meant.
    from unspun.text.dates import may_name_one_day

    friday = "2026-03-06"
    assert not may_name_one_day("Tuesday", friday, "3 March", friday, "Councillors in Ashford will vote on ", "")
    assert may_name_one_day("Tuesday", friday, "10 March", friday, "Councillors in Ashford will vote on ", "")
    assert may_name_one_day("10 March", friday, "Tuesday", friday, "", "The library is due to close on ")
    assert not may_name_one_day("3 March", friday, "Tuesday", friday, "", "The leisure centre is to reopen on ")
    # past: the last Tuesday, as before
    assert may_name_one_day("Tuesday", friday, "3 March", friday, "Councillors in Ashford voted on ", "")
    assert not may_name_one_day("Tuesday", friday, "10 March", friday, "Councillors in Ashford voted on ", "")
    # no tense to read: either Tuesday, and a day that is neither still differs
    assert may_name_one_day("Tuesday", friday, "3 March", friday, "Market day: ", "")
    assert may_name_one_day("Tuesday", friday, "10 March", friday, "Market day: ", "")
    assert not may_name_one_day("Tuesday", friday, "11 March", friday, "Market day: ", "")


def test_a_date_line_with_seconds_keeps_its_half_of_the_day() -> None:
    """A page's date line written with seconds: the clock reader reads past them to the "PM"."""
    assert calendar_date("Published Dec 6, 2026 4:05:30 PM by Harriet Osei, Tamworth Courier") == \
        "2026-12-06T16:05:30"
    assert calendar_date("Updated 14 May 2025, 9:12:07 am") == "2025-05-14T09:12:07"


def test_times_of_day_are_read_as_a_report_writes_them() -> None:
    from unspun.text.dates import times_of_day

    assert times_of_day("Firefighters were called at 3pm and the blaze was out by 10.30.") == ["3pm", "10.30"]
    assert times_of_day("Later in the evening the road reopened, and by mid-afternoon the queues had gone.") == [
        "later in the evening", "mid-afternoon"]
    assert times_of_day("The men were held overnight and released at lunchtime.") == ["overnight", "lunchtime"]
    # a year, a weekday and a month name no time of day
    assert times_of_day("The council will meet on Tuesday 4 March, as it did in 2019.") == []


def test_a_clock_time_of_day_is_read_as_hours_and_minutes_and_a_part_of_the_day_as_none() -> None:
    from unspun.text.dates import clock_time, times_of_day

    found = times_of_day("Police were called at 11.15am, the road shut at 3pm, reopened by 16:45 and again at noon.")
    assert [clock_time(time) for time in found] == ["11:15", "15:00", "16:45", "12:00"]
    assert [clock_time(time) for time in times_of_day("Later in the evening, and overnight, it rained.")] == [
        None, None]
    assert clock_time("12.30am") == "00:30"


@pytest.mark.parametrize(("value", "page", "stamp"), [
    ("2026-12-06T16:05:00+01:00", "", "2026-12-06T16:05:00+01:00"),  # ISO: as written
    ("Sun, 06 Dec 2026 16:05:00 GMT", "", "2026-12-06T16:05:00+00:00"),  # an HTTP date (RFC 1123)
    ("Sun, 06 Dec 2026 16:05:00 +0100", "", "2026-12-06T16:05:00+01:00"),
    ("2025-05-14T13:05:00 GMT", "", "2025-05-14T13:05:00+00:00"),  # not "…GMT" read as midnight
    ("Dec 6, 2026 4:05 PM", "", "2026-12-06T16:05"),  # no zone: the caller's clock
    ("06/12/2026 16:05", "2026-12-06T09:00:00+00:00", "2026-12-06T16:05"),  # the page's day settles the order
    ("06/12/2026 16:05", "", None),  # 6 December or 12 June: unread
    ("6 December 2026", "", "2026-12-06"),
    ("last Sunday", "", None),
    # seconds before the half of the day keep it ("3:20:00 PM" is 15:20, not 03:20) and are the clock's own seconds
    ("Mar 4, 2026 3:20:00 PM", "", "2026-03-04T15:20:00"),
    ("Sun, 06 Dec 2026 16:16:45 GMT", "", "2026-12-06T16:16:45+00:00"),
    ("Dec 6, 2026 10:10:45", "", "2026-12-06T10:10:45"),
    # an offset after a zone's name, and a UTC mark right after the seconds' fraction
    ("Sun, 06 Dec 2026 16:05:00 GMT+1", "", "2026-12-06T16:05:00+01:00"),
    ("6 Dec 2026 16:05 UTC+01:00", "", "2026-12-06T16:05+01:00"),
    ("6 Dec 2026, 16:05:00.123Z", "", "2026-12-06T16:05:00+00:00"),
])
def test_a_metadata_stamp_is_read_by_the_one_date_reader(value: str, page: str, stamp: str | None) -> None:
    from unspun.text.dates import metadata_stamp

    assert metadata_stamp(value, page) == stamp


def test_two_versions_are_ordered_by_their_modified_times_where_those_say_and_not_otherwise() -> None:
    """The one reading of two versions' order (``version_a_first``) that the judge's modified clue and a store's
    version order share: the later modified is the later; a modified time before publication (stale), or minutes
    too close, says nothing."""
    from unspun.text.dates import version_a_first

    published = "2025-02-19T20:30:00+00:00"
    assert version_a_first((published, None), (published, "2025-02-19T23:10:00+00:00"), 5.0) is True
    assert version_a_first((published, "2025-02-19T23:10:00+00:00"), (published, None), 5.0) is False
    assert version_a_first((published, "2025-02-19T08:00:00+00:00"), (published, None), 5.0) is None  # stale
    assert version_a_first((published, "2025-02-19T20:32:00+00:00"), (published, None), 5.0) is None  # 2 minutes
    assert version_a_first((None, None), (published, None), 5.0) is None


from unspun.text.dates import before_future  # noqa: E402


def test_before_future_keeps_what_happened_up_to_a_day_to_come() -> None:
    assert before_future("Councillors met on Tuesday and will meet again on Thursday.") \
        == "Councillors met on Tuesday and "
    assert before_future("The school said on Monday that it would shut on Tuesday.") \
        == "The school said on Monday that it "
    assert before_future("The board rejected the plan on Thursday.") == "The board rejected the plan on Thursday."


from unspun.text.dates import told_as_news  # noqa: E402


def test_told_as_news_leaves_out_a_clause_in_the_past_perfect() -> None:
    # reviewD: the strike's eve told as its background, not its day
    assert "Monday" not in told_as_news("On Monday the GMB union had warned that talks with the council had broken "
                                        "down.")
    kept = told_as_news("At a meeting on Thursday, councillors, who had rejected it before, voted for the plan.")
    assert "Thursday" in kept and "rejected" not in kept
    assert told_as_news("The walkout began on Wednesday morning, the GMB said.") == (
        "The walkout began on Wednesday morning, the GMB said.")
    # a comma after the day parts no clause; a past perfect of an irregular verb; a day something was said on
    assert "Monday" not in told_as_news("On Monday, the GMB union had warned that talks had broken down.")
    assert "Monday" not in told_as_news("The GMB union had said on Monday that talks had broken down.")
    assert "Monday" not in told_as_news("The GMB union announced the action on Monday after talks broke down.")
    assert "Monday" in told_as_news("Firefighters were called to the mill on Monday evening.")
    assert "Monday" in told_as_news("The board had a meeting on Monday and voted for the plan.")
    # and up to a day to come, as before_future
    assert "Thursday" not in told_as_news("Councillors met on Tuesday and will meet again on Thursday.")
