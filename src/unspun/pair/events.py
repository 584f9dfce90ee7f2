"""Whether two texts that share no passage tell one event or another event with the same actors.

Shared names cannot tell one union's second strike, one club's next match or one judge's final ruling from the
first: they are the same names. The event's specifics can: the day its lead names (read against each text's own
date: "yesterday" in a report of 13 November is 12 November) and the figures it gives of the same things (a
score, an attendance, an offer, a ballot). Reports of one event write these their own way ("on Tuesday" and
"3 March", "14%" and "14 per cent", "about 300" and "312"), so only a disagreement the text layer cannot read as
rounding or as another way of naming the day counts (``dates.days_disagree``, ``figures.same_figure``).

Counts that all rose are a developing story's later report (a wildfire's third day), unless both texts tell their
event as one of a series ("this year's festival", "held every year", "the 15th edition"): a yearly festival's,
marathon's or report's counts rise from one edition to the next as well.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from unspun.config import TEXT_DEFAULT, TextConfig
from unspun.ingest.page_meta import lead_text
from unspun.model import RECALLS_AN_EARLIER_OCCASION, TELLS_ANOTHER_OCCASION, Segmented
from unspun.pair.furniture import content_sentences
from unspun.pair.memo import Memo, remembered
from unspun.text.dates import (
    EventDays,
    days_disagree,
    event_days,
    published_day,
    time_expressions,
    times_of_day,
    times_of_day_at,
    told_as_news,
)
from unspun.text.figures import (
    Figure,
    ages_given,
    compare_figures,
    figure_text,
    figures,
    same_figure,
    scores_differ,
    specific_figure_contexts,
    specific_figures_in_common,
    with_periods,
)
from unspun.text.names import article_name_norms
from unspun.text.spelling import prefix_stem
from unspun.text.tokens import word_tokens, words
from unspun.text.voice import outside_quotations
from unspun.text.wordlists import (
    ARTICLES,
    CLOCKLESS_TIMES,
    EVENT_NOUNS,
    INSTITUTION_STREETS,
    LAW_COURT_WORDS,
    LIST_JOINERS,
    LOWER_CASE_OCCASION_NOUNS,
    MONTH_NAMES,
    MONTHS,
    OCCASION_COMPOUNDED,
    OCCASION_MODIFIED,
    OCCASION_NOUNS,
    PLACE_NAME_WORDS,
    PLACE_PREPOSITIONS,
    REPEATED_OCCASION_NOUNS,
    STREET_WORDS,
    TIME_UNITS,
    WEEKDAYS,
    is_content_word,
    place_forms,
)

# A text that names its own edition ("this year's festival", "last month's figures", "the 15th edition") tells its
# event as one of a series wherever it says so; "every year", "annual" and "year running" only up front (headline,
# first sentence): further down "the river bursts its banks every year" or "during the annual fair" is background of
# a developing story. Weeks are no series ("last week's storm" is the commonest backward reference of news), nor is
# a "print edition" without its number.
_OWN_EDITION = re.compile(
    r"\b(?:(?:this|last|next) (?:year|month|season|quarter)['’]s|(?:\d+|[a-z]+)(?:st|nd|rd|th) editions?\b)",
    re.IGNORECASE)
# A developing story's later report says up front that its tallies moved: "has now burnt", "has risen to", "so far".
_COUNTS_MOVED = re.compile(r"\b(?:now|so far|(?:has|have) (?:risen|climbed|grown)|(?:rose|risen|climbed) to)\b",
                           re.IGNORECASE)
_SERIES_UP_FRONT = re.compile(
    r"\b(?:(?:every|each) (?:year|month|season|quarter)\b|annual(?:ly)?\b|yearly\b"
    r"|(?:year|month|season) (?:running|in a row)\b)",
    re.IGNORECASE)


# A street or a named building an event's lead places it at ("a warehouse on Mill Lane", "Kingsway Court"): the
# word before the street word and the street word, which reports of one event write alike.
_PLACE = re.compile(rf"\b([A-Z][a-z]+) ({'|'.join(word.capitalize() for word in STREET_WORDS)})\b")


def _places(text: str) -> frozenset[str]:
    """The streets and named buildings ``text`` names, less courts of law (``wordlists.LAW_COURT_WORDS``: every
    trial report names one) and streets that name an institution (``wordlists.INSTITUTION_STREETS``: "Downing
    Street said"), which reports of many events name."""
    places = (f"{m.group(1)} {m.group(2)}".lower() for m in _PLACE.finditer(text)
              if not (m.group(2) == "Court" and m.group(1).lower() in LAW_COURT_WORDS))
    return frozenset(place for place in places if place not in INSTITUTION_STREETS)


# An incident's lead, as an outlet's alert template words it: the direction of travel a road or line is closed in
# ("closed northbound", "the clockwise carriageway"), the stretch it runs between ("between junctions 38 and 39",
# "between Leeds and York": the order is the direction) and what caused it ("after a lorry overturned", "because of a
# signalling fault"). The template keeps every other word, so these are all that tell one incident from the next.
_BOUND = re.compile(r"\b(?:(north|south|east|west)bound|(anti-?clockwise|counter-?clockwise|clockwise)"
                    r"|(inbound|outbound))\b", re.IGNORECASE)
_STRETCH = re.compile(r"\bbetween (?:junctions? )?([A-Z0-9][\w'’-]*(?: [A-Z][\w'’-]*)*) and "
                      r"([A-Z0-9][\w'’-]*(?: [A-Z][\w'’-]*)*)")
# The cause runs from its connective to the end of its clause or to the place it happened ("a signalling fault near
# Church Fenton": the place is the template's).
_CAUSE = re.compile(r"\b(?:after|following|because of|due to|caused by|owing to)\s+(.+?)"
                    r"(?=[,.;:()]|\s+(?:near|at|on|in|between|outside|into|onto|for|from|across|and)\b|$)",
                    re.IGNORECASE | re.MULTILINE)


# A correction's or an update's label opening a headline or a lead ("CORRECTION: M6 closed southbound …",
# "Updated - ", "Clarification:"): the outlet tells the same incident again, what it got wrong put right.
_CORRECTION_LABEL = re.compile(r"^\W*(?:correction|corrected|clarification|clarified|update|updated)\b\s*[:\-–—]",
                               re.IGNORECASE)


def corrects_itself(title: str, first: str) -> bool:
    """Whether a headline or a first sentence opens with a correction's or an update's label."""
    return any(_CORRECTION_LABEL.match(part) for part in (title, first) if part)


def incident_bounds(lead: str) -> frozenset[str]:
    """The directions of travel a lead names ("northbound" → "north", "anticlockwise" → "anticlockwise")."""
    return frozenset(next(g for g in m.groups() if g).lower().replace("-", "").replace("counter", "anti")
                     for m in _BOUND.finditer(lead))


def incident_stretches(lead: str) -> frozenset[tuple[str, str]]:
    """The (from, to) ends of each stretch a lead names ("between junctions 38 and 39" → ("38", "39"))."""
    return frozenset((m.group(1).lower(), m.group(2).lower()) for m in _STRETCH.finditer(lead))


def incident_causes(lead: str) -> frozenset[str]:
    """The content words, cut to their stems, of what a lead says caused its incident ("after a lorry overturned"
    → {"lorry", "overt"}). "After" and "following" also say when: a clause giving a time or an occasion ("after
    10pm", "after Tuesday's vote", "following a three-hour session") names no cause (``_cause_words``), so two
    reports of one closure, one giving its time and the other its cause, tell no other cause."""
    when = {word for told in _times_in(lead) for word in words(told)}
    return frozenset(prefix_stem(word) for m in _CAUSE.finditer(lead) for word in _cause_words(m.group(1), when))


def _cause_words(clause: str, when: set[str]) -> list[str]:
    """The content words of a cause's clause less the words of the lead's times (``when``: "10pm", "9.30am", "last
    night's", "Tuesday's"), of time units and of clockless times ("a three-hour", "after dark"); none when the
    clause's noun phrase is an occasion, its head (``_OF``'s first part) bare and ending on one ("the council
    meeting", "Tuesday's vote", "a three-hour session of the full council": ``wordlists.OCCASION_NOUNS``; "after
    talks broke down" tells what happened)."""
    told = _untimed_words(clause, when)
    head = _untimed_words(_OF.split(clause, maxsplit=1)[0], when)
    return [] if head[-1:] and head[-1] in OCCASION_NOUNS else told


_OF = re.compile(r"\s+of\s+", re.IGNORECASE)  # "a session of the full council": its head comes before


def _untimed_words(text: str, when: set[str]) -> list[str]:
    """The content words of ``text`` that tell no time (``_cause_words``)."""
    return [word for word in words(text) if is_content_word(word) and word not in when and word not in TIME_UNITS
            and word not in CLOCKLESS_TIMES]


def _times_in(text: str) -> list[str]:
    """The dates and times of day ``text`` gives, as written ("Tuesday", "last night", "9.30am", "this morning")."""
    return [text[m.start : m.end] for m in time_expressions(text)] + times_of_day(text)


def other_incident(ours: EventSpecifics, theirs: EventSpecifics) -> str:
    """What tells two leads' incidents apart, for a verdict's evidence, or "": another cause (no word of one lead's
    cause in the other's: "a lorry overturned" / "a car caught fire") and another direction of travel (no direction
    in common, or the stretch's ends named the other way round: "between junctions 38 and 39" / "39 and 38"). A
    copy or an update of one incident keeps its cause ("closed after a signalling fault" / "reopened after a
    signalling fault was repaired"), a spinner's synonyms keep its direction; another outlet's own report of it
    writes the cause its own way ("an HGV rolled onto its side") but travels the same way. Neither alone: an update
    may name the cause it learnt, a writer may name a stretch's ends in either order. A lead labelled a correction
    or an update ("CORRECTION:", "UPDATE:", ``EventSpecifics.corrected``) tells the same incident again, its
    direction or cause put right."""
    if not ours.causes or not theirs.causes or ours.causes & theirs.causes or ours.corrected or theirs.corrected:
        return ""
    bounds = bool(ours.bounds) and bool(theirs.bounds) and not ours.bounds & theirs.bounds
    reversed_ends = any((to, start) in theirs.stretches for start, to in ours.stretches if start != to)
    if not (bounds or reversed_ends):
        return ""
    way = (f"{'/'.join(sorted(ours.bounds))}bound vs {'/'.join(sorted(theirs.bounds))}bound" if bounds
           else "the stretch's ends named the other way round")
    return f"another cause and another direction of travel ({way})"


def other_place(ours: EventSpecifics, theirs: EventSpecifics, days_differ: bool | None, agreeing: int,
                conflicting: int, config: TextConfig = TEXT_DEFAULT) -> str:
    """What tells two short reports' events apart when one template tells both (an agency's earthquake alert, a
    river's flood warning, an operator's ferry notice), or "": each lead names at least
    ``TextConfig.other_place_min_lead_names`` whole places (``lead_place_names``: "near Keswick", "the River Eden
    at Appleby"; not people) with a word the other text never names (``named_in``: nor its adjective, nor the
    place of its adjective: "Cornish" / "Cornwall"), and something besides names differs: the days their leads
    name, at least two figures and none agreeing, or the cause. A copy altering facts changes a
    place, a person or a figure and keeps the rest (a two-word place, a person's full name, one changed figure
    tell no other event); a pseudonymised copy changes its people and keeps its days and figures; another outlet's
    report of one event names its place, whatever else it adds."""
    least = config.other_place_min_lead_names
    if not least or max(ours.sentences, theirs.sentences) > config.short_report_max_sentences:
        return ""
    ours_only = sorted(" ".join(place) for place in ours.lead_place_names if not named_in(place, theirs.names))
    theirs_only = sorted(" ".join(place) for place in theirs.lead_place_names if not named_in(place, ours.names))
    figures = conflicting >= 2 and agreeing == 0
    causes = bool(ours.causes) and bool(theirs.causes) and not ours.causes & theirs.causes
    # another cause is the template's own word for another incident: one other place each is enough beside it
    # ("an engine failure on the Isle of Mull ferry" / "a storm warning for the Firth of Lorn")
    least = 1 if causes else least
    if len(ours_only) < least or len(theirs_only) < least:
        return ""
    if not (days_differ or figures or causes):
        return ""
    return (f"another place ({', '.join(ours_only)} / {', '.join(theirs_only)}) and "
            f"{'other days' if days_differ else 'other figures' if figures else 'another cause'}")


def named_in(place: tuple[str, ...], names: frozenset[str]) -> bool:
    """Whether a text's ``names`` name every word of ``place`` in one of its forms (``wordlists.place_forms``):
    "off the Cornish coast" names Cornwall, "in Wales" a Welsh place."""
    return all(place_forms(word) & names for word in place)


def lead_place_names(lead: str, config: TextConfig = TEXT_DEFAULT) -> frozenset[tuple[str, ...]]:
    """The whole place names (each its words, normalised) a lead names: runs of name words (``_names``) one after
    another, after a place's preposition (``PLACE_PREPOSITIONS``, an article between allowed), or joined by "and" or
    "or" to such a place ("between Brough and Bowes"), or holding a word that names a kind of place
    (``PLACE_NAME_WORDS``: "the River Eden"). People's names are left out, however many words they have."""
    named = _names(lead, config)
    tokens = word_tokens(lead)
    runs: list[list[int]] = []
    for k, token in enumerate(tokens):
        if token.norm not in named:
            continue
        if runs and runs[-1][-1] == k - 1 and not lead[tokens[k - 1].end:token.start].strip(" \t'’-"):
            runs[-1].append(k)
        elif runs and runs[-1][-1] == k - 2 and tokens[k - 1].norm == "of":  # "the Isle of Mull": one place
            runs[-1] += [k - 1, k]
        else:
            runs.append([k])
    found: set[tuple[str, ...]] = set()
    last_place_end = -2
    for run in runs:
        before = run[0] - 1
        if before >= 0 and tokens[before].norm in ARTICLES:
            before -= 1
        norms = tuple(tokens[k].norm for k in run)
        after_place = before >= 0 and (tokens[before].norm in PLACE_PREPOSITIONS
                                       or (tokens[before].norm in LIST_JOINERS and before - 1 == last_place_end))
        if after_place or any(norm in PLACE_NAME_WORDS for norm in norms):
            found.add(norms)
            last_place_end = run[-1]
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class Occasion:
    """What tells one text's occasion from the same actors' earlier one (``recalled_occasion``)."""

    # its headline or first sentence tells its occasion as a repeat ("again", "the second fire at the site this
    # year", "avenged their defeat": ``tells_recurrence``)
    tells_recurrence: bool = False
    # its headline's and first sentence's content words that can tell one occasion from another (``_telling_words``)
    lead_words: frozenset[str] = frozenset()
    # for each passage recalling an earlier occasion (``recalled_passages``), the stems it alone of the text uses:
    # what it says of that occasion and not of its own
    recalls: tuple[frozenset[str], ...] = ()
    # it counts its occasion as a repeat by the occasion's noun, up front or further down ("It is the second fire at
    # the mill this year", "a fresh protest", "another walkout"; not "her home was flooded for the second time", a
    # person's time: ``counts_a_repeat``)
    counts_repeat: bool = False
    # the stems (``_telling_stems``) of its headline and first sentence that the rest of it uses again: what it
    # says happened, told up front and dwelt on ("kiln", "shed"; "solar", "panel", "roof")
    told: frozenset[str] = frozenset()
    # the stems of its whole text
    stems: frozenset[str] = frozenset()
    # the days its headline and first sentence name (``dates.event_days``, read without a filing day: the story
    # reader has none for an undated text)
    lead_days: EventDays = field(default_factory=EventDays)


NO_OCCASION = Occasion()


@dataclass(frozen=True, slots=True)
class EventSpecifics:
    """What one text says of its event: the days its headline and first sentence name, every figure it gives (with
    the months it ties figures to, ``figures.with_periods``), how many sentences it has, whether it tells its
    event as one of a series (``_told_as_series``) and the periods its headline and first sentence name
    (``named_periods``)."""

    days: EventDays
    figures: tuple[Figure, ...]
    sentences: int = 0
    series: bool = False
    periods: frozenset[str] = frozenset()
    says_counts_moved: bool = False  # its headline or first sentence says its tallies moved (``_COUNTS_MOVED``)
    lead_places: frozenset[str] = frozenset()  # the streets and named buildings its headline and first sentence name
    places: frozenset[str] = frozenset()  # those the whole text names
    # ``periods`` less the months named only in a day's date ("the four weeks to 1 November 2025"): the periods
    # the lead says its report is of
    own_periods: frozenset[str] = frozenset()
    # its lead's incident (``incident_bounds``, ``incident_stretches``, ``incident_causes``)
    bounds: frozenset[str] = frozenset()
    stretches: frozenset[tuple[str, str]] = frozenset()
    causes: frozenset[str] = frozenset()
    # its headline or first sentence opens with a correction's or an update's label (``_CORRECTION_LABEL``)
    corrected: bool = False
    # the whole places its headline and first sentence name (``lead_place_names``), and the names
    # (``names.article_name_norms``, days and months left out) its headline and text name
    lead_place_names: frozenset[tuple[str, ...]] = frozenset()
    names: frozenset[str] = frozenset()
    # the figures its headline and first sentence give of its event (``lead_figures``)
    lead_figures: tuple[Figure, ...] = ()
    # what its lead and its recalls of an earlier occasion say (``occasion_of``)
    occasion: Occasion = field(default_factory=lambda: NO_OCCASION)
    # the people's ages it gives (``figures.ages_given``): background, no figure of its event
    ages: frozenset[float] = frozenset()
    # the moments of the day its headline and first sentence read their figures at (``moments_told``)
    lead_moments: frozenset[str] = frozenset()
    # the day it was published, where its page or dateline gives one
    published: date | None = None


@dataclass(frozen=True, slots=True)
class SpecificsConflict:
    """How two texts' event specifics compare: whether their leads name other days (None: one names none), and
    how many things both give figures of agree and conflict."""

    days_differ: bool | None
    figures_agreeing: int
    figures_conflicting: int
    # every conflicting figure larger on one side (``figures.figures_all_grow``), and the texts not both one of a
    # series: the shape of a developing story's later report
    figures_grow: bool = False
    scores_differ: bool = False  # another result of the same sides (``figures.scores_differ``)
    conflicts: tuple[str, ...] = ()  # the things given other figures, for a reader ("rate 4.75% vs 4.5%")
    longer_sentences: int = 0  # the sentences of the longer text
    # both name the period of their event up front and name other ones ("in October" / "in November", "2025" /
    # "2026", "the 14th edition" / "the 15th"): the next report of a series, where an updated copy of one report
    # keeps its period whatever tallies it changes
    periods_differ: bool = False
    # both leads place their event at a street or named building, and neither text names the other's anywhere
    # ("a warehouse on Mill Lane" / "a house on Quay Street"): two events in one town
    places_differ: bool = False
    # both leads say which period their report is of, and each names one the other does not (``periods_apart``)
    periods_apart: bool = False
    # the streets and named buildings both texts name (headline or text: "Rockingham Road", "Garnet Street"): the
    # event's own place, which another outlet's report of it names whoever it quotes
    shared_places: frozenset[str] = frozenset()
    # those of them one side's headline or first sentence places its event at: the event's own street or building,
    # which a follow-up filed a week later (the charge, the inquest) names, where a street both name further down
    # (a car park on Bath Road in two towns) may be any of a region's
    lead_shared_places: frozenset[str] = frozenset()
    # the leads tell another incident in one template (``other_incident``): what tells it, or ""
    other_incident: str = ""
    # each lead's event figures, where neither text gives any of the other lead's (``leads_figures_apart``), as a
    # reader writes them ("£18.2m, 6% / £16.9m, 3%"); "" when they do not
    leads_apart: str = ""
    # one text tells its occasion as a repeat and recalls the other's lead as the earlier one
    # (``recalled_occasion``): the words it recalls it by ("blaze, destroyed, warehouse"), or ""
    recalled: str = ""
    # one text counts its occasion as a repeat and each tells another thing happened (``told_apart``): what each
    # tells ("extraction, hall, saw / drying, kiln, shed"), or ""
    told_apart: str = ""
    # the days that differ are those the second sentences tell, neither lead naming one (``_second_sentences_date``)
    days_told_later: bool = False

    def short_reports_differ(self, config: TextConfig = TEXT_DEFAULT) -> bool:
        """Whether two short reports (the longer at most ``TextConfig.short_report_max_sentences`` sentences) give
        other figures of at least ``TextConfig.figures_all_differ_min_conflicts`` things, and of at least
        ``TextConfig.short_report_conflict_min_share`` of the things they compare. A short report's figures are its
        event's (a rate, a month's jobs, a vote), so two or three all differing are another event, as is one that
        agrees beside two that differ: a figure of the actor itself (its 214 shops, a committee of nine) is the same
        in its every event. A long report's background figures (ages, other years' sums) differ between two writers
        of one event, so there the general bars hold."""
        compared = self.figures_agreeing + self.figures_conflicting
        return 0 < self.longer_sentences <= config.short_report_max_sentences \
            and self.figures_conflicting >= config.figures_all_differ_min_conflicts \
            and self.figures_conflicting >= config.short_report_conflict_min_share * compared

    def other_event(self, config: TextConfig = TEXT_DEFAULT) -> bool:
        """Whether the specifics show another event: other days, unless the figures mostly agree (some agree, no
        more conflict), or at least ``TextConfig.figures_min_conflicts`` things given other figures, more than
        ``TextConfig.figures_conflict_min_share`` of those compared, or two short reports whose figures mostly
        differ (``short_reports_differ``).

        A later report of a developing story dates itself to its own day ("VARNHOLT, March 6 —", "said on
        Monday") but repeats the event's figures, so other days alone do not make another event."""
        if self.other_incident or self.recalled or self.told_apart:
            return True
        if self.days_differ and not self.scores_differ and \
                (self.figures_agreeing == 0 or self.figures_conflicting > self.figures_agreeing):
            return True
        if self.places_differ and self.figures_agreeing <= self.figures_conflicting:
            return True
        return self.figures_show_another_event(config)

    def figures_show_another_event(self, config: TextConfig = TEXT_DEFAULT) -> bool:
        """Whether the figures themselves show another event (``other_event`` without the leads' days): another
        result (one match or one vote has one result; a report during it shares a score with the last), or enough
        other figures, unless all rose (a developing story's update: a wildfire's third day). Two outlets' reports
        of one event filed a day apart date their leads to their own days; a recurring report written from the
        last one differs in what it counts."""
        if self.scores_differ:
            return True
        # All rose: a developing story's update, whatever its lead gives anew (14 hurt, £1.5m / 19, £2.8m).
        if self.figures_grow:
            return False
        if self.leads_apart:
            return True
        compared = self.figures_agreeing + self.figures_conflicting
        # Two reports of other periods (``periods_apart``) from one template agree on the template's fixed figures
        # (its shops, its margin guidance): most things differing is enough there.
        share = 0.5 if self.periods_apart else config.figures_conflict_min_share
        many = self.figures_conflicting >= config.figures_min_conflicts \
            and self.figures_conflicting > share * compared
        return many or self.short_reports_differ(config)

    def every_figure_differs(self, config: TextConfig = TEXT_DEFAULT) -> bool:
        """Whether no figure of the things both texts give is the same, at least
        ``TextConfig.figures_min_conflicts`` of them: more than a copy alters. A copy that changes a figure or two
        keeps the rest, and a developing story's copy keeps what did not move; the next month's report written
        from the last one's template keeps the words and gives every figure anew."""
        return self.figures_agreeing == 0 and self.figures_conflicting >= config.figures_min_conflicts \
            and not self.figures_grow

    def reason(self) -> str:
        """Why the specifics show another event, for a verdict's evidence: the figures that differ, named."""
        if self.scores_differ:
            return "they give other results of the same sides"
        if self.days_differ:
            return f"their {'second sentences' if self.days_told_later else 'leads'} date the event to other days"
        if self.places_differ and not self.figures_show_another_event():
            return "their leads place the event at other streets or buildings"
        if self.other_incident:
            return f"their leads tell {self.other_incident}"
        if self.recalled:
            return f"{RECALLS_AN_EARLIER_OCCASION} ({self.recalled})"
        if self.told_apart:
            return f"{TELLS_ANOTHER_OCCASION} ({self.told_apart})"
        if self.leads_apart and self.figures_conflicting < 2:
            return f"their leads give other figures ({self.leads_apart}), neither text any of the other's"
        listed = f" ({', '.join(self.conflicts)})" if self.conflicts else ""
        if self.figures_agreeing == 0:
            return f"every figure both give differs{listed}"
        return (f"they give other figures of {self.figures_conflicting} things both report{listed}, "
                f"the same figures of {self.figures_agreeing}")


# The periods a recurring report is of: a month, a year, a quarter, a numbered edition ("the 15th edition").
_PERIOD = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d"
    r"|(?i:(?:first|second|third|fourth|final)[\s-]+quarter|q[1-4])|(?i:(?:\d+|[a-z]+)(?:st|nd|rd|th)\s+edition))\b")


