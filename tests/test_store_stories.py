"""Stories in a store (tests/fixtures/store_stories, truth in its store_truth.json and pairs.json, fixed before any
run): an evening roundup quoting three paragraphs of each of two unrelated stories, each stored with another site's
copy, must not join the two stories; two reports of other events from one police force (one charity), both closing
with its standard notice (a fraud warning, an "About …:" paragraph), are no story together, while a real copy of
one of them joins it. Fit: vote/closure/roundup and fraud; held out: fire/library/bulletin and charity.

Two spun copies of one unstored origin, each crediting it, are siblings (chain49; with
``direction_shared_credit_spun_siblings`` on, off by default since reviewB's spin of a spin, fixchain). Left (st48,
2026-12-07): an undated chain X → Y → Z whose Y appends a line (the pair X/Y reads as Y cut to X: Y named the origin;
the texts read the same as Y's two cuts, Y the origin, so nothing but a date can tell them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, record_of, spun_siblings_engine, store_from_feed

SET = FIXTURES / "store_stories"
NAMES = sorted(p.stem for p in SET.glob("*.json") if p.stem not in ("pairs", "store_truth"))
TRUTH = json.loads((SET / "store_truth.json").read_text(encoding="utf-8"))

Stored = tuple[dict[str, frozenset[str]], dict[str, dict[str, str | None]]]


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Stored:
    """Each article's story (its members), and the ids each article's trace lists with their roles."""
    from unspun.run.indexer import trace_article
    from unspun.store.candidate_index import load_index
    from unspun.store.sqlite import Store
    from unspun.store.stories import build_stories

    folder = tmp_path_factory.mktemp("store_stories")
    # Part 4 reads two spins crediting one party as siblings, off by default (fixchain): the store is made with it on.
    engine = spun_siblings_engine()
    db = store_from_feed((record_of(SET / f"{n}.json") for n in NAMES), folder / "s.db", engine)
    with Store(db) as store:
        story_of = {a: frozenset(s.articles) for s in build_stories(store) for a in s.articles}
        index = load_index(store)
        traced = {n: {m.id: m.role for m in trace_article(store, store.article(store.keys_of([n])[0]), index,
                                                          engine).matches}
                  for n in NAMES}
    return story_of, traced


@pytest.mark.parametrize("part", ["fit", "held_out"])
def test_a_roundup_of_two_stories_joins_at_most_one_of_them(stored: Stored, part: str) -> None:
    story_of = stored[0]
    for compilation, stories in TRUTH[part]["compilations"].items():
        for members in stories:
            assert story_of[members[0]] - {compilation} == set(members), (compilation, members)
        assert story_of[stories[0][0]] != story_of[stories[1][0]]


@pytest.mark.parametrize(("part", "family"), [("fit", "fraud_a"), ("held_out", "charity_a")])
def test_a_shared_closing_notice_joins_no_two_stories_and_a_copy_still_joins(stored: Stored, part: str,
                                                                            family: str) -> None:
    story_of, traced = stored
    assert story_of[family] == {family, f"{family}_copy"}
    for a, b in TRUTH[part]["unlinked"]:
        if a.startswith(family):
            assert b not in traced[a], (a, b)


@pytest.mark.parametrize(("part", "family"), [("fit", "harbour"), ("held_out", "dam")])
def test_two_spins_crediting_one_unstored_outlet_are_siblings(stored: Stored, part: str, family: str) -> None:
    """Part 4 (chain49): the two spins are the same sentences each worded its own way, each crediting the outlet
    (``judge._copies_of_one_credit``): one story, each the other's sibling in its trace."""
    story_of, traced = stored
    first, second = f"{family}_s1", f"{family}_s2"
    assert story_of[first] == {first, second}
    assert (traced[first].get(second), traced[second].get(first)) == ("sibling", "sibling")


def test_a_store_is_traced_with_the_settings_it_was_built_with(tmp_path: Path) -> None:
    """A trace given no engine reads the store's saved settings, as ``index`` does: a store built with spun siblings
    read as siblings (a setting off by default) traces them as siblings without being handed that engine again."""
    from unspun.run.indexer import trace_article
    from unspun.store.candidate_index import load_index
    from unspun.store.sqlite import Store

    names = ["harbour_s1", "harbour_s2"]
    db = store_from_feed((record_of(SET / f"{n}.json") for n in names), tmp_path / "s.db", spun_siblings_engine())
    with Store(db) as store:
        first = store.article(store.keys_of(["harbour_s1"])[0])
        roles = {m.id: m.role for m in trace_article(store, first, load_index(store)).matches}
    assert roles == {"harbour_s2": "sibling"}
