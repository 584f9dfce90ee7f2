"""Agreement: do two aligned sentences state the same facts, or report one event with different ones?

Independent reports of one news story align sentence by sentence: the same names, the same topic, most words
shared ("The Nasdaq rose 10.73, or 0.7 percent, to 1,514.77" / "The Nasdaq Composite index, full of technology
stocks, was lately up around 18 points"). A rewrite of a text keeps its facts; a separate report adds a clause,
drops one, or gives other figures. Per aligned sentence pair, a logistic model over cheap evidence (the
alignment's cosine and lexical scores, word and n-gram overlaps both ways, content words, numbers and names
one side has and the other lacks, lengths) gives the probability that the two state the same facts. Beside those,
what the non-neural paraphrase systems weigh (Madnani et al. 2012): whether the figures agree, names each side
lacks, character n-gram overlaps both ways, the longest shared word subsequence and character stretch, sentence
BLEU both ways, a negation or weekday on one side only. A separate report shares the words but not the run of
them: an added clause or another figure breaks the stretches a rewording keeps.

Fitted by ``bench/fit_agreement.py`` on the aligned sentence pairs of documents composed from the *train* splits
of MSRP (paraphrase pairs: the same facts; non-paraphrase pairs of one news cluster: other facts) and of the
PAN-derived sentence pairs (heavy rewordings of the same facts); the Judge section of bench/RESULTS.md shows it
on their test documents and on the sources it was not fitted on (synthetic BBC copies, BASIL, PAN passages).
Plain numbers, so that nothing is fitted or imported at run time.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterator, Sequence

import numpy as np

from unspun.config import ALIGN_DEFAULT, DEFAULT, TEXT_DEFAULT, AlignConfig, Config, TextConfig
from unspun.model import Alignment, Segmented, SentenceMatch, Span
from unspun.pair.align import WORD_FOR_WORD_KINDS, alignment_kind, trimmed_copy
from unspun.pair.lifted_runs import shared_run, unquoted_parts
from unspun.text import lexicon
from unspun.text.names import named_specifics, opens_clause, sentence_name_norms
from unspun.text.numbers import numbers_written_as
from unspun.text.spelling import one_stem
from unspun.text.tokens import normalised, sentence_words, word_tokens
from unspun.text.wordlists import NEGATIONS, WEEKDAYS, is_content_word

FEATURES = (
    "semantic", "lexical", "score", "semantic_x_lexical", "word_jaccard", "length_ratio", "numbers_differ",
    "unigram_low", "unigram_high", "bigram_low", "bigram_high", "trigram_low", "trigram_high",
    "content_unmatched_high", "content_unmatched_low", "content_extra_words", "numbers_unmatched",
    "names_unmatched_high", "names_unmatched_low",
    # the figures and names of the two sentences
    "same_figures_some", "same_figures", "figures_one_side", "figures_unmatched", "figures_unmatched_low",
    "names_jaccard", "names_unmatched", "names_unmatched_max",
    # character n-grams (2–5) both ways, the lower share first
    "chars2_low", "chars2_high", "chars3_low", "chars3_high", "chars4_low", "chars4_high", "chars5_low", "chars5_high",
    # longest shared runs, BLEU, lengths, one-sided negation and weekday
    "word_subsequence_longer", "word_subsequence_shorter", "char_stretch", "char_subsequence", "bleu_low",
    "bleu_high", "length_gap", "log_length", "negation_one_side", "weekdays_differ",
)

# Written by ``bench/fit_agreement.py --write`` (everything down to "end of the fit"): the features the model was
# fitted on, by name; standardisation (mean, scale) and logistic weights per feature; and each feature's mean over
# the probe sentence pairs (``bench.fit_agreement.probe_pairs``) when it was fitted, which a test recomputes: a
# feature that computes other values since (a name or number rule of the text layer) fails it until refitted.
FITTED_FEATURES: tuple[str, ...] = (
    "semantic", "lexical", "score", "semantic_x_lexical", "word_jaccard", "length_ratio", "numbers_differ",
    "unigram_low", "unigram_high", "bigram_low", "bigram_high", "trigram_low", "trigram_high",
    "content_unmatched_high", "content_unmatched_low", "content_extra_words", "numbers_unmatched",
    "names_unmatched_high", "names_unmatched_low", "same_figures_some", "same_figures", "figures_one_side",
    "figures_unmatched", "figures_unmatched_low", "names_jaccard", "names_unmatched", "names_unmatched_max",
    "chars2_low", "chars2_high", "chars3_low", "chars3_high", "chars4_low", "chars4_high", "chars5_low",
    "chars5_high", "word_subsequence_longer", "word_subsequence_shorter", "char_stretch", "char_subsequence",
    "bleu_low", "bleu_high", "length_gap", "log_length", "negation_one_side", "weekdays_differ",
)
MEAN: tuple[float, ...] = (
    0.80286, 0.6554, 0.73471, 0.53706, 0.52987, 0.84797, 0.21405, 0.63152, 0.73798, 0.44798, 0.53251, 0.34394,
    0.41231, 0.38098, 0.25838, 4.87924, 0.36184, 1.07489, 0.22203, 0.14935, 0.78662, 0.07622, 0.52316, 0.1622,
    0.47221, 1.29692, 1.07489, 0.6784, 0.80728, 0.61033, 0.72668, 0.56853, 0.67762, 0.53357, 0.63686, 0.58308,
    0.6885, 0.40587, 0.67204, 0.4196, 0.42647, 3.6745, 3.69651, 0.05407, 0.00776,
)
SCALE: tuple[float, ...] = (
    0.11903, 0.18324, 0.12278, 0.19699, 0.16476, 0.11636, 0.41016, 0.14724, 0.14711, 0.18995, 0.21221, 0.20735,
    0.24063, 0.15969, 0.1646, 3.18153, 0.84155, 1.39025, 0.56005, 0.35643, 0.4097, 0.26536, 1.35531, 0.58097,
    0.41209, 1.71954, 1.39025, 0.12315, 0.10837, 0.14353, 0.14139, 0.15323, 0.15726, 0.16076, 0.16999, 0.15607,
    0.16183, 0.18698, 0.12916, 0.18536, 0.18428, 4.56518, 0.37599, 0.22615, 0.08772,
)
WEIGHTS: tuple[float, ...] = (
    0.19576, -0.51382, 0.51131, -0.07334, 0.50409, 0.1244, -0.15379, -0.008, -0.11654, 0.27273, -0.14563, 0.01182,
    -0.7806, 0.25953, -0.06709, -0.13656, -0.1791, 0.0212, -0.08317, -0.08788, 0.07324, 0.1181, -0.07433,
    -0.04597, -0.23183, -0.00995, 0.0212, 0.14368, 0.26721, 0.47911, 0.4501, 0.08389, 0.01088, -0.40436, -0.50292,
    0.38232, -0.29322, -0.21221, 0.5539, 0.10516, 0.13779, 0.76637, -0.07224, -0.1438, -0.05676,
)
INTERCEPT = 1.53642
PROBE: tuple[float, ...] = (
    0.8, 0.6, 0.7, 0.48, 0.38344, 0.78883, 0.19672, 0.43367, 0.46938, 0.35129, 0.36117, 0.31517, 0.32203, 0.63548,
    0.61641, 8.40984, 0.34426, 2.14754, 0.72131, 0.13115, 0.80328, 0.09836, 0.45902, 0.11475, 0.28591, 2.86885,
    2.14754, 0.52511, 0.64089, 0.43113, 0.48483, 0.39352, 0.42423, 0.3753, 0.39868, 0.43203, 0.46509, 0.3257,
    0.56704, 0.35864, 0.36349, 5.31148, 3.618, 0.09836, 0.01639,
)
# end of the fit
if FITTED_FEATURES != FEATURES or not len(MEAN) == len(SCALE) == len(WEIGHTS) == len(FEATURES):
    raise RuntimeError("the sentence agreement model was fitted on other features than agreement.FEATURES: "
                       "refit it with `python -m bench.fit_agreement --write`")


@dataclasses.dataclass(frozen=True, slots=True)
class Agreement:
    """How far a pair's aligned sentences state the same facts."""

    mean: float | None  # mean probability over the aligned sentence matches (None: no matches)
    matches: int  # aligned sentence matches, sentences that share a counterpart taken together (``matched_groups``)
    differing: int  # of those, the matches more likely to state other facts than the same ones
    # mean log-odds of the same facts over the matches (None: no matches): each match's evidence weighs by how
    # sure it is, so a few pairs that clearly state other facts outweigh as many that barely agree
    log_odds: float | None = None
    # unaligned sentences read beside the aligned ones they were merged into (``drawn_members``), and A's aligned
    # sentences in the groups that drew them (merged sentences the alignment did not link)
    drawn: int = 0
    drawn_into: frozenset[int] = frozenset()