_QUARTER_NAMES = {"q1": "first quarter", "q2": "second quarter", "q3": "third quarter", "q4": "fourth quarter"}


def named_periods(title: str, sentences: Sequence[str]) -> frozenset[str]:
    """The months, years, quarters and numbered editions a text's headline and first sentence name ("Q3" and
    "third-quarter" as "third quarter")."""
    lead = " ".join(part for part in (title, *sentences[:1]) if part)
    found = (" ".join(m.group(0).lower().replace("-", " ").split()) for m in _PERIOD.finditer(lead))
    return frozenset(_QUARTER_NAMES.get(period, period) for period in found)


_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
# A month in a day's date ("1 November", "November 1st"), which names a day, not the period a report is of.
_DAY_OF_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTH})\b|\b(?:{_MONTH}) \d{{1,2}}(?:st|nd|rd|th)?\b")


def own_periods(title: str, sentences: Sequence[str]) -> frozenset[str]:
    """``named_periods`` less the months the lead names only in a day's date ("the four weeks to 1 November 2025":
    2025, not November)."""
    return named_periods(_DAY_OF_MONTH.sub(" ", title), [_DAY_OF_MONTH.sub(" ", s) for s in sentences[:1]])


def periods_apart(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two leads name other periods (``named_periods``), each one the other does not: "third quarter 2026"
    and "fourth quarter 2026", "2025" and "2026". A lead that names its period more fully ("October" / "October
    2025") names the same one."""
    return bool(ours) and bool(theirs) and not ours <= theirs and not theirs <= ours


def lead_event_days(seg: Segmented, memo: Memo | None = None) -> EventDays:
    """The days ``seg``'s headline and first sentence name, read against its filing day (``dates.event_days``),
    kept in ``memo`` (an engine's): a text's lead is read once, whichever pairs and clues ask."""
    return remembered(memo, ("lead days", seg),
                      lambda: event_days(_lead_of(seg), published_day(seg.article.published)))


def _lead_of(seg: Segmented) -> str:
    """``seg``'s headline and first sentence (``dates.lead_text``)."""
    return lead_text(seg.article.title or "", seg.sentence_texts()[:1])


def event_specifics(seg: Segmented, text: TextConfig = TEXT_DEFAULT, memo: Memo | None = None) -> EventSpecifics:
    """The ``EventSpecifics`` of one text: its lead's days read against its publication date (which a dateline
    gives when the page has none). ``memo`` (an engine's) keeps its furniture (``furniture.content_sentences``)."""
    sentences = seg.sentence_texts()
    title = seg.article.title or ""
    lead = _lead_of(seg)
    # not the phone numbers and references of its appeal and contact lines (``furniture``)
    found = [figure for sentence in (title, *content_sentences(seg, memo)) if sentence
             for figure in figures(sentence, text)]
    return EventSpecifics(lead_event_days(seg, memo), with_periods(found),
                          len(sentences), _told_as_series(title, sentences), named_periods(title, sentences),
                          bool(_COUNTS_MOVED.search(lead)), _places(lead),
                          _places(f"{title}\n{seg.article.text}"),
                          own_periods(title, sentences), incident_bounds(lead), incident_stretches(lead),
                          incident_causes(lead), corrects_itself(title, sentences[0] if sentences else ""),
                          lead_place_names(lead, text), _names(f"{title}\n{seg.article.text}", text),
                          lead_figures(title, sentences[:1], text), occasion_of(title, sentences),
                          ages_given(seg.article.text), moments_told(lead), published_day(seg.article.published))


def _names(text: str, config: TextConfig) -> frozenset[str]:
    """The names ``text`` uses (``names.article_name_norms``) less days and months, which dates name, not places."""
    return frozenset(n for n in article_name_norms(text, config) if n not in WEEKDAYS and n not in MONTHS)


def _one_publisher(a: Segmented, b: Segmented) -> bool:
    site = (a.article.site or "").lower().removeprefix("www.")
    return bool(site) and site == (b.article.site or "").lower().removeprefix("www.")


def _next_sentence_days(seg: Segmented, days: EventDays) -> EventDays:
    """A publisher's lead naming no day ("Detectives are appealing for witnesses after a pharmacy worker was
    threatened …") tells its event's day in the next sentence ("… at about 8.45am on Saturday 18 April"): a police
    force's or a fire service's next appeal is told from its template in the same two sentences of another day.
    Only a day of the year ("Saturday 18 April"; a weekday alone is every week's), and only between two texts of one
    site (``_one_publisher``): other outlets' reports of one event name background days there as often (relations:
    ten of BASIL's same-event pairs read as other events)."""
    sentences = seg.sentence_texts()
    if days.dates or days.month_days or days.weekdays or len(sentences) < 2:
        return days
    following = event_days(lead_text(seg.article.title or "", sentences[:2]), published_day(seg.article.published))
    return following if following.month_days else days


def _names_a_day(days: EventDays) -> bool:
    return bool(days.dates or days.month_days or days.weekdays or days.unread_relative)


def _second_sentences_date(a: Segmented, b: Segmented, ours_days: EventDays, theirs_days: EventDays,
                           conflicting: int, text: TextConfig) -> bool:
    """Whether the days two texts' second sentences tell are read as their event's (``_second_sentence_weekdays``):
    with ``TextConfig.second_sentence_days`` on, where neither lead names a day, neither text is dated, and the
    texts give other figures of at least one thing both give (the council's next vote: another tally beside another
    day). Two outlets' reports of one strike, neither giving a figure the other gives, tell its background in their
    second sentences as often as its day ("On Monday the GMB union had warned ..." / "The walkout began on Wednesday
    morning": reviewD, session 44)."""
    return text.second_sentence_days and conflicting > 0 and not _names_a_day(ours_days) \
        and not _names_a_day(theirs_days) and published_day(a.article.published) is None \
        and published_day(b.article.published) is None


def _event_figures_conflicting(ours: EventSpecifics, theirs: EventSpecifics, apart: bool, text: TextConfig) -> int:
    """The things two texts give other figures of, people's ages left out (``EventSpecifics.ages``): a resident
    "83" in one report and "82" in the other's clean-up report is a writer's slip, no other event's figure
    (reviewB, session 45)."""
    if not ours.ages and not theirs.ages:
        return compare_figures(ours.figures, theirs.figures, text, apart).conflicting
    return compare_figures(_without_ages(ours), _without_ages(theirs), text, apart).conflicting


def _without_ages(specifics: EventSpecifics) -> tuple[Figure, ...]:
    return tuple(figure for figure in specifics.figures
                 if not (figure.unit == "" and figure.value in specifics.ages))


def _second_sentence_weekdays(seg: Segmented) -> EventDays:
    """The weekdays an undated text's second sentence tells its event on, up to its first word of the future tense
    and outside a clause in the past perfect (``dates.told_as_news``): a lead naming no day ("Millbrook District
    Council has voted against extending the 20mph limit") tells it in the next sentence ("At a meeting on Thursday
    12 February, councillors rejected …"), where a day it says comes later ("… and will meet again on Thursday",
    "… that it would shut on Tuesday") is another occasion, and one a past perfect tells came before it ("On Monday
    the union had warned …"). Weekdays only: a calendar date there is as often a use-by date or a deadline. Read
    only where neither lead names a day and neither text is dated (``_second_sentences_date``; a dated report's
    second sentence tells background days, "sent home on Friday" in a report of Monday's closure): two undated
    reports each telling their event's weekday there, weekdays that differ, tell the same actors' other meetings,
    votes or rulings."""
    sentences = seg.sentence_texts()
    if len(sentences) < 2:
        return EventDays()
    days = event_days(told_as_news(sentences[1]))
    return EventDays(weekdays=days.weekdays, nights=days.nights, mornings=days.mornings,
                     unread_relative=days.unread_relative)


def _told_as_series(title: str, sentences: Sequence[str]) -> bool:
    """Whether a text tells its event as one of a series: ``_OWN_EDITION`` anywhere; ``_SERIES_UP_FRONT`` in its
    headline or first sentence, or further down in a sentence about the kind of event named up front ("The
    festival, held every year since 2009" under "Lantern parade opens winter festival"; not "during the annual fair"
    in a flood report)."""
    up_front = [part for part in (title, *sentences[:1]) if part]
    if any(_names_an_edition(part) for part in (*up_front, *sentences[1:])):
        return True
    if any(_says_it_recurs(part) for part in up_front):
        return True
    headline_events = EVENT_NOUNS & {w for part in up_front for w in words(part)}
    if not headline_events:  # most headlines name no such event: no sentence is searched
        return False
    return any(_says_it_recurs(sentence) and headline_events & set(words(sentence)) for sentence in sentences[1:])


# Every text a trace compares is read for these, and its candidates (one story's copies) share their sentences:
# each sentence searched once (the searches were ~6% of a trace's CPU on the 100k store).
@functools.lru_cache(maxsize=65_536)
def _names_an_edition(sentence: str) -> bool:
    return _OWN_EDITION.search(sentence) is not None


@functools.lru_cache(maxsize=65_536)
def _says_it_recurs(sentence: str) -> bool:
    return _SERIES_UP_FRONT.search(sentence) is not None


def specific_figures_shared(a: Segmented, b: Segmented, memo: Memo | None = None,
                             text: TextConfig = TEXT_DEFAULT) -> tuple[int, int]:
    """``figures.shared_specific_figures`` of two texts' figures (``memo``, an engine's, keeps each text's)."""
    return specific_figures_in_common(_specific_figures(a, memo, text), _specific_figures(b, memo, text))


def specific_figures_only(a: Segmented, b: Segmented, memo: Memo | None = None,
                          text: TextConfig = TEXT_DEFAULT) -> tuple[int, int]:
    """How many specific figures (``figures.specific_figure_contexts``) each text gives that the other never writes:
    a report's own figures (its own count, rate or sum), which a summary of another report of the same actors
    cannot have taken from it."""
    ours, theirs = _specific_figures(a, memo, text), _specific_figures(b, memo, text)
    return len(ours.keys() - theirs.keys()), len(theirs.keys() - ours.keys())


def _specific_figures(seg: Segmented, memo: Memo | None, text: TextConfig) -> dict[str, frozenset[str]]:
    """``figures.specific_figure_contexts`` of one text's figures (``memo`` keeps each text's: a trace's query is
    read once, not once a candidate)."""
    return remembered(memo, ("specific figures", seg, text), lambda: specific_figure_contexts(
        remembered(memo, ("event specifics", seg, text), lambda: event_specifics(seg, text, memo)).figures))


def specifics_conflict(a: Segmented, b: Segmented, memo: Memo | None = None,
                       text: TextConfig = TEXT_DEFAULT) -> SpecificsConflict:
    """How the event specifics of ``a`` and ``b`` compare (``memo``, an engine's, keeps each text's)."""
    ours = remembered(memo, ("event specifics", a, text), lambda: event_specifics(a, text, memo))
    theirs = remembered(memo, ("event specifics", b, text), lambda: event_specifics(b, text, memo))
    apart = periods_apart(ours.own_periods, theirs.own_periods)
    compared = compare_figures(ours.figures, theirs.figures, text, apart)
    agree, conflict = compared.agreeing, compared.conflicting
    ours_days, theirs_days = ours.days, theirs.days
    if _one_publisher(a, b):
        ours_days, theirs_days = _next_sentence_days(a, ours_days), _next_sentence_days(b, theirs_days)
    days = days_disagree(ours_days, theirs_days, text.event_day_tolerance_days)
    told_later = days is None and _second_sentences_date(a, b, ours_days, theirs_days,
                                                         _event_figures_conflicting(ours, theirs, apart, text), text)
    if told_later:
        # other weekdays tell other days; the same weekday is every week's (no sign of one day: None)
        days = days_disagree(_second_sentence_weekdays(a), _second_sentence_weekdays(b),
                             text.event_day_tolerance_days) or None
        told_later = bool(days)
    # A series' editions grow as a developing story does: only outside a series is growth an update.
    grow = compared.all_grow and not (ours.series and theirs.series) \
        and _growth_tells_an_update(agree, conflict, days, ours.says_counts_moved or theirs.says_counts_moved, text)
    return SpecificsConflict(days, agree, conflict,
                             grow,
                             scores_differ(ours.figures, theirs.figures),
                             compared.conflicts,
                             max(ours.sentences, theirs.sentences),
                             bool(ours.periods) and bool(theirs.periods) and ours.periods != theirs.periods,
                             _places_differ(ours, theirs),
                             apart,
                             ours.places & theirs.places,
                             (ours.lead_places & theirs.places) | (theirs.lead_places & ours.places),
                             other_incident(ours, theirs) or other_place(ours, theirs, days, agree, conflict, text),
                             leads_figures_apart(ours, theirs),
                             recalled_occasion(ours.occasion, theirs.occasion, text)
                             or recalled_occasion(theirs.occasion, ours.occasion, text),
                             told_apart(ours.occasion, theirs.occasion, text),
                             days_told_later=told_later)


def lead_figures(title: str, first: Sequence[str], config: TextConfig = TEXT_DEFAULT) -> tuple[Figure, ...]:
    """The figures a headline and first sentence give of their event: a score, a rate ("six per cent"), a sum or
    count written to two significant digits or more ("£18.2m", "412,000 tonnes"); not a figure a change started
    from ("from £1.1m"), nor a one-digit count ("four stations", "seven to four"), which any event of the kind
    repeats."""
    found = (figure for part in (title, *first) if part for figure in figures(part, config))
    return tuple(figure for figure in found if not figure.earlier and figure.unit != "month" and _event_figure(figure))


def _event_figure(figure: Figure) -> bool:
    """A score (0-0 included), a rate, or a figure written to two significant digits or more; not a run of digits
    too long to be a number (read as infinite)."""
    if figure.unit == "score":
        return True
    return bool(figure.value) and math.isfinite(figure.value) \
        and (figure.unit == "%" or _significant_digits(figure) >= 2)


def _significant_digits(figure: Figure) -> int:
    """The digits a figure is written to, its zeros at the end left out ("£18.2m": 3, "240": 2, "ten": 1)."""
    digits = abs(figure.value) / figure.precision if figure.precision > 0 else 0.0
    return len(str(round(digits)).rstrip("0")) if digits >= 1 else 0


# A lead telling its occasion as a repeat of an earlier one: "called to the factory again", "for a second time",
# "the second fire at the site this year", "avenged their defeat", "gain revenge". Not "another" (another 200 jobs)
# nor "weeks after" (a crash victim dies weeks after it: the same occasion's later report), nor an ordinal of a
# part of one occasion ("a second-half goal", "the second day of the strike") or of its people ("a second man has
# been arrested", "a second fire crew arrived"): the ordinal counts only before ``wordlists.REPEATED_OCCASION_NOUNS``
# (or one word before one) not modifying ``wordlists.OCCASION_MODIFIED``. Nor a run of a series' figures ("the
# third monthly rise in a row": one month's report), nor "in the same ..." / "again to the same ..." ("a second
# man has died in the same crash", "called again to the same fire": one occasion's later news).


def _noun_alternation(nouns: Iterable[str]) -> str:
    """A regex alternation of ``nouns``, longest first, for patterns matched ignoring case; a noun that is also a
    place's name with a capital (``wordlists.LOWER_CASE_OCCASION_NOUNS``: "Derby") matches in lower case only."""
    return "|".join(f"(?-i:{re.escape(noun)})" if noun in LOWER_CASE_OCCASION_NOUNS else re.escape(noun)
                    for noun in sorted(nouns, key=len, reverse=True))


_REPEATED = _noun_alternation(REPEATED_OCCASION_NOUNS)
_MODIFIED = "|".join(sorted(OCCASION_MODIFIED, key=len, reverse=True))
_RECURRENCE_UP_FRONT = re.compile(
    r"\b(?:again(?! to the same\b)|once more|for (?:a|the) (?:second|third|fourth|fifth) time|avenged?|revenge"
    rf"|(?:second|third|fourth|fifth)(?: [a-z-]+)? (?:{_REPEATED})(?![\s-](?:{_MODIFIED})\b)"
    r"(?: [a-z]+){0,4} (?:this|since|in (?:a (?:week|fortnight|month|year|season)|as many|the past)))\b",
    re.IGNORECASE)
# A passage recalling an earlier occasion: in a lead, the clause after "avenged" or "revenge for" ("avenged their
# early-season defeat at Fitz Park", up to "by beating ..."); further down, a sentence putting an occasion some time
# back ("In the spring a blaze destroyed the warehouse", "since the first walkout", "earlier in the summer", "two
# months ago", "last year", "its previous inspection"); not a bare "earlier", "earlier in the day" or "has since"
# ("Earlier in the day the blaze had destroyed the roof": the same fire's update recalling its own start; "a teenager
# arrested earlier has since been charged": the case's own course), nor "first" ("in the first over") nor "had been"
# ("the fire had been put out"), nor "since" alone ("the highest since the index began": a record, not an occasion).
_LEAD_RECALL = re.compile(r"\b(?:avenged?|revenge (?:for|over))\b(.*?)(?=\bby\b|[,;.]|$)", re.IGNORECASE)
_SEASONS = "spring|summer|autumn|winter"
# a time back counted out ("Two years earlier", "A decade ago", "Three months before"); not "the day before", the
# occasion's own eve
_COUNTS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|some"
_RECALL = re.compile(
    rf"\b(?:earlier (?:this|in the) (?:week|month|year|season|{_SEASONS})|previous(?:ly)?"
    rf"|last (?:week|month|year|season|time|{_SEASONS})|since the (?:first|last|previous|earlier)"
    rf"|(?:weeks|months|years|days|a (?:week|month|year|fortnight)) ago|in the (?:{_SEASONS})|what happened"
    rf"|(?:a|an|\d+|{_COUNTS}) (?:days?|weeks?|months?|years?|decades?) (?:earlier|before|ago)|decades ago)\b",
    re.IGNORECASE)


# A run of a series' figures ("the third monthly rise", "the second consecutive quarter"): one report, no repeat.
_SERIES_RUN = re.compile(r"\b(?:monthly|weekly|quarterly|yearly|annual|consecutive|successive|straight|running)\b",
                         re.IGNORECASE)


def tells_recurrence(lead: str) -> bool:
    """Whether a headline and first sentence tell their occasion as a repeat (``_RECURRENCE_UP_FRONT``), not a
    run of a series' figures (``_SERIES_RUN``)."""
    return any(not _SERIES_RUN.search(m.group(0)) for m in _RECURRENCE_UP_FRONT.finditer(lead))


def _telling_words(text: str) -> frozenset[str]:
    """``text``'s content words that can tell one occasion from another: not days, months or times of year, which
    occasions of one kind share (a match every Saturday), nor figures."""
    return frozenset(word for word in words(text)
                     if word.isalpha() and is_content_word(word) and word not in WEEKDAYS and word not in MONTHS
                     and word not in TIME_UNITS)


def _telling_stems(text: str) -> frozenset[str]:
    """The stems (``spelling.prefix_stem``) of ``_telling_words``: "destroyed" and "destroying" one word."""
    return frozenset(prefix_stem(word) for word in _telling_words(text))


def recalled_passages(title: str, sentences: Sequence[str]) -> tuple[frozenset[str], ...]:
    """For each passage of a text telling its occasion as a repeat that recalls an earlier occasion
    (``_LEAD_RECALL`` in its headline and first sentence, ``_RECALL`` in a sentence further down), the stems
    (``_telling_stems``) no other part of the text uses: what it says of the earlier occasion and never of its
    own. None where the lead tells no repeat: a recap in an ordinary report is background."""
    parts = [title, *sentences]
    if not tells_recurrence("\n".join(part for part in parts[:2] if part)):
        return ()
    spans = [(k, m.start(1), m.end(1)) for k, part in enumerate(parts[:2]) for m in _LEAD_RECALL.finditer(part)]
    spans += [(k, 0, len(part)) for k, part in enumerate(parts) if k >= 2 and _RECALL.search(part)]
    recalls = []
    for k, start, end in spans:
        rest = [part for j, part in enumerate(parts) if j != k] + [parts[k][:start], parts[k][end:]]
        own = _telling_stems(parts[k][start:end]) - _telling_stems("\n".join(rest))
        if own:
            recalls.append(own)
    return tuple(recalls)


# A sentence counting its own occasion as a repeat by the occasion's noun, up front as further down
# (``_RECURRENCE_UP_FRONT``'s ordinals of an occasion: "It is the second fire at the mill this year", "the second
# walkout at the depot this month"), or saying so in other words: "The fire is the second at the site", "a fresh
# protest", "another walkout", "the latest fire", "the return derby". Not "again", "once more" nor a "time" counted
# ("for the second time in three years"), up front or further down: they count what the clause says happened to its
# subject, most often a person's or a thing's time ("her home was flooded for the second time in three years", "a
# jeweller burgled for the third time in a year": one burst main's or one burglary's own report), and further down
# quotes and background use them of anything ("fix them again", "look again at lighting"). Nor an ordinal a person's
# possessive counts (``_OWNER``: "his second break-in in a month", "her third burglary this year": the person's
# experience, which another outlet's report of the one occasion need not count), nor any of it inside a quotation
# ("It's the second time this winter the heating has gone"), nor "called back to" (crews called back to a fire's
# hotspots: one fire's flare-up, reviewB, session 44), nor "another" of a compound ("another flood warning":
# ``wordlists.OCCASION_COMPOUNDED``) or of one to come (``_TO_COME``, ``_CALLED_FOR``, ``_PUT_OFF``).
_COUNTED_NOUNS = _noun_alternation(REPEATED_OCCASION_NOUNS - {"time", "times"})
# an occasion's noun before another noun names that other thing ("a second fire crew", "another flood warning")
_COMPOUNDED = "|".join(sorted(OCCASION_MODIFIED | OCCASION_COMPOUNDED, key=len, reverse=True))
_ORDINAL_REPEAT = re.compile(
    rf"\b(?:second|third|fourth|fifth)(?: [a-z-]+)? (?:{_COUNTED_NOUNS})(?![\s-](?:{_COMPOUNDED})\b)"
    r"(?: [a-z]+){0,4} (?:this|since|in (?:a (?:week|fortnight|month|year|season)|as many|the past))\b",
    re.IGNORECASE)
# A person's possessive just before an ordinal: the count is that person's ("her third burglary", "his second
# break-in"); not a body's ("the council's second special meeting", "their second strike"), which holds the occasion.
_OWNER = re.compile(r"\b(?:her|his|my|your)\s+$", re.IGNORECASE)
# An occasion still to come after "another ..." ("Another strike is planned from 20 June", "another walkout will
# follow"): the next one, not this one counted a repeat.
_TO_COME = r"(?:is|are) (?:planned|due|expected|scheduled|threatened|set|being (?:held|staged|planned))" \
    r"|(?:has|have) been (?:called|announced|set|planned|scheduled)|due|will|would|could|may|might"
# ... or called, announced or asked for, or put off to a time to come ("The union has called another strike for next
# week", "is balloting members on another walkout", "another protest next month if ...", a few words on "Another
# walkout at the depot has been called for Friday"): reviewB, sessions 44 and 45.
_CALLED_FOR = re.compile(r"\b(?:call(?:ed|s|ing)?|announc(?:ed|es|ing)|threaten(?:ed|s|ing)?|plan(?:s|ned|ning)?"
                         r"|ballot(?:ed|ing|s)?(?: [a-z]+){0,2} on|vot(?:ed|es|ing) (?:for|on)|demand(?:ed|s|ing)?"
                         r"|warn(?:ed|s|ing)? of|for)\s+$", re.IGNORECASE)
_PUT_OFF = re.compile(rf"^(?: [a-z]+){{0,3}}? (?:next|tomorrow|later this|if|unless|{_TO_COME})\b", re.IGNORECASE)
# ... or told in a clause that looks ahead before it: a future, an intent, a fear ("Drivers will stage another
# walkout", "There will be another walkout", "have voted to hold another strike", "Residents fear another flood",
# "The club faces another derby"): a preview of the next one (reviewB, session 45).
_AHEAD = re.compile(r"\b(?:will|would|(?:is|are) to|plans? to|planning to|intends? to|voted to|vote to|fears?|feared"
                    r"|faces?|facing)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r".*(?:[;:]|\b(?:and|but|after|before|when|while|because)\b)", re.IGNORECASE | re.DOTALL)
_REPEAT_TOLD = re.compile(
    rf"\b(?:(?:{_REPEATED}) (?:is|was) the (?:second|third|fourth|fifth)\b"
    rf"|(?:another|a fresh|the latest|the return|a return) (?:[a-z-]+ )?(?:{_REPEATED})(?![\s-](?:{_COMPOUNDED})\b)"
    rf"(?! (?:{_TO_COME})\b))\b",
    re.IGNORECASE)


def counts_a_repeat(title: str, sentences: Sequence[str]) -> bool:
    """Whether a text counts its occasion as a repeat by the occasion's noun: its headline or a sentence, outside
    quotations, does (``_ORDINAL_REPEAT``, ``_REPEAT_TOLD``), not as a run of a series' figures (``_SERIES_RUN``)
    nor as a person's count (``_OWNER``). A lead's "again" or "for the second time" (``tells_recurrence``) counts
    whatever its clause's subject went through: a resident's second flood is the one burst main's."""
    return any(_counts_a_repeat(outside_quotations(part, len(part), cut=True)) for part in (title, *sentences)
               if part)


def _counts_a_repeat(sentence: str) -> bool:
    return any(not _CALLED_FOR.search(sentence, 0, m.start()) and not _PUT_OFF.search(sentence[m.end():])
               and not _looks_ahead(sentence[:m.start()]) for m in _REPEAT_TOLD.finditer(sentence)) \
        or any(not _SERIES_RUN.search(m.group(0)) and not _OWNER.search(sentence, 0, m.start())
               for m in _ORDINAL_REPEAT.finditer(sentence))


def _looks_ahead(before: str) -> bool:
    """Whether the clause ending in ``before`` (the words before an "another ...") looks ahead (``_AHEAD``)."""
    start = _CLAUSE_START.match(before)
    return _AHEAD.search(before, start.end() if start else 0) is not None


def occasion_of(title: str, sentences: Sequence[str]) -> Occasion:
    """The ``Occasion`` of a text of headline ``title`` and ``sentences``."""
    lead = "\n".join(part for part in (title, *sentences[:1]) if part)
    rest = "\n".join(sentences[1:])
    lead_stems, rest_stems = _telling_stems(lead), _telling_stems(rest)
    return Occasion(tells_recurrence(lead), _telling_words(lead), recalled_passages(title, sentences),
                    counts_a_repeat(title, sentences), lead_stems & rest_stems, lead_stems | rest_stems,
                    event_days(lead_text(title, sentences[:1])))


def told_apart(ours: Occasion, theirs: Occasion, config: TextConfig = TEXT_DEFAULT) -> str:
    """What each of two texts tells happened, where one counts its occasion as a repeat and the other does not
    (``Occasion.counts_repeat``) and each tells at least ``TextConfig.occasion_told_apart_min_words`` things
    (``Occasion.told``), and that share of all it tells (``_told_enough``), that the other never names: the repeat
    and the earlier occasion, each told by what happened ("extraction, hall, saw / drying, kiln, shed"), or "". Two
    outlets' reports of the repeat tell the same thing happened, one of them perhaps not counting it, and each
    names what the other's lead tells; a report of a first occasion written before any repeat counts none. Not
    where both leads date their occasion to one day (``dates.days_disagree`` False): two outlets' reports of the
    repeat itself, one counting it ("the second strike at the depot this month") and the other telling it in other
    words ("walked out" for "strike"), both "on Monday" (reviewB, session 44)."""
    least = config.occasion_told_apart_min_words
    if least <= 0 or ours.counts_repeat == theirs.counts_repeat \
            or days_disagree(ours.lead_days, theirs.lead_days, config.event_day_tolerance_days) is False:
        return ""
    ours_only, theirs_only = ours.told - theirs.stems, theirs.told - ours.stems
    if not (_told_enough(ours_only, ours, least, config) and _told_enough(theirs_only, theirs, least, config)):
        return ""
    return f"{_told_words(ours, ours_only)} / {_told_words(theirs, theirs_only)}"


def _told_enough(only: frozenset[str], occasion: Occasion, least: int, config: TextConfig) -> bool:
    """Whether ``only``, what ``occasion``'s text tells up front and dwells on that the other text never names, is
    at least ``least`` words and ``TextConfig.occasion_told_apart_min_share`` of all it tells (``Occasion.told``):
    a long report's few words left out by another outlet's long report of one event are no other occasion."""
    return len(only) >= least and len(only) >= config.occasion_told_apart_min_share * len(occasion.told)


def _told_words(occasion: Occasion, stems: frozenset[str]) -> str:
    """The lead's words of ``stems``, as a reader reads them, the first of each stem."""
    words_of: dict[str, str] = {}
    for word in sorted(occasion.lead_words):
        words_of.setdefault(prefix_stem(word), word)
    return ", ".join(sorted(words_of.get(stem, stem) for stem in stems))


def recalled_occasion(earlier: Occasion, later: Occasion, config: TextConfig = TEXT_DEFAULT) -> str:
    """The words by which ``later``, which tells its occasion as a repeat ("the second fire at the site this
    year"), recalls ``earlier``'s lead as the earlier occasion, or "": at least
    ``TextConfig.recalled_occasion_min_words`` stems of ``earlier``'s headline and first sentence that one passage
    of ``later`` recalling an earlier occasion (``recalled_passages``: "In the spring a blaze destroyed the
    company's warehouse") uses and the rest of ``later`` never does. Two outlets' reports of one repeat tell it
    in the same words, which the rest of the later text uses too; not where ``earlier``'s lead tells a repeat
    itself (two reports of the second fire, one recalling the first)."""
    if config.recalled_occasion_min_words <= 0 or earlier.tells_recurrence or not later.recalls:
        return ""
    stems = {prefix_stem(word): word for word in sorted(earlier.lead_words)}
    best = max((recall & stems.keys() for recall in later.recalls), key=len)
    return ", ".join(sorted(stems[stem] for stem in best)) if len(best) >= config.recalled_occasion_min_words else ""


# A figure read at one moment of a trading day, each pattern named for its moment: a market's "in early trading",
# "at the open", "closed up 14.5%", "ended the day 2% lower", "closed at 489p", "by the close". A close is read only
# beside a market's figure (a move, a price), since "closed down 24 stores" or "ended at midnight" reads none.
_MARKET_FIGURE = r"(?:(?:up|down|higher|lower|at)\s+)?[$£€]?\d[\d.,]*\s*(?:%|per\s?cent|p\b|pence|cents?\b|points?\b)"
_MARKET_MOMENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((moment, re.compile(pattern, re.IGNORECASE)) for
                                                                 moment, pattern in (
    ("open", r"\bin (?:early|morning) (?:trading|trade|deals)\b|\bat the open\b"
             r"|\bopened (?:the day )?" + _MARKET_FIGURE),
    ("midday", r"\bin (?:midday|lunchtime) (?:trading|trade|deals)\b"),
    ("afternoon", r"\bin (?:late|afternoon) (?:trading|trade|deals)\b"),
    ("close", r"\bat the close\b|\bby (?:the )?(?:close|end of (?:the )?(?:day|trading|session))\b"
              r"|\b(?:closed|ended|finished) (?:the day |the session )?" + _MARKET_FIGURE),
))
# A level's highest reading of the day: "peaked at 5.6 metres", "at the height of the blaze"; not a figure's
# peak in a year or month ("waiting lists peaked at 7.7 million in 2023"), which is no moment of one day.
_PEAK = re.compile(r"\bpeak(?:ed|ing|s)? at\b(?!(?:[^.;]|\.(?=\d))*\b(?:in|during|of|since) (?:early |late |mid-?)?"
                   r"(?:\d{4}\b|" + "|".join(MONTH_NAMES) + r"))|\bat (?:its|their|the) (?:peak|height)\b",
                   re.IGNORECASE)

# A figure with its unit just before a time of day it was read at: "down 0.8% at $1.2650 by late afternoon",
# "5.2 metres in Shrewsbury at 6am"; not a time that opens a sentence's other figures ("arrested at 3am after a
# car hit 4 parked vehicles", "ended at midnight after 12 days").
_READ_BEFORE = re.compile(r"\d[\d.,]*\s*(?:%|per\s?cent|p\b|pence|cents?\b|points?\b|metres|m\b|C\b|°C|degrees"
                          r"|feet|ft\b)(?:\W+\S+){0,5}?\W*$", re.IGNORECASE)


def moments_told(lead: str) -> frozenset[str]:
    """The moments of the day at which a headline and first sentence read their figures: a market's
    (``_MARKET_MOMENTS``: "jumped 18% in early trading" is "open", "closed up 14.5%" "close"), a level's peak
    (``_PEAK``: "peaked at 5.6 metres"), and a time of day a figure was read at (``_READ_BEFORE``: "stood at 5.2
    metres at 6am" is "6am"). Such a figure is a reading of something that moves through the day, and another
    outlet's report of the same event reads it at another moment."""
    found = {moment for moment, pattern in _MARKET_MOMENTS if pattern.search(lead)}
    if _PEAK.search(lead):
        found.add("peak")
    found.update(time for start, time in times_of_day_at(lead)
                 if _READ_BEFORE.search(lead[max(0, start - 60):start]))
    return frozenset(found)


def _read_at_other_moments(ours: EventSpecifics, theirs: EventSpecifics) -> bool:
    """Whether two leads read their figures at other moments of one day: both read one (``moments_told``), not the
    same moments ("in early trading" / "closed up"), and the texts' publication days, where both are known, are
    one. Two leads both reading the close ("closed down 9%" / "closed down 14%") read one moment of two days: a
    company's first and second profit warnings (reviewA)."""
    if not ours.lead_moments or not theirs.lead_moments or ours.lead_moments == theirs.lead_moments:
        return False
    return ours.published is None or theirs.published is None or ours.published == theirs.published


def leads_figures_apart(ours: EventSpecifics, theirs: EventSpecifics) -> str:
    """Each lead's event figures as a reader writes them, where both leads give some and neither text gives any of
    the other lead's (``figures.same_figure``, a count matching a figure of any unit), else "": the next quarter's
    results reworded from the last (£18.2m up 6% / £16.9m down 3%), the club's next match (2-0 / 1-1), the
    council's other decision (£1.1m / £3.6m). Reports of one event give its lead figure however each writes
    around it ("£1.1 million" / "£1.1m", "six per cent" / "6%"), which is what figure contexts, their words
    chosen by each writer, cannot tell. Not where a lead says its tallies moved (``_COUNTS_MOVED``: "has risen
    to"), nor where the leads give counts, each unit's figures all larger on one side: a developing story's later
    report; and only for figures of one kind on both sides (``_of_one_kind``). Nor where a lead reads its figure
    at other moments of one day (``_read_at_other_moments``): "jumped 18% in early trading" / "closed up 14.5%"
    are one day's share move read at two moments (ind48: reports of one takeover approach), and the same actors'
    other day is told by the days the leads name (``SpecificsConflict.days_differ``)."""
    if not ours.lead_figures or not theirs.lead_figures or ours.says_counts_moved or theirs.says_counts_moved:
        return ""
    if _read_at_other_moments(ours, theirs):
        return ""
    if not _of_one_kind(ours.lead_figures, theirs.lead_figures):
        return ""
    if _found_in(ours.lead_figures, theirs.figures) or _found_in(theirs.lead_figures, ours.figures):
        return ""
    if _counts_grown(ours.lead_figures, theirs.lead_figures):
        return ""
    return " / ".join(", ".join(dict.fromkeys(figure_text(f) for f in side))
                      for side in (ours.lead_figures, theirs.lead_figures))


def _of_one_kind(ours: Sequence[Figure], theirs: Sequence[Figure]) -> bool:
    """Whether the two leads give figures of one kind: a score each, a sum in one currency or a rate of one measure
    (``_MEASURES``: "profit £18.2m" and "£241m in sales" are two figures of one firm's results, not rival values of
    one), or counts of one thing (a word beside both: "412,000 tonnes" / "388,000 tonnes"). A match report's
    headline score beside another outlet's lead counting its scorer's "36 minutes" off the bench tells nothing
    apart."""
    return any(x.unit == y.unit and (_same_measure(x, y) if x.unit else bool(x.context & y.context))
               for x in ours for y in theirs)


# What a sum or a rate measures, each group one measure however a writer names it: a sum beside "profit" and one
# beside "sales" are two figures of one report.
_MEASURES: tuple[frozenset[str], ...] = tuple(frozenset(group.split()) for group in (
    "profit earning", "sale revenue turnover", "loss deficit", "cost bill damage spending budget", "price",
    "dividend", "debt borrowing", "wage salary pay"))


def _measures(figure: Figure) -> frozenset[int]:
    return frozenset(i for i, group in enumerate(_MEASURES) if figure.context & group)


def _same_measure(x: Figure, y: Figure) -> bool:
    """Whether two figures of one unit may be one measure: a money sum or a rate names its measure beside it
    ("profit", "sales"), and two that name other ones are not; one naming none may be either. A score's or a
    unit's figure (mph, tonnes) is one kind by its unit."""
    if x.unit not in _MONEY_OR_RATE:
        return True
    ours, theirs = _measures(x), _measures(y)
    return not ours or not theirs or bool(ours & theirs)


_MONEY_OR_RATE = frozenset({"%", "£", "$", "€"})


def _found_in(lead: Sequence[Figure], found: Sequence[Figure]) -> bool:
    return any(same_figure(x, y) for x in lead for y in found
               if x.unit == y.unit or ("" in (x.unit, y.unit) and "score" not in (x.unit, y.unit)))


def _counts_grown(ours: Sequence[Figure], theirs: Sequence[Figure]) -> bool:
    """Whether both leads give counts (no unit) and no rate each, and every figure of one side is larger than every
    one of the other of its unit, for each unit both give (a score's aside), all one way: a tally updated, with the
    sums beside it (14 hurt, £1.5m damage / 19 hurt, £2.8m). A rate beside a count is a period's report (output up
    8% to 412,000 tonnes / down 4% to 388,000): the next period's, not a tally grown."""
    units = {f.unit for f in ours} & {f.unit for f in theirs} - {"score"}
    if "" not in units or "%" in units:
        return False
    ways = set()
    for unit in units:
        mine = [f.value for f in ours if f.unit == unit]
        other = [f.value for f in theirs if f.unit == unit]
        ways.add(1 if min(mine) > max(other) else -1 if min(other) > max(mine) else 0)
    return len(ways) == 1 and 0 not in ways


def _places_differ(ours: EventSpecifics, theirs: EventSpecifics) -> bool:
    """Whether both leads place their event at a street or named building and neither text names any of the
    other's lead places anywhere."""
    return bool(ours.lead_places) and bool(theirs.lead_places) \
        and not (ours.lead_places & theirs.places) and not (theirs.lead_places & ours.places)


def filed_days_apart(a: Segmented, b: Segmented, window_days: int, memo: Memo | None = None) -> int:
    """How many days apart two dated texts were filed, where that is more than ``window_days`` and the later
    names no day of the earlier's news: none within ``window_days`` of a day the earlier names, nor in the
    ``window_days`` up to the earlier's filing; else 0 (either undated: 0). A follow-up of an event names its day
    ("the robbery on 12 April", "since Sunday's raid"; a strike's suspension names the day the announcement
    named); a report filed a week or a month later that names only days after the earlier was filed tells a later
    event of the same actors (the force's next robbery on "Saturday 18 April", the minister's next announcement).
    BASIL's 300 same-event pairs were all filed within 4 days of each other, its cross-event pairs 5 or more.
    ``memo`` (an engine's) keeps each text's days."""
    day_a, day_b = published_day(a.article.published), published_day(b.article.published)
    if day_a is None or day_b is None or published_days_apart(a, b) <= window_days:
        return 0
    (earlier, first), (later, last) = sorted(((a, day_a), (b, day_b)), key=lambda side: side[1])
    named_first = remembered(memo, ("named dates", earlier), lambda: _named_dates(earlier, first, memo))
    about = {day.toordinal() for day in named_first}
    for day in remembered(memo, ("named dates", later), lambda: _named_dates(later, last, memo)) - {last}:
        if 0 <= first.toordinal() - day.toordinal() <= window_days \
                or any(abs(day.toordinal() - other) <= window_days for other in about):
            return 0
    return last.toordinal() - first.toordinal()


def lead_dated_after_filing(a: Segmented, b: Segmented, window_days: int, memo: Memo | None = None) -> int:
    """How many days after the earlier of two dated texts was filed the later's lead dates its event, where the two
    were filed within ``window_days`` of each other (further apart is ``filed_days_apart``'s), the later's lead
    names only days after that filing day and none a night or a "yesterday" may put a day off, and the later names
    no day in the ``window_days`` up to the earlier's filing; else 0. The earlier cannot report what happened after
    it was filed: a signing and the debut match the next day, a hearing and the next one. Another outlet's report
    of one event names the event's day, on or before the earliest report, a follow-up names the day it follows up
    ("since Sunday's crash"), and a preview's lead names the day it looks ahead to (BASIL: the Lerner hearing).
    Undated texts: 0."""
    day_a, day_b = published_day(a.article.published), published_day(b.article.published)
    if day_a is None or day_b is None or day_a == day_b or published_days_apart(a, b) > window_days:
        return 0
    (earlier, first), (later, last) = sorted(((a, day_a), (b, day_b)), key=lambda side: side[1])
    told = lead_event_days(later, memo)
    if not told.dates or told.nights or told.mornings or told.relative \
            or any(day <= first or day > last for day in told.dates):
        return 0
    # The earlier's lead looking ahead to that day ("will invoke the Fifth Amendment at a hearing on Wednesday")
    # is about that occasion: a preview and its report are one story.
    ahead = lead_event_days(earlier, memo)
    if told.weekdays & (ahead.weekdays | ahead.said_weekdays) or told.month_days & ahead.month_days:
        return 0
    # ... and so is one whose lead looks ahead with no weekday ("are expected to march through Hexley this weekend"):
    # a preview of the occasion the later reports (reviewB i1).
    if _LOOKS_AHEAD.search(_lead_of(earlier)):
        return 0
    named = remembered(memo, ("named dates", later), lambda: _named_dates(later, last, memo))
    if any(0 <= first.toordinal() - day.toordinal() <= window_days for day in named):
        return 0
    return min(told.dates).toordinal() - first.toordinal()


# A lead looking ahead to its occasion: a coming day or week, or a future or expected action.
_LOOKS_AHEAD = re.compile(r"\b(?:this\s+weekend|next\s+(?:week|weekend|month)|later\s+(?:today|this\s+week)"
                          r"|(?:is|are)\s+expected\s+to|will)\b", re.IGNORECASE)


def published_days_apart(a: Segmented, b: Segmented) -> int:
    """Whole days between two texts' filing days, whatever either names; 0 when either is undated."""
    day_a, day_b = published_day(a.article.published), published_day(b.article.published)
    return 0 if day_a is None or day_b is None else abs(day_a.toordinal() - day_b.toordinal())


def _named_dates(seg: Segmented, day: date, memo: Memo | None = None) -> frozenset[date]:
    """The calendar days the headline and text of ``seg`` name, read against ``day`` (its filing day)."""
    return event_days(" ".join((seg.article.title or "", *content_sentences(seg, memo))), day).dates


def _growth_tells_an_update(agreeing: int, conflicting: int, days_differ: bool | None, counts_moved: bool,
                            text: TextConfig) -> bool:
    """Whether figures that all grew on one side read as a developing story's later report: it keeps figures that
    did not move (the flood's shelters, the road it closed), at least ``TextConfig.growth_kept_min_share`` of those
    that did, its lead names the same day or says its counts moved ("has now burnt", "has risen to"), or fewer than
    ``TextConfig.figures_all_differ_min_conflicts`` things moved. Two or more tallies all other with none of these
    is as much the next event's larger (or, read the other way, smaller) counts: the next landslide on the line,
    the steelmaker's further round of cuts, the council's next vote repeating one standing figure of its own (its
    20mph limit) beside another vote, petition and cost."""
    kept = agreeing > 0 and agreeing >= text.growth_kept_min_share * conflicting
    return kept or days_differ is False or counts_moved or conflicting < text.figures_all_differ_min_conflicts


def pairs_giving_other_figures(pairs: Sequence[tuple[str, str]], text: TextConfig = TEXT_DEFAULT) -> int:
    """How many aligned sentence pairs (their texts) give other figures of a thing both sentences give figures of
    (``figures.compare_figures``, read on the two sentences alone): in a recurring report written from the last one
    most sentences do (the rate, the jobs, the young, the claimants), in one report written again one or two of
    many (a market's level read at another hour)."""
    return sum(1 for n in other_figures_by_pair(pairs, text) if n)


def other_figures_by_pair(pairs: Sequence[tuple[str, str]], text: TextConfig = TEXT_DEFAULT) -> list[int]:
    """For each aligned sentence pair (their texts), how many things its two sentences give other figures of
    (``figures.compare_figures``, read on the two sentences alone): a recurring report's lead stacks its period's
    figures (the rate, the jobs, the claimants) in one sentence, a sentence reworded gives a market's move at another
    hour (its points, its percent)."""
    return [compare_figures(with_periods(figures(x, text)), with_periods(figures(y, text)), text).conflicting
            for x, y in pairs]
