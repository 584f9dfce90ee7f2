"""Marks a copy leaves on the sentences it takes from another text, read sentence pair by sentence pair.

A person who takes some of a wire story's sentences into a story of their own (METER's "partially derived" paper)
or rewrites it for a tabloid leaves marks the shares of the texts do not show:

- **a name the copy never introduced**: a taken sentence calls someone by a short form ("Pellow", "Chloe", "Mr
  Kerr") that the source introduced in full in a sentence the copy did not take;
- **a sentence cut short**: the copy's sentence is the source's with a clause or a tail cut out, and what was cut is
  nowhere else in the copy (a clause moved into another sentence, or an attribution "she said" put where a quotation
  was split, is no cut);
- **the next morning's day**: where the source says "today", the copy's sentence says "yesterday" or "last night"
  (a paper printed the morning after the agency's copy);
- **a quotation cut short**: the copy quotes the first (or last) sentences of a quotation the other side gives in
  full, inside the same marks. A copy keeps what it quotes or cuts it; it does not go on with a speaker's words it
  never had, so the side giving the quotation whole did not take it from the other (it has the speaker's text, or
  their common source's).

Each is counted per side; the judge reads them as direction clues (``judge._copy_marks_clues``). An original is
written in one piece, so its taken sentences introduce whom they name and keep what they say.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from unspun.config import TEXT_DEFAULT, TextConfig
from unspun.model import Segmented
from unspun.pair.changes.facts import facts, restates_amount
from unspun.pair.changes.find import names_reader
from unspun.pair.changes.quotes import quotations
from unspun.pair.memo import Memo, remembered
from unspun.text.dates import names_relative_day, relative_day_offset, time_expressions
from unspun.text.diff import cut_stretches, deletion_cuts
from unspun.text.marks import QUOTATION_MARKS, sentence_pieces
from unspun.text.names import NamesReader, opens_clause
from unspun.text.numbers import number_value
from unspun.text.tokens import Token, is_word, normalised, word_tokens, words
from unspun.text.wordlists import (
    COUNTRIES,
    DETERMINERS_AND_ARTICLES,
    FUNCTION_WORDS,
    HONORIFICS,
    MONTHS,
    NATIONALITIES,
    ROLE_WORDS,
    WEEKDAYS,
)


class CopyMarks(NamedTuple):
    """Per side (A, B): names a taken sentence does not introduce, taken sentences cut short, and sentences
    whose relative day is the next day's (the side writing "yesterday" where the other writes "today")."""

    unintroduced_a: int = 0
    unintroduced_b: int = 0
    cut_a: int = 0
    cut_b: int = 0
    next_day_a: int = 0
    next_day_b: int = 0
    quotation_cut_a: int = 0
    quotation_cut_b: int = 0


NO_MARKS = CopyMarks()


class _Mention(NamedTuple):
    start: int  # offsets in its sentence
    end: int
    words: tuple[str, ...]  # the name's words (normalised), honorifics and role words left out
    # written as a person's name: after an honorific ("Mr Kerr"), a role word before a full name ("Prosecutor Alison
    # Darke"; not "General Motors"), or ``_person_cue``
    person: bool


def copy_marks(a: Segmented, b: Segmented, pairs: Sequence[tuple[int, int]],
               text: TextConfig = TEXT_DEFAULT, memo: Memo | None = None) -> CopyMarks:
    """The marks of ``pairs`` (matched sentence indices (i, j), A's and B's) on each side; ``memo`` (an engine's)
    keeps each article's names (the reader its changes read too, ``find.names_reader``)."""
    if not pairs:
        return NO_MARKS
    read_a = remembered(memo, ("copy marks' reading", a, text), lambda: _Reading(a, names_reader(a, text, memo)))
    read_b = remembered(memo, ("copy marks' reading", b, text), lambda: _Reading(b, names_reader(b, text, memo)))
    unintroduced = _unintroduced_names(read_a, read_b, pairs)
    cut = _cut_sentences(read_a, read_b, pairs)
    days = [_next_day(read_a.texts[i], read_b.texts[j]) for i, j in pairs]
    return CopyMarks(*unintroduced, *cut, days.count("a"), days.count("b"),
                     *_cut_quotations(read_a, read_b, text.quotation_cut_min_words))


