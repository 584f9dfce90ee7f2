"""One pair, end to end: extract → segment → align → judge, returning a ``Comparison``.

The CLI, the corpus indexer and the benchmarks all call these functions through a ``PairEngine``
(``unspun.pair.engine``), which holds the settings, the encoder and the memos; nothing else runs the pair
pipeline. The module-level functions use the default engine.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

from unspun.config import DEFAULT_SETTINGS, Config, SemanticTier, Settings
from unspun.model import DERIVED_RELATIONS, Alignment, Article, Comparison, RawRecord, Segmented, SentenceMatch
from unspun.pair.agreement import matched_groups
from unspun.pair.align import align, lexical_share, trusted_passages, word_for_word_chars
from unspun.pair.align_semantic import (
    NOT_CONDENSED,
    Condensed,
    condensed_counterparts,
    condensed_from,
    condensed_links,
    condensed_links_tell,
    counterpart_fact_lift,
    derived_by_meaning,
    fused_by_words,
    issuer_beside_report,
    keeps_wording_and_specifics,
    merged_counterparts,
    ordered_alignments,
    ordered_counterparts,
    own_material_chain,
    own_material_counterparts,
    reordered_counterparts,
    retelling,
    retold_specifics,
    retold_whole,
    rewrite_keeps_specifics,
    semantic_alignments,
    short_summary,
)
from unspun.pair.changes import find_changes
from unspun.pair.engine import PairEngine, default_engine
from unspun.pair.furniture import furniture_flags
from unspun.pair.judge import PairFacts, judge, pair_facts
from unspun.pair.memo import Memo
from unspun.pair.paraphrase import paraphrase_probabilities
from unspun.pair.spin import substitutions, swap_evidence, with_logits
from unspun.text.language import reads_as_english
from unspun.text.tokens import kept_grams, sentence_words, text_tokens, word_grams


def run_pair(a: Segmented, b: Segmented, engine: PairEngine, details: bool = True) -> Comparison:
    """The pair pipeline with ``engine``'s settings, encoder and memos (``PairEngine.compare_segmented``)."""
    return run_pair_with_facts(a, b, engine, details)[0]


def run_pair_with_facts(a: Segmented, b: Segmented, engine: PairEngine,
                        details: bool = True) -> tuple[Comparison, PairFacts]:
    """``run_pair`` and the measurements the judge weighed (for benchmarks and calibration). With static vectors
    (the corpus), a pair judged same_story that may be a person's rewrite or summary (``worth_a_second_look``) is
    compared again as ``unspun compare`` compares it, with MiniLM, and takes that verdict when it finds derivation:
    the corpus and ``compare`` then agree on heavy rewrites and summaries, which static vectors cannot tell from
    other reports. A static rewrite that keeps little wording or is a short summary, and a static copy whose verdict
    reads static paraphrase links, take MiniLM's verdict whatever it is (``rewrite_without_wording``,
    ``short_summary_rewrite``, ``copy_with_static_links``), as does a static rewrite or partial reuse naming no
    direction where its direction clues read the vectors (``undirected_on_static_vectors``). It
    takes it too when MiniLM's sentences in order did not say the same things (``PairFacts.unconfirmed_order_links``):
    that verdict says so and how unsure it is, as ``compare``'s does."""
    found = one_pass(a, b, engine, details)
    unworded = rewrite_without_wording(a, b, found[0], engine) or short_summary_rewrite(a, b, found[0], engine) \
        or copy_with_static_links(found, engine)
    twin = engine.precise_twin if unworded or worth_a_second_look(a, b, found[0], engine) else None
    if twin is None:
        static = with_copy_facts(a, b, found, engine, details)
        precise = engine.precise_twin
        if precise is None or not undirected_on_static_vectors(static, engine):
            return static
        return with_copy_facts(a, b, one_pass(a, b, precise, details), precise, details)
    second = one_pass(a, b, twin, details)
    relation = second[0].verdict.relation
    # MiniLM's verdict replaces the static same_story only where it says more of the same question: derived,
    # or same_story with its rejected order chain told (never another event on a second look's word alone).
    # A static rewrite that keeps no wording rests on static cosines alone, which put any two texts on one
    # subject close (two football reports: a manager praises his scorer after a win): there MiniLM's verdict,
    # whatever it is, is the corpus's.
    kept = unworded or relation in DERIVED_RELATIONS or (relation == "same_story" and second[1].unconfirmed_order_links)
    # The copies' fact search for the pass kept only (it leaves a relation as it found it: ``with_copy_facts``).
    return with_copy_facts(a, b, second, twin, details) if kept else with_copy_facts(a, b, found, engine, details)


