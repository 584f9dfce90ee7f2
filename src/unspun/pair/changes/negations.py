"""Negation changes: where one sentence negates and the other does not ("will" → "will not"), or turns a
change the other way ("inflation had risen" → "inflation had fallen")."""

from __future__ import annotations

from collections.abc import Sequence

from unspun.model import Change
from unspun.pair.changes.context import SentencePair, change_of, region_spans
from unspun.text.tokens import Token
from unspun.text.wordlists import FALLING, NEGATIONS, RISING

# "not" before these negates nothing: "not withstanding" is "notwithstanding" misspelt ("despite").
_NOT_A_NEGATION_AFTER_NOT = frozenset({"withstanding", "only"})


def negations_in(tokens: Sequence[Token], following: Token | None = None) -> int:
    """How many negating words ``tokens`` hold ("not", "never", "didn't"); ``following`` is the token after
    them, which can undo a final "not" ("not withstanding", "not only")."""
    count = 0
    for k, token in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else following
        if token.norm == "not" and after is not None and after.norm in _NOT_A_NEGATION_AFTER_NOT:
            continue
        count += token.norm in NEGATIONS or token.norm.endswith("n't")
    return count


def negation_changes(pair: SentencePair) -> list[Change]:
    """Where one sentence negates and the other does not ("will" → "will not", "did" → "didn't"), and where one
    word of a change replaces another of the opposite direction ("risen" → "fallen", "raised" → "cut")."""
    if not pair.ta or not pair.tb:
        return []
    reversed_ = _reversed_directions(pair)
    if negations_in(pair.ta) == negations_in(pair.tb):
        return reversed_
    return _negations(pair) + reversed_


def _reversed_directions(pair: SentencePair) -> list[Change]:
    """One word replaced by one of the opposite direction, the words around it kept: the same statement turned
    round. A longer replaced stretch is a rewritten clause."""
    changes = []
    for op, i1, i2, j1, j2 in pair.opcodes:
        if op != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
            continue
        a, b = pair.ta[i1].norm, pair.tb[j1].norm
        if (a in RISING and b in FALLING) or (a in FALLING and b in RISING):
            a_span, b_span = region_spans(pair, i1, i2, j1, j2)
            changes.append(change_of("negation", pair, a_span, b_span, "direction reversed"))
    return changes


def _negations(pair: SentencePair) -> list[Change]:
    changes = []
    for op, i1, i2, j1, j2 in pair.opcodes:
        # A long replaced stretch is a rewritten clause, not a flipped statement: nothing to point at.
        if op == "equal" or max(i2 - i1, j2 - j1) > pair.config.max_negation_chunk_tokens:
            continue
        count_a = negations_in(pair.ta[i1:i2], pair.ta[i2] if i2 < len(pair.ta) else None)
        count_b = negations_in(pair.tb[j1:j2], pair.tb[j2] if j2 < len(pair.tb) else None)
        if count_a != count_b:
            # With the word before on both sides, the auxiliary the negation turns: "will" → "will not",
            # "has sparked" → "has not aroused".
            before = 1 if i1 > 0 and j1 > 0 else 0
            a_span, b_span = region_spans(pair, i1 - before, i2, j1 - before, j2)
            what = "negation added" if count_b > count_a else "negation removed"
            changes.append(change_of("negation", pair, a_span, b_span, what))
    return changes
