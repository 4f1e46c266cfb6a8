"""Helpers shared by the tests (imported as ``helpers``; ``tests/`` is on the path)."""

from __future__ import annotations

import os
import re
import shutil
import socket
import sqlite3
import threading
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _shared_dir() -> Path:
    """``../shared`` beside the checkout (one level further up from a git worktree under
    ``wt/``); ``TIMELINE_SHARED`` overrides both."""
    candidates = [ROOT.parent / "shared", ROOT.parent.parent / "shared"]
    if os.environ.get("TIMELINE_SHARED"):
        candidates.insert(0, Path(os.environ["TIMELINE_SHARED"]))
    return next((p for p in candidates if p.is_dir()), candidates[0])


SHARED = _shared_dir()
TODAY = "2025-10-30"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(available: bool, what: str, how: str) -> None:
    """Skip (loudly) when a tool for real-client tests is missing; in CI, fail instead."""
    if available:
        return
    message = f"{what} is not available ({how})"
    if IN_CI:
        pytest.fail(f"CI=true and {message}")
    print(f"\n*** SKIPPING: {message} ***")
    pytest.skip(f"*** {message} ***")


# The flags the shared page-check tool uses: no background traffic on this closed network.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    for candidate in (
        os.environ.get("CHROMIUM"),
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def shared_tool(name: str) -> Path | None:
    path = SHARED / "tools" / name
    return path if path.exists() else None


def ics_check_tool() -> Path:
    """The shared ``ics-check`` tool, with the Node.js its ical.js parser needs (a missing one
    fails in CI and skips elsewhere, as :func:`require` says)."""
    tool = shared_tool("ics-check")
    require(tool is not None, "shared/tools/ics-check", "run from a checkout beside shared/")
    require(
        shutil.which("node") is not None,
        "Node.js (for ical.js in ics-check)",
        "install nodejs and npm",
    )
    assert tool is not None
    return tool


def ingest(store, paths, published=None):
    from timeline.pipeline import analyse_file

    analyses = [a for p in paths for a in analyse_file(str(p), published=published)]
    return store.add_analyses(analyses)


class LiveServer:
    """The app served by waitress in a background thread on 127.0.0.1."""

    def __init__(self, app):
        import waitress

        # Port 0: the system picks a free port at bind time (no race with other processes).
        self.server = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
        self.port = self.server.effective_port
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("live server did not start")

    def __exit__(self, *exc):
        from waitress import wasyncore

        # Close every socket from inside the server's own loop (closing them from this thread
        # can break a select() in progress there); with its map empty, the loop ends.
        self.server.task_dispatcher.shutdown()
        try:
            self.server.trigger.pull_trigger(lambda: wasyncore.close_all(self.server._map))
        except OSError:  # the trigger's pipe is already closed: the loop has ended or is ending
            wasyncore.close_all(self.server._map)
        self.thread.join(timeout=10)


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    """Run ``timeline ARGS…`` in-process: ``(exit code, stdout, stderr)``."""
    from timeline.cli import main

    try:
        main(list(args))
        code = 0
    except SystemExit as e:
        code = e.code or 0
    out, err = capsys.readouterr()
    return code, out, err


def hand_analysis(key: str, published: str, text: str, **event):
    """A document and one event built by hand (independent of the extractor), stored through
    ``Store.add_analyses``."""
    from timeline.documents import parse_text
    from timeline.model import Event
    from timeline.pipeline import Analysis

    doc = parse_text(
        text,
        f"hand/{key}.txt",
        key=f"hand:{key}",
        published=datetime.fromisoformat(published),
        url=f"https://ajans.example/{key}",
        outlet="Ajans Örnek",
    )
    fields = dict(
        granularity="day", type="meeting", status="planned", quote=text.strip(), calendar=True
    )
    fields.update(event)
    return Analysis(doc, [], [Event(**fields)])


# ---------------------------------------------------------------------------------------------
# Query plans


@contextmanager
def statements(store):
    """The SQL statements run on the store's connection (this thread) inside the block."""
    seen: list[str] = []
    conn = store.connection
    conn.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        conn.set_trace_callback(None)


def plan(conn: sqlite3.Connection, sql: str) -> list[str]:
    return [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]


def full_scans(conn: sqlite3.Connection, sql: str, tables: tuple[str, ...]) -> list[str]:
    """The plan lines of ``sql`` that read a whole one of ``tables`` (aliases resolved)."""
    aliases = {t: t for t in tables}
    for table, alias in re.findall(r"\b(" + "|".join(tables) + r")\s+(?:AS\s+)?(\w+)", sql):
        if alias.upper() not in ("ON", "WHERE", "JOIN", "ORDER", "GROUP", "LIMIT", "USING"):
            aliases[alias] = table
    # A partial index holds only the rows its WHERE names (e.g. withdrawn events): reading it
    # all is not reading the table.
    partial = {
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='index' AND sql LIKE '% WHERE %'"
        )
    }
    out = []
    for line in plan(conn, sql):
        m = re.match(r"SCAN (\w+)(?: USING (?:COVERING )?INDEX (\w+))?", line)
        if not m or m.group(1) not in aliases or m.group(2) in partial:
            continue
        # FTS5 names its plan in the index string: "=" a rowid, "M" a match, "" everything.
        virtual = re.search(r"VIRTUAL TABLE INDEX \d+:(\S*)", line)
        if virtual is None or not virtual.group(1):
            out.append(line)
    return out
