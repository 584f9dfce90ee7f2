"""Trace finds a summary of a stored article's source: the seeds' case (000 stored, a spun copy of the full
report 001 traced), which found no candidate before candidates knew rewrites."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURES, need_shared
from unspun.model import DERIVED_RELATIONS
from unspun.run.indexer import index_paths, trace


def test_trace_of_the_spun_report_finds_the_stored_summary(tmp_path: Path) -> None:
    seeds = need_shared("seeds")
    db = tmp_path / "seeds.db"
    others = sorted(str(p) for p in (FIXTURES / "corpus").glob("*.txt"))
    index_paths([str(seeds / "000_43609836e1b9b3c0.txt"), *others], db)
    result = trace(str(seeds / "001_0606f60f08f8ff19.txt"), db)
    found = {Path(m.id).name: m for m in result.matches}
    summary = found.get("000_43609836e1b9b3c0.txt")
    assert summary is not None, f"no match for the summary among {sorted(found)}"
    assert summary.relation in DERIVED_RELATIONS
    assert summary.title == "Ukraine to increase Belarus border defence after Putin-Lukashenko meeting"
    assert not any("harbour" in key or "library" in key for key in found)


@pytest.mark.parametrize("query", ["port_strike_summary.txt"])
def test_trace_of_a_human_summary_finds_its_source(tmp_path: Path, query: str) -> None:
    articles = FIXTURES / "articles"
    stored = [str(p) for p in sorted(articles.glob("*.txt")) if p.name != query]
    db = tmp_path / "articles.db"
    index_paths(stored, db)
    matches = trace(str(articles / query), db).matches
    assert "port_strike.txt" in {Path(m.id).name for m in matches}
