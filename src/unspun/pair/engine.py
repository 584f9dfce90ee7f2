"""The pair engine: the settings, the encoder and every memo of the pair pipeline, in one object passed in.

A comparison depends only on its two texts and the engine's settings: memos remember work, never change it
(``VectorMemo`` remembers an article's vectors as encoded alone). Two engines with the same settings give the
same verdicts whatever each compared before, in a CLI run, a web worker or a Spark executor. Models load once
per process and are shared by engines (loading is not state: a model gives the same vectors to every caller).
Pure functions of strings (word tokens, content words, edit opcodes, passage kinds) keep small caches of their
own beside them: a cached value is what the function returns for that string, so it cannot depend on history.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Iterator
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
    section (a ``Config``). An engine is used by one thread at a time; ``for_thread`` makes another for another
    thread."""

    def __init__(
        self, settings: Settings | Config = DEFAULT_SETTINGS, precise: bool = True, encoder: Encoder | None = None,
        own_tokenizers: bool = False,
    ) -> None:
        """``own_tokenizers``: the shared models with tokenizers of this engine's own (see ``for_thread``)."""
        self.settings = settings if isinstance(settings, Settings) else Settings(pair=settings)
        self.precise = precise
        self._own_tokenizers = own_tokenizers
        self._given = encoder
        self._vectors: VectorMemo | None = None
        self._static: VectorMemo | None = None
        self._pair_scorer: Any = None
        self._twin: PairEngine | None = None
        # Per-article readings: prepared sentences for align, names for judge, event specifics and their specific
        # figures, what changes and the judge's edit count read of each whole text (its namings, its words), the copy
        # marks' reading, its quoted speakers, its furniture sentences, its own marks (dateline, credits), its spin
        # terms, the names it mentions, and a digest's and a source's topic words: at most one entry of each of these 14
        # kinds an article (10.2 an article on 38 comparisons of 19 articles; some kinds only some texts have). Its
        # large readings (word bigrams, 3-grams, a digest's items) go to a memo of their own
        # (``IndexConfig.memo_texts``).
        self.memo = Memo(14 * self.settings.index.memo_articles, large=Memo(self.settings.index.memo_texts))
        # Spin scores and languages: this engine's own, as it computed them or was told them (``remember``: a
        # store's, read with the store's settings of their day).
        self.scores = Memo(2 * self.settings.index.memo_articles)
        # Large per-article values that only the next few comparisons read again (a trace's query, met by each of
        # its candidates): a rewrite's word 3-grams (~60 KB an article; kept for thousands they cost ~100 MB).
        self.recent = Memo(64)
        # Each changed sentence pair's edits, for the same two sentences in other articles (``changes.find``):
        # a trace's candidates are copies of one story, so its query's sentences meet the same source sentences
        # in each (~5 times on the 20k bench store). Entries are small (a few changes and what they read).
        self.edits = Memo(4096)
        # Whole verdicts by the content of both sides (``run.indexer``'s trace: the query as side A, no details): a
        # server traces one article again (a popular story, its page then its API), and a trace's pair work is
        # ~half its CPU even with every reading above remembered (~0.7 KB a verdict).
        self.verdicts = Memo(self.settings.index.remembered_verdicts)

    @property
    def config(self) -> Config:
        """The ``pair`` section: reading, extraction, segmentation, alignment and judging thresholds."""
        return self.settings.pair

    def __reduce__(self) -> tuple[Any, ...]:
        # A worker process gets the settings and builds its own memos and models (a given encoder stays here).
        return (PairEngine, (self.settings, self.precise))

    def for_thread(self) -> PairEngine:
        """An engine with the same settings for another thread: memos of its own, and the process's models with
        tokenizers of its own (a tokenizer may not be used by two threads at once). Its results are this
        engine's; running both at once is what it is for (a web server's concurrent requests)."""
        given = self._given
        if given is not None and hasattr(given, "for_thread"):
            given = given.for_thread()
        return PairEngine(self.settings, self.precise, given, own_tokenizers=True)

    @property
    def encoder(self) -> VectorMemo:
        """The sentence encoder, remembering each article's vectors (the model loads on first use)."""
        if self._vectors is None:
            from unspun.embed.encoders import precise_encoder

            if self._given is None and not self.precise:
                self._vectors = self.static
            else:
                model = self._given or self._own(precise_encoder(config=self.config))
                self._vectors = VectorMemo(model, self.settings.index.memo_sentences)
        return self._vectors

    @property
    def static(self) -> VectorMemo:
        """The static model, remembering each article's vectors: what fingerprints and the store use (the same
        object as ``encoder`` when comparisons use static vectors)."""
        if self._static is None:
            from unspun.embed.encoders import static_encoder

            self._static = VectorMemo(self._own(static_encoder()), self.settings.index.memo_sentences)
        return self._static

    @property
    def precise_twin(self) -> PairEngine | None:
        """An engine with these settings and MiniLM vectors, made on first use: the corpus's second look at a pair
        that may be a heavy rewrite (``pipeline.worth_a_second_look``) compares as ``unspun compare`` does. None
        for an engine with MiniLM vectors already, or with a model given in place of the static one."""
        if self.precise or self._given is not None:
            return None
        if self._twin is None:
            self._twin = PairEngine(self.settings, precise=True, own_tokenizers=self._own_tokenizers)
            # What either reads of an article or a sentence pair is the same whatever its vectors (a function of
            # the texts and the settings): the twin reads the query's and each candidate's readings kept here
            # (its second looks read them anew: ~1 in 20 of a trace's comparisons, each a few ms). Not the spin
            # scores and languages (``scores``): a store's are its own.
            self._twin.memo, self._twin.recent, self._twin.edits = self.memo, self.recent, self.edits
        return self._twin

    @property
    def pair_scorer(self) -> Any:
        """The sentence-pair cross-encoder (``unspun.embed.encoders.PairScorer``; the model loads on first use)."""
        if self._pair_scorer is None:
            from unspun.embed.encoders import pair_scorer

            self._pair_scorer = self._own(pair_scorer(config=self.config))
        return self._pair_scorer

    def _own(self, model: Any) -> Any:
        """``model`` itself, or its copy with a tokenizer of this engine's own."""
        return model.for_thread() if self._own_tokenizers else model

    def warm(self) -> None:
        """Load the model and the lexicons now (a worker process, before its first task)."""
        from unspun.text import lexicon

        lexicon.warm()
        _ = self.encoder.dim, self.static.dim

    # --- per article ----------------------------------------------------------------------------------

    def vectors(self, seg: Segmented) -> np.ndarray:
        """The sentence vectors of ``seg`` (float32, one row per sentence)."""
        return self.encoder.encode(seg.sentence_texts())

    def spin(self, seg: Segmented) -> float | None:
        """``spin_score`` of ``seg``, remembered (None: not scored, ``spin.spin_unscored``)."""
        from unspun.pair.spin import spin_score

        return self.scores.get(("spin", seg), lambda: spin_score(seg, self.settings.spin, self.settings.text))

    def english(self, seg: Segmented) -> bool:
        """``reads_as_english`` of ``seg``'s text with this engine's text settings, remembered (or as the store
        recorded it: ``remember``)."""
        from unspun.text.language import reads_as_english

        text = seg.article.text
        return self.scores.get(("english", text), lambda: reads_as_english(text, self.settings.text))

    def remember(self, seg: Segmented, static: np.ndarray | None = None, spin: float | None = None,
                 english: bool | None = None) -> None:
        """What another process (or the store) computed for ``seg``: its sentences' static vectors, its spin
        score and whether it reads as English (with this engine's text settings: the store's own, which
        ``store_engine`` requires). A spin of None is not known: an unscored text's is found again, cheaply."""
        if static is not None:
            self.static.remember(seg.sentence_texts(), static)
        if spin is not None:
            self.scores.put(("spin", seg), spin)
        if english is not None:
            self.scores.put(("english", seg.article.text), english)

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


class EnginePool:
    """Engines for work that runs in several threads at once (a web server's requests): each caller borrows one
    for the length of its work, so no memo or tokenizer is used by two threads. At most ``size`` engines are
    made, each ``engine.for_thread()``; a caller finding none free waits for one. Results are those of ``engine``
    whichever engine a caller gets."""

    def __init__(self, engine: PairEngine, size: int) -> None:
        if size < 1:
            raise ValueError(f"an engine pool needs at least one engine, got {size}")
        self.engine, self.size = engine, size
        self._free: queue.LifoQueue[PairEngine] = queue.LifoQueue()  # the last returned has the warmest memos
        self._made = 0
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def borrowed(self) -> Iterator[PairEngine]:
        engine = self._take()
        try:
            yield engine
        finally:
            self._free.put(engine)

    def _take(self) -> PairEngine:
        try:
            return self._free.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            make = self._made < self.size
            self._made += make
        return self.engine.for_thread() if make else self._free.get()
