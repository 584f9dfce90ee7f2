"""Spin evidence: word-for-word swaps between aligned sentences, and how machine-spun a text reads alone.

Article spinners replace words one for one with thesaurus entries and keep the sentence around them, so
a spun copy shows (a) short replacements between unchanged runs of the original, and (b) even without the
original, odd collocations ("atomic rockets", "safeguard service"), common words standing in for names
("Ned Cost", "Yevhen Yemen") and rare formal words where news prose uses plain ones ("expressed" for
"said"). Resources are wordfreq's word frequencies and symspellpy's English bigram list, loaded once.
"""

from __future__ import annotations

import bisect
import functools
import math
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from unspun.config import SPIN_DEFAULT, TEXT_DEFAULT, SpinConfig, TextConfig
from unspun.model import SPIN_UNSCORED, Alignment, Segmented, Span, Substitution
from unspun.pair.memo import Memo, remembered
from unspun.pair.sentence_pairs import aligned_sentence_pairs
from unspun.text import lexicon
from unspun.text.diff import is_swap, token_opcodes
from unspun.text.language import english_parts, english_profile, own_voice, reads_as_english
from unspun.text.marks import OPENING_MARKS
from unspun.text.names import may_be_one_name
from unspun.text.numbers import has_number
from unspun.text.spelling import one_word, only_continued, spelling_key, word_keys, word_roots
from unspun.text.tokens import Token, WordMemo, word_spans, word_texts, word_tokens
from unspun.text.wordlists import (
    BRITISH_SWAPS,
    CONSONANT_SOUND_VOWEL_STARTS,
    EITHER_ARTICLE_STARTS,
    FUNCTION_WORDS,
    GRAMMAR_WORDS,
    INDEFINITE_ARTICLE_FORMS,
    VOWEL_SOUND_STARTS,
)

# --- substitutions ----------------------------------------------------------------------------------

def substitutions(
    a: Segmented, b: Segmented, alignments: Sequence[Alignment], text: TextConfig = TEXT_DEFAULT
) -> tuple[Substitution, ...]:
    """One-for-one swaps (1–3 words each side: ``TextConfig.max_swap_tokens``, between unchanged words) in
    every aligned sentence pair.

    Swaps of numbers are left out: a changed amount is a fact change (``changes.find_changes``), not a
    synonym. Swapped names are kept: spinners replace "Price" by "Cost" as they replace "soil" by "dirt".
    """
    found: dict[tuple[int, int, int, int], Substitution] = {}
    for a_span, b_span in aligned_sentence_pairs(a, b, alignments):
        for swap in sentence_substitutions(a.article.text, a_span, b.article.text, b_span, text):
            found.setdefault((swap.a.start, swap.a.end, swap.b.start, swap.b.end), swap)
    return tuple(sorted(found.values(), key=lambda s: (s.a.start, s.b.start)))


def sentence_substitutions(
    a_text: str, a_span: Span, b_text: str, b_span: Span, text: TextConfig = TEXT_DEFAULT
) -> list[Substitution]:
    """The structure-keeping swaps between one aligned sentence pair."""
    return [
        Substitution(Span(a_span.start + a0, a_span.start + a1), Span(b_span.start + b0, b_span.start + b1))
        for a0, a1, b0, b1 in _swaps(a_span.text_of(a_text), b_span.text_of(b_text), text)
    ]


# Remembered by sentence pair: a corpus meets the same pair of sentences in several copies of one story.
@functools.lru_cache(maxsize=65_536)
def _swaps(a_sentence: str, b_sentence: str, text: TextConfig) -> tuple[tuple[int, int, int, int], ...]:
    """``sentence_substitutions`` with offsets into the two sentences. The word diff breaks ties in its first
    sentence's order ("the x the" against "the"), so the pair is diffed in one order and the swaps of (B, A)
    are those of (A, B) mirrored: the spin evidence of a pair does not depend on which text came first."""
    if b_sentence < a_sentence:
        return tuple((a0, a1, b0, b1) for b0, b1, a0, a1 in _swaps(b_sentence, a_sentence, text))
    ta, tb = word_tokens(a_sentence), word_tokens(b_sentence)
    opcodes = token_opcodes(ta, tb)
    swaps = []
    for k, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if (
            is_swap((op, i1, i2, j1, j2), text)
            and _between_equal_runs(opcodes, k)
            and not one_word([t.norm for t in ta[i1:i2]], [t.norm for t in tb[j1:j2]])
            and not has_number(ta[i1:i2])
            and not has_number(tb[j1:j2])
        ):
            swaps.append((ta[i1].start, ta[i2 - 1].end, tb[j1].start, tb[j2 - 1].end))
    return tuple(swaps)


def _between_equal_runs(opcodes: Sequence[tuple[str, int, int, int, int]], k: int) -> bool:
    before = k == 0 or opcodes[k - 1][0] == "equal"
    after = k == len(opcodes) - 1 or opcodes[k + 1][0] == "equal"
    return before and after and len(opcodes) > 1


def substitution_rate(a: Segmented, b: Segmented, alignments: Sequence[Alignment],
                      swaps: Sequence[Substitution] | None = None) -> float:
    """Substituted words per aligned word, both sides counted (0 for no aligned words); ``swaps`` are the
    pair's ``substitutions`` when the caller has them."""
    text_a, text_b = a.article.text, b.article.text
    aligned = sum(
        len(word_tokens(x.text_of(text_a))) + len(word_tokens(y.text_of(text_b)))
        for x, y in aligned_sentence_pairs(a, b, alignments)
    )
    if not aligned:
        return 0.0
    if swaps is None:
        swaps = substitutions(a, b, alignments)
    opening = {span.start for span in a.sentences}
    swapped = sum(len(word_tokens(x)) + len(word_tokens(y))
                  for x, y, first in ((s.a.text_of(text_a), s.b.text_of(text_b), _opens(text_a, s.a.start, opening))
                                      for s in swaps)
                  if _spinners_swap(x, y, first))
    return swapped / aligned


def _opens(text: str, start: int, sentence_starts: set[int]) -> bool:
    """Whether the word at ``start`` opens its sentence (quotes and brackets before it aside)."""
    return any(text[s:start].strip(_OPENING_MARKS) == "" for s in sentence_starts if s <= start < s + 4)


_OPENING_MARKS = " \n" + OPENING_MARKS


