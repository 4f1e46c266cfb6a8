"""Events: turn dated statements of a document into events (see :mod:`.extract`)."""

from __future__ import annotations

from ..model import Document, Event, Timex


def extract_events(document: Document, timexes: list[Timex]) -> list[Event]:
    """The events one document states (stub until the extractor lands)."""
    return []
