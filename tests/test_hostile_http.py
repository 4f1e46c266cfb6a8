"""Hostile clients against the real servers of ``timeline serve`` (gunicorn, waitress) and
nginx in front of them with ``deploy/nginx-timeline.conf``: chunked uploads over the limit or
with a malformed chunk size, and sockets that never finish their headers. Raw sockets on
127.0.0.1, bounded in count and time; no server logs a traceback."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from helpers import ROOT, require
from ingestkit import cli_env, count_documents

TOKEN = "hostile-token"
LIMIT = 64 * 1024
SERVERS = ["gunicorn", "waitress"]
SLOW_SOCKETS = 40


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_listening(port: int, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"nothing listened on {port}: {log.read_text()}")


def wait_answering(port: int, process: subprocess.Popen, log: Path) -> None:
    """Until ``/healthz`` answers: gunicorn listens before its workers have booted."""
    wait_listening(port, process, log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        try:
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.1)
        finally:
            conn.close()
    pytest.fail(f"/healthz did not answer: {log.read_text()}")


@contextmanager
def serving(tmp_path: Path, server: str, upload_limit: int = LIMIT):
    """``timeline serve --server SERVER`` on a free port, as ``make run`` starts it (the
    write API on, a small upload limit); its log checked for tracebacks when it stops."""
    db = tmp_path / f"{server}.db"
    port = free_port()
    log = tmp_path / f"{server}.log"
    with open(log, "w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "timeline", "--db", str(db), "serve", "--port", str(port)]
            + ["--server", server],
            cwd=ROOT,
            env=cli_env(TIMELINE_TOKEN=TOKEN, TIMELINE_UPLOAD_MAX_BYTES=str(upload_limit)),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_answering(port, process, log)
        yield port, db
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    text = log.read_text()
    assert "Traceback" not in text, text


def records(count: int) -> bytes:
    return json.dumps(
        [
            {
                "title": f"Fuar {i}",
                "published": "2025-10-20T09:00+03:00",
                "text": f"Kitap fuarı {1 + i % 27} Kasım'da Konya'da açılacak ({i}).",
                "url": f"https://haber.example/{i}",
            }
            for i in range(count)
        ]
    ).encode()


def post_chunked(port: int, chunks: list[bytes], raw_tail: bytes = b"") -> tuple[int, bytes]:
    """POST /api/documents with ``Transfer-Encoding: chunked`` written by hand: the status
    and the start of the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
        s.sendall(
            b"POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + f"Authorization: Bearer {TOKEN}\r\n".encode()
            + b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        try:
            for chunk in chunks:
                s.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            s.sendall(raw_tail or b"0\r\n\r\n")
        except OSError:
            pass  # the server may answer 413 and close before the end of a large body
        answer = b""
        while b"\r\n\r\n" not in answer and len(answer) < 65536:
            data = s.recv(65536)
            if not data:
                break
            answer += data
    status = int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/1.") else 0
    return status, answer


def pieces(data: bytes, size: int = 8192) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


@pytest.mark.parametrize("server", SERVERS)
def test_a_chunked_upload_over_the_limit_is_413_and_stores_nothing(tmp_path, server):
    big = records(800)
    assert len(big) > LIMIT
    small = records(3)
    with serving(tmp_path, server) as (port, db):
        status, answer = post_chunked(port, pieces(big))
        assert status == 413, answer[:300]
        assert count_documents(db) == 0
        status, answer = post_chunked(port, pieces(small, 100))  # under the limit: stored
        assert status == 201, answer[:300]
        assert count_documents(db) == 3


@pytest.mark.parametrize("server", SERVERS)
@pytest.mark.parametrize(
    "tail",
    [b"zz\r\nabc\r\n0\r\n\r\n", b"-5\r\nabc\r\n0\r\n\r\n", b"3\r\nabcXX0\r\n\r\n"],
    ids=["not-hex", "negative", "no-terminator"],
)
def test_a_malformed_chunked_body_is_400(tmp_path, server, tail):
    with serving(tmp_path, server) as (port, db):
        status, answer = post_chunked(port, [], raw_tail=tail)
        assert status == 400, answer[:300]
        assert count_documents(db) == 0


# ---------------------------------------------------------------------------------------------
# Slow clients


@contextmanager
def stalled_sockets(port: int, count: int = SLOW_SOCKETS):
    """``count`` connections that send a request line and never finish the headers."""
    with ExitStack() as stack:
        for _ in range(count):
            s = stack.enter_context(socket.create_connection(("127.0.0.1", port), timeout=5))
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        yield


def healthz_times(port: int, seconds: float) -> list[float]:
    """Ask ``/healthz`` (a new connection each time) for ``seconds``: how long each took."""
    times = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        started = time.monotonic()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        try:
            conn.request("GET", "/healthz")
            response = conn.getresponse()
            assert response.status == 200 and json.loads(response.read())["ok"]
        except (TimeoutError, OSError) as e:
            pytest.fail(f"/healthz did not answer within 2 s: {e!r}")
        finally:
            conn.close()
        times.append(time.monotonic() - started)
        time.sleep(0.1)
    return times


@pytest.mark.parametrize("server", SERVERS)
def test_forty_stalled_sockets_do_not_stop_healthz(tmp_path, server):
    with serving(tmp_path, server) as (port, _):
        with stalled_sockets(port):
            times = healthz_times(port, 7.0)  # past the header timeout too
    assert len(times) >= 10 and max(times) < 2.0, times


# ---------------------------------------------------------------------------------------------
# nginx in front (the production set-up)


NGINX_MAIN = """daemon off;
master_process on;
worker_processes 1;
%(user)s
pid %(dir)s/nginx.pid;
error_log %(dir)s/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path %(dir)s/body;
    proxy_temp_path %(dir)s/proxy;
    fastcgi_temp_path %(dir)s/fastcgi;
    uwsgi_temp_path %(dir)s/uwsgi;
    scgi_temp_path %(dir)s/scgi;
    include %(dir)s/timeline.conf;
}
"""


@contextmanager
def nginx_in_front(tmp_path: Path, app_port: int):
    """Debian's nginx on a free port with ``deploy/nginx-timeline.conf`` (its upstream and
    listen address pointed at the test's ports), in the foreground, stopped after."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    require(Path(binary).exists(), "nginx", "apt-get install nginx")
    folder = tmp_path / "nginx"
    folder.mkdir()
    port = free_port()
    conf = (ROOT / "deploy" / "nginx-timeline.conf").read_text(encoding="utf-8")
    assert "server 127.0.0.1:8000;" in conf and "listen 80;" in conf
    conf = conf.replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{app_port};")
    conf = conf.replace("listen 80;", f"listen 127.0.0.1:{port};")
    (folder / "timeline.conf").write_text(conf, encoding="utf-8")
    user = "user root;" if os.geteuid() == 0 else ""
    (folder / "nginx.conf").write_text(NGINX_MAIN % {"dir": folder, "user": user})
    log = folder / "error.log"
    log.touch()
    with open(folder / "stderr.log", "w") as err:
        process = subprocess.Popen(
            [binary, "-c", str(folder / "nginx.conf"), "-p", str(folder)],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    try:
        wait_listening(port, process, folder / "stderr.log")
        yield port
    finally:
        process.send_signal(signal.SIGQUIT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    assert "[emerg]" not in log.read_text() and "[crit]" not in log.read_text()


def test_nginx_in_front_buffers_slow_clients_and_refuses_large_bodies(tmp_path):
    with serving(tmp_path, "gunicorn", upload_limit=2 * 1024 * 1024) as (app_port, db):
        with nginx_in_front(tmp_path, app_port) as port:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("GET", "/calendar.ics")
            first = conn.getresponse()
            first.read()
            assert first.status == 200 and first.getheader("ETag")
            conn.request("GET", "/calendar.ics", headers={"If-None-Match": first.getheader("ETag")})
            again = conn.getresponse()
            again.read()
            assert again.status == 304
            conn.close()
            with stalled_sockets(port):
                times = healthz_times(port, 3.0)
            assert max(times) < 2.0, times
            # Over nginx's client_max_body_size (2 MiB), chunked: 413 from nginx, nothing stored.
            big = records(30_000)
            assert len(big) > 2 * 1024 * 1024
            status, _ = post_chunked(port, pieces(big, 65536))
            assert status == 413 and count_documents(db) == 0
            status, answer = post_chunked(port, pieces(records(2), 50))
            assert status == 201, answer[:300]
            assert count_documents(db) == 2
