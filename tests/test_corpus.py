"""The corpus end to end: index (incremental, crash-safe, bad records counted), trace, stories, report."""

from __future__ import annotations

import contextlib
import dataclasses
import gzip
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from unspun.cli.main import main
from unspun.pair.engine import PairEngine
from unspun.pair.memo import Memo
from unspun.run.indexer import index_paths, trace, trace_dict
from unspun.store.sqlite import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
FILES = sorted(str(p) for p in CORPUS.glob("*.txt"))


def _id(name: str) -> str:
    """A fixture's path; indexed by itself, it is known by its name."""
    return str(CORPUS / name)


def _stored(name: str) -> str:
    return name


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    summary = index_paths(FILES, path)
    assert summary.added == len(FILES) and not summary.skipped
    return path


def test_indexing_again_adds_nothing(db: Path) -> None:
    with Store(db) as store:
        before = (store.count(), len(store.pairs()), store.generation())
    again = index_paths(FILES, db)
    assert (again.added, again.unchanged, again.compared) == (0, len(FILES), 0)
    with Store(db) as store:
        assert (store.count(), len(store.pairs()), store.generation()) == before


def test_new_articles_are_compared_with_what_is_stored(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    index_paths([_id("library_original.txt"), _id("orchard_original.txt")], path)
    summary = index_paths([_id("library_copy_credit.txt")], path)
    assert summary.added == 1 and summary.compared >= 1
    with Store(path) as store:
        ids = {m.pk: m.id for m in store.metas()}
        linked = {(ids[p.a], ids[p.b]) for p in store.pairs()}
    assert ("library_original.txt", "library_copy_credit.txt") in linked


def test_trace_finds_the_source_of_a_trimmed_copy(db: Path) -> None:
    result = trace_dict(trace(_id("harbour_trimmed.txt"), db))
    assert result["schema"] == "unspun.trace/5"
    assert result["query"]["id"] == _stored("harbour_trimmed.txt")
    matches = {m["id"]: m for m in result["matches"]}
    assert _stored("harbour_trimmed.txt") not in matches, "an article is not its own source"
    source = matches[_stored("harbour_original.txt")]
    assert source["direction"] == "b_to_a"  # relative to the query: the query derives from the match
    assert source["relation"] in {"near_duplicate", "partial_reuse"}
    assert _stored("orchard_original.txt") not in matches



def test_the_indexer_stores_what_comparisons_reuse_and_a_store_without_it_traces_the_same(tmp_path: Path) -> None:
    import shutil

    path = tmp_path / "c.db"
    index_paths(FILES, path)
    with Store(path) as store:
        for meta in store.metas():
            sentences = store.sentences(meta.pk)
            analysis = store.analysis(meta.pk, len(sentences))
            assert analysis.spin is not None and 0.0 <= analysis.spin <= 1.0
            assert analysis.vectors is not None and analysis.vectors.shape[0] == len(sentences)
    # A store whose articles lack them (written by schema 1, upgraded in place) computes them when needed.
    bare = tmp_path / "bare.db"
    shutil.copy(path, bare)
    with sqlite3.connect(bare) as conn:
        conn.execute("DELETE FROM sentence_vectors")
        conn.execute("UPDATE articles SET spin = NULL")
    assert trace_dict(trace(_id("harbour_spun.txt"), bare)) == trace_dict(trace(_id("harbour_spun.txt"), path))


def test_trace_finds_the_source_of_a_spun_copy(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    index_paths([_id("harbour_original.txt"), _id("orchard_original.txt"), _id("library_original.txt")], path)
    result = trace_dict(trace(_id("harbour_spun.txt"), path))
    assert [m["id"] for m in result["matches"]] == ["harbour_original.txt"]
    assert result["matches"][0]["relation"] in {"spun_copy", "rewrite", "near_duplicate"}
    assert result["matches"][0]["direction"] in {"b_to_a", "common_source", "unknown"}


def test_a_spun_copy_says_which_facts_it_changed_in_compare_the_store_and_a_trace(db: Path) -> None:
    """A spun copy's altered quote and headline are part of its verdict wherever it is read: ``compare`` finds them
    with its details; the stored verdict (what stories and the report read) and a trace, without details, must
    say the same, though little of a spun copy is word for word."""
    from unspun.ingest.segment import segment
    from unspun.model import Article
    from unspun.run.pool import corpus_engine

    original, spun = ((CORPUS / n).read_text(encoding="utf-8") for n in ("harbour_original.txt", "harbour_spun.txt"))
    compared = corpus_engine().compare_segmented(segment(Article("a", original)), segment(Article("b", spun))).verdict
    assert compared.relation == "spun_copy" and compared.facts_changed
    with Store(db) as store:
        ids = {m.pk: m.id for m in store.metas()}
        stored = [p.verdict for p in store.pairs() if {ids[p.a], ids[p.b]} == {"harbour_original.txt",
                                                                               "harbour_spun.txt"}]
    assert [v.fact_changes for v in stored] == [compared.fact_changes]
    match = next(m for m in trace_dict(trace(_id("harbour_original.txt"), db))["matches"]
                 if m["id"] == "harbour_spun.txt")
    assert match["facts_changed"] and match["fact_changes"] == dict(compared.fact_changes)


def test_a_trace_is_the_same_whatever_was_traced_before(db: Path) -> None:
    """A trace remembers work by sentence and sentence pair (its candidates are copies of one story); what it
    remembered from other traces never changes an answer: each fixture traced after all the others, by a warm
    engine, answers as it does with every memo of that work emptied and a fresh engine."""
    from unspun.pair import agreement, align, align_semantic, judge, lifted_runs
    from unspun.pair.changes import facts
    from unspun.text import figures, quotations

    remembered = (agreement._pair_features, agreement._sentence_content, align._sentence_anchors,
                  align_semantic._rare_names_of, align_semantic._facts_of, align_semantic._fact_sentences_of,
                  align_semantic._sentence_facts_of, facts._facts_of_text, figures._things_named_of,
                  judge._name_weight, lifted_runs._shared_run, agreement._probability_of, judge._release_line,
                  judge._version_note_line, quotations.quotation_spans)
    # a text's own marks and name norms are kept in the engine's memo (tidy47), which a fresh engine starts empty
    warm = PairEngine(precise=False)
    for path in FILES:
        trace(path, db, warm)
    for path in FILES:
        warm.verdicts = Memo(warm.settings.index.remembered_verdicts)  # each pair compared again by the warm memos
        answer = trace_dict(trace(path, db, warm))
        for memo in remembered:
            memo.cache_clear()
        assert trace_dict(trace(path, db, PairEngine(precise=False))) == answer, path


def test_a_trace_asked_again_compares_only_the_candidates_it_has_not_met(tmp_path: Path) -> None:
    """An engine remembers a trace's verdicts by the content of both sides: the same article traced again compares
    nothing, and after a new copy is indexed only the new candidate is compared; every answer is a fresh
    engine's."""
    from unittest import mock

    path = tmp_path / "c.db"
    index_paths([_id("harbour_original.txt"), _id("orchard_original.txt"), _id("library_original.txt")], path)
    engine = PairEngine(precise=False)
    with mock.patch.object(engine, "compare_segmented", wraps=engine.compare_segmented) as counted:
        first = trace_dict(trace(_id("harbour_spun.txt"), path, engine))
        compared = counted.call_count
        again = trace_dict(trace(_id("harbour_spun.txt"), path, engine))
        assert compared > 0 and counted.call_count == compared
        index_paths([_id("harbour_trimmed.txt")], path)
        grown = trace_dict(trace(_id("harbour_spun.txt"), path, engine))
    assert counted.call_count == compared + 1
    assert first == again
    assert [m["id"] for m in first["matches"]] == ["harbour_original.txt"]
    assert {m["id"] for m in grown["matches"]} == {"harbour_original.txt", "harbour_trimmed.txt"}
    assert grown == trace_dict(trace(_id("harbour_spun.txt"), path, PairEngine(precise=False)))


def test_precise_trace_agrees_on_the_trimmed_copy(db: Path) -> None:
    result = trace(_id("harbour_trimmed.txt"), db, PairEngine(precise=True))
    assert [m.direction for m in result.matches if m.id == _stored("harbour_original.txt")] == ["b_to_a"]


def test_trace_of_a_missing_file_or_store_is_one_clear_error(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from unspun.errors import InputError, StoreMissingError

    with pytest.raises(InputError):
        trace(str(tmp_path / "absent.txt"), db)
    with pytest.raises(StoreMissingError) as missing:
        trace(_id("harbour_trimmed.txt"), tmp_path / "absent.db")
    assert "--db" not in str(missing.value)  # the library names the path; the shell names the flag
    assert main(["trace", _id("harbour_trimmed.txt"), "--db", str(tmp_path / "absent.db")]) == 2
    assert "run 'unspun index PATH... --db" in capsys.readouterr().err


def test_stories_and_report_from_the_cli(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stories", "--db", str(db), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["schema"] == "unspun.stories/2"
    stories = {frozenset(s["articles"]): s for s in out["stories"]}
    harbour = frozenset(
        _stored(n)
        for n in (
            "harbour_original.txt",
            "harbour_spun.txt",
            "harbour_trimmed.txt",
            "harbour_independent.txt",
        )
    )
    assert harbour in stories
    assert stories[frozenset({_stored("orchard_original.txt")})]["origin"] is None
    site = tmp_path / "site"
    assert main(["report", "--db", str(db), "--out", str(site)]) == 0
    pages = {p.name for p in site.iterdir()}
    assert "index.html" in pages and any(p.startswith("pair-") for p in pages)
    assert all(s["id"] + ".html" in pages for s in out["stories"])


def test_report_escapes_article_text(tmp_path: Path) -> None:
    page = tmp_path / "hostile.json"
    page.write_text(
        json.dumps(
            {
                "id": "x",
                "title": "<script>alert(1)</script> Harbour news",
                "text": (CORPUS / "orchard_original.txt").read_text(),
            }
        )
    )
    index_paths([str(page)], tmp_path / "c.db")
    assert main(["report", "--db", str(tmp_path / "c.db"), "--out", str(tmp_path / "site")]) == 0
    html = "".join(p.read_text() for p in (tmp_path / "site").iterdir())
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_bad_json_lines_are_skipped_and_counted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        json.dumps({"id": "lib", "text": (CORPUS / "library_original.txt").read_text()}),
        "{this is not json",
        json.dumps({"id": "empty", "text": ""}),
        json.dumps({"id": "orch", "text": (CORPUS / "orchard_original.txt").read_text(), "published": "2024-04-30"}),
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n")
    code = main(["index", str(feed), "--db", str(tmp_path / "c.db")])
    err = capsys.readouterr().err
    assert code == 1, "a run that skipped records says so in its exit status"
    assert "indexed 2 new article(s)" in err and "skipped 2 bad record(s)" in err
    # each reason names the records it skipped, as file:line, so a reader can mend them
    assert "not a valid JSON line (expecting property name enclosed in double quotes at column 2) (feed.jsonl:2)" in err
    assert "(empty)" in err
    assert err.count("\n") == 1, "piped stderr gets the summary line only, no progress bar"
    with Store(tmp_path / "c.db") as store:
        assert set(store.stored_hashes()) == {"lib", "orch"}


def test_bad_warc_records_are_skipped_and_counted(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    warc = tmp_path / "crawl.warc.gz"
    _write_warc(
        warc,
        [
            ("https://news.example/library", _html("City library", "library_original.txt")),
            ("https://news.example/broken", b"\x00\x01\x02 binary junk \xff\xfe" * 20),
            ("https://news.example/orchard", _html("Late frost", "orchard_original.txt")),
        ],
    )
    summary = index_paths([str(warc)], tmp_path / "c.db")
    assert summary.added == 2
    assert sum(summary.skipped.values()) == 1


def test_an_archive_cut_short_is_one_skipped_item_after_its_whole_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("warcio")
    warc = tmp_path / "crawl.warc.gz"
    _write_warc(warc, [
        ("https://news.example/library", _html("City library", "library_original.txt")),
        ("https://news.example/orchard", _html("Late frost", "orchard_original.txt")),
    ])
    data = warc.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 200])  # inside the second record's gzip member
    code = main(["index", str(cut), "--db", str(tmp_path / "c.db"), "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 1, "a run that skipped a cut record says so in its exit status"
    assert err.count("\n") == 1 and "indexed 1 new article(s)" in err
    assert f"skipped 1 bad record(s): 1 × archive {cut} is cut short inside record 2 (at byte " in err
    assert "the 1 whole record(s) before it were read" in err
    with Store(tmp_path / "c.db") as store:
        assert set(store.stored_hashes()) == {"https://news.example/library"}


def test_resume_after_sigkill_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    # With workers the indexer commits 240 records within ~0.3 s of the 96th on an idle machine, so a poll
    # could read the finished store: the feed is long enough that the kill lands mid-run however fast it goes.
    feed, count = tmp_path / "feed.jsonl", 960
    _write_generated_feed(feed, count)
    path = tmp_path / "c.db"
    command = [sys.executable, "-m", "unspun", "index", str(feed), "--db", str(path), "--batch-size", "8"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    # Past 64 articles the indexer runs worker processes: the kill lands while they are alive.
    committed = _wait_for_rows(path, process, at_least=96)
    children = _children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # a safety net: the pool ends by itself (test_workers.py)
    assert 0 < committed < count, "the kill must land mid-run"
    assert children is None or children, "the worker pool should be running when the indexer is killed"
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    with Store(path) as store:
        assert store.count() == count
        assert store.integrity_ok()
        assert len(list(store.fingerprints())) == count
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0] == count
        orphans = db.execute("SELECT count(*) FROM sentences WHERE article NOT IN (SELECT pk FROM articles)")
        assert orphans.fetchone()[0] == 0
    assert "already stored" in done.stderr


# --- helpers --------------------------------------------------------------------------------------

_VOCABULARY_TEXT = (
    "river market council harbour teacher engine winter garden bridge station village doctor museum "
    "farmer budget tunnel festival factory island weather orchestra library stadium airport bakery "
    "hospital vineyard railway mountain forest lantern ceramic glacier compass tractor violin "
    "satellite pharmacy ferry quarry meadow canyon volcano theatre parliament election treaty "
    "minister protest strike salary pension tariff harvest drought flood earthquake wildfire "
    "bicycle tramway motorway carpenter plumber novelist sculptor chemist surgeon astronaut referee "
    "goalkeeper champion trophy medal marathon regatta tournament concert exhibition auction "
    "mortgage invoice dividend merger startup software battery turbine reactor"
)
_VOCABULARY = _VOCABULARY_TEXT.split()


def _write_generated_feed(path: Path, count: int) -> None:
    """Unrelated word-salad records (seeded): fast to index, few candidates, enough batches to kill."""
    rng = random.Random(11)
    with path.open("w") as out:
        for k in range(count):
            vocabulary = rng.sample(_VOCABULARY, 25)
            sentences = [" ".join(rng.choice(vocabulary) for _ in range(12)).capitalize() + "." for _ in range(5)]
            out.write(json.dumps({"id": f"gen-{k}", "title": f"Record {k}", "text": " ".join(sentences)}) + "\n")


def _wait_for_rows(path: Path, process: subprocess.Popen[bytes], at_least: int, timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"index exited early: {process.stderr.read().decode() if process.stderr else ''}")
        rows = _committed(path)
        if rows >= at_least:
            return rows
        time.sleep(0.05)
    process.kill()
    pytest.fail("index committed nothing within a minute")


def _children(pid: int) -> list[str] | None:
    """Child process ids of ``pid`` (None where the kernel does not list them)."""
    try:
        return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return None


def _committed(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def _html(title: str, name: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in (CORPUS / name).read_text().split("\n\n")[1:])
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


def _write_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )
    with gzip.open(path) as written:
        assert written.read(4) == b"WARC"


def test_stories_and_trace_text_name_articles_by_title_site_and_date(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stories", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    label = lines.index(next(x for x in lines if x.startswith("Storm surge floods Kelderwick harbour as council")))
    assert "4 articles" in lines[label] and "origin: the first below" in lines[label]
    assert lines[label + 1].strip() == (
        "Storm surge floods Kelderwick harbour as council opens emergency shelters — 2024-03-14  "
        f"[{_stored('harbour_original.txt')}]"
    )
    assert any(x.strip().endswith(f"— no date  [{_stored('harbour_independent.txt')}]") for x in lines)
    assert main(["trace", _id("harbour_spun.txt"), "--db", str(db)]) == 0
    first, *matches = capsys.readouterr().out.splitlines()
    assert first.startswith("Storm swell floods Kelderwick port as council opens crisis shelters — 2024-03-14")
    assert any(f"emergency shelters — 2024-03-14  [{_stored('harbour_original.txt')}]" in m for m in matches)


def test_candidates_read_together_are_each_read_alone(db: Path) -> None:
    """A trace reads its candidates in four queries (``stored_sides``), the indexer's pages one at a time: both
    give the same articles, removed blocks, sentences, vectors and spin scores, and the language each
    fingerprint recorded, which is ``reads_as_english`` of the text with the store's text settings."""
    import numpy as np

    from unspun.config import DEFAULT_SETTINGS
    from unspun.run.indexer import stored_sides
    from unspun.text.language import reads_as_english

    with Store(db) as store:
        pks = [m.pk for m in store.metas()][::-1]
        together = stored_sides(store, [*pks, pks[0]], DEFAULT_SETTINGS)
        assert together[-1].seg == together[0].seg  # a key given twice is read twice
        for pk, side in zip(pks, together, strict=False):
            alone_article = store.article(pk)
            assert side.seg.article.text == alone_article.text and side.seg.article.id == alone_article.id
            assert side.seg.article.removed == store.removed_of(pk)
            assert side.seg.sentences == store.sentences(pk)
            analysis = store.analysis(pk, len(side.seg.sentences))
            assert side.spin == analysis.spin and analysis.vectors is not None
            assert np.array_equal(side.vectors, analysis.vectors)
            assert side.english == reads_as_english(side.seg.article.text, DEFAULT_SETTINGS.text)
        # Without the comparisons' settings (or with other text settings) the recorded language is not used.
        assert all(side.english is None for side in stored_sides(store, pks))
        with pytest.raises(KeyError):
            stored_sides(store, [max(pks) + 1])


def test_a_trace_reads_candidates_languages_from_the_store_only_when_read_with_its_settings(
    db: Path, tmp_path: Path
) -> None:
    """Each candidate's language comes from its stored fingerprint (not read again from its text) when the store
    read it with the trace's text settings; the answer is the one that reads every text again."""
    import shutil

    from unspun.config import DEFAULT_SETTINGS, settings_dict
    from unspun.run.indexer import stored_sides

    flipped = tmp_path / "flipped.db"
    shutil.copy(db, flipped)
    with sqlite3.connect(flipped) as conn:
        conn.execute("UPDATE fingerprints SET english = 1 - english")
    with Store(flipped) as store:
        pks = [m.pk for m in store.metas()]
        assert all(side.english is False for side in stored_sides(store, pks, DEFAULT_SETTINGS))
        other = dataclasses.replace(DEFAULT_SETTINGS, text=dataclasses.replace(
            DEFAULT_SETTINGS.text, english_min_function_share=DEFAULT_SETTINGS.text.english_min_function_share / 2))
        assert all(side.english is None for side in stored_sides(store, pks, other))
        # A store that saved its settings reads languages with those.
        store.save_settings(settings_dict(other))
        assert all(side.english is False for side in stored_sides(store, pks, other))
        assert all(side.english is None for side in stored_sides(store, pks, DEFAULT_SETTINGS))
    for path in FILES:
        assert trace_dict(trace(path, db, PairEngine(precise=False))) == \
            trace_dict(_trace_reading_languages_again(path, db)), path


def _trace_reading_languages_again(path: str, db: Path):  # -> TraceResult
    from unittest import mock

    with mock.patch.object(Store, "languages_read_with", return_value=None):
        return trace(path, db, PairEngine(precise=False))


def test_a_text_stored_under_two_ids_is_compared_once_and_matches_as_the_other(tmp_path: Path) -> None:
    """A page stored twice (under two URLs or names, same text, date and site) is one comparison for a trace,
    not two: the store with a mirror of the harbour original makes as many comparisons as the store without,
    and the mirror matches with the original's verdict."""
    import shutil
    from unittest import mock

    mirror = tmp_path / "harbour_original_mirror.txt"
    shutil.copy(CORPUS / "harbour_original.txt", mirror)
    plain, mirrored = tmp_path / "plain.db", tmp_path / "mirrored.db"
    index_paths(FILES, plain)
    index_paths([*FILES, str(mirror)], mirrored)
    answers, calls = {}, {}
    for path in (plain, mirrored):
        engine = PairEngine(precise=False)
        with mock.patch.object(engine, "compare_segmented", wraps=engine.compare_segmented) as counted:
            answers[path] = trace_dict(trace(_id("harbour_spun.txt"), path, engine))
        calls[path] = counted.call_count
    assert calls[mirrored] == calls[plain] > 0
    by_id = {m["id"]: m for m in answers[mirrored]["matches"]}
    original, copy = by_id["harbour_original.txt"], by_id[mirror.name]
    verdict = ("relation", "direction", "coverage", "coverage_query", "coverage_match", "confidence", "score")
    assert [original[k] for k in verdict] == [copy[k] for k in verdict]
    assert set(by_id) == {m["id"] for m in answers[plain]["matches"]} | {mirror.name}


def test_a_text_indexed_again_under_another_id_takes_its_twin_s_verdicts_without_comparing_them_again(
    tmp_path: Path,
) -> None:
    """A later article with the text of one indexed before meets that one's candidates again: each pair a
    comparison cannot tell from one already compared takes its verdict, which is the verdict comparing it gives."""
    import shutil
    from unittest import mock

    from unspun.run.indexer import stored_sides
    from unspun.run.pool import CompareTask, compare_task

    twin = tmp_path / "zz_harbour_spun_again.txt"  # indexed last: after the spun copy and its candidates
    shutil.copy(CORPUS / "harbour_spun.txt", twin)
    engine = PairEngine(precise=False)
    with mock.patch.object(engine, "compare_segmented", wraps=engine.compare_segmented) as counted:
        summary = index_paths([*FILES, str(twin)], tmp_path / "c.db", engine, workers=1)
    assert counted.call_count < summary.compared, "the twin's pair with the harbour original is not compared again"
    assert counted.call_count == summary.compared - summary.reused > 0
    assert f"{summary.reused} of them by a text met before under another id" in summary.line()
    with Store(tmp_path / "c.db") as store:
        ids = {m.pk: m.id for m in store.metas()}
        twin_pk = next(pk for pk, name in ids.items() if name == twin.name)
        stored = {p.a: p.verdict for p in store.pairs() if p.b == twin_pk}
        others = sorted(stored)
        sides = stored_sides(store, [twin_pk, *others])
    assert "harbour_original.txt" in {ids[pk] for pk in others}
    fresh = compare_task(CompareTask(sides[0], tuple(sides[1:])), PairEngine(precise=False))
    assert [stored[pk] for pk in others] == fresh


def test_candidates_read_while_the_recent_articles_turn_over_are_all_compared(tmp_path: Path) -> None:
    """A batch's candidates come from the batch, the recently read articles and the store; remembering one may push
    out another the same new article still needs (the 10k feed met it after ~4,000 articles: a KeyError)."""
    from unspun.config import DEFAULT_SETTINGS, IndexConfig

    def pairs(db: Path, engine: PairEngine | None) -> list[tuple[int, int, str, str, float]]:
        index_paths(FILES, db, engine)
        with sqlite3.connect(db) as conn:
            return list(conn.execute("select a, b, relation, direction, confidence from pairs order by a, b"))

    tight = DEFAULT_SETTINGS.replace(index=IndexConfig(recent_articles=1, batch_articles=1))
    turned_over = pairs(tmp_path / "tight.db", PairEngine(tight, precise=False))
    assert turned_over == pairs(tmp_path / "usual.db", None)
    assert len(turned_over) >= 4



def test_a_stored_pair_page_shows_each_side_s_removed_blocks(tmp_path: Path) -> None:
    from unspun.run.lookup import stored_comparison

    body = (CORPUS / sorted(os.listdir(CORPUS))[0]).read_text(encoding="utf-8")
    chrome = "Advertisement\n\nShare this article on Facebook\n\n"
    (tmp_path / "original.txt").write_text(body, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(chrome + body + "\n\nRead more: our most popular stories\n", encoding="utf-8")
    path = tmp_path / "s.db"
    index_paths([str(tmp_path / "original.txt"), str(tmp_path / "copy.txt")], path)
    with Store(path) as store:
        pair = next(p for m in store.metas() for p in store.pairs_of(m.pk))
        found = stored_comparison(store, pair.a, pair.b)
        assert found.stored is not None and found.stored.relation == pair.verdict.relation
        removed = [store.removed_of(pk) for pk in (pair.a, pair.b)]
        assert any(removed)  # the copy's chrome was removed and stored
        assert [found.comparison.a.article.removed, found.comparison.b.article.removed] == removed


def test_trace_lists_the_source_of_a_heavy_rewrite_as_compare_judges_it(tmp_path: Path) -> None:
    # tests/fixtures/short_rewrites (fit half): a source, its heavy rewrite (hardly a 3-word run kept, the facts in
    # their order; MiniLM still finds it) and a text on the subject written without it. The static comparison
    # called the rewrite same_story, which a trace does not list; the index and the trace now judge it as
    # ``unspun compare`` does.
    from unspun.api import compare
    from unspun.api import trace as traced
    from unspun.model import RawRecord

    folder = ROOT / "tests" / "fixtures" / "short_rewrites"
    names = ("sourdough", "sourdough_heavy", "sourdough_independent")
    feed, db = tmp_path / "feed.jsonl", tmp_path / "store.db"
    feed.write_text("".join(json.dumps({"id": n, "text": (folder / f"{n}.txt").read_text(encoding="utf-8")}) + "\n"
                            for n in names), encoding="utf-8")
    index_paths([str(feed)], db)
    with Store(db, create=False) as store:
        ids = {m.pk: m.id for m in store.metas()}
        stored = {frozenset((ids[p.a], ids[p.b])): p.verdict.relation for p in store.pairs()}
    assert stored[frozenset(("sourdough", "sourdough_heavy"))] == "rewrite"
    heavy = (folder / "sourdough_heavy.txt").read_text(encoding="utf-8")
    (match,) = traced(RawRecord("sourdough_heavy", heavy), db).matches  # the stored text itself is left out
    source = (folder / "sourdough.txt").read_text(encoding="utf-8")
    assert match.id == "sourdough"
    assert match.relation == compare(RawRecord("a", source), RawRecord("b", heavy)).verdict.relation == "rewrite"


def test_next_months_report_from_the_same_template_stays_out_of_the_story_of_last_months(tmp_path: Path) -> None:
    # Undated: only the stored verdict that found another event keeps the similarity tests from joining them,
    # so the store keeps it (an unrelated verdict of another kind stays unstored).
    from unspun.store.stories import build_stories

    folder = ROOT / "tests" / "fixtures" / "recurring"
    names = ("jobless_oct.txt", "jobless_nov.txt", "jobless_oct_revised.txt")
    summary = index_paths([str(folder / name) for name in names], tmp_path / "c.db")
    with Store(tmp_path / "c.db") as store:
        ids = {m.pk: m.id for m in store.metas()}
        kept = {frozenset((ids[p.a], ids[p.b])): p.verdict for p in store.pairs()}
        stories = {frozenset(s.articles) for s in build_stories(store)}
    # the kept verdict of another event links nothing, and the run's line does not count it as a link
    assert summary.other_events == len([v for v in kept.values() if v.keeps_stories_apart]) >= 1
    assert summary.pairs == len(kept) - summary.other_events and "another event kept" in summary.line()
    assert kept[frozenset(("jobless_oct.txt", "jobless_nov.txt"))].another_event_told_alike
    assert kept[frozenset(("jobless_oct.txt", "jobless_oct_revised.txt"))].relation == "near_duplicate"
    assert stories == {frozenset(("jobless_oct.txt", "jobless_oct_revised.txt")), frozenset(("jobless_nov.txt",))}


def test_a_second_fire_recalling_the_first_stays_out_of_the_first_fires_story(tmp_path: Path) -> None:
    # Undated own-words reports: one factory fire told by two outlets, and its second fire, whose report says what
    # burned the first time. Independent reports are seldom candidates (these three are not), so the stories read
    # the recall from the stored texts as the judge does (``StoryEvidence.recalls_the_other``).
    from unspun.store.stories import build_stories

    folder = ROOT / "tests" / "fixtures" / "undated_occasions"
    names = ("fire_a.txt", "fire_a_other.txt", "fire_b.txt")
    index_paths([str(folder / name) for name in names], tmp_path / "f.db")
    with Store(tmp_path / "f.db") as store:
        stories = {frozenset(s.articles) for s in build_stories(store)}
    assert stories == {frozenset(("fire_a.txt", "fire_a_other.txt")), frozenset(("fire_b.txt",))}


def test_trace_lists_another_outlets_story_that_lifted_one_paragraph_as_its_copy(tmp_path: Path) -> None:
    """A rights team traces its 570-word ferry report: another outlet's council budget story, a day later, carries
    one of its paragraphs word for word. Indexed in either order, the pair is compared and traced."""
    lifted = ROOT / "tests" / "fixtures" / "lifted"
    records = {
        "ferry": {"id": "islandpost/ferry", "site": "islandpost.example", "published": "2026-11-02",
                  "text": (lifted / "ferry_report.txt").read_text(encoding="utf-8")},
        "budget": {"id": "marrowtimes/budget", "site": "marrowtimes.example", "published": "2026-11-03",
                   "text": (lifted / "council_budget.txt").read_text(encoding="utf-8")},
        "orchard": {"id": "orchard", "text": (CORPUS / "orchard_original.txt").read_text(encoding="utf-8")},
    }
    for order in (("orchard", "ferry", "budget"), ("budget", "orchard", "ferry")):
        feed, path = tmp_path / f"{order[0]}.jsonl", tmp_path / f"{order[0]}.db"
        feed.write_text("".join(json.dumps(records[k]) + "\n" for k in order), encoding="utf-8")
        index_paths([str(feed)], path, workers=1)
        with Store(path, create=False) as store:
            [pair] = store.pairs()
            assert pair.verdict.relation == "partial_reuse"
        ferry = tmp_path / "ferry.json"
        ferry.write_text(json.dumps(records["ferry"]), encoding="utf-8")
        matches = trace_dict(trace(str(ferry), path))["matches"]
        assert [(m["id"], m["relation"], m["direction"]) for m in matches] == [
            ("marrowtimes/budget", "partial_reuse", "a_to_b")]


def test_skip_reasons_keep_a_colon_inside_their_parentheses(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    # "random.bin looks binary, not text (…: compressed, encrypted or random data?): pass…" was cut at its first
    # ": " (probe37 row 2); the file's path goes, the whole reason stays.
    import random

    from unspun.run.indexer import skip_reason

    data = random.Random(3).randbytes(4000)
    (tmp_path / "random.bin").write_bytes(data)
    code = main(["index", str(tmp_path / "random.bin"), "--db", str(tmp_path / "c.db")])
    err = capsys.readouterr().err
    assert code in (1, 2) and "1 × looks binary, not text (" in err and "random data?): pass an HTML" in err
    assert err.rstrip().endswith("(random.bin)") and str(tmp_path) not in err
    assert skip_reason("feed.jsonl:3: not JSON", "feed.jsonl:3") == "not JSON"
    assert skip_reason("not a valid JSON line (x at column 5)", "f.jsonl:1") == "not a valid JSON line (x at column 5)"


CREDITED = ROOT / "tests" / "fixtures" / "credited_rewrite"


@pytest.mark.parametrize("order", ["wire_first", "paper_first"])
def test_a_credited_rewrite_and_its_undated_copy_are_traced_from_either_side(tmp_path: Path, order: str) -> None:
    """tests/fixtures/credited_rewrite: the wire, a paper's rewrite crediting it, the sister paper's undated verbatim
    copy of the rewrite, and the agency's later story. In either insertion order, a trace of the wire lists the
    rewrite and its copy as copies, a trace of the rewrite lists the wire as its source and its undated duplicate as
    its copy, and the duplicate's trace names the dated rewrite its source (probe39 w1, w7, w8)."""
    def record(name: str, article: str, site: str, published: str | None) -> dict[str, object]:
        text = (CREDITED / f"{article}.txt").read_text(encoding="utf-8")
        return {"id": name, "text": text, "site": site, "url": f"https://{site}/{name}", "published": published}

    records = [record("wire", "wire", "pna-wire.example", "2026-06-03T06:30:00Z"),
               record("paper", "paper", "brackenfordstar.example", "2026-06-04T07:00:00Z"),
               record("sister", "paper", "airedaleecho.example", None),
               record("later", "other_wire", "pna-wire.example", "2026-07-15T06:30:00Z")]
    if order == "paper_first":
        records.reverse()
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "credited.db"
    index_paths([str(feed)], db)
    queries = {}
    for r in records:
        queries[r["id"]] = tmp_path / f"{r['id']}.json"
        queries[r["id"]].write_text(json.dumps(r), encoding="utf-8")

    def roles(name: str) -> dict[str, str | None]:
        return {m["id"]: m["role"] for m in trace_dict(trace(str(queries[name]), db))["matches"]}

    assert roles("wire") == {"paper": "copy", "sister": "copy"}
    assert roles("paper") == {"wire": "source", "sister": "copy"}
    assert roles("sister") == {"wire": "source", "paper": "source"}


# Two outlets' own reports of one council decision (story48): the second retells the first's two opening
# sentences in other words, which static vectors align sentence by sentence.
OWN_WORDS_CABINET = (
    "Decision on Whitley Bay seafront shelters delayed\n\n"
    "North Tyneside Council's cabinet has put off a decision on a £2.4 million plan to rebuild the shelters on the "
    "promenade after members said they needed more detail on the costs.\n\n"
    "The plan would rebuild the roofs and benches of eleven shelters between Whitley Bay and Cullercoats. Officers "
    "will bring a revised report to the next meeting.\n\n"
    "Councillor Janet Stobbart said she was disappointed by the delay. \"Walkers have waited long enough for "
    "somewhere dry to sit,\" she said.\n"
)
OWN_WORDS_VOTE = (
    "Cabinet puts seafront shelter vote off\n\n"
    "A vote on spending £2.4m on seafront shelters in North Tyneside was delayed after members of the cabinet said "
    "the figures were not clear enough.\n\n"
    "Eleven shelters between Whitley Bay and Cullercoats would get new roofs and benches under the plan, which will "
    "return to councillors with more detail.\n"
)


def test_own_words_reports_get_the_same_verdict_in_compare_the_store_and_a_trace(tmp_path: Path) -> None:
    """The index stored such a pair as a near-duplicate ("0% of the reused text is word for word") where ``compare``
    says same_story, so stories named an origin and a copy among own-words reports (/tmp/probe48 O1): the verdict
    must not depend on which path compared the pair."""
    from unspun.api import compare

    (tmp_path / "cabinet.txt").write_text(OWN_WORDS_CABINET, encoding="utf-8")
    (tmp_path / "vote.txt").write_text(OWN_WORDS_VOTE, encoding="utf-8")
    path = tmp_path / "c.db"
    index_paths([str(tmp_path / "cabinet.txt"), str(tmp_path / "vote.txt")], path)
    with Store(path) as store:
        stored = [p.verdict.relation for p in store.pairs()]
    compared = compare(str(tmp_path / "cabinet.txt"), str(tmp_path / "vote.txt")).verdict
    assert compared.relation == "same_story"
    assert stored in ([], [compared.relation])
    traced = [m["relation"] for m in trace_dict(trace(str(tmp_path / "vote.txt"), path))["matches"]]
    assert "near_duplicate" not in traced and "rewrite" not in traced


def test_a_long_copy_with_its_own_intro_gets_the_same_relation_from_compare_the_store_and_both_traces(
        tmp_path: Path) -> None:
    """A copy that keeps four paragraphs of a long report word for word and opens with two of its own: static
    cosines linked a quote the copy dropped to its own opening, and that one link out of order made the store and
    both traces call it a restructured rewrite while ``compare`` said partial_reuse (parity49, issue 10/13)."""
    from tests.conftest import FIXTURES
    from unspun.api import compare

    source, copy = (FIXTURES / "own_intros" / name for name in ("harbour.txt", "harbour_intro.txt"))
    path = tmp_path / "c.db"
    index_paths([str(source), str(copy)], path)
    with Store(path) as store:
        stored = [p.verdict.relation for p in store.pairs()]
    compared = compare(source, copy).verdict.relation
    assert compared == "partial_reuse"
    assert stored == [compared]
    for query, other in ((source, copy), (copy, source)):
        traced = [m["relation"] for m in trace_dict(trace(str(query), path))["matches"] if m["id"] == other.name]
        assert traced == [compared]


def _front_doors(tmp_path: Path, folder: str, names: tuple[str, str]) -> tuple[tuple[str, str], list[tuple[str, str]],
                                                                            list[list[tuple[str, str]]]]:
    """``compare``'s verdict of source with copy, the store's, and each trace's listing of the other text, as
    (relation, direction) read as source with copy (a copy's trace of its source mirrored)."""
    from bench.mirror import MIRRORED
    from tests.conftest import FIXTURES
    from unspun.api import compare

    source, copy = (FIXTURES / folder / name for name in names)
    path = tmp_path / "c.db"
    index_paths([str(source), str(copy)], path)
    with Store(path) as store:
        stored = [(p.verdict.relation, p.verdict.direction) for p in store.pairs()]
    compared = compare(source, copy).verdict
    traced = []
    for query, other, mirror in ((source, copy, False), (copy, source, True)):
        traced.append([(m["relation"], MIRRORED.get(m["direction"], m["direction"]) if mirror else m["direction"])
                       for m in trace_dict(trace(str(query), path))["matches"] if m["id"] == other.name])
    return (compared.relation, compared.direction), stored, traced


def test_a_summary_crediting_its_sources_reporter_is_its_copy_in_compare_the_store_and_both_traces(
        tmp_path: Path) -> None:
    """A summary ending "Source: Morag Lindsay, Argyll Courier" of a report signed "By Morag Lindsay": ``compare`` reads
    the credit to the source's author and names the summary the copy; the store kept no author, so the same credit
    read there as an outside source both derive from, and the store and the summary's trace said common_source
    (parity50, issue 10/13)."""
    compared, stored, traced = _front_doors(tmp_path, "store_readings", ("ferry.txt", "ferry_summary.txt"))
    assert compared == ("rewrite", "a_to_b")
    assert stored == [compared]
    assert traced == [[compared], [compared]]



def test_a_teaser_its_report_never_offers_is_listed_by_the_reports_trace_as_the_store_holds_it(
        tmp_path: Path) -> None:
    """A 50-word teaser of a landslip report: indexed after the report, its query found the report and the store holds
    the rewrite, but the report's own trace asked the candidate index alone, which reads the teaser's every sentence
    against a sample of the report's, and never listed it (parity50, issue 10/13)."""
    compared, stored, traced = _front_doors(tmp_path, "human_summaries", ("landslip.txt", "landslip_teaser.txt"))
    assert compared == ("rewrite", "a_to_b")
    assert stored == [compared]
    assert traced == [[compared], [compared]]


def test_a_text_indexed_again_under_a_plain_headline_takes_no_verdict_its_flash_headline_gave(tmp_path: Path) -> None:
    """One text stored under "BREAKING: Fire at Hartley Mill in Oldbury" and again under "Fire at Hartley Mill in
    Oldbury": the flash headline makes the first the flash the full report expanded; the second says no such thing,
    and took its twin's direction and evidence ("B says its story will grow ('BREAKING: …')") while the title was no
    part of what a comparison reads. Its stored verdict is the one comparing it gives."""
    from unspun.run.indexer import stored_sides
    from unspun.run.pool import CompareTask, compare_task

    names = ("mill_fire_full.json", "mill_fire_flash.json", "mill_fire_plain.json")  # the twin indexed last
    folder = ROOT / "tests" / "fixtures" / "twin_titles"
    index_paths([str(folder / n) for n in names], tmp_path / "t.db", PairEngine(precise=False), workers=1)
    with Store(tmp_path / "t.db") as store:
        pk = {m.id: m.pk for m in store.metas()}
        stored = {(p.a, p.b): p.verdict for p in store.pairs()}
        full, plain = stored_sides(store, [pk["full"], pk["plain"]])
    engine = PairEngine(precise=False)
    by_flash = stored[(pk["full"], pk["flash"])]
    by_plain = stored[(pk["full"], pk["plain"])]
    assert by_flash.direction == "b_to_a" and any("BREAKING" in e for e in by_flash.evidence)
    assert not any("BREAKING" in e for e in by_plain.evidence)
    assert [by_plain] == compare_task(CompareTask(plain, (full,)), engine)
