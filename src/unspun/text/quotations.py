"""Where a text quotes someone: the stretches inside its quotation marks, straight or curly, double or single.

``pair.changes.quotes`` reads them for misquotes and ``text.voice`` for the words a text says in its own voice.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

# Inside one paragraph: news prose opens a quotation again on each paragraph it runs over, without closing
# the earlier one, so marks paired across a line break would hold the narration between quotations. Wire copy
# typed for plain-text feeds doubles its marks (``like this'', ''or this''), as the MSRP corpus's news sentences do.
# A doubled apostrophe after a letter is no opening mark (a possessive, "Mr Jones'' house"; a derivative, "f''"), nor
# one before no word (code's empty string, "s = '';"). A curly quotation may open with the reversed mark (‟ … ”).
_DOUBLE_QUOTE = re.compile(r'"([^"\n]+)"|[“‟]([^“‟”\n]+)”|(?:``|(?<![\w\'])\'\')(?=\w)((?:(?!``|\'\')[^\n])+)\'\'')
_SINGLE_CURLY_OPEN = re.compile(r"(?<!\w)‘")
_SINGLE_CURLY_CLOSE = re.compile(r"’(?!\w)")
# Straight single quotes, as British copy often writes speech ("said: 'We cannot keep losing £40,000 a month.'"):
# ' is also the apostrophe ("islanders' boats", "don't"), so a quotation opens at a word's start after a space,
# a colon or a bracket and closes only after the punctuation that ends what was said.
_SINGLE_STRAIGHT_OPEN = re.compile(r"(?:^|(?<=[\s:(—–]))'(?=\w)", re.MULTILINE)
_SINGLE_STRAIGHT_CLOSE = re.compile(r"(?<=[.,!?])'(?!\w)")
_QUOTE_EDGE = " \t\n,.;:!?"


@functools.lru_cache(maxsize=4096)  # a pure function of the text: every sentence pair of an article asks
def quotation_spans(text: str, max_chars: int) -> tuple[tuple[int, int], ...]:
    """The (start, end) inside each pair of quotation marks (straight, curly double, curly single; straight single
    as British copy writes speech) in ``text``, in order; a stretch longer than ``max_chars`` between two marks is
    an unmatched mark."""
    found = [m.span(m.lastindex or 0) for m in _DOUBLE_QUOTE.finditer(text)]
    found += _single_quotes(text, _SINGLE_CURLY_OPEN, _SINGLE_CURLY_CLOSE, "‘", "‘", "’")
    found += _single_quotes(text, _SINGLE_STRAIGHT_OPEN, _SINGLE_STRAIGHT_CLOSE, "‘", "'", "'")
    spans = []
    for start, end in sorted(found):
        inner = _trim(text, start, end, _QUOTE_EDGE)
        if inner is not None and inner[1] - inner[0] <= max_chars:
            spans.append(inner)
    return tuple(spans)


def _single_quotes(text: str, opens: re.Pattern[str], closes: re.Pattern[str], opener: str, open_mark: str,
                   close_mark: str) -> list[tuple[int, int]]:
    """The (start, end) inside each quotation that ``opens`` (a pattern matching the one character ``open_mark``)
    opens and ``closes`` (matching the one character ``close_mark``) closes."""
    # The closing mark doubles as the apostrophe ("Ukraine’s"), so it must not be followed by a letter; a
    # quotation holds no other opening mark and no line break.
    # Each mark is found by its character first and only then tried against its pattern, where it stands, and a
    # closing mark only up to the line's end (past it the quotation would hold a line break): the same matches as
    # ``opens.finditer(text)`` and ``closes.search(text, start)``, whose lookbehinds made the engine try every
    # position of the text (~180 µs an article of 2,000 characters, read for each of a trace's 24 candidates).
    found = []
    for start in _marked(text, opens, open_mark, 0, len(text)):
        line_end = text.find("\n", start)
        closing = next(_marked(text, closes, close_mark, start, len(text) if line_end < 0 else line_end), None)
        if closing is None:
            continue
        inside = text[start:closing - 1]
        if opener not in inside and "\n" not in inside and not (open_mark in inside and opens.search(inside)):
            found.append((start, closing - 1))
    return found


def _marked(text: str, pattern: re.Pattern[str], mark: str, start: int, end: int) -> Iterator[int]:
    """Where each match of ``pattern`` in ``text[start:end]`` ends, in order: ``pattern`` matches the one character
    ``mark`` (with lookarounds, which read the text outside ``start`` but not past ``end``)."""
    at = text.find(mark, start, end)
    while at >= 0:
        if pattern.match(text, at, end):
            yield at + 1
        at = text.find(mark, at + 1, end)


def _trim(text: str, start: int, end: int, chars: str) -> tuple[int, int] | None:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return (start, end) if end > start else None
