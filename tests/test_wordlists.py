"""The text layer's word lists."""

from __future__ import annotations

from unspun.text.wordlists import ROLE_WORDS, place_forms, same_role


def test_one_role_in_other_words_is_the_same_role_and_another_office_is_not() -> None:
    assert same_role("skipper", "captain") and same_role("gaffer", "boss") and same_role("headteacher", "headmaster")
    assert not same_role("vicar", "rector") and not same_role("manager", "director")
    assert {"skipper", "gaffer", "vicar", "rector", "headteacher", "colonel", "magistrate"} <= ROLE_WORDS


def test_distinct_offices_are_not_one_role() -> None:
    assert same_role("lawyer", "attorney")
    assert not same_role("solicitor", "barrister") and not same_role("head", "headteacher")
    assert not same_role("principal", "headmaster") and not same_role("counsel", "lawyer")


def test_british_swaps_pair_two_single_words_the_spelling_rules_do_not_join() -> None:
    from unspun.text.spelling import one_word
    from unspun.text.wordlists import BRITISH_SWAPS

    for british, american in BRITISH_SWAPS:
        assert british != american and british.isalpha() and american.isalpha()
        assert not one_word([british], [american]), (british, american)  # else the table repeats spelling's work


def test_a_places_adjective_and_its_name_are_forms_of_one_place() -> None:
    assert "cornwall" in place_forms("cornish") and "cornish" in place_forms("cornwall")
    assert {"wales", "welsh"} <= place_forms("welsh") and {"scotland", "scots", "scottish"} & place_forms("scotland")
    assert {"america", "us"} <= place_forms("american") and "france" in place_forms("french")
    assert "kenyan" in place_forms("kenya") and "kenya" in place_forms("kenyan")
    assert "wales" not in place_forms("cornish") and place_forms("newlyn") == {"newlyn"}
