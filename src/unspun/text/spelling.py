"""British and American spellings of one word read as one word ("colour" / "color", "organise" / "organize"), and
British and American words for one thing as one thing ("car park" / "parking lot", "lorry" / "truck": ``word_keys``).

A US wire story localised for a British paper changes dozens of words this way and nothing else of them; where
two texts' words are compared (the word diff behind swaps, changes and quotes; the word list behind spin scores),
the two spellings must be one word. ``spelling_key`` gives a British spelling's American form, by the rules of the
two spellings (our/or, ise/ize, yse/yze, tre/ter, ogue/og, a doubled l before an inflection, ence/ense) and a short
list of irregular words (``wordlists.BRITISH_WORDS``); each rule's answer is kept only when both words are words of
wordfreq's English list, common enough not to be a misspelling or another word's rare form (so "tour" is never
"tor", nor "devour" "devor"). Every other word is its own key.
"""

from __future__ import annotations

import functools
import re

from unspun.text import lexicon
from unspun.text.wordlists import (
    BRITISH_OPENINGS,
    BRITISH_WORDS,
    NOT_BRITISH_SPELLINGS,
    OWN_ER_WORDS,
    US_UK_VOCABULARY,
)

# How common (wordfreq Zipf) the British spelling must be, and its American form: wordfreq keeps misspellings and
# archaic forms at Zipf 1–2.3 ("surprize" 1.8, "exercize" 1.1, "devor" 1.4, "glamor" 2.3), while the pairs of a
# localised copy are at 2.4 ("dialled") and above.
_MIN_BRITISH_ZIPF = 2.0
_MIN_AMERICAN_ZIPF = 2.5

# Each rule: a pattern of the British spelling and the American form's replacement. The letters before a rule's
# part must hold a vowel (at least two letters), so a short word whose letters happen to fit is left alone ("four",
# "tour", "hour", "fence", "rogue", "rise", "filled").
_STEM = r"(?P<stem>[a-z]*[aeiouy][a-z]*)"
_RULES = tuple((re.compile(pattern), replacement) for pattern, replacement in (
    # colour, neighbours, honoured, favourite, behavioural, neighbourhood, labourer, colourful
    (_STEM + r"our(?P<end>|s|ed|ing|ite|ites|hood|hoods|al|ally|able|ably|ful|less|ist|ists|er|ers|ism)",
     r"\g<stem>or\g<end>"),
    # organise, organised, organisation, realising, organiser
    (_STEM + r"is(?P<end>e|es|ed|ing|er|ers|ation|ations|ational)", r"\g<stem>iz\g<end>"),
    # analyse, paralysed, catalysing
    (_STEM + r"ys(?P<end>e|es|ed|ing|er|ers)", r"\g<stem>yz\g<end>"),
    # centre, metres, fibre, meagre (the consonant before "re" kept)
    (_STEM + r"(?P<c>[tbg])re(?P<end>|s)", r"\g<stem>\g<c>er\g<end>"),
    # catalogue, dialogues
    (_STEM + r"ogue(?P<end>|s)", r"\g<stem>og\g<end>"),
    # travelled, cancelling, modeller, counsellor (a doubled l after an unstressed "e" or "a")
    (_STEM + r"(?P<v>[ea])ll(?P<end>ed|ing|er|ers|or|ors)", r"\g<stem>\g<v>l\g<end>"),
    # defence, licences, offence
    (_STEM + r"ence(?P<end>|s)", r"\g<stem>ense\g<end>"),
))


@functools.lru_cache(maxsize=65_536)
def spelling_key(word: str) -> str:
    """A normalised word (``tokens.normal_form``) in its American spelling when it is a British one, else the word
    itself: the form in which two texts' words are compared."""
    if word in BRITISH_WORDS:
        return BRITISH_WORDS[word]
    if len(word) < 4 or not word.isalpha() or word in NOT_BRITISH_SPELLINGS:
        return word
    for british, american in BRITISH_OPENINGS.items():
        if word.startswith(british):
            return _checked(word, american + word[len(british):])
    for pattern, replacement in _RULES:
        if match := pattern.fullmatch(word):
            stem = match.group("stem")
            if len(stem) >= 2:
                return _checked(word, match.expand(replacement))
    return word


