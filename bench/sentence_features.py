"""More evidence for the Sentence pairs suite's classifier: what the paraphrase literature's non-neural systems
use beside the plain overlaps ``bench.sentences`` already has, and the shipped MiniLM read at the token level.

- Figures: whether both sentences give the same numbers (MSRP's non-paraphrases often differ in one figure only),
  how many each side has that the other lacks.
- Names: capitalised words inside the sentence (not its first word) each side lacks.
- Character n-grams (2–5) both ways, the longest shared character stretch and the longest common word
  subsequence, BLEU-like word n-gram precision with a brevity penalty (MT-metric features, Madnani et al. 2012).
- TF-KLD (Ji & Eisenstein 2013): each word and bigram weighted by how much more often it is on both sides of
  paraphrases than of non-paraphrases (KL divergence, learnt from the train pairs), the weighted sentence × term
  matrix factorised (truncated SVD on the train sentences); per pair the sum and absolute difference of the two
  latent vectors.
- MiniLM tokens (BERTScore, Zhang et al. 2020): the shipped all-MiniLM-L6-v2 int8 graph's last hidden layer
  (before its mean pooling) per word piece; each side's pieces matched greedily to the other's by cosine,
  weighted by IDF over the train sentences: precision, recall, F and the worst match. The pooled sentence
  vectors' element-wise product and absolute difference (SentEval's pair features) go in as well.

Everything fitted (IDF, KL weights, SVD) is fitted on the train pairs only and applied to the test pairs.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

from unspun.pair.agreement import common_stretch, common_subsequence_length, sentence_bleu

_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]*")
_PIECE_SKIP = {"[CLS]", "[SEP]", "[PAD]"}


# --- lexical ------------------------------------------------------------------------------------------------


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def _names(text: str) -> set[str]:
    """Capitalised words after the first word: names, places, titles."""
    first = _WORD.search(text)
    start = first.end() if first else 0
    return {m.group().lower() for m in _CAPITALISED.finditer(text, start)}


def _char_ngrams(text: str, n: int) -> Counter[str]:
    squeezed = " ".join(text.lower().split())
    return Counter(squeezed[k : k + n] for k in range(len(squeezed) - n + 1))


def _overlap_both_ways(a: Counter, b: Counter) -> tuple[float, float]:
    shared = sum((a & b).values())
    return shared / max(sum(a.values()), 1), shared / max(sum(b.values()), 1)


def lexical_features(a: str, b: str) -> list[float]:
    """Figures, names, character n-grams, longest shared stretches and BLEU, symmetric in A and B."""
    from rapidfuzz.distance import LCSseq

    na, nb = _numbers(a), _numbers(b)
    ca, cb = _names(a), _names(b)
    wa, wb = _WORD.findall(a.lower()), _WORD.findall(b.lower())
    chars = []
    for n in (2, 3, 4, 5):
        chars.extend(sorted(_overlap_both_ways(_char_ngrams(a, n), _char_ngrams(b, n))))
    lcs = common_subsequence_length(wa, wb)
    substring = common_stretch(a.lower(), b.lower())
    bleu = sorted((sentence_bleu(wa, wb), sentence_bleu(wb, wa)))
    return [
        float(na == nb and bool(na)),  # the same figures, and some
        float(na == nb),
        float(bool(na ^ nb)),
        float(len(na - nb) + len(nb - na)),
        float(min(len(na - nb), len(nb - na))),
        len(ca & cb) / max(len(ca | cb), 1),
        float(len(ca - cb) + len(cb - ca)),
        float(max(len(ca - cb), len(cb - ca))),
        *chars,
        lcs / max(len(wa), len(wb), 1),
        lcs / max(min(len(wa), len(wb)), 1),
        substring / max(min(len(a), len(b)), 1),
        LCSseq.normalized_similarity(a.lower(), b.lower()),
        *bleu,
        abs(len(wa) - len(wb)),
        math.log1p(len(wa) + len(wb)),
    ]


def lexical_matrix(pairs: Sequence[tuple[str, str]]) -> np.ndarray:
    return np.array([lexical_features(a, b) for a, b in pairs], dtype=float)


# --- TF-KLD -------------------------------------------------------------------------------------------------


def _terms(text: str) -> list[str]:
    tokens = _WORD.findall(text.lower())
    return tokens + [f"{x}_{y}" for x, y in itertools.pairwise(tokens)]


class TfKld:
    """TF-KLD weights (learnt from train pairs) and a truncated SVD of the weighted train sentences."""

    def __init__(self, pairs: Sequence[tuple[str, str]], labels: np.ndarray, dims: int = 200,
                 seed: int = 13) -> None:
        from sklearn.decomposition import TruncatedSVD
        from sklearn.feature_extraction.text import CountVectorizer

        # a term of one train sentence teaches nothing (every term counts in a tiny sample)
        self.vectorizer = CountVectorizer(analyzer=_terms, min_df=2 if len(pairs) >= 100 else 1, binary=True)
        self.vectorizer.fit([s for pair in pairs for s in pair])
        left = self.vectorizer.transform([a for a, _ in pairs])
        right = self.vectorizer.transform([b for _, b in pairs])
        both = left.multiply(right)
        either = ((left + right) > 0).astype(float)
        one = either - both
        weights = []
        for label in (1, 0):
            rows = labels == label
            # per term: pairs with it on both sides, on one side only (add-one smoothing)
            weights.append((np.asarray(both[rows].sum(axis=0)).ravel() + 1,
                            np.asarray(one[rows].sum(axis=0)).ravel() + 1))
        p = weights[0][0] / (weights[0][0] + weights[0][1])
        q = weights[1][0] / (weights[1][0] + weights[1][1])
        self.weights = p * np.log(p / q) + (1 - p) * np.log((1 - p) / (1 - q))
        sentences = self._weighted([s for pair in pairs for s in pair])
        dims = max(1, min(dims, sentences.shape[1] - 1, sentences.shape[0] - 1))
        self.svd = TruncatedSVD(n_components=dims, random_state=seed).fit(sentences)

    def _weighted(self, texts: list[str]) -> Any:
        from scipy.sparse import diags

        return self.vectorizer.transform(texts) @ diags(self.weights)

    def features(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """Per pair: the latent vectors' sum and absolute difference, and their cosine."""
        left = self.svd.transform(self._weighted([a for a, _ in pairs]))
        right = self.svd.transform(self._weighted([b for _, b in pairs]))
        norms = np.linalg.norm(left, axis=1) * np.linalg.norm(right, axis=1)
        cosine = np.sum(left * right, axis=1) / np.maximum(norms, 1e-9)
        return np.column_stack([left + right, np.abs(left - right), cosine])


