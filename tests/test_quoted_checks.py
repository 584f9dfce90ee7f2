"""A text that quotes another inside quotation marks, attributed (a fact-check quoting the claims it refutes), is
linked to it, not its copy, and never a family's origin (tests/fixtures/quoted_checks, truth in its truth.json):
the undated origin stays the story's origin beside a dated fact-check, which gets no role (probe53 n2: the dated
fact-check was named the origin of 11 copies)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from unspun.corpus.families import derivations, family_roles, quoters
from unspun.model import Verdict, quotes_own_sentences

SET = FIXTURES / "quoted_checks"
TRUTH = json.loads((SET / "truth.json").read_text(encoding="utf-8"))


def _quoting(side: str) -> Verdict:
    """A partial reuse the judge read as ``side`` quoting the other's own sentences."""
    other = "B" if side == "A" else "A"
    return Verdict("partial_reuse", "unknown", 0.94, 0.2, 0.28,
                   ("a passage is reused", quotes_own_sentences(side, other)))


def test_the_verdict_names_the_quoting_side() -> None:
    assert _quoting("A").quoting_side == "a"
    assert _quoting("B").quoting_side == "b"
    assert Verdict("partial_reuse", "a_to_b", 0.9, 0.2, 0.3, ("a passage is reused",)).quoting_side is None


def test_a_quotation_is_no_derivation_and_no_role() -> None:
    named = Verdict("partial_reuse", "a_to_b", 0.94, 0.2, 0.28, (quotes_own_sentences("B", "A"),))
    assert derivations([("origin", "check", named)]) == set()
    assert quoters([("origin", "check", named), ("origin", "copy", _quoting("A"))]) == {"check", "origin"}
    copy = Verdict("near_duplicate", "b_to_a", 0.99, 1.0, 0.9)
    roles = family_roles("copy", {"origin": copy, "check": _quoting("B")}, [("origin", "check", named)])
    assert roles["origin"].role == "source" and roles["check"].role is None


@pytest.fixture(scope="module")
def stories_and_traces(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, tuple[str | None, dict]], dict]:
    from unspun.run.indexer import index_paths, trace
    from unspun.store.sqlite import Store
    from unspun.store.stories import build_stories

    db = tmp_path_factory.mktemp("quoted") / "store.db"
    index_paths([str(p) for p in sorted(SET.glob("*.json")) if p.name != "truth.json"], db, workers=1)
    with Store(db) as store:
        stories = {Path(a).name: (s.origin and Path(s.origin).name,
                                  {Path(i).name: r for i, r in zip(s.articles, s.roles, strict=False)})
                   for s in build_stories(store) for a in s.articles}
    traces = {name: {Path(m.id).name: (m.role, m.origin and Path(m.origin).name)
                     for m in trace(str(SET / f"{name}.json"), db).matches}
              for f in TRUTH["families"].values() for name in (f["copy"], f["check"])}
    return stories, traces


@pytest.mark.parametrize("family", [f for f, t in TRUTH["families"].items() if not t["held_out"]])
def test_a_fact_check_quoting_the_origin_is_no_origin_and_no_copy(stories_and_traces, family: str) -> None:
    stories, traces = stories_and_traces
    f = TRUTH["families"][family]
    origin, roles = stories[f["check"]]
    assert origin == f["origin"]  # undated, beside the dated fact-check
    assert roles[f["check"]] is None and roles[f["copy"]] == "copy"
    assert traces[f["copy"]][f["origin"]] == ("source", f["origin"])
    assert traces[f["copy"]][f["check"]][0] is None
    assert {role for role, _ in traces[f["check"]].values()} == {None}
