"""Agreement: do two aligned sentences state the same facts, or report one event with different ones?

Independent reports of one news story align sentence by sentence: the same names, the same topic, most words
shared ("The Nasdaq rose 10.73, or 0.7 percent, to 1,514.77" / "The Nasdaq Composite index, full of technology
stocks, was lately up around 18 points"). A rewrite of a text keeps its facts; a separate report adds a clause,
drops one, or gives other figures. Per aligned sentence pair, a logistic model over cheap evidence (the
alignment's cosine and lexical scores, word and n-gram overlaps both ways, content words, numbers and names
one side has and the other lacks, lengths) gives the probability that the two state the same facts.

Fitted by ``bench/fit_agreement.py`` on the aligned sentence pairs of documents composed from the *train* splits
of MSRP (paraphrase pairs: the same facts; non-paraphrase pairs of one news cluster: other facts) and of the
PAN-derived sentence pairs (heavy rewordings of the same facts); the Judge section of bench/RESULTS.md shows it
on their test documents and on the sources it was not fitted on (synthetic BBC copies, BASIL, PAN passages).
Plain numbers, so that nothing is fitted or imported at run time.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Sequence

from unspun.config import DEFAULT, TEXT_DEFAULT, Config, TextConfig
from unspun.model import Alignment, Segmented, SentenceMatch, Span
from unspun.pair.align import alignment_kind
from unspun.text.names import sentence_name_norms
from unspun.text.tokens import sentence_words
from unspun.text.wordlists import is_content_word

FEATURES = (
    "semantic", "lexical", "score", "semantic_x_lexical", "word_jaccard", "length_ratio", "numbers_differ",
    "unigram_low", "unigram_high", "bigram_low", "bigram_high", "trigram_low", "trigram_high",
    "content_unmatched_high", "content_unmatched_low", "content_extra_words", "numbers_unmatched",
    "names_unmatched_high", "names_unmatched_low",
)

# Written by ``bench/fit_agreement.py``: standardisation (mean, scale) and logistic weights per feature.
MEAN: tuple[float, ...] = (
    0.79931, 0.65083, 0.73155, 0.5313, 0.52276, 0.83657, 0.21508, 0.62273, 0.73726, 0.44067, 0.53124, 0.33807,
    0.4112, 0.39011, 0.25928, 5.15034, 0.36259, 1.10862, 0.22007,
)
SCALE: tuple[float, ...] = (
    0.12196, 0.18652, 0.124, 0.19984, 0.1679, 0.13536, 0.41088, 0.15399, 0.14778, 0.19278, 0.21344, 0.20824,
    0.24204, 0.16609, 0.1655, 3.89678, 0.83298, 1.44037, 0.55817,
)
WEIGHTS: tuple[float, ...] = (
    0.00685, -0.35576, 0.87292, 0.01347, 0.50492, -0.06453, -0.08764, 0.20746, 0.394, 0.57818, -0.29554, 0.09921,
    -0.89902, 0.086, 0.27148, 0.58972, -0.36992, -0.00515, -0.06962,
)
INTERCEPT = 1.39801


@dataclasses.dataclass(frozen=True, slots=True)
class Agreement:
    """How far a pair's aligned sentences state the same facts."""

    mean: float | None  # mean probability over the aligned sentence matches (None: no matches)
    matches: int  # aligned sentence matches
    differing: int  # of those, the matches more likely to state other facts than the same ones
    # mean log-odds of the same facts over the matches (None: no matches): each match's evidence weighs by how
    # sure it is, so a few pairs that clearly state other facts outweigh as many that barely agree
    log_odds: float | None = None


def sentence_agreement(a: Segmented, b: Segmented, alignments: Sequence[Alignment],
                       text: TextConfig = TEXT_DEFAULT) -> tuple[Agreement, list[list[float]]]:
    """The pair's agreement, and each alignment's match probabilities (in match order)."""
    texts_a, texts_b = a.sentence_texts(), b.sentence_texts()
    found = [[same_facts_probability(sentence_features(texts_a[m.i], texts_b[m.j], m.semantic, m.lexical, m.score,
                                                       text))
              for m in al.matches if m.i < len(texts_a) and m.j < len(texts_b)] for al in alignments]
    flat = [p for ps in found for p in ps]
    mean = sum(flat) / len(flat) if flat else None
    log_odds = sum(map(same_facts_log_odds, flat)) / len(flat) if flat else None
    return Agreement(mean, len(flat), sum(p < 0.5 for p in flat), log_odds), found


