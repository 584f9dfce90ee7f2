"""``unspun spark``: the stages in order, each timed, on any Spark master; Parquet tables out.

    read → prepare → candidates → compare → stories → write

Every stage's work is a library function (``stages`` adapts them); this module only moves records between
them and counts what happened.
"""

from __future__ import annotations

import json
import operator
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from unspun.config import TEXT_DEFAULT, CandidateConfig, FingerprintConfig, SparkConfig, StoryConfig, TextConfig
from unspun.errors import InputError
from unspun.model import RawRecord, Skipped, StoredPair
from unspun.pair.engine import PairEngine
from unspun.run.indexer import count_skipped, skipped_text, worth_keeping
from unspun.run.pool import Prepared, corpus_engine
from unspun.spark import stages

_URI_SCHEMES = ("hdfs://", "s3a://", "s3://", "gs://", "abfs://", "abfss://", "wasbs://", "viewfs://", "file://")


@dataclass(slots=True)
class SparkSummary:
    records: int = 0
    articles: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # reason → count
    skipped_where: dict[str, list[str]] = field(default_factory=dict)  # reason → the first records skipped
    bucket_pairs: dict[str, int] = field(default_factory=dict)  # minhash / sentence / doc / credit … → pairs found
    band_bits: dict[str, int] = field(default_factory=dict)  # sentence / doc → bits a band, widened for the corpus
    capped_buckets: int = 0
    capped_articles: int = 0  # bucket memberships skipped in capped buckets
    stock_passages: int = 0  # passage hashes held by too many articles to count (``candidates.passage_max_postings``)
    candidates: int = 0  # pairs compared (after the per-article cap)
    links: int = 0  # verdicts kept (derived or same_story)
    stories: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # stage → wall seconds

    def line(self) -> str:
        total = sum(self.seconds.values())
        rate = self.articles / total if total else 0.0
        text = (
            f"spark: {self.articles} article(s) in {total:.1f} s ({rate:.1f}/s), {self.candidates} candidate pair(s) "
            f"compared, {self.links} link(s), {self.stories} stor(ies); stages "
            + ", ".join(f"{k} {v:.1f} s" for k, v in self.seconds.items())
        )
        if self.capped_buckets:
            text += f"; {self.capped_buckets} oversized bucket(s) skipped ({self.capped_articles} memberships)"
        return text + skipped_text(self.skipped, self.skipped_where)


