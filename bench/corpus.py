"""Corpus bench: spun-copy candidate recall vs a datasketch-only baseline, index throughput, trace latency,
RAM per article for candidate search, and story clustering on BASIL and on same-topic events without dates
(``bench.same_topic``) (B-cubed P/R/F1, ARI).

``python -m bench.corpus [--quick]``. Third-party texts are read from ``../shared/data``, never copied.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import data_path, fmt, goal, md_table, peak_rss_mib, suite_main

SPIN_RATE = 0.6


# --- data -----------------------------------------------------------------------------------------


def bbc_texts(shared: Path) -> list[str]:
    """The BBC articles, exact duplicates removed, title line first (as the files have it)."""
    root = data_path(shared, "bbc_fulltext")
    seen: dict[str, None] = {}
    for path in sorted(root.glob("*/*.txt")):
        text = path.read_bytes().decode("latin-1").strip()
        seen.setdefault(text, None)
    return list(seen)


def trimmed(text: str, rng: random.Random) -> str:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    keep = max(2, int(len(paragraphs) * rng.uniform(0.4, 0.8)))
    return "\n\n".join(paragraphs[:keep])


def partial(text: str, other: str, rng: random.Random) -> str:
    """Another article with a few of ``text``'s paragraphs quoted into it."""
    mine = [p for p in text.split("\n") if p.strip()]
    host = [p for p in other.split("\n") if p.strip()]
    start = rng.randrange(max(1, len(mine) - 2))
    return "\n\n".join(host[: len(host) // 2] + mine[start : start + 2] + host[len(host) // 2 :])


def variants(texts: list[str], count: int, seed: int, spinner: Any) -> list[tuple[str, int]]:
    """``count`` generated copies (text, index of the source): spun at 30% and 60%, trimmed, partial."""
    rng = random.Random(seed)
    out = []
    for k in range(count):
        source = rng.randrange(len(texts))
        kind = k % 4
        if kind < 2:
            text = spinner.spin(texts[source], 0.3 if kind == 0 else SPIN_RATE, seed + k).text
        elif kind == 2:
            text = trimmed(texts[source], rng)
        else:
            text = partial(texts[source], texts[rng.randrange(len(texts))], rng)
        out.append((text, source))
    return out


def _spinner(shared: Path) -> Any:
    from bench.spinner import Spinner

    return Spinner(shared)


def _segmented(texts: Sequence[str], prefix: str) -> list[Any]:
    from unspun.ingest.segment import segment
    from unspun.model import Article

    return [segment(Article(f"{prefix}{k}", _as_article_text(t), t.split("\n", 1)[0])) for k, t in enumerate(texts)]


def _as_article_text(text: str) -> str:
    # The BBC files: a title line, a blank line, paragraphs separated by blank lines.
    return re.sub(r"\n\s*\n", "\n", text.strip())


# --- 1. candidate recall of spun copies ------------------------------------------------------------


def candidate_recall(texts: list[str], spinner: Any, copies: int) -> dict[str, Any]:
    """Spin ``copies`` articles at 60% and ask both methods for each copy's source among the originals."""
    rng = random.Random(3)
    chosen = rng.sample(range(len(texts)), copies)
    spun = [spinner.spin(texts[k], SPIN_RATE, 100 + k).text for k in chosen]
    rates = [spinner.spin(texts[k], SPIN_RATE, 100 + k).word_rate for k in chosen[:20]]
    ours = _our_recall(texts, spun, chosen)
    baseline = _datasketch_recall(texts, spun, chosen)
    return {
        "copies": copies,
        "originals": len(texts),
        "measured_word_rate": float(np.mean(rates)),
        "ours": ours,
        "baseline": baseline,
    }


def _our_recall(texts: list[str], spun: list[str], sources: list[int]) -> dict[str, Any]:
    from unspun.corpus.candidates import CandidateIndex
    from unspun.corpus.fingerprint import fingerprint_many

    start = time.perf_counter()
    originals = fingerprint_many(_segmented(texts, "o"))
    index = CandidateIndex()
    index.add([(k, fp.stored) for k, fp in enumerate(originals)])
    queries = fingerprint_many(_segmented(spun, "s"))
    found = [index.query(fp) for fp in queries]
    seconds = time.perf_counter() - start
    hits = [any(c.pk == source for c in cands) for cands, source in zip(found, sources, strict=True)]
    return {
        "recall": float(np.mean(hits)),
        "mean_candidates": float(np.mean([len(c) for c in found])),
        "articles_per_s": (len(texts) + len(spun)) / seconds,
    }


def _datasketch_recall(texts: list[str], spun: list[str], sources: list[int]) -> dict[str, Any]:
    """The usual dedup setup: MinHashLSH(threshold 0.5, 128 permutations) over word 5-grams."""
    from datasketch import MinHash, MinHashLSH

    from unspun.text.tokens import shingles

    def signature(text: str) -> MinHash:
        m = MinHash(num_perm=128, seed=1)
        m.update_batch(list(shingles(text, 5)))
        return m

    start = time.perf_counter()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    for k, text in enumerate(texts):
        lsh.insert(str(k), signature(text))
    found = [lsh.query(signature(text)) for text in spun]
    seconds = time.perf_counter() - start
    hits = [str(source) in cands for cands, source in zip(found, sources, strict=True)]
    return {
        "recall": float(np.mean(hits)),
        "mean_candidates": float(np.mean([len(c) for c in found])),
        "articles_per_s": (len(texts) + len(spun)) / seconds,
    }


# --- 2. index throughput -----------------------------------------------------------------------------


def index_throughput(texts: list[str], spinner: Any, total: int, folder: Path) -> dict[str, Any]:
    """``unspun index`` on a JSON Lines file (originals plus generated copies), the full pipeline, run as the
    CLI in a fresh process as a user runs it: the wall time includes starting Python and loading the models
    (the benchmark process itself holds gigabytes from earlier suites; indexing inside it measured 83 against
    ~97 articles/s in a fresh process on the same commit)."""
    originals = texts[: min(len(texts), total // 2)]
    copies = variants(originals, total - len(originals), seed=7, spinner=spinner)
    feed = folder / "feed.jsonl"
    with feed.open("w") as out:
        for k, text in enumerate(originals):
            out.write(json.dumps({"id": f"bbc-{k}", "text": text}) + "\n")
        for k, (text, _) in enumerate(copies):
            out.write(json.dumps({"id": f"copy-{k}", "text": text}) + "\n")
    command = [sys.executable, "-m", "unspun", "index", str(feed), "--db", str(folder / "throughput.db")]
    started = time.perf_counter()
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    summary = _INDEX_SUMMARY.search(run.stderr)
    if run.returncode not in (0, 1) or summary is None:  # 1: finished, some records skipped
        raise RuntimeError(f"unspun index failed ({run.returncode}): {run.stderr.strip()[-500:]}")
    added, indexer_seconds, compared, links = summary.groups()
    skipped = re.search(r"skipped (\d+) bad record", run.stderr)
    return {
        "articles": int(added),
        "seconds": seconds,
        "articles_per_s": int(added) / seconds,
        "indexer_seconds": float(indexer_seconds),
        "compared": int(compared),
        "links": int(links),
        "skipped": int(skipped.group(1)) if skipped else 0,
    }


_INDEX_SUMMARY = re.compile(
    # "…, 1393 candidate pair(s) compared, 37 of them by a text met before under another id, 1353 link(s) stored"
    r"indexed (\d+) new article\(s\) in ([\d.]+) s .*?(\d+) candidate pair\(s\) compared, (?:\d+ of them [^,]*, )?"
    r"(\d+) link\(s\) stored"
)


# --- 3. trace latency and RAM on a large store ---------------------------------------------------------


def large_store(texts: list[str], size: int, path: Path) -> dict[str, Any]:
    """A store of ``size`` articles: the originals and cheap generated variants (sentence subsets and
    shuffles), prepared as the indexer prepares them (segments, fingerprints, spin scores, sentence vectors,
    in worker processes) and inserted without pair comparisons (those are what index throughput measures);
    ``trace`` latency depends on the candidate index and the stored articles, not on stored verdicts."""
    from unspun.model import Article
    from unspun.run.pool import Hashed, Prepared, Workers
    from unspun.store.sqlite import Store

    rng = random.Random(11)
    start = time.perf_counter()
    with Store(path) as store, Workers() as pool:
        for first in range(0, size, 1024):
            batch = [_cheap_variant(texts, first + k, rng) for k in range(min(1024, size - first))]
            items = [
                Hashed(Article(f"v{first}-{k}", _as_article_text(t), t.split("\n", 1)[0]), "generated")
                for k, t in enumerate(batch)
            ]
            prepared = [p for p in pool.submit_prepare(items)() if isinstance(p, Prepared)]
            with store.transaction():
                for p in prepared:
                    store.add_article(p.article, p.content_hash, p.seg, p.fp.stored, p.analysis())
        count = store.count()
    return {"articles": count, "build_seconds": time.perf_counter() - start}


def _cheap_variant(texts: list[str], k: int, rng: random.Random) -> str:
    if k < len(texts):
        return texts[k]
    lines = [p for p in texts[rng.randrange(len(texts))].split("\n") if p.strip()]
    title, body = lines[0], lines[1:]
    rng.shuffle(body)
    return "\n\n".join([f"{title} ({k})", *body[: max(2, int(len(body) * rng.uniform(0.5, 1.0)))]])


def in_fresh_process(function: str, *args: Any) -> Any:
    """``bench.corpus.<function>(*args)`` run in a new Python process; arguments and result travel as JSON."""
    code = (
        "import json, sys\n"
        f"from bench.corpus import {function}\n"
        f"print(json.dumps({function}(*json.load(sys.stdin))))\n"
    )
    root = Path(__file__).resolve().parents[1]
    run = subprocess.run(
        [sys.executable, "-c", code], input=json.dumps(args), capture_output=True, text=True, cwd=root, check=False
    )
    if run.returncode != 0:
        raise RuntimeError(f"{function} failed in its process: {run.stderr.strip()[-500:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def trace_latency(path: Path | str, queries: list[str], full_queries: int) -> dict[str, Any]:
    """Candidate search latency per query (the part that must not scan the store), and whole-trace latency
    (search plus full alignment of each candidate) for the first ``full_queries`` queries: in one process, and
    in a long-running process that shares each trace's candidates with one worker process (2 cores)."""
    from unspun.corpus.fingerprint import fingerprint
    from unspun.run.indexer import trace_article
    from unspun.run.pool import Workers
    from unspun.store.candidate_index import load_index
    from unspun.store.sqlite import Store

    with Store(path, create=False) as store, Workers(workers=2) as pool:
        started = time.perf_counter()
        index = load_index(store)
        first_load = time.perf_counter() - started
        started = time.perf_counter()
        index = load_index(store)
        cached_load = time.perf_counter() - started
        segs = _segmented(queries, "q")
        search_ms = []
        for seg in segs:
            started = time.perf_counter()
            index.query(fingerprint(seg))
            search_ms.append(1000 * (time.perf_counter() - started))
        # The first trace loads the static model and the lexicons, which a long-running process pays once:
        # it is reported on its own (cold), and the percentiles are over the traces after it.
        started = time.perf_counter()
        trace_article(store, segs[-1].article, index)
        cold_ms = 1000 * (time.perf_counter() - started)
        alone = _trace_ms(store, segs[:full_queries], index, None)
        pool.start()
        trace_article(store, segs[-2].article, index, pool=pool)  # the worker's own cold start
        shared = _trace_ms(store, segs[:full_queries], index, pool)
        return {
            "search_p50_ms": float(np.percentile(search_ms, 50)),
            "search_p99_ms": float(np.percentile(search_ms, 99)),
            "trace_p50_ms": float(np.percentile(shared, 50)),
            "trace_p99_ms": float(np.percentile(shared, 99)),
            "trace_alone_p50_ms": float(np.percentile(alone, 50)),
            "trace_alone_p99_ms": float(np.percentile(alone, 99)),
            "trace_cold_ms": cold_ms,
            "index_build_s": first_load,
            "index_cached_load_s": cached_load,
            "bytes_per_article": index.memory_bytes() / len(index),
            "queries": len(segs),
        }


def _trace_ms(store: Any, segs: list[Any], index: Any, pool: Any) -> list[float]:
    from unspun.run.indexer import trace_article

    times = []
    for seg in segs:
        started = time.perf_counter()
        trace_article(store, seg.article, index, pool=pool)
        times.append(1000 * (time.perf_counter() - started))
    return times


# --- 4. stories on BASIL ---------------------------------------------------------------------------------


def basil_articles(shared: Path) -> tuple[list[Any], list[str]]:
    """BASIL's articles, in sorted file order, and the event (``triplet-uuid``) of each."""
    from unspun.model import Article

    paths = sorted(data_path(shared, "basil", "articles").glob("*/*.json"))
    records = [json.loads(path.read_text(encoding="utf-8")) for path in paths]
    # Four records, from four events, carry the uuid "empty": as ids they would collapse into one stored
    # article and score that one story against four events. Those fall back to their file name.
    uuids = Counter(record.get("uuid") for record in records)
    articles, events = [], []
    for path, record in zip(paths, records, strict=True):
        text = "\n".join(" ".join(p) for p in record["body-paragraphs"])
        unique = record.get("uuid") not in (None, "", "empty") and uuids[record["uuid"]] == 1
        articles.append(
            Article(
                record["uuid"] if unique else f"basil/{path.stem}",
                text,
                record.get("title"),
                record.get("date"),
                record.get("url"),
                record.get("source"),
            )
        )
        events.append(record["triplet-uuid"])
    return articles, events


def basil_stories(shared: Path, folder: Path) -> dict[str, Any]:
    """Index BASIL (full pipeline from extracted articles), cluster, score each half of the events."""
    from unspun.run.indexer import Hashed, index_articles
    from unspun.store.sqlite import Store
    from unspun.store.stories import build_stories

    articles, events = basil_articles(shared)
    with Store(folder / "basil.db") as store:
        summary = index_articles(store, [Hashed(a, "basil") for a in articles])
        stories = build_stories(store)
    predicted = {a: s.id for s in stories for a in s.articles}
    half = {e: k % 2 for k, e in enumerate(sorted(set(events)))}
    out: dict[str, Any] = {
        "articles": len(articles),
        "stories": len(stories),
        "compared": summary.compared,
        "derived_or_same_story_links": summary.pairs,
    }
    for name, keep in (("tune (even events)", 0), ("test (odd events)", 1), ("all", None)):
        chosen = [k for k, e in enumerate(events) if keep is None or half[e] == keep]
        gold = [events[k] for k in chosen]
        pred = [predicted[articles[k].id] for k in chosen]
        out[name] = {**bcubed(pred, gold), "ari": adjusted_rand(pred, gold)}
    return out


def same_topic_stories(shared: Path, folder: Path) -> dict[str, Any]:
    """Index the same-topic corpus (``bench.same_topic``: two BBC stories on one subject, each with copies, no
    dates), cluster, score each half (dev: even pairs, test: odd pairs)."""
    from bench.same_topic import DEV, TEST, members
    from unspun.run.indexer import Hashed, index_articles
    from unspun.store.sqlite import Store
    from unspun.store.stories import build_stories

    found = members(shared)
    with Store(folder / "same_topic.db") as store:
        summary = index_articles(store, [Hashed(m.article, "same_topic") for m in found])
        stories = build_stories(store)
    predicted = {a: s.id for s in stories for a in s.articles}
    out: dict[str, Any] = {"articles": len(found), "events": len({m.event for m in found}), "stories": len(stories),
                           "compared": summary.compared}
    for name, keep in (("dev (even pairs)", DEV), ("test (odd pairs)", TEST)):
        chosen = [m for m in found if m.half == keep]
        pred, gold = [predicted[m.article.id] for m in chosen], [m.event for m in chosen]
        out[name] = {**bcubed(pred, gold), "ari": adjusted_rand(pred, gold)}
    return out


def bcubed(predicted: Sequence[str], gold: Sequence[str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998) of a clustering against gold labels."""
    by_pred: dict[str, set[int]] = defaultdict(set)
    by_gold: dict[str, set[int]] = defaultdict(set)
    for k, (p, g) in enumerate(zip(predicted, gold, strict=True)):
        by_pred[p].add(k)
        by_gold[g].add(k)
    precision = recall = 0.0
    for p, g in zip(predicted, gold, strict=True):
        shared = len(by_pred[p] & by_gold[g])
        precision += shared / len(by_pred[p])
        recall += shared / len(by_gold[g])
    n = max(len(gold), 1)
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def adjusted_rand(predicted: Sequence[str], gold: Sequence[str]) -> float:
    """Adjusted Rand index (Hubert & Arabie 1985) from the contingency table."""
    pairs = lambda n: n * (n - 1) / 2  # noqa: E731
    table: dict[tuple[str, str], int] = defaultdict(int)
    rows: dict[str, int] = defaultdict(int)
    cols: dict[str, int] = defaultdict(int)
    for p, g in zip(predicted, gold, strict=True):
        table[(p, g)] += 1
        rows[p] += 1
        cols[g] += 1
    index = sum(pairs(v) for v in table.values())
    a, b, total = sum(pairs(v) for v in rows.values()), sum(pairs(v) for v in cols.values()), pairs(len(gold))
    expected = a * b / total if total else 0.0
    maximum = (a + b) / 2
    return (index - expected) / (maximum - expected) if maximum != expected else 1.0


# --- the suite ----------------------------------------------------------------------------------------------


def run(shared: Path, quick: bool) -> dict[str, Any]:
    texts = bbc_texts(shared)
    spinner = _spinner(shared)
    sizes = {
        "copies": 200 if quick else 1000,
        "throughput": 1000 if quick else 10_000,
        "large": 20_000 if quick else 100_000,
        "queries": 100 if quick else 300,
        "full_traces": 100,
    }
    results: dict[str, Any] = {"quick": quick, "sizes": sizes}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        results["recall"] = candidate_recall(texts, spinner, sizes["copies"])
        results["stories"] = basil_stories(shared, work)
        results["same_topic"] = same_topic_stories(shared, work)
        results["throughput"] = index_throughput(texts, spinner, sizes["throughput"], work)
        results["large"] = large_store(texts, sizes["large"], work / "large.db")
        queries = [spinner.spin(texts[k], SPIN_RATE, 900 + k).text for k in range(sizes["queries"])]
        # A fresh process, as a trace service would be (not one holding every earlier suite's data).
        results["trace"] = in_fresh_process("trace_latency", str(work / "large.db"), queries, sizes["full_traces"])
    results["peak_rss_mib"] = peak_rss_mib()
    results["goals"] = _goals(results)
    return results


def _goals(r: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        goal("spun-copy (60%) candidate recall", r["recall"]["ours"]["recall"], 0.99),
        goal(
            f"index throughput, articles/s ({r['throughput']['articles']} articles, 2 cores)",
            r["throughput"]["articles_per_s"],
            100,
        ),
        goal(
            f"trace p50 ms ({r['large']['articles']} articles, long-running process + 1 worker)",
            r["trace"]["trace_p50_ms"],
            50,
            False,
        ),
        goal(
            f"trace p99 ms ({r['large']['articles']} articles, long-running process + 1 worker)",
            r["trace"]["trace_p99_ms"],
            200,
            False,
        ),
        goal("candidate-search bytes per article in RAM", r["trace"]["bytes_per_article"], 4096, False),
        goal("BASIL stories B-cubed F1 (test half)", r["stories"]["test (odd events)"]["f1"], 0.95),
        goal("same-topic stories B-cubed F1, no dates (test half)", r["same_topic"]["test (odd pairs)"]["f1"], 0.95),
    ]


def markdown(results: dict[str, Any]) -> str:
    rec, thr, tr, st, big = (results[k] for k in ("recall", "throughput", "trace", "stories", "large"))
    lines = [
        f"Spun copies at {SPIN_RATE:.0%} of eligible words (measured word rate "
        f"{fmt(rec['measured_word_rate'])}), {rec['copies']} copies against {rec['originals']} "
        "BBC originals:",
        "",
        md_table(
            ["method", "recall", "mean candidates", "articles/s"],
            [
                [
                    "unspun (LSH 3-grams + faiss static vectors)",
                    rec["ours"]["recall"],
                    rec["ours"]["mean_candidates"],
                    rec["ours"]["articles_per_s"],
                ],
                [
                    "datasketch MinHashLSH, 5-grams, t=0.5",
                    rec["baseline"]["recall"],
                    rec["baseline"]["mean_candidates"],
                    rec["baseline"]["articles_per_s"],
                ],
            ],
        ),
        "",
        "Index throughput (`unspun index` in a fresh process, full pipeline from JSON Lines, BBC + generated "
        f"copies): {thr['articles']} articles in {fmt(thr['seconds'], 1)} s of wall time, process start and "
        f"model loading included, = **{fmt(thr['articles_per_s'], 1)} articles/s** (the indexer's own timer: "
        f"{fmt(thr['indexer_seconds'], 1)} s); {thr['compared']} candidate pairs aligned, {thr['links']} links "
        f"stored, {thr['skipped']} records skipped (too little text).",
        "",
        f"Large store: {big['articles']} articles built in {fmt(big['build_seconds'], 1)} s "
        "(prepared as the indexer does, without pair comparisons). "
        f"Candidate index built in {fmt(tr['index_build_s'], 2)} s, loaded from its cache in "
        f"{fmt(tr['index_cached_load_s'], 2)} s; {fmt(tr['bytes_per_article'], 0)} bytes per article "
        "in RAM.",
        "",
        md_table(
            ["latency over " + str(tr["queries"]) + " spun queries", "p50 ms", "p99 ms"],
            [
                ["candidate search", tr["search_p50_ms"], tr["search_p99_ms"]],
                [
                    f"whole trace, one process (search + alignment of candidates; first "
                    f"{results['sizes']['full_traces']} queries, after one cold trace)",
                    tr["trace_alone_p50_ms"],
                    tr["trace_alone_p99_ms"],
                ],
                [
                    "whole trace, long-running process sharing candidates with one worker process",
                    tr["trace_p50_ms"],
                    tr["trace_p99_ms"],
                ],
                ["the cold trace (loads the static model and lexicons)", tr["trace_cold_ms"], "–"],
            ],
        ),
        "",
        f"BASIL stories ({st['articles']} articles, {st['stories']} stories, {st['compared']} pairs aligned):",
        "",
        md_table(
            ["events", "B-cubed P", "B-cubed R", "B-cubed F1", "ARI"],
            [
                [name, st[name]["precision"], st[name]["recall"], st[name]["f1"], st[name]["ari"]]
                for name in ("tune (even events)", "test (odd events)", "all")
            ],
        ),
        "",
        f"Same-topic events without dates (`bench/same_topic.py`: {results['same_topic']['events']} BBC stories in "
        f"pairs on one subject, each with a spun, a trimmed and a summarised copy; {results['same_topic']['articles']} "
        f"articles, {results['same_topic']['stories']} stories):",
        "",
        md_table(
            ["pairs", "B-cubed P", "B-cubed R", "B-cubed F1", "ARI"],
            [
                [name, *(results["same_topic"][name][k] for k in ("precision", "recall", "f1", "ari"))]
                for name in ("dev (even pairs)", "test (odd pairs)")
            ],
        ),
        "",
        f"Peak RSS {fmt(results['peak_rss_mib'], 0)} MiB.",
    ]
    return "\n".join(lines)


def main() -> None:
    suite_main(run, markdown, __doc__, "smaller corpora (1k index, 20k store)")


if __name__ == "__main__":
    main()
