"""Changes between aligned sentences: planted name, number, date, quote and negation drifts, and silence
where nothing drifted. Fixture prose is written for these tests; the seeds are only read from ../shared."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES, need_shared
from unspun.ingest.segment import segment
from unspun.model import FACT_KINDS, Alignment, Article, Change, Segmented, SentenceMatch, Span
from unspun.pair.changes import find_changes, sentence_changes
from unspun.pair.changes.find import site_tag
from unspun.pair.changes.quotes import quotations
from unspun.text import quotations as marks_of  # the one quotation finder (fixB moved it to the text layer)
from unspun.text.numbers import number_value

ORIGINAL = (
    "Harbour officials in Port Alder said on Tuesday that 14 cargo ships had been held outside the "
    'breakwater. Deputy Transport Minister Olena Marchuk told reporters: "We are clearing the channel as '
    'fast as we can."\nThe delay will cost shippers about £2.5bn this quarter, according to State '
    "Department spokesman Ned Price."
)


def shown(changes: Iterable[Change], a_text: str, b_text: str) -> list[tuple[str, str, str]]:
    """Each change as (kind, A's words, B's words)."""
    return [(c.kind, c.a.text_of(a_text), c.b.text_of(b_text)) for c in changes]


def changes_between(a_sentence: str, b_sentence: str) -> list[tuple[str, str, str]]:
    return shown(sentence_changes(a_sentence, Span(0, len(a_sentence)), b_sentence, Span(0, len(b_sentence))),
                 a_sentence, b_sentence)


def reported(change: tuple[str, str, str], a_sentence: str, b_sentence: str) -> bool:
    """Whether ``changes_between`` the two sentences lists ``change`` (kind, A's words, B's words)."""
    return change in changes_between(a_sentence, b_sentence)


def wording_between(a_sentence: str, b_sentence: str) -> list[tuple[str, str, str]]:
    """``changes_between`` with the changes of wording listed too."""
    return shown(sentence_changes(a_sentence, Span(0, len(a_sentence)), b_sentence, Span(0, len(b_sentence)),
                                  wording=True), a_sentence, b_sentence)


def pair_of(
    a_text: str, b_text: str, matched: list[tuple[int, int]]
) -> tuple[Segmented, Segmented, Alignment]:
    a, b = segment(Article("a", a_text)), segment(Article("b", b_text))
    matches = tuple(SentenceMatch(i, j, 0.9, 0.6, 0.8) for i, j in matched)
    return a, b, Alignment(Span(0, len(a_text)), Span(0, len(b_text)), 0.8, "spun", matches)


def two_sentence_changes(a_text: str, b_text: str, relation: str | None = None) -> tuple[Change, ...]:
    """``find_changes`` of two texts of two sentences each, first aligned to first and second to second."""
    a, b, al = pair_of(a_text, b_text, [(0, 0), (1, 1)])
    return find_changes(a, b, [al], relation)


# --- nothing drifted --------------------------------------------------------------------------------


def test_verbatim_copy_has_no_changes_even_with_other_spacing_and_quote_style():
    copy = ORIGINAL.replace('"We are', "“We are").replace('can."', "can.”").replace(" that 14", "  that 14")
    a, b, al = pair_of(ORIGINAL, copy, [(0, 0), (1, 1), (2, 2)])
    assert find_changes(a, b, [al]) == ()


def test_common_word_synonyms_are_not_name_changes():
    found = changes_between(
        "However, the council approved the plan after a long debate.",
        "Nevertheless, the board endorsed the scheme after a lengthy discussion.",
    )
    assert found == []


def test_the_same_amount_written_differently_is_no_change():
    assert (
        changes_between(
            "They raised 3.5 billion dollars from twelve donors.", "They raised 3.5bn dollars from 12 donors."
        )
        == []
    )


def test_a_change_turned_the_other_way_is_a_reversed_statement():
    # "risen" → "fallen" says the opposite as "has" → "has not" does; a spinner's synonym keeps the direction.
    assert changes_between("Inflation had risen to 5.2% in October, the bank said.",
                           "Inflation had fallen to 5.2% in October, the bank said.") == [
        ("negation", "risen", "fallen")]
    assert changes_between("More than 40 homes were flooded.", "Fewer than 40 homes were flooded.") == [
        ("negation", "More", "Fewer")]
    assert not [c for c in changes_between("Inflation had risen to 5.2% in October.",
                                           "Inflation had climbed to 5.2% in October.") if c[0] == "negation"]


def test_no_change_said_where_the_other_says_a_change_is_another_statement():
    # "raised" → "held" is another decision, as "risen" → "fallen" is; words of no change on both sides are a synonym,
    # and "held" in another sense is no direction.
    assert changes_between("The bank raised its main rate to 4.75% on Thursday.",
                           "The bank held its main rate at 4.75% on Thursday.") == [("negation", "raised", "held")]
    assert changes_between("Inflation was unchanged at 2.1% in March, the agency said.",
                           "Inflation was higher at 2.1% in March, the agency said.") == [
        ("negation", "unchanged", "higher")]
    # Without a figure a word of no change has another sense: "maintained that", "freezing temperatures".
    # A figure on either side makes it one: B with A says what A with B says.
    assert changes_between("The bank raised interest rates to 4.75% on Thursday.",
                           "The bank kept interest rates unchanged on Thursday.")[0][0] == "negation"
    assert changes_between("The bank kept interest rates unchanged on Thursday.",
                           "The bank raised interest rates to 4.75% on Thursday.")[0][0] == "negation"
    for a, b in (("The minister maintained that the plan was sound.", "The minister lowered that the plan was sound."),
                 ("Freezing temperatures gripped the valley overnight.", "Falling temperatures gripped the valley "
                                                                         "overnight.")):
        assert not [c for c in changes_between(a, b) if c[0] == "negation"], a
    assert not [c for c in changes_between("The bank kept its main rate at 4.5% on Thursday.",
                                           "The bank held its main rate at 4.5% on Thursday.") if c[0] == "negation"]
    assert not [c for c in changes_between("The ministers held talks in Geneva on Monday.",
                                           "The ministers began talks in Geneva on Monday.") if c[0] == "negation"]


def test_a_fraction_written_in_words_is_an_amount():
    # "a third" → "a half" is a changed figure, as "33%" → "50%" is; "two-thirds" and "two thirds" are one amount;
    # "the third" and "the second half" are an ordinal and a part of a match, not amounts.
    assert changes_between("Fish stocks fell by about a third since June.",
                           "Fish stocks fell by about a half since June.") == [("number", "a third", "a half")]
    assert changes_between("Two-thirds of the staff voted to strike.", "Two thirds of the staff voted to strike.") == []
    assert changes_between("Three quarters of the homes lost power.",
                           "A quarter of the homes lost power.") == [("number", "Three quarters", "A quarter")]
    assert not [c for c in changes_between("He scored in the second half of the match.",
                                           "He scored in the first half of the match.") if c[0] == "number"]
    assert not [c for c in changes_between("It was the third delay this year.",
                                           "It was the fourth delay this year.") if c[0] == "number"]


def test_reordered_facts_are_no_change():
    assert (
        changes_between(
            "On Monday, 40 workers walked out in Leeds.", "40 workers walked out in Leeds on Monday."
        )
        == []
    )


def test_contraction_is_not_a_negation_change():
    assert (
        changes_between("Russia did not seek to absorb anyone.", "Russia didn't try to absorb anyone.") == []
    )



def test_a_scots_negation_is_the_english_one_in_its_spelling():
    english = "Fishermen in Eyemouth say they cannot land their catch, and the skipper said they didn't get in."
    scots = "Fishermen in Eyemouth say they cannae land their catch, and the skipper said they didnae get in."
    assert [c for c in changes_between(english, scots) if c[0] == "negation"] == []
    assert [c for c in changes_between(scots, english) if c[0] == "negation"] == []
    landed = "Fishermen in Eyemouth say they can land their catch, and the skipper said they didnae get in."
    assert [c[0] for c in changes_between(scots, landed)] == ["negation"]


def test_a_negation_bounded_by_a_time_the_other_sentence_bounds_alike_stays_a_change():
    assert [c[0] for c in changes_between(
        "Microsoft's Xbox had been winning the race up until last week in sales.",
        "Microsoft's Xbox had not been winning the race up until last week in sales.")] == ["negation"]


# --- planted drifts ---------------------------------------------------------------------------------


def test_name_changed_inside_a_full_name_and_an_organisation():
    found = changes_between(
        "The claim was false, according to US State Department spokesman Ned Price on Monday.",
        "The claim was false, according to US State Division representative Ned Cost on Monday.",
    )
    assert ("name", "Department", "Division") in found
    assert ("name", "Price", "Cost") in found
    # and the spokesman's role swapped for another is a title change, not a name
    assert ("title", "spokesman", "representative") in found
    assert len(found) == 3


def test_a_spun_multi_word_name_is_one_change_over_all_its_words():
    # tests/fixtures/passage_truth (fit): a spinner swaps a name's words one by one and keeps those between, or
    # turns one word into several; the change shows the whole name on each side, not its first word.
    found = changes_between(
        "The Brindley Chamber of Commerce has offered to help find space on the Riverside Business Park.",
        "The Brindley Council of Trade has offered to help discover space on the Riverbank Business Stop.",
    )
    assert ("name", "Chamber of Commerce", "Council of Trade") in found
    assert ("name", "Riverside Business Park", "Riverbank Business Stop") in found
    # a person "of" a place, or an MP "for" a seat, is two names, not one (reviewB finding 2)
    assert changes_between("Dr Anna Patel of Leeds said the ward would reopen.",
                           "Dr Ruth Khan of York said the ward would reopen.") == [
        ("name", "Anna Patel", "Ruth Khan"), ("name", "Leeds", "York")]
    assert changes_between("Sarah Jones MP for Croydon Central said she would vote against.",
                           "Mark Lee MP for Bristol West said she would vote against.") == [
        ("name", "Sarah Jones", "Mark Lee"), ("name", "Croydon Central", "Bristol West")]
    assert len(changes_between("Professor Helen Marsh of Leeds University said the mill would close.",
                               "Professor Ruth Khan of York University said the mill would close.")) == 2
    credited = changes_between(
        "Managing director Helen Marsh told the Daily Ledger that the weaving shed had been destroyed.",
        "Overseeing chief Helen Marsh told the Day by day Record that the weaving shed had been wrecked.",
    )
    assert ("attribution", "told the Daily Ledger", "told the Day by day Record") in credited


def test_name_respelt_is_a_name_change_but_a_derived_form_is_not():
    assert changes_between(
        "Later, Lukashenko thanked the Belarus army.", "Afterward, Lukashenka thanked the Belarusian army."
    ) == [("name", "Lukashenko", "Lukashenka")]


def test_a_name_replaced_by_common_words_is_found_whichever_sentence_is_given_first():
    # The original names the network; the copy puts ordinary words in its place. Which text is given first
    # says nothing about which came first: both orders report the one change, mirrored.
    original = "Customers of Telvio Broadband lost their connection for six hours on Friday, the company said."
    copy = "Customers of the broadband provider lost their connection for six hours on Friday, the company said."
    forward = [c for c in changes_between(original, copy) if c[0] == "name"]
    backward = [c for c in changes_between(copy, original) if c[0] == "name"]
    assert forward and backward == [(kind, b, a) for kind, a, b in forward]


def test_an_ambiguous_role_word_beside_a_name_is_a_title_whichever_sentence_is_given_first():
    # "chief" and "head" are roles only where their place says so: here beside the name they title.
    original = "Police chief Anna Berg said the march would go ahead on Saturday despite the rain."
    copy = "Police Commissioner Anna Berg said the march would go ahead on Saturday despite the rain."
    assert changes_between(original, copy) == [("title", "chief", "Commissioner")]
    assert changes_between(copy, original) == [("title", "Commissioner", "chief")]


def test_an_honorific_replaced_before_the_same_name_is_a_title_change_in_either_order():
    # A doctor written as "Mr" (or a "Mr" made "Prof") is a changed title, a fact, not a word swapped.
    original = "Senior partner Dr Callum Reid said the surgery in Alston would stay open on Saturdays."
    copy = "Senior partner Mr Callum Reid said the surgery in Alston would stay open on Saturdays."
    assert changes_between(original, copy) == [("title", "Dr", "Mr")]
    assert changes_between(copy, original) == [("title", "Mr", "Dr")]
    assert changes_between("The award went to Mrs Joan Pike of Hexham.",
                           "The award went to Dame Joan Pike of Hexham.") == [("title", "Mrs", "Dame")]


def test_one_honorific_written_another_way_is_no_title_change():
    # "Doctor" for "Dr", "Mister" for "Mr", "Ms" for "Mrs": the same title in another house style.
    for original, copy in (("Dr Omar Shah", "Doctor Omar Shah"), ("Mr Ian Bell", "Mister Ian Bell"),
                           ("Mrs Ann Holt", "Ms Ann Holt"), ("Prof Ann Holt", "Professor Ann Holt")):
        a, b = f"The new ward was opened by {original} on Friday.", f"The new ward was opened by {copy} on Friday."
        assert all(kind != "title" for kind, _, _ in wording_between(a, b)), (original, copy)
        assert changes_between(a, b) == []


def test_a_role_word_after_a_titled_holders_first_name_is_the_surname_in_either_order():
    # The role is written once, before the name: "King" after "governor Mervyn" is a surname a spinner
    # replaced, while "Foreign Secretary" → "Foreign Minister" stays a title.
    original = "Bank of England governor Mervyn King warned against placing too much weight on one month of data."
    spun = "Bank of England governor Mervyn Male monarch warned against placing too much weight on one month of data."
    assert changes_between(original, spun) == [("name", "King", "Male")]
    assert changes_between(spun, original) == [("name", "Male", "King")]
    assert changes_between("Foreign Secretary Jack Straw said the talks would resume.",
                           "Foreign Minister Jack Straw said the talks would resume.") == [
        ("title", "Foreign Secretary", "Foreign Minister")]


def test_name_change_notes_show_the_names_in_context():
    a = "Flood warnings were issued by mayor Petra Lindqvist late on Sunday."
    b = "Flood warnings were issued by mayor Petra Lindgren late on Sunday."
    (change,) = sentence_changes(a, Span(0, len(a)), b, Span(0, len(b)))
    assert change.kind == "name"
    assert change.note == "name changed: 'Petra Lindqvist' → 'Petra Lindgren'"


def test_numbers_dates_and_amounts_changed():
    found = changes_between(
        "The council said 12 schools would close by 19 December, saving £3.5bn over twenty years.",
        "The council said 15 schools would close by 20 December, saving £5bn over twelve years.",
    )
    assert found == [
        ("number", "12", "15"),
        ("date", "19 December", "20 December"),
        ("number", "3.5bn", "5bn"),
        ("number", "twenty", "twelve"),
    ]


def test_weekday_and_year_changes_are_dates():
    found = changes_between(
        "The bridge reopened on Monday after repairs begun in 2019.",
        "The bridge reopened on Tuesday after repairs begun in 2018.",
    )
    assert found == [("date", "Monday", "Tuesday"), ("date", "2019", "2018")]


def test_negation_added_and_removed():
    assert changes_between(
        "The minister said the plan will go ahead.", "The minister said the plan will not go ahead."
    ) == [("negation", "will go", "will not go")]
    assert changes_between("The club never paid the fine.", "The club paid the fine.") == [
        ("negation", "club never paid", "club paid")
    ]
    # The auxiliary the negation turns is shown even when the next word was swapped too.
    assert changes_between(
        "Local authorities are concerned about the cost.", "Local authorities are not related about the cost."
    ) == [("negation", "are concerned", "are not related")]


def test_changed_quote_is_reported_whole_and_its_words_only_once():
    found = changes_between(
        'The coach called the 3 charges "a shabby, baseless invention by 2 rivals".',
        'The coach called the 3 charges "a shoddy, unfounded creation by 4 competitors".',
    )
    # its reworded words once, as the quote; the figure it states changed listed beside it (changes50)
    assert found == [
        ("quote", "a shabby, baseless invention by 2 rivals", "a shoddy, unfounded creation by 4 competitors"),
        ("number", "2", "4"),
    ]


def test_identical_quotes_are_no_change_while_words_around_them_may_be():
    found = changes_between(
        'Mayor Ines Okafor said: "We will rebuild the pier." on Friday.',
        'Mayor Ines Okafor said: "We will rebuild the pier." on Saturday.',
    )
    assert found == [("date", "Friday", "Saturday")]


def test_curly_single_quotes_are_quotations_but_apostrophes_are_not():
    text = "The union’s leader called it ‘a fair deal’ and left."
    assert [q.text_of(text) for q in quotations(text, Span(0, len(text)))] == ["a fair deal"]


def _single_quotes_by_search(text: str, opens: re.Pattern[str], closes: re.Pattern[str]) -> list[tuple[int, int]]:
    """Single quotations as the patterns define them, searched for in the whole text (before 2026-12-05)."""
    found = []
    for opening in opens.finditer(text):
        closing = closes.search(text, opening.end())
        if closing is not None and "‘" not in text[opening.end() : closing.start()] \
                and "\n" not in text[opening.end() : closing.start()] \
                and not opens.search(text[opening.end() : closing.start()]):
            found.append((opening.end(), closing.start()))
    return found


_QUOTE_HEAVY = st.lists(st.sampled_from([*"ab .,!?:(—\n'‘’\"“”", "'s", "’s", " 'Yes,' ", "‘no’", "it's"]),
                        max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(_QUOTE_HEAVY)
def test_single_quotes_found_by_their_marks_are_the_patterns_matches(text: str) -> None:
    """Each mark found by its character, the closing one within its line: the matches of a search of the text."""
    for opens, closes, marks in ((marks_of._SINGLE_CURLY_OPEN, marks_of._SINGLE_CURLY_CLOSE, ("‘", "’")),
                                 (marks_of._SINGLE_STRAIGHT_OPEN, marks_of._SINGLE_STRAIGHT_CLOSE, ("'", "'"))):
        found = marks_of._single_quotes(text, opens, closes, "‘", *marks)
        assert found == _single_quotes_by_search(text, opens, closes)


def test_number_words_and_magnitudes_are_normalised():
    assert number_value("twelve") == 12.0
    assert number_value("twenty-five") == 25.0
    assert number_value("3.5bn") == 3.5e9
    assert number_value("1,200") == 1200.0
    assert number_value("fifteen%") is None or number_value("15%") == 15.0
    assert number_value("harbour") is None


def test_passage_without_sentence_matches_uses_the_alignment_spans():
    a_text, b_text = "Price rises hit 7 towns.", "Price rises hit 9 towns."
    a, b = segment(Article("a", a_text)), segment(Article("b", b_text))
    al = Alignment(Span(0, len(a_text)), Span(0, len(b_text)), 0.9, "near_verbatim")
    (change,) = find_changes(a, b, [al])
    assert (change.kind, change.a.text_of(a_text), change.b.text_of(b_text)) == ("number", "7", "9")


def test_each_change_is_reported_once_across_overlapping_alignments():
    a, b, al = pair_of("Rents rose 4 percent in Hull.", "Rents rose 6 percent in Hull.", [(0, 0)])
    assert len(find_changes(a, b, [al, al])) == 1


# --- the seeds --------------------------------------------------------------------------------------


def _seed_sentence(seg: Segmented, marker: str) -> int:
    return next(k for k, text in enumerate(seg.sentence_texts()) if marker in text)


def _seed_pair(a_marker: str, b_marker: str) -> tuple[Segmented, Segmented, Alignment]:
    seeds = need_shared("seeds")
    a = segment(Article("000", (seeds / "000_43609836e1b9b3c0.txt").read_text(encoding="utf-8")))
    b = segment(Article("001", (seeds / "001_0606f60f08f8ff19.txt").read_text(encoding="utf-8")))
    i, j = _seed_sentence(a, a_marker), _seed_sentence(b, b_marker)
    al = Alignment(a.sentences[i], b.sentences[j], 0.7, "spun", (SentenceMatch(i, j, 0.8, 0.3, 0.7),))
    return a, b, al


def test_seed_minister_name_corrupted_at_the_aligned_position():
    a, b, al = _seed_pair("Yenin said", "Yevhen Yemen")
    found = shown(find_changes(a, b, [al]), a.article.text, b.article.text)
    assert ("name", "Yenin", "Yemen") in found


def test_seed_peskov_quote_mutation_is_found():
    a, b, al = _seed_pair("Peskov", "Peskov")
    quotes = [c for c in find_changes(a, b, [al]) if c.kind == "quote"]
    assert len(quotes) == 1
    assert "stupid, groundless fabrications" in quotes[0].a.text_of(a.article.text)
    assert "moronic, unjustifiable creations" in quotes[0].b.text_of(b.article.text)


# --- properties -------------------------------------------------------------------------------------

PIECES = [
    "the",
    "council",
    "said",
    "not",
    "never",
    "12",
    "twelve",
    "3.5bn",
    "Monday",
    "19",
    "December",
    "Ned",
    "Price",
    "Cost",
    "State",
    "Department",
    "Division",
    '"',
    "“",
    "”",
    "‘",
    "’",
    "didn't",
    ",",
    ".",
    ":",
    "Yenin",
    "Yemen",
    "will",
    "go",
    "ahead",
    "2019",
    "Mr.",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=25),
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=25),
    st.text(alphabet=" \n", max_size=3),
)
def test_every_change_span_is_non_empty_and_inside_its_text(words_a, words_b, pad):
    a_text, b_text = pad + " ".join(words_a), " ".join(words_b) + pad
    for change in sentence_changes(a_text, Span(0, len(a_text)), b_text, Span(0, len(b_text))):
        assert 0 <= change.a.start < change.a.end <= len(a_text)
        assert 0 <= change.b.start < change.b.end <= len(b_text)
        assert change.a.text_of(a_text).strip() and change.b.text_of(b_text).strip()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=25))
def test_a_sentence_never_changes_against_itself(words):
    text = " ".join(words)
    assert sentence_changes(text, Span(0, len(text)), text, Span(0, len(text))) == []


# --- every edit of a near-duplicate ---------------------------------------------------------------


def test_one_letter_name_edits_and_names_at_a_sentence_start() -> None:
    assert changes_between(
        "Hillary Clinton met Russian envoys in Vienna.", "Hillary Clintan met Russion envoys in Vienna."
    ) == [("name", "Clinton", "Clintan"), ("name", "Russian", "Russion")]
    a_text = "Donald Trump spoke in Ohio. Trump repeated the claim on Friday."
    b_text = "Donald Trump spoke in Ohio. Truan repeated the claim on Friday."
    found = shown(two_sentence_changes(a_text, b_text), a_text, b_text)
    assert found == [("name", "Trump", "Truan")]


def test_a_replaced_role_is_a_title_change_not_a_name() -> None:
    assert changes_between(
        "Manager Ines Duarte said the deal was done.", "Director Ines Duarte said the deal was done."
    ) == [("title", "Manager", "Director")]
    assert changes_between(
        "Ukraine's Deputy Interior Minister Yevhen Yenin said the border was calm.",
        "Yevhen Yenin, Ukraine's delegate inside the server, said the border was calm.",
    ) == [("title", "Deputy Interior Minister", "Ukraine's delegate inside the server")]


def test_a_credit_replaced_or_dropped_is_an_attribution_change() -> None:
    found = changes_between(
        "In conversation with BBC Ukraine, the minister said troops would stay.",
        "The minister let the Jejalnews know that troops would stay.",
    )
    assert ("attribution", "In conversation with BBC Ukraine", "let the Jejalnews know") in found
    found = changes_between("The mayor told Reuters the bridge was safe.", "The mayor told AFP the bridge was safe.")
    assert found == [("attribution", "told Reuters", "told AFP")]


def test_not_withstanding_is_no_negation_and_times_are_dates() -> None:
    assert changes_between(
        "Despite the rain, the match went ahead at 3pm.", "Not withstanding the rain, the match went ahead at 3pm."
    ) == []
    assert changes_between("The vote closed at 10:30 on Monday.", "The vote closed at 11:30 on Monday.") == [
        ("date", "10:30", "11:30")
    ]


def test_wording_is_listed_for_near_duplicates_and_kept_out_of_spun_copies() -> None:
    a_text = "The two leaders spoke during a meeting in Minsk. The talks lasted three hours."
    b_text = "The two leaders spoke certainly a meeting in Minsk. The talks lasted three hours."
    near = two_sentence_changes(a_text, b_text, "near_duplicate")
    assert shown(near, a_text, b_text) == [("wording", "during", "certainly")]
    assert two_sentence_changes(a_text, b_text, "spun_copy") == ()


def test_a_dropped_and_an_added_paragraph_are_reported_with_their_spans() -> None:
    kept_1 = "The harbour reopened on Monday after the storm."
    dropped = "Fishermen said the damage to the pier would take weeks to repair."
    kept_2 = "The council will meet again in April."
    added = "Subscribe to our newsletter for daily updates on the coast."
    a_text, b_text = f"{kept_1}\n{dropped}\n{kept_2}", f"{kept_1}\n{kept_2}\n{added}"
    a, b, al = pair_of(a_text, b_text, [(0, 0), (2, 1)])
    found = find_changes(a, b, [al], "near_duplicate")
    assert shown(found, a_text, b_text) == [
        ("omission", dropped, ""),
        ("addition", "", added),
    ]
    assert found[0].b.start == len(kept_1)  # where the paragraph would stand in B
    assert find_changes(a, b, [al], "rewrite") == ()  # a rewrite's missing text is not an edit list


def test_the_same_change_made_again_is_one_change_with_every_place() -> None:
    a_text = "Riverside won 2-0. Fans of Riverside sang. Riverside play again on Sunday."
    b_text = "Riverbank won 2-0. Fans of Riverbank sang. Riverbank play again on Sunday."
    a, b, al = pair_of(a_text, b_text, [(0, 0), (1, 1), (2, 2)])
    (change,) = find_changes(a, b, [al], "near_duplicate")
    assert (change.kind, change.count) == ("name", 3)
    assert [x.text_of(a_text) + "→" + y.text_of(b_text) for x, y in change.places] == ["Riverside→Riverbank"] * 3


def test_a_quotation_over_two_sentences_is_one_change_with_the_differing_words_marked() -> None:
    a_text = 'He said: "I know the fans want goals. I am here to score them." Then he left.'
    b_text = 'He said: "I know the supporters want goals. I am here to grade them." Then he left.'
    a, b = segment(Article("a", a_text)), segment(Article("b", b_text))
    al = Alignment(Span(0, len(a_text)), Span(0, len(b_text)), 0.8, "spun",
                   tuple(SentenceMatch(k, k, 0.9, 0.6, 0.8) for k in range(len(a.sentences))))
    (change,) = find_changes(a, b, [al], "spun_copy")
    assert change.kind == "quote"
    assert change.a.text_of(a_text) == "I know the fans want goals. I am here to score them"
    assert [s.text_of(a_text) for s in change.differs_a] == ["fans", "score"]
    assert [s.text_of(b_text) for s in change.differs_b] == ["supporters", "grade"]


def test_a_paraphrased_pair_says_nothing_about_names_from_the_words_that_face_each_other() -> None:
    # The seeds' summary ↔ spun-copy link: only "on the other hand" is shared, so "Belarus" faces "Or" by
    # accident. A name respelt inside a name both sentences hold still counts there.
    assert changes_between(
        "Belarus on the other hand as long resisted sending its own troops into Ukraine.",
        "Or on the other hand a ploy by Moscow to cause Ukraine to anticipate Belarusian hostility thus tying up "
        "Ukrainian troopers in the north.",
    ) == []
    assert ("name", "Yenin", "Yemen") in changes_between(
        "Deputy Interior Minister Yevhen Yenin said the border was being fortified.",
        "Yevhen Yemen let the reporters know that his nation would build up the border with troops.",
    )


def test_a_spinner_synonym_for_a_sentence_opener_is_not_a_name_change() -> None:
    a_text = "Fans met the Riverside Supporters' Trust on Monday. Supporters had criticised the owners."
    b_text = "Fans met the Riverside Supporters' Trust on Monday. Advocates had criticised the owners."
    assert two_sentence_changes(a_text, b_text, "spun_copy") == ()


def test_a_name_replaced_where_it_also_stands_unchanged_and_in_a_line_up() -> None:
    assert changes_between(
        "Among the accused were RJ Reynolds Tobacco, Lorillard Tobacco and Liggett Group.",
        "Among the accused were RJ Reynolds Tobacco, Lorillard Castell and Liggett Group.",
    ) == [("name", "Tobacco", "Castell")]
    assert changes_between(
        "Cech, Paulo Ferreira, Gallas, Terry, Bridge, Jarosik, Lampard, Makelele, Duff, Drogba, Robben.",
        "Cech, Paulo Dunmore, Gallas, Terry, Bridge, Jarosik, Lampard, Makelele, Duff, Drogba, Robben.",
    ) == [("name", "Ferreira", "Dunmore")]


def test_a_credit_half_kept_in_place_or_respelt_is_a_name_change() -> None:
    assert changes_between(
        "It will be fear and smear, he told BBC News.", "It will be fear and smear, he told BBC Message."
    ) == [("name", "News", "Message")]
    assert changes_between(
        "By 2008, according to Gartner, 95% of phones sold will have cameras.",
        "By 2008, according to Gartnor, 95% of phones sold will have cameras.",
    ) == [("name", "Gartner", "Gartnor")]



def test_a_name_swapped_with_the_word_beside_it_is_still_a_name_change() -> None:
    assert ("name", "Cherkasky", "Rourke") in changes_between(
        "Looking ahead, Mr Cherkasky forecast profitable growth for the year ahead.",
        "Looking ahead, Mr Rourke prognosis profitable growth for the year ahead.",
    )
    assert ("name", "Assembly", "Council") in changes_between(
        "The party has lost one of its two London Assembly members to the new party.",
        "The party has lost one of its two London Council organisations to the new party.",
    )


def test_a_name_swapped_after_a_swapped_lower_case_word_is_a_name_change_either_way_round() -> None:
    # The diff joins "weight" → "mass" with the name after it: the name is the capitalised run after the
    # lower-case words, not nothing because the replacement starts in lower case.
    original = ("He won by two lengths, with the top weight Copper Quay a further neck back in third. The "
                "favourite was well backed on Thursday.")
    copy = ("He won by two lengths, with the top mass Bronze Wharf a further neck back in third. The "
            "favourite was well backed on Thursday.")
    assert shown(two_sentence_changes(original, copy, "spun_copy"), original, copy) == [
        ("name", "Copper Quay", "Bronze Wharf")]
    assert shown(two_sentence_changes(copy, original, "spun_copy"), copy, original) == [
        ("name", "Bronze Wharf", "Copper Quay")]
    # The lower-case word swapped before a name both keep is no name change.
    kept = original.replace("top weight", "top mass")
    assert [c.kind for c in two_sentence_changes(original, kept, "spun_copy") if c.kind == "name"] == []


def test_a_name_of_two_words_swapped_at_a_sentence_start_is_a_name_change_either_way_round() -> None:
    # Past the sentence's first word a capital marks a name again: "Lantern", "Lamp", the "Wood" of
    # "Hill-Wood" make the run a name, its first word with it.
    for original, copy, name in (
        ("Marsh Lantern made all to land the feature hurdle at Listowel. The favourite won easily on soft ground.",
         "Swamp Lamp made all to land the feature hurdle at Listowel. The favourite won easily on soft ground.",
         ("Marsh Lantern", "Swamp Lamp")),
        ("Harbour Bridge Foods said it would close its bakery in Drogheda. Unions will meet managers next week.",
         "Port Span Foods said it would close its bakery in Drogheda. Unions will meet managers next week.",
         ("Harbour Bridge", "Port Span")),
        ("Hill-Wood said the board had rejected the offer. The club would not comment further.",
         "Mound-Timber said the board had rejected the offer. The club would not comment further.",
         ("Hill-Wood", "Mound-Timber")),
    ):
        assert shown(two_sentence_changes(original, copy, "spun_copy"), original, copy) == [("name", *name)]
        assert shown(two_sentence_changes(copy, original, "spun_copy"), copy, original) == [
            ("name", name[1], name[0])]


def test_capitalised_ordinary_words_swapped_at_a_sentence_start_are_no_name_change() -> None:
    # One opener swapped before a name both keep; a label of words the article writes in lower case too.
    for original, copy in (
        ("Favourite Marsh Lantern was pulled up before the last. The horse is reported to be sound.",
         "Preferred Marsh Lantern was pulled up before the last. The horse is reported to be sound."),
        ("The plan was approved on Monday. Key Facts: the scheme will cost £4m and the key facts are not disputed.",
         "The plan was approved on Monday. Main Points: the scheme will cost £4m and the key facts are not "
         "disputed."),
    ):
        for a_text, b_text in ((original, copy), (copy, original)):
            assert [c.kind for c in two_sentence_changes(a_text, b_text, "spun_copy") if c.kind == "name"] == [], a_text


def test_a_name_written_alone_elsewhere_replaced_at_a_clause_start() -> None:
    a_text = ("Voters in the north turned to the Labour party in 1997. Labour will hold key marginal seats, the "
              "poll says.")
    b_text = ("Voters in the north turned to the Labour party in 1997. Working class will hold key marginal "
              "seats, the poll says.")
    names = [(c.a.text_of(a_text), c.b.text_of(b_text)) for c in two_sentence_changes(a_text, b_text)
             if c.kind == "name"]
    assert names == [("Labour", "Working")]


def test_a_role_word_used_as_something_else_is_no_title_change() -> None:
    assert [k for k, *_ in changes_between(
        "Labour unveiled details of how it will fight the next general election, the party said.",
        "Labour unveiled details of how it will fight the next overall election, the party said.",
    )] == []
    assert [k for k, *_ in changes_between(
        "The sound moves from left to right before disappearing around the back of my head, he said.",
        "The sound moves from left to right before disappearing around the back of my leader, he said.",
    )] == []
    assert ("title", "chief executive", "president") in changes_between(
        "Profits fell in 2004, Marsh chief executive Michael Cherkasky said on Tuesday.",
        "Profits fell in 2004, Fenland president Michael Cherkasky said on Tuesday.",
    )


def test_a_year_replaced_by_a_number_that_is_no_year_is_a_date_change() -> None:
    assert changes_between(
        "By the end of 2004 Microsoft aims to launch search software for the desktop.",
        "By the end of 1727 Microsoft aims to launch search software for the desktop.",
    ) == [("date", "2004", "1727")]


def test_a_role_word_the_article_uses_as_a_surname_is_a_name() -> None:
    a_text = ('"It is not just about firewalls," said Paul King, chief security architect at Cisco. '
              "Mr King said the only defence was in the network.")
    b_text = ('"It is not just about firewalls," said Paul Male monarch, chief security architect at Cisco. '
              "Mr King said the only defence was in the network.")
    found = [(c.kind, c.a.text_of(a_text)) for c in two_sentence_changes(a_text, b_text, "spun_copy")]
    assert found == [("name", "King")]
    # Without "Mr King" the same word is the man's title.
    a_text, b_text = a_text.replace("Mr King", "He"), b_text.replace("Mr King", "He")
    assert [c.kind for c in two_sentence_changes(a_text, b_text, "spun_copy")] == ["title"]


def test_a_clause_opener_is_a_name_only_when_either_article_names_it_elsewhere() -> None:
    # The copy given first: its synonym for an opener is rare ("Maturation"), the original's word no name.
    copy = "Sales rose 4% last year. Maturation came mainly from outside western Europe, the firm said."
    original = "Sales rose 4% last year. Growth came mainly from outside western Europe, the firm said."
    a, b, al = pair_of(copy, original, [(0, 0), (1, 1)])
    assert find_changes(a, b, [al], "spun_copy") == ()
    # An opener before a name ("Former Labour prime minister") is not part of it.
    copy = "Erstwhile Labour prime minister Lord Callaghan has died. He led Labour from 1976."
    original = "Former Labour prime minister Lord Callaghan has died. He led Labour from 1976."
    a, b, al = pair_of(copy, original, [(0, 0), (1, 1)])
    assert find_changes(a, b, [al], "spun_copy") == ()
    # The original's word is a name it writes alone elsewhere: a name change, whichever side comes first.
    copy = "The Tories set out their plan. Proletariat hit back at the proposal, saying it was unfunded."
    original = "The Tories set out their plan. Labour hit back at the proposal, saying it was unfunded."
    for a_text, b_text in ((copy + " Voters backed Labour.", original + " Voters backed Labour."),
                           (original + " Voters backed Labour.", copy + " Voters backed Labour.")):
        a, b, al = pair_of(a_text, b_text, [(0, 0), (1, 1), (2, 2)])
        assert [(c.kind, c.a.text_of(a_text)) for c in find_changes(a, b, [al], "spun_copy")] == [
            ("name", "Proletariat" if a_text.startswith(copy) else "Labour")]


def test_facts_remembered_by_sentence_text_are_those_read_in_the_article() -> None:
    """``fact_changes`` looks a sentence's facts up by its text alone; they must be what ``facts`` reads from
    the sentence's tokens inside its article (dates, clock times with a.m./p.m. and numbers included)."""
    from unspun.pair.changes.context import span_tokens
    from unspun.pair.changes.facts import _sentence_facts, facts

    text = (ORIGINAL + "\nThe ship left at 10:30 p.m. on 2023-12-19, three hours late; 1,200 tonnes stayed "
            "behind.\nBy 3 pm on Friday 19 December, twenty-five vessels had cleared the port.")
    seg = segment(Article("a", text))
    found = 0
    for span in seg.sentences:
        tokens = span_tokens(text, span)
        expected = tuple(facts(text, tokens))
        assert _sentence_facts(text, tokens) == expected, span.text_of(text)
        found += len(expected)
    assert found >= 8


