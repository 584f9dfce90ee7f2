"""Undated families no single pair can order (tests/fixtures/family_tops, truth in its README): sister papers' versions
of one wire story, each under a local top of its own; a section of a long feature; a roundup of three stories. The
origin and every role come from the family's shape, the same in every insertion order."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, store_from_feed
from unspun.config import DEFAULT_SETTINGS
from unspun.corpus.families import family_roles
from unspun.corpus.story_clusters import copy_roles, origin_of
from unspun.ingest.extract import extract
from unspun.model import ArticleMeta, StoredPair, Verdict
from unspun.pair.engine import PairEngine

TOPS = FIXTURES / "family_tops"
PAPERS = ["keswick_paper", "penrith_paper", "whitehaven_paper"]
SYNDICATED = ["wire_libraries", *PAPERS]


@pytest.fixture(scope="module")
def corpus_verdicts() -> dict[tuple[str, str], Verdict]:
    """Every ordered pair's verdict as the corpus reads it (static vectors), x compared as side A."""
    engine = PairEngine(precise=False)
    articles = {name: extract(TOPS / f"{name}.txt") for name in SYNDICATED}
    return {(x, y): engine.compare_articles(articles[x], articles[y]).verdict
            for x, y in itertools.permutations(SYNDICATED, 2)}


@pytest.mark.parametrize("order", list(itertools.permutations(SYNDICATED)))
def test_the_wire_story_inside_papers_with_their_own_tops_is_the_origin_in_every_order(order, corpus_verdicts):
    # No pair names a direction: a paper's own top is no sign it came later (a copy that cut its source's lede has
    # the same shape). The family does: the wire lies whole inside two papers, each adding a top the other lacks.
    assert all(v.direction == "unknown" for v in corpus_verdicts.values())
    key = {name: k + 1 for k, name in enumerate(order)}  # store keys follow insertion order
    pairs = [StoredPair(key[x], key[y], corpus_verdicts[(x, y)]) for k, y in enumerate(order) for x in order[:k]]
    metas = {key[n]: ArticleMeta(key[n], n, None, None, None, (), 100) for n in order}
    stories = DEFAULT_SETTINGS.stories
    origin = origin_of(list(key.values()), pairs, metas)
    assert origin == key["wire_libraries"], order
    roles = copy_roles(origin, list(key.values()), pairs, metas, stories)
    assert {n: roles.get(key[n]) for n in order} == {"wire_libraries": "source", **dict.fromkeys(PAPERS, "copy")}
    for query in order:
        others = [m for m in order if m != query]
        among = [(x, y, corpus_verdicts[(x, y)]) for k, y in enumerate(order) for x in order[:k] if query not in (x, y)]
        found = family_roles(query, {m: corpus_verdicts[(query, m)] for m in others}, among,
                             chosen=lambda: "wire_libraries", day=lambda _: "9999",
                             min_share_gain=stories.chain_min_share_gain,
                             whole_min_share=stories.derived_whole_min_share)
        want = {m: "copy" for m in others} if query == "wire_libraries" else \
            {m: "source" if m == "wire_libraries" else "sibling" for m in others}
        assert {m: r.role for m, r in found.items()} == want, (query, order)


# Three of the fixture's insertion orders, indexed for real: sorted, reversed, and the papers before the wire.
ORDERS = {
    "sorted": sorted(p.stem for p in TOPS.glob("*.txt")),
    "reversed": sorted((p.stem for p in TOPS.glob("*.txt")), reverse=True),
    "papers first": ["whitehaven_paper", "wallers_section", "business_roundup", "penrith_paper", "software_story",
                     "keswick_paper", "wallers_feature", "buses_story", "wire_libraries", "bakery_story"],
}


