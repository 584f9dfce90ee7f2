"""The architecture as tests: stages never reach for the store, only the store package imports SQLite."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).parent.parent / "src" / "unspun"
STAGES = ("text", "ingest", "embed", "pair", "corpus")
EDGES = ("unspun.store", "unspun.run", "unspun.cli")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_only_the_store_package_imports_sqlite() -> None:
    users = {p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py") if "sqlite3" in _imports(p)}
    assert users and all(u.startswith("store/") for u in users), users


def test_stages_import_neither_store_nor_runners_nor_shells() -> None:
    for stage in STAGES:
        for path in (SRC / stage).rglob("*.py"):
            edge = {m for m in _imports(path) if m.startswith(EDGES)}
            assert not edge, f"{path.relative_to(SRC)} imports {sorted(edge)}"


def test_corpus_stages_load_without_sqlite() -> None:
    code = (
        "import sys, unspun.corpus.fingerprint, unspun.corpus.candidates, unspun.corpus.story_clusters; "
        "print('sqlite3' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


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
