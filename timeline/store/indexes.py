"""What the index triggers store: the SQL functions they call and full rebuilds.

The full-text index (``search_documents``, ``search_events``, ``search_sources``,
``event_documents``) and the facet index (``event_rows``, ``event_facets``, ``facet_values``)
are kept in step by triggers (see :mod:`.schema`) in the very transactions that change
documents, events and their sources. An event's own row and each of its sources are indexed
apart, so that a new source is indexed alone, whatever the number of the others. The triggers
call the functions registered here on every connection: indexed text is folded by
:func:`timeline.text.search_key` (Turkish case rules, no diacritics), an event's days and
facets come from :mod:`timeline.filters`.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import MISSING, fields
from datetime import date
from functools import lru_cache

from ..model import Event, Source
from ..text import search_key
from .rows import event_from_row


def document_text(title: str | None, text: str | None, body: str | None) -> str:
    """The folded searchable text of a document: its title and body (header lines left out)."""
    try:
        text = text or ""
        spans = json.loads(body) if body else [[0, len(text)]]
        parts = [title or ""] + [text[a:b] for a, b in spans]
        return search_key(" ".join(parts))
    except (ValueError, TypeError):  # a malformed row must never block a write
        return search_key(f"{title or ''} {text or ''}")


def event_text(data: str | None) -> str:
    """The folded searchable text of an event's own row: title, quote, place, country,
    participants, type (and its Turkish and English names). Its sources' words are indexed
    with each source (:func:`source_text`)."""
    from ..i18n import LANGUAGES, gettext

    row = _json_object(data)
    parts = [
        row.get("title"),
        row.get("quote"),
        row.get("location"),
        row.get("country"),
        *(row.get("participants") or []),
    ]
    if row.get("type"):
        parts += [row["type"], *(gettext(lang, f"type.{row['type']}") for lang in LANGUAGES)]
    return _folded(parts)


def source_text(data: str | None) -> str:
    """The folded searchable text of one source of an event: its title, outlet and quote."""
    src = _json_object(data)
    return _folded([src.get("title"), src.get("outlet"), src.get("quote")])


def _json_object(data: str | None) -> dict:
    """The JSON object a row stores, or an empty one for no data, malformed JSON or another
    JSON value (its text is then empty: a malformed row must never block a write)."""
    try:
        value = json.loads(data) if data else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _folded(parts: list) -> str:
    """The text parts folded part by part (the same key as folding the whole text: folding
    works within words, and parts are whole words); many sources repeat outlets and quotes."""
    keys = (folded_part(p) for p in parts if isinstance(p, str))
    return " ".join(k for k in keys if k)


@lru_cache(maxsize=16384)
def folded_part(text: str) -> str:
    """:func:`~timeline.text.search_key` of one part of an event's text, remembered."""
    return search_key(text)


def event_days(data: str | None) -> str | None:
    """``[granularity, end, span_first, span_last, last_day, past_key]`` of an event row, as
    JSON (for ``event_rows``; see :func:`timeline.filters.spans` and :func:`past_key`)."""
    from ..filters import spans

    try:
        row = json.loads(data) if data else {}
        e = event_from_row(row)
        first, last, span_first, span_last = spans(e)
    except (ValueError, TypeError, KeyError):  # a malformed row must never block a write
        return json.dumps([str(row.get("granularity") or ""), None, None, None, None, None])
    return json.dumps(
        [
            e.granularity,
            e.end,
            span_first.isoformat(),
            span_last.isoformat(),
            last.isoformat(),
            past_key(e, first),
        ]
    )


def past_key(e: Event, first: date) -> str:
    """The order of the past, latest first (the upcoming order's second part), as a string
    that sorts ascending, to which the store appends the event's id: years, then months,
    then days, latest first, a year- or month-precise event right under its year's or
    month's heading (before that period's days), untimed before timed on a day.

    >>> keys = [past_key(Event(d, g, "", "summit", "held", ""), date.fromisoformat(f))
    ...         for d, g, f in [("2024-05-01", "day", "2024-05-01"), ("2024", "year",
    ...                         "2024-01-01"), ("2025-03", "month", "2025-03-01")]]
    >>> [keys.index(k) for k in sorted(keys)]
    [2, 1, 0]
    """
    return (
        f"{9999 - first.year:04d}{int(e.granularity != 'year')}{12 - first.month:02d}"
        f"{int(e.granularity != 'month')}{9999999 - first.toordinal():07d}"
        f"{e.time or '':<8}"
    )


