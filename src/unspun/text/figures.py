"""The figures a news text gives: amounts, counts, shares, speeds and scores with what they count, and whether
two texts give the same figure of one thing.

A figure is read from its digits or number words with what stands around it: a magnitude ("1.48 billion",
"£2.1m"), a unit ("$", "dollars", "%", "per cent", "mph", "miles per hour"), a hedge ("about", "more than") and
the content words beside it ("31 reports", "revenue rose 5.2%"), which say what it counts. Dates, years and
clock times are not figures (``dates`` reads them). Two reports of one event round a figure their own way
("about 300" and "312", "14%" and "14 per cent"); another event of the same kind gives other figures of the
same things (another score, another offer, another ballot).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple, TypeVar

from unspun.config import TEXT_DEFAULT, TextConfig
from unspun.text.dates import clock_value, time_expressions
from unspun.text.lexicon import zipf
from unspun.text.names import opens_clause
from unspun.text.numbers import NUMBER_WORDS, in_pence, number_value, percent_end
from unspun.text.tokens import Token, is_word, word_tokens
from unspun.text.wordlists import (
    AGE_BAND_OPENERS,
    CHANGE_SIZE_VERBS,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    FUNCTION_WORDS,
    HEDGES,
    HEDGES_ABOVE,
    HEDGES_BELOW,
    HEDGES_NEEDING_SIDE,
    LENGTH_ADJECTIVES,
    LENGTH_FALLS,
    LENGTH_THING_KINDS,
    LENGTH_THINGS,
    LEVEL_VERBS,
    MAGNITUDES,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS,
    MOVING_VERBS,
    PERIOD_PREPOSITIONS,
    PROGRESS_SHARE_WORDS,
    RACE_DISTANCES,
    RACE_EVENTS,
    SCALES_COUNTED_ONCE,
    SMALL_NUMBERS,
    TENS,
    TIME_UNITS,
    UNIT_ORDINALS,
    UNITS,
    VERB_CHAIN_WORDS,
    WEEKDAYS,
    ZERO_WORDS,
)

# A currency figure's unit is its one-character sign ("$", "£", "¥"; the text layer's table): a word after the
# amount stands for the sign whose currencies it shares ("146 million dollars" "$", "500 yen" "¥"); a word no
# one sign writes ("francs") leaves the figure a count.
_CURRENCY_SIGNS = {sign: sign for sign in CURRENCY_SIGNS if len(sign) == 1}


def _one_sign_each(writings: dict[str, frozenset[str]]) -> dict[str, str]:
    """Each way of writing a currency (a word, a code) as the one-character sign whose currencies it shares, where
    exactly one sign does."""
    return {writing: signs[0] for writing, codes in writings.items()
            if len(signs := [sign for sign in _CURRENCY_SIGNS if CURRENCY_SIGNS[sign] & codes]) == 1}


_CURRENCY_WORDS = _one_sign_each(CURRENCY_WORDS)
_CURRENCY_CODES = _one_sign_each(CURRENCY_CODES)  # "EUR 410 million": a code before an amount, as a word after it
_UNIT_WORDS = frozenset({"per", "cent", "percent", "mph", "miles", "hour", "a", "an"} | set(MAGNITUDES)
                        | set(_CURRENCY_WORDS) | {code.lower() for code in CURRENCY_CODES})
_SCORE_JOINERS = ("-", "–")
_PERIOD_REACH = 8  # tokens after a figure: "in the year to September", "for the half to the end of August"


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of a text: its value, the place of the last digit it was written to ("740": 10, "28,000":
    1000, "1.48 billion": 10 million; its rounding), whether a hedge stands before it ("about", "more than"),
    its unit ("%", "$", "£", "€", "mph", "score" for "2-1", "" for a count), the content words beside it
    (normalised, a plural's "s" dropped): what it counts, and the month it is of (1–12; 0 when the text ties it to
    none: "3.1% in May", "sales in the six months to the end of August")."""

    value: float
    precision: float
    hedged: bool
    unit: str
    context: frozenset[str]
    period: int = 0
    earlier: bool = False  # the value a change started from: "fell to 4.1% from 4.3%", "compared with £31.7m"


# What every figure starts at: a digit, a number word as a whole token ("one" starts one only before "hundred" or
# "thousand", as "a" does: the gate looks for those, and before a decimal or a half, "one point six"; "twelvemph"
# is read as "twelve" mph), in any case. A sentence without one has no figure: ~70% of a news corpus's sentences,
# which an index reads for figure keys, turned away before tokenising and reading their dates.
_FIGURE_START = re.compile(
    r"\d|(?<![^\W_])(?:" + "|".join(sorted((NUMBER_WORDS - {"one"}) | SCALES_COUNTED_ONCE, key=len, reverse=True))
    + r")(?:mph)?(?![^\W_])|\bone (?:point|and an? (?:half|quarter))\b"  # "one point six", "one and a half"
    r"|\b(?:nought|oh) point\b"  # "nought point two five"
)


# A person's age as news writes it: after the name between commas ("Resident Joan Tyson, 83, said"), "aged 83",
# "83-year-old".
_AGE = re.compile(r"\b[A-Z][a-z'-]+,\s+(\d{1,3}),|\baged\s+(\d{1,3})\b|\b(\d{1,3})-year-old\b")


def ages_given(text: str) -> frozenset[float]:
    """The ages of people ``text`` gives (``_AGE``)."""
    return frozenset(float(next(group for group in m.groups() if group)) for m in _AGE.finditer(text))


@functools.lru_cache(maxsize=65_536)
def figures(sentence: str, config: TextConfig = TEXT_DEFAULT) -> tuple[Figure, ...]:
    """The figures of one sentence, left to right (``TextConfig.figure_context_words`` content words each side
    say what each counts)."""
    if not may_hold_figures(sentence):
        return ()
    tokens = word_tokens(sentence)
    dated = {k for m in time_expressions(sentence) for k in range(m.first, m.last + 1)} | _age_bands(tokens)
    if config.numbers_in_words_as_said:
        dated |= spoken_times(tokens, config.hours_by_day_part)
    as_said = config.numbers_in_words_as_said
    return tuple(_read_left_to_right(tokens, lambda k: _figure_at(sentence, tokens, k, dated, config)
                                     if _may_start(tokens, k, as_said) else (None, k)))


def numbers_in_words(sentence: str, tokens: Sequence[Token]) -> tuple[NumberRead, ...]:
    """Each number ``sentence`` (``tokens`` its tokens) says in words, left to right, read whole as a reader reads
    it (``number_at``: "forty-five", "two hundred and sixty", "one point six"; "one" alone too), before any
    magnitude word; a clock time or a year (``spoken_times``) is none."""
    times = spoken_times(tokens)

    def said_at(k: int) -> tuple[NumberRead | None, int]:
        norm = tokens[k].norm
        value = number_value(norm) if norm.isalpha() and k not in times else None
        if value is None and zero_before_point(tokens, k):
            value = 0.0  # "nought point two five"
        if value is None:
            return None, k
        read = number_at(sentence, tokens, k)
        return (read if read is not None else NumberRead(value, 1.0, k)), (read.last if read is not None else k)

    return tuple(_read_left_to_right(tokens, said_at))


_Read = TypeVar("_Read")


