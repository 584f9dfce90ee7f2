"""Stories: independent coverage and copies cluster together; origins come from verdict directions."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unspun.fingerprint import fingerprint_many
from unspun.model import Article, Verdict
from unspun.segment import segment
from unspun.store import ArticleMeta, Store, StoredPair
from unspun.stories import build_stories, cluster, names_of, origin_of, stories_dict

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _meta(pk: int, published: str | None = None) -> ArticleMeta:
    return ArticleMeta(pk, f"a{pk}", None, published, None, (), 100)


def _pair(a: int, b: int, relation: str = "spun_copy", direction: str = "a_to_b") -> StoredPair:
    return StoredPair(a, b, Verdict(relation, direction, 0.9, 0.8, 0.9))  # type: ignore[arg-type]


def _store_with(
    tmp_path: Path,
    names: list[str],
    published: dict[str, str] | None = None,
    pairs: list[tuple[str, str, str, str]] = (),
) -> Store:  # type: ignore[assignment]
    store = Store(tmp_path / "c.db")
    articles = [Article(n, (CORPUS / n).read_text(encoding="utf-8"), published=(published or {}).get(n)) for n in names]
    segs = [segment(a) for a in articles]
    with store.transaction():
        pks = {
            a.id: store.add_article(a, "h", s, fp.stored)
            for a, s, fp in zip(articles, segs, fingerprint_many(segs), strict=True)
        }
        for a, b, relation, direction in pairs:
            store.add_pair(pks[a], pks[b], Verdict(relation, direction, 0.9, 0.8, 0.9))  # type: ignore[arg-type]
    return store


def test_names_skip_sentence_initial_words_but_keep_names() -> None:
    found = names_of(
        "The council met. Marta Osterlund said the Quay Street shops flooded. Yesterday Osterlund visited Kelderwick."
    )
    assert {"marta", "osterlund", "quay", "street", "kelderwick"} <= found
    assert "the" not in found and "yesterday" not in found


def test_copies_and_independent_coverage_form_one_story_with_the_original_as_origin(tmp_path: Path) -> None:
    names = sorted(p.name for p in CORPUS.glob("*.txt"))
    pairs = [
        ("harbour_original.txt", "harbour_spun.txt", "spun_copy", "a_to_b"),
        ("harbour_trimmed.txt", "harbour_original.txt", "near_duplicate", "b_to_a"),
        ("library_original.txt", "library_copy_credit.txt", "near_duplicate", "a_to_b"),
    ]
    with _store_with(tmp_path, names, pairs=pairs) as store:
        stories = {frozenset(s.articles): s for s in build_stories(store)}
        saved = store.stories()
    harbour = frozenset(n for n in names if n.startswith("harbour"))
    assert harbour in stories, "the independent report must join the copies' story"
    assert stories[harbour].origin == "harbour_original.txt"
    library = frozenset({"library_original.txt", "library_copy_credit.txt"})
    assert stories[library].origin == "library_original.txt"
    assert stories[frozenset({"orchard_original.txt"})].origin is None
    assert len(saved) == len(stories)


def test_reports_of_one_place_far_apart_in_time_are_separate_stories(tmp_path: Path) -> None:
    names = ["harbour_original.txt", "harbour_independent.txt"]
    dates = {"harbour_original.txt": "2024-03-15", "harbour_independent.txt": "2021-01-02"}
    with _store_with(tmp_path, names, published=dates) as store:
        assert len(build_stories(store)) == 2
    with _store_with(tmp_path / "again", names) as store:
        assert len(build_stories(store)) == 1  # without dates the same pair is one story


def test_origin_follows_directions_then_time() -> None:
    metas = {k: _meta(k, f"2024-01-0{k}") for k in range(1, 5)}
    assert origin_of([1, 2, 3], [_pair(2, 1), _pair(2, 3)], metas) == 2
    assert origin_of([1, 2, 3], [_pair(1, 3, direction="b_to_a"), _pair(3, 2)], metas) == 3
    # No direction in any verdict: the earliest published of the derived pair.
    assert origin_of([3, 4], [_pair(4, 3, direction="unknown")], metas) == 3
    # Only independent coverage, or copies of a common source: nobody is the origin.
    assert origin_of([1, 2], [_pair(1, 2, relation="same_story")], metas) is None
    assert origin_of([1, 2], [_pair(1, 2, direction="common_source")], metas) is None


def test_stories_json_contract() -> None:
    from unspun.model import Story

    out = stories_dict([Story("s-1", ("a", "b"), "a")])
    assert out == {
        "schema": "unspun.stories/1",
        "stories": [{"id": "s-1", "articles": ["a", "b"], "origin": "a"}],
    }


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 30).flatmap(
        lambda n: st.tuples(st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=40))
    ),
    st.randoms(),
)
def test_clusters_do_not_depend_on_link_order(case: tuple[int, list[tuple[int, int]]], rnd) -> None:
    n, links = case
    shuffled = [(b, a) if rnd.random() < 0.5 else (a, b) for a, b in links]
    rnd.shuffle(shuffled)
    first, second = cluster(n, links), cluster(n, shuffled)
    assert first == second
    assert sorted(x for group in first for x in group) == list(range(n))
    for a, b in links:
        assert any(a in g and b in g for g in first)


@pytest.mark.parametrize("bad", ["", "not a date", "2024-13-45"])
def test_unreadable_dates_count_as_unknown(bad: str) -> None:
    from unspun.stories import _within_window

    assert _within_window(_meta(1, bad), _meta(2, "2020-01-01"), 4)
