"""Reliability bench: ``unspun index`` killed with SIGKILL at chosen points and resumed, readers and a second
indexer during a run, a full disk and a read-only store, WARC archives cut short, and what changed between the
stored versions of the edited articles (``compare --versions``).

``python -m bench.reliability [--quick]``. The corpus is BBC articles from ``../shared/data/bbc_fulltext``
(read, never copied), generated copies of them (spun at 30% and 60%, trimmed, partial: links and stories to
lose) and edited texts under the ids of some originals (new versions), as one JSON Lines feed.

A run is ``unspun index`` then ``unspun stories`` (which builds and saves the stories). Kill points:
``UNSPUN_CRASH_AT=<stage>:<n>`` (``unspun.crash``) makes the process SIGKILL itself the n-th time it reaches a
stage (extraction of a batch, one article's candidate search, a group's comparisons, a batch written but not
committed, a batch committed; stories clustered, stories saved), at points spread over the run; timed kills
(SIGKILL from outside at a share of the uninterrupted run's time) land wherever the run is. Each is done with
the indexer alone (``--workers 1``) and with two worker processes. The resumed store must hold exactly an
uninterrupted run's rows: articles (with versions, hashes, texts, spin), links with their verdicts, stories,
and what comparisons reuse (sentences, fingerprints, vectors, removed blocks); no process of a killed run's
pool (fork server, workers, resource tracker) may outlive it by more than 2 s.

Cut archives: a WARC of BBC pages, gzipped (one member a record) and plain, cut inside a record at several
points (a gzip member's header, its compressed data, its trailer; a record's WARC headers, HTTP headers, body,
last body byte). ``unspun index`` must store every whole record before the cut, say in one line that the archive
is cut short inside that record, and exit 1 (a batch that skipped an item).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench.common import fmt, goal, md_table, suite_main

# (stage, share of the stage's occurrences in an uninterrupted run): spread over the whole run.
HOOK_POINTS = (
    ("extract", 0.1), ("extract", 0.9),
    ("search", 0.05), ("search", 0.5), ("search", 0.97),
    ("compare", 0.6),
    ("write", 0.5), ("write", 0.9),
    ("commit", 0.3),
    ("stories", 1.0), ("saved", 1.0),
)
QUICK_POINTS = (("extract", 0.5), ("search", 0.4), ("compare", 0.6), ("write", 0.5), ("commit", 0.5), ("stories", 1.0))
TIMED_SHARES = (0.5,)  # SIGKILL from outside at these shares of the uninterrupted run's wall time
# A crash while resuming a crash: the first point, then the second in the resumed run.
DOUBLE_CRASHES = ((("commit", 0.3), ("search", 0.5)),)
WORKER_SETTINGS = "[index]\npool_after_articles = 8\ncompare_group_articles = 4\n"
MODES = {"one process": ["--workers", "1"], "2 workers": ["--workers", "2"]}
TABLES = {
    "articles": "SELECT pk, id, version, content_hash, title, published, site, url, credits, text, spin "
    "FROM articles ORDER BY pk",
    "links": "SELECT x.id, x.version, y.id, y.version, p.relation, p.direction, p.confidence, p.coverage_a, "
    "p.coverage_b, p.evidence FROM pairs p JOIN articles x ON x.pk = p.a JOIN articles y ON y.pk = p.b",
    "stories": "SELECT id, origin, articles FROM stories",
    "sentences": "SELECT * FROM sentences",
    "fingerprints": "SELECT * FROM fingerprints",
    "vectors": "SELECT * FROM sentence_vectors",
    "removed": "SELECT * FROM removed",
}


# --- the corpus ---------------------------------------------------------------------------------------


def write_feed(shared: Path, path: Path, originals: int, copies: int, versions: int) -> int:
    """The JSON Lines feed: BBC originals, generated copies, then edited texts under original ids."""
    from bench.corpus import _spinner, bbc_texts, variants

    texts = bbc_texts(shared)[:originals]
    made = variants(texts, copies, seed=21, spinner=_spinner(shared))
    rng = random.Random(5)
    edited = rng.sample(range(len(texts)), versions)
    with path.open("w") as out:
        for k, text in enumerate(texts):
            out.write(json.dumps({"id": f"bbc-{k}", "text": text}) + "\n")
        for k, (text, _) in enumerate(made):
            out.write(json.dumps({"id": f"copy-{k}", "text": text}) + "\n")
        for k in edited:  # a stealth edit: a sentence added, a number changed where there is one
            text = re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) + 1), texts[k], count=1)
            out.write(json.dumps({"id": f"bbc-{k}", "text": text + "\n\nThis article was updated."}) + "\n")
    return len(texts) + len(made) + len(edited)


# --- running the indexer ------------------------------------------------------------------------------


def index_command(feed: Path, db: Path, mode: str, settings: Path, batch: int) -> list[str]:
    command = [sys.executable, "-m", "unspun", "index", str(feed), "--db", str(db), "--batch-size", str(batch)]
    return command + MODES[mode] + ["--settings", str(settings)]


def run_index(command: list[str], crash: str | None = None, kill_after: float | None = None) -> dict[str, Any]:
    """One ``unspun index``: to the end, killed by its crash hook, or killed from outside after ``kill_after``
    seconds. Returns its exit status, stderr, wall time and worker processes left alive after it died."""
    env = {k: v for k, v in os.environ.items() if k != "UNSPUN_CRASH_AT"}
    if crash:
        env["UNSPUN_CRASH_AT"] = crash
    started = time.perf_counter()
    # stderr to a file, not a pipe: worker processes that outlive a SIGKILLed indexer would keep a pipe open.
    with tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=err, text=True,
                                   start_new_session=True)
        try:
            process.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
        seconds = time.perf_counter() - started
        orphans = _orphans(process.pid) if process.returncode == -signal.SIGKILL else 0
        err.seek(0)
        return {"rc": process.returncode, "stderr": err.read(), "seconds": seconds, "orphans": orphans}


def run_pipeline(command: list[str], crash: str | None = None, kill_after: float | None = None) -> dict[str, Any]:
    """``unspun index`` then, unless it was killed, ``unspun stories`` on its store (the same crash hook:
    index stages are reached only by the first, story stages only by the second)."""
    run = run_index(command, crash, kill_after)
    if run["rc"] == -signal.SIGKILL or run["rc"] not in (0, 1):
        return run
    db = command[command.index("--db") + 1]
    stories = run_index([sys.executable, "-m", "unspun", "stories", "--db", db, "--format", "json"], crash)
    if stories["rc"] != 0:
        return {**stories, "stderr": run["stderr"] + stories["stderr"]}
    return {**run, "seconds": run["seconds"] + stories["seconds"]}


def _orphans(pgid: int, grace: float = 2.0) -> int:
    """Processes of the killed indexer's group still alive after ``grace`` seconds (worker processes should
    notice their parent is gone); they are then killed, so one kill does not slow the next."""
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not _group_alive(pgid):
            return 0
        time.sleep(0.2)
    alive = _group_alive(pgid)
    if alive:
        os.killpg(pgid, signal.SIGKILL)
    return alive


def _group_alive(pgid: int) -> int:
    count = 0
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            count += 1
    return count


def store_rows(db: Path) -> dict[str, Counter]:
    """Every compared table's rows (as multisets), and the integrity check."""
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
        rows: dict[str, Counter] = {name: Counter(con.execute(sql)) for name, sql in TABLES.items()}
        rows["integrity"] = Counter([con.execute("PRAGMA integrity_check").fetchone()[0]])
    return rows


