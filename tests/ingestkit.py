"""Articles written for the ingestion tests, and helpers to run ``timeline`` as a process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from helpers import ROOT, TODAY

CITIES = (
    "Ankara",
    "İzmir",
    "Bursa",
    "Konya",
    "Antalya",
    "Trabzon",
    "Kayseri",
    "Eskişehir",
    "Samsun",
    "Erzurum",
)


def article(i: int, version: int = 1) -> str:
    """The ``i``-th test article (a book fair announced in a city); another ``version`` of it
    moves the fair by a day."""
    city = CITIES[i % len(CITIES)]
    day = 1 + (i + version - 1) % 27
    return (
        f"date 2025-09-{1 + i % 28:02d}\n\n"
        f"{city} kitap fuarı için tarih belli oldu ({i})\n"
        f"{i}. {city} Kitap Fuarı {day} Kasım'da {city} şehrinde açılacak. "
        f"Fuara bu yıl {100 + i} yayınevi katılacak ve {i + 3} gün sürecek.\n"
    )


def write_articles(folder: Path, indexes, version: int = 1) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in indexes:
        path = folder / f"article_{i:03d}.txt"
        path.write_text(article(i, version), encoding="utf-8")
        paths.append(path)
    return paths


def cli_env(**extra: str) -> dict[str, str]:
    """The environment of a ``timeline`` subprocess: the tests' fixed day, this checkout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMELINE_")}
    env.update(TIMELINE_TODAY=TODAY, PYTHONPATH=str(ROOT), **extra)
    return env


def timeline_process(*args: str, **popen) -> subprocess.Popen:
    """Start ``python -m timeline ARGS…`` in its own process group (to kill it with its
    workers)."""
    return subprocess.Popen(
        [sys.executable, "-m", "timeline", *args],
        cwd=ROOT,
        env=cli_env(),
        start_new_session=True,
        **popen,
    )


def count_documents(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not created yet
        return 0
    finally:
        conn.close()


def run_timeline(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run ``python -m timeline ARGS…`` to its end: ``(returncode, stdout, stderr)``."""
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        cwd=ROOT,
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