def _mentions(seg: Segmented, names: NamesReader) -> list[list[_Mention]]:
    """Each sentence's names of people, in order: runs of name tokens one space apart (``names.name_flags``, read
    with the names the whole article uses, ``names``' field "names") that may name a person (``_person_like``),
    without honorifics and role words ("Mr", "Prosecutor")."""
    known = names.field("names")
    found = []
    for span, sentence in zip(seg.sentences, seg.sentence_texts(), strict=True):
        tokens = word_tokens(sentence)
        flags = names.words.sentence_flags(span.start, sentence, tokens, known)
        runs: list[list[int]] = []
        for k, flag in enumerate(flags):
            if not flag:
                continue
            if runs and runs[-1][-1] == k - 1 and sentence[tokens[k - 1].end:tokens[k].start] == " ":
                runs[-1].append(k)
            else:
                runs.append([k])
        mentions = []
        for run in runs:
            if not _person_like(tokens, run):
                continue
            kept = tuple(tokens[k].norm for k in run if tokens[k].norm not in _TITLE_WORDS)
            if kept:
                titled = any(tokens[k].norm in HONORIFICS for k in run) or (len(kept) >= 2 and len(kept) < len(run))
                mentions.append(_Mention(tokens[run[0]].start, tokens[run[-1]].end, kept,
                                         titled or _person_cue(sentence, tokens, run)))
        found.append(mentions)
    return found


def _person_like(tokens: Sequence[Token], run: Sequence[int]) -> bool:
    """Whether a run of name tokens may name a person: no determiner before it and no "of" after it ("the University
    of Exeter", "a Labour Party spokesman" name institutions, whose short forms need no introduction)."""
    before = tokens[run[0] - 1].norm if run[0] > 0 else ""
    after = tokens[run[-1] + 1].norm if run[-1] + 1 < len(tokens) else ""
    return before not in DETERMINERS_AND_ARTICLES and after != "of"


_TITLE_WORDS = HONORIFICS | ROLE_WORDS  # left out of a mention's words ("Mr", "Prosecutor")
# "Graham Pellow, 58,", "Chloe Barraclough (19)": a person's age after the name
_AGE = re.compile(r"\s*(?:,|\()\s*\d{1,3}\s*(?:,|\)|\.|$)")


def _person_cue(sentence: str, tokens: Sequence[Token], run: Sequence[int]) -> bool:
    """Whether a name is written as a person's: after a role word or an honorific ("prosecutor", "Mr"), or before an
    age. A club or a firm ("Rovers", "Skyline", "Pellow Associates") is named without these, and a report writes its
    short form without introducing it; a firm says things as a person does, so a verb of saying is no cue."""
    before = tokens[run[0] - 1].norm if run[0] > 0 else ""
    return before in _TITLE_WORDS or bool(_AGE.match(sentence, tokens[run[-1]].end))


def _full_forms(short: str, a: _Reading, b: _Reading) -> bool:
    """Whether ``short`` is a person's surname or first name written alone in either article: a name of two or more
    words written as a person's (``_person_cue``) ends with it, or one of two words opens with it ("Pellow" of "Graham
    Pellow, 58", "Chloe" of "Chloe Barraclough, 19"), or it is written after an honorific itself ("Mr Kerr"); and a
    name of two words or more opens or ends with it (``_NameForms``)."""
    return (short in a.forms.person or short in b.forms.person) and (short in a.forms.ends or short in b.forms.ends)


