"""The data model: typed, frozen records passed between pipeline stages.

Every stage of ``read → extract → segment → fingerprint → candidates → align → judge → stories → report``
takes and returns these. Offsets are character offsets into ``Article.text``; a ``Span`` is half-open.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

Relation = Literal[
    "duplicate", "near_duplicate", "spun_copy", "rewrite", "partial_reuse", "same_story", "unrelated"
]
RELATIONS: tuple[str, ...] = (
    "duplicate", "near_duplicate", "spun_copy", "rewrite", "partial_reuse", "same_story", "unrelated"
)
# Relations that mean one text derives from the other (or both from a common source).
DERIVED_RELATIONS: frozenset[str] = frozenset(
    {"duplicate", "near_duplicate", "spun_copy", "rewrite", "partial_reuse"}
)
# The noun a verdict's first evidence line opens with when it says what a copy changed ("a near-duplicate that
# changes 1 name and 2 numbers"; ``pair.judge``), and the line a duplicate under another headline opens with.
RELATION_NOUNS = {"near_duplicate": "a near-duplicate", "spun_copy": "a spun copy", "rewrite": "a rewrite",
                  "partial_reuse": "partial reuse"}
OTHER_HEADLINE = "the same text under another headline"
Direction = Literal["a_to_b", "b_to_a", "common_source", "unknown"]
AlignmentKind = Literal["verbatim", "near_verbatim", "paraphrase", "spun"]
ChangeKind = Literal[
    "name", "number", "date", "quote", "negation", "title", "attribution", "omission", "addition", "wording"
]
CHANGE_KINDS: tuple[str, ...] = (
    "name", "number", "date", "quote", "negation", "title", "attribution", "omission", "addition", "wording"
)
# Change kinds that alter a fact: a copy with any of them is never a ``duplicate``.
FACT_KINDS: tuple[str, ...] = ("name", "number", "date", "quote", "negation", "title", "attribution")
# How an encoding was chosen: a byte-order mark, a declaration (HTTP header, HTML meta, XML declaration),
# detected (the bytes are valid UTF-8, or ASCII), or guessed from the bytes' statistics.
EncodingSource = Literal["bom", "declared", "detected", "guessed"]


@dataclass(frozen=True, slots=True)
class Encoding:
    """How a page's bytes became text: the codec's name (WHATWG label, e.g. ``windows-1252``) and its source."""

    name: str
    source: EncodingSource


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One page as read from disk, before extraction. ``content`` is undecoded when it came as bytes."""

    id: str
    content: str | bytes
    format: Literal["text", "html", "json"] = "text"
    url: str | None = None
    title: str | None = None
    published: str | None = None
    site: str | None = None
    encoding: Encoding | None = None  # None: the content was never bytes (an API caller's string)
    modified: str | None = None  # when the page says it was last changed (a JSON record's "modified")


@dataclass(frozen=True, slots=True)
class Removed:
    """A block that extraction dropped, and why (so a user can see everything that was removed)."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Article:
    """The clean article: main text plus metadata. ``text`` is what every later offset points into."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    site: str | None = None
    credits: tuple[str, ...] = ()
    removed: tuple[Removed, ...] = ()
    author: str | None = None
    encoding: Encoding | None = None  # how the page's bytes were decoded, when it came as bytes
    # When the page says it was last changed (article:modified_time, JSON-LD dateModified, an "Updated 14:05"
    # line, a record's "modified"): of one site's two pages first published at one instant, the later version.
    modified: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of an article's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end}): need 0 <= start <= end")

    @property
    def length(self) -> int:
        return self.end - self.start

    def text_of(self, text: str) -> str:
        return text[self.start:self.end]

    def __reduce__(self) -> tuple[type[Span], tuple[int, int]]:
        # Spans cross to worker processes by the thousand; a slots dataclass's default pickling looks up its
        # fields for every instance (twice the time of the whole article's other fields).
        return (Span, (self.start, self.end))


