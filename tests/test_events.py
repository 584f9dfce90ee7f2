"""Another event with the same actors, told by its specifics (``pair.events``)."""

from __future__ import annotations

from pathlib import Path

from unspun.config import TextConfig
from unspun.ingest.segment import segment
from unspun.model import Article, Segmented
from unspun.pair.events import (
    SpecificsConflict,
    counts_a_repeat,
    event_specifics,
    filed_days_apart,
    lead_dated_after_filing,
    lead_event_days,
    moments_told,
    other_figures_by_pair,
    own_periods,
    pairs_giving_other_figures,
    periods_apart,
    recalled_passages,
    specifics_conflict,
    tells_recurrence,
)

STRIKE = ("Bus drivers at Northline Buses in Leeds will walk out for 48 hours from Monday 2 December after rejecting "
          "a pay offer of 4.5%, the Unite union said.\n\nAbout 740 drivers voted by 89% in favour of strike action on "
          "a turnout of 78%.")
SECOND = ("Bus drivers at Northline Buses in Leeds will stage a second walkout for 72 hours from Thursday 16 January "
          "after rejecting a revised pay offer of 5.1%, the Unite union said.\n\nIn a new ballot, 91% voted in favour "
          "of further action on a turnout of 64%.")
RADIO = ("Drivers at Northline Buses are to walk out for two days from next Monday in a row over pay.\n\nMore than 700 "
         "drivers are involved, and 89 per cent of members who voted supported a strike after a 4.5 per cent offer.")


def _seg(text: str, published: str | None = None):
    return segment(Article("x", text, published=published))


def test_one_unions_second_strike_is_another_event_by_its_days_and_figures() -> None:
    conflict = specifics_conflict(_seg(STRIKE), _seg(SECOND))
    assert conflict.days_differ is True and conflict.other_event()
    assert "other days" in conflict.reason()


def test_the_same_strike_dated_next_monday_and_rounded_stays_one_event() -> None:
    conflict = specifics_conflict(_seg(STRIKE), _seg(RADIO, published="2024-11-27"))
    assert conflict.days_differ is False and conflict.figures_conflicting == 0
    assert not conflict.other_event()


def test_figures_alone_show_another_event_when_more_things_differ_than_agree() -> None:
    undated = SECOND.replace(" from Thursday 16 January", "")
    conflict = specifics_conflict(_seg(STRIKE.replace(" from Monday 2 December", "")), _seg(undated))
    assert conflict.days_differ is None
    assert conflict.figures_conflicting >= 3 > conflict.figures_agreeing and conflict.other_event()


FLOOD = ("VARNHOLT, March 5, 2025 — Flash floods that struck the Varnholt valley late on Tuesday killed 12 people, "
         "the regional civil protection agency said on Wednesday.\n\nAbout 900 residents were moved to "
         "emergency shelters in Kastow and Brill.")
FLOOD_LATER = ("VARNHOLT, March 7, 2025 — The number of people killed in the flash floods that struck the Varnholt "
               "valley late on Tuesday has risen to 15, the regional civil protection agency said on Friday.\n\n"
               "About 900 residents remain in emergency shelters in Kastow and Brill.")
FIRE = ("The Marrowby wildfire has burnt 4,200 hectares and destroyed 85 homes, and 3,000 people have left their "
        "houses, the fire service said.\n\nAbout 400 firefighters are on the lines.")
FIRE_LATER = ("The Marrowby wildfire has now burnt 9,800 hectares and destroyed 140 homes, and 7,500 people have left "
              "their houses, the fire service said.\n\nAbout 900 firefighters are on the lines.")


def test_a_later_report_of_a_developing_story_stays_one_event() -> None:
    # Its dateline and its "said on Friday" are the day it was filed; the flood struck on the Tuesday both name.
    later = specifics_conflict(_seg(FLOOD), _seg(FLOOD_LATER))
    assert later.days_differ is False and not later.other_event()
    # Every count rose: the fire grew, it is not another fire.
    grown = specifics_conflict(_seg(FIRE), _seg(FIRE_LATER))
    assert grown.figures_conflicting >= 3 and grown.figures_grow and not grown.other_event()


def test_other_days_do_not_make_another_event_when_the_figures_agree() -> None:
    assert not SpecificsConflict(True, 2, 1).other_event()
    assert SpecificsConflict(True, 1, 4).other_event() and SpecificsConflict(True, 0, 0).other_event()


HIKE = ("Bank of Wessex raises rates to 4.75%\n\nThe Bank of Wessex raised its main interest rate to 4.75% on "
        "Thursday, its third rise this year.\n\nGovernor Priya Anand said inflation had risen to 5.2% in October.\n\n"
        "Economists at Harcourt Securities had expected the move.")
HOLD = ("Bank of Wessex holds rates at 4.5%\n\nThe Bank of Wessex kept its main interest rate at 4.5% on Thursday.\n\n"
        "Governor Priya Anand said inflation of 5.6% in July was still far too high.\n\nEconomists at Harcourt "
        "Securities said a rise in the autumn was likely.")
HIKE_RETOLD = ("Wessex borrowing costs climb again\n\nBorrowing costs went up on Thursday after the Bank of Wessex "
               "lifted its main interest rate to 4.75 per cent.\n\nPrices were rising at 5.3 per cent in October, "
               "Governor Priya Anand said, and the bank would act again if needed.")


def test_two_short_reports_whose_every_figure_differs_are_another_event() -> None:
    for one, other in ((HIKE, HOLD), (HOLD, HIKE)):
        conflict = specifics_conflict(_seg(one), _seg(other))
        assert (conflict.figures_agreeing, conflict.figures_conflicting) == (0, 3) and conflict.other_event()
        reason = conflict.reason()
        assert reason.startswith("every figure both give differs (")
        assert "October vs July" in reason or "July vs October" in reason


def test_a_retelling_with_one_figure_updated_stays_one_event() -> None:
    # The rate agrees; inflation is given as 5.3% where the first report had 5.2% (a revision), in one month.
    conflict = specifics_conflict(_seg(HIKE), _seg(HIKE_RETOLD))
    assert conflict.figures_agreeing >= 1 and not conflict.other_event()


def test_two_differing_figures_are_another_event_only_in_short_reports() -> None:
    assert SpecificsConflict(None, 0, 2, longer_sentences=6).other_event()
    assert not SpecificsConflict(None, 0, 2, longer_sentences=30).other_event()  # a long report's background
    # One figure the same beside two that differ: a figure of the actor itself ("its 214 shops") agrees in every
    # event; beside one that differs it is a retelling with one figure updated.
    assert SpecificsConflict(None, 1, 2, longer_sentences=6).other_event()
    assert not SpecificsConflict(None, 1, 1, longer_sentences=6).other_event()
    assert not SpecificsConflict(None, 2, 2, longer_sentences=6).other_event()
    assert not SpecificsConflict(None, 0, 1, longer_sentences=6).other_event()


# Two writers' reports of one wildfire on its third and fourth days: the burnt area grew, and the share of the fire
# contained, which a report gives beside it, moved too. A share is no tally and says nothing either way.
CARROW = ("A wildfire in the hills above Carrow has burnt 4,200 hectares since it broke out on Sunday, the regional "
          "fire service said. Crews had the blaze 20% contained by Tuesday evening. More than 300 firefighters and "
          "six water bombers are fighting the flames, and residents of two villages have been told to be ready to "
          "leave.")
CARROW_NEXT_DAY = ("Firefighters battling the Carrow hills fire made progress overnight, with the blaze now 45% "
                   "contained, the fire service said on Wednesday. The fire, which started on Sunday, has spread "
                   "across 6,800 hectares. About 300 firefighters remain on the lines, helped by six aircraft "
                   "dropping water.")


def test_a_developing_storys_share_beside_its_grown_tallies_keeps_it_one_event() -> None:
    for a, b in ((CARROW, CARROW_NEXT_DAY), (CARROW_NEXT_DAY, CARROW)):
        grown = specifics_conflict(_seg(a), _seg(b))
        assert grown.figures_conflicting == 2 and grown.figures_grow and not grown.other_event()
    # the containment alone is no growth: shares never make one
    shares_only = specifics_conflict(_seg("The Carrow fire was 20% contained and 10% of the park closed."),
                                     _seg("The Carrow fire was 45% contained and 30% of the park closed."))
    assert not shares_only.figures_grow


PARADE = ("Lantern parade opens Wexbury winter festival\n\nAbout 600 children from 14 schools carried lanterns "
          "through Wexbury on Friday evening.\n\nThis year's festival runs for nine days and has a craft market with "
          "80 stalls.")
PARADE_NEXT = ("Wexbury lantern parade opens winter festival\n\nAbout 750 children from 17 schools carried lanterns "
               "through the town on Friday night.\n\nThe festival, held every year since 2009, runs for ten days and "
               "has a craft market with 95 stalls.")


def test_a_yearly_festivals_larger_counts_are_its_next_edition_not_an_update() -> None:
    # Both tell their festival as one of a series, so counts that all rose are another year's, not a developing
    # story's: every figure differs and the festival is another event.
    conflict = specifics_conflict(_seg(PARADE), _seg(PARADE_NEXT))
    assert conflict.figures_conflicting >= 3 and conflict.figures_agreeing == 0
    assert not conflict.figures_grow and conflict.other_event() and conflict.every_figure_differs()
    # Without the series, counts that all rose read as an update of one parade only where the later report says
    # they moved or keeps a figure (``test_the_next_events_smaller_tallies_with_nothing_kept_are_no_update``); with
    # nothing kept and nothing said, they are another parade's as much as a later count of this one.
    one_off = specifics_conflict(_seg(PARADE.replace("This year's festival", "The festival")),
                                 _seg(PARADE_NEXT.replace(", held every year since 2009,", "")))
    assert not one_off.figures_grow and one_off.other_event()


def test_a_copy_that_changes_one_figure_is_not_every_figure_differing() -> None:
    conflict = specifics_conflict(_seg(FIRE), _seg(FIRE.replace("85 homes", "95 homes")))
    assert conflict.figures_conflicting == 1 and not conflict.every_figure_differs()


CORRIE = ("Floods force hundreds from homes in Corrie valley\n\nSix people have died and 400 properties have been "
         "flooded after the River Corrie burst its banks, police said on Tuesday.\n\nAbout 1,200 people spent the "
         "night in emergency shelters. The river bursts its banks every year, residents said, but never like this.")
