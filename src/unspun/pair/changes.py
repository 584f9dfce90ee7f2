"""Changes: inside aligned text, the facts that drifted — names, numbers, dates, quotes and negations.

Works one aligned sentence pair at a time on word tokens with offsets into each article's text, so every
``Change`` points at the differing tokens on both sides. Token alignment (difflib opcodes) says *where*
two sentences differ; small lexicons and capitalisation in context say *what* differs. A name is judged
from capitalisation away from sentence starts, neighbouring name tokens and fuzzy similarity; no NER model
runs, so ``compare`` stays fast and needs no spaCy. Changes inside a quotation are reported once, as a
quote change, and never again as a name, number, date or negation.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from unspun.model import Alignment, Change, ChangeKind, Segmented, Span
from unspun.text import lexicon


def word_set(words: str) -> frozenset[str]:
    """A lexicon written as white-space separated words."""
    return frozenset(words.split())


def word_list(words: str) -> list[str]:
    """Words in the order written (for lexicons whose position means something, like number names)."""
    return words.split()


# --- tokens -----------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"\d+(?:[.,]\d+)*(?:%|bn|m|k|st|nd|rd|th)?(?!\w)"  # 12, 3.5bn, 1,000, 15%, 19th
    r"|\w+(?:['’]\w+)*(?:-\w+)*"  # words, didn't, Ukraine's, twenty-five, S-400
)


class Token(NamedTuple):
    """A word of an article: its text, half-open character offsets into the article's text, and its
    normalised form (lower case, straight apostrophes, possessive dropped), the form two sentences are
    compared in."""

    text: str
    start: int
    end: int
    norm: str


@functools.lru_cache(maxsize=262_144)  # words repeat: remembering is cheaper than three string operations
def _norm(word: str) -> str:
    low = word.lower().replace("’", "'")
    return low[:-2] if low.endswith("'s") and len(low) > 3 else low


# Remembered: spin scoring, substitution counting and change finding all tokenise the same aligned sentences,
# and a corpus aligns each article with several others.
@functools.lru_cache(maxsize=262_144)
def word_tokens(text: str, span: Span) -> tuple[Token, ...]:
    """The words (and numbers) of ``text[span]``, with offsets into ``text``."""
    tokens = tokens_of(text[span.start : span.end])
    if span.start == 0:
        return tokens
    return tuple(Token(t.text, t.start + span.start, t.end + span.start, t.norm) for t in tokens)


# Also remembered by the piece of text itself: copies of one story repeat sentences at other offsets of other
# texts, and counting or comparing words needs no offsets into the article.
@functools.lru_cache(maxsize=262_144)
def tokens_of(chunk: str) -> tuple[Token, ...]:
    """The words (and numbers) of ``chunk``, with offsets into ``chunk``."""
    return tuple(Token(m.group(), m.start(), m.end(), _norm(m.group())) for m in _TOKEN.finditer(chunk))


def aligned_sentence_pairs(
    a: Segmented, b: Segmented, alignments: Sequence[Alignment]
) -> list[tuple[Span, Span]]:
    """Each distinct aligned sentence pair; a passage without sentence matches counts as one pair."""
    pairs: dict[tuple[Span, Span], None] = {}
    for al in alignments:
        if not al.matches:
            pairs[(al.a, al.b)] = None
        for m in al.matches:
            if m.i < len(a.sentences) and m.j < len(b.sentences):
                pairs[(a.sentences[m.i], b.sentences[m.j])] = None
    return list(pairs)


def token_opcodes(ta: Sequence[Token], tb: Sequence[Token]) -> Sequence[tuple[str, int, int, int, int]]:
    """difflib opcodes between two token lists, compared in normalised form."""
    return _opcodes(tuple(t.norm for t in ta), tuple(t.norm for t in tb))


# Remembered: copies of one story share sentence pairs (``trace`` meets an original's sentences in each of its
# copies), and an unchanged sentence (most of a verbatim or trimmed copy) needs no difflib at all.
@functools.lru_cache(maxsize=65_536)
def _opcodes(norms_a: tuple[str, ...], norms_b: tuple[str, ...]) -> tuple[tuple[str, int, int, int, int], ...]:
    if norms_a == norms_b:
        return (("equal", 0, len(norms_a), 0, len(norms_b)),) if norms_a else ()
    return tuple(difflib.SequenceMatcher(None, norms_a, norms_b, autojunk=False).get_opcodes())


def same_sentence(a_text: str, b_text: str) -> bool:
    """Equal after white space and quote style are normalised: nothing can have drifted."""
    return _normalised(a_text) == _normalised(b_text)


_QUOTE_STYLE = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})


def _normalised(text: str) -> str:
    return " ".join(text.translate(_QUOTE_STYLE).split())


# --- entry points -----------------------------------------------------------------------------------


def find_changes(a: Segmented, b: Segmented, alignments: Sequence[Alignment]) -> tuple[Change, ...]:
    """Every drifted name, number, date, quote and negation across the aligned sentence pairs, A order."""
    found: dict[tuple[str, int, int, int, int], Change] = {}
    for a_span, b_span in aligned_sentence_pairs(a, b, alignments):
        for change in sentence_changes(a.article.text, a_span, b.article.text, b_span):
            key = (change.kind, change.a.start, change.a.end, change.b.start, change.b.end)
            found.setdefault(key, change)
    return tuple(sorted(found.values(), key=lambda c: (c.a.start, c.b.start, c.kind)))


def sentence_changes(a_text: str, a_span: Span, b_text: str, b_span: Span) -> list[Change]:
    """What drifted between one aligned sentence pair (spans index ``a_text`` and ``b_text``)."""
    if same_sentence(a_span.text_of(a_text), b_span.text_of(b_text)):
        return []
    quotes = quote_changes(a_text, a_span, b_text, b_span)
    ta, tb = word_tokens(a_text, a_span), word_tokens(b_text, b_span)
    pair = _Pair(a_text, b_text, ta, tb, token_opcodes(ta, tb), _title_cased(ta) or _title_cased(tb))
    others = [*name_changes(pair), *fact_changes(pair), *negation_changes(pair)]
    return sorted(quotes + _outside(others, quotes), key=lambda c: (c.a.start, c.b.start))


@dataclass(frozen=True, slots=True)
class _Pair:
    """One aligned sentence pair, tokenised and token-aligned once for every detector."""

    a_text: str
    b_text: str
    ta: Sequence[Token]
    tb: Sequence[Token]
    opcodes: Sequence[tuple[str, int, int, int, int]]
    headline: bool  # title-cased text: capitals say nothing about names there


def _outside(changes: Iterable[Change], quotes: Sequence[Change]) -> list[Change]:
    """Drop changes inside a reported quote change (reported once, as the quote) and exact repeats."""
    kept: list[Change] = []
    for c in changes:
        inside = any(_overlaps(c.a, q.a) or _overlaps(c.b, q.b) for q in quotes)
        repeat = any(_overlaps(c.a, k.a) and _overlaps(c.b, k.b) for k in kept)
        if not inside and not repeat:
            kept.append(c)
    return kept


def _overlaps(x: Span, y: Span) -> bool:
    return x.start < y.end and y.start < x.end


def _span_of(tokens: Sequence[Token]) -> Span:
    return Span(tokens[0].start, tokens[-1].end)


def _show(text: str, span: Span) -> str:
    return " ".join(span.text_of(text).split())


def _change(kind: ChangeKind, pair: _Pair, a: Span, b: Span, what: str) -> Change:
    return Change(kind, a, b, f"{what}: '{_show(pair.a_text, a)}' → '{_show(pair.b_text, b)}'")


# --- quotes -----------------------------------------------------------------------------------------

_DOUBLE_QUOTE = re.compile(r'"([^"\n]+)"|“([^“”\n]+)”')
_SINGLE_CURLY_OPEN = re.compile(r"(?<!\w)‘")
_SINGLE_CURLY_CLOSE = re.compile(r"’(?!\w)")
_QUOTE_EDGE = " \t\n,.;:!?"


def quotations(text: str, span: Span) -> list[Span]:
    """The text inside each quotation mark pair in ``text[span]`` (straight, curly double, curly single)."""
    chunk = text[span.start : span.end]
    found = [
        (m.start(1) if m.group(1) else m.start(2), m.end(1) if m.group(1) else m.end(2))
        for m in _DOUBLE_QUOTE.finditer(chunk)
    ]
    found += _single_curly_quotes(chunk)
    spans = []
    for start, end in sorted(found):
        inner = _trim(chunk, start, end, _QUOTE_EDGE)
        if inner is not None:
            spans.append(Span(span.start + inner[0], span.start + inner[1]))
    return spans


def _single_curly_quotes(chunk: str) -> list[tuple[int, int]]:
    # ’ doubles as the apostrophe ("Ukraine’s"), so a closing mark must not be followed by a letter.
    found = []
    for opening in _SINGLE_CURLY_OPEN.finditer(chunk):
        closing = _SINGLE_CURLY_CLOSE.search(chunk, opening.end())
        if closing is not None and "‘" not in chunk[opening.end() : closing.start()]:
            found.append((opening.end(), closing.start()))
    return found


def _trim(chunk: str, start: int, end: int, chars: str) -> tuple[int, int] | None:
    while start < end and chunk[start] in chars:
        start += 1
    while end > start and chunk[end - 1] in chars:
        end -= 1
    return (start, end) if end > start else None


def quote_changes(a_text: str, a_span: Span, b_text: str, b_span: Span) -> list[Change]:
    """Quotations whose words differ between the two sentences, each reported as a whole on both sides."""
    qa = [q for q in quotations(a_text, a_span) if _quote_key(a_text, q)]
    qb = [q for q in quotations(b_text, b_span) if _quote_key(b_text, q)]
    keys_b = {_quote_key(b_text, q) for q in qb}
    keys_a = {_quote_key(a_text, q) for q in qa}
    changed_a = [q for q in qa if _quote_key(a_text, q) not in keys_b]
    changed_b = [q for q in qb if _quote_key(b_text, q) not in keys_a]
    changes = []
    for qa_span, qb_span in _pair_quotes(a_text, changed_a, b_text, changed_b):
        note = f"quote changed: “{_show(a_text, qa_span)}” → “{_show(b_text, qb_span)}”"
        changes.append(Change("quote", qa_span, qb_span, note))
    return changes


def _quote_key(text: str, span: Span) -> str:
    """A quotation's words only: case, punctuation and spacing are not drift."""
    return " ".join(t.norm for t in word_tokens(text, span))


