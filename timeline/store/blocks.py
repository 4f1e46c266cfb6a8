"""The incremental-merging index: which stored mentions a new one may report again.

Each mention is indexed under its blocking keys (``mention_blocks``: type group, token,
period; see :func:`timeline.events.merge.block_keys`), so that a new article is compared with
the mentions it may report again and not with the whole store. Each event's id group
(``events.ckey``: kind, original slot and anchor) is kept beside it.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from ..events.merge import (
    Merged,
    block_keys,
    block_periods,
    candidate_periods,
    id_group,
    query_keys,
    same_happening,
    type_group,
)
from ..events.merge import event_id as hash_id
from ..model import Event
from .rows import event_from_row

if TYPE_CHECKING:
    from ..events.merge import Mention


def insert_blocks(conn: sqlite3.Connection, doc_id: str, idx: int, event: Event) -> None:
    """Index a stored mention under its blocking keys (type group, token, period)."""
    group = type_group(event.type)
    conn.executemany(
        "INSERT OR IGNORE INTO mention_blocks VALUES (?,?,?,?,?)",
        [
            (group, key, period, doc_id, idx)
            for key in sorted(block_keys(event))
            for period in sorted(block_periods(event))
        ],
    )


def regroup(conn: sqlite3.Connection) -> None:
    """Store every event's id group (``ckey``, see :func:`timeline.events.merge.id_group`),
    derived from its row."""
    groups = [
        (id_group(Merged(event_id, event_from_row(json.loads(data)), [])), event_id)
        for event_id, data in conn.execute("SELECT id, data FROM events")
    ]
    conn.executemany("UPDATE events SET ckey=? WHERE id=?", groups)


def events_of_document(conn: sqlite3.Connection, doc_id: str) -> set[str]:
    """The events a document's mentions belong to, and any gone ones it was a source of."""
    ids = {
        r[0]
        for r in conn.execute(
            "SELECT event FROM mentions WHERE document=? AND event IS NOT NULL", (doc_id,)
        )
    }
    ids.update(
        r[0] for r in conn.execute("SELECT event FROM event_documents WHERE document=?", (doc_id,))
    )
    return ids


def correction_links(corrections: list[dict], ids: set[str]) -> set[str]:
    """Events that corrections tie to the given ones (both sides of a merge, an event and
    the part split out of it), to a fixed point."""
    links = []
    for c in corrections:
        tied = {c["event"]}
        if c["action"] == "merge" and c["data"].get("into"):
            tied.add(c["data"]["into"])
        if c["action"] == "split":
            tied.add(hash_id(f"{c['event']}|split|{c['data'].get('document')}"))
        links.append(tied)
    out = set(ids)
    grew = True
    while grew:
        grew = False
        for tied in links:
            if tied & out and not tied <= out:
                out |= tied
                grew = True
    return out - set(ids)


def reported_again(conn: sqlite3.Connection, fresh: list[tuple[Mention, str | None]]) -> set[str]:
    """The stored events that new mentions report again (see :func:`reports_of`)."""
    return {event_id for found in reports_of(conn, fresh).values() for event_id in found}


def reports_of(
    conn: sqlite3.Connection, fresh: list[tuple[Mention, str | None]]
) -> dict[tuple[str, int], dict[str, Event]]:
    """For each new mention (by ``(document, idx)``), the stored events it reports again,
    each with the first stored mention that says so: those holding a stored mention in a
    block of it (same type group, a shared key — place, surname or title word, or two title
    words across precisions — and a period its slot may meet) that
    :func:`~timeline.events.merge.same_happening` accepts."""
    new_docs = {m.source.document for m, _ in fresh}
    parsed: dict[tuple, Event] = {}
    select = (
        "SELECT DISTINCT b.document, b.idx, m.data, m.event FROM mention_blocks b"
        " JOIN mentions m ON m.document = b.document AND m.idx = b.idx"
        " WHERE b.grp=? AND b.token IN (SELECT value FROM json_each(?)) AND "
    )
    out: dict[tuple[str, int], dict[str, Event]] = {}
    for mention, _ in fresh:
        e = mention.event
        group, tokens = type_group(e.type), json.dumps(sorted(query_keys(e)))
        exact, within = candidate_periods(block_periods(e))
        rows = conn.execute(
            select + "b.period IN (SELECT value FROM json_each(?))",
            (group, tokens, json.dumps(sorted(exact))),
        ).fetchall()
        for period in sorted(within):
            rows += conn.execute(
                select + "b.period > ? AND b.period < ?",
                (group, tokens, f"{period}-", f"{period}-~"),
            ).fetchall()
        found = out.setdefault((mention.source.document, mention.idx), {})
        for doc_id, idx, data, event_id in rows:
            if doc_id in new_docs or event_id is None or event_id in found:
                continue
            stored = parsed.get((doc_id, idx))
            if stored is None:
                stored = parsed[(doc_id, idx)] = event_from_row(json.loads(data))
            if same_happening(e, stored):
                found[event_id] = stored
    return out
