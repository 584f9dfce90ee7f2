"""Spin evidence: one-for-one swaps between aligned sentences, and the text-only spin score.

The original and hand-spun paragraphs below were written for these tests; the seeds are read from ../shared.
"""

from __future__ import annotations

import math
import re
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import need_shared
from unspun.config import DEFAULT_SETTINGS, SPIN_DEFAULT, SpinConfig
from unspun.ingest.segment import segment
from unspun.model import Alignment, Article, Segmented, SentenceMatch, Span
from unspun.pair.spin import (
    FLAGGED_FROM,
    SpinCounts,
    sentence_substitutions,
    spin_counts,
    spin_features,
    spin_score,
    spin_score_of,
    spin_shares,
    spin_unscored,
    substitution_rate,
    substitutions,
    swap_fluency,
    with_logits,
)

ORIGINAL = (
    "The city council said on Wednesday that it would close two libraries in the north of the town to save "
    "money. Local residents protested outside the town hall, and several members of the council voted "
    "against the plan. The leader of the council said the decision had been difficult but necessary, and "
    "promised that the buildings would be used for community groups. Campaigners said they would take the "
    "matter to court if the libraries were not reopened by the end of the year. Police said the protest was "
    "peaceful and no one was arrested."
)
# The same paragraph as a thesaurus spinner would leave it: rare formal stand-ins, broken collocations.
HAND_SPUN = (
    "The metropolis chamber expressed on Wednesday that it would shutter two repositories in the septentrion "
    "of the township to conserve currency. Indigenous inhabitants remonstrated beyond the township edifice, "
    "and numerous constituents of the chamber balloted contrary to the scheme. The frontrunner of the "
    "chamber asserted the determination had been arduous yet requisite, and pledged that the edifices "
    "would be utilized for communal factions. Crusaders contended they would convey the affair to tribunal "
    "if the repositories were not reinstated by the termination of the annum. Constabulary asserted the "
    "remonstration was tranquil and nobody was apprehended."
)


def one_pair(a_sentence: str, b_sentence: str) -> tuple[Segmented, Segmented, list[Alignment]]:
    a, b = segment(Article("a", a_sentence)), segment(Article("b", b_sentence))
    matches = tuple(
        SentenceMatch(k, k, 0.9, 0.5, 0.7) for k in range(min(len(a.sentences), len(b.sentences)))
    )
    return a, b, [Alignment(Span(0, len(a_sentence)), Span(0, len(b_sentence)), 0.7, "spun", matches)]


def swapped_words(a_text: str, b_text: str) -> list[tuple[str, str]]:
    a, b, alignments = one_pair(a_text, b_text)
    return [(s.a.text_of(a_text), s.b.text_of(b_text)) for s in substitutions(a, b, alignments)]


# --- substitutions ----------------------------------------------------------------------------------


def test_one_for_one_swaps_between_kept_words_are_found():
    assert swapped_words(
        "Belarus allowed Russian troops to use its soil to launch the invasion in February.",
        "Belarus allowed Russian fighters to use its dirt to start the attack in February.",
    ) == [("troops", "fighters"), ("soil", "dirt"), ("launch", "start"), ("invasion", "attack")]


def test_short_phrase_swaps_count_but_restructured_text_does_not():
    assert swapped_words(
        "The talks between the two unions are at the moment stalled over pay.",
        "The talks between the two unions are presently stalled over pay.",
    ) == [("at the moment", "presently")]
    assert (
        swapped_words(
            "Officials said the bridge would reopen once engineers had checked every cable.",
            "Once every cable has been inspected by engineering teams, the crossing is expected to reopen.",
        )
        == []
    )


def test_changed_numbers_are_facts_not_synonym_swaps():
    assert swapped_words("Rents rose 4 percent in Hull.", "Rents rose 6 percent in Hull.") == []


def test_substitution_rate_counts_swapped_words_on_both_sides():
    a, b, alignments = one_pair(
        "The troops crossed the river at dawn.", "The fighters crossed the stream at dawn."
    )
    # 2 swapped words of 7 on each side
    assert substitution_rate(a, b, alignments) == 4 / 14


def test_changed_words_count_every_edit_and_a_spinners_are_replaced_word_for_word():
    from unspun.pair.spin import swap_evidence

    spun = swap_evidence(*one_pair("The troops crossed the river at dawn.", "The fighters crossed the stream at dawn."))
    assert spun.changed == spun.replaced == spun.rate == 4 / 14
    # a spinner's adjacent swaps are one replacement as long on both sides: word for word, though no short swap
    run = swap_evidence(*one_pair("The ice thinned sharply during an unusually hot summer, officials said.",
                                  "The ice diminished pointedly amid a strangely blistering summer, officials said."))
    assert run.rate == 0.0 and run.replaced == run.changed > 0.4
    # a person's rewording: one swap ("river" → "stream") among words added, dropped and rephrased
    reworded = swap_evidence(*one_pair("The troops crossed the river at dawn.",
                                       "At first light the soldiers waded over the stream."))
    assert reworded.changed > 0.6 and reworded.replaced < 0.6 * reworded.changed


def test_verbatim_copy_has_no_substitutions():
    a, b, alignments = one_pair(ORIGINAL, ORIGINAL)
    assert substitutions(a, b, alignments) == ()
    assert substitution_rate(a, b, alignments) == 0.0
    assert substitution_rate(a, b, []) == 0.0


# --- spin from the text alone -----------------------------------------------------------------------


def test_hand_spun_paragraph_reads_as_spun_and_the_original_does_not():
    original, spun = spin_score(segment(Article("o", ORIGINAL))), spin_score(segment(Article("s", HAND_SPUN)))
    assert original < 0.5 < spun


def test_features_are_named_and_point_the_same_way_as_the_score():
    plain, spun = (
        spin_features(segment(Article("o", ORIGINAL))),
        spin_features(segment(Article("s", HAND_SPUN))),
    )
    assert set(plain) == {"rare_words", "odd_collocations", "weak_collocations", "wrong_articles"}
    assert 0.0 <= plain["rare_words"] <= 1.0 and 0.0 <= plain["odd_collocations"] <= 1.0
    assert spun["rare_words"] > plain["rare_words"]
    assert spun["weak_collocations"] > plain["weak_collocations"]


# A short explainer that names its subject once, then the same with the subject's term repeated where the
# first says "it": a writer's subject term, however often it recurs, is one choice, not a spinner's swaps.
CALDERA_ONCE = (
    "The caldera at Mount Ashvale formed about 40,000 years ago, when the volcano emptied its magma chamber in one "
    "large eruption and the summit collapsed into the space below. Today it holds a lake four kilometres across. "
    "Its floor has risen by half a metre since 2019, and geologists are watching it with satellite radar. They say "
    "it is not yet showing a sign that an eruption is coming."
)
CALDERA_REPEATED = (
    "The caldera at Mount Ashvale formed about 40,000 years ago, when the volcano emptied its magma chamber in one "
    "large eruption and the summit collapsed into the space below. Today the caldera holds a lake four kilometres "
    "across. The caldera floor has risen by half a metre since 2019, and geologists are watching the caldera with "
    "satellite radar. They say the caldera is not yet showing a sign that an eruption is coming."
)


