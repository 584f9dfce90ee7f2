"""Extraction suite: unspun's HTML path against plain ``trafilatura.extract`` on two public benchmarks.

1. ``scrapinghub_aeb``: token 4-shingle precision/recall/F1 against ``articleBody``, the metric of the
   benchmark's ``evaluate.py`` (per-page normalised tp/fp/fn, macro-averaged precision and recall, F1 of
   those two means).
2. ``trafilatura_eval``: snippet precision/recall/F1 over ``evaldata.json`` — a ``with`` snippet found in
   the output is a true positive, missed a false negative; a ``without`` snippet found is a false
   positive, absent a true negative (whitespace-normalised substring match, as trafilatura's eval does).

Pages are split by sorted position: even = dev (the only half any HTML setting was tuned on), odd =
held-out. ``python -m bench.extraction [--quick]`` prints the markdown.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import data_path, fmt, goal, item_limit, md_table, suite_main
from unspun.errors import InputError
from unspun.ingest.extract import HTML_DEFAULT, HtmlExtractConfig, extract_record
from unspun.model import RawRecord

QUICK_PAGES = 20  # per suite with --quick: the first pages in sorted order (both halves)
AEB_GOAL_F1 = 0.965
TRAFILATURA_EVAL_GOAL_F1 = 0.93
_TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
_SPACE = re.compile(r"\s+")

Extractor = Callable[[bytes], str]


@dataclass(frozen=True, slots=True)
class Page:
    key: str
    html: bytes
    truth: Any  # articleBody text (aeb) or the {"with": [...], "without": [...]} item (trafilatura_eval)
    dev: bool


# --- extractors ----------------------------------------------------------------------------------------


def ours(options: HtmlExtractConfig = HTML_DEFAULT) -> Extractor:
    def run(html: bytes) -> str:
        try:
            return extract_record(RawRecord(id="page", content=html, format="html"), html=options).text
        except InputError:
            return ""

    return run


def trafilatura_defaults(html: bytes) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def extractors() -> dict[str, Extractor]:
    return {"unspun": ours(), "trafilatura (defaults)": trafilatura_defaults}


# --- scrapinghub_aeb -----------------------------------------------------------------------------------


def aeb_pages(shared: Path, limit: int | None = None) -> list[Page]:
    root = data_path(shared, "scrapinghub_aeb")
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit]
    return [
        Page(
            k,
            gzip.decompress((root / "html" / f"{k}.html.gz").read_bytes()),
            truth[k].get("articleBody", ""),
            i % 2 == 0,
        )
        for i, k in enumerate(keys)
    ]


def shingle_counts(true: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    """Per-page tp/fp/fn over token n-gram multisets, normalised to sum to 1 (long pages weigh the same)."""
    t, p = _shingles(true, n), _shingles(pred, n)
    tp = sum(min(t[k], p[k]) for k in t.keys() | p.keys())
    fp = sum(max(0, p[k] - t[k]) for k in p)
    fn = sum(max(0, t[k] - p[k]) for k in t)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _shingles(text: str, n: int) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    grams = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(g for g in grams if g)


def aeb_scores(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    """Macro precision and recall over pages (pages with no prediction/truth are left out of each), F1."""
    precision = _mean([_ratio(tp, fp, fn, tp + fp) for tp, fp, fn in counts if tp + fp > 0])
    recall = _mean([_ratio(tp, fp, fn, tp + fn) for tp, fp, fn in counts if tp + fn > 0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "pages": len(counts)}


def _ratio(tp: float, fp: float, fn: float, denominator: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / denominator if tp else 0.0


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


# --- trafilatura_eval ----------------------------------------------------------------------------------


def trafilatura_eval_pages(shared: Path, limit: int | None = None) -> list[Page]:
    root = data_path(shared, "trafilatura_eval")
    items = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for i, url in enumerate(sorted(items)[:limit]):
        html = _eval_document(root, items[url]["file"])
        if html is not None:
            pages.append(Page(url, html, items[url], i % 2 == 0))
    return pages


def _eval_document(root: Path, name: str) -> bytes | None:
    for folder in ("cache", "eval"):
        path = root / folder / name
        if path.is_file():
            return path.read_bytes()
    return None


def snippet_counts(item: dict[str, Any], result: str) -> tuple[int, int, int, int]:
    """(tp, fp, fn, tn) of one page's ``with``/``without`` snippets, whitespace-normalised."""
    text = _norm(result)
    tp = sum(1 for s in item["with"] if _norm(s) in text) if text else 0
    fp = sum(1 for s in item["without"] if _norm(s) in text) if text else 0
    return tp, fp, len(item["with"]) - tp, len(item["without"]) - fp


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def snippet_scores(counts: list[tuple[int, int, int, int]]) -> dict[str, float]:
    tp, fp, fn, tn = (sum(c[i] for c in counts) for i in range(4))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    total = tp + fp + fn + tn
    accuracy = (tp + tn) / total if total else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": accuracy, "pages": len(counts)}


