"""Whether a text is written in English: the static and MiniLM vectors the pair and corpus engines align with
are English models, and on text of any other language or script they say little about meaning (a Portuguese
blog post and a Spanish news story come out at cosine 0.8–0.9 sentence after sentence).

English prose is held together by its function words ("the", "of", "and", "to"): on 500 BBC articles 0.31–0.55
of the words are in ``wordlists.FUNCTION_WORDS`` (1st percentile 0.34), on the English AEB and trafilatura_eval
pages 0.30–0.51; on their German, Spanish, Portuguese, Italian, Indonesian, Korean and Chinese pages at most
0.10 (a German-English mixture 0.16). A headline or a one-sentence brief has too few words for that share
("India's rupee has hit a five-year high after Standard & Poor's (S&P) raised the country's foreign currency
rating": 0.21), so a short text is English when nearly all its words are common English words (wordfreq): 800
BBC headlines and first sentences 0.75 at the 5th percentile, 1.0 at the median; the first sentences of the
non-English pages 0.39 at the median. Cheap, and no language model to load.
"""

from __future__ import annotations

import functools
import operator
import re
from collections import Counter
from collections.abc import Sequence
from itertools import compress

from unspun.config import TEXT_DEFAULT, TextConfig
from unspun.text.lexicon import zipf
from unspun.text.marks import DOUBLE_QUOTES
from unspun.text.tokens import WordMemo, is_word, normal_form, text_norms, text_words, word_flags, word_texts, words
from unspun.text.voice import outside_quotations
from unspun.text.wordlists import FUNCTION_WORDS, SCOTS_WORDS


def english_word_share(text: str) -> float:
    """Share of ``text``'s words that are English function words (0.0 for a text without words)."""
    # Each distinct word as written normalised once (a trace reads every candidate's whole text): the counts,
    # and so the share, are those of ``words(text)`` (read from ``text_words``, which the text's fingerprint has
    # just read).
    found = Counter(text_words(text))
    total = sum(compress(found.values(), word_flags(found)))
    function = sum(compress(found.values(), map(FUNCTION_WORDS.__contains__, map(normal_form, found))))
    return function / total if total else 0.0


def _function_share(written: Sequence[str], norms: Sequence[str]) -> float:
    """``english_word_share`` of words as written and their normal forms, counted in lists (a sentence's words
    are mostly distinct: counting them first costs more than it saves)."""
    total = sum(word_flags(written))
    return sum(n in FUNCTION_WORDS for n in norms) / total if total else 0.0


def common_english_share(text: str, config: TextConfig = TEXT_DEFAULT) -> float:
    """Share of ``text``'s alphabetic words that are common English words (as frequent as
    ``config.english_common_min_zipf``; 0.0 for a text without any)."""
    return _common_share(words(text), config)


def _common_share(norms: Sequence[str], config: TextConfig) -> float:
    found = [w for w in norms if w.isalpha()]
    return sum(zipf(w) >= config.english_common_min_zipf for w in found) / len(found) if found else 0.0


# Remembered: a corpus meets each article in every comparison it takes part in.
@functools.lru_cache(maxsize=4096)
def reads_as_english(text: str, config: TextConfig = TEXT_DEFAULT) -> bool:
    """Whether at least ``config.english_min_function_share`` of ``text``'s words are English function words,
    or at least ``config.english_short_min_common_share`` of them are common English words — a text of fewer than
    ``config.english_short_words`` words — or it reads as a dense English summary (``_dense_english``); and in
    each case its short words are English's (``english_profile``)."""
    written = text_words(text)
    function = english_word_share(text)
    if function < config.english_min_function_share:
        norms = text_norms(text)
        if not _common_enough(sum(word_flags(norms)), _common_share(norms, config), config) and \
                not _dense_english(written, function, config):
            return False
    return english_profile(written, config, own_voice(text, config))


def own_voice(text: str, config: TextConfig = TEXT_DEFAULT) -> Sequence[str]:
    """The words ``text`` says outside its quotations (``voice.outside_quotations``, quotations up to
    ``config.english_scots_max_quotation_chars`` long): what its language is measured by where a speaker quoted at
    length speaks another ("Ah've been at the fishin fae I wis a laddie")."""
    if not config.english_scots_max_quotation_chars:
        return text_words(text)
    return text_words(outside_quotations(text, config.english_scots_max_quotation_chars))