def test_a_subject_term_repeated_does_not_make_a_text_read_as_spun():
    once, repeated = (spin_score(segment(Article(k, t))) for k, t in (("1", CALDERA_ONCE), ("r", CALDERA_REPEATED)))
    assert repeated <= once + 0.02
    assert spin_counts(segment(Article("r", CALDERA_REPEATED))).rare_words == \
        spin_counts(segment(Article("1", CALDERA_ONCE))).rare_words


def test_a_short_fragment_needs_stronger_evidence_than_a_whole_text():
    # The spun paragraph's first two sentences (39 words) have the same kind of swaps as the whole, but a share of
    # so few words swings by chance: alone they are not enough to call the text spun; the paragraph is.
    fragment = ". ".join(HAND_SPUN.split(". ")[:2]) + "."
    assert spin_score(segment(Article("f", fragment))) < 0.5 < spin_score(segment(Article("s", HAND_SPUN)))


def test_features_of_a_text_with_no_words_are_the_genuine_priors():
    from unspun.config import SPIN_DEFAULT

    shares = spin_shares(SpinCounts(0, 0, 0, 0, 0, 0.0))
    assert shares == {"rare_words": SPIN_DEFAULT.prior_rare_words,
                      "odd_collocations": SPIN_DEFAULT.prior_odd_collocations,
                      "weak_collocations": SPIN_DEFAULT.prior_weak_collocations,
                      "wrong_articles": SPIN_DEFAULT.prior_wrong_articles}


# A ferry report, and the same report lightly spun: four plain words swapped one for one ("inshore" → "coastal",
# "investigation" → "inquiry"), each swap leaving the article that was written for the word before it. Its
# vocabulary is no rarer than the original's: only the articles give the swaps away.
FERRY = (
    "A ferry carrying 200 passengers ran aground on a sandbank off the east coast on Sunday morning, the "
    "coastguard said. An inshore lifeboat and a helicopter were sent to the scene, and all passengers were "
    "taken off by early afternoon. The operator said the ship had lost power in an engine room fire shortly "
    "after leaving port. A spokesman said an investigation had begun and that the crew had followed an "
    "emergency plan. Two passengers were treated for minor injuries at a local hospital. The company said "
    "it would offer a full refund and an apology to everyone on board, and that a replacement ship would run "
    "on the route from Tuesday."
)
FERRY_SPUN = (
    "A ferry carrying 200 passengers ran aground on a sandbank off the east coast on Sunday morning, the "
    "coastguard said. An coastal lifeboat and a helicopter were sent to the scene, and all passengers were "
    "taken off by early afternoon. The operator said the ship had lost power in an locomotive room fire "
    "shortly after leaving port. A spokesman said an inquiry had begun and that the crew had followed a "
    "exigency plan. Two passengers were treated for minor injuries at a area hospital. The company said it "
    "would offer a full refund and an apology to everyone on board, and that a replacement ship would run "
    "on the route from Tuesday."
)


def test_articles_left_before_swapped_words_make_a_light_spin_read_as_spun():
    original, spun = (segment(Article(k, t)) for k, t in (("o", FERRY), ("s", FERRY_SPUN)))
    assert (spin_counts(original).articles, spin_counts(original).wrong_articles) == (12, 0)
    assert (spin_counts(spun).articles, spin_counts(spun).wrong_articles) == (12, 4)
    assert spin_score(original) < 0.1 and spin_score(spun) >= 0.5


def test_one_slip_of_the_article_does_not_make_a_genuine_brief_read_as_spun():
    # A writer's typo ("a emergency") is one piece of evidence in a dozen uses of an article, not a pattern.
    slip = segment(Article("t", FERRY.replace("an emergency", "a emergency")))
    assert spin_counts(slip).wrong_articles == 1
    assert spin_score(slip) < 0.5


def test_articles_before_words_whose_first_letter_misleads_are_not_wrong():
    text = ("An hour before the vote, a European official called it a unique chance and a one-off deal. An honest "
            "answer, a union leader said, was a useful start. People with Type A blood were asked to give a unit "
            "each.")
    counts = spin_counts(segment(Article("e", text)))
    # six read: hour, unique, honest, union, useful, unit ("European" and "one-off" are no plain lower-case words;
    # "Type A" is a letter, not the article)
    assert (counts.articles, counts.wrong_articles) == (6, 0)


# A council brief whose articles are all right by careful house styles: "a historic" (the h sounded, as most
# write it) and "an unidentified", "an uninsured", "an unannounced" (the negative prefix un- reads "un", not
# the "yoo" of "a unique" or "a union").
TOWN_BRIEF = (
    "The restored market hall in Eastbury reopened on Saturday after three years of work. It is a historic day "
    "for the town, the mayor said. Police said an unidentified man had damaged the old wall in March, and an "
    "uninsured van had hit the gate a week later. The council paid for the repairs after an unannounced visit "
    "by inspectors found a unanimous view among traders that the hall should open before the summer. Stalls "
    "will open on Tuesdays and Saturdays."
)


def test_historic_and_negative_un_words_take_either_fitting_article():
    counts = spin_counts(segment(Article("t", TOWN_BRIEF)))
    # read: unidentified, uninsured, week, unannounced, unanimous ("historic" takes either article)
    assert (counts.articles, counts.wrong_articles) == (5, 0)
    assert spin_score(segment(Article("t", TOWN_BRIEF))) < 0.5


def test_the_a_of_another_language_is_no_english_article():
    portuguese = ("A empresa anunciou ontem a abertura de uma nova fábrica no norte do país. Segundo o diretor, a "
                  "obra deve começar em maio e a produção no fim do ano que vem. A câmara municipal disse que a "
                  "estrada de acesso será alargada antes da inauguração.")
    spanish = ("El gobierno va a anunciar mañana las nuevas medidas. El ministro dijo a los periodistas que no "
               "piensa volver a subir los impuestos y que a ellos les tocará explicar por qué el país llegó a "
               "una crisis tan grave.")
    before = replace(SPIN_DEFAULT, min_english_share=0.0)  # a store's tree from before sentences were read alone
    for text in (portuguese, spanish):
        for config in (SPIN_DEFAULT, before):
            counts = spin_counts(segment(Article("l", text)), config)
            assert (counts.articles, counts.wrong_articles) == (0, 0)
    assert spin_counts(segment(Article("e", TOWN_BRIEF))).articles == 5  # an English text is read as before


LANGUAGES = Path(__file__).parent / "fixtures" / "spin_languages"


def _fixture_score(path: Path, config: SpinConfig = SPIN_DEFAULT) -> float | None:
    return spin_score(segment(Article(path.stem, path.read_text(encoding="utf-8"))), config)


