"""The stages of ``unspun spark`` as Spark jobs over the library's records.

read → prepare (extract, segment, vectors, fingerprint, spin: ``run.pool.prepare`` in ``mapPartitions``) →
candidates (MinHash band keys and random-projection keys of sentence and mean vectors, exploded and grouped, and
credit keys, ``judge.credit_keys``; each pair tested by ``corpus.candidates.pair_candidate``, a pair sharing a credit
key with both texts for ``judge.credits_either``) → compare (``run.pool.task_comparisons`` on pairs
joined with both articles' prepared data) → stories (``corpus.story_clusters`` links, connected components,
then ``cluster_stories`` per component). RDD elements are the library's own records, keyed by the article's
position in the input (its ``ordinal``: the single-machine indexer's insertion order).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from unspun.config import (
    DEFAULT_FINGERPRINT,
    TEXT_DEFAULT,
    CandidateConfig,
    FingerprintConfig,
    SparkConfig,
    StoryConfig,
    TextConfig,
)
from unspun.corpus.candidates import BandIndex
from unspun.corpus.fingerprint import Fingerprint, StoredFingerprint, is_figure_key, is_specific_key, sketch_rows
from unspun.model import ArticleMeta, RawRecord, Segmented, Skipped, StoredPair, Story
from unspun.pair.engine import PairEngine
from unspun.pair.events import NO_OCCASION, Occasion
from unspun.pair.memo import Memo
from unspun.run.pool import Prepared

if TYPE_CHECKING:
    from unspun.pair.judge import CreditKeys

# --- read and prepare ----------------------------------------------------------------------------------


def file_records(
    item: tuple[int, tuple[str, str, str | None]], engine: PairEngine
) -> Iterator[tuple[tuple[int, int], RawRecord | Skipped]]:
    """The records of one input file (``corpus_files`` listed it), keyed by (file number, position in it)."""
    from unspun.ingest.read import file_records as read_file_records

    number, (path, file_id, inside) = item
    for position, record in enumerate(read_file_records(path, file_id, inside, engine.config)):
        yield (number, position), record


def row_record(row: dict[str, Any], default_id: str) -> RawRecord | Skipped:
    """A Parquet or JSON row (``id``, ``text`` or ``html``, metadata) as a record, like a JSON Lines line."""
    from unspun.errors import InputError
    from unspun.ingest.read import json_page_record

    record_id = str(row.get("id") or default_id)
    try:
        return json_page_record(record_id, {k: v for k, v in row.items() if v is not None})
    except InputError as error:
        return Skipped(record_id, str(error))


def prepare_partition(
    items: Iterable[tuple[int, RawRecord]], engine: PairEngine, batch: int
) -> Iterator[tuple[int, Prepared | Skipped]]:
    """``run.pool.prepare`` over a partition, ``batch`` records a call; the engine (models, memos) is built once
    per partition from its settings and the models once per executor process."""
    from unspun.run.indexer import content_hash
    from unspun.run.pool import Hashed, one_thread_numerics, prepare

    with one_thread_numerics():
        iterator = iter(items)
        while chunk := list(itertools.islice(iterator, batch)):
            hashed = [Hashed(record, content_hash(record)) for _, record in chunk]
            results = prepare(hashed, engine)
            yield from _by_ordinal(chunk, results)


def _by_ordinal(
    chunk: list[tuple[int, RawRecord]], results: list[Prepared | Skipped]
) -> Iterator[tuple[int, Prepared | Skipped]]:
    """``prepare`` keeps input order and returns one result per record."""
    for (ordinal, _), result in zip(chunk, results, strict=True):
        yield ordinal, result


# --- candidates ----------------------------------------------------------------------------------------


COVERAGE = "coverage"  # the role column's word for an article the story gives no role


@dataclass(frozen=True, slots=True)
class BandEntry:
    ordinal: int
    sketch: bool  # a sketch sentence (the stored side of a candidate test) or a query-only sentence
    english: bool = True  # the article reads as English (``Fingerprint.english``)


# Bucket kinds: a passage hash (``fingerprint.passage_hashes``), and the report of passage buckets held by more
# articles than ``candidates.passage_max_postings`` allows (stock phrases: counted, never paired).
PASSAGE = "passage"
FIGURE = "figure"  # a figure key (``fingerprint.figure_hashes``), counted apart from passage hashes
SPECIFIC = "specific"  # a specific key (``fingerprint.specific_hashes``), counted apart too
STOCK = "stock"
# A pair of mean-vector neighbours that ``worth_comparing`` would not compare (not both English): a story
# neighbour only, never joined with fingerprints for a candidate test.
NEIGHBOUR = "neighbour"
# A pair of English articles one of which names what the other is known by (``judge.credit_keys``): tested with
# both texts, by the credit rule as well as the fingerprints (``score_pair``).
CREDIT = "credit"


def band_keys(
    ordinal: int, p: Prepared, candidates: CandidateConfig, plan: BandPlan, planes: dict[str, np.ndarray],
    fingerprint: FingerprintConfig = DEFAULT_FINGERPRINT,
) -> Iterator[tuple[tuple[str, int, int], BandEntry]]:
    """Every bucket key of one article: its MinHash bands, its passage hashes (when ``candidates`` count them), the
    random-projection bands (``plan``) of its query sentences (those of ``fingerprint.sketch_rows`` are its sketch)
    and of its mean vector. An article that is not
    English has no sentence keys: a pair they alone would find is one ``worth_comparing`` drops (no shared
    MinHash band), and on a multilingual crawl they were most of the job's shuffle (every page of another
    language close to every other). Its mean vector keeps its keys: stories search neighbours in every language."""
    english = p.fp.english
    lsh = BandIndex(candidates.lsh_bands, candidates.lsh_rows).band_keys(p.fp.stored.minhash)
    for band, key in enumerate(lsh.tolist()):
        yield ("minhash", band, key), BandEntry(ordinal, True, english)
    passages = p.fp.stored.passages
    keyed = is_figure_key(passages) if candidates.figure_min_shared > 0 else np.zeros(len(passages), dtype=bool)
    specific = is_specific_key(passages) if candidates.specific_min_shared > 0 else np.zeros(len(passages), dtype=bool)
    if candidates.passage_min_shared > 0:
        for key in passages[~keyed & ~specific].tolist():
            yield (PASSAGE, 0, key), BandEntry(ordinal, True, english)
    for key in passages[keyed].tolist():
        yield (FIGURE, 0, key), BandEntry(ordinal, True, english)
    for key in passages[specific].tolist():
        yield (SPECIFIC, 0, key), BandEntry(ordinal, True, english)
    if english:
        rows = plan.keys("sentence", p.fp.query_vectors, planes["sentence"])
        sketch = set(sketch_rows(len(rows), fingerprint))
        for k, keys in enumerate(rows.tolist()):
            for band, key in enumerate(keys):
                yield ("sentence", band, key), BandEntry(ordinal, k in sketch, english)
    doc = p.fp.stored.doc_vector.astype(np.float32)[None, :]
    for band, key in enumerate(plan.keys("doc", doc, planes["doc"])[0].tolist()):
        yield ("doc", band, key), BandEntry(ordinal, True, english)


@dataclass(frozen=True, slots=True)
class BandPlan:
    """How vectors become band keys in one job: centred on the sample's mean (static vectors of news share a
    large common direction, and planes that miss the cloud split nothing: uncentred, the largest 8-bit
    mean-vector bucket of 600 BBC articles held 361 of them, centred 28), then ``bits`` signs a band."""

    bits: dict[str, int]  # sentence / doc → bits a band
    centres: dict[str, np.ndarray]  # sentence / doc → float32 vector subtracted before projecting

    def keys(self, kind: str, vectors: np.ndarray, planes: np.ndarray) -> np.ndarray:
        from unspun.corpus.candidates import sign_band_keys

        return sign_band_keys(np.asarray(vectors, dtype=np.float32) - self.centres[kind], planes, self.bits[kind])


def band_plan(
    sample: list[tuple[np.ndarray, np.ndarray]], articles: int, spark: SparkConfig, candidates: CandidateConfig,
    english: list[bool] | None = None,
) -> BandPlan:
    """The plan for a corpus of ``articles`` from a sample of its articles' (mean vector, query sentence vectors):
    each kind's bits are the fewest (from the settings' least) at which a bucket expects at most
    ``spark.bucket_target`` others; mean vectors pair article with article, sentence keys entry with entry of
    other articles. The expectation counts background pairs only, below the cosine at which candidates match
    (``candidates.sentence_match``, ``rewrite_doc_match``): matching pairs are what the bands are for, and a
    bucket that they fill past the cap is boilerplate, skipped and reported. ``english``: which sampled articles
    read as English (default all); only those have sentence keys (``band_keys``)."""
    from unspun.corpus.candidates import band_bits

    least = {"sentence": spark.sentence_bits, "doc": spark.doc_bits}
    if not sample:
        nothing = np.zeros(1, np.float32)
        return BandPlan(least, {"sentence": nothing, "doc": nothing})
    docs = _unit(np.stack([doc for doc, _ in sample]))
    dim = docs.shape[1]
    keyed = [q for (_, q), e in zip(sample, english or [True] * len(sample), strict=True) if e]
    centres = {"doc": docs.mean(axis=0), "sentence": np.zeros(dim, np.float32)}
    upper = np.triu(np.ones((len(docs), len(docs)), dtype=bool), 1)
    doc_cosines = background_cosines(docs, docs, centres["doc"], upper, candidates.rewrite_doc_match)
    target = spark.bucket_target
    bits = {"sentence": least["sentence"], "doc": band_bits(doc_cosines, articles, spark.doc_bits, target)}
    if keyed:
        # Two sentences an article (its first and middle ones) keep the cosine matrix small; the bucket counts all.
        picked = [np.asarray(q, dtype=np.float32).reshape(-1, dim)[: len(q) : max(1, len(q) // 2)][:2] for q in keyed]
        owners = np.concatenate([np.full(len(p), k) for k, p in enumerate(picked)])
        sentences = _unit(np.concatenate(picked))
        centres["sentence"] = sentences.mean(axis=0)
        others = np.triu(owners[:, None] != owners[None, :], 1)
        cosines = background_cosines(sentences, sentences, centres["sentence"], others, candidates.sentence_match)
        entries = articles * len(keyed) / len(sample) * float(np.mean([len(q) for q in keyed]))
        bits["sentence"] = band_bits(cosines, round(entries), spark.sentence_bits, target)
    return BandPlan(bits, {k: v.astype(np.float32) for k, v in centres.items()})


def background_cosines(
    left: np.ndarray, right: np.ndarray, centre: np.ndarray, keep: np.ndarray, match: float
) -> np.ndarray:
    """Centred cosines of the pairs of unit vectors (a row of ``left``, a row of ``right``) that ``keep`` (a
    boolean matrix) selects and whose own cosine is below ``match``."""
    raw = left @ right.T
    centred = _unit(left - centre) @ _unit(right - centre).T
    return centred[keep & (raw < match)]


def _unit(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


def bucket_pairs(
    bucket: tuple[tuple[str, int, int], Iterable[BandEntry]], max_bucket: int, max_postings: int | None = None
) -> Iterator[tuple[tuple[str, int, int], int]]:
    """((kind, a, b), 1) for each pair in one bucket with a < b and at least one side a sketch entry (a
    mean-vector pair not both English as kind ``NEIGHBOUR``); an oversized bucket yields one
    (("capped", n, 0), 1) record instead, for the report. A passage bucket of more than ``max_postings`` + 1
    articles (``candidates.passage_max_postings``: the index counts a hash held by at most that many others) is
    a stock phrase: one ((``STOCK``, 1, 0), 1) record."""
    (kind, _, _), entries = bucket
    sketch: dict[int, bool] = {}
    english: dict[int, bool] = {}
    for entry in entries:
        sketch[entry.ordinal] = sketch.get(entry.ordinal, False) or entry.sketch
        english[entry.ordinal] = entry.english
    if len(sketch) < 2:
        return
    if kind in (PASSAGE, FIGURE, SPECIFIC) and max_postings is not None and len(sketch) > max_postings + 1:
        yield (STOCK, 1, 0), 1
        return
    if len(sketch) > max_bucket:
        yield ("capped", len(sketch), 0), 1
        return
    for a, b in itertools.combinations(sorted(sketch), 2):
        if sketch[a] or sketch[b]:
            yield (NEIGHBOUR if kind == "doc" and not (english[a] and english[b]) else kind, a, b), 1


def credit_entries(ordinal: int, keys: CreditKeys, owned: frozenset[str]) -> Iterator[tuple[str, tuple[int, bool]]]:
    """(key, (ordinal, whether the article owns it)) of one article's credit keys (``judge.credit_keys``): all it
    owns, and those it names that some article of the input owns (``owned``)."""
    for key in keys.own:
        yield key, (ordinal, True)
    for key in keys.named & owned:
        yield key, (ordinal, False)


def credit_pairs(entries: Iterable[tuple[int, bool]], max_bucket: int) -> Iterator[tuple[tuple[str, int, int], int]]:
    """((``CREDIT``, a, b), 1) with a < b for each article naming a key (``credit_entries``) and each other article
    owning it; one (("capped", n, 0), 1) record instead when that makes more pairs than a bucket of ``max_bucket``
    articles would (a site every other article credits: the pairs are left to the other keys)."""
    owners: set[int] = set()
    naming: set[int] = set()
    for ordinal, owns in entries:
        (owners if owns else naming).add(ordinal)
    if not owners or not naming:
        return
    if len(owners) * len(naming) > max_bucket * (max_bucket - 1) // 2:
        yield ("capped", len(owners | naming), 0), 1
        return
    for a, b in {(min(a, b), max(a, b)) for a in naming for b in owners if a != b}:
        yield (CREDIT, a, b), 1


def score_pair(
    pair: tuple[int, int, tuple[int, int, int, int]], later: Fingerprint, earlier: StoredFingerprint,
    candidates: CandidateConfig, texts: tuple[Segmented, Segmented] | None = None, memo: Memo | None = None,
) -> tuple[int, tuple[float, float, int]] | None:
    """(later, (score, cosine, earlier)) when the earlier article is a candidate of the later one worth comparing
    (``pair``: earlier, later, and the MinHash bands, passage hashes, figure keys and specific keys they share): the
    later article queries, as it does in the single-machine index (``CandidateIndex.query``, which leaves out the
    candidates not ``worth_comparing`` before its cut). ``texts`` (later, earlier): a credit either way may make
    them candidates too (``judge.credits_either``, as the indexer's ``credit_check`` asks it; ``memo`` keeps
    each text's marks for its other pairs: ``score_pairs``)."""
    from unspun.corpus.candidates import pair_candidate

    earlier_ordinal, later_ordinal, (shared, passages, figures, specifics) = pair
    credited = None
    if texts is not None:
        from unspun.pair.judge import credits_either

        def credited() -> bool:
            return credits_either(*texts, memo)

    found = pair_candidate(later, earlier, earlier_ordinal, shared, candidates, passages, figures, credited, specifics)
    if found is None or not found.worth:
        return None
    return later_ordinal, (found.score, found.doc_cosine, earlier_ordinal)


def score_pairs(
    rows: Iterable[tuple[tuple[int, int, tuple[int, int, int, int]], Fingerprint, StoredFingerprint,
                         tuple[Segmented, Segmented]]],
    candidates: CandidateConfig, memo_articles: int,
) -> Iterator[tuple[int, tuple[float, float, int]]]:
    """``score_pair`` of each of a partition's pairs (pair, later, earlier, both texts) that is a candidate, with
    one memo of ``memo_articles`` articles' readings for the partition: an article is in many pairs, each of which
    asks whether either text credits the other."""
    memo = Memo(memo_articles)
    for pair, later, earlier, texts in rows:
        if (found := score_pair(pair, later, earlier, candidates, texts, memo)) is not None:
            yield found


def best_candidates(found: Iterable[tuple[float, float, int]], limit: int) -> list[int]:
    """The ``limit`` best earlier articles, ordered as ``CandidateIndex.query`` orders them."""
    ranked = sorted(found, key=lambda c: (-c[0], -c[1], c[2]))
    return [ordinal for _, _, ordinal in ranked[:limit]]


# --- compare -------------------------------------------------------------------------------------------


def compare_group(
    later: tuple[int, Prepared], earlier: list[tuple[int, Prepared]], engine: PairEngine
) -> list[tuple[int, int, Any]]:
    """(earlier, later, comparison) for a later article and its candidates, compared as the indexer does
    (the earlier article is side A)."""
    from unspun.run.pool import CompareTask, task_comparisons

    earlier = sorted(earlier, key=lambda item: item[0])
    task = CompareTask(later[1].side(), tuple(p.side() for _, p in earlier))
    comparisons = task_comparisons(task, engine)
    return [(ordinal, later[0], c) for (ordinal, _), c in zip(earlier, comparisons, strict=True)]


# --- stories -------------------------------------------------------------------------------------------


def article_meta(ordinal: int, p: Prepared) -> ArticleMeta:
    a = p.article
    return ArticleMeta(ordinal, a.id, a.title, a.published, a.site, a.credits, len(a.text))


@dataclass(frozen=True, slots=True)
class StorySide:
    """What story tests read of one article."""

    meta: ArticleMeta
    vector: np.ndarray  # unit mean vector, float32
    names: frozenset[str]  # event facts (``story_clusters.event_facts``)
    terms: Mapping[str, int]  # content-word counts (``story_clusters.event_terms``)
    english: bool = True  # the text reads as English (``Fingerprint.english``)
    filed: tuple[int, int] | None = None  # (month, day) of its dateline (``story_clusters.filed_day``)
    lead: frozenset[tuple[int, int]] = frozenset()  # (month, day) its lead names (``story_clusters.lead_days``)
    digest: str = ""  # its text's digest (``story_clusters.text_digest``)
    family: frozenset[str] = frozenset()  # the words copies are compared on (``story_clusters.family_words``)
    # what tells its occasion from another (``story_clusters.text_occasion``; none where the settings read none)
    occasion: Occasion = NO_OCCASION
    named: Mapping[str, int] = field(default_factory=dict)  # ``story_clusters.name_counts``


# The idf of event facts and of content words over the whole input, as ``story_clusters.story_evidence``
# computes them over a whole store.
StoryIdf = tuple[dict[str, float], dict[str, float]]


def story_side(ordinal: int, p: Prepared, config: StoryConfig, text: TextConfig = TEXT_DEFAULT) -> StorySide:
    from unspun.corpus.story_clusters import (
        event_facts,
        event_terms,
        family_words,
        filed_day,
        lead_days,
        name_counts,
        reads_occasions,
        text_digest,
        text_occasion,
    )

    names = frozenset(event_facts(p.article.text, config.min_name_chars, config.min_name_mentions, text,
                                  config.name_mention_chars))
    vector = p.fp.stored.doc_vector.astype(np.float32)
    occasion = text_occasion(p.article.text, p.article.title, text.occasion_told_apart_min_words > 0) \
        if reads_occasions(text) else NO_OCCASION
    return StorySide(article_meta(ordinal, p), vector, names, event_terms(p.article.text), p.fp.english,
                     filed_day(p.article.text), lead_days(p.article.text, p.article.title), text_digest(p.article.text),
                     family_words(p.article.text), occasion,
                     name_counts(p.article.text, config.min_name_chars, text))


def _evidence(sides: list[StorySide], idf: StoryIdf, text: TextConfig = TEXT_DEFAULT) -> Any:
    """The story evidence of ``sides``, read as ``story_clusters.story_evidence`` reads a store's."""
    from unspun.corpus.story_clusters import evidence_of, reads_occasions

    vectors = np.stack([s.vector for s in sides]) if sides else np.zeros((0, 1), np.float32)
    facts, terms = [set(s.names) for s in sides], [s.terms for s in sides]
    occasions = [s.occasion for s in sides] if reads_occasions(text) else []
    evidence = evidence_of([s.meta for s in sides], vectors, facts, terms, idf[0], idf[1], [s.english for s in sides],
                           [s.filed for s in sides], [s.lead for s in sides], [s.digest for s in sides],
                           [s.family for s in sides], occasions, text)
    return replace(evidence, named=[s.named for s in sides])


def pair_links(
    a: StorySide, b: StorySide, verdicts: list[StoredPair], similar: bool, idf: StoryIdf, config: StoryConfig,
    text: TextConfig = TEXT_DEFAULT,
) -> list[tuple[int, int]]:
    """The story links between two articles: derived ones from their verdicts, and a similarity link when they
    are mean-vector neighbours (``similar``), each tested by ``story_clusters`` as it tests a whole store."""
    from unspun.corpus.story_clusters import derived_links, similarity_links, without_other_events

    evidence = _evidence([a, b], idf, text)
    slot = {a.meta.pk: 0, b.meta.pk: 1}
    links = derived_links(evidence, verdicts, slot, config)
    if similar:
        links += without_other_events(similarity_links(evidence, config), verdicts, slot)
    # an undated pair below the bar is scored evidence for ``event_groups``, not a link of the component
    joining = [x for x in links if x.kind != "undated" or x.score >= config.min_link_score_undated]
    return [(a.meta.pk, b.meta.pk)] if joining else []


def component_stories(
    sides: list[StorySide], pairs: list[StoredPair], idf: StoryIdf, config: StoryConfig,
    text: TextConfig = TEXT_DEFAULT,
) -> list[Story]:
    """The stories of one connected component of story links (``cluster_stories`` on its articles; its links are
    a superset of the component's links in the whole corpus, so it stays one story)."""
    from unspun.corpus.story_clusters import cluster_stories

    sides = sorted(sides, key=lambda s: s.meta.pk)
    return cluster_stories(_evidence(sides, idf, text), pairs, config)


def story_rows(story: Story) -> list[tuple[str, str, int, str]]:
    """(story id, article id, position in the story, role): the story's own roles ("source", "copy"), and
    ``coverage`` for an article with none (independent coverage of the event)."""
    roles = story.roles or (None,) * len(story.articles)
    return [(story.id, a, k, role or COVERAGE) for k, (a, role) in enumerate(zip(story.articles, roles, strict=True))]


def encoding_of(record: RawRecord) -> str | None:
    """The name of the encoding the page's bytes were decoded from (None: it came as text)."""
    return record.encoding.name if record.encoding is not None else None
