"""The trace screen: a candidate is compared in full only when a sentence of it comes close to one of the query's
(or they share a MinHash band). Realistic text: a council's harbour-wall vote, a spun copy and an edited copy of
it (both must reach a full comparison), and another town's storm warning (same topic, no shared text: screened
out)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from unspun.config import DEFAULT_SETTINGS, IndexConfig
from unspun.corpus.screen import closest_cosine, worth_full_comparison
from unspun.ingest.segment import segment
from unspun.model import Article
from unspun.pair.engine import PairEngine

ORIGINAL = "\n\n".join([
    'Councillors in Porthaven voted on Tuesday to spend £4.2m on raising the harbour wall before next '
    'winter.',
    'The decision follows three floods in two years that left shops along Quay Street closed for weeks.',
    'Council leader Maria Telford said the town could not afford to wait for national funding. "Every '
    'storm costs our traders more than the wall will," she told the meeting.',
    'Work is due to start in March and should take about seven months, with the road along the seafront '
    'closed in stages.',
    'Opposition members argued the money would be better spent on drainage further inland, but the plan '
    'passed by 31 votes to 12.',
    'The Environment Agency said it welcomed the scheme and would advise on the design.',
])

SPUN = "\n\n".join([
    'Councillors in Porthaven decided on Tuesday to invest £4.2m on heightening the harbour barrier '
    'ahead of next winter.',
    'The choice comes after three floods in two years that kept shops on Quay Street shut for weeks.',
    'Council chief Maria Telford said the town could not afford to hold on for national money. "Each '
    'storm costs our traders more than the barrier will," she told the gathering.',
    'Work is expected to begin in March and should last roughly seven months, with the road by the '
    'seafront shut in phases.',
    'Opposition members claimed the cash would be better used on drainage further inland, but the '
    'proposal was approved by 31 votes to 12.',
    'The Environment Agency said it backed the project and would advise on the design.',
])

EDITED = "\n\n".join([
    'Porthaven council will spend £4.2m raising its harbour wall before next winter, after a vote on '
    'Tuesday.',
    'The decision follows three floods in two years that left shops along Quay Street closed for weeks.',
    'Council leader Maria Telford said the town could not afford to wait for national funding. "Every '
    'storm costs our traders more than the wall will," she told the meeting.',
    'Work is due to start in March, the council said.',
    'Local traders told this newspaper they were relieved but worried about the months of roadworks.',
])

SAME_TOPIC = "\n\n".join([
    'Residents of Kelmouth have been told to prepare sandbags as forecasters warn of a storm surge this '
    'weekend.',
    'The Met Office issued an amber warning for the coast from Saturday morning, with gusts of up to '
    '70mph expected.',
    "Kelmouth's mayor, David Ashworth, said emergency crews had checked the sea defences on Friday and "
    'found no damage.',
    "Last year a similar surge flooded the town's railway station and cut the line to Exeter for four "
    'days.',
    'Insurers say claims for coastal flooding in the region have doubled over the past decade.',
    'The county council has opened two rest centres for anyone who has to leave their home.',
])

SCREEN = dataclasses.replace(DEFAULT_SETTINGS.index, trace_screen=True)  # off by default (config.py says why)


@pytest.fixture(scope="module")
def vectors() -> dict[str, np.ndarray]:
    engine = PairEngine(precise=False)
    texts = {"original": ORIGINAL, "spun": SPUN, "edited": EDITED, "same_topic": SAME_TOPIC}
    return {name: engine.static.encode(segment(Article(name, text), engine.config).sentence_texts())
            for name, text in texts.items()}


@pytest.mark.parametrize("copy", ["spun", "edited"])
def test_a_spun_or_edited_copy_reaches_a_full_comparison(vectors: dict[str, np.ndarray], copy: str) -> None:
    assert worth_full_comparison(vectors[copy], vectors["original"], 0, SCREEN)
    assert worth_full_comparison(vectors["original"], vectors[copy], 0, SCREEN)


def test_another_report_on_the_same_topic_is_screened_out(vectors: dict[str, np.ndarray]) -> None:
    assert closest_cosine(vectors["same_topic"], vectors["original"]) < SCREEN.trace_screen_cosine
    assert not worth_full_comparison(vectors["same_topic"], vectors["original"], 0, SCREEN)


def test_a_shared_minhash_band_or_the_screen_turned_off_compares_anything(vectors: dict[str, np.ndarray]) -> None:
    pair = vectors["same_topic"], vectors["original"]
    assert worth_full_comparison(*pair, 1, SCREEN)
    assert worth_full_comparison(*pair, 0, dataclasses.replace(SCREEN, trace_screen=False))
    assert worth_full_comparison(pair[0], None, 0, SCREEN), "no vectors: nothing to screen on"


def test_the_closest_cosine_is_the_best_sentence_pair_whichever_side_is_the_query() -> None:
    rng = np.random.default_rng(3)
    a, b = rng.standard_normal((5, 8)), rng.standard_normal((7, 8))
    a /= np.linalg.norm(a, axis=1, keepdims=True)
    b /= np.linalg.norm(b, axis=1, keepdims=True)
    best = max(float(x @ y) for x in a for y in b)
    assert closest_cosine(a, b) == pytest.approx(best, abs=1e-6)
    assert closest_cosine(b, a) == pytest.approx(best, abs=1e-6)
    assert closest_cosine(a[:0], b) == -1.0


def test_the_screen_is_a_setting_off_by_default_with_a_cosine_bar() -> None:
    assert not IndexConfig().trace_screen
    assert 0.0 < IndexConfig().trace_screen_cosine < 1.0
