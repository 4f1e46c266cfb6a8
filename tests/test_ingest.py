"""``timeline ingest`` and :mod:`timeline.ingest`: folders, stdin, URLs, parallel processes,
one transaction per article, summaries, and a store that survives contention."""

from __future__ import annotations

import io
import json
import sqlite3
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from helpers import run_cli as run
from ingestkit import article, write_articles

from timeline.errors import StoreError
from timeline.ingest import ingest_paths


def event_titles(db) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return sorted(
            json.loads(r[0])["title"] for r in conn.execute("SELECT data FROM events WHERE gone=0")
        )
    finally:
        conn.close()


def test_recursive_ingest_with_a_summary_and_reasons(capsys, tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, range(3))
    write_articles(folder / "deeper" / "still", range(3, 5))
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "secret.txt").write_text(article(9), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "records.json").write_text(
        json.dumps(
            [
                {
                    "title": "Kayıt",
                    "text": article(5).split("\n", 2)[2],
                    "published": "2025-09-05",
                    "url": "https://haber.example/5",
                },
                {"title": "Bozuk", "text": "Metin", "published": "31.02.2025"},
            ]
        ),
        encoding="utf-8",
    )
    db = str(tmp_path / "t.db")
    code, out, err = run(capsys, "--db", db, "ingest", str(folder))
    assert code == 0
    assert out.startswith("6 added, 0 updated, 0 unchanged, 2 refused;")
    assert "6 documents" in out
    assert "empty.txt: the file is empty" in err
    assert "records.json" in err and "record 2" in err and "31.02.2025" in err
    assert "secret" not in out + err
    code, out, _ = run(capsys, "--db", db, "ingest", str(folder))
    assert out.startswith("0 added, 0 updated, 6 unchanged, 2 refused;")


def test_a_changed_file_updates_its_events(capsys, tmp_path):
    db = str(tmp_path / "t.db")
    [path] = write_articles(tmp_path / "in", [4])
    run(capsys, "--db", db, "ingest", str(path))
    before = event_titles(db)
    path.write_text(article(4, version=2), encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "ingest", str(path))
    assert out.startswith("0 added, 1 updated")
    assert event_titles(db) == before  # the same fair, moved by a day
    code, out, _ = run(capsys, "--db", db, "export", "--format", "json")
    [event] = json.loads(out)["events"]
    assert event["date"] == "2025-11-06" and event["sequence"] == 1


def test_stdin_and_published_for_plain_text(capsys, tmp_path, monkeypatch):
    db = str(tmp_path / "t.db")
    plain = "Kitap fuarı yarın Konya şehrinde açılacak. Fuara yüz yayınevi katılacak.\r\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(plain.encode("cp1254"))))
    code, out, err = run(capsys, "--db", db, "ingest", "-")
    assert code == 1 and "<stdin>: no publication date" in err
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(plain.encode("cp1254"))))
    code, out, err = run(capsys, "--db", db, "ingest", "-", "--published", "2025-10-01")
    assert code == 0 and out.startswith("1 added")
    code, out, _ = run(capsys, "--db", db, "export", "--format", "json")
    [event] = json.loads(out)["events"]
    assert event["date"] == "2025-10-02" and event["location"] == "Konya"
    # The same text again, from anywhere: its content hash says it is stored already.
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(plain.encode("utf-8"))))
    code, out, _ = run(capsys, "--db", db, "ingest", "-", "--published", "2025-10-01")
    assert out.startswith("0 added, 0 updated, 1 unchanged")


def test_parallel_jobs_give_the_same_store(capsys, tmp_path):
    write_articles(tmp_path / "in", range(12))
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    code, out, _ = run(capsys, "--db", one, "ingest", str(tmp_path / "in"))
    assert out.startswith("12 added")
    code, out, err = run(capsys, "--db", two, "ingest", str(tmp_path / "in"), "--jobs", "3")
    assert code == 0 and out.startswith("12 added") and not err
    assert event_titles(two) == event_titles(one) and len(event_titles(one)) == 12


def test_progress_bar_on_request(capsys, tmp_path):
    write_articles(tmp_path / "in", range(3))
    (tmp_path / "in" / "bad.txt").write_bytes(bytes(range(1, 32)) * 30)
    code, out, err = run(
        capsys, "--db", str(tmp_path / "t.db"), "ingest", str(tmp_path / "in"), "--progress"
    )
    assert code == 0 and err.startswith("Ingesting")
    assert err.rstrip().endswith("bad.txt: binary data, not text")  # after the bar
    code, out, err = run(capsys, "--db", str(tmp_path / "t.db"), "ingest", str(tmp_path / "in"))
    assert "Ingesting" not in err  # not a terminal, not asked


def test_a_crash_on_one_article_refuses_that_article_only(tmp_path, monkeypatch, store):
    import timeline.ingest as ingest

    real = ingest.analyse

    def fragile(doc):
        if "(2)" in doc.title:
            raise RuntimeError("extractor bug")
        return real(doc)

    monkeypatch.setattr(ingest, "analyse", fragile)
    write_articles(tmp_path / "in", range(4))
    results = []
    summary = ingest_paths(store, [str(tmp_path / "in")], on_result=results.append)
    assert (summary.added, summary.refused) == (3, 1)
    assert "could not be analysed (RuntimeError: extractor bug)" in summary.refusals[0].reason
    assert store.stats()["documents"] == 3


