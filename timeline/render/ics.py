"""Render stored events as an iCalendar subscription feed (RFC 5545 / RFC 7986).

The only module that imports :mod:`icalendar`. The output is a pure function of the events and
the options: the same store gives the same bytes on every request (``DTSTAMP`` and
``LAST-MODIFIED`` are the event's last change, never "now"), so subscribers' clients see no
phantom updates.

Only calendar events appear (day-precise, scheduled): all-day events as ``VALUE=DATE`` with an
exclusive ``DTEND``; events with a clock time in the zone of their place (else Europe/Istanbul)
with a ``VTIMEZONE`` built for the feed's own date window. Statuses map as planned/held →
``CONFIRMED``, proposed → ``TENTATIVE``, cancelled → ``CANCELLED``, postponed (no new day) →
``TENTATIVE`` with the summary marked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event, Timezone
from icalendar.enums import STATUS

from ..i18n import format_date, gettext
from ..model import StoredEvent

DEFAULT_ZONE = "Europe/Istanbul"
REFRESH = "PT1H"
TIMED_LENGTH = timedelta(hours=1)
STATUS_MAP = {
    "planned": STATUS.CONFIRMED,
    "held": STATUS.CONFIRMED,
    "proposed": STATUS.TENTATIVE,
    "postponed": STATUS.TENTATIVE,
    "cancelled": STATUS.CANCELLED,
}
PRODID = "-//Timeline//Timeline news events//TR"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029\ufeff]")
MAX_TEXT = 4000


@dataclass(frozen=True)
class FeedOptions:
    """What a feed is called and where its links point."""

    base_url: str = "http://127.0.0.1:8000"
    name: str | None = None
    lang: str = "tr"
    description: str | None = None


def clean(text: str | None, limit: int = MAX_TEXT, single_line: bool = False) -> str:
    """Text safe to hand to the library: no control characters (the library passes NUL, VT
    and DEL through), line breaks only where allowed, bounded length.

    >>> clean("a\\x00b\\x0bc\\r\\nd", single_line=True)
    'abc d'
    """
    text = _CONTROL.sub("", text or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if single_line:
        text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def in_feed(item: StoredEvent) -> bool:
    """Whether an event belongs in the calendar feed (day-precise and scheduled)."""
    e = item.event
    if not e.calendar:
        return False
    return e.granularity == "day" or _original_day(item) is not None


def _original_day(item: StoredEvent) -> tuple[str, str | None] | None:
    """The day slot of an event postponed to a time known only to the month or year."""
    e = item.event
    if e.granularity != "day" and e.replaces and len(e.replaces[0]) == 10:
        return e.replaces[0], e.replaces[1]
    return None


def zone_of(item: StoredEvent) -> ZoneInfo:
    try:
        return ZoneInfo(item.event.timezone or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def _span(item: StoredEvent) -> tuple[date | datetime, date | datetime]:
    e = item.event
    moved = _original_day(item)
    first_value, last_value = moved if moved else (e.date, e.end)
    first = date.fromisoformat(first_value)
    last = date.fromisoformat(last_value) if last_value else first
    if e.time and not moved:
        hour, minute = (int(x) for x in e.time.split(":"))
        start = datetime.combine(first, time(hour, minute), tzinfo=zone_of(item))
        return start, start + TIMED_LENGTH
    return first, last + timedelta(days=1)


def summary(item: StoredEvent, lang: str) -> str:
    e = item.event
    title = clean(e.title, 250, single_line=True)
    if e.status == "cancelled":
        return gettext(lang, "summary.cancelled", title=title)
    if _original_day(item):
        return gettext(lang, "summary.postponed_to", title=title,
                       when=format_date(lang, e.date, e.end))
    if e.status == "postponed":
        return gettext(lang, "summary.postponed", title=title)
    return title


def description(item: StoredEvent, options: FeedOptions) -> str:
    """The quote, the status and every source: outlet, headline and original URL."""
    lang = options.lang
    e = item.event
    lines = [
        f"{gettext(lang, 'desc.status')}: {gettext(lang, 'status.' + e.status)}",
        "",
        f"{gettext(lang, 'desc.quote')}: “{clean(e.quote, 1200, single_line=True)}”",
        "",
        f"{gettext(lang, 'desc.sources')}:",
    ]
    for s in item.sources:
        outlet = clean(s.outlet or "", 100, single_line=True)
        head = clean(s.title, 200, single_line=True)
        link = s.url or f"{options.base_url}/documents/{s.document}"
        lines.append(f"- {outlet + ': ' if outlet else ''}{head} ({s.published[:10]})")
        lines.append(f"  {clean(link, 500, single_line=True)}")
    lines += ["", f"{gettext(lang, 'desc.event_page')}: {options.base_url}/events/{item.id}"]
    return clean("\n".join(lines))


def place_label(location: str | None, country: str | None) -> str:
    """``Duşanbe, Tacikistan``; a country alone once (``Rusya``)."""
    if location and country and country != location:
        return f"{location}, {country}"
    return location or country or ""


def to_vevent(item: StoredEvent, options: FeedOptions) -> Event:
    e = item.event
    start, end = _span(item)
    stamp = (item.updated or datetime(2000, 1, 1, tzinfo=UTC)).astimezone(UTC)
    created = (item.created or stamp).astimezone(UTC)
    event = Event.new(
        uid=item.uid,
        stamp=stamp,
        created=created,
        last_modified=stamp,
        start=start,
        end=end,
        summary=summary(item, options.lang),
        description=description(item, options),
        location=clean(place_label(e.location, e.country), 200, single_line=True) or None,
        status=STATUS_MAP.get(e.status, STATUS.CONFIRMED),
        sequence=item.sequence,
        url=f"{options.base_url}/events/{item.id}",
        categories=[gettext(options.lang, f"type.{e.type}")],
    )
    return event


def render_calendar(events: list[StoredEvent], options: FeedOptions, *, all_events: bool = False) -> bytes:
    """The feed as bytes (CRLF lines, folded and escaped by the library).

    :param events: stored events in any order (sorted here for stable output).
    :param all_events: render every given event, not only those that belong in a calendar
        (never used for feeds; for a single event's ``.ics`` download of a day-precise event).
    """
    chosen = [e for e in events if all_events or in_feed(e)]
    chosen.sort(key=lambda it: (_sort_start(it), it.id))
    name = clean(options.name or gettext(options.lang, "feed.name"), 200, single_line=True)
    # X-WR-CALNAME is read raw by some clients: keep "," ";" and "\" out of it.
    name = re.sub(r"[,;\\]", " ", name)
    cal = Calendar.new(
        prodid=PRODID,
        name=" ".join(name.split()),
        description=clean(options.description or gettext(options.lang, "feed.description"), 500),
        uid=f"timeline-feed@{_host(options.base_url)}",
        url=options.base_url + "/calendar.ics",
        refresh_interval=timedelta(hours=1),
    )
    cal["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"
    cal.add("X-PUBLISHED-TTL", REFRESH)
    cal.calscale = "GREGORIAN"
    for item in chosen:
        cal.add_component(to_vevent(item, options))
    _add_timezones(cal, chosen)
    return cal.to_ical()


def _sort_start(item: StoredEvent) -> str:
    moved = _original_day(item)
    return (moved[0] if moved else item.event.date) + (item.event.time or "")


def _add_timezones(cal: Calendar, items: list[StoredEvent]) -> None:
    """VTIMEZONEs for the zones used, built for the feed's own window and without the
    ``COMMENT`` the library adds (RFC 5545 allows none there; libical rejects it)."""
    timed = [it for it in items if isinstance(_span(it)[0], datetime)]
    if not timed:
        return
    days = [_span(it)[0].date() for it in timed]
    first, last = min(days) - timedelta(days=1), max(days) + timedelta(days=2)
    cal.add_missing_timezones(first_date=first, last_date=last)
    for component in cal.subcomponents:
        if isinstance(component, Timezone) and "COMMENT" in component:
            del component["COMMENT"]


def _host(base_url: str) -> str:
    return re.sub(r"^[a-z]+://", "", base_url).split("/")[0].split(":")[0] or "localhost"
