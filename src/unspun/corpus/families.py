"""Families of copies: which member is the origin, and each member's role relative to a query.

A family is a query and the stored articles it shares text with. Directed verdicts ("B derives from A")
come from the query's own comparisons and from the stored comparisons among the other members. The origin
is the member that others derive from and that derives from none of them (most derivations first, then
the query's own evidence). Roles relative to the query:

- ``source``: the origin, or a member the query derives from that does not itself derive from the origin
  (an ancestor of the query);
- ``copy``: a member derived from the query (or from a stored duplicate of it);
- ``sibling``: a member derived from the same origin as the query, neither a source nor a copy of it
  (pairwise direction between two copies of one origin is weak evidence: the origin's word is taken first;
  but a duplicate or near-duplicate of the query holds the query's own changes, so their verdict's direction
  makes it a source or a copy, and without one it has no role; and a copy of a copy that keeps what its
  parent cut from the origin, or the words its parent put in, is the parent's copy, not its sibling:
  ``carries_changes``, ``wording_lean``).

A duplicate of the query whose verdict names no direction (one text under two ids) is ordered as ``stories``
orders a twin set (``story_clusters.origin_of``): the one published first is the source of the other, an undated
one coming last; on one day, or both undated, neither.

A pure function over verdicts: ``trace`` and ``stories`` both call it.
"""

from __future__ import annotations

import difflib
import itertools
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from typing import Any, Generic, Literal, TypeVar

from unspun.config import STORY_DEFAULT
from unspun.model import DERIVED_RELATIONS, Direction, Relation, Verdict
from unspun.text.diff import word_opcodes
from unspun.text.wordlists import SMALL_NUMBERS

Role = Literal["source", "copy", "sibling"]
K = TypeVar("K", bound=Hashable)  # a member's key: a store key, an id


@dataclass(frozen=True, slots=True)
class Member(Generic[K]):
    role: Role | None  # None: shares text with the query, but no evidence says how
    origin: K | None  # the family's origin (for siblings and copies of a common source)


def derivations(pairs: Iterable[tuple[K, K, Verdict]]) -> set[tuple[K, K]]:
    """(source, copy) for every derived verdict that names a direction, a quotation (``quoters``) excepted."""
    found: set[tuple[K, K]] = set()
    for a, b, verdict in pairs:
        if verdict.relation not in DERIVED_RELATIONS or verdict.quoting_side is not None:
            continue
        if verdict.direction == "a_to_b":
            found.add((a, b))
        elif verdict.direction == "b_to_a":
            found.add((b, a))
    return found


def quoters(pairs: Iterable[tuple[K, K, Verdict]]) -> set[K]:
    """The members a verdict reads quoting another's own sentences inside quotation marks (``Verdict.quoting_side``:
    a fact-check quoting the claims it refutes, a report quoting a statement). A text that quotes another,
    attributed, is linked to it but is neither its copy nor its source, and never a family's origin."""
    return {a if verdict.quoting_side == "a" else b for a, b, verdict in pairs if verdict.quoting_side is not None}


def family_origin(members: Iterable[K], edges: set[tuple[K, K]],
                  order: Callable[[K], Any] = str) -> K | None:
    """The member that most others derive from and that derives from no member; None without evidence. Ties go
    to the least ``order`` (the caller's publication day and id: never a store key, which is the order articles
    were stored in)."""
    inside = set(members)
    sources = Counter(s for s, c in edges if s in inside and c in inside)
    copies = {c for s, c in edges if s in inside and c in inside}
    roots = [m for m in sources if m not in copies]
    if not roots:
        return None
    return min(roots, key=lambda m: (-sources[m], order(m)))


def is_twin(verdict: Verdict) -> bool:
    """Whether a verdict with the query makes the match the query's own text stored under another id: the same text,
    neither side named the first."""
    return verdict.relation == "duplicate" and verdict.direction == "unknown"


