"""The web app in a real browser: ``unspun serve`` on a free loopback port, driven by Playwright through
Debian's Chromium (``make test`` installs it; Playwright's own browser download is never used).

With ``UNSPUN_SCREENSHOTS=DIR`` the flows also save the README's screenshots there (``make screenshots``).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import FIXTURES, HOSTILE_ID, need_shared
from unspun.web.pages import article_key

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = os.environ.get("UNSPUN_SCREENSHOTS")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium: apt-get install chromium "
                                                               "(make test installs it)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(web_store: Path) -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    process = subprocess.Popen([sys.executable, "-m", "unspun", "serve", "--db", str(web_store), "--port", str(port)],
                               env=env, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if httpx.get(url + "/help", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            pytest.fail("unspun serve did not answer within 60 s")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox", "--disable-gpu"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    page.close()
    assert not dialogs, f"a dialog fired: {dialogs}"
    assert not errors, f"script errors: {errors}"


def _shot(page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / name), full_page=False)


def test_compare_the_seeds_shows_the_verdict_changes_and_linked_passages(server: str, page) -> None:
    seeds = need_shared("seeds")
    a = (seeds / "000_43609836e1b9b3c0.txt").read_text(encoding="utf-8")
    b = (seeds / "001_0606f60f08f8ff19.txt").read_text(encoding="utf-8")
    page.goto(server + "/compare")
    page.fill("textarea[name=a_text]", a)
    page.fill("textarea[name=b_text]", b)
    page.click("button[type=submit]")
    page.wait_for_selector("#result", timeout=60_000)
    assert page.locator(".verdict .rel").count() == 1
    changes = page.locator("table.changes").inner_text()
    assert "Yenin" in changes and "Yemen" in changes
    passage = page.locator("#side-a .al[data-al]").first
    key = passage.get_attribute("data-al")
    counterpart = page.locator(f"#side-b .al[data-al='{key}']").first
    assert counterpart.count() == 1
    assert "hot" not in (counterpart.get_attribute("class") or "")
    passage.hover()
    assert "hot" in (counterpart.get_attribute("class") or "")
    _shot(page, "compare.png")


def test_the_compare_html_file_is_the_compare_page_and_works_on_its_own(page, tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    corpus = FIXTURES / "corpus"
    done = subprocess.run([sys.executable, "-m", "unspun", "compare", str(corpus / "harbour_original.txt"),
                           str(corpus / "harbour_spun.txt"), "--html", str(report)],
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)},
                          capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(report.as_uri())
    assert page.locator(".verdict .rel").count() == 1 and page.locator("table.changes").count() == 1
    passage = page.locator("#side-a .al[data-al]").first
    counterpart = page.locator(f"#side-b .al[data-al='{passage.get_attribute('data-al')}']").first
    passage.hover()
    assert "hot" in (counterpart.get_attribute("class") or "")  # the script inside the file runs
    assert page.evaluate("getComputedStyle(document.querySelector('nav.top')).display") == "flex"  # its styles too
    assert requested == [report.as_uri()]  # nothing fetched besides the file itself


def test_trace_of_a_spun_copy_lists_its_source_first(server: str, page) -> None:
    page.goto(server + "/trace")
    page.fill("textarea[name=q_text]", (FIXTURES / "corpus" / "harbour_spun.txt").read_text(encoding="utf-8"))
    page.click("button[type=submit]")
    page.wait_for_selector("table.matches", timeout=60_000)
    first = page.locator("table.matches tr").nth(1).inner_text()
    assert "source" in first and "Storm surge floods Kelderwick harbour as council opens" in first
    _shot(page, "trace.png")


def test_stories_lead_to_a_story_page_with_its_graph(server: str, page) -> None:
    page.goto(server + "/stories")
    page.click("text=Storm surge floods Kelderwick harbour as council opens emergency shelters")
    page.wait_for_selector("svg.graph")
    assert page.locator("svg.graph line.edge").count() >= 2
    assert page.locator("svg.graph a.node.origin").count() == 1
    assert "Legend" in page.inner_text("main")
    _shot(page, "story.png")


def test_hostile_article_renders_as_text_and_no_dialog_fires(server: str, page) -> None:
    page.goto(f"{server}/articles/{article_key(HOSTILE_ID)}")
    text = page.inner_text("main")
    assert "<script>alert('text')</script>" in text and "onerror=alert('text-img')" in text
    assert page.locator("main img").count() == 0
    page.goto(server + "/stories?all=1&q=orchard")
    page.wait_for_timeout(300)  # the page fixture fails the test on any dialog


def test_upload_shows_progress_and_the_article_becomes_traceable(server: str, page, tmp_path: Path) -> None:
    from playwright.sync_api import Error as PlaywrightError

    upload = tmp_path / "wire.jsonl"
    text = (FIXTURES / "articles" / "rail_derailment.txt").read_text(encoding="utf-8")
    lines = [f'{{"id": "wire-{k}", "text": {json_text(text + f" Update {k}.")}}}' for k in range(24)]
    upload.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page.goto(server + "/add")
    page.set_input_files("input[name=files]", str(upload))
    page.click("button[type=submit]")
    page.wait_for_selector("progress#job-progress")
    assert page.get_attribute("progress#job-progress", "max") == "24"
    seen, deadline = set(), time.time() + 90
    while time.time() < deadline:
        try:  # the page reloads itself when the job ends: a read may meet the navigation
            seen.add(page.get_attribute("progress#job-progress", "value", timeout=2000))
            if page.locator("#job-state", has_text="done").count():
                break
        except PlaywrightError:
            pass
        page.wait_for_timeout(100)
    assert page.inner_text("#job-state") == "done"
    seen.add(page.get_attribute("progress#job-progress", "value"))
    assert "24" in seen and len(seen) >= 2, seen  # the bar moved while the upload was indexed
    page.goto(server + "/trace")
    page.fill("textarea[name=q_text]", text)
    page.click("button[type=submit]")
    page.wait_for_selector("#result", timeout=60_000)
    assert "wire-" in page.inner_text("#result") or "derail" in page.inner_text("#result").lower()


def json_text(text: str) -> str:
    import json

    return json.dumps(text)
