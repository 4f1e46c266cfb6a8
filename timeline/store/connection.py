"""Connections, transactions and busy retries: the store's one door to SQLite.

Connections are per thread (the web server is threaded); ``":memory:"`` stores share one.
Writes go through :meth:`Connections.transaction`, which retries while other writers hold the
lock and turns every :class:`sqlite3.Error` into the project's own
:class:`~timeline.errors.StoreError`, so that callers never see SQLite's exceptions.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import StoreError
from .indexes import register_functions

BUSY_TIMEOUT = 30  # seconds SQLite waits for another writer's lock
BUSY_RETRIES = 8  # then this many more tries, with a growing pause, before giving up


def tuning(name: str) -> float:
    """A tunable of the store (:data:`BUSY_TIMEOUT`, :data:`BUSY_RETRIES`), read at call time
    from the package ``timeline.store``, where deployments and tests may change it."""
    package = sys.modules.get(__name__.rpartition(".")[0])
    return getattr(package, name, globals()[name])


def memory_connection() -> sqlite3.Connection:
    """The one connection of a ``":memory:"`` store, shared by every thread."""
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    register_functions(conn)
    return conn


class Connections:
    """The connections of one store file and its write transactions."""

    path: str
    _local: threading.local
    _memory: sqlite3.Connection | None

    @property
    def connection(self) -> sqlite3.Connection:
        """This thread's connection (opened on first use).

        :raises StoreError: when the file cannot be opened.
        """
        if self._memory is not None:
            return self._memory
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(
                    self.path, timeout=tuning("BUSY_TIMEOUT"), isolation_level=None
                )
                register_functions(conn)
                # Per connection, not per file: every thread's deletes must cascade to mentions.
                conn.execute("PRAGMA foreign_keys=ON")
            except sqlite3.Error as e:
                raise StoreError(f"cannot open store {self.path!r}: {e}") from e
            self._local.conn = conn
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: everything in it lands, or nothing does.

        Other processes may be writing too (two ingesters and a server): beyond SQLite's own
        busy timeout, ``BEGIN IMMEDIATE`` and ``COMMIT`` are retried with a growing, jittered
        pause while the database is locked, so contention slows a write down but never fails
        it (after about :data:`BUSY_RETRIES` more timeouts it is reported, with nothing
        written).

        :raises StoreError: when SQLite fails anywhere in the transaction (nothing is
            written); other exceptions pass through after the rollback.
        """
        conn = self.connection
        try:
            retry_busy(conn, "BEGIN IMMEDIATE", self.path)
            try:
                yield conn
                retry_busy(conn, "COMMIT", self.path)
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as e:
            raise StoreError(str(e)) from e

    def close(self) -> None:
        """Close this thread's connection (the next use opens another)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


def is_busy(error: sqlite3.OperationalError) -> bool:
    """Whether an error means another connection holds the lock."""
    code = getattr(error, "sqlite_errorcode", None)
    return (
        code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
        or "locked" in str(error)
        or "busy" in str(error)
    )


def retry_busy(
    conn: sqlite3.Connection, sql: str, path: str, retries: int | None = None, pause: float = 0.05
) -> None:
    """Run ``BEGIN IMMEDIATE`` or ``COMMIT``, retrying while another writer holds the lock
    (each try already waits up to :data:`BUSY_TIMEOUT` inside SQLite).

    :raises StoreError: when the store stays locked through every retry.
    """
    retries = int(tuning("BUSY_RETRIES")) if retries is None else retries
    for attempt in range(retries + 1):
        try:
            conn.execute(sql)
            return
        except sqlite3.OperationalError as e:
            if not is_busy(e):
                raise
            if attempt == retries:
                raise StoreError(
                    f"store {path!r} stayed locked by other writers; nothing was written, try again"
                ) from e
            time.sleep(min(2.0, pause * 2**attempt) * (0.5 + random.random()))
