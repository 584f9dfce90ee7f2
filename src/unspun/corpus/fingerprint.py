"""Fingerprint: ``Segmented`` → a MinHash signature over word 3-grams and static sentence vectors.

Cheap enough for every article of a corpus (the static encoder does ~10k sentences/s). The MinHash finds
verbatim and lightly edited copies; the vectors find spun copies, whose substitutions break most shingles
but leave each sentence's meaning, and so its vector, nearly where it was.
"""

from __future__ import annotations

import functools
import hashlib
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from unspun.config import DEFAULT_FINGERPRINT, TEXT_DEFAULT, FingerprintConfig, TextConfig
from unspun.embed.encoders import Encoder, static_encoder
from unspun.model import Segmented
from unspun.text.figures import ANY_THING, figures, specific_figure_contexts
from unspun.text.language import reads_as_english
from unspun.text.names import names_and_rare_words
from unspun.text.tokens import shingles, words
from unspun.text.wordlists import FUNCTION_WORDS

_NO_PASSAGES = np.zeros(0, dtype=np.uint32)


@dataclass(frozen=True, slots=True)
class StoredFingerprint:
    """What candidate search keeps per article: MinHash hash values, static vectors (float16) and the language."""

    minhash: np.ndarray  # uint32, one value per permutation
    doc_vector: np.ndarray  # float16, unit length before rounding
    sentence_vectors: np.ndarray  # float16, (k, dim): the sketch sentences
    # the text is English (``text.language``): only then do its vectors, from an English model, say what it
    # means; stored beside the vectors so that a search can leave out vector-only candidates before its cut
    english: bool = True
    # ``passage_hashes`` of its text (uint32, ascending, distinct): a reused paragraph shares several of them; with
    # ``FingerprintConfig.figure_keys`` its figure keys too (odd: ``is_figure_key``), the passage hashes made even; with
    # ``specific_keys`` its specific keys (2 more than a multiple of 4: ``is_specific_key``), the passage hashes then
    # multiples of 4
    passages: np.ndarray = field(default_factory=_NO_PASSAGES.copy)
    # the site it was published on (None: unknown): passages two articles of one site share are its furniture
    site: str | None = None


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """An article's fingerprint: what it stores (``stored``) plus every sentence vector, for queries."""

    stored: StoredFingerprint
    query_vectors: np.ndarray  # float32 (n, dim): up to ``query_sentences`` sentences

    @property
    def english(self) -> bool:
        return self.stored.english


def minhash_values(text: str, config: FingerprintConfig = DEFAULT_FINGERPRINT) -> np.ndarray:
    """MinHash hash values (uint32) over the word shingles of ``text``: datasketch's ``MinHash`` (its default
    "affine32" scheme, 2.0) bit for bit, in numpy. Importing datasketch pulls in scipy for its LSH and cost a
    cold ``trace`` ~0.36 s CPU of ~1.5 s; tests/test_fingerprint.py checks the values against datasketch's."""
    a, b = _permutations(config.num_perm, config.seed)
    found = shingles(text, config.shingle_words)
    if not found:
        return np.full(config.num_perm, _EMPTY, dtype=np.uint32)
    hashed = _sha1_32_all(found).reshape(-1, 1)
    return (_fmix32(hashed) * a + b).min(axis=0)  # uint32 arithmetic wraps: the permutation is mod 2**32


_EMPTY = 0xFFFFFFFF  # the value of a permutation that saw no shingle


