"""The pair pipeline's steps beyond alignment: a person's rewrite told in the source's order."""

from __future__ import annotations

from unspun.config import DEFAULT_SETTINGS
from unspun.ingest.segment import segment
from unspun.model import Article
from unspun.pair.engine import PairEngine
from unspun.pair.pipeline import linked_sentences_agree

SOURCE = ("The council closed the Carrow Bridge on Wednesday after inspectors found cracks in two of its steel "
          "bearings. About 14,000 vehicles cross the bridge every day, and drivers face a nine-mile diversion while "
          "it is shut. Engineers will carry out load tests next week to decide whether the bearings can be repaired.")
REWRITTEN = ("Inspectors found cracks in two of the steel bearings of the Carrow Bridge, so the council shut it on "
             "Wednesday. Drivers face a nine-mile detour while the bridge, used by about 14,000 vehicles a day, stays "
             "shut. Next week engineers will test the bearings under load to decide if they can be repaired.")
# Another reporter on the same points in the same order: the closure, the traffic, what happens next.
OTHER_REPORT = ("The Carrow Bridge, the town's busiest crossing, was opened in 1968 and last strengthened in 2009. "
                "Shopkeepers near the bridge say trade has fallen since the traffic stopped. The council hopes the "
                "government will pay most of the cost of new bearings.")
IN_ORDER = [(0, 0), (1, 1), (2, 2)]


def test_a_chain_stands_when_its_linked_sentences_say_the_same_things_not_when_they_share_a_point():
    engine, tier = PairEngine(), DEFAULT_SETTINGS.semantic
    source, rewritten, other = (segment(Article(name, text)) for name, text in
                                (("source", SOURCE), ("rewrite", REWRITTEN), ("other", OTHER_REPORT)))
    assert len(source.sentences) == len(rewritten.sentences) == len(other.sentences) == 3
    assert linked_sentences_agree(source, rewritten, IN_ORDER, engine, tier)
    assert linked_sentences_agree(rewritten, source, IN_ORDER, engine, tier)
    assert not linked_sentences_agree(source, other, IN_ORDER, engine, tier)
