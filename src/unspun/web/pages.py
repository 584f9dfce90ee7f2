"""The pages people read, shared by ``unspun serve`` and the static site of ``unspun report``.

Jinja2 templates (``templates/``, autoescaped: article text and titles come from the web) rendered from the
library's records. Where a page links to differs between the server (``/stories/s-…``) and the static site
(``s-….html``), so each renderer takes a ``Links``. No verdict logic: verdicts, passages and changes come from
the library; this module only arranges them.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from unspun.corpus.story_clusters import published_day
from unspun.model import DERIVED_RELATIONS, Article, ArticleMeta, Comparison, Removed, StoredPair, Story, Verdict
from unspun.report.html import highlighted
from unspun.report.text import DIFFERENCES_HEADING, DIRECTION_WORDS, RELATION_WORDS, spin_words
from unspun.web.graph import RELATION_COLOURS, Edge, Node, derivation_svg, timeline_svg

if TYPE_CHECKING:
    from unspun.run.lookup import StoredComparison, VersionComparison

PALETTE_SIZE = 8  # passage colours, cycled (app.css .al0 … .al7)
# A trace match's direction, relative to the traced article (it is A of each comparison).
TRACE_ROLES = {"a_to_b": "copy", "b_to_a": "source", "common_source": "sibling", "unknown": "related"}
TRACE_DIRECTIONS = {
    "a_to_b": "copied from the traced article",
    "b_to_a": "the traced article derives from it",
    "common_source": "both derive from a common source",
    "unknown": "which came first is unknown",
}

# One line per word a reader meets; the help page and the README show these (a test keeps them equal).
GLOSSARY: dict[str, list[tuple[str, str]]] = {
    "Relations": [
        ("duplicate", "the same text, perhaps with different page furniture"),
        ("near_duplicate", "the same text lightly edited: a few words, a sentence added or cut"),
        ("spun_copy", "the same text run through a word-swapping spinner to disguise the copy"),
        ("rewrite", "the same content reworded, reordered or condensed by a person (few words kept; the facts "
                    "told in the source's order, or in another order with most of the source's figures, names and "
                    "rarer words kept, which another reporter of the event does not keep; or in its order around "
                    "material of the writer's own, with the source's phrases or a quote it picked and most of its "
                    "specifics kept)"),
        ("partial_reuse", "one or more passages taken over; the rest is independent"),
        ("same_story", "the same event reported independently: no reused text"),
        ("unrelated", "different events (also the same people's or organisation's next event: another strike, "
                      "match or ruling, or next month's figures written from last month's report, told apart by its "
                      "days and figures; stories keep such a pair apart)"),
    ],
    "Directions": [
        ("a_to_b", "B derives from A (A is the source)"),
        ("b_to_a", "A derives from B (B is the source)"),
        ("common_source", "both derive from a third text, often a credited agency"),
        ("unknown", "the evidence does not say which came first"),
    ],
    "Scores": [
        ("confidence", "how often a verdict like this one is right about reuse (reused or independent), "
                       "from 0.5 to 0.99, calibrated on labelled pairs from five sources"),
        ("coverage", "the share of a text's characters found in the other one (A's share and B's share)"),
        ("spin score", "how machine-spun a text reads on its own, from 0 (natural) to 1 (word salad); not given "
                       "for a text that is not English prose"),
        ("origin", "the article of a story the others derive from, when the evidence names one"),
    ],
}


class Links(Protocol):
    """Where pages live: the server's routes or the static site's files."""

    def static(self, name: str) -> str: ...
    def home(self) -> str: ...
    def story(self, story_id: str) -> str: ...
    def article(self, article_id: str) -> str: ...
    def pair(self, a: str, b: str) -> str: ...
    def versions(self, article_id: str, a: int, b: int) -> str: ...
    def page(self, name: str) -> str: ...


def article_key(article_id: str) -> str:
    """A short, stable, URL- and file-safe key for an article id (ids are paths and URLs)."""
    return hashlib.blake2b(article_id.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


class ServerLinks:
    def static(self, name: str) -> str:
        return f"/static/{name}"

    def home(self) -> str:
        return "/"

    def story(self, story_id: str) -> str:
        return f"/stories/{quote(story_id, safe='')}"

    def article(self, article_id: str) -> str:
        return f"/articles/{article_key(article_id)}"

    def pair(self, a: str, b: str) -> str:
        return f"/pairs/{article_key(a)}/{article_key(b)}"

    def versions(self, article_id: str, a: int, b: int) -> str:
        return f"/versions/{article_key(article_id)}/{a}/{b}"

    def page(self, name: str) -> str:
        return f"/{name}"


class SiteLinks:
    """The static site: every page a file in one folder."""

    def static(self, name: str) -> str:
        return name

    def home(self) -> str:
        return "index.html"

    def story(self, story_id: str) -> str:
        return f"{story_id}.html"

    def article(self, article_id: str) -> str:
        return f"a-{article_key(article_id)}.html"

    def pair(self, a: str, b: str) -> str:
        """One file per pair whichever article a page names first (the site writes each pair once)."""
        first, second = sorted((article_key(a), article_key(b)))
        return f"pair-{first}-{second}.html"

    def versions(self, article_id: str, a: int, b: int) -> str:
        return f"v-{article_key(article_id)}-{a}-{b}.html"

    def page(self, name: str) -> str:
        return "index.html" if name == "stories" else f"{name}.html"


@dataclass(frozen=True, slots=True)
class StoryRow:
    """One line of the stories overview."""

    story: Story
    title: str
    sites: tuple[str, ...]
    first: str | None
    last: str | None
    relations: Counter[str]
    changes: int | None = None  # altered facts over its derived pairs, when they were recomputed

    @property
    def copies(self) -> int:
        return sum(n for rel, n in self.relations.items() if rel in DERIVED_RELATIONS)

    def rank(self) -> tuple[int, int, int, int, str]:
        """Families with copies, spun copies and altered facts first; then size."""
        return (-min(self.copies, 1), -self.relations["spun_copy"], -(self.changes or 0),
                -len(self.story.articles), self.story.id)


@dataclass(slots=True)
class Pages:
    """The template environment and what every page needs (where links go, whether a server answers)."""

    links: Links
    server: bool  # False: the static site (no compare, trace or add forms)
    store_hint: str | None = None  # shown on store pages when there is no store
    # A page that is one file on its own (``unspun compare --html``): the stylesheet and script inside it.
    inline_assets: bool = False
    env: Environment = field(init=False)

    def __post_init__(self) -> None:
        self.env = Environment(
            loader=PackageLoader("unspun.web", "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["spin_words"] = spin_words
        self.env.globals.update(
            links=self.links, server=self.server, relation_words=RELATION_WORDS, direction_words=DIRECTION_WORDS,
            colours=RELATION_COLOURS, glossary=GLOSSARY, store_hint=self.store_hint,
            inline=_inline_assets() if self.inline_assets else None,
        )

    def render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(**context)

    # --- pages ----------------------------------------------------------------------------------------

    def compare(self, c: Comparison | None, stored_note: str | None = None, form: dict[str, str] | None = None,
                permalink: str | None = None) -> str:
        return self.render("compare.html", c=c and comparison_view(c), note=stored_note, form=form or {},
                           permalink=permalink)

    def pair(self, found: StoredComparison, permalink: str) -> str:
        """A stored pair: the stored verdict over passages recomputed with the indexer's engine."""
        view = comparison_view(found.comparison)
        view["verdict"] = found.verdict
        return self.render("compare.html", c=view, note=pair_note(found), form={}, permalink=permalink)

    def versions(self, vc: VersionComparison, permalink: str | None) -> str:
        """Two stored versions of one article: what changed from A to B."""
        view = comparison_view(vc.found.comparison)
        view["verdict"] = vc.found.verdict
        return self.render("compare.html", c=view, note=version_note(vc), form={}, permalink=permalink,
                           labels={"a": f"version {vc.a}", "b": f"version {vc.b}"})

    def stories(self, rows: Sequence[StoryRow], query: dict[str, str], page: int, pages: int, total: int,
                hidden: int) -> str:
        return self.render("stories.html", rows=rows, query=query, page=page, pages=pages, total=total,
                           hidden=hidden)

    def story(self, story: Story, metas: dict[str, ArticleMeta], pairs: Sequence[StoredPair],
              by_pk: dict[int, ArticleMeta]) -> str:
        nodes, edges = story_graph(story, metas, pairs, by_pk, self.links)
        dated = [(d, n) for n in nodes if (d := published_day(metas[n.key].published if n.key in metas else None))]
        derived = [(by_pk[p.a], by_pk[p.b], p.verdict) for p in pairs]
        return self.render("story.html", story=story, title=story_title(story, metas), metas=metas,
                           graph=derivation_svg(nodes, edges), timeline=timeline_svg(dated), derived=derived)

    def article(self, article: Article, removed: Sequence[Removed], spin: float | None, pairs: Sequence[StoredPair],
                by_pk: dict[int, ArticleMeta], pk: int, story: Story | None,
                versions: Sequence[tuple[int, int]] = ()) -> str:
        """An article's page; ``versions``: (version, key) of every stored version of its id (this one among
        them), each with a link to what changed from the one before."""
        # A stored ``unrelated`` verdict (another event with the same actors) keeps two stories apart; it relates
        # nothing, and the site has no page for it.
        related = [_related(p, pk, by_pk) for p in pairs
                   if p.a in by_pk and p.b in by_pk and p.verdict.relation != "unrelated"]
        this = next((number for number, key in versions if key == pk), None)
        return self.render("article.html", article=article, removed=removed, spin=spin, related=related, story=story,
                           versions=[number for number, _ in versions], this_version=this)

    def error(self, status: int, message: str) -> str:
        return self.render("error.html", status=status, message=message)


