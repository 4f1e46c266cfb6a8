"""Every ``TIMELINE_*`` environment variable, declared once: its type, default and help text.

:data:`SCHEMA` is the single declaration (in the manner of Radicale's ``DEFAULT_CONFIG_SCHEMA``):
one :class:`Setting` per variable with the converter that reads it, its default as text, what is
expected and an example. :func:`get` reads a variable *when called* (never at import, so a test's
``monkeypatch.setenv`` or a server's environment is always seen) and converts it; a value the
converter refuses raises :class:`SettingError`, whose message names the variable, the bad value,
what is expected and an example::

    TIMELINE_MAX_BYTES='lots' is not a size in bytes (a whole number, optionally with a unit:
    kB, MB, GB, KiB, MiB, GiB); for example TIMELINE_MAX_BYTES=5MB

:func:`check` converts every variable that is set, so the command line and the server report a
bad setting once, before anything runs. ``python -m timeline.settings`` prints the settings page
of the documentation (``docs/settings.md``), generated from :data:`SCHEMA`.

This module imports nothing of Timeline but :mod:`timeline.errors`, so any module may use it.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from .errors import InputError


class SettingError(InputError):
    """A ``TIMELINE_*`` environment variable holds a value its converter refuses."""


@dataclass(frozen=True)
class Setting:
    """One environment variable: how to read it and how to document it.

    :param name: the variable, ``TIMELINE_…``.
    :param convert: turns the (stripped, non-empty) text into the value; raises ``ValueError``.
    :param default: the default as it would be written in the environment; ``""`` for none
        (:func:`get` then returns ``None``, or what ``fallback`` says).
    :param help: one line for the settings table.
    :param expected: what a good value looks like, completing "… is not ___".
    :param example: a good value, shown in error messages and the docs.
    :param fallback: the default's description when it is not a fixed value (``the real date``).
    """

    name: str
    convert: Callable[[str], Any]
    default: str
    help: str
    expected: str
    example: str
    fallback: str = ""


# -- converters: text → value, ValueError when the text is not of the kind ---------------------


def text(value: str) -> str:
    """Any non-empty text, as given (tokens, paths)."""
    return value


def url(value: str) -> str:
    """An ``http://`` or ``https://`` URL, without its trailing slashes."""
    if not value.startswith(("http://", "https://")) or len(value.rstrip("/")) <= len("https://"):
        raise ValueError(value)
    return value.rstrip("/")


def iso_date(value: str) -> date:
    """A ``YYYY-MM-DD`` date."""
    return date.fromisoformat(value)


def iso_datetime(value: str) -> datetime:
    """An ISO date-time, as an aware UTC datetime (a naive one is taken as UTC)."""
    parsed = datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def whole_number(value: str) -> int:
    """A whole number, zero or more (digits only)."""
    if not value.isdigit():
        raise ValueError(value)
    return int(value)


BYTE_UNITS = {
    "": 1,
    "b": 1,
    "kb": 1000,
    "mb": 1000**2,
    "gb": 1000**3,
    "kib": 1024,
    "mib": 1024**2,
    "gib": 1024**3,
}
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]*)", re.IGNORECASE)


def byte_size(value: str) -> int:
    """A size in bytes above zero: ``5242880``, ``5MB`` (10⁶), ``2MiB`` (2²⁰), ``1.5 GiB``."""
    match = _SIZE.fullmatch(value)
    if not match or match[2].lower() not in BYTE_UNITS:
        raise ValueError(value)
    size = int(float(match[1]) * BYTE_UNITS[match[2].lower()])
    if size <= 0:
        raise ValueError(value)
    return size


def seconds(value: str) -> float:
    """A duration above zero in seconds: ``20``, ``2.5``, ``20s``."""
    number = value[:-1].rstrip() if value.endswith("s") else value
    if not re.fullmatch(r"\d+(?:\.\d+)?", number) or float(number) <= 0:
        raise ValueError(value)
    return float(number)


