"""The trace screen: which of a trace's candidates are worth a full comparison.

Candidate search finds stored articles near the query (shared MinHash bands, close mean vectors, sketch sentences
with a counterpart); most of them, on a store of many stories, are other reports of the same topic, which the full
comparison then calls ``same_story`` or ``unrelated`` and a trace does not list. Every derived relation (a copy,
a spun copy, a rewrite, a partial reuse, a summary) rests on aligned sentences, and alignment matches a sentence
pair only on shared words or a close static cosine; the screen asks the cheapest form of that question — does any
sentence of one reach ``index.trace_screen_cosine`` with any sentence of the other, or do they share a MinHash
band — from what the trace already holds (both sides' static sentence vectors, the candidate's bands): one small
matrix product, against ~2.5 ms for a comparison. The bar was set on traces whose full comparisons were recorded
(bench/trace_screen.py; bench/RESULTS.md, "Web: unspun serve", 2026-12-04 night).
"""

from __future__ import annotations

import numpy as np

from unspun.config import IndexConfig


def closest_cosine(query_vectors: np.ndarray, candidate_vectors: np.ndarray) -> float:
    """The highest cosine between a sentence of one side and a sentence of the other (unit static vectors, as
    alignment reads them); -1.0 when a side has no sentences."""
    if len(query_vectors) == 0 or len(candidate_vectors) == 0:
        return -1.0
    a = np.asarray(query_vectors, dtype=np.float32)
    b = np.asarray(candidate_vectors, dtype=np.float32)
    return float((a @ b.T).max())


def worth_full_comparison(
    query_vectors: np.ndarray | None, candidate_vectors: np.ndarray | None, bands: int, config: IndexConfig
) -> bool:
    """Whether a trace compares a candidate in full: the screen is off, the two share a MinHash band (words: any
    language), a side's vectors are unknown (nothing to screen on), or some pair of their sentences reaches
    ``trace_screen_cosine``."""
    if not config.trace_screen or bands >= 1 or query_vectors is None or candidate_vectors is None:
        return True
    return closest_cosine(query_vectors, candidate_vectors) >= config.trace_screen_cosine
