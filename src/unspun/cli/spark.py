"""The ``spark`` and ``import`` commands: the pipeline on Apache Spark, and its output into a store.

A thin shell like ``cli.corpus``: parse, call ``unspun.spark.job`` or ``unspun.store.spark_import``, print.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from dataclasses import fields
from pathlib import Path
from typing import Any

from unspun.errors import InputError

EXIT_PARTIAL = 1  # the run finished but skipped bad records


def register(subparsers: Any) -> None:
    """Add ``spark`` and ``import`` to the ``unspun`` parser's sub-parsers."""
    p = subparsers.add_parser("spark", help="the corpus pipeline on Apache Spark, Parquet tables out")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files, folders, JSON Lines, WARC, Parquet (id, text|html, url, title, published, site); "
                        "local paths or Hadoop URIs")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the articles, links, stories tables")
    p.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    p.add_argument("--settings", metavar="FILE", help="a TOML file whose [spark] table changes the job's settings")
    p.add_argument("--ui", action="store_true", help="start Spark's web UI (off by default)")
    p.add_argument("--event-log", metavar="DIR", help="write Spark's event log here (stage and shuffle metrics)")
    p.set_defaults(handler=cmd_spark)

    p = subparsers.add_parser("import", help="load the output of `unspun spark` into a store")
    p.add_argument("out", metavar="DIR", help="the folder `unspun spark --out` wrote")
    p.add_argument("--db", required=True, metavar="DB", help="the store to create (a new SQLite file)")
    p.set_defaults(handler=cmd_import)


def cmd_spark(args: argparse.Namespace) -> int:
    from unspun.spark.job import run_spark
    from unspun.spark.session import spark_session

    spark = spark_settings(Path(args.settings)) if args.settings else None
    session = spark_session(args.master, ui=args.ui, event_log=args.event_log)
    try:
        kwargs = {"spark": spark} if spark else {}
        summary = run_spark(args.inputs, Path(args.out), session, **kwargs)
    finally:
        session.stop()
    print(f"unspun: {summary.line()}", file=sys.stderr)
    return EXIT_PARTIAL if summary.skipped else 0


def cmd_import(args: argparse.Namespace) -> int:
    from unspun.store.spark_import import import_spark_output

    summary = import_spark_output(Path(args.out), Path(args.db))
    print(f"unspun: {summary.line()} into {args.db}", file=sys.stderr)
    return 0


def spark_settings(path: Path) -> Any:
    """The ``[spark]`` table of a TOML settings file as a ``SparkConfig``; unknown names are refused."""
    from unspun.spark.stages import SparkConfig

    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("spark", {})
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise InputError(f"cannot read settings {path}: {error}") from None
    known = {f.name for f in fields(SparkConfig)}
    unknown = sorted(set(table) - known)
    if unknown:
        raise InputError(f"{path}: unknown [spark] setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    try:
        return SparkConfig(**table)
    except (TypeError, ValueError) as error:
        raise InputError(f"{path}: {error}") from None
