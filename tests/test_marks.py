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
    cut_mark_pieces,
    ends_as_sentence,
    holds_cut_mark,
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


_WHOLE = "We will rebuild the sea wall at Porthcawl, and we will do it before next winter."


@pytest.mark.parametrize("mark", ["[...]", "[…]", "[ ... ]", "[ … ]", "…", "...", "(...)", "( ... )", ". . ."])
def test_a_cut_mark_a_newsroom_writes_splits_a_quotation_where_words_were_cut(mark: str) -> None:
    # the marks a copy writes for words cut from a quotation: bracketed or bare, spaced or not, the three-dot
    # ellipsis of a style book that spaces its points
    cut = f"We will rebuild the sea wall {mark} before next winter."
    assert holds_cut_mark(cut)
    assert [p.strip() for p in cut_mark_pieces(cut)] == ["We will rebuild the sea wall", "before next winter."]
    # cut at the end (a quotation stopped early) and at the start: one piece of words each
    assert [p.strip() for p in cut_mark_pieces(f"{mark} and we will do it before next winter.") if p.strip()] == [
        "and we will do it before next winter."]
    assert [p.strip() for p in cut_mark_pieces(f"We will rebuild the sea wall at Porthcawl {mark}") if p.strip()] \
        == ["We will rebuild the sea wall at Porthcawl"]


def test_a_quotation_without_a_cut_mark_is_one_piece() -> None:
    # a full stop, brackets around words, a decimal point and two dots are no cut
    for said in (_WHOLE, "It will cost £2.5m (about $3.1m) and take nine months.", "Wait.. what?",
                 "The wall [at Porthcawl] will be rebuilt."):
        assert not holds_cut_mark(said), said
        assert cut_mark_pieces(said) == [said]
