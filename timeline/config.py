"""Settings from the environment, in one place (each documented in the README).

=========================  ===============================================================
``TIMELINE_DB``             the store file (default ``timeline.db``); ``--db`` overrides it
``TIMELINE_BASE_URL``       public base URL for absolute links (feed URL, webcal, Google)
``TIMELINE_TODAY``          the current date, ``YYYY-MM-DD`` (see :mod:`timeline.clock`)
``TIMELINE_FEED_PAST_DAYS`` keep only events this many days back in feeds (default: all)
``TIMELINE_FEED_MIN_CONFIDENCE`` feeds carry calendar events of at least this confidence
                            (0–1, default 0.9; see :mod:`timeline.events.confidence`)
``TIMELINE_TOKEN``          bearer token of the write API: uploads, withdrawals, corrections
                            (unset: the write API answers 403)
``TIMELINE_API_TOKEN``      older name of ``TIMELINE_TOKEN``, read when that is unset
``TIMELINE_MAX_BYTES``      largest accepted input file (default 5 MiB)
``TIMELINE_UPLOAD_MAX_BYTES`` largest accepted ``POST /api/documents`` body (default 2 MiB)
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


FEED_MIN_CONFIDENCE = 0.9  # the audit's acceptance among feed events is >= 95 % from here


def feed_min_confidence() -> float:
    """The confidence a calendar event needs to reach the feeds.

    :raises InputError: when ``TIMELINE_FEED_MIN_CONFIDENCE`` is not a number from 0 to 1.
    """
    value = os.environ.get("TIMELINE_FEED_MIN_CONFIDENCE", "").strip()
    if not value:
        return FEED_MIN_CONFIDENCE
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise InputError(f"TIMELINE_FEED_MIN_CONFIDENCE={value!r} must be a number from 0 to 1")
    return number


def api_token() -> str | None:
    """The write API's bearer token: ``TIMELINE_TOKEN``, else the older ``TIMELINE_API_TOKEN``."""
    return os.environ.get("TIMELINE_TOKEN") or os.environ.get("TIMELINE_API_TOKEN") or None


UPLOAD_MAX_BYTES = 2 * 1024 * 1024


def upload_max_bytes() -> int:
    """Largest body ``POST /api/documents`` accepts (``TIMELINE_UPLOAD_MAX_BYTES``, 2 MiB)."""
    value = os.environ.get("TIMELINE_UPLOAD_MAX_BYTES", "").strip()
    if not value:
        return UPLOAD_MAX_BYTES
    if not value.isdigit():
        raise InputError(f"TIMELINE_UPLOAD_MAX_BYTES={value!r} must be a whole number of bytes")
    return int(value)
