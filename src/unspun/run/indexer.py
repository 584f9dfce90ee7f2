"""The corpus: ``index`` (read → extract → segment → fingerprint → candidates → compare → store, in batches)
and ``trace`` (one article against the store).

Crash consistency: a batch is one transaction holding its articles, their fingerprints and the verdicts of
every comparison they owe (computed before the transaction, so the write lock is held for milliseconds); an
article whose id is stored with the same content hash is skipped, so a rerun after a crash redoes exactly the
batches that were not committed. A rerun
stores the same rows as an uninterrupted run: keys are assigned in input order, the candidate index is a
function of the stored fingerprints in key order (``candidate_index.load_index``), and a new article is compared
as the store will give it back (float16 vectors, removed blocks), never in a form only this process saw.

Versions: a changed text under a stored id is stored as a new version beside the old one; the old version stays
in the candidate index, so the new one is compared with it like any other candidate.

Extraction and comparison run in worker processes on large inputs (``unspun.run.pool``); candidate search and
the store stay in this process. ``unspun.crash`` marks the points the crash tests stop a run at. Stories are not
rebuilt here: clustering reads the whole store (20 s for 2,226 BBC articles on the loaded 2-core machine, 12% of
indexing them), too much for every incremental run; ``unspun stories`` builds them (``store.stories``).
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import gc
import hashlib
import math
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path

import numpy as np

from unspun.config import Settings, settings_dict
from unspun.corpus.candidates import CandidateIndex
from unspun.corpus.families import (
    ONE_DERIVATION,
    Member,
    Wording,
    changed_figure_lean,
    derivations,
    family_roles,
    generations,
    is_twin,
    own_readings_lean,
    through_common_source,
)
from unspun.corpus.fingerprint import fingerprint
from unspun.corpus.story_clusters import (
    adjacency,
    date_key,
    event_facts,
    family_readings,
    family_stemma,
    family_words,
    origin_texts,
    reached,
    text_digest,
    twin_sets,
)
from unspun.crash import crash_point
from unspun.ingest.extract import modified_stamp
from unspun.ingest.read import EVERY_FILE, Selection
from unspun.ingest.segment import paragraph_spans, segment
from unspun.model import (
    DERIVED_RELATIONS,
    Article,
    ArticleMeta,
    RawRecord,
    Segmented,
    Skipped,
    Span,
    StoredPair,
    Verdict,
)
from unspun.pair.engine import PairEngine
from unspun.pair.judge import credits_either
from unspun.pair.memo import Memo
from unspun.run.pool import (
    CompareTask,
    Hashed,
    Prepared,
    Side,
    Workers,
    one_thread_numerics,
    store_engine,
)
from unspun.store.candidate_index import adopt_settings, cache_path, load_index, save_index
from unspun.store.sqlite import Store, StoredArticle
from unspun.text.dates import published_instant
from unspun.text.tokens import words

# /3: "version" and "versions" of the query and of each match; /4: "family", how the family read as a whole named
# its origin (``family_stemma``), null where the verdicts alone did; /5: the query's "same_text_as", the id a text
# identical to it is stored under when its own id holds no such text
TRACE_SCHEMA = "unspun.trace/5"

# Pairs whose verdict is worth keeping: every derivation, and same-story links for ``stories``.
KEPT_RELATIONS = DERIVED_RELATIONS | {"same_story"}


def worth_keeping(verdict: Verdict) -> bool:
    """Whether the store keeps a compared pair's verdict: a relation of ``KEPT_RELATIONS``, or an ``unrelated``
    verdict that keeps ``stories`` from joining two texts (``Verdict.keeps_stories_apart``: next month's figures
    written from last month's report, a factory's second fire recalling its first)."""
    return verdict.relation in KEPT_RELATIONS or verdict.keeps_stories_apart


@dataclass(slots=True)
class IndexSummary:
    added: int = 0
    new_versions: int = 0  # of the added: changed texts of stored ids, kept beside the earlier versions
    unchanged: int = 0  # already stored with the same content
    pairs: int = 0  # verdicts stored (derived or same_story)
    # ``unrelated`` verdicts stored to keep two texts of other events out of one story (``worth_keeping``): no link
    other_events: int = 0
    compared: int = 0  # candidate pairs judged: aligned, or given the verdict of a pair they cannot be told from
    reused: int = 0  # of the compared: given that verdict, not aligned again
    skipped: Counter[str] = field(default_factory=Counter)  # reason → count
    # reason → the first records skipped for it (file:line, WARC record, id): where a reader looks to mend them
    skipped_where: dict[str, list[str]] = field(default_factory=dict)
    excluded: int = 0  # files left out by --include/--exclude (or as repository files)
    seconds: float = 0.0

    def line(self) -> str:
        """The one-line summary a run prints."""
        rate = self.added / self.seconds if self.seconds else 0.0
        text = (
            f"indexed {self.added} new article(s) in {self.seconds:.1f} s ({rate:.0f}/s), "
            + (f"{self.new_versions} of them new version(s) of stored ones, " if self.new_versions else "")
            + f"{self.unchanged} already stored, "
            f"{self.compared} candidate pair(s) compared, "
            + (f"{self.reused} of them by a text met before under another id, " if self.reused else "")
            + f"{self.pairs} link(s) stored"
            + (f", {self.other_events} verdict(s) of another event kept to keep their stories apart"
               if self.other_events else "")
        )
        if self.excluded:
            text += f", {self.excluded} file(s) left out by the file selection"
        return text + skipped_text(self.skipped, self.skipped_where)


@dataclass(frozen=True, slots=True)
class TraceMatch:
    id: str
    title: str | None
    relation: str
    direction: str  # relative to the query: a_to_b = the match derives from the query
    coverage: float  # the larger side's share of reused text
    coverage_query: float
    coverage_match: float
    confidence: float
    score: float
    fact_changes: tuple[tuple[str, int], ...] = ()  # (kind, count) of facts that differ (Verdict.fact_changes)
    role: str | None = None  # source, copy or sibling relative to the query (corpus.families); None: unknown
    origin: str | None = None  # id of the family's origin, when evidence names one
    site: str | None = None
    published: str | None = None
    version: int = 1  # which stored version of its id the match is (1: the first text stored under it)
    versions: int = 1  # how many versions of its id the store holds


@dataclass(frozen=True, slots=True)
class TraceResult:
    query: Article
    matches: tuple[TraceMatch, ...]
    version: int | None = None  # the query's stored version (None: its text is not stored under its id)
    versions: int = 0  # how many versions of the query's id the store holds
    family: str | None = None  # how the family read as a whole named its origin (``family_note``); None: it did not
    same_text_as: str | None = None  # the id a text identical to the query is stored under, when not the query's own


def content_hash(record: RawRecord, with_modified: bool = True) -> str:
    """What tells a record's versions apart: its content and the metadata given beside it. A record's own "modified"
    counts only where it is given (a record re-sent with one is a new version whose modified time is stored, not
    "already stored"; the hashes of records without one are those stores already hold). ``with_modified`` False:
    the hash stores made before "modified" counted hold (``_Indexer.stored_before_modified_counted``)."""
    data = record.content.encode("utf-8", "surrogatepass") if isinstance(record.content, str) else record.content
    modified = (record.modified,) if record.modified and with_modified else ()
    given = (record.title, record.published, record.site, record.url, *modified)
    meta = "\x1f".join(x or "" for x in given)
    return hashlib.blake2b(data + meta.encode(), digest_size=16).hexdigest()


def index_paths(
    paths: list[str],
    db: Path,
    engine: PairEngine | None = None,
    batch: int | None = None,
    progress: bool = False,
    workers: int | None = None,
    selection: Selection = EVERY_FILE,
    summary: IndexSummary | None = None,
) -> IndexSummary:
    """``unspun index``: add the articles under ``paths`` to the store at ``db``.

    Candidate pairs are compared by ``engine`` (default: ``corpus_engine`` with the settings the store saved,
    static vectors; an engine with other stored-result settings is refused).
    ``workers`` processes share extraction and comparison (default: one per core); ``selection`` picks the
    files of folders. A ``summary`` passed in advances as each batch commits (another thread may read it to show
    progress)."""
    from unspun.ingest.read import iter_records

    started = time.perf_counter()
    summary = summary if summary is not None else IndexSummary()
    with Store(db) as store, store.writer_lock():
        engine = store_engine(store, engine)
        records = _with_progress(iter_records(paths, engine.config, selection), progress)
        index_articles(store, _hashed(records, summary), summary, engine, batch, workers)
    summary.seconds = time.perf_counter() - started
    return summary


def index_articles(
    store: Store,
    items: Iterable[Hashed],
    summary: IndexSummary | None = None,
    engine: PairEngine | None = None,
    batch: int | None = None,
    workers: int | None = None,
) -> IndexSummary:
    """Prepare, compare with candidates and store ``items``, one transaction per ``batch`` articles; items whose
    id is stored with the same content hash are counted as unchanged. The caller holds ``store.writer_lock()``
    (one indexer per store)."""
    summary = summary if summary is not None else IndexSummary()
    engine = store_engine(store, engine)
    settings = engine.settings
    adopt_settings(store, settings)
    with one_thread_numerics(), _fewer_collections(settings.index.gc_thresholds), Workers(engine, workers) as pool:
        indexer = _Indexer(store, load_index(store, settings), pool, summary)
        # One batch is prepared (extracted, fingerprinted) in the workers while this process searches and
        # stores the one before it.
        waiting: Callable[[], list[Prepared | Skipped]] | None = None
        for chunk in _batches(items, batch or settings.index.batch_articles, indexer, summary):
            started = pool.submit_prepare(chunk)
            if waiting is not None:
                indexer.add(waiting())
            waiting = started
        if waiting is not None:
            indexer.add(waiting())
        if summary.added:
            with contextlib.suppress(OSError):  # a full disk or read-only folder costs a rebuild next time
                save_index(indexer.index, cache_path(store.path), store.generation(), settings)
    return summary


@contextlib.contextmanager
def _fewer_collections(thresholds: tuple[int, int, int]) -> Iterator[None]:
    """Python's cyclic collector less often while indexing: the run allocates many short-lived tuples and
    holds large long-lived structures (the candidate index, recent articles) that each collection walks."""
    before = gc.get_threshold()
    gc.set_threshold(*thresholds)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _batches(items: Iterable[Hashed], size: int, indexer: _Indexer, summary: IndexSummary) -> Iterator[list[Hashed]]:
    """``items`` not already stored, in batches of ``size``. An id met again with other content is a new
    version, in input order, whatever the batch boundaries (a resumed run cuts them elsewhere)."""
    pending: list[Hashed] = []
    for item in items:
        if not indexer.accept(item):
            summary.unchanged += 1
            continue
        pending.append(item)
        if len(pending) >= size:
            yield pending
            pending = []
    if pending:
        yield pending


class _Indexer:
    """One run's state: the store, the candidate index, the workers, the latest content hash of each id, and the
    key the next article gets."""

    def __init__(self, store: Store, index: CandidateIndex, pool: Workers, summary: IndexSummary) -> None:
        self.store, self.index, self.pool, self.summary = store, index, pool, summary
        # (id, content hash) of every version stored or accepted into a batch; ids stored in committed batches.
        self._known = store.stored_versions()
        self._stored_ids = {article_id for article_id, _ in self._known}
        self._modified_times = store.stored_modified_times()
        self._next_key = store.next_key()
        # Articles met again as candidates, as the store gives them back: copies of one story arrive close
        # together, so recent articles are the likely candidates.
        self._recent: OrderedDict[int, Side] = OrderedDict()
        # Verdicts by the content of both sides, and the content digest of each article met (``_compare``).
        self._verdicts = Memo(pool.engine.settings.index.remembered_verdicts)
        self._contents = Memo(pool.engine.settings.index.remembered_verdicts)

    def accept(self, item: Hashed) -> bool:
        """Whether ``item`` is new: an unknown id, or a text none of the id's versions has (a text met again is
        recognised, so a rerun of the same input, or of a feed holding two versions of an id, adds nothing)."""
        key = (item.source.id, item.content_hash)
        if key in self._known or self.stored_before_modified_counted(item.source):
            return False
        self._known.add(key)
        return True

    def stored_before_modified_counted(self, source: RawRecord | Article) -> bool:
        """Whether a record with a modified time is a version a store made before "modified" counted in the content
        hash holds: one whose hash without it (``content_hash``) is stored with that same modified time, as the
        record wrote it or as extraction reads it (``modified_stamp``). Re-sending one input to such a store adds
        nothing."""
        if not isinstance(source, RawRecord) or not source.modified:
            return False
        stored = self._modified_times.get((source.id, content_hash(source, with_modified=False)))
        return stored is not None and stored in (source.modified, modified_stamp(source.modified, source.published))

    def add(self, results: list[Prepared | Skipped]) -> None:
        """Index one prepared batch: candidates searched and compared first, then the articles and every verdict
        they owe written in one short transaction."""
        crash_point("extract")
        ready = []
        for result in results:
            if isinstance(result, Skipped):
                count_skipped(result, self.summary.skipped, self.summary.skipped_where)
            else:
                ready.append(result)
        # Keys in input order: what this process searched with is what the store will hold.
        pks = list(range(self._next_key, self._next_key + len(ready)))
        batch = {pk: as_stored(p) for pk, p in zip(pks, ready, strict=True)}
        verdicts = self._compare(list(zip(pks, ready, strict=True)), batch)
        with self.store.transaction():
            for pk, p in zip(pks, ready, strict=True):
                self.store.add_article(p.article, p.content_hash, p.seg, p.fp.stored, p.analysis(), pk=pk)
            for pk, others, found in verdicts:
                self._store_verdicts(others, pk, found)
            crash_point("write")
        crash_point("commit")
        self._next_key += len(ready)
        for pk in pks:
            self._remember(pk, batch[pk])
        self.summary.added += len(ready)
        for p in ready:  # in order: the second text of an id new in this batch is a new version too
            self.summary.new_versions += p.article.id in self._stored_ids
            self._stored_ids.add(p.article.id)

    def _compare(
        self, pairs: list[tuple[int, Prepared]], batch: dict[int, Side]
    ) -> list[tuple[int, list[int], list[Verdict]]]:
        """Each new article's candidates and their verdicts. Comparisons go to the workers a few articles at a
        time, while this process searches the rest. A pair whose two sides a comparison cannot tell from a pair
        already compared (``compared_content``: a text stored again under another id) takes that verdict, and
        is compared once when both are new."""
        submitted = []
        plans: list[tuple[int, list[int], list[PairKey | Verdict]]] = []
        sent: set[PairKey] = set()  # compared in this batch: their verdicts come back below
        size = self.pool.engine.settings.index.compare_group_articles
        for first in range(0, len(pairs), size):
            tasks, keys = self._compare_tasks(pairs[first : first + size], batch, plans, sent)
            submitted.append((keys, self.pool.submit_compare(tasks)))
        got: dict[PairKey, Verdict] = {}
        for keys, verdicts in submitted:
            for task_keys, found in zip(keys, verdicts(), strict=True):
                got.update(zip(task_keys, found, strict=True))
            crash_point("compare")
        for key, verdict in got.items():
            self._verdicts.put(key, verdict)
        return [(pk, others, [got[k] if isinstance(k, tuple) else k for k in known]) for pk, others, known in plans]

    def _compare_tasks(
        self,
        group: list[tuple[int, Prepared]],
        batch: dict[int, Side],
        plans: list[tuple[int, list[int], list[PairKey | Verdict]]],
        sent: set[PairKey],
    ) -> tuple[list[CompareTask], list[list[PairKey]]]:
        """Each new article's candidates among the stored ones and the batch's earlier ones (searched in order:
        an article joins the index before the next one is searched), and the task comparing those of its pairs
        not compared before. ``plans`` gets each new article's candidates with their remembered verdicts, or the
        key of the pair whose verdict will tell; ``sent`` the keys of the pairs sent."""
        tasks, task_keys = [], []
        for pk, p in group:
            new = batch[pk]
            credited = credit_check(new.seg, lambda pks: self._sides(pks, batch), self.pool.engine.memo)
            found = [c.pk for c in self.index.query(p.fp, exclude=frozenset({pk}), credited=credited)]
            new_content = self._content(pk, new)
            fresh, keys, known = [], [], []
            for other, side in zip(found, self._sides(found, batch), strict=True):
                key = (self._content(other, side), new_content)
                remembered = self._verdicts.find(key)
                known.append(key if remembered is None else remembered)
                if remembered is None and key not in sent:
                    sent.add(key)
                    fresh.append(side)
                    keys.append(key)
                else:
                    self.summary.reused += 1
            tasks.append(CompareTask(new, tuple(fresh)))
            task_keys.append(keys)
            plans.append((pk, found, known))
            self.index.add([(pk, p.fp.stored)])
            crash_point("search")
        return tasks, task_keys

    def _content(self, pk: int, side: Side) -> bytes:
        """``compared_content`` of the stored article ``pk`` (a key's article never changes)."""
        return self._contents.get(pk, lambda: compared_content(side))

    def _store_verdicts(self, others: list[int], pk: int, verdicts: list[Verdict]) -> None:
        for other, verdict in zip(others, verdicts, strict=True):
            self.summary.compared += 1
            if worth_keeping(verdict):
                self.store.add_pair(other, pk, verdict)
                if verdict.relation in KEPT_RELATIONS:
                    self.summary.pairs += 1
                else:
                    self.summary.other_events += 1

    def _sides(self, pks: list[int], batch: dict[int, Side]) -> list[Side]:
        """The candidates ``pks`` as comparisons read them: from this batch, from the recently read, or from the
        store (those read together)."""
        missing = [pk for pk in pks if pk not in batch and pk not in self._recent]
        read = dict(zip(missing, stored_sides(self.store, missing), strict=True))
        # Every side taken before any is remembered: remembering one may push out of the recent articles another
        # that this list still needs.
        sides = [batch.get(pk) or self._recent.get(pk) or read[pk] for pk in pks]
        for pk, side in zip(pks, sides, strict=True):
            if pk not in batch:
                self._remember(pk, side)
        return sides

    def _remember(self, pk: int, side: Side) -> None:
        self._recent[pk] = side
        self._recent.move_to_end(pk)
        if len(self._recent) > self.pool.engine.settings.index.recent_articles:
            self._recent.popitem(last=False)


def as_stored(p: Prepared) -> Side:
    """A prepared article as ``stored_side`` will read it back: the stored fields of the article, paragraphs
    recomputed, vectors at float16. Comparisons see only this form, so a verdict does not depend on whether its
    candidate was prepared in this run or read from the store (a resumed run stores the same verdicts)."""
    a = p.article
    article = Article(a.id, a.text, a.title, a.published, a.url, a.site, a.credits, a.removed, a.author,
                      modified=a.modified)
    paragraphs = tuple(paragraph_spans(a.text))
    seg = Segmented(article, p.seg.sentences, paragraphs, _owners(p.seg.sentences, paragraphs))
    vectors = p.vectors.astype(np.float16).astype(np.float32) if len(p.seg.sentences) else None
    return Side(seg, vectors, p.spin, p.fp.stored.english)


PairKey = tuple[bytes, bytes]  # (candidate, new article): ``compared_content`` of each


def compared_content(side: Side) -> bytes:
    """A digest of all a comparison reads of ``side``: what ``_as_compared`` keeps of the article, its sentence
    vectors, spin score and language. Two sides with one digest get the same verdicts against any other."""
    vectors = b"" if side.vectors is None else side.vectors.tobytes()
    shape = None if side.vectors is None else (side.vectors.shape, str(side.vectors.dtype))
    text = repr((_as_compared(side.seg), shape, side.spin, side.english)).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(text + vectors, digest_size=16).digest()


def _hashed(records: Iterable[RawRecord | Skipped], summary: IndexSummary) -> Iterator[Hashed]:
    """Records with their content hashes; records the reader could not use are counted as skipped."""
    for record in records:
        if isinstance(record, Skipped) and record.excluded:
            summary.excluded += 1
        elif isinstance(record, Skipped):
            count_skipped(record, summary.skipped, summary.skipped_where)
        else:
            yield Hashed(record, content_hash(record))


def stored_segmented(store: Store, pk: int) -> Segmented:
    """A stored article with its stored sentence offsets and removed blocks; paragraphs (one regex over lines)
    are recomputed."""
    return stored_side(store, pk).seg


def stored_side(store: Store, pk: int) -> Side:
    """A stored article ready for comparison, with the spin score and sentence vectors stored beside it."""
    return stored_sides(store, [pk])[0]


def stored_sides(store: Store, pks: Sequence[int], settings: Settings | None = None) -> list[Side]:
    """``stored_side`` of each of ``pks``, read from the store together (a trace's candidates). With the
    ``settings`` of the comparisons to come, each side carries the language its fingerprint recorded when the
    store read it with the same text settings (``Store.languages_read_with``)."""
    languages = settings is not None and store.languages_read_with() == settings_dict(settings, ("text",))["text"]
    return [_side(found, languages) for found in store.stored_articles(pks)]


def _side(found: StoredArticle, languages: bool = False) -> Side:
    paragraphs = tuple(paragraph_spans(found.article.text))
    seg = Segmented(found.article, found.sentences, paragraphs, _owners(found.sentences, paragraphs))
    return Side(seg, found.analysis.vectors, found.analysis.spin, found.english if languages else None)


def trace(path: str, db: Path, engine: PairEngine | None = None) -> TraceResult:
    """``unspun trace``: the stored sources and copies of the article at ``path``."""
    from unspun.ingest.extract import extract_record
    from unspun.ingest.read import path_ids, read_file

    with Store(db, create=False) as store, store.snapshot():
        engine = store_engine(store, engine)
        # Known by the id it has in the store when it was indexed (from whichever folder), else by its name.
        stored = [known for known in path_ids(path) if store.keys_of([known])]
        record_id = stored[-1] if stored else path_ids(path)[0]
        article = extract_record(read_file(path, engine.config, record_id), engine.config)
        return trace_article(store, article, load_index(store, engine.settings), engine)


def trace_article(
    store: Store,
    article: Article,
    index: CandidateIndex,
    engine: PairEngine | None = None,
    pool: Workers | None = None,
) -> TraceResult:
    """The stored sources and copies of ``article`` (stored or not), best first, compared by ``engine``
    (default: ``corpus_engine`` with the settings the store saved, as ``index`` reads it).

    With a started ``pool`` (a long-running process: the web app, a batch of traces), a worker process compares
    half of the candidates while this process compares the other half. The store is read in one snapshot (an
    ``index`` committing meanwhile is either wholly seen or not at all); ``index`` should have been loaded in it.
    When ``article`` is stored (a version of its id with its text), that version is left out of the matches,
    and the other versions of its id are candidates like any other article."""
    with one_thread_numerics(), store.snapshot():
        return _traced(store, article, index, engine or store_engine(store), pool)


def _traced(store: Store, article: Article, index: CandidateIndex, engine: PairEngine, pool: Workers | None
            ) -> TraceResult:
    seg = segment(article, engine.config)
    vectors = engine.static.encode(seg.sentence_texts())
    fp = fingerprint(seg, engine.static, engine.settings.fingerprint, vectors, engine.settings.text)
    engine.remember(seg, english=fp.english)  # read with the engine's text settings: each comparison asks again
    # The query itself may be stored (same id and text): it is neither its own source nor its own copy.
    own = store.key_of_text(article.id, article.text)
    read: dict[int, Side] = {}

    def sides_of(pks: list[int]) -> list[Side]:
        missing = [pk for pk in pks if pk not in read]
        read.update(zip(missing, stored_sides(store, missing, engine.settings), strict=True))
        return [read[pk] for pk in pks]

    found = index.query(fp, exclude=frozenset() if own is None else frozenset({own}),
                        credited=credit_check(seg, sides_of, engine.memo))
    pks = [candidate.pk for candidate in found]
    # A file whose text is stored under another id (a feed's URL, the file traced by its own name) is that stored
    # text: its stored links are the query's too, as they are for the query's own stored version (probe54: a trace
    # of a stored text under another id listed nothing); the stored twin stays a match, a duplicate of it. The index
    # offers a stored copy of the query's very text (every band shared), so only its candidates are read.
    # Every stored twin's links count (two stored copies of the text need not have met the same articles); the one
    # named is the first stored (lowest key), whatever order the index offered them in.
    twins = _same_text(pks, sides_of(pks), article.text) if own is None else []
    twin = min(twins, default=None)
    for held in [own] if own is not None else twins:
        pks += stored_links_not_offered(store, held, pks)
    sides = sides_of(pks)
    verdicts = _verdicts(Side(seg, vectors, None, fp.english), sides, engine, pool)
    verdicts = _with_common_sources(store, pks, verdicts, engine.settings.stories.siblings_by_rewrites)
    derived = [(pk, side, verdict) for pk, side, verdict in zip(pks, sides, verdicts, strict=True)
               if verdict.relation in DERIVED_RELATIONS]
    stored = store.pairs_among([pk for pk, _, _ in derived])
    roles, family = _roles(stored, [(pk, verdict) for pk, _, verdict in derived],
                           {pk: side.seg.article for pk, side, _ in derived} | {_QUERY: article}, engine.settings)
    # The query's sources nearest it first: its direct source before the origin it descends from. A stored
    # duplicate of the query naming no direction is the query's own text (a file traced beside its stored copy): it
    # derives from what the query derives from, and is no nearer source (probe51 B: s1_alt.txt beside stored s1_alt).
    # A stored duplicate pair is one text twice, no generation (reviewB: a verbatim mirror of the direct source was
    # listed before it); a copy the query is no nearer to than to its ancestor is no nearer source (``_nearer``).
    with_query = {pk: verdict for pk, _, verdict in derived}
    texts = {pk: side.seg.article.text for pk, side, _ in derived} | {_QUERY: article.text}
    readings = functools.cache(lambda k: family_words(texts[k]))
    sources = [pk for pk, _, verdict in derived if roles[pk].role == "source" and not is_twin(verdict)]
    edges = derivations((p.a, p.b, p.verdict) for p in stored if p.verdict.relation != "duplicate")
    stories = engine.settings.stories
    figure_words = stories.changed_figure_max_words if stories.changed_figure_says_source else None
    apart = _made_apart(sources, edges, readings, figure_words)
    depth = generations(sources, edges,
                        lambda source, ancestor: source not in apart and _nearer(
                            with_query[source], with_query[ancestor],
                            own_readings_lean(readings(_QUERY), readings(source), readings(ancestor), figure_words)))
    versions = store.versions_of([pk for pk, _, _ in derived] + ([own] if own is not None else []))
    names = {_QUERY: article.id}
    matches, nearness = [], []
    for pk, side, verdict in derived:
        member = roles[pk]
        origin = None
        if member.origin is not None:
            if member.origin not in names:
                names[member.origin] = store.article(member.origin).id
            origin = names[member.origin]
        # A source the query holds another's figure against (``_made_apart``) is a copy made beside it from the
        # origin: a sibling, listed after the sources; so is a copy holding the origin's figure that the query changed.
        role = "sibling" if member.origin not in (None, pk) and (
            pk in apart or (member.role == "copy" and member.origin in texts
                            and _holds_origin_figure(readings(pk), readings(_QUERY), readings(member.origin),
                                                     figure_words))) \
            else member.role
        matches.append(_match(side.seg.article, verdict, role, origin, versions.get(pk, (1, 1))))
        nearness.append(depth.get(pk, 0))
    ranked = ranked_matches(matches, nearness)
    if own is not None:
        return TraceResult(article, ranked, *versions[own], family)
    return TraceResult(article, ranked, None, len(store.keys_of([article.id])), family,
                       None if twin is None else store.article(twin).id)


def _made_apart(sources: Sequence[int], edges: set[tuple[int, int]], readings: Callable[[int], frozenset[str]],
                figure_words: int | None) -> frozenset[int]:
    """The ``sources`` the query was not made from, whatever stored verdicts order: each gives a figure otherwise than
    another of them it does not come before (``edges``: none of its copies, which may have changed it again), and the
    query holds the other's figure, not its own (``families.changed_figure_lean``; probe56: the Sheffield answer with
    430 jobs for the source's 340, stored as the copy of a cut answer that lacks the figure, is no nearer source of a
    light revision giving 340). A copy of a copy carries its parent's changed figures. The figure is read as there
    (``figure_words``: ``StoryConfig.changed_figure_max_words``, None: not read): not where the query took the
    other's wording whole and has none of its own (reviewD: a wire copy put right is no copy made beside the wire's).
    """
    query, after = readings(_QUERY), adjacency(edges)

    def holds_other_figure(s: int, other: int) -> bool:
        return changed_figure_lean(query, readings(s), readings(other), figure_words) == -1.0

    return frozenset(s for s in sources for below in (reached(s, after),) for other in sources
                     if other not in below and holds_other_figure(s, other))


def _holds_origin_figure(copy: frozenset[str], query: frozenset[str], origin: frozenset[str],
                         figure_words: int | None) -> bool:
    """Whether ``copy`` gives the figure ``query`` changed of ``origin``'s as the origin gives it: made from the origin,
    not from the query (a copy of the query carries its changed figure)."""
    return changed_figure_lean(copy, query, origin, figure_words) == -1.0


def _nearer(source: Verdict, ancestor: Verdict, lean: float | None = None) -> bool:
    """Whether the query (side A of both verdicts) may have copied ``source`` rather than its ``ancestor``. Where the
    query copies both word for word (``ONE_DERIVATION``: duplicate or near duplicate) and is closer to the source by
    score or by a reused share and no further by the others, the source: between word-for-word copies the shares
    count what the query kept of each, so one figure the query put back outweighs no paragraph it kept (reviewA: a
    copy keeping a copy's commentary whole), and a verbatim copy of a copy that only cut a paragraph holds all of its
    source, less of the ancestor; not the other way (the direct source may reuse less of the origin, probe50 C).
    Otherwise by the readings: ``lean`` (``families.own_readings_lean``) says whether the query holds the source's
    own readings (its changed figures, its own words, an update it appended) rather than what the source took out of
    its ancestor; a summary of a report holds none of a human rewrite's own words however alike the two score
    (probe52 A6, F6: 0.83 both; trace_ties: the rewrite scores 0.968, the report 0.442), a copy of a copy keeps its
    parent's changes (probe50 c3). Without readings to read (None), by the scores: the query is nearer the source by
    score or by reused share. A query that kept what the copy cut from its ancestor (a paragraph) is closer to the
    ancestor on both (reviewB: kiln2 at 0.88 and 89% listed before kiln1 at 0.99 and 100%). A tie on score and the
    larger share is no evidence (two copies of one report scored alike against a summary): the ancestor stays first."""
    near, far = _closeness(source), _closeness(ancestor)
    if {source.relation, ancestor.relation} <= ONE_DERIVATION and _closer(near, far):
        return True
    if lean is not None:
        return lean > 0
    return near[:2] != far[:2] and (near[0] >= far[0] or near[1] >= far[1])


def _closeness(verdict: Verdict) -> tuple[float, float, float]:
    """The query's closeness to a source by one verdict: its score times the larger reused share, the larger share,
    the smaller share (rounded as they are shown)."""
    larger, smaller = max(verdict.coverage_a, verdict.coverage_b), min(verdict.coverage_a, verdict.coverage_b)
    return round(verdict.confidence * larger, 3), round(larger, 3), round(smaller, 3)


def _closer(one: tuple[float, float, float], other: tuple[float, float, float]) -> bool:
    """Whether ``one`` is closer than ``other`` on one measure and no further on any."""
    return one != other and all(a >= b for a, b in zip(one, other, strict=True))


def _same_text(pks: Sequence[int], sides: Sequence[Side], text: str) -> list[int]:
    """Those of ``pks`` (read as ``sides``) whose stored text is ``text``."""
    return [pk for pk, side in zip(pks, sides, strict=True) if side.seg.article.text == text]


def stored_links_not_offered(store: Store, own: int, offered: list[int]) -> list[int]:
    """The articles the stored ``own`` has a derived verdict with that the candidate index did not offer (``offered``):
    the index reads a stored article by a sample of its sentences (the sketch), so a long report's query meets a
    teaser's every sentence while the teaser's query may meet none of the report's sample; the teaser found its report
    when it was indexed, and tracing the report lists it too, as the store does (parity50)."""
    known = set(offered) | {own}
    return [other for p in store.pairs_of(own) if p.verdict.relation in DERIVED_RELATIONS
            and (other := p.b if p.a == own else p.a) not in known]


def _with_common_sources(store: Store, pks: list[int], verdicts: list[Verdict], rewrites: bool) -> list[Verdict]:
    """``verdicts`` (the query against each of ``pks``), a ``same_story`` one replaced where the stored verdicts
    show the candidate retells the query's own source (``families.through_common_source``, ``rewrites`` as the
    setting ``stories.siblings_by_rewrites`` says). The store is asked only
    when the query has a source and some candidate is ``same_story``."""
    if not any(v.relation == "same_story" for v in verdicts) or \
            not any(v.relation in DERIVED_RELATIONS and v.direction == "b_to_a" for v in verdicts):
        return verdicts
    via = through_common_source(dict(zip(pks, verdicts, strict=True)),
                                [(p.a, p.b, p.verdict) for p in store.pairs_among(pks)], rewrites)
    return [via.get(pk, verdict) for pk, verdict in zip(pks, verdicts, strict=True)]


def credit_check(query: Segmented, sides_of: Callable[[list[int]], list[Side]],
                 memo: Memo | None = None) -> Callable[[list[int]], list[int]]:
    """``CandidateIndex.query``'s ``credited``: the stored articles (read by ``sides_of``) that credit ``query``'s site
    or author, or that ``query`` credits (``judge.credits_either``; ``memo``, an engine's, keeps what it reads of
    each text)."""

    def credited(pks: list[int]) -> list[int]:
        return [pk for pk, side in zip(pks, sides_of(pks), strict=True) if credits_either(query, side.seg, memo)]

    return credited


def _verdicts(query: Side, sides: list[Side], engine: PairEngine, pool: Workers | None) -> list[Verdict]:
    """The verdict of ``query`` (side A) against each of ``sides``. Candidates a comparison cannot tell apart
    (``_as_compared``: a page stored under two URLs, a text stored again under another id) are compared once;
    a pair ``engine`` met before (``compared_content`` of both sides: the same texts, vectors, spin and language)
    takes the verdict it remembers; the rest are compared now and remembered."""
    read = [_as_compared(side.seg) for side in sides]
    slot: dict[tuple[object, ...], int] = {}
    distinct: list[Side] = []
    for key, side in zip(read, sides, strict=True):
        if slot.setdefault(key, len(distinct)) == len(distinct):
            distinct.append(side)
    asked = compared_content(query)
    keys = [(asked, compared_content(side)) for side in distinct]
    found: dict[int, Verdict] = {k: v for k, key in enumerate(keys) if (v := engine.verdicts.find(key)) is not None}
    fresh = [k for k in range(len(distinct)) if k not in found]
    found.update(zip(fresh, _compared(query, [distinct[k] for k in fresh], engine, pool), strict=True))
    for k, key in enumerate(keys):  # put after every lookup: none pushes out one this trace still needs
        engine.verdicts.put(key, found[k])
    return [found[slot[key]] for key in read]


def _compared(query: Side, distinct: list[Side], engine: PairEngine, pool: Workers | None) -> list[Verdict]:
    """The verdict of ``query`` (side A) against each of ``distinct``; with a started ``pool``, a worker compares
    every other one."""
    shared = pool is not None and pool.parallel and len(distinct) >= engine.settings.index.trace_share_min_candidates
    remote = distinct[1::2] if shared else []
    waiting = None
    if pool is not None and remote:
        # The query with what a worker would otherwise compute again: its static vectors and spin score.
        sent = Side(query.seg, query.vectors, engine.spin(query.seg), query.english)
        waiting = pool.submit_compare([CompareTask(sent, tuple(remote), new_first=True)])
    compared = []
    for side in distinct[0::2] if remote else distinct:
        engine.remember(side.seg, side.vectors, side.spin, side.english)
        compared.append(engine.compare_segmented(query.seg, side.seg, details=False).verdict)
    if waiting is not None:  # back in candidate order: even ones were compared here, odd ones in the worker
        even, odd = iter(compared), iter(waiting()[0])
        compared = [next(odd if k % 2 else even) for k in range(len(distinct))]
    return compared


def _as_compared(seg: Segmented) -> tuple[object, ...]:
    """What a comparison reads of an article: all of ``seg`` but the article's id and URL. Its author is read (a
    credit naming it says which text is the copy), and so is its title: a "BREAKING:" headline makes a text the
    first flash another expanded, and a headline's days and names are its event's (one text under a plain headline
    took its flash twin's direction and evidence)."""
    a = seg.article
    return (a.text, a.title, a.published, a.modified, a.site, a.credits, a.removed, a.author, seg.sentences,
            seg.paragraphs, seg.sentence_paragraph)


def ranked_matches(matches: Sequence[TraceMatch], generations: Sequence[int] = ()) -> tuple[TraceMatch, ...]:
    """The query's sources first (the family's origin among them), then the rest, each by evidence (score): an
    altered copy of the origin, however close to the query, never outranks the origin or a source. Among the
    sources, the one nearest the query first: ``generations`` (each match's, ``families.generations``; none: 0)
    counts the other sources it derives from, so a copy of a copy lists the outlet it copied before the origin
    (probe50 C: a rights team asks who the copy came from); sources no stored verdict orders, the origin first.
    Among the rest, what may be the query's source (no direction known) comes before what its verdict says is not
    (a sibling from a common source, a copy of the query): a summary's source and another outlet's report that
    the summary also matches tie on evidence (0.968 each), and the name alone put the other report first."""
    depth = list(generations) or [0] * len(matches)
    order = sorted(zip(matches, depth, strict=True),
                   key=lambda md: (md[0].origin != md[0].id and md[0].role != "source", -md[1],
                                   md[0].origin != md[0].id, md[0].role != "source", _AS_SOURCE[md[0].direction],
                                   -md[0].score, _published_at(md[0].published), md[0].id, md[0].version))
    return tuple(m for m, _ in order)


def _published_at(published: str | None) -> float:
    """A match's publication time as seconds (undated or unreadable: last), so that of matches tied on evidence (a
    text and its verbatim mirror) the earliest is listed first, whatever their ids: as ``dates.published_instant``
    orders two texts, a stamp ISO 8601 does not read ("2026-06-10 09:00 BST") by its leading day."""
    at = published_instant(published)
    return math.inf if at is None else at.replace(tzinfo=UTC).timestamp()


# How surely a match's verdict (query as side A) makes it the query's source: "b_to_a" says it is, "unknown" may be.
_AS_SOURCE = {"b_to_a": 0, "unknown": 1, "common_source": 2, "a_to_b": 3}


_QUERY = -1  # the query's key in its family (stored keys are positive)


def _roles(stored: list[StoredPair], with_query: list[tuple[int, Verdict]], articles: dict[int, Article],
           settings: Settings) -> tuple[dict[int, Member[int]], str | None]:
    """Each derived match's role relative to the query, from the query's verdicts and the ``stored`` ones (the pairs
    among the matches), with the family's origin chosen as a story's is (``story_clusters.origin_texts``: by
    evidence, never by store key or site); and how the family read as a whole named that origin (``family_note``),
    if it did."""
    pairs = [StoredPair(_QUERY, pk, verdict) for pk, verdict in with_query] + stored
    metas = {k: ArticleMeta(k, a.id, a.title, a.published, a.site, a.credits, len(a.text)) for k, a in articles.items()}
    facts = _facts_reader(articles, settings)
    among = [(p.a, p.b, p.verdict) for p in stored]
    sequence = functools.cache(lambda k: tuple(words(articles[k].text)))
    readings = family_readings(facts, functools.cache(lambda k: family_words(articles[k].text)))
    origins = origin_texts(list(articles), pairs, metas, facts, settings.stories,
                           lambda k: text_digest(articles[k].text), readings)
    twins = twin_sets(list(articles), [p for p in pairs if p.verdict.relation in DERIVED_RELATIONS])
    read = family_stemma(pairs, twins, metas, readings, settings.stories)
    # The family read as a whole, where it chose the origin: the members with a reading of their own, twins alike.
    by_family = read is not None and bool(origins) and read.origin in twins[origins[0]]
    altered = frozenset(k for g in read.altered for k in twins[g]) if read is not None and by_family else frozenset()
    # N identical copies evidence cannot order: roles are read from one of them (each gives the others the same
    # roles: it is their text), and the trace names none of them its family's origin.
    roles = family_roles(_QUERY, dict(with_query), among,
                         chosen=lambda: min(origins, key=lambda k: articles[k].id, default=None),
                         day=lambda k: date_key(metas[k]), min_share_gain=settings.stories.chain_min_share_gain,
                         whole_min_share=settings.stories.derived_whole_min_share,
                         wording=Wording(functools.cache(lambda k: frozenset(sequence(k))),
                                         settings.stories.chain_min_wording_lean,
                                         settings.stories.chain_min_changed_words, sequence),
                         altered=altered, stamp=lambda k: (metas[k].published, metas[k].credits))
    note = family_note(articles[origins[0]].id, len({twins[k] for k in articles})) \
        if by_family and len(origins) == 1 else None
    if len(origins) > 1:
        return {k: Member(member.role, None) for k, member in roles.items()}, note
    return roles, note


def family_note(origin: str, texts: int) -> str:
    """What a trace says where its family's origin was read from the whole family (``families.stemma``)."""
    return (f"the family's {texts} texts read together name {origin} their origin: it agrees with the majority "
            "wherever they differ, and each of the others has readings of its own (a copy's own alterations); "
            "copies of it made apart are siblings")


def _facts_reader(articles: dict[int, Article], settings: Settings) -> Callable[[int], set[str]]:
    """The event facts of a family member's text by key (``story_clusters.event_facts``), each read when first
    asked for: ``origin_of`` reads them only to part origins that tie on everything else."""
    s = settings.stories

    @functools.cache
    def facts(key: int) -> set[str]:
        return event_facts(articles[key].text, s.min_name_chars, s.min_name_mentions, settings.text,
                           s.name_mention_chars)

    return facts


def trace_dict(result: TraceResult) -> dict[str, object]:
    """The ``unspun.trace/5`` JSON contract (``TRACE_SCHEMA``; README, "Contract versions")."""
    q = result.query
    return {
        "schema": TRACE_SCHEMA,
        "query": {"id": q.id, "title": q.title, "site": q.site, "published": q.published, "chars": len(q.text),
                  "version": result.version, "versions": result.versions, "same_text_as": result.same_text_as},
        "family": result.family,
        "matches": [
            {
                "id": m.id,
                "title": m.title,
                "site": m.site,
                "published": m.published,
                "relation": m.relation,
                "direction": m.direction,
                "coverage": m.coverage,
                "coverage_query": m.coverage_query,
                "coverage_match": m.coverage_match,
                "confidence": m.confidence,
                "score": m.score,
                "facts_changed": bool(m.fact_changes),
                "fact_changes": dict(m.fact_changes),
                "role": m.role,
                "origin": m.origin,
                "version": m.version,
                "versions": m.versions,
            }
            for m in result.matches
        ],
    }


def _match(candidate: Article, v: Verdict, role: str | None = None, origin: str | None = None,
           versions: tuple[int, int] = (1, 1)) -> TraceMatch:
    coverage = max(v.coverage_a, v.coverage_b)
    return TraceMatch(
        candidate.id,
        candidate.title,
        v.relation,
        v.direction,
        round(coverage, 3),
        round(v.coverage_a, 3),
        round(v.coverage_b, 3),
        round(v.confidence, 3),
        round(v.confidence * coverage, 3),
        v.fact_changes,
        role,
        origin,
        candidate.site,
        candidate.published,
        *versions,
    )


def _owners(sentences: tuple[Span, ...], paragraphs: tuple[Span, ...]) -> tuple[int, ...]:
    """The paragraph each sentence starts in (as ``segment`` records it)."""
    starts = [p.start for p in paragraphs]
    return tuple(max(0, bisect.bisect_right(starts, span.start) - 1) for span in sentences)


_WHERE_SHOWN = 3  # records named per reason in a run's summary line


def count_skipped(record: Skipped, skipped: Counter[str], where: dict[str, list[str]]) -> None:
    """Count ``record`` under what went wrong, and keep where it was for the first few of each reason."""
    reason = skip_reason(record.reason, record.id)
    skipped[reason] += 1
    shown = where.setdefault(reason, [])
    if len(shown) < _WHERE_SHOWN:
        shown.append(record.id)


def skipped_text(skipped: Counter[str], where: dict[str, list[str]] | None = None) -> str:
    """``; skipped N bad record(s): …`` with the five commonest reasons, each with the first records it skipped
    ("bad.jsonl:2"), or nothing when none was skipped."""
    if not skipped:
        return ""
    reasons = "; ".join(f"{n} × {reason}{_where_text((where or {}).get(reason, []), n)}"
                        for reason, n in skipped.most_common(5))
    return f"; skipped {sum(skipped.values())} bad record(s): {reasons}"


def _where_text(ids: list[str], count: int) -> str:
    if not ids:
        return ""
    more = ", …" if count > len(ids) else ""
    return f" ({', '.join(ids)}{more})"


def skip_reason(message: str, record_id: str = "") -> str:
    """What went wrong, without the name of the record a message starts with ("x.jsonl:7: not JSON", "/in/x.bin
    looks binary, …"): counting groups by it, and the summary names the records beside it. A ": " inside the
    reason's own parentheses is not where its name ends."""
    head, sep, rest = message.partition(": ")
    if sep and "(" not in head:
        return rest
    first, space, rest = message.partition(" ")
    name = record_id.rsplit("/", 1)[-1]
    if space and name and (first == name or first.endswith("/" + name)):  # the file's path, then the reason
        return rest
    return message


def _with_progress(records: Iterable[RawRecord | Skipped], enabled: bool) -> Iterable[RawRecord | Skipped]:
    if not enabled:
        return records
    from tqdm import tqdm

    return tqdm(records, unit=" articles", desc="indexing", dynamic_ncols=True)
