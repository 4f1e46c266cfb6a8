"""The one place Timeline reads the current date and time.

``TIMELINE_TODAY=2025-10-30`` fixes "today" (upcoming/past, feed windows, the default reference
date of extraction) so that tests and demos never depend on the day they run. ``TIMELINE_NOW``
(an ISO date-time) fixes the instant used to stamp changes in the store; without it the real
clock is used, because a change stamp must be the real moment of the change for HTTP caching.
Nothing else in Timeline calls ``datetime.now()`` or ``date.today()``.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

from .errors import InputError


def today() -> date:
    """Return the current date: ``TIMELINE_TODAY`` when set, else the real local date.

    :raises InputError: when ``TIMELINE_TODAY`` is not a ``YYYY-MM-DD`` date.
    """
    fixed = os.environ.get("TIMELINE_TODAY", "").strip()
    if fixed:
        try:
            return date.fromisoformat(fixed)
        except ValueError as e:
            raise InputError(f"TIMELINE_TODAY={fixed!r} is not a date; use YYYY-MM-DD") from e
    return now().date()


def now() -> datetime:
    """Return the current instant (aware, UTC): ``TIMELINE_NOW`` when set, else the real clock.

    :raises InputError: when ``TIMELINE_NOW`` is not an ISO date-time.
    """
    fixed = os.environ.get("TIMELINE_NOW", "").strip()
    if fixed:
        try:
            value = datetime.fromisoformat(fixed)
        except ValueError as e:
            raise InputError(f"TIMELINE_NOW={fixed!r} is not an ISO date-time") from e
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return datetime.now(UTC)