def with_copy_facts(a: Segmented, b: Segmented, found: tuple[Comparison, PairFacts], engine: PairEngine,
                    details: bool) -> tuple[Comparison, PairFacts]:
    """``found`` (``one_pass``), its verdict judged again with the pair's fact changes when it is a derivation
    whose pass did not look for them (no details, little word for word). A copy's changed facts are part of its
    verdict wherever it is read: a trace, the store, stories and the report say what ``compare`` says (probe39:
    a spun copy's Cole → Coal, 6 quotes and a title, "no fact changed" in its trace). The relation does not
    read the changes (only a duplicate's, found in the pass), so this is ``compare``'s verdict, the direction's
    respelling clue included; same-story and unrelated pairs, most of a corpus's comparisons, skip the search."""
    comparison, facts = found
    config = engine.config
    if comparison.verdict.relation not in DERIVED_RELATIONS or _facts_checked(facts, config, details):
        return found
    settings = engine.settings
    changes = find_changes(a, b, comparison.alignments, None, config, settings.changes, settings.text, engine.memo,
                           engine.edits)
    if not changes:
        return found
    verdict = judge(a, b, comparison.alignments, changes, facts, config, memo=engine.memo)
    return dataclasses.replace(comparison, verdict=verdict), facts


def _facts_checked(facts: PairFacts, config: Config, details: bool) -> bool:
    """Whether ``one_pass`` looked for the pair's fact changes: with details always, without them for pairs
    mostly word for word (``fact_check_min_lexical_share``)."""
    lexical = lexical_share(facts.kind_share)
    return details or lexical >= config.fact_check_min_lexical_share


def _read_text_tokens(seg: Segmented, engine: PairEngine) -> None:
    """The tokens of ``seg``'s whole text put in ``word_tokens``' memo from its sentences' (``tokens.text_tokens``),
    once for the next few comparisons (``engine.recent`` says which texts were): its names and word bigrams read
    them, and a trace's query meets every candidate."""
    def read() -> None:
        text_tokens(seg.article.text, seg.sentences, seg.sentence_texts())

    engine.recent.get(("text tokens", seg), read)


def rewrite_without_wording(a: Segmented, b: Segmented, comparison: Comparison, engine: PairEngine) -> bool:
    """Whether a comparison with static vectors judged ``rewrite`` two texts of which the shorter keeps under
    ``semantic.second_look_max_kept_wording`` of its word 3-grams from the other (``tokens.kept_wording``): a
    verdict that rests on static cosines and the swaps they align, which put two people's sentences on one point
    together. Such a pair is compared again as ``compare`` compares it (MiniLM, and the paraphrase check of
    sentences in order): independent texts that tell one subject's facts in its natural order are no rewrites
    (tests/fixtures/short_rewrites, same_ground). Never for an engine with MiniLM vectors."""
    if comparison.verdict.relation != "rewrite" or engine.precise_twin is None:
        return False
    kept = kept_grams(_wording(a, engine), _wording(b, engine))
    return kept < engine.settings.semantic.second_look_max_kept_wording


def _wording(seg: Segmented, engine: PairEngine) -> frozenset[tuple[str, ...]]:
    """The word 3-grams ``tokens.kept_wording`` reads of ``seg``'s text, remembered by the engine for its next few
    comparisons: a trace's query is read once, not once for each rewrite it meets (~15 of its 24 candidates on the
    100k store)."""
    return engine.recent.get(("word 3-grams", seg), lambda: frozenset(word_grams(_text_words(seg), 3)))


def short_summary_rewrite(a: Segmented, b: Segmented, comparison: Comparison, engine: PairEngine) -> bool:
    """Whether a comparison with static vectors judged ``rewrite`` a short summary in its own words: the side with
    fewer sentences is one (``align_semantic.short_summary``: at most ``semantic.short_summary_max_sentences``, or
    a condensed few), and under
    ``near_duplicate_min_lexical_share`` of the passages is copied word for word (a copy that merged two
    sentences word for word is the static comparison's to judge). Such a pair is compared again as ``compare``
    compares it, whose verdict is the corpus's: static cosines put a summary of another outlet's report of the
    event on the sentences it shares with this one (tests/fixtures/newsroom, a rate decision), and only MiniLM's
    merge test links a summary's sentences whole, which says which came first (/tmp/probe29's trial summary).
    Never for an engine with MiniLM vectors."""
    if comparison.verdict.relation != "rewrite" or engine.precise_twin is None:
        return False
    fewer, more = sorted((len(a.sentences), len(b.sentences)))
    short = short_summary(fewer, more, engine.settings.semantic)
    return short and _word_for_word_share(comparison.alignments) < engine.config.near_duplicate_min_lexical_share


