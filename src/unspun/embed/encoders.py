"""Sentence vectors, run-time side: MiniLM as int8 ONNX (precise) and a distilled static model (fast).

Both are prepared once by ``unspun.embed.prepare`` (``make demo``) into the cache directory. This module only
needs onnxruntime, tokenizers and safetensors, never torch: a cold ``compare`` stays well under two seconds.
"""

from __future__ import annotations

import abc
import copy
import dataclasses
import functools
import itertools
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, Self

import numpy as np

from unspun.config import DEFAULT, Config, default_cache_dir
from unspun.errors import ModelsMissingError

PRECISE_DIR = "minilm-int8"
STATIC_DIR = "minilm-static"
PRECISE_DIM = 384
# The sentence-pair cross-encoder: MiniLM with low-rank adapters and a head learnt from MSRP train
# (bench/train_pair_model.py); ``unspun prepare`` merges this file into the packaged weights and exports the graph.
PAIR_DIR = "minilm-pair-int8"
PAIR_ADAPTER_PATH = Path(__file__).with_name("pair_adapter.npz")
PAIR_LORA_RANK = 8
PAIR_LORA_ALPHA = 16.0
PAIR_MAX_TOKENS = 128  # both sentences together; MSRP's longest pair is about 110 word pieces


class Encoder(Protocol):
    @property
    def dim(self) -> int:
        """Length of every vector."""
        ...

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...


def models_dir(cache: Path | None = None) -> Path:
    return (cache or default_cache_dir()) / "models"


def _require(path: Path) -> Path:
    if not path.exists():
        raise ModelsMissingError(
            f"prepared model not found at {path}: prepare the models once (unspun.embed.prepare.prepare)"
        )
    return path


def padded_tokenizer(path: Path, max_tokens: int) -> Any:
    """The tokenizer at ``path`` cutting what it reads to ``max_tokens`` word pieces (a pair: the longer of the
    two first) and padding each batch to its longest: what both MiniLM graphs read, at set-up and at run time."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.enable_truncation(max_tokens, strategy="longest_first")
    tokenizer.enable_padding()
    return tokenizer


def tokenizer_copy(tokenizer: Any) -> Any:
    """A tokenizer of its own for another thread (truncation and padding included): one may not be used by two
    threads at once ("Already borrowed")."""
    from tokenizers import Tokenizer

    return Tokenizer.from_str(tokenizer.to_str())


def _cpu_session(model: Path) -> Any:
    """An ONNX session on two threads: a process's share of this 2-core machine's work is one comparison or
    one batch at a time. Its threads wait for work asleep, not spinning: spinning between the graph's many small
    operations took CPU from whatever else ran (a cold ``compare`` of the examples: CPU 1.14–1.18 → 0.85–0.89 s,
    wall 1.09–1.17 → 0.86–0.89 s at load 1.3–1.4, the same JSON; RESULTS.md, Scale, "after")."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])


class _MiniLMGraph(abc.ABC):
    """A MiniLM ONNX graph and its tokenizer (cutting at ``max_tokens``), run on batches of inputs of like length
    so that padding, wasted compute, stays small. Subclasses say how a batch is fed (``_run``)."""

    def __init__(self, directory: Path, max_tokens: int, batch: int) -> None:
        self._batch = batch
        self._tokenizer = padded_tokenizer(_require(directory / "tokenizer.json"), max_tokens)
        self._session = _cpu_session(_require(directory / "model.onnx"))

    def for_thread(self) -> Self:
        """The same model with a tokenizer of its own, for another thread: a tokenizer may not be used by two
        threads at once ("Already borrowed"); the ONNX session may, and is shared."""
        twin = copy.copy(self)
        twin._tokenizer = tokenizer_copy(self._tokenizer)
        return twin

    def _by_length(self, items: Sequence[Any], lengths: Sequence[int], out: np.ndarray) -> np.ndarray:
        """``out`` with row k the graph's output for ``items[k]``, run in batches sorted by ``lengths``."""
        order = sorted(range(len(items)), key=lengths.__getitem__)
        for first in range(0, len(order), self._batch):
            chosen = order[first:first + self._batch]
            out[chosen] = self._run([items[k] for k in chosen])
        return out

    @abc.abstractmethod
    def _run(self, batch: list[Any]) -> np.ndarray:
        """The graph's output rows for one batch of inputs."""