def fraction(value: str) -> float:
    """A number from 0 to 1: ``0.9``, ``1``, ``0``."""
    if not re.fullmatch(r"\d+(?:\.\d+)?", value) or not 0.0 <= float(value) <= 1.0:
        raise ValueError(value)
    return float(value)


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def log_level(value: str) -> int:
    """A :mod:`logging` level name, in any case: ``DEBUG``, ``INFO``, ``WARNING``, ``ERROR``."""
    if value.upper() not in LOG_LEVELS:
        raise ValueError(value)
    return logging.getLevelNamesMapping()[value.upper()]


# -- the schema ---------------------------------------------------------------------------------

_SIZE_EXPECTED = (
    "a size in bytes (a whole number, optionally with a unit: kB, MB, GB, KiB, MiB, GiB)"
)

SCHEMA: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting(
            "TIMELINE_DB",
            text,
            "timeline.db",
            "the store file; `--db` overrides it",
            "a file path",
            "/var/lib/timeline/timeline.db",
        ),
        Setting(
            "TIMELINE_BASE_URL",
            url,
            "",
            "public base URL for absolute links (feed URL, webcal, Google)",
            "an http:// or https:// URL",
            "https://events.example.org",
            fallback="the request's host",
        ),
        Setting(
            "TIMELINE_TODAY",
            iso_date,
            "",
            "the current date (tests and demos): upcoming/past, feed windows, extraction",
            "a date written YYYY-MM-DD",
            "2025-10-30",
            fallback="the real date",
        ),
        Setting(
            "TIMELINE_NOW",
            iso_datetime,
            "",
            "the instant used to stamp changes in the store (tests)",
            "an ISO date-time",
            "2025-10-30T12:00:00+00:00",
            fallback="the real clock",
        ),
        Setting(
            "TIMELINE_FEED_PAST_DAYS",
            whole_number,
            "",
            "keep only events this many days back in feeds",
            "a whole number of days",
            "90",
            fallback="all",
        ),
        Setting(
            "TIMELINE_FEED_MIN_CONFIDENCE",
            fraction,
            "0.6",
            "calendar events reach the feeds and add-to-calendar links only with at least this "
            "confidence (the page and the API show the others, marked uncertain)",
            "a number from 0 to 1",
            "0.8",
        ),
        Setting(
            "TIMELINE_TOKEN",
            text,
            "",
            "bearer token of the write API: uploads, withdrawals, corrections",
            "a token",
            "s3cret-t0ken",
            fallback="none: the write API answers 403",
        ),
        Setting(
            "TIMELINE_API_TOKEN",
            text,
            "",
            "the older name of `TIMELINE_TOKEN`, read only when that is unset "
            "(`TIMELINE_TOKEN=`, set but empty, keeps the write API off)",
            "a token",
            "s3cret-t0ken",
            fallback="none",
        ),
        Setting(
            "TIMELINE_MAX_BYTES",
            byte_size,
            "5MiB",
            "largest accepted input file, download or request body",
            _SIZE_EXPECTED,
            "5MB",
        ),
        Setting(
            "TIMELINE_UPLOAD_MAX_BYTES",
            byte_size,
            "2MiB",
            "largest accepted `POST /api/documents` body",
            _SIZE_EXPECTED,
            "2MiB",
        ),
        Setting(
            "TIMELINE_JOB_ARTICLES",
            whole_number,
            "50",
            "a `POST /api/documents` with more articles than this is answered `202 Accepted` at "
            "once and stored by a background job (`/api/jobs/<id>`)",
            "a whole number of articles",
            "100",
        ),
        Setting(
            "TIMELINE_FETCH_TIMEOUT",
            seconds,
            "20",
            "seconds to wait for a URL given to `timeline ingest`",
            "a number of seconds above zero",
            "30",
        ),
        Setting(
            "TIMELINE_LOG_LEVEL",
            log_level,
            "WARNING",
            "what the command line logs on stderr (`-v` is INFO, `-vv` DEBUG)",
            f"a log level ({', '.join(LOG_LEVELS)})",
            "INFO",
        ),
        Setting(
            "TIMELINE_SHARED",
            text,
            "",
            "the shared corpus and tools folder the benchmarks read",
            "a folder path",
            "/srv/shared",
            fallback="`../shared` beside the checkout",
        ),
        Setting(
            "TIMELINE_CACHE_DIR",
            text,
            "",
            "where Timeline keeps the compiled patterns of its language resources (temporal "
            "rules, event lexicon, the patterns built from them on first use) and the words "
            "each temporal rule opens with, for the next "
            "process, keyed by the patterns (the words: by a digest of the data and code they "
            "are derived from) and the Python version (`off`: nothing kept, every process "
            "compiles them)",
            "a folder path or off",
            "/var/cache/timeline",
            fallback="`$XDG_CACHE_HOME/timeline` or `~/.cache/timeline`",
        ),
    )
}


