"""Word-level helpers for alignment: tokens with offsets, normalised text, and token-sequence edit shapes.

Everything here is pure and cheap; ``align`` builds its lexical evidence (weighted word overlap, shared rare
words, numbers and names) and its passage kinds (verbatim, near-verbatim, spun, paraphrase) on these.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

# Letters/digits, keeping inner apostrophes ("Ukraine's", "don't") and decimal/thousand marks ("3.5", "1,200").
_WORD = re.compile(r"[^\W_]+(?:['’.,][^\W_]+)*")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'})
_SPACE = re.compile(r"\s+")

# Function words a spinner leaves alone and that say nothing about shared content.
_STOPWORDS_TEXT = """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own said same
    says she should so some such than that the their theirs them themselves then there these they this
    those through to too under until up very was we were what when where which while who whom why will
    with would you your yours yourself yourselves
"""
STOPWORDS: frozenset[str] = frozenset(_STOPWORDS_TEXT.split())


class Token(NamedTuple):
    """A lowercased word and its half-open character range in the text it came from."""

    word: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EditShape:
    """How one token sequence turns into another under a word-level edit alignment (counts of tokens)."""

    equal: int  # tokens kept in place
    substituted: int  # tokens replaced one-for-one
    inserted_or_deleted: int  # tokens only on one side
    longer: int  # token count of the longer side

    @property
    def kept_share(self) -> float:
        return self.equal / self.longer if self.longer else 1.0

    @property
    def substituted_share(self) -> float:
        return self.substituted / self.longer if self.longer else 0.0


# A corpus compares each article with several others, and every comparison tokenises both sides' sentences.
@functools.lru_cache(maxsize=262_144)
def word_tokens(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Lowercased word tokens of ``text``; positions are shifted by ``offset`` (the text's start in its article)."""
    return tuple(Token(m.group().lower(), offset + m.start(), offset + m.end()) for m in _WORD.finditer(text))


def words(text: str) -> list[str]:
    """Lowercased word tokens, without positions."""
    low = text.lower()
    if len(low) == len(text):
        # Lower-casing first is the same (case mappings keep letters letters) and saves a call per word;
        # a mapping that changes the length ("İ" → "i̇") would move word boundaries, so it takes the long way.
        return _WORD.findall(low)
    return [m.group().lower() for m in _WORD.finditer(text)]


def normalised(text: str) -> str:
    """Lowercase, curly quotes straightened, runs of white space as one space: "the same text" for verbatim."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip().lower()


def is_content_word(word: str) -> bool:
    """Not a function word: carries the topic, a name or a number."""
    return word not in STOPWORDS


def edit_shape(a: list[str], b: list[str]) -> EditShape:
    """Counts of kept, one-for-one substituted and inserted/deleted tokens in a word-level Levenshtein alignment."""
    from rapidfuzz.distance import Levenshtein  # lazy: keeps ``import unspun`` light

    equal = substituted = other = 0
    for op in Levenshtein.opcodes(a, b):
        width_a, width_b = op.src_end - op.src_start, op.dest_end - op.dest_start
        if op.tag == "equal":
            equal += width_a
        elif op.tag == "replace":
            substituted += min(width_a, width_b)
            other += abs(width_a - width_b)
        else:
            other += max(width_a, width_b)
    return EditShape(equal, substituted, other, max(len(a), len(b)))


def matched_token_pairs(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Index pairs of tokens kept unchanged by a word-level alignment (longest common subsequence), in order."""
    from rapidfuzz.distance import Indel

    pairs: list[tuple[int, int]] = []
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            pairs.extend(zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end), strict=True))
    return pairs