# Unequal numbers of changed quotes pair only when this alike (rapidfuzz ratio, 0–100): below it two
# quotes are different statements, not one mutated. Set by hand on the seeds and the test sentences.
MIN_QUOTE_PAIR_RATIO = 40.0


def _pair_quotes(a_text: str, qa: list[Span], b_text: str, qb: list[Span]) -> list[tuple[Span, Span]]:
    # In aligned sentences the n-th changed quote on one side is the n-th on the other.
    if len(qa) == len(qb):
        return list(zip(qa, qb, strict=True))
    from rapidfuzz import fuzz

    pairs, free = [], list(qb)
    for x in qa:
        scored = [(fuzz.ratio(_quote_key(a_text, x), _quote_key(b_text, y)), y) for y in free]
        best = max(scored, default=None, key=lambda s: s[0])
        if best is not None and best[0] >= MIN_QUOTE_PAIR_RATIO:
            pairs.append((x, best[1]))
            free.remove(best[1])
    return pairs


# --- names ------------------------------------------------------------------------------------------

# Capitalised only because they open a sentence or clause; never names on their own.
_FUNCTION_WORDS = word_set("""
a an the this that these those there here it its he she his her him they them their we our us you your i
me my in on at by for from of to with without within into onto over under after before during since until
and but or nor so yet if then than when while where whereas because although though as also however
meanwhile moreover furthermore nevertheless still afterwards afterward later earlier now today yesterday
tomorrow some many most much all any each every both either neither no not none one another other such
what which who whom whose why how do does did is are was were be been being has have had will would
shall should can could may might must mr mrs ms dr according despite following regardless just only even
""")
_TITLE_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "col",
        "lt",
        "sgt",
        "prof",
        "rev",
        "gov",
        "sen",
        "rep",
        "jr",
        "sr",
        "capt",
        "maj",
        "cmdr",
        "adm",
    }
)
_CLAUSE_OPENERS = frozenset('.!?:;"“‘(«—–')
# A capitalised sentence-initial word this rare (wordfreq Zipf) is a name, not an ordinary opener:
# "Yevhen" 2.1, "Peskov" < 3; ordinary openers ("Afterward" 3.5, "Consequently" 3.6) sit above it.
NAME_INITIAL_MAX_ZIPF = 3.0
# Two name groups without a shared word are the same name respelt when this alike (rapidfuzz ratio):
# "Lukashenko"/"Lukashenka" 90, "Kyiv"/"Kiev" 50; different people ("Putin"/"Peskov") stay far below.
MIN_RESPELT_NAME_RATIO = 75.0
# Opcode replacements longer than this (tokens, either side) are restructured text, not a swapped name.
MAX_SWAP_TOKENS = 3


