"""unspun spark: the same pipeline on Spark (local[2]) against ``unspun index`` + ``stories`` on one corpus,
connected components on adversarial graphs, and ``unspun import`` back into a store.

The parity corpus: 200 BBC articles and 100 generated copies (spun at 30% and 60%, trimmed, partial reuse;
seeded) plus 40 BASIL articles (same-story coverage with dates), read from ``../shared/data`` (skipped when
absent), with two bad records that both pipelines must skip and count, four pages in other languages and a copy
of one (``fixtures/languages``: English vectors put them all close together; only the copy shares words),
``fixtures/credited_rewrite`` (a paper's rewrite crediting an agency's wire story, read before the wire: only
the credit makes them candidates), and 12 HTML pages (6 more BBC articles and a copy of each) in a WARC. Spark
reads the JSON Lines by path, BASIL by a ``file://`` glob and the WARC by a ``file://`` glob (Hadoop's readers);
the indexer reads all three files by path. One Spark run and one index run
serve every parity assertion; the Spark session is the whole test run's (``conftest.spark``).
"""

from __future__ import annotations

import itertools
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark")

from unspun.corpus.story_clusters import cluster
from unspun.errors import InputError
from unspun.spark.graph import Labels, components, labels, local_components

SHARED = Path(__file__).resolve().parents[2] / "shared"
FIXTURES = Path(__file__).parent / "fixtures"
BBC, COPIES, BASIL, HTML_PAGES = 200, 100, 40, 6
# The paper is read first: the wire, read after it, queries, and its sentences meet too few of the paper's sketch
# sentences to make it a candidate (``test_candidates``: from the wire's side only the credit does).
CREDITED = [("credited-paper", "paper", "brackenfordstar.example", "2026-06-04T07:00:00Z"),
            ("credited-wire", "wire", "pna-wire.example", "2026-06-03T06:30:00Z"),
            ("credited-later", "other_wire", "pna-wire.example", "2026-07-15T06:30:00Z")]
MODIFIED = "2026-06-03T09:45:00Z"  # the wire's record was changed after it was published


# --- connected components --------------------------------------------------------------------------------


def _components(spark: Any, edges: list[tuple[int, int]]) -> list[list[int]]:
    frame = spark.createDataFrame(edges, "a long, b long")
    groups: dict[int, list[int]] = {}
    for row in components(frame).collect():
        groups.setdefault(row["label"], []).append(row["node"])
    return sorted(sorted(g) for g in groups.values())


def _expected(edges: list[tuple[int, int]]) -> list[list[int]]:
    nodes = sorted({n for e in edges for n in e})
    slot = {n: k for k, n in enumerate(nodes)}
    found = cluster(len(nodes), [(slot[a], slot[b]) for a, b in edges])
    return sorted(sorted(nodes[k] for k in group) for group in found)


def test_components_of_long_chains_stars_and_a_random_graph(spark: Any) -> None:
    rng = random.Random(11)
    chain = list(range(1000, 1064))
    rng.shuffle(chain)  # labels in random order along the chain: the worst case for label propagation
    edges = list(itertools.pairwise(chain))
    edges += list(zip(range(2000, 2040), range(2001, 2041), strict=True))  # an ordered chain
    edges += [(3000, 3001 + k) for k in range(80)] + [(4080 - k, 4000) for k in range(80)]  # two stars
    edges += [(rng.randrange(5000, 5150), rng.randrange(5000, 5150)) for _ in range(130)]  # sparse random
    edges += [(7, 7)]  # a self-loop is no edge
    got = _components(spark, edges)
    assert got == [g for g in _expected(edges) if g != [7]]
    assert sorted(chain) in got
    local: dict[int, list[int]] = {}
    for node, label in local_components(edges).items():  # the driver's way for small graphs: the same rows
        local.setdefault(label, []).append(node)
    assert sorted(sorted(g) for g in local.values()) == got and all(min(g) == k for k, g in local.items())
    # ``labels`` gives one type whichever way it went: the driver's dict for a small graph, the cluster's rows else
    rdd = spark.sparkContext.parallelize(edges[:40], 2)
    small, large = labels(rdd, local_limit=40), labels(rdd, local_limit=39)
    assert isinstance(small, Labels) and isinstance(large, Labels) and small.rows is None and large.local is None
    assert small.local == dict(large.rows.collect()) == local_components(edges[:40])


