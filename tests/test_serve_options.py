"""``timeline serve --access-log`` (off by default) and the progress bars of the long
commands (``reextract``, ``publish``), as ``ingest`` has."""

from __future__ import annotations

import http.client
import signal
import subprocess

import pytest
from helpers import SEEDS, run_cli
from ingestkit import run_timeline, timeline_process
from test_serve import _free_port, _wait


def _serve_and_ask(db, server: str, *extra: str) -> str:
    """Serve ``db``, ask for a filtered feed, stop; the server's stderr."""
    port = _free_port()
    process = timeline_process(
        "--db", str(db), "serve", "--port", str(port), "--server", server,
        "--threads", "2", "--workers", "1", *extra,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        _wait(port, process)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/calendar.ics?who=Tokayev", headers={"User-Agent": "ajanda/1.0"})
        assert conn.getresponse().read()
        conn.close()
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    return err


@pytest.mark.parametrize("server", ["gunicorn", "waitress"])
def test_access_log_is_off_by_default_and_written_on_request(tmp_path, server):
    db = tmp_path / "t.db"
    assert run_timeline("--db", str(db), "ingest", str(SEEDS)).returncode == 0
    assert "GET /calendar.ics" not in _serve_and_ask(db, server)
    log = tmp_path / "logs" / "access.log"
    log.parent.mkdir()
    _serve_and_ask(db, server, "--access-log", str(log))
    lines = log.read_text().splitlines()
    assert len(lines) == 1
    assert '"GET /calendar.ics?who=Tokayev HTTP/1.1" 200 ' in lines[0]
    assert lines[0].startswith("127.0.0.1 ") and lines[0].endswith('"ajanda/1.0"')


def test_access_log_that_cannot_be_written_is_refused_before_serving(tmp_path, capsys):
    code, _out, err = run_cli(
        capsys, "--db", str(tmp_path / "t.db"), "serve", "--access-log", str(tmp_path / "no/x")
    )
    assert code == 2 and "--access-log" in err


def test_reextract_and_publish_show_a_progress_bar_on_request(tmp_path, capsys, seeded_store):
    db = str(seeded_store.path)
    code, out, err = run_cli(capsys, "--db", db, "reextract", "--progress")
    assert code == 0 and err.startswith("Re-extracting") and "documents analysed again" in out
    code, out, err = run_cli(capsys, "--db", db, "reextract")
    assert code == 0 and "Re-extracting" not in err  # not a terminal, not asked
    site = str(tmp_path / "site")
    args = ("--db", db, "publish", site, "--base-url", "https://olay.example")
    code, out, err = run_cli(capsys, *args, "--progress")
    assert code == 0 and err.startswith("Publishing") and "written" in out
    code, out, err = run_cli(capsys, *args)
    assert code == 0 and "Publishing" not in err