def test_a_name_in_a_line_up_replaced_by_an_ordinary_word_is_found_with_the_copy_given_first() -> None:
    copy = "Commonwealth of Ireland v France; Country v Switzerland; Faroe Islands v Israel."
    original = "Republic of Ireland v France; Cyprus v Switzerland; Faroe Islands v Israel."
    assert ("name", "Country", "Cyprus") in changes_between(copy, original)
    assert ("name", "Cyprus", "Country") in changes_between(original, copy)


def test_a_first_name_swapped_at_a_sentence_start_is_a_name_change_either_way_round() -> None:
    # The full name stands elsewhere inside a sentence, in either article: "Real Madrid" is one name.
    original = ("Real Madrid won again on Sunday. The result leaves Real Madrid three points clear.")
    copy = ("Actual Madrid won again on Sunday. The result leaves Real Madrid three points clear.")
    # The kept word is a surname ("Mr Bates", "made Depp") and the replaced word is never written in lower case.
    original2 = "Ken Bates has bought the club. Fans fear Mr Bates will sell the ground."
    copy2 = "Cognizance Bates has bought the club. Fans fear Mr Bates will sell the ground."
    original3 = "Johnny Depp has been nominated for an Oscar. The film made Depp a star, critics said."
    copy3 = "Greyback Depp has been nominated for an Oscar. The film made Depp a star, critics said."
    for a_text, b_text in ((original, copy), (copy, original), (original2, copy2), (copy2, original2),
                           (original3, copy3), (copy3, original3)):
        found = shown(two_sentence_changes(a_text, b_text, "spun_copy"), a_text, b_text)
        assert found == [("name", a_text.split()[0], b_text.split()[0])]


def test_a_sentence_opener_before_a_name_is_not_its_first_name() -> None:
    # A role word, a word written in lower case elsewhere, or a pair standing before a role: the opener's.
    for original, copy in (
        ("Singer Alex Kapranos said the band would tour. The tour was praised by Kapranos.",
         "Vocaliser Alex Kapranos said the band would tour. The tour was praised by Kapranos."),
        ("Chairman Louis Schweitzer will step down. Renault said Schweitzer would stay on the board.",
         "Chairperson Louis Schweitzer will step down. Renault said Schweitzer would stay on the board."),
        ("Legendary Dutch coach Rinus Michels has died. He led the Dutch side in 1974.",
         "Fabled Dutch coach Rinus Michels has died. He led the Dutch side in 1974."),
        ("Saying Britain must do more, the minister left the talks. He had been saying so to Britain for months.",
         "Expression Britain must do more, the minister left the talks. He had been saying so to Britain for "
         "months."),
    ):
        for a_text, b_text in ((original, copy), (copy, original)):
            assert [c.kind for c in two_sentence_changes(a_text, b_text, "spun_copy") if c.kind == "name"] == [], a_text


