"""Another event with the same actors, told by its specifics (``pair.events``)."""

from __future__ import annotations

from unspun.ingest.segment import segment
from unspun.model import Article
from unspun.pair.events import SpecificsConflict, specifics_conflict

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
