"""The spin check's diagnostics: what accuses a flagged text, and the trade of a stricter operating point."""

from __future__ import annotations

from bench.spin_check import Scored, contributions, rare_words, trade
from unspun.ingest.segment import segment
from unspun.model import Article
from unspun.pair.spin import SpinCounts, spin_counts, spin_score_of

# A nature note written for this test: plain sentences, a naturalist's vocabulary (no spinner's slip).
NATURE_NOTE = (
    "At low tide the saltmarsh below the sea wall fills with waders. Redshank probe the creeks while dunlin work "
    "the mud in tight flocks, and a lone greenshank calls from the channel. Glasswort and sea purslane cover the "
    "higher ground, where skylarks nest in spring. In winter, skeins of brent geese come in from the estuary at "
    "dusk, and curlews feed along the tideline until the water turns. The reserve's warden said the count of "
    "avocets had doubled in five years, helped by new scrapes dug on the grazing marsh behind the hide."
)
# A council brief written for this test, then given two article slips a word-swapping spinner leaves.
BRIEF = (
    "The council approved a new budget on Tuesday after a long debate. Members agreed an increase in spending on "
    "roads and schools, and an extra payment for care homes. The leader said the plan was a fair deal for "
    "residents and an important step for the town."
)
BRIEF_SLIPS = BRIEF.replace("an increase", "an rise").replace("an important", "an significant")


def counts(text: str) -> SpinCounts:
    return spin_counts(segment(Article("x", text)))


def test_a_naturalists_note_is_accused_by_its_rare_words_alone() -> None:
    added = contributions(counts(NATURE_NOTE))
    assert next(iter(added)) == "rare_words"
    assert added["rare_words"] > 1.0 and added["wrong_articles"] <= 0.0
    assert {"dunlin", "skeins", "curlews"} <= set(rare_words(NATURE_NOTE))  # capitalised openers are not read


def test_article_slips_are_what_accuse_a_plain_brief() -> None:
    added = contributions(counts(BRIEF_SLIPS))
    assert next(iter(added)) == "wrong_articles"
    assert added["wrong_articles"] > 2.0
    assert contributions(counts(BRIEF))["wrong_articles"] <= 0.0


def test_a_stricter_point_flags_no_more_texts_and_finds_no_more_copies() -> None:
    scored = [Scored("web", "note", 0, 0.0, counts(NATURE_NOTE), NATURE_NOTE),
              Scored("web", "brief", 0, 0.0, counts(BRIEF), BRIEF),
              Scored("web", "brief", 0, 0.3, counts(BRIEF_SLIPS), BRIEF_SLIPS)]
    genuine, spun = trade(scored, 0.0)
    slipped = spin_score_of(scored[2].counts)
    assert slipped is not None and genuine[("web", 0)][1] == 2 and spun[(0, 0.3)] == (int(slipped >= 0.5), 1)
    for stricter in (0.5, 1.0, 3.0):
        tighter_genuine, tighter_spun = trade(scored, stricter)
        assert tighter_genuine[("web", 0)][0] <= genuine[("web", 0)][0]
        assert tighter_spun[(0, 0.3)][0] <= spun[(0, 0.3)][0]
    assert trade(scored, 50.0)[0][("web", 0)][0] == 0
