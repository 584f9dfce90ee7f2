"""``unspun serve``: the newsroom web app and its JSON API, a thin shell over the library.

Every verdict comes from the library (``unspun.compare``, ``run.indexer.trace_article``, ``run.lookup``, the
story clusters); this module reads requests, calls them and renders ``pages``. The JSON API returns the CLI's
contracts; errors are ``unspun.error/1`` with a status code, and pages show one error page, never a trace.
"""

from __future__ import annotations

import contextlib
import hmac
import math
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, cast
from urllib.parse import urlencode

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from unspun.config import DEFAULT_SETTINGS, Settings
from unspun.errors import InputError, ModelsMissingError, RecordLimitError, UnspunError
from unspun.model import Article, ArticleMeta, Segmented, StoredPair, Story
from unspun.pair.engine import EnginePool, PairEngine
from unspun.run.budget import Budget, within_budget
from unspun.web.fetch import FetchLimits, Resolve, fetch_url, resolve_host
from unspun.web.jobs import BusyError, Jobs
from unspun.web.middleware import BodyLimit, SecurityHeaders, TokenGate, session_value
from unspun.web.pages import (
    GLOSSARY,
    TRACE_DIRECTIONS,
    TRACE_ROLES,
    Pages,
    ServerLinks,
    article_key,
    filter_rows,
    story_rows,
)

NO_STORE = ("This server has no store: start it with 'unspun serve --db news.db' after "
            "'unspun index PAGES... --db news.db' (Compare works without one).")


class NotFound(UnspunError):
    """A page or record that does not exist (404)."""


class StoreView:
    """What pages read from the store at one generation (each committed batch advances it), each part read
    on first use: a trace needs the candidate index only, the stories page the clusters."""

    def __init__(self, db: Path, generation: int, settings: Settings) -> None:
        self.db, self.generation, self.settings = db, generation, settings
        self._parts: dict[str, Any] = {}
        self._lock = threading.RLock()  # a part may read another part while it is built

    def _part(self, name: str, build: Callable[[Any], Any]) -> Any:
        if name not in self._parts:
            with self._lock:
                if name not in self._parts:
                    from unspun.store.sqlite import Store

                    with Store(self.db, create=False) as store:
                        self._parts[name] = build(store)
        return self._parts[name]

    @property
    def index(self) -> Any:  # CandidateIndex
        from unspun.store.candidate_index import load_index

        return self._part("index", lambda store: load_index(store, self.settings))

    @property
    def metas(self) -> dict[str, ArticleMeta]:
        """By article id."""
        return self._part("metas", lambda store: {m.id: m for m in store.metas()})

    @property
    def keys(self) -> dict[str, ArticleMeta]:
        """By ``article_key``."""
        return self._part("keys", lambda _: {article_key(m.id): m for m in self.metas.values()})

    @property
    def by_pk(self) -> dict[int, ArticleMeta]:
        return self._part("by_pk", lambda _: {m.pk: m for m in self.metas.values()})

    @property
    def pairs(self) -> list[StoredPair]:
        """The stored derivations (not the same-story links)."""
        from unspun.model import DERIVED_RELATIONS

        return self._part("pairs", lambda store: [p for p in store.pairs() if p.verdict.relation in DERIVED_RELATIONS])

    @property
    def stories(self) -> list[Story]:
        """Clustered in memory (``unspun stories`` saves them; a page must not write to the store), over the
        latest version of each article, as ``unspun stories`` clusters them."""
        from unspun.store.stories import cluster_store

        return self._part("stories", lambda store: cluster_store(store, self.settings.stories, self.settings.text)[0])


