"""Negation changes: where one sentence negates and the other does not ("will" → "will not"), turns a change
the other way ("inflation had risen" → "inflation had fallen"), or says no change where the other says one
("raised its rate" → "held its rate")."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from unspun.model import Change
from unspun.pair.changes.context import SentencePair, change_of, outside, region_spans, span_of
from unspun.text.numbers import has_number, number_value
from unspun.text.spelling import one_stem
from unspun.text.tokens import Token
from unspun.text.wordlists import (
    BE_FORMS,
    BOUND_COMPARATIVES,
    CLAUSE_OPENERS,
    CONDITION_OPENERS,
    DETERMINERS_AND_ARTICLES,
    DOUBT_NOUN_MARKERS,
    FALLING,
    FIGURE_FALLING,
    FIGURE_RISING,
    FUNCTION_WORDS,
    HEDGE_ADJECTIVES,
    HEDGE_VERBS,
    LINKING_VERBS,
    MEASURE_NOUNS,
    NEGATION_IDIOM_NOUNS,
    NEGATIONS,
    NEGATIVE_LIST_JOINERS,
    NEGATIVE_SENSE,
    NOT_A_NEGATION_AFTER_NOT,
    NOUN_PHRASE_OPENERS,
    OUTCOME_OPPOSITES,
    PERSONAL_PRONOUNS,
    PHRASAL_VERB_FORMS,
    REFUSING_VERBS,
    RISING,
    RULING_OUT_SENSE,
    RULING_OUT_VERBS,
    SAYING_KNOWING_VERBS,
    SKIPPED_AFTER_NEGATION,
    STEADY,
    TIME_BOUNDS,
    VERB_NEGATIONS,
    WEAK_NEGATION_POSITIVES,
    WEAK_NEGATIONS,
    word_set,
)

# The longest replaced stretch read for a direction: "held" → "left unchanged" is a word against two; a longer
# one is a rewritten clause.
_MAX_DIRECTION_STRETCH = 2


def negations_in(tokens: Sequence[Token], following: Sequence[Token] = (), exclusions: bool = False) -> int:
    """How many negating words ``tokens`` hold ("not", "never", "didn't"); ``following``: the tokens after them,
    which can undo a negation near the end ("not withstanding", "not only", "no choice but"). ``exclusions``: a
    verb of ruling out's sense ("excluded", ``wordlists.RULING_OUT_SENSE``) counts as a ruling-out too."""
    count = 0
    words = [*tokens, *following]
    for k, token in enumerate(tokens):
        after = words[k + 1] if k + 1 < len(words) else None
        if token.norm == "not" and after is not None and after.norm in NOT_A_NEGATION_AFTER_NOT:
            continue
        if token.norm in NEGATIONS and _affirming_idiom(words, k):
            continue
        count += token.norm in NEGATIONS or token.norm.endswith("n't") or _ruling_out(words, k, exclusions) or (
            token.norm in REFUSING_VERBS and [t.norm for t in words[k + 1 : k + 2]] == ["to"]
            and _ruling_out(words, k + 2, exclusions))
    return count


def _ruling_out(words: Sequence[Token], k: int, exclusions: bool = False) -> bool:
    """Whether the token at ``k`` is a verb of ``wordlists.RULING_OUT_VERBS`` with its "out": "ruled out"; with
    ``exclusions``, or a verb of its sense ("excluded")."""
    if exclusions and k < len(words) and words[k].norm in RULING_OUT_SENSE:
        return True
    return k + 1 < len(words) and words[k].norm in RULING_OUT_VERBS and words[k + 1].norm == "out"


def _rules_out(tokens: Sequence[Token], following: Sequence[Token] = ()) -> bool:
    """Whether ``tokens`` hold a ruling-out ("ruled out"; its "out" may stand in ``following``)."""
    words = [*tokens, *following]
    return any(_ruling_out(words, k) for k in range(len(tokens)))


