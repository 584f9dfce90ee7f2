"""A trace's order where the query's sources tie on score (tests/fixtures/trace_ties, truth in its truth.json): the
readings the query shares with each source order them. A summary written from a report lists the report before the
report's human rewrite, which the static alignment scores higher (0.968 against 0.442); a summary written from the
rewrite, in its words, lists the rewrite first (probe52 A6, F6; probe50 c3)."""

from __future__ import annotations

import json
from pathlib import Path

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
