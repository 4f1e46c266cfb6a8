"""Settings from the environment, in one place (each documented in the README).

=========================  ===============================================================
``TIMELINE_DB``             the store file (default ``timeline.db``); ``--db`` overrides it
``TIMELINE_BASE_URL``       public base URL for absolute links (feed URL, webcal, Google)
``TIMELINE_TODAY``          the current date, ``YYYY-MM-DD`` (see :mod:`timeline.clock`)
``TIMELINE_FEED_PAST_DAYS`` keep only events this many days back in feeds (default: all)
``TIMELINE_API_TOKEN``      token that allows corrections through the API (unset: disabled)
``TIMELINE_MAX_BYTES``      largest accepted input file (default 5 MiB)
=========================  ===============================================================
"""

from __future__ import annotations

import os

from .errors import InputError
from .store import DEFAULT_PATH


def db_path(given: str | None = None) -> str:
    return given or os.environ.get("TIMELINE_DB") or DEFAULT_PATH


def base_url() -> str | None:
    value = os.environ.get("TIMELINE_BASE_URL", "").strip().rstrip("/")
    if value and not value.startswith(("http://", "https://")):
        raise InputError(f"TIMELINE_BASE_URL={value!r} must start with http:// or https://")
    return value or None


def feed_past_days() -> int | None:
    value = os.environ.get("TIMELINE_FEED_PAST_DAYS", "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise InputError(f"TIMELINE_FEED_PAST_DAYS={value!r} must be a whole number of days")
    return int(value)


def api_token() -> str | None:
    return os.environ.get("TIMELINE_API_TOKEN") or None
