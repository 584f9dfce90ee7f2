"""A text made of separate items (a newsletter's "five things to know", a roundup, a briefing's bullets, an "in
brief" column): each item tells a story of its own in a paragraph or two, so an item that restates another text's
story in that text's phrasing is taken from it, however small a share of the whole it is, and the other items, which
tell other stories, are no evidence against it. Whole-text coverage cannot show this: one item of five is a fifth of
the digest, and a two-sentence summary of a story retells a third of it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from unspun.config import DEFAULT, TEXT_DEFAULT, Config, TextConfig
from unspun.model import Segmented, Span
from unspun.pair.lifted_runs import unquoted_parts
from unspun.pair.memo import Memo, remembered, remembered_large
from unspun.text import lexicon
from unspun.text.names import sentence_name_norms
from unspun.text.spelling import PREFIX_STEM_CHARS, prefix_stem
from unspun.text.tokens import word_grams, words
from unspun.text.wordlists import BACK_POINTING_PRONOUNS, BACK_REFERENCE_NOUNS, is_content_word

Gram = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RetoldItem:
    """The item of a text of separate items that retells the other text (``retold_item``)."""

    taker: Literal["a", "b", ""] = ""  # the side whose item retells the other; "" for none
    item: int = 0  # its place among that side's items, from 1
    items: int = 0  # how many items that side has
    kept_wording: float = 0.0  # the share of the item's word 3-grams outside quotations the other text has
    # the share of the other items' topic words the other text has (``_others_topic_share``): a digest's are its
    # other stories'
    others_on_topic: float = 0.0


NO_ITEM = RetoldItem()


@dataclass(frozen=True, slots=True)
class BesideOtherStory:
    """A text that holds the other's text as one block beside paragraphs of its own on another story
    (``beside_other_story``): a compilation of articles."""

    taker: Literal["a", "b", ""] = ""  # the side holding the block and the other story; "" for none
    paragraphs: int = 0  # that side's paragraphs on another story
    # the share of those paragraphs' topic words the other text has (``_others_topic_share``)
    others_on_topic: float = 0.0


NO_BESIDE = BesideOtherStory()


def retold_item(a: Segmented, b: Segmented, config: Config = DEFAULT, text: TextConfig = TEXT_DEFAULT,
                shared_names: float = 0.0, memo: Memo | None = None) -> RetoldItem:
    """The item of B (or of A) that retells the other text in its phrasing, where that side is a text of separate
    items (``_retold_in``) and the other is not: where both read so, each is a text of items and the one they share
    says nothing of which took it (two newsletters carrying one agency item). None where the whole texts already name
    one event's people and places (``shared_names``, ``judge.shared_name_overlap``, at least
    ``Config.digest_one_event_min_names``): a digest of several stories is diluted against any one of them, where
    another outlet's report of the event, whose lead paraphrases the same statement and whose later paragraphs each
    take an angle of it, is not. ``memo`` (an engine's) keeps each text's items, 3-grams and topic words: a trace's
    query meets each of its candidates with them."""
    if shared_names >= config.digest_one_event_min_names:
        return NO_ITEM
    found = [r for r in (_retold_in(b, a, "b", config, text, memo), _retold_in(a, b, "a", config, text, memo))
             if r.taker]
    return found[0] if len(found) == 1 else NO_ITEM


def _retold_in(digest: Segmented, source: Segmented, side: Literal["a", "b"], config: Config,
               text: TextConfig, memo: Memo | None) -> RetoldItem:
    """``RetoldItem`` of ``digest``'s items against ``source``: one item of at least ``Config.digest_min_items``
    keeps at least ``Config.digest_item_min_kept_wording`` of its word 3-grams (and
    ``Config.digest_item_min_kept_grams`` of them) from ``source``, some from its lead paragraph, and ``source`` is
    ``Config.digest_source_min_item_multiple`` times the item (a story is more than its summary: a teaser of a
    story's lead is no story its lead paragraph retells); every other item
    keeps under ``Config.digest_other_max_kept_wording`` (a text whose every paragraph comes from the source is a
    summary of it, judged whole); the item stands apart from the others (``_stands_apart``) and the others are not
    on the source's topic (``_others_topic_share``)."""
    items = remembered_large(memo, ("digest items", digest, config.digest_item_min_words),
                       lambda: item_grams(digest, config.digest_item_min_words))
    if len(items) < config.digest_min_items:
        return NO_ITEM
    whole = remembered_large(memo, ("unquoted 3-grams", source), lambda: source_grams(source))
    kept = [len(grams & whole) for _, grams in items]
    shares = [k / len(grams) for k, (_, grams) in zip(kept, items, strict=True)]
    best = max(range(len(items)), key=shares.__getitem__)
    if shares[best] < config.digest_item_min_kept_wording or kept[best] < config.digest_item_min_kept_grams \
            or len(whole) < config.digest_source_min_item_multiple * len(items[best][1]):
        return NO_ITEM
    if any(share >= config.digest_other_max_kept_wording for k, share in enumerate(shares) if k != best):
        return NO_ITEM
    if not items[best][1] & lead_grams(source, config.digest_lead_paragraphs) \
            or not _stands_apart(digest, items, (best,), config, text):
        return NO_ITEM
    by_item, source_words = _topic_words_of(digest, source, items, config, memo)
    on_topic = _others_topic_share([words for k, words in enumerate(by_item) if k != best], source_words)
    if on_topic > config.digest_other_max_topic_words:
        return NO_ITEM
    return RetoldItem(side, best + 1, len(items), shares[best], on_topic)


def _stands_apart(digest: Segmented, items: Sequence[tuple[int, frozenset[Gram]]], block: Sequence[int],
                  config: Config, text: TextConfig) -> bool:
    """Whether the items ``block`` (indexes into ``items``) name someone or something and at most
    ``Config.digest_item_max_shared_names`` of their names recur in the text's other items: a digest's items tell
    separate stories (a town's name may recur), where a report's paragraphs keep naming its event's people and places
    (a police statement one report keeps among its own paragraphs is no item of a digest)."""
    names = [_paragraph_names(digest, paragraph, text) for paragraph, _ in items]
    own = frozenset().union(*(names[k] for k in block))
    if not own:
        return False
    elsewhere = frozenset().union(*(n for k, n in enumerate(names) if k not in block))
    return len(own & elsewhere) <= config.digest_item_max_shared_names * len(own)


def _others_topic_share(others: Sequence[frozenset[str]], source_words: frozenset[str]) -> float:
    """The share of the other items' topic words (``topic_words``) that the source has (``source_words``): a
    story's own paragraphs keep to its topic (a summary's words for it are the story's), where a digest's other
    items tell other stories. Read against a digest, a story's lead may keep as much of the digest's item as the
    item keeps of it, and its other paragraphs still say what the item says."""
    theirs = frozenset().union(*others)
    return len(theirs & source_words) / len(theirs) if theirs else 0.0


def _topic_words_of(host: Segmented, source: Segmented, items: Sequence[tuple[int, frozenset[Gram]]],
                    config: Config, memo: Memo | None) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    """``topic_words`` of each of ``host``'s items and of the whole of ``source``, kept in ``memo``."""
    zipf = config.digest_topic_max_zipf
    by_item = remembered(memo, ("items' topic words", host, config.digest_item_min_words, zipf),
                         lambda: items_topic_words(host, items, zipf))
    return by_item, remembered(memo, ("topic words", source, zipf), lambda: source_topic_words(source, zipf))


def items_topic_words(seg: Segmented, items: Sequence[tuple[int, frozenset[Gram]]],
                      max_zipf: float) -> tuple[frozenset[str], ...]:
    """``topic_words`` of each of ``seg``'s items (``item_grams``), in order."""
    return tuple(topic_words(seg.article.text, seg.paragraphs[p], max_zipf) for p, _ in items)


def beside_other_story(a: Segmented, b: Segmented, config: Config = DEFAULT, text: TextConfig = TEXT_DEFAULT,
                       memo: Memo | None = None) -> BesideOtherStory:
    """The side (B, or A) that holds the other's text as one block beside paragraphs of its own on another story
    (``_beside_in``): a compilation puts two or three articles' texts one after the other, each a block in its
    article's order, about unrelated events (other names, other topic words). An update's later development, a
    background box and a reporter's own paragraphs around a release keep to the event's people and topic, so they are
    none. Read as ``retold_item`` reads a digest's items (the block is a run of items, not one; ``memo`` keeps each
    text's items, 3-grams and topic words). Where both sides read so, the one whose block is the smaller share of its
    items holds the other (an article's later paragraphs, which a compilation left out, may read as apart from its
    block)."""
    found = [r for r in (_beside_in(b, a, "b", config, text, memo), _beside_in(a, b, "a", config, text, memo))
             if r[0].taker]
    if len(found) == 2 and found[0][1] != found[1][1]:
        return min(found, key=lambda r: r[1])[0]
    return found[0][0] if len(found) == 1 else NO_BESIDE


def _beside_in(host: Segmented, source: Segmented, side: Literal["a", "b"], config: Config, text: TextConfig,
               memo: Memo | None) -> tuple[BesideOtherStory, float]:
    """``BesideOtherStory`` of ``host`` against ``source``, with the share of ``host``'s items the block is: ``host``'s
    items (``item_grams``) are one run, each read word for word from ``source`` (at least
    ``Config.digest_item_verbatim_min_kept`` of its 3-grams), and at least ``Config.compilation_min_other_paragraphs``
    before or after it that keep under ``Config.digest_other_max_kept_wording`` (an item between the two, partly the
    source's, is no separate story); those tell another story (``_another_story``)."""
    items = remembered_large(memo, ("digest items", host, config.digest_item_min_words),
                       lambda: item_grams(host, config.digest_item_min_words))
    whole = remembered_large(memo, ("unquoted 3-grams", source), lambda: source_grams(source))
    shares = [len(grams & whole) / len(grams) for _, grams in items]
    taken = [k for k, share in enumerate(shares) if share >= config.digest_item_verbatim_min_kept]
    others = [k for k, share in enumerate(shares) if share < config.digest_other_max_kept_wording]
    if not taken or len(others) < config.compilation_min_other_paragraphs \
            or len(taken) + len(others) < len(items) or taken[-1] - taken[0] + 1 != len(taken):
        return NO_BESIDE, 1.0
    on_topic = _another_story(host, source, items, taken, config, text, memo)
    if on_topic is None:
        return NO_BESIDE, 1.0
    return BesideOtherStory(side, len(others), on_topic), len(taken) / len(items)


def _another_story(host: Segmented, source: Segmented, items: Sequence[tuple[int, frozenset[Gram]]],
                   block: Sequence[int], config: Config, text: TextConfig, memo: Memo | None) -> float | None:
    """The share of the other items' topic words the source has, where they tell another story than the block
    ``block`` (indexes into ``items``) taken from ``source``, else None. Both ways, as a digest's item is read
    (``_stands_apart``, ``_others_topic_share``): the block's names do not recur in the other items nor theirs in it,
    and neither's topic words are the other's. The other items must name someone or something: a copy's own comment
    ("It will be a long six weeks for those who cross the river") tells no story, and an article's later paragraphs,
    which a copy cut from it left out, keep to its event's topic words ("tram", "closed") the way a compilation's other
    articles do not. Other items that refer back to the block (``_refers_back``) continue its story: an update, a
    background box or a reaction round-up brings in new people and words of its own."""
    others = [k for k in range(len(items)) if k not in block]
    if not _stands_apart(host, items, block, config, text) or not _stands_apart(host, items, others, config, text):
        return None
    by_item, ours = _topic_words_of(host, source, items, config, memo)
    if _refers_back(host, items, block, others, by_item):
        return None
    theirs = [by_item[k] for k in others]
    on_topic = _others_topic_share(theirs, ours)
    found = len(ours & frozenset().union(*theirs)) / len(ours) if ours else 1.0
    return None if max(on_topic, found) > config.digest_other_max_topic_words else on_topic


def _refers_back(host: Segmented, items: Sequence[tuple[int, frozenset[Gram]]], block: Sequence[int],
                 others: Sequence[int], by_item: Sequence[frozenset[str]]) -> bool:
    """Whether a run of ``others`` (indexes into ``items``) opens by pointing back to the block: its first paragraph
    says "the" before a topic word of the block or one of ``BACK_REFERENCE_NOUNS`` ("Since the appeal, two witnesses
    have come forward", "Analysts welcomed the news"), or its first sentence uses a pronoun for someone not yet named
    (``_pronoun_first``: "Born in Turin, she studied piano"). An update, a background box or a reaction round-up
    continues the story it follows, where a compilation's next article opens with a lead naming its own actors."""
    stems = {prefix_stem(w) for k in block for w in by_item[k] if len(w) >= PREFIX_STEM_CHARS}
    firsts = [k for k in others if k - 1 not in others]
    for k in firsts:
        paragraph = host.paragraphs[items[k][0]]
        said = words(host.article.text[paragraph.start:paragraph.end])
        after_the = {w for before, w in pairwise(said) if before == "the"}
        if after_the & BACK_REFERENCE_NOUNS or any(prefix_stem(w) in stems for w in after_the):
            return True
        if _pronoun_first(host, items[k][0]):
            return True
    return False


_PERSON_NAMED = re.compile(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+")


def _pronoun_first(seg: Segmented, paragraph: int) -> bool:
    """Whether the first sentence of ``seg``'s paragraph ``paragraph`` uses one of ``BACK_POINTING_PRONOUNS`` before
    it names a person (two capitalised words in a row, not at its start)."""
    sentences = seg.sentence_texts()
    first = next((sentences[k] for k, p in enumerate(seg.sentence_paragraph) if p == paragraph), "")
    named = [m.start() for m in _PERSON_NAMED.finditer(first) if m.start() > 0]
    cut = named[0] if named else len(first)
    return bool(set(words(first[:cut])) & BACK_POINTING_PRONOUNS)


def topic_words(text: str, span: Span, max_zipf: float) -> frozenset[str]:
    """The content words of ``text[span]`` rarer than ``max_zipf`` ("water", "burst", "academy"; not "said",
    "year", "people"), numbers left out (a digest's dates and counts recur by chance)."""
    return frozenset(w for w in words(text[span.start:span.end])
                     if is_content_word(w) and not any(ch.isdigit() for ch in w) and lexicon.zipf(w) < max_zipf)


def source_topic_words(seg: Segmented, max_zipf: float) -> frozenset[str]:
    """``topic_words`` of the whole of ``seg``."""
    return topic_words(seg.article.text, Span(0, len(seg.article.text)), max_zipf)


def _paragraph_names(seg: Segmented, paragraph: int, text: TextConfig) -> frozenset[str]:
    sentences = seg.sentence_texts()
    return frozenset(norm for k, p in enumerate(seg.sentence_paragraph) if p == paragraph
                     for norm in sentence_name_norms(sentences[k], text) if len(norm) > 2)


# Pure functions of a segmented text: ``retold_item`` keeps them in its engine's memo of large readings.
def item_grams(seg: Segmented, min_words: int) -> tuple[tuple[int, frozenset[Gram]], ...]:
    """(paragraph index, word 3-grams outside quotations) of each paragraph of at least ``min_words`` such words:
    a digest's items (a heading line of its own, "Transport", is none)."""
    found = []
    for k, paragraph in enumerate(seg.paragraphs):
        parts = _unquoted_words(seg, paragraph)
        if sum(map(len, parts)) >= min_words:
            found.append((k, _grams_of(parts)))
    return tuple(found)


def source_grams(seg: Segmented) -> frozenset[Gram]:
    """The word 3-grams of ``seg``'s text outside quotations, paragraph by paragraph."""
    return frozenset().union(*(_span_grams(seg, p) for p in seg.paragraphs))


def lead_grams(seg: Segmented, paragraphs: int) -> frozenset[Gram]:
    """``source_grams`` of the first ``paragraphs`` paragraphs: a digest item restates a story's lead (the second
    paragraph too: a local version's new top sits above the story's lead)."""
    return frozenset().union(*(_span_grams(seg, p) for p in seg.paragraphs[:paragraphs]))


def _span_grams(seg: Segmented, span: Span) -> frozenset[Gram]:
    return _grams_of(_unquoted_words(seg, span))


def _unquoted_words(seg: Segmented, span: Span) -> list[list[str]]:
    """The words of each stretch of ``seg``'s text in ``span`` outside quotation marks (a 3-gram never joins the
    words before a quotation to those after it)."""
    return [words(part) for part in unquoted_parts(seg.article.text, span)]


def _grams_of(parts: Sequence[Sequence[str]]) -> frozenset[Gram]:
    return frozenset().union(*(word_grams(part, 3) for part in parts))