def name_changes(pair: _Pair) -> list[Change]:
    """Names corrupted or replaced at the same place: swapped in place, or respelt within a name."""
    if pair.headline:
        return []
    flags_a, flags_b = _name_flags(pair.a_text, pair.ta), _name_flags(pair.b_text, pair.tb)
    found = _swapped_names(pair, flags_a, flags_b)
    groups_a, groups_b = (
        _name_groups(pair.a_text, pair.ta, flags_a),
        _name_groups(pair.b_text, pair.tb, flags_b),
    )
    found += _respelt_names(pair, groups_a, groups_b)
    return _outside(found, [])


def _swapped_names(pair: _Pair, flags_a: list[bool], flags_b: list[bool]) -> list[Change]:
    """A short replacement where both sides are names the other sentence lacks ("Price" → "Cost")."""
    changes = []
    words_a, words_b = {t.norm for t in pair.ta}, {t.norm for t in pair.tb}
    for op, i1, i2, j1, j2 in pair.opcodes:
        if op != "replace" or max(i2 - i1, j2 - j1) > MAX_SWAP_TOKENS:
            continue
        if (
            all(flags_a[i1:i2])
            and all(flags_b[j1:j2])
            and _absent(pair.ta[i1:i2], words_b)
            and _absent(pair.tb[j1:j2], words_a)
            and not _derived_forms(pair.ta[i1:i2], pair.tb[j1:j2])
        ):
            a_ctx, b_ctx = (
                _name_context(pair.a_text, pair.ta, flags_a, i1, i2),
                _name_context(pair.b_text, pair.tb, flags_b, j1, j2),
            )
            note = f"name changed: '{_show(pair.a_text, a_ctx)}' → '{_show(pair.b_text, b_ctx)}'"
            changes.append(Change("name", _span_of(pair.ta[i1:i2]), _span_of(pair.tb[j1:j2]), note))
    return changes


