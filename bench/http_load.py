"""Benchmark HTTP under load: ``wrk`` against ``timeline serve`` and, as the ceiling, nginx.

    .venv/bin/python bench/http_load.py [--events 1000] [--duration 10] [--connections 64]
                                   [--threads 4,8,16] [--profile feed_304] [--json PATH]

Builds a store of ``--events`` events (``bench/feed.py``'s synthetic store), starts the
production server exactly as ``make run`` does (``python -m timeline --db STORE serve``:
waitress with the command's default thread count, or each of ``--threads 4,8,16`` to compare),
and runs ``wrk`` (Debian's package) from another process on 127.0.0.1, bounded in time
(``--duration`` seconds) and connections (``--connections``), on:

* ``/calendar.ics`` whole feed, gzip (``Accept-Encoding: gzip``);
* ``/calendar.ics`` conditional, ``If-None-Match`` with the feed's ETag: ``304``;
* ``/calendar.ics?where=Astana`` (a filtered feed, an eighth of the events), gzip;
* ``/`` (the page) and ``/api/events``.

In the same run, nginx (Debian's, started here with its own configuration in a temporary
folder, in the foreground, stopped after) serves the same feed bytes as a static file
(``gzip_static``: the same gzip body) for the gzip and ``304`` cases: the ceiling. A wrk Lua
script sends the headers and counts the status codes, so a run that answers ``200`` where a
``304`` was meant is seen. Prints requests/s, p50/p99 latency and the ratio to nginx, checks
the targets (``304`` ≥ 1,000 req/s with p99 < 50 ms; whole feed ≥ 100 req/s) and writes JSON
(``bench/results/http.json`` unless ``--json``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from email.message import Message
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, table, write_results  # noqa: E402

ENV = {"TIMELINE_TODAY": "2025-10-30", **os.environ}  # the environment's own day wins
TARGETS = {"feed_304": (1000.0, 50.0), "feed_gzip": (100.0, None)}
LUA = """-- written by bench/http.py: send the headers, count the status codes
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) counts = {} end
%(headers)s
function response(status, headers, body) counts[status] = (counts[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("counts")) do total[k] = (total[k] or 0) + v end
  end
  for k, v in pairs(total) do io.write(string.format("status %%d %%d\\n", k, v)) end
end
"""
NGINX_CONF = """daemon off;
master_process on;
worker_processes %(workers)s;
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
    sendfile on;
    server {
        listen 127.0.0.1:%(port)d;
        root %(dir)s/www;
        location / { default_type text/calendar; gzip_static on; }
    }
}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int, proc: subprocess.Popen, what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"{what} exited ({proc.returncode}) before listening")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"{what} did not listen on port {port} within {timeout} s")


def stop(proc: subprocess.Popen) -> None:
    """Stop a server this bench started (SIGTERM, then SIGKILL)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def fetch(url: str, headers: dict | None = None) -> tuple[int, Message, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, b""


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _ms(text: str) -> float:
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    return float(m.group(1)) * _UNITS[m.group(2)] if m else float("nan")


def parse_wrk(out: str) -> dict:
    """Requests/s, p50/p99 latency (ms), requests, errors and status counts from wrk's output."""
    result: dict = {"statuses": {}}
    if m := re.search(r"Requests/sec:\s+([\d.]+)", out):
        result["rps"] = round(float(m.group(1)), 1)
    for pct in ("50", "99"):
        if m := re.search(rf"^\s+{pct}(?:\.000)?%\s+(\S+)", out, re.M):
            result[f"p{pct}_ms"] = round(_ms(m.group(1)), 2)
    if m := re.search(r"(\d+) requests in", out):
        result["requests"] = int(m.group(1))
    if m := re.search(r"Socket errors: (.*)", out):
        result["socket_errors"] = m.group(1).strip()
    for status, count in re.findall(r"^status (\d+) (\d+)$", out, re.M):
        result["statuses"][status] = int(count)
    return result


def run_wrk(
    url: str, headers: dict, duration: float, connections: int, folder: Path, name: str
) -> dict:
    """One bounded wrk run (two wrk threads, ``connections`` connections)."""
    # JSON string literals are Lua string literals too (an ETag holds double quotes).
    lines = "\n".join(f"wrk.headers[{json.dumps(k)}] = {json.dumps(v)}" for k, v in headers.items())
    script = folder / f"{name}.lua"
    script.write_text(LUA % {"headers": lines}, encoding="utf-8")
    cmd = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{max(1, round(duration))}s",
        "--latency",
        "--timeout",
        "10s",
        "-s",
        str(script),
        url,
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 60)
    if proc.returncode != 0:
        raise SystemExit(f"wrk failed: {proc.stderr or proc.stdout}")
    return parse_wrk(proc.stdout)


