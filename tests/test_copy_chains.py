"""Copy chains and a star indexed in three orders (tests/fixtures/copy_chains, truth in its README): a copy of a copy
is its parent's copy, whatever share of the origin it holds; copies made apart from one origin are siblings."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, record_of, store_from_feed

CHAINS = FIXTURES / "copy_chains"
NAMES = sorted(p.stem for p in CHAINS.glob("*.json"))
ORDERS = {"sorted": NAMES, "reversed": NAMES[::-1], "shuffled": random.Random(38).sample(NAMES, len(NAMES))}

RESERVOIR = ["reservoir_origin", "reservoir_edit", "reservoir_spun", "reservoir_trim"]  # each made from the one before
LIBRARY = ["library_origin", "library_spun", "library_respun"]
ORCHARD_COPIES = ["orchard_spun_a", "orchard_spun_b", "orchard_edit", "orchard_rewrite"]


def chain_roles(chain: list[str]) -> dict[str, dict[str, str]]:
    """Each member's trace roles in a chain: what came before it is its source, what came after its copy."""
    return {q: {m: "source" if chain.index(m) < chain.index(q) else "copy" for m in chain if m != q} for q in chain}


def star_roles(origin: str, copies: list[str]) -> dict[str, dict[str, str]]:
    star = {origin: dict.fromkeys(copies, "copy")}
    star |= {c: {origin: "source", **{o: "sibling" for o in copies if o != c}} for c in copies}
    return star


TRUTH = chain_roles(RESERVOIR) | chain_roles(LIBRARY) | star_roles("orchard_origin", ORCHARD_COPIES)
ORIGINS = {name: name.split("_")[0] + "_origin" for name in NAMES}


Traces = dict[str, dict[str, tuple[str, str, str | None, str | None]]]
Stories = dict[str | None, dict[str, str | None]]


def indexed(folder: Path, order: list[str]) -> tuple[Stories, Traces]:
    """Stories (origin → each member's role) and traces (query → match → (relation, direction, role, origin))."""
    from unspun.run.indexer import trace_article
    from unspun.store.candidate_index import load_index
    from unspun.store.sqlite import Store
    from unspun.store.stories import build_stories

    db = store_from_feed((record_of(CHAINS / f"{name}.json") for name in order), folder / "chains.db")
    with Store(db) as store:
        stories = {s.origin: dict(zip(s.articles, s.roles, strict=False)) for s in build_stories(store)
                   if len(s.articles) > 1}
        index = load_index(store)
        traces = {name: {m.id: (m.relation, m.direction, m.role, m.origin)
                         for m in trace_article(store, store.article(store.keys_of([name])[0]), index).matches}
                  for name in order}
    return stories, traces


def wrong_roles(traces: Traces) -> list[str]:
    """Every trace role or origin that differs from the truth, as 'query>match want got'."""
    wrong = []
    for query, want in TRUTH.items():
        for member, role in want.items():
            got = traces[query].get(member)
            if got is None or got[2] != role or got[3] != ORIGINS[query]:
                wrong.append(f"{query}>{member} want {role} got {got}")
    return wrong


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Stories, Traces]]:
    return {label: indexed(tmp_path_factory.mktemp(label), order) for label, order in ORDERS.items()}


@pytest.mark.parametrize("label", list(ORDERS))
def test_every_trace_role_follows_the_chain_or_the_star(found, label):
    _, traces = found[label]
    assert wrong_roles(traces) == []


@pytest.mark.parametrize("label", list(ORDERS))
def test_each_family_is_one_story_with_its_origin(found, label):
    stories, _ = found[label]
    for origin, members in (("reservoir_origin", RESERVOIR), ("library_origin", LIBRARY),
                            ("orchard_origin", ["orchard_origin", *ORCHARD_COPIES])):
        assert stories[origin] == {m: "source" if m == origin else "copy" for m in members}


def test_the_orders_agree(found):
    assert all(result == found["sorted"] for result in found.values())
