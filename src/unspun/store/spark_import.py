"""``unspun import``: the Parquet tables of ``unspun spark`` into a store, for ``trace``, ``stories``,
``report`` and ``serve``. Reads with pyarrow (no Spark needed); refuses output built with other settings.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from unspun.config import STORED_SECTIONS, Settings, known_settings, settings_differences, settings_from_dict
from unspun.corpus.fingerprint import StoredFingerprint
from unspun.errors import InputError
from unspun.model import Article, Segmented, Span, Story, Verdict
from unspun.pair.engine import PairEngine
from unspun.store.candidate_index import adopt_settings
from unspun.store.sqlite import Store, StoredAnalysis


@dataclass(frozen=True, slots=True)
class ImportSummary:
    articles: int
    links: int
    stories: int

    def line(self) -> str:
        return f"imported {self.articles} article(s), {self.links} link(s), {self.stories} stor(ies)"


def import_spark_output(out: Path, db: Path, engine: PairEngine | None = None) -> ImportSummary:
    """Load the tables under ``out`` into the store ``db`` (new or empty); ``engine``'s settings (default: those
    the Spark job ran with, saved in its manifest) must be those the job ran with, in every section that shapes
    what is stored. The store saves them, so ``trace``, ``stories``, ``report`` and ``serve`` read it with them."""
    from unspun.spark.output import MANIFEST, SCHEMA, read_table

    manifest = _manifest(out / MANIFEST, SCHEMA)
    saved = manifest.get("settings", {})
    if engine is None:
        engine = PairEngine(_tree(saved, out), precise=bool(saved.get("precise")))
    differences = settings_differences(saved.get("tree", {}), engine.settings, (*STORED_SECTIONS, "candidates"))
    if saved.get("precise") != engine.precise:
        differences.append(f"precise alignment: {saved.get('precise')} → {engine.precise}")
    if differences:
        raise InputError(
            f"{out} was built with other settings than this store uses ({'; '.join(differences[:5])}): "
            "run the Spark job again with the same settings, or import with the settings it used"
        )
    with Store(db) as store:
        if store.count():
            raise InputError(f"store {db} already holds {store.count()} article(s): import into a new store")
        adopt_settings(store, engine.settings)
        with store.transaction():
            rows = sorted(read_table(out / "articles"), key=lambda r: r["ordinal"])
            keys = {row["id"]: _add_article(store, row) for row in rows}
            links = read_table(out / "links")
            for row in links:
                store.add_pair(keys[row["a"]], keys[row["b"]], _verdict(row))
            stories = _stories(read_table(out / "stories"))
            store.replace_stories(stories)
    return ImportSummary(len(keys), len(links), len(stories))


def output_settings(out: Path) -> Settings:
    """The settings tree the Spark job that wrote ``out`` ran with."""
    from unspun.spark.output import MANIFEST, SCHEMA

    return _tree(_manifest(out / MANIFEST, SCHEMA).get("settings", {}), out)


def _tree(saved: dict[str, Any], out: Path) -> Settings:
    # A tree saved before a setting was added holds the value it had in effect then (``known_settings``).
    return settings_from_dict(known_settings(saved.get("tree", {})), f"the settings saved in {out}")


# Spark output this tree reads besides its own: ``unspun.spark/2`` kept no passage hashes (its articles are stored
# without them, as a store made before them keeps its own), ``unspun.spark/3`` no authors (stored without one),
# ``unspun.spark/4`` no modified times (stored without one).
_READABLE_SCHEMAS = ("unspun.spark/2", "unspun.spark/3", "unspun.spark/4")


def _manifest(path: Path, schema: str) -> dict[str, Any]:
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise InputError(f"{path.parent} is not an unspun spark output ({path.name}: {error})") from None
    if manifest.get("schema") not in (schema, *_READABLE_SCHEMAS):
        raise InputError(f"{path} has schema {manifest.get('schema')!r}, not {schema!r}: use the matching unspun")
    return manifest


def _add_article(store: Store, row: dict[str, Any]) -> int:
    article = Article(
        id=row["id"], text=row["text"], title=row["title"], published=row["published"], url=row["url"],
        site=row["site"], credits=tuple(json.loads(row["credits"])), author=row.get("author"),
        modified=row.get("modified"),
    )
    sentences = tuple(Span(s, e) for s, e in zip(row["sentence_starts"], row["sentence_ends"], strict=True))
    doc = np.frombuffer(row["doc_vector"], dtype=np.float16)
    dim = max(1, len(doc))
    sketch = np.frombuffer(row["sketch"], dtype=np.float16).reshape(-1, dim)
    fingerprint = StoredFingerprint(np.frombuffer(row["minhash"], dtype=np.uint32), doc, sketch, row["english"],
                                    np.frombuffer(row.get("passages") or b"", dtype=np.uint32), article.site)
    vectors = np.frombuffer(row["vectors"], dtype=np.float16).reshape(-1, dim)
    analysis = StoredAnalysis(row["spin"], vectors)
    return store.add_article(article, row["content_hash"], Segmented(article, sentences, ()), fingerprint, analysis)


def _verdict(row: dict[str, Any]) -> Verdict:
    # an output written before links kept their fact changes has none recorded
    counts = tuple((str(kind), int(n)) for kind, n in json.loads(row.get("fact_changes") or "[]"))
    return Verdict(
        row["relation"], row["direction"], row["confidence"], row["coverage_a"], row["coverage_b"],
        tuple(json.loads(row["evidence"])), counts,
    )


def _stories(rows: list[dict[str, Any]]) -> list[Story]:
    from unspun.spark.stages import COVERAGE

    members: dict[str, list[tuple[int, str, str | None]]] = defaultdict(list)
    origins: dict[str, str | None] = {}
    for row in rows:
        role = None if row["role"] == COVERAGE else row["role"]
        members[row["story_id"]].append((row["position"], row["article_id"], role))
        origins[row["story_id"]] = row["origin"]
    stories = []
    for story_id, found in sorted(members.items()):
        found.sort()
        stories.append(Story(story_id, tuple(a for _, a, _ in found), origins[story_id], tuple(r for _, _, r in found)))
    return stories
