"""lifted_runs: the run of words two texts share outside quotations, and whether a passage is one shared quote."""

from __future__ import annotations

from unspun.config import DEFAULT
from unspun.ingest.segment import segment
from unspun.model import Alignment, Article, Segmented, SentenceMatch, Span
from unspun.pair.changes.quotes import quotations
from unspun.pair.lifted_runs import (
    longest_unquoted_run,
    one_shared_quotation,
    shared_run,
    speakers_text_quoted,
    unquoted_parts,
)

REPORT = ("Ferry fares to rise in spring\n\n"
          "Harbour Lines will raise fares on the Marrow Isles route by 8% from April.\n\n"
          "The cheapest foot-passenger return between Dunmore and Port Ellis will cost £14.60, up from £13.50.\n\n"
          "\"We have held fares for three years, and fuel has not waited for us,\" said chief executive Morag Ferrie.")
HOST = ("Island life gets dearer\n\n"
        "Islanders already pay more for bread, petrol and heating oil than anyone on the mainland.\n\n"
        "The cheapest foot-passenger return between Dunmore and Port Ellis will cost £14.60, up from £13.50.\n\n"
        "\"We have held fares for three years, and fuel has not waited for us,\" Ms Ferrie told the council.")


def _seg(text: str, name: str) -> Segmented:
    return segment(Article(name, text))


def _sentence(seg: Segmented, words: str) -> int:
    return next(k for k, text in enumerate(seg.sentence_texts()) if words in text)


def _aligned(a: Segmented, b: Segmented, words: str) -> Alignment:
    i, j = _sentence(a, words), _sentence(b, words)
    return Alignment(a.sentences[i], b.sentences[j], 0.99, "verbatim", (SentenceMatch(i, j, 0.99, 0.99, 0.99),))


def test_a_lifted_sentence_is_a_long_run_of_rare_words():
    report, host = _seg(REPORT, "report"), _seg(HOST, "host")
    run = longest_unquoted_run(report, host, [_aligned(report, host, "foot-passenger")])
    assert run.words >= DEFAULT.lift_min_run_words
    # foot-passenger, Dunmore, Port Ellis and the two fares
    assert run.rare_words >= DEFAULT.lift_min_rare_words


def test_a_quote_both_texts_carry_is_no_run_of_either_texts_words():
    report, host = _seg(REPORT, "report"), _seg(HOST, "host")
    quote = _aligned(report, host, "held fares")
    assert longest_unquoted_run(report, host, [quote]).words < 3
    assert one_shared_quotation(report, host, quote)
    assert not one_shared_quotation(report, host, _aligned(report, host, "foot-passenger"))


def test_a_stock_phrase_is_a_run_of_common_words():
    run = shared_run("The company did not immediately respond to a request for comment on Tuesday.",
                     "Brackwater council did not immediately respond to a request for comment on Tuesday evening.")
    assert run.words >= 10 and run.rare_words == 0


def test_the_words_before_and_after_a_quotation_never_make_one_run():
    text = 'The minister said "we will act" and then the minister left the hall.'
    parts = unquoted_parts(text, Span(0, len(text)))
    assert parts[0].rstrip().endswith("said") and parts[1].lstrip().startswith("and then")
    assert all("we will act" not in part for part in parts)


def test_a_named_partys_statement_both_report_is_its_wording_not_a_lift():
    # Outlets write down a police statement's wording as they write down a quote; one side naming whose it is
    # (at the end, up front, "according to") says the run is the statement's, not one outlet's.
    lifted = "A 31-year-old man from Bilston has been charged with the murder of Liam Costello"
    for said in (f"{lifted}, West Midlands Police said on Saturday.",
                 f"West Midlands Police said on Saturday that {lifted[0].lower() + lifted[1:]}.",
                 f"{lifted}, according to West Midlands Police."):
        a, b = _seg(f"Man charged\n\n{said}", "a"), _seg(f"Tributes paid\n\n{lifted} and remanded in custody.", "b")
        assert longest_unquoted_run(a, b, [_aligned(a, b, "31-year-old")]).words == 0, said
    a, b = _seg(f"Man charged\n\n{lifted}.", "a"), _seg(f"Tributes paid\n\n{lifted} and remanded in custody.", "b")
    assert longest_unquoted_run(a, b, [_aligned(a, b, "31-year-old")]).words >= DEFAULT.lift_min_run_words


