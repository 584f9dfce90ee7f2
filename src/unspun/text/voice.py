"""Who speaks in a text: the words outside its quotations, and the sentences an organisation writes as itself.

A council's notice, a company's release or a trust's letter to parents speaks in its issuer's own voice ("We have
closed the A6", "Van Leeuwen is pleased to announce"); a reporter, and a person summarising a report, tells of the
body in the third person and gives its "we" only inside quotation marks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from unspun.text.wordlists import (
    ISSUER_ANNOUNCING,
    ISSUER_MOODS,
    ISSUER_PRESENT_BE,
    ISSUER_SUBJECTS,
    NEWSROOM_WE_VERBS,
)

# Straight double quotes open and close alike; curly and guillemet marks say which they do. A quotation runs on
# across sentences ("…," she said. "We will …") and ends with its paragraph at the latest.
_OPENING = frozenset('“„«')
_CLOSING = frozenset('”»')
_STRAIGHT = '"'
_WORD = re.compile(r"[a-z]+")


def outside_quotations(paragraph: str) -> str:
    """The paragraph's text outside its double quotations, each quotation replaced by a space."""
    kept, inside = [], False
    for char in paragraph:
        if char == _STRAIGHT:
            inside = not inside
            kept.append(" ")
        elif char in _OPENING or char in _CLOSING:
            inside = char in _OPENING
            kept.append(" ")
        elif not inside:
            kept.append(char)
    return "".join(kept)


@functools.lru_cache(maxsize=4_096)  # by article: a corpus meets each in many comparisons
def issuer_sentences(paragraphs: tuple[str, ...]) -> int:
    """How many sentences (outside quotations, split at full stops) speak as their issuer: "we" among their words
    (not a newsroom's "what we know", "as we reported": ``wordlists.NEWSROOM_WE_VERBS``), or "is/are pleased to
    announce" and its kin (``wordlists.ISSUER_*``)."""
    count = 0
    for paragraph in paragraphs:
        for sentence in re.split(r"[.!?]+\s", outside_quotations(paragraph)):
            words = _WORD.findall(sentence.lower())
            count += _issuer_we(words) or _announces(words)
    return count


def _issuer_we(words: Sequence[str]) -> bool:
    return any(word in ISSUER_SUBJECTS and NEWSROOM_WE_VERBS.isdisjoint(words[k + 1 : k + 3])
               for k, word in enumerate(words))


def _announces(words: Sequence[str]) -> bool:
    return any(be in ISSUER_PRESENT_BE and mood in ISSUER_MOODS and to == "to" and verb in ISSUER_ANNOUNCING
               for be, mood, to, verb in zip(words, words[1:], words[2:], words[3:], strict=False))