def test_each_article_is_committed_on_its_own(tmp_path, store):
    """An interruption after some articles keeps them; the rerun stores the rest."""
    write_articles(tmp_path / "in", range(6))

    def interrupt_after_three(result):
        if store.stats()["documents"] == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest_paths(store, [str(tmp_path / "in")], on_result=interrupt_after_three)
    assert store.stats()["documents"] == 3
    summary = ingest_paths(store, [str(tmp_path / "in")])
    assert (summary.added, summary.unchanged) == (3, 3)
    assert store.stats() == {"documents": 6, "events": 6}


# ---------------------------------------------------------------------------------------------
# URLs


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Deneme Haber</title>
<item><title>Fuar tarihi açıklandı</title><link>https://haber.example/fuar</link>
  <description>Kitap fuarı 12 Kasım'da Konya şehrinde açılacak.</description>
  <pubDate>Mon, 20 Oct 2025 08:00:00 +0300</pubDate></item>
<item><title>Zirve</title><link>https://haber.example/zirve</link>
  <description>&lt;p&gt;Enerji zirvesi 3 Aralık'ta Bakü'de yapılacak.&lt;/p&gt;</description>
  <pubDate>Tue, 21 Oct 2025 09:30:00 +0300</pubDate></item>
</channel></rss>"""


class FeedServer:
    """A local server: ``/feed.xml`` (RSS), ``/slow`` (never answers in time), ``/huge``
    (a body over the limit), anything else 404."""

    def __init__(self):
        stop = self.stop = threading.Event()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                if self.path == "/feed.xml":
                    body = RSS.encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/rss+xml")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                elif self.path == "/slow":
                    stop.wait(5)
                elif self.path == "/huge":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/plain")
                    self.end_headers()
                    try:
                        for _ in range(64):
                            self.wfile.write(b"date 2025-01-01\n" + b"a" * 65536)
                    except OSError:
                        pass
                else:
                    self.send_error(404)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


def test_ingest_a_feed_url(capsys, tmp_path, monkeypatch):

    monkeypatch.setenv("TIMELINE_FETCH_TIMEOUT", "0.5")
    monkeypatch.setenv("TIMELINE_MAX_BYTES", "1MiB")
    db = str(tmp_path / "t.db")
    with FeedServer() as server:
        code, out, err = run(capsys, "--db", db, "ingest", f"{server.url}/feed.xml")
        assert code == 0 and out.startswith("2 added") and not err
        code, out, _ = run(capsys, "--db", db, "ingest", f"{server.url}/feed.xml")
        assert out.startswith("0 added, 0 updated, 2 unchanged")
        started = time.monotonic()
        code, out, err = run(
            capsys,
            "--db",
            db,
            "ingest",
            f"{server.url}/slow",
            f"{server.url}/huge",
            f"{server.url}/missing",
        )
    assert time.monotonic() - started < 4
    assert code == 1 and out.startswith("0 added, 0 updated, 0 unchanged, 3 refused")
    assert "/slow: cannot be fetched" in err and "timed out" in err
    assert "/huge: too large (over 1,048,576 bytes" in err
    assert "/missing: the server answered 404" in err
    code, out, _ = run(capsys, "--db", db, "export", "--format", "json")
    sources = {s["url"] for e in json.loads(out)["events"] for s in e["sources"]}
    assert sources == {"https://haber.example/fuar", "https://haber.example/zirve"}


# ---------------------------------------------------------------------------------------------
# A locked store


def test_a_transaction_waits_out_another_writer(tmp_path, monkeypatch):
    import timeline.store as store_module

    monkeypatch.setattr(store_module, "BUSY_TIMEOUT", 0.05)  # SQLite's own wait: short
    db = tmp_path / "t.db"
    store = store_module.Store(db)
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.6, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        with store.transaction() as conn:  # several busy timeouts pass before it gets in
            conn.execute("INSERT INTO meta VALUES ('probe', 'x')")
    finally:
        release.join()
        holder.close()
    assert store.connection.execute("SELECT value FROM meta WHERE key='probe'").fetchone()
    store.close()


def test_a_store_locked_for_good_is_reported_and_nothing_written(tmp_path, monkeypatch):
    import timeline.store as store_module

    monkeypatch.setattr(store_module, "BUSY_TIMEOUT", 0.01)
    monkeypatch.setattr(store_module, "BUSY_RETRIES", 2)
    db = tmp_path / "t.db"
    store = store_module.Store(db)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="stayed locked"), store.transaction() as conn:
            conn.execute("INSERT INTO meta VALUES ('probe', 'x')")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not store.connection.in_transaction
    assert store.connection.execute("SELECT 1 FROM meta WHERE key='probe'").fetchone() is None
    store.close()
