"""The small dataclasses that flow through the pipeline.

``Document`` (documents) -> ``Timex`` (temporal) -> ``Event`` (events) -> ``StoredEvent`` (store).
Their ``to_json`` methods define the public JSON contract of ``timeline extract``,
``timeline export --format json`` and ``/api/events`` (documented in the README).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

Day = date  # for annotations inside Event, whose field ``date`` shadows the type

EVENT_STATUSES = ("planned", "proposed", "held", "postponed", "cancelled")
# The longest a name (participant, place, country, outlet) and a title may be, wherever they
# come from (an article, a correction): a name is also a filter value, and a filter value
# longer than NAME_MAX is refused (so a longer name would be a link to an error page).
NAME_MAX = 200
TITLE_MAX = 500


def cap(value: str | None, limit: int) -> str | None:
    """``value`` with its whitespace collapsed, cut to ``limit`` characters.

    >>> cap("  Ajans   Haber ", 200), cap("x" * 8, 5), cap(None, 5)
    ('Ajans Haber', 'xxxxx', None)
    """
    if value is None:
        return None
    return " ".join(value.split())[:limit]


_ABSOLUTE = re.compile(r"\A(?:/|[A-Za-z]:[\\/]|\\\\)")


def public_source(source: str | None) -> str | None:
    """How a document's source shows in the API and on the site: a file ingested by its
    absolute path shows its file name only (the server's folders are nobody's business); an
    address, an upload or a relative path shows as it is.

    >>> public_source("/srv/articles/2025/a.json#3"), public_source("C:\\\\in\\\\b.txt")
    ('a.json#3', 'b.txt')
    >>> public_source("https://haber.example/feed.xml#2"), public_source("upload:a.html")
    ('https://haber.example/feed.xml#2', 'upload:a.html')
    """
    if not source or not _ABSOLUTE.match(source):
        return source
    return re.split(r"[\\/]", source)[-1] or source


def short_hash(text: str, length: int = 12) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its decoded text and what its header says about it.

    ``text`` is the decoded input (for a text file, the file exactly); every offset in Timeline
    refers to it. ``body`` lists the spans of ``text`` that are article content: header lines
    such as ``Yayın Tarihi: …`` or a leading ``date 2025-10-22`` are left out of them.
    """

    source: str
    text: str
    published: datetime
    title: str
    body: tuple[tuple[int, int], ...]
    updated: datetime | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str = "tr"
    key: str = ""
    published_has_time: bool = True

    @property
    def id(self) -> str:
        """Stable id from the document's identity (its URL, else its path)."""
        return short_hash(self.key or self.source)

    @property
    def sha(self) -> str:
        """Hash of the content, to notice an unchanged re-ingest."""
        return short_hash(f"{self.published.isoformat()}\n{self.title}\n{self.text}", 32)

    def published_json(self) -> str:
        if self.published_has_time:
            return self.published.isoformat(timespec="minutes")
        return self.published.date().isoformat()


