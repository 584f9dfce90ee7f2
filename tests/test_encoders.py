"""Encoders: the static model read and applied without model2vec gives model2vec's own vectors."""

from __future__ import annotations

import numpy as np

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
