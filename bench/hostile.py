"""Reliability: hostile inputs and fuzzing.

Every input a user or a crawl can throw at unspun, by category (encodings, binary data, empty input, bombs,
giant files, deep markup, long lines, malformed JSON and WARC, pathological pages in a batch), run through the
command line as a user would (``unspun extract`` for one page, ``unspun index --workers 1`` for batches): the
exit code, the first line on stderr, the wall time and the command's peak memory, against what should happen
(read, refused in one line, or skipped with the rest indexed). Then the property tests of
``tests/test_properties.py`` with many more examples than ``make test`` runs.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import BASE_TREE_ENV, PROJECT_ROOT, fmt, git_commit, goal, md_table, suite_main

PARAGRAPH = (
    "The harbour master said the “new” pontoon would cost €2.5m and open in March, after three years of delays. "
    "Fishing crews – who have waited since 2021 – cheered the council’s decision at Tuesday’s meeting.\n"
)
RUSSIAN = "Министр обороны заявил, что учения пройдут в марте недалеко от границы, сообщили в штабе.\n"
GREEK = "Ο υπουργός δήλωσε ότι οι διαπραγματεύσεις ολοκληρώθηκαν στη Γενεύη χθες το απόγευμα.\n"
GIB = 1024**3


@dataclass(frozen=True, slots=True)
class Case:
    category: str
    name: str
    expect: str  # "read", "refused" (exit 2, one line), "skipped" (batch exit 1, the rest indexed)
    make: Callable[[Path], list[Path]]  # writes the input(s); the last path is the hostile one
    batch: bool = False  # run through ``index`` (with a good article beside it) instead of ``extract``
    must_read: str = ""  # words the extracted text must hold (text that parsers lose)


def _write(path: Path, data: bytes) -> list[Path]:
    path.write_bytes(data)
    return [path]


def _html(body: str, head: str = "") -> str:
    page = f"<html><head>{head}<title>Pontoon</title></head><body><article>{body}</article></body></html>"
    return "<!DOCTYPE html>" + page


def _bomb_member() -> bytes:
    return gzip.compress(bytes(64 * 1024 * 1024), compresslevel=1)  # 64 MB of NUL bytes in ~64 KB


def _gzip_of_size(path: Path, size: int, head: bytes, filler: bytes) -> list[Path]:
    """A gzip file that decompresses to ``head`` then ``filler`` repeated up to ``size`` bytes, streamed."""
    block = filler * (8 * 1024 * 1024 // len(filler))
    with gzip.open(path, "wb", compresslevel=1) as out:
        out.write(head)
        written = len(head)
        while written < size:
            out.write(block)
            written += len(block)
    return [path]


def _warc_with_giant_response(path: Path) -> list[Path]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    class Zeros(io.RawIOBase):
        def __init__(self, size: int) -> None:
            self.left = size

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            n = min(len(buffer), self.left)
            buffer[:n] = b"a" * n
            self.left -= n
            return n

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        pages = [("https://example.org/giant", io.BufferedReader(Zeros(2 * GIB)), 2 * GIB),
                 ("https://example.org/ok", io.BytesIO(_html(f"<p>{PARAGRAPH}</p>" * 3).encode()), None)]
        for uri, body, length in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=body, length=length,
                                                          http_headers=headers))
    return [path]


def _deep(tag: str, depth: int) -> str:
    return _html("<p>Crews said the board had decided at last.</p>" + f"<{tag}>" * depth
                 + f"<p>{PARAGRAPH}</p>" + f"</{tag}>" * depth + "<p>The council meets again in May to vote.</p>")


def cases(shared: Path, quick: bool) -> list[Case]:
    rng = random.Random(12)
    found = [
        # encodings
        Case("encodings", "Windows-1252 text (curly quotes, €)", "read",
             lambda d: _write(d / "cp1252.txt", (PARAGRAPH * 4).encode("cp1252"))),
        Case("encodings", "UTF-16 LE with BOM, CRLF (Notepad)", "read",
             lambda d: _write(d / "notepad.txt", codecs.BOM_UTF16_LE
                              + (PARAGRAPH * 4).replace("\n", "\r\n").encode("utf-16-le"))),
        Case("encodings", "UTF-16 BE without BOM", "read",
             lambda d: _write(d / "wide.txt", (PARAGRAPH * 4).encode("utf-16-be"))),
        Case("encodings", "KOI8-R Russian, undeclared", "read",
             lambda d: _write(d / "koi8.txt", (RUSSIAN * 5).encode("koi8-r"))),
        Case("encodings", "HTML <meta charset=windows-1251>", "read",
             lambda d: _write(d / "meta.html", _html(f"<p>{RUSSIAN * 4}</p>", '<meta charset="windows-1251">')
                              .encode("cp1251"))),
        Case("encodings", "XHTML with an ISO-8859-7 XML declaration", "read",
             lambda d: _write(d / "greek.html", ('<?xml version="1.0" encoding="ISO-8859-7"?>'
                                                 + _html(f"<p>{GREEK * 4}</p>")).encode("iso8859-7"))),
        # binary
        Case("binary", "PNG image named .html", "refused",
             lambda d: _write(d / "photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(20_000))),
        Case("binary", "200 KB of random bytes (.bin)", "refused",
             lambda d: _write(d / "random.bin", rng.randbytes(200_000))),
        Case("binary", "PDF named .txt", "refused",
             lambda d: _write(d / "report.txt", b"%PDF-1.7\n" + rng.randbytes(5000))),
        Case("binary", "random bytes without control characters", "refused",
             lambda d: _write(d / "noise.txt", bytes(rng.randrange(160, 256) for _ in range(50_000)))),
        # empty
        Case("empty", "empty file", "refused", lambda d: _write(d / "empty.txt", b"")),
        Case("empty", "whitespace only", "refused", lambda d: _write(d / "blank.txt", b" \n\t\r\n  \n")),
        Case("empty", "UTF-16 whitespace only", "refused",
             lambda d: _write(d / "blank16.txt", " \n ".encode("utf-16"))),
        Case("empty", "HTML with only navigation", "refused",
             lambda d: _write(d / "nav.html", _html("<nav>Home | News | Sport | Weather</nav>").encode())),
        # bombs and giant inputs
        Case("bombs", "2 GB gzip bomb (.txt.gz)", "refused", lambda d: _write(d / "bomb.txt.gz", _bomb_member() * 32)),
        Case("bombs", "gzipped JSON Lines with a 2 GB line", "skipped", batch=True,
             make=lambda d: _gzip_of_size(d / "feed.jsonl.gz", 2 * GIB, b'{"id": "x", "text": "', b"word " * 1000)),
        Case("bombs", "WARC.gz with a 2 GB response", "skipped", batch=True,
             make=lambda d: _warc_with_giant_response(d / "crawl.warc.gz")),
        Case("giant files", "80 MB text file", "refused", lambda d: _sparse(d / "huge.txt", 80 * 1024 * 1024)),
        # deep markup, long lines
        Case("deep DOM", "100,000 nested <div> around the article", "read",
             lambda d: _write(d / "deep.html", _deep("div", 100_000).encode()), must_read="The harbour master"),
        Case("deep DOM", "100,000 nested <span>", "read",
             lambda d: _write(d / "deep_span.html", _deep("span", 100_000).encode()), must_read="The harbour master"),
        Case("long lines", "one 20 MB word", "refused", lambda d: _write(d / "word.txt", b"x" * 20_000_000)),
        Case("long lines", "10 MB of words on one line, no full stop", "read",
             lambda d: _write(d / "line.txt", " ".join(rng.choice(PARAGRAPH.split()) for _ in range(1_700_000))
                              .encode())),
        # malformed
        Case("malformed", "JSON cut short", "refused", lambda d: _write(d / "cut.json", b'{"text": "The harbour')),
        Case("malformed", "JSON list instead of an object", "refused", lambda d: _write(d / "list.json", b'["a"]')),
        Case("malformed", "not gzip behind .gz", "refused", lambda d: _write(d / "fake.txt.gz", b"plain words")),
        Case("malformed", "JSON Lines with broken lines", "skipped", batch=True,
             make=lambda d: _write(d / "mixed.jsonl", b'{"broken\n[1, 2]\n{"text": 5}\n')),
        Case("malformed", "WARC cut in the middle", "skipped", batch=True, make=_cut_warc),
        Case("malformed", "garbage named .warc.gz", "skipped", batch=True,
             make=lambda d: _write(d / "junk.warc.gz", b"\x1f\x8b\x08\x00" + rng.randbytes(4000))),
        # pathological pages in a batch
        Case("batch limits", "2 million one-word lines (86 s unbounded)", "skipped", batch=True,
             make=lambda d: _write(d / "lines.txt", b"word\n" * 2_000_000)),
        Case("batch limits", "HTML page of 300,000 paragraphs (minutes to extract)", "skipped", batch=True,
             make=lambda d: _write(d / "many.html", _html("".join(f"<p>Item {k} of the list.</p>"
                                                                    for k in range(300_000))).encode())),
    ]
    bbc = shared / "data" / "bbc_fulltext" / "sport" / "199.txt"
    if bbc.exists():
        found.insert(0, Case("encodings", "BBC sport/199.txt (Windows-1252, £)", "read", lambda d: [bbc]))
    return found


def _sparse(path: Path, size: int) -> list[Path]:
    with path.open("wb") as out:
        out.truncate(size)
    return [path]


def _cut_warc(directory: Path) -> list[Path]:
    whole = _warc_pages(directory / "whole.warc.gz")
    data = whole.read_bytes()
    whole.unlink()
    return _write(directory / "cut.warc.gz", data[: len(data) * 2 // 3])


def _warc_pages(path: Path) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for k in range(3):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            body = _html(f"<p>Story {k}. {PARAGRAPH * 3}</p>").encode()
            writer.write_record(writer.create_warc_record(f"https://example.org/{k}", "response",
                                                          payload=io.BytesIO(body), http_headers=headers))
    return path


def run_case(case: Case, directory: Path, base: Path | None = None) -> dict[str, Any]:
    """The case through the command line of this tree, and of ``base`` (an older tree) when given."""
    folder = directory / case.name.replace(" ", "_").replace("/", "_")[:40]
    folder.mkdir()
    inputs = case.make(folder)
    if case.batch:
        good = folder / "good.txt"
        good.write_text(PARAGRAPH * 4, encoding="utf-8")
        command = ["index", str(good), *map(str, inputs), "--db", str(folder / "x.db"), "--workers", "1"]
    else:
        command = ["extract", "--format", "json", *map(str, inputs)]
    row = {"category": case.category, "name": case.name, "expect": case.expect,
           "size": sum(p.stat().st_size for p in inputs), **_outcome(case, command, folder, PROJECT_ROOT)}
    if base is not None:
        (folder / "x.db").unlink(missing_ok=True)
        row["base"] = _outcome(case, command, folder, base)
    return row


def _outcome(case: Case, command: list[str], folder: Path, tree: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _WITH_PEAK, *command], capture_output=True, env=env, cwd=folder,
                          timeout=1800, check=False)
    seconds = time.perf_counter() - started
    lines = [line for line in done.stderr.decode(errors="replace").splitlines() if line.strip()]
    peak = next((int(line.split()[1]) / 1024 for line in lines if line.startswith(_PEAK)), None)
    lines = [line for line in lines if not line.startswith(_PEAK)]
    return {"exit": done.returncode, "message": (lines[-1] if lines else "")[:160], "seconds": seconds,
            "peak_mib": peak, "handled": _handled(case, done.returncode, lines, done.stdout),
            "traceback": any("Traceback" in line for line in lines)}


_PEAK = "UNSPUN-BENCH-PEAK-KIB"
# The command line as ``python -m unspun`` runs it, printing its peak resident memory (KiB) when it exits.
_WITH_PEAK = (
    "import atexit, resource, runpy, sys\n"
    f"atexit.register(lambda: print('{_PEAK}', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr))\n"
    "sys.argv = ['unspun', *sys.argv[1:]]\n"
    "runpy.run_module('unspun', run_name='__main__')\n"
)


def _handled(case: Case, code: int, lines: list[str], out: bytes) -> bool:
    if any("Traceback" in line for line in lines):
        return False
    if case.expect == "read":
        text = json.loads(out)["text"] if not case.batch and code == 0 else ""
        return code == 0 and (case.batch or (len(text) >= 40 and case.must_read in text))
    if case.expect == "refused":
        return code == 2 and len([line for line in lines if line.strip()]) == 1
    return code == 1 and any("indexed 1 new article" in line or "indexed 2 new article" in line or
                             "indexed 3 new article" in line for line in lines) and "skipped" in " ".join(lines)


def property_run(examples: int) -> dict[str, Any]:
    """``tests/test_properties.py`` with ``examples`` examples per property (seeded: reproducible)."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT / "src"), "UNSPUN_FUZZ_EXAMPLES": str(examples)}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_properties.py"],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, check=False)
    tail = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr.strip()[-200:]
    return {"examples": examples, "seconds": time.perf_counter() - started, "passed": done.returncode == 0,
            "summary": tail}


