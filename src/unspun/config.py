"""Every threshold in one place, named with its unit, each with a note of what set it.

Stages take a ``Config`` argument (default ``DEFAULT``) so that benchmarks can sweep values without
monkeypatching. Values marked "dev" were chosen on the project's own fixtures and the *train* halves of the
bench sets; none were tuned on a test split.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def default_cache_dir() -> Path:
    """Where prepared models live: ``$UNSPUN_CACHE`` or ``~/.cache/unspun`` (outside the repository)."""
    env = os.environ.get("UNSPUN_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "unspun"


@dataclass(frozen=True, slots=True)
class Config:
    # --- read / extract ---
    max_input_bytes: int = 50 * 1024 * 1024  # larger files are refused: no news page is 50 MB
    min_article_chars: int = 40  # shorter extracted text is "no article here"

    # --- segment ---
    max_sentence_chars: int = 1000  # longer "sentences" (lists, tables) are cut at this many characters

    # --- embed ---
    max_tokens: int = 256  # MiniLM was trained on 256-token inputs
    embed_batch_sentences: int = 64

    # --- align ---
    # A sentence pair is a match when the combined score reaches this (dev: seeds + synthetic spun copies).
    min_match_score: float = 0.62
    # Pure semantic matches need more: same-story sentences reach 0.6 cosine on shared topic alone.
    min_semantic_only: float = 0.80
    # Sentences shorter than this many characters only align verbatim (bylines, "Photo: EPA").
    min_sentence_chars: int = 25
    # Neighbouring matches whose sentences are at most this many sentences apart merge into one passage.
    max_merge_gap_sentences: int = 1
    near_verbatim_min_ratio: float = 0.90  # character-level similarity for near_verbatim
    verbatim_min_ratio: float = 0.995

    # --- judge ---
    duplicate_min_coverage: float = 0.95
    copy_min_coverage: float = 0.5  # the copy's share of reused text for near_duplicate/spun/rewrite
    partial_min_chars: int = 120  # at least one reused passage this long for partial_reuse
    spun_min_share: float = 0.35  # share of aligned characters of kind "spun" to call a spun copy


DEFAULT = Config()
