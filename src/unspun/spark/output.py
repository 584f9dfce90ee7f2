"""The Parquet tables of ``unspun spark``: what each row holds, and how they are written and read back.

``articles`` keeps everything a store needs to serve ``trace`` (text, sentence offsets, fingerprint, sentence
vectors, spin score) besides the fields people read; ``links`` the verdicts with their passages as JSON;
``stories`` one row per (story, article).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np

from unspun.model import Comparison
from unspun.pair.engine import PairEngine
from unspun.run.pool import Prepared

ARTICLES = (
    ("ordinal", "long"), ("id", "string"), ("url", "string"), ("site", "string"), ("title", "string"),
    ("published", "string"), ("encoding", "string"), ("spin", "double"), ("text_hash", "string"),
    ("content_hash", "string"), ("text", "string"), ("credits", "string"), ("sentence_starts", "array<int>"),
    ("sentence_ends", "array<int>"), ("minhash", "binary"), ("doc_vector", "binary"), ("sketch", "binary"),
    ("vectors", "binary"), ("english", "boolean"), ("passages", "binary"), ("author", "string"),
    ("modified", "string"),
)
LINKS = (
    ("a", "string"), ("b", "string"), ("relation", "string"), ("direction", "string"), ("confidence", "double"),
    ("coverage_a", "double"), ("coverage_b", "double"), ("evidence", "string"), ("passages", "string"),
    ("fact_changes", "string"),
)
MANIFEST = "_unspun.json"
# 2: articles carry their language (``english``); 3: their passage hashes; 4: their author; 5: their modified time
SCHEMA = "unspun.spark/5"
STORIES = (
    ("story_id", "string"), ("article_id", "string"), ("position", "int"), ("role", "string"), ("origin", "string"),
)


def text_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def article_row(ordinal: int, p: Prepared, encoding: str) -> tuple[Any, ...]:
    a, stored = p.article, p.fp.stored
    return (
        ordinal, a.id, a.url, a.site, a.title, a.published, encoding, p.spin, text_hash(a.text),
        p.content_hash, a.text, json.dumps(list(a.credits)), [s.start for s in p.seg.sentences],
        [s.end for s in p.seg.sentences], stored.minhash.astype(np.uint32).tobytes(),
        stored.doc_vector.astype(np.float16).tobytes(), stored.sentence_vectors.astype(np.float16).tobytes(),
        np.asarray(p.vectors, dtype=np.float16).tobytes(), bool(stored.english),
        stored.passages.astype(np.uint32).tobytes(), a.author, a.modified,
    )


def link_row(a: str, b: str, c: Comparison) -> tuple[Any, ...]:
    v = c.verdict
    passages = [
        {"a": [x.a.start, x.a.end], "b": [x.b.start, x.b.end], "similarity": round(x.similarity, 4), "kind": x.kind}
        for x in c.alignments
    ]
    return (
        a, b, v.relation, v.direction, float(v.confidence), float(v.coverage_a), float(v.coverage_b),
        json.dumps(list(v.evidence)), json.dumps(passages), json.dumps([list(kc) for kc in v.fact_changes]),
    )


def write_table(session: Any, rows: Any, columns: tuple[tuple[str, str], ...], path: str) -> None:
    schema = ", ".join(f"{name} {kind}" for name, kind in columns)
    session.createDataFrame(rows, schema).write.mode("overwrite").parquet(path)


def read_table(path: Path) -> list[dict[str, Any]]:
    """A table's rows as dicts (pyarrow: no Spark needed to read the output back)."""
    import pyarrow.parquet as pq

    return pq.read_table(str(path)).to_pylist()


def run_settings(engine: PairEngine) -> dict[str, Any]:
    """The settings that decide what the tables hold: a store importing them must use the same."""
    from unspun.config import settings_dict

    return {"tree": settings_dict(engine.settings), "precise": engine.precise}