def comparison_page(c: Comparison) -> str:
    """One pair as a page that is a file on its own (``unspun compare --html``): the Compare page of ``serve``
    and ``report``, with its stylesheet and script inside."""
    return Pages(SiteLinks(), server=False, inline_assets=True).compare(c)


def version_page(vc: VersionComparison) -> str:
    """Two versions of one article as a page that is a file on its own (``unspun compare --versions --html``)."""
    return Pages(SiteLinks(), server=False, inline_assets=True).versions(vc, None)


def version_note(vc: VersionComparison) -> str:
    """Which versions a version page compares, and where its verdict comes from."""
    return (f"Version {vc.a} (A) against version {vc.b} (B) of {vc.id}, of {vc.versions} stored versions: "
            "what changed between them. ") + pair_note(vc.found).replace("These two articles", "These two versions")


def pair_note(found: StoredComparison) -> str:
    """Where a pair page's verdict and passages come from, in words."""
    if found.stored is None:
        return "These two articles have no stored verdict; everything below was computed now with the indexer's engine."
    note = ("Verdict as stored by 'unspun index'; the passages and changes were recomputed with the same engine "
            "(static sentence vectors).")
    if not found.agrees:
        v = found.comparison.verdict
        note += f" Recomputing now gives {v.relation} ({v.direction}); the stored verdict is shown."
    return note


