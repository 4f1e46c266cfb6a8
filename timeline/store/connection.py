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
from pathlib import Path
from urllib.parse import quote

from ..errors import StoreError, StoreUnavailable
from .indexes import register_functions

BUSY_TIMEOUT = 30  # seconds SQLite waits for another writer's lock
BUSY_RETRIES = 8  # then this many more tries, with a growing pause, before giving up
# SQLite's primary result codes that say the store cannot be written, whatever is written.
UNWRITABLE = (sqlite3.SQLITE_FULL, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_IOERR)


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
    read_only: bool = False  # opened for reading only: every write raises StoreUnavailable
    _uri: str | None = None  # how a read-only store is opened (see :meth:`_open_read_only`)

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
                    self._uri or self.path,
                    timeout=tuning("BUSY_TIMEOUT"),
                    isolation_level=None,
                    uri=self._uri is not None,
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
        if self.read_only:
            raise StoreUnavailable(
                f"store {self.path!r} is read-only: nothing can be written", "read-only"
            )
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
            raise store_error(e, self.path) from e

    def _open_read_only(self) -> sqlite3.Connection:
        """Reopen this store for reading only (its file or folder cannot be written): through
        ``mode=ro``, or, when SQLite cannot even make its shared-memory file beside it (a
        read-only folder), as ``immutable``.

        :raises StoreError: when it cannot be read either.
        """
        self.close()
        self.read_only = True
        base = "file:" + quote(str(Path(self.path).resolve())) + "?mode=ro"
        for uri in (base, base + "&immutable=1"):
            self._uri = uri
            conn = self.connection
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return conn
            except sqlite3.Error as e:
                self.close()
                error = e
        raise StoreError(f"cannot read store {self.path!r}: {error}") from error

    def close(self) -> None:
        """Close this thread's connection (the next use opens another)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


def is_unwritable(error: sqlite3.Error) -> bool:
    """Whether an error says the store cannot be written (disk full, read-only, I/O)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return "readonly" in str(error) or "disk is full" in str(error)
    return code & 0xFF in UNWRITABLE


def store_error(error: sqlite3.Error, path: str) -> StoreError:
    """The project's error for an SQLite error met while writing: :class:`StoreUnavailable`
    when the store cannot be written at all (naming the cause), else :class:`StoreError`."""
    if is_unwritable(error):
        return StoreUnavailable(f"store {path!r} cannot be written: {error}", str(error))
    return StoreError(str(error))


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