@dataclass(frozen=True, slots=True)
class Timex:
    """A date/time expression found in a document, resolved to a TIMEX3 value.

    ``start``/``end`` are offsets into ``Document.text`` and ``text`` is that slice. ``value``
    follows ``shared/corpus/README.md`` (``2025-11-12``, ``2025-11``, ``2022``, ``2025-W46``,
    ``2026-06-15/2026-06-16``, ``2025-09-07,2025-09-13``, ``2025-11-12T14:00``,
    ``2025-11-12TMO``, ``P3Y``…). ``first``/``last`` give the calendar days the expression
    covers (inclusive; None for durations and sets), ``granularity`` its precision.
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None  # START | MID | END | APPROX
    granularity: str = "day"
    first: date | None = None
    last: date | None = None
    time: str | None = None  # HH:MM
    days: tuple[date, ...] = ()
    tense: str | None = None  # past | present | future
    rule: str = ""
    warning: str | None = None  # e.g. a written weekday that contradicts the date

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
        }


@dataclass(slots=True)
class Event:
    """A dated happening stated in one document (one mention)."""

    date: str  # at its granularity: 2025-11-12 | 2025-11 | 2022
    granularity: str  # day | month | year
    title: str
    type: str
    status: str
    quote: str
    end: str | None = None  # inclusive last day of a multi-day event
    time: str | None = None  # HH:MM
    location: str | None = None
    country: str | None = None
    timezone: str | None = None
    participants: list[str] = field(default_factory=list)
    calendar: bool = False
    quote_start: int = 0
    quote_end: int = 0
    replaces: tuple[str, str | None] | None = None  # original (date, end) of a postponed slot
    key: str = ""  # identity of the happening (type, original slot, anchor)
    # How well the text supports it (events.confidence); 1.0 for an event not extracted here
    # (built by hand, or stored before confidence existed).
    confidence: float = 1.0
    confidence_reasons: list[str] = field(default_factory=list)
    # HH:MM the event ends (a clock range: "14.00-16.00"), on its last day (``end``, else
    # ``date``); 00:00 ("24.00") is the end of that day, and on a one-day event an end not
    # after ``time`` is on the next day (22:00-02:00). See :meth:`finish`.
    end_time: str | None = None

    def in_feed(self, threshold: float) -> bool:
        """Whether the event goes into calendar feeds: a calendar event of at least
        ``threshold`` confidence."""
        return self.calendar and self.confidence >= threshold

    def range(self) -> tuple[Day, Day]:
        """The first and last day the event covers: its date's period, to ``end`` when a
        day-precise event lasts several days.

        >>> Event("2025-11", "month", "", "summit", "planned", "").range()
        (datetime.date(2025, 11, 1), datetime.date(2025, 11, 30))

        :raises PeriodError: (a ``ValueError``) when ``date`` or ``end`` is not a date.
        """
        return slot_days(self.date, self.end)

    def finish(self) -> datetime | None:
        """The local date and time the event ends, when its clock range is known (naive: in
        the event's ``timezone``); None without a start and an end time on a day-precise date.

        >>> Event("2026-03-14", "day", "", "", "", "", time="22:00", end_time="02:00").finish()
        datetime.datetime(2026, 3, 15, 2, 0)
        >>> Event("2026-03-12", "day", "", "", "", "", time="14:00", end_time="16:00").finish()
        datetime.datetime(2026, 3, 12, 16, 0)
        >>> Event("2026-01-24", "day", "", "", "", "", end="2026-01-25", time="06:00",
        ...       end_time="00:00").finish()  # "Pazar günü 24.00'e kadar": the end of Sunday
        datetime.datetime(2026, 1, 26, 0, 0)
        """
        if not (self.time and self.end_time and self.granularity == "day"):
            return None
        last = date.fromisoformat(self.end or self.date)
        ends = datetime.combine(last, time.fromisoformat(self.end_time))
        one_day = not self.end or self.end == self.date
        if ends.time() == time(0) or (
            one_day and ends <= datetime.combine(last, time.fromisoformat(self.time))
        ):
            ends += timedelta(days=1)
        return ends

    def original_range(self) -> tuple[Day, Day]:
        """The days of the slot a postponed event was first reported at (its own range when
        nothing was moved).

        :raises PeriodError: (a ``ValueError``) when the original slot is not a date.
        """
        if self.replaces:
            return slot_days(*self.replaces)
        return self.range()

    def to_json(self) -> dict:
        return {
            "date": self.date,
            "end": self.end,
            "time": self.time,
            "end_time": self.end_time,
            "granularity": self.granularity,
            "title": self.title,
            "type": self.type,
            "location": self.location,
            "country": self.country,
            "participants": list(self.participants),
            "status": self.status,
            "calendar": self.calendar,
            "confidence": self.confidence,
            "confidence_reasons": list(self.confidence_reasons),
            "quote": self.quote,
        }


@lru_cache(maxsize=65536)
def slot_days(value: str, end: str | None = None) -> tuple[date, date]:
    """The first and last day of a slot (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, with the
    inclusive last day ``end`` of a day-precise slot), read by
    :meth:`timeline.temporal.dates.Period.parse`. Cached: the page asks it for every event.

    :raises PeriodError: (a ``ValueError``) for anything else.
    """
    from .temporal.dates import SLOT_GRANULARITIES, Period  # temporal imports this module

    period = Period.parse(value, SLOT_GRANULARITIES)
    if end and period.granularity == "day":
        return period.first, Period.parse(end, ("day",)).last
    return period.first, period.last


@dataclass(slots=True)
class Source:
    """One document's evidence for a stored event."""

    document: str  # document id
    source: str  # the path or URL it was ingested from
    title: str
    published: str
    quote: str
    url: str | None = None
    outlet: str | None = None
    status: str | None = None

    def to_json(self) -> dict:
        return {
            "document": self.document,
            "source": public_source(self.source),
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
            "quote": self.quote,
            "status": self.status,
        }


@dataclass(slots=True)
class StoredEvent:
    """A real-world happening: the merge of every mention of it, with its sources."""

    id: str
    event: Event
    sources: list[Source]
    sequence: int = 0
    created: datetime | None = None
    updated: datetime | None = None
    history: list[dict] = field(default_factory=list)
    edited: bool = False
    hidden: bool = False
    changes: list[dict] = field(default_factory=list)  # postponed/cancelled, as reported
    domain: str = "timeline"  # of the calendar UID: the store's own (timeline.store.domain)

    @property
    def uid(self) -> str:
        return f"{self.id}@{self.domain}"

    def to_json(self) -> dict:
        data = {"id": self.id, "uid": self.uid}
        data.update(self.event.to_json())
        data["sources"] = [s.to_json() for s in self.sources]
        data["sequence"] = self.sequence
        data["updated"] = self.updated.isoformat() if self.updated else None
        data["history"] = list(self.history)
        data["changes"] = list(self.changes)
        data["edited"] = self.edited
        return data
