"""The text layer's punctuation marks (``unspun.text.marks``): one definition every stage reads."""

from __future__ import annotations

import pytest

from unspun.text.marks import (
    CLOSING_MARKS,
    DOUBLE_QUOTES,
    OPENING_MARKS,
    QUOTATION_MARKS,
    SENTENCE_ENDS,
    SINGLE_QUOTES,
    ends_as_sentence,
    sentence_pieces,
)
from unspun.text.tokens import QUOTE_STYLE


@pytest.mark.parametrize("line", [
    "The council approved the plan on Tuesday.",
    "“We will rebuild the bridge,” the mayor said. “It will take a year.”",
    "'Is this the end?' asked one resident.",
    "The works (the third this year) will close the road until March.)",
    "It was, she said, “the worst flood since 1953…”",
    "A spokesman said: «Nous reconstruirons.»   ",
])
def test_a_line_ends_as_a_sentence_with_an_end_mark_then_perhaps_closing_marks(line: str) -> None:
    assert ends_as_sentence(line)


@pytest.mark.parametrize("line", [
    "Mayor: “We will rebuild”",  # a headline quoting someone, with no end mark of its own
    "Flood defences to be rebuilt after storm",
    "By Hannah Lowe, Football Correspondent",
    "Read more:",  # a clause goes on; the line classifier counts it as its own rule does, not as a sentence
    "KYIV (Reuters)",
])
def test_a_headline_a_byline_or_a_label_does_not_end_as_a_sentence(line: str) -> None:
    assert not ends_as_sentence(line)


def test_the_quote_normaliser_straightens_every_quotation_mark_the_layer_names() -> None:
    assert "".join(DOUBLE_QUOTES).translate(QUOTE_STYLE) == '"' * len(DOUBLE_QUOTES)
    assert "".join(SINGLE_QUOTES).translate(QUOTE_STYLE) == "'" * len(SINGLE_QUOTES)
    assert "„Wir bauen neu“, sagte er. ‘We’ll see,’ she said.".translate(QUOTE_STYLE) == \
        "\"Wir bauen neu\", sagte er. 'We'll see,' she said."
    # a quotation is marked by a double mark or an opening single curly one; a closing ’ is an apostrophe as often
    assert "‘" in QUOTATION_MARKS and "’" not in QUOTATION_MARKS and "'" not in QUOTATION_MARKS
    assert set(DOUBLE_QUOTES) <= set(QUOTATION_MARKS)
    # the closing marks close what the opening marks open
    assert {"”", "’", "»", ")", "]"} <= set(CLOSING_MARKS) and {"“", "‘", "„", "«", "(", "["} <= set(OPENING_MARKS)
    assert not set(SENTENCE_ENDS) & set(CLOSING_MARKS)


def test_a_quotation_of_several_sentences_is_cut_where_a_sentence_ends():
    # the marks' own sentence ends: "…" ends one, a closing mark may follow the end, an opening mark or a capital
    # starts the next; a lower-case word after a full stop does not ("(more). done")
    assert sentence_pieces("We tried. It failed! Why? ‘Not now…’ Then we stopped (for good). done.") == [
        "We tried.", "It failed!", "Why?", "‘Not now…", "Then we stopped (for good). done."]
    assert sentence_pieces("We will rebuild the pier by June") == ["We will rebuild the pier by June"]