def sentence_agreement(a: Segmented, b: Segmented, alignments: Sequence[Alignment],
                       text: TextConfig = TEXT_DEFAULT, config: Config = DEFAULT) -> tuple[Agreement, list[float]]:
    """The pair's agreement, and each weighed group's probability of the same facts (``weighed_groups``)."""
    return _weighed(weighed_groups(a.sentence_texts(), b.sentence_texts(), alignments, config), text)


def _weighed(groups: Sequence[tuple[str, str, tuple[float, float, float]]], text: TextConfig, drawn: int = 0,
             drawn_into: frozenset[int] = frozenset()) -> tuple[Agreement, list[float]]:
    """``sentence_agreement`` of the pair's groups (``drawn``, ``drawn_into``: ``Agreement``'s)."""
    features = _pair_features.many([(joined_a, joined_b) for joined_a, joined_b, _ in groups], text)
    found = [_probability_of(scores, own) for (_, _, scores), own in zip(groups, features, strict=True)]
    mean = sum(found) / len(found) if found else None
    log_odds = sum(map(same_facts_log_odds, found)) / len(found) if found else None
    return Agreement(mean, len(found), sum(p < 0.5 for p in found), log_odds, drawn, drawn_into), found


# A pure function of a group's scores and features: a trace's candidates (one story's copies) meet the same sentence
# groups with the same scores, ~13 a comparison (the sum over the ~40 features ~1% of a trace's CPU on the 100k store).
# 8,192 entries of ~1.2 KB (~10 MB): a hundred traces' groups.
@functools.lru_cache(maxsize=8_192)
def _probability_of(scores: tuple[float, float, float], own: tuple[float, ...]) -> float:
    """``same_facts_probability`` of a group with the alignment ``scores`` and the features ``own`` of its text."""
    return same_facts_probability([*scores, scores[0] * scores[1], *own])


_Members = tuple[set[int], set[int], tuple[float, float, float]]  # A's sentences, B's, the best scores of the group


def matched_groups(texts_a: Sequence[str], texts_b: Sequence[str], alignments: Sequence[Alignment]
                   ) -> list[tuple[str, str, tuple[float, float, float]]]:
    """The aligned sentences in groups that share a sentence, as (A's sentences joined, B's joined, the best
    semantic, lexical and combined score of the group's matches), in A's order. A summary or a rewrite merges
    sentences ("Then the operators announced record profits," said Irene Vasko, the union's secretary): each of
    the merged sentences alone lacks a clause, together they state what the other side states."""
    return [_joined(texts_a, texts_b, members) for members in _matched_members(texts_a, texts_b, alignments)]


def weighed_groups(texts_a: Sequence[str], texts_b: Sequence[str], alignments: Sequence[Alignment],
                   config: Config = DEFAULT) -> list[tuple[str, str, tuple[float, float, float]]]:
    """``matched_groups`` with the unaligned sentences each group's sentences draw on read beside them
    (``drawn_members``): what the agreement check weighs."""
    return [_joined(texts_a, texts_b, members) for members in
            drawn_members(texts_a, texts_b, _matched_members(texts_a, texts_b, alignments), config)[0]]


def _matched_members(texts_a: Sequence[str], texts_b: Sequence[str], alignments: Sequence[Alignment]
                     ) -> list[_Members]:
    """The sentences of each ``matched_groups`` group, in A's order."""
    matches = [m for al in alignments for m in al.matches if m.i < len(texts_a) and m.j < len(texts_b)]
    root: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        while root.setdefault(node, node) != node:
            node = root[node]
        return node

    for m in matches:
        root[find(("a", m.i))] = find(("b", m.j))
    groups: dict[tuple[str, int], list[SentenceMatch]] = {}
    for m in matches:
        groups.setdefault(find(("a", m.i)), []).append(m)
    return [({m.i for m in ms}, {m.j for m in ms},
             (max(m.semantic for m in ms), max(m.lexical for m in ms), max(m.score for m in ms)))
            for ms in sorted(groups.values(), key=lambda ms: min(m.i for m in ms))]