def test_a_name_written_elsewhere_only_as_a_longer_name_is_a_name_at_a_sentence_start() -> None:
    # Never standing alone, but opening a longer name after a lower-case word ("the aid agency Care
    # International"), or a nationality: the word at a sentence start is that name, whichever side comes first.
    for original, copy in (
        ("The aid agency Care International has suspended its work in Iraq. Care has since closed its offices.",
         "The aid agency Care International has suspended its work in Iraq. Benefit has since closed its offices."),
        ("Monfils reached the French Open final last year. French prodigy Gael Monfils beat the top seed.",
         "Monfils reached the French Open final last year. Language prodigy Gael Monfils beat the top seed."),
        ("The leader was cleared on Tuesday. Scottish Conservative Party officials welcomed the ruling.",
         "The leader was cleared on Tuesday. Scotch Conservative Party officials welcomed the ruling."),
    ):
        for a_text, b_text in ((original, copy), (copy, original)):
            found = [(c.kind, c.a.text_of(a_text)) for c in two_sentence_changes(a_text, b_text, "spun_copy")]
            assert found == [("name", a_text.split(". ")[1].split()[0])], a_text
    # A word inside a longer name ("the Riverside Supporters' Trust") or only a sentence's capital elsewhere.
    for original, copy in (
        ("Members of the Riverside Supporters' Trust met on Monday. Supporters say the club must stay.",
         "Members of the Riverside Supporters' Trust met on Monday. Advocates say the club must stay."),
        ("Officials said the talks would resume. Other officials were less sure of the timetable.",
         "Functionaries said the talks would resume. Other officials were less sure of the timetable."),
    ):
        a, b, al = pair_of(original, copy, [(0, 0), (1, 1)])
        assert find_changes(a, b, [al], "spun_copy") == (), original


def test_a_headline_is_diffed_against_the_other_headline_however_much_was_reworded() -> None:
    body = "\n\nWales are hopeful that flanker Martyn Williams could be fit for Saturday's opener against England."
    original = "Wales get Williams fitness boost" + body
    copy = "Wheals get Williams fittingness hike up" + body
    for a_text, b_text in ((original, copy), (copy, original)):
        a, b, al = pair_of(a_text, b_text, [(1, 1)])
        found = shown(find_changes(a, b, [al], "spun_copy"), a_text, b_text)
        assert found == [("name", a_text.split()[0], b_text.split()[0])]
    # Another story's headline over the same body shares no word with it: no name change between the two.
    other = "Verdict delay for Greek sprinters" + body
    a, b, al = pair_of(original, other, [(1, 1)])
    assert [c.kind for c in find_changes(a, b, [al], "partial_reuse") if c.kind == "name"] == []


def test_another_form_of_a_name_swapped_in_place_is_a_name_change_but_not_a_country_for_its_people() -> None:
    assert changes_between(
        "The Financial Services Authority has warned banks about the scheme.",
        "The Financial Services Authoritativeness has warned banks about the scheme.",
    ) == [("name", "Authority", "Authoritativeness")]
    assert changes_between(
        "Chinese wine sales are growing fast, the office said.", "China wine sales are growing fast, the office said."
    ) == []


def test_a_first_name_said_once_before_a_surname_with_an_appositive_role_is_a_name_change() -> None:
    # The only mention of the person: a sentence start, then a comma and a role ("spokesman for …").
    original = ("Then on 10 January Cellnet launched its service. Mike Caudwell, spokesman for Vodafone, said that "
                "the first phones were the size of a brick.")
    copy = ("Then on 10 January Cellnet launched its service. Microphone Caudwell, spokesman for Vodafone, said "
            "that the first phones were the size of a brick.")
    original2 = ("Microsoft met analysts to talk about its results. John Connors, Microsoft's chief financial "
                 "officer, said a test version was ready.")
    copy2 = ("Microsoft met analysts to talk about its results. Lav Connors, Microsoft's chief financial "
             "officer, said a test version was ready.")
    for a_text, b_text in ((original, copy), (copy, original), (original2, copy2), (copy2, original2)):
        found = [(c.kind, c.a.text_of(a_text)) for c in two_sentence_changes(a_text, b_text, "spun_copy")]
        assert found == [("name", a_text.split(". ")[1].split()[0])], a_text
    # A descriptive opener before a name with no appositive role stays the sentence's ("Veteran" → "Old").
    a_text = "Veteran Giggs scored twice on Saturday. The winger was named man of the match."
    b_text = "Old-timer Giggs scored twice on Saturday. The winger was named man of the match."
    assert [c for c in two_sentence_changes(a_text, b_text, "spun_copy") if c.kind == "name"] == []
    # Nor does a sentence adverb or an adjective before "Smith, a spokesman" become a first name when the
    # spinner swaps it.
    for opener, swapped, rest in (("Meanwhile", "Furthermore", "Smith, a spokesman for the firm,"),
                                  ("Later", "Afterwards", "Smith, a spokesman for the firm,"),
                                  ("Veteran", "Seasoned", "Giggs, the Manchester United captain,"),
                                  ("Embattled", "Beleaguered", "Blair, the prime minister,")):
        a_text = f"The talks went on all week. {opener} {rest} said the deal was close."
        b_text = f"The talks went on all week. {swapped} {rest} said the deal was close."
        assert [c for c in two_sentence_changes(a_text, b_text, "spun_copy") if c.kind == "name"] == [], opener


def test_a_name_swapped_after_a_reworded_quotation_end_is_a_name_change() -> None:
    # The word-level diff joins the last word of the quotation with the name after it.
    original = ('"For years people have asked for it," says King. "The rapport between us makes the show much more '
                'interactive," King says.')
    copy = ('"For years people have asked for it," says King. "The rapport between us makes the show much more '
            'synergistic," Male monarch says.')
    a, b, al = pair_of(original, copy, [(0, 0), (1, 1)])
    found = shown(find_changes(a, b, [al], "spun_copy"), original, copy)
    assert ("name", "King", "Male") in found


def test_a_name_said_again_as_a_pronoun_is_no_name_change() -> None:
    # Another outlet's report of the same speech: the pronoun stands for the name it gave before.
    a_text = ('A crowd cheered Trump in Ohio on Monday. Trump accused Obama of carrying out a failed policy, "a '
              'disaster," he said.')
    b_text = ('A crowd cheered Trump in Ohio on Monday. He accused Obama of carrying out a failed policy, "a '
              'disaster," he said.')
    assert [c for c in two_sentence_changes(a_text, b_text, "same_story") if c.kind == "name"] == []
    # A possessive opens names: "Save Our Community" respelt is a name change.
    assert changes_between("said Larry Bevington, chairman of Save Our Community, a group of residents.",
                           "said Larry Bevington, chairman of Save Orr Community, a group of residents.") == [
        ("name", "Our", "Orr")]
    # Capitals that read as a pronoun in lower case are a name: "the US" → "the UK" is a country changed.
    a_text = "Officials in the US said the talks would resume next week. The delegation left on Friday."
    b_text = "Officials in the UK said the talks would resume next week. The delegation left on Friday."
    assert shown([c for c in two_sentence_changes(a_text, b_text, "spun_copy") if c.kind == "name"], a_text,
                 b_text) == [("name", "US", "UK")]


def test_words_of_a_title_cased_headline_are_no_names_for_the_other_outlet_s_headline() -> None:
    # Two outlets' headlines of one story, every word capitalised: a verb swapped is no name change, a name
    # respelt still is.
    body = ("\n\nThe White House asked former President Bill Clinton to urge Representative Joe Sestak to drop out "
            "of the Senate race, Sestak said on Friday.")
    a_text = "White House Used Bill Clinton to Ask Sestak to Drop Out of Senate Race" + body
    b_text = "White House Asked Bill Clinton to Urge Sestak to Drop Out of Senate Race" + body
    a, b, al = pair_of(a_text, b_text, [(1, 1)])
    assert [c for c in find_changes(a, b, [al], "same_story") if c.kind == "name"] == []
    c_text = "White House Used Bill Clinton to Ask Sestek to Drop Out of Senate Race" + body
    a, c, al = pair_of(a_text, c_text, [(1, 1)])
    found = [(ch.kind, ch.a.text_of(a_text), ch.b.text_of(c_text)) for ch in find_changes(a, c, [al], "same_story")]
    assert found == [("name", "Sestak", "Sestek")]


def test_an_engine_memo_keeps_each_article_s_namings_without_changing_the_changes() -> None:

    from unspun.pair.engine import PairEngine
    from unspun.pair.memo import Memo

    corpus = Path(__file__).parent / "fixtures" / "corpus"
    engine = PairEngine(precise=False)
    segs = {name: segment(Article(name, (corpus / f"{name}.txt").read_text(encoding="utf-8")))
            for name in ("harbour_original", "harbour_trimmed", "harbour_spun")}
    memo = Memo(100)
    for x, y in [("harbour_original", "harbour_trimmed"), ("harbour_trimmed", "harbour_spun"),
                 ("harbour_spun", "harbour_original"), ("harbour_original", "harbour_trimmed")]:
        a, b = segs[x], segs[y]
        alignments = engine.compare_segmented(a, b).alignments
        for relation in (None, "near_duplicate", "spun_copy"):
            plain = find_changes(a, b, alignments, relation)
            assert find_changes(a, b, alignments, relation, memo=memo) == plain  # cold, then warm
            assert find_changes(a, b, alignments, relation, memo=memo) == plain
    assert len(memo) == 6  # two entries per article: its names and its quotations' speakers (they share quotations)
    spun = find_changes(segs["harbour_original"], segs["harbour_spun"],
                        engine.compare_segmented(segs["harbour_original"], segs["harbour_spun"]).alignments,
                        "spun_copy", memo=memo)
    assert spun  # the spun copy changed facts or passages: the memo did not empty the list


def test_articles_names_are_read_only_for_a_pair_with_a_changed_sentence() -> None:
    # A word-for-word copy (every aligned sentence the same, quote style and spacing aside) has no sentence edits
    # whatever its names say, so reading both articles' names (five passes over each text) is left out; a copy
    # with one edited sentence reads them, and the changes are those found without a memo.
    from unspun.pair.memo import Memo

    copy = ORIGINAL.replace('"We are', "“We are").replace('can."', "can.”").replace(" that 14", "  that 14")
    memo = Memo(100)
    a, b, al = pair_of(ORIGINAL, copy, [(0, 0), (1, 1), (2, 2)])
    for relation in (None, "duplicate", "near_duplicate"):
        assert find_changes(a, b, [al], relation, memo=memo) == find_changes(a, b, [al], relation) == ()
    assert len(memo) == 0
    edited = ORIGINAL.replace("14 cargo ships", "41 cargo ships")
    a, c, al = pair_of(ORIGINAL, edited, [(0, 0), (1, 1), (2, 2)])
    found = find_changes(a, c, [al], "near_duplicate", memo=memo)
    assert found == find_changes(a, c, [al], "near_duplicate")
    assert [(ch.kind, ch.a.text_of(ORIGINAL), ch.b.text_of(edited)) for ch in found] == [("number", "14", "41")]
    assert len(memo) == 2  # both articles' names, read for the edited sentence


# --- a rewrite's ways of saying the same thing (tests/fixtures/human_pairs) --------------------------------


def test_a_name_the_copy_refers_to_by_a_description_is_no_name_change_and_a_moved_month_no_date_change():
    said = "Judge Miriam Ashworth said Pellow had exploited the residents who trusted him. "
    original = said + ("Pellow pleaded guilty in September to fraud by abuse of position and to two counts of "
                       "false accounting.")
    rewrite = said + ("The 58-year-old had admitted fraud by abuse of position and two counts of false accounting "
                      "in September.")
    for a, b in ((original, rewrite), (rewrite, original)):
        assert [c.kind for c in two_sentence_changes(a, b)] == []


def test_a_name_replaced_by_a_description_in_a_copy_that_never_names_it_is_still_a_name_change():
    assert ("name", "Telvio", "the") in changes_between(
        "Customers of Telvio Broadband lost their connection on Friday.",
        "Customers of the broadband provider lost their connection on Friday.")
    # a month facing a number the other sentence does not state elsewhere is a changed date
    assert ("date", "September", "58") in changes_between("He pleaded guilty in September to fraud.",
                                                          "He pleaded guilty in 58 to fraud.")


def test_a_place_and_its_adjective_are_one_name():
    found = changes_between("The director of a care home in Cumbria has been jailed.",
                            "The director of a Cumbrian care home has been jailed.")
    assert [c for c in found if c[0] == "name"] == []
    # a first name in '-a' and another in '-an' are two people
    for a_name, b_name in [("Julia", "Julian"), ("Maria", "Marian")]:
        found = changes_between(f"Councillor {a_name} Marsh said the library would stay open until June.",
                                f"Councillor {b_name} Marsh said the library would stay open until June.")
        assert [c[:3] for c in found if c[0] == "name"] == [("name", a_name, b_name)], (a_name, found)


def test_a_quotation_quoted_in_part_is_no_quote_change_but_a_word_left_out_is():
    said = 'She said the inquiry had involved "thousands of pages of bank statements and a great deal of patience".'
    part = 'She said the inquiry had involved "thousands of pages of bank statements".'
    assert [c for c in changes_between(said, part) + changes_between(part, said) if c[0] == "quote"] == []
    dropped = 'She said the inquiry had involved "thousands of pages of statements and a great deal of patience".'
    assert [c[0] for c in changes_between(said, dropped)].count("quote") == 1


def test_a_quotation_quoted_in_part_without_what_turns_its_meaning_is_a_quote_change():
    for said, part in [
        ('The minister said: "This is not the biggest investment the town has ever made, but it is a start."',
         'The minister said: "This is the biggest investment the town has ever made."'),
        ('The mayor said: "I will resign if the council cuts the bus subsidy to pay for this."',
         'The mayor said: "I will resign."'),
        ('The coach said: "We need 12 more points from the last six games to stay up."',
         'The coach said: "We need more points from the last six games."'),
    ]:
        assert [c[0] for c in changes_between(said, part)].count("quote") == 1, part
        assert [c[0] for c in changes_between(part, said)].count("quote") == 1, part


def test_a_date_or_number_written_in_other_words_is_no_wording_change():
    # "5 December" and "Dec. 5" are one date, "twelve" and "12" one number: the word diff's pieces ("on" → "Dec",
    # "December" → "5") are not listed; a changed date and an added word still are.
    assert wording_between("He was sentenced on 5 December for taking bribes from twelve firms.",
                           "He was sentenced on Dec. 5 for taking bribes from 12 firms.") == []
    assert wording_between("He was sentenced on 5 December for taking bribes.",
                           "He was sentenced on Dec. 6 for taking large bribes.") != []


def test_an_amount_put_in_other_units_is_the_same_fact():
    # 3.4 metres is 11.2 feet and 12 km is 7.5 miles, as a copy for other readers writes them; a changed amount in
    # other units is still a change, and so is one in the same unit.
    assert not [c for c in changes_between("The river rose 3.4 metres and flooded 12 km of road.",
                                           "The river rose 11.2 feet and flooded 7.5 miles of road.")
                if c[0] == "number"]
    assert not [c for c in changes_between("The river rose 3.4 metres overnight.",
                                           "The river rose 3.4 metres (11.2 feet) overnight.") if c[0] == "number"]
    assert [c[0] for c in changes_between("The river rose 3.4 metres overnight.",
                                          "The river rose 14 feet overnight.")] == ["number"]
    assert [c[0] for c in changes_between("The river rose 3.4 metres overnight.",
                                          "The river rose 4.3 metres overnight.")] == ["number"]


def test_millions_written_7m_or_7_million_before_a_singular_noun_are_one_figure():
    # "a 7m deal" is 7 million, as "a 7m boat" is 7 metres: a copy writing the sum out changed no number, and one
    # writing the length out as metres changed none either; a changed sum stays a change.
    for a, b in (("Rovers have agreed a 7m deal to sign striker Jamie Hartley.",
                  "Rovers have agreed a 7 million deal to sign striker Jamie Hartley."),
                 ("The city's 1.2m population will get the new bus pass.",
                  "The city's 1.2 million population will get the new bus pass."),
                 ("The council blamed a 2.5m budget shortfall for the cuts.",
                  "The council blamed a 2.5 million budget shortfall for the cuts."),
                 ("The trust has bought a 7m boat for the harbour.",
                  "The trust has bought a 7 metre boat for the harbour.")):
        assert not [c for c in changes_between(a, b) if c[0] == "number"], (a, b)
    assert [c[0] for c in changes_between("Rovers have agreed a 7m deal to sign striker Jamie Hartley.",
                                          "Rovers have agreed a 9 million deal to sign striker Jamie Hartley.")
            ] == ["number"]


def test_a_changed_figure_beside_a_conversion_or_two_figures_swapped_stay_changes():
    # The review's cases: a conversion elsewhere in the sentence does not excuse a changed figure; "pounds" may be
    # money; two figures swapped face other values.
    assert ("number", "500", "600") in wording_between("The fire burned 500 hectares (1,235 acres) of forest.",
                                                       "The fire burned 600 hectares (1,235 acres) of forest.")
    assert ("number", "30", "40") in wording_between("The first tower is 100 feet tall and the second 30 metres.",
                                                     "The first tower is 100 feet tall and the second 40 metres.")
    assert ("number", "11", "12") in wording_between("A 5 kg bag of rice now sells for 11 pounds at the market.",
                                                     "A 5 kg bag of rice now sells for 12 pounds at the market.")
    assert wording_between("Sales rose from 5 million to 6 million last year.",
                           "Sales rose from 6 million to 5 million last year.") != []


# --- currencies, units, outcomes, speakers (issue 10/11: altered copies called the same text) -------------------


def test_an_amount_put_in_another_currency_is_a_changed_number():
    # The figure is the same, the fact is not: "£146m" and "$146m" are other sums.
    cases = [
        ("Northvale reported a pre-tax profit of £146 million for the half.",
         "Northvale reported a pre-tax profit of $146 million for the half.", "£146 million", "$146 million"),
        ("Her client had already repaid £40,000 to the hospice.",
         "Her client had already repaid €40,000 to the hospice.", "£40,000", "€40,000"),
        ("Tickets for the final sold for ¥52,000 each on resale sites.",
         "Tickets for the final sold for $52,000 each on resale sites.", "¥52,000", "$52,000"),
        ("The regulator fined the bank CHF 3.2m last year.",
         "The regulator fined the bank €3.2m last year.", "CHF 3.2m", "€3.2m"),
        ("The miner agreed a US$1.9bn takeover of its rival.",
         "The miner agreed a A$1.9bn takeover of its rival.", "US$1.9bn", "A$1.9bn"),
    ]
    for a, b, shown_a, shown_b in cases:
        assert changes_between(a, b) == [("number", shown_a, shown_b)], a
        assert changes_between(b, a) == [("number", shown_b, shown_a)], b
    # the same currency written another way: a bare "$" may be any dollar, a code or a word is the sign's currency
    for a, b in (("The miner agreed a $1.9bn takeover.", "The miner agreed a US$1.9bn takeover."),
                 ("The scheme will cost £4.2m in total.", "The scheme will cost £4,200,000 in total."),
                 ("The deal was worth 146 million dollars.", "The deal was worth $146 million."),
                 ("The fine was CHF 40,000 in the end.", "The fine was 40,000 francs in the end."),
                 ("Coralstone will spend A$420m on the refinery.", "Coralstone will spend AU$420m on the refinery.")):
        assert not [c for c in changes_between(a, b) + changes_between(b, a) if c[0] != "wording"], a


def test_an_amount_put_in_another_unit_that_no_conversion_explains_is_a_changed_number():
    cases = [
        ("Operating margin widened by 2.1 percentage points in the half.",
         "Operating margin widened by 2.1% in the half.", "2.1 percentage points", "2.1%"),
        ("The prototype cell stores 2.4 ampere-hours at room temperature.",
         "The prototype cell stores 2.4 watt-hours at room temperature.", "2.4 ampere-hours", "2.4 watt-hours"),
        ("The relief road will be 6 miles long.", "The relief road will be 6 km long.", "6 miles", "6 km"),
        ("The hearing was adjourned for three days.", "The hearing was adjourned for three weeks.",
         "three days", "three weeks"),
    ]
    for a, b, shown_a, shown_b in cases:
        assert changes_between(a, b) == [("number", shown_a, shown_b)], a
    # a share written another way, and a length converted, are the same fact
    for a, b in (("Sales rose 18% in the year to March.", "Sales rose 18 per cent in the year to March."),
                 ("Turnout was forty percent.", "Turnout was 40%."),
                 ("The bridge is 12 km long.", "The bridge is 7.5 miles long.")):
        assert not [c for c in changes_between(a, b) + changes_between(b, a) if c[0] != "wording"], a


