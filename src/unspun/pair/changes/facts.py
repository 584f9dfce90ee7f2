"""Number and date changes: amounts and time expressions that differ where two sentences differ."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from unspun.config import TEXT_DEFAULT
from unspun.model import Change, ChangeKind, Span
from unspun.pair.changes.context import SentencePair, change_of, overlaps, span_of
from unspun.text.dates import mention_at, mention_starts, non_overlapping
from unspun.text.figures import (
    Figure,
    NumberRead,
    context_forms,
    figures,
    hedge_side,
    number_at,
    rounds_to,
    said_on,
    same_figure,
    spoken_clock_times,
    zero_before_point,
)
from unspun.text.numbers import (
    amount_currency,
    attached_unit,
    fraction_value,
    in_pence,
    may_be_number,
    number_value,
    percent_end,
)
from unspun.text.tokens import Token, is_word, word_tokens
from unspun.text.wordlists import (
    AGE_BAND_OPENERS,
    ALTERNATIVE_JOINERS,
    COUNTED_NOUN_MODIFIERS,
    CURRENCY_SIGNS,
    FRACTIONS,
    FUNCTION_WORDS,
    FURTHER_PART_WORDS,
    HEDGES,
    IDENTIFIER_NOUNS,
    LIST_JOINERS,
    MAGNITUDES,
    MONTH_ABBREVIATIONS,
    PARTITIVE_PRONOUNS,
    PERSON_NOUNS,
    RANGE_OPENERS,
    TIME_DETERMINERS,
    UNITS,
    WEEKDAYS,
)


@dataclass(frozen=True, slots=True)
class Fact:
    """A number or date mention: its kind, a comparable value and its token index range."""

    kind: ChangeKind  # "number" or "date" (a clock time counts as a date)
    value: str
    first: int
    last: int  # inclusive
    unit: str = ""  # the unit after a number ("metres", "mph", "%", "watt-hours"), when ``wordlists.UNITS`` knows it
    # the ISO codes of the currency written with it (``numbers.amount_currency``)
    currency: frozenset[str] = frozenset()
    # the tokens of the amount as written, its currency and unit with it ("US$146m", "2.1 percentage points")
    written_first: int = -1
    written_last: int = -1

    @property
    def written(self) -> slice:
        """The tokens of the amount as written, with its currency and unit."""
        return slice(self.written_first if self.written_first >= 0 else self.first,
                     max(self.last, self.written_last) + 1)

    def measured_like(self, other: Fact) -> bool:
        """Whether two amounts of one value are in the same currency and unit, as far as both say: one that gives
        none matches any; "$" matches "US$"; "km" matches "kilometres"; "£" / "€", "%" / "percentage points"
        and "miles" / "km" do not."""
        if self.currency and other.currency and not self.currency & other.currency:
            return False
        if not self.unit or not other.unit:
            return True
        (dim_a, factors_a), (dim_b, factors_b) = UNITS[self.unit], UNITS[other.unit]
        return dim_a == dim_b and bool(set(factors_a) & set(factors_b))


def facts(text: str, tokens: Sequence[Token], as_said: bool = True) -> list[Fact]:
    """Dates and times (``text.dates``; a clock time said in words, ``figures.spoken_clock_times``: "at seven this
    morning" is a time, as "at 7am" is, never a count of seven), then numbers with following magnitudes folded in
    ("3.5 billion"; ``as_said``: ``TextConfig.numbers_in_words_as_said``, the rest said on below a magnitude word,
    ``figures.said_on``)."""
    spoken = {time.first: time for time in spoken_clock_times(tokens)}

    def fact_at(k: int) -> Fact | None:
        if k in spoken:
            return Fact("date", spoken[k].value, k, spoken[k].last)
        mention = mention_at(text, tokens, k)
        if mention:
            return Fact("date", mention.value, mention.first, mention.last)
        return _number_at(text, tokens, k, as_said)

    # Asked only where a date or an amount may start (most tokens are no number and no date's word).
    dates = set(mention_starts(tokens)) | set(spoken)
    return non_overlapping([k for k in range(len(tokens)) if k in dates or _may_start_amount(tokens, k)], fact_at)


def _sentence_facts(text: str, tokens: Sequence[Token], as_said: bool = True) -> tuple[Fact, ...]:
    """``facts`` of one sentence's tokens, remembered by the text from its first token to its last. ``facts``
    reads only the tokens and the text between them, and gives token indices, not offsets; that text alone
    tokenises to the same tokens (the tokenizer looks behind nothing, and a token ends where no letter or digit
    follows). Copies of one story repeat their sentences in every pair a trace compares."""
    if not tokens:
        return ()
    return _facts_of_text(text[tokens[0].start : tokens[-1].end], as_said)


@functools.lru_cache(maxsize=65_536)
def _facts_of_text(text: str, as_said: bool = True) -> tuple[Fact, ...]:
    return tuple(facts(text, word_tokens(text), as_said))


def _may_start_amount(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``_number_at`` may find an amount at token ``k`` (it finds none where this says no): a number there
    (``numbers.may_be_number``; a temperature's digits too), or a fraction word after it ("a third"). Most tokens
    are neither, and ``facts`` asks at every token."""
    token = tokens[k]
    return may_be_number(token.norm) or token.text[:1].isdigit() or zero_before_point(tokens, k) or (
        k + 1 < len(tokens) and tokens[k + 1].norm.lower() in FRACTIONS)


def _number_at(text: str, tokens: Sequence[Token], k: int, as_said: bool = True) -> Fact | None:
    fraction = fraction_value(tokens[k].norm, tokens[k + 1].norm) if k + 1 < len(tokens) else None
    if fraction is not None:  # "a third", "two-thirds", "three quarters": one amount
        return Fact("number", f"{fraction:.4g}", k, k + 1)
    if (code := _code_at(text, tokens, k)) is not None:
        return code
    if (temperature := _temperature_at(text, tokens, k)) is not None:
        return temperature
    read = number_at(text, tokens, k)  # the figure reader's: "twenty-five", "7m high" (metres), "£7m" (millions)
    if read is None:
        if tokens[k].norm != "one":
            return None
        # "one" alone: a pronoun to the figure reader, a count to a list of changes ("one man" → "two men")
        read = NumberRead(1.0, 1.0, k)
    value, _, last, length = read
    if _joined_digits(text, tokens, k):  # "3-1", "0–0": a score or a range, one fact shown whole
        return Fact("number", f"{tokens[k].norm}-{tokens[k + 1].norm}", k, k + 1)
    while last + 1 < len(tokens) and tokens[last + 1].norm in MAGNITUDES and tokens[last + 1].norm != "m":
        last += 1
        value *= MAGNITUDES[tokens[last].norm]
        if tokens[k].norm.isalpha() and as_said:  # "two thousand three hundred": one amount, as figures read it
            value, _, last = said_on(text, tokens, (value, 1.0, last), MAGNITUDES[tokens[last].norm])
    measure, measure_last = ("metres", last) if length else _per_hour(text, tokens, *_unit_after(tokens, last))
    currency = amount_currency(text, tokens, k, last)
    first_written = currency.first if currency else k
    last_written = max(measure_last, currency.last if currency else last)
    codes = currency.codes if currency else frozenset()
    if in_pence(tokens[k].norm):  # "246p" is £2.46
        value, codes = value / 100, frozenset({"GBP"})
    return Fact("number", f"{value:g}", k, last, measure, codes, first_written, last_written)


_TEMPERATURE = re.compile(r"(\d+(?:\.\d+)?)([CF])")
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?", re.ASCII)
_TEMPERATURE_UNITS = {"c": "celsius", "f": "fahrenheit", "celsius": "celsius", "centigrade": "celsius",
                      "fahrenheit": "fahrenheit"}
_MINUS = ("-", "\u2212", "\u2013")


def _temperature_at(text: str, tokens: Sequence[Token], k: int) -> Fact | None:
    """A temperature starting at token ``k``: "47C", "117F", "47°C", "47 °F", "47 degrees Celsius", "8 degrees C",
    below zero with a minus sign or "minus" before it ("-18C", "minus 5C"); its unit "celsius" or "fahrenheit".
    The letter must be a capital written onto the number or after a degree sign ("50c" is cents), and a letter
    written onto it is a temperature unless it names a thing (``_reads_as_temperature``: "class 3C" is a class)."""
    token = tokens[k]
    if match := _TEMPERATURE.fullmatch(token.text):
        if not _reads_as_temperature(text, tokens, k):
            return None
        value, unit, last = float(match.group(1)), _TEMPERATURE_UNITS[match.group(2).lower()], k
    else:
        # ASCII digits only: str.isdigit() takes superscripts ("10⁶ degrees"), which float() refuses
        if not _PLAIN_NUMBER.fullmatch(token.norm) or k + 1 >= len(tokens):
            return None
        after = tokens[k + 1]
        if text[token.end : after.start].strip() == "\u00b0" and after.text in ("C", "F"):
            unit, last = _TEMPERATURE_UNITS[after.norm], k + 1
        elif (after.norm in ("degree", "degrees") and k + 2 < len(tokens)
              and (tokens[k + 2].norm in ("celsius", "centigrade", "fahrenheit") or tokens[k + 2].text in ("C", "F"))):
            unit, last = _TEMPERATURE_UNITS[tokens[k + 2].norm], k + 2
        elif after.norm == "degrees":  # "110 degrees": a temperature on either scale (or an angle)
            unit, last = "degrees", k + 1
        else:
            return None
        value = float(token.norm)
    first = k - 1 if _minus_word_before(tokens, k) else k
    if _minus_before(text, tokens, k):
        value = -value
    return Fact("number", f"{value:g}", k, last, unit, frozenset(), first, last)


# The range a figure written with C or F onto it is read as a temperature in: the coldest and hottest of weather,
# the body and a kitchen's oven ("220C", "450F"); "1000C" or "5000F" is a code or a model.
_TEMPERATURE_RANGE = {"C": (-100.0, 400.0), "F": (-150.0, 750.0)}
# A code of figures and one capital ("3C", "4F", "12B"), a list's neighbour of a figure written with C or F.
_CODE = re.compile(r"\d+([A-Z])")


def _reads_as_temperature(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether the figure with a C or F written onto it at token ``k`` ("47C", "4F") is a temperature: it is one in
    the range a temperature takes (``_TEMPERATURE_RANGE``) unless it is an identifier: a noun that names things by
    codes right before it (``wordlists.IDENTIFIER_NOUNS``: "Pupils in class 3C", "Form 4F", "seat 14C"), or a list
    of codes ("classes 3C and 4F", "3B, 3C and 4F": a neighbour in the list written with another capital, or with
    the other scale and no bracket between: "47C (117F)" is one temperature on two scales)."""
    token = tokens[k]
    low, high = _TEMPERATURE_RANGE[token.text[-1]]
    if not low <= float(token.text[:-1]) <= high:
        return False
    if k > 0 and _names_by_code(tokens, k - 1) and not _minus_before(text, tokens, k):
        return False
    for j in (k - 2, k - 1, k + 1, k + 2):
        if not 0 <= j < len(tokens) or j == k:
            continue
        first, last = tokens[min(j, k)], tokens[max(j, k)]
        between = text[first.end : last.start]
        if (abs(j - k) == 2 and tokens[(j + k) // 2].norm not in LIST_JOINERS) or (
                abs(j - k) == 1 and between.strip() not in (",", "&")):
            continue
        code = _CODE.fullmatch(tokens[j].text)
        if code is not None and code.group(1) != token.text[-1]:  # "3C and 4F", "3B, 3C": codes, not a range
            return False
    return True


def _names_by_code(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is a noun of ``wordlists.IDENTIFIER_NOUNS`` naming the code after it: "class 3C", "Year
    10C"; not "last year 40C", nor the verb of "plants that stand 40C" ("Stand 4F" with its capital is one)."""
    token = tokens[i]
    if token.norm not in IDENTIFIER_NOUNS:
        return False
    if token.norm in ("year", "years"):
        return i == 0 or tokens[i - 1].norm not in TIME_DETERMINERS
    if token.norm in ("stand", "stands", "form", "forms", "set", "sets", "level", "levels"):
        return token.text[:1].isupper() or (i > 0 and tokens[i - 1].norm in ("in", "on", "at", "from", "of"))
    return True


def _code_at(text: str, tokens: Sequence[Token], k: int) -> Fact | None:
    """A code of figures and a capital after a noun that names things by codes (``_names_by_code``: "seat 3C",
    "gate 12B", "class 4F"), as written: a fact of the event (a copy that moves the passenger to seat 4C changed
    one), neither a temperature nor a number. Shown whole, as a score is ("3-1")."""
    written = tokens[k].text
    # most tokens are words: the last character read first spares them the pattern (every token is tried)
    if k == 0 or not written[-1].isupper() or _CODE.fullmatch(written) is None or not _names_by_code(tokens, k - 1) \
            or _minus_before(text, tokens, k):
        return None
    return Fact("number", tokens[k].norm, k, k)


def _minus_before(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether a minus stands right before token ``k``: "minus 5C", "-18C" (not the hyphen of "3-1")."""
    start = tokens[k].start
    return _minus_word_before(tokens, k) or (
        start > 0 and text[start - 1] in _MINUS and (start == 1 or not text[start - 2].isalnum()))


def _minus_word_before(tokens: Sequence[Token], k: int) -> bool:
    return k > 0 and tokens[k - 1].norm == "minus" and tokens[k - 1].end + 1 == tokens[k].start


def temperature_celsius(value: float, degree: float) -> float:
    """A temperature in degrees Celsius, from a scale whose degree is ``degree`` Celsius degrees (1 for Celsius,
    5/9 for Fahrenheit: ``wordlists.UNITS``)."""
    return value if degree == 1.0 else (value - 32.0) * degree


def _signed(text: str, span: Span) -> Span:
    """A number's span with the minus sign written right before it ("-18C"), when one is."""
    if span.start > 0 and text[span.start - 1] in _MINUS and (span.start == 1 or not text[span.start - 2].isalnum()):
        return Span(span.start - 1, span.end)
    return span


def _joined_digits(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Two plain numbers joined by a hyphen or an en dash, nothing else between them ("3-1", "10–15")."""
    return (k + 1 < len(tokens) and tokens[k].norm.isdigit() and tokens[k + 1].norm.isdigit()
            and text[tokens[k].end : tokens[k + 1].start] in ("-", "–"))


def _unit_after(tokens: Sequence[Token], last: int) -> tuple[str, int]:
    """The unit of the amount ending at token ``last`` (a ``wordlists.UNITS`` key: "%" for "15%", "15 per cent"
    and "15 percent"; a unit joined to "-hours", "watt-hours", as one) and the last token that writes it; ("",
    ``last``) without one."""
    if (percent := percent_end(tokens, last)) is not None:
        return "%", percent
    if attached := attached_unit(tokens[last].norm):  # "1.4kg"
        return attached, last
    after = [t.norm for t in tokens[last + 1 : last + 3]]
    if after[:1] == ["square"] and " ".join(after) in UNITS:  # "20 square miles"
        return " ".join(after), last + 2
    if not after or after[0] not in UNITS:
        return "", last
    joined = f"{after[0]}-{after[1]}" if len(after) == 2 and tokens[last + 2].start == tokens[last + 1].end + 1 else ""
    if joined in UNITS:
        return joined, last + 2
    if after[0] in ("percentage", "basis") and after[1:] in (["point"], ["points"]):
        return after[0], last + 2
    return after[0], last + 1


def _per_hour(text: str, tokens: Sequence[Token], unit: str, last: int) -> tuple[str, int]:
    """``unit`` and its last token, read on over "/h" after kilometres or miles ("113km/h", "113 km/h"): a speed."""
    if unit in ("km", "kilometres", "kilometers", "mi", "miles") and last + 1 < len(tokens) \
            and tokens[last + 1].norm == "h" and text[tokens[last].end:tokens[last + 1].start] == "/":
        return ("kmh" if unit.startswith("k") else "mph"), last + 1
    return unit, last


# Converted figures are rounded as written: "12 km" is "7.5 miles" (12.07 km), "50 metres" "160 feet" (48.8 m).
_CONVERSION_TOLERANCE = 0.05


def _converted(fa: Fact, fb: Fact) -> bool:
    """Whether two amounts in other units of one dimension are the same amount ("3.4 metres" / "11.2 feet"): within
    ``_CONVERSION_TOLERANCE`` of each other, or one of them the other converted and rounded to the precision it is
    written at ("within 2 miles" / "within 3km": 3.22 km to the nearest kilometre; "3.2km" covers 3.15–3.25 km)."""
    if not fa.unit or not fb.unit or fa.unit == fb.unit:
        return False
    (dim_a, factors_a), (dim_b, factors_b) = UNITS[fa.unit], UNITS[fb.unit]
    if dim_a != dim_b:
        return False
    x, y = float(fa.value), float(fb.value)
    half_x, half_y = _half_unit(fa.value), _half_unit(fb.value)
    if dim_a == "temperature":  # "47C" / "117F" (116.6F); "-18C" / "0F" (-0.4F): each to the degree it is written
        return any(abs(temperature_celsius(x, p) - temperature_celsius(y, q)) <= max(half_x * p, half_y * q) + 1e-9
                   for p in factors_a for q in factors_b if p != q)
    for p in factors_a:
        for q in factors_b:
            gap = abs(x * p - y * q)
            if gap <= _CONVERSION_TOLERANCE * max(abs(x * p), abs(y * q)) or gap <= half_x * p or gap <= half_y * q:
                return True
    return False


def restates_amount(given: Fact, other: Fact) -> bool:
    """Whether ``other`` is ``given`` put in other units ("5 miles (8km)", ``_converted``) or in another currency
    ("£48,000 (about $61,000)"): an amount restated, not another one."""
    return _converted(given, other) or (other.unit == given.unit and bool(given.currency) and bool(other.currency)
                                        and not given.currency & other.currency)


def _half_unit(value: str) -> float:
    """Half a unit of the last digit an amount is written to ("3" 0.5, "3.2" 0.05, "1,600" 0.5): every amount that
    rounds to it lies within this of it. Whole numbers count to their last digit, zeros too, so "20km" is not "10
    miles" (16.1 km)."""
    try:
        exponent = Decimal(value).as_tuple().exponent
    except InvalidOperation:
        return 0.0
    return 0.5 * 10.0 ** min(0, exponent) if isinstance(exponent, int) else 0.0


def without_conversions(pair: SentencePair, facts_a: Sequence[Fact], facts_b: Sequence[Fact]
                        ) -> tuple[list[Fact], list[Fact]]:
    """Both sentences' facts less the amounts one gives in other units where the other gives them ("3.4 metres" /
    "11.2 feet", facing each other in the word diff), and less a conversion a sentence adds right after an amount
    it states ("3.4 metres (11.2 feet)"): a figure put in other units is the same fact. A changed figure beside a
    conversion elsewhere stays a change."""
    left_a, left_b = list(facts_a), list(facts_b)
    for fa in [f for f in left_a if f.unit]:
        lo, hi = _facing(pair.opcodes, fa.first, fa.last)
        match = next((fb for fb in left_b if fb.first <= hi and fb.last >= lo and _converted(fa, fb)), None)
        if match is not None:
            left_a.remove(fa)
            left_b.remove(match)
    for side in (left_a, left_b):
        for f in [f for f in side if f.unit]:
            if any(g is not f and 0 < f.first - g.last <= 3 and _converted(f, g) for g in side):
                side.remove(f)
    _drop_rounded_proportions(pair, left_a, left_b)
    if pair.config.rounded_figures:
        _drop_rounded_figures(pair, left_a, left_b)
    if pair.config.summed_parts:
        _drop_summed_parts(pair, left_a, left_b)
    return left_a, left_b


@dataclass(frozen=True, slots=True)
class SummedParts:
    """Amounts one sentence lists as parts of one thing ("two crew members and four passengers", "£700,000 on
    a roof and a further £500,000 on heating", "two elderly passengers and a child"), with their sum."""

    total: float
    parts: tuple[Fact, ...]  # the listed amounts written as figures (a part said "a child" has none)
    first: int  # token range, inclusive
    last: int
    tight: bool  # parts counted, each right beside the next ("four passengers and the driver"), not money apart


_PART_REACH = 12  # tokens between two listed amounts at most ("£700,000 on a new roof for ... and a further £500,000")
_NOUN_REACH = 3  # words of a counted noun right after a count at most ("two crew members", "two elderly passengers")
_SUMMED_DIMENSIONS = frozenset({"mass", "volume", "area", "length"})  # units whose amounts add up
_ONE_PART = frozenset({"a", "an", "the", "one"})  # "and a child", "and the driver": one more counted


def summed_parts(text: str, tokens: Sequence[Token], found: Sequence[Fact]) -> list[SummedParts]:
    """The lists of parts a sentence's amounts (``found``) make, each of two or more parts: counts only as a tight
    list, each a count and its noun of one class right before "and" or a comma, no verb between ("two crew members
    and four passengers", "five primary schools and two secondary schools"), and "and a/the" a person counting one
    more ("two elderly passengers and a child": 3); money and quantities only where a later part says it is more
    ("£700,000 ... and a further £500,000", "300 tonnes ... and another 150 tonnes"). A text that sums them ("three
    were treated") states the same fact, summed: one can sum parts, not split a total. Never summed: alternatives
    ("four or five posts"), a range ("between £70 and £90"), things of two kinds ("two men and a dog"), figures
    of two clauses ("three were killed and two others were injured", "twelve voted in favour and three against"),
    a part of a whole ("two of them") or a span of time ("four hours and twenty minutes")."""
    amounts = [f for f in found if _summable(tokens, f)]
    lists: list[SummedParts] = []
    run: list[Fact] = []
    for f in [*amounts, None]:
        if f is not None and run and _listed_after(text, tokens, run[-1], f):
            run.append(f)
            continue
        if run:
            one = _one_more(tokens, run[-1])
            if len(run) + bool(one) >= 2:
                total = sum(float(g.value) for g in run) + bool(one)
                counts = not run[0].unit and not run[0].currency
                lists.append(SummedParts(total, tuple(run), run[0].first, one or _noun_end(tokens, run[-1]), counts))
        run = [f] if f is not None else []
    return lists


def _summable(tokens: Sequence[Token], fact: Fact) -> bool:
    """Whether an amount may be a listed part: a count, money, or a quantity that adds up (``_SUMMED_DIMENSIONS``:
    tonnes, hectares; not a share, a rate, a speed or a span of time: "flats rose by 0.6% and detached houses by
    0.3%" is no 0.9%), written as a value (not a score or a code), no part of a whole, and no end of a range
    ("between £70 and £90": neither is a part)."""
    if fact.kind != "number" or (fact.unit and UNITS[fact.unit][0] not in _SUMMED_DIMENSIONS):
        return False
    try:
        float(fact.value)
    except ValueError:
        return False
    start = fact.written.start if fact.written.start is not None else fact.first
    in_range = any(t.norm in RANGE_OPENERS for t in tokens[max(0, start - 2) : start])
    return not in_range and not _partitive(tokens, fact)


def _listed_after(text: str, tokens: Sequence[Token], x: Fact, y: Fact) -> bool:
    """Whether amount ``y`` follows amount ``x`` as another part of one list (``summed_parts``): in one unit and
    currency, "and" or a comma between (never "or": alternatives), no sentence's end between; two counts right
    beside each other, each with its noun, of one class (``_counted_alike``); money or a quantity within
    ``_PART_REACH`` tokens, the later one said to be more ("a further", "another", "plus":
    ``wordlists.FURTHER_PART_WORDS``)."""
    y_start = y.written.start if y.written.start is not None else y.first
    between = tokens[x.written.stop : y_start]
    if not 0 <= len(between) <= _PART_REACH or x.unit != y.unit or x.currency != y.currency:
        return False
    gap = text[tokens[x.written.stop - 1].end : tokens[y.first].start]
    if any(mark in gap for mark in ".;:!?") or any(t.norm in ALTERNATIVE_JOINERS for t in between) or not (
            "," in gap or any(t.norm in LIST_JOINERS for t in between)):
        return False
    if x.unit or x.currency:
        return bool(between) and between[-1].norm in FURTHER_PART_WORDS
    noun_x = _counted_words(tokens, x.written.stop)
    joiner = [t.norm for t in between[len(noun_x):]]
    noun_y = _counted_words(tokens, y.written.stop)
    return bool(noun_x) and joiner in ([], ["and"]) and _counted_alike(noun_x[-1], noun_y)


def _counted_words(tokens: Sequence[Token], k: int) -> list[str]:
    """The words of a counted noun from token ``k`` (right after a count): up to ``_NOUN_REACH`` words, none a
    function word ("two crew members and", "four passengers were")."""
    words: list[str] = []
    for t in tokens[k : k + _NOUN_REACH]:
        if not t.norm.isalpha() or t.norm in FUNCTION_WORDS:
            break
        words.append(t.norm)
    return words


def _counted_alike(head: str, words: Sequence[str]) -> bool:
    """Whether a count's noun ``head`` ("members") and the next part's noun words count things of one class: the
    same noun ("primary schools and two secondary schools") or people both (``wordlists.PERSON_NOUNS``)."""
    return head in words or (head in PERSON_NOUNS and any(w in PERSON_NOUNS for w in words))


def _noun_end(tokens: Sequence[Token], fact: Fact) -> int:
    """The last token of an amount with the noun right after it ("four passengers"), or of the amount alone."""
    k = fact.written.stop
    noun = k < len(tokens) and tokens[k].norm.isalpha() and tokens[k].norm not in FUNCTION_WORDS
    return k if noun else k - 1


def _one_more(tokens: Sequence[Token], fact: Fact) -> int:
    """The last token of "and a/the/one <person>" right after a count of people ("two elderly passengers and a
    child", "three passengers and the driver": ``wordlists.PERSON_NOUNS``), or 0 where none follows: "two men and
    a dog" are no three men, "48 passengers and a crew of five" no 49 passengers."""
    if fact.unit or fact.currency:
        return 0
    noun = _counted_words(tokens, fact.written.stop)
    k = fact.written.stop + len(noun)
    if not noun or noun[-1] not in PERSON_NOUNS or [t.norm for t in tokens[k : k + 1]] != ["and"] \
            or k + 1 >= len(tokens) or tokens[k + 1].norm not in _ONE_PART:
        return 0
    more = _counted_words(tokens, k + 2)[:2]
    person = next((i for i, w in enumerate(more) if w in PERSON_NOUNS), None)
    return 0 if person is None else k + 2 + person


def _drop_summed_parts(pair: SentencePair, left_a: list[Fact], left_b: list[Fact]) -> None:
    """Less a total one sentence gives and the parts the other lists and it sums (``summed_parts``): the same
    fact, summed."""
    for here, tokens, text, there in ((left_a, pair.ta, pair.a_text, left_b), (left_b, pair.tb, pair.b_text, left_a)):
        for listed in summed_parts(text, tokens, here):
            total = next((f for f in there if f.kind == "number" and _sums_to(f, listed, here)), None)
            if total is None or not all(f in here for f in listed.parts):
                continue
            there.remove(total)
            for f in listed.parts:
                here.remove(f)


def _sums_to(total: Fact, listed: SummedParts, parts_side: Sequence[Fact]) -> bool:
    """Whether ``total`` (an amount of the other sentence) is the sum of ``listed`` in their unit and currency,
    and no amount of the parts' sentence itself."""
    first = listed.parts[0]
    try:
        value = float(total.value)
    except ValueError:
        return False
    return math.isclose(value, listed.total) and total.unit == first.unit and total.measured_like(first) \
        and not any(f.value == total.value for f in parts_side)


# A proportion told in words is a rounded percentage: within this many points of it ("41%" / "four in ten", "34%"
# / "a third", "27%" / "more than a quarter") and within ``_PROPORTION_RELATIVE`` of it, so that "5%" / "one in
# twelve" (8.3) stays a change.
_PROPORTION_POINTS = 5.0
_PROPORTION_RELATIVE = 0.2
_WORDS_GAP = 0.5


@dataclass(frozen=True, slots=True)
class _Proportion:
    percent: float
    first: int  # token range, inclusive
    last: int
    facts: tuple[Fact, ...]
    in_words: bool  # a fraction or "N in M", not a percentage


def _proportions(tokens: Sequence[Token], found: Sequence[Fact]) -> list[_Proportion]:
    """The proportions ``found`` (a sentence's facts) state: percentages ("41%", "Seventeen per cent"), fractions
    ("a third", "two-thirds", "a quarter") and counts out of a count ("four in ten", "one in six", "3 out of 5")."""
    props = []
    for k, f in enumerate(found):
        if f.kind != "number":
            continue
        if f.unit == "%":
            props.append(_Proportion(float(f.value), f.first, f.last, (f,), False))
        elif f.last == f.first + 1 and fraction_value(tokens[f.first].norm, tokens[f.last].norm) is not None:
            props.append(_Proportion(100 * float(f.value), f.first, f.last, (f,), True))
        elif not f.unit and k + 1 < len(found) and found[k + 1].kind == "number" and not found[k + 1].unit:
            g = found[k + 1]
            between = [t.norm for t in tokens[f.last + 1 : g.first]]
            try:
                part, whole = float(f.value), float(g.value)
            except ValueError:
                continue
            if between in (["in"], ["out", "of"]) and 0 < part < whole <= 1000 and not f.currency | g.currency:
                props.append(_Proportion(100 * part / whole, f.first, g.last, (f, g), True))
    return props


def _drop_rounded_proportions(pair: SentencePair, left_a: list[Fact], left_b: list[Fact]) -> None:
    """Less the proportions one sentence tells in words where the other gives them as a percentage or in other
    words, rounded as a person rounds them ("41%" / "four in ten", "One in four" / "A quarter"): facing each other
    in the word diff, within ``_PROPORTION_POINTS`` points and ``_PROPORTION_RELATIVE`` of each other."""
    props_b = [p for p in _proportions(pair.tb, left_b) if all(f in left_b for f in p.facts)]
    for pa in _proportions(pair.ta, left_a):
        if not (pa.in_words or any(p.in_words for p in props_b)) or not all(f in left_a for f in pa.facts):
            continue
        lo, hi = _facing(pair.opcodes, pa.first, pa.last)
        for pb in props_b:
            if not (pa.in_words or pb.in_words) or pb.first > hi or pb.last < lo or \
                    not all(f in left_b for f in pb.facts):
                continue
            gap = abs(pa.percent - pb.percent)
            # two proportions in words are one only as two ways of writing one fraction ("one in four" / "a
            # quarter"); "one in five" for "one in six" is another figure
            if (gap < _WORDS_GAP if pa.in_words and pb.in_words else
                    gap <= _PROPORTION_POINTS and gap <= _PROPORTION_RELATIVE * max(pa.percent, pb.percent)):
                for f in pa.facts:
                    left_a.remove(f)
                for f in pb.facts:
                    left_b.remove(f)
                break


def _drop_rounded_figures(pair: SentencePair, left_a: list[Fact], left_b: list[Fact]) -> None:
    """Less the figures one sentence gives behind a hedge and the other as the exact figure it rounds, facing each
    other in the word diff (``figures.rounds_to``: "around 75" / "73", "nearly £2m" / "£1.94m", "more than 400" /
    "412"): a rounded figure is the same fact. One it does not round ("about 150" for 412) stays a change, as do
    two hedged figures ("At least 20" / "At least 23": neither is the exact one) and a figure of another thing
    (``_counting_alike``: "nearly 20% of the village's homes" / "19.6% of the village's farmland"; reviewE)."""
    for rounded_side, exact_side, tokens, flipped in ((left_b, left_a, pair.tb, False),
                                                      (left_a, left_b, pair.ta, True)):
        for fr in [f for f in rounded_side if f.kind == "number"]:
            side = hedge_side(tokens, fr.first)
            rounded = _float_value(fr)
            if side is None or rounded is None:
                continue
            match = next((fe for fe in exact_side if _rounded_facing(pair, fr, fe, side, rounded, flipped)), None)
            if match is not None:
                rounded_side.remove(fr)
                exact_side.remove(match)


def _rounded_facing(pair: SentencePair, fr: Fact, fe: Fact, side: int, rounded: float, flipped: bool) -> bool:
    """Whether ``fe`` (exact, on the other sentence) faces ``fr`` (rounded behind a hedge of ``side``) in the word
    diff, in the same unit and currency, and ``rounded`` rounds it; ``flipped``: ``fr`` is A's."""
    exact = _float_value(fe)
    rounded_tokens, exact_tokens = (pair.ta, pair.tb) if flipped else (pair.tb, pair.ta)
    if fe.kind != "number" or exact is None or not fr.measured_like(fe) \
            or hedge_side(exact_tokens, fe.first) is not None:  # two hedged figures: neither the exact one
        return False
    lo, hi = _facing(pair.opcodes, *((fr.first, fr.last) if flipped else (fe.first, fe.last)))
    other = fe if flipped else fr
    return other.first <= hi and other.last >= lo and \
        rounds_to(rounded, side, exact, TEXT_DEFAULT.figure_hedge_share) and \
        _counting_alike(rounded_tokens, fr.last, exact_tokens, fe.last)


def _counting_alike(tokens_a: Sequence[Token], last_a: int, tokens_b: Sequence[Token], last_b: int) -> bool:
    """Whether the words after two figures (ending at tokens ``last_a`` and ``last_b``) are the same up to
    ``_COUNTED_WORDS`` words, the next figure or hedge, or the sentence's end: what the two figures count. A rounding
    of "20% of the village's homes" is no "19.6% of the village's farmland" (reviewE)."""
    return _words_after_figure(tokens_a, last_a) == _words_after_figure(tokens_b, last_b)


_COUNTED_WORDS = 6  # "of the village's homes had been": the counted noun within a few words of its figure


def _words_after_figure(tokens: Sequence[Token], last: int) -> list[str]:
    """The words after the figure ending at token ``last`` (``_counting_alike``)."""
    words: list[str] = []
    for t in tokens[last + 1:]:
        if len(words) >= _COUNTED_WORDS or t.norm[:1].isdigit() or t.norm in HEDGES:
            break
        if is_word(t.norm):
            words.append(t.norm)
    return words


def _float_value(fact: Fact) -> float | None:
    """A number fact's value as a float; None for a score or range ("3-1")."""
    try:
        return float(fact.value)
    except ValueError:
        return None


def _facing(opcodes: Sequence[tuple[str, int, int, int, int]], first: int, last: int) -> tuple[int, int]:
    """The token range of B that the word diff sets against A's tokens ``first``..``last`` (inclusive)."""
    lo, hi = None, None
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            if i2 <= first or i1 > last:
                continue
            a, b = max(i1, first) - i1 + j1, min(i2 - 1, last) - i1 + j1
        elif (i1 < i2 and (i2 <= first or i1 > last)) or (i1 == i2 and not first <= i1 <= last + 1):
            continue
        else:
            a, b = j1, max(j1, j2 - 1)
        lo, hi = (a if lo is None else min(lo, a)), (b if hi is None else max(hi, b))
    return (lo, hi) if lo is not None and hi is not None else (-1, -1)


def same_facts_written_differently(pair: SentencePair) -> tuple[set[int], set[int]]:
    """The token indices, on each side, of the dates and numbers the two sentences give with the same value in other
    words where the word diff sets them against each other ("5 December" / "Dec. 5", "twelve" / "12"): what differs
    there is the writing, not a fact. Two figures swapped ("from 5 to 6" → "from 6 to 5") face other values."""
    facts_a, facts_b = _pair_facts(pair)
    masked_a: set[int] = set()
    masked_b: set[int] = set()
    for fa in facts_a:
        lo, hi = _facing(pair.opcodes, fa.first, fa.last)
        for fb in facts_b:
            if ((fb.kind, fb.value) == (fa.kind, fa.value) and fb.first <= hi and fb.last >= lo
                    and fa.measured_like(fb)):
                masked_a.update(range(fa.first, fa.last + 1))
                masked_b.update(range(fb.first, fb.last + 1))
    return masked_a, masked_b


def _pair_facts(pair: SentencePair) -> tuple[list[Fact], list[Fact]]:
    """The facts of each sentence (``_sentence_facts``), a code read as its number where the other sentence gives
    that number and no code of it (``_codes_kept``)."""
    as_said = pair.text.numbers_in_words_as_said
    facts_a, facts_b = _sentence_facts(pair.a_text, pair.ta, as_said), _sentence_facts(pair.b_text, pair.tb, as_said)
    return _codes_kept(facts_a, facts_b), _codes_kept(facts_b, facts_a)


def _code_number(fact: Fact) -> str:
    """The number part of a code fact ("10c" → "10"; ``_code_at``), or "" for any other fact."""
    code = _CODE_VALUE.fullmatch(fact.value) if fact.kind == "number" else None
    return code.group(1) if code else ""


_CODE_VALUE = re.compile(r"(\d+)[a-z]")


def _codes_kept(facts: Sequence[Fact], other: Sequence[Fact]) -> list[Fact]:
    """``facts`` with each code read as its number where ``other`` gives that number bare and no code of it: "Year
    10C" → "Year 10 (class C)", "seat 14C" → "seat 14" keep the number with the letter moved or dropped; a code
    replaced by another ("seat 3C" → "seat 4C", "12B" → "14B") still changes."""
    other_codes = {_code_number(f) for f in other} - {""}
    bare = {f.value for f in other if f.kind == "number" and not f.unit and not f.currency}
    kept = []
    for f in facts:
        number = _code_number(f)
        if number and number not in other_codes and number in bare:
            f = replace(f, value=number)
        kept.append(f)
    return kept


def fact_changes(pair: SentencePair) -> list[Change]:
    """Numbers and dates that differ where the two sentences differ (reordered equal facts are no change)."""
    facts_a, facts_b = without_conversions(pair, *_pair_facts(pair))
    changes = []
    for kind in ("number", "date"):
        values_a = Counter(f.value for f in facts_a if f.kind == kind)
        values_b = Counter(f.value for f in facts_b if f.kind == kind)
        if values_a != values_b:
            changes += _located_facts(
                pair, kind, [f for f in facts_a if f.kind == kind], [f for f in facts_b if f.kind == kind]
            )
    changes += _changed_measures(pair, facts_a, facts_b)
    return changes + _changed_kind(pair, facts_a, facts_b, changes)


def _changed_measures(pair: SentencePair, facts_a: Sequence[Fact], facts_b: Sequence[Fact]) -> list[Change]:
    """Amounts of one value facing each other in the word diff in another currency or unit ("£146m" → "$146m",
    "2.1 percentage points" → "2.1%", "2.4 ampere-hours" → "2.4 watt-hours"): the figure is the same, the fact
    is not. Units of one dimension with another value are conversions (``without_conversions``)."""
    changes = []
    for fa in facts_a:
        if fa.kind != "number":
            continue
        lo, hi = _facing(pair.opcodes, fa.first, fa.last)
        fb = next((f for f in facts_b if f.kind == "number" and f.value == fa.value and f.first <= hi
                   and f.last >= lo), None)
        if fb is None:
            continue
        if (fa.unit or fa.currency) and not fa.measured_like(fb):
            a_span = _signed(pair.a_text, span_of(pair.ta[fa.written]))
            b_span = _signed(pair.b_text, span_of(pair.tb[fb.written]))
            what = "currency changed" if fa.currency and fb.currency and not fa.currency & fb.currency \
                else "unit changed"
            changes.append(change_of("number", pair, a_span, b_span, what))
        elif (measured := _measure_replaced(pair, fa, fb)) is not None:
            a_span, b_span = span_of(pair.ta[fa.first : measured[0] + 1]), span_of(pair.tb[fb.first : measured[1] + 1])
            changes.append(change_of("number", pair, _signed(pair.a_text, a_span), _signed(pair.b_text, b_span),
                                     "unit changed"))
    return changes


def _measure_replaced(pair: SentencePair, fa: Fact, fb: Fact) -> tuple[int, int] | None:
    """The last tokens of two facing amounts of one value whose unit word one side replaced by another word (the
    unit word next to a number is part of the figure): "17.5 million fish" → "17.5 million tonnes" (a count become a
    weight), "87 particles per litre" → "87 particles per millilitre" (a rate's measure, read after "per" past one
    counted noun). At least one of the two words must be a unit of ``wordlists.UNITS``, and the two no spellings of
    one unit there: "620 homes" → "620 houses" is wording, and so is a unit spelt short ("10 mins" / "10 minutes",
    both listed). None where no such word was replaced."""
    for k, m in (_word_after(pair.ta, fa), _word_after(pair.tb, fb)), (_per_word(pair.ta, fa), _per_word(pair.tb, fb)):
        if k is None or m is None or not (_in_diff(pair, k, "a") and _in_diff(pair, m, "b")):
            continue
        x, y = pair.ta[k].norm, pair.tb[m].norm
        if x != y and (x in UNITS or y in UNITS) and not (x in UNITS and y in UNITS and UNITS[x] == UNITS[y]):
            return k, m
    return None


def _word_after(tokens: Sequence[Token], fact: Fact) -> int | None:
    """An amount's unit word ("tonnes") or, without one, the word right after it, its counted noun ("fish"); None
    where a function word follows it ("2:06:41 on a cool morning": the amount names no unit there)."""
    k = fact.written.stop - 1 if fact.unit and fact.written.stop - 1 > fact.last else fact.written.stop
    return k if k < len(tokens) and tokens[k].norm.isalpha() and tokens[k].norm not in FUNCTION_WORDS else None


def _per_word(tokens: Sequence[Token], fact: Fact) -> int | None:
    """The word after "per" right after an amount or after its counted noun ("87 particles per litre"), else None."""
    k = fact.written.stop
    for at in (k, k + 1):
        if at + 1 < len(tokens) and tokens[at].norm == "per" and tokens[at + 1].norm.isalpha():
            return at + 1
    return None


def _in_diff(pair: SentencePair, k: int, side: str) -> bool:
    """Whether token ``k`` of one side (``side`` "a" or "b") lies in a stretch the word diff replaced, added or cut."""
    for op, i1, i2, j1, j2 in pair.opcodes:
        lo, hi = (i1, i2) if side == "a" else (j1, j2)
        if lo <= k < hi:
            return op != "equal"
    return False


def _changed_kind(pair: SentencePair, facts_a: Sequence[Fact], facts_b: Sequence[Fact],
                  found: list[Change]) -> list[Change]:
    """A date facing a plain number where the sentences differ ("in 2004" → "in 1727", "0 January" → "1
    January"): neither kind's comparison sees it, each side holding only one of the two. Reported as a date.
    A fact the other sentence states elsewhere moved rather than changed ("Pellow pleaded guilty in September"
    → "The 58-year-old had admitted … in September")."""
    values_a = {(f.kind, f.value) for f in facts_a}
    values_b = {(f.kind, f.value) for f in facts_b}
    changes = []
    for op, i1, i2, j1, j2 in pair.opcodes:
        if op != "replace":
            continue
        here_a = [f for f in facts_a if f.first < i2 and f.last >= i1]
        here_b = [f for f in facts_b if f.first < j2 and f.last >= j1]
        if len(here_a) != 1 or len(here_b) != 1 or here_a[0].kind == here_b[0].kind:
            continue
        fa, fb = here_a[0], here_b[0]
        if (fa.kind, fa.value) in values_b or (fb.kind, fb.value) in values_a:
            continue
        a_span, b_span = span_of(pair.ta[fa.first : fa.last + 1]), span_of(pair.tb[fb.first : fb.last + 1])
        if not any(overlaps(c.a, a_span) or overlaps(c.b, b_span) for c in found):
            changes.append(change_of("date", pair, a_span, b_span, "date changed"))
    return changes


def _located_facts(pair: SentencePair, kind: ChangeKind, facts_a: list[Fact], facts_b: list[Fact]) -> list[Change]:
    changes = []
    for op, i1, i2, j1, j2 in pair.opcodes:
        if op == "equal":
            continue
        here_a = [f for f in facts_a if f.first < i2 and f.last >= i1]
        here_b = [f for f in facts_b if f.first < j2 and f.last >= j1]
        here_a, here_b = _without_day_parts(here_a, here_b), _without_day_parts(here_b, here_a)
        if not here_a or not here_b or [f.value for f in here_a] == [f.value for f in here_b]:
            continue
        for fa, fb in _paired_facts(here_a, here_b):
            a_span = _signed(pair.a_text, span_of(pair.ta[fa[0] : fa[1] + 1]))
            b_span = _signed(pair.b_text, span_of(pair.tb[fb[0] : fb[1] + 1]))
            changes.append(change_of(kind, pair, a_span, b_span, f"{kind} changed"))
    return changes


# A clock time's value ("07:00") and a part of the day's ("this morning", "last night", "tonight").
_CLOCK_VALUE = re.compile(r"\d\d:\d\d$")
_DAY_PART_VALUE = re.compile(r"(?:this|last|yesterday|tomorrow) (?:morning|afternoon|evening|night)$|tonight$")


def _without_day_parts(here: list[Fact], other: list[Fact]) -> list[Fact]:
    """``here`` without a part of the day just after a clock time ("seven this morning", "7am last night") where
    ``other`` holds fewer facts and not that one: the clock time's value carries its half of the day, and "at 7am"
    for "at seven this morning" leaves out which day, it changes no time ("at 7am today" says the day otherwise,
    fact for fact)."""
    said = {f.value for f in other}
    if len(here) <= len(other):
        return here
    return [f for k, f in enumerate(here)
            if not (k and _DAY_PART_VALUE.match(f.value) and f.value not in said
                    and _CLOCK_VALUE.match(here[k - 1].value) and here[k - 1].last + 1 == f.first)]


def _paired_facts(here_a: list[Fact], here_b: list[Fact]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    if len(here_a) == len(here_b):
        return [
            ((x.first, x.last), (y.first, y.last))
            for x, y in zip(here_a, here_b, strict=True)
            if x.value != y.value
        ]
    # Unequal counts: one change covering all of them on each side.
    return [((here_a[0].first, here_a[-1].last), (here_b[0].first, here_b[-1].last))]


def paraphrase_fact_changes(pair: SentencePair) -> list[Change]:
    """Numbers and dates that differ between two sentences saying the same thing in other words (a paraphrase:
    too few words kept in place for the word diff to set a figure against its counterpart, ``SentencePair.edited``
    false): "putting 240 jobs at risk" → "leaving 420 jobs hanging in the balance", "at the end of March" → "at the
    end of May". A paraphrase rounds ("nearly 240" / "about 240", "£2.38m" / "almost £2.4m"), converts units,
    splits a figure (350 staff: "210 … and 140 …"), moves figures between sentences and counts a part where the
    other counts the whole ("two members" / "six of the nine members"); so a figure changed is one of one side
    that neither the other sentence nor the other text gives (rounded, ``figures.same_figure``), set against one of
    the other side that the first text nowhere gives, in the same unit, counting one thing (``_one_thing``) or the
    one such figure of each sentence facing each other in the word diff. Dates likewise, only those naming a day,
    month or year ("19 May", "March", "2015", "Tuesday"; not "last winter", which a paraphrase writes "the previous
    winter"), of one grain (a month for a month)."""
    if not pair.ta or not pair.tb:
        return []
    facts_a, facts_b = without_conversions(pair, *_pair_facts(pair))
    return _paraphrased_numbers(pair, facts_a, facts_b) + _paraphrased_dates(pair, facts_a, facts_b)


def _paraphrased_numbers(pair: SentencePair, facts_a: Sequence[Fact], facts_b: Sequence[Fact]) -> list[Change]:
    here_a, here_b = _read_figures(pair.a_text, pair.ta, facts_a), _read_figures(pair.b_text, pair.tb, facts_b)
    # A whole text's figures are read only when the other sentence has a figure to look for there.
    whole_a = _text_figures(pair.a_text) if here_b else ()
    whole_b = _text_figures(pair.b_text) if here_a else ()
    alike = pair.config.given_figures_count_alike
    # Only a number in words must count alike to be given elsewhere: a text says "five" of many things ("Five fire
    # engines" is no "Five guests"), and gives "1,700" or "£385,000" of one (a teaser's "1,700 donors" is the
    # article's "almost 1,700 members of the public").
    only_a = [(f, g) for f, g in here_a
              if not _given(g, [y for _, y in here_b], whole_b, pair.a_text if alike and _in_words(pair.ta, f) else "")]
    only_b = [(f, g) for f, g in here_b
              if not _given(g, [x for _, x in here_a], whole_a, pair.b_text if alike and _in_words(pair.tb, f) else "")]
    changes = []
    matched_a: list[Fact] = []
    for fa, ga in only_a:
        same_unit = [(fb, gb) for fb, gb in only_b if gb.unit == ga.unit and fa.measured_like(fb)
                     and _an_age(pair.a_text, pair.ta, fa) == _an_age(pair.b_text, pair.tb, fb)]
        match = next(((fb, gb) for fb, gb in same_unit if _one_thing(pair, fa, ga, fb, gb)), None)
        if match is None and len(same_unit) == 1 and len(only_a) == len(only_b) == 1 \
                and _face(pair, fa, same_unit[0][0]) and not _partitive(pair.ta, fa) \
                and not _partitive(pair.tb, same_unit[0][0]):
            match = same_unit[0]
        if match is None:
            continue
        only_b.remove(match)
        matched_a.append(fa)
        a_span = _signed(pair.a_text, span_of(pair.ta[fa.written]))
        b_span = _signed(pair.b_text, span_of(pair.tb[match[0].written]))
        changes.append(change_of("number", pair, a_span, b_span, "number changed"))
    if pair.config.summed_parts:
        changes += _total_not_summed(pair, [f for f, _ in only_a if f not in matched_a], [f for f, _ in only_b])
    return changes


def _total_not_summed(pair: SentencePair, only_a: list[Fact], only_b: list[Fact]) -> list[Change]:
    """A count one sentence gives as a total facing a list of counted parts in the other (``summed_parts``,
    tight: "Nine people were injured" / "Two crew members and four passengers were injured") that do not sum to
    it, neither side giving any other count the other lacks: the total changed. A summed total is given
    (``_drop_summed_parts``) and never reaches here."""
    sides = ((only_a, pair.ta, pair.a_text, only_b), (only_b, pair.tb, pair.b_text, only_a))
    for on_a, (here, tokens, text, there) in zip((True, False), sides, strict=True):
        lists = [found for found in summed_parts(text, tokens, here) if found.tight]
        totals = [f for f in there if not f.unit and not f.currency]
        if len(lists) != 1 or len(totals) != 1 or len(here) != len(lists[0].parts) \
                or _partitive(pair.tb if on_a else pair.ta, totals[0]):
            continue
        listed, total = lists[0], totals[0]
        span = (listed.parts[0].written.start, listed.last)
        (a_first, a_last), (b_first, b_last) = (span, (total.first, total.last)) if on_a \
            else ((total.first, total.last), span)
        lo, hi = _facing(pair.opcodes, a_first, a_last)
        if b_first > hi or b_last < lo:
            continue
        a_span = _signed(pair.a_text, span_of(pair.ta[a_first : a_last + 1]))
        b_span = _signed(pair.b_text, span_of(pair.tb[b_first : b_last + 1]))
        return [change_of("number", pair, a_span, b_span, "total changed")]
    return []


_COUNTED_REACH = 2  # words after an amount its noun may stand at: "240 jobs", "420 full-time jobs"


def _one_thing(pair: SentencePair, fa: Fact, ga: Figure, fb: Fact, gb: Figure) -> bool:
    """Whether two amounts count one thing: the same noun right after each ("240 jobs" / "420 jobs"), or, with no
    other noun after either, a word beside each in common ("the jobless rate rose to 4.4%" / "the jobless rate
    climbed to 4.6%"); not a part of a whole ("two members" / "six of the nine committee members")."""
    noun_a, noun_b = _counted(pair.ta, fa), _counted(pair.tb, fb)
    if noun_a and noun_a == noun_b:
        return True
    if pair.config.paraphrase_same_span_of_time and _span_of_time(fa) and fa.unit == fb.unit \
            and not _partitive(pair.ta, fa) and not _partitive(pair.tb, fb):
        return True  # "unopened for sixty years" / "not opened for sixteen years": one span counted in one unit
    return (not noun_a or not noun_b or noun_a == noun_b) and bool(ga.context & gb.context) \
        and not _partitive(pair.ta, fa) and not _partitive(pair.tb, fb)


def _in_words(tokens: Sequence[Token], fact: Fact) -> bool:
    """Whether an amount is written in words ("Fifteen", "two"), not in digits."""
    return tokens[fact.first].norm.isalpha()


def _an_age(text: str, tokens: Sequence[Token], fact: Fact) -> bool:
    """Whether an amount is a person's age ("aged 34 and 41", "a 34-year-old", a name's "Liam Corrie, 34, of
    Milnthorpe"): an age faces no count ("the two Lancaster men" of a teaser is no changed "34"), nor a count an
    age."""
    after = [t.norm for t in tokens[fact.written.stop : fact.written.stop + 2]]
    if after == ["year", "old"] or _appositive_age(text, tokens, fact):
        return True
    k = fact.first - 1
    while k >= 0 and (number_value(tokens[k].norm) is not None or tokens[k].norm in ("and", "or")):
        k -= 1  # back over the other ages of a list: "aged 34 and 41"
    return k >= 0 and tokens[k].norm in AGE_BAND_OPENERS


def _appositive_age(text: str, tokens: Sequence[Token], fact: Fact) -> bool:
    """Whether an amount of digits stands between commas right after a capitalised word ("Liam Corrie, 34, of
    Milnthorpe"): a news report's age of the person it names."""
    first, last = fact.written.start, fact.written.stop - 1
    if first == 0 or first != last or not tokens[first].norm.isdigit() or not tokens[first - 1].text[:1].isupper():
        return False
    before = text[tokens[first - 1].end : tokens[first].start]
    end = tokens[last].end
    return before.strip() == "," and text[end : end + 1] == ","


def _span_of_time(fact: Fact) -> bool:
    """Whether an amount counts a span of time in its unit ("sixty years", "six weeks")."""
    return bool(fact.unit) and UNITS[fact.unit][0] == "time"


def _counted(tokens: Sequence[Token], fact: Fact) -> str:
    """The noun right after an amount, singular ("240 jobs": "job"); "" when a function word comes first ("six
    of the nine": a part of another count)."""
    for token in tokens[fact.written.stop : fact.written.stop + _COUNTED_REACH]:
        if token.norm in FUNCTION_WORDS or not token.norm.isalpha():
            return ""
        if token.norm not in COUNTED_NOUN_MODIFIERS:
            return token.norm[:-1] if len(token.norm) > 3 and token.norm.endswith("s") else token.norm
    return ""


def _partitive(tokens: Sequence[Token], fact: Fact) -> bool:
    """An amount in a part of a whole, either one ("six of the nine members", "two of them"): a count of a part
    that another sentence's count of another part or of the whole need not match."""
    after = [t.norm for t in tokens[fact.written.stop : fact.written.stop + 3]]
    before = [t.norm for t in tokens[max(0, fact.first - 3) : fact.first]]
    if before[-1:] == ["the"]:
        before = before[:-1]
    whole_after = after[:1] == ["of"] and any(number_value(w) is not None or w in PARTITIVE_PRONOUNS for w in after[1:])
    part_before = before[-1:] == ["of"] and len(before) > 1 and number_value(before[-2]) is not None
    return whole_after or part_before


def _read_figures(text: str, tokens: Sequence[Token], found: Sequence[Fact]) -> list[tuple[Fact, Figure]]:
    """The sentence's number facts, each with the figure ``text.figures`` reads of it (what it counts, its hedge
    and rounding); a fact that reader gives no figure of (a score, an age band) is left out."""
    figs = list(_sentence_figures(text[tokens[0].start : tokens[-1].end]))
    paired = []
    for f in found:
        if f.kind != "number":
            continue
        try:
            value = float(f.value)
        except ValueError:
            continue
        g = next((g for g in figs if math.isclose(g.value, value)), None)
        if g is not None:
            figs.remove(g)
            paired.append((f, g))
    return paired


# The default settings named, as every other reader of figures names its settings: ``figures`` remembers its
# answers by its arguments as passed, and without them it read every sentence the index had read again.
@functools.lru_cache(maxsize=4_096)
def _sentence_figures(sentence: str) -> tuple[Figure, ...]:
    return figures(sentence, TEXT_DEFAULT)


@functools.lru_cache(maxsize=1_024)
def _text_figures(text: str) -> tuple[Figure, ...]:
    """Every figure of a whole article text, one paragraph at a time."""
    return tuple(g for paragraph in text.split("\n") for g in figures(paragraph, TEXT_DEFAULT))


def _given(figure: Figure, here: Sequence[Figure], whole: Sequence[Figure], own: str = "") -> bool:
    """Whether the other side gives ``figure`` (rounded, in the same unit): in its sentence, or elsewhere in its
    text of what may be the same thing (a figure a paraphrase moved to another sentence; ``own``: the text giving
    ``figure`` where ``ChangesConfig.given_figures_count_alike`` asks that, "" for no such check). The same number
    counting another thing there, a thing ``own`` tells of too (``_tells_of``), is no figure given: a copy's "Five
    guests" for the source's "Fifteen people" changed the count though the source sends "Five fire engines" in its
    next paragraph; but a rewrite's "In all, fifteen pupils needed hospital treatment" gives the source's "Fifteen
    children were treated in hospital", counted in other words (reviewC of dir49)."""
    return any(g.unit == figure.unit and same_figure(figure, g) for g in here) \
        or any(g.unit == figure.unit and same_figure(figure, g)
               and (not own or _may_count_alike(figure, g) or not _tells_of(own, g)) for g in whole)


def _tells_of(text: str, figure: Figure) -> bool:
    """Whether ``text`` tells of what ``figure`` counts: it gives that number of what may be the same thing
    (``_may_count_alike``: both texts' "Five fire engines"), or writes every word of its context ("fire" and
    "engines" beside no number). A rewrite's "fifteen pupils needed hospital treatment" tells of nothing its
    source's "Fifteen children were treated in hospital" leaves out: the same count in other words."""
    return any(h.unit == figure.unit and same_figure(figure, h) and _may_count_alike(figure, h)
               for h in _text_figures(text)) or figure.context <= _text_forms(text)


def _text_forms(text: str) -> frozenset[str]:
    """The context word forms of a whole article text (read only where no figure of it counts alike: no
    process-wide cache keyed by an article's text, STYLE rule 7)."""
    return context_forms(word_tokens(text))


def _may_count_alike(x: Figure, y: Figure) -> bool:
    """Whether two figures may count one thing: a word beside each in common, or no word beside one of them."""
    return not x.context or not y.context or bool(x.context & y.context)


def _face(pair: SentencePair, fa: Fact, fb: Fact) -> bool:
    lo, hi = _facing(pair.opcodes, fa.first, fa.last)
    return fb.first <= hi and fb.last >= lo


def _paraphrased_dates(pair: SentencePair, facts_a: Sequence[Fact], facts_b: Sequence[Fact]) -> list[Change]:
    dates_a, dates_b = [f for f in facts_a if _absolute_date(f)], [f for f in facts_b if _absolute_date(f)]
    # A whole text's dates are read only when the other sentence names a date to look for there.
    whole_a = _text_dates(pair.a_text) if dates_b else frozenset()
    whole_b = _text_dates(pair.b_text) if dates_a else frozenset()
    only_a = [f for f in dates_a if f.value not in whole_b]
    only_b = [f for f in dates_b if f.value not in whole_a]
    changes = []
    for fa in only_a:
        alike = [fb for fb in only_b if _date_grain(fb) == _date_grain(fa)]
        match = alike[0] if len(only_a) == len(only_b) == len(alike) == 1 else next(
            (fb for fb in alike if _face(pair, fa, fb)), None)
        if match is None:
            continue
        only_b.remove(match)
        a_span, b_span = span_of(pair.ta[fa.first : fa.last + 1]), span_of(pair.tb[match.first : match.last + 1])
        changes.append(change_of("date", pair, a_span, b_span, "date changed"))
    return changes


_DATE_WORDS = frozenset(MONTH_ABBREVIATIONS) | WEEKDAYS


def _absolute_date(fact: Fact) -> bool:
    """A date naming a day, a month or a year ("19 may", "mar", "dec 2015", "tuesday"), none relative to another
    ("last winter", "next week")."""
    return fact.kind == "date" and all(w.isdigit() or w in _DATE_WORDS for w in fact.value.split())


def _date_grain(fact: Fact) -> tuple[str, ...]:
    """What each word of a date names ("19 may" and "19 jun": a day and a month; "nov" a month, "2025" a year): two
    dates of other grains are no date changed ("forecast in November" / "growth for 2025")."""
    return tuple(("year" if len(w) == 4 else "day") if w.isdigit() else "weekday" if w in WEEKDAYS else "month"
                 for w in fact.value.split())


@functools.lru_cache(maxsize=1_024)
def _text_dates(text: str) -> frozenset[str]:
    """The values of every date of a whole article text."""
    return frozenset(f.value for paragraph in text.split("\n") for f in _facts_of_text(paragraph) if f.kind == "date")


def changed_figure(text: str, sentences: Sequence[Span], place: Span) -> Figure | None:
    """The figure a number change's ``place`` writes, read in its sentence of ``text`` (so the words beside it say
    what it counts), or None where no sentence holds it or the reader gives it no figure."""
    said = next((s for s in sentences if s.start <= place.start and place.end <= s.end), None)
    written = figures(text[place.start : place.end]) if said else ()
    if said is None or not written:
        return None
    # By value alone: a change's place may leave out the currency sign before it ("£" of "£6.5 million").
    return next((g for g in figures(text[said.start : said.end]) if math.isclose(g.value, written[0].value)), None)


def gives_figure(sentences: Sequence[str], figure: Figure) -> bool:
    """Whether one of ``sentences`` gives ``figure`` (its value exactly, in its unit: a copy keeps the figures it
    does not change as written, and "£30,000" rounded may be "£21,500") of what may be the same thing (a word beside
    each in common, or none beside one: ``_may_count_alike``; or a sum of money of two or more significant digits,
    which one text does not give two things: "£6.5 million from the Department" and "the £6.5m scheme")."""
    one_sum = figure.unit in CURRENCY_SIGNS and abs(figure.value) >= 10 * figure.precision
    return any(g.unit == figure.unit and math.isclose(figure.value, g.value)
               and (one_sum or _may_count_alike(figure, g))
               for sentence in sentences for g in _sentence_figures(sentence))
