"""The command line as a user meets it: one clear line on bad input, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT

EXAMPLES = ROOT / "examples"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "unspun", *args], input=stdin, capture_output=True,
                          timeout=120, cwd=ROOT)


def _assert_one_line_error(result: subprocess.CompletedProcess, *words: str) -> str:
    assert result.returncode != 0
    err = result.stderr.decode()
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    for word in words:
        assert word in lines[0].lower()
    return lines[0]


def _article_pair() -> tuple[Path, Path]:
    return EXAMPLES / "original.txt", EXAMPLES / "spun_copy.txt"


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "image.txt",
        "latin1": tmp_path / "latin1.txt",
        "huge": tmp_path / "huge.txt",
        "broken_html": tmp_path / "broken.html",
        "missing": tmp_path / "missing.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 40)
    french = "Le ministre a déclaré à Genève que les négociations étaient terminées."
    files["latin1"].write_bytes(french.encode("latin-1") * 5)
    with files["huge"].open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB without writing it
    files["broken_html"].write_bytes(b"<html><body><div><p>Unclosed <b>tags <table><tr><td>\xff\xfe<p")
    return files


@pytest.mark.parametrize("kind,words", [
    ("empty", ["empty"]), ("binary", ["binary"]), ("latin1", ["utf-8"]), ("huge", ["mb"]),
    ("broken_html", []), ("missing", ["not found"]),
])
def test_extract_rejects_bad_input_with_one_line(bad_files, kind, words):
    _assert_one_line_error(run("extract", str(bad_files[kind])), *words)


def test_compare_rejects_a_bad_side_with_one_line(bad_files):
    good, _ = _article_pair()
    line = _assert_one_line_error(run("compare", str(good), str(bad_files["empty"])), "empty")
    assert "empty.txt" in line


def test_compare_needs_two_pages():
    _assert_one_line_error(run("compare", str(_article_pair()[0])), "two pages")


def test_pairs_mode_reports_the_bad_pair_and_completes_the_rest(tmp_path, bad_files):
    a, b = _article_pair()
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text("\n".join([
        json.dumps({"a": str(a), "b": str(b)}),
        json.dumps({"a": str(a), "b": str(bad_files["binary"])}),
        "{not json",
        json.dumps({"a": str(b), "b": str(a)}),
    ]) + "\n")
    result = run("compare", "--pairs", str(pairs), "--format", "json")
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["schema"] for line in lines] == [
        "unspun.comparison/2", "unspun.error/1", "unspun.error/1", "unspun.comparison/2"]
    assert lines[0]["verdict"]["relation"] == lines[3]["verdict"]["relation"]
    assert "Traceback" not in result.stderr.decode()


def test_extract_reads_stdin_and_prints_the_article_contract():
    text = (FIXTURES / "articles").glob("*.txt")
    body = next(iter(sorted(text))).read_bytes()
    result = run("extract", "-", "--format", "json", stdin=body)
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert data["schema"] == "unspun.article/1"
    assert set(data) >= {"title", "text", "published", "site", "credits", "removed"}


def test_compare_json_and_html_on_the_shipped_example(tmp_path):
    a, b = _article_pair()
    out = tmp_path / "report.html"
    result = run("compare", str(a), str(b), "--format", "json", "--html", str(out))
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert data["verdict"]["relation"] == "spun_copy"
    assert data["b"]["spin"] > data["a"]["spin"]
    assert out.read_text().startswith("<!doctype html>")


def test_compare_path_never_imports_torch():
    code = ("import sys, unspun; from unspun.cli.main import main; "
            f"main(['compare', {str(_article_pair()[0])!r}, {str(_article_pair()[1])!r}, '--format', 'json']); "
            "print('TORCH' if 'torch' in sys.modules else 'NO-TORCH', file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120, cwd=ROOT)
    assert result.stderr.decode().strip().endswith("NO-TORCH"), result.stderr.decode()
