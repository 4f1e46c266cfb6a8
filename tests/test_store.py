"""The SQLite store: idempotent ingest, stable identities, change tracking, corrections."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers import ingest

from timeline.errors import NotFound, StoreError
from timeline.store import SCHEMA_VERSION, Store


def test_wal_and_schema(store):
    mode = store.connection.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    version = store.connection.execute("SELECT value FROM meta WHERE key='schema_version'")
    assert version.fetchone()[0] == str(SCHEMA_VERSION)


def test_ingesting_twice_changes_nothing(store, seed_paths, monkeypatch):
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-30T10:00:00+00:00")
    first = ingest(store, seed_paths)
    assert first == {"added": 2, "updated": 0, "unchanged": 0}
    snapshot = [e.to_json() for e in store.events()]
    stamp = store.changed_at()
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-31T10:00:00+00:00")
    second = ingest(store, seed_paths)
    assert second == {"added": 0, "updated": 0, "unchanged": 2}
    assert [e.to_json() for e in store.events()] == snapshot
    assert store.changed_at() == stamp


def test_ids_do_not_depend_on_arrival_order(tmp_path, seed_paths):
    a, b = Store(tmp_path / "a.db"), Store(tmp_path / "b.db")
    ingest(a, seed_paths)
    for p in reversed(seed_paths):
        ingest(b, [p])
    ids_a = {(e.id, e.event.date, len(e.sources)) for e in a.events()}
    ids_b = {(e.id, e.event.date, len(e.sources)) for e in b.events()}
    assert ids_a == ids_b
    assert len(ids_a) == 5


def test_identity_survives_a_new_source(tmp_path, seed_paths):
    s = Store(tmp_path / "s.db")
    ingest(s, [seed_paths[0]])
    visit = next(e for e in s.events() if e.event.type == "visit")
    ingest(s, [seed_paths[1]])
    again = s.event(visit.id)
    assert len(again.sources) == 2
    assert again.sequence == visit.sequence  # a new source is not a material change


def test_same_content_under_another_path_is_the_same_article(tmp_path, seed_paths, store):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(Path(seed_paths[0]).read_bytes())
    ingest(store, [seed_paths[0]])
    assert ingest(store, [copy]) == {"added": 0, "updated": 0, "unchanged": 1}


def test_changed_article_updates_its_events(tmp_path, store, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text(
        "date 2025-10-01\n\nZirve\nAstana'da zirve 12 Kasım'da düzenlenecek.\n", encoding="utf-8"
    )
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-01T08:00:00+00:00")
    ingest(store, [article])
    (event,) = [e for e in store.events() if e.event.calendar]
    assert event.event.date == "2025-11-12" and event.sequence == 0
    article.write_text(
        "date 2025-10-01\n\nZirve\nAstana'da zirve 12 Kasım'da düzenlenecek. Zirve iptal edildi.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-02T08:00:00+00:00")
    assert ingest(store, [article])["updated"] == 1
    after = store.event(event.id)
    assert after.event.status == "cancelled"
    assert after.sequence == 1
    assert after.updated > event.updated
    assert after.history[-1]["changes"]["status"] == {"from": "planned", "to": "cancelled"}


def test_writes_within_one_second_keep_the_real_time(store, seed_paths, monkeypatch):
    # Every write raises the revision (what caches and ETags compare); the time stays the
    # clock's, never pushed ahead to keep writes apart.
    now = "2025-10-30T10:00:00+00:00"
    monkeypatch.setenv("TIMELINE_NOW", now)
    revisions = [store.revision()]
    for path in seed_paths:  # every write at the same frozen instant
        ingest(store, [path])
        revisions.append(store.revision())
        assert store.changed_at() == datetime.fromisoformat(now)
    assert revisions == list(range(revisions[0], revisions[0] + len(seed_paths) + 1))
    assert all(e.updated <= datetime.fromisoformat(now) for e in store.events())
    ingest(store, seed_paths)  # nothing new: nothing changes
    assert store.revision() == revisions[-1]
    assert store.changed_at().microsecond == 0


def test_change_time_follows_the_clock(store, seed_paths, monkeypatch):
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-30T10:00:00.750+00:00")
    ingest(store, [seed_paths[0]])
    assert store.changed_at() == datetime(2025, 10, 30, 10, tzinfo=UTC)  # whole seconds
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-30T11:30:00+00:00")
    ingest(store, [seed_paths[1]])
    assert store.changed_at() == datetime(2025, 10, 30, 11, 30, tzinfo=UTC)


def test_unknown_ids(seeded_store):
    with pytest.raises(NotFound, match="does not exist"):
        seeded_store.event("nope")
    with pytest.raises(NotFound, match="does not exist"):
        seeded_store.document("nope")


def test_not_a_store(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a Timeline store"):
        Store(bad)


def test_other_schema_version(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('schema_version', '99')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="schema version 99"):
        Store(path)


def test_missing_folder(tmp_path):
    with pytest.raises(StoreError, match="folder"):
        Store(tmp_path / "no" / "such" / "t.db")


def test_corrections_survive_reingestion(seeded_store, seed_paths, tmp_path):
    visit = next(e for e in seeded_store.events() if e.event.type == "visit")
    seeded_store.add_correction(visit.id, "edit", {"title": "Tokayev Moskova'da"})
    summit = next(e for e in seeded_store.events() if e.event.date == "2026-08-12")
    seeded_store.add_correction(summit.id, "hide")
    assert seeded_store.event(visit.id).event.title == "Tokayev Moskova'da"
    assert seeded_store.event(visit.id).edited
    assert all(e.id != summit.id for e in seeded_store.events())
    # Re-ingesting (even a changed copy of an article) keeps the corrections.
    changed = tmp_path / "changed.txt"
    changed.write_text(
        Path(seed_paths[1]).read_text(encoding="utf-8") + "\nEk paragraf.\n", encoding="utf-8"
    )
    ingest(seeded_store, [changed])
    assert seeded_store.event(visit.id).event.title == "Tokayev Moskova'da"
    assert all(e.id != summit.id for e in seeded_store.events())
    seeded_store.add_correction(summit.id, "show")
    assert seeded_store.event(summit.id).event.title == "7. Hazar Ülkeleri Zirvesi"


def test_merge_and_split_corrections(seeded_store):
    events = {e.event.date: e for e in seeded_store.events()}
    meeting, visit = events["2025-10-22"], events["2025-11-12"]
    seeded_store.add_correction(meeting.id, "merge", {"into": visit.id})
    ids = {e.id for e in seeded_store.events()}
    assert meeting.id not in ids and visit.id in ids
    merged = seeded_store.event(visit.id)
    assert len(merged.sources) == 2
    doc = merged.sources[0].document
    seeded_store.add_correction(visit.id, "split", {"document": doc})
    assert len(seeded_store.events()) == 5


def test_correction_of_unknown_event(seeded_store):
    with pytest.raises(NotFound):
        seeded_store.add_correction("nope", "hide")
