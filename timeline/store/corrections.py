"""Corrections: editors' fixes, kept apart from extracted data and applied on top of it
(:func:`timeline.events.merge.apply_corrections`) at every recomputation."""

from __future__ import annotations

import json
from typing import Any

from .. import clock
from ..errors import InputError, NotFound
from ..events.merge import CORRECTION_ACTIONS
from .recompute import Recomputation, read_corrections
from .sources import documents_of, members_of


class Corrections(Recomputation):
    """Recording corrections and reading them back."""

    def add_correction(self, event_id: str, action: str, data: dict | None = None) -> None:
        """Record an editor's correction and apply it.

        :raises NotFound: when the event does not exist.
        :raises InputError: for an unknown action.
        """
        if action not in CORRECTION_ACTIONS:
            raise InputError(f"unknown correction {action!r}; use one of {CORRECTION_ACTIONS}")
        with self.transaction() as conn:
            row = conn.execute("SELECT 1 FROM events WHERE id=? AND gone=0", (event_id,)).fetchone()
            if not row:
                raise NotFound(f"event {event_id!r} does not exist")
            data = dict(data or {})
            # What the event is made of, so the correction finds it again if re-extraction
            # ever gives it another id.
            data["_members"] = members_of(conn, event_id)
            if action == "merge":
                into = conn.execute(
                    "SELECT 1 FROM events WHERE id=? AND gone=0", (data.get("into"),)
                ).fetchone()
                if not into:
                    raise NotFound(f"event {data.get('into')!r} does not exist")
                if data.get("into") == event_id:
                    raise InputError("an event cannot be merged into itself")
                data["_into_members"] = members_of(conn, data["into"])
            if action == "split":
                docs = documents_of(conn, event_id)
                if data.get("document") not in docs:
                    raise InputError(
                        f"document {data.get('document')!r} is not a source of "
                        f"event {event_id!r}; its sources: {', '.join(sorted(docs))}"
                    )
                if len(docs) < 2:
                    raise InputError(f"event {event_id!r} has one source: nothing to split")
            # The ids a correction names were served to its editor: they stay theirs.
            conn.executemany(
                "INSERT OR IGNORE INTO served (id) VALUES (?)",
                [(event_id,), *([(data["into"],)] if action == "merge" else [])],
            )
            conn.execute(
                "INSERT INTO corrections (event, action, data, created) VALUES (?,?,?,?)",
                (event_id, action, json.dumps(data, ensure_ascii=False), clock.now().isoformat()),
            )
            stamp = self._touch(conn)
            self._recompute(conn, stamp, events={event_id, data.get("into", event_id)})

    def corrections(self) -> list[dict[str, Any]]:
        """Every correction, oldest first (``seq``, ``event``, ``action``, ``data``,
        ``created``)."""
        return read_corrections(self.connection)