def _spinners_swap(x: str, y: str, opens_sentence: bool) -> bool:
    """Whether a swap counts toward the substitution rate: one person's name for another's (a pseudonym) is an
    edit of names, which the changes list; a spinner swaps words, names that are words among them, and the
    words that open a sentence, capitalised there ("Experts" → "Specialists")."""
    one_name_each = x.isalpha() and y.isalpha() and x[0].isupper() and y[0].isupper()
    return not one_name_each or opens_sentence or may_be_one_name(x, y)


def _grammatical_swap(x: str, y: str) -> bool:
    """A swap a writer makes for the sentence's grammar, not a thesaurus's pick: one word's number ("doors" →
    "door", "offences" → "offence"). A person rewriting a text does it; it says nothing of which side's words are
    rarer or read worse. (A noun for a pronoun is no such sign: a spinner turns "to it" into "thereto".)"""
    wx, wy = [w.lower() for w in word_texts(x) if w.isalpha()], [w.lower() for w in word_texts(y) if w.isalpha()]
    return bool(wx) and len(wx) == len(wy) and wx != wy and all(_one_number(u, v) for u, v in zip(wx, wy, strict=True))


def _locale_swap(x: str, y: str) -> bool:
    """A swap a localised copy makes: one word in its British and American spelling or word ("kerb" / "curb",
    "lorry" / "truck": ``spelling.one_word``; "whilst" / "while", "petrol" / "gas": ``wordlists.BRITISH_SWAPS``).
    The British side is often the rarer by more than a thesaurus's gap (``SpinConfig.clear_rarity_gap_zipf``), yet it
    says nothing of which side a spinner worked on, nor which text is the copy."""
    wx, wy = [w.lower() for w in word_texts(x)], [w.lower() for w in word_texts(y)]
    return one_word(wx, wy) or (len(wx) == len(wy) == 1 and (
        (wx[0], wy[0]) in BRITISH_SWAPS or (wy[0], wx[0]) in BRITISH_SWAPS))


def _no_thesaurus_swap(x: str, y: str) -> bool:
    """A swap read for the rate but not for rarity or fluency: a word's number (``_grammatical_swap``), or its
    British and American form (``_locale_swap``)."""
    return _grammatical_swap(x, y) or _locale_swap(x, y)


def _one_number(u: str, v: str) -> bool:
    """Whether two words are one word in the singular and the plural (or the same word)."""
    short, long = sorted((u, v), key=len)
    return u == v or long in (short + "s", short + "es") or (short.endswith("y") and long == short[:-1] + "ies")


def swap_rarity(a: Segmented, b: Segmented, swaps: Sequence[Substitution]) -> tuple[float, int]:
    """How much rarer B's side of the one-for-one swaps is than A's (mean Zipf of A's words minus B's,
    over swaps of plain lower-case words), and how many swaps were measured.

    Spinners trade plain words for rarer thesaurus entries ("said" → "expressed", "soil" → "dirt" is the
    exception that proves nothing alone): over a dozen swaps the spun side is the rarer one. Positive means
    B is the spun side.
    """
    gaps, zipfs = [], lexicon.word_zipf_table()
    for swap in swaps:
        x, y = swap.a.text_of(a.article.text), swap.b.text_of(b.article.text)
        za, zb = _plain_zipf(x, zipfs), _plain_zipf(y, zipfs)
        if za is not None and zb is not None and not _no_thesaurus_swap(x, y):
            gaps.append(za - zb)
    return (sum(gaps) / len(gaps) if gaps else 0.0), len(gaps)


def swap_fluency(a: Segmented, b: Segmented, swaps: Sequence[Substitution],
                 config: SpinConfig = SPIN_DEFAULT) -> tuple[float, int]:
    """How much worse B's side of the one-for-one swaps joins the unchanged words around it than A's: the mean
    over swaps of plain lower-case words of (log10 counts of the word pairs at the swap's two edges, A's minus
    B's), and how many swaps were measured.

    The words around a swap are the same on both sides, so the side whose word pairs are rarer is the one that
    reads worse right where the texts differ: "we hope we can" against "we expectation we can". A spinner's or
    careless editor's substitutions do that to the copy; an original was written to read. Positive means B
    reads worse (is the copy).
    """
    gaps = []
    for swap in swaps:
        x, y = swap.a.text_of(a.article.text), swap.b.text_of(b.article.text)
        if not (_plain_chunk(x) and _plain_chunk(y)) or _no_thesaurus_swap(x, y):
            continue
        absent = config.fluency_absent_pair_log10_count
        fit_a = _edge_pairs_log10(a.article.text, swap.a, absent)
        fit_b = _edge_pairs_log10(b.article.text, swap.b, absent)
        if fit_a is not None and fit_b is not None:
            gaps.append(fit_a - fit_b)
    return (sum(gaps) / len(gaps) if gaps else 0.0), len(gaps)


def _plain_chunk(chunk: str) -> bool:
    return chunk.replace(" ", "").isalpha() and chunk[0].islower()


def _edge_pairs_log10(text: str, span: Span, absent: float) -> float | None:
    """Summed log10 counts of (word before, first word) and (last word, word after); None without neighbours."""
    return _edge_fit(text[max(0, span.start - 40) : span.start], span.text_of(text), text[span.end : span.end + 40],
                     absent, _bigrams())


# Remembered by the swap with the 40 characters either side: a trace compares its query with a dozen copies of
# one story, which share most swaps and their surroundings. The word-pair table is a key too (this module's caches
# that read a table take it as an argument): a table loaded anew is read anew.
@functools.lru_cache(maxsize=65_536)
def _edge_fit(left: str, chunk: str, right: str, absent: float, table: lexicon.Lexicon) -> float | None:
    """``_edge_pairs_log10`` of ``chunk`` between the text ``left`` of it and the text ``right`` of it."""
    words = [w.lower() for w in word_texts(chunk)]
    before, after = _word_touching(left, last=True), _word_touching(right, last=False)
    if not words or not (before or after):
        return None
    pairs = ([f"{before} {words[0]}"] if before else []) + ([f"{words[-1]} {after}"] if after else [])
    return sum(table.get(pair, absent) for pair in pairs)