def copy_with_static_links(found: tuple[Comparison, PairFacts], engine: PairEngine) -> bool:
    """Whether a comparison with static vectors judged derived two texts whose passages are mostly word for word
    (at least ``semantic.second_look_min_copied_share`` of their characters) beside static paraphrase links: the
    verdict reads links that static cosines make between two sentences on one subject (a copy's own opening and
    a sentence of its source it dropped), which MiniLM does not, and one such link out of order made a cut copy a
    restructured rewrite (tests/fixtures/own_intros). Such a pair is compared again as ``compare`` compares it, whose
    verdict is the corpus's. Never for an engine with MiniLM vectors."""
    comparison, facts = found
    if comparison.verdict.relation not in DERIVED_RELATIONS or engine.precise_twin is None \
            or not facts.kind_share["paraphrase"]:
        return False
    return _word_for_word_share(comparison.alignments) >= engine.settings.semantic.second_look_min_copied_share


# The relations whose direction clues read sentence vectors most: a person's rewrite and a passage taken into another
# text (a spun copy's direction is read from its swaps and spin score, a duplicate's from dates and credits).
_READ_BY_VECTORS = frozenset({"rewrite", "partial_reuse"})


def undirected_on_static_vectors(found: tuple[Comparison, PairFacts], engine: PairEngine) -> bool:
    """Whether a comparison with static vectors judged a rewrite or partial reuse with no direction, of two texts whose
    direction clues read the vectors (``semantic.second_look_undirected``): a static paraphrase link (static cosines
    link sentences the copy dropped to its own, which inflates the longer side's coverage, read by the containment
    clue), or a reused passage's fit with the rest of each side (its sentences' mean vectors). Such a pair is compared
    again as ``compare`` compares it, whose verdict is the corpus's. Only where the two sides' coverages lie within the
    containment clue's bar (``Config.direction_min_containment_gap``) of each other: where they lie further apart, the
    shares were not what kept that clue silent (a spun copy of one report beside another report of its news: 0.92 and
    0.42, MiniLM no wiser), and one MiniLM comparison costs a trace more than the rest of it. Never for an engine with
    MiniLM vectors."""
    comparison, facts = found
    verdict = comparison.verdict
    if not engine.settings.semantic.second_look_undirected or engine.precise_twin is None \
            or verdict.relation not in _READ_BY_VECTORS or verdict.direction != "unknown" \
            or abs(facts.coverage_a - facts.coverage_b) >= engine.config.direction_min_containment_gap:
        return False
    return facts.kind_share["paraphrase"] > 0 or (facts.passage_fit_a is not None and facts.passage_fit_b is not None)


def _text_words(seg: Segmented) -> list[str]:
    # sentence by sentence: the pair's stages have tokenised every sentence already (``word_tokens``' memo)
    return [w for sentence in seg.sentence_texts() for w in sentence_words(sentence)]


def worth_a_second_look(a: Segmented, b: Segmented, comparison: Comparison, engine: PairEngine) -> bool:
    """Whether a comparison with static vectors judged same_story may be a person's rewrite that MiniLM's rules
    find: a summary whose sentences fuse the other's by their words (``align_semantic.fused_by_words``; the merge
    test runs on MiniLM vectors only) or that tells nearly only the other's specifics in a small part of its length
    (``align_semantic.condensed_from``), a rewrite in another order whose sides keep as much of each other's
    specifics as that rule asks (``align_semantic.rewrite_keeps_specifics``, no vectors needed), a rewrite around the
    writer's own material that keeps the wording and specifics its rule asks for (``rewritten_with_own_words``), or
    a heavy rewrite (``rewritten_in_order``): both texts have the sentences that rule asks for and their static closest
    counterparts at ``semantic.second_look_min_cosine`` already form a chain of its size. Never for an engine with
    MiniLM vectors or a model of its own (``PairEngine.precise_twin``)."""
    tier = engine.settings.semantic
    if comparison.verdict.relation != "same_story" or engine.precise_twin is None or \
            not (engine.english(a) and engine.english(b)):
        return False
    settings = engine.settings
    if fused_by_words(a, b, tier) or condensed_from(a, b, tier, settings.text, changes=settings.changes).side:
        return True
    sentences = min(len(a.sentences), len(b.sentences))
    if sentences >= tier.reordered_min_links and rewrite_keeps_specifics(a, b, tier, engine.settings.text):
        return True
    if sentences >= tier.own_min_links and rewritten_with_own_words(a, b, engine):
        return True
    if sentences < tier.ordered_min_links:
        return False
    vectors_a, vectors_b = engine.encoder.encode_pair(a.sentence_texts(), b.sentence_texts())
    return bool(ordered_counterparts(vectors_a @ vectors_b.T, tier, tier.second_look_min_cosine))


def rewritten_with_own_words(a: Segmented, b: Segmented, engine: PairEngine) -> bool:
    """Whether the pair keeps the wording and specifics ``align_semantic.own_material_counterparts`` asks for (the
    shorter side's word 3-grams found in the other, the side taking more specifics' share of them), before any
    vectors: the corpus's screen for a second look at a rewrite around the writer's own material."""
    return keeps_wording_and_specifics(a, b, kept_grams(_wording(a, engine), _wording(b, engine)),
                                       engine.settings.semantic, engine.settings.text)


