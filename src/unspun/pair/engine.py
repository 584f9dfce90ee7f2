"""The pair engine: the settings, the encoder and every memo of the pair pipeline, in one object passed in.

A comparison depends only on its two texts and the engine's settings: memos remember work, never change it
(``VectorMemo`` remembers an article's vectors as encoded alone). Two engines with the same settings give the
same verdicts whatever each compared before, in a CLI run, a web worker or a Spark executor. Models load once
per process and are shared by engines (loading is not state: a model gives the same vectors to every caller).
Pure functions of strings (word tokens, content words, edit opcodes, passage kinds) keep small caches of their
own beside them: a cached value is what the function returns for that string, so it cannot depend on history.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from unspun.config import DEFAULT_SETTINGS, Config, Settings
from unspun.embed.encoders import Encoder
from unspun.model import Article, Comparison, RawRecord, Segmented
from unspun.pair.memo import Memo, VectorMemo


class PairEngine:
    """Compares pairs of articles with one set of settings.

    ``precise``: MiniLM sentence vectors (``unspun compare``); otherwise the static model's, which the corpus
    uses (on 259 stored BBC pairs the relation agreed with MiniLM alignment on 95.8% at ~7x the speed).
    ``encoder`` replaces the model (tests, benchmarks). ``settings`` may be a whole tree or only its ``pair``
    section (a ``Config``)."""

    def __init__(
        self, settings: Settings | Config = DEFAULT_SETTINGS, precise: bool = True, encoder: Encoder | None = None
    ) -> None:
        self.settings = settings if isinstance(settings, Settings) else Settings(pair=settings)
        self.precise = precise
        self._given = encoder
        self._vectors: VectorMemo | None = None
        self._static: VectorMemo | None = None
        # Prepared sentences for align, names for judge, spin scores: one entry each per article.
        self.memo = Memo(3 * self.settings.index.memo_articles)

    @property
    def config(self) -> Config:
        """The ``pair`` section: reading, extraction, segmentation, alignment and judging thresholds."""
        return self.settings.pair

    def __reduce__(self) -> tuple[Any, ...]:
        # A worker process gets the settings and builds its own memos and models (a given encoder stays here).
        return (PairEngine, (self.settings, self.precise))

    @property
    def encoder(self) -> VectorMemo:
        """The sentence encoder, remembering each article's vectors (the model loads on first use)."""
        if self._vectors is None:
            from unspun.embed.encoders import precise_encoder

            if self._given is None and not self.precise:
                self._vectors = self.static
            else:
                self._vectors = VectorMemo(self._given or precise_encoder(), self.settings.index.memo_sentences)
        return self._vectors

    @property
    def static(self) -> VectorMemo:
        """The static model, remembering each article's vectors: what fingerprints and the store use (the same
        object as ``encoder`` when comparisons use static vectors)."""
        if self._static is None:
            from unspun.embed.encoders import static_encoder

            self._static = VectorMemo(static_encoder(), self.settings.index.memo_sentences)
        return self._static

    def warm(self) -> None:
        """Load the model and the lexicons now (a worker process, before its first task)."""
        from unspun.text import lexicon

        lexicon.warm()
        _ = self.encoder.dim, self.static.dim

    # --- per article ----------------------------------------------------------------------------------

    def vectors(self, seg: Segmented) -> np.ndarray:
        """The sentence vectors of ``seg`` (float32, one row per sentence)."""
        return self.encoder.encode(seg.sentence_texts())

    def spin(self, seg: Segmented) -> float:
        """``spin_score`` of ``seg``, remembered."""
        from unspun.pair.spin import spin_score

        return self.memo.get(("spin", seg), lambda: spin_score(seg))

    def remember(self, seg: Segmented, static: np.ndarray | None = None, spin: float | None = None) -> None:
        """What another process (or the store) computed for ``seg``: its sentences' static vectors and its
        spin score."""
        if static is not None:
            self.static.remember(seg.sentence_texts(), static)
        if spin is not None:
            self.memo.put(("spin", seg), spin)

    # --- pairs ----------------------------------------------------------------------------------------

    def compare_segmented(self, a: Segmented, b: Segmented, details: bool = True) -> Comparison:
        """Align, find changes and spin evidence, and judge the pair. ``details=False`` skips what the
        verdict does not need (the lists of changes and of substituted words): the corpus stores verdicts."""
        from unspun.pair.pipeline import run_pair

        return run_pair(a, b, self, details)

    def compare_articles(self, a: Article, b: Article) -> Comparison:
        from unspun.ingest.segment import segment

        return self.compare_segmented(segment(a, self.config), segment(b, self.config))

    def extract(self, source: str | Path | RawRecord) -> Article:
        """The article of a path or record, extracted with this engine's settings."""
        return self._article(source)

    def compare(self, a: str | Path | Article | RawRecord, b: str | Path | Article | RawRecord) -> Comparison:
        """Compare two news pages given as paths, records or extracted articles."""
        return self.compare_articles(self._article(a), self._article(b))

    def _article(self, source: str | Path | Article | RawRecord) -> Article:
        from unspun.ingest.extract import extract

        return source if isinstance(source, Article) else extract(source, self.config, self.settings.html)


_defaults: dict[bool, PairEngine] = {}


def default_engine(precise: bool = True) -> PairEngine:
    """The engine of the simple API when none is given: default settings; MiniLM vectors (``unspun.compare``)
    or, not ``precise``, static ones (``unspun.trace``). Its memos only save work: results are the same as a
    fresh engine's."""
    if precise not in _defaults:
        _defaults[precise] = PairEngine(precise=precise)
    return _defaults[precise]
