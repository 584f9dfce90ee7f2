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

    # --- judge --- (dev: synthetic pairs from the bbc_fulltext *train* split + BASIL, /tmp calibration run)
    duplicate_min_coverage: float = 0.95
    # A duplicate keeps the order of its sentences (a copy with reordered paragraphs is a near-duplicate).
    duplicate_min_order_kept: float = 0.99
    copy_min_coverage: float = 0.5  # the copy side: at least this share of it comes from the other text
    # Both sides at least this much reused: a copy. Lower on one side is a summary (same topic) or partial reuse.
    derived_min_coverage_both: float = 0.4
    # A text mostly reused inside a longer one on the same topic is a summary/trim, not partial reuse.
    summary_min_document_similarity: float = 0.85
    partial_min_chars: int = 120  # at least one reused passage this long for partial_reuse
    # Near-duplicates change ≤ 2.6% of aligned words, 30% spun copies ≥ 5.9% (dev).
    spun_min_substitution_rate: float = 0.045
    rewrite_max_order_kept: float = 0.95  # below this share of matches in order, content was restructured
    rewrite_min_paraphrase_share: float = 0.3
    rewrite_min_merged_share: float = 0.1  # sentences merged or split (many-to-one matches)
    near_duplicate_min_lexical_share: float = 0.7  # verbatim + near_verbatim share of the reused text
    # same_story when topic cosine + 0.5 × shared-name overlap reaches this (dev: BASIL in/cross-event pairs).
    story_min_signal: float = 0.93
    story_name_weight: float = 0.5
    # direction: spin-score gap that marks the degraded (copied) side
    direction_min_spin_gap: float = 0.15  # on the calibrated score (0.5 = flagged as spun)
    # direction from the words swapped one for one: at least this many swaps, and the copy's side rarer by
    # this much mean Zipf (dev: BBC train spun copies ~0.6, near-duplicates with 3 swaps ~0.5)
    # containment: the copy's side is at least this much more covered than the original's (one paragraph of
    # eight dropped ≈ 0.12)
    direction_min_containment_gap: float = 0.1
    direction_min_swaps: int = 3
    direction_min_swap_rarity: float = 0.25
    # a direction is stated when the clues for it weigh at least this, and no clue of this weight dissents
    direction_min_weight: float = 1.0
    direction_max_dissent: float = 1.0


DEFAULT = Config()