def _word_for_word_share(alignments: Sequence[Alignment]) -> float:
    """The share of the passages' characters (both sides) in passages copied word for word or nearly
    (``align.word_for_word_chars``)."""
    copied, total = word_for_word_chars(alignments)
    return copied / total if total else 0.0


def one_pass(a: Segmented, b: Segmented, engine: PairEngine, details: bool = True) -> tuple[Comparison, PairFacts]:
    """The pair pipeline once, with ``engine``'s vectors: align, find changes, judge."""
    spin_a, spin_b = engine.spin(a), engine.spin(b)
    gap = spin_gap(spin_a, spin_b, engine.config.spin_reading_logits)
    _read_text_tokens(a, engine)
    _read_text_tokens(b, engine)
    if _in_canonical_order(a, b):
        vectors_a, vectors_b = engine.encoder.encode_pair(a.sentence_texts(), b.sentence_texts())
        found = passages(a, b, vectors_a, vectors_b, gap, engine)
    else:  # the same sums in the same order as for (B, A): the passages of (B, A), swapped
        vectors_b, vectors_a = engine.encoder.encode_pair(b.sentence_texts(), a.sentence_texts())
        found = passages(b, a, vectors_b, vectors_a, -gap, engine).mirrored()
    comparison, facts = _judged(a, b, found.found, found.written, found, spin_a, spin_b, vectors_a, vectors_b,
                                engine, details)
    if found.plain is not None and (comparison.verdict.relation != "rewrite" or comparison.verdict.facts_changed
                                    or not facts.condensed.side):
        # The links a condensed side took are a summary's, which retells its article's facts; where the judge finds
        # no rewrite in them, facts they change, or linked sentences that mostly share no telling specific
        # (``align_semantic.condensed_links_tell``), they are no summary's: they must not stand for the passages
        # found without them nor pair a quotation with sentences that state other facts (a police appeal the
        # report quotes in part, a correction's figure beside a report's other count).
        comparison, facts = _judged(a, b, *found.plain, found, spin_a, spin_b, vectors_a, vectors_b, engine,
                                    details)
    return comparison, facts


def _judged(a: Segmented, b: Segmented, alignments: tuple[Alignment, ...], in_order: tuple[Alignment, ...],
            found: Passages, spin_a: float | None, spin_b: float | None, vectors_a: np.ndarray,
            vectors_b: np.ndarray, engine: PairEngine, details: bool) -> tuple[Comparison, PairFacts]:
    """``one_pass``'s facts and verdict of the pair read with ``alignments`` (``in_order``: those a person's
    rewrite rules added; ``found``: the rest of what ``passages`` found)."""
    config = engine.config
    unconfirmed, own = found.unconfirmed, found.rewritten
    settings = engine.settings
    condensed = found.condensed if found.condensed.side and condensed_links_tell(
        a, b, alignments, found.condensed, settings.semantic, settings.text) else NOT_CONDENSED
    # The swaps themselves only for a comparison shown in full; the judge reads their evidence. Not those of
    # sentences a person rewrote (``in_order``): the few words such sentences swap one for one are the writer's
    # choice, not a spinner's, and say nothing of which side was edited.
    swapped = swap_evidence(a, b, [al for al in alignments if al not in in_order], engine.settings.text,
                            engine.settings.spin, engine.memo)
    about = content_similarity(a, b, vectors_a, vectors_b, engine.memo)
    facts = pair_facts(a, b, alignments, swapped.rate, about, spin_a, spin_b,
                       memo=engine.memo, swap_rarity=swapped.rarity, swap_fluency=swapped.fluency,
                       in_place_fluency=swapped.in_place_fluency,
                       in_place_whole_sentences=swapped.in_place_whole_sentences,
                       vectors=(vectors_a, vectors_b), config=config, text=engine.settings.text,
                       swapped_names=swapped.names, changes=engine.settings.changes,
                       vectors_meaningful=engine.english(a) and engine.english(b), changed_rate=swapped.changed,
                       replaced_rate=swapped.replaced, grammar_share=swapped.grammar,
                       grammar_added_share=swapped.grammar_added, grammar_quotes=swapped.grammar_quotes,
                       edits=swapped.edits,
                       one_side_english=engine.english(a) != engine.english(b),
                       align=engine.settings.align, rarer_sides=swapped.rarer_sides,
                       # a summary retelling the other whole shows its derivation as a rewrite around its own
                       # material does: the sentence agreement is weighed and overrules neither's links
                       rewritten=own or retold_whole(a, b, condensed, settings.semantic, settings.text,
                                                     max_quotation_chars=settings.changes.max_quotation_chars),
                       kept_terms=swapped.kept_terms, thesaurus_picks=swapped.thesaurus_picks,
                       condensed=condensed, retold=retold_specifics(a, b, settings.semantic, settings.text),
                       retelling=retelling(a, b, settings.semantic, settings.text,
                                           max_quotation_chars=settings.changes.max_quotation_chars))
    facts = dataclasses.replace(facts, unconfirmed_order_links=unconfirmed) if unconfirmed else facts
    # Without details the judge still needs the fact changes of word-for-word copies (a copy that alters a
    # fact is no duplicate); there unchanged sentences cost nothing. Other pairs skip them here: the pair's
    # final verdict gets them when derived (``with_copy_facts``).
    checked = _facts_checked(facts, config, details)
    changes = find_changes(a, b, alignments, None, config, settings.changes, settings.text,
                           engine.memo, engine.edits) if checked else ()
    verdict = judge(a, b, alignments, changes, facts, config, memo=engine.memo)
    if details:  # the relation decides what else a complete list holds (passages, other wording)
        alignments = trusted_passages(alignments, verdict.relation, settings.align)
        changes = find_changes(a, b, alignments, verdict.relation, config, settings.changes, settings.text,
                               engine.memo, engine.edits)
    swaps = substitutions(a, b, alignments, settings.text) if details else ()
    comparison = Comparison(a, b, _rounded(spin_a), _rounded(spin_b), verdict, alignments,
                            changes if details else (), swaps)
    return comparison, facts


