"""Families of copies: the origin, and each member's role (source, copy, sibling) relative to a query."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from unspun.corpus.families import (
    Wording,
    family_origin,
    family_roles,
    generations,
    own_changes,
    through_common_source,
    wording_lean,
)
from unspun.corpus.story_clusters import copy_roles, origin_of
from unspun.ingest.extract import extract
from unspun.model import Article, ArticleMeta, StoredPair, Verdict
from unspun.pair.pipeline import compare_articles
from unspun.run.indexer import _match, _nearer, index_paths, ranked_matches, trace, trace_dict
from unspun.text.tokens import words


def _verdict(direction: str, relation: str = "spun_copy") -> Verdict:
    return Verdict(relation, direction, 0.9, 0.9, 0.9)


def test_a_copy_the_pair_reads_as_a_sibling_is_one_whether_or_not_their_source_is_stored():
    # sib54: two sites carrying one wire word for word, each crediting it (``judge._copies_of_one_credit``): their
    # verdict says common_source; with the wire stored or not, the other is the query's sibling, no source or copy
    sibling = _verdict("common_source", "duplicate")
    assert family_roles("Q", {"R": sibling}, [])["R"].role == "sibling"
    roles = family_roles("Q", {"W": _verdict("b_to_a", "duplicate"), "R": sibling}, [("W", "R", _verdict("a_to_b"))])
    assert (roles["W"].role, roles["R"].role) == ("source", "sibling")


_TRAM_WIRE = ("South Yorkshire's mayor has approved a £38 million plan to extend the Supertram line from Meadowhall to "
              "Rotherham Parkgate. The 4.2-mile extension will add six stops and carry 1.8 million passengers a year. "
              "Construction is due to begin in 2027. Source: PA")
_TRAM_PARENT = _TRAM_WIRE.replace("Source: PA", "Rotherham council leader Chris Read welcomed the decision at Friday "
                                  "morning's cabinet meeting. Source: PA")
_TRAM_CHILD = _TRAM_PARENT.replace("Construction is due to begin in 2027. ", "").replace(
    "Source: PA", "The Record reported the scheme's route in October. Source: PA")


def test_a_copy_of_a_copy_crediting_the_stored_wire_is_its_parents_copy_not_its_sibling():
    """fixB (reviewB 2): the paper P carries the wire W and adds its own line; the site C copies P, keeping that line,
    cutting a sentence and adding one of its own; both credit the agency, so their pair says common_source. With W
    stored, C keeps all P added to W and P little of what C added: P is C's source, C is P's copy."""
    texts = {"W": _TRAM_WIRE, "P": _TRAM_PARENT, "C": _TRAM_CHILD}
    wording = Wording(lambda k: _words(texts[k]), 0.5, 3, lambda k: tuple(words(texts[k])))
    shared = _verdict("common_source", "near_duplicate")
    from_wire = [("W", "P", _verdict("a_to_b", "near_duplicate"))]
    roles = family_roles("C", {"W": _verdict("b_to_a", "near_duplicate"), "P": shared}, from_wire, wording=wording)
    assert (roles["W"].role, roles["P"].role) == ("source", "source")
    roles = family_roles("P", {"W": _verdict("b_to_a", "near_duplicate"), "C": shared},
                         [("W", "C", _verdict("a_to_b", "near_duplicate"))], wording=wording)
    assert roles["C"].role == "copy"
    # where the stored wire is one of a set of identical copies, the pair's verdict stands: siblings
    roles = family_roles("C", {"W": _verdict("b_to_a", "duplicate"), "P": shared}, from_wire, wording=wording)
    assert roles["P"].role == "sibling"


def test_copies_of_one_origin_are_siblings_whatever_their_own_verdict_says():
    # The query Q and members E, S derive from O; Q's own verdicts wrongly call E its source and S its copy.
    with_query = {"O": _verdict("b_to_a"), "E": _verdict("b_to_a"), "S": _verdict("a_to_b")}
    among = [("O", "E", _verdict("a_to_b")), ("O", "S", _verdict("a_to_b")), ("E", "S", _verdict("a_to_b"))]
    roles = family_roles("Q", with_query, among)
    assert {m: (r.role, r.origin) for m, r in roles.items()} == {
        "O": ("source", "O"), "E": ("sibling", "O"), "S": ("sibling", "O")}


def test_the_origin_is_a_root_and_copies_of_the_query_are_copies():
    with_query = {"A": _verdict("a_to_b"), "B": _verdict("a_to_b", "near_duplicate")}
    roles = family_roles("Q", with_query, [("A", "B", _verdict("unknown"))])
    assert family_origin(["Q", "A", "B"], {("Q", "A"), ("Q", "B")}) == "Q"
    assert {m: r.role for m, r in roles.items()} == {"A": "copy", "B": "copy"}
    assert family_roles("Q", {"A": _verdict("unknown")}, [])["A"].role is None


def test_a_stored_duplicate_of_the_query_passes_on_what_is_stored_of_it():
    # The query Q is the stored article T's text (an undated file traced beside its stored copy); T's stored links
    # name R its copy and S a copy too. Q's own verdict with R names no side (no dates to tell them apart).
    with_query = {"T": _verdict("unknown", "duplicate"), "R": _verdict("unknown", "rewrite"),
                  "S": _verdict("unknown", "spun_copy")}
    among = [("T", "R", _verdict("a_to_b", "rewrite")), ("T", "S", _verdict("a_to_b"))]
    roles = family_roles("Q", with_query, among)
    assert {m: r.role for m, r in roles.items()} == {"T": None, "R": "copy", "S": "copy"}


# --- a real family: an origin, two spun copies and an edited copy -------------------------------------

ORIGIN = FIXTURES / "articles" / "museum_theft.txt"


@pytest.fixture(scope="module")
def family_texts(spinner) -> dict[str, str]:
    origin = extract(ORIGIN).text
    paragraphs = origin.split("\n")
    edited = "\n".join(paragraphs[:4] + paragraphs[5:])
    edited = edited.replace("Henning said at a press conference", "Hennig said at a press conference")
    edited = edited.replace("312 gold coins", "321 gold coins")
    return {
        "origin": origin,
        "spun30": spinner.spin(origin, 0.3, seed=3).text,
        "spun60": spinner.spin(origin, 0.6, seed=6).text,
        "edited": edited,
    }


@pytest.fixture(scope="module")
def verdicts(family_texts) -> dict[tuple[str, str], Verdict]:
    """Every ordered pair's verdict (x compared as side A)."""
    articles = {name: Article(name, text) for name, text in family_texts.items()}
    return {(x, y): compare_articles(articles[x], articles[y]).verdict
            for x, y in itertools.permutations(articles, 2)}


