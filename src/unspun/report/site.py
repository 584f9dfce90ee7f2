"""Report: the store → a static HTML site (stories, their articles and derivation links, a page per pair).

Article text and titles come from the web: everything from the store goes through ``escape``. Pair pages
reuse the pair report (``unspun.report.html.comparison_html``), recomputing the alignment for derived pairs.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from unspun.errors import OutputError
from unspun.model import DERIVED_RELATIONS, ArticleMeta, Comparison, Segmented, StoredPair, Story
from unspun.store.sqlite import Store

_STYLE = (
    "body{font:15px/1.5 system-ui,sans-serif;margin:20px auto;max-width:960px;color:#222}"
    "li{margin:3px 0}.muted{color:#666}table{border-collapse:collapse}"
    "td,th{border:1px solid #ddd;padding:4px 8px;text-align:left}"
)

Compare = Callable[[Segmented, Segmented], Comparison]


def write_site(db: Path, out: Path, compare: Compare | None = None) -> int:
    """Write ``index.html``, one page per story and one per derived pair; returns the number of pages."""
    from unspun.store.stories import build_stories

    with Store(db, create=False) as store:
        stories = store.stories() or build_stories(store)
        metas = {m.pk: m for m in store.metas()}
        pairs = [p for p in store.pairs() if p.verdict.relation in DERIVED_RELATIONS]
        pages = _pair_pages(store, pairs, compare)
    by_id = {m.id: m for m in metas.values()}
    files = {"index.html": index_page(stories, by_id)}
    for story in stories:
        inside = {by_id[a].pk for a in story.articles if a in by_id}
        links = [p for p in pairs if p.a in inside and p.b in inside]
        files[f"{story.id}.html"] = story_page(story, by_id, links, metas)
    files.update(pages)
    _write(out, files)
    return len(files)


def index_page(stories: list[Story], by_id: dict[str, ArticleMeta]) -> str:
    ordered = sorted(stories, key=lambda s: (-len(s.articles), s.id))
    items = "".join(
        f"<li><a href='{escape(s.id)}.html'>{escape(_title(by_id, s.articles[0]))}</a> "
        f"<span class='muted'>{len(s.articles)} article(s)</span></li>"
        for s in ordered
    )
    return _page("unspun: stories", f"<h1>Stories</h1><ol>{items}</ol>")


def story_page(
    story: Story, by_id: dict[str, ArticleMeta], links: list[StoredPair], metas: dict[int, ArticleMeta]
) -> str:
    rows = "".join(
        f"<tr><td>{escape(a)}{' <b>(origin)</b>' if a == story.origin else ''}</td>"
        f"<td>{escape(_title(by_id, a))}</td>"
        f"<td>{escape(by_id[a].published or '') if a in by_id else ''}</td>"
        f"<td>{escape(by_id[a].site or '') if a in by_id else ''}</td></tr>"
        for a in story.articles
    )
    derived = "".join(
        f"<li><a href='{_pair_file(p)}'>{escape(metas[p.a].id)} ↔ {escape(metas[p.b].id)}</a>: "
        f"{escape(p.verdict.relation)}, {escape(p.verdict.direction)} "
        f"(confidence {p.verdict.confidence:.2f})</li>"
        for p in links
    )
    body = (
        f"<p><a href='index.html'>← all stories</a></p><h1>{escape(_title(by_id, story.articles[0]))}</h1>"
        f"<p>Origin: {escape(story.origin or 'unknown')}</p>"
        f"<table><tr><th>id</th><th>title</th><th>published</th><th>site</th></tr>{rows}</table>"
        f"<h2>Derivation links</h2><ul>{derived or '<li class=muted>none</li>'}</ul>"
    )
    return _page(f"unspun: {_title(by_id, story.articles[0])}", body)


def _pair_pages(store: Store, pairs: list[StoredPair], compare: Compare | None) -> dict[str, str]:
    from unspun.report.html import comparison_html
    from unspun.run.indexer import stored_segmented

    if not pairs:
        return {}
    if compare is None:
        from unspun.pair.pipeline import compare_segmented

        compare = compare_segmented
    return {
        _pair_file(p): comparison_html(compare(stored_segmented(store, p.a), stored_segmented(store, p.b)))
        for p in pairs
    }


def _pair_file(p: StoredPair) -> str:
    return f"pair-{p.a}-{p.b}.html"


def _title(by_id: dict[str, ArticleMeta], article_id: str) -> str:
    meta = by_id.get(article_id)
    return (meta.title if meta and meta.title else article_id) or article_id


def _page(title: str, body: str) -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
        f"<style>{_STYLE}</style></head><body>{body}</body></html>"
    )


def _write(out: Path, files: dict[str, str]) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
        for name, html in files.items():
            (out / name).write_text(html, encoding="utf-8")
    except OSError as error:
        raise OutputError(f"cannot write the site to {out}: {error.strerror}") from error