@dataclass
class Library:
    """The store behind the app, read through cached views (None: the app only compares)."""

    db: Path | None
    settings: Settings = DEFAULT_SETTINGS
    _view: StoreView | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def store(self):  # -> Store
        from unspun.store.sqlite import Store

        if self.db is None:
            raise NotFound(NO_STORE)
        return Store(self.db, create=False)

    def view(self, store: Any = None) -> StoreView:
        """The view at the store's current generation (``store``: one the caller has open, saving an open)."""
        if store is None:
            with self.store() as opened:
                return self.view(opened)
        generation = store.generation()
        with self._lock:
            if self._view is None or self._view.generation != generation:
                self._view = StoreView(store.path, generation, self.settings)
            return self._view

    def meta(self, key_or_id: str) -> ArticleMeta:
        view = self.view()
        meta = view.keys.get(key_or_id) or view.metas.get(key_or_id)
        if meta is None:
            raise NotFound(f"no article {key_or_id!r} in the store")
        return meta

    def pair_of(self, path: str) -> tuple[str, str]:
        """The two articles of ``a/b`` where either id may hold "/": the one split naming two stored articles."""
        view = self.view()
        parts = path.split("/")
        known = [("/".join(parts[:i]), "/".join(parts[i:])) for i in range(1, len(parts))]
        found = [(a, b) for a, b in known if self._known(view, a) and self._known(view, b)]
        if len(found) == 1:
            return found[0]
        if not found:
            raise NotFound(f"no pair {path!r} in the store: give two article keys or ids, as /a/b or ?a=…&b=…")
        raise NotFound(f"{path!r} names more than one pair of articles: give their keys or ?a=…&b=…")

    @staticmethod
    def _known(view: StoreView, key_or_id: str) -> bool:
        return key_or_id in view.keys or key_or_id in view.metas


Upload = Annotated[UploadFile | None, File()]


class Source(BaseModel):
    """One article given to the API: its text or HTML, or a URL the server fetches."""

    text: str | None = Field(None, description="plain text or HTML of the page")
    url: str | None = Field(None, description="http(s) URL for the server to fetch (public addresses only)")
    id: str | None = None
    title: str | None = None
    published: str | None = None
    site: str | None = None


class ComparePair(BaseModel):
    a: Source
    b: Source


