"""Synthetic pairs: the truth they carry (passages, planted changes, direction) must match their texts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.spinner import Spinner
from bench.synth import (
    CHANGE_KINDS,
    KIND_RELATION,
    KINDS,
    DerivedCopy,
    SynthPair,
    basil_pairs,
    bbc_texts,
    generate_pairs,
    make_copy,
    sentence_spans,
    spinner_name_change,
    split,
    spun_name,
    swap,
)
from tests.conftest import FIXTURES, SHARED, need_shared

ARTICLES = FIXTURES / "articles"
BBC_FILES = 2225
BBC_EXTRA_COPIES = 98  # 98 groups of two identical files (../shared/README.md)


@pytest.fixture(scope="module")
def articles() -> list[tuple[str, str]]:
    paths = sorted(ARTICLES.glob("*.txt"))
    return [(path.stem, path.read_text(encoding="utf-8")) for path in paths]


def base_text(articles: list[tuple[str, str]], name: str = "port_strike") -> str:
    return dict(articles)[name]


def host_text(articles: list[tuple[str, str]]) -> str:
    return next(text for name, text in articles if not name.startswith("port_strike"))


def check_truth(a_text: str, b_text: str, reused, changes) -> None:
    for a_start, a_end, b_start, b_end in reused:
        assert 0 <= a_start < a_end <= len(a_text) and 0 <= b_start < b_end <= len(b_text)
    for change in changes:
        assert change.kind in CHANGE_KINDS
        assert a_text[change.a_start : change.a_end] == change.a_text
        assert b_text[change.b_start : change.b_end] == change.b_text
        assert change.a_text != change.b_text


def check_pair(pair: SynthPair) -> None:
    check_truth(pair.a_text, pair.b_text, pair.reused, pair.changes)


def copy_of(kind: str, articles, spinner: Spinner, seed: int = 7) -> DerivedCopy:
    return make_copy(base_text(articles), kind, seed, spinner, host=host_text(articles))


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("“", '"').replace("”", '"')).strip()


def test_sentences_are_not_cut_inside_quotes_or_numbers() -> None:
    text = 'He said: "It rose. Then it fell." Rates rose 9.5 percent.  Ode left! Why?'
    sentences = [text[s:e] for s, e in sentence_spans(text, 0, len(text))]
    assert sentences == ['He said: "It rose. Then it fell."', "Rates rose 9.5 percent.", "Ode left!", "Why?"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_duplicate_differs_only_in_whitespace_quotes_or_a_trailing_line(articles, spinner, seed) -> None:
    base = base_text(articles)
    copy = copy_of("duplicate", articles, spinner, seed)
    assert copy.relation == "duplicate" and not copy.changes
    assert squash(copy.text).startswith(squash(base))
    assert len(squash(copy.text)) - len(squash(base)) < 60
    check_truth(base, copy.text, copy.reused, copy.changes)


def test_near_duplicate_is_trimmed_with_a_few_word_edits(articles, spinner) -> None:
    base = base_text(articles)
    for seed in range(4):
        copy = copy_of("near_duplicate", articles, spinner, seed)
        assert len(copy.text) < 0.95 * len(base)
        verbatim = sum(base[a:b] == copy.text[c:d] for a, b, c, d in copy.reused)
        assert verbatim >= len(copy.reused) - 3  # at most three paragraphs touched by word edits
        check_truth(base, copy.text, copy.reused, copy.changes)


def test_edited_copy_plants_all_five_changes_at_the_right_offsets(articles, spinner) -> None:
    base = base_text(articles)
    for kind in ("edited", "spun_edited"):
        copy = copy_of(kind, articles, spinner)
        assert {c.kind for c in copy.changes} >= set(CHANGE_KINDS)
        check_truth(base, copy.text, copy.reused, copy.changes)
        negation = next(c for c in copy.changes if c.kind == "negation")
        assert "not" in (negation.a_text + negation.b_text).split()
        number = next(c for c in copy.changes if c.kind == "number")
        assert re.fullmatch(r"\d+(\.\d+)?", number.a_text) and re.fullmatch(r"\d+(\.\d+)?", number.b_text)


def test_spun_copies_keep_paragraphs_and_change_the_requested_share(articles, spinner) -> None:
    base = base_text(articles)
    light, heavy = (copy_of(kind, articles, spinner) for kind in ("spun_copy_30", "spun_copy_60"))
    for copy in (light, heavy):
        assert copy.relation == "spun_copy"
        assert copy.text.count("\n\n") == base.count("\n\n")
        check_truth(base, copy.text, copy.reused, copy.changes)

    def unchanged_words(copy: DerivedCopy) -> float:
        return len(set(copy.text.split()) & set(base.split())) / len(set(base.split()))

    assert unchanged_words(heavy) < unchanged_words(light) < 0.95


def test_rewrite_restructures_and_partial_reuse_inserts_verbatim(articles, spinner) -> None:
    base = base_text(articles)
    rewrites = [copy_of("rewrite", articles, spinner, seed) for seed in range(6)]
    assert all(len(copy.text) < len(base) for copy in rewrites)
    assert any(", and " in copy.text.replace(", and that", "") or "; " in copy.text for copy in rewrites)
    for copy in rewrites:
        b_order = [a_start for a_start, *_ in sorted(copy.reused, key=lambda p: p[2])]
        assert b_order != sorted(b_order)  # something moved
        check_truth(base, copy.text, copy.reused, copy.changes)
    partial = copy_of("partial_reuse", articles, spinner)
    assert 1 <= len(partial.reused) <= 2
    assert all(base[a:b] == partial.text[c:d] for a, b, c, d in partial.reused)
    assert host_text(articles).splitlines()[0] == partial.text.splitlines()[0]


def test_bad_arguments_say_what_to_pass(articles, spinner) -> None:
    with pytest.raises(ValueError, match="unknown copy kind 'mirror'"):
        make_copy("text", "mirror", 0, spinner)
    with pytest.raises(ValueError, match="pass a Spinner"):
        make_copy(base_text(articles), "spun_copy_30", 0, None)
    with pytest.raises(ValueError, match="host="):
        make_copy(base_text(articles), "partial_reuse", 0, spinner)
    with pytest.raises(ValueError, match="at least two"):
        generate_pairs(articles[:1], 0, spinner)


def test_generate_pairs_is_reproducible_and_covers_every_kind(articles, spinner) -> None:
    pairs = generate_pairs(articles, seed=4, spinner=spinner, per_kind=2)
    assert pairs == generate_pairs(articles, seed=4, spinner=spinner, per_kind=2)
    assert pairs != generate_pairs(articles, seed=5, spinner=spinner, per_kind=2)
    assert len(pairs) == 2 * len(KINDS)
    assert {pair.relation for pair in pairs} == set(KIND_RELATION.values())
    assert {pair.direction for pair in pairs} == {"a_to_b", "b_to_a"}
    for pair in pairs:
        check_pair(pair)
        if pair.a_published and pair.b_published:
            original_first = pair.a_published < pair.b_published
            assert original_first == (pair.direction == "a_to_b")


def test_swap_exchanges_every_side(articles, spinner) -> None:
    pair = next(p for p in generate_pairs(articles, 1, spinner, per_kind=1) if p.changes)
    swapped = swap(pair)
    check_pair(swapped)
    assert swap(swapped) == pair and swapped.a_text == pair.b_text
    assert {pair.direction, swapped.direction} == {"a_to_b", "b_to_a"}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(KINDS), seed=st.integers(0, 2**32 - 1), index=st.integers(0, 50))
def test_truth_offsets_hold_for_any_kind_and_seed(
    articles, spinner, kind: str, seed: int, index: int
) -> None:
    _name, base = articles[index % len(articles)]
    host = articles[(index + 1) % len(articles)][1]
    copy = make_copy(base, kind, seed, spinner, host=host)
    check_truth(base, copy.text, copy.reused, copy.changes)
    assert copy.relation == KIND_RELATION[kind]


# --- third-party sets ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bbc() -> list[tuple[str, str]]:
    need_shared("data/bbc_fulltext")
    return bbc_texts(SHARED)


def test_bbc_texts_drop_exact_duplicates(bbc) -> None:
    assert len(bbc) == BBC_FILES - BBC_EXTRA_COPIES
    ids = [article_id for article_id, _ in bbc]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert len({text for _, text in bbc}) == len(bbc)
    assert ids[0] == "business/001" and "\n\n" in bbc[0][1]
    assert any("£" in text for article_id, text in bbc if article_id == "sport/199")  # the Latin-1 file


def test_split_is_disjoint_complete_and_deterministic(bbc) -> None:
    ids = [article_id for article_id, _ in bbc]
    train, test = split(ids, seed=0)
    assert not set(train) & set(test) and set(train) | set(test) == set(ids)
    assert abs(len(test) / len(ids) - 0.2) < 0.01
    assert split(list(reversed(ids)), seed=0) == (train, test)
    assert split(ids, seed=1) != (train, test)
    with pytest.raises(ValueError, match="test_share"):
        split(ids, seed=0, test_share=1.0)


def test_basil_pairs_are_same_story_within_events_and_unrelated_across(spinner) -> None:
    need_shared("data/basil")
    pairs = basil_pairs(SHARED, seed=2, n=30)
    assert pairs == basil_pairs(SHARED, seed=2, n=30)
    same = [p for p in pairs if p.relation == "same_story"]
    unrelated = [p for p in pairs if p.relation == "unrelated"]
    assert len(same) == len(unrelated) == 30
    assert all(p.direction == "unknown" and not p.reused and not p.changes for p in pairs)

    def event(pair_id: str, side: int) -> str:
        return pair_id.split("/")[2 * side + 2].rsplit("_", 1)[0]

    assert all(event(p.id, 0) == event(p.id, 1) for p in same)
    assert all(event(p.id, 0) != event(p.id, 1) for p in unrelated)
    assert all(p.a_text.count("\n\n") >= 3 for p in pairs)


def test_the_truth_names_a_sentence_opener_by_the_article_or_by_the_bbc_set(bbc) -> None:
    text = ("Johnny Depp has been nominated for an Oscar. Former Labour minister Tessa Jowell praised him. "
            "General Motors said sales fell. Singer Alex Kapranos said the band was thrilled.")

    def named(word: str) -> bool:
        at = text.index(word)
        return spun_name(text, at, at + len(word))

    # First names and the first words of names the BBC set writes inside sentences; not ordinary openers.
    assert named("Johnny") and named("General")
    assert not named("Former") and not named("Singer")
    # The article itself: a word it writes capitalised after a lower-case word.
    assert spun_name("Labour hit back. Voters backed Labour.", 0, 6)


def test_the_truth_counts_no_role_word_and_no_other_form_of_a_country_as_a_name_change(bbc) -> None:
    text = ("Betty Boothroyd, the first woman to be Commons Speaker, said the Office of the Deputy Prime Minister "
            "had erred. China wine sales are growing, said Mr Price.")

    def name_change(word: str, replacement: str, kind: str = "name") -> bool:
        at = text.index(word)
        return spinner_name_change(text, (at, at + len(word)), replacement, kind)

    # The spinner's corruptions of role words are title changes, as in the Changes suite's truth.
    assert not name_change("Speaker", "Utterer") and not name_change("Minister", "Parson")
    # A country for its people's adjective names the same country; a surname corrupted is a name change.
    assert not name_change("China", "Chinese", "word")
    assert name_change("Price", "Cost") and name_change("Boothroyd", "Boothroid")


def test_missing_data_raises_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="bbc_fulltext not found"):
        bbc_texts(tmp_path)
    with pytest.raises(FileNotFoundError, match="basil/articles not found"):
        basil_pairs(tmp_path, 0, 1)
