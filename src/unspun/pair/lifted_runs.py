"""The longest stretch of words two aligned texts share word for word outside quotations, and how many of its words
are rare: a sentence lifted from another outlet's story is such a stretch, however short the passage around it.
What independent reports of one event share word for word is a speaker's quotation (every outlet at the briefing
wrote it down) or a stock phrase ("said in a statement on Tuesday", "did not respond to a request for comment"),
whose words are common ones."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from unspun.config import CHANGES_DEFAULT, DEFAULT, Config
from unspun.model import Alignment, Segmented, Span
from unspun.pair.changes.quotes import quotations
from unspun.pair.sentence_pairs import aligned_sentence_pairs
from unspun.text import lexicon
from unspun.text.diff import matched_token_pairs
from unspun.text.marks import QUOTATION_MARKS
from unspun.text.tokens import words
from unspun.text.wordlists import STATEMENT_VERBS, is_content_word


@dataclass(frozen=True, slots=True)
class SharedRun:
    """A run of consecutive words both texts have in the same order, outside quotation marks."""

    words: int = 0
    rare_words: int = 0  # distinct content words of the run rarer than ``Config.lift_max_zipf`` (numbers included)


def longest_unquoted_run(a: Segmented, b: Segmented, alignments: Sequence[Alignment],
                         config: Config = DEFAULT) -> SharedRun:
    """The most telling run of words the aligned sentences share outside quotations: among the runs of at least
    ``config.lift_min_run_words`` words the one with the most rare words, otherwise the longest."""
    best = SharedRun()
    for span_a, span_b in aligned_sentence_pairs(a, b, alignments):
        if reported_statement(span_a.text_of(a.article.text)) or reported_statement(span_b.text_of(b.article.text)):
            continue
        for part_a in unquoted_parts(a.article.text, span_a):
            for part_b in unquoted_parts(b.article.text, span_b):
                run = shared_run(part_a, part_b, config)
                if _ranking(run, config) > _ranking(best, config):
                    best = run
    return best


# A sentence that says whose statement it reports: "…, West Midlands Police said on Saturday.", "Northamptonshire
# Police said on Monday it had arrested 14 people …", "…, according to the Met Office." Outlets that report one
# police or company statement write down its wording as they write down a quote: a run of it both carry is the
# statement's, not one outlet's taken by the other.
_REPORTED = re.compile(
    r"^\W*(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*)*\s+(?:said|says|announced|confirmed|stated)\b"
    r"|,\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*)*\s+(?:said|says|announced|confirmed)\b[^,;]{0,40}$"
    r"|\baccording\s+to\s+(?:the\s+)?[A-Z]"
)


@functools.lru_cache(maxsize=65_536)  # each sentence of each comparison is asked: copies of one story share them
def reported_statement(sentence: str) -> bool:
    """Whether ``sentence`` reports a named party's statement (``_REPORTED``)."""
    return _REPORTED.search(sentence.strip()) is not None


def _ranking(run: SharedRun, config: Config) -> tuple[bool, int, int]:
    long_enough = run.words >= config.lift_min_run_words
    return long_enough, run.rare_words if long_enough else 0, run.words


def one_shared_quotation(a: Segmented, b: Segmented, al: Alignment) -> bool:
    """Whether a passage is one sentence each side, mostly inside quotation marks on both: a quote the two texts
    carry with their own attributions ("…," she said / said Dr Marsh), which every outlet at a briefing wrote down."""
    return len({m.i for m in al.matches}) <= 1 and len({m.j for m in al.matches}) <= 1 \
        and _mostly_quoted(a.article.text, al.a) and _mostly_quoted(b.article.text, al.b)


def speech_on_both(a: Segmented, b: Segmented, span_a: Span, span_b: Span, config: Config = DEFAULT) -> bool:
    """Whether a sentence pair is someone's quoted words on both sides (``quoted_speech``), which any text reporting
    them carries."""
    return quoted_speech(a.article.text, span_a, config) and quoted_speech(b.article.text, span_b, config)


def quoted_speech(text: str, span: Span, config: Config = DEFAULT) -> bool:
    """Whether ``text[span]`` is mostly inside quotation marks, or a quotation with its attribution outside them
    ("Councillor Bethan Okoro, cabinet member for leisure, said: "The bandstand is the heart of Fenning Park."):
    what stands outside the marks is at most ``Config.attribution_max_words`` words with a statement verb."""
    if _mostly_quoted(text, span):
        return True
    if next(iter(quotations(text, span, CHANGES_DEFAULT)), None) is None:
        return False
    outside = [w.lower() for part in unquoted_parts(text, span) for w in words(part)]
    return len(outside) <= config.attribution_max_words and not STATEMENT_VERBS.isdisjoint(outside)


def _mostly_quoted(text: str, span: Span) -> bool:
    outside = sum(len(part.strip()) for part in unquoted_parts(text, span))
    return outside < 0.5 * len(text[span.start:span.end].strip())


def unquoted_parts(text: str, span: Span) -> list[str]:
    """The stretches of ``text[span]`` outside quotation marks (the marks left out: a run never joins the words
    before a quotation to those after it)."""
    return list(_unquoted_parts(text, span))