def create_app(db: Path | None = None, token: str | None = None, settings: Settings | None = None,
               resolve: Resolve = resolve_host, trace_workers: int | None = None) -> FastAPI:
    """The app for the store at ``db`` (None: compare only). With a ``token`` every request must carry it.
    ``settings``: the engines' and the ``serve`` section's (body cap, URL fetching, concurrent engines, trace
    processes); by default those the store saved (``unspun stories`` and ``report`` read it with the same), and
    refused (``SettingsError``) if they would read its results otherwise. ``trace_workers`` (default
    ``serve.trace_workers``) > 1 serves traces in that many processes, each with its own engine and candidate
    index, started with the app (its lifespan); 1 traces in this process."""
    from unspun.store.candidate_index import settings_at

    settings = settings_at(db, settings) if db is not None else settings or DEFAULT_SETTINGS
    serve = settings.serve
    trace_workers = serve.trace_workers if trace_workers is None else trace_workers
    library = Library(db, settings)
    pages = Pages(ServerLinks(), server=True, store_hint=NO_STORE)
    jobs = Jobs(db, settings) if db is not None else None
    fetch_limits = FetchLimits.of(serve)
    tracers: list[Any] = []  # the started TracePool, while the app runs
    # Requests run in threads at once: each borrows an engine (memos and tokenizers of its own) for its work.
    # MiniLM for pasted pairs (as ``unspun compare``), static vectors for the store (as the indexer).
    precise = EnginePool(PairEngine(settings, precise=True), serve.engines)
    corpus = EnginePool(PairEngine(settings, precise=False), serve.engines)
    versions = contract_versions()

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if db is not None and trace_workers > 1:
            from unspun.run.trace_pool import TracePool

            tracers.append(TracePool(db, settings, trace_workers).start())
        try:
            yield
        finally:
            for started in tracers:
                started.close()

    app = FastAPI(title="unspun", version="1", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Text reuse and provenance for news: the JSON API of `unspun serve`.")
    app.add_middleware(TokenGate, token=token, pages=pages)
    app.add_middleware(BodyLimit, max_bytes=serve.max_body_bytes, pages=pages)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(packages=[("unspun.web", "static")]), name="static")
    _error_handlers(app, pages)

    def html(text: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(text, status_code=status)

    def article_of(name: str, text: str | None, upload: UploadFile | None, url: str | None, **meta: Any) -> Article:
        from unspun.ingest.extract import extract_record
        from unspun.ingest.read import record_from_bytes

        if upload is not None and upload.filename:
            data, label = upload.file.read(), f"{name} (upload {Path(upload.filename).name})"
        elif url:
            fetched = fetch_url(url.strip(), fetch_limits, resolve)
            data, label = fetched.content, fetched.url
            meta.setdefault("url", fetched.url)
        elif text and text.strip():
            data, label = text.encode("utf-8"), name
        else:
            raise InputError(f"{name}: paste a text, upload a file or give a URL")
        record = record_from_bytes(label, data, settings.pair)
        extra = {k: v for k, v in meta.items() if v}
        if extra:
            from dataclasses import replace

            record = replace(record, **extra)
        with over_limits_refused():
            return within_budget(Budget.of(settings.limits), record.id,
                                 lambda: extract_record(record, settings.pair, settings.html))

    def segmented(article: Article) -> Segmented:
        """``article`` segmented under the budget ``index`` gives one record (``[limits]``): a text too long to
        compare in reasonable time (a book, a log) is refused (413) before it takes an engine."""
        from unspun.run.pool import segmented_within_budget

        with over_limits_refused():
            return segmented_within_budget(article, settings)

    def compared(a: Article, b: Article):  # -> Comparison
        seg_a, seg_b = segmented(a), segmented(b)
        with precise.borrowed() as engine:
            return engine.compare_segmented(seg_a, seg_b)

    def source_article(name: str, source: Source) -> Article:
        return article_of(source.id or name, source.text, None, source.url, title=source.title,
                          published=source.published, site=source.site)

    # --- pages ----------------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    @app.get("/compare", response_class=HTMLResponse, include_in_schema=False)
    def compare_page() -> HTMLResponse:
        return html(pages.compare(None))

    @app.post("/compare", response_class=HTMLResponse, include_in_schema=False)
    def compare_form(a_text: str = Form(""), a_url: str = Form(""), a_file: Upload = None,
                     b_text: str = Form(""), b_url: str = Form(""), b_file: Upload = None):
        form = {"a_text": a_text, "a_url": a_url, "b_text": b_text, "b_url": b_url}
        c = compared(article_of("A", a_text, a_file, a_url), article_of("B", b_text, b_file, b_url))
        return html(pages.compare(c, form=form))

    @app.get("/trace", response_class=HTMLResponse, include_in_schema=False)
    def trace_page() -> HTMLResponse:
        return html(pages.render("trace.html", has_store=db is not None, form={}, result=None))

    @app.post("/trace", response_class=HTMLResponse, include_in_schema=False)
    def trace_form(q_text: str = Form(""), q_url: str = Form(""), q_file: Upload = None):
        result = traced(article_of("the article", q_text, q_file, q_url))
        view = library.view()
        stored = result.query.id if result.query.id in view.metas else None
        rows = [(m, view.metas.get(m.id)) for m in result.matches]
        return html(pages.render(
            "trace.html", has_store=True, form={"q_text": q_text, "q_url": q_url}, result=result, rows=rows,
            stored_query=stored, query_token=result.query.text, role_words=TRACE_ROLES,
            trace_direction=TRACE_DIRECTIONS))

    @app.post("/trace/pair", response_class=HTMLResponse, include_in_schema=False)
    def trace_pair(query: str = Form(...), match: str = Form(...)):
        from unspun.run.indexer import stored_segmented

        meta = library.meta(match)
        with library.store() as store:
            other = stored_segmented(store, meta.pk).article
        c = compared(article_of("the traced article", query, None, None), other)
        return html(pages.compare(c, stored_note="The traced article (A) against a stored article (B), compared now."))

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(request: Request, q: str = "", site: str = "", since: str = "", until: str = "",
                     all: str = "", page: int = 1) -> HTMLResponse:
        if db is None:
            return html(pages.render("stories.html", store_missing=True))
        view = library.view()
        rows = story_rows(view.stories, view.metas, view.pairs, view.by_pk)
        shown = filter_rows(rows, q, site, since, until, singletons=bool(all))
        everything = filter_rows(rows, q, site, since, until, singletons=True)
        hidden = 0 if all else sum(1 for r in everything if len(r.story.articles) == 1)
        per_page = serve.stories_per_page
        count = max(1, math.ceil(len(shown) / per_page))
        page = min(max(page, 1), count)
        query = {k: v for k, v in {"q": q, "site": site, "since": since, "until": until, "all": all}.items() if v}
        return html(pages.render(
            "stories.html", rows=shown[(page - 1) * per_page : page * per_page], query=query,
            page=page, pages=count, total=len(shown), hidden=hidden, pager_query=urlencode(query)))

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str) -> Response:
        view = library.view()
        story = next((s for s in view.stories if s.id == story_id), None)
        if story is None:
            from unspun.corpus.story_clusters import story_anchors, story_now_holding

            # A story's id changes with its origin; a link to its former id leads to the story holding it now. Not
            # a permanent redirect: the id may name a story again when a verdict moves the origin back.
            moved = story_now_holding(story_id, view.stories, story_anchors(view.metas))
            if moved is not None:
                return RedirectResponse(pages.links.story(moved.id), status_code=307)
            raise NotFound(f"no story {story_id!r} in the store (story ids change only when its origin does)")
        inside = {view.metas[a].pk for a in story.articles if a in view.metas}
        pairs = [p for p in view.pairs if p.a in inside and p.b in inside]
        return html(pages.story(story, view.metas, pairs, view.by_pk))

    @app.get("/articles/{key:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(key: str) -> HTMLResponse:
        meta = library.meta(key)
        view = library.view()
        with library.store() as store:
            article, removed = store.article(meta.pk), store.removed_of(meta.pk)
            spin, pairs = store.analysis(meta.pk, 0).spin, store.pairs_of(meta.pk)
            versions = store.versions(meta.id)
        story = next((s for s in view.stories if meta.id in s.articles), None)
        return html(pages.article(article, removed, spin, pairs, view.by_pk, meta.pk, story, versions))

    @app.get("/versions/{key:path}", response_class=HTMLResponse, include_in_schema=False)
    @app.get("/versions/{key:path}/{a:int}/{b:int}", response_class=HTMLResponse, include_in_schema=False)
    def versions_page(key: str, a: int | None = None, b: int | None = None) -> HTMLResponse:
        found = version_comparison(key, a, b)
        return html(pages.versions(found, pages.links.versions(found.id, found.a, found.b)))

    @app.get("/pairs/{keys:path}", response_class=HTMLResponse, include_in_schema=False)
    def pair_page(keys: str) -> HTMLResponse:
        found = stored_pair_comparison(*library.pair_of(keys))
        seg_a, seg_b = found.comparison.a, found.comparison.b
        return html(pages.pair(found, pages.links.pair(seg_a.article.id, seg_b.article.id)))

    @app.get("/add", response_class=HTMLResponse, include_in_schema=False)
    def add_page() -> HTMLResponse:
        job = jobs.latest() if jobs else None
        return html(pages.render("add.html", has_store=jobs is not None, job=job))

    @app.get("/add/jobs/{job_id}", response_class=HTMLResponse, include_in_schema=False)
    def job_page(job_id: int) -> HTMLResponse:
        return html(pages.render("add.html", has_store=True, job=job_of(job_id)))

    @app.post("/add", include_in_schema=False)
    def add_files(files: Annotated[list[UploadFile], File()]) -> Response:
        if jobs is None:
            raise NotFound(NO_STORE)
        uploads = [(f.filename or "upload.txt", f.file.read()) for f in files if f.filename]
        if not uploads:
            raise InputError("choose at least one file to add")
        job = jobs.start(uploads)
        return RedirectResponse(f"/add/jobs/{job.id}", status_code=303)

    @app.get("/help", response_class=HTMLResponse, include_in_schema=False)
    def help_page() -> HTMLResponse:
        return html(pages.render("help.html"))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page() -> HTMLResponse:
        return html(pages.render("docs.html", spec=app.openapi()))

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(next: str = "/") -> HTMLResponse:
        return html(pages.render("login.html", next=next, failed=False))

    @app.post("/login", include_in_schema=False)
    def login(given: str = Form("", alias="token"), next: str = Form("/")) -> Response:
        if token is None:
            return RedirectResponse("/", status_code=303)
        if not hmac.compare_digest(given.encode(), token.encode()):
            return html(pages.render("login.html", next=next, failed=True), status=401)
        target = next if next.startswith("/") and not next.startswith("//") else "/"
        response = RedirectResponse(target, status_code=303)
        response.set_cookie("unspun_session", session_value(token), httponly=True, samesite="strict")
        return response

    # --- JSON API ---------------------------------------------------------------------------------------

    @app.post("/api/compare", summary=f"Compare two articles ({versions['comparison']})")
    def api_compare(pair: ComparePair) -> dict[str, Any]:
        from unspun.report.json import comparison_dict

        return comparison_dict(compared(source_article("A", pair.a), source_article("B", pair.b)))

    @app.post("/api/trace", summary=f"The stored sources and copies of an article ({versions['trace']})",
              response_model=dict[str, object])
    def api_trace(source: Source) -> Response:
        from unspun.run.indexer import trace_dict

        # ``trace_dict`` holds JSON's own types only: FastAPI's encoder walking its ~24 matches again cost ~0.7 ms
        # of the server's ~4-6 ms a trace (bench/RESULTS.md, Web), the same bytes.
        # Each stored match's ``key`` names it in /api/pairs, /api/articles and the pages (ids are paths and URLs).
        out = trace_dict(traced(source_article(source.id or "query", source)))
        for match in cast(list[dict[str, Any]], out["matches"]):
            match["key"] = article_key(match["id"])
        return JSONResponse(out)

    @app.get("/api/stories", summary=f"The store's stories ({versions['stories']}), ranked and paginated")
    def api_stories(q: str = "", site: str = "", since: str = "", until: str = "", all: bool = False,
                    page: int = 1, per_page: int = serve.stories_per_page) -> dict[str, object]:
        from unspun.corpus.story_clusters import stories_dict

        view = library.view()
        rows = filter_rows(story_rows(view.stories, view.metas, view.pairs, view.by_pk), q, site, since, until, all)
        per_page = min(max(per_page, 1), serve.api_max_stories_per_page)
        chosen = rows[(max(page, 1) - 1) * per_page : max(page, 1) * per_page]
        out = stories_dict([r.story for r in chosen])
        out.update(page=max(page, 1), per_page=per_page, total=len(rows))
        return out

    @app.get("/api/articles/{key:path}", summary=f"One stored article ({versions['article']}), by id or key")
    def api_article(key: str) -> dict[str, Any]:
        from dataclasses import replace

        from unspun.report.json import article_dict

        meta = library.meta(key)
        with library.store() as store:
            article = replace(store.article(meta.pk), removed=store.removed_of(meta.pk))
        out = article_dict(article, stored=True)
        out["key"] = article_key(article.id)
        return out

    @app.get("/api/pairs", summary=f"A stored pair ({versions['comparison']}) with its stored verdict, "
             "the articles by id or key as ?a=…&b=…")
    def api_pair_query(a: str, b: str) -> dict[str, Any]:
        from unspun.report.json import stored_comparison_dict

        return stored_comparison_dict(stored_pair_comparison(a, b))

    @app.get("/api/pairs/{a}/{b}", summary=f"A stored pair ({versions['comparison']}) with its stored verdict "
             "(ids holding \"/\" may be given as they are, when only one split of the path names two articles)")
    def api_pair(a: str, b: str) -> dict[str, Any]:
        return api_pair_query(a, b)

    @app.get("/api/pairs/{keys:path}", include_in_schema=False)  # ids with "/": /api/pairs/in/a.txt/in/b.txt
    def api_pair_path(keys: str) -> dict[str, Any]:
        return api_pair_query(*library.pair_of(keys))

    @app.get("/api/versions/{key:path}", summary=f"What changed between the two latest versions of an article "
             f"({versions['comparison']} with \"versions\")")
    @app.get("/api/versions/{key:path}/{a:int}/{b:int}", summary=f"What changed between versions A and B of an article "
             f"({versions['comparison']} with \"versions\")")
    def api_versions(key: str, a: int | None = None, b: int | None = None) -> dict[str, Any]:
        from unspun.report.json import version_comparison_dict

        return version_comparison_dict(version_comparison(key, a, b))

    @app.get("/api/jobs/{job_id}", summary="Progress of an upload being indexed")
    def api_job(job_id: int) -> dict[str, object]:
        return job_of(job_id).as_dict()

    # --- helpers over the library --------------------------------------------------------------------

    def traced(article: Article):  # -> TraceResult
        from unspun.run.indexer import trace_article

        segmented(article)  # within the budget, or refused before a tracer takes it
        if db is not None and tracers:
            return tracers[0].trace(article)
        with library.store() as store, corpus.borrowed() as engine:
            index = library.view(store).index
            return trace_article(store, article, index, engine)

    def stored_pair_comparison(a: str, b: str):  # -> StoredComparison
        from unspun.run.lookup import stored_comparison

        meta_a, meta_b = library.meta(a), library.meta(b)
        with library.store() as store, corpus.borrowed() as engine:
            return stored_comparison(store, meta_a.pk, meta_b.pk, engine)

    def version_comparison(key: str, a: int | None, b: int | None):  # -> VersionComparison
        from unspun.run.lookup import compare_versions

        meta = library.meta(key)
        with library.store() as store, corpus.borrowed() as engine:
            try:
                return compare_versions(store, meta.id, None if a is None or b is None else (a, b), engine)
            except InputError as error:  # a version the article does not have: no such page
                raise NotFound(str(error)) from None

    def job_of(job_id: int):  # -> Job
        job = jobs.get(job_id) if jobs else None
        if job is None:
            raise NotFound(f"no upload {job_id} on this server (uploads are forgotten when it restarts)")
        return job

    app.state.library, app.state.jobs, app.state.tracers = library, jobs, tracers
    app.state.engines = {"precise": precise, "corpus": corpus}
    return app


@contextlib.contextmanager
def over_limits_refused() -> Iterator[None]:
    """A text over the ``[limits]`` of one record, refused in a person's words (the batch's are "…: skipped")."""
    try:
        yield
    except RecordLimitError as error:
        raise RecordLimitError(f"{str(error).removesuffix(': skipped')}: this server compares news pages, not "
                               "books or logs; give a shorter text") from None


def contract_versions() -> dict[str, str]:
    """The JSON contract each API route returns, read from where each contract is written (``/docs`` then names
    the version a client gets)."""
    from unspun.corpus.story_clusters import stories_dict
    from unspun.report.json import ARTICLE_SCHEMA, COMPARISON_SCHEMA
    from unspun.run.indexer import TraceResult, trace_dict

    trace = trace_dict(TraceResult(Article("query", ""), ()))["schema"]
    return {"comparison": COMPARISON_SCHEMA, "article": ARTICLE_SCHEMA, "trace": str(trace),
            "stories": str(stories_dict(())["schema"])}


# --- errors: one JSON shape for the API, one page for people ---------------------------------------------

def error_status(error: Exception) -> int:
    if isinstance(error, NotFound):
        return 404
    if isinstance(error, BusyError):
        return 409
    if isinstance(error, ModelsMissingError):
        return 503
    if isinstance(error, RecordLimitError):  # over the [limits] one article may take
        return 413
    if isinstance(error, UnspunError):
        return 400
    return 500


def error_response(request: Request, pages: Pages, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return JSONResponse({"schema": "unspun.error/1", "status": status, "error": message}, status_code=status)
    return HTMLResponse(pages.error(status, message), status_code=status)


# What each JSON endpoint's body looks like, for the message on a body that is not JSON.
_BODY_SHAPES = {
    "/api/compare": '{"a": {"text": "…"}, "b": {"url": "https://…"}}',
    "/api/trace": '{"text": "…"} or {"url": "https://…"}',
}


def invalid_json_words(path: str, body: object, error: dict[str, Any]) -> str:
    """A body that is not JSON, in a user's words: where (line and column, not FastAPI's character offset
    "bad request: 18: JSON decode error"; /tmp/probe51) and what to send instead."""
    loc = error.get("loc", ())
    offset = loc[-1] if loc and isinstance(loc[-1], int) else None
    where = ""
    if offset is not None and isinstance(body, str):
        line = body.count("\n", 0, offset) + 1
        column = offset - (body.rfind("\n", 0, offset) + 1) + 1
        where = f" (line {line}, column {column}"
        reason = (error.get("ctx") or {}).get("error")
        where += f": {str(reason).lower()})" if reason else ")"
    shape = _BODY_SHAPES.get(path)
    send = f"send {shape}" if shape else "send a JSON object; /docs lists each endpoint's fields"
    return f"the request body is not valid JSON{where}: {send}"


def _error_handlers(app: FastAPI, pages: Pages) -> None:
    @app.exception_handler(UnspunError)
    async def library_error(request: Request, error: UnspunError) -> Response:
        return error_response(request, pages, error_status(error), str(error))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        message = {404: "no such page", 405: "this address does not accept that method"}.get(
            error.status_code, str(error.detail))
        return error_response(request, pages, error.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, error: RequestValidationError) -> Response:
        first = error.errors()[0] if error.errors() else {}
        if first.get("type") == "json_invalid":
            return error_response(request, pages, 422, invalid_json_words(request.url.path, error.body, first))
        where = ".".join(str(x) for x in first.get("loc", ()) if x != "body")
        return error_response(request, pages, 422, f"bad request: {where or 'body'}: {first.get('msg', 'invalid')}")

    @app.exception_handler(Exception)
    async def internal(request: Request, error: Exception) -> Response:
        message = f"internal error ({type(error).__name__}); the server log has details"
        return error_response(request, pages, 500, message)


__all__ = ["GLOSSARY", "create_app"]