def test_a_text_in_another_language_has_no_spin_score():
    # German, Spanish, Portuguese, French and Indonesian news, briefs and reports (written for the project): English
    # word statistics call their ordinary words rare, and read alone the reports scored 0.51–0.72 (spun).
    others = sorted(p for p in LANGUAGES.glob("*.txt") if not p.name.startswith(("en_", "mixed_")))
    assert {p.name[:2] for p in others} == {"de", "es", "pt", "fr", "id"}
    for path in others:
        seg = segment(Article(path.stem, path.read_text(encoding="utf-8")))
        assert spin_score(seg) is None, path.name
        assert spin_unscored(spin_counts(seg)) == "not English prose"
    # a tree saved before this (``ADDED_SETTINGS``) keeps scoring them, as its stored scores were made
    before = replace(SPIN_DEFAULT, min_english_share=0.0)
    assert all(_fixture_score(p, before) is not None for p in others)


def test_pidgin_and_patois_news_have_no_spin_score_and_informal_english_has_one():
    # each sentence alone reads as English (common words, "for", "and"); the text's short words say it is not:
    # read as English the patois reports scored 0.63 and 0.66 (spun)
    folder = Path(__file__).parent / "fixtures" / "pidgin_english"
    for path in sorted(folder.glob("*.txt")):
        score = _fixture_score(path)
        assert (score is None) is path.name.startswith(("pidgin_", "patois_", "scots_broad")), path.name


def test_an_english_notice_does_not_make_a_page_in_another_language_scored():
    # an archive's English notice above a German report: the page is mostly German, and not scored
    page = LANGUAGES / "de_page_with_english_notice.txt"
    counts = spin_counts(segment(Article("p", page.read_text(encoding="utf-8"))))
    assert 0 < counts.sentence_words < counts.foreign_words
    assert _fixture_score(page) is None


GENUINE = Path(__file__).parent / "fixtures" / "spin_genuine"


# Genuine fixtures the score still accuses (0.85 each, RESULTS 2026-12-05 spinfpr3): a writer's rare vocabulary (church
# architecture, a saltmarsh's birds and plants), the cause issue 10 leaves open. Listed, not asserted: a change that
# clears them shows in ``bench.spin_check``'s genuine fixtures.
RARE_VOCABULARY_LEFT = frozenset(("nature_note", "opinion_cathedral"))


def test_genuine_texts_in_registers_far_from_news_read_as_genuine():
    # release notes, a tenancy clause, a medicine leaflet, results, non-native reports, a recipe, wire and market
    # briefs, a press release, a court report, a weather warning, an obituary: all English, none spun
    paths = sorted(p for p in GENUINE.glob("*.txt") if "spun" not in p.stem)
    assert len(paths) == 21
    for path in paths:
        score = _fixture_score(path)
        assert score is not None, path.name
        assert path.stem in RARE_VOCABULARY_LEFT or score < 0.5, path.name


OPERATING = Path(__file__).parent / "fixtures" / "spin_operating"
BIAS_BEFORE_SPIN48 = -25.28  # the operating point before the worst source and length set it


def test_a_sailing_club_race_report_flagged_before_is_under_the_operating_point():
    # A club's race report (written for spin48, truth first): its jargon ("gybe", "planing", "pintle", "hounds") is
    # a writer's rare words. The mean-over-sources point flagged it; the worst-cell point does not.
    report = OPERATING / "sailing.txt"
    assert (_fixture_score(report, replace(SPIN_DEFAULT, bias=BIAS_BEFORE_SPIN48)) or 0.0) >= FLAGGED_FROM
    assert (_fixture_score(report) or 1.0) < FLAGGED_FROM


def test_genuine_notes_in_registers_of_rare_words_are_under_the_operating_point():
    # an auction report, a race report, a field trip, a bee-keepers' notice, a peal, a cheese counter's note
    paths = sorted(OPERATING.glob("*.txt"))
    assert len(paths) == 6
    for path in paths:
        assert (_fixture_score(path) or 1.0) < FLAGGED_FROM, path.name


def test_a_score_moved_along_its_log_odds_and_back_is_the_same_score():
    assert with_logits(0.5, math.log(3.0)) == pytest.approx(0.75)
    assert with_logits(with_logits(0.3, 1.168), -1.168) == pytest.approx(0.3)
    assert with_logits(0.2, 0.0) == 0.2
    assert with_logits(0.0, 2.0) == 0.0 and with_logits(1.0, -2.0) == 1.0  # no words to judge; a clamped logit


def test_the_judge_reads_a_score_as_it_read_it_before_the_operating_point_moved():
    # The pair reading's thresholds were set on the score before spin48; read back by ``spin_reading_logits`` a
    # text's score is the one the old bias gave, for a genuine paragraph and its hand-spun copy alike.
    before = replace(SPIN_DEFAULT, bias=BIAS_BEFORE_SPIN48)
    assert DEFAULT_SETTINGS.spin.bias + DEFAULT_SETTINGS.pair.spin_reading_logits == pytest.approx(BIAS_BEFORE_SPIN48)
    for text in (ORIGINAL, HAND_SPUN):
        counts = spin_counts(segment(Article("t", text)))
        now, then = spin_score_of(counts), spin_score_of(counts, before)
        assert now is not None and then is not None and now < then
        assert with_logits(now, DEFAULT_SETTINGS.pair.spin_reading_logits) == pytest.approx(then, abs=1e-12)


def test_a_genuine_brief_with_one_rare_word_is_not_read_as_spun():
    # A police appeal naming a stolen "thurible" (Zipf 1.3) twice among plain words: one choice of the writer.
    brief = segment(Article("b", (GENUINE / "church_theft_brief.txt").read_text(encoding="utf-8")))
    assert spin_counts(brief).rare_words >= 1
    assert spin_score(brief) < 0.3


def test_a_non_native_brief_with_one_article_slip_reads_as_genuine():
    # "with an bank card": one slip among its articles, in plain careful prose
    brief = segment(Article("b", (GENUINE / "nonnative_press_release.txt").read_text(encoding="utf-8")))
    assert spin_counts(brief).wrong_articles == 1
    assert spin_score(brief) < 0.5


def test_hand_spun_briefs_read_as_more_spun_than_their_originals():
    # Four briefs spun by hand as a spinner would ("Kremlin spokesperson" → "Kremlin representative", "said" →
    # "expressed", "workers" → "labourers"): each copy reads as more spun than its original. The court report's, with
    # a synonym in most sentences, was flagged alone before spin48 moved the operating point (0.61); now it is not
    # (0.33, a cost reported with the point: a short spin no longer accused alone), and still reads well above its
    # original, which the pair reading weighs.
    for name in ("wire_kremlin_brief", "press_release_library", "rugby_result", "court_brief"):
        original, spun = (_fixture_score(GENUINE / f"{stem}.txt") for stem in (name, f"{name}_spun"))
        assert original is not None and spun is not None and original < 0.5, name
        assert spun > original, name
    court = GENUINE / "court_brief_spun.txt"
    assert (_fixture_score(court, replace(SPIN_DEFAULT, bias=BIAS_BEFORE_SPIN48)) or 0.0) >= FLAGGED_FROM
    assert (_fixture_score(court) or 0.0) > 3 * (_fixture_score(GENUINE / "court_brief.txt") or 1.0)