def differences(reference: dict[str, Counter], got: dict[str, Counter]) -> dict[str, tuple[int, int]]:
    """Per table: (rows of the reference missing, rows not in the reference)."""
    return {name: (sum((reference[name] - got[name]).values()), sum((got[name] - reference[name]).values()))
            for name in TABLES}


def occurrences(articles: int, batch: int, group: int) -> dict[str, int]:
    """How often an uninterrupted run from an empty store reaches each crash point."""
    batches = -(-articles // batch)
    full, last = divmod(articles, batch)
    groups = full * -(-batch // group) + (-(-last // group) if last else 0)
    return {"extract": batches, "search": articles, "compare": groups, "write": batches, "commit": batches,
            "stories": 1, "saved": 1}


# --- kills ---------------------------------------------------------------------------------------------


def kill_matrix(feed: Path, work: Path, quick: bool, batch: int) -> dict[str, Any]:
    settings = work / "workers.toml"
    settings.write_text(WORKER_SETTINGS)
    group = 4
    out: dict[str, Any] = {"modes": {}, "kills": [], "batch": batch}
    for mode in MODES:
        ref_db = work / f"ref-{mode[0]}.db"
        reference_run = run_pipeline(index_command(feed, ref_db, mode, settings, batch))
        if reference_run["rc"] not in (0, 1):
            raise RuntimeError(f"uninterrupted run failed: {reference_run['stderr'][-400:]}")
        reference = store_rows(ref_db)
        articles = len(reference["articles"])
        counts = occurrences(articles, batch, group)
        out["modes"][mode] = {"seconds": reference_run["seconds"], "articles": articles,
                              "links": len(reference["links"]), "stories": len(reference["stories"]),
                              "counts": counts}
        chosen = QUICK_POINTS if quick else HOOK_POINTS
        points = [(stage, max(1, round(share * counts[stage]))) for stage, share in chosen]
        cases: list[tuple[str, list[tuple[str, Any]]]] = [(f"{s}:{n}", [("hook", f"{s}:{n}")]) for s, n in points]
        if not quick:
            cases += [(f"timed {share:.0%}", [("timed", share * reference_run["seconds"])]) for share in TIMED_SHARES]
            for first, second in DOUBLE_CRASHES:
                hooks = [f"{s}:{max(1, round(share * counts[s]))}" for s, share in (first, second)]
                cases.append((" then ".join(hooks), [("hook", h) for h in hooks]))
        for name, steps in cases:
            db = work / "killed.db"
            for leftover in work.glob("killed.db*"):
                leftover.unlink()
            kills, orphans, died_at = 0, 0, []
            for kind, value in steps:
                run = run_pipeline(index_command(feed, db, mode, settings, batch),
                                   crash=value if kind == "hook" else None,
                                   kill_after=value if kind == "timed" else None)
                if run["rc"] == -signal.SIGKILL:
                    kills += 1
                    orphans += run["orphans"]
                    died_at.append(_committed(db))
            resumed = run_pipeline(index_command(feed, db, mode, settings, batch))
            got = store_rows(db)
            diff = differences(reference, got)
            out["kills"].append({
                "mode": mode, "point": name, "killed": kills, "committed_at_kill": died_at,
                "resume_rc": resumed["rc"], "resume_seconds": resumed["seconds"], "orphans": orphans,
                "lost": {k: v[0] for k, v in diff.items()}, "extra": {k: v[1] for k, v in diff.items()},
                "integrity": next(iter(got["integrity"])),
                "resume_line": resumed["stderr"].strip().splitlines()[-1:] or [""],
            })
    return out


def _committed(db: Path) -> int:
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


# --- concurrency ----------------------------------------------------------------------------------------


def concurrency(feed: Path, work: Path, batch: int, query: Path, total: int) -> dict[str, Any]:
    """Readers and a second indexer while ``index`` runs with two workers: every snapshot whole (articles a
    multiple of the batch size, each with its fingerprint, no link to a missing article), ``stories``, ``trace``
    and ``report`` (the library calls the commands make, in this process) answer, and a second ``unspun index``
    stops at once with one line."""
    import unspun
    from unspun.web.site import write_site

    settings = work / "workers.toml"
    db = work / "busy.db"
    command = index_command(feed, db, "2 workers", settings, batch)
    env = {k: v for k, v in os.environ.items() if k != "UNSPUN_CRASH_AT"}
    result: dict[str, Any] = {"snapshots": 0, "torn": 0, "stories_runs": 0, "trace_runs": 0, "report_runs": 0,
                              "failures": [], "second_index": None}
    unspun.trace(query, work / "ref-o.db")  # models loaded before the run starts
    with tempfile.TemporaryFile("w+") as err:
        indexer = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=err, text=True)
        while _committed(db) == 0 and indexer.poll() is None:
            time.sleep(0.05)
        second = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        cycle = 0
        while indexer.poll() is None:
            result["snapshots"] += 1
            result["torn"] += not _snapshot_whole(db, batch, total)
            step = ("stories", "trace", "report")[cycle % 3]
            cycle += 1
            try:
                if step == "stories":
                    unspun.stories(db)
                elif step == "trace":
                    unspun.trace(query, db)
                else:
                    write_site(db, work / "site")
            except Exception as error:  # a reader that fails is what this counts
                result["failures"].append(f"{step}: {error}")
            result[f"{step}_runs"] += 1
        _, second_err = second.communicate()
        lines = second_err.strip().splitlines()
        result["second_index"] = {"rc": second.returncode, "lines": len(lines), "line": lines[-1] if lines else ""}
    result["index_rc"] = indexer.returncode
    return result


def _cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "unspun", *args], env=env, capture_output=True, text=True,
                          check=False)


