"""Run the stages on documents: read -> tag -> extract events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .config import feed_min_confidence
from .documents import read_documents
from .events import extract_events
from .model import Document, Event, Timex
from .temporal import tag_document


@dataclass
class Analysis:
    """One document with its timexes and events."""

    document: Document
    timexes: list[Timex]
    events: list[Event]

    def to_json(self) -> dict:
        """The document's JSON in ``timeline extract``: each event also says whether it goes
        into the feeds (``feed``, see :func:`timeline.config.feed_min_confidence`).

        :raises InputError: when ``TIMELINE_FEED_MIN_CONFIDENCE`` is not a number from 0 to 1.
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
    timexes = tag_document(document)
    return Analysis(document, timexes, extract_events(document, timexes))


def analyse_file(path: str, published: datetime | None = None) -> list[Analysis]:
    """Read a file (one or more articles) and analyse each article.

    :raises InputError: when the file is refused (see :func:`timeline.documents.read_documents`).
    """
    return [analyse(doc) for doc in read_documents(path, published=published)]
