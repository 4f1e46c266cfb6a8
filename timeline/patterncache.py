"""Compiled regular expressions of the language resources, kept under the user's cache folder.

Compiling the patterns of the temporal grammar and of the event lexicon costs about a third of
a second of CPU, most of the start-up of ``timeline extract`` on one short article: Python's
``re`` parses and compiles each pattern in Python code and keeps nothing between processes.
The engine's own code of a compiled pattern is a list of numbers. A :class:`PatternStore`
reads the codes a previous process recorded for one set of resources (one ``marshal`` file per
set and Python version), rebuilds each pattern whose exact text it holds with ``_sre.compile``
(the call ``re.compile`` ends with; it checks the code), about forty times faster, compiles
the others with ``re.compile``, and :meth:`PatternStore.save` records the set when it had to
compile any.
It keeps the same way values derived from the data files alone that cost more to derive than
to read (:meth:`PatternStore.value`: the words each temporal rule may open with), under a key
naming everything they are derived from. The patterns the engine builds from the data files
on first use, outside the grammar and the lexicon, go through :func:`compile_late` (one record
for them all, saved when the process ends).

It falls back cleanly: no cache folder (``TIMELINE_CACHE_DIR=off``), no file, a damaged or
foreign file or an interpreter without these internals mean ``re.compile`` as before, and a
file that cannot be written is skipped. A record holds patterns built from the data files
only, never anything of a document.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from . import settings

_FORMAT = "sre-1"
T = TypeVar("T")


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


def _interpreter() -> str:
    """The interpreter a record is written for (its engine's code differs between versions)."""
    return f"{_FORMAT}\0{sys.implementation.name}\0{sys.version}"


class PatternStore:
    """The compiled patterns of one set of resources (``name``: ``grammar-tr``…)."""

    def __init__(self, name: str) -> None:
        folder = cache_folder()
        tag = sys.implementation.cache_tag  # cpython-311; the full version is checked inside
        self.path = None if folder is None else folder / f"{name}-{tag}.bin"
        self.entries, self.values = self._read()
        self.used: dict[str, tuple | None] = {}  # pattern -> its entry (None: compiled here)
        self.values_used: dict[str, Any] = {}  # key -> a value read or derived here
        self.derived = False  # whether a value was derived anew

    def _read(self) -> tuple[dict[str, tuple], dict[str, Any]]:
        if self.path is None:
            return {}, {}
        try:
            interpreter, entries, *rest = marshal.loads(self.path.read_bytes())
        except Exception:  # noqa: BLE001 - no record, or an unreadable one: compile
            return {}, {}
        if interpreter != _interpreter() or not isinstance(entries, dict):
            return {}, {}
        values = rest[0] if rest and isinstance(rest[0], dict) else {}
        return entries, values

    def value(self, key: str, derive: Callable[[], T]) -> T:
        """The value recorded under ``key``, else ``derive()`` (recorded by :meth:`save`).
        ``key`` must name everything the value is derived from (a digest of its inputs), and
        the value be made of what ``marshal`` keeps (dicts, lists, tuples, strings, numbers)."""
        if key in self.values:
            found = self.values[key]
        else:
            found = derive()
            self.derived = True
        self.values_used[key] = found
        return found

    def compile(self, pattern: str) -> re.Pattern:
        """``re.compile(pattern)``, rebuilt from the record when it holds the pattern.

        :raises re.error: as ``re.compile``, for a pattern that does not compile.
        """
        entry = self.entries.get(pattern)
        if entry is not None:
            try:
                rebuilt = _rebuild(pattern, entry)
            except Exception:  # noqa: BLE001 - a damaged entry: compile it
                rebuilt = None
            if rebuilt is not None:
                self.used[pattern] = entry
                return rebuilt
        compiled = re.compile(pattern)
        self.used[pattern] = None
        return compiled

    def save(self, keep: int = 0) -> None:
        """Record the patterns compiled and the values read through this store when any was
        compiled or derived anew (only those: a pattern the data files no longer make is
        dropped; with ``keep``, the record's other patterns too while it holds no more than
        ``keep``); failures are ignored."""
        compiled = any(entry is None for entry in self.used.values())
        if self.path is None or not (compiled or self.derived):
            return
        import tempfile  # only when writing

        temporary: str | None = None
        try:
            entries = {p: e if e is not None else _entry(p) for p, e in self.used.items()}
            if len(entries.keys() | self.entries.keys()) <= keep:
                entries = {**self.entries, **entries}
            data = marshal.dumps((_interpreter(), entries, self.values_used))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, self.path)
        except Exception:  # noqa: BLE001 - no record: the next process compiles as usual
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)


def _rebuild(pattern: str, entry: tuple) -> re.Pattern:
    """A pattern from its recorded flags, code and groups, as ``re._compiler.compile``
    builds it."""
    import _sre

    flags, code, groups, groupindex = entry
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, number in groupindex.items():
        indexgroup[number] = name
    return _sre.compile(pattern, flags, code, groups, groupindex, tuple(indexgroup))


def _entry(pattern: str) -> tuple:
    """What :func:`_rebuild` needs of a pattern: its flags, code and groups."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, 0)
    code = [int(c) for c in _compiler._code(parsed, 0)]
    state = parsed.state
    return (int(state.flags), code, state.groups - 1, dict(state.groupdict))


_LATE_KEEP = 200  # patterns: more in the record means stale ones (edited data files): start anew
_late: PatternStore | None = None
_late_compiled: dict[str, re.Pattern] = {}


def compile_late(pattern: str) -> re.Pattern:
    """``re.compile(pattern)`` for a pattern the engine builds from the data files on first use
    (banner lines, a lexicon class searched at a word start, a form of ``event_forms.tsv``),
    once per process, rebuilt from the record ``late-<tag>.bin`` when it holds the pattern.
    The record is saved when the process ends, if any pattern was compiled anew; it keeps the
    patterns of the earlier record this process did not meet (one command meets the patterns
    of its documents only), up to ``_LATE_KEEP``. Flags are written inline (``(?m)``).

    :raises re.error: as ``re.compile``, for a pattern that does not compile.
    """
    found = _late_compiled.get(pattern)
    if found is None:
        global _late
        if _late is None:
            import atexit

            _late = PatternStore("late")
            atexit.register(_late.save, _LATE_KEEP)
        found = _late_compiled[pattern] = _late.compile(pattern)
    return found