class PreciseEncoder(_MiniLMGraph):
    """all-MiniLM-L6-v2, mean-pooled and normalised inside the ONNX graph, weights dynamically int8."""

    def __init__(self, directory: Path, config: Config = DEFAULT) -> None:
        super().__init__(directory, config.max_tokens, config.embed_batch_sentences)

    @property
    def dim(self) -> int:
        return PRECISE_DIM

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), PRECISE_DIM), dtype=np.float32)
        return self._by_length(texts, [len(text) for text in texts], out)

    def _run(self, batch: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(batch)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        return self._session.run(None, feeds)[0]


class PairScorer(_MiniLMGraph):
    """The sentence-pair cross-encoder (``PAIR_DIR``): MiniLM reading both sentences at once, int8 ONNX, giving
    P(paraphrase) for each (a, b) in the order given. Prepared by ``unspun.embed.prepare`` from the packaged
    weights and the adapter learnt from MSRP train; run as the precise encoder runs (two threads, batches of
    pairs sorted by length so padding stays small)."""

    def __init__(self, directory: Path, config: Config = DEFAULT) -> None:
        super().__init__(directory, PAIR_MAX_TOKENS, config.embed_batch_sentences)

    def probabilities(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        """P(paraphrase) of each pair, float32, in the order the pair is given (a first)."""
        out = np.zeros(len(pairs), dtype=np.float32)
        return self._by_length(pairs, [len(a) + len(b) for a, b in pairs], out)

    def _run(self, batch: list[tuple[str, str]]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(batch)
        feeds = {name: np.array([getattr(e, field) for e in encodings], dtype=np.int64)
                 for name, field in (("input_ids", "ids"), ("attention_mask", "attention_mask"),
                                     ("token_type_ids", "type_ids"))}
        return self._session.run(None, feeds)[0]


class StaticEncoder:
    """A model2vec distillation of the same MiniLM: ~50x faster, good enough to find candidates."""

    per_text = True  # a text's vector does not depend on the texts encoded with it (a mean of word vectors)

    def __init__(self, directory: Path) -> None:
        self._model = StaticVectors(directory)

    @property
    def dim(self) -> int:
        return self._model.dim

    def for_thread(self) -> StaticEncoder:
        """The same vectors with a tokenizer of its own, for another thread; the embedding is shared."""
        twin = copy.copy(self)
        twin._model = self._model.for_thread()
        return twin

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = np.asarray(self._model.encode(texts), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        # Rounded to float16, the precision the store keeps: an article read back from the store then
        # aligns exactly as it did when it was fresh (cosines move by ~1e-4).
        return (vectors / np.maximum(norms, 1e-9)).astype(np.float16).astype(np.float32)


class StaticVectors:
    """model2vec's ``StaticModel.from_pretrained(directory).encode`` for the folder ``prepare`` writes (model2vec
    0.10's layout; its truncation, unknown-token rule, mean and normalisation, bit for bit: tests/test_encoders.py).
    Importing model2vec and building its model cost every cold trace and index worker ~0.35 s of CPU (its Hub
    client and model cards, joblib, tqdm; the vocabulary sorted and the tokenizer deep-copied).

    ``embedding`` (token id → vector, float16) is shared by the copies ``for_thread`` makes; ``tokenizer`` is not."""

    def __init__(self, directory: Path) -> None:
        import json

        from safetensors import safe_open
        from tokenizers import Tokenizer

        with safe_open(str(_require(directory / "model.safetensors")), framework="numpy") as tensors:
            if set(tensors.keys()) != {"embeddings"}:  # vocabulary-quantised models (weights, mapping): not ours
                raise ModelsMissingError(f"{directory}: not a static model prepared by unspun")
            self.embedding = tensors.get_tensor("embeddings")
        # A float32 copy of a float16 embedding, made on first use (``_mean_rows``), shared with ``for_thread``'s
        # copies.
        self._wide: list[np.ndarray] = []
        config = json.loads(_require(directory / "config.json").read_text(encoding="utf-8"))
        self._normalize = bool(config.get("normalize", False))
        self._max_tokens: int | None = config.get("max_length", 512)
        described = _require(directory / "tokenizer.json").read_text(encoding="utf-8")
        self.tokenizer = Tokenizer.from_str(described)
        # Word pieces of the words of plain texts (``_PLAIN_TEXT``), by word (``_token_ids``); shared with
        # ``for_thread``'s copies (a word's pieces are the same whoever asks); None: the tokenizer reads such texts
        # otherwise.
        self._pieces: dict[str, list[int]] | None = {} if _bert_words_apply(json.loads(described)) else None
        special = [token.content for token in self.tokenizer.get_added_tokens_decoder().values()]
        self._special = re.compile("|".join(map(re.escape, special))) if special else None
        padding = self.tokenizer.padding
        if padding is not None:  # padding would add [PAD] vectors to every mean but the longest text's
            self.tokenizer.enable_padding(pad_id=padding["pad_id"], pad_token=padding["pad_token"],
                                           pad_type_id=padding["pad_type_id"], length=0)
        if self._max_tokens is None:
            self.tokenizer.no_truncation()
        else:
            self.tokenizer.enable_truncation(self._max_tokens)
        unknown = getattr(self.tokenizer.model, "unk_token", None)
        self._unknown = self.tokenizer.token_to_id(unknown) if unknown is not None else None
        # Texts are cut to max tokens × the median token length in characters before tokenising (model2vec).
        self._median_token_chars = int(np.median([len(token) for token in self.tokenizer.get_vocab()]))

    @property
    def dim(self) -> int:
        return int(self.embedding.shape[1])

    def for_thread(self) -> StaticVectors:
        twin = copy.copy(self)
        twin.tokenizer = tokenizer_copy(self.tokenizer)
        return twin

    def encode(self, texts: list[str]) -> np.ndarray:
        """One row per text: the mean of its tokens' vectors (zeros for none), unit length if the model says so."""
        if self._max_tokens is not None:
            longest = self._max_tokens * self._median_token_chars
            texts = [text[:longest] for text in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=self.embedding.dtype)
        return np.concatenate([self._encode_batch(texts[k:k + 1024]) for k in range(0, len(texts), 1024)])

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        ids = self._token_ids(texts)
        dtype = np.dtype(np.float32) if self.embedding.dtype == np.int8 else self.embedding.dtype
        out = np.zeros((len(ids), self.dim), dtype=dtype)
        by_length: dict[int, list[int]] = {}
        for k, row in enumerate(ids):
            if row:
                by_length.setdefault(len(row), []).append(k)
        for rows in by_length.values():
            out[rows] = self._mean_rows(np.array([ids[k] for k in rows], dtype=np.int64))
        if not self._normalize:
            return out
        wide = out.astype(np.float32)
        return (wide / (np.linalg.norm(wide, axis=1, keepdims=True) + 1e-32)).astype(out.dtype)

    def _token_ids(self, texts: list[str]) -> list[list[int]]:
        """Each text's token ids as the tokenizer gives them (cut to ``max_length``), unknown tokens left out.

        A text of ASCII and Latin-1 (``_PLAIN_TEXT``) is read word by word: a BERT tokenizer normalises it and
        splits it at white space and at each punctuation character (``_bert_words``), and a word's pieces do not
        depend on its neighbours, so each distinct word goes through the word-piece model once (``_pieces``). The
        Rust tokenizer's normalising and pre-tokenising of every sentence was ~60% of the static vectors' cost;
        texts of other scripts still go through it whole."""
        ids: list[list[int]] = [[] for _ in texts]
        words = {k: _bert_words(text) for k, text in enumerate(texts) if self._by_words(text)}
        rest = [k for k in range(len(texts)) if k not in words]
        for k, encoding in zip(rest, self.tokenizer.encode_batch_fast([texts[k] for k in rest],
                                                                      add_special_tokens=False), strict=True):
            ids[k] = encoding.ids
        if words:
            pieces = self._known_pieces(set(itertools.chain.from_iterable(words.values())))
            limit = self._max_tokens
            for k, found in words.items():
                row = list(itertools.chain.from_iterable(map(pieces.__getitem__, found)))
                ids[k] = row if limit is None or len(row) <= limit else row[:limit]
        unknown = self._unknown
        return [[t for t in row if t != unknown] if unknown in row else row for row in ids]

    def _by_words(self, text: str) -> bool:
        """Whether ``text`` may be tokenised word by word (``_token_ids``): of the characters ``_PLAIN_TEXT``
        allows, without a special token ("[UNK]" written in a text is that token to the tokenizer)."""
        return (self._pieces is not None and _PLAIN_TEXT.fullmatch(text) is not None
                and (self._special is None or self._special.search(text) is None))

    def _known_pieces(self, wanted: set[str]) -> dict[str, list[int]]:
        """The word pieces of every word of ``wanted``, in a dict of this call's own: each word new to ``_pieces``
        cut by the word-piece model alone (5x cheaper than the whole tokenizer on one-word texts) and kept there.
        ``_pieces`` is only a cache shared by this model's thread copies (``for_thread``): a full one starts again
        (so it stays within ``_PIECES_HELD`` words) while another thread may still be reading the words it asked
        for, which is why no caller reads it directly."""
        shared = self._pieces
        assert shared is not None
        tokenize = self.tokenizer.model.tokenize  # the word pieces of one normalised word: what the pipeline does
        found: dict[str, list[int]] = {}
        new: list[str] = []
        for word in wanted:
            pieces = shared.get(word)
            if pieces is None:
                new.append(word)
            else:
                found[word] = pieces
        if len(shared) + len(new) > _PIECES_HELD:
            shared.clear()
        for word in new:
            found[word] = shared[word] = [piece.id for piece in tokenize(word)]
        return found

    def _mean_rows(self, ids: np.ndarray) -> np.ndarray:
        """The mean of the token vectors of each row of ``ids`` (texts of one length), in the embedding's dtype.

        numpy averages float16 in float32 and rounds the mean back to float16; read from a float32 copy of the
        embedding (exact), the same sums cost a quarter (numpy's float16 reduction converts every element of
        every token inside its loop; the copy is 30 MB for this model's 30k tokens)."""
        if self.embedding.dtype != np.float16:
            return self.embedding[ids].mean(axis=1)
        if not self._wide:
            self._wide.append(self.embedding.astype(np.float32))
        return self._wide[0][ids].mean(axis=1).astype(np.float16)


def _bert_word_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The characters read word by word (``StaticVectors._token_ids``: printable ASCII, tab and line breaks,
    Latin-1's letters and signs and the general punctuation of U+2010–U+2027, without the soft hyphen, which a
    BERT normaliser removes) and a BERT pre-tokenizer's words among them once normalised: runs of what is neither
    white space nor punctuation, and each punctuation character alone (ASCII's non-alphanumeric signs and
    Unicode's P* categories; currency and other symbols belong to their words)."""
    codes = [*range(0x20, 0x7F), *range(0xA0, 0x100), *range(0x2010, 0x2028)]
    chars = [chr(code) for code in codes if code != 0xAD]
    punctuation = "".join(c for c in chars if (c.isascii() and not c.isalnum() and not c.isspace())
                          or unicodedata.category(c).startswith("P"))
    plain = re.compile("[" + re.escape("".join(chars)) + "\t\n\r]*")
    return plain, re.compile(f"[^\\s{re.escape(punctuation)}]+|[{re.escape(punctuation)}]")


_PLAIN_TEXT, _BERT_WORD = _bert_word_pattern()
_ACCENTS = re.compile("[\u0300-\u036f]")  # the combining marks Latin-1's letters decompose into
_PIECES_HELD = 100_000  # words: ~30 MB (~300 bytes a word with its pieces; the Scale WARC has 94k distinct words)


def _bert_words(text: str) -> list[str]:
    """The words a BERT tokenizer that lower-cases and strips accents cuts a ``_PLAIN_TEXT`` text into: its
    normaliser decomposes the text (NFD), drops the combining marks and lower-cases it."""
    if not text.isascii():
        text = _ACCENTS.sub("", unicodedata.normalize("NFD", text))
    return _BERT_WORD.findall(text.lower())


def _bert_words_apply(tokenizer: dict[str, Any]) -> bool:
    """Whether the tokenizer described by ``tokenizer`` (its ``tokenizer.json``) reads a ``_PLAIN_TEXT`` text as
    ``_bert_words`` cuts it: a BERT normaliser that lower-cases and strips accents (``strip_accents`` unset
    follows ``lowercase``), the BERT pre-tokenizer and word pieces."""
    normalizer, pre = tokenizer.get("normalizer") or {}, tokenizer.get("pre_tokenizer") or {}
    return (normalizer.get("type") == "BertNormalizer" and normalizer.get("lowercase") is True
            and normalizer.get("strip_accents") in (None, True) and pre.get("type") == "BertPreTokenizer"
            and (tokenizer.get("model") or {}).get("type") == "WordPiece")


def precise_encoder(cache: Path | None = None, config: Config = DEFAULT) -> PreciseEncoder:
    """MiniLM with ``config``'s token limit and batch size, loaded once per process for each."""
    return _precise(cache, config.max_tokens, config.embed_batch_sentences)


# Models load once per process and are shared (a model gives every caller the same vectors); keyed by the
# settings that shape them, so engines with other settings get their own.
@functools.lru_cache(maxsize=4)
def _precise(cache: Path | None, max_tokens: int, batch: int) -> PreciseEncoder:
    config = dataclasses.replace(DEFAULT, max_tokens=max_tokens, embed_batch_sentences=batch)
    return PreciseEncoder(models_dir(cache) / PRECISE_DIR, config)


def pair_scorer(cache: Path | None = None, config: Config = DEFAULT) -> PairScorer:
    """The cross-encoder with ``config``'s batch size, loaded once per process."""
    return _pair_scorer(cache, config.embed_batch_sentences)


@functools.lru_cache(maxsize=2)
def _pair_scorer(cache: Path | None, batch: int) -> PairScorer:
    return PairScorer(models_dir(cache) / PAIR_DIR, dataclasses.replace(DEFAULT, embed_batch_sentences=batch))


@functools.lru_cache(maxsize=2)
def static_encoder(cache: Path | None = None) -> StaticEncoder:
    return StaticEncoder(models_dir(cache) / STATIC_DIR)