def english_profile(written: Sequence[str], config: TextConfig = TEXT_DEFAULT,
                    voice: Sequence[str] | None = None) -> bool:
    """Whether the short lower-case words of a text's ``written`` words (three letters at most) are mostly English
    function words (``config.english_min_short_function_share``), or its most frequent ones are
    (``_top_short_words_english``), or they are too few to tell (``english_profile_min_words``): "di", "dey", "wey"
    and "dem" hold a pidgin report's clauses where English writes "the", "is", "who" and "they", and its other
    words are common English words. Broad Scots (``_scots``) is read over ``voice``, the text's own words outside
    quotations (``own_voice``; default ``written``)."""
    short = [normal_form(w) for w in written if len(w) <= _SHORT_WORD_LETTERS and w.isalpha() and w.islower()]
    if not config.english_min_short_function_share or len(short) < config.english_profile_min_words:
        return True
    if _scots(written if voice is None else voice, config):
        return False
    return sum(w in FUNCTION_WORDS for w in short) >= config.english_min_short_function_share * len(short) \
        or _top_short_words_english(short, config)


def _scots(written: Sequence[str], config: TextConfig) -> bool:
    """Whether a text's lower-case words are at least ``config.english_max_scots_share`` Scots's own
    (``wordlists.SCOTS_WORDS``), ``english_scots_min_distinct`` different ones at least: broad Scots ("The cooncil
    hae agreed tae shut the baths") writes enough of English's short words to pass for English by them."""
    if not config.english_max_scots_share:
        return False
    plain = [normal_form(w) for w in written if w.isalpha() and w.islower()]
    scots = [w for w in plain if w in SCOTS_WORDS]
    return len(set(scots)) >= config.english_scots_min_distinct \
        and len(scots) >= config.english_max_scots_share * len(plain)


def _top_short_words_english(short: Sequence[str], config: TextConfig) -> bool:
    """Whether at least ``config.english_min_top_short_function_share`` of the uses of a text's
    ``english_profile_top_words`` most frequent short words are English function words: a list of tabloid headlines
    ("Nurses' pay row", "Council cut bid") has as many short content words as function words (reviewC l4: 0.38 of
    its short words), but "to", "as", "for" and "in" are still the words it uses most (0.76 of the top six's uses);
    a pidgin or patois text's most used are its own ("di", "dem", "fi", "seh": 0.16-0.57)."""
    if not config.english_min_top_short_function_share:
        return False
    top = Counter(short).most_common(config.english_profile_top_words)
    english = sum(count for word, count in top if word in FUNCTION_WORDS)
    return english >= config.english_min_top_short_function_share * sum(count for _, count in top)


_SHORT_WORD_LETTERS = 3


def _common_enough(count: int, common_share: float, config: TextConfig) -> bool:
    """Whether a text of ``count`` words, ``common_share`` of them common English words, reads as English
    without the function-word share: a short one (a headline, a one-sentence brief) with
    ``english_short_min_common_share``."""
    return count < config.english_short_words and common_share >= config.english_short_min_common_share


def _dense_english(written: Sequence[str], function_share: float, config: TextConfig) -> bool:
    """Whether a text of any length (its ``written`` words) reads as a dense English summary, which drops articles
    and auxiliaries but keeps some (``english_dense_min_function_share`` of its words) and writes common English
    words (``english_dense_min_common_share`` of its lower-case words; 0: never). Lower-case words only, as the spin
    score reads plain words, and only when they are most of its words (prose): a results table or a list of names
    and teams ("Arsenal 2 Chelsea 1; Leeds 1 Burnley 1") is all common words and no prose (3 of its 65 words
    lower-case); and a French report full of English loanwords ("le coach", "le penalty", "le parking") has the
    common words but not the function words (0.02–0.04 of its words; dense English summaries 0.10–0.24). Not a
    sentence: a dense summary's sentences are short, and a sentence of 40 words or more without function words
    is a list ("250 g red lentils, rinsed; 1 large onion, chopped; …"), no prose for the spin score to read."""
    if not config.english_dense_min_common_share or function_share < config.english_dense_min_function_share:
        return False
    plain = [normal_form(w) for w in written if w.isalpha() and w.islower()]
    prose = 2 * len(plain) > sum(word_flags(written))
    return prose and _common_share(plain, config) >= config.english_dense_min_common_share


# Remembered: every article's sentences are read once per spin score, and copies of one story share sentences.
@functools.lru_cache(maxsize=16_384)
def sentence_reads_as_english(sentence: str, config: TextConfig = TEXT_DEFAULT) -> bool:
    """Whether one sentence reads as English: as ``reads_as_english`` reads a text, and with at least
    ``config.english_sentence_min_common_share`` of its words common English words. A sentence is too short for
    the function-word share alone: Portuguese, Spanish and Italian write "a", "no", "do" and "me" too."""
    # Each written word's readings looked up once for all three tests (a spin score asks this of every sentence it
    # reads): the counts of ``_function_share``, ``_common_enough`` and ``_common_share``, summed in C loops.
    read = list(map(_word_readings(config).__getitem__, word_texts(sentence)))
    total = sum(map(_IS_WORD, read))
    common = _read_common_share(read)
    english = (sum(map(_FUNCTION, read)) / total if total else 0.0) >= config.english_min_function_share or \
        _common_enough(sum(map(_NORM_IS_WORD, read)), common, config)
    return english and common >= config.english_sentence_min_common_share


