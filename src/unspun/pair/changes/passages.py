"""Omissions and additions: a sentence or paragraph of one text that the other does not have at all."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from unspun.config import CHANGES_DEFAULT, ChangesConfig
from unspun.model import Alignment, Change, Segmented, Span
from unspun.pair.sentence_pairs import counterparts
from unspun.text.marks import holds_cut_mark
from unspun.text.quotations import quotation_spans
from unspun.text.tokens import word_texts


def passage_changes(
    a: Segmented, b: Segmented, alignments: Sequence[Alignment], facing: Sequence[tuple[Span, Span]] = (),
    config: ChangesConfig = CHANGES_DEFAULT,
) -> list[Change]:
    """Runs of consecutive sentences only A has (omissions) or only B has (additions), one change per run,
    the other side's span empty where the run would have been. ``facing`` sentence pairs (edited sentences
    alignment missed, see ``sentence_pairs.facing_sentence_pairs``) are in both texts. A run shorter than
    ``config.min_passage_words`` is a stray line ("Advertisement", "1."), not content one side left out."""
    paired = with_facing(alignments, facing)
    return [*_unaligned_runs(a, b, paired, "a", config.min_passage_words),
            *_unaligned_runs(a, b, paired, "b", config.min_passage_words)]


def with_facing(alignments: Sequence[Alignment], facing: Sequence[tuple[Span, Span]]) -> list[Alignment]:
    """``alignments`` and the ``facing`` sentence pairs as passages of their own: sentences in both texts."""
    return list(alignments) + [Alignment(x, y, 0.0, "spun") for x, y in facing]


def one_sided_runs(
    a: Segmented, b: Segmented, alignments: Sequence[Alignment], side: Literal["a", "b"], min_words: int
) -> list[tuple[int, int]]:
    """(first, last) sentence indexes of each run of consecutive sentences of one side (``side``) that no
    alignment holds, runs shorter than ``min_words`` words (stray lines) left out (counted without making tokens:
    a run is read once)."""
    seg = a if side == "a" else b
    found = counterparts(a, b, alignments, side)
    return [(first, last) for first, last in _runs([c is None for c in found])
            if len(word_texts(Span(seg.sentences[first].start, seg.sentences[last].end).text_of(seg.article.text)))
            >= min_words]


def _unaligned_runs(
    a: Segmented, b: Segmented, alignments: Sequence[Alignment], side: Literal["a", "b"], min_words: int
) -> list[Change]:
    seg = a if side == "a" else b
    found = counterparts(a, b, alignments, side)
    changes = []
    for first, last in one_sided_runs(a, b, alignments, side, min_words):
        span = Span(seg.sentences[first].start, seg.sentences[last].end)
        text = span.text_of(seg.article.text)
        there = _place(found, first, last)
        sentences = last - first + 1
        what = f"{sentences} sentence{'s' if sentences > 1 else ''}"
        if side == "a":
            changes.append(Change("omission", span, there, f"only in A ({what}): '{_head(text)}'"))
        else:
            changes.append(Change("addition", there, span, f"only in B ({what}): '{_head(text)}'"))
    return changes


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """Index ranges (first, last) of consecutive true flags."""
    runs: list[tuple[int, int]] = []
    for k, flag in enumerate(flags):
        if not flag:
            continue
        if runs and runs[-1][1] == k - 1:
            runs[-1] = (runs[-1][0], k)
        else:
            runs.append((k, k))
    return runs


def _place(found: list[Span | None], first: int, last: int) -> Span:
    """An empty span of the other text where the run would have stood: after the counterpart of the aligned
    sentence before it, or before the counterpart of the one after it."""
    before = next((found[k] for k in range(first - 1, -1, -1) if found[k] is not None), None)
    if before is not None:
        return Span(before.end, before.end)
    after = next((found[k] for k in range(last + 1, len(found)) if found[k] is not None), None)
    return Span(after.start, after.start) if after is not None else Span(0, 0)


def _head(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def quotation_cuts(
    a: Segmented, b: Segmented, alignments: Sequence[Alignment], facing: Sequence[tuple[Span, Span]] = (),
    config: ChangesConfig = CHANGES_DEFAULT,
) -> list[Change]:
    """Whole sentences cut from the middle of a quotation (in A only) or added inside one (in B only) where the text
    around them is copied word for word: the run of sentences only one side has lies inside a quotation that the
    aligned sentences before and after it open and close, the other side goes straight on from the one's
    counterpart to the other's, and the sentence after is the same words on both sides. A quote changed (its span
    the quoted words cut or added), not an omission: '"We cannot put a wall there. The 1,200 homes still need
    protecting. We will find another way," she said.' → '"We cannot put a wall there. We will find another way,"
    she said.'. A quotation stopped early is quoted in part (``quotes.quoted_in_part``): its last sentences are an
    omission. Read whatever the relation (the verdict counts it); a summary or a report quoting part of a quotation
    rewords or leaves out the sentences beside it, so the word-for-word sentence after the run keeps them out."""
    paired = with_facing(alignments, facing)
    changes = []
    for side in ("a", "b"):
        seg, other = (a, b) if side == "a" else (b, a)
        found = counterparts(a, b, paired, side)
        spans = [Span(x, y) for x, y in quotation_spans(seg.article.text, config.max_quotation_chars)]
        for first, last in one_sided_runs(a, b, paired, side, config.min_passage_words):
            if first == 0 or last + 1 >= len(found):
                continue
            before, after = found[first - 1], found[last + 1]
            if before is None or after is None or not _next_to(other, before, after, config.min_passage_words):
                continue
            run = Span(seg.sentences[first].start, seg.sentences[last].end)
            # a quotation opened in the sentence before the run and going on into the sentence after it: the run
            # cut from its middle (one stopped early is quoted in part, its last sentences an omission)
            quoted = next((q for q in spans if q.start < run.start and q.end > run.end), None)
            if quoted is None or not _same_words(seg.sentences[last + 1].text_of(seg.article.text),
                                                 after.text_of(other.article.text)):
                continue
            if _marked_cut(other.article.text, before, after):
                continue  # the other side marks the cut ("road. [...] It will"): the quotation quoted in part
            cut = Span(max(quoted.start, run.start), min(quoted.end, run.end))
            place = Span(before.end, before.end)
            a_span, b_span = (cut, place) if side == "a" else (place, cut)
            what = "cut from" if side == "a" else "added to"
            changes.append(Change("quote", a_span, b_span,
                                  f"quote changed: '{_head(cut.text_of(seg.article.text))}' {what} the quotation"))
    return changes


def _marked_cut(text: str, before: Span, after: Span) -> bool:
    """Whether a cut mark ("[...]", "…": ``marks.holds_cut_mark``) stands between the last word of the sentence
    ``before`` and the first word of the sentence ``after``, whichever of the two the segmenter gave it to."""
    words_before = word_texts(before.text_of(text))
    start = before.start + before.text_of(text).rfind(words_before[-1]) + len(words_before[-1]) if words_before \
        else before.start
    words_after = word_texts(after.text_of(text))
    end = after.start + after.text_of(text).find(words_after[0]) if words_after else after.end
    return holds_cut_mark(text[start:end])


def _next_to(seg: Segmented, before: Span, after: Span, min_words: int) -> bool:
    """Whether no sentence of ``seg`` stands between its sentences ``before`` and ``after`` (in that order) but
    stray lines shorter than ``min_words`` words (an attribution split off a quotation: "she said.")."""
    return before.end <= after.start and not any(
        before.end <= s.start and s.end <= after.start and len(word_texts(s.text_of(seg.article.text))) >= min_words
        for s in seg.sentences)


def _same_words(x: str, y: str) -> bool:
    return [w.lower() for w in word_texts(x)] == [w.lower() for w in word_texts(y)]