def _absent(tokens: Sequence[Token], words: set[str]) -> bool:
    return not any(t.norm in words for t in tokens)


def _name_context(pair_text: str, tokens: Sequence[Token], flags: list[bool], i1: int, i2: int) -> Span:
    """The changed tokens widened by one adjacent name token on each side ("Ned Price")."""
    start = i1 - 1 if i1 > 0 and flags[i1 - 1] and _spaced(pair_text, tokens[i1 - 1], tokens[i1]) else i1
    end = i2 + 1 if i2 < len(tokens) and flags[i2] and _spaced(pair_text, tokens[i2 - 1], tokens[i2]) else i2
    return _span_of(tokens[start:end])


def _spaced(text: str, left: Token, right: Token) -> bool:
    return not text[left.end : right.start].strip()


def _name_flags(text: str, tokens: Sequence[Token]) -> list[bool]:
    """For each token: is it (part of) a name, judged from capitals away from sentence starts?"""
    capital = [_capitalised(t) for t in tokens]
    flags = []
    for k, token in enumerate(tokens):
        if not capital[k] or token.norm in _FUNCTION_WORDS or token.norm in WEEKDAYS or token.norm in MONTHS:
            flags.append(False)
        elif not _opens_clause(text, tokens, k):
            flags.append(True)
        else:
            next_is_name = (
                k + 1 < len(tokens) and capital[k + 1] and tokens[k + 1].norm not in _FUNCTION_WORDS
            )
            flags.append(next_is_name or _rare(token.norm) or token.norm in COUNTRIES)
    return flags


def _capitalised(token: Token) -> bool:
    first = token.text[0]
    return first.isupper() and token.text.lower() != "i"


