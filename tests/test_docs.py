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
