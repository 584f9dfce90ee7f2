"""The corpus store: one SQLite file with articles, sentences, fingerprints, pairs and stories.

WAL mode with ``synchronous=NORMAL``: a batch is one transaction, so a process killed mid-batch leaves the
previous batches intact and the interrupted one absent. The schema is versioned with ``PRAGMA user_version``;
version 2 adds what every comparison of a stored article needs and is costly to recompute (its spin score
and its sentences' static vectors), and a version 1 store is migrated in place (its articles get them when
re-indexed; until then they are computed when needed).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from unspun.corpus.fingerprint import StoredFingerprint
from unspun.errors import StoreError, StoreMissingError
from unspun.model import Article, ArticleMeta, Removed, Segmented, Span, StoredPair, Story, Verdict

SCHEMA_VERSION = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles(
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    title TEXT, published TEXT, site TEXT, url TEXT,
    credits TEXT NOT NULL DEFAULT '[]',
    text TEXT NOT NULL,
    spin REAL
);
CREATE TABLE IF NOT EXISTS sentences(
    article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    PRIMARY KEY(article, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fingerprints(
    article INTEGER PRIMARY KEY REFERENCES articles(pk) ON DELETE CASCADE,
    minhash BLOB NOT NULL, doc_vector BLOB NOT NULL, sentence_vectors BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS sentence_vectors(
    article INTEGER PRIMARY KEY REFERENCES articles(pk) ON DELETE CASCADE,
    vectors BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS pairs(
    a INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    b INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    relation TEXT NOT NULL, direction TEXT NOT NULL, confidence REAL NOT NULL,
    coverage_a REAL NOT NULL, coverage_b REAL NOT NULL, evidence TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY(a, b)
);
CREATE INDEX IF NOT EXISTS pairs_b ON pairs(b);
CREATE TABLE IF NOT EXISTS stories(
    id TEXT PRIMARY KEY, origin TEXT, articles TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
# What extraction dropped from each article, for the article pages of ``serve`` and ``report``. Added without a
# schema version: an older store gains the empty table when opened, and its articles their blocks when re-indexed.
_REMOVED = """
CREATE TABLE IF NOT EXISTS removed(
    article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    idx INTEGER NOT NULL, text TEXT NOT NULL, reason TEXT NOT NULL,
    PRIMARY KEY(article, idx)
) WITHOUT ROWID;
"""


@dataclass(frozen=True, slots=True)
class StoredAnalysis:
    """What comparisons reuse of a stored article, when the indexer stored it (None: compute it again)."""

    spin: float | None
    vectors: np.ndarray | None  # float32 (sentences, dim): every sentence's static vector, stored as float16


class Store:
    """Access to one store file. Use as a context manager, or call ``close``."""

    def __init__(self, path: Path, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreMissingError(self.path)
        self._db = _connect(self.path)
        self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all; the store generation advances on commit."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self._db.execute(
                "INSERT INTO meta VALUES('generation', '1') "
                "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
            )
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    # --- writing -------------------------------------------------------------------------------------

    def add_article(
        self,
        article: Article,
        content_hash: str,
        seg: Segmented,
        fingerprint: StoredFingerprint,
        analysis: StoredAnalysis | None = None,
    ) -> int:
        """Insert (or replace, when the id exists with other content) one article; returns its key."""
        analysis = analysis or StoredAnalysis(None, None)
        self._db.execute("DELETE FROM articles WHERE id = ?", (article.id,))
        cursor = self._db.execute(
            "INSERT INTO articles(id, content_hash, title, published, site, url, credits, text, spin) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                content_hash,
                article.title,
                article.published,
                article.site,
                article.url,
                json.dumps(list(article.credits)),
                article.text,
                analysis.spin,
            ),
        )
        pk = int(cursor.lastrowid or 0)
        self._db.executemany(
            "INSERT INTO sentences VALUES(?, ?, ?, ?)",
            [(pk, i, s.start, s.end) for i, s in enumerate(seg.sentences)],
        )
        self._db.execute(
            "INSERT INTO fingerprints VALUES(?, ?, ?, ?)",
            (
                pk,
                fingerprint.minhash.astype(np.uint32).tobytes(),
                fingerprint.doc_vector.astype(np.float16).tobytes(),
                fingerprint.sentence_vectors.astype(np.float16).tobytes(),
            ),
        )
        self._db.executemany(
            "INSERT INTO removed VALUES(?, ?, ?, ?)", [(pk, i, r.text, r.reason) for i, r in enumerate(article.removed)]
        )
        if analysis.vectors is not None and len(analysis.vectors) == len(seg.sentences):
            self._db.execute(
                "INSERT INTO sentence_vectors VALUES(?, ?)", (pk, analysis.vectors.astype(np.float16).tobytes())
            )
        return pk

    def add_pair(self, a: int, b: int, verdict: Verdict) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO pairs VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
            (
                a,
                b,
                verdict.relation,
                verdict.direction,
                verdict.confidence,
                verdict.coverage_a,
                verdict.coverage_b,
                json.dumps(list(verdict.evidence)),
            ),
        )

    def replace_stories(self, stories: Sequence[Story]) -> None:
        self._db.execute("DELETE FROM stories")
        self._db.executemany(
            "INSERT INTO stories VALUES(?, ?, ?)",
            [(s.id, s.origin, json.dumps(list(s.articles))) for s in stories],
        )

    # --- reading -------------------------------------------------------------------------------------

    def stored_hashes(self) -> dict[str, str]:
        """Content hash of every stored article, by id: what an incremental run skips."""
        return dict(self._db.execute("SELECT id, content_hash FROM articles"))

    def keys_of(self, ids: list[str]) -> list[int]:
        """Keys of the stored articles among ``ids``."""
        found: list[int] = []
        for first in range(0, len(ids), 500):  # SQLite's bound-parameter limit
            chunk = ids[first : first + 500]
            marks = ",".join("?" * len(chunk))
            found += [r[0] for r in self._db.execute(f"SELECT pk FROM articles WHERE id IN ({marks})", chunk)]
        return found

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def generation(self) -> int:
        """Advances with every committed batch: cached indexes built at another generation are stale."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def article(self, pk: int) -> Article:
        row = self._db.execute(
            "SELECT id, text, title, published, url, site, credits FROM articles WHERE pk = ?", (pk,)
        ).fetchone()
        if row is None:
            raise KeyError(pk)
        return Article(row[0], row[1], row[2], row[3], row[4], row[5], tuple(json.loads(row[6])))

    def sentences(self, pk: int) -> tuple[Span, ...]:
        rows = self._db.execute('SELECT start, "end" FROM sentences WHERE article = ? ORDER BY idx', (pk,))
        return tuple(Span(start, end) for start, end in rows)

    def analysis(self, pk: int, sentences: int) -> StoredAnalysis:
        """The stored spin score and sentence vectors of an article with ``sentences`` sentences."""
        row = self._db.execute(
            "SELECT a.spin, v.vectors FROM articles a LEFT JOIN sentence_vectors v ON v.article = a.pk WHERE a.pk = ?",
            (pk,),
        ).fetchone()
        if row is None:
            raise KeyError(pk)
        spin, blob = row
        vectors = None
        if blob is not None and sentences and len(blob) % (2 * sentences) == 0:
            vectors = np.frombuffer(blob, dtype=np.float16).reshape(sentences, -1).astype(np.float32)
        return StoredAnalysis(spin, vectors)

    def metas(self) -> list[ArticleMeta]:
        rows = self._db.execute(
            "SELECT pk, id, title, published, site, credits, length(text) FROM articles ORDER BY pk"
        )
        return [ArticleMeta(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5])), r[6]) for r in rows]

    def texts(self) -> Iterator[tuple[int, str]]:
        yield from self._db.execute("SELECT pk, text FROM articles ORDER BY pk")

    def fingerprints(self) -> Iterator[tuple[int, StoredFingerprint]]:
        rows = self._db.execute(
            "SELECT article, minhash, doc_vector, sentence_vectors FROM fingerprints ORDER BY article"
        )
        for pk, minhash, doc, sentences in rows:
            yield pk, decode_fingerprint(minhash, doc, sentences)

    def pairs(self) -> list[StoredPair]:
        rows = self._db.execute(
            "SELECT a, b, relation, direction, confidence, coverage_a, coverage_b, evidence FROM pairs ORDER BY a, b"
        )
        return [StoredPair(r[0], r[1], Verdict(r[2], r[3], r[4], r[5], r[6], tuple(json.loads(r[7])))) for r in rows]

    def pairs_of(self, pk: int) -> list[StoredPair]:
        """The stored verdicts that involve article ``pk``, on either side."""
        rows = self._db.execute(
            "SELECT a, b, relation, direction, confidence, coverage_a, coverage_b, evidence FROM pairs "
            "WHERE a = ? OR b = ? ORDER BY a, b",
            (pk, pk),
        )
        return [StoredPair(r[0], r[1], Verdict(r[2], r[3], r[4], r[5], r[6], tuple(json.loads(r[7])))) for r in rows]

    def removed_of(self, pk: int) -> tuple[Removed, ...]:
        """The blocks extraction dropped from article ``pk`` (none for articles indexed before they were kept)."""
        rows = self._db.execute("SELECT text, reason FROM removed WHERE article = ? ORDER BY idx", (pk,))
        return tuple(Removed(text, reason) for text, reason in rows)

    def pairs_among(self, pks: Sequence[int]) -> list[StoredPair]:
        """The stored verdicts between any two of ``pks`` (a trace's family)."""
        if len(pks) < 2:
            return []
        marks = ",".join("?" * len(pks))
        rows = self._db.execute(
            "SELECT a, b, relation, direction, confidence, coverage_a, coverage_b, evidence FROM pairs "
            f"WHERE a IN ({marks}) AND b IN ({marks})", [*pks, *pks])
        return [StoredPair(r[0], r[1], Verdict(r[2], r[3], r[4], r[5], r[6], tuple(json.loads(r[7])))) for r in rows]

    def stories(self) -> list[Story]:
        rows = self._db.execute("SELECT id, articles, origin FROM stories ORDER BY id")
        return [Story(r[0], tuple(json.loads(r[1])), r[2]) for r in rows]

    def saved_settings(self) -> dict[str, Any] | None:
        """The settings tree the store was built with (``config.settings_dict``), if one was saved."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'settings'").fetchone()
        return json.loads(row[0]) if row else None

    def save_settings(self, settings: dict[str, Any]) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES('settings', ?)", (json.dumps(settings, sort_keys=True),))

    def integrity_ok(self) -> bool:
        return self._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"store {self.path} has schema {version}, newer than this unspun ({SCHEMA_VERSION}): upgrade unspun"
            )
        if version < SCHEMA_VERSION:
            # Version 1 → 2: the articles table gains its spin column (the new table comes from _SCHEMA).
            upgrade = "ALTER TABLE articles ADD COLUMN spin REAL;" if version == 1 else ""
            self._db.executescript(f"BEGIN; {upgrade} {_SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
        self._db.executescript(_REMOVED)


def decode_fingerprint(minhash: bytes, doc: bytes, sentences: bytes) -> StoredFingerprint:
    doc_vector = np.frombuffer(doc, dtype=np.float16)
    dim = max(len(doc_vector), 1)
    return StoredFingerprint(
        np.frombuffer(minhash, dtype=np.uint32),
        doc_vector,
        np.frombuffer(sentences, dtype=np.float16).reshape(-1, dim),
    )


def _connect(path: Path) -> sqlite3.Connection:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode = WAL")
    except (OSError, sqlite3.DatabaseError) as error:
        raise StoreError(f"cannot open store {path}: {error}") from error
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    return db
