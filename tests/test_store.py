"""The SQLite store: round trips, atomic batches, schema versioning, errors a user can act on."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unspun.corpus.fingerprint import StoredFingerprint
from unspun.errors import InputError
from unspun.ingest.segment import segment
from unspun.model import Article, StoredPair, Story, Verdict
from unspun.store.sqlite import SCHEMA_VERSION, Store, StoredAnalysis

TEXT = (
    "Engineers will inspect the harbour wall on Saturday. The council puts repairs at 2.3 million euros.\n"
    "Schools in the town will stay closed until Monday while the clean-up continues."
)


def _fingerprint(seed: int = 0, sentences: int = 3) -> StoredFingerprint:
    rng = np.random.default_rng(seed)
    doc = rng.normal(size=256).astype(np.float32)
    return StoredFingerprint(
        rng.integers(0, 2**32, 126, dtype=np.uint64).astype(np.uint32),
        (doc / np.linalg.norm(doc)).astype(np.float16),
        rng.normal(size=(sentences, 256)).astype(np.float16),
    )


def _add(store: Store, article: Article, digest: str = "h1", seed: int = 0) -> int:
    return store.add_article(article, digest, segment(article), _fingerprint(seed))


def test_article_sentences_and_fingerprint_round_trip(tmp_path: Path) -> None:
    article = Article(
        "a1",
        TEXT,
        "Harbour repairs",
        "2024-03-15",
        "https://x.example/a1",
        "x.example",
        ("Source: Kelderwick Gazette",),
    )
    fp = _fingerprint(3)
    with Store(tmp_path / "c.db") as store, store.transaction():
        pk = store.add_article(article, "h1", segment(article), fp)
    with Store(tmp_path / "c.db", create=False) as store:
        assert store.article(pk) == article
        assert store.sentences(pk) == segment(article).sentences
        [(stored_pk, stored)] = list(store.fingerprints())
        assert stored_pk == pk
        assert np.array_equal(stored.minhash, fp.minhash)
        assert np.array_equal(stored.sentence_vectors, fp.sentence_vectors)
        assert stored.english == fp.english
        assert store.stored_hashes() == {"a1": "h1"}


def test_a_failed_batch_leaves_nothing_behind(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        with store.transaction():
            _add(store, Article("kept", TEXT))
        with pytest.raises(RuntimeError), store.transaction():
            _add(store, Article("lost", TEXT))
            raise RuntimeError("killed mid-batch")
        assert list(store.stored_hashes()) == ["kept"]
        assert store.generation() == 1
        assert len(list(store.fingerprints())) == 1


def test_same_id_with_new_content_is_a_new_version_beside_the_old_one(tmp_path: Path) -> None:
    verdict = Verdict("near_duplicate", "a_to_b", 0.9, 0.8, 0.95, ("trimmed",))
    with Store(tmp_path / "c.db") as store:
        with store.transaction():
            first, other = _add(store, Article("a", TEXT)), _add(store, Article("b", TEXT))
            store.add_pair(first, other, verdict)
        with store.transaction():
            second = _add(store, Article("a", TEXT + " Updated."), digest="h2")
        assert store.stored_hashes() == {"a": "h2", "b": "h1"}
        assert store.pairs()[0] == StoredPair(first, other, verdict)  # the old version keeps its links
        assert store.count() == 3 and second > other  # keys are never reused
        assert store.versions_of([first, second, other]) == {first: (1, 2), second: (2, 2), other: (1, 1)}
        assert store.key_of_text("a", TEXT) == first and store.key_of_text("a", "other text") is None
        assert [m.pk for m in store.metas(latest_only=True)] == [other, second]
        assert store.article(first).text == TEXT and store.article(second).text.endswith("Updated.")


def test_stories_are_replaced_as_a_whole(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        with store.transaction():
            store.replace_stories([Story("s-1", ("a", "b"), "a"), Story("s-2", ("c",))])
        with store.transaction():
            store.replace_stories([Story("s-3", ("a", "b", "c"), None)])
        assert store.stories() == [Story("s-3", ("a", "b", "c"), None)]


def test_missing_store_is_a_typed_error_the_cli_explains(tmp_path: Path) -> None:
    from unspun.cli.common import message
    from unspun.errors import StoreMissingError

    with pytest.raises(StoreMissingError) as missing:
        Store(tmp_path / "absent.db", create=False)
    assert missing.value.path == tmp_path / "absent.db" and "--db" not in str(missing.value)
    assert "unspun index" in message(missing.value)


def test_spin_and_sentence_vectors_round_trip_at_float16(tmp_path: Path) -> None:
    article = Article("a1", TEXT, "Harbour repairs")
    seg = segment(article)
    vectors = np.random.default_rng(5).normal(size=(len(seg.sentences), 256)).astype(np.float16).astype(np.float32)
    with Store(tmp_path / "c.db") as store, store.transaction():
        pk = store.add_article(article, "h1", seg, _fingerprint(1), StoredAnalysis(0.62, vectors))
        bare = store.add_article(Article("a2", TEXT), "h2", seg, _fingerprint(2))
    with Store(tmp_path / "c.db", create=False) as store:
        analysis = store.analysis(pk, len(seg.sentences))
        assert analysis.spin == pytest.approx(0.62)
        assert analysis.vectors is not None and np.array_equal(analysis.vectors, vectors)
        assert store.analysis(bare, len(seg.sentences)) == StoredAnalysis(None, None)


def test_a_version_1_store_is_migrated_in_place_and_keeps_its_articles(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        # The version 1 schema, as unspun 0.1 wrote it (no spin column, no sentence_vectors table).
        db.executescript(
            "CREATE TABLE articles(pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL, "
            "title TEXT, published TEXT, site TEXT, url TEXT, credits TEXT NOT NULL DEFAULT '[]', text TEXT NOT NULL);"
            "INSERT INTO articles(id, content_hash, text) VALUES('old-1', 'h0', 'An article indexed last year.');"
            "PRAGMA user_version = 1;"
        )
    with Store(path) as store:
        [old] = store.keys_of(["old-1"])
        assert store.article(old).text == "An article indexed last year."
        assert store.analysis(old, 1) == StoredAnalysis(None, None)
        article = Article("new-1", TEXT)
        with store.transaction():
            new = store.add_article(article, "h1", segment(article), _fingerprint(1), StoredAnalysis(0.3, None))
        assert store.analysis(new, 2).spin == pytest.approx(0.3)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 8


def test_a_version_2_store_is_upgraded_in_place_keeping_keys_links_and_cascades(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    verdict = Verdict("spun_copy", "a_to_b", 0.8, 0.9, 0.9, ("swapped words",))
    with sqlite3.connect(path) as db:  # the version 2 schema as unspun wrote it: one row per id
        db.executescript(_V2_SCHEMA)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA foreign_keys = ON")
        for pk, name in ((3, "x"), (7, "y")):
            db.execute("INSERT INTO articles(pk, id, content_hash, text, spin) VALUES(?, ?, ?, ?, 0.1)",
                       (pk, name, "h-" + name, TEXT))
            db.execute("INSERT INTO sentences VALUES(?, 0, 0, 10)", (pk,))
        db.execute("INSERT INTO pairs VALUES(3, 7, 'spun_copy', 'a_to_b', 0.8, 0.9, 0.9, '[\"swapped words\"]')")
        db.execute("INSERT INTO meta VALUES('generation', '5')")
    with Store(path) as store:
        assert store.versions_of([3, 7]) == {3: (1, 1), 7: (1, 1)}
        assert store.pairs() == [StoredPair(3, 7, verdict)] and store.generation() == 5
        with store.transaction():  # a changed text under "x" is now a version beside the old one
            new = _add(store, Article("x", TEXT + " Corrected."), digest="h-x2")
        assert new == 8 and store.versions_of([3, new]) == {3: (1, 2), new: (2, 2)}
        assert store.integrity_ok()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("DELETE FROM articles WHERE pk = 7")  # the children still follow their article
        assert db.execute("SELECT count(*) FROM pairs").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM sentences WHERE article = 7").fetchone()[0] == 0


def test_a_version_3_store_learns_each_stored_articles_language_from_its_text(tmp_path: Path) -> None:
    from tests.conftest import FIXTURES

    path = tmp_path / "v3.db"
    spanish = (FIXTURES / "languages" / "es_debt_news.txt").read_text(encoding="utf-8")
    with Store(path) as store, store.transaction():
        english_pk = _add(store, Article("en", TEXT))
        spanish_pk = _add(store, Article("es", spanish), digest="h2", seed=1)
    with sqlite3.connect(path) as db:  # as schema 3 had it: fingerprints without their language
        db.executescript("ALTER TABLE fingerprints DROP COLUMN english; PRAGMA user_version = 3;")
    with Store(path) as store:
        assert {pk: fp.english for pk, fp in store.fingerprints()} == {english_pk: True, spanish_pk: False}
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_passage_hashes_and_the_site_come_back_with_the_fingerprint_and_a_version_4_store_has_none(
    tmp_path: Path
) -> None:
    from dataclasses import replace

    path = tmp_path / "v4.db"
    kept = np.array([3, 17, 40_000_000], dtype=np.uint32)
    with Store(path) as store, store.transaction():
        store.add_article(Article("en", TEXT, site="harbourpost.example"), "h1", segment(Article("en", TEXT)),
                          replace(_fingerprint(0), passages=kept), StoredAnalysis(None, None))
    with Store(path) as store:
        [(_, found)] = list(store.fingerprints())
        assert found.passages.tolist() == kept.tolist() and found.site == "harbourpost.example"
    with sqlite3.connect(path) as db:  # as schema 4 had it: fingerprints without passage hashes
        db.executescript("ALTER TABLE fingerprints DROP COLUMN passages; PRAGMA user_version = 4;")
    with Store(path) as store:
        [(_, found)] = list(store.fingerprints())
        assert found.passages.tolist() == [] and found.site == "harbourpost.example"
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_pairs_fact_changes_come_back_with_its_verdict_and_a_version_5_store_has_none(tmp_path: Path) -> None:
    path = tmp_path / "v5.db"
    spun = Verdict("spun_copy", "a_to_b", 0.9, 0.9, 0.9, ("a spun copy that changes 3 names and 1 quote",),
                   (("name", 3), ("quote", 1)))
    with Store(path) as store, store.transaction():
        a, b = _add(store, Article("a", TEXT)), _add(store, Article("b", TEXT + " Again."), digest="h2", seed=1)
        store.add_pair(a, b, spun)
    with Store(path) as store:
        assert store.pairs() == store.pairs_of(a) == store.pairs_among([a, b]) == [StoredPair(a, b, spun)]
        assert store.pairs()[0].verdict.facts_changed
    with sqlite3.connect(path) as db:  # as schema 5 had it: pairs without their fact changes
        db.executescript("ALTER TABLE pairs DROP COLUMN fact_changes; PRAGMA user_version = 5;")
    with Store(path) as store:
        assert store.pairs() == [StoredPair(a, b, dataclasses.replace(spun, fact_changes=()))]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_an_articles_author_comes_back_and_a_version_6_store_has_none(tmp_path: Path) -> None:
    # A credit to the source's author ("Source: Morag Lindsay, Argyll Courier") says which text is the copy: the
    # store keeps the author, so a stored source is read as ``compare`` reads it (parity50).
    from unspun.run.indexer import stored_sides

    path = tmp_path / "v6.db"
    with Store(path) as store, store.transaction():
        pk = _add(store, Article("a", TEXT, author="Morag Lindsay"))
    with Store(path) as store:
        assert store.article(pk).author == "Morag Lindsay"
        assert stored_sides(store, [pk])[0].seg.article.author == "Morag Lindsay"
    with sqlite3.connect(path) as db:  # as schema 6 had it: articles without their author
        db.executescript("ALTER TABLE articles DROP COLUMN author; PRAGMA user_version = 6;")
    with Store(path) as store:
        assert store.article(pk).author is None and store.article(pk).text == TEXT
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_an_articles_modified_time_comes_back_and_a_version_7_store_has_none(tmp_path: Path) -> None:
    # Of one site's two pages first published at one instant, the one modified later is the later version: the store
    # keeps the modified time, so a stored update is ordered as ``compare`` orders it (mod51).
    from unspun.run.indexer import stored_sides

    path = tmp_path / "v7.db"
    with Store(path) as store, store.transaction():
        pk = _add(store, Article("a", TEXT, published="2025-03-06T06:15:00Z", modified="2025-03-06T12:05:00Z"))
    with Store(path) as store:
        assert store.article(pk).modified == "2025-03-06T12:05:00Z"
        assert stored_sides(store, [pk])[0].seg.article.modified == "2025-03-06T12:05:00Z"
    with sqlite3.connect(path) as db:  # as schema 7 had it: articles without their modified time
        db.executescript("ALTER TABLE articles DROP COLUMN modified; PRAGMA user_version = 7;")
    with Store(path) as store:
        assert store.article(pk).modified is None and store.article(pk).published == "2025-03-06T06:15:00Z"
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


_V2_SCHEMA = """
CREATE TABLE articles(pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL,
    title TEXT, published TEXT, site TEXT, url TEXT, credits TEXT NOT NULL DEFAULT '[]', text TEXT NOT NULL, spin REAL);
