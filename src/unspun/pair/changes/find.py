"""Change finding over a whole comparison: every aligned sentence pair's edits, the passages only one side
has, the same edit made again gathered into one change; in A order."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from unspun.config import CHANGES_DEFAULT, DEFAULT, TEXT_DEFAULT, ChangesConfig, Config, TextConfig
from unspun.model import DERIVED_RELATIONS, Alignment, Change, Segmented, Span
from unspun.pair.changes.attributions import (
    QuotedSpeakers,
    attribution_changes,
    one_per_attribution,
    quotation_speaker_changes,
    read_before,
)
from unspun.pair.changes.context import (
    Lookup,
    SentencePair,
    merged_pairs,
    order_either_way,
    outside,
    overlaps,
    seen_names,
    sentence_pair,
    show,
    still_read_alike,
)
from unspun.pair.changes.facts import fact_changes, paraphrase_fact_changes
from unspun.pair.changes.hedges import hedge_changes
from unspun.pair.changes.name_edits import name_changes, respelt_name_changes
from unspun.pair.changes.negations import flipped_negations, negation_changes, negations_in, said_both_ways
from unspun.pair.changes.passages import passage_changes, quotation_cuts, with_facing
from unspun.pair.changes.quotes import QuoteEdit, merged_quote_edits, quote_edits, quote_note
from unspun.pair.changes.wording import (
    anchored_title_changes,
    honorific_changes,
    title_changes,
    wording_changes,
)
from unspun.pair.memo import Memo, remembered
from unspun.pair.sentence_pairs import (
    aligned_sentence_pairs,
    facing_sentence_pairs,
    facing_titles,
    retold_sentence_pairs,
)
from unspun.text.dates import may_name_one_day
from unspun.text.diff import word_opcodes
from unspun.text.marks import furniture_headline, headline_form, sentence_pieces
from unspun.text.names import NO_NAMES, NamesReader
from unspun.text.numbers import NUMBER_WORDS, number_value
from unspun.text.spelling import word_keys
from unspun.text.tokens import Token, normalised, whole_words_pattern, word_tokens, words
from unspun.text.wordlists import (
    DURATION_UNITS,
    FUNCTION_WORDS,
    HEADCOUNT_NOUNS,
    HEDGES,
    MONTHS,
    NEGATIONS,
    WEEKDAYS,
)

# Relations whose pairs are copies: for them the change list is the complete diff (passages one side lacks).
COPY_RELATIONS = frozenset({"duplicate", "near_duplicate", "spun_copy"})
# ... and those where every other replaced word is listed too (in a spun copy every sentence has them; its
# substitution list serves).
WORDING_RELATIONS = frozenset({"duplicate", "near_duplicate"})


def find_changes(
    a: Segmented, b: Segmented, alignments: Sequence[Alignment], relation: str | None = None,
    config: Config = DEFAULT, changes: ChangesConfig = CHANGES_DEFAULT, text: TextConfig = TEXT_DEFAULT,
    memo: Memo | None = None, remembered_edits: Memo | None = None,
) -> tuple[Change, ...]:
    """The edits between ``a`` and ``b``: drifted names, numbers, dates and times, quotes, negations, titles
    and attributions in aligned sentences; for copies (``relation`` in ``COPY_RELATIONS``) also omitted and
    added sentences, and for (near-)duplicates the other reworded words. Repeats become one change. ``memo``
    (an engine's) keeps what each article says of its names for its next comparison; ``remembered_edits`` (an
    engine's) each sentence pair's edits for the same two sentences in other articles (``sentence_edits``)."""
    found: list[Change] = []
    quotes: list[QuoteEdit] = []
    facing = facing_sentence_pairs(a, b, alignments, config)
    # two first lines facing by place are one line edited only when their words read as edited (``SentencePair.
    # edited``: kept, or swapped in place); a copier's own intro beside the source's lead is an addition, and the
    # lead it displaced an omission, not a sentence whose words merely stand opposite
    titles = [(x, y) for x, y in facing_titles(a, b, with_facing(alignments, facing))
              if sentence_pair(a.article.text, x, b.article.text, y, config=changes, text=text, placed=True).edited]
    facing += titles
    # Sentences a derived text paraphrased are read for the facts both anchor; those of independent reports (the
    # next month's figures, another outlet's account) say other things, not altered ones.
    paraphrases = relation is None or relation in DERIVED_RELATIONS
    names: tuple[NamesReader, NamesReader] | None = None
    aligned = aligned_sentence_pairs(a, b, alignments)
    # A sentence that merges several of the other side's is read against each for every change but a negation,
    # and against all of them at once for a negation: the "not" it took from one is no negation added to another.
    merges = merged_pairs(aligned, a.sentences, b.sentences)
    wholes = list(dict.fromkeys(merges.values()))
    for a_span, b_span in [*aligned, *facing, *wholes]:
        if unchanged(a_span.text_of(a.article.text), b_span.text_of(b.article.text)):
            continue  # no edits whatever the names (``sentence_edits``)
        if names is None:  # only for a pair with a changed sentence (most word-for-word copies have none); each
            # field read when an edit first asks for it (most pairs' edits read one field or none)
            names = (names_reader(a, text, memo), names_reader(b, text, memo))
        whole = (a_span, b_span) in wholes
        edits, sentence_found = sentence_edits(a.article.text, a_span, b.article.text, b_span, names,
                                               wording=relation in WORDING_RELATIONS and not whole, config=changes,
                                               text=text, placed=(a_span, b_span) in titles,
                                               negations=(a_span, b_span) not in merges, merge=whole,
                                               remembered=remembered_edits, paraphrases=paraphrases)
        if whole:
            found += [c for c in sentence_found if c.kind == "negation"]
            continue
        quotes += edits
        found += sentence_found
    found += [_quote_change(a.article.text, b.article.text, q) for q in merged_quote_edits(quotes)]
    if paraphrases:
        retold = [p for p in retold_sentence_pairs(a, b, alignments, changes.retold_min_shared_words,
                                                     changes.retold_min_unnamed_share, changes.retold_same_occasion)
                  if p not in aligned and p not in facing]
        if retold and names is None:
            names = (names_reader(a, text, memo), names_reader(b, text, memo))
        found += outside(_retold_facts(a, b, retold, names, changes, text, remembered_edits), found)
        found = _with_speakers_given(found, _quotation_speakers(a, b, aligned, names, text, memo))
    found = [c for c in found if not _one_day_written_relative(c, a, b)]
    attributions = [c for c in found if c.kind == "attribution"]
    found = [c for c in found if c.kind != "attribution"]
    found += one_per_attribution(attributions, a.article.text, b.article.text)
    retitled = headline_fact_changes(a, b, changes, text) if paraphrases else []
    cuts = quotation_cuts(a, b, alignments, facing, changes)
    found += cuts
    if relation in COPY_RELATIONS:
        found += outside(passage_changes(a, b, alignments, facing, changes), cuts)
    if relation in COPY_RELATIONS and not retitled:
        found += headline_changes(a, b, spun=relation == "spun_copy")
    return with_headline_places(gathered(found, a.article.text, b.article.text), retitled, a, b)


def other_headlines(a: Segmented, b: Segmented) -> tuple[str, str] | None:
    """The two texts' headlines when both give one and they differ beyond spacing, capitals, the style of their
    quotation marks and apostrophes and their final punctuation (``marks.headline_form``), and beyond spelling
    ("community center" / "community centre": ``spelling.word_keys``, as a sentence's words are compared), else
    None."""
    titles = a.article.title, b.article.title
    if not titles[0] or not titles[1]:
        return None
    if headline_form(titles[0]) == headline_form(titles[1]) or \
            word_keys(tuple(words(titles[0]))) == word_keys(tuple(words(titles[1]))):
        return None
    # read as a sentence pair's words are: a unit converted ("47C" / "117F") or a thing in the other country's
    # words ("parking lot" / "car park") is no change there
    spans = Span(0, len(titles[0])), Span(0, len(titles[1]))
    if not sentence_changes(titles[0], spans[0], titles[1], spans[1], wording=True):
        return None
    return " ".join(titles[0].split()), " ".join(titles[1].split())


# The kinds of change that make a changed headline a fact changed, listed under the fact's own kind: what the
# headline states, not how it is worded ("title" is a role word's change, never the headline's).
_HEADLINE_FACT_KINDS = frozenset({"name", "number", "date", "negation"})


def headline_fact_changes(a: Segmented, b: Segmented, changes: ChangesConfig = CHANGES_DEFAULT,
                          text: TextConfig = TEXT_DEFAULT) -> list[Change]:
    """A headline whose fact changed ("Two dead after coach overturns" → "four dead and 17 injured"): a change of
    the fact's kind (``_HEADLINE_FACT_KINDS``) per fact, both spans empty at the text's start, its place in the two
    headlines in ``Change.headline`` (offsets into the titles: the headline is outside the text every span
    indexes) and the note giving the facts and the two headlines (``with_headline_places`` joins it to the text's
    change of the same edit). Read as an aligned sentence pair is, for any text that may
    derive from the other (a rewrite's own headline that states the source's figure otherwise is a fact changed;
    one that words it otherwise is none); a headline only reworded is no title change (``headline_changes``)."""
    titles = a.article.title, b.article.title
    if not titles[0] or not titles[1] or headline_form(titles[0]) == headline_form(titles[1]):
        return []
    if site_tag(titles[0], titles[1], a.article.text) or site_tag(titles[1], titles[0], b.article.text):
        return []  # a site's cut and tagged form of the other headline ("Councillor says 1 - report") states nothing
    _, found = sentence_edits(titles[0], Span(0, len(titles[0])), titles[1], Span(0, len(titles[1])),
                              config=changes, text=text)
    # a headline giving another fact that its own text states, its text keeping the other headline's fact too
    # ("Council tax bills to rise by average of 5.1%" / a local paper's "Wakefield council tax to rise by £101", its
    # body stating both), changed none: it headlines another of the story's facts
    facts = [c for c in found if c.kind in _HEADLINE_FACT_KINDS
             and not _another_fact_headlined(b.article.text, show(titles[0], c.a), show(titles[1], c.b))
             and not _another_fact_headlined(a.article.text, show(titles[1], c.b), show(titles[0], c.a))
             and not (c.kind == "number" and _other_things_counted(a, c.a, b, c.b))]
    heads = f"'{' '.join(titles[0].split())}' → '{' '.join(titles[1].split())}'"
    return [Change(c.kind, Span(0, 0), Span(0, 0),
                   f"headline changed: '{show(titles[0], c.a)}' → '{show(titles[1], c.b)}' in {heads}",
                   headline=(c.a, c.b)) for c in facts]


def with_headline_places(found: Sequence[Change], retitled: Sequence[Change], a: Segmented,
                         b: Segmented) -> tuple[Change, ...]:
    """``found`` (gathered) with each headline fact change (``headline_fact_changes``) joined to the text's change of
    the same edit as one more of its places (a fact-checker reads one row per fact changed: the headline's "41
    guards" is the body's 14 → 41 again), and those the texts do not make kept as their own changes, first."""
    titles = a.article.title or "", b.article.title or ""
    joined = list(found)
    alone = []
    for h in retitled:
        assert h.headline is not None
        key = _edit_key(Change(h.kind, *h.headline, ""), *titles)
        at = next((k for k, c in enumerate(joined) if c.headline is None
                   and _edit_key(c, a.article.text, b.article.text) == key), None)
        if at is None:
            alone.append(h)
        else:
            joined[at] = dataclasses.replace(joined[at], headline=h.headline,
                                             note=f"{joined[at].note}; also in the headline")
    return (*alone, *joined)


def _other_things_counted(a: Segmented, span_a: Span, b: Segmented, span_b: Span) -> bool:
    """Whether the two headlines' figures count other things: each followed by its noun, the nouns different, not
    both spans of time (``DURATION_UNITS``: "24 hours" / "three days" is one span changed, "14 days" / "three weeks"
    two spans too) and not both a head count (``HEADCOUNT_NOUNS``: "cut 120 jobs" / "axe 210 posts", "12 dead" /
    "15 people feared dead" is the toll changed), and each figure one its own text states (``_figure_backed``):
    "loss of 310 jobs" / "quit York after 130 years" of a firm "in York since 1894". Two headlines need not headline
    one figure of a story (probe57: the jobs a closure costs against the years a firm stood; lede49), but a headline
    figure its text never states is the headline's own, changed (review of lede49, reviewD hl_*/toll_*/hr_*)."""
    titles = a.article.title or "", b.article.title or ""
    nouns = _counted_noun(titles[0], span_a), _counted_noun(titles[1], span_b)
    if not all(nouns) or nouns[0] == nouns[1]:
        return False
    if all(noun in DURATION_UNITS for noun in nouns) or all(noun in HEADCOUNT_NOUNS for noun in nouns):
        return False
    return _figure_backed(a, titles[0], span_a, nouns[0]) and _figure_backed(b, titles[1], span_b, nouns[1])


# "since 1894": the year a span of years in a headline ("after 130 years") counts from.
_SINCE_YEAR = re.compile(r"\b(?:since|in|founded in|established in|opened in)\s+(1[5-9]\d\d|20\d\d)\b",
                         re.IGNORECASE)


def _figure_backed(seg: Segmented, title: str, span: Span, noun: str) -> bool:
    """Whether the text under ``title`` states the headline's figure at ``span`` with its noun ("310 jobs" in its
    body), or, a count of years, the year it counts from ("after 130 years" / "since 1894", the text's own year,
    else any year from 2000 to 2039, being 130 on)."""
    counted = _figure_with_noun(title, span)
    if counted and _states(seg.article.text, counted):
        return True
    if noun not in ("year", "decade", "century"):
        return False
    tokens = word_tokens(title)
    last = _last_figure(tokens, span)
    value = number_value(tokens[last].text) if last is not None else None
    if value is None:
        return False
    years = int(value) * {"year": 1, "decade": 10, "century": 100}[noun]
    own = seg.article.published[:4] if seg.article.published and seg.article.published[:4].isdigit() else ""
    return any((int(found) + years == int(own)) if own else 2000 <= int(found) + years <= 2039
               for found in _SINCE_YEAR.findall(seg.article.text))


def _figure_with_noun(title: str, span: Span) -> str:
    """The headline's figure at ``span`` through the word after its last number ("310 jobs"), else ""."""
    tokens = word_tokens(title)
    last = _last_figure(tokens, span)
    if last is None or last + 1 >= len(tokens):
        return ""
    first = next(t for t in tokens if t.start >= span.start)
    return title[first.start:tokens[last + 1].end]


def _last_figure(tokens: Sequence[Token], span: Span) -> int | None:
    """The index of the last number token inside ``span``, else None."""
    inside = [k for k, t in enumerate(tokens) if span.start <= t.start < span.end and
              (t.text[:1].isdigit() or t.norm in NUMBER_WORDS)]
    return inside[-1] if inside else None


def _counted_noun(title: str, span: Span) -> str:
    """The word right after the last figure of ``span`` in ``title``, singular, when it is a content word ("310
    jobs": "job"); "" else."""
    tokens = word_tokens(title)
    last = _last_figure(tokens, span)
    if last is None or last + 1 >= len(tokens):
        return ""
    noun = tokens[last + 1].norm
    if not noun.isalpha() or noun in FUNCTION_WORDS:
        return ""
    return noun[:-1] if len(noun) > 3 and noun.endswith("s") else noun


def _another_fact_headlined(text: str, other: str, own: str) -> bool:
    """Whether ``text`` states both the other headline's words and its own headline's words there."""
    return _states(text, other) and _states(text, own)


def _states(text: str, words: str) -> bool:
    """Whether ``text`` holds ``words`` as words of its own (case aside)."""
    return bool(words) and whole_words_pattern(words, ignore_case=True).search(text) is not None


def headline_changes(a: Segmented, b: Segmented, spun: bool = False) -> list[Change]:
    """A whole copy's rewritten headline (a duplicate's, a near-duplicate's, a spun copy's), as a wording change:
    the headline is the article's title, outside the text every span indexes, so both spans are empty at the text's
    start and the note gives the two headlines. Not for texts that reword or take part of another (a rewrite, a
    summary, a passage quoted into a report), whose headlines are their own by nature. A spun copy's headline only
    where its change is more than the spinner's word-for-word swaps (``_swapped_word_for_word``: "assault" /
    "attack"), which its body's swaps are not listed for either."""
    headlines = other_headlines(a, b)
    if headlines is None or (spun and _swapped_word_for_word(*headlines)):
        return []
    x, y = headlines
    note = f"headline changed: '{x}' → '{y}'"
    for side, (own, other) in (("A", (x, y)), ("B", (y, x))):
        if (tag := site_tag(own, other, (a if side == "A" else b).article.text)) is not None:
            # no fact changed: the site cut the headline and tagged it, as it does every headline it takes
            note = f"headline changed to a site's form, no fact changed ({side}'s is the other cut short and tagged " \
                   f"'{tag}'): '{x}' → '{y}'"
    return [Change("wording", Span(0, 0), Span(0, 0), note, headline=_changed_words(x, y))]


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def site_tag(own: str, other: str, text: str) -> str | None:
    """The tag of a site's cut and tagged form of the other headline (``marks.furniture_headline``: "… - report")
    when the tag states no fact (``_tag_states_a_fact``), else None: "… - 21 days from March" and "… | Union: no
    deal" are headline words of the story, diffed as any (``text``: the tagged headline's article text)."""
    tag = furniture_headline(own, other)
    return None if tag is None or _tag_states_a_fact(tag, f"{other}\n{text}") else tag


def _tag_states_a_fact(tag: str, story: str) -> bool:
    """Whether a headline's tag states what a site's own tag ("report", "live", "Daily Courier") never does: a
    figure, a date, a negation ("no deal", "won't"), or names of the story (capitalised words ``story`` holds, each
    of them: "Reddie says", "Maritime and Transport Union"; "Strathbeg Herald" of a story naming Strathbeg Council is
    the paper's name)."""
    lowered = set(words(tag))
    if any(c.isdigit() for c in tag) or lowered & (NEGATIONS | MONTHS | WEEKDAYS | NUMBER_WORDS) \
            or any(w.endswith(("n't", "n’t")) for w in lowered):
        return True
    named = [w for w in _WORD.findall(tag) if w[0].isupper() and w.casefold() not in FUNCTION_WORDS]
    return bool(named) and all(whole_words_pattern(w).search(story) for w in named)


def _changed_words(x: str, y: str) -> tuple[Span, Span]:
    """The stretch of two headlines from the first word that differs to the last (both whole when none is kept)."""
    a_words, b_words = list(re.finditer(r"\S+", x)), list(re.finditer(r"\S+", y))
    ops = [op for op in word_opcodes([w[0] for w in a_words], [w[0] for w in b_words]) if op[0] != "equal"]
    if not ops:
        return Span(0, len(x)), Span(0, len(y))
    i1, i2, j1, j2 = ops[0][1], ops[-1][2], ops[0][3], ops[-1][4]
    return _stretch(a_words, i1, i2, len(x)), _stretch(b_words, j1, j2, len(y))


def _stretch(found: Sequence[re.Match[str]], start: int, end: int, length: int) -> Span:
    """Words ``start`` to ``end`` as a span; where none (words only added on the other side), the empty place where
    they would stand."""
    if start < end:
        return Span(found[start].start(), found[end - 1].end())
    at = found[start].start() if start < len(found) else length
    return Span(at, at)


def _swapped_word_for_word(x: str, y: str) -> bool:
    """Whether two headlines differ only by words swapped one for one in place (a spinner's synonyms), none added,
    cut or reworded into more or fewer words. Diffed in one order whichever headline is given first (difflib breaks
    ties by position in its first sequence), so A with B answers as B with A."""
    first, second = sorted((words(x), words(y)))
    return all(tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1)
               for tag, i1, i2, j1, j2 in word_opcodes(first, second))


# What a sentence retold outside every alignment is read for: the facts a fact-checker compares (a quotation or an
# attribution there may be another statement of the same person).
_RETOLD_KINDS = frozenset({"name", "number", "date", "negation"})


def _retold_facts(a: Segmented, b: Segmented, pairs: Sequence[tuple[Span, Span]],
                  names: tuple[NamesReader, NamesReader] | None, changes: ChangesConfig, text: TextConfig,
                  remembered_edits: Memo | None) -> list[Change]:
    """The facts changed between sentences no alignment holds and the sentences retelling them
    (``sentence_pairs.retold_sentence_pairs``): a name, a figure, a date, a negation. A name changed there is one
    the other text nowhere writes, the other name one this text nowhere writes: a sentence that merges two
    statements may name the other statement's people. A figure changed there is written exactly on both sides; a
    negation flipped there leaves one sentence negating more often than the other."""
    found: list[Change] = []
    for a_span, b_span in pairs:
        x, y = a_span.text_of(a.article.text), b_span.text_of(b.article.text)
        if unchanged(x, y):
            continue
        _, edits = sentence_edits(a.article.text, a_span, b.article.text, b_span, names, config=changes,
                                  text=text, remembered=remembered_edits)
        # two sentences negating as often moved a negation within one statement ("cannot offer what a larger
        # school can" / "could not match what a bigger one offered"): no negation flipped; nor did two sentences
        # of which one negates a clause the other never says ("do not trust politicians" / "a problem of trust")
        negated = _flipped_statement(x, y, changes)
        found += [c for c in edits if c.kind in _RETOLD_KINDS
                  and (c.kind != "name" or _named_only_here(c, a.article.text, b.article.text))
                  and (c.kind != "number" or not (_hedged(a.article.text, c.a) or _hedged(b.article.text, c.b)))
                  and (c.kind != "negation" or negated)]
    return found


def _flipped_statement(x: str, y: str, changes: ChangesConfig) -> bool:
    """Whether two retold sentences negate a different number of times and the one negating more says a negated
    clause of its own in the other without its negation (``negations.said_both_ways``, from
    ``changes.retold_negation_min_governed_share``; 0: the counts alone)."""
    tx, ty = word_tokens(x), word_tokens(y)
    count_x, count_y = negations_in(tx), negations_in(ty)
    if count_x == count_y:
        return False
    share = changes.retold_negation_min_governed_share
    if not share:
        return True
    return said_both_ways(x, tx, ty, share) if count_x > count_y else said_both_ways(y, ty, tx, share)


def _hedged(text: str, span: Span) -> bool:
    """Whether a figure is a bound or an estimate (``wordlists.HEDGES`` in the two words before it: "more than
    20,000 customers since the storm began"), which a sentence telling another moment's count ("31,000 by midday")
    need not match."""
    return any(w in HEDGES for w in words(text[max(0, span.start - 40) : span.start])[-2:])


def _named_only_here(change: Change, a_text: str, b_text: str) -> bool:
    """Whether each side's name of a name change is written nowhere in the other text."""
    return not _states(b_text, show(a_text, change.a)) and not _states(a_text, show(b_text, change.b))


def _with_speakers_given(found: list[Change], given: list[Change]) -> list[Change]:
    """``found`` with the quotations ``given`` to another speaker that no fact change there already reports: each
    in place of the wording change its speakers' names stand in (one row, before and after the speakers' names;
    who said it is the fact, the role words around the name the wording)."""
    given = outside(given, [c for c in found if c.kind != "wording"])
    return [c for c in found if c.kind != "wording"
            or not any(overlaps(c.a, g.a) or overlaps(c.b, g.b) for g in given)] + given


def _quotation_speakers(a: Segmented, b: Segmented, pairs: Sequence[tuple[Span, Span]],
                        names: tuple[NamesReader, NamesReader] | None, text: TextConfig,
                        memo: Memo | None = None) -> list[Change]:
    """Quotations aligned sentences both give, credited to another person (``attributions.quotation_speaker_changes``:
    read here, not per sentence pair, since a sentence's speaker may be named earlier in its paragraph). ``memo``
    (an engine's) keeps each article's speakers (``attributions.QuotedSpeakers``)."""
    if names is None:
        return []
    a_text, b_text = a.article.text, b.article.text
    # The same sentence on both sides gives its quotation to the same speaker, named in it or before it on neither
    # side; its paragraphs are never read (most of a copy's sentences).
    changed = [(a_span, b_span) for a_span, b_span in pairs if a_span.text_of(a_text) != b_span.text_of(b_text)]

    def speakers() -> tuple[QuotedSpeakers, QuotedSpeakers]:
        return (remembered(memo, ("quoted speakers", a), lambda: QuotedSpeakers(a_text)),
                remembered(memo, ("quoted speakers", b), lambda: QuotedSpeakers(b_text)))

    return [c for a_span, b_span in changed
            for c in quotation_speaker_changes(a_text, a_span, b_text, b_span, *names, text, speakers)]


def names_reader(seg: Segmented, text: TextConfig = TEXT_DEFAULT, memo: Memo | None = None) -> NamesReader:
    """What ``seg``'s article says of its names, kept by ``memo`` (an engine's) for the article's next comparison:
    its changes and its copy marks (``copy_marks``) read them from one reader."""
    return remembered(memo, ("change names", seg, text), lambda: NamesReader(seg.article.text, text))


def _one_day_written_relative(change: Change, a: Segmented, b: Segmented) -> bool:
    """Whether a date change is one day written relative to each text's own date ("today" in the agency's copy,
    "yesterday" in the next morning's paper), or relative where a text gives no date to read it against."""
    return change.kind == "date" and may_name_one_day(change.a.text_of(a.article.text), a.article.published,
                                                       change.b.text_of(b.article.text), b.article.published,
                                                       _sentence_before(a.article.text, change.a.start),
                                                       _sentence_before(b.article.text, change.b.start))


def _sentence_before(text: str, start: int) -> str:
    """The words of ``text`` before ``start`` in its sentence (up to 200 characters): where a date's tense is read."""
    window = text[max(0, start - 200) : start]
    return sentence_pieces(window)[-1] if window else ""


def sentence_changes(a_text: str, a_span: Span, b_text: str, b_span: Span, wording: bool = False) -> list[Change]:
    """What changed between one aligned sentence pair (spans index ``a_text`` and ``b_text``)."""
    edits, found = sentence_edits(a_text, a_span, b_text, b_span, wording=wording)
    return sorted(found + [_quote_change(a_text, b_text, q) for q in edits], key=lambda c: (c.a.start, c.b.start))


def sentence_edits(
    a_text: str, a_span: Span, b_text: str, b_span: Span,
    names: tuple[NamesReader, NamesReader] | None = None, wording: bool = False,
    config: ChangesConfig = CHANGES_DEFAULT, text: TextConfig = TEXT_DEFAULT, placed: bool = False,
    negations: bool = True, merge: bool = False, remembered: Memo | None = None, paraphrases: bool = True,
) -> tuple[list[QuoteEdit], list[Change]]:
    """One sentence pair's quote edits (gathered per quotation by the caller) and its other changes;
    ``names`` reads what each article says of its capitalised words (``text.names.article_names``: role words used
    as surnames, "Mr King", are names there, not titles; a clause opener is a name by them; none when None);
    ``placed``: the two are one line by their place (``sentence_pairs.facing_titles``), diffed word by word
    however many words survive; ``negations``: whether to read negations here (not in one part of a merge,
    ``context.merged_pairs``); ``merge``: the pair is a whole merge (``negations.negation_changes``).
    ``remembered`` keeps the other changes of the same two sentences met in other articles (a trace's candidates
    are copies of one story: its query's sentences meet the same source sentences in each). ``paraphrases``: whether
    a pair too reworded for the word diff is read for the facts both sentences anchor (``_other_edits``)."""
    if unchanged(a_span.text_of(a_text), b_span.text_of(b_text)):
        return [], []
    quotes = quote_edits(a_text, a_span, b_text, b_span, config)
    taken = [Change("quote", q.a, q.b, "") for q in quotes]
    if remembered is None:
        names_a, names_b = (NO_NAMES, NO_NAMES) if names is None else (names[0].whole(), names[1].whole())
        pair = sentence_pair(a_text, a_span, b_text, b_span, names_a, names_b, config, text, placed)
        return quotes, _other_edits(pair, taken, wording, negations, merge, paraphrases)
    key = (_surroundings(a_text, a_span), _surroundings(b_text, b_span),
           tuple(_relative(c.a, a_span) + _relative(c.b, b_span) for c in taken),
           wording, config, text, placed, negations, merge, paraphrases)
    known = remembered.find(key)
    readers = names or (_NO_NAMES, _NO_NAMES)
    if known is not None and still_read_alike(known[3], a_text, b_text, *readers):
        a_start, b_start, found, _ = known
        return quotes, _moved(found, a_span.start - a_start, b_span.start - b_start)
    lookups: set[Lookup] = set()
    pair = sentence_pair(a_text, a_span, b_text, b_span, seen_names(readers[0], "a", lookups),
                         seen_names(readers[1], "b", lookups), config, text, placed, lookups)
    found = _other_edits(pair, taken, wording, negations, merge, paraphrases)
    # A side with no word tokens places its changes at the article's start (``context._tokens_span``), not
    # relative to the sentence: such a pair cannot be moved to another place, so it is not kept. What is kept is a
    # tuple: the caller owns the list returned.
    if pair.ta and pair.tb:
        remembered.put(key, (a_span.start, b_span.start, tuple(found), frozenset(lookups)))
    return quotes, found


def _other_edits(pair: SentencePair, taken: list[Change], wording: bool, negations: bool, merge: bool,
                 paraphrases: bool = True) -> list[Change]:
    """``sentence_edits``' changes but the quotes (``taken``)."""
    # In order of precedence: words inside a changed quotation, attribution or title are reported as that; but in
    # an edited pair a figure, date or negation changed inside a quotation is listed beside the quote change:
    # the quote is misquoted AND the fact it states changed ("the 1,200 homes" → "the 2,100 homes" in a council
    # leader's words, "We have not found any link" → "We have found a link"), and a verdict counts the fact.
    # A paraphrased pair (not ``pair.edited``) keeps only the changes anchored by what both sentences share:
    # a credit facing a credit, a title beside the same name, a name respelt; what merely stands opposite
    # in the word-level diff is rewording there (in a near-duplicate still listed, as wording).
    found = outside(attribution_changes(pair), taken)
    found += outside(anchored_title_changes(pair), taken + found)
    found += outside(honorific_changes(pair), taken + found)
    if pair.edited:
        found += outside(title_changes(pair), taken + found)
        negated = negation_changes(pair, merge) if negations else []
        names = outside(name_changes(pair), taken + found)
        found += names + outside([*fact_changes(pair), *negated], found + names)
        # a hedge removed inside a quotation is listed beside the quote change, as a negation is
        found += outside(hedge_changes(pair) if negations else [], found)
    else:
        found += outside(respelt_name_changes(pair), taken + found)
        if paraphrases:  # only what both sentences anchor: a figure of one thing, a date, a word negated
            negated = flipped_negations(pair) if negations else []
            # a paraphrase's quotations may be two statements: what stands inside them stays the quote change
            found += outside([*paraphrase_fact_changes(pair), *negated], taken + found)
    if wording:
        found += wording_changes(pair, taken + found)
    return found


_NO_NAMES = NamesReader("")  # an empty text's names: none

def _surroundings(text: str, span: Span) -> tuple[tuple[bool, ...], str]:
    """What a sentence pair's edits read of one side's text: the sentence, and of the text before it what the
    attribution patterns read there (``attributions.read_before``). Nothing past its last word: patterns search up
    to it, as up to a text's end."""
    return read_before(text, span.start), span.text_of(text)


def _relative(span: Span, sentence: Span) -> tuple[int, int]:
    return span.start - sentence.start, span.end - sentence.start


def _moved(changes: Sequence[Change], by_a: int, by_b: int) -> list[Change]:
    """``changes`` found in two sentences elsewhere, moved to where they stand here."""
    if not by_a and not by_b:
        return list(changes)
    return [Change(c.kind, _shifted(c.a, by_a), _shifted(c.b, by_b), c.note,
                   tuple((_shifted(x, by_a), _shifted(y, by_b)) for x, y in c.occurrences),
                   tuple(_shifted(x, by_a) for x in c.differs_a), tuple(_shifted(y, by_b) for y in c.differs_b))
            for c in changes]


def _shifted(span: Span, by: int) -> Span:
    return Span(span.start + by, span.end + by)


def unchanged(a_sentence: str, b_sentence: str) -> bool:
    """Whether two sentences are the same text, quote style and white space aside: a pair with no edits."""
    # The same characters need no normalising to be the same sentence (most pairs of a near-duplicate).
    return a_sentence == b_sentence or _flat(a_sentence) == _flat(b_sentence)


# A pure function of its argument, remembered: a trace's query sentences meet each candidate's, copies repeat
# sentences, and each changed pair is asked twice (``find_changes``, ``sentence_edits``).
@functools.lru_cache(maxsize=16_384)
def _flat(sentence: str) -> str:
    """``sentence`` normalised, case kept (``tokens.normalised``)."""
    return normalised(sentence, keep_case=True)


def _quote_change(a_text: str, b_text: str, q: QuoteEdit) -> Change:
    return Change("quote", q.a, q.b, quote_note(a_text, b_text, q), differs_a=q.differs_a, differs_b=q.differs_b)


def gathered(changes: Sequence[Change], a_text: str, b_text: str) -> tuple[Change, ...]:
    """One change per distinct edit (kind and the words on both sides), listing every place it was made;
    exact duplicates (the same spans met in two sentence pairs) count once; its first place the earliest in both
    texts together (the same place whichever text is given first). Ordered by first place in A."""
    groups: dict[tuple[str, str, str], list[Change]] = {}
    for c in changes:
        groups.setdefault(_edit_key(c, a_text, b_text), []).append(c)
    result = []
    for group in groups.values():
        places = sorted({(c.a, c.b) for c in group}, key=lambda p: (p[0].start, p[1].start))
        first = min(group, key=order_either_way)
        occurrences = tuple(places) if len(places) > 1 else ()
        result.append(dataclasses.replace(first, occurrences=occurrences))
    return tuple(sorted(result, key=lambda c: (c.a.start, c.b.start, c.kind)))


def _words(text: str, span: Span) -> str:
    return show(text, span).lower()


def _edit_key(c: Change, a_text: str, b_text: str) -> tuple[str, str, str]:
    """What makes two changes one edit: the kind and the words on both sides; for a name, the words that differ, a
    possessive aside ("Agata Kaczmarek" → "Agata Kaczmarec" and "Kaczmarek's" → "Kaczmarec's" are one respelling)."""
    x, y = _words(a_text, c.a), _words(b_text, c.b)
    if c.kind != "name":
        return c.kind, x, y
    words_x, words_y = ({_without_possessive(w) for w in side.split()} for side in (x, y))
    if words_x == words_y:
        return c.kind, x, y
    return c.kind, " ".join(sorted(words_x - words_y)), " ".join(sorted(words_y - words_x))


def _without_possessive(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")