@pytest.mark.parametrize("order", list(itertools.permutations(["origin", "spun30", "spun60", "edited"])))
def test_roles_in_every_insertion_order(order, verdicts):
    # The indexer stores each new article's verdict with every earlier one, the earlier one as side A.
    stored = [(x, y, verdicts[(x, y)]) for k, y in enumerate(order) for x in order[:k]]
    for query in order:
        others = [m for m in order if m != query]
        among = [(x, y, v) for x, y, v in stored if query not in (x, y)]
        roles = family_roles(query, {m: verdicts[(query, m)] for m in others}, among)
        if query == "origin":
            assert {m: r.role for m, r in roles.items()} == dict.fromkeys(others, "copy"), order
        else:
            expected = {m: ("source" if m == "origin" else "sibling") for m in others}
            assert {m: r.role for m, r in roles.items()} == expected, (query, order)
            assert all(r.origin == "origin" for r in roles.values())


def test_trace_labels_roles_and_puts_the_origin_first(family_texts, tmp_path: Path):
    paths = {}
    for name, text in family_texts.items():
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    db = tmp_path / "family.db"
    index_paths([str(paths[n]) for n in ("edited", "spun60", "origin")], db)
    result = trace_dict(trace(str(paths["spun30"]), db))
    assert result["schema"] == "unspun.trace/5"
    roles = {Path(m["id"]).stem: m["role"] for m in result["matches"]}
    assert roles == {"origin": "source", "edited": "sibling", "spun60": "sibling"}
    assert Path(result["matches"][0]["id"]).stem == "origin"
    assert all(Path(m["origin"]).stem == "origin" for m in result["matches"])


@pytest.mark.parametrize("order", list(itertools.permutations(["origin", "spun30", "spun60", "edited"])))
def test_trace_ranks_the_origin_before_its_altered_copies_in_every_insertion_order(order, verdicts):
    stored = [(x, y, verdicts[(x, y)]) for k, y in enumerate(order) for x in order[:k]]
    for query in order:
        others = [m for m in order if m != query]
        with_query = {m: verdicts[(query, m)] for m in others}
        roles = family_roles(query, with_query, [(x, y, v) for x, y, v in stored if query not in (x, y)])
        matches = [_match(Article(m, ""), with_query[m], roles[m].role, roles[m].origin) for m in others]
        ranked = [m.id for m in ranked_matches(matches)]
        if query != "origin":
            assert ranked[0] == "origin", (query, order, ranked)


@pytest.mark.parametrize("order", list(itertools.permutations(["origin", "spun30", "spun60", "edited"])))
def test_stories_name_the_origin_and_its_copies_in_every_insertion_order(order, verdicts):
    # Keys follow insertion order, as in a store; each new article's verdicts have the earlier one as side A.
    key = {name: k + 1 for k, name in enumerate(order)}
    pairs = [StoredPair(key[x], key[y], verdicts[(x, y)]) for k, y in enumerate(order) for x in order[:k]]
    metas = {key[n]: ArticleMeta(key[n], n, None, None, None, (), 100) for n in order}
    origin = origin_of(list(key.values()), pairs, metas)
    assert origin == key["origin"], order
    roles = copy_roles(origin, list(key.values()), pairs, metas)
    assert {n: roles.get(key[n]) for n in order} == {n: "source" if n == "origin" else "copy" for n in order}


def test_trace_ranks_a_match_that_may_be_the_source_before_a_sibling_of_equal_score() -> None:
    """A summary of one outlet's report matches that report (direction unknown) and another outlet's report of
    the same hearing (a common source, by its verdict) with the same score: the possible source comes first,
    whatever the names' order."""
    summary_of = Verdict("rewrite", "unknown", 0.968, 0.33, 1.0)
    sibling = Verdict("rewrite", "common_source", 0.968, 0.48, 1.0)
    for source, other in (("trial-opens-coastline", "trial-opens-chronicle"), ("a-report", "b-report")):
        matches = [_match(Article(other, ""), sibling), _match(Article(source, ""), summary_of)]
        assert [m.id for m in ranked_matches(matches)] == [source, other]


