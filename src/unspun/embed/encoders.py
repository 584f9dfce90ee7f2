"""Sentence vectors, run-time side: MiniLM as int8 ONNX (precise) and a distilled static model (fast).

Both are prepared once by ``unspun.embed.prepare`` (``make demo``) into the cache directory. This module only
needs onnxruntime, tokenizers and model2vec, never torch: a cold ``compare`` stays well under two seconds.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from unspun.config import DEFAULT, Config, default_cache_dir
from unspun.errors import ModelsMissingError

PRECISE_DIR = "minilm-int8"
STATIC_DIR = "minilm-static"
PRECISE_DIM = 384


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


class PreciseEncoder:
    """all-MiniLM-L6-v2, mean-pooled and normalised inside the ONNX graph, weights dynamically int8."""

    def __init__(self, directory: Path, config: Config = DEFAULT) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self._batch = config.embed_batch_sentences
        self._tokenizer = Tokenizer.from_file(str(_require(directory / "tokenizer.json")))
        self._tokenizer.enable_truncation(config.max_tokens)
        self._tokenizer.enable_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = 2
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            str(_require(directory / "model.onnx")), options, providers=["CPUExecutionProvider"]
        )

    @property
    def dim(self) -> int:
        return PRECISE_DIM

    def for_thread(self) -> PreciseEncoder:
        """The same model with a tokenizer of its own, for another thread: a tokenizer may not be used by two
        threads at once ("Already borrowed"); the ONNX session may, and is shared."""
        from tokenizers import Tokenizer

        twin = copy.copy(self)
        twin._tokenizer = Tokenizer.from_str(self._tokenizer.to_str())  # truncation and padding included
        return twin

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), PRECISE_DIM), dtype=np.float32)
        # Sorting by length keeps padding (wasted compute) small within each batch.
        order = sorted(range(len(texts)), key=lambda k: len(texts[k]))
        for first in range(0, len(order), self._batch):
            chosen = order[first:first + self._batch]
            out[chosen] = self._run([texts[k] for k in chosen])
        return out

    def _run(self, batch: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(batch)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        return self._session.run(None, feeds)[0]


class StaticEncoder:
    """A model2vec distillation of the same MiniLM: ~50x faster, good enough to find candidates."""

    per_text = True  # a text's vector does not depend on the texts encoded with it (a mean of word vectors)

    def __init__(self, directory: Path) -> None:
        self._model = _static_model(directory)

    @property
    def dim(self) -> int:
        return int(self._model.dim)

    def for_thread(self) -> StaticEncoder:
        """The same vectors with a tokenizer of its own, for another thread (model2vec sets the tokenizer's
        truncation on every call, which fails while another thread tokenizes); the embedding is shared."""
        from tokenizers import Tokenizer

        twin, model = copy.copy(self), copy.copy(self._model)
        model.tokenizer = Tokenizer.from_str(self._model.tokenizer.to_str())
        twin._model = model
        return twin

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = np.asarray(self._model.encode(texts), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        # Rounded to float16, the precision the store keeps: an article read back from the store then
        # aligns exactly as it did when it was fresh (cosines move by ~1e-4).
        return (vectors / np.maximum(norms, 1e-9)).astype(np.float16).astype(np.float32)


def _static_model(directory: Path) -> Any:  # -> model2vec.StaticModel
    """``StaticModel.from_pretrained(directory)`` for a folder ``prepare`` wrote (model2vec's own layout), read
    here: model2vec's loader imports huggingface_hub (its model cards, the Hub client) to resolve a Hub name and
    read the README's metadata, ~0.18 s of CPU a cold ``trace`` does not need. The same arrays, tokenizer and
    config reach the same constructor (tests/test_encoders.py compares the vectors)."""
    import json

    from model2vec.model import DEFAULT_MAX_LENGTH, StaticModel
    from safetensors import safe_open
    from tokenizers import Tokenizer

    with safe_open(str(_require(directory / "model.safetensors")), framework="numpy") as tensors:
        present = set(tensors.keys())
        vectors = tensors.get_tensor("embeddings")
        weights, mapping = (tensors.get_tensor(name) if name in present else None for name in ("weights", "mapping"))
    config = json.loads(_require(directory / "config.json").read_text(encoding="utf-8"))
    return StaticModel(
        vectors=vectors,
        tokenizer=Tokenizer.from_file(str(_require(directory / "tokenizer.json"))),
        config=config,
        normalize=config.get("normalize", False),
        weights=weights,
        token_mapping=mapping,
        max_length=config.get("max_length", DEFAULT_MAX_LENGTH),
    )


def precise_encoder(cache: Path | None = None, config: Config = DEFAULT) -> PreciseEncoder:
    """MiniLM with ``config``'s token limit and batch size, loaded once per process for each."""
    return _precise(cache, config.max_tokens, config.embed_batch_sentences)


# Models load once per process and are shared (a model gives every caller the same vectors); keyed by the
# settings that shape them, so engines with other settings get their own.
@functools.lru_cache(maxsize=4)
def _precise(cache: Path | None, max_tokens: int, batch: int) -> PreciseEncoder:
    config = dataclasses.replace(DEFAULT, max_tokens=max_tokens, embed_batch_sentences=batch)
    return PreciseEncoder(models_dir(cache) / PRECISE_DIR, config)


@functools.lru_cache(maxsize=2)
def static_encoder(cache: Path | None = None) -> StaticEncoder:
    return StaticEncoder(models_dir(cache) / STATIC_DIR)
