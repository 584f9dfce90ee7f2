"""Changes: inside aligned text, the facts that drifted — names, numbers, dates, quotes and negations.

Works one aligned sentence pair at a time on word tokens with offsets into each article's text, so every
``Change`` points at the differing tokens on both sides. Token alignment (difflib opcodes) says *where*
two sentences differ; the text layer's word lists, name extractor and date parser say *what* differs.
Changes inside a quotation are reported once, as a quote change, and never again as a name, number, date or
negation. One module per kind of change; ``find`` runs them over a comparison.
"""

from unspun.pair.changes.find import find_changes, sentence_changes

__all__ = ["find_changes", "sentence_changes"]