@dataclass(frozen=True, slots=True)
class Segmented:
    """An article cut into sentences and paragraphs; each sentence lies inside one paragraph."""

    article: Article
    sentences: tuple[Span, ...]
    paragraphs: tuple[Span, ...]
    # paragraph index of each sentence, parallel to ``sentences``
    sentence_paragraph: tuple[int, ...] = field(default=())
    # The hash, computed on first use: engines' memos are keyed by articles, looked up several times per
    # comparison, and hashing one walks every span (17 us for 49 sentences; 5% of a trace's time).
    _hash: int = field(default=0, init=False, repr=False, compare=False)
    # The sentence texts, sliced on first use: every stage of every comparison reads them, and the same string
    # objects keep their hashes for the caches keyed by sentence text (a trace slices its query once, not 24 times).
    _texts: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)

    def __hash__(self) -> int:
        if not self._hash:
            object.__setattr__(self, "_hash", hash((self.article, self.sentences, self.paragraphs,
                                                    self.sentence_paragraph)) or 1)
        return self._hash

    def __reduce__(self) -> tuple[type[Segmented], tuple[object, ...]]:
        # Without the cached hash: string hashes differ from process to process.
        return (Segmented, (self.article, self.sentences, self.paragraphs, self.sentence_paragraph))

    def sentence_texts(self) -> list[str]:
        if self._texts is None:
            text = self.article.text  # sliced here, not through ``Span.text_of``
            object.__setattr__(self, "_texts", tuple(text[s.start : s.end] for s in self.sentences))
        return list(self._texts)  # type: ignore[arg-type]  # set just above


@dataclass(frozen=True, slots=True)
class SentenceMatch:
    """One matched sentence pair (indices into each side's sentences) with its scores."""

    i: int
    j: int
    semantic: float  # cosine of precise sentence vectors
    lexical: float  # word-overlap evidence in [0, 1]
    score: float  # the combined similarity used for decisions


@dataclass(frozen=True, slots=True)
class Alignment:
    """A reused passage: a span of A, its counterpart in B, how alike they are and how the reuse looks."""

    a: Span
    b: Span
    similarity: float
    kind: AlignmentKind
    # the sentence matches this passage was merged from
    matches: tuple[SentenceMatch, ...] = ()


@dataclass(frozen=True, slots=True)
class Change:
    """An edit between two texts: a drifted fact (name, number, date or time, quote, negation, title,
    attribution), a sentence or paragraph only one side has (omission: only A; addition: only B; the other
    side's span is empty, at the place it would be) or other replaced words (wording).

    ``a`` and ``b`` are the first place it occurs. The same change made again (the same words on both sides)
    is one ``Change``: ``occurrences`` lists every place, the first included (empty means just the one).
    A quote change marks the words that differ inside the quotation in ``differs_a`` and ``differs_b``.

    ``headline``: the change's place in the two headlines (the sides' titles, outside the text every other span
    indexes: offsets into each title), where the headline makes it too; one more place, counted. A change only the
    headlines make (``only_in_headline``) keeps ``a`` and ``b`` empty at the texts' start.
    """

    kind: ChangeKind
    a: Span
    b: Span
    note: str
    occurrences: tuple[tuple[Span, Span], ...] = ()
    differs_a: tuple[Span, ...] = ()
    differs_b: tuple[Span, ...] = ()
    headline: tuple[Span, Span] | None = None

    @property
    def only_in_headline(self) -> bool:
        """Whether the change is made in the headlines alone, no place in the texts."""
        return self.headline is not None and self.a == self.b == Span(0, 0) and not self.occurrences

    @property
    def count(self) -> int:
        """How many times the change was made, its headline place included."""
        if self.only_in_headline:
            return 1
        return max(len(self.occurrences), 1) + (self.headline is not None)

    def words(self, a: Article, b: Article) -> tuple[str, str]:
        """The change's words on each side: the texts' at its first place, or the headlines' where only they
        make it."""
        if self.only_in_headline and self.headline is not None:
            return self.headline[0].text_of(a.title or ""), self.headline[1].text_of(b.title or "")
        return self.a.text_of(a.text), self.b.text_of(b.text)

    @property
    def places(self) -> tuple[tuple[Span, Span], ...]:
        """Every place the change was made, as (span in A, span in B)."""
        return self.occurrences or ((self.a, self.b),)


