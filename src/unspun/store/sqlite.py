"""The corpus store: one SQLite file with articles, sentences, fingerprints, pairs and stories.

WAL mode with ``synchronous=NORMAL``: a batch (its articles and every verdict they owe) is one transaction, so
a process killed mid-batch leaves the previous batches intact and the interrupted one absent; readers see the
store as of a commit (``snapshot``). One indexer writes at a time (``writer_lock``); other writers (stories,
settings) wait up to ``BUSY_SECONDS`` for a commit. A write that fails (a full disk, a read-only file) is a
``StoreWriteError``: the transaction is rolled back and the store opens as before.

The schema is versioned with ``PRAGMA user_version``, and an older store is upgraded in place when opened:
version 2 adds what every comparison of a stored article needs and is costly to recompute (its spin score and
its sentences' static vectors; a version 1 store's articles get them when re-indexed); version 3 keeps every
*version* of an article: a changed text under the same id is stored beside the old one (``version`` 1, 2, …),
never in its place; version 4 records each fingerprint's language, version 5 its passage hashes, version 6 each
pair's fact changes (``Verdict.fact_changes``; a pair stored before has none recorded), version 7 each article's
author (a credit naming it tells a copy from its source in the store as in ``compare``; an article stored before has
none recorded), version 8 each article's modified time (of one site's two versions of one published instant, the
later-modified is the later; an article stored before has none recorded).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from unspun.corpus.fingerprint import StoredFingerprint
from unspun.errors import StoreError, StoreMissingError, StoreWriteError
from unspun.model import Article, ArticleMeta, Removed, Segmented, Span, StoredPair, Story, Verdict

SCHEMA_VERSION = 8
# How long a writer waits for another one's commit (an indexer's commits take milliseconds; a story build's
# write a little longer) before it stops with a StoreWriteError.
BUSY_SECONDS = 30.0

_ARTICLES = """
CREATE TABLE IF NOT EXISTS articles(
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    content_hash TEXT NOT NULL,
    title TEXT, published TEXT, site TEXT, url TEXT,
    credits TEXT NOT NULL DEFAULT '[]',
    text TEXT NOT NULL,
    spin REAL,
    author TEXT,
    modified TEXT,
    UNIQUE(id, version)
);
"""
_SCHEMA = _ARTICLES + """
CREATE TABLE IF NOT EXISTS sentences(
    article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    PRIMARY KEY(article, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fingerprints(
    article INTEGER PRIMARY KEY REFERENCES articles(pk) ON DELETE CASCADE,
    minhash BLOB NOT NULL, doc_vector BLOB NOT NULL, sentence_vectors BLOB NOT NULL,
    english INTEGER NOT NULL DEFAULT 1, passages BLOB NOT NULL DEFAULT x''
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
    fact_changes TEXT NOT NULL DEFAULT '[]',
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
    """What comparisons reuse of a stored article, when the indexer stored it (None: compute it again; a spin
    stored as None is a text the score does not read, found again as cheaply)."""

    spin: float | None
    vectors: np.ndarray | None  # float32 (sentences, dim): every sentence's static vector, stored as float16


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """A stored article as comparisons read it: the article (with its removed blocks), its sentence offsets and
    what the indexer stored beside it."""

    article: Article
    sentences: tuple[Span, ...]
    analysis: StoredAnalysis
    english: bool | None  # whether it reads as English, as its fingerprint recorded (None: no fingerprint)


class Store:
    """Access to one store file. Use as a context manager, or call ``close``."""

    def __init__(self, path: Path, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreMissingError(self.path)
        self._db, self.read_only = _connect(self.path)
        self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self, advance: bool = True) -> Iterator[None]:
        """Everything inside commits together or not at all. ``advance``: the store generation advances on
        commit (articles changed: cached candidate indexes built before are stale; stories and settings do
        not advance it). A failed write (full disk, read-only file, another writer past ``BUSY_SECONDS``)
        rolls back and raises ``StoreWriteError``."""
        with self._writing():
            self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
            with self._writing():
                if advance:
                    self._db.execute(
                        "INSERT INTO meta VALUES('generation', '1') "
                        "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
                    )
                self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                with contextlib.suppress(sqlite3.Error):  # SQLite may have rolled back already (a full disk)
                    self._db.execute("ROLLBACK")
            raise

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see the store as of one commit, whatever another process commits meanwhile (WAL: the
        read transaction holds its snapshot). Nested inside a transaction or a snapshot it adds nothing."""
        if self._db.in_transaction:
            yield
            return
        self._db.execute("BEGIN")
        try:
            self._db.execute("SELECT count(*) FROM meta").fetchone()  # the snapshot starts at the first read
            yield
        finally:
            if self._db.in_transaction:
                self._db.execute("COMMIT")

    @contextmanager
    def writer_lock(self) -> Iterator[None]:
        """The one indexer of this store: another process (or thread) that holds it makes this one stop with a
        ``StoreWriteError`` at once, not interleave batches it has not compared with (an advisory lock on
        ``<store>.lock``, released by the kernel when its holder dies, so a killed run leaves no stale lock)."""
        if self.read_only:
            raise StoreWriteError(
                f"cannot write store {self.path}: it is read-only (its file, folder or filesystem); make it "
                "writable, or index into another store"
            )
        lock_path = self.path.with_name(self.path.name + ".lock")
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:  # a read-only folder: the first write will say so
            yield
            return
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreWriteError(
                    f"store {self.path} is being indexed by another process: wait until it finishes (its "
                    "articles are then stored), then run this again"
                ) from None
            yield
        finally:
            os.close(fd)  # releases the lock

    @contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as error:
            raise StoreWriteError(write_failure(self.path, error)) from error

    # --- writing -------------------------------------------------------------------------------------

    def next_key(self) -> int:
        """The key the next new article gets (keys are never reused: articles are never deleted)."""
        return int(self._db.execute("SELECT coalesce(max(pk), 0) + 1 FROM articles").fetchone()[0])

    def add_article(
        self,
        article: Article,
        content_hash: str,
        seg: Segmented,
        fingerprint: StoredFingerprint,
        analysis: StoredAnalysis | None = None,
        pk: int | None = None,
    ) -> int:
        """Insert one article (with key ``pk``, default the next); an id already stored gets a new version beside
        the old ones. Returns its key."""
        analysis = analysis or StoredAnalysis(None, None)
        with self._writing():
            return self._insert_article(article, content_hash, seg, fingerprint, analysis, pk)

    def _insert_article(
        self,
        article: Article,
        content_hash: str,
        seg: Segmented,
        fingerprint: StoredFingerprint,
        analysis: StoredAnalysis,
        pk: int | None,
    ) -> int:
        cursor = self._db.execute(
            "INSERT INTO articles(pk, id, version, content_hash, title, published, site, url, credits, text, spin, "
            "author, modified) VALUES(?, ?, (SELECT coalesce(max(version), 0) + 1 FROM articles WHERE id = ?), "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                pk,
                article.id,
                article.id,
                content_hash,
                article.title,
                article.published,
                article.site,
                article.url,
                json.dumps(list(article.credits)),
                article.text,
                analysis.spin,
                article.author,
                article.modified,
            ),
        )
        pk = int(cursor.lastrowid or 0)
        self._db.executemany(
            "INSERT INTO sentences VALUES(?, ?, ?, ?)",
            [(pk, i, s.start, s.end) for i, s in enumerate(seg.sentences)],
        )
        self._db.execute(
            "INSERT INTO fingerprints VALUES(?, ?, ?, ?, ?, ?)",
            (
                pk,
                fingerprint.minhash.astype(np.uint32).tobytes(),
                fingerprint.doc_vector.astype(np.float16).tobytes(),
                fingerprint.sentence_vectors.astype(np.float16).tobytes(),
                int(fingerprint.english),
                fingerprint.passages.astype(np.uint32).tobytes(),
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
        with self._writing():
            self._add_pair(a, b, verdict)

    def _add_pair(self, a: int, b: int, verdict: Verdict) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO pairs VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                a,
                b,
                verdict.relation,
                verdict.direction,
                verdict.confidence,
                verdict.coverage_a,
                verdict.coverage_b,
                json.dumps(list(verdict.evidence)),
                json.dumps([list(kind_count) for kind_count in verdict.fact_changes]),
            ),
        )

    def replace_stories(self, stories: Sequence[Story], generation: int | None = None) -> None:
        """Save ``stories`` in place of those saved before, as built from the articles of store ``generation``
        (``stories_generation``: an index run rebuilds them when the store has moved on)."""
        with self._writing():
            self._db.execute("DELETE FROM stories")
            self._db.executemany(
                "INSERT INTO stories VALUES(?, ?, ?)",
                [(s.id, s.origin, json.dumps(list(s.articles))) for s in stories],
            )
            if generation is not None:
                self._db.execute("INSERT OR REPLACE INTO meta VALUES('stories_generation', ?)", (str(generation),))

    def stories_generation(self) -> int | None:
        """The store generation the saved stories were built at (None: never, or by an older unspun)."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'stories_generation'").fetchone()
        return int(row[0]) if row else None

    # --- reading -------------------------------------------------------------------------------------

    def stored_hashes(self) -> dict[str, str]:
        """Content hash of the latest version of every stored article, by id: what an incremental run skips."""
        return {id_: digest for id_, (digest, _) in self.latest_versions().items()}

    def latest_versions(self) -> dict[str, tuple[str, int]]:
        """(content hash, version number) of the latest version of every stored id."""
        rows = self._db.execute("SELECT id, content_hash, version FROM articles ORDER BY id, version")
        return {id_: (digest, version) for id_, digest, version in rows}

    def stored_versions(self) -> set[tuple[str, str]]:
        """(id, content hash) of every stored version: what an incremental run skips."""
        return set(self._db.execute("SELECT id, content_hash FROM articles"))

    def stored_modified_times(self) -> dict[tuple[str, str], str]:
        """The modified time of every stored version that has one, by (id, content hash)."""
        rows = self._db.execute("SELECT id, content_hash, modified FROM articles WHERE modified IS NOT NULL")
        return {(id_, digest): modified for id_, digest, modified in rows}

    def versions_of(self, pks: Sequence[int]) -> dict[int, tuple[int, int]]:
        """(version, how many versions its id has) of each stored article of ``pks``."""
        found: dict[int, tuple[int, int]] = {}
        for first in range(0, len(pks), 500):
            chunk = list(pks[first : first + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                "SELECT a.pk, a.version, (SELECT max(version) FROM articles o WHERE o.id = a.id) FROM articles a "
                f"WHERE a.pk IN ({marks})", chunk)
            found.update({pk: (version, latest) for pk, version, latest in rows})
        return found

    def versions(self, article_id: str) -> list[tuple[int, int]]:
        """(version, key) of every stored version of ``article_id``, the first first."""
        rows = self._db.execute("SELECT version, pk FROM articles WHERE id = ? ORDER BY version", (article_id,))
        return [(int(version), int(pk)) for version, pk in rows]

    def key_of_text(self, article_id: str, text: str) -> int | None:
        """The key of the stored version of ``article_id`` whose text is ``text`` (the latest such), if any."""
        row = self._db.execute(
            "SELECT pk FROM articles WHERE id = ? AND text = ? ORDER BY version DESC LIMIT 1", (article_id, text)
        ).fetchone()
        return int(row[0]) if row else None

    def keys_of(self, ids: list[str]) -> list[int]:
        """Keys of the stored articles among ``ids`` (every version of each)."""
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
            "SELECT id, text, title, published, url, site, credits, author, modified FROM articles WHERE pk = ?", (pk,)
        ).fetchone()
        if row is None:
            raise KeyError(pk)
        return Article(row[0], row[1], row[2], row[3], row[4], row[5], tuple(json.loads(row[6])), author=row[7],
                       modified=row[8])

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
        return StoredAnalysis(spin, _vectors(blob, sentences))

    def stored_articles(self, pks: Sequence[int]) -> list[StoredArticle]:
        """Each of ``pks`` as comparisons read it (its article with removed blocks, sentence offsets, stored spin
        score and sentence vectors), in the order given: four queries for all of them, not four each (a trace
        reads its 24 candidates at once). KeyError for a key not stored."""
        distinct = list(dict.fromkeys(pks))
        rows: dict[int, tuple[Any, ...]] = {}
        spans: dict[int, list[Span]] = {pk: [] for pk in distinct}
        removed: dict[int, list[Removed]] = {pk: [] for pk in distinct}
        blobs: dict[int, bytes] = {}
        for first in range(0, len(distinct), 500):  # SQLite's bound-parameter limit
            chunk = distinct[first : first + 500]
            marks = ",".join("?" * len(chunk))
            rows.update((r[0], r[1:]) for r in self._db.execute(
                "SELECT a.pk, a.id, a.text, a.title, a.published, a.url, a.site, a.credits, a.spin, f.english, "
                "a.author, a.modified FROM articles a LEFT JOIN fingerprints f ON f.article = a.pk "
                f"WHERE a.pk IN ({marks})", chunk))
            for pk, start, end in self._db.execute(
                    f'SELECT article, start, "end" FROM sentences WHERE article IN ({marks}) ORDER BY article, idx',
                    chunk):
                spans[pk].append(Span(start, end))
            for pk, text, reason in self._db.execute(
                    f"SELECT article, text, reason FROM removed WHERE article IN ({marks}) ORDER BY article, idx",
                    chunk):
                removed[pk].append(Removed(text, reason))
            blobs.update(self._db.execute(
                f"SELECT article, vectors FROM sentence_vectors WHERE article IN ({marks})", chunk))
        out = []
        for pk in pks:
            if pk not in rows:
                raise KeyError(pk)
            id_, text, title, published, url, site, credits, spin, english, author, modified = rows[pk]
            article = Article(id_, text, title, published, url, site, tuple(json.loads(credits)), tuple(removed[pk]),
                              author, modified=modified)
            sentences = tuple(spans[pk])
            analysis = StoredAnalysis(spin, _vectors(blobs.get(pk), len(sentences)))
            out.append(StoredArticle(article, sentences, analysis, None if english is None else bool(english)))
        return out

    def languages_read_with(self) -> dict[str, Any] | None:
        """The text settings (as saved) the fingerprints' ``english`` was read with: those the store saved, the
        defaults when it saved none (None: a saved tree without a text section, read with settings unknown)."""
        from unspun.config import DEFAULT_SETTINGS, settings_dict

        saved = self.saved_settings()
        return settings_dict(DEFAULT_SETTINGS, ("text",))["text"] if saved is None else saved.get("text")

    def metas(self, latest_only: bool = False) -> list[ArticleMeta]:
        """Every stored article in key order (an id's later versions come after its earlier ones), or with
        ``latest_only`` the latest version of each id."""
        latest = (" WHERE version = (SELECT max(version) FROM articles o WHERE o.id = articles.id)"
                  if latest_only else "")
        rows = self._db.execute(
            f"SELECT pk, id, title, published, site, credits, length(text) FROM articles{latest} ORDER BY pk"
        )
        return [ArticleMeta(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5])), r[6]) for r in rows]

    def texts(self) -> Iterator[tuple[int, str]]:
        yield from self._db.execute("SELECT pk, text FROM articles ORDER BY pk")

    def fingerprints(self) -> Iterator[tuple[int, StoredFingerprint]]:
        rows = self._db.execute(
            "SELECT f.article, f.minhash, f.doc_vector, f.sentence_vectors, f.english, f.passages, a.site "
            "FROM fingerprints f JOIN articles a ON a.pk = f.article ORDER BY f.article"
        )
        for pk, minhash, doc, sentences, english, passages, site in rows:
            yield pk, decode_fingerprint(minhash, doc, sentences, bool(english), passages, site)

    def pairs(self) -> list[StoredPair]:
        rows = self._db.execute(
            "SELECT a, b, relation, direction, confidence, coverage_a, coverage_b, evidence, fact_changes FROM pairs "
            "ORDER BY a, b"
        )
        return [_stored_pair(r) for r in rows]

    def pairs_of(self, pk: int) -> list[StoredPair]:
        """The stored verdicts that involve article ``pk``, on either side."""
        rows = self._db.execute(
            "SELECT a, b, relation, direction, confidence, coverage_a, coverage_b, evidence, fact_changes FROM pairs "
            "WHERE a = ? OR b = ? ORDER BY a, b",
            (pk, pk),
        )
        return [_stored_pair(r) for r in rows]

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
            "SELECT a, b, relation, direction, confidence, coverage_a, coverage_b, evidence, fact_changes FROM pairs "
            f"WHERE a IN ({marks}) AND b IN ({marks})", [*pks, *pks])
        return [_stored_pair(r) for r in rows]

    def stories(self) -> list[Story]:
        rows = self._db.execute("SELECT id, articles, origin FROM stories ORDER BY id")
        return [Story(r[0], tuple(json.loads(r[1])), r[2]) for r in rows]

    def saved_settings(self) -> dict[str, Any] | None:
        """The settings tree the store was built with (``config.settings_dict``), if one was saved."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'settings'").fetchone()
        return json.loads(row[0]) if row else None

    def save_settings(self, settings: dict[str, Any]) -> None:
        with self._writing():
            self._db.execute(
                "INSERT OR REPLACE INTO meta VALUES('settings', ?)", (json.dumps(settings, sort_keys=True),)
            )

    def integrity_ok(self) -> bool:
        return self._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"store {self.path} has schema {version}, newer than this unspun ({SCHEMA_VERSION}): upgrade unspun"
            )
        if version < SCHEMA_VERSION:
            with self._writing():
                self._upgrade(version)
        if not self._has_table("removed"):
            with self._writing():
                self._db.executescript(_REMOVED)

    def _upgrade(self, version: int) -> None:
        """From schema ``version`` (0: a new file) to ``SCHEMA_VERSION``, in one transaction."""
        steps = []
        if version == 1:  # 1 → 2: the articles table gains its spin column (the new table comes from _SCHEMA)
            steps.append("ALTER TABLE articles ADD COLUMN spin REAL;")
        if 1 <= version <= 2:
            # 2 → 3: articles keep every version of an id: UNIQUE(id) becomes UNIQUE(id, version), which SQLite
            # can only do by copying the table (keys kept, so sentences, fingerprints and pairs still point
            # at their articles; foreign keys are off meanwhile, as SQLite's ALTER TABLE procedure says).
            steps.append(
                _ARTICLES.replace("articles(", "articles_v3(", 1)
                + "INSERT INTO articles_v3(pk, id, version, content_hash, title, published, site, url, credits, "
                "text, spin) SELECT pk, id, 1, content_hash, title, published, site, url, credits, text, spin "
                "FROM articles; DROP TABLE articles; ALTER TABLE articles_v3 RENAME TO articles;"
            )
        # 3 → 4: fingerprints gain the article's language, read from its text below (any version that has them)
        languages_unknown = self._has_table("fingerprints") and not self._has_column("fingerprints", "english")
        if languages_unknown:
            steps.append("ALTER TABLE fingerprints ADD COLUMN english INTEGER NOT NULL DEFAULT 1;")
        # 4 → 5: fingerprints gain passage hashes; a store made before kept none (its settings say so:
        # ``config.ADDED_SETTINGS``), and its articles get them when indexed into a store that keeps them
        if self._has_table("fingerprints") and not self._has_column("fingerprints", "passages"):
            steps.append("ALTER TABLE fingerprints ADD COLUMN passages BLOB NOT NULL DEFAULT x'';")
        # 5 → 6: pairs keep their fact changes; those stored before recorded none
        if self._has_table("pairs") and not self._has_column("pairs", "fact_changes"):
            steps.append("ALTER TABLE pairs ADD COLUMN fact_changes TEXT NOT NULL DEFAULT '[]';")
        # 6 → 7: articles keep their author; those stored before recorded none (a store before 3 gets the column
        # with the table it copies above)
        if version >= 3 and not self._has_column("articles", "author"):
            steps.append("ALTER TABLE articles ADD COLUMN author TEXT;")
        # 7 → 8: articles keep their modified time; those stored before recorded none
        if version >= 3 and not self._has_column("articles", "modified"):
            steps.append("ALTER TABLE articles ADD COLUMN modified TEXT;")
        self._db.execute("PRAGMA foreign_keys = OFF")  # no effect inside a transaction: set before it
        try:
            self._db.executescript(
                f"BEGIN IMMEDIATE; {''.join(steps)} {_SCHEMA} {_REMOVED} PRAGMA user_version = {SCHEMA_VERSION};"
            )
            if languages_unknown:
                self._read_languages()
            broken = self._db.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StoreError(f"store {self.path}: upgrade to schema {SCHEMA_VERSION} left {len(broken)} "
                                 "rows without their article; the store is unchanged")
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        finally:
            self._db.execute("PRAGMA foreign_keys = ON")

    def _read_languages(self) -> None:
        """Each stored fingerprint's ``english`` from its article's text, with the text settings the store was
        built with (once, when a store from before schema 4 is opened: ~0.2 ms an article)."""
        from unspun.config import TEXT_DEFAULT, settings_from_dict
        from unspun.text.language import reads_as_english

        saved = self.saved_settings()
        text = settings_from_dict(saved, f"store {self.path}").text if saved else TEXT_DEFAULT
        rows = self._db.execute("SELECT f.article, a.text FROM fingerprints f JOIN articles a ON a.pk = f.article")
        self._db.executemany(
            "UPDATE fingerprints SET english = ? WHERE article = ?",
            [(int(reads_as_english(body, text)), pk) for pk, body in rows.fetchall()],
        )

    def _has_column(self, table: str, column: str) -> bool:
        return any(row[1] == column for row in self._db.execute(f"PRAGMA table_info({table})"))

    def _has_table(self, name: str) -> bool:
        row = self._db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
        return row is not None


def write_failure(path: Path, error: sqlite3.Error) -> str:
    """The one line for a write SQLite refused: what happened to the store and what to do."""
    text = str(error)
    kept = "nothing of the interrupted batch was stored, every batch committed before is kept"
    if "full" in text:
        return (f"cannot write store {path}: the disk is full ({text}); {kept}: free space, then run the same "
                "command again to resume")
    if "readonly" in text or "read-only" in text:
        return f"cannot write store {path}: it is read-only ({text}); {kept}: make it writable, then run again"
    if "locked" in text or "busy" in text:
        return (f"cannot write store {path}: another process kept it busy for over {BUSY_SECONDS:.0f} s ({text}); "
                f"{kept}: run again when it is done")
    return f"cannot write store {path}: {text}; {kept}: run the same command again to resume"


def _vectors(blob: bytes | None, sentences: int) -> np.ndarray | None:
    """Stored float16 sentence vectors as float32 rows, one per sentence (None: none stored, or not one a
    sentence)."""
    if blob is None or not sentences or len(blob) % (2 * sentences):
        return None
    return np.frombuffer(blob, dtype=np.float16).reshape(sentences, -1).astype(np.float32)


def decode_fingerprint(minhash: bytes, doc: bytes, sentences: bytes, english: bool = True, passages: bytes = b"",
                       site: str | None = None) -> StoredFingerprint:
    doc_vector = np.frombuffer(doc, dtype=np.float16)
    dim = max(len(doc_vector), 1)
    return StoredFingerprint(
        np.frombuffer(minhash, dtype=np.uint32),
        doc_vector,
        np.frombuffer(sentences, dtype=np.float16).reshape(-1, dim),
        english,
        np.frombuffer(passages, dtype=np.uint32),
        site,
    )


def _connect(path: Path) -> tuple[sqlite3.Connection, bool]:
    """A connection to the store at ``path`` and whether it is read-only. A store on a read-only filesystem
    (or a file this user may not write) opens for reading: ``trace``, ``stories`` and ``report`` work, and a
    write says the store is read-only."""
    try:
        if _read_only(path):
            return _connect_read_only(path), True
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(str(path), timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode = WAL")
    except (OSError, sqlite3.DatabaseError) as error:
        raise StoreError(f"cannot open store {path}: {error}") from error
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    return db, False


def _read_only(path: Path) -> bool:
    """An existing store this process cannot write: its filesystem is mounted read-only, or the file (or its
    folder, where SQLite keeps the write-ahead log) is not writable."""
    if not path.exists():
        return False
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK))


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """SQLite reads a WAL store read-only when its ``-wal`` and ``-shm`` files exist (left by a run that did not
    close); else, with nothing in a log to apply and nobody able to write the file, as immutable."""
    wal = path.with_name(path.name + "-wal")
    has_log = wal.exists() and wal.stat().st_size > 0
    flags = "mode=ro" if has_log else "mode=ro&immutable=1"
    uri = f"{path.resolve().as_uri()}?{flags}"
    db = sqlite3.connect(uri, uri=True, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False)
    db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails here, not later, if it cannot be read
    return db


def _stored_pair(row: Sequence[Any]) -> StoredPair:
    """A ``pairs`` row (a, b, relation, direction, confidence, coverage_a, coverage_b, evidence, fact_changes)."""
    counts = tuple((str(kind), int(n)) for kind, n in json.loads(row[8]))
    return StoredPair(row[0], row[1], Verdict(row[2], row[3], row[4], row[5], row[6], tuple(json.loads(row[7])),
                                              counts))