def family_roles(query: K, with_query: Mapping[K, Verdict], among: Iterable[tuple[K, K, Verdict]],
                 order: Callable[[K], Any] = str, chosen: Callable[[], K | None] | None = None,
                 day: Callable[[K], str] | None = None, min_share_gain: float = 0.1,
                 whole_min_share: float | None = None, wording: Wording | None = None,
                 altered: Set[K] = frozenset(), stamp: Callable[[K], Hashable] | None = None) -> dict[K, Member[K]]:
    """Each member's role relative to ``query``.

    ``with_query`` maps each member to its verdict with the query compared as side A (``a_to_b``: the member
    derives from the query); ``among`` holds stored verdicts between members (a, b, verdict). The origin is
    ``chosen()`` when given (a story's origin, ``story_clusters.origin_of``), else ``family_origin``'s, ``order``
    breaking its ties. ``day``: each member's publication day as a sortable key, undated ones last ("9999"), which
    orders a duplicate of the query that no verdict orders; ``min_share_gain``: ``carries_changes``' margin;
    ``whole_min_share`` (with ``day``): a member whose verdict with the origin names no direction is derived from
    it when it is a whole copy of it (``is_whole_copy``) published no earlier, as ``stories`` reads it;
    ``wording``: the members' words, which tell a copy of a copy from its sibling where the shares do not
    (``_parent``); ``altered``: the members that the family read as a whole (``stemma``, its origin the one chosen)
    finds each with a reading of its own: two of them derived from the origin that nothing on their pages orders
    (``stamp``: their time stamp and credit lines alike, none or the same) are siblings whatever their own verdict's
    shape says (``_apart``); without ``stamp``, none.
    """
    among = list(among)
    # A stored duplicate of the query is the same text: what is stored of it is the query's own (a file traced
    # beside its own stored copy, whose stored links name its copies).
    twins = {m for m, v in with_query.items() if is_twin(v)}
    stored = {(s, c) for s, c in ((query if s in twins else s, query if c in twins else c)
                                  for s, c in derivations(among)) if s != c}
    query_edges = derivations((query, m, v) for m, v in with_query.items()) | \
        {(s, c) for s, c in stored if query in (s, c)}
    edges = query_edges | stored
    origin = chosen() if chosen is not None else family_origin([query, *with_query], edges, order)
    # A stored duplicate of the query chosen as the origin (the dated one of two copies of one text) is the query
    # for every other member's role.
    acting = query if origin in twins else origin
    if day is not None and whole_min_share is not None and acting is not None and acting != query:
        edges = edges | _whole_copies_of(acting, query, with_query, among, day, whole_min_share)
    stored_verdicts = {frozenset((a, b)): (a, v) for a, b, v in among}
    twinned = acting is not None and acting != query and _has_copy_word_for_word(acting, with_query, among)
    quoting = quoters([*among, *((query, m, v) for m, v in with_query.items())])
    roles: dict[K, Member[K]] = {}
    for member, verdict in with_query.items():
        if verdict.quoting_side is not None or {query, member} & quoting:
            # A quotation links the two texts: neither derives from the other, and a text that quotes another member
            # (a fact-check) is a link of the family, not a copy, wherever a verdict missed its quotation marks.
            roles[member] = Member(None, origin)
            continue
        if member == origin:
            role: Role | None = "source"
        elif member in twins:
            role = _twin_role(query, member, day)
        else:
            role = _role(query, member, acting, edges, query_edges, verdict)
        if role is None and acting is not None and acting not in (query, member) \
                and (_each_changed_its_own(query, member, acting, verdict, with_query, stored_verdicts, edges)
                     or _each_added_its_own(query, member, acting, verdict, with_query, stored_verdicts, edges,
                                            min_share_gain, whole_min_share)):
            role = "sibling"
        if role == "sibling" and origin is not None and origin in with_query:
            parent = _parent(query, member, origin, with_query, stored_verdicts, min_share_gain, wording,
                             shared_credit_says=twinned)
            if parent is not None:
                role = "source" if parent == member else "copy"
        if role != "sibling" and _apart(query, member, acting, edges, altered, stamp):
            role = "sibling"
        roles[member] = Member(role, origin)
    return roles


def generations(sources: Iterable[K], edges: set[tuple[K, K]],
                outranks: Callable[[K, K], bool] | None = None) -> dict[K, int]:
    """How many of the query's other ``sources`` each one derives from through ``edges`` ((source, copy) pairs, as
    ``derivations`` gives them): the query's direct source, a copy of a copy made from the origin, derives from every
    other ancestor listed and has the most (probe50 C: c3 copied c2, which copied c1: c2 has 1, c1 0). A source no
    edge orders (the stored pair names no direction) has none. ``outranks(source, ancestor)``, when given, says
    which ancestors count: a copy the query is no nearer to than to its ancestor is no nearer source (the query
    kept the ancestor's paragraph the copy cut, reviewB's kiln1 and kiln2)."""
    inside = set(sources)
    parents: dict[K, set[K]] = {}
    for s, c in edges:
        parents.setdefault(c, set()).add(s)
    found = {}
    for source in inside:
        seen: set[K] = set()
        todo = list(parents.get(source, ()))
        while todo:
            k = todo.pop()
            if k not in seen and k != source:
                seen.add(k)
                todo.extend(parents.get(k, ()))
        found[source] = sum(1 for k in seen & inside if outranks is None or outranks(source, k))
    return found