CORRIE_LATER = CORRIE.replace("Six people", "Nine people").replace("400 properties", "650 properties").replace(
    "About 1,200", "About 800")


def test_an_update_of_one_event_is_no_series_for_background_every_year_and_names_no_other_period() -> None:
    # "The river bursts its banks every year" is background, not the report telling itself as one of a series;
    # an update moves every tally (the toll up, the people in shelters down) and keeps the event's period.
    from unspun.pair.events import event_specifics

    assert not event_specifics(_seg(CORRIE)).series
    assert not specifics_conflict(_seg(CORRIE), _seg(CORRIE_LATER)).periods_differ
    october = _seg("Inflation falls to 2.9% in October\n\nPrices rose 2.9% in the year to October.")
    november = _seg("Inflation rises to 3.4% in November\n\nPrices rose 3.4% in the year to November.")
    assert specifics_conflict(october, november).periods_differ
    assert not specifics_conflict(october, october).periods_differ


ROCKFALL = ("Rockfall shuts Tarrow Gap line\n\nThe railway through Tarrow Gap has been closed after about 2,500 tonnes "
            "of rock fell on to the track, Westline Rail said.\n\nEngineers expect the line to stay shut for 12 days "
            "while 40 metres of netting are fitted to the slope.")
ROCKFALL_NEXT = ("Tarrow Gap line closed by fresh rockfall\n\nThe railway through Tarrow Gap has been closed again "
                 "after about 300 tonnes of rock came down a mile further north, Westline Rail said.\n\nEngineers "
                 "expect the line to stay shut for four days while 15 metres of netting are fitted to the slope.")
ROCKFALL_UPDATE = ROCKFALL.replace("about 2,500 tonnes of rock fell", "about 2,500 tonnes of rock have now fallen")


def test_the_next_events_smaller_tallies_with_nothing_kept_are_no_update() -> None:
    # Every figure is smaller on the next rockfall's side, so read the other way they all grew; but nothing is kept
    # and nothing says the counts moved: the next rockfall, not a developing story.
    for a, b in ((ROCKFALL, ROCKFALL_NEXT), (ROCKFALL_NEXT, ROCKFALL)):
        conflict = specifics_conflict(_seg(a), _seg(b))
        assert conflict.figures_conflicting >= 2 and conflict.figures_agreeing == 0
        assert not conflict.figures_grow and conflict.other_event()
    # The lead saying its tallies moved ("have now fallen") keeps growth an update.
    said = specifics_conflict(_seg(ROCKFALL_UPDATE.replace("2,500", "3,100").replace("12 days", "20 days")
                                   .replace("40 metres", "70 metres")), _seg(ROCKFALL))
    assert said.figures_grow and not said.other_event()


def test_copies_sharing_sentences_are_searched_for_a_series_once_a_sentence() -> None:
    """A trace reads the event specifics of one story's copies, which share sentences: whether a sentence names an
    edition or says its event recurs is searched once a sentence, and a copy answers as the text read afresh."""
    from unspun.pair import events

    shuffled = "\n\n".join([PARADE_NEXT.split("\n\n")[0], *reversed(PARADE_NEXT.split("\n\n")[1:])])
    events._names_an_edition.cache_clear()
    events._says_it_recurs.cache_clear()
    first = events.event_specifics(_seg(PARADE_NEXT))
    searched = events._names_an_edition.cache_info().misses
    assert first.series and searched == 3  # the headline, the parade, the festival held every year
    again = events.event_specifics(_seg(shuffled))
    assert events._names_an_edition.cache_info().misses == searched and again.series
    events._names_an_edition.cache_clear()
    events._says_it_recurs.cache_clear()
    assert events.event_specifics(_seg(shuffled)) == again
    assert not events.event_specifics(_seg(CORRIE)).series


def test_specific_figures_shared_read_each_texts_figures_once_with_a_memo() -> None:
    """A trace's query meets 24 candidates: with an engine's memo its specific figures are read once, and every
    answer is the one read afresh (a text of other content is another key: nothing to invalidate)."""
    from unspun.pair import events
    from unspun.pair.memo import Memo
    from unspun.text.figures import shared_specific_figures

    query = _seg(STRIKE)
    others = [_seg(SECOND), _seg(RADIO, published="2024-11-27"), _seg(STRIKE.replace("740", "760"))]
    memo = Memo(64)
    calls = []
    real = events.specific_figure_contexts
    events.specific_figure_contexts = lambda found: calls.append(found) or real(found)
    try:
        found = [events.specific_figures_shared(query, other, memo) for other in others]
    finally:
        events.specific_figure_contexts = real
    assert len(calls) == 1 + len(others)  # the query once, each candidate once
    assert found == [shared_specific_figures(events.event_specifics(query).figures, events.event_specifics(o).figures)
                     for o in others]


def test_next_months_figures_beside_the_same_age_band_are_another_event() -> None:
    october = ("Claimant numbers in Wexcombe fell in September, figures from the county's statistics office showed on "
               "Thursday.\n\nThe county's jobless rate fell to 4.8 per cent from 5.0 per cent. The number of people "
               "claiming benefits fell by 300 to 18,200.\n\nUnemployment among people aged 18 to 24 fell to 10.4 per "
               "cent. Average pay rose by 3.1 per cent on a year earlier.")
    november = ("Claimant numbers in Wexcombe rose in October, figures from the county's statistics office showed on "
                "Thursday.\n\nThe county's jobless rate rose to 5.1 per cent from 4.8 per cent. The number of people "
                "claiming benefits rose by 500 to 18,700.\n\nUnemployment among people aged 18 to 24 rose to 11.2 "
                "per cent. Average pay rose by 2.8 per cent on a year earlier.")
    conflict = specifics_conflict(_seg(october), _seg(november))
    assert conflict.figures_agreeing == 0 and conflict.figures_show_another_event()


def test_two_fires_in_one_town_placed_at_other_streets_are_another_event() -> None:
    shop = ("Firefighters were called to a fire at a hardware shop on Ferry Road in Dunmere "
            "on Friday night.\n\nFive engines attended and the owner, who lives above the shop, got out unhurt. Watch "
            "manager Ellen Baird said the cause was being investigated.")
    flat = ("A man was rescued from a flat on Bellfield Crescent in Dunmere after a "
            "fire on Friday.\n\nTwo engines attended and he was taken to hospital. Watch manager Ellen Baird urged "
            "people to test their smoke alarms.")
    conflict = specifics_conflict(_seg(shop), _seg(flat))
    assert conflict.places_differ and conflict.other_event() and "other streets" in conflict.reason()
    # another outlet's report of the shop fire names its street further down
    other = ("A family hardware business in Dunmere was destroyed by fire on Friday "
             "night.\n\nThe shop, on Ferry Road, had traded for forty years. Five fire engines were sent.")
    assert not specifics_conflict(_seg(shop), _seg(other)).places_differ
    same_street = specifics_conflict(_seg(shop), _seg(shop.replace("hardware shop", "corner shop")))
    assert not same_street.places_differ and not same_street.other_event()


def test_a_recurring_report_gives_other_figures_in_most_sentence_pairs_a_reworded_digest_in_one() -> None:
    from pathlib import Path

    folder = Path(__file__).parent / "fixtures" / "recurring"
    october, november = ((folder / f"jobless_{month}.txt").read_text(encoding="utf-8").split("\n\n")[1:]
                         for month in ("oct", "nov"))
    assert pairs_giving_other_figures(list(zip(october, november, strict=True))) >= 4
    digest = [("By late afternoon the Dow Jones industrial average was up 12.81 points, or 0.1 percent, at 9,331.77.",
               "The Dow Jones industrial average closed up 64.64 points, or 0.71 percent, at 9,383.58."),
              ("Regulators fined the payments firm Tillpoint for failing to protect its customers' money.",
               "Tillpoint, a payments company, has been fined by regulators for not keeping customers' money safe."),
              ("Brewer Kestrel Ales is to close its bottling plant in Ashby, putting 140 jobs at risk.",
               "Kestrel Ales plans to shut its Ashby bottling plant, with 140 jobs at risk.")]
    assert pairs_giving_other_figures(digest) == 1
    # The market line gives other figures of 2 things (points, percent); a next report's lead stacks 3 or more.
    assert other_figures_by_pair(digest) == [2, 0, 0]
    assert other_figures_by_pair(list(zip(october, november, strict=True)))[1] >= 1
    lead = ("The unemployment rate in Vennmark fell to 5.2% last month from 5.6% the month before, the regional "
            "statistics bureau said, as employers added 8,300 jobs and the number claiming jobseeker's allowance fell "
            "by 2,100 to 41,600.",
            "The unemployment rate in Vennmark rose to 5.5% last month from 5.2% the month before, the regional "
            "statistics bureau said, as employers shed 3,900 jobs and the number claiming jobseeker's allowance rose "
            "by 1,700 to 43,300.")
    assert other_figures_by_pair([lead]) == [3]


def test_a_templates_next_period_is_another_event_though_its_fixed_figures_agree() -> None:
    # A monthly update from one template: the shops and the margin guidance are the same every month, and the
    # November update restates October's closing cash; most things differ, and the leads name other months (a month
    # in a day's date, "to 1 November", names a day).
    october = ("Corriden October sales update\n\nCorriden plc today reports sales for the four weeks to 1 November "
               "2025.\n\nSales in October were £43.7 million, up 5.2%. Like-for-like sales rose 3.1%. Online sales "
               "grew 11.9%.\n\nThe group traded from 184 stores. Gross margin was 41.5%.\n\nNet cash stood at £18.4 "
               "million.")
    november = ("Corriden November sales update\n\nCorriden plc today reports sales for the four weeks to 29 "
                "November 2025.\n\nSales in November were £47.9 million, up 2.6%. Like-for-like sales rose 0.9%. "
                "Online sales grew 14.3%.\n\nThe group traded from 184 stores. Gross margin was 41.5%.\n\nNet cash "
                "stood at £21.6 million, up from £18.4 million at the end of October.")
    conflict = specifics_conflict(_seg(october), _seg(november))
    assert conflict.periods_apart and conflict.figures_show_another_event()
    # the same update with one figure changed names the same period: one event
    altered = specifics_conflict(_seg(october), _seg(october.replace("3.1%", "4.1%")))
    assert not altered.periods_apart and not altered.other_event()


