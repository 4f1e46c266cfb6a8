"""The schema of a store and the migrations from older versions.

What is kept:

* ``documents`` — each article's text and metadata, stored before its analysis;
* ``mentions`` — the events each document states (the extraction, replaced when the document
  changes);
* ``events`` — the merged happenings, recomputed from all mentions after every change (so the
  result does not depend on the order articles arrive in), with the bookkeeping that must
  survive a recomputation: ``sequence`` (raised on every material change), creation and change
  stamps, and the history of changes;
* ``corrections`` — editors' fixes, kept apart from extracted data and applied on top of it;
* ``withdrawn`` — tombstones of withdrawn articles: the events only they supported stay in the
  feeds as cancelled (``events.gone = 2``);
* ``meta`` — schema version, the store's last change stamp (for HTTP caching) and the domain
  of its calendar ``UID`` (:mod:`.domain`; version 5);
* ``search_events``, ``search_documents`` (SQLite FTS5) and ``event_documents`` — the full-text
  index, and ``event_rows``, ``event_facets``, ``facet_values`` — the facet index, kept in step
  by triggers (:mod:`.indexes`);
* ``mention_blocks`` — the incremental-merging index (:mod:`.blocks`);
* ``served`` — the event ids once served, pinned to their happening (:mod:`.pins`; version 6);
* ``event_sources``, ``event_members`` — each event's sources and members, a row each
  (:mod:`.sources`; version 7), with ``search_sources``, the full-text index of the sources.
"""

from __future__ import annotations

import json
import sqlite3

from ..errors import StoreError, StoreUnavailable
from .blocks import insert_blocks, regroup
from .connection import is_unwritable
from .domain import LEGACY_DOMAIN
from .indexes import rebuild_facets, rebuild_search
from .jobs import JOBS_SCHEMA
from .recompute import Recomputation
from .rows import event_from_row
from .sources import move_into_rows

SCHEMA_VERSION = 7
MIGRATABLE = (1, 2, 3, 4, 5, 6)  # older versions this one upgrades in place

# What the index triggers store for a shown event (``new``): its row and its own facet entries
# (those of its sources come with them: ``event_sources_insert``).
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
    FROM json_each(timeline_event_facets(new.data))
    WHERE new.gone = 0 AND new.hidden = 0;
"""
# The facet entries of the shown event's sources (when it starts or stops being shown).
_INDEX_SOURCES = """
    INSERT OR IGNORE INTO event_facets (kind, value_key, shown, event)
    SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'),
           json_extract(j.value, '$[2]'), new.id
    FROM event_sources s, json_each(timeline_source_facets(s.data)) j
    WHERE s.event = new.id AND new.gone = 0 AND new.hidden = 0;