def _read_left_to_right(tokens: Sequence[Token], read_at: Callable[[int], tuple[_Read | None, int]]
                        ) -> list[_Read]:
    """What ``read_at`` reads from each token on, left to right: a reading and its last token, each reading
    going on after the last (``read_at`` gives (None, its token) where none starts)."""
    found: list[_Read] = []
    k = 0
    while k < len(tokens):
        item, last = read_at(k)
        if item is not None:
            found.append(item)
        k = last + 1
    return found


def _age_bands(tokens: Sequence[Token]) -> set[int]:
    """The tokens of an age band: "aged 16 to 24", "aged between 18 and 24", "ages 16-24", "16- to 24-year-olds",
    "the 16-24 age group".
    A band says who a figure counts (youth unemployment among them), the same in every month's report: no figure
    of the event, nor a score ("16-24")."""
    band: set[int] = set()
    for k in range(len(tokens) - 1):
        if not tokens[k].norm.isdigit():
            continue
        before = [t.norm for t in tokens[max(0, k - 2) : k]]
        # "and" joins a band only after "between": "aged 24 and 31" are two people's ages
        joiner = tokens[k + 1].norm if k + 2 < len(tokens) else ""
        second = k + 2 if joiner == "to" or (joiner == "and" and before[-1:] == ["between"]) else k + 1
        if second >= len(tokens) or not tokens[second].norm.isdigit():
            continue
        after = [t.norm for t in tokens[second + 1 : second + 3]]
        if AGE_BAND_OPENERS & set(before) or after == ["year", "olds"] or after[:2] == ["age", "group"]:
            band.update(range(k, second + 1))
    return band


# The words a spoken clock time's minutes are said in before "past" or "to" ("twenty to three", "a quarter past
# six"), the words after its hour that make it one ("six pm", "nine o'clock"), the words before an hour and its
# minutes ("at six fifteen") and the centuries a spoken year starts with ("nineteen sixty-two", "twenty twenty").
_CLOCK_MINUTE_WORDS = frozenset({"quarter", "half", "five", "ten", "twenty"})
_CLOCK_LEADS = frozenset({"at", "about", "around", "until", "till", "before", "after", "by", "just"})
# The words after a time that place it in a day: after "by" only these make "ten to two" a time ("by ten to two
# this afternoon"), as "carried by ten to two" and "backed by seven to four on Tuesday" are votes.
_CLOCK_DAY_WORDS = frozenset({"this", "last", "tonight", "yesterday", "today", "tomorrow", "am", "pm", "o'clock",
                              "oclock", "local", "gmt", "bst"})
_CLOCK_FOLLOWERS = _CLOCK_DAY_WORDS | {"in", "on", "when", "and"}
# The parts of a day after an hour said in words that make it a clock time ("at seven this morning", "by ten last
# night", "at six in the evening", "at nine tonight"), and the half of the day each puts the hour in.
_DAY_PARTS = {"morning": "am", "afternoon": "pm", "evening": "pm", "night": "pm", "tonight": "pm"}
# The words before a year said "two thousand and eight" ("since two thousand and eight").
_YEAR_LEADS = frozenset({"since", "in", "until", "till", "from", "of"})
_SPOKEN_MERIDIEMS = frozenset({"am", "pm", "o'clock", "oclock"})
_SPOKEN_CENTURIES = frozenset({"eighteen", "nineteen", "twenty"})


def spoken_times(tokens: Sequence[Token], day_parts: bool = True) -> set[int]:
    """The tokens of the clock times and years ``tokens`` say in words: "twenty to three", "a quarter past six",
    "ten past nine", "six pm", "nine o'clock", "at six fifteen", "at seven this morning" (``spoken_clock_times``),
    "nineteen sixty-two", "twenty twenty-four". Their digits ("2.40am", "1962") are dates and times
    (``dates.time_expressions``), no figures; a radio read says them in words."""
    norms = [t.norm for t in tokens]
    found: set[int] = {k for time in spoken_clock_times(tokens, day_parts) for k in range(time.first, time.last + 1)}
    for k, norm in enumerate(norms):
        if norm in _SPOKEN_CENTURIES and k + 1 < len(norms) and (norms[k + 1] in TENS or norms[k + 1] == "oh"):
            found.update(range(k, k + 2 + (k + 2 < len(norms) and norms[k + 2] in SMALL_NUMBERS[1:10])))
        elif norm in _SPOKEN_CENTURIES and k + 1 < len(norms) and norms[k + 1] in SMALL_NUMBERS[10:] \
                and norms[k + 2 : k + 3] not in (["year"], ["years"]):
            found.update((k, k + 1))  # "twenty twelve", "nineteen fourteen" ("twenty twelve-year-olds": a count)
        elif (year := _thousands_year(norms, k)) is not None:
            found.update(range(k, year + 1))
    return found


class SpokenTime(NamedTuple):
    """A clock time said in words: its first and last token and its value, "HH:MM" as ``dates.clock_value`` gives a
    clock time in digits ("seven this morning" and "7am" both "07:00"; an hour whose half of the day its words do
    not give, "nine o'clock", on a 24-hour clock as "9" is)."""

    first: int
    last: int
    value: str


def spoken_clock_times(tokens: Sequence[Token], day_parts: bool = True) -> list[SpokenTime]:
    """The clock times ``tokens`` say in words, left to right: "twenty to three", "a quarter past six", "six pm",
    "nine o'clock", "at six fifteen", and (``day_parts``: ``TextConfig.hours_by_day_part``) an hour after a word
    that leads a time before a part of the day ("at seven this morning", "by ten last night": the part of the day
    stays its own date, only the hour is the time). "to" joins a time only where words around it make one
    (``_clock_to``): "from ten to twelve" is a range."""
    norms = [t.norm for t in tokens]
    found: list[SpokenTime] = []
    for k, norm in enumerate(norms):
        if found and k <= found[-1].last:
            continue
        if norm in ("past", "to") and _hour_word(norms, k + 1) and k > 0:
            first = _minutes_start(norms, k - 1)
            if first is not None and (norm == "past" or _clock_to(norms, first, k + 1)):
                minutes = _said_minutes(norms[first:k])
                hour = int(number_value(norms[k + 1]) or 0)
                if norm == "to":
                    hour, minutes = (hour - 2) % 12 + 1, 60 - minutes
                found.append(_spoken_time(norms, first, k + 1, hour, minutes))
        elif _hour_word(norms, k) and k + 1 < len(norms) and norms[k + 1] in _SPOKEN_MERIDIEMS:
            found.append(_spoken_time(norms, k, k + 1, int(number_value(norm) or 0), 0))
        elif _hour_word(norms, k) and k > 0 and norms[k - 1] == "at" and (minutes := _minute_words(norms, k + 1)):
            found.append(_spoken_time(norms, k, k + minutes, int(number_value(norm) or 0),
                                      _said_minutes(norms[k + 1 : k + 1 + minutes])))
        elif day_parts and _hour_word(norms, k) and k > 0 and norms[k - 1] in _CLOCK_LEADS and _day_part(norms, k + 1) \
                and not _size_or_level(norms, k - 1):
            found.append(_spoken_time(norms, k, k, int(number_value(norm) or 0), 0))
    return found