def passage_hashes(text: str, config: FingerprintConfig = DEFAULT_FINGERPRINT) -> np.ndarray:
    """The winnowed hashes of ``text``'s word ``passage_words``-grams (Schleimer, Wilkerson and Aiken's winnowing,
    as MOSS keeps them): of every ``passage_window`` neighbouring grams, the one with the least hash, so that two
    texts sharing a run of ``passage_words + passage_window - 1`` words share at least one kept hash, whatever
    surrounds the run. Grams with fewer than two content words are not kept (they recur in every text).
    Distinct, ascending uint32; none when ``passage_words`` is 0 or the text is shorter than a gram."""
    size, window = config.passage_words, config.passage_window
    found = words(text)
    if size == 0 or len(found) < size:
        return _NO_PASSAGES
    # Each gram joined and encoded in C loops (the shifted lists end together at the last whole gram).
    grams = map(" ".join, zip(*(found[k:] for k in range(size)), strict=False))
    hashed = _sha1_32_all(map(str.encode, grams))
    # A gram of fewer than two content words ("one of the most") gets the largest hash: a window of nothing else
    # keeps it, and it is dropped below.
    content = 1 - np.fromiter(map(FUNCTION_WORDS.__contains__, found), dtype=np.int64, count=len(found))
    with_content = np.convolve(content, np.ones(size, dtype=np.int64), mode="valid") >= min(2, size)
    hashed = np.where(with_content, np.minimum(hashed, _EMPTY - 1), _EMPTY).astype(np.uint32)
    if len(hashed) > window:
        windows = np.lib.stride_tricks.sliding_window_view(hashed, window)
        hashed = windows.min(axis=1)
    kept = np.unique(hashed)
    return kept[kept != _EMPTY]


def figure_hashes(seg: Segmented, text: TextConfig = TEXT_DEFAULT) -> np.ndarray:
    """Odd uint32 hashes, distinct and ascending, of each specific figure of ``seg`` (headline and sentences;
    ``figures.specific_figure_contexts``) paired with each content word beside it ("74% cases"), or alone when
    precise enough to be one thing anywhere ("16,200"): two texts share one where they give one figure of one
    thing (``figures.shared_specific_figures``)."""
    title = seg.article.title or ""
    found = [f for sentence in (title, *seg.sentence_texts()) if sentence for f in figures(sentence, text)]
    keys = [f"{figure} {word}" for figure, context in specific_figure_contexts(found).items()
            for word in ({ANY_THING} if ANY_THING in context else context)]
    if not keys:
        return _NO_PASSAGES
    return np.unique(_sha1_32_all(map(str.encode, keys)) | np.uint32(1))


def with_figure_keys(passages: np.ndarray, figure_keys: np.ndarray) -> np.ndarray:
    """Passage hashes (made even) and figure keys (odd) in one ascending array: ``is_figure_key`` tells them apart."""
    return np.union1d(passages & np.uint32(0xFFFFFFFE), figure_keys).astype(np.uint32)


def is_figure_key(hashes: np.ndarray) -> np.ndarray:
    """Which of ``hashes`` (of a fingerprint kept with ``FingerprintConfig.figure_keys``) are figure keys."""
    return (hashes & np.uint32(1)).astype(bool)


def specific_hashes(seg: Segmented, config: FingerprintConfig = DEFAULT_FINGERPRINT,
                    text: TextConfig = TEXT_DEFAULT) -> np.ndarray:
    """Hashes (uint32, 2 more than a multiple of 4, distinct and ascending) of each name of ``seg`` (headline and
    sentences) and each of its other content words no more common than ``config.specific_max_zipf``
    (``names.names_and_rare_words``): what a teaser or a short summary keeps of the text it retells, in whatever
    words it tells the rest."""
    title = seg.article.title or ""
    keys: set[str] = set()
    for sentence in (title, *seg.sentence_texts()):
        if sentence:
            names, rare = names_and_rare_words(sentence, config.specific_max_zipf, text)
            keys.update("@" + name for name in names)
            keys.update(rare)
    if not keys:
        return _NO_PASSAGES
    hashed = _sha1_32_all(map(str.encode, sorted(keys)))
    return np.unique((hashed & np.uint32(0xFFFFFFFC)) | np.uint32(2))


