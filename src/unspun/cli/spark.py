"""The ``spark`` and ``import`` commands: the pipeline on Apache Spark, and its output into a store.

A thin shell like ``cli.corpus``: parse, call ``unspun.spark.job`` or ``unspun.store.spark_import``, print.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from unspun.cli.common import EXIT_PARTIAL, add_settings, given_settings, settings_of


def register(subparsers: Any) -> None:
    """Add ``spark`` and ``import`` to the ``unspun`` parser's sub-parsers."""
    p = subparsers.add_parser("spark", help="the corpus pipeline on Apache Spark, Parquet tables out")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files, folders, JSON Lines, WARC, Parquet (id, text|html, url, title, published, site); "
                        "local paths or Hadoop URIs")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the articles, links, stories tables")
    p.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    add_settings(p)
    p.add_argument("--ui", action="store_true", help="start Spark's web UI (off by default)")
    p.add_argument("--event-log", metavar="DIR", help="write Spark's event log here (stage and shuffle metrics)")
    p.add_argument("--precise", action="store_true", help="align candidate pairs with MiniLM (slower)")
    p.set_defaults(handler=cmd_spark)

    p = subparsers.add_parser("import", help="load the output of `unspun spark` into a store")
    p.add_argument("out", metavar="DIR", help="the folder `unspun spark --out` wrote")
    p.add_argument("--db", required=True, metavar="DB", help="the store to create (a new SQLite file)")
    p.add_argument("--settings", metavar="FILE.toml",
                   help="the settings the Spark job ran with (default: those its output saved)")
    p.add_argument("--precise", action="store_true", help="the Spark job aligned with MiniLM (--precise)")
    p.set_defaults(handler=cmd_import)


def cmd_spark(args: argparse.Namespace) -> int:
    from unspun.pair.engine import PairEngine
    from unspun.spark.job import run_spark
    from unspun.spark.session import spark_session

    engine = PairEngine(settings_of(args), precise=args.precise)
    session = spark_session(args.master, ui=args.ui, event_log=args.event_log)
    try:
        summary = run_spark(args.inputs, args.out, session, engine)
    finally:
        session.stop()
    print(f"unspun: {summary.line()}", file=sys.stderr)
    return EXIT_PARTIAL if summary.skipped else 0


def cmd_import(args: argparse.Namespace) -> int:
    from unspun.pair.engine import PairEngine
    from unspun.store.spark_import import import_spark_output, output_settings

    settings = given_settings(args) or output_settings(Path(args.out))
    summary = import_spark_output(Path(args.out), Path(args.db), PairEngine(settings, precise=args.precise))
    print(f"unspun: {summary.line()} into {args.db}", file=sys.stderr)
    return 0
