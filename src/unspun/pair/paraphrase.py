"""Is sentence B a paraphrase of sentence A? The cross-encoder's probability, for many pairs at once.

MiniLM reads both sentences together (``unspun.embed.encoders.PairScorer``), so it weighs what one side adds or
changes against what both say, which the sentence vectors' cosine and the word overlaps cannot: on MSRP it is the
strongest single piece of sentence-pair evidence unspun has (bench/RESULTS.md, "Sentence pairs", xenc).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from unspun.pair.engine import PairEngine


def paraphrase_probabilities(pairs: Sequence[tuple[str, str]], engine: PairEngine) -> np.ndarray | None:
    """P(B is a paraphrase of A) for each (A, B), float32; None when the engine's settings turn the model off
    (``pair.paraphrase_model``). Symmetric: the mean of the model's two readings (A first, B first), so that
    comparing B with A says what comparing A with B says."""
    if not engine.config.paraphrase_model:
        return None
    if not pairs:
        return np.zeros(0, dtype=np.float32)
    # Both readings in one call: a pair and its mirror are as long, so they share batches and padding.
    readings = engine.pair_scorer.probabilities([*pairs, *((b, a) for a, b in pairs)])
    forward, backward = readings[:len(pairs)], readings[len(pairs):]
    return ((forward + backward) / 2).astype(np.float32)
