"""Punctuation marks as every stage reads them: quotation marks, what ends a sentence, and the marks that open or
close a quotation or an aside around a sentence's words.

One definition for the tokenizer's quote normaliser (``tokens.QUOTE_STYLE``), the line classifier, the language
reader, alignment's edges, spin scoring and the judge.
"""

from __future__ import annotations

import re

# Quotation marks in every style a news page writes them: straight, curly, low and reversed high, guillemets. The
# single ones are apostrophes too ("Ukraine’s", "Supporters' Trust").
DOUBLE_QUOTES = '"“”„‟«»'
SINGLE_QUOTES = "'‘’‚‛"
# The marks that show a sentence quotes someone: every double mark and the opening single curly one (British papers
# quote ‘like this’), not the closing ’ or the straight ', which stand in words as apostrophes.
QUOTATION_MARKS = DOUBLE_QUOTES + "‘"

# What ends a sentence; what may stand after its end, closing a quotation or an aside ('… next year."', '(… in
# 2019.)'); and what may stand before a sentence's first word, opening one.
SENTENCE_ENDS = ".!?…"
CLOSING_MARKS = "\"'”’»)]"
OPENING_MARKS = "\"'“‘„«(["

# Where one sentence ends and the next starts inside a stretch of text (a quotation of several sentences): an end
# mark, perhaps closing marks, white space, then a capital or an opening mark.
_SENTENCE_BREAK = re.compile(
    f"(?<=[{re.escape(SENTENCE_ENDS)}])[{re.escape(CLOSING_MARKS)}]*\\s+(?=[A-Z]|[{re.escape(OPENING_MARKS)}])")
_ENDS_AS_SENTENCE = re.compile(f"[{re.escape(SENTENCE_ENDS)}][{re.escape(CLOSING_MARKS)}]*$")


def ends_as_sentence(line: str) -> bool:
    """Whether ``line`` (trailing white space aside) ends as a sentence does: an end mark, then perhaps closing
    quotation marks or brackets ('… it said.', '“We will rebuild.”'); not a headline ending in a quotation with no
    end mark of its own ('Mayor: “We will rebuild”')."""
    return bool(_ENDS_AS_SENTENCE.search(line.rstrip()))


def sentence_pieces(text: str) -> list[str]:
    """``text`` cut where a sentence ends (``SENTENCE_ENDS``) and another starts: the sentences of a quotation
    that runs over several ("We tried. It failed." → "We tried.", "It failed.")."""
    return _SENTENCE_BREAK.split(text)


# The marks a copy writes where it cut words from a quotation ("off the road [...] and it will link"): what stands
# around one was said, in that order, and the cut is shown, not hidden. An ellipsis, typed as one character or as
# three points, run together or spaced as some style books set them (". . ."), bare or in square or round brackets,
# spaced inside or not ("[...]", "[ … ]", "(...)"); two points are a typing slip, a decimal point no mark.
_ELLIPSIS = r"\.(?: ?\.){2}|…"
_CUT_MARK = re.compile(rf"[\[(]\s*(?:{_ELLIPSIS})\s*[\])]|{_ELLIPSIS}")


def holds_cut_mark(text: str) -> bool:
    """Whether ``text`` writes a cut mark: words of a quotation left out there."""
    return _CUT_MARK.search(text) is not None


def cut_mark_pieces(text: str) -> list[str]:
    """``text`` split at its cut marks ("We will rebuild the wall [...] before winter." → "We will rebuild the wall
    ", " before winter."); the whole text where it holds none. A mark at either end leaves an empty piece there."""
    return _CUT_MARK.split(text)


# Every quotation mark and apostrophe, and the marks that may end a headline, as ``headline_form`` drops them.
_HEADLINE_MARKS = re.compile(f"[{re.escape(DOUBLE_QUOTES + SINGLE_QUOTES)}]")
_HEADLINE_END = re.compile(f"[{re.escape(SENTENCE_ENDS)}:;,\\s]+$")


def headline_form(title: str) -> str:
    """``title`` as two headlines are compared: quotation marks and apostrophes of every style dropped ("Council’s"
    and "Council's", ‘library closures’ and "library closures" read alike), its final punctuation dropped, spaces
    collapsed and capitals folded."""
    plain = " ".join(_HEADLINE_MARKS.sub("", title).split())
    return _HEADLINE_END.sub("", plain).casefold()


# A site's tag set after a headline it took ("… - report", "… | Daily Courier"): a dash or bar, then a few words.
_HEADLINE_TAG = re.compile(r"^(?P<head>.+?)\s+[-–—|]\s+(?P<tag>[^-–—|]{1,30})$")


def furniture_headline(own: str, other: str) -> str | None:
    """The tag of ``own`` when it is ``other`` cut short (at a word, or inside one: "Councillor says 1" of
    "Councillor says 1,200 ballots …") with a site's tag set after it ("… - report"), the form a site gives every
    headline it takes, else None. The words kept must be at least two."""
    found = _HEADLINE_TAG.match(" ".join(own.split()))
    if found is None:
        return None
    head, whole = headline_form(found["head"]), headline_form(other)
    if len(head.split()) < 2 or head == whole or not whole.startswith(head):
        return None
    return found["tag"]