def _snapshot_whole(db: Path, batch: int, total: int) -> bool:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, isolation_level=None)) as con:
        con.execute("BEGIN")
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        prints = con.execute("SELECT count(*) FROM fingerprints").fetchone()[0]
        dangling = con.execute("SELECT count(*) FROM pairs WHERE a NOT IN (SELECT pk FROM articles) "
                               "OR b NOT IN (SELECT pk FROM articles)").fetchone()[0]
        con.execute("COMMIT")
    return articles == prints and dangling == 0 and (articles % batch == 0 or articles == total)


# --- full disk and read-only store ------------------------------------------------------------------------


def disk_checks(feed: Path, work: Path, batch: int, reference_db: Path) -> dict[str, Any]:
    """On a tmpfs too small for the store (a real ENOSPC), then on a read-only bind mount: one line and exit
    4, then the store, moved to room / made writable again, resumes to the uninterrupted run's rows. Needs
    mount permission (root); skipped otherwise."""
    settings = work / "workers.toml"
    mount = work / "small"
    mount.mkdir(exist_ok=True)
    size_kib = max(256, reference_db.stat().st_size // 1024 // 2)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(mount)],
                      capture_output=True, check=False).returncode != 0:
        return {"skipped": "cannot mount a small filesystem here (needs root)"}
    out: dict[str, Any] = {}
    reference = store_rows(reference_db)
    try:
        db = mount / "c.db"
        full = run_pipeline(index_command(feed, db, "one process", settings, batch))
        out["full"] = _failure(full, db)
        subprocess.run(["mount", "-o", f"remount,size={size_kib * 8}k", str(mount)], check=True)
        resumed = run_pipeline(index_command(feed, db, "one process", settings, batch))
        out["full"]["resume_rc"] = resumed["rc"]
        out["full"]["lost"] = differences(reference, store_rows(db))
        # Read-only: the same folder remounted read-only after a partial run.
        for leftover in mount.glob("c.db*"):
            leftover.unlink()
        run_index(index_command(feed, db, "one process", settings, batch), crash="commit:3")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        readonly = run_index(index_command(feed, db, "one process", settings, batch))
        out["readonly"] = _failure(readonly, db)
        out["readonly"]["stories_rc"] = _cli(["stories", "--db", str(db), "--format", "json"],
                                             dict(os.environ)).returncode
        subprocess.run(["mount", "-o", "remount,rw", str(mount)], check=True)
        resumed = run_pipeline(index_command(feed, db, "one process", settings, batch))
        out["readonly"]["resume_rc"] = resumed["rc"]
        out["readonly"]["lost"] = differences(reference, store_rows(db))
    finally:
        if subprocess.run(["umount", str(mount)], capture_output=True, check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)
    return out


