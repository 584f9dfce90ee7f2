"""Scale suite: one WARC of HTML pages indexed by ``unspun index`` and by ``unspun spark --master local[2]``.

The pages: all scrapinghub_aeb and trafilatura_eval HTML, plus BBC articles and generated copies of them (spun at
30% and 60%, trimmed, partial reuse; seeded) wrapped in a news-page template with site chrome. Each command runs
as a user runs it, in a fresh process; the suite reports pages/s, Spark's per-stage seconds and shuffle bytes
(from its event log), and the peak resident memory of the whole process tree (driver, JVM, Python workers),
sampled every 0.2 s. Spark's start-up (a session started and stopped) is measured on its own, and so is the
baseline of the HTML throughput goal: ``trafilatura.extract`` alone on the same WARC (one process, and a pool of
two as ``unspun index`` has).
``python -m bench.scale [--quick]``.
"""

from __future__ import annotations

import contextlib
import html
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench.common import fmt, md_table, suite_main

QUICK = {"aeb": 30, "trafilatura": 30, "bbc": 40, "copies": 40}
FULL = {"aeb": 181, "trafilatura": 990, "bbc": 200, "copies": 200}
MASTER = "local[2]"
ROOT = Path(__file__).resolve().parents[1]
# ``UNSPUN_SCALE_KEEP=DIR``: run in DIR (new or empty) and keep it (WARC, store, Spark's tables and event log), to
# compare the two engines' links afterwards.
KEEP_ENV = "UNSPUN_SCALE_KEEP"


# --- the pages ----------------------------------------------------------------------------------------------


def news_page(title: str, paragraphs: list[str], site: str) -> bytes:
    """A news page as a content farm serves it: navigation, the article, related links, a footer."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta property="og:site_name" content="{site}"><meta property="og:title" content="{html.escape(title)}"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a></nav>
<main><article><h1>{html.escape(title)}</h1>{body}</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Council approves new budget for parks</a></li>
<li><a href="/b">Storm warning issued for the coast this weekend</a></li></ul></aside></main>
<footer>© {site}. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>""".encode()


def pages(shared: Path, sizes: dict[str, int]) -> list[tuple[str, bytes]]:
    """(url, HTML) of every page of the suite, in a fixed order."""
    from bench.corpus import bbc_texts, variants
    from bench.extraction import aeb_pages, trafilatura_eval_pages
    from bench.spinner import Spinner

    found = [(f"https://aeb.example/{p.key}", p.html) for p in aeb_pages(shared, sizes["aeb"])]
    found += [(f"https://trafilatura.example/{k}", p.html)
              for k, p in enumerate(trafilatura_eval_pages(shared, sizes["trafilatura"]))]
    texts = bbc_texts(shared)[: sizes["bbc"]]
    for k, text in enumerate(texts):
        title, _, body = text.partition("\n")
        found.append((f"https://bbc.example/{k}", news_page(title, _paragraphs(body), "BBC News")))
    for k, (text, source) in enumerate(variants(texts, sizes["copies"], seed=9, spinner=Spinner(shared))):
        title = texts[source].partition("\n")[0]
        paragraphs = _paragraphs(text.partition("\n")[2] if text.startswith(title) else text)
        found.append((f"https://farm{k % 5}.example/{k}", news_page(title, paragraphs, f"Daily Farm {k % 5}")))
    return found


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def write_warc(items: list[tuple[str, bytes]], path: Path) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, body in items:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers))


# --- measuring a command ------------------------------------------------------------------------------------


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total


def timed_command(args: list[str], cwd: Path) -> dict[str, Any]:
    """Run ``args``; wall seconds, exit status, stderr's last line, peak resident memory of its process tree."""
    paths = [str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    started = time.perf_counter()
    process = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak, loads = [0], []

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], _tree_rss(process.pid))
            loads.append(os.getloadavg()[0])
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    lines = [line for line in (err + out).splitlines() if line.startswith("unspun")]
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(args[:4])} failed ({process.returncode}): {err.strip()[-800:]}")
    load = sum(loads) / len(loads) if loads else os.getloadavg()[0]
    return {"seconds": seconds, "peak_mib": peak[0] / 1024**2, "line": lines[-1] if lines else "", "load": load}


def shuffle_bytes(event_log: Path) -> dict[str, int]:
    """Shuffle bytes written and read over every task of the run (Spark's event log)."""
    written = read = 0
    for path in (p for p in event_log.rglob("*") if p.is_file()):  # Spark 4 writes a folder of rolled files
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if '"SparkListenerTaskEnd"' not in line:
                continue
            metrics = json.loads(line).get("Task Metrics") or {}
            written += metrics.get("Shuffle Write Metrics", {}).get("Shuffle Bytes Written", 0)
            shuffle_read = metrics.get("Shuffle Read Metrics", {})
            read += shuffle_read.get("Remote Bytes Read", 0) + shuffle_read.get("Local Bytes Read", 0)
    return {"written": written, "read": read}


def spark_startup(folder: Path) -> float:
    """Seconds to start a local[2] session, run one trivial job, and stop (JVM and a Python worker)."""
    code = (
        "from unspun.spark.session import spark_session\n"
        f"s = spark_session({MASTER!r}); s.sparkContext.parallelize([1, 2], 2).map(lambda x: x).count(); s.stop()\n"
    )
    return timed_command([sys.executable, "-c", code], folder)["seconds"]