def _related(p: StoredPair, pk: int, by_pk: dict[int, ArticleMeta]) -> tuple[ArticleMeta, Verdict, str]:
    """The other article of a stored pair, the verdict, and the direction in words from ``pk``'s side."""
    other = by_pk[p.b if p.a == pk else p.a]
    direction: str = p.verdict.direction
    if p.b == pk:  # the page's article is B of the stored pair
        direction = {"a_to_b": "b_to_a", "b_to_a": "a_to_b"}.get(direction, direction)
    return other, p.verdict, TRACE_DIRECTIONS[direction].replace("the traced article", "this article")


def comparison_view(c: Comparison) -> dict[str, Any]:
    """The two texts with linked passages (``data-al``) and marked changes, escaped, plus the tables."""
    sides = {}
    for side in ("a", "b"):
        seg = c.a if side == "a" else c.b
        passages = [(getattr(al, side), f"al al{k % PALETTE_SIZE}", str(k)) for k, al in enumerate(c.alignments)]
        marks = [(place[0 if side == "a" else 1], "change", ch.note) for ch in c.changes for place in ch.places]
        marks += [(getattr(s, side), "sub", "substituted word") for s in c.substitutions]
        sides[side] = {
            "article": seg.article,
            "spin": c.spin_a if side == "a" else c.spin_b,
            "html": Markup(highlighted(seg.article.text, passages, marks)),
        }
    changes = [(ch.kind, *ch.words(c.a.article, c.b.article), ch.note) for ch in c.changes]
    heading = "What changed" if c.verdict.relation in DERIVED_RELATIONS else DIFFERENCES_HEADING
    return {"verdict": c.verdict, "a": sides["a"], "b": sides["b"], "changes": changes,
            "changes_heading": heading, "passages": len(c.alignments)}


