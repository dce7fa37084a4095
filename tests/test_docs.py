"""The README names every extractor, command and saved query."""

from __future__ import annotations

from pathlib import Path

from kg.cli import cli
from kg.registry import registered

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_docs_every_extractor_in_readme():
    for name in registered():
        if not name.startswith("doc_"):
            assert f"| `{name}` |" in README, name


def test_docs_every_command_in_readme():
    for name in cli.commands:
        assert f"kg {name}" in README, name


def test_docs_every_saved_query_in_readme():
    for q in (Path(__file__).resolve().parents[1] / "queries").glob("*.rq"):
        assert f"queries/{q.name}" in README, q.name


def test_docs_quick_start_has_two_commands():
    block = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    assert len([line for line in block.splitlines() if line.strip()]) == 2
