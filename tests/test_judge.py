"""The judge's decisions on hand-made facts: each relation and each direction clue, with its evidence."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unspun.config import DEFAULT
from unspun.ingest.segment import segment
from unspun.model import Alignment, Article, SentenceMatch, Span
from unspun.pair.judge import PairFacts, decide_direction, decide_relation, merged_share, order_kept

COPY = PairFacts(
    coverage_a=1.0, coverage_b=1.0,
    kind_share={"verbatim": 1.0, "near_verbatim": 0.0, "spun": 0.0, "paraphrase": 0.0},
    reused_chars=3000, longest_passage_chars=3000, order_kept=1.0, merged_share=0.0, substitution_rate=0.0,
    document_similarity=0.99, shared_names=1.0, spin_a=0.1, spin_b=0.1,
)
NOTHING = replace(COPY, coverage_a=0.0, coverage_b=0.0, reused_chars=0, longest_passage_chars=0,
                  kind_share={"verbatim": 0.0, "near_verbatim": 0.0, "spun": 0.0, "paraphrase": 0.0})
NEAR = {"verbatim": 0.2, "near_verbatim": 0.8, "spun": 0.0, "paraphrase": 0.0}


@pytest.mark.parametrize("facts,expected", [
    (COPY, "duplicate"),
    (replace(COPY, coverage_a=0.6, kind_share=NEAR, substitution_rate=0.01), "near_duplicate"),
    (replace(COPY, kind_share={"verbatim": 0.0, "near_verbatim": 0.3, "spun": 0.7, "paraphrase": 0.0},
             substitution_rate=0.15), "spun_copy"),
    (replace(COPY, kind_share={"verbatim": 0.0, "near_verbatim": 0.3, "spun": 0.0, "paraphrase": 0.7},
             order_kept=0.6, substitution_rate=0.05), "rewrite"),
    (replace(COPY, coverage_a=0.2, coverage_b=0.15, longest_passage_chars=400, document_similarity=0.6),
     "partial_reuse"),
    (replace(NOTHING, document_similarity=0.88, shared_names=0.6), "same_story"),
    (replace(NOTHING, document_similarity=0.4, shared_names=0.1), "unrelated"),
])
def test_relation_follows_the_facts(facts, expected):
    relation, confidence, evidence = decide_relation(facts, DEFAULT)
    assert relation == expected
    assert 0.5 <= confidence <= 0.99
    assert evidence


def test_paraphrased_passages_between_independent_reports_are_not_partial_reuse():
    facts = replace(NOTHING, coverage_a=0.15, coverage_b=0.16, reused_chars=400, longest_passage_chars=400,
                    kind_share={"verbatim": 0.0, "near_verbatim": 0.0, "spun": 0.6, "paraphrase": 0.4},
                    document_similarity=0.9, shared_names=0.6)
    assert decide_relation(facts, DEFAULT)[0] == "same_story"


def _seg(text: str, published: str | None = None, credits: tuple[str, ...] = (), site: str | None = None):
    return segment(Article("x", text, published=published, credits=credits, site=site))


def test_dates_credits_containment_and_spin_each_point_to_the_source():
    text = "Officials said the harbour bridge would reopen on Friday after repairs."
    earlier, later = _seg(text, "2024-05-01T08:00:00"), _seg(text, "2024-05-02")
    assert decide_direction(earlier, later, "near_duplicate", COPY, [], DEFAULT)[0] == "a_to_b"
    assert decide_direction(later, earlier, "near_duplicate", COPY, [], DEFAULT)[0] == "b_to_a"
    source, copy = _seg(text, site="harbourtimes.example"), _seg(text, credits=("Source: harbourtimes.example",))
    direction, evidence = decide_direction(source, copy, "near_duplicate", COPY, [], DEFAULT)
    assert direction == "a_to_b" and any("credits" in e for e in evidence)
    trimmed = replace(COPY, coverage_a=0.55, coverage_b=1.0)
    assert decide_direction(_seg(text), _seg(text), "near_duplicate", trimmed, [], DEFAULT)[0] == "a_to_b"
    spun = replace(COPY, spin_a=0.1, spin_b=0.8)
    assert decide_direction(_seg(text), _seg(text), "spun_copy", spun, [], DEFAULT)[0] == "a_to_b"


def test_a_third_party_credit_with_text_the_other_lacks_is_a_common_source():
    text = "The minister said the border would be reinforced."
    credited = _seg(text, credits=("source: example.org with BBC",))
    facts = replace(COPY, coverage_a=0.8, coverage_b=0.3, spin_b=0.8)
    assert decide_direction(credited, _seg(text), "rewrite", facts, [], DEFAULT)[0] == "common_source"


def test_no_clue_means_unknown_direction():
    text = "The council approved the budget on Tuesday."
    direction, evidence = decide_direction(_seg(text), _seg(text), "duplicate", COPY, [], DEFAULT)
    assert direction == "unknown" and evidence


def _alignment(pairs: list[tuple[int, int]]) -> Alignment:
    return Alignment(Span(0, 1), Span(0, 1), 0.9, "verbatim", tuple(SentenceMatch(i, j, 1, 1, 1) for i, j in pairs))


def test_reordering_and_merging_are_measured():
    assert order_kept([_alignment([(0, 0), (1, 1), (2, 2)])]) == 1.0
    assert order_kept([_alignment([(0, 2), (1, 1), (2, 0)])]) == pytest.approx(1 / 3)
    assert merged_share([_alignment([(0, 0), (1, 0), (2, 1)])]) == pytest.approx(2 / 3)


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), min_size=1, max_size=30))
def test_order_and_merge_shares_are_fractions(pairs):
    al = [_alignment(pairs)]
    assert 0.0 < order_kept(al) <= 1.0
    assert 0.0 <= merged_share(al) <= 1.0