"""
# The facet kinds an event's own row gives (the others come from its sources).
_OWN_KINDS = "('who', 'place', 'country', 'type', 'status', 'year')"

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
    INSERT INTO search_events (rowid, body) VALUES (new.rowid, timeline_event_text(new.data));
END;
CREATE TRIGGER IF NOT EXISTS events_search_update AFTER UPDATE OF data ON events BEGIN
    DELETE FROM search_events WHERE rowid = old.rowid;
    INSERT INTO search_events (rowid, body) VALUES (new.rowid, timeline_event_text(new.data));
END;
CREATE TRIGGER IF NOT EXISTS events_search_delete AFTER DELETE ON events BEGIN
    DELETE FROM search_events WHERE rowid = old.rowid;
    DELETE FROM event_sources WHERE event = old.id;
    DELETE FROM event_members WHERE event = old.id;
END;
-- An event's sources and members (schema version 7, :mod:`.sources`): a new report of a
-- happening is one row more of each. Each source is indexed on its own: its words in
-- search_sources (sharing its rowid), its document in event_documents, its facets.
CREATE TABLE IF NOT EXISTS event_sources (
    event TEXT NOT NULL,
    n INTEGER NOT NULL,
    document TEXT NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (event, n)
);
CREATE TABLE IF NOT EXISTS event_members (
    event TEXT NOT NULL,
    document TEXT NOT NULL,
    key TEXT NOT NULL,
    grp TEXT NOT NULL,
    quote_start INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS event_members_event
    ON event_members(event, document, key, grp, quote_start);
CREATE VIRTUAL TABLE IF NOT EXISTS search_sources USING fts5(body, tokenize='unicode61');
CREATE TRIGGER IF NOT EXISTS event_sources_insert AFTER INSERT ON event_sources BEGIN
    INSERT INTO search_sources (rowid, body) VALUES (new.rowid, timeline_source_text(new.data));
    INSERT OR IGNORE INTO event_documents (document, event) VALUES (new.document, new.event);
    INSERT OR IGNORE INTO event_facets (kind, value_key, shown, event)
    SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'),
           json_extract(j.value, '$[2]'), new.event
    FROM events e, json_each(timeline_source_facets(new.data)) j
    WHERE e.id = new.event AND e.gone = 0 AND e.hidden = 0;
END;
-- Sources are replaced all at once (:func:`.sources.write_sources`): their facets go with
-- the first, and the new ones bring theirs.
CREATE TRIGGER IF NOT EXISTS event_sources_delete AFTER DELETE ON event_sources BEGIN
    DELETE FROM search_sources WHERE rowid = old.rowid;
    DELETE FROM event_documents WHERE document = old.document AND event = old.event;
    DELETE FROM event_facets WHERE event = old.event AND kind NOT IN """
    + _OWN_KINDS
    + """;
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
    event TEXT,
    PRIMARY KEY (grp, token, period, document, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mention_blocks_document ON mention_blocks(document);
-- Served ids (schema version 6): an event id once served stays with its happening.
CREATE TABLE IF NOT EXISTS served (id TEXT PRIMARY KEY) WITHOUT ROWID;
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
-- The calendar's events alone, in order: the whole feed, and how many it holds.
CREATE INDEX IF NOT EXISTS event_rows_calendar ON event_rows(sort_key, event) WHERE calendar = 1;
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
-- An event shown or no longer shown, or moved in or out of the calendar: all its entries again
-- (those of its sources too); a new row alone changes only its own (events_index_data).
CREATE TRIGGER IF NOT EXISTS events_index_update
AFTER UPDATE OF id, calendar, gone, hidden ON events
WHEN old.id IS NOT new.id OR old.calendar IS NOT new.calendar OR old.gone IS NOT new.gone
    OR old.hidden IS NOT new.hidden BEGIN
    DELETE FROM event_rows WHERE event = old.id;
    DELETE FROM event_facets WHERE event = old.id;
"""
    + _INDEX_ROW
    + _INDEX_SOURCES
    + """
END;
-- A new row of a shown event (a new report, a recomputation): its own entries again.
CREATE TRIGGER IF NOT EXISTS events_index_data AFTER UPDATE OF data ON events BEGIN
    DELETE FROM event_rows WHERE event = old.id;
    DELETE FROM event_facets WHERE event = old.id AND kind IN """
    + _OWN_KINDS
    + """;
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
CREATE INDEX IF NOT EXISTS mentions_confidence
    ON mentions(event, coalesce(json_extract(data, '$.confidence'), 1.0));
CREATE INDEX IF NOT EXISTS events_ckey ON events(ckey);
-- Each block's events one after the other (version 7), however many reports each holds: the
-- event of each indexed mention follows the mention's.
CREATE INDEX IF NOT EXISTS mention_blocks_event ON mention_blocks(grp, token, period, event);
CREATE TRIGGER IF NOT EXISTS mentions_block_event AFTER UPDATE OF event ON mentions BEGIN
    UPDATE mention_blocks SET event = new.event WHERE document = new.document AND idx = new.idx;
END;
"""


# The triggers on ``events`` that an older version made otherwise.
_EVENT_TRIGGERS = (
    "events_index_insert",
    "events_index_update",
    "events_search_insert",
    "events_search_update",
    "events_search_delete",
)


