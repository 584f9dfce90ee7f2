"""Segment: ``Article`` → sentences and paragraphs with character offsets into ``Article.text``.

Offsets are the contract for every later stage, so spans never include surrounding white space and a
sentence never crosses a paragraph break (a line break in the extracted text).
"""

from __future__ import annotations

import ctypes
import itertools
import re

from unspun.config import DEFAULT, Config
from unspun.model import Article, Segmented, Span
from unspun.text.wordlists import NUMBERING_ABBREVIATIONS

_PARAGRAPH = re.compile(r"[^\n]+")
# A "sentence" that is only a title or an initial ("Mr.", "J.") is a false break: blingfire splits
# "on Tuesday. Mr. J. Okafor said" after "Mr." when the name follows an initial.
# "U.S." at a sentence end is a real break, so a lone initial must stand after a space.
_FALSE_BREAK = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|St|[A-Z])\.$")
# blingfire never breaks before a sentence that opens with a figure ("…on last year. 33% of the households…"):
# a full stop and a space, then a figure (a currency sign, digits, a percent or magnitude, "40-year-old") and a
# word in lower case. Whether the word before the stop ends a sentence is ``_ends_a_sentence``'s to say.
_FIGURE_OPENING = re.compile(r"(\S+)\. (?=[£$€]?\d[\d,]*(?:\.\d+)?(?:%|[a-z]{1,2})?(?: [a-z]|-[a-z]))")
_YEAR = re.compile(r"\d{4}")


def paragraph_spans(text: str) -> list[Span]:
    """Non-blank lines of ``text``, trimmed of surrounding white space."""
    spans = []
    for m in _PARAGRAPH.finditer(text):
        span = _trimmed(text, m.start(), m.end())
        if span is not None:
            spans.append(span)
    return spans


def sentence_spans(text: str, within: Span, config: Config = DEFAULT) -> list[Span]:
    """Sentences of ``text[within]`` as spans of ``text``; over-long ones are cut at word breaks."""
    chunk = text[within.start:within.end]
    offsets = [piece for start, end in _sentence_offsets(chunk) for piece in _figure_breaks(chunk, start, end)]
    spans: list[Span] = []
    for start, end in offsets:
        span = _trimmed(text, within.start + start, within.start + end)
        if span is None:
            continue
        if spans and _FALSE_BREAK.search(spans[-1].text_of(text)[-12:]):
            span = Span(spans.pop().start, span.end)
        spans.append(span)
    return [piece for span in spans for piece in _cut_long(text, span, config.max_sentence_chars)]


def _figure_breaks(chunk: str, start: int, end: int) -> list[tuple[int, int]]:
    """``chunk[start:end]`` (one of blingfire's sentences) cut where a sentence opening with a figure begins."""
    cuts = [m.end() for m in _FIGURE_OPENING.finditer(chunk, start, end) if _ends_a_sentence(m.group(1))]
    bounds = [start, *cuts, end]
    return list(itertools.pairwise(bounds))


def _ends_a_sentence(word: str) -> bool:
    """Whether a full stop after ``word`` ends a sentence before a figure: after a word of two letters or more that
    is no abbreviation a figure follows ("No. 10", "p. 33", "Jan. 12"), a percentage or a year ("up 4%.", "in
    1998."); not after an initialism ("U.S. 33%", "a.m."), an initial or a bare number, which may be a list's label
    ("Section 2. 3 people")."""
    word = word.rstrip("\"')\u201d\u2019")
    if word.endswith("%") or _YEAR.fullmatch(word):
        return True
    return word.isalpha() and len(word) > 1 and word.lower() not in NUMBERING_ABBREVIATIONS


_INT32S = ctypes.POINTER(ctypes.c_int32)


def _sentence_offsets(chunk: str) -> list[tuple[int, int]]:
    """blingfire's sentence offsets in ``chunk``. Its Python wrapper maps byte offsets to character offsets
    in a loop over every byte; the library is called directly and the offsets mapped here: for ASCII text
    (most news) they are the same (~30% of preparing an article for the corpus, saved), for other text they
    are mapped with numpy (``_character_offsets``)."""
    import blingfire  # lazy: keeps ``import unspun`` light
    import numpy as np

    data = chunk.encode("utf-8")
    # As the wrapper does: output buffers of twice the input, offsets of first and last byte of each sentence
    # (left unset: only those of the sentences found are read).
    size = len(data) * 2
    out = ctypes.create_string_buffer(size)
    starts, ends = np.empty(size, dtype=np.int32), np.empty(size, dtype=np.int32)
    found = blingfire.blingfire.TextToSentencesWithOffsets(
        ctypes.c_char_p(data), ctypes.c_int(len(data)), ctypes.byref(out), starts.ctypes.data_as(_INT32S),
        ends.ctypes.data_as(_INT32S), ctypes.c_int(size),
    )
    if found == -1 or found > size:
        return []
    count = out.value.count(b"\n") + 1
    first, last = starts[:count].tolist(), ends[:count].tolist()
    if len(data) == len(chunk):
        return list(zip(first, [end + 1 for end in last], strict=True))
    mapped = _character_offsets(data, len(chunk), first, last)
    return mapped if mapped is not None else blingfire.text_to_sentences_and_offsets(chunk)[1]


def _character_offsets(data: bytes, chars: int, starts: list[int], ends: list[int]) -> list[tuple[int, int]] | None:
    """The character offsets blingfire's wrapper maps the byte offsets of ``data`` (UTF-8 of ``chars``
    characters) to: a start at the character whose first byte it names, an end at the character whose first
    byte follows the last byte it names (the text's length after the text's last byte). None where the wrapper
    would not find them in order (it then fails; the caller asks it, to fail as it does)."""
    wanted = [offset for start, end in zip(starts, ends, strict=True) for offset in (start, end + 1)]
    found, before, counted = [], 0, 0  # ``counted``: the characters of ``data[:before]``
    for k, offset in enumerate(wanted):
        if before <= offset < len(data) and data[offset] & 0xC0 != 0x80:  # the first byte of a character
            counted += len(data[before:offset].decode("utf-8"))
            found.append(counted)
            before = offset
        elif k == len(wanted) - 1:  # the wrapper ends its last sentence at the text's end
            found.append(chars)
        else:
            return None
    return list(zip(found[0::2], found[1::2], strict=True))


def segment(article: Article, config: Config = DEFAULT) -> Segmented:
    """Cut ``article`` into paragraphs and sentences."""
    paragraphs = paragraph_spans(article.text)
    sentences: list[Span] = []
    owners: list[int] = []
    for index, paragraph in enumerate(paragraphs):
        found = sentence_spans(article.text, paragraph, config)
        sentences.extend(found)
        owners.extend([index] * len(found))
    return Segmented(article, tuple(sentences), tuple(paragraphs), tuple(owners))


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _cut_long(text: str, span: Span, limit: int) -> list[Span]:
    # Tables and lists arrive as one endless "sentence"; cutting keeps alignment units comparable.
    pieces = []
    start = span.start
    while span.end - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = cut if cut > start else start + limit
        piece = _trimmed(text, start, cut)
        if piece is not None:
            pieces.append(piece)
        start = cut
    last = _trimmed(text, start, span.end)
    if last is not None:
        pieces.append(last)
    return pieces
