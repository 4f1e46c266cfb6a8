"""Appending a report to a stored event: the common case of a recomputation, at a flat cost.

When every mention of a new article reports exactly one stored event again — an intact one
(shown, never edited, no correction ties to it), a different one for each mention, the
mentions not the same happening as each other — and :func:`timeline.events.joining.joined`
says the report changes nothing of that event's story, the result of a merge is known without
reading the event's other reports: it gains one source and one member (a row each, see
:mod:`.sources`) and a ``sources-N`` one higher, and the mention is linked to it; each step
reads or writes a fixed number of rows, whatever the number of reports. Anything else goes to
the full recomputation (:mod:`.recompute`), which gives the same rows.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from ..events import identity
from ..events.joining import joined
from ..events.merge import Mention, compared, identity_key, same_happening, type_group
from .blocks import correction_links, reports_of
from .rows import event_from_row, event_row
from .sources import add_members, add_source, source_json

Loaded = list[tuple[Mention, str | None]]

# A stored mention's confidence, as the index ``mentions_confidence`` holds it (the best of an
# event's reports is then one index lookup, however many there are).
_CONFIDENCE = "coalesce(json_extract(data, '$.confidence'), 1.0)"


def append_reports(
    conn: sqlite3.Connection, stamp: datetime, fresh: Loaded, corrections: list[dict]
) -> bool:
    """Join the new mentions to the stored events they report, when each only adds a source
    (see the module's description); whether it did (else nothing was written)."""
    pairs = _single_reports(conn, fresh)
    if not pairs or _tied(corrections, {event_id for _, event_id in pairs}):
        return False
    writes = []
    for mention, event_id in pairs:
        write = _appended(conn, mention, event_id)
        if write is None:
            return False
        writes.append(write)
    at = stamp.isoformat()
    for (mention, event_id), (data, n) in zip(pairs, writes, strict=True):
        e = mention.event
        conn.execute(
            "UPDATE mentions SET event=? WHERE document=? AND idx=?",
            (event_id, mention.source.document, mention.idx),
        )
        conn.execute("UPDATE events SET data=?, updated=? WHERE id=?", (data, at, event_id))
        add_source(conn, event_id, n, source_json(mention.source))
        add_members(
            conn,
            event_id,
            [[mention.source.document, e.key, type_group(e.type), e.quote_start]],
        )
    return True


def _single_reports(conn: sqlite3.Connection, fresh: Loaded) -> list[tuple[Mention, str]]:
    """Each new mention with the one stored event it reports again, when each reports exactly
    one, a different one, and no two of them are the same happening; else ``[]``."""
    pairs = []
    reports = reports_of(conn, fresh)
    for mention, _ in fresh:
        found = reports.get((mention.source.document, mention.idx), {})
        if len(found) != 1:
            return []
        ((event_id, matched),) = found.items()
        if not compared(mention, Mention(matched, mention.source)):
            return []  # a match the merge itself would not make: let it decide
        pairs.append((mention, event_id))
    if len({event_id for _, event_id in pairs}) != len(pairs):
        return []
    mentions = [m for m, _ in pairs]
    for i, a in enumerate(mentions):
        for b in mentions[i + 1 :]:
            if compared(a, b) and same_happening(a.event, b.event):
                return []
    return pairs


def _tied(corrections: list[dict], ids: set[str]) -> bool:
    """Whether a correction names one of these events or ties another to it."""
    named = {c["event"] for c in corrections} | {
        c["data"].get("into") for c in corrections if c["action"] == "merge"
    }
    return bool(named & ids or correction_links(corrections, ids))


def _appended(conn: sqlite3.Connection, mention: Mention, event_id: str) -> tuple[str, int] | None:
    """The event's new ``data`` with ``mention`` joined and the number its source takes, or
    ``None`` when the mention may change its story (or the event is hidden, gone or edited).
    Reads the event's row, its latest source and its best report, whatever their number."""
    row = conn.execute(
        "SELECT data, gone, hidden, edited FROM events WHERE id=?", (event_id,)
    ).fetchone()
    latest = conn.execute(
        "SELECT n, data FROM event_sources WHERE event=? ORDER BY n DESC LIMIT 1", (event_id,)
    ).fetchone()
    if row is None or any(row[1:]) or latest is None:
        return None
    old = json.loads(row[0])
    stored = event_from_row(old)
    if {**event_row(stored), "changes": old.get("changes")} != old:
        return None  # a row of an older form: the full merge rewrites it
    best = conn.execute(
        f"SELECT {_CONFIDENCE} AS c FROM mentions WHERE event=? ORDER BY c DESC LIMIT 1",
        (event_id,),
    ).fetchone()
    count, last = latest[0] + 1, json.loads(latest[1])
    e = mention.event
    if not e.key:
        e.key = identity_key(e)  # as the merge keys each mention
    event = joined(
        stored,
        old["changes"],
        count,
        float(best[0] if best is not None else 1.0),
        (last.get("published"), last.get("document")),
        mention,
    )
    if event is None:
        return None
    event.confidence = identity.kept_confidence(event.confidence, old)
    data = event_row(event)
    data["changes"] = []
    return json.dumps(data, ensure_ascii=False, sort_keys=True), count