def test_a_copy_of_the_querys_spun_text_is_its_copy_not_a_sibling():
    # probe37 (tests/fixtures/family): a scraper's copy C of the spun copy Q keeps the spinner's words: C is a
    # near-duplicate of Q and, like Q, a spun copy of the origin O. Both derive from O, but C was made from Q.
    with_query = {"O": _verdict("b_to_a"), "C": _verdict("a_to_b", "near_duplicate"), "S": _verdict("unknown")}
    among = [("O", "C", _verdict("a_to_b")), ("O", "S", _verdict("a_to_b")), ("S", "C", _verdict("a_to_b"))]
    roles = family_roles("Q", with_query, among)
    assert {m: r.role for m, r in roles.items()} == {"O": "source", "C": "copy", "S": "sibling"}
    # Traced from the scraper's copy, the spun copy is its source; with no direction between them, no role.
    with_copy = {"O": _verdict("b_to_a"), "Q": _verdict("b_to_a", "near_duplicate")}
    assert family_roles("C", with_copy, [("O", "Q", _verdict("a_to_b"))])["Q"].role == "source"
    undirected = {"O": _verdict("b_to_a"), "Q": _verdict("unknown", "near_duplicate")}
    assert family_roles("C", undirected, [("O", "Q", _verdict("a_to_b"))])["Q"].role is None


def test_tied_origins_are_told_apart_by_the_callers_order_not_by_key():
    # Two stored texts each the source of one copy of the query: store keys 2 and 10 (the order they were stored in)
    # must not decide; the caller's order (publication day, then id) does.
    edges = {(10, 1), (2, 3), (10, -1), (2, -1)}
    names = {10: "a-wire", 2: "b-paper"}
    assert family_origin([-1, 1, 2, 3, 10], edges, lambda k: names.get(k, "")) == 10
    dated = {10: "2026-03-07 a-wire", 2: "2026-03-06 b-paper"}
    assert family_origin([-1, 1, 2, 3, 10], edges, lambda k: dated.get(k, "")) == 2


def _covering(direction: str, query_share: float, member_share: float, relation: str = "spun_copy") -> Verdict:
    """A verdict with the query (side A) reusing ``member_share`` of the member and the member ``query_share`` of it."""
    return Verdict(relation, direction, 0.99, query_share, member_share)


def test_an_undated_duplicate_of_a_dated_copy_is_its_copy_and_the_dated_one_its_source():
    # A newsflash site's spun copy Q of a wire story O (dated the day after it) and a trend site's undated verbatim
    # copy D of Q: their duplicate verdict names no direction, and stories put the dated one first (origin_of).
    days = {"O": "2026-03-10", "Q": "2026-03-11", "D": "9999"}
    with_query = {"O": _verdict("b_to_a"), "D": _verdict("unknown", "duplicate")}
    among = [("O", "D", _verdict("a_to_b"))]
    roles = family_roles("Q", with_query, among, day=days.__getitem__)
    assert {m: r.role for m, r in roles.items()} == {"O": "source", "D": "copy"}
    traced_from_copy = family_roles("D", {"O": _verdict("b_to_a"), "Q": _verdict("unknown", "duplicate")},
                                    [("O", "Q", _verdict("a_to_b"))], day=days.__getitem__)
    assert {m: r.role for m, r in traced_from_copy.items()} == {"O": "source", "Q": "source"}
    # Published on one day, or both undated: no evidence, no role.
    same_day = {"O": "2026-03-10", "Q": "2026-03-11", "D": "2026-03-11"}
    assert family_roles("Q", with_query, among, day=same_day.__getitem__)["D"].role is None
    assert family_roles("Q", with_query, among)["D"].role is None


def test_a_spun_copy_of_a_trimmed_copy_is_the_trimmed_copys_copy_not_its_sibling():
    # probe39's chain: a press release O, a site's copy T that cut its last paragraph (keeps 0.84 of O), and a spun
    # copy S made from T: S keeps all of T but only T's 0.84 of O.
    o_t = _covering("a_to_b", 0.84, 1.0, "near_duplicate")
    o_s = _covering("a_to_b", 0.84, 1.0)
    from_spun = family_roles("S", {"O": _covering("b_to_a", 1.0, 0.84), "T": _covering("b_to_a", 1.0, 1.0)},
                             [("O", "T", o_t)])
    assert {m: r.role for m, r in from_spun.items()} == {"O": "source", "T": "source"}
    from_trimmed = family_roles("T", {"O": _covering("b_to_a", 1.0, 0.84, "near_duplicate"),
                                      "S": _covering("a_to_b", 1.0, 1.0)}, [("O", "S", o_s)])
    assert {m: r.role for m, r in from_trimmed.items()} == {"O": "source", "S": "copy"}


