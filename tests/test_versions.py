"""Versions: a changed text under a stored id is kept beside the old one, traced against it, and the candidate
index follows (a trace after the change finds what the store links)."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from unspun.cli.main import main
from unspun.config import DEFAULT
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
    assert result["schema"] == "unspun.trace/5"
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


# --- what changed between two versions: compare --versions, the web app, the static site ---------------------

HARBOUR = "pages/harbour_original.txt"


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(folder, store): the fixture folder indexed, harbour_original edited (a stealth edit), indexed again."""
    root = tmp_path_factory.mktemp("versions")
    pages = root / "pages"
    pages.mkdir()
    for name in ("harbour_original.txt", "harbour_trimmed.txt", "orchard_original.txt"):
        shutil.copy(CORPUS / name, pages / name)
    index_paths([str(pages)], root / "c.db")
    _edit(pages / "harbour_original.txt")
    index_paths([str(pages)], root / "c.db")
    return pages, root / "c.db"


def _changed_number(out: dict) -> bool:
    return any("forty" in ch["a"]["text"] and "sixty" in ch["b"]["text"] for ch in out["changes"])


def test_compare_versions_shows_what_the_latest_version_changed(
    edited: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, db = edited
    assert main(["compare", "--db", str(db), "--versions", HARBOUR, "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["schema"] == "unspun.comparison/5"
    assert out["versions"] == {"id": HARBOUR, "a": 1, "b": 2, "of": 2}
    assert out["verdict"]["relation"] in {"near_duplicate", "duplicate"} and out["stored"]
    # the store's order of the id's versions says which came first (the edit adds a sentence: by the shares alone,
    # version 1 reads as version 2 shortened)
    assert out["verdict"]["direction"] == "a_to_b"
    assert _changed_number(out), "the stealth edit's number is among the changes"
    assert {"kind": "addition", "b": "The council later revised its count of flooded homes."} in [
        {"kind": ch["kind"], "b": ch["b"]["text"]} for ch in out["changes"]]

    # By the file's path, as trace takes it; in the other order; as text and as a page.
    page = tmp_path / "v.html"
    assert main(["compare", "--db", str(db), "--versions", str(folder / "harbour_original.txt"),
                 "--between", "2", "1", "--html", str(page)]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"Version 2 (A) against version 1 (B) of {HARBOUR}, of 2 stored; ")
    assert main(["compare", "--db", str(db), "--versions", HARBOUR, "--between", "2", "1", "--format", "json"]) == 0
    backwards = json.loads(capsys.readouterr().out)["verdict"]
    assert backwards["direction"] == "b_to_a" and any("version 1 came first" in e for e in backwards["evidence"])
    assert "Changes (" in text and "sixty" in text
    html = page.read_text()
    assert "A (version 2)" in html and "B (version 1)" in html and "<style>" in html


@pytest.mark.parametrize(("args", "says"), [
    (["--versions", "pages/orchard_original.txt"], "has one stored version: nothing to compare"),
    (["--versions", HARBOUR, "--between", "1", "5"], "has no version 5: it has versions 1 to 2"),
    (["--versions", HARBOUR, "--between", "2", "2"], "version 2 against itself"),
    (["--versions", "pages/gone.txt"], "no article 'pages/gone.txt' in the store"),
])
def test_compare_versions_refuses_what_is_not_there_with_one_line(
    edited: tuple[Path, Path], capsys: pytest.CaptureFixture[str], args: list[str], says: str
) -> None:
    assert main(["compare", "--db", str(edited[1]), *args]) == 2
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1


@pytest.mark.parametrize(("args", "says"), [
    (["--versions", HARBOUR], "--versions needs the store: add --db STORE"),
    (["a.txt", "b.txt", "--db", "c.db"], "--db applies to --versions ID only"),
    (["a.txt", "b.txt", "--between", "1", "2"], "--between applies to --versions ID only"),
    (["a.txt", "--versions", HARBOUR, "--db", "c.db"], "give either --versions ID or pages to compare"),
])
def test_options_of_the_versions_mode_are_refused_elsewhere(
    capsys: pytest.CaptureFixture[str], args: list[str], says: str
) -> None:
    assert main(["compare", *args]) == 2
    assert says in capsys.readouterr().err


def test_the_web_app_links_trace_and_article_pages_to_the_versions_page(edited: tuple[Path, Path]) -> None:
    from fastapi.testclient import TestClient

    from unspun.web.app import create_app
    from unspun.web.pages import article_key

    folder, db = edited
    client = TestClient(create_app(db), raise_server_exceptions=False)
    key = article_key(HARBOUR)
    out = client.get(f"/api/versions/{key}").json()
    assert out["versions"] == {"id": HARBOUR, "a": 1, "b": 2, "of": 2} and _changed_number(out)
    assert client.get(f"/api/versions/{key}/2/1").json()["versions"]["a"] == 2
    missing = client.get(f"/api/versions/{key}/1/9")
    assert missing.status_code == 404 and "has no version 9" in missing.json()["error"]

    page = client.get(f"/versions/{key}/1/2")
    assert page.status_code == 200
    assert "Version 1 (A) against version 2 (B) of pages/harbour_original.txt" in page.text
    assert "A (version 1)" in page.text and "sixty" in page.text
    article = client.get(f"/articles/{key}").text
    assert "Version 2 of 2 stored under this id" in article and f'href="/versions/{key}/1/2"' in article

    traced = client.post("/trace", data={"q_text": (folder / "harbour_trimmed.txt").read_text()}).text
    assert "1 of 2" in traced and "2 of 2" in traced, "both versions of the source are matches"
    assert f'href="/versions/{key}/1/2"' in traced


def test_the_static_site_has_a_page_per_version_change(edited: tuple[Path, Path], tmp_path: Path) -> None:
    from unspun.web.pages import article_key
    from unspun.web.site import write_site

    write_site(edited[1], tmp_path / "site")
    key = article_key(HARBOUR)
    changed = (tmp_path / "site" / f"v-{key}-1-2.html").read_text()
    assert "B (version 2)" in changed and "sixty" in changed
    assert f'href="v-{key}-1-2.html"' in (tmp_path / "site" / f"a-{key}.html").read_text()


def test_compare_versions_orders_by_the_pages_modified_time_not_the_indexing_order(tmp_path: Path) -> None:
    """An archive indexed out of order: the update of a Stroud council story (its record's "modified" 23:10) is
    stored as version 1, the first version (never modified) as version 2. The modified time says which came first;
    a modified time before the published time says nothing, and the store's order answers again."""
    from unspun.run.lookup import _in_version_order, compare_versions

    fixtures = Path(__file__).parent / "fixtures" / "modified_versions"
    pages = tmp_path / "pages"
    pages.mkdir()
    page, db = pages / "council.json", tmp_path / "c.db"
    for name in ("council_v2.json", "council_v1.json"):
        shutil.copy(fixtures / name, page)
        index_paths([str(pages)], db)
    with Store(db) as store:
        found = compare_versions(store, "pages/council.json").found
    verdict = found.comparison.verdict
    assert verdict.direction == "b_to_a"
    # the judge reads the modified time itself (``judge._modified_clue``), so the version order adds no line
    assert any("modified later" in e and "23:10" in e for e in verdict.evidence)
    # a store whose settings order no versions by their modified times keeps its own order (reviewA 8)
    unordered = replace(DEFAULT, direction_modified_orders_versions=False)
    kept = _in_version_order(found, 1, 2, unordered).comparison.verdict
    assert kept.direction == "a_to_b" and any("version 1 came first" in e for e in kept.evidence)

    stale = json.loads((fixtures / "council_v2.json").read_text())
    stale["modified"] = "2025-02-19T08:00:00+00:00"  # before its 20:30 publication: a stale field
    page.write_text(json.dumps(stale))
    index_paths([str(pages)], db)
    with Store(db) as store:
        verdict = compare_versions(store, "pages/council.json", (2, 3)).found.comparison.verdict
    assert verdict.direction == "a_to_b" and any("version 2 came first" in e for e in verdict.evidence)


def test_a_record_sent_again_with_its_modified_time_is_a_new_version_that_keeps_it(tmp_path: Path) -> None:
    """reviewA 8 (session 43): a JSON Lines record re-sent with only its "modified" added was "already stored" (the
    content hash read its text and the other fields beside it, not that one), so its modified time was never
    recorded. A record without one keeps its hash: a store indexed before counts it as stored."""
    fixtures = Path(__file__).parent / "fixtures" / "modified_versions"
    first = json.loads((fixtures / "council_v1.json").read_text())
    first = {**first, "id": "stroud-council-bridge"}
    first.pop("modified", None)
    feed, db = tmp_path / "feed.jsonl", tmp_path / "c.db"
    feed.write_text(json.dumps(first) + "\n")
    index_paths([str(feed)], db)
    assert index_paths([str(feed)], db).unchanged == 1
    feed.write_text(json.dumps({**first, "modified": "2025-02-19T23:10:00+00:00"}) + "\n")
    assert index_paths([str(feed)], db).unchanged == 0
    with Store(db) as store:
        versions = store.versions(first["id"])
        assert len(versions) == 2 and store.article(versions[-1][1]).modified == "2025-02-19T23:10:00+00:00"


def test_the_comparison_of_two_versions_gives_each_sides_modified_time_beside_its_published_one() -> None:
    """reviewA 8 (session 43): the sides of ``unspun.comparison/3`` gave "published" but not "modified", though the
    verdict's evidence reads it ("A is … page modified later")."""
    from unspun.api import compare
    from unspun.report.json import comparison_dict

    fixtures = Path(__file__).parent / "fixtures" / "modified_versions"
    out = comparison_dict(compare(fixtures / "council_v2.json", fixtures / "council_v1.json"))
    assert out["a"]["modified"] == "2025-02-19T23:10:00+00:00" and out["b"]["modified"] is None
    assert out["a"]["published"] == out["b"]["published"]


def test_a_store_made_before_modified_counted_takes_the_same_feed_again_as_stored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """reviewA 4 (session 44): a store whose content hashes were made before a record's "modified" counted in them
    added every record with one again, as a second version of itself, when the same JSON Lines were indexed into it
    ("trace" then listed the page twice). A stored version with the record's hash without it and the same modified
    time is that record; one modified later is a new version."""
    import unspun.run.indexer as indexer

    fixtures = Path(__file__).parent / "fixtures" / "modified_versions"
    page = {**json.loads((fixtures / "council_v2.json").read_text()), "id": "stroud-council-bridge"}
    feed, db = tmp_path / "feed.jsonl", tmp_path / "old.db"
    feed.write_text(json.dumps(page) + "\n")
    content_hash = indexer.content_hash
    # the store as indexed before: its hashes without the modified time, which it stores all the same
    monkeypatch.setattr(indexer, "content_hash", lambda record, with_modified=False: content_hash(record, False))
    assert index_paths([str(feed)], db).added == 1
    monkeypatch.setattr(indexer, "content_hash", content_hash)
    again = index_paths([str(feed)], db)
    assert (again.unchanged, again.added) == (1, 0)
    feed.write_text(json.dumps({**page, "modified": "2025-02-20T09:40:00+00:00"}) + "\n")
    assert index_paths([str(feed)], db).unchanged == 0
    with Store(db) as store:
        assert len(store.versions(page["id"])) == 2