def _introduced(reading: _Reading, sentence: int, start: int, short: str) -> bool:
    """Whether a full form of ``short`` stands before ``start`` of ``sentence`` (in it or in an earlier sentence)."""
    return any(k < sentence or (k == sentence and end <= start) for k, end in reading.forms.full_at.get(short, ()))


class _NameForms(NamedTuple):
    """What ``_full_forms`` and ``_introduced`` ask of an article's mentions, read in one pass over them (each asked
    it of every mention, for every short name of every sentence pair)."""

    person: frozenset[str]  # a person's name alone, the last word of a person's name, the first of two
    ends: frozenset[str]  # the first and last words of names of two words or more
    full_at: dict[str, list[tuple[int, int]]]  # (sentence, end) of each full form: a name's last word, two's first


def _name_forms(mentions: Sequence[Sequence[_Mention]]) -> _NameForms:
    person: set[str] = set()
    ends: set[str] = set()
    full_at: dict[str, list[tuple[int, int]]] = {}
    for k, sentence in enumerate(mentions):
        for m in sentence:
            words = m.words
            if m.person:
                person.add(words[-1])
                if len(words) == 2:
                    person.add(words[0])
            if len(words) >= 2:
                ends.update((words[0], words[-1]))
                full_at.setdefault(words[-1], []).append((k, m.end))
                if len(words) == 2 and words[0] != words[-1]:
                    full_at.setdefault(words[0], []).append((k, m.end))
    return _NameForms(frozenset(person), frozenset(ends), full_at)


class _Reading:
    """What the marks read of one article, each part once (a trace compares its query with every candidate, and
    an engine's memo keeps this per article): its people's mentions, the words it writes in lower case, its words
    of content, and per sentence its names written alone and its words."""

    def __init__(self, seg: Segmented, names: NamesReader) -> None:
        self.texts = seg.sentence_texts()
        self.mentions = _mentions(seg, names)
        self.forms = _name_forms(self.mentions)
        self.ordinary = names.field("lower")  # ``names.lower_case_words``
        # ``_content_words(" ".join(self.texts))`` sentence by sentence: a space between two sentences ends a
        # token as the text's end does, so the joined text's tokens are the sentences' (copies repeat sentences)
        self.vocabulary = frozenset().union(*map(_sentence_content_words, self.texts))
        self._alone: dict[int, dict[str, int]] = {}
        self._text = seg.article.text
        self._quotations: tuple[tuple[tuple[str, ...], ...], ...] | None = None

    def alone(self, k: int) -> dict[str, int]:
        if k not in self._alone:
            self._alone[k] = _alone(self.texts[k], self.mentions[k])
        return self._alone[k]

    def words(self, k: int) -> tuple[str, ...]:
        return _normal_words(self.texts[k])

    def quotations(self) -> tuple[tuple[tuple[str, ...], ...], ...]:
        """Each quotation of the article as its sentences' normalised words (``_quotation_sentences``)."""
        if self._quotations is None:
            self._quotations = _quotation_sentences(self._text)
        return self._quotations


# Pure functions of a sentence, remembered: a trace's candidates are copies of one story, repeating its sentences.
@functools.lru_cache(maxsize=16_384)
def _normal_words(sentence: str) -> tuple[str, ...]:
    """The words of ``sentence`` normalised (``tokens.normalised``, ``tokens.words``)."""
    return tuple(words(normalised(sentence)))


@functools.lru_cache(maxsize=16_384)
def _sentence_content_words(sentence: str) -> frozenset[str]:
    return frozenset(_content_words(sentence))


