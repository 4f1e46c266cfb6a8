"""An event's sources and members as rows of their own (schema version 7,
timeline.store.sources): a new report of a happening costs the same whatever its number
(issue 18, point 6), and a version 6 store is upgraded in place."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta

from helpers import hand_analysis

from timeline.pipeline import Analysis
from timeline.store import SCHEMA_VERSION, Store, blocks
from timeline.store.sources import members_sql, sources_sql

START = datetime.fromisoformat("2026-03-02T08:00:00+03:00")
OUTLETS = ("Ajans Örnek", "Gazete Deneme", "Haber Sınama")


def report(n: int):
    """The ``n``-th article reporting one summit, each from its own document and outlet."""
    analysis = hand_analysis(
        f"zirve-{n}",
        (START + timedelta(minutes=11 * n)).isoformat(),
        f"Güney Limanları Zirvesi 20 Nisan'da İzmir'de toplanacak ({n}. haber).",
        date="2026-04-20",
        title="Güney Limanları Zirvesi",
        type="summit",
        location="İzmir",
        country="Türkiye",
    )
    document = replace(analysis.document, outlet=OUTLETS[n % len(OUTLETS)])
    return Analysis(document, analysis.timexes, analysis.events)


@contextmanager
def work(store: Store):
    """What SQLite does for the writes inside the block: the statements run (triggers
    included) and the virtual machine's steps, counted in hundreds (progress callbacks)."""
    seen: list[str] = []
    steps = [0]

    def step() -> int:
        steps[0] += 1
        return 0

    conn = store.connection
    conn.set_trace_callback(seen.append)
    conn.set_progress_handler(step, 100)
    try:
        yield seen, steps
    finally:
        conn.set_trace_callback(None)
        conn.set_progress_handler(None, 0)


def _append_work(store: Store, n: int) -> tuple[int, int]:
    """Statements and hundreds of VM steps of storing report ``n``."""
    with work(store) as (seen, steps):
        store.add_analyses([report(n)])
    return len(seen), steps[0]


def test_a_report_costs_the_same_at_the_10th_and_the_200th(tmp_path, monkeypatch):
    # Past FEW_REPORTS stored reports a happening's blocks are read event by event: from the
    # 5th on here, so that the 10th and the 200th are read the same way.
    monkeypatch.setattr(blocks, "FEW_REPORTS", 4)
    first = 11
    store = Store(tmp_path / "t.db")
    for n in range(1, first):
        store.add_analyses([report(n)])
    statements_10, steps_10 = _append_work(store, first)
    for n in range(first + 1, 201):
        store.add_analyses([report(n)])
    statements_200, steps_200 = _append_work(store, 201)
    (event,) = store.events()
    assert len(event.sources) == 201
    assert "sources-201" in event.event.confidence_reasons
    assert statements_200 == statements_10
    # An O(N) step (a JSON list of every source, a facet row per source, a scan of the
    # reports) would take about 20 times as many steps at the 200th report as at the 10th.
    assert steps_200 <= steps_10 * 1.1, (steps_10, steps_200)


def test_few_stored_reports_are_read_at_once_and_many_event_by_event(tmp_path, monkeypatch):
    """Both ways of reading a happening's blocks find the same event."""
    found = []
    for few in (blocks.FEW_REPORTS, 2):
        monkeypatch.setattr(blocks, "FEW_REPORTS", few)
        store = Store(tmp_path / f"few-{few}.db")
        for n in range(1, 7):
            store.add_analyses([report(n)])
        found.append([(e.id, [s.document for s in e.sources]) for e in store.events()])
    assert found[0] == found[1] and len(found[0]) == 1 and len(found[0][0][1]) == 6


def test_appended_sources_are_read_back_in_order_and_indexed(tmp_path):
    store = Store(tmp_path / "t.db")
    for n in range(1, 6):
        store.add_analyses([report(n)])
    (event,) = store.events()
    assert [s.document for s in event.sources] == [report(n).document.id for n in range(1, 6)]
    # Each source's outlet is searchable and a facet of the event.
    assert store.search("Sınama") == {event.id}
    for outlet in OUTLETS:
        outlets = store.connection.execute(
            "SELECT shown FROM event_facets WHERE kind='outlet' AND event=?", (event.id,)
        )
        assert outlet in {r[0] for r in outlets}
    # The events of a document are found through its source row.
    assert [e.id for e in store.document_events(report(3).document.id)] == [event.id]


def _as_version_6(path) -> None:
    """Turn a store into what version 6 kept: each event's sources and members as JSON lists
    in its own row, no tables for them."""
    conn = sqlite3.connect(path)
    triggers = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name IN ('events', 'mentions')"
    ).fetchall()
    for (name,) in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    for index in ("mention_blocks_event", "mentions_confidence"):
        conn.execute(f"DROP INDEX {index}")
    conn.execute("ALTER TABLE mention_blocks DROP COLUMN event")
    conn.execute("ALTER TABLE events ADD COLUMN sources TEXT NOT NULL DEFAULT '[]'")
    conn.execute(
        f"UPDATE events SET sources = {sources_sql('events.id')},"
        f" data = json_set(data, '$.members', json({members_sql('events.id')}))"
    )
    for table in ("event_sources", "event_members", "search_sources"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("UPDATE meta SET value='6' WHERE key='schema_version'")
    conn.commit()
    conn.close()


def _rows(store: Store) -> list[tuple]:
    return store.connection.execute(
        f"SELECT id, data, {sources_sql('events.id')}, {members_sql('events.id')}, sequence"
        " FROM events ORDER BY id"
    ).fetchall()


def test_a_version_6_store_is_upgraded_with_sources_in_rows(tmp_path):
    path = tmp_path / "v6.db"
    store = Store(path)
    for n in range(1, 5):
        store.add_analyses([report(n)])
    rows, events = _rows(store), store.events()
    found = store.search("Deneme")
    store.close()
    _as_version_6(path)
    upgraded = Store(path)
    conn = upgraded.connection
    version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0]
    assert version == str(SCHEMA_VERSION) == "7"
    assert "sources" not in {r[1] for r in conn.execute("PRAGMA table_info(events)")}
    assert _rows(upgraded) == rows
    assert upgraded.events() == events
    assert upgraded.search("Deneme") == found
    # It goes on appending.
    upgraded.add_analyses([report(5)])
    (event,) = upgraded.events()
    assert len(event.sources) == 5
