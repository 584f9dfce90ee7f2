"""The figures of a news text and whether two texts give the same figure of one thing (``text.figures``)."""

from __future__ import annotations

import pytest

from unspun.text.figures import (
    amounts_not_given,
    compare_figures,
    figure_conflicts,
    figure_text,
    figures,
    figures_all_grow,
    figures_compared,
    may_hold_figures,
    same_figure,
    scores_differ,
    shared_specific_figures,
    spoken_clock_times,
    with_periods,
)
from unspun.text.tokens import word_tokens


def _only(sentence: str):
    found = figures(sentence)
    assert len(found) == 1, found
    return found[0]


def test_a_figure_keeps_its_magnitude_unit_rounding_and_what_it_counts() -> None:
    revenue = _only("Revenue rose to $1.48 billion in the quarter.")
    assert (revenue.value, revenue.unit) == (pytest.approx(1.48e9), "$")
    assert revenue.precision == pytest.approx(1e7) and "revenue" in revenue.context
    drivers = _only("About 740 drivers at the depots voted for action.")
    assert (drivers.value, drivers.precision, drivers.hedged, drivers.context) == (740.0, 10.0, True, {"driver"})
    assert _only("Attendance: 6,214.").context == {"attendance"}
    # any currency the text layer knows, by its sign or its word ("yen", not a thing the figure counts)
    by_sign, by_word = _only("The carmaker set aside ¥48bn."), _only("The carmaker set aside 48 billion yen.")
    assert (by_sign.unit, by_word.unit, by_word.context) == ("¥", "¥", by_sign.context)


def test_dates_years_clock_times_and_names_with_numbers_are_no_figures() -> None:
    assert figures("The strike starts on Monday 2 December 2024 at 4am.") == ()
    assert figures("The result leaves Harrowgate fifth in League Two.") == ()


@pytest.mark.parametrize("sentence", [
    "The fire broke out at the yard at about twenty to three this morning.",
    "It struck rocks near Point Lynas at a quarter past six last night.",
    "Doors opened at ten past nine and the meeting began at seven pm.",
    "The lifeboat launched at six fifteen.",
    "The factory has made biscuits there since nineteen sixty-two.",
    # a century and ten to nineteen, "two thousand and eight" after a year's lead, "by" and a time with a day word
    "The new hospital wing opened in twenty twelve.",
    "House prices have doubled since two thousand and eight.",
    "Crews must clear the road by ten to two this afternoon.",
])
def test_a_clock_time_or_year_said_in_words_is_no_figure_as_its_digits_are_none(sentence: str) -> None:
    """brief55: a radio read says "2.40am" and "1962" in words; read as counts (20, 3, 19, 62) they were figures of
    its own that the report it was written from lacks."""
    import dataclasses

    from unspun.config import TEXT_DEFAULT

    assert figures(sentence) == ()
    word_by_word = dataclasses.replace(TEXT_DEFAULT, numbers_in_words_as_said=False)  # as stores made before
    assert figures(sentence, word_by_word) != ()


def test_numbers_in_words_that_are_no_time_stay_figures() -> None:
    """A range ("from ten to twelve pounds", "about ten to twelve people") and a count said in words are figures."""
    assert [f.value for f in figures("Tickets rose from ten to twelve pounds.")] == [10.0, 12.0]
    assert [f.value for f in figures("About ten to twelve people came.")] == [10.0, 12.0]
    assert [f.value for f in figures("Two hundred and sixty jobs will go.")] == [260.0]
    assert [f.value for f in figures("Forty-five firefighters were sent.")] == [45.0]
    # a vote "by ten to two" with no day word after it, a count of "two thousand and eight homes", twelve-year-olds
    assert [f.value for f in figures("The motion was carried by ten to two.")] == [10.0, 2.0]
    assert [f.value for f in figures("The plan was backed by seven to four on Tuesday.")] == [7.0, 4.0]
    assert [f.value for f in figures("In two thousand homes the power failed.")] == [2000.0]
    assert [f.value for f in figures("A choir of twenty twelve-year-olds sang.")] == [20.0, 12.0]


@pytest.mark.parametrize("one,other", [
    ("Footwear sales jumped 14% in the quarter.", "Footwear sales jumped 14 per cent in the quarter."),
    ("The council will spend £2.1m on the bridge.", "The council will spend 2.1 million pounds on the bridge."),
    ("Gusts reached 94mph in Wester Ross.", "Gusts reached 94 miles per hour in Wester Ross."),
    ("About 300 homes lost power.", "312 homes lost power."),
    ("More than 700 drivers are involved.", "The 740 drivers are involved."),
    ("Harrowgate Town 2-1 Castleford Rovers", "Castleford Rovers 1–2 Harrowgate Town"),
    ("The carmaker set aside ¥48bn for the recall.", "The carmaker set aside 48 billion yen for the recall."),
])
def test_one_figure_written_or_rounded_two_ways_is_the_same_figure(one: str, other: str) -> None:
    assert same_figure(_only(one), _only(other))