def spin_gap(spin_a: float | None, spin_b: float | None, logits: float = 0.0) -> float:
    """How much more spun B reads than A, each score read ``logits`` up as the judge's thresholds read it
    (``Config.spin_reading_logits``); 0.0 when either is not scored (not English prose): no evidence either way."""
    return 0.0 if spin_a is None or spin_b is None else with_logits(spin_b, logits) - with_logits(spin_a, logits)


def _rounded(spin: float | None) -> float | None:
    """A spin score as a comparison reports it (three places), None kept (not scored)."""
    return None if spin is None else round(spin, 3)


def passages(a: Segmented, b: Segmented, vectors_a: np.ndarray, vectors_b: np.ndarray, spin_b_over_a: float,
             engine: PairEngine) -> Passages:
    """The reused passages of A and B (lexical and semantic alignment, then the meaning-only tier, then, with
    MiniLM vectors, a person's rewrite in order, a summary's sentences fused from several of the other's
    (``align_semantic.merged_counterparts``) or, where neither is found, a rewrite around the writer's own
    material (``rewritten_around_own_material``)), those of them the last steps added, the links of an in-order
    chain that step did not confirm (``rewritten_in_order``), and whether the own-material rule linked them."""
    settings = engine.settings
    aligned = align(a, b, engine.config, tuning=settings.align, memo=engine.memo, vectors=(vectors_a, vectors_b))
    similarity, meaningful = vectors_a @ vectors_b.T, engine.english(a) and engine.english(b)
    if engine.precise and meaningful and issuer_beside_report(a, b, settings.semantic, changes=settings.changes):
        # A person's rewrite rules read a text written from the other; an organisation's own short notice or
        # release beside a report of its news is no such text (``align_semantic.issuer_beside_report``): the
        # report retells its facts in its own words (same_story) or copies its words (the passages found by them).
        # Asked first, so the meaning tier does not run for links that would be dropped.
        return Passages(aligned, (), 0, False)
    found = with_meaning_tier(a, b, aligned, similarity, spin_b_over_a, settings, meaningful=meaningful)
    if not engine.precise:
        return Passages(found, (), 0, False)
    if found is not aligned:  # the meaning tier ran (found new or not)
        return _with_condensed(a, b, found, (), similarity, meaningful, engine)
    in_order, unconfirmed = rewritten_in_order(a, b, aligned, similarity, settings, meaningful, engine)
    fused = merged_counterparts(a, b, (*aligned, *in_order), engine.encoder.encode, settings.semantic,
                                settings.text) if meaningful else ()
    own, rewritten = rewritten_around_own_material(a, b, aligned, similarity, settings, engine) \
        if meaningful and not (in_order or fused or unconfirmed) else ((), False)
    written = (*in_order, *fused, *own)  # sentences a person wrote from the other text's: no spinner's swaps
    found = tuple(sorted((*aligned, *written), key=lambda al: (al.a.start, al.b.start)))
    return _with_condensed(a, b, found, written, similarity, meaningful, engine, unconfirmed, rewritten)


