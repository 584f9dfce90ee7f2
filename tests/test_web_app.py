"""The web app through its HTTP interface (FastAPI's TestClient, httpx underneath): API contracts, errors,
the token, the body cap, escaping and the security headers."""

from __future__ import annotations

import dataclasses
import json
import re
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import FIXTURES, HOSTILE_ID, family_feeds, store_from_feed
from unspun.config import DEFAULT_SETTINGS, Settings
from unspun.report.json import ARTICLE_SCHEMA, COMPARISON_SCHEMA
from unspun.web.app import create_app
from unspun.web.pages import GLOSSARY, article_key

CORPUS = FIXTURES / "corpus"


@pytest.fixture(scope="module")
def client(web_store: Path) -> TestClient:
    return TestClient(create_app(web_store), raise_server_exceptions=False)


def _with_serve(**values: object) -> Settings:
    return DEFAULT_SETTINGS.replace(serve=dataclasses.replace(DEFAULT_SETTINGS.serve, **values))


def _text(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def _stored_id(client: TestClient, name: str) -> str:
    stories = client.get("/api/stories", params={"all": "true", "per_page": 500}).json()["stories"]
    return next(a for s in stories for a in s["articles"] if a.endswith(name))


def test_api_compare_returns_the_comparison_contract(client: TestClient) -> None:
    r = client.post("/api/compare", json={"a": {"text": _text("harbour_original.txt")},
                                          "b": {"text": _text("harbour_spun.txt")}})
    assert r.status_code == 200
    out = r.json()
    assert out["schema"] == COMPARISON_SCHEMA
    assert out["verdict"]["relation"] == "spun_copy" and out["verdict"]["direction"] == "a_to_b"
    assert out["alignments"] and {"a", "b", "similarity", "kind"} <= set(out["alignments"][0])


def test_api_trace_lists_the_source_of_a_spun_copy_first(client: TestClient) -> None:
    r = client.post("/api/trace", json={"text": _text("harbour_spun.txt"), "id": "query"})
    assert r.status_code == 200
    out = r.json()
    assert out["schema"].startswith("unspun.trace/")
    sources = [m for m in out["matches"] if m["direction"] == "b_to_a"]
    assert sources and sources[0]["id"].endswith("harbour_original.txt")


def test_api_stories_articles_and_pairs_link_up(client: TestClient) -> None:
    out = client.get("/api/stories").json()
    assert out["schema"].startswith("unspun.stories/") and out["total"] >= 2
    harbour = next(s for s in out["stories"] if any(a.endswith("harbour_original.txt") for a in s["articles"]))
    assert harbour["origin"].endswith("harbour_original.txt")
    assert all(len(s["articles"]) > 1 for s in out["stories"])  # singletons only with all=true
    article = client.get(f"/api/articles/{harbour['origin']}").json()
    assert article["schema"] == ARTICLE_SCHEMA and "Kelderwick" in article["text"]
    assert client.get(f"/api/articles/{article['key']}").json()["id"] == harbour["origin"]
    spun = _stored_id(client, "harbour_spun.txt")
    pair = client.get(f"/api/pairs/{article_key(harbour['origin'])}/{article_key(spun)}").json()
    assert pair["schema"] == COMPARISON_SCHEMA and pair["stored"] is True
    assert pair["verdict"]["relation"] == "spun_copy" and pair["recomputed_agrees"] is True


def test_stories_are_searchable_and_paginated(client: TestClient) -> None:
    assert client.get("/api/stories", params={"q": "kelderwick"}).json()["total"] == 1
    assert client.get("/api/stories", params={"q": "no such words anywhere"}).json()["total"] == 0
    first = client.get("/api/stories", params={"all": "true", "per_page": 2}).json()
    second = client.get("/api/stories", params={"all": "true", "per_page": 2, "page": 2}).json()
    assert first["total"] > 2 and len(first["stories"]) == 2
    assert {s["id"] for s in first["stories"]}.isdisjoint(s["id"] for s in second["stories"])
    page = client.get("/stories", params={"q": "Kelderwick"})
    assert page.status_code == 200 and "Kelderwick" in page.text and "Castelmoro" not in page.text
    # the reuse column counts pairs of articles, and says so (probe37: "spun copy ×6" read as six spun articles)
    assert "reuse (pairs of its articles)" in page.text and re.search(r": \d+ pairs?</td>", page.text)


def test_story_page_draws_the_graph(client: TestClient) -> None:
    story = next(s for s in client.get("/api/stories").json()["stories"]
                 if any(a.endswith("harbour_original.txt") for a in s["articles"]))
    page = client.get(f"/stories/{story['id']}").text
    assert "<svg" in page and "class='edge rel-spun_copy'" in page and "marker-end='url(#arrow-spun_copy)'" in page
    assert "class='node origin'" in page and "Legend" in page


def test_errors_are_the_error_contract_with_their_status(client: TestClient) -> None:
    missing = client.get("/api/articles/no-such-article")
    assert missing.status_code == 404 and missing.json()["schema"] == "unspun.error/1"
    empty = client.post("/api/compare", json={"a": {"text": ""}, "b": {"text": "x"}})
    assert empty.status_code == 400 and "paste a text" in empty.json()["error"]
    invalid = client.post("/api/compare", json={"a": "not an object"})
    assert invalid.status_code == 422 and invalid.json()["schema"] == "unspun.error/1"
    # /tmp/probe51: a body that is not JSON was "bad request: 18: JSON decode error" (a character offset)
    broken = client.post("/api/compare", content='{"a": {"text": "x"},\n "b": {"text": }}',
                         headers={"content-type": "application/json"})
    message = broken.json()["error"]
    assert broken.status_code == 422 and message.startswith("the request body is not valid JSON (line 2, column")
    assert '{"a": {"text": "…"}' in message and "decode error" not in message
    page = client.get("/stories/s-nothing")
    assert page.status_code == 404 and "no story" in page.text and "Traceback" not in page.text


def test_url_fetching_refuses_the_servers_own_network(client: TestClient) -> None:
    for url in ("http://127.0.0.1:1/", "http://localhost/", "http://10.1.2.3/", "http://169.254.169.254/latest",
                "http://[::1]/", "file:///etc/passwd", "ftp://example.org/x"):
        r = client.post("/api/compare", json={"a": {"url": url}, "b": {"text": _text("harbour_spun.txt")}})
        assert r.status_code == 400, url
        assert "refusing" in r.json()["error"] or "only http and https" in r.json()["error"]


def test_article_text_is_escaped_and_pages_carry_a_strict_csp(client: TestClient) -> None:
    page = client.get(f"/articles/{article_key(HOSTILE_ID)}")
    assert page.status_code == 200
    assert "<script>alert" not in page.text
    assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in page.text
    assert "<img src=x" not in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "<script>" not in page.text  # no inline scripts at all: only <script src=…>


def test_help_page_explains_every_word(client: TestClient) -> None:
    page = client.get("/help").text
    for items in GLOSSARY.values():
        for term, line in items:
            assert term in page and line.replace("'", "&#39;") in page


def test_the_readme_carries_the_glossary() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for items in GLOSSARY.values():
        for term, line in items:
            assert f"`{term}`: {line}" in readme, term


def test_token_is_required_on_every_request(web_store: Path) -> None:
    app = TestClient(create_app(web_store, token="s3cret"), raise_server_exceptions=False)
    assert app.get("/api/stories").status_code == 401
    assert app.get("/api/stories", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert app.get("/api/stories", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert app.get("/api/stories", headers={"X-Unspun-Token": "s3cret"}).status_code == 200
    page = app.get("/stories", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")
    assert app.post("/login", data={"token": "nope", "next": "/stories"}).status_code == 401
    login = app.post("/login", data={"token": "s3cret", "next": "/stories"}, follow_redirects=False)
    cookie = login.headers["set-cookie"]
    assert login.status_code == 303 and "HttpOnly" in cookie and "s3cret" not in cookie
    assert app.get("/stories").status_code == 200  # the cookie now rides along


def test_bodies_over_the_cap_get_413_with_a_message(web_store: Path) -> None:
    app = TestClient(create_app(web_store, settings=_with_serve(max_body_bytes=2048)), raise_server_exceptions=False)
    big = app.post("/api/compare", json={"a": {"text": "x" * 5000}, "b": {"text": "y"}})
    assert big.status_code == 413 and "limit of" in big.json()["error"]

    def chunks():  # no Content-Length: the cap must hold for streamed bodies too
        for _ in range(10):
            yield b"x" * 1000

    streamed = app.post("/api/compare", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413
    form = app.post("/compare", data={"a_text": "x" * 5000, "b_text": "y"})
    assert form.status_code == 413 and "limit of" in form.text


def test_without_a_store_compare_works_and_store_pages_say_how_to_make_one() -> None:
    app = TestClient(create_app(None), raise_server_exceptions=False)
    assert "unspun index" in app.get("/stories").text
    assert "unspun index" in app.get("/trace").text
    r = app.get("/api/stories")
    assert r.status_code == 404 and "unspun index" in r.json()["error"]


def test_upload_is_indexed_in_the_background_and_becomes_traceable(tmp_path: Path) -> None:
    db = tmp_path / "up.db"
    from unspun.run.indexer import index_paths

    index_paths([str(CORPUS / "library_original.txt")], db, workers=1)
    app = TestClient(create_app(db), raise_server_exceptions=False)
    lines = "".join(json.dumps({"id": f"up-{k}", "text": _text(name)}) + "\n"
                    for k, name in enumerate(["harbour_original.txt", "harbour_spun.txt", "orchard_original.txt"]))
    r = app.post("/add", files={"files": ("batch.jsonl", lines.encode(), "application/json")}, follow_redirects=False)
    assert r.status_code == 303
    job = r.headers["location"].rsplit("/", 1)[1]
    busy = app.post("/add", files={"files": ("more.txt", b"text", "text/plain")}, follow_redirects=False)
    deadline = time.time() + 60
    while (state := app.get(f"/api/jobs/{job}").json())["running"] and time.time() < deadline:
        time.sleep(0.2)
    assert state["done"] == state["total"] == 3 and state["error"] is None
    assert busy.status_code in (303, 409)  # refused while the first ran, or accepted after it finished
    traced = app.post("/api/trace", json={"text": _text("harbour_spun.txt"), "id": "q"}).json()
    assert "up-0" in [m["id"] for m in traced["matches"]]


def test_traces_in_worker_processes_under_concurrent_clients_are_the_library_calls(web_store: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from unspun.ingest.extract import extract_record
    from unspun.model import RawRecord
    from unspun.run.indexer import trace_article, trace_dict
    from unspun.store.candidate_index import load_index
    from unspun.store.sqlite import Store

    texts = [_text(n) for n in ("harbour_spun.txt", "harbour_trimmed.txt", "library_copy_credit.txt")]
    with Store(web_store, create=False) as store:
        index = load_index(store)
        expected = [trace_dict(trace_article(store, extract_record(RawRecord("q", t)), index)) for t in texts]
    for out in expected:  # the API adds each match's key (for /api/pairs and the pages)
        for match in out["matches"]:
            match["key"] = article_key(match["id"])
    with TestClient(create_app(web_store, trace_workers=2)) as app, ThreadPoolExecutor(8) as clients:
        assert app.app.state.tracers[0].processes == 2
        answers = list(clients.map(lambda k: app.post("/api/trace", json={"text": texts[k % 3], "id": "q"}), range(16)))
    assert [r.status_code for r in answers] == [200] * 16
    assert [r.json() for r in answers] == [expected[k % 3] for k in range(16)]
    assert all(a["matches"] for a in expected)


def test_concurrent_requests_each_borrow_an_engine_and_get_the_same_answers(web_store: Path) -> None:
    import threading

    app = TestClient(create_app(web_store, settings=_with_serve(engines=3)), raise_server_exceptions=False)
    texts = [_text(n) for n in ("harbour_spun.txt", "harbour_trimmed.txt", "library_copy_credit.txt")]
    alone = [app.post("/api/trace", json={"text": t, "id": "q"}).json() for t in texts]
    answers: list[tuple[int, int, object]] = []

    def trace(k: int) -> None:
        for n in range(2):
            r = app.post("/api/trace", json={"text": texts[(k + n) % 3], "id": "q"})
            answers.append(((k + n) % 3, r.status_code, r.json()))

    threads = [threading.Thread(target=trace, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # A shared tokenizer raised "Already borrowed" when two requests encoded at once; each engine has its own.
    assert [status for _, status, _ in answers] == [200] * 16
    assert all(out == alone[k] for k, _, out in answers)
    assert 1 < app.app.state.engines["corpus"]._made <= 3


def test_api_summaries_name_the_contract_versions_the_routes_return(client: TestClient) -> None:
    from unspun.corpus.story_clusters import stories_dict

    paths = client.get("/openapi.json").json()["paths"]
    summaries = {path: next(iter(ops.values()))["summary"] for path, ops in paths.items()}
    assert COMPARISON_SCHEMA in summaries["/api/compare"] and COMPARISON_SCHEMA in summaries["/api/pairs/{a}/{b}"]
    assert COMPARISON_SCHEMA in summaries["/api/pairs"]
    assert ARTICLE_SCHEMA in summaries["/api/articles/{key}"]
    assert stories_dict([])["schema"] in summaries["/api/stories"]
    traced = client.post("/api/trace", json={"text": _text("harbour_spun.txt"), "id": "q"}).json()
    assert traced["schema"] in summaries["/api/trace"]


def test_routes_accept_article_ids_holding_a_slash(client: TestClient) -> None:
    # Ids of an indexed folder are paths ("in/original.txt"); the trace JSON names articles by id (probe37 row 30).
    original, spun = _stored_id(client, "harbour_original.txt"), _stored_id(client, "harbour_spun.txt")
    assert "/" in original and "/" in spun
    encoded = original.replace("/", "%2F")
    for path in (f"/articles/{original}", f"/articles/{encoded}", f"/pairs/{original}/{spun}",
                 f"/pairs/{article_key(original)}/{spun}"):
        assert client.get(path).status_code == 200, path
    for path in (f"/api/pairs/{original}/{spun}", f"/api/pairs/{encoded}/{spun.replace('/', '%2F')}"):
        out = client.get(path).json()
        assert out["schema"] == COMPARISON_SCHEMA and out["verdict"]["relation"] == "spun_copy", path
    assert client.get("/api/pairs", params={"a": original, "b": spun}).json()["stored"] is True
    assert client.get(f"/api/articles/{encoded}").json()["id"] == original
    versions = client.get(f"/api/versions/{original}")
    assert versions.status_code == 404 and "one stored version" in versions.json()["error"]  # found, one version
    assert client.get(f"/versions/{original}/1/2").status_code == 404
    missing = client.get(f"/api/pairs/{original}/no/such/article")
    assert missing.status_code == 404 and "?a=" in missing.json()["error"]


def _long_text(sentences: int, seed: int = 7) -> str:
    import random

    rng = random.Random(seed)
    words = _text("harbour_original.txt").split()
    lines = (" ".join(rng.choice(words) for _ in range(12)).capitalize() + "." for _ in range(sentences))
    return "\n\n".join(lines)


def test_a_text_over_the_limits_is_refused_before_it_is_compared(client: TestClient) -> None:
    # A 3 MB paste took 138 s of one engine (probe37 row 18); the [limits] of one indexed record bound it now.
    most = DEFAULT_SETTINGS.limits.record_sentences
    long = _long_text(most + 200)
    started = time.monotonic()
    r = client.post("/api/compare", json={"a": {"text": _text("harbour_original.txt")}, "b": {"text": long}})
    assert r.status_code == 413 and r.json()["schema"] == "unspun.error/1"
    assert f"over the {most} of one record" in r.json()["error"] and r.json()["error"].startswith("B: ")
    assert time.monotonic() - started < 20
    page = client.post("/compare", data={"a_text": long, "b_text": _text("harbour_spun.txt")})
    assert page.status_code == 413 and "give a shorter text" in page.text
    assert client.post("/api/trace", json={"text": long}).status_code == 413


def test_the_time_budget_of_a_record_holds_for_a_pasted_text(web_store: Path) -> None:
    settings = DEFAULT_SETTINGS.replace(limits=dataclasses.replace(DEFAULT_SETTINGS.limits, record_seconds=0.01))
    slow = TestClient(create_app(web_store, settings=settings), raise_server_exceptions=False)
    r = slow.post("/api/compare", json={"a": {"text": _long_text(3000)}, "b": {"text": _text("harbour_spun.txt")}})
    assert r.status_code == 413 and r.json()["error"].startswith("A: ") and "give a shorter text" in r.json()["error"]


def test_a_stored_article_says_its_removed_blocks_were_not_kept(client: TestClient) -> None:
    # The store keeps no listing of what extraction removed: null and a note, not an empty list (probe37 row 10).
    original = _stored_id(client, "harbour_original.txt")
    out = client.get(f"/api/articles/{original}").json()
    assert out["removed"] is None and out["encoding"] is None and "removed" in out
    page = client.get(f"/articles/{article_key(original)}").text
    assert "Not kept for pages indexed into a store" in page


def test_upload_skip_reasons_name_the_files_sent(tmp_path: Path) -> None:
    # They named the server's own copies ("upload-0.jsonl:3", random.bin as "upload-1.txt") (probe37 row 23).
    import random

    from unspun.web.jobs import upload_name

    db = tmp_path / "up.db"
    from unspun.run.indexer import index_paths

    index_paths([str(CORPUS / "library_original.txt")], db, workers=1)
    app = TestClient(create_app(db), raise_server_exceptions=False)
    lines = json.dumps({"id": "ok", "text": _text("harbour_original.txt")}) + "\n" + '{"id": "cut", "text": "x"\n'
    binary = random.Random(5).randbytes(3000)
    r = app.post("/add", files=[("files", ("feed.jsonl", lines.encode(), "application/json")),
                                ("files", ("random.bin", binary, "application/octet-stream"))],
                 follow_redirects=False)
    job = r.headers["location"].rsplit("/", 1)[1]
    deadline = time.time() + 60
    while (state := app.get(f"/api/jobs/{job}").json())["running"] and time.time() < deadline:
        time.sleep(0.2)
    line = state["line"]
    assert "(feed.jsonl:2)" in line and "(random.bin)" in line and "upload-" not in line, line
    assert "at column 26)" in line and "random data?): pass an HTML" in line
    assert upload_name("../../etc/passwd") == "passwd" and upload_name("C:\\docs\\a b.html") == "a b.html"
    assert upload_name("..") == "upload.txt" and upload_name("x/<script>.txt") == "_script_.txt"


def test_a_grown_storys_former_id_redirects_and_same_titled_articles_are_told_apart(tmp_path: Path) -> None:
    # probe37 rows 8, 25, 30: a report and its copies are indexed; its dated twin on a news site joins later and
    # becomes the story's origin, which changes the story's id.
    from unspun.run.indexer import index_paths

    db = tmp_path / "news.db"
    first, later = family_feeds(tmp_path)
    index_paths([str(first)], db, workers=1)
    client = TestClient(create_app(db), raise_server_exceptions=False)
    before = client.get("/api/stories").json()["stories"]
    assert [s["origin"] for s in before] == ["in/origin.txt"]
    index_paths([str(later)], db, workers=1)
    after = client.get("/api/stories").json()["stories"]
    assert [s["origin"] for s in after] == ["feed-1"] and after[0]["id"] != before[0]["id"]
    moved = client.get(f"/stories/{before[0]['id']}", follow_redirects=False)
    assert moved.status_code == 307 and moved.headers["location"] == f"/stories/{after[0]['id']}"
    assert client.get("/stories/s-000000000000").status_code == 404
    # The two same-titled texts read apart on the story page by site, date and id.
    page = client.get(f"/stories/{after[0]['id']}").text
    assert "(brackleyherald.test · 2026-03-06 · feed-1)" in page and "(in/origin.txt)" in page
    # Each traced match carries the key /api/pairs takes.
    traced = client.post("/api/trace", json={"text": (FIXTURES / "family" / "spun_one.txt").read_text()}).json()
    keys = {m["id"]: m["key"] for m in traced["matches"]}
    assert keys["feed-1"] == article_key("feed-1")
    pair = client.get("/api/pairs", params={"a": keys["feed-1"], "b": keys["in/spun_one.txt"]})
    assert pair.status_code == 200 and pair.json()["verdict"]["relation"] == "spun_copy"


def test_trace_page_says_under_which_id_a_pasted_texts_twin_is_stored(tmp_path: Path) -> None:
    """A pasted text (id "the article") whose very text the store holds: the page names the stored id, escaped (a
    feed's id is the web's to choose), as the JSON's ``same_text_as`` does."""
    text = _text("harbour_spun.txt")
    db = store_from_feed([{"id": "<i>feed</i>/harbour", "text": text}], tmp_path / "news.db")
    with TestClient(create_app(db), raise_server_exceptions=False) as app:
        page = app.post("/trace", data={"q_text": text}).text
        elsewhere = app.post("/trace", data={"q_text": _text("orchard_original.txt")}).text
    assert "Its text is stored as" in page and "&lt;i&gt;feed&lt;/i&gt;/harbour</a>" in page
    assert "<i>feed" not in page and "Its text is stored as" not in elsewhere