def _failure(run: dict[str, Any], db: Path) -> dict[str, Any]:
    lines = [line for line in run["stderr"].strip().splitlines() if line.strip()]
    return {"rc": run["rc"], "lines": len(lines), "line": lines[-1] if lines else "", "committed": _committed(db)}


# --- cut archives and versions ---------------------------------------------------------------------------

# (gzipped, record number to cut inside, where in it)
CUTS = (
    (True, 3, "gzip header"), (True, 6, "compressed data"), (True, 9, "gzip trailer"), (True, 12, "compressed data"),
    (False, 3, "WARC headers"), (False, 6, "HTTP headers"), (False, 9, "body"), (False, 12, "last body byte"),
)
CUT_PAGES = 12


def write_warc(shared: Path, path: Path, gz: bool) -> tuple[list[str], list[int]]:
    """``CUT_PAGES`` BBC articles as HTML responses: their URIs and the byte offset of each record (and the end)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from bench.corpus import bbc_texts

    uris, offsets = [], []
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for k, text in enumerate(bbc_texts(shared)[200 : 200 + CUT_PAGES]):
            title, *paragraphs = [p for p in text.split("\n") if p.strip()]
            body = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
                    + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            uris.append(f"https://news.example/bbc/{k}")
            offsets.append(out.tell())
            writer.write_record(writer.create_warc_record(uris[-1], "response", payload=io.BytesIO(body.encode()),
                                                          http_headers=headers))
        offsets.append(out.tell())
    return uris, offsets


def cut_offset(data: bytes, start: int, end: int, gz: bool, where: str) -> int:
    """An offset inside the record at ``data[start:end]``, at ``where``."""
    record = data[start:end]
    if gz:
        return start + {"gzip header": 5, "gzip trailer": len(record) - 3, "compressed data": len(record) // 2}[where]
    warc_end = record.index(b"\r\n\r\n") + 4
    http_end = record.index(b"\r\n\r\n", warc_end) + 4
    inside = {"WARC headers": warc_end // 2, "HTTP headers": (warc_end + http_end) // 2,
              "body": (http_end + len(record) - 4) // 2, "last body byte": len(record) - 5}[where]
    return start + inside


def cut_archives(shared: Path, work: Path) -> list[dict[str, Any]]:
    out = []
    for gz in (True, False):
        whole = work / ("whole.warc.gz" if gz else "whole.warc")
        uris, offsets = write_warc(shared, whole, gz)
        data = whole.read_bytes()
        for cut_gz, number, where in CUTS:
            if cut_gz != gz:
                continue
            cut = work / ("cut.warc.gz" if gz else "cut.warc")
            cut.write_bytes(data[: cut_offset(data, offsets[number - 1], offsets[number], gz, where)])
            db = work / "cut.db"
            for leftover in work.glob("cut.db*"):
                leftover.unlink()
            done = subprocess.run([sys.executable, "-m", "unspun", "index", str(cut), "--db", str(db),
                                   "--workers", "1"], capture_output=True, text=True, check=False)
            lines = [line for line in done.stderr.splitlines() if line.strip()]
            with contextlib.closing(sqlite3.connect(db)) as con:
                stored = sorted(r[0] for r in con.execute("SELECT id FROM articles"))
            out.append({
                "archive": ".warc.gz" if gz else ".warc", "record": number, "where": where,
                "bytes": f"{offsets[number - 1]}–{offsets[number]}", "rc": done.returncode, "lines": len(lines),
                "said": f"is cut short inside record {number} (at byte {offsets[number - 1]}); "
                        f"the {number - 1} whole record(s) before it were read" in done.stderr,
                "stored": len(stored), "whole_before": number - 1,
                "right": stored == sorted(uris[: number - 1]), "line": lines[-1] if lines else "",
            })
    return out


def version_comparisons(feed: Path, db: Path) -> list[dict[str, Any]]:
    """``compare --versions`` of every id the feed edited: the edits (a sentence added, a number raised by one
    where the text has one) among the changes found."""
    first: dict[str, str] = {}
    edited: dict[str, str] = {}
    for line in feed.read_text().splitlines():
        record = json.loads(line)
        (edited if record["id"] in first else first)[record["id"]] = record["text"]
    out = []
    for article_id in edited:
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "unspun", "compare", "--db", str(db), "--versions", article_id,
                               "--format", "json"], capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            out.append({"id": article_id, "rc": done.returncode, "error": done.stderr.strip()[-200:]})
            continue
        result = json.loads(done.stdout)
        kinds = Counter(ch["kind"] for ch in result["changes"])
        number_edited = re.search(r"\b\d+\b", first[article_id]) is not None
        out.append({
            "id": article_id, "rc": 0, "seconds": seconds, "relation": result["verdict"]["relation"],
            "versions": result["versions"], "changes": dict(kinds), "stored": result["stored"],
            "addition_found": any("This article was updated." in ch["b"]["text"] for ch in result["changes"]),
            # a raised year is a changed date
            "number_edited": number_edited, "number_found": kinds["number"] + kinds["date"] > 0,
        })
    return out


# --- the suite -------------------------------------------------------------------------------------------


def run(shared: Path, quick: bool) -> dict[str, Any]:
    sizes = {"originals": 24, "copies": 16, "versions": 3, "batch": 8} if quick else \
        {"originals": 90, "copies": 60, "versions": 6, "batch": 16}
    with tempfile.TemporaryDirectory(prefix="unspun-reliability-") as folder:
        work = Path(folder)
        feed = work / "feed.jsonl"
        records = write_feed(shared, feed, sizes["originals"], sizes["copies"], sizes["versions"])
        query = work / "query.txt"
        query.write_text(json.loads(feed.read_text().splitlines()[sizes["originals"]])["text"])
        results: dict[str, Any] = {"records": records, "sizes": sizes}
        results["kills"] = kill_matrix(feed, work, quick, sizes["batch"])
        results["concurrency"] = concurrency(feed, work, sizes["batch"], query, records)
        results["disk"] = disk_checks(feed, work, sizes["batch"], work / "ref-o.db")
        results["versions"] = version_comparisons(feed, work / "ref-o.db")
        results["cuts"] = cut_archives(shared, work)
    kills = [k for k in results["kills"]["kills"] if k["killed"]]
    lost = sum(sum(k["lost"].values()) + sum(k["extra"].values()) for k in kills)
    conc = results["concurrency"]
    cuts = results["cuts"]
    edits = results["versions"]
    results["goals"] = [
        goal("kill points that killed a run", len(kills), 6 if quick else 20),
        goal("rows lost or different after resume", lost, 0, higher_is_better=False),
        goal("pool processes alive 2 s after their indexer was killed", sum(k["orphans"] for k in kills), 0,
             higher_is_better=False),
        goal("torn snapshots and failed readers during index", conc["torn"] + len(conc["failures"]), 0,
             higher_is_better=False),
        goal("cut archives: whole records stored, one line, exit 1",
             sum(c["right"] and c["said"] and c["lines"] == 1 and c["rc"] == 1 for c in cuts), len(cuts)),
        goal("version edits found by compare --versions (added sentence, changed number)",
             sum(e.get("addition_found", False) + (e.get("number_found", False) if e.get("number_edited") else 0)
                 for e in edits),
             sum(1 + bool(e.get("number_edited")) for e in edits)),
    ]
    return results


def markdown(results: dict[str, Any]) -> str:
    k = results["kills"]
    lines = [
        f"Corpus: {results['records']} records ({results['sizes']['originals']} BBC articles from "
        f"`shared/data/bbc_fulltext`, {results['sizes']['copies']} generated copies, {results['sizes']['versions']} "
        f"edited texts under original ids); `--batch-size {k['batch']}`; worker runs with `{WORKER_SETTINGS.strip()}`"
        .replace("\n", "; "),
        "",
        md_table(["mode", "uninterrupted s", "articles", "links", "stories"],
                 [[m, fmt(v["seconds"], 1), v["articles"], v["links"], v["stories"]] for m, v in k["modes"].items()]),
        "",
    ]
    rows = []
    for kill in k["kills"]:
        lost = {n: c for n, c in kill["lost"].items() if c}
        extra = {n: c for n, c in kill["extra"].items() if c}
        rows.append([kill["mode"], kill["point"], "yes" if kill["killed"] else "not reached",
                     ", ".join(map(str, kill["committed_at_kill"])) or "—", kill["resume_rc"],
                     json.dumps(lost) if lost else "0", json.dumps(extra) if extra else "0", kill["integrity"],
                     kill["orphans"]])
    lines += [md_table(["mode", "kill point", "killed", "articles committed at the kill", "resume exit",
                        "rows lost", "rows extra", "integrity_check", "workers left alive"], rows), ""]
    c = results["concurrency"]
    second = c["second_index"]
    lines += [
        f"Concurrency (2 workers): {c['snapshots']} snapshots read during the run, {c['torn']} torn; "
        f"`unspun.stories` {c['stories_runs']}×, `unspun.trace` {c['trace_runs']}×, the `report` site "
        f"{c['report_runs']}× during the run, "
        f"{len(c['failures'])} failed; a second `index` exited {second['rc']} with {second['lines']} line: "
        f"`{second['line']}`; the first exited {c['index_rc']}.",
        "",
    ]
    v = results["versions"]
    lines += [
        f"`unspun compare --db … --versions ID` on the uninterrupted one-process store, for each of the {len(v)} "
        "edited ids (version 1 against 2; the edit added \"This article was updated.\" and raised the first number "
        "by one where the text has one):",
        "",
        md_table(["id", "exit", "relation", "stored verdict", "changes found", "added sentence found",
                  "number (or date) change found", "seconds"],
                 [[e["id"], e["rc"], e.get("relation", "—"), "yes" if e.get("stored") else "no",
                   json.dumps(e.get("changes", {})), "yes" if e.get("addition_found") else "**no**",
                   ("yes" if e.get("number_found") else "**no**") if e.get("number_edited") else "no number",
                   fmt(e.get("seconds", 0), 1)] for e in v]),
        "",
        f"Cut archives ({CUT_PAGES} BBC pages as one WARC, `unspun index CUT --workers 1`):",
        "",
        md_table(["archive", "cut inside record", "where", "record bytes", "exit", "stderr lines", "says so",
                  "articles stored", "whole records before the cut", "the right ones", "message"],
                 [[c["archive"], c["record"], c["where"], c["bytes"], c["rc"], c["lines"],
                   "yes" if c["said"] else "**no**", c["stored"], c["whole_before"],
                   "yes" if c["right"] else "**no**", c["line"][-160:]] for c in results["cuts"]]),
        "",
    ]
    d = results["disk"]
    if "skipped" in d:
        lines.append(f"Full disk, read-only store: skipped ({d['skipped']}).")
    else:
        for name, label in (("full", "Full disk (tmpfs too small for the store)"),
                            ("readonly", "Read-only store (its filesystem remounted read-only)")):
            x = d[name]
            lost = sum(a + b for a, b in x["lost"].values())
            readers = f"; `unspun stories` on it exited {x['stories_rc']}" if "stories_rc" in x else ""
            lines.append(f"{label}: exit {x['rc']}, {x['lines']} line: `{x['line']}`; {x['committed']} articles "
                         f"kept{readers}; after making room / writable, resume exit {x['resume_rc']}, rows lost or "
                         f"different {lost}.")
    return "\n".join(lines)


if __name__ == "__main__":
    suite_main(run, markdown, __doc__ or "", "6 kill points, a small corpus")