def _word_touching(text: str, last: bool) -> str | None:
    """The last (or first) word of ``text`` in lower case when only white space lies between it and the swap."""
    # Only the run of text touching the swap is tokenised: a token holds no white space, so the tokens after the
    # last white space (or before the first) are the same read from there as from the start of ``text``, and the
    # word touching the swap, if any, is the last (first) token of that run and ends (starts) the run.
    edge = text.rstrip() if last else text.lstrip()
    if not edge:
        return None
    run = edge.rsplit(maxsplit=1)[-1] if last else edge.split(maxsplit=1)[0]
    words = word_spans(run)
    if not words:
        return None
    word, start, end = words[-1] if last else words[0]
    touching = end == len(run) if last else start == 0
    return word.lower() if touching else None


@functools.lru_cache(maxsize=65_536)  # a pure function of a short string and a table; copies repeat their swaps
def _plain_zipf(chunk: str, zipfs: lexicon.Lexicon) -> float | None:
    """Mean Zipf (in ``zipfs``) of the plain (lower-case, alphabetic) words of a swapped chunk; None if it has
    none."""
    words = [w for w in word_texts(chunk) if w.isalpha() and w.islower()]
    if not words:
        return None
    return sum(zipfs.get(w, 0.0) for w in words) / len(words)


# --- the swaps' evidence in one pass ---------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SwapEvidence:
    """What the judge reads from a pair's one-for-one swaps, gathered in one pass over its aligned sentence
    pairs: exactly what ``substitution_rate``, ``swap_rarity``, ``swap_fluency`` and the judge's capitalised
    swaps give for the pair's ``substitutions``, without making the swaps (a trace compares its query with
    24 copies of one story, ~70 swaps each)."""

    rate: float  # substitution_rate
    # words in any edit (swapped, inserted, deleted, replaced by more or fewer words) per aligned word, both sides
    changed: float
    # of those, words replaced word for word: a block of as many words each side (a spinner's adjacent swaps, "thinned
    # sharply during" → "diminished pointedly amid") or a short swap (``TextConfig.max_swap_tokens``), per aligned word
    replaced: float
    # of the changed words, the share that are grammar words (``wordlists.GRAMMAR_WORDS``) in edits that add or drop
    # words: a spinner swaps words one for one, connectives included ("however" → "nonetheless", "during" →
    # "amid"), a person revising a text rephrases its grammar around them ("such as" → "like", "passed" → "had
    # passed")
    grammar: float
    # of the changed words, the share that are grammar words a person added or dropped with nothing in their
    # place ("passed" → "had passed", "according to" put before a name) or recast in place around as many other
    # words ("will be funded" → "is to be paid", ``_grammar_recast``): a spinner swaps a phrase in its place for
    # one with another word of content ("more than" → "in excess of", "could not" → "was unable to"), and never
    # inserts or deletes
    grammar_added: float
    rarity: tuple[float, int]  # swap_rarity
    fluency: tuple[float, int]  # swap_fluency
    names: tuple[tuple[str, str], ...]  # the words of swaps of one capitalised word each side (A's, B's), in order
    # the edits those changed words make: runs of changed words between kept ones ("says" → "said this morning" is
    # one), whatever their length; a rate of a short text's few words counts one edit as a spinner's many swaps
    edits: int = 0
    # swaps whose A side, and whose B side, is the clearly rarer one (``SpinConfig.clear_rarity_gap_zipf``): a
    # spinner working on plain prose makes its side the rarer nearly everywhere; on a register's prose it also
    # trades the jargon for plain words, so the swaps run both ways
    rarer_sides: tuple[int, int] = (0, 0)
    # swaps where only A's side, and where only B's side, holds a term both texts use elsewhere (the word itself or
    # one of its root: "knit" beside "knitters", "respiration" beside "respired"; ``_term_side``), each pair of
    # words counted once: the writer of the original uses a register's terms throughout, a thesaurus pick stands
    # alone
    kept_terms: tuple[int, int] = (0, 0)
    # one-word swaps whose A side, and whose B side, holds a thesaurus pick (``_pick_side``), each pair of words
    # counted once: a spin of an original takes the picks on its side alone; two spins of one original compared
    # with each other each hold picks where the other kept the original's plain word
    thesaurus_picks: tuple[int, int] = (0, 0)
    # the first grammar edits of the pair (``grammar_edits``: A's words, B's, added or dropped) short enough to
    # quote (``_quotable``), up to ``_QUOTED_GRAMMAR_EDITS`` of each count: what the judge quotes of a person's
    # revision
    grammar_quotes: tuple[tuple[str, str, bool], ...] = ()
    # of the swaps ``fluency`` measures, those made in place (in a sentence pair whose changed words are mostly
    # replaced word for word: ``SpinConfig.fluency_in_place_min_replaced_share``), and the sentence pairs they lie in:
    # a spinner's swaps keep the sentence's frame across the text, a person's rewritten lede recasts one sentence
    in_place_fluency: tuple[int, int] = (0, 0)
    # of those sentence pairs, the ones whose changed words are all replaced word for word: a spinner's swaps confined
    # to one sentence ("after a fire at a newsagent's shop" / "following a blaze at a newsagent's store"), which no
    # person recasting a lede leaves (review of lede49, reviewD lt_src/lt_spin)
    in_place_whole_sentences: int = 0


# How many of a pair's grammar edits the judge may quote, of all of them and of those added or dropped.
_QUOTED_GRAMMAR_EDITS = 2
# The most words either side of a quoted grammar edit: a longer edit ("walked out in a dispute" → "gone on
# strike") is a rephrasing, no example of grammar words added or dropped.
_QUOTED_EDIT_MAX_WORDS = 4
# An edit's side quoted as words only: letters, digits, apostrophes, hyphens and spaces (no quotation mark,
# comma or sentence break between its words: 'He' → 'by anyone," and he' is no edit a reader can find).
_QUOTED_WORDS = re.compile(r"[\w'’\- ]+")


@dataclass(frozen=True, slots=True)
class _Swap:
    """One swap of a sentence pair, with what the evidence needs of it (offsets into the two sentences)."""

    a0: int
    a1: int
    b0: int
    b1: int
    words: int  # words of both sides
    rarity: float | None  # Zipf of A's words minus B's (None: not plain words on both sides)
    plain: bool  # plain lower-case words on both sides: fluency is measured
    # the edge fits of A's and B's side, when the 40 characters either side lie inside both sentences (else
    # they are read in the articles)
    fits: tuple[float | None, float | None] | None
    name: tuple[str, str] | None  # (A's, B's) when both sides are one capitalised word
    # the Zipf of A's and B's word when both sides are one plain (lower-case) word: what ``thesaurus_picks`` reads
    word_zipfs: tuple[float, float] | None = None