@dataclass(frozen=True, slots=True)
class Substitution:
    """A word-for-word swap inside an aligned sentence pair that keeps the sentence structure (spin evidence)."""

    a: Span
    b: Span


# The evidence line of a verdict that found two texts built alike sentence by sentence to tell other events with the
# same actors (next month's figures written from last month's report): a stored verdict keeps its evidence, not
# the facts behind it, so stories read it back from there (``Verdict.another_event_told_alike``).
ANOTHER_EVENT_TOLD_ALIKE = ("the sentences are built alike, but the figures are another event's: a recurring report "
                            "written from the last one, not a copy")
# Its line when no figure differs and the leads tell another incident in an alert's template (another cause and
# direction of travel: ``events.other_incident``): the junctions and stations are the template's.
ANOTHER_INCIDENT_TOLD_ALIKE = ("the sentences are built alike, but the lead tells another incident: an alert's "
                               "template written again for the next one, not a copy")
# Its line when one text tells its occasion as a repeat and recalls the other's lead as the earlier occasion
# (``events.recalled_occasion``): two independent reports of other occasions, which the similarity tests join by
# their actors, place and kind of event.
RECALLS_AN_EARLIER_OCCASION = "one text tells its occasion as a repeat and recalls the other's as the earlier one"
# Its line when one text counts its occasion as a repeat and each tells another thing happened
# (``events.told_apart``): the same actors' other occasion, told only by what happened there.
TELLS_ANOTHER_OCCASION = "one text counts its occasion as a repeat, and each tells another thing happened"


# The judge's evidence words giving the share of the reused text it read as paraphrase (``judge._restructure_sentence``:
# "63% of the reused text is paraphrased"), read back by ``paraphrased_share``.
PARAPHRASED = "of the reused text is paraphrased"
_PARAPHRASED_SHARE = re.compile(rf"(\d{{1,3}})% {PARAPHRASED}")


def paraphrased_share(evidence: Sequence[str]) -> float:
    """The share of the reused text the judge read as paraphrase, from its ``evidence`` (``PARAPHRASED``); 0.0 where
    no line gives it (below ``rewrite_min_paraphrase_share``: the reuse mostly keeps the other text's wording)."""
    for line in evidence:
        found = _PARAPHRASED_SHARE.search(line)
        if found:
            return int(found.group(1)) / 100
    return 0.0


def quotes_own_sentences(quoting: str, quoted: str) -> str:
    """The judge's evidence line where side ``quoting`` ("A" or "B") holds side ``quoted``'s own sentences inside its
    quotation marks (``judge._speakers_text_clue``): a report or a fact-check quoting a text, read back by
    ``Verdict.quoting_side``."""
    return f"{quoting} quotes {quoted}'s own sentences: {quoting} took them from {quoted}, the speaker's text"


