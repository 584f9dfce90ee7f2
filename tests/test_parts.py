"""The parts of speech a word can take (``text.parts``) and the slips of category a context-blind spinner leaves."""

from __future__ import annotations

import pytest

from unspun.text.parts import ADJ, ADV, NOUN, VERB, category_slip, word_parts


def test_a_words_parts_are_the_lexicons_readings_of_it_as_written():
    assert word_parts("promptly") == {ADV}
    assert word_parts("shift") == {NOUN, VERB}
    assert word_parts("weighty") == {ADJ}
    assert word_parts("the") == frozenset()  # grammar words are not in the lexicon
    assert word_parts("Shift") == frozenset()  # capitalised: read as a name


@pytest.mark.parametrize(("before", "word", "following", "after"), [
    ("", "would", "expectation", ""),  # "hope" read as the noun's synonym after a modal
    ("", "will", "unmistakable", "the"),  # "clear" as an adjective where the verb was
    ("", "They", "neediness", "more"),  # "need" as the noun after a subject
    ("figures", "did", "utilization", ""),
    ("", "a", "thoughts", "about"),  # a plural after "a"
    ("of", "every", "years", ""),
])
def test_a_part_of_speech_its_slot_cannot_take_is_a_slip(before, word, following, after):
    assert category_slip(before, word, following, after) is True


@pytest.mark.parametrize(("before", "word", "following", "after"), [
    ("", "will", "soon", "open"),  # an adverb may stand between a modal and its verb
    ("she", "would", "rather", ""),
    ("", "They", "often", "meet"),
    ("", "He", "resigned", ""),
    ("participants", "will", "text", "selected"),  # a verb made from a noun, which the lexicon lists as a noun only
    ("electric", "can", "openers", ""),  # "can" the noun
    ("", "a", "series", "of"),  # a singular that ends in s
])
def test_grammatical_news_prose_is_no_slip(before, word, following, after):
    assert category_slip(before, word, following, after) is False


@pytest.mark.parametrize(("before", "word", "following", "after"), [
    ("the", "will", "power", "of"),  # a modal after a determiner is a noun: "the will"
    ("his", "might", "failing", ""),
    ("", "can", "you", "see"),  # grammar words say nothing
    ("", "does", "anything", "change"),
    ("", "would", "Kessler", ""),  # a name: the lexicon does not know it
    ("fil", "A", "restaurants", "across"),  # "Chick-fil-A": a letter, not the article
    ("", "the", "promptly", "shift"),
    ("", "a", "sales", "tax"),  # a plural may qualify the noun after it: no telling
    ("", "A", "restaurants", "group"),  # "the" sets up no slot read here
])
def test_no_slot_or_no_known_word_is_no_evidence(before, word, following, after):
    assert category_slip(before, word, following, after) is None