CREATE TABLE sentences(article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY(article, idx)) WITHOUT ROWID;
CREATE TABLE fingerprints(article INTEGER PRIMARY KEY REFERENCES articles(pk) ON DELETE CASCADE,
    minhash BLOB NOT NULL, doc_vector BLOB NOT NULL, sentence_vectors BLOB NOT NULL);
CREATE TABLE sentence_vectors(article INTEGER PRIMARY KEY REFERENCES articles(pk) ON DELETE CASCADE,
    vectors BLOB NOT NULL);
CREATE TABLE pairs(a INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    b INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE, relation TEXT NOT NULL, direction TEXT NOT NULL,
    confidence REAL NOT NULL, coverage_a REAL NOT NULL, coverage_b REAL NOT NULL, evidence TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY(a, b));
CREATE INDEX pairs_b ON pairs(b);
CREATE TABLE stories(id TEXT PRIMARY KEY, origin TEXT, articles TEXT NOT NULL);
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE removed(article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    idx INTEGER NOT NULL, text TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY(article, idx)) WITHOUT ROWID;
PRAGMA user_version = 2;
"""


def test_a_full_disk_rolls_the_batch_back_in_one_line_and_the_store_opens_after(tmp_path: Path) -> None:
    from unspun.errors import StoreWriteError

    path = tmp_path / "c.db"
    with Store(path) as store, store.transaction():
        _add(store, Article("kept", TEXT))
    with Store(path) as store:
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages}")  # as if the disk were full now
        with pytest.raises(StoreWriteError, match="the disk is full") as failure, store.transaction():
            for k in range(50):
                _add(store, Article(f"big-{k}", TEXT * 40), seed=k)
        assert "\n" not in str(failure.value) and "run the same command again" in str(failure.value)
    with Store(path) as store:
        assert list(store.stored_hashes()) == ["kept"] and store.integrity_ok()
        with store.transaction():
            _add(store, Article("after", TEXT))
        assert store.count() == 2


def test_a_second_indexer_stops_with_one_line_while_the_first_holds_the_store(tmp_path: Path) -> None:
    from unspun.errors import StoreWriteError

    with (
        Store(tmp_path / "c.db") as first,
        Store(tmp_path / "c.db") as second,
        first.writer_lock(),
        pytest.raises(StoreWriteError, match="being indexed by another process"),
        second.writer_lock(),
    ):
        pass
    with Store(tmp_path / "c.db") as again, again.writer_lock():  # released with its holder
        pass


def test_a_file_that_is_not_a_store_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(InputError, match="cannot open store"):
        Store(path)


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    Store(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(InputError, match="newer than this unspun"):
        Store(path)


def test_store_uses_wal(tmp_path: Path) -> None:
    Store(tmp_path / "c.db").close()
    with sqlite3.connect(tmp_path / "c.db") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


_words = st.text(alphabet="abcdefgh .!?\n", min_size=1, max_size=300)


@settings(max_examples=40, deadline=None)
@given(_words.filter(lambda t: t.strip() != ""))
def test_stored_sentence_spans_lie_inside_the_text(text: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "c.db") as store:
        with store.transaction():
            pk = _add(store, Article("p", text))
        for span in store.sentences(pk):
            assert 0 <= span.start < span.end <= len(store.article(pk).text)
