"""The architecture as tests: stages never reach for the store, the runners or the shells; only the store package
imports SQLite; the shells (``cli``, ``web``) only parse input and call the library."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import modules_loaded_by

SRC = Path(__file__).parent.parent / "src" / "unspun"
STAGES = ("text", "ingest", "embed", "pair", "corpus")
EDGES = ("unspun.store", "unspun.run", "unspun.cli", "unspun.web", "unspun.spark")
SHELLS = ("cli", "web")
# What a shell may call in the stage packages: the engine (every comparison), reading and extraction, the story
# clusters and their contract, model preparation. Alignment, judging, spin, changes, fingerprints and the text
# layer are reached through these, never directly: a shell that imports them is making verdicts of its own.
SHELL_ENTRY_POINTS = ("unspun.pair.engine", "unspun.ingest.read", "unspun.ingest.extract",
                      "unspun.corpus.story_clusters", "unspun.embed.prepare")


def _imports(path: Path) -> set[str]:
    return {module for module, _ in _imported_names(path)}


def _imported_names(path: Path) -> set[tuple[str, str]]:
    """(module, name) of every import in ``path`` (name "" for ``import module``), at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[tuple[str, str]] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {(alias.name, "") for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found |= {(node.module, alias.name) for alias in node.names}
    return found


def _shell_files() -> list[Path]:
    return [path for shell in SHELLS for path in (SRC / shell).rglob("*.py")]


def test_only_the_store_package_imports_sqlite() -> None:
    users = {p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py") if "sqlite3" in _imports(p)}
    assert users and all(u.startswith("store/") for u in users), users


def test_stages_import_neither_store_nor_runners_nor_shells() -> None:
    for stage in STAGES:
        for path in (SRC / stage).rglob("*.py"):
            edge = {m for m in _imports(path) if m.startswith(EDGES)}
            assert not edge, f"{path.relative_to(SRC)} imports {sorted(edge)}"


def test_only_the_shells_import_the_shells() -> None:
    for path in SRC.rglob("*.py"):
        inside = path.relative_to(SRC).parts[0]
        if inside in SHELLS or path.name == "__main__.py":
            continue
        shells = {m for m in _imports(path) if m.startswith(("unspun.cli", "unspun.web"))}
        assert not shells, f"{path.relative_to(SRC)} imports the shells {sorted(shells)}"


def test_shells_call_the_stages_only_through_their_entry_points() -> None:
    stage_modules = tuple(f"unspun.{stage}" for stage in STAGES)
    for path in _shell_files():
        reached = {m for m in _imports(path) if m.startswith(stage_modules) and m not in SHELL_ENTRY_POINTS}
        assert not reached, f"{path.relative_to(SRC)} reaches into {sorted(reached)}: call the engine or the public API"


def test_shells_use_no_private_names_of_the_library() -> None:
    for path in _shell_files():
        private = {f"{m}.{n}" for m, n in _imported_names(path)
                   if m.startswith("unspun.") and not m.startswith(("unspun.cli", "unspun.web")) and n.startswith("_")}
        assert not private, f"{path.relative_to(SRC)} imports private names {sorted(private)}"


def test_web_frameworks_and_argument_parsing_stay_in_the_shells() -> None:
    frameworks = ("fastapi", "starlette", "uvicorn", "jinja2", "argparse")
    for path in SRC.rglob("*.py"):
        inside = path.relative_to(SRC).parts[0]
        used = {m for m in _imports(path) if m.split(".")[0] in frameworks}
        # The Spark job is a shell of its own too: ``python -m unspun.spark`` parses its arguments.
        allowed = inside in SHELLS or (inside == "spark" and used <= {"argparse"})
        assert allowed or not used, f"{path.relative_to(SRC)} imports {sorted(used)}"


def test_corpus_stages_load_without_sqlite() -> None:
    code = "import unspun.corpus.fingerprint, unspun.corpus.candidates, unspun.corpus.story_clusters"
    assert modules_loaded_by(code, ("sqlite3",)) == []


PUBLIC = ("extract", "compare", "index", "trace", "stories")


def test_public_functions_stay_callable_whatever_else_was_imported() -> None:
    code = (
        "import importlib, pkgutil, unspun\n"
        "for m in pkgutil.walk_packages(unspun.__path__, 'unspun.'):\n"
        "    m.name.endswith('__main__') or importlib.import_module(m.name)\n"
        f"print(all(callable(getattr(unspun, n)) and getattr(unspun, n).__module__ == 'unspun.api' for n in {PUBLIC}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
    assert not [n for n in PUBLIC if (SRC / f"{n}.py").exists() or (SRC / n).is_dir()]
