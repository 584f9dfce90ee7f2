"""The one tokenizer: words and numbers with their character offsets and a normalised form.

Alignment, spin scoring, change finding, names and dates all read text through ``word_tokens``; two
sentences are compared in the tokens' normalised form (lower case, straight apostrophes, possessive dropped).
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from unspun.text.marks import DOUBLE_QUOTES, SINGLE_QUOTES

if TYPE_CHECKING:
    from unspun.model import Span

T = TypeVar("T")

_CURRENCY_SIGNS = "$£€¥₹₩₽₺₪₦₱฿₫₴"
_SIGNS = frozenset(_CURRENCY_SIGNS)
_TOKEN = re.compile(
    # 12, 3.5bn, 1,000, 15%, 19th, 1.4kg (one token, not "1", "4kg"); a clock time stays "10", "30am" as "10:30am"
    # does (the tokens of both styles the same)
    r"\d+(?:[.,]\d+)*(?:%|(?![aApP][mM](?![^\W_]))[^\W\d_]+)?(?![^\W_])"
    r"|[^\W_]+(?:['’][^\W_]+)*"  # words, didn't, Ukraine's; a hyphen splits ("three-and-a-half" meets
    #                                "three and a half" word for word)
    rf"|[{_CURRENCY_SIGNS}]"  # a currency sign, a token of its own: "£146m" and "$146m" are other amounts
)
# Curly and low quotation marks and guillemets as their straight forms (one table for every normaliser).
QUOTE_STYLE = str.maketrans({**dict.fromkeys(SINGLE_QUOTES, "'"), **dict.fromkeys(DOUBLE_QUOTES, '"')})
_SPACE = re.compile(r"\s+")


class Token(NamedTuple):
    """A word of a text: as written, its half-open character offsets, and its normalised form."""

    text: str
    start: int
    end: int
    norm: str


@functools.lru_cache(maxsize=262_144)  # words repeat: remembering is cheaper than three string operations
def normal_form(word: str) -> str:
    """How a token is compared: lower case, straight apostrophe, possessive "'s" dropped ("Ukraine’s" → "ukraine")."""
    low = word.lower().replace("’", "'")
    return low[:-2] if low.endswith("'s") and len(low) > 3 else low


@functools.lru_cache(maxsize=4096)
def whole_words_pattern(words: str, ignore_case: bool = False) -> re.Pattern[str]:
    """A pattern finding ``words`` as whole words, no word character touching either end ("Jones", not "Jonesy");
    ``ignore_case`` for words a text may write capitalised or not."""
    return re.compile(rf"(?<!\w){re.escape(words)}(?!\w)", re.IGNORECASE if ignore_case else 0)


def word_tokens(text: str, offset: int = 0) -> tuple[Token, ...]:
    """The words and numbers of ``text``; offsets are shifted by ``offset`` (where ``text`` starts in its article).
    Remembered (``_TOKENS``): every stage tokenises the same sentences, and copies of one story repeat them."""
    return _shifted_tokens(text, offset) if offset else _TOKENS[text]


# A pure function of a string and a number, so a remembered value cannot go stale (a window of an article's text
# read where it stands: ``align``'s edges, a sentence's names).
@functools.lru_cache(maxsize=65_536)
def _shifted_tokens(text: str, offset: int) -> tuple[Token, ...]:
    return _shifted(_TOKENS[text], offset)


def _read_tokens(text: str, offset: int = 0) -> tuple[Token, ...]:
    """``word_tokens``, read from the text (no memo)."""
    # Each field read for all matches at once and the tokens built by ``tuple.__new__`` (what ``Token(...)`` does,
    # without its Python-level constructor), all in C-level maps: every stage tokenises each sentence it meets, and
    # a Python loop over the matches cost ~1/10 more (~6% of an index's comparisons are spent here).
    found = list(_TOKEN.finditer(text))
    written = list(map(_MATCHED, found))
    starts, ends = map(_MATCH_START, found), map(_MATCH_END, found)
    if offset:
        starts, ends = map(offset.__add__, starts), map(offset.__add__, ends)
    return tuple(map(_new_token, zip(written, starts, ends, map(normal_form, written), strict=True)))


_MATCHED, _MATCH_START, _MATCH_END = re.Match.group, re.Match.start, re.Match.end
_new_tuple = tuple.__new__
_new_token: Callable[[tuple[str, int, int, str]], Token] = functools.partial(_new_tuple, Token)


def text_tokens(text: str, sentences: Sequence[Span], sentence_texts: Sequence[str]) -> tuple[Token, ...]:
    """``word_tokens(text)`` of a text cut into ``sentences`` (``sentence_texts`` their texts), kept in
    ``word_tokens``' memo: read from the tokens of its sentences, shifted, and of the text between them, where
    white space stands on one side of every sentence's edges (else from the text). Every stage reads the sentences'
    tokens, and the whole text's (its names, its word bigrams) cost as much again (~4% of a trace's CPU: each
    candidate's text is new to it)."""
    known = _TOKENS.get(text)
    if known is not None:
        return known
    composed = _composed(text, sentences, sentence_texts)
    if composed is None:
        return _TOKENS[text]
    _TOKENS.remember(text, composed)
    return composed