@pytest.mark.parametrize("one,other", [
    ("Harrowgate Town 2-1 Castleford Rovers", "Castleford Rovers 3-1 Harrowgate Town"),
    ("Doughty scored in the 8th minute.", "Doughty scored in the 9th minute."),
    ("Members voted by 89% in favour.", "Members voted by 91% in favour."),
    ("Revenue rose to $1.48 billion.", "Revenue rose to $1.52 billion."),
])
def test_other_figures_of_one_thing_differ(one: str, other: str) -> None:
    assert not same_figure(_only(one), _only(other))


def test_things_agree_when_any_figure_of_them_is_the_same_on_both_sides() -> None:
    first = [*figures("Rovers led through a header in the 27th minute."),
             *figures("Amankwah won it in the 81st minute."), *figures("Attendance: 6,214.")]
    same_match = [*figures("Doughty headed in during the 27th minute."),
                  *figures("Amankwah equalised in the 53rd minute.")]
    return_match = [*figures("Doughty headed in during the 9th minute."), *figures("Attendance: 4,377.")]
    assert figures_compared(first, same_match) == (1, 0)
    assert figures_compared(first, return_match) == (0, 2)
    assert figures_compared(return_match, first) == (0, 2)


def test_another_result_of_the_same_sides_differs_and_a_report_during_the_match_does_not() -> None:
    final = figures("Fellside beat Castleford Rovers 2-1 after leading 1-0 at the break.")
    return_match = figures("Castleford Rovers beat Fellside 3-0 in the return fixture.")
    half_time = figures("Fellside lead Castleford Rovers 1-0 at half-time.")
    assert scores_differ(final, return_match) and scores_differ(return_match, final)
    assert not scores_differ(final, half_time)
    # a range of estimates is no result
    assert not [f for f in figures("Between 10-15 people were hurt.") if f.unit == "score"]


def test_a_figure_keeps_the_month_it_is_of() -> None:
    eased, before = figures("Inflation eased to 3.1% in May from 3.4% in April, the statistics office said.")
    assert (eased.period, before.period) == (5, 4)
    assert _only("Prices were 6.1% higher in the year to September.").period == 9
    assert _only("Profit reached £38.5m for the half to the end of August.").period == 8
    # "since March" is no month of the figure, nor a lower-case "may"; a clause break ends the search.
    assert _only("Fares have risen 12% since March.").period == 0
    assert _only("Prices rose 4% and may rise again.").period == 0
    assert _only("Exports fell 2%, the worst result since the crisis in March.").period == 0


def test_a_figure_counts_the_word_before_its_verb_not_the_speaker() -> None:
    inflation = _only("Governor Priya Anand said inflation had risen to 5.2% in October.")
    assert "inflation" in inflation.context and "anand" not in inflation.context


def test_the_conflicting_figures_are_said_for_a_reader() -> None:
    raised = [*figures("The bank raised its main rate to 4.75%."),
              *figures("Governor Priya Anand said inflation had risen to 5.2% in October.")]
    held = [*figures("The bank held its main rate at 4.5%."),
            *figures("Governor Priya Anand said inflation of 5.6% in July was too high.")]
    said = figure_conflicts(with_periods(raised), with_periods(held))
    assert set(said) == {"main rate 4.75% vs 4.5%", "inflation 5.2% vs 5.6%", "inflation month October vs July"}
    assert figures_compared(with_periods(raised), with_periods(held)) == (0, 3)


def test_a_large_figure_with_decimals_is_said_as_written_not_in_scientific_notation() -> None:
    mined, shipped = figures("The mine produced 1,234,567.8 tonnes of ore last year, up from 1,180,402.25 tonnes.")
    assert (figure_text(mined), figure_text(shipped)) == ("1,234,567.8", "1,180,402.25")
    assert figure_text(figures("Its share price closed at 12,480.50 points.")[0]) == "12,480.50"


def test_up_before_a_figure_says_which_way_and_up_to_hedges() -> None:
    assert not _only("Food and drink prices were up 4.1% on a year earlier.").hedged
    assert _only("The storm left up to 300 homes without power.").hedged


def test_shares_all_higher_on_one_side_are_no_developing_storys_tallies() -> None:
    rise = [*figures("Councillors approved a 4.99% council tax rise."),
            *figures("The budget includes savings of £14m.")]
    smaller = [*figures("Councillors approved a 2.99% council tax rise."),
               *figures("The budget includes savings of £6.5m.")]
    assert figures_compared(rise, smaller) == (0, 2) and not figures_all_grow(rise, smaller)
    fire = [*figures("The wildfire has burnt 4,200 hectares."), *figures("It has destroyed 85 homes.")]
    later = [*figures("The wildfire has burnt 9,800 hectares."), *figures("It has destroyed 140 homes.")]
    assert figures_all_grow(fire, later) and figures_all_grow(later, fire)


