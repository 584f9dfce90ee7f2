"""The command line as a user meets it: one clear line on bad input, never a traceback."""

from __future__ import annotations

import json
import random
import re
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
        "random": tmp_path / "random.bin",
        "huge": tmp_path / "huge.txt",
        "broken_html": tmp_path / "broken.html",
        "missing": tmp_path / "missing.txt",
        "blank": tmp_path / "blank.txt",
        "png_html": tmp_path / "photo.html",
        "bad_json": tmp_path / "page.json",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 40)
    files["random"].write_bytes(random.Random(12).randbytes(200_000))
    with files["huge"].open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB without writing it
    files["blank"].write_bytes(b"  \n\t\r\n   \n")
    files["png_html"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(3).randbytes(5000))
    files["bad_json"].write_bytes(b'{"text": "The harbour master said the pontoon would open in March.", ')
    files["broken_html"].write_bytes(b"<html><body><div><p>Unclosed <b>tags <table><tr><td>\xff\xfe<p")
    return files


@pytest.mark.parametrize("kind,words", [
    ("empty", ["empty"]), ("binary", ["binary"]), ("random", ["binary"]), ("huge", ["mb"]),
    ("broken_html", []), ("missing", ["not found"]), ("blank", ["empty"]), ("png_html", ["png image"]),
    ("bad_json", ["not valid json"]),
])
def test_extract_rejects_bad_input_with_one_line(bad_files, kind, words):
    _assert_one_line_error(run("extract", str(bad_files[kind])), *words)


def test_a_2gb_gzip_bomb_is_refused_in_one_line_and_quickly(tmp_path):
    import gzip
    import time

    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(bytes(64 * 1024 * 1024), compresslevel=1) * 32)  # 2 GB decompressed
    started = time.perf_counter()
    line = _assert_one_line_error(run("extract", str(bomb)), "over the 50 mb limit")
    assert "bomb.html.gz" in line and time.perf_counter() - started < 15  # interpreter start included


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
        "unspun.comparison/5", "unspun.error/1", "unspun.error/1", "unspun.comparison/5"]
    assert lines[0]["verdict"]["relation"] == lines[3]["verdict"]["relation"]
    assert "Traceback" not in result.stderr.decode()


def test_extract_reads_stdin_and_prints_the_article_contract():
    text = (FIXTURES / "articles").glob("*.txt")
    body = next(iter(sorted(text))).read_bytes()
    result = run("extract", "-", "--format", "json", stdin=body)
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert data["schema"] == "unspun.article/3"
    assert set(data) >= {"title", "text", "published", "site", "credits", "removed", "encoding"}
    assert data["encoding"] == {"name": "utf-8", "source": "detected"}


def test_extract_reads_legacy_encodings_and_says_how(tmp_path):
    french = "Le ministre a déclaré à Genève que les négociations étaient terminées, a-t-il dit.\n"
    (tmp_path / "latin1.txt").write_bytes(french.encode("cp1252") * 3)
    (tmp_path / "wide.txt").write_bytes((french * 3).encode("utf-16"))
    result = run("extract", str(tmp_path / "latin1.txt"), str(tmp_path / "wide.txt"), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    latin, wide = (json.loads(line) for line in result.stdout.decode().splitlines())
    assert latin["text"].startswith("Le ministre a déclaré à Genève") and latin["text"] == wide["text"]
    assert (latin["encoding"], wide["encoding"]) == (
        {"name": "cp1252", "source": "guessed"}, {"name": "utf-16-le", "source": "bom"})


def test_multi_file_extract_prints_an_error_line_in_place_of_each_failed_input(bad_files):
    good, _ = _article_pair()
    files = [str(good), str(bad_files["random"]), str(bad_files["missing"]), str(good)]
    result = run("extract", *files, "--format", "json")
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["schema"] for line in lines] == [
        "unspun.article/3", "unspun.error/1", "unspun.error/1", "unspun.article/3"]
    assert [line.get("input") for line in lines[1:3]] == files[1:3]
    assert "binary" in lines[1]["error"] and "not found" in lines[2]["error"]
    assert "Traceback" not in result.stderr.decode()


def test_an_option_that_does_not_apply_is_refused_in_one_line(tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"a": str(_article_pair()[0]), "b": str(_article_pair()[1])}) + "\n")
    line = _assert_one_line_error(run("compare", "--pairs", str(pairs), "--html", str(tmp_path / "x.html")), "--html")
    assert "--pairs" in line and not (tmp_path / "x.html").exists()


def test_compare_gives_a_page_in_another_language_no_spin_score_and_says_why():
    fixtures = Path(__file__).parent / "fixtures" / "spin_languages"
    german, english = fixtures / "de_report.txt", fixtures / "en_names.txt"
    data = json.loads(run("compare", str(german), str(english), "--format", "json").stdout)
    assert (data["a"]["spin"], data["a"]["spin_unscored"]) == (None, "not English prose")
    assert data["b"]["spin"] < 0.5 and data["b"]["spin_unscored"] is None
    text = run("compare", str(german), str(english)).stdout.decode()
    assert "spin not scored (not English prose)" in text.splitlines()[0]


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


def test_index_of_a_missing_path_exits_2_and_indexes_nothing(tmp_path):
    db = tmp_path / "x.db"
    line = _assert_one_line_error(run("index", str(EXAMPLES / "original.txt"), str(tmp_path / "gone"), "--db", str(db)))
    assert "gone" in line and run("index", str(tmp_path / "gone"), "--db", str(db)).returncode == 2
    assert not db.exists()


