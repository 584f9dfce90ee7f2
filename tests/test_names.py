"""names: the one name extractor — capitals away from clause starts, rare or known names at them."""

from __future__ import annotations

from unspun.text.names import (
    lone_names,
    lower_case_words,
    name_flags,
    name_openers,
    name_pairs,
    name_tokens,
    proper_word,
    title_cased,
)
from unspun.text.tokens import word_tokens


def names(text: str) -> list[str]:
    return [t.text for t in name_tokens(text)]


def test_capitalised_words_inside_a_sentence_are_names_and_function_words_are_not() -> None:
    text = "On Tuesday the mayor of Kelderwick, Marta Osterlund, met Tobias Fenn at Quay Street in March."
    assert names(text) == ["Kelderwick", "Marta", "Osterlund", "Tobias", "Fenn", "Quay", "Street"]


def test_a_clause_start_names_only_rare_words_countries_and_runs_of_names() -> None:
    text = "Peskov denied it. However the talks went on. Ukraine objected. Daniel Price said so. Meanwhile Price left."
    assert names(text) == ["Peskov", "Ukraine", "Daniel", "Price", "Price"]


def test_a_name_the_text_uses_elsewhere_is_a_name_at_a_sentence_start() -> None:
    text = "Trump repeated the claim on Friday."
    tokens = word_tokens(text)
    assert name_flags(text, tokens)[0] is False  # a common word at the start says nothing alone
    assert name_flags(text, tokens, known=frozenset({"trump"}))[0] is True


def test_title_after_an_abbreviated_title_is_a_name_and_headlines_are_recognised() -> None:
    assert names("The talks ended. Mr. Yenin left.") == ["Yenin"]
    assert title_cased(word_tokens("Harbour Council Votes To Build New Flood Barrier"))
    assert not title_cased(word_tokens("The council voted to build a new flood barrier at the harbour"))


def test_name_pairs_are_capitalised_neighbours_away_from_a_clause_start() -> None:
    text = ("Johnny Depp has been nominated again. The film, starring Johnny Depp as the author, opens in May. "
            "Former Labour minister Tessa Jowell said the Arts Council would fund it.")
    assert name_pairs(text) == {("johnny", "depp"), ("tessa", "jowell"), ("arts", "council")}


def test_lower_case_words_are_those_written_without_a_capital_somewhere() -> None:
    text = "Former Labour minister Tessa Jowell spoke. The former minister said Labour would win."
    assert {"former", "minister", "said"} <= lower_case_words(text)
    assert not {"labour", "tessa", "jowell"} & lower_case_words(text)


def test_lone_names_stand_alone_in_prose_and_in_line_ups_but_not_inside_longer_names() -> None:
    text = ("Fans met the Riverside Supporters' Trust and the Labour party on Monday.\n\n"
            "Hanley; Mayor, Payne, Rhys Jones, Wigglesworth; Hodgson.")
    assert lone_names(text) == {"labour", "payne", "wigglesworth"}  # "Mayor", "Hodgson" open a clause


def test_a_name_opener_is_a_capital_after_a_lower_case_word_outside_headlines() -> None:
    text = ("Gifts to the aid agency Care International rose, said Swank. Former staff of the Riverside "
            "Supporters' Trust agreed.\nMan In The Middle Wins Award For Best Film")
    assert name_openers(text) == frozenset({"care", "swank", "riverside"})


def test_countries_and_nationalities_are_names_by_themselves() -> None:
    assert all(proper_word(w) for w in ("wales", "scottish", "french", "russians", "ukrainian"))
    assert not any(proper_word(w) for w in ("former", "supporters", "growth"))