def _size_or_level(norms: Sequence[str], lead: int) -> bool:
    """Whether the word at ``lead`` before an hour word leads a change's size or a level, no time: "by" after a verb
    of change ("rose by ten last night", "fell by about nine"), "at" after a verb of a level ("stood at nine this
    afternoon"; ``wordlists.CHANGE_SIZE_VERBS``, ``wordlists.LEVEL_VERBS``)."""
    if norms[lead] in ("about", "around", "just") and lead > 0:
        lead -= 1  # "rose by about ten"
    before = norms[lead - 1] if lead > 0 else ""
    return (norms[lead] == "by" and before in CHANGE_SIZE_VERBS) or (norms[lead] == "at" and before in LEVEL_VERBS)


def _spoken_time(norms: Sequence[str], first: int, last: int, hour: int, minutes: int) -> SpokenTime:
    """A spoken clock time from token ``first`` to ``last``, its half of the day read from the words after it."""
    said = [w for w in norms[last : last + 2] if w in ("am", "pm")]  # "six pm", "ten past nine pm"
    half = said[0] if said else _day_part(norms, last + 1)
    return SpokenTime(first, last, clock_value(str(hour), f"{minutes:02d}", half))


def _day_part(norms: Sequence[str], k: int) -> str | None:
    """The half of the day ("am" or "pm") a part of the day said from token ``k`` puts an hour before it in ("this
    morning", "last night", "in the evening", "tonight"; ``_DAY_PARTS``), None where none is said there."""
    words = list(norms[k : k + 3])
    if words[:1] in (["this"], ["last"], ["on"]) or words[:2] == ["in", "the"]:
        words = words[2:] if words[0] == "in" else words[1:]
    elif words[:1] != ["tonight"]:
        return None
    return _DAY_PARTS.get(words[0]) if words else None


def _said_minutes(norms: Sequence[str]) -> int:
    """The minutes of a spoken clock time said in ``norms`` ("a quarter": 15, "half": 30, "twenty five": 25, "ten
    minutes": 10)."""
    said = [w for w in norms if w not in ("a", "minutes")]
    if said == ["quarter"]:
        return 15
    if said == ["half"]:
        return 30
    return int(sum(number_value(w) or 0 for w in said))


def _thousands_year(norms: Sequence[str], k: int) -> int | None:
    """The last token of a year said "two thousand and eight" or "two thousand" from token ``k`` after a word that
    leads a year ("since two thousand and eight"), None where none is or a noun follows ("in two thousand and
    eight homes" is a count)."""
    if not (k > 0 and norms[k - 1] in _YEAR_LEADS and norms[k] == "two" and norms[k + 1 : k + 2] == ["thousand"]):
        return None
    last = k + 1
    if norms[last + 1 : last + 2] == ["and"] and last + 2 < len(norms) and norms[last + 2] in SMALL_NUMBERS[1:]:
        last += 2
    elif norms[last + 1 : last + 2] == ["and"]:
        return None
    return last if last + 1 >= len(norms) or norms[last + 1] in FUNCTION_WORDS or norms[last + 1] in MONTHS \
        else None


def _clock_to(norms: Sequence[str], first: int, hour: int) -> bool:
    """Whether minutes from token ``first`` "to" the hour at token ``hour`` are a time: after a word that leads one
    and before the sentence ends or a word that follows one ("at about twenty to three this morning"); "about ten
    to twelve people" is a range."""
    if first == 0 or norms[first - 1] not in _CLOCK_LEADS:
        return False
    if norms[first - 1] == "by":  # "carried by ten to two": a vote, unless a day word follows
        return hour + 1 < len(norms) and norms[hour + 1] in _CLOCK_DAY_WORDS
    return hour + 1 >= len(norms) or norms[hour + 1] in _CLOCK_FOLLOWERS


def _hour_word(norms: Sequence[str], k: int) -> bool:
    """Whether token ``k`` is an hour said in words ("one" to "twelve")."""
    return k < len(norms) and norms[k].isalpha() and (value := number_value(norms[k])) is not None \
        and 1 <= value <= 12


def _minutes_start(norms: Sequence[str], last: int) -> int | None:
    """The first token of a spoken time's minutes ending at token ``last`` ("twenty", "twenty five", "a quarter",
    "ten minutes"), None when it ends no such words."""
    if norms[last] == "minutes" and last > 0:
        last -= 1
    if norms[last] in ("quarter", "half"):
        return last - 1 if last > 0 and norms[last - 1] == "a" else last
    if norms[last] in _CLOCK_MINUTE_WORDS:
        return last
    if norms[last] in SMALL_NUMBERS[1:10] and last > 0 and norms[last - 1] in TENS:
        return last - 1
    return None


def _minute_words(norms: Sequence[str], k: int) -> int:
    """How many tokens from ``k`` say an hour's minutes after it ("fifteen", "forty five", "thirty"): 0 for none."""
    if k >= len(norms) or not norms[k].isalpha() or (value := number_value(norms[k])) is None or not 10 <= value < 60:
        return 0
    return 2 if norms[k] in TENS and k + 1 < len(norms) and norms[k + 1] in SMALL_NUMBERS[1:10] else 1


def may_hold_figures(sentence: str) -> bool:
    """Whether ``sentence`` writes a digit or a number word that could start a figure (when not, it has none)."""
    return _FIGURE_START.search(sentence.lower()) is not None


def _may_start(tokens: Sequence[Token], k: int, as_said: bool = True) -> bool:
    """Whether a figure may start at token ``k``: a number, or "a" / "an" before "hundred" or "thousand"; a whole of
    0 before "point" ("nought point two five") only with numbers read ``as_said``."""
    return _token_value(tokens[k].norm) is not None or (as_said and zero_before_point(tokens, k)) or (
        k + 1 < len(tokens) and tokens[k + 1].norm in SCALES_COUNTED_ONCE and tokens[k].norm in ("a", "an"))


@functools.lru_cache(maxsize=65_536)  # words repeat: one lookup instead of a pattern and the number words
def _token_value(norm: str) -> float | None:
    """The value a figure starting at a token of this normal form counts from ("94mph": 94), None for no number."""
    return number_value(norm.removesuffix("mph"))


def _figure_at(text: str, tokens: Sequence[Token], k: int, dated: set[int],
               config: TextConfig) -> tuple[Figure | None, int]:
    """The figure starting at token ``k`` and its last token (``k`` when none starts there)."""
    if k in dated or not _counts(text, tokens, k):
        return None, k
    if (score := _score_at(text, tokens, k)) is not None:
        return Figure(score, 0.0, False, "score", _context(tokens, k, k + 1, "score", config)), k + 1
    number = number_at(text, tokens, k, config.numbers_in_words_as_said)
    if number is None:
        return None, k
    value, precision, last, _ = number
    if last + 1 < len(tokens) and tokens[last + 1].norm in MAGNITUDES and tokens[last + 1].norm != "m":
        scale = MAGNITUDES[tokens[last + 1].norm]
        value, precision, last = value * scale, precision * scale, last + 1
        if tokens[k].norm.isalpha() and config.numbers_in_words_as_said:
            value, precision, last = said_on(text, tokens, (value, precision, last), scale)
    unit, last = _unit(text, tokens, k, last)
    return Figure(value, precision, _hedged(tokens, k), unit, _context(tokens, k, last, unit, config),
                  _period(text, tokens, last), _earlier(text, tokens, k)), last