def test_a_score_is_one_figure_shown_whole():
    assert changes_between("Whitby drew 0-0 with Scarborough on Saturday.",
                           "Whitby drew 1-1 with Scarborough on Saturday.") == [("number", "0-0", "1-1")]
    assert changes_between("Rovers won 3–1 at Ferry Lane.", "Rovers won 3-1 at Ferry Lane.") == []


def test_the_opposite_outcome_is_a_reversed_statement():
    # "acquitted" where the source says "convicted" turns the statement round as "not" would.
    cases = [
        ("Oyelaran was convicted of fraud after a nine-day trial.",
         "Oyelaran was acquitted of fraud after a nine-day trial.", "convicted", "acquitted"),
        ("The planning committee approved the scheme by seven votes to two.",
         "The planning committee rejected the scheme by seven votes to two.", "approved", "rejected"),
        ("The Court of Appeal upheld his conviction on Tuesday.",
         "The Court of Appeal quashed his conviction on Tuesday.", "upheld", "quashed"),
        ("Labour won the seat with a majority of 4,000.", "Labour lost the seat with a majority of 4,000.",
         "won", "lost"),
        ("The motion passed by a narrow margin.", "The motion failed by a narrow margin.", "passed", "failed"),
    ]
    for a, b, word_a, word_b in cases:
        assert changes_between(a, b) == [("negation", word_a, word_b)], a
    # words of one outcome are a synonym: "rejected" / "dismissed" sit on other scales and say no opposite
    for a, b in (("The committee approved the scheme.", "The committee backed the scheme."),
                 ("Traffic backed up for three miles on the A38.", "Traffic was blocked for three miles on the A38."),
                 ("The judge rejected the application.", "The judge dismissed the application."),
                 ("Oyelaran was convicted of fraud.", "Oyelaran was found guilty of fraud.")):
        assert not [c for c in changes_between(a, b) if c[0] == "negation"], a


def test_a_negation_added_shows_what_it_negates():
    assert changes_between("She has been found guilty of stealing £312,000.",
                           "She has been found not guilty of stealing £312,000.") == [
        ("negation", "found guilty", "found not guilty")]


def test_a_quotation_given_to_another_speaker_is_an_attribution_change():
    # Both people are in the story; the title changes with the person ("Mr" → "Ms").
    people = "Prosecutor Daniel Whitcombe and hospice chief Anne Kendal both gave evidence on Monday. "
    quote = '"She treated a fund raised by bereaved families as her own savings account,"'
    for said_a, said_b in (("Mr Whitcombe said", "Ms Kendal said"), ("said Mr Whitcombe", "said Ms Kendal")):
        a, b = f"{people}{quote} {said_a}.", f"{people}{quote} {said_b}."
        assert shown(two_sentence_changes(a, b, "near_duplicate"), a, b) == [("attribution", said_a, said_b)], said_a
    # The speaker's role beside the name, and a speaker the story names in this sentence alone: the words went to
    # a person it quotes elsewhere ("Detective Inspector Rory Cullinane"), a person all the same.
    story = "Detective Inspector Rory Cullinane said the attack was the work of a known group. "
    quote = '"We will not reward criminals, and we are restoring our systems safely,"'
    for said_a, said_b in (("said the vice-chancellor, Professor Helen Achterberg", "said Rory Cullinane"),
                           ("Helen Achterberg, the vice-chancellor, said", "Detective Inspector Cullinane said")):
        a, b = f"{story}{quote} {said_a}.", f"{story}{quote} {said_b}."
        for x, y, said_x, said_y in ((a, b, said_a, said_b), (b, a, said_b, said_a)):
            assert shown(two_sentence_changes(x, y, "near_duplicate"), x, y) == [
                ("attribution", said_x, said_y)], said_x
    # An organisation credited instead of its spokesperson the sentence names: the same attribution, said less fully
    a = f'Ofwat fined the firm £3m. {quote} said Jane Okonjo, Ofwat\'s director of enforcement.'
    b = f'Ofwat fined the firm £3m. {quote} said Ofwat.'
    assert "attribution" not in {c.kind for c in two_sentence_changes(a, b, "near_duplicate")}
    # A spinner's synonym for a surname, the title kept ("Mr Swank" → "Mr Chichi"), though the copy keeps the
    # name elsewhere: one word is no person introduced, so a name changed, not a speaker.
    a = f'Chief executive Tom Swank said sales rose. {quote} said Mr Swank.'
    b = f'Chief executive Tom Swank said sales rose. {quote} said Mr Chichi.'
    assert {c.kind for c in two_sentence_changes(a, b, "spun_copy")} == {"name"}
    # A spinner's synonym for a surname names no one the original names: a name changed, not a speaker.
    a = 'The actress Hilary Swank spoke at the gala. "It was a night to remember," Swank said.'
    b = 'The actress Hilary Chichi spoke at the gala. "It was a night to remember," Chichi said.'
    assert {c.kind for c in two_sentence_changes(a, b, "spun_copy")} == {"name"}
    assert changes_between(f"{quote} Ned Price said.", f"{quote} Ned Cost said.") == [("name", "Price", "Cost")]
    assert changes_between(f"{quote} Mr Whitcombe said.", f"{quote} Mr. Whitcombe said.") == []


def test_one_person_called_by_first_name_then_by_surname_keeps_the_quotation():
    # The story names "Jane Obi"; one text gives her quote to "Jane", the other to "Ms Obi": the same speaker.
    people = "Council leader Martin Hale backed the plan. Jane Obi, who chairs the residents' association, did not. "
    quote = '"We were told about this plan two weeks ago,"'
    for said in ("Ms Obi said", "said Obi"):
        a, b = f"{people}{quote} Jane said.", f"{people}{quote} {said}."
        assert {c.kind for c in two_sentence_changes(a, b, "near_duplicate")} <= {"wording"}, said
    assert [c.kind for c in two_sentence_changes(a, f"{people}{quote} Mr Hale said.", "near_duplicate")] == [
        "attribution"]


def test_a_name_replaced_with_its_title_is_a_name_change():
    assert changes_between("In his closing speech, Mr Whitcombe told the jury the money was never repaid.",
                           "In his closing speech, Ms Kendal told the jury the money was never repaid.") == [
        ("name", "Mr Whitcombe", "Ms Kendal")]


def test_a_number_written_in_words_or_digits_inside_a_quote_is_the_same_quote():
    quote = '"We cannot keep sending {} lorries under a medieval gate," Ms Rahman said.'
    assert changes_between(quote.format("forty-tonne"), quote.format("40-tonne")) == []
    assert changes_between(quote.format("£4.2 million worth of"), quote.format("£4.2m worth of")) == []
    # the figure changed inside the quotation is listed beside it (changes50)
    assert [c[0] for c in changes_between(quote.format("forty-tonne"), quote.format("fifty-tonne"))] == ["quote",
                                                                                                         "number"]


def test_an_amount_written_another_way_inside_a_quote_is_the_same_quote():
    # "5 per cent" / "5%", "£4.2 million" / "4.2 million pounds", "US$" / "$": a restyle of the amount, inside a
    # quotation as outside one; another value or another measure is still a changed quote.
    quote = '"We expect {} more next year," Ms Rahman said.'
    for a, b in (("5 per cent", "5%"), ("£4.2 million", "4.2 million pounds"), ("US$4.2 million", "$4.2 million"),
                 ("12 kilometres", "12 km")):
        assert not [c for c in changes_between(quote.format(a), quote.format(b)) if c[0] == "quote"], a
    assert [c[0] for c in changes_between(quote.format("5 per cent"), quote.format("6 per cent"))] == ["quote",
                                                                                                       "number"]
    assert "quote" in [c[0] for c in changes_between(quote.format("12 kilometres"), quote.format("12 miles"))]


def test_a_name_respelt_with_its_possessive_too_is_one_change_made_three_times():
    a = ("Agata Kaczmarek lost the final in three sets. Kaczmarek's serve let her down late on. "
         "Agata Kaczmarek said she would be back next year.")
    b = a.replace("Kaczmarek", "Kaczmarec")
    x, y, al = pair_of(a, b, [(0, 0), (1, 1), (2, 2)])
    names = [c for c in find_changes(x, y, [al]) if c.kind == "name"]
    assert len(names) == 1 and len(names[0].occurrences) == 3


def test_speech_in_straight_single_quotes_is_a_quotation_and_an_apostrophe_is_not():
    text = ("The island's councillor said: 'We cannot keep losing pupils to the mainland every winter.' "
            "The islanders' boats stayed in harbour, and it's 'a disaster,' one skipper said.")
    said = [text[q.start:q.end] for q in quotations(text, Span(0, len(text)))]
    assert said == ["We cannot keep losing pupils to the mainland every winter", "a disaster"]


def test_a_figure_with_its_unit_written_on_is_one_figure_changed_whole():
    # "1.4kg" read as "1" and "4kg" had a 1.4kg → 2.1kg weight shown as '1' → '2' (probe33, a zoo's cub)
    assert wording_between("The cub weighed 1.4kg at birth, keepers said.",
                           "The cub weighed 2.1kg at birth, keepers said.") == [("number", "1.4kg", "2.1kg")]
    assert ("number", "2.5km", "3.5km") in wording_between("The 2.5km route around the lake will stay shut.",
                                                           "The 3.5km route around the lake will stay shut.")
    # the same figure with its unit apart, or converted, is no change
    assert changes_between("The cub weighed 1.4kg at birth.", "The cub weighed 1.4 kg at birth.") == []
    assert changes_between("The cub weighed 1.4kg at birth.", "The cub weighed 3.1lb at birth.") == []


def test_whom_a_person_spoke_to_is_no_source_of_the_words():
    # "told MPs" names an audience: a summary writing "said" changed no attribution (probe33, a Commons vote)
    assert changes_between("Housing minister Priya Lal told MPs the change would save renters £640.",
                           "Housing minister Priya Lal said the change would save renters £640.") == []
    assert changes_between("The chief constable told the committee that 40 officers were off sick.",
                           "The chief constable said that 40 officers were off sick.") == []
    # the outlet a person spoke to is where the words come from: another outlet is a change
    assert [kind for kind, *_ in changes_between("Lal told the BBC the change would save renters £640.",
                                                 "Lal told Sky News the change would save renters £640.")] == [
        "attribution"]


# --- what is no change: names and negations read on both sides (issue 10/11: false fact changes) --------------


def test_a_name_facing_words_that_are_no_name_is_no_name_change():
    # A rewritten clause: "Caldmoor paid for the" faces "spent on"; the words replace the clause, not the name.
    found = changes_between(
        "The fee beats the £6.2 million Caldmoor paid for the winger Dylan Ashworth three years ago.",
        "The previous record was the £6.2 million spent on winger Dylan Ashworth three seasons ago.")
    assert [c for c in found if c[0] == "name"] == []
    # controls: the club swapped for another club, and a name put as ordinary words the copy never names
    assert reported(("name", "Caldmoor", "Brackley"),
                    "The fee beats the £6.2 million Caldmoor paid for the winger Dylan Ashworth three years ago.",
                    "The fee beats the £6.2 million Brackley paid for the winger Dylan Ashworth three years ago.")
    assert reported(("name", "Telvio", "the"), "Customers of Telvio Broadband lost their connection on Friday.",
                    "Customers of the broadband provider lost their connection on Friday.")


def test_a_thing_named_in_one_text_and_described_in_the_other_where_it_names_it_too_is_no_name_change():
    release = ("Harbour Lines will put a new ferry, MV Sgarbh, into service on the Mallaig route in May. "
               "The 62-metre vessel, built in Gdansk, can carry 210 passengers and 34 cars.")
    story = ("Harbour Lines will put a new ferry into service on the Mallaig route in May. "
             "The 62-metre MV Sgarbh, built in Gdansk, can carry 210 passengers and 34 cars.")
    for a, b in ((release, story), (story, release)):
        assert [c for c in two_sentence_changes(a, b) if c.kind == "name"] == []
    # control: a name the source never writes, given where it wrote "vessel", is a name the copy brought in
    unnamed = release.replace(", MV Sgarbh,", "")
    for a, b in ((unnamed, story), (story, unnamed)):
        assert [c.kind for c in two_sentence_changes(a, b)].count("name") == 1


def test_a_country_and_its_people_s_adjective_are_one_name_but_two_countries_are_not():
    for a_word, b_word in (("Argentine", "Argentina"), ("Chinese", "China")):
        found = changes_between(f"The club signed the {a_word} striker Tomás Ferreyra from Sporting Hasselt.",
                                f"The club signed the {b_word} striker Tomás Ferreyra from Sporting Hasselt.")
        assert [c for c in found if c[0] == "name"] == [], a_word
    for a_word, b_word in (("Iranian", "Iraqi"), ("Austrian", "Australian"), ("Argentine", "Chilean")):
        found = changes_between(f"The club signed the {a_word} striker Tomás Ferreyra from Sporting Hasselt.",
                                f"The club signed the {b_word} striker Tomás Ferreyra from Sporting Hasselt.")
        assert ("name", a_word, b_word) in found, a_word


def test_a_negation_taken_from_another_sentence_a_merged_sentence_covers_is_no_negation_change():
    release = ("The Tamar crossing will reopen to cars on Monday. Tolls will not rise as a result of the repairs. "
               "Season tickets go on sale on 3 March.")
    merged = ("The Tamar crossing will reopen to cars on Monday. Tolls will not rise, and season tickets go on "
              "sale on 3 March.")
    for a, b, matched in ((release, merged, [(0, 0), (1, 1), (2, 1)]), (merged, release, [(0, 0), (1, 1), (1, 2)])):
        x, y, al = pair_of(a, b, matched)
        assert [c for c in find_changes(x, y, [al]) if c.kind == "negation"] == []
    # controls: the merged sentence drops the source's "not", or adds one the source never wrote
    risen = merged.replace("will not rise", "will rise")
    x, y, al = pair_of(release, risen, [(0, 0), (1, 1), (2, 1)])
    assert [(c.kind, c.note.split(":")[0]) for c in find_changes(x, y, [al]) if c.kind == "negation"] == [
        ("negation", "negation removed")]
    rising = release.replace("will not rise", "will rise")
    x, y, al = pair_of(rising, merged, [(0, 0), (1, 1), (2, 1)])
    assert [c.kind for c in find_changes(x, y, [al])].count("negation") == 1


def test_negating_words_are_one_class_with_without():
    for a, b in (
        ("Talks between the two fleets ended on Tuesday without agreement on the mackerel quota.",
         "Talks between the two fleets ended on Tuesday with no agreement on the mackerel quota."),
        ("Norway pressed for lower quotas without a timetable for the cuts.",
         "Norway pressed for lower quotas with no timetable for the cuts."),
        ("The rescue was carried out without any injuries to the crew.",
         "The rescue was carried out with no injuries to the crew."),
        ("The council said the closure was without precedent in the county.",
         "The council said the closure was unprecedented in the county."),
        ("The manager said the result had nothing to do with luck after the 3-0 win.",
         "The manager said the result had nil to do with luck after the 3-0 win."),
        ("Harrowby won two-nil at home on Saturday.", "Harrowby won two-nil away on Saturday."),
    ):
        assert [c for c in changes_between(a, b) + changes_between(b, a) if c[0] == "negation"] == [], a
    # controls: a statement negated, and "with" turned into "without"
    assert reported(("negation", "will approve", "will not approve"),
                    "Ministers will approve the mackerel quota on Tuesday.",
                    "Ministers will not approve the mackerel quota on Tuesday.")
    assert reported(("negation", "Tuesday with", "Tuesday without"),
                    "Talks between the two fleets ended on Tuesday with agreement on the mackerel quota.",
                    "Talks between the two fleets ended on Tuesday without agreement on the mackerel quota.")


def test_the_facts_a_copy_really_changes_are_still_reported_beside_the_words_that_are_no_change():
    a = ("Club director Piotr Nowak and the agent Marta Zielinska both spoke after the meeting in Warsaw. "
         "Agata Kaczmarek said Legia Warsaw would not sell Tomás Ferreyra for less than £18 million, and the talks "
         'ended without agreement. "We will keep talking until the window closes," said Mr Nowak.')
    b = ("Club director Piotr Nowak and the agent Marta Zielinska both spoke after the meeting in Warsaw. "
         "Agata Kaczmarec said Legia Warsaw would sell Tomás Ferreyra for less than £16 million, and the talks "
         'ended with no agreement. "We will keep talking until the window closes," said Ms Zielinska.')
    x, y, al = pair_of(a, b, [(0, 0), (1, 1), (2, 2)])
    assert sorted(shown(find_changes(x, y, [al]), a, b)) == [
        ("attribution", "said Mr Nowak", "said Ms Zielinska"),
        ("name", "Kaczmarek", "Kaczmarec"),
        ("negation", "would not sell", "would sell"),
        ("number", "18 million", "16 million"),
    ]


def test_pence_and_the_same_amount_in_pounds_are_no_number_change():
    assert [c for c in changes_between("Shares in Brightwater closed at 246p on Friday.",
                                       "Shares in Brightwater closed at £2.46 on Friday.") if c[0] == "number"] == []
    assert reported(("number", "246p", "264p"), "Shares in Brightwater closed at 246p on Friday.",
                    "Shares in Brightwater closed at 264p on Friday.")


def test_a_merge_that_moves_its_negation_from_one_statement_to_another_changes_both():
    # the session review's case: counted over the whole merge the two "not"s cancelled out
    a = ("A new ferry service will start in April. Fares will not rise as a result of the new service, and the "
         "council will fund the new terminal. The crossing will take four hours.")
    b = ("A new ferry service will start in April. Fares will rise as a result of the new service. The council "
         "will not fund the new terminal. The crossing will take four hours.")
    sa, sb = segment(Article("a", a)), segment(Article("b", b))
    pairs = [(0, 0), (1, 1), (1, 2), (2, 3)]
    aligned = [Alignment(sa.sentences[i], sb.sentences[j], 0.9, "near_verbatim", (SentenceMatch(i, j, 0.9, 0.9, 0.9),))
               for i, j in pairs]
    found = shown(find_changes(sa, sb, aligned, "near_duplicate"), a, b)
    assert ("negation", "will not rise", "will rise") in found
    assert ("negation", "will fund", "will not fund") in found


# --- a day written relative to each text's own date -------------------------------------------------------------

_WIRE_DAY = ("A former charity chief executive spent £1.2 million of donations on racehorses, a jury heard today. "
             "Graham Pellow, 58, denies fraud.")
_PAPER_DAY = ("A former charity chief executive spent £1.2 million of donations on racehorses, a jury heard yesterday. "
              "Graham Pellow, 58, denies fraud.")


def _dated_changes(a_published: str | None, b_published: str | None, b_text: str = _PAPER_DAY,
                   a_text: str = _WIRE_DAY) -> list[str]:
    a = segment(Article("wire", a_text, published=a_published))
    b = segment(Article("paper", b_text, published=b_published))
    al = Alignment(Span(0, len(a_text)), Span(0, len(b_text)), 0.9, "near_verbatim",
                   (SentenceMatch(0, 0, 0.9, 0.6, 0.8), SentenceMatch(1, 1, 1.0, 1.0, 1.0)))
    return [c.note.partition(":")[0] for c in find_changes(a, b, [al], "near_duplicate") if c.kind == "date"]


def test_the_agencys_today_is_the_next_mornings_papers_yesterday() -> None:
    assert _dated_changes("2026-03-10T16:05:00Z", "2026-03-11") == []
    assert _dated_changes(None, None) == []  # undated: a day apart cannot be shown to have changed
    # ... but two days apart can: "tomorrow" for "yesterday" is no next morning's paper
    assert _dated_changes(None, None, _PAPER_DAY.replace("heard yesterday", "will hear tomorrow"),
                          _WIRE_DAY.replace("heard today", "heard yesterday")) == ["date changed"]


