"""lexical: word tokens, as alignment and change finding see them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from unspun.text.lexical import _WORD, word_tokens, words


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_words_are_the_lower_cased_tokens_whatever_the_script(text: str) -> None:
    assert words(text) == [m.group().lower() for m in _WORD.finditer(text)]
    assert words(text) == [t.word for t in word_tokens(text)]


def test_words_keep_apostrophes_decimals_and_non_english_letters() -> None:
    text = "İstanbul's mayor said 3,000 people—it’s the U.S. view—left Straße 5."
    expected = ["i̇stanbul's", "mayor", "said", "3,000", "people", "it’s", "the", "u.s", "view", "left", "straße", "5"]
    assert words(text) == expected
