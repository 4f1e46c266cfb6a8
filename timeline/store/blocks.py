"""The incremental-merging index: which stored mentions a new one may report again.

Each mention is indexed under its blocking keys (``mention_blocks``: type group, token,
period; see :func:`timeline.events.merge.block_keys`), so that a new article is compared with
the mentions it may report again and not with the whole store. Each event's id group
(``events.ckey``: kind, original slot and anchor) is kept beside it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
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
        "INSERT OR IGNORE INTO mention_blocks (grp, token, period, document, idx)"
        " VALUES (?,?,?,?,?)",
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
    :func:`~timeline.events.merge.same_happening` accepts.

    Blocks holding few stored mentions are read at once (:func:`_few_reports`); larger ones
    event by event (:func:`_block_events`), and an event's mentions in a block only until one
    is accepted: a happening reported a thousand times costs what one reported twice does."""
    new_docs = {m.source.document for m, _ in fresh}
    parsed: dict[tuple, Event] = {}
    out: dict[tuple[str, int], dict[str, Event]] = {}
    for mention, _ in fresh:
        e = mention.event
        group = type_group(e.type)
        exact, within = candidate_periods(block_periods(e))
        ranges = [(p, p) for p in sorted(exact)] + [(f"{p}-", f"{p}-~") for p in sorted(within)]
        found = out.setdefault((mention.source.document, mention.idx), {})
        tokens = sorted(query_keys(e))
        rows = _few_reports(conn, group, tokens, ranges)
        if rows is not None:
            for doc_id, idx, data, event_id in rows:
                if doc_id in new_docs or event_id in found:
                    continue
                stored = parsed.get((doc_id, idx))
                if stored is None:
                    stored = parsed[(doc_id, idx)] = event_from_row(json.loads(data))
                if same_happening(e, stored):
                    found[event_id] = stored
            continue
        for token in tokens:
            for low, high in ranges:
                for period, event_id in _block_events(conn, group, token, low, high):
                    if event_id in found:
                        continue
                    block = (group, token, period, event_id)
                    stored = _first_report(conn, e, block, new_docs, parsed)
                    if stored is not None:
                        found[event_id] = stored
    return out


# How many stored mentions a new one's blocks may hold to be read at once (more: event by event).
FEW_REPORTS = 64


def _few_reports(
    conn: sqlite3.Connection, group: str, tokens: list[str], ranges: list[tuple[str, str]]
) -> list[tuple] | None:
    """``(document, idx, data, event)`` of the stored mentions (linked to an event) in the
    blocks of these tokens and period ranges, when they are at most :data:`FEW_REPORTS`;
    ``None`` when there are more (each query stops reading there)."""
    rows: set[tuple] = set()
    for low, high in ranges:
        rows.update(
            conn.execute(
                "SELECT DISTINCT b.document, b.idx, m.data, m.event FROM mention_blocks b"
                " JOIN mentions m ON m.document = b.document AND m.idx = b.idx"
                " WHERE b.grp=? AND b.token IN (SELECT value FROM json_each(?))"
                " AND b.period >= ? AND b.period <= ? AND b.event IS NOT NULL LIMIT ?",
                (group, json.dumps(tokens), low, high, FEW_REPORTS + 1),
            )
        )
        if len(rows) > FEW_REPORTS:
            return None
    return sorted(rows)


def _first_report(
    conn: sqlite3.Connection,
    e: Event,
    block: tuple[str, str, str, str],
    new_docs: set[str],
    parsed: dict[tuple, Event],
) -> Event | None:
    """The first stored mention of one event in one block (``(group, token, period, event)``)
    that :func:`~timeline.events.merge.same_happening` accepts as a report of ``e`` (mentions
    of ``new_docs`` left out; ``parsed`` remembers the mentions read), read one by one."""
    rows = conn.execute(
        "SELECT b.document, b.idx, m.data FROM mention_blocks b JOIN mentions m"
        " ON m.document = b.document AND m.idx = b.idx WHERE b.grp=?"
        " AND b.token=? AND b.period=? AND b.event=?",
        block,
    )
    for doc_id, idx, data in rows:
        if doc_id in new_docs:
            continue
        stored = parsed.get((doc_id, idx))
        if stored is None:
            stored = parsed[(doc_id, idx)] = event_from_row(json.loads(data))
        if same_happening(e, stored):
            return stored
    return None


def _block_events(
    conn: sqlite3.Connection, group: str, token: str, low: str, high: str
) -> Iterator[tuple[str, str]]:
    """The ``(period, event)`` pairs of one block key whose period lies in ``[low, high]``
    (mentions not linked to an event yet left out), each once, in order: one index lookup
    each, however many mentions hold the pair."""
    key = "FROM mention_blocks WHERE grp=? AND token=?"
    (period,) = conn.execute(
        f"SELECT min(period) {key} AND period >= ? AND period <= ?", (group, token, low, high)
    ).fetchone()
    while period is not None:
        event_id = ""
        while True:
            (event_id,) = conn.execute(
                f"SELECT min(event) {key} AND period = ? AND event > ?",
                (group, token, period, event_id),
            ).fetchone()
            if event_id is None:
                break
            yield period, event_id
        (period,) = conn.execute(
            f"SELECT min(period) {key} AND period > ? AND period <= ?",
            (group, token, period, high),
        ).fetchone()