def test_a_figure_the_other_text_gives_beside_other_words_is_no_conflict() -> None:
    # One price rise told twice: "6.4%" beside "prices" in one, beside "rise" in the other, where the first's
    # "rise" is the prepayment customers' 5.1%.
    wire = [*figures("Brightline Energy will raise its standard prices by 6.4% from next month."),
            *figures("Customers on prepayment meters will see a smaller rise of 5.1%.")]
    other = [*figures("Customers of Brightline Energy face a 6.4 per cent rise in prices next month.")]
    assert figures_compared(wire, other)[1] == 0
    # A next month's report names the last month's figure as where the change started: still a conflict.
    march = figures("The unemployment rate fell to 4.1% from 4.3% in February.")
    april = figures("The unemployment rate rose to 4.3% from 4.1% the month before.")
    assert march[1].earlier and april[1].earlier and figures_compared(march, april) == (0, 1)


def _of(*sentences: str):
    return [f for sentence in sentences for f in figures(sentence)]


def test_shared_specific_figures_are_one_figure_of_one_thing_or_precise_anywhere():
    source = _of("The reservoir upgrade will cost £48m and bring water to 212,000 homes in the valley.",
                 "Bills for those households will rise by 13% in April, and about 10,000 leaking pipes will go.")
    # a teaser naming no one: £48m of the upgrade, 212,000 reworded around it; 13% of the bills, not the households
    teaser = _of("A £48m upgrade should supply 212,000 homes, but household bills will go up 13% in the spring.")
    # another event that happens to give 212,000 and 13% (of rainfall) and a round 48
    drought = _of("A drought order covers 212,000 homes after rainfall fell 13% short, and 48 reservoirs are low.")
    # (shared, specific figures of the side giving fewer): 10,000 is round, so no specific figure
    assert shared_specific_figures(source, teaser) == (2, 3)
    assert shared_specific_figures(source, drought) == (1, 3)
    assert shared_specific_figures(source, _of("About 10,000 pipes leak.")) == (0, 0)


def test_amounts_not_given_are_money_and_shares_the_other_text_lacks_rounded_or_not() -> None:
    teaser = figures("Moreau beat Kaczmarek in three sets, winning $3.6 million and 12% more ranking points.")
    report = figures("Moreau takes home $3,612,000, and her ranking points rose 12 percent; 23 whales, not 24.")
    assert amounts_not_given(teaser, report) == ()
    other = figures("Moreau won in three sets after 2 hours 41 minutes, her 24th win of the season.")
    assert [figure_text(f) for f in amounts_not_given(teaser, other)] == ["$3.6m", "12%"]
    assert amounts_not_given(figures("Twelve whales died and 11 were saved."), other) == ()  # counts are not read
    # a count of the same value is not the amount: "twelve months" gives no "12%", "3.6 miles" no "$3.6m"
    elsewhere = figures("The 12 judges took twelve months to decide; the course is 3.6 million metres long.")
    assert [figure_text(f) for f in amounts_not_given(teaser, elsewhere)] == ["$3.6m", "12%"]



def test_pence_written_on_a_figure_are_its_unit() -> None:
    # "3.1p" was read as 3 (the tokens "3" and "1p"), and "246p" as no figure at all
    assert [(f.value, f.unit) for f in figures("The interim dividend rose to 3.1p and the shares to 246p.")] == [
        (3.1, "¢"), (246.0, "¢")]


@pytest.mark.parametrize(("sentence", "may"), [
    ("The council met on Tuesday and the mayor often spoke of money and attention.", False),
    ("Someone had written to Tennyson Street about the tone of the one meeting.", False),  # "one" starts no figure
    ("Twelve boats were lost.", True),
    ("TWELVE boats were lost.", True),
    ("The wind reached twelvemph.", True),  # read as "twelve" mph
    ("Ninety-nine people signed.", True),
    ("They sold a hundred loaves.", True),  # "a hundred" is a figure
    ("Sales rose 3%.", True),
    ("٣ boats", True),  # an Arabic-Indic digit is a digit to the tokenizer too
    ("The twelve's crew", True),
])
def test_a_sentence_without_a_digit_or_number_word_is_turned_away(sentence: str, may: bool) -> None:
    assert may_hold_figures(sentence) is may


