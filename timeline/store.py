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
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from . import clock
from .errors import InputError, NotFound, StoreError
from .model import Document, Event, Source, StoredEvent
from .text import search_key

SCHEMA_VERSION = 4
MIGRATABLE = (1, 2, 3)  # older versions this one upgrades in place
DEFAULT_PATH = "timeline.db"
BUSY_TIMEOUT = 30  # seconds SQLite waits for another writer's lock
BUSY_RETRIES = 8  # then this many more tries, with a growing pause, before giving up
GONE_WITHDRAWN = 2  # events.gone: 1 = its sources no longer state it, 2 = they were withdrawn

# What the index triggers store for a shown event (``new``): its row and its facet entries.
_INDEX_ROW = """
    INSERT INTO event_rows (event, sort_key, granularity, end_day, span_first, span_last,
                            calendar, last_day, past_key)
    SELECT new.id, new.sort_key, json_extract(d, '$[0]'), json_extract(d, '$[1]'),
           json_extract(d, '$[2]'), json_extract(d, '$[3]'), new.calendar,
           json_extract(d, '$[4]'), json_extract(d, '$[5]') || new.id
    FROM (SELECT timeline_event_days(new.data) AS d)
    WHERE new.gone = 0 AND new.hidden = 0;
    INSERT OR IGNORE INTO event_facets (kind, value_key, shown, event)
    SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'),
           json_extract(value, '$[2]'), new.id
    FROM json_each(timeline_event_facets(new.data, new.sources))
    WHERE new.gone = 0 AND new.hidden = 0;
"""