def test_periods_apart_needs_each_lead_to_name_a_period_the_other_does_not() -> None:
    assert periods_apart(frozenset({"third quarter", "2026"}), frozenset({"fourth quarter", "2026"}))
    assert not periods_apart(frozenset({"october"}), frozenset({"october", "2025"}))
    assert not periods_apart(frozenset(), frozenset({"2025"}))
    assert own_periods("Q3 trading update", ["Revenue for the three months to 30 September 2026 rose."]) \
        == frozenset({"third quarter", "2026"})


def test_a_report_filed_a_week_later_naming_only_its_own_day_is_filed_apart() -> None:
    # A force's next appeal (corp42): filed 7 days after the first, its robbery on a day after the first was filed.
    first = _seg("Detectives are appealing for witnesses after a robbery at a post office on Wood Street in "
                 "Swindon.\n\nA man demanded cash at about 5.20pm on Sunday 12 April.", "2026-04-14T09:30:00+01:00")
    second = _seg("Police are appealing for information after a pharmacy worker was threatened in Chippenham.\n\n"
                  "A man entered the pharmacy at about 8.45am on Saturday 18 April.", "2026-04-21T10:00:00+01:00")
    assert filed_days_apart(first, second, 4) == filed_days_apart(second, first, 4) == 7
    # a follow-up of the first filed as late names the first one's day: one event
    follow_up = _seg("A week after the raid on Sunday 12 April, Wood Street traders have asked for cameras.",
                     "2026-04-21T10:00:00+01:00")
    assert filed_days_apart(first, follow_up, 4) == 0
    # within the window, or either undated: nothing said
    assert filed_days_apart(first, _seg(second.article.text, "2026-04-16T10:00:00+01:00"), 4) == 0
    assert filed_days_apart(first, _seg(second.article.text), 4) == 0


def test_a_lead_dated_after_the_other_was_filed_tells_a_later_occasion() -> None:
    # A plea filed on Tuesday; the sentencing the next day: the plea's report could not tell it.
    plea = _seg("A builder has admitted defrauding 14 elderly homeowners of £212,000 at Lewes Crown Court on "
                "Tuesday.\n\nDarren Harwood, 46, pleaded guilty to 14 counts of fraud.", "2026-11-03T12:00:00+00:00")
    sentence = _seg("A builder who took £212,000 from elderly customers was jailed for five years at Lewes Crown "
                    "Court on Wednesday.\n\nDarren Harwood had admitted 14 fraud offences.",
                    "2026-11-04T15:00:00+00:00")
    assert lead_dated_after_filing(plea, sentence, 4) == lead_dated_after_filing(sentence, plea, 4) == 1
    # another outlet's report of the plea filed the next morning dates it to Tuesday: no later occasion
    morning = _seg("Pensioners wept as a builder admitted fraud at Lewes Crown Court on Tuesday.\n\nDarren Harwood "
                   "admitted 14 charges.", "2026-11-04T07:00:00+00:00")
    assert lead_dated_after_filing(plea, morning, 4) == 0
    # a follow-up naming the first's day ("a day after Tuesday's plea") follows it up; undated or far apart: not read
    follow_up = _seg("A builder who admitted fraud on Tuesday 3 November was jailed on Wednesday.",
                     "2026-11-04T15:00:00+00:00")
    assert lead_dated_after_filing(plea, follow_up, 4) == 0
    assert lead_dated_after_filing(plea, _seg(sentence.article.text), 4) == 0
    # a preview whose lead looks ahead to that day and the report of it: one occasion
    preview = _seg("A builder is expected to be sentenced at Lewes Crown Court on Wednesday.\n\nDarren Harwood "
                   "admitted 14 fraud offences.", "2026-11-03T12:00:00+00:00")
    assert lead_dated_after_filing(preview, sentence, 4) == 0
    assert lead_dated_after_filing(plea, _seg(sentence.article.text, "2026-11-12T15:00:00+00:00"), 4) == 0


def test_a_preview_looking_ahead_and_a_day_of_saying_tell_no_later_occasion() -> None:
    # reviewB i1: a Friday preview looking ahead with no weekday, and Saturday's report of the march
    preview = _seg("Hundreds of farmers are expected to drive tractors through Kelsford this weekend in protest at "
                   "the new inheritance tax.\n\nOrganisers said 400 vehicles had registered.",
                   "2026-11-13T17:00:00+00:00")
    report = _seg("About 350 tractors drove through Kelsford on Saturday in a protest against the inheritance tax."
                  "\n\nThe convoy stretched for two miles.", "2026-11-14T16:00:00+00:00")
    assert lead_dated_after_filing(preview, report, 4) == lead_dated_after_filing(report, preview, 4) == 0
    # reviewB i4: another outlet's update, "Police on Sunday confirmed …": the day of saying, not of the event
    fire = _seg("A man is missing after fire destroyed a boatyard on Quay Street in Kelsford on Saturday.\n\n"
                "Six crews attended.", "2026-11-14T11:00:00+00:00")
    update = _seg("Police on Sunday confirmed that a security guard died in the fire at the Quay Street boatyard."
                  "\n\nHe was named as Alan Pike, 61.", "2026-11-15T10:00:00+00:00")
    assert lead_dated_after_filing(fire, update, 4) == 0
    # the next occasion is still read: the club's signing, then its match the next day
    signing = _seg("Kelsford Town have signed striker Joel Amadi from Harcourt United.\n\nThe fee was not "
                   "disclosed.", "2026-11-14T12:00:00+00:00")
    match = _seg("Joel Amadi scored twice on his debut as Kelsford Town beat Wexby 3-1 on Sunday.\n\nAmadi joined "
                 "from Harcourt United.", "2026-11-15T18:00:00+00:00")
    assert lead_dated_after_filing(signing, match, 4) == 1


def test_the_streets_and_buildings_both_texts_name_are_shared_places() -> None:
    police = _seg("A postmaster was pushed to the floor in a robbery at the Wood Street Post Office on Sunday.")
    paper = _seg("Neighbours have been leaving flowers at Wood Street Post Office after its owner was hurt.")
    other = _seg("A pharmacy worker was threatened at the Market Place Pharmacy on Saturday.")
    assert specifics_conflict(police, paper).shared_places == {"wood street"}
    assert specifics_conflict(police, other).shared_places == frozenset()
    # every trial report names its court: no place of one event
    trial = _seg("A man accused of the Wood Street robbery appeared at Swindon Crown Court on Monday.")
    other_trial = _seg("A woman denied fraud at Swindon Crown Court on Tuesday.")
    assert specifics_conflict(trial, other_trial).shared_places == frozenset()


def test_institution_streets_and_courts_of_law_are_no_shared_place() -> None:
    # review42b: two ministers' news both naming Downing Street were one story by it; a sheriff court is a court.
    nhs = _seg("Speaking outside Downing Street, the Health Secretary announced £2bn for the NHS.")
    talks = _seg("Union officials arrived at Downing Street for talks lasting almost three hours.")
    assert specifics_conflict(nhs, talks).shared_places == frozenset()
    for place in ("Wall Street", "Fleet Street", "Threadneedle Street", "Pennsylvania Avenue",
                  "Glasgow Sheriff Court", "Brighton Magistrates Court"):
        one = _seg(f"The hearing at {place} heard the firm had failed to pay its staff.")
        two = _seg(f"A spokesman at {place} said the figures would be published on Monday.")
        assert specifics_conflict(one, two).shared_places == frozenset(), place


def test_a_place_one_lead_gives_and_the_other_names_is_the_events_own() -> None:
    # review42b: a follow-up names the street the earlier's lead placed its event at; probe41 pol_next shares only a
    # car park's road named further down in both (another town's Bath Road), which is no event's place.
    appeal = _seg("A man walked into Midland Road News and demanded money. Officers want footage from Bath Road.")
    charged = _seg("A man has been charged over the crowbar robbery at Midland Road News in Wellingborough.")
    next_one = _seg("A pharmacy worker was threatened with a knife in Chippenham. The man left towards Bath Road.")
    assert specifics_conflict(appeal, charged).lead_shared_places == {"midland road"}
    assert specifics_conflict(appeal, next_one).shared_places == {"bath road"}
    assert specifics_conflict(appeal, next_one).lead_shared_places == frozenset()


# --- short43 (2026-12-06): an alert template's next incident -------------------------------------------------------

# One broadcaster's travel alerts on one road: each told in the same words, the cause and the direction its own.
SHAP_FIRE = ("BREAKING: A6 shut southbound at Shap after lorry fire\n\nThe A6 is shut southbound between Shap and "
             "Hackthorpe after a lorry caught fire, Cumbria Police says. Diversions are in place via the M6.")
SHAP_CRASH = ("BREAKING: A6 shut northbound at Shap after two-car crash\n\nThe A6 is shut northbound between "
              "Hackthorpe and Shap after two cars collided head-on, Cumbria Police says. Air ambulance crews are at "
              "the scene.")
SHAP_REOPENED = ("UPDATE: A6 reopens southbound at Shap after lorry fire\n\nThe A6 has reopened southbound between "
                 "Shap and Hackthorpe after a lorry caught fire this morning, Cumbria Police says. The lorry has been "
                 "recovered.")
SHAP_OUTLET = ("Lorry blaze closes A6 near Shap\n\nSouthbound traffic on the A6 near Shap has been stopped after an "
               "HGV's cab went up in flames. Firefighters from Penrith are tackling the blaze.")


def _alert(text: str):
    """An alert as extraction reads a plain-text capture: its first line the headline."""
    title, _, body = text.partition("\n\n")
    return segment(Article("x", body, title=title))


def _lead(text: str):
    from unspun.pair.events import event_specifics

    return event_specifics(_alert(text))


def test_an_alert_templates_next_incident_is_another_event_by_its_cause_and_direction() -> None:
    from unspun.pair.events import incident_bounds, incident_causes, incident_stretches

    fire = _lead(SHAP_FIRE)
    assert incident_bounds(SHAP_FIRE) == {"south"} and ("shap", "hackthorpe") in incident_stretches(SHAP_FIRE)
    assert {"lorry", "caugh"} <= incident_causes(SHAP_FIRE)
    conflict = specifics_conflict(_alert(SHAP_FIRE), _alert(SHAP_CRASH))
    assert conflict.other_incident and conflict.other_event()
    assert "another cause" in conflict.reason() and "south" in conflict.reason(), conflict.reason()
    assert fire.causes.isdisjoint(_lead(SHAP_CRASH).causes)


