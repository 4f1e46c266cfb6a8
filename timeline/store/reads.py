"""Reading events: all of them, one, by ids, by document, the withdrawn ones, and counts."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from ..errors import NotFound
from ..events.identity import GONE_WITHDRAWN
from ..model import StoredEvent
from .domain import Domains
from .rows import EVENT_COLUMNS, EVENT_COLUMNS_E, stored_event


class Reads(Domains):
    """Events as :class:`~timeline.model.StoredEvent`, read without a filter."""

    def document_events(self, doc_id: str) -> list[StoredEvent]:
        """The current, shown events an article is a source of, in time order."""
        rows = self.connection.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE gone=0 AND hidden=0"
            " AND id IN (SELECT event FROM event_documents WHERE document=?)"
            " ORDER BY sort_key, id",
            (doc_id,),
        )
        domain = self.uid_domain()
        return [stored_event(r, domain) for r in rows]

    def withdrawn_events(self) -> list[StoredEvent]:
        """Events that vanished because every article reporting them was withdrawn, as
        cancelled events (not hidden ones), in time order: the feeds append them so that
        subscribers see them go."""
        rows = self.connection.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE gone=? AND hidden=0 ORDER BY sort_key, id",
            (GONE_WITHDRAWN,),
        )
        domain = self.uid_domain()
        items = [stored_event(r, domain) for r in rows]
        for item in items:
            item.event.status = "cancelled"
        return items

    def events(self, include_hidden: bool = False) -> list[StoredEvent]:
        """Every current event in time order."""
        sql = f"SELECT {EVENT_COLUMNS} FROM events WHERE gone=0"
        if not include_hidden:
            sql += " AND hidden=0"
        sql += " ORDER BY sort_key, id"
        domain = self.uid_domain()
        return [stored_event(r, domain) for r in self.connection.execute(sql)]

    def event(self, event_id: str, include_hidden: bool = False) -> StoredEvent:
        """One event.

        :raises NotFound: when no current event has this id.
        """
        row = self.connection.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE id=? AND gone=0",
            (event_id,),
        ).fetchone()
        if not row or (row[8] and not include_hidden):
            raise NotFound(f"event {event_id!r} does not exist")
        return stored_event(row, self.uid_domain())

    def events_by_id(self, ids: Iterable[str]) -> list[StoredEvent]:
        """The shown events with these ids, in the order given (unknown ids are left out)."""
        ids = list(ids)
        rows = self.connection.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE id IN (SELECT value FROM json_each(?))"
            " AND gone = 0 AND hidden = 0",
            (json.dumps(ids),),
        )
        found = {r[0]: r for r in rows}
        domain = self.uid_domain()
        return [stored_event(found[i], domain) for i in ids if i in found]

    def events_of_document(self, doc_id: str) -> list[StoredEvent]:
        """The shown events one document reports, in time order."""
        rows = self.connection.execute(
            f"SELECT {EVENT_COLUMNS_E} FROM event_documents d JOIN event_rows r"
            " ON r.event = d.event JOIN events e ON e.id = r.event WHERE d.document = ?"
            " ORDER BY r.sort_key, r.event",
            (doc_id,),
        )
        domain = self.uid_domain()
        return [stored_event(r, domain) for r in rows]

    def iter_events(self) -> Iterator[StoredEvent]:
        """Every shown event in time order, read row by row through the order index."""
        rows = self.connection.execute(
            f"SELECT {EVENT_COLUMNS_E} FROM event_rows r JOIN events e ON e.id = r.event"
            " ORDER BY r.sort_key, r.event"
        )
        domain = self.uid_domain()
        for row in rows:
            yield stored_event(row, domain)

    def stats(self) -> dict[str, int]:
        conn = self.connection
        return {
            "documents": conn.execute("SELECT count(*) FROM documents").fetchone()[0],
            "events": conn.execute(
                "SELECT count(*) FROM events WHERE gone=0 AND hidden=0"
            ).fetchone()[0],
        }
