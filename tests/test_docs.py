"""The documentation holds together: links resolve, the README stays short, the CLI is documented.

Every relative link and image in README.md, CHANGES.md, bench/README.md and docs/*.md must name
a file that exists, and its ``#anchor`` a heading of that file under GitHub's slug rules (lower
case, punctuation but ``-`` and ``_`` dropped, spaces as hyphens, ``-1``, ``-2``… for repeats).
Headings and links inside fenced code blocks do not count. The README stays a front page (under
200 lines, linking every page of docs/), and docs/cli.md names every command of the click group.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import click
import pytest
from helpers import ROOT

from timeline.cli import cli

DOCS = sorted((ROOT / "docs").glob("*.md"))
CHECKED = [ROOT / "README.md", ROOT / "CHANGES.md", ROOT / "bench" / "README.md", *DOCS]
README_MAX_LINES = 200

FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.M | re.S)
INLINE_CODE = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.+?)\s*#*\s*$", re.M)
EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


def prose(text: str) -> str:
    """The text without its fenced code blocks (their lines are blanked, so lines still count)."""
    return FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def slug(heading: str) -> str:
    """GitHub's anchor for a heading's text (before the ``-N`` suffix of repeated headings)."""
    text = re.sub(r"`([^`]*)`", r"\1", heading)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text).strip().lower()
    kept = (ch for ch in text if ch in " -_" or unicodedata.category(ch)[0] in "LNM")
    return "".join(kept).replace(" ", "-")  # letters, digits and marks kept


def anchors(path: Path) -> set[str]:
    """Every anchor GitHub gives the headings of a Markdown file (repeats numbered from 1)."""
    seen: dict[str, int] = {}
    result = set()
    for match in HEADING.finditer(prose(path.read_text(encoding="utf-8"))):
        base = slug(match.group(2))
        count = seen.get(base, 0)
        seen[base] = count + 1
        result.add(base if count == 0 else f"{base}-{count}")
    return result


def links(path: Path) -> list[str]:
    """The relative link targets of a Markdown file, outside code."""
    text = INLINE_CODE.sub("code", prose(path.read_text(encoding="utf-8")))
    return [t for t in LINK.findall(text) if not EXTERNAL.match(t)]


def broken(path: Path) -> list[str]:
    """The links of ``path`` that name a missing file or a heading its target does not have."""
    problems = []
    for target in links(path):
        file_part, _, anchor = target.partition("#")
        dest = (path.parent / file_part).resolve() if file_part else path
        if not dest.exists():
            problems.append(f"{target}: no file {dest}")
        elif anchor and (dest.is_dir() or anchor not in anchors(dest)):
            problems.append(f"{target}: no heading #{anchor} in {dest.name}")
    return problems


def commands(group: click.Group, prefix: str = "timeline") -> dict[str, click.Command]:
    """``timeline ingest``, ``timeline event hide``…: every leaf command of the click group."""
    found = {}
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            found.update(commands(command, path))
        else:
            found[path] = command
    return found


def options(command: click.Command) -> list[tuple[str, ...]]:
    """The names of each of a command's options (``("-v", "--verbose")``, both names of an on/off
    flag), but ``--db``, which every command takes and docs/cli.md documents once."""
    names = [(*p.opts, *p.secondary_opts) for p in command.params if isinstance(p, click.Option)]
    return [n for n in names if "--db" not in n]


@pytest.mark.parametrize(
    "heading, anchor",
    [
        ("Command line", "command-line"),
        ("The `extract` JSON contract", "the-extract-json-contract"),
        ("HTTP under load (`bench/http_load.py`)", "http-under-load-benchhttp_loadpy"),
        ("Diary: measured during development", "diary-measured-during-development"),
        ("Measured on 2026-12-02 (commit 05b4524)", "measured-on-2026-12-02-commit-05b4524"),
        ("Türkçe başlık, İstanbul!", "türkçe-başlık-i̇stanbul"),
        ("[Linked](other.md) title", "linked-title"),
    ],
)
def test_slug_follows_github_rules(heading, anchor):
    assert slug(heading) == anchor


def test_checker_finds_broken_links(tmp_path):
    (tmp_path / "other.md").write_text("# Present\n\n## Twice\n\n## Twice\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        "# Here\n\n[ok](other.md#present) [ok](other.md#twice-1) [ok](#here)\n"
        "[bad](missing.md) [bad](other.md#absent) [bad](#nowhere)\n"
        "```\n[in code](ignored.md)\n# not a heading\n```\n[bad](#not-a-heading)\n"
        "[web](https://example.org/x.md) `[code](ignored.md)`\n",
        encoding="utf-8",
    )
    assert [p.split(":")[0] for p in broken(page)] == [
        "missing.md",
        "other.md#absent",
        "#nowhere",
        "#not-a-heading",
    ]


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: str(p.relative_to(ROOT)))
def test_links_resolve(path):
    assert path.exists(), f"{path} is missing"
    assert broken(path) == []


def test_readme_is_short():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").count("\n")
    assert lines < README_MAX_LINES, f"README.md has {lines} lines; move detail to docs/"


def test_readme_links_every_docs_page():
    linked = {(ROOT / t.partition("#")[0]).resolve() for t in links(ROOT / "README.md")}
    assert [p.name for p in DOCS if p.resolve() not in linked] == []


def test_readme_shows_the_page():
    picture = ROOT / "docs" / "page.png"
    assert "](docs/page.png)" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert picture.stat().st_size < 200_000


COMMANDS = commands(cli)


@pytest.mark.parametrize("path", sorted(COMMANDS))
def test_cli_command_documented(path):
    """Each command has a row in docs/cli.md's table, naming each of its options."""
    rows = [
        line
        for line in (ROOT / "docs" / "cli.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("|") and re.search(rf"`{path}[ `]", line)
    ]
    assert rows, f"{path} has no row in docs/cli.md"
    missing = [
        n for n in options(COMMANDS[path]) if not any(re.search(rf"{o}\b", rows[0]) for o in n)
    ]
    assert missing == [], f"{path}: options not in docs/cli.md: {missing}"


def test_command_list_is_complete():
    assert {"timeline ingest", "timeline serve", "timeline event edit"} <= set(COMMANDS)
