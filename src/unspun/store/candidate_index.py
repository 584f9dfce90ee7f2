"""The candidate index saved beside a store: ``news.db.candidates.npz``, valid for one store generation.

Building the index reads every stored fingerprint (seconds for 100k articles); a saved copy is loaded instead
while the store has not changed since (its generation, advanced by every committed batch, is saved with it).
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import numpy as np

from unspun.corpus.candidates import DEFAULT_CANDIDATES, CandidateConfig, CandidateIndex, build_index
from unspun.store.sqlite import Store


def cache_path(db: Path) -> Path:
    return db.with_name(db.name + ".candidates.npz")


def save_index(index: CandidateIndex, path: Path, generation: int) -> None:
    """Write ``index`` for store ``generation`` atomically (a reader never sees half a file); an empty index
    writes nothing."""
    state = index.state()
    if not state:
        return
    buffer = io.BytesIO()
    np.savez(buffer, generation=np.int64(generation), **state)
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_bytes(buffer.getvalue())
    temporary.replace(path)


def read_index(path: Path, generation: int, config: CandidateConfig = DEFAULT_CANDIDATES) -> CandidateIndex | None:
    """The index saved at ``path`` if it was saved at ``generation``, else None (absent, stale or unreadable)."""
    try:
        data = np.load(path)
        if int(data["generation"]) != generation:
            return None
        return CandidateIndex.from_state(data, config)
    except (OSError, ValueError, KeyError):
        return None


def load_index(store: Store, config: CandidateConfig = DEFAULT_CANDIDATES) -> CandidateIndex:
    """The index for the store's current generation: the saved one, or rebuilt from the store and saved."""
    generation = store.generation()
    path = cache_path(store.path)
    saved = read_index(path, generation, config)
    if saved is not None:
        return saved
    index = build_index(store.fingerprints(), config)
    with contextlib.suppress(OSError):  # a read-only directory only costs the rebuild next time
        save_index(index, path, generation)
    return index
