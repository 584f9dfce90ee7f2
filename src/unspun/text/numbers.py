"""Numbers written in news English: digits with separators and suffixes, and number words."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from unspun.text.wordlists import FRACTIONS, SMALL_NUMBERS, TENS

if TYPE_CHECKING:
    from unspun.text.tokens import Token

_DIGITS = re.compile(r"(\d+(?:[.,]\d+)*)(%|bn|m|k|st|nd|rd|th)?$")
_SUFFIX_MAGNITUDE = {"bn": 1e9, "m": 1e6, "k": 1e3}
_SMALL = {w: n for n, w in enumerate(SMALL_NUMBERS)}
_TENS = {w: 10 * (n + 2) for n, w in enumerate(TENS)}
NUMBER_WORDS = frozenset(_SMALL) | frozenset(_TENS)  # the number words ``number_value`` reads alone ("twelve")


def has_number(tokens: Sequence[Token]) -> bool:
    """Whether any of ``tokens`` is a number ("4.75%", "twelve")."""
    return any(number_value(token.norm) is not None for token in tokens)


# A pure function of one token, remembered: dates, amounts and spin evidence ask it of every token of a sentence
# (several times each: a day of the month, an hour, an amount).
@functools.lru_cache(maxsize=65_536)
def number_value(word: str) -> float | None:
    """The value of one number token: "12", "3.5bn", "1,000", "15%", "19th", "twelve", "twenty-five"."""
    m = _DIGITS.match(word)
    if m:
        digits, suffix = m.group(1), m.group(2) or ""
        try:
            value = float(digits.replace(",", ""))  # news English: the comma separates thousands
        except ValueError:
            return None  # "1.2.3": a version or section number, not an amount
        return value * _SUFFIX_MAGNITUDE.get(suffix, 1.0)
    return _word_number(word.lower())


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
    """``word`` as a day of the month ("19", "19th"), or None."""
    value = number_value(word)
    return int(value) if value is not None and value.is_integer() and 1 <= value <= 31 else None