def _joined(texts_a: Sequence[str], texts_b: Sequence[str], members: _Members
            ) -> tuple[str, str, tuple[float, float, float]]:
    rows_a, rows_b, scores = members
    return " ".join(texts_a[i] for i in sorted(rows_a)), " ".join(texts_b[j] for j in sorted(rows_b)), scores


def drawn_members(texts_a: Sequence[str], texts_b: Sequence[str], groups: Sequence[_Members],
                  config: Config = DEFAULT) -> tuple[list[_Members], int]:
    """``groups`` with the unaligned sentences their counterparts draw on, and how many were drawn in. A
    summary's sentence merges two or three of its source's ("Governor Priya Anand warned that inflation, now
    5.2%, was not yet under control, and seven of the nine committee members backed the move"), and alignment
    links it to the closest one alone; read against that one, it states "other facts" (the vote), which the
    source states in the next sentence. An unaligned sentence of one side joins the group whose other side
    holds at least ``config.agreement_min_drawn_words`` of its content words that the group's own sentences of
    its side lack (the one group where it explains most; none on a tie), the best first, while each still adds
    that many. Both sides alike, each against the group as aligned, so B with A reads what A with B reads."""
    aligned = ([g[0] for g in groups], [g[1] for g in groups])  # each side's sentences, group by group
    rows = ([set(here) for here in aligned[0]], [set(here) for here in aligned[1]])
    drawn = 0
    for side in (0, 1):
        own, other = (texts_a, texts_b) if side == 0 else (texts_b, texts_a)
        mine = rows[side]
        # Against the groups as aligned: what the other side drew in must not change what this side draws, or
        # B with A would read other groups than A with B.
        lacking = [_content(other, there) - _content(own, here)
                   for here, there in zip(aligned[side], aligned[1 - side], strict=True)]
        taken = {k for here in aligned[side] for k in here}
        chosen = []  # (gain, sentence, group): each unaligned sentence where it explains most
        for k in (k for k in range(len(own)) if k not in taken):
            words = _sentence_content(own[k])
            gains = [len(lack & words) for lack in lacking]
            best = max(gains, default=0)
            if best >= config.agreement_min_drawn_words and gains.count(best) == 1:
                chosen.append((best, k, gains.index(best)))
        for _, k, g in sorted(chosen, key=lambda c: (-c[0], c[1])):
            still = lacking[g] - _content(own, mine[g])  # what the sentences drawn in so far left
            if len(still & _sentence_content(own[k])) >= config.agreement_min_drawn_words:
                mine[g].add(k)
                drawn += 1
    return [(rows_a, rows_b, g[2]) for rows_a, rows_b, g in zip(*rows, groups, strict=True)], drawn


def _content(texts: Sequence[str], rows: set[int]) -> frozenset[str]:
    """The distinct content words (numbers included) of the sentences ``rows``."""
    return frozenset().union(*(_sentence_content(texts[k]) for k in rows))


# A trace's 24 comparisons read the query's sentences in each, and its candidates (one story's copies) share theirs:
# each sentence's content words once, not once a comparison and group (13% of a trace's CPU on the 100k store).
# 65,536 sentences (~50 MB at most): ~900 traces' distinct sentences, and an index worker's recent articles.
@functools.lru_cache(maxsize=65_536)
def _sentence_content(sentence: str) -> frozenset[str]:
    """The distinct content words (numbers included) of one sentence."""
    return frozenset(w for w in sentence_words(sentence) if is_content_word(w))


def reused_alignments(a: Segmented, b: Segmented, alignments: Sequence[Alignment],
                      config: Config = DEFAULT, text: TextConfig = TEXT_DEFAULT, tuning: AlignConfig = ALIGN_DEFAULT,
                      overrule: bool = True) -> tuple[Sequence[Alignment], Agreement]:
    """The alignments that show reuse, and the pair's agreement. When the aligned sentences as a whole state
    other facts (mean log-odds below ``config.agreement_min_log_odds`` over at least
    ``config.agreement_min_matches`` groups of aligned sentences, each read with the unaligned sentences it draws
    on: ``drawn_members``), the texts are separate reports of one event: their reworded sentence matches are not
    reuse, and only the sentences copied word for word (or nearly) still count. When every match is copied so,
    or when there are fewer groups than ``config.agreement_min_matches`` (which never overrule the alignment,
    whatever they state), nothing is weighed (no agreement is stated). ``tuning``: the settings a match's kind is
    read with (a store built before trimmed copies keeps reading them as its verdicts did). ``overrule``: False
    for passages whose derivation other evidence showed (the agreement is weighed and kept whatever it says)."""
    texts_a, texts_b = a.sentence_texts(), b.sentence_texts()
    # Where every aligned sentence is copied word for word (or nearly), those are all that would count as reuse
    # anyway: a copy, whatever its sentences' facts (a changed figure is a change of the copy, not another report).
    if all(alignment_kind(texts_a[m.i], texts_b[m.j], config, tuning) in WORD_FOR_WORD_KINDS
           for al in alignments for m in al.matches):
        return alignments, Agreement(None, 0, 0)
    members = _matched_members(texts_a, texts_b, alignments)
    if len(members) < config.agreement_min_matches:  # 288 of 1,201 such pairs on 3,000 articles of the 10k feed
        return alignments, Agreement(None, 0, 0)
    grown, drawn = drawn_members(texts_a, texts_b, members, config)
    drawn_into = frozenset(i for before, after in zip(members, grown, strict=True)
                           if (len(before[0]), len(before[1])) != (len(after[0]), len(after[1])) for i in before[0])
    groups = [_joined(texts_a, texts_b, g) for g in grown]
    agreement, found = _weighed(groups, text, drawn, drawn_into)
    if agreement.log_odds is None or agreement.matches < config.agreement_min_matches or \
            agreement.log_odds >= config.agreement_min_log_odds or not overrule or \
            _summary_telling_nothing_else(texts_a, texts_b, agreement,
                                          _differing_not_cut_short(grown, found, texts_a, texts_b, text, config),
                                          text, config):
        return alignments, agreement
    if _mostly_reused(a, b, alignments, config, tuning):
        return alignments, agreement  # a derived text: its reworded matches are its rewording, not other facts
    kept = []
    for al in alignments:
        copied = tuple(m for m in al.matches
                       if alignment_kind(texts_a[m.i], texts_b[m.j], config, tuning) in WORD_FOR_WORD_KINDS)
        if len(copied) == len(al.matches):
            kept.append(al)
        elif copied:
            kept.append(_narrowed(a, b, al, copied))
    return kept, agreement


