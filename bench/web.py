"""Web bench: ``unspun serve`` over HTTP on 127.0.0.1 against the library called directly.

1. Compare: ``POST /api/compare`` of a BBC text and its spun copy against ``unspun.compare`` of the same two
   records in this process (both warm; medians). Goal: the API within 50 ms of the library.
2. Trace: ``POST /api/trace`` of spun copies on a large store (built as the corpus bench builds it), by 8
   concurrent clients (httpx, a bounded number of requests each, closed loop: a client sends its next request
   when the last answer arrives), and by one client; the library's ``trace_article`` in this process on the
   same queries beside them. Goals: p50 ≤ 60 ms and p99 ≤ 200 ms under 8 clients, no errors.
3. The server's resident memory after the runs: its own process (VmRSS and its peak VmHWM) and its process tree
   (trace or worker processes), summed as RSS and as PSS.

With ``UNSPUN_BASE_TREE=DIR`` (a checkout of an older commit) the same store is also served by that tree's
``unspun serve``, the two servers taking turns round by round, so the speed ratio is measured under the same load.
With ``UNSPUN_WEB_STORE=PATH`` the store is kept at PATH and reused by the next run (a 100k store takes minutes
to build); otherwise it lives in a temporary folder.

``python -m bench.web [--quick]``; ``--quick`` uses a 5,000-article store. Everything stays on 127.0.0.1.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import BASE_TREE_ENV, PROJECT_ROOT, fmt, goal, md_table, suite_main
from bench.corpus import SPIN_RATE, _spinner, bbc_texts, large_store

CLIENTS = 8
# unspun serve --workers N: N processes serve traces, each with its own engine and candidate index (before
# 2026-12-02 evening: one process shared each trace's comparisons). 2 cores: 2.
SERVER_WORKERS = int(os.environ.get("UNSPUN_WEB_WORKERS") or 2)
# With a base tree: base, this tree, base, this tree (load drifts; turns share it); UNSPUN_WEB_ROUNDS=1 halves a
# long run.
ROUNDS = int(os.environ.get("UNSPUN_WEB_ROUNDS") or 2)
STORE_ENV = "UNSPUN_WEB_STORE"
LOAD_SECONDS = 600.0  # the longest one load run may send requests for
# How long a server may take to answer its first request: two trace processes load the models and the 100k
# store's candidate index first, which took over 120 s at load ~28 (2026-12-03, tracefast2).
START_SECONDS = 360.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, workers: int, tree: Path = PROJECT_ROOT) -> tuple[subprocess.Popen, str]:
    """``unspun serve`` of ``tree``'s code on a free loopback port, once it answers."""
    import httpx

    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tree / "src"), str(PROJECT_ROOT)])}
    # The server's messages go to a file (the server keeps its own handle when this one closes): a pipe read only
    # on failure fills during a long load run (tracebacks from a worker, say) and then blocks the server.
    with tempfile.TemporaryFile(mode="w+") as log:
        process = subprocess.Popen([sys.executable, "-m", "unspun", "serve", "--db", str(db), "--port", str(port),
                                    "--workers", str(workers)],
                                   env=env, stdout=subprocess.DEVNULL, stderr=log, text=True)
        url = f"http://127.0.0.1:{port}"
        deadline = time.time() + START_SECONDS
        while time.time() < deadline:
            try:
                if httpx.get(url + "/help", timeout=2).status_code == 200:
                    return process, url
            except httpx.TransportError:
                time.sleep(0.3)
        process.kill()
        process.wait()
        log.seek(0)
        raise RuntimeError(f"unspun serve did not start: {log.read()[-500:]}")


def server_memory_mib(pid: int) -> dict[str, float]:
    """The server process's VmRSS and peak VmHWM, and the whole process tree's (the server, its fork server and
    worker processes): resident memory summed (pages shared between processes counted in each) and
    proportional set size summed (shared pages split between their sharers: what the tree costs)."""
    fields = _status(pid)
    tree = [pid, *_descendants(pid)]
    fields["processes"] = len(tree)
    fields["tree_rss"] = sum(_status(p).get("VmRSS", 0.0) for p in tree)
    fields["tree_pss"] = sum(_pss(p) for p in tree)
    return fields


def _status(pid: int) -> dict[str, float]:
    fields = {}
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:  # ended meanwhile
        return {}
    for line in lines:
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields


def _pss(pid: int) -> float:
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return 0.0
    return next((int(line.split()[1]) / 1024 for line in lines if line.startswith("Pss:")), 0.0)


def _descendants(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *_descendants(child)]
    return found


