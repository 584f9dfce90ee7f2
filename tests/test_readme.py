"""The README's Python snippets run as written, on a store built from the examples/ files."""

from __future__ import annotations

import re
import subprocess
import sys
from html import escape
from pathlib import Path

import pytest

from tests.conftest import ROOT

EXAMPLES = ROOT / "examples"


def _snippets() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", readme, flags=re.S)


def _page(text: str) -> str:
    title, *paragraphs = [line for line in text.splitlines() if line.strip()]
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    head = f"<head><title>{escape(title)}</title></head>"
    return f"<html>{head}<body><article><h1>{escape(title)}</h1>{body}</article></body></html>"


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The files the snippets name: two pages, a copy, and a folder of pages to index."""
    folder = tmp_path_factory.mktemp("readme")
    original = (EXAMPLES / "original.txt").read_text(encoding="utf-8")
    spun = (EXAMPLES / "spun_copy.txt").read_text(encoding="utf-8")
    (folder / "page.html").write_text(_page(original), encoding="utf-8")
    (folder / "original.html").write_text(_page(original), encoding="utf-8")
    (folder / "copy.txt").write_text(spun, encoding="utf-8")
    (folder / "pages").mkdir()
    (folder / "pages" / "original.txt").write_text(original, encoding="utf-8")
    return folder


def _run(code: str, cwd: Path) -> str:
    script = cwd / "snippet.py"
    script.write_text(code, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=cwd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_readme_has_the_python_snippets() -> None:
    snippets = _snippets()
    assert len(snippets) == 2
    assert all(f"unspun.{name}(" in snippets[0] for name in ("extract", "compare", "index", "trace", "stories"))


def test_the_readme_snippets_run_as_written(workdir: Path) -> None:
    first, second = _snippets()
    out = _run(first, workdir)
    assert "pages/original.txt spun_copy" in out, out  # the trace finds the original of the spun copy
    out = _run(second, workdir)
    assert "pages/original.txt spun_copy" in out, out
