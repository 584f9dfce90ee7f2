"""Band plans of ``unspun spark``'s vector candidates (``spark.stages.band_plan``): buckets stay capped as the
corpus grows, on the static vectors of real BBC articles (no Spark session needed).

Plans are made from a sample of 300 articles and checked on 300 others: the expected bucket at 100k and 1M
articles, and the largest bucket actually formed when the cap is scaled down to the 600 articles.
"""

from __future__ import annotations

import dataclasses
import random
from collections import Counter

import numpy as np
import pytest
from conftest import need_shared

from unspun.config import CandidateConfig, SparkConfig
from unspun.corpus.candidates import expected_bucket, random_planes, sign_band_keys
from unspun.spark.stages import BandPlan, background_cosines, band_plan

Sample = list[tuple[np.ndarray, np.ndarray]]


@pytest.fixture(scope="module")
def vectors() -> Sample:
    """(mean vector, query sentence vectors) of 600 BBC articles from all five sections, shuffled (seeded)."""
    from bench.corpus import _as_article_text, bbc_texts
    from unspun.model import RawRecord
    from unspun.run.pool import Hashed, Prepared, corpus_engine, prepare

    shared = need_shared("data/bbc_fulltext").parents[1]
    texts = bbc_texts(shared)
    random.Random(3).shuffle(texts)
    records = [
        Hashed(RawRecord(id=f"bbc-{k}", content=_as_article_text(t.partition("\n")[2]), format="text"), str(k))
        for k, t in enumerate(texts[:600])
    ]
    found = [p for p in prepare(records, corpus_engine()) if isinstance(p, Prepared)]
    return [(p.fp.stored.doc_vector.astype(np.float32), np.asarray(p.fp.query_vectors, np.float32)) for p in found]


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def _cosines(sample: Sample, plan: BandPlan) -> dict[str, np.ndarray]:
    """Background cosines of the sample's vectors, centred as the plan centres them (sentences: 1,500 against all
    of other articles)."""
    match = CandidateConfig()
    docs = _unit(np.stack([d for d, _ in sample]))
    owners = np.concatenate([np.full(len(q), k) for k, (_, q) in enumerate(sample)])
    sentences = _unit(np.concatenate([q for _, q in sample]))
    rows = np.random.default_rng(0).choice(len(sentences), 1500, replace=False)
    upper = np.triu(np.ones((len(docs), len(docs)), dtype=bool), 1)
    others = owners[rows][:, None] != owners[None, :]
    return {
        "doc": background_cosines(docs, docs, plan.centres["doc"], upper, match.rewrite_doc_match),
        "sentence": background_cosines(sentences[rows], sentences, plan.centres["sentence"], others,
                                       match.sentence_match),
    }


@pytest.mark.parametrize("articles", [100_000, 1_000_000])
def test_expected_buckets_stay_under_the_cap_at_scale(vectors: Sample, articles: int) -> None:
    config = SparkConfig()
    fitted, held_out = vectors[:300], vectors[300:]
    plan = band_plan(fitted, articles, config, CandidateConfig())
    cosines = _cosines(held_out, plan)
    members = {"doc": articles, "sentence": round(articles * np.mean([len(q) for _, q in held_out]))}
    for kind in ("doc", "sentence"):
        expected = expected_bucket(cosines[kind], plan.bits[kind], members[kind])
        assert expected <= 1.5 * config.bucket_target < config.max_bucket, (kind, plan.bits[kind], expected)
        assert plan.bits[kind] > getattr(config, f"{kind}_bits")  # widened for the size


def test_small_corpora_keep_the_least_widths(vectors: Sample) -> None:
    config = SparkConfig()
    least = {"sentence": config.sentence_bits, "doc": config.doc_bits}
    assert band_plan(vectors[:300], 300, config, CandidateConfig()).bits == least
    assert band_plan([], 10, config, CandidateConfig()).bits == least


def test_the_largest_bucket_formed_stays_capped(vectors: Sample) -> None:
    """With the target and cap scaled down to 600 articles (expect 3 others, cap 24: the defaults' ratio), the
    plan made from 300 of them keeps every mean-vector bucket of all 600 under the cap; the former fixed plan
    (8 bits, uncentred) does not."""
    config = SparkConfig()
    config = dataclasses.replace(config, bucket_target=3, max_bucket=3 * config.max_bucket // config.bucket_target)
    plan = band_plan(vectors[:300], len(vectors), config, CandidateConfig())
    docs = np.stack([d for d, _ in vectors])

    def largest(keys: np.ndarray) -> int:
        return max(Counter((band, key) for row in keys.tolist() for band, key in enumerate(row)).values())

    def planes(bits: int) -> np.ndarray:
        return random_planes(docs.shape[1], config.doc_bands * bits, config.seed + 1)

    assert largest(plan.keys("doc", docs, planes(plan.bits["doc"]))) <= config.max_bucket
    assert largest(sign_band_keys(docs, planes(8), 8)) > 5 * config.max_bucket
