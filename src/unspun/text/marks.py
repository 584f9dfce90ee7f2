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
