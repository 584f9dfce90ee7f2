"""Metadata lines of a plain-text capture: byline, date line, dateline, masthead and copyright.

A capture's metadata is printed as text: "By Hannah Lowe, Football Correspondent", "30 August 2023, 23:14",
"Ashcombe, 30 August 2023 — Riverside United have…", "© 2023 Ashcombe Evening Post. All rights reserved.".
These functions read one line each and say what it holds; the line classifier decides where it may stand.
Dates are read by the text layer's one date parser (``unspun.text.dates``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from unspun.config import DEFAULT, Config
from unspun.text.dates import calendar_date, month_day, names_calendar_date, time_expressions
from unspun.text.wordlists import (
    AGENCY_FULL_NAMES,
    COUNTRIES,
    NAME_PARTICLES,
    NEWS_AGENCIES,
    OUTLET_WORDS,
    US_STATES,
)

_DATE_LINE_PREFIX = re.compile(
    r"^\W*(published|updated|posted|last updated|first published|date)?\s*(on|:)?\s*", re.IGNORECASE
)
# An agency as a byline writes it, its name written out or short ("Associated Press", "PA Media", "AP").
_AGENCY_NAME = "|".join(sorted((*AGENCY_FULL_NAMES, *NEWS_AGENCIES), key=len, reverse=True))
_BYLINE = re.compile(
    r"^\W*(?:by|words by|written by|story by|text by)\s+(?P<names>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?"
    r"(?:\s+and\s+[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3})?)"
    rf"(?:\s*\((?-i:{_AGENCY_NAME})\))?"  # "By Lucy Marsh (PA Media)": the agency is read by byline_agency
    r"(?:\s*[,|–—-]\s*(?P<role>[^.!?]{0,60}))?$",
    re.IGNORECASE,
)
# A byline crediting an agency: after the writer's name in brackets, or after a comma, bar or dash ("By Lucy Marsh
# (PA)", "By Sarah Jensen - AP", "By Joe Kenyon, PA Media"), or the agency signing alone ("By PA Reporter",
# "By Associated Press"). The agency's name is matched as written (case kept): "ap" and "pa" are no credit.
_AGENCY_BYLINE = re.compile(
    rf"^\W*(?:(?i:by|words by|written by|story by|text by)\s+)?(?:(?P<alone>{_AGENCY_NAME})"
    r"(?:\s+(?i:reporters?|staff|correspondents?))?"
    rf"|[A-Z][^()|,–—:;.!?]{{0,60}}?(?:\s*\((?P<bracketed>{_AGENCY_NAME})\)|(?:\s*[,|–—]\s*|\s+-\s+)"
    rf"(?P<after>{_AGENCY_NAME})))\s*$"
)
_SIGNED = re.compile(r"^\W*(?:by|words by|written by|story by|text by)\s", re.IGNORECASE)
# The place may name its state or country after a comma ("PORTLAND, Ore., Nov. 12", "WASHINGTON, D.C., Jan. 5",
# "KYIV, Ukraine, 3 March"); a person's title there ("Lena Ortiz, Mayor, 3 March — before the vote —") is no place.
_PLACE, _REGION = r"^(?P<place>[A-Z][\w'’. -]{1,40}?)", r"(?:,\s+(?P<region>[A-Z][\w'’.]{1,15}))?"
_DATE_DASH = r",\s+(?P<date>[^—–-]{6,40}?)\s*[—–-]+\s+\S"
_DATELINE, _DATELINE_NO_REGION = re.compile(_PLACE + _REGION + _DATE_DASH), re.compile(_PLACE + _DATE_DASH)
_REGION_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{1,4}|(?:[A-Z]\.)+[A-Z])\.")
_BRACKETED = re.compile(r"\([^()]*\)")
_COPYRIGHT = re.compile(
    r"^\W*(?:©|\(c\)|copyright)\s*(?:(?:©|\(c\))\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?"
    r"(?P<site>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,5}?)(?:\s+(?:19|20)\d\d)?\s*[.,]?\s*(?:all rights reserved\.?)?$",
    re.IGNORECASE,
)
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|eu|co\.uk|uk|info|news|io|de)$")


def date_line(line: str, config: Config = DEFAULT, page: str = "") -> str | None:
    """The date of a line that holds nothing else ("30 August 2023, 23:14", "Updated: Aug 30, 2023"; a few
    other words allowed, ``config.date_line_max_extra_words``). A date in figures either way round ("01/12/2026")
    is the reading the rest of the ``page`` agrees with (``dates.calendar_date``), or None."""
    date = calendar_date(line, page)
    return date if date is not None and is_date_line(line, config) else None


def is_date_line(line: str, config: Config = DEFAULT) -> bool:
    """Whether ``line`` is a date line (``date_line``), its date settled or not: "01/12/2026 04:15 PM" is one
    whichever month it is."""
    if not names_calendar_date(line):
        return False
    extra = [w for w in _words_besides_dates(_DATE_LINE_PREFIX.sub("", line, count=1)) if w.lower() != "at"]
    return len(extra) <= config.date_line_max_extra_words


def _words_besides_dates(text: str) -> list[str]:
    """The words of ``text`` (two letters or more) outside its date and time expressions."""
    for mention in reversed(time_expressions(text)):
        text = text[: mention.start] + " " + text[mention.end :]
    return re.findall(r"[^\W\d_]{2,}", text)


def byline_author(line: str, config: Config = DEFAULT) -> str | None:
    """"Hannah Lowe" of "By Hannah Lowe, Football Correspondent"; None when the line is not a byline."""
    match = _BYLINE.match(line.strip())
    if match is None:
        return None
    names = match.group("names").strip()
    words = [w for w in names.split() if w.lower() not in NAME_PARTICLES]
    if is_date_line(names, config) or not words or not all(w[:1].isupper() for w in words):
        return None
    return names


def byline_agency(line: str, signed: bool = True) -> str | None:
    """The agency a byline credits, as a wire dateline's credit gives it: "(PA)" of "By Lucy Marsh (PA)", "(AP)" of
    "By Sarah Jensen - AP" or "By Associated Press". ``signed``: the line must open with "By" (a text's line); an
    author field (a page's author meta tag, "Lucy Marsh (PA)") need not. None when it credits no agency."""
    line = line.strip()
    match = _AGENCY_BYLINE.match(line)
    if match is None or (signed and not _SIGNED.match(line)):
        return None
    name = match["alone"] or match["bracketed"] or match["after"]
    return f"({AGENCY_FULL_NAMES.get(name, name)})"


def own_outlet_credit(credit: str, site: str | None) -> bool:
    """Whether a byline's credit ("(CNN)" of "By Jo Reid, CNN") names the page's own ``site`` ("CNN", "cnn.com",
    "CNN International"): the outlet its writer works for, no third party's story."""
    name = credit.strip().strip("()").lower()
    words = re.findall(r"[\w&'’-]+", (site or "").lower())
    host = (site or "").lower().removeprefix("www.").split(".")[0] if _DOMAIN.match((site or "").lower()) else ""
    return bool(name) and (name == (site or "").strip().lower() or name == host
                           or name in (" ".join(words[: n]) for n in range(1, len(words) + 1)))


def dateline_date(paragraph: str) -> str | None:
    """The date of a dateline opening a paragraph ("Ashcombe, 30 August 2023 — Riverside United …")."""
    date = _dateline_date_part(paragraph)
    return calendar_date(date) if date is not None else None


def dateline_day(paragraph: str) -> tuple[int, int] | None:
    """The month and day of a dateline opening a paragraph, with or without its year ("KESSEL, 20 March (OPA) —
    The bank…": (3, 20)): the day the report was filed, which a page without a publication date still states."""
    date = _dateline_date_part(paragraph)
    if date is None:
        return None
    days = (month_day(m.value) for m in time_expressions(date) if m.kind == "date")
    return next((day for day in days if day is not None), None)


def after_dateline(paragraph: str) -> str:
    """The paragraph without the dateline that opens it ("VARNHOLT, March 7, 2025 — The toll rose …" → "The toll
    rose …"), or the paragraph as it is: the dateline gives the day the report was filed, not its event's."""
    match = _dateline_match(paragraph)
    return paragraph[match.end() - 1:] if match is not None else paragraph


def lead_text(title: str | None, first_sentences: Iterable[str]) -> str:
    """A report's lead as its event is read from it: the headline and the first sentence, each on a line, the
    dateline left out (``after_dateline``)."""
    return "\n".join(part for part in (title or "", *(after_dateline(s) for s in first_sentences)) if part)


def _dateline_date_part(paragraph: str) -> str | None:
    match = _dateline_match(paragraph)
    return match.group("date") if match is not None else None


def _dateline_match(paragraph: str) -> re.Match[str] | None:
    """A dateline opening the paragraph, when what stands between its place and its dash is a date and nothing
    else (an agency in brackets aside): "Manchester United, who last won on 3 March - their only win …" and "Ms
    Patel, speaking on 14 June – a day after the vote – said" open with a name, a comma, a date and a dash, and
    are sentences."""
    match = _DATELINE.match(paragraph)
    if match is not None and not _is_region(match.group("region")):
        # "PARIS, Tuesday, Nov. 12 —": the word after the place is the date's, not a region.
        match = _DATELINE_NO_REGION.match(paragraph)
    if match is None or _words_besides_dates(_BRACKETED.sub(" ", match.group("date"))):
        return None
    return match


def _is_region(region: str | None) -> bool:
    """Whether what follows a dateline's place names its state or country: an abbreviation ("Ore.", "D.C."), a US
    state written in full ("Ohio") or a country; absent is fine."""
    return (region is None or bool(_REGION_ABBREVIATION.fullmatch(region)) or region.lower() in COUNTRIES
            or region.lower() in US_STATES)


def masthead_site(line: str, config: Config = DEFAULT) -> str | None:
    """The site a masthead (at most ``config.masthead_max_words`` words) or copyright line names ("Ashcombe
    Evening Post", "commonspace.eu")."""
    stripped = line.strip()
    copyright_match = _COPYRIGHT.match(stripped)
    if copyright_match:
        return copyright_match.group("site").strip(" .,")
    if _DOMAIN.match(stripped.lower()):
        return stripped.lower()
    words = stripped.split()
    if not 0 < len(words) <= config.masthead_max_words or not all(w[:1].isupper() for w in words):
        return None
    return stripped if words[-1].lower() in OUTLET_WORDS else None
