"""The one place Timeline reads the current date and time.

``TIMELINE_TODAY=2025-10-30`` fixes "today" (upcoming/past, feed windows, the default reference
date of extraction) so that tests and demos never depend on the day they run. ``TIMELINE_NOW``
(an ISO date-time) fixes the instant used to stamp changes in the store; without it the real
clock is used, because a change stamp must be the real moment of the change for HTTP caching.
Nothing else in Timeline calls ``datetime.now()`` or ``date.today()``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from . import config


def today() -> date:
    """Return the current date: ``TIMELINE_TODAY`` when set, else the real local date.

    :raises SettingError: when ``TIMELINE_TODAY`` is not a ``YYYY-MM-DD`` date.
    """
    fixed = config.fixed_today()
    return fixed if fixed is not None else now().date()


def now() -> datetime:
    """Return the current instant (aware, UTC): ``TIMELINE_NOW`` when set, else the real clock.

    :raises SettingError: when ``TIMELINE_NOW`` is not an ISO date-time.
    """
    fixed = config.fixed_now()
    return fixed if fixed is not None else datetime.now(UTC)
