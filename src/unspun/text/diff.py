"""Word-level differences between two token sequences: difflib opcodes, edit shapes, kept token pairs.

Alignment reads how a sentence turned into another (kept, substituted, inserted words); change finding and
spin evidence read where (the opcodes). A replacement of at most ``TextConfig.max_swap_tokens`` words on either
side is a swap (a synonym, a name); longer ones are rewritten text.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from unspun.config import TEXT_DEFAULT, TextConfig
from unspun.text.spelling import word_keys
from unspun.text.tokens import Token

Opcode = tuple[str, int, int, int, int]


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


def token_opcodes(ta: Sequence[Token], tb: Sequence[Token]) -> Sequence[Opcode]:
    """difflib opcodes between two token lists, compared in normalised form, American spelling and American words
    (``spelling.word_keys``: "colour" and "color" are one word kept, "car park" and "parking lot" one thing)."""
    return _opcodes(word_keys(tuple(t.norm for t in ta)), word_keys(tuple(t.norm for t in tb)))


# Remembered (a pure function of its arguments): copies of one story share sentence pairs, and an unchanged
# sentence (most of a verbatim or trimmed copy) needs no difflib at all.
@functools.lru_cache(maxsize=65_536)
def _opcodes(norms_a: tuple[str, ...], norms_b: tuple[str, ...]) -> tuple[Opcode, ...]:
    if norms_a == norms_b:
        return (("equal", 0, len(norms_a), 0, len(norms_b)),) if norms_a else ()
    # difflib breaks ties between equally long matches by position in its first sequence: diffed in one order
    # whichever side is given first, so that comparing B with A finds the mirror image of comparing A with B.
    if norms_b < norms_a:
        return mirrored_opcodes(word_opcodes(norms_b, norms_a))
    return word_opcodes(norms_a, norms_b)


def word_opcodes(words_a: Sequence[str], words_b: Sequence[str]) -> tuple[Opcode, ...]:
    """difflib opcodes turning one word sequence into another, diffed in the order given (whole texts' words, a
    headline's; ``token_opcodes`` diffs two sentences alike either way round)."""
    return tuple(difflib.SequenceMatcher(None, words_a, words_b, autojunk=False).get_opcodes())


_MIRRORED_TAG = {"equal": "equal", "replace": "replace", "delete": "insert", "insert": "delete"}


def mirrored_opcodes(opcodes: Sequence[Opcode]) -> tuple[Opcode, ...]:
    """The opcodes turning B into A, from those turning A into B."""
    return tuple((_MIRRORED_TAG[tag], j1, j2, i1, i2) for tag, i1, i2, j1, j2 in opcodes)


def is_swap(op: Opcode, config: TextConfig = TEXT_DEFAULT) -> bool:
    """A short one-for-one replacement (``TextConfig.max_swap_tokens``)."""
    tag, i1, i2, j1, j2 = op
    return tag == "replace" and max(i2 - i1, j2 - j1) <= config.max_swap_tokens


def edit_shape(a: list[str], b: list[str]) -> EditShape:
    """Counts of kept, one-for-one substituted and inserted/deleted tokens in a word-level Levenshtein alignment."""
    from rapidfuzz.distance import Levenshtein  # lazy: keeps ``import unspun`` light

    # Counted from the edit operations the opcodes are grouped from (a third of the time): rapidfuzz's replace
    # blocks are runs of one-for-one replacements, so the opcodes' counts are the operations' (pinned by a test).
    ops = cast(list[tuple[str, int, int]], Levenshtein.editops(a, b).as_list())
    replaced = deleted = 0
    for tag, _, _ in ops:
        if tag == "replace":
            replaced += 1
        elif tag == "delete":
            deleted += 1
    return EditShape(len(a) - replaced - deleted, replaced, len(ops) - replaced, max(len(a), len(b)))


def deletion_cuts(a: Sequence[str], b: Sequence[str]) -> int | None:
    """How many stretches of the longer token list were cut when the shorter is the longer with words deleted and
    nothing else (each of the shorter's tokens kept, in order); None when the shorter has a token of its own."""
    from rapidfuzz.distance import Indel

    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if Indel.distance(shorter, longer) != len(longer) - len(shorter):
        return None
    return sum(1 for op in Indel.opcodes(shorter, longer) if op.tag != "equal")


def cut_stretches(shorter: Sequence[str], longer: Sequence[str]) -> list[tuple[int, int]]:
    """The stretches of ``longer`` (half-open token ranges) that ``shorter`` lacks, where ``shorter`` is ``longer``
    with words deleted and nothing else (``deletion_cuts`` is not None); empty otherwise."""
    from rapidfuzz.distance import Indel

    if len(shorter) > len(longer) or Indel.distance(shorter, longer) != len(longer) - len(shorter):
        return []
    return [(op.dest_start, op.dest_end) for op in Indel.opcodes(shorter, longer) if op.tag != "equal"]


def matched_token_pairs(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Index pairs of tokens kept unchanged by a word-level alignment (longest common subsequence), in order."""
    from rapidfuzz.distance import Indel

    pairs: list[tuple[int, int]] = []
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            pairs.extend(zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end), strict=True))
    return pairs
