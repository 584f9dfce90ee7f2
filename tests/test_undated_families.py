"""Families of copies with no dates, read as a whole (tests/fixtures/undated_families, truth in its README): the origin
agrees with the majority where members differ, each copy's own alteration is singular; copies of one origin are
siblings; a dated chain keeps its dates' order; copies whose origin is not stored name none."""

from __future__ import annotations

import json

import pytest

from tests.conftest import FIXTURES, record_of, store_from_feed
from unspun.corpus.families import Stemma

FAMILIES = FIXTURES / "undated_families"
NAMES = sorted(p.stem for p in FAMILIES.glob("*.json"))


def star(origin: str, copies: list[str]) -> dict[str, dict[str, str]]:
    roles = {origin: dict.fromkeys(copies, "copy")}
    roles |= {c: {origin: "source", **{o: "sibling" for o in copies if o != c}} for c in copies}
    return roles


def chain(members: list[str]) -> dict[str, dict[str, str]]:
    return {q: {m: "source" if members.index(m) < members.index(q) else "copy" for m in members if m != q}
            for q in members}


def outlets(release: str, apart: str, parent: str, copy: str) -> dict[str, dict[str, str]]:
    """A release, two outlets' pages made apart from it, and a copy of one outlet's page."""
    roles = star(release, [apart, parent, copy])
    roles[parent][copy] = "copy"
    roles[copy][parent] = "source"
    return roles


FIT = {"bridge": star("bridge", ["bridge_c1", "bridge_c2", "bridge_c3"]),
       "clinic": star("clinic", ["clinic_c1", "clinic_c2"]),
       "school_release": outlets("school_release", "school_o2", "school_o1", "school_o1_copy"),
       "kestrel": chain(["kestrel", "kestrel_b", "kestrel_c"])}
HELD_OUT = {"ferry": star("ferry", ["ferry_c1", "ferry_c2", "ferry_spun"]),
            "mill_release": outlets("mill_release", "mill_o1", "mill_o2", "mill_o3"),
            "lantern": star("lantern", ["lantern_c1", "lantern_c2", "lantern_c3", "lantern_c4"])}
NO_ORIGIN = {"bakery": ["bakery_c1", "bakery_c2", "bakery_c3"], "show": ["show", "show_other"]}

Traces = dict[str, dict[str, tuple[str | None, str | None]]]


Stories = list[tuple[str | None, tuple[str, ...], tuple[str | None, ...]]]


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Stories, Traces]:
    """Stories (origin, members in order) and traces (query → match → (role, origin))."""
    from unspun.run.indexer import trace_article
    from unspun.store.candidate_index import load_index
    from unspun.store.sqlite import Store
    from unspun.store.stories import build_stories

    folder = tmp_path_factory.mktemp("families")
    db = store_from_feed((record_of(FAMILIES / f"{n}.json") for n in NAMES), folder / "families.db")
    with Store(db) as store:
        stories = [(s.origin, s.articles, s.roles) for s in build_stories(store) if len(s.articles) > 1]
        index = load_index(store)
        traces = {n: {m.id: (m.role, m.origin)
                      for m in trace_article(store, store.article(store.keys_of([n])[0]), index).matches}
                  for n in NAMES}
    return stories, traces


def wrong(truth: dict[str, dict[str, dict[str, str]]], traces: Traces) -> list[str]:
    found = []
    for origin, family in truth.items():
        for query, want in family.items():
            for member, role in want.items():
                got = traces[query].get(member)
                if got != (role, origin):
                    found.append(f"{query}>{member} want {role} got {got}")
    return found


# What is left (fam50, 2026-12-07): an outlet's page copied by another outlet, its own intro kept, among pages made
# apart from one release: the stemma names no origin there (the release, the page and its copy each have no reading
# of their own) and the pair's verdict names no direction; the copy and its parent read as unrelated members.
LEFT = {"school_o1>school_o1_copy want copy got (None, 'school_release')",
        "school_o1_copy>school_o1 want source got (None, 'school_release')",
        "mill_o2>mill_o3 want copy got ('sibling', 'mill_release')",
        "mill_o3>mill_o2 want source got ('sibling', 'mill_release')"}


def test_fit_families_roles(indexed: tuple[Stories, Traces]) -> None:
    """Every role of the fit families as the truth has it, but the copy of an outlet's page (``LEFT``): 34 of 36."""
    assert set(wrong(FIT, indexed[1])) <= LEFT


def test_held_out_families_roles(indexed: tuple[Stories, Traces]) -> None:
    """Every role of the held-out families as the truth has it, but the copy of an outlet's page: 42 of 44."""
    assert set(wrong(HELD_OUT, indexed[1])) <= LEFT


def story_of(stories: Stories, member: str) -> tuple[str | None, dict[str, str | None]]:
    """The origin of the story holding ``member``, and each of its members' role."""
    return next(((o, dict(zip(a, r, strict=False))) for o, a, r in stories if member in a), (None, {}))


def test_story_origin_and_roles(indexed: tuple[Stories, Traces]) -> None:
    """Each family is one story, its origin named, the origin the source and every other member a copy."""
    for origin, family in (FIT | HELD_OUT).items():
        want = {m: "source" if m == origin else "copy" for m in family}
        assert story_of(indexed[0], origin) == (origin, want), origin


def test_no_stored_origin_names_none(indexed: tuple[Stories, Traces]) -> None:
    """Copies of an unstored text, and two reports of one event, name no origin and no source among them."""
    traces = indexed[1]
    for members in NO_ORIGIN.values():
        assert story_of(indexed[0], members[0])[0] is None, members
        for query in members:
            for member in members:
                if member != query and member in traces[query]:
                    assert traces[query][member][0] not in ("source", "copy"), (query, member, traces[query][member])


def family_reading(names: list[str]) -> Stemma[str] | None:
    """``families.stemma`` over fixture texts, read as stories and traces read them (``family_readings``)."""
    from unspun.config import Settings
    from unspun.corpus.families import stemma
    from unspun.corpus.story_clusters import event_facts, family_readings, family_words

    s = Settings()
    texts = {n: json.loads((FAMILIES / f"{n}.json").read_text(encoding="utf-8"))["text"] for n in names}

    def facts(name: str) -> set[str]:
        return event_facts(texts[name], s.stories.min_name_chars, s.stories.min_name_mentions, s.text,
                           s.stories.name_mention_chars)

    def words(name: str) -> frozenset[str]:
        return family_words(texts[name])

    readings = family_readings(facts, words)
    assert readings is not None
    return stemma(names, readings, s.stories.stemma_min_members)


def test_stemma_reads_the_origin_of_a_star() -> None:
    """The original agrees with the majority wherever its copies differ; each copy has an alteration of its own."""
    read = family_reading(["bridge_c2", "bridge", "bridge_c3", "bridge_c1"])
    assert read is not None and read.origin == "bridge"
    assert read.altered == {"bridge_c1", "bridge_c2", "bridge_c3"}


def test_stemma_names_no_origin_without_a_majority() -> None:
    """Copies of an unstored text each have readings of their own; two texts have no majority; the middle of an
    undated chain would read as the origin (its parent's changed reading is the parent's alone), which is why a
    date's or a credit's direction always stands."""
    assert family_reading(["bakery_c1", "bakery_c2", "bakery_c3"]) is None
    assert family_reading(["clinic", "clinic_c1"]) is None
    chain = family_reading(["kestrel", "kestrel_b", "kestrel_c"])
    assert chain is not None and chain.origin == "kestrel_b"
