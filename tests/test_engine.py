"""The pair engine: results depend only on the texts and the settings, never on what was compared before."""

from __future__ import annotations

import json
import pickle
from dataclasses import replace
from pathlib import Path

import numpy as np

from unspun.config import DEFAULT_SETTINGS
from unspun.ingest.segment import segment
from unspun.model import Article
from unspun.pair.engine import PairEngine
from unspun.pair.memo import Memo, VectorMemo
from unspun.report.json import comparison_dict

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
# Pairs sharing articles, so that one pair's work is in the memos when the next is compared.
PAIRS = [
    ("harbour_original.txt", "harbour_spun.txt"),
    ("harbour_original.txt", "harbour_trimmed.txt"),
    ("harbour_trimmed.txt", "harbour_spun.txt"),
    ("orchard_original.txt", "harbour_spun.txt"),
]


class Lengths:
    """A test encoder: each text's vector is (its length, 1); counts the texts it encodes."""

    dim = 2

    def __init__(self) -> None:
        self.encoded = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.encoded += len(texts)
        return np.array([[float(len(t)), 1.0] for t in texts], dtype=np.float32)


def _article(name: str) -> Article:
    return Article(name, (CORPUS / name).read_text(encoding="utf-8"))


def _results(engine: PairEngine, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    return {
        (a, b): json.dumps(comparison_dict(engine.compare_articles(_article(a), _article(b))), sort_keys=True)
        for a, b in pairs
    }


def test_two_orders_in_two_fresh_engines_give_identical_json() -> None:
    forward = _results(PairEngine(), PAIRS)
    backward = _results(PairEngine(), PAIRS[::-1])
    assert forward == backward
    assert json.loads(forward[PAIRS[0]])["verdict"]["relation"] == "spun_copy"


def test_the_corpus_engine_is_order_independent_too() -> None:
    forward = _results(PairEngine(precise=False), PAIRS)
    again = PairEngine(precise=False)
    _results(again, PAIRS[2:])  # other work first
    assert _results(again, PAIRS[::-1]) == forward


def test_vector_memo_remembers_whole_calls_and_knows_the_encoder_dimension() -> None:
    inner = Lengths()
    memo = VectorMemo(inner, limit=3)
    assert memo.encode([]).shape == (0, 2)
    first = memo.encode(["one", "three"])
    assert memo.encode(["one", "three"]) is first and inner.encoded == 2
    memo.encode(["fifteen", "sixteen"])  # over the limit: the oldest call goes
    assert memo.encode(["one", "three"])[:, 0].tolist() == [3.0, 5.0]
    assert inner.encoded == 6


def test_memo_keeps_the_most_recently_used() -> None:
    memo = Memo(2)
    memo.put("a", 1)
    memo.put("b", 2)
    assert memo.get("a", lambda: 0) == 1
    memo.put("c", 3)
    assert memo.get("b", lambda: -1) == -1 and len(memo) == 2


def test_an_engine_sent_to_a_worker_keeps_its_settings_not_its_memos() -> None:
    engine = PairEngine(precise=False, encoder=Lengths())
    engine.vectors(segment(_article("harbour_spun.txt")))
    copy = pickle.loads(pickle.dumps(engine))
    assert (copy.config, copy.precise) == (engine.config, engine.precise)
    assert len(copy.memo) == 0


def test_an_engine_loads_minilm_with_its_own_token_limit() -> None:
    from unspun.config import Config

    short = PairEngine(Config(max_tokens=16)).encoder.inner
    usual = PairEngine().encoder.inner
    assert short._tokenizer.truncation["max_length"] == 16 and usual._tokenizer.truncation["max_length"] == 256


def test_engines_for_other_threads_share_the_models_not_the_tokenizers() -> None:
    import threading

    base = PairEngine(precise=False)
    twins = [base.for_thread() for _ in range(4)]
    assert all(t.static.inner._model.embedding is base.static.inner._model.embedding for t in twins)
    assert len({id(t.static.inner._model.tokenizer) for t in [base, *twins]}) == 5
    texts = [f"Sentence number {k} about the harbour council and its {k} shelters." for k in range(300)]
    expected = base.static.inner.encode(texts)
    failures: list[BaseException] = []

    def encode(engine: PairEngine) -> None:
        try:
            for _ in range(20):
                assert np.array_equal(engine.static.inner.encode(texts), expected)
        except BaseException as error:  # reported below, with the thread's error
            failures.append(error)

    threads = [threading.Thread(target=encode, args=(t,)) for t in twins]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures, failures  # one shared tokenizer raised "Already borrowed" here


def test_an_article_sent_to_another_process_hashes_as_one_made_there() -> None:
    """Memos are keyed by articles whose hash is remembered; the remembered hash must not travel, since string
    hashes differ from process to process."""
    import os
    import subprocess
    import sys

    seg = segment(_article("harbour_spun.txt"))
    memo = Memo(4)
    memo.put(("spin", seg), 0.5)
    sent = pickle.loads(pickle.dumps(seg))
    assert sent == seg and hash(sent) == hash(seg) and memo.get(("spin", sent), lambda: 0.0) == 0.5
    seg.sentence_texts()  # remembered texts travel as nothing: the copy slices its own
    assert pickle.loads(pickle.dumps(seg)).sentence_texts() == seg.sentence_texts()
    code = ("import pickle, sys\nfrom unspun.ingest.segment import segment\n"
            "sent = pickle.loads(sys.stdin.buffer.read())\n"
            "made = segment(sent.article)\n"
            "print(sent == made and hash(sent) == hash(made) and {sent: 1}.get(made) == 1)")
    run = subprocess.run([sys.executable, "-c", code], input=pickle.dumps(seg), capture_output=True, check=True,
                         env={**os.environ, "PYTHONHASHSEED": "random"})
    assert run.stdout.strip() == b"True"


def test_a_language_the_store_recorded_is_the_one_a_comparison_reads() -> None:
    """``remember(seg, english=…)`` (a stored fingerprint's language) stands in for reading the text again: a
    report recorded as English compares as one read afresh; recorded as not English, its sentence vectors no
    longer count as evidence of meaning (an independent report of the harbour story, ``same_story`` by its topic
    similarity, then reads as unrelated)."""
    a, b = (segment(_article(name)) for name in ("harbour_original.txt", "harbour_independent.txt"))
    fresh = PairEngine(precise=False).compare_segmented(a, b).verdict
    told = PairEngine(precise=False)
    told.remember(b, english=True)
    assert told.english(b) and told.compare_segmented(a, b).verdict == fresh
    misled = PairEngine(precise=False)
    misled.remember(b, english=False)
    assert not misled.english(b) and misled.compare_segmented(a, b).verdict != fresh


def test_a_corpus_engine_s_second_look_uses_minilm_with_its_own_settings() -> None:
    from unspun.config import SemanticTier, Settings

    settings = Settings(semantic=SemanticTier(second_look_min_cosine=0.6))
    corpus = PairEngine(settings, precise=False)
    twin = corpus.precise_twin
    assert twin is not None and twin.precise and twin.settings is settings
    assert corpus.precise_twin is twin  # made once, its memos kept
    # An engine already on MiniLM, or one given its own model (a test's, a benchmark's), looks only once.
    assert PairEngine(settings, precise=True).precise_twin is None
    assert PairEngine(settings, precise=False, encoder=corpus.static).precise_twin is None


def test_no_process_wide_cache_of_the_pair_stages_is_keyed_by_an_article() -> None:
    """Rule 7 of STYLE.md: what a stage reads of a whole article lives in its engine's memo (``PairEngine.memo``),
    not in a module's ``functools`` cache, so a web worker's or an executor's memory is its engines'. Caches of pure
    functions of a word, a line or a sentence pair stay beside their functions."""
    import importlib
    import inspect
    import pkgutil

    import unspun.pair

    keyed_by_article = []
    for module_info in pkgutil.walk_packages(unspun.pair.__path__, "unspun.pair."):
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            wrapped = getattr(value, "__wrapped__", None)
            if wrapped is None or not hasattr(value, "cache_info") or wrapped.__module__ != module.__name__:
                continue
            annotations = [str(p.annotation) for p in inspect.signature(wrapped).parameters.values()]
            if any("Segmented" in a or "Article" in a for a in annotations):
                keyed_by_article.append(f"{module.__name__}.{name}")
    assert keyed_by_article == []


def test_the_direction_marks_and_word_bigrams_are_read_once_an_article_into_the_engine_s_memo() -> None:
    """A trace's query meets each candidate with its word bigrams and its own marks (dateline, credits, release
    furniture): the engine keeps them, and a fresh engine gives the same verdicts (``test_two_orders_…``)."""
    engine = PairEngine(precise=False)
    engine.compare_articles(_article("harbour_original.txt"), _article("harbour_trimmed.txt"))
    kinds = {key[0] for key in engine.memo._known if isinstance(key, tuple)}
    assert "own marks" in kinds, kinds
    # the large readings (~170 KB a 500-word text's bigrams) in the memo of fewer entries beside it (fixB)
    large = {key[0] for key in engine.memo.large._known if isinstance(key, tuple)}
    assert "word bigrams" in large and "word bigrams" not in kinds, (kinds, large)


def test_a_long_run_of_comparisons_keeps_the_engine_s_memos_within_their_bounds() -> None:
    """reviewB 1–2: an engine's per-article memo holds at most 14 entries an article of ``memo_articles`` and its
    large per-text readings (word bigrams, 3-grams, a digest's items, a text's own wording, its figures' context
    words) at most ``memo_texts``, however many texts it compares; the answers are a fresh engine's."""
    articles = sorted((Path(__file__).parent / "fixtures" / "articles").glob("*.txt"))
    texts = [Article(p.stem, p.read_text(encoding="utf-8"), title=p.stem.replace("_", " ")) for p in articles]
    index = replace(DEFAULT_SETTINGS.index, memo_articles=3, memo_texts=4)
    engine = PairEngine(replace(DEFAULT_SETTINGS, index=index), precise=False)
    pairs = [(x, y) for x in texts for y in texts if x.id < y.id][:40]
    for x, y in pairs:
        engine.compare_articles(x, y)
        assert len(engine.memo) <= 14 * 3 and len(engine.memo.large) <= 4
    large = {key[0] for key in engine.memo.large._known}
    assert large <= {"word bigrams", "unquoted 3-grams", "digest items", "own wording", "things told"}, large
    assert not large & {key[0] for key in engine.memo._known if isinstance(key, tuple)}
    x, y = pairs[-5]
    fresh = PairEngine(precise=False)
    assert json.dumps(comparison_dict(engine.compare_articles(x, y)), sort_keys=True) \
        == json.dumps(comparison_dict(fresh.compare_articles(x, y)), sort_keys=True)