def _unintroduced_names(a: _Reading, b: _Reading, pairs: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """Short names both sentences of a pair write alone, introduced in full before them on one side only: the
    names each side leaves unintroduced (each name once). A word either text writes in lower case too is an ordinary
    word at a sentence start ("Water poured down the hill" beside "Northvale Water said"), not a surname."""
    found: tuple[set[str], set[str]] = (set(), set())
    mentions_a, mentions_b = a.mentions, b.mentions
    ordinary = a.ordinary | b.ordinary
    for i, j in pairs:
        if i >= len(mentions_a) or j >= len(mentions_b):
            continue
        alone_a, alone_b = a.alone(i), b.alone(j)
        for short in sorted(alone_a.keys() & alone_b.keys()):
            if short in COUNTRIES or short in NATIONALITIES or short in ordinary or \
                    not _full_forms(short, a, b):
                continue
            in_a = _introduced(a, i, alone_a[short], short)
            in_b = _introduced(b, j, alone_b[short], short)
            if in_a != in_b:
                found[0 if in_b else 1].add(short)
    return len(found[0]), len(found[1])


def _alone(sentence: str, mentions: Sequence[_Mention]) -> dict[str, int]:
    """The words ``sentence`` writes alone as a name, each at its first such place: its one-word mentions, and a
    capitalised word opening a clause with no capitalised word beside it, where a capital says nothing and the name
    finder may have left it out (a quotation's first word: "Megan was a strong swimmer")."""
    alone = {m.words[0]: m.start for m in reversed(mentions) if len(m.words) == 1}
    tokens = word_tokens(sentence)
    for k, token in enumerate(tokens):
        if token.norm in alone or not sentence[token.start].isupper() or not opens_clause(sentence, tokens, k):
            continue
        beside = k + 1 < len(tokens) and sentence[tokens[k + 1].start].isupper()
        if not beside and not any(m.start <= token.start < m.end for m in mentions):
            alone[token.norm] = token.start
    return alone


def _cut_sentences(a: _Reading, b: _Reading, pairs: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """Sentence pairs whose shorter side is the longer with words cut and nothing else, where most of the cut
    words of content are nowhere in the shorter side's text: what the copy dropped, not what it moved (a merged
    clause, "of Church Stretton" put into another sentence) or wrote again where it split a quotation ("she said":
    function words only). Counted for the shorter side."""
    texts = (a.texts, b.texts)
    vocabulary = (a.vocabulary, b.vocabulary)
    cut = [0, 0]
    for i, j in dict.fromkeys(pairs):
        if i >= len(texts[0]) or j >= len(texts[1]) or texts[0][i] == texts[1][j]:
            continue
        words_a, words_b = a.words(i), b.words(j)
        if len(words_a) == len(words_b) or deletion_cuts(words_a, words_b) is None:
            continue
        side = 0 if len(words_a) < len(words_b) else 1
        shorter, longer = (words_a, words_b) if side == 0 else (words_b, words_a)
        if _quoted_whole(texts[side][i if side == 0 else j], texts[1 - side][j if side == 0 else i]):
            continue  # a report's quotation of the speaker's sentence with its attribution ("…," he said): added
        kept = _without_restatements(texts[1 - side][j if side == 0 else i], shorter, longer)
        dropped = _content_words(" ".join(kept)) - _content_words(" ".join(shorter))
        if dropped and all(number_value(w) is not None or not is_word(w) for w in dropped):
            continue  # an amount put in other units or another currency beside the other's ("$38m (£30m)"): added
        if dropped and 2 * len(dropped & vocabulary[side]) < len(dropped):
            cut[side] += 1
    return cut[0], cut[1]


def _without_restatements(sentence: str, shorter: Sequence[str], longer: Sequence[str]) -> Sequence[str]:
    """``longer``, the words of ``sentence``, less the stretches ``shorter`` lacks that only restate what the
    sentence says beside them (``_restates``): a copy adds those as it localises or restyles a text ("5 miles
    (8km)", "Thursday 12 March") and cuts them as it tidies one, so they show no cut of either side's."""
    tokens = word_tokens(sentence)
    norms = [t.norm for t in tokens]
    if norms != list(longer):
        return longer
    restated = {k for first, end in cut_stretches(shorter, norms) if _restates(sentence, tokens, first, end)
                for k in range(first, end)}
    return [norm for k, norm in enumerate(norms) if k not in restated] if restated else longer


def _restates(sentence: str, tokens: Sequence[Token], first: int, end: int) -> bool:
    """Whether ``tokens[first:end]`` of ``sentence`` only restate what it says beside them: an amount in other
    units or another currency ("5 miles (8km)", "£48,000 (about $61,000)"), a weekday before its date ("Thursday
    12 March"), a name spelled out beside its acronym ("the Royal National Lifeboat Institution (RNLI)") or the
    acronym beside the name, a title before a name ("Dr Sarah Quinn")."""
    return (_conversion(sentence, tokens, first, end) or _weekday_of_a_date(tokens, first, end)
            or _acronym_spelled(sentence, tokens, first, end) or _title_of_a_name(sentence, tokens, first, end))


def _conversion(sentence: str, tokens: Sequence[Token], first: int, end: int) -> bool:
    """An amount, each of whose figures restates one the sentence gives just before them (``facts.
    restates_amount``), with nothing else but grammar words ("about")."""
    found = facts(sentence, tokens)
    inside = [f for f in found if first <= f.first and f.last < end]
    before = [f for f in found if f.last < first and first - f.last <= _CONVERTED_REACH]
    written = {k for f in inside for k in range(f.written.start, f.written.stop)}
    return bool(inside) and all(any(restates_amount(g, f) for g in before) for f in inside) \
        and all(k in written or tokens[k].norm in FUNCTION_WORDS for k in range(first, end))


_CONVERTED_REACH = 3  # tokens from the amount to its conversion: "70mph (113km/h)", "5 miles (8km)"


def _weekday_of_a_date(tokens: Sequence[Token], first: int, end: int) -> bool:
    """One weekday written before a date that says the day ("Thursday 12 March", "Saturday, May 3")."""
    if end - first != 1 or tokens[first].norm not in WEEKDAYS or end >= len(tokens):
        return False
    after = [t.norm for t in tokens[end:end + 2]]
    day = number_value(after[0]) if after[0].isdigit() else None
    return after[0] in MONTHS or (day is not None and 1 <= day <= 31 and after[1:2] != [] and after[1] in MONTHS)


def _acronym_spelled(sentence: str, tokens: Sequence[Token], first: int, end: int) -> bool:
    """The words of a name whose initials are the acronym right after them ("Royal National Lifeboat Institution
    (RNLI)"), or the acronym after the name it stands for."""
    if end - first == 1 and first > 0 and _is_acronym(tokens[first].text):
        name = [t.text for t in tokens[max(0, first - len(tokens[first].text) - 3):first]]
        return any(_initials(name[k:]) == tokens[first].text for k in range(len(name)))
    return end < len(tokens) and _is_acronym(tokens[end].text) \
        and _initials([t.text for t in tokens[first:end]]) == tokens[end].text


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _initials(name: Sequence[str]) -> str:
    """The initials of a name's capitalised words ("Royal National Lifeboat Institution" → "RNLI"), "" if a word
    other than a grammar word ("of", "and") is not capitalised."""
    if not name or not name[0][:1].isupper():
        return ""
    if any(not w[:1].isupper() and w.lower() not in FUNCTION_WORDS for w in name):
        return ""
    return "".join(w[0] for w in name if w[:1].isupper())


def _title_of_a_name(sentence: str, tokens: Sequence[Token], first: int, end: int) -> bool:
    """Honorifics and role words before a name ("Dr Sarah Quinn", "Chief Inspector Ann Lowe")."""
    return end < len(tokens) and sentence[tokens[end].start].isupper() \
        and all(t.norm in HONORIFICS or t.norm in ROLE_WORDS for t in tokens[first:end])


def _cut_quotations(a: _Reading, b: _Reading, min_words: int) -> tuple[int, int]:
    """Quotations of one side (at least ``min_words`` words) that are a quotation of the other side with its last
    or first sentences left out, counted for the side that left them out: "No one should have to choose … These
    figures should shame us." against the same two sentences and "Behind every one of them is someone …"."""
    quoted_a, quoted_b = a.quotations(), b.quotations()
    if not quoted_a or not quoted_b:
        return 0, 0
    cut_a = sum(1 for ours in quoted_a if _cut_from(ours, quoted_b, min_words))
    cut_b = sum(1 for ours in quoted_b if _cut_from(ours, quoted_a, min_words))
    return cut_a, cut_b


def _cut_from(ours: tuple[tuple[str, ...], ...], theirs: Sequence[tuple[tuple[str, ...], ...]], min_words: int) -> bool:
    if sum(map(len, ours)) < min_words:
        return False
    n = len(ours)
    return any(len(other) > n and (other[:n] == ours or other[-n:] == ours) for other in theirs)


def _quotation_sentences(text: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Each quotation of ``text`` as its sentences' normalised words (cut where ``marks.sentence_pieces`` cuts;
    empty sentences left out). Read once an article: its ``_Reading`` keeps them, in its engine's memo."""
    found = []
    for q in quotations(text):
        sentences = tuple(w for w in (_normal_words(part) for part in sentence_pieces(text[q.start:q.end])) if w)
        if sentences:
            found.append(sentences)
    return tuple(found)


def _quoted_whole(shorter: str, longer: str) -> bool:
    """Whether ``shorter``, a sentence without quotation marks (a transcript's, an interview's, a statement's), is
    what ``longer`` quotes, its words all inside ``longer``'s quotation marks: what ``longer`` has beyond it is the
    attribution a report puts around a quotation ("…," he told students), not words ``shorter`` cut."""
    if _QUOTE_MARK.search(shorter) is None and _QUOTE_MARK.search(longer) is not None:
        inside = [w for part in _quoted_parts(longer) for w in words(normalised(part))]
        return bool(inside) and deletion_cuts(words(normalised(shorter)), inside) is not None
    return False


def _quoted_parts(sentence: str) -> list[str]:
    """The stretches of ``sentence`` inside quotation marks, a quotation that opens or closes beyond the sentence
    included (a quotation of several sentences opens in the first and closes in the last)."""
    found = quotations(sentence)
    if found:
        return [sentence[q.start:q.end] for q in found]
    marks = list(_QUOTE_MARK.finditer(sentence))
    if len(marks) != 1:
        return []
    at = marks[0].start()
    opens = at + 1 < len(sentence) and sentence[at + 1].isalnum()
    return [sentence[at + 1:] if opens else sentence[:at]]


_QUOTE_MARK = re.compile(f"[{QUOTATION_MARKS}]")  # every mark that shows a quotation (``marks``)


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in words(text)} - FUNCTION_WORDS


def _next_day(text_a: str, text_b: str) -> str:
    """"b" where B's sentence names the day before A's with a relative day ("yesterday" for "today"): the agency's
    same-day copy and the next morning's paper; "a" the other way, "" otherwise (each side one relative day, a day
    apart)."""
    days_a, days_b = _relative_days(text_a), _relative_days(text_b)
    if len(days_a) != 1 or len(days_b) != 1:
        return ""
    (day_a,), (day_b,) = days_a, days_b
    gap = day_a - day_b
    return "b" if gap == 1 else "a" if gap == -1 else ""


# A pure function of one sentence (no settings, no word tables), so a remembered value cannot go stale: each matched
# pair asks it of both sentences, and a trace's query meets every candidate with the same sentences.
@functools.lru_cache(maxsize=16_384)
def _relative_days(sentence: str) -> frozenset[int]:
    """The offsets of the days ``sentence`` names relative to its text's own date (``dates.relative_day_offset``)."""
    if not names_relative_day(sentence):
        return frozenset()
    offsets = (relative_day_offset(m.value) for m in time_expressions(sentence) if m.kind == "date")
    return frozenset(offset for offset in offsets if offset is not None)
