"""The one name extractor: which capitalised words of a text are names (people, places, organisations).

No NER model runs (``compare`` stays fast and needs no spaCy). A capitalised word away from a clause start
is a name unless it is a function word, a weekday or a month. A clause-opening capital says nothing by
itself, so there a word counts when the next word is a name too ("Marta Osterlund said"), when it is rare
in English ("Yevhen", "Peskov") or when it is a country or a nationality. ``article_names`` gathers what a
whole article says of its words, for the changes stage to tell a name at a clause start from an opener.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from unspun.config import TEXT_DEFAULT, TextConfig
from unspun.text import lexicon
from unspun.text.numbers import number_value
from unspun.text.tokens import Token, fact_key, sentence_words, word_tokens
from unspun.text.wordlists import (
    COUNTRIES,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    FUNCTION_WORDS,
    MONTHS,
    NATIONALITIES,
    NEWS_AGENCIES,
    RELATIVE_DAYS,
    TITLE_ABBREVIATIONS,
    WEEKDAYS,
    is_content_word,
)

# A lede's wire dateline: a place (and a day) then the agency in brackets and a dash or a colon ("KYIV (Reuters) -",
# "LONDON, Dec 5 (PA) –", "WASHINGTON (AP):"); the agency is the text's byline, whoever prints it.
WIRE_DATELINE = re.compile(rf"^\W*[A-Z][A-Za-z0-9 .,'’-]{{0,40}}\((?P<agency>{'|'.join(NEWS_AGENCIES)})\)\s*[-–—:]")
# The same of an agency no list knows, named as agencies name themselves: one word ending in "wire" ("Northwire",
# "CapWire") or a few capitalised words ending in "Wire" or "Newswire", or in "News Agency", "Press Agency", "News
# Service" or "Press Service" ("Pennine News Agency"): a public body's "(Environment Agency)", "(Fire Service)" heads
# its own notice, no agency's filing (review of lede49, reviewD ea_a). Its place is in capitals ("LEEDS, Dec 3
# (Northwire) -"), and not a page's label ("UPDATE (Ambulance Service):"): a sentence's words before brackets are no
# dateline (probe57: an invented agency's wire read as an outlet's copy without a credit; lede49).
NAMED_AGENCY_DATELINE = re.compile(
    r"^\W*(?!(?:UPDATE|BREAKING|STATEMENT|CORRECTION|EXCLUSIVE|LIVE|WATCH)\b)[A-Z][A-Z .'’-]{1,40}(?:,[\w .]{1,20})?"
    r"\((?P<agency>[A-Z][a-z]+wire|[A-Z][A-Za-z]*Wire|(?:[A-Z][\w&'’-]*\s+){1,3}(?:Wire|Newswire)"
    r"|(?:[A-Z][\w&'’-]*\s+){0,2}(?:News|Press)\s+(?:Agency|Service))\)\s*[-–—:]")


def wire_dateline(line: str) -> re.Match[str] | None:
    """The wire dateline opening ``line`` (``WIRE_DATELINE``, else ``NAMED_AGENCY_DATELINE``), its agency in the
    group ``agency``; None without one."""
    return WIRE_DATELINE.match(line) or NAMED_AGENCY_DATELINE.match(line)

_CLAUSE_OPENERS = frozenset('.!?:;"“‘(«—–\n')
_NAME_JOINERS = " \t'’-"  # what may stand between two words of one name ("Supporters' Trust", "Rolls-Royce")


@dataclass(frozen=True, slots=True)
class ArticleNames:
    """What one article says about its capitalised words (normalised), read once per article: the evidence
    that a word replaced where capitals say nothing (a clause start, a headline) was a name."""

    names: frozenset[str] = frozenset()  # ``name_tokens``
    alone: frozenset[str] = frozenset()  # ``lone_names``
    openers: frozenset[str] = frozenset()  # ``name_openers``
    surnames: frozenset[str] = frozenset()  # ``titled_names``
    pairs: frozenset[tuple[str, str]] = frozenset()  # ``name_pairs``
    lower: frozenset[str] = frozenset()  # ``lower_case_words``


NO_NAMES = ArticleNames()


def article_names(text: str, config: TextConfig = TEXT_DEFAULT) -> ArticleNames:
    """``ArticleNames`` of ``text``."""
    return NamesReader(text, config).whole()


# Not remembered here: its readers keep what they read of an article in their engine's memo (the judge's names of a
# headline, an event's names); an article's own are its ``NamesReader``'s.
def article_name_norms(text: str, config: TextConfig = TEXT_DEFAULT) -> frozenset[str]:
    """The words (normalised) ``text`` uses as names: ``name_tokens`` in prose and in lists of names (a
    line-up: "Howard, Phil Neville, Gary Neville, O'Shea"), and in a title-cased headline ("White House Used
    Bill Clinton to Ask Sestak") only the words ``headline_name_flags`` counts, where every word has a
    capital: "Used" and "Ask" say nothing there, and as "names" they made the same verb swapped in the other
    outlet's headline a name change."""
    return _name_norms(CapitalisedWords(text, config), config)


def _name_norms(words: CapitalisedWords, config: TextConfig) -> frozenset[str]:
    """``article_name_norms`` of the text ``words`` reads."""
    text, tokens = words.text, words.tokens
    flags = _without_labels(_flags(tokens, words.capital, words.opens().__getitem__, frozenset(), config),
                            words.labels())
    at = 0
    for line, titled in words.lines():
        if titled and not _name_list(text, line):
            flags[at : at + len(line)] = headline_name_flags(line, config=config)
        at += len(line)
    return frozenset(t.norm for t, flag in zip(tokens, flags, strict=True) if flag)


_START, _END = operator.itemgetter(1), operator.itemgetter(2)  # a ``Token``'s offsets, read in C


class CapitalisedWords:
    """One text's word tokens and what every whole-text reading of its names asks of each token: whether it is
    capitalised and whether it opens a clause, and the text's lines with whether each is title-cased. An
    article's names are read field by field (``NamesReader``), and a copy's marks read its sentences' names
    with them: each read these token by token again (~5% of a trace's CPU was ``capitalised`` calls)."""

    __slots__ = ("_ends", "_labels", "_lines", "_opens", "_starts", "capital", "config", "text", "tokens")

    def __init__(self, text: str, config: TextConfig = TEXT_DEFAULT) -> None:
        self.text, self.config = text, config
        self.tokens = word_tokens(text)
        self.capital = capital_flags(self.tokens)
        self._opens: list[bool] | None = None
        self._lines: list[tuple[Sequence[Token], bool]] | None = None
        self._starts: list[int] | None = None  # each token's start and end (``sentence_flags``)
        self._ends: list[int] = []
        self._labels: frozenset[int] | None = None

    def opens(self) -> list[bool]:
        """For each token: capitalised and opening a clause (``opens_clause``; only capitals are asked)."""
        if self._opens is None:
            text, tokens = self.text, self.tokens
            self._opens = [capital and opens_clause(text, tokens, k) for k, capital in enumerate(self.capital)]
        return self._opens

    def sentence_flags(self, start: int, sentence: str, tokens: Sequence[Token],
                       known: frozenset[str] = frozenset()) -> list[bool]:
        """``name_flags(sentence, tokens, known=known)`` of the text's sentence at ``start`` (``tokens`` its
        ``word_tokens``), from the whole text's capitals and clause openings where the sentence's tokens are the
        text's (the same words at the same places: a token's capital and the gap before it are the same there),
        read anew where they are not. A copy's marks read every sentence's names (``copy_marks._mentions``)."""
        if self._starts is None:
            self._starts = list(map(_START, self.tokens))
            self._ends = list(map(_END, self.tokens))
        i = bisect.bisect_left(self._starts, start)
        j = i + len(tokens)
        shift = start.__add__
        if self._starts[i:j] != list(map(shift, map(_START, tokens))) or \
                self._ends[i:j] != list(map(shift, map(_END, tokens))):
            return name_flags(sentence, tokens, known=known, config=self.config)
        opens = self.opens()
        flags = _flags(tokens, self.capital[i:j], lambda k: k == 0 or opens[i + k], known, self.config)
        return _without_labels(flags, frozenset(k - i for k in self.labels() if i <= k < j))

    def labels(self) -> frozenset[int]:
        """``section_labels`` of the whole text."""
        if self._labels is None:
            self._labels = section_labels(self.text, self.tokens, config=self.config)
        return self._labels

    def lines(self) -> list[tuple[Sequence[Token], bool]]:
        """The tokens line by line (``_lines``), each with whether it is title-cased (``title_cased``)."""
        if self._lines is None:
            self._lines = [(line, title_cased(line, self.config)) for line in _lines(self.text, self.tokens)]
        return self._lines


def name_tokens(text: str, offset: int = 0, config: TextConfig = TEXT_DEFAULT) -> tuple[Token, ...]:
    """The name tokens of ``text`` (offsets shifted by ``offset``)."""
    # ``word_tokens(text)`` and ``word_tokens(text, 0)`` are two entries of its cache: every other stage asks
    # for the first.
    tokens = word_tokens(text, offset) if offset else word_tokens(text)
    return tuple(t for t, flag in zip(tokens, name_flags(text, tokens, offset, config=config), strict=True) if flag)


# A pure function of its arguments, remembered: the judge's shared names, the sentence-agreement features and the
# meaning tier's rare names all read the names of the same sentences.
@functools.lru_cache(maxsize=262_144)
def sentence_name_norms(sentence: str, config: TextConfig = TEXT_DEFAULT) -> tuple[str, ...]:
    """The normalised forms of ``name_tokens(sentence)``, in order."""
    return tuple(t.norm for t in name_tokens(sentence, config=config))


def names_and_rare_words(sentence: str, max_zipf: float, config: TextConfig = TEXT_DEFAULT
                         ) -> tuple[frozenset[str], frozenset[str]]:
    """A sentence's names (``sentence_name_norms`` longer than two letters) and its other content words no more
    common than ``max_zipf`` ("bogie", "damp", "cordon"; no number words): what another writer of the same event
    would word or choose otherwise, and a summary or teaser keeps from the text it retells."""
    names = frozenset(n for n in sentence_name_norms(sentence, config) if len(n) > 2)
    rare = frozenset(w for w in sentence_words(sentence) if w.isalpha() and len(w) > 2 and w not in names
                     and is_content_word(w) and lexicon.zipf(w) <= max_zipf and number_value(w) is None)
    return names, rare


def named_specifics(sentences: Sequence[str], config: TextConfig = TEXT_DEFAULT) -> set[str]:
    """The names (``sentence_name_norms``) and the figures in digits (as ``tokens.fact_key``s) ``sentences`` state:
    what a summary may only take from its source, and another report of the event tells of its own."""
    return {name for t in sentences for name in sentence_name_norms(t, config)} | \
        {fact_key(w) for t in sentences for w in sentence_words(t) if w[:1].isdigit()}


def name_flags(
    text: str, tokens: Sequence[Token], offset: int = 0, known: frozenset[str] = frozenset(),
    config: TextConfig = TEXT_DEFAULT,
) -> list[bool]:
    """For each token (offsets into ``text`` plus ``offset``): is it a name or part of one? ``known`` holds
    names (normalised) the text uses elsewhere: written at a clause start, they are still names ("Trump
    repeated" where "Donald Trump" came before)."""
    flags = _flags(tokens, capital_flags(tokens), lambda k: opens_clause(text, tokens, k, offset), known, config)
    return _without_labels(flags, section_labels(text, tokens, offset, config))


_LABEL_MAX_WORDS = 3  # "WEATHER:", "IN COURT:", "HOUSING AND PLANNING:"


def section_labels(text: str, tokens: Sequence[Token], offset: int = 0,
                   config: TextConfig = TEXT_DEFAULT) -> frozenset[int]:
    """The tokens of ``text`` (offsets minus ``offset``) that label a section of a brief or a bulletin, not a name:
    one to three words from a line's start to a colon, all in capitals ("WEATHER: Heavy rain …", "IN COURT: A
    former …"), or any case on a line of their own ("Markets:" then a line break). A name before a colon in a
    sentence ("Sarah Brown: why I quit", "UKHSA said: …") is written in neither form; a speaker or a body written
    so ("STARMER: We will …", "Mr Patel:", "NHS: Waiting lists …") is no section (``_label_names``): its words are
    read as any others."""
    labels: set[int] = set()
    starts = [0] if tokens else []  # a label starts a line
    if "\n" in text:
        starts += [k for k in range(1, len(tokens))
                   if "\n" in text[tokens[k - 1].end - offset : tokens[k].start - offset]]
    for k in starts:
        for j in range(k, min(k + _LABEL_MAX_WORDS, len(tokens))):
            gap = text[tokens[j].end - offset : tokens[j + 1].start - offset if j + 1 < len(tokens) else None]
            if gap.startswith(":"):
                words = tokens[k : j + 1]
                if (all(t.text.isupper() for t in words) or "\n" in gap) \
                        and not _label_names(text, tokens, k, j, offset, config):
                    labels.update(range(k, j + 1))
                break
            if gap.strip(" "):
                break  # a label's words run on with spaces only
    return frozenset(labels)


def _label_names(text: str, tokens: Sequence[Token], first: int, last: int, offset: int, config: TextConfig) -> bool:
    """Whether the label at tokens ``first`` … ``last`` names someone or something: one of its words is no common
    English word (``TextConfig.label_name_max_zipf``: "STARMER" 2.3, "Patel" 3.5, "NHS" 4.0; a section's "MARKETS"
    4.6, "WEATHER" 4.9, "LIVE" 5.5), or the text writes it capitalised inside a sentence elsewhere ("HUNT:" where
    "Jeremy Hunt said" comes after)."""
    words = [t.norm for t in tokens[first : last + 1]]
    if any(w.isalpha() and w not in FUNCTION_WORDS and lexicon.zipf(w) < config.label_name_max_zipf for w in words):
        return True
    return any(t.norm in words and t.text[:1].isupper() and not _sentence_start(text, tokens, k, offset)
               for k, t in enumerate(tokens) if not first <= k <= last)


def _sentence_start(text: str, tokens: Sequence[Token], k: int, offset: int) -> bool:
    """Whether token ``k`` starts the text, a line, a sentence or what a colon opens (a capital there names
    nothing by itself)."""
    if k == 0:
        return True
    gap = text[tokens[k - 1].end - offset : tokens[k].start - offset]
    return any(mark in gap for mark in ".!?:\n")


def _without_labels(flags: list[bool], labels: frozenset[int]) -> list[bool]:
    """``flags`` with the tokens of a section label (``section_labels``) no name."""
    for k in labels:
        flags[k] = False
    return flags


def _flags(tokens: Sequence[Token], capital: Sequence[bool], opens: Callable[[int], bool], known: frozenset[str],
           config: TextConfig) -> list[bool]:
    """``name_flags`` of ``tokens`` whose capitals are ``capital`` and where ``opens(k)`` tells whether capitalised
    token ``k`` opens a clause. ``known`` may write down what it is asked (``changes.context.SeenSet``): it is asked
    in the same cases, in the same order, however the two are given."""
    flags = [False] * len(tokens)
    for k in [k for k, c in enumerate(capital) if c]:
        token = tokens[k]
        if _never_a_name(token.norm) or _currency_prefix(tokens, k):
            continue
        if not opens(k):
            flags[k] = True
        else:
            next_is_name = k + 1 < len(tokens) and capital[k + 1] and not _never_a_name(tokens[k + 1].norm)
            flags[k] = bool(next_is_name or token.norm in known or rare_word(token.norm, config)
                            or proper_word(token.norm))
    return flags


def _joined(text: str, left: Token, right: Token) -> bool:
    """Nothing but a name's joiners between the two words: one name may run across them ("Marta Osterlund",
    "Rolls-Royce"; not "Mayor, Payne")."""
    return not text[left.end : right.start].strip(_NAME_JOINERS)


def lone_names(text: str) -> frozenset[str]:
    """Words (normalised) ``text`` writes as a name standing alone, capitalised away from a clause start with
    no capitalised word beside it but across punctuation ("the Labour party", "France v Cyprus", "Mayor,
    Payne, Rhys Jones" in a line-up): a name in its own right, unlike a word of a longer name ("the Riverside
    Supporters' Trust", "Metropolitan Police")."""
    return _lone_names(CapitalisedWords(text))


def _lone_names(words: CapitalisedWords) -> frozenset[str]:
    """``lone_names`` of the text ``words`` reads."""
    text, tokens, capital, opens = words.text, words.tokens, words.capital, words.opens()
    found = set()
    for k in [k for k, c in enumerate(capital) if c]:  # what stands beside is read for capitals only
        token = tokens[k]
        beside = (k > 0 and capital[k - 1] and _joined(text, tokens[k - 1], token)) or \
            (k + 1 < len(tokens) and capital[k + 1] and _joined(text, token, tokens[k + 1]))
        if not beside and not _never_a_name(token.norm) and not opens[k]:
            found.add(token.norm)
    return frozenset(found)


def name_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Two words (normalised) ``text`` writes side by side as one name away from a clause start ("the actor
    Johnny Depp", "against Real Madrid"): wherever else the two stand together, a sentence start included,
    the first is that name's first word, not a sentence opener."""
    return _name_pairs(CapitalisedWords(text))


def _name_pairs(words: CapitalisedWords) -> frozenset[tuple[str, str]]:
    """``name_pairs`` of the text ``words`` reads."""
    text, tokens, capital = words.text, words.tokens, words.capital
    named = [c and not _never_a_name(t.norm) for t, c in zip(tokens, capital, strict=True)]  # ``_name_word``
    opens = words.opens()
    return frozenset(
        (tokens[k].norm, tokens[k + 1].norm) for k in range(1, len(tokens) - 1)
        if named[k] and named[k + 1] and text[tokens[k].end:tokens[k + 1].start] == " " and not opens[k]
    )


def name_openers(text: str, config: TextConfig = TEXT_DEFAULT) -> frozenset[str]:
    """Words (normalised) ``text`` writes capitalised right after a word in lower case, within a clause and
    outside title-cased lines ("said Swank", "the aid agency Care International", "the Scottish Conservative
    Party"): a name, or the first word of one, whatever it means in lower case. Unlike ``lone_names`` this
    counts a name's first word; a word inside a capitalised run ("the Riverside Supporters' Trust": "Supporters")
    or a sentence's capital ("Former Chelsea boss") does not count."""
    return _name_openers(CapitalisedWords(text, config))


def _name_openers(words: CapitalisedWords) -> frozenset[str]:
    """``name_openers`` of the text ``words`` reads."""
    text, capital = words.text, words.capital
    found = set()
    at = 0
    for line, titled in words.lines():
        if not titled:
            for k in range(at + 1, at + len(line)):
                before, token = words.tokens[k - 1], words.tokens[k]
                if (before.text[0].islower() and capital[k] and not _never_a_name(token.norm)
                        and text[before.end:token.start] in (" ", ", ")):
                    found.add(token.norm)
        at += len(line)
    return frozenset(found)


def _name_list(text: str, line: Sequence[Token]) -> bool:
    """A title-cased line that lists names, two commas or semicolons or more between its words (a line-up),
    not a headline."""
    between = text[line[0].end : line[-1].start]
    return between.count(",") + between.count(";") >= 2


def _lines(text: str, tokens: Sequence[Token]) -> list[Sequence[Token]]:
    """``tokens`` cut where a line break stands between two of them."""
    cuts = [k for k in range(1, len(tokens)) if "\n" in text[tokens[k - 1].end:tokens[k].start]]
    return [tokens[i:j] for i, j in zip([0, *cuts], [*cuts, len(tokens)], strict=True)]


def lower_case_words(text: str) -> frozenset[str]:
    """Words (normalised) ``text`` writes in lower case somewhere: ordinary words there, whatever a capital
    at a sentence start makes of them ("Former Labour minister …" beside "the former leader")."""
    return frozenset([t.norm for t in word_tokens(text) if t.text[0].islower()])


def _name_word(token: Token) -> bool:
    return capitalised(token) and not _never_a_name(token.norm)


def titled_names(text: str) -> frozenset[str]:
    """Words (normalised) ``text`` writes right after a title abbreviation ("Mr King", "Dr. Bishop"): surnames
    in this text, whatever else the word means ("King", "Bishop", "Judge" are role words too)."""
    tokens = word_tokens(text)
    return frozenset(
        tokens[k + 1].norm for k in range(len(tokens) - 1)
        if tokens[k].norm in TITLE_ABBREVIATIONS and capitalised(tokens[k + 1])
        and text[tokens[k].end:tokens[k + 1].start].strip() in ("", ".")
    )


class NamesReader:
    """``article_names`` of one text, each field read when first asked for: what one sentence pair's changes read
    of an article's names is mostly one field (``names``, for a capitalised word opening a clause). The fields read
    the text's tokens through one ``CapitalisedWords``."""

    def __init__(self, text: str, config: TextConfig = TEXT_DEFAULT) -> None:
        self._text, self._config = text, config
        self._read: dict[str, frozenset[Any]] = {}
        self._words: CapitalisedWords | None = None

    @property
    def words(self) -> CapitalisedWords:
        """The text's tokens and their capitals, read once for every field."""
        if self._words is None:
            self._words = CapitalisedWords(self._text, self._config)
        return self._words

    def field(self, name: str) -> frozenset[Any]:
        """The ``ArticleNames`` field ``name`` of the text."""
        found = self._read.get(name)
        if found is None:
            found = self._read[name] = _NAME_FIELDS[name](self)
        return found

    def whole(self) -> ArticleNames:
        return ArticleNames(**{name: self.field(name) for name in _NAME_FIELDS})


_NAME_FIELDS: dict[str, Callable[[NamesReader], frozenset[Any]]] = {
    "names": lambda reader: _name_norms(reader.words, reader.words.config),
    "alone": lambda reader: _lone_names(reader.words),
    "openers": lambda reader: _name_openers(reader.words),
    "surnames": lambda reader: titled_names(reader.words.text),
    "pairs": lambda reader: _name_pairs(reader.words),
    "lower": lambda reader: lower_case_words(reader.words.text),
}


def headline_name_flags(
    tokens: Sequence[Token], known: frozenset[str] = frozenset(), config: TextConfig = TEXT_DEFAULT
) -> list[bool]:
    """``name_flags`` for title-cased text (a headline, a line-up of names), where every word is capitalised and
    capitals mark nothing: a word is a name when the article uses it as one elsewhere, when it is rare in
    English or when it is a country ("Cech, Paulo Ferreira, Gallas": "Ferreira")."""
    return [
        capitalised(t) and not _never_a_name(t.norm)
        and (t.norm in known or rare_word(t.norm, config) or proper_word(t.norm))
        for t in tokens
    ]


def name_specificity(norm: str, config: TextConfig = TEXT_DEFAULT) -> float:
    """How much the name ``norm`` (normalised) tells one event from another, 0 to 1, by its rarity in English: a
    made-up or rare name ("Corvane", "Whitcombe") is one event's own, while a title or a place in every report of
    its kind ("Chief Executive", "New York", "Commission") says only what kind of news it is
    (``TextConfig.specific_name_max_zipf`` and ``generic_name_min_zipf``). Accents are folded first: "Sánchez" is
    as common a name as "Sanchez", whichever way a report spells it."""
    rare, common = config.specific_name_max_zipf, config.generic_name_min_zipf
    return min(1.0, max(0.0, (common - lexicon.zipf(without_accents(norm))) / (common - rare)))


@functools.lru_cache(maxsize=65_536)
def without_accents(word: str) -> str:
    """``word`` with its letters' accents dropped ("sánchez" → "sanchez", "müller" → "muller")."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def proper_word(norm: str) -> bool:
    """A name by itself, wherever it stands: a country or a nationality ("Wales", "Scottish", "Russians")."""
    return norm in COUNTRIES or norm in NATIONALITIES


def _never_a_name(norm: str) -> bool:
    # a currency's code is no name: "CHF 40,000" → "€40,000" is an amount in another currency
    return norm in FUNCTION_WORDS or norm in WEEKDAYS or norm in MONTHS or norm in _CURRENCY_CODE_NORMS


_CURRENCY_CODE_NORMS = frozenset(code.lower() for code in CURRENCY_CODES)


def _currency_prefix(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is the country letters of a currency sign written against it ("A$420m", "HK$3bn"): part of
    the amount's currency, no name ("A$" → "AU$" is the same Australian dollar)."""
    sign = tokens[k + 1] if k + 1 < len(tokens) else None
    return sign is not None and sign.start == tokens[k].end and tokens[k].text + sign.text in CURRENCY_SIGNS


def capitalised(token: Token) -> bool:
    """Written with a capital first letter ("I" aside)."""
    return token.text[0].isupper() and token.text != "I"


def capital_flags(tokens: Sequence[Token]) -> list[bool]:
    """``capitalised`` of each token. Written out here: a call per token of every text and sentence whose names are
    read cost ~4% of a trace."""
    return [t.text[0].isupper() and t.text != "I" for t in tokens]


def opens_clause(text: str, tokens: Sequence[Token], k: int, offset: int = 0) -> bool:
    """Token ``k`` starts the text, a sentence, a quotation, a bracket or a line."""
    if k == 0:
        return True
    gap = text[tokens[k - 1].end - offset : tokens[k].start - offset]
    if gap.strip() == "." and tokens[k - 1].norm in TITLE_ABBREVIATIONS:
        return False  # "Mr. Yenin": the full stop ends a title, not a sentence
    return not _CLAUSE_OPENERS.isdisjoint(gap)  # a character of the gap among them


def rare_word(norm: str, config: TextConfig = TEXT_DEFAULT) -> bool:
    """Rarer in English than ordinary sentence openers (``TextConfig.name_initial_max_zipf``)."""
    return lexicon.zipf(norm) < config.name_initial_max_zipf


def title_cased(tokens: Sequence[Token], config: TextConfig = TEXT_DEFAULT) -> bool:
    """Headline style (nearly every longer word capitalised, ``TextConfig.headline_min_capitalised_share``),
    where capitals do not mark names."""
    # One loop, no lists, and left as soon as the longer words not capitalised are too many for any share of all
    # the tokens (with one to spare against rounding): every line of every article and every sentence pair is
    # asked (~3% of a trace), and prose gives it up within its first words.
    share = config.headline_min_capitalised_share
    most_uncapitalised = (1 - share) * len(tokens) + 1
    long_words = capitals = 0
    for t in tokens:
        word = t.text
        if len(word) > 3 and word[0].isalpha():
            long_words += 1
            if word[0].isupper():
                capitals += 1
            elif long_words - capitals > most_uncapitalised:
                return False
    return long_words >= 4 and capitals >= share * long_words


def respelt(x: str, y: str, config: TextConfig = TEXT_DEFAULT) -> bool:
    """``y`` is ``x`` with at most ``TextConfig.max_respelt_letters`` letters changed (both long enough for that
    to leave most of the word: more than twice as many letters)."""
    from rapidfuzz.distance import Levenshtein

    most = config.max_respelt_letters
    return x != y and min(len(x), len(y)) > 2 * most and (
        Levenshtein.distance(x, y, score_cutoff=most) <= most
    )


# Two words a spinner's thesaurus swaps for a name that is also a word ("Ned Price" → "Ned Cost") are common ones.
_SWAPPED_WORD_MIN_ZIPF = 4.0
_ALIKE_MIN_RATIO = 60.0


def alike_in_letters(x: str, y: str) -> bool:
    """Whether two words, case aside, share most of their letters in order (rapidfuzz ratio ≥ 60: "Yenin" /
    "Yemen", "Balls" / "Bell"; not "Cameras" / "Drivers")."""
    from rapidfuzz import fuzz

    return fuzz.ratio(x.lower(), y.lower()) >= _ALIKE_MIN_RATIO


def may_be_one_name(x: str, y: str) -> bool:
    """Whether two spellings facing each other may be of one name: alike in letters ("Yenin" / "Yemen", "Balls" /
    "Bell"), or both common words a thesaurus swaps ("Price" / "Cost"). Two people's names ("Okafor" / "Reyes": a
    quote given to another speaker) are not, nor a sentence's opening function word ("The" / "Rescue"), nor two
    months or days ("February" / "March": another date)."""
    lx, ly = x.lower(), y.lower()
    dates = [_date_word(w) for w in (lx, ly)]
    if all(dates):
        return False  # "19 February" → "19 March": another date, not a name respelt
    if lx in FUNCTION_WORDS or ly in FUNCTION_WORDS:
        return False
    if alike_in_letters(lx, ly):
        return True  # "Marsh" → "March" too: a name corrupted into a month
    return not any(dates) and min(lexicon.zipf(lx), lexicon.zipf(ly)) >= _SWAPPED_WORD_MIN_ZIPF


def _date_word(norm: str) -> bool:
    return norm in MONTHS or norm in WEEKDAYS or norm in RELATIVE_DAYS


def one_person_named(names_a: Sequence[str], names_b: Sequence[str], texts: Sequence[str]) -> bool:
    """Whether two namings are one person called by first name on one side and by surname on the other ("Jane
    said", "Ms Obi said"): one of ``texts`` writes a word of each together as one full name ("Jane Obi")."""
    return any(re.search(rf"\b{re.escape(first)}\s+{re.escape(last)}\b", text)
               for x in names_a for y in names_b for first, last in ((x, y), (y, x)) for text in texts)
