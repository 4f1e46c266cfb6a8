"""The store's change stamp: when anything visible last changed (for HTTP caching)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from .. import clock
from .connection import Connections


class Stamps(Connections):
    """Reading and advancing the change stamp kept in ``meta``."""

    def changed_at(self) -> datetime:
        """When anything visible last changed (whole seconds, UTC)."""
        row = self.connection.execute("SELECT value FROM meta WHERE key='changed_at'").fetchone()
        if row:
            return datetime.fromisoformat(row[0])
        return datetime(2000, 1, 1, tzinfo=UTC)

    def _touch(self, conn: sqlite3.Connection) -> datetime:
        """Advance the change stamp: now, in whole seconds, and always later than the last."""
        stamp = clock.now().astimezone(UTC).replace(microsecond=0)
        row = conn.execute("SELECT value FROM meta WHERE key='changed_at'").fetchone()
        if row:
            last = datetime.fromisoformat(row[0])
            if stamp <= last:
                stamp = last + timedelta(seconds=1)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('changed_at', ?)", (stamp.isoformat(),))
        return stamp