def _affirming_idiom(words: Sequence[Token], k: int) -> bool:
    """Whether the negation at ``k`` opens a phrase that affirms: "no choice but to drive", "no other option
    but", "nothing but praise", "none other than" (``wordlists.NEGATION_IDIOM_NOUNS``), or sets a bound: "no less
    than", "no later than" (``wordlists.BOUND_COMPARATIVES``)."""
    after = [t.norm for t in words[k + 1 : k + 4]]
    word = words[k].norm
    if word in ("nothing", "none"):
        return after[:1] == ["but"] or (word == "none" and after[:2] == ["other", "than"])
    if word not in ("no", "not"):
        return False
    if after[:1] and after[0] in BOUND_COMPARATIVES and after[1:2] == ["than"]:
        return True
    nouns = [m for m, w in enumerate(after) if w in NEGATION_IDIOM_NOUNS]
    return bool(nouns) and nouns[0] <= 1 and after[nouns[0] + 1 : nouns[0] + 2] == ["but"]


def _negation_counts(a: Sequence[Token], b: Sequence[Token], after_a: Sequence[Token] = (),
                     after_b: Sequence[Token] = ()) -> tuple[int, int]:
    """How many negations each of two stretches of words holds, read as one class: the negating words, and the
    weak ones ("without", "nil": ``wordlists.WEAK_NEGATIONS``) where they meet a negation or their positive on the
    other side ("without agreement" / "with no understanding", "had nothing to do" / "had nil to do": one each;
    "ended with a deal" / "ended without a deal": none and one). A weak one alone adds none ("without precedent"
    → "unprecedented"). ``after_a`` and ``after_b``: the tokens after each stretch (``negations_in``). A verb of
    ruling out's sense counts as one only against a ruling-out on the other side: "had not ruled out" / "had not
    excluded" negate alike, "had excluded" alone negates nothing."""
    strict = (negations_in(a, after_a, exclusions=_rules_out(b, after_b)),
              negations_in(b, after_b, exclusions=_rules_out(a, after_a)))
    full = strict[0] + _weak_negations(a), strict[1] + _weak_negations(b)
    if _positive_facing(a, b) or (strict[0] != strict[1] and full[0] == full[1]):
        return full
    return strict


def _weak_negations(tokens: Sequence[Token]) -> int:
    return sum(token.norm in WEAK_NEGATIONS for token in tokens)


def _positive_facing(a: Sequence[Token], b: Sequence[Token]) -> bool:
    """One side writes a weak negation where the other writes its positive ("without" / "with")."""
    words_a, words_b = {t.norm for t in a}, {t.norm for t in b}
    return any((weak in words_a and positive in words_b) or (weak in words_b and positive in words_a)
               for weak, positive in WEAK_NEGATION_POSITIVES.items())


def negation_changes(pair: SentencePair, merge: bool = False) -> list[Change]:
    """Where one sentence negates and the other does not ("will" → "will not", "did" → "didn't"), and where one
    word of a change replaces another of the opposite direction ("risen" → "fallen", "raised" → "cut"). A
    sentence that merges two of the other side's is read against both (``context.merged_pairs``, ``merge``): "Fares
    will not change, and bookings open on 15 January" took its "not" from the sentence before "Bookings open on 15
    January". There each stretch that differs is read, whatever the totals: a merge that moves its "not" from one
    statement to another ("Fares will not rise, and the council will fund it" → "Fares will rise. The council will
    not fund it") negates one and affirms the other."""
    if not pair.ta or not pair.tb:
        return []
    reversed_ = _reversed_directions(pair)
    count_a, count_b = _negation_counts(pair.ta, pair.tb)
    if count_a != count_b and _listed_negation(pair, count_a, count_b):
        return reversed_
    if (count_a == count_b or _said_by_sense(pair, count_a, count_b)) and not merge:
        return reversed_
    # a clause rewritten round its negation ("The school said the panels would not be visible from the road" →
    # "the school said the panels would be visible from the road only in winter", moved to the sentence's end) is
    # one stretch too long to point at: the negated word both sentences hold says where it is
    return (_negations(pair) or flipped_negations(pair)) + reversed_


