"""CI's habits: ``.ci/run`` lints, type-checks and tests, and the type checker's paths exist."""

from __future__ import annotations

import re
import tomllib

from helpers import ROOT


def _target(name: str) -> tuple[list[str], list[str]]:
    """A Makefile target's prerequisites and recipe lines."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    match = re.search(rf"^{name}:([^\n]*)\n((?:\t[^\n]*\n)*)", text, re.MULTILINE)
    assert match, f"no target {name!r} in the Makefile"
    return match[1].split(), [line.strip() for line in match[2].splitlines()]


def test_ci_runs_lint_typecheck_and_tests_in_that_order():
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in run.splitlines() if line.startswith("make ")]
    assert commands == ["make check"]
    assert _target("check")[0] == ["lint", "typecheck", "test"]


def test_lint_checks_and_format_checks_every_python_folder():
    _, recipe = _target("lint")
    folders = re.search(r"^LINTED := (.*)$", (ROOT / "Makefile").read_text(), re.MULTILINE)
    assert folders and set(folders[1].split()) == {"timeline", "web", "tests", "bench"}
    assert "$(BIN)/ruff check $(LINTED)" in recipe
    assert "$(BIN)/ruff format --check $(LINTED)" in recipe


def test_typecheck_runs_mypy_on_paths_that_exist():
    _, recipe = _target("typecheck")
    assert recipe == ["$(BIN)/mypy"]
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    files = config["tool"]["mypy"]["files"]
    assert {"timeline/ingest.py", "timeline/filters.py", "web"} <= set(files)
    assert [f for f in files if not (ROOT / f).exists()] == []


def test_the_test_extra_installs_the_tools_ci_calls():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = {
        re.split(r"[<>=\[ ]", r)[0] for r in config["project"]["optional-dependencies"]["test"]
    }
    assert {"ruff", "mypy", "pytest"} <= names