# --- parity with the single-machine index ----------------------------------------------------------------


def _corpus(folder: Path) -> dict[str, Any]:
    """The parity corpus in three files (see the module's docstring); returns which generated copies are spun
    and their sources, and the paths each pipeline reads."""
    if not (SHARED / "data" / "bbc_fulltext").is_dir():
        pytest.skip(f"{SHARED / 'data'} not present: the parity corpus is built from ../shared/data")
    from bench.corpus import _as_article_text, basil_articles, bbc_texts, variants
    from bench.scale import news_page, write_warc
    from bench.spinner import Spinner

    spinner = Spinner(SHARED)
    everything = bbc_texts(SHARED)
    texts = everything[:BBC]
    copies = variants(texts, COPIES, seed=5, spinner=spinner)
    lines, spun = [], []
    for k, text in enumerate(texts):
        title, _, body = text.partition("\n")
        lines.append({"id": f"bbc-{k}", "title": title, "text": _as_article_text(body)})
    for k, (text, source) in enumerate(copies):
        lines.append({"id": f"copy-{k}", "text": _as_article_text(text.partition("\n")[2] or text)})
        if k % 4 < 2:
            spun.append((f"bbc-{source}", f"copy-{k}"))
    languages = sorted((FIXTURES / "languages").glob("*.txt"))
    for page in languages:
        lines.append({"id": f"lang-{page.stem}", "text": page.read_text(encoding="utf-8")})
    spanish = (FIXTURES / "languages" / "es_debt_news.txt").read_text(encoding="utf-8").splitlines()
    lines.append({"id": "lang-es_debt_news-copy", "text": "\n".join(spanish[:3] + spanish[4:])})
    for name, article, site, published in CREDITED:
        text = (FIXTURES / "credited_rewrite" / f"{article}.txt").read_text(encoding="utf-8")
        lines.append({"id": name, "text": text, "site": site, "published": published}
                     | ({"modified": MODIFIED} if name == "credited-wire" else {}))
    rows = [json.dumps(line) for line in lines]
    rows[7:7] = ["{not json", json.dumps({"id": "empty", "text": "too short"})]
    (folder / "corpus.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    articles, _ = basil_articles(SHARED)
    basil = [{"id": a.id, "text": a.text, "title": a.title, "published": a.published, "site": a.site}
             for a in articles[:BASIL]]
    (folder / "basil-2016.jsonl").write_text("".join(json.dumps(b) + "\n" for b in basil), encoding="utf-8")
    html = everything[BBC : BBC + HTML_PAGES]
    pages = []
    for k, text in enumerate(html):
        title, _, body = text.partition("\n")
        pages.append((f"https://news.example/{k}", news_page(title, _paragraphs(body), "Example News")))
    for k, (text, source) in enumerate(variants(html, HTML_PAGES, seed=6, spinner=spinner)):
        title = html[source].partition("\n")[0]
        body = _paragraphs(text.partition("\n")[2] if text.startswith(title) else text)
        pages.append((f"https://farm.example/{k}", news_page(title, body, "Daily Farm")))
    write_warc(pages, folder / "pages-01.warc.gz")
    return {
        "spun": spun, "articles": len(lines) + len(basil) + len(pages), "pages": [url for url, _ in pages],
        "basil": [b["id"] for b in basil],
        "index_inputs": [str(folder / name) for name in ("corpus.jsonl", "basil-2016.jsonl", "pages-01.warc.gz")],
        "spark_inputs": [str(folder / "corpus.jsonl"), f"file://{folder}/basil-*.jsonl",
                         f"file://{folder}/pages-*.warc.gz"],
    }


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


@pytest.fixture(scope="module")
def parity(spark: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from unspun.run.indexer import index_paths
    from unspun.spark.job import run_spark
    from unspun.spark.output import read_table
    from unspun.store.sqlite import Store
    from unspun.store.stories import build_stories

    folder = tmp_path_factory.mktemp("parity")
    corpus = _corpus(folder)
    db = folder / "index.db"
    indexed = index_paths(corpus["index_inputs"], db)
    with Store(db) as store:
        ids = {m.pk: m.id for m in store.metas()}
        index_links = {(ids[p.a], ids[p.b]): p.verdict.relation for p in store.pairs()}
        index_stories = {a: s.id for s in build_stories(store) for a in s.articles}
    out = folder / "spark"
    summary = run_spark(corpus["spark_inputs"], out, spark)
    spark_links = {(r["a"], r["b"]): r["relation"] for r in read_table(out / "links")}
    spark_stories = {r["article_id"]: r["story_id"] for r in read_table(out / "stories")}
    return {
        **corpus, "indexed": indexed, "summary": summary, "out": out, "index_links": index_links,
        "spark_links": spark_links, "index_stories": index_stories, "spark_stories": spark_stories,
    }


def test_both_read_the_same_articles_and_count_the_same_bad_records(parity: dict[str, Any]) -> None:
    summary, indexed = parity["summary"], parity["indexed"]
    assert summary.articles == indexed.added == parity["articles"] >= 300
    assert sum(summary.skipped.values()) == sum(indexed.skipped.values()) == 2
    assert set(parity["spark_stories"]) == set(parity["index_stories"])


def test_hadoop_uris_and_globs_are_read(parity: dict[str, Any]) -> None:
    """BASIL came through a ``file://`` glob of JSON Lines, the HTML pages through a ``file://`` glob of a WARC:
    all are in, and the pages' copies are linked to their sources as the indexer links them."""
    assert set(parity["basil"]) | set(parity["pages"]) <= set(parity["spark_stories"])

    def page_links(links: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
        return {pair: relation for pair, relation in links.items() if pair[1].startswith("https://farm.")}

    assert len(page_links(parity["spark_links"])) >= HTML_PAGES // 2
    assert page_links(parity["spark_links"]) == page_links(parity["index_links"])


def test_a_local_glob_matching_nothing_is_one_clear_error(tmp_path: Path) -> None:
    from unspun.spark.job import _expanded

    (tmp_path / "a.jsonl").write_text("{}\n")
    found = _expanded([str(tmp_path / "*.jsonl"), "file:///x/*.warc.gz"])
    assert found == [str(tmp_path / "a.jsonl"), "file:///x/*.warc.gz"]
    with pytest.raises(InputError, match="no file matches"):
        _expanded([str(tmp_path / "*.warc.gz")])


def test_links_and_their_relations_match_the_indexer(parity: dict[str, Any]) -> None:
    index, spark = parity["index_links"], parity["spark_links"]
    pairs = set(index) | set(spark)
    same = {p for p in pairs if index.get(p) == spark.get(p)}
    differences = sorted((p, index.get(p), spark.get(p)) for p in pairs - same)
    assert len(same) / max(1, len(pairs)) >= 0.99, f"{len(differences)} of {len(pairs)} differ: {differences[:20]}"
    assert len(pairs) > 100  # the corpus has copies to find


def test_pages_in_other_languages_link_only_to_their_copy_in_both(parity: dict[str, Any]) -> None:
    def foreign(links: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
        return {pair: relation for pair, relation in links.items() if any(a.startswith("lang-") for a in pair)}

    expected = {("lang-es_debt_news", "lang-es_debt_news-copy")}
    assert set(foreign(parity["index_links"])) == set(foreign(parity["spark_links"])) == expected
    assert foreign(parity["index_links"]) == foreign(parity["spark_links"])


def test_only_english_articles_have_sentence_band_keys_and_foreign_neighbours_are_never_tested() -> None:
    """On a multilingual crawl the sentence bands of pages in other languages made most of the job's shuffle:
    every such page is close to every other in English vectors, and ``worth_comparing`` dropped all those pairs
    after they had been joined with both fingerprints. Now they are never keyed; mean vectors still are (story
    neighbours in any language), as pairs of their own kind."""
    from types import SimpleNamespace

    import numpy as np

    from unspun.config import CandidateConfig, SparkConfig
    from unspun.corpus.candidates import random_planes
    from unspun.corpus.fingerprint import fingerprint_many
    from unspun.ingest.segment import segment
    from unspun.model import Article
    from unspun.spark.stages import NEIGHBOUR, PASSAGE, BandEntry, band_keys, band_plan, bucket_pairs

    texts = [(FIXTURES / "languages" / "pt_reading_blog.txt"), (FIXTURES / "articles" / "port_strike.txt")]
    portuguese, english = fingerprint_many([segment(Article(p.stem, p.read_text(encoding="utf-8"))) for p in texts])
    assert not portuguese.english and english.english
    spark, candidates = SparkConfig(), CandidateConfig()
    sample = [(fp.stored.doc_vector.astype(np.float32), fp.query_vectors) for fp in (portuguese, english)]
    plan = band_plan(sample, 2, spark, candidates, [False, True])
    dim = len(english.stored.doc_vector)
    planes = {"sentence": random_planes(dim, spark.sentence_bands * plan.bits["sentence"], 1),
              "doc": random_planes(dim, spark.doc_bands * plan.bits["doc"], 2)}

    def kinds(ordinal: int, fp: Any) -> Counter[str]:
        return Counter(key[0] for key, _ in band_keys(ordinal, SimpleNamespace(fp=fp), candidates, plan, planes))

    assert kinds(0, portuguese) == {"minhash": candidates.lsh_bands, "doc": spark.doc_bands,
                                    PASSAGE: len(portuguese.stored.passages)}
    assert kinds(1, english)["sentence"] == spark.sentence_bands * len(english.query_vectors)
    bucket = [BandEntry(0, True, False), BandEntry(1, True, True), BandEntry(2, True, True)]
    assert dict(bucket_pairs((("doc", 0, 7), bucket), 10)) == {
        (NEIGHBOUR, 0, 1): 1, (NEIGHBOUR, 0, 2): 1, ("doc", 1, 2): 1}
    assert dict(bucket_pairs((("minhash", 0, 7), bucket), 10)) == {
        ("minhash", 0, 1): 1, ("minhash", 0, 2): 1, ("minhash", 1, 2): 1}


def test_a_passage_bucket_held_by_more_articles_than_the_index_counts_is_a_stock_phrase() -> None:
    """The index counts a passage hash held by at most ``passage_max_postings`` stored articles besides the
    query; the job pairs a passage bucket of at most one more, and reports the larger ones."""
    from unspun.spark.stages import PASSAGE, SPECIFIC, STOCK, BandEntry, bucket_pairs

    bucket = [BandEntry(k, True, True) for k in range(4)]
    for kind in (PASSAGE, SPECIFIC):  # a name in every other story is no teaser's
        assert len(dict(bucket_pairs(((kind, 0, 99), bucket), 200, 3))) == 6
        assert dict(bucket_pairs(((kind, 0, 99), bucket), 200, 2)) == {(STOCK, 1, 0): 1}
    assert len(dict(bucket_pairs((("minhash", 0, 99), bucket), 200, 2))) == 6


def test_a_teasers_specific_keys_are_buckets_of_their_own_and_its_pair_is_scored_as_the_index_scores_it() -> None:
    """With specific keys on, the job buckets each of them apart from the passage hashes (``stages.SPECIFIC``) and
    hands the count a pair shares to ``pair_candidate``, the index's rule (fixtures/teaser_store: a teaser in its own
    words, whose mean vector sits 0.76 from its article's)."""
    from dataclasses import replace
    from types import SimpleNamespace

    import numpy as np

    from unspun.config import DEFAULT_FINGERPRINT, CandidateConfig, SparkConfig
    from unspun.corpus.candidates import CandidateIndex, random_planes
    from unspun.corpus.fingerprint import fingerprint_many, is_specific_key
    from unspun.ingest.segment import segment
    from unspun.model import Article
    from unspun.spark.stages import PASSAGE, SPECIFIC, band_keys, band_plan, score_pair

    names = ("manager", "manager_teaser")
    texts = [(FIXTURES / "teaser_store" / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    article, teaser = fingerprint_many([segment(Article(n, t)) for n, t in zip(names, texts, strict=True)],
                                       config=replace(DEFAULT_FINGERPRINT, specific_keys=True))
    spark, candidates = SparkConfig(), CandidateConfig(specific_min_shared=2)
    sample = [(fp.stored.doc_vector.astype(np.float32), fp.query_vectors) for fp in (article, teaser)]
    plan = band_plan(sample, 2, spark, candidates, [True, True])
    dim = len(article.stored.doc_vector)
    planes = {"sentence": random_planes(dim, spark.sentence_bands * plan.bits["sentence"], 1),
              "doc": random_planes(dim, spark.doc_bands * plan.bits["doc"], 2)}
    keys = {ordinal: {key[2] for key, _ in band_keys(ordinal, SimpleNamespace(fp=fp), candidates, plan, planes)
                      if key[0] == SPECIFIC} for ordinal, fp in enumerate((article, teaser))}
    assert keys[1] == set(teaser.stored.passages[is_specific_key(teaser.stored.passages)].tolist())
    shared = len(keys[0] & keys[1])
    assert shared >= 2
    passages = {key[0] for key, _ in band_keys(1, SimpleNamespace(fp=teaser), candidates, plan, planes)}
    assert PASSAGE in passages  # the passage hashes still have their own buckets
    index = CandidateIndex(candidates)
    index.add([(0, article.stored)])
    assert [c.pk for c in index.query(teaser)] == [0]
    assert score_pair((0, 1, (0, 0, 0, shared)), teaser, article.stored, candidates) is not None
    assert score_pair((0, 1, (0, 0, 0, 1)), teaser, article.stored, candidates) is None


def test_a_rewrite_only_its_credit_makes_a_candidate_is_linked_by_both_alike(parity: dict[str, Any]) -> None:
    """The index asks ``judge.credits_either`` of the stored articles close to a query that its fingerprints do not
    find; the job pairs the articles sharing a credit key (``judge.credit_keys``) and asks it of those."""
    pair = ("credited-paper", "credited-wire")
    assert parity["index_links"].get(pair) == parity["spark_links"].get(pair) == "rewrite"
    assert parity["summary"].bucket_pairs.get("credit", 0) >= 2  # the paper names the agency; both its stories


def test_a_credit_key_pairs_the_articles_naming_it_with_those_owning_it_and_a_common_one_is_capped() -> None:
    from unspun.pair.judge import CreditKeys
    from unspun.spark.stages import CREDIT, credit_entries, credit_pairs

    keys = {0: CreditKeys(frozenset({"n:pna"}), frozenset({"n:x", "s:zz"})),
            1: CreditKeys(frozenset(), frozenset({"n:pna"})),
            2: CreditKeys(frozenset({"n:pna"}), frozenset({"n:pna"}))}
    entries = [e for k, ks in keys.items() for e in credit_entries(k, ks, frozenset({"n:pna"}))]
    assert {key for key, _ in entries} == {"n:pna"}  # what nobody owns never leaves its partition
    bucket = [entry for _, entry in entries]
    assert dict(credit_pairs(bucket, 10)) == {(CREDIT, 0, 1): 1, (CREDIT, 1, 2): 1, (CREDIT, 0, 2): 1}
    assert dict(credit_pairs(bucket, 2)) == {("capped", 3, 0): 1}


def test_spun_copies_are_found_by_both_alike(parity: dict[str, Any]) -> None:
    def recall(links: dict[tuple[str, str], str]) -> float:
        return sum((s, c) in links for s, c in parity["spun"]) / len(parity["spun"])

    index, spark = recall(parity["index_links"]), recall(parity["spark_links"])
    missed = [p for p in parity["spun"] if (p in parity["index_links"]) != (p in parity["spark_links"])]
    assert index == spark, f"spun-copy recall index {index:.3f}, spark {spark:.3f}; differ on {missed}"
    assert index >= 0.9


def test_stories_agree_by_b_cubed(parity: dict[str, Any]) -> None:
    from bench.corpus import bcubed

    articles = sorted(parity["index_stories"])
    scores = bcubed([parity["spark_stories"][a] for a in articles], [parity["index_stories"][a] for a in articles])
    index_groups = Counter(parity["index_stories"].values())
    assert max(index_groups.values()) >= 3  # stories with several articles exist
    index, spark = parity["index_stories"], parity["spark_stories"]
    usual = {s: Counter(spark[a] for a in articles if index[a] == s).most_common(1)[0][0] for s in index.values()}
    split = [a for a in articles if spark[a] != usual[index[a]]]
    assert scores["f1"] >= 0.99, f"B-cubed {scores}; articles placed differently: {split[:20]}"


# --- back into a store -----------------------------------------------------------------------------------


def test_import_serves_trace_and_stories(parity: dict[str, Any], tmp_path: Path) -> None:
    from unspun.run.indexer import trace_article
    from unspun.store.candidate_index import load_index
    from unspun.store.spark_import import import_spark_output
    from unspun.store.sqlite import Store
    from unspun.store.stories import build_stories

    db = tmp_path / "imported.db"
    summary = import_spark_output(parity["out"], db)
    assert summary.articles == parity["summary"].articles and summary.links == len(parity["spark_links"])
    source, copy = parity["spun"][0]
    with Store(db, create=False) as store:
        article = store.article(store.keys_of([copy])[0])
        matches = trace_article(store, article, load_index(store)).matches
        stories = {a: s.id for s in build_stories(store) for a in s.articles}
    assert source in [m.id for m in matches]
    assert stories[source] == stories[copy]
    with pytest.raises(InputError, match="already holds"):
        import_spark_output(parity["out"], db)


def test_import_takes_the_settings_the_job_ran_with_and_refuses_others(parity: dict[str, Any], tmp_path: Path) -> None:
    import shutil

    from unspun.run.pool import corpus_engine
    from unspun.spark.output import MANIFEST
    from unspun.store.spark_import import import_spark_output
    from unspun.store.sqlite import Store

    out = tmp_path / "out"
    shutil.copytree(parity["out"], out)
    manifest = json.loads((out / MANIFEST).read_text())
    # The job's [stories] section made its stories table: the store saves it, so `unspun stories` reclusters alike.
    manifest["settings"]["tree"]["stories"]["window_days"] = 9
    (out / MANIFEST).write_text(json.dumps(manifest))
    import_spark_output(out, tmp_path / "mine.db")
    with Store(tmp_path / "mine.db", create=False) as store:
        assert (store.saved_settings() or {})["stories"]["window_days"] == 9
    manifest["settings"]["tree"]["candidates"]["lsh_bands"] = 21
    (out / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(InputError, match=r"candidates\.lsh_bands: 21 → 42"):
        import_spark_output(out, tmp_path / "x.db", corpus_engine())


def test_an_articles_modified_time_goes_through_the_articles_table_and_import_as_the_indexer_stores_it(
        parity: dict[str, Any], tmp_path: Path) -> None:
    # unspun.spark/4 kept no modified times: its articles are imported without one.
    import shutil

    import pyarrow.parquet as pq

    from unspun.spark.output import MANIFEST, read_table
    from unspun.store.spark_import import import_spark_output
    from unspun.store.sqlite import Store

    rows = {r["id"]: r["modified"] for r in read_table(parity["out"] / "articles")}
    assert rows["credited-wire"] == MODIFIED and rows["credited-paper"] is None
    import_spark_output(parity["out"], tmp_path / "new.db")
    for db in (tmp_path / "new.db", parity["out"].parent / "index.db"):
        with Store(db, create=False) as store:
            assert store.article(store.keys_of(["credited-wire"])[0]).modified == MODIFIED
    out = tmp_path / "out"
    shutil.copytree(parity["out"], out)
    manifest = json.loads((out / MANIFEST).read_text())
    manifest["schema"] = "unspun.spark/4"
    (out / MANIFEST).write_text(json.dumps(manifest))
    for part in (out / "articles").rglob("*.parquet"):
        pq.write_table(pq.read_table(part).drop_columns(["modified"]), part)
    import_spark_output(out, tmp_path / "old.db")
    with Store(tmp_path / "old.db", create=False) as store:
        assert store.article(store.keys_of(["credited-wire"])[0]).modified is None


def test_output_of_the_job_before_passage_hashes_still_imports(parity: dict[str, Any], tmp_path: Path) -> None:
    # unspun.spark/2 kept no passage hashes: its articles go into the store without them, and the store is read
    # with the settings that job ran with (no passage candidates), as a store made before them is.
    import shutil

    import pyarrow.parquet as pq

    from unspun.spark.output import MANIFEST
    from unspun.store.spark_import import import_spark_output

    out = tmp_path / "out"
    shutil.copytree(parity["out"], out)
    manifest = json.loads((out / MANIFEST).read_text())
    manifest["schema"] = "unspun.spark/2"
    del manifest["settings"]["tree"]["fingerprint"]["passage_words"]
    del manifest["settings"]["tree"]["candidates"]["passage_min_shared"]
    (out / MANIFEST).write_text(json.dumps(manifest))
    for part in (out / "articles").rglob("*.parquet"):
        table = pq.read_table(part)
        pq.write_table(table.drop_columns(["passages"]), part)
    summary = import_spark_output(out, tmp_path / "old.db")
    assert summary.articles == parity["summary"].articles


def test_a_cut_archive_read_through_hadoop_is_named_by_its_uri_and_skipped_after_its_whole_records(
    tmp_path: Path,
) -> None:
    pytest.importorskip("warcio")
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from unspun.model import RawRecord, Skipped
    from unspun.pair.engine import PairEngine
    from unspun.spark.job import _bytes_records

    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=True)
    for name in ("library_original.txt", "orchard_original.txt"):
        text = (Path(__file__).parent / "fixtures" / "corpus" / name).read_text()
        body = f"<html><body><article>{''.join(f'<p>{p}</p>' for p in text.split(chr(10) * 2))}</article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://news.example/{name}", "response", payload=io.BytesIO(body.encode()), http_headers=headers
        ))
    uri = "hdfs://crawls/cut.warc.gz"
    records = [r for _, r in _bytes_records(0, 0, uri, stream.getvalue()[:-100], PairEngine(precise=False))]
    assert [type(r) for r in records] == [RawRecord, Skipped]
    assert records[1].id == f"{uri}#2" and records[1].reason.startswith(f"archive {uri} is cut short inside record 2")


def test_story_sides_read_a_texts_occasion_as_the_store_does() -> None:
    """The sawmill's two fires (``fixtures/occasions_told``): a Spark job's story sides read what tells each text's
    occasion (``story_clusters.text_occasion``) as a store's stories do, so the repeat told apart by what happened
    (``events.told_apart``) keeps out of the first fire's story in both; none read where the settings read none."""
    from unspun.config import DEFAULT_STORIES, TextConfig
    from unspun.corpus.story_clusters import story_evidence
    from unspun.model import Article
    from unspun.run.pool import Hashed, Prepared, corpus_engine, prepare
    from unspun.spark import stages

    folder = FIXTURES / "occasions_told"
    articles = []
    for name in ("mill_a", "mill_a_other", "mill_b"):
        title, _, body = (folder / f"{name}.txt").read_text(encoding="utf-8").partition("\n")
        articles.append(Article(id=name, text=body.strip(), title=title))
    found = [p for p in prepare([Hashed(a, a.id) for a in articles], corpus_engine()) if isinstance(p, Prepared)]
    on = TextConfig(occasion_told_apart_min_words=2)  # ev53's value (off by default since fixB)
    sides = [stages.story_side(k, p, DEFAULT_STORIES, on) for k, p in enumerate(found)]
    spark = stages._evidence(sides, ({}, {}), on)
    store = story_evidence([s.meta for s in sides], [(k, p.article.text) for k, p in enumerate(found)],
                           [(k, s.vector) for k, s in enumerate(sides)], text_config=on)
    assert list(spark.occasions) == list(store.occasions)
    assert spark.recalls_the_other(0, 2) and not spark.recalls_the_other(0, 1)
    off = TextConfig(recalled_occasion_min_words=0, occasion_told_apart_min_words=0)
    unread = [stages.story_side(k, p, DEFAULT_STORIES, off) for k, p in enumerate(found)]
    assert not stages._evidence(unread, ({}, {}), off).recalls_the_other(0, 2)
