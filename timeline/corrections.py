"""Validation of editors' corrections (shared by the CLI and the API)."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import InputError
from .events.lexicon import lexicon
from .events.merge import EDITABLE, GRANULARITY_BY_LENGTH
from .lang import DEFAULT_LANG
from .model import EVENT_STATUSES, slot_days

_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def validate_edit(data: dict, lang: str = DEFAULT_LANG) -> dict:
    """Check an ``edit`` correction's fields and normalise them. A new place known to the
    gazetteer brings its country and time zone.

    >>> validate_edit({"date": "2025-11-13", "status": "planned"})
    {'date': '2025-11-13', 'status': 'planned', 'granularity': 'day'}
    >>> validate_edit({"location": "Ankara"})
    {'location': 'Ankara', 'country': 'Türkiye', 'timezone': 'Europe/Istanbul'}

    :raises InputError: naming the field and the expected form.
    """
    if not isinstance(data, dict) or not data:
        raise InputError("an edit needs at least one field: " + ", ".join(EDITABLE))
    out = {}
    for name, value in data.items():
        if name not in EDITABLE:
            raise InputError(f"{name!r} cannot be edited; editable: {', '.join(EDITABLE)}")
        if name in ("date", "end"):
            if not isinstance(value, str) or len(value) not in GRANULARITY_BY_LENGTH:
                raise InputError(f"{name}={value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
            try:
                slot_days(value)
            except ValueError as e:
                raise InputError(f"{name}={value!r} is not a real date") from e
            if name == "end" and len(value) != 10:
                raise InputError(f"end={value!r}: the last day must be YYYY-MM-DD")
        elif name == "time":
            if value is not None and (not isinstance(value, str) or not _TIME.fullmatch(value)):
                raise InputError(f"time={value!r}: use HH:MM (00:00-23:59)")
        elif name == "status":
            if value not in EVENT_STATUSES:
                raise InputError(f"status={value!r}: use one of {', '.join(EVENT_STATUSES)}")
        elif name == "participants":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise InputError("participants must be a list of names")
        elif name == "calendar":
            if not isinstance(value, bool):
                raise InputError("calendar must be true or false")
        elif name == "timezone":
            try:
                ZoneInfo(value) if isinstance(value, str) and value else None
            except (ZoneInfoNotFoundError, ValueError) as e:
                raise InputError(
                    f"timezone={value!r}: use an IANA name such as Europe/Istanbul"
                ) from e
            if not isinstance(value, str) or not value:
                raise InputError(f"timezone={value!r}: use an IANA name such as Europe/Istanbul")
        elif not isinstance(value, str) or not value.strip() or len(value) > 300:
            raise InputError(f"{name} must be a non-empty text of at most 300 characters")
        out[name] = value.strip() if isinstance(value, str) else value
    if "date" in out:
        out["granularity"] = GRANULARITY_BY_LENGTH[len(out["date"])]
    if "location" in out:
        place = lexicon(lang).place(out["location"])
        if place is not None:
            out.setdefault("country", place.country)
            out.setdefault("timezone", place.zone)
    if "end" in out and "date" in out and out["end"] < out["date"]:
        raise InputError(f"end={out['end']!r} is before date={out['date']!r}")
    return out