def test_an_update_of_one_incident_and_another_outlets_report_of_it_are_no_other_incident() -> None:
    # the update keeps its cause (reopened after the lorry fire), the other outlet travels the same way
    for other in (SHAP_REOPENED, SHAP_OUTLET):
        assert not specifics_conflict(_alert(SHAP_FIRE), _alert(other)).other_incident, other


def test_a_correction_of_an_alert_is_no_other_incident() -> None:
    # review2 of short43: the outlet's correction puts the direction and the cause right; the junctions and the rest
    # are the alert's
    flash = ("BREAKING: M6 closed northbound near Tebay after lorry overturns\n\nThe M6 is closed northbound between "
             "junctions 38 and 39 after a lorry overturned, Cumbria Police says. Drivers are being diverted via the A6 "
             "through Shap and are advised to allow an extra hour.")
    corrected = flash.replace("BREAKING", "CORRECTION").replace("northbound", "southbound").replace(
        "after lorry overturns", "after diesel spill").replace("after a lorry overturned", "because of a diesel spill")
    assert _lead(corrected).corrected and not _lead(flash).corrected
    for one, other in ((flash, corrected), (corrected, flash)):
        assert not specifics_conflict(_alert(one), _alert(other)).other_incident
    for label in ("UPDATE: ", "Corrected: ", "Clarification - "):
        assert _lead(label + corrected.removeprefix("CORRECTION: ")).corrected, label
    # the next incident, told in the same template without a label, stays another
    assert specifics_conflict(_alert(flash), _alert(corrected.replace("CORRECTION", "BREAKING"))).other_incident
    # a label is a label only as the opening: "Update on the M6" is a headline's words
    assert not _lead("Update on the M6 closure\n\nThe M6 is closed.").corrected


def test_another_cause_alone_or_a_stretch_named_the_other_way_alone_is_no_other_incident() -> None:
    # an update may name the cause it learnt; a writer may name a stretch's ends in either order
    learnt = SHAP_FIRE.replace("lorry fire", "fuel tanker fire").replace("a lorry caught fire",
                                                                          "a fuel tanker's engine overheated")
    assert not specifics_conflict(_alert(SHAP_FIRE), _alert(learnt)).other_incident
    turned = SHAP_FIRE.replace("between Shap and Hackthorpe", "between Hackthorpe and Shap")
    assert not specifics_conflict(_alert(SHAP_FIRE), _alert(turned)).other_incident
    # the cause changed and the stretch named the other way round: another incident, whatever direction is named
    both = turned.replace("southbound", "").replace("lorry fire", "flooding").replace(
        "a lorry caught fire", "heavy rain flooded the carriageway")
    assert specifics_conflict(_alert(SHAP_FIRE), _alert(both)).other_incident


# One closure of the A591 told by the police (its time) and by a paper (its cause), and the next morning's
# incident on the same road, told in the police's template.
A591_NOTICE = ("A591 closed between Ambleside and Grasmere\n\nThe A591 has been closed between Ambleside and "
               "Grasmere after 9.30pm on Friday, Cumbria Police said. Drivers are asked to use the A593 through "
               "Skelwith Bridge.")
A591_PAPER = ("Tree brings down power lines on A591\n\nThe A591 was shut on Friday night between Grasmere and "
              "Ambleside after a falling tree brought down power lines beside Rydal Water. Engineers worked through "
              "the night.")
A591_FIRST = ("A591 closed northbound after tree falls\n\nThe A591 was closed northbound between Ambleside and "
              "Grasmere after a tree fell across the road at about 9.30pm, Cumbria Police said.")
A591_NEXT = ("A591 closed southbound after car leaves road\n\nThe A591 was closed southbound between Grasmere and "
             "Ambleside after a car left the road shortly after 7am, Cumbria Police said.")


def test_a_time_or_an_occasion_after_after_is_no_cause() -> None:
    from unspun.pair.events import incident_causes

    for lead in ("The A591 has been closed between Ambleside and Grasmere after 9.30pm on Friday.",
                 "The footbridge at Pooley Bridge was shut after dark on Saturday.",
                 "Protesters gathered outside County Hall after Tuesday's vote.",
                 "The budget was approved following a three-hour session of the full council.",
                 "Fans were held back after the match at Brunton Park."):
        assert incident_causes(lead) == frozenset(), lead
    # an occasion that happened in a way is a cause: "talks broke down"
    assert incident_causes("Tram drivers walked out after talks with Metrolink broke down.") == {"talks", "metro",
                                                                                                 "broke"}
    # a cause keeps its words, less the time it gives
    assert incident_causes("The road was closed after last night's storm brought down a wall.") == {
        "storm", "broug", "wall"}
    assert incident_causes("The A591 was closed after a car left the road shortly after 7am.") == {
        "car", "left", "road", "short"}


def test_one_closures_time_and_cause_told_by_two_outlets_are_no_other_incident() -> None:
    # the notice gives when the road closed, the paper why: no other cause, whatever order the ends are named in
    for one, other in ((A591_NOTICE, A591_PAPER), (A591_PAPER, A591_NOTICE)):
        assert not specifics_conflict(_alert(one), _alert(other)).other_incident
    # the next morning's incident in the same template: another cause and another direction, times beside both
    conflict = specifics_conflict(_alert(A591_FIRST), _alert(A591_NEXT))
    assert conflict.other_incident.startswith("another cause and another direction"), conflict.other_incident


QUAKE = ("A magnitude 3.1 earthquake struck near Pickering in North Yorkshire at 9.05pm on Friday, the British "
         "Geological Survey said. People in Thornton-le-Dale and Kirkbymoorside said doors shook for several seconds.")


def test_one_templates_alerts_of_other_places_and_days_are_another_event() -> None:
    # left38: the agency's next quake alert keeps every word but its places, magnitude and day
    other = ("A magnitude 2.6 earthquake struck near Oban in Argyll at 4.50am on Sunday, the British Geological "
             "Survey said. People in Connel and Taynuilt said doors shook for several seconds.")
    conflict = specifics_conflict(_seg(QUAKE), _seg(other))
    assert conflict.other_event()
    assert conflict.other_incident.startswith("another place (north yorkshire, pickering / argyll, oban)")


def test_a_copy_altering_one_place_or_its_people_is_no_other_place() -> None:
    # a copy that moves the quake to another town keeps its day and the villages; one that renames the people of a
    # report keeps its days and figures
    moved = QUAKE.replace("Pickering", "Malton")
    assert not specifics_conflict(_seg(QUAKE), _seg(moved)).other_incident
    council = ("Councillor Anna Leigh said on Monday that 140 homes in Ryedale would get new boilers. Her deputy, "
               "Tom Hart, said work would start in May.")
    renamed = council.replace("Anna Leigh", "Maria Dunn").replace("Tom Hart", "Joe Pike")
    assert not specifics_conflict(_seg(council), _seg(renamed)).other_incident


def test_a_copy_altering_a_persons_full_name_a_two_word_place_and_one_figure_is_no_other_place() -> None:
    # fixa1 (reviewA 1): a person's full name is no place, a two-word place is one place, and one changed figure
    # (of one given) is no "other figures": a copy altering a name and a speed, or moving a fire to another
    # street, is the same event; two places each and other days still are another
    court = ("Motorist Darren Welles was fined by magistrates on Thursday for driving at 52mph past a primary school. "
             "The court heard he was caught by a mobile camera van during the afternoon school run.")
    altered = court.replace("Darren Welles", "Kevin Ashdown").replace("52mph", "58mph")
    assert not specifics_conflict(_seg(court), _seg(altered)).other_incident
    fire = ("Firefighters were called to a large fire at a warehouse in Kingsmere, near Ashford, on Tuesday evening. "
            "Six fire engines attended and crews wore breathing apparatus to fight the flames.")
    for moved in (fire.replace("in Kingsmere, near Ashford", "on Mill Road in the Dovecote Industrial Estate"),
                  fire.replace("in Kingsmere, near Ashford", "on Kingsmere High Street")):
        moved = moved.replace("Six", "Eight")
        assert not specifics_conflict(_seg(fire), _seg(moved)).other_incident, moved
    other_day = fire.replace("in Kingsmere, near Ashford", "on Mill Road in the Dovecote Industrial Estate") \
        .replace("Tuesday", "Friday")
    assert specifics_conflict(_seg(fire), _seg(other_day)).other_incident.startswith(
        "another place (ashford, kingsmere / dovecote industrial estate, mill road)")


SINKING = ("Four fishermen were rescued on Tuesday night after their trawler was swamped by a heavy sea off the "
           "Cornish coast near Newlyn, HM Coastguard said. The Penlee lifeboat reached them within 20 minutes.")
SINKING_ELSEWHERE = ("The Penlee lifeboat picked up four men from a life raft off Cornwall late on Tuesday after their "
                     "boat took on water and went down, the RNLI said. The trawler had sailed from Newlyn that "
                     "morning.")


def test_a_places_adjective_and_its_name_are_one_place_in_two_reports_of_one_event() -> None:
    # place47: "off the Cornish coast" and "off Cornwall" are one place, whichever report comes first; their leads
    # each give their cause their own way
    for ours, theirs in ((SINKING, SINKING_ELSEWHERE), (SINKING_ELSEWHERE, SINKING)):
        conflict = specifics_conflict(_seg(ours), _seg(theirs))
        assert not conflict.other_incident and not conflict.other_event(), conflict.other_incident


def test_one_templates_alerts_off_other_nations_coasts_stay_another_event() -> None:
    # the coastguard's next notice in the same words: another nation's coast, another harbour, another day
    welsh = SINKING.replace("Cornish", "Welsh").replace("Newlyn", "Milford Haven").replace("Tuesday", "Friday") \
        .replace("Penlee", "Angle")
    conflict = specifics_conflict(_seg(SINKING), _seg(welsh))
    assert conflict.other_event()
    assert conflict.other_incident.startswith("another place (cornish, newlyn / milford haven, welsh)")


ROVERS_WIN = ("Rovers see off Harraby\n\nEgremont Rovers beat Harraby Town 3-1 at Ennerdale Road, with two goals in "
              "the last ten minutes.\n\nStriker Kyle Dawes scored twice and manager Phil Steel praised his side's "
              "patience.")
