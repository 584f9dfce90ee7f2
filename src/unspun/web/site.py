"""``unspun report``: the store as a static site, with the same templates as ``unspun serve``.

Pages: ``index.html`` (the stories overview, ranked; single-article stories behind a filter), one page per story
(derivation graph, timeline), per article, per stored pair and per version of an article after its first (what
it changed), ``help.html``, and the shared ``app.css`` and ``app.js``. Pair pages show the stored verdict; their
passages are recomputed with the indexer's engine (``run.lookup``) and say so. Story ids derive from the story's
origin, so links survive re-runs; a story page written under a former id (the origin changed) becomes a page
leading to the story now holding its articles; a re-run removes the other pages of the run before that it did not
write again (listed in ``.unspun-site``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from importlib import resources
from pathlib import Path

from unspun.config import Settings
from unspun.corpus.story_clusters import story_anchors, story_now_holding
from unspun.errors import OutputError
from unspun.model import DERIVED_RELATIONS
from unspun.pair.engine import PairEngine
from unspun.run.lookup import compare_versions, stored_comparison
from unspun.run.pool import store_engine
from unspun.store.sqlite import Store
from unspun.web.pages import Pages, SiteLinks, story_rows

MANIFEST = ".unspun-site"  # the files the last run wrote, one a line
_FORMER_STORY = re.compile(r"(s-[0-9a-f]{12})\.html")  # a story page (``SiteLinks.story`` of ``story_id``)
ASSETS = ("app.css", "app.js")


def write_site(db: Path, out: Path, settings: Settings | None = None) -> int:
    """Write the site of the store at ``db`` into ``out``; returns the number of pages. ``settings`` (default:
    those the store saved; refused if they would read its results otherwise) cluster the stories and recompute
    the pairs' passages, as ``unspun stories`` and ``unspun serve`` do."""
    from unspun.store.stories import cluster_store

    pages = Pages(SiteLinks(), server=False)
    links = pages.links
    files: dict[str, str] = {}
    with Store(db, create=False) as store, store.snapshot():  # one commit's store, whatever an index adds meanwhile
        engine = store_engine(store, None if settings is None else PairEngine(settings, precise=False))
        metas_list = store.metas()
        all_pairs = store.pairs()
        stories, _ = cluster_store(store, engine.settings.stories, engine.settings.text)
        metas = {m.id: m for m in metas_list}
        by_pk = {m.pk: m for m in metas_list}
        pairs = [p for p in all_pairs if p.verdict.relation in DERIVED_RELATIONS]
        story_of = {a: s for s in stories for a in s.articles}
        changes: dict[str, int] = {}
        for p in all_pairs:  # every stored pair: article pages link each of theirs, from either side
            found = stored_comparison(store, p.a, p.b, engine)
            a, b = by_pk[p.a].id, by_pk[p.b].id
            files[links.pair(a, b)] = pages.pair(found, links.pair(a, b))
            if a in story_of and p.verdict.relation in DERIVED_RELATIONS:
                changes[story_of[a].id] = changes.get(story_of[a].id, 0) + len(found.comparison.changes)
        for meta in metas_list:
            article = replace(store.article(meta.pk), removed=store.removed_of(meta.pk))
            versions = store.versions(meta.id)
            files[links.article(meta.id)] = pages.article(
                article, article.removed, store.analysis(meta.pk, 0).spin, store.pairs_of(meta.pk), by_pk, meta.pk,
                story_of.get(meta.id), versions)
            this = next(number for number, key in versions if key == meta.pk)
            if this > 1:  # what this version changed, linked from the article's page
                edit = compare_versions(store, meta.id, (this - 1, this), engine)
                files[links.versions(meta.id, this - 1, this)] = pages.versions(edit, None)
    rows = story_rows(stories, metas, pairs, by_pk, {s.id: changes.get(s.id, 0) for s in stories})
    singletons = sum(1 for r in rows if len(r.story.articles) == 1)
    files["index.html"] = pages.render("stories.html", rows=rows, query={}, page=1, pages=1,
                                       total=len(rows) - singletons, hidden=singletons)
    for story in stories:
        inside = {metas[a].pk for a in story.articles if a in metas}
        files[links.story(story.id)] = pages.story(
            story, metas, [p for p in pairs if p.a in inside and p.b in inside], by_pk)
    # A story page an earlier run wrote under a former id (its origin changed) leads to the story holding it now.
    anchors = story_anchors(metas)
    for name in sorted(_written_before(out) - set(files)):
        former = _FORMER_STORY.fullmatch(name)
        moved = story_now_holding(former.group(1), stories, anchors) if former else None
        if moved is not None:
            files[name] = pages.render("moved.html", target=links.story(moved.id), story=moved)
    files["help.html"] = pages.render("help.html")
    _write(out, files)
    return len(files)


def _written_before(out: Path) -> set[str]:
    """The files the last run listed in ``out``'s manifest (none on a first run)."""
    manifest = out / MANIFEST
    try:
        return set(manifest.read_text(encoding="utf-8").split()) if manifest.exists() else set()
    except OSError as error:
        raise OutputError(f"cannot read {manifest}: {error.strerror}") from error


def _write(out: Path, files: dict[str, str]) -> None:
    static = resources.files("unspun.web") / "static"
    try:
        out.mkdir(parents=True, exist_ok=True)
        manifest = out / MANIFEST
        before = _written_before(out)
        for name, html in files.items():
            (out / name).write_text(html, encoding="utf-8")
        for name in ASSETS:
            (out / name).write_bytes((static / name).read_bytes())
        written = set(files) | set(ASSETS)
        for stale in sorted(before - written):
            if "/" not in stale and not stale.startswith("."):
                (out / stale).unlink(missing_ok=True)
        manifest.write_text("\n".join(sorted(written)) + "\n", encoding="utf-8")
    except OSError as error:
        raise OutputError(f"cannot write the site to {out}: {error.strerror}") from error