def test_a_relative_day_that_names_another_day_is_a_changed_date() -> None:
    # both filed the same afternoon: "yesterday" for "today" moves the hearing a day back
    assert _dated_changes("2026-03-10T16:05:00Z", "2026-03-10T17:30:00Z") == ["date changed"]
    # a weekday for "today" that is not the wire's day
    monday = _PAPER_DAY.replace("yesterday", "on Monday")
    assert _dated_changes("2026-03-10", "2026-03-11", monday) == ["date changed"]  # 10 March 2026 is a Tuesday
    assert _dated_changes("2026-03-10", "2026-03-11", _PAPER_DAY.replace("yesterday", "on Tuesday")) == []


def test_a_title_for_the_first_name_is_the_same_person() -> None:
    wire = ("Prosecutor Alison Darke told the jury the fraud was careful and patient. "
            "Alison Darke said the nurses were told to tighten their belts while the money went on racehorses.")
    paper = ("Prosecutor Alison Darke told the jury the fraud was careful and patient. "
             "Ms Darke said the nurses were told to tighten their belts while the money went on racehorses.")
    assert [c for c in two_sentence_changes(wire, paper) if c.kind == "name"] == []
    other = paper.replace("Ms Darke", "Helen Darke")  # another first name is another person
    assert [c.kind for c in two_sentence_changes(wire, other)] == ["name"]


def test_a_quotation_given_to_a_person_neither_text_names_elsewhere_is_one_attribution_row() -> None:
    # boil56 (probe55 cause 2): a release's "Name, role, said: '…'" copied with the quote given to another person,
    # neither named anywhere else: one attribution row naming the two speakers, in place of the wording row its
    # names stood in (tests/fixtures/release_notes bins_twist)
    lead = "Garden waste bins in Harrowgate will be emptied every two weeks from 2 March, the council said. "
    quote = ('"We know people value their garden waste service and we are keeping the price the same. Moving to '
             'fortnightly rounds lets us put crews where they are needed most."')
    a = f"{lead}Councillor Priya Ramsden, cabinet member for environment, said: {quote}"
    b = f"{lead}Council leader Martin Oakes, of the Harrowgate Independents, said: {quote}"
    for x, y, said_x, said_y in ((a, b, "Priya Ramsden", "Martin Oakes"), (b, a, "Martin Oakes", "Priya Ramsden")):
        rows = shown(two_sentence_changes(x, y, "near_duplicate"), x, y)
        assert [r for r in rows if r[0] == "attribution"] == [("attribution", said_x, said_y)]
        assert not any(said_x in r[1] for r in rows if r[0] == "wording")
    # one word is no person introduced: a spinner's synonym for a surname nobody names elsewhere stays no speaker
    a = f"{lead}Mr Swank said: {quote}"
    b = f"{lead}Mr Chichi said: {quote}"
    assert "attribution" not in {c.kind for c in two_sentence_changes(a, b, "spun_copy")}


def test_a_statement_given_to_another_person_is_an_attribution_change() -> None:
    statement = ('the scheme had "too many unanswered questions about traffic, water and schools to be approved in '
                 'its current form".')
    for a, b in [(f"Paul Redding said {statement}", f"Simon Vance said {statement}"),
                 (f"Committee chairman Paul Redding said {statement}",
                  f"Lanston Homes director Simon Vance said {statement}"),
                 ('"There are too many unanswered questions," said committee chairman Paul Redding.',
                  '"There are too many unanswered questions," said Lanston Homes director Simon Vance.')]:
        assert ("attribution", "Paul Redding", "Simon Vance") in changes_between(a, b), (a, b)
    # a day before the speaker is no part of the name
    assert ("attribution", "Paul Redding", "Simon Vance") in changes_between(
        f"On Tuesday Paul Redding said {statement}", f"On Tuesday Simon Vance said {statement}")
    # the same person called another way, or a surname respelt, is no other speaker
    assert not [c for c in changes_between(f"Paul Redding said {statement}", f"Mr Redding said {statement}")
                if c[0] == "attribution"]
    respelt = changes_between(f"Paul Redding said {statement}", f"Paul Reding said {statement}")
    assert [c[0] for c in respelt] == ["name"]


def test_a_title_written_as_its_verb_beside_the_same_name_is_no_change() -> None:
    wire = 'Prosecutor Alison Darke QC told the jury: "This was not a moment of weakness."'
    paper = 'Alison Darke QC, prosecuting, told the jury: "This was not a moment of weakness."'
    assert changes_between(wire, paper) == []
    assert ("title", "Prosecutor", "defending") in changes_between(wire, paper.replace("prosecuting", "defending"))


def test_a_denial_is_a_plea_of_not_guilty_and_the_opposite_of_an_admission() -> None:
    denies = "Pellow, 58, denies fraud and the trial continues."
    assert changes_between(denies, "Pellow, 58, has pleaded not guilty to fraud and the trial continues.") == []
    assert [c[0] for c in changes_between(denies, "Pellow, 58, admits fraud and the trial continues.")] == ["negation"]


def test_a_repeated_name_word_respelt_once_is_a_name_change() -> None:
    found = changes_between("Chart stars Duran Duran are to appear in a VH1 special in the US.",
                            "Chart stars Duran Durra are to appear in a VH1 special in the US.")
    assert [c[0] for c in found] == ["name"]


def test_a_quotation_stopped_two_words_early_is_quoted_in_part() -> None:
    whole = 'He told the jury he had "never taken a penny from anyone" in his life.'
    assert changes_between(whole, whole.replace(" from anyone", "")) == []
    # a word gone from the middle, or one word gone from the end, is still a misquote
    assert [c[0] for c in changes_between(whole, whole.replace(" from ", " "))] == ["quote"]
    assert [c[0] for c in changes_between(whole, whole.replace(" anyone", ""))] == ["quote"]


def test_a_negation_said_by_the_sense_of_other_words_is_no_change():
    # a person's light revision: "but not" said by "left … intact"
    assert not [c for c in changes_between(
        "The storm flooded the ground floor of the museum but not the upper galleries.",
        "The storm flooded the ground floor of the museum but left the upper galleries untouched.",
    ) if c[0] == "negation"]
    # a heavy revision turning the sentence round: "survived" where the source says what was not damaged
    assert not [c for c in changes_between(
        "A fire in 1962 gutted the chapel roof but not the bell tower.",
        "The bell tower survived a fire in 1962, although the chapel roof was gutted.",
    ) if c[0] == "negation"]
    # a statement turned round is still a change, whatever other words of that sense the sentences share
    assert [c for c in changes_between(
        "The council said the scheme had not failed to meet its targets.",
        "The council said the scheme had failed to meet its targets.",
    ) if c[0] == "negation"]
    assert [c for c in changes_between(
        "The harbour wall was left intact and the pier was not damaged.",
        "The harbour wall was left intact and the pier was damaged.",
    ) if c[0] == "negation"]


_HEDGED = json.loads((FIXTURES / "hedged_negations" / "pairs.json").read_text(encoding="utf-8"))


_HEDGE_CLAUSES = json.loads((FIXTURES / "hedge_clauses" / "pairs.json").read_text(encoding="utf-8"))
# "It was not unlikely that ..." / "... would not report": a hedge's own negation turning it round is not read
_DOUBLE_NEGATION = pytest.mark.xfail(strict=True, reason="a negated hedge ('not unlikely') is not read as its positive")


@pytest.mark.parametrize(("a", "b", "negated"), [
    *(p for part in ("fit", "held_out") for p in _HEDGED[part]),
    *(pytest.param(*p, marks=_DOUBLE_NEGATION if "not unlikely" in p[0] else ())
      for part in ("fit", "held_out") for p in _HEDGE_CLAUSES[part])])
def test_a_hedge_and_its_negated_paraphrase_state_one_thing(a: str, b: str, negated: bool) -> None:
    # "unlikely" / "do not expect", "doubt" / "do not believe", "failed to" / "did not": no negation changed;
    # "will" / "will not", "expects" / "does not expect", "likely" / "not likely" stay negations
    for x, y in ((a, b), (b, a)):
        assert bool([c for c in changes_between(x, y) if c[0] == "negation"]) is negated, (x, y)


def test_a_hedge_balances_no_negation_in_stores_made_before() -> None:
    from unspun.config import ADDED_SETTINGS, ChangesConfig
    from unspun.pair.changes.context import SentencePair
    from unspun.pair.changes.negations import negation_changes
    from unspun.text.diff import token_opcodes
    from unspun.text.tokens import word_tokens

    a = "Ministers are unlikely to approve the Harwood Moor wind farm this year, sources say."
    b = "Ministers will not approve the Harwood Moor wind farm this year, sources say."
    ta, tb = word_tokens(a), word_tokens(b)
    before = ChangesConfig(hedges_in_place=ADDED_SETTINGS["changes"]["hedges_in_place"])
    assert not negation_changes(SentencePair(a, b, ta, tb, token_opcodes(ta, tb), False))
    assert negation_changes(SentencePair(a, b, ta, tb, token_opcodes(ta, tb), False, config=before))


def test_a_hedge_elsewhere_in_the_sentence_hides_no_negation() -> None:
    # reviewD: a hedge anywhere in a sentence balanced the real negation beside it
    for a, b in [("Despite doubts from residents, the council will approve the Marsh Lane scheme next week.",
                  "Despite residents' objections, the council will not approve the Marsh Lane scheme next week."),
                 ("There is little doubt the Tyne bridge will reopen by March.",
                  "The Tyne bridge will not reopen by March."),
                 ("Officials said the pool would reopen before Easter, an unlikely outcome a month ago.",
                  "Officials said the pool would not reopen before Easter.")]:
        for x, y in ((a, b), (b, a)):
            assert [c for c in changes_between(x, y) if c[0] == "negation"], (x, y)


def test_a_negation_in_a_phrase_that_affirms_is_no_change():
    for a, b in [
        ("Residents had no choice but to queue for bottled water.",
         "Residents were forced to queue for bottled water."),
        ("The board said it had no other option but to close the ward.", "The board said it had to close the ward."),
        ("The new stand drew nothing but praise from supporters.", "The new stand drew only praise from supporters."),
    ]:
        assert not [c for c in changes_between(a, b) if c[0] == "negation"], a
    # probe53: a bound is no negation ("no less than" is "at least"), but "no longer" still negates
    for a, b in [
        ("The vaccine protected older patients at least as well as the existing shot, the company said.",
         "The vaccine protected older patients no less than the existing shot, the company said."),
        ("The council said the report would be published by Friday.",
         "The council said the report would be published no later than Friday."),
    ]:
        for x, y in ((a, b), (b, a)):
            assert not [c for c in changes_between(x, y) if c[0] == "negation"], x
    assert [c for c in changes_between("The ferry still runs to the island on Sundays.",
                                       "The ferry no longer runs to the island on Sundays.") if c[0] == "negation"]
    # a choice refused is still a negation: "no choice" without "but"
    assert [c for c in changes_between("Voters were given a choice of three sites.",
                                       "Voters were given no choice of sites.") if c[0] == "negation"]


def test_members_of_a_body_called_by_the_body_or_a_description_are_no_name_change():
    for a, b in [
        ("The chamber was cold, and members threatened to move the sitting of the House to Winchester.",
         "The chamber was cold, and MPs threatened to move the sitting of the House to Winchester."),
        ("The vote came after the House agreed to sit late on Monday.",
         "The vote came after MPs agreed to sit late on Monday."),
        ("The amendment fell when senators rejected it by 52 votes to 47.",
         "The amendment fell when lawmakers rejected it by 52 votes to 47."),
    ]:
        assert not [c for c in changes_between(a, b) if c[0] == "name"], a
        assert not [c for c in changes_between(b, a) if c[0] == "name"], b
    # another body, or other members, is still read
    assert [c for c in changes_between("The bill cleared its last stage when the Senate passed it on Thursday.",
                                       "The bill cleared its last stage when the House passed it on Thursday.")
            if c[0] == "name"]


def test_a_quotation_the_other_text_keeps_whole_is_no_quote_change():
    a_text = ('The ferry returned to service on Monday. "Passengers told us they had missed the crossing," the '
              'skipper said. "Some regulars had not been to the island since the spring."')
    b_text = ('The ferry returned to service on Monday. "Passengers told us they had missed the crossing," the '
              'skipper said, adding that some regulars had not visited the island since spring.')
    a, b, al = pair_of(a_text, b_text, [(0, 0), (2, 1)])
    assert not [c for c in find_changes(a, b, [al], "rewrite") if c.kind == "quote"]
    # a quotation changed while another is kept is still a change
    b2 = ('The ferry returned to service on Monday. "Passengers told us they had missed the crossing," the '
          'skipper said. "Some regulars had not been to the island since the winter."')
    a, b, al = pair_of(a_text, b2, [(0, 0), (1, 1), (2, 2)])
    assert [c for c in find_changes(a, b, [al], "near_duplicate") if c.kind == "quote"]


def test_a_quotation_given_twice_and_changed_once_is_still_a_quote_change():
    a_text = ('"We will not close the ward," the trust said. The trust said on Monday: "We will not close the ward."'
              ' Staff were told on Friday.')
    b_text = ('"We will not close the ward," the trust said. The trust said on Monday: "We will not shut the unit."'
              ' Staff were told on Friday.')
    a, b, al = pair_of(a_text, b_text, [(0, 0), (1, 1), (2, 2)])
    assert [c for c in find_changes(a, b, [al], "near_duplicate") if c.kind == "quote"]


def test_an_amount_converted_and_rounded_to_the_precision_it_is_written_at_is_the_same_fact():
    # 2 miles is 3.22 km: "3km" is it to the nearest kilometre, "3.2km" to a tenth; either way round. A converted
    # figure that is not the amount rounded ("5km", "20km" for 10 miles = 16.1 km) is still a change.
    for a, b in [("within 2 miles of the site", "within 3km of the site"),
                 ("within 2 miles of the site", "within 3.2km of the site"),
                 ("within 3km of the site", "within 2 miles of the site"),
                 ("broke away within 1 mile of halfway", "broke away within 2km of halfway"),
                 ("stations every 4 miles after the race", "stations every 6km after the race")]:
        assert not [c for c in changes_between(f"A fire burned {a}.", f"A fire burned {b}.") if c[0] == "number"], b
    for a, b in [("within 2 miles of the site", "within 5km of the site"),
                 ("within 10 miles of the site", "within 20km of the site")]:
        assert [c[0] for c in changes_between(f"A fire burned {a}.", f"A fire burned {b}.")] == ["number"], b


def test_an_area_in_square_units_converted_is_the_same_fact():
    assert not [c for c in changes_between("The drones cover about 20 square miles an hour.",
                                           "The drones cover about 52 square kilometres an hour.")
                if c[0] == "number"]
    assert [c[0] for c in changes_between("The drones cover about 20 square miles an hour.",
                                          "The drones cover about 80 square kilometres an hour.")] == ["number"]


def test_a_quotation_spelt_the_british_way_is_no_changed_quote():
    a = '"Our neighbors showed up with trailers and just started helping," said the center\'s director.'
    b = '"Our neighbours showed up with trailers and just started helping," said the centre\'s director.'
    assert changes_between(a, b) == []
    assert wording_between(a, b) == []
    assert [c[0] for c in changes_between(a, b.replace("helping", "shouting"))] == ["quote"]


def test_per_cent_for_percent_is_no_wording_change():
    assert wording_between("The fire was 20 percent contained by evening.",
                           "The fire was 20 per cent contained by evening.") == []


def test_a_sentence_pair_s_remembered_edits_serve_other_articles_only_where_they_read_alike() -> None:
    """"Marsh said" → "March said" opens its sentence, where a capital says nothing: a name change only in articles
    that name Anna Marsh elsewhere. The same two sentences remembered from one pair of articles give the other pair
    its own answer, whichever pair came first, and other offsets move the changes with the sentences."""
    from unspun.pair.engine import PairEngine
    from unspun.pair.memo import Memo

    rest = ("Ships waited outside the breakwater for a third day while the port authority counted the cost. "
            "Pilots said the channel was still blocked by the wreck of a grain carrier.")
    engine = PairEngine(precise=False)
    pairs = []
    for lead in ("State Department spokesman Ned Price and Anna Marsh spoke to reporters in the port.",
                 "Officials spoke to reporters in the port.", "Officials spoke to reporters."):
        a = segment(Article("a", f"{lead} Marsh said on Monday that the harbour would reopen within a week. {rest}"))
        b = segment(Article("b", f"{lead} March said on Monday that the harbour would reopen within a week. {rest}"))
        pairs.append((a, b, engine.compare_segmented(a, b).alignments))
    plain = [find_changes(a, b, alignments) for a, b, alignments in pairs]
    assert [len(found) for found in plain] == [1, 0, 0]
    for order in ([0, 1, 2], [2, 1, 0]):
        remembered = Memo(100)
        for k in order:
            a, b, alignments = pairs[k]
            assert find_changes(a, b, alignments, remembered_edits=remembered) == plain[k]
        assert len(remembered) == 1  # one sentence pair changed, remembered once


def test_a_temperature_converted_to_the_degree_it_is_written_at_is_the_same_fact():
    # 47C is 116.6F, -18C is -0.4F, 38C is 100.4F: each side to the degree it writes. A US text's bare "110
    # degrees" is Fahrenheit (43.3C); a minus sign before the figure is read.
    for a, b in [("Temperatures reached 47C (117F) on Sunday.", "Temperatures reached 117F (47C) on Sunday."),
                 ("Temperatures reached 47C on Sunday.", "Temperatures reached 117F on Sunday."),
                 ("Temperatures reached 47°C on Sunday.", "Temperatures reached 117 °F on Sunday."),
                 ("Temperatures fell to -18C overnight.", "Temperatures fell to 0F overnight."),
                 ("A drop to 38C was expected.", "A drop to 100F was expected."),
                 ("Phoenix reached at least 110 degrees.", "Phoenix reached at least 43C."),
                 ("It reached 41 degrees Celsius on Monday.", "It reached 106 degrees Fahrenheit on Monday.")]:
        assert not [c for c in changes_between(a, b) if c[0] == "number"], b
        assert not [c for c in changes_between(b, a) if c[0] == "number"], a
    for a, b, shown_a, shown_b in [("It did not rise above -9C all day.", "It did not rise above -4C all day.",
                                    "-9C", "-4C"),
                                   ("Temperatures reached 47C on Sunday.", "Temperatures reached 107F on Sunday.",
                                    "47C", "107F")]:
        assert ("number", shown_a, shown_b) in changes_between(a, b), b


def test_a_weight_in_pounds_converted_is_the_same_fact_and_money_in_pounds_stays_money():
    for a, b in [("Volunteers handed out 5kg bags of ice.", "Volunteers handed out 11-pound bags of ice."),
                 ("The shop sold out of 20kg sacks of salt.", "The shop sold out of 44-pound sacks of salt."),
                 ("They drank three litres of water a day.", "They drank three quarts of water a day."),
                 ("Entry will cost £2 for adults.", "Entry will cost 2 pounds for adults.")]:
        assert not [c for c in changes_between(a, b) if c[0] == "number"], b
    # a unit changed without converting is another fact; money stays money
    assert [c[0] for c in changes_between("Honey is sold in 2kg tubs.", "Honey is sold in 2-pound tubs.")] == ["number"]
    assert [c[0] for c in changes_between("Entry will cost £5 for adults.", "Entry will cost $5 for adults.")] \
        == ["number"]
    assert [c[0] for c in changes_between("Entry will cost 5 pounds for adults.", "Entry will cost 5 dollars for "
                                                                                  "adults.")] == ["number"]


def test_a_localised_quotation_s_words_for_one_thing_are_no_changed_quote():
    a = '"Passengers should check their cell phones before they leave the parking lot," she said.'
    b = '"Passengers should check their mobile phones before they leave the car park," she said.'
    assert changes_between(a, b) == []
    assert wording_between(a, b) == []
    assert [c[0] for c in changes_between(a, b.replace("leave", "enter"))] == ["quote"]


