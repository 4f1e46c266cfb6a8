"""Build small articles with marked dates for the event tests.

A date is written ``[12 Kasım'da|2025-11-12]``: the text as it appears and the TIMEX3 value a
tagger gives it, so the event tests do not depend on the tagger (which has its own tests).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from timeline.documents import parse_text
from timeline.events import extract_events
from timeline.model import Document, Event, Timex
from timeline.temporal.dates import Period

MARK = re.compile(r"\[(?P<text>[^\[\]|]+)\|(?P<value>[^\[\]]+)\]")
ZONE = ZoneInfo("Europe/Istanbul")


def article(
    body: str, published: str = "2025-10-30", source: str = "test.txt", key: str | None = None
) -> tuple[Document, list[Timex]]:
    """A document whose first line is its date, and the timexes marked in ``body``."""
    header = f"date {published}\n\n"
    plain, marks = [], []
    pos = 0
    offset = len(header)
    for m in MARK.finditer(body):
        plain.append(body[pos : m.start()])
        offset_here = offset + sum(len(p) for p in plain)
        marks.append((offset_here, m["text"], m["value"]))
        plain.append(m["text"])
        pos = m.end()
    plain.append(body[pos:])
    text = header + "".join(plain)
    when = datetime.fromisoformat(published)
    if when.tzinfo is None:
        when = when.replace(tzinfo=ZONE)
    document = parse_text(text, source, published=when, key=key or f"test:{source}")
    timexes = []
    for start, written, value in marks:
        span = Period.parse(value)  # PeriodError names a bad value in a fixture
        kind = "TIME" if span.time or "T" in value else "DATE"
        timexes.append(
            Timex(
                start,
                start + len(written),
                written,
                kind,
                value,
                None,
                span.granularity,
                span.first,
                span.last,
                span.time,
                span.days,
                None,
                "fixture",
            )
        )
    return document, timexes


def extract(body: str, published: str = "2025-10-30") -> list[Event]:
    document, timexes = article(body, published)
    return extract_events(document, timexes)


def assert_events(
    events: list, expected: list[dict], read: Callable[[Any, str], Any] = getattr
) -> None:
    """The events are as many as ``expected`` and each has the values its dict names, in
    order; ``read`` takes a value from an event (``getattr`` for :class:`Event`,
    :func:`operator.getitem` for its JSON)."""
    shown = [tuple(read(e, k) for k in ("date", "end", "title", "status")) for e in events]
    assert len(events) == len(expected), shown
    for event, want in zip(events, expected, strict=True):
        for key, value in want.items():
            assert read(event, key) == value, (key, event)


JSON = operator.getitem  # ``read`` for events as JSON


def analysis(body: str, published: str, source: str):
    """An analysed article (document, its marked timexes, its events) for the store."""
    from timeline.pipeline import Analysis

    document, timexes = article(body, published, source)
    return Analysis(document, timexes, extract_events(document, timexes))


def snapshot(store) -> list[tuple]:
    """What a reader sees of the store, without the bookkeeping that depends on history
    (SEQUENCE, stamps): id, slot, status, title, place and sources of every event."""
    return sorted(
        (
            e.id,
            e.event.date,
            e.event.end,
            e.event.time,
            e.event.status,
            e.event.title,
            e.event.location,
            tuple(sorted(s.document for s in e.sources)),
        )
        for e in store.events(include_hidden=True)
    )