def test_copies_that_keep_all_of_the_origin_stay_siblings_whatever_their_verdict_orders():
    # A verbatim copy V of the wire O and a spun copy Q of O: Q keeps all of V and all of O, so nothing says Q was
    # made from V (the dated V came first, and their verdict says so).
    with_query = {"O": _covering("b_to_a", 1.0, 1.0), "V": _covering("b_to_a", 1.0, 1.0)}
    among = [("O", "V", _covering("a_to_b", 1.0, 1.0, "duplicate"))]
    assert family_roles("Q", with_query, among)["V"].role == "sibling"
    # Nor is a shared cut within the margin evidence: 0.05 more of V than of O.
    with_query = {"O": _covering("b_to_a", 1.0, 0.90), "V": _covering("b_to_a", 1.0, 0.95)}
    assert family_roles("Q", with_query, among, min_share_gain=0.1)["V"].role == "sibling"


def test_a_copy_that_changed_a_figure_still_has_its_siblings():
    # /tmp/probe40 sci_churn: a release reposted with one figure changed is a near-duplicate of it whose verdict names
    # no direction (the change could be either side's); a news story written from the release is the churned copy's
    # sibling, as `stories` reads the family (a whole copy published no earlier than the chosen origin).
    days = {"R": "2026-03-02", "Q": "2026-03-03", "N": "2026-03-02"}
    with_query = {"R": Verdict("near_duplicate", "unknown", 0.9, 0.98, 0.98),
                  "N": Verdict("rewrite", "unknown", 0.7, 0.6, 0.5)}
    among = [("R", "N", Verdict("rewrite", "a_to_b", 0.8, 0.6, 0.7))]

    def roles(query_day: str, whole: float | None = 0.95) -> dict[str, str | None]:
        found = family_roles("Q", with_query, among, chosen=lambda: "R", day=(days | {"Q": query_day}).__getitem__,
                             whole_min_share=whole)
        return {m: r.role for m, r in found.items()}

    assert roles("2026-03-03") == {"R": "source", "N": "sibling"}
    assert roles("2026-03-02") == {"R": "source", "N": "sibling"}  # the same day: the origin was chosen over it
    assert roles("2026-03-01") == {"R": "source", "N": None}  # published before its origin: no copy of it
    assert roles("2026-03-03", None) == {"R": "source", "N": None}  # the caller reads no whole copies
    # A partial reuse of the origin is no whole copy: its direction must be named.
    with_query["R"] = Verdict("partial_reuse", "unknown", 0.8, 0.4, 0.3)
    assert roles("2026-03-03") == {"R": "source", "N": None}


def test_a_duplicate_of_the_origin_stays_a_source_of_its_copies():
    # The origin's text stored again under another id is not a copy of the origin beside the query: the query, made
    # from that text, derives from both (tests/test_family_order.py indexes such a family in every order).
    with_query = {"R": _verdict("b_to_a"), "D": _verdict("b_to_a")}
    among = [("R", "D", Verdict("duplicate", "unknown", 0.99, 1.0, 1.0))]
    roles = family_roles("Q", with_query, among, chosen=lambda: "R", day=lambda _: "9999", whole_min_share=0.95)
    assert {m: r.role for m, r in roles.items()} == {"R": "source", "D": "source"}


def _shares(a: float, b: float, relation: str = "near_duplicate", direction: str = "unknown") -> Verdict:
    return Verdict(relation, direction, 0.9, a, b)  # type: ignore[arg-type]


def test_the_text_two_members_hold_whole_around_tops_of_their_own_is_their_common_text() -> None:
    from unspun.corpus.families import common_text

    # W lies whole inside P and Q (1.0 of it), each 0.87 W; P and Q hold each other's W part only (0.87 / 0.86).
    syndicated = [("W", "P", _shares(1.0, 0.87)), ("W", "Q", _shares(1.0, 0.86)), ("P", "Q", _shares(0.87, 0.86))]
    assert common_text(syndicated, 0.95, 0.5) == ["W"]
    # a chain of tops (Q is P with another top: P whole inside Q): P's top and Q's are not each their own
    chained = [("W", "P", _shares(1.0, 0.87)), ("W", "Q", _shares(1.0, 0.76)), ("P", "Q", _shares(1.0, 0.87))]
    assert common_text(chained, 0.95, 0.5) == []
    # a teaser held whole in an article's two versions is a small part of each: they need not have added the rest
    teaser = [("T", "P", _shares(1.0, 0.2, "partial_reuse")), ("T", "Q", _shares(1.0, 0.2, "partial_reuse")),
              ("P", "Q", _shares(0.9, 0.9))]
    assert common_text(teaser, 0.95, 0.5) == []
    # a verdict naming a direction is the judge's word, read as such (``derivations``), not as shape
    directed = [("W", "P", _shares(1.0, 0.87, direction="b_to_a")), *syndicated[1:]]
    assert common_text(directed, 0.95, 0.5) == []