_EDGE_CHARS = 40  # characters either side of a swap that ``_edge_pairs_log10`` reads


def swap_evidence(a: Segmented, b: Segmented, alignments: Sequence[Alignment], text: TextConfig = TEXT_DEFAULT,
                  config: SpinConfig = SPIN_DEFAULT, memo: Memo | None = None) -> SwapEvidence:
    """``SwapEvidence`` of a pair: the swaps of each distinct aligned sentence pair (remembered by its two
    sentences), each swap once by its place, in ``substitutions``'s order, so every mean sums the same terms in
    the same order. ``memo`` (an engine's) keeps each text's terms (``_text_terms``)."""
    text_a, text_b = a.article.text, b.article.text
    absent = config.fluency_absent_pair_log10_count
    zipfs, bigrams = lexicon.word_zipf_table(), _bigrams()
    found: dict[tuple[int, int, int, int], _Swap] = {}
    in_place: dict[tuple[int, int, int, int], int] = {}  # a swap made in place: the start of its sentence in A
    whole: set[int] = set()  # the sentences (their starts in A) whose changed words are all swapped one for one
    aligned = changed = replaced = grammar = added = edits = 0
    quotes: list[tuple[str, str, bool]] = []
    for a_span, b_span in aligned_sentence_pairs(a, b, alignments):
        x, y = text_a[a_span.start : a_span.end], text_b[b_span.start : b_span.end]
        read = _edited_words(x, y, text)
        aligned, changed, replaced = aligned + read.words, changed + read.changed, replaced + read.replaced
        grammar, added, edits = grammar + read.grammar, added + read.added, edits + read.edits
        if read.grammar and _more_quotes_wanted(quotes):
            quotes.extend(edit for edit in read.grammar_edits if _quotable(edit))
        framed = read.replaced >= config.fluency_in_place_min_replaced_share * read.changed
        if read.changed and read.replaced >= read.changed:
            whole.add(a_span.start)
        for swap in _sentence_swaps(x, y, text, absent, zipfs, bigrams):
            key = (a_span.start + swap.a0, a_span.start + swap.a1, b_span.start + swap.b0, b_span.start + swap.b1)
            if key not in found and framed:
                in_place[key] = a_span.start
            found.setdefault(key, swap)
    gaps, fits, names, swapped = [], [], [], 0
    framed_fits: list[int] = []  # the sentence (its start in A) of each measured swap made in place
    terms = _kept_terms(text_a, text_b, config, zipfs, memo) if found else frozenset()
    term_swaps: tuple[set[tuple[str, str]], set[tuple[str, str]]] = (set(), set())
    picks: tuple[set[tuple[str, str]], set[tuple[str, str]]] = (set(), set())
    for (a0, a1, b0, b1), swap in sorted(found.items(), key=lambda item: (item[0][0], item[0][2])):
        side = _term_side(text_a[a0:a1], text_b[b0:b1], terms, config)
        if side is not None:  # each pair of words once: one thesaurus entry met four times is one coincidence
            term_swaps[side].add((text_a[a0:a1].lower(), text_b[b0:b1].lower()))
        if (pick := _pick_side(swap.word_zipfs, config)) is not None:
            picks[pick].add((text_a[a0:a1], text_b[b0:b1]))
        if swap.name is None or _spinners_swap(*swap.name, text_a[a0 - swap.a0 : a0].strip(_OPENING_MARKS) == ""):
            swapped += swap.words
        if swap.rarity is not None:
            gaps.append(swap.rarity)
        if swap.plain:
            fit_a, fit_b = swap.fits or (_edge_fit(text_a[max(0, a0 - _EDGE_CHARS) : a0], text_a[a0:a1],
                                                   text_a[a1 : a1 + _EDGE_CHARS], absent, bigrams),
                                         _edge_fit(text_b[max(0, b0 - _EDGE_CHARS) : b0], text_b[b0:b1],
                                                   text_b[b1 : b1 + _EDGE_CHARS], absent, bigrams))
            if fit_a is not None and fit_b is not None:
                fits.append(fit_a - fit_b)
                if (a0, a1, b0, b1) in in_place:
                    framed_fits.append(in_place[a0, a1, b0, b1])
        if swap.name is not None:
            names.append(swap.name)
    return SwapEvidence(
        swapped / aligned if aligned else 0.0,
        changed / aligned if aligned else 0.0,
        replaced / aligned if aligned else 0.0,
        grammar / changed if changed else 0.0,
        added / changed if changed else 0.0,
        ((sum(gaps) / len(gaps) if gaps else 0.0), len(gaps)),
        ((sum(fits) / len(fits) if fits else 0.0), len(fits)),
        tuple(names),
        edits,
        (sum(g <= -config.clear_rarity_gap_zipf for g in gaps), sum(g >= config.clear_rarity_gap_zipf for g in gaps)),
        (len(term_swaps[0]), len(term_swaps[1])),
        (len(picks[0]), len(picks[1])),
        tuple(quotes),
        (len(framed_fits), len(set(framed_fits))),
        len(set(framed_fits) & whole),
    )


def _pick_side(word_zipfs: tuple[float, float] | None, config: SpinConfig) -> int | None:
    """0 when A's word of a one-word swap is a thesaurus pick, 1 when B's is, else None: the clearly rarer word
    (``SpinConfig.clear_rarity_gap_zipf``) and itself rare (``SpinConfig.rare_word_max_zipf``), the formal synonym
    a spinner puts for a plain word ("remunerated" 2.2 for "paid" 5.1, "marred" 3.1 for "damaged" 4.4). A plain word
    a spinner put for a rarer one ("hit" for "struck" 4.4) is no pick, nor a phrase ("open anew" for "reopen")."""
    if word_zipfs is None:
        return None
    za, zb = word_zipfs
    if abs(za - zb) < config.clear_rarity_gap_zipf or min(za, zb) >= config.rare_word_max_zipf:
        return None
    return 0 if za < zb else 1


def _quotable(edit: tuple[str, str, bool]) -> bool:
    """Whether a grammar edit (``grammar_edits``) may be quoted as evidence of a person's revision: grammar words
    added or dropped (a swap of grammar words one for one, "won't" → "will not", is what a spinner does too), each
    side words only and at most ``_QUOTED_EDIT_MAX_WORDS`` of them. The same either way round."""
    a_words, b_words, added = edit
    return added and all(_QUOTED_WORDS.fullmatch(side) and len(side.split()) <= _QUOTED_EDIT_MAX_WORDS
                         for side in (a_words, b_words))