def _mostly_reused(a: Segmented, b: Segmented, alignments: Sequence[Alignment], config: Config,
                   tuning: AlignConfig) -> bool:
    """Whether at least ``config.agreement_max_reused_share`` of the matched sentence pairs show reuse
    (``_shows_reuse``): a text derived from the other, whose reworded sentences the model may read as other facts
    (an attribution moved, a quote cut short). Where fewer do, only the copied ones count (a pair of one long run
    in a separate report is no copy)."""
    pairs = {(m.i, m.j): m for al in alignments for m in al.matches}
    reused = sum(1 for m in pairs.values() if _shows_reuse(a, b, m, config, tuning))
    return reused > config.agreement_max_reused_share * len(pairs)


def _shows_reuse(a: Segmented, b: Segmented, m: SentenceMatch, config: Config,
                 tuning: AlignConfig = ALIGN_DEFAULT) -> bool:
    """Whether a matched sentence pair is reuse whatever the sentence model reads of its facts: copied or trimmed
    (``alignment_kind``; a quotation cut short too, as ``align.trimmed_copy`` reads it), or keeping a long run of
    the other's words outside quotations (what two reports of one event share word for word is a speaker's
    quotation)."""
    text_a, text_b = a.sentence_texts()[m.i], b.sentence_texts()[m.j]
    if alignment_kind(text_a, text_b, config, tuning) in WORD_FOR_WORD_KINDS or \
            trimmed_copy(normalised(text_a), normalised(text_b), tuning, quotations=True):
        return True
    runs = [shared_run(part_a, part_b, config) for part_a in unquoted_parts(a.article.text, a.sentences[m.i])
            for part_b in unquoted_parts(b.article.text, b.sentences[m.j])]
    return any(run.words >= config.lift_min_run_words or (run.words >= config.agreement_keep_run_words
                                                          and run.rare_words >= config.agreement_keep_run_rare_words)
               for run in runs)


def without_local_top(a: Segmented, b: Segmented, alignments: Sequence[Alignment], config: Config,
                       text: TextConfig, tuning: AlignConfig = ALIGN_DEFAULT) -> Sequence[Alignment]:
    """``alignments`` without the one meaning-only link (neither copied nor trimmed) whose sentences share no figure
    and each name a place or party the other does not, when the other matches, at least
    ``config.local_top_min_copied_matches``, are all copied or trimmed: a local version's own top over the wire's
    body ("Maidstone … £6,412, up £282" against the wire's "Brighton … £259 to £5,889") tells its own facts. Two
    sister papers' own tops over one wire story, both opening their texts, need no figures: each tells its own town
    ("Readers in Keswick will find the library on Heads Lane shut …" against "Parents who use … Penrith library"),
    unless the two openings share the words of one lede reworded (``_reworded_lede``)."""
    texts_a, texts_b = a.sentence_texts(), b.sentence_texts()
    matches = [(al, m) for al in alignments for m in al.matches]
    loose = [(al, m) for al, m in matches
             if alignment_kind(texts_a[m.i], texts_b[m.j], config, tuning) not in WORD_FOR_WORD_KINDS]
    if len(loose) != 1 or len(matches) - 1 < config.local_top_min_copied_matches:
        return alignments
    owner, m = loose[0]
    names_a, names_b = (set(sentence_name_norms(t, text)) for t in (texts_a[m.i], texts_b[m.j]))
    figures_a, figures_b = (named_specifics([t], text) - set(sentence_name_norms(t, text))
                            for t in (texts_a[m.i], texts_b[m.j]))
    both_open = m.i == 0 and m.j == 0 and not _reworded_lede(texts_a[m.i], texts_b[m.j], config)
    if not ((figures_a and figures_b) or both_open) or figures_a & figures_b \
            or not names_a - names_b or not names_b - names_a:
        return alignments
    rest = tuple(k for k in owner.matches if k is not m)
    return [al if al is not owner else _narrowed(a, b, al, rest) for al in alignments if al is not owner or rest]


def _reworded_lede(a: str, b: str, config: Config) -> bool:
    """Whether two opening sentences are one lede reworded, not two papers' own tops: at least
    ``config.local_top_max_shared_words`` of the smaller one's content words (names included) are in the other
    ("Ukraine's deputy foreign minister, Yevhen Yenin, has rejected Russian claims …" against "Russian allegations …
    were dismissed by deputy foreign minister Yevhen Yemen"). Sister papers' tops tell their own towns in their own
    words and share little beyond the county ("Readers in Keswick will find the library …" against "Parents who use
    … Penrith library …")."""
    words_a, words_b = ({w for w in sentence_words(t) if is_content_word(w)} for t in (a, b))
    smaller = min(len(words_a), len(words_b))
    return smaller > 0 and len(words_a & words_b) >= config.local_top_max_shared_words * smaller


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
    return [semantic, lexical, score, semantic * lexical, *_pair_features(a, b, text)]


def _features_of(a: str, b: str, pair: _PairReading) -> tuple[float, ...]:
    """The features of ``FEATURES`` after the four alignment scores, from one reading of the pair."""
    return (*(_same_text_features(pair.words[0]) if a == b else _text_features_of(pair)), *_run_features_of(pair))


