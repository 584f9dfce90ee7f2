"""The parts of speech a word can take, read from lemminflect's English lexicon (MIT; its data ships in the wheel).

A word's readings are what the lexicon lists for its written form, whatever the sentence: "shift" a noun or a verb,
"promptly" only an adverb, "the" nothing (grammar words are not in it), a name or a word it does not know nothing
either. A context-blind spinner puts a synonym of a word's commonest sense wherever the word stands, and the
synonym's readings then fit nowhere in the sentence ("the promptly shift", "will unmistakable"): ``pair.spin`` reads
such slips from these readings.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
import types
from typing import Any

from unspun.text.tokens import WordMemo
from unspun.text.wordlists import DETERMINERS, FUNCTION_WORDS, PERSONAL_PRONOUNS, word_set

NOUN, VERB, ADJ, ADV, AUX = "NOUN", "VERB", "ADJ", "ADV", "AUX"


def word_parts(word: str) -> frozenset[str]:
    """The parts of speech (``NOUN``, ``VERB``, ``ADJ``, ``ADV``, ``AUX``) lemminflect lists for ``word`` as written
    (lower-case words only: a capitalised word is read as a name, and gets none)."""
    return _parts_memo()[word]


def word_lemmas(word: str, part: str) -> tuple[str, ...]:
    """The lemmas lemminflect gives ``word`` read as ``part`` (none when it cannot be one)."""
    return _lemmas(word).get(part, ())


@functools.cache
def _parts_memo() -> WordMemo[frozenset[str]]:
    return WordMemo(_read_parts)


def _read_parts(word: str) -> frozenset[str]:
    if not word.isalpha() or not word.islower():
        return frozenset()
    return frozenset(_lemmas(word)) & _PARTS


@functools.lru_cache(maxsize=65_536)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    return dict(_lemmatizer().getAllLemmas(word, None))


@functools.cache
def _lemmatizer() -> Any:
    """lemminflect's lemmatizer, loaded on first use (~0.1 s of tables) without its package's ``__init__``, which
    imports spaCy when it is installed, and spaCy torch (the run-time path of ``compare`` never imports torch): its
    modules are read from the package's folder under a bare package entry, removed again after."""
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or spec.submodule_search_locations is None:
        raise ModuleNotFoundError("lemminflect is not installed: pip install lemminflect")
    bare = "lemminflect" not in sys.modules
    if bare:
        package = types.ModuleType("lemminflect")
        package.__path__ = list(spec.submodule_search_locations)
        sys.modules["lemminflect"] = package
    try:
        from lemminflect.core.Lemmatizer import Lemmatizer

        return Lemmatizer()
    finally:
        if bare:
            del sys.modules["lemminflect"]


_PARTS = frozenset((NOUN, VERB, ADJ, ADV, AUX))

# The words after which grammar asks for a verb (an adverb may come between: "will soon", "they often"): the modals, the
# subject pronouns and "does" / "did". "may" is a month too, "do" takes a noun as a main verb ("do business").
VERB_NEXT = word_set("will would can could should must might shall he she they we does did")
# ... unless a determiner stands before the modal, which is then a noun ("the will", "a can", "his might").
_NOUN_MARKERS = word_set("a an the his her its their our my your this that free")
# The determiners that ask for one thing: a plural noun after them is no English ("a thoughts", "every years").
ONE_THING = word_set("a an every each another")
# Pronouns the lexicon lists as nouns ("would anyone", "does something"): no slip after a modal.
_INDEFINITE_PRONOUNS = word_set("""anyone anybody anything someone somebody something everyone everybody
everything nobody nothing""")


def category_slip(before: str, word: str, following: str, after: str = "") -> bool | None:
    """Whether ``following`` (a plain lower-case word right after ``word``) breaks the grammar ``word`` sets up: an
    adjective or a noun by its ending (neither a verb nor an adverb) where a modal, a subject pronoun or "does" / "did"
    asks for a verb ("will unmistakable", "they neediness", "did utilization"), or a plural noun where "a" / "every"
    asks for one thing ("a thoughts"). None when ``word`` sets up no such slot, or ``following`` is no word the lexicon
    knows (a name, a typo, a grammar word: no evidence). ``before``: the word before ``word`` in lower case ("" at a
    sentence's start); ``after``: the word right after ``following`` ("" when punctuation or the sentence's end comes
    first), since a plural noun may qualify a noun ("a sales tax", "a sports car")."""
    lower = word.lower()
    if following in _GRAMMAR:
        return None  # "can you", "we all", "does this": grammar words the lexicon lists as nouns
    if lower in VERB_NEXT:
        if (lower not in _SUBJECTS and before in _NOUN_MARKERS) or following in _INDEFINITE_PRONOUNS:
            return None
        parts = word_parts(following)
        if not parts or parts & _VERB_LIKE:
            return None if not parts else False
        return parts == _ADJ_ONLY or _singular(following).endswith(_NOUN_ENDINGS)
    if lower in ONE_THING:
        if word == "A" and before:
            return None  # a capital "A" inside a sentence is a letter ("Chick-fil-A restaurants", "Q&A sessions")
        parts = word_parts(following)
        if not parts or (after and NOUN in word_parts(after)):
            return None
        return parts == _NOUN_ONLY and following not in word_lemmas(following, NOUN)
    return None


def _singular(noun: str) -> str:
    """``noun`` without a plural's "s" ("expectations"; "neediness" kept)."""
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


# Every slot word as it may be written (``category_slip`` is asked only after one of them).
SLOT_WORDS = frozenset(w for word in VERB_NEXT | ONE_THING for w in (word, word.capitalize()))
_GRAMMAR = FUNCTION_WORDS | PERSONAL_PRONOUNS | DETERMINERS
_SUBJECTS = frozenset(("he", "she", "they", "we", "does", "did"))
_VERB_LIKE = frozenset((VERB, AUX, ADV))
_NOUN_ONLY = frozenset((NOUN,))
_ADJ_ONLY = frozenset((ADJ,))
# A noun the lexicon lists as no verb is a slip after a modal or a subject only when it is made a noun by its ending
# ("will expenditure" no, "would expectation", "we neediness", "did utilization"): the lexicon misses verbs made from
# nouns ("participants will text", "we email"), and "can" is a noun too ("can openers").
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ancy", "ency", "ship", "ism", "hood")