def reused_alignments(a: Segmented, b: Segmented, alignments: Sequence[Alignment],
                      config: Config = DEFAULT, text: TextConfig = TEXT_DEFAULT) -> tuple[Sequence[Alignment],
                                                                                           Agreement]:
    """The alignments that show reuse, and the pair's agreement. When the aligned sentences as a whole state
    other facts (mean log-odds below ``config.agreement_min_log_odds`` over at least
    ``config.agreement_min_matches`` matches), the texts are separate reports of one event: their reworded
    sentence matches are not reuse, and only the sentences copied word for word (or nearly) still count."""
    agreement, _ = sentence_agreement(a, b, alignments, text)
    if agreement.log_odds is None or agreement.matches < config.agreement_min_matches or \
            agreement.log_odds >= config.agreement_min_log_odds:
        return alignments, agreement
    texts_a, texts_b = a.sentence_texts(), b.sentence_texts()
    kept = []
    for al in alignments:
        copied = tuple(m for m in al.matches
                       if alignment_kind(texts_a[m.i], texts_b[m.j], config) in ("verbatim", "near_verbatim"))
        if len(copied) == len(al.matches):
            kept.append(al)
        elif copied:
            kept.append(_narrowed(a, b, al, copied))
    return kept, agreement


def _narrowed(a: Segmented, b: Segmented, al: Alignment, matches: tuple[SentenceMatch, ...]) -> Alignment:
    """``al`` with only ``matches``, its spans from the first to the last of their sentences."""
    spans_a = [a.sentences[m.i] for m in matches]
    spans_b = [b.sentences[m.j] for m in matches]
    return dataclasses.replace(al, matches=matches,
                               a=Span(min(s.start for s in spans_a), max(s.end for s in spans_a)),
                               b=Span(min(s.start for s in spans_b), max(s.end for s in spans_b)))


def sentence_features(a: str, b: str, semantic: float, lexical: float, score: float,
                      text: TextConfig = TEXT_DEFAULT) -> list[float]:
    """The evidence for one sentence pair, in ``FEATURES`` order; symmetric in A and B (``text``: what a
    name is)."""
    return [semantic, lexical, score, semantic * lexical, *_text_features(a, b, text)]


# Copies of one story share sentences: a trace meets the same sentence pair in many of its candidates.
@functools.lru_cache(maxsize=65_536)
def _text_features(a: str, b: str, text: TextConfig) -> tuple[float, ...]:
    """The features of ``FEATURES`` after the four alignment scores: those of the two texts alone."""
    return _same_text_features(sentence_words(a)) if a == b else _pair_text_features(a, b, text)


def _same_text_features(words: Sequence[str]) -> tuple[float, ...]:
    """``_pair_text_features`` of a sentence and itself (most aligned sentences of a verbatim or trimmed copy), the
    same floats without comparing it with itself: every set of one side is the other's, so nothing is unmatched,
    and each n-gram share is 1 when the sentence has an n-gram at all."""
    grams = [1.0 if len(words) >= n else 0.0 for n in (1, 1, 2, 2, 3, 3)]
    return (1.0, 1.0 if words else 0.0, 0.0, *grams, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)


def _pair_text_features(a: str, b: str, text: TextConfig) -> tuple[float, ...]:
    """``_text_features`` of two sentences, compared."""
    wa, wb = sentence_words(a), sentence_words(b)
    sa, sb = set(wa), set(wb)
    grams = [x for n in (1, 2, 3) for x in sorted(_ngram_shares(wa, wb, n))]
    ca, cb = {w for w in sa if is_content_word(w)}, {w for w in sb if is_content_word(w)}
    unmatched = sorted((len(ca - cb) / max(len(ca), 1), len(cb - ca) / max(len(cb), 1)))
    na, nb = {w for w in sa if any(map(str.isdigit, w))}, {w for w in sb if any(map(str.isdigit, w))}
    names_a, names_b = _names(a, text), _names(b, text)
    names = sorted((len(names_a - names_b), len(names_b - names_a)))
    return (
        len(sa & sb) / len(sa | sb) if sa | sb else 1.0,
        min(len(wa), len(wb)) / max(len(wa), len(wb), 1),
        float(na != nb),
        *grams,
        unmatched[1], unmatched[0],
        float(max(len(ca - cb), len(cb - ca))),
        float(max(len(na - nb), len(nb - na))),
        float(names[1]), float(names[0]),
    )


def same_facts_probability(features: Sequence[float]) -> float:
    """The model's probability that a sentence pair with these features states the same facts."""
    z = INTERCEPT + sum(w * (x - m) / s for w, x, m, s in zip(WEIGHTS, features, MEAN, SCALE, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def same_facts_log_odds(p: float) -> float:
    """A probability as log-odds, clipped so that a certain match counts as very sure, not infinitely."""
    q = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(q / (1 - q))


def _ngram_shares(a: Sequence[str], b: Sequence[str], n: int) -> tuple[float, float]:
    """Shares of A's and of B's word n-grams that the other side has."""
    grams_a = {tuple(a[i:i + n]) for i in range(len(a) - n + 1)}
    grams_b = {tuple(b[i:i + n]) for i in range(len(b) - n + 1)}
    shared = len(grams_a & grams_b)
    return shared / max(len(grams_a), 1), shared / max(len(grams_b), 1)


@functools.lru_cache(maxsize=262_144)  # a sentence meets many others: one story's copies share sentences
def _names(sentence: str, text: TextConfig) -> frozenset[str]:
    return frozenset(sentence_name_norms(sentence, text))
