"""The exceptions Timeline raises. Each names the offending value and what was expected."""

from __future__ import annotations

MAX_MESSAGE = 300


def _cap(text: str) -> str:
    """Keep messages short on hostile input (a whole article must never land in a message)."""
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


class TimelineError(Exception):
    """Base class: an error the user can act on, shown without a traceback."""

    def __init__(self, message: str):
        super().__init__(_cap(message))

    @property
    def message(self) -> str:
        return self.args[0]


class InputError(TimelineError, ValueError):
    """An input file, URL, date or query parameter cannot be used as given."""


class ResourceError(TimelineError):
    """A language data file is missing or malformed (a packaging or editing mistake)."""


class StoreError(TimelineError):
    """The SQLite store cannot be opened, is of another version, or a write failed."""


class StoreUnavailable(StoreError):
    """The store cannot be written at all — the disk is full, the file is read-only, an I/O
    error: a failure on the server's side, never the fault of what was being stored.

    :param reason: the cause alone (``database or disk is full``, ``read-only``), without the
        store's path, for messages shown to clients.
    """

    def __init__(self, message: str, reason: str = ""):
        super().__init__(message)
        self.reason = _cap(reason or message)


class NotFound(TimelineError, LookupError):
    """An event or document id does not exist in the store."""