ROVERS_WIN_OTHER = ("Dawes double sinks Harraby\n\nKyle Dawes struck twice late on as Egremont Rovers ran out 3-1 "
                    "winners against Harraby Town.\n\nPhil Steel, the Rovers manager, said his players had stayed "
                    "patient.")
ROVERS_DRAW = ("Rovers held at Cleator Moor\n\nEgremont Rovers were held 0-0 by Cleator Moor Celtic in a match of "
               "few chances.\n\nManager Phil Steel said Kyle Dawes had been unlucky not to score.")
SALES_Q1 = ("Strong spring for Birkett Mills\n\nFirst-quarter sales at Birkett Mills rose 9 per cent to £24.6m, "
            "the Kendal textile firm said.\n\nChairman Ruth Allonby said export orders had driven the growth.")
SALES_Q2 = ("Birkett Mills sales slip\n\nThe Kendal textile firm Birkett Mills saw revenue fall 2% to £22.1m in the "
            "second quarter.\n\nRuth Allonby, its chairman, blamed weaker demand from Europe.")
ROVERS_WIN_SUB = ("Dawes off the bench to sink Harraby\n\nKyle Dawes needed only 24 minutes to turn the game, scoring "
                  "twice as Egremont Rovers came from behind against Harraby Town.\n\nManager Phil Steel said the "
                  "striker had earned a start.")
TOLL = ("Dozens hurt as stand collapses\n\nAt least 40 people were hurt when a temporary stand collapsed at the "
        "Brough horse fair.\n\nPolice said the stand had been put up the night before.")
TOLL_LATER = ("Stand collapse injuries rise\n\nThe number of people hurt when a stand collapsed at the Brough horse "
              "fair has risen to 63, police said.\n\nThe stand had been put up the night before.")


def _titled(text: str):
    title, body = text.split("\n\n", 1)
    return segment(Article("x", body, title=title))


def test_a_clubs_other_match_is_another_event_by_its_leads_scores():
    # Reports of one match give its score however each words it; the next match's lead gives another.
    conflict = specifics_conflict(_titled(ROVERS_WIN), _titled(ROVERS_DRAW))
    assert conflict.leads_apart and conflict.figures_show_another_event() and conflict.other_event()
    assert "other figures (3-1 / 0-0)" in conflict.reason()
    assert not specifics_conflict(_titled(ROVERS_WIN), _titled(ROVERS_WIN_OTHER)).other_event()
    # another outlet's lead counting the scorer's minutes off the bench gives no figure of the score's kind
    assert not specifics_conflict(_titled(ROVERS_WIN), _titled(ROVERS_WIN_SUB)).leads_apart


def test_the_next_quarters_results_reworded_are_another_event_by_their_lead_figures():
    conflict = specifics_conflict(_titled(SALES_Q1), _titled(SALES_Q2))
    assert conflict.leads_apart and conflict.figures_show_another_event()


def test_a_tally_updated_in_the_lead_is_no_other_event():
    # A developing story's later report says its count moved ("has risen to 63"): one event.
    assert not specifics_conflict(_titled(TOLL), _titled(TOLL_LATER)).leads_apart


BLAST_FIRST = ("Eleven hurt as gas blast wrecks Bishop Auckland terrace\n\nEleven people were hurt when a gas "
               "explosion destroyed two houses on Tenters Street in Bishop Auckland on Friday evening, with damage "
               "put at £650,000.\n\nCounty Durham and Darlington Fire and Rescue Service said crews searched the "
               "rubble for three hours. Watch manager Dale Hepple said neighbours had smelled gas earlier in the day.")
BLAST_UPDATE = ("Tenters Street explosion: 16 treated and a £920,000 repair bill\n\nSixteen people were "
                "treated in hospital after Friday's gas explosion on Tenters Street, Bishop Auckland, and the cost of "
                "the damage is estimated at £920,000.\n\nWatch manager Dale Hepple said a fractured supply pipe "
                "under the pavement was the likely cause.")


def test_a_developing_storys_update_whose_tallies_and_sums_grew_is_one_event():
    # The same outlet's later report gives a larger count and a larger sum for the same Friday: an update, whatever
    # its units (review B, finding 1: leads_apart was read before figures_grow, and counts with a sum gave up).
    conflict = specifics_conflict(_titled(BLAST_FIRST), _titled(BLAST_UPDATE))
    assert not conflict.leads_apart
    assert not conflict.figures_show_another_event() and not conflict.other_event()
    assert not specifics_conflict(_titled(BLAST_UPDATE), _titled(BLAST_FIRST)).other_event()
    # growth wins over leads read apart, whichever tells it
    grown = SpecificsConflict(False, 0, 2, figures_grow=True, leads_apart="11, £650,000 / 16, £920,000")
    assert not grown.figures_show_another_event()


RESULTS_PROFIT = ("Tyne Brewing profit rises to £6.4m\n\nTyne Brewing, the Gateshead brewer behind Quayside Pale, "
                  "made a pre-tax profit of £6.4m in the year to June as pub sales recovered, it said on Tuesday."
                  "\n\nChief executive Moira Dunstan said the new canning line at Felling had cut costs.")
RESULTS_SALES = ("Quayside Pale maker Tyne Brewing books £87m in sales\n\nTyne Brewing took £87m in sales in its "
                 "latest year as drinkers returned to pubs across the North East, the Gateshead brewer said."
                 "\n\nMoira Dunstan, its chief executive, credited the Felling canning line.")


def test_one_firms_results_led_by_profit_and_by_sales_are_one_event():
    # Two outlets lead one set of results on other figures: profit is no rival value of sales (review B, finding 2).
    conflict = specifics_conflict(_titled(RESULTS_PROFIT), _titled(RESULTS_SALES))
    assert not conflict.leads_apart and not conflict.other_event()
    # the next quarter's sales against this quarter's, one measure, stay apart
    assert specifics_conflict(_titled(SALES_Q1), _titled(SALES_Q2)).leads_apart


def test_a_run_of_digits_too_long_to_be_a_number_gives_no_lead_figure():
    # A pasted table of digits (here 400 of them) reads as an infinite number: it is no event's figure, and a
    # comparison of such a page must not fail.
    digits = "7" * 400
    text = f"Ledger dump posted by council\n\nThe council posted the ledger {digits} online on Tuesday with £2.5m."
    conflict = specifics_conflict(_titled(text), _titled(text))
    assert not conflict.leads_apart


MILL_FIRE = ("Fire guts flour store at Kendal mill\n\nA fire at the Castle Mills site in Kendal destroyed the flour "
             "store and its slate roof overnight, Cumbria Fire and Rescue Service said.\n\nCrews from Kendal, "
             "Windermere and Sedbergh were called shortly before midnight on Friday. Nobody was hurt.\n\nGroup "
             "manager Sian Pickthall said the bakery next door had been saved.")
MILL_FIRE_OTHER = ("Kendal mill loses flour store in overnight blaze\n\nFlames tore through the flour store at "
                   "Castle Mills in Kendal, bringing down its roof as three crews fought the fire.\n\nNeighbour "
                   "Harry Lund said he saw the glow from Aynam Road. The mill, which has stood on the river since "
                   "1823, employs 60 people.")
MILL_SECOND = ("Firefighters called back to Castle Mills\n\nFirefighters were called to Castle Mills in Kendal again "
               "on Tuesday morning, the second fire at the site this year.\n\nA conveyor motor in the packing hall "
               "overheated and filled the building with smoke. Staff were evacuated and one crew cleared it within "
               "an hour.\n\nIn the spring a blaze destroyed the flour store and its slate roof, which has since "
               "been rebuilt.")
MILL_SECOND_OTHER = ("Smoke clears Castle Mills packing hall\n\nStaff were led out of the packing hall at Castle "
                     "Mills in Kendal after a conveyor motor overheated and filled the building with smoke.\n\nOne "
                     "crew from Kendal cleared the smoke within an hour, and packing restarted in the afternoon.")


def test_a_repeat_recalling_the_other_lead_as_its_earlier_occasion_is_another_event():
    # The second fire's report says what burned the first time in words the first fire's lead uses and its own
    # account of the second never does: another occasion, undated and with no figure to compare.
    conflict = specifics_conflict(_titled(MILL_FIRE), _titled(MILL_SECOND))
    assert conflict.recalled and conflict.other_event()
    assert "recalls the other's as the earlier one" in conflict.reason()
    assert specifics_conflict(_titled(MILL_SECOND), _titled(MILL_FIRE)).recalled  # either order
    # another outlet's report of the first fire, which words its lead its own way, is recalled too
    assert specifics_conflict(_titled(MILL_FIRE_OTHER), _titled(MILL_SECOND)).recalled


def test_two_reports_of_one_occasion_recall_none_of_each_other():
    # Two outlets' reports of the first fire (one adds the mill's history), and of the second: one occasion each.
    assert not specifics_conflict(_titled(MILL_FIRE), _titled(MILL_FIRE_OTHER)).other_event()
    # the report of the second fire recalls the first, not another outlet's account of the second itself
    assert not specifics_conflict(_titled(MILL_SECOND_OTHER), _titled(MILL_SECOND)).recalled


def test_only_a_lead_telling_a_repeat_recalls_an_earlier_occasion():
    assert tells_recurrence("Firefighters were called to the mill again on Tuesday")
    assert tells_recurrence("Bin crews strike for a second time")
    assert tells_recurrence("the second fire at the site this year")
    assert tells_recurrence("Cockermouth avenged their defeat")
    # a part of one occasion, "against", "another 200 jobs" and an update's "weeks after" tell no repeat
    assert not tells_recurrence("A second-half goal gave Rovers victory")
    assert not tells_recurrence("on the second day of the strike this week")
    assert not tells_recurrence("Councillors voted against the plan")
    assert not tells_recurrence("The firm will cut another 200 jobs")
    assert not tells_recurrence("A rider has died weeks after a crash at the roundabout")
    # a run of one series' figures is one month's report, and "since" a record is no recall
    assert not tells_recurrence("House prices rose in March, the third monthly increase in a row")
    assert not tells_recurrence("Output fell for the second consecutive quarter this year")
    assert recalled_passages("Prices rise again", ["Prices rose again.", "The average is the highest since the "
                                                   "index began."]) == ()
    # a recap in a report whose lead tells no repeat is background: nothing recalled
    assert recalled_passages("Mill fire", ["A fire hit the mill.", "In the spring a blaze destroyed the store."]) == ()


