"""A store that cannot be written (disk full, read-only file) is the server's failure, never
the articles': ``ingest`` stops with a non-zero exit naming the cause, the write API and the
corrections route answer 507, and a read-only store still opens for reading."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from helpers import hand_analysis, ingest
from helpers import run_cli as run

from timeline.errors import StoreError, StoreUnavailable
from timeline.ingest import ingest_paths
from timeline.store import Store

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def fill(store: Store) -> None:
    """Let the store's file grow no more (this thread's connection) and use up its free
    room: a full disk."""
    conn = store.connection
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    for size in (4096, 512, 64, 8):
        n = 0
        while True:
            try:
                conn.execute("INSERT INTO meta VALUES (?, zeroblob(?))", (f"fill{size}-{n}", size))
            except sqlite3.OperationalError:
                break
            n += 1


def big(n: int):
    """An article too large for a store that cannot grow."""
    text = f"Toplantı {n}: " + " ".join(f"Kelime{n}x{i} söylendi." for i in range(4000))
    return hand_analysis(
        f"big{n}", "2025-10-20T09:00:00+03:00", text, date="2025-11-20", title=f"T{n}"
    )


def test_a_full_store_raises_store_unavailable_and_keeps_what_it_had(store):
    store.add_analyses([big(1)])
    before = store.stats()
    fill(store)
    with pytest.raises(StoreUnavailable, match="database or disk is full") as caught:
        store.add_analyses([big(2)])
    assert (
        isinstance(caught.value, StoreError) and caught.value.reason == "database or disk is full"
    )
    assert store.stats() == before  # nothing half-written


def test_ingest_into_a_full_store_fails_and_blames_no_article(store, seed_paths):
    fill(store)
    results = []
    with pytest.raises(StoreUnavailable, match="database or disk is full"):
        ingest_paths(store, seed_paths, on_result=results.append)
    assert results == []  # no article was refused for the store's failure


def test_the_ingest_command_exits_non_zero_naming_the_cause(capsys, tmp_path, monkeypatch):
    opened = Store.__init__

    def full(self, *args, **kwargs):
        opened(self, *args, **kwargs)
        fill(self)

    monkeypatch.setattr(Store, "__init__", full)
    code, out, err = run(capsys, "--db", str(tmp_path / "t.db"), "ingest", "seeds")
    assert code != 0
    assert "database or disk is full" in err and "cannot be written" in err
    assert "refused" not in err + out


@pytest.fixture
def full_api(store, seed_paths):
    from web import create_app

    ingest(store, seed_paths)
    app = create_app({"TESTING": True, "DATABASE": store.path, "API_TOKEN": TOKEN})
    client = app.test_client()
    fill(app.extensions["timeline.store"])  # the test client runs in this thread
    return client, app.extensions["timeline.store"]


def test_the_write_api_answers_507_on_a_full_store(full_api):
    client, store = full_api
    record = {"title": "Zirve", "published": "2025-10-20T09:00:00+03:00", "url": "https://e.x/1"}
    record["text"] = " ".join(f"Zirve {i} Kasım'da Ankara'da yapılacak." for i in range(3000))
    r = client.post("/api/documents", json=record, headers=AUTH)
    assert r.status_code == 507, r.json
    assert r.json["ok"] is False and "database or disk is full" in r.json["error"]
    assert store.path not in r.json["error"]  # no server path in an answer
    event = store.events()[0].id
    r = client.post(
        f"/api/events/{event}/corrections",
        json={
            "action": "edit",
            "fields": {"participants": [f"Katılımcı Adı {i} " + "x" * 150 for i in range(45)]},
        },
        headers=AUTH,
    )
    assert r.status_code == 507, r.json
    assert client.get("/api/events").status_code == 200  # reads go on


@pytest.fixture
def read_only_db(store, seed_paths):
    ingest(store, seed_paths)
    store.close()
    db = Path(store.path)
    db.chmod(0o444)
    yield str(db)
    db.chmod(0o644)


def test_a_read_only_store_opens_for_reading(capsys, read_only_db, seed_paths):
    shown = len(Store(read_only_db).events())
    assert shown > 0
    code, out, err = run(capsys, "--db", read_only_db, "list")
    assert code == 0 and len(out.strip().splitlines()) == shown, err
    code, out, err = run(capsys, "--db", read_only_db, "export", "--format", "json")
    assert code == 0 and len(json.loads(out)["events"]) == shown, err
    code, out, err = run(capsys, "--db", read_only_db, "ingest", *seed_paths)
    assert code != 0
    assert "read-only" in err and "not a Timeline store" not in err and "refused" not in err


def test_the_app_reads_a_read_only_store_and_answers_507_to_writes(read_only_db):
    from web import create_app

    app = create_app({"TESTING": True, "DATABASE": read_only_db, "API_TOKEN": TOKEN})
    client = app.test_client()
    assert client.get("/").status_code == 200
    events = client.get("/api/events")
    assert events.status_code == 200 and events.json
    record = {"title": "Zirve", "published": "2025-10-20T09:00:00+03:00", "text": "Zirve yarın."}
    r = client.post("/api/documents", json=record, headers=AUTH)
    assert r.status_code == 507 and "read-only" in r.json["error"]
    event = app.extensions["timeline.store"].events()[0].id
    r = client.post(f"/api/events/{event}/corrections", json={"action": "hide"}, headers=AUTH)
    assert r.status_code == 507 and "read-only" in r.json["error"]