def test_the_gate_turns_away_no_sentence_with_a_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    import unspun.text.figures as module

    vocabulary = ["Twelve", "twelve", "TWELVE", "twelvemph", "twelve's", "ninety-nine", "one", "One", "3", "٣", "12mph",
                  "1.5bn", "14%", "per", "cent", "£", "$", "rose", "fell", "to", "about", "the", "council", "Ten",
                  "often", "written", "attention", "seventy-seven", "thirteen", "2-1", "May", "2023", "in", "nine’s",
                  "million", "people", "boats", "sold", "a", "quarter", "of", "votes", "hundred", "and",
                  "seventy", "thousand", "7m", "high", "boat"]
    draw = random.Random(14)
    texts = [" ".join(draw.choice(vocabulary) for _ in range(draw.randint(1, 12))) + draw.choice(["", ".", "!"])
             for _ in range(3000)]
    module.figures.cache_clear()
    gated = [figures(text) for text in texts]
    module.figures.cache_clear()
    monkeypatch.setattr(module, "may_hold_figures", lambda sentence: True)
    assert [figures(text) for text in texts] == gated
    assert sum(1 for found in gated if found) > 500 and sum(1 for text in texts if not may_hold_figures(text)) > 100
    module.figures.cache_clear()


def test_one_pairs_things_are_read_once_for_its_agreement_growth_and_conflicts() -> None:
    """A comparison asks for two texts' agreeing and conflicting figures, whether all grew and what conflicts: the
    things both give figures of are read once for the three, and the answers are those read afresh."""
    from unspun.text.figures import _things_named_of

    fire = with_periods([*figures("The wildfire has burnt 4,200 hectares."), *figures("It has destroyed 85 homes."),
                         *figures("About 1,200 firefighters were at work in May.")])
    later = with_periods([*figures("The wildfire has burnt 9,800 hectares."), *figures("It has destroyed 140 homes."),
                          *figures("About 1,200 firefighters were at work in May.")])
    _things_named_of.cache_clear()
    found = figures_compared(fire, later), figures_all_grow(fire, later), figure_conflicts(fire, later)
    assert _things_named_of.cache_info().misses == 1
    _things_named_of.cache_clear()
    assert (figures_compared(fire, later), figures_all_grow(fire, later), figure_conflicts(fire, later)) == found
    assert found[0] == (2, 2) and found[1]


def test_figures_compared_at_once_answer_as_the_three_questions_asked_alone():
    from unspun.text.figures import compare_figures

    fire = with_periods([*figures("The wildfire has burnt 4,200 hectares."), *figures("It has destroyed 85 homes."),
                         *figures("About 1,200 firefighters were at work in May.")])
    later = with_periods([*figures("The wildfire has burnt 9,800 hectares."), *figures("It has destroyed 140 homes."),
                          *figures("About 1,200 firefighters were at work in June.")])
    rates = with_periods([*figures("The bank raised its rate to 4.75% in May."), *figures("Inflation was 3.1%.")])
    for a, b in ((fire, later), (later, fire), (fire, fire), (fire, rates), (rates, ()), ((), ())):
        both = compare_figures(a, b)
        assert (both.agreeing, both.conflicting) == figures_compared(a, b)
        assert both.all_grow == figures_all_grow(a, b)
        assert both.conflicts == figure_conflicts(a, b)


def test_two_figures_rounded_to_one_place_that_differ_there_are_two_figures() -> None:
    # March's "fell by 4,000" and April's "rose by 3,000" (probe35: read as one figure, the months one event)
    assert not same_figure(_only("Unemployment fell by 4,000 in March."), _only("Unemployment rose by 3,000."))
    assert same_figure(_only("Sales reached 43 million."), _only("Sales reached 43,885,310."))  # rounded vs precise
    assert same_figure(_only("About 300 homes flooded."), _only("Some 312 homes flooded."))


def test_up_to_after_a_verb_of_movement_says_where_a_figure_went_not_how_near() -> None:
    assert not _only("The UK rate edged up to 4.5%.").hedged
    assert not _only("Prices went up to 81,000.").hedged
    assert _only("Fines of up to 40,000 can be imposed.").hedged
    assert _only("Up to 40 people were hurt.").hedged
    assert _only("He was fined up to 50,000 pounds.").hedged and _only("They faced up to 14 years.").hedged


def test_a_currency_code_before_an_amount_is_its_unit() -> None:
    code, word = _only("The bypass will cost EUR 410 million."), _only("The bypass will cost 410 million euros.")
    assert (code.unit, code.value) == ("€", 410e6) and same_figure(code, word) and "eur" not in code.context
    assert _only("The bond raised USD 5bn.").unit == "$"