def _checked(british: str, american: str) -> str:
    """``american`` when both spellings are words of the list, common enough; else the word as written."""
    if lexicon.zipf(american) >= _MIN_AMERICAN_ZIPF and lexicon.zipf(british) >= _MIN_BRITISH_ZIPF:
        return american
    return british


def _plural(phrase: tuple[str, ...]) -> tuple[str, ...]:
    last = phrase[-1]
    if last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u"):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh", "z")):
        last += "es"
    else:
        last += "s"
    return (*phrase[:-1], last)


def _vocabulary() -> dict[tuple[str, ...], str]:
    """Every way of writing each thing of ``wordlists.US_UK_VOCABULARY`` (its plural too), as spelling keys, with
    the thing's key: "=" and the American words joined ("=parkinglot", "=parkinglots")."""
    ways: dict[tuple[str, ...], str] = {}
    for american, others in US_UK_VOCABULARY:
        canonical = tuple(american.split())
        for phrase in (canonical, *(tuple(other.split()) for other in others)):
            phrase = tuple(spelling_key(w) for w in phrase)
            ways.setdefault(phrase, "=" + "".join(canonical))
            ways.setdefault(_plural(phrase), "=" + "".join(_plural(canonical)))
    return ways


_VOCABULARY = _vocabulary()
_LONGEST = max(map(len, _VOCABULARY))
_FIRST_WORDS = frozenset(phrase[0] for phrase in _VOCABULARY)
# The key of a phrase's later words begins so, the phrase's key after it: nothing of their own (the phrase's key
# stands on its first word), and no later word of another phrase
CONTINUED = "\x00"


@functools.lru_cache(maxsize=65_536)
def word_keys(words: tuple[str, ...]) -> tuple[str, ...]:
    """The keys in which two texts' words are compared, one a word (normalised, ``tokens.normal_form``): its
    American spelling (``spelling_key``), and where words write a thing of the American and British vocabulary
    (``wordlists.US_UK_VOCABULARY``: "car park" / "parking lot", "lorries" / "trucks", "mobile" / "cell phone"),
    the thing's key on the first word and ``CONTINUED`` with it on the others, the longest phrase first. "car park" and
    "parking lot" are then one thing kept; "mobile" against "cell phone" one word kept and a ``CONTINUED``
    added (``only_continued``)."""
    keys = [spelling_key(w) for w in words]
    out = list(keys)
    k = 0
    while k < len(keys):
        if keys[k] in _FIRST_WORDS:
            for m in range(min(_LONGEST, len(keys) - k), 0, -1):
                thing = _VOCABULARY.get(tuple(keys[k : k + m]))
                if thing is not None:
                    out[k : k + m] = [thing] + [CONTINUED + thing] * (m - 1)
                    k += m
                    break
            else:
                k += 1
        else:
            k += 1
    return tuple(out)


def only_continued(keys: tuple[str, ...] | list[str]) -> bool:
    """Whether a run of ``word_keys`` holds only the later words of phrases (a diff's insertion of "phone" where
    "mobile" is written "cell phone"): no word of its own."""
    return bool(keys) and all(key.startswith(CONTINUED) for key in keys)


def one_word(a: tuple[str, ...] | list[str], b: tuple[str, ...] | list[str]) -> bool:
    """Whether two runs of normalised words write one word, spelt or joined another way, or one thing in American
    and British words: "percent" / "per cent", "pickup" / "pick up" (a hyphen splits tokens), "heatwave" / "heat
    wave", "neighbours" / "neighbors", "lorry" / "truck", "block of flats" / "apartment building"."""
    joined_a = "".join(k for k in word_keys(tuple(a)) if not k.startswith(CONTINUED))
    return (bool(joined_a) and joined_a == "".join(k for k in word_keys(tuple(b)) if not k.startswith(CONTINUED))
            and list(a) != list(b))