class _RememberedFeatures:
    """``_features_of`` sentence pairs, remembered by (A, B, text settings), at most ``limit`` (the least
    recently used go first): copies of one story share sentences, so a trace meets the same sentence pair in
    many of its candidates. The pairs a caller asks for together and not remembered are read together
    (``_PairReading.of_many``: one count for all of them). ``cache_info`` and ``cache_clear`` as an
    ``lru_cache``'s."""

    def __init__(self, limit: int) -> None:
        self._known: OrderedDict[tuple[str, str, TextConfig], tuple[float, ...]] = OrderedDict()
        self._limit = limit
        self._lock = threading.Lock()  # web workers' threads share it
        self._hits = self._misses = 0

    def __call__(self, a: str, b: str, text: TextConfig) -> tuple[float, ...]:
        return self.many([(a, b)], text)[0]

    def many(self, pairs: Sequence[tuple[str, str]], text: TextConfig) -> list[tuple[float, ...]]:
        """The features of each pair, in order."""
        with self._lock:
            known = {pair: self._known.get((*pair, text)) for pair in pairs}
            missing = [pair for pair, features in known.items() if features is None]
            self._hits += len(pairs) - len(missing)
            self._misses += len(missing)
        readings = _PairReading.of_many(missing, text)
        computed = {(a, b): _features_of(a, b, reading) for (a, b), reading in zip(missing, readings, strict=True)}
        found = {pair: computed[pair] if features is None else features for pair, features in known.items()}
        with self._lock:
            for (a, b), features in found.items():
                self._known[a, b, text] = features
                self._known.move_to_end((a, b, text))
            while len(self._known) > self._limit:
                self._known.popitem(last=False)
        return [found[pair] for pair in pairs]

    def cache_info(self) -> functools._CacheInfo:
        return functools._CacheInfo(self._hits, self._misses, self._limit, len(self._known))

    def cache_clear(self) -> None:
        with self._lock:
            self._known.clear()
            self._hits = self._misses = 0


_pair_features = _RememberedFeatures(65_536)


@dataclasses.dataclass(frozen=True, slots=True)
class _PairReading:
    """What the features read of a sentence pair, each side's in a 2-tuple (A, B), read once for all of them.
    The n-grams are counted as integers in numpy (each character or word an id of the pairs' own alphabet, an
    n-gram its ids side by side in one int64): counting a thousand n-gram strings and word tuples per pair in
    ``Counter``\\s was two thirds of the features' time. The counts are the same integers, so the features are
    the same floats."""

    words: tuple[tuple[str, ...], tuple[str, ...]]
    word_sets: tuple[frozenset[str], frozenset[str]]
    names: tuple[frozenset[str], frozenset[str]]
    lower: tuple[str, str]
    squeezed_length: tuple[int, int]  # characters of the lower-case text with runs of white space as one space
    shared_chars: tuple[int, ...]  # character n-grams both sides have (with repeats), n = 2 to 5
    distinct_word_grams: tuple[tuple[int, ...], tuple[int, ...]]  # each side's distinct word n-grams, n = 1 to 4
    shared_distinct_word_grams: tuple[int, ...]  # distinct word n-grams both sides have, n = 1 to 4
    shared_word_grams: tuple[int, ...]  # word n-grams both sides have (with repeats), n = 1 to 4
    stretch: int  # ``common_stretch`` of the lower-case texts

    @classmethod
    def of(cls, a: str, b: str, text: TextConfig) -> _PairReading:
        return cls.of_many([(a, b)], text)[0]

    @classmethod
    def of_many(cls, pairs: Sequence[tuple[str, str]], text: TextConfig) -> list[_PairReading]:
        """The reading of each pair. Every pair's n-grams are counted in one sort (the numpy calls on a pair of
        ~250-character texts cost more than their arithmetic): each text is a segment of one sequence of
        characters (and one of words), pair k's A segment 2k and B segment 2k + 1, an n-gram counts only inside
        its segment, and each code carries its pair and side; an alphabet shared by the pairs numbers every
        n-gram as one pair's own alphabet would, one for one, so the counts are the same integers."""
        if not pairs:
            return []
        words = [w for a, b in pairs for w in _numbers_alike(sentence_words(a), sentence_words(b))]
        lower = [t.lower() for pair in pairs for t in pair]
        squeezed = [" ".join(t.split()) for t in lower]
        points = np.frombuffer("".join(squeezed).encode("utf-32-le"), dtype=np.uint32)
        alphabet = np.unique(points)
        chars = np.searchsorted(alphabet, points).astype(np.int64)  # each character's rank in the alphabet
        vocabulary = {w: k for k, w in enumerate(dict.fromkeys(itertools.chain.from_iterable(words)))}
        flat = list(itertools.chain.from_iterable(words))
        word_ids = np.fromiter(map(vocabulary.__getitem__, flat), np.int64, len(flat))
        # Codes take at most ``limit`` + 4 bits, then a side bit below them and the pair's number above.
        pair_bits = max(len(pairs) - 1, 1).bit_length()
        limit = 58 - pair_bits
        char_codes, char_segments = _gram_codes(chars, [len(t) for t in squeezed], len(alphabet), _CHAR_GRAMS,
                                                limit)
        word_codes, word_segments = _gram_codes(word_ids, [len(w) for w in words], len(vocabulary), _WORD_GRAMS,
                                                limit)
        segments = np.concatenate((char_segments, word_segments))
        # Both sides' n-grams counted in one sort, each code tagged with its side in the lowest bit and its pair
        # above the code: an n-gram both sides of one pair have is two neighbours of the sorted codes, A's then
        # B's.
        tagged, counts = np.unique(((segments >> 1) << (limit + 5)) | (np.concatenate((char_codes, word_codes)) << 1)
                                   | (segments & 1), return_counts=True)
        codes, in_b = tagged >> 1, (tagged & 1).astype(bool)
        # Each code's bin: its pair's number and its kind (a code's low 4 bits), 16 bins a pair.
        bins = ((codes >> (limit + 4)) << 4) | (codes & _KIND)
        both = np.flatnonzero(codes[1:] == codes[:-1])
        size = len(pairs) * (_KIND + 1)
        shared = np.bincount(bins[both], weights=np.minimum(counts[both], counts[both + 1]), minlength=size
                             ).reshape(len(pairs), -1).tolist()
        shared_distinct = np.bincount(bins[both], minlength=size).reshape(len(pairs), -1).tolist()
        distinct = [np.bincount(bins[side], minlength=size).reshape(len(pairs), -1).tolist() for side in (~in_b, in_b)]
        stretches = common_stretches([(lower[2 * k], lower[2 * k + 1]) for k in range(len(pairs))])
        out = []
        for k, (a, b) in enumerate(pairs):
            wa, wb = words[2 * k], words[2 * k + 1]
            out.append(cls(
                (wa, wb), (frozenset(wa), frozenset(wb)), (_names(a, text), _names(b, text)),
                (lower[2 * k], lower[2 * k + 1]), (len(squeezed[2 * k]), len(squeezed[2 * k + 1])),
                tuple(int(shared[k][kind]) for kind in _CHAR_GRAMS),
                (tuple(distinct[0][k][kind] for kind in _WORD_GRAMS),
                 tuple(distinct[1][k][kind] for kind in _WORD_GRAMS)),
                tuple(shared_distinct[k][kind] for kind in _WORD_GRAMS),
                tuple(int(shared[k][kind]) for kind in _WORD_GRAMS),
                stretches[k],
            ))
        return out