def _with_condensed(a: Segmented, b: Segmented, found: tuple[Alignment, ...], written: tuple[Alignment, ...],
                    similarity: np.ndarray, meaningful: bool, engine: PairEngine, unconfirmed: int = 0,
                    rewritten: bool = False) -> Passages:
    """``found`` and ``written`` with the unlinked sentences of a side condensed from the other linked to the
    sentences they retell (``align_semantic.condensed_counterparts``; English texts, MiniLM vectors): a person's
    summary or teaser in its own words, whose every name and figure the article gives. The passages it adds are a
    person's writing, as ``written``'s are; ``found`` and ``written`` as they were are kept beside them
    (``Passages.plain``) for a judge that finds no rewrite in them."""
    settings = engine.settings
    condensed = condensed_from(a, b, settings.semantic, settings.text, changes=settings.changes) if meaningful \
        else NOT_CONDENSED
    linked = condensed_counterparts(a, b, found, similarity, condensed, settings.semantic, settings.pair,
                                    settings.align, settings.text)
    if linked == found:
        return Passages(found, written, unconfirmed, rewritten, condensed)
    return Passages(linked, (*written, *(al for al in linked if al not in found)), unconfirmed, rewritten, condensed,
                    (found, written))


class Passages(NamedTuple):
    """What ``passages`` finds: the pair's passages, those a person's rewrite rules added (``written``), the
    unconfirmed links of an in-order chain, whether the own-material rule linked them, the side condensed from the
    other (``align_semantic.condensed_from``; with MiniLM vectors of English texts only) and, when links were added
    for it, the passages and ``written`` without them (``plain``)."""

    found: tuple[Alignment, ...]
    written: tuple[Alignment, ...]
    unconfirmed: int
    rewritten: bool
    condensed: Condensed = NOT_CONDENSED
    plain: tuple[tuple[Alignment, ...], tuple[Alignment, ...]] | None = None

    def mirrored(self) -> Passages:
        """The same passages with the sides swapped (``passages`` of (B, A) read as (A, B))."""
        side = {"a": "b", "b": "a"}.get(self.condensed.side, "")
        return Passages(mirrored(self.found), mirrored(self.written), self.unconfirmed, self.rewritten,
                        self.condensed._replace(side=side),
                        None if self.plain is None else (mirrored(self.plain[0]), mirrored(self.plain[1])))


def _in_canonical_order(a: Segmented, b: Segmented) -> bool:
    """Whether A comes first in the order passages are computed in: the shorter text, then the smaller one.

    Alignment breaks ties in one text's order (repeated sentences score alike up to float rounding, which
    differs with the side a matrix product starts from; passages grow in A's order; the meaning tier looks
    for counterparts of A's sentences and treats A as the summary when both have as many sentences), so
    (A, B) and (B, A) could align differently. Computing every pair in one order makes the passages of
    (B, A) those of (A, B) swapped, and the verdict its mirror image."""
    ta, tb = a.article.text, b.article.text
    return (len(ta), ta) <= (len(tb), tb)


def mirrored(alignments: tuple[Alignment, ...]) -> tuple[Alignment, ...]:
    """The passages of (A, B) as passages of (B, A), in B's order."""
    swapped = (
        Alignment(al.b, al.a, al.similarity, al.kind,
                  tuple(sorted((SentenceMatch(m.j, m.i, m.semantic, m.lexical, m.score) for m in al.matches),
                               key=lambda m: (m.i, m.j))))
        for al in alignments
    )
    return tuple(sorted(swapped, key=lambda al: (al.a.start, al.b.start)))


def with_meaning_tier(a: Segmented, b: Segmented, alignments: tuple[Alignment, ...], similarity: np.ndarray,
                      spin_gap: float, settings: Settings = DEFAULT_SETTINGS, meaningful: bool | None = None
                      ) -> tuple[Alignment, ...]:
    """``alignments`` plus meaning-only matches when the texts as wholes look derived (see align_semantic);
    ``similarity`` holds the cosine of every sentence of A with every sentence of B; ``meaningful``:
    ``vectors_mean_meaning(a, b, settings)`` when the caller knows it (an engine remembers each article's).
    ``alignments`` itself (the same object) when the texts do not look derived by meaning, so the tier did not run."""
    tier = settings.semantic
    if meaningful is None:
        meaningful = vectors_mean_meaning(a, b, settings)
    if not derived_by_meaning(similarity, spin_gap, tier) or not meaningful or \
            counterpart_fact_lift(a, b, similarity, tier) < tier.min_fact_lift:
        return alignments
    kinds = (settings.pair, settings.align)  # passage kinds as the lexical tier names them
    extra = semantic_alignments(a, b, similarity, alignments, tier, *kinds, text=settings.text)
    return condensed_links(a, b, (*alignments, *extra), similarity, tier, *kinds, text=settings.text)