def _opens_clause(text: str, tokens: Sequence[Token], k: int) -> bool:
    if k == 0:
        return True
    gap = text[tokens[k - 1].end : tokens[k].start]
    if gap.strip() == "." and tokens[k - 1].norm in _TITLE_ABBREVIATIONS:
        return False  # "Mr. Yenin": the full stop ends a title, not a sentence
    return any(ch in _CLAUSE_OPENERS for ch in gap)


def _rare(word: str) -> bool:
    return zipf(word) < NAME_INITIAL_MAX_ZIPF


def _title_cased(tokens: Sequence[Token]) -> bool:
    """Headline style (most longer words capitalised), where capitals do not mark names."""
    long_words = [t for t in tokens if len(t.text) > 3 and t.text[0].isalpha()]
    return len(long_words) >= 4 and sum(t.text[0].isupper() for t in long_words) >= 0.7 * len(long_words)


def _name_groups(text: str, tokens: Sequence[Token], flags: list[bool]) -> list[tuple[int, int]]:
    """Runs of name tokens separated by spaces only, as index ranges ("Interior Minister Yevhen Yenin")."""
    groups: list[tuple[int, int]] = []
    for k, flag in enumerate(flags):
        if not flag:
            continue
        joined = groups and groups[-1][1] == k and _spaced(text, tokens[k - 1], tokens[k])
        groups[-1:] = [(groups[-1][0], k + 1)] if joined else [*groups[-1:], (k, k + 1)]
    return groups


def _respelt_names(
    pair: _Pair, groups_a: list[tuple[int, int]], groups_b: list[tuple[int, int]]
) -> list[Change]:
    """A name of A absent from B's sentence whose counterpart (shared word, or near spelling) differs."""
    words_a, words_b = {t.norm for t in pair.ta}, {t.norm for t in pair.tb}
    changes = []
    for ga in groups_a:
        if all(t.norm in words_b for t in pair.ta[ga[0] : ga[1]]):
            continue
        new_in_b = [g for g in groups_b if not all(t.norm in words_a for t in pair.tb[g[0] : g[1]])]
        gb = _counterpart(pair, ga, new_in_b)
        if gb is not None:
            changes += _group_diff(pair, ga, gb, words_a, words_b)
    return changes


def _counterpart(pair: _Pair, ga: tuple[int, int], groups_b: list[tuple[int, int]]) -> tuple[int, int] | None:
    from rapidfuzz import fuzz

    names_a = [t.norm for t in pair.ta[ga[0] : ga[1]]]
    best, best_score = None, 0.0
    for gb in groups_b:
        names_b = [t.norm for t in pair.tb[gb[0] : gb[1]]]
        shared = len(set(names_a) & set(names_b))
        whole_a, whole_b = " ".join(names_a), " ".join(names_b)
        respelt = fuzz.ratio(whole_a, whole_b) >= MIN_RESPELT_NAME_RATIO and not _derived_form(
            whole_a, whole_b
        )
        score = shared + (0.5 if respelt else 0.0)
        if score > best_score:
            best, best_score = gb, score
    return best


def _derived_form(x: str, y: str) -> bool:
    # "Russia"/"Russian", "Ukraine"/"Ukrainian": the same name with a suffix, not a corruption. Respellings
    # of equal length ("Lukashenko"/"Lukashenka") are corruptions.
    short, long = sorted((x, y), key=len)
    return len(long) - len(short) >= 2 and _shared_prefix(short, long) >= len(short) - 1


def _shared_prefix(x: str, y: str) -> int:
    return next((k for k, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), min(len(x), len(y)))


def _derived_forms(tokens_a: Sequence[Token], tokens_b: Sequence[Token]) -> bool:
    return any(_derived_form(x.norm, y.norm) for x in tokens_a for y in tokens_b)


def _group_diff(
    pair: _Pair, ga: tuple[int, int], gb: tuple[int, int], words_a: set[str], words_b: set[str]
) -> list[Change]:
    tokens_a, tokens_b = pair.ta[ga[0] : ga[1]], pair.tb[gb[0] : gb[1]]
    changes = []
    for op, i1, i2, j1, j2 in token_opcodes(tokens_a, tokens_b):
        if op != "replace" or not _absent(tokens_a[i1:i2], words_b) or not _absent(tokens_b[j1:j2], words_a):
            continue
        if _derived_forms(tokens_a[i1:i2], tokens_b[j1:j2]):
            continue
        a_ctx = _span_of(tokens_a[max(i1 - 1, 0) : i2 + 1])
        b_ctx = _span_of(tokens_b[max(j1 - 1, 0) : j2 + 1])
        note = f"name changed: '{_show(pair.a_text, a_ctx)}' → '{_show(pair.b_text, b_ctx)}'"
        changes.append(Change("name", _span_of(tokens_a[i1:i2]), _span_of(tokens_b[j1:j2]), note))
    return changes


