"""A trace's order where the query's sources tie on score (tests/fixtures/trace_ties, truth in its truth.json): the
readings the query shares with each source order them. A summary written from a report lists the report before the
report's human rewrite, which the static alignment scores higher (0.968 against 0.442); a summary written from the
rewrite, in its words, lists the rewrite first (probe52 A6, F6; probe50 c3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from unspun.corpus.families import own_readings_lean
from unspun.corpus.story_clusters import family_words
from unspun.run.indexer import index_paths, trace

SET = FIXTURES / "trace_ties"


def _text(name: str) -> str:
    return str(json.loads((SET / f"{name}.json").read_text(encoding="utf-8"))["text"])


def test_a_summary_lists_the_text_it_was_written_from_first(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    index_paths([str(SET / "quarry2.json"), str(SET / "quarry1.json")], db, workers=1)
    first = [Path(m.id).stem for m in trace(str(SET / "quarry_summary.json"), db).matches]
    assert first[:2] == ["quarry1", "quarry2"]
    assert [Path(m.id).stem for m in trace(str(SET / "quarry_summary2.json"), db).matches][:1] == ["quarry2"]


def test_the_query_leans_to_the_readings_of_the_text_it_was_made_from() -> None:
    report, rewrite, copy, copy_of_copy = (family_words(_text(n)) for n in ("quarry1", "quarry2", "quarry3", "quarry4"))
    summary, summary_of_rewrite = family_words(_text("quarry_summary")), family_words(_text("quarry_summary2"))
    lean = own_readings_lean(summary, rewrite, report)
    assert lean is not None and lean <= 0  # holds the report's words the rewrite took out, none the rewrite put in
    lean = own_readings_lean(summary_of_rewrite, rewrite, report)
    assert lean is not None and lean > 0
    # a copy of a copy keeps its parent's changed figure (65 jobs, not 62) and its closing line
    lean = own_readings_lean(copy_of_copy, copy, report)
    assert lean is not None and lean > 0
    # a summary holds neither of two copies' own changes (a job title, one verb): nothing to read
    assert own_readings_lean(summary, copy_of_copy, copy) is None


EDITS = FIXTURES / "trace_edits"
_EDIT_CASES = json.loads((EDITS / "truth.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", [name for name, case in _EDIT_CASES.items() if not case["held_out"]])
def test_a_copy_lists_the_copy_it_was_made_from_first_whatever_that_copy_only_added_or_cut(
        case: str, tmp_path: Path) -> None:
    """tests/fixtures/trace_edits (fit): a live story's next version lists every earlier version newest first (each
    only added an update); a verbatim copy of a shortened copy lists the shortened copy first (it only cut); a copy
    that kept another copy's commentary whole but put its figure back lists that copy first (reviewA 1-3)."""
    truth = _EDIT_CASES[case]
    db = tmp_path / "store.db"
    index_paths([str(EDITS / f"{m}.json") for m in truth["stored"]], db, workers=1)
    assert [Path(m.id).stem for m in trace(str(EDITS / f"{truth['query']}.json"), db).matches] == truth["order"]


def _edit_readings(name: str) -> frozenset[str]:
    return frozenset(family_words(json.loads((EDITS / f"{name}.json").read_text(encoding="utf-8"))["text"]))


def test_a_source_that_changed_one_side_only_is_read_by_that_side() -> None:
    report, updated, next_update, short = (_edit_readings(n) for n in ("ferry1", "ferry_live2", "ferry_live3",
                                                                         "ferry_short"))
    assert own_readings_lean(next_update, updated, report) == 1.0  # holds the update the source appended
    assert own_readings_lean(report, short, report) == -1.0  # holds what the source cut
    assert own_readings_lean(short, short, report) is None  # a copy of the cut copy: nothing to read
