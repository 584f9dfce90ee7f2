"""The corpus commands of the ``unspun`` CLI: ``index``, ``trace``, ``stories``, ``report``.

A thin shell: parse, call the run, corpus and report packages, print. ``cli.main`` turns
``UnspunError`` into one line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from unspun.cli.common import EXIT_PARTIAL, add_format, add_settings, print_json, store_settings_of
from unspun.errors import InputError
from unspun.model import Story


def register(subparsers: Any) -> None:
    """Add the corpus sub-commands to the ``unspun`` parser's sub-parsers."""
    p = subparsers.add_parser("index", help="add articles (files, folders, JSON Lines, WARC) to a corpus store")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _add_db(p)
    p.add_argument("--include", action="append", default=[], metavar="GLOB",
                   help="in folders, read only files whose path inside the folder (or name) matches; repeatable")
    p.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                   help="in folders, leave out matching files (README, licence files are left out unless included)")
    p.add_argument("--batch-size", type=int, default=None,
                   help="articles per committed batch (default: index.batch_articles, 256)")
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        help="processes that extract and compare articles (default: one per core; 1 = this process only)",
    )
    _add_precise(p)
    add_settings(p)
    p.set_defaults(handler=cmd_index)

    p = subparsers.add_parser("trace", help="the stored sources and copies of one article")
    p.add_argument("file", metavar="FILE")
    _add_db(p)
    _add_precise(p)
    add_format(p)
    add_settings(p)
    p.set_defaults(handler=cmd_trace)

    p = subparsers.add_parser("stories", help="the store's articles clustered by event, with likely origins")
    _add_db(p)
    add_format(p)
    add_settings(p)
    p.set_defaults(handler=cmd_stories)

    p = subparsers.add_parser("report", help="a static HTML site of the store's stories and derived pairs")
    _add_db(p)
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write the site to")
    add_settings(p)
    p.set_defaults(handler=cmd_report)


def cmd_index(args: argparse.Namespace) -> int:
    from unspun.ingest.read import Selection, local_path, refuse_url
    from unspun.pair.engine import PairEngine
    from unspun.run.indexer import index_paths

    if args.batch_size is not None and args.batch_size < 1:
        raise InputError(f"--batch-size {args.batch_size} is not a positive number: give e.g. 256")
    if args.workers is not None and args.workers < 1:
        raise InputError(f"--workers {args.workers} is not a positive number: give e.g. 2, or 1 for no pool")
    args.paths = [local_path(path) for path in args.paths]
    for path in args.paths:
        refuse_url(path)
    missing = [path for path in args.paths if path != "-" and not Path(path).exists()]
    if missing:
        raise InputError(f"no such file or folder: {', '.join(missing)}: check the path(s); nothing was indexed")
    summary = index_paths(
        args.paths,
        Path(args.db),
        batch=args.batch_size,
        engine=PairEngine(store_settings_of(args), precise=args.precise),
        progress=sys.stderr.isatty(),
        workers=args.workers,
        selection=Selection(tuple(args.include), tuple(args.exclude)),
    )
    print(f"unspun: {summary.line()}", file=sys.stderr)
    return EXIT_PARTIAL if summary.skipped else 0


def cmd_trace(args: argparse.Namespace) -> int:
    from unspun.pair.engine import PairEngine
    from unspun.run.indexer import trace, trace_dict

    result = trace(args.file, Path(args.db), PairEngine(store_settings_of(args), precise=args.precise))
    if args.format == "json":
        print_json(trace_dict(result))
        return 0
    from unspun.report.text import article_heading

    q = result.query
    print(f"{article_heading(q.id, q.title, q.site, q.published)}{_version_words(result.version, result.versions)} "
          f"({len(q.text)} chars): {len(result.matches)} match(es)")
    if result.same_text_as is not None:
        print(f"  its text is stored as {result.same_text_as}: that article's stored links are listed too")
    for m in result.matches:
        print(
            f"  {m.score:.2f}  {m.relation:<15} {_match_role_words(m.role, m.origin, m.direction):<22} "
            f"coverage {m.coverage:.0%}  {article_heading(m.id, m.title, m.site, m.published)}"
            f"{_version_words(m.version, m.versions)}"
        )
    return 0


def cmd_stories(args: argparse.Namespace) -> int:
    from unspun.corpus.story_clusters import stories_dict
    from unspun.report.text import article_heading
    from unspun.store.sqlite import Store
    from unspun.store.stories import build_stories

    settings = store_settings_of(args)
    with Store(Path(args.db), create=False) as store:
        stories = build_stories(store, settings.stories, settings.text)
        metas = {m.id: m for m in store.metas()}
    if args.format == "json":
        print_json(stories_dict(stories))
        return 0
    shared = [s for s in stories if len(s.articles) > 1]
    print(f"{len(stories)} stories ({len(shared)} with more than one article)")
    for s in sorted(shared, key=lambda s: (-len(s.articles), s.id)):
        label_of = metas[s.origin or s.articles[0]]
        origin = "origin: the first below" if s.origin else _unknown_origin(s)
        print(f"{label_of.title or label_of.id} ({s.id}: {len(s.articles)} articles, {origin})")
        for article in sorted(s.articles, key=lambda a: a != s.origin):
            m = metas[article]
            print(f"  {article_heading(m.id, m.title, m.site, m.published)}")
    return 0


def _unknown_origin(story: Story) -> str:
    """Why a story names no origin: N identical copies nothing orders (each a source), or no evidence."""
    sources = story.roles.count("source")
    if sources > 1:
        return f"origin unknown: {sources} identical copies, none known to be first"
    return "origin unknown"


def cmd_report(args: argparse.Namespace) -> int:
    from unspun.web.site import write_site

    pages = write_site(Path(args.db), Path(args.out), store_settings_of(args))
    print(f"unspun: wrote {pages} page(s) to {args.out}; open {Path(args.out) / 'index.html'}", file=sys.stderr)
    return 0


def _version_words(version: int | None, versions: int) -> str:
    """`` (version 1 of 2)`` for an article whose id has several stored versions, else nothing."""
    if versions < 2:
        return ""
    return f" (version {version} of {versions})" if version else f" (not stored; its id has {versions} versions)"


def _match_role_words(role: str | None, origin: str | None, direction: str) -> str:
    """What a trace match is to the query, as its JSON ``role`` says (corpus.families): its source, its copy, or a
    sibling (both from one origin), not the pair's own verdict direction, which between two copies of one source
    may point either way (/tmp/probe51: a sibling was printed "source of this"). No role: the verdict's direction."""
    if role == "source":
        return "source of this"
    if role == "copy":
        return "copied from this"
    if role == "sibling":
        return f"sibling (origin {origin})" if origin else "sibling"
    return _direction_words(direction)


def _direction_words(direction: str) -> str:
    return {
        "a_to_b": "copied from this",
        "b_to_a": "source of this",
        "common_source": "common source",
        "unknown": "direction unknown",
    }.get(direction, direction)


def _add_precise(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--precise",
        action="store_true",
        help="align candidate pairs with MiniLM (slower) instead of the static vectors",
    )


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", required=True, metavar="DB", help="the corpus store (an SQLite file)")


