"""Which sentences a comparison aligned: the sentence pairs change finding and spin evidence look at, the
sentences only one side has, coverage counted in aligned sentences, and the longest run of sentence links that
keeps both texts' order."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Literal, NamedTuple

from unspun.config import DEFAULT, Config
from unspun.model import Alignment, Segmented, Span
from unspun.text.dates import time_expressions
from unspun.text.tokens import fact_key, word_texts, words
from unspun.text.wordlists import MONTHS, RELATIVE_DAYS, WEEKDAYS, is_content_word


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


def retold_sentence_pairs(a: Segmented, b: Segmented, alignments: Sequence[Alignment], min_shared: int,
                          min_unnamed_share: float = 1.0, same_occasion: bool = False) -> list[tuple[Span, Span]]:
    """Each sentence no alignment holds, with the other side's sentence that retells it: the one sharing the most
    of its content words (``tokens.fact_key``), at least ``min_shared``, and a name: among those words, or one
    sentence's name written in the other's paragraph (a quotation's speaker named the sentence before); without a
    name, at least ``min_unnamed_share`` of its content words (a quotation whose speaker is named paragraphs
    before). A short copy written in its own words merges two of its source's sentences into one, which aligns with
    one of them only ("The council shut the bridge on Thursday." + "Gareth Lloyd, its head of highways, blamed the
    river running high." → "The council shut the bridge on Thursday, and highways chief Gareth Lloyd blamed high
    river levels"), or retells a quotation in reported speech no alignment reaches: the facts of the other stand
    there. None without an alignment (texts that share no sentence are other reports) or at ``min_shared`` 0.
    With ``same_occasion``, only two sentences that can tell one event (``_one_occasion``): a copy's own paragraph
    about another firm or an earlier year shares the words of the story it sits in ("the loss of 120 jobs at a
    Carlisle packaging firm in February" beside the wire's "its factory in Carlisle with the loss of 310 jobs")."""
    if min_shared <= 0 or not alignments:
        return []
    found_a, found_b = counterparts(a, b, alignments, "a"), counterparts(a, b, alignments, "b")
    read_a, read_b = _read_sentences(a, same_occasion), _read_sentences(b, same_occasion)
    if same_occasion:
        given_a, given_b = _given(read_a), _given(read_b)
        read_a = [_against(r, given_b) for r in read_a]
        read_b = [_against(r, given_a) for r in read_b]
    pairs: dict[tuple[Span, Span], None] = {}
    for i in (i for i, spot in enumerate(found_a) if spot is None):
        j = _retelling(read_a[i], read_b, min_shared, min_unnamed_share)
        if j is not None:
            pairs[(a.sentences[i], b.sentences[j])] = None
    for j in (j for j, spot in enumerate(found_b) if spot is None):
        k = _retelling(read_b[j], read_a, min_shared, min_unnamed_share)
        if k is not None:
            pairs[(a.sentences[k], b.sentences[j])] = None
    return list(pairs)


class _ReadSentence(NamedTuple):
    keys: frozenset[str]  # content words by ``fact_key``
    names: frozenset[str]  # those written as a name (capitalised past the sentence's first word)
    paragraph_names: frozenset[str]  # the names of every sentence of its paragraph
    periods: frozenset[str] = frozenset()  # the periods it dates its fact to (``_periods``; for ``same_occasion``)
    unknown_names: frozenset[str] = frozenset()  # its names the other text nowhere writes (``same_occasion``)
    unknown_periods: frozenset[str] = frozenset()  # its periods the other text nowhere gives (``same_occasion``)


def _read_sentences(seg: Segmented, periods: bool = False) -> list[_ReadSentence]:
    texts = seg.sentence_texts()
    read = [_keyed_words(t) for t in texts]
    places = seg.sentence_paragraph if len(seg.sentence_paragraph) == len(read) else tuple(range(len(read)))
    in_paragraph: dict[int, frozenset[str]] = {}
    for (_, names), place in zip(read, places, strict=True):
        in_paragraph[place] = in_paragraph.get(place, frozenset()) | names
    return [_ReadSentence(keys, names, in_paragraph[place], _periods(t) if periods else frozenset())
            for (keys, names), place, t in zip(read, places, texts, strict=True)]


def _given(read: Sequence[_ReadSentence]) -> frozenset[str]:
    """Every content word (by ``fact_key``) and period of a text."""
    return frozenset().union(*(r.keys | r.periods for r in read))


def _against(mine: _ReadSentence, given: frozenset[str]) -> _ReadSentence:
    """``mine`` with its names (a day or a month is no name: ``_periods`` reads them) and periods ``given`` lacks."""
    names = frozenset(n for n in mine.names - given if n not in WEEKDAYS and n not in MONTHS)
    return mine._replace(unknown_names=names, unknown_periods=mine.periods - given)


def _periods(sentence: str) -> frozenset[str]:
    """The months, years and periods a sentence dates its fact to ("in February", "in 2023", "last year"), by
    ``dates.time_expressions`` value. A day ("on Tuesday", "yesterday") is not counted: a short copy drops it from
    the sentence it retells."""
    return frozenset(m.value for m in time_expressions(sentence)
                     if m.kind == "date" and m.value not in WEEKDAYS and m.value not in RELATIVE_DAYS)


def _one_occasion(mine: _ReadSentence, other: _ReadSentence) -> bool:
    """Whether two sentences can tell one event: both or neither date it to a period the other text never gives,
    and both or neither name someone or something wholly new to the other text (``_new_party``). A date changed in
    a retold sentence leaves such a period on each side; a copy's own line on another year ("Last year the council
    raised council tax by 2.99%") or another firm ("the loss of 95 jobs at a Rochdale carpet maker, Heywood
    Tufting") beside the wire's lead leaves them on one side only. A sentence merging two of the other's gives the
    other's dates ("went into storage in 2024"), and may respell one name of the other's ("curator Bethan
    Rowlands": one unknown name, no new party)."""
    return (bool(mine.unknown_periods) == bool(other.unknown_periods)
            and _new_party(mine) == _new_party(other))


def _new_party(read: _ReadSentence) -> bool:
    """Whether a sentence names someone or something wholly new to the other text: two names it never writes."""
    return len(read.unknown_names) >= 2


def _keyed_words(sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    written = word_texts(sentence)
    keys = [(fact_key(w.lower()), k > 0 and w[:1].isupper()) for k, w in enumerate(written)
            if is_content_word(w.lower())]
    return frozenset(key for key, _ in keys), frozenset(key for key, named in keys if named)


def _retelling(mine: _ReadSentence, theirs: Sequence[_ReadSentence], min_shared: int, min_unnamed_share: float
               ) -> int | None:
    """The index of the sentence of ``theirs`` sharing the most content words with ``mine`` (the first of equals),
    when it shares at least ``min_shared`` and a name (``retold_sentence_pairs``); else None."""
    best, most = None, min_shared - 1
    for k, other in enumerate(theirs):
        if not _one_occasion(mine, other):
            continue
        shared = mine.keys & other.keys
        named = shared & (mine.names | other.names) or mine.paragraph_names & other.names \
            or mine.names & other.paragraph_names
        if len(shared) > most and (named or len(shared) >= min_unnamed_share * len(mine.keys)):
            best, most = k, len(shared)
    return best


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