# --- MiniLM word pieces -------------------------------------------------------------------------------------


class PieceEncoder:
    """The shipped MiniLM graph with its last hidden layer exposed: per word piece vectors (unit length)."""

    HIDDEN = "/model/encoder/layer.5/output/LayerNorm/LayerNormalization_output_0"

    def __init__(self) -> None:
        import onnx
        import onnxruntime as ort
        from tokenizers import Tokenizer

        from unspun.embed.encoders import models_dir

        folder = models_dir() / "minilm-int8"
        model = onnx.load(str(folder / "model.onnx"))
        model.graph.output.append(onnx.helper.make_tensor_value_info(self.HIDDEN, onnx.TensorProto.FLOAT, None))
        options = ort.SessionOptions()
        options.intra_op_num_threads = 2
        self.session = ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(256)

    def encode(self, texts: list[str], batch: int = 64) -> tuple[np.ndarray, list[tuple[list[str], np.ndarray]]]:
        """Pooled sentence vectors, and per text its word pieces (without [CLS]/[SEP]) and their unit vectors."""
        pooled = np.zeros((len(texts), 384), dtype=np.float32)
        pieces: list[Any] = [None] * len(texts)
        order = sorted(range(len(texts)), key=lambda k: len(texts[k]))
        for first in range(0, len(order), batch):
            chosen = order[first : first + batch]
            encodings = [self.tokenizer.encode(texts[k]) for k in chosen]
            width = max(len(e.ids) for e in encodings)
            ids = np.zeros((len(chosen), width), dtype=np.int64)
            mask = np.zeros_like(ids)
            for row, e in enumerate(encodings):
                ids[row, : len(e.ids)] = e.ids
                mask[row, : len(e.ids)] = 1
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            sentence, hidden = self.session.run(None, feeds)
            pooled[chosen] = sentence
            for row, (k, e) in enumerate(zip(chosen, encodings, strict=True)):
                keep = [t for t, tok in enumerate(e.tokens) if tok not in _PIECE_SKIP]
                vectors = hidden[row, keep]
                vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
                pieces[k] = ([e.tokens[t] for t in keep], vectors)
        return pooled, pieces


