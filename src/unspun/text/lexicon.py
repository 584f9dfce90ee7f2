"""English word frequencies (wordfreq) and word-pair counts (symspellpy's bigram list), loaded fast.

Parsing the packages' own files takes ~0.9 s, most of a cold ``compare``; so the parsed tables are written once
into the cache directory (``unspun prepare`` does it, or the first run that needs them). Even a pickled dict took
~0.2 s of CPU to load (321k words, 242k pairs), a sixth of a cold ``compare`` that looks up ~3,000 of them; so
each table is kept in 65,536 buckets by a hash of the key, and a ``Lexicon`` reads a bucket the first time a key
of it is asked for. A process that asks for most keys (an indexer) loads them all (``Lexicon.load_all``).
"""

from __future__ import annotations

import functools
import marshal
import math
import os
import tempfile
import zlib
from array import array
from collections.abc import Callable
from pathlib import Path

from unspun.config import default_cache_dir

_VERSION = 3
_MAGIC = b"unspun-lexicon-3"
_SUM = 4  # bytes of the crc32 of everything after it, checked on open (~1.4 ms a table)
_BUCKETS = 1 << 16
_ABSENT = object()


class Lexicon:
    """A read-only ``str → float`` table (``get``, ``in``) read from its file bucket by bucket, on demand.

    Answers are those of the dict it was written from whatever was asked before: a bucket holds every key that
    hashes to it, so a key absent from a loaded bucket is absent from the table."""

    def __init__(self, blob: bytes) -> None:
        header = len(_MAGIC) + _SUM
        end = header + 8 * (_BUCKETS + 1)
        if not blob.startswith(_MAGIC) or len(blob) < end:
            raise ValueError("not an unspun lexicon file, or one cut short")
        # A bucket is read only when a word of it is asked for: a damaged one would fail mid-comparison, so the
        # whole file is checked here, where a failure means "build it again".
        if int.from_bytes(blob[len(_MAGIC):header], "little") != zlib.crc32(memoryview(blob)[header:]):
            raise ValueError("lexicon file damaged")
        self._blob = blob
        self._offsets = memoryview(blob)[header:end].cast("Q")
        if self._offsets[-1] != len(blob):
            raise ValueError("lexicon file cut short")
        self._loaded = bytearray(_BUCKETS)
        self._known: dict[str, float] = {}

    def get(self, key: str, default: float = 0.0) -> float:
        value = self._known.get(key, _ABSENT)
        if value is _ABSENT:
            bucket = _bucket(key)
            if self._loaded[bucket]:
                return default
            self._load(bucket)
            value = self._known.get(key, default)
        return value  # type: ignore[return-value]

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        if key in self._known:
            return True
        bucket = _bucket(key)
        if self._loaded[bucket]:
            return False
        self._load(bucket)
        return key in self._known

    def load_all(self) -> None:
        """Read every bucket not read yet (a worker that will look up most words, before its first task)."""
        for bucket in range(_BUCKETS):
            if not self._loaded[bucket]:
                self._load(bucket)

    def _load(self, bucket: int) -> None:
        self._known.update(marshal.loads(self._blob[self._offsets[bucket]:self._offsets[bucket + 1]]))
        self._loaded[bucket] = 1


def _bucket(key: str) -> int:
    # crc32, not hash(): the bucket must be the same in the process that wrote the file and every reader.
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % _BUCKETS


def lexicon_bytes(table: dict[str, float]) -> bytes:
    """The file a ``Lexicon`` reads: a header and the body's crc32, ``_BUCKETS + 1`` offsets, then one marshalled
    dict per bucket."""
    buckets: list[dict[str, float]] = [{} for _ in range(_BUCKETS)]
    for key, value in table.items():
        buckets[_bucket(key)][key] = value
    parts = [marshal.dumps(part) for part in buckets]
    offsets = array("Q", [0] * (_BUCKETS + 1))
    position = len(_MAGIC) + _SUM + offsets.itemsize * len(offsets)
    for k, part in enumerate(parts):
        offsets[k] = position
        position += len(part)
    offsets[_BUCKETS] = position
    body = b"".join([offsets.tobytes(), *parts])
    return b"".join([_MAGIC, zlib.crc32(body).to_bytes(_SUM, "little"), body])


def _cached_table(name: str, build: Callable[[], dict[str, float]]) -> Lexicon:
    path = default_cache_dir() / "lexicon" / f"{name}-v{_VERSION}.bin"
    try:
        return Lexicon(path.read_bytes())
    except (OSError, ValueError):
        blob = lexicon_bytes(build())
        _save(path, blob)
        return Lexicon(blob)


def _save(path: Path, blob: bytes) -> None:
    # Written beside the target and renamed: two processes starting at once never read half a file.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, scratch = tempfile.mkstemp(dir=path.parent, suffix=".partial")
        with os.fdopen(handle, "wb") as out:
            out.write(blob)
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
def word_zipf_table() -> Lexicon:
    """Lower-case word → wordfreq Zipf frequency (log10 per billion words; "the" ≈ 7.7, "dirt" ≈ 4.1)."""
    return _cached_table("word-zipf", _word_frequencies)


@functools.cache
def bigram_table() -> Lexicon:
    """symspellpy's 243k most frequent English word pairs ("the soil") → log10 of their count."""
    return _cached_table("bigrams", _bigram_counts)


def zipf(word: str) -> float:
    """Zipf frequency of a lower-case word, 0 when unknown."""
    return word_zipf_table().get(word, 0.0)


def warm() -> None:
    """Write both cached tables if absent and read them whole (``unspun prepare``, a worker before its first
    task: it will look up most words)."""
    word_zipf_table().load_all()
    bigram_table().load_all()