def own_readings_lean(query: Set[str], source: Set[str], ancestor: Set[str],
                      figure_max_words: int | None = STORY_DEFAULT.changed_figure_max_words) -> float | None:
    """How far ``query``'s readings (``story_clusters.family_words``: content words, figures) lean to ``source``'s own,
    where ``source`` departs from its ``ancestor``: ``wording_lean`` counting every reading the source put in or took
    out (one changed figure is one of each). Above 0: the query holds more of what the source put in than of what it
    took out, so it was made from the source (a copy of a copy keeps its parent's changes); 0 or below: what it holds
    of either is the ancestor's (a summary of a report beside the report's rewrite). Where the source changed one
    side only, that side reads alone: a copy holding what a source only added (a live story's appended update) leans
    to it (1), one holding what a source only cut leans to the ancestor (-1); a copy holding nothing a source only cut
    has nothing to read (reviewA: a copy of a shortened copy). A figure the source changed reads first
    (``changed_figure_lean``, ``figure_max_words``): the query holding one side of it alone says which text it was
    made from. None where the query holds none of the changes."""
    put_in, taken_out = source - ancestor, ancestor - source
    figure_lean = changed_figure_lean(query, source, ancestor, figure_max_words)
    if figure_lean is not None:
        return figure_lean
    if put_in and taken_out:
        return wording_lean(query, source, ancestor, 1)
    if put_in & query:
        return 1.0
    if taken_out & query:
        return -1.0
    return None


def changed_figure_lean(query: Set[str], source: Set[str], ancestor: Set[str],
                        max_words: int | None = STORY_DEFAULT.changed_figure_max_words) -> float | None:
    """Where ``source`` changed a figure of its ``ancestor``'s (put one in and took one out: "320 jobs" for "260"),
    which of the two the query holds: 1 the source's alone, -1 the ancestor's alone; None where it holds both or
    neither, the source changed no figure, or the other words say otherwise: the query holds more than ``max_words``
    (``StoryConfig.changed_figure_max_words``; None: no figure read) of the other words the source put in, or the
    side the figure points away from has more of its own words in the query than the side it points to and the
    query has no more words of its own (neither side's) than that. A changed figure is what a copy of a copy
    carries and a copy made apart from the ancestor does not, whatever common words two retellings chose alike
    ("shed", "trebled": probe56's Sheffield answers, the light revision holding 3 of the 4 other words the
    fact-changed one put in, but the source's job count, among words of its own); a copy that keeps the source's
    own commentary whole was made from it, though it put the ancestor's figure back (tests/fixtures/trace_edits
    ferry_corrected: 13 of 13); so was a copy of the source word for word but its figure, put right (reviewD:
    tests/fixtures/trace_fact_siblings bridge_fixed, the wire copy's 5 own words, none of its own)."""
    if max_words is None:
        return None
    put_in, taken_out = source - ancestor, ancestor - source
    figures_in, figures_out = _figures(put_in), _figures(taken_out)
    words_in, words_out = (put_in - figures_in) & query, (taken_out - figures_out) & query
    if not figures_in or not figures_out or len(words_in) > max_words:
        return None
    holds_in, holds_out = bool(figures_in & query), bool(figures_out & query)
    if holds_in == holds_out:
        return None
    for_figure, against = (words_in, words_out) if holds_in else (words_out, words_in)
    own = query - source - ancestor
    if len(against) > len(for_figure) and len(own - _figures(own)) <= len(against):
        return None  # the query took the other side's wording whole and chose none of its own: a copy of that side
    return 1.0 if holds_in else -1.0



def _figures(readings: Set[str]) -> frozenset[str]:
    """The readings that are figures: digits, or a number written out ("eight weeks")."""
    return frozenset(w for w in readings if w in SMALL_NUMBERS or any(c.isdigit() for c in w))


def _apart(query: K, member: K, origin: K | None, edges: set[tuple[K, K]], altered: Set[K],
           stamp: Callable[[K], Hashable] | None) -> bool:
    """Whether ``query`` and ``member`` are copies of ``origin`` made apart, by the family's evidence: each derived
    from it, each with a reading of its own that the other lacks (``stemma``: a copy of a copy carries its parent's
    alterations, so the parent would have none of its own), and nothing on their pages to order them (``stamp``
    alike: no time stamp or credit line tells one before the other, so their pair's direction was a clue of their
    shapes, one cut its last paragraph). Never against a date or a credit."""
    if stamp is None or origin is None or origin in (query, member) or not {query, member} <= altered:
        return False
    if (origin, query) not in edges or (origin, member) not in edges:
        return False
    return stamp(query) == stamp(member)