def piece_idf(pieces: Sequence[tuple[list[str], np.ndarray]]) -> dict[str, float]:
    """IDF of each word piece over the given (train) sentences."""
    frequency: Counter[str] = Counter()
    for tokens, _ in pieces:
        frequency.update(set(tokens))
    total = len(pieces)
    return {t: math.log((total + 1) / (f + 1)) for t, f in frequency.items()}


def bertscore_features(side_a: tuple[list[str], np.ndarray], side_b: tuple[list[str], np.ndarray],
                       idf: dict[str, float]) -> list[float]:
    """Greedy cosine matching of word pieces both ways: IDF-weighted precision, recall, F, plain F, worst match
    per side (the lower side first), and how many pieces of the weaker side find no match above 0.5."""
    (tokens_a, va), (tokens_b, vb) = side_a, side_b
    if not tokens_a or not tokens_b:
        return [0.0] * 8
    cosines = va @ vb.T
    best_a, best_b = cosines.max(axis=1), cosines.max(axis=0)
    default = max(idf.values(), default=1.0)
    wa = np.array([idf.get(t, default) for t in tokens_a])
    wb = np.array([idf.get(t, default) for t in tokens_b])
    ra, rb = float(best_a @ wa / max(wa.sum(), 1e-9)), float(best_b @ wb / max(wb.sum(), 1e-9))
    low, high = sorted((ra, rb))
    f_idf = 2 * ra * rb / max(ra + rb, 1e-9)
    pa, pb = float(best_a.mean()), float(best_b.mean())
    f_plain = 2 * pa * pb / max(pa + pb, 1e-9)
    worst = sorted((float(best_a.min()), float(best_b.min())))
    unmatched = max(float((best_a < 0.5).sum()), float((best_b < 0.5).sum()))
    return [low, high, f_idf, f_plain, *worst, unmatched, float(cosines.mean())]


class PieceFeatures:
    """BERTScore features and pooled-vector products; the word-piece IDF comes from the train sentences."""

    def __init__(self, encoder: PieceEncoder | None = None) -> None:
        self.encoder = encoder or PieceEncoder()
        self.idf: dict[str, float] = {}

    def fit_transform(self, train_pairs: Sequence[tuple[str, str]]) -> tuple[np.ndarray, np.ndarray]:
        """``transform`` of the train pairs, the IDF taken from their sentences first (one encoding)."""
        pooled, pieces = self.encoder.encode([s for pair in train_pairs for s in pair])
        self.idf = piece_idf(pieces)
        return self._features(pooled, pieces)

    def transform(self, pairs: Sequence[tuple[str, str]]) -> tuple[np.ndarray, np.ndarray]:
        """(BERTScore features, [u * v, |u - v|] of the pooled vectors) per pair."""
        return self._features(*self.encoder.encode([s for pair in pairs for s in pair]))

    def _features(self, pooled: np.ndarray, pieces: list[Any]) -> tuple[np.ndarray, np.ndarray]:
        left, right = pooled[0::2], pooled[1::2]
        scores = np.array([bertscore_features(pieces[2 * k], pieces[2 * k + 1], self.idf)
                           for k in range(len(left))], dtype=float).reshape(len(left), 8)
        return scores, np.column_stack([left * right, np.abs(left - right)])
