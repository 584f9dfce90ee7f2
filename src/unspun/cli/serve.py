"""``unspun serve``: parse the options, refuse an unprotected public bind, start uvicorn on the web app."""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from pathlib import Path
from typing import Any

from unspun.cli.common import add_settings, settings_of, store_settings_of
from unspun.errors import InputError

DEFAULT_PORT = 8765


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("serve", help="the web app: compare, trace, stories, articles, a JSON API")
    p.add_argument("--db", metavar="DB", help="the corpus store (without it the app only compares)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.add_argument("--token", help="access token every request must carry (default: $UNSPUN_TOKEN); "
                                   "required to listen on any address other than loopback")
    p.add_argument("--workers", type=int,
                   help="processes that serve traces, each with its own engine and candidate index (default: the "
                        "settings' serve.trace_workers, 1: traces run in the server process)")
    p.add_argument("--max-body-mb", type=float,
                   help="largest request accepted, in MB (default: the settings' serve.max_body_bytes, 10 MB)")
    add_settings(p)
    p.set_defaults(handler=cmd_serve)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve_settings(args: argparse.Namespace) -> tuple[Path | None, str | None]:
    """The store and token to serve, or an ``InputError`` that says what is missing."""
    token = args.token or os.environ.get("UNSPUN_TOKEN") or None
    if not is_loopback(args.host) and not token:
        raise InputError(f"refusing to listen on {args.host} without a token: anyone on the network could use it; "
                         "give --token SECRET or set UNSPUN_TOKEN (or keep the default --host 127.0.0.1)")
    if not 0 < args.port < 65536:
        raise InputError(f"--port {args.port} is not a port number: give e.g. {DEFAULT_PORT}")
    db = Path(args.db) if args.db else None
    if db is not None and not db.exists():
        raise InputError(f"no store at {db}: run 'unspun index PATH... --db {db}' first, or leave out --db")
    return db, token


def serve_tree(args: argparse.Namespace) -> Any:  # -> unspun.config.Settings
    """The store's saved settings (or the settings file's tree if they agree with them; without a store, the
    file's or the defaults), with ``--max-body-mb`` in its ``serve`` section."""
    import dataclasses

    settings = store_settings_of(args) if args.db else settings_of(args)
    if args.max_body_mb is None:
        return settings
    if not args.max_body_mb > 0:
        raise InputError(f"--max-body-mb {args.max_body_mb} is not a size: give e.g. 10")
    serve = dataclasses.replace(settings.serve, max_body_bytes=int(args.max_body_mb * 1024 * 1024))
    return settings.replace(serve=serve)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from unspun.web.app import create_app

    db, token = serve_settings(args)
    if args.workers is not None and args.workers < 1:
        raise InputError(f"--workers {args.workers} is not a positive number: give e.g. 2, or 1 for no pool")
    app = create_app(db, token, serve_tree(args), trace_workers=args.workers)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"unspun: serving {db or 'no store (compare only)'} on http://{shown}:{args.port}/ (Ctrl-C stops)",
          file=sys.stderr, flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
