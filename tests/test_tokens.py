"""tokens: the one tokenizer (words and numbers with offsets and a normalised form) and the normaliser."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from unspun.text import tokens
from unspun.text.tokens import Token, normal_form, normalised, sentence_words, word_tokens, words, written_words


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.integers(min_value=0, max_value=50))
def test_tokens_point_at_their_text_and_words_are_their_normal_forms(text: str, offset: int) -> None:
    tokens = word_tokens(text, offset)
    assert [t.norm for t in tokens] == words(text)
    assert all(type(t) is Token for t in tokens)  # built without Token's own constructor: the same objects
    for t in tokens:
        assert text[t.start - offset : t.end - offset] == t.text
        assert t.norm == normal_form(t.text)
    # The tuple of one sentence and the words as written are the same reading of the text.
    assert sentence_words(text) == tuple(words(text))
    assert [normal_form(w) for w in written_words(text)] == words(text)


def test_a_sentences_words_are_read_afresh_not_kept_by_the_process() -> None:
    # Issue 9: no process-global memo in the text layer's per-sentence reading; its callers keep what they derive.
    sentence = "Ukraine’s border guards said on Tuesday they would add 1,200 troops near Belarus."
    assert sentence_words(sentence) == ("ukraine", "border", "guards", "said", "on", "tuesday", "they", "would",
                                        "add", "1,200", "troops", "near", "belarus")
    assert not hasattr(sentence_words, "cache_info")


def test_numbers_possessives_and_other_scripts_stay_whole_and_hyphens_split() -> None:
    text = "Ukraine’s 3.5bn deal, twenty-five S-400 units, 1,200 troops and 15% more for İstanbul's Straße."
    assert [t.text for t in word_tokens(text)] == [
        "Ukraine’s", "3.5bn", "deal", "twenty", "five", "S", "400", "units", "1,200", "troops", "and", "15%",
        "more", "for", "İstanbul's", "Straße",
    ]
    assert words("Ukraine’s deal didn't hold") == ["ukraine", "deal", "didn't", "hold"]


def test_normalised_straightens_quotes_and_spacing_and_keeps_case_when_asked() -> None:
    assert normalised("“Yes,”  he said\n‘twice’") == "\"yes,\" he said 'twice'"
    assert normalised("«Oui»  Paris", keep_case=True) == '"Oui" Paris'


def test_word_texts_are_the_tokens_as_written() -> None:
    from unspun.text.tokens import word_texts

    line = "Ukraine’s 3.5bn budget, didn't pass on 19th May — “three-and-a-half” votes short (15%)."
    assert word_texts(line) == [t.text for t in word_tokens(line)]
    assert word_texts(line)[:3] == ["Ukraine’s", "3.5bn", "budget"]


def test_word_spans_are_the_tokens_with_their_offsets() -> None:
    from unspun.text.tokens import word_spans

    line = "Mr. Okafor’s firm paid $1,200 — 15% more — on 19th May."
    assert word_spans(line) == [(t.text, t.start, t.end) for t in word_tokens(line)]


def test_kept_wording_is_the_share_of_the_shorter_text_s_word_3_grams_found_in_the_other() -> None:
    from unspun.text.tokens import kept_wording

    source = words("The council approved the new harbour wall on Tuesday after a two-year delay caused by storms.")
    cut = words("The council approved the new harbour wall on Tuesday.")  # every 3-gram of it is the source's
    reworded = words("Councillors gave the go-ahead for a sea wall this week, two years late because of storms.")
    assert kept_wording(cut, source) == kept_wording(source, cut) == 1.0
    assert kept_wording(reworded, source) == 0.0
    half = words("The council approved the new harbour wall, which residents had opposed for years.")
    assert 0.3 < kept_wording(half, source) < 0.6  # 5 of its 11 3-grams
    assert kept_wording([], source) == 0.0


def test_a_currency_sign_is_a_token_of_its_own() -> None:
    # "£146m" and "$146m" are other amounts: the words that decide whether two texts are the same see the sign.
    assert [t.text for t in word_tokens("Profit rose to £146m, or US$184m, and ¥5,000 a share.")] == [
        "Profit", "rose", "to", "£", "146m", "or", "US", "$", "184m", "and", "¥", "5,000", "a", "share"]
    assert written_words("It cost £40,000.") != written_words("It cost €40,000.")


def test_shingles_read_no_currency_sign_so_stored_minhashes_still_match():
    # Stores built before currency signs were tokens hold MinHashes of texts read without them.
    from unspun.text.tokens import shingles

    assert shingles("Northvale's profit fell to £146m, from $170m.", 3) == \
        shingles("Northvale's profit fell to 146m, from 170m.", 3)
    assert "£" in words("Northvale's profit fell to £146m.")


def test_a_fact_written_another_way_has_one_key() -> None:
    # A summary writes a source's figures and inflections its own way: one key each, so that counting what one
    # sentence holds of another's facts does not miss them.
    from unspun.text.tokens import fact_key

    def keys(sentence: str) -> list[str]:
        return [fact_key(w) for w in sentence_words(sentence)]

    source = keys("Repairs costed at £3.2 million were never carried out on the 1,090-metre slope.")
    summary = keys("A £3.2m repair to the 1,090m slope was never carried out.")
    assert {"repair", "3.2", "1090", "carry", "slop"} <= set(source) & set(summary)
    assert fact_key("1,090m") == fact_key("1090") and fact_key("14%") == fact_key("14")
    assert fact_key("19th") == fact_key("19")
    assert {fact_key(w) for w in ("sentenced", "sentencing", "sentence")} == {"sentenc"}
    assert {fact_key(w) for w in ("charged", "charges", "charge")} == {"charg"}
    assert {fact_key(w) for w in ("slipped", "slip")} == {"slip"} and fact_key("buses") == fact_key("bus")
    # other figures and other words stay apart
    assert fact_key("3.2m") != fact_key("32m") and fact_key("1,090") != fact_key("1.090")
    assert fact_key("council") != fact_key("counts") and fact_key("business") == "business"


def test_a_number_with_its_unit_written_on_is_one_token() -> None:
    text = "The cub weighed 1.4kg; the 2.5km path opens at 10.30am, not 3pm, with 94mph gusts and 3.5bn in aid."
    assert [t.text for t in word_tokens(text) if t.text[0].isdigit()] == [
        "1.4kg", "2.5km", "10", "30am", "3pm", "94mph", "3.5bn"]
    # a clock time is the same tokens whichever mark divides it
    assert [t.norm for t in word_tokens("at 10.30am")] == [t.norm for t in word_tokens("at 10:30am")]


def test_a_word_memo_reads_each_word_once_and_forgets_all_beyond_its_limit() -> None:
    from unspun.text.tokens import WordMemo

    asked: list[str] = []
    memo = WordMemo(lambda w: asked.append(w) or len(w), limit=2)
    assert list(map(memo.__getitem__, ["a", "bb", "a", "bb"])) == [1, 2, 1, 2]
    assert asked == ["a", "bb"]
    assert memo["ccc"] == 3 and len(memo) == 1  # the two held were forgotten to hold it
    assert memo["a"] == 1 and asked == ["a", "bb", "ccc", "a"]


def test_a_texts_tokens_at_an_offset_are_its_tokens_moved() -> None:
    sentence = "Shares in Rolls-Royce rose 3.5% to 246p at 10am, the company’s best day since 2019."
    for first_read in (None, 0):  # the tokens at offset 0 read before, or not
        if first_read is None:
            tokens._TOKENS.clear()
        moved = word_tokens(sentence, 1_204)
        assert [(t.text, t.start - 1_204, t.end - 1_204, t.norm) for t in moved] == list(word_tokens(sentence))
        assert all(type(t) is Token for t in moved)


def test_tokens_read_in_c_loops_are_those_of_each_match_in_turn() -> None:
    # ``_read_tokens`` builds every field for all matches at once: the same tokens, in order, as one Token per match.
    text = ("Floodwater reached Millbrook’s centre at 6pm on Friday: 1,240 residents left, £18m–£25m of damage, "
            "river at 4.6 metres (the highest since 1968), forty-two homes at risk and İstanbul's Straße dry.")
    for offset in (0, 1, 3_071):
        expected = tuple(Token(m.group(), m.start() + offset, m.end() + offset, normal_form(m.group()))
                         for m in tokens._TOKEN.finditer(text))
        read = tokens._read_tokens(text, offset)
        assert read == expected and len(read) == 34  # "£" a token of its own, "forty-two" two
        assert all(type(t) is Token for t in read)
    assert tokens._read_tokens("") == () and tokens._read_tokens(" \n ", 5) == ()


def test_a_texts_tokens_read_from_its_sentences_are_the_texts_own() -> None:
    from unspun.ingest.segment import segment
    from unspun.model import Article, Span
    from unspun.text.tokens import text_tokens

    text = ("Shares in Rolls-Royce rose 3.5% to 246p at 10am.\n\nThe company’s chief executive, Tufan Erginbilgiç, "
            "said it was its best day since 2019. \"We are pleased,\" he said.\n\nMore at www.example.com today.")
    seg = segment(Article("r", text))
    tokens._TOKENS.clear()
    read = text_tokens(text, seg.sentences, seg.sentence_texts())
    assert word_tokens(text) is read  # kept in the memo every whole-text reading asks
    tokens._TOKENS.clear()
    assert read == word_tokens(text) and all(type(t) is Token for t in read)
    # an edge with no white space on either side (a token may cross it) is read from the text as it stands
    glued = "It rose 3.5% today.Then it fell."
    cut = (Span(0, 13), Span(13, len(glued)))  # "It rose 3.5" | "% today.Then it fell."
    tokens._TOKENS.clear()
    assert text_tokens(glued, cut, [s.text_of(glued) for s in cut]) == word_tokens(glued)
    assert [t.text for t in word_tokens(glued)] == ["It", "rose", "3.5%", "today", "Then", "it", "fell"]


_NEWS = (
    "Harbourline Energy's profit fell to £146m in the year to March, from $170m, the company said on Tuesday. "
    "Its chief executive, Amara Osei, said the 12% fall was “a temporary setback” after storms closed two "
    "platforms for 19 days. Shares rose 3.5p to 412p. Ich weiß nicht, sagte er. 東京 会議 2026"
)


def _reference_shingles(text: str, size: int) -> set[bytes]:
    """``shingles`` as it was first written: the grams as tuples of words, each joined and encoded."""
    found = [w for w in words(text) if w not in tokens._SIGNS]
    return set(map(str.encode, map(" ".join, tokens.word_grams(found, size))))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab cd £$'’.,-1x\n")), max_size=120), st.integers(1, 5))
def test_shingles_are_the_joined_grams_of_the_words_whatever_the_text(text: str, size: int) -> None:
    assert tokens.shingles(text, size) == _reference_shingles(text, size)


def test_a_news_texts_shingles_are_its_joined_word_grams_and_its_words_do_not_change_when_read_again() -> None:
    for size in (1, 3, 5, 60):
        assert tokens.shingles(_NEWS, size) == _reference_shingles(_NEWS, size)
    first = words(_NEWS)
    first.append("changed by a caller")  # a caller's list is its own: the remembered words are not touched
    assert words(_NEWS) == list(map(normal_form, tokens.word_texts(_NEWS)))


@given(st.text(max_size=200))
def test_word_flags_are_is_word_of_every_token_written_or_normalised(text: str) -> None:
    for found in (tokens.word_texts(text), words(text)):
        assert list(tokens.word_flags(found)) == [tokens.is_word(w) for w in found]
    assert list(tokens.word_flags(tokens.word_texts(_NEWS))) == [tokens.is_word(w) for w in tokens.word_texts(_NEWS)]
    assert not all(tokens.word_flags(tokens.word_texts(_NEWS)))  # its currency signs


def test_a_whole_words_pattern_finds_the_words_only_where_no_word_character_touches_them():
    from unspun.text.tokens import whole_words_pattern

    text = "Councillor Jonesy met Sarah Jones at the Jones-Smith depot; council tax to rise by 5.1%."
    assert [m.start() for m in whole_words_pattern("Jones").finditer(text)] == [text.index("Jones at"),
                                                                                text.index("Jones-Smith")]
    assert whole_words_pattern("council tax").search(text) is not None
    assert whole_words_pattern("Council tax").search(text) is None
    assert whole_words_pattern("Council tax", ignore_case=True).search(text) is not None
    assert whole_words_pattern("5.1%").search(text) is not None and whole_words_pattern("5.1").search("15.1%") is None