# A pure function of a string and a frozen span (quotations read with the default settings, fixed at import), so a
# remembered value cannot go stale: a trace's query is read in each of its comparisons.
@functools.lru_cache(maxsize=16_384)
def _unquoted_parts(text: str, span: Span) -> tuple[str, ...]:
    parts, start = [], span.start
    for quote in quotations(text, span, CHANGES_DEFAULT):
        # the marks sit just outside the quotation's span: one character each side is left out with it
        parts.append(text[start:max(start, quote.start - 1)])
        start = max(start, min(span.end, quote.end + 1))
    parts.append(text[start:span.end])
    return tuple(part for part in parts if part.strip())


def shared_run(a_text: str, b_text: str, config: Config = DEFAULT) -> SharedRun:
    """The longest run of consecutive words ``a_text`` and ``b_text`` share in the same order, with its rare
    words counted."""
    return _shared_run(a_text, b_text, config.lift_max_zipf)


# A pure function of two sentences' unquoted parts: a trace's query meets one story's copies, which share sentences,
# so the same pairs come back in most of its 24 comparisons (9% of a trace's CPU on the 100k store, read afresh).
@functools.lru_cache(maxsize=65_536)
def _shared_run(a_text: str, b_text: str, max_zipf: float) -> SharedRun:
    words_a, words_b = words(a_text), words(b_text)
    pairs = matched_token_pairs(words_a, words_b)
    best_start = best_len = run = 0
    for k, (pa, pb) in enumerate(pairs):
        chained = k > 0 and pa == pairs[k - 1][0] + 1 and pb == pairs[k - 1][1] + 1
        run = run + 1 if chained else 1
        if run > best_len:
            best_start, best_len = pairs[k][0] - run + 1, run
    taken = words_a[best_start:best_start + best_len]
    return SharedRun(best_len, len({w for w in taken if _rare(w, max_zipf)}))


def _rare(word: str, max_zipf: float) -> bool:
    # A number is a fact of one story; a word unknown to the frequency table (a place, a surname) scores 0.
    return is_content_word(word) and (any(ch.isdigit() for ch in word) or lexicon.zipf(word) < max_zipf)


@dataclass(frozen=True, slots=True)
class SpeakersText:
    """Words one side quotes that are the other side's own text, outside any quotation there: the other side is the
    speaker's text (a speech transcript, a Q&A interview's answers, a statement), and the quoting side took them
    from it. ``words`` counts them for the side that takes more; ``taker``: "a" or "b" (who quotes), "" for none."""

    words: int = 0
    taker: str = ""


def speakers_text_quoted(a: Segmented, b: Segmented, alignments: Sequence[Alignment],
                         config: Config = DEFAULT) -> SpeakersText:
    """How many words each side's quotations share, in runs of at least ``config.speech_min_run_words``, with the
    other side's aligned sentences where those stand in a paragraph without quotation marks: the speaker's own text,
    which the quoting side took ("…," he told students. "…"). Words both sides quote are the speaker's words, which
    every outlet wrote down, and count for neither."""
    taken = {"a": 0, "b": 0}
    for span_a, span_b in aligned_sentence_pairs(a, b, alignments):
        for taker, (q_text, q_span), (o_text, o_span) in (("b", (b.article.text, span_b), (a.article.text, span_a)),
                                                          ("a", (a.article.text, span_a), (b.article.text, span_b))):
            quoted = quotations(q_text, q_span, CHANGES_DEFAULT)
            if not quoted or _paragraph_quotes(o_text, o_span):
                continue
            own = o_text[o_span.start:o_span.end]
            for quote in quoted:
                inside = q_text[max(quote.start, q_span.start):min(quote.end, q_span.end)]
                run = _shared_run(inside, own, config.lift_max_zipf)
                if run.words >= config.speech_min_run_words:
                    taken[taker] += run.words
    taker = "b" if taken["b"] >= taken["a"] else "a"
    return SpeakersText(taken[taker], taker if taken[taker] else "")


# Every quotation mark a page writes (``marks.QUOTATION_MARKS``), and a plain-text feed's doubled marks.
_QUOTE_CHARS = re.compile(f"[{re.escape(QUOTATION_MARKS)}]|``|''")


def _paragraph_quotes(text: str, span: Span) -> bool:
    """Whether the paragraph (line) holding ``span`` has a quotation or any double quotation mark: text a speaker's
    own words are not (an unclosed mark opens a quotation that runs over the paragraph)."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end < 0 else end
    line = Span(start, end)
    return bool(_QUOTE_CHARS.search(text, start, end)) or bool(quotations(text, line, CHANGES_DEFAULT)) \
        or _statement_after_lead_in(text, start, span.start)


# "In a statement, the council said:" — a statement printed as its own paragraph, without quotation marks, is
# quoted all the same; a transcript's speaker label ("DOMINIC FARROW:") says no such thing.
_LEAD_IN = re.compile(r"\b(?:said|says|added|told|statement|stated|wrote|writes)\b[^:\n]{0,40}:\s*$", re.IGNORECASE)


def _statement_after_lead_in(text: str, line_start: int, span_start: int) -> bool:
    """Whether the paragraph at ``line_start`` is a statement another text's lead-in introduces: the line before it
    (or the paragraph's own words before the sentence) ends in "said:" or "in a statement:"."""
    if _LEAD_IN.search(text, line_start, span_start):
        return True
    end = line_start - 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end > 0 and bool(_LEAD_IN.search(text, text.rfind("\n", 0, end) + 1, end))