# reviewA's repro pairs (tests/fixtures/undated_occasions, added after the review): one fire's update, one case's
# second arrest.
BAKERY_FIRE = ("Fire destroys roof of Kirkstall Road bakery\n\nA fire destroyed the roof of the Hartley's bakery on "
               "Kirkstall Road in Leeds early on Monday, and sent thick smoke across the ring road.\n\nWatch "
               "commander Dean Pollard said crews had worked from aerial platforms for three hours.")
BAKERY_FLARE_UP = ("Firefighters called back again to Leeds bakery fire\n\nFirefighters were called back again to the "
                   "Hartley's bakery fire in Leeds on Monday evening after hot spots in the rubble flared up.\n\nFour "
                   "engines returned to the site at about 7pm and crews damped down the ruins until midnight.\n\n"
                   "Earlier in the day the blaze had destroyed the roof and sent smoke across the ring road.")
STABBING = ("Teenager arrested after man stabbed outside Bolton pub\n\nA 19-year-old has been arrested after a man "
            "was stabbed outside the Wheatsheaf pub on Bradshawgate in Bolton on Saturday night.\n\nA cordon "
            "remained in place on Sunday morning while forensic officers examined the scene.")
STABBING_SECOND_ARREST = ("Second arrest over Bradshawgate stabbing\n\nA second man has been arrested this week over "
                          "the stabbing of a man in Bolton town centre, police said.\n\nA teenager arrested earlier "
                          "outside the Wheatsheaf pub has since been charged with wounding with intent.")


def test_an_update_recalling_its_own_occasion_earlier_in_the_day_is_no_other_event():
    # "Earlier in the day" (and a bare "earlier" or "has since") tells one occasion's own course, not an earlier
    # occasion some time back (reviewA, finding 1): the flare-up is the same fire's later report.
    assert not specifics_conflict(_titled(BAKERY_FIRE), _titled(BAKERY_FLARE_UP)).recalled
    assert not specifics_conflict(_titled(BAKERY_FLARE_UP), _titled(BAKERY_FIRE)).recalled
    assert not specifics_conflict(_titled(STABBING), _titled(STABBING_SECOND_ARREST)).recalled
    # a recall putting the earlier occasion some time back still counts
    lead = "Firefighters were called to the mill again on Tuesday"
    for recall in ("In the spring a blaze destroyed the store.", "Two months ago a blaze destroyed the store.",
                   "Last year a blaze destroyed the store.", "Earlier this year a blaze destroyed the store.",
                   # reviewB finding 4: a time back counted out before "earlier", "before" or "ago"
                   "Two years earlier, a fire had gutted the same building.",
                   "A decade ago a blaze destroyed the old mill.",
                   "Three months before, crews had fought a fire in the same yard.",
                   "Decades ago a blaze destroyed the store."):
        assert recalled_passages(lead, ["Smoke filled the hall.", recall]), recall
    for recall in ("Earlier in the day a blaze destroyed the store.", "A blaze earlier destroyed the store.",
                   "The store has since been demolished."):
        assert recalled_passages(lead, ["Smoke filled the hall.", recall]) == (), recall


def test_an_ordinal_of_one_occasions_people_tells_no_repeat():
    # An ordinal counts another occasion only with a noun for the occasion itself (reviewA, finding 2), and "in the
    # same" / "again to the same" tell one occasion's later news.
    assert not tells_recurrence("A second man has been arrested this week over the stabbing")
    # the city, not a local derby (reviewC 5)
    assert not tells_recurrence("A second Derby man has been charged this week over the disorder")
    assert tells_recurrence("Rovers won the second derby this season")
    assert not tells_recurrence("A second fire crew arrived this afternoon to help tackle the blaze")
    assert not tells_recurrence("A second man has died in the same crash on the A66")
    assert not tells_recurrence("Police were called again to the same fire on Mill Lane")
    assert tells_recurrence("It was the campaign's third protest since the consultation began")
    assert tells_recurrence("Flooding hits village for second time this year")
    assert tells_recurrence("the second strike by bin crews this summer")


def test_stories_read_a_texts_occasion_from_the_sentences_the_judge_reads():
    # A recall in a short paragraph ("Last year flames gutted it.": under six words a paragraph was skipped
    # by stories) counts for stories as for the judge (reviewA, finding 8): one reading, not two.
    from unspun.corpus.story_clusters import text_occasion
    from unspun.pair.events import event_specifics
    text = ("Mill fire again\n\nFirefighters were called to Castle Mills in Kendal again on Tuesday, the second fire "
            "at the site this year.\n\nSmoke filled the packing hall.\n\nLast year flames gutted it.")
    title, body = text.split("\n\n", 1)
    judged = event_specifics(_titled(text)).occasion
    assert judged.recalls and text_occasion(body, title) == judged


def test_the_specific_figures_each_text_writes_and_the_other_never_does() -> None:
    from unspun.pair.events import specific_figures_only

    march = segment(Article("m", "The Bank of Ostland lifted its rate to 3.5% from 3.25%, its second rise this year. "
                                 "A typical mortgage will cost about 40 krone a month more."))
    june = segment(Article("j", "The Bank of Ostland held its rate this week. Inflation has dropped to 3.2%. "
                                "The rate has been at 3.5% since March."))
    # March's 3.25% and June's 3.2%; 3.5% both write, and a round 40 is no specific figure
    assert specific_figures_only(march, june) == (1, 1)
    assert specific_figures_only(june, june) == (0, 0)


# ev50: the same actors' other occasion told only by what happened, one report counting its occasion a repeat
# further down ("It is the second fire at the dairy this year") and neither recalling the other's.
DAIRY_FIRE = ("Fire destroys hay barn at Settle dairy farm\n\nA fire destroyed a hay barn at Ribble Bank dairy "
              "farm near Settle overnight, and the bales inside burned until morning.\n\nCrews from Settle and "
              "Skipton were called just after midnight. The farmer, Joanne Lister, moved the herd away from the "
              "barn and no animals were hurt.\n\nWatch manager Ian Horner said the hay had been stacked tight "
              "to the roof.")
DAIRY_FIRE_OTHER = ("Flames light sky over Ribble Bank farm\n\nA blaze in a barn full of hay lit up the sky over "
                    "the Ribble valley as firefighters fought through the night at Ribble Bank farm.\n\nJoanne "
                    "Lister, whose family has farmed there since 1952, said she led 90 cows out of the yard as the "
                    "hay caught. \"The barn is gone, but the herd is safe,\" she said.")
DAIRY_SECOND = ("Milking parlour fire at Settle farm\n\nFirefighters were sent to Ribble Bank dairy farm near "
                "Settle after an electrical fault set the milking parlour's cooling unit alight.\n\nThe parlour's "
                "cooling unit and pumps were wrecked, and milking was moved to a neighbour's farm. It is the "
                "second fire at the farm this year.\n\nJoanne Lister said the parlour would be out of use for "
                "a month.")
DAIRY_SECOND_OTHER = ("Settle farm's cows milked next door after parlour blaze\n\nCows at Ribble Bank farm are "
                      "being milked by a neighbour after a fire in the milking parlour damaged its cooling unit "
                      "and pumps.\n\nFarmer Joanne Lister said the parlour was built only four years ago.")


def test_a_repeat_is_counted_further_down_as_up_front_but_not_in_a_quotation():
    assert counts_a_repeat("Milking parlour fire", ["A fire broke out.", "It is the second fire at the farm this "
                                                                          "year."])
    assert counts_a_repeat("Roof fire", ["Crews went to the factory.", "The fire is the second at the site."])
    assert counts_a_repeat("Lorries blocked", ["Campaigners staged a fresh protest at the quarry gates."])
    assert counts_a_repeat("Dunford take revenge", ["Dunford won 2-1 in the return derby."])
    # what a speaker says, "again" further down, a crew and a flare-up of one fire count no repeat
    assert not counts_a_repeat("Heating fails", ["Pupils were sent home.", "\"It's the second time this winter the "
                                                                             "heating has gone,\" she said."])
    assert not counts_a_repeat("Sewage spills", ["Raw sewage reached the beach.", "Now bill payers must fix it "
                                                                                 "again, he said."])
    assert not counts_a_repeat("Bakery fire", ["A second fire crew arrived.", "Crews were called back to the same "
                                                                              "fire after a flare-up."])
    # nor crews called back to a site (ev53: reviewB's mill fire, whose hotspots flared up)
    assert not counts_a_repeat("Fire crews called back to Hexham sawmill", ["Firefighters were called back to the "
                                                                            "mill."])
    assert not counts_a_repeat("Prices rise", ["Prices rose.", "It is the third monthly rise in a row this year."])
    # a time counted further down is a person's or a thing's: one burst main's resident, not a second burst
    assert not counts_a_repeat("Cellar flooded", ["A pensioner wants the pipes replaced.", "Her home was flooded "
                                                                                           "for the second time in "
                                                                                           "three years."])



def test_a_count_of_a_persons_or_a_things_time_is_no_repeat_of_the_occasion():
    # up front as further down, a time counted ("for the second time"), "again" and a person's ordinal count what
    # befell a person or a thing, which another outlet's report of the one occasion need not count
    assert not counts_a_repeat("Cellar flooded for second time in three years, says resident",
                               ["A pensioner wants the pipes replaced after her home was flooded for the second "
                                "time in three years."])
    assert not counts_a_repeat("Jeweller burgled again", ["A Ripon jeweller has been burgled for the third time in "
                                                          "a year."])
    assert not counts_a_repeat("Thieves take till", ["A cafe owner spoke of his second break-in in a month."])
    assert not counts_a_repeat("Shop raided", ["It was her third burglary this year, the owner said."])
    # the occasion counted by its noun, up front or further down, is
    assert counts_a_repeat("Depot hit by second walkout this month", ["Drivers walked out over sick pay."])
    assert counts_a_repeat("Drivers walk out", ["Drivers stopped work, the second walkout at the depot this month."])
    # nor "another" occasion still to come: the next strike, not this one's repeat
    assert not counts_a_repeat("Cabin crew strike", ["Crew walked out on Friday.", "Another strike is planned from "
                                                                                  "20 to 22 June."])
    # as is a body's own occasion: the council holds its meetings
    assert counts_a_repeat("Market to move", ["It was the council's second special meeting in as many months."])