def rewritten_in_order(a: Segmented, b: Segmented, alignments: tuple[Alignment, ...], similarity: np.ndarray,
                       settings: Settings = DEFAULT_SETTINGS, meaningful: bool | None = None,
                       engine: PairEngine | None = None) -> tuple[tuple[Alignment, ...], int]:
    """The passages of a text a person rewrote from the other, beyond ``alignments``: the sentences' closest
    counterparts in one order on both sides (``align_semantic.ordered_counterparts``), where close sentences
    share their facts as in the meaning tier and say the same things (``linked_sentences_agree``), or else in
    any order where the two keep each other's specifics (``align_semantic.reordered_counterparts``); none
    otherwise. Beside them, the links of a chain whose sentences did not say the same things (0 when there were
    passages or no chain): the judge says so, and how little the order alone tells. For MiniLM's cosines
    (``similarity``), on which its settings were set: the static model puts sentences on one subject closer, in
    or out of order. ``engine`` reads the linked sentences (the default engine when not given)."""
    tier = settings.semantic
    if not (vectors_mean_meaning(a, b, settings) if meaningful is None else meaningful):
        return (), 0
    chain = ordered_counterparts(similarity, tier)
    if chain and counterpart_fact_lift(a, b, similarity, tier) < tier.min_fact_lift:
        return (), 0
    unconfirmed = 0
    if chain and not linked_sentences_agree(a, b, chain, engine or default_engine(), tier):
        unconfirmed, chain = len(chain), []
    # A rewrite that reorders the facts, or whose sentences in order read as another writer's to the paraphrase
    # model (long sentences that say the same in other words), keeps the source's specifics instead. Only where the
    # passages found so far leave most of both sides out: where they already show a copy (a third of it
    # reworded), links read on specifics add only sentences that the agreement check reads as other facts.
    links = chain or (reordered_counterparts(a, b, similarity, tier, settings.text)
                      if _aligned_share(a, b, alignments) < settings.pair.copy_min_coverage else [])
    if not links or (not chain and counterpart_fact_lift(a, b, similarity, tier) < tier.min_fact_lift):
        return (), unconfirmed
    return tuple(ordered_alignments(a, b, similarity, alignments, links, settings.pair, settings.align)), 0


def rewritten_around_own_material(a: Segmented, b: Segmented, alignments: tuple[Alignment, ...],
                                  similarity: np.ndarray, settings: Settings = DEFAULT_SETTINGS,
                                  engine: PairEngine | None = None) -> tuple[tuple[Alignment, ...], bool]:
    """Whether B is a text a person rewrote from A around material of their own, or A from B (an analyst's comment,
    a share price, a reaction: /tmp/probe40's business story and science news), and its passages beyond
    ``alignments``: a chain of closest counterparts in order shorter than ``rewritten_in_order`` asks, with the
    source's wording (phrases and a picked quote: the shorter side's kept word 3-grams) and its specifics kept
    (``align_semantic.own_material_counterparts``). The chain's links are added where the passages found so far
    leave most of both sides out; where they already hold most of one side, they stand as they are (the judge
    then weighs their sentence agreement without letting it overrule them: ``judge.pair_facts``' ``rewritten``).
    ((), False) otherwise. For MiniLM's cosines (``similarity``); ``engine`` remembers the texts' word 3-grams
    (the default engine when not given)."""
    tier = settings.semantic
    engine = engine or default_engine()
    kept = kept_grams(_wording(a, engine), _wording(b, engine))
    links = own_material_counterparts(a, b, similarity, kept, tier, settings.text) or \
        _agreeing_own_material(a, b, similarity, kept, engine, tier)
    if not links or counterpart_fact_lift(a, b, similarity, tier) < tier.min_fact_lift:
        return (), False
    if _aligned_share(a, b, alignments) >= settings.pair.copy_min_coverage:
        return (), True
    return tuple(ordered_alignments(a, b, similarity, alignments, links, settings.pair, settings.align)), True


def _agreeing_own_material(a: Segmented, b: Segmented, similarity: np.ndarray, kept: float, engine: PairEngine,
                           tier: SemanticTier) -> list[tuple[int, int]]:
    """The chain of a short rewrite around the writer's own material that keeps the other's wording
    (``kept`` at least ``own_min_kept_wording``) but not most of its specifics, because both sides have many of
    their own (a charity's release with its notes to editors and a dropped paragraph; a paper's story from it with
    a case study and the department's response: /tmp/probe41 ch_story, 0.40 of the specifics either way): its
    chain (``align_semantic.own_material_chain``) counts where the linked sentences say the same things, the
    paraphrase cross-encoder's mean over them at least ``own_min_paraphrase`` (ch_story 0.81). Other reports and
    next events from one template that keep as much wording read as other writers' there (at most 0.49 on
    tests/fixtures/next_event and same_event). None without the model, or when the pair keeps the specifics (the
    rule's own test ruled on it)."""
    if kept < tier.own_min_kept_wording or not engine.precise:
        return []
    chain = own_material_chain(similarity, tier)
    if not chain:
        return []
    links = [Alignment(a.sentences[i], b.sentences[j], 0.0, "paraphrase", (SentenceMatch(i, j, 0.0, 0.0, 0.0),))
             for i, j in chain]
    groups = matched_groups(a.sentence_texts(), b.sentence_texts(), links)
    found = paraphrase_probabilities([(joined_a, joined_b) for joined_a, joined_b, _ in groups], engine)
    if found is None or not len(found) or float(found.mean()) < tier.own_min_paraphrase:
        return []
    return chain


