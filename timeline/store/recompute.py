"""Recomputation: the stored mentions merged into events, in three steps.

1. **Load the scope** (:meth:`Recomputation._load`): every mention, or only the part of the
   store a change can reach — the events new mentions report again (found through
   ``mention_blocks``, see :func:`timeline.events.merge.block_keys`) and those corrections
   tie to them.
2. **Merge** (:func:`timeline.events.merge.cluster`, which names each event after its first
   report; then the pinned ids of :mod:`.pins` are kept and the editors' corrections applied).
3. **Write the rows** (:meth:`Recomputation._write`), as the pure decisions of
   :mod:`timeline.events.identity` say: which id, which ``SEQUENCE``, how an event leaves.

The result is the same as a full merge (merging is a union of pairs), at a cost that grows
with the article, not with the store. Before all this, a new article whose reports only add
a source to known events is appended to them (:mod:`.append`), at a cost that does not grow
with the number of reports either.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime

from ..events import identity
from ..events.merge import (
    Mention,
    Merged,
    apply_corrections,
    cluster,
    id_group,
    keep_ids,
)
from ..model import Source
from .append import append_reports
from .blocks import correction_links, reported_again
from .pins import pinned_among
from .rows import event_from_row, event_row, sort_key
from .sources import (
    add_source,
    members_sql,
    source_json,
    sources_sql,
    write_members,
    write_sources,
)
from .stamp import Stamps

# The columns of a stored event that a recomputation compares with its result.
_PRIOR = (
    f"SELECT id, fingerprint, sequence, created, history, data, {sources_sql('events.id')},"
    f" gone, hidden, ckey, {members_sql('events.id')}"
)

Loaded = list[tuple[Mention, str | None]]  # mentions with the event each belonged to
Rows = dict[str, tuple]  # stored events by id: the columns of _PRIOR after the id


def read_corrections(conn: sqlite3.Connection) -> list[dict]:
    """Every correction, oldest first."""
    rows = conn.execute("SELECT seq, event, action, data, created FROM corrections ORDER BY seq")
    return [
        {"seq": s, "event": e, "action": a, "data": json.loads(d), "created": c}
        for s, e, a, d, c in rows
    ]


def _rows(conn: sqlite3.Connection, ids: Iterable[str]) -> Rows:
    """The stored events with these ids."""
    sql = _PRIOR + " FROM events WHERE id IN (SELECT value FROM json_each(?))"
    return {r[0]: r[1:] for r in conn.execute(sql, (json.dumps(sorted(ids)),))}


def _keep(conn: sqlite3.Connection, merged: list[Merged], old: Rows) -> None:
    """Give the merged events the pinned ids of the stored ones they continue (served ids
    and calendar UIDs survive updates and re-extraction; unserved ids follow the set)."""
    pinned = pinned_among(conn, old)
    keep_ids(
        merged,
        {event_id: json.loads(r[9]) for event_id, r in old.items() if event_id in pinned},
        gone={event_id for event_id, r in old.items() if r[6]},
    )


def _stored(row: tuple) -> identity.Stored:
    fp, seq, _created, _history, data, sources, gone, hidden, ckey, members = row
    return identity.Stored(fp, seq, data, sources, gone, hidden, ckey, json.loads(members))


class Recomputation(Stamps):
    """Merging mentions into events after every change."""

    def _mentions(self, conn: sqlite3.Connection, where: str = "", params: tuple = ()) -> Loaded:
        """Stored mentions (all, or those ``where`` selects) as ``(Mention, event id)``."""
        rows = conn.execute(
            "SELECT m.document, m.idx, m.data, d.source, d.title, d.published, d.url, d.outlet,"
            " m.event FROM mentions m JOIN documents d ON d.id = m.document " + where,
            params,
        ).fetchall()
        out = []
        for doc_id, idx, data, source, title, published, url, outlet, event_id in rows:
            event = event_from_row(json.loads(data))
            src = Source(doc_id, source, title, published, event.quote, url, outlet, event.status)
            out.append((Mention(event, src, idx), event_id))
        return out

    def _fresh(self, conn: sqlite3.Connection, documents: Iterable[str]) -> Loaded:
        """The stored mentions of these documents."""
        return self._mentions(
            conn,
            "WHERE m.document IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(set(documents))),),
        )

    def _recompute(
        self,
        conn: sqlite3.Connection,
        stamp: datetime,
        *,
        documents: Iterable[str] | None = None,
        events: Iterable[str] | None = None,
    ) -> None:
        """Re-merge mentions into events and record what changed since the last time.

        With no scope, every stored mention is merged again (a migration, a re-extraction).
        With a scope — ``documents`` whose mentions were just stored, ``events`` that their
        earlier versions (or a correction) touched — only the part of the store that can
        change is (see the module's description).
        """
        corrections = read_corrections(conn)
        if documents is not None and not events:
            # The common case first: new reports that only add a source to known events.
            if append_reports(conn, stamp, self._fresh(conn, documents), corrections):
                return
        loaded, merged, old = self._load(conn, corrections, documents, events)
        merged = apply_corrections(merged, corrections)
        if documents is not None or events is not None:
            old.update(_rows(conn, {item.id for item in merged} - set(old)))
        self._write(conn, stamp, loaded, merged, old)

    def _load(
        self,
        conn: sqlite3.Connection,
        corrections: list[dict],
        documents: Iterable[str] | None,
        events: Iterable[str] | None,
    ) -> tuple[Loaded, list[Merged], Rows]:
        """Load the scope and merge it: the mentions loaded, the merged events (with the ids
        of the stored events they continue), and those stored events."""
        if documents is None and events is None:
            loaded = self._mentions(conn)
            merged = cluster([m for m, _ in loaded])
            old = {r[0]: r[1:] for r in conn.execute(_PRIOR + " FROM events")}
            _keep(conn, merged, old)
            return loaded, merged, old
        fresh = self._fresh(conn, documents or ())
        touched = set(events or ())
        affected = touched | reported_again(conn, fresh)
        while True:
            loaded, merged, affected = self._merge_scope(
                conn, fresh, affected, touched, corrections
            )
            old = _rows(conn, affected)
            _keep(conn, merged, old)
            # A result may take the id of an event outside the scope: an unpinned one that
            # had gone comes back under it; a shown or pinned one joins the scope, and the
            # ids are given again.
            outside = _rows(conn, {item.id for item in merged} - set(old))
            clash = identity.clashes(
                (item.id for item in merged),
                {i: r[6] for i, r in outside.items()},
                pinned_among(conn, outside),
            )
            if not clash:
                old.update(outside)
                return loaded, merged, old
            affected |= clash

    def _merge_scope(
        self,
        conn: sqlite3.Connection,
        fresh: Loaded,
        affected: set[str],
        touched: set[str],
        corrections: list[dict],
    ) -> tuple[Loaded, list[Merged], set[str]]:
        """Merge the new mentions with the stored events they may change: ``affected`` and
        the events corrections tie to them. Each event's id is a function of its own mentions
        (:func:`timeline.events.merge.natural_id`), so no other event needs loading.

        :return: the mentions loaded (with their stored event), the merged events, and the
            events taken into the scope.
        """
        new_docs = json.dumps(sorted({m.source.document for m, _ in fresh}))
        affected = affected | correction_links(corrections, affected)
        scope = json.dumps(sorted(affected))
        loaded = fresh + self._mentions(
            conn,
            "WHERE m.event IN (SELECT value FROM json_each(?))"
            " AND m.document NOT IN (SELECT value FROM json_each(?))",
            (scope, new_docs),
        )
        # An event that lost no mention and carries no correction is one happening already:
        # its mentions are joined without comparing them with each other.
        edited = {
            r[0]
            for r in conn.execute(
                "SELECT id FROM events WHERE edited=1 AND id IN (SELECT value FROM json_each(?))",
                (scope,),
            )
        }
        intact = affected - touched - edited
        known = {
            (m.source.document, m.idx): event_id
            for m, event_id in loaded
            if event_id in intact and event_id is not None
        }
        return loaded, cluster([m for m, _ in loaded], known), affected

    def _write(
        self,
        conn: sqlite3.Connection,
        stamp: datetime,
        loaded: Loaded,
        merged: list[Merged],
        old: Rows,
    ) -> None:
        """Write the merged events over the stored ones (``old``), link each mention to its
        event, and stop showing the stored events no result took."""
        belonged = {(m.source.document, m.idx): event_id for m, event_id in loaded}
        conn.executemany(
            "UPDATE mentions SET event=? WHERE document=? AND idx=?",
            identity.relinks(merged, belonged),
        )
        for item in merged:
            self._write_event(conn, stamp, item, old.get(item.id))
        stored = {event_id: _stored(row) for event_id, row in old.items()}
        for event_id in identity.vanished(stored, {item.id for item in merged}):
            # Its sources changed their story: keep the row so a returning event keeps its
            # SEQUENCE, but stop showing it. When every source was withdrawn (a tombstone
            # in `withdrawn`, the document gone), the feeds keep it, as CANCELLED, so that
            # subscribers see it go.
            docs = sorted({src.get("document") for src in json.loads(stored[event_id].sources)})
            mark = identity.gone_mark(docs, withdrawn_documents(conn, docs))
            conn.execute(
                "UPDATE events SET gone=?, sequence=?, updated=? WHERE id=?",
                (mark, stored[event_id].sequence + 1, stamp.isoformat(), event_id),
            )

    @staticmethod
    def _write_event(
        conn: sqlite3.Connection, stamp: datetime, item: Merged, old: tuple | None
    ) -> None:
        """Insert or update one merged event's row, as :func:`identity.revise` decides."""
        if old is not None:
            item.event.confidence = identity.kept_confidence(
                item.event.confidence, json.loads(old[4])
            )
        row = event_row(item.event)
        row["changes"] = item.changes
        data = json.dumps(row, ensure_ascii=False, sort_keys=True)
        sources = [source_json(s) for s in item.sources]
        written = identity.Written(
            item.fingerprint(),
            data,
            "[" + ", ".join(sources) + "]",
            item.hidden,
            id_group(item),
            sorted(item.identity()),
        )
        stored = _stored(old) if old else None
        revision = identity.revise(stored, written)
        if revision is None:
            return
        e, at = item.event, stamp.isoformat()
        columns = (sort_key(e), int(e.calendar), int(item.edited), int(item.hidden), written.ckey)
        if old is None:
            conn.execute(
                "INSERT INTO events (id, data, fingerprint, sequence, created,"
                " updated, history, sort_key, calendar, edited, hidden, ckey)"
                " VALUES (?,?,?,0,?,?,'[]',?,?,?,?,?)",
                (item.id, data, written.fingerprint, at, at, *columns),
            )
            _write_parts(conn, item.id, stored, written, sources)
            return
        history = json.loads(old[3])
        if revision.material:
            history.append(identity.history_entry(json.loads(old[4]), e, stamp, bool(old[6])))
        conn.execute(
            "UPDATE events SET data=?, fingerprint=?, sequence=?, updated=?,"
            " history=?, sort_key=?, calendar=?, edited=?, hidden=?, gone=0, ckey=?"
            " WHERE id=?",
            (
                data,
                written.fingerprint,
                revision.sequence,
                at,
                json.dumps(history, ensure_ascii=False),
                *columns,
                item.id,
            ),
        )
        _write_parts(conn, item.id, stored, written, sources)


def _write_parts(
    conn: sqlite3.Connection,
    event_id: str,
    stored: identity.Stored | None,
    written: identity.Written,
    sources: list[str],
) -> None:
    """Write the event's sources (``sources``: each :func:`~.sources.source_json`) and members
    where they differ from the stored ones, after its row (whose index triggers read them):
    sources that only follow the stored ones are added after them, others replace them all."""
    if stored is None:
        write_sources(conn, event_id, sources)
    elif stored.sources != written.sources:
        kept = len(json.loads(stored.sources))
        if stored.sources == "[" + ", ".join(sources[:kept]) + "]":
            for n in range(kept, len(sources)):  # new sources after the stored ones
                add_source(conn, event_id, n, sources[n])
        else:
            write_sources(conn, event_id, sources)
    if stored is None or stored.members != written.members:
        write_members(conn, event_id, written.members)


def withdrawn_documents(conn: sqlite3.Connection, docs: list[str]) -> set[str]:
    """Those of these documents that were withdrawn and not ingested again."""
    rows = conn.execute(
        "SELECT w.document FROM withdrawn w WHERE w.document IN (SELECT value FROM json_each(?))"
        " AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = w.document)",
        (json.dumps(docs),),
    )
    return {r[0] for r in rows}
