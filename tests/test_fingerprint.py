"""Fingerprints: word-shingle MinHash plus static sentence vectors, sized for the 4 KB budget."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import modules_loaded_by
from unspun.config import DEFAULT_CANDIDATES
from unspun.corpus.fingerprint import (
    DEFAULT_FINGERPRINT,
    figure_hashes,
    fingerprint,
    fingerprint_many,
    is_figure_key,
    is_specific_key,
    minhash_values,
    passage_hashes,
    shingles,
    sketch_rows,
    specific_hashes,
    without_furniture,
)
from unspun.ingest.segment import segment
from unspun.model import Article

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _seg(name: str):
    text = (CORPUS / name).read_text(encoding="utf-8")
    return segment(Article(name, text))


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float((a == b).mean())


def test_shingles_are_lowercased_word_trigrams() -> None:
    assert shingles("The Council said: the wall held", 3) == {
        b"the council said",
        b"council said the",
        b"said the wall",
        b"the wall held",
    }
    assert shingles("Two words", 3) == {b"two words"}
    assert shingles("", 3) == set()


def test_minhash_keeps_a_trimmed_copy_close_and_loses_a_spun_copy_at_5_grams() -> None:
    names = ("harbour_original.txt", "harbour_trimmed.txt", "harbour_spun.txt")
    original, trimmed, spun = (minhash_values(_seg(n).article.text) for n in names)
    assert _jaccard(original, trimmed) > 0.4
    assert _jaccard(original, spun) < _jaccard(original, trimmed)
    # The reason vectors exist: a quarter of the words swapped leaves few word 5-grams (the dedup default).
    five = replace(DEFAULT_FINGERPRINT, shingle_words=5)
    original5, spun5 = (minhash_values(_seg(n).article.text, five) for n in (names[0], names[2]))
    assert _jaccard(original5, spun5) < 0.2


def test_minhash_values_are_datasketchs_bit_for_bit() -> None:
    from datasketch import MinHash

    texts = [(CORPUS / p.name).read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    texts += ["", "Two words", "Three words here"]  # no shingle; one shingle of fewer words than a 3-gram
    texts += ["Der Bürgermeister sagte, die Brücke über die Limmat werde 2027 fertig; die Brücke über die Limmat."]
    for config in (DEFAULT_FINGERPRINT, replace(DEFAULT_FINGERPRINT, num_perm=64, seed=7, shingle_words=5)):
        for text in texts:
            theirs = MinHash(num_perm=config.num_perm, seed=config.seed)
            theirs.update_batch(list(shingles(text, config.shingle_words)))
            ours = minhash_values(text, config)
            assert ours.dtype == np.uint32 and ours.tolist() == theirs.hashvalues.astype(np.uint32).tolist()


def test_a_fingerprint_imports_neither_datasketch_nor_scipy() -> None:
    # datasketch's package imports scipy (for its LSH): ~0.36 s of CPU at the start of every trace and worker.
    code = (
        "from unspun.corpus.fingerprint import minhash_values; "
        "minhash_values('The council said the harbour wall held through the storm')"
    )
    assert modules_loaded_by(code, ("datasketch", "scipy")) == []


def test_spun_sentences_stay_close_in_vector_space() -> None:
    original, spun, orchard = fingerprint_many(
        [_seg("harbour_original.txt"), _seg("harbour_spun.txt"), _seg("orchard_original.txt")]
    )
    pairs = min(len(original.query_vectors), len(spun.query_vectors))
    parallel = np.einsum("ij,ij->i", original.query_vectors[:pairs], spun.query_vectors[:pairs])
    unrelated = original.query_vectors @ orchard.query_vectors.T
    assert np.median(parallel) > np.percentile(unrelated, 95)


def test_fingerprint_shapes_fit_the_budget() -> None:
    fp = fingerprint(_seg("harbour_original.txt"))
    stored = fp.stored
    assert stored.minhash.dtype == np.uint32 and len(stored.minhash) == DEFAULT_FINGERPRINT.num_perm
    assert stored.doc_vector.dtype == np.float16
    assert np.linalg.norm(stored.doc_vector.astype(np.float32)) == pytest.approx(1.0, abs=1e-2)
    assert 1 <= len(stored.sentence_vectors) <= DEFAULT_FINGERPRINT.sketch_sentences
    assert stored.sentence_vectors.nbytes <= 8 * 256 * 2


def test_fingerprint_many_matches_one_at_a_time() -> None:
    segs = [_seg("library_original.txt"), _seg("orchard_original.txt")]
    together = fingerprint_many(segs)
    alone = [fingerprint(s) for s in segs]
    for a, b in zip(together, alone, strict=True):
        assert np.array_equal(a.stored.minhash, b.stored.minhash)
        assert np.allclose(a.query_vectors, b.query_vectors, atol=1e-5)


def test_an_article_of_short_lines_still_gets_vectors() -> None:
    fp = fingerprint(segment(Article("short", "Photo: EPA\nBy Ana Ruiz")))
    assert len(fp.query_vectors) >= 1 and len(fp.stored.sentence_vectors) >= 1


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=200), st.integers(1, 5))
def test_shingles_have_the_requested_width(text: str, size: int) -> None:
    for shingle in shingles(text, size):
        assert 1 <= len(shingle.split()) <= size


@given(st.integers(1, 60), st.integers(1, 12), st.integers(0, 12))
def test_sketch_rows_keep_the_lead_then_reach_the_last_sentence(count: int, size: int, lead: int) -> None:
    config = replace(DEFAULT_FINGERPRINT, sketch_sentences=size, sketch_lead_sentences=lead)
    rows = sketch_rows(count, config)
    assert len(rows) == min(count, size) and rows == sorted(set(rows))
    assert rows[: min(lead, len(rows))] == list(range(min(lead, len(rows))))
    assert all(0 <= r < count for r in rows)
    if len(rows) >= lead + 2:
        assert rows[-1] == count - 1  # a spread of two or more reaches the article's end


def test_the_sketch_of_a_long_article_spreads_over_it() -> None:
    text = (Path(__file__).parent / "fixtures" / "sketch" / "harbour_board_long.txt").read_text(encoding="utf-8")
    seg = segment(Article("board", text))
    fp = fingerprint(seg)
    query = fp.query_vectors
    assert len(query) == 24
    stored = fp.stored.sentence_vectors.astype(np.float32)
    rows = [int(np.argmax(query @ v)) for v in stored]
    assert rows[0] == 0 and rows[-1] == 23 and len(rows) == DEFAULT_FINGERPRINT.sketch_sentences


_CONTENT_WORDS = ("harbour", "ferry", "council", "budget", "pupils", "crossing", "vessel", "timetable", "library",
                  "islanders", "inspection", "lorries", "refund", "hospital", "barge", "winter")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_CONTENT_WORDS), min_size=0, max_size=40),
       st.lists(st.sampled_from(_CONTENT_WORDS), min_size=0, max_size=40),
       st.lists(st.sampled_from(_CONTENT_WORDS), min_size=0, max_size=40),
       st.lists(st.sampled_from(_CONTENT_WORDS), min_size=0, max_size=40),
       st.lists(st.sampled_from(_CONTENT_WORDS), min_size=12, max_size=30))
def test_two_texts_sharing_a_run_of_words_share_a_passage_hash_whatever_surrounds_it(
    before_a: list[str], after_a: list[str], before_b: list[str], after_b: list[str], run: list[str]
) -> None:
    """Winnowing's guarantee: a run of ``passage_words + passage_window - 1`` words (12 here) gives both texts a
    common hash."""
    a = passage_hashes(" ".join(before_a + run + after_a))
    b = passage_hashes(" ".join(before_b + run + after_b))
    assert len(np.intersect1d(a, b)) >= 1
    assert np.all(np.diff(a.astype(np.int64)) > 0)  # distinct, ascending


def test_a_reused_paragraph_shares_several_passage_hashes_and_stock_phrases_none() -> None:
    lifted = (Path(__file__).parent / "fixtures" / "lifted")
    report = passage_hashes((lifted / "ferry_report.txt").read_text(encoding="utf-8"))
    budget = passage_hashes((lifted / "council_budget.txt").read_text(encoding="utf-8"))
    assert len(np.intersect1d(report, budget)) >= 2 * DEFAULT_CANDIDATES.passage_min_shared
    assert len(passage_hashes("It was one of the most of all and for the one that is at the end of it.")) == 0
    assert len(passage_hashes(" ".join(_CONTENT_WORDS), replace(DEFAULT_FINGERPRINT, passage_words=0))) == 0


_BOILERPLATE = ("Harbourline Energy is a community-owned renewable energy cooperative founded in 2009 and based in "
                "Harbour. It owns and operates eleven wind turbines and four solar farms across the county and "
                "reinvests its surplus in local projects through the Harbourline Community Fund.")
_SOLAR = ("Harbourline Energy switched on its fourth solar farm at Kell Moor on Monday, adding enough power for 3,100 "
          "homes. The mayor cut a ribbon made from recycled cable, and the first electricity flowed at 11:15.")
_PROFIT = ("Harbourline Energy made a record surplus of 2.4 million pounds last year after a windy winter kept its "
           "turbines turning, the cooperative told members at its annual meeting in the town hall on Friday.")


@pytest.mark.parametrize("boilerplate", [f"About Harbourline Energy: {_BOILERPLATE}",
                                         f"About Harbourline Energy\n{_BOILERPLATE}",
                                         f"Notes to editors: {_BOILERPLATE}",
                                         f"Notes to editors\n\n{_BOILERPLATE}",
                                         f"Media contacts\n{_BOILERPLATE}"])
def test_two_stories_sharing_only_an_issuers_boilerplate_share_no_passage(boilerplate: str) -> None:
    # Two stories from different sites about one company's different news, each ending with the company's "About"
    # paragraph from its press releases: a 60-word run in common, and no reuse of either story.
    solar, profit = (passage_hashes(without_furniture(f"{story}\n\n{boilerplate}")) for story in (_SOLAR, _PROFIT))
    assert len(np.intersect1d(solar, profit)) == 0
    # the same paragraph in both without its label is text like any other
    assert len(np.intersect1d(passage_hashes(f"{_SOLAR}\n\n{_BOILERPLATE}"),
                              passage_hashes(f"{_PROFIT}\n\n{_BOILERPLATE}"))) >= DEFAULT_CANDIDATES.passage_min_shared


def test_a_paragraph_opening_with_about_and_an_amount_is_no_boilerplate() -> None:
    text = "About two hundred people attended the meeting.\n\nAbout 300 people came: most stayed."
    assert without_furniture(text) == text


def test_figure_keys_sit_beside_even_passage_hashes_and_are_left_out_for_stores_made_before():
    text = ("Harbour board approves £37.5m quay\n\nThe harbour board has approved a £37.5m quay extension that will "
            "let ships of up to 14,500 tonnes berth at Carrick Point, its chairman said on Monday.\n\nWork on the "
            "extension, which will add 240 metres of quay, is due to start in March and take 26 months.")
    seg = segment(Article("quay", text))
    keys = figure_hashes(seg)
    assert len(keys) >= 3 and is_figure_key(keys).all()  # £37.5m, 14,500, 240 metres ...
    stored = fingerprint(seg).stored
    assert np.isin(keys, stored.passages).all()
    before = fingerprint(seg, config=replace(DEFAULT_FINGERPRINT, specific_keys=False)).stored
    passages = before.passages[~is_figure_key(before.passages)]
    assert np.array_equal(passages, np.unique(passage_hashes(without_furniture(text)) & np.uint32(0xFFFFFFFE)))
    before = fingerprint(seg, config=replace(DEFAULT_FINGERPRINT, figure_keys=False, specific_keys=False)).stored
    assert np.array_equal(before.passages, passage_hashes(without_furniture(text)))


def test_specific_keys_sit_beside_passage_hashes_made_multiples_of_four_and_figure_keys():
    text = ("Harbour board approves £37.5m quay\n\nThe harbour board has approved a £37.5m quay extension that will "
            "let ships of up to 14,500 tonnes berth at Carrick Point, its chairman Idris Pengelly said on Monday.")
    seg = segment(Article("quay", text))
    on = replace(DEFAULT_FINGERPRINT, specific_keys=True)
    keys = specific_hashes(seg, on)
    # Carrick, Point, Idris, Pengelly and the rarer words (berth, quay): each one key
    assert len(keys) >= 5 and is_specific_key(keys).all() and not is_figure_key(keys).any()
    stored = fingerprint(seg, config=on).stored
    assert np.isin(keys, stored.passages).all() and np.isin(figure_hashes(seg), stored.passages).all()
    rest = stored.passages[~is_specific_key(stored.passages) & ~is_figure_key(stored.passages)]
    assert np.array_equal(rest, np.unique(passage_hashes(without_furniture(text)) & np.uint32(0xFFFFFFFC)))
    # a teaser of it naming the same people and places shares their keys, whatever else it words otherwise
    teaser = segment(Article("t", "Idris Pengelly wants bigger ships at Carrick Point, and the board agrees."))
    assert len(np.intersect1d(keys, specific_hashes(teaser, on))) >= 3


def _passage_hashes_reference(text: str, config=DEFAULT_FINGERPRINT) -> np.ndarray:
    """``passage_hashes`` written out gram by gram."""
    import hashlib

    from unspun.text.tokens import words
    from unspun.text.wordlists import FUNCTION_WORDS

    size, window = config.passage_words, config.passage_window
    found = words(text)
    if size == 0 or len(found) < size:
        return np.zeros(0, dtype=np.uint32)
    kept = []
    for k in range(len(found) - size + 1):
        gram = found[k : k + size]
        content = sum(w not in FUNCTION_WORDS for w in gram)
        digest = int.from_bytes(hashlib.sha1(" ".join(gram).encode()).digest()[:4], "little")
        kept.append(min(digest, 0xFFFFFFFE) if content >= min(2, size) else 0xFFFFFFFF)
    if len(kept) > window:
        kept = [min(kept[k : k + window]) for k in range(len(kept) - window + 1)]
    return np.array(sorted({h for h in kept if h != 0xFFFFFFFF}), dtype=np.uint32)


@settings(max_examples=60)
@given(st.lists(st.sampled_from(["the", "of", "ferry", "council", "said", "a", "budget", "£5m", "rose", "and"]),
                max_size=60), st.integers(1, 9))
def test_passage_hashes_are_the_winnowed_grams_written_out(found: list[str], size: int) -> None:
    config = replace(DEFAULT_FINGERPRINT, passage_words=size)
    assert np.array_equal(passage_hashes(" ".join(found), config), _passage_hashes_reference(" ".join(found), config))


def test_passage_hashes_of_a_fixture_are_the_winnowed_grams_written_out() -> None:
    text = (CORPUS.parent / "lifted" / "ferry_report.txt").read_text(encoding="utf-8")
    assert np.array_equal(passage_hashes(text), _passage_hashes_reference(text))