def test_a_localised_sentence_s_words_for_one_thing_are_no_wording_change():
    assert wording_between("Trucks will use the highway entrance this fall.",
                           "Lorries will use the motorway entrance this autumn.") == []
    assert wording_between("Check your cell phone for alerts.", "Check your mobile for alerts.") == []
    assert [c[0] for c in wording_between("Trucks will use the highway entrance.",
                                          "Vans will use the motorway entrance.")] == ["wording"]


# --- short rewrites: what a person writes differently without changing a fact (short41) -----------------------


def test_a_proportion_told_in_words_is_the_percentage_rounded():
    # a charity's survey retold by a paper: "41%" as "four in ten", "One in four" as "A quarter", "34%" as "a third"
    assert changes_between(
        "Some 17% said they had gone without a meal, and 41% said they had spent most evenings in a single room.",
        "Seventeen per cent said they missed a meal, while four in ten had spent most evenings in one room.") == []
    assert changes_between("One in four people referred in September was using a food bank for the first time.",
                           "A quarter of the people referred in September had never used a food bank before.") == []
    assert changes_between("Around 34% of people referred had a job.",
                           "Around a third of people referred had a job.") == []
    assert changes_between("Demand rose by 27% in a year.", "Demand has risen by more than a quarter in a year.") == []


def test_a_proportion_in_words_that_is_another_figure_stays_a_change():
    six_in_ten = changes_between("41% said they had spent most evenings in a single room.",
                                 "Six in ten said they had spent most evenings in a single room.")
    assert [c[0] for c in six_in_ten] == ["number"]
    assert [c[0] for c in changes_between("One in four people referred was new.",
                                          "One in five people referred was new.")] == ["number"]
    # rounded, but not that far: 5% is not "one in twelve" (8.3%)
    assert [c[0] for c in changes_between("Only 5% of people referred had a job.",
                                          "Only one in twelve people referred had a job.")] == ["number"]


def test_a_no_before_each_listed_item_says_what_one_negated_verb_says():
    # a council release and a listicle from it: one negated clause each
    assert changes_between("Packaging, liquids and garden waste cannot.",
                           "No packaging, no liquids and no garden waste.") == []
    assert changes_between("Packaging, liquids and garden waste cannot go in the caddy.",
                           "No packaging, no liquids and no garden waste can go in the caddy.") == []
    assert changes_between("Dogs and bikes are not allowed on the beach.", "No dogs, no bikes on the beach.") == []


def test_a_no_dropped_from_one_listed_item_stays_a_negation_change():
    assert [c[0] for c in changes_between("There will be no tax rises and no cuts.",
                                          "There will be tax rises and no cuts.")] == ["negation"]


def test_an_excerpt_of_another_sentence_of_the_quotation_is_no_quote_change():
    # the rewrite quotes "not a mild illness" from the quotation's first sentence beside a paraphrase of its second
    a_text = ('Dr Priya Halloran said: "Measles is not a mild illness, and we are seeing it move between families and '
              'classrooms. Two doses of the MMR vaccine give around 99% protection, and it is never too late to catch '
              'up."')
    b_text = ('The agency\'s Dr Priya Halloran said measles was "not a mild illness" and that two doses of the MMR '
              'vaccine gave around 99% protection.')
    a, b, al = pair_of(a_text, b_text, [(1, 0)])
    assert [c for c in find_changes(a, b, [al]) if c.kind == "quote"] == []
    # a word of that excerpt changed is still a misquote
    c_text = b_text.replace("not a mild illness", "not a serious illness")
    a, c, al = pair_of(a_text, c_text, [(1, 0)])
    assert [c.kind for c in find_changes(a, c, [al]) if c.kind == "quote"] == ["quote"]


def test_a_listed_no_against_a_sentence_that_reverses_it_stays_a_negation_change():
    # the negated verb must govern the list: two clauses, or a negation of another verb, reverse the sense
    from unspun.pair.changes.context import SentencePair
    from unspun.pair.changes.negations import negation_changes
    from unspun.text.diff import token_opcodes
    from unspun.text.tokens import word_tokens

    def negations(a: str, b: str) -> int:
        ta, tb = word_tokens(a), word_tokens(b)
        return len(negation_changes(SentencePair(a, b, ta, tb, token_opcodes(ta, tb), False)))

    assert negations("No injuries and no deaths were reported.", "Injuries were reported but deaths were not.")
    assert negations("There were no injuries and no deaths.",
                     "There were injuries and deaths, officials did not say how many.")
    assert negations("Packaging, liquids and garden waste cannot.",
                     "No packaging, no liquids and no garden waste.") == 0


def test_a_superscript_figure_before_degrees_is_read_without_failing():
    # "10⁶": str.isdigit() takes a superscript digit, float() does not
    from unspun.pair.changes import facts
    from unspun.text.tokens import word_tokens

    sentence = "The corona reaches 10⁶ degrees, scientists said."
    assert all(fact.value != "10⁶" for fact in facts.facts(sentence, word_tokens(sentence)))
    changes_between(sentence, "The corona reaches about a million degrees, scientists said.")


def test_a_class_form_or_seat_written_with_c_or_f_is_no_temperature():
    # a figure with C or F written onto it is a temperature unless it names a thing: a class, form, seat or row
    # noun right before it, or a list of such codes ("3C and 4F")
    from unspun.pair.changes import facts
    from unspun.text.tokens import word_tokens

    def temperatures(sentence: str) -> list[str]:
        return [f.value for f in facts.facts(sentence, word_tokens(sentence)) if f.unit in ("celsius", "fahrenheit")]

    for sentence in ("Pupils in class 3C at Ashfield Primary raised £400 for the hospice.",
                     "Pupils in class 3C were moved after a water pipe burst.",
                     "The passenger in row 3C was treated for smoke inhalation, the airline said.",
                     "The woman in seat 14C said cabin crew had been serving hot drinks before the plane dropped.",
                     "Form 4F wrote to the council about the crossing outside the school gates.",
                     "Pupils from classes 3C and 4F sang at the opening of the new sports hall.",
                     "Classes 3B, 3C and 4F were sent home early.",
                     "Pupils in Year 10C sat their mock exams in the sports hall."):
        assert temperatures(sentence) == [], sentence
    for sentence, found in (("Temperatures are expected to fall to 3C overnight.", ["3"]),
                            ("Forecasters said it would be 4F in Minneapolis by the weekend.", ["4"]),
                            ("The road stayed closed as it fell to -4C on Tuesday.", ["-4"]),
                            ("Bake the loaf at 220C for 25 minutes.", ["220"]),
                            ("The previous June record, 35.6C, was set at Southampton.", ["35.6"]),
                            ("A drop to 38C was expected.", ["38"]),
                            # weather with no weather word: the figure alone says a temperature
                            ("London could see 34C on Monday, with Kent and Sussex close behind.", ["34"]),
                            ("Seville recorded 46C on Sunday.", ["46"]),
                            ("It was 34C in Madrid by midday.", ["34"]),
                            ("Athens is expected to see 43C on Friday.", ["43"]),
                            ("Fans at Wimbledon endured 32C on Centre Court.", ["32"]),
                            ("Tourists queued in 38C outside the Colosseum.", ["38"]),
                            ("Highs between 30C and 35C are likely.", ["30", "35"]),
                            ("Last year 40C was recorded in England for the first time.", ["40"]),
                            ("Temperatures reached 47C (117F) on Sunday.", ["47", "117"])):
        assert temperatures(sentence) == found, sentence


def test_a_forecast_temperature_changed_is_a_fact_and_a_seat_letter_changed_is_not_a_unit():
    a = "London could see 34C on Monday, with Kent and Sussex close behind."
    assert [kind for kind, *_ in changes_between(a, a.replace("34C", "36C"))] == ["number"]
    a = "The woman in seat 14C said cabin crew had been serving hot drinks minutes before the plane dropped."
    # another seat, not another scale: the code changed (``facts._code_at``), no unit
    b = a.replace("14C", "14F")
    assert changes_between(a, b) == [("number", "14C", "14F")]
    assert [c.note.split(":")[0] for c in sentence_changes(a, Span(0, len(a)), b, Span(0, len(b)))] == [
        "number changed"]


def test_a_temperature_changed_is_a_number_change_and_a_seat_code_is_no_temperature():
    # session 37: "3C" after a seat, room, gate or class noun is a code (``wordlists.IDENTIFIER_NOUNS``), never a
    # temperature; "3C" in a forecast is one, and changed it is a number change
    a = "Temperatures are expected to fall to 3C overnight across the county, forecasters said."
    assert changes_between(a, a.replace("3C", "4C")) == [("number", "3C", "4C")]
    from unspun.pair.changes import facts
    from unspun.text.tokens import word_tokens

    for noun in ("seat", "room", "gate", "class"):
        a = f"The passenger in {noun} 3C was treated for smoke inhalation, the airline said on Friday."
        read = [(f.value, f.unit) for f in facts.facts(a, word_tokens(a)) if f.kind == "number"]
        assert read == [("3c", "")], noun  # a code: no celsius


def test_a_seat_room_gate_or_class_code_changed_in_a_copy_is_a_changed_fact():
    # session 37: since a code was no longer read as a temperature (fixb) it was read as nothing, and a copy that
    # moved the passenger from seat 3C to 4C reported no change; codes with other letters never were ("12B")
    for noun, x, y in (("seat", "3C", "4C"), ("room", "3C", "5C"), ("gate", "12B", "14B"), ("class", "4F", "4G")):
        a = f"The passenger in {noun} {x} was treated for smoke inhalation, the airline said on Friday."
        assert changes_between(a, a.replace(x, y)) == [("number", x, y)], noun
    # the same code on both sides, or a code moved within the sentence, is no change
    a = "The passenger in seat 3C was treated for smoke inhalation, the airline said on Friday."
    assert changes_between(a, a.replace("Friday", "Friday night")) == []


def test_a_code_whose_number_is_kept_with_its_letter_moved_or_dropped_is_no_changed_number():
    # review of session 37: "Year 10C" → "Year 10 (class C)" was reported as "number changed: '10C' → '10'"
    a = "Two pupils in Year 10C were treated by a first aider for minor injuries."
    for b in ("Two pupils in Year 10 (class C) were treated by a first aider for minor injuries.",
              "Two pupils in Year 10 were treated by a first aider for minor injuries."):
        assert [c for c in changes_between(a, b) if c[0] == "number"] == [], b
    a = "The man, who was sitting in seat 14C, shouted at crew after being refused a drink."
    b = "The man, who was sitting in seat 14, shouted at crew after being refused a drink."
    assert [c for c in changes_between(a, b) if c[0] == "number"] == []
    # a code replaced by another code, or its number by another, still changes
    assert changes_between(a, a.replace("14C", "15C")) == [("number", "14C", "15C")]
    assert changes_between(a, a.replace("seat 14C", "seat 15")) == [("number", "14C", "15")]


def test_a_sentence_pair_without_a_role_word_on_either_side_has_no_title_change_to_look_for() -> None:
    from unspun.pair.changes.context import sentence_pair
    from unspun.pair.changes.wording import anchored_title_changes, holds_role_words, title_changes

    def pair(a: str, b: str):  # type: ignore[no-untyped-def]
        return sentence_pair(a, Span(0, len(a)), b, Span(0, len(b)))

    plain = pair("Ines Duarte said the deal was done on Monday.", "Ines Duarte stated the agreement was finished.")
    assert not holds_role_words(plain) and title_changes(plain) == [] and anchored_title_changes(plain) == []
    # a role word on either side alone is looked at, read either way
    for a, b in (("Manager Ines Duarte said the deal was done.", "Ines Duarte said the deal was done."),
                 ("Ines Duarte said the deal was done.", "Manager Ines Duarte said the deal was done.")):
        assert holds_role_words(pair(a, b))
    assert [c.kind for c in title_changes(pair("Manager Ines Duarte said the deal was done.",
                                               "Director Ines Duarte said the deal was done."))] == ["title"]


def test_a_speed_in_kilometres_an_hour_is_a_speed_and_restates_one_in_miles_an_hour():
    """"113km/h" is a speed, so "70mph (113km/h)" restates one amount (probe43's localised copy), and a speed given
    in km/h where the other side gives mph converted is the same fact; an amount in another currency in brackets
    restates it too ("£48,000 (about $61,000)"), one in the same currency does not ("£48,000 (£36,000 last year)")."""
    from unspun.pair.changes.facts import facts, restates_amount
    from unspun.text.tokens import word_tokens

    def amounts(sentence: str) -> list:
        return facts(sentence, word_tokens(sentence))

    mph, kmh = amounts("Gales gusted at up to 70mph (113km/h) on the ridge.")
    assert (kmh.unit, kmh.written.stop - kmh.written.start) == ("kmh", 2) and restates_amount(mph, kmh)
    assert amounts("a limit of 50 km/h in the village")[0].unit == "kmh"
    assert not [c for c in changes_between("Gales gusted at up to 70mph on the ridge.",
                                           "Gales gusted at up to 113km/h on the ridge.") if c[0] == "number"]
    pounds, dollars = amounts("The appeal raised £48,000 (about $61,000) for the hospice.")
    assert restates_amount(pounds, dollars)
    pounds, before = amounts("The appeal raised £48,000 (£36,000 last year) for the hospice.")[:2]
    assert not restates_amount(pounds, before)
    assert amounts("The road is 113km/ha long")[0].unit == "km"  # "/ha" is no "per hour"


def test_an_outlet_and_a_place_sharing_a_word_are_no_changed_name():
    # facts43 (probe43 C9): a reworded lede faces "the Severn Echo" (the paper credited) with "the Severn
    # Estuary" (where the plant is): two names of different kinds, not one name respelt.
    found = changes_between(
        "The company will build its tidal plant within two years, its founder said in an interview with the Severn "
        "Echo.",
        "The company will build its tidal plant within two years, its founder said of the site on the Severn "
        "Estuary.",
    )
    assert not [c for c in found if c[0] == "name"]
    # another paper credited is still a changed name
    assert ("name", "Echo", "Star") in changes_between(
        "Its founder told the Severn Echo that the plant would open in 2028.",
        "Its founder told the Severn Star that the plant would open in 2028.",
    )


def test_a_credit_added_before_a_quotation_is_not_faced_with_the_quotation():
    # facts43 (probe43 C10): the copy adds whom the words were said to; the other side gives the same quotation
    # with no credit at all, so the quotation's first word is no attribution the credit replaced.
    found = changes_between(
        '"Our lifeboat crews will keep the slipway open through the winter," the station manager said.',
        'Station manager Carol Pinder told the Whitby Gazette on Monday: "Our lifeboat crews will keep the '
        'slipway open through the winter."',
    )
    assert not [c for c in found if c[0] == "attribution"]


def test_a_figure_turned_round_by_up_or_down_is_a_reversed_direction():
    # facts43 (probe43 C11): the figure reads the same, its sign does not
    found = changes_between(
        "Passenger numbers at the airport were up 7% in August, the operator said.",
        "Passenger numbers at the airport were down 7% in August, the operator said.",
    )
    assert [c[0] for c in found] == ["negation"]
    assert ("negation", "surplus", "deficit") in [(k, x.split()[-1], y.split()[-1]) for k, x, y in changes_between(
        "The college ended the year with a surplus of £1.4m.", "The college ended the year with a deficit of £1.4m.")]
    # "up" away from a figure is a phrasal verb's: no direction
    assert not any(c[0] == "negation" for c in changes_between(
        "The club set up a fund for the family of the 12 victims.",
        "The club set down a fund for the family of the 12 victims."))
    # the same sign in other words is no change
    assert not changes_between("Sales were up 7% in August.", "Sales rose 7% in August.")


def test_facts_are_those_found_by_asking_for_an_amount_at_every_token():
    # ``facts`` asks for an amount only where one may start (a number, a temperature's digits, a count before a
    # fraction word); asking at every token finds the same facts.
    from unspun.pair.changes.facts import Fact, _number_at, facts
    from unspun.text.dates import mention_at, non_overlapping
    from unspun.text.tokens import Token, word_tokens

    sentences = (
        "Two-thirds of the 1,200 staff, about a third of them nurses, lost £3.5 billion in pay on 3 March 2015.",
        "Temperatures hit 47C (117F) in Seville and minus 5C in Oslo, while -18C was recorded in class 3C's trip.",
        "City won 3-1 on Tuesday; tickets cost 246p, and twenty-five fans paid US$146m between them last year.",
        "It was 110 degrees at noon, three quarters of the crop failed, and the 2nd half began at 3pm.",
        "No figures were given by the council, which said the plan would be reviewed next spring.",
    )
    def at_every_token(text: str, tokens: tuple[Token, ...], k: int) -> Fact | None:
        mention = mention_at(text, tokens, k)
        return Fact("date", mention.value, mention.first, mention.last) if mention else _number_at(text, tokens, k)

    for text in sentences:
        tokens = word_tokens(text)
        found = facts(text, tokens)
        assert found == non_overlapping(range(len(tokens)), functools.partial(at_every_token, text, tokens)), text
    assert any(f.kind == "number" for f in facts(sentences[1], word_tokens(sentences[1])))


def test_each_articles_quoted_speakers_are_read_once_and_not_for_a_sentence_both_give_alike():
    # A trace's query meets each candidate with the same sentences: an engine memo keeps what speaker each of an
    # article's sentences gives its quotation to, and the changes are those found without it. A quoting sentence
    # both texts give alike is never read for its speaker.
    from unspun.pair.memo import Memo

    people = "Prosecutor Daniel Whitcombe and hospice chief Anne Kendal both gave evidence on Monday. "
    quote = '"She treated a fund raised by bereaved families as her own savings account,"'
    query = f"{people}{quote} Mr Whitcombe said. The trial continues."
    other_speaker = f"{people}{quote} Ms Kendal said. The trial continues."
    same_speaker = f"{people}{quote} Mr Whitcombe said. The trial continues on Friday."
    memo = Memo(100)
    for candidate, expected in ((other_speaker, [("attribution", "Mr Whitcombe said", "Ms Kendal said")]),
                                (same_speaker, [])):
        a, b, al = pair_of(query, candidate, [(0, 0), (1, 1), (2, 2)])
        found = find_changes(a, b, [al], "near_duplicate", memo=memo)
        assert found == find_changes(a, b, [al], "near_duplicate")
        assert [(c.kind, c.a.text_of(query), c.b.text_of(candidate)) for c in found
                if c.kind == "attribution"] == expected
    speakers = [key for key in memo._known if key[0] == "quoted speakers"]
    assert len(speakers) == 2  # the query's and the candidate whose quoting sentence differs: each read once


def test_headlines_differing_only_in_quote_style_or_final_stop_are_one_headline() -> None:
    # fixe2 (review of facts43): "Council's" and "Council’s", "library closures" in straight or ‘curly’ quotes, a
    # final full stop: the same headline, no "headline changed"; a headline given a tail is still another one.
    from unspun.pair.changes.find import headline_changes, other_headlines

    body = "Councillors in Ashford will vote on Tuesday on plans to close two of the town's libraries."

    def page(title: str) -> Segmented:
        return segment(Article("x", body, title=title))

    for a, b in (("Council's vote on library closures", "Council’s vote on library closures"),
                 ('Council to vote on "library closures"', "Council to vote on ‘library closures’"),
                 ("Council to vote on library closures", "Council to vote on library closures."),
                 ("“Save our libraries,” say campaigners", '"Save our libraries," say campaigners')):
        assert other_headlines(page(a), page(b)) is None, (a, b)
        assert headline_changes(page(a), page(b)) == []
    assert other_headlines(page("Council's vote on library closures"),
                           page("Council's vote on library closures: what happens next")) is not None


def test_up_or_down_in_a_phrasal_verb_before_a_count_is_no_figure_turned_round() -> None:
    # fixe2: "wound up 3 companies" → "wound down 3 companies" is another verb, not a figure's sign; "were up 4%"
    # → "were down 4%", "sales up 4" → "sales down 4", "down by £2m" → "up by £2m" and "4% up" → "4% down" are.
    assert not any(k == "negation" for k, _, _ in changes_between(
        "Council officers wound up 3 market companies that had failed to pay their rent.",
        "Council officers wound down 3 market companies that had failed to pay their rent."))
    assert not any(k == "negation" for k, _, _ in changes_between(
        "The trust set up 2 charities to run the halls.", "The trust set down 2 charities to run the halls."))
    for a, b in (("Takings at the market were up 4% on last year, traders said.",
                  "Takings at the market were down 4% on last year, traders said."),
                 ("Stall sales up 40 on the week, the council said.",
                  "Stall sales down 40 on the week, the council said."),
                 ("Profits fell, down by £2m on the year.", "Profits fell, up by £2m on the year."),
                 ("Rents were 4 per cent up on last year.", "Rents were 4 per cent down on last year.")):
        assert any(k == "negation" for k, _, _ in changes_between(a, b)), (a, b)


