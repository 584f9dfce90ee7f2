"""What every ``unspun`` command shares: exit codes, common options, output helpers, and the words the shell
adds to library errors (the library names values; only the shell knows which flag set them)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from unspun.errors import (
    ModelsMissingError,
    OutputError,
    SettingsError,
    StoreError,
    StoreMissingError,
    StoreWriteError,
    UnspunError,
    WorkerError,
)

EXIT_PARTIAL = 1  # a batch finished but skipped bad items


def add_format(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")


def add_settings(p: argparse.ArgumentParser) -> None:
    p.add_argument("--settings", metavar="FILE.toml", help="settings that differ from the defaults (a TOML file)")


def settings_of(args: argparse.Namespace) -> Any:  # -> unspun.config.Settings
    """The ``--settings`` file's tree, or the defaults (commands without a store)."""
    from unspun.config import DEFAULT_SETTINGS

    return given_settings(args) or DEFAULT_SETTINGS


def given_settings(args: argparse.Namespace) -> Any:  # -> unspun.config.Settings | None
    """The ``--settings`` file's tree, or None when none was given."""
    from unspun.config import load_settings

    return load_settings(args.settings) if getattr(args, "settings", None) else None


def store_settings_of(args: argparse.Namespace) -> Any:  # -> unspun.config.Settings
    """The settings for the store ``--db``: those it saved, or a ``--settings`` file's if they agree with them."""
    from pathlib import Path

    from unspun.store.candidate_index import settings_at

    return settings_at(Path(args.db), given_settings(args))


def print_json(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def warn(message: str) -> None:
    print(f"unspun: {message}", file=sys.stderr)


def message(error: UnspunError) -> str:
    """The one line the shell prints for a library error: its message plus what to type instead."""
    text = str(error)
    if isinstance(error, StoreMissingError):
        return f"{text}: run 'unspun index PATH... --db {error.path}' first"
    if isinstance(error, StoreWriteError):
        return text
    if isinstance(error, StoreError):
        return f"{text}; give --db a new or existing unspun store file"
    if isinstance(error, OutputError):
        return f"{text}; choose a writable --out folder"
    if isinstance(error, ModelsMissingError):
        return f"{text}: run 'make demo' or 'unspun prepare' once"
    if isinstance(error, WorkerError):
        return f"{text} (--workers 1 runs without worker processes)"
    if isinstance(error, SettingsError) and "built with other settings" in text:
        return f"{text} (leave out --settings to use them)"
    return text
