"""The store's change stamp, in two parts kept in ``meta``.

* ``revision`` — a counter raised by every write that changes anything visible: what caches,
  ``ETag``s and the revalidation memo compare (two writes in one second are two revisions);
* ``changed_at`` — when that write happened, by the real clock (:func:`timeline.clock.now`,
  whole seconds): what ``Last-Modified`` and the events' ``DTSTAMP`` say. It is never pushed
  ahead of the clock to keep writes apart (the counter does that).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from .. import clock
from .connection import Connections


class Stamps(Connections):
    """Reading and advancing the change stamp."""

    def changed_at(self) -> datetime:
        """When anything visible last changed (whole seconds, UTC)."""
        row = self.connection.execute("SELECT value FROM meta WHERE key='changed_at'").fetchone()
        if row:
            return datetime.fromisoformat(row[0])
        return datetime(2000, 1, 1, tzinfo=UTC)

    def revision(self) -> int:
        """How many writes changed anything visible: a new number after every such write (for
        caches and ``ETag``s; a store from before the counter starts at 0)."""
        row = self.connection.execute("SELECT value FROM meta WHERE key='revision'").fetchone()
        return int(row[0]) if row else 0

    def _touch(self, conn: sqlite3.Connection) -> datetime:
        """Advance the change stamp: the next revision, at the current time (whole seconds).

        :return: the time, which the write stamps on the events it changes.
        """
        stamp = clock.now().astimezone(UTC).replace(microsecond=0)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('changed_at', ?)", (stamp.isoformat(),))
        conn.execute(
            "INSERT INTO meta VALUES ('revision', '1')"
            " ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )
        return stamp