def flipped_negations(pair: SentencePair) -> list[Change]:
    """Negations flipped where two sentences say the same thing in other words: a word one sentence negates
    wherever it writes it ("would not be visible", "will remain unaffected") that the other writes and never
    negates ("would be visible only in winter", "would also affect"). What a paraphrase says by other words ("will
    not stop" / "without stopping", "will not be filled" / "left unfilled", "will not go up" / "will be held") holds
    no such word, or negates it too. Only a verb's negation ("not", "never", "cannot", "-n't") and a word negated by
    "un-" are read: "no library will close" / "all libraries would stay open" negates the clause, not "library"."""
    changes = []
    for mine, theirs, removed in ((pair.ta, pair.tb, True), (pair.tb, pair.ta, False)):
        if _sense_words(theirs) - _sense_words(mine):
            continue  # the other sentence may say it by a word's sense ("left the masonry intact")
        for k, anchor in _negated_words(mine):
            stem = _stem_of(mine[anchor].norm)
            others = [m for m, t in enumerate(theirs) if _one_stem(stem, _stem_of(t.norm))]
            if not others or any(_negated_at(theirs, m) for m in others):
                continue
            if any(not _negated_at(mine, m) for m, t in enumerate(mine) if _one_stem(stem, _stem_of(t.norm))):
                continue  # the word stands un-negated in this sentence too
            here = span_of(mine[min(k, anchor) : anchor + 1])
            there = span_of(theirs[max(others[0] - 1, 0) : others[0] + 1])
            a_span, b_span = (here, there) if removed else (there, here)
            changes.append(change_of("negation", pair, a_span, b_span,
                                     "negation removed" if removed else "negation added"))
    return outside(changes, [])


_NEGATED_REACH = 4  # words from a negation to what it negates: "would not yet be visible"
_UN_MIN_CHARS = 7  # "unaffected", "unfilled"; not "under", "until", "union"