# Endings that make one English word of a root: a word's own forms ("bowl" → "bowled", "bowling", "knitters"),
# and words made from a root ("respir" → "respiration", "respired"), whose root must be longer: "station" and
# "stated" are no forms of one "stat"
_FORM_ENDINGS = ("", "s", "es", "ed", "d", "ing", "er", "ers")
_DERIVED_ENDINGS = ("or", "ors", "eer", "eers", "ion", "ions", "ation", "ations", "al", "i", "y", "ies", "ic", "ist",
                    "ists", "ment", "ments", "ness", "ly")
_MIN_ROOT_CHARS = 4
_MIN_DERIVED_ROOT_CHARS = 5
# A word ending in "e" drops it before an ending that opens with a vowel ("unite" → "united", "uniting", "unites";
# "drive" → "driver", "evacuate" → "evacuation"): the root left ("unit") is another word as often as not, so the
# "e" is put back where the word it makes is common (wordfreq Zipf; "unite" 3.9, "close" 5.4, "range" 5.1, where
# "porte" 3.1, "bathe" 3.2 and "singe" 2.4 are rare enough that "porter", "bathing" and "singer" keep their root's
# own spelling).
_E_DROPPING_ENDINGS = tuple(e for e in (*_FORM_ENDINGS, *_DERIVED_ENDINGS) if e[:1] in ("a", "e", "i", "o", "u", "y"))
_MIN_E_ROOT_ZIPF = 3.5
# An "-er" word is a form of its root only as a verb's agent or an adjective's comparative ("worker", "singer",
# "higher"); a noun's "-er" word is a word of its own ("porter" of "port", "corner", "master", "quarter"). A root
# is a verb or an adjective where its "-ing" or "-est" form is a common word: "working" 5.5, "tending" 3.3,
# "highest" 4.9, where "porting" 2.7, "corning" and "numbing" 2.9.
_AGENT_ENDINGS = ("er", "ers")
_MIN_INFLECTED_ZIPF = 3.0


@functools.lru_cache(maxsize=65_536)  # a pure function of one word; a text repeats its words
def word_roots(word: str) -> frozenset[str]:
    """The roots a lower-case word may be written from: the word less one of the ``_ENDINGS`` (a doubled last
    consonant undone: "knitter" → "knit"; a verb's dropped "e" put back: "united" → "unite", ``_e_restored``),
    each at least four letters (five beside a deriving ending), an "-er" only after a verb or an adjective
    (``_takes_agent``). Two words with a root in common are one term's forms ("knit" / "knitters",
    "respiration" / "respired", "auction" / "auctioneer"); "unit" / "united" and "port" / "porter" are not."""
    roots = set()
    for ending in (*_FORM_ENDINGS, *_DERIVED_ENDINGS):
        if ending and not word.endswith(ending):
            continue
        root = word[: len(word) - len(ending)]
        if ending == "d" and not root.endswith("e"):
            continue  # "respired" is "respire" + d; "round" is no "roun" + d
        restored = _e_restored(root) if ending in _E_DROPPING_ENDINGS else ""
        if not _long_enough(root, restored, ending):
            continue
        if ending in _AGENT_ENDINGS and (not _takes_agent(root) or word.removesuffix("s") in OWN_ER_WORDS):
            continue
        if restored:
            roots.add(restored)
            continue
        roots.add(root)
        if len(root) > _MIN_ROOT_CHARS and root[-1] == root[-2] and root[-1] not in "aeiou":
            roots.add(root[:-1])
    return frozenset(roots)


