"""One report's family of copies indexed in several orders (tests/fixtures/family, probe37): the stories' origin and
every member's role, and the trace roles, come from evidence, never from the order articles were stored in."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURES, store_from_feed
from unspun.model import Article

FAMILY = FIXTURES / "family"
# name → (id, site, published): the origin is the local paper's dated report; the rest are undated web copies.
RECORDS = {
    "origin": ("brackley-herald/sewage-fine", "brackleyherald.test", "2026-03-06"),
    "duplicate": ("newswire-aggregate-8812", "newsfeed.test", None),
    "edited": ("localdigest/sewage", "localdigest.test", None),
    "spun_one": ("farm-one/water-firm-penalised", "contentfarm.test", None),
    "spun_two": ("farm-two/water-organisation-charged", "seofarm.test", None),
    "spun_one_copy": ("scrape/water-firm", "scraper.test", None),
    "summary": ("briefs/severnside-fined", "briefs.test", None),
}
ORDERS = [
    list(RECORDS),
    list(reversed(RECORDS)),
    ["spun_one_copy", "edited", "summary", "spun_two", "duplicate", "spun_one", "origin"],
]
NAME = {record[0]: name for name, record in RECORDS.items()}


def _index(folder: Path, order: list[str], dated: bool) -> Path:
    return store_from_feed(({"id": RECORDS[name][0], "site": RECORDS[name][1],
                             "published": RECORDS[name][2] if dated else None,
                             "text": (FAMILY / f"{name}.txt").read_text(encoding="utf-8")} for name in order),
                           folder / "family.db")


def _stories_and_trace(db: Path) -> tuple[list[tuple[str | None, dict[str, str | None]]], dict[str, str | None]]:
    from unspun.run.indexer import trace_article
    from unspun.store.candidate_index import load_index
    from unspun.store.sqlite import Store
    from unspun.store.stories import build_stories

    with Store(db) as store:
        stories = [(NAME.get(s.origin or ""), {NAME[a]: r for a, r in zip(s.articles, s.roles, strict=False)})
                   for s in build_stories(store) if len(s.articles) > 1]
        query = Article("query", (FAMILY / "spun_one.txt").read_text(encoding="utf-8"))
        result = trace_article(store, query, load_index(store))
    return stories, {NAME[m.id]: m.role for m in result.matches}


@pytest.mark.parametrize("dated", [True, False], ids=["origin dated", "all undated"])
def test_the_family_has_one_origin_and_every_member_a_role_in_every_order(tmp_path: Path, dated: bool) -> None:
    found = []
    for k, order in enumerate(ORDERS):
        (tmp_path / str(k)).mkdir()
        found.append(_stories_and_trace(_index(tmp_path / str(k), order, dated)))
    stories, trace = found[0]
    # One story; its origin is the report (its duplicate is the same text, told apart by date); the duplicate, the
    # edited copy, both spun copies, the copy of a spun copy and the summary are copies. Undated, nothing orders the
    # report and its duplicate, but they are one text (the same after extraction): no origin is named (which came
    # first is unknown; site names order nothing), both are the source, and the family keeps its roles.
    copies = {"edited": "copy", "spun_one": "copy", "spun_two": "copy", "spun_one_copy": "copy", "summary": "copy"}
    assert stories == [("origin", {"origin": "source", "duplicate": "copy", **copies}) if dated
                       else (None, {"origin": "source", "duplicate": "source", **copies})]
    # Traced, the spun copy's sources are the report and its duplicate; the scraper's copy of it is its copy (it
    # keeps the spinner's words), not a sibling; the other spinner's copy and the edited copy are siblings.
    assert trace["origin"] == "source" and trace["duplicate"] == "source"
    assert trace["spun_one_copy"] == "copy"
    assert trace["spun_two"] == "sibling" and trace["edited"] == "sibling"
    assert all(other == found[0] for other in found[1:]), "the order of indexing changed the family"