def story_title(story: Story, metas: dict[str, ArticleMeta]) -> str:
    """The story's name: its origin's title, else its first article's."""
    for article_id in (story.origin, *story.articles):
        meta = metas.get(article_id or "")
        if meta is not None:
            return meta.title or meta.id
    return story.id


def story_rows(stories: Sequence[Story], metas: dict[str, ArticleMeta], pairs: Sequence[StoredPair],
               by_pk: dict[int, ArticleMeta], changes: dict[str, int] | None = None) -> list[StoryRow]:
    """The overview rows, ranked (``StoryRow.rank``). ``changes``: altered facts per story id, when known."""
    relations: dict[str, Counter[str]] = {s.id: Counter() for s in stories}
    story_of = {article_id: s.id for s in stories for article_id in s.articles}
    for p in pairs:
        a, b = by_pk.get(p.a), by_pk.get(p.b)
        if a and b and story_of.get(a.id) is not None and story_of.get(a.id) == story_of.get(b.id):
            relations[story_of[a.id]][p.verdict.relation] += 1
    rows = []
    for s in stories:
        members = [metas[a] for a in s.articles if a in metas]
        days = sorted(d.isoformat() for m in members if (d := published_day(m.published)))
        sites = tuple(sorted({m.site for m in members if m.site}))
        rows.append(StoryRow(s, story_title(s, metas), sites, days[0] if days else None, days[-1] if days else None,
                             relations[s.id], (changes or {}).get(s.id)))
    rows.sort(key=StoryRow.rank)
    return rows


def filter_rows(rows: Sequence[StoryRow], text: str = "", site: str = "", since: str = "", until: str = "",
                singletons: bool = False) -> list[StoryRow]:
    """Rows whose title or article ids contain ``text``, with an article from ``site``, dated within the range."""
    needle, site = text.casefold().strip(), site.casefold().strip()
    return [
        r for r in rows
        if (singletons or len(r.story.articles) > 1)
        and (not needle or needle in r.title.casefold() or any(needle in a.casefold() for a in r.story.articles))
        and (not site or any(site in s.casefold() for s in r.sites))
        and (not since or (r.last or "") >= since)
        and (not until or (r.first or "9999") <= until)
    ]


def story_graph(story: Story, metas: dict[str, ArticleMeta], pairs: Sequence[StoredPair],
                by_pk: dict[int, ArticleMeta], links: Links) -> tuple[list[Node], list[Edge]]:
    """Nodes for the story's articles and an edge per stored derivation between two of them."""
    nodes = [
        Node(a, (metas[a].title or a) if a in metas else a, metas[a].site if a in metas else None,
             links.article(a), a == story.origin)
        for a in story.articles
    ]
    edges = []
    for p in pairs:
        a, b, v = by_pk[p.a].id, by_pk[p.b].id, p.verdict
        if v.direction == "b_to_a":
            a, b = b, a
        edges.append(Edge(a, b, v.relation, v.direction in ("a_to_b", "b_to_a")))
    return nodes, edges


def _inline_assets() -> dict[str, Markup]:
    """The stylesheet and script as text to put inside a page (they are the project's files, not input)."""
    static = resources.files("unspun.web") / "static"
    return {name: Markup((static / f"app.{name}").read_text(encoding="utf-8")) for name in ("css", "js")}


