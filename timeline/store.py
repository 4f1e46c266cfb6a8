"""The embedded store: one SQLite file in WAL mode. The only module that speaks SQL.

What is kept:

* ``documents`` — each article's text and metadata, stored before its analysis;
* ``mentions`` — the events each document states (the extraction, replaced when the document
  changes);
* ``events`` — the merged happenings, recomputed from all mentions after every change (so the
  result does not depend on the order articles arrive in), with the bookkeeping that must
  survive a recomputation: ``sequence`` (raised on every material change), creation and change
  stamps, and the history of changes;
* ``corrections`` — editors' fixes, kept apart from extracted data and applied on top of it;
* ``withdrawn`` — tombstones of withdrawn articles (:meth:`Store.withdraw_document`): the events
  only they supported stay in the feeds as cancelled (``events.gone = 2``);
* ``meta`` — schema version and the store's last change stamp (for HTTP caching);
* ``search_events``, ``search_documents`` (SQLite FTS5) and ``event_documents`` — the full-text
  index behind :meth:`Store.search`, kept in step by triggers in the very transactions that
  change documents and events. Indexed text is folded by :func:`timeline.text.search_key`
  (Turkish case rules, no diacritics), registered as SQL functions on every connection.

Ingesting the same article twice changes nothing, not even the change stamp.
"""

from __future__ import annotations

import json
import os
import random
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from . import clock
from .errors import InputError, NotFound, StoreError
from .model import Document, Event, Source, StoredEvent
from .text import search_key

SCHEMA_VERSION = 2
MIGRATABLE = (1,)  # older versions this one upgrades in place
DEFAULT_PATH = "timeline.db"
BUSY_TIMEOUT = 30  # seconds SQLite waits for another writer's lock
BUSY_RETRIES = 8  # then this many more tries, with a growing pause, before giving up
GONE_WITHDRAWN = 2  # events.gone: 1 = its sources no longer state it, 2 = they were withdrawn

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    sha TEXT NOT NULL,
    title TEXT NOT NULL,
    published TEXT NOT NULL,
    published_has_time INTEGER NOT NULL,
    updated TEXT,
    url TEXT,
    outlet TEXT,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    body TEXT NOT NULL,
    timexes TEXT NOT NULL DEFAULT '[]',
    ingested TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS mentions (
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (document, idx)
);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    sources TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    sequence INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    history TEXT NOT NULL DEFAULT '[]',
    sort_key TEXT NOT NULL,
    calendar INTEGER NOT NULL,
    edited INTEGER NOT NULL DEFAULT 0,
    hidden INTEGER NOT NULL DEFAULT 0,
    gone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS events_sort ON events(sort_key);
