"""Whether a text is written in English: the static and MiniLM vectors the pair and corpus engines align with
are English models, and on text of any other language or script they say little about meaning (a Portuguese
blog post and a Spanish news story come out at cosine 0.8–0.9 sentence after sentence).

English prose is held together by its function words ("the", "of", "and", "to"): on 500 BBC articles 0.31–0.55
of the words are in ``wordlists.FUNCTION_WORDS`` (1st percentile 0.34), on the English AEB and trafilatura_eval
pages 0.30–0.51; on their German, Spanish, Portuguese, Italian, Indonesian, Korean and Chinese pages at most
0.10 (a German-English mixture 0.16). Cheap, and no language model to load.
"""

from __future__ import annotations

import functools

from unspun.text.tokens import words
from unspun.text.wordlists import FUNCTION_WORDS


def english_word_share(text: str) -> float:
    """Share of ``text``'s words that are English function words (0.0 for a text without words)."""
    found = words(text)
    return sum(w in FUNCTION_WORDS for w in found) / len(found) if found else 0.0


# Remembered: a corpus meets each article in every comparison it takes part in.
@functools.lru_cache(maxsize=4096)
def reads_as_english(text: str, min_share: float) -> bool:
    """Whether at least ``min_share`` of ``text``'s words are English function words
    (``TextConfig.english_min_function_share``)."""
    return english_word_share(text) >= min_share
