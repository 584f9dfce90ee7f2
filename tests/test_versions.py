"""Versions: a changed text under a stored id is kept beside the old one, traced against it, and the candidate
index follows (a trace after the change finds what the store links)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from unspun.cli.main import main
from unspun.run.indexer import index_paths, trace, trace_dict
from unspun.store.sqlite import Store
from unspun.store.stories import build_stories

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "corpus"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("harbour_original.txt", "harbour_trimmed.txt", "orchard_original.txt"):
        shutil.copy(CORPUS / name, pages / name)
    return pages


def _edit(path: Path) -> None:
    """A stealth edit: one number and one sentence changed, the rest as published."""
    text = path.read_text()
    edited = text.replace("more than forty homes", "more than sixty homes", 1)
    assert edited != text
    path.write_text(edited + "\nThe council later revised its count of flooded homes.\n")


def test_a_changed_file_is_a_new_version_traced_against_the_old_one(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.db"
    first = index_paths([str(folder)], db)
    _edit(folder / "harbour_original.txt")
    second = index_paths([str(folder)], db)
    assert (second.added, second.new_versions, second.unchanged) == (1, 1, first.added - 1)
    assert "1 of them new version(s) of stored ones" in second.line()
    with Store(db) as store:
        assert store.count() == first.added + 1
        assert sorted(store.stored_hashes()) == ["pages/harbour_original.txt", "pages/harbour_trimmed.txt",
                                                 "pages/orchard_original.txt"]

    result = trace_dict(trace(str(folder / "harbour_original.txt"), db))
    assert result["schema"] == "unspun.trace/3"
    assert (result["query"]["version"], result["query"]["versions"]) == (2, 2)
    old = [m for m in result["matches"] if m["id"] == "pages/harbour_original.txt"]
    assert len(old) == 1 and old[0]["version"] == 1 and old[0]["versions"] == 2
    assert old[0]["relation"] in {"near_duplicate", "duplicate"} and old[0]["facts_changed"]
    assert any(m["id"] == "pages/harbour_trimmed.txt" for m in result["matches"])

    assert main(["trace", str(folder / "harbour_original.txt"), "--db", str(db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["query"]["version"] == 2
    assert main(["trace", str(folder / "harbour_original.txt"), "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "(version 2 of 2)" in lines[0]
    assert any("pages/harbour_original.txt" in line and "(version 1 of 2)" in line for line in lines[1:])


def test_after_a_change_the_source_still_finds_its_copies(folder: Path, tmp_path: Path) -> None:
    """The cached candidate index follows the new version (it once went stale: 0 matches)."""
    db = tmp_path / "c.db"
    index_paths([str(folder)], db)
    before = trace(str(folder / "harbour_trimmed.txt"), db).matches
    assert any(m.id == "pages/harbour_original.txt" for m in before)
    _edit(folder / "harbour_original.txt")
    index_paths([str(folder)], db)
    after = trace(str(folder / "harbour_trimmed.txt"), db).matches
    versions = sorted(m.version for m in after if m.id == "pages/harbour_original.txt")
    assert versions == [1, 2]
    with Store(db) as store:  # and the new version's links are stored, beside the old one's
        [old, new] = store.keys_of(["pages/harbour_original.txt"])
        [copy] = store.keys_of(["pages/harbour_trimmed.txt"])
        linked = {(p.a, p.b) for p in store.pairs()}
        assert {(old, copy), (copy, new), (old, new)} <= linked


def test_stories_hold_the_latest_version_of_each_article_once(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    index_paths([str(folder)], db)
    _edit(folder / "harbour_original.txt")
    index_paths([str(folder)], db)
    with Store(db) as store:
        stories = build_stories(store)
    members = [a for s in stories for a in s.articles]
    assert sorted(members) == sorted(set(members))
    harbour = next(s for s in stories if "pages/harbour_original.txt" in s.articles)
    assert "pages/harbour_trimmed.txt" in harbour.articles
