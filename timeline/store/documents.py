"""Documents and withdrawals: storing analysed articles, re-analyses, withdrawing one.

Each write is one transaction that stores the documents and their mentions, advances the
change stamp and recomputes the events they touch (:mod:`.recompute`). Ingesting the same
article twice changes nothing, not even the change stamp.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any, Protocol

from .. import clock
from ..errors import NotFound
from ..events.identity import GONE_WITHDRAWN
from ..model import Document, Event
from .blocks import events_of_document, insert_blocks
from .recompute import Recomputation
from .rows import DOCUMENT_COLUMNS, document_from_row, event_row, timex_row


class Analysis(Protocol):
    """What the store keeps of an analysis (:class:`timeline.pipeline.Analysis`)."""

    @property
    def document(self) -> Document: ...
    @property
    def timexes(self) -> list[Any]: ...
    @property
    def events(self) -> list[Event]: ...


class Documents(Recomputation):
    """Writing and reading the stored articles."""

    def add_analyses(self, analyses: Iterable[Analysis]) -> dict[str, int]:
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
                    touched |= events_of_document(conn, row[0])
                    conn.execute("DELETE FROM documents WHERE id=?", (row[0],))
                    stored.discard(row[0])
                self._insert_document(conn, analysis)
                stored.add(doc.id)
            if counts["added"] or counts["updated"]:
                stamp = self._touch(conn)
                self._recompute(conn, stamp, documents=stored, events=touched)
        return counts

    def _insert_document(self, conn: sqlite3.Connection, analysis: Analysis) -> None:
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
                json.dumps([timex_row(t) for t in analysis.timexes], ensure_ascii=False),
                clock.now().isoformat(),
            ),
        )
        for idx, event in enumerate(analysis.events):
            conn.execute(
                "INSERT INTO mentions (document, idx, data) VALUES (?,?,?)",
                (doc.id, idx, json.dumps(event_row(event), ensure_ascii=False)),
            )
            insert_blocks(conn, doc.id, idx, event)

    def stored_documents(self) -> list[Document]:
        """Every stored article as a :class:`~timeline.model.Document`, to analyse it again."""
        rows = self.connection.execute(
            f"SELECT {DOCUMENT_COLUMNS} FROM documents ORDER BY published, id"
        ).fetchall()
        return [document_from_row(row) for row in rows]

    def replace_analyses(self, analyses: Iterable[Analysis]) -> dict[str, int]:
        """Store new analyses of stored documents (after the extractor changed) and recompute
        the events, in one transaction. Corrections and served (pinned) event ids are kept.

        :return: counts of ``documents`` re-analysed and ``changed`` ones (new timexes or
            events).
        """
        counts = {"documents": 0, "changed": 0}
        with self.transaction() as conn:
            for analysis in analyses:
                doc = analysis.document
                counts["documents"] += 1
                timexes = json.dumps([timex_row(t) for t in analysis.timexes], ensure_ascii=False)
                rows = [json.dumps(event_row(e), ensure_ascii=False) for e in analysis.events]
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
                    insert_blocks(conn, doc.id, idx, event)
            if counts["changed"]:
                stamp = self._touch(conn)
                self._recompute(conn, stamp)
        return counts

    def documents(self) -> list[dict[str, Any]]:
        """Every document's metadata (no text), newest first."""
        rows = self.connection.execute(
            "SELECT id, source, title, published, url, outlet FROM documents"
            " ORDER BY published DESC, id"
        ).fetchall()
        keys = ("id", "source", "title", "published", "url", "outlet")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def document(self, doc_id: str) -> dict[str, Any]:
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

    def withdraw_document(self, doc_id: str) -> dict[str, Any]:
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
            touched = events_of_document(conn, doc_id)
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
