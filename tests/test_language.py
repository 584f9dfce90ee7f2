"""Whether a text is English (``unspun.text.language``): news of several outlets in, pages of other languages
and scripts out."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from unspun.config import DEFAULT_SETTINGS, TextConfig
from unspun.text.language import common_english_share, english_word_share, reads_as_english

TEXT = DEFAULT_SETTINGS.text
SHARE = TEXT.english_min_function_share


@pytest.mark.parametrize("name", sorted(p.stem for p in (FIXTURES / "articles").glob("*.txt")))
def test_the_projects_english_articles_read_as_english(name: str) -> None:
    assert reads_as_english((FIXTURES / "articles" / f"{name}.txt").read_text(encoding="utf-8"), TEXT)


@pytest.mark.parametrize("name", ["pt_reading_blog", "es_debt_news", "de_recipe", "ko_entertainment"])
def test_pages_in_other_languages_and_scripts_do_not(name: str) -> None:
    text = (FIXTURES / "languages" / f"{name}.txt").read_text(encoding="utf-8")
    assert english_word_share(text) < SHARE / 2
    assert not reads_as_english(text, TEXT)


def test_a_short_english_brief_with_names_and_numbers_still_reads_as_english() -> None:
    brief = ("Shares in Vantorra Mining fell 12% on Tuesday after the company said output at its Kivu site would "
             "be lower than forecast. Chief executive Lena Dufresne blamed heavy rain.")
    assert reads_as_english(brief, TEXT)


def test_a_text_without_words_is_not_english() -> None:
    assert english_word_share("") == 0.0
    assert not reads_as_english("12 34 — 56", TEXT)


def test_a_headline_or_one_sentence_copy_with_few_function_words_is_english_by_its_common_words() -> None:
    from unspun.text.language import common_english_share

    for short in ("Rupee hits five-year high as S&P lifts Kestavia rating",
                  "Kestavia's currency has hit a five-year high after Standard & Poor's (S&P) raised the country's "
                  "foreign currency rating."):
        assert english_word_share(short) < SHARE  # too few words for the function-word share to say
        assert reads_as_english(short, TEXT)
    # The first lines of the pages in other languages are not made of common English words.
    for name in ("pt_reading_blog", "es_debt_news", "de_recipe", "ko_entertainment"):
        first = (FIXTURES / "languages" / f"{name}.txt").read_text(encoding="utf-8").splitlines()[1]
        assert common_english_share(first) < TEXT.english_short_min_common_share
        assert not reads_as_english(first, TEXT)
    # How common a common word is comes from the settings tree: at Zipf 6 only "the", "of"… qualify.
    headline = "Rupee hits five-year high as S&P lifts Kestavia rating"
    rare = TEXT.__class__(english_common_min_zipf=6.0)
    assert common_english_share(headline, rare) < common_english_share(headline, TEXT)
    assert not reads_as_english(headline, rare)


_DENSE = FIXTURES / "dense_english"
_DENSE_TRUTH = json.loads((_DENSE / "truth.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("part", "name"), [(p, n) for p in ("fit", "held_out") for n in _DENSE_TRUTH[p]])
def test_a_dense_news_summary_reads_as_english_and_a_brief_in_another_language_does_not(part: str, name: str) -> None:
    text = (_DENSE / name).read_text(encoding="utf-8")
    assert reads_as_english(text, TEXT) is _DENSE_TRUTH[part][name]


_PIDGIN = FIXTURES / "pidgin_english"
_PIDGIN_TRUTH = json.loads((_PIDGIN / "truth.json").read_text(encoding="utf-8"))
_SCOTS = FIXTURES / "scots"
_SCOTS_TRUTH = json.loads((_SCOTS / "truth.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("path", "english"), [(folder / n, e) for folder, truth in ((_PIDGIN, _PIDGIN_TRUTH),
                                                                                     (_SCOTS, _SCOTS_TRUTH))
                                               for part in ("fit", "held_out") for n, e in truth[part]],
                         ids=lambda value: value.name if isinstance(value, Path) else str(value))
def test_pidgin_patois_and_broad_scots_news_are_not_english_and_informal_english_is(path: Path, english: bool) -> None:
    # "Heavy rain wey fall for Lagos on Tuesday night don cause serious flood": common English words (0.84) and
    # enough "for", "and", "on" (0.22 of its words) for a dense summary, but "di", "dey", "wey" where English
    # writes "the", "is", "who"; broad Scots writes "the", "on", "in" beside its own "tae", "fae", "wis" (0.62-0.79
    # of its short words are English function words) and is told by Scots's own words
    assert reads_as_english(path.read_text(encoding="utf-8"), TEXT) is english


@pytest.mark.parametrize(("path", "setting"), [(_PIDGIN / "pidgin_naira_fuel.txt", "english_min_short_function_share"),
                                               (_SCOTS / "s2_scots.txt", "english_max_scots_share")])
def test_pidgin_and_scots_read_by_stores_made_before_are_english(path: Path, setting: str) -> None:
    from unspun.config import ADDED_SETTINGS

    report = path.read_text(encoding="utf-8")
    before = replace(TEXT, **{setting: ADDED_SETTINGS["text"][setting]})
    assert not reads_as_english(report, TEXT)
    assert reads_as_english(report, before)


def test_a_dense_summary_read_by_stores_made_before_is_not_english() -> None:
    from unspun.config import ADDED_SETTINGS

    summary = (_DENSE / "en_transfer.txt").read_text(encoding="utf-8")
    assert english_word_share(summary) < SHARE  # articles and auxiliaries dropped: 0.10
    before = TextConfig(
        english_dense_min_common_share=ADDED_SETTINGS["text"]["english_dense_min_common_share"])
    assert reads_as_english(summary, TEXT)
    assert not reads_as_english(summary, before)


@pytest.mark.parametrize("name", ["pt_reading_blog", "es_debt_news", "de_recipe", "ko_entertainment"])
def test_the_function_word_share_counts_every_word_once_as_words_reads_it(name: str) -> None:
    # Counted by distinct spelling (a trace reads every candidate's whole text): the share of ``words``, exactly.
    from unspun.text.tokens import words
    from unspun.text.wordlists import FUNCTION_WORDS

    english = (FIXTURES / "articles").glob("*.txt")
    for text in [(FIXTURES / "languages" / f"{name}.txt").read_text(encoding="utf-8"),
                 *(p.read_text(encoding="utf-8") for p in sorted(english)[:3]),
                 "The council’s plan didn’t pass; the mayor's office said it wouldn’t try again."]:
        found = words(text)
        assert english_word_share(text) == sum(w in FUNCTION_WORDS for w in found) / len(found)


def test_currency_signs_are_no_words_of_a_language() -> None:
    # A short business brief full of amounts is as English as the same brief without its signs.
    brief = ("Northvale Foods saw half-year profit drop 18% to £146m, and it now expects full-year profit of "
             "£290m–£305m rather than £320m–£340m.")
    assert english_word_share(brief) == english_word_share(brief.replace("£", ""))


def test_a_sentence_reads_as_english_as_the_text_tests_read_it() -> None:
    from unspun.text.language import common_english_share, sentence_reads_as_english

    sentences = [
        "The harbour wall at Kessel will be repaired from March, the port authority said.",
        "Die Arbeiten am Hafen beginnen im März, sagte die Behörde am Dienstag.",
        "A empresa vai anunciar o resultado no fim do mês.",
        "Va a anunciar los resultados a finales de mes.",
        "Amara Osei (Harbourside AC) 2:06.41",
        "£4.2m", "", "Ukraine's rupee?", "Quarterly revenue rose 5.2% to $1.48bn.", "Chiefs 24–21 Rovers",
        "Ils ont dit non.", "He said no.", "Короче говоря, всё хорошо.",
    ]
    for sentence in sentences:
        expected = reads_as_english(sentence, TEXT) and \
            common_english_share(sentence, TEXT) >= TEXT.english_sentence_min_common_share
        assert sentence_reads_as_english(sentence, TEXT) is expected, sentence
    assert sentence_reads_as_english(sentences[0], TEXT) and not sentence_reads_as_english(sentences[1], TEXT)


def _parts(sentence: str, config: TextConfig = TEXT) -> list[tuple[str, bool]]:
    from unspun.text.language import english_parts

    return [(sentence[start:end], english) for start, end, english in english_parts(sentence, config)]


def test_a_lead_in_in_another_language_to_an_english_quote_is_read_apart() -> None:
    # A German blog quoting an English essay: the sentence's words are mostly English, its lead-in is German.
    sentence = ("Am Ende des Leitfadens steht diese Frage an das Team: “What would have to be true for this plan "
                "to fail, and who on the team would notice it first?”")
    assert reads_as_english(sentence, TEXT)  # read whole, the German words would be read as English
    parts = _parts(sentence)
    assert ("What would have to be true for this plan to fail, and who on the team would notice it first?", True) \
        in parts
    assert not parts[0][1] and parts[0][0].startswith("Am Ende des Leitfadens")


def test_a_quotation_in_another_language_inside_an_english_sentence_is_read_apart() -> None:
    sentence = ("The federation's head, Hélène Marchetti, told the crowd: « Nous ne demandons pas l'aumône, nous "
                "demandons simplement de pouvoir continuer à travailler » before the march set off.")
    parts = _parts(sentence)
    assert [english for _, english in parts] == [True, False, True]
    assert parts[1][0].strip().startswith("Nous ne demandons")


def test_parts_too_short_to_tell_take_the_sentence_s_reading() -> None:
    # "so Jobs." and a two-word quotation say nothing of a language; the sentence decides.
    sentence = "“The first thing we built was a ladder, not a tower”, so Halloran, who called it “the habit”."
    assert all(english for _, english in _parts(sentence))
    # a quotation of several sentences, cut by the segmenter: open at the end, closed at the start of the next
    opened = "Sie schreibt dazu in ihrem Beitrag für die Zeitschrift: “Most teams never write down what they"
    closed = "do not know about the river, the weather or the client.” Damit hat sie recht, meint Wendt."
    assert [english for _, english in _parts(opened)] == [False, True]
    assert [english for _, english in _parts(closed)] == [True, False]
    # a tree saved before parts were read (``ADDED_SETTINGS``) reads each sentence whole
    from dataclasses import replace

    whole = replace(TEXT, english_part_min_words=0)
    assert _parts(opened, whole) == [(opened, True)]  # its German words read as English ones


def _sentence_reading(sentence: str, config: TextConfig) -> bool:
    """``sentence_reads_as_english`` as the three helpers read it, word by word."""
    from unspun.text.language import _common_enough, _common_share, _function_share
    from unspun.text.tokens import normal_form, word_flags, word_texts

    written = word_texts(sentence)
    norms = [normal_form(w) for w in written]
    english = _function_share(written, norms) >= config.english_min_function_share or \
        _common_enough(sum(word_flags(norms)), _common_share(norms, config), config)
    return english and _common_share(norms, config) >= config.english_sentence_min_common_share


_SENTENCES = [
    "The council said it would review the plan.", "Der Rat sagte, er werde den Plan prüfen.",
    "Shares in Vantorra Mining fell 12% on Tuesday.", "O governo anunciou a empresa no domingo.",
    "1. Amara Osei (Harbourside AC) 2:06.41", "£5m", "", "Ukraine’s president’s aides' İstanbul trip",
    "a an the of", "serendipitous perspicacious obfuscation notwithstanding",
]


@pytest.mark.parametrize("sentence", _SENTENCES)
@pytest.mark.parametrize("config", [TEXT, TextConfig(english_common_min_zipf=5.0, english_short_words=3)])
def test_a_sentence_reads_as_english_as_its_words_read_one_by_one(sentence: str, config: TextConfig) -> None:
    from unspun.text.language import sentence_reads_as_english

    assert sentence_reads_as_english.__wrapped__(sentence, config) == _sentence_reading(sentence, config)


def test_a_words_reading_says_what_each_test_reads_of_it() -> None:
    from unspun.text.language import word_reading

    assert word_reading("the", TEXT) == (True, True, True, True, True)
    assert word_reading("Ukraine’s", TEXT) == (True, False, True, True, True)
    assert word_reading("2,000", TEXT)[3:] == (False, False) and word_reading("£", TEXT)[0] is False
    assert word_reading("perspicacious", TEXT)[4] is False


def _reference_share(text: str) -> float:
    """``english_word_share`` read word by word: function words among the words (currency signs aside)."""
    from unspun.text.tokens import is_word, words
    from unspun.text.wordlists import FUNCTION_WORDS

    found = [w for w in words(text) if is_word(w)]
    return sum(w in FUNCTION_WORDS for w in found) / len(found) if found else 0.0


@pytest.mark.parametrize("name", ["pt_reading_blog", "es_debt_news", "de_recipe", "ko_entertainment"])
def test_the_function_word_share_is_that_of_the_words_one_by_one(name: str) -> None:
    english = sorted((FIXTURES / "articles").glob("*.txt"))[0].read_text(encoding="utf-8")
    other = (FIXTURES / "languages" / f"{name}.txt").read_text(encoding="utf-8")
    for text in (english, other, english + "\nIt cost £146m, or $170m. " + other, "£ $ €", ""):
        assert english_word_share(text) == _reference_share(text)


def test_a_report_in_another_language_full_of_english_loanwords_is_no_dense_english_summary() -> None:
    # "le coach", "le penalty", "le parking": most of its words are common English words (0.82), few are English
    # function words (0.03); a dense English summary keeps some (0.10–0.24).
    report = (_DENSE / "fr_loanwords_match.txt").read_text(encoding="utf-8")
    lenient = replace(TEXT, english_dense_min_common_share=0.8)
    assert common_english_share(report) >= lenient.english_dense_min_common_share
    assert english_word_share(report) < TEXT.english_dense_min_function_share
    assert not reads_as_english(report, lenient)
    # without the floor it would pass (its short words, "le", "la", "de", say French too: without either)
    assert reads_as_english(report, replace(lenient, english_dense_min_function_share=0.0,
                                            english_min_short_function_share=0.0))
    assert not reads_as_english(report, replace(lenient, english_dense_min_function_share=0.0))
    for name in ("en_transfer.txt", "en_hospital.txt"):  # the sparest dense summaries: 0.10 function words
        assert reads_as_english((_DENSE / name).read_text(encoding="utf-8"), lenient)


def test_a_results_table_is_no_dense_english_summary() -> None:
    # Team names and scores are common English words ("Arsenal 2 Chelsea 1; Wolves 0 Fulham 2"), none of them
    # prose: the dense rule reads lower-case words only.
    table = (_DENSE / "results_weekend.txt").read_text(encoding="utf-8")
    assert common_english_share(table) >= TEXT.english_dense_min_common_share
    assert not reads_as_english(table, replace(TEXT, english_dense_min_function_share=0.0))

