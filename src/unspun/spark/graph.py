"""Connected components of a large graph as Spark DataFrame jobs: alternating large-star and small-star
(Kiveris et al., "Connected components in MapReduce and beyond", 2014), O(log^2 n) rounds even on long chains,
where plain min-label propagation needs as many rounds as the graph's diameter.

Nodes are integers; the label of a component is its smallest node. A graph small enough for the driver's memory
is joined there instead (``labels``): each round of the distributed algorithm costs 4 shuffles, a fixed cost that
dominates until the graph has millions of edges.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from unspun.corpus.story_clusters import cluster

MAX_ROUNDS = 200  # large-star/small-star converges in O(log^2 n) rounds: 200 is far beyond any real graph


@dataclass(frozen=True, slots=True)
class Labels:
    """The label of every node that has an edge, where ``labels`` found it: ``local``, a dict node → label made on
    the driver (a small graph: the caller broadcasts it, no join), or ``rows``, an RDD of (node, label) on the
    cluster (None where ``local`` is given)."""

    local: dict[int, int] | None
    rows: Any = None


def labels(edges: Any, local_limit: int) -> Labels:
    """``edges`` (an RDD of (a, b) node pairs) → the label of every node that has an edge: on the driver when there
    are at most ``local_limit`` edges, else by ``components`` on the cluster."""
    edges = edges.persist()
    # One job over all partitions at once (``take`` would compute them a few at a time, the first one alone).
    if edges.count() <= local_limit:
        found = Labels(local_components(edges.collect()))
    else:
        from pyspark.sql import SparkSession

        frame = SparkSession(edges.context).createDataFrame(edges, "a long, b long")
        found = Labels(None, components(frame).rdd.map(lambda r: (r["node"], r["label"])))
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
    return _ordered(edges).distinct()


def _ordered(edges: Any) -> Any:
    """Each edge as (larger, smaller), self-loops dropped; duplicates kept (the next shuffle drops them)."""
    from pyspark.sql import functions as F

    return edges.where(F.col("u") != F.col("v")).select(F.greatest("u", "v").alias("u"), F.least("u", "v").alias("v"))


def _smallest_of(edges: Any) -> Any:
    """``edges`` with column ``m``, the smallest ``v`` of the row's ``u``: a window, one shuffle (a group and a
    join back were two)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    return edges.withColumn("m", F.min("v").over(Window.partitionBy("u")))


def _large_star(edges: Any) -> Any:
    """Every node's larger neighbours attach to the smallest node of its neighbourhood (itself included)."""
    from pyspark.sql import functions as F

    both = edges.union(edges.select(F.col("v").alias("u"), F.col("u").alias("v")))
    attached = _smallest_of(both).where(F.col("v") > F.col("u"))
    return attached.select(F.col("v").alias("u"), F.least("m", "u").alias("v"))  # already (larger, smaller)


def _small_star(edges: Any) -> Any:
    """Every node and its smaller neighbours attach to the smallest of them. ``edges`` are (larger, smaller)
    pairs, so a row's ``v`` is one of its ``u``'s smaller neighbours."""
    from pyspark.sql import functions as F

    smallest = _smallest_of(edges)
    moved = smallest.select(F.col("v").alias("u"), F.col("m").alias("v"))
    return _normalised(moved.union(smallest.select("u", F.col("m").alias("v"))))


def _is_stars(edges: Any) -> bool:
    """Converged: every node has at most one edge to a smaller node, and that one points nowhere, so each
    component is a star around its smallest node. With (larger, smaller) edges, a node breaks that when it has
    two smaller neighbours, or a smaller and a larger one: one grouping, one job."""
    from pyspark.sql import functions as F

    ends = edges.select(F.col("u").alias("node"), F.lit(1).alias("smaller"), F.lit(0).alias("larger")).union(
        edges.select(F.col("v").alias("node"), F.lit(0).alias("smaller"), F.lit(1).alias("larger")))
    degrees = ends.groupBy("node").agg(F.sum("smaller").alias("smaller"), F.sum("larger").alias("larger"))
    return degrees.where((F.col("smaller") > 1) | ((F.col("smaller") > 0) & (F.col("larger") > 0))).isEmpty()