def _aligned_share(a: Segmented, b: Segmented, alignments: Sequence[Alignment]) -> float:
    """The larger of the two sides' shares of sentences in ``alignments``."""
    if not a.sentences or not b.sentences:
        return 0.0
    rows, columns = {m.i for al in alignments for m in al.matches}, {m.j for al in alignments for m in al.matches}
    return max(len(rows) / len(a.sentences), len(columns) / len(b.sentences))


def linked_sentences_agree(a: Segmented, b: Segmented, chain: Sequence[tuple[int, int]], engine: PairEngine,
                           tier: SemanticTier) -> bool:
    """Whether the sentences ``chain`` links say the same things: the paraphrase cross-encoder's mean
    probability over the linked sentences, those sharing a counterpart read together (a merged sentence says
    what its two sources say only together: ``agreement.matched_groups``), is at least
    ``tier.ordered_min_paraphrase``. True when the engine's settings turn the model off (the chain alone
    decides, as before the check).

    Sentences in one order are no evidence on their own: two people who explain one subject, or report one event
    from one set of facts, tell its facts in the natural order (definition, how it works, example, use), and
    each of their sentences has a counterpart on the same point. A rewrite's sentence says what its source
    sentence says, details and all; an independent one says something else about the same point."""
    links = [Alignment(a.sentences[i], b.sentences[j], 0.0, "paraphrase", (SentenceMatch(i, j, 0.0, 0.0, 0.0),))
             for i, j in chain]
    groups = matched_groups(a.sentence_texts(), b.sentence_texts(), links)
    found = paraphrase_probabilities([(joined_a, joined_b) for joined_a, joined_b, _ in groups], engine)
    return found is None or not len(found) or float(found.mean()) >= tier.ordered_min_paraphrase


def vectors_mean_meaning(a: Segmented, b: Segmented, settings: Settings = DEFAULT_SETTINGS) -> bool:
    """Whether sentence vectors say anything about what A and B mean: both texts are English, the language of
    the static and MiniLM models. On other languages and scripts every sentence comes out close to every
    other (a Portuguese blog post and a Spanish news story at cosine 0.7–0.9), so meaning is no evidence."""
    return reads_as_english(a.article.text, settings.text) and reads_as_english(b.article.text, settings.text)


def compare_segmented(a: Segmented, b: Segmented, engine: PairEngine | None = None,
                      details: bool = True) -> Comparison:
    return (engine or default_engine()).compare_segmented(a, b, details)


def compare_articles(a: Article, b: Article, engine: PairEngine | None = None) -> Comparison:
    return (engine or default_engine()).compare_articles(a, b)


def compare(a: str | Path | Article | RawRecord, b: str | Path | Article | RawRecord,
            engine: PairEngine | None = None) -> Comparison:
    """Compare two news pages given as paths, records or extracted articles.

    >>> c = compare("original.html", "copy.txt")   # doctest: +SKIP
    >>> c.verdict.relation, c.verdict.direction     # doctest: +SKIP
    ('spun_copy', 'a_to_b')
    """
    return (engine or default_engine()).compare(a, b)


def content_similarity(a: Segmented, b: Segmented, vectors_a: np.ndarray, vectors_b: np.ndarray,
                       memo: Memo | None = None) -> float:
    """``document_similarity`` of the sentences that are no publisher's furniture (``furniture.
    furniture_sentence_flags``: the appeal and contact lines and the about-us tail its every release carries),
    on a side with any other sentences: two releases of one police force about two robberies are about robberies,
    not about their shared appeal line. ``memo`` (an engine's) keeps each article's flags (a trace's query meets
    every candidate)."""
    return document_similarity(_content_rows(a, vectors_a, memo), _content_rows(b, vectors_b, memo))


def _content_rows(seg: Segmented, vectors: np.ndarray, memo: Memo | None) -> np.ndarray:
    flags = furniture_flags(seg, memo)
    if not any(flags) or all(flags) or len(flags) != len(vectors):
        return vectors
    return vectors[~np.array(flags, dtype=bool)]


def document_similarity(vectors_a: np.ndarray, vectors_b: np.ndarray) -> float:
    """Cosine of the mean sentence vectors: what the two articles are about, ignoring wording."""
    if len(vectors_a) == 0 or len(vectors_b) == 0:
        return 0.0
    mean_a, mean_b = vectors_a.mean(axis=0), vectors_b.mean(axis=0)
    norm = float(np.linalg.norm(mean_a) * np.linalg.norm(mean_b))
    return float(mean_a @ mean_b) / norm if norm else 0.0