def _more_quotes_wanted(quotes: Sequence[tuple[str, str, bool]]) -> bool:
    """Whether the grammar edits found so far lack some the judge may quote (``_QUOTED_GRAMMAR_EDITS``)."""
    return len(quotes) < _QUOTED_GRAMMAR_EDITS or sum(q[2] for q in quotes) < _QUOTED_GRAMMAR_EDITS


# --- terms a text keeps -----------------------------------------------------------------------------

def _term_words(text: str, config: SpinConfig, lower_only: bool = True,
                zipfs: lexicon.Lexicon | None = None) -> set[str]:
    """A text's plain content words that can mark a register's term: written in lower case (``lower_only``: a
    name's words, "Natural Environment Research Council", are the name's), not grammar, not among the commonest
    words (``SpinConfig.term_max_zipf``: "give" and "gives", "work" and "workers" say nothing of a register), read
    with the word table ``zipfs`` (the shipped one when None)."""
    table = zipfs if zipfs is not None else lexicon.word_zipf_table()
    words = (t if lower_only else t.lower() for t in word_texts(text))
    return {w for w in words if w.isalpha() and w.islower() and w not in FUNCTION_WORDS
            and table.get(w, 0.0) < config.term_max_zipf}


def _text_terms(text: str, config: SpinConfig, zipfs: lexicon.Lexicon, memo: Memo | None) -> frozenset[str]:
    """``_term_words`` of a whole text, kept in ``memo`` by the word table they were read with: a trace's query meets
    every candidate, and an index's new article every one of its candidates."""
    return remembered(memo, ("terms", text, config, zipfs), lambda: frozenset(_term_words(text, config, zipfs=zipfs)))


def _kept_terms(text_a: str, text_b: str, config: SpinConfig, zipfs: lexicon.Lexicon,
                memo: Memo | None = None) -> frozenset[str]:
    """The roots of the terms both texts write (each text's ``_term_words``, in both)."""
    kept = _text_terms(text_a, config, zipfs, memo) & _text_terms(text_b, config, zipfs, memo)
    return frozenset(root for word in kept for root in word_roots(word))


def _term_side(x: str, y: str, kept: frozenset[str], config: SpinConfig) -> int | None:
    """0 when only A's side of a swap holds a term both texts keep (its word or one of its root), 1 when only
    B's does, else None. A swap's side that keeps the term the rest of both texts uses is the original's word:
    the spinner swapped this one use and left the others ("knit" → "sew" beside "knitter", "knitters"). A swap's
    own words are read in lower case: the one opening a sentence is capitalised there ("Auctioneer")."""
    holds = [any(word_roots(w) & kept for w in _term_words(side, config, lower_only=False)) for side in (x, y)]
    return 0 if holds == [True, False] else 1 if holds == [False, True] else None


class _EditedWords(NamedTuple):
    """What ``_edited_words`` reads of two aligned sentences."""

    words: int  # the words of both sentences
    changed: int  # those outside the word diff's unchanged runs
    replaced: int  # of those, the words replaced word for word (as long on both sides, or a short swap)
    grammar: int  # the grammar words of the edits that add or drop words
    added: int  # of those, the ones of edits inserted, deleted or recast in place
    edits: int  # the diff's changed runs, each counted once
    grammar_edits: tuple[tuple[str, str, bool], ...]  # ``grammar_edits``


@functools.lru_cache(maxsize=65_536)
def _edited_words(a_sentence: str, b_sentence: str, text: TextConfig) -> _EditedWords:
    """The words of both sentences, those outside the word diff's unchanged runs, of those the words replaced
    word for word (a replacement as long on both sides, or a short swap), the grammar words
    (``wordlists.GRAMMAR_WORDS``) of the edits that add or drop words ("passed" → "had passed", "such as" → "like"):
    a spinner's one-for-one swaps of connectives ("however" → "nonetheless", "during" → "amid") are not counted;
    of those, the ones of edits with nothing on the other side (inserted or deleted: "had") or recast in place
    (``_grammar_recast``: "will" → "is to"); the edits (the diff's changed runs, each counted once); and the
    grammar edits as written (``grammar_edits``), read in the same pass.
    ``token_opcodes`` diffs in one order whichever sentence is given first, and the counts add both sides: the same
    either way."""
    tokens_a, tokens_b = word_tokens(a_sentence), word_tokens(b_sentence)
    changed = replaced = grammar = added = edits = 0
    quoted: list[tuple[str, str, bool]] = []
    for op in _edit_ops(tokens_a, tokens_b):
        tag, i1, i2, j1, j2 = op
        changed, edits = changed + i2 - i1 + j2 - j1, edits + 1
        if i2 - i1 != j2 - j1:  # words added or dropped around the edit, not one swapped for one
            words = sum(1 for token in (*tokens_a[i1:i2], *tokens_b[j1:j2]) if token.text.lower() in GRAMMAR_WORDS)
            grammar_added = tag != "replace" or _grammar_recast(tokens_a[i1:i2], tokens_b[j1:j2])
            grammar += words
            added += words if grammar_added else 0
            if words:
                quoted.append(_grammar_edit(a_sentence, b_sentence, tokens_a, tokens_b, op, grammar_added))
        if tag == "replace" and (i2 - i1 == j2 - j1 or is_swap(op, text)):
            replaced += i2 - i1 + j2 - j1
    return _EditedWords(len(tokens_a) + len(tokens_b), changed, replaced, grammar, added, edits, tuple(quoted))


def _edit_ops(tokens_a: Sequence[Token], tokens_b: Sequence[Token]) -> list[tuple[str, int, int, int, int]]:
    """The word diff's changed runs that are edits: not a word joined or split ("per cent" / "percent") nor the
    rest of a phrase written in fewer words on the other side ("cell phone" / "mobile")."""
    keys_a, keys_b = word_keys(tuple(t.norm for t in tokens_a)), word_keys(tuple(t.norm for t in tokens_b))
    found = []
    for op in token_opcodes(tokens_a, tokens_b):
        tag, i1, i2, j1, j2 = op
        if tag == "equal" or (tag == "replace" and one_word([t.norm for t in tokens_a[i1:i2]],
                                                            [t.norm for t in tokens_b[j1:j2]])):
            continue
        if tag != "replace" and only_continued(keys_a[i1:i2] if tag == "delete" else keys_b[j1:j2]):
            continue
        found.append(op)
    return found


