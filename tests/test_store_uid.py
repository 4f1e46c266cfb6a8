"""The domain of calendar UIDs: the deployment's own, fixed in the store once, and
``timeline`` for stores made before it existed (timeline.store.domain)."""

from __future__ import annotations

import json
import socket
import sqlite3

import pytest
from helpers import run_cli
from icalendar import Calendar

from timeline.store import SCHEMA_VERSION, Store


def uids(capsys, db, *args: str) -> set[str]:
    """The UIDs of the whole feed ``timeline export`` writes, checked against the JSON's."""
    code, out, err = run_cli(capsys, "--db", str(db), "export", *args)
    assert code == 0, err
    found = {str(e["UID"]) for e in Calendar.from_ical(out).walk("VEVENT")}
    code, out, err = run_cli(capsys, "--db", str(db), "export", "--format", "json", *args)
    assert code == 0, err
    assert found <= {e["uid"] for e in json.loads(out)["events"]}
    return found


def ingest(capsys, db, seed_paths) -> None:
    code, _, err = run_cli(capsys, "--db", str(db), "ingest", *seed_paths)
    assert code == 0, err


@pytest.fixture(autouse=True)
def no_base_url(monkeypatch):
    monkeypatch.delenv("TIMELINE_BASE_URL", raising=False)
    monkeypatch.setattr(socket, "gethostname", lambda: "Build_Box.local")


def test_the_domain_is_fixed_by_the_first_base_url(tmp_path, capsys, seed_paths, monkeypatch):
    db = tmp_path / "t.db"
    monkeypatch.setenv("TIMELINE_BASE_URL", "https://Takvim.Example.org/site")
    ingest(capsys, db, seed_paths)
    first = uids(capsys, db)
    assert first and all(u.endswith("@takvim.example.org") for u in first)
    monkeypatch.setenv("TIMELINE_BASE_URL", "https://moved.example.net")
    assert uids(capsys, db) == first
    assert uids(capsys, db, "--base-url", "http://127.0.0.1:9000") == first


@pytest.mark.parametrize("command", ["export", "ingest"])
def test_without_a_base_url_the_host_name_is_fixed_when_shown(
    tmp_path, capsys, seed_paths, monkeypatch, command
):
    db = tmp_path / "t.db"
    ingest(capsys, db, seed_paths)  # ingesting without a base URL fixes nothing yet
    assert (
        Store(db).connection.execute("SELECT * FROM meta WHERE key='uid_domain'").fetchall() == []
    )
    first = uids(capsys, db)  # exporting shows UIDs: the host name is fixed
    assert first and all(u.endswith("@build-box.local") for u in first)
    monkeypatch.setenv("TIMELINE_BASE_URL", "https://later.example.org")
    if command == "ingest":
        ingest(capsys, db, seed_paths)
    assert uids(capsys, db) == first


def test_a_base_url_at_ingest_comes_before_the_host_name(tmp_path, capsys, seed_paths, monkeypatch):
    db = tmp_path / "t.db"
    ingest(capsys, db, seed_paths[:1])
    monkeypatch.setenv("TIMELINE_BASE_URL", "https://news.example.org")
    ingest(capsys, db, seed_paths)
    monkeypatch.delenv("TIMELINE_BASE_URL")
    assert {u.partition("@")[2] for u in uids(capsys, db)} == {"news.example.org"}


def test_a_store_older_than_the_domain_keeps_timeline(tmp_path, capsys, seed_paths, monkeypatch):
    db = tmp_path / "old.db"
    ingest(capsys, db, seed_paths)
    conn = sqlite3.connect(db)  # as version 4 left it: no domain recorded
    conn.execute("UPDATE meta SET value='4' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    monkeypatch.setenv("TIMELINE_BASE_URL", "https://new.example.org")
    found = uids(capsys, db)
    assert found and {u.partition("@")[2] for u in found} == {"timeline"}
    meta = dict(Store(db).connection.execute("SELECT key, value FROM meta"))
    assert meta["uid_domain"] == "timeline" and meta["schema_version"] == str(SCHEMA_VERSION)