# The kind of an n-gram's code, in its low 4 bits: character n-grams are 2–5, word n-grams 8 + n (9–12).
_KIND = 15
_CHAR_GRAMS = (2, 3, 4, 5)
_WORD_GRAMS = (9, 10, 11, 12)


def _gram_codes(ids: np.ndarray, lengths: Sequence[int], symbols: int, kinds: Sequence[int], limit: int = 58
                ) -> tuple[np.ndarray, np.ndarray]:
    """Every n-gram of a sequence of segments (``ids``: each segment's symbols after the previous one's,
    ``lengths`` long, each id below ``symbols``) that lies inside one segment, as one integer, ``(ids side by
    side) << 4 | kind``, for each n-gram kind in ``kinds`` (``n = kind % 8``): (codes, segment of each). Where
    ids side by side would take more than ``limit`` bits, the (n − 1)-grams are numbered first: every code fits
    ``limit`` + 4 bits."""
    bits = max(symbols - 1, 1).bit_length()
    ends = np.cumsum(lengths)
    segment = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    last = np.repeat(ends, lengths) - np.arange(len(ids))  # symbols from each position to its segment's end
    grams, width = ids, bits
    codes, segments = [], []
    for n in range(1, max(kinds) % 8 + 1):
        if n > 1:
            if width + bits > limit:
                distinct, grams = np.unique(grams, return_inverse=True)
                grams, width = grams.reshape(-1), max(len(distinct) - 1, 1).bit_length()
            grams, width = (grams[:-1] << bits) | ids[n - 1:], width + bits
        inside = last[: len(grams)] >= n
        for kind in kinds:
            if kind % 8 == n:
                codes.append((grams[inside] << 4) | kind)
                segments.append(segment[: len(grams)][inside])
    return np.concatenate(codes), np.concatenate(segments)


def _same_text_features(words: Sequence[str]) -> tuple[float, ...]:
    """The text features (``FEATURES`` from ``word_jaccard`` to ``names_unmatched_low``) of a sentence and itself
    (most aligned sentences of a verbatim or trimmed copy), the same floats without comparing it with itself:
    every set of one side is the other's, so nothing is unmatched, and each n-gram share is 1 when the sentence
    has an n-gram at all."""
    grams = [1.0 if len(words) >= n else 0.0 for n in (1, 1, 2, 2, 3, 3)]
    return (1.0, 1.0 if words else 0.0, 0.0, *grams, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)


def _text_features_of(pair: _PairReading) -> tuple[float, ...]:
    """The text features of two sentences, compared: word overlaps, n-gram shares, what one side lacks."""
    (wa, wb), (sa, sb) = pair.words, pair.word_sets
    grams = [x for n in (0, 1, 2) for x in sorted(
        (pair.shared_distinct_word_grams[n] / max(pair.distinct_word_grams[0][n], 1),
         pair.shared_distinct_word_grams[n] / max(pair.distinct_word_grams[1][n], 1)))]
    ca, cb = {w for w in sa if is_content_word(w)}, {w for w in sb if is_content_word(w)}
    unmatched = sorted((len(ca - cb) / max(len(ca), 1), len(cb - ca) / max(len(cb), 1)))
    na, nb = {w for w in sa if any(map(str.isdigit, w))}, {w for w in sb if any(map(str.isdigit, w))}
    names_a, names_b = pair.names
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


def _run_features_of(pair: _PairReading) -> tuple[float, ...]:
    """The features of ``FEATURES`` from ``same_figures_some`` on: figures, names, shared runs, BLEU."""
    from rapidfuzz.distance import LCSseq

    (wa, wb), (sa, sb), (ca, cb), (la, lb) = pair.words, pair.word_sets, pair.names, pair.lower
    na, nb = _figures(wa), _figures(wb)
    chars = [x for n, shared in zip((2, 3, 4, 5), pair.shared_chars, strict=True) for x in sorted(
        (shared / max(pair.squeezed_length[0] - n + 1, 1), shared / max(pair.squeezed_length[1] - n + 1, 1)))]
    common = common_subsequence_length(wa, wb)
    days_a, days_b = sa & WEEKDAYS, sb & WEEKDAYS
    bleu = (_bleu(len(wa), len(wb), pair.shared_word_grams), _bleu(len(wb), len(wa), pair.shared_word_grams)) \
        if wa and wb else (0.0, 0.0)
    return (
        float(na == nb and bool(na)),
        float(na == nb),
        float(bool(na) != bool(nb)),
        float(len(na ^ nb)),
        float(min(len(na - nb), len(nb - na))),
        len(ca & cb) / max(len(ca | cb), 1),
        float(len(ca ^ cb)),
        float(max(len(ca - cb), len(cb - ca))),
        *chars,
        common / max(len(wa), len(wb), 1),
        common / max(min(len(wa), len(wb)), 1),
        pair.stretch / max(min(len(la), len(lb)), 1),
        LCSseq.normalized_similarity(la, lb),
        *sorted(bleu),
        float(abs(len(wa) - len(wb))),
        math.log1p(len(wa) + len(wb)),
        float(bool(sa & NEGATIONS) != bool(sb & NEGATIONS)),
        float(bool(days_a) and bool(days_b) and days_a != days_b),
    )


