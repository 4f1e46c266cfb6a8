"""Language resources: plain UTF-8 data files under ``timeline/lang/<code>/``.

Two formats, both with one entry per line, ``#`` comments and blank lines ignored:

* a *list* (``.txt``): one entry per line;
* a *table* (``.tsv``): tab-separated columns; the first non-comment line names the columns.

The engine modules (temporal, events) read their words only through these loaders; nothing
language-specific is written in ``.py`` files. Files are read once and cached.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..errors import ResourceError

DEFAULT_LANG = "tr"


_FOLDER = Path(__file__).parent


def _path(lang: str, name: str) -> Path:
    """A data file's path: the package's own folder (the package is installed as files;
    ``importlib.resources`` would import ``zipfile`` and ``tempfile`` at every start-up)."""
    return _FOLDER / lang / name


@cache
def read_text(lang: str, name: str) -> str:
    """The raw text of one data file.

    :raises ResourceError: when the file is missing or not UTF-8.
    """
    try:
        return _path(lang, name).read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise ResourceError(f"language data file {lang}/{name} is missing") from e
    except UnicodeDecodeError as e:
        raise ResourceError(f"language data file {lang}/{name} is not UTF-8: {e}") from e


def _entries(lang: str, name: str) -> list[tuple[int, str]]:
    out = []
    for number, line in enumerate(read_text(lang, name).splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        out.append((number, line.rstrip("\r\n")))
    return out


@cache
def read_list(lang: str, name: str) -> tuple[str, ...]:
    """Entries of a list file, in file order.

    :raises ResourceError: on a duplicate entry (names the line).
    """
    seen: dict[str, int] = {}
    out = []
    for number, line in _entries(lang, name):
        entry = line.strip()
        if entry in seen:
            raise ResourceError(
                f"{lang}/{name}:{number}: duplicate entry {entry!r} (first on line {seen[entry]})"
            )
        seen[entry] = number
        out.append(entry)
    return tuple(out)


@cache
def read_table(lang: str, name: str) -> tuple[dict[str, str], ...]:
    """Rows of a table file as dicts keyed by the header's column names.

    Missing trailing columns read as ``""``.

    :raises ResourceError: when a row has more columns than the header.
    """
    entries = _entries(lang, name)
    if not entries:
        return ()
    header = [c.strip() for c in entries[0][1].split("\t")]
    rows = []
    for number, line in entries[1:]:
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) > len(header):
            raise ResourceError(
                f"{lang}/{name}:{number}: {len(cells)} columns, the header has {len(header)}"
            )
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=True)))
    return tuple(rows)


def available() -> list[str]:
    """Language codes that have a data folder."""
    return sorted(p.name for p in _FOLDER.iterdir() if p.is_dir() and not p.name.startswith("_"))
