"""Docs that cannot drift: every command of the CLI appears in the README."""

from tests.conftest import ROOT
from unspun.cli.main import build_parser


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in _commands() if f"unspun {name}" not in readme]
    assert not missing, f"commands missing from README.md: {missing}"


def test_the_readme_set_up_is_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme


def test_the_readme_try_it_lines_run_after_make_demo(tmp_path):
    """The block after ``. .venv/bin/activate`` runs as written in a folder laid out as ``make demo`` leaves it."""
    import re
    import shutil
    import subprocess
    import sys

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n\. \.venv/bin/activate\n(.*?)```", readme, flags=re.S).group(1)
    lines = [line for line in block.splitlines() if line.startswith("unspun ") and " serve" not in line]
    assert len(lines) >= 5
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    demo = "unspun index examples/original.txt examples/spun_copy.txt --db out/demo.db --workers 1"
    assert demo in (ROOT / "Makefile").read_text(encoding="utf-8").replace("$(BIN)/", "")
    for line in [demo, *lines]:
        done = subprocess.run([sys.executable, "-m", "unspun", *line.split()[1:]], cwd=tmp_path,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"{line}: {done.stderr[-500:]}"
    assert (tmp_path / "out" / "site" / "index.html").exists()
