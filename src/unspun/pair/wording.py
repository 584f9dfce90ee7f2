"""How much of a text's own wording the other text keeps: the share of its word 3-grams outside quotations and
outside a publisher's furniture that the other has (plain containment, the reuse baseline of Clough and Stevenson's
study, without what independent reports of one event share by nature: the speakers' quoted words and the appeal or
contact lines every release of a publisher repeats). A person revising a text heavily keeps its terms and some of
its phrases in sentences the aligner reads as other sentences, so the wording kept shows the reuse its sentence
matches miss."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from unspun.model import Segmented
from unspun.pair.furniture import furniture_flags
from unspun.pair.lifted_runs import unquoted_parts
from unspun.pair.memo import Memo, remembered_large
from unspun.text.tokens import word_grams, words

Gram = tuple[str, ...]
# Each sentence's stretches outside quotation marks, as word lists, for the sentences that are no furniture.
_Parts = tuple[tuple[str, ...], ...]

_MAX_RUNS = 3  # the kept runs an evidence line names


@dataclass(frozen=True, slots=True)
class KeptWording:
    """How much of each side's own wording the other keeps (``kept_wording``)."""

    share_a: float = 0.0  # the share of A's word 3-grams outside quotations and furniture that B has
    share_b: float = 0.0  # ... of B's that A has
    # of the sentences of the side keeping the larger share that have such 3-grams, the share keeping any of the
    # other's: a rewrite keeps terms and phrases throughout, a passage taken into a text of its own keeps them in a
    # few sentences together
    spread: float = 0.0
    runs: tuple[str, ...] = ()  # that side's longest runs of kept words, longest first (for the evidence)

    @property
    def taker(self) -> str:
        """The side that keeps the larger share of the other's wording ("a" or "b")."""
        return "b" if self.share_b >= self.share_a else "a"

    @property
    def share(self) -> float:
        return max(self.share_a, self.share_b)


NO_WORDING = KeptWording()


def kept_wording(a: Segmented, b: Segmented, memo: Memo | None = None) -> KeptWording:
    """How much of A's and of B's own wording the other keeps, with the keeping side's spread and longest runs."""
    parts_a, parts_b = _own_parts(a, memo), _own_parts(b, memo)
    grams_a, grams_b = _grams(parts_a), _grams(parts_b)
    shared = grams_a & grams_b
    share_a = len(shared) / len(grams_a) if grams_a else 0.0
    share_b = len(shared) / len(grams_b) if grams_b else 0.0
    taker = parts_b if share_b >= share_a else parts_a
    return KeptWording(share_a, share_b, _spread(taker, shared), _longest_runs(taker, shared))


def _own_parts(seg: Segmented, memo: Memo | None) -> tuple[_Parts, ...]:
    return remembered_large(memo, ("own wording", seg), lambda: own_parts(seg, memo))


def own_parts(seg: Segmented, memo: Memo | None = None) -> tuple[_Parts, ...]:
    """Each sentence's stretches outside quotation marks as word lists, furniture sentences left out (a 3-gram never
    joins the words before a quotation to those after it, nor two sentences)."""
    flags = furniture_flags(seg, memo)
    text = seg.article.text
    return tuple(tuple(tuple(words(part)) for part in unquoted_parts(text, span))
                 for span, furniture in zip(seg.sentences, flags, strict=True) if not furniture)


def _grams(parts: Sequence[_Parts]) -> frozenset[Gram]:
    return frozenset(gram for sentence in parts for part in sentence for gram in word_grams(part, 3))


def _spread(parts: Sequence[_Parts], shared: frozenset[Gram]) -> float:
    with_grams = [sentence for sentence in parts if any(len(part) >= 3 for part in sentence)]
    keeping = sum(1 for sentence in with_grams
                  if any(gram in shared for part in sentence for gram in word_grams(part, 3)))
    return keeping / len(with_grams) if with_grams else 0.0


def _longest_runs(parts: Sequence[_Parts], shared: frozenset[Gram]) -> tuple[str, ...]:
    runs = [run for sentence in parts for part in sentence for run in _kept_runs(part, shared)]
    return tuple(" ".join(run) for run in sorted(runs, key=len, reverse=True)[:_MAX_RUNS])


def _kept_runs(part: Sequence[str], shared: frozenset[Gram]) -> list[Sequence[str]]:
    """The runs of ``part``'s words covered by consecutive kept 3-grams."""
    runs, start, end = [], -1, -1
    for k in range(len(part) - 2):
        if tuple(part[k:k + 3]) not in shared:
            continue
        if k >= end:  # this gram starts past the run so far
            if start >= 0:
                runs.append(part[start:end])
            start = k
        end = k + 3
    if start >= 0:
        runs.append(part[start:end])
    return runs