def test_an_age_band_is_who_a_figure_counts_not_a_figure_or_a_score() -> None:
    for sentence in ("Unemployment among people aged 16 to 24 rose to 12.3 per cent.",
                     "Among those aged 16-24, unemployment rose to 12.3%.",
                     "Unemployment among 16- to 24-year-olds rose to 12.3%.",
                     "Unemployment among people aged between 16 and 24 rose to 12.3%."):
        assert [(f.value, f.unit) for f in figures(sentence)] == [(12.3, "%")], sentence
    # two people's ages and a result are figures
    assert [f.value for f in figures("The men, aged 24 and 31, were arrested.")] == [24.0, 31.0]
    assert [f.unit for f in figures("Harrowgate Town 2-1 Castleford Rovers")] == ["score"]


def test_a_reports_comparative_in_brackets_is_an_earlier_periods_figure() -> None:
    found = figures("The hospice cared for 1,284 patients in the year to March (2024: 1,162), its report shows.")
    assert [(f.value, f.earlier) for f in found] == [(1284.0, False), (1162.0, True)]
    found = figures("Revenue was £9.6m (Q3 2025: £8.1m) and profit £2m (2024/25: £1.5m).")
    assert [f.earlier for f in found if f.unit == "£"] == [False, True, False, True]
    assert not any(f.earlier for f in figures("The council (which has 12 members) met on Monday."))


def test_a_figure_given_as_the_earlier_periods_is_none_both_give_when_the_periods_differ() -> None:
    # Q4 restates Q3's closing £96.0m as where its quarter started: of other periods, that is no figure both give
    # of one thing (nor does it hide the thing as one figure read beside other words), so the starting points differ.
    q3 = figures("Net debt fell to £96.0 million at the end of the quarter, from £118.5 million at 30 June.")
    q4 = figures("Net debt fell to £88.4 million at the end of the quarter, from £96.0 million at 30 September.")
    plain, apart = compare_figures(q3, q4), compare_figures(q3, q4, earlier_apart=True)
    assert (plain.agreeing, plain.conflicting) == (0, 1)
    assert (apart.agreeing, apart.conflicting) == (0, 2)


def _figures_token_by_token(sentence: str) -> tuple:
    """``figures`` asking ``_figure_at`` at every token, as it did before tokens that are no number were passed."""
    from unspun.config import TEXT_DEFAULT
    from unspun.text.dates import time_expressions
    from unspun.text.figures import _age_bands, _figure_at, may_hold_figures
    from unspun.text.tokens import word_tokens

    if not may_hold_figures(sentence):
        return ()
    tokens = word_tokens(sentence)
    dated = {k for m in time_expressions(sentence) for k in range(m.first, m.last + 1)} | _age_bands(tokens)
    found, k = [], 0
    while k < len(tokens):
        figure, last = _figure_at(sentence, tokens, k, dated, TEXT_DEFAULT)
        if figure is not None:
            found.append(figure)
        k = last + 1
    return tuple(found)


@pytest.mark.parametrize("sentence", [
    "Unemployment fell to 4.1% from 4.3% in March, the lowest for twenty-five years.",
    "The 94mph winds cut power to 16,200 homes and cost £31.7m, aged 16 to 24 hardest hit.",
    "Three of the twelve councillors voted for the £1.4bn plan on 3 June 2024 at 3pm.",
    "He ran 1,500m in 3:41.2, a third of a second off the 2019 record, with one rival.",
    "Nothing numeric here at all.", "The 2020s saw 4x4 sales rise 12 per cent to 1.2 million.",
])
def test_figures_skip_tokens_that_are_no_number_and_find_the_same(sentence: str) -> None:
    from unspun.text.figures import figures

    assert figures.__wrapped__(sentence) == _figures_token_by_token(sentence)


def _read(sentence: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in figures(sentence)]


@pytest.mark.parametrize(("sentence", "read"), [
    # a hyphenated or spaced tens-and-units number is one (forms50: "Seventy-one" was read 70, "Twenty-five" 20 and 5)
    ("Seventy-one years, three generations of bakers and one trebled energy bill: the bakery closes.",
     [(71.0, ""), (3.0, "")]),
    ("Twenty-five minutes on an upturned hull in an eight-degree sea.", [(25.0, ""), (8.0, "")]),
    ("Twenty five volunteers turned out to fill sandbags.", [(25.0, "")]),
    ("The appeal raised one hundred and twenty-three pounds in a morning.", [(123.0, "£")]),
    ("They sold a hundred loaves before nine.", [(100.0, ""), (9.0, "")]),
    ("Two hundred and fifty thousand homes lost power.", [(250_000.0, "")]),
    # an ordinal in words stays no figure, joined to a tens word or alone; "one" alone is a pronoun
    ("The twenty-first season of the festival opens its third stage.", []),
    ("One of the crew was treated at the scene.", []),
])
def test_number_words_are_read_as_a_reader_reads_them(sentence: str, read: list[tuple[float, str]]) -> None:
    assert _read(sentence) == read


