"""A record, under the user's cache folder, of the temporal rule sets known to compile.

Compiling all the rules of ``temporal_rules.txt`` costs about a quarter of a second, most of
the start-up of ``timeline extract`` on one short article, though a short text opens only a
few rules. :func:`known_groups` answers, for the exact expanded patterns of a rule set (keyed
by their SHA-256 with the Python version), the named groups of each rule as a process that
compiled them all found them; with that answer the grammar compiles a rule only when a text
first needs it. Without it (first run, another rule set, no cache folder, an unreadable or
damaged record) the caller compiles every rule as before and :func:`remember` writes the
record; a record that cannot be written is skipped silently. Nothing about documents is
stored: the record depends only on the data files.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

from .. import settings

_FORMAT = "rules-1"


def cache_folder() -> Path | None:
    """``TIMELINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/timeline`` or ``~/.cache/timeline``;
    None when the setting is ``off`` or no home folder is known."""
    chosen = settings.get("TIMELINE_CACHE_DIR")
    if chosen:
        return None if chosen.lower() == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    if base:
        return Path(base) / "timeline"
    try:
        return Path.home() / ".cache" / "timeline"
    except RuntimeError:  # no home folder
        return None


def key_of(patterns: list[str]) -> str:
    """The key of a rule set: the hash of its expanded patterns and of the Python version
    (whose regular-expression engine decides what compiles)."""
    digest = hashlib.sha256(f"{_FORMAT}\0{sys.version}".encode())
    for pattern in patterns:
        digest.update(b"\0" + pattern.encode())
    return digest.hexdigest()


def _record(key: str) -> Path | None:
    folder = cache_folder()
    return None if folder is None else folder / f"{_FORMAT}-{key[:32]}.json"


def known_groups(key: str, count: int) -> list[tuple[str, ...]] | None:
    """The group names of each of the ``count`` rules of the set ``key``, if a process
    compiled that exact set before; None otherwise (or when the record cannot be read)."""
    path = _record(key)
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    groups = data.get("groups") if isinstance(data, dict) and data.get("key") == key else None
    if not isinstance(groups, list) or len(groups) != count:
        return None
    if not all(isinstance(g, list) and all(isinstance(n, str) for n in g) for g in groups):
        return None
    return [tuple(g) for g in groups]


def remember(key: str, groups: list[tuple[str, ...]]) -> None:
    """Record that the rule set ``key`` compiles, with its rules' groups (written to a
    temporary file and renamed, so a reader never sees half a record); errors are ignored."""
    path = _record(key)
    if path is None:
        return
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump({"key": key, "groups": [list(g) for g in groups]}, out)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