def test_copies_that_each_added_their_own_top_are_siblings_but_a_copy_of_one_is_its_copy() -> None:
    # Q (the query) and P each hold the origin W whole under a top of their own; C is P copied with its top.
    with_query = {"W": _shares(0.87, 1.0), "P": _shares(0.87, 0.86), "C": _shares(0.87, 0.86)}
    among = [("W", "P", _shares(1.0, 0.86)), ("W", "C", _shares(1.0, 0.86)), ("P", "C", _shares(1.0, 1.0, "duplicate"))]
    roles = family_roles("Q", with_query, among, chosen=lambda: "W", day=lambda _: "9999", whole_min_share=0.95)
    assert {m: r.role for m, r in roles.items()} == {"W": "source", "P": "sibling", "C": "sibling"}
    # R holds Q whole, its top too (0.97 of Q, where W holds 0.87 of it): one was made from the other, no siblings
    with_query["R"] = _shares(0.97, 0.9)
    among.append(("W", "R", _shares(1.0, 0.84)))
    roles = family_roles("Q", with_query, among, chosen=lambda: "W", day=lambda _: "9999", whole_min_share=0.95)
    assert roles["R"].role is None and roles["P"].role == "sibling"


# A bus company's story, a farm's spin of it, and two later copies: one spun again from the farm page, one spun apart
# from the original with another table (tests/fixtures/copy_chains indexes whole families of this kind).
_BUSES = ("The operator will withdraw six rural routes from January after losing its council subsidy, leaving eleven "
          "villages without a weekday service. Passengers said the cuts would leave older people stranded.")
_FARM = ("The administrator will withdraw six country courses from January after losing its board subsidy, leaving "
         "eleven hamlets without a weekday service. Commuters said the cuts would leave older folks stranded.")
_FARM_AGAIN = ("The administrator will pull six country courses from January after losing its board subsidy, leaving "
               "eleven hamlets with no weekday service. Commuters said the cuts would leave older folks marooned.")
_APART = ("The firm will scrap six rural routes from January after losing its council grant, leaving eleven villages "
          "without a weekday timetable. Travellers said the cuts would leave older people stuck.")


def _words(text: str) -> frozenset[str]:
    return frozenset(words(text))


def test_a_copy_of_a_spun_copy_leans_to_its_swaps_and_a_copy_made_apart_to_the_original():
    origin, farm = _words(_BUSES), _words(_FARM)
    assert wording_lean(_words(_FARM_AGAIN), farm, origin, 3) == 1.0  # every swap kept, nothing it replaced back
    assert wording_lean(_words(_APART), farm, origin, 3) == -1.0  # the original's words where the farm swapped
    assert wording_lean(farm, _words(_FARM_AGAIN), origin, 3) < 0.5  # the parent lacks what its copy put in
    # One respelt name is no wording of the parent's own: nothing to read.
    respelt = _words(_BUSES.replace("Passengers", "Pasengers"))
    assert wording_lean(_words(_FARM_AGAIN), respelt, origin, 3) is None


def test_a_copy_of_a_copy_holding_the_origin_alike_is_told_by_the_wording_it_keeps():
    # probe44's chain: the farm page F holds the whole original O; C is F spun again and cut, so it holds as much of
    # O as of F (0.96 each): the shares say siblings, the swaps it kept say F's copy.
    texts = {"O": _BUSES, "F": _FARM, "C": _FARM_AGAIN, "A": _APART}
    wording = Wording(lambda k: _words(texts[k]), 0.5, 3)
    among = [("O", "F", _covering("a_to_b", 1.0, 1.0, "spun_copy")),
             ("O", "C", _covering("a_to_b", 0.76, 0.96, "spun_copy")),
             ("O", "A", _covering("a_to_b", 1.0, 1.0, "spun_copy")),
             ("F", "A", _covering("unknown", 1.0, 1.0, "spun_copy"))]
    from_farm = {"O": _covering("b_to_a", 1.0, 1.0, "spun_copy"), "C": _covering("a_to_b", 0.76, 0.96, "spun_copy"),
                 "A": _covering("unknown", 1.0, 1.0, "spun_copy")}
    roles = family_roles("F", from_farm, among, chosen=lambda: "O", wording=wording)
    assert {m: r.role for m, r in roles.items()} == {"O": "source", "C": "copy", "A": "sibling"}
    assert family_roles("F", from_farm, among, chosen=lambda: "O")["C"].role == "sibling"  # shares alone
    # Traced from the copy of the copy, with no direction between the two: still the parent, by the edits of its
    # own that the copy keeps (swaps alone are shared by chance: test_spins_of_one_table_at_two_strengths_...).
    texts = {"O": _BUSES, "F": _FARM_EDITED, "C": _FARM_EDITED_AGAIN, "A": _APART}
    wording = Wording(lambda k: _words(texts[k]), 0.5, 3, lambda k: tuple(words(texts[k])))
    from_copy = {"O": _covering("b_to_a", 0.96, 0.76, "spun_copy"), "F": _covering("unknown", 0.96, 0.76),
                 "A": _covering("unknown", 0.9, 0.7, "spun_copy")}
    among = [("O", "F", _covering("a_to_b", 1.0, 1.0)), ("O", "A", _covering("a_to_b", 1.0, 1.0)),
             ("F", "A", _covering("unknown", 1.0, 1.0))]
    roles = family_roles("C", from_copy, among, chosen=lambda: "O", wording=wording)
    assert {m: r.role for m, r in roles.items()} == {"O": "source", "F": "source", "A": "sibling"}


