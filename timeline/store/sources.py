"""An event's sources and members as rows of their own (schema version 7).

``event_sources`` holds each source of an event (its :meth:`~timeline.model.Source.to_json`
as JSON, numbered ``n`` from 0 in the order of the event's sources, latest last) and
``event_members`` what the event is made of (:meth:`timeline.events.merge.Merged.members`).
Before version 7 both were JSON lists inside the event's row, which every new report of a
happening rewrote whole: a report is now one more row of each, at a cost that does not grow
with the number of reports (issue 18, point 6). Readers see the sources as one JSON list
(:func:`sources_sql`), exactly as the row held them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from ..model import Source


def sources_sql(event_id: str) -> str:
    """SQL giving the sources of the event whose id ``event_id`` (an SQL expression) names, as
    the JSON list :func:`sources_json` writes (``[]`` when it has none)."""
    return (
        "coalesce((SELECT '[' || group_concat(data, ', ') || ']' FROM (SELECT data"
        f" FROM event_sources WHERE event = {event_id} ORDER BY n)), '[]')"
    )


def members_sql(event_id: str) -> str:
    """SQL giving the members of the event ``event_id`` (an SQL expression) names, as a JSON
    list of ``[document, key, type group, quote offset]`` in sorted order."""
    return (
        "(SELECT json_group_array(json_array(document, key, grp, quote_start)) FROM"
        " (SELECT document, key, grp, quote_start FROM event_members"
        f" WHERE event = {event_id} ORDER BY document, key, grp, quote_start))"
    )


def source_json(source: Source) -> str:
    """One source as ``event_sources.data`` holds it."""
    return json.dumps(source.to_json(), ensure_ascii=False)


def sources_json(sources: Iterable[Source]) -> str:
    """An event's sources as one JSON list: what :func:`sources_sql` reads back."""
    return "[" + ", ".join(source_json(s) for s in sources) + "]"


def add_source(conn: sqlite3.Connection, event_id: str, n: int, data: str) -> None:
    """Store one source (``data``: :func:`source_json`) as the event's ``n``-th; its document
    column is read from ``data`` by SQLite, without parsing the JSON again in Python."""
    conn.execute(
        "INSERT INTO event_sources (event, n, document, data)"
        " VALUES (?1, ?2, json_extract(?3, '$.document'), ?3)",
        (event_id, n, data),
    )


def write_sources(conn: sqlite3.Connection, event_id: str, sources: list[str]) -> None:
    """Replace the event's sources with these (each :func:`source_json`)."""
    conn.execute("DELETE FROM event_sources WHERE event=?", (event_id,))
    for n, data in enumerate(sources):
        add_source(conn, event_id, n, data)


def add_members(conn: sqlite3.Connection, event_id: str, members: Iterable[list]) -> None:
    """Store members of the event (``[document, key, type group, quote offset]`` each)."""
    conn.executemany(
        "INSERT INTO event_members (event, document, key, grp, quote_start) VALUES (?,?,?,?,?)",
        [(event_id, *member) for member in members],
    )


def write_members(conn: sqlite3.Connection, event_id: str, members: list[list]) -> None:
    """Replace the event's members with these."""
    conn.execute("DELETE FROM event_members WHERE event=?", (event_id,))
    add_members(conn, event_id, members)


def members_of(conn: sqlite3.Connection, event_id: str) -> list[list]:
    """The event's members, in sorted order."""
    (members,) = conn.execute(f"SELECT {members_sql('?')}", (event_id,)).fetchone()
    return json.loads(members)


def documents_of(conn: sqlite3.Connection, event_id: str) -> set[str]:
    """The documents that are sources of the event."""
    rows = conn.execute("SELECT document FROM event_sources WHERE event=?", (event_id,))
    return {r[0] for r in rows}


def move_into_rows(conn: sqlite3.Connection) -> None:
    """Upgrade a store whose events hold their sources (column ``sources``) and members
    (``data.members``) as JSON lists: store them as rows, row by row, and drop the column."""
    rows = conn.execute("SELECT id, data, sources FROM events").fetchall()
    for event_id, data, sources in rows:
        row = json.loads(data)
        members = row.pop("members", None) or []
        write_members(conn, event_id, members)
        write_sources(
            conn, event_id, [json.dumps(s, ensure_ascii=False) for s in json.loads(sources)]
        )
        conn.execute(
            "UPDATE events SET data=? WHERE id=?",
            (json.dumps(row, ensure_ascii=False, sort_keys=True), event_id),
        )
    conn.execute("ALTER TABLE events DROP COLUMN sources")