def nginx(folder: Path, feed_gz: bytes, feed: bytes) -> tuple[subprocess.Popen, int]:
    """Start Debian's nginx in the foreground on a free port, serving the feed's bytes."""
    www = folder / "www"
    www.mkdir(parents=True)
    (www / "calendar.ics").write_bytes(feed)
    (www / "calendar.ics.gz").write_bytes(feed_gz)
    for path in (folder, www, *www.iterdir()):
        path.chmod(0o755 if path.is_dir() else 0o644)
    port = free_port()
    conf = folder / "nginx.conf"
    conf.write_text(
        NGINX_CONF
        % {
            "dir": folder,
            "port": port,
            "workers": os.cpu_count() or 1,
            "user": "user root;" if os.geteuid() == 0 else "",
        },
        encoding="utf-8",
    )
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    proc = subprocess.Popen(
        [binary, "-c", str(conf), "-p", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    wait_for(port, proc, "nginx")
    return proc, port


def serve(db: Path, threads: int | None) -> tuple[subprocess.Popen, int]:
    """``python -m timeline --db DB serve`` as ``make run`` starts it, on a free port."""
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "timeline",
        "--db",
        str(db),
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ] + (["--threads", str(threads)] if threads else [])
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_for(port, proc, "timeline serve")
    return proc, port


def scenarios(base: str, etag_gz: str) -> list[tuple[str, str, dict, int]]:
    gz = {"Accept-Encoding": "gzip"}
    return [
        ("feed_gzip", f"{base}/calendar.ics", gz, 200),
        ("feed_304", f"{base}/calendar.ics", {**gz, "If-None-Match": etag_gz}, 304),
        ("feed_filtered", f"{base}/calendar.ics?where=Astana", gz, 200),
        ("page", f"{base}/", gz, 200),
        ("api_events", f"{base}/api/events", gz, 200),
    ]


def summarise_profile(raw: Path, top: int = 12) -> dict:
    """Self and inclusive shares of the frames in py-spy's collapsed stacks (``--format raw``)."""
    own: dict[str, int] = {}
    inclusive: dict[str, int] = {}
    total = 0
    for line in raw.read_text(encoding="utf-8").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = [f for f in stack.split(";") if not f.startswith("process ")]
        n = int(count)
        total += n
        if frames:
            own[frames[-1]] = own.get(frames[-1], 0) + n
        for frame in set(frames):
            inclusive[frame] = inclusive.get(frame, 0) + n

    def share(d: dict[str, int]) -> list[tuple[str, float]]:
        ranked = sorted(d.items(), key=lambda kv: -kv[1])[:top]
        return [(frame, round(100 * n / total, 1)) for frame, n in ranked]

    return {"samples": total, "self": share(own), "inclusive": share(inclusive)}


def profiled(pid: int, seconds: float, folder: Path, name: str):
    """Start ``py-spy record`` on the server for ``seconds``; a function that waits for it
    and returns the summary (None when py-spy is missing)."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists():
        print("  (py-spy not found: pip install py-spy)")
        return lambda: None
    raw = folder / f"{name}.profile.txt"
    proc = subprocess.Popen(
        [
            spy,
            "record",
            "--pid",
            str(pid),
            "--duration",
            str(max(1, int(seconds))),
            "--rate",
            "250",
            "--format",
            "raw",
            "--output",
            str(raw),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def finish():
        proc.wait(timeout=seconds + 60)
        return summarise_profile(raw) if raw.exists() else None

    return finish


def measure(
    db: Path,
    folder: Path,
    threads: int | None,
    duration: float,
    connections: int,
    ceiling: dict,
    profile: str = "",
) -> list[dict]:
    """Every scenario against one ``timeline serve``; the nginx ceiling filled in once."""
    server, port = serve(db, threads)
    rows = []
    try:
        base = f"http://127.0.0.1:{port}"
        status, headers, body = fetch(f"{base}/calendar.ics", {"Accept-Encoding": "gzip"})
        if status != 200:
            raise SystemExit(f"/calendar.ics answered {status}")
        etag = headers["ETag"]
        if not ceiling:
            feed = gzip.decompress(body) if headers.get("Content-Encoding") == "gzip" else body
            ngx, ngx_port = nginx(folder / "nginx", gzip.compress(feed, mtime=0), feed)
            try:
                url = f"http://127.0.0.1:{ngx_port}/calendar.ics"
                _, ngx_headers, _ = fetch(url, {"Accept-Encoding": "gzip"})
                gz = {"Accept-Encoding": "gzip"}
                ceiling["feed_gzip"] = run_wrk(url, gz, duration, connections, folder, "nginx_gzip")
                ceiling["feed_304"] = run_wrk(
                    url,
                    {**gz, "If-None-Match": ngx_headers["ETag"]},
                    duration,
                    connections,
                    folder,
                    "nginx_304",
                )
                ceiling["feed_bytes"] = len(feed)
            finally:
                stop(ngx)
        for name, url, hdrs, expected in scenarios(base, etag):
            fetch(url, hdrs)  # render once: the load measures the served (cached) answer
            finish = profiled(server.pid, duration, folder, name) if name == profile else None
            r = run_wrk(url, hdrs, duration, connections, folder, name)
            if finish and (summary := finish()):
                r["profile"] = summary
                print(f"  profile of the server during {name} ({summary['samples']} samples)")
                for kind in ("self", "inclusive"):
                    print(f"    {kind}:")
                    for frame, pct in summary[kind]:
                        print(f"      {pct:5.1f}%  {frame[:110]}")
            r.update(
                scenario=name,
                threads=threads or "default",
                expected=expected,
                ok_statuses=r["statuses"].get(str(expected), 0),
            )
            if name in ceiling:
                r["nginx_rps"] = ceiling[name].get("rps")
                r["nginx_p99_ms"] = ceiling[name].get("p99_ms")
                if r.get("rps") and r["nginx_rps"]:
                    r["ratio_to_nginx"] = round(r["rps"] / r["nginx_rps"], 3)
            if name in TARGETS:
                rps, p99 = TARGETS[name]
                r["target"] = f"≥{rps:,.0f}/s" + (f", p99<{p99:.0f} ms" if p99 else "")
                r["meets_target"] = bool(
                    r.get("rps", 0) >= rps
                    and (p99 is None or r.get("p99_ms", 1e9) < p99)
                    and r["ok_statuses"] == r.get("requests")
                )
            rows.append(r)
            print(
                f"  {name:<14} {r.get('rps', 0):>9,.1f} req/s  p50 {r.get('p50_ms')} ms  "
                f"p99 {r.get('p99_ms')} ms  statuses {r['statuses']}",
                flush=True,
            )
    finally:
        stop(server)
    return rows


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000, help="events in the store")
    parser.add_argument("--duration", type=float, default=10, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument(
        "--threads",
        default="",
        help="waitress threads to compare, e.g. 4,8,16 (default: serve's own)",
    )
    parser.add_argument(
        "--profile",
        default="",
        metavar="SCENARIO",
        help="record the server with py-spy during this run (e.g. feed_304)",
    )
    parser.add_argument("--json", help="results file (default bench/results/http.json)")
    args = parser.parse_args(argv)
    for tool in ("wrk", "nginx"):
        if not (shutil.which(tool) or Path(f"/usr/sbin/{tool}").exists()):
            raise SystemExit(f"{tool} is missing: apt-get install wrk nginx")

    folder = Path(tempfile.mkdtemp(prefix="timeline-bench-http-"))
    try:
        db = folder / "timeline.db"
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "bench" / "feed.py"),
                "--events",
                str(args.events),
                "--build",
                str(db),
            ],
            check=True,
            env=ENV,
        )
        ceiling: dict = {}
        rows = []
        for threads in [int(t) for t in args.threads.split(",") if t.strip()] or [None]:
            print(
                f"timeline serve ({threads or 'default'} threads), {args.events:,} events, "
                f"{args.connections} connections, {args.duration:g} s per run",
                flush=True,
            )
            rows += measure(
                db, folder, threads, args.duration, args.connections, ceiling, args.profile
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(
        f"nginx (static file, gzip_static): gzip {ceiling['feed_gzip'].get('rps')} req/s, "
        f"304 {ceiling['feed_304'].get('rps')} req/s"
    )
    print(
        table(
            rows,
            [
                ("threads", "threads"),
                ("scenario", "request"),
                ("rps", "req/s"),
                ("p50_ms", "p50 ms"),
                ("p99_ms", "p99 ms"),
                ("nginx_rps", "nginx req/s"),
                ("ratio_to_nginx", "÷ nginx"),
                ("target", "target"),
                ("meets_target", "met"),
            ],
        )
    )
    result = {
        "events": args.events,
        "duration_s": args.duration,
        "connections": args.connections,
        "nginx": ceiling,
        "runs": rows,
    }
    print(f"results: {write_results('http', result, args.json)}")
    return result


if __name__ == "__main__":
    main()
