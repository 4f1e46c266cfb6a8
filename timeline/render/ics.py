"""Render stored events as an iCalendar subscription feed (RFC 5545 / RFC 7986).

The only module that imports :mod:`icalendar`. The output is a pure function of the events and
the options: the same store gives the same bytes on every request and in every process
(``DTSTAMP`` and ``LAST-MODIFIED`` are the event's last change, never "now"; events and time
zones come in a fixed order), so subscribers' clients see no phantom updates.

Only calendar events appear (day-precise, scheduled): all-day events as ``VALUE=DATE`` with an
exclusive ``DTEND`` (a multi-day event spans all its days); events with a clock time in the
zone of their place (else Europe/Istanbul; Türkiye's when the text gives Turkish time) with a
``VTIMEZONE`` built for the dates that zone is used on, ending at the end of their clock range
(``DTEND`` the next day for one past midnight), else an hour later. Statuses map as
planned/held → ``CONFIRMED``, proposed → ``TENTATIVE``, cancelled → ``CANCELLED`` (kept in the
feed, with its ``SEQUENCE`` raised by the store), postponed with no new day → ``TENTATIVE``
with the summary marked. Events are ``TRANSP:TRANSPARENT``: news does not make a subscriber
busy.

Text is escaped and folded by the library; :func:`clean` only removes what the library would
pass through (control characters, lone surrogates) before text reaches it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event, Timezone
from icalendar.enums import STATUS, TRANSP

from ..i18n import format_date, gettext
from ..model import StoredEvent
from ..places import coordinates, place_label

__all__ = ["place_label"]  # the page and TimelineJS import it from here

DEFAULT_ZONE = "Europe/Istanbul"
REFRESH = "PT1H"
REFRESH_SECONDS = 3600  # the HTTP Cache-Control max-age matches the refresh hint
TIMED_LENGTH = timedelta(hours=1)
STATUS_MAP = {
    "planned": STATUS.CONFIRMED,
    "held": STATUS.CONFIRMED,
    "proposed": STATUS.TENTATIVE,
    "postponed": STATUS.TENTATIVE,
    "cancelled": STATUS.CANCELLED,
}
PRODID = "-//Timeline//Timeline news events//TR"
# C0 controls but TAB/LF/CR, DEL, C1 controls, line/paragraph separators, BOM, bidirectional
# overrides (they can disguise text) and lone surrogates (they cannot be encoded as UTF-8).
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_BREAKS = re.compile("[\r\x0b\x0c\x85\u2028\u2029]")
MAX_TEXT = 4000
MAX_SOURCES = 10
_NOT_IN_NAME = re.compile(r"[,;\\]")  # X-WR-CALNAME/X-WR-CALDESC are read raw by some clients
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class FeedOptions:
    """What a feed is called, where its links point, and what it says about itself.

    ``query`` is the canonical filter of a filtered feed (``who=tokayev``), ``label`` its human
    description and ``notes`` explanations shown in the calendar's description (a filter value
    that matches nothing).
    """

    base_url: str = "http://127.0.0.1:8000"
    name: str | None = None
    lang: str = "tr"
    description: str | None = None
    query: str = ""
    label: str = ""
    notes: tuple[str, ...] = field(default=())
    # The published static site (``timeline publish``): the feed's own file and the "/" that
    # ends page links there (``/events/<id>/``).
    url: str | None = None
    page_suffix: str = ""

    @property
    def feed_url(self) -> str:
        if self.url:
            return self.url
        return f"{self.base_url}/calendar.ics" + (f"?{self.query}" if self.query else "")


def feed_options(
    f, notes: list[str], base_url: str, lang: str, url: str | None = None, page_suffix: str = ""
) -> FeedOptions:
    """The options of a (filtered) feed: ``f`` is a :class:`timeline.filters.Filter`, ``notes``
    from :func:`timeline.filters.feed_notes`. The served feed and ``timeline export`` both
    build their options here, so they give the same bytes (``url`` and ``page_suffix``: for
    the published static site)."""
    return FeedOptions(
        base_url=base_url,
        lang=lang,
        query=f.query_string(),
        label=f.label(lang),
        notes=tuple(notes),
        url=url,
        page_suffix=page_suffix,
    )


def clean(text: str | None, limit: int = MAX_TEXT, single_line: bool = False) -> str:
    """Text safe to hand to the library: no control characters (the library passes NUL, VT
    and DEL through), line breaks only where allowed, bounded length.

    >>> clean("a\\x00b\\x0bc\\r\\nd\\x7f", single_line=True)
    'ab c d'
    >>> clean("a\\rb\\u2028c")
    'a\\nb\\nc'
    >>> clean("x" * 10, limit=5)
    'xxxx…'
    """
    # VT, FF, NEL and the Unicode separators break lines; the other controls go.
    text = _BREAKS.sub("\n", (text or "").replace("\r\n", "\n"))
    text = _CONTROL.sub("", text).replace("\t", " ")
    if single_line:
        text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plain(text: str) -> str:
    """For X-WR-CALNAME and X-WR-CALDESC: no ``, ; \\`` (ical.js and icalendar read them raw)."""
    return re.sub(r"[ ]{2,}", " ", _NOT_IN_NAME.sub(" ", text)).strip()


def in_feed(item: StoredEvent, threshold: float | None = None) -> bool:
    """Whether an event belongs in the calendar feed: day-precise and scheduled, with a
    confidence of at least ``threshold`` (default :func:`timeline.config.feed_min_confidence`).

    :raises InputError: when ``TIMELINE_FEED_MIN_CONFIDENCE`` is not a number from 0 to 1.
    """
    from ..config import feed_min_confidence

    e = item.event
    if not e.calendar:
        return False
    if e.confidence < (feed_min_confidence() if threshold is None else threshold):
        return False
    return e.granularity == "day" or _original_day(item) is not None


def _original_day(item: StoredEvent) -> tuple[str, str | None] | None:
    """The day slot of an event postponed to a time known only to the month or year."""
    e = item.event
    if e.granularity != "day" and e.replaces and len(e.replaces[0]) == 10:
        return e.replaces[0], e.replaces[1]
    return None


def zone_of(item: StoredEvent) -> ZoneInfo:
    """The zone of the event's place, else Europe/Istanbul (also for an unknown zone name)."""
    try:
        return ZoneInfo(item.event.timezone or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def span(item: StoredEvent) -> tuple[date | datetime, date | datetime]:
    """``(start, end)`` as the calendar shows it: days with an exclusive end, or an aware
    start with its end time (:meth:`timeline.model.Event.finish`, the next day for a range
    past midnight), else a one-hour end. A multi-day event with a start time but no end time
    spans its days (the time is written in the description: a DATE-TIME that ends at
    midnight days later displays badly in most clients).

    :raises ValueError: for an event that is not day-precise (see :func:`in_feed`).
    """
    e = item.event
    moved = _original_day(item)
    first_value, last_value = moved if moved else (e.date, e.end)
    first = date.fromisoformat(first_value)
    last = date.fromisoformat(last_value) if last_value else first
    finish = None if moved else e.finish()
    if e.time and not moved and (last == first or finish is not None):
        hour, minute = (int(x) for x in e.time.split(":"))
        start = datetime.combine(first, time(hour, minute), tzinfo=zone_of(item))
        if finish is not None:
            return start, finish.replace(tzinfo=start.tzinfo)
        return start, start + TIMED_LENGTH
    return first, last + timedelta(days=1)


def summary(item: StoredEvent, lang: str) -> str:
    """The title, marked when the event is cancelled or postponed."""
    e = item.event
    title = clean(e.title, 250, single_line=True)
    if e.status == "cancelled":
        return gettext(lang, "summary.cancelled", title=title)
    if _original_day(item):
        return gettext(
            lang, "summary.postponed_to", title=title, when=format_date(lang, e.date, e.end)
        )
    if e.status == "postponed":
        return gettext(lang, "summary.postponed", title=title)
    return title


def _web_url(url: str | None) -> str | None:
    """An article URL fit to show as a link: absolute http(s) only (no ``javascript:``)."""
    url = clean(url, 500, single_line=True)
    parts = urlsplit(url) if url else None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def outlet_of(outlet: str | None, url: str | None) -> str:
    """The outlet's name, else the host of its article URL (``haber.example``).

    >>> outlet_of(None, "https://www.haber.example/a/1"), outlet_of("Örnek", None)
    ('haber.example', 'Örnek')
    """
    name = clean(outlet, 100, single_line=True)
    if name:
        return name
    web = _web_url(url)
    host = urlsplit(web).hostname or "" if web else ""
    return host.removeprefix("www.")


def description(item: StoredEvent, options: FeedOptions) -> str:
    """The status, the quote, the reported changes, the event page and every source: outlet,
    headline, date and the original article URL (else our copy of the text)."""
    lang = options.lang
    e = item.event
    lines = [f"{gettext(lang, 'desc.status')}: {gettext(lang, 'status.' + e.status)}"]
    if e.time and e.end and e.end != e.date and e.finish() is None:
        lines.append(f"{gettext(lang, 'desc.starts')}: {e.time} ({zone_of(item).key})")
    lines += ["", f"{gettext(lang, 'desc.quote')}: “{clean(e.quote, 1200, single_line=True)}”"]
    if item.changes:
        lines += ["", f"{gettext(lang, 'desc.changes')}:"]
        for change in item.changes[-5:]:
            kind = gettext(lang, f"ui.change.{change.get('change')}")
            before, after = change.get("from"), change.get("to")
            text = f"- {str(change.get('published', ''))[:10]}: {kind}"
            if before:
                text += f" {format_date(lang, before[0], before[1])}"
            if after:
                text += f" → {format_date(lang, after[0], after[1])}"
            lines.append(clean(text, 200, single_line=True))
    lines += [
        "",
        f"{gettext(lang, 'desc.event_page')}: "
        f"{options.base_url}/events/{item.id}{options.page_suffix}",
        "",
        f"{gettext(lang, 'desc.sources')}:",
    ]
    for s in item.sources[:MAX_SOURCES]:
        outlet = outlet_of(s.outlet, s.url)
        head = clean(s.title, 200, single_line=True)
        link = _web_url(s.url) or f"{options.base_url}/documents/{s.document}{options.page_suffix}"
        lines.append(f"- {outlet + ': ' if outlet else ''}{head} ({clean(s.published[:10])})")
        lines.append(f"  {link}")
    if len(item.sources) > MAX_SOURCES:
        lines.append(gettext(lang, "desc.more_sources", count=len(item.sources) - MAX_SOURCES))
    return clean("\n".join(lines))


def to_vevent(item: StoredEvent, options: FeedOptions) -> Event:
    """One event as a VEVENT; ``UID`` and ``DTSTAMP`` always given (the library would invent
    a random UID and "now")."""
    e = item.event
    start, end = span(item)
    stamp = (item.updated or _EPOCH).astimezone(UTC)
    created = (item.created or stamp).astimezone(UTC)
    location = clean(place_label(e.location, e.country, options.lang), 200, single_line=True)
    event = Event.new(
        uid=item.uid,
        stamp=stamp,
        created=created,
        last_modified=stamp,
        start=start,
        end=end,
        summary=summary(item, options.lang),
        description=description(item, options),
        location=location or None,
        status=STATUS_MAP.get(e.status, STATUS.CONFIRMED),
        sequence=item.sequence,
        transparency=TRANSP.TRANSPARENT,
        url=f"{options.base_url}/events/{item.id}{options.page_suffix}",
        categories=[clean(gettext(options.lang, f"type.{e.type}"), 100, single_line=True)],
    )
    add_map_location(event, location, e.location)
    return event


def add_map_location(event: Event, title: str, location: str | None) -> None:
    """``X-APPLE-STRUCTURED-LOCATION`` (a ``geo:`` URI titled as ``LOCATION``), which Apple
    Calendar shows as a map, when the gazetteer has the place's coordinates. No ``GEO``: it
    has broken Google Calendar imports."""
    point = coordinates(location) if title else None
    if point is None:
        return
    lat, lon, radius = point
    event.add(
        "X-APPLE-STRUCTURED-LOCATION",
        f"geo:{lat:.4f},{lon:.4f}",
        parameters={
            "VALUE": "URI",
            "X-APPLE-RADIUS": str(radius),
            "X-TITLE": title.replace('"', "'"),  # a parameter value holds no quote
        },
    )


def vevent_bytes(
    item: StoredEvent, options: FeedOptions, cache: MutableMapping | None = None
) -> bytes:
    """The serialised VEVENT, from ``cache`` when this version of the event was rendered
    before. The key is the event's id, ``SEQUENCE`` and last change with the options the
    text depends on: the store changes ``updated`` whenever anything shown changes."""
    if cache is None:
        return to_vevent(item, options).to_ical()
    key = (
        item.id,
        item.sequence,
        item.updated,
        options.base_url,
        options.lang,
        options.page_suffix,
    )
    data = cache.get(key)
    if data is None:
        data = to_vevent(item, options).to_ical()
        cache[key] = data
    return data


def timezones(items: list[StoredEvent]) -> list[Timezone]:
    """A VTIMEZONE for each zone the timed events use, sorted by TZID, each built for the days
    its events fall on (so Istanbul, Moscow and Tehran are one small block with no RDATE
    lists), without the ``COMMENT`` the library adds (RFC 5545 allows none there; libical
    rejects it).

    This is :meth:`icalendar.Calendar.add_missing_timezones` done zone by zone: that method
    uses one window for all zones and adds them in set order, which changes between processes.
    """
    days: dict[str, list[date]] = {}
    for item in items:
        start, end = span(item)
        if isinstance(start, datetime) and isinstance(end, datetime):
            days.setdefault(start.tzinfo.key, []).extend((start.date(), end.date()))
    out = []
    for tzid in sorted(days):
        if tzid in ("UTC", "Etc/UTC"):
            continue
        first, last = min(days[tzid]) - timedelta(days=1), max(days[tzid]) + timedelta(days=2)
        try:
            tz = Timezone.from_tzid(tzid, first_date=first, last_date=last)
        except ValueError:
            continue
        if "COMMENT" in tz:
            del tz["COMMENT"]
        out.append(tz)
    return out


def feed_uid(options: FeedOptions) -> str:
    """The calendar's own UID (RFC 7986): one per feed, a filtered feed being another one."""
    host = urlsplit(options.base_url).hostname or "localhost"
    if not options.query:
        return f"timeline-feed@{host}"
    return f"timeline-feed-{hashlib.sha256(options.query.encode()).hexdigest()[:12]}@{host}"


def calendar_header(options: FeedOptions) -> Calendar:
    """The VCALENDAR with its own properties and no components: name, description (with the
    notes), refresh hints, URL and UID; no ``METHOD`` (a subscription is not a scheduling
    message)."""
    lang = options.lang
    name = clean(options.name or gettext(lang, "feed.name"), 200, single_line=True)
    if options.label:
        name = gettext(
            lang,
            "feed.filtered",
            name=name,
            label=_plain(clean(options.label, 150, single_line=True)),
        )
    about = options.description or gettext(lang, "feed.description")
    # One line: the library writes X-WR-CALDESC (a copy of DESCRIPTION) without escaping.
    about = " — ".join(_plain(clean(x, 300, single_line=True)) for x in [about, *options.notes])
    cal = Calendar.new(
        prodid=PRODID,
        name=_plain(name),
        description=_plain(clean(about, 1000, single_line=True)),
        uid=feed_uid(options),
        url=options.feed_url,
        refresh_interval=timedelta(seconds=REFRESH_SECONDS),
    )
    # RFC 7986 requires VALUE=DURATION, which the library leaves out; Outlook reads the
    # X-PUBLISHED-TTL string (a timedelta would be serialised as a date-time).
    cal["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"
    cal.add("X-PUBLISHED-TTL", REFRESH)
    cal.calscale = "GREGORIAN"
    return cal


def render_calendar(
    events: list[StoredEvent],
    options: FeedOptions,
    *,
    all_events: bool = False,
    cache: MutableMapping | None = None,
) -> bytes:
    """The feed as bytes (CRLF lines, folded and escaped by the library).

    The calendar's own properties and time zones are serialised as one calendar and each
    event on its own, so that a cache of event texts makes a re-render after a change cost
    only the changed events; the bytes are those of one ``Calendar.to_ical()`` call.

    :param events: stored events in any order (sorted here for stable output).
    :param all_events: render every given event, not only those that belong in a calendar
        (for a single day-precise event's ``.ics`` download).
    :param cache: a mapping that keeps serialised events between calls (see
        :func:`vevent_bytes`).
    """
    chosen = [e for e in events if all_events or in_feed(e)]
    chosen.sort(key=lambda it: (_sort_start(it), it.id))
    cal = calendar_header(options)
    for tz in timezones(chosen):
        cal.add_component(tz)
    head = cal.to_ical()
    end = b"END:VCALENDAR\r\n"
    if not head.endswith(end):  # the library's own layout; never expected to change
        raise RuntimeError("unexpected end of a serialised calendar")
    return b"".join([head[: -len(end)], *(vevent_bytes(it, options, cache) for it in chosen), end])


def render_feed(
    selection, f, base_url: str, lang: str, cache: MutableMapping | None = None, **site
) -> bytes:
    """A (filtered) feed from a :class:`timeline.filters.Selection` and its
    :class:`~timeline.filters.Filter`: named after the filter, with its notes. The served
    feeds and ``timeline export`` both render here, so they give the same bytes for the same
    options (``site``: ``url`` and ``page_suffix`` of :func:`feed_options`)."""
    from ..filters import feed_notes

    empty = not any(in_feed(it) for it in selection.chosen)
    notes = feed_notes(selection.universe, f, empty, lang)
    return render_calendar(
        selection.chosen, feed_options(f, notes, base_url, lang, **site), cache=cache
    )


def _sort_start(item: StoredEvent) -> str:
    moved = _original_day(item)
    return (moved[0] if moved else item.event.date) + (item.event.time or "")
