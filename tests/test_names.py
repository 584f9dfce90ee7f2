"""names: the one name extractor — capitals away from clause starts, rare or known names at them."""

from __future__ import annotations

import pytest

from unspun.text.names import (
    WIRE_DATELINE,
    article_name_norms,
    lone_names,
    lower_case_words,
    may_be_one_name,
    name_flags,
    name_openers,
    name_pairs,
    name_tokens,
    names_and_rare_words,
    proper_word,
    section_labels,
    title_cased,
    wire_dateline,
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


BBC_STYLE = (
    "Former Labour minister Tessa Jowell said on Monday that the Olympic bid was \"on track\". Mr. Yenin, the "
    "Kremlin's envoy, met Ned Price in Kyiv; Peskov denied it. However, the talks went on in March.\n"
    "I think Real Madrid will win, said Johnny Depp. The BBC's Nick Robinson (Political Editor) asked whether "
    "Ukraine's claims were \"totally stupid, groundless fabrications\". Meanwhile Price left for Washington D.C."
)


def _plain_name_flags(text: str, tokens, known: frozenset[str] = frozenset()) -> list[bool]:
    """The definition of ``name_flags`` token by token (what it computes with one pass over the capitals)."""
    from unspun.text.names import _never_a_name, capitalised, opens_clause, proper_word, rare_word

    flags = []
    for k, token in enumerate(tokens):
        if not capitalised(token) or _never_a_name(token.norm):
            flags.append(False)
        elif not opens_clause(text, tokens, k):
            flags.append(True)
        else:
            next_is_name = k + 1 < len(tokens) and capitalised(tokens[k + 1]) and not _never_a_name(tokens[k + 1].norm)
            flags.append(next_is_name or token.norm in known or rare_word(token.norm) or proper_word(token.norm))
    return flags


def test_name_flags_are_the_token_by_token_definition_on_news_text() -> None:
    tokens = word_tokens(BBC_STYLE)
    flags = name_flags(BBC_STYLE, tokens)
    assert flags == _plain_name_flags(BBC_STYLE, tokens)
    assert all(type(f) is bool for f in flags)
    assert name_flags(BBC_STYLE, tokens, known=frozenset({"however", "meanwhile"})) == \
        _plain_name_flags(BBC_STYLE, tokens, frozenset({"however", "meanwhile"}))
    assert {"Yenin", "Peskov", "Price", "Kyiv", "Jowell"} <= set(names(BBC_STYLE))
    assert "However" not in names(BBC_STYLE) and "I" not in names(BBC_STYLE)


def test_sentence_name_norms_are_the_normal_forms_of_the_name_tokens_and_offsets_still_shift() -> None:
    from unspun.text.names import sentence_name_norms

    for sentence in BBC_STYLE.split(". "):
        assert sentence_name_norms(sentence) == tuple(t.norm for t in name_tokens(sentence))
    assert sentence_name_norms("Mr. Yenin met Ned Price.") == ("yenin", "ned", "price")
    shifted = name_tokens("Mr. Yenin met Ned Price.", offset=100)
    assert [(t.text, t.start) for t in shifted] == [("Yenin", 104), ("Ned", 114), ("Price", 118)]


def test_an_article_s_names_skip_a_title_cased_headline_s_ordinary_words_but_keep_a_line_up() -> None:
    text = ("White House Used Bill Clinton to Ask Sestak to Drop Out of Senate Race\n\n"
            "The White House asked Bill Clinton to talk to Joe Sestak.\n\n"
            "Man Utd: Howard, Phil Neville, Gary Neville, O'Shea, Fortune.")
    norms = article_name_norms(text)
    assert {"sestak", "clinton", "neville", "howard", "fortune"} <= norms
    assert not {"used", "ask", "drop", "race"} & norms


def test_a_name_tells_one_event_from_another_by_its_rarity_not_a_title_or_a_big_city() -> None:
    from unspun.text.names import name_specificity

    assert [name_specificity(n) for n in ("corvane", "whitcombe", "barraclough")] == [1.0, 1.0, 1.0]
    assert [name_specificity(n) for n in ("chief", "executive", "new", "york", "office")] == pytest.approx(
        [0.0, 0.06, 0.0, 0.0, 0.0], abs=0.02)
    assert 0.1 < name_specificity("ohio") < 0.3 < name_specificity("charlotte") < 0.5


def test_an_accented_name_is_as_specific_as_its_plain_spelling() -> None:
    from unspun.text.names import name_specificity

    assert name_specificity("sánchez") == name_specificity("sanchez") < 1.0
    assert name_specificity("müller") == name_specificity("muller")


def test_two_spellings_may_be_of_one_name_when_alike_or_both_common_words():
    from unspun.text.names import may_be_one_name

    assert may_be_one_name("Yenin", "Yemen") and may_be_one_name("Haddad", "Hadad")
    assert may_be_one_name("Price", "Cost")  # a spinner's thesaurus swap of a name that is a word
    assert not may_be_one_name("Okafor", "Reyes")  # two people
    assert not may_be_one_name("The", "Rescue")  # a sentence's opening word


def test_two_dates_are_no_name_respelt_but_a_name_made_a_month_may_be() -> None:
    # "19 February" → "19 March" is another date; "Marsh" → "March" a surname corrupted; "Price" → "Cost" a
    # spinner's synonym for a name that is also a word.
    assert not may_be_one_name("February", "March")
    assert not may_be_one_name("Friday", "Thursday")
    assert not may_be_one_name("Monday", "tomorrow")
    assert may_be_one_name("Marsh", "March")
    assert may_be_one_name("Price", "Cost")


def test_a_currency_code_is_no_name() -> None:
    text = "The regulator fined Aldgate Bank CHF 3.2m on Monday."
    flags = name_flags(text, word_tokens(text))
    assert [t.text for t, f in zip(word_tokens(text), flags, strict=True) if f] == ["Aldgate", "Bank"]


def test_the_country_letters_of_a_currency_sign_are_no_name() -> None:
    text = "Coralstone Resources will spend A$420m, and Harbin Port HK$3bn, on Monday."
    flags = name_flags(text, word_tokens(text))
    assert [t.text for t, f in zip(word_tokens(text), flags, strict=True) if f] == [
        "Coralstone", "Resources", "Harbin", "Port"]


@pytest.mark.parametrize(("lede", "agency"), [
    ("KYIV (Reuters) - Ukraine's deputy interior minister died in a helicopter crash on Wednesday.", "Reuters"),
    ("LONDON, Dec 5 (PA) – Regulated rail fares in England will rise by 4.9% in March.", "PA"),
    ("WASHINGTON (AP): The Senate passed the spending bill late on Thursday.", "AP"),
    ("ROME (ANSA) - Venice will charge day-trippers a fee on 29 busy days.", "ANSA"),
])
def test_a_wire_dateline_names_its_agency_with_or_without_a_day(lede: str, agency: str) -> None:
    found = WIRE_DATELINE.match(lede)
    assert found is not None and found.group("agency") == agency


@pytest.mark.parametrize(("lede", "agency"), [
    ("LEEDS, Dec 3 (Northwire) - Harrowgate Weaving said on Thursday it would cut 140 jobs.", "Northwire"),
    ("HULL (CapWire) – Ferry operator Ostline suspended its Rotterdam sailings.", "CapWire"),
    ("KENDAL, Nov 30 (Pennine News Agency) - A roof collapsed at the town's leisure centre.", "Pennine News Agency"),
])
def test_an_agency_no_list_knows_is_read_from_its_dateline(lede: str, agency: str) -> None:
    # probe57: an invented agency's "LEEDS, Dec 3 (Northwire) -" was no dateline, its wire no agency's story
    found = wire_dateline(lede)
    assert found is not None and found.group("agency") == agency


def test_a_bracketed_name_after_a_sentences_words_is_no_agency_dateline() -> None:
    assert wire_dateline("The firm told Northwire (Northwire) - a local service - nothing.") is None
    assert wire_dateline("LEEDS (Post Staff) - Harrowgate Weaving said on Thursday it would cut jobs.") is None
    assert wire_dateline("Talks with the Skillswire (Skillswire) - a training body - went well.") is None
    # review of lede49 (reviewD ea_a): a public body heading its own notice, a page's label, are no agency's filing
    assert wire_dateline("APPLEBY (Environment Agency) - Flood warnings are in force for the River Eden.") is None
    assert wire_dateline("WASHINGTON (Secret Service) - Agents closed the street.") is None
    assert wire_dateline("LEEDS (Fire Service) - Crews were called to a fire.") is None
    assert wire_dateline("UPDATE (Ambulance Service): Two people were taken to hospital.") is None
    found = wire_dateline("KIRKCALDY, Dec 7 (Eastline News Agency) - Fife Council said it would shut libraries.")
    assert found is not None and found.group("agency") == "Eastline News Agency"


def test_an_agency_named_in_a_sentence_is_no_dateline() -> None:
    assert WIRE_DATELINE.match("Officials told Reuters (Reuters is a news agency) - nothing more.") is None
    assert WIRE_DATELINE.match("The report (AP) said prices rose on Monday.") is None


# Written for these tests: an article with a title-cased headline line, a line-up, a clause-opening surname the text
# introduced before, a quotation, an abbreviation's full stop and a currency written against its country letters.
ARTICLE = (
    "Rovers Sign Keeper As Cup Run Continues\n\n"
    "Riverside Rovers have signed goalkeeper Tomasz Wrobel from Northvale Town, manager Graham Pellow said on "
    "Tuesday.\n\n"
    "Pellow told the Riverside Supporters' Trust that the deal, worth A$420,000, was agreed with Mr. Yenin's club. "
    "\"Tomasz is the keeper we wanted,\" he said. Wrobel, 24, joins for the rest of the season.\n\n"
    "Line-up: Wrobel; Mayor, Payne, Rhys Jones, O'Shea; Price, Kerr.\n\n"
    "However the Labour party said the club's Stadium Plan needs work. France v Cyprus follows in March."
)


def _sentences(text: str) -> list[tuple[int, str]]:
    from unspun.ingest.segment import segment
    from unspun.model import Article

    seg = segment(Article("x", text))
    return list(zip([s.start for s in seg.sentences], seg.sentence_texts(), strict=True))


def test_a_sentences_name_flags_read_from_the_whole_text_are_its_own_reading() -> None:
    from unspun.text.names import CapitalisedWords

    words = CapitalisedWords(ARTICLE)
    known = article_name_norms(ARTICLE)
    sentences = _sentences(ARTICLE)
    assert len(sentences) >= 6
    for start, sentence in sentences:
        tokens = word_tokens(sentence)
        for names_known in (known, frozenset()):
            assert words.sentence_flags(start, sentence, tokens, names_known) == \
                name_flags(sentence, tokens, known=names_known)
    # A stretch whose tokens are not the text's (it cuts a word: "ors have ..." where the text reads "Rovers"):
    # read anew, the same answer.
    start = ARTICLE.index("Rovers have") + 3
    cut = ARTICLE[start : ARTICLE.index("Tuesday")]
    assert word_tokens(cut)[0].text == "ers"
    assert words.sentence_flags(start, cut, word_tokens(cut), known) == name_flags(cut, word_tokens(cut), known=known)


def test_an_articles_name_fields_read_from_one_reading_are_the_functions_answers() -> None:
    from unspun.text.names import NamesReader, titled_names

    whole = NamesReader(ARTICLE).whole()
    assert whole.names == article_name_norms(ARTICLE)
    assert whole.alone == lone_names(ARTICLE)
    assert whole.openers == name_openers(ARTICLE)
    assert whole.pairs == name_pairs(ARTICLE)
    assert whole.surnames == titled_names(ARTICLE) == {"yenin"}
    assert whole.lower == lower_case_words(ARTICLE)
    assert {"wrobel", "pellow", "payne"} <= whole.names and "sign" not in whole.names  # the headline's verb
    assert "labour" in whole.alone and ("graham", "pellow") in whole.pairs


def _title_cased_by_counting(tokens, share: float = 0.85) -> bool:  # type: ignore[no-untyped-def]
    long_words = [t for t in tokens if len(t.text) > 3 and t.text[0].isalpha()]
    capitals = sum(t.text[0].isupper() for t in long_words)
    return len(long_words) >= 4 and capitals >= share * len(long_words)


@pytest.mark.parametrize("capitals", range(21))
def test_title_cased_answers_as_counting_every_word_does(capitals: int) -> None:
    # 20 longer words, ``capitals`` of them capitalised, in three orders (the lower-case ones first, last, spread)
    # and with short words between: at 17 of 20 the share is exactly 0.85.
    words = [f"Word{k}" if k < capitals else f"word{k}" for k in range(20)]
    for line in (words, words[::-1], words[::2] + words[1::2], [w for x in words for w in (x, "of")]):
        tokens = word_tokens(" ".join(line))
        assert title_cased(tokens) == _title_cased_by_counting(tokens) == (capitals >= 17)
    for text in (ARTICLE, *ARTICLE.splitlines(), "Rovers Sign Keeper As Cup Run Continues", "A B C D"):
        assert title_cased(word_tokens(text)) == _title_cased_by_counting(word_tokens(text))


def test_a_sentences_names_and_rarer_words_are_what_a_teaser_keeps_and_common_words_numbers_are_not() -> None:
    names, rare = names_and_rare_words("Fourteen crabbers have moved their boats to Scarborough, said Colin Asquith "
                                       "of the Whitby Fishermen's Society.", 3.5)
    assert {"scarborough", "colin", "asquith", "whitby"} <= names
    assert rare == {"crabbers"}  # not "boats", "moved", nor the number word "fourteen"
    assert names_and_rare_words("The boats have moved.", 3.5) == (frozenset(), frozenset())


@pytest.mark.parametrize(("text", "names"), [
    # a brief's section label before a colon is no name (probe54: "WEATHER:", "IN COURT:" were read as names)
    ("WEATHER: Heavy rain is expected across Wales tonight.", {"wales"}),
    ("MARKETS: Shares in Corran Foods rose.", {"corran", "foods"}),
    ("IN COURT: A former council boss was jailed.", set()),
    ("Our bulletin.\nSPORT: Kingsford Rovers won again.", {"kingsford", "rovers"}),
    ("Markets:\nShares in Corran Foods rose.", {"corran", "foods"}),
    # a name before a colon stays one: mixed case in a sentence, or said mid-line
    ("Sarah Brown: why I quit the board.", {"sarah", "brown"}),
    ("A statement from UKHSA: cases rose again.", {"ukhsa"}),
    # a speaker or a body written as a label is a name still: a word no common English word, or named elsewhere
    ("STARMER: We will not raise taxes on working people.", {"starmer"}),
    ("SIR KEIR STARMER: We will act on energy bills.", {"sir", "keir", "starmer"}),
    ("Mr Patel:\nWe have always paid our staff on time.", {"patel"}),
    ("NHS: Waiting lists hit a record high in March.", {"nhs"}),
    ("UPDATE: Police said the man later died.", set()),
])
def test_a_section_label_before_a_colon_is_no_name(text: str, names: set[str]) -> None:
    assert set(article_name_norms(text)) == names
    assert {t.norm for t in name_tokens(text)} == names


def test_section_labels_are_the_label_words_only() -> None:
    text = "IN COURT: A former council boss was jailed."
    assert section_labels(text, word_tokens(text)) == frozenset({0, 1})


def test_a_label_the_text_names_inside_a_sentence_is_no_section() -> None:
    text = "HUNT: We will cut taxes this year.\nJeremy Hunt said later that he meant it."
    assert section_labels(text, word_tokens(text)) == frozenset()
    text = "WEATHER: Heavy rain is expected.\nThe weather will clear by Friday."
    assert section_labels(text, word_tokens(text)) == frozenset({0})
