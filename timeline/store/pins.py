"""Served ids: an event id once served (feed, page, API, export) is pinned to its happening.

Ids follow the set of articles (:func:`timeline.events.merge.natural_id`): an unserved id may
change when the set does. Once served, a subscriber holds it as a calendar ``UID``: it is
recorded in ``served`` (schema version 6) and from then on stays with the happening it named
and is never given to another (:func:`timeline.events.merge.keep_ids`). Pinning changes
nothing visible, so it does not advance the change stamp.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from .connection import Connections


def pinned_among(conn: sqlite3.Connection, ids: Iterable[str]) -> set[str]:
    """Those of these event ids that were served (pinned)."""
    rows = conn.execute(
        "SELECT id FROM served WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(set(ids))),),
    )
    return {r[0] for r in rows}


class Pins(Connections):
    """Pinning the event ids an answer names."""

    def pin(self, ids: Iterable[str]) -> int:
        """Pin these event ids: they were (or are about to be) served. One read when all are
        pinned already, else one ``INSERT OR IGNORE``. A store opened read-only pins nothing
        (nothing can change its ids).

        :return: how many ids were newly pinned.
        :raises StoreError: when the store cannot be written (disk full, locked for too
            long).
        """
        wanted = sorted(set(ids))
        if not wanted or self.read_only:
            return 0
        if len(pinned_among(self.connection, wanted)) == len(wanted):
            return 0
        with self.transaction() as conn:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO served (id) SELECT value FROM json_each(?)",
                (json.dumps(wanted),),
            )
            return cursor.rowcount

    def pinned(self) -> set[str]:
        """Every pinned event id."""
        return {r[0] for r in self.connection.execute("SELECT id FROM served")}
