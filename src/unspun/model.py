"""The data model: typed, frozen records passed between pipeline stages.

Every stage of ``read → extract → segment → fingerprint → candidates → align → judge → stories → report``
takes and returns these. Offsets are character offsets into ``Article.text``; a ``Span`` is half-open.
"""

from __future__ import annotations

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
Direction = Literal["a_to_b", "b_to_a", "common_source", "unknown"]
AlignmentKind = Literal["verbatim", "near_verbatim", "paraphrase", "spun"]
ChangeKind = Literal["name", "number", "date", "quote", "negation"]
# Change kinds that alter a fact: a copy with any of them is never a ``duplicate``.
FACT_KINDS: tuple[str, ...] = ("name", "number", "date", "quote", "negation")


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

    def sentence_texts(self) -> list[str]:
        return [s.text_of(self.article.text) for s in self.sentences]


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
    """A fact that drifted between aligned text: a name, number, date, quote or negation."""

    kind: ChangeKind
    a: Span
    b: Span
    note: str


@dataclass(frozen=True, slots=True)
class Substitution:
    """A word-for-word swap inside an aligned sentence pair that keeps the sentence structure (spin evidence)."""

    a: Span
    b: Span


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


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything ``unspun compare`` knows about one pair."""

    a: Segmented
    b: Segmented
    spin_a: float
    spin_b: float
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


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input item a batch could not use, and why; batches count these instead of stopping."""

    id: str
    reason: str
