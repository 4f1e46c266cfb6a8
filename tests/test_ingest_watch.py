"""``timeline watch``: a real watcher on a temporary folder, and the settling of files."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

from ingestkit import article, count_documents, timeline_process

from timeline.watch import Settler


def wait_for(condition, what: str, timeout: float = 30.0):
    """Poll ``condition`` until it is true (returning its value) or the deadline passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def test_settler_waits_until_a_file_stops_growing(tmp_path):
    now = [100.0]
    settler = Settler(settle=1.0, clock=lambda: now[0])
    path = tmp_path / "a.txt"
    path.write_bytes(b"date 2025")
    settler.touch(str(path))
    assert settler.ready() == []  # first look: its size is noted
    now[0] += 0.6
    with open(path, "ab") as f:
        f.write(b"-10-01\n\n")  # still being written
    assert settler.ready() == []
    now[0] += 0.9
    assert settler.ready() == []  # 0.9 s since the last change
    now[0] += 0.2
    assert settler.ready() == [str(path)]
    assert settler.ready() == [] and len(settler) == 0
    gone = tmp_path / "gone.txt"
    gone.write_bytes(b"x")
    settler.touch(str(gone))
    gone.unlink()
    assert settler.ready() == [] and len(settler) == 0


def test_watch_ingests_new_changed_and_moved_in_files(tmp_path):
    folder, outside = tmp_path / "watched", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    (folder / "before.txt").write_text(article(1), encoding="utf-8")
    db = tmp_path / "t.db"
    log = tmp_path / "watch.log"
    with open(log, "w") as out, open(tmp_path / "watch.err", "w") as err:
        process = timeline_process(
            "--db", str(db), "watch", str(folder), "--settle", "0.5", stdout=out, stderr=err
        )
    try:
        lines = lambda: log.read_text(encoding="utf-8").splitlines()  # noqa: E731
        wait_for(
            lambda: any("added" in line and "before.txt" in line for line in lines()),
            "the file already there",
        )
        # Ignored: hidden, temporary and unsupported files.
        (folder / ".hidden.txt").write_text(article(2), encoding="utf-8")
        (folder / "download.txt.part").write_text(article(3), encoding="utf-8")
        (folder / "notes.txt~").write_text(article(4), encoding="utf-8")
        (folder / "scan.pdf").write_bytes(b"%PDF-1.7")
        # A file written in two steps is read once, whole.
        growing = folder / "sub" / "growing.txt"
        growing.parent.mkdir()
        text = article(5)
        with open(growing, "w", encoding="utf-8") as f:
            f.write(text[:40])
            f.flush()
            f.write(text[40:])
        wait_for(lambda: any("growing.txt" in line for line in lines()), "the new file")
        # Moved in from elsewhere, then an existing file changed.
        (outside / "moved.txt").write_text(article(6), encoding="utf-8")
        Path(outside / "moved.txt").rename(folder / "moved.txt")
        wait_for(lambda: any("moved.txt" in line for line in lines()), "the moved-in file")
        (folder / "before.txt").write_text(article(1, version=2), encoding="utf-8")
        wait_for(lambda: any(line.startswith("updated") for line in lines()), "the update")
        (folder / "broken.json").write_text("{", encoding="utf-8")
        wait_for(lambda: any("broken.json" in line for line in lines()), "the refusal")
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise
    assert process.returncode == 0
    err = (tmp_path / "watch.err").read_text(encoding="utf-8")
    assert "Stopped" in err and "Traceback" not in err
    logged = lines()
    assert [line.split()[0] for line in logged] == [
        "added",
        "added",
        "added",
        "updated",
        "refused",
    ], logged
    assert "broken.json: invalid JSON" in logged[-1]
    assert count_documents(db) == 3
    import sqlite3

    conn = sqlite3.connect(db)
    stored = conn.execute("SELECT text FROM documents WHERE source LIKE '%growing.txt'")
    assert stored.fetchone()[0] == text  # never the half-written file
    conn.close()
    assert not any(n in "\n".join(logged) for n in ("hidden", ".part", "notes", "scan.pdf"))
