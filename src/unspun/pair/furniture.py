"""A publisher's furniture in a segmented text's sentences: the appeal or contact line a police force, fire service or
council closes every release with ("Anyone with information is asked to call … on 101, quoting crime reference …"),
and the tail of a press release after its "ENDS", "Notes to editors" or "About …" heading, read by form in
``text.furniture`` (extraction sets the tail apart with the same reading). Two releases of one publisher share
these word for word whatever their events; a passage made of them is no reuse of either text, and the numbers in
them (phone numbers, reference codes) are no facts of an event.

Read by form, one text at a time, so that a lone comparison sees what the corpus's candidates see by site (a
site's own shared passages are its furniture: ``candidates.CandidateIndex._shared_passages``)."""

from __future__ import annotations

from unspun.model import Segmented, Span
from unspun.pair.memo import Memo, remembered
from unspun.text.furniture import contact_sentence, tail_start


def furniture_span(seg: Segmented, span: Span, memo: Memo | None = None) -> bool:
    """Whether every sentence of ``seg`` that ``span`` covers is furniture: an appeal or contact line, or part of
    the release's closing furniture (``tail_start``). ``memo`` (an engine's) keeps each text's
    ``furniture_sentence_flags``."""
    flags = furniture_flags(seg, memo)
    covered = [k for k, s in enumerate(seg.sentences) if s.start < span.end and s.end > span.start]
    return bool(covered) and all(flags[k] for k in covered)


def furniture_sentence_flags(seg: Segmented) -> tuple[bool, ...]:
    """For each sentence of ``seg``, whether it is furniture (an appeal or contact line, or in the release's
    closing furniture: ``tail_start``)."""
    tail = tail_start(seg.article.text)
    return tuple(_is_furniture(s.start, t, tail) for s, t in zip(seg.sentences, seg.sentence_texts(), strict=True))


def _is_furniture(start: int, sentence: str, tail: int) -> bool:
    """Whether the sentence at ``start`` is furniture: inside the release's closing tail (from ``tail``, as
    ``tail_start`` reads it) or an appeal or contact line."""
    return start >= tail or contact_sentence(sentence)


def furniture_flags(seg: Segmented, memo: Memo | None = None) -> tuple[bool, ...]:
    """``furniture_sentence_flags`` of ``seg``, kept in ``memo``: the judge, the event reading and the names read
    them, each for every comparison of the text."""
    return remembered(memo, ("furniture flags", seg), lambda: furniture_sentence_flags(seg))


def content_sentences(seg: Segmented, memo: Memo | None = None) -> tuple[str, ...]:
    """The sentence texts of ``seg`` that are no furniture (``furniture_sentence_flags``): what its event's names and
    figures are read from."""
    flags = furniture_flags(seg, memo)
    return tuple(t for t, furniture in zip(seg.sentence_texts(), flags, strict=True) if not furniture)
