"""Encoders: the static model read and applied without model2vec gives model2vec's own vectors."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES, modules_loaded_by
from unspun.embed.encoders import STATIC_DIR, models_dir, static_encoder


def _sentences() -> list[str]:
    text = (FIXTURES / "corpus" / "harbour_original.txt").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    # plus: nothing to embed, a token the vocabulary lacks, and a text longer than the model's token limit
    return [*lines, "", "Zürich’s ⚓ harbour", " ".join(lines) * 8]


def test_static_vectors_are_model2vecs_own() -> None:
    from model2vec import StaticModel

    sentences = _sentences()
    theirs = StaticModel.from_pretrained(str(models_dir() / STATIC_DIR)).encode(sentences)
    ours = static_encoder()._model.encode(sentences)
    assert ours.dtype == theirs.dtype and ours.shape == theirs.shape
    assert np.array_equal(ours, theirs)


def test_the_static_model_needs_neither_model2vec_nor_the_hub_client() -> None:
    # model2vec and its loader (huggingface_hub's model cards, the Hub client): ~0.35 s of every cold trace.
    code = "from unspun.embed.encoders import static_encoder; static_encoder().encode(['The wall held.'])"
    assert modules_loaded_by(code, ("model2vec", "huggingface_hub", "httpx")) == []


# Written for these tests: accents, curly quotes and dashes, a no-break space, a soft hyphen (which a BERT
# normaliser deletes), a special token written in the text, a word too long for word pieces, other scripts.
_MIXED = [
    "Der Bürgermeister von Zürich sagte: „Wir bauen die Brücke über die Limmat.“",
    "L’équipe a déclaré qu’elle était « très satisfaite » du résultat — et ÉLÉGANTE.",
    "The council’s “harbour plan” costs £2.1m\u00a0– about €2.4m – and ends in 2027…",
    "Ein Wort mit wei\u00adchem Trenn\u00adstrich, über die Grenze hinweg.",
    "Ein [UNK] im Text, dazu [PAD].",
    "Señor Peña ¿vendrá? ¡Sí! Ça coûte 3½ % à Å-byen; naïve façade, Øresund, Þór, ÿ.",
    "tab\tseparated\r\nlines and a " + "x" * 130 + " word too long for word pieces",
    "Москва заявила, что переговоры продолжатся.",
    "ΣΟΦΊΑ Λέει ότι ο Οδυσσέας έφυγε.",
    "東京で会議が開かれた。",
    "",
]


def test_static_vectors_of_accented_and_other_scripts_are_model2vecs_own() -> None:
    from model2vec import StaticModel

    theirs = StaticModel.from_pretrained(str(models_dir() / STATIC_DIR)).encode(_MIXED)
    assert np.array_equal(static_encoder()._model.encode(_MIXED), theirs)


def test_texts_read_word_by_word_get_the_tokenizers_own_pieces() -> None:
    model = static_encoder()._model
    texts = [*_MIXED, *_sentences()]
    theirs = [[t for t in e.ids if t != model._unknown]
              for e in model.tokenizer.encode_batch_fast(texts, add_special_tokens=False)]
    assert model._token_ids(texts) == theirs
    assert model._by_words(_MIXED[0]) and model._by_words(_MIXED[5])  # the fast path was taken for these
    assert not any(model._by_words(_MIXED[k]) for k in (3, 4, 7))  # a soft hyphen, special tokens, Cyrillic


# The characters read word by word, and a soft hyphen (which is not).
_PLAIN = "aAzZ09 .,;:!?'\"()-–—‘’“”„«»…·¿¡§¶°±£€¥©®µ×÷ßàÀéÉêñÑöÖøØåÅçÇþÞÿ\u00a0\u00ad\t\n"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_PLAIN, min_size=1, max_size=12), min_size=1, max_size=6))
def test_random_plain_texts_get_the_tokenizers_own_pieces(texts: list[str]) -> None:
    model = static_encoder()._model
    theirs = [[t for t in e.ids if t != model._unknown]
              for e in model.tokenizer.encode_batch_fast(texts, add_special_tokens=False)]
    assert model._token_ids(texts) == theirs


def test_a_full_table_of_word_pieces_starts_again_and_the_pieces_stay_the_tokenizers(monkeypatch) -> None:
    from unspun.embed import encoders

    model = static_encoder()._model.for_thread()
    model._pieces = {}  # a table of its own, not the process's shared one
    monkeypatch.setattr(encoders, "_PIECES_HELD", 12)
    texts = _sentences()[:6]
    for text in texts:  # one text a call: the table fills, starts again, fills
        assert model._token_ids([text]) == [[t for t in model.tokenizer.encode(text, add_special_tokens=False).ids
                                             if t != model._unknown]]
        assert len(model._pieces) <= max(12, len(set(encoders._bert_words(text))))


def test_the_pieces_a_call_asked_for_outlive_another_thread_starting_the_shared_table_again() -> None:
    # Thread copies of the static model share one table of word pieces; a full one is cleared by whichever thread
    # fills it, possibly between another thread's asking and its reading.
    model = static_encoder()._model.for_thread()
    model._pieces = {}
    found = model._known_pieces({"harbour", "councillors"})
    model._pieces.clear()  # what another thread's full table does
    assert found["harbour"] == [p.id for p in model.tokenizer.model.tokenize("harbour")]
    assert set(found) == {"harbour", "councillors"}


def test_minilm_sessions_wait_for_work_without_spinning() -> None:
    # Spinning threads took CPU between the graph's small operations from everything else that ran.
    from unspun.embed.encoders import PRECISE_DIR, _cpu_session

    session = _cpu_session(models_dir() / PRECISE_DIR / "model.onnx")
    assert session.get_session_options().get_session_config_entry("session.intra_op.allow_spinning") == "0"