CREATE TABLE IF NOT EXISTS corrections (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event TEXT NOT NULL,
    action TEXT NOT NULL,
    data TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS withdrawn (
    document TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    withdrawn_at TEXT NOT NULL
);
""" + """
-- Full-text search (schema version 2). Rows share the rowid of the documents/events row.
CREATE VIRTUAL TABLE IF NOT EXISTS search_documents USING fts5(body, tokenize='unicode61');
CREATE VIRTUAL TABLE IF NOT EXISTS search_events USING fts5(body, tokenize='unicode61');
CREATE TABLE IF NOT EXISTS event_documents (
    document TEXT NOT NULL,
    event TEXT NOT NULL,
    PRIMARY KEY (document, event)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS documents_search_insert AFTER INSERT ON documents BEGIN
    INSERT INTO search_documents (rowid, body)
    VALUES (new.rowid, timeline_document_text(new.title, new.text, new.body));
END;
CREATE TRIGGER IF NOT EXISTS documents_search_update AFTER UPDATE OF title, text, body
ON documents BEGIN
    DELETE FROM search_documents WHERE rowid = old.rowid;
    INSERT INTO search_documents (rowid, body)
    VALUES (new.rowid, timeline_document_text(new.title, new.text, new.body));
END;
CREATE TRIGGER IF NOT EXISTS documents_search_delete AFTER DELETE ON documents BEGIN
    DELETE FROM search_documents WHERE rowid = old.rowid;
END;
CREATE TRIGGER IF NOT EXISTS events_search_insert AFTER INSERT ON events BEGIN
    INSERT INTO search_events (rowid, body)
    VALUES (new.rowid, timeline_event_text(new.data, new.sources));
    INSERT OR IGNORE INTO event_documents (document, event)
    SELECT json_extract(value, '$.document'), new.id FROM json_each(new.sources);
END;
CREATE TRIGGER IF NOT EXISTS events_search_update AFTER UPDATE OF data, sources ON events BEGIN
    DELETE FROM search_events WHERE rowid = old.rowid;
    INSERT INTO search_events (rowid, body)
    VALUES (new.rowid, timeline_event_text(new.data, new.sources));
    DELETE FROM event_documents WHERE event = old.id;
    INSERT OR IGNORE INTO event_documents (document, event)
    SELECT json_extract(value, '$.document'), new.id FROM json_each(new.sources);
END;
CREATE TRIGGER IF NOT EXISTS events_search_delete AFTER DELETE ON events BEGIN
    DELETE FROM search_events WHERE rowid = old.rowid;
    DELETE FROM event_documents WHERE event = old.id;
END;
"""


class Store:
    """A Timeline store in one SQLite file (``":memory:"`` for tests).

    Connections are per thread (the web server is threaded); writes are serialised by SQLite.
    """

    def __init__(self, path: str | os.PathLike = DEFAULT_PATH):
        self.path = os.fspath(path)
        self._local = threading.local()
        self._memory = None
        if self.path == ":memory:":
            self._memory = sqlite3.connect(":memory:", check_same_thread=False)
            _register_functions(self._memory)
            self._setup(self._memory)
        else:
            parent = Path(self.path).resolve().parent
            if not parent.exists():
                raise StoreError(f"cannot create store {self.path!r}: folder {parent} is missing")
            self._setup(self.connection)

    # -- connections ---------------------------------------------------------------------------

    @property
    def connection(self) -> sqlite3.Connection:
        if self._memory is not None:
            return self._memory
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
            except sqlite3.Error as e:
                raise StoreError(f"cannot open store {self.path!r}: {e}") from e
            _register_functions(conn)
            # Per connection, not per file: every thread's deletes must cascade to mentions.
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
        return conn

    def _setup(self, conn: sqlite3.Connection) -> None:
        conn.isolation_level = None
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA synchronous=NORMAL")
            version = self._version(conn)
            if version is not None and version not in MIGRATABLE and version != SCHEMA_VERSION:
                raise StoreError(
                    f"store {self.path!r} has schema version {version}, this Timeline uses "
                    f"{SCHEMA_VERSION}; re-ingest into a new file (--db) or remove it"
                )
            conn.executescript(SCHEMA)
            conn.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
            if version in MIGRATABLE:
                # Version 1 had no search index: build it from the stored rows. Its sort keys
                # ("2022|") put a year after the days of that year.
                with self.transaction() as tx:
                    self._rebuild_search(tx)
                    tx.execute("UPDATE events SET sort_key = replace(sort_key, '|', ' ')")
                    tx.execute("UPDATE meta SET value=? WHERE key='schema_version'",
                               (str(SCHEMA_VERSION),))
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path!r} is not a Timeline store: {e}") from e

    @staticmethod
    def _version(conn: sqlite3.Connection) -> int | None:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='meta'"
        ).fetchone()
        if not row:
            return None
        row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: everything in it lands, or nothing does.

        Other processes may be writing too (two ingesters and a server): beyond SQLite's own
        busy timeout, ``BEGIN IMMEDIATE`` and ``COMMIT`` are retried with a growing, jittered
        pause while the database is locked, so contention slows a write down but never fails
        it (after about :data:`BUSY_RETRIES` more timeouts it is reported as a
        :class:`StoreError`, with nothing written).
        """
        conn = self.connection
        _retry_busy(conn, "BEGIN IMMEDIATE", self.path)
        try:
            yield conn
            _retry_busy(conn, "COMMIT", self.path)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # -- change stamp --------------------------------------------------------------------------

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

    # -- documents -----------------------------------------------------------------------------

    def add_analyses(self, analyses: Iterable) -> dict[str, int]:
        """Store analysed documents and recompute events, in one transaction.

        An unchanged document (same identity, same content) is skipped; a changed one replaces
        its earlier version and extraction.

        :return: counts of ``added``, ``updated`` and ``unchanged`` documents.
        """
        counts = {"added": 0, "updated": 0, "unchanged": 0}
        with self.transaction() as conn:
            for analysis in analyses:
                doc = analysis.document
                row = conn.execute(
                    "SELECT id, sha FROM documents WHERE key=? OR id=?", (doc.key, doc.id)
                ).fetchone()
                same_content = conn.execute(
                    "SELECT 1 FROM documents WHERE sha=? AND key<>?", (doc.sha, doc.key)
                ).fetchone()
                if (row and row[1] == doc.sha) or (not row and same_content):
                    counts["unchanged"] += 1
                    continue
                counts["updated" if row else "added"] += 1
                if row:
                    conn.execute("DELETE FROM documents WHERE id=?", (row[0],))
                self._insert_document(conn, analysis)
            if counts["added"] or counts["updated"]:
                stamp = self._touch(conn)
                self._recompute(conn, stamp)
        return counts

    def _insert_document(self, conn: sqlite3.Connection, analysis) -> None:
        doc: Document = analysis.document
        conn.execute(
            "INSERT INTO documents (id, key, source, sha, title, published, published_has_time,"
            " updated, url, outlet, lang, text, body, timexes, ingested)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc.id, doc.key, doc.source, doc.sha, doc.title, doc.published.isoformat(),
                int(doc.published_has_time), doc.updated.isoformat() if doc.updated else None,
                doc.url, doc.outlet, doc.lang, doc.text, json.dumps(doc.body),
                json.dumps([_timex_row(t) for t in analysis.timexes], ensure_ascii=False),
                clock.now().isoformat(),
            ),
        )
        for idx, event in enumerate(analysis.events):
            conn.execute(
                "INSERT INTO mentions VALUES (?,?,?)",
                (doc.id, idx, json.dumps(_event_row(event), ensure_ascii=False)),
            )

    def stored_documents(self) -> list[Document]:
        """Every stored article as a :class:`~timeline.model.Document`, to analyse it again."""
        rows = self.connection.execute(
            "SELECT source, text, published, title, body, updated, url, outlet, lang, key,"
            " published_has_time FROM documents ORDER BY published, id"
        ).fetchall()
        return [
            Document(source=source, text=text, published=datetime.fromisoformat(published),
                     title=title, body=tuple(tuple(b) for b in json.loads(body)),
                     updated=datetime.fromisoformat(updated) if updated else None, url=url,
                     outlet=outlet, lang=lang, key=key, published_has_time=bool(has_time))
            for (source, text, published, title, body, updated, url, outlet, lang, key,
                 has_time) in rows
        ]

    def replace_analyses(self, analyses: Iterable) -> dict[str, int]:
        """Store new analyses of stored documents (after the extractor changed) and recompute
        the events, in one transaction. Corrections and event ids are kept.

        :return: counts of ``documents`` re-analysed and ``changed`` ones (new timexes or
            events).
        """
        counts = {"documents": 0, "changed": 0}
        with self.transaction() as conn:
            for analysis in analyses:
                doc = analysis.document
                counts["documents"] += 1
                timexes = json.dumps([_timex_row(t) for t in analysis.timexes], ensure_ascii=False)
                rows = [json.dumps(_event_row(e), ensure_ascii=False) for e in analysis.events]
                old_timexes = conn.execute("SELECT timexes FROM documents WHERE id=?",
                                           (doc.id,)).fetchone()
                if old_timexes is None:
                    continue
                old_rows = [r[0] for r in conn.execute(
                    "SELECT data FROM mentions WHERE document=? ORDER BY idx", (doc.id,))]
                if old_timexes[0] == timexes and old_rows == rows:
                    continue
                counts["changed"] += 1
                conn.execute("UPDATE documents SET timexes=? WHERE id=?", (timexes, doc.id))
                conn.execute("DELETE FROM mentions WHERE document=?", (doc.id,))
                for idx, row in enumerate(rows):
                    conn.execute("INSERT INTO mentions VALUES (?,?,?)", (doc.id, idx, row))
            if counts["changed"]:
                stamp = self._touch(conn)
                self._recompute(conn, stamp)
        return counts

    def documents(self) -> list[dict]:
        """Every document's metadata (no text), newest first."""
        rows = self.connection.execute(
            "SELECT id, source, title, published, url, outlet FROM documents"
            " ORDER BY published DESC, id"
        ).fetchall()
        keys = ("id", "source", "title", "published", "url", "outlet")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def document(self, doc_id: str) -> dict:
        """One document with its text, body spans and timexes.

        :raises NotFound: when no document has this id.
        """
        row = self.connection.execute(
            "SELECT id, source, title, published, published_has_time, updated, url, outlet, lang,"
            " text, body, timexes FROM documents WHERE id=?",
            (doc_id,),
        ).fetchone()
        if not row:
            raise NotFound(f"document {doc_id!r} does not exist")
        keys = ("id", "source", "title", "published", "published_has_time", "updated", "url",
                "outlet", "lang", "text", "body", "timexes")
        data = dict(zip(keys, row, strict=True))
        data["body"] = [tuple(s) for s in json.loads(data["body"])]
        data["timexes"] = json.loads(data["timexes"])
        return data

    # -- events --------------------------------------------------------------------------------

    def _mentions(self, conn: sqlite3.Connection) -> list:
        from .events.merge import Mention

        rows = conn.execute(
            "SELECT m.document, m.idx, m.data, d.source, d.title, d.published, d.url, d.outlet"
            " FROM mentions m JOIN documents d ON d.id = m.document"
        ).fetchall()
        out = []
        for doc_id, idx, data, source, title, published, url, outlet in rows:
            event = _event_from_row(json.loads(data))
            src = Source(doc_id, source, title, published, event.quote, url, outlet, event.status)
            out.append(Mention(event, src, idx))
        return out

    def _recompute(self, conn: sqlite3.Connection, stamp: datetime) -> None:
        """Re-merge all mentions into events and record what changed since the last time."""
        from .events.merge import apply_corrections, cluster, keep_ids

        old = {
            r[0]: r[1:]
            for r in conn.execute(
                "SELECT id, fingerprint, sequence, created, history, data, sources, gone,"
                " hidden FROM events"
            )
        }
        merged = cluster(self._mentions(conn))
        # Events keep their ids (and calendar UIDs) across updates and re-extraction.
        keep_ids(merged, {event_id: json.loads(r[4]).get("members", [])
                          for event_id, r in old.items()})
        merged = apply_corrections(merged, self._corrections(conn))
        seen = set()
        for item in merged:
            seen.add(item.id)
            row = _event_row(item.event)
            row["changes"] = item.changes
            row["members"] = item.members()
            data = json.dumps(row, ensure_ascii=False, sort_keys=True)
            sources = json.dumps([s.to_json() for s in item.sources], ensure_ascii=False)
            fingerprint = item.fingerprint()
            sort_key = _sort_key(item.event)
            if item.id in old:
                fp, seq, created, history, old_data, old_sources, gone, hidden = old[item.id]
                history = json.loads(history)
                if fp != fingerprint or gone:
                    seq += 1
                    history.append(_change_entry(json.loads(old_data), item.event, stamp, gone))
                elif old_data == data and old_sources == sources and hidden == item.hidden:
                    continue
                conn.execute(
                    "UPDATE events SET data=?, sources=?, fingerprint=?, sequence=?, updated=?,"
                    " history=?, sort_key=?, calendar=?, edited=?, hidden=?, gone=0 WHERE id=?",
                    (data, sources, fingerprint, seq, stamp.isoformat(),
                     json.dumps(history, ensure_ascii=False), sort_key, int(item.event.calendar),
                     int(item.edited), int(item.hidden), item.id),
                )
            else:
                conn.execute(
                    "INSERT INTO events (id, data, sources, fingerprint, sequence, created,"
                    " updated, history, sort_key, calendar, edited, hidden)"
                    " VALUES (?,?,?,?,0,?,?,'[]',?,?,?,?)",
                    (item.id, data, sources, fingerprint, stamp.isoformat(), stamp.isoformat(),
                     sort_key, int(item.event.calendar), int(item.edited), int(item.hidden)),
                )
        withdrawn = None
        for event_id, (_fp, seq, _created, _history, _data, sources, gone, _hidden) in old.items():
            if event_id not in seen and not gone:
                # Its sources changed their story: keep the row so a returning event keeps its
                # SEQUENCE, but stop showing it.
                # Withdrawal rule (issue 7; port it to the incremental merge): when every
                # source of the vanished event was withdrawn (a tombstone in `withdrawn`, the
                # document gone), mark it gone=2: the feeds keep it as CANCELLED.
                if withdrawn is None:
                    withdrawn = self._withdrawn_ids(conn)
                docs = {src.get("document") for src in json.loads(sources)}
                mark = GONE_WITHDRAWN if docs and docs <= withdrawn else 1
                conn.execute(
                    "UPDATE events SET gone=?, sequence=?, updated=? WHERE id=?",
                    (mark, seq + 1, stamp.isoformat(), event_id),
                )

    # -- withdrawal ----------------------------------------------------------------------------

    @staticmethod
    def _withdrawn_ids(conn: sqlite3.Connection) -> set[str]:
        """Ids of withdrawn documents that have not been ingested again."""
        return {r[0] for r in conn.execute(
            "SELECT document FROM withdrawn WHERE document NOT IN (SELECT id FROM documents)")}

    def withdraw_document(self, doc_id: str) -> dict:
        """Withdraw an article, in one transaction: delete it (its mentions go with it),
        leave a tombstone and recompute the events. Events that only it supported leave the
        page and the API but stay in the feeds as cancelled, with a higher ``SEQUENCE``;
        ingesting the article again brings them back.

        :return: ``{"document", "source", "title", "cancelled": [event ids], "updated":
            [ids of events that keep other sources]}``.
        :raises NotFound: when no document has this id.
        """
        with self.transaction() as conn:
            row = conn.execute("SELECT key, source, title FROM documents WHERE id=?",
                               (doc_id,)).fetchone()
            if not row:
                raise NotFound(f"document {doc_id!r} does not exist")
            before = [r[0] for r in conn.execute(
                "SELECT e.id FROM events e, json_each(e.sources) j"
                " WHERE e.gone=0 AND json_extract(j.value, '$.document')=?", (doc_id,))]
            conn.execute("DELETE FROM mentions WHERE document=?", (doc_id,))
            conn.execute("DELETE FROM documents WHERE id=?", (doc_id,))
            conn.execute("INSERT OR REPLACE INTO withdrawn VALUES (?,?,?)",
                         (doc_id, row[0], clock.now().isoformat()))
            stamp = self._touch(conn)
            self._recompute(conn, stamp)
            gone = {r[0]: r[1] for r in conn.execute(
                "SELECT id, gone FROM events WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(before),))}
        return {"document": doc_id, "source": row[1], "title": row[2],
                "cancelled": [e for e in before if gone.get(e) == GONE_WITHDRAWN],
                "updated": [e for e in before if gone.get(e) == 0]}

    def document_events(self, doc_id: str) -> list[StoredEvent]:
        """The current, shown events an article is a source of, in time order."""
        rows = self.connection.execute(
            "SELECT id, data, sources, sequence, created, updated, history, edited, hidden"
            " FROM events WHERE gone=0 AND hidden=0"
            " AND id IN (SELECT event FROM event_documents WHERE document=?)"
            " ORDER BY sort_key, id", (doc_id,))
        return [_stored(r) for r in rows]

    def withdrawn_events(self) -> list[StoredEvent]:
        """Events that vanished because every article reporting them was withdrawn, as
        cancelled events (not hidden ones), in time order: the feeds append them so that
        subscribers see them go."""
        rows = self.connection.execute(
            "SELECT id, data, sources, sequence, created, updated, history, edited, hidden"
            " FROM events WHERE gone=? AND hidden=0 ORDER BY sort_key, id", (GONE_WITHDRAWN,))
        items = [_stored(r) for r in rows]
        for item in items:
            item.event.status = "cancelled"
        return items

    def events(self, include_hidden: bool = False) -> list[StoredEvent]:
        """Every current event in time order."""
        sql = (
            "SELECT id, data, sources, sequence, created, updated, history, edited, hidden"
            " FROM events WHERE gone=0"
        )
        if not include_hidden:
            sql += " AND hidden=0"
        sql += " ORDER BY sort_key, id"
        return [_stored(r) for r in self.connection.execute(sql)]

    def event(self, event_id: str, include_hidden: bool = False) -> StoredEvent:
        """One event.

        :raises NotFound: when no current event has this id.
        """
        row = self.connection.execute(
            "SELECT id, data, sources, sequence, created, updated, history, edited, hidden"
            " FROM events WHERE id=? AND gone=0",
            (event_id,),
        ).fetchone()
        if not row or (row[8] and not include_hidden):
            raise NotFound(f"event {event_id!r} does not exist")
        return _stored(row)

    # -- full-text search ----------------------------------------------------------------------

    def search(self, q: str | Iterable[str]) -> set[str]:
        """Ids of the events whose title, quotes, participants, place, type or articles contain
        every term of ``q`` (several queries: every one of them).

        Terms are folded like the index (``İSTANBUL`` finds ``istanbul``, ``Kösérbayev``
        finds ``Köşerbayev``) and match as word prefixes (``zirve`` finds ``Zirvesi'nin``);
        a ``"quoted phrase"`` matches words in that order. User text never reaches FTS5 as
        syntax: ``AND``, ``*``, ``NEAR(`` or an unbalanced quote are plain words. A query
        with no letters or digits matches every event.

        :param q: the free text, or several (the ``q`` values of a filter).
        """
        queries = [q] if isinstance(q, str) else list(q)
        conn = self.connection
        found: set[str] | None = None
        for query in queries:
            for term in search_terms(query):
                rows = conn.execute(
                    "SELECT e.id FROM search_events s JOIN events e ON e.rowid = s.rowid"
                    " WHERE search_events MATCH ?1 AND e.gone = 0"
                    " UNION SELECT ed.event FROM search_documents s"
                    " JOIN documents d ON d.rowid = s.rowid"
                    " JOIN event_documents ed ON ed.document = d.id"
                    " WHERE search_documents MATCH ?1",
                    (term,),
                )
                ids = {r[0] for r in rows}
                found = ids if found is None else found & ids
                if not found:
                    return set()
        if found is None:
            return {r[0] for r in conn.execute("SELECT id FROM events WHERE gone = 0")}
        return found

    def reindex(self) -> None:
        """Rebuild the full-text index from the stored documents and events (after a change
        to the folding rules; normal writes keep it current by themselves)."""
        with self.transaction() as conn:
            self._rebuild_search(conn)

    @staticmethod
    def _rebuild_search(conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM search_documents")
        conn.execute("DELETE FROM search_events")
        conn.execute("DELETE FROM event_documents")
        conn.execute(
            "INSERT INTO search_documents (rowid, body)"
            " SELECT rowid, timeline_document_text(title, text, body) FROM documents"
        )
        conn.execute(
            "INSERT INTO search_events (rowid, body)"
            " SELECT rowid, timeline_event_text(data, sources) FROM events"
        )
        conn.execute(
            "INSERT OR IGNORE INTO event_documents (document, event)"
            " SELECT json_extract(j.value, '$.document'), e.id"
            " FROM events e, json_each(e.sources) j"
        )

    # -- corrections ---------------------------------------------------------------------------

    def _corrections(self, conn: sqlite3.Connection) -> list[dict]:
        rows = conn.execute(
            "SELECT seq, event, action, data, created FROM corrections ORDER BY seq"
        )
        return [
            {"seq": s, "event": e, "action": a, "data": json.loads(d), "created": c}
            for s, e, a, d, c in rows
        ]

    def add_correction(self, event_id: str, action: str, data: dict | None = None) -> None:
        """Record an editor's correction and apply it.

        :raises NotFound: when the event does not exist.
        :raises InputError: for an unknown action.
        """
        from .events.merge import CORRECTION_ACTIONS

        if action not in CORRECTION_ACTIONS:
            raise InputError(f"unknown correction {action!r}; use one of {CORRECTION_ACTIONS}")
        with self.transaction() as conn:
            row = conn.execute("SELECT data FROM events WHERE id=? AND gone=0",
                               (event_id,)).fetchone()
            if not row:
                raise NotFound(f"event {event_id!r} does not exist")
            data = dict(data or {})
            # What the event is made of, so the correction finds it again if re-extraction
            # ever gives it another id.
            data["_members"] = json.loads(row[0]).get("members", [])
            if action == "merge":
                into = conn.execute("SELECT data FROM events WHERE id=? AND gone=0",
                                    (data.get("into"),)).fetchone()
                if not into:
                    raise NotFound(f"event {data.get('into')!r} does not exist")
                if data.get("into") == event_id:
                    raise InputError("an event cannot be merged into itself")
                data["_into_members"] = json.loads(into[0]).get("members", [])
            if action == "split":
                docs = {s["document"] for s in json.loads(conn.execute(
                    "SELECT sources FROM events WHERE id=?", (event_id,)).fetchone()[0])}
                if data.get("document") not in docs:
                    raise InputError(f"document {data.get('document')!r} is not a source of "
                                     f"event {event_id!r}; its sources: {', '.join(sorted(docs))}")
                if len(docs) < 2:
                    raise InputError(f"event {event_id!r} has one source: nothing to split")
            conn.execute(
                "INSERT INTO corrections (event, action, data, created) VALUES (?,?,?,?)",
                (event_id, action, json.dumps(data, ensure_ascii=False),
                 clock.now().isoformat()),
            )
            stamp = self._touch(conn)
            self._recompute(conn, stamp)

    def corrections(self) -> list[dict]:
        return self._corrections(self.connection)

    def stats(self) -> dict[str, int]:
        conn = self.connection
        return {
            "documents": conn.execute("SELECT count(*) FROM documents").fetchone()[0],
            "events": conn.execute(
                "SELECT count(*) FROM events WHERE gone=0 AND hidden=0"
            ).fetchone()[0],
        }


# ---------------------------------------------------------------------------------------------
# Row conversion


def _is_busy(error: sqlite3.OperationalError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(error) \
        or "busy" in str(error)


def _retry_busy(conn: sqlite3.Connection, sql: str, path: str,
                retries: int = BUSY_RETRIES, pause: float = 0.05) -> None:
    """Run ``BEGIN IMMEDIATE`` or ``COMMIT``, retrying while another writer holds the lock
    (each try already waits up to :data:`BUSY_TIMEOUT` inside SQLite).

    :raises StoreError: when the store stays locked through every retry.
    """
    for attempt in range(retries + 1):
        try:
            conn.execute(sql)
            return
        except sqlite3.OperationalError as e:
            if not _is_busy(e):
                raise
            if attempt == retries:
                raise StoreError(f"store {path!r} stayed locked by other writers; nothing was "
                                 "written, try again") from e
            time.sleep(min(2.0, pause * 2 ** attempt) * (0.5 + random.random()))


def _timex_row(t) -> dict:
    row = t.to_json()
    row["granularity"] = t.granularity
    return row


def _event_row(e: Event) -> dict:
    row = e.to_json()
    row.update(
        timezone=e.timezone,
        quote_start=e.quote_start,
        quote_end=e.quote_end,
        replaces=list(e.replaces) if e.replaces else None,
        key=e.key,
    )
    return row


def _event_from_row(row: dict) -> Event:
    replaces = row.get("replaces")
    return Event(
        date=row["date"],
        granularity=row["granularity"],
        title=row["title"],
        type=row["type"],
        status=row["status"],
        quote=row["quote"],
        end=row.get("end"),
        time=row.get("time"),
        location=row.get("location"),
        country=row.get("country"),
        timezone=row.get("timezone"),
        participants=list(row.get("participants") or []),
        calendar=bool(row.get("calendar")),
        quote_start=row.get("quote_start", 0),
        quote_end=row.get("quote_end", 0),
        replaces=tuple(replaces) if replaces else None,
        key=row.get("key", ""),
    )


def _stored(row) -> StoredEvent:
    event_id, data, sources, seq, created, updated, history, edited, hidden = row
    data = json.loads(data)
    return StoredEvent(
        id=event_id,
        event=_event_from_row(data),
        changes=data.get("changes", []),
        sources=[Source(**s) for s in json.loads(sources)],
        sequence=seq,
        created=datetime.fromisoformat(created),
        updated=datetime.fromisoformat(updated),
        history=json.loads(history),
        edited=bool(edited),
        hidden=bool(hidden),
    )


def _sort_key(e: Event) -> str:
    # "2022 " sorts before "2022-01 " and "2022-01-01 " (a space sorts before "-"), as year-
    # and month-precise items open their year or month; untimed before timed on a day.
    return f"{e.date} {e.time or ''}"


def _change_entry(old: dict, new: Event, stamp: datetime, returned: bool) -> dict:
    changes = {}
    for name in ("date", "end", "time", "location", "status", "title"):
        before, after = old.get(name), getattr(new, name)
        if before != after:
            changes[name] = {"from": before, "to": after}
    return {"at": stamp.isoformat(), "changes": changes, "returned": bool(returned)}


# ---------------------------------------------------------------------------------------------
# Full-text search: what is indexed, and how user text becomes an FTS5 query

_PHRASE = re.compile(r'"([^"]*)"')


def search_terms(query: str) -> list[str]:
    """FTS5 expressions, one per term of a user's query: each is a quoted, folded phrase with
    a prefix star, so nothing the user types is read as FTS5 syntax.

    >>> search_terms('İSTANBUL zirve')
    ['"istanbul"*', '"zirve"*']
    >>> search_terms('"Orta Asya" AND NEAR(x *')
    ['"orta asya"*', '"and"*', '"near"*', '"x"*']
    >>> search_terms('*** "')
    []
    """
    terms: list[str] = []
    rest = _PHRASE.sub(lambda m: terms.append(search_key(m.group(1))) or " ", query)
    phrases = [t for t in terms if t]
    words = search_key(rest).split()
    # search_key leaves only letters, digits and single spaces: no quote can end the phrase.
    return [f'"{t}"*' for t in (*phrases, *words)]


def _document_text(title: str | None, text: str | None, body: str | None) -> str:
    """The folded searchable text of a document: its title and body (header lines left out)."""
    try:
        text = text or ""
        spans = json.loads(body) if body else [[0, len(text)]]
        parts = [title or ""] + [text[a:b] for a, b in spans]
        return search_key(" ".join(parts))
    except (ValueError, TypeError):  # a malformed row must never block a write
        return search_key(f"{title or ''} {text or ''}")


def _event_text(data: str | None, sources: str | None) -> str:
    """The folded searchable text of an event: title, quote, place, country, participants,
    type (and its Turkish and English names) and its sources' titles, outlets and quotes."""
    from .i18n import LANGUAGES, gettext

    try:
        row = json.loads(data) if data else {}
        srcs = json.loads(sources) if sources else []
    except ValueError:
        return ""
    parts = [row.get("title"), row.get("quote"), row.get("location"), row.get("country"),
             *(row.get("participants") or [])]
    if row.get("type"):
        parts += [row["type"], *(gettext(lang, f"type.{row['type']}") for lang in LANGUAGES)]
    for src in srcs if isinstance(srcs, list) else []:
        if isinstance(src, dict):
            parts += [src.get("title"), src.get("outlet"), src.get("quote")]
    return search_key(" ".join(p for p in parts if isinstance(p, str)))


def _register_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions the search triggers call (every connection that writes needs them)."""
    conn.create_function("timeline_document_text", 3, _document_text, deterministic=True)
    conn.create_function("timeline_event_text", 2, _event_text, deterministic=True)