SCHEMA = (
    """
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
    event TEXT,
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
    gone INTEGER NOT NULL DEFAULT 0,
    ckey TEXT
);
CREATE INDEX IF NOT EXISTS events_sort ON events(sort_key);
CREATE INDEX IF NOT EXISTS events_withdrawn ON events(sort_key, id) WHERE gone = 2;
-- Lookups on the write path that must not read a whole table (see tests/test_store_plans.py):
-- an article's content hash (the same text under another name), an event's documents.
CREATE INDEX IF NOT EXISTS documents_sha ON documents(sha);
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
"""
    + """
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
    + """
-- Incremental merging (schema version 3): each mention's blocking keys (see
-- timeline.events.merge.block_keys), the event each mention belongs to, and each event's
-- cluster key, so that a new article is compared with the mentions it may report again and
-- not with the whole store.
CREATE TABLE IF NOT EXISTS mention_blocks (
    grp TEXT NOT NULL,
    token TEXT NOT NULL,
    period TEXT NOT NULL,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    PRIMARY KEY (grp, token, period, document, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mention_blocks_document ON mention_blocks(document);
"""
    + """
-- Indexes for filtered queries (schema version 3), over the events shown (gone=0, hidden=0):
-- event_rows holds each one's order and days, event_facets the values the filters test
-- (timeline.filters.facet_entries), facet_values how many shown events have each value.
CREATE TABLE IF NOT EXISTS event_rows (
    event TEXT PRIMARY KEY,
    sort_key TEXT NOT NULL,
    granularity TEXT NOT NULL,
    end_day TEXT,
    span_first TEXT,
    span_last TEXT,
    calendar INTEGER NOT NULL,
    last_day TEXT,
    past_key TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_rows_order
    ON event_rows(sort_key, event, granularity, end_day, calendar);
CREATE INDEX IF NOT EXISTS event_rows_last ON event_rows(span_last);
CREATE INDEX IF NOT EXISTS event_rows_first ON event_rows(span_first);
CREATE TABLE IF NOT EXISTS event_facets (
    kind TEXT NOT NULL,
    value_key TEXT NOT NULL,
    shown TEXT NOT NULL,
    event TEXT NOT NULL,
    PRIMARY KEY (kind, value_key, shown, event)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_facets_event ON event_facets(event, kind);
CREATE TABLE IF NOT EXISTS facet_values (
    kind TEXT NOT NULL,
    value_key TEXT NOT NULL,
    shown TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (kind, value_key, shown)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS event_facets_insert AFTER INSERT ON event_facets BEGIN
    INSERT INTO facet_values (kind, value_key, shown, n)
    VALUES (new.kind, new.value_key, new.shown, 1)
    ON CONFLICT (kind, value_key, shown) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS event_facets_delete AFTER DELETE ON event_facets BEGIN
    UPDATE facet_values SET n = n - 1
    WHERE kind = old.kind AND value_key = old.value_key AND shown = old.shown;
    DELETE FROM facet_values
    WHERE kind = old.kind AND value_key = old.value_key AND shown = old.shown AND n <= 0;
END;
CREATE TRIGGER IF NOT EXISTS events_index_insert AFTER INSERT ON events
WHEN new.gone = 0 AND new.hidden = 0 BEGIN
"""
    + _INDEX_ROW
    + """
END;
CREATE TRIGGER IF NOT EXISTS events_index_order AFTER UPDATE OF sort_key ON events BEGIN
    UPDATE event_rows SET sort_key = new.sort_key WHERE event = new.id;
END;
CREATE TRIGGER IF NOT EXISTS events_index_update
AFTER UPDATE OF id, data, sources, calendar, gone, hidden ON events BEGIN
    DELETE FROM event_rows WHERE event = old.id;
    DELETE FROM event_facets WHERE event = old.id;
"""
    + _INDEX_ROW
    + """
END;
CREATE TRIGGER IF NOT EXISTS events_index_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_rows WHERE event = old.id;
    DELETE FROM event_facets WHERE event = old.id;
END;
"""
)
# Indexes on columns that version 3 added to older tables (created after the migration), and
# on tables an older schema creates later in the script.
SCHEMA_INDEXES = """
CREATE INDEX IF NOT EXISTS event_rows_past ON event_rows(past_key, last_day);
CREATE INDEX IF NOT EXISTS event_rows_ahead ON event_rows(last_day, sort_key);
CREATE INDEX IF NOT EXISTS event_documents_event ON event_documents(event);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event);
CREATE INDEX IF NOT EXISTS events_ckey ON events(ckey);
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
            if version in MIGRATABLE:
                # The index triggers of an older version write fewer columns: SCHEMA makes them
                # again, and the migration adds the columns before anything fires them.
                for name in ("events_index_insert", "events_index_update"):
                    conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            conn.executescript(SCHEMA)
            conn.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
            if version in MIGRATABLE:
                self._migrate(version)
            conn.executescript(SCHEMA_INDEXES)
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path!r} is not a Timeline store: {e}") from e

    def _migrate(self, version: int) -> None:
        """Upgrade an older store in place, in one transaction.

        Versions 1 and 2 did not link mentions to events: one full merge derives the links
        and everything after them. A version 3 store keeps its events as they are (ids,
        sequences, history, clusters — ``timeline reextract`` merges them again under the
        current rules): its mentions are indexed under version 4's blocking keys and its
        events' id groups derived from their rows, reading the store row by row.
        """
        with self.transaction() as tx:
            if version == 1:
                # Version 1 had no search index: build it from the stored rows. Its sort keys
                # ("2022|") put a year after the days of that year.
                self._rebuild_search(tx)
                tx.execute("UPDATE events SET sort_key = replace(sort_key, '|', ' ')")
            for table, column in (
                ("mentions", "event"),
                ("events", "ckey"),
                ("event_rows", "last_day"),
                ("event_rows", "past_key"),
            ):
                if column not in {r[1] for r in tx.execute(f"PRAGMA table_info({table})")}:
                    tx.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
            tx.execute("DELETE FROM mention_blocks")
            for doc_id, idx, data in tx.execute("SELECT document, idx, data FROM mentions"):
                _insert_blocks(tx, doc_id, idx, _event_from_row(json.loads(data)))
            if version < 3:
                self._recompute(tx, self._touch(tx))
            else:
                _regroup(tx)
            # Versions 1 and 2 had no facet index, version 3 no order of the past.
            self._rebuild_facets(tx)
            tx.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(SCHEMA_VERSION),))

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
            stored: set[str] = set()  # documents whose mentions are new
            touched: set[str] = set()  # events their earlier versions reported
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
                    touched |= _events_of_document(conn, row[0])
                    conn.execute("DELETE FROM documents WHERE id=?", (row[0],))
                    stored.discard(row[0])
                self._insert_document(conn, analysis)
                stored.add(doc.id)
            if counts["added"] or counts["updated"]:
                stamp = self._touch(conn)
                self._recompute(conn, stamp, documents=stored, events=touched)
        return counts

    def _insert_document(self, conn: sqlite3.Connection, analysis) -> None:
        doc: Document = analysis.document
        conn.execute(
            "INSERT INTO documents (id, key, source, sha, title, published, published_has_time,"
            " updated, url, outlet, lang, text, body, timexes, ingested)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc.id,
                doc.key,
                doc.source,
                doc.sha,
                doc.title,
                doc.published.isoformat(),
                int(doc.published_has_time),
                doc.updated.isoformat() if doc.updated else None,
                doc.url,
                doc.outlet,
                doc.lang,
                doc.text,
                json.dumps(doc.body),
                json.dumps([_timex_row(t) for t in analysis.timexes], ensure_ascii=False),
                clock.now().isoformat(),
            ),
        )
        for idx, event in enumerate(analysis.events):
            conn.execute(
                "INSERT INTO mentions (document, idx, data) VALUES (?,?,?)",
                (doc.id, idx, json.dumps(_event_row(event), ensure_ascii=False)),
            )
            _insert_blocks(conn, doc.id, idx, event)

    def stored_documents(self) -> list[Document]:
        """Every stored article as a :class:`~timeline.model.Document`, to analyse it again."""
        rows = self.connection.execute(
            "SELECT source, text, published, title, body, updated, url, outlet, lang, key,"
            " published_has_time FROM documents ORDER BY published, id"
        ).fetchall()
        return [
            Document(
                source=source,
                text=text,
                published=datetime.fromisoformat(published),
                title=title,
                body=tuple(tuple(b) for b in json.loads(body)),
                updated=datetime.fromisoformat(updated) if updated else None,
                url=url,
                outlet=outlet,
                lang=lang,
                key=key,
                published_has_time=bool(has_time),
            )
            for (
                source,
                text,
                published,
                title,
                body,
                updated,
                url,
                outlet,
                lang,
                key,
                has_time,
            ) in rows
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
                old_timexes = conn.execute(
                    "SELECT timexes FROM documents WHERE id=?", (doc.id,)
                ).fetchone()
                if old_timexes is None:
                    continue
                old_rows = [
                    r[0]
                    for r in conn.execute(
                        "SELECT data FROM mentions WHERE document=? ORDER BY idx", (doc.id,)
                    )
                ]
                if old_timexes[0] == timexes and old_rows == rows:
                    continue
                counts["changed"] += 1
                conn.execute("UPDATE documents SET timexes=? WHERE id=?", (timexes, doc.id))
                conn.execute("DELETE FROM mentions WHERE document=?", (doc.id,))
                conn.execute("DELETE FROM mention_blocks WHERE document=?", (doc.id,))
                for idx, (row, event) in enumerate(zip(rows, analysis.events, strict=True)):
                    conn.execute(
                        "INSERT INTO mentions (document, idx, data) VALUES (?,?,?)",
                        (doc.id, idx, row),
                    )
                    _insert_blocks(conn, doc.id, idx, event)
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
        keys = (
            "id",
            "source",
            "title",
            "published",
            "published_has_time",
            "updated",
            "url",
            "outlet",
            "lang",
            "text",
            "body",
            "timexes",
        )
        data = dict(zip(keys, row, strict=True))
        data["body"] = [tuple(s) for s in json.loads(data["body"])]
        data["timexes"] = json.loads(data["timexes"])
        return data

    # -- events --------------------------------------------------------------------------------

    def _mentions(
        self, conn: sqlite3.Connection, where: str = "", params: tuple = ()
    ) -> list[tuple]:
        """Stored mentions (all, or those ``where`` selects) as ``(Mention, event id)``."""
        from .events.merge import Mention

        rows = conn.execute(
            "SELECT m.document, m.idx, m.data, d.source, d.title, d.published, d.url, d.outlet,"
            " m.event FROM mentions m JOIN documents d ON d.id = m.document " + where,
            params,
        ).fetchall()
        out = []
        for doc_id, idx, data, source, title, published, url, outlet, event_id in rows:
            event = _event_from_row(json.loads(data))
            src = Source(doc_id, source, title, published, event.quote, url, outlet, event.status)
            out.append((Mention(event, src, idx), event_id))
        return out

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
        change is: the events the new mentions report again (found through
        ``mention_blocks``, see :func:`timeline.events.merge.block_keys`), the events
        sharing an id group with the result (for their ids) and the events corrections tie
        to those. The result is the same as a full merge (merging is a union of pairs), at a
        cost that grows with the article, not with the store.
        """
        from .events.merge import apply_corrections, cluster, id_group, keep_ids

        corrections = self._corrections(conn)
        columns = (
            "SELECT id, fingerprint, sequence, created, history, data, sources, gone,"
            " hidden, ckey FROM events"
        )

        def rows(ids: Iterable[str]) -> dict[str, tuple]:
            return {
                r[0]: r[1:]
                for r in conn.execute(
                    columns + " WHERE id IN (SELECT value FROM json_each(?))",
                    (json.dumps(sorted(ids)),),
                )
            }

        def keep(merged: list, old: dict[str, tuple]) -> None:
            # Events keep their ids (and calendar UIDs) across updates and re-extraction.
            keep_ids(
                merged,
                {event_id: json.loads(r[4]).get("members", []) for event_id, r in old.items()},
                gone={event_id for event_id, r in old.items() if r[6]},
            )

        if documents is None and events is None:
            loaded = self._mentions(conn)
            merged = cluster([m for m, _ in loaded])
            old = {r[0]: r[1:] for r in conn.execute(columns)}
            keep(merged, old)
        else:
            fresh = self._mentions(
                conn,
                "WHERE m.document IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted(set(documents or ()))),),
            )
            touched = set(events or ())
            affected = touched | self._reported_again(conn, fresh)
            while True:
                loaded, merged, affected = self._merge_scope(
                    conn, fresh, affected, touched, corrections
                )
                old = rows(affected)
                keep(merged, old)
                # A result may take the id of an event outside the scope: one that had gone
                # comes back under it; a shown one (named when its id group was another)
                # joins the scope, and the ids are given again.
                outside = rows({item.id for item in merged} - set(old))
                clash = {event_id for event_id, r in outside.items() if not r[6]}
                if not clash:
                    old.update(outside)
                    break
                affected |= clash
        merged = apply_corrections(merged, corrections)
        if documents is not None or events is not None:
            old.update(rows({item.id for item in merged} - set(old)))
        belonged = {(m.source.document, m.idx): event_id for m, event_id in loaded}
        seen = set()
        for item in merged:
            seen.add(item.id)
            for m in item.mentions:
                if belonged.get((m.source.document, m.idx)) != item.id:
                    conn.execute(
                        "UPDATE mentions SET event=? WHERE document=? AND idx=?",
                        (item.id, m.source.document, m.idx),
                    )
            if item.id in old:
                # Confidence never falls: an event once in the feeds stays there.
                before = json.loads(old[item.id][4]).get("confidence", 1.0)
                item.event.confidence = max(item.event.confidence, before)
            row = _event_row(item.event)
            row["changes"] = item.changes
            row["members"] = item.identity()
            data = json.dumps(row, ensure_ascii=False, sort_keys=True)
            sources = json.dumps([s.to_json() for s in item.sources], ensure_ascii=False)
            fingerprint = item.fingerprint()
            sort_key = _sort_key(item.event)
            ckey = id_group(item)
            if item.id in old:
                fp, seq, created, history, old_data, old_sources, gone, hidden, old_ckey = old[
                    item.id
                ]
                history = json.loads(history)
                if fp != fingerprint or gone:
                    seq += 1
                    history.append(_change_entry(json.loads(old_data), item.event, stamp, gone))
                elif (
                    old_data == data
                    and old_sources == sources
                    and hidden == item.hidden
                    and old_ckey == ckey
                ):
                    continue
                conn.execute(
                    "UPDATE events SET data=?, sources=?, fingerprint=?, sequence=?, updated=?,"
                    " history=?, sort_key=?, calendar=?, edited=?, hidden=?, gone=0, ckey=?"
                    " WHERE id=?",
                    (
                        data,
                        sources,
                        fingerprint,
                        seq,
                        stamp.isoformat(),
                        json.dumps(history, ensure_ascii=False),
                        sort_key,
                        int(item.event.calendar),
                        int(item.edited),
                        int(item.hidden),
                        ckey,
                        item.id,
                    ),
                )
            else:
                conn.execute(
                    "INSERT INTO events (id, data, sources, fingerprint, sequence, created,"
                    " updated, history, sort_key, calendar, edited, hidden, ckey)"
                    " VALUES (?,?,?,?,0,?,?,'[]',?,?,?,?,?)",
                    (
                        item.id,
                        data,
                        sources,
                        fingerprint,
                        stamp.isoformat(),
                        stamp.isoformat(),
                        sort_key,
                        int(item.event.calendar),
                        int(item.edited),
                        int(item.hidden),
                        ckey,
                    ),
                )
        for event_id, (_fp, seq, *_rest, sources, gone, _hidden, _ckey) in old.items():
            if event_id not in seen and not gone:
                # Its sources changed their story: keep the row so a returning event keeps its
                # SEQUENCE, but stop showing it. When every source was withdrawn (a tombstone
                # in `withdrawn`, the document gone), it is gone=2: the feeds keep it, as
                # CANCELLED, so that subscribers see it go.
                docs = sorted({src.get("document") for src in json.loads(sources)})
                mark = GONE_WITHDRAWN if docs and self._all_withdrawn(conn, docs) else 1
                conn.execute(
                    "UPDATE events SET gone=?, sequence=?, updated=? WHERE id=?",
                    (mark, seq + 1, stamp.isoformat(), event_id),
                )

    def _merge_scope(
        self,
        conn: sqlite3.Connection,
        fresh: list[tuple],
        affected: set[str],
        touched: set[str],
        corrections: list[dict],
    ) -> tuple[list[tuple], list, set[str]]:
        """Merge the new mentions with the stored events they may change: ``affected``, the
        events corrections tie to them, and the events sharing an id group with the result
        (ids are numbered within it, see :func:`timeline.events.merge.assign_ids`).

        :return: the mentions loaded (with their stored event), the merged events, and the
            events taken into the scope.
        """
        from .events.merge import assign_ids, cluster, cluster_key, id_group

        new_docs = json.dumps(sorted({m.source.document for m, _ in fresh}))
        while True:
            affected = affected | _correction_links(corrections, affected)
            scope = json.dumps(sorted(affected))
            loaded = fresh + self._mentions(
                conn,
                "WHERE m.event IN (SELECT value FROM json_each(?))"
                " AND m.document NOT IN (SELECT value FROM json_each(?))",
                (scope, new_docs),
            )
            # An event that lost no mention and carries no correction is one happening
            # already: its mentions are joined without comparing them with each other.
            edited = {
                r[0]
                for r in conn.execute(
                    "SELECT id FROM events WHERE edited=1"
                    " AND id IN (SELECT value FROM json_each(?))",
                    (scope,),
                )
            }
            intact = affected - touched - edited
            known = {
                (m.source.document, m.idx): event_id for m, event_id in loaded if event_id in intact
            }
            merged = cluster([m for m, _ in loaded], known)
            groups = {id_group(item) for item in merged} | {
                r[0]
                for r in conn.execute(
                    "SELECT ckey FROM events WHERE id IN (SELECT value FROM json_each(?))", (scope,)
                )
                if r[0]
            }
            siblings = {
                r[0]
                for r in conn.execute(
                    "SELECT id FROM events WHERE gone=0"
                    " AND ckey IN (SELECT value FROM json_each(?))",
                    (json.dumps(sorted(groups)),),
                )
            } - affected
            if siblings:
                affected = affected | siblings
                continue
            # Whether other events share a result's cluster key decides how it is named.
            crowded = {
                key
                for key in {cluster_key(item) for item in merged}
                if conn.execute(
                    "SELECT 1 FROM events WHERE ckey >= ? AND ckey < ? AND gone=0"
                    " AND id NOT IN (SELECT value FROM json_each(?)) LIMIT 1",
                    (key + "|", key + "}", scope),
                ).fetchone()
            }
            if crowded:
                assign_ids(merged, crowded)
            return loaded, merged, affected

    def _reported_again(self, conn: sqlite3.Connection, fresh: list[tuple]) -> set[str]:
        """The stored events that new mentions report again: those holding a stored mention
        in a block of a new one (same type group, a shared key — place, surname or title word,
        or two title words across precisions — and a period its slot may meet) that
        :func:`~timeline.events.merge.same_happening` accepts."""
        from .events.merge import (
            block_periods,
            candidate_periods,
            query_keys,
            same_happening,
            type_group,
        )

        new_docs = {m.source.document for m, _ in fresh}
        found: set[str] = set()
        parsed: dict[tuple, tuple] = {}
        select = (
            "SELECT DISTINCT b.document, b.idx, m.data, m.event FROM mention_blocks b"
            " JOIN mentions m ON m.document = b.document AND m.idx = b.idx"
            " WHERE b.grp=? AND b.token IN (SELECT value FROM json_each(?)) AND "
        )
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
            for doc_id, idx, data, event_id in rows:
                if doc_id in new_docs or event_id in found:
                    continue
                stored = parsed.get((doc_id, idx))
                if stored is None:
                    stored = parsed[(doc_id, idx)] = _event_from_row(json.loads(data))
                if same_happening(e, stored):
                    found.add(event_id)
        found.discard(None)
        return found

    # -- withdrawal ----------------------------------------------------------------------------

    @staticmethod
    def _all_withdrawn(conn: sqlite3.Connection, docs: list[str]) -> bool:
        """Whether every one of these documents was withdrawn and not ingested again."""
        found = conn.execute(
            "SELECT count(*) FROM withdrawn w WHERE w.document IN"
            " (SELECT value FROM json_each(?))"
            " AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = w.document)",
            (json.dumps(docs),),
        ).fetchone()[0]
        return found == len(docs)

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
            row = conn.execute(
                "SELECT key, source, title FROM documents WHERE id=?", (doc_id,)
            ).fetchone()
            if not row:
                raise NotFound(f"document {doc_id!r} does not exist")
            before = sorted(
                r[0]
                for r in conn.execute(
                    "SELECT id FROM events WHERE gone=0 AND id IN"
                    " (SELECT event FROM event_documents WHERE document=?)",
                    (doc_id,),
                )
            )
            touched = _events_of_document(conn, doc_id)
            conn.execute("DELETE FROM mentions WHERE document=?", (doc_id,))
            conn.execute("DELETE FROM documents WHERE id=?", (doc_id,))
            conn.execute(
                "INSERT OR REPLACE INTO withdrawn VALUES (?,?,?)",
                (doc_id, row[0], clock.now().isoformat()),
            )
            stamp = self._touch(conn)
            self._recompute(conn, stamp, documents=(), events=touched)
            gone = {
                r[0]: r[1]
                for r in conn.execute(
                    "SELECT id, gone FROM events WHERE id IN (SELECT value FROM json_each(?))",
                    (json.dumps(before),),
                )
            }
        return {
            "document": doc_id,
            "source": row[1],
            "title": row[2],
            "cancelled": [e for e in before if gone.get(e) == GONE_WITHDRAWN],
            "updated": [e for e in before if gone.get(e) == 0],
        }

    def document_events(self, doc_id: str) -> list[StoredEvent]:
        """The current, shown events an article is a source of, in time order."""
        rows = self.connection.execute(
            "SELECT id, data, sources, sequence, created, updated, history, edited, hidden"
            " FROM events WHERE gone=0 AND hidden=0"
            " AND id IN (SELECT event FROM event_documents WHERE document=?)"
            " ORDER BY sort_key, id",
            (doc_id,),
        )
        return [_stored(r) for r in rows]

    def withdrawn_events(self) -> list[StoredEvent]:
        """Events that vanished because every article reporting them was withdrawn, as
        cancelled events (not hidden ones), in time order: the feeds append them so that
        subscribers see them go."""
        rows = self.connection.execute(
            "SELECT id, data, sources, sequence, created, updated, history, edited, hidden"
            " FROM events WHERE gone=? AND hidden=0 ORDER BY sort_key, id",
            (GONE_WITHDRAWN,),
        )
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

    # -- filtered queries (the facet index) --------------------------------------------------

    def _conditions(
        self,
        f,
        today: date | None = None,
        past_days: int | None = None,
        calendar_only: bool = False,
    ) -> tuple[list[str], list]:
        """SQL conditions on ``event_rows r`` (the shown events) that select what
        :func:`timeline.filters.apply` selects for ``f`` (then :func:`within_window` with
        ``past_days``; ``calendar_only``: only events marked for the calendar). Each filter
        parameter is a lookup in the facet index, ``q`` a full-text lookup, dates a range on
        ``span_first``/``span_last``."""
        today = today or clock.today()
        where: list[str] = []
        params: list = []
        if calendar_only:
            where.append(_CALENDAR)
        if past_days is not None:
            where.append("r.span_last >= ?")
            params.append((today - timedelta(days=past_days)).isoformat())
        if f.is_empty:
            return where, params
        for name in ("who", "where", "type", "status", "source"):
            values = getattr(f, name)
            if not values:
                continue
            parts: list[str] = []
            for value in values:
                sql, args = self._value_lookup(name, value)
                if sql:
                    parts.append(sql)
                    params.extend(args)
            where.append(f"r.event IN ({' UNION '.join(parts)})" if parts else "0")
        for value in f.q:
            for term in search_terms(value):
                where.append(f"r.event IN ({_SEARCH_SQL})")
                params.extend([term, term])
        low = [d for d in (f.start, today if f.upcoming else None) if d]
        if low:
            where.append("r.span_last >= ?")
            params.append(max(low).isoformat())
        if f.end:
            where.append("r.span_first <= ?")
            params.append(f.end.isoformat())
        if f.min_confidence is not None:
            where.append(
                "r.event IN (SELECT id FROM events"
                " WHERE coalesce(json_extract(data, '$.confidence'), 1.0) >= ?)"
            )
            params.append(f.min_confidence)
        return where, params

    def _value_lookup(self, name: str, value: str) -> tuple[str, list]:
        """A subquery of the ids of the events one value of one parameter selects (``""``:
        none). Names match a substring of the folded names (``who=tokayev``), looked up in
        the small table of distinct values and then in the index; types and statuses by
        their names in every language."""
        from . import filters as flt

        facet = (
            "SELECT f.event FROM facet_values v JOIN event_facets f ON f.kind = v.kind"
            " AND f.value_key = v.value_key AND f.shown = v.shown"
            " WHERE v.kind = ? AND instr(v.value_key, ?) > 0"
        )
        if name in ("type", "status"):
            test = flt.type_matches if name == "type" else flt.status_matches
            keys = [k for k in self._facet_keys(name) if test(value, k)]
            if not keys:
                return "", []
            marks = ",".join("?" * len(keys))
            return (
                f"SELECT event FROM event_facets WHERE kind = ? AND value_key IN ({marks})",
                [name, *keys],
            )
        if name == "who":
            key = flt.needle(value)
            return (facet, ["who", key]) if key else ("", [])
        if name == "where":
            parts, args = [], []
            for key in flt.place_needles(value):
                if key:
                    parts += [facet, facet]
                    args += ["place", key, "country", key]
            return " UNION ".join(parts), args
        # source: a document id, or part of an outlet, a source path or an article URL.
        parts = ["SELECT event FROM event_facets WHERE kind = 'doc' AND value_key = ?", facet]
        args = [value, "url", value.lower()]
        key = flt.needle(value)
        if key:
            parts += [facet, facet]
            args += ["outlet", key, "path", key]
        return " UNION ".join(parts), args

    def _facet_keys(self, kind: str) -> list[str]:
        rows = self.connection.execute(
            "SELECT DISTINCT value_key FROM facet_values WHERE kind = ?", (kind,)
        )
        return [r[0] for r in rows]

    def keys(
        self,
        f,
        today: date | None = None,
        *,
        past_days: int | None = None,
        calendar_only: bool = False,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[EventKey]:
        """The events ``f`` selects, in time order, as light keys (id, date, granularity, end,
        time): enough to order and cut a window; :meth:`events_by_id` reads the window.
        ``offset``/``limit`` cut a slice of them."""
        where, params = self._conditions(f, today, past_days, calendar_only)
        return self._keys(where, params, _order(where), offset, limit)

    def upcoming(
        self,
        f,
        today: date | None = None,
        *,
        ahead: bool,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[EventKey]:
        """One part of the upcoming order, as keys: what ``f`` selects that is ``ahead`` (not
        over by ``today``), soonest first, or else the past, latest first (:func:`past_key`);
        ``offset``/``limit`` cut a slice. Each part is read from its own index, so a slice
        costs what lies ahead and the slice, not the store."""
        today = today or clock.today()
        where, params = self._conditions(f, today)
        # The past's order is read from its index unless a filter selects the events.
        order = _order(where, ("past_key",))
        where = [*where, "r.last_day >= ?" if ahead else "r.last_day < ?"]
        if ahead:  # few: sorted
            order = _order(where)
        return self._keys(where, [*params, today.isoformat()], order, offset, limit)

    def _keys(
        self, where: list[str], params: list, order: str, offset: int, limit: int | None
    ) -> list[EventKey]:
        """The keys of the shown events ``where`` selects, in ``order``, sliced."""
        page, page_params = _page(offset, limit)
        sql = (
            "SELECT r.event, r.sort_key, r.granularity, r.end_day FROM event_rows r"
            + (" WHERE " + " AND ".join(where) if where else "")
            + order
            + page
        )
        return [_event_key(row) for row in self.connection.execute(sql, [*params, *page_params])]

    def count_ahead(self, f, today: date | None = None) -> int:
        """How many of the events ``f`` selects are not over by ``today`` (see
        :meth:`upcoming`)."""
        today = today or clock.today()
        where, params = self._conditions(f, today)
        sql = "SELECT count(*) FROM event_rows r WHERE " + " AND ".join([*where, "r.last_day >= ?"])
        return self.connection.execute(sql, [*params, today.isoformat()]).fetchone()[0]

    def query(
        self,
        f,
        today: date | None = None,
        *,
        past_days: int | None = None,
        calendar_only: bool = False,
        offset: int = 0,
        limit: int | None = None,
    ) -> tuple[list[StoredEvent], int]:
        """The events ``f`` selects, in time order (``sort_key``, id), and how many there are
        in all: ``offset``/``limit`` cut a page of them. See :meth:`_conditions`."""
        where, params = self._conditions(f, today, past_days, calendar_only)
        cond = " WHERE " + " AND ".join(where) if where else ""
        page, page_params = _page(offset, limit)
        rows = self.connection.execute(
            f"SELECT {_EVENT_COLUMNS_E} FROM event_rows r JOIN events e ON e.id = r.event"
            f"{cond}{_order(where)}{page}",
            params + page_params,
        )
        items = [_stored(r) for r in rows]
        if not page:
            return items, len(items)
        return items, self.count(f, today, past_days=past_days, calendar_only=calendar_only)

    def count(
        self,
        f,
        today: date | None = None,
        *,
        past_days: int | None = None,
        calendar_only: bool = False,
    ) -> int:
        """How many shown events ``f`` selects."""
        where, params = self._conditions(f, today, past_days, calendar_only)
        if not where:
            # Every shown event has one type: the counts of the types add up to all of them.
            row = self.connection.execute(
                "SELECT coalesce(sum(n), 0) FROM facet_values WHERE kind = 'type'"
            ).fetchone()
            return row[0]
        return self.connection.execute(
            "SELECT count(*) FROM event_rows r WHERE " + " AND ".join(where), params
        ).fetchone()[0]

    def count_before(self, f, day: date, today: date | None = None) -> int:
        """How many of the events ``f`` selects begin before ``day``: where a "today" line
        goes in their time order. The order's key (``date time``) tells it through the order
        index: ``2025 `` and ``2025-10 `` sort before ``2025-10-30`` as their first days do,
        save a year or month that begins on ``day`` itself."""
        where, params = self._conditions(f, today)
        starting = [f"{day:%Y-%m} "] + ([f"{day:%Y} "] if day.month == 1 else [])
        where = [*where, "r.sort_key < ?"]
        if day.day == 1:
            where.append("r.sort_key NOT IN (SELECT value FROM json_each(?))")
        sql = "SELECT count(*) FROM event_rows r WHERE " + " AND ".join(where)
        args = [*params, day.isoformat()] + ([json.dumps(starting)] if day.day == 1 else [])
        return self.connection.execute(sql, args).fetchone()[0]

    def exists(self, f, today: date | None = None) -> bool:
        """Whether ``f`` selects any shown event."""
        where, params = self._conditions(f, today)
        sql = "SELECT 1 FROM event_rows r" + (" WHERE " + " AND ".join(where) if where else "")
        return self.connection.execute(sql + " LIMIT 1", params).fetchone() is not None

    def has_match(self, name: str, value: str) -> bool:
        """Whether one value of one parameter (``who``, ``where``, ``type``, ``status``,
        ``source``) matches any shown event (for the notes of a filter)."""
        sql, params = self._value_lookup(name, value)
        if not sql:
            return False
        return (
            self.connection.execute(
                f"SELECT 1 FROM event_rows r WHERE r.event IN ({sql}) LIMIT 1", params
            ).fetchone()
            is not None
        )

    def facet_counts(
        self,
        f,
        today: date | None = None,
        kinds: Iterable[str] = ("who", "place", "country", "type", "status", "year", "outlet"),
    ) -> dict[str, list[tuple]]:
        """``{kind: [(key, shown, count), ...]}`` over the events ``f`` selects: an aggregate
        over the facet index (for the whole store, the kept counts of each value)."""
        kinds = list(kinds)
        out: dict[str, list[tuple]] = {k: [] for k in kinds}
        marks = ",".join("?" * len(kinds))
        where, params = self._conditions(f, today)
        if not where:
            rows = self.connection.execute(
                f"SELECT kind, value_key, shown, n FROM facet_values WHERE kind IN ({marks})", kinds
            )
        else:
            rows = self.connection.execute(
                "SELECT f.kind, f.value_key, f.shown, count(*) FROM event_rows r"
                " JOIN event_facets f ON f.event = r.event"
                f" WHERE {' AND '.join(where)} AND f.kind IN ({marks})"
                " GROUP BY f.kind, f.value_key, f.shown",
                params + kinds,
            )
        for kind, key, shown, n in rows:
            out[kind].append((key, shown, n))
        return out

    def events_by_id(self, ids: Iterable[str]) -> list[StoredEvent]:
        """The shown events with these ids, in the order given (unknown ids are left out)."""
        ids = list(ids)
        rows = self.connection.execute(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE id IN (SELECT value FROM json_each(?))"
            " AND gone = 0 AND hidden = 0",
            (json.dumps(ids),),
        )
        found = {r[0]: r for r in rows}
        return [_stored(found[i]) for i in ids if i in found]

    def events_of_document(self, doc_id: str) -> list[StoredEvent]:
        """The shown events one document reports, in time order."""
        rows = self.connection.execute(
            f"SELECT {_EVENT_COLUMNS_E} FROM event_documents d JOIN event_rows r"
            " ON r.event = d.event JOIN events e ON e.id = r.event WHERE d.document = ?"
            " ORDER BY r.sort_key, r.event",
            (doc_id,),
        )
        return [_stored(r) for r in rows]

    def iter_events(self) -> Iterator[StoredEvent]:
        """Every shown event in time order, read row by row through the order index."""
        rows = self.connection.execute(
            f"SELECT {_EVENT_COLUMNS_E} FROM event_rows r JOIN events e ON e.id = r.event"
            " ORDER BY r.sort_key, r.event"
        )
        for row in rows:
            yield _stored(row)

    def reindex(self) -> None:
        """Rebuild the full-text index from the stored documents and events (after a change
        to the folding rules; normal writes keep it current by themselves)."""
        with self.transaction() as conn:
            self._rebuild_search(conn)
            self._rebuild_facets(conn)

    @staticmethod
    def _rebuild_facets(conn: sqlite3.Connection) -> None:
        """Fill the facet index from the events (the triggers keep it current afterwards)."""
        for table in ("event_rows", "event_facets", "facet_values"):
            conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed names
        conn.execute(
            "INSERT INTO event_rows (event, sort_key, granularity, end_day, span_first,"
            " span_last, calendar, last_day, past_key)"
            " SELECT id, sort_key, json_extract(d, '$[0]'), json_extract(d, '$[1]'),"
            " json_extract(d, '$[2]'), json_extract(d, '$[3]'), calendar,"
            " json_extract(d, '$[4]'), json_extract(d, '$[5]') || id"
            " FROM (SELECT *, timeline_event_days(data) AS d FROM events"
            " WHERE gone = 0 AND hidden = 0)"
        )
        conn.execute(
            "INSERT OR IGNORE INTO event_facets (kind, value_key, shown, event)"
            " SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'),"
            " json_extract(j.value, '$[2]'), e.id"
            " FROM events e, json_each(timeline_event_facets(e.data, e.sources)) j"
            " WHERE e.gone = 0 AND e.hidden = 0"
        )

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
            row = conn.execute(
                "SELECT data FROM events WHERE id=? AND gone=0", (event_id,)
            ).fetchone()
            if not row:
                raise NotFound(f"event {event_id!r} does not exist")
            data = dict(data or {})
            # What the event is made of, so the correction finds it again if re-extraction
            # ever gives it another id.
            data["_members"] = json.loads(row[0]).get("members", [])
            if action == "merge":
                into = conn.execute(
                    "SELECT data FROM events WHERE id=? AND gone=0", (data.get("into"),)
                ).fetchone()
                if not into:
                    raise NotFound(f"event {data.get('into')!r} does not exist")
                if data.get("into") == event_id:
                    raise InputError("an event cannot be merged into itself")
                data["_into_members"] = json.loads(into[0]).get("members", [])
            if action == "split":
                docs = {
                    s["document"]
                    for s in json.loads(
                        conn.execute(
                            "SELECT sources FROM events WHERE id=?", (event_id,)
                        ).fetchone()[0]
                    )
                }
                if data.get("document") not in docs:
                    raise InputError(
                        f"document {data.get('document')!r} is not a source of "
                        f"event {event_id!r}; its sources: {', '.join(sorted(docs))}"
                    )
                if len(docs) < 2:
                    raise InputError(f"event {event_id!r} has one source: nothing to split")
            conn.execute(
                "INSERT INTO corrections (event, action, data, created) VALUES (?,?,?,?)",
                (event_id, action, json.dumps(data, ensure_ascii=False), clock.now().isoformat()),
            )
            stamp = self._touch(conn)
            self._recompute(conn, stamp, events={event_id, data.get("into", event_id)})

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
# Incremental merging


def _insert_blocks(conn: sqlite3.Connection, doc_id: str, idx: int, event: Event) -> None:
    """Index a stored mention under its blocking keys (type group, token, period)."""
    from .events.merge import block_keys, block_periods, type_group

    group = type_group(event.type)
    conn.executemany(
        "INSERT OR IGNORE INTO mention_blocks VALUES (?,?,?,?,?)",
        [
            (group, key, period, doc_id, idx)
            for key in sorted(block_keys(event))
            for period in sorted(block_periods(event))
        ],
    )


def _regroup(conn: sqlite3.Connection) -> None:
    """Store every event's id group (``ckey``, see :func:`timeline.events.merge.id_group`),
    derived from its row."""
    from .events.merge import Merged, id_group

    groups = [
        (id_group(Merged(event_id, _event_from_row(json.loads(data)), [])), event_id)
        for event_id, data in conn.execute("SELECT id, data FROM events")
    ]
    conn.executemany("UPDATE events SET ckey=? WHERE id=?", groups)


def _events_of_document(conn: sqlite3.Connection, doc_id: str) -> set[str]:
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


def _correction_links(corrections: list[dict], ids: set[str]) -> set[str]:
    """Events that corrections tie to the given ones (both sides of a merge, an event and
    the part split out of it), to a fixed point."""
    from .events.merge import event_id as hash_id

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


# ---------------------------------------------------------------------------------------------
# Row conversion


def _is_busy(error: sqlite3.OperationalError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return (
        code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
        or "locked" in str(error)
        or "busy" in str(error)
    )


def _retry_busy(
    conn: sqlite3.Connection, sql: str, path: str, retries: int = BUSY_RETRIES, pause: float = 0.05
) -> None:
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
                raise StoreError(
                    f"store {path!r} stayed locked by other writers; nothing was written, try again"
                ) from e
            time.sleep(min(2.0, pause * 2**attempt) * (0.5 + random.random()))


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
        confidence=float(row.get("confidence", 1.0)),
        confidence_reasons=list(row.get("confidence_reasons") or []),
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


class Slot(NamedTuple):
    """The when of an event, all that ordering and windowing need (quacks like an Event)."""

    date: str
    granularity: str
    end: str | None
    time: str | None


class EventKey(NamedTuple):
    """A light stand-in for a :class:`StoredEvent` in a list to order and cut."""

    id: str
    event: Slot


def _event_key(row: tuple) -> EventKey:
    """An :class:`EventKey` from ``event, sort_key, granularity, end_day`` of ``event_rows``."""
    event_id, sort_key, granularity, end = row
    day, _, time = sort_key.partition(" ")
    return EventKey(event_id, Slot(day, granularity, end, time or None))


_EVENT_COLUMNS = "id, data, sources, sequence, created, updated, history, edited, hidden"
_EVENT_COLUMNS_E = ", ".join(f"e.{c}" for c in _EVENT_COLUMNS.split(", "))
# The ids of the events an FTS5 expression (bound twice) finds in their own text or articles.
_SEARCH_SQL = (
    "SELECT e.id FROM search_events s JOIN events e ON e.rowid = s.rowid"
    " WHERE search_events MATCH ?"
    " UNION SELECT ed.event FROM search_documents s JOIN documents d ON d.rowid = s.rowid"
    " JOIN event_documents ed ON ed.document = d.id WHERE search_documents MATCH ?"
)


_CALENDAR = "r.calendar = 1"


def _order(where: list[str], columns: tuple[str, ...] = ("sort_key", "event")) -> str:
    """``ORDER BY`` of a query on ``event_rows r``: with conditions, sort what they select
    (``+`` keeps SQLite from walking the whole order index to skip the sort), else read the
    order index."""
    plus = "+" if [w for w in where if w != _CALENDAR] else ""
    return " ORDER BY " + ", ".join(f"{plus}r.{column}" for column in columns)


def _page(offset: int, limit: int | None) -> tuple[str, list]:
    """``LIMIT``/``OFFSET`` of a slice (none for the whole), and its parameters."""
    if not offset and limit is None:
        return "", []
    return " LIMIT ? OFFSET ?", [-1 if limit is None else max(0, limit), max(0, offset)]


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
    parts = [
        row.get("title"),
        row.get("quote"),
        row.get("location"),
        row.get("country"),
        *(row.get("participants") or []),
    ]
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
    conn.create_function("timeline_event_days", 1, _event_days, deterministic=True)
    conn.create_function("timeline_event_facets", 2, _event_facets, deterministic=True)


def _event_days(data: str | None) -> str | None:
    """``[granularity, end, span_first, span_last, last_day, past_key]`` of an event row, as
    JSON (for ``event_rows``; see :func:`timeline.filters.spans` and :func:`past_key`)."""
    from .filters import spans

    try:
        row = json.loads(data) if data else {}
        e = _event_from_row(row)
        first, last, span_first, span_last = spans(e)
    except (ValueError, TypeError, KeyError):  # a malformed row must never block a write
        return json.dumps([str(row.get("granularity") or ""), None, None, None, None, None])
    return json.dumps(
        [
            e.granularity,
            e.end,
            span_first.isoformat(),
            span_last.isoformat(),
            last.isoformat(),
            past_key(e, first),
        ]
    )


def past_key(e: Event, first: date) -> str:
    """The order of the past, latest first (the upcoming order's second part), as a string
    that sorts ascending, to which the store appends the event's id: years, then months,
    then days, latest first, a year- or month-precise event right under its year's or
    month's heading (before that period's days), untimed before timed on a day.

    >>> keys = [past_key(Event(d, g, "", "summit", "held", ""), date.fromisoformat(f))
    ...         for d, g, f in [("2024-05-01", "day", "2024-05-01"), ("2024", "year",
    ...                         "2024-01-01"), ("2025-03", "month", "2025-03-01")]]
    >>> [keys.index(k) for k in sorted(keys)]
    [2, 1, 0]
    """
    return (
        f"{9999 - first.year:04d}{int(e.granularity != 'year')}{12 - first.month:02d}"
        f"{int(e.granularity != 'month')}{9999999 - first.toordinal():07d}"
        f"{e.time or '':<8}"
    )


def _event_facets(data: str | None, sources: str | None) -> str:
    """The ``[kind, key, shown]`` facet entries of an event row, as JSON (for
    ``event_facets``; see :func:`timeline.filters.facet_entries`)."""
    from .filters import facet_entries

    try:
        e = _event_from_row(json.loads(data) if data else {})
        srcs = [Source(**s) for s in json.loads(sources or "[]")]
    except (ValueError, TypeError, KeyError):
        return "[]"
    return json.dumps(sorted(facet_entries(e, srcs)), ensure_ascii=False)