def test_a_sentence_pair_met_again_is_not_read_again() -> None:
    """A trace's query meets one story's copies, which share sentences: the run of a pair of unquoted parts met in
    an earlier comparison is the one read then (settings with the same rare-word bar included), not read again."""
    from dataclasses import replace

    from unspun.pair.lifted_runs import _shared_run
    from unspun.text.tokens import words

    report, host = _seg(REPORT, "report"), _seg(HOST, "host")
    alignments = (_aligned(report, host, "cheapest foot-passenger"),)
    _shared_run.cache_clear()
    first = longest_unquoted_run(report, host, alignments)
    read = _shared_run.cache_info().misses
    assert read >= 1
    other_settings = replace(DEFAULT, lift_min_run_words=DEFAULT.lift_min_run_words + 1)
    copy = _seg(HOST.replace("Island life gets dearer", "Islands pay more"), "copy")
    assert longest_unquoted_run(report, copy, (_aligned(report, copy, "cheapest foot-passenger"),),
                                other_settings) == first
    assert _shared_run.cache_info().misses == read
    shared = "The cheapest foot-passenger return between Dunmore and Port Ellis will cost £14.60, up from £13.50."
    assert first.words == len(words(shared))  # the whole sentence, both texts carry it word for word


def test_whose_statement_a_sentence_reports_is_read_once_a_sentence() -> None:
    from unspun.pair.lifted_runs import reported_statement

    statement = "Fares will rise by 8% from April, Harbour Lines said on Monday."
    reported_statement.cache_clear()
    assert reported_statement(statement) and reported_statement(statement)
    assert reported_statement.cache_info().misses == 1
    assert not reported_statement("The cheapest return will cost £14.60, up from £13.50.")


def test_a_quote_in_a_plain_text_feeds_doubled_marks_is_no_run_of_either_texts_words():
    # Wire copy typed for plain-text feeds (and MSRP's news sentences) marks a quotation ``so'' or ''so''.
    one = "Blair has said there is not ``a shred of truth'' in claims that the government manipulated the evidence."
    other = "Blair has said there is not ''a shred of truth'' in claims that the government manipulated evidence here."
    assert [one[q.start:q.end] for q in quotations(one)] == ["a shred of truth"]
    assert [other[q.start:q.end] for q in quotations(other)] == ["a shred of truth"]
    parts = [shared_run(x, y) for x in unquoted_parts(one, Span(0, len(one)))
             for y in unquoted_parts(other, Span(0, len(other)))]
    assert max(run.words for run in parts) < DEFAULT.lift_min_run_words <= shared_run(one, other).words
    # an apostrophe after a plural's s is no mark, nor a doubled one after a word (a possessive typed twice, a
    # derivative, an empty string in code)
    assert quotations("The islanders' boats and the rivers' banks were lost.") == []
    assert quotations("Mr Jones'' house and Mrs Evans'' car were both searched on Friday.") == []
    assert quotations("f'' is the second derivative of f, and g'' is the second derivative of g.") == []
    assert quotations("let s = ''; let t = '' + name;") == []


TRANSCRIPT = ("Councillor Ruth Abara's speech to the harbour board\n\n"
              "Thank you for having me. I know the last year has been hard for everyone who works on this quay.\n\n"
              "We will spend £6 million on the north wall before next winter, and not a penny of it will come from "
              "the mooring fees. The boats that pay those fees have paid enough.\n\n"
              "I will come back here in a year and you can tell me whether we kept that promise.")