def _negated_words(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """(negation, negated word) token indices: the first content word within reach after a verb's negation, and
    a word made negative by "un-" (its own index twice)."""
    found = []
    for k, token in enumerate(tokens):
        if token.norm.startswith("un") and len(token.norm) >= _UN_MIN_CHARS:
            found.append((k, k))
            continue
        if not _negates_verb(token) or negations_in(tokens[k : k + 1], tokens[k + 1 : k + 4]) == 0 \
                or _conditional(tokens, k):
            continue
        anchor = next((m for m in range(k + 1, min(len(tokens), k + 1 + _NEGATED_REACH))
                       if tokens[m].norm not in SKIPPED_AFTER_NEGATION), None)
        if anchor is not None and tokens[anchor].norm.isalpha() and tokens[anchor].norm not in FUNCTION_WORDS \
                and tokens[anchor].norm not in SAYING_KNOWING_VERBS:
            found.append((k, anchor))
    return found


def said_both_ways(text: str, tokens: Sequence[Token], other: Sequence[Token], min_share: float) -> bool:
    """Whether a negated clause of ``tokens`` (``text``'s) is said in ``other`` without its negation: one statement
    once with and once without it ("the council will not close the Armley library" / "the council would be
    closing the Armley library"), not two sentences on one topic of which one writes "not" ("voters do not trust
    politicians to tell the truth" / "a problem of trust between the public and the politicians", "an excuse
    for not employing women" / "Saudi ministry to employ women", "she might not be urban" / "look beneath
    urban"). The word the negation governs (``SKIPPED_AFTER_NEGATION`` passed) stands un-negated in ``other``
    as what a clause says (not after "of", "a", "beneath": ``wordlists.NOUN_PHRASE_OPENERS``), as do at least
    ``min_share`` of its words to the clause's end, one of the clause's words before it when it writes any (its
    subject), and two of the clause's words in all."""
    clauses = _clauses(text, tokens)
    for k in range(len(tokens)):
        if not negations_in(tokens[k : k + 1], tokens[k + 1 : k + 4]) or _conditional(tokens, k):
            continue
        clause = next(c for c in clauses if k in c)
        before = [t.norm for t in tokens[clause.start : k] if _clause_word(t.norm)]
        governed = [t.norm for t in tokens[k + 1 : clause.stop]
                    if _clause_word(t.norm) and t.norm not in SKIPPED_AFTER_NEGATION]
        if not governed or not _said_unnegated(governed[0], other, as_predicate=True):
            continue
        said = [w for w in governed if _said_unnegated(w, other)]
        subject = [w for w in before if _said_unnegated(w, other)]
        if len(said) >= min_share * len(governed) and (subject or not before) and len(said) + len(subject) >= 2:
            return True
    return False


def _clause_word(word: str) -> bool:
    """A word that tells what a clause says: no function word, no negation, a word or a figure."""
    return word not in FUNCTION_WORDS and word not in NEGATIONS and any(c.isalnum() for c in word)


def _said_unnegated(word: str, other: Sequence[Token], as_predicate: bool = False) -> bool:
    """Whether ``other`` writes ``word`` in one of its forms somewhere no negation reaches; ``as_predicate``: not
    as a noun phrase's word ("a problem of trust", ``wordlists.NOUN_PHRASE_OPENERS`` right before it)."""
    return any(not (as_predicate and m > 0 and other[m - 1].norm in NOUN_PHRASE_OPENERS)
               for m in _unnegated_places(word, other))


def _unnegated_places(word: str, other: Sequence[Token]) -> Iterator[int]:
    """The positions where ``other`` writes ``word`` in one of its forms and no negation reaches it."""
    return (m for m, t in enumerate(other) if _one_stem(word, t.norm) and not _negated_at(other, m))


def _sense_words(tokens: Sequence[Token]) -> set[str]:
    return {t.norm for t in tokens if t.norm in NEGATIVE_SENSE}


_CONDITION_REACH = 4


def _conditional(tokens: Sequence[Token], k: int) -> bool:
    """Whether the negation at ``k`` stands in a condition: "if not", "if it does not", "had the bank not" ("had not
    been consulted" is a statement)."""
    before = [t.norm for t in tokens[max(0, k - _CONDITION_REACH) : k]]
    return bool(before) and (before[-1] in ("if", "unless", "whether")
                             or any(w in CONDITION_OPENERS for w in before[:-1]))


def _stem_of(word: str) -> str:
    """A word without a negating "un-" ("unaffected" → "affected")."""
    return word[2:] if word.startswith("un") and len(word) >= _UN_MIN_CHARS else word


def _negated_at(tokens: Sequence[Token], m: int) -> bool:
    """Whether the word at ``m`` is negated: written with "un-", or a negating word within reach before it
    ("not … visible", "without stopping", "no … warning")."""
    if tokens[m].norm.startswith("un") and len(tokens[m].norm) >= _UN_MIN_CHARS:
        return True
    before = tokens[max(0, m - _NEGATED_REACH) : m]
    return any(t.norm in NEGATIONS or t.norm.endswith("n't") or t.norm in WEAK_NEGATIONS for t in before)


def _one_stem(x: str, y: str) -> bool:
    """Two forms of one word ("affect" / "affected", "stop" / "stopping"; "go" only as "go")."""
    return one_stem(x, y, min_prefix=4)


def _listed_negation(pair: SentencePair, count_a: int, count_b: int) -> bool:
    """Whether the sentence with more negations says with a "no" before each item of a list what the other says
    with one negated verb over the same items: "Packaging, liquids and garden waste cannot." / "No packaging, no
    liquids and no garden waste." The same sense, one negated clause each; every listed item must stand in the
    other sentence, which must negate a verb and write no "no" before the items itself ("no tax rises and no
    cuts" / "tax rises and no cuts" stays a change)."""
    (more, text), (fewer, fewer_text) = (((pair.ta, pair.a_text), (pair.tb, pair.b_text)) if count_a > count_b
                                         else ((pair.tb, pair.b_text), (pair.ta, pair.a_text)))
    runs = _no_lists(text, more)
    if not runs or not any(_negates_verb(t) for t in fewer):
        return False
    words_fewer = [t.norm for t in fewer]
    items = [more[k + 1].norm for run in runs for k in run]
    if any(item not in words_fewer or _after_no(words_fewer, item) for item in items):
        return False
    if not _negated_list(fewer, fewer_text, [words_fewer.index(item) for item in items]):
        return False
    collapsed = max(count_a, count_b) - sum(len(run) - 1 for run in runs)
    return collapsed == min(count_a, count_b)


# How far a list's items and its negated verb may stand apart: "garden waste cannot", "waste will not be".
_LIST_GAP_WORDS = 1
_VERB_AFTER_LIST = 3


def _negates_verb(token: Token) -> bool:
    """Whether ``token`` negates a verb ("not", "never", "cannot", "don't"): what governs a list as a whole."""
    return token.norm in VERB_NEGATIONS or token.norm.endswith("n't")


def _negated_list(tokens: Sequence[Token], text: str, positions: Sequence[int]) -> bool:
    """Whether the items at ``positions`` stand together as one list that the verb negation right after it governs:
    "Packaging, liquids and garden waste cannot." The items of "Injuries were reported but deaths were not." are two
    clauses, and "injuries and deaths, officials did not say" negates another verb: either reverses a "no … and no"
    sentence, and stays a change."""
    ordered = sorted(positions)
    for left, right in itertools.pairwise(ordered):
        between = [t.norm for t in tokens[left + 1 : right] if t.norm not in NEGATIVE_LIST_JOINERS]
        if len(between) > _LIST_GAP_WORDS:
            return False
    last = ordered[-1]
    for k in range(last + 1, min(len(tokens), last + 1 + _VERB_AFTER_LIST)):
        if _negates_verb(tokens[k]):
            # a comma or full stop between the list and the negation closes the list's clause
            return not any(mark in text[tokens[last].end : tokens[k].start] for mark in ",.;:")
    return False


def _after_no(words: Sequence[str], item: str) -> bool:
    return any(w == item and k > 0 and words[k - 1] == "no" for k, w in enumerate(words))


def _no_lists(text: str, tokens: Sequence[Token]) -> list[list[int]]:
    """The runs of two or more "no"s that open the items of one list: each after the one before by at most four
    words, only the list's words between them (no negation) and a joiner or a comma right before it."""
    runs: list[list[int]] = []
    current: list[int] = []
    for k, token in enumerate(tokens):
        if token.norm != "no" or k + 1 >= len(tokens):
            continue
        if current and k - current[-1] <= 4 and _joined(text, tokens, current[-1], k):
            current.append(k)
            continue
        if len(current) > 1:
            runs.append(current)
        current = [k]
    if len(current) > 1:
        runs.append(current)
    return runs


def _joined(text: str, tokens: Sequence[Token], before: int, at: int) -> bool:
    """Whether the "no" at ``at`` opens the next item of a list whose earlier item the "no" at ``before`` opened."""
    if any(t.norm in NEGATIONS or t.norm.endswith("n't") for t in tokens[before + 1 : at]):
        return False
    return tokens[at - 1].norm in NEGATIVE_LIST_JOINERS or "," in text[tokens[at - 1].end : tokens[at].start]


def _said_by_sense(pair: SentencePair, count_a: int, count_b: int) -> bool:
    """Whether the sentence with fewer negations says what the other's extra ones say by the sense of its words
    (``wordlists.NEGATIVE_SENSE``): "damaged the library but not the masonry" / "but left the masonry intact",
    "the stonework survived … although the library was damaged". Each missing negation needs a word of negative
    sense the other sentence does not hold ("did not fail" / "failed" stays a change)."""
    sense_a = sum(t.norm in NEGATIVE_SENSE for t in pair.ta)
    sense_b = sum(t.norm in NEGATIVE_SENSE for t in pair.tb)
    if pair.config.hedges_in_place and count_a > count_b:
        sense_b += _hedges_in_place(pair.b_text, pair.tb, pair.a_text, pair.ta)
    elif pair.config.hedges_in_place:
        sense_a += _hedges_in_place(pair.a_text, pair.ta, pair.b_text, pair.tb)
    if pair.config.negations_bounded_by_time and count_a > count_b:
        sense_b += _bounded_by_one_time(pair.ta, pair.tb)
    elif pair.config.negations_bounded_by_time:
        sense_a += _bounded_by_one_time(pair.tb, pair.ta)
    return (sense_b - sense_a if count_a > count_b else sense_a - sense_b) >= abs(count_a - count_b)


_TIME_BOUND_REACH = 6  # words from a negation to its "until": "will not be fully reconnected until"


def _bounded_by_one_time(negating: Sequence[Token], other: Sequence[Token]) -> int:
    """How many negations of ``negating`` are bounded by a time ("not reopen until September") that ``other``
    writes after an un-negated "until" too ("stay shut until September", "may wait until Tuesday"): the clause
    says when, in either sentence, and neither negates it (``wordlists.TIME_BOUNDS``). Not where ``other`` writes
    the negated word itself un-negated: the same clause said both ways (``_negated_word_kept``)."""
    times_other = {other[k + 1].norm for k in range(len(other) - 1)
                   if other[k].norm in TIME_BOUNDS and not negations_in(other[max(0, k - _TIME_BOUND_REACH) : k])}
    bounded = 0
    for k in range(len(negating)):
        if not negations_in(negating[k : k + 1]) or _negated_word_kept(negating, k, other):
            continue
        after = negating[k + 1 : k + 2 + _TIME_BOUND_REACH]
        bounded += any(t.norm in TIME_BOUNDS and m + 1 < len(after) and after[m + 1].norm in times_other
                       for m, t in enumerate(after))
    return bounded


def _negated_word_kept(tokens: Sequence[Token], k: int, other: Sequence[Token]) -> bool:
    """Whether ``other`` says the clause the negation at ``k`` governs without its negation and bounded alike: the
    word it negates (``SKIPPED_AFTER_NEGATION`` passed) un-negated, a time bound after it within reach. "had not
    been winning the race up until last week" / "had been winning the race up until last week" flips one clause,
    which its time bounds no less; "may have to wait until September to reopen" bounds the waiting."""
    governed = next((t.norm for t in tokens[k + 1 : k + 1 + _NEGATED_REACH]
                     if t.norm not in SKIPPED_AFTER_NEGATION), None)
    if governed is None or not _clause_word(governed):
        return False
    return any(any(u.norm in TIME_BOUNDS for u in other[m + 1 : m + 2 + _TIME_BOUND_REACH])
               for m in _unnegated_places(governed, other))


_HEDGES = HEDGE_ADJECTIVES | HEDGE_VERBS
_CLAUSE_MARKS = ",;:()\u2014\u2013\""


def _hedges_in_place(text: str, tokens: Sequence[Token], other_text: str, other: Sequence[Token]) -> int:
    """How many hedges of the sentence without a negation stand where the other sentence negates
    (``wordlists.HEDGE_ADJECTIVES``, ``HEDGE_VERBS``): "Ministers are unlikely to approve" / "Ministers will not
    approve". Each must govern its clause's verb, its clause must hold no negation ("was not unlikely"), and the
    other sentence's clause most like it must hold a negation and no hedge: "Despite doubts from residents, the
    council will approve" / "... will not approve" and a hedge in a clause the negation does not touch ("The striker,
    who doubted he would play, scored" / "did not score") balance nothing."""
    clauses, other_clauses = _clauses(text, tokens), _clauses(other_text, other)
    count = 0
    for clause in clauses:
        words = tokens[clause.start : clause.stop]
        hedges = [k for k in clause if _governing_hedge(text, tokens, k)]
        if not hedges or negations_in(words):
            continue
        match = max(other_clauses, key=lambda c: _shared_content(words, other[c.start : c.stop]))
        theirs = other[match.start : match.stop]
        if _shared_content(words, theirs) and negations_in(theirs) and not any(t.norm in _HEDGES for t in theirs):
            count += len(hedges)
    return count


def _clauses(text: str, tokens: Sequence[Token]) -> list[range]:
    """The token ranges of a sentence's clauses: cut at a comma, colon, dash, bracket or quotation mark, and
    before "and", "but", "while" (``wordlists.CLAUSE_OPENERS``)."""
    cuts = [k for k in range(1, len(tokens))
            if tokens[k].norm in CLAUSE_OPENERS or any(m in text[tokens[k - 1].end : tokens[k].start]
                                                       for m in _CLAUSE_MARKS)]
    bounds = [0, *cuts, len(tokens)]
    return [range(x, y) for x, y in itertools.pairwise(bounds) if y > x]


def _governing_hedge(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether the hedge at ``k`` governs what follows it in its clause: an adjective after a form of "be" or a
    linking verb ("is unlikely to", "was doubtful the bridge would"), a verb after its subject before the clause it
    doubts ("Analysts doubt the merger"). Not "an unlikely hero", "a deal was unlikely and", "despite doubts from",
    "little doubt that"."""
    word = tokens[k].norm
    if word not in _HEDGES or k + 1 >= len(tokens) or tokens[k + 1].norm in CLAUSE_OPENERS \
            or any(m in text[tokens[k].end : tokens[k + 1].start] for m in _CLAUSE_MARKS):
        return False
    before = [t.norm for t in tokens[max(0, k - 2) : k]]
    if word in HEDGE_ADJECTIVES:
        return any(w in BE_FORMS or w in LINKING_VERBS for w in before)
    if not before:
        return False
    subject_like = before[-1] in PERSONAL_PRONOUNS or before[-1] in ("who", "which", "that") or (
        before[-1] not in FUNCTION_WORDS and before[-1] not in DOUBT_NOUN_MARKERS)
    after = tokens[k + 1].norm
    return subject_like and (after not in FUNCTION_WORDS or after in DETERMINERS_AND_ARTICLES
                             or after in PERSONAL_PRONOUNS or after in ("that", "whether", "if", "there"))


def _shared_content(words: Sequence[Token], others: Sequence[Token]) -> int:
    """How many content words of ``words`` (no negation, no hedge) ``others`` hold in one of their forms."""
    theirs = [t.norm for t in others if t.norm not in FUNCTION_WORDS]
    return sum(any(_one_stem(t.norm, w) for w in theirs) for t in words
               if t.norm not in FUNCTION_WORDS and t.norm not in _HEDGES and t.norm.isalpha())


def _reversed_directions(pair: SentencePair) -> list[Change]:
    """A word or two replaced by words of another direction or the opposite outcome, the words around them kept:
    the same statement turned round ("risen" → "fallen", "convicted" → "acquitted") or stopped ("raised" →
    "held"). A longer replaced stretch is a rewritten clause; two words of one class ("increased" → "went up")
    are a synonym."""
    changes = []
    for op, i1, i2, j1, j2 in pair.opcodes:
        if op != "replace" or max(i2 - i1, j2 - j1) > _MAX_DIRECTION_STRETCH:
            continue
        what = _turned(pair, pair.ta[i1:i2], pair.tb[j1:j2]) or _figure_turned(pair, i1, i2, j1, j2)
        if what:
            a_span, b_span = region_spans(pair, i1, i2, j1, j2)
            changes.append(change_of("negation", pair, a_span, b_span, what))
    return changes


def _turned(pair: SentencePair, a: Sequence[Token], b: Sequence[Token]) -> str:
    """The note for two stretches of words that say opposite things on one scale (a direction or an outcome),
    or ""."""
    for scale in _SCALES:
        x, y = _class_of(a, scale), _class_of(b, scale)
        if not x or not y or x == y:
            continue
        # A word of no change speaks of a level or a rate only in a sentence giving a figure ("held its rate at
        # 4.5%"); elsewhere it has another sense ("maintained that the plan was sound").
        if "steady" in (x, y):
            if has_number(pair.ta) or has_number(pair.tb):
                return "direction changed"
            continue
        return "direction reversed" if scale is _DIRECTIONS else "outcome reversed"
    return ""


def _figure_turned(pair: SentencePair, i1: int, i2: int, j1: int, j2: int) -> str:
    """The note for "up" replaced by "down" (or back) beside a figure on both sides ("up 4%" → "down 4%", "down by
    4%", "4% up"): the figure's sign turned round, though the figure reads the same; "" otherwise."""
    if i2 - i1 != 1 or j2 - j1 != 1:
        return ""
    x, y = _class_of(pair.ta[i1:i2], _FIGURE_DIRECTIONS), _class_of(pair.tb[j1:j2], _FIGURE_DIRECTIONS)
    if not x or not y or x == y:
        return ""
    return "direction reversed" if _beside_figure(pair.ta, i1) and _beside_figure(pair.tb, j1) else ""


def _beside_figure(tokens: Sequence[Token], k: int) -> bool:
    """Whether "up"/"down" at ``k`` gives a figure's direction: a rate or an amount right after it (past a "by") or
    right before it ("up 4%", "down by £2m", "4% up on last year"), or any figure after it when it follows a be-verb
    or a measure noun ("were up 4", "sales down 3"). Never after a verb it forms a phrasal verb with ("wound down
    3 companies", "set up 2 firms")."""
    before = tokens[k - 1].norm if k > 0 else ""
    if before in PHRASAL_VERB_FORMS:
        return False
    after = k + 2 if k + 1 < len(tokens) and tokens[k + 1].norm == "by" else k + 1
    if _rate_or_amount(tokens, after) or (k > 0 and _rate_or_amount(tokens, k - 1, backward=True)):
        return True
    return has_number(tokens[after : after + 1]) and (before in BE_FORMS or before in MEASURE_NOUNS)


def _rate_or_amount(tokens: Sequence[Token], k: int, backward: bool = False) -> bool:
    """Whether the figure at ``k`` (its last token when ``backward``) is a rate or an amount: "4%", "4 per cent",
    "3 points", "£2m", "$3bn", "4.5pc"."""
    if not 0 <= k < len(tokens):
        return False
    word = tokens[k].norm
    if word.endswith("pc") and number_value(word[:-2]) is not None:
        return True
    if word in _CURRENCY_MARKS:
        return not backward and has_number(tokens[k + 1 : k + 2])
    if number_value(word) is None:
        return backward and word in ("cent", "points", "point") and k > 0 and has_number(tokens[k - 2 : k])
    if word.endswith(("%", "pc")) or (k > 0 and tokens[k - 1].norm in _CURRENCY_MARKS):
        return True
    rest = [t.norm for t in tokens[k + 1 : k + 3]]
    return rest[:2] == ["per", "cent"] or rest[:1] in (["points"], ["point"], ["percent"], ["pc"])


_CURRENCY_MARKS = word_set("£ $ € ¥")


def _class_of(tokens: Sequence[Token], scale: Sequence[tuple[str, frozenset[str]]]) -> str:
    """The class of ``scale`` ("rising", "falling", "steady"; an outcome or its opposite) when the words of
    ``tokens`` with a class on it all have that one; "" when none has one or they disagree."""
    found = {name for token in tokens for name, words in scale if token.norm in words}
    return found.pop() if len(found) == 1 else ""


_DIRECTIONS = (("rising", RISING), ("falling", FALLING), ("steady", STEADY))
_FIGURE_DIRECTIONS = (("rising", FIGURE_RISING), ("falling", FIGURE_FALLING))
_SCALES = (_DIRECTIONS, *((("outcome", yes), ("opposite", no)) for yes, no in OUTCOME_OPPOSITES))


def _negations(pair: SentencePair) -> list[Change]:
    changes = []
    for op, i1, i2, j1, j2 in pair.opcodes:
        # A long replaced stretch is a rewritten clause, not a flipped statement: nothing to point at.
        if op == "equal" or max(i2 - i1, j2 - j1) > pair.config.max_negation_chunk_tokens:
            continue
        count_a, count_b = _negation_counts(pair.ta[i1:i2], pair.tb[j1:j2], pair.ta[i2 : i2 + 3], pair.tb[j2 : j2 + 3])
        if count_a != count_b:
            # With the word before on both sides, the auxiliary the negation turns: "will" → "will not",
            # "has sparked" → "has not aroused"; a negation only added or dropped, with the word after too, what it
            # negates: "found guilty" → "found not guilty".
            before = 1 if i1 > 0 and j1 > 0 else 0
            after = 1 if op != "replace" and i2 < len(pair.ta) and j2 < len(pair.tb) else 0
            # a phrasal verb's particle goes with it: "has ruled out" → "has not ruled out", not "has ruled"
            after += _ruling_out(pair.ta, i2 + after - 1) and _ruling_out(pair.tb, j2 + after - 1)
            a_span, b_span = region_spans(pair, i1 - before, i2 + after, j1 - before, j2 + after)
            what = "negation added" if count_b > count_a else "negation removed"
            changes.append(change_of("negation", pair, a_span, b_span, what))
    return changes