def said_on(text: str, tokens: Sequence[Token], read: tuple[float, float, int], scale: float
            ) -> tuple[float, float, int]:
    """A number in words read up to its magnitude word (``read``: value, precision, last token; ``scale`` that
    word's) with the rest said on below that magnitude: "two thousand three hundred" is 2,300, "two thousand and
    fifty" 2,050, "one million two hundred thousand" 1,200,000, as a radio script says a figure. Unchanged where no
    number in words below ``scale`` follows after a space or " and " ("two thousand, three hundred of them")."""
    value, _, last = read
    start = last + 2 if _next_word(text, tokens, last, (" ",)) == "and" else last + 1
    if start >= len(tokens) or text[tokens[start - 1].end : tokens[start].start] != " " \
            or not tokens[start].norm.isalpha() or tokens[start].norm in ("a", "an"):
        return read
    tail = number_at(text, tokens, start)
    if tail is None:
        return read
    tail_value, tail_precision, tail_last = tail.value, tail.precision, tail.last
    if _hyphen_joined(text, tokens, tail_last):
        return read  # "two thousand two-bedroom flats": the tail's word is the next word's first part
    after = _next_word(text, tokens, tail_last, (" ",))
    if after in MAGNITUDES and after != "m" and MAGNITUDES[after] < scale:
        tail_value, tail_precision, tail_last = tail_value * MAGNITUDES[after], tail_precision * MAGNITUDES[after], \
            tail_last + 1
    if tail_value >= scale or _next_word(text, tokens, tail_last, (" ",)) in MAGNITUDES:
        return read
    return value + tail_value, tail_precision, tail_last


class NumberRead(NamedTuple):
    """A number ``number_at`` read: its value, the place of its last digit, its last token, and whether it is a
    length in metres ("7m high": ``in_metres``; its value is then the metres, not millions)."""

    value: float
    precision: float
    last: int
    metres: bool = False


def number_at(text: str, tokens: Sequence[Token], k: int, as_said: bool = True) -> NumberRead | None:
    """The number written from token ``k`` before any magnitude word after it (``NumberRead``: its value, the place
    of its last digit, ``Figure.precision``, its last token, whether it is metres); None where none starts. Digits
    are one token ("£2.1m", "7m high": 7 metres, ``in_metres``); number words are read as a reader reads them:
    "seventy-one" and "twenty five" one number, "a hundred", "one hundred and twenty-three". The one reader of a
    number's value and length: the changes stage reads its amounts with it (``changes.facts``). Not ``as_said``
    (``TextConfig.numbers_in_words_as_said`` off), a decimal or a half in words is read word by word, as stores
    made before read it: "one point six million" is "six million"."""
    norm = tokens[k].norm
    if norm[0].isdigit():
        value = _token_value(norm)
        if value is None:
            return None
        if in_metres(text, tokens, k):
            return NumberRead(value / MAGNITUDES["m"], _precision(norm), k, metres=True)
        return NumberRead(value, _precision(norm) * _suffix_scale(norm), k)
    below = _below_hundred(text, tokens, k) if not (as_said and zero_before_point(tokens, k)) else (0.0, 1.0, k)
    if below is None:
        return None
    if as_said and (spoken := _spoken_part(text, tokens, k, below)) is not None:
        return spoken  # "one point six", "two and a half": a broadcast script's figure in words
    value, precision, last = below
    if _next_word(text, tokens, last, (" ",)) != "hundred":
        return NumberRead(*below) if norm not in ("a", "an", "one") else None  # "one" alone is mostly a pronoun
    value, precision, last = value * 100, 100.0, last + 1
    rest = last + 2 if _next_word(text, tokens, last, (" ",)) == "and" else last + 1
    if rest < len(tokens) and text[tokens[rest - 1].end : tokens[rest].start] == " " \
            and (tail := _below_hundred(text, tokens, rest)) is not None and tokens[rest].norm not in ("a", "an") \
            and not _hyphen_joined(text, tokens, tail[2]):  # "two hundred two-bedroom flats" are 200
        value, precision, last = value + tail[0], tail[1], tail[2]
    return NumberRead(value, precision, last)


