"""British and American spellings of one word read as one word ("colour" / "color", "organise" / "organize").

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
from unspun.text.wordlists import BRITISH_OPENINGS, BRITISH_WORDS, NOT_BRITISH_SPELLINGS

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


def one_word(a: tuple[str, ...] | list[str], b: tuple[str, ...] | list[str]) -> bool:
    """Whether two runs of normalised words write one word, spelt or joined another way: "percent" / "per cent",
    "pickup" / "pick up" (a hyphen splits tokens), "heatwave" / "heat wave", "neighbours" / "neighbors"."""
    joined_a = "".join(spelling_key(w) for w in a)
    return bool(joined_a) and joined_a == "".join(spelling_key(w) for w in b) and list(a) != list(b)