# ev52: the barn fire's other report with its lead counting the farmer's time: one fire, told by two outlets
DAIRY_FIRE_COUNTED = ("Settle farmer loses barn to fire for the second time in three years\n\nA blaze in a barn "
                      "full of hay lit up the sky over the Ribble valley as Joanne Lister lost a barn to fire for "
                      "the second time in three years.\n\nMrs Lister, whose family has farmed there since 1952, "
                      "said she led 90 cows out of the yard as the hay caught. \"The barn is gone, but the herd is "
                      "safe,\" she said. The sky over the valley glowed until dawn.")


def test_one_fire_told_by_two_outlets_one_counting_the_farmers_time_is_not_told_apart():
    assert not specifics_conflict(_titled(DAIRY_FIRE), _titled(DAIRY_FIRE_COUNTED), text=TOLD_APART_ON).told_apart
    # the parlour fire, counted by its noun, still is
    assert specifics_conflict(_titled(DAIRY_FIRE_COUNTED), _titled(DAIRY_SECOND), text=TOLD_APART_ON).told_apart

TOLD_APART_ON = TextConfig(occasion_told_apart_min_words=2)  # ev53's value; off by default (fixB)


def test_a_repeat_told_apart_by_what_happened_is_another_occasion():
    # The parlour fire counts itself the farm's second; the barn fire's reports tell a hay barn and bales, the
    # parlour's a cooling unit and pumps, neither naming the other's.
    for first in (DAIRY_FIRE, DAIRY_FIRE_OTHER):
        conflict = specifics_conflict(_titled(first), _titled(DAIRY_SECOND), text=TOLD_APART_ON)
        assert conflict.told_apart and conflict.other_event()
        assert "counts its occasion as a repeat" in conflict.reason()
        assert specifics_conflict(_titled(DAIRY_SECOND), _titled(first), text=TOLD_APART_ON).told_apart


def test_two_reports_of_one_occasion_one_counting_it_a_repeat_are_not_told_apart():
    # the other outlet's report of the parlour fire counts no repeat but tells the same parlour, unit and pumps
    assert not specifics_conflict(_titled(DAIRY_SECOND), _titled(DAIRY_SECOND_OTHER), text=TOLD_APART_ON).told_apart
    # two reports of the barn fire, neither counting a repeat: nothing to tell apart
    assert not specifics_conflict(_titled(DAIRY_FIRE), _titled(DAIRY_FIRE_OTHER), text=TOLD_APART_ON).told_apart
    # set to 0 (stores made before), nothing is told apart
    off = TextConfig(occasion_told_apart_min_words=0)
    assert not specifics_conflict(_titled(DAIRY_FIRE), _titled(DAIRY_SECOND), text=off).told_apart


# ev51: two outlets' longer reports of one budget vote, one counting it the year's second; each leaves out two of
# the eight or nine things the other tells up front and dwells on (the debate and the opposition / the campaigners
# and the unions), as BASIL's long same-event reports do.
BUDGET_VOTE = ("Westmorland council passes budget raising tax and cutting library hours\n\n"
               "Councillors in Kendal approved a budget that raises council tax and cuts opening hours at every "
               "library in Westmorland, after opposition councillors lost a debate that ran late into the evening.\n\n"
               "The council tax rise is the largest the county's councillors have agreed, and the library hours cut "
               "will close branches in Sedbergh, Kirkby Stephen and Grange on two days a week.\n\n"
               "It is the second budget vote this year, after the first plan was thrown out by councillors in the "
               "spring. Council leader Aileen Grisedale told the debate in Kendal the budget was \"the least bad of "
               "bad choices\".\n\n"
               "Opposition councillors said the library cuts would fall on the villages hardest, and the tax rise on "
               "pensioners.")
BUDGET_VOTE_OTHER = ("Unions and library campaigners condemn Westmorland budget\n\n"
                     "Unions and campaigners for Westmorland's libraries have condemned a budget approved by "
                     "councillors in Kendal that raises council tax and cuts library opening hours.\n\n"
                     "Unison said staff at the county's libraries would lose hours and pay, and campaigners from "
                     "Friends of Sedbergh Library handed councillors a petition before the vote.\n\n"
                     "\"Every library hour cut is a story time, a job club or a warm room gone,\" said campaigner Nora "
                     "Haygarth. The unions said they would ballot library staff.\n\n"
                     "Councillors approved the budget and the council tax rise.")


def test_reports_of_one_occasion_each_leaving_out_a_few_of_the_others_words_are_not_told_apart():
    # 2 of 9 and 2 of 8 told words left out: under the share a report of another occasion leaves out
    # (``TextConfig.occasion_told_apart_min_share``), either order
    for ours, theirs in ((BUDGET_VOTE, BUDGET_VOTE_OTHER), (BUDGET_VOTE_OTHER, BUDGET_VOTE)):
        assert not specifics_conflict(_titled(ours), _titled(theirs), text=TOLD_APART_ON).told_apart
    # with no share asked (stores made before), the two words each side alone tells were enough
    counted = TextConfig(occasion_told_apart_min_words=2, occasion_told_apart_min_share=0.0)
    assert specifics_conflict(_titled(BUDGET_VOTE), _titled(BUDGET_VOTE_OTHER), text=counted).told_apart == (
        "debate, opposition / campaigners, unions")
    # the dairy's two fires still are: 3 of 5 and 2 of 4 (or more) left out
    assert specifics_conflict(_titled(DAIRY_FIRE), _titled(DAIRY_SECOND), text=TOLD_APART_ON).told_apart


def test_two_reports_of_one_charging_in_derby_are_one_story():
    # "A second Derby man has been charged": the city, no repeat of a derby match, so d's recall of the first
    # arrest tells no earlier occasion (reviewC 5); both orders.
    from unspun.api import compare

    folder = Path(__file__).parent / "fixtures" / "review_fixc"
    d, e = folder / "derby_d.txt", folder / "derby_e.txt"
    assert (compare(d, e).verdict.relation, compare(e, d).verdict.relation) == ("same_story", "same_story")


COUNCIL_VOTE = ("Kelbridge Borough Council has voted to put a bus lane on Harrow Road, one of the town's 20mph "
                "streets, despite objections from shopkeepers.\n\nCouncillors approved the scheme by 31 votes to 12 "
                "at a meeting on Monday evening. It will cost £420,000, and a consultation was answered by 2,800 "
                "residents.")
COUNCIL_NEXT = ("Kelbridge Borough Council has voted against a cycle route on Mill Street, one of the town's 20mph "
                "streets.\n\nAt a meeting on Thursday, councillors rejected the plan by 19 votes to 17. Officers put "
                "its cost at £160,000, and a petition against it was signed by 900 residents.")


def _headed(text: str, title: str, published: str | None = None) -> Segmented:
    return segment(Article("x", text, title=title, published=published))


def _vote() -> Segmented:
    return _headed(COUNCIL_VOTE, "Bus lane approved")


# nextev52's two readings: the second sentences' days on by default since ev53 (narrowed), the kept figures' share
# still off (reviewD: a developing flood with two figures kept read as another event)
NEXT_EVENT_ON = TextConfig(growth_kept_min_share=0.5, second_sentence_days=True)


def test_the_councils_next_vote_is_another_event_though_every_figure_fell_beside_one_kept() -> None:
    # a vote, a cost and the residents heard all smaller, one standing figure (its 20mph streets) kept: no update
    conflict = specifics_conflict(_vote(), _headed(COUNCIL_NEXT, "Cycle route rejected"), text=NEXT_EVENT_ON)
    assert not conflict.figures_grow and conflict.other_event()


def test_a_wildfires_update_keeping_as_many_figures_as_it_moved_is_one_event() -> None:
    first = ("A wildfire on Bransdale Moor has burnt 900 hectares and forced 210 people from their homes.\n\nTwo "
             "barns were destroyed, 14 engines attended and the B1257 was closed.")
    later = first.replace("900 hectares", "1,400 hectares").replace("210 people", "330 people")
    conflict = specifics_conflict(_seg(first), _seg(later), text=NEXT_EVENT_ON)
    assert conflict.figures_grow and not conflict.other_event()


def test_undated_reports_telling_other_weekdays_in_their_second_sentences_differ_in_days() -> None:
    assert specifics_conflict(_vote(), _headed(COUNCIL_NEXT, "Cycle route rejected"),
                              text=NEXT_EVENT_ON).days_differ is True
    # on by default; off (stores made before): undecided
    assert specifics_conflict(_vote(), _headed(COUNCIL_NEXT, "Cycle route rejected")).days_differ is True
    off = TextConfig(second_sentence_days=False)
    assert specifics_conflict(_vote(), _headed(COUNCIL_NEXT, "Cycle route rejected"), text=off).days_differ is None
    # the same meeting told by another outlet: the same weekday, which is every week's (no sign of one day)
    other = COUNCIL_NEXT.replace("At a meeting on Thursday", "At a meeting on Monday night")
    assert specifics_conflict(_vote(), _headed(other, "Cycle route rejected"), text=NEXT_EVENT_ON).days_differ is None


def test_a_day_told_as_to_come_or_a_dated_texts_second_sentence_names_no_event_day() -> None:
    ahead = COUNCIL_NEXT.replace("At a meeting on Thursday, councillors rejected",
                                 "Councillors met on Monday and will vote again on Thursday; they rejected")
    assert specifics_conflict(_vote(), _headed(ahead, "Cycle route rejected"), text=NEXT_EVENT_ON).days_differ is None
    # dated texts' second sentences tell background days ("sent home on Friday"): not read
    dated = specifics_conflict(_headed(COUNCIL_VOTE, "Bus lane approved", "2026-02-10"),
                               _headed(COUNCIL_NEXT, "Cycle route rejected", "2026-02-13"), text=NEXT_EVENT_ON)
    assert dated.days_differ is None


# ev53: session 44's reviewers' repros (tests/fixtures/next_event_undated2, fit half): one event each, split while
# the two rules were on before they were narrowed.
ONE_EVENT = Path(__file__).parent / "fixtures" / "next_event_undated2"