def word_reading(written: str, config: TextConfig) -> tuple[bool, bool, bool, bool, bool]:
    """What the language tests read of a word as written: whether it is a word (``is_word``), its normal form a
    function word, its normal form a word, alphabetic, and alphabetic and common
    (``TextConfig.english_common_min_zipf``)."""
    norm = normal_form(written)
    alphabetic = norm.isalpha()
    reading = (is_word(written), norm in FUNCTION_WORDS, is_word(norm), alphabetic,
               alphabetic and zipf(norm) >= config.english_common_min_zipf)
    return _READINGS.setdefault(reading, reading)  # one of at most 32 tuples, shared by the words that read alike


_READINGS: dict[tuple[bool, bool, bool, bool, bool], tuple[bool, bool, bool, bool, bool]] = {}


@functools.lru_cache(maxsize=8)
def _word_readings(config: TextConfig) -> WordMemo[tuple[bool, bool, bool, bool, bool]]:
    return WordMemo(functools.partial(word_reading, config=config))


_IS_WORD, _FUNCTION, _NORM_IS_WORD, _ALPHABETIC, _COMMON = (operator.itemgetter(k) for k in range(5))


def _read_common_share(read: Sequence[tuple[bool, bool, bool, bool, bool]]) -> float:
    """``_common_share`` of the normal forms of words read by ``word_reading``."""
    alphabetic = sum(map(_ALPHABETIC, read))
    return sum(map(_COMMON, read)) / alphabetic if alphabetic else 0.0


# A quotation: from an opening double quotation mark (straight, curly, German low-high or guillemets) to the next
# closing one, or to the sentence's end (a quotation of several sentences is cut by the segmenter); and the opening
# of a sentence up to a closing mark with none before it (the rest of such a quotation). Single quotation marks are
# apostrophes too often to be read as quotations.
_QUOTATION = re.compile(r'[“„«"]([^“”„«»"]*)(?:[”“»"]|$)')
_QUOTATION_ENDING = re.compile(r'([^“”„«»"]+)[”»]')
_QUOTATION_MARK = re.compile(f"[{DOUBLE_QUOTES}]")  # any the two patterns above read


# Remembered as ``sentence_reads_as_english`` is: every article's sentences are read once per spin score.
@functools.lru_cache(maxsize=16_384)
def english_parts(sentence: str, config: TextConfig = TEXT_DEFAULT) -> tuple[tuple[int, int, bool], ...]:
    """The sentence cut into parts that cover it, each ``(start, end, reads as English)``: the text inside each
    quotation and the words around the quotations (read together: one writer's voice), each read on its own when it
    has at least ``config.english_part_min_words`` words, else as the whole sentence reads
    (``sentence_reads_as_english``).

    A writer who quotes another language mixes two in one sentence ("An dessen Ende kam Brier zu folgender
    Conclusio: “So what is innovation? …”", a German page quoting an English essay; an English report quoting a
    Spanish minister), and whichever holds more words would decide the language of the other's words."""
    whole = sentence_reads_as_english(sentence, config)
    quotes = _quotations(sentence) if config.english_part_min_words and _QUOTATION_MARK.search(sentence) else []
    if not quotes:
        return ((0, len(sentence), whole),)
    bounds = [0, *(edge for span in quotes for edge in span), len(sentence)]
    around = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    frame = _part_reads_as_english(" ".join(sentence[s:e] for s, e in around), whole, config)
    parts = [(s, e, frame) for s, e in around]
    parts += [(s, e, _part_reads_as_english(sentence[s:e], whole, config)) for s, e in quotes]
    return tuple(sorted(p for p in parts if p[0] < p[1]))


def _quotations(sentence: str) -> list[tuple[int, int]]:
    """The spans of the text inside the sentence's quotations, in order, without their marks."""
    ending = _QUOTATION_ENDING.match(sentence)
    start = ending.end() if ending else 0
    inside = [m.span(1) for m in _QUOTATION.finditer(sentence, start)]
    return [ending.span(1), *inside] if ending else inside


def _part_reads_as_english(part: str, whole: bool, config: TextConfig) -> bool:
    """``sentence_reads_as_english`` of a part long enough to tell; ``whole`` (the sentence's reading) of another."""
    if sum(word_flags(word_texts(part))) < config.english_part_min_words:
        return whole
    return sentence_reads_as_english(part, config)
