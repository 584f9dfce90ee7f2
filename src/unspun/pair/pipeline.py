"""One pair, end to end: extract → segment → align → judge, returning a ``Comparison``.

The CLI, the corpus indexer and the benchmarks all call these functions; nothing else runs the pair pipeline.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import numpy as np

from unspun.config import DEFAULT, Config
from unspun.embed.encoders import Encoder, precise_encoder
from unspun.ingest.extract import extract
from unspun.ingest.segment import segment
from unspun.model import Alignment, Article, Comparison, RawRecord, Segmented
from unspun.pair.align import align
from unspun.pair.align_semantic import derived_by_meaning, semantic_alignments
from unspun.pair.changes import find_changes
from unspun.pair.judge import PairFacts, judge, pair_facts
from unspun.pair.spin import spin_score, substitution_rate, substitutions, swap_rarity


class MemoEncoder:
    """Remembers vectors by sentence, so alignment and judging (and repeated articles) embed each once."""

    def __init__(self, inner: Encoder, limit: int = 200_000) -> None:
        self._inner = inner
        self._known: dict[str, np.ndarray] = {}
        self._limit = limit

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        missing = list(dict.fromkeys(t for t in texts if t not in self._known))
        found = dict(zip(missing, self._inner.encode(missing), strict=True)) if missing else {}
        # Stacked before remembering: remembering may clear the memo, and with it vectors ``texts`` needs.
        vectors = np.stack([found[t] if t in found else self._known[t] for t in texts])
        self.remember(missing, list(found.values()))
        return vectors

    def remember(self, texts: list[str], vectors: np.ndarray | list[np.ndarray]) -> None:
        """Vectors for ``texts`` from the same encoder (computed here, or in another process)."""
        if len(self._known) + len(texts) > self._limit:
            self._known.clear()
        for text, vector in zip(texts, vectors, strict=True):
            self._known.setdefault(text, vector)


_shared_encoder: MemoEncoder | None = None


def default_encoder() -> MemoEncoder:
    global _shared_encoder
    if _shared_encoder is None:
        _shared_encoder = MemoEncoder(precise_encoder())
    return _shared_encoder


def compare_segmented(a: Segmented, b: Segmented, config: Config = DEFAULT,
                      encoder: Encoder | None = None, details: bool = True) -> Comparison:
    """Align, find changes and spin evidence, and judge the pair.

    ``details=False`` leaves out what the verdict does not need (the list of changes and of substituted
    words): the corpus indexer stores verdicts only, and recomputes details for the pairs a user looks at.
    """
    return compare_with_facts(a, b, config, encoder, details)[0]


def compare_with_facts(a: Segmented, b: Segmented, config: Config = DEFAULT, encoder: Encoder | None = None,
                       details: bool = True) -> tuple[Comparison, PairFacts]:
    """``compare_segmented`` and the measurements the judge weighed (for benchmarks and calibration)."""
    encoder = encoder or default_encoder()
    spin_a, spin_b = article_spin(a), article_spin(b)
    aligned = align(a, b, config, encoder)
    # After ``align``: the memo encoder then returns the vectors align computed in one batch (int8 ONNX
    # vectors shift slightly with batch composition, so the order of calls matters for reproducibility).
    vectors_a, vectors_b = encoder.encode(a.sentence_texts()), encoder.encode(b.sentence_texts())
    alignments = with_meaning_tier(a, b, aligned, vectors_a @ vectors_b.T, spin_b - spin_a)
    # The judge needs the fact changes even without details (a copy that alters a fact is no duplicate);
    # unchanged aligned sentences cost nothing, so this is cheap where it matters (near-identical texts).
    changes = find_changes(a, b, alignments)
    swaps = substitutions(a, b, alignments)
    facts = pair_facts(a, b, alignments, substitution_rate(a, b, alignments, swaps),
                       document_similarity(vectors_a, vectors_b), spin_a, spin_b, swap_rarity(a, b, swaps))
    verdict = judge(a, b, alignments, changes, facts, config)
    return Comparison(a, b, round(spin_a, 3), round(spin_b, 3), verdict, alignments,
                      changes if details else (), swaps if details else ()), facts


def with_meaning_tier(a: Segmented, b: Segmented, alignments: tuple[Alignment, ...], similarity: np.ndarray,
                      spin_gap: float) -> tuple[Alignment, ...]:
    """``alignments`` plus meaning-only matches when the texts as wholes look derived (see align_semantic);
    ``similarity`` holds the cosine of every sentence of A with every sentence of B."""
    if not derived_by_meaning(similarity, spin_gap):
        return alignments
    extra = semantic_alignments(a, b, similarity, alignments)
    return tuple(sorted((*alignments, *extra), key=lambda al: (al.a.start, al.b.start)))


class SpinMemo:
    """``spin_score`` remembered per article: a corpus compares one article with many others, and worker
    processes receive scores computed elsewhere (``remember``)."""

    def __init__(self, limit: int = 8192) -> None:
        self._known: OrderedDict[Segmented, float] = OrderedDict()
        self._limit = limit

    def __call__(self, segmented: Segmented) -> float:
        score = self._known.get(segmented)
        if score is None:
            score = spin_score(segmented)
            self.remember(segmented, score)
        else:
            self._known.move_to_end(segmented)
        return score

    def remember(self, segmented: Segmented, score: float) -> None:
        self._known[segmented] = score
        if len(self._known) > self._limit:
            self._known.popitem(last=False)


article_spin = SpinMemo()


def compare_articles(a: Article, b: Article, config: Config = DEFAULT,
                     encoder: Encoder | None = None) -> Comparison:
    return compare_segmented(segment(a, config), segment(b, config), config, encoder)


def compare(a: str | Path | Article | RawRecord, b: str | Path | Article | RawRecord,
            config: Config = DEFAULT) -> Comparison:
    """Compare two news pages given as paths, records or extracted articles.

    >>> c = compare("original.html", "copy.txt")   # doctest: +SKIP
    >>> c.verdict.relation, c.verdict.direction     # doctest: +SKIP
    ('spun_copy', 'a_to_b')
    """
    return compare_articles(_as_article(a, config), _as_article(b, config), config)


def _as_article(source: str | Path | Article | RawRecord, config: Config) -> Article:
    return source if isinstance(source, Article) else extract(source, config)


def document_similarity(vectors_a: np.ndarray, vectors_b: np.ndarray) -> float:
    """Cosine of the mean sentence vectors: what the two articles are about, ignoring wording."""
    if len(vectors_a) == 0 or len(vectors_b) == 0:
        return 0.0
    mean_a, mean_b = vectors_a.mean(axis=0), vectors_b.mean(axis=0)
    norm = float(np.linalg.norm(mean_a) * np.linalg.norm(mean_b))
    return float(mean_a @ mean_b) / norm if norm else 0.0
