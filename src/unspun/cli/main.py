"""The ``unspun`` command line: parses arguments and calls the library; no pipeline logic lives here."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from unspun.cli.common import (
    EXIT_PARTIAL,
    add_format,
    add_settings,
    message,
    print_json,
    settings_of,
    store_settings_of,
    warn,
)
from unspun.errors import InputError, OutputError, UnspunError

ERROR_SCHEMA = "unspun.error/1"  # the line a batch prints in place of a failed input
MORE_PASSAGES = "use --format json or --html"  # where the passages a text report leaves out are shown


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except UnspunError as error:
        return _fail(message(error), error.exit_code)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        # The reader went away (``| head``); nothing more to say.
        sys.stderr.close()
        return 0
    except Exception as error:
        if os.environ.get("UNSPUN_DEBUG"):
            raise
        return _fail(f"internal error: {type(error).__name__}: {error} (set UNSPUN_DEBUG=1 for details)", 70)


def run() -> NoReturn:
    """``unspun`` as a program (``python -m unspun``, the ``unspun`` script): ``main``, then the process ends
    without taking its interpreter apart object by object. That teardown freed everything a run had remembered
    (word tokens, sentences, vectors, by the hundred thousand) and cost an index of the Scale WARC ~1.2 s of CPU
    after its work was done. Output is flushed first; a process with threads or child processes still running,
    or whose output could not be flushed, ends the usual way."""
    code = main()
    if _nothing_left_running():
        try:
            for stream in (sys.stdout, sys.stderr):
                if stream is not None:  # None: the process was started with that output closed
                    stream.flush()
        except (OSError, ValueError):  # a closed or full output: the usual exit reports it
            sys.exit(code)
        os._exit(code)
    sys.exit(code)


def _nothing_left_running() -> bool:
    """Whether this process runs nothing but its main thread: no other thread a normal exit would wait for, no
    child process a normal exit would join."""
    import multiprocessing
    import threading

    others = [t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon]
    return not others and not multiprocessing.active_children()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="unspun", description="Text reuse and provenance for news: copies, spun copies, rewrites.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="the clean article text and metadata of news pages")
    p.add_argument("files", nargs="+", metavar="FILE", help="plain text, HTML, JSON, or - for stdin")
    add_format(p)
    add_settings(p)
    p.set_defaults(handler=cmd_extract)

    p = sub.add_parser("compare", help="how two pages are related, aligned passages, what changed")
    p.add_argument("a", nargs="?", metavar="A", help="first page (file or -)")
    p.add_argument("b", nargs="?", metavar="B", help="second page (file or -)")
    p.add_argument("--html", metavar="OUT", help="also write a side-by-side HTML report to OUT")
    p.add_argument("--pairs", metavar="FILE.jsonl",
                   help='many pairs in one process: lines {"a": path, "b": path}; one JSON result per line')
    p.add_argument("--versions", metavar="ID",
                   help="what changed between two stored versions of the article ID (a stored id, or the path of "
                        "an indexed file) in the store --db: by default the latest against the one before")
    p.add_argument("--between", nargs=2, type=int, metavar=("A", "B"),
                   help="with --versions: compare version A with version B (e.g. --between 1 3)")
    p.add_argument("--db", metavar="STORE", help="with --versions: the store (SQLite file made by index)")
    add_format(p)
    add_settings(p)
    p.set_defaults(handler=cmd_compare)

    p = sub.add_parser("settings", help="print every setting as TOML (the defaults, or a --settings file checked)")
    add_settings(p)
    p.set_defaults(handler=cmd_settings)

    p = sub.add_parser("prepare", help="prepare the models once (needs the 'prepare' extras: torch)")
    p.add_argument("--force", action="store_true", help="rebuild even if present")
    p.set_defaults(handler=cmd_prepare)

    _register_corpus_commands(sub)
    return parser


def _register_corpus_commands(sub: argparse._SubParsersAction) -> None:
    from unspun.cli import spark
    from unspun.cli.corpus import register
    from unspun.cli.serve import register as register_serve

    register(sub)
    spark.register(sub)
    register_serve(sub)


# --- commands -------------------------------------------------------------------------------------

def cmd_extract(args: argparse.Namespace) -> int:
    from unspun.ingest.extract import extract
    from unspun.report.json import article_dict
    from unspun.report.text import article_text

    settings = settings_of(args)
    failures = 0
    for path in args.files:
        try:
            article = extract(path, settings.pair, settings.html)
        except InputError as error:
            if len(args.files) == 1:
                raise
            failures += 1
            warn(str(error))
            if args.format == "json":  # output lines stay in step with the inputs
                print_json({"schema": ERROR_SCHEMA, "input": path, "error": str(error)})
            continue
        if args.format == "json":
            print_json(article_dict(article))
        else:
            sys.stdout.write(article_text(article) + ("\n" if len(args.files) > 1 else ""))
    if failures:
        warn(f"{failures} of {len(args.files)} input(s) failed; the others were extracted")
    return EXIT_PARTIAL if failures else 0


def cmd_compare(args: argparse.Namespace) -> int:
    if args.versions is not None:
        return _compare_versions(args)
    for option, given in (("--between", args.between), ("--db", args.db)):
        if given is not None:
            raise UnspunError(f"{option} applies to --versions ID only: drop it, or add --versions")
    if args.pairs:
        if args.a or args.b:
            raise UnspunError("give either A and B or --pairs FILE.jsonl, not both")
        if args.html:
            raise UnspunError("--html writes the report of one pair: it does not apply to --pairs; drop it")
        return _compare_pairs(Path(args.pairs), args)
    if not (args.a and args.b):
        raise UnspunError("compare needs two pages: unspun compare A B (or --pairs FILE.jsonl)")
    if args.a == "-" and args.b == "-":
        raise UnspunError("only one of A and B can be stdin (-)")
    from unspun.pair.engine import PairEngine

    comparison = PairEngine(settings_of(args)).compare(args.a, args.b)
    _emit_comparison(comparison, args.format, sys.stdout)
    if args.html:
        _write_html(comparison, Path(args.html))
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from unspun.config import settings_toml

    sys.stdout.write(settings_toml(settings_of(args)))
    return 0


def cmd_prepare(args: argparse.Namespace) -> int:
    try:
        from unspun.embed.prepare import prepare
    except ImportError as error:
        raise UnspunError(f"cannot prepare models: {error}; install the extras: pip install 'unspun[prepare]'") \
            from error
    prepare(force=args.force, say=lambda line: print(f"unspun: {line}", flush=True))
    return 0


# --- helpers --------------------------------------------------------------------------------------

def _compare_pairs(path: Path, args: argparse.Namespace) -> int:
    from unspun.pair.engine import PairEngine

    engine = PairEngine(settings_of(args))
    failures = 0
    for line_no, pair in _pair_lines(path):
        if isinstance(pair, str):
            failures += 1
            _pair_error(line_no, None, None, pair)
            continue
        a, b = pair
        try:
            comparison = engine.compare(a, b)
        except UnspunError as error:
            failures += 1
            _pair_error(line_no, a, b, str(error))
            continue
        _emit_comparison(comparison, "json" if args.format == "json" else "text", sys.stdout)
        sys.stdout.flush()
    if failures:
        warn(f"{failures} pair(s) failed; the others completed")
    return EXIT_PARTIAL if failures else 0


def _compare_versions(args: argparse.Namespace) -> int:
    if args.a or args.b or args.pairs:
        raise UnspunError("give either --versions ID or pages to compare (A B, --pairs), not both")
    if args.db is None:
        raise UnspunError("--versions needs the store: add --db STORE")
    from unspun.pair.engine import PairEngine
    from unspun.report.json import version_comparison_dict
    from unspun.report.text import version_comparison_text
    from unspun.run.lookup import compare_versions
    from unspun.store.sqlite import Store

    # The indexer's engine (static vectors), as the store's verdicts were made with.
    engine = PairEngine(store_settings_of(args), precise=False)
    with Store(Path(args.db), create=False) as store, store.snapshot():
        found = compare_versions(store, args.versions, tuple(args.between) if args.between else None, engine)
    if args.format == "json":
        print_json(version_comparison_dict(found))
    else:
        print(version_comparison_text(found, MORE_PASSAGES))
    if args.html:
        from unspun.web.pages import version_page

        _write_file(version_page(found), Path(args.html))
    return 0


def _pair_lines(path: Path) -> Iterator[tuple[int, tuple[str, str] | str]]:
    """(line number, (a, b)) for good lines, (line number, reason) for bad ones; blank lines skipped."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot read pairs file {path}: {error.strerror}; give a JSON Lines file") from error
    with handle:
        for line_no, line in enumerate(handle, 1):
            if line.strip():
                yield line_no, _parse_pair(line)


