"""Judge: aligned passages → relation, direction, confidence and plain-word evidence.

The relation comes from how much of each text is reused and how the reuse looks (verbatim, spun,
paraphrased); direction from independent clues weighed together: publication times, credit lines,
containment, and which side shows degradation (spinning, corrupted names). Dates alone never decide.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from unspun.config import DEFAULT, Config
from unspun.model import Alignment, Change, Segmented, Verdict
from unspun.pair.memo import Memo, remembered
from unspun.pair.sentence_pairs import sentence_coverage
from unspun.text.dates import parse_published
from unspun.text.names import name_tokens


@dataclass(frozen=True, slots=True)
class PairFacts:
    """What the judge weighs, computed once per pair."""

    coverage_a: float
    coverage_b: float
    kind_share: dict[str, float]  # share of aligned B characters per alignment kind
    reused_chars: int  # aligned characters in B
    longest_passage_chars: int
    order_kept: float  # share of sentence matches in the same relative order on both sides
    merged_share: float  # share of matched sentences that match more than one sentence (merges, splits)
    substitution_rate: float  # one-for-one word swaps per aligned word
    document_similarity: float  # cosine of the two articles' mean sentence vectors
    shared_names: float  # overlap of capitalised names, in [0, 1]
    spin_a: float
    spin_b: float


def judge(a: Segmented, b: Segmented, alignments: Sequence[Alignment], changes: Sequence[Change],
          facts: PairFacts, config: Config = DEFAULT) -> Verdict:
    """The verdict for one pair, with the reasons a person can check."""
    relation, relation_confidence, relation_evidence = decide_relation(facts, config)
    direction, direction_evidence = decide_direction(a, b, relation, facts, changes, config)
    return Verdict(
        relation=relation,
        direction=direction,
        confidence=round(relation_confidence, 3),
        coverage_a=round(facts.coverage_a, 3),
        coverage_b=round(facts.coverage_b, 3),
        evidence=tuple(relation_evidence + direction_evidence),
    )


def pair_facts(a: Segmented, b: Segmented, alignments: Sequence[Alignment], substitution_rate: float,
               document_similarity: float, spin_a: float, spin_b: float, memo: Memo | None = None) -> PairFacts:
    """What the verdict is decided from; ``memo`` (an engine's) keeps each article's names."""
    reused = sum(al.b.length for al in alignments)
    return PairFacts(
        coverage_a=sentence_coverage(a, b, alignments, "a"),
        coverage_b=sentence_coverage(a, b, alignments, "b"),
        kind_share=kind_shares(alignments),
        reused_chars=reused,
        longest_passage_chars=max((min(al.a.length, al.b.length) for al in alignments), default=0),
        order_kept=order_kept(alignments),
        merged_share=merged_share(alignments),
        substitution_rate=substitution_rate,
        document_similarity=document_similarity,
        shared_names=shared_name_overlap(a, b, memo),
        spin_a=spin_a,
        spin_b=spin_b,
    )


def kind_shares(alignments: Sequence[Alignment]) -> dict[str, float]:
    total = sum(al.b.length for al in alignments) or 1
    shares = {"verbatim": 0.0, "near_verbatim": 0.0, "spun": 0.0, "paraphrase": 0.0}
    for al in alignments:
        shares[al.kind] += al.b.length / total
    return shares


def order_kept(alignments: Sequence[Alignment]) -> float:
    """Share of sentence matches lying on the longest common order of both texts (1.0 = no reordering)."""
    pairs = sorted((m.i, m.j) for al in alignments for m in al.matches)
    if not pairs:
        return 1.0
    return _longest_increasing([j for _, j in pairs]) / len(pairs)


def merged_share(alignments: Sequence[Alignment]) -> float:
    from collections import Counter

    matches = [(m.i, m.j) for al in alignments for m in al.matches]
    if not matches:
        return 0.0
    uses_a = Counter(i for i, _ in matches)
    uses_b = Counter(j for _, j in matches)
    merged = sum(1 for i, j in matches if uses_a[i] > 1 or uses_b[j] > 1)
    return merged / len(matches)


def _longest_increasing(values: list[int]) -> int:
    import bisect

    tails: list[int] = []
    for v in values:
        k = bisect.bisect_right(tails, v)
        tails[k:k + 1] = [v]
    return len(tails)


def shared_name_overlap(a: Segmented, b: Segmented, memo: Memo | None = None) -> float:
    """Overlap coefficient of capitalised words that are not sentence-initial: who and where, roughly."""
    names_a = remembered(memo, ("names", a), lambda: _names(a))
    names_b = remembered(memo, ("names", b), lambda: _names(b))
    if not names_a or not names_b:
        return 0.0
    return len(names_a & names_b) / min(len(names_a), len(names_b))


# Remembered per article by the engine's memo (a corpus judges each article against several others) and per
# sentence here (copies of one story repeat sentences).
def _names(seg: Segmented) -> frozenset[str]:
    return frozenset().union(*(_sentence_names(text) for text in seg.sentence_texts()))


@functools.lru_cache(maxsize=262_144)
def _sentence_names(text: str) -> frozenset[str]:
    return frozenset(t.norm for t in name_tokens(text) if len(t.norm) > 2)


# --- relation -------------------------------------------------------------------------------------

def decide_relation(f: PairFacts, config: Config) -> tuple[str, float, list[str]]:
    high, low = max(f.coverage_a, f.coverage_b), min(f.coverage_a, f.coverage_b)
    evidence = [_coverage_sentence(f)] if f.reused_chars else []
    if low >= config.duplicate_min_coverage and f.kind_share["verbatim"] >= 0.97:
        return "duplicate", _scale(low, 0.95, 1.0), [*evidence, "the two texts are the same after extraction"]
    if high >= config.copy_min_coverage and (
            low >= config.derived_min_coverage_both
            or f.document_similarity >= config.summary_min_document_similarity):
        if low < config.derived_min_coverage_both:
            evidence.append("the shorter text is mostly made of the longer one's content on the same topic "
                            "(a trimmed copy or summary)")
        return _derived_relation(f, high, evidence, config)
    if _has_reused_passage(f, config):
        evidence.append(f"a passage of {f.longest_passage_chars} characters is reused; the rest is independent")
        return "partial_reuse", _scale(f.longest_passage_chars, config.partial_min_chars, 600), evidence
    return _independent_relation(f, evidence, config)


def _derived_relation(f: PairFacts, copy_cover: float, evidence: list[str],
                      config: Config) -> tuple[str, float, list[str]]:
    confidence = _scale(copy_cover, config.copy_min_coverage, 0.9)
    restructured = (f.order_kept < config.rewrite_max_order_kept
                    or f.kind_share["paraphrase"] >= config.rewrite_min_paraphrase_share
                    or f.merged_share >= config.rewrite_min_merged_share)
    if restructured:
        evidence.append(_restructure_sentence(f, config))
        return "rewrite", confidence * 0.9, evidence
    if f.substitution_rate >= config.spun_min_substitution_rate:
        evidence.append(
            f"sentences keep their structure while {f.substitution_rate:.0%} of aligned words are swapped "
            "one for one, as article spinners do")
        return "spun_copy", min(confidence, _scale(f.substitution_rate, config.spun_min_substitution_rate, 0.12)), \
            evidence
    lexical = f.kind_share["verbatim"] + f.kind_share["near_verbatim"]
    evidence.append(f"{lexical:.0%} of the reused text is word for word or nearly so; "
                    f"{f.substitution_rate:.1%} of aligned words differ")
    return "near_duplicate", confidence, evidence


def _restructure_sentence(f: PairFacts, config: Config) -> str:
    parts = []
    if f.kind_share["paraphrase"] >= config.rewrite_min_paraphrase_share:
        parts.append(f"{f.kind_share['paraphrase']:.0%} of the reused text is paraphrased")
    if f.order_kept < config.rewrite_max_order_kept:
        parts.append(f"{1 - f.order_kept:.0%} of matched sentences moved")
    if f.merged_share >= config.rewrite_min_merged_share:
        parts.append(f"{f.merged_share:.0%} of matched sentences were merged or split")
    return "the reused content is restructured: " + ", ".join(parts)


def _has_reused_passage(f: PairFacts, config: Config) -> bool:
    # Partial reuse is copied words (a wire paragraph). Paraphrased or loosely "spun-looking" passages at
    # low coverage are what independent reports of one event share: names, quotes, the same facts.
    lexical_share = f.kind_share["verbatim"] + f.kind_share["near_verbatim"]
    return f.longest_passage_chars >= config.partial_min_chars and lexical_share >= 0.5


def _independent_relation(f: PairFacts, evidence: list[str], config: Config) -> tuple[str, float, list[str]]:
    signal = f.document_similarity + config.story_name_weight * f.shared_names
    if signal >= config.story_min_signal:
        evidence.append(
            f"no reused passages, but the texts cover the same event (topic similarity "
            f"{f.document_similarity:.2f}, shared names {f.shared_names:.0%})")
        return "same_story", _scale(signal, config.story_min_signal, config.story_min_signal + 0.3), evidence
    evidence.append(f"no reused passages and different events (topic similarity {f.document_similarity:.2f}, "
                    f"shared names {f.shared_names:.0%})")
    return "unrelated", _scale(config.story_min_signal - signal, 0.0, 0.3), evidence


def _coverage_sentence(f: PairFacts) -> str:
    return f"{f.coverage_b:.0%} of B's text comes from A; {f.coverage_a:.0%} of A's text reappears in B"


def _scale(value: float, low: float, high: float) -> float:
    """Map ``value`` from [low, high] to a confidence in [0.5, 0.99]."""
    if high <= low:
        return 0.99
    share = min(max((value - low) / (high - low), 0.0), 1.0)
    return 0.5 + 0.49 * share


# --- direction ------------------------------------------------------------------------------------

def decide_direction(a: Segmented, b: Segmented, relation: str, f: PairFacts, changes: Sequence[Change],
                     config: Config) -> tuple[str, list[str]]:
    if relation in ("same_story", "unrelated"):
        return "unknown", []
    clues = [
        _date_clue(a, b),
        _credit_clue(a, b),
        _containment_clue(f),
        _spin_clue(f, config),
    ]
    score = sum(weight for weight, _ in clues)
    evidence = [text for _, text in clues if text]
    if _common_source(a, b, f):
        credits = "; ".join(c for s in (a, b) for c in s.article.credits if _is_source_credit(c))
        kept = [text for _, text in (clues[1], clues[3]) if text]
        reason = f"a credited outside source ({credits}) and text the other side lacks: both derive from that source"
        return "common_source", [*kept, reason]
    if abs(score) < 0.5:
        return "unknown", [*evidence, "the clues do not say which came first"]
    return ("a_to_b" if score > 0 else "b_to_a"), evidence


def _date_clue(a: Segmented, b: Segmented) -> tuple[float, str]:
    da, db = parse_published(a.article.published), parse_published(b.article.published)
    if da is None or db is None or da == db:
        return 0.0, ""
    if da < db:
        return 1.0, f"A was published first ({a.article.published} before {b.article.published})"
    return -1.0, f"B was published first ({b.article.published} before {a.article.published})"


def _credit_clue(a: Segmented, b: Segmented) -> tuple[float, str]:
    # A credit naming the other article's site is the strongest clue there is.
    if _credits_name(b, a):
        return 2.0, f"B credits A's site ({a.article.site})"
    if _credits_name(a, b):
        return -2.0, f"A credits B's site ({b.article.site})"
    return 0.0, ""


def _credits_name(copy: Segmented, source: Segmented) -> bool:
    site = (source.article.site or "").lower().removeprefix("www.")
    return bool(site) and any(site in credit.lower() for credit in copy.article.credits)


def _containment_clue(f: PairFacts) -> tuple[float, str]:
    # The copy's content sits inside the original: high coverage on the copy's side, lower on the other.
    gap = f.coverage_b - f.coverage_a
    if gap >= 0.2:
        return 1.0, "B's content sits inside A (B reuses A's text, A has more)"
    if gap <= -0.2:
        return -1.0, "A's content sits inside B (A reuses B's text, B has more)"
    return 0.0, ""


def _spin_clue(f: PairFacts, config: Config) -> tuple[float, str]:
    gap = f.spin_b - f.spin_a
    if gap >= config.direction_min_spin_gap:
        return 1.5, f"B reads as machine-spun (spin {f.spin_b:.2f} vs {f.spin_a:.2f}): the degraded side is the copy"
    if gap <= -config.direction_min_spin_gap:
        return -1.5, f"A reads as machine-spun (spin {f.spin_a:.2f} vs {f.spin_b:.2f}): the degraded side is the copy"
    return 0.0, ""


def _common_source(a: Segmented, b: Segmented, f: PairFacts) -> bool:
    """Both derive from a third text: one credits an outside source, and the other has much that it lacks
    (so the other did not copy it)."""
    if _credits_name(a, b) or _credits_name(b, a):
        return False
    return (_credits_other_outlet(a) and f.coverage_b < 0.75) or (_credits_other_outlet(b) and f.coverage_a < 0.75)


_SOURCE_CREDIT_WORDS = frozenset({"source", "via", "reuters", "ap", "afp", "bbc", "agencies", "reporting"})


def _credits_other_outlet(seg: Segmented) -> bool:
    return any(_is_source_credit(c) for c in seg.article.credits)


def _is_source_credit(credit: str) -> bool:
    """A text credit (not a photo credit) that names where the words came from."""
    words = set(re.findall(r"[a-z]+", credit.lower()))
    return "photo" not in words and bool(words & _SOURCE_CREDIT_WORDS)