# --- numbers and dates ------------------------------------------------------------------------------

_SMALL_NUMBERS = {
    w: n
    for n, w in enumerate(
        word_list(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen nineteen"
        )
    )
}
_TENS = {
    w: 10 * (n + 2) for n, w in enumerate(word_list("twenty thirty forty fifty sixty seventy eighty ninety"))
}
_MAGNITUDES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "m": 1e6,
    "k": 1e3,
    "dozen": 12.0,
}
_SUFFIX_MAGNITUDE = (("bn", 1e9), ("m", 1e6), ("k", 1e3))
MONTHS = word_set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
_DIGITS = re.compile(r"(\d+(?:[.,]\d+)*)(%|bn|m|k|st|nd|rd|th)?$")


@dataclass(frozen=True, slots=True)
class Fact:
    """A number or date mention: its kind, a comparable value and its token index range."""

    kind: ChangeKind  # "number" or "date"
    value: str
    first: int
    last: int  # inclusive


def number_value(word: str) -> float | None:
    """The value of one number token: "12", "3.5bn", "1,000", "15%", "twelve", "twenty-five"."""
    m = _DIGITS.match(word)
    if m:
        digits, suffix = m.group(1), m.group(2) or ""
        try:
            value = float(digits.replace(",", ""))  # news English: the comma separates thousands
        except ValueError:
            return None  # "1.2.3": a version or section number, not an amount
        return value * dict(_SUFFIX_MAGNITUDE).get(suffix, 1.0)
    return _word_number(word.lower())


def _word_number(word: str) -> float | None:
    if word in _SMALL_NUMBERS:
        return float(_SMALL_NUMBERS[word])
    if word in _TENS:
        return float(_TENS[word])
    tens, _, unit = word.partition("-")
    if tens in _TENS and unit in _SMALL_NUMBERS and 0 < _SMALL_NUMBERS[unit] < 10:
        return float(_TENS[tens] + _SMALL_NUMBERS[unit])
    return None


def facts(tokens: Sequence[Token]) -> list[Fact]:
    """Numbers (with following magnitudes folded in: "3.5 billion") and dates (weekdays, months, years)."""
    found: list[Fact] = []
    k = 0
    while k < len(tokens):
        fact = _date_word(tokens, k) or _number_at(tokens, k)
        if fact is None:
            k += 1
            continue
        found.append(fact)
        k = fact.last + 1
    return found


def _date_word(tokens: Sequence[Token], k: int) -> Fact | None:
    word = tokens[k].norm
    if word in WEEKDAYS:
        return Fact("date", word, k, k)
    if word in MONTHS and tokens[k].text[0].isupper() and len(word) > 2:
        day = _day_at(tokens, k + 1)
        return Fact("date", f"{day} {word[:3]}" if day else word[:3], k, k + 1 if day else k)
    return None


def _day_at(tokens: Sequence[Token], k: int) -> str:
    """The day of month at token ``k`` ("19", "19th"), or "" when there is none."""
    if k >= len(tokens):
        return ""
    value = number_value(tokens[k].norm)
    return f"{value:g}" if value is not None and value.is_integer() and 1 <= value <= 31 else ""


def _number_at(tokens: Sequence[Token], k: int) -> Fact | None:
    value = number_value(tokens[k].norm)
    if value is None:
        return None
    month = tokens[k + 1].norm if k + 1 < len(tokens) else ""
    if month in MONTHS and _day_at(tokens, k):
        return Fact("date", f"{value:g} {month[:3]}", k, k + 1)  # "19 December"
    last = k
    while last + 1 < len(tokens) and tokens[last + 1].norm in _MAGNITUDES and tokens[last + 1].norm != "m":
        last += 1
        value *= _MAGNITUDES[tokens[last].norm]
    raw = tokens[k].text
    is_year = last == k and raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100
    return Fact("date" if is_year else "number", f"{value:g}", k, last)