def test_a_near_duplicates_headline_in_another_spelling_is_no_headline_change_a_reworded_one_is() -> None:
    # left38: a whole copy's rewritten headline is listed (not only a duplicate's); "center" / "centre" is one word
    from unspun.api import compare

    body = ("Councillors in Lakeport have approved a plan to rebuild the community centre flooded in March.\n\n"
            "The work will cost £2.4 million and should finish next autumn, the council said.")
    copy = body.replace("should finish", "is due to finish")
    source = Article("a", body, title="Lakeport council approves plan to rebuild flooded community center")
    for title, listed in (("Lakeport council approves plan to rebuild flooded community centre", False),
                          ("Flooded Lakeport centre to be rebuilt at a cost of £2.4m", True)):
        result = compare(source, Article("b", copy, title=title))
        assert result.verdict.relation == "near_duplicate"
        assert any("headline changed" in c.note for c in result.changes) is listed, title


def test_a_headteacher_for_a_head_of_department_or_a_barrister_for_a_solicitor_is_a_title_change() -> None:
    # Only one role written two ways is wording ("Headmaster" / "Headteacher"); a head of a department promoted to
    # headteacher, or a solicitor turned barrister, is another office.
    for a_title, b_title in (("Head of maths", "Headteacher"), ("Solicitor", "Barrister"),
                             ("Principal", "Headmistress")):
        original = (f"{a_title} Owen Draycott said the new timetable would start in September. "
                    "Parents will get letters this week.")
        copy = original.replace(a_title, b_title, 1)
        assert "title" in [c.kind for c in two_sentence_changes(original, copy, "near_duplicate")], a_title
    same = ("Headmaster Owen Draycott said the new timetable would start in September. "
            "Parents will get letters this week.")
    assert "title" not in [c.kind for c in two_sentence_changes(
        same, same.replace("Headmaster", "Headteacher"), "near_duplicate")]


def test_capitalised_ordinary_words_at_a_sentence_start_are_no_name_when_written_lower_case_in_another_form() -> None:
    # "Fire Crews" opens a sentence; the article writes "the crew" in lower case: ordinary words, either way round.
    original = ("Fire Crews were called to the barn shortly after midnight. The crew said nobody had been hurt.")
    copy = ("Rescue Units were called to the barn shortly after midnight. The crew said nobody had been hurt.")
    for a, b in ((original, copy), (copy, original)):
        assert [c.kind for c in two_sentence_changes(a, b, "near_duplicate") if c.kind == "name"] == []


def test_a_swapped_lead_before_a_capitalised_common_noun_or_an_unequal_rewording_is_no_name_change() -> None:
    # "the county Council" → "the area Authority": a lead swapped before a capitalised common noun, word for word;
    # "at Pontefract" → "along Station Road and Kiln Lane": a town for its streets, not a name for a name.
    for a_words, b_words in (("the county Council", "the area Authority"),
                             ("at Pontefract", "along Station Road and Kiln Lane")):
        original = (f"The new bus lanes will be run by {a_words} from March. Drivers who use them face a fine.")
        copy = original.replace(a_words, b_words)
        for a, b in ((original, copy), (copy, original)):
            assert [c.kind for c in two_sentence_changes(a, b, "near_duplicate") if c.kind == "name"] == [], a_words


def test_a_spun_copys_headline_is_listed_only_where_more_than_its_words_were_swapped_one_for_one() -> None:
    # fixa1 (reviewA 6): a spinner's "assault" → "attack" in the headline is the same one-for-one swap its body's
    # "officers" → "police" is, which no spun copy lists; a headline reworded into other phrases still is listed
    body = ("A 24-year-old man has been charged after a woman was hurt in the town centre on Saturday night.\n\n"
            "Officers said they were grateful to the witnesses who came forward.")
    spun = body.replace("Officers", "Police").replace("grateful", "thankful")
    a = segment(Article("a", body, title="Man charged after town centre assault"))
    for title, listed in (("Man charged after town centre attack", False),
                          ("Police charge man, 24, over attack on woman in town centre", True)):
        b = segment(Article("b", spun, title=title))
        found = find_changes(a, b, [], "spun_copy")
        assert any("headline changed" in c.note for c in found) is listed, title
        # a near-duplicate's headline is listed whatever was swapped
        assert any("headline changed" in c.note for c in find_changes(a, b, [], "near_duplicate")), title


def test_a_spun_copy_s_headline_change_is_the_same_whichever_text_is_given_first() -> None:
    # reviewB 5: difflib breaks ties by position in its first sequence, so the two headlines are diffed in one
    # order either way round (here "Timber ... yard ..." read as one-for-one swaps one way and not the other)
    body = ("Forty homes were evacuated after a fire broke out at a timber yard in Harlow late on Tuesday.\n\n"
            "Firefighters said the blaze was brought under control shortly after midnight.")
    spun = body.replace("Forty homes", "Forty houses").replace("Firefighters said", "Fire crews said")
    source = "Timber yard fire forces 40 homes to be evacuated"
    for title in ("Timber site blaze forces yard houses to be evacuated",
                  "Timber yard homes compels 40 houses to be evacuated"):
        a = segment(Article("a", body, title=source))
        b = segment(Article("b", spun, title=title))
        forward = [c.note for c in find_changes(a, b, [], "spun_copy") if "headline changed" in c.note]
        backward = [c.note for c in find_changes(b, a, [], "spun_copy") if "headline changed" in c.note]
        assert len(forward) == len(backward), (title, forward, backward)


# --- change kinds a fact-checker counts (changes50: probe50's a1c1, a3c2, a4c1, a7c1, a8c1, b2o1 and c1~c2) ------


def test_a_number_or_a_negation_changed_inside_a_quotation_is_listed_beside_the_quote_change() -> None:
    # the quote is misquoted AND the fact it states changed: both listed, the fact counted by its own kind
    a = 'Ms Mabry said: "The 1,200 homes on the estate still need protecting."'
    b = 'Ms Mabry said: "The 2,100 homes on the estate still need protecting."'
    assert reported(("number", "1,200", "2,100"), a, b)
    assert "quote" in {kind for kind, _, _ in changes_between(a, b)}
    a = 'She said: "We have not found any link between the leak and the low pressure."'
    b = 'She said: "We have found a link between the leak and the low pressure."'
    assert reported(("negation", "have not found", "have found"), a, b)
    assert "quote" in {kind for kind, _, _ in changes_between(a, b)}


def test_a_unit_word_changed_beside_a_kept_number_is_a_number_change_and_a_counted_noun_reworded_is_not() -> None:
    assert reported(("number", "17.5 million fish", "17.5 million tonnes"),
                    "Farms produced 17.5 million fish last year.", "Farms produced 17.5 million tonnes last year.")
    assert reported(("number", "87 particles per litre", "87 particles per millilitre"),
                    "Samples held 87 particles per litre on average.",
                    "Samples held 87 particles per millilitre on average.")
    # neither word a unit: the same count in other words
    assert not [c for c in changes_between("The barrier would protect 620 homes in the village.",
                                           "The barrier would protect 620 houses in the village.")
                if c[0] == "number"]


def test_ruling_out_and_refusing_to_rule_out_are_opposite_statements() -> None:
    a = "The chancellor has ruled out raising the rate of corporation tax."
    assert reported(("negation", "has ruled out", "has refused to rule out"), a,
                    "The chancellor has refused to rule out raising the rate of corporation tax.")
    assert reported(("negation", "has ruled out", "has not ruled out"), a,
                    "The chancellor has not ruled out raising the rate of corporation tax.")
    # the same statement twice: two negations each
    assert not changes_between("The chancellor has not ruled out raising the rate of corporation tax.",
                               "The chancellor has refused to rule out raising the rate of corporation tax.")


def test_words_cut_from_a_quotation_in_a_sentence_copied_word_for_word_are_a_quote_change() -> None:
    a = ('Chief executive Anna Kowalski said: "We have done everything we can to avoid this outcome, and I am deeply '
         'sorry for the colleagues who will be leaving us. The market has changed."')
    b = ('Chief executive Anna Kowalski said: "We have done everything we can to avoid this outcome. The market has '
         'changed."')
    kinds = {kind for kind, _, _ in changes_between(a, b)}
    assert kinds == {"quote"}
    # a quotation stopped early is quoted in part (probe35), however the sentence around it was kept
    assert not changes_between(a.replace(" The market has changed.", ""), b.replace(" The market has changed.", ""))
    # a report quoting the same opening words in a sentence of its own quotes them in part: no change
    assert not changes_between(a, 'Ms Kowalski, the chief executive, told staff: "We have done everything we can to '
                                  'avoid this outcome."')


def test_a_whole_sentence_cut_from_the_middle_of_a_quotation_of_a_copy_is_a_quote_change_not_an_omission() -> None:
    said = ('Ms Mabry said the survey found peat nine metres deep.\n\n"We cannot put a wall on ground that will not '
            'hold it. {}We will find another way, even if it takes longer," she said.\n\nThe council will now ask '
            'the Environment Agency to fund a study of storage ponds.')
    cut = "The 1,200 homes on the estate still need protecting. "
    a_text, b_text = said.format(cut), said.format("")
    a, b, al = pair_of(a_text, b_text, [(0, 0), (1, 1), (3, 2), (4, 3)])
    for relation in (None, "near_duplicate"):
        found = shown(find_changes(a, b, [al], relation), a_text, b_text)
        assert found == [("quote", cut.strip(), "")], (relation, found)


def test_a_headline_whose_figure_changed_is_a_change_of_that_figure_in_the_headline_and_a_reworded_one_none() -> None:
    body = ("Two people have died after a coach overturned on the A38 near Ivybridge.\n\n"
            "The road was closed in both directions for most of the day.")
    a = segment(Article("a", body, title="Two dead after coach overturns on A38 near Ivybridge"))
    b = segment(Article("b", body, title="A38 coach crash: four dead near Ivybridge"))
    (number,) = [c for c in find_changes(a, b, [], None) if c.headline is not None]
    assert number.kind == "number" and number.only_in_headline and number.count == 1
    assert (number.headline[0].text_of(a.article.title or ""), number.headline[1].text_of(b.article.title or "")) \
        == ("Two", "four")
    assert "'Two' → 'four'" in number.note
    reworded = segment(Article("b", body, title="Coach overturns on A38 near Ivybridge, killing two"))
    assert not [c for c in find_changes(a, reworded, [], "near_duplicate") if c.kind in FACT_KINDS]


def test_headlines_giving_figures_of_other_things_change_no_fact_one_span_of_time_in_other_units_does() -> None:
    # probe57: "…loss of 310 jobs" against "…quit York after 130 years" was listed as the number 310 → 130 changed
    body = ("Brightwick, which has made candles in York since 1894, said on Wednesday it would close its Layerthorpe "
            "plant by the end of March with the loss of 310 jobs.\n\nProduction will move to a factory in Poland.")
    a = segment(Article("a", body, title="Candle maker Brightwick to close York plant with loss of 310 jobs"))
    b = segment(Article("b", body, title="Candle maker Brightwick to quit York after 130 years"))
    assert not [c for c in find_changes(a, b, [], "near_duplicate") if c.kind in FACT_KINDS]
    more = segment(Article("b", body, title="Candle maker Brightwick to close York plant with loss of 360 jobs"))
    assert [c.kind for c in find_changes(a, more, [], "near_duplicate") if c.kind in FACT_KINDS] == ["number"]
    ban = "Council bans bonfires on Ilkley Moor for {}"
    days, weeks = (segment(Article(k, body, title=ban.format(t))) for k, t in (("a", "14 days"), ("b", "three weeks")))
    assert [c.kind for c in find_changes(days, weeks, [], "near_duplicate") if c.kind in FACT_KINDS] == ["number"]


@pytest.mark.parametrize(("title_a", "title_b"), [
    ("Harlow council to cut 120 jobs in budget squeeze", "Harlow council to axe 210 posts as budget crisis bites"),
    ("Coach crash on A66 near Brough leaves 12 dead", "A66 coach tragedy: 15 people feared dead after crash"),
    ("Harlow council gives Unison 24 hours to accept deal", "Harlow council gives Unison three days to accept deal"),
])
def test_a_headline_figure_its_text_never_states_is_a_changed_fact_whatever_its_noun(title_a: str,
                                                                                       title_b: str) -> None:
    # review of lede49 (reviewD hl_*, toll_*, hr_*): "cut 120 jobs" → "axe 210 posts" was read as other things
    # counted and the altered copy called a duplicate
    body = ("Harlow District Council will cut 120 jobs over the next two years, its leader said on Tuesday, after "
            "twelve people died in a coach crash.\n\nThe council said it hoped most of the 120 posts could go by not "
            "filling vacancies.")
    a, b = segment(Article("a", body, title=title_a)), segment(Article("b", body, title=title_b))
    assert [c.kind for c in find_changes(a, b, [], "near_duplicate") if c.kind in FACT_KINDS] == ["number"]


def test_a_headline_making_the_bodys_fact_change_is_one_more_place_of_that_change() -> None:
    # probe53: a copy's "41 guards injured" beside the body's 14 → 41 was listed twice, once as an empty "title" row
    body = ("Fourteen guards were hurt when troops fired on the post at dawn, the ministry said.\n\n"
            "The ministry said 14 guards were taken to hospital in Harvel.")
    a = segment(Article("a", body, title="Troops fire on border post, 14 guards injured"))
    b = segment(Article("b", body.replace("14", "41"), title="Troops fire on border post, 41 guards injured"))
    found = [c for c in find_changes(a, b, [], "near_duplicate") if c.kind in FACT_KINDS]
    assert [(c.kind, c.count, c.only_in_headline) for c in found] == [("number", 2, False)]
    assert found[0].headline is not None and found[0].headline[1].text_of(b.article.title or "") == "41"


def test_a_sites_cut_and_tagged_headline_is_said_to_be_its_form_not_a_fact() -> None:
    body = ("Plans for a new pool in Garve were approved on Monday.\n\nThe pool will cost £6.1m and open in 2028.")
    a = segment(Article("a", body, title="Garve pool plans approved at cost of £6.1m"))
    for title in ("Garve pool plans approved - report", "Garve pool plans approved at cost of £6 - report"):
        (change,) = find_changes(a, segment(Article("b", body, title=title)), [], "duplicate")
        assert change.kind == "wording" and "site's form, no fact changed" in change.note, title
    (reworded,) = find_changes(a, segment(Article("b", body, title="Pool for Garve - report")), [], "duplicate")
    assert "site's form" not in reworded.note


def test_a_tag_stating_a_figure_a_negation_or_the_storys_names_is_no_sites_furniture() -> None:
    # reviewD tag1, tag2: "… - 21 days from March" and "… | Union: no deal" were waved through as a site's tag
    body = ("Plans for a new pool in Garve were approved by Ross Council on Monday.\n\n"
            "The pool will cost £6.1m and open in 2028, councillor Ewan Fraser said.")
    title = "Garve pool plans approved at cost of £6.1m"
    for tag in ("Ross Gazette", "report", "live"):
        assert site_tag(f"Garve pool plans approved - {tag}", title, body) == tag
    for tag in ("open in 2030", "from March", "no objections", "Fraser won't comment", "Ewan Fraser"):
        assert site_tag(f"Garve pool plans approved - {tag}", title, body) is None, tag


def test_a_copiers_own_intro_beside_the_sources_lead_is_an_addition_not_a_line_edited() -> None:
    # probe50 b2o1: the outlet's intro faced the release's first line by place, word-diffed into "date changed:
    # 'Saturday' → 'one'"
    lead = ("Officers are appealing for witnesses after a cyclist was seriously injured in a hit-and-run in "
            "Leicester on Saturday evening.")
    intro = ("A man is in a critical condition in hospital after being knocked off his bike by a driver who did not "
             "stop on one of Leicester's busiest roads.")
    rest = "\n\nThe collision happened at about 7.15pm on Narborough Road, near its junction with Upperton Road."
    a, b, al = pair_of(lead + rest, intro + rest, [(1, 1)])
    found = find_changes(a, b, [al], "near_duplicate")
    assert sorted(c.kind for c in found) == ["addition", "omission"]


def test_a_verb_of_ruling_outs_sense_is_wording_not_a_negation_change() -> None:
    # reviewB: a spinner's "excluded" / "dismissed" for "ruled out" was read as "negation removed"
    synonyms = [("The council said it had not ruled out adding lamps along the darkest stretch.",
                 "The council said it had not excluded adding lamps along the darkest stretch."),
                ("The council said it had ruled out adding lamps along the darkest stretch.",
                 "The council said it had dismissed adding lamps along the darkest stretch."),
                ("The chancellor has ruled out raising the rate of corporation tax.",
                 "The chancellor has excluded raising the rate of corporation tax."),
                ("The chancellor has refused to rule out raising the rate of corporation tax.",
                 "The chancellor has refused to exclude raising the rate of corporation tax.")]
    for a, b in synonyms:
        for x, y in ((a, b), (b, a)):
            assert not [c for c in changes_between(x, y) if c[0] == "negation"], (x, y)
    # the synonym against the negated ruling-out still turns the statement round, and alone negates nothing
    negated, excluded = synonyms[0][0], synonyms[1][0].replace("ruled out", "excluded")
    assert [c[0] for c in changes_between(negated, excluded)] == ["negation"]
    assert [c[0] for c in changes_between(excluded, negated)] == ["negation"]
    assert not changes_between("The club dismissed the manager after a run of defeats.",
                               "The club sacked the manager after a run of defeats.")


def test_a_unit_spelt_short_is_the_same_unit() -> None:
    # reviewB: "10 mins" → "10 minutes", "per hour" → "per hr", "3 kilometres" → "3 kms" were "unit changed"
    same = [("The bus takes 10 mins from the station to the hospital.",
             "The bus takes 10 minutes from the station to the hospital."),
            ("Up to 15 cyclists per hour use the existing towpath at peak times.",
             "Up to 15 cyclists per hr use the existing towpath at peak times."),
            ("The path will run for 3 kilometres between Shalford and the town centre.",
             "The path will run for 3 kms between Shalford and the town centre."),
            ("The ward was closed for 2 yrs after the fire.", "The ward was closed for 2 years after the fire.")]
    for a, b in same:
        for x, y in ((a, b), (b, a)):
            assert not changes_between(x, y), (x, y)
    # another unit is still another fact, short or not
    a = "The path will run for 3 kilometres between Shalford and the town centre."
    for other in ("3 miles", "3 hrs"):
        b = a.replace("3 kilometres", other)
        assert [c[0] for c in changes_between(a, b)] == ["number"], other
        assert [c[0] for c in changes_between(b, a)] == ["number"], other


_ROUTE = ("A new cycle route along the River Wey has been approved by Guildford Borough Council after a two-year "
          "consultation.\n\nThe path will run for 3 miles between Shalford and the town centre and is expected to "
          "cost £2 million, the council said.\n\nCouncillor Joss Bigmore, who leads on transport, said: \"{}\"\n\n"
          "Residents' groups had raised concerns about lighting near the water.\n\nWork is due to begin in March "
          "and finish by the end of the year.")
_SAID = ("This route will take cars off the road. It will cost £2 million and take nine months to build. It will be "
         "safer for children going to school, and it will link the villages to the station for the first time.")


def _fact_kinds(a_text: str, b_text: str) -> list[str]:
    from unspun.pair.pipeline import compare_articles

    found = compare_articles(Article("a", a_text), Article("b", b_text))
    return sorted(c.kind for c in found.changes if c.kind in ("quote", "number", "negation", "date"))


