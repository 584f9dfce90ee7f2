"""Families of copies: which member is the origin, and each member's role relative to a query.

A family is a query and the stored articles it shares text with. Directed verdicts ("B derives from A")
come from the query's own comparisons and from the stored comparisons among the other members. The origin
is the member that others derive from and that derives from none of them (most derivations first, then
the query's own evidence). Roles relative to the query:

- ``source``: the origin, or a member the query derives from that does not itself derive from the origin
  (an ancestor of the query);
- ``copy``: a member derived from the query (or from a stored duplicate of it);
- ``sibling``: a member derived from the same origin as the query, neither a source nor a copy of it
  (pairwise direction between two copies of one origin is weak evidence: the origin's word is taken first).

A pure function over verdicts: ``trace`` and ``stories`` both call it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from unspun.model import DERIVED_RELATIONS, Verdict

Role = Literal["source", "copy", "sibling"]
K = TypeVar("K", bound=Hashable)  # a member's key: a store key, an id


@dataclass(frozen=True, slots=True)
class Member(Generic[K]):
    role: Role | None  # None: shares text with the query, but no evidence says how
    origin: K | None  # the family's origin (for siblings and copies of a common source)


def derivations(pairs: Iterable[tuple[K, K, Verdict]]) -> set[tuple[K, K]]:
    """(source, copy) for every derived verdict that names a direction."""
    found: set[tuple[K, K]] = set()
    for a, b, verdict in pairs:
        if verdict.relation not in DERIVED_RELATIONS:
            continue
        if verdict.direction == "a_to_b":
            found.add((a, b))
        elif verdict.direction == "b_to_a":
            found.add((b, a))
    return found


def family_origin(members: Iterable[K], edges: set[tuple[K, K]]) -> K | None:
    """The member that most others derive from and that derives from no member; None without evidence."""
    inside = set(members)
    sources = Counter(s for s, c in edges if s in inside and c in inside)
    copies = {c for s, c in edges if s in inside and c in inside}
    roots = [m for m in sources if m not in copies]
    if not roots:
        return None
    return min(roots, key=lambda m: (-sources[m], str(m)))


def family_roles(query: K, with_query: Mapping[K, Verdict],
                 among: Iterable[tuple[K, K, Verdict]]) -> dict[K, Member[K]]:
    """Each member's role relative to ``query``.

    ``with_query`` maps each member to its verdict with the query compared as side A (``a_to_b``: the member
    derives from the query); ``among`` holds stored verdicts between members (a, b, verdict).
    """
    # A stored duplicate of the query is the same text: what is stored of it is the query's own (a file traced
    # beside its own stored copy, whose stored links name its copies).
    twins = {m for m, v in with_query.items() if v.relation == "duplicate" and v.direction == "unknown"}
    stored = {(s, c) for s, c in ((query if s in twins else s, query if c in twins else c)
                                  for s, c in derivations(among)) if s != c}
    query_edges = derivations((query, m, v) for m, v in with_query.items()) | \
        {(s, c) for s, c in stored if query in (s, c)}
    edges = query_edges | stored
    origin = family_origin([query, *with_query], edges)
    roles: dict[K, Member[K]] = {}
    for member in with_query:
        roles[member] = Member(_role(query, member, origin, edges, query_edges), origin)
    return roles


def _role(query: K, member: K, origin: K | None, edges: set[tuple[K, K]],
          query_edges: set[tuple[K, K]]) -> Role | None:
    if member == origin:
        return "source"
    if origin is not None and origin != query:
        query_from_origin = (origin, query) in edges
        member_from_origin = (origin, member) in edges
        if query_from_origin and member_from_origin:
            # Both derive from the origin: siblings, whatever their own verdict says (between two copies of
            # one origin, which came first is weak evidence; the origin's own verdicts are stronger).
            return "sibling"
    if (member, query) in query_edges:
        return "source"
    if (query, member) in query_edges:
        return "copy"
    return None


