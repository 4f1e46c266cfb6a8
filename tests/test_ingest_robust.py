"""Never lose data: ingesters killed at random points, two ingesters and a server at once, and
arbitrary bytes through the whole ingest path."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
import urllib.request

from helpers import LiveServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingestkit import count_documents, run_timeline, timeline_process, write_articles

from timeline.documents import parse_items
from timeline.errors import InputError
from timeline.model import Document
from timeline.pipeline import analyse
from timeline.store.sources import sources_sql

ARTICLES = 100  # enough that four kills land before the end, however fast ingest is


def integrity(db) -> str:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def store_rows(db) -> tuple[list, list]:
    conn = sqlite3.connect(db, timeout=30)
    try:
        docs = conn.execute("SELECT id, sha FROM documents ORDER BY id").fetchall()
        events = conn.execute(
            f"SELECT id, data, {sources_sql('events.id')} FROM events WHERE gone=0 ORDER BY id"
        )
        return docs, events.fetchall()
    finally:
        conn.close()


def test_killed_ingests_keep_what_they_stored_and_a_rerun_completes(tmp_path):
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    folder = tmp_path / "in"
    write_articles(folder, range(ARTICLES))
    db = tmp_path / "t.db"
    stored = 0
    for round_ in range(4):
        jobs = "2" if round_ % 2 else "1"
        if stored >= ARTICLES - 10:
            break  # a fast machine stored most of them already: enough kills have landed
        target = min(stored + rng.randint(1, 15), ARTICLES - 10)
        process = timeline_process(
            "--db",
            str(db),
            "ingest",
            str(folder),
            "--jobs",
            jobs,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        # Kill once the store holds a random number of articles, at a random instant after.
        while count_documents(db) < target and process.poll() is None:
            assert time.monotonic() < deadline, f"seed {seed}: ingest made no progress"
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.05))
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        process.stderr.close()
        assert process.returncode == -signal.SIGKILL, f"seed {seed}: it ended before the kill"
        assert integrity(db) == "ok", f"seed {seed}, round {round_}"
        now = count_documents(db)
        assert now >= stored, f"seed {seed}: articles were lost ({stored} -> {now})"
        stored = now
    assert stored < ARTICLES
    rerun = timeline_process(
        "--db",
        str(db),
        "ingest",
        str(folder),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0 and not err, err
    assert f"{ARTICLES - stored} added, 0 updated, {stored} unchanged, 0 refused" in out
    assert count_documents(db) == ARTICLES and integrity(db) == "ok"
    # The events are those of one clean run: nothing half-merged survived a kill.
    clean = tmp_path / "clean.db"
    assert run_timeline("--db", str(clean), "ingest", str(folder)).returncode == 0
    assert store_rows(db)[0] == store_rows(clean)[0]
    assert [(i, d) for i, d, _ in store_rows(db)[1]] == [(i, d) for i, d, _ in store_rows(clean)[1]]


def test_two_ingesters_and_a_serving_process_at_once(tmp_path):
    from web import create_app

    folder_a, folder_b = tmp_path / "a", tmp_path / "b"
    write_articles(folder_a, range(0, 24))
    write_articles(folder_b, range(12, 36))  # twelve articles in both sets
    db = tmp_path / "t.db"
    app = create_app({"DATABASE": str(db), "API_TOKEN": "t"})
    statuses = []
    with LiveServer(app) as server:
        ingesters = [
            timeline_process(
                "--db",
                str(db),
                "ingest",
                str(folder),
                "--jobs",
                "1",
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for folder in (folder_a, folder_b)
        ]
        while any(p.poll() is None for p in ingesters) or len(statuses) < 8:
            for path in ("/api/events", "/calendar.ics", "/healthz", "/"):
                with urllib.request.urlopen(server.url + path, timeout=60) as response:
                    statuses.append(response.status)
        outputs = [p.communicate(timeout=120) for p in ingesters]
    for process, (out, err) in zip(ingesters, outputs, strict=True):
        assert process.returncode == 0, err
        assert err == "" and "locked" not in out
        assert "24 refused" not in out and ", 0 refused;" in out
    assert set(statuses) == {200}
    assert count_documents(db) == 36 and integrity(db) == "ok"
    docs, events = store_rows(db)
    assert len(events) == 36


# ---------------------------------------------------------------------------------------------
# Arbitrary bytes


SUFFIXES = st.sampled_from(["", ".txt", ".html", ".json", ".jsonl", ".xml", ".rss", ".md"])
HEADERS = st.sampled_from(
    [
        b"",
        b"date 2025-10-01\n\n",
        "Yayın Tarihi: 01.10.2025 10:00\n".encode(),
        b"<html><head><meta name='date' content='2025-10-01'></head><body>",
        b'{"published": "2025-10-01", "text": "',
        b"\xef\xbb\xbf",
        b"\xff\xfe",
    ]
)
TEXTS = st.text(alphabet=st.characters(codec="utf-8"), max_size=400)
ENCODINGS = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1254", "latin-1"])
PAYLOADS = st.one_of(
    st.binary(max_size=600),
    st.builds(lambda h, t, e: h + t.encode(e, "replace"), HEADERS, TEXTS, ENCODINGS),
)


@settings(max_examples=300, deadline=None)
@given(data=PAYLOADS, suffix=SUFFIXES)
def test_arbitrary_bytes_give_articles_or_a_reason(data, suffix):
    try:
        items = parse_items(data, "fuzz", suffix=suffix)
    except InputError as e:
        assert e.message.startswith("fuzz")
        return
    for item in items:
        assert isinstance(item, Document | InputError)
        if isinstance(item, Document):
            analyse(item)  # never raises


CONTENT_TYPES = st.sampled_from(
    [
        "application/json",
        "text/plain",
        "text/html",
        "application/rss+xml",
        "application/x-ndjson",
        "multipart/form-data; boundary=xyz",
        "application/pdf",
        "",
        "text/plain; charset=utf-16",
    ]
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=PAYLOADS, content_type=CONTENT_TYPES)
def test_arbitrary_uploads_never_give_a_500(store, data, content_type):
    from web import create_app

    client = create_app(
        {"TESTING": True, "DATABASE": store.path, "API_TOKEN": "t", "UPLOAD_MAX_BYTES": 512}
    ).test_client()
    r = client.post(
        "/api/documents",
        data=data,
        content_type=content_type,
        headers={"Authorization": "Bearer t"},
    )
    assert r.status_code in (200, 201, 400, 413, 415), (r.status_code, r.get_data()[:300])
    assert r.is_json and (r.status_code >= 400) == ("error" in r.json)