def _fixture(name: str, folder: Path = ONE_EVENT) -> Segmented:
    from unspun.api import extract

    return segment(extract(folder / name))


def test_a_strike_announced_a_flood_warning_or_a_call_back_counts_no_repeat() -> None:
    # reviewB: the next strike called, a compound of an occasion's noun, a fire's flare-up
    for sentence in ("The union has called another strike for next week if the company does not return to talks.",
                     "The union is balloting members on another strike.",
                     "Organisers plan another protest next month.",
                     "Another protest is being held on Saturday.",
                     "Another flood warning was issued for the River Aire downstream at Bingley on Tuesday morning.",
                     "Firefighters were called back to Crossley Mill in Bradford after hotspots reignited.",
                     # reviewB, session 45 (fixB): the next one told to come or looked ahead to
                     "Another walkout at the depot has been called for Friday.",
                     "There will be another walkout at the depot on Friday.",
                     "Drivers will stage another walkout on Friday.",
                     "Members at the depot have voted to hold another strike on 20 June.",
                     "Drivers walked out on Monday, with another walkout due on Friday.",
                     "Residents fear another flood.",
                     "The club faces another derby next month."):
        assert not counts_a_repeat("", [sentence]), sentence
    # the occasion itself counted still is, after a clause that looked ahead too
    assert counts_a_repeat("", ["Drivers at the depot staged another walkout over the sacking."])
    assert counts_a_repeat("", ["It is the second flood in the town this winter."])
    assert counts_a_repeat("", ["Residents had feared the worst, and another flood hit the town on Sunday."])


def test_one_event_told_by_two_outlets_mentioning_another_occasion_is_not_told_apart() -> None:
    for a, b in (("rb_strike_next.txt", "rb_strike_commuters.txt"), ("rb_flood_rescue.txt", "rb_flood_cleanup.txt"),
                 ("rb_mill_fire.txt", "rb_mill_hotspots.txt"),
                 # a true count ("the second strike at the depot this month"), both leads on Monday: one day
                 ("rb_strike_counted.txt", "rb_strike_commuters.txt")):
        for ours, theirs in ((a, b), (b, a)):
            conflict = specifics_conflict(_fixture(ours), _fixture(theirs), text=TOLD_APART_ON)
            assert not conflict.told_apart and not conflict.other_event(), (ours, theirs)


def test_a_second_sentences_background_day_without_a_differing_figure_tells_no_other_day() -> None:
    # reviewD: "On Monday the GMB union had warned …" / "The walkout began on Wednesday morning": one bin strike
    for ours, theirs in (("rd_bins_walkout.txt", "rd_bins_strike.txt"), ("rd_bins_strike.txt", "rd_bins_walkout.txt")):
        conflict = specifics_conflict(_fixture(ours), _fixture(theirs), text=NEXT_EVENT_ON)
        assert conflict.days_differ is None and not conflict.other_event()
    # the council's next vote gives other figures beside its other weekday: the days read, named as the second
    # sentences'
    conflict = specifics_conflict(_vote(), _headed(COUNCIL_NEXT, "Cycle route rejected"), text=NEXT_EVENT_ON)
    assert conflict.days_differ is True and conflict.reason() == "their second sentences date the event to other days"
    # with no figure given by both, the same weekdays are not read
    bare = ("Kelbridge Borough Council has voted against a cycle route on Mill Street.\n\nAt a meeting on Thursday, "
            "councillors rejected the plan.")
    assert specifics_conflict(_headed(COUNCIL_VOTE.split("\n\n")[0] + "\n\nCouncillors approved the scheme at a "
                                      "meeting on Monday evening.", "Bus lane approved"),
                              _headed(bare, "Cycle route rejected"), text=NEXT_EVENT_ON).days_differ is None


# fixB: reviewB's repros of ev53's rules (tests/fixtures/ev53_review): one event each, split as unrelated 0.99.
REVIEWED = Path(__file__).parent / "fixtures" / "ev53_review"



def test_one_strikes_background_or_announcement_day_and_a_residents_age_tell_no_other_event() -> None:
    # "On Monday, the GMB union had warned ..." / "had said" / "announced the action on Monday" against "Crews
    # walked out on Wednesday morning" (one differing figure, the pay offer); a flood's clean-up report giving
    # its resident's age as 82 for 83, its second sentence on Sunday against Friday evening
    for a, b in (("bins_a3.txt", "bins_b3.txt"), ("bins_a_hadsaid3.txt", "bins_b3.txt"),
                 ("bins_a_simple3.txt", "bins_b3.txt"), ("flood_a_age2.txt", "flood_c_sunday.txt")):
        for ours, theirs in ((a, b), (b, a)):
            conflict = specifics_conflict(_fixture(ours, REVIEWED), _fixture(theirs, REVIEWED))
            assert not conflict.days_told_later and not conflict.other_event(), (ours, theirs)


def test_reviewbs_strike_told_as_a_repeat_by_one_outlet_is_one_event_by_default() -> None:
    # counted up front or in background, the commuters' report naming no day, "this morning" or "today": ev53's
    # occasions told apart split each (kept off: ``TextConfig.occasion_told_apart_min_words``)
    for a, b in (("counted.txt", "comm_noday.txt"), ("counted_another.txt", "comm_noday.txt"),
                 ("counted.txt", "comm_thismorning.txt"), ("comm_today.txt", "counted.txt"),
                 ("counted_noday.txt", "strike_commuters.txt"), ("preview_called.txt", "comm_noday.txt")):
        for ours, theirs in ((a, b), (b, a)):
            conflict = specifics_conflict(_fixture(ours, REVIEWED), _fixture(theirs, REVIEWED))
            assert not conflict.told_apart and not conflict.other_event(), (ours, theirs)
    assert specifics_conflict(_fixture("counted.txt", REVIEWED), _fixture("comm_noday.txt", REVIEWED),
                              text=TOLD_APART_ON).told_apart


BID_OPEN = ("LONDON, May 14, 2025 — Shares in Halvern Systems jumped 22% in early "
            "trading on Wednesday after the software company said it had received a takeover approach from "
            "Oakmere Capital.\n\nHalvern said talks were at an early stage.")
BID_CLOSE = ("Halvern Systems closed up 16.5% on Wednesday as traders bet Oakmere Capital "
             "would have to raise its first offer for the Reading software maker.\n\n\"The board will hold out for "
             "more,\" said one fund manager.")
BID_NEXT = ("LONDON, June 11, 2025 — Shares in Halvern Systems fell 11% on "
            "Wednesday after Oakmere Capital said it would not make an offer for the software company.\n\nThe "
            "buyout firm had approached Halvern in May.")


def test_one_days_share_move_read_at_two_moments_is_no_other_event() -> None:
    # "jumped 22% in early trading" / "closed up 16.5%": the same move read at two moments of one day (ind48)
    conflict = specifics_conflict(_seg(BID_OPEN), _seg(BID_CLOSE))
    assert conflict.leads_apart == "" and not conflict.other_event()


def test_the_same_actors_next_share_move_is_still_another_event() -> None:
    conflict = specifics_conflict(_seg(BID_OPEN, published="2025-05-14"), _seg(BID_NEXT, published="2025-06-11"))
    assert conflict.days_differ is True and conflict.other_event()


def test_a_texts_lead_days_are_read_once_for_every_pair_it_is_in() -> None:
    """``lead_event_days``: the days a lead names, against its own filing day, are one text's reading: the lead
    dated after filing (``lead_dated_after_filing``) and the text's specifics (``event_specifics``) read them from
    an engine's memo, not again for each pair."""
    from unspun.pair.memo import Memo

    plea = _seg("A builder has admitted defrauding 14 elderly homeowners of £212,000 at Lewes Crown Court on "
                "Tuesday.\n\nDarren Harwood, 46, pleaded guilty to 14 counts of fraud.", "2026-11-03T12:00:00+00:00")
    jailed = _seg("A builder who took £212,000 from elderly customers was jailed for five years at Lewes Crown "
                  "Court on Wednesday.\n\nDarren Harwood had admitted 14 fraud offences.", "2026-11-04T15:00:00+00:00")
    memo = Memo(100)
    assert lead_dated_after_filing(plea, jailed, 4, memo) == 1
    read = memo.find(("lead days", jailed))
    assert read is not None and read.weekdays and read == lead_event_days(jailed)
    assert event_specifics(jailed, memo=memo).days is read
    assert lead_dated_after_filing(jailed, plea, 4, memo) == 1 and memo.find(("lead days", jailed)) is read


OWN_REPORTS = Path(__file__).parent / "fixtures" / "own_reports"


def test_one_companys_two_warnings_read_at_the_close_are_other_events() -> None:
    # "closed down 9%" / "closed down 14%": one moment (the close) of two days, months apart, no day named (reviewA)
    conflict = specifics_conflict(_fixture("warning_jan_close.txt", OWN_REPORTS),
                                  _fixture("warning_oct_close.txt", OWN_REPORTS))
    assert conflict.leads_apart == "9% / 14%" and conflict.other_event()


def test_a_moment_read_on_two_publication_days_is_no_one_days_move() -> None:
    # the open and the close, but of pages published a month apart: the leads' figures still tell two events
    conflict = specifics_conflict(_seg(BID_OPEN.split(" — ", 1)[1], published="2025-05-14"),
                                  _seg(BID_CLOSE, published="2025-06-11"))
    assert conflict.leads_apart and conflict.other_event()


def test_phrases_reading_no_moment_of_the_day() -> None:
    # a close, an opening, a peak or a time of day that reads no moving figure (reviewA)
    for lead in ("Wilko closed down 24 stores after the chain collapsed", "The new library opened at a cost of £4m",
                 "NHS waiting lists peaked at 7.7 million in 2023", "Unemployment peaked at 3.3 million in 1984",
                 "The strike ended at midnight after 12 days",
                 "Two men were arrested at 3am after a car hit 4 parked vehicles"):
        assert not moments_told(lead), lead
    assert moments_told("Shares in Ferrand Group jumped 18% in early trading on Wednesday") == {"open"}
    assert moments_told("Ferrand Group closed up 14.5% at 489p on Wednesday") == {"close"}
    assert moments_told("The River Severn stood at 5.2 metres in Shrewsbury at 6am on Wednesday") == {"6am"}
    assert moments_told("The River Severn peaked at 5.6 metres in Shrewsbury on Wednesday") == {"peak"}