# The farm page with edits of its own besides its swaps (a clause recast, "said" made "warned that"), and its copy
# spun again that keeps them.
_FARM_EDITED = ("The administrator will withdraw six country courses from January once its board subsidy was lost, "
                "leaving eleven hamlets without a weekday service. Commuters warned that the cuts would leave older "
                "folks stranded.")
_FARM_EDITED_AGAIN = ("The administrator will pull six country courses from January once its board subsidy was lost, "
                      "leaving eleven hamlets without a weekday timetable. Commuters warned that the cuts would leave "
                      "older folks marooned.")
# One spinner's table run over the bus story at two strengths: the weak spin swaps five of its entries, the strong one
# all ten, so the strong spin holds every swap of the weak one, though both were made from the original.
_WEAK = ("The administrator will withdraw six country courses from January after losing its board subsidy, leaving "
         "eleven villages without a weekday service. Passengers said the cuts would leave older people stranded.")
_STRONG = ("The administrator will pull six country courses from January after losing its board grant, leaving "
           "eleven hamlets without a weekday timetable. Commuters said the cuts would leave older folks marooned.")


def test_spins_of_one_table_at_two_strengths_are_siblings_though_one_holds_every_swap_of_the_other():
    texts = {"O": _BUSES, "W": _WEAK, "S": _STRONG}
    assert wording_lean(_words(_STRONG), _words(_WEAK), _words(_BUSES), 3) == 1.0  # the swaps alone read a chain
    wording = Wording(lambda k: _words(texts[k]), 0.5, 3, lambda k: tuple(words(texts[k])))
    among = [("O", "W", _covering("a_to_b", 1.0, 1.0)), ("O", "S", _covering("a_to_b", 1.0, 1.0))]
    from_weak = {"O": _covering("b_to_a", 1.0, 1.0), "S": _covering("unknown", 1.0, 1.0)}
    from_strong = {"O": _covering("b_to_a", 1.0, 1.0), "W": _covering("unknown", 1.0, 1.0)}
    assert {m: r.role for m, r in family_roles("W", from_weak, among, chosen=lambda: "O",
                                               wording=wording).items()} == {"O": "source", "S": "sibling"}
    assert {m: r.role for m, r in family_roles("S", from_strong, among, chosen=lambda: "O",
                                               wording=wording).items()} == {"O": "source", "W": "sibling"}


def test_a_parents_own_changes_are_its_edits_and_respellings_not_its_one_for_one_swaps():
    put_in, taken_out = own_changes(words(_FARM_EDITED), words(_BUSES))
    # "Passengers said" recast as "Commuters warned that": a clause, its swapped word with it
    assert put_in == {"once", "was", "lost", "commuters", "warned", "that"}
    assert taken_out == {"after", "losing", "passengers", "said"}
    assert own_changes(words(_STRONG), words(_BUSES)) == (frozenset(), frozenset())
    put_in, taken_out = own_changes(words(_BUSES.replace("Passengers", "Pasengers")), words(_BUSES))
    assert put_in == {"pasengers"} and taken_out == {"passengers"}  # a respelt word is the parent's own


def test_a_fluent_rewrite_of_the_querys_source_is_its_sibling_though_their_own_comparison_says_same_story():
    # probe44's star: O the smokehouse fire, Q a sub-edit that cut the councillor's paragraph, W a fluent rewrite of O
    # (stored: O → W rewrite). Q against W keeps too few of W's specifics for a rewrite (0.69, the councillor's name
    # and words among the missing): same_story. The source both retell says what W is to Q.
    with_query = {"O": _covering("b_to_a", 1.0, 0.9, "near_duplicate"),
                  "W": Verdict("same_story", "unknown", 0.99, 0.0, 0.0),
                  "E": Verdict("same_story", "unknown", 0.99, 0.0, 0.0)}  # an independent report of the fire
    among = [("O", "W", Verdict("rewrite", "a_to_b", 0.96, 0.59, 0.84)),
             ("O", "E", Verdict("same_story", "unknown", 0.99, 0.0, 0.0))]
    found = through_common_source(with_query, among)
    assert list(found) == ["W"]
    assert (found["W"].relation, found["W"].direction) == ("rewrite", "common_source")
    roles = family_roles("Q", {"O": with_query["O"], "W": found["W"]}, among, chosen=lambda: "O")
    assert {m: r.role for m, r in roles.items()} == {"O": "source", "W": "sibling"}
    # From the rewrite's side the same: its source's whole copy Q retells it too, as loosely.
    from_rewrite = {"O": Verdict("rewrite", "b_to_a", 0.96, 0.84, 0.59),
                    "Q": Verdict("same_story", "unknown", 0.99, 0.0, 0.0)}
    found = through_common_source(from_rewrite, [("O", "Q", _covering("a_to_b", 0.9, 1.0, "near_duplicate"))])
    assert (found["Q"].relation, found["Q"].direction) == ("rewrite", "common_source")


