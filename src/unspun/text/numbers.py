"""Numbers written in news English: digits with separators and suffixes, and number words."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from unspun.text.wordlists import (
    ATTACHED_UNITS,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    DOLLAR_COUNTRIES,
    FRACTIONS,
    SMALL_NUMBERS,
    TENS,
    VIDEO_FORMATS,
)

if TYPE_CHECKING:
    from unspun.text.tokens import Token

_DIGITS = re.compile(r"(\d+(?:[.,]\d+)*)(%|bn|m|k|st|nd|rd|th|[a-z]+)?$")
_SUFFIX_MAGNITUDE = {"bn": 1e9, "m": 1e6, "k": 1e3}
_SMALL = {w: n for n, w in enumerate(SMALL_NUMBERS)}
_TENS = {w: 10 * (n + 2) for n, w in enumerate(TENS)}
# Letters a number is written with: a magnitude, an ordinal's ending, pence ("3.1p", "246p"), a unit of measure
# ("1.4kg": 1.4)
_SUFFIXES = frozenset(_SUFFIX_MAGNITUDE) | {"st", "nd", "rd", "th", "p"} | ATTACHED_UNITS
NUMBER_WORDS = frozenset(_SMALL) | frozenset(_TENS)  # the number words ``number_value`` reads alone ("twelve")


def has_number(tokens: Sequence[Token]) -> bool:
    """Whether any of ``tokens`` is a number ("4.75%", "twelve")."""
    return any(number_value(token.norm) is not None for token in tokens)


# A pure function of one token, remembered: dates, amounts and spin evidence ask it of every token of a sentence
# (several times each: a day of the month, an hour, an amount).
@functools.lru_cache(maxsize=65_536)
def number_value(word: str) -> float | None:
    """The value of one number token: "12", "3.5bn", "1,000", "15%", "19th", "1.4kg", "twelve", "twenty-five"."""
    m = _DIGITS.match(word)
    if m:
        digits, suffix = m.group(1), m.group(2) or ""
        if (suffix[:1].isalpha() and suffix not in _SUFFIXES) or word in VIDEO_FORMATS:
            return None  # "3pm", "4x4", "2020s", "1080p": a time, a name, a decade, a video format
        try:
            value = float(digits.replace(",", ""))  # news English: the comma separates thousands
        except ValueError:
            return None  # "1.2.3": a version or section number, not an amount
        return value * _SUFFIX_MAGNITUDE.get(suffix, 1.0)
    return _word_number(word.lower())


def may_be_number(word: str) -> bool:
    """Whether ``number_value(word)`` may read a number (it reads none where this says no): a digit first, or a
    number word ("twelve", "twenty-five"). A cheap test before it, for readers that ask it of every token."""
    return word[:1].isdigit() or word.lower().partition("-")[0] in NUMBER_WORDS


def in_pence(word: str) -> bool:
    """Whether a number token is written in pence ("3.1p", "246p": £0.031, £2.46)."""
    return _written_on(word) == "p"


def percent_end(tokens: Sequence[Token], last: int) -> int | None:
    """The last token of a percentage whose number ends at token ``last``, the one rule of how one is written:
    "15%" (that token), "15 per cent", "15 percent"; None for any other amount."""
    if tokens[last].norm.endswith("%"):
        return last
    after = [t.norm for t in tokens[last + 1 : last + 3]]
    if after[:2] == ["per", "cent"]:
        return last + 2
    return last + 1 if after[:1] == ["percent"] else None


def attached_unit(word: str) -> str:
    """The unit of measure written onto a number token ("1.4kg": "kg", "94mph": "mph"), "" without one."""
    suffix = _written_on(word)
    return suffix if suffix in ATTACHED_UNITS else ""


def _written_on(word: str) -> str:
    """What a number token writes after its digits ("kg" of "1.4kg", "%" of "15%"), "" for none or no number."""
    m = _DIGITS.match(word)
    return (m.group(2) or "") if m else ""


def _word_number(word: str) -> float | None:
    if word in _SMALL:
        return float(_SMALL[word])
    if word in _TENS:
        return float(_TENS[word])
    tens, _, unit = word.partition("-")
    if tens in _TENS and unit in _SMALL and 0 < _SMALL[unit] < 10:
        return float(_TENS[tens] + _SMALL[unit])
    return None


def fraction_value(count: str, word: str) -> float | None:
    """The amount of a count and a fraction word: "a third" 1/3, "two-thirds" / "two thirds" 2/3, "one half" 1/2,
    "3 quarters" 3/4; None when ``word`` is no fraction or ``count`` no count ("the third", "first half": an
    ordinal or a part of a match)."""
    part = FRACTIONS.get(word.lower())
    if part is None:
        return None
    count = count.lower()
    if _DIGITS.match(count) and count.endswith(("st", "nd", "rd", "th")):
        return None  # "2nd half": an ordinal
    times = 1.0 if count in ("a", "an") else number_value(count)
    return None if times is None else times * part


def day_of_month(word: str) -> int | None:
    """``word`` as a day of the month ("19", "19th"), or None; a share is none ("the end of August, 14% more")."""
    if word.endswith("%"):
        return None
    value = number_value(word)
    return int(value) if value is not None and value.is_integer() and 1 <= value <= 31 else None


class Currency(NamedTuple):
    """The currency an amount is written in: the ISO codes its writing may stand for (``wordlists.CURRENCY_SIGNS``:
    "$" any dollar, "US$" only the US one) and the token range that says it with the amount."""

    codes: frozenset[str]
    first: int
    last: int  # inclusive


def amount_currency(text: str, tokens: Sequence[Token], first: int, last: int) -> Currency | None:
    """The currency of the amount at tokens ``first`` … ``last`` (its digits and magnitude words): a sign before it
    ("£146m", "US$5bn", "€ 40"), a code before it ("CHF 40,000"), or a currency word after it ("146 million
    dollars", "500 yen", "5m US dollars"); None when none is written."""
    before = tokens[first - 1] if first > 0 else None
    if before is not None and before.text in CURRENCY_SIGNS and _spaced_by(text, before, tokens[first], " "):
        country = tokens[first - 2] if first > 1 and tokens[first - 2].end == before.start else None
        if country is not None and country.text + before.text in CURRENCY_SIGNS:
            return Currency(CURRENCY_SIGNS[country.text + before.text], first - 2, last)
        return Currency(CURRENCY_SIGNS[before.text], first - 1, last)
    if before is not None and before.text in CURRENCY_CODES and _spaced_by(text, before, tokens[first], " "):
        return Currency(CURRENCY_CODES[tokens[first - 1].text], first - 1, last)
    after = tokens[last + 1].norm if last + 1 < len(tokens) else ""
    if after in DOLLAR_COUNTRIES and last + 2 < len(tokens) and tokens[last + 2].norm in ("dollar", "dollars"):
        return Currency(DOLLAR_COUNTRIES[after], first, last + 2)
    if after in CURRENCY_WORDS:
        return Currency(CURRENCY_WORDS[after], first, last + 1)
    return None


def _spaced_by(text: str, left: Token, right: Token, gap: str) -> bool:
    """Nothing but ``gap`` or nothing at all between two tokens."""
    between = text[left.end : right.start]
    return between in ("", gap)


def numbers_written_as(words: Sequence[str], other: Sequence[str]) -> tuple[str, ...]:
    """``words`` (normal forms) with each number written out ("twenty", "three"; "eleven") given as the digits
    ``other`` writes the same value in ("23"; "11"): people spell small numbers out where a copy or a summary
    of theirs gives digits, and the two say the same figure. "one" stays a word (mostly a pronoun)."""
    digits = {value: w for w in other if any(map(str.isdigit, w)) and (value := number_value(w)) is not None}
    if not digits:
        return tuple(words)
    out: list[str] = []
    k = 0
    while k < len(words):
        value, width = _written_number_at(words, k)
        if value is not None and value in digits and value != 1:
            out.append(digits[value])
            k += width
        else:
            out.append(words[k])
            k += 1
    return tuple(out)


def _written_number_at(words: Sequence[str], k: int) -> tuple[float | None, int]:
    """The value of the number written out at ``words[k]`` and how many words it takes: "twenty" "three" (a
    hyphenated "twenty-three" split by the tokeniser) is 23 in two words."""
    word = words[k]
    if word in _TENS and k + 1 < len(words) and 0 < _SMALL.get(words[k + 1], 0) < 10:
        return float(_TENS[word] + _SMALL[words[k + 1]]), 2
    if word in _SMALL or word in _TENS:
        return _word_number(word), 1
    return None, 1