@pytest.mark.parametrize(("sentence", "read"), [
    # a radio script's decimal in words is the digits' value (probe54: "one point six million" was read 6,000,000)
    ("Sales reached one point six million units last year.", [(1_600_000.0, "")]),
    ("He stole more than two point three million pounds from the council.", [(2_300_000.0, "£")]),
    ("The damage is put at two point three million pounds.", [(2_300_000.0, "£")]),
    ("Inflation rose to three point eight per cent in May.", [(3.8, "%")]),
    ("One point two million people voted on Thursday.", [(1_200_000.0, "")]),
    ("The index closed up two point oh four per cent.", [(2.04, "%")]),
    # a half or a quarter after the whole, then a magnitude
    ("About two and a half thousand people marched through the town.", [(2_500.0, "")]),
    ("The scheme cost one and a half million dollars.", [(1_500_000.0, "$")]),
    ("Waves of up to four and a half metres broke over the wall.", [(4.5, "")]),
    # a number word capitalised at a sentence start in a longer passage is a count ("League Two" stays a name)
    ("Cases tripled over the summer. Fifteen babies have died this year.", [(15.0, "")]),
    ("Fellside were promoted from League Two on Saturday.", []),
    # no false reading: "point" as a noun, "at one point" a moment, "one of the" a pronoun
    ("The point is that one of the men left early.", []),
    ("At one point six officers were at the door.", [(6.0, "")]),
    ("At one point two of the guards left their posts.", [(2.0, "")]),
    ("One point the minister made was about cost.", []),
    # "at one point" before a rate, a scale, a currency or a clause end is the decimal a script says a rate in
    ("Inflation now stands at one point nine per cent, the lowest since the spring.", [(1.9, "%")]),
    ("The start-up was valued at one point two billion pounds in its last round.", [(1_200_000_000.0, "£")]),
    ("The regulator put growth for the quarter at one point four.", [(1.4, "")]),
    # a whole of 0 said "nought", "oh" or "zero" before "point" (alone "nought" and "oh" are no number)
    ("The Bank of England cut rates to nought point two five per cent.", [(0.25, "%")]),
    ("Rates were held at nought point one per cent for a year.", [(0.1, "%")]),
    ("The economy shrank by zero point five per cent.", [(0.5, "%")]),
    ("All their work came to nought, and oh, how they grieved.", []),
])
def test_figures_in_words_as_scripts_write_them(sentence: str, read: list[tuple[float, str]]) -> None:
    assert _read(sentence) == read


def test_a_decimal_in_words_keeps_the_digits_rounding() -> None:
    assert _only("Sales reached one point six million units.").precision == _only(
        "Sales reached 1.6 million units.").precision


def test_a_number_in_words_keeps_the_rounding_it_is_written_to() -> None:
    assert _only("Seventy-one staff signed the letter.").precision == 1.0
    assert _only("Seventy staff signed the letter.").precision == 10.0
    assert _only("They sold a hundred loaves.").precision == 100.0
    assert same_figure(_only("Seventy-one staff signed the letter."), _only("In all, 71 staff signed the letter."))
    assert not same_figure(_only("Seventy-one staff signed."), _only("Seventy-two staff signed."))


@pytest.mark.parametrize(("sentence", "read"), [
    # "m" after a number: millions as money or a count, metres before a length's adjective or a thing it measures
    ("The council spent £7m on roads.", [(7e6, "£")]),
    ("The deal was worth $7m to the club.", [(7e6, "$")]),
    ("Some 7m people watched the final.", [(7e6, "")]),
    ("The fishermen clung to their capsized 7m boat for 25 minutes.", [(7.0, ""), (25.0, "")]),
    ("A 7m wave swept the pier.", [(7.0, "")]),
    ("The flood wall is 7m high.", [(7.0, "")]),
    ("Builders found a 7m-long wall under the car park.", [(7.0, "")]),
    ("The river is 15m wide at the bridge.", [(15.0, "")]),
    ("Waves broke over the 3m-high sea wall.", [(3.0, "")]),
    ("A 1.5m-wide slipway is being built.", [(1.5, "")]),
    ("She won the 100m final in Rome.", [(100.0, "")]),
    ("The town's 50m swimming pool reopened.", [(50.0, "")]),
    ("The climber survived a 10m fall from the ledge.", [(10.0, "")]),
    ("The walkers were found on the 1,090m Carn Dubh at dawn.", [(1090.0, "")]),
    # ... and millions before anything else a sum or a count names, a singular word too
    ("Rovers agreed a 7m deal with the striker.", [(7e6, "")]),
    ("The firm won a 40m contract.", [(40e6, "")]),
    ("The bank approved a 250m loan.", [(250e6, "")]),
    ("A couple won a 7m lottery jackpot.", [(7e6, "")]),
    ("The council faces a 2.5m budget shortfall.", [(2.5e6, "")]),
    ("It is a 2m increase on the year before.", [(2e6, "")]),
    ("The 2m figure was revised.", [(2e6, "")]),
    ("The club paid the 4.5m fee in June.", [(4.5e6, "")]),
    ("The city's 1.2m population will get the pass.", [(1.2e6, "")]),
    ("The 1.2m-strong diaspora voted.", [(1.2e6, "")]),
    ("The firm owes a 7m final payment.", [(7e6, "")]),
    ("Shops saw a 2m fall in visitors.", [(2e6, "")]),
    # kilometres are a length, "bn" and "k" magnitudes
    ("She won the 5km race.", [(5.0, "")]),
    ("The scheme will cost £2.1bn.", [(2.1e9, "£")]),
    ("The post pays £40k a year.", [(40_000.0, "£")]),
])
def test_m_after_a_number_is_millions_of_money_or_a_count_and_metres_of_a_length(
        sentence: str, read: list[tuple[float, str]]) -> None:
    assert _read(sentence) == [(pytest.approx(value), unit) for value, unit in read]


