"""The candidate index saved beside a store (``news.db.candidates.npz``), and the settings a store was built with.

Building the index reads every stored fingerprint (seconds for 100k articles); a saved copy is loaded instead
while the store has not changed since (its generation, advanced by every committed batch, is saved with it)
and it was built with the same fingerprint and candidate settings (saved with it too); otherwise it is rebuilt.

A rebuilt index is the one ``index`` grew: articles added one at a time in key order, so its vector lists are
trained at the same sizes on the same vectors, and a run resumed after a crash finds the candidates an
uninterrupted run found.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import numpy as np

from unspun.config import (
    DEFAULT_SETTINGS,
    STORED_SECTIONS,
    Settings,
    known_settings,
    removed_settings,
    settings_dict,
    settings_differences,
    settings_from_dict,
)
from unspun.corpus.candidates import CandidateIndex
from unspun.errors import SettingsError
from unspun.store.sqlite import Store

# What the saved index depends on besides the store's content.
INDEX_SECTIONS = ("fingerprint", "candidates")


def cache_path(db: Path) -> Path:
    return db.with_name(db.name + ".candidates.npz")


def save_index(index: CandidateIndex, path: Path, generation: int, settings: Settings = DEFAULT_SETTINGS) -> None:
    """Write ``index`` for store ``generation`` atomically (a reader never sees half a file), with the settings
    it was built with; an empty index writes nothing."""
    state = index.state()
    if not state:
        return
    buffer = io.BytesIO()
    saved = np.array(json.dumps(settings_dict(settings, INDEX_SECTIONS), sort_keys=True))
    arrays: dict[str, np.ndarray] = {"generation": np.asarray(generation, dtype=np.int64), "settings": saved, **state}
    np.savez(buffer, allow_pickle=False, **arrays)
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_bytes(buffer.getvalue())
    temporary.replace(path)


def read_index(path: Path, generation: int, settings: Settings = DEFAULT_SETTINGS) -> CandidateIndex | None:
    """The index saved at ``path`` if it was saved at ``generation`` with these ``settings``' fingerprint and
    candidate sections, else None (absent, stale, built with other settings, or unreadable)."""
    try:
        with np.load(path) as data:  # closed after: an open file would pin the store's folder (unmount, delete)
            if int(data["generation"]) != generation:
                return None
            if settings_differences(json.loads(str(data["settings"])), settings, INDEX_SECTIONS):
                return None
            return CandidateIndex.from_state(data, settings.candidates)
    except (OSError, ValueError, KeyError):
        return None


def load_index(store: Store, settings: Settings = DEFAULT_SETTINGS) -> CandidateIndex:
    """The index for the store's current generation and ``settings``: the saved one, or rebuilt from the store
    and saved. Refused (``SettingsError``) when the store's fingerprints were made with other settings."""
    require_settings(store, settings, ("fingerprint",), "search it with the settings it was built with")
    generation = store.generation()
    path = cache_path(store.path)
    saved = read_index(path, generation, settings)
    if saved is not None:
        return saved
    index = CandidateIndex(settings.candidates)
    for item in store.fingerprints():
        index.add([item])
    with contextlib.suppress(OSError):  # a read-only directory only costs the rebuild next time
        save_index(index, path, generation, settings)
    return index


def require_settings(store: Store, settings: Settings, sections: tuple[str, ...], fix: str) -> None:
    """Refuse ``settings`` whose ``sections`` differ from those the store was built with (``fix`` says what to
    do instead). A store that saved no settings (made before settings were saved) accepts any."""
    saved = store.saved_settings()
    differences = settings_differences(saved, settings, sections) if saved is not None else []
    if differences:
        shown = "; ".join(differences[:4]) + (f"; and {len(differences) - 4} more" if len(differences) > 4 else "")
        if saved is not None and removed_settings(saved, sections):
            # a setting this version removed: no settings file can match it, so the store is read but not extended
            fix = "it was built by an older version of unspun; read it as it is, or index into a new store"
        raise SettingsError(f"store {store.path} was built with other settings ({shown}): {fix}")


def store_settings(store: Store, given: Settings | None = None) -> Settings:
    """The settings to read or extend ``store`` with: ``given`` when the sections that shape stored results agree
    with the tree the store saved (else ``SettingsError``, one line), or else that saved tree whole (its
    ``stories``, ``candidates``, ``serve``… sections too), the defaults for a store that saved none. Every shell
    reading a store starts here, so ``stories``, ``report``, ``serve`` and ``trace`` read it as it was built."""
    if given is not None:
        require_settings(store, given, STORED_SECTIONS, "read it with the settings it saved")
        return given
    saved = store.saved_settings()
    if saved is None:
        return DEFAULT_SETTINGS
    return settings_from_dict(known_settings(saved), f"the settings saved in store {store.path}")


def settings_at(db: Path, given: Settings | None = None) -> Settings:
    """``store_settings`` of the store at ``db``; for a store not made yet, ``given`` or the defaults."""
    if not Path(db).exists():
        return given if given is not None else DEFAULT_SETTINGS
    with Store(Path(db), create=False) as store:
        return store_settings(store, given)


def adopt_settings(store: Store, settings: Settings) -> None:
    """Before indexing into ``store``: refuse settings that would mix two kinds of stored results, and save
    the tree in a store that has none yet."""
    require_settings(
        store, settings, STORED_SECTIONS,
        "index into a new store, or with the settings it saved",
    )
    if store.saved_settings() is None:
        with store.transaction():
            store.save_settings(settings_dict(settings))
