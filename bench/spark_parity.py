"""Spark against the single machine on one input: ``unspun index`` + ``stories`` (a store) and ``unspun spark``
(its Parquet tables) compared link by link and story by story; every differing link listed with both relations.

``python -m bench.spark_parity DIR`` reads ``DIR/x.db`` and ``DIR/out`` (what ``UNSPUN_SCALE_KEEP=DIR python -m
bench.scale`` leaves), builds the store's stories if it has none, and prints the comparison as markdown.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from bench.common import md_table
from bench.corpus import bcubed


def compare(db: Path, out: Path) -> dict[str, Any]:
    """Links (pair → relation) and stories of both engines, and where they differ."""
    from unspun.spark.output import read_table
    from unspun.store.sqlite import Store
    from unspun.store.stories import build_stories

    with Store(db, create=False) as store:
        ids = {m.pk: m.id for m in store.metas()}
        index_links = {(ids[p.a], ids[p.b]): p.verdict.relation for p in store.pairs()}
        index_stories = {a: s.id for s in (store.stories() or build_stories(store)) for a in s.articles}
    spark_links = {(r["a"], r["b"]): r["relation"] for r in read_table(out / "links")}
    spark_stories = {r["article_id"]: r["story_id"] for r in read_table(out / "stories")}
    pairs = set(index_links) | set(spark_links)
    differences = sorted((pair, index_links.get(pair), spark_links.get(pair)) for pair in pairs
                         if index_links.get(pair) != spark_links.get(pair))
    articles = sorted(set(index_stories) & set(spark_stories))
    stories = bcubed([spark_stories[a] for a in articles], [index_stories[a] for a in articles])
    return {
        "index_links": len(index_links), "spark_links": len(spark_links), "pairs": len(pairs),
        "identical": len(pairs) - len(differences), "differences": differences,
        "relations": {"index": Counter(index_links.values()), "spark": Counter(spark_links.values())},
        "articles": {"index": len(index_stories), "spark": len(spark_stories), "both": len(articles)},
        "stories": {"index": len(set(index_stories.values())), "spark": len(set(spark_stories.values())),
                    "bcubed": stories},
    }


def markdown(r: dict[str, Any]) -> str:
    share = r["identical"] / max(1, r["pairs"])
    scores = r["stories"]["bcubed"]
    rows = [[f"{a} → {b}", str(index), str(spark)] for (a, b), index, spark in r["differences"]]
    return "\n".join([
        f"Links: index {r['index_links']}, Spark {r['spark_links']}; {r['identical']} of {r['pairs']} pairs "
        f"identical with identical relations (**{share:.4f}**).",
        f"Relations: index {dict(sorted(r['relations']['index'].items()))}; "
        f"Spark {dict(sorted(r['relations']['spark'].items()))}.",
        f"Stories: index {r['stories']['index']}, Spark {r['stories']['spark']} over {r['articles']['both']} articles "
        f"(index {r['articles']['index']}, Spark {r['articles']['spark']}); B-cubed of Spark's against the index's: "
        f"P {scores['precision']:.4f}, R {scores['recall']:.4f}, **F1 {scores['f1']:.4f}**.",
        "",
        md_table(["pair (a → b)", "index", "Spark"], rows) if rows else "No link differs.",
    ])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder holding x.db (the index's store) and out (Spark's tables)")
    args = parser.parse_args(argv)
    print(markdown(compare(args.folder / "x.db", args.folder / "out")))


if __name__ == "__main__":
    main()