def _indexed(folder: Path, order: list[str]) -> tuple[list[tuple[str | None, dict[str, str | None]]],
                                                       dict[str, list[tuple[str, str, str, str | None, str | None]]]]:
    from unspun.run.indexer import trace_article
    from unspun.store.candidate_index import load_index
    from unspun.store.sqlite import Store
    from unspun.store.stories import build_stories

    db = store_from_feed(({"id": name, "text": (TOPS / f"{name}.txt").read_text(encoding="utf-8")} for name in order),
                         folder / "tops.db")
    with Store(db) as store:
        stories = sorted(((s.origin, dict(zip(s.articles, s.roles, strict=False))) for s in build_stories(store)
                          if len(s.articles) > 1), key=lambda s: sorted(s[1]))
        index = load_index(store)
        traces = {name: sorted((m.id, m.relation, m.direction, m.role, m.origin)
                               for m in trace_article(store, store.article(store.keys_of([name])[0]), index).matches)
                  for name in sorted(order)}
    return stories, traces


def test_the_families_are_read_alike_in_every_insertion_order(tmp_path: Path) -> None:
    found = {}
    for label, order in ORDERS.items():
        (tmp_path / label).mkdir()
        found[label] = _indexed(tmp_path / label, order)
    stories, traces = found["sorted"]
    by_origin = {origin: roles for origin, roles in stories}
    # Syndication: the wire story is the origin, each paper its copy; traced, a paper's sisters are its siblings.
    assert by_origin["wire_libraries"] == {"wire_libraries": "source", **dict.fromkeys(PAPERS, "copy")}
    for paper in PAPERS:
        assert {(m[0], m[3], m[4]) for m in traces[paper]} == \
            {("wire_libraries", "source", "wire_libraries")} | {(p, "sibling", "wire_libraries")
                                                                 for p in PAPERS if p != paper}
    assert {(m[0], m[3]) for m in traces["wire_libraries"]} == {(p, "copy") for p in PAPERS}
    # The section of the feature: partial reuse, as `compare` reads it; its intro's pointer to "our weekend feature"
    # makes the feature its origin (the shape alone would not: a brief expanded into a feature looks the same).
    assert traces["wallers_section"] == [("wallers_feature", "partial_reuse", "b_to_a", "source", "wallers_feature")]
    assert by_origin["wallers_feature"] == {"wallers_feature": "source", "wallers_section": "copy"}
    # The roundup's sources stay apart, and the roundup is no one's origin.
    for one, other in itertools.combinations(["bakery_story", "buses_story", "software_story"], 2):
        assert not any(one in roles and other in roles for _, roles in stories)
    assert all(origin != "business_roundup" for origin, _ in stories)
    assert all(other == found["sorted"] for other in found.values()), "the order of indexing changed the families"


def test_compare_and_the_corpus_name_the_section_of_a_feature_alike() -> None:
    # 1.0 of the section is the feature's and 0.21 of the feature the section's; the static vectors read the two
    # documents as alike as a trimmed copy (0.85 and over), MiniLM does not: a near-duplicate needs both sides
    # mostly the other's, whatever the vectors say of the documents.
    feature, section = extract(TOPS / "wallers_feature.txt"), extract(TOPS / "wallers_section.txt")
    for precise in (True, False):
        verdict = PairEngine(precise=precise).compare_articles(feature, section).verdict
        assert verdict.relation == "partial_reuse", (precise, verdict.evidence)
        assert verdict.coverage_a < 0.25 < 0.95 <= verdict.coverage_b
        # the section's intro points to "our weekend feature": it was taken from the feature
        assert verdict.direction == "a_to_b", (precise, verdict.evidence)


def test_a_section_of_a_feature_is_told_from_a_brief_expanded_into_one_only_by_its_pointer(tmp_path: Path) -> None:
    # Without the intro's pointer the section has the shape of a brief later expanded into a feature (whole inside
    # the longer text, the longer one's text before and after it, a headline of its own): no side is named.
    feature = extract(TOPS / "wallers_feature.txt")
    text = (TOPS / "wallers_section.txt").read_text(encoding="utf-8")
    pointer = ", as our weekend feature on the walls and the people who mend them found."
    assert pointer in text
    (tmp_path / "brief.txt").write_text(text.replace(pointer, ", and the rules are strict."), encoding="utf-8")
    brief = extract(tmp_path / "brief.txt")
    for precise in (True, False):
        verdict = PairEngine(precise=precise).compare_articles(feature, brief).verdict
        assert (verdict.relation, verdict.direction) == ("partial_reuse", "unknown"), (precise, verdict.evidence)