def test_an_ingredient_list_and_a_results_table_are_not_read_as_english_prose():
    # The recipe's ingredient line (rare food words, no function words) is left out of the counts; a table of
    # results alone has almost no lower-case words and is scored (0: nothing to read), not called "not English prose".
    recipe = spin_counts(segment(Article("r", (GENUINE / "recipe.txt").read_text(encoding="utf-8"))))
    assert recipe.foreign_words >= 30 and spin_unscored(recipe) is None
    table = ("Women's 800m: 1. Amara Osei (Harbourside AC) 2:06.41; 2. Freya Lindqvist (Westfield Harriers) 2:07.02.\n"
             "Men's 5000m: 1. Daniel Kiprop (Vale Runners) 14:21.9; 2. Marek Novak (unattached) 14:44.0.")
    assert spin_score(segment(Article("t", table))) is not None


def test_an_english_report_quoting_another_language_is_scored_without_the_quote():
    for name, quoted in (("en_quotes", True), ("en_mixed_paragraph", True), ("en_names", False)):
        seg = segment(Article(name, (LANGUAGES / f"{name}.txt").read_text(encoding="utf-8")))
        counts = spin_counts(seg)
        assert (counts.foreign_words > 0) == quoted, name  # a German name or place leaves its sentence English
        score = spin_score(seg)
        assert score is not None and score < 0.5, name
    # the Spanish quote's words are not read as rare English words
    quotes = spin_counts(segment(Article("q", (LANGUAGES / "en_quotes.txt").read_text(encoding="utf-8"))))
    read_all = spin_counts(segment(Article("q", (LANGUAGES / "en_quotes.txt").read_text(encoding="utf-8"))),
                           replace(SPIN_DEFAULT, min_english_share=0.0))
    assert quotes.rare_words < read_all.rare_words


def test_a_page_in_another_language_quoting_english_is_read_on_its_english_quotes_alone():
    # A German blog post whose English quotations hold most of its words (written for the project after a held-out
    # web page): its German lead-ins ("An dessen Ende steht eine einfache Frage: “What would …”") were read as English
    # with the quote, their words as rare English words and their "An dessen" as an article slip: 0.53, spun.
    blog = LANGUAGES / "mixed_de_en_blog.txt"
    counts = spin_counts(segment(Article("b", blog.read_text(encoding="utf-8"))))
    assert counts.sentence_words > counts.foreign_words > 0  # scored, on its English quotations
    assert counts.wrong_articles == 0
    score = _fixture_score(blog)
    assert score is not None and score < 0.2
    # a tree saved before (``ADDED_SETTINGS``: each sentence read whole) keeps its score
    whole = replace(DEFAULT_SETTINGS.text, english_part_min_words=0)
    before = spin_counts(segment(Article("b", blog.read_text(encoding="utf-8"))), SPIN_DEFAULT, whole)
    assert before.wrong_articles == 1 and spin_score_of(before, replace(SPIN_DEFAULT, bias=BIAS_BEFORE_SPIN48)) > 0.5


def test_an_english_report_reads_around_a_long_quotation_in_another_language():
    # « Nous ne demandons pas l'aumône, … » inside an English sentence: its French words are no English word choice.
    report = (LANGUAGES / "en_report_quoting_french.txt").read_text(encoding="utf-8")
    counts = spin_counts(segment(Article("r", report)))
    whole = replace(DEFAULT_SETTINGS.text, english_part_min_words=0)
    before = spin_counts(segment(Article("r", report)), SPIN_DEFAULT, whole)
    # Read whole, one quoting sentence was French (its English words lost) and the other English (its French words
    # read as rare English ones); read apart, each quotation is French and the words around them English.
    assert counts.rare_words < before.rare_words
    assert counts.sentence_words > before.sentence_words
    assert counts.foreign_words >= 15


def test_text_without_words_scores_zero():
    assert spin_score(segment(Article("e", "— … —"))) == 0.0


def _seed_body(name: str) -> str:
    # Crude chrome removal for a test: the extractor owns this in the product.
    text = (need_shared("seeds") / name).read_text(encoding="utf-8")
    text = text.split("source: commonspace")[0]
    chrome = {"Subscribe Us", "header ads", "Post a Comment", "1px transparent line"}
    return "\n".join(line for line in text.splitlines() if line.strip() not in chrome)


def test_seed_spun_copy_scores_clearly_above_the_summary():
    summary = spin_score(segment(Article("000", _seed_body("000_43609836e1b9b3c0.txt"))))
    spun = spin_score(segment(Article("001", _seed_body("001_0606f60f08f8ff19.txt"))))
    # On the calibrated scale (0.5 = flagged, ≤ 2% of genuine texts per source and length): the summary reads as
    # genuine, and the gap as the judge reads it (``spin_reading_logits``) is enough for the spin clue of direction.
    # The spun seed is not flagged alone (0.06; 0.19 before spin48 moved the point): only 4 of 200 held-out BBC
    # articles score as high.
    assert summary < 0.1
    logits, pair = DEFAULT_SETTINGS.pair.spin_reading_logits, DEFAULT_SETTINGS.pair
    assert with_logits(spun, logits) - with_logits(summary, logits) >= pair.direction_min_spin_gap


def test_spin_score_is_fast_on_an_800_word_article():
    text = " ".join((ORIGINAL + " " + HAND_SPUN).split() * 8)
    article = segment(Article("long", " ".join(text.split()[:800])))
    spin_score(article)  # loads the word lists once
    best = min(_seconds(lambda: spin_score(article)) for _ in range(5))
    assert best < 0.030


def _seconds(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


# --- properties -------------------------------------------------------------------------------------

WORDS = [
    "the",
    "troops",
    "fighters",
    "soil",
    "dirt",
    "used",
    "its",
    "to",
    "launch",
    "start",
    "attack",
    "12",
    "15",
    "Ned",
    "Price",
    "Cost",
    ",",
    ".",
    "didn't",
    "for",
    "first",
    "time",
    "without",
    "precedent",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=20),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=20),
    st.text(alphabet=" \n", max_size=3),
)
def test_every_substitution_span_is_non_empty_and_inside_its_text(words_a, words_b, pad):
    a_text, b_text = pad + " ".join(words_a), " ".join(words_b) + pad
    for swap in sentence_substitutions(a_text, Span(0, len(a_text)), b_text, Span(0, len(b_text))):
        assert 0 <= swap.a.start < swap.a.end <= len(a_text)
        assert 0 <= swap.b.start < swap.b.end <= len(b_text)
        assert swap.a.text_of(a_text).strip() and swap.b.text_of(b_text).strip()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=60))
def test_spin_score_is_a_probability_or_not_given_with_its_reason(words):
    seg = segment(Article("p", " ".join(words)))
    score = spin_score(seg)
    assert (score is None) == (spin_unscored(spin_counts(seg)) == "not English prose")
    assert score is None or 0.0 <= score <= 1.0


def test_the_side_whose_swapped_words_join_their_neighbours_worse_reads_as_the_copy():
    original = ('"We hope we can resume the repayments at least from 2007," the finance minister told '
                "reporters. The talks will continue next week.")
    edited = ('"We expectation we can restart the repayments at least from 2007," the finance minister told '
              "reporters. The talks will continue next week.")
    a, b = segment(Article("a", original)), segment(Article("b", edited))
    whole_a, whole_b = Span(0, len(original)), Span(0, len(edited))
    swaps = sentence_substitutions(original, whole_a, edited, whole_b)
    gap, count = swap_fluency(a, b, swaps)
    assert count == 2 and gap > 0.5  # "we hope", "to resume" are common pairs; "we expectation" is not
    back, _ = swap_fluency(b, a, sentence_substitutions(edited, whole_b, original, whole_a))
    assert back == -gap


