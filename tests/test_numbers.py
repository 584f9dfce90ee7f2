"""numbers: amounts written in news English, and the currency written with them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from unspun.text.numbers import amount_currency, day_of_month, number_value, numbers_written_as
from unspun.text.tokens import sentence_words, word_tokens


def _currency_of(text: str) -> tuple[frozenset[str], str] | None:
    """The currency of the first amount in ``text`` and the words that write it."""
    tokens = word_tokens(text)
    k = next(k for k, t in enumerate(tokens) if t.norm[:1].isdigit())
    found = amount_currency(text, tokens, k, k)
    return None if found is None else (found.codes, text[tokens[found.first].start : tokens[found.last].end])


def test_a_sign_code_or_word_says_an_amounts_currency() -> None:
    assert _currency_of("a profit of £146m") == (frozenset({"GBP"}), "£146m")
    assert _currency_of("a A$1.9bn takeover") == (frozenset({"AUD"}), "A$1.9bn")
    assert _currency_of("a US$ 20 fee") == (frozenset({"USD"}), "US$ 20")
    assert _currency_of("fined CHF 40,000") == (frozenset({"CHF"}), "CHF 40,000")
    assert _currency_of("a bill of 500 yen") == (frozenset({"JPY"}), "500 yen")
    assert _currency_of("paid 70 US dollars") == (frozenset({"USD"}), "70 US dollars")
    # a bare "$" may be any dollar, "¥" yen or yuan
    assert _currency_of("raised $5") is not None and {"USD", "AUD"} <= _currency_of("raised $5")[0]
    assert _currency_of("cost ¥800") == (frozenset({"JPY", "CNY"}), "¥800")


def test_an_amount_without_a_currency_has_none_and_signs_are_no_numbers() -> None:
    assert _currency_of("in the 58th minute") is None
    assert _currency_of("it weighs 40 tonnes") is None
    assert number_value("£") is None and number_value("146m") == 146e6


def test_a_number_written_out_reads_as_the_digits_the_other_sentence_gives() -> None:
    summary = sentence_words("Twenty-three pilot whales stranded, and eleven were refloated on the tide.")
    report = sentence_words("After 23 of the animals stranded, 11 whales were refloated and one died.")
    assert numbers_written_as(summary, report) == (
        "23", "pilot", "whales", "stranded", "and", "11", "were", "refloated", "on", "the", "tide")
    # a value the other side does not give in digits stays a word, and "one" stays a word (mostly a pronoun)
    assert numbers_written_as(sentence_words("Nine whales died and one was saved."), report) == (
        "nine", "whales", "died", "and", "one", "was", "saved")
    assert numbers_written_as(report, summary) == report


def test_a_video_format_is_no_amount_in_pence() -> None:
    # "1080p" was read as 1,080 pence (£10.80): a changed "720p" → "1080p" listed as a price
    assert number_value("1080p") is None and number_value("2160p") is None
    assert number_value("246p") == 246 and number_value("1,080p") == 1080  # a share price keeps its comma
    assert number_value("720p") == 720  # "fell 6% to 720p": UK share prices are in pence


def test_a_percentage_is_written_with_a_sign_or_in_words() -> None:
    """``percent_end``: the one rule of how a percentage is written, which figures and changed facts both read."""
    from unspun.text.numbers import percent_end
    from unspun.text.tokens import word_tokens

    def end(text: str, number: str) -> str | None:
        tokens = word_tokens(text)
        last = next(k for k, t in enumerate(tokens) if t.text == number)
        found = percent_end(tokens, last)
        return None if found is None else text[tokens[last].start : tokens[found].end]

    assert end("Inflation fell to 3.1% in May.", "3.1%") == "3.1%"
    assert end("Turnout rose by 4.5 per cent on last year.", "4.5") == "4.5 per cent"
    assert end("Shares closed 0.7 percent higher.", "0.7") == "0.7 percent"
    assert end("Rates rose by 25 basis points.", "25") is None
    assert end("The council has 54 members, per the charter.", "54") is None


def test_may_be_number_says_yes_wherever_number_value_reads_a_number() -> None:
    # The cheap test before ``number_value`` (the facts finder asks at every token) may say yes for a word that is
    # no number, never no for one that is.
    from unspun.text.numbers import may_be_number

    text = ("Twenty-five of the 1,200 staff, about 15% of them, lost £3.5bn in the 19th round; forty-two more left on "
            "3 March, and one in three of the ninety councils cut 1.4kg of waste in the 2020s, a 4x4 apiece at 3pm.")
    read = [t.norm for t in word_tokens(text) if number_value(t.norm) is not None]
    assert {"twenty", "five", "1,200", "15%", "3.5bn", "19th", "3", "one", "three", "ninety", "1.4kg"} <= set(read)
    assert all(may_be_number(norm) for norm in [*read, "twenty-five", "forty-two"])  # a hyphenated number read whole
    assert not any(may_be_number(w) for w in ("staff", "lost", "round", "councils", "twentieth", "tenfold"))


@given(st.text(alphabet="0123456789.,%-ptwhenyfoursix bkgm", max_size=40))
@settings(max_examples=300, deadline=None)
def test_no_number_is_read_where_may_be_number_says_no(text: str) -> None:
    from unspun.text.numbers import may_be_number

    for token in word_tokens(text):
        assert may_be_number(token.norm) or number_value(token.norm) is None, token.norm


def test_a_share_is_no_day_of_the_month() -> None:
    assert day_of_month("14") == 14 and day_of_month("14th") == 14
    assert day_of_month("14%") is None  # "in the six months to the end of August, 14% more than a year ago"
