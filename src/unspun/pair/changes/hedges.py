"""Hedge changes: a statement one sentence hedges ("the plant may close", "is expected to announce", "police
believe") and the other states as so ("will close", "announced", "police said"), listed as kind ``negation``: what
changed is whether the statement is said to be true, as with a negation (DESIGN.md has no kind of its own for a
hedge; "is unlikely to approve" already reads as "will not approve", ``negations._hedges_in_place``)."""

from __future__ import annotations

from collections.abc import Sequence

from unspun.model import Change
from unspun.pair.changes.context import SentencePair, change_of, region_spans
from unspun.pair.changes.negations import negations_in
from unspun.text.tokens import Token
from unspun.text.wordlists import (
    ABILITY_WORDS,
    CERTAINTY_WORDS,
    HEDGES_CUT_ALONE,
    IF_WORDS,
    MODAL_HEDGES,
    NEGATIONS,
    SENSE_VERBS,
)


def hedge_changes(pair: SentencePair) -> list[Change]:
    """Each stretch of an edited sentence pair (``SentencePair.edited``; a paraphrase's words only stand opposite), of
    at most ``ChangesConfig.hedge_max_stretch_tokens`` words a side, where one side hedges and the other states the
    same as so (``_stated_as_so``): "may" → "will", "is expected to announce" → "announced", "believe" → "said". One
    hedge swapped for another ("may" / "might", "believe" / "suspected") or for a word that states nothing ("may" /
    "can") changes nothing; a hedge negated ("could not") is the negation's (``negations``)."""
    most = pair.config.hedge_max_stretch_tokens
    if not pair.edited or not most:
        return []
    found = []
    for op, i1, i2, j1, j2 in pair.opcodes:
        if op == "equal" or i2 - i1 > most or j2 - j1 > most:
            continue  # a longer stretch is a clause retold, not a hedge taken out of one
        hedged_a, hedged_b = _hedges(pair.ta, i1, i2), _hedges(pair.tb, j1, j2)
        if hedged_a == hedged_b:
            continue
        hedged, plain = (pair.ta[i1:i2], pair.tb[j1:j2]) if hedged_a else (pair.tb[j1:j2], pair.ta[i1:i2])
        if not _stated_as_so(hedged, plain, _conditional(pair.tb if hedged_a else pair.ta)):
            continue
        a, b = region_spans(pair, i1, i2, j1, j2)
        found.append(change_of("negation", pair, a, b, _REMOVED if hedged_a else _ADDED))
    return found


_REMOVED = "hedge removed (a possibility stated as so)"
_ADDED = "hedge added (a fact stated as a possibility)"


def _hedges(tokens: Sequence[Token], i1: int, i2: int) -> bool:
    """Whether tokens ``i1:i2`` hold a hedge (``wordlists.MODAL_HEDGES``, ``_hedge_at``)."""
    return any(_hedge_at(tokens, k) for k in range(i1, i2))


def _hedge_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a hedge: not "May" the month, no negation after it ("could not" says a past
    inability), no verb of the senses after "could" ("could smell smoke" is an ability, ``wordlists.SENSE_VERBS``),
    and no "than" or "as" shortly before "expected" ("higher than expected", "as had been expected" compare with
    what was expected; they hedge nothing)."""
    norm, after = tokens[k].norm, tokens[k + 1].norm if k + 1 < len(tokens) else ""
    if norm not in MODAL_HEDGES or tokens[k].text == "May" or after in NEGATIONS:
        return False
    if norm == "could" and after in SENSE_VERBS:
        return False
    return not (norm == "expected" and any(t.norm in ("than", "as") for t in tokens[max(0, k - 3) : k]))


def _conditional(tokens: Sequence[Token]) -> bool:
    """Whether a sentence holds an if-clause (``wordlists.IF_WORDS``): there "would" says what follows on a
    condition, no more certain than "could" ("If the plant reopens, it would employ 80")."""
    return any(t.norm in IF_WORDS for t in tokens)


def _stated_as_so(hedged: Sequence[Token], plain: Sequence[Token], conditional: bool = False) -> bool:
    """Whether ``plain`` (the stretch facing the hedged one) states it as so: it holds a word of certainty
    (``wordlists.CERTAINTY_WORDS``: "will", "has", "said"; not "would" in a ``conditional`` sentence) or a finite
    form of a verb the hedged stretch holds ("announce" / "announced", "close" / "closes"), and no negation or word
    of ability ("were able to"); or it is empty where the hedged stretch held only hedges a copy may cut alone
    ("was reportedly seen" / "was seen", "the alleged attacker" / "the attacker": ``wordlists.HEDGES_CUT_ALONE``)."""
    if not plain:
        return all(t.norm in HEDGES_CUT_ALONE for t in hedged)
    norms = {t.norm for t in plain}
    if negations_in(plain) or norms & ABILITY_WORDS:
        return False
    certain = norms & CERTAINTY_WORDS - ({"would"} if conditional else set())
    return bool(certain) or any(_finite_form(h.norm, p) for h in hedged for p in norms)


def _finite_form(verb: str, word: str) -> bool:
    """Whether ``word`` is ``verb`` with a finite ending ("announce" / "announced", "close" / "closes", "rise" /
    "rises"; four letters at least: "be" / "been" is none)."""
    stem = verb.removesuffix("e")
    return len(verb) >= 4 and verb not in MODAL_HEDGES and word != verb and word.startswith(stem) \
        and word[len(stem):] in ("ed", "es", "s", "d")
