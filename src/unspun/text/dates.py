"""The one date and time parser: publication dates in metadata, and time expressions in running text.

In text it reads what the words say, without resolving it to a calendar day: weekdays ("on Tuesday"),
months with or without a day and year ("in March", "19 December", "December 19, 2023", "2023-12-19"), years,
days and periods relative to the text's own date ("yesterday", "last week", "this month") and clock times
("10:30", "3pm", "3 p.m.", "11:14 pm", "noon"). Each mention carries a comparable value, so two texts'
mentions can be compared. ``calendar_date`` turns the first full date of a text (and the clock time written
right after it) into ISO 8601, for date lines and datelines of captured pages.
"""

from __future__ import annotations

import calendar
import contextlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal, Protocol, TypeVar

from unspun.text.numbers import NUMBER_WORDS, day_of_month, number_value
from unspun.text.tokens import Token, word_tokens
from unspun.text.wordlists import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    RELATIVE_DAYS,
    RELATIVE_MODIFIERS,
    TIME_UNITS,
    WEEKDAY_ORDER,
    WEEKDAYS,
)


class _HasLast(Protocol):
    @property
    def last(self) -> int: ...


_Spanned = TypeVar("_Spanned", bound=_HasLast)
_CLOCK = re.compile(r"^(\d{1,2})(?:[:.](\d\d))?(am|pm)$")
_CLOCK_WORDS = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}
_FULL_DATE = re.compile(r"^(\d{1,2}) ([a-z]{3}) (\d{4})$")  # the value of a mention with day, month and year
_ISO_TIME_MARK = re.compile(r"(?<=\d)T(?=\d\d:)")  # "2023-08-30T23:14": the T glues day and hour into one token
_BETWEEN_DATE_AND_TIME = re.compile(r"^(?:T|[\s,]*(?:[–—-]\s*)?(?:at\s*)?)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A date or time expression: a comparable value ("19 dec", "tuesday", "last week", "15:30"), its token
    index range (inclusive) and its character span in the text the tokens index."""

    kind: Literal["date", "time"]
    value: str
    first: int
    last: int
    start: int
    end: int


def parse_published(value: str | None) -> datetime | None:
    """A publication date from metadata (ISO 8601, "Z" for UTC, or a leading "YYYY-MM-DD"), as naive
    date-time; None when absent or unreadable."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        pass
    try:
        day = date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
    return datetime(day.year, day.month, day.day)


def published_instant(value: str | None) -> datetime | None:
    """A publication moment for ordering two texts: ``parse_published``, in UTC where an offset is given
    ("09:00+01:00" comes before "08:30Z"; ``parse_published`` keeps the writer's wall clock, whose day the text's
    "yesterday" counts from)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return parse_published(value)  # a leading "YYYY-MM-DD" with more after it, or nothing readable
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo is not None else moment


# The clock zones a page's metadata names in words, as UTC offsets: an HTTP date's "GMT" (RFC 1123), and the
# zones whose names ``_MONTH_FIRST_ZONE`` and ``_DAY_FIRST_ZONE`` know.
_ZONE_OFFSETS = {"GMT": "+00:00", "UTC": "+00:00", "Z": "+00:00", "BST": "+01:00", "WET": "+00:00",
                 "WEST": "+01:00", "CET": "+01:00", "CEST": "+02:00", "EET": "+02:00", "EEST": "+03:00",
                 "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00",
                 "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00"}
# A zone's name, or the "Z" right after a time's figures ("16:05:00.123Z").
_ZONE_WORD = re.compile(r"(?:(?<![\w+-])(" + "|".join(_ZONE_OFFSETS) + r")|(?<=\d)(Z))$")
_ZONE_NAMED_OFFSET = re.compile(r"(?<![\w+-])(?:GMT|UTC)\s?([+-])(\d{1,2})(?::?(\d\d))?$")  # "GMT+1", "UTC+01:00"
_ZONE_FIGURES = re.compile(r"(?<=\d)\s?([+-])(\d{2}):?(\d{2})$")


def metadata_stamp(value: str | None, page: str = "") -> str | None:
    """A date-time a page's metadata gives (its modified time) as ISO 8601: an ISO stamp as written; else the full
    date ``calendar_date`` reads in it ("Dec 6, 2026 4:05 PM"; "06/12/2026 16:05", the reading ``page`` settles; an
    HTTP Last-Modified's "Sun, 06 Dec 2026 16:05:00 GMT"), with the seconds and the zone written after its clock
    ("GMT", "CET", "+0100") as a UTC offset. None when it names no full date."""
    value = (value or "").strip()
    if not value:
        return None
    with contextlib.suppress(ValueError):
        datetime.fromisoformat(value.replace("Z", "+00:00"))
        return value
    found = calendar_date(value, page)
    if found is None or day_only(found):
        return found
    return found + _zone_offset(value)


def _zone_offset(value: str) -> str:
    """The UTC offset a stamp ends with, in words ("GMT"), figures ("+0100") or both ("GMT+1", "UTC+01:00"); ""
    where it gives none."""
    if named := _ZONE_NAMED_OFFSET.search(value):
        return f"{named.group(1)}{int(named.group(2)):02d}:{named.group(3) or '00'}"
    if word := _ZONE_WORD.search(value):
        return _ZONE_OFFSETS[word.group(1) or word.group(2)]
    if figures := _ZONE_FIGURES.search(value):
        return f"{figures.group(1)}{figures.group(2)}:{figures.group(3)}"
    return ""


def version_instant(published: str | None, modified: str | None, min_minutes: float = 0.0) -> datetime | None:
    """When this version of a page was made, for ordering one article's versions: its ``modified`` time
    (``published_instant``), unless it gives none or one less than ``min_minutes`` after its ``published`` time (a
    stale field, or a CMS saving the page seconds after publishing it, orders nothing), else its published time."""
    first, changed = published_instant(published), published_instant(modified)
    if first is None or changed is None or changed - first < timedelta(minutes=min_minutes):
        return first
    return changed


def version_a_first(a: tuple[str | None, str | None], b: tuple[str | None, str | None],
                    min_minutes: float = 0.0) -> bool | None:
    """Of two versions of one article, each its (published, modified) stamps, whether A was made first by their
    ``version_instant``s; None where they do not say: either has no time, or they are under ``min_minutes`` apart
    (seconds between two saves of one story order nothing). The judge's modified clue and a store's version order
    read versions alike."""
    first, second = version_instant(*a, min_minutes), version_instant(*b, min_minutes)
    if first is None or second is None or first == second or abs(first - second) < timedelta(minutes=min_minutes):
        return None
    return first < second


def day_only(stamp: str | None) -> bool:
    """Whether a date stamp gives its day alone ("2023-08-30"), no hour: such a day is not before a time on it."""
    return stamp is not None and len(stamp.strip()) <= len("YYYY-MM-DD")


def published_day(text: str | None) -> date | None:
    """The day of a publication date as its writer's calendar gives it (what the stories' window counts, the pages'
    timelines show, and a text's "yesterday" is read against)."""
    published = parse_published(text)
    return published.date() if published else None


def calendar_date(text: str, page: str = "") -> str | None:
    """The first full date of ``text`` (day, month and year: "30 August 2023", "Aug 30, 2023", "2023-08-30", or in
    figures "30/08/2023": ``numeric_dates``) as ISO 8601, with the clock time written right after it
    ("2023-08-30T23:14" for "30 August 2023, 23:14" or "Aug 30, 2023 at 11:14 pm"); None when the text names no
    full date. A date in figures either way round ("06/12/2026") is the reading ``page`` (the rest of the page:
    its text, its metadata's date) or a clock zone after it agrees with (``_settled_day``); None when none does."""
    mentions = time_expressions(text)
    in_figures = next(iter(numeric_dates(text)), None)
    for k, mention in enumerate(mentions):
        if in_figures is not None and in_figures[0] < mention.start:
            break
        found = _FULL_DATE.match(mention.value) if mention.kind == "date" else None
        if found is None:
            continue
        day, month, year = int(found.group(1)), MONTH_ABBREVIATIONS.index(found.group(2)) + 1, found.group(3)
        return _with_clock(f"{year}-{month:02d}-{day:02d}", text, mention.end, mentions[k + 1 :])
    if in_figures is None:
        return None
    end, days = in_figures[1], in_figures[2]
    settled = _settled_day(days, text[end:], page)
    return _with_clock(settled, text, end, [m for m in mentions if m.start >= end]) if settled else None


def names_calendar_date(text: str) -> bool:
    """Whether ``text`` names a full date, in words or in figures, settled or not ("01/12/2026 04:15 PM": a date
    line even where ``calendar_date`` cannot tell 1 December from 12 January)."""
    return bool(numeric_dates(text)) or any(
        m.kind == "date" and _FULL_DATE.match(m.value) for m in time_expressions(text))


# Clock zones a date in figures is written beside: North America's put the month first ("01/12/2026 04:15 PM EST"
# is 12 January), Europe's the day ("06/12/2026 14:05 CET" is 6 December).
_MONTH_FIRST_ZONE = re.compile(r"^[\s,|–—-]*(?:at\s+)?[\d:.\s]*(?:(?i:[ap]\.?m\.?)\s*)?(?:E|C|M|P|AK|H)[SD]?T\b")
_DAY_FIRST_ZONE = re.compile(r"^[\s,|–—-]*(?:at\s+)?[\d:.\s]*(?:(?i:[ap]\.?m\.?)\s*)?(?:BST|CES?T|EES?T|WES?T)\b")
# How near a date elsewhere on the page must be to a reading of a date in figures to agree with it: a page's date
# line and the day its text names, or its metadata's, are the same day or a few apart.
_AGREEING_DAYS = 7


def _settled_day(days: Sequence[str], after: str, page: str) -> str | None:
    """Of the ISO ``days`` a date in figures may be (``numeric_dates``), the one it is: the only one; the month-first
    or day-first reading a clock zone right ``after`` it says (``_MONTH_FIRST_ZONE``, ``_DAY_FIRST_ZONE``, which
    must be capitals); else the only reading within ``_AGREEING_DAYS`` of a full date ``page`` names. None when
    nothing tells them apart: a guess turns a US date line into another month."""
    if len(days) == 1:
        return days[0]
    day_first, month_first = days
    if _MONTH_FIRST_ZONE.match(after):
        return month_first
    if _DAY_FIRST_ZONE.match(after):
        return day_first
    named = _page_days(page)
    agreeing = [day for day in days
                if any(abs((date.fromisoformat(day) - other).days) <= _AGREEING_DAYS for other in named)]
    return agreeing[0] if len(agreeing) == 1 else None


def _page_days(page: str) -> list[date]:
    """The days ``page`` names in full: in words ("6 December 2026", "2026-12-06") or in figures one way only."""
    named = []
    for mention in time_expressions(page) if page else ():
        if mention.kind == "date" and (found := _FULL_DATE.match(mention.value)):
            month = MONTH_ABBREVIATIONS.index(found.group(2)) + 1
            with contextlib.suppress(ValueError):
                named.append(date(int(found.group(3)), month, int(found.group(1))))
    named += [date.fromisoformat(days[0]) for *_, days in numeric_dates(page) if len(days) == 1]
    return named


def _with_clock(iso: str, text: str, end: int, later: Sequence[TimeMention]) -> str:
    """``iso`` with the clock time of the mention right after ``end`` (the date's end), when that is one."""
    after = later[0] if later else None
    if after is not None and after.kind == "time" and _BETWEEN_DATE_AND_TIME.match(text[end : after.start]):
        seconds = _CLOCK_SECONDS.match(text[after.start : after.end])
        return f"{iso}T{after.value}" + (f":{seconds.group(1)}" if seconds else "")
    return iso


# A date in figures, day and month either way round before a four-digit year: "06/12/2026", "6.12.2026",
# "12/25/2026" (not a fraction, a score or a version: the year is four digits, the marks one kind).
_NUMERIC_DATE = re.compile(r"(?<![\w/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\w/]|\.\d)")
# A word that makes the dotted figures after it a version, not a date: "Version 2.1.2026", "Firmware 10.3.2024".
_VERSION_BEFORE = re.compile(
    r"\b(?:version|versions|ver|firmware|software|release|build|patch|driver|kernel|ios|android|edition)\W{0,3}$",
    re.IGNORECASE)


def numeric_dates(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """The dates ``text`` writes in figures, each as (start, end, the ISO days it may be): day first then month first
    when both are days ("06/12/2026": 6 December or 12 June; ``_settled_day`` tells which), one reading where the
    other is none ("12/25/2026", "13/12/2026"). A year outside 1800–2100, or dotted figures after a version word
    ("Version 2.1.2026 released"), is no date."""
    found = []
    for match in _NUMERIC_DATE.finditer(text):
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if not 1800 <= year <= 2100:
            continue
        if match.group(2) == "." and _VERSION_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue
        days = tuple(dict.fromkeys(f"{year}-{month:02d}-{day:02d}" for day, month in ((first, second), (second, first))
                                   if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]))
        if days:
            found.append((match.start(), match.end(), days))
    return found


_DAY_MONTH = re.compile(r"^(\d{1,2}) ([a-z]{3})\b")


def month_day(value: str) -> tuple[int, int] | None:
    """(month, day) of a ``TimeMention`` value naming a calendar day ("20 mar", "20 mar 2025"); None for a
    month alone, a weekday, a relative day or a day the month does not have ("31 apr"; 29 Feb is a day)."""
    found = _DAY_MONTH.match(value)
    if found is None or found.group(2) not in MONTH_ABBREVIATIONS:
        return None
    month, day = MONTH_ABBREVIATIONS.index(found.group(2)) + 1, int(found.group(1))
    # A typo's "31 April" or "30 Feb" names no day: no filing day rather than a date nobody can count from.
    return (month, day) if 1 <= day <= calendar.monthrange(2000, month)[1] else None


def days_apart_in_year(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two (month, day) pairs of unknown years, the short way round the calendar (31 Dec and
    2 Jan: 2 days)."""
    gap = abs(date(2000, *a).toordinal() - date(2000, *b).toordinal())  # 2000: a leap year holds 29 Feb
    return min(gap, 366 - gap)


# A time of day as a report gives it ("at 3pm", "by 10.30", "at midday", "later in the evening", "overnight"): wider
# than ``time_expressions``' clock times (it reads "this morning" as the day, "10.30" alone and "lunchtime" not at all),
# since an appended sentence's time of day, whatever its form, marks a later development (``judge._appended_news``).
_TIME_OF_DAY = re.compile(
    r"\b(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}\b|midday|noon|midnight"
    r"|(?:by|this|mid-?|early|late|later\s+(?:on|in\s+the)|in\s+the|on\s+\w+)\s*(?:morning|afternoon|evening|night)"
    r"|tonight|overnight|lunchtime)", re.IGNORECASE)


def times_of_day(sentence: str) -> list[str]:
    """The times of day ``sentence`` gives (``_TIME_OF_DAY``), each as written, in lower case, left to right."""
    return [time for _, time in times_of_day_at(sentence)]


def times_of_day_at(sentence: str) -> list[tuple[int, str]]:
    """Where each of ``times_of_day`` starts in ``sentence``, with the time."""
    return [(m.start(), m.group(0).lower()) for m in _TIME_OF_DAY.finditer(sentence)]


_CLOCK_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$")
_NAMED_CLOCK_TIMES = {"midday": "12:00", "noon": "12:00", "midnight": "00:00"}


def clock_time(time: str) -> str | None:
    """"HH:MM" of a ``times_of_day`` time that is a clock time ("11.15am", "16:45", "noon"); None for a part of
    the day ("this evening", "overnight"), which names no minute to set against a stamp."""
    if time in _NAMED_CLOCK_TIMES:
        return _NAMED_CLOCK_TIMES[time]
    found = _CLOCK_TIME.match(time)
    if not found or (not found.group(2) and not found.group(3)):
        return None
    suffix = found.group(3).replace(".", "") if found.group(3) else None
    value = clock_value(found.group(1), found.group(2), suffix)
    return value if value < "24:" and value[3:] < "60" else None


def time_expressions(text: str) -> list[TimeMention]:
    """Every date and time expression of ``text`` (spans index ``text``)."""
    text = _ISO_TIME_MARK.sub(" ", text)  # same length: the spans still index the caller's text
    return time_mentions(text, word_tokens(text))


def time_mentions(text: str, tokens: Sequence[Token]) -> list[TimeMention]:
    """The date and time expressions among ``tokens``, left to right, not overlapping (token offsets index
    ``text``)."""
    return non_overlapping(mention_starts(tokens), lambda k: _read_mention(text, tokens, k))


def mention_starts(tokens: Sequence[Token]) -> list[int]:
    """The tokens a ``mention_at`` expression may start at (``_may_start_mention``), in order."""
    return [k for k, token in enumerate(tokens) if _may_start_mention(token.norm)]


def non_overlapping(starts: Iterable[int], found_at: Callable[[int], _Spanned | None]) -> list[_Spanned]:
    """What ``found_at`` finds starting at each token of ``starts`` (ascending), each search resuming after the last
    token of the previous find (``.last``). ``starts`` must hold every token ``found_at`` may find something at
    (``range(len(tokens))`` holds them all): asking only there finds what asking at every token finds."""
    found = []
    after = 0
    for k in starts:
        if k < after:
            continue
        item = found_at(k)
        if item is not None:
            found.append(item)
            after = item.last + 1
    return found


def mention_at(text: str, tokens: Sequence[Token], k: int) -> TimeMention | None:
    """The date or time expression starting at token ``k``, if one does."""
    return _read_mention(text, tokens, k) if _may_start_mention(tokens[k].norm) else None


def _read_mention(text: str, tokens: Sequence[Token], k: int) -> TimeMention | None:
    """``mention_at`` asked of each reader in turn."""
    return (
        _relative(tokens, k)
        or _weekday(tokens, k)
        or _iso_date(text, tokens, k)
        or _month_first(tokens, k)
        or _day_first(tokens, k)
        or _clock(text, tokens, k)
        or _year(tokens, k)
    )


def _may_start_mention(norm: str) -> bool:
    """Whether a token of this normal form can start any of ``mention_at``'s expressions: each begins with digits,
    a number word or one of the words it names (``_MENTION_WORDS``). Most tokens are neither, and asking the
    seven readers of each token of every sentence was most of what reading a text's dates and figures cost."""
    return norm[:1].isdigit() or norm in _MENTION_WORDS or "-" in norm  # "twenty-five": a number word


# Every word a ``mention_at`` reader looks for in the token it starts at: relative days and their modifiers,
# weekdays, months, clock words and the number words a day of the month may be written in.
_MENTION_WORDS = RELATIVE_DAYS | RELATIVE_MODIFIERS | WEEKDAYS | MONTHS | frozenset(_CLOCK_WORDS) | NUMBER_WORDS


def _mention(kind: Literal["date", "time"], value: str, tokens: Sequence[Token], first: int, last: int) -> TimeMention:
    return TimeMention(kind, value, first, last, tokens[first].start, tokens[last].end)


def _relative(tokens: Sequence[Token], k: int) -> TimeMention | None:
    word = tokens[k].norm
    if word in RELATIVE_DAYS:
        return _mention("date", word, tokens, k, k)
    if word in RELATIVE_MODIFIERS and k + 1 < len(tokens):
        unit = tokens[k + 1].norm
        if unit in TIME_UNITS or unit in WEEKDAYS:
            return _mention("date", f"{word} {unit}", tokens, k, k + 1)
    return None


def _weekday(tokens: Sequence[Token], k: int) -> TimeMention | None:
    word = tokens[k].norm
    return _mention("date", word, tokens, k, k) if word in WEEKDAYS else None


def _is_month(token: Token) -> bool:
    # "may" and "march" are also verbs: a month is capitalised, and three letters at least.
    return token.norm in MONTHS and token.text[0].isupper() and len(token.norm) > 2


def _month_first(tokens: Sequence[Token], k: int) -> TimeMention | None:
    """"March", "December 19", "December 19, 2023", "March 2022"."""
    if not _is_month(tokens[k]):
        return None
    month, last, value = tokens[k].norm[:3], k, tokens[k].norm[:3]
    day = day_of_month(tokens[k + 1].norm) if k + 1 < len(tokens) else None
    if day is not None and not _is_year(tokens, k + 1):
        last, value = k + 1, f"{day} {month}"
    if last + 1 < len(tokens) and _is_year(tokens, last + 1):
        last, value = last + 1, f"{value} {tokens[last + 1].text}"
    return _mention("date", value, tokens, k, last)


def _day_first(tokens: Sequence[Token], k: int) -> TimeMention | None:
    """"19 December", "19th December 2023"."""
    day = day_of_month(tokens[k].norm)
    if day is None or k + 1 >= len(tokens) or not _is_month(tokens[k + 1]):
        return None
    last, value = k + 1, f"{day} {tokens[k + 1].norm[:3]}"
    if last + 1 < len(tokens) and _is_year(tokens, last + 1):
        last, value = last + 1, f"{value} {tokens[last + 1].text}"
    return _mention("date", value, tokens, k, last)


def _iso_date(text: str, tokens: Sequence[Token], k: int) -> TimeMention | None:
    """"2023-12-19" (year, month and day joined by hyphens)."""
    if k + 2 >= len(tokens) or not _is_year(tokens, k):
        return None
    month, day = tokens[k + 1].text, tokens[k + 2].text
    gaps = (text[tokens[k].end : tokens[k + 1].start], text[tokens[k + 1].end : tokens[k + 2].start])
    if gaps != ("-", "-") or len(month) != 2 or len(day) != 2 or not (month + day).isdigit():
        return None
    if not 1 <= int(month) <= 12 or not 1 <= int(day) <= 31:
        return None
    return _mention("date", f"{int(day)} {MONTH_ABBREVIATIONS[int(month) - 1]} {tokens[k].text}", tokens, k, k + 2)


def _is_year(tokens: Sequence[Token], k: int) -> bool:
    raw = tokens[k].text
    return raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100


def _year(tokens: Sequence[Token], k: int) -> TimeMention | None:
    if not _is_year(tokens, k):
        return None
    if k + 1 < len(tokens) and tokens[k + 1].norm in ("people", "troops", "jobs", "million", "billion"):
        return None  # "2000 people": an amount
    return _mention("date", tokens[k].text, tokens, k, k)


def _clock(text: str, tokens: Sequence[Token], k: int) -> TimeMention | None:
    """"3pm", "10.30am", "10:30", "3 p.m.", "noon"."""
    word = tokens[k].norm
    if word in _CLOCK_WORDS:
        return _mention("time", _CLOCK_WORDS[word], tokens, k, k)
    m = _CLOCK.match(word)
    if m:
        return _mention("time", clock_value(m.group(1), m.group(2), m.group(3)), tokens, k, k)
    hour = number_value(word)
    if hour is None or not word.isdigit() or not 0 <= hour <= 24 or k + 1 >= len(tokens):
        return None
    nxt = tokens[k + 1]
    gap = text[tokens[k].end : nxt.start]
    if gap in (":", ".") and nxt.norm[:2].isdigit() and len(nxt.norm) in (2, 4):
        # "3:20:00 PM": the seconds come between the minutes and the half of the day, which must not be lost
        figures = k + 2 if gap == ":" and len(nxt.norm) == 2 and _seconds_at(text, tokens, k + 2) else k + 1
        half = tokens[figures].norm[2:4]
        suffix = half if half in ("am", "pm") else None
        if suffix is None:  # "11:14 pm", "11:14 p.m."
            suffix, last = _meridiem(text, tokens, figures + 1)
            return _mention("time", clock_value(word, nxt.norm[:2], suffix), tokens, k, last or figures)
        return _mention("time", clock_value(word, nxt.norm[:2], suffix), tokens, k, figures)
    suffix, last = _meridiem(text, tokens, k + 1)
    return _mention("time", clock_value(word, None, suffix), tokens, k, last) if suffix and last else None


# The seconds of a clock time, as their token reads: "00", "30pm", "00.123z" (a fraction and a UTC mark after it).
_SECONDS = re.compile(r"^\d\d(?:am|pm|\.\d+z?)?$")
# The seconds of a clock mention as written ("16:05:30", "3:20:00 PM"), which its "HH:MM" value leaves out.
_CLOCK_SECONDS = re.compile(r"^\d{1,2}:\d\d:(\d\d)")


def _seconds_at(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` gives the seconds of the clock time whose minutes end right before it (after a ":")."""
    return k < len(tokens) and text[tokens[k - 1].end : tokens[k].start] == ":" \
        and _SECONDS.match(tokens[k].norm) is not None


def _meridiem(text: str, tokens: Sequence[Token], k: int) -> tuple[str | None, int | None]:
    """"am"/"pm" and the last token of " am", " pm", " a.m.", " p.m." starting at token ``k`` (after a space)."""
    if k >= len(tokens) or text[tokens[k - 1].end : tokens[k].start] != " ":
        return None, None
    word = tokens[k].norm
    if word in ("am", "pm"):
        return word, k
    if word in ("a", "p") and k + 1 < len(tokens) and tokens[k + 1].norm == "m":
        return word + "m", k + 1
    return None, None


def clock_value(hour: str, minute: str | None, suffix: str | None) -> str:
    """"HH:MM" of a clock time as written: its hour, minute (None: "00") and "am"/"pm" (None: a 24-hour clock)."""
    h = int(hour) % 12 + (12 if suffix == "pm" else 0) if suffix else int(hour)
    return f"{h:02d}:{minute or '00'}"


@dataclass(frozen=True, slots=True)
class EventDays:
    """The days a passage (a report's lead) names for its event, at three levels of detail: calendar days (a
    full date, or a day read against the text's own date: "yesterday", "next Monday", "3 March" in a report of
    2024), days of the year without a year ("2 December"), and weekdays (0 Monday … 6 Sunday). Each level
    holds what the finer ones imply: a calendar day gives its day of the year and its weekday."""

    dates: frozenset[date] = frozenset()
    month_days: frozenset[tuple[int, int]] = frozenset()
    weekdays: frozenset[int] = frozenset()
    # Weekdays that may stand for the next or the one before (``days_disagree``): a weekday's night or evening
    # ("on Sunday night", "late on Sunday") runs into the next day's early hours; "early on Monday", "in the early
    # hours of Monday" may be the night before; a day read from "yesterday" or "last night" against the report's
    # own date is a day off when the report was filed after midnight.
    nights: frozenset[int] = frozenset()
    mornings: frozenset[int] = frozenset()
    relative: frozenset[int] = frozenset()
    # "today", "yesterday" with no date to read them against: the report's own day, unknown, stands beside the
    # weekdays it names ("will be closed on Thursday and Friday, the council said today", written on Wednesday)
    unread_relative: bool = False
    # The days a statement in the passage was given on ("… said on Thursday that …"): no day of its event (a later
    # report quotes the agency again on a later day), but a day the other report dates its event to, named here as
    # the day of saying, is no other day (a claim made on Thursday and another outlet's Thursday checking it)
    said: frozenset[date] = frozenset()
    said_weekdays: frozenset[int] = frozenset()


_DAY_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1, "this morning": 0,
                "this afternoon": 0, "this evening": 0}


# Any of ``_DAY_OFFSETS``'s expressions in a text: a test far cheaper than reading its time expressions, which most
# sentences of a comparison never need (``copy_marks``'s "yesterday" for "today").
_NAMES_RELATIVE_DAY = re.compile(
    r"\b(?:yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)


def names_relative_day(text: str) -> bool:
    """Whether ``text`` may name a day relative to its text's own date (``relative_day_offset``)."""
    return _NAMES_RELATIVE_DAY.search(text) is not None


def relative_day_offset(expression: str) -> int | None:
    """How many days from its text's own date a relative day expression ("yesterday": -1, "this morning": 0) names,
    or None for any other expression."""
    return _DAY_OFFSETS.get(expression)


def may_name_one_day(a: str, a_published: str | None, b: str, b_published: str | None, a_before: str = "",
                     b_before: str = "") -> bool:
    """Whether two day expressions, one of them read against its text's own date ("today", "yesterday", "on
    Tuesday", "last week"), may name the same day: read against each text's publication date they do (a week
    holding the other's day counts), or one of them cannot be read (no date given). A paper printed the morning after
    the agency's copy writes "a jury heard yesterday" for its "a jury heard today", and a copy dated Wednesday 4
    March writes "on 3 March" for "on Tuesday": no date changed. Undated, two relative days may be one only a day
    apart, and a weekday, a week or a day of the year compare as written. False for two expressions neither of them
    relative (those compare as written) and for relative ones that name other days."""
    values = [m.value for m in time_expressions(a) if m.kind == "date"], \
        [m.value for m in time_expressions(b) if m.kind == "date"]
    if len(values[0]) != 1 or len(values[1]) != 1 or not (_read_against_date(values[0][0])
                                                          or _read_against_date(values[1][0])):
        return False
    days_a = _readings(values[0][0], published_day(a_published), a_before + " " + a)
    days_b = _readings(values[1][0], published_day(b_published), b_before + " " + b)
    if days_a and days_b:
        return any(x[0] <= y[1] and y[0] <= x[1] for x in days_a for y in days_b)
    if values[0][0] in _DAY_OFFSETS and values[1][0] in _DAY_OFFSETS:
        # undated: a day apart is the next morning's paper; "tomorrow" for "yesterday" is no such shift
        return abs(_DAY_OFFSETS[values[0][0]] - _DAY_OFFSETS[values[1][0]]) <= 1
    return values[0][0] in _DAY_OFFSETS or values[1][0] in _DAY_OFFSETS


def _readings(value: str, reference: date | None, words: str) -> list[tuple[date, date]]:
    """The spans of days a ``TimeMention`` value may name (``_calendar_days``), a bare weekday read by the tense of
    ``words`` (the sentence up to it): the last such day in the past, the next in the future ("will vote on
    Tuesday", "is due to open on Monday"), either when the tense cannot be read."""
    days = _calendar_days(value, reference)
    if days is None or reference is None or value not in WEEKDAY_ORDER:
        return [] if days is None else [days]
    ahead = date.fromordinal(reference.toordinal() + (WEEKDAY_ORDER.index(value) - reference.weekday()) % 7)
    if _FUTURE_TENSE.search(words):
        return [(ahead, ahead)]
    if _PAST_TENSE.search(words):
        return [days]
    return [days, (ahead, ahead)]


# Words that put a sentence in the future ("will vote", "is to open", "are due to", "is expected to", "next") or in
# the past ("was arrested", "voted", "had").
_FUTURE_TENSE = re.compile(r"(?:\b(?:will|shall|won't|next)\b|'ll\b|\b(?:is|are|am)\s+(?:(?:due|expected|set|scheduled|"
                           r"going|likely|planning)\s+)?to\b)", re.IGNORECASE)
_PAST_TENSE = re.compile(r"\b(?:was|were|had|did|\w+ed)\b", re.IGNORECASE)
_FUTURE_OR_WOULD = re.compile(rf"{_FUTURE_TENSE.pattern}|\bwould\b", re.IGNORECASE)


def before_future(text: str) -> str:
    """``text`` up to its first word of the future tense ("will", "is due to", "next"; "would", the future told in
    the past): the part of a sentence that tells what happened ("Councillors met on Tuesday and will meet again on
    Thursday": "Councillors met on Tuesday and")."""
    found = _FUTURE_OR_WOULD.search(text)
    return text if found is None else text[:found.start()]


# A verb in the past perfect: "had" (+ "been") and a verb's form, regular or not ("had warned", "had broken down",
# "had said", "had been called"); not "had to" nor "had" before its object ("had a meeting", "had their say").
_PAST_PERFECT = re.compile(r"\bhad\s+(?:not\s+|already\s+|[a-z]+ly\s+)?(?:been\s+)?"
                           r"(?!(?:to|a|an|the|no|some|its|their|his|her|our|my|your|this|that|these|those)\b)[a-z]+\b",
                           re.IGNORECASE)
# Where a sentence's clauses part: after a semicolon, before a conjunction or a relative pronoun. Not at every
# comma: "On Monday, the GMB union had warned ..." is one clause, its day the past perfect's (reviewB, session 45).
_CLAUSE_BREAK = re.compile(r"(?<=;)\s+|,?\s+(?=(?:and|but|after|before|when|while|because|although|who|which)\b)")
# A clause whose day is an announcement's ("The GMB union announced the action on Monday", "the council said on
# Tuesday"): the day something was said of the event, not the event's, as attribution days elsewhere. Not "called
# to" / "called out" (crews called to a fire: its day).
_SAID_ON = re.compile(r"\b(?:announc(?:ed|es)|sa(?:id|ys)|warn(?:ed|s)|confirm(?:ed|s)|call(?:ed|s)(?! (?:to|out)\b)"
                      r"|gave notice)\b(?:\s+[\w'-]+){0,6}?\s+on\s+(?:" + "|".join(WEEKDAY_ORDER) + r")\b",
                      re.IGNORECASE)


def told_as_news(text: str) -> str:
    """The clauses of ``text`` that tell its news: up to its first word of the future tense (``before_future``),
    without a clause in the past perfect, the news's background ("On Monday, the GMB union had warned that talks had
    broken down": the strike's eve, not its day), nor one dating what was said of it (``_SAID_ON``)."""
    return " ".join(clause for clause in _CLAUSE_BREAK.split(before_future(text))
                    if not _PAST_PERFECT.search(clause) and not _SAID_ON.search(clause))


def _read_against_date(value: str) -> bool:
    """Whether a date ``TimeMention`` value names its day only from its text's own date: a relative day, a bare
    weekday ("on Tuesday": the last one on or before it, as news writes), "last"/"next" weekday, "last week"."""
    modifier, _, weekday = value.partition(" ")
    return (value in _DAY_OFFSETS or value in WEEKDAY_ORDER or value in _WEEKS
            or (modifier in ("last", "next", "this", "coming") and weekday in WEEKDAY_ORDER))


# The weeks a report names by its own date, as an offset in weeks from the report's week (Monday to Sunday).
_WEEKS = {"last week": -1, "this week": 0, "next week": 1}


def _calendar_days(value: str, reference: date | None) -> tuple[date, date] | None:
    """The first and last calendar day a ``TimeMention`` value may name (``_calendar_day``; a week read against
    ``reference``: its Monday to its Sunday), or None when it cannot be read."""
    if value in _WEEKS and reference is not None:
        monday = reference.toordinal() - reference.weekday() + 7 * _WEEKS[value]
        return date.fromordinal(monday), date.fromordinal(monday + 6)
    day = _calendar_day(value, reference)
    return None if day is None else (day, day)


def event_days(text: str, reference: date | None = None) -> EventDays:
    """The days ``text`` names, read against ``reference`` (the day its report was published or filed, when
    known): without it "yesterday" names no day and "3 March" no year. Months, years and periods ("last week")
    name no day and are left out."""
    dates: set[date] = set()
    month_days: set[tuple[int, int]] = set()
    weekdays: set[int] = set()
    nights: set[int] = set()
    mornings: set[int] = set()
    relative: set[int] = set()
    unread_relative = False
    said: set[date] = set()
    said_weekdays: set[int] = set()
    for mention in time_expressions(text):
        # ("said today" too: the day it was said is the report's own)
        unread_relative |= reference is None and mention.value in _DAY_OFFSETS
        if mention.kind != "date":
            continue
        if _ATTRIBUTION_BEFORE.search(text, 0, mention.start) or _ATTRIBUTION_AFTER.match(text, mention.end):
            if (said_day := _calendar_day(mention.value, reference)) is not None:
                said.add(said_day)
            if (said_weekday := _named_weekday(mention.value, said_day)) is not None:
                said_weekdays.add(said_weekday)
            continue
        day = _calendar_day(mention.value, reference)
        if day is not None:
            dates.add(day)
            if mention.value in _DAY_OFFSETS:
                relative.add(day.weekday())
        elif (found := month_day(mention.value)) is not None:
            month_days.add(found)
        elif mention.value in WEEKDAY_ORDER:
            weekdays.add(WEEKDAY_ORDER.index(mention.value))
        if (weekday := _named_weekday(mention.value, day)) is not None:
            if _NIGHT_AFTER.match(text, mention.end) or _NIGHT_BEFORE.search(text, 0, mention.start):
                nights.add(weekday)
            if _EARLY_BEFORE.search(text, 0, mention.start):
                mornings.add(weekday)
    month_days |= {(d.month, d.day) for d in dates}
    weekdays |= {d.weekday() for d in dates}
    return EventDays(frozenset(dates), frozenset(month_days), frozenset(weekdays), frozenset(nights),
                     frozenset(mornings), frozenset(relative), unread_relative, frozenset(said),
                     frozenset(said_weekdays | {d.weekday() for d in said}))


# A weekday's night ("Sunday night", "Saturday evening", "late on Sunday", "overnight on Saturday") and its early
# hours ("early on Monday", "early Monday", "in the early hours of Monday").
_NIGHT_AFTER = re.compile(r"\s+(?:night|evening)\b", re.IGNORECASE)
_NIGHT_BEFORE = re.compile(r"\b(?:late|overnight)\s+(?:on\s+)?$", re.IGNORECASE)
_EARLY_BEFORE = re.compile(r"\bearly\s+(?:on\s+|hours\s+of\s+)?$", re.IGNORECASE)


def _named_weekday(value: str, day: date | None) -> int | None:
    """The weekday a mention names (a bare weekday, or "last night" / "tonight": the night of the day it names)."""
    if value in WEEKDAY_ORDER:
        return WEEKDAY_ORDER.index(value)
    if value in ("last night", "tonight") and day is not None:
        return day.weekday()
    return None


# "… the agency said on Friday", "told reporters on Thursday": the day a report was given, not its event's (a
# later report of one flood quotes the agency again on a later day).
_ATTRIBUTION_BEFORE = re.compile(r"\b(?:said|says|told(?: \w+){0,2}|added|confirmed)\s+(?:on\s+|late\s+on\s+)?$",
                                 re.IGNORECASE)


# "Police on Sunday confirmed that …", "the council on Monday named …": the day named between a speaker and the verb
# of saying is the day it was said, as after it (reviewB i4: a later outlet's update of a Saturday fire).
_ATTRIBUTION_AFTER = re.compile(r"\s+(?:said|says|told|added|confirmed|named)\b", re.IGNORECASE)


def _calendar_day(value: str, reference: date | None) -> date | None:
    """The calendar day a ``TimeMention`` value names: a full date, or with ``reference`` a relative day
    ("yesterday", "next monday"), a bare weekday (the last one on or before the reference) or a day of the year
    (in the year that puts it nearest the reference)."""
    found = _FULL_DATE.match(value)
    if found is not None and month_day(value) is not None:
        year, month, of_month = int(found.group(3)), MONTH_ABBREVIATIONS.index(found.group(2)) + 1, int(found.group(1))
        # month_day accepts 29 February (of a leap year); "29 Feb 2025" names no day at all
        return date(year, month, of_month) if of_month <= calendar.monthrange(year, month)[1] else None
    if reference is None:
        return None
    if value in _DAY_OFFSETS:
        return date.fromordinal(reference.toordinal() + _DAY_OFFSETS[value])
    if value in WEEKDAY_ORDER:
        # News tells what happened: a bare "on Tuesday" in a report of Friday 7 March is Tuesday 4 March (the
        # report's own day when it is one).
        return date.fromordinal(reference.toordinal() - (reference.weekday() - WEEKDAY_ORDER.index(value)) % 7)
    modifier, _, weekday = value.partition(" ")
    if modifier in ("last", "next", "this", "coming") and weekday in WEEKDAY_ORDER:
        return _weekday_from(reference, WEEKDAY_ORDER.index(weekday), modifier)
    if (day := month_day(value)) is not None and value.count(" ") == 1:
        years = [y for y in (reference.year - 1, reference.year, reference.year + 1)
                 if calendar.isleap(y) or day != (2, 29)]
        return min((date(y, *day) for y in years), key=lambda d: abs(d.toordinal() - reference.toordinal()))
    return None


def _weekday_from(reference: date, weekday: int, modifier: str) -> date:
    """The weekday "last", "next" or "this"/"coming" names from ``reference``: the one before it, the one after
    it, or the one of its own week going forward."""
    ahead = (weekday - reference.weekday()) % 7
    if modifier == "last":
        return date.fromordinal(reference.toordinal() - ((reference.weekday() - weekday) % 7 or 7))
    return date.fromordinal(reference.toordinal() + (ahead or 7 if modifier == "next" else ahead))


def days_disagree(a: EventDays, b: EventDays, tolerance_days: int) -> bool | None:
    """Whether two passages name other days, compared at the finest level both give (calendar days, else days
    of the year, else weekdays), a day from another within ``tolerance_days`` agreeing (an evening event is
    dated by its night by one report and its next morning by another, a report filed after midnight reads its
    "yesterday" a day late); None when one names none. Weekdays alone agree a day apart only where one may stand
    for the other (``_next_day``: a night and the next day, or a day read from "yesterday"). None too where one
    passage's day of saying is a day the other dates its event to (``_said_on_their_day``)."""
    disagree = _days_disagree(a, b, tolerance_days)
    return None if disagree and (_said_on_their_day(a, b) or _said_on_their_day(b, a)) else disagree


def _said_on_their_day(a: EventDays, b: EventDays) -> bool:
    """Whether ``a`` was said on a day ``b`` dates its event to (calendar days where both give them, else weekdays)."""
    if a.said and b.dates:
        return bool(a.said & b.dates)
    return bool(a.said_weekdays & b.weekdays)


def _days_disagree(a: EventDays, b: EventDays, tolerance_days: int) -> bool | None:
    if a.dates and b.dates:
        return not any(abs(x.toordinal() - y.toordinal()) <= tolerance_days for x in a.dates for y in b.dates)
    if a.month_days and b.month_days:
        return not any(days_apart_in_year(x, y) <= tolerance_days for x in a.month_days for y in b.month_days)
    if a.weekdays and b.weekdays:
        return not any(x == y or (tolerance_days >= 1 and (_next_day(a, x, b, y) or _next_day(b, y, a, x)))
                       for x in a.weekdays for y in b.weekdays)
    return None


def _next_day(a: EventDays, x: int, b: EventDays, y: int) -> bool:
    """Whether weekday ``y`` of ``b`` is the day after weekday ``x`` of ``a`` and one of them may stand for the other:
    ``x``'s night (its event ran past midnight), ``y``'s early hours, or either read from "yesterday" against a
    report's date. Two bare weekdays a day apart ("on Saturday afternoon" / "on Sunday") are two days: weekdays
    wrap round the week, so without this a station's next callout the day after would be the same rescue."""
    return (x + 1) % 7 == y and (x in a.nights or y in b.mornings or x in a.relative or y in b.relative
                                 or a.unread_relative or b.unread_relative)
