"""bench.condensed_features: the in-order chain a condensed revision's links make."""

from bench.condensed_features import increasing_chain


def test_increasing_chain_counts_links_in_the_sources_order() -> None:
    # A revision retelling source sentences 0, 2, 3, then its aside linked back to 1, then 5: four in order.
    assert increasing_chain([0, 2, 3, 1, 5]) == 4


def test_increasing_chain_of_a_text_out_of_order_is_short() -> None:
    # An independent text telling the same facts in another order links to the source backwards.
    assert increasing_chain([6, 4, 3, 1]) == 1
    assert increasing_chain([]) == 0
