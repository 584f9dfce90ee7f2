"""Connected components of a large graph as Spark DataFrame jobs: alternating large-star and small-star
(Kiveris et al., "Connected components in MapReduce and beyond", 2014), O(log^2 n) rounds even on long chains,
where plain min-label propagation needs as many rounds as the graph's diameter.

Nodes are integers; the label of a component is its smallest node. A graph small enough for the driver's memory
is joined there instead (``labels``): each round of the distributed algorithm costs ~6 shuffles, a fixed cost that
dominates until the graph has millions of edges.
"""

from __future__ import annotations

from typing import Any

from unspun.corpus.story_clusters import cluster

MAX_ROUNDS = 200  # large-star/small-star converges in O(log^2 n) rounds: 200 is far beyond any real graph


def labels(edges: Any, local_limit: int) -> Any:
    """``edges`` (an RDD of (a, b) node pairs) → RDD of (node, label) for every node that has an edge: on the driver
    when there are at most ``local_limit`` edges, else by ``components`` on the cluster."""
    edges = edges.persist()
    sample = edges.take(local_limit + 1)
    if len(sample) <= local_limit:
        found = edges.context.parallelize(sorted(local_components(sample).items()), edges.getNumPartitions())
    else:
        from pyspark.sql import SparkSession

        frame = SparkSession(edges.context).createDataFrame(edges, "a long, b long")
        found = components(frame).rdd.map(lambda r: (r["node"], r["label"]))
    edges.unpersist()
    return found


def local_components(edges: list[tuple[int, int]]) -> dict[int, int]:
    """node → label (the component's smallest node) by the stories' union-find, the same rows as ``components``
    gives."""
    nodes = sorted({x for a, b in edges if a != b for x in (a, b)})  # a self-loop is no edge, as in ``components``
    index = {node: i for i, node in enumerate(nodes)}
    groups = cluster(len(nodes), ((index[a], index[b]) for a, b in edges if a != b))
    # Each group is sorted and ``nodes`` is sorted, so a group's first member is its smallest node.
    return {nodes[i]: nodes[group[0]] for group in groups for i in group}


def components(edges: Any, max_rounds: int = MAX_ROUNDS) -> Any:
    """``edges`` (a DataFrame of long columns ``a``, ``b``) → DataFrame ``node, label`` for every node that has
    an edge (an isolated node is its own component, with no row here)."""
    from pyspark.sql import functions as F

    current = _normalised(edges.select(F.col("a").alias("u"), F.col("b").alias("v"))).localCheckpoint()
    for _ in range(max_rounds):
        if _is_stars(current):
            break
        current = _small_star(_large_star(current)).localCheckpoint()
    else:
        from unspun.errors import UnspunError

        raise UnspunError(f"connected components did not converge in {max_rounds} rounds")
    parents = current.groupBy("u").agg(F.min("v").alias("label")).withColumnRenamed("u", "node")
    nodes = current.select(F.col("v").alias("node")).union(current.select(F.col("u").alias("node"))).distinct()
    return (
        nodes.join(parents, "node", "left")
        .select("node", F.coalesce("label", "node").alias("label"))
    )


def _normalised(edges: Any) -> Any:
    """Each undirected edge once, as (larger, smaller); self-loops dropped."""
    from pyspark.sql import functions as F

    return (
        edges.where(F.col("u") != F.col("v"))
        .select(F.greatest("u", "v").alias("u"), F.least("u", "v").alias("v"))
        .distinct()
    )


def _both_ways(edges: Any) -> Any:
    from pyspark.sql import functions as F

    return edges.union(edges.select(F.col("v").alias("u"), F.col("u").alias("v")))


def _large_star(edges: Any) -> Any:
    """Every node's larger neighbours attach to the smallest node of its neighbourhood (itself included)."""
    from pyspark.sql import functions as F

    both = _both_ways(edges)
    smallest = both.groupBy("u").agg(F.least(F.min("v"), F.col("u")).alias("m"))
    return _normalised(
        both.join(smallest, "u").where(F.col("v") > F.col("u")).select(F.col("v").alias("u"), F.col("m").alias("v"))
    )


def _small_star(edges: Any) -> Any:
    """Every node and its smaller neighbours attach to the smallest of them."""
    from pyspark.sql import functions as F

    smaller = _both_ways(edges).where(F.col("v") < F.col("u"))
    smallest = smaller.groupBy("u").agg(F.min("v").alias("m"))
    moved = smaller.join(smallest, "u").select(F.col("v").alias("u"), F.col("m").alias("v"))
    return _normalised(moved.union(smallest.select("u", F.col("m").alias("v"))))


def _is_stars(edges: Any) -> bool:
    """Converged: every node has at most one edge to a smaller node, and that one points nowhere, so each
    component is a star around its smallest node."""
    from pyspark.sql import functions as F

    two_parents = edges.groupBy("u").count().where(F.col("count") > 1).select("u")
    return two_parents.union(edges.select("v").intersect(edges.select("u"))).isEmpty()  # one job, not two