def _hyphen_joined(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether a hyphen joins token ``k`` to a word after it ("two-bedroom", "twelve-hour"): a number in words
    there is the first part of a compound, not the tail of a number said on."""
    end = tokens[k].end
    return text[end : end + 1] in ("-", "\u2010", "\u2011") and text[end + 1 : end + 2].isalpha()


# The parts of a whole a number in words may run on with ("two and a half thousand", "one and a quarter million").
_SPOKEN_PARTS = {"half": 0.5, "quarter": 0.25}


def _spoken_part(text: str, tokens: Sequence[Token], k: int, below: tuple[float, float, int]) -> NumberRead | None:
    """A number in words from token ``k`` with the part a script writes after its whole (``below`` that whole): a
    decimal, "one point six" (1.6; its digits said one word each, "point" right after the whole), or a half or a
    quarter, "two and a half" (2.5); None for neither. "one" counts here (no pronoun runs on so), but "at one
    point" is a moment: no decimal is read there ("at two point three million" is one)."""
    value, _, last = below
    if tokens[k].norm in ("a", "an"):
        return None
    after = _next_word(text, tokens, last, (" ",))
    if after == "point":
        digits: list[str] = []
        while (word := _next_word(text, tokens, last + 1 + len(digits), (" ",))) in _DECIMAL_DIGITS:
            digits.append(_DECIMAL_DIGITS[word])
        end = last + 1 + len(digits)
        if not digits or (tokens[k].norm == "one" and k > 0 and tokens[k - 1].norm == "at"
                          and not _decimal_ends(text, tokens, end)):
            return None
        return NumberRead(float(f"{int(value)}.{''.join(digits)}"), 10.0 ** -len(digits), end)
    if after == "and" and _next_word(text, tokens, last + 1, (" ",)) in ("a", "one") \
            and (part := _next_word(text, tokens, last + 2, (" ",))) in _SPOKEN_PARTS:
        return NumberRead(value + _SPOKEN_PARTS[part], _SPOKEN_PARTS[part], last + 3)
    return None


def _decimal_ends(text: str, tokens: Sequence[Token], end: int) -> bool:
    """Whether the digits said after "at one point" and ending at token ``end`` end a decimal: a rate, a scale, a
    currency or a unit follows ("stands at one point nine per cent", "valued at one point two billion pounds") or
    the clause ends ("inflation is at one point nine."); "at one point six officers were hurt" is a moment and a
    count, with a counted noun after the digit words."""
    after = _next_word(text, tokens, end, (" ",))
    return not after or percent_end(tokens, end) is not None or after in _UNIT_WORDS or after in UNITS


def zero_before_point(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a whole of 0 said before "point" ("nought point two five per cent", "oh point
    five"): alone "nought" and "oh" are no number."""
    return tokens[k].norm in ZERO_WORDS and k + 1 < len(tokens) and tokens[k + 1].norm == "point"


# The digits a decimal is said in after "point" ("one point six", "nought point five", "two point oh four").
_DECIMAL_DIGITS = {word: str(n) for n, word in enumerate(SMALL_NUMBERS[:10])} | {"nought": "0", "oh": "0"}


def _below_hundred(text: str, tokens: Sequence[Token], k: int) -> tuple[float, float, int] | None:
    """A number below a hundred in words from token ``k`` (value, precision, last token): "twelve", "twenty",
    "seventy-one" or "twenty five" (the tokeniser splits them), "a" or "an" before "hundred" or "thousand"; None
    for an ordinal joined to a tens word ("twenty-first") and for no number."""
    norm = tokens[k].norm
    if norm in ("a", "an"):
        return (1.0, 1.0, k) if _next_word(text, tokens, k, (" ",)) in SCALES_COUNTED_ONCE else None
    value = _token_value(norm)
    if value is None or not norm.isalpha():
        return None
    if norm in TENS:
        unit = _next_word(text, tokens, k, ("-", " "))
        if unit in UNIT_ORDINALS and text[tokens[k].end : tokens[k + 1].start] == "-":
            return None
        if unit in SMALL_NUMBERS[1:10]:
            return value + SMALL_NUMBERS.index(unit), 1.0, k + 1
    return value, _precision(norm), k


def _next_word(text: str, tokens: Sequence[Token], k: int, joiners: tuple[str, ...]) -> str:
    """The normal form of the token after ``k`` when only one of ``joiners`` stands between them, else ""."""
    if k + 1 < len(tokens) and text[tokens[k].end : tokens[k + 1].start] in joiners:
        return tokens[k + 1].norm
    return ""


def in_metres(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether a number written "7m" is a length: "m" after a number is millions as money or a count ("£7m",
    "7m people", "a 7m deal") and metres before a length's adjective ("7m high", "a 7m-long wall", "15m wide"), a
    thing a length measures ("a 7m boat", "a 50m swimming pool", "a 10m fall") or a race ("the 100m final"), and
    with a thousands comma ("the 1,090m peak")."""
    norm = tokens[k].norm
    if not norm.endswith("m") or _suffix_scale(norm) != MAGNITUDES["m"]:
        return False
    if text[max(0, tokens[k].start - 1) : tokens[k].start] in _CURRENCY_SIGNS \
            or (k > 0 and tokens[k - 1].text in CURRENCY_CODES):  # "CHF 3.2m" too, a code no one sign writes
        return False
    if "," in norm:
        return True  # "the 1,090m Carn Dubh", "the 1,500m": a sum that large is written "1.09bn"
    after = _next_word(text, tokens, k, (" ", "-"))
    if after in LENGTH_ADJECTIVES or after in LENGTH_THINGS:
        return True
    then = _next_word(text, tokens, k + 1, (" ",))
    if after in LENGTH_THING_KINDS and then in LENGTH_THINGS:
        return True
    if after in LENGTH_FALLS:
        return then not in ("in", "of")  # "a 2m fall in visitors" is a count
    return after in RACE_EVENTS and norm.removesuffix("m").replace(",", "") in RACE_DISTANCES


def _suffix_scale(norm: str) -> float:
    """The magnitude a suffix gives a number ("1.48bn": 1e9, "2.1m": 1e6), 1 without one ("94mph", "15%")."""
    for suffix in ("bn", "m", "k"):
        if norm.endswith(suffix) and norm.removesuffix(suffix).replace(".", "").replace(",", "").isdigit():
            return MAGNITUDES[suffix]
    return 1.0


def _counts(text: str, tokens: Sequence[Token], k: int) -> bool:
    """A number written as a count: digits (an ordinal too: "27th minute") or a number word, lower case or
    capitalised where a sentence starts ("… a year earlier. Fifteen babies have died"), not one inside a name
    ("League Two")."""
    token = tokens[k]
    return token.norm[0].isdigit() or (token.norm.isalpha() and (token.text.islower() or opens_clause(text, tokens, k)))


def _score_at(text: str, tokens: Sequence[Token], k: int) -> float | None:
    """A score or a split vote written "2-1" or "2–1" (the same result read from either side: "1-2" is "2-1"); the
    names or words beside it say whose ("Harrowgate Town 2-1 Castleford Rovers", "confirmed 98-0")."""
    if k + 1 >= len(tokens) or text[tokens[k].end : tokens[k + 1].start] not in _SCORE_JOINERS:
        return None
    if _words_before(tokens, k, 1) in (["between"], ["from"]):
        return None  # a range ("between 10-15 people"), not a result
    x, y = tokens[k].norm, tokens[k + 1].norm
    if not (x.isdigit() and y.isdigit() and len(x) <= 2 and len(y) <= 2):
        return None
    return 100.0 * max(int(x), int(y)) + min(int(x), int(y))


def _precision(norm: str) -> float:
    """The place value of the last digit written: "740" 10, "28,000" 1000, "1.48" 0.01, "thirty" 10."""
    digits = norm.removesuffix("mph").rstrip("%").removesuffix("bn").rstrip("mk").replace(",", "")
    digits = "".join(ch for ch in digits if ch.isdigit() or ch == ".")
    if not digits:
        value = number_value(norm) or 0.0
        return 10.0 if value >= 20 and value % 10 == 0 else 1.0
    if "." in digits:
        return 10.0 ** -len(digits.split(".", 1)[1])
    stripped = digits.rstrip("0")
    return 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0


def _unit(text: str, tokens: Sequence[Token], k: int, last: int) -> tuple[str, int]:
    """The unit of the figure at tokens ``k`` … ``last`` and its new last token (a unit written after it)."""
    before = text[max(0, tokens[k].start - 1) : tokens[k].start]
    if before in _CURRENCY_SIGNS:
        return _CURRENCY_SIGNS[before], last
    if k > 0 and tokens[k - 1].text in _CURRENCY_CODES and text[tokens[k - 1].end : tokens[k].start] == " ":
        return _CURRENCY_CODES[tokens[k - 1].text], last
    if (percent := percent_end(tokens, last)) is not None:
        return "%", percent
    if tokens[k].norm.endswith("mph"):
        return "mph", last
    if in_pence(tokens[k].norm):  # "3.1p", "246p"
        return "¢", last
    if last + 1 < len(tokens) and tokens[last + 1].norm in ("cents", "pence", "p"):
        return "¢", last + 1
    after = [t.norm for t in tokens[last + 1 : last + 4]]
    if after[:1] == ["mph"]:
        return "mph", last + 1
    if after[:3] == ["miles", "per", "hour"] or after[:3] == ["miles", "an", "hour"]:
        return "mph", last + 3
    if after[:1] and after[0] in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[after[0]], last + 1
    return "", last


def _period(text: str, tokens: Sequence[Token], last: int) -> int:
    """The month the figure ending at token ``last`` is of: a capitalised month name within ``_PERIOD_REACH``
    tokens after it, in the same clause, after "in", "to", "for" or "during" ("3.1% in May", "6.1% in the year to
    September"); 0 when none is, or another figure comes first ("3.1% in May from 3.4% in April": May, April)."""
    for j in range(last + 1, min(len(tokens), last + 1 + _PERIOD_REACH)):
        if any(mark in text[tokens[j - 1].end : tokens[j].start] for mark in ",;:.()"):
            return 0  # another clause
        word = tokens[j]
        if word.norm[0].isdigit():
            return 0
        if word.norm in MONTHS and word.text[0].isupper() and tokens[j - 1].norm in PERIOD_PREPOSITIONS:
            return MONTH_ABBREVIATIONS.index(word.norm[:3]) + 1
    return 0


def _earlier(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether the figure at token ``k`` is the value a change started from, or an earlier period's beside it:
    after "from" ("fell to 4.1% from 4.3%", "down from 5.2%") or "compared with", or a report's comparative in
    brackets after its period ("1,284 patients (2024: 1,162)", "£9.6m (Q3 2025: £8.1m)")."""
    before = _words_before(tokens, k, 2)
    return before[-1:] == ["from"] or before == ["compared", "with"] or _comparative(text, tokens, k)


# A comparative's label: a year, a financial year or a quarter ("2024", "2024/25", "FY24", "Q3", "H1").
_COMPARATIVE_LABEL = re.compile(r"(?:19|20)\d\d|fy\d\d(?:\d\d)?|[qh][1-4]")


def _comparative(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether the figure at token ``k`` follows "(LABEL:" (a currency sign between; "LABEL" a year, "2024/25",
    "Q3 2025", "FY24"): an earlier period's figure a report gives beside its own."""
    j = k - 1 if k and not is_word(tokens[k - 1].norm) else k
    label = j - 1
    if label < 0 or text[tokens[label].end : tokens[j].start].strip() != ":":
        return False
    opening = label
    for _ in range(2):  # "Q3 2025", "2024/25": the label's first part
        if opening and text[tokens[opening - 1].end : tokens[opening].start] in (" ", "/") \
                and _COMPARATIVE_LABEL.fullmatch(tokens[opening - 1].norm):
            opening -= 1
    return (bool(_COMPARATIVE_LABEL.fullmatch(tokens[label].norm)) or opening < label) \
        and text[max(0, tokens[opening].start - 2) : tokens[opening].start].strip() == "("


def _hedged(tokens: Sequence[Token], k: int) -> bool:
    """A hedge in the two words before token ``k``: "about 300", "more than 700", "up to 40"; "prices were up
    4.1%" says which way, not how near."""
    before = _words_before(tokens, k, 3)
    if before[-2:] == ["up", "to"]:  # "up to 40" hedges; "edged up to 4.5%", "went up to 81,000" say where it went
        return len(before) < 3 or not _moves(before[0])
    return any(word in HEDGES for word in before[-2:])


def hedge_side(tokens: Sequence[Token], k: int) -> int | None:
    """The side a hedge before token ``k`` (``_hedged``) puts the figure it rounds on: 1 above ("more than 400",
    "just over £1.1m"), -1 below ("nearly £2m", "up to 40", "a little under six thousand"), 0 either ("about 60",
    "around 75", "some 45"); None where no hedge stands there (the figure is given as exact)."""
    before = _words_before(tokens, k, 2)
    if not _hedged(tokens, k) or not (before[-2:] == ["up", "to"] or any(
            word in HEDGES and word not in HEDGES_NEEDING_SIDE for word in before)):
        return None
    return _side_of(before)


def _side_of(before: Sequence[str]) -> int:
    """The side of the figure it rounds that the hedge words ``before`` a figure put it on (``hedge_side``)."""
    if list(before[-2:]) == ["up", "to"] or any(word in HEDGES_BELOW for word in before):
        return -1
    return 1 if any(word in HEDGES_ABOVE for word in before) else 0


def rounding_step(value: float) -> float:
    """The unit a round figure written as ``value`` is rounded to: the place of its last non-zero digit, five of
    that place where the digit is a 5 ("60" to ten, "75" to five, "£1.1m" to £100,000, "2 million" to a million)."""
    if not math.isfinite(value) or value == 0:
        return 0.0
    _sign, digits, exponent = Decimal(repr(abs(value))).normalize().as_tuple()
    if not isinstance(exponent, int):
        return 0.0
    return 10.0 ** exponent * (5 if digits[-1] == 5 else 1)


def rounds_to(rounded: float, side: int, exact: float, max_share: float) -> bool:
    """Whether ``exact`` is a figure that ``rounded``, given behind a hedge of ``side`` (``hedge_side``), rounds:
    on the hedge's side of it, within half its rounding step (``rounding_step``) and within ``max_share`` of the
    larger. "around 75" for 73, "nearly £2m" for £1.94m, "more than 400" for 412, "a little under six thousand"
    for 5,730 are the same fact; "about 60" for 85, "almost 60" for 38, "about 30,000" for 19,600 and "more than
    400" for 390 are not."""
    gap = exact - rounded
    if gap * side < 0:
        return False
    return abs(gap) <= rounding_step(rounded) / 2 and abs(gap) <= max_share * max(abs(exact), abs(rounded))


def _moves(word: str) -> bool:
    """A verb of a figure's movement ("edged", "went", "rising"): after it "up to" says where the figure went."""
    return word in MOVING_VERBS  # not any "-ed": "fined up to £50,000", "faced up to 14 years" hedge


def _words_before(tokens: Sequence[Token], k: int, count: int) -> list[str]:
    """The ``count`` words before token ``k``, a currency sign between them not counted ("from $5", "about £300")."""
    words: list[str] = []
    j = k - 1
    while j >= 0 and len(words) < count:
        if is_word(tokens[j].norm):
            words.append(tokens[j].norm)
        j -= 1
    return words[::-1]


def _context(tokens: Sequence[Token], first: int, last: int, unit: str, config: TextConfig) -> frozenset[str]:
    """What the figure at tokens ``first`` … ``last`` counts: for a count, the content words right after it
    ("31 reports", "212,000 electric kettles"), else those before it ("Attendance: 6,214"); for a share or an
    amount or a score, the content words within ``config.figure_context_words`` tokens before it and the next
    one ("revenue rose 5.2%", "net income was $131.9 million", "Harrowgate Town 2-1 Castleford"). Plurals
    folded."""
    reach = config.figure_context_words
    before = [_singular(t.norm) for t in tokens[_reach_back(tokens, first, reach) : first] if _context_word(t.norm)]
    after = [_singular(t.norm) for t in tokens[last + 1 : last + 3] if _context_word(t.norm)]
    if unit == "":
        return frozenset(after or before)
    return frozenset(before + after[:1])


def _reach_back(tokens: Sequence[Token], first: int, reach: int) -> int:
    """The first token of the ``reach`` words before token ``first``, the verb's auxiliaries and "to" not counted
    ("inflation had risen to 5.2%" reaches "inflation" as "inflation rose 5.2%" does), never past the ``reach``
    tokens before it onto a capitalised word: a name there is the sentence's speaker or actor ("Governor Priya
    Anand said …"), not what the figure counts."""
    while first > 0 and not is_word(tokens[first - 1].norm):
        first -= 1  # from the amount's currency sign ("$1.48 billion"): a sign is no word
    k, counted = first, 0
    while k > 0 and counted < reach:
        if k - 1 < first - reach and tokens[k - 1].text[:1].isupper():
            break
        k -= 1
        counted += tokens[k].norm not in VERB_CHAIN_WORDS
    return k


def _context_word(norm: str) -> bool:
    return (norm.isalpha() and len(norm) > 2 and norm not in FUNCTION_WORDS and norm not in HEDGES
            and norm not in _UNIT_WORDS and norm not in MONTHS and norm not in WEEKDAYS and norm not in TIME_UNITS
            and _singular(norm) not in TIME_UNITS and number_value(norm) is None)


def _singular(norm: str) -> str:
    return norm[:-1] if len(norm) > 3 and norm.endswith("s") and not norm.endswith("ss") else norm


def context_forms(tokens: Sequence[Token]) -> frozenset[str]:
    """The forms a text's words take in a figure's context (``Figure.context``: "depots" → "depot"), to ask
    whether another text tells of what a figure counts."""
    return frozenset(_singular(t.norm) for t in tokens)


def same_figure(x: Figure, y: Figure, config: TextConfig = TEXT_DEFAULT) -> bool:
    """Whether two figures of one thing can be the same figure rounded (``_rounding`` of the coarser one: "about
    300" and "312", "more than 700" and "740"; "8th" and "9th" differ), or with a hedge on either
    within ``TextConfig.figure_hedge_share`` of the larger ("more than 25,000" and "28,000"). Scores must match."""
    gap = abs(x.value - y.value)
    if x.unit == "score":
        return gap == 0
    # Two figures rounded to one place and differing there are two figures ("fell by 4,000", "rose by 3,000"):
    # the whole unit of rounding allowed below is for a rounded figure beside a precise one.
    both_rounded_alike = x.precision == y.precision > 1 and gap > 0
    if not both_rounded_alike and (gap <= _rounding(max(x.precision, y.precision))
                                   or math.isclose(x.value, y.value)):
        return True
    return (x.hedged or y.hedged) and gap <= config.figure_hedge_share * max(abs(x.value), abs(y.value))


def amounts_not_given(a: Sequence[Figure], b: Sequence[Figure], config: TextConfig = TEXT_DEFAULT
                      ) -> tuple[Figure, ...]:
    """The money amounts and shares of ``a`` ("$3.6 million", "9%") that no figure of ``b`` gives, rounded
    (``same_figure``): the figures a text that retells another takes from it as written, where counts and
    lengths are spelt out, summed or converted ("twelve" for six and six, "1,090m" for "1,090-metre"). Only a
    figure in the same unit gives it: "twelve months" gives no "12%", "12 ships" no "$12m"."""
    return tuple(x for x in a if x.unit not in ("", "score", "mph")
                 and not any(same_figure(x, y, config) for y in b if y.unit == x.unit))


def _rounding(precision: float) -> float:
    """How far a figure written to ``precision`` may stand from the figure it rounds: a whole unit of a rounded
    figure ("43 million" for $43,885,310, "700" for 740), half the last digit of one written digit for digit
    ("8th" is not "9th", "5%" may be 5.2%)."""
    return precision if precision > 1 else precision / 2


def figures_compared(a: Sequence[Figure], b: Sequence[Figure], config: TextConfig = TEXT_DEFAULT) -> tuple[int, int]:
    """(agreeing, conflicting) things both texts give figures of, a thing being a unit and a content word beside
    the figure ("% revenue", "minute"): they agree when some figure of it is the same (rounded) on both sides
    (one report names the 27th and 81st minutes, another the 27th and 53rd), and conflict when none is. Things
    given by the same figures on both sides count once ("seven committee members": "committee", "member")."""
    return _agreeing_and_conflicting(_things_compared(a, b, config))


def _agreeing_and_conflicting(compared: set[tuple[tuple[Figure, ...], tuple[Figure, ...], bool]]) -> tuple[int, int]:
    agree = sum(1 for _, _, same in compared if same)
    return agree, len(compared) - agree


def scores_differ(a: Sequence[Figure], b: Sequence[Figure]) -> bool:
    """Whether both texts give the score of one thing (a result beside the same name or word) and no score of
    it is the same: another match between the same sides, another vote of the same body. A report of one match
    written during it ("1-0 at the break") meets its final report's "after leading 1-0", so they agree."""
    ours, theirs = [f for f in a if f.unit == "score"], [f for f in b if f.unit == "score"]
    # The names beside a score say whose it is; the scores themselves are compared whatever stands beside them
    # ("Fellside lead Castleford 1-0" and "… won 2-1 after leading 1-0").
    return bool(_by_thing(ours).keys() & _by_thing(theirs).keys()) \
        and not {x.value for x in ours} & {y.value for y in theirs}


def figures_all_grow(a: Sequence[Figure], b: Sequence[Figure], config: TextConfig = TEXT_DEFAULT) -> bool:
    """Whether every thing both texts give other figures of is larger on the same side (one or more such
    things), none of them a share: the shape of a developing story, whose later report updates its tallies
    (hectares burnt, homes lost, people evacuated, the cost) upwards, where another event's figures go either
    way. A share or a rate is no tally: two councils' tax rises or two banks' rates both higher on one side are
    two decisions. A share of how far the event has got (a wildfire "45% contained", power "restored to 80% of
    homes": ``wordlists.PROGRESS_SHARE_WORDS``) is neither: it moves as the story develops, so it is passed
    over."""
    return _all_grow(_things_compared(a, b, config))


def _all_grow(compared: set[tuple[tuple[Figure, ...], tuple[Figure, ...], bool]]) -> bool:
    signs = set()
    for x, y, same in compared:
        if same or x[0].unit == "month" or _progress_share(x) or _progress_share(y):
            continue  # a later month is no larger count
        if x[0].unit == "%" or y[0].unit == "%":
            return False
        mine, other = max(f.value for f in x), max(g.value for g in y)
        signs.add((mine > other) - (mine < other))
    return len(signs) == 1 and 0 not in signs


def _progress_share(found: Sequence[Figure]) -> bool:
    """Whether ``found`` (one side's figures of one thing) is a share of how far an event has got."""
    return any(f.unit == "%" and f.context & PROGRESS_SHARE_WORDS for f in found)


def _things_compared(a: Sequence[Figure], b: Sequence[Figure],
                     config: TextConfig) -> set[tuple[tuple[Figure, ...], tuple[Figure, ...], bool]]:
    """Each thing both texts give figures of, as (``a``'s figures of it, ``b``'s, whether some are the same),
    things given by the same figures on both sides once."""
    return {(x, y, same) for (x, y, same), _ in _things_named(a, b, config)}


@dataclass(frozen=True, slots=True)
class FiguresCompared:
    """``figures_compared``, ``figures_all_grow`` and ``figure_conflicts`` of two texts' figures."""

    agreeing: int
    conflicting: int
    all_grow: bool
    conflicts: tuple[str, ...]


def compare_figures(a: Sequence[Figure], b: Sequence[Figure], config: TextConfig = TEXT_DEFAULT,
                    earlier_apart: bool = False) -> FiguresCompared:
    """The three answers a comparison asks of two texts' figures, from one reading of the things both give figures
    of (asked one by one, each looked the two texts' figures up again: hashing ~60 figures three times a
    comparison, ~2% of a trace's CPU on the 100k store). With ``earlier_apart`` (two texts of other periods) a
    figure one text gives as an earlier period's ("up from £18.4m at the end of October", "(2025: 1,284)") and the
    other as its own is no figure both give: the next period's report restates the last one's closing figures."""
    named = _things_named(a, b, config, earlier_apart)
    compared = {thing for thing, _ in named}
    return FiguresCompared(*_agreeing_and_conflicting(compared), _all_grow(compared), _conflicts_said(named))


def _things_named(a: Sequence[Figure], b: Sequence[Figure], config: TextConfig, earlier_apart: bool = False
                  ) -> list[tuple[tuple[tuple[Figure, ...], tuple[Figure, ...], bool], tuple[str, ...]]]:
    """``_things_compared`` with the words that name each thing, in a stable order. Things given the same values
    on both sides are one thing however many words name it ("the Bank of Wessex raised its rate to 4.75%" and
    "rates rose to 4.75%": "wessex" and "rate")."""
    return list(_things_named_of(tuple(a), tuple(b), config, earlier_apart))


# One comparison asks three times for the same two texts' things (``events.specifics_conflict``: agreeing and
# conflicting, all grown, the conflicts said): read once, a pure function of the figures.
@functools.lru_cache(maxsize=1024)
def _things_named_of(a: tuple[Figure, ...], b: tuple[Figure, ...], config: TextConfig, earlier_apart: bool
                     ) -> tuple[tuple[tuple[tuple[Figure, ...], tuple[Figure, ...], bool], tuple[str, ...]], ...]:
    ours, theirs = _by_thing(a), _by_thing(b)
    grouped: dict[tuple[str, frozenset[float], frozenset[float]], tuple[list[Figure], list[Figure], set[str]]] = {}
    for thing in sorted(ours.keys() & theirs.keys()):
        x, y = ours[thing], theirs[thing]
        key = (thing[0], frozenset(f.value for f in x), frozenset(g.value for g in y))
        mine, other, named = grouped.setdefault(key, ([], [], set()))
        mine += [f for f in x if f not in mine]
        other += [g for g in y if g not in other]
        named.add(thing[1])
    compared = [((tuple(x), tuple(y), any(same_figure(f, g, config) for f in x for g in y
                                          if not earlier_apart or f.earlier == g.earlier)), tuple(sorted(named)))
                for x, y, named in grouped.values()]
    return tuple((thing, named) for thing, named in compared
                 if thing[2] or not _given_elsewhere(thing, a, b, config, earlier_apart))


def _given_elsewhere(thing: tuple[tuple[Figure, ...], tuple[Figure, ...], bool], a: Sequence[Figure],
                     b: Sequence[Figure], config: TextConfig, earlier_apart: bool = False) -> bool:
    """Whether a figure one side gives of a thing stands anywhere in the other text too (same unit, rounded or
    not): then the two read one figure beside other words ("prices rise by 6.4%" and "a smaller rise of 5.1%"
    against "a 6.4 per cent rise"), not other figures of one thing. A figure the other text gives as where a
    change started ("the rate rose to 4.3% from 4.1%") is last month's, which a report of the next month
    names beside its own: no sign of one event (nor, with ``earlier_apart``, a figure this side gives as an earlier
    period's)."""
    x, y, _ = thing
    return any(same_figure(f, g, config) for f in x for g in b
               if g.unit == f.unit and not g.earlier and not (earlier_apart and f.earlier)) \
        or any(same_figure(f, g, config) for f in y for g in a
               if g.unit == f.unit and not g.earlier and not (earlier_apart and f.earlier))


def with_periods(found: Sequence[Figure]) -> tuple[Figure, ...]:
    """``found`` and, for each figure tied to a month, that month as a figure of the same thing (unit "month"):
    two texts giving inflation "in May" and "in June" give other figures of one thing, as two rates do."""
    months = {Figure(float(f.period), 1.0, False, "month", f.context) for f in found if f.period}
    return (*found, *sorted(months, key=lambda m: (m.value, sorted(m.context))))


def figure_conflicts(a: Sequence[Figure], b: Sequence[Figure], config: TextConfig = TEXT_DEFAULT) -> tuple[str, ...]:
    """Each thing both texts give other figures of, said for a reader by its two commonest words and first figure
    on each side: "main rate 4.75% vs 4.5%", "inflation month October vs July"."""
    return _conflicts_said(_things_named(a, b, config))


def _conflicts_said(things: Sequence[tuple[tuple[tuple[Figure, ...], tuple[Figure, ...], bool], tuple[str, ...]]]
                    ) -> tuple[str, ...]:
    said = []
    for (x, y, same), named in things:
        if not same:
            words = " ".join(sorted(named, key=lambda w: (-zipf(w), w))[:2])
            month = " month" if x[0].unit == "month" else ""
            said.append(f"{words}{month} {figure_text(x[0])} vs {figure_text(y[0])}")
    return tuple(said)


def shared_specific_figures(a: Sequence[Figure], b: Sequence[Figure]) -> tuple[int, int]:
    """How many specific figures both give as a figure of one thing, and how many specific figures the side giving
    fewer gives. A figure is specific when written with at least two significant digits and no score (what two
    reports of one event, or a teaser and its source, share, where round figures, "9,000", "10%", "£5", recur in
    texts of any event); of one thing when written alike with a content word in common beside it ("74% of cases"),
    or, written with three significant digits or more ("16,200", "£13.10"), anywhere: rare enough by chance that
    a rewording around it ("340 passengers", "340 people on board") keeps it one figure, where two texts of other
    events that share "17%" give it of other things."""
    return specific_figures_in_common(specific_figure_contexts(a), specific_figure_contexts(b))


def specific_figures_in_common(ours: dict[str, frozenset[str]], theirs: dict[str, frozenset[str]]) -> tuple[int, int]:
    """``shared_specific_figures`` of two texts' ``specific_figure_contexts``."""
    shared = sum(1 for text, context in ours.items()
                 if text in theirs and (ANY_THING in context or context & theirs[text]))
    return shared, min(len(ours), len(theirs))


ANY_THING = ""  # in a figure's context (``specific_figure_contexts``): precise enough to be one thing anywhere


def specific_figure_contexts(found: Sequence[Figure]) -> dict[str, frozenset[str]]:
    """Each specific figure as written (``figure_text``) and the content words beside any of its mentions, with
    ``ANY_THING`` among them for a figure of three significant digits or more."""
    out: dict[str, frozenset[str]] = {}
    for figure in found:
        digits = abs(figure.value) / figure.precision if figure.precision > 0 else 0.0
        if figure.unit != "score" and figure.value and digits >= 10 - 1e-9:
            text = figure_text(figure)
            precise = frozenset({ANY_THING}) if digits >= 100 - 1e-9 else frozenset()
            out[text] = out.get(text, frozenset()) | figure.context | precise
    return out


def figure_text(figure: Figure) -> str:
    """A figure as a reader writes it: "4.75%", "£38.5m", "142,000", "2-1", "October"."""
    if figure.unit == "month":
        return MONTH_NAMES[int(figure.value) - 1]
    if figure.unit == "score":
        return f"{int(figure.value) // 100}-{int(figure.value) % 100}"
    for scale, suffix in ((1e9, "bn"), (1e6, "m")):
        if abs(figure.value) >= scale and figure.unit in _CURRENCY_SIGNS.values():
            return f"{figure.unit}{figure.value / scale:g}{suffix}"
    number = _written(figure.value, figure.precision)
    if figure.unit in _CURRENCY_SIGNS.values():
        return figure.unit + number
    return number + ({"%": "%", "mph": "mph", "¢": "c"}.get(figure.unit, ""))


def _written(value: float, precision: float) -> str:
    """``value`` with thousands separators, to the decimal place it was written to ("1,234,567.8", "4.75", "142,000";
    ``Figure.precision``): never in scientific notation, which no reader of an evidence line expects."""
    places = min(max(0, round(-math.log10(precision))), 12) if 0 < precision < 1 else 0
    return f"{value:,.{places}f}"


def _by_thing(found: Sequence[Figure]) -> dict[tuple[str, str], list[Figure]]:
    things: dict[tuple[str, str], list[Figure]] = {}
    for figure in found:
        for word in figure.context:
            things.setdefault((figure.unit, word), []).append(figure)
    return things
