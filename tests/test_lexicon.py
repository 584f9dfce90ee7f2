"""Lexicons: a table read bucket by bucket answers as the dict it was written from, whatever was asked first."""

from __future__ import annotations

import subprocess
import sys

import pytest

from unspun.text import lexicon
from unspun.text.lexicon import Lexicon, lexicon_bytes

# wordfreq-like values for words of a news sentence, plus keys a hash could trip on
TABLE = {"the": 7.73, "harbour": 4.11, "wall": 5.02, "held": 5.03, "storm": 4.6, "naïve": 3.1, "zürich": 3.5,
         "the wall": 5.4, "harbour wall": 2.9, "": 1.0}


def test_a_lexicon_answers_as_its_dict_in_any_order() -> None:
    asked = ["wall", "seawall", "the wall", "Harbour", "harbour", "naïve", "\udc80", "", "storm", "held"]
    for order in (asked, asked[::-1]):
        table = Lexicon(lexicon_bytes(TABLE))
        assert [table.get(k, -1.0) for k in order] == [TABLE.get(k, -1.0) for k in order]
        assert [k in table for k in order] == [k in TABLE for k in order]
    table = Lexicon(lexicon_bytes(TABLE))
    assert "seawall" not in table and table.get("seawall", 0.0) == 0.0  # absence first, then the same bucket
    table.load_all()
    assert [table.get(k, -1.0) for k in asked] == [TABLE.get(k, -1.0) for k in asked]


def test_a_file_cut_short_or_of_another_kind_is_refused() -> None:
    blob = lexicon_bytes(TABLE)
    for bad in (blob[:-1], blob[: len(blob) // 2], b"\x80\x05 a pickle", b""):
        with pytest.raises(ValueError):
            Lexicon(bad)
    damaged = bytearray(blob)
    damaged[-3] ^= 0xFF  # a byte inside the last bucket: only a lookup of that bucket would have read it
    with pytest.raises(ValueError, match="damaged"):
        Lexicon(bytes(damaged))


def test_the_cached_tables_are_wordfreq_and_symspell(tmp_path, monkeypatch) -> None:
    # The real tables, built into an empty cache, written, then read back by a fresh process.
    monkeypatch.setenv("UNSPUN_CACHE", str(tmp_path))
    code = (
        "from unspun.text import lexicon; z, b = lexicon.word_zipf_table(), lexicon.bigram_table(); "
        "print(round(z.get('the', 0.0), 2), round(z.get('harbour', 0.0), 2), z.get('qzxv', 0.0), "
        "'the soil' in b, 'soil the' in b)"
    )
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True) for _ in range(2)]
    assert runs[0].stdout == runs[1].stdout
    the, harbour, unknown, pair, reversed_pair = runs[0].stdout.split()
    assert float(the) > 7.5 and 3.0 < float(harbour) < 5.0 and float(unknown) == 0.0
    assert (pair, reversed_pair) == ("True", "False")
    assert sorted(p.name for p in (tmp_path / "lexicon").iterdir()) == ["bigrams-v3.bin", "word-zipf-v3.bin"]


def test_a_compare_reads_a_small_share_of_the_tables() -> None:
    from tests.conftest import FIXTURES
    from unspun.ingest.segment import segment
    from unspun.model import Article
    from unspun.pair.spin import spin_features

    text = (FIXTURES / "corpus" / "harbour_original.txt").read_text(encoding="utf-8")
    lexicon.word_zipf_table.cache_clear()
    lexicon.bigram_table.cache_clear()
    # the words' readings are remembered by the table they were read from: the tables just loaded have none
    spin_features(segment(Article("harbour", text)))
    for table in (lexicon.word_zipf_table(), lexicon.bigram_table()):
        assert 0 < sum(table._loaded) < len(table._loaded) // 20