def run_spark(inputs: Sequence[str], out: str | Path, session: Any, engine: PairEngine | None = None) -> SparkSummary:
    """Index ``inputs`` on ``session``'s cluster into Parquet tables under ``out`` (a local folder or a Hadoop
    URI: articles, links, stories) and a manifest of the settings used. ``engine`` (default: the corpus
    engine) carries the settings tree; its ``spark`` section shapes the job."""
    engine = engine or corpus_engine()
    spark, candidates, stories = engine.settings.spark, engine.settings.candidates, engine.settings.stories
    summary = SparkSummary()
    clock = _Clock(summary)
    sc = session.sparkContext
    slices = max(1, sc.defaultParallelism * spark.partitions_per_core)
    with clock("read"):
        records, read = _read(session, list(inputs), engine, sc.defaultParallelism)
        records = records.persist()
        summary.records = records.count()
        read.unpersist()
        # Small inputs in few partitions: each task costs a Python worker round trip.
        slices = max(1, min(slices, -(-summary.records // spark.prepare_batch)))
    with clock("prepare"):
        prepared, skipped = _prepare(records, engine, spark, slices)
        summary.articles = prepared.count()
        for record in skipped.values().collect():
            count_skipped(record, summary.skipped, summary.skipped_where)
    if summary.articles == 0:
        raise InputError(f"no article text in {', '.join(inputs)}: {summary.line()}")
    with clock("candidates"):
        pairs, doc_pairs = _candidates(prepared, spark, candidates, engine.settings.fingerprint, summary,
                                        engine.settings.index.memo_articles)
        summary.candidates = pairs.count()
    with clock("compare"):
        compared = _compare(prepared, pairs, engine).persist()
        summary.links = compared.count()
    with clock("stories"):
        story_rows = _stories(prepared, compared, doc_pairs, stories, spark, engine.settings.text).persist()
        summary.stories = story_rows.map(operator.itemgetter(0)).distinct().count()
    with clock("write"):
        _write(session, str(out).rstrip("/"), records, prepared, compared, story_rows)
        _write_manifest(session, str(out).rstrip("/"), engine, summary)
    return summary


class _Clock:
    def __init__(self, summary: SparkSummary) -> None:
        self.summary = summary

    def __call__(self, stage: str) -> Any:
        import contextlib

        @contextlib.contextmanager
        def timed() -> Any:
            started = time.perf_counter()
            yield
            self.summary.seconds[stage] = round(time.perf_counter() - started, 2)

        return timed()


# --- read ----------------------------------------------------------------------------------------------


def _read(session: Any, inputs: list[str], engine: PairEngine, slices: int) -> tuple[Any, Any]:
    """(ordinal, record or Skipped) in input order, one version (the last) of each id; and the records as read,
    cached (the sort samples them, then shuffles them: the files are read once), to unpersist once counted."""
    sc = session.sparkContext
    parts = []
    for number, source in enumerate(_expanded(inputs)):
        parts.append(_read_one(session, number, source, engine, slices))
    read = sc.union(parts).persist()
    keyed = read.sortByKey(numPartitions=slices).values().zipWithIndex().map(lambda x: (x[1], x[0]))
    latest = (
        keyed.map(lambda item: (item[1].id, item))
        .reduceByKey(lambda x, y: x if x[0] > y[0] else y)
        .values()
    )
    return latest, read


def _expanded(inputs: list[str]) -> list[str]:
    """Local glob patterns (``crawl/*.warc.gz``, quoted past the shell) as their files in sorted order; URIs as
    given (Hadoop expands their globs itself)."""
    import glob

    found = []
    for source in inputs:
        if source.lower().startswith(_URI_SCHEMES) or Path(source).exists() or not glob.has_magic(source):
            found.append(source)
            continue
        matches = sorted(glob.glob(source))
        if not matches:
            raise InputError(f"input not found: no file matches {source}: check the pattern")
        found += matches
    return found


def _read_one(session: Any, number: int, source: str, engine: PairEngine, slices: int) -> Any:
    sc = session.sparkContext
    lower = source.lower().rstrip("/")
    is_uri = lower.startswith(_URI_SCHEMES)
    if lower.endswith(".parquet") or (not is_uri and _is_parquet_dir(Path(source))):
        rows = session.read.parquet(source).rdd.zipWithIndex()
        return rows.map(lambda r: ((number, 0, r[1]), stages.row_record(r[0].asDict(), f"{source}#{r[1] + 1}")))
    if is_uri and lower.endswith((".jsonl", ".jsonl.gz", ".json")):
        lines = session.read.text(source).rdd.zipWithIndex().filter(lambda r: r[0].value.strip())
        return lines.map(lambda r: ((number, 0, r[1]), _json_line(r[0].value, f"{source}:{r[1] + 1}")))
    if is_uri:
        files = sc.binaryFiles(source).zipWithIndex()
        return files.flatMap(lambda f: _bytes_records(number, f[1], f[0][0], f[0][1], engine))
    from unspun.ingest.read import corpus_files

    if not Path(source).exists():
        raise InputError(f"input not found: {source}: check the path")
    files = list(enumerate((str(f), file_id, inside) for f, file_id, inside in corpus_files([source])))
    found = sc.parallelize(files, max(1, min(len(files), slices)))
    return found.flatMap(lambda f: (((number, *key), r) for key, r in stages.file_records(f, engine)))


def _is_parquet_dir(path: Path) -> bool:
    return path.is_dir() and any(path.glob("*.parquet")) and not any(path.glob("*.jsonl"))


def _json_line(line: str, default_id: str) -> RawRecord | Skipped:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as error:
        return Skipped(default_id, f"not a valid JSON line: {error}")
    if not isinstance(obj, dict):
        return Skipped(default_id, "a JSON line must be an object with text or html")
    return stages.row_record(obj, default_id)


def _bytes_records(number: int, position: int, name: str, data: bytes, engine: PairEngine) -> list[Any]:
    """The records of one file read through Hadoop (any URI): a WARC through a local copy, else one page."""
    import tempfile

    from unspun.ingest.read import iter_records, record_from_bytes

    if name.lower().endswith((".warc", ".warc.gz", ".jsonl", ".jsonl.gz")):
        suffix = "".join(Path(name).suffixes[-2:])
        with tempfile.NamedTemporaryFile(suffix=suffix) as local:
            local.write(data)
            local.flush()
            records = iter_records([local.name], engine.config)
            return [((number, position, k), _named(r, local.name, name)) for k, r in enumerate(records)]
    try:
        return [((number, position, 0), record_from_bytes(name, data, engine.config))]
    except InputError as error:
        return [((number, position, 0), Skipped(name, str(error)))]


def _named(record: RawRecord | Skipped, local: str, name: str) -> RawRecord | Skipped:
    """A record read from the local copy of ``name``: a skipped item names the input, not the copy."""
    if isinstance(record, RawRecord):
        return record
    return Skipped(record.id.replace(local, name), record.reason.replace(local, name), record.excluded)


# --- prepare -------------------------------------------------------------------------------------------


def _prepare(records: Any, engine: PairEngine, spark: SparkConfig, slices: int) -> tuple[Any, Any]:
    batch = spark.prepare_batch
    raw = records.filter(lambda item: isinstance(item[1], RawRecord)).repartition(slices)
    results = raw.mapPartitions(lambda items: stages.prepare_partition(items, engine, batch)).persist()
    unread = records.filter(lambda item: isinstance(item[1], Skipped))
    skipped = results.filter(lambda item: isinstance(item[1], Skipped)).union(unread)
    prepared = results.filter(lambda item: isinstance(item[1], Prepared)).persist()
    return prepared, skipped


# --- candidates ----------------------------------------------------------------------------------------


def _candidates(
    prepared: Any, spark: SparkConfig, candidates: CandidateConfig, fingerprint: FingerprintConfig,
    summary: SparkSummary, memo_articles: int,
) -> tuple[Any, Any]:
    """(earlier, later) pairs to compare, and the (a, b) pairs whose mean vectors share a band (story
    neighbours). ``memo_articles``: the articles whose readings a partition's credit checks keep."""
    from unspun.corpus.candidates import random_planes

    sc = prepared.context
    plan = _band_plan(prepared, spark, candidates, summary.articles)
    summary.band_bits = plan.bits
    dim = len(prepared.first()[1].fp.stored.doc_vector)
    planes = sc.broadcast({
        "sentence": random_planes(dim, spark.sentence_bands * plan.bits["sentence"], spark.seed),
        "doc": random_planes(dim, spark.doc_bands * plan.bits["doc"], spark.seed + 1),
    })
    cap, postings = spark.max_bucket, candidates.passage_max_postings
    banded = (
        prepared.flatMap(lambda item: stages.band_keys(item[0], item[1], candidates, plan, planes.value, fingerprint))
        .groupByKey()
        .flatMap(lambda bucket: stages.bucket_pairs(bucket, cap, postings))
    )
    found = banded.union(_credit_pairs(prepared, cap)).reduceByKey(operator.add).persist()
    capped = found.filter(lambda kv: kv[0][0] == "capped").collect()
    summary.capped_buckets = sum(n for _, n in capped)
    summary.capped_articles = sum(key[1] * n for key, n in capped)
    summary.stock_passages = sum(n for _, n in found.filter(lambda kv: kv[0][0] == stages.STOCK).collect())
    by_kind = found.filter(lambda kv: kv[0][0] not in ("capped", stages.STOCK))
    summary.bucket_pairs = dict(by_kind.map(lambda kv: kv[0][0]).countByValue())
    # Pairs to test: any kind but story neighbours (``stages.band_keys``: not both English, no shared MinHash band),
    # with the MinHash bands and the passage hashes each pair shares.
    # A pair sharing a credit key (``stages.credit_pairs``) is tested with both texts, by the credit rule too.
    testable = by_kind.filter(lambda kv: kv[0][0] != stages.NEIGHBOUR)
    shared = testable.map(lambda kv: ((kv[0][1], kv[0][2]), _shared_counts(kv[0][0], kv[1]))).reduceByKey(
        lambda x, y: (max(x[0], y[0]), max(x[1], y[1]), max(x[2], y[2]), max(x[3], y[3]), x[4] or y[4]))
    credited = _scored_with_credits(prepared, shared.filter(lambda kv: kv[1][4]), candidates, memo_articles)
    shared = shared.filter(lambda kv: not kv[1][4])
    # The earlier side needs only what the index stores of it (~5 KB); the later side queries with all its
    # sentence vectors (~50 KB), joined once per article after the pairs are keyed by it, never carried per pair.
    stored = prepared.mapValues(lambda p: p.fp.stored)
    queries = prepared.mapValues(lambda p: p.fp)
    scored = (
        # earlier → (later, (bands, passages, figures, specifics))
        shared.map(lambda kv: (kv[0][0], (kv[0][1], kv[1][:4])))
        .join(stored)
        .map(lambda kv: (kv[1][0][0], (kv[0], kv[1][0][1], kv[1][1])))  # later → (earlier, shared, earlier fp)
        .join(queries)
        .map(lambda kv: stages.score_pair((kv[1][0][0], kv[0], kv[1][0][1]), kv[1][1], kv[1][0][2], candidates))
        .union(credited)
        .filter(lambda x: x is not None)
    )
    limit = candidates.max_candidates
    pairs = scored.groupByKey().flatMap(
        lambda kv: [(earlier, kv[0]) for earlier in stages.best_candidates(kv[1], limit)]
    ).persist()
    doc_pairs = by_kind.filter(lambda kv: kv[0][0] in ("doc", stages.NEIGHBOUR)).map(lambda kv: (kv[0][1], kv[0][2]))
    return pairs, doc_pairs


def _shared_counts(kind: str, count: int) -> tuple[int, int, int, int, bool]:
    """(MinHash bands, passage hashes, figure keys, specific keys, a credit key) a pair's bucket records of ``kind``
    say it shares."""
    return (count if kind == "minhash" else 0, count if kind == stages.PASSAGE else 0,
            count if kind == stages.FIGURE else 0, count if kind == stages.SPECIFIC else 0, kind == stages.CREDIT)


def _credit_pairs(prepared: Any, cap: int) -> Any:
    """((``stages.CREDIT``, earlier, later), 1) for each pair of English articles one of which names what the other
    is known by (``judge.credit_keys``), and a ``capped`` record for each key too common to pair. Only the keys
    some article owns leave their partition (a credit's substrings are many)."""
    from unspun.pair.judge import credit_keys

    keys = prepared.filter(lambda item: item[1].fp.english).mapValues(lambda p: credit_keys(p.seg)).persist()
    owned = prepared.context.broadcast(frozenset(keys.flatMap(lambda kv: kv[1].own).distinct().collect()))
    return (
        keys.flatMap(lambda kv: stages.credit_entries(kv[0], kv[1], owned.value))
        .groupByKey()
        .flatMap(lambda bucket: stages.credit_pairs(bucket[1], cap))
    )


def _scored_with_credits(prepared: Any, shared: Any, candidates: CandidateConfig, memo_articles: int) -> Any:
    """``stages.score_pair`` of the pairs sharing a credit key, with both articles' texts for the credit rule (and
    a memo of ``memo_articles`` articles' readings for each partition: ``stages.score_pairs``)."""
    texts = prepared.mapValues(lambda p: (p.fp, p.seg))
    return (
        shared.map(lambda kv: (kv[0][0], (kv[0][1], kv[1][:4])))  # earlier → (later, shared)
        .join(texts)
        .map(lambda kv: (kv[1][0][0], (kv[0], kv[1][0][1], kv[1][1])))  # later → (earlier, shared, its fp and text)
        .join(texts)
        .map(lambda kv: ((kv[1][0][0], kv[0], kv[1][0][1]), kv[1][1][0], kv[1][0][2][0].stored,
                         (kv[1][1][1], kv[1][0][2][1])))  # (pair, later fp, earlier's stored fp, both texts)
        .mapPartitions(lambda rows: stages.score_pairs(rows, candidates, memo_articles))
    )


def _band_plan(prepared: Any, spark: SparkConfig, candidates: CandidateConfig, articles: int) -> stages.BandPlan:
    """Band bits and centres for this corpus, from a sample of ~``spark.bits_sample`` of its articles."""
    fraction = min(1.0, spark.bits_sample / max(1, articles))
    sample = (
        prepared.sample(False, fraction, spark.seed)
        .map(lambda item: (item[1].fp.stored.doc_vector.astype(np.float32), item[1].fp.query_vectors,
                           item[1].fp.english))
        .collect()
    )
    english = [e for _, _, e in sample]
    return stages.band_plan([(doc, q) for doc, q, _ in sample], articles, spark, candidates, english)


# --- compare -------------------------------------------------------------------------------------------


def _compare(prepared: Any, pairs: Any, engine: PairEngine) -> Any:
    """(earlier, later, comparison) of every candidate pair whose verdict is kept (``indexer.worth_keeping``)."""
    earlier = pairs.join(prepared).map(lambda kv: (kv[1][0], (kv[0], kv[1][1])))  # later → (earlier, its data)
    groups = earlier.groupByKey().join(prepared)  # later → (candidates, later's data)
    compared = groups.flatMap(lambda kv: stages.compare_group((kv[0], kv[1][1]), list(kv[1][0]), engine))
    return compared.filter(lambda x: worth_keeping(x[2].verdict))


# --- stories -------------------------------------------------------------------------------------------


def _stories(prepared: Any, compared: Any, doc_pairs: Any, config: StoryConfig, spark: SparkConfig,
             text: TextConfig) -> Any:
    """(story id, article id, role, origin id) for every article (names read with the ``[text]`` settings)."""
    from unspun.spark import graph

    sc = prepared.context
    sides = prepared.map(lambda item: (item[0], stages.story_side(item[0], item[1], config, text))).persist()
    total = sides.count()
    idf = sc.broadcast(_idf(sides, total))
    verdicts = compared.map(lambda x: ((x[0], x[1]), [StoredPair(x[0], x[1], x[2].verdict)]))
    neighbours = _neighbour_pairs(sides, doc_pairs, config).map(lambda ab: (ab, []))
    flagged = verdicts.map(lambda kv: (kv[0], (False, kv[1]))).union(neighbours.map(lambda kv: (kv[0], (True, []))))
    merged = flagged.reduceByKey(lambda x, y: (x[0] or y[0], x[1] + y[1]))
    with_sides = (
        merged.map(lambda kv: (kv[0][0], (kv[0][1], kv[1])))
        .join(sides)
        .map(lambda kv: (kv[1][0][0], (kv[1][1], kv[1][0][1])))  # b → (a side, (similar, pairs))
        .join(sides)
    )
    edges = with_sides.flatMap(
        lambda kv: stages.pair_links(kv[1][0][0], kv[1][1], kv[1][0][1][1], kv[1][0][1][0], idf.value, config,
                                    text)
    )
    labels = graph.labels(edges, spark.local_graph_edges)
    # An article with no story link is its own component, labelled by its ordinal (``meta.pk``).
    if labels.local is not None:  # joined on the driver: every partition reads the broadcast labels
        label = sc.broadcast(labels.local)
        by_label = sides.map(lambda kv: (label.value.get(kv[0], kv[0]), kv[1]))
        pairs = compared.map(lambda x: (label.value.get(x[0], x[0]), StoredPair(x[0], x[1], x[2].verdict)))
    else:
        by_label = sides.leftOuterJoin(labels.rows).map(lambda kv: (kv[0] if kv[1][1] is None else kv[1][1], kv[1][0]))
        label_of = by_label.map(lambda kv: (kv[1].meta.pk, kv[0]))
        pairs = compared.map(lambda x: (x[0], StoredPair(x[0], x[1], x[2].verdict))).join(label_of).map(
            lambda kv: (kv[1][1], kv[1][0])
        )
    rows = by_label.cogroup(pairs)
    return rows.flatMap(lambda kv: _component_rows(list(kv[1][0]), list(kv[1][1]), idf.value, config, text))


def _idf(sides: Any, total: int) -> stages.StoryIdf:
    """``story_clusters.name_idf`` of the event facts and of the content words of every article's side: both
    counted in one job."""
    from unspun.corpus.story_clusters import name_idf

    def named(side: stages.StorySide) -> list[tuple[tuple[int, str], int]]:
        return [((0, name), 1) for name in side.names] + [((1, term), 1) for term in side.terms]

    counts = sides.flatMap(lambda kv: named(kv[1])).reduceByKey(operator.add).filter(lambda kv: kv[1] > 1).collect()
    return (name_idf({name: n for (kind, name), n in counts if kind == 0}, total),
            name_idf({term: n for (kind, term), n in counts if kind == 1}, total))


def _neighbour_pairs(sides: Any, doc_pairs: Any, config: StoryConfig) -> Any:
    """(a, b) with a < b when b is among a's ``config.neighbours`` nearest mean vectors of those sharing a band,
    or among its nearest of those published within the window (both dated), or a of b's: what
    ``story_clusters.neighbour_pairs`` gives a store."""
    import numpy as np

    from unspun.corpus.story_clusters import days_within, published_day

    k = config.neighbours
    # Each pair carries only what the test reads (the mean vector and the publication day, ~1.1 KB), not the
    # whole side: its names and content-word counts made this the job's largest shuffle on the full Scale WARC,
    # and the day is read once an article, not twice a pair.
    points = sides.mapValues(lambda side: (side.vector, published_day(side.meta.published)))
    with_a = doc_pairs.join(points).map(lambda kv: (kv[1][0], (kv[0], kv[1][1])))
    cosines = with_a.join(points).map(
        lambda kv: (kv[1][0][0], kv[0], float(np.dot(kv[1][0][1][0], kv[1][1][0])),
                    days_within(kv[1][0][1][1], kv[1][1][1], config.window_days))
    )
    both = cosines.flatMap(lambda t: [(t[0], (t[2], t[1], t[3])), (t[1], (t[2], t[0], t[3]))])

    def nearest(a: int, found: Any) -> list[tuple[int, int]]:
        ranked = sorted(found, key=lambda c: (-c[0], c[1]))
        chosen = {o for _, o, _ in ranked[:k]} | {o for _, o, _ in [c for c in ranked if c[2]][:k]}
        return [(min(a, o), max(a, o)) for o in chosen]

    return both.groupByKey().flatMap(lambda kv: nearest(kv[0], kv[1])).distinct()


def _component_rows(
    sides: list[stages.StorySide], pairs: list[StoredPair], idf: stages.StoryIdf, config: StoryConfig,
    text: TextConfig = TEXT_DEFAULT,
) -> list[tuple[str, str, int, str, str | None]]:
    found = stages.component_stories(sides, pairs, idf, config, text)
    return [(*row, story.origin) for story in found for row in stages.story_rows(story)]


# --- write ---------------------------------------------------------------------------------------------


def _write(session: Any, out: str, records: Any, prepared: Any, compared: Any, story_rows: Any) -> None:
    from unspun.spark import output

    encodings = records.filter(lambda item: isinstance(item[1], RawRecord)).mapValues(stages.encoding_of)
    articles = prepared.join(encodings).map(lambda kv: output.article_row(kv[0], kv[1][0], kv[1][1]))
    ids = prepared.mapValues(lambda p: p.article.id)
    links = (
        compared.map(lambda x: (x[0], (x[1], x[2])))
        .join(ids)
        .map(lambda kv: (kv[1][0][0], (kv[1][1], kv[1][0][1])))
        .join(ids)
        .map(lambda kv: output.link_row(kv[1][0][0], kv[1][1], kv[1][0][1]))
    )
    output.write_table(session, articles, output.ARTICLES, f"{out}/articles")
    output.write_table(session, links, output.LINKS, f"{out}/links")
    output.write_table(session, story_rows, output.STORIES, f"{out}/stories")


def _write_manifest(session: Any, out: str, engine: PairEngine, summary: SparkSummary) -> None:
    from unspun.spark import output

    manifest = {
        "schema": output.SCHEMA,
        "settings": output.run_settings(engine),
        "summary": {**asdict(summary), "skipped": dict(summary.skipped)},
    }
    text = json.dumps(manifest, indent=2, sort_keys=True)
    if out.lower().startswith(_URI_SCHEMES):  # through Hadoop: a folder holding one text file
        session.createDataFrame([(text,)], "value string").coalesce(1).write.mode("overwrite").text(
            f"{out}/{output.MANIFEST}"
        )
    else:
        (Path(out) / output.MANIFEST).write_text(text, encoding="utf-8")