class Schema(Recomputation):
    """Creating the schema of a new store and upgrading an older one."""

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
                # The index triggers of an older version write fewer columns and read the
                # sources from the event's row: SCHEMA makes them again, and the migration adds
                # the columns and moves the sources before anything fires them.
                for name in _EVENT_TRIGGERS:
                    conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            conn.executescript(SCHEMA)
            conn.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
            if version in MIGRATABLE:
                self._migrate(version)
            conn.executescript(SCHEMA_INDEXES)
            conn.executescript(JOBS_SCHEMA)  # bookkeeping of the server, at any version
        except sqlite3.DatabaseError as e:
            if is_unwritable(e) and self._memory is None:
                self._setup_read_only(e)
                return
            raise StoreError(f"{self.path!r} is not a Timeline store: {e}") from e

    def _setup_read_only(self, cause: sqlite3.Error | str) -> None:
        """Open a store that cannot be written for reading (``list``, ``export``, ``serve``);
        its writes then raise :class:`StoreUnavailable` naming it read-only.

        :raises StoreUnavailable: when it is not a store of this version (one that cannot be
            written cannot be created or upgraded either).
        """
        try:
            version = self._version(self._open_read_only())
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path!r} is not a Timeline store: {e}") from e
        if version != SCHEMA_VERSION:
            raise StoreUnavailable(
                f"store {self.path!r} cannot be written ({cause}) and has schema version "
                f"{version}; this Timeline needs {SCHEMA_VERSION} and cannot create or upgrade it"
            )

    def _migrate(self, version: int) -> None:
        """Upgrade an older store in place, in one transaction.

        Versions 1 and 2 did not link mentions to events: one full merge derives the links
        and everything after them. A version 3 store keeps its events as they are (ids,
        sequences, history, clusters — ``timeline reextract`` merges them again under the
        current rules): its mentions are indexed under version 4's blocking keys and its
        events' id groups derived from their rows, reading the store row by row. Every older
        store keeps ``timeline`` as the domain of its UIDs (version 5), and has every event id
        it holds pinned (version 6). Before version 7 each event's row held its sources and
        members as JSON lists: they become rows of their own (:mod:`.sources`).
        """
        with self.transaction() as tx:
            self._upgrade(tx, version)
            # Version 7 keeps the event of each indexed mention beside it.
            tx.execute(
                "UPDATE mention_blocks SET event = (SELECT m.event FROM mentions m"
                " WHERE m.document = mention_blocks.document AND m.idx = mention_blocks.idx)"
            )
            tx.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(SCHEMA_VERSION),))

    def _upgrade(self, tx: sqlite3.Connection, version: int) -> None:
        """The steps of :meth:`_migrate` that ``version`` needs."""
        # Before version 6 no store recorded which ids it served: pin them all, so that
        # a subscriber's UIDs keep naming their happenings.
        tx.execute("INSERT OR IGNORE INTO served (id) SELECT id FROM events")
        if "event" not in {r[1] for r in tx.execute("PRAGMA table_info(mention_blocks)")}:
            tx.execute("ALTER TABLE mention_blocks ADD COLUMN event TEXT")
        if "sources" in {r[1] for r in tx.execute("PRAGMA table_info(events)")}:
            move_into_rows(tx)
            rebuild_search(tx)
            rebuild_facets(tx)
        if version in (5, 6):
            return
        # Before version 5 every store's UIDs were <id>@timeline: keep them, so that
        # subscribers see no duplicates.
        tx.execute("INSERT OR IGNORE INTO meta VALUES ('uid_domain', ?)", (LEGACY_DOMAIN,))
        if version == 4:
            return
        if version == 1:
            # Version 1 had no search index: build it from the stored rows. Its sort keys
            # ("2022|") put a year after the days of that year.
            rebuild_search(tx)
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
            insert_blocks(tx, doc_id, idx, event_from_row(json.loads(data)))
        if version < 3:
            self._recompute(tx, self._touch(tx))
        else:
            regroup(tx)
        # Versions 1 and 2 had no facet index, version 3 no order of the past.
        rebuild_facets(tx)

    @staticmethod
    def _version(conn: sqlite3.Connection) -> int | None:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='meta'"
        ).fetchone()
        if not row:
            return None
        row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else None