def trafilatura_alone(warc: Path, workers: int) -> int:
    """Every HTML response of ``warc`` through ``trafilatura.extract`` (defaults), in ``workers`` processes;
    the number of pages with text. The baseline of the throughput goal, run like the commands above."""
    from concurrent.futures import ProcessPoolExecutor

    from warcio.archiveiterator import ArchiveIterator

    with warc.open("rb") as stream:
        bodies = [r.content_stream().read() for r in ArchiveIterator(stream) if r.rec_type == "response"]
    if workers == 1:
        return sum(1 for body in bodies if _extract(body))
    with ProcessPoolExecutor(workers) as pool:
        return sum(1 for text in pool.map(_extract, bodies, chunksize=16) if text)


def _extract(body: bytes) -> str:
    import trafilatura

    return trafilatura.extract(body) or ""


def _trafilatura_command(warc: Path, workers: int) -> list[str]:
    code = f"from bench.scale import trafilatura_alone; from pathlib import Path; " \
           f"print('unspun-bench: trafilatura', trafilatura_alone(Path({str(warc)!r}), {workers}))"
    return [sys.executable, "-c", code]


# --- the suite ----------------------------------------------------------------------------------------------


def run(shared: Path, quick: bool) -> dict[str, Any]:
    sizes = QUICK if quick else FULL
    keep = os.environ.get(KEEP_ENV, "").strip()
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
    with contextlib.nullcontext(keep) if keep else tempfile.TemporaryDirectory(prefix="unspun-scale-") as tmp:
        folder = Path(tmp)
        items = pages(shared, sizes)
        warc = folder / "pages.warc.gz"
        write_warc(items, warc)
        startup = spark_startup(folder)
        baseline = {n: timed_command(_trafilatura_command(warc, n), folder) for n in (1, 2)}
        index_args = [sys.executable, "-m", "unspun", "index", str(warc), "--db", str(folder / "x.db")]
        index = timed_command(index_args, folder)
        events = folder / "events"
        events.mkdir()
        spark = timed_command(
            [sys.executable, "-m", "unspun", "spark", str(warc), "--out", str(folder / "out"), "--master", MASTER,
             "--event-log", str(events)],
            folder,
        )
        manifest = json.loads((folder / "out" / "_unspun.json").read_text())
        spark["stages"] = manifest["summary"]["seconds"]
        spark["summary"] = {k: manifest["summary"][k] for k in ("articles", "candidates", "links", "stories",
                                                               "band_bits", "bucket_pairs", "capped_buckets")}
        spark["shuffle"] = shuffle_bytes(events)
        load = os.getloadavg()[0]
    return {"quick": quick, "pages": len(items), "sizes": sizes, "startup_s": startup, "trafilatura": baseline,
            "index": index, "spark": spark, "load": load}


def markdown(r: dict[str, Any]) -> str:
    n = r["pages"]
    index, spark, alone = r["index"], r["spark"], r["trafilatura"]
    stages = spark["stages"]

    def row(name: str, run: dict[str, Any], shuffle: str = "", line: str = "") -> list[str]:
        return [name, fmt(run["seconds"], 1), fmt(n / run["seconds"], 2), fmt(run["peak_mib"], 0), fmt(run["load"], 1),
                shuffle, line.removeprefix("unspun: ")]

    rows = [
        row("trafilatura.extract alone, 1 process", alone[1]),
        row("trafilatura.extract alone, 2 processes", alone[2]),
        row("unspun index (1 machine, 2 workers)", index, line=index["line"]),
        row(f"unspun spark --master {MASTER}", spark, f"{spark['shuffle']['written'] / 1024**2:.1f} MiB written",
            spark["line"]),
    ]
    out = [
        f"{n} HTML pages in one WARC ({r['sizes']}); wall time of each command in a fresh process, model loading "
        f"included; load: the 1-minute load average sampled during each command (2 cores shared with other work).\n",
        md_table(["run", "seconds", "pages/s", "peak MiB (process tree)", "load", "shuffle", "summary"], rows),
        "",
        "Ratios (same run): trafilatura alone (1 process) / unspun index "
        f"{alone[1]['seconds'] / index['seconds']:.2f}; trafilatura alone (2 processes) / unspun index "
        f"{alone[2]['seconds'] / index['seconds']:.2f}; unspun spark / unspun index "
        f"{spark['seconds'] / index['seconds']:.2f} (≥ 1 for the first two: the store is filled at least as fast as "
        "trafilatura alone extracts).",
        "",
        "Spark stages (seconds, wall): " + ", ".join(f"{k} {v:.1f}" for k, v in stages.items())
        + f"; Spark start-up alone (session, one job, stop): {r['startup_s']:.1f} s.",
        "",
        f"Spark counts: {json.dumps(spark['summary'])}; shuffle read {spark['shuffle']['read'] / 1024**2:.1f} MiB.",
    ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    suite_main(run, markdown, __doc__, "30 + 30 + 40 + 40 pages", argv)


if __name__ == "__main__":
    main()
