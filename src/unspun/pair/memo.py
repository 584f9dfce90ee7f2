"""Bounded memos an engine owns (``unspun.pair.engine``): nothing here is process-global.

``Memo`` remembers per-article work (prepared sentences, names, spin scores) by key; ``VectorMemo`` is an
``Encoder`` that remembers each call's vectors. Both drop their least recently used entries beyond a limit.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

import numpy as np

from unspun.embed.encoders import Encoder

T = TypeVar("T")


class Memo:
    """Values by key, at most ``limit`` of them (the least recently used goes first)."""

    def __init__(self, limit: int, large: Memo | None = None) -> None:
        """``large``: where ``remembered_large`` keeps a text's large readings (its word bigrams, its 3-grams), a
        memo of fewer entries than this one; this memo itself when none is given."""
        self._known: OrderedDict[Hashable, Any] = OrderedDict()
        self._limit = limit
        self.large: Memo = self if large is None else large

    def __len__(self) -> int:
        return len(self._known)

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The value remembered for ``key``, or ``compute()`` remembered."""
        if key in self._known:
            self._known.move_to_end(key)
            return self._known[key]
        value = compute()
        self.put(key, value)
        return value

    def find(self, key: Hashable) -> Any:
        """The value remembered for ``key``, or None."""
        if key in self._known:
            self._known.move_to_end(key)
            return self._known[key]
        return None

    def put(self, key: Hashable, value: object) -> None:
        self._known[key] = value
        self._known.move_to_end(key)
        while len(self._known) > self._limit:
            self._known.popitem(last=False)


def remembered(memo: Memo | None, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()`` through ``memo`` when there is one (stages take an optional memo from their engine)."""
    return compute() if memo is None else memo.get(key, compute)


def remembered_large(memo: Memo | None, key: Hashable, compute: Callable[[], T]) -> T:
    """``remembered`` in ``memo``'s memo of large readings (``Memo.large``): values of tens of KB a text, which
    an entry limit meant for small ones would let grow to GBs."""
    return remembered(None if memo is None else memo.large, key, compute)


class VectorMemo:
    """An encoder that remembers the vectors of each call, by the texts of the call (an article's sentences,
    or a pair's).

    Remembering whole calls, not single sentences, keeps results independent of history: int8 MiniLM
    quantises activations per batch, so a sentence's vector shifts slightly with the sentences encoded
    beside it; the same call always gets the same vectors, whatever was encoded before.
    ``limit`` bounds the sentences held."""

    def __init__(self, inner: Encoder, limit: int = 200_000) -> None:
        self.inner = inner
        self._known: OrderedDict[Hashable, np.ndarray] = OrderedDict()
        self._held = 0
        self._limit = limit

    @property
    def dim(self) -> int:
        return self.inner.dim

    def encode(self, texts: list[str]) -> np.ndarray:
        key = tuple(texts)
        vectors = self._known.get(key)
        if vectors is not None:
            self._known.move_to_end(key)
            return vectors
        vectors = self.inner.encode(list(texts)) if texts else np.zeros((0, self.dim), dtype=np.float32)
        self.remember(texts, vectors)
        return vectors

    def encode_pair(self, texts_a: list[str], texts_b: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The vectors of two articles' sentences. Encoded together, each distinct sentence once, unless the
        encoder is ``per_text`` (then each article's are its own, shared by all its pairs)."""
        if getattr(self.inner, "per_text", False):
            return self.encode(texts_a), self.encode(texts_b)
        key = ("pair", tuple(texts_a), tuple(texts_b))
        both = self._known.get(key)
        if both is None:
            distinct = list(dict.fromkeys([*texts_a, *texts_b]))
            row = {text: k for k, text in enumerate(distinct)}
            encoded = self.inner.encode(distinct) if distinct else np.zeros((0, self.dim), dtype=np.float32)
            both = encoded[[row[t] for t in [*texts_a, *texts_b]]] if distinct else encoded
            self._store(key, both, len(texts_a) + len(texts_b))
        else:
            self._known.move_to_end(key)
        return both[: len(texts_a)], both[len(texts_a) :]

    def encode_many(self, groups: Sequence[list[str]]) -> list[np.ndarray]:
        """``encode`` of each group. An encoder whose vectors do not depend on the batch (``per_text``, the
        static model) gets one call for every group not remembered: its per-call cost is paid once."""
        if not getattr(self.inner, "per_text", False):
            return [self.encode(texts) for texts in groups]
        missing = list(dict.fromkeys(tuple(t) for t in groups if t and tuple(t) not in self._known))
        distinct = list(dict.fromkeys(text for texts in missing for text in texts))  # copies repeat sentences
        if distinct:
            vectors = self.inner.encode(distinct)
            row = {text: k for k, text in enumerate(distinct)}
            for texts in missing:
                self.remember(texts, vectors[[row[t] for t in texts]])
        return [self.encode(texts) for texts in groups]

    def remember(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        """Vectors for ``texts`` from the same encoder (computed here, stored, or in another process)."""
        key = tuple(texts)
        if len(vectors) != len(key):
            raise ValueError(f"{len(vectors)} vectors for {len(key)} texts")
        if key not in self._known:
            self._store(key, vectors, len(key))

    def _store(self, key: Hashable, vectors: np.ndarray, rows: int) -> None:
        self._known[key] = vectors
        self._held += rows
        while self._held > self._limit and len(self._known) > 1:
            _, dropped = self._known.popitem(last=False)
            self._held -= len(dropped)