@pytest.mark.parametrize(("sentence", "as_said", "word_by_word"), [
    ("Repairs to the footbridge will cost one point nine million pounds.", [1_900_000.0], [9_000_000.0]),
    ("The Bank of England cut rates to nought point two five per cent.", [0.25], [2.0, 5.0]),
    ("About two and a half thousand people marched through Tavistock.", [2_500.0], [2.0]),
])
def test_decimals_and_halves_in_words_are_read_word_by_word_with_the_setting_off(
        sentence: str, as_said: list[float], word_by_word: list[float]) -> None:
    """``TextConfig.numbers_in_words_as_said`` off reads a number's words one by one, as stores made before it read:
    a script's decimal or half too, not only its clock times and years (tidy48: "one point six million" was
    still 1,600,000 with the setting off)."""
    import dataclasses

    from unspun.config import TEXT_DEFAULT

    assert [f.value for f in figures(sentence)] == as_said
    off = dataclasses.replace(TEXT_DEFAULT, numbers_in_words_as_said=False)
    assert [f.value for f in figures(sentence, off)] == word_by_word


def test_numbers_in_words_reads_each_number_said_whole_with_its_last_token() -> None:
    """The semantic tier's counted numbers (``align_semantic._numbers_said``) are read by the figure reader's walk:
    a number of several words is one, with its last token; a clock time in words, a year and digits are none."""
    from unspun.text.figures import numbers_in_words
    from unspun.text.tokens import word_tokens

    sentence = ("Forty-five firefighters and two hundred and sixty staff were there at a quarter past six, "
                "one point six miles from the 14 homes evacuated since nineteen sixty-two; one stayed.")
    tokens = word_tokens(sentence)
    read = [(n.value, tokens[n.last].norm) for n in numbers_in_words(sentence, tokens)]
    assert read == [(45.0, "five"), (260.0, "sixty"), (1.6, "six"), (1.0, "one")]


def test_an_hour_in_words_before_a_part_of_the_day_is_a_clock_time_not_a_count() -> None:
    """chg48: "at seven this morning" was a count of 7 (a radio read's "at seven this morning" against "at 7am", or
    "seven" → "nine" a number changed); after a word that leads a time and before a part of the day it is a time,
    its value the digits' ("07:00"), and the part of the day says its half."""
    import dataclasses

    from unspun.config import TEXT_DEFAULT

    def times(sentence: str) -> list[str]:
        return [t.value for t in spoken_clock_times(word_tokens(sentence))]

    assert times("Fire broke out at a hotel on the seafront at seven this morning.") == ["07:00"]
    assert times("The esplanade reopened by ten last night.") == ["22:00"]
    assert times("Doors open at six in the evening.") == ["18:00"]
    assert times("It struck rocks at a quarter past six last night.") == ["18:15"]
    assert times("Crews must clear the road by ten to two this afternoon.") == ["13:50"]
    assert figures("Fire broke out at a hotel on the seafront at seven this morning.") == ()
    before = dataclasses.replace(TEXT_DEFAULT, hours_by_day_part=False)  # as stores made before
    assert [f.value for f in figures("Fire broke out at the hotel at seven this morning.", before)] == [7.0]
    # no part of the day after it, or no word leading a time before it: a count
    assert times("The score stood at seven on Tuesday.") == []
    assert [f.value for f in figures("Seven this morning were still missing.")] == [7.0]


