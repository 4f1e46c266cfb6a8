"""Row ⇄ model conversion: how documents, mentions and events are kept in SQLite rows."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, NamedTuple

from ..model import Document, Event, Source, StoredEvent
from .sources import sources_sql

# The columns :func:`stored_event` reads (the sources from their own table), plain and on the
# alias ``e`` of ``events``.
EVENT_COLUMNS = (
    f"id, data, {sources_sql('events.id')}, sequence, created, updated, history, edited, hidden"
)
EVENT_COLUMNS_E = (
    f"e.id, e.data, {sources_sql('e.id')}, e.sequence, e.created, e.updated, e.history,"
    " e.edited, e.hidden"
)
# The columns :func:`document_from_row` reads.
DOCUMENT_COLUMNS = (
    "source, text, published, title, body, updated, url, outlet, lang, key, published_has_time"
)


def timex_row(t: Any) -> dict:
    """A timex as stored with its document (its JSON form and its granularity)."""
    row = t.to_json()
    row["granularity"] = t.granularity
    return row


def event_row(e: Event) -> dict:
    """An event as stored in ``mentions.data`` and ``events.data`` (before ``json.dumps``).
    ``end_time`` is kept only when known, so rows stored before it existed stay as they are
    (no rewrite, no new ``updated`` stamp for events without one)."""
    row = e.to_json()
    if row["end_time"] is None:
        del row["end_time"]
    row.update(
        timezone=e.timezone,
        quote_start=e.quote_start,
        quote_end=e.quote_end,
        replaces=list(e.replaces) if e.replaces else None,
        key=e.key,
    )
    return row


def event_from_row(row: dict) -> Event:
    """The :class:`Event` an :func:`event_row` holds."""
    replaces = row.get("replaces")
    return Event(
        date=row["date"],
        granularity=row["granularity"],
        title=row["title"],
        type=row["type"],
        status=row["status"],
        quote=row["quote"],
        end=row.get("end"),
        time=row.get("time"),
        end_time=row.get("end_time"),
        location=row.get("location"),
        country=row.get("country"),
        timezone=row.get("timezone"),
        participants=list(row.get("participants") or []),
        calendar=bool(row.get("calendar")),
        quote_start=row.get("quote_start", 0),
        quote_end=row.get("quote_end", 0),
        replaces=tuple(replaces) if replaces else None,
        key=row.get("key", ""),
        confidence=float(row.get("confidence", 1.0)),
        confidence_reasons=list(row.get("confidence_reasons") or []),
    )


def stored_event(row: tuple, domain: str = "timeline") -> StoredEvent:
    """A :class:`StoredEvent` from the :data:`EVENT_COLUMNS` of an ``events`` row, its UID in
    the store's ``domain``."""
    event_id, data, sources, seq, created, updated, history, edited, hidden = row
    data = json.loads(data)
    return StoredEvent(
        id=event_id,
        event=event_from_row(data),
        changes=data.get("changes", []),
        sources=[Source(**s) for s in json.loads(sources)],
        sequence=seq,
        created=datetime.fromisoformat(created),
        updated=datetime.fromisoformat(updated),
        history=json.loads(history),
        edited=bool(edited),
        hidden=bool(hidden),
        domain=domain,
    )


def document_from_row(row: tuple) -> Document:
    """A :class:`Document` from the :data:`DOCUMENT_COLUMNS` of a ``documents`` row."""
    source, text, published, title, body, updated, url, outlet, lang, key, has_time = row
    return Document(
        source=source,
        text=text,
        published=datetime.fromisoformat(published),
        title=title,
        body=tuple(tuple(b) for b in json.loads(body)),
        updated=datetime.fromisoformat(updated) if updated else None,
        url=url,
        outlet=outlet,
        lang=lang,
        key=key,
        published_has_time=bool(has_time),
    )


def sort_key(e: Event) -> str:
    """An event's place in time order (``events.sort_key``, ``event_rows.sort_key``).

    ``"2022 "`` sorts before ``"2022-01 "`` and ``"2022-01-01 "`` (a space sorts before
    ``-``), as year- and month-precise items open their year or month; untimed before timed
    on a day.
    """
    return f"{e.date} {e.time or ''}"


class Slot(NamedTuple):
    """The when of an event, all that ordering and windowing need (quacks like an Event)."""

    date: str
    granularity: str
    end: str | None
    time: str | None


class EventKey(NamedTuple):
    """A light stand-in for a :class:`StoredEvent` in a list to order and cut."""

    id: str
    event: Slot


def event_key(row: tuple) -> EventKey:
    """An :class:`EventKey` from ``event, sort_key, granularity, end_day`` of ``event_rows``."""
    event_id, key, granularity, end = row
    day, _, time = key.partition(" ")
    return EventKey(event_id, Slot(day, granularity, end, time or None))
