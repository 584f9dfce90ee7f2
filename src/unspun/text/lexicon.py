"""English word frequencies (wordfreq) and word-pair counts (symspellpy's bigram list), loaded fast.

Parsing the packages' own files takes ~0.9 s, most of a cold ``compare``; so the parsed tables are pickled
once into the cache directory (``unspun prepare`` does it, or the first run that needs them) and later runs
load them in tens of milliseconds.
"""

from __future__ import annotations

import functools
import math
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path

from unspun.config import default_cache_dir

_VERSION = 1


def _cached_table(name: str, build: Callable[[], dict[str, float]]) -> dict[str, float]:
    path = default_cache_dir() / "lexicon" / f"{name}-v{_VERSION}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError):
        table = build()
        _save(path, table)
        return table


def _save(path: Path, table: dict[str, float]) -> None:
    # Written beside the target and renamed: two processes starting at once never read half a file.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, scratch = tempfile.mkstemp(dir=path.parent, suffix=".partial")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(table, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(scratch, path)
    except OSError:
        pass  # a read-only cache only costs speed


def _word_frequencies() -> dict[str, float]:
    import wordfreq

    return {word: math.log10(freq) + 9.0 for word, freq in wordfreq.get_frequency_dict("en").items() if freq > 0}


def _bigram_counts() -> dict[str, float]:
    from importlib import resources

    listing = resources.files("symspellpy") / "frequency_bigramdictionary_en_243_342.txt"
    table = {}
    with listing.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) == 3 and parts[2].isdigit():
                table[f"{parts[0]} {parts[1]}"] = math.log10(int(parts[2]))
    return table


@functools.cache
def word_zipf_table() -> dict[str, float]:
    """Lower-case word → wordfreq Zipf frequency (log10 per billion words; "the" ≈ 7.7, "dirt" ≈ 4.1)."""
    return _cached_table("word-zipf", _word_frequencies)


@functools.cache
def bigram_table() -> dict[str, float]:
    """symspellpy's 243k most frequent English word pairs ("the soil") → log10 of their count."""
    return _cached_table("bigrams", _bigram_counts)


def zipf(word: str) -> float:
    """Zipf frequency of a lower-case word, 0 when unknown."""
    return word_zipf_table().get(word, 0.0)


def warm() -> None:
    """Build both cached tables (called by ``unspun prepare``)."""
    word_zipf_table()
    bigram_table()