def test_a_count_after_a_verb_of_change_or_a_level_is_no_clock_time() -> None:
    """fixchg (reviewB): "rose by ten last night" and "stood at nine this afternoon" were read as clock times, so
    "ten" → "10" was a date changed; "by" after a verb of change gives the change's size, "at" after "stood" a
    level."""
    def times(sentence: str) -> list[str]:
        return [t.value for t in spoken_clock_times(word_tokens(sentence))]

    assert times("The number of people confirmed dead rose by ten last night, police said.") == []
    assert times("Unemployment fell by nine this morning, the agency said.") == []
    assert times("The number of businesses still closed stood at nine this afternoon, the council said.") == []
    assert times("Registrations reached eleven last night.") == []
    # a time still where the verb before the lead is none of those
    assert times("The esplanade reopened by ten last night.") == ["22:00"]
    assert times("The leak was reported at seven this morning.") == ["07:00"]


def test_a_number_said_on_past_its_magnitude_word_is_one_figure() -> None:
    """dir49 (tests/fixtures/radio_reads school_radio3): a radio script's "more than two thousand three hundred
    people" was read as 2,000 and 300, and the article's "more than 2,300" listed as a number changed."""
    said = figures("The council went ahead despite a petition signed by more than two thousand three hundred people.")
    assert [(g.value, g.hedged) for g in said] == [(2300.0, True)]
    assert [g.value for g in figures("They built two thousand and fifty homes.")] == [2050.0]
    assert [g.value for g in figures("A crowd of twenty thousand five hundred and twelve fans.")] == [20512.0]
    # a comma or a figure in digits ends the number; a larger magnitude after the rest is another figure
    assert [g.value for g in figures("Of two thousand, three hundred were hurt.")] == [2000.0, 300.0]
    assert [g.value for g in figures("It cost two million pounds and two hundred jobs.")] == [2e6, 200.0]


def test_a_hedged_round_figure_rounds_the_exact_figures_its_digits_and_side_allow() -> None:
    """``rounds_to``, ``rounding_step`` and ``hedge_side`` (cov49, tests/fixtures/rounded_figures): "around 75" is
    73 to the nearest five, "about 60" is 58 to the nearest ten, "nearly £2m" is £1.94m, "a little under six
    thousand" is 5,730; "about 60" is not 85, "more than 400" is not 390."""
    from unspun.text.figures import hedge_side, rounding_step, rounds_to

    assert (rounding_step(75), rounding_step(60), rounding_step(1.1e6), rounding_step(2e6)) == (5, 10, 1e5, 1e6)
    assert rounds_to(75, 0, 73, 0.15) and rounds_to(60, 0, 58, 0.15) and rounds_to(2e6, -1, 1.94e6, 0.15)
    assert rounds_to(6000, -1, 5730, 0.15) and rounds_to(400, 1, 412, 0.15)
    assert not rounds_to(60, 0, 85, 0.15) and not rounds_to(400, 1, 390, 0.15) and not rounds_to(2e6, -1, 2.04e6, 0.15)
    assert not rounds_to(30000, 0, 19600, 0.15) and not rounds_to(100, 0, 60, 0.15)

    def side(sentence: str, word: str) -> int | None:
        tokens = word_tokens(sentence)
        return hedge_side(tokens, next(k for k, t in enumerate(tokens) if t.norm == word))

    assert side("It employs more than 400 people.", "400") == 1
    assert side("It ships nearly 2 million tonnes.", "2") == -1
    assert side("It employs around 75 people.", "75") == 0
    assert side("It employs 73 people.", "73") is None


def test_just_hedges_a_figure_only_with_over_or_under_after_it() -> None:
    """reviewE on cov49: "employs just 40 people" gives 40 as exact (small, not rounded); "just over £1.1m" and
    "just under 40" round."""
    from unspun.text.figures import hedge_side

    def side(sentence: str, word: str) -> int | None:
        tokens = word_tokens(sentence)
        return hedge_side(tokens, next(k for k, t in enumerate(tokens) if t.norm == word))

    assert side("The company employs just 40 people in Llanelli.", "40") is None
    assert side("The company employs just over 40 people in Llanelli.", "40") == 1
    assert side("The company employs just under 40 people in Llanelli.", "40") == -1


def test_a_number_word_hyphened_to_the_next_word_is_not_said_on() -> None:
    """reviewC of dir49 (tests/fixtures/top_figures review_flats): "two thousand two-bedroom flats" was read as
    2,002 and "two thousand twelve-hour shifts" as 2,012: the word after the magnitude begins a compound."""
    assert [g.value for g in figures("The council backed plans for two thousand two-bedroom flats.")] == [2000.0, 2.0]
    assert [g.value for g in figures("Nurses worked two thousand twelve-hour shifts.")] == [2000.0, 12.0]
    assert [g.value for g in figures("It will build two hundred two-bedroom flats.")] == [200.0, 2.0]
    # said on where no hyphen joins the tail to a word after it
    assert [g.value for g in figures("They built two thousand twenty-five homes.")] == [2025.0]
    assert [g.value for g in figures("One hundred and twenty-three people came.")] == [123.0]
