"""Who speaks in a text: the words outside its quotations, and the sentences an organisation writes as itself.

A council's notice, a company's release or a trust's letter to parents speaks in its issuer's own voice ("We have
closed the A6", "Van Leeuwen is pleased to announce"); a reporter, and a person summarising a report, tells of the
body in the third person and gives its "we" only inside quotation marks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from unspun.text.marks import DOUBLE_QUOTES
from unspun.text.quotations import quotation_spans
from unspun.text.wordlists import (
    ISSUER_ANNOUNCING,
    ISSUER_MOODS,
    ISSUER_POSSESSIVES,
    ISSUER_PRESENT_BE,
    ISSUER_SUBJECTS,
    NEWSROOM_STOCK_PHRASES,
    NEWSROOM_WE_VERBS,
)

_WORD = re.compile(r"[a-z]+")


def outside_quotations(paragraph: str, max_quotation_chars: int, cut: bool = False) -> str:
    """The paragraph's text outside its quotations (``text.quotations``: double or single, straight or curly, at
    most ``max_quotation_chars`` long: the comparison's ``changes.max_quotation_chars``), each quotation's words
    replaced by spaces. ``cut``: ``paragraph`` is one sentence cut from its text, and the marks are blanked too; a
    quotation the cut leaves open is blanked to the sentence's end, one it leaves closed from its start ("The second
    time this winter," he said.)."""
    text = paragraph
    for start, end in reversed(quotation_spans(paragraph, max_quotation_chars)):
        if cut:  # the marks too: each within the stretch's trimmed edge
            start = max(max((text.rfind(mark, 0, start) for mark in _MARKS), default=-1), 0)
            end = min((k for k in (text.find(mark, end) for mark in _MARKS) if k >= 0), default=len(text) - 1) + 1
        text = text[:start] + " " * (end - start) + text[end:]
    left = _UNMATCHED_MARK.search(text) if cut else None
    if left is None:
        return text
    opens = left.start() == 0 or text[left.start() - 1].isspace()
    return text[:left.start()] if opens else text[left.end():]


_MARKS = DOUBLE_QUOTES + "\u2018\u2019"
_UNMATCHED_MARK = re.compile(f"[{DOUBLE_QUOTES}]")


@functools.lru_cache(maxsize=4_096)  # by article (and quotation length): a corpus meets each in many comparisons
def own_sentences(paragraphs: tuple[str, ...], max_quotation_chars: int) -> tuple[tuple[str, ...], ...]:
    """The words (lower case) of each sentence said outside quotations (``outside_quotations``; split at full stops),
    but a newsroom's stock line ("We'll bring you more on this story as we get it":
    ``wordlists.NEWSROOM_STOCK_PHRASES``)."""
    found = []
    for paragraph in paragraphs:
        for sentence in re.split(r"[.!?]+\s", outside_quotations(paragraph, max_quotation_chars)):
            words = tuple(_WORD.findall(sentence.lower()))
            if words and not _stock(words):
                found.append(words)
    return tuple(found)


def issuer_sentences(paragraphs: tuple[str, ...], max_quotation_chars: int) -> int:
    """How many of ``own_sentences`` speak as their issuer: "we" among their words (not a newsroom's "what we know",
    "as we reported": ``wordlists.NEWSROOM_WE_VERBS``), or "is/are pleased to announce" and its kin
    (``wordlists.ISSUER_*``)."""
    return sum(_issuer_we(words) or _announces(words) for words in own_sentences(paragraphs, max_quotation_chars))


def issuer_voice(paragraphs: tuple[str, ...], max_quotation_chars: int) -> int:
    """``issuer_sentences``, one more where the text also says "our" (``wordlists.ISSUER_POSSESSIVES``) or announces
    in its own name ("Van Leeuwen is pleased to announce"): a newsroom's one stray "we" is not enough to tell an
    organisation's own text, but "we" with "our engineers" or a release's announcement is."""
    sentences = own_sentences(paragraphs, max_quotation_chars)
    count = issuer_sentences(paragraphs, max_quotation_chars)
    owned = any(not ISSUER_POSSESSIVES.isdisjoint(words) or _announces(words) for words in sentences)
    return count + (count > 0 and owned)


def _stock(words: Sequence[str]) -> bool:
    return any(tuple(words[k : k + len(phrase)]) == phrase for phrase in NEWSROOM_STOCK_PHRASES
               for k in range(len(words) - len(phrase) + 1))


def _issuer_we(words: Sequence[str]) -> bool:
    return any(word in ISSUER_SUBJECTS and NEWSROOM_WE_VERBS.isdisjoint(words[k + 1 : k + 3])
               for k, word in enumerate(words))


def _announces(words: Sequence[str]) -> bool:
    return any(be in ISSUER_PRESENT_BE and mood in ISSUER_MOODS and to == "to" and verb in ISSUER_ANNOUNCING
               for be, mood, to, verb in zip(words, words[1:], words[2:], words[3:], strict=False))