def grammar_edits(a_sentence: str, b_sentence: str) -> list[tuple[str, str, bool]]:
    """The edits of two sentences that add or drop grammar words, as ``_edited_words`` counts them: A's words and
    B's as written (an insertion or a deletion with the kept word after it, or before it at the sentence's end:
    "passed" → "had passed") and whether its grammar words count as added or dropped (``SwapEvidence.grammar_added``)
    — what the judge quotes of a person's revision, from the pair itself."""
    return list(_edited_words(a_sentence, b_sentence, TEXT_DEFAULT).grammar_edits)


def _grammar_edit(a_sentence: str, b_sentence: str, tokens_a: Sequence[Token], tokens_b: Sequence[Token],
                  op: tuple[str, int, int, int, int], added: bool) -> tuple[str, str, bool]:
    """One edit of ``grammar_edits`` as written: an insertion or a deletion with the kept word beside it."""
    tag, i1, i2, j1, j2 = op
    if tag != "replace":  # the kept word beside it says where it stands
        after = i2 < len(tokens_a) and j2 < len(tokens_b)
        i1, i2, j1, j2 = (i1, i2 + 1, j1, j2 + 1) if after else (max(i1 - 1, 0), i2, max(j1 - 1, 0), j2)
    return _words_between(a_sentence, tokens_a[i1:i2]), _words_between(b_sentence, tokens_b[j1:j2]), added


def _words_between(sentence: str, tokens: Sequence[Token]) -> str:
    return sentence[tokens[0].start : tokens[-1].end] if tokens else ""


def _grammar_recast(x: Sequence[Token], y: Sequence[Token]) -> bool:
    """Whether a replacement of other lengths only adds or drops grammar words around as many other words each
    side: a person recasting the grammar in place ("will" → "is to", "will commence" → "is to start", "is" → "has
    been"). A spinner's phrase swap trades grammar words for a word of content ("more than" → "in excess of",
    "could not" → "was unable to"). The same either way round."""
    content_x = sum(1 for token in x if token.text.lower() not in GRAMMAR_WORDS)
    content_y = sum(1 for token in y if token.text.lower() not in GRAMMAR_WORDS)
    return content_x == content_y


@functools.lru_cache(maxsize=65_536)  # copies of one story share sentence pairs
def _sentence_swaps(a_sentence: str, b_sentence: str, text: TextConfig, absent: float, zipfs: lexicon.Lexicon,
                    bigrams: lexicon.Lexicon) -> tuple[_Swap, ...]:
    """The swaps of one aligned sentence pair (``_swaps``) with their evidence, read with the word table ``zipfs``
    and the word-pair table ``bigrams``."""
    out = []
    for a0, a1, b0, b1 in _swaps(a_sentence, b_sentence, text):
        x, y = a_sentence[a0:a1], b_sentence[b0:b1]
        # read for the rate, not for rarity or fluency: a word's number, or its British and American form
        grammatical = _no_thesaurus_swap(x, y)
        za, zb = (None, None) if grammatical else (_plain_zipf(x, zipfs), _plain_zipf(y, zipfs))
        plain = _plain_chunk(x) and _plain_chunk(y) and not grammatical
        inside = (min(a0, b0) >= _EDGE_CHARS and a1 + _EDGE_CHARS <= len(a_sentence)
                  and b1 + _EDGE_CHARS <= len(b_sentence))
        fits = (_edge_fit(a_sentence[a0 - _EDGE_CHARS : a0], x, a_sentence[a1 : a1 + _EDGE_CHARS], absent, bigrams),
                _edge_fit(b_sentence[b0 - _EDGE_CHARS : b0], y, b_sentence[b1 : b1 + _EDGE_CHARS], absent, bigrams)
                ) if plain and inside else None
        name = (x, y) if x.isalpha() and y.isalpha() and x[0].isupper() and y[0].isupper() else None
        words = (za, zb) if za is not None and zb is not None and x.isalpha() and y.isalpha() and x.islower() \
            and y.islower() else None
        out.append(_Swap(a0, a1, b0, b1, len(word_tokens(x)) + len(word_tokens(y)),
                         za - zb if za is not None and zb is not None else None, plain, fits, name, words))
    return tuple(out)


# --- spin from the text alone -----------------------------------------------------------------------

# The cut-offs and the logistic weights are the settings tree's ``spin`` section (``config.SpinConfig``, which
# says how they were fitted). A text alone is weak evidence (prose in a formal register reads like a
# thesaurus); pairs use the words each side swapped (``swap_rarity``), which is stronger.


def spin_weights(config: SpinConfig = SPIN_DEFAULT) -> dict[str, float]:
    """The weight of each of ``spin_features``'s features."""
    return {"rare_words": config.weight_rare_words, "odd_collocations": config.weight_odd_collocations,
            "weak_collocations": config.weight_weak_collocations,
            "wrong_articles": config.weight_wrong_articles}


# A score at or above this is flagged as spun: the operating point ``bench/fit_spin.py`` sets the bias for.
FLAGGED_FROM = 0.5


def with_logits(score: float, logits: float) -> float:
    """``score`` with ``logits`` added to its log-odds: the same evidence read against another operating point
    (``Config.spin_reading_logits``). 0 and 1 (no words to judge, a clamped logit) stay as they are."""
    if not logits or score <= 0.0 or score >= 1.0:
        return score
    return 1.0 / (1.0 + math.exp(-(math.log(score / (1.0 - score)) + logits)))


def spin_score(segmented: Segmented, config: SpinConfig = SPIN_DEFAULT,
               text: TextConfig = TEXT_DEFAULT) -> float | None:
    """How machine-spun the text reads on its own, in [0, 1] (0.5 = as likely spun as not), or None when it
    cannot be scored: it is not English prose (``spin_unscored``). ``text``: the settings its sentences' language
    is read with."""
    return spin_score_of(spin_counts(segmented, config, text), config)


def spin_score_of(counts: SpinCounts, config: SpinConfig = SPIN_DEFAULT) -> float | None:
    """``spin_score`` of a text's ``spin_counts``."""
    if spin_unscored(counts, config) is not None:
        return None
    if not (counts.words or counts.pairs or counts.pair_gaps):
        return 0.0  # no words to judge: nothing suggests spinning
    features = spin_shares(counts, config)
    logit = config.bias + sum(weight * features[name] for name, weight in spin_weights(config).items())
    return 1.0 / (1.0 + math.exp(-max(min(logit, 50.0), -50.0)))


