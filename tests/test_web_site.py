"""The static site of ``unspun report``: the serve templates, stored verdicts, stable story ids, stale pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, family_feeds
from unspun.corpus.story_clusters import story_id
from unspun.run.indexer import index_paths
from unspun.store.sqlite import Store
from unspun.web.pages import SiteLinks
from unspun.web.site import MANIFEST, write_site

CORPUS = FIXTURES / "corpus"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("site") / "news.db"
    index_paths([str(CORPUS)], db, workers=1)
    return db


def _id(db: Path, name: str) -> str:
    with Store(db, create=False) as s:
        return next(m.id for m in s.metas() if m.id.endswith(name))


def test_pair_pages_show_the_stored_verdict_and_say_where_passages_come_from(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(store, out)
    links = SiteLinks()
    original, spun = _id(store, "harbour_original.txt"), _id(store, "harbour_spun.txt")
    with Store(store, create=False) as s:
        keys = {m.id: m.pk for m in s.metas()}
        stored = next(p for p in s.pairs() if {p.a, p.b} == {keys[original], keys[spun]})
    a, b = (original, spun) if stored.a == keys[original] else (spun, original)
    page = (out / links.pair(a, b)).read_text(encoding="utf-8")
    assert "Verdict as stored by &#39;unspun index&#39;" in page
    assert f"Confidence <b>{stored.verdict.confidence:.2f}</b>" in page
    assert stored.verdict.relation.replace("_", " ") in page and "data-al=" in page
    assert "<script src=\"app.js\" defer></script>" in page and (out / "app.js").exists()


def test_overview_ranks_families_with_copies_first_and_hides_singletons(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(store, out)
    index = (out / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r"<tr data-text=\"[^\"]*\".*?data-size=\"(\d+)\"([^>]*)>", index, flags=re.S)
    assert rows[0][0] != "1" and "Kelderwick" in index.split("<tr data-text")[1]
    assert all("hidden" in extra for size, extra in rows if size == "1")
    assert "show single-article stories" in index and "Legend" in index
    assert "altered facts" in index


def test_story_ids_derive_from_the_origin_and_survive_new_articles(store: Path, tmp_path: Path) -> None:
    origin = _id(store, "harbour_original.txt")
    first = tmp_path / "one"
    write_site(store, first)
    assert (first / f"{story_id(origin)}.html").exists()
    grown = tmp_path / "grown.db"
    grown.write_bytes(store.read_bytes())
    index_paths([str(FIXTURES / "articles" / "rail_derailment.txt")], grown, workers=1)
    second = tmp_path / "two"
    write_site(grown, second)
    assert (second / f"{story_id(origin)}.html").exists()


def test_a_rerun_removes_its_stale_pages_and_keeps_other_files(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(store, out)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    small = tmp_path / "small.db"
    index_paths([str(CORPUS / "orchard_original.txt")], small, workers=1)
    write_site(small, out)
    written = set((out / MANIFEST).read_text(encoding="utf-8").split())
    on_disk = {p.name for p in out.iterdir()} - {MANIFEST, "notes.txt"}
    assert on_disk == written and not any(n.startswith("pair-") for n in on_disk)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_an_article_in_another_language_is_stored_and_shown_without_a_spin_score(tmp_path: Path) -> None:
    # Indexed beside an English one: the store keeps no score for the German report (its English word statistics
    # would accuse it), its page says why, and the English article's page shows its score.
    folder = FIXTURES / "spin_languages"
    db = tmp_path / "news.db"
    index_paths([str(folder / "de_report.txt"), str(folder / "en_names.txt")], db, workers=1)
    with Store(db, create=False) as s:
        spins = {m.id.rsplit("/", 1)[-1]: s.analysis(m.pk, 0).spin for m in s.metas()}
    assert spins["de_report.txt"] is None and spins["en_names.txt"] is not None
    out = tmp_path / "site"
    write_site(db, out)
    links = SiteLinks()
    german = (out / links.article(_id(db, "de_report.txt"))).read_text(encoding="utf-8")
    english = (out / links.article(_id(db, "en_names.txt"))).read_text(encoding="utf-8")
    assert "spin not scored (not English prose)" in german
    assert f"spin {spins['en_names.txt']:.2f}" in english and "not scored" not in english


def test_every_link_in_the_site_resolves_to_a_written_file(store: Path, tmp_path: Path) -> None:
    # Article pages link a pair from either side ("side by side"); the site writes each pair once (probe37 row 33).
    out = tmp_path / "site"
    write_site(store, out)
    pages = sorted(out.glob("*.html"))
    hrefs = {(page.name, href) for page in pages
             for href in re.findall(r'(?:href|src)="([^"#?]+)', page.read_text(encoding="utf-8"))}
    local = {(page, href) for page, href in hrefs if "://" not in href and not href.startswith("mailto:")}
    assert any(href.startswith("pair-") for _, href in local)
    assert any(page.startswith("a-") and href.startswith("pair-") for page, href in local)
    missing = sorted((page, href) for page, href in local if not (out / href).is_file())
    assert not missing


def test_a_story_page_written_under_a_former_id_leads_to_the_story_now_holding_it(tmp_path: Path) -> None:
    # probe37 row 25: a report and its spun copy, then the report's dated twin on a news site, which becomes the
    # story's origin and so changes its id; the page the first run wrote leads to the new one.

    db, out = tmp_path / "news.db", tmp_path / "site"
    first, later = family_feeds(tmp_path)
    index_paths([str(first)], db, workers=1)
    write_site(db, out)
    former = out / f"{story_id('in/origin.txt')}.html"
    assert former.exists()
    index_paths([str(later)], db, workers=1)
    write_site(db, out)
    now = f"{story_id('feed-1')}.html"
    assert (out / now).exists()
    assert f'http-equiv="refresh" content="0; url={now}"' in former.read_text(encoding="utf-8")
    write_site(db, out)  # kept on later runs too
    assert former.exists() and former.name in (out / MANIFEST).read_text(encoding="utf-8").split()