@dataclass(frozen=True, slots=True)
class Wording:
    """What ``family_roles`` reads of the members' words to find a copy of a copy: ``words(key)``, a member's set
    of words (the query's too); ``min_lean`` and ``min_changed``: ``wording_lean``'s bar and the fewest words the
    parent must have put in and taken out (``StoryConfig.chain_min_wording_lean``, ``chain_min_changed_words``);
    ``sequence(key)``, a member's words in order (``own_changes``: without it a verdict naming no direction makes no
    chain)."""

    words: Callable[[Any], frozenset[str]]
    min_lean: float
    min_changed: int
    sequence: Callable[[Any], Sequence[str]] | None = None


def _parent(query: K, member: K, origin: K, with_query: Mapping[K, Verdict],
            stored: Mapping[frozenset[K], tuple[K, Verdict]], min_share_gain: float,
            wording: Wording | None, shared_credit_says: bool = True) -> K | None:
    """Which of ``query`` and ``member`` (both derived from ``origin``) the other was copied from; None for
    siblings. A directed verdict names the parent when the copy ``carries_changes`` of it, or keeps its wording
    (``_keeps_wording_of``); a verdict naming no direction, when one side keeps the parent's ``own_changes`` (no
    one-for-one swaps) and the reverse does not, or leans to its swaps clearly more (``_own_changes_lean``): a
    trimmed repost under a line of its own has no direction by its shape, but it keeps its parent's edits and the
    parent keeps nothing the repost put in; a spinner's swaps from one table are shared by chance (two spins of one
    origin at two strengths, the stronger holding every swap of the weaker, were made apart). A verdict that both
    derive from a third text (``common_source``: two copies crediting one agency) names no direction where that
    text is stored alone (not ``shared_credit_says``): the wording the copies kept from it tells a copy of a copy
    (it keeps its parent's own line; reviewB) from a sibling; where the origin is one of a set of identical copies,
    the pair's verdict stands."""
    direction = with_query[member].direction
    if direction == "common_source" and not shared_credit_says:
        return _chained_either_way(query, member, origin, with_query, stored, min_share_gain) \
            or _keeps_additions_of(query, member, origin, wording, min_share_gain)
    if direction in ("a_to_b", "b_to_a"):
        parent, copy = (query, member) if direction == "a_to_b" else (member, query)
        if _chained(query, member, origin, with_query, stored, min_share_gain) \
                or _keeps_wording_of(copy, parent, origin, wording):
            return parent
        return None
    if direction != "unknown" or with_query[member].relation not in DERIVED_RELATIONS:
        return None
    from_query, from_member = (_own_changes_lean(member, query, origin, wording),
                               _own_changes_lean(query, member, origin, wording))
    if from_query is None or from_member is None:
        return query if from_query is not None else member if from_member is not None else None
    if wording is not None and max(from_query, from_member) >= wording.min_lean \
            and abs(from_query - from_member) >= _SWAPS_MIN_GAP:
        return query if from_query > from_member else member
    return None


def _keeps_wording_of(copy: K, parent: K, origin: K, wording: Wording | None) -> bool:
    if wording is None:
        return False
    lean = wording_lean(wording.words(copy), wording.words(parent), wording.words(origin), wording.min_changed)
    return lean is not None and lean >= wording.min_lean


def _own_changes_lean(copy: K, parent: K, origin: K, wording: Wording | None) -> float | None:
    """Where ``copy`` leans to ``parent``'s ``own_changes`` (``wording_lean`` over those words alone, at least
    ``min_lean``), how far it leans to the rest of the parent's wording, its swaps (0 with too few to read); None
    where it does not. A spinner's swaps alone are no evidence (two spins of one table at two strengths, the stronger
    holding every swap of the weaker, were made apart), but of two copies that keep one edit, the one holding the
    other's swaps and not the reverse is the copy."""
    if wording is None or wording.sequence is None:
        return None
    put_in, taken_out = own_changes(wording.sequence(parent), wording.sequence(origin))
    copy_words = wording.words(copy)
    own = wording_lean(copy_words, put_in, taken_out, wording.min_changed)  # disjoint: put in is absent from origin
    if own is None or own < wording.min_lean:
        return None
    rest = wording_lean(copy_words, wording.words(parent) - put_in, wording.words(origin) - taken_out,
                        wording.min_changed)
    return 0.0 if rest is None else rest


# Of two copies that each keep the other's own changes, one is the other's copy when it leans to the other's swaps
# by at least this much more than the reverse (a copy spun again of a sub-edited page: 1.0 against 0.5).
_SWAPS_MIN_GAP = 0.25