@lru_cache(maxsize=256)
def _convert(setting: Setting, raw: str) -> Any:
    """Convert ``raw`` with the setting's converter (remembered: converters are pure and their
    values immutable, so reading a setting per call costs a dictionary lookup).

    :raises SettingError: naming the variable, the value, what is expected and an example.
    """
    try:
        return setting.convert(raw)
    except ValueError as e:
        raise SettingError(
            f"{setting.name}={raw!r} is not {setting.expected}; "
            f"for example {setting.name}={setting.example}"
        ) from e


def get(name: str) -> Any:
    """The value of setting ``name`` now: the environment's, else the default, else ``None``.

    A variable set to blanks counts as unset.

    :raises KeyError: when ``name`` is not declared in :data:`SCHEMA`.
    :raises SettingError: when the variable's value is not of the setting's kind.
    """
    setting = SCHEMA[name]
    raw = os.environ.get(name, "").strip()
    if raw:
        return _convert(setting, raw)
    return _convert(setting, setting.default) if setting.default else None


def is_set(name: str) -> bool:
    """Whether the variable ``name`` is in the environment at all, even empty (an empty
    ``TIMELINE_TOKEN`` means "writes off", not "unset").

    :raises KeyError: when ``name`` is not declared in :data:`SCHEMA`.
    """
    SCHEMA[name]
    return name in os.environ


def check() -> None:
    """Convert every setting once, so that a bad one is reported before anything runs.

    :raises SettingError: for the first bad setting, in the order of :data:`SCHEMA`.
    """
    for name in SCHEMA:
        get(name)


# -- the documentation --------------------------------------------------------------------------


def shown_default(setting: Setting) -> str:
    """The default as the settings table shows it: the value in backticks, or its description."""
    return f"`{setting.default}`" if setting.default else setting.fallback


def markdown() -> str:
    """The settings page of the documentation (``docs/settings.md``), generated from SCHEMA."""
    lines = [
        "# Settings",
        "",
        "<!-- Generated from timeline/settings.py by `python -m timeline.settings`;",
        "     edit the SCHEMA there and regenerate, tests/test_settings.py checks this page. -->",
        "",
        "Timeline reads these environment variables when it needs them (never at import time).",
        "A value that cannot be used is reported with the variable, the value, what is expected",
        "and an example, as `Error: …` by the command line and at start-up by the server.",
        "Sizes in bytes take a unit: `kB`, `MB`, `GB` (powers of 1000) or `KiB`, `MiB`, `GiB`",
        "(powers of 1024).",
        "",
        "| Variable | Default | Meaning | Example |",
        "|---|---|---|---|",
    ]
    for s in SCHEMA.values():
        lines.append(f"| `{s.name}` | {shown_default(s)} | {s.help} | `{s.example}` |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown(), end="")