def _composed(text: str, sentences: Sequence[Span], sentence_texts: Sequence[str]) -> tuple[Token, ...] | None:
    """The tokens of ``text`` from its sentences' and the gaps', or None where an edge has no white space beside it.
    The pattern looks behind nothing, so a search from a place no token covers finds what the whole text's search
    finds from there; a token holds no white space, so none crosses such an edge; and what the pattern reads past a
    token's end (a letter, a digit, "am" after a number) is the same at a string's end as before white space."""
    found: list[Token] = []
    at = 0
    for span, sentence in zip(sentences, sentence_texts, strict=True):
        if span.start < at or not (_spaced(text, span.start) and _spaced(text, span.end)):
            return None
        if at < span.start:
            found += _read_tokens(text[at:span.start], at)
        found += _shifted(word_tokens(sentence), span.start) if span.start else word_tokens(sentence)
        at = span.end
    if at < len(text):
        found += _read_tokens(text[at:], at)
    return tuple(found)


def _spaced(text: str, edge: int) -> bool:
    """Whether white space (or the text's start or end) stands on one side of ``edge``."""
    return edge <= 0 or edge >= len(text) or text[edge - 1].isspace() or text[edge].isspace()


def _shifted(tokens: tuple[Token, ...], offset: int) -> tuple[Token, ...]:
    """``tokens`` with their offsets moved by ``offset``: ``word_tokens`` of a sentence at another place in another
    article (copies of one story repeat their sentences; their changes and passages read them where they stand)
    from the sentence's tokens, without the pattern and the normal forms again (~1/4 of the time)."""
    return tuple([_new_tuple(Token, (t[0], t[1] + offset, t[2] + offset, t[3])) for t in tokens])


def token_norms(tokens: Iterable[Token]) -> Iterator[str]:
    """The normal forms of ``tokens``, in order (a C-level ``map``: callers read every token of a text)."""
    return map(_NORM, tokens)


_NORM = operator.attrgetter("norm")


def is_word(token: str) -> bool:
    """Whether a token (as written or normalised) is a word or a number, not a currency sign (a token of its own)."""
    return token[:1].isalnum()


def word_flags(tokens: Iterable[str]) -> Iterator[bool]:
    """``is_word`` of each of ``tokens`` (the tokenizer's, as written or normalised: never empty), in C-level
    loops: the language tests count the words of every sentence and every text an index reads (a Python call per
    word cost ~1.5% of indexing the Scale WARC)."""
    return map(str.isalnum, map(_FIRST_CHAR, tokens))


_FIRST_CHAR = operator.itemgetter(0)


class WordMemo(dict[str, T]):
    """What ``read`` gives for each word, by the word, computed when first asked for (``memo[word]``; a C-level
    ``map(memo.__getitem__, words)`` reads a sentence's words without a Python call for the words met before). At
    most ``limit`` words are held (~10–20 MB a memo at 100,000: the Scale WARC's 1,571 pages write 94k distinct
    words): all are forgotten at once beyond it."""

    def __init__(self, read: Callable[[str], T], limit: int = 200_000) -> None:
        super().__init__()
        self.read = read
        self.limit = limit

    def __missing__(self, word: str) -> T:
        value = self.read(word)
        self.remember(word, value)
        return value

    def remember(self, word: str, value: T) -> None:
        """Hold ``value`` as what ``read`` gives for ``word`` (the caller read it another way)."""
        if len(self) >= self.limit:
            self.clear()
        self[word] = value


# The tokens of each text read (``word_tokens``): a memo of a pure function of a string, so an entry cannot go stale
# (``text_tokens`` puts in a text's tokens read from its sentences', which are the same).
_TOKENS: WordMemo[tuple[Token, ...]] = WordMemo(_read_tokens, 262_144)