# A spinner's swap replaces at most this many words by as many others (a phrase of its table).
_SWAP_MAX_WORDS = 3
# Two words spelt at least this alike (difflib's ratio) are one word respelt or mangled, not a swap from a table.
_RESPELT_MIN_RATIO = 0.75


def own_changes(parent: Sequence[str], origin: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The words ``parent`` put in and took out against ``origin`` (each absent from the other text) by changes that
    are not a spinner's one-for-one swaps: cuts, added words and lines, unequal or long rewordings, and words respelt
    or mangled (a name misspelt). A swap, as many words replaced by as many others (at most ``_SWAP_MAX_WORDS``),
    none of them a respelling of the word it replaces, is drawn from a table and two spins share it by chance."""
    parent_set, origin_set = set(parent), set(origin)
    put_in: set[str] = set()
    taken_out: set[str] = set()
    for tag, i1, i2, j1, j2 in word_opcodes(origin, parent):
        if tag == "equal":
            continue
        old, new = origin[i1:i2], parent[j1:j2]
        if tag == "replace" and len(old) == len(new) <= _SWAP_MAX_WORDS:
            respelt = [(a, b) for a, b in zip(old, new, strict=True)
                       if difflib.SequenceMatcher(None, a, b).ratio() >= _RESPELT_MIN_RATIO]
            put_in.update(b for _, b in respelt)
            taken_out.update(a for a, _ in respelt)
            continue
        put_in.update(new)
        taken_out.update(old)
    return frozenset(put_in - origin_set), frozenset(taken_out - parent_set)


def wording_lean(copy: Set[str], parent: Set[str], origin: Set[str], min_changed: int) -> float | None:
    """How far ``copy``'s words lean to ``parent``'s own wording rather than ``origin``'s, where the parent departs
    from the origin: the share of the words the parent put in (it has, the origin lacks) that the copy has, less
    the share of the words the parent took out (the origin has, it lacks) that the copy has, over their sum: 1 when
    the copy keeps the parent's swaps and none of what they replaced (a copy of the parent), -1 for the reverse (a
    copy of the origin made apart). A copy cut short holds less of both alike. None when the parent put in or took
    out fewer than ``min_changed`` words, or the copy holds none of either."""
    put_in, taken_out = parent - origin, origin - parent
    if len(put_in) < min_changed or len(taken_out) < min_changed:
        return None
    kept_in, kept_out = len(put_in & copy) / len(put_in), len(taken_out & copy) / len(taken_out)
    if kept_in + kept_out == 0:
        return None
    return (kept_in - kept_out) / (kept_in + kept_out)


# Derived relations from the closest copy to the loosest: two texts that retell one source are related as loosely
# as the looser of the two retellings.
_LOOSENESS: tuple[Relation, ...] = ("duplicate", "near_duplicate", "spun_copy", "rewrite", "partial_reuse")
# Retellings of the whole source, in its words or their own (all but ``partial_reuse``).
_WHOLE_RETELLINGS: frozenset[Relation] = frozenset(_LOOSENESS[:-1])


def through_common_source(with_query: Mapping[K, Verdict], among: Iterable[tuple[K, K, Verdict]],
                          rewrites: bool = False) -> dict[K, Verdict]:
    """The members the query's own comparison calls ``same_story`` that retell the query's source: both derive
    from one text (a directed derived verdict each: the query's with it, the member's stored one), and one of them
    copies it whole (``WHOLE_COPIES``), so what the other took from it is in that copy too; with ``rewrites``, also
    where each retells it whole in its own words (``rewrite``: a summary and a rewrite of one report share few words
    of their own, yet each tells all of it; probe51 F2). Two partial reuses need not share what they took. Each comes
    with a ``common_source`` verdict as loose as the looser retelling, its shares the pair's own. Per pair, a fluent
    rewrite against a sibling that cut a paragraph or mangled names keeps too few of its specifics to be read as
    a rewrite (probe44 s4 against s3: 0.69 of its own, 0.72 asked); the source both retell says what it is."""
    sources = {m: v for m, v in with_query.items() if v.relation in DERIVED_RELATIONS and v.direction == "b_to_a"}
    found: dict[K, Verdict] = {}
    for a, b, stored in among:
        if stored.relation not in DERIVED_RELATIONS or stored.direction not in ("a_to_b", "b_to_a"):
            continue
        source, member = (a, b) if stored.direction == "a_to_b" else (b, a)
        pair, own = with_query.get(member), sources.get(source)
        if pair is None or own is None or pair.relation != "same_story" or member in found:
            continue
        if own.relation in WHOLE_COPIES or stored.relation in WHOLE_COPIES or \
                (rewrites and {own.relation, stored.relation} <= _WHOLE_RETELLINGS):
            looser = max(own.relation, stored.relation, key=_LOOSENESS.index)
            found[member] = Verdict(looser, "common_source", min(own.confidence, stored.confidence),
                                    pair.coverage_a, pair.coverage_b, pair.evidence, pair.fact_changes)
    return found


def _whole_copies_of(origin: K, query: K, with_query: Mapping[K, Verdict], among: Iterable[tuple[K, K, Verdict]],
                     day: Callable[[K], str], min_share: float) -> set[tuple[K, K]]:
    """(origin, member) for each member (the query too) whose derived verdict with the origin names no direction but
    makes it a whole copy of the origin (``is_whole_copy``) published no earlier: the family's evidence chose the
    origin over it, as ``story_clusters.copy_roles`` reads a story. A copy that changed a figure has no direction
    of its own (its changes could be either side's), and its sibling is still its sibling. Not a duplicate of the
    origin: it is the origin's text, so what derives from the origin derives from it too (a source, not a sibling)."""
    first = day(origin)
    found: set[tuple[K, K]] = set()
    to_query = with_query.get(origin)
    if to_query is not None and _undirected(to_query) and is_whole_copy(to_query, True, min_share) \
            and day(query) >= first:
        found.add((origin, query))
    for a, b, verdict in among:
        if origin in (a, b) and a != b and _undirected(verdict):
            member = b if a == origin else a
            if is_whole_copy(verdict, member == a, min_share) and day(member) >= first:
                found.add((origin, member))
    return found


def common_text(pairs: Iterable[tuple[K, K, Verdict]], whole_min_share: float, min_share: float) -> list[K]:
    """The texts of a family that are the common origin of its members by their shape alone, where no verdict names a
    direction: a text that two members each hold whole (at least ``whole_min_share`` of it, by derived verdicts naming
    no direction) while it is at least ``min_share`` of each of them, and neither of the two holds the other whole
    (another verdict between them, both shares under ``whole_min_share``). Each added material of its own, and not
    the same material: sister papers' versions of one story, each with its own local top. Per pair the shape says
    nothing (a copy that cut its source's lede looks the same: ``judge._containment_clue``); in the family the text
    they both hold is what each of them built on, since any other reading has one of them cut the other's top and
    add its own. Listed in no particular order; the caller reads the answer only when it is one text."""
    pairs = list(pairs)
    holders: dict[K, set[K]] = {}
    for a, b, v in pairs:
        if not _undirected(v):
            continue
        for text, holder, held, share in ((a, b, v.coverage_a, v.coverage_b), (b, a, v.coverage_b, v.coverage_a)):
            if held >= whole_min_share and min_share <= share < whole_min_share:
                holders.setdefault(text, set()).add(holder)
    apart = {frozenset((a, b)) for a, b, v in pairs if a != b and max(v.coverage_a, v.coverage_b) < whole_min_share}
    return [text for text, held_by in holders.items()
            if any(frozenset(two) in apart for two in itertools.combinations(held_by, 2))]


@dataclass(frozen=True, slots=True)
class Stemma(Generic[K]):
    """A family read as a whole (``stemma``): its ``origin``; ``altered``, the members with readings of their own."""

    origin: K
    altered: frozenset[K]


def stemma(members: Sequence[K], readings: Callable[[K], Set[str]], min_members: int) -> Stemma[K] | None:
    """The family's origin by the stemmatic rule, where the members agree on one: each copy's own alterations are
    singular (a figure, a name, a word only it has, or a reading every other member has that it lacks), so the
    origin is the one member with no singular reading, every other member having one. None with fewer than
    ``min_members`` members (0: never; two texts give no majority), or where no member, or more than one, is free of
    singular readings: two copies of a text that is not among them, a chain whose middle text has none (its parent's
    reading it changed is singular to the parent), a spun copy that changed no reading of its own."""
    if min_members <= 0 or len(members) < max(min_members, 3):
        return None
    sets = {m: frozenset(readings(m)) for m in members}
    held = Counter(r for found in sets.values() for r in found)
    by_all_others = {r for r, n in held.items() if n == len(members) - 1}

    def singular(m: K) -> int:
        return sum(1 for r in sets[m] if held[r] == 1) + len(by_all_others - sets[m])

    own = {m: singular(m) for m in members}
    clean = [m for m in members if own[m] == 0]
    if len(clean) != 1:
        return None
    return Stemma(clean[0], frozenset(m for m in members if own[m] > 0))


def _each_changed_its_own(query: K, member: K, origin: K, verdict: Verdict, with_query: Mapping[K, Verdict],
                          stored: Mapping[frozenset[K], tuple[K, Verdict]], edges: set[tuple[K, K]]) -> bool:
    """Whether two near-duplicates of one origin, both derived from it, each changed facts of their own: the facts
    they differ in are those the query changed from the origin and those the member changed, added up (one copy's
    date, the other's name; or one changed a figure the other, the origin's text, keeps). A copy made from a copy
    that changed something would carry its parent's change, and differ from it in its own changes only."""
    if verdict.relation not in ONE_DERIVATION or verdict.direction != "unknown" \
            or (origin, query) not in edges or (origin, member) not in edges:
        return False
    to_query, to_member = with_query.get(origin), stored.get(frozenset((origin, member)))
    if to_query is None or to_member is None:
        return False
    own_query, own_member = _changed(to_query), _changed(to_member[1])
    return own_query + own_member > 0 and _changed(verdict) == own_query + own_member


def _each_added_its_own(query: K, member: K, origin: K, verdict: Verdict, with_query: Mapping[K, Verdict],
                        stored: Mapping[frozenset[K], tuple[K, Verdict]], edges: set[tuple[K, K]],
                        min_share_gain: float, whole_min_share: float | None) -> bool:
    """Whether two near-duplicates of one origin, both derived from it, each added material of its own: neither holds
    the other whole (both shares under ``whole_min_share``) and neither keeps more of the other than of the origin
    (``carries_changes``), so what they share is the origin's text: sister papers' versions of one story, each with
    its own local top. A copy made from a copy would keep its parent's own material too."""
    if whole_min_share is None or verdict.relation not in ONE_DERIVATION or verdict.direction != "unknown" \
            or max(verdict.coverage_a, verdict.coverage_b) >= whole_min_share \
            or (origin, query) not in edges or (origin, member) not in edges:
        return False
    to_query, to_member = with_query.get(origin), stored.get(frozenset((origin, member)))
    if to_query is None or to_member is None:
        return False
    first, kept = to_member
    member_keeps_origin = kept.coverage_a if first == origin else kept.coverage_b
    return not carries_changes(verdict.coverage_a, member_keeps_origin, min_share_gain) \
        and not carries_changes(verdict.coverage_b, to_query.coverage_b, min_share_gain)


def _changed(verdict: Verdict) -> int:
    return sum(count for _, count in verdict.fact_changes)


def _undirected(verdict: Verdict) -> bool:
    return verdict.relation in DERIVED_RELATIONS and verdict.relation != "duplicate" and verdict.direction == "unknown"


# Relations that copy a text whole, whatever share of it the alignment found.
WHOLE_COPIES = frozenset({"duplicate", "near_duplicate", "spun_copy"})


def is_whole_copy(verdict: Verdict, copy_is_a: bool, min_share: float) -> bool:
    """Whether the ``copy_is_a`` side of a derived ``verdict`` is wholly the other text: a verdict that copies a
    text, or at least ``min_share`` of that side taken from the other (a summary)."""
    if verdict.relation in WHOLE_COPIES:
        return True
    return (verdict.coverage_a if copy_is_a else verdict.coverage_b) >= min_share


def _twin_role(query: K, twin: K, day: Callable[[K], str] | None) -> Role | None:
    """A duplicate of the query that no verdict orders: the source when published on an earlier day (a dated text
    before an undated one), the copy when published on a later one, else no role."""
    if day is None or day(twin) == day(query):
        return None
    return "source" if day(twin) < day(query) else "copy"


def _chained(query: K, member: K, origin: K, with_query: Mapping[K, Verdict],
             stored: Mapping[frozenset[K], tuple[K, Verdict]], min_share_gain: float) -> bool:
    """Whether the directed verdict between ``query`` and ``member`` (both derived from ``origin``) joins a parent
    to its copy: the copy ``carries_changes`` of the parent against the origin."""
    verdict = with_query[member]
    if verdict.direction == "a_to_b":  # the member derives from the query
        from_origin = stored.get(frozenset((origin, member)))
        if from_origin is None:
            return False
        first, kept = from_origin
        origin_share = kept.coverage_a if first == origin else kept.coverage_b
        return carries_changes(verdict.coverage_a, origin_share, min_share_gain)
    if verdict.direction == "b_to_a":  # the query derives from the member
        return carries_changes(verdict.coverage_b, with_query[origin].coverage_b, min_share_gain)
    return False


def _chained_either_way(query: K, member: K, origin: K, with_query: Mapping[K, Verdict],
                        stored: Mapping[frozenset[K], tuple[K, Verdict]], min_share_gain: float) -> K | None:
    """Of ``query`` and ``member``, whose verdict names a third text their source (``common_source``) and which both
    derive from the stored ``origin``, the one the other was copied from: the other ``carries_changes`` of it
    against the origin (it lacks what that one cut from the origin), read each way; None where neither or both."""
    verdict = with_query[member]
    ways: tuple[tuple[Direction, K], ...] = (("a_to_b", query), ("b_to_a", member))
    parents = [parent for direction, parent in ways
               if _chained(query, member, origin, {**with_query, member: replace(verdict, direction=direction)},
                           stored, min_share_gain)]
    return parents[0] if len(parents) == 1 else None


def _keeps_additions_of(query: K, member: K, origin: K, wording: Wording | None, min_gain: float) -> K | None:
    """Of ``query`` and ``member``, both derived from ``origin``, the one whose additions (words it has and the origin
    lacks: ``Wording.min_changed`` or more) the other keeps (``Wording.min_lean`` or more of them), by ``min_gain``
    more than it keeps of the other's: a copy of a copy keeps its parent's own line, which the origin lacks, and its
    own additions are the parent's and more (reviewB: a paper's line under the wire's text, kept whole by the site
    that copied the paper and added a line: 1.0 against 0.79). None where neither leans so, as for siblings that each
    add their own."""
    if wording is None:
        return None
    member_kept = _additions_kept(query, member, origin, wording) or 0.0
    query_kept = _additions_kept(member, query, origin, wording) or 0.0
    if max(member_kept, query_kept) < wording.min_lean or abs(member_kept - query_kept) < min_gain:
        return None
    return member if member_kept > query_kept else query


def _additions_kept(copy: K, parent: K, origin: K, wording: Wording) -> float | None:
    """The share of the words ``parent`` has and ``origin`` lacks that ``copy`` has; None for fewer than
    ``wording.min_changed`` such words."""
    put_in = wording.words(parent) - wording.words(origin)
    if len(put_in) < wording.min_changed:
        return None
    return len(put_in & wording.words(copy)) / len(put_in)


def carries_changes(parent_share: float, origin_share: float, min_share_gain: float) -> bool:
    """Whether a copy that reuses ``parent_share`` of one copy of an origin and ``origin_share`` of the origin itself
    was made from that copy: it keeps at least ``min_share_gain`` more of the parent than of the origin, so what the
    parent cut from the origin is missing from it too (a spun copy of a trimmed copy). Copies of one origin that both
    keep all of it (a spun copy beside a verbatim one) say nothing of each other: siblings."""
    return parent_share >= origin_share + min_share_gain


# Relations that hold one derivation of a text, not another: a near-duplicate of a spun copy keeps its spinner's
# swaps, so it was made from that copy (or the copy from it), not again from the origin.
ONE_DERIVATION = frozenset({"duplicate", "near_duplicate"})


def _has_copy_word_for_word(origin: K, with_query: Mapping[K, Verdict],
                            among: Iterable[tuple[K, K, Verdict]]) -> bool:
    """Whether the origin is one of a set of identical copies: its verdict with the query or a stored one with
    another member says "duplicate" (an agency's text as two of its subscribers carried it word for word: which
    of them is the origin, the links do not say)."""
    return (origin in with_query and with_query[origin].relation == "duplicate") or any(
        origin in (a, b) and v.relation == "duplicate" for a, b, v in among)


def _role(query: K, member: K, origin: K | None, edges: set[tuple[K, K]],
          query_edges: set[tuple[K, K]], verdict: Verdict) -> Role | None:
    if member == origin:
        return "source"
    if origin is not None and origin != query:
        query_from_origin = (origin, query) in edges
        member_from_origin = (origin, member) in edges
        if query_from_origin and member_from_origin and verdict.relation not in ONE_DERIVATION:
            # Both derive from the origin: siblings, whatever their own verdict says (between two copies of
            # one origin, which came first is weak evidence; the origin's own verdicts are stronger). Not a
            # near-duplicate of the query: it shares the query's own changes, so one was copied from the other
            # (their verdict's direction says which; none: no role).
            return "sibling"
    if verdict.direction == "common_source" and verdict.relation in DERIVED_RELATIONS:
        # The pair's own evidence (a third party both credit, text each lacks: ``judge.decide_direction``) says
        # both derive from a third text: siblings, whether or not that text is stored (two republishes of one wire),
        # unless the stored origin's own links make one the other's parent (``family_roles``, ``_parent``).
        return "sibling"
    if (member, query) in query_edges:
        return "source"
    if (query, member) in query_edges:
        return "copy"
    if origin == query and verdict.direction == "unknown" and verdict.relation in DERIVED_RELATIONS:
        # The query is the origin, chosen over this member by the evidence of the whole family (dates, its
        # copies, the facts they keep): a derivation whose own clues name no direction is its copy (a stored
        # duplicate of the query is ordered by ``_twin_role``).
        return "copy"
    return None


