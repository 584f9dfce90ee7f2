"""Candidates: fingerprints → the stored articles worth a full alignment with a given one.

Three cheap signals build a pool, one exact-ish score decides: MinHash LSH over word 3-grams (verbatim and
trimmed copies), faiss nearest neighbours of the article's mean vector and of its sentence vectors (spun
copies: 60% word substitution kills shingles but a spun sentence's static vector stays close). Every pool
member is then scored by how many of its sketch sentences find a counterpart among the query's sentences.

In RAM per article: 42 band keys (uint64) and their sort order, the mean vector and eight sketch sentence
vectors in faiss (float32 while the store is small, int8 scalar-quantised IVF once it is large).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from unspun.config import DEFAULT_CANDIDATES, CandidateConfig
from unspun.corpus.fingerprint import Fingerprint, StoredFingerprint, is_figure_key, is_specific_key


@dataclass(frozen=True, slots=True)
class Candidate:
    pk: int
    score: float  # in [0, 1]: the larger of the band share and the matched-sentence share
    bands: int  # LSH bands shared
    matched_sentences: int
    doc_cosine: float
    worth: bool = True  # ``worth_comparing``: goes on to comparison


class Rows:
    """An append-only numpy array with spare capacity: adding an article copies nothing already indexed, so
    growing the index one article at a time stays linear in its size."""

    def __init__(self, dtype: type, width: int | None = None, rows: np.ndarray | None = None) -> None:
        tail = () if width is None else (width,)
        self._data = np.zeros((16, *tail), dtype=dtype)
        self._size = 0
        if rows is not None:
            self.extend(rows)

    def __len__(self) -> int:
        return self._size

    @property
    def view(self) -> np.ndarray:
        return self._data[: self._size]

    @property
    def nbytes(self) -> int:
        return int(self._data.nbytes)

    def extend(self, rows: np.ndarray | list) -> None:
        rows = np.asarray(rows, dtype=self._data.dtype)
        needed = self._size + len(rows)
        if needed > len(self._data):
            grown = np.zeros((max(needed, 2 * len(self._data)), *self._data.shape[1:]), dtype=self._data.dtype)
            grown[: self._size] = self._data[: self._size]
            self._data = grown
        self._data[self._size : needed] = rows
        self._size = needed


class VectorIndex:
    """Inner-product search over unit vectors, ids 0..n-1 in insertion order, vectors recoverable by id."""

    def __init__(self, dim: int, config: CandidateConfig = DEFAULT_CANDIDATES) -> None:
        faiss = faiss_module()
        self.dim = dim
        self._config = config
        self._trained_for = 0  # index size when the IVF was last trained
        self._index = faiss.IndexFlatIP(dim)

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    def add(self, vectors: np.ndarray) -> None:
        if len(vectors):
            self._index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        # IVF lists trained on few vectors grow long as the store grows: retrain at every doubling, so search
        # cost stays near nprobe x ~200 vectors per query (rebuild work totals ~2x one build).
        if self.size >= self._config.ivf_min_vectors and (self._is_flat() or self.size >= 2 * self._trained_for):
            self._to_ivf()

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        if self.size == 0 or len(queries) == 0:
            return np.zeros((len(queries), 0), np.float32), np.zeros((len(queries), 0), np.int64)
        return self._index.search(np.ascontiguousarray(queries, dtype=np.float32), min(k, self.size))

    def vectors(self, ids: np.ndarray) -> np.ndarray:
        if len(ids) == 0:
            return np.zeros((0, self.dim), np.float32)
        return self._index.reconstruct_batch(np.ascontiguousarray(ids, dtype=np.int64))

    def serialize(self) -> np.ndarray:
        import faiss

        return faiss.serialize_index(self._index)

    @property
    def trained_for(self) -> int:
        """The size the vector lists were last trained at (0: still flat)."""
        return self._trained_for

    @classmethod
    def deserialize(cls, data: np.ndarray, config: CandidateConfig, trained_for: int | None = None) -> VectorIndex:
        import faiss

        index = faiss.deserialize_index(data)
        out = cls(index.d, config)
        out._index = index
        if not out._is_flat():
            out._tune(index)
            out._trained_for = out.size if trained_for is None else int(trained_for)
        return out

    def _is_flat(self) -> bool:
        import faiss

        return isinstance(self._index, faiss.IndexFlat)

    def _to_ivf(self) -> None:
        import faiss

        vectors = self._index.reconstruct_n(0, self.size)
        nlist = int(np.clip(len(vectors) // 100, 64, 4096))
        index = faiss.IndexIVFScalarQuantizer(
            faiss.IndexFlatIP(self.dim),
            self.dim,
            nlist,
            faiss.ScalarQuantizer.QT_8bit,
            faiss.METRIC_INNER_PRODUCT,
        )
        sample = np.random.default_rng(0).permutation(len(vectors))[: 64 * nlist]
        index.train(vectors[sample])
        index.add(vectors)
        self._tune(index)
        self._index = index
        self._trained_for = len(vectors)

    def _tune(self, index: Any) -> None:
        import faiss

        ivf = faiss.extract_index_ivf(index)
        ivf.nprobe = self._config.ivf_nprobe
        ivf.make_direct_map()


class BandIndex:
    """MinHash LSH: band keys of every article; articles sharing a key in any band are candidates.

    All bands live in one sorted array (each key salted with its band, so equal keys of different bands stay
    apart): a query is two ``searchsorted`` calls, not two per band. New keys wait in a small unsorted tail
    (scanned directly) so that adding one article does not re-sort the whole index; the tail is merged once
    it holds ``merge_every`` articles.
    """

    merge_every = 2048

    def __init__(self, bands: int, rows: int) -> None:
        self.bands, self.rows = bands, rows
        self._keys = Rows(np.uint64, bands)  # every slot's keys, in slot order
        self._sorted_upto = 0  # slots [0, _sorted_upto) are in the sorted arrays
        self._salt = np.arange(1, bands + 1, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93)
        self._sorted = np.zeros(0, dtype=np.uint64)  # salted keys of the merged slots, ascending
        self._slot_of = np.zeros(0, dtype=np.int32)  # slot of each sorted key

    @property
    def size(self) -> int:
        return len(self._keys)

    def band_keys(self, minhash: np.ndarray) -> np.ndarray:
        """One uint64 per band, mixing the band's rows (overflow wraps, which is what we want)."""
        values = minhash[: self.bands * self.rows].astype(np.uint64).reshape(self.bands, self.rows)
        keys = np.zeros(self.bands, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for row in range(self.rows):
                keys = keys * np.uint64(0x9E3779B97F4A7C15) + values[:, row]
        return keys

    def add(self, minhashes: list[np.ndarray]) -> None:
        if minhashes:
            self._keys.extend(np.stack([self.band_keys(m) for m in minhashes]))
            if self.size - self._sorted_upto >= self.merge_every:
                self._merge()

    def shared_bands(self, minhash: np.ndarray) -> dict[int, int]:
        """Slot → number of bands it shares with ``minhash``."""
        query = self.band_keys(minhash)
        counts: dict[int, int] = {}
        salted = query ^ self._salt
        lows = np.searchsorted(self._sorted, salted, side="left").tolist()
        highs = np.searchsorted(self._sorted, salted, side="right").tolist()
        for low, high in zip(lows, highs, strict=True):
            for slot in self._slot_of[low:high].tolist():
                counts[slot] = counts.get(slot, 0) + 1
        shared = (self._keys.view[self._sorted_upto :] == query[None, :]).sum(axis=1)
        for offset in np.flatnonzero(shared).tolist():
            slot = self._sorted_upto + offset
            counts[slot] = counts.get(slot, 0) + int(shared[offset])
        return counts

    def memory_bytes(self) -> int:
        return self._keys.nbytes + self._sorted.nbytes + self._slot_of.nbytes

    def _merge(self) -> None:
        salted = (self._keys.view ^ self._salt[None, :]).ravel()  # slot-major: position = slot * bands + band
        order = np.argsort(salted, kind="stable")
        self._sorted = salted[order]
        self._slot_of = (order // self.bands).astype(np.int32)
        self._sorted_upto = self.size

    def state(self) -> np.ndarray:
        return self._keys.view

    def restore(self, keys: np.ndarray) -> None:
        self._keys = Rows(np.uint64, self.bands, keys)
        self._merge()


class PassageIndex:
    """Posting lists of passage hashes (``fingerprint.passage_hashes``): for each hash, the slots of the articles
    holding it, as passim, Churnalism and TextPAIR index n-grams to find one reused paragraph.

    The postings live in two arrays sorted by hash (a query is two ``searchsorted`` calls); new articles' postings
    wait in a dict until ``merge_every`` articles have come, then join the arrays (a stable sort of the sorted
    postings followed by the sorted new ones: two runs, merged in linear time).
    """

    merge_every = 2048

    def __init__(self) -> None:
        self._keys = np.zeros(0, dtype=np.uint32)  # every merged posting's hash, ascending
        self._slots = np.zeros(0, dtype=np.int32)  # … and its article's slot
        self._tail: dict[int, list[int]] = {}  # postings not merged yet: hash → slots
        self._tail_articles = 0

    def add(self, slot: int, hashes: np.ndarray) -> None:
        for value in hashes.tolist():
            self._tail.setdefault(value, []).append(slot)
        self._tail_articles += 1
        if self._tail_articles >= self.merge_every:
            self._merge()

    def shared(self, hashes: np.ndarray, max_postings: int) -> tuple[np.ndarray, np.ndarray]:
        """(slots, how many of ``hashes`` each holds), counting only hashes held by at most ``max_postings``
        articles: a phrase in more is a stock phrase or a template, not one text's."""
        if len(hashes) == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        lows = np.searchsorted(self._keys, hashes, side="left")
        highs = np.searchsorted(self._keys, hashes, side="right")
        recent = [self._tail.get(value, _NONE) for value in hashes.tolist()]
        held = highs - lows + np.fromiter(map(len, recent), dtype=np.int64, count=len(recent))
        kept = np.flatnonzero((held > 0) & (held <= max_postings))
        lows, highs = lows[kept], highs[kept]
        lengths = highs - lows
        # Every kept hash's merged postings, as one array of positions (its low, then the next length - 1).
        starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
        positions = np.repeat(lows, lengths) + np.arange(lengths.sum()) - starts
        tail = [slot for k in kept.tolist() for slot in recent[k]]
        found = np.concatenate([self._slots[positions].astype(np.int64), np.asarray(tail, dtype=np.int64)])
        return np.unique(found, return_counts=True)

    def memory_bytes(self) -> int:
        return int(self._keys.nbytes + self._slots.nbytes) + 8 * sum(map(len, self._tail.values()))

    def _merge(self) -> None:
        if self._tail:
            keys = np.fromiter(self._tail, dtype=np.uint32, count=len(self._tail))
            counts = np.fromiter(map(len, self._tail.values()), dtype=np.int64, count=len(self._tail))
            slots = np.fromiter((s for found in self._tail.values() for s in found), dtype=np.int32,
                                count=int(counts.sum()))
            new_keys = np.repeat(keys, counts)
            order = np.argsort(new_keys, kind="stable")
            keys_all = np.concatenate([self._keys, new_keys[order]])
            slots_all = np.concatenate([self._slots, slots[order]])
            merged = np.argsort(keys_all, kind="stable")
            self._keys, self._slots = keys_all[merged], slots_all[merged]
        self._tail, self._tail_articles = {}, 0

    def state(self) -> tuple[np.ndarray, np.ndarray]:
        self._merge()
        return self._keys, self._slots

    def restore(self, keys: np.ndarray, slots: np.ndarray) -> None:
        order = np.argsort(keys, kind="stable")
        self._keys = np.asarray(keys, dtype=np.uint32)[order]
        self._slots = np.asarray(slots, dtype=np.int32)[order]
        self._tail, self._tail_articles = {}, 0


_NONE: list[int] = []


class CandidateIndex:
    """All stored articles' fingerprints, searchable; built from a store, grown batch by batch."""

    def __init__(self, config: CandidateConfig = DEFAULT_CANDIDATES) -> None:
        self.config = config
        self._pks = Rows(np.int64)  # stored article of each slot
        self._firsts = Rows(np.int64)  # first sketch vector id of each slot
        self._counts = Rows(np.int32)  # sketch vectors of each slot
        self._owners = Rows(np.int32)  # slot of each sketch vector
        self._english = Rows(np.bool_)  # whether each slot's article reads as English (``worth_comparing``)
        self._bands = BandIndex(config.lsh_bands, config.lsh_rows)
        self._passages = PassageIndex()
        self._sites = Rows(np.int32)  # each slot's site, as a code of ``_site_codes`` (0: unknown)
        self._specifics = Rows(np.int32)  # each slot's specific keys (``fingerprint.specific_hashes``), how many
        self._site_codes: dict[str, int] = {}
        self._docs: VectorIndex | None = None
        self._sentences: VectorIndex | None = None
        self._forgotten = np.zeros(0, dtype=np.int64)  # replaced articles, still in the faiss indexes

    def __len__(self) -> int:
        return len(self._pks)

    @property
    def pks(self) -> np.ndarray:
        return self._pks.view


    def add(self, items: list[tuple[int, StoredFingerprint]]) -> None:
        if not items:
            return
        dim = len(items[0][1].doc_vector)
        self._docs = self._docs or VectorIndex(dim, self.config)
        self._sentences = self._sentences or VectorIndex(dim, self.config)
        counts = np.array([len(fp.sentence_vectors) for _, fp in items], dtype=np.int32)
        first = self._sentences.size + np.concatenate([[0], np.cumsum(counts)[:-1]])
        slots = np.arange(len(self.pks), len(self.pks) + len(items), dtype=np.int32)
        self._pks.extend([pk for pk, _ in items])
        self._firsts.extend(first)
        self._counts.extend(counts)
        self._owners.extend(np.repeat(slots, counts))
        self._english.extend([fp.english for _, fp in items])
        self._bands.add([fp.minhash for _, fp in items])
        self._sites.extend([self._site_code(fp.site) for _, fp in items])
        self._specifics.extend([int(is_specific_key(fp.passages).sum()) for _, fp in items])
        for slot, (_, fp) in zip(slots.tolist(), items, strict=True):
            self._passages.add(slot, fp.passages)
        self._docs.add(np.stack([fp.doc_vector for _, fp in items]).astype(np.float32))
        self._sentences.add(np.vstack([fp.sentence_vectors.reshape(-1, dim) for _, fp in items]))

    def forget(self, pks: list[int]) -> None:
        """Never return these articles again (they were replaced; faiss indexes are append-only here)."""
        self._forgotten = np.union1d(self._forgotten, np.asarray(pks, dtype=np.int64))

    def query(self, fp: Fingerprint, exclude: frozenset[int] = frozenset(),
              credited: Callable[[list[int]], Iterable[int]] | None = None) -> list[Candidate]:
        """Stored articles worth aligning with ``fp``'s article (``worth_comparing``, tested before the cut to
        ``max_candidates``: vector-only candidates in another language never push out one sharing words),
        best first. ``credited``: of the stored articles given (close in mean vector, of another site, not
        candidates by the fingerprints), those that credit the query's site or author or that it credits
        (``CandidateConfig.credit_doc_match``; the caller reads the texts)."""
        docs, sentences = self._docs, self._sentences
        if len(self) == 0 or docs is None or sentences is None:
            return []
        bands = self._bands.shared_bands(fp.stored.minhash)
        passages = self._shared_passages(fp.stored)
        figures = self._shared_figures(fp.stored)
        specifics = self._shared_specifics(fp)
        pool = self._pool(fp, bands, passages | figures | specifics, docs, sentences)
        dropped = np.union1d(self._forgotten, np.fromiter(exclude, dtype=np.int64, count=len(exclude)))
        pool = pool[~np.isin(self.pks[pool], dropped)]
        kept = [c for c in self._scores(fp, pool, bands, passages, docs, sentences, figures, credited, specifics)
                if c.worth]
        kept.sort(key=lambda c: (-c.score, -c.doc_cosine, c.pk))
        return kept[: self.config.max_candidates]

    def memory_bytes(self) -> int:
        """Bytes held for search: band keys and sort order, passage postings, slot arrays, both faiss indexes
        (serialised)."""
        arrays = (self._pks, self._firsts, self._counts, self._owners, self._english, self._sites, self._specifics)
        total = sum(a.nbytes for a in arrays) + self._bands.memory_bytes() + self._passages.memory_bytes()
        for index in (self._docs, self._sentences):
            total += len(index.serialize()) if index else 0
        return total

    def _site_code(self, site: str | None) -> int:
        if not site:
            return 0
        return self._site_codes.setdefault(site, len(self._site_codes) + 1)

    def _shared_passages(self, stored: StoredFingerprint) -> dict[int, int]:
        """Slot → passage hashes it shares with ``stored`` (``PassageIndex.shared``), for the slots that share at
        least ``passage_min_shared`` and are not of ``stored``'s own site."""
        if self.config.passage_min_shared <= 0:
            return {}
        hashes = stored.passages[~keys_apart(stored.passages, self.config)]
        slots, counts = self._passages.shared(hashes, self.config.passage_max_postings)
        enough = counts >= self.config.passage_min_shared
        slots, counts = slots[enough], counts[enough]
        own = self._site_codes.get(stored.site or "", 0)
        if own:
            other = self._sites.view[slots] != own
            slots, counts = slots[other], counts[other]
        return dict(zip(slots.tolist(), counts.tolist(), strict=True))

    def _shared_figures(self, stored: StoredFingerprint) -> dict[int, int]:
        """Slot → figure keys (``fingerprint.figure_hashes``) it shares with ``stored``, for the slots that share at
        least ``figure_min_shared``, whatever their site (an outlet's teaser of its own feature)."""
        if self.config.figure_min_shared <= 0:
            return {}
        keys = stored.passages[is_figure_key(stored.passages)]
        slots, counts = self._passages.shared(keys, self.config.passage_max_postings)
        enough = counts >= self.config.figure_min_shared
        return dict(zip(slots[enough].tolist(), counts[enough].tolist(), strict=True))

    def _shared_specifics(self, fp: Fingerprint) -> dict[int, int]:
        """Slot → specific keys (``fingerprint.specific_hashes``) it shares with ``fp``, held by at most
        ``passage_max_postings`` stored articles, for the slots whose pair with ``fp`` has a short side
        (``summary_max_sentences``) and shares enough of that side's keys (``specific_match``), whatever their site
        (an outlet's teaser of its own story)."""
        if self.config.specific_min_shared <= 0:
            return {}
        keys = fp.stored.passages[is_specific_key(fp.stored.passages)]
        slots, counts = self._passages.shared(keys, self.config.passage_max_postings)
        enough = counts >= self.config.specific_min_shared
        slots, counts = slots[enough], counts[enough]
        shorter = np.minimum(self._counts.view[slots], len(fp.query_vectors))
        share = specific_share(counts, len(keys), self._specifics.view[slots])
        short = (shorter <= self.config.summary_max_sentences) & (share >= self.config.specific_min_share)
        return dict(zip(slots[short].tolist(), counts[short].tolist(), strict=True))

    def _credited(self, fp: Fingerprint, pool: np.ndarray, keep: np.ndarray, cosines: np.ndarray,
                  english: np.ndarray, credited: Callable[[list[int]], Iterable[int]]) -> np.ndarray:
        """Which pool members ``credited`` names among those close in mean vector, in English and of another site
        (or of none known) that are not candidates already."""
        own = self._site_codes.get(fp.stored.site or "", 0)
        same_site = self._sites.view[pool] == own if own else np.zeros(len(pool), dtype=bool)
        close = ~keep & credit_close(cosines, english, same_site, self.config)
        if not close.any():
            return close
        named = set(credited([int(pk) for pk in self.pks[pool[close]].tolist()]))
        return close & np.isin(self.pks[pool], np.fromiter(named, dtype=np.int64, count=len(named)))

    def _pool(self, fp: Fingerprint, bands: dict[int, int], passages: dict[int, int], docs: VectorIndex,
              sentences: VectorIndex) -> np.ndarray:
        doc = fp.stored.doc_vector.astype(np.float32)[None, :]
        _, doc_ids = docs.search(doc, self.config.doc_neighbours)
        _, sentence_ids = sentences.search(fp.query_vectors, self.config.sentence_neighbours)
        owners = self._owners.view[sentence_ids[sentence_ids >= 0]]
        slots = np.concatenate([doc_ids[doc_ids >= 0], owners, np.fromiter(bands, dtype=np.int64),
                                np.fromiter(passages, dtype=np.int64)])
        return np.unique(slots.astype(np.int64))

    def _scores(
        self,
        fp: Fingerprint,
        pool: np.ndarray,
        bands: dict[int, int],
        passages: dict[int, int],
        docs: VectorIndex,
        sentences: VectorIndex,
        figures: dict[int, int] | None = None,
        credited: Callable[[list[int]], Iterable[int]] | None = None,
        specifics: dict[int, int] | None = None,
    ) -> list[Candidate]:
        """The pool members that are candidates, scored at once: one reconstruct, one matrix product."""
        if len(pool) == 0 or len(fp.query_vectors) == 0:
            return []
        counts = self._counts.view[pool].astype(np.int64)
        owner = np.repeat(np.arange(len(pool)), counts)  # pool row of each sketch vector
        # Sketch vector ids of every pool member: its first id, then the next ``count - 1``.
        offsets = np.arange(counts.sum()) - np.repeat(counts.cumsum() - counts, counts)
        ids = np.repeat(self._firsts.view[pool], counts) + offsets
        best = (sentences.vectors(ids) @ fp.query_vectors.T).max(axis=1)
        hit = best >= self.config.sentence_match
        matched = np.bincount(owner, weights=hit, minlength=len(pool)).astype(int)
        spans = matched_spans(owner[hit], offsets[hit], len(pool))
        loosely = np.bincount(owner, weights=best >= self.config.rewrite_sentence_match, minlength=len(pool))
        shared = np.array([bands.get(slot, 0) for slot in pool.tolist()])
        passage = np.array([passages.get(slot, 0) for slot in pool.tolist()])
        scores = candidate_scores(shared, matched, counts, len(fp.query_vectors), self.config, passage)
        cosines = docs.vectors(pool) @ fp.stored.doc_vector.astype(np.float32)
        shorter = np.minimum(counts, len(fp.query_vectors))
        loose_share = loosely / np.maximum(1, shorter)
        figure = np.array([(figures or {}).get(slot, 0) for slot in pool.tolist()])
        specific = np.array([(specifics or {}).get(slot, 0) for slot in pool.tolist()])
        keys = int(is_specific_key(fp.stored.passages).sum())
        keep = is_candidate(shared, cosines, matched, scores, len(fp.query_vectors), self.config, loose_share, shorter,
                            spans, passage, figure, counts,
                            specific_share(specific, keys, self._specifics.view[pool]) * (specific > 0))
        english = self._english.view[pool]
        if credited is not None and fp.english:
            keep |= self._credited(fp, pool, keep, cosines, english, credited)
        return [
            Candidate(
                int(self.pks[pool[k]]),
                round(float(scores[k]), 4),
                int(shared[k]),
                int(matched[k]),
                round(float(cosines[k]), 4),
                worth_comparing(int(shared[k]), fp.english, bool(english[k])),
            )
            for k in np.flatnonzero(keep)
        ]


    # --- state (``unspun.store.candidate_index`` saves it) ----------------------------------------------

    def state(self) -> dict[str, np.ndarray]:
        """Everything the index holds, as named arrays (faiss indexes serialised); empty before the first add."""
        if self._docs is None or self._sentences is None:
            return {}
        return {
            "pks": self.pks,
            "first": self._firsts.view,
            "count": self._counts.view,
            "owner": self._owners.view,
            "english": self._english.view,
            "forgotten": self._forgotten,
            "bands": self._bands.state(),
            "sites": self._sites.view,
            "specifics": self._specifics.view,
            "site_names": np.array(sorted(self._site_codes, key=self._site_codes.__getitem__), dtype=str),
            "passage_keys": self._passages.state()[0],
            "passage_slots": self._passages.state()[1],
            "docs": self._docs.serialize(),
            "sentences": self._sentences.serialize(),
            # the sizes the vector lists were last trained at: the next retraining comes where it would have
            "trained": np.array([self._docs.trained_for, self._sentences.trained_for], dtype=np.int64),
        }

    @classmethod
    def from_state(
        cls, state: Mapping[str, np.ndarray], config: CandidateConfig = DEFAULT_CANDIDATES
    ) -> CandidateIndex:
        """The index ``state()`` described (KeyError when an array is missing)."""
        index = cls(config)
        index._pks = Rows(np.int64, rows=state["pks"])
        index._firsts = Rows(np.int64, rows=state["first"])
        index._counts = Rows(np.int32, rows=state["count"])
        index._owners = Rows(np.int32, rows=state["owner"])
        index._english = Rows(np.bool_, rows=state["english"])
        index._forgotten = np.asarray(state["forgotten"], dtype=np.int64)
        index._bands.restore(state["bands"])
        index._sites = Rows(np.int32, rows=state["sites"])
        index._specifics = Rows(np.int32, rows=state["specifics"])
        index._site_codes = {str(name): code for code, name in enumerate(state["site_names"].tolist(), 1)}
        index._passages.restore(state["passage_keys"], state["passage_slots"])
        trained = state.get("trained", (None, None))
        index._docs = VectorIndex.deserialize(state["docs"], config, trained[0])
        index._sentences = VectorIndex.deserialize(state["sentences"], config, trained[1])
        return index


def candidate_scores(
    shared: np.ndarray, matched: np.ndarray, sketch: np.ndarray, queries: int, config: CandidateConfig,
    passages: np.ndarray | None = None,
) -> np.ndarray:
    """Scores in [0, 1]: the largest of the share of LSH bands shared, the share of the stored sketch (or of
    the query, if shorter) whose sentences found a counterpart, and the passage hashes shared over twice the
    number a candidate needs (a whole paragraph's worth: text reuse as sure as every band shared, and ranked so
    before the cut to ``max_candidates``, where a site's furniture can bring many weak candidates by the other
    signals)."""
    share = matched / np.maximum(1, np.minimum(sketch, queries))
    score = np.maximum(shared / config.lsh_bands, share)
    if passages is not None and config.passage_min_shared > 0:
        score = np.maximum(score, passages / (2 * config.passage_min_shared))
    return np.minimum(1.0, score)


def matched_spans(owners: np.ndarray, rows: np.ndarray, members: int) -> np.ndarray:
    """For each of ``members`` stored articles, how many sketch rows lie from its first matched row to its last
    (``owners``, ``rows``: the member and sketch row of each matched sentence; 0 where none matched)."""
    first = np.full(members, np.iinfo(np.int64).max, dtype=np.int64)
    last = np.full(members, -1, dtype=np.int64)
    np.minimum.at(first, owners, rows)
    np.maximum.at(last, owners, rows)
    return np.where(last >= 0, last - first + 1, 0)


def is_candidate(
    shared: np.ndarray,
    cosines: np.ndarray,
    matched: np.ndarray,
    scores: np.ndarray,
    queries: int,
    config: CandidateConfig,
    loose_share: np.ndarray | None = None,
    shorter: np.ndarray | None = None,
    spans: np.ndarray | None = None,
    passages: np.ndarray | None = None,
    figures: np.ndarray | None = None,
    sketch: np.ndarray | None = None,
    specifics: np.ndarray | None = None,
) -> np.ndarray:
    """LSH hit, near-identical mean vector, enough sketch sentences with a counterpart (a share of the sketch, or
    a passage: ``spans``, the sketch rows from the first with a counterpart to the last), enough passage hashes
    shared (``passages``: a reused paragraph), or — a summary or rewrite — a close mean vector with enough of the
    sketch matched loosely (``loose_share``: the share at ``rewrite_sentence_match``); the mean vectors need be
    less close when the shorter side has few sentences (``shorter``: a short summary), or enough figure keys shared
    (``figures``: one figure of one thing, several times) by texts on one subject (elementwise). A query with fewer
    sentences than a stored article's sketch (``sketch``: its rows) is a candidate of it with a close mean vector and
    ``min_matched_sentences`` of the sketch matched: the sketch samples a longer article's sentences, so a short text
    taken from it meets only part of what it took there (``short_query_doc_match``). Short texts have bars of their
    own (``_short_text_match``), and a short side sharing its specifics (``specifics``: the share of the shorter side's
    specific keys the pair shares, 0 where it shares fewer than ``specific_min_shared``) has one more
    (``specific_match``)."""
    needed = min(config.min_matched_sentences, queries)
    by_sentences = (matched >= needed) & (scores >= config.min_matched_share)
    if spans is not None and config.passage_min_sentences > 0:
        # A passage: the sketch sentences with counterparts sit together (a part of the stored article reused).
        passage = min(config.passage_min_sentences, queries)
        by_sentences |= (matched >= passage) & (spans - matched <= config.passage_max_gaps)
    found = (shared >= 1) | (cosines >= config.doc_match) | by_sentences
    if passages is not None and config.passage_min_shared > 0:
        found |= passages >= config.passage_min_shared
    if figures is not None and config.figure_min_shared > 0:
        found |= (figures >= config.figure_min_shared) & (cosines >= config.figure_doc_match)
    if loose_share is not None:
        close = cosines >= config.rewrite_doc_match
        if shorter is not None:
            close |= (shorter <= config.summary_max_sentences) & (cosines >= config.summary_doc_match)
        found |= close & (loose_share >= config.rewrite_min_share)
    if sketch is not None and config.short_query_doc_match < 1.0:
        found |= (queries < sketch) & (cosines >= config.short_query_doc_match) & (matched >= needed)
    if shorter is not None and config.short_text_max_sentences > 0:
        found |= _short_text_match(shorter, cosines, matched, scores, config, loose_share)
    if shorter is not None and specifics is not None and config.specific_min_shared > 0:
        found |= specific_match(specifics, shorter, cosines, config)
    return found


def specific_share(shared: np.ndarray, query_keys: int, stored_keys: np.ndarray) -> np.ndarray:
    """The share of the shorter side's specific keys (the side with fewer of them) each pair shares (``shared``)."""
    return shared / np.maximum(1, np.minimum(query_keys, stored_keys))


def specific_match(share: np.ndarray, shorter: np.ndarray, cosines: np.ndarray, config: CandidateConfig) -> np.ndarray:
    """``is_candidate``'s bar for a short side (at most ``summary_max_sentences``: a teaser, a short summary) sharing
    ``specific_min_share`` of its specific keys (``share``; 0 below ``specific_min_shared`` shared), with mean
    vectors ``specific_doc_match`` close: a teaser in its own words keeps its article's names and rarer words, not
    its sentences (``CandidateConfig.specific_min_shared``)."""
    return ((shorter <= config.summary_max_sentences) & (share >= config.specific_min_share)
            & (cosines >= config.specific_doc_match))


def keys_apart(hashes: np.ndarray, config: CandidateConfig) -> np.ndarray:
    """Which of a fingerprint's ``hashes`` are keys counted apart from its passage hashes: figure keys when
    ``figure_min_shared`` counts them, specific keys when ``specific_min_shared`` does."""
    apart = is_figure_key(hashes) if config.figure_min_shared > 0 else np.zeros(len(hashes), dtype=bool)
    if config.specific_min_shared > 0:
        apart |= is_specific_key(hashes)
    return apart


def _short_text_match(shorter: np.ndarray, cosines: np.ndarray, matched: np.ndarray, scores: np.ndarray,
                      config: CandidateConfig, loose_share: np.ndarray | None) -> np.ndarray:
    """``is_candidate``'s bars where the shorter side has at most ``short_text_max_sentences`` sentences
    (``CandidateConfig.short_text_max_sentences``): as many sentences matched as it has, or one sentence with most of
    it matched loosely by close mean vectors."""
    short = shorter <= config.short_text_max_sentences
    needed = np.minimum(config.min_matched_sentences, shorter)
    found = (matched >= needed) & (matched >= 1) & (scores >= config.min_matched_share)
    if loose_share is not None:
        found |= (matched >= 1) & (cosines >= config.short_doc_match) & (loose_share >= config.short_min_loose_share)
    return short & found


def credit_close(cosines: np.ndarray, english: np.ndarray, same_site: np.ndarray,
                 config: CandidateConfig = DEFAULT_CANDIDATES) -> np.ndarray:
    """Which stored articles (their mean-vector cosines with an English query, whether they read as English, whether
    they are of the query's own site) a credit may make candidates (``CandidateConfig.credit_doc_match``): in
    English, that close, of another site."""
    return english & (cosines >= config.credit_doc_match) & ~same_site


def pair_candidate(
    query: Fingerprint, stored: StoredFingerprint, key: int, shared: int, config: CandidateConfig = DEFAULT_CANDIDATES,
    passages: int | None = None, figures: int | None = None, credited: Callable[[], bool] | None = None,
    specifics: int | None = None,
) -> Candidate | None:
    """The stored article ``key`` as a candidate of ``query`` (sharing ``shared`` LSH bands with it, ``passages``
    passage hashes and ``figures`` figure keys held by few articles: default, every one both hold), scored as
    ``CandidateIndex.query`` scores its pool, or None when it is not one: the same test for one pair, for
    engines that find pairs by joining (Spark) rather than by searching an index. ``credited``: whether either
    text credits the other (``judge.credits_either``), asked as ``CandidateIndex.query`` asks its ``credited``:
    only of an article the fingerprints do not make a candidate, close by ``credit_close``."""
    if len(query.query_vectors) == 0:
        return None
    both = np.intersect1d(query.stored.passages, stored.passages, assume_unique=True)
    keyed = is_figure_key(both) if config.figure_min_shared > 0 else np.zeros(len(both), dtype=bool)
    if passages is None:
        passages = int((~keys_apart(both, config)).sum())
    if figures is None:
        figures = int(keyed.sum())
    if specifics is None:
        specifics = int(is_specific_key(both).sum()) if config.specific_min_shared > 0 else 0
    if query.stored.site and query.stored.site == stored.site:
        passages = 0  # a site's own furniture (``CandidateIndex._shared_passages``)
    sketch = stored.sentence_vectors.astype(np.float32)
    best = (sketch @ query.query_vectors.T).max(axis=1) if len(sketch) else np.zeros(0, np.float32)
    hits = np.flatnonzero(best >= config.sentence_match)
    matched = np.array([len(hits)])
    spans = matched_spans(np.zeros(len(hits), dtype=np.int64), hits, 1)
    shorter = min(len(sketch), len(query.query_vectors))
    loose = np.array([(best >= config.rewrite_sentence_match).sum() / max(1, shorter)])
    shares = np.array([shared])
    scores = candidate_scores(shares, matched, np.array([len(sketch)]), len(query.query_vectors), config,
                              np.array([passages]))
    cosine = np.array([float(stored.doc_vector.astype(np.float32) @ query.stored.doc_vector.astype(np.float32))])
    keys = np.array([int(is_specific_key(stored.passages).sum())])
    share = specific_share(np.array([specifics]), int(is_specific_key(query.stored.passages).sum()), keys)
    share = share * (specifics >= max(1, config.specific_min_shared))
    keep = bool(is_candidate(shares, cosine, matched, scores, len(query.query_vectors), config, loose,
                             np.array([shorter]), spans, np.array([passages]), np.array([figures]),
                             np.array([len(sketch)]), share)[0])
    if not keep and credited is not None and query.english:
        same_site = bool(query.stored.site) and query.stored.site == stored.site
        keep = bool(credit_close(cosine, np.array([stored.english]), np.array([same_site]), config)[0]) and credited()
    if not keep:
        return None
    worth = worth_comparing(shared, query.english, stored.english)
    return Candidate(key, round(float(scores[0]), 4), shared, int(matched[0]), round(float(cosine[0]), 4), worth)


def worth_comparing(bands: int, english_a: bool, english_b: bool) -> bool:
    """Whether a candidate pair goes on to comparison. Vector evidence (close mean vectors, sentences with a
    counterpart) counts only between two English texts: the static model is English, and pages of other
    languages all come out close to each other (on 180 AEB and trafilatura_eval pages, 1,470 of 1,474
    candidate pairs had a text in another language, none of them sharing a MinHash band). A pair with a text
    in another language is compared only when it shares a MinHash band: words, which any language has."""
    return (english_a and english_b) or bands >= 1


def random_planes(dim: int, count: int, seed: int) -> np.ndarray:
    """``count`` random hyperplanes through the origin (float32 rows), the same for a given seed everywhere."""
    return np.random.default_rng(seed).standard_normal((count, dim)).astype(np.float32)


def sign_band_keys(vectors: np.ndarray, planes: np.ndarray, bits: int) -> np.ndarray:
    """Random-projection LSH for cosine: each vector's side of every plane, ``bits`` signs to a band key
    (int64, one column per band). Vectors at cosine c share a band with probability (1 - acos(c)/pi)^bits."""
    if len(vectors) == 0:
        return np.zeros((0, len(planes) // bits), dtype=np.int64)
    signs = (np.asarray(vectors, dtype=np.float32) @ planes.T) > 0
    bands = signs.reshape(len(vectors), -1, bits)
    return (bands * (1 << np.arange(bits, dtype=np.int64))).sum(axis=2)


def expected_bucket(cosines: np.ndarray, bits: int, members: int) -> float:
    """How many of ``members`` vectors are expected to share one band key with a given one, when pairs of them
    have ``cosines`` (a sample): each pair shares a band of ``bits`` random signs with (1 - acos(c)/pi)^bits."""
    if len(cosines) == 0:
        return 0.0
    agree = 1.0 - np.arccos(np.clip(np.asarray(cosines, dtype=np.float64), -1.0, 1.0)) / np.pi
    return float(members * np.mean(agree**bits))


def band_bits(cosines: np.ndarray, members: int, least: int, target: float, most: int = 62) -> int:
    """The fewest bits from ``least`` up to ``most`` at which a band bucket of ``members`` vectors expects at most
    ``target`` others (``expected_bucket``): a fixed width that suits a thousand articles puts a tenth of a
    million in one bucket, since static vectors of news sit close together."""
    for bits in range(least, most + 1):
        if expected_bucket(cosines, bits, members) <= target:
            return bits
    return most


def faiss_module():
    """faiss, single-threaded: its OpenMP threads cost ~20 ms per search of a few queries on 2 cores
    (measured: 2000 x 256 flat index, 20 queries: 22.9 ms with 2 threads, 1.3 ms with 1)."""
    import faiss

    faiss.omp_set_num_threads(1)
    return faiss


def build_index(
    fingerprints: Iterable[tuple[int, StoredFingerprint]],
    config: CandidateConfig = DEFAULT_CANDIDATES,
    chunk: int = 65_536,
) -> CandidateIndex:
    """A fresh index over ``(key, fingerprint)`` pairs. Large chunks: each one may retrain the IVF lists, and
    training dominates building (one chunk of 65k articles trains once, not once per doubling)."""
    index = CandidateIndex(config)
    batch: list[tuple[int, StoredFingerprint]] = []
    for item in fingerprints:
        batch.append(item)
        if len(batch) >= chunk:
            index.add(batch)
            batch = []
    index.add(batch)
    return index