def test_swap_evidence_in_one_pass_is_what_the_swaps_give() -> None:
    """``swap_evidence`` (what a comparison's judge reads) must equal ``substitution_rate``, ``swap_rarity``,
    ``swap_fluency`` and the capitalised swaps of the pair's ``substitutions``, to the last bit: here on the
    fixtures' spun copy against its original, both ways, with swaps near sentence edges (where the words around a
    swap are read across the sentence's end) and a passage overlapping its sentence matches."""
    from pathlib import Path

    from unspun.pair.engine import PairEngine
    from unspun.pair.spin import SwapEvidence, swap_evidence, swap_rarity

    corpus = Path(__file__).resolve().parent / "fixtures" / "corpus"
    original, spun = ((corpus / name).read_text() for name in ("harbour_original.txt", "harbour_spun.txt"))
    engine = PairEngine(precise=False)
    cases = [(original, spun), (spun, original), (ORIGINAL, HAND_SPUN),
             ("Ned Price said the Yenin talks failed. " + ORIGINAL,
              "Ned Cost said the Yemen talks failed. " + ORIGINAL)]
    measured = named = 0
    for a_text, b_text in cases:
        comparison = engine.compare_articles(Article("a", a_text), Article("b", b_text))
        a, b, alignments = comparison.a, comparison.b, list(comparison.alignments)
        alignments.append(Alignment(Span(0, len(a_text)), Span(0, len(b_text)), 0.7, "spun", ()))
        swaps = substitutions(a, b, alignments)
        names = tuple((x, y) for s in swaps if (x := s.a.text_of(a_text)).isalpha() and (y := s.b.text_of(b_text))
                      .isalpha() and x[0].isupper() and y[0].isupper())
        found = swap_evidence(a, b, alignments)
        expected = SwapEvidence(substitution_rate(a, b, alignments, swaps), found.changed, found.replaced,
                                found.grammar, found.grammar_added, swap_rarity(a, b, swaps),
                                swap_fluency(a, b, swaps), names, found.edits,
                                found.rarer_sides, found.kept_terms, found.thesaurus_picks, found.grammar_quotes,
                                found.in_place_fluency, found.in_place_whole_sentences)
        assert found == expected
        measured += expected.fluency[1]
        named += len(names)
    assert measured >= 20 and named >= 1


def test_a_spin_confined_to_the_lede_is_one_sentence_wholly_swapped() -> None:
    # review of lede49 (reviewD lt_src/lt_spin): a spinner's swaps in the lede alone gave no direction
    from unspun.pair.engine import PairEngine
    from unspun.pair.spin import swap_evidence

    rest = ("\n\nFirefighters were called to the shop on Hilltown at about 3.15am and found the ground floor well "
            "alight.\n\nPolice Scotland said the man was due to appear at Dundee Sheriff Court on Monday.")
    source = "A 34-year-old man has been charged after a fire at a newsagent's shop in Dundee early on Sunday." + rest
    spun = ("A 34-year-old man has been charged following a blaze at a newsagent's store in Dundee early on "
            "Sunday." + rest)
    recast = "Police have charged a man of 34 after fire swept through a newsagent's shop in Dundee on Sunday." + rest
    engine = PairEngine(precise=False)
    for other, whole in ((spun, 1), (recast, 0)):
        comparison = engine.compare_articles(Article("a", source), Article("b", other))
        found = swap_evidence(comparison.a, comparison.b, list(comparison.alignments))
        assert found.in_place_whole_sentences == whole, (other[:40], found)


def test_the_word_touching_a_swap_is_the_tokenizer_s_edge_word() -> None:
    from unspun.pair.spin import _word_touching
    from unspun.text.tokens import word_tokens

    def by_tokens(text: str, last: bool) -> str | None:
        tokens = word_tokens(text)
        if not tokens:
            return None
        edge = tokens[-1] if last else tokens[0]
        between = text[edge.end :] if last else text[: edge.start]
        return None if between.strip() else edge.text.lower()

    contexts = ["the Kremlin’s spokesman Dmitry ", " Peskov said the claims were", "cost £2.5bn ", " 15% more,",
                "told reporters: \"", "\" he said.", "", "   ", "(BBC) ", " didn't hold", "İstanbul's Straße "]
    for text in contexts:
        for last in (True, False):
            assert _word_touching(text, last) == by_tokens(text, last), (text, last)
    assert _word_touching("the Kremlin's spokesman ", last=True) == "spokesman"
    assert _word_touching(" said on Tuesday", last=False) == "said"
    assert _word_touching("reporters: ", last=True) is None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*"ab1,.'’ \t\n\u00a0\u2003-_%é\"mI", "bn", "st", "12"]), max_size=24).map("".join))
def test_the_word_touching_a_swap_reads_only_the_run_beside_it_and_finds_the_same_word(text: str) -> None:
    # ``_word_touching`` tokenises only the run of text after the last (before the first) white space: the same
    # edge word as tokenising the whole context, with numbers, apostrophes and white space of every kind.
    from unspun.pair.spin import _word_touching
    from unspun.text.tokens import word_tokens

    for last in (True, False):
        tokens = word_tokens(text)
        edge = (tokens[-1] if last else tokens[0]) if tokens else None
        between = "" if edge is None else text[edge.end :] if last else text[: edge.start]
        expected = None if edge is None or between.strip() else edge.text.lower()
        assert _word_touching(text, last) == expected


def test_a_spinners_swap_of_a_sentences_opening_word_counts_though_capitalised() -> None:
    # "Experts" → "Specialists" opens its sentence: a word, not one person's name for another's.
    from unspun.pair.engine import PairEngine

    a = "Experts warned the plan would fail. Residents said the water was dirty. Critics called the decision reckless."
    b = ("Specialists warned the plan would fail. Inhabitants said the water was dirty. Pundits called the decision "
         "reckless.")
    c = PairEngine(precise=False).compare_articles(Article("a", a), Article("b", b))
    assert substitution_rate(c.a, c.b, c.alignments) > 0.15


def test_a_persons_grammatical_swaps_say_nothing_of_which_side_is_rarer() -> None:
    # A person rewriting a road-safety story in plainer words changes a word's number; a thesaurus does not. That
    # swap is left out of the rarity and fluency reads, and the word the writer chose ("crime" for "criminal
    # offence") stays.
    original = ("Until now, pedestrians waiting at a junction had to give way to turning traffic. Opening car doors "
                "into the path of a cyclist is a criminal offence under the new rules.")
    plainer = ("Before, they waiting at a junction had to give way to turning traffic. Opening car door "
               "into the path of a cyclist is a crime under the new rules.")
    a, b = segment(Article("a", original)), segment(Article("b", plainer))
    swaps = sentence_substitutions(original, Span(0, len(original)), plainer, Span(0, len(plainer)))
    assert {(s.a.text_of(original), s.b.text_of(plainer)) for s in swaps} >= {("doors", "door"),
                                                                                  ("criminal offence", "crime")}
    from unspun.pair.spin import swap_rarity

    assert swap_rarity(a, b, swaps)[1] == 2 and swap_fluency(a, b, swaps)[1] == 1  # all but "doors" → "door"