def spin_unscored(counts: SpinCounts, config: SpinConfig = SPIN_DEFAULT) -> str | None:
    """Why a text with these ``spin_counts`` has no spin score, or None when it has one.

    Every feature is an English word statistic (an English frequency table, English word pairs, "a"/"an"): a
    Portuguese or German text's ordinary words are rare or unknown English words, and its score would be an
    accusation with no meaning (a Portuguese page read 0.71, a Spanish one 0.58). So a text whose sentences that
    read as English hold less than ``SpinConfig.min_english_share`` of its uncapitalised words (at least
    ``unscored_min_foreign_words`` outside them) is not scored; in one that does, the other sentences (a quote in
    French, an ingredient list) are left out of the counts."""
    read = counts.sentence_words + counts.foreign_words
    if config.min_english_share and counts.foreign_words >= config.unscored_min_foreign_words \
            and counts.sentence_words < config.min_english_share * read:
        return SPIN_UNSCORED
    return None


def spin_features(segmented: Segmented, config: SpinConfig = SPIN_DEFAULT,
                  text: TextConfig = TEXT_DEFAULT) -> dict[str, float]:
    """The named measurements behind ``spin_score``, for evidence and calibration: ``spin_shares`` of the
    text's ``spin_counts``."""
    return spin_shares(spin_counts(segmented, config, text), config)


@dataclass(frozen=True, slots=True)
class SpinCounts:
    """What ``spin_features`` measures in a text, before it becomes shares."""

    words: int  # plain (lower-case alphabetic) content words
    rare_words: int  # plain content words rarer than ``rare_word_max_zipf`` (distinct ones: ``distinct_rare_words``)
    pairs: int  # adjacent pairs of common content words
    odd_pairs: int  # of those, pairs missing from the bigram list
    pair_gaps: int  # adjacent pairs of frequent plain words
    gap_sum: float  # their summed shortfall (log10) of co-occurrence against the two words' frequencies
    articles: int = 0  # "a" / "an" followed by a plain content word
    wrong_articles: int = 0  # of those, "a" before a vowel sound or "an" before a consonant ("a erstwhile")
    sentence_words: int = 0  # uncapitalised words of the sentences read
    foreign_words: int = 0  # uncapitalised words of the sentences left out because they do not read as English


def spin_shares(counts: SpinCounts, config: SpinConfig = SPIN_DEFAULT) -> dict[str, float]:
    """``rare_words``, ``odd_collocations`` and ``wrong_articles`` are shares in [0, 1]; ``weak_collocations``
    is the mean shortfall (log10 units) of how often adjacent words occur together against how common they are
    alone.

    Each is drawn toward what genuine text shows (``SpinConfig.prior_*``) by ``prior_words`` pseudo-observations:
    a share of 150 words swings by chance (3 rare words in 20 is 15%, or 0% or 30% in another brief on the
    same subject), so a short text needs proportionally stronger evidence to read as spun, and a long one
    is read as before.
    """
    k = config.prior_words
    return {
        "rare_words": _shrunk(counts.rare_words, counts.words, config.prior_rare_words, k),
        "odd_collocations": _shrunk(counts.odd_pairs, counts.pairs, config.prior_odd_collocations, k),
        "weak_collocations": _shrunk(counts.gap_sum, counts.pair_gaps, config.prior_weak_collocations, k),
        "wrong_articles": _shrunk(counts.wrong_articles, counts.articles, config.prior_wrong_articles, k),
    }


def _shrunk(total: float, observations: int, prior: float, prior_weight: float) -> float:
    """The mean of ``observations`` summing to ``total``, with ``prior_weight`` more observations at ``prior``."""
    n = observations + prior_weight
    return (total + prior_weight * prior) / n if n else 0.0


