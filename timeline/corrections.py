"""Validation of editors' corrections (shared by the CLI and the API)."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import InputError
from .events.lexicon import lexicon
from .events.merge import EDITABLE, GRANULARITIES, GRANULARITY_BY_LENGTH
from .events.school_days import SCHOOL_TYPE
from .lang import DEFAULT_LANG
from .model import EVENT_STATUSES, NAME_MAX, TITLE_MAX, slot_days

_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
# Control characters, unpaired surrogates and bidirectional embeddings/overrides/isolates:
# none belongs in a name or a title (see timeline.documents.normalise).
_NOT_TEXT = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufeff]")
_TEXT_LIMITS = {"title": TITLE_MAX, "location": NAME_MAX, "country": NAME_MAX}


def event_types(lang: str = DEFAULT_LANG) -> tuple[str, ...]:
    """The event types extraction gives: the ``type`` column of the language's triggers, and
    the school calendar days told without an event word (``Okullar … açılacak``)."""
    return tuple(sorted({t.type for t in lexicon(lang).triggers.values()} | {SCHOOL_TYPE}))


def _text(name: str, value, limit: int) -> str:
    """A name or title of an edit, stripped.

    :raises InputError: not a string, empty, too long, or holding a control character.
    """
    if not isinstance(value, str) or not value.strip() or len(value.strip()) > limit:
        raise InputError(f"{name} must be a non-empty text of at most {limit} characters")
    bad = _NOT_TEXT.search(value)
    if bad:
        raise InputError(
            f"{name} holds a control character (U+{ord(bad.group()):04X} at character "
            f"{bad.start() + 1}); send plain text"
        )
    return " ".join(value.split())


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
        elif name in ("time", "end_time"):
            if value is not None and (not isinstance(value, str) or not _TIME.fullmatch(value)):
                raise InputError(f"{name}={value!r}: use HH:MM (00:00-23:59)")
        elif name == "status":
            if value not in EVENT_STATUSES:
                raise InputError(f"status={value!r}: use one of {', '.join(EVENT_STATUSES)}")
        elif name == "type":
            if value not in event_types(lang):
                raise InputError(f"type={value!r}: use one of {', '.join(event_types(lang))}")
        elif name == "granularity":
            if value not in GRANULARITIES:
                raise InputError(f"granularity={value!r}: use one of {', '.join(GRANULARITIES)}")
        elif name == "participants":
            if not isinstance(value, list) or len(value) > 50:
                raise InputError("participants must be a list of at most 50 names")
            value = list(dict.fromkeys(_text("a participant", v, NAME_MAX) for v in value))
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
        else:
            value = _text(name, value, _TEXT_LIMITS.get(name, NAME_MAX))
        out[name] = value.strip() if isinstance(value, str) else value
    if "date" in out:
        implied = GRANULARITY_BY_LENGTH[len(out["date"])]
        if out.get("granularity", implied) != implied:
            raise InputError(
                f"granularity={out['granularity']!r} does not fit date={out['date']!r} "
                f"(a {implied})"
            )
        out["granularity"] = implied
    elif "granularity" in out:
        raise InputError("granularity follows the date: edit date (YYYY, YYYY-MM or YYYY-MM-DD)")
    if "location" in out:
        place = lexicon(lang).place(out["location"])
        if place is not None:
            out.setdefault("country", place.country)
            out.setdefault("timezone", place.zone)
    if "end" in out and "date" in out and out["end"] < out["date"]:
        raise InputError(f"end={out['end']!r} is before date={out['date']!r}")
    return out