@pytest.mark.parametrize(("x", "y", "grammatical"), [
    ("doors", "door", True), ("cities", "city", True), ("offences", "offence", True), ("to it", "thereto", False),
    ("boxes", "box", True), ("said", "expressed", False), ("because", "since", False),
    ("criminal offence", "crime", False), ("soil", "dirt", False),
])
def test_grammatical_swaps_are_pronouns_for_nouns_and_changes_of_number(x: str, y: str, grammatical: bool) -> None:
    from unspun.pair.spin import _grammatical_swap

    assert _grammatical_swap(x, y) is grammatical and _grammatical_swap(y, x) is grammatical


def test_the_grammar_share_counts_the_changed_words_a_spinner_leaves_alone() -> None:
    # a person revising changes prepositions, connectives and tenses ("such as" → "like", "passed" → "had passed");
    # a spinner swaps content words, and its "said" → "stated" is one of them
    from unspun.config import TEXT_DEFAULT
    from unspun.pair.spin import _edited_words

    source = "Doctors believed that diseases such as cholera were spread by foul air, and Parliament passed a bill."
    person = "Doctors thought that diseases like cholera were carried by foul air, so Parliament had passed a bill."
    spinner = ("Physicians believed that illnesses such as cholera were spread by rotten air, "
               "and Parliament passed a bill.")
    _, changed, _, grammar, _, _, _ = _edited_words(source, person, TEXT_DEFAULT)
    assert grammar / changed >= 0.3  # "such", "as", "had"; "and" → "so" is one for one
    _, changed, _, grammar, _, _, _ = _edited_words(source, spinner, TEXT_DEFAULT)
    assert grammar == 0
    _, changed, _, grammar, _, _, _ = _edited_words("The minister said the talks failed.",
                                                    "The minister stated the talks failed.", TEXT_DEFAULT)
    assert changed == 2 and grammar == 0


def test_one_for_one_swaps_of_connectives_are_no_grammar_a_person_changed() -> None:
    # review of leftov: a spinner's "because" → "since", "however" → "nonetheless", "during" → "amid", "many" →
    # "numerous", "very" → "extremely" replace one word with one; a person's "such as" → "like" and "passed" → "had
    # passed" add or drop words around the edit
    from unspun.config import TEXT_DEFAULT
    from unspun.pair.spin import _edited_words

    source = ("Many swimmers came during the summer, however numbers fell because the heating failed and it was very "
              "cold.")
    spinner = ("Numerous swimmers came amid the summer, nonetheless numbers fell since the heating failed and it was "
               "extremely cold.")
    _, changed, replaced, grammar, _, _, _ = _edited_words(source, spinner, TEXT_DEFAULT)
    assert changed == replaced == 10 and grammar == 0
    _, changed, _, grammar, added, _, _ = _edited_words("Diseases such as cholera spread and Parliament passed a bill.",
                                                  "Diseases like cholera spread and Parliament had passed a bill.",
                                                  TEXT_DEFAULT)
    assert grammar == 3 and changed == 4  # "such", "as" and "had"; "like" is no function word
    assert added == 1  # "had" is added with nothing in its place; "such as" → "like" is a phrase said otherwise


def test_a_spinner_s_phrase_swaps_add_no_grammar_words_with_nothing_in_their_place() -> None:
    # probe44 C5: a thesaurus swaps a phrase in its place, longer or shorter ("more than" → "in excess of", "could
    # not" → "was unable to"), and those grammar words count as edits that add words; a person also inserts and drops
    # them on their own ("had", "according to" before a name moved to the front)
    from unspun.config import TEXT_DEFAULT
    from unspun.pair.spin import _edited_words

    source = "Crews could not reach the farm, and more than forty sheep were lost in the flood."
    spinner = "Crews were unable to reach the farm, and in excess of forty sheep were lost in the flood."
    person = "Crews had not been able to reach the farm, and more than forty sheep were lost in the flood, police said."
    _, _, _, grammar, added, _, _ = _edited_words(source, spinner, TEXT_DEFAULT)
    assert grammar >= 4 and added == 0
    _, _, _, grammar, added, _, _ = _edited_words(source, person, TEXT_DEFAULT)
    assert added >= 2


def test_british_spellings_read_no_rarer_than_their_american_form() -> None:
    # wordfreq's English list is mostly American: "neighbours" and "organise" read rarer than "neighbors" and
    # "organize" as written, so a US wire copy localised for a British paper read as more spun than its original
    us = ("Our neighbors helped organize the evacuation of the rehabilitation center. The favorite program of the "
          "center was canceled, and the neighbors traveled to the harbor to organize a new one.")
    uk = ("Our neighbours helped organise the evacuation of the rehabilitation centre. The favourite programme of the "
          "centre was cancelled, and the neighbours travelled to the harbour to organise a new one.")
    counts_us, counts_uk = (spin_counts(segment(Article(name, text))) for name, text in (("us", us), ("uk", uk)))
    assert counts_uk.rare_words <= counts_us.rare_words  # "canceled" (3.x) is the rarer spelling of the two
    assert counts_uk.odd_pairs <= counts_us.odd_pairs
    as_written = replace(SPIN_DEFAULT, american_spellings=False)
    assert spin_counts(segment(Article("uk", uk)), as_written).rare_words > counts_us.rare_words


def test_a_localisers_british_and_american_words_are_no_rarer_swaps() -> None:
    from unspun.pair.spin import _locale_swap

    assert _locale_swap("lorry", "truck") and _locale_swap("kerb", "curb") and _locale_swap("tyre", "tire")
    assert _locale_swap("whilst", "while") and _locale_swap("gas", "petrol") and _locale_swap("learnt", "learned")
    assert not _locale_swap("generous", "munificent") and not _locale_swap("lorry", "lorry")


_MIXED = (ORIGINAL + " “El gobierno anunció que la empresa cerrará dos bibliotecas en el norte de la ciudad.” "
          "An historic vote, a erstwhile ally. O governo anunciou a empresa no domingo para todos os moradores "
          "da cidade.")


@pytest.mark.parametrize(("text", "expected"), [
    (ORIGINAL, SpinCounts(39, 2, 10, 5, 80, 344.2955273282124, 0, 0, 88, 0)),
    (HAND_SPUN, SpinCounts(45, 26, 5, 5, 64, 278.2518159431604, 0, 0, 88, 0)),
    (_MIXED, SpinCounts(43, 3, 11, 6, 81, 348.89552732821244, 1, 1, 93, 26)),
])
def test_spin_counts_read_from_each_words_reading_are_those_read_word_by_word(text: str, expected: SpinCounts):
    # The counts main 500e362 gave, word by word, before each word's reading was remembered (``spin_word_reading``).
    assert spin_counts(segment(Article("x", text))) == expected