def word_texts(text: str) -> list[str]:
    """The words and numbers of ``text`` as written (``word_tokens``'s texts, without offsets or normal forms:
    the line filters of extraction read every line of a page once, where building tokens cost ~4% of
    indexing)."""
    return _TOKEN.findall(text)


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """Each word or number of ``text`` as written, with its half-open offsets: ``word_tokens`` without the
    normal forms, for a pass that reads every sentence of every indexed article once (spin scores)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def words(text: str) -> list[str]:
    """The normalised words of ``text``, without positions."""
    return list(text_norms(text))


@functools.lru_cache(maxsize=16)  # an indexed article's whole text is read by its MinHash and its passage hashes
def text_norms(text: str) -> tuple[str, ...]:
    """``words`` of ``text`` as a tuple, remembered for the few texts read last (normalised in a C loop)."""
    return tuple(map(normal_form, text_words(text)))


@functools.lru_cache(maxsize=16)  # an indexed article's whole text is read by its fingerprint and its language test
def text_words(text: str) -> tuple[str, ...]:
    """``word_texts`` of ``text``, remembered for the few texts read last."""
    return tuple(word_texts(text))


def shingles(text: str, size: int) -> set[bytes]:
    """Lower-cased word ``size``-grams of ``text`` (the whole text when it has fewer words)."""
    # Each distinct n-gram joined and encoded once, in C-level loops (every indexed article's every word). Without
    # currency signs: the MinHash of every store built before signs were tokens was made without them, and a
    # query read with them would hash the same text to other values (0.85 of them equal on a text with three
    # amounts); a changed currency is the changes' to find, not the candidates'.
    found = [w for w in text_norms(text) if w not in _SIGNS]
    # Joined grams told apart as strings, not as tuples of words (a word holds no space: one string per gram),
    # and each distinct one encoded once.
    return set(map(str.encode, set(map(" ".join, _grams(found, size)))))


def kept_wording(a: Sequence[str], b: Sequence[str], size: int = 3) -> float:
    """The share of the shorter word list's ``size``-grams that the other list also has: how much of its wording
    one text (its ``words``) keeps from the other (plain containment, the reuse baseline of Clough and
    Stevenson's study)."""
    return kept_grams(word_grams(a, size), word_grams(b, size))


def kept_grams(grams_a: Set[tuple[str, ...]], grams_b: Set[tuple[str, ...]]) -> float:
    """``kept_wording`` of two word lists' n-grams (``word_grams``; a caller may keep a text's)."""
    smaller, larger = sorted((grams_a, grams_b), key=len)
    return len(smaller & larger) / len(smaller) if smaller else 0.0


def word_grams(found: Sequence[str], size: int) -> set[tuple[str, ...]]:
    """The distinct ``size``-grams of ``found`` (the whole list when it is no longer); the shifted lists end
    together at the last whole n-gram."""
    return set(_grams(found, size))


def _grams(found: Sequence[str], size: int) -> Iterable[tuple[str, ...]]:
    """Each ``size``-gram of ``found`` in order, repeats included (the whole list when it is no longer)."""
    if len(found) <= size:
        return [tuple(found)] if found else []
    return zip(*(found[k:] for k in range(size)), strict=False)


# No memo of its own: the normal forms of ``word_tokens(sentence)``, whose cache every stage fills for the
# sentences it reads (names, swaps, edges), so a sentence met by alignment, the meaning tier and the agreement
# features is tokenised once, not three times (the same tokens as ``words``: one pattern, one normal form).
def sentence_words(sentence: str) -> tuple[str, ...]:
    """``words`` of one sentence, as a tuple."""
    return tuple(token_norms(word_tokens(sentence)))


_FIGURE = re.compile(r"(\d+(?:[.,]\d+)*)(?:%|bn|m|k|st|nd|rd|th)?")
# Inflections a person changes while retelling a fact ("charged" / "charges", "sentenced" / "sentencing"), longest
# first; "ies" / "ied" become "y" ("carried" / "carry").
_SUFFIXES = ("ings", "ing", "ions", "ion", "ers", "er", "ied", "ies", "ed", "es", "ly", "s")
_MIN_STEM = 3


def fact_key(word: str) -> str:
    """A normalised word as two sentences stating one fact both have it: a number by its digits ("£3.2m" and
    "£3.2 million" both "3.2", "1,090m" and "1,090-metre" both "1090", "14%" and "14 per cent" both "14", "19th"
    "19"), any other word by a light stem ("sentenced" and "sentencing" both "sentenc", "repairs" "repair",
    "slipped" "slip", "buses" "bus"). A key, not a word: for counting what one side tells of the other's."""
    figure = _FIGURE.fullmatch(word)
    if figure:
        return figure.group(1).replace(",", "")
    stem = word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM and not word.endswith("ss"):
            stem = word[: -len(suffix)]
            stem = f"{stem}y" if suffix in ("ied", "ies") else stem
            break
    if len(stem) > _MIN_STEM and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":  # "slipp" → "slip"
        stem = stem[:-1]
    while len(stem) > _MIN_STEM and stem.endswith("e"):  # "closed", "close" → "clos"; "agreed", "agree" → "agr"
        stem = stem[:-1]
    return stem


def written_words(text: str) -> list[str]:
    """The words and numbers of ``text`` as written (case kept, apostrophes straightened), without positions: the
    cheapest test that two texts say the same words, punctuation, quote style and white space aside."""
    return word_texts(text.replace("’", "'"))


def normalised(text: str, keep_case: bool = False) -> str:
    """Quotes straightened, runs of white space as one space and (unless ``keep_case``) lower case: the same
    text, for verbatim tests."""
    flat = _SPACE.sub(" ", text.translate(QUOTE_STYLE)).strip()
    return flat if keep_case else flat.lower()
