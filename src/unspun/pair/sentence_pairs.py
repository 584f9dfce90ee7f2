"""Which sentences a comparison aligned: the sentence pairs change finding and spin evidence look at, the
sentences only one side has, coverage counted in aligned sentences, and the longest run of sentence links that
keeps both texts' order."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Literal

from unspun.config import DEFAULT, Config
from unspun.model import Alignment, Segmented, Span
from unspun.text.tokens import words
from unspun.text.wordlists import is_content_word


def aligned_sentence_pairs(a: Segmented, b: Segmented, alignments: Sequence[Alignment]) -> list[tuple[Span, Span]]:
    """Each distinct aligned sentence pair; a passage without sentence matches counts as one pair."""
    pairs: dict[tuple[Span, Span], None] = {}
    for al in alignments:
        if not al.matches:
            pairs[(al.a, al.b)] = None
        for m in al.matches:
            if m.i < len(a.sentences) and m.j < len(b.sentences):
                pairs[(a.sentences[m.i], b.sentences[m.j])] = None
    return list(pairs)


def counterparts(
    a: Segmented, b: Segmented, alignments: Sequence[Alignment], side: Literal["a", "b"]
) -> list[Span | None]:
    """For each sentence of one side (``side``), the span of its first aligned counterpart on the other
    side, or None for a sentence no alignment holds. A sentence counts as aligned when a sentence match names
    it or, for a passage without matches, when half of it lies inside the passage."""
    seg, other = (a, b) if side == "a" else (b, a)
    found: list[Span | None] = [None] * len(seg.sentences)
    for al in alignments:
        for m in al.matches:
            k, j = (m.i, m.j) if side == "a" else (m.j, m.i)
            if k < len(found) and j < len(other.sentences) and found[k] is None:
                found[k] = other.sentences[j]
        if not al.matches:
            span, far = (al.a, al.b) if side == "a" else (al.b, al.a)
            for k, s in enumerate(seg.sentences):
                inside = min(s.end, span.end) - max(s.start, span.start)
                if found[k] is None and s.length and inside >= s.length / 2:
                    found[k] = far
    return found


def sentence_coverage(a: Segmented, b: Segmented, alignments: Sequence[Alignment], side: Literal["a", "b"]) -> float:
    """Share of one side's sentence characters in aligned sentences, in [0, 1]. Counted per sentence, not
    between a passage's ends: a paragraph the other side dropped lowers it even inside one long passage."""
    seg = a if side == "a" else b
    total = sum(s.length for s in seg.sentences)
    if not total:
        return 0.0
    aligned = counterparts(a, b, alignments, side)
    return sum(s.length for s, c in zip(seg.sentences, aligned, strict=True) if c is not None) / total


def facing_sentence_pairs(a: Segmented, b: Segmented, alignments: Sequence[Alignment],
                          config: Config = DEFAULT) -> list[tuple[Span, Span]]:
    """Unaligned sentences of A and B that stand in the same place (between the counterparts of the same
    aligned neighbours), paired in order when their words show one is the other edited (at least
    ``config.facing_min_word_similarity`` of them survive)."""
    from rapidfuzz.distance import Indel

    found_a, found_b = counterparts(a, b, alignments, "a"), counterparts(a, b, alignments, "b")
    # Facing both ways: read from B's gaps alone, crossing matches ("A's 1st and 3rd sentence both match B's
    # 2nd") put a sentence in a gap that A's side does not see, and B with A would not mirror A with B.
    from_b = {(i, j) for j, i in _facing(found_b, found_a, a)}
    pairs = []
    for i, j in (p for p in _facing(found_a, found_b, b) if p in from_b):
        sa, sb = a.sentences[i], b.sentences[j]
        similarity = Indel.normalized_similarity(words(sa.text_of(a.article.text)), words(sb.text_of(b.article.text)))
        if similarity >= config.facing_min_word_similarity:
            pairs.append((sa, sb))
    return pairs


def _facing(found_a: list[Span | None], found_b: list[Span | None], b: Segmented) -> list[tuple[int, int]]:
    """(i, j) for the k-th unaligned sentence of one side (``found_a``) and the k-th of the other (``b``) in
    each gap between the first side's aligned sentences, when the gap holds as many on both sides."""
    pairs = []
    i = 0
    while i < len(found_a):
        if found_a[i] is not None:
            i += 1
            continue
        first = i
        while i < len(found_a) and found_a[i] is None:
            i += 1
        before = found_a[first - 1] if first > 0 else None
        low = before.end if before is not None else 0
        after = found_a[i] if i < len(found_a) else None
        high = after.start if after is not None else 10**12
        gap_b = [j for j, s in enumerate(b.sentences) if found_b[j] is None and low <= s.start and s.end <= high]
        if len(gap_b) == i - first:
            pairs += list(zip(range(first, i), gap_b, strict=True))
    return pairs


def facing_titles(a: Segmented, b: Segmented, alignments: Sequence[Alignment]) -> list[tuple[Span, Span]]:
    """The two texts' titles as one edited sentence: each text's first sentence, a paragraph of its own,
    aligned to nothing, while the sentences after them are counterparts, and the two share a content word.
    Their place says they are one line however few words survive (a spinner leaves two of five in a headline:
    "Wales get Williams fitness boost" → "Wheals get Williams fittingness hike up", below
    ``Config.facing_min_word_similarity``); two stories' own headlines share nothing."""
    if len(a.sentences) < 2 or len(b.sentences) < 2 or not (_own_paragraph(a) and _own_paragraph(b)):
        return []
    found_a, found_b = counterparts(a, b, alignments, "a"), counterparts(a, b, alignments, "b")
    if found_a[0] is not None or found_b[0] is not None or found_a[1] != b.sentences[1]:
        return []
    title_a, title_b = a.sentences[0].text_of(a.article.text), b.sentences[0].text_of(b.article.text)
    shared = set(words(title_a)) & set(words(title_b))
    return [(a.sentences[0], b.sentences[0])] if any(is_content_word(w) for w in shared) else []


def _own_paragraph(seg: Segmented) -> bool:
    """The first sentence is alone in its paragraph (the second sentence opens another)."""
    owners = seg.sentence_paragraph
    return len(owners) > 1 and owners[0] != owners[1]


def longest_chain(links: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``links`` (sorted) whose second members never go back: the longest non-decreasing
    subsequence, the earliest such run where several are as long."""
    tails: list[int] = []  # tails[k]: the smallest last member of a run of k + 1 links found so far
    ends: list[int] = []  # ends[k]: the link that run ends with
    before = [-1] * len(links)
    for n, (_, j) in enumerate(links):
        k = bisect.bisect_right(tails, j)
        before[n] = ends[k - 1] if k else -1
        tails[k:k + 1], ends[k:k + 1] = [j], [n]
    chain, n = [], ends[-1] if ends else -1
    while n >= 0:
        chain.append(links[n])
        n = before[n]
    return chain[::-1]