def compare_overhead(url: str, a: str, b: str, runs: int) -> dict[str, float]:
    """Median ms of ``unspun.compare`` of two records here, and of ``POST /api/compare`` with the same texts."""
    import httpx

    import unspun
    from unspun.model import RawRecord

    def library() -> None:
        unspun.compare(RawRecord("A", a), RawRecord("B", b))

    with httpx.Client(timeout=120) as client:
        def api() -> None:
            r = client.post(url + "/api/compare", json={"a": {"text": a}, "b": {"text": b}})
            r.raise_for_status()

        out = {}
        for name, call in (("library", library), ("api", api)):
            call()  # warm: models, lexicons, connections
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                call()
                times.append(1000 * (time.perf_counter() - started))
            out[f"{name}_ms"] = float(np.median(times))
    out["overhead_ms"] = out["api_ms"] - out["library_ms"]
    return out


def trace_load(url: str, queries: list[str], clients: int, per_client: int, seconds: float = LOAD_SECONDS
               ) -> dict[str, Any]:
    """``clients`` threads, each with its own connection, sending ``per_client`` traces one after another; a client
    sends none after ``seconds`` (a bounded run on a machine slowed by others: the unsent are counted)."""
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client(k: int) -> None:
        with httpx.Client(timeout=60) as http:
            http.post(url + "/api/trace", json={"text": queries[k % len(queries)], "id": f"warm-{k}"})
            for n in range(per_client):
                if time.perf_counter() > deadline:
                    break
                q = (k * per_client + n) % len(queries)
                started = time.perf_counter()
                try:
                    r = http.post(url + "/api/trace", json={"text": queries[q], "id": f"q{q}"})
                    ok = r.status_code == 200
                except httpx.HTTPError as error:
                    ok, r = False, error
                ms = 1000 * (time.perf_counter() - started)
                with lock:
                    latencies.append(ms) if ok else errors.append(str(r)[:200])

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    return {
        "clients": clients,
        "requests": len(latencies) + len(errors),
        "unsent": clients * per_client - len(latencies) - len(errors),
        "errors": len(errors),
        "first_error": errors[0] if errors else "",
        "p50_ms": float(np.percentile(latencies, 50)) if latencies else float("nan"),
        "p99_ms": float(np.percentile(latencies, 99)) if latencies else float("nan"),
        "per_s": len(latencies) / wall if wall else 0.0,
    }


def library_trace(db: Path, queries: list[str]) -> dict[str, float]:
    """``trace_article`` in this process (one at a time) on the same store and queries."""
    from unspun.ingest.extract import extract_record
    from unspun.model import RawRecord
    from unspun.run.indexer import trace_article
    from unspun.store.candidate_index import load_index
    from unspun.store.sqlite import Store

    articles = [extract_record(RawRecord(f"q{k}", q)) for k, q in enumerate(queries)]
    with Store(db, create=False) as store:
        index = load_index(store)
        trace_article(store, articles[0], index)
        times = []
        for article in articles:
            started = time.perf_counter()
            trace_article(store, article, index)
            times.append(1000 * (time.perf_counter() - started))
    return {"p50_ms": float(np.percentile(times, 50)), "p99_ms": float(np.percentile(times, 99))}


def run(shared: Path, quick: bool) -> dict[str, Any]:
    texts = bbc_texts(shared)
    spinner = _spinner(shared)
    size, per_client, n_queries = (5_000, 10, 80) if quick else (100_000, 40, 300)
    queries = [spinner.spin(texts[k], SPIN_RATE, 900 + k).text for k in range(n_queries)]
    base = os.environ.get(BASE_TREE_ENV, "").strip()
    results: dict[str, Any] = {"quick": quick, "articles": size, "load_before": os.getloadavg(), "base_tree": base}
    with tempfile.TemporaryDirectory() as folder:
        db = Path(os.environ.get(STORE_ENV) or Path(folder) / "web.db")
        results["store"] = _store(texts, size, db)
        started = time.perf_counter()
        library = library_trace(db, queries[:100])  # also builds and saves the candidate index the servers load
        results["index_seconds"] = time.perf_counter() - started
        results["trace_library"] = library
        trees = [("this tree", PROJECT_ROOT)]
        if base:
            trees = [("base", Path(base)), *trees]
        results["runs"] = [
            {"tree": name, "round": r + 1, **served(db, tree, texts, queries, quick, per_client)}
            for r in range(ROUNDS if base else 1) for name, tree in trees
        ]
    results["load_after"] = os.getloadavg()
    mine = [run for run in results["runs"] if run["tree"] == "this tree"]

    def middle(*keys: str) -> float:  # the median over this tree's rounds (each round meets other load)
        values = [run[keys[0]][keys[1]] for run in mine]
        return float(np.median(values))

    results["goals"] = [
        goal("compare: API minus library, median ms (median of rounds)", middle("compare", "overhead_ms"), 50, False),
        goal(f"trace p50 ms, {CLIENTS} concurrent clients, {size} articles (median of rounds)",
             middle("trace_many", "p50_ms"), 60, False),
        goal(f"trace p99 ms, {CLIENTS} concurrent clients, {size} articles (median of rounds)",
             middle("trace_many", "p99_ms"), 200, False),
        goal("trace errors under load", sum(r["trace_many"]["errors"] + r["trace_one"]["errors"] for r in mine), 0,
             False),
    ]
    return results


