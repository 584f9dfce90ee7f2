"""Refit the weights of ``unspun.pair.spin.spin_score`` (they are stored as constants in that module).

Train: even-numbered ``bbc_fulltext`` files, each original plus copies spun at 30% and 60% by
``bench.spinner``; test: odd-numbered files. Prints the weights to paste into ``spin.py`` and the held-out AUCs.
Run: ``.venv/bin/python -m bench.fit_spin [--step N]`` (``--step 2`` uses every second file, for speed).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from bench.spinner import Spinner, shared_dir
from unspun.ingest.segment import segment
from unspun.model import Article
from unspun.pair import spin

RATES = (0.3, 0.6)


def feature_names() -> list[str]:
    return list(spin.spin_features(segment(Article("x", "A short text."))))


def features(text: str, names: list[str]) -> list[float]:
    found = spin.spin_features(segment(Article("x", text)))
    return [found[n] for n in names]


def dataset(files: list[Path], parity: int, step: int, spinner: Spinner, names: list[str]):
    rows, labels, rates = [], [], []
    chosen = [f for f in files if int(f.stem) % 2 == parity][::step]
    for k, path in enumerate(chosen):
        text = path.read_text(encoding="utf-8", errors="replace")
        rows.append(features(text, names))
        labels.append(0)
        rates.append(0.0)
        for rate in RATES:
            rows.append(features(spinner.spin(text, rate, seed=k).text, names))
            labels.append(1)
            rates.append(rate)
    return np.array(rows), np.array(labels), np.array(rates)


def main() -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--step", type=int, default=1)
    args = parser.parse_args()
    files = sorted((shared_dir() / "data" / "bbc_fulltext").glob("*/*.txt"))
    spinner, names = Spinner(), feature_names()
    x_train, y_train, _ = dataset(files, 0, args.step, spinner, names)
    x_test, y_test, r_test = dataset(files, 1, args.step, spinner, names)
    mean, std = x_train.mean(0), x_train.std(0)
    model = LogisticRegression(C=1.0, class_weight="balanced").fit((x_train - mean) / std, y_train)
    weights = model.coef_[0] / std
    bias = model.intercept_[0] - float((model.coef_[0] * mean / std).sum())
    print("SPIN_WEIGHTS =", {n: round(float(w), 3) for n, w in zip(names, weights, strict=True)})
    print("SPIN_BIAS =", round(bias, 3))
    scores = 1 / (1 + np.exp(-(x_test @ weights + bias)))
    for rate in RATES:
        keep = (r_test == 0) | (r_test == rate)
        print(f"held-out AUC original vs spun {rate:.0%}: {roc_auc_score(y_test[keep], scores[keep]):.3f}")


if __name__ == "__main__":
    main()