def test_a_cut_the_copy_marks_with_an_ellipsis_is_the_quotation_quoted_in_part() -> None:
    # reviewB: a cut marked "[...]" or "…" was a quote change (with the note written backwards, "'—' → 'and it
    # will link …'", where B cut words); the same cut unmarked is one
    source = _ROUTE.format(_SAID)
    marked = [_SAID.replace(" It will cost £2 million and take nine months to build.", " [...]"),
              _SAID.replace(". It will cost £2 million and take nine months to build. It will be safer for children "
                            "going to school,", " [...]"),
              _SAID.replace(" for children going to school,", " […]"),
              _SAID.replace(" for children going to school,", "…")]
    for said in marked:
        copy = _ROUTE.format(said)
        assert _fact_kinds(source, copy) == [], said
        assert _fact_kinds(copy, source) == [], said
    unmarked = _ROUTE.format(_SAID.replace(" It will cost £2 million and take nine months to build.", ""))
    assert _fact_kinds(source, unmarked) == ["quote"]
    assert _fact_kinds(unmarked, source) == ["quote"]
    # a marked cut that takes a negation out of what was said still changes the quote
    said = 'Ms Mabry said: "We will not close the library, whatever the cost."'
    assert "quote" in [c[0] for c in changes_between(said, said.replace("will not close", "will […] close"))]


def test_a_quote_changes_note_is_written_from_the_side_that_lacks_the_words() -> None:
    # reviewB: a splice across two sentences of a quotation read "'—' → 'and it will link …'", words added, where
    # the copy cut words
    from unspun.pair.pipeline import compare_articles

    source = _ROUTE.format(_SAID)
    spliced = _ROUTE.format(_SAID.replace(". It will cost £2 million and take nine months to build. It will be safer "
                                          "for children going to school,", ""))
    for a_text, b_text, lacking in ((source, spliced, "b"), (spliced, source, "a")):
        found = compare_articles(Article("a", a_text), Article("b", b_text))
        (note,) = [c.note for c in found.changes if c.kind == "quote"]
        assert "and it will link" not in note.split(" in “")[0], note
        assert ("→ '—'" if lacking == "b" else "'—' →") in note, note


def test_words_cut_from_a_quotation_are_read_as_whole_words() -> None:
    # reviewB: "the fund" stood in "the funding" as a substring, which hid a cut
    from unspun.pair.changes.quotes import _cut_in_copy

    cut = "we will close the fund"
    assert _cut_in_copy(cut, "we will", cut + " this year", "we will close the funding gap this year")
    assert _cut_in_copy("we will", cut, "we will close the funding gap this year", cut + " this year")
    assert not _cut_in_copy(cut, "we will", cut + " this year", "we will close the fund this year")


def test_a_length_written_7m_is_metres_in_the_changes_as_in_the_figures() -> None:
    # tidy51: the changes stage read "7m" as seven million wherever the figure reader reads seven metres ("a 7m
    # boat", "7m high"): a copy writing "7-metre" or "seven metres" was listed as 7,000,000 → 7
    boat = "The crew launched a 7m boat from the slipway at Porthgain at dawn."
    wall = "The new sea wall will stand 7m high along the promenade."
    for a, b in ((boat, boat.replace("7m", "7-metre")), (wall, wall.replace("7m", "seven metres")),
                 ("The council will spend £7m on the harbour wall.", "The council will spend £7 million on the "
                                                                     "harbour wall."),
                 ("Some 7m people watched the final on television.",
                  "Some seven million people watched the final on television.")):
        for x, y in ((a, b), (b, a)):
            assert not [c for c in changes_between(x, y) if c[0] == "number"], (x, y)
    # a length changed is still a change, and a count of millions is no length
    assert [c[0] for c in changes_between(boat, boat.replace("7m", "9m"))] == ["number"]
    assert [c[0] for c in changes_between(wall, wall.replace("7m", "9 metres"))] == ["number"]
    people = "Some 7m people watched the final on television."
    assert [c[0] for c in changes_between(people, people.replace("7m", "7 metres"))] == ["number"]


def test_a_short_form_of_a_unit_is_read_from_the_one_table_of_units() -> None:
    # tidy51: the short forms were listed in ``wordlists.UNITS`` and guessed from their letters as well; the guess
    # took "mil" (a million, a thousandth of an inch) for miles
    for a, b in (("The tank holds 500 ltrs of water for the village.", "The tank holds 500 litres of water for the "
                                                                       "village."),
                 ("The pipe is 12 mtrs long and runs under the road.", "The pipe is 12 metres long and runs under "
                                                                       "the road.")):
        for x, y in ((a, b), (b, a)):
            assert not changes_between(x, y), (x, y)
    cost = "Campaigners say the bypass will cost 40 mil over ten years."
    assert [c[0] for c in changes_between(cost, cost.replace(" mil ", " miles "))] == ["number"]


def test_a_number_before_a_function_word_carries_no_unit_to_change() -> None:
    # tidy51 (hp_next_event marathon_other_outlet): "41 seconds" against the "41" of "2:06:41 on a cool morning"
    # was listed as a unit changed, "41 seconds → 41 on"
    a = "Daniel Kiptoo broke the course record, winning in 2 hours 6 minutes and 41 seconds on a cool morning."
    b = "Daniel Kiptoo broke the course record, winning in 2:06:41 on a cool morning."
    for x, y in ((a, b), (b, a)):
        assert not [c for c in changes_between(x, y) if c[0] == "number" and "41" in c[1] + c[2]], (x, y)
    # a unit replaced by another is still a change
    ferry = "The ferry from Fishguard was delayed by 41 minutes on Friday."
    assert [c[0] for c in changes_between(ferry, ferry.replace("minutes", "hours"))] == ["number"]
    fish = "Trawlers landed 17.5 million fish at Milford Haven last year."
    assert [c[0] for c in changes_between(fish, fish.replace("fish", "tonnes"))] == ["number"]


def test_headline_facts_fixtures_list_one_row_per_fact_change_the_headline_one_of_its_places() -> None:
    # tests/fixtures/headline_facts (fit pairs; the held-out ones are scored in the session's notes)
    from unspun.api import compare
    from unspun.report.json import comparison_dict

    folder = FIXTURES / "headline_facts"
    for truth in json.loads((folder / "pairs.json").read_text(encoding="utf-8"))["pairs"]:
        if truth["held_out"]:
            continue
        result = comparison_dict(compare(folder / truth["a"], folder / truth["b"]))
        facts = [c for c in result["changes"] if c["kind"] in FACT_KINDS]
        assert len(facts) == truth["fact_rows"], (truth["id"], facts)
        assert all(c["a"]["text"] or c["b"]["text"] or c["headline"]["a"]["text"] or c["headline"]["b"]["text"]
                   for c in facts), truth["id"]
        for want, found in zip(truth["must"], facts, strict=False):
            # the truth's count takes in the headline's place; the JSON's counts the text's (comparison/5)
            in_text = want["count"] - (want["in_headline"] and not want.get("only_headline", False))
            assert (found["kind"], found["count"]) == (want["kinds"][0], max(in_text, 1)), truth["id"]
            assert found["headline"] is not None and found["in"] == ("headline" if want.get("only_headline")
                                                                     else "text"), truth["id"]
        if truth["furniture"]:
            assert any("site's form, no fact changed" in c["note"] for c in result["changes"]), truth["id"]


# --- chg48: changed facts a fact-checker counts ---------------------------------------------------------------


def test_a_hedge_removed_is_a_change_of_what_the_statement_says_is_so():
    """chg48: "may close" → "will close" was a wording change; a copy that states a possibility as so changed a fact
    (kind negation: whether the statement is said to be true). A hedge swapped for another, or negated, is none."""
    assert changes_between("A textile mill in Kelso may close next spring, its owners have told staff.",
                           "A textile mill in Kelso will close next spring, its owners have told staff.") == [
        ("negation", "may", "will")]
    assert changes_between("Tweedbank Weaving is expected to announce the outcome of its review on Friday.",
                           "Tweedbank Weaving announced the outcome of its review on Friday.") == [
        ("negation", "is expected to announce", "announced")]
    assert changes_between("Police believe the fire at the warehouse was started deliberately.",
                           "Police said the fire at the warehouse was started deliberately.") == [
        ("negation", "believe", "said")]
    # the other way round: a fact stated as a possibility
    assert changes_between("A textile mill in Kelso will close next spring, its owners have told staff.",
                           "A textile mill in Kelso may close next spring, its owners have told staff.") == [
        ("negation", "will", "may")]
    for a, b in (("The mill may close next spring, its owners have told staff.",
                  "The mill might close next spring, its owners have told staff."),
                 ("Police believe the fire at the warehouse was started deliberately.",
                  "Police suspected the fire at the warehouse was started deliberately."),
                 ("Firefighters could not reach the upper floors of the burning mill.",
                  "Firefighters were unable to reach the upper floors of the burning mill."),
                 ("The mill closed in May after a review of the firm's Scottish sites.",
                  "The mill closed in June after a review of the firm's Scottish sites."),
                 # a clause retold around the hedge (rewrite_facts' clinic_brief_radio holds it faithful)
                 ("The walk-in health centre will stay shut until September after a burst pipe flooded it on Monday.",
                  "The walk-in health centre in Kendal may have to wait until September after a burst pipe flooded "
                  "it on Monday.")):
        assert not [c for c in changes_between(a, b) if c[0] == "negation"], a


def test_a_transcripts_turn_given_to_another_speaker_is_an_attribution_change():
    """chg48: a speaker label changed ("PRENTICE:" → "HALLORAN:") was a wording change."""
    other = "HALLORAN: I have had more than 200 letters from residents about this junction."
    a = f"{other}\nPRENTICE: The highways officer has looked at that junction twice and raised no objection."
    b = f"{other}\nHALLORAN: The highways officer has looked at that junction twice and raised no objection."
    assert shown(two_sentence_changes(a, b, "near_duplicate"), a, b) == [("attribution", "PRENTICE", "HALLORAN")]
    # a label only written otherwise names the same speaker
    c = a.replace("PRENTICE:", "Prentice:").replace("HALLORAN:", "Halloran:")
    assert not [x for x in two_sentence_changes(a, c, "near_duplicate") if x.kind in FACT_KINDS]


def test_a_quotation_given_to_a_speaker_named_by_surname_after_it_is_an_attribution_change():
    """chg48: "'…,' said Kim McKenna" → "'…,' Mr Dunn said": the owner, whose surname is a common word in English
    text, is a person her article names in full, and the councillor is named by both texts."""
    story = "Councillor Ray Dunn said neighbours had brought blankets. "
    quote = "'We will rebuild, and we will look after every guest who was staying with us,'"
    a, b = f"{story}{quote} said Kim McKenna.", f"{story}{quote} Mr Dunn said."
    assert shown(two_sentence_changes(a, b, "near_duplicate"), a, b) == [
        ("attribution", "said Kim McKenna", "Mr Dunn said")]


# --- fixchg (reviewB): chg48's rules read too much ---------------------------------------------------------------


def test_an_ability_a_comparison_or_a_condition_is_no_hedge_removed():
    """reviewB: "could smell" → "smelled" (an ability), "than expected" → "than was forecast" (a comparison) and an
    if-clause's "could employ" → "would employ" (a condition either way) were listed as hedges removed."""
    for a, b in (("One neighbour said she could smell smoke from her house half a mile away.",
                  "One neighbour said she smelled smoke from her house half a mile away."),
                 ("The company's profits for the year were higher than expected, at 31 million pounds.",
                  "The company's profits for the year were higher than was forecast, at 31 million pounds."),
                 ("If the plant reopens next year, it could employ 80 people again, the company said.",
                  "If the plant reopens next year, it would employ 80 people again, the company said.")):
        assert not [c for c in changes_between(a, b) if c[0] == "negation"], a
    # a possibility stated as so outside a condition still is one
    assert changes_between("The plant could employ 80 people again next year, the company said.",
                           "The plant will employ 80 people again next year, the company said.") == [
        ("negation", "could", "will")]


def test_a_hedge_a_copy_drops_alone_is_removed():
    """reviewB: "the alleged attacker" → "the attacker" and "could face prosecution" → "face prosecution" were a
    wording change; the copy states as so what the source only said might be."""
    assert [c[:2] for c in changes_between("Police said the alleged attacker of a security guard had fled on foot.",
                                           "Police said the attacker of a security guard had fled on foot.")] == [
        ("negation", "alleged")]
    assert [c[0] for c in changes_between(
        "The regulator said directors who ignore such warnings could face prosecution themselves.",
        "The regulator said directors who ignore such warnings face prosecution themselves.")] == ["negation"]


def test_a_count_after_a_verb_of_change_is_a_number_changed_not_a_time():
    """reviewB: "rose by ten last night" → "rose by 10 last night" was a date changed ('ten' → '10'); it is the
    same count, and "by ten" → "by nine" is a number changed."""
    a = "The number of people confirmed dead in the floods rose by ten last night, police said."
    assert changes_between(a, a.replace("by ten", "by 10")) == []
    assert [c[0] for c in changes_between(a, a.replace("by ten", "by nine"))] == ["number"]
    c = "The number of businesses still closed stood at nine this afternoon, the council said."
    assert [k for k, _, _ in changes_between(c, c.replace("nine", "eleven"))] == ["number"]


def test_a_datelines_place_is_no_transcript_speaker():
    """reviewB: a dateline changed ("MUMBAI:" → "PUNE:") was a transcript's turn given to another speaker; a text
    reads as a transcript only where two paragraphs or more on a side open with a label."""
    rest = ("The Economic Offences Wing of the Mumbai police on Tuesday arrested two men.\n\n"
            "Officers said the two men shifted to a rented flat in Pune, where they were traced.")
    a, b = f"MUMBAI: {rest}", f"PUNE: {rest}"
    assert not [c for c in two_sentence_changes(a, b, "near_duplicate") if c.kind == "attribution"]


def test_a_spoken_clock_time_written_in_digits_is_no_date_changed():
    """reviewB: "at seven this morning" → "at 7am" was a date changed ('seven this morning' → '7am'): the same
    time, its part of the day left out; "→ at 7pm" is a time changed."""
    a = "Wiltshire Police said the leak was reported at seven this morning and a cordon was put in place."
    assert changes_between(a, a.replace("seven this morning", "7am")) == []
    assert changes_between(a.replace("seven", "7am"), a.replace("seven this morning", "7am")) == []
    assert [c[0] for c in changes_between(a, a.replace("seven this morning", "7pm"))] == ["date"]


@pytest.mark.parametrize(("a", "b"), [
    ("The quarry currently employs 73 people at the site.",
     "The quarry currently employs around 75 people at the site."),
    ("It supplies 1.94 million tonnes of crushed stone a year.",
     "It supplies nearly 2 million tonnes of crushed stone a year."),
    ("Residents have collected 412 signatures on a petition.",
     "Residents have collected more than 400 signatures on a petition."),
    ("The charity has raised £1.13 million towards the wing.",
     "The charity has raised just over £1.1 million towards the wing."),
])
def test_a_figure_given_rounded_behind_a_hedge_is_no_changed_number(a: str, b: str) -> None:
    """tests/fixtures/rounded_figures (cov49): a copy that gives the source's figure rounded behind an approximation
    word ("around 75" for 73, "nearly 2 million" for 1.94 million) states the same fact; it was listed as a
    changed number."""
    assert not [c for c in changes_between(a, b) if c[0] == "number"]
    assert not [c for c in changes_between(b, a) if c[0] == "number"]


@pytest.mark.parametrize(("a", "b"), [
    ("Residents have collected 412 signatures on a petition.",
     "Residents have collected about 150 signatures on a petition."),
    ("The wing would care for 38 patients a day.", "The wing would care for almost 60 patients a day."),
    ("The exhibition alone drew 19,600 people.", "The exhibition alone drew about 30,000 people."),
    ("Residents have collected 390 signatures on a petition.",
     "Residents have collected more than 400 signatures on a petition."),
])
def test_a_hedged_figure_the_exact_one_does_not_round_to_stays_a_changed_number(a: str, b: str) -> None:
    """A hedge does not make any near figure the same: "about 150" for 412, "almost 60" for 38, "about 30,000" for
    19,600 and "more than 400" for 390 (the hedge's side) are other figures."""
    assert [c for c in changes_between(a, b) if c[0] == "number"]


@pytest.mark.parametrize(("a", "b"), [
    ("At least 20 people have died after a landslide buried part of a village.",
     "At least 23 people have died after a landslide buried part of a village."),
    ("District collector Meghashree Nair said about 60 people were still missing.",
     "District collector Meghashree Nair said about 55 people were still missing."),
    ("She said nearly 20% of the village's homes had been destroyed.",
     "She said nearly 18% of the village's homes had been destroyed."),
    ("More than 400 residents have been moved to relief camps in schools nearby.",
     "More than 450 residents have been moved to relief camps in schools nearby."),
])
def test_a_hedged_figure_changed_behind_the_same_hedge_is_a_changed_number(a: str, b: str) -> None:
    """reviewE on cov49: two hedged figures are no exact figure and the round one it stands for ("At least 20" /
    "At least 23" dead): a figure changed behind a hedge on both sides is a changed number, either way round."""
    assert [c for c in changes_between(a, b) if c[0] == "number"]
    assert [c for c in changes_between(b, a) if c[0] == "number"]


def test_a_rounded_figure_of_another_thing_is_a_changed_number() -> None:
    """reviewE on cov49: "nearly 20% of the village's homes" / "19.6% of the village's farmland" counts another
    thing: a rounding is the same fact only where the words the figure counts are the same."""
    a = "District collector Meghashree Nair said nearly 20% of the village's homes had been destroyed."
    b = "District collector Meghashree Nair said 19.6% of the village's farmland had been destroyed."
    assert [c for c in changes_between(a, b) if c[0] == "number"]
    assert [c for c in changes_between(b, a) if c[0] == "number"]
    assert not [c for c in changes_between(a, b.replace("farmland", "homes")) if c[0] == "number"]


def test_just_before_a_figure_is_no_hedge_of_it() -> None:
    """reviewE on cov49: "employs 45 people" / "employs just 40 people": "just" says the figure is small, not that
    it is rounded ("just over £1.1m" is a hedge: ``wordlists.HEDGES_NEEDING_SIDE``)."""
    a = "The company employs 45 people in its design office in Llanelli, which will stay open."
    assert [c for c in changes_between(a, a.replace("45", "just 40")) if c[0] == "number"]
    assert [c for c in changes_between(a.replace("45", "just 40"), a) if c[0] == "number"]


def test_rounded_figures_are_changed_numbers_in_stores_made_before() -> None:
    """``ChangesConfig.rounded_figures`` off (``ADDED_SETTINGS``): a rounding is listed as a changed number."""
    a, b = "The quarry employs 73 people at the site.", "The quarry employs around 75 people at the site."
    assert not [c for c in changes_between(a, b) if c[0] == "number"]
    from unspun.config import ADDED_SETTINGS, ChangesConfig
    from unspun.pair.changes.find import sentence_edits

    before = ChangesConfig(rounded_figures=ADDED_SETTINGS["changes"]["rounded_figures"])
    _, found = sentence_edits(a, Span(0, len(a)), b, Span(0, len(b)), config=before)
    assert [c for c in found if c.kind == "number"]


def test_a_number_said_on_is_read_so_only_where_the_text_settings_ask() -> None:
    """reviewC of dir49: ``facts._number_at`` read "two thousand three hundred" as 2,300 whatever
    ``TextConfig.numbers_in_words_as_said`` said (off for stores made before, which read 2,000 and 300); and a
    number hyphened to the next word is no tail ("two thousand two-bedroom flats")."""
    import dataclasses

    from unspun.config import TEXT_DEFAULT
    from unspun.pair.changes.facts import facts
    from unspun.text.tokens import word_tokens

    said = "A petition signed by two thousand three hundred people."
    assert [f.value for f in facts(said, word_tokens(said))] == ["2300"]
    assert [f.value for f in facts(said, word_tokens(said), as_said=False)] == ["2000", "300"]
    flats = "Plans for two thousand two-bedroom flats."
    assert [f.value for f in facts(flats, word_tokens(flats))] == ["2000", "2"]
    old = dataclasses.replace(TEXT_DEFAULT, numbers_in_words_as_said=False)
    a_text, b_text = said, "A petition signed by 2,300 people."
    a, b, al = pair_of(a_text, b_text, [(0, 0)])
    assert [c for c in shown(find_changes(a, b, [al], "rewrite", text=old), a_text, b_text) if c[0] == "number"]
    assert not [c for c in shown(find_changes(a, b, [al], "rewrite"), a_text, b_text) if c[0] == "number"]