def with_specific_keys(hashes: np.ndarray, specific: np.ndarray) -> np.ndarray:
    """``hashes`` (passage hashes, figure keys) with ``specific`` keys in one ascending array, the passage hashes made
    multiples of 4 (``is_specific_key`` tells the specific keys apart; figure keys stay odd)."""
    passage = ~is_figure_key(hashes)
    kept = np.where(passage, hashes & np.uint32(0xFFFFFFFC), hashes)
    return np.union1d(kept, specific).astype(np.uint32)


def is_specific_key(hashes: np.ndarray) -> np.ndarray:
    """Which of ``hashes`` (of a fingerprint kept with ``FingerprintConfig.specific_keys``) are specific keys."""
    return (hashes & np.uint32(3)) == 2


# The paragraphs an organisation or a newsroom repeats under every text it issues: a press release's "About
# Harbourline Energy: …" boilerplate, its notes to editors and media contacts, a filing's forward-looking-statements
# notice. Two stories that carry the same company's boilerplate share a 60-word run and nothing else.
_ISSUER = r"(?:the\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?(?-i:[A-Z])[\w&.'’-]*){0,6}"
_LABELS = (r"notes?\s+to\s+editors?|(?:media|press)\s+(?:contacts?|enquiries|inquiries)"
           r"|forward[-\s]looking\s+statements?")
_FURNITURE = re.compile(
    rf"^\W*(?:about\s+{_ISSUER}\s*[:–—]|(?:{_LABELS})\b|safe\s+harbou?r\s+statement\b)", re.IGNORECASE)
# The same labels as a heading line of their own, the furniture in the paragraph under them.
_FURNITURE_HEADING = re.compile(rf"^\W*(?:{_LABELS})\W*$", re.IGNORECASE)
_ABOUT_HEADING = re.compile(rf"^\W*about\s+{_ISSUER}\W*$", re.IGNORECASE)


def without_furniture(text: str) -> str:
    """``text`` without the paragraphs an issuer repeats under everything it issues (``_FURNITURE``; a heading
    line "About Harbourline Energy" and the paragraph after it), each replaced by an empty line: what is left is
    what a passage shared with another text can be evidence of reuse in."""
    paragraphs = text.split("\n")
    kept, skip_next = [], False
    for paragraph in paragraphs:
        if skip_next and paragraph.strip():
            kept.append("")
            skip_next = False
            continue
        if paragraph.strip() and (_ABOUT_HEADING.match(paragraph) or _FURNITURE_HEADING.match(paragraph)):
            kept.append("")
            skip_next = True
        elif paragraph.strip() and _FURNITURE.match(paragraph):
            kept.append("")
        else:
            kept.append(paragraph)
    return "\n".join(kept)


def _sha1_32_all(found: Iterable[bytes]) -> np.ndarray:
    """The first 4 bytes of each shingle's SHA-1, little-endian (datasketch's ``sha1_hash32``), uint32 in
    iteration order: the digests joined in C-level loops and read as little-endian words, the first of each
    digest's five (a Python call per shingle cost twice this)."""
    digests = b"".join(map(_DIGEST, map(hashlib.sha1, found)))
    return np.frombuffer(digests, dtype="<u4").reshape(-1, 5)[:, 0].astype(np.uint32)


_DIGEST = operator.methodcaller("digest")


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, applied before the permutations (a bijection that spreads the bits)."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