@dataclass(frozen=True, slots=True)
class Verdict:
    relation: Relation
    direction: Direction
    confidence: float
    coverage_a: float
    coverage_b: float
    evidence: tuple[str, ...] = ()
    # (kind, count) of each kind of fact that differs between the two texts (names, numbers, dates, quotes,
    # negations), in ``FACT_KINDS`` order; empty when no fact differs.
    fact_changes: tuple[tuple[str, int], ...] = ()

    @property
    def facts_changed(self) -> bool:
        return bool(self.fact_changes)

    @property
    def another_event_told_alike(self) -> bool:
        """Whether the judge found the two texts, built alike sentence by sentence, tell other events with the same
        actors (``ANOTHER_EVENT_TOLD_ALIKE``, ``ANOTHER_INCIDENT_TOLD_ALIKE``): their subject, names and key words
        are alike by construction, so their closeness says nothing of one event."""
        return self.relation == "unrelated" and (ANOTHER_EVENT_TOLD_ALIKE in self.evidence
                                                 or ANOTHER_INCIDENT_TOLD_ALIKE in self.evidence)

    @property
    def another_occasion_recalled(self) -> bool:
        """Whether the judge found one text tells its occasion as a repeat and recalls the other's as the earlier
        one (``RECALLS_AN_EARLIER_OCCASION``): the later text names the earlier occasion's actors and place by
        saying what happened there before."""
        return self.relation == "unrelated" and any(RECALLS_AN_EARLIER_OCCASION in line for line in self.evidence)

    @property
    def another_occasion_told(self) -> bool:
        """Whether the judge found one text counts its occasion as a repeat and each tells another thing happened
        (``TELLS_ANOTHER_OCCASION``): the same actors and place, at another occasion."""
        return self.relation == "unrelated" and any(TELLS_ANOTHER_OCCASION in line for line in self.evidence)

    @property
    def quoting_side(self) -> Literal["a", "b"] | None:
        """The side the judge read quoting the other's own sentences inside its quotation marks
        (``quotes_own_sentences``), None where neither does: a text that quotes another, attributed (to report or
        to refute it), is quoting it, not copying it."""
        if quotes_own_sentences("A", "B") in self.evidence:
            return "a"
        return "b" if quotes_own_sentences("B", "A") in self.evidence else None

    @property
    def keeps_stories_apart(self) -> bool:
        """Whether the verdict read what tells two texts the similarity tests would join apart: built alike to tell
        other events (``another_event_told_alike``), or one recalling the other's occasion as an earlier one
        (``another_occasion_recalled``). The store keeps such a verdict and stories heed it."""
        return self.another_event_told_alike or self.another_occasion_recalled or self.another_occasion_told


# Why a text's spin score is None: the score reads English word statistics (``pair.spin.spin_unscored``).
SPIN_UNSCORED = "not English prose"


def spin_unscored_reason(spin: float | None) -> str | None:
    """Why a spin score is missing (``SPIN_UNSCORED``), or None for a score."""
    return SPIN_UNSCORED if spin is None else None


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything ``unspun compare`` knows about one pair."""

    a: Segmented
    b: Segmented
    spin_a: float | None  # ``pair.spin.spin_score``; None: not scored (not English prose)
    spin_b: float | None
    verdict: Verdict
    alignments: tuple[Alignment, ...]
    changes: tuple[Change, ...]
    substitutions: tuple[Substitution, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What corpus stages read of an indexed article besides its text: ``pk`` is its key in the corpus."""

    pk: int
    id: str
    title: str | None
    published: str | None
    site: str | None
    credits: tuple[str, ...]
    chars: int


@dataclass(frozen=True, slots=True)
class StoredPair:
    """The verdict of a compared pair of indexed articles, by key (``a`` compared as side A)."""

    a: int
    b: int
    verdict: Verdict


@dataclass(frozen=True, slots=True)
class Story:
    """Articles about one event; ``origin`` is the article the others derive from, when evidence names one."""

    id: str
    articles: tuple[str, ...]
    origin: str | None = None
    # each article's role relative to the origin, parallel to ``articles``: "source" (the origin), "copy"
    # (derived from it, directly or through another copy) or None (independent coverage, or no evidence)
    roles: tuple[str | None, ...] = ()


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input item a batch did not use, and why; batches count these instead of stopping. ``excluded``: left
    out on purpose (an ``--exclude`` pattern), not a bad item."""

    id: str
    reason: str
    excluded: bool = False