def test_a_words_spin_reading_weighs_uncapitalised_words_and_gives_plain_ones_their_frequency():
    from unspun.pair.spin import spin_word_reading
    from unspun.text.lexicon import zipf

    assert spin_word_reading("council") == (True, zipf("council"))
    assert spin_word_reading("Council") == (False, None)
    assert spin_word_reading("ciudad")[0] is True and spin_word_reading("2,000") == (False, None)
    assert spin_word_reading("xqzvw") == (True, 0.0)


def test_word_readings_follow_a_word_table_loaded_anew(monkeypatch) -> None:
    # review of session 36: each word's reading was remembered process-wide, so a table loaded anew in the process
    # (``lexicon.word_zipf_table`` cleared and read from another file) was never read for words met before
    from unspun.ingest.segment import segment
    from unspun.model import Article
    from unspun.pair.spin import spin_counts
    from unspun.text import lexicon
    from unspun.text.tokens import word_texts

    text = ("The harbour wall at Kelby was breached on Tuesday night.\n\n"
            "Fishermen said the harbour had not flooded like this in forty years.")
    seg = segment(Article("h", text))
    before = spin_counts(seg)
    real = lexicon.word_zipf_table()
    known = {w: real.get(w, 0.0) for w in map(str.lower, word_texts(text))}
    other = lexicon.Lexicon(lexicon.lexicon_bytes({**known, "harbour": 1.5}))  # "harbour" a rare word in this one
    monkeypatch.setattr(lexicon, "word_zipf_table", lambda: other)
    after = spin_counts(seg)
    assert after.rare_words == before.rare_words + 1 and after.words == before.words
    # a pair's swaps are read with the table of the moment too ("wall" → "barrier": "wall" rare in the other table)
    from unspun.pair.spin import sentence_substitutions, swap_rarity

    copy = segment(Article("c", text.replace("wall", "barrier")))
    a_span, b_span = seg.sentences[0], copy.sentences[0]
    swaps = sentence_substitutions(text, a_span, copy.article.text, b_span)
    assert [s.a.text_of(text) for s in swaps] == ["wall"]
    monkeypatch.undo()
    assert spin_counts(seg) == before
    plain = swap_rarity(seg, copy, swaps)
    known = {**known, "barrier": real.get("barrier", 0.0)}
    rare_wall = lexicon.Lexicon(lexicon.lexicon_bytes({**known, "wall": 1.0}))
    monkeypatch.setattr(lexicon, "word_zipf_table", lambda: rare_wall)
    assert swap_rarity(seg, copy, swaps)[0] < plain[0]


def test_swap_evidence_reads_the_terms_each_side_keeps_and_which_side_is_rarer():
    from unspun.pair.spin import swap_evidence

    original = ("Every knitter meets the ladder sooner or later. After you knit the first stitch on a new needle, "
                "give the yarn a firm tug. Some knitters shift the join along every few rounds. Then block your "
                "finished sock over a sock blocker.")
    spun = ("Every knitter meets the stepladder sooner or later. After you sew the first stitch on a new needle, "
            "give the yarn a firm pull. Some knitters shift the join along every few rounds. Then square your "
            "finished sock over a sock blocker.")
    evidence = swap_evidence(*one_pair(original, spun))
    # "knit" beside "knitter"/"knitters", "block" beside "blocker": the original's side keeps the craft's terms
    assert evidence.kept_terms == (2, 0)
    # "ladder" → "stepladder" makes the copy's side rarer, "tug" → "pull" the original's
    assert evidence.rarer_sides[0] >= 1 and evidence.rarer_sides[1] >= 1
    mirrored = swap_evidence(*one_pair(spun, original))
    assert mirrored.kept_terms == (0, 2) and mirrored.rarer_sides == evidence.rarer_sides[::-1]


def test_swap_evidence_counts_the_thesaurus_picks_each_spin_of_one_original_holds():
    from unspun.pair.spin import swap_evidence

    # two spins of one council notice: the light one put "marred" for "damaged", the heavy one "smote" for "struck"
    # and "remunerated" for "paid"; "hit" for "struck" puts the plain word on the spin's side (no pick), and a phrase
    # ("open anew") is no one-word pick
    light = ("The bridge was marred in the storms when a tree struck the central support. The work will be paid "
             "for from the flood fund, and the bridge should reopen in July.")
    heavy = ("The bridge was damaged in the storms when a tree smote the central support. The work will be "
             "remunerated for from the flood fund, and the bridge should open anew in July.")
    evidence = swap_evidence(*one_pair(light, heavy))
    assert evidence.thesaurus_picks == (1, 2)
    assert swap_evidence(*one_pair(heavy, light)).thesaurus_picks == (2, 1)
    original = light.replace("marred", "damaged")
    plainer = original.replace("struck", "hit")
    assert swap_evidence(*one_pair(original, plainer)).thesaurus_picks == (0, 0)


def test_a_person_s_grammar_recast_in_place_counts_as_a_person_s_edit() -> None:
    # review2 of rw44: a sub-editor's plain-English revision of a council release recasts the grammar in place
    # ("will be funded from" → "is to be paid from", "will remain" → "is to stay", "is completed" → "has been
    # completed"): grammar words added or dropped around as many other words each side, which a spinner's phrase
    # swap ("could not" → "was unable to") does not keep; the same either way round
    from unspun.config import TEXT_DEFAULT
    from unspun.pair.spin import _edited_words

    release = ("The repairs are anticipated to cost approximately £640,000, which will be funded from the council's "
               "reserves.")
    revised = "The repairs are likely to cost about £640,000, which is to be paid from the council's reserves."
    for x, y in ((release, revised), (revised, release)):
        assert _edited_words(x, y, TEXT_DEFAULT)[4] == 3  # "will" → "is to"
    chamber = "The council chamber will remain closed until the work is completed in September."
    plain = "The council chamber is to stay closed until the work has been completed in September."
    assert _edited_words(chamber, plain, TEXT_DEFAULT)[4] == _edited_words(plain, chamber, TEXT_DEFAULT)[4] == 6
    source = "Crews could not reach the farm, and more than forty sheep were lost in the flood."
    spinner = "Crews were unable to reach the farm, and in excess of forty sheep were lost in the flood."
    assert _edited_words(source, spinner, TEXT_DEFAULT)[4] == _edited_words(spinner, source, TEXT_DEFAULT)[4] == 0


# review2 of rw44: a sub-editor's plain-English revision of a council press release ("commence" → "start",
# "approximately" → "about", "will be funded from" → "is to be paid from")
TOWN_HALL_RELEASE = (
    "Town hall to commence repairs after storm",
    "Work will commence next month on repairs to Ashford's town hall, which was damaged during the storm in "
    "February.\n\nThe council intends to purchase approximately 2,000 slates from a quarry in Wales, such as those "
    "used when the roof was last replaced in 1987.\n\nEngineers discovered that sections of the parapet had become "
    "detached and required immediate attention, according to a report to the cabinet.\n\nThe repairs are "
    "anticipated to cost approximately £640,000, which will be funded from the council's reserves.\n\nCabinet member "
    "Liz Ford said the building was an essential part of the town's heritage and residents would be able to observe "
    "the work from a viewing platform.\n\nThe council chamber will remain closed until the work is completed in "
    "September.")