@functools.cache  # a pure function of its arguments, drawn once: drawing costs more than hashing an article
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The permutations ``h → a·h + b mod 2**32`` datasketch draws for ``seed``: ``a`` odd (a bijection)."""
    draw = np.random.RandomState(seed)
    a = draw.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = draw.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def fingerprint_many(
    segs: Sequence[Segmented],
    encoder: Encoder | None = None,
    config: FingerprintConfig = DEFAULT_FINGERPRINT,
    vectors: Sequence[np.ndarray] | None = None,
    text: TextConfig = TEXT_DEFAULT,
) -> list[Fingerprint]:
    """Fingerprints of many articles. ``vectors``: each article's sentence vectors from the static model,
    when already computed (the indexer has them); otherwise the sentences go through the encoder in one call.
    ``text``: what reads as English (``Fingerprint.english``)."""
    if vectors is not None:
        return [_from_sentence_vectors(seg, own, encoder, config, text)
                for seg, own in zip(segs, vectors, strict=True)]
    encoder = encoder or static_encoder()
    chosen = [_query_sentences(seg, config) for seg in segs]
    flat = [text for texts in chosen for text in texts]
    encoded = encoder.encode(flat) if flat else np.zeros((0, 1), dtype=np.float32)
    out, first = [], 0
    for seg, texts in zip(segs, chosen, strict=True):
        own = encoded[first : first + len(texts)]
        first += len(texts)
        out.append(_fingerprint(seg, own, config, text))
    return out


def fingerprint(
    seg: Segmented,
    encoder: Encoder | None = None,
    config: FingerprintConfig = DEFAULT_FINGERPRINT,
    vectors: np.ndarray | None = None,
    text: TextConfig = TEXT_DEFAULT,
) -> Fingerprint:
    return fingerprint_many([seg], encoder, config, None if vectors is None else [vectors], text)[0]


def _query_rows(seg: Segmented, config: FingerprintConfig) -> list[int]:
    """The sentences a search uses: the long ones, or all when none is long (an article of short lines)."""
    texts = seg.sentence_texts()
    rows = [k for k, t in enumerate(texts) if len(t) >= config.sketch_min_chars] or list(range(len(texts)))
    return rows[: config.query_sentences]


def _query_sentences(seg: Segmented, config: FingerprintConfig) -> list[str]:
    texts = seg.sentence_texts()
    # An article without sentences still needs something to search with.
    return [texts[k] for k in _query_rows(seg, config)] or [seg.article.text]


def _from_sentence_vectors(
    seg: Segmented, vectors: np.ndarray, encoder: Encoder | None, config: FingerprintConfig, text: TextConfig
) -> Fingerprint:
    rows = _query_rows(seg, config)
    if not rows:
        return fingerprint_many([seg], encoder, config, None, text)[0]
    return _fingerprint(seg, np.asarray(vectors)[rows], config, text)


def _fingerprint(seg: Segmented, vectors: np.ndarray, config: FingerprintConfig, text: TextConfig
                 ) -> Fingerprint:
    dim = vectors.shape[1] if len(vectors) else 1
    doc = _unit(vectors.mean(axis=0)) if len(vectors) else np.zeros(dim, dtype=np.float32)
    sketch = vectors[sketch_rows(len(vectors), config)]
    article = seg.article
    passages = passage_hashes(without_furniture(article.text), config)
    if config.figure_keys:
        passages = with_figure_keys(passages, figure_hashes(seg, text))
    english = reads_as_english(article.text, text)
    if config.specific_keys:
        # rarer in English says nothing of a text in another language: every word of it is (a Portuguese blog: 75 keys)
        found = specific_hashes(seg, config, text) if english else _NO_PASSAGES
        passages = with_specific_keys(passages, found)
    stored = StoredFingerprint(
        minhash_values(article.text, config), doc.astype(np.float16), sketch.astype(np.float16), english, passages,
        article.site,
    )
    return Fingerprint(stored, vectors.astype(np.float32))


def sketch_rows(count: int, config: FingerprintConfig) -> list[int]:
    """Which of an article's ``count`` query sentences its sketch keeps: the first ``sketch_lead_sentences`` (copies
    keep the opening far more often than the tail: trimming cuts the end), then the rest of
    ``sketch_sentences`` spread evenly over the remainder up to the last, so that a rewrite or summary of a long
    article's second half still meets some of its sketch."""
    budget = min(count, config.sketch_sentences)
    lead = min(budget, config.sketch_lead_sentences)
    spread = budget - lead
    if spread == 0:
        return list(range(lead))
    rest = np.linspace(lead, count - 1, spread).round().astype(int)
    return list(range(lead)) + rest.tolist()


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return (vector / norm if norm > 0 else vector).astype(np.float32)