def _store(texts: list[str], size: int, db: Path) -> dict[str, Any]:
    """The store at ``db``: reused when it holds ``size`` articles, else built."""
    if db.exists():
        from unspun.store.sqlite import Store

        with Store(db, create=False) as store:
            if store.count() == size:
                return {"articles": size, "build_seconds": None, "reused": str(db)}
        db.unlink()
    return large_store(texts, size, db)


def served(db: Path, tree: Path, texts: list[str], queries: list[str], quick: bool, per_client: int
           ) -> dict[str, Any]:
    """One server of ``tree``'s code: compare overhead, traces by one and by 8 clients, its memory."""
    process, url = start_server(db, SERVER_WORKERS, tree)
    try:
        return {
            "compare": compare_overhead(url, texts[1], queries[1], 5 if quick else 10),
            "trace_one": trace_load(url, queries, 1, per_client * 2),
            "trace_many": trace_load(url, queries, CLIENTS, per_client),
            "server_memory_mib": server_memory_mib(process.pid),
        }
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def markdown(r: dict[str, Any]) -> str:
    lib, store = r["trace_library"], r["store"]
    load = ", ".join(f"{x:.1f}" for x in r["load_before"]) + " → " + ", ".join(f"{x:.1f}" for x in r["load_after"])
    built = (f"reused from {store['reused']}" if store.get("reused")
             else f"built in {fmt(store['build_seconds'])} s")
    base = f"; base tree {r['base_tree']}, the servers taking turns" if r.get("base_tree") else ""
    rows, compares, memory = [], [], []
    for run in r["runs"]:
        name = f"{run['tree']}, round {run['round']}"
        for key, label in (("trace_one", "1 client"), ("trace_many", f"{CLIENTS} concurrent clients")):
            t = run[key]
            sent = f"{t['requests']} ({t['unsent']} unsent: time bound)" if t.get("unsent") else t["requests"]
            rows.append([name, label, sent, t["errors"], t["p50_ms"], t["p99_ms"], t["per_s"]])
        c = run["compare"]
        compares.append([name, c["library_ms"], c["api_ms"], c["overhead_ms"]])
        mem = run["server_memory_mib"]
        memory.append(f"{name}: server process {fmt(mem.get('VmRSS', float('nan')))} MiB resident "
                      f"(peak {fmt(mem.get('VmHWM', float('nan')))} MiB); its {mem.get('processes', 1)} processes "
                      f"{fmt(mem.get('tree_rss', float('nan')))} MiB resident summed, "
                      f"{fmt(mem.get('tree_pss', float('nan')))} MiB proportional (PSS)")
    errors = [f"First error ({run['tree']}, round {run['round']}): {run['trace_many']['first_error']}"
              for run in r["runs"] if run["trace_many"]["errors"]]
    ratios = []
    for mine in (run for run in r["runs"] if run["tree"] == "this tree"):
        before = next((run for run in r["runs"] if run["tree"] == "base" and run["round"] == mine["round"]), None)
        if before is not None:
            new, old = mine["trace_many"], before["trace_many"]
            ratios.append([f"round {mine['round']}", new["p50_ms"] / old["p50_ms"], new["p99_ms"] / old["p99_ms"],
                           new["per_s"] / old["per_s"]])
    return "\n".join([
        f"`unspun serve --workers {SERVER_WORKERS}` on 127.0.0.1 (uvicorn; each tree's meaning of `--workers`), "
        f"store of {store['articles']} articles ({built}; candidate index and 100 library traces "
        f"{fmt(r['index_seconds'])} s){base}. Load average of the shared machine (1, 5, 15 min) before → after: "
        f"{load}.",
        "",
        md_table(["server", "compare (median ms): library `unspun.compare`", "`POST /api/compare`", "API − library"],
                 compares),
        "",
        f"Library `trace_article` in the bench process, one at a time, 100 queries: p50 {fmt(lib['p50_ms'])} ms, "
        f"p99 {fmt(lib['p99_ms'])} ms.",
        "",
        md_table(["server", "`POST /api/trace`", "requests", "errors", "p50 ms", "p99 ms", "traces/s"], rows),
        "",
        *([md_table([f"{CLIENTS} clients, this tree / base", "p50", "p99", "traces/s"], ratios), ""] if ratios else []),
        "Server memory after its runs: " + "; ".join(memory) + ".",
        *errors,
    ])


if __name__ == "__main__":
    suite_main(run, markdown, "unspun serve against the library: compare overhead, trace under 8 clients",
               "5,000-article store")