TOWN_HALL_SUBBED = (
    "Town hall repairs to start after storm",
    "Work is to start next month on repairs to Ashford's town hall, which was damaged in the storm in February.\n\n"
    "The council wants to buy about 2,000 slates from a Welsh quarry, like the ones used when the roof was last "
    "replaced in 1987.\n\nEngineers found that sections of the parapet had come away and needed attention at once, a "
    "report to the cabinet said.\n\nThe repairs are likely to cost about £640,000, which is to be paid from the "
    "council's reserves.\n\nCabinet member Liz Ford said the building was an essential part of the town's heritage "
    "and that residents would be able to watch the work from a viewing platform.\n\nThe council chamber is to stay "
    "closed until the work has been completed in September.")


def test_a_sub_editor_s_plain_english_revision_is_no_spun_copy_either_way() -> None:
    from unspun.model import Article
    from unspun.pair.engine import PairEngine

    engine = PairEngine(precise=False)
    one, other = TOWN_HALL_RELEASE, TOWN_HALL_SUBBED
    for x, y in ((one, other), (other, one)):
        verdict = engine.compare_articles(Article("a", x[1], title=x[0]), Article("b", y[1], title=y[0])).verdict
        assert verdict.relation == "rewrite", verdict.evidence
        # the evidence quotes this pair's own grammar edits, each side's words in its own text, none of another's
        line = next(e for e in verdict.evidence if "grammar words added or dropped" in e)
        quoted = re.findall(r"'([^']+)' → '([^']+)'", line)
        expected = [("will commence", "is to start"), ("will", "is to")]
        assert quoted == (expected if x is one else [(q, p) for p, q in expected]), line
        assert all(p in x[1] and q in y[1] for p, q in quoted) and "such as" not in line, line


def test_held_out_register_texts_read_less_spun_than_their_spun_copies():
    # tests/fixtures/spin_registers (its README): ten genuine texts in unusual registers (bell-ringing, beekeeping, an
    # organ recital, dinghy racing, geology, falconry, a vet's column, a climbing route, lace, home-brewing), each with
    # a copy spun by the folder's own word-swap spinner, all written before any score of them was read. Whatever the
    # operating point, a copy's thesaurus swaps must move its text's score up from its original's.
    folder = Path(__file__).parent / "fixtures" / "spin_registers"
    spun_paths = sorted(folder.glob("*_spun.txt"))
    assert len(spun_paths) == 10
    for spun_path in spun_paths:
        original = (folder / spun_path.name.replace("_spun", "")).read_text()
        assert spin_score(segment(Article("g", original))) < spin_score(segment(Article("s", spun_path.read_text())))


def test_the_grammar_edits_quoted_are_grammar_words_added_or_dropped_in_a_few_words_each_side() -> None:
    # reviewD: the judge quoted ('Refuse and recycling' → 'Bin'), a swap of words one for one, beside "which a
    # spinner swapping words one for one does not", and ('He' → 'by anyone," and he'), words across a quotation's
    # end and a sentence break. Quoted: grammar words added or dropped, words only, at most four each side; the
    # same either way round.
    from unspun.pair.spin import swap_evidence

    pairs = [
        ("Refuse and recycling crews employed by Carrick District Council have walked out in a dispute over pay, "
         "leaving bins uncollected across Truro and Falmouth.",
         "Bin crews working for Carrick District Council have gone on strike over pay, with rubbish left uncollected "
         "in Truro and Falmouth."),
        ('The minister said: "We won\'t be bullied." He left.',
         'The minister said: "We will not be bullied by anyone," and he left.'),
        ("The council chamber will remain closed until the work is completed in September.",
         "The council chamber is to stay closed until the work has been completed in September."),
    ]
    quoted = [swap_evidence(*one_pair(x, y)).grammar_quotes for x, y in pairs]
    assert quoted == [(("leaving bins", "with rubbish left", True),), (),
                      (("will remain", "is to stay", True), ("is", "has been", True))]
    assert [swap_evidence(*one_pair(y, x)).grammar_quotes for x, y in pairs] == \
        [tuple((q, p, added) for p, q, added in found) for found in quoted]


def test_the_grammar_edits_quoted_are_those_the_counts_read() -> None:
    # one pass over the word diff: the edits quoted are the edits whose grammar words are counted
    from unspun.config import TEXT_DEFAULT
    from unspun.pair.spin import _edited_words, grammar_edits

    x = "The council chamber will remain closed until the work is completed in September."
    y = "The council chamber is to stay closed until the work has been completed in September."
    read = _edited_words(x, y, TEXT_DEFAULT)
    assert list(read.grammar_edits) == grammar_edits(x, y) == [("will remain", "is to stay", True),
                                                               ("is", "has been", True)]
    assert read.grammar == read.added == 6  # "will", "is", "to"; "is", "has", "been"
    swapped = _edited_words("The minister said the talks failed.", "The minister stated the talks failed.",
                            TEXT_DEFAULT)
    assert swapped.grammar_edits == () and swapped.grammar == 0


def _sentence_by_sentence(a_text: str, b_text: str) -> tuple[Segmented, Segmented, list[Alignment]]:
    """Two texts of as many sentences, each sentence aligned with the other's at its place."""
    a, b = segment(Article("a", a_text)), segment(Article("b", b_text))
    return a, b, [Alignment(x, y, 0.8, "spun", ()) for x, y in zip(a.sentences, b.sentences, strict=True)]


def test_swaps_in_a_recast_lede_are_not_made_in_place_and_a_spinners_across_sentences_are() -> None:
    # probe57: an outlet rewrote the wire's lede by hand around two words that pair one for one ("working" /
    # "running", "fell" / "cut their orders"); a spinner swaps words inside the frames of several sentences
    from unspun.pair.spin import swap_evidence

    wire = ("Harrowgate Weaving, one of the last woollen mills still working in West Yorkshire, said on Thursday it "
            "would cut 140 of its 420 jobs after orders from clothing brands fell by a third this year. The company "
            "blamed cheaper imports and a warm autumn that left retailers holding unsold winter coats.")
    recast = ("Harrowgate Weaving, among the last woollen mills still running in West Yorkshire, is to shed 140 of its "
              "420 jobs after clothing brands cut their orders by a third this year, the company said on Thursday. The "
              "company blamed cheaper imports and a warm autumn that left retailers holding unsold winter coats.")
    spun = ("Harrowgate Weaving, one of the last fleecy factories still functioning in West Yorkshire, said on "
            "Thursday it would slash 140 of its 420 positions after requests from attire brands fell by a third this "
            "year. The organization faulted cheaper imports and a warm fall that left retailers holding unsold winter "
            "coats.")
    found = swap_evidence(*_sentence_by_sentence(wire, recast))
    assert found.fluency[1] >= 1 and found.in_place_fluency == (0, 0)
    spin = swap_evidence(*_sentence_by_sentence(wire, spun))
    assert spin.in_place_fluency[0] >= 2 and spin.in_place_fluency[1] == 2
    strict = replace(SPIN_DEFAULT, fluency_in_place_min_replaced_share=0.0)  # every swap counted in place
    assert swap_evidence(*_sentence_by_sentence(wire, recast), config=strict).in_place_fluency[1] == 1