def spin_counts(segmented: Segmented, config: SpinConfig = SPIN_DEFAULT, text: TextConfig = TEXT_DEFAULT
                ) -> SpinCounts:
    """``SpinCounts`` of a text, in one pass over its words: every indexed article is scored, so this runs once
    per article of a corpus.

    Only sentences that read as English are counted (``language.english_parts``, with ``text``'s settings: a
    sentence's quotations and the words around them are read apart when each is long enough to tell), when
    ``SpinConfig.min_english_share`` is set: a Spanish quote or a German paragraph in an English page is not English
    word choice; the others' words are counted in ``foreign_words``.

    Rare words are counted once each, however often they recur (``SpinConfig.distinct_rare_words``): a technical
    or topic term ("glacier" six times, "masala" forty) is one choice of the writer, while a spinner's formal
    synonyms are scattered, different words.

    An article that does not fit the word after it ("a erstwhile", "an question") is what a word swapped in
    after the sentence was written leaves: rare in what people write and publish (a typo, ~1 in 600 uses in the
    genuine train texts), frequent in spun copies, however plain or rare the vocabulary is. Articles are read only
    in English: "a" is also a word of Portuguese, Spanish and Italian ("a empresa", "va a anunciar"), and the "An"
    of German, none of them an English article before a misfitting word.
    """
    whole = segmented.article.text
    by_sentence = config.min_english_share > 0
    sentences = [span.text_of(whole) for span in segmented.sentences]
    spans = [word_spans(sentence) for sentence in sentences]  # (word, start, end) in the sentence: all needed here
    readings = [_english_words(sentence, tokens, text) if by_sentence else None
                for sentence, tokens in zip(sentences, spans, strict=True)]
    # Sentences that each read as English whose short words together are another language's ("di", "dey", "wey":
    # Nigerian pidgin) are that language: one sentence alone has too few words to tell (``language.english_profile``).
    english_text = not by_sentence or english_profile(_read_as_english(spans, readings), text,
                                                    own_voice(whole, text))
    # Stores made before sentences were read one by one read articles only in a text that reads as English.
    read_articles = by_sentence or reads_as_english(whole, text)
    bigrams = _bigrams()
    rare_below, pair_from, absent = config.rare_word_max_zipf, config.pair_word_min_zipf, config.absent_pair_log10_count
    common_from, american = config.common_word_min_zipf, config.american_spellings
    memo = _spin_words(lexicon.word_zipf_table(), american)
    words = pairs = odd = gap_count = articles = wrong = read_words = foreign_words = 0
    gap_sum = 0.0
    rare: list[str] = []
    for sentence, tokens, english in zip(sentences, spans, readings, strict=True):
        # The language is weighed by uncapitalised words: a line of names and times ("1. Amara Osei (Harbourside
        # AC) 2:06.41") is in no language, and a results table must not outweigh the report around it. Words of
        # scripts without capitals (Arabic, Chinese) count as lower-case ones.
        read = list(map(memo.__getitem__, map(_FIRST, tokens)))
        language = list(map(_FIRST, read))
        if not english_text:
            foreign_words += sum(language)
            continue
        if english is None:
            read_words += sum(language)
        elif not any(english):
            foreign_words += sum(language)
            continue
        else:
            read_words += sum(counted and ok for counted, ok in zip(language, english, strict=True))
            foreign_words += sum(counted and not ok for counted, ok in zip(language, english, strict=True))
        # Zipf of each plain (lower-case alphabetic) English word; None marks a word that is not one.
        plain = list(map(_SECOND, read))
        if english is not None:
            plain = [z if ok else None for z, ok in zip(plain, english, strict=True)]
        for (word, _, _), z in zip(tokens, plain, strict=True):
            if z is not None and word not in FUNCTION_WORDS:
                words += 1
                if 0.0 < z < rare_below:
                    rare.append(word)
        for k in range(len(tokens) - 1):
            zx, zy = plain[k], plain[k + 1]
            if zy is None:
                continue  # every measure below reads a plain second word
            (x, _, x_end), (y, y_start, _) = tokens[k], tokens[k + 1]
            if sentence[x_end:y_start].strip():
                continue  # not adjacent: punctuation between them
            if read_articles and (english is None or english[k]) and x in INDEFINITE_ARTICLE_FORMS \
                    and (fit := _article_fit(x, y, k == 0)) is not None:
                articles += 1
                wrong += not fit
            if zx is None:
                continue
            pair = f"{x} {y}"
            if american and (keyed := f"{spelling_key(x)} {spelling_key(y)}") != pair and keyed in bigrams:
                pair = keyed  # "rehabilitation centre" read as "rehabilitation center"
            if _common_content(x, zx, common_from) and _common_content(y, zy, common_from):
                pairs += 1
                odd += pair not in bigrams
            if min(zx, zy) >= pair_from:
                gap_count += 1
                gap_sum += zx + zy - bigrams.get(pair, absent)
    return SpinCounts(words, len(set(rare)) if config.distinct_rare_words else len(rare), pairs, odd, gap_count,
                      gap_sum, articles, wrong, read_words, foreign_words)


def spin_word_reading(word: str, table: lexicon.Lexicon | None = None) -> tuple[bool, float | None]:
    """What ``spin_counts`` reads of a word as written: whether the language is weighed by it (uncapitalised
    alphabetic), and its Zipf frequency (in ``table``, the word table by default) when it is a plain (lower-case
    alphabetic) word, else None."""
    alphabetic = word.isalpha()
    zipfs = lexicon.word_zipf_table() if table is None else table
    return (alphabetic and not word[0].isupper(), zipfs.get(word, 0.0) if alphabetic and word.islower() else None)


def american_spin_word_reading(word: str, table: lexicon.Lexicon | None = None) -> tuple[bool, float | None]:
    """``spin_word_reading``, a British spelling read at its American spelling's frequency when that is higher
    (``SpinConfig.american_spellings``: "neighbours" read as "neighbors")."""
    zipfs = lexicon.word_zipf_table() if table is None else table
    language, z = spin_word_reading(word, zipfs)
    if z is not None and (key := spelling_key(word)) != word:
        return language, max(z, zipfs.get(key, 0.0))
    return language, z


# Every sentence of every indexed article is read: each word's reading is looked up, not computed again. The readings
# are kept by the word table they were read from (a key here), so a table loaded anew gets readings of its own.
@functools.lru_cache(maxsize=4)
def _spin_words(table: lexicon.Lexicon, american: bool) -> WordMemo[tuple[bool, float | None]]:
    read = american_spin_word_reading if american else spin_word_reading
    return WordMemo(functools.partial(read, table=table))


_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)


def _read_as_english(spans: Sequence[Sequence[tuple[str, int, int]]],
                     readings: Sequence[list[bool] | None]) -> list[str]:
    """The words of sentences (their ``word_spans``) that read as English by their ``_english_words``."""
    return [word for tokens, english in zip(spans, readings, strict=True)
            for k, (word, _, _) in enumerate(tokens) if english is None or english[k]]


def _english_words(sentence: str, tokens: Sequence[tuple[str, int, int]], text: TextConfig) -> list[bool] | None:
    """Whether each of the sentence's ``tokens`` lies in a part of it that reads as English
    (``language.english_parts``: a quotation in another language, or a lead-in in another language to an English
    quote, is read apart); None when the whole sentence reads as English (the common case, read as before)."""
    parts = english_parts(sentence, text)
    if len(parts) == 1:
        return None if parts[0][2] else [False] * len(tokens)
    starts = [start for start, _, _ in parts]
    return [parts[bisect.bisect_right(starts, start) - 1][2] for _, start, _ in tokens]


def _article_fit(word: str, following: str, opens_sentence: bool) -> bool | None:
    """Whether the article ``word`` ("a", "an") fits the plain word after it, by its first letter and the
    exceptions of ``wordlists`` ("a unique", "an hour"); None when ``word`` is no article, ``following`` is a
    function word ("a and" in a list of options) or takes either article by house style ("a historic", "an
    historic"). A capital "A" inside a sentence is a letter ("Type A"), not the article."""
    lower = word.lower()
    if lower not in ("a", "an") or (word == "A" and not opens_sentence) or following in FUNCTION_WORDS \
            or following.startswith(EITHER_ARTICLE_STARTS):
        return None
    vowel_sound = (following[0] in "aeiou" and not following.startswith(CONSONANT_SOUND_VOWEL_STARTS)
                   ) or following.startswith(VOWEL_SOUND_STARTS)
    return vowel_sound == (lower == "an")


def _common_content(word: str, z: float, min_zipf: float) -> bool:
    """A plain word that is neither grammar nor rare: an absent pair of two of them is an odd collocation."""
    return word not in FUNCTION_WORDS and z >= min_zipf


def _bigrams() -> lexicon.Lexicon:
    return lexicon.bigram_table()