def fact_changes(pair: _Pair) -> list[Change]:
    """Numbers and dates that differ where the two sentences differ (reordered equal facts are no change)."""
    facts_a, facts_b = facts(pair.ta), facts(pair.tb)
    changes = []
    for kind in ("number", "date"):
        values_a = Counter(f.value for f in facts_a if f.kind == kind)
        values_b = Counter(f.value for f in facts_b if f.kind == kind)
        if values_a != values_b:
            changes += _located_facts(
                pair, kind, [f for f in facts_a if f.kind == kind], [f for f in facts_b if f.kind == kind]
            )
    return changes


def _located_facts(pair: _Pair, kind: ChangeKind, facts_a: list[Fact], facts_b: list[Fact]) -> list[Change]:
    changes = []
    for op, i1, i2, j1, j2 in pair.opcodes:
        if op == "equal":
            continue
        here_a = [f for f in facts_a if f.first < i2 and f.last >= i1]
        here_b = [f for f in facts_b if f.first < j2 and f.last >= j1]
        if not here_a or not here_b or [f.value for f in here_a] == [f.value for f in here_b]:
            continue
        for fa, fb in _paired_facts(here_a, here_b):
            a_span, b_span = _span_of(pair.ta[fa[0] : fa[1] + 1]), _span_of(pair.tb[fb[0] : fb[1] + 1])
            changes.append(_change(kind, pair, a_span, b_span, f"{kind} changed"))
    return changes


def _paired_facts(here_a: list[Fact], here_b: list[Fact]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    if len(here_a) == len(here_b):
        return [
            ((x.first, x.last), (y.first, y.last))
            for x, y in zip(here_a, here_b, strict=True)
            if x.value != y.value
        ]
    # Unequal counts: one change covering all of them on each side.
    return [((here_a[0].first, here_a[-1].last), (here_b[0].first, here_b[-1].last))]


# --- negation ---------------------------------------------------------------------------------------

# "without" is left out: "without precedent" negates nothing.
NEGATIONS = word_set("not no never nor none nobody nothing nowhere neither cannot")


def is_negation(token: Token) -> bool:
    return token.norm in NEGATIONS or token.norm.endswith("n't")


# Seeds: a paraphrased sentence replaced 25 words including "never"; planted negations touch 1–3 words.
MAX_NEGATION_CHUNK_TOKENS = 6


def negation_changes(pair: _Pair) -> list[Change]:
    """Where one sentence negates and the other does not ("will" → "will not", "did" → "didn't")."""
    if not pair.ta or not pair.tb or sum(map(is_negation, pair.ta)) == sum(map(is_negation, pair.tb)):
        return []
    changes = []
    for op, i1, i2, j1, j2 in pair.opcodes:
        # A long replaced stretch is a rewritten clause, not a flipped statement: nothing to point at.
        if op == "equal" or max(i2 - i1, j2 - j1) > MAX_NEGATION_CHUNK_TOKENS:
            continue
        count_a, count_b = sum(map(is_negation, pair.ta[i1:i2])), sum(map(is_negation, pair.tb[j1:j2]))
        if count_a != count_b:
            a_span, b_span = _widened(pair.ta, i1, i2), _widened(pair.tb, j1, j2)
            what = "negation added" if count_b > count_a else "negation removed"
            changes.append(_change("negation", pair, a_span, b_span, what))
    return changes


def _widened(tokens: Sequence[Token], i1: int, i2: int) -> Span:
    """The changed tokens plus the word before them, so an insertion still has a non-empty span.

    ``tokens`` is never empty (``negation_changes`` checks), so the result always holds a word.
    """
    start = max(min(i1, len(tokens)) - 1, 0)
    end = max(i2, start + 1)
    return _span_of(tokens[start:end])


# --- lexicon ----------------------------------------------------------------------------------------


def zipf(word: str) -> float:
    """wordfreq Zipf frequency of a lower-case word (0 when unknown)."""
    return lexicon.zipf(word)


COUNTRIES = word_set("""
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil
brunei bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo croatia
cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji
finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia
nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay
peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles
singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan
tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan
vanuatu vatican venezuela vietnam yemen zambia zimbabwe britain england scotland wales
""")