def _parse_pair(line: str) -> tuple[str, str] | str:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return f"not JSON ({error.msg})"
    if not isinstance(record, dict) or not isinstance(record.get("a"), str) or not isinstance(record.get("b"), str):
        return 'expected an object with string fields "a" and "b"'
    return record["a"], record["b"]


def _pair_error(line_no: int, a: str | None, b: str | None, reason: str) -> None:
    warn(f"pair on line {line_no} skipped: {reason}")
    print_json({"schema": ERROR_SCHEMA, "line": line_no, "a": a, "b": b, "error": reason})


def _emit_comparison(comparison: Any, fmt: str, out: TextIO) -> None:
    from unspun.report.json import comparison_dict
    from unspun.report.text import comparison_text

    if fmt == "json":
        out.write(json.dumps(comparison_dict(comparison), ensure_ascii=False) + "\n")
    else:
        out.write(comparison_text(comparison, more=MORE_PASSAGES) + "\n")


def _write_html(comparison: Any, out: Path) -> None:
    from unspun.web.pages import comparison_page

    _write_file(comparison_page(comparison), out)


def _write_file(html: str, out: Path) -> None:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")
    except OSError as error:
        raise OutputError(f"cannot write HTML report to {out}: {error.strerror}; choose a writable path") \
            from error


def _fail(text: str, code: int) -> int:
    print(f"unspun: error: {text}", file=sys.stderr)
    return code