QUOTING = ("Harbour wall to get £6m repair\n\n"
           "The north wall of Kessock harbour is to be repaired before next winter, the council has said.\n\n"
           "\"We will spend £6 million on the north wall before next winter, and not a penny of it will come from "
           "the mooring fees,\" Councillor Ruth Abara told the harbour board. \"The boats that pay those fees have "
           "paid enough.\"\n\n"
           "Skippers said they had waited eight years for the work.")
OTHER_REPORT = QUOTING.replace("Skippers said", "Fishermen said").replace("eight years", "a decade")


def _matched(a: Segmented, b: Segmented, *starts: tuple[str, str]) -> list[Alignment]:
    return [Alignment(a.sentences[i], b.sentences[j], 0.9, "paraphrase", (SentenceMatch(i, j, 0.9, 0.9, 0.9),))
            for i, j in ((_sentence(a, x), _sentence(b, y)) for x, y in starts)]


def test_words_one_side_quotes_from_the_others_own_text_are_taken_from_it():
    """A report quoting a transcript's sentences, the attribution between them, takes the transcript's words; the
    same quotation in two reports is the speaker's words, taken from neither."""
    speech, report = _seg(TRANSCRIPT, "speech"), _seg(QUOTING, "report")
    pairs = [("We will spend", "\"We will spend"), ("The boats that pay", "\"The boats that pay")]
    taken = speakers_text_quoted(speech, report, _matched(speech, report, *pairs))
    assert taken.taker == "b" and taken.words >= DEFAULT.speech_min_quoted_words
    mirrored = speakers_text_quoted(report, speech, _matched(report, speech, *[(y, x) for x, y in pairs]))
    assert (mirrored.taker, mirrored.words) == ("a", taken.words)
    other = _seg(OTHER_REPORT, "other")
    both_quote = [("\"We will spend", "\"We will spend"), ("\"The boats that pay", "\"The boats that pay")]
    assert speakers_text_quoted(report, other, _matched(report, other, *both_quote)).words == 0


def test_a_statement_printed_after_said_colon_is_quoted_and_taken_from_neither_report():
    """Outlets print a statement as its own paragraph after "said:", without marks: a second outlet quoting the same
    statement quotes the speaker, not the first outlet's own text."""
    statement = ("We are deeply saddened by the loss of one of our most dedicated colleagues and our thoughts are "
                 "with his family at this very difficult time.")
    first = _seg("A council worker died after a fall at the Linmoor depot on Monday.\n\n"
                 f"In a statement, the council said:\n\n{statement}\n\nThe Health and Safety Executive is "
                 "investigating.", "first")
    second = _seg("A council worker has died after a fall at a depot in Linmoor.\n\n"
                  f"The council said: \"{statement}\"\n\nThe depot was closed on Tuesday.", "second")
    pairs = [("We are deeply saddened", "The council said")]
    assert speakers_text_quoted(first, second, _matched(first, second, *pairs)).words == 0


def test_a_paragraph_opening_with_a_reversed_high_mark_is_quoted_and_taken_from_neither_report():
    """Some papers open a quotation with the reversed high mark (‟) and, when it runs over paragraphs, close only the
    last: a paragraph opening with one quotes the speaker, as one opening with “ does."""
    statement = ("We are deeply saddened by the loss of one of our most dedicated colleagues and our thoughts are "
                 "with his family at this very difficult time.")
    first = _seg("A council worker died after a fall at the Linmoor depot on Monday.\n\n"
                 f"The council's chief executive, Maria Ostrowska, said: “{statement}”\n\n"
                 "The Health and Safety Executive is investigating.", "first")
    second = _seg("A council worker has died after a fall at a depot in Linmoor.\n\n"
                  f"‟{statement}\n\n‟The depot will stay closed while the investigation goes on.”\n\n"
                  "The council's chief executive, Maria Ostrowska, paid tribute to him.", "second")
    pairs = [("The council's chief executive", "We are deeply saddened")]
    assert speakers_text_quoted(first, second, _matched(first, second, *pairs)).words == 0
