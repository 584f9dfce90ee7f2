"""Judge: aligned passages → relation, direction, confidence and plain-word evidence.

The relation comes from how much of each text is reused and how the reuse looks (verbatim, spun,
paraphrased); direction from independent clues weighed together: publication times, credit lines,
containment, and which side shows degradation (spinning, corrupted names). Dates alone never decide.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, NamedTuple, TypeVar, cast

import numpy as np

from unspun.config import (
    ALIGN_DEFAULT,
    CHANGES_DEFAULT,
    DEFAULT,
    TEXT_DEFAULT,
    AlignConfig,
    ChangesConfig,
    Config,
    TextConfig,
)
from unspun.ingest.extract_lines import split_call_to_action
from unspun.model import (
    ANOTHER_EVENT_TOLD_ALIKE,
    ANOTHER_INCIDENT_TOLD_ALIKE,
    FACT_KINDS,
    OTHER_HEADLINE,
    PARAPHRASED,
    RELATION_NOUNS,
    Alignment,
    Article,
    Change,
    Direction,
    Relation,
    Segmented,
    Span,
    Substitution,
    Verdict,
    quotes_own_sentences,
)
from unspun.pair.agreement import reused_alignments, without_local_top
from unspun.pair.align import WORD_FOR_WORD_KINDS, copied_block_share, lexical_share, word_for_word_chars
from unspun.pair.align_semantic import NOT_CONDENSED, NOT_RETELLING, Condensed, Retelling
from unspun.pair.changes.facts import changed_figure, gives_figure
from unspun.pair.changes.find import other_headlines
from unspun.pair.changes.passages import one_sided_runs, with_facing
from unspun.pair.confidence import calibrated_confidence
from unspun.pair.copy_marks import NO_MARKS, CopyMarks, copy_marks
from unspun.pair.events import (
    filed_days_apart,
    lead_dated_after_filing,
    other_figures_by_pair,
    published_days_apart,
    specific_figures_only,
    specific_figures_shared,
    specifics_conflict,
)
from unspun.pair.furniture import content_sentences, furniture_span
from unspun.pair.items import NO_BESIDE, NO_ITEM, BesideOtherStory, RetoldItem, beside_other_story, retold_item
from unspun.pair.lifted_runs import longest_unquoted_run, one_shared_quotation, speakers_text_quoted, speech_on_both
from unspun.pair.memo import Memo, remembered, remembered_large
from unspun.pair.sentence_pairs import (
    aligned_sentence_pairs,
    counterparts,
    facing_sentence_pairs,
    longest_chain,
    sentence_coverage,
)
from unspun.pair.spin import FLAGGED_FROM, with_logits
from unspun.pair.wording import NO_WORDING, KeptWording, kept_wording
from unspun.text import lexicon
from unspun.text.dates import (
    clock_time,
    day_only,
    parse_published,
    published_day,
    published_instant,
    times_of_day,
    version_a_first,
    version_instant,
)
from unspun.text.figures import Figure, context_forms, figures, specific_figure_contexts
from unspun.text.marks import CLOSING_MARKS, QUOTATION_MARKS, SENTENCE_ENDS, SINGLE_QUOTES, ends_as_sentence
from unspun.text.names import (
    NAMED_AGENCY_DATELINE,
    alike_in_letters,
    article_name_norms,
    may_be_one_name,
    name_specificity,
    proper_word,
    sentence_name_norms,
    title_cased,
    wire_dateline,
)
from unspun.text.tokens import (
    fact_key,
    sentence_words,
    token_norms,
    whole_words_pattern,
    word_tokens,
    words,
    written_words,
)
from unspun.text.voice import outside_quotations
from unspun.text.wordlists import (
    AGENCY_FULL_NAMES,
    COMMENT_PERSON_WORDS,
    COMMENT_PHRASES,
    COMMENT_WORDS,
    COMPASS_WORDS,
    COPIER_VOICE_WORDS,
    CREDIT_GENERIC_WORDS,
    DANGLING_NOUNS,
    DANGLING_PRONOUNS,
    FUNCTION_WORDS,
    GENERIC_DOMAIN_WORDS,
    HEADLINE_BAIT_WORDS,
    HONORIFICS,
    IMAGE_CREDIT_WORDS,
    MONTHS,
    NEWS_AGENCIES,
    OTHER_TIME_PHRASES,
    OUTLET_WORDS,
    RELATIVE_DAYS,
    REPUBLICATION_CREDIT_WORDS,
    SOURCE_CREDIT_WORDS,
    SPEAKING_VERBS,
    SPEECH_VERBS,
    STATEMENT_VERBS,
    WEEKDAYS,
    is_content_word,
)


@dataclass(frozen=True, slots=True)
class PairFacts:
    """What the judge weighs, computed once per pair."""

    coverage_a: float
    coverage_b: float
    kind_share: dict[str, float]  # share of aligned characters (both sides) per alignment kind
    reused_chars: int  # aligned characters, the mean of both sides
    longest_passage_chars: int
    order_kept: float  # share of sentence matches in the same relative order on both sides
    merged_share: float  # share of matched sentences that match more than one sentence (merges, splits)
    substitution_rate: float  # one-for-one word swaps per aligned word
    document_similarity: float  # cosine of the two articles' mean sentence vectors
    shared_names: float  # overlap of capitalised names, in [0, 1]; 0.0 when either side names no one
    spin_a: float | None  # ``spin.spin_score``; None: not scored (not English prose)
    spin_b: float | None
    # mean Zipf of A's words minus B's over the one-for-one swaps (positive: B took the rarer words, as
    # spinners do), and the number of swaps measured
    swap_rarity: float = 0.0
    swap_count: int = 0
    # how much worse B's side of the swaps joins the unchanged words around it (``spin.swap_fluency``; positive:
    # B reads worse), and the number of swaps measured
    swap_fluency: float = 0.0
    fluency_count: int = 0
    # of those swaps, the ones made in place and the sentence pairs they lie in (``spin.SwapEvidence.in_place_fluency``)
    in_place_fluency: tuple[int, int] = (0, 0)
    # ... and those of the sentence pairs all of whose changed words are swapped (``spin.SwapEvidence``'s)
    in_place_whole_sentences: int = 0
    # swaps whose A side and whose B side is the clearly rarer (``spin.SwapEvidence.rarer_sides``), and swaps where
    # only A's side and only B's side keeps a term both texts use elsewhere (``spin.SwapEvidence.kept_terms``)
    rarer_sides: tuple[int, int] = (0, 0)
    kept_terms: tuple[int, int] = (0, 0)
    # one-word swaps whose A side and whose B side holds a thesaurus pick (``spin.SwapEvidence.thesaurus_picks``)
    thesaurus_picks: tuple[int, int] = (0, 0)
    # cosine between the reused sentences of each side and the rest of that side's sentences (None: fewer than
    # two sentences on either part): a passage taken into another text is foreign to what surrounds it there
    passage_fit_a: float | None = None
    passage_fit_b: float | None = None
    passage_fit_rest: int = 0  # the fewer sentences outside the reused ones, of the two sides (what each fit reads)
    # whether each side's first sentence is reused (A's, B's): a copy trimmed from the bottom keeps its source's opening
    opening_reused: tuple[bool, bool] = (True, True)
    # aligned sentence matches, and how many of them state other facts than their counterpart
    # (``agreement``); ``facts_differ``: the matches as a whole disagree, so only the agreeing ones count as reuse
    aligned_matches: int = 0
    differing_matches: int = 0
    facts_differ: bool = False
    # the aligned sentences' combined probability of stating the same facts (the logistic of their mean
    # log-odds, which the agreement check cuts)
    sentence_agreement: float | None = None
    # unaligned sentences read with the aligned ones that merge them (``agreement.drawn_members``)
    drawn_sentences: int = 0
    # whether the sentence vectors (English models) say what the texts mean: both are English
    # (``pipeline.vectors_mean_meaning``); otherwise the topic similarity is no evidence of a shared subject
    vectors_meaningful: bool = True
    # exactly one of the two texts is English (a translation, or two outlets writing in two languages)
    one_side_english: bool = False
    # one-for-one swaps of one capitalised word each side, (A's, B's) in A order: names a spinner or editor
    # changed (``spin.swap_evidence``), read with the swaps the judge is given
    swapped_names: tuple[tuple[str, str], ...] = ()
    # What keeps a copy from being the same text: sentences only one side has (page furniture left out: chrome
    # lines, stray runs of a word or two), aligned sentences out of the other side's order, and aligned
    # sentences whose words differ (an edited sentence the alignment missed counts as one of these).
    only_a_sentences: int = 0
    only_b_sentences: int = 0
    # of those, the sentences that tell something specific the other side lacks: a figure, a quotation, a name it
    # does not give (``_own_specifics``); a copy's own closing line or comment tells none
    only_a_specific: int = 0
    only_b_specific: int = 0
    # ... and those telling a fact the other text has in no form: a figure, a quotation, a name no word of the other
    # begins with ("Kostrava" beside "Kostrava's", "Kostravan"), the compass aside ("the West"); ``_own_facts``
    only_a_new_facts: int = 0
    only_b_new_facts: int = 0
    # ... and those with a sign of the writer's own comment, standing inside the shared text (``_own_comment_inside``)
    only_a_comment_inside: int = 0
    only_b_comment_inside: int = 0
    # ... and those, anywhere, in a copier's voice (``_copier_voice``: "Once again the people who pay have been
    # ignored"): the cut side's own line that a source's fuller version would not have dropped
    only_a_loaded_comment: int = 0
    only_b_loaded_comment: int = 0
    # sentences one side adds in two places or more of the text both share, one at least inside it, telling no
    # fact (``spread_additions``: a figure, quotation, day, or new speaker), the other having none; positive: B's,
    # negative: A's, 0: neither. A copier's comment put between its source's paragraphs and after them; a cut from
    # the bottom or of one passage is one place
    spread_additions: int = 0
    # ... and how many of those inside the shared text carry a sign of the writer's own comment (``_comment_sign``:
    # "Once again ordinary taxpayers will foot the bill"), on the same side: a laundering copy's, where page chrome
    # may then name it the copy (``_page_clues_alone``)
    spread_comment_inside: int = 0
    # one side's headline is the other's with a label of comment put ahead of it ("SHOCKING: …", ``comment_label``);
    # positive: B's, negative: A's, 0: neither or both. Read for the added-commentary clue (``_added_commentary``)
    comment_title: int = 0
    moved_sentences: int = 0
    reworded_sentences: int = 0
    # the matches pair each paragraph with one paragraph of the other side, sentences in their order inside it:
    # what moved, moved as whole paragraphs (``moved_whole_paragraphs``)
    paragraphs_kept_whole: bool = False
    # words in any edit per aligned word (``spin.SwapEvidence.changed``; 0: not measured): a spinner's edits are
    # nearly all one-for-one swaps, a person's rewording inserts, drops and rephrases around its swaps
    changed_rate: float = 0.0
    # of those, words replaced word for word per aligned word (``spin.SwapEvidence.replaced``)
    replaced_rate: float = 0.0
    # of the changed words, the share that are grammar words (``spin.SwapEvidence.grammar``): a person revising a
    # text changes them, a spinner does not
    grammar_share: float = 0.0
    # of those, the share added or dropped with nothing in their place (``spin.SwapEvidence.grammar_added``): a
    # spinner's phrase swaps ("more than" → "in excess of") bring grammar words of their own, never these
    grammar_added_share: float = 0.0
    # the pair's first grammar edits (``spin.SwapEvidence.grammar_quotes``: A's words, B's, added or dropped): what
    # the evidence quotes of them
    grammar_quotes: tuple[tuple[str, str, bool], ...] = ()
    # the places sentences were merged or split (``merge_places``): one sentence pair joined is a sub-editor's
    # edit, a rewrite restructures throughout (``_one_merge_in_a_copy``)
    merges: int = 0
    # the edits those words make (``spin.SwapEvidence.edits``; 0: not measured)
    edits: int = 0
    # the longest run of consecutive sentences matched one for one, in order, on both sides: a spun excerpt
    # (a farm spins the first paragraphs it took) has one; a summary picks sentences here and there
    consecutive_matches: int = 0
    # why the texts' event specifics show another event with the same actors (``events.specifics_conflict``:
    # other days in their leads, other figures of the same things); empty when they do not
    other_event: str = ""
    # a street or named building both texts name (``events.SpecificsConflict.shared_places``), for the verdict of
    # two independent reports; empty when they name none in common
    shared_place: str = ""
    # days between the two texts' filing days when they are more than ``Config.story_filed_apart_days`` apart and
    # the later names no day of the earlier's event (``events.filed_days_apart``); 0 otherwise, undated, or when
    # one text's lead places its event at a street or building the other names (``events.SpecificsConflict.
    # lead_shared_places``: a follow-up of it)
    filed_days_apart: int = 0
    # days after the earlier's filing day that the later's lead dates its event, the two filed within
    # ``Config.story_filed_apart_days`` (``events.lead_dated_after_filing``); 0 otherwise or with the setting off
    lead_after_filing: int = 0
    # whole days between the two texts' filing days, whatever they name (0 when either is undated): a text filed
    # more than ``Config.story_filed_apart_days`` after the other tells a later development (a charge after an
    # appeal, an inquest after a fire), whose recap of the earlier news keeps some of its wording
    published_days_apart: int = 0
    # with ``other_event``: no figure of the things both texts give is the same, more than a copy alters
    # (``events.SpecificsConflict.every_figure_differs``)
    every_figure_differs: bool = False
    # the headlines and first sentences name other periods (``events.SpecificsConflict.periods_differ``: months,
    # years, quarters, numbered editions)
    other_period: bool = False
    # with ``other_event``: both leads say which period their report is of, other ones
    # (``events.SpecificsConflict.periods_apart``)
    periods_apart: bool = False
    # with ``other_event``: the figures alone show it (``events.SpecificsConflict.figures_show_another_event``), not
    # only the days the leads name
    other_figures: bool = False
    # with ``other_figures``: the aligned sentence pairs that give other figures (``events.
    # pairs_giving_other_figures``)
    other_figure_pairs: int = 0
    # ... and the most things one of those pairs gives other figures of
    most_other_figures_in_a_pair: int = 0
    # with ``other_event``: the leads tell another incident in one template, by its cause and direction of travel
    # (``events.other_incident``), where the figures (junction numbers, a line's stations) are the template's
    other_incident: bool = False
    # the aligned sentence pairs left as reuse (``sentence_pairs.aligned_sentence_pairs``; after the agreement check)
    sentence_pairs: int = 0
    # of those, the pairs whose two sentences have the same words (``tokens.words``): a sentence copied whole
    sentences_copied_whole: int = 0
    # links of a chain of closest counterparts in one order on both sides whose sentences the paraphrase check
    # did not confirm (``pipeline.linked_sentences_agree``): the same facts in the same order, written again or
    # rewritten without a word kept; 0 when no such chain was found or it was confirmed
    unconfirmed_order_links: int = 0
    # sentences of a new top: one side opens with text of its own ahead of the shared text, which the other side
    # opens with, and has none of its own after it (``new_top``); positive: B's, negative: A's, 0: neither
    new_top: int = 0
    # sentences appended: one side is the other's text and then sentences of its own after all of it, the other
    # having none of its own (``appended``); positive: B's, negative: A's, 0: neither
    appended: int = 0
    # whether the appended sentences (``appended``) carry a mark of a later development (``_news_marks``): a
    # quotation, a time of day the shared text does not give, a toll, an "update"/"later" word; what tells an
    # update that appends paragraphs from the source of a copy cut from its bottom; 1 where they do, else 0
    appended_news: int = 0
    # sentences added inside: one side has sentences of its own, wherever they stand, the other none, and they carry a
    # mark of a later development (``_news_marks``, as ``appended_news``); positive: B's, negative: A's, 0: neither.
    # An update that puts a new paragraph between its first version's (a second ward closed) is dated after it.
    inserted_news: int = 0
    # the longest run of words the reused sentences share word for word outside quotations, and how many of its
    # words are rare (``lifted_runs.longest_unquoted_run``): a sentence lifted into another text, however short
    lifted_run_words: int = 0
    lifted_run_rare_words: int = 0
    # ``longest_passage_chars`` without the passages that are one shared quotation (``lifted_runs.
    # one_shared_quotation``): what independent reports of one briefing share is no reuse of either outlet's text
    # (None: not measured apart, ``longest_passage_chars``)
    longest_unquoted_passage_chars: int | None = None
    # what the two sides share word for word is quoted speech only: the sentences copied whole are all quoted speech on
    # both sides (``lifted_runs.speech_on_both``) and no run of ``Config.lift_min_run_words`` is shared outside
    # quotations: a release's quotes in a feature built on its own interviews, its facts told again
    only_quotations_copied: bool = False
    # the longest passage both texts have that is a publisher's furniture on both sides (``furniture.
    # furniture_span``: an appeal or contact line, a release's about-us tail), left out of the two above
    longest_furniture_chars: int = 0
    # words one side quotes that are the other's own text outside quotation marks (``lifted_runs.
    # speakers_text_quoted``), and the side that quotes them ("a", "b"; "" for none): the other is the speaker's text
    speakers_words_quoted: int = 0
    speakers_text_taker: str = ""
    # both texts name someone or something (``shared_name_overlap`` has names to weigh on both sides): where one
    # names no one (a teaser, a brief), shared names 0% is no evidence of another event
    names_on_both: bool = True
    # the share of the specific figures (``figures.specific_figures``) of the side giving fewer that the other gives
    # too, where at least ``Config.story_min_shared_figures`` are shared (0.0 otherwise): evidence of one event
    # as shared names are (a teaser's 74% and 16,200; two stories' £13.10, 4.8% and £8.20 from one release)
    shared_figures: float = 0.0
    # how many specific figures each side writes that the other never does (``events.specific_figures_only``): a
    # text's own counts, rates and sums, which no summary of the other could have taken from it
    figures_only: tuple[int, int] = (0, 0)
    # the share of each side's word bigrams (positions) that the other side has too (``word_bigram_shares``): where
    # a copy shortened the sentences it kept, every sentence still counts as covered, and only its words show it
    # sits inside the other
    word_share_a: float = 0.0
    word_share_b: float = 0.0
    # the marks a copy leaves on the sentences it takes, per side (``copy_marks.copy_marks``): names a taken
    # sentence does not introduce, taken sentences cut short, the next morning's "yesterday" for "today"
    copy_marks: CopyMarks = NO_MARKS
    # the item of a text of separate items (a digest, a roundup, a briefing's bullets) that retells the other text in
    # its phrasing (``items.retold_item``), whatever share of the whole it is
    retold_item: RetoldItem = NO_ITEM
    # the side that holds the other's text as one block beside paragraphs of its own on another story (a compilation,
    # a roundup paragraph over a copy: ``items.beside_other_story``)
    beside_other_story: BesideOtherStory = NO_BESIDE
    # the side condensed from the other (``align_semantic.condensed_from``: a small part of its length, nearly all its
    # names, figures and rarer words the other's, the other giving more): a summary or a teaser of it
    condensed: Condensed = NOT_CONDENSED
    # how many telling specifics of each side (figures with their unit, rarer words; not names) the other gives
    # (``align_semantic.retold_specifics``): evidence that a summary crediting the other's outlet retells that report
    retold_specifics: tuple[int, int] = (0, 0)
    # how much of each side's own wording (word 3-grams outside quotations and furniture) the other keeps
    # (``wording.kept_wording``): a heavy revision keeps terms and phrases in sentences the aligner cannot match
    kept_wording: KeptWording = NO_WORDING
    # the side that retells the other in its own words and brings nothing of its own: no name, figure or quotation
    # the other lacks, most of its many specifics the other's (``align_semantic.retelling``): written from it
    retelling: Retelling = NOT_RETELLING

    @property
    def edited(self) -> bool:
        """Whether any sentence was added, cut, moved or reworded."""
        return bool(self.only_a_sentences or self.only_b_sentences or self.moved_sentences
                    or self.reworded_sentences)


def judge(a: Segmented, b: Segmented, alignments: Sequence[Alignment], changes: Sequence[Change],
          facts: PairFacts, config: Config = DEFAULT, swaps: Sequence[Substitution] = (),
          memo: Memo | None = None) -> Verdict:
    """The verdict for one pair, with the reasons a person can check. ``memo`` (an engine's) keeps what the
    direction clues read of each text (``_marks``).

    ``changes`` must hold the pair's fact changes (``find_changes``) even when the caller keeps no details:
    a copy that alters a name, number, date, quote or negation is never a ``duplicate``, and the first
    evidence line says what it changed.
    """
    counts = fact_counts(changes)
    relation, relation_confidence, relation_evidence = decide_relation(facts, config)
    # A sentence attributing the report names whose story it retells only beside some reuse: a piece on another
    # event of the same actors may cite the same agency (``_credited_as``).
    credit = _credit_clue(a, b, facts.reused_chars > 0 or facts.unconfirmed_order_links > 0, facts, config, memo)
    if relation == "same_story" and credit.named and not _credits_another_report(a, b, credit, facts, config):
        # A text that credits the other's author or site and tells the same event retells it (a credited
        # summary keeps few sentences whole enough to align).
        relation = "rewrite"
        relation_evidence.append(f"one text credits the other's {credit.named} and tells the same event: it retells it")
    if counts and relation == "duplicate":
        relation = "near_duplicate"
        relation_evidence[-1] = "the texts are word for word the same except for the changed facts"
    if relation == "duplicate" and (headlines := other_headlines(a, b)):
        # the text is the same, but a copy under a rewritten headline (clickbait over a council story) is what a
        # rights team most often meets: said first, since the verdict's words say "the same text"
        relation_evidence.insert(0, f"{OTHER_HEADLINE}: '{headlines[0]}' → '{headlines[1]}'")
    edits = describe_edits(counts, facts if relation == "near_duplicate" else None)
    if edits and relation in RELATION_NOUNS:
        relation_evidence.insert(0, f"{RELATION_NOUNS[relation]} that {edits}")
    direction, direction_evidence = decide_direction(a, b, relation, facts, changes, config, swaps, credit, memo)
    confidence = calibrated_confidence(relation_confidence)
    if not facts.vectors_meaningful and relation in ("same_story", "unrelated"):
        confidence = min(confidence, config.other_language_max_confidence)  # names alone: no verdict is sure
    if relation == "unrelated" and _only_the_lead_day_parts(facts, config):
        confidence = min(confidence, config.story_lead_after_filing_max_confidence)
    if facts.unconfirmed_order_links and relation in ("same_story", "unrelated"):
        # What the rejected chain may be depends on the verdict: beside one story, the same facts retold; beside
        # another event, only sentences on the same points (no "same facts" line under "different events").
        relation_evidence.append(
            f"the sentences' closest counterparts run in one order on both sides ({facts.unconfirmed_order_links} "
            "links), but the linked sentences do not say the same things" + (
                ": the same facts told in the same order, by another writer or in a rewrite that kept none of the "
                "wording" if relation == "same_story" else ""))
        confidence = min(confidence, config.unconfirmed_order_max_confidence)
    if FIGURES_ALONE in direction_evidence:
        confidence = min(confidence, config.direction_mixed_figure_alone_max_confidence)
    coverage_a, coverage_b = _stated_coverage(facts, relation)
    return Verdict(
        relation=cast(Relation, relation),
        direction=cast(Direction, direction),
        confidence=round(confidence, 3),
        coverage_a=round(coverage_a, 3),
        coverage_b=round(coverage_b, 3),
        evidence=tuple(relation_evidence + direction_evidence),
        fact_changes=counts,
    )


def _stated_coverage(f: PairFacts, relation: str) -> tuple[float, float]:
    """The share of A that reappears in B and of B that comes from A, as a verdict states them: the sentences
    the passages cover, or, for a rewrite whose side retells the other in its own words (``PairFacts.retelling``),
    the share of its words in sentences that retell the other's and of the other's retold where larger (reviewE:
    weighed by words, a sentence of comment naming only the story's subject not counted). A retelling keeps
    no passage; its coverage from passages alone (0%) says none of it comes from the source (probe57)."""
    retold = f.retelling
    if relation != "rewrite" or not retold.side:
        return f.coverage_a, f.coverage_b
    copy, source = retold.sentences, retold.source_sentences
    shares_a, shares_b = (copy, source) if retold.side == "a" else (source, copy)
    return max(f.coverage_a, shares_a), max(f.coverage_b, shares_b)


def fact_counts(changes: Sequence[Change]) -> tuple[tuple[str, int], ...]:
    """(kind, count) of the changes that alter a fact, in ``FACT_KINDS`` order, kinds with none left out."""
    counted = {kind: 0 for kind in FACT_KINDS}
    for change in changes:
        if change.kind in counted:
            counted[change.kind] += 1
    return tuple((kind, n) for kind, n in counted.items() if n)


# A change kind as a reader calls it, where the kind's name (a JSON contract) is not a reader's word: a "title"
# change is a role word ("Manager" → "Director"; a headline's fact changed is counted by the fact's kind since
# comparison/4).
_KIND_WORDS = {"title": "role title"}


def describe_fact_counts(counts: Sequence[tuple[str, int]]) -> str:
    """``(("number", 3), ("name", 1), ("title", 1))`` → "3 numbers, 1 name and 1 role title"."""
    return _listed([_counted(n, _KIND_WORDS.get(kind, kind)) for kind, n in counts])


def describe_edits(counts: Sequence[tuple[str, int]], f: PairFacts | None = None) -> str:
    """What a copy changed, for the verdict's first line: its fact changes, and with ``f`` (a near-duplicate)
    the sentences only one side has, moved or reworded ("changes 1 number, with 1 sentence only in B");
    rewording is left out where facts changed (the changed facts are what was reworded there). Empty when
    nothing changed."""
    said = f"changes {describe_fact_counts(counts)}" if counts else ""
    if f is None:
        return said
    parts = [f"{_counted(f.only_b_sentences, 'sentence')} only in B" if f.only_b_sentences else "",
             f"{_counted(f.only_a_sentences, 'sentence')} only in A" if f.only_a_sentences else "",
             f"{_counted(f.moved_sentences, 'sentence')} moved" if f.moved_sentences else "",
             f"{_counted(f.reworded_sentences, 'sentence')} reworded" if f.reworded_sentences and not counts
             else ""]
    structure = _listed([p for p in parts if p])
    if not structure:
        return said
    return f"{said}, with {structure}" if said else f"has {structure}"


def _counted(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def _listed(parts: Sequence[str]) -> str:
    return "" if not parts else parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def pair_facts(a: Segmented, b: Segmented, alignments: Sequence[Alignment], substitution_rate: float,
               document_similarity: float, spin_a: float | None, spin_b: float | None, memo: Memo | None = None,
               swap_rarity: tuple[float, int] = (0.0, 0), swap_fluency: tuple[float, int] = (0.0, 0),
               vectors: tuple[np.ndarray, np.ndarray] | None = None, config: Config = DEFAULT,
               text: TextConfig = TEXT_DEFAULT, swapped_names: tuple[tuple[str, str], ...] = (),
               changes: ChangesConfig = CHANGES_DEFAULT, vectors_meaningful: bool = True,
               one_side_english: bool = False, align: AlignConfig = ALIGN_DEFAULT,
               changed_rate: float = 0.0, replaced_rate: float = 0.0, grammar_share: float = 0.0,
               rewritten: bool = False, grammar_added_share: float = 0.0,
               grammar_quotes: tuple[tuple[str, str, bool], ...] = (), edits: int = 0,
               rarer_sides: tuple[int, int] = (0, 0), kept_terms: tuple[int, int] = (0, 0),
               thesaurus_picks: tuple[int, int] = (0, 0), condensed: Condensed = NOT_CONDENSED,
               retold: tuple[int, int] = (0, 0), retelling: Retelling = NOT_RETELLING,
               in_place_fluency: tuple[int, int] = (0, 0), in_place_whole_sentences: int = 0) -> PairFacts:
    """What the verdict is decided from; ``memo`` (an engine's) keeps each article's names (``text``: what
    counts as a name); ``vectors_meaningful``: both texts are English (``pipeline.vectors_mean_meaning``);
    ``vectors`` are
    the two sides' sentence vectors (unit length), for how each side's reused sentences fit the rest. Aligned
    sentences that as a whole state other facts (``agreement.reused_alignments``) count as reuse only where
    a match states the same facts, and a local version's own top is no reuse (``agreement.without_local_top``) (a
    match's kind read with ``align``, the settings alignment used);
    ``changes`` says which unaligned lines are stray (``min_passage_words``). ``rewritten``: the passages are a
    rewrite around the writer's own material (``pipeline.rewritten_around_own_material``), shown by the wording and
    specifics it kept, whose condensed sentences (a figure rounded, a range told as "between") the sentence model
    reads as other facts: the agreement is weighed, and overrules nothing."""
    aligned = without_local_top(a, b, alignments, config, text, align)
    alignments, agreement = reused_alignments(a, b, aligned, config, text, align, overrule=not rewritten)
    # Both sides weigh the same, so that comparing B with A says what comparing A with B says.
    reused = sum(al.a.length + al.b.length for al in alignments) // 2
    event = specifics_conflict(a, b, memo, text)
    another = event.other_event(text)
    # A publisher's appeal, contact and about-us lines, which its next release repeats word for word, are no
    # passage taken (``furniture.furniture_span``): neither the longest passage nor a lifted run counts them.
    furniture = [al for al in alignments if furniture_span(a, al.a, memo) and furniture_span(b, al.b, memo)]
    own = [al for al in alignments if al not in furniture] if furniture else alignments
    lifted = longest_unquoted_run(a, b, own, config)
    speaker = speakers_text_quoted(a, b, alignments, config)
    spans = aligned_sentence_pairs(a, b, alignments)
    pairs = [(x.text_of(a.article.text), y.text_of(b.article.text)) for x, y in spans]
    by_pair = other_figures_by_pair(pairs, text) if another else []
    sides = (counterparts(a, b, alignments, "a"), counterparts(a, b, alignments, "b"))  # for passage fit
    word_shares = word_bigram_shares(a, b, memo)
    return PairFacts(
        coverage_a=sentence_coverage(a, b, alignments, "a"),
        coverage_b=sentence_coverage(a, b, alignments, "b"),
        kind_share=kind_shares(a, b, alignments, config),
        reused_chars=reused,
        longest_passage_chars=max((min(al.a.length, al.b.length) for al in alignments), default=0),
        order_kept=order_kept(alignments),
        merged_share=merged_share(alignments, agreement.drawn_into if alignments is aligned else frozenset()),
        merges=merge_places(alignments, agreement.drawn_into if alignments is aligned else frozenset()),
        substitution_rate=substitution_rate,
        changed_rate=changed_rate,
        replaced_rate=replaced_rate,
        grammar_share=grammar_share,
        grammar_added_share=grammar_added_share,
        grammar_quotes=grammar_quotes,
        edits=edits,
        document_similarity=document_similarity,
        shared_names=shared_name_overlap(a, b, memo, text),
        names_on_both=names_on_both(a, b, memo, text),
        shared_figures=shared_figure_share(a, b, config, memo, text),
        figures_only=specific_figures_only(a, b, memo, text),
        spin_a=spin_a,
        spin_b=spin_b,
        swap_rarity=swap_rarity[0],
        swap_count=swap_rarity[1],
        swap_fluency=swap_fluency[0],
        fluency_count=swap_fluency[1],
        in_place_fluency=in_place_fluency,
        in_place_whole_sentences=in_place_whole_sentences,
        rarer_sides=rarer_sides,
        kept_terms=kept_terms,
        thesaurus_picks=thesaurus_picks,
        passage_fit_a=_fit_of(sides[0], vectors[0]) if vectors is not None else None,
        passage_fit_b=_fit_of(sides[1], vectors[1]) if vectors is not None else None,
        passage_fit_rest=min(sum(c is None for c in side) for side in sides),
        opening_reused=(bool(sides[0]) and sides[0][0] is not None, bool(sides[1]) and sides[1][0] is not None),
        aligned_matches=agreement.matches,
        differing_matches=agreement.differing,
        facts_differ=alignments is not aligned,
        sentence_agreement=None if agreement.log_odds is None else 1 / (1 + math.exp(-agreement.log_odds)),
        drawn_sentences=agreement.drawn,
        vectors_meaningful=vectors_meaningful,
        one_side_english=one_side_english,
        swapped_names=swapped_names,
        paragraphs_kept_whole=paragraphs_kept_whole(a, b, alignments),
        consecutive_matches=consecutive_matches(alignments),
        other_event=event.reason() if another else "",
        shared_place=min(event.shared_places, default=""),
        # Filed a week apart tells another event only where the texts share none of the event's own place: a
        # follow-up (the charge, the inquest, the funeral) names the street or building a lead places it at.
        filed_days_apart=0 if event.lead_shared_places else filed_days_apart(a, b, config.story_filed_apart_days,
                                                                            memo),
        lead_after_filing=lead_dated_after_filing(a, b, config.story_filed_apart_days, memo)
        if config.story_lead_after_filing else 0,
        published_days_apart=published_days_apart(a, b),
        every_figure_differs=another and event.every_figure_differs(text),
        other_period=another and event.periods_differ,
        periods_apart=another and event.periods_apart,
        other_figures=another and event.figures_show_another_event(text),
        other_incident=bool(event.other_incident),
        other_figure_pairs=sum(1 for n in by_pair if n),
        most_other_figures_in_a_pair=max(by_pair, default=0),
        sentence_pairs=len(pairs),
        # ``sentence_words`` are ``words`` from the tokens every stage keeps per sentence
        sentences_copied_whole=sum(1 for x, y in pairs if x == y or sentence_words(x) == sentence_words(y)),
        lifted_run_words=lifted.words,
        longest_unquoted_passage_chars=max((min(al.a.length, al.b.length) for al in own
                                            if not one_shared_quotation(a, b, al)), default=0),
        only_quotations_copied=lifted.words < config.lift_min_run_words and _only_quotations_copied(a, b, spans,
                                                                                                  config),
        longest_furniture_chars=max((min(al.a.length, al.b.length) for al in furniture), default=0),
        lifted_run_rare_words=lifted.rare_words,
        speakers_words_quoted=speaker.words,
        speakers_text_taker=speaker.taker,
        word_share_a=word_shares[0],
        word_share_b=word_shares[1],
        copy_marks=copy_marks(a, b, sorted({(m.i, m.j) for al in alignments for m in al.matches}), text, memo),
        retold_item=retold_item(a, b, config, text, shared_name_overlap(a, b, memo, text), memo),
        beside_other_story=beside_other_story(a, b, config, text, memo),
        condensed=condensed,
        retold_specifics=retold,
        retelling=retelling,
        kept_wording=kept_wording(a, b, memo),
        **_sentence_edits(a, b, alignments, changes.min_passage_words, config, memo, text),
    )


def _sentence_edits(a: Segmented, b: Segmented, alignments: Sequence[Alignment], min_words: int,
                    config: Config, memo: Memo | None = None, text: TextConfig = TEXT_DEFAULT) -> dict[str, int]:
    """``PairFacts``' counts of sentences added, cut, moved and reworded, for copies whose reused text is
    mostly word for word (``config.near_duplicate_min_lexical_share``: duplicates and near-duplicates; a spun
    copy or rewrite is told by other evidence, and a corpus compares many of those); none when the two texts
    have the same words in the same order, page furniture aside (quote style or a line break can segment the
    same text differently: '." "It' is two sentences, '.” “It' one). ``memo`` (an engine's) keeps each article's
    words."""
    lexical, total = word_for_word_chars(alignments)
    if lexical < config.near_duplicate_min_lexical_share * total \
            or remembered(memo, ("text words", a), lambda: _text_words(a)) == \
            remembered(memo, ("text words", b), lambda: _text_words(b)):
        return {}
    facing = facing_sentence_pairs(a, b, alignments, config)
    paired = with_facing(alignments, facing)
    spans_a, spans_b = (_content_spans(a, b, paired, side, min_words) for side in ("a", "b"))
    runs_a, runs_b = _runs_of(spans_a), _runs_of(spans_b)
    names_a = remembered(memo, ("names", a, text), lambda: _names(a, text, memo))
    names_b = remembered(memo, ("names", b, text), lambda: _names(b, text, memo))
    # read only for the added-commentary clue (``_added_commentary``): off at a limit of 0, and a labelled headline's
    # limit counts only where a headline is labelled (most pairs' are not: no sentence's own facts read for them)
    comment_title = _comment_title(a, b, memo) if config.direction_added_commentary_max_sentences > 0 \
        or config.direction_labelled_commentary_max_sentences > 0 else 0
    commentary = config.direction_added_commentary_max_sentences > 0 or comment_title != 0
    return {"only_a_sentences": sum(count for _, count in runs_a),
            "only_b_sentences": sum(count for _, count in runs_b),
            "only_a_specific": _own_specifics(a, runs_a, names_b, text),
            "only_b_specific": _own_specifics(b, runs_b, names_a, text),
            "only_a_new_facts": _own_facts(a, runs_a, names_b, text) if commentary else 0,
            "only_b_new_facts": _own_facts(b, runs_b, names_a, text) if commentary else 0,
            "only_a_comment_inside": _own_comment_inside(a, runs_a) if commentary else 0,
            "only_b_comment_inside": _own_comment_inside(b, runs_b) if commentary else 0,
            "only_a_loaded_comment": _own_loaded_comment(a, runs_a),
            "only_b_loaded_comment": _own_loaded_comment(b, runs_b),
            "comment_title": comment_title,
            **_spread_additions(a, b, (spans_a, spans_b), (names_a, names_b), text, memo),
            "moved_sentences": moved_matches(alignments),
            "reworded_sentences": reworded_matches(a, b, alignments) + len(facing),
            "new_top": new_top(runs_b, runs_a, len(b.sentences)) - new_top(runs_a, runs_b, len(a.sentences)),
            "appended": appended(runs_b, runs_a, len(b.sentences)) - appended(runs_a, runs_b, len(a.sentences)),
            "appended_news": int(_appended_news(a, runs_a, runs_b) or _appended_news(b, runs_b, runs_a)),
            "inserted_news": int(_inserted_news(b, runs_b, runs_a, a.article))
            - int(_inserted_news(a, runs_a, runs_b, b.article))}


class ContentSpan(NamedTuple):
    """A run of one side's sentences that the other lacks (``one_sided_runs``): its first and last sentence, and
    the sentences in it that are not site chrome."""
    first: int
    last: int
    sentences: tuple[int, ...]


def _content_spans(a: Segmented, b: Segmented, alignments: Sequence[Alignment], side: Literal["a", "b"],
                   min_words: int) -> list[ContentSpan]:
    """Each run of one side's sentences that the other lacks (``one_sided_runs``), counting page furniture out:
    runs shorter than ``min_words`` words and site chrome ("Share this article", "Copyright 2005.") that a
    republisher adds around the same text; a run of furniture alone is left out."""
    texts = (a if side == "a" else b).sentence_texts()
    spans = (ContentSpan(first, last, tuple(k for k in range(first, last + 1) if not _CHROME.match(texts[k])))
             for first, last in one_sided_runs(a, b, alignments, side, min_words))
    return [span for span in spans if span.sentences]


def _runs_of(spans: Sequence[ContentSpan]) -> list[tuple[int, int]]:
    """(first sentence, sentences not chrome) of each span: the side's ``_content_runs``."""
    return [(span.first, len(span.sentences)) for span in spans]


def _content_runs(a: Segmented, b: Segmented, alignments: Sequence[Alignment], side: Literal["a", "b"],
                  min_words: int) -> list[tuple[int, int]]:
    """(first sentence, sentences) of each run of one side's sentences that the other lacks (``_content_spans``)."""
    return _runs_of(_content_spans(a, b, alignments, side, min_words))


def _own_specifics(seg: Segmented, runs: Sequence[tuple[int, int]], other_names: frozenset[str],
                   text: TextConfig) -> int:
    """How many sentences of a side's own runs (``_content_runs``: (first, sentences)) tell something specific the
    other side lacks: a figure of two digits or more (``figures.specific_figure_contexts``: not "a difficult two
    years"), a quotation, or a name the other does not give (``other_names``). What a copy adds to
    what it cut from its source is often a line of its own ("Summer just got a little brighter."), which tells none;
    an update's or a fuller version's own sentences carry its new facts."""
    texts = seg.sentence_texts()
    found = 0
    for first, count in runs:
        for sentence in texts[first:first + count]:
            if specific_figure_contexts(figures(sentence, text)) or any(mark in sentence for mark in QUOTATION_MARKS) \
                    or _sentence_names(sentence, text) - other_names:
                found += 1
    return found


def _own_facts(seg: Segmented, runs: Sequence[tuple[int, int]], other_names: frozenset[str],
               text: TextConfig) -> int:
    """How many sentences of a side's own runs (``_content_runs``) tell a fact the other text has in no form: a
    figure (any digit: "firmed 0.8%"), a day or month, a quotation, or a name that none of the other's names
    (``other_names``) begins with and that is no point of the compass. A copier's comment names the parties of the
    story it copied ("the regime in Kostrava" beside the report's "Kostravan soldiers") and blocs ("the West"),
    which ``_own_specifics`` counts as names the other does not give, as written; an outlet it names ("first made
    public by the Wrexham Leader") is a fact of its own."""
    texts = seg.sentence_texts()

    def new_name(name: str) -> bool:
        return name not in COMPASS_WORDS and not any(other.startswith(name) for other in other_names)

    return sum(1 for first, count in runs for sentence in texts[first:first + count]
               if _tells_a_figure_quote_or_day(sentence)
               or any(new_name(name) for name in _sentence_names(sentence, text)))


def _tells_a_figure_quote_or_day(sentence: str) -> bool:
    """Whether a sentence gives a figure (any digit: "firmed 0.8%"), a quotation, or a day or month ("visited the
    village on Tuesday morning"; "may" is a verb)."""
    return any(char.isdigit() for char in sentence) or any(mark in sentence for mark in QUOTATION_MARKS) \
        or any(word in WEEKDAYS or (word in MONTHS and word != "may") for word in words(sentence.lower()))


def _spread_additions(a: Segmented, b: Segmented, spans: tuple[Sequence[ContentSpan], Sequence[ContentSpan]],
                      names: tuple[frozenset[str], frozenset[str]], text: TextConfig,
                      memo: Memo | None = None) -> dict[str, int]:
    """``PairFacts.spread_additions`` and ``spread_comment_inside``: signed, positive for B's."""
    added = spread_additions(b, spans[1], spans[0], names[0], text, _things_told(a, memo)) \
        - spread_additions(a, spans[0], spans[1], names[1], text, _things_told(b, memo))
    fuller, runs = (b, spans[1]) if added > 0 else (a, spans[0])
    commented = _own_comment_inside(fuller, _runs_of(runs)) if added else 0
    return {"spread_additions": added, "spread_comment_inside": commented if added > 0 else -commented}


def _things_told(seg: Segmented, memo: Memo | None = None) -> frozenset[str]:
    """A text's words in the form a figure's context takes (``figures.context_forms``): what it tells of. Read once
    an article through ``memo`` (an engine's), not once a comparison: a store compares each text with its ~24
    candidates, and every comparison with sentences of its own reads this for both sides."""
    return remembered_large(memo, ("things told", seg), lambda: context_forms(word_tokens(seg.article.text)))


def spread_additions(seg: Segmented, own: Sequence[ContentSpan], other: Sequence[ContentSpan],
                     other_names: frozenset[str] = frozenset(), text: TextConfig = TEXT_DEFAULT,
                     other_things: frozenset[str] = frozenset()) -> int:
    """How many sentences a text adds to the text it shares with the other in two places or more, one at least
    inside it (after its first sentence, before its last: a closing line with only chrome after it is a tail),
    where the other has none of its own and none of them tells a fact (``_tells_a_fact``), else 0. What a copier's
    comment looks like beside the text it took whole ("Bosses ... have once again walked away", and a closing line);
    a source that its copy trimmed in two places of lines as empty is the same pair, and which it is the shares
    cannot say. ``own`` and ``other``: the two sides' ``_content_spans``; ``other_names``, ``other_things``
    (``_things_told``): the other side's."""
    if other or len(own) < 2 or not any(span.first > 0 and span.last + 1 < len(seg.sentences) for span in own):
        return 0
    texts = seg.sentence_texts()
    added = [texts[k] for span in own for k in span.sentences]
    return 0 if any(_tells_a_fact(sentence, other_names, text, other_things) for sentence in added) else len(added)


def _tells_a_fact(sentence: str, other_names: frozenset[str], text: TextConfig,
                  other_things: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence gives a figure in digits, a quotation or a day (``_tells_a_figure_quote_or_day``), a
    figure in words of things the other text does not tell of (``figures``: "Two children ... were carried to
    safety", not "between the two depots" beside a story of depots; ``other_things``: its words, ``_things_told``),
    or the words of a named person the other text does not name (``_new_speaker``). Other names are not read as
    facts: a comment names the places and parties of its story ("officials in Edinburgh")."""
    return _tells_a_figure_quote_or_day(sentence) or _new_speaker(sentence, other_names, text) \
        or any(not figure.context & other_things for figure in figures(sentence, text))


_SAYING = "|".join(sorted(SPEAKING_VERBS))
# a capitalised word just before a verb of saying ("Evans told", "Evans, 54, said") or just after one ("said Shah")
_SPEAKER = re.compile(rf"([A-Z][\w'’-]+)(?=(?:,[^,.]{{1,40}},)?\s+(?:{_SAYING})\b)|\b(?:{_SAYING})\s+([A-Z][\w'’-]+)")


def _new_speaker(sentence: str, other_names: frozenset[str], text: TextConfig) -> bool:
    """Whether a named person the other text does not name speaks in a sentence ("Mark Evans, 54, told the
    paper", "said Priya Shah"): a report's own source, where a comment has none ("Anglers along the Teme say")."""
    new = _sentence_names(sentence, text) - other_names
    return bool(new) and any((match.group(1) or match.group(2)).lower() in new
                             for match in _SPEAKER.finditer(sentence))


def _own_comment_inside(seg: Segmented, runs: Sequence[tuple[int, int]]) -> int:
    """How many sentences of a side's own runs (``_content_runs``) stand inside the text it shares with the other
    (after its first sentence, before its last) and carry a sign of the writer's own comment: a loaded word
    (``COMMENT_WORDS``), a "we" or "you" outside quotation marks, "!", a question, a call to share. What a copier
    cuts from its source is mostly its closing lines, and what they tell has no digit or name either ("Police are
    investigating."); a comment put between a source's paragraphs says who added it (review of add53, reviewD)."""
    texts, last = seg.sentence_texts(), len(seg.sentences)
    return sum(1 for first, count in runs if first > 0 and first + count < last
               for sentence in texts[first:first + count] if _comment_sign(sentence))


def _own_loaded_comment(seg: Segmented, runs: Sequence[tuple[int, int]]) -> int:
    """How many sentences of a side's own runs (``_content_runs``) are in a copier's voice (``_copier_voice``),
    wherever they stand."""
    texts = seg.sentence_texts()
    return sum(1 for first, count in runs for sentence in texts[first:first + count] if _copier_voice(sentence))


def _comment_title(a: Segmented, b: Segmented, memo: Memo | None = None) -> int:
    """``PairFacts.comment_title``: +1 where B's headline is A's with a label of comment ahead of it, -1 where A's is
    B's, else 0; 0 too unless both texts open with one dateline naming a source in brackets that is not the labelled
    page's site (``_OwnMarks.dateline_source``). The words are then that source's, which cries out over none of its
    headlines: a page that puts a cry over it and lines of its own into it changed the source's text, the other kept
    it. A labelled page that is itself the origin (its own comment, its own byline or none) may have been copied by a
    page that cut exactly its label and its comment, which no clue of the pair tells from a recycler's copy
    (tests/fixtures/labelled_copies park_cleaned)."""
    title_a, title_b = a.article.title or "", b.article.title or ""
    labelled = int(comment_label(title_b, title_a)) - int(comment_label(title_a, title_b))
    if not labelled:
        return 0
    source, crier = _marks(a, memo).dateline_source, (b if labelled > 0 else a).article.site or ""
    if not source or source != _marks(b, memo).dateline_source \
            or (crier and _names_site(source, _site_spellings(crier))):
        return 0
    # An outlet brackets its own name in forms its domain need not spell ("(Post Staff)" on tarrowpost.example,
    # "(KTRW)" on abc7tarrow.example): the source is a third party's only where the unlabelled page's site spells
    # it or it is a news agency; else the labelled page may be the origin its copier cut (reviewB d1, d2, d7).
    kept = (a if labelled > 0 else b).article.site or ""
    if not _agency_source(source) and not (kept and _names_site(source, _site_spellings(kept))):
        return 0
    return labelled


def _agency_source(source: str) -> bool:
    """Whether a dateline's bracketed source names a news agency: one of ``NEWS_AGENCIES`` or a name ending in
    "Wire", "Agency" or "Service" ("Capital News Agency", "Valley Press Service"), or one word ending in "wire" as
    ``names.NAMED_AGENCY_DATELINE`` reads it ("Northwire")."""
    said = words(source.lower())
    return source in NEWS_AGENCIES or (bool(said) and said[-1] in ("wire", "agency", "service")) \
        or bool(NAMED_AGENCY_DATELINE.match(f"A ({source}) -"))


# A lede's dateline naming its source in brackets, any source: a place in capitals (and a day), then the source and a
# dash or a colon ("GENEVA (MedWire) -", "ZELNA, Nov 2 (VNA) -", "KESTREL BAY (Coastline News) -").
_BRACKETED_DATELINE = re.compile(r"^\W*[A-Z][A-Z .'’-]{1,40}(?:,[\w .]{1,20})?\((?P<source>[^()\n]{2,40})\)\s*[-–—:]")


def _bracketed_source(lede: str) -> str:
    """The source the dateline opening ``lede`` names in brackets ("GENEVA (MedWire) -": "MedWire"), else ""."""
    found = _BRACKETED_DATELINE.match(lede)
    return found.group("source").strip() if found else ""


def comment_label(title: str, other: str, min_kept: float = 0.75) -> bool:
    """Whether ``title`` is the headline ``other`` with a label of comment put ahead of it: a few words before a colon
    that ``other`` lacks, crying out (``HEADLINE_BAIT_WORDS``, a loaded word or "!", ``_comment_sign``: "SHOCKING:",
    "DISGRACEFUL!"), and after it at least ``min_kept`` of ``other``'s words (a figure the copy changed aside). A
    recycler's cry over the headline it took, which no report of its own needs; read only with the lines the same side
    adds to the other's text (``_added_commentary``), never alone: a copy may drop a source's label as it retitles."""
    label, colon, rest = title.partition(":")
    said = words(label)
    if not colon or not said or len(said) > 3 or not rest.strip():
        return False
    theirs = words(other)
    if not theirs or any(w in theirs for w in said):
        return False
    if not _label_cries(label):
        return False
    ours = set(words(rest))
    return sum(1 for w in theirs if w in ours) >= min_kept * len(theirs)


def _label_cries(label: str) -> bool:
    """Whether a headline's label cries out: a bait word (``HEADLINE_BAIT_WORDS``), a loaded word (``COMMENT_WORDS``,
    ``COMMENT_PHRASES``) or "!". A "we" or "our" is an editorial's own voice ("WE SAY:", "OUR VIEW:"), which a paper
    puts over its own leader, not a recycler's cry, so ``_comment_sign``'s person words stay out (reviewB d2)."""
    said = words(label.lower())
    return "!" in label or any(w in HEADLINE_BAIT_WORDS or w in COMMENT_WORDS for w in said) \
        or _says_comment_phrase(said)


def _comment_sign(sentence: str) -> bool:
    # its quotations aside (``voice.outside_quotations``; one sentence's at any length: no limit but the sentence's)
    plain = outside_quotations(sentence, len(sentence))
    return "!" in plain or plain.rstrip().endswith("?") or _loaded_comment(sentence) \
        or any(w in COMMENT_PERSON_WORDS for w in words(plain.lower()))


def _loaded_comment(sentence: str) -> bool:
    """Whether ``sentence``, its quotations aside, says a loaded word or phrase of comment (``COMMENT_WORDS``,
    ``COMMENT_PHRASES``): a sign of the writer's own voice beside others (``_comment_sign``), not proof of it: a
    report's own line says "in the wake of" or "a contempt of court warning" too (``_copier_voice`` is narrower)."""
    said = words(outside_quotations(sentence, len(sentence)).lower())
    return any(w in COMMENT_WORDS for w in said) or _says_comment_phrase(said)


def _copier_voice(sentence: str) -> bool:
    """Whether ``sentence``, its quotations aside, is in a copier's own voice: "!", a copier's phrase
    (``COMMENT_PHRASES``: "once again", "yet another") or a word a report never writes as its own
    (``COPIER_VOICE_WORDS``: "a disgrace", "pathetic"), and no verb giving it to a speaker (``SPEECH_VERBS``: "Local
    campaigners called the road a disgrace" is a report's line). An update drops its first version's plain closing
    line ("The closure came in the wake of two other collisions."), which holds none (review of dir48, reviewB)."""
    plain = outside_quotations(sentence, len(sentence))
    said = words(plain.lower())
    if any(w in SPEECH_VERBS for w in said):
        return False
    return "!" in plain or any(w in COPIER_VOICE_WORDS for w in said) or _says_comment_phrase(said)


def _says_comment_phrase(said: Sequence[str]) -> bool:
    """Whether the words ``said`` (lower case, in order) hold a phrase of comment (``COMMENT_PHRASES``: "once
    again", "yet another", joined by "_")."""
    joined = "_".join(said)
    return any(phrase in joined for phrase in COMMENT_PHRASES)


def new_top(own: Sequence[tuple[int, int]], other: Sequence[tuple[int, int]], sentences: int) -> int:
    """How many sentences a text opens with ahead of the text it shares with the other, when that is all it has
    of its own and the other opens with the shared text: a new top put on a text (an update's new first
    paragraph, a local paper's introduction to a wire story), 0 otherwise. A text that also has its own text
    further down, or a top longer than the shared text after it, is another shape (a longer article quoting the
    other, or the other cut from its middle). ``own`` and ``other``: the two sides' ``_content_runs``."""
    if len(own) != 1 or own[0][0] != 0 or any(first == 0 for first, _ in other):
        return 0
    top = own[0][1]
    return top if 2 * top < sentences else 0


def appended(own: Sequence[tuple[int, int]], other: Sequence[tuple[int, int]], sentences: int) -> int:
    """How many sentences a text has after all the text it shares with the other, when that is all it has of its
    own and the other has none of its own: an update that adds paragraphs to its first version, or a source whose
    copy was cut from the bottom; 0 otherwise. ``own`` and ``other``: the two sides' ``_content_runs``."""
    if other or len(own) != 1 or own[0][0] == 0:
        return 0
    first, count = own[0]
    return count if first + count == sentences else 0


# Marks of a later development in an update's added paragraphs: a time of day (a clock time, "by mid-afternoon",
# "this evening"), a toll, an update's words ("later", "latest", "has since", "updated"). Background added to a
# source that a copy cut from its bottom (the firm's size, an earlier fire, a councillor's complaint in reported
# speech, a visit due on Monday) carries none of them.
_NEWS_WORDS = re.compile(
    r"\b(?:later|latest|updated?|has\s+since|have\s+since|since\s+then|so\s+far|death\s+toll|toll"
    r"|(?:has|have)\s+(?:now\s+)?(?:risen|rose|climbed)|has\s+been\s+named|have\s+been\s+named)\b",
    re.IGNORECASE)


def _appended_news(seg: Segmented, own: Sequence[tuple[int, int]], other: Sequence[tuple[int, int]]) -> bool:
    """Whether the sentences a side appends after all the text it shares with the other (``appended``) carry a
    mark of a later development: a quotation, an "update"/"later" word or a toll (``_NEWS_WORDS``), or a time of
    day (``dates.times_of_day``) the shared text does not give. ``own``, ``other``: the two sides' ``_content_runs``."""
    tail = appended(own, other, len(seg.sentences))
    if not tail:
        return False
    texts = seg.sentence_texts()
    added, shared = texts[len(texts) - tail:], " ".join(texts[:len(texts) - tail]).lower()
    return any(_news_marked(sentence, shared) for sentence in added)


# ``_NEWS_WORDS`` without a bare "later": in a sentence one side has and the other cut from its middle, "she later
# found a crack" tells the story's own order, not an update's news ("later in the afternoon" is a time of day).
_INSERTED_NEWS_WORDS = re.compile(_NEWS_WORDS.pattern.replace(r"\b(?:later|", r"\b(?:"), re.IGNORECASE)


def _inserted_news(seg: Segmented, own: Sequence[tuple[int, int]], other: Sequence[tuple[int, int]],
                   other_article: Article) -> bool:
    """Whether a side's own sentences, the other having none (``PairFacts.inserted_news``), carry a mark of a later
    development wherever they stand: an update's word or a toll (``_INSERTED_NEWS_WORDS``) or a new time of day
    (``_later_time``), but not a quotation. A quote paragraph in the middle of a report is what a copy cuts as
    often as an update adds one (reviewC quarry, session 44: a copy without its source's witness quote, stamped
    before the source's "Updated" stamp, was named the first version). ``own``, ``other``: the sides'
    ``_content_runs``; ``other_article``: the other side's, whose stamp a clock time must be after."""
    if other or not own:
        return False
    texts = seg.sentence_texts()
    added = {k for first, count in own for k in range(first, min(first + count, len(texts)))}
    shared = " ".join(text for k, text in enumerate(texts) if k not in added).lower()
    stamp = parse_published(other_article.modified or other_article.published)
    return any(_INSERTED_NEWS_WORDS.search(texts[k])
               or any(_later_time(time, shared, stamp) for time in times_of_day(texts[k])) for k in sorted(added))


def _later_time(time: str, shared: str, stamp: datetime | None) -> bool:
    """Whether a time of day (``times_of_day``) the shared text lacks can be news after the other side's ``stamp``:
    a clock time only if later than the stamp's own (reviewC quarry_time: "called to the quarry at 11.15am" cut by
    a copy stamped 12:05 is the story's start, not an update); a part of the day, or any time without a stamp,
    as it reads."""
    if time in shared:
        return False
    clock = clock_time(time)
    return clock is None or stamp is None or clock > f"{stamp.hour:02d}:{stamp.minute:02d}"


def _news_marked(sentence: str, shared: str, quotations: bool = True) -> bool:
    """An "update"/"later" word or a toll (``_NEWS_WORDS``), a time of day ``shared`` lacks, or (``quotations``)
    a quotation."""
    return (quotations and any(mark in sentence for mark in QUOTATION_MARKS)) or bool(_NEWS_WORDS.search(sentence)) \
        or any(time not in shared for time in times_of_day(sentence))


def _only_quotations_copied(a: Segmented, b: Segmented, spans: Sequence[tuple[Span, Span]], config: Config) -> bool:
    """Whether the aligned sentence pairs ``spans`` copied whole (the same words) are some and all quoted speech on
    both sides (``PairFacts.only_quotations_copied``)."""
    whole = [(x, y) for x, y in spans
             if sentence_words(x.text_of(a.article.text)) == sentence_words(y.text_of(b.article.text))]
    return bool(whole) and all(speech_on_both(a, b, x, y, config) for x, y in whole)


def word_bigram_shares(a: Segmented, b: Segmented, memo: Memo | None = None) -> tuple[float, float]:
    """The share of A's word bigrams (each place, words in lower case) that B has anywhere, and of B's that A has.
    ``memo`` (an engine's) keeps each text's among its large readings (``Memo.large``): a trace compares its query's
    text with each of its candidates."""
    grams_a = remembered_large(memo, ("word bigrams", a.article.text), lambda: _word_bigrams(a.article.text))
    grams_b = remembered_large(memo, ("word bigrams", b.article.text), lambda: _word_bigrams(b.article.text))
    return _share_found(grams_a, grams_b.distinct), _share_found(grams_b, grams_a.distinct)


class _Bigrams(NamedTuple):
    """A text's word bigrams: how many places, the distinct ones, and how many more places each repeated one has."""

    places: int
    distinct: frozenset[tuple[str, str]]
    repeats: dict[tuple[str, str], int]


def _word_bigrams(text: str) -> _Bigrams:
    # ``words(text)`` as the norms of its tokens: the article's names read the same tokens (``names.NamesReader``),
    # so its words are read once, not twice. A norm is in lower case already (``tokens.normal_form``; ``str.lower``
    # changes nothing it gave).
    lowered = list(token_norms(word_tokens(text)))
    grams = Counter(itertools.pairwise(lowered))
    return _Bigrams(sum(grams.values()), frozenset(grams), {g: n - 1 for g, n in grams.items() if n > 1})


def _share_found(grams: _Bigrams, other: frozenset[tuple[str, str]]) -> float:
    """The share of ``grams``' places whose bigram ``other`` has: its distinct bigrams in ``other`` (one set
    intersection, no bigram hashed again), each counted at every place (each of a trace's 24 comparisons read
    ~1,200 places one by one: ~5% of a trace's CPU on the 100k store)."""
    common = grams.distinct & other
    found = len(common) + sum(grams.repeats[g] for g in common & grams.repeats.keys())
    return found / grams.places if grams.places else 0.0


def _text_words(seg: Segmented) -> list[str]:
    """The words of a text's sentences in order, site chrome left out (white space and quote style aside)."""
    kept = " ".join(text for text in seg.sentence_texts() if not _CHROME.match(text))
    return written_words(kept)


def paragraphs_kept_whole(a: Segmented, b: Segmented, alignments: Sequence[Alignment]) -> bool:
    """Whether the sentence matches pair each paragraph of either side with one paragraph of the other, the
    sentences of each pair in the same order: an editor who moves paragraphs keeps them whole, a rewriter
    moves sentences between and inside them (False without the paragraph of each sentence)."""
    pairs = sorted({(m.i, m.j) for al in alignments for m in al.matches})
    if not pairs or not a.sentence_paragraph or not b.sentence_paragraph:
        return False
    para_a, para_b = a.sentence_paragraph, b.sentence_paragraph
    if max(i for i, _ in pairs) >= len(para_a) or max(j for _, j in pairs) >= len(para_b):
        return False
    to_b = {(para_a[i], para_b[j]) for i, j in pairs}
    if len({x for x, _ in to_b}) != len(to_b) or len({y for _, y in to_b}) != len(to_b):
        return False
    # sorted by A's sentence: inside one paragraph, B's sentences must rise with A's
    return all(j1 < j2 for (i1, j1), (i2, j2) in itertools.pairwise(pairs) if para_a[i1] == para_a[i2])


def moved_matches(alignments: Sequence[Alignment]) -> int:
    """Sentence matches off the longest common order of both texts: the sentences that moved."""
    pairs = sorted((m.i, m.j) for al in alignments for m in al.matches)
    return len(pairs) - len(longest_chain(pairs))


def reworded_matches(a: Segmented, b: Segmented, alignments: Sequence[Alignment]) -> int:
    """Aligned sentence matches whose words differ (punctuation, quote style and white space aside)."""
    texts_a, texts_b = a.sentence_texts(), b.sentence_texts()
    return sum(1 for al in alignments for m in al.matches
               if m.i < len(texts_a) and m.j < len(texts_b)
               and texts_a[m.i] != texts_b[m.j] and written_words(texts_a[m.i]) != written_words(texts_b[m.j]))


def passage_fit(a: Segmented, b: Segmented, alignments: Sequence[Alignment], vectors: np.ndarray,
                side: Literal["a", "b"]) -> float | None:
    """Cosine between the mean vector of one side's reused sentences and that of its other sentences; None
    when either part has fewer than two sentences (nothing to compare)."""
    return _fit_of(counterparts(a, b, alignments, side), vectors)


def _fit_of(aligned: Sequence[Span | None], vectors: np.ndarray) -> float | None:
    """``passage_fit`` of one side from its sentences' counterparts (None: unaligned)."""
    reused = [k for k, c in enumerate(aligned) if c is not None]
    rest = [k for k, c in enumerate(aligned) if c is None]
    if not reused or len(rest) < 2 or len(vectors) != len(aligned):
        return None
    x, y = vectors[reused].mean(axis=0), vectors[rest].mean(axis=0)
    norm = float(np.linalg.norm(x) * np.linalg.norm(y))
    return float(x @ y) / norm if norm else None


def kind_shares(a: Segmented, b: Segmented, alignments: Sequence[Alignment],
                config: Config = DEFAULT) -> dict[str, float]:
    """Share of the aligned characters of both sides in each kind of passage (symmetric in A and B). In a passage
    judged spun or paraphrased, blocks of sentences copied word for word count as verbatim
    (``align.copied_block_share``): one reworded lede does not make the paragraphs under it reworded."""
    total = sum(al.a.length + al.b.length for al in alignments) or 1
    shares = {"verbatim": 0.0, "near_verbatim": 0.0, "spun": 0.0, "paraphrase": 0.0}
    for al in alignments:
        weight = (al.a.length + al.b.length) / total
        copied = copied_block_share(a, b, al, config) if al.kind not in WORD_FOR_WORD_KINDS else 0.0
        shares["verbatim"] += weight * copied
        shares[al.kind] += weight * (1.0 - copied)
    return shares


def order_kept(alignments: Sequence[Alignment]) -> float:
    """Share of sentence matches lying on the longest common order of both texts (1.0 = no reordering)."""
    pairs = sorted((m.i, m.j) for al in alignments for m in al.matches)
    if not pairs:
        return 1.0
    return len(longest_chain(pairs)) / len(pairs)


def consecutive_matches(alignments: Sequence[Alignment]) -> int:
    """The most sentence matches (i, j), (i + 1, j + 1), … in a row, each sentence matched once."""
    matches = {(m.i, m.j) for al in alignments for m in al.matches}
    uses_a, uses_b = Counter(i for i, _ in matches), Counter(j for _, j in matches)
    single = {(i, j) for i, j in matches if uses_a[i] == 1 and uses_b[j] == 1}
    longest = 0
    for i, j in single:
        if (i - 1, j - 1) not in single:
            run = 1
            while (i + run, j + run) in single:
                run += 1
            longest = max(longest, run)
    return longest


def merged_share(alignments: Sequence[Alignment], drawn_into: frozenset[int] = frozenset()) -> float:
    """The share of sentence matches that merge or split sentences: a sentence matched more than once, or one of
    A's in a group that drew an unaligned sentence in (``Agreement.drawn_into``: a summary's sentence merges
    source sentences the alignment did not link)."""
    from collections import Counter

    # distinct pairs: two passages may both hold one sentence match (a long sentence cut at a passage's edge)
    matches = list(dict.fromkeys((m.i, m.j) for al in alignments for m in al.matches))
    if not matches:
        return 0.0
    uses_a = Counter(i for i, _ in matches)
    uses_b = Counter(j for _, j in matches)
    merged = sum(1 for i, j in matches if uses_a[i] > 1 or uses_b[j] > 1 or i in drawn_into)
    return merged / len(matches)


def merge_places(alignments: Sequence[Alignment], drawn_into: frozenset[int] = frozenset()) -> int:
    """How many places the matches ``merged_share`` counts stand at: each set of sentences merged into one (or one
    split in several), linked through the sentences they share, is one place."""
    matches = list(dict.fromkeys((m.i, m.j) for al in alignments for m in al.matches))
    uses_a = Counter(i for i, _ in matches)
    uses_b = Counter(j for _, j in matches)
    merged = [(i, j) for i, j in matches if uses_a[i] > 1 or uses_b[j] > 1 or i in drawn_into]
    places: list[tuple[set[int], set[int]]] = []  # the A and B sentences of each place
    for i, j in merged:
        joined = [p for p in places if i in p[0] or j in p[1]]
        place = ({i}, {j})
        for p in joined:
            place[0].update(p[0])
            place[1].update(p[1])
            places.remove(p)
        places.append(place)
    return len(places)


def shared_name_overlap(a: Segmented, b: Segmented, memo: Memo | None = None,
                        text: TextConfig = TEXT_DEFAULT) -> float:
    """Overlap coefficient of the names of the two texts (headline and text: who, where, which product), each
    weighed by how much it tells one event from another (``names.name_specificity``): two companies' results
    share "Chief Executive" and "New York" as two reports of one recall share the maker and the model."""
    names_a = remembered(memo, ("names", a, text), lambda: _names(a, text, memo))
    names_b = remembered(memo, ("names", b, text), lambda: _names(b, text, memo))
    site = (a.article.site or "").lower().removeprefix("www.")
    if site and site == (b.article.site or "").lower().removeprefix("www."):
        # Two texts of one site both name its publisher ("the Linmoor Trust" on linmoor.example, in its every
        # release): the publisher's name is no name of an event.
        publisher = _site_spellings(site)
        names_a, names_b = names_a - publisher, names_b - publisher
    weight_a, weight_b = _name_weight(names_a, text), _name_weight(names_b, text)
    if not weight_a or not weight_b:
        return 0.0
    return _name_weight(names_a & names_b, text) / max(min(weight_a, weight_b), text.names_counted_min_weight)


def names_on_both(a: Segmented, b: Segmented, memo: Memo | None = None, text: TextConfig = TEXT_DEFAULT) -> bool:
    """Whether both texts name someone or something that ``shared_name_overlap`` weighs."""
    names_a = remembered(memo, ("names", a, text), lambda: _names(a, text, memo))
    names_b = remembered(memo, ("names", b, text), lambda: _names(b, text, memo))
    return bool(_name_weight(names_a, text) and _name_weight(names_b, text))


def shared_figure_share(a: Segmented, b: Segmented, config: Config = DEFAULT, memo: Memo | None = None,
                        text: TextConfig = TEXT_DEFAULT) -> float:
    """The share of the specific figures of the text giving fewer that the other gives too
    (``figures.shared_specific_figures``), where they share at least ``Config.story_min_shared_figures`` (0: never);
    else 0."""
    if config.story_min_shared_figures <= 0:
        return 0.0
    shared, fewer = specific_figures_shared(a, b, memo, text)
    return shared / fewer if shared >= config.story_min_shared_figures else 0.0


# Each article's names are weighed in every comparison it is in, three times (a trace's query 72 times): once here.
@functools.lru_cache(maxsize=16_384)
def _name_weight(names: frozenset[str], text: TextConfig) -> float:
    # fsum: exact, so the same whatever order a set gives its names (B with A mirrors A with B)
    return math.fsum(name_specificity(name, text) for name in names)


# Remembered per article by the engine's memo (a corpus judges each article against several others) and per
# sentence here (copies of one story repeat sentences).
def _names(seg: Segmented, text: TextConfig = TEXT_DEFAULT, memo: Memo | None = None) -> frozenset[str]:
    title = seg.article.title
    # a publisher's appeal and contact lines name the publisher and Crimestoppers in its every release
    body = frozenset().union(*(_sentence_names(sentence, text) for sentence in content_sentences(seg, memo)))
    headline = frozenset(n for n in article_name_norms(title, text) if len(n) > 2) if title else frozenset()
    if title and title_cased(word_tokens(title), text):
        # Every word of a title-cased headline has its capital, so a rarer word there ("Freight Train Derails
        # Near Ashgrove": "Derails") is no name unless the text names it too or it is no English word at all
        # ("Corvane"): two derailments shared "derails".
        headline = frozenset(n for n in headline if n in body or lexicon.zipf(n) == 0)
    return headline | body


@functools.lru_cache(maxsize=262_144)
def _sentence_names(sentence: str, text: TextConfig = TEXT_DEFAULT) -> frozenset[str]:
    return frozenset(norm for norm in sentence_name_norms(sentence, text) if len(norm) > 2)


# --- relation -------------------------------------------------------------------------------------

def decide_relation(f: PairFacts, config: Config) -> tuple[str, float, list[str]]:
    high, low = max(f.coverage_a, f.coverage_b), min(f.coverage_a, f.coverage_b)
    evidence = [_coverage_sentence(f)] if f.reused_chars else []
    if f.facts_differ:
        evidence.append(f"the aligned sentence pairs state other facts (names, numbers or content one side lacks; "
                        f"same facts {f.sentence_agreement or 0:.0%} likely by their combined odds, "
                        f"{f.differing_matches} of {f.aligned_matches} pairs more likely differ{_drawn_note(f)}): "
                        "separate reports of "
                        "one event, where only "
                        "sentences copied word for word count as reuse")
    # The same text, page furniture aside: a sentence added, cut, moved or reworded makes an edited copy
    # (a stealth edit that adds "This article was updated." is no duplicate), however small a share it is.
    if low >= config.duplicate_min_coverage and f.kind_share["verbatim"] >= 0.97 and not f.edited:
        return "duplicate", _scale(low, 0.95, 1.0), [*evidence, "the two texts are the same after extraction"]
    if high >= config.copy_min_coverage and low >= config.derived_min_coverage_both \
            and _template_of_another_event(f, config):
        # Not weighed as independent coverage: texts built alike share their topic and names by construction.
        # The figures line only where a figure differs: an alert's next incident keeps every figure.
        told = ANOTHER_EVENT_TOLD_ALIKE if f.other_figures else ANOTHER_INCIDENT_TOLD_ALIKE
        evidence += [told, f"{f.other_event}: another event"]
        return "unrelated", _scale(high, config.copy_min_coverage, 0.9), evidence
    if high >= config.copy_min_coverage and (
            low >= config.derived_min_coverage_both
            or (f.vectors_meaningful and f.document_similarity >= config.summary_min_document_similarity)):
        if low < config.derived_min_coverage_both:
            evidence.append("the shorter text is mostly made of the longer one's content on the same topic "
                            "(a trimmed copy or summary)")
        return _derived_relation(f, high, evidence, config)
    if high >= config.copy_min_coverage and not _has_reused_passage(f, config):
        # Most of one side comes from the other in other words: derived, whatever the topic similarity (a
        # verdict never states that most of a text is reused and then calls the texts independent).
        evidence.append("the shorter text is mostly made of the longer one's content, reworded")
        return _derived_relation(f, high, evidence, config)
    if _one_sentence_of_separate_reports(f, config):
        evidence.append("the one sentence both keep, each in its own words around it, is what separate reports of one "
                        "event share (a wire's or a statement's line, as a quote is): no reuse of either text")
        return _item_or_independent(f, evidence, config)
    if _has_reused_passage(f, config) and not _only_quotation_reused(f, config):
        evidence.append(f"a passage of {f.longest_passage_chars} characters is reused; the rest is independent")
        return "partial_reuse", _scale(f.longest_passage_chars, config.partial_min_chars, 600), evidence
    if _speakers_text_taken(f, config):
        taker, speaker = _taker_first(f.speakers_text_taker)
        evidence.append(f"{f.speakers_words_quoted} words {taker} quotes are {speaker}'s own text, outside any "
                        f"quotation there ({speaker} is the speaker's text: a transcript, an interview, a statement): "
                        f"{taker} took them from it; the rest is independent")
        return "partial_reuse", _scale(f.speakers_words_quoted, config.speech_min_quoted_words, 60), evidence
    if _has_lifted_run(f, config):
        evidence.append(f"{f.lifted_run_words} words in a row are copied word for word outside quotations, "
                        f"{f.lifted_run_rare_words} of them rare (names, numbers, terms): a lifted sentence; "
                        "the rest is independent")
        return "partial_reuse", _scale(f.lifted_run_words, config.lift_min_run_words, 30), evidence
    if _has_reused_passage(f, config) and f.longest_furniture_chars >= f.longest_passage_chars:
        evidence.append(f"the passage of {f.longest_passage_chars} characters both texts have word for word is a "
                        "publisher's furniture (an appeal or contact line, a release's notes to editors), which its "
                        "every release repeats: no reuse of either text")
    elif _has_reused_passage(f, config):
        evidence.append(f"the passage of {f.longest_passage_chars} characters both texts have word for word is one "
                        "quotation, which each attributes itself: the speaker's words, not reuse of either text")
    return _item_or_independent(f, evidence, config)


def _item_or_independent(f: PairFacts, evidence: list[str], config: Config) -> tuple[str, float, list[str]]:
    """An item of a text of separate items that retells the other text is taken from it (``PairFacts.retold_item``):
    a summary of it (rewrite), or a passage of it where the item keeps its wording almost whole (partial reuse); the
    whole texts' shares and topics, which the other items' stories make low, are no evidence against it. Otherwise
    the texts are independent (``_independent_relation``)."""
    item = f.retold_item
    if not item.taker and _keeps_wording(f, config):
        return _kept_wording_relation(f, evidence, config)
    if not item.taker:
        return _independent_relation(f, evidence, config)
    digest, other = _taker_first(item.taker)
    evidence.append(f"{digest} is a text of {item.items} separate items (a digest, a roundup, a briefing); its item "
                    f"{item.item} keeps {item.kept_wording:.0%} of its word 3-grams outside quotations from {other}, "
                    f"{other}'s lead among them, and the other items tell other stories: that item retells {other}")
    confidence = _scale(item.kept_wording, config.digest_item_min_kept_wording, config.digest_full_confidence_kept)
    if item.kept_wording >= config.digest_item_verbatim_min_kept:
        return "partial_reuse", confidence, evidence
    return "rewrite", confidence * config.digest_rewrite_confidence_factor, evidence


def _keeps_wording(f: PairFacts, config: Config) -> bool:
    """Whether one side keeps at least ``Config.kept_wording_min_share`` of the other's own wording (``PairFacts.
    kept_wording``: word 3-grams outside quotations and furniture), which independent texts on one event or topic do
    not, while the two tell the same event: a template written again for another event (``PairFacts.other_event``,
    filed days apart) keeps its wording by construction, and a later development filed more than
    ``Config.story_filed_apart_days`` after the other (``PairFacts.published_days_apart``: the charge after the
    appeal) recaps the earlier news in its words. Nor does it overrule the sentence agreement check
    (``PairFacts.facts_differ``): separate reports of one event told from one wire, each with other facts, keep as
    much of each other's wording (MSRP's non-paraphrase documents)."""
    return f.vectors_meaningful and f.kept_wording.share >= config.kept_wording_min_share \
        and not f.other_event and f.filed_days_apart == 0 and not f.facts_differ \
        and f.published_days_apart <= config.story_filed_apart_days


def _kept_wording_relation(f: PairFacts, evidence: list[str], config: Config) -> tuple[str, float, list[str]]:
    """A text that keeps a substantial share of the other's wording is derived from it, whatever its sentence matches
    (``_keeps_wording``): a rewrite where the kept terms and phrases run through most of its sentences
    (``Config.kept_wording_min_spread``), else a part of it taken (partial reuse)."""
    kept = f.kept_wording
    taker, source = _taker_first(kept.taker)
    runs = ", ".join(f'"{run}"' for run in kept.runs)
    evidence.append(f"{taker} keeps {kept.share:.0%} of {source}'s own wording (word 3-grams outside quotations: "
                    f"{runs}), in {kept.spread:.0%} of its sentences, more than independent texts on one event or "
                    f"topic share: written from {source}")
    confidence = _scale(kept.share, config.kept_wording_min_share, config.kept_wording_min_share + 0.25)
    if kept.spread >= config.kept_wording_min_spread:
        return "rewrite", confidence * 0.9, evidence
    return "partial_reuse", confidence, evidence


def _template_of_another_event(f: PairFacts, config: Config) -> bool:
    """Whether texts that align sentence by sentence (the caller checks both are mostly made of the other's
    sentences) tell another event (``PairFacts.other_event``) with the same actors in the same sentences: a
    month's, quarter's or year's report written from the last one's, whose rewording is the changed figures and
    the words that go with them ("fell to 2.9%" → "rose to 3.4%"). Reuse
    that is mostly word for word (``Config.near_duplicate_min_lexical_share``) is a copy that altered facts, unless
    every figure both give differs (``PairFacts.every_figure_differs``), more than a copy alters, and the two name
    other periods up front (``PairFacts.other_period``): one event's copy keeps the figures it did not change, one
    changed score or lead day included, and an update of one event word for word with every tally moved (a flood's
    toll, its homes flooded, its people in shelters) keeps the event's period. Leads dated to other days alone are
    no recurring report: two outlets' reports of one event filed a day apart date them so (``other_figures``). Nor
    are other figures in one or two sentence pairs of many (``Config.alike_min_other_figure_pairs``): a
    recurring report's figures are its event's, in most of its sentences or stacked in its lead (three things or more
    in one sentence pair: ``Config.alike_min_things_in_one_pair``), where one report written again keeps telling the
    same things around a market's level read at another hour (its points and its percent). An alert's next incident
    told in the same words is another event by its cause and direction of travel (``PairFacts.other_incident``)."""
    if f.other_incident:
        # An alert template's next incident (``events.other_incident``) keeps its junctions and its stations: its
        # cause and its direction of travel are its figures.
        return True
    lexical = lexical_share(f.kind_share)
    through = f.other_figure_pairs >= config.alike_min_other_figure_pairs \
        or f.other_figure_pairs >= config.alike_min_other_figure_share * f.sentence_pairs \
        or f.most_other_figures_in_a_pair >= config.alike_min_things_in_one_pair
    # ``other_figures`` is only set beside ``other_event``
    return f.other_figures and through and (lexical < config.near_duplicate_min_lexical_share
                                or (f.every_figure_differs and f.other_period) or f.periods_apart)


def _derived_relation(f: PairFacts, copy_cover: float, evidence: list[str],
                      config: Config) -> tuple[str, float, list[str]]:
    confidence = _scale(copy_cover, config.copy_min_coverage, 0.9)
    lexical = lexical_share(f.kind_share)
    reworded = (f.kind_share["paraphrase"] >= config.rewrite_min_paraphrase_share
                or (f.merged_share >= config.rewrite_min_merged_share and not _one_merge_in_a_copy(f, config)))
    moved_only = (not reworded and lexical >= config.reorder_min_lexical_share and f.paragraphs_kept_whole
                  and f.substitution_rate <= config.reorder_max_substitution_rate)
    if reworded or (f.order_kept < config.rewrite_max_order_kept and not moved_only):
        evidence.append(_restructure_sentence(f, config))
        return "rewrite", confidence * 0.9, evidence
    swapped = f.substitution_rate >= config.spun_min_substitution_rate and not _few_edits(f, config) \
        and not _mostly_copied_whole(f, config)
    if swapped and _reworded_by_a_person(f, config):
        if f.replaced_rate < config.spun_natural_min_swap_share * f.changed_rate:
            evidence.append(f"{f.changed_rate:.0%} of aligned words differ, only {f.replaced_rate:.0%} replaced word "
                            "for word: words added, dropped and rephrased around the swaps, as a person rewords, not "
                            "a spinner")
        else:
            evidence.append(f"{_grammar_of_a_person(f, config):.0%} of the changed words are grammar words added or "
                            f"dropped around the edits{_grammar_examples(f)}, which a spinner swapping words "
                            "one for one does not: a person's revision, not a spinner's swaps")
        return "rewrite", confidence * 0.9, evidence
    summarised = (min(f.coverage_a, f.coverage_b) < config.spun_min_coverage_both
                  and f.consecutive_matches < config.spun_excerpt_min_sentences)
    if f.substitution_rate >= config.spun_min_substitution_rate and summarised:
        evidence.append(f"the reworded text retells {min(f.coverage_a, f.coverage_b):.0%} of the other, too little "
                        "for a spun copy (a spinner rewords the whole text): a summary")
        return "rewrite", confidence * 0.9, evidence
    if not swapped and _reworded_throughout(f, config):
        evidence.append(f"{lexical:.0%} of the reused text is word for word or nearly so and {f.changed_rate:.0%} of "
                        "aligned words differ, few of them replaced word for word: sentences a person wrote in "
                        "other words, not a lightly edited copy")
        return "rewrite", confidence * 0.9, evidence
    if swapped and f.one_side_english and config.spun_needs_english:
        # broad Scots beside its English telling ("cooncil" / "council", "tae" / "to"): each word written for the
        # other's is its language's, not a spinner's English synonym. Two Scots texts (a Scots text and its spun
        # copy) are no two languages: their swaps are a spinner's.
        evidence.append(f"{f.substitution_rate:.0%} of aligned words are written otherwise one for one, but one text "
                        "is not English prose: the same story told in another language or dialect, not a spinner's "
                        "swaps")
        return "rewrite", confidence * 0.9, evidence
    if swapped:
        evidence.append(
            f"sentences keep their structure while {f.substitution_rate:.0%} of aligned words are swapped "
            "one for one, as article spinners do")
        return "spun_copy", min(confidence, _scale(f.substitution_rate, config.spun_min_substitution_rate, 0.12)), \
            evidence
    if copy_cover < config.near_duplicate_min_copy_coverage and _has_reused_passage(f, config):
        evidence.append(f"{1 - f.coverage_a:.0%} of A and {1 - f.coverage_b:.0%} of B are found only there: "
                        "passages reused inside other text, not a lightly edited copy")
        return "partial_reuse", confidence, evidence
    if _small_part_taken(f, config):
        evidence.append(f"only {min(f.coverage_a, f.coverage_b):.0%} of the longer text is reused: a part of it taken "
                        "into another text, not a lightly edited copy")
        return "partial_reuse", confidence, evidence
    if _beside_another_story(f):
        evidence.append(_beside_line(f) + ": a compilation's part, not a lightly edited copy")
        return "partial_reuse", confidence, evidence
    if f.order_kept < config.rewrite_max_order_kept:
        evidence.append(f"{1 - f.order_kept:.0%} of matched sentences moved, word for word, in whole paragraphs")
    evidence.append(f"{lexical:.0%} of the reused text is word for word or nearly so; "
                    f"{f.substitution_rate:.1%} of aligned words differ")
    return "near_duplicate", confidence, evidence


def _reworded_throughout(f: PairFacts, config: Config) -> bool:
    """Whether passages that are not mostly word for word (``Config.near_duplicate_min_lexical_share``) change so
    many of their aligned words (``Config.copy_max_changed_rate``), few of them one for one, that a person wrote
    them in other words (``_reworded_by_a_person``): the final near-duplicate return's floor. Static vectors align
    two outlets' own reports of one event sentence by sentence ("has put off a decision on a £3.6 million
    programme" / "a vote on spending £3.6m ... was delayed": 70% of aligned words changed, 4% replaced), which
    ``compare``'s MiniLM does not; a near-duplicate there made the index store a copy that ``compare`` calls
    same_story, and stories named an origin and a copy among own-words reports (/tmp/probe48 O1). As a rewrite,
    the corpus compares the pair again as ``compare`` does (``pipeline.rewrite_without_wording``)."""
    lexical = lexical_share(f.kind_share)
    return lexical < config.near_duplicate_min_lexical_share and f.changed_rate >= config.copy_max_changed_rate \
        and _reworded_by_a_person(f, config)


def _one_merge_in_a_copy(f: PairFacts, config: Config) -> bool:
    """Whether the merged sentences are the only restructuring of a copy that keeps its other sentences word for word
    (``Config.reorder_min_lexical_share``): fewer than ``Config.rewrite_min_merges`` places merged (0: not counted,
    as in facts made by hand). A sub-editor joins two sentences (", and the council will also…"), splices a quotation
    with an ellipsis or puts it in indirect speech; a person rewriting a text merges and rewords throughout it.
    ``merged_share`` counts both sentences of a merge, so one merge in a 12-sentence text reads as restructuring by
    share alone."""
    lexical = lexical_share(f.kind_share)
    return 0 < f.merges < config.rewrite_min_merges and lexical >= config.reorder_min_lexical_share


def _few_edits(f: PairFacts, config: Config) -> bool:
    """Whether a copy makes fewer edits than a spinner or a person rewording it would (``Config.spun_min_edits``;
    not measured: no): a short text's one or two edits change a share of its few words that only a spinner's many
    swaps reach in a longer one."""
    return 0 < f.edits < config.spun_min_edits


def _mostly_copied_whole(f: PairFacts, config: Config) -> bool:
    """Whether at least ``Config.spun_max_whole_sentence_share`` of the aligned sentence pairs are copied whole (the
    same words, ``PairFacts.sentences_copied_whole``): a copy a person edited in a few places ("shortly after" →
    "soon after", "manufacturer" → "maker"). A spinner rewords its text throughout and leaves few sentences whole;
    its swaps' rarity says which side the thesaurus worked on, a sub-editor's plainer words say nothing. Not where
    one side holds ``Config.spun_whole_max_picks`` thesaurus picks or more (``PairFacts.thesaurus_picks``): a light
    spin swaps a few sentences' words for rare ones ("edifice", "apprehensions") and leaves the rest whole."""
    return f.sentence_pairs > 0 and max(f.thesaurus_picks) < config.spun_whole_max_picks \
        and f.sentences_copied_whole >= config.spun_max_whole_sentence_share * f.sentence_pairs


def _small_part_taken(f: PairFacts, config: Config) -> bool:
    """Whether a text copied word for word is a small part of the other (under ``near_duplicate_min_coverage_both`` of
    it reused: not mostly the other's) that is no trimmed copy of it: it adds text of its own (under
    ``duplicate_min_coverage`` of it the other's) or takes a part other than the other's opening (a section of a long
    feature under an intro of its own). A trimmed copy keeps its source's top and has nothing of its own; a
    near-duplicate otherwise has both sides mostly the other's. How alike the whole documents read
    (``document_similarity``, which let the summary branch in) does not change what share of each is reused, and
    ``compare`` and the corpus read it with other vectors (MiniLM 0.76, static 0.90 for probe42's section of a
    feature), so they named the pair differently."""
    low = min(f.coverage_a, f.coverage_b)
    if low >= config.near_duplicate_min_coverage_both or not _has_reused_passage(f, config):
        return False
    copy_share = max(f.coverage_a, f.coverage_b)
    if low >= config.derived_min_coverage_both and not _copy_tells_its_own(f, copy_share, config):
        return False
    source_opening = f.opening_reused[0] if f.coverage_a <= f.coverage_b else f.opening_reused[1]
    return copy_share < config.duplicate_min_coverage or not source_opening


def _copy_tells_its_own(f: PairFacts, copy_share: float, config: Config) -> bool:
    """Whether the copy's own text (the side more made of the other's) tells something of its own: a figure, a
    quotation or a name, in at least ``Config.small_part_min_own_sentences`` sentences and
    ``Config.small_part_min_own_share`` of it. A trimmed copy's comment line ("It will be a long summer for boat
    owners") or one added line naming a mayor is no text of its own."""
    own_specific, own_sentences = (f.only_b_specific, f.only_b_sentences) if f.coverage_a <= f.coverage_b \
        else (f.only_a_specific, f.only_a_sentences)
    return bool(own_specific) and own_sentences >= config.small_part_min_own_sentences \
        and 1 - copy_share >= config.small_part_min_own_share


def _beside_another_story(f: PairFacts) -> bool:
    """Whether the text holding the other's as a block beside paragraphs on another story (``PairFacts.
    beside_other_story``) is the one less made of the other: it holds the other, the other does not hold it."""
    taker = f.beside_other_story.taker
    return bool(taker) and (f.coverage_b < f.coverage_a if taker == "b" else f.coverage_a < f.coverage_b)


def _taker_first(taker: str) -> tuple[str, str]:
    """("B", "A") where the side ``taker`` ("a"/"b") took the other's text, else ("A", "B"): the names of the taker
    and of the text taken, for an evidence line."""
    return ("B", "A") if taker == "b" else ("A", "B")


def _beside_line(f: PairFacts) -> str:
    host, source = _taker_first(f.beside_other_story.taker)
    n = f.beside_other_story.paragraphs
    return (f"{host} puts {source}'s text beside a passage on another event ({_counted(n, 'paragraph')} naming other "
            f"people and places, on other topics)")


def _reworded_by_a_person(f: PairFacts, config: Config) -> bool:
    """Whether the edits are mostly not words replaced word for word (``Config.spun_min_swap_share``): a spinner
    keeps each sentence's words and order and swaps words for synonyms, runs of adjacent swaps included; a person
    who rewords a text in its order adds, drops and rephrases words around the few one-for-one swaps. Where
    neither text reads as machine-spun (``Config.spun_natural_max_spin``), a higher share
    (``Config.spun_natural_min_swap_share``): a person's light revision swaps more of its words one for one, and
    adds and drops grammar words around its edits, which a spinner swapping one word for one does not
    (``Config.spun_natural_max_grammar_share``: "such as" → "like", "passed" → "had passed";
    ``_grammar_of_a_person``)."""
    if f.changed_rate <= 0:
        return False
    natural = (spins := _read_spins(f, config)) is not None and max(spins) < config.spun_natural_max_spin
    if natural and _grammar_of_a_person(f, config) >= config.spun_natural_max_grammar_share:
        return True
    share = max(config.spun_min_swap_share, config.spun_natural_min_swap_share) if natural \
        else config.spun_min_swap_share
    return f.replaced_rate < share * f.changed_rate


def _grammar_of_a_person(f: PairFacts, config: Config) -> float:
    """The share of the changed words that are grammar words a person changed: all those of edits that add or drop
    words, unless the pair's one-for-one swaps took words rarer (or plainer) by at least
    ``Config.spun_thesaurus_min_swap_rarity`` on average, as a thesaurus's picks are; then only those added or
    dropped with nothing in their place. A spinner swaps a phrase for a longer or shorter one in its place ("more
    than" → "in excess of", "could not" → "was unable to") beside its word swaps; a person's phrase edits ("such
    as" → "like") come with swaps of common words. Either way: the same share for B with A (the rarity's sign
    turns)."""
    if abs(f.swap_rarity) >= config.spun_thesaurus_min_swap_rarity:
        return f.grammar_added_share
    return f.grammar_share


def _grammar_examples(f: PairFacts) -> str:
    """The pair's own grammar edits that add or drop grammar words, quoted (" ('will' → 'is to')"), or "" where
    none was kept: evidence quotes only the pair's words, and only edits no spinner swapping words one for one
    makes, beside the line that says so (``spin._quotable``; stores made before kept swaps of grammar words
    too)."""
    quoted = [f"'{a}' → '{b}'" for a, b, added in f.grammar_quotes if added][:2]
    return f" ({', '.join(quoted)})" if quoted else ""


def _restructure_sentence(f: PairFacts, config: Config) -> str:
    parts = []
    if f.kind_share["paraphrase"] >= config.rewrite_min_paraphrase_share:
        parts.append(f"{f.kind_share['paraphrase']:.0%} {PARAPHRASED}")
    if f.order_kept < config.rewrite_max_order_kept:
        parts.append(f"{1 - f.order_kept:.0%} of matched sentences moved")
    if f.merged_share >= config.rewrite_min_merged_share:
        parts.append(f"{f.merged_share:.0%} of matched sentences were merged or split{_drawn_note(f)}")
    return "the reused content is restructured: " + ", ".join(parts)


def _drawn_note(f: PairFacts) -> str:
    """What the evidence says of the unaligned sentences the agreement check read with the sentences merging them:
    they are no passage of the comparison, and a reader should know they were weighed."""
    if not f.drawn_sentences:
        return ""
    n = f.drawn_sentences
    return (f"; {n} unaligned sentence{'s' if n > 1 else ''} read with the aligned sentence"
            f"{'s' if n > 1 else ''} merging {'them' if n > 1 else 'it'}")


def _has_reused_passage(f: PairFacts, config: Config) -> bool:
    # Partial reuse is copied words (a wire paragraph). Paraphrased or loosely "spun-looking" passages at
    # low coverage are what independent reports of one event share: names, quotes, the same facts.
    return f.longest_passage_chars >= config.partial_min_chars and lexical_share(f.kind_share) >= 0.5


def _only_quotation_reused(f: PairFacts, config: Config) -> bool:
    unquoted = f.longest_passage_chars if f.longest_unquoted_passage_chars is None else f.longest_unquoted_passage_chars
    return unquoted < config.partial_min_chars


def _speakers_text_taken(f: PairFacts, config: Config) -> bool:
    """Whether one side quotes enough of the other's own text (``PairFacts.speakers_words_quoted``): a report
    built on quotations of a speech transcript, an interview or a statement reuses that text, however the
    attribution breaks its passages and however its aligner grades them (DESIGN's "shared quotes" are words both
    sides quote)."""
    return f.speakers_words_quoted >= config.speech_min_quoted_words


def _one_sentence_of_separate_reports(f: PairFacts, config: Config) -> bool:
    """Whether the sentence agreement check found separate reports of one event (``PairFacts.facts_differ``) and
    fewer than ``Config.overruled_min_reused_sentences`` sentence pairs are left as reuse, not copied whole, which
    would make a passage or a lifted run: texts told point by point with other facts that each keep a sentence of a
    wire or statement both drew on, one trimming it or adding a clause or swapping words. A sentence copied whole
    (a wire paragraph a paper quotes) is still a passage taken."""
    return f.facts_differ and bool(f.reused_chars) and f.sentence_pairs < config.overruled_min_reused_sentences \
        and not f.sentences_copied_whole and (_has_reused_passage(f, config) or _has_lifted_run(f, config))


def _has_lifted_run(f: PairFacts, config: Config) -> bool:
    # A passage too short for ``_has_reused_passage`` (one sentence, or one kept whole inside an edited
    # neighbour): a long run of rare words shared outside quotations is no stock phrase and no speaker's quote.
    return f.lifted_run_words >= config.lift_min_run_words and f.lifted_run_rare_words >= config.lift_min_rare_words


def _story_signal(f: PairFacts, config: Config) -> float:
    """How much two independent texts read as one event before any reading of another event: topic similarity and
    the shared names or figures (shared specific figures tell one event as shared names do: a teaser naming no one
    keeps its source's figures, and two stories from one release quote other people about the same figures)."""
    return f.document_similarity + config.story_name_weight * max(f.shared_names, f.shared_figures)


def _only_the_lead_day_parts(f: PairFacts, config: Config) -> bool:
    """Whether an `unrelated` verdict rests on the later lead's day alone (``PairFacts.lead_after_filing``): no
    other reading of another event, and the names and topic would have made one story."""
    return f.lead_after_filing > 0 and not f.other_event and not f.filed_days_apart \
        and _story_signal(f, config) >= config.story_min_signal


def _independent_relation(f: PairFacts, evidence: list[str], config: Config) -> tuple[str, float, list[str]]:
    reuse = "only short or loose matches" if f.reused_chars else "no reused passages"
    if not f.vectors_meaningful:  # a topic similarity from English vectors says nothing about other languages
        evidence.append(f"{reuse}; the texts are not both English, so only shared names could show one event "
                        f"(shared names {f.shared_names:.0%})")
        if f.one_side_english and f.shared_names >= config.other_language_story_min_names:
            evidence.append("they name the same people and places: one story, told in two languages (a translation "
                            "of one is derived from it, which wording in two languages cannot show)")
            return "same_story", _scale(f.shared_names, config.other_language_story_min_names, 1.0), evidence
        return "unrelated", _scale(config.other_language_story_min_names - f.shared_names, 0.0, 0.3), evidence
    signal = _story_signal(f, config)
    later = (f.filed_days_apart > 0 or f.lead_after_filing > 0) and not f.other_event
    if f.other_event or later:
        # The same names in another event (one union's second strike, the force's next robbery filed a week
        # later): the names say nothing of one event.
        signal -= config.story_other_event_penalty
    place_weighs = bool(f.shared_place) and not f.other_event and config.story_shared_place_weight > 0
    if place_weighs:
        # The event's own street or building, named by reports that quote other people (the police; the victim's
        # family and neighbours), tells one event as the shared names of its quoted actors cannot.
        signal += config.story_shared_place_weight
    if signal >= config.story_min_signal and f.retelling.side:
        evidence.append(f"{reuse}, but {_retelling_line(f.retelling)}")
        return "rewrite", _scale(f.retelling.inside, 0.0, 1.0), evidence  # surer the more of it is the other's
    if signal >= config.story_min_signal:
        place = f", both place it at {f.shared_place.title()}" if place_weighs else ""
        evidence.append(
            f"{reuse}, but the texts cover the same event (topic similarity "
            f"{f.document_similarity:.2f}, {_one_event_evidence(f)}{place})")
        return "same_story", _scale(signal, config.story_min_signal, config.story_min_signal + 0.3), evidence
    if f.other_event:  # said only where it decides: a same_story verdict never calls the event another
        actors = "the texts name the same actors, but " if f.shared_names > 0 else ""
        evidence.append(f"{actors}{f.other_event}: another event")
    elif later and f.filed_days_apart:
        evidence.append(f"they were filed {f.filed_days_apart} days apart and the later names no day of the "
                        "earlier's event: another event")
    elif later:
        evidence.append(f"the later's lead dates its event {f.lead_after_filing} day(s) after the earlier was filed "
                        "and names no day up to it: another event, which the earlier could not report")
    evidence.append(f"{reuse} and different events (topic similarity {f.document_similarity:.2f}, "
                    f"{_one_event_evidence(f)})")
    return "unrelated", _scale(config.story_min_signal - signal, 0.0, 0.3), evidence


def _retelling_line(retelling: Retelling) -> str:
    """What shows the side of ``retelling`` written from the other, for an evidence line."""
    taker, source = _taker_first(retelling.side)
    return (f"{taker} brings nothing {source} lacks: every name and figure in {taker} is in {source} (but for titles "
            f"and totals or shares worked out from {source}'s), {taker} quotes "
            f"no one in words {source} lacks (it tells {source}'s speakers in its own words or keeps theirs), "
            f"{retelling.inside:.0%} of its "
            f"{retelling.specifics} specifics are {source}'s "
            f"(the rest its own wording) and it retells {retelling.covered:.0%} of {source}'s; "
            + (f"{retelling.sentences:.0%} of {taker}'s words are in sentences retelling {source}'s (they tell its "
               f"figures or details beyond the story's subject), {retelling.source_sentences:.0%} of {source}'s "
               "are retold: " if retelling.sentences else "")
            + f"{taker} is {source} written again in other words, not another report of the event")


def _one_event_evidence(f: PairFacts) -> str:
    """The shared names (or that one side names no one) and the shared specific figures, for an evidence line."""
    names = f"shared names {f.shared_names:.0%}" if f.names_on_both else "one text names no one"
    return f"{names}, shared figures {f.shared_figures:.0%}" if f.shared_figures else names


def _coverage_sentence(f: PairFacts) -> str:
    return f"{f.coverage_b:.0%} of B's text comes from A; {f.coverage_a:.0%} of A's text reappears in B"


def _scale(value: float, low: float, high: float) -> float:
    """Map ``value`` from [low, high] to a confidence in [0.5, 0.99]."""
    if high <= low:
        return 0.99
    share = min(max((value - low) / (high - low), 0.0), 1.0)
    return 0.5 + 0.49 * share


# --- direction ------------------------------------------------------------------------------------

def decide_direction(a: Segmented, b: Segmented, relation: str, f: PairFacts, changes: Sequence[Change],
                     config: Config, swaps: Sequence[Substitution] = (),
                     credit: CreditClue | None = None, memo: Memo | None = None) -> tuple[str, list[str]]:
    """Which text came first, from clues that each point one way with a weight (positive: A is the source).

    A direction is stated only when the clues agree: no clue of weight ≥ 1 may point the other way. ``credit``
    is ``_credit_clue(a, b)`` when the caller has it already.
    """
    if relation in ("same_story", "unrelated"):
        return "unknown", []
    credit = credit or _credit_clue(a, b, f=f, config=config, memo=memo)
    if not credit.named and config.direction_issuer_page_credit:
        credit = _issuer_page_credit(a, b) or credit
    dated = _date_clue(a, b)
    agency = _agency_dateline_clue(a, b, memo)
    if not credit.named and config.direction_agency_dateline_credit:
        credit = _agency_dateline_credit(agency, dated[0], (a, b), memo) or credit
    spin = _spin_clue(f, relation, config)
    later = _later_version_clue(a, b, memo)
    weak = _spinner_clues(f, relation, config)
    yielded = _weak_clues_against_containment(f, weak, config) if config.direction_weak_yields_to_containment else ""
    if yielded:
        weak = tuple((0.0, line) for _, line in weak)
    # A passage quoted inside a longer, different text says nothing by its share of either side.
    contained = _containment_clue(f, config, later[0], dated[0]) if relation != "partial_reuse" else (0.0, "")
    versions = _versions_of_one_article(a, b) if config.direction_same_stamp_versions else ""
    modified = _modified_clue(a, b, config.direction_modified_min_minutes) \
        if versions and config.direction_modified_orders_versions else (0.0, "")
    chrome = _chrome_clue(a, b, memo)
    figure_clue = _figure_consistency_clue(a, b, changes, config.direction_mixed_figure_weight)
    clues = [
        dated,
        modified,
        (credit.weight, credit.line),
        contained if not (versions and contained[0]) else (0.0, versions),
        _new_top_clue(f),
        _framing_top_clue(a, b, f, config, dated[0]),
        spin,
        *weak,
        (0.0, yielded),
        _kept_term_clue(f, relation, config),
        _passage_fit_clue(f, config, relation),
        _speakers_text_clue(f, config, relation),
        *_copy_marks_clues(f, config),
        _consistency_clue(a, b, _respellings(a, b, changes, swaps, f.swapped_names, relation, memo), memo),
        figure_clue,
        _outlet_credit_clue(a, b, memo),
        agency if credit.line != agency[1] else (0.0, ""),  # read once: as the credit, or as a clue of its own
        _agency_signoff_clue(a, b, config, memo),
        _truncation_clue(a, b),
        _dangling_opening_clue(a, b, config),
        chrome,
        _release_clue(a, b, memo),
        later,
        _short_version_clue(a, b, relation, config),
        _digest_item_clue(f, config),
        _beside_other_story_clue(f, config),
        _condensed_clue(f, relation, config),
        _retelling_clue(f, relation, config),
    ]
    evidence = [text for _, text in clues if text]
    if not credit.named and _common_source(a, b, f, memo):
        credits = "; ".join(c for s in (a, b) for c in _outside_credits(s, memo) if _is_source_credit(c))
        kept = [text for text in (credit.line, spin[1]) if text]
        reason = f"a credited outside source ({credits}) and text the other side lacks: both derive from that source"
        return "common_source", [*kept, reason]
    if not credit.named and config.direction_shared_credit_siblings \
            and not _one_article_twice(a, b, versions, later[0], modified[0]) \
            and not any(weight for weight, _ in clues[1:]) \
            and (one_credit := _copies_of_one_credit(a, b, f, memo, reworded=not dated[0]
                                                     and config.direction_shared_credit_spun_siblings
                                                     and _swapped_as_a_spinner_swaps(f, relation, config))):
        # Read only where nothing but the dates points a way: a note of an update, a modified time, a cut
        # quotation or a credit line order two texts that both carry one agency's credit (reviewB: two versions
        # of one page, both "Source: PA", were called siblings before any clue was weighed). Two texts worded
        # apart, only where the dates say nothing either: a later page may be an earlier one's sub-edited copy.
        return "common_source", [*[text for text in (credit.line, spin[1]) if text], one_credit]
    if not dated[0] and not credit.named and not credit.weight and (both_ways := _spun_both_ways(f, relation, config)):
        # Read only where no date or credit speaks: either says which came first, and a pair of a dated original
        # and its spin can hold picks and kept terms both sides too (BBC train: 0 of 101 past these bars, several
        # just under them). Read before the weighed clues, which name a direction for true siblings too
        # (spun_siblings' bakery, museum, bus: read after them, all three were a_to_b; fixC).
        return "common_source", [both_ways]
    if not credit.named and _earlier_cut_a_quotation(f, clues[0][0], config):
        return "common_source", [*evidence, "the earlier text cut a quotation the later gives whole: neither "
                                 "took it from the other, both derive from a third text"]
    if not credit.named and config.direction_dates_yield_to_third_party_credit \
            and (third := _dates_beside_a_third_party_credit(a, b, f, clues, config, memo)):
        return "common_source", [*evidence, third]
    for_a = sum(w for w, _ in clues if w > 0)
    for_b = -sum(w for w, _ in clues if w < 0)
    strongest_for_a = max((w for w, _ in clues if w > 0), default=0.0)
    strongest_for_b = max((-w for w, _ in clues if w < 0), default=0.0)
    if credit.weight and max(strongest_for_a, strongest_for_b) == abs(credit.weight) > min(strongest_for_a,
                                                                                          strongest_for_b):
        # A credit naming the other text's site or author says who copied; a weaker clue against it (a chrome
        # line, two swapped words reading worse) does not make that unknown.
        return ("a_to_b" if credit.weight > 0 else "b_to_a"), evidence
    strongest_against = min(strongest_for_a, strongest_for_b)
    if strongest_against >= config.direction_max_dissent:
        return "unknown", [*evidence, "the clues disagree about which came first"]
    if max(for_a, for_b) < config.direction_min_weight:
        return "unknown", [*evidence, "the clues do not say which came first"]
    if (page_only := _page_clues_alone(f, config, contained, (chrome, spin), for_a - for_b)):
        return "unknown", [*evidence, page_only]
    toward_a = for_a > for_b
    if figure_clue[0] and (figure_clue[0] > 0) == toward_a \
            and max(for_a, for_b) - abs(figure_clue[0]) < config.direction_min_weight:
        evidence.append(FIGURES_ALONE)  # a figure given two ways may count two things: the verdict is less sure
    return ("a_to_b" if toward_a else "b_to_a"), evidence


# The line saying that only a text's figures given two ways ordered the pair (``judge`` caps the confidence:
# ``Config.direction_mixed_figure_alone_max_confidence``).
FIGURES_ALONE = "only a figure one text gives two ways says which came first"


def _page_clues_alone(f: PairFacts, config: Config, contained: tuple[float, str],
                      page: Sequence[tuple[float, str]], lead: float) -> str:
    """Why the verdict is unknown, or "": containment yielded to the fuller side's spread comment
    (``PairFacts.spread_additions``) and only its page chrome or its wording (``page``: the chrome and spin
    clues) names it the copy, without the weight (``Config.direction_min_weight``) of a date, a credit or a copy
    mark. A source's own page carries share blocks and florid comment its text-feed copy lacks, and the lines
    that copy cut read as the spread comment did (review of dir54, reviewC findings 2 and 3). Where the fuller
    side's lines inside the text carry a sign of comment (``PairFacts.spread_comment_inside``: "Once again
    ordinary taxpayers will foot the bill"), its chrome is a laundering copy's ("Share this story before it
    disappears!") and may decide (tests/fixtures/added_commentary dam_comment)."""
    if f.spread_comment_inside or not (config.direction_spread_additions_yield and f.spread_additions
            and contained == (0.0, _spread_additions_line(f.spread_additions))):
        return ""
    copy_sign = 1.0 if f.spread_additions > 0 else -1.0  # positive weight: A the source, B the copy
    if lead * copy_sign <= 0:
        return ""
    others = lead * copy_sign - sum(weight * copy_sign for weight, _ in page)
    if others >= config.direction_min_weight:
        return ""
    fuller = "B" if f.spread_additions > 0 else "A"
    return (f"only {fuller}'s page chrome or wording names it the copy, and its own lines may be lines the other "
            "cut: no date, credit or copy mark says which came first")


def _versions_of_one_article(a: Segmented, b: Segmented) -> str:
    """Why the shares do not order the two, or "": both are one site's page first published at the same instant (to
    the minute, not a bare day), so two versions of one article. An update inserts a paragraph and a new toll as a
    correction or a legal cut removes one, and the fuller side is no more the source than the later (probe50 c1/c2:
    the update read as the original its first version "shortened"). The page's modified time, or the store's order
    of one id's versions (``run.lookup.compare_versions``), says which came first; the shares do not."""
    site = (a.article.site or "").strip().lower()
    if not site or site != (b.article.site or "").strip().lower() \
            or day_only(a.article.published) or day_only(b.article.published):
        return ""
    first = published_instant(a.article.published)
    if first is None or first != published_instant(b.article.published):
        return ""
    return (f"both are {a.article.site}'s page first published at {a.article.published}: two versions of one article, "
            "where an update adds text as a correction removes it, so which holds the other's text does not say "
            "which came first")


def _modified_clue(a: Segmented, b: Segmented, min_minutes: float) -> tuple[float, str]:
    """Of two versions of one article (``_versions_of_one_article``: one site, one published instant), the one the
    site modified later is the later version, edited from the other. A page's version time is its modified time, or
    its published time where it gives none or one before it (``dates.version_instant``: a stale field says
    nothing; nor do times under ``min_minutes`` apart, ``config.direction_modified_min_minutes``)."""
    a_first = version_a_first((a.article.published, a.article.modified), (b.article.published, b.article.modified),
                              min_minutes)
    if a_first is None:
        return 0.0, ""
    earlier, later = (a.article, b.article) if a_first else (b.article, a.article)
    source, copy = ("A", "B") if a_first else ("B", "A")
    then = f"modified {earlier.modified}" if version_instant(earlier.published, earlier.modified, min_minutes) \
        != published_instant(earlier.published) else "no change after its publication"
    return (1.0 if a_first else -1.0), (
        f"{copy} is {later.site}'s page modified later ({later.modified}; {source}: {then}): of one article's two "
        f"versions, {copy} is the later, edited from {source}")


def _issuer_page_credit(a: Segmented, b: Segmented) -> CreditClue | None:
    """The credit a generic source line ("Source: company statement", "Source: press release") gives the other
    side, where that side is the page of the party the crediting text says issued it: its site is named in the
    crediting text (the company announcing, the hospice building) and it was not published after it. The outlet
    took the issuer's own text, so the shares (the outlet's intro, a paragraph the release has more) do not make
    them siblings of a third text (probe50 b1r/b1o1: Northwind Foods' page, a paper crediting "company statement")."""
    if (copy_of_a := _issuer_named_generically(b, a)):
        return CreditClue(2.0, f"B credits a {copy_of_a} and tells of {a.article.site}, whose own page A is: B took "
                               "A's text", f"site ({a.article.site})")
    if (copy_of_b := _issuer_named_generically(a, b)):
        return CreditClue(-2.0, f"A credits a {copy_of_b} and tells of {b.article.site}, whose own page B is: A took "
                                "B's text", f"site ({b.article.site})")
    return None


def _issuer_named_generically(copy: Segmented, issuer: Segmented) -> str:
    """What ``copy``'s generic source credit calls the statement ("company statement") where ``issuer`` is the
    page of the party it tells of, or ""."""
    site = (issuer.article.site or "").strip()
    if not site or site.lower() == (copy.article.site or "").strip().lower() \
            or site.lower() not in copy.article.text.lower():
        return ""
    issued, copied = published_instant(issuer.article.published), published_instant(copy.article.published)
    if issued is not None and copied is not None and issued > copied:
        return ""
    for credit in copy.article.credits:
        named = credit.split(":", 1)[1].strip() if ":" in credit else ""
        if _is_source_credit(credit) and named and not any(w[:1].isupper() for w in named.split()):
            return named
    return ""


def _weak_clues_against_containment(f: PairFacts, weak: Sequence[tuple[float, str]], config: Config) -> str:
    """Why the weak statistical clues (``_spinner_clues``: which side's swapped words are rarer or join their
    neighbours worse) are not read, or "": where they name as the copy the side that holds the other's text whole
    and has sentences of its own. Two or three swapped words say little; a copy that dropped a paragraph and kept
    the rest sits inside its source, and the fuller side is not made the copy of its own cut on a word's feel
    (probe50 a3c2). Where an update added the paragraph the shares alone cannot tell either, so the verdict is
    unknown unless a stronger clue speaks."""
    named = sum(weight for weight, _ in weak)
    fuller = _fuller_side(f, config)
    if not named or not fuller or (named > 0) != (fuller == "B"):
        return ""
    inside = "A" if fuller == "B" else "B"
    own = f.only_a_sentences if fuller == "A" else f.only_b_sentences
    return (f"but all of {inside}'s text is in {fuller}, which has {_counted(own, 'sentence')} of its own: "
            f"a few swapped words do not make the fuller text the copy (a copy drops a paragraph as an update adds "
            f"one), so that clue is not read")


def _fuller_side(f: PairFacts, config: Config) -> str:
    """The side ("A", "B") holding all of the other's text and sentences of its own, or ""."""
    if f.coverage_b >= config.direction_min_contained_coverage and not f.only_b_sentences and f.only_a_sentences:
        return "A"
    if f.coverage_a >= config.direction_min_contained_coverage and not f.only_a_sentences and f.only_b_sentences:
        return "B"
    return ""


def _dates_beside_a_third_party_credit(a: Segmented, b: Segmented, f: PairFacts, clues: Sequence[tuple[float, str]],
                                       config: Config, memo: Memo | None = None) -> str:
    """Why the texts derive from a third one, or "": the dates are the only clue of full weight (``clues[0]``), a
    credit of one side names a news agency ("(PA)"; neither credits the other: the caller has made sure), and each
    side has sentences the other lacks. An agency's copy goes to every subscriber at once, so two outlets holding
    its text, each cutting and adding its own, are siblings whichever was out first; the dates alone do not make
    the later a copy of the earlier (DESIGN: direction is not from dates alone; probe50 b2o1/b2o2, b2o2/b2o3). An
    issuer's credit ("Source: Northwind Foods") is not read so: a later site copies the outlet that credits the
    company as often as the company (probe50 b1o2/b1o3, measured: that pair lost its right a_to_b)."""
    if not clues[0][0] or not (f.only_a_sentences and f.only_b_sentences) \
            or any(abs(weight) >= config.direction_min_weight for weight, _ in clues[1:]):
        return ""
    credits = [credit for seg in (a, b) for credit in _outside_credits(seg, memo) if _AGENCY_CREDIT.search(credit)]
    if not credits:
        return ""
    return (f"a third party is credited ({'; '.join(credits)}) and each text has sentences the other lacks: the dates "
            "alone do not make the later a copy of the earlier; both derive from that source")


def _digest_item_clue(f: PairFacts, config: Config) -> tuple[float, str]:
    """The text of separate items whose item retells the other took it (``PairFacts.retold_item``): a newsletter's
    or a roundup's item is written from the story it summarises, and an undated digest says so by its form."""
    item = f.retold_item
    if not item.taker:
        return 0.0, ""
    copy, source = _taker_first(item.taker)
    weight = config.digest_direction_weight
    return (weight if item.taker == "b" else -weight), \
        f"{copy}'s item {item.item} of {item.items} retells {source}: a digest's item is written from its story"


def _beside_other_story_clue(f: PairFacts, config: Config) -> tuple[float, str]:
    """The text that puts the other's beside a passage on another event took it (``_beside_another_story``): a
    compilation is made of its articles; an article does not hold a compilation's other stories."""
    if not _beside_another_story(f):
        return 0.0, ""
    weight = config.compilation_direction_weight
    host, source = _taker_first(f.beside_other_story.taker)
    return (weight if host == "B" else -weight), \
        f"a compilation is made of the texts it puts side by side: {host} took {source}'s text"


def _condensed_clue(f: PairFacts, relation: str, config: Config) -> tuple[float, str]:
    """The side of a ``rewrite`` condensed from the other (``PairFacts.condensed``) is the copy: a summary or a
    teaser tells its article's names and figures in fewer words, while an article written from a summary would
    bring names and figures the summary lacks. Beside a rewrite only: a first brief that its later, longer version
    keeps word for word (a near-duplicate or partial reuse) is as condensed, and came first."""
    condensed = f.condensed
    if relation != "rewrite" or not condensed.side:
        return 0.0, ""
    copy, source = _taker_first(condensed.side)
    weight = config.condensed_direction_weight
    return (weight if condensed.side == "b" else -weight), \
        (f"{condensed.inside:.0%} of {copy}'s names, figures and rarer words are {source}'s, and {source}, "
         f"much longer, gives {condensed.more} more: {copy} is condensed from {source}")


def _retelling_clue(f: PairFacts, relation: str, config: Config) -> tuple[float, str]:
    """The side of a ``rewrite`` that retells the other bringing nothing of its own while the other brings names,
    figures or quotes it lacks (``PairFacts.retelling``, ``Retelling.alone``) is the copy: a rewrite desk tells its
    source's facts in new sentences and adds none, and the source holds what the rewrite left out. Where both sides
    retell each other (a rewrite keeping every fact), it says nothing."""
    retold = f.retelling
    if relation != "rewrite" or not retold.side or not retold.alone:
        return 0.0, ""
    copy, source = _taker_first(retold.side)
    weight = config.retelling_direction_weight
    return (weight if retold.side == "b" else -weight), \
        (f"{copy} brings nothing {source} lacks ({retold.inside:.0%} of its {retold.specifics} specifics are "
         f"{source}'s, every name and figure {source}'s but for titles and totals or shares worked out from them), "
         f"while {source} gives some "
         f"{copy} lacks in what {copy} retells: {copy} is written from "
         f"{source}")


def _date_clue(a: Segmented, b: Segmented) -> tuple[float, str]:
    da, db = published_instant(a.article.published), published_instant(b.article.published)
    if da is None or db is None:
        return 0.0, ""
    if day_only(a.article.published) or day_only(b.article.published):
        # A bare date says nothing about the hour: "2023-08-30" is not before "2023-08-30T23:14".
        da, db = datetime(da.year, da.month, da.day), datetime(db.year, db.month, db.day)
    if da == db:
        return 0.0, ""
    if da < db:
        return 1.0, f"A was published first ({a.article.published} before {b.article.published})"
    return -1.0, f"B was published first ({b.article.published} before {a.article.published})"


class CreditClue(NamedTuple):
    """What a credit line of one text names of the other: its weight as a direction clue (positive: B credits A),
    the evidence line, and what it names ("site (example.org)"), all empty when neither credits the other."""

    weight: float
    line: str
    named: str


def _credit_clue(a: Segmented, b: Segmented, attributions: bool = True, f: PairFacts | None = None,
                 config: Config = DEFAULT, memo: Memo | None = None) -> CreditClue:
    """The credit clue of a pair; ``f`` (the pair's facts) gives what each side holds of the other, without which
    a credit never outweighs a date stamp (``_credited_as``)."""
    # A credit naming the other article's site or author is the strongest clue there is.
    held_a, held_b = (f.coverage_a, f.coverage_b) if f is not None else (0.0, 0.0)
    if named := _credited_as(b, a, attributions, _holds_source(b, held_a, held_b, config), memo):
        return CreditClue(2.0, f"B credits A's {named}{_against_the_stamp(b, a, held_a)}", named)
    if named := _credited_as(a, b, attributions, _holds_source(a, held_b, held_a, config), memo):
        return CreditClue(-2.0, f"A credits B's {named}{_against_the_stamp(a, b, held_b)}", named)
    return CreditClue(0.0, "", "")


def _credits_another_report(a: Segmented, b: Segmented, credit: CreditClue, f: PairFacts, config: Config) -> bool:
    """Whether the side whose credit names the other's site or author is a summary (at most
    ``config.credit_other_report_max_sentences`` sentences) that tells another report of that outlet or reporter: a
    credit names an outlet or a person, not one of their reports. It does when it writes at least
    ``config.credit_other_report_min_own_figures`` specific figures the other never does (``PairFacts.figures_only``;
    a summary takes its figures from the report it retells): "Source: Ostland Business Daily" under March's rate rise
    (3.25% to 3.5%) credits that paper's March report, not its June report of the rate held, which tells of the same
    bank and governor. And it does when nothing shows it retells this text (``_retells``): a brief of the outlet's
    next event, the residents packing the church, names the report's village and surgery and gives no figure at all.
    A longer rewrite crediting an agency adds figures of its own reporting (a nurse's £38 taxi fare)."""
    minimum = config.credit_other_report_min_own_figures
    side = 1 if credit.weight > 0 else 0  # positive: B credits A
    crediting = b if side else a
    if minimum <= 0 or len(crediting.sentences) > config.credit_other_report_max_sentences:
        return False
    return f.figures_only[side] >= minimum or not _retells(f, side, config)


def _retells(f: PairFacts, side: int, config: Config) -> bool:
    """Whether side ``side`` (0: A, 1: B) shows it retells the other text: some reuse, a condensed side whose links
    tell the other's facts (``PairFacts.condensed``: ``align_semantic.condensed_links_tell``), or at least
    ``config.credit_retold_min_specifics`` of its telling specifics other than names inside the other
    (``PairFacts.retold_specifics``); 0 reads the credit alone as before."""
    least = config.credit_retold_min_specifics
    return least <= 0 or f.reused_chars > 0 or f.condensed.side == "ab"[side] or f.retold_specifics[side] >= least


def _holds_source(copy: Segmented, source_share: float, copy_share: float, config: Config) -> bool:
    """Whether ``copy``, holding ``source_share`` of the credited text's own text (that text holding ``copy_share``
    of the copy's), retells that very text: then its credit names it whatever the copy's date stamp says
    (``_credited_as``). Only a credit naming where the text was published ("This article first appeared on …",
    "Source: Tyneside Post" of a text not telling of that outlet) says so, and only of a text holding nothing the
    copy lacks: "Source: Weardale Renewables" on a story about Weardale Renewables credits the company for the
    facts, not the company's later repost of the paper's article, and an outlet's later writethrough (the text and
    an update paragraph) is no text the earlier copy could retell; the shares of a spun copy and its source differ by
    a hair either way (``Config.credit_over_stamp_max_share_shortfall``)."""
    return (source_share > config.credit_over_stamp_min_share
            and source_share >= copy_share - config.credit_over_stamp_max_share_shortfall
            and any(_credits_publication(copy, credit) for credit in copy.article.credits))


def _credits_publication(copy: Segmented, credit: str) -> bool:
    """Whether ``credit`` of ``copy`` names where its text was published: a republication credit, or a source
    credit whose named party the text does not tell of (a "Source: <company>" line on a story about that company
    credits the facts' source)."""
    if set(words(credit)) & REPUBLICATION_CREDIT_WORDS:
        return True
    named = credit.split(":", 1)[1] if ":" in credit else ""
    return _is_source_credit(credit) and bool(named.strip()) and named.strip().lower() not in copy.article.text.lower()


def _against_the_stamp(copy: Segmented, source: Segmented, source_share: float) -> str:
    """What the evidence adds when the credit names a text the copy's own date stamp calls later: that the two
    disagree, and why the credit is believed."""
    days = published_day(source.article.published), published_day(copy.article.published)
    if days[0] is None or days[1] is None or days[0] <= days[1]:
        return ""
    return (f" and holds {source_share:.0%} of that text, though its date stamp ({copy.article.published}) is "
            "earlier: the credit outweighs the stamp (scrapers and content farms stamp pages wrongly)")


def credits_either(a: Segmented, b: Segmented, memo: Memo | None = None) -> bool:
    """Whether either text credits the other's site or author (a credit line, or a sentence attributing the report:
    ``_credited_as``): the clue the judge reads first for direction, and a reason to compare two texts at all."""
    return bool(_credited_as(b, a, memo=memo) or _credited_as(a, b, memo=memo))


def _credited_as(copy: Segmented, source: Segmented, attributions: bool = True, holds_source: bool = False,
                 memo: Memo | None = None) -> str:
    """What of ``source`` a credit line of ``copy`` names: "site (example.org)", "author (Priya Raman)" (a
    summary's "Via Priya Raman, Valley Courier" names the byline of the article it summarises), or "". A site is
    named by its domain or by the outlet's name the domain spells (``_names_site``): "Source: MPA" names
    mpa-wire.example, and so does a sentence of the text attributing it, "reported by the Northline News Service"
    (northline-wire.example) where ``attributions``; not where both texts are of one site (an outlet's update names
    its own paper). Nothing when ``source`` was published on a later day than ``copy`` and ``copy`` does not hold
    most of ``source``'s text (``holds_source``): a text cannot retell a report that came out after it, so its
    credit names another report of that outlet (the agency's next story on the same actors). A copy that holds
    that very text does retell it, and its own earlier stamp is what is wrong (a scraper's or a content farm's
    page dated before the original it credits, probe44 d1)."""
    published = published_day(source.article.published), published_day(copy.article.published)
    if published[0] is not None and published[1] is not None and published[0] > published[1] and not holds_source:
        return ""
    credits = [credit.lower() for credit in copy.article.credits]
    site = (source.article.site or "").lower().removeprefix("www.")
    if site and any(site in credit for credit in credits):
        return f"site ({source.article.site})"
    if site and site != (copy.article.site or "").lower().removeprefix("www."):
        spelt = _site_spellings(site)
        # The credit lines first, the attributing sentences only when none names the site (the same answer).
        lines = itertools.chain(copy.article.credits, _marks(copy, memo).attributing if attributions else ())
        if spelt and any(_names_site(line, spelt) for line in lines):
            return f"site ({source.article.site})"
    author = source.article.author or ""
    # Only a credit saying where the words came from: "Additional reporting by Harriet Vale" names a reporter
    # who helped, and two reports she worked on are not one copied from the other.
    sourced = [credit for credit in credits if _is_source_credit(credit)]
    if len(words(author)) >= 2 and any(_mentions(credit, author.lower()) for credit in sourced):
        return f"author ({author})"
    return ""


class CreditKeys(NamedTuple):
    """Words a credit could be matched by (``credit_keys``): ``own``, what names this article as a source (its
    site, the ways the site is spelt, its author); ``named``, what its own credit lines and attributing sentences
    could name (kind-prefixed strings)."""

    own: frozenset[str]
    named: frozenset[str]


def credit_keys(seg: Segmented, memo: Memo | None = None) -> CreditKeys:
    """Keys that find every pair ``credits_either`` accepts without testing every pair: whenever
    ``credits_either(a, b)``, a's ``named`` meets b's ``own`` or b's ``named`` meets a's ``own`` (not the converse:
    the pairs sharing a key are then tested by ``credits_either`` itself). For engines that pair articles by joining
    on keys rather than by searching an index (Spark). Read from what ``_credited_as`` reads, case by case:

    - a credit holding the site (a substring of it): the site's first run of word characters lies inside one run
      of the credit's, so ``own`` has that run and ``named`` every substring of the credit's runs up to a domain
      label's length (``_SITE_RUN_MAX_CHARS``; "s:");
    - a credit line or attributing sentence naming the site's spelling (``_names_site``): ``own`` has the
      spellings, ``named`` each capitalised run's forms and words ("n:");
    - a source credit mentioning the author (``_mentions``: a name between non-word characters): the name's first
      run of word characters is one whole run of the credit's ("a:").

    A site with no word character at all has no key (no site is written so)."""
    article = seg.article
    own: set[str] = set()
    site = (article.site or "").lower().removeprefix("www.")
    if first := _WORD_RUN.search(site):
        own.add(f"s:{first.group()[:_SITE_RUN_MAX_CHARS]}")
        own.update(f"n:{spelt}" for spelt in _site_spellings(site))
    author = article.author or ""
    if len(words(author)) >= 2 and (first := _WORD_RUN.search(author.lower())):
        own.add(f"a:{first.group()}")
    named: set[str] = set()
    credits = [credit.lower() for credit in article.credits]
    for credit in credits:
        for run in _WORD_RUN.findall(credit):
            named.update(_substring_keys(run))
    for line in [*article.credits, *_marks(seg, memo).attributing]:
        for forms, names in _named_runs(line):
            named.update(f"n:{form}" for form in [*forms, *names] if form)
    for credit in credits:
        if _is_source_credit(credit):
            named.update(f"a:{run}" for run in _WORD_RUN.findall(credit))
    return CreditKeys(frozenset(own), frozenset(named))


_WORD_RUN = re.compile(r"\w+")
# The longest run of word characters a site's key holds: a domain's label is 63 characters at most, so a site's first
# run is too. A credit's run gives its substrings up to that length as keys (linear in the run's length, not
# quadratic), and a longer first run of a site (no domain) is keyed by its first 63, which the run holding it holds.
_SITE_RUN_MAX_CHARS = 63


def _substring_keys(run: str) -> set[str]:
    """The "s:" keys of one word-character run of a credit: each of its substrings up to ``_SITE_RUN_MAX_CHARS``."""
    return {f"s:{run[i:j]}" for i in range(len(run)) for j in range(i + 1, min(len(run), i + _SITE_RUN_MAX_CHARS) + 1)}


# A sentence saying whose report it retells: "The ruling, reported by the Northline News Service, found …", "…,
# reports the Meridian Press Agency (MPA)", "according to the Valley Courier". Not "told the Times" (an outlet's own
# interview) nor "said" (anyone's words).
_ATTRIBUTION = re.compile(r"\b(?:(?:first\s+|as\s+)?reported\s+(?:by|in|on)|reports|according\s+to|courtesy\s+of"
                          r"|(?:first\s+)?(?:published|appeared)\s+(?:by|in|on))\b", re.IGNORECASE)
# A word each of ``_ATTRIBUTION``'s phrasings holds, in lower case, of letters that match only themselves and their
# capital when ignoring case (not i, k, s: "ı", "K", "ſ" match them too, and lower-case to other letters).
_ATTRIBUTION_KEYS = ("report", "accord", "courte", "publ", "appeared")


def attributing_sentences(seg: Segmented) -> tuple[str, ...]:
    """The sentences of ``seg`` that attribute the report (``_ATTRIBUTION``), in order. A text in which no key word
    of the pattern (``_ATTRIBUTION_KEYS``) is written has none, and its sentences are not read one by one."""
    lowered = seg.article.text.lower()
    if not any(key in lowered for key in _ATTRIBUTION_KEYS):
        return ()
    return tuple(sentence for sentence in seg.sentence_texts() if _ATTRIBUTION.search(sentence))


_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'’-]*)*")


def _site_spellings(site: str) -> frozenset[str]:
    """The ways a site's name is written in a credit, read from its domain: each label before the top-level one
    without its hyphens ("mpa-wire.example": "mpawire") and its hyphenated parts of three letters or more that name
    no outlet's kind ("mpa"; not "wire", "news")."""
    labels = [label for label in site.split(".")[:-1] if label and label not in GENERIC_DOMAIN_WORDS]
    spelt = set()
    for label in labels:
        spelt.add(label.replace("-", ""))
        spelt.update(part for part in label.split("-") if len(part) >= 3 and part not in GENERIC_DOMAIN_WORDS)
    return frozenset(word for word in spelt if len(word) >= 3 and not word.isdigit())


def _names_site(line: str, spelt: frozenset[str]) -> bool:
    """Whether a run of capitalised words in ``line`` names the site ``spelt`` spells (``_site_spellings``): the run
    written together ("Westshire Times": westshiretimes), its initials ("Meridian Press Agency": mpa), or one of its
    words with nothing but words of an outlet's name beside it ("MPA", "Northline News Service": northline; not
    "Westshire Police" for westshire-uni.example)."""
    for forms, names in _named_runs(line):
        if forms & spelt:
            return True
        if any(w in spelt for w in names) and all(w in spelt or w in OUTLET_WORDS for w in names):
            return True
        if any(_spelt_by_prefixes(label, names) for label in spelt):
            return True
    return False


def _spelt_by_prefixes(label: str, names: Sequence[str]) -> bool:
    """Whether a domain's ``label`` is an outlet's name ``names`` (a run's words) shortened and written together:
    the start of each of two or more of its words in order from the first, at least half of them, where the run
    names an outlet (one of its words is an ``OUTLET_WORDS``: never a person, a council, a police force) and either
    its first word is cut to a stem of three letters or more ("drav" + "press": "Dravonian Press Service" is
    dravpress.example; "ors" + "broadcast": "Orsova Broadcasting Corporation" is orsbroadcast.example) or the
    words spelt whole run up to an outlet word ("tri" + "county" + "news": "Tri-County News Service" is
    tricountynews.example). Whole place words alone spell a place's site, not the paper named after it ("Mid Devon
    Advertiser" is no middevon.gov.uk, "New York Times" no newyork.example), and a second word cut is another
    paper ("Evening Standard" is no eveningstar.example; reviewD 7). At most ``_PREFIX_MAX_WORDS`` words: the
    search is one per split of the label (reviewD 8: an unbounded run took seconds)."""
    if not 2 <= len(names) <= _PREFIX_MAX_WORDS or not any(w in OUTLET_WORDS for w in names):
        return False
    first = names[0]
    stems = [first[:n] for n in range(len(first) - 1, 2, -1) if label.startswith(first[:n])]
    if any(_spelt_whole(label[len(stem):], tuple(names), 1) for stem in stems):
        return True
    return label.startswith(first) and _spelt_whole(label[len(first):], tuple(names), 1, whole=True)


_PREFIX_MAX_WORDS = 8


@functools.lru_cache(maxsize=4096)
def _spelt_whole(rest: str, names: tuple[str, ...], k: int, whole: bool = False) -> bool:
    """Whether ``rest`` is the starts of ``names[k:]`` in order, ending where at least half the run (two words or
    more) is spelt; ``whole``: each word written whole, ending on an outlet word (``_spelt_by_prefixes``)."""
    if not rest:
        return k >= 2 and 2 * k >= len(names) and (not whole or names[k - 1] in OUTLET_WORDS)
    if k == len(names):
        return False
    word = names[k]
    lengths = [len(word)] if whole else range(min(len(word), len(rest)), 0, -1)
    return any(rest.startswith(word[:n]) and _spelt_whole(rest[n:], names, k + 1, whole) for n in lengths)


def _named_runs(line: str) -> Iterator[tuple[frozenset[str], list[str]]]:
    """Each run of capitalised words in ``line`` that may name a site: (the ways it spells one: its words written
    together with and without "the", "of", "and", its initials where it has two words or more; its words without
    those three), for ``_names_site`` and ``credit_keys``."""
    for run in _CAPITALISED_RUN.finditer(line):
        written = [w.lower() for w in words(run.group())]
        names = [w for w in written if w not in ("the", "of", "and")]
        if not names:
            continue
        initials = "".join(w[0] for w in names) if len(names) >= 2 else ""
        yield frozenset({"".join(names), "".join(written), initials}), names


def _sided_clue(gap: float, minimum: float, weight: float, line: Callable[[str, str], str]) -> tuple[float, str]:
    """A clue measured as a gap that points at B as the copy when positive: ±``weight`` once the gap reaches
    ``minimum`` either way, with the evidence ``line(copy, source)`` ("A"/"B"), else no clue."""
    if gap >= minimum:
        return weight, line("B", "A")
    if gap <= -minimum:
        return -weight, line("A", "B")
    return 0.0, ""


def _containment_clue(f: PairFacts, config: Config, later_version: float, dated: float = 0.0) -> tuple[float, str]:
    # The copy's content sits inside the original: high coverage on the copy's side, lower on the other. Only
    # a side (nearly) wholly inside the other says so: where both hold text of their own, one was added to as
    # much as the other was cut, and the shares do not say which. Nor where what the longer side has more is a
    # new top: an update or a local paper's version puts a new first paragraph on a text as often as a copy drops
    # one (``_new_top_clue``). Nor where the longer side carries a note of a later version (``later_version``,
    # that clue's weight): a correction or an update adds its note and its new text to the version it edits. Nor
    # where the longer side is the shorter's text with sentences appended after it (``PairFacts.appended``) and
    # published after it (``dated``, the date clue's weight): an update adds paragraphs to its first version as a
    # copy cut from the bottom drops its source's, the shares are the same, and the dates tell which (probe45 v1→v2,
    # v2→v3 on one site; a release whole with a paper's paragraphs after it) — where the added paragraphs carry a
    # later development (``PairFacts.appended_news``: a quotation, a new time of day, a toll, an "update" word).
    # So too where the longer side's added sentences stand anywhere (``PairFacts.inserted_news``: an update's new
    # paragraph between its first version's, a second ward closed, dated hours after it; dir50, added_intros).
    # Added background alone is a bottom-cut copy's source as much as an update (a source page whose "updated"
    # stamp is after its copy's date): the clue keeps its weight against the date, and the verdict says neither.
    #
    # The shares are read per sentence and per word: a copy that shortened the sentences it kept (a tabloid's cut of
    # a wire story) has every sentence covered, and only the share of its word bigrams the other has shows it sits
    # inside it. The words' gap decides where it reaches its own bar (unless the sentences' gap says the opposite);
    # the sentences' gap where the words do not point the other way (a copy reworded as it was cut has its words
    # less inside the other than its sentences say, and which came first is not in the shares).
    cut = max(f.coverage_a, f.coverage_b) < config.direction_min_contained_coverage
    cut_side = _cut_with_a_line_of_its_own(f, config) if cut else ""
    if f.new_top or (cut and not cut_side) \
            or (f.appended and f.appended_news and dated and (dated > 0) == (f.appended > 0)) \
            or (config.direction_inserted_news_yields and f.inserted_news and dated
                and (dated > 0) == (f.inserted_news > 0)):
        return 0.0, ""
    by_sentence, by_word = f.coverage_b - f.coverage_a, f.word_share_b - f.word_share_a  # positive: B inside A
    if abs(by_word) >= config.direction_min_word_containment_gap:
        gap = 0.0 if -by_sentence * math.copysign(1.0, by_word) >= config.direction_min_containment_gap else by_word
        minimum, read = config.direction_min_word_containment_gap, "words"
    else:
        opposed = -by_word * math.copysign(1.0, by_sentence) >= config.direction_containment_max_word_dissent
        gap, minimum, read = (0.0 if opposed else by_sentence), config.direction_min_containment_gap, "sentences"
    if later_version and (later_version > 0) != (gap > 0):
        return 0.0, ""
    shares = {"A": (f.coverage_a, f.word_share_a), "B": (f.coverage_b, f.word_share_b)}
    if cut:
        # the side that qualified as the cut, where the gap points at it too; a confirming clue only
        # (``Config.direction_cut_weight``): an update that adds facts and drops the original's closing line reads
        # the same from the original's side
        if (gap > 0) != (cut_side == "B"):
            return 0.0, ""
        # Nor does where the other side's extra sentences stand tell them apart: a copy trimmed to fit drops the
        # background, a second quote and a detail from all through its source, and an update adds a funding line
        # after the lead and a reaction further down, each with its figures and names, and drops the first
        # version's closing line (review of short42, 2026-12-06: /tmp/review42a_t wire/update, brk1/brk2)
        return _sided_clue(gap, minimum, _cut_weight(f, cut_side, config),
                           lambda copy, source: _cut_line(copy, source, f))
    # A fuller side read as the copy that added comment, never against the dates: a source's own closing line that
    # its later copy dropped tells no fact either, and its earlier stamp says which came first.
    # Weight 0 is off: the old reading stands, not a silenced clue (review of add53, reviewD finding 6).
    if abs(gap) >= minimum and config.direction_added_commentary_weight > 0 \
            and not (dated and (dated > 0) == (gap > 0)) \
            and (added := _added_commentary(f, "A" if gap > 0 else "B", config)):
        return _sided_clue(-gap, minimum, config.direction_added_commentary_weight,
                           lambda copy, source: _commentary_line(copy, source, added, f.comment_title))
    # Nor a fuller side whose own lines, in two places or more, tell no figure, quotation or day: a copier's comment
    # between and after its source's paragraphs as much as lines its copy trimmed (probe53 n2/n4, dir54).
    if config.direction_spread_additions_yield and abs(gap) >= minimum and f.spread_additions \
            and (f.spread_additions < 0) == (gap > 0):
        return 0.0, _spread_additions_line(f.spread_additions)
    tail = {"A": max(-f.appended, 0), "B": max(f.appended, 0)}
    return _sided_clue(gap, minimum, 1.0,
                       lambda copy, source: _appended_line(copy, source, tail[source]) if tail[source]
                       else _containment_line(copy, source, shares, read))


def _spread_additions_line(added: int) -> str:
    fuller, other = ("B", "A") if added > 0 else ("A", "B")
    return (f"{fuller} is all of {other}'s text with {_counted(abs(added), 'sentence')} of its own in more than one "
            f"place, one inside it, giving no figure, quotation or day: a copy's added comment as much as lines "
            f"{other} cut from {fuller}, so {fuller} is not read as the source for holding {other}'s text")


def _added_commentary(f: PairFacts, fuller: str, config: Config) -> int:
    """How many sentences the ``fuller`` side ("A", "B") adds to the other's whole text where they read as a
    copier's own, else 0: the other has no sentence of its own, and the fuller's own sentences, at most
    ``Config.direction_added_commentary_max_sentences``, tell nothing the other lacks in any form (no figure,
    quotation or name, ``_own_facts``: a comment, a loaded framing, a call to share). What a source has that its
    shortened copy dropped is its facts (a report's figures and names, an update's new toll and quotes); a copy that
    keeps every sentence and adds lines telling none added its own voice (probe53: "This is yet another provocation
    the West will ignore." inside a laundering site's copy read as the source its wire text "shortened")."""
    own, specific, other = (f.only_a_sentences, f.only_a_new_facts, f.only_b_sentences) if fuller == "A" \
        else (f.only_b_sentences, f.only_b_new_facts, f.only_a_sentences)
    inside = f.only_a_comment_inside if fuller == "A" else f.only_b_comment_inside
    labelled = f.comment_title < 0 if fuller == "A" else f.comment_title > 0
    # A headline the fuller side cries out over (``comment_label``) signs its added lines as its own comment where
    # none of them carries a listed sign (probe53's laundering copies: "… have so far said nothing about the
    # breakthrough" under "SHOCKING: …"; tests/fixtures/labelled_copies).
    limit = max(config.direction_added_commentary_max_sentences if inside else 0,
                config.direction_labelled_commentary_max_sentences if labelled else 0)
    return own if 0 < own <= limit and not specific and not other else 0


def _commentary_line(copy: str, source: str, added: int, comment_title: int = 0) -> str:
    labelled = comment_title > 0 if copy == "B" else comment_title < 0
    under = f", under {source}'s headline with a cry of its own ahead of it and {source}'s dateline" if labelled else ""
    return (f"{copy} is all of {source}'s text with {_counted(added, 'sentence')} of its own telling nothing "
            f"{source} lacks (no figure, name or quotation: comment, framing){under}: {copy} added them to "
            f"{source}'s text")


def _cut_with_a_line_of_its_own(f: PairFacts, config: Config) -> str:
    """The side ("A", "B") that reads as a cut of the other with a line of its own, or "": every sentence of it is
    the other's but at most ``Config.direction_cut_max_own_sentences``, which tell nothing specific the other lacks
    (no figure, quotation or name: a closing line, a comment), while the other has more sentences of its own than
    that, which the cut dropped. A version that added to the other (an update, a regional paper's) adds facts: a
    figure, a name, a quotation. Both sides are read where their coverages tie; one only qualifies."""
    sides = {"A": (f.only_a_sentences, f.only_a_specific, f.only_b_sentences),
             "B": (f.only_b_sentences, f.only_b_specific, f.only_a_sentences)}
    order = ("B",) if f.coverage_b > f.coverage_a else ("A",) if f.coverage_a > f.coverage_b else ("A", "B")
    found = [side for side in order if _reads_as_cut(*sides[side], config)]
    return found[0] if len(found) == 1 else ""


def _cut_weight(f: PairFacts, cut_side: str, config: Config) -> float:
    """The cut clue's weight: ``Config.direction_cut_weight``, a confirming clue only, or
    ``Config.direction_commented_cut_weight`` where the cut's own line is in a copier's voice (``_copier_voice``,
    ``PairFacts.only_a_loaded_comment``): an update that drops its first version's closing line drops a report's
    line ("Police are investigating.", "The closure came in the wake of two other collisions."), not "Once again
    the taxpayers have been ignored"."""
    loaded = f.only_a_loaded_comment if cut_side == "A" else f.only_b_loaded_comment
    return max(config.direction_cut_weight, config.direction_commented_cut_weight if loaded else 0.0)


def _reads_as_cut(own: int, specific: int, dropped: int, config: Config) -> bool:
    return 0 < own <= config.direction_cut_max_own_sentences and not specific and dropped > own


def _cut_line(copy: str, source: str, f: PairFacts) -> str:
    own, dropped = (f.only_a_sentences, f.only_b_sentences) if copy == "A" else (f.only_b_sentences,
                                                                                 f.only_a_sentences)
    return (f"{copy} is {source} without {_counted(dropped, 'sentence')} and with {_counted(own, 'sentence')} of its "
            f"own telling nothing {source} lacks (no figure, name or quotation): {copy} may have been cut from "
            f"{source}")


def _containment_line(copy: str, source: str, shares: dict[str, tuple[float, float]], read: str) -> str:
    if read == "sentences":
        return f"{copy}'s content sits inside {source} ({copy} reuses {source}'s text, {source} has more)"
    return (f"{copy}'s words sit inside {source}: {shares[copy][1]:.0%} of {copy}'s word pairs are in {source}, "
            f"{shares[source][1]:.0%} of {source}'s in {copy} ({copy} shortened {source}'s sentences)")


def _appended_line(copy: str, source: str, tail: int) -> str:
    return (f"{copy}'s text opens {source}, which has {_counted(tail, 'sentence')} more after it and nothing else of "
            f"its own: {copy} may have been cut from the bottom of {source}")


def _new_top_clue(f: PairFacts) -> tuple[float, str]:
    """A text that opens with sentences of its own and then follows the other's text, which opens with what they
    share: a new top put on that text (an update's new first paragraph, a local introduction to a wire story) or
    the other's first paragraph dropped (a copy without the lede, a capture without the standfirst). The two
    shapes are one, so the clue points nowhere: it says why the shares do not (``_containment_clue``)."""
    if not f.new_top:
        return 0.0, ""
    top, other = ("B", "A") if f.new_top > 0 else ("A", "B")
    return 0.0, (f"{top} opens with {_counted(abs(f.new_top), 'sentence')} {other} lacks and then follows {other}'s "
                 f"text: a new top on {other}'s text (an update, a local introduction) or {other} without {top}'s "
                 "first paragraph; the shares do not say which came first")


def _framing_top_clue(a: Segmented, b: Segmented, f: PairFacts, config: Config,
                      dated: float = 0.0) -> tuple[float, str]:
    """The text whose new top (``PairFacts.new_top``) is a copier's framing of the other's text took it: the top
    credits another's report ("the Mid Wales Journal reported on Tuesday", ``_ATTRIBUTION``), or it tells nothing
    specific the other lacks (no figure, quotation or name of its own, ``_own_specifics``), marks no later
    development (``_NEWS_WORDS``, a time of day: an update's new top) and restates the shared text's opening
    sentence (``_restated_share``): the lead told twice, once in the copier's words. A source's own lead, which a
    copy without its first paragraph dropped, gives who said it and the figures, and is not the next sentence told
    again (``_new_top_clue``: the two shapes are otherwise one). Or the top, a local angle or a feature's opening
    with names of its own, tells no news as a lead does (``_reads_as_lead``: who said it, on which day) and stands
    above the other's opening sentence, which does: paragraphs put above a whole report, where a copy without its
    source's first paragraph opens on the second, and the lead it dropped is the top. Never against the dates
    (``dated``, the date clue's weight): an earlier text with a framing top is a first version its update cut."""
    if not f.new_top or not config.direction_framing_top_weight:
        return 0.0, ""
    top_b = f.new_top > 0
    top_side, other = (b, a) if top_b else (a, b)
    top = top_side.sentence_texts()[:abs(f.new_top)]
    opening = other.sentence_texts()[:1]
    if not opening or (dated and (dated > 0) != top_b):
        return 0.0, ""
    copy, source = ("B", "A") if top_b else ("A", "B")
    weight = config.direction_framing_top_weight if top_b else -config.direction_framing_top_weight
    if _top_tells_its_own(top, other.article.text):
        return 0.0, ""  # a figure or a name the other lacks: a source's own lead, which its copy dropped
    credit = next((sentence for sentence in top if _ATTRIBUTION.search(sentence) and _credits_an_outlet(sentence)
                   and not _credits_an_earlier_report(sentence, other.article.text)), "")
    if credit:
        return weight, (f"{copy}'s new top credits another's report ({_quoted_start(credit)}) and then gives "
                        f"{source}'s text: {copy} is the copy")
    # The restated and lead branches below reverse a copy that dropped its source's summary lead ("Several of the
    # county's branch libraries are to close, the council has confirmed.", reviewC lib2): weighed at
    # ``Config.direction_framing_top_uncredited_weight``, off until cut-lead controls with such leads are measured.
    weight *= config.direction_framing_top_uncredited_weight / config.direction_framing_top_weight
    if not weight or any(_NEWS_WORDS.search(sentence) or times_of_day(sentence) for sentence in top):
        return 0.0, ""
    restated = _restated_share(top, opening[0])
    told_own = f.only_b_specific if top_b else f.only_a_specific
    if not told_own and restated >= config.direction_framing_top_min_restated:
        return weight, (f"{copy}'s new top tells nothing {source} lacks and restates {source}'s opening sentence "
                        f"({restated:.0%} of its words): {source}'s lead told twice, {copy} framed {source}'s text")
    if _reads_as_lead(opening[0]) and not any(_reads_as_lead(sentence) for sentence in top):
        return weight, (f"{copy}'s new top tells no news as a lead does (who said it, on which day) and stands above "
                        f"{source}'s opening, which does ({_quoted_start(opening[0])}): {copy} framed {source}'s "
                        "whole report")
    return 0.0, ""


# A credit naming another outlet's report: "reported by ..." / "reported in ...", or a capitalised name holding an
# outlet's word or a news agency's ("the Mid Wales Journal reported", "Reuters reports"); not "according to figures
# from the Land Registry" (a source of figures, which a source's own lead credits).
_REPORTED_BY = re.compile(r"\breported\s+(?:by|in)\b", re.IGNORECASE)
_AGENCY_WORDS = frozenset(agency.lower() for agency in NEWS_AGENCIES)


# A time further back than the week of the news (``_credits_an_earlier_report``): "in March", "in 2024" (named, so
# looked up in the other text), or "last year", "earlier this month", "weeks ago", "three weeks ago" (relative: earlier
# by themselves, the other text's "£85,000 a year" or "twelve-month" being no such time). Lead words in any case
# ("In March, ...", "Last year, ...").
_EARLIER_NAMED_TIME = re.compile(
    r"\b(?:in|since|during|last|earlier\s+this|early|late)\s+(January|February|March|April|May|June|July|August"
    r"|September|October|November|December|\d{4})\b", re.IGNORECASE)
_EARLIER_RELATIVE_TIME = re.compile(
    r"\b(?:(?:last|earlier\s+this)\s+(?:month|year|summer|winter|spring|autumn)"
    r"|(?:\d+|a\s+few|several|two|three|four|five|six|seven|eight|nine|ten|some)?\s*(?:weeks|months|years)\s+ago)\b",
    re.IGNORECASE)


def _credits_an_earlier_report(sentence: str, other_text: str) -> bool:
    """Whether a crediting ``sentence`` dates the report it credits further back than the week: a relative time
    (``_EARLIER_RELATIVE_TIME``), or a month or year (``_EARLIER_NAMED_TIME``) that ``other_text`` does not give as
    a whole word ("May" is not in "mayor"). A follow-up's own lead crediting the report that first told an earlier
    stage ("The closure of Treorchy library, first reported by the Rhondda Leader in March, has been confirmed by
    the council."), not a framing of the other text, which tells this week's news (reviewC lib_standfirst, session
    44: such a source was named the copy of a text that dropped its lead). A copier's credit names the day
    ("reported on Tuesday evening"), or the other text's own month."""
    if _EARLIER_RELATIVE_TIME.search(sentence):
        return True
    return any(not re.search(rf"\b{found.group(1)}\b", other_text, re.IGNORECASE)
               for found in _EARLIER_NAMED_TIME.finditer(sentence))


def _credits_an_outlet(sentence: str) -> bool:
    """Whether ``sentence`` credits another outlet's report (``_REPORTED_BY``, or a capitalised run holding one of
    ``OUTLET_WORDS`` or ``NEWS_AGENCIES``)."""
    return bool(_REPORTED_BY.search(sentence)) or any(_names_an_outlet(run.group())
                                                      for run in _CAPITALISED_RUN.finditer(sentence))


def _names_an_outlet(run: str) -> bool:
    return any(w in OUTLET_WORDS or w in _AGENCY_WORDS for w in (w.lower() for w in words(run)))


def _top_tells_its_own(top: Sequence[str], other_text: str) -> bool:
    """Whether a new top gives a figure (a digit) or a name (a capitalised word after a sentence's first, not an
    outlet's name, a weekday or a month) that ``other_text`` lacks: a source's own lead, which a copy dropped,
    says what the rest does not ("to save £1.2 million", "fell by 3.1%"); a copier's framing retells or credits."""
    told = {w.lower() for w in words(other_text)}
    for sentence in top:
        if any(ch.isdigit() for ch in sentence):
            return True
        for run in _CAPITALISED_RUN.finditer(sentence):
            if run.start() == 0 or _names_an_outlet(run.group()):
                continue
            named = [w.lower() for w in words(run.group())]
            if any(w not in told and w not in WEEKDAYS and w not in MONTHS and w not in ("the", "of", "and")
                   for w in named):
                return True
    return False


def _reads_as_lead(sentence: str) -> bool:
    """Whether ``sentence`` gives its news as a report's first sentence does: who said it (a statement verb,
    ``STATEMENT_VERBS``) and the day (a weekday, "yesterday", "today": ``WEEKDAYS``, ``RELATIVE_DAYS``)."""
    found = set(words(sentence))
    return bool(found & STATEMENT_VERBS) and bool(found & (WEEKDAYS | RELATIVE_DAYS))


def _restated_share(top: Sequence[str], opening: str) -> float:
    """The share of the top's content words (``fact_key``s of ``is_content_word`` words) the opening sentence has."""
    keys = {fact_key(w) for sentence in top for w in words(sentence) if is_content_word(w)}
    told = {fact_key(w) for w in words(opening) if is_content_word(w)}
    return len(keys & told) / len(keys) if keys else 0.0


def _quoted_start(sentence: str, most: int = 60) -> str:
    return repr(sentence if len(sentence) <= most else sentence[:most].rstrip() + "…")


def _spin_clue(f: PairFacts, relation: str, config: Config) -> tuple[float, str]:
    if (spins := _read_spins(f, config)) is None:
        return 0.0, ""  # a text that is not English has no score to set against the other's
    read_a, read_b = spins
    if _both_read_as_spun(f, config):
        # Both read as spun: the score measures the texts' register (a glacier's "firn", "ablation" and
        # "meltwater" are rare words too), not which of them a spinner degraded.
        return 0.0, ""
    if relation == "rewrite" and max(read_a, read_b) < config.direction_spin_source_max:
        # A person's rewrite: neither text reads as machine-spun, and a gap between two genuine scores (a
        # source's technical terms, 0.23, against its plainer retelling, 0.05) is the writers' register.
        return 0.0, ""
    if _register_read_as_rarity(f, read_b - read_a, config):
        return 0.0, ""
    shown = {"A": cast(float, f.spin_a), "B": cast(float, f.spin_b)}
    return _sided_clue(read_b - read_a, config.direction_min_spin_gap, 1.5,
                       lambda copy, source: _spin_line(copy, source, shown))


def _read_spins(f: PairFacts, config: Config) -> tuple[float, float] | None:
    """Both texts' spin scores as the judge's spin thresholds read them (``Config.spin_reading_logits``), or None
    where either is not scored (not English prose)."""
    if f.spin_a is None or f.spin_b is None:
        return None
    return with_logits(f.spin_a, config.spin_reading_logits), with_logits(f.spin_b, config.spin_reading_logits)


def _register_read_as_rarity(f: PairFacts, rarer: float, config: Config) -> bool:
    """Whether the side a rarity clue names the copy (B when ``rarer`` > 0: its text scores as more spun, or its side
    of the swaps is the rarer) may be the original written in a register of rare words. That side reads as spun on its
    own (a cricket report's "skittled", "seamer", "nought"; a science note's "labile", "hyphae") while the swaps do
    not make it the rarer side nearly everywhere: they run both ways (``direction_register_min_minority_share`` of
    the swaps with a clearly rarer side make the other side the rarer one), or mostly the other way. A spinner
    working on plain prose makes its side the rarer at almost every swap; working on a register's prose it trades the
    jargon for plain words ("skittled" → "felled", "gaffer" → "manager") as well as plain words for thesaurus picks
    ("then" → "afterward"), and which side reads rarer is then the register's doing, not the spinner's."""
    if not rarer or (spins := _read_spins(f, config)) is None:
        return False
    named_copy_spin, (rarer_a, rarer_b) = (spins[1], f.rarer_sides) if rarer > 0 else (spins[0], f.rarer_sides[::-1])
    # (rarer_a, rarer_b) now count the swaps making the named source's side and the named copy's side the rarer
    if named_copy_spin < config.direction_spin_source_max or not (rarer_a or rarer_b):
        return False
    return rarer_a >= rarer_b or rarer_a >= config.direction_register_min_minority_share * (rarer_a + rarer_b)


def _spin_line(copy: str, source: str, spin: dict[str, float]) -> str:
    """The spin clue's evidence line, with the scores as the report shows them. "Reads as machine-spun" is said only
    of a text whose own score is flagged (``spin.FLAGGED_FROM``): a gap between two texts that both read as genuine
    (0.23 against 0.05) says which reads less naturally, and calling the first spun would accuse a person's prose."""
    scores = f"spin {spin[copy]:.2f} vs {spin[source]:.2f}"
    if round(spin[copy], 2) >= FLAGGED_FROM:  # as printed: a line never says 0.50 and "neither is flagged"
        return f"{copy} reads as machine-spun ({scores}): the degraded side is the copy"
    return f"{copy} reads less naturally than {source} ({scores}; neither is flagged as spun): the degraded side is " \
           "the copy"


def _spinner_clues(f: PairFacts, relation: str, config: Config) -> tuple[tuple[float, str], ...]:
    """The swapped words' clues: rarer on the copy's side, joining its neighbours worse. A spinner's thesaurus
    does both at once; a person who rewrites a text in plainer words makes the original's side the rarer one
    while both join their neighbours well, so beside a ``rewrite`` verdict one of them alone says nothing. Nor
    do both beside a summary: a rewrite that merges the other's sentences (``merged_share``) and retells less
    of it than it takes (its content inside the other: the containment clue speaks). A spinner swaps words
    inside the sentences it keeps whole; the words a person chose while condensing two sentences into one
    ("halted" for "suspended") are that person's, not a thesaurus's. Nor do they between two texts that both read
    as machine-spun: two spins of one original are siblings, and which took the rarer word of a swap says which
    thesaurus reached further, not which text the other was made from, unless the swaps are one-sided
    (``_one_sided_swaps``: a spinner at work on a register's original, rare words both sides). Nor beside a
    ``rewrite`` whose edits are a person's (``_reworded_by_a_person``)."""
    one_sided = _one_sided_swaps(f, config) if _both_read_as_spun(f, config) else None
    if _both_read_as_spun(f, config) and one_sided is None:
        return ()
    if (relation == "rewrite" and _reworded_by_a_person(f, config)) or _mostly_copied_whole(f, config):
        # A person's rewrite (words added, dropped and rephrased around few one-for-one swaps): a writer retelling
        # a text in plainer words leaves the original's side of the swaps the rarer and the worse-joined one (the
        # source's "dovetailed", "sea-washed"), which is no thesaurus at work on either side.
        return ()
    swap, fluency = _swap_clue(f, config), _fluency_clue(f, config)
    if one_sided is not None:  # only a clue naming the side the thesaurus worked on the copy
        swap, fluency = (clue if _names_copy(clue, one_sided) else (0.0, "") for clue in (swap, fluency))
    summary = f.merged_share >= config.rewrite_min_merged_share and \
        abs(f.coverage_b - f.coverage_a) >= config.direction_min_containment_gap
    if relation == "rewrite" and ((swap[0] == 0.0) != (fluency[0] == 0.0) or summary):
        return ()
    return swap, fluency


def _kept_term_clue(f: PairFacts, relation: str, config: Config) -> tuple[float, str]:
    """A spun copy's swaps read by the terms both texts keep (``spin.SwapEvidence.kept_terms``): at a swap, the
    original's word is the term the rest of both texts uses ("knit" beside "knitters", "respiration" beside
    "respired", "auctioneer" beside "auction"), the spinner's is a thesaurus pick that stands alone ("sew",
    "breath"), whether it is the rarer word or the commoner. A clue of weight 1 where at least
    ``direction_min_kept_terms`` swaps keep such a term on one side and the other side's swaps that do are at most
    a third as many: a spinner's pick that happens to match another word of the text ("showed up" for "popped up"
    beside "showed some bottle") is the exception. Read beside a ``spun_copy`` only (a person's rewrite chooses its
    words against the whole text), and also where both texts read as spun (a register's original and its spin: it
    does not read rarity)."""
    kept_a, kept_b = f.kept_terms
    if relation != "spun_copy" or max(kept_a, kept_b) < config.direction_min_kept_terms \
            or 3 * min(kept_a, kept_b) > max(kept_a, kept_b):
        return 0.0, ""
    copy, source, weight = ("B", "A", 1.0) if kept_a > kept_b else ("A", "B", -1.0)
    kept = {"A": kept_a, "B": kept_b}
    return weight, (f"at {kept[source]} one-for-one swaps {source}'s word is a term both texts use elsewhere, "
                    f"{copy}'s a word that stands alone (at {kept[copy]} the other way round): {copy} swapped "
                    f"{source}'s terms, {copy} is the copy")


def _spun_both_ways(f: PairFacts, relation: str, config: Config) -> str:
    """The evidence line where two spun copies are siblings, else "": beside a ``spun_copy``, the swaps run both
    ways twice over. Each side holds thesaurus picks (``PairFacts.thesaurus_picks``: the rare word of a one-word
    swap where the other side has the plain one) and each side keeps terms the other swapped
    (``PairFacts.kept_terms``: a word both texts use elsewhere), the fewer side at least
    ``direction_sibling_min_picks``, ``direction_sibling_min_pick_share`` of the picks and
    ``direction_sibling_min_pick_balance`` of the other side's, and at least
    ``direction_sibling_min_kept_terms`` and ``direction_sibling_min_kept_share`` of the kept terms. An original
    against its spin keeps its terms on its own side (the spinner swapped some of a word's uses and left the rest),
    and holds picks where a spinner put a plain word for a rare one; two spins of one original each swapped uses
    the other kept, and each took thesaurus picks where the other kept the original's word: neither was made from
    the other. One sign alone is not enough: the BBC train split's originals against bench.spinner's spins reach
    either bar often (a spinner that picks plain words leaves the original the picks), both at once none of 101."""
    picks, kept = f.thesaurus_picks, f.kept_terms
    if relation != "spun_copy" or not config.direction_sibling_min_picks \
            or min(picks) < config.direction_sibling_min_picks \
            or min(picks) < config.direction_sibling_min_pick_share * sum(picks) \
            or min(picks) < config.direction_sibling_min_pick_balance * max(picks) \
            or min(kept) < config.direction_sibling_min_kept_terms \
            or min(kept) < config.direction_sibling_min_kept_share * sum(kept):
        return ""
    return (f"each side has words the other keeps plainly (thesaurus picks at {picks[0]} one-word swaps on A's side, "
            f"{picks[1]} on B's) and keeps terms the other swapped ({kept[0]} on A's side, {kept[1]} on B's): both "
            "derive from a third text")


def _both_read_as_spun(f: PairFacts, config: Config) -> bool:
    return (spins := _read_spins(f, config)) is not None and min(spins) >= config.direction_spin_source_max


def _one_sided_swaps(f: PairFacts, config: Config) -> str | None:
    """The side ("A"/"B") that took the clearly rarer word at every swap that has one (``PairFacts.rarer_sides``,
    ``Config.direction_one_sided_min_swaps``): a thesaurus worked on that side only; None where the swaps run both
    ways or are too few. Two spins of one original each took the rarer word at some of their swaps (a light spin's
    "munificent" where the heavy one kept the original's "generous": no spinner restores the plain word); a wine
    note or a cricket report spun keeps its own rare words where the spinner left them, so both texts read as spun,
    while every swap the spinner made reads rarer on its side ("finish" → "culmination", "skipper" → "commander")."""
    rarer_a, rarer_b = f.rarer_sides
    most, fewest = max(rarer_a, rarer_b), min(rarer_a, rarer_b)
    if most + fewest < config.direction_one_sided_min_swaps \
            or fewest > config.direction_one_sided_max_minority_share * (most + fewest):
        return None
    return "B" if rarer_b > rarer_a else "A"


def _names_copy(clue: tuple[float, str], side: str) -> bool:
    """Whether a sided clue (``_sided_clue``: positive names B the copy) names ``side`` the copy."""
    return clue[0] > 0 if side == "B" else clue[0] < 0


def _swap_clue(f: PairFacts, config: Config) -> tuple[float, str]:
    if f.swap_count < config.direction_min_swaps or _register_read_as_rarity(f, f.swap_rarity, config):
        return 0.0, ""
    return _sided_clue(f.swap_rarity, config.direction_min_swap_rarity, 1.5,
                       lambda copy, _: f"{copy}'s side of {f.swap_count} one-for-one word swaps is rarer (by "
                                       f"{abs(f.swap_rarity):.1f} Zipf), as a spinner's thesaurus picks are"
                                       f"{_one_sided_note(f, copy, config)}: {copy} is the copy")


def _one_sided_note(f: PairFacts, copy: str, config: Config) -> str:
    """What the swap clue's line adds where both texts read as spun (``_one_sided_swaps`` let it speak)."""
    if not _both_read_as_spun(f, config):
        return ""
    rarer, total = f.rarer_sides[copy == "B"], sum(f.rarer_sides)
    return f"; both texts read as spun, but {copy}'s word is the rarer at {rarer} of the {total} swaps where one is"


def _fluency_clue(f: PairFacts, config: Config) -> tuple[float, str]:
    """Which side's swapped words join their neighbours worse: the spinner's. Only where enough of the swaps are a
    spinner's kind, made in place across the text (``_swapped_in_place``)."""
    if f.fluency_count < config.direction_min_fluency_swaps or not _swapped_in_place(f, config):
        return 0.0, ""
    return _sided_clue(f.swap_fluency, config.direction_min_fluency_gap, 1.0,
                       lambda copy, source: f"where the texts differ ({f.fluency_count} words swapped one for one), "
                                            f"{copy}'s words join their neighbours less naturally than {source}'s: "
                                            f"{copy} is the edited copy")


def _swapped_in_place(f: PairFacts, config: Config) -> bool:
    """Whether at least ``direction_min_fluency_swaps`` of the measured swaps were made in place (the sentence's frame
    kept), in at least ``direction_min_fluency_sentences`` sentences: a spinner's work across the text. A lede a person
    rewrote holds a couple of words that pair one for one inside a recast sentence, and its writer chose them to
    read well in the new frame, not in the old one (probe57: a wire read as the copy of its outlet's rewrite)."""
    if not config.direction_min_fluency_sentences:
        return True
    swaps, sentences = f.in_place_fluency
    # one sentence whose changed words are all swapped one for one is a spinner's too (a spin confined to the lede;
    # review of lede49, reviewD lt_src/lt_spin): a person recasting a lede adds and drops words around the pairs
    spread = sentences >= config.direction_min_fluency_sentences or f.in_place_whole_sentences > 0
    return swaps >= config.direction_min_fluency_swaps and spread


def _passage_fit_clue(f: PairFacts, config: Config, relation: str) -> tuple[float, str]:
    """The reused passage belongs to the text it fits: in the copy it sits among sentences about other things
    (a lower bar beside ``partial_reuse`` when the side named the copy is mostly its own text: a passage lifted
    into it, not a text half made of another's); beside a near-duplicate only where each side has
    ``direction_passage_fit_min_rest_copy`` sentences of its own (an update's two new ones are more of the event)."""
    if f.passage_fit_a is None or f.passage_fit_b is None \
            or (relation in ("partial_reuse", "rewrite") and _speakers_text_taken(f, config)):
        # A report picks the quotations that fit its story from a speaker's text, every sentence of which is the
        # speaker's: how a passage fits either side says nothing there (``_speakers_text_clue`` does).
        return 0.0, ""
    if f.only_quotations_copied:
        # Quoted speech belongs to its speaker, not to either text: a release's quotes sit among its facts as loosely
        # as among a feature's interviews, where they read closer to the rest (probe45 pr_council/pc_int, 0.47/0.62).
        return 0.0, ""
    if relation in ("duplicate", "near_duplicate") and f.passage_fit_rest < config.direction_passage_fit_min_rest_copy:
        return 0.0, ""
    fit = {"A": f.passage_fit_a, "B": f.passage_fit_b}
    gap = f.passage_fit_a - f.passage_fit_b
    named_copy_coverage = f.coverage_b if gap > 0 else f.coverage_a
    lifted = relation == "partial_reuse" and named_copy_coverage <= config.direction_passage_fit_max_copy_coverage
    bar = config.direction_min_passage_fit_gap_partial if lifted else config.direction_min_passage_fit_gap
    return _sided_clue(gap, bar, 1.0,
                       lambda copy, source: f"the reused passage fits the rest of {source} (similarity "
                                            f"{fit[source]:.2f}) but not the rest of {copy} ({fit[copy]:.2f}): "
                                            f"{copy} took it into another text")


def _speakers_text_clue(f: PairFacts, config: Config, relation: str) -> tuple[float, str]:
    """One side quotes the other's own text (``_speakers_text_taken``: a transcript's, an interview's, a
    statement's sentences inside its quotation marks): the quoting side took them, a clue of weight 1. Beside a
    report built on the text (``partial_reuse``, ``rewrite``) only: two copies of one text, one that lost its
    quotation marks on the way (a scraper's plain text), are no report and its speaker's text."""
    if relation not in ("partial_reuse", "rewrite") or not _speakers_text_taken(f, config):
        return 0.0, ""
    copy, source = _taker_first(f.speakers_text_taker)
    return (1.0 if copy == "B" else -1.0), quotes_own_sentences(copy, source)


def _copy_marks_clues(f: PairFacts, config: Config) -> tuple[tuple[float, str], ...]:
    """The marks a copy leaves on the sentences it takes (``copy_marks``), each kind a clue where only one side
    carries it: a name a taken sentence calls by a short form that only the other side introduced before it, a
    sentence that is the other's with words cut out (what was cut nowhere else on its side), and the day before the
    other's ("yesterday" for "today") in a shared sentence. An original is written in one piece: its sentences
    introduce whom they name and keep what they say. Each weighs ``direction_copy_mark_weight``."""
    m, weight = f.copy_marks, config.direction_copy_mark_weight
    if not weight:
        return ()
    return (
        _one_side_marked(m.unintroduced_a, m.unintroduced_b, weight=weight, line=lambda copy, source, n: (
            f"{copy} calls {_counted(n, 'person')} by a short name in sentences it shares with {source}, introduced in "
            f"full only in {source}: {copy} took those sentences out of {source}")),
        _one_side_marked(m.cut_a, m.cut_b, weight=weight, line=lambda copy, source, n: (
            f"{_counted(n, 'sentence')} of {copy} {'is' if n == 1 else 'are'} {source}'s with words cut out that "
            f"{copy} has nowhere else: {copy} shortened {source}'s sentences")),
        _one_side_marked(m.next_day_a, m.next_day_b, weight=weight, line=lambda copy, source, n: (
            f"{copy}'s shared sentences name the day before {source}'s (\"yesterday\" for \"today\"): {copy} was "
            "written a day later")),
        _one_side_marked(m.quotation_cut_a, m.quotation_cut_b, weight=weight, line=lambda copy, source, n: (
            f"{copy} gives {_counted(n, 'quotation')} with sentences left out that {source} gives whole: {source} did "
            f"not take {'it' if n == 1 else 'them'} from {copy}")),
    )


def _respellings(a: Segmented, b: Segmented, changes: Sequence[Change], swaps: Sequence[Substitution],
                 swapped_names: Sequence[tuple[str, str]] = (), relation: str = "",
                 memo: Memo | None = None) -> list[tuple[str, str]]:
    """Names written differently on the two sides: name changes, and one-word swaps of capitalised words
    (among ``swaps``, then ``swapped_names``: those of the pair's swaps, found beforehand). In a person's
    ``rewrite`` two words unlike in letters that both texts write in lower case too ("Cameras will be installed" /
    "Drivers will be charged" beside "cameras", "drivers") are sentence openers a reordered retelling set face to
    face, not a name respelt."""
    found = [(c.a.text_of(a.article.text), c.b.text_of(b.article.text)) for c in changes if c.kind == "name"]
    swapped = [(swap.a.text_of(a.article.text), swap.b.text_of(b.article.text)) for swap in swaps]
    for x, y in [*swapped, *swapped_names]:
        if relation == "rewrite" and _openers_written_lower(a, b, x, y, memo):
            continue
        if x.isalpha() and y.isalpha() and x[0].isupper() and y[0].isupper() and (x, y) not in found:
            found.append((x, y))
    return found


def _openers_written_lower(a: Segmented, b: Segmented, x: str, y: str, memo: Memo | None = None) -> bool:
    """Whether ``x`` and ``y`` are unlike in letters and each is written in lower case in either text."""
    return not alike_in_letters(x, y) and all(_mentions(a.article.text, w, memo) or _mentions(b.article.text, w, memo)
                                              for w in (x.lower(), y.lower()))


def _consistency_clue(a: Segmented, b: Segmented, respelt: Sequence[tuple[str, str]],
                      memo: Memo | None = None) -> tuple[float, str]:
    """The side that spells a changed name two ways (the other side's spelling elsewhere in its own text)
    is the edited one: an editor or spinner misses some mentions, an original is consistent."""
    b_mixed = a_mixed = 0
    # The example quoted is the first by its two spellings, not by A's order: the same whichever text is first.
    examples: list[tuple[tuple[str, str], str]] = []
    for in_a, in_b in respelt:
        if not may_be_one_name(in_a, in_b):  # another person's name, not the same one respelt
            continue
        if proper_word(in_a.lower()) and proper_word(in_b.lower()):
            continue  # "Argentina" and "Argentine": a country and its people's word, both right in one text
        spellings = (min(in_a, in_b), max(in_a, in_b))
        if _mentions(b.article.text, in_a, memo) and not _mentions(a.article.text, in_b, memo):
            b_mixed += 1
            examples.append((spellings, f"B writes both '{in_a}' and '{in_b}'"))
        elif _mentions(a.article.text, in_b, memo) and not _mentions(b.article.text, in_a, memo):
            a_mixed += 1
            examples.append((spellings, f"A writes both '{in_b}' and '{in_a}'"))
    if b_mixed and not a_mixed:
        return 2.0, f"{min(examples)[1]}; A is consistent: B is the edited copy"
    if a_mixed and not b_mixed:
        return -2.0, f"{min(examples)[1]}; B is consistent: A is the edited copy"
    return 0.0, ""


def _figure_consistency_clue(a: Segmented, b: Segmented, changes: Sequence[Change],
                             weight: float) -> tuple[float, str]:
    """The side whose own figures disagree where the other side's agree is the edited one, as with a respelt name
    (``_consistency_clue``): a copier who changes a figure in the headline and lede leaves the body's repeat of the
    source's figure ("cut 520 jobs" above "the 420 job losses"), and the source gives the copy's new figure nowhere.
    Where each side gives both figures (a figure the source gives for the year before put in the copy's lede),
    neither is mixed. ``weight``: ``Config.direction_mixed_figure_weight``."""
    if not weight:
        return 0.0, ""
    texts_a = [_at_this_time(t) for t in _titled_sentences(a)]
    texts_b = [_at_this_time(t) for t in _titled_sentences(b)]
    b_mixed: list[str] = []
    a_mixed: list[str] = []
    for change in changes:
        if change.kind != "number" or change.only_in_headline:
            continue
        in_a = changed_figure(a.article.text, a.sentences, change.a)
        in_b = changed_figure(b.article.text, b.sentences, change.b)
        if in_a is None or in_b is None or in_a.unit != in_b.unit \
                or _word_after(a.article.text, change.a) != _word_after(b.article.text, change.b):
            continue  # a figure retold in another unit ("twenty years" / "two decades") is no figure swapped
        if _sentence_gives_value(a, change.a, in_b) or _sentence_gives_value(b, change.b, in_a):
            continue  # figures transposed: "Two have died and three are in hospital" / "Three have died"
        said_a, said_b = change.a.text_of(a.article.text), change.b.text_of(b.article.text)
        if gives_figure(texts_b, in_a) and not gives_figure(texts_a, in_b):
            b_mixed.append(f"B gives both '{said_b}' and A's '{said_a}'")
        elif gives_figure(texts_a, in_b) and not gives_figure(texts_b, in_a):
            a_mixed.append(f"A gives both '{said_a}' and B's '{said_b}'")
    if b_mixed and not a_mixed:
        return weight, f"{min(b_mixed)}; A's figures agree: B is the edited copy"
    if a_mixed and not b_mixed:
        return -weight, f"{min(a_mixed)}; B's figures agree: A is the edited copy"
    return 0.0, ""


def _at_this_time(sentence: str) -> str:
    """The part of ``sentence`` before the clause that sets it at another time than the story's own ("The cuts come
    a year after the firm shed 520 jobs", "up from 150,000", "in 2019"; ``OTHER_TIME_PHRASES``): the figures from
    that clause on count that time's things. A clause before it stays ("about 1,200 homes on the estate, where water
    reached ground floors in February 2022")."""
    said = " ".join(sentence.split())
    lowered = said.lower()
    found = [m.start() for m in _YEAR_NUMBER.finditer(lowered)] + [
        m.start() for phrase in OTHER_TIME_PHRASES for m in re.finditer(rf"\b{re.escape(phrase)}\b", lowered)]
    if not found:
        return said
    kept = said[: min(found)]
    clauses = [m.start() for m in _CLAUSE_BREAK.finditer(kept)]  # not the comma of "1,200"
    return kept[: clauses[-1]] if clauses else ""


_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)")


_YEAR_NUMBER = re.compile(r"\b(?:19|20)\d\d\b")


def _sentence_gives_value(seg: Segmented, place: Span, figure: Figure) -> bool:
    """Whether the sentence of ``seg`` holding ``place`` gives ``figure``'s value in its unit elsewhere than at
    ``place``: the other side's figure stands beside this one, so the two were swapped, not one edited."""
    said = next((s for s in seg.sentences if s.start <= place.start and place.end <= s.end), None)
    if said is None:
        return False
    text = seg.article.text
    return any(g.unit == figure.unit and math.isclose(g.value, figure.value)
               for g in figures(text[said.start : place.start] + " . " + text[place.end : said.end]))


def _word_after(text: str, span: Span) -> str:
    """The word right after ``span`` in ``text``, lower-cased ("" at the end)."""
    found = _FIRST_WORD.match(text, span.end)
    return found.group(1).lower() if found else ""


_FIRST_WORD = re.compile(r"\W*(\w+)")


def _titled_sentences(seg: Segmented) -> list[str]:
    """A text's headline and sentences: a figure the headline gives is given by the text."""
    return [seg.article.title, *seg.sentence_texts()] if seg.article.title else seg.sentence_texts()


def _mentions(text: str, name: str, memo: Memo | None = None) -> bool:
    """Whether ``text`` writes ``name`` as a word (names of two letters never), kept in ``memo`` (an engine's) with
    the text's other answers: a trace asks about the same names in its query's text for each of its candidates
    (half the calls on the web store). A text keeps its answers for at most ``_MENTIONS_KEPT`` names (an article
    kept hot in a server meets many queries' names)."""
    if len(name) <= 2:
        return False
    known: dict[str, bool] = remembered(memo, ("mentions", text), dict)
    if name in known:
        return known[name]
    found = whole_words_pattern(name).search(text) is not None
    if len(known) < _MENTIONS_KEPT:
        known[name] = found
    return found


_MENTIONS_KEPT = 256


_AGENCY = "|".join(NEWS_AGENCIES)
_WIRE_CREDIT = re.compile(rf"\((?:{_AGENCY})\)|^(?:source|via|courtesy of)\s*:?\s+\S", re.IGNORECASE | re.MULTILINE)
_AGENCY_CREDIT = re.compile(rf"\((?:{_AGENCY})\)", re.IGNORECASE)
# lines that credit where a text's words came from, however short: "Additional reporting by PA", "Source: AFP"
_CREDITING_LINE = re.compile(r"^\W*(?:sources?|via|courtesy\s+of|(?:additional\s+)?reporting\s+(?:by|from)|"
                             r"with\s+(?:additional\s+)?reporting\s+(?:by|from)|contributed\s+by|"
                             r"material\s+from)\b", re.IGNORECASE)


def _outlet_credit_clue(a: Segmented, b: Segmented, memo: Memo | None = None) -> tuple[float, str]:
    """A text that credits an outlet ("source: X", "(Reuters)", "via X") took its words from elsewhere. An agency's
    tag in a text's own dateline is no such credit: it says whose story the text is (``_agency_dateline_clue``).
    The credit names whose text was copied: it makes the crediting side the other's copy only where the other may be
    that party's text. Where the other is a page of a site the credit does not name (``_credit_names_elsewhere``),
    both are copies of the credited party's text ("Source: Severn Vale Police" on one scraper's copy of a police
    appeal, against another site's copy that changed a figure), and the credit says nothing of which came first."""
    mark_a, mark_b = _credit_line(a, memo), _credit_line(b, memo)
    if mark_a and not mark_b and _credit_names_elsewhere(mark_a, b):
        mark_a = ""
    if mark_b and not mark_a and _credit_names_elsewhere(mark_b, a):
        mark_b = ""
    return _one_side_marked(mark_a, mark_b, marked_is_copy=True,
                            line=lambda marked, other, mark: f"{marked} credits an outside source ({mark}); {other} "
                                                             f"does not: {marked} is the copy")


def _credit_names_elsewhere(credit: str, other: Segmented) -> bool:
    """Whether ``credit`` names a party other than ``other``'s site: ``other`` is a page of a known site, and the
    credit names neither its domain nor the outlet's name the domain spells (``_names_site``)."""
    site = (other.article.site or "").lower().removeprefix("www.")
    if not site:
        return False  # a text without its site may be the credited party's own
    spelt = _site_spellings(site)
    # any word of the credit the domain spells: "Source: Harwood District Council" may name harwood.example
    return site not in credit.lower() and not _names_site(credit, spelt) \
        and not any(word in spelt for word in words(credit.lower()))


def _agency_dateline_clue(a: Segmented, b: Segmented, memo: Memo | None = None) -> tuple[float, str]:
    """An agency's story (its tag in the lede's dateline) against a text that credits that agency ("Additional
    reporting by PA", "Source: PA") without being its story: the crediting text took the agency's words."""
    marks_a, marks_b = _marks(a, memo), _marks(b, memo)
    own_a, own_b = marks_a.dateline_agency, marks_b.dateline_agency
    if own_a and own_a != own_b and _credits_agency(b, own_a, marks_b):
        return 1.0, f"A is {own_a}'s story (its dateline), and B credits {own_a}: B took the agency's words"
    if own_b and own_b != own_a and _credits_agency(a, own_b, marks_a):
        return -1.0, f"B is {own_b}'s story (its dateline), and A credits {own_b}: A took the agency's words"
    return 0.0, ""


# A wire story's sign-off: "(Reporting by Anna Holt; Editing by Peter Crane)", the agency's own staff named as it
# files the story. An outlet printing the wire may cut it; an outlet's own story may add "(Additional reporting by
# ...)" of its own staff, which names no filing (review of lede49, reviewD add_wire/add_paper3).
_AGENCY_SIGNOFF = re.compile(r"^\s*\((?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^()]*\)\s*$",
                             re.IGNORECASE | re.MULTILINE)
_STAFF_SIGNOFF = re.compile(r"(?<!additional )\b(?:reporting|writing)\s+by\b[^()]*\bediting\s+by\b", re.IGNORECASE)


def _agency_signoff_clue(a: Segmented, b: Segmented, config: Config, memo: Memo | None = None) -> tuple[float, str]:
    """Both texts open with one agency's dateline and only one closes with the agency's staff sign-off ("Reporting
    by ...; Editing by ...": ``_STAFF_SIGNOFF``), the other holding no sentence of its own and lacking only the signed
    one's closing paragraphs (``_print_of``): the signed one is the story as the agency filed it, the other an outlet's
    print of it, which kept the dateline and cut the end (probe57: an invented agency's wire against an outlet
    running it, undirected; lede49). Else silent: two outlets' prints of one story, one keeping the sign-off, each
    cut otherwise, are neither the other's source (review of lede49, reviewD so_out1/so_out2). A clue of
    ``direction_agency_signoff_weight``."""
    agency = _marks(a, memo).dateline_agency
    if not config.direction_agency_signoff_weight or not agency or agency != _marks(b, memo).dateline_agency:
        return 0.0, ""
    marks = _signoff(a), _signoff(b)
    if bool(marks[0]) == bool(marks[1]):
        return 0.0, ""
    signed, unsigned = (a, b) if marks[0] else (b, a)
    if not _STAFF_SIGNOFF.search(marks[0] or marks[1]) or not _print_of(unsigned, signed):
        return 0.0, ""
    return _one_side_marked(*marks, weight=config.direction_agency_signoff_weight,
                            marked_is_copy=False, line=lambda source, copy, mark: (
                                f"both open with {agency}'s dateline and only {source} closes with the agency's "
                                f"sign-off ({mark}): {source} is the story as filed, {copy} an outlet's print of it"))


def _print_of(copy: Segmented, filed: Segmented) -> bool:
    """Whether ``copy`` holds no sentence ``filed`` lacks and lacks none of ``filed``'s but its closing ones: the
    filed story cut at its end (sentences compared by their words, case aside)."""
    own = {" ".join(words(text.lower())) for text in copy.sentence_texts()} - {""}
    theirs = [" ".join(words(text.lower())) for text in filed.sentence_texts()]
    if not own or not own <= set(theirs):
        return False
    kept = [k for k, key in enumerate(theirs) if key in own]
    return kept == list(range(len(kept)))


def _signoff(seg: Segmented) -> str:
    """The agency sign-off line the text closes with (in its credits or its text), else ""."""
    for line in (*seg.article.credits, *seg.article.text.splitlines()[-2:]):
        if _AGENCY_SIGNOFF.match(line):
            return line.strip()
    return ""


def _agency_dateline_credit(agency: tuple[float, str], dated: float, pair: tuple[Segmented, Segmented],
                            memo: Memo | None = None) -> CreditClue | None:
    """The agency's dateline clue (``_agency_dateline_clue``) read as a credit naming the other text: the crediting
    side names the agency whose own story the other is, as a credit names a page's site or author, and that outweighs
    the shares (a copy that keeps the wire whole and adds its own lines holds the wire inside it). Not where the
    crediting side was published first (``dated``, the date clue's weight): it credits an earlier story of the
    agency, not this one. Nor where the agency's story gives the report to another outlet ("the Sunday Examiner
    reported", "the newspaper said": ``_gives_the_report_to_an_outlet``) or the crediting side quotes words the
    agency's story lacks (``_quotes_beyond``): that is a paper's own story, which the agency picked up, and its
    "Additional reporting by Reuters" credits help, not a text it copied (review of dir48, reviewB ag_paper/ag_wire:
    read as the wire's copy)."""
    weight, line = agency
    if not weight or (dated and (dated > 0) != (weight > 0)):
        return None
    wire, crediting = pair if weight > 0 else pair[::-1]
    named = _marks(wire, memo).dateline_agency
    if _gives_the_report_to_an_outlet(wire, named) or _quotes_beyond(crediting, wire):
        return None
    return CreditClue(2.0 * weight, line, "agency's story (its dateline)")


# A sentence giving the report to an outlet: "the newspaper said", "the paper reported" (``_OUTLET_NOUN_SAID``), or
# a capitalised outlet's name reporting ("the Sunday Examiner reported", "Sky News wrote": ``_OUTLET_REPORTED``;
# not "said": "the Post Office said" is a firm speaking).
_OUTLET_NOUN_SAID = re.compile(r"\bthe\s+(?:newspaper|paper|broadcaster|magazine|tabloid|website)\s+"
                               r"(?:said|says|reported|reports|wrote|added|cited)\b", re.IGNORECASE)
_OUTLET_REPORTED = re.compile(r"((?:[A-Z][\w&'’-]*\s+)+)(?:reported|reports|wrote|first\s+reported)\b")
_QUOTED = re.compile(r'["“]([^"“”]+)["”]')


def _gives_the_report_to_an_outlet(wire: Segmented, agency: str) -> bool:
    """Whether the agency's story, its quotations aside, gives its report to another outlet than ``agency``: it
    picked up another's story, not told its own."""
    for sentence in wire.sentence_texts():
        plain = outside_quotations(sentence, len(sentence))  # a quotation inside the sentence, at any length
        if _OUTLET_NOUN_SAID.search(plain):
            return True
        for found in _OUTLET_REPORTED.finditer(plain):
            run = found.group(1)
            if _names_an_outlet(run) and agency.lower() not in run.lower():
                return True
    return False


def _quotes_beyond(crediting: Segmented, wire: Segmented) -> bool:
    """Whether ``crediting`` quotes words (four or more) that the agency's story ``wire`` does not hold: a speaker
    of its own, which no copy of the wire has."""
    told = f' {" ".join(w.lower() for w in words(wire.article.text))} '
    for found in _QUOTED.finditer(crediting.article.text):
        said = [w.lower() for w in words(found.group(1))]
        if len(said) >= 4 and f' {" ".join(said)} ' not in told:
            return True
    return False


class _OwnMarks:
    """What the direction clues read of one text alone: its own dateline's agency, the wire credit past it, its
    release furniture, its note of a later version and its sentences attributing the report; each read when a clue
    first asks (most pairs are judged same_story or unrelated, which ask for none)."""

    def __init__(self, seg: Segmented) -> None:
        self.seg = seg

    @functools.cached_property
    def _lede(self) -> tuple[str, int]:
        return _lede_line(self.seg.article.text)

    @functools.cached_property
    def _dateline(self) -> tuple[str, int]:
        return _wire_dateline(*self._lede)

    @property
    def dateline_agency(self) -> str:
        return self._dateline[0]

    @functools.cached_property
    def dateline_source(self) -> str:
        """The source, any source, the lede's dateline names in brackets (``_bracketed_source``)."""
        return _bracketed_source(self._lede[0])

    @functools.cached_property
    def wire_credit(self) -> str:
        return _wire_credit(self.seg.article.text, self._dateline[1])

    @functools.cached_property
    def release_mark(self) -> str:
        article = self.seg.article
        return _release_mark_of(article.text, article.title or "", tuple(r.text for r in article.removed))

    @functools.cached_property
    def later_version_note(self) -> str:
        return _later_version_note_of(self.seg.article.text, tuple(r.text for r in self.seg.article.removed))

    @functools.cached_property
    def attributing(self) -> tuple[str, ...]:
        return attributing_sentences(self.seg)


def _marks(seg: Segmented, memo: Memo | None) -> _OwnMarks:
    """``_OwnMarks`` of ``seg``, kept in ``memo`` (an engine's): a trace reads its query's marks once for each of its
    candidates, and a stored article's attributions for every new article close to it in meaning."""
    return remembered(memo, ("own marks", seg), lambda: _OwnMarks(seg))


def _lede_line(text: str) -> tuple[str, int]:
    """The text's lede line (its first line that ends as a sentence does; a headline or a byline above it does
    not), as written with its line break, and where it starts in ``text``; ("", 0) without one."""
    start = 0
    for line in text.splitlines(keepends=True):
        if ends_as_sentence(line.strip()):
            return line, start
        start += len(line)
    return "", 0


def _own_dateline(text: str) -> tuple[str, int]:
    """The agency of the dateline opening the text's lede (``_lede_line``) and where that dateline ends in ``text``;
    ("", 0) without one."""
    return _wire_dateline(*_lede_line(text))


def _wire_dateline(lede: str, start: int) -> tuple[str, int]:
    """``_own_dateline`` of a text whose lede line (``_lede_line``) is ``lede``, at ``start`` in it."""
    # an agency's own byline on its story, or a paper's verbatim print of it: either way the words are the agency's,
    # not a copy of the other text
    found = wire_dateline(lede)
    return (found.group("agency"), start + found.end()) if found else ("", 0)


def _credits_agency(seg: Segmented, agency: str, marks: _OwnMarks) -> bool:
    """Whether ``seg`` (read by ``marks``) credits ``agency`` in a credit line or past its own dateline."""
    # ``agency`` is a dateline's, as ``NEWS_AGENCIES`` writes it ("PA"), and a credit may write it out ("PA Media")
    names = (agency, *(name for name, short in AGENCY_FULL_NAMES.items() if short == agency))
    lines = [*seg.article.credits, *(line for line in seg.article.text.splitlines() if _CREDITING_LINE.match(line))]
    tagged = marks.wire_credit
    # "PA" and "AP" are names here, however short (``_mentions`` skips names of two letters)
    return any(whole_words_pattern(name).search(line) for line in [*lines, tagged] for name in names)


_Mark = TypeVar("_Mark", int, str)  # a mark as counted (copy marks) or as written (a credit line)


def _one_side_marked(mark_a: _Mark, mark_b: _Mark, line: Callable[[str, str, _Mark], str], weight: float = 1.0,
                     marked_is_copy: bool = True) -> tuple[float, str]:
    """A clue of ``weight`` from a mark only one side carries (a credit line, a release's furniture, a correction
    note; a count of copy marks): the marked side is the copy (``marked_is_copy``) or the source, and
    ``line(marked, other, mark)`` says so. Marks on both sides, or on neither, say nothing."""
    if bool(mark_a) == bool(mark_b):
        return 0.0, ""
    marked, other, mark = ("A", "B", mark_a) if mark_a else ("B", "A", mark_b)
    b_is_copy = (marked == "B") == marked_is_copy
    return (weight if b_is_copy else -weight), line(marked, other, mark)


def _credit_line(seg: Segmented, memo: Memo | None = None) -> str:
    for credit in _outside_credits(seg, memo):
        if _is_source_credit(credit):
            return credit
    return _marks(seg, memo).wire_credit


def _outside_credits(seg: Segmented, memo: Memo | None = None) -> list[str]:
    """The text's credits but the tag extraction read from its own lede's dateline ("(Reuters)" of "KYIV (Reuters)
    - …"): that names whose story the text is, not a source it took from."""
    agency = _marks(seg, memo).dateline_agency.lower()
    return [credit for credit in seg.article.credits if credit.strip().strip("()").lower() != agency or not agency]


def _wire_credit(text: str, start: int = 0) -> str:
    """The first credit of a wire or source in ``text`` from ``start`` on (past the text's own dateline)."""
    found = _WIRE_CREDIT.search(text, start)
    return found.group().strip() if found else ""


def _truncation_clue(a: Segmented, b: Segmented) -> tuple[float, str]:
    """A text that stops mid-sentence where the other goes on was cut from it."""
    cut_a, cut_b = _cut_off(a, b), _cut_off(b, a)
    if cut_b and not cut_a and len(b.article.text) < len(a.article.text):
        return 1.0, "B stops mid-sentence where A goes on: B was cut from A"
    if cut_a and not cut_b and len(a.article.text) < len(b.article.text):
        return -1.0, "A stops mid-sentence where B goes on: A was cut from B"
    return 0.0, ""


def _dangling_opening_clue(a: Segmented, b: Segmented, config: Config) -> tuple[float, str]:
    """A text whose first sentence opens with a reference back ("He said the company had looked at every option",
    "The pair survived a capsize": ``wordlists.DANGLING_PRONOUNS`` / ``DANGLING_NOUNS``) to someone no sentence of
    its own names before it, where the other text gives that sentence after sentences of its own that name a person
    or firm ("Chief executive Martin Okoro said ..."): an extract that dropped the antecedent, the copy. An original
    opens by naming its subject, and so does a wire's first take that an article grew from (its lede opens the
    article too), so the other text must not open so itself; an original with a delayed lede names its subject in
    the next sentence ("He went down the pit ..." / "Forty-four years later, Dennis Hurst ..."), and a quotation
    ('"They told us nothing," said ...') or a title ("His Majesty's Inspectorate") opening is no reference back
    (``_opens_dangling``). Weight ``Config.direction_dangling_opening_weight``."""
    weight = config.direction_dangling_opening_weight
    if not weight:
        return 0.0, ""
    dangles_a, dangles_b = _opens_dangling(a, b), _opens_dangling(b, a)
    if dangles_a == dangles_b:
        return 0.0, ""
    copy, source = ("B", "A") if dangles_b else ("A", "B")
    return (weight if dangles_b else -weight), (
        f"{copy} opens with a reference ('{dangles_a or dangles_b}') to someone only {source}'s sentences before it "
        f"name: {copy} is an extract of {source} that dropped them")


_DANGLING_MIN_KEPT = 0.8  # share of a sentence's words the other text's sentence holds to be the same sentence


def _opens_dangling(seg: Segmented, other: Segmented) -> str:
    """The opening words of ``seg``'s first sentence where they refer back (to someone ``seg`` names nowhere before
    them) and ``other`` (not opening so) gives that sentence after sentences ``seg`` lacks, one of them naming a
    person or a firm (``_full_names``); "" otherwise, and "" for a delayed lede that names its subject next
    (``_delayed_lede``)."""
    sentences, others = seg.sentence_texts(), other.sentence_texts()
    if not sentences or not others or not _dangling_start(sentences[0]) or _dangling_start(others[0]):
        return ""
    words = _word_forms(sentences[0])
    at = next((k for k, s in enumerate(others) if _holds_words(_word_forms(s), words)), None)
    if not at:
        return ""
    ours = [_word_forms(s) for s in sentences]
    dropped = [s for s in others[:at] if not any(_holds_words(theirs, _word_forms(s)) for theirs in ours)]
    if others[at - 1] not in dropped or not any(_full_names(s) for s in dropped) or _delayed_lede(sentences):
        return ""
    return _dangling_start(sentences[0])


def _delayed_lede(sentences: Sequence[str]) -> bool:
    """Whether a text's second sentence introduces someone by full name whom its later sentences name again (a
    feature's subject: "He went down the pit ..." / "Forty-four years later, Dennis Hurst ..." / "Mr Hurst, now
    60, ..."): its opening reference is answered in the text itself. A speaker introduced once after an extract's
    opening ("District Judge Nicola Reeve said ...") is no antecedent of it."""
    later = set(re.findall(r"\w+", " ".join(sentences[2:])))
    return any(name.split()[-1] in later for name in _full_names(" ".join(sentences[1:2]), untitled=True))


def _dangling_start(sentence: str) -> str:
    """The first words of ``sentence`` where they refer back: a pronoun ("He said"), "the" and a noun of
    ``DANGLING_NOUNS`` ("The pair"); "" otherwise, and "" for a quotation's first word ('"They told us nothing,"
    said ...': the quotation's own voice) or a title ("His Majesty's Inspectorate", "Her Royal Highness")."""
    if sentence.lstrip()[:1] in QUOTATION_MARKS + SINGLE_QUOTES:
        return ""
    words = re.findall(r"[A-Za-z]+", sentence[:40])
    if len(words) > 1 and words[0].lower() in DANGLING_PRONOUNS and words[1][:1].isupper():
        return ""
    if words and words[0].lower() in DANGLING_PRONOUNS:
        return words[0]
    if len(words) > 1 and words[0].lower() == "the" and words[1].lower() in DANGLING_NOUNS:
        return " ".join(words[:2])
    return ""


def _full_names(sentence: str, untitled: bool = False) -> list[str]:
    """The names of two or more capitalised words ``sentence`` gives ("Martin Okoro", "Hartley & Crane",
    "Peakstone Aggregates"): what names a person or a firm, where a single capitalised word is as often a place
    ("Yorkshire", "Stockton") or a sentence's first word. ``untitled``: only those with no title before them, a
    person introduced ("Dennis Hurst"), not one named again ("Mr Hurst")."""
    names: list[str] = []
    run: list[str] = []
    for word in [*re.findall(r"[\w'’&-]+", sentence), ""]:
        if (word[:1].isupper() and word.lower() not in FUNCTION_WORDS) or (run and word == "&"):
            run.append(word)
            continue
        if len([w for w in run if w != "&"]) > 1 and not (untitled and run[0].lower().strip(".") in HONORIFICS):
            names.append(" ".join(run))
        run = []
    return names


def _word_forms(sentence: str) -> list[str]:
    return re.findall(r"\w+", sentence.lower())


def _holds_words(theirs: list[str], ours: list[str]) -> bool:
    """Whether a sentence's words ``theirs`` hold at least ``_DANGLING_MIN_KEPT`` of ``ours`` (one sentence)."""
    if not ours:
        return False
    have = Counter(theirs)
    kept = sum(min(n, have[w]) for w, n in Counter(ours).items())
    return kept >= _DANGLING_MIN_KEPT * max(len(ours), len(theirs))


def _cut_off(seg: Segmented, other: Segmented) -> bool:
    """Whether ``seg`` stops mid-sentence where ``other`` goes on: its last words, no sentence end after them, run
    on in the other text (a credit or a caption line closing a text without a full stop, "Report courtesy of
    Non-League Weekly", runs on nowhere)."""
    text = seg.article.text.rstrip()
    if not text or not text[-1].isalpha():  # an end mark, a closing mark or a figure ends it, not a word
        return False
    tail = text.split()[-_CUT_TAIL_WORDS:]
    return re.search(r"\s+".join(map(re.escape, tail)) + r"[\s,;:–—-]+\w", other.article.text) is not None


_CUT_TAIL_WORDS = 4


# A press release's own furniture: the issuer's text, which news copies (churnalism), not the other way round. The
# strong marks are read in what extraction removed too (a release's header: "PRESS RELEASE - For immediate
# release"); a news site's footer has "Media enquiries" and "Contact us" links, so those count in the text only, as
# a line of their own or a label ("Media contact: …"), never inside a sentence ("Media contacts at the firm …").
_RELEASE_HEADER = re.compile(r"^\W*(?:notes?\s+to\s+editors?\b|for\s+immediate\s+release\b|press\s+release\s*"
                             r"(?:[:\-–—]|$))", re.IGNORECASE)
# An issuer's header line naming the release kind ("Westshire Police news release", "Southbrook Water — Media release",
# "University of Northgate | News release | Embargoed until 00:01"): short, the kind followed by a separator or the
# line's end ("Press release row: …" is a headline about one).
# an issuer's name (capitalised words) before the label, not a sentence ("The firm issued a news release - its third")
_RELEASE_NAMED = re.compile(r"^(?=\W*\w+(?:\W+\w+){0,11}\W*$)\W*"
                            r"(?:(?:(?-i:[A-Z0-9])[\w&'’.-]*|of|and|for|&)[\s|:–—-]+){0,8}"
                            r"(?:press|news|media)\s+release\s*(?:[|:\-–—]|$)|^\W*embargoed\s+(?:until|to|till)\b",
                            re.IGNORECASE)
_RELEASE_LABEL = re.compile(r"^\W*(?:media\s+(?:contacts?|enquiries|inquiries)|for\s+(?:further\s+|more\s+)?(?:media|"
                            r"press)\s+(?:enquiries|inquiries|information))\s*(?::|$)|^\s*(?:[-–—]+\s*)?(?:ends|#{3})"
                            r"(?:\s*[-–—]+)?\.?\s*$", re.IGNORECASE)


def _release_clue(a: Segmented, b: Segmented, memo: Memo | None = None) -> tuple[float, str]:
    """A text that carries a press release's furniture ("Notes to editors", "For immediate release", "ENDS") is the
    issuer's release: the other side took from it."""
    return _one_side_marked(_marks(a, memo).release_mark, _marks(b, memo).release_mark, marked_is_copy=False,
                            line=lambda marked, other, mark: f"{marked} is a press release ('{mark}'), which {other} "
                                                             f"lacks: {other} took from the release")


def _release_mark_of(text: str, title: str, removed: tuple[str, ...]) -> str:
    return (_first_line_matching([*text.splitlines(), title], _release_line)
            or _first_line_matching(_removed_lines(removed), _release_header_line))


def _release_header_line(line: str) -> bool:
    """A line extraction removed as a heading fragment that marks the issuer's release: "Notes to editors", "For
    immediate release", "PRESS RELEASE -", and a header naming the release kind on its own ("News release", "Norwich
    City Council | Media release": ``_RELEASE_NAMED``), which a council's news page heads its release with."""
    return _RELEASE_HEADER.match(line) is not None or _RELEASE_NAMED.match(line) is not None


def _first_line_matching(lines: Iterable[str], matches: Callable[[str], bool]) -> str:
    """The first of ``lines`` that ``matches``, as quoted in evidence (40 characters), or ""."""
    for line in lines:
        if matches(line):
            return line.strip()[:40]
    return ""


# Pure functions of one line: a trace's candidates (one story's copies) share their paragraphs, so each is read
# against the release patterns and the version note once, not once a candidate (~1% of a trace's CPU on the 100k
# store). 4,096 lines each (~1 MB): ~80 traces' paragraphs.
@functools.lru_cache(maxsize=4_096)
def _release_line(line: str) -> bool:
    return any(pattern.match(line) for pattern in (_RELEASE_HEADER, _RELEASE_NAMED, _RELEASE_LABEL))


@functools.lru_cache(maxsize=4_096)
def _version_note_line(line: str) -> bool:
    # a story's sentence that quotes or reports a notice ('"This page was updated to reflect …," a spokesperson
    # said') is the story's, not a note on it (reviewA, /tmp/s46/reviewA/note)
    return _LATER_VERSION_NOTE.match(line) is not None and not _NOTICE_REPORTED.search(line)


def _removed_lines(removed: tuple[str, ...]) -> list[str]:
    return [line for block in removed for line in block.splitlines()]


# A note of a later version: the text that carries it was edited after the other (a correction, an update). A note
# sentence, not a timestamp ("Updated at 10:32 GMT" is a page's furniture) nor a headline ("Correction: Council's
# U-turn on bins"): a "Correction:" label (with its time or day: "Correction, 14:20:", "Update (3 Nov) –") counts
# only before words that say what was wrong.
# What may stand between a note's label and its colon: its time or day ("Correction, 14:20:", "Update (3 November)
# –", "Clarification, Nov. 3, 2026:"), not words ("Update on the Hexley bypass: …" is a heading).
_NOTE_WHEN = (r"(?:[\s,(]+(?:\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|gmt|bst|utc|cet|et))?"
              r"|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?(?:\s+\d{4})?|[a-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)\)?)?")
# the day a note names: "on 28 August 2026", "on Aug. 28, 2026", "on August 28", "on Tuesday", "on 28/08/2026"
_NOTE_DAY = (r"on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?(?:,?\s+\d{4})?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?"
             r"(?:,?\s+\d{4})?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}/\d{1,2}/\d{2,4})\b")
# What a note says the earlier version did: "An earlier version said 62%…", "… misstated the date", "… gave the wrong
# figure" (Guardian, BBC and NYT house styles).
# A verb of saying alone ("An earlier version said …") is a note only in the note's shape: the sentence goes on to
# what it said wrongly ("… said 62%. It was 26%", "… gave the wrong figure"), which a news sentence about an earlier
# version of a plan ("An earlier version included a ban on second homes") does not; the error verbs say so alone.
_EARLIER_SAID = r"(?:misstated|misspelled|misidentified|misquoted|misnamed|misreported|wrongly|incorrectly|" \
                r"mistakenly|(?:said|stated|gave|reported|named|described|referred\s+to|included|omitted)\b" \
                r"[^.]{0,80}?\b(?:wrong|incorrect|incorrectly|mistaken|mistakenly|in\s+error|misspelled))"
# What a note calls the text it stands in: an article's words and a briefs desk's ("This item was amended to correct
# …", "This bulletin has been updated to …").
_THIS_TEXT = r"(?:article|story|report|piece|post|item|brief|bulletin|newsletter|alert|entry|blog|page)"
# A notice a story quotes or reports: it opens with a quotation mark, or ends by naming who gave it (", a council
# spokesperson said.", ", said the agency."); a note's own words that say what was wrong ("…, which the council said
# was 26%") end on the figure, not the speaker.
_NOTICE_REPORTED = re.compile(
    r"^\W*[\"“”„«»‘’'‹›]|,\s+(?:(?:[^\W\d][\w'’.-]*\s+){0,6}(?:said|says|told|added|explained|wrote|warned|confirmed)"
    r"(?:\s+[^\W\d][\w'’.-]*){0,3}|(?:said|says|according\s+to)(?:\s+[^\W\d][\w'’.-]*){1,6})\W*$", re.IGNORECASE)
_LATER_VERSION_NOTE = re.compile(
    rf"^\W*(?:an?\s+(?:earlier|previous)\s+version\s+(?:of\s+this\b|{_EARLIER_SAID}\b)|this\s+{_THIS_TEXT}\s+"
    rf"(?:has\s+been|was)\s+(?:updated|amended|corrected)\s+(?:to\b|{_NOTE_DAY})|a\s+correction\s+"
    rf"(?:was|has\s+been)\s+(?:made|appended)\s+(?:to\s+this\s+{_THIS_TEXT}|on)\b|(?:correction|clarification|update|editor['’]?s\s+note)"
    rf"{_NOTE_WHEN}\s*[:\-–—].*\b(?:misstated|incorrectly|wrongly|earlier\s+version|previous\s+version|previously\s+"
    r"(?:said|stated|reported)|(?:was|has\s+been)\s+(?:amended|corrected))\b)", re.IGNORECASE)


def _later_version_clue(a: Segmented, b: Segmented, memo: Memo | None = None) -> tuple[float, str]:
    """A text that carries a correction or update note ("An earlier version of this article misstated …", "This
    article has been updated to …") is the later version: the other is what it was edited from."""
    return _one_side_marked(_marks(a, memo).later_version_note, _marks(b, memo).later_version_note, marked_is_copy=True,
                            line=lambda marked, other, mark: f"{marked} carries a note of a later version ('{mark}'), "
                                                             f"which {other} lacks: {marked} was edited from {other}")


def _later_version_note_of(text: str, removed: tuple[str, ...]) -> str:
    return _first_line_matching([*text.splitlines(), *_removed_lines(removed)], _version_note_line)


def _short_version_clue(a: Segmented, b: Segmented, relation: str, config: Config) -> tuple[float, str]:
    """What the shorter text says of itself beside the longer one that tells its content too, in its own lines (a
    line the longer text also has, or a removed block of other stories' headlines, says nothing of it). A teaser
    closes with its pointer to the article it was written from: a call to read on ("Read the full story.",
    "Continue reading", which extraction removes as the page's link to the article) or a last sentence promising
    what follows ("Here's what it means for your journey."); it is the copy. Only a teaser's size says so
    (``_teaser_sized``), and not beside a duplicate or near-duplicate: a press release closing "Find out how to
    apply." and a paper's copy that dropped the line are one text. A wire flash says that the story will grow ("More
    to follow.", "URGENT:", "This story will be updated"); it came first, and the longer text is its expansion. The
    shares cannot tell the two apart (each sits inside the longer text), so without such a mark, or dates, which
    came first stays unknown. Texts of one length give no clue (whichever was given first would be the short one)."""
    if relation == "duplicate" or len(a.article.text) == len(b.article.text):
        return 0.0, ""
    short, long = (a, b) if len(a.article.text) < len(b.article.text) else (b, a)
    # Beside a near-duplicate only a call to read on marks a teaser: a release closes "Find out how to apply." as its
    # copy may, but no release or copy closes "Full story on our site." (probe45 teaser).
    teaser = _teaser_mark(short, long, config, pointer=relation != "near_duplicate") \
        if _teaser_sized(short, long, config) else ""
    feature = "" if teaser else _feature_pointer(short, long)
    flash = _flash_mark(short, long)
    if bool(teaser or feature) == bool(flash):
        return 0.0, ""
    name, other_name = ("A", "B") if short is a else ("B", "A")
    if teaser:
        return (1.0 if short is b else -1.0), (f"{name} closes with a pointer to the article it teases ('{teaser}'): "
                                               f"{name} is a teaser written from {other_name}")
    if feature:
        return (1.0 if short is b else -1.0), (f"{name} points in its own words to its outlet's longer piece "
                                               f"('{feature}'): {name} was taken from {other_name}")
    return (-1.0 if short is b else 1.0), (f"{name} says its story will grow ('{flash}'): a first flash, which "
                                           f"{other_name} expanded")


def _feature_pointer(short: Segmented, long: Segmented) -> str:
    """The shorter text's own words (in a sentence the longer text lacks) pointing to its outlet's longer piece: "as a
    feature in our weekend edition found", "our weekend feature on the walls … found" (``_OWN_LONGER_PIECE``). A
    section of a feature taken with an intro of its own and a brief later expanded into a feature have the same
    shape (the short text whole inside the long one, the long one's text on both sides of it); only such a line tells
    the section, which came second, from the brief, which came first. Only a pointer back to a piece already out
    names it the source ("as our weekend feature found", ``_POINTS_BACK``); a promise of one to come ("We will look
    at the walls in depth in our weekend edition", ``_PROMISES``) is a brief's, written before the feature, and says
    nothing against the brief having come first."""
    for line in short.sentence_texts():
        found = _OWN_LONGER_PIECE.search(line)
        if found and not _has_line(long, line) and _POINTS_BACK.search(line) and not _PROMISES.search(line):
            return found.group(0)
    return ""


def _teaser_sized(short: Segmented, long: Segmented, config: Config) -> bool:
    """A teaser's size beside its article: a few sentences (``Config.direction_teaser_max_sentences``) or a small
    part of the article's characters (``Config.direction_teaser_max_length_share``)."""
    return len(short.sentences) <= config.direction_teaser_max_sentences \
        or len(short.article.text) < config.direction_teaser_max_length_share * len(long.article.text)


def _teaser_mark(short: Segmented, long: Segmented, config: Config, pointer: bool = True) -> str:
    """The shorter text's pointer to the article it teases, which the longer text lacks: its last sentence when a
    call to read on (``_call_to_read_on``: a text given without extraction keeps it) or, with ``pointer``, a short
    promise of what follows (``_FORWARD_POINTER``); or a call to read on that extraction removed as the link."""
    last = _last_sentence(short.article.text.strip()).strip()
    if last and len(words(last)) <= config.direction_pointer_max_words and not _has_line(long, last) \
            and (_call_to_read_on(last) or (pointer and _pointer_sentence(last))):
        return last.strip()[:40]
    # "Read more" and its kind removed as chrome are the chrome clue's (``_chrome_clue``), read once
    # the link to the article is removed as site chrome; other stories' links are not the teaser's
    return _first_line_matching(_removed_lines(_own_removed(short, _OTHER_STORIES)),
                                lambda line: _call_to_read_on(line) and not _has_line(long, line))


def _flash_mark(short: Segmented, long: Segmented) -> str:
    """The shorter text's word that its story will grow, in its title or a line of its own (one the longer text
    lacks: "Flash-flood warnings were issued …" shared by both is no label), or in what extraction removed but other
    stories' headlines and the site's chrome. None when the longer text opens with a flash of its own ("BREAKING: M6
    closed southbound …" beside "BREAKING: M6 closed northbound …"): both say they will grow, so neither is the other's
    expansion."""
    if _flash_line(long.article.title or "") or _flash_line(_first_line(long.article.text)):
        return ""
    title = short.article.title or ""
    removed = _removed_lines(_own_removed(short, _OTHER_STORIES + _CHROME_REASONS))
    lines = [title, *short.article.text.splitlines(), *removed]
    return _first_line_matching(lines, lambda line: _flash_line(line) and not _has_line(long, line))


def _first_line(text: str) -> str:
    return text.lstrip().split("\n", 1)[0]


def _has_line(seg: Segmented, line: str) -> bool:
    """Whether ``seg`` has ``line`` (stripped) in its text, title or removed blocks."""
    found = line.strip()
    return bool(found) and any(found in part for part in (seg.article.text, seg.article.title or "",
                                                          *(r.text for r in seg.article.removed)))


def _own_removed(seg: Segmented, others: tuple[str, ...]) -> tuple[str, ...]:
    """What extraction removed for a reason other than ``others`` (the starts of removal reasons)."""
    return tuple(r.text for r in seg.article.removed if not r.reason.startswith(others))


# removal reasons of blocks that are other stories' (their headlines, links and teasers: "BREAKING: Two hurt …"), and
# of the site's furniture
_OTHER_STORIES = ("related-articles", "teaser of another story", "boilerplate")
_CHROME_REASONS = ("site chrome", "advertisement")


# Pure functions of one line or sentence (as ``_release_line``): a trace's candidates share their query's lines.
@functools.lru_cache(maxsize=4_096)
def _pointer_sentence(sentence: str) -> bool:
    return _FORWARD_POINTER.match(sentence) is not None and _WEB_ADDRESS.search(sentence) is None


@functools.lru_cache(maxsize=4_096)
def _call_to_read_on(line: str) -> bool:
    return split_call_to_action(line)[0] == "" and not _furniture(line)


@functools.lru_cache(maxsize=4_096)
def _flash_line(line: str) -> bool:
    return any(pattern.search(line) for pattern in _FLASH_MARKS)


# A teaser's last sentence promising what the article holds: "Here's what it means for your journey.", "Here is what
# gardeners can do to help.", "Find out how to apply." (short: ``Config.direction_pointer_max_words``; a sentence of
# the article itself goes on to say it). Not "Find out more …", nor a sentence naming a website: a press release
# closes "Find out more on the Brenton Libraries website." (``_WEB_ADDRESS``).
_FORWARD_POINTER = re.compile(r"^\W*(?:here(?:'s|’s|\s+is|\s+are)\s+(?:what|how|why|where|who|when|everything"
                              r"|all\s+you)|find\s+out\s+(?:what|how|why|where|who|when)|read\s+on)\b",
                              re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"\bwebsite\b|\bwww\.|https?://|\b[\w-]+\.(?:com|org|net|gov|uk|ie|io)\b", re.IGNORECASE)


def _last_sentence(text: str) -> str:
    """The run of ``text`` after its last line break or sentence end (``marks.SENTENCE_ENDS``), with the end and
    closing marks (``marks.CLOSING_MARKS``: quotation marks, brackets) that close ``text`` ("Read on." of "… it said.
    Read on."), or "" where ``text`` ends with no words before its end marks: what ``[^.!?…\\n]+[.!?…]*["'”’»)\\]]*$``
    finds, read back from the end once (that pattern's search tries every start, ~8 ms for a long article)."""
    end = len(text) - text.endswith("\n")  # the pattern's $ stands before a closing line break too
    quotes = end
    while quotes > 0 and text[quotes - 1] in CLOSING_MARKS:
        quotes -= 1
    marks = quotes
    while marks > 0 and text[marks - 1] in SENTENCE_ENDS:
        marks -= 1
    stop = marks if marks < quotes else end  # without an end mark the closing quotes are the sentence's words
    start = stop
    while start > 0 and text[start - 1] not in SENTENCE_ENDS and text[start - 1] != "\n":
        start -= 1
    if start == stop:  # no words before the end marks: the closing quotes alone, read as words
        start = quotes
    return text[start:end]


# A flash's word that its story will grow: a label with a colon ("URGENT:", "Breaking news:", "Just in:"), or in
# capitals with a spaced dash or bar ("BREAKING - …", "FLASH | …": "Just in - time for Christmas" and "Flash-flood
# warnings" are no labels); a whole short line saying more will follow ("More to follow.", "Details to come", not
# "Details soon emerged that …"); a sentence saying the story will be updated ("This story will be updated", "This
# is a developing story").
_FLASH_LABEL = r"(?:flash|urgent|just\s+in|breaking(?:\s+news)?)"
# The outlet's own longer piece, named by a text taken from it: "our weekend edition", "our Saturday magazine", "this
# paper's special report" (the possessive: another outlet's feature credited is a credit, ``_credit_clue``'s).
_OWN_LONGER_PIECE = re.compile(r"\b(?:our|this\s+(?:paper|newspaper|magazine)['’]s)\s+(?:[\w-]+\s+){0,2}"
                               r"(?:feature|long\s+read|special\s+report|magazine|supplement|edition)s?\b",
                               re.IGNORECASE)

# A pointer back to a piece already published: what it found or showed, where it first ran, a call to read it in full.
_POINTS_BACK = re.compile(r"\b(?:found|showed|shown|revealed|reported|disclosed|described|explored|examined|told|"
                          r"featured|appeared|ran|published|read\s+(?:the\s+)?(?:full|whole)|in\s+full|"
                          r"(?:last|earlier\s+this)\s+(?:week|weekend|month|year|issue)|yesterday['’]s|recent|"
                          r"previous|earlier)\b", re.IGNORECASE)
# A promise of a piece to come: "will", "next", "coming", "tomorrow's", "this weekend's".
_PROMISES = re.compile(r"\b(?:will|shall|going\s+to|next|coming|upcoming|forthcoming|soon|later\s+(?:this|today)|"
                       r"tomorrow['’]?s?|this\s+(?:weekend|week|saturday|sunday)['’]s)\b|['’]ll\b", re.IGNORECASE)

_FLASH_MARKS = (
    re.compile(rf"^\W*{_FLASH_LABEL}\s*:", re.IGNORECASE),
    re.compile(r"^\W*(?:FLASH|URGENT|JUST\s+IN|BREAKING(?:\s+NEWS)?)\s+[-–—|]\s"),
    re.compile(r"^\W*(?:more|further\s+details|details|updates?)\s+(?:to\s+follow|to\s+come|soon|shortly)\W*$",
               re.IGNORECASE),
    re.compile(r"\bthis\s+(?:is\s+an?\s+(?:breaking|developing)\s+(?:news\s+)?story"
               r"|(?:story|article|report)\s+(?:will\s+be|is\s+being)\s+updated)\b", re.IGNORECASE),
)


_CHROME = re.compile(r"^\W*(?:share this|read more|related|subscribe|follow us|click here|copyright|©|all rights "
                     r"reserved|sign up|advertisement)", re.IGNORECASE)


def _chrome_clue(a: Segmented, b: Segmented, memo: Memo | None = None) -> tuple[float, str]:
    """Site chrome ("Share this article", "Read more") that one side adds around the same text marks the
    republisher. Counted in the text and in what extraction removed as chrome. A republisher whose credit names a
    party other than the other text's site (``_credit_names_elsewhere``) copied that party, not the other text: its
    chrome says nothing of the two (/tmp/probe51 B, cred52: a copy signed off "first published by the Portlow
    Gazette … follow us" read as the copy of islandtimes' altered copy of the Gazette's story)."""
    chrome_a, chrome_b = _chrome_lines(a), _chrome_lines(b)
    if chrome_b > chrome_a and not _credits_elsewhere(b, a, memo):
        return 1.0, "B adds site chrome (share/read-more/copyright lines) around the text: B is the republished copy"
    if chrome_a > chrome_b and not _credits_elsewhere(a, b, memo):
        return -1.0, "A adds site chrome (share/read-more/copyright lines) around the text: A is the republished copy"
    return 0.0, ""


def _credits_elsewhere(copy: Segmented, other: Segmented, memo: Memo | None = None) -> bool:
    """Whether ``copy`` credits its words (a picture's credit aside: "Photo: EPA") to parties none of which is
    ``other``'s site."""
    credits = [c for c in _outside_credits(copy, memo) if not _PICTURE_CREDIT.search(c)]
    return bool(credits) and all(_credit_names_elsewhere(credit, other) for credit in credits)


def _chrome_lines(seg: Segmented) -> int:
    # Only a republisher's own furniture counts: extraction also removes an original's heading fragments as
    # chrome ("Glacier", "Issued Thursday 3 October", "PRESS RELEASE - For immediate release"), and those mark
    # where a text was first issued, not who copied it.
    in_text = sum(1 for line in seg.article.text.splitlines() if _furniture(line))
    removed = sum(1 for r in seg.article.removed
                  if "advert" in r.reason or ("chrome" in r.reason and _furniture(r.text)))
    return in_text + removed


def _furniture(line: str) -> bool:
    """A short line in a republisher's vocabulary: "Share this article", "Read more", "© 2024 …"."""
    return len(line) < 80 and bool(_CHROME.match(line))


def _common_source(a: Segmented, b: Segmented, f: PairFacts, memo: Memo | None = None) -> bool:
    """Both derive from a third text: one credits an outside source, and the other has much that it lacks
    (so the other did not copy it). The caller has made sure neither credits the other."""
    return (_credits_other_outlet(a, memo) and f.coverage_b < 0.75) or (_credits_other_outlet(b, memo)
                                                                          and f.coverage_a < 0.75)


def _copies_of_one_credit(a: Segmented, b: Segmented, f: PairFacts, memo: Memo | None = None,
                          reworded: bool = True) -> str:
    """Why both are copies of one credited party, or "": each side's source credit names one party (``_credited_party``:
    "Source: Pennine News Agency (PNA)" and "Source: PNA" do; the caller has made sure neither credits the other), and
    neither holds the other's own text: the two are the same word for word, or each has sentences the other lacks,
    or (``reworded``) they are the same sentences each worded its own way (two spins of the party's report: whose
    swaps are whose, the pair does not say, as of two word-for-word copies who was first). An agency's copy goes to
    every subscriber at once, so two sites carrying it whole with their own furniture are siblings whichever was out
    first. Where one side holds all of the other and adds its own, it may be a copy of that copy, which carries the
    agency's credit too (a line, not siblings): not read."""
    same_sentences = not (f.only_a_sentences or f.only_b_sentences)
    word_for_word = same_sentences and not (f.differing_matches or f.swap_count or f.changed_rate)
    each_own = f.only_a_sentences > 0 and f.only_b_sentences > 0
    if not (word_for_word or each_own or (reworded and same_sentences)):
        return ""
    # Two spins read on the credits of the whole text only: "Additional reporting by Reuters" credits help with a
    # part, and a paper's report and another outlet's rewrite of it both keep that line (reviewB, echo_rewrite).
    whole_only = not (word_for_word or each_own)
    if not any(_same_party(x, y) for x in _credited_parties(a, memo, whole_only)
               for y in _credited_parties(b, memo, whole_only)):
        return ""
    how = "are the same word for word" if word_for_word else "each have sentences the other lacks" if each_own \
        else "are the same sentences, each worded its own way"
    return (f"both credit one outside source ({'; '.join(_outside_credits(a, memo))} / "
            f"{'; '.join(_outside_credits(b, memo))}) and {how}: neither holds the other's own text, both derive from "
            "that source")


def _credited_parties(seg: Segmented, memo: Memo | None = None, whole_only: bool = False) -> list[tuple[str, ...]]:
    """The parties a side's source credits name (``_credited_party``), one per credit that names one; with
    ``whole_only``, not those of a credit for part of the text ("Additional reporting by PA": ``_PART_CREDIT``)."""
    return [party for c in _outside_credits(seg, memo) if _is_source_credit(c)
            and not (whole_only and _PART_CREDIT.match(c)) and (party := _credited_party(c))]


# A credit for help with part of a text, not for the text: "Additional reporting by Reuters", "With additional
# reporting from AP".
_PART_CREDIT = re.compile(r"^\W*(?:with\s+)?additional\s+reporting\b", re.IGNORECASE)


def _swapped_as_a_spinner_swaps(f: PairFacts, relation: str, config: Config) -> bool:
    """Whether the pair's rewording is a spinner's: a ``spun_copy`` or ``near_duplicate``, or a ``rewrite`` whose
    changed words are mostly replaced one for one (``spun_natural_min_swap_share`` of them: a spin table's unequal
    rewordings make a spin read as a revision). A person's sentence-by-sentence rewrite adds, drops and reorders
    words around its swaps (reviewB echo_rewrite: 17% replaced of 40% changed): two such texts crediting one party
    are no two spins of its report."""
    if relation in ("spun_copy", "near_duplicate"):
        return True
    return relation == "rewrite" and f.changed_rate > 0 \
        and f.replaced_rate >= config.spun_natural_min_swap_share * f.changed_rate


def _one_article_twice(a: Segmented, b: Segmented, versions: str, later_weight: float, modified_weight: float) -> bool:
    """Whether the two are versions of one article rather than two sites' copies of one agency's text: one address,
    one site's page first published at one instant (``versions``), a note of an update on one side (``later_weight``)
    or a later modified time (``modified_weight``). An update carries the agency's credit too."""
    url_a, url_b = _page_address(a.article.url), _page_address(b.article.url)
    return bool(versions or later_weight or modified_weight or (url_a and url_a == url_b))


def _page_address(url: str | None) -> str:
    """A page's address without its scheme, a trailing slash or its query ("https://x.example/a/?v=2" → x.example/a)."""
    address = re.sub(r"^[a-z]+://(?:www\.)?", "", (url or "").strip().lower())
    return address.split("?", 1)[0].split("#", 1)[0].rstrip("/")


def _credited_party(credit: str) -> tuple[str, ...]:
    """The words, in order, that name whom a source credit credits ("Source: Pennine News Agency (PNA)" → pennine,
    news, agency, pna): its words but the credit's label and the joining words, and none of a part that credits
    pictures ("Source: Reuters. Photo: PA" credits Reuters with the words; ``_is_source_credit`` reads it so)."""
    kept = [_PICTURE_CREDIT.split(whole, maxsplit=1)[0] for whole in _CREDIT_PARTS.split(credit)]
    return tuple(w for part in kept for w in words(part) if w not in _CREDIT_LABEL_WORDS)


def _same_party(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Whether two credits' party words (``_credited_party``) name one party: the same words, or an acronym and the
    words it stands for ("PA" / "Press Association", "PNA" / "Pennine News Agency (PNA)"), a trailing generic word
    aside ("PA Media" / "PA"). One name's words inside another's are not enough: "Times" is not the New York Times,
    nor "Telegraph" the Belfast Telegraph."""
    return bool(_party_names(x) & _party_names(y))


def _party_names(party: tuple[str, ...]) -> set[str]:
    """The forms a credit's party goes by: its words, without trailing generic words (``CREDIT_GENERIC_WORDS``), and
    the initials of its two or more words; an acronym in brackets after the words it stands for is left out of them."""
    if len(party) > 2 and party[-1] == "".join(w[0] for w in party[:-1]):
        party = party[:-1]
    stems = [party]
    while len(stems[-1]) > 1 and stems[-1][-1] in CREDIT_GENERIC_WORDS:
        stems.append(stems[-1][:-1])
    names = {" ".join(stem) for stem in stems if stem}
    if len(party) > 1:
        names.add("".join(w[0] for w in party))
    return names


# A credit's label and joining words: what is left names the party ("reuters", "ap" stay; "agencies" names no one).
_CREDIT_LABEL_WORDS = (SOURCE_CREDIT_WORDS - {"reuters", "ap", "afp", "bbc"}) | frozenset(
    {"the", "of", "and", "by", "from", "in", "on", "with", "for", "published", "first", "a", "an"})


def _earlier_cut_a_quotation(f: PairFacts, date_weight: float, config: Config) -> bool:
    """Whether the text published first gives a quotation with sentences left out that the later one gives whole
    (``copy_marks``' quotation cut), and the later cuts none: the earlier had the speaker's words from a fuller text,
    which the later, not yet out, cannot have been, and the later did not take them from the earlier. Two siblings
    of one release (probe41 N: the paper's story at 06:00 keeps two of the charity chief's three sentences, the
    business site's copy of the release at 09:00 all three). Both deriving from a third text needs each side to
    hold text of it the other lacks: where one side's text sits (almost) whole inside the other's
    (``Config.direction_min_contained_coverage``), the fuller one is a later version of it (a wire's writethrough
    adds the quotation's last sentence and a paragraph to its first take), not a sibling."""
    if max(f.coverage_a, f.coverage_b) >= config.direction_min_contained_coverage:
        return False
    m = f.copy_marks
    if date_weight > 0:
        return m.quotation_cut_a > 0 and m.quotation_cut_b == 0
    if date_weight < 0:
        return m.quotation_cut_b > 0 and m.quotation_cut_a == 0
    return False


def _credits_other_outlet(seg: Segmented, memo: Memo | None = None) -> bool:
    return any(_is_source_credit(c) for c in _outside_credits(seg, memo))


# "Originally published by the Tavistock Times" names a source; "originally published on 3 March" (or on Monday,
# yesterday, the 4th) dates the publisher's own article.
_ORIGINALLY_NAMED = re.compile(
    r"\b(?:originally|first)\s+(?:published|appeared|ran)\s+(?:by|in|on)\s+(?!\d|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|"
    r"may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|today|yesterday|the\s+\d)\b)", re.IGNORECASE)
_CREDIT_PARTS = re.compile(r"[;|]|\.\s")
_PICTURE_CREDIT = re.compile(r"\b(?:" + "|".join(sorted(IMAGE_CREDIT_WORDS)) + r")\b", re.IGNORECASE)


def _is_source_credit(credit: str) -> bool:
    """A text credit that names where the words came from; the parts of it that credit pictures ("Photos: EPA",
    "graphics by Jane Doe") are left out, the rest read ("Source: Reuters, AFP. Photos: EPA" names Reuters)."""
    for whole in _CREDIT_PARTS.split(credit):
        part = _PICTURE_CREDIT.split(whole, maxsplit=1)[0]  # what precedes a picture's credit in it
        named = set(words(part)) & SOURCE_CREDIT_WORDS
        if named - {"originally", "credit"} or _ORIGINALLY_NAMED.search(part):
            return True
        if _credit_label_names_words(whole, named):
            return True
    return False


def _credit_label_names_words(whole: str, named: set[str]) -> bool:
    """A "Credit: <outlet>" line (/tmp/probe52: "Credit: Yorkshire Echo") names where the words came from when
    nothing in it speaks of a picture ("Credit: Getty Images", "Photo credit: …" credit pictures)."""
    return "credit" in named and _PICTURE_CREDIT.search(whole) is None