def test_two_loose_retellings_of_one_source_are_no_siblings_by_it():
    # A rewrite and a roundup's paragraph of one story need not share what they took: neither copies it whole.
    with_query = {"O": Verdict("rewrite", "b_to_a", 0.96, 0.84, 0.59),
                  "R": Verdict("same_story", "unknown", 0.99, 0.0, 0.0)}
    assert through_common_source(with_query, [("O", "R", Verdict("partial_reuse", "a_to_b", 0.9, 0.2, 0.3))]) == {}
    # Nor is a text the query's source copied from the query's sibling: the member must derive from the source.
    with_query["O"] = _covering("b_to_a", 1.0, 1.0)
    assert through_common_source(with_query, [("R", "O", Verdict("rewrite", "a_to_b", 0.9, 0.8, 0.6))]) == {}


def test_a_summary_and_a_rewrite_of_the_querys_source_are_siblings_by_it():
    # probe51 F2: Q an 85-word summary of O, W a human rewrite of O; Q and W share few words of their own (same_story),
    # but each retells all of O. Stores made before (``stories.siblings_by_rewrites`` off) asked for a whole copy.
    with_query = {"O": Verdict("rewrite", "b_to_a", 0.95, 0.9, 0.3),
                  "W": Verdict("same_story", "unknown", 0.99, 0.0, 0.0)}
    among = [("O", "W", Verdict("rewrite", "a_to_b", 0.96, 0.8, 0.85))]
    found = through_common_source(with_query, among, rewrites=True)
    assert (found["W"].relation, found["W"].direction) == ("rewrite", "common_source")
    roles = family_roles("Q", {"O": with_query["O"], "W": found["W"]}, among, chosen=lambda: "O")
    assert {m: (r.role, r.origin) for m, r in roles.items()} == {"O": ("source", "O"), "W": ("sibling", "O")}
    assert through_common_source(with_query, among) == {}
    # A partial reuse of the source is still no sibling by it.
    assert through_common_source(with_query, [("O", "W", Verdict("partial_reuse", "a_to_b", 0.9, 0.2, 0.3))],
                                 rewrites=True) == {}


def test_a_copy_of_a_copy_lists_the_outlet_it_copied_before_the_origin() -> None:
    """probe50 C: c3 copied c2, which copied c1. Tracing c3, both are its sources (each verdict says so) and c1 the
    origin; a rights team asks who the copy came from: c2 first, whatever their scores or names; with no stored
    verdict ordering the two, the origin first as before."""
    edges = {("c1", "c2"), ("c1", "c3"), ("c2", "c3")}
    assert generations(["c1", "c2"], edges) == {"c1": 0, "c2": 1}
    assert generations(["b1", "b2", "b3"], {("b1", "b2"), ("b2", "b3")}) == {"b1": 0, "b2": 1, "b3": 2}
    origin = _match(Article("c1", ""), Verdict("near_duplicate", "b_to_a", 0.99, 1.0, 0.66), "source", "c1")
    parent = _match(Article("c2", ""), Verdict("near_duplicate", "b_to_a", 0.95, 1.0, 0.87), "source", "c1")
    copy = _match(Article("c4", ""), Verdict("near_duplicate", "a_to_b", 0.99, 0.9, 1.0), "copy", "c1")
    assert [m.id for m in ranked_matches([origin, copy, parent], [0, 0, 1])] == ["c2", "c1", "c4"]
    assert [m.id for m in ranked_matches([origin, copy, parent])] == ["c1", "c2", "c4"]


def test_a_dated_chain_traces_each_copy_to_the_text_it_copied_first(tmp_path: Path) -> None:
    """tests/fixtures/trace_chains (fit: kiln): kiln2 republished kiln1, kiln3 copied kiln2 (its top, its cut, its
    paragraph). Tracing kiln3 lists kiln2 first, kiln1 after it, both its sources, kiln1 the origin."""
    chain = FIXTURES / "trace_chains"
    db = tmp_path / "chain.db"
    index_paths([str(chain / f"{name}.json") for name in ("kiln3", "kiln1", "kiln2")], db, workers=1)
    found = [(Path(m.id).stem, m.role, m.origin and Path(m.origin).stem)
             for m in trace(str(chain / "kiln3.json"), db).matches if Path(m.id).stem != "kiln3"]
    assert found == [("kiln2", "source", "kiln1"), ("kiln1", "source", "kiln1")]
    # kiln3's text traced from an undated file beside its stored copy: that copy (a duplicate naming no direction) is
    # the query's own text, no nearer source than the one it copied
    undated = tmp_path / "kiln3_undated.txt"
    undated.write_text(json.loads((chain / "kiln3.json").read_text(encoding="utf-8"))["text"], encoding="utf-8")
    assert [Path(m.id).stem for m in trace(str(undated), db).matches][:2] == ["kiln2", "kiln1"]


def test_a_copy_the_query_is_no_nearer_to_than_its_ancestor_is_no_nearer_source() -> None:
    """reviewB: a query that copied kiln1 (keeping the paragraph kiln2 cut) is closer to kiln1 by score and by reused
    share; kiln2 derives from kiln1 but is the query's sibling by text, not the source it copied."""
    edges = {("c1", "c2")}
    closer = {"c1": (0.99, 1.0), "c2": (0.88, 0.89)}
    assert generations(["c1", "c2"], edges, lambda s, a: closer[s] >= closer[a]) == {"c1": 0, "c2": 0}
    assert generations(["c1", "c2"], edges, lambda s, a: True) == {"c1": 0, "c2": 1}
    near = Verdict("near_duplicate", "b_to_a", 0.99, 1.0, 0.9)
    assert _nearer(Verdict("near_duplicate", "b_to_a", 0.97, 0.92, 0.8), near) is False
    # nearer by either measure keeps the chain's order (probe50 C: the direct source may reuse less of the origin)
    assert _nearer(Verdict("near_duplicate", "b_to_a", 0.97, 1.0, 0.8), near)
    # a tie on both is no evidence (tie53); the readings, where there are any, decide whatever the scores
    assert _nearer(near, near) is False
    assert _nearer(near, near, 0.4) and _nearer(Verdict("near_duplicate", "b_to_a", 0.99, 1.0, 0.9), near, 0.0) is False



