"""Trace lists the source before a sibling that changed a figure (tests/fixtures/trace_fact_siblings, truth in its
pairs.json): a light revision of a report and a copy of the report with one figure changed were both written from
it; tracing the light revision names the report its source first and the fact-changed copy its sibling, though the
two answers chose some words alike and the stored verdicts order the copy before it (probe56, news_sheffield_light1:
the copy of a copy was listed first, ``indexer._made_apart``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from unspun.corpus.families import changed_figure_lean, own_readings_lean
from unspun.run.indexer import index_paths, trace

SET = FIXTURES / "trace_fact_siblings"
FIT, HELD_OUT = "forge", "quay"


def traced(tmp_path: Path, family: str, order: tuple[str, ...], query: str) -> list[tuple[str, str | None]]:
    """(match, role) of a trace of ``family``'s ``query`` text, the family stored in ``order`` beside a distractor."""
    db = tmp_path / "store.db"
    distractor = str(FIXTURES / "trace_siblings" / "bowls.json")
    index_paths([str(SET / f"{family}{part}.txt") for part in order] + [distractor], db, workers=1)
    return [(Path(m.id).stem, m.role) for m in trace(str(SET / f"{family}{query}.txt"), db).matches]


@pytest.mark.parametrize("order", [("_light", "_fact", ""), ("", "_fact", "_light")])
def test_the_light_revisions_trace_lists_its_source_before_the_fact_changed_sibling(tmp_path: Path,
                                                                                   order: tuple[str, ...]) -> None:
    found = [m for m in traced(tmp_path, FIT, order, "_light") if m[0] != f"{FIT}_light"]
    assert found == [(FIT, "source"), (f"{FIT}_fact", "sibling")]


def test_the_fact_changed_copys_trace_lists_the_light_revision_as_its_sibling(tmp_path: Path) -> None:
    found = [m for m in traced(tmp_path, FIT, ("_light", "_fact", ""), "_fact") if m[0] != f"{FIT}_fact"]
    assert found == [(FIT, "source"), (f"{FIT}_light", "sibling")]


def test_held_out_light_revisions_trace_lists_its_source_first(tmp_path: Path) -> None:
    found = [m for m in traced(tmp_path, HELD_OUT, ("_light", "_fact", ""), "_light") if m[0] != f"{HELD_OUT}_light"]
    # held out (run once): the source first. Not answered: the fact-changed copy is still named a source, the store
    # having read the report as derived from it (two texts of one length that differ in one figure, undated: nothing
    # in either says which came first), so it is the family's origin here, not a copy made beside the query.
    assert found[0] == (HELD_OUT, "source")


def test_a_changed_figure_says_which_text_a_retelling_was_made_from() -> None:
    report = frozenset({"foundry", "cut", "260", "jobs", "orders", "fall", "sharp"})
    changed = frozenset({"foundry", "shed", "320", "jobs", "orders", "drop", "sharp"})
    # the report's figure, among words of its own (forge_light: "slump", "sectors", "following", …)
    light = frozenset({"foundry", "shed", "260", "jobs", "orders", "drop", "slump", "sectors", "following"})
    copy = frozenset({"foundry", "shed", "320", "jobs", "orders", "drop"})  # the changed one's
    assert changed_figure_lean(light, changed, report) == -1.0
    assert own_readings_lean(light, changed, report) == -1.0  # before: 2 of 3 put-in words held, leaning to it
    assert own_readings_lean(copy, changed, report) == 1.0
    assert changed_figure_lean(light, frozenset({"shed"}), frozenset({"cut"})) is None  # no figure changed
    assert changed_figure_lean(light, changed, report, None) is None  # not read (stores made before)


def test_a_copy_that_puts_its_sources_wrong_figure_right_is_traced_to_that_source(tmp_path: Path) -> None:
    # reviewD: bridge_q3 is the wire's bridge_u2 word for word but the cost, put back to the council's £620,000;
    # the figure said "made from the council's report" and the wire copy was listed as a sibling
    db = tmp_path / "store.db"
    index_paths([str(SET / "bridge_o.json"), str(SET / "bridge_u2.json")], db, workers=1)
    found = [(m.id, m.role) for m in trace(str(SET / "bridge_q3.json"), db).matches]
    assert found == [("bridge_u2", "source"), ("bridge_o", "source")]


def test_a_query_holding_the_other_sides_wording_whole_and_none_of_its_own_is_no_copy_of_the_figures_side() -> None:
    original = frozenset({"footbridge", "across", "close", "cross", "directed", "slippery", "620,000", "hexham"})
    wire = frozenset({"footbridge", "over", "shut", "use", "diverted", "treacherous", "6.2m", "hexham"})
    fixed = wire - {"6.2m"} | {"620,000"}
    assert changed_figure_lean(fixed, wire, original) is None
    assert own_readings_lean(fixed, wire, original) > 0  # the wire copy's wording it holds whole