def _long_enough(root: str, restored: str, ending: str) -> bool:
    """Whether a root is long enough to be one (``_MIN_ROOT_CHARS``, ``_MIN_DERIVED_ROOT_CHARS``): a word's own
    form counts the "e" put back ("mak" of "making" is "make"); a derived word does not ("stat" of "station" is
    no "state")."""
    if ending in _FORM_ENDINGS:
        return len(root) >= _MIN_ROOT_CHARS or (bool(restored) and _drops_its_e(root))
    return len(root) >= _MIN_DERIVED_ROOT_CHARS


def _drops_its_e(root: str) -> bool:
    """Whether a root one letter short of ``_MIN_ROOT_CHARS`` is a word that dropped its "e" before the ending:
    consonant, vowel, consonant ("hop" of "hoping": "hop"+"ing" would double the consonant), but no "w" or "x",
    which never double ("lower" is "low"+"er", no "Lowe"+"r"); or no word of its own ("edg" of "edging", "urg" of
    "urging"; "aid" of "aiding" is one, and "aiding" no "aide")."""
    if len(root) != _MIN_ROOT_CHARS - 1:
        return False
    if root[0] not in _VOWELS and root[1] in _VOWELS and root[2] not in _VOWELS:
        return root[2] not in "wx"
    return lexicon.zipf(root) < _MIN_E_ROOT_ZIPF


_VOWELS = frozenset("aeiouy")


def _e_restored(root: str) -> str:
    """``root`` with the "e" a verb dropped before a vowel's ending put back, where that makes a common word
    ("clos" → "close", "unit" → "unite"); "" where it does not ("hunt", "limit", "port")."""
    return root + "e" if root and root[-1] not in "aeiouy" and lexicon.zipf(root + "e") >= _MIN_E_ROOT_ZIPF else ""


def _takes_agent(root: str) -> bool:
    """Whether ``root`` (an "-er" word less its ending) is a verb or an adjective: its "-ing" or "-est" form is a
    common word ("working", "knitting", "driving", "highest"; not "porting", "cornering" aside)."""
    return any(lexicon.zipf(root + ending) >= _MIN_INFLECTED_ZIPF for ending in ("ing", "est"))


def one_stem(x: str, y: str, min_prefix: int) -> bool:
    """Whether two lower-case words are forms of one word by their spelling: the same, or sharing a first part of at
    least ``min_prefix`` letters that leaves at most three letters of the shorter ("affect" / "affected", "stop" /
    "stopping"; "go" only as "go")."""
    common = next((k for k, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), min(len(x), len(y)))
    return x == y or (common >= min_prefix and common >= min(len(x), len(y)) - 3)


PREFIX_STEM_CHARS = 5  # "appeal" / "appealed", "overturned" / "overturns", "crash" / "crashed"


def prefix_stem(word: str) -> str:
    """A lower-case word's first ``PREFIX_STEM_CHARS`` letters: a cheap stem for telling whether two texts' topic
    or cause words are one word's forms (no ending rules: ``word_roots`` reads those)."""
    return word[:PREFIX_STEM_CHARS]


# Endings a word takes or drops in another form of it ("teams" / "team", "services" / "service", "inquiries" /
# "inquiry", "called" / "call").
_INFLECTIONS = ("s", "es", "ed", "d", "ing", "ies", "y")


def ending_forms(word: str) -> list[str]:
    """``word`` and the forms of it one inflection away (``_INFLECTIONS``), kept where ``one_stem`` reads them as one
    word: spelt out for a lookup in a set of words (``word_roots`` compares two words given; its derived endings,
    "worker" of "works", would make a name's word ordinary that no inflection of it is)."""
    stems = [word] + [word[: -len(e)] for e in _INFLECTIONS if word.endswith(e) and len(word) > len(e) + 2]
    forms = {stem + e for stem in stems for e in ("", *_INFLECTIONS)}
    return [f for f in forms if one_stem(word, f, min_prefix=4)]