def test_between_word_for_word_copies_a_source_closer_by_every_measure_is_nearer_whatever_the_readings() -> None:
    """reviewA 3: a copy that kept a copy's commentary paragraph whole but put its changed figure back holds the copy
    entire (1.0 both ways) and not all of the origin (0.904): one figure read back leans the readings to the origin
    (-0.04), the shares do not. Not for retellings (trace_ties: a summary scores 0.968 against the report's rewrite,
    0.44 against the report it was written from), and a tie on every measure is no evidence."""
    copy = Verdict("near_duplicate", "b_to_a", 0.99, 1.0, 1.0)
    origin = Verdict("near_duplicate", "b_to_a", 0.99, 0.904, 1.0)
    assert _nearer(copy, origin, -0.04) and _nearer(copy, origin)
    rewrite, report = Verdict("rewrite", "b_to_a", 0.968, 1.0, 1.0), Verdict("partial_reuse", "b_to_a", 0.442, 1.0, 0.9)
    assert _nearer(rewrite, report, -1.0) is False
    assert _nearer(copy, copy, -0.04) is False and _nearer(copy, copy) is False

def test_of_matches_tied_on_evidence_the_earliest_published_comes_first_whatever_its_id() -> None:
    text = Verdict("near_duplicate", "b_to_a", 0.99, 1.0, 1.0)
    mirror = _match(Article("a-mirror", "", published="2026-10-20T11:45:00+01:00"), text, "source", "k1")
    first = _match(Article("z-outlet", "", published="2026-10-20T10:30:00Z"), text, "source", "k1")
    assert [m.id for m in ranked_matches([mirror, first])] == ["z-outlet", "a-mirror"]
    undated = _match(Article("0-undated", ""), text, "source", "k1")
    assert [m.id for m in ranked_matches([undated, mirror])] == ["a-mirror", "0-undated"]


def test_a_verbatim_mirror_of_the_direct_source_is_listed_after_it(tmp_path: Path) -> None:
    """tests/fixtures/trace_chains kiln-mirror (fixC, reviewB 5): kiln2's text word for word on a mirror 15 minutes
    later. The stored duplicate pair made the mirror a generation below kiln2, and tracing kiln3 listed it first."""
    chain = FIXTURES / "trace_chains"
    db = tmp_path / "mirror.db"
    index_paths([str(chain / f"{name}.json") for name in ("kiln1", "kiln2", "kiln_mirror")], db, workers=1)
    found = [(Path(m.id).stem, m.role) for m in trace(str(chain / "kiln3.json"), db).matches]
    assert found == [("kiln2", "source"), ("kiln-mirror", "source"), ("kiln1", "source")]


def test_a_copy_of_the_origin_beside_its_sibling_lists_the_origin_first(tmp_path: Path) -> None:
    """tests/fixtures/trace_chains kiln-roundup (fixC, reviewB 4): a roundup copied kiln1 with edits of its own and
    keeps kiln1's closing paragraph that kiln2 cut; kiln2 (0.88, 89%) was listed before kiln1 (0.99, 100%)."""
    chain = FIXTURES / "trace_chains"
    db = tmp_path / "roundup.db"
    index_paths([str(chain / f"{name}.json") for name in ("kiln1", "kiln2")], db, workers=1)
    assert [Path(m.id).stem for m in trace(str(chain / "kiln_roundup.json"), db).matches][:1] == ["kiln1"]


def test_matches_tied_on_evidence_are_listed_by_when_they_were_published_whatever_their_stamps_form() -> None:
    # ``_published_at`` reads a stamp as ``dates.published_instant`` orders two texts: ISO 8601 at its offset
    # ("09:00+01:00" before "08:30Z"), a stamp ISO 8601 does not read by its leading day (it was listed last, as
    # undated, after a text published a day later), nothing readable last
    tied = Verdict("near_duplicate", "unknown", 0.95, 0.9, 1.0)

    def order(stamps: dict[str, str | None]) -> list[str]:
        return [m.id for m in ranked_matches([_match(Article(i, "", published=p), tied) for i, p in stamps.items()])]

    assert order({"a-report": "2026-06-10T08:30:00Z", "z-mirror": "2026-06-10T09:00:00+01:00"}) == \
        ["z-mirror", "a-report"]
    assert order({"a-report": "2026-06-11T08:00:00+00:00", "z-mirror": "2026-06-10 09:00 BST"}) == \
        ["z-mirror", "a-report"]
    assert order({"a-report": "soon", "z-mirror": "2026-06-11", "m-copy": None}) == ["z-mirror", "a-report", "m-copy"]