def _numbers_alike(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Both sentences' words, a number one writes out given as the other's digits ("Twenty-three" beside "23"):
    the same figure, not a figure one side lacks."""
    return numbers_written_as(a, b), numbers_written_as(b, a)


def _figures(words: Sequence[str]) -> frozenset[str]:
    """The words that hold a digit, thousands separators dropped ("1,514.77" and "1514.77" agree)."""
    return frozenset(w.replace(",", "") for w in words if any(map(str.isdigit, w)))


def common_subsequence_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common word subsequence (rapidfuzz's compiled count: the dynamic programme in
    Python was a fifth of a sentence pair's features)."""
    from rapidfuzz.distance import LCSseq

    return int(LCSseq.similarity(a, b))


_STRETCH_GRAM = 5


def common_stretch(a: str, b: str) -> int:
    """Length of the longest character stretch both strings have: the size of difflib's longest match with no
    junk, found as the longest run of shared 5-grams along one diagonal (a stretch of L ≥ 5 characters is
    L − 4 such grams in a row), which visits the few shared grams instead of every pair of equal characters
    (a third of difflib's time); shorter stretches from the longest shared m-gram, m < 5."""
    k = _STRETCH_GRAM
    starts: dict[str, list[int]] = {}
    for j, gram in enumerate(_grams(b, k)):
        starts.setdefault(gram, []).append(j)
    best, previous = 0, dict[int, int]()
    for gram in _grams(a, k):
        runs: dict[int, int] = {}  # B's gram start → grams in a row ending here
        for j in starts.get(gram, ()):
            run = runs[j] = previous.get(j - 1, 0) + 1
            if run > best:
                best = run
        previous = runs
    return best + k - 1 if best else _short_stretch(a, b)


def common_stretches(pairs: Sequence[tuple[str, str]]) -> list[int]:
    """``common_stretch`` of each pair, the shared 5-grams of all pairs found in one sort: each 5-gram of an A
    text meets every equal one of its B text, and the longest run of such meetings along one diagonal (A's
    position and B's both one further) is the longest stretch less 4. A pair sharing no 5-gram, or pairs
    whose alphabet is too large for a 5-gram and a pair's number in an int64, are measured one by one."""
    k = _STRETCH_GRAM
    texts = [t for pair in pairs for t in pair]
    points = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
    alphabet = np.unique(points)
    bits = max(len(alphabet) - 1, 1).bit_length()
    pair_bits = max(len(pairs) - 1, 1).bit_length()
    if not pairs or k * bits + pair_bits > 62:
        return [common_stretch(a, b) for a, b in pairs]
    ids = np.searchsorted(alphabet, points).astype(np.int64)
    lengths = [len(t) for t in texts]
    starts = np.cumsum([0, *lengths])[:-1]
    count = max(len(ids) - k + 1, 0)  # 5-grams of the whole sequence, those across two texts left out below
    grams = ids[:count]
    for n in range(1, k):
        grams = (grams << bits) | ids[n : n + count]
    segment = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)[: len(grams)]
    position = np.arange(len(grams), dtype=np.int64) - starts[segment]  # within its text
    inside = position + k <= np.asarray(lengths, dtype=np.int64)[segment]
    grams, segment, position = grams[inside], segment[inside], position[inside]
    keys = ((segment >> 1) << (k * bits)) | grams  # the pair's number above the 5-gram
    in_a = (segment & 1) == 0
    order = np.argsort(keys[~in_a], kind="stable")
    b_keys, b_positions = keys[~in_a][order], position[~in_a][order]
    a_keys, a_positions = keys[in_a], position[in_a]
    first = np.searchsorted(b_keys, a_keys, side="left")
    met = np.searchsorted(b_keys, a_keys, side="right") - first
    # Every meeting (i in A, j in B) of equal 5-grams of one pair, by pair, diagonal j - i, then i.
    i = np.repeat(a_positions, met)
    pair = np.repeat(a_keys >> (k * bits), met)
    j = b_positions[np.repeat(first, met) + (np.arange(int(met.sum())) - np.repeat(np.cumsum(met) - met, met))]
    diagonal = j - i
    order = np.lexsort((i, diagonal, pair))
    i, diagonal, pair = i[order], diagonal[order], pair[order]
    starts_run = np.ones(len(i), dtype=bool)
    starts_run[1:] = (pair[1:] != pair[:-1]) | (diagonal[1:] != diagonal[:-1]) | (i[1:] != i[:-1] + 1)
    run = np.cumsum(starts_run) - 1
    best = np.zeros(len(pairs), dtype=np.int64)
    np.maximum.at(best, pair[starts_run], np.bincount(run))
    return [int(grams_run) + k - 1 if grams_run else _short_stretch(a, b) for grams_run, (a, b) in
            zip(best.tolist(), pairs, strict=True)]


def _short_stretch(a: str, b: str) -> int:
    """The longest stretch of two texts that share no 5-gram: the longest shared m-gram, m < 5."""
    return next((m for m in range(_STRETCH_GRAM - 1, 0, -1) if not set(_grams(a, m)).isdisjoint(_grams(b, m))), 0)


def _grams(text: str, n: int) -> Iterator[str]:
    """The character n-grams of ``text`` in order (slices made in compiled code)."""
    return map(text.__getitem__, map(slice, range(len(text) - n + 1), range(n, len(text) + 1)))


def sentence_bleu(candidate: Sequence[str], reference: Sequence[str], max_n: int = 4) -> float:
    """Sentence BLEU of ``candidate`` against ``reference``, add-one smoothing above unigrams (Lin and Och 2004)."""
    if not candidate or not reference:
        return 0.0
    hits = []
    for n in range(1, max_n + 1):
        found = Counter(tuple(candidate[k:k + n]) for k in range(len(candidate) - n + 1))
        wanted = Counter(tuple(reference[k:k + n]) for k in range(len(reference) - n + 1))
        hits.append(sum((found & wanted).values()))
    return _bleu(len(candidate), len(reference), hits)


def _bleu(length: int, reference_length: int, hits: Sequence[int]) -> float:
    """BLEU of a candidate of ``length`` words against a reference with ``hits`` n-grams in common (n = 1, 2, …;
    the same count whichever side is the candidate)."""
    logs = []
    for n, found in enumerate(hits, 1):
        total, smooth = max(length - n + 1, 0), int(n > 1)
        logs.append(math.log((found + smooth) / (total + smooth)) if found + smooth and total + smooth else -10.0)
    brevity = min(0.0, 1 - reference_length / length)
    return math.exp(brevity + sum(logs) / len(hits))


