"""Background jobs of the write API: large uploads stored after the answer (``jobs`` table).

A job holds the upload itself until it ends, and its progress: how many of its items are
handled (``position``), the counts so far and the first listed articles. A worker claims the
oldest queued job — or a running one whose worker stopped renewing its lease (a server killed
or restarted mid-job) — and resumes it from its position: articles stored before the stop are
stored already, and those handled after the last saved position are found ``unchanged``.

The table is created when the store opens (``CREATE TABLE IF NOT EXISTS``): it is bookkeeping
of the serving process, not part of the schema version.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from typing import Any

from .. import clock
from .connection import Connections

JOBS_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    source TEXT NOT NULL,
    suffix TEXT NOT NULL,
    body BLOB,
    items INTEGER NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    counts TEXT NOT NULL DEFAULT '{}',
    listed TEXT NOT NULL DEFAULT '[]',
    error TEXT,
    created TEXT NOT NULL,
    started TEXT,
    finished TEXT,
    lease REAL NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS jobs_waiting ON jobs(status, created) WHERE status IN
    ('queued', 'running');
"""

JOB_STATUSES = ("queued", "running", "done", "failed")
ENDED = ("done", "failed")
_SHOWN = "id, status, source, items, position, counts, listed, error, created, started, finished"


def _shown(row: tuple) -> dict[str, Any]:
    """A job as its readers see it (without the upload)."""
    keys = [k.strip() for k in _SHOWN.split(",")]
    job = dict(zip(keys, row, strict=True))
    job["counts"] = json.loads(job["counts"])
    job["listed"] = json.loads(job["listed"])
    return job


class Jobs(Connections):
    """Creating, claiming and recording background jobs."""

    def add_job(self, body: bytes, source: str, suffix: str, items: int) -> str:
        """Queue a job that stores the articles of ``body`` (read as a ``suffix`` file named
        ``source``); its id."""
        job_id = secrets.token_hex(16)
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO jobs (id, status, source, suffix, body, items, created)"
                " VALUES (?, 'queued', ?, ?, ?, ?, ?)",
                (job_id, source, suffix, body, items, clock.now().isoformat()),
            )
        return job_id

    def job(self, job_id: str) -> dict[str, Any] | None:
        """A job's status and progress (None when there is no such job)."""
        try:
            row = self.connection.execute(
                f"SELECT {_SHOWN} FROM jobs WHERE id=?", (job_id,)
            ).fetchone()
        except sqlite3.OperationalError:  # a read-only store made before jobs existed
            return None
        return _shown(row) if row else None

    def claim_job(self, lease: float) -> dict[str, Any] | None:
        """Take the oldest job waiting — queued, or running under an expired lease — and
        hold it for ``lease`` seconds (renewed by :meth:`save_job`): the job with its upload
        (``body``, ``suffix``), or None when none waits."""
        now = time.time()
        with self.transaction() as conn:
            row = conn.execute(
                f"SELECT {_SHOWN}, body, suffix FROM jobs"
                " WHERE status='queued' OR (status='running' AND lease < ?)"
                " ORDER BY created, id LIMIT 1",
                (now,),
            ).fetchone()
            if row is None:
                return None
            conn.execute(
                "UPDATE jobs SET status='running', lease=?, started=coalesce(started, ?)"
                " WHERE id=?",
                (now + lease, clock.now().isoformat(), row[0]),
            )
        job = _shown(row[:-2])
        job.update(status="running", body=row[-2], suffix=row[-1])
        return job

    def save_job(
        self,
        job_id: str,
        position: int,
        counts: dict[str, int],
        listed: list[dict],
        lease: float,
        *,
        status: str = "running",
        error: str | None = None,
    ) -> None:
        """Record a job's progress and renew its lease; an ended job (``done``, ``failed``)
        drops its upload."""
        ended = status in ENDED
        with self.transaction() as conn:
            conn.execute(
                "UPDATE jobs SET status=?, position=?, counts=?, listed=?, error=?, lease=?,"
                " finished=?, body=CASE WHEN ? THEN NULL ELSE body END WHERE id=?",
                (
                    status,
                    position,
                    json.dumps(counts),
                    json.dumps(listed, ensure_ascii=False),
                    error,
                    time.time() + lease,
                    clock.now().isoformat() if ended else None,
                    ended,
                    job_id,
                ),
            )
