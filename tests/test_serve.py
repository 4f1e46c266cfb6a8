"""``timeline serve``: the production servers start, serve the feed, keep a client's connection
open across ``304`` answers (gunicorn) and stop cleanly on SIGTERM."""

from __future__ import annotations

import http.client
import signal
import socket
import subprocess
import time

import pytest
from helpers import SEEDS
from ingestkit import run_timeline, timeline_process


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[1]
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail("the server did not start listening")


@pytest.mark.parametrize("server", ["gunicorn", "waitress"])
def test_serve_answers_and_stops_cleanly(tmp_path, server):
    db = tmp_path / "t.db"
    assert run_timeline("--db", str(db), "ingest", str(SEEDS)).returncode == 0
    port = _free_port()
    process = timeline_process(
        "--db",
        str(db),
        "serve",
        "--port",
        str(port),
        "--server",
        server,
        "--threads",
        "2",
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait(port, process)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/calendar.ics")
        first = conn.getresponse()
        body = first.read().decode()
        assert first.status == 200 and "Tokayev" in body
        etag = first.getheader("ETag")
        for _ in range(3):
            conn.request("GET", "/calendar.ics", headers={"If-None-Match": etag})
            answer = conn.getresponse()
            answer.read()
            assert answer.status == 304
            if server == "gunicorn":  # the same connection stays open for the next poll
                assert (answer.getheader("Connection") or "").lower() != "close"
        sock = conn.sock
        if server == "gunicorn":
            assert sock is not None  # http.client kept (did not have to reopen) the socket
        conn.close()
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert f"with {server}" in out