def test_index_of_a_web_address_says_the_command_line_reads_files(tmp_path):
    """reviewB (session 43): `index https://…` said "no such file or folder"; it says what the CLI reads and where a
    URL is fetched, in one line, and indexes nothing."""
    db = tmp_path / "x.db"
    line = _assert_one_line_error(run("index", "https://www.portlowgazette.example/news/ferry", "--db", str(db)))
    assert "is a web address" in line and "unspun serve" in line and "no such file" not in line
    assert not db.exists()


def test_library_errors_name_no_flags_and_the_cli_adds_them() -> None:
    from unspun.cli.common import message
    from unspun.errors import ModelsMissingError, OutputError, WorkerError

    for error, flag in [
        (OutputError("cannot write the site to /x: Permission denied"), "--out"),
        (WorkerError("a worker process died"), "--workers 1"),
        (ModelsMissingError("prepared model not found at /m"), "unspun prepare"),
    ]:
        assert flag not in str(error) and flag in message(error)
    flag = re.compile(r"--(db|out|workers|settings)\b")
    shells = {"cli", "web"}  # the shells speak to people in their commands' words; the library does not
    library = [p for p in (ROOT / "src" / "unspun").rglob("*.py") if not shells & set(p.parts)]
    assert not [p.name for p in library if flag.search(p.read_text(encoding="utf-8"))]


def test_the_program_flushes_all_it_printed_and_keeps_its_exit_code(tmp_path):
    # ``python -m unspun`` ends without tearing its interpreter down (``cli.main.run``): what it printed must be
    # out first, however much, and a failure must keep its code. Buffered output, as a user's shell gives it.
    import os

    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}

    def buffered(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "unspun", *args], capture_output=True, timeout=120, cwd=ROOT,
                              env=env)

    paragraphs = [f"Paragraph {k}: the council met again on the harbour wall, vote {k} of many." for k in range(3000)]
    page = tmp_path / "long.txt"
    page.write_text("\n\n".join(paragraphs), encoding="utf-8")
    done = buffered("extract", str(page), "--format", "json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["text"].count("Paragraph") == 3000
    short = tmp_path / "short.txt"
    short.write_text("The council met on Tuesday.\n\nIt voted to rebuild the harbour wall.", encoding="utf-8")
    done = buffered("extract", str(short), "--format", "json")  # less than one buffer: written only by the flush
    assert done.returncode == 0 and json.loads(done.stdout)["text"].endswith("harbour wall.")
    missing = buffered("extract", str(tmp_path / "no-such-page.html"))
    assert missing.returncode != 0 and b"no-such-page.html" in missing.stderr


def test_the_program_started_with_its_output_closed_says_so_in_one_line(tmp_path):
    # A process started with stdout closed (``>&-``) has ``sys.stdout`` None: one error line and the output
    # error's code, as before the program ended without its teardown, never a traceback.
    page = tmp_path / "brief.txt"
    page.write_text("The council met on Tuesday.\n\nIt voted to rebuild the harbour wall before winter.",
                    encoding="utf-8")
    done = subprocess.run(f"{sys.executable} -m unspun extract {page} --format json >&-", shell=True,
                          capture_output=True, timeout=120, cwd=ROOT)
    assert done.returncode not in (0, 1)
    assert b"Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_the_program_ends_the_usual_way_while_a_thread_it_started_still_runs():
    import threading

    from unspun.cli.main import _nothing_left_running

    assert _nothing_left_running()
    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    try:
        assert not _nothing_left_running()
    finally:
        release.set()
        worker.join()
    assert _nothing_left_running()


def test_a_story_whose_origin_is_n_identical_copies_says_so() -> None:
    from unspun.cli.corpus import _unknown_origin
    from unspun.model import Story

    twins = Story("s-1", ("wire/fines", "paper/fines", "farm/fines"), None, ("source", "source", "copy"))
    assert _unknown_origin(twins) == "origin unknown: 2 identical copies, none known to be first"
    assert _unknown_origin(Story("s-2", ("a", "b"), None, (None, None))) == "origin unknown"


def test_trace_text_names_each_match_by_its_role_not_the_pairs_direction() -> None:
    """/tmp/probe51: tracing a spun copy listed its sibling (another copy of the same origin, JSON role
    ``sibling``) as "source of this", the pair verdict's direction; the text says what the JSON role says."""
    from unspun.cli.corpus import _match_role_words

    assert _match_role_words("sibling", "texts/s1.txt", "b_to_a") == "sibling (origin texts/s1.txt)"
    assert _match_role_words("sibling", None, "a_to_b") == "sibling"
    assert _match_role_words("source", "texts/s1.txt", "unknown") == "source of this"
    assert _match_role_words("copy", "texts/s1.txt", "unknown") == "copied from this"
    assert _match_role_words(None, None, "b_to_a") == "source of this"
    assert _match_role_words(None, None, "unknown") == "direction unknown"


def test_index_of_a_file_address_indexes_the_file_it_names(tmp_path):
    """reviewB (session 43): `index file:///…` said "no such file or folder" for a file that exists."""
    db = tmp_path / "x.db"
    result = run("index", (EXAMPLES / "original.txt").resolve().as_uri(), "--db", str(db))
    assert result.returncode == 0 and "indexed 1 new" in result.stderr.decode(), result.stderr.decode()


def test_index_of_a_file_address_naming_no_file_is_refused_not_the_current_folder(tmp_path):
    """reviewA 5 (session 44): `index file://` indexed the folder it was run in (the address's path is empty)."""
    (tmp_path / "here.txt").write_text("Portlow ferry crews will strike on Friday, the RMT union said. " * 4)
    result = subprocess.run([sys.executable, "-m", "unspun", "index", "file://", "--db", "x.db", "--workers", "1"],
                            cwd=tmp_path, capture_output=True, timeout=120)
    assert "names no file" in _assert_one_line_error(result) and not (tmp_path / "x.db").exists()