def event_facets(data: str | None) -> str:
    """The ``[kind, key, shown]`` facet entries of an event row, as JSON (for
    ``event_facets``; see :func:`timeline.filters.facet_entries`); those of its sources are
    :func:`source_facets`."""
    from ..filters import facet_entries

    try:
        entries = facet_entries(event_from_row(json.loads(data) if data else {}), [])
    except (ValueError, TypeError, KeyError, AttributeError):
        return "[]"
    return json.dumps(sorted(entries), ensure_ascii=False)


def source_facets(data: str | None) -> str:
    """The ``[kind, key, shown]`` facet entries one source gives its event, as JSON."""
    from ..filters import source_facet_entries

    try:
        s = json.loads(data or "{}")
        if not SOURCE_REQUIRED <= s.keys() <= SOURCE_FIELDS:  # as Source(**s) would refuse
            raise KeyError(s)
        entries = source_facet_entries(s["document"], s.get("outlet"), s["source"], s.get("url"))
    except (ValueError, TypeError, KeyError, AttributeError):
        return "[]"
    return json.dumps(sorted(entries), ensure_ascii=False)


# The keys of a stored source (Source.to_json), and those without a default.
SOURCE_FIELDS = {f.name for f in fields(Source)}
SOURCE_REQUIRED = {f.name for f in fields(Source) if f.default is MISSING}


def register_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions the index triggers call (every connection that writes needs them)."""
    conn.create_function("timeline_document_text", 3, document_text, deterministic=True)
    conn.create_function("timeline_event_text", 1, event_text, deterministic=True)
    conn.create_function("timeline_source_text", 1, source_text, deterministic=True)
    conn.create_function("timeline_event_days", 1, event_days, deterministic=True)
    conn.create_function("timeline_event_facets", 1, event_facets, deterministic=True)
    conn.create_function("timeline_source_facets", 1, source_facets, deterministic=True)


def rebuild_facets(conn: sqlite3.Connection) -> None:
    """Fill the facet index from the events (the triggers keep it current afterwards)."""
    for table in ("event_rows", "event_facets", "facet_values"):
        conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed names
    conn.execute(
        "INSERT INTO event_rows (event, sort_key, granularity, end_day, span_first,"
        " span_last, calendar, last_day, past_key)"
        " SELECT id, sort_key, json_extract(d, '$[0]'), json_extract(d, '$[1]'),"
        " json_extract(d, '$[2]'), json_extract(d, '$[3]'), calendar,"
        " json_extract(d, '$[4]'), json_extract(d, '$[5]') || id"
        " FROM (SELECT *, timeline_event_days(data) AS d FROM events"
        " WHERE gone = 0 AND hidden = 0)"
    )
    conn.execute(
        "INSERT OR IGNORE INTO event_facets (kind, value_key, shown, event)"
        " SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'),"
        " json_extract(j.value, '$[2]'), e.id"
        " FROM events e, json_each(timeline_event_facets(e.data)) j"
        " WHERE e.gone = 0 AND e.hidden = 0"
    )
    conn.execute(
        "INSERT OR IGNORE INTO event_facets (kind, value_key, shown, event)"
        " SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'),"
        " json_extract(j.value, '$[2]'), e.id"
        " FROM events e JOIN event_sources s ON s.event = e.id,"
        " json_each(timeline_source_facets(s.data)) j"
        " WHERE e.gone = 0 AND e.hidden = 0"
    )


def rebuild_search(conn: sqlite3.Connection) -> None:
    """Fill the full-text index from the documents and events."""
    conn.execute("DELETE FROM search_documents")
    conn.execute("DELETE FROM search_events")
    conn.execute("DELETE FROM search_sources")
    conn.execute("DELETE FROM event_documents")
    conn.execute(
        "INSERT INTO search_documents (rowid, body)"
        " SELECT rowid, timeline_document_text(title, text, body) FROM documents"
    )
    conn.execute(
        "INSERT INTO search_events (rowid, body)"
        " SELECT rowid, timeline_event_text(data) FROM events"
    )
    conn.execute(
        "INSERT INTO search_sources (rowid, body)"
        " SELECT rowid, timeline_source_text(data) FROM event_sources"
    )
    conn.execute(
        "INSERT OR IGNORE INTO event_documents (document, event)"
        " SELECT document, event FROM event_sources"
    )
