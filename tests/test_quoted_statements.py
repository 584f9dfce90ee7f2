"""A report that quotes an organisation's statement inside quotation marks, attributed, and the short texts cut from
the report (tests/fixtures/quoted_statements, truth in its truth.json): the statement is the report's source, so
each text cut from the report is a copy in the story, though the report is only the statement's quotation (probe54
s2, s5: the alerts, reposts and briefs of a report quoting a press office got no role)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from unspun.config import DEFAULT_STORIES
from unspun.corpus.story_clusters import copy_roles
from unspun.model import PARAPHRASED, ArticleMeta, StoredPair, Verdict, paraphrased_share, quotes_own_sentences

SET = FIXTURES / "quoted_statements"
TRUTH = json.loads((SET / "truth.json").read_text(encoding="utf-8"))


def _meta(pk: int, published: str) -> ArticleMeta:
    return ArticleMeta(pk, f"https://example.org/{pk}", "", published, "example.org", (), 900)


def test_a_copy_of_a_report_quoting_the_origin_is_a_copy_and_the_report_no_copy() -> None:
    quoted = Verdict("partial_reuse", "a_to_b", 0.94, 0.3, 0.13,
                     ("a passage is reused", quotes_own_sentences("B", "A")))
    cut = Verdict("partial_reuse", "a_to_b", 0.94, 0.08, 1.0, ("a passage is reused",))
    metas = {pk: _meta(pk, f"2026-11-03T1{pk}:00:00+00:00") for pk in (1, 2, 3, 4)}
    pairs = [StoredPair(1, 2, quoted), StoredPair(2, 3, cut), StoredPair(3, 4, cut)]
    assert copy_roles(1, [1, 2, 3, 4], pairs, metas) == {1: "source", 3: "copy", 4: "copy"}
    # No verdict joins the quoting report to the origin: its copies are no copies of the origin.
    assert copy_roles(1, [1, 2, 3, 4], pairs[1:], metas) == {1: "source"}


def test_a_later_report_holding_the_whole_origin_is_its_copy_where_no_direction_is_named() -> None:
    holds = Verdict("rewrite", "unknown", 0.9, 1.0, 0.57, ("a passage is reused",))
    cut = Verdict("partial_reuse", "a_to_b", 0.94, 0.13, 1.0, ("a passage is reused",))
    metas = {1: _meta(1, "2027-01-30T17:30:00+00:00"), 2: _meta(2, "2027-01-30T19:00:00+00:00"),
             3: _meta(3, "2027-01-30T19:05:00+00:00")}
    pairs = [StoredPair(1, 2, holds), StoredPair(2, 3, cut)]
    assert copy_roles(1, [1, 2, 3], pairs, metas) == {1: "source", 2: "copy", 3: "copy"}
    # Published before the text it holds, it is no copy of it: the pair names no direction, nor do the days.
    metas[2] = _meta(2, "2027-01-30T16:00:00+00:00")
    assert copy_roles(1, [1, 2, 3], pairs, metas) == {1: "source"}
    # Nor where it holds only part of the origin.
    metas[2] = _meta(2, "2027-01-30T19:00:00+00:00")
    part = Verdict("rewrite", "unknown", 0.9, 0.6, 0.57, ("a passage is reused",))
    assert copy_roles(1, [1, 2, 3], [StoredPair(1, 2, part), pairs[1]], metas) == {1: "source"}


def test_independent_reports_retelling_an_alert_in_their_own_words_are_no_copies_of_it() -> None:
    # reviewC 4: a one-sentence alert is "held whole" by a radio and a wire report that paraphrase all of it; the
    # report carrying the statement keeps some of its wording (probe54 s5: 63% paraphrased) and stays its copy
    def retold(paraphrased: int) -> Verdict:
        return Verdict("rewrite", "unknown", 0.97, 1.0, 0.24,
                       ("24% of B's text comes from A; 100% of A's text reappears in B",
                        f"the reused content is restructured: {paraphrased}% {PARAPHRASED}"))
    metas = {1: _meta(1, "2027-03-04T07:10:00+00:00"), 2: _meta(2, "2027-03-04T11:15:00+00:00")}
    assert paraphrased_share(retold(100).evidence) == 1.0 and paraphrased_share(("a passage is reused",)) == 0.0
    assert copy_roles(1, [1, 2], [StoredPair(1, 2, retold(100))], metas) == {1: "source"}
    assert copy_roles(1, [1, 2], [StoredPair(1, 2, retold(63))], metas) == {1: "source", 2: "copy"}
    old = replace(DEFAULT_STORIES, later_holders_min_own_words=0.0)  # as stores made before read it
    assert copy_roles(1, [1, 2], [StoredPair(1, 2, retold(100))], metas, old) == {1: "source", 2: "copy"}


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str | None, dict[str, str | None]]]:
    from unspun.run.indexer import index_paths
    from unspun.store.sqlite import Store
    from unspun.store.stories import build_stories

    db = tmp_path_factory.mktemp("statements") / "store.db"
    index_paths([str(p) for p in sorted(SET.glob("*.json")) if p.name != "truth.json"], db, workers=1)
    with Store(db) as store:
        return {Path(a).name: (s.origin and Path(s.origin).name,
                               {Path(i).name: r for i, r in zip(s.articles, s.roles, strict=False)})
                for s in build_stories(store) for a in s.articles}


@pytest.mark.parametrize("family", [f for f, t in TRUTH["families"].items() if not t["held_out"]])
def test_the_copies_of_a_report_quoting_a_statement_are_copies(stories, family: str) -> None:
    f = TRUTH["families"][family]
    origin, roles = stories[f["report"]]
    assert origin in (f["statement"], f["report"])
    assert set(roles) == {f["statement"], f["report"], *f["copies"]}
    assert {roles[c] for c in f["copies"]} == {"copy"}