def run(shared: Path, quick: bool) -> dict[str, Any]:
    results: dict[str, Any] = {"commit": git_commit(), "load_before": os.getloadavg(), "quick": quick}
    rows = []
    base = Path(os.environ[BASE_TREE_ENV]) if os.environ.get(BASE_TREE_ENV, "").strip() else None
    results["base_commit"] = git_commit(base) if base is not None else None
    with tempfile.TemporaryDirectory() as folder:
        for case in cases(shared, quick):
            row = run_case(case, Path(folder), base)
            rows.append(row)
            print(f"hostile: {case.name}: exit {row['exit']} in {row['seconds']:.1f} s", file=sys.stderr)
    results["cases"] = rows
    results["properties"] = property_run(100 if quick else 400)
    results["load_after"] = os.getloadavg()
    handled = sum(r["handled"] for r in rows)
    results["goals"] = [
        goal("hostile inputs handled as expected (share)", handled / len(rows), 1.0),
        goal("tracebacks", sum(r["traceback"] for r in rows), 0, False),
        goal("property tests pass", float(results["properties"]["passed"]), 1.0),
    ]
    return results


def markdown(r: dict[str, Any]) -> str:
    load = ", ".join(f"{x:.1f}" for x in r["load_before"]) + " → " + ", ".join(f"{x:.1f}" for x in r["load_after"])
    based = r.get("base_commit") is not None
    headers = ["category", "input", "size", "expected", "exit", "seconds", "peak MiB", "handled"]
    if based:
        headers += ["before: exit", "s", "MiB", "handled"]
    rows = []
    for c in r["cases"]:
        row = [c["category"], c["name"], _size(c["size"]), c["expect"], *_outcome_cells(c)]
        rows.append(row + (_outcome_cells(c["base"]) if based else []) + [c["message"]])
    p = r["properties"]
    before = f"; \"before\": the same inputs through commit {r['base_commit']}" if based else ""
    return "\n".join([
        f"Commit {r['commit']}{before}; `python -m bench.run --only hostile{' --quick' if r['quick'] else ''}`; load "
        f"average (1, 5, 15 min) before → after: {load}. One page: `unspun extract --format json FILE`; batches: "
        "`unspun index good.txt FILE --db x.db --workers 1` (a good article beside the hostile input). Peak memory "
        "is the command's peak resident memory; times are wall times on the loaded machine.",
        "",
        md_table([*headers, "message (stderr, last line)"], rows),
        "",
        f"Property tests (`tests/test_properties.py`, {p['examples']} examples per property, seeded): "
        f"{'passed' if p['passed'] else '**FAILED**'} in {fmt(p['seconds'], 0)} s ({p['summary']}).",
    ])


def _outcome_cells(o: dict[str, Any]) -> list[Any]:
    return [o["exit"], fmt(o["seconds"], 1), fmt(o["peak_mib"], 0), "yes" if o["handled"] else "**NO**"]


def _size(n: int) -> str:
    return f"{n / 1024**2:.1f} MB" if n >= 1024**2 else f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} B"


if __name__ == "__main__":
    suite_main(run, markdown, "hostile inputs through the command line, and a larger property-test run",
               "100 property examples instead of 400")
