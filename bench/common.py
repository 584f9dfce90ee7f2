"""Helpers every bench suite shares: where the data is, the machine, timing, scores and markdown tables.

Suites expose ``run(shared: Path, quick: bool) -> dict`` and ``markdown(results: dict) -> str``; a suite
that finds one of its data sets missing raises ``DatasetMissing`` (the runner records it and goes on).
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

PROJECT_ROOT = Path(__file__).resolve().parents[1]
# ``../shared`` relative to the project root; third-party data is read from there, never copied.
DEFAULT_SHARED = PROJECT_ROOT.parent / "shared"
# ``--limit N`` reaches the suites through the environment, so their ``run`` signature stays fixed.
LIMIT_ENV = "UNSPUN_BENCH_LIMIT"
# ``--shared DIR`` too, for the generators that read the BBC set deep inside a suite (``bench.synth``'s name
# truth): without it a run from a tree with no ``../shared`` beside it built its truth without the set.
SHARED_ENV = "UNSPUN_BENCH_SHARED"


def shared_folder() -> Path:
    """This run's ``--shared`` folder (``../shared`` when none was given)."""
    return Path(os.environ.get(SHARED_ENV) or DEFAULT_SHARED)
KEY_PACKAGES = (
    "unspun",
    "numpy",
    "onnxruntime",
    "tokenizers",
    "model2vec",
    "trafilatura",
    "datasketch",
    "rapidfuzz",
    "scikit-learn",
    "sentence-transformers",
    "torch",
)


class DatasetMissing(Exception):
    """A data set a suite needs is not under ``../shared/data``."""


def data_path(shared: Path, *parts: str) -> Path:
    """``shared/data/<parts>``, or ``DatasetMissing`` naming the path and where it should come from."""
    path = shared.joinpath("data", *parts)
    if not path.exists():
        raise DatasetMissing(
            f"{path} not found: put the evaluation sets in ../shared/data (see ../shared/README.md)"
        )
    return path


def item_limit(default: int) -> int:
    """How many items a suite should use: ``--limit`` (via the environment) caps the suite's own default."""
    raw = os.environ.get(LIMIT_ENV, "").strip()
    if not raw:
        return default
    try:
        limit = int(raw)
    except ValueError:
        raise ValueError(f"{LIMIT_ENV}={raw!r} is not a whole number: pass --limit N with N >= 1") from None
    return max(1, min(default, limit))


def optional_limit(default: int | None) -> int | None:
    """Like ``item_limit`` for a default of "no cap" (``None``): ``--limit`` still caps it."""
    if default is not None:
        return item_limit(default)
    return item_limit(1 << 62) if os.environ.get(LIMIT_ENV, "").strip() else None


# --- the machine ----------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def ram_gib() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024**2
    except OSError:
        pass
    return float("nan")


def package_versions(names: Sequence[str] = KEY_PACKAGES) -> dict[str, str]:
    versions = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def machine() -> dict[str, Any]:
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "ram_gib": round(ram_gib(), 1),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        # Timings are only comparable between runs on an otherwise idle machine; this says whether it was.
        "load_average": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else float("nan"),
        "packages": package_versions(),
    }


def git_commit(root: Path = PROJECT_ROOT) -> str:
    """The commit the bench ran on, marked ``+dirty`` when the tree has uncommitted changes."""
    try:
        head = _git(root, "rev-parse", "--short", "HEAD")
        dirty = _git(root, "status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return head + ("+dirty" if dirty else "")


def _git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=True)
    return done.stdout.strip()


# --- timing ---------------------------------------------------------------------------------------


@contextmanager
def stopwatch() -> Iterator[dict[str, float]]:
    """``with stopwatch() as t: ...`` then ``t["seconds"]`` holds the wall time."""
    timing = {"seconds": 0.0}
    start = time.perf_counter()
    try:
        yield timing
    finally:
        timing["seconds"] = time.perf_counter() - start


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (Linux reports KiB, macOS bytes)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024**2 if sys.platform == "darwin" else peak / 1024


# --- scores ---------------------------------------------------------------------------------------


