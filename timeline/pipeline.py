"""Run the stages on documents: read -> tag -> extract events."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from .config import feed_min_confidence
from .documents import read_documents
from .events import extract_events
from .model import NAME_MAX, TITLE_MAX, Document, Event, Timex, cap
from .temporal import tag_document


@dataclass
class Analysis:
    """One document with its timexes and events."""

    document: Document
    timexes: list[Timex]
    events: list[Event]

    def to_json(self) -> dict[str, Any]:
        """The document's JSON in ``timeline extract``: each event also says whether it goes
        into the feeds (``feed``, see :func:`timeline.config.feed_min_confidence`).

        :raises SettingError: when ``TIMELINE_FEED_MIN_CONFIDENCE`` is not a number from 0 to 1.
        """
        doc = self.document
        threshold = feed_min_confidence()
        return {
            "source": doc.source,
            "title": doc.title,
            "published": doc.published_json(),
            "timexes": [t.to_json() for t in self.timexes],
            "events": [{**e.to_json(), "feed": e.in_feed(threshold)} for e in self.events],
        }


def analyse(document: Document) -> Analysis:
    """Tag a document and extract its events."""
    with _cycles_collected_after():
        timexes = tag_document(document)
        events = [capped(e) for e in extract_events(document, timexes)]
    return Analysis(document, timexes, events)


@contextmanager
def _cycles_collected_after() -> Iterator[None]:
    """Python's collector of reference cycles paused while one document is analysed: the
    words of a long article are many small objects kept to its end, which every collection
    walks again (a tenth of the time of a 2 MB article), and an analysis makes no cycles
    worth collecting before it ends. Left alone when it was off already (a caller's choice,
    or another thread's analysis: the one that paused it starts it again)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def capped(event: Event) -> Event:
    """An event with its names and title within :data:`~timeline.model.NAME_MAX` and
    :data:`~timeline.model.TITLE_MAX` (a long run of words in an article is no name)."""
    names = (event.location, event.country, *event.participants)
    if all(len(n or "") <= NAME_MAX for n in names) and len(event.title) <= TITLE_MAX:
        return event
    return replace(
        event,
        title=cap(event.title, TITLE_MAX) or "",
        location=cap(event.location, NAME_MAX),
        country=cap(event.country, NAME_MAX),
        participants=list(dict.fromkeys(c for p in event.participants if (c := cap(p, NAME_MAX)))),
    )


def analyse_file(path: str, published: datetime | None = None) -> list[Analysis]:
    """Read a file (one or more articles) and analyse each article.

    :raises InputError: when the file is refused (see :func:`timeline.documents.read_documents`).
    """
    return [analyse(doc) for doc in read_documents(path, published=published)]