# --- running -------------------------------------------------------------------------------------------


def score_suite(
    pages: list[Page], extractor: Extractor, count: Callable[[Any, str], Any], scores: Callable[[list], dict]
) -> dict[str, Any]:
    """Run ``extractor`` over ``pages``; scores for all pages and for the dev and held-out halves."""
    start = time.perf_counter()
    counted = [(page.dev, count(page.truth, extractor(page.html))) for page in pages]
    seconds = time.perf_counter() - start
    return {
        "all": scores([c for _, c in counted]),
        "dev": scores([c for dev, c in counted if dev]),
        "held_out": scores([c for dev, c in counted if not dev]),
        "seconds": seconds,
    }


def _aeb_count(truth: str, result: str) -> tuple[float, float, float]:
    return shingle_counts(truth, result)


def _snippet_count(truth: dict[str, Any], result: str) -> tuple[int, int, int, int]:
    return snippet_counts(truth, result)


def run(shared: Path, quick: bool) -> dict[str, Any]:
    limit = item_limit(QUICK_PAGES if quick else 10**9)
    suites = {
        "scrapinghub_aeb": (aeb_pages(shared, limit), _aeb_count, aeb_scores),
        "trafilatura_eval": (trafilatura_eval_pages(shared, limit), _snippet_count, snippet_scores),
    }
    results: dict[str, Any] = {"quick": quick, "suites": {}}
    for name, (pages, count, scores) in suites.items():
        results["suites"][name] = {
            label: score_suite(pages, extractor, count, scores) for label, extractor in extractors().items()
        }
    results["goals"] = _goals(results["suites"], quick)
    return results


def _goals(suites: dict[str, Any], quick: bool) -> list[dict[str, Any]]:
    suffix = " (quick subset)" if quick else ""
    return [
        goal(f"scrapinghub_aeb F1{suffix}", suites["scrapinghub_aeb"]["unspun"]["all"]["f1"], AEB_GOAL_F1),
        goal(
            f"trafilatura_eval F1{suffix}",
            suites["trafilatura_eval"]["unspun"]["all"]["f1"],
            TRAFILATURA_EVAL_GOAL_F1,
        ),
    ]


def markdown(results: dict[str, Any]) -> str:
    lines = []
    if results.get("quick"):
        lines.append(f"Quick run: the first {QUICK_PAGES} pages (sorted) of each set.\n")
    for name, by_extractor in results["suites"].items():
        lines.append(f"### {name}\n")
        lines.append(
            md_table(
                ["extractor", "split", "pages", "precision", "recall", "F1", "seconds"],
                list(_rows(by_extractor)),
            )
        )
        lines.append("")
    lines.append(
        "Splits: dev = even positions in sorted order (HTML settings were tuned there only); held-out = odd. "
        "Published F1: scrapinghub_aeb trafilatura-go 0.960, readability.js 0.947; "
        "trafilatura_eval trafilatura 0.909, readability-lxml 0.801."
    )
    return "\n".join(lines)


def _rows(by_extractor: dict[str, Any]) -> Iterator[list[Any]]:
    for label, result in by_extractor.items():
        for split in ("all", "dev", "held_out"):
            s = result[split]
            seconds = fmt(result["seconds"], 1) if split == "all" else ""
            yield [label, split, s["pages"], s["precision"], s["recall"], s["f1"], seconds]


def main(argv: list[str] | None = None) -> None:
    suite_main(run, markdown, __doc__, f"first {QUICK_PAGES} pages of each set", argv)


if __name__ == "__main__":
    main()