def binary_scores(
    labels: Sequence[int] | np.ndarray,
    predicted: Sequence[int] | np.ndarray,
) -> dict[str, float]:
    """Accuracy, precision, recall and F1 of the positive class."""
    y = np.asarray(labels, dtype=bool)
    p = np.asarray(predicted, dtype=bool)
    tp = int(np.sum(y & p))
    precision = tp / max(int(p.sum()), 1)
    recall = tp / max(int(y.sum()), 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "accuracy": float(np.mean(y == p)) if len(y) else 0.0,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def best_threshold(scores: Sequence[float] | np.ndarray, labels: Sequence[int] | np.ndarray) -> float:
    """The cut ``score >= t`` that maximises accuracy on (training) data; ties go to the lowest cut."""
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=bool)
    if len(s) == 0:
        raise ValueError("no training scores to fit a threshold on: the training split is empty")
    order = np.argsort(-s, kind="stable")
    sorted_scores, sorted_labels = s[order], y[order]
    # Predicting the top k as positive: correct = positives among them + negatives below them.
    true_pos = np.concatenate([[0], np.cumsum(sorted_labels)])
    false_pos = np.arange(len(s) + 1) - true_pos
    correct = true_pos + (int((~y).sum()) - false_pos)
    # Only cut between distinct scores, otherwise equal scores would be split.
    cuts = [0] + [k for k in range(1, len(s)) if sorted_scores[k] < sorted_scores[k - 1]] + [len(s)]
    best = max(cuts, key=lambda k: (correct[k], -k))
    if best == 0:
        return float(sorted_scores[0]) + 1e-9
    return float(sorted_scores[best - 1])


def macro_f1(confusion: np.ndarray) -> float:
    """Mean F1 over the classes that occur in the truth (rows) of ``confusion[truth, predicted]``."""
    scores = []
    for k in range(confusion.shape[0]):
        support = confusion[k].sum()
        if support == 0:
            continue
        tp = confusion[k, k]
        precision = tp / max(confusion[:, k].sum(), 1)
        recall = tp / support
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return float(np.mean(scores)) if scores else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=float), q)) if len(values) else float("nan")


# --- markdown -------------------------------------------------------------------------------------


def fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return "n/a" if value != value else f"{value:.{digits}f}"
    return str(value)


def md_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    def line(cells: Sequence[Any]) -> str:
        return "| " + " | ".join(fmt(c).replace("|", "\\|").replace("\n", " ") for c in cells) + " |"

    return "\n".join([line(headers), "|" + "|".join("---" for _ in headers) + "|", *(line(r) for r in rows)])


def kind_rates(counts: dict[str, Any]) -> dict[str, dict[str, float]]:
    """Per kind, from counters of "planted", "found", "reported" and "right" (reports matching a planted
    item): the counts, recall over planted items and precision over reports (NaN when there are none)."""
    return {
        k: {
            "reported": c["reported"],
            "planted": c["planted"],
            "precision": c["right"] / c["reported"] if c["reported"] else float("nan"),
            "recall": c["found"] / c["planted"] if c["planted"] else float("nan"),
        }
        for k, c in counts.items()
    }


def goal(name: str, value: float, target: float, higher_is_better: bool = True) -> dict[str, Any]:
    """A goal and whether this run met it; the runner lists every goal, met or missed, in its summary."""
    met = value >= target if higher_is_better else value <= target
    return {
        "goal": name,
        "value": value,
        "target": target,
        "higher_is_better": higher_is_better,
        "met": bool(met and value == value),
    }


def goal_text(g: dict[str, Any]) -> str:
    sign = "≥" if g["higher_is_better"] else "≤"
    verdict = "met" if g["met"] else "**MISSED**"
    return f"{g['goal']}: {fmt(g['value'])} (goal {sign} {fmt(g['target'])}) — {verdict}"


def suite_main(run, markdown, description: str, quick_help: str, argv=None) -> None:
    """``python -m bench.<suite> [--quick] [--shared DIR]``: run one suite and print its markdown."""
    import argparse

    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=quick_help)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the ../shared folder beside the repo")
    args = parser.parse_args(argv)
    os.environ[SHARED_ENV] = str(args.shared)
    print(markdown(run(args.shared, args.quick)))


# ``UNSPUN_BASE_TREE=/tmp/base`` (a ``git worktree`` of an older commit): suites that support it measure
# that tree's code in the same run, through a subprocess whose ``unspun`` is the old one.
BASE_TREE_ENV = "UNSPUN_BASE_TREE"


def measure_in_base_tree(module: str, function: str, *args: Any) -> Any | None:
    """``module.function(*args)`` (JSON in, JSON out) run with the base tree's ``unspun``, or None if unset."""
    import json

    tree = os.environ.get(BASE_TREE_ENV, "").strip()
    if not tree:
        return None
    env = {**os.environ, "PYTHONPATH": f"{Path(tree) / 'src'}{os.pathsep}{PROJECT_ROOT}", BASE_TREE_ENV: ""}
    code = (f"import json, sys; from {module} import {function} as f; "
            f"print(json.dumps(f(*json.loads(sys.argv[1]))))")
    done = subprocess.run([sys.executable, "-c", code, json.dumps(args, default=str)], env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"base tree {tree} failed: {tail[0]}")
    return json.loads(done.stdout.strip().splitlines()[-1])
