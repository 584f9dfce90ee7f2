"""Refit the weights of ``unspun.pair.spin.spin_score`` (the settings tree's ``spin`` section holds them).

Train: the train half of ``bench.genuine``'s texts from seven sources, each genuine text plus copies spun at
15%, 30% and 60% by ``bench.spinner``; every (source, class) weighs the same. The bias is then moved so that
a score of 0.5 flags at most ``TARGET_FALSE_POSITIVES`` of each source's train genuine texts on average.
Prints the ``[spin]`` settings to paste into ``config.SpinConfig`` (or a settings file); the held-out half is
scored by the Judge suite (bench/judge.py).
Run: ``.venv/bin/python -m bench.fit_spin [--per-source N]``.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bench.genuine import Genuine, genuine_texts, is_test
from bench.spinner import Spinner, shared_dir
from unspun.ingest.segment import segment
from unspun.model import Article
from unspun.pair import spin

RATES = (0.15, 0.3, 0.6)
TARGET_FALSE_POSITIVES = 0.02
PER_SOURCE = 150


def feature_names() -> list[str]:
    return list(spin.spin_weights())


def features(text: str, names: Sequence[str]) -> list[float]:
    found = spin.spin_features(segment(Article("x", text)))
    return [found[n] for n in names]


def spun_rows(items: Sequence[Genuine], spinner: Spinner, names: Sequence[str]):
    """Features of each genuine text and of its spun copies: (rows, labels, rates, sources)."""
    rows, labels, rates, sources = [], [], [], []
    for k, item in enumerate(items):
        for rate in (0.0, *RATES):
            text = item.text if rate == 0.0 else spinner.spin(item.text, rate, seed=k).text
            rows.append(features(text, names))
            labels.append(int(rate > 0))
            rates.append(rate)
            sources.append(item.source)
    return np.array(rows), np.array(labels), np.array(rates), np.array(sources)


def balanced_weights(labels: np.ndarray, sources: np.ndarray) -> np.ndarray:
    weights = np.ones(len(labels))
    for source in set(sources):
        for label in (0, 1):
            chosen = (sources == source) & (labels == label)
            weights[chosen] = 1.0 / max(chosen.sum(), 1)
    return weights * len(labels) / weights.sum()


def operating_shift(logits: np.ndarray, labels: np.ndarray, sources: np.ndarray) -> float:
    """The logit at which the mean over sources of genuine texts flagged is at most the target."""
    genuine = labels == 0
    for cut in np.sort(logits[genuine]):
        flagged = [float((logits[genuine & (sources == s)] >= cut).mean()) for s in set(sources)]
        if np.mean(flagged) <= TARGET_FALSE_POSITIVES:
            return float(cut)
    return float(logits.max())


def main() -> None:
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-source", type=int, default=PER_SOURCE)
    args = parser.parse_args()
    shared: Path = shared_dir()
    train = [g for g in genuine_texts(shared, args.per_source) if not is_test(g)]
    names = feature_names()
    x, y, _, sources = spun_rows(train, Spinner(shared), names)
    mean, std = x.mean(0), x.std(0)
    model = LogisticRegression(C=1.0).fit((x - mean) / std, y, sample_weight=balanced_weights(y, sources))
    weights = model.coef_[0] / std
    bias = model.intercept_[0] - float((model.coef_[0] * mean / std).sum())
    shift = operating_shift(x @ weights + bias, y, sources)
    print("[spin]")
    for name, weight in zip(names, weights, strict=True):
        print(f"weight_{name} = {round(float(weight), 3)}")
    operating = 1 / (1 + math.exp(-shift))
    print(f"bias = {round(bias - shift, 3)}  # fitted {bias:.3f}, operating point at p={operating:.3f}")


if __name__ == "__main__":
    main()