def same_facts_probability(features: Sequence[float]) -> float:
    """The model's probability that a sentence pair with these features states the same facts."""
    z = INTERCEPT + sum(w * (x - m) / s for (w, m, s), x in zip(_TERMS, features, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


_TERMS = tuple(zip(WEIGHTS, MEAN, SCALE, strict=True))  # each feature's weight, mean and scale, zipped once


def same_facts_log_odds(p: float) -> float:
    """A probability as log-odds, clipped so that a certain match counts as very sure, not infinitely."""
    q = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(q / (1 - q))


@functools.lru_cache(maxsize=262_144)  # a sentence meets many others: one story's copies share sentences
def _names(sentence: str, text: TextConfig) -> frozenset[str]:
    return frozenset(sentence_name_norms(sentence, text))


def _differing_not_cut_short(groups: Sequence[_Members], found: Sequence[float], texts_a: Sequence[str],
                             texts_b: Sequence[str], text: TextConfig, config: Config) -> int:
    """How many of the weighed ``groups`` (each one's probability of the same facts in ``found``) read as other facts
    where the side of fewer sentences is not cut short of its counterpart: each of its sentences a sentence of the
    other's cut short (``_cut_short``, sentence against sentence: a group's joined sentences state several facts, and
    a short sentence read against them all passed for one of them cut short, reviewB's crash_v2 of crash_long): what a
    summary's differing matches are."""
    short_is_a = len(texts_a) < len(texts_b)

    def cut(rows_a: set[int], rows_b: set[int]) -> bool:
        short, long_ = ([texts_a[i] for i in sorted(rows_a)], [texts_b[j] for j in sorted(rows_b)]) if short_is_a \
            else ([texts_b[j] for j in sorted(rows_b)], [texts_a[i] for i in sorted(rows_a)])
        return all(any(_cut_short(s, sentence, text, config) for sentence in long_) for s in short)

    return sum(1 for (rows_a, rows_b, _), p in zip(groups, found, strict=True) if p < 0.5 and not cut(rows_a, rows_b))


def _cut_short(short: str, long_: str, text: TextConfig, config: Config) -> bool:
    """Whether ``short`` is ``long_`` cut short: it has fewer content words, names no one and gives no figure
    ``long_`` does not, and at least ``config.agreement_summary_cut_min_kept_share`` of its content words are
    ``long_``'s (a brief's "Years 5 and 6 will be taught at Hexham Middle School from Thursday" of the report's
    sentence that also gives the buses' time). The sentence model reads the details it dropped as other facts."""
    words, kept_from = _sentence_content(short), _sentence_content(long_)
    if not words or len(words) >= len(kept_from) or named_specifics([short], text) - named_specifics([long_], text):
        return False
    return len(words & kept_from) >= config.agreement_summary_cut_min_kept_share * len(words)


def _summary_telling_nothing_else(texts_a: Sequence[str], texts_b: Sequence[str], agreement: Agreement,
                                  differing: int, text: TextConfig, config: Config) -> bool:
    """Whether one side is a short summary of the other that the weighing should not overrule: it has fewer
    sentences (at most ``config.agreement_summary_max_sentences``, or a condensed few: ``agreement_condensed_*``),
    names no one and gives no figure the other side does not (``specifics_beyond``), and its matches lean to the same
    facts (mean log-odds ≥ 0, and fewer than half of them reading other facts or each one that does a sentence cut
    short of its counterpart: no match ``differing``, ``_differing_not_cut_short``; a radio bulletin's own sentence
    of the event beside two cut short is another report, tests/fixtures/brief_controls court_radio). Its sentences
    say less than the ones they retell, and the sentence model, fitted on sentence pairs that say the same thing,
    reads that as other facts (/tmp/probe31's shipwreck summary: 56% by the combined odds, 1 of 3 pairs "differ"); a
    summary contradicting its source leans the other way, and a separate report of the event tells people and
    figures of its own (tests/fixtures/human_summaries, other reports). Two texts of as many sentences are no
    summary of each other (the same answer in either order)."""
    if len(texts_a) == len(texts_b) or agreement.log_odds is None or agreement.log_odds < 0.0 \
            or (2 * agreement.differing >= agreement.matches and differing):
        return False
    short, long_ = (texts_a, texts_b) if len(texts_a) < len(texts_b) else (texts_b, texts_a)
    condensed = len(short) <= config.agreement_condensed_max_sentences and \
        len(short) <= config.agreement_condensed_max_share * len(long_)
    if len(short) > config.agreement_summary_max_sentences and not condensed:
        return False
    return not specifics_beyond(short, long_, text, config)


def specifics_beyond(short: Sequence[str], long_: Sequence[str], text: TextConfig = TEXT_DEFAULT,
                     config: Config = DEFAULT) -> set[str]:
    """The names and figures ``short`` states (``named_specifics``, a name word by word) that ``long_`` does not,
    but for a name word ``short`` capitalises only where it opens a clause and ``long_`` writes a form of
    (``_opening_word_of_long``): a rarer common word read as a name there ("Gendarmes lowered from a helicopter …"
    beside the other's "officers of the gendarmerie") is no person or body of the summary's own (probe56's
    cable-car summary, overruled for its "Gendarmes"). A word of no form in ``long_``, or one the lexicon does not
    know, is a name wherever it stands: a separate report's own operator or inspector opening a sentence ("Sodexal,
    the lift's operator, says …", "Hargreaves, the lift's safety inspector, says …": reviewD)."""
    beyond = named_specifics(short, text) - named_specifics(long_, text)
    if not beyond:
        return beyond
    # read here, not in a process-wide cache keyed by an article (STYLE rule 7): this runs only for a short side
    # whose agreement has already been read, once a pair
    inside, long_words = _names_inside_sentences(short), _words_of(long_)
    return {x for x in beyond if x in inside or x[:1].isdigit()
            or not _opening_word_of_long(x, long_words, config.agreement_opening_word_min_prefix)}


def _opening_word_of_long(word: str, long_words: frozenset[str], min_prefix: int) -> bool:
    """Whether ``word`` (a normal form) is a common word the lexicon knows that ``long_words`` hold a form of: one
    stem (``spelling.one_stem``) or a first part of at least ``min_prefix`` letters ("gendarmes" / "gendarmerie")."""
    if lexicon.zipf(word) <= 0.0:
        return False
    return any(one_stem(word, w, 4) or (len(word) >= min_prefix and w[:min_prefix] == word[:min_prefix])
               for w in long_words)


def _words_of(sentences: Sequence[str]) -> frozenset[str]:
    """The normal forms of ``sentences``' words."""
    return frozenset(t.norm for s in sentences for t in word_tokens(s))


def _names_inside_sentences(sentences: Sequence[str]) -> frozenset[str]:
    """The words ``sentences`` capitalise where no clause opens (normal forms): names by their place."""
    return frozenset(t.norm for s in sentences for tokens in (word_tokens(s),) for k, t in enumerate(tokens)
                     if t.text[:1].isupper() and not opens_clause(s, tokens, k))
