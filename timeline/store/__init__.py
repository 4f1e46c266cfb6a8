"""The embedded store: one SQLite file in WAL mode. The only package that speaks SQL.

:class:`Store` is a thin façade over modules with one job each, in the way Radicale splits
its storage (each module adds its methods as a mixin):

=================  ==========================================================================
:mod:`.schema`      the tables, indexes and triggers, and the migrations from older versions
:mod:`.connection`  per-thread connections, transactions, busy retries; SQLite's errors become
                    :class:`~timeline.errors.StoreError`
:mod:`.stamp`       the change stamp (for HTTP caching)
:mod:`.documents`   storing, re-analysing and withdrawing articles
:mod:`.recompute`   load scope → merge → write rows (the decisions: :mod:`timeline.events.identity`)
:mod:`.append`      the common case: a new report that only adds a source to an event
:mod:`.sources`     an event's sources and members, a row each
:mod:`.blocks`      the incremental-merging index (which stored mentions a new one may report)
:mod:`.reads`       reading events: all, one, by ids, by document, withdrawn
:mod:`.queries`     filtered queries and counts on the facet index
:mod:`.search`      full-text search
:mod:`.indexes`     the SQL functions the index triggers call, and index rebuilds
:mod:`.corrections` editors' corrections
:mod:`.pins`        served ids, pinned to their happening
:mod:`.jobs`        background jobs of the write API (large uploads)
:mod:`.rows`        row ⇄ model conversion
=================  ==========================================================================

Nothing outside this package imports :mod:`sqlite3` (``tests/test_layers.py`` checks it).
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

from ..errors import StoreError, StoreUnavailable
from ..events.identity import GONE_WITHDRAWN
from .connection import BUSY_RETRIES, BUSY_TIMEOUT, memory_connection
from .corrections import Corrections
from .documents import Documents
from .indexes import document_text, event_text, past_key
from .jobs import JOB_STATUSES, Jobs
from .pins import Pins
from .queries import Queries
from .reads import Reads
from .rows import EventKey, Slot
from .schema import MIGRATABLE, SCHEMA_VERSION, Schema
from .search import Search, search_terms

DEFAULT_PATH = "timeline.db"

# Names tests have imported from the single-module store.
_document_text = document_text
_event_text = event_text

__all__ = [
    "BUSY_RETRIES",
    "BUSY_TIMEOUT",
    "DEFAULT_PATH",
    "GONE_WITHDRAWN",
    "JOB_STATUSES",
    "MIGRATABLE",
    "SCHEMA_VERSION",
    "EventKey",
    "Slot",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "past_key",
    "search_terms",
]


class Store(Schema, Documents, Corrections, Pins, Reads, Queries, Search, Jobs):
    """A Timeline store in one SQLite file (``":memory:"`` for tests).

    Connections are per thread (the web server is threaded); writes are serialised by SQLite.
    """

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_PATH) -> None:
        """Open (and create, or upgrade) the store at ``path``.

        :raises StoreError: when its folder is missing, or the file is not a store this
            Timeline can use.
        """
        self.path = os.fspath(path)
        self._local = threading.local()
        self._memory = None
        if self.path == ":memory:":
            self._memory = memory_connection()
            self._setup(self._memory)
        else:
            parent = Path(self.path).resolve().parent
            if not parent.exists():
                raise StoreError(f"cannot create store {self.path!r}: folder {parent} is missing")
            if _marked_read_only(self.path):
                self._setup_read_only("its file is read-only")
            else:
                self._setup(self.connection)


def _marked_read_only(path: str) -> bool:
    """Whether the store's file exists with no write permission for anyone: it is opened for
    reading only, also by a user whom the file system would let write (root)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode) & 0o222 == 0
    except OSError:
        return False
