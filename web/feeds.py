"""iCalendar feeds: the whole feed and filtered feeds at ``/calendar.ics``, and one event's
``/events/<id>.ics``.

A feed is rendered once per store change and query, then served from memory
(:class:`FeedCache`): the cache key holds the store's revision, which every write advances,
so a change can never be answered with an older feed. Every response has a strong ``ETag`` (a
hash of the calendar) and a ``Last-Modified`` in whole seconds (the store's last change) and
answers ``304`` to ``If-None-Match``/``If-Modified-Since``; gzip when the client accepts it;
``Cache-Control`` matches the feed's ``REFRESH-INTERVAL``.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from urllib.parse import quote

from flask import Blueprint, Flask, Response, current_app, g, request
from werkzeug.http import is_resource_modified

from timeline import clock, feedsize
from timeline import filters as flt
from timeline.errors import InputError, NotFound
from timeline.i18n import gettext
from timeline.render.ics import (
    REFRESH_SECONDS,
    feed_options,
    in_feed,
    render_calendar,
    render_feed,
)
from timeline.text import search_key

from .links import feed_site, fitted_url, follow_links
from .lru import LRU
from .served import serve
from .state import base_url, get_store

bp = Blueprint("feeds", __name__)
CALENDAR_TYPE = "text/calendar; charset=utf-8"
OTHER_PARAMS = ("lang", "fit", "past_days")  # not filters: a language, a size, a window
SIZE_WARNING = "X-Timeline-Feed-Size-Warning"
MAX_PAST_DAYS = 36_500
DEFAULT_CACHE_BYTES = 256 * 1024 * 1024
DEFAULT_CACHE_EVENTS = 50_000


# ---------------------------------------------------------------------------------------------
# Cache


@dataclass
class Rendered:
    """One rendered feed: the calendar, its validator and what the response says about it."""

    body: bytes
    etag: str
    notes: tuple[str, ...] = ()
    events: int = 0
    ids: frozenset[str] = frozenset()  # the events it names (pinned when served)
    _gzip: bytes | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    on_grow: Callable[[], None] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, body: bytes, notes=(), events: int = 0, ids: Iterable[str] = ()) -> Rendered:
        digest = hashlib.sha256(body).hexdigest()[:32]
        return cls(body, digest, tuple(notes), events, frozenset(ids))

    def gzipped(self) -> bytes:
        """The body compressed once (``mtime=0``: the same bytes every time)."""
        with self._lock:
            body = self._gzip
            grew = body is None
            if body is None:
                body = self._gzip = gzip.compress(self.body, compresslevel=6, mtime=0)
        if grew and self.on_grow is not None:
            self.on_grow()  # the cache that holds it bounds its size again
        return body

    @property
    def size(self) -> int:
        return len(self.body) + len(self._gzip or b"")


class FeedCache:
    """Rendered feeds of the store's newest revision and each event's serialised text (so
    a change re-renders only what changed).

    A feed is built once per key even when many requests ask at the same moment (the others
    wait for it); feeds of older revisions are dropped as soon as a newer one is seen; the
    total size is bounded (``max_bytes``), least recently used first.
    """

    def __init__(
        self, max_bytes: int = DEFAULT_CACHE_BYTES, max_events: int = DEFAULT_CACHE_EVENTS
    ):
        self.max_bytes = max_bytes
        self.fragments: LRU[tuple, bytes] = LRU(max_events)
        self._feeds: OrderedDict[tuple, Rendered] = OrderedDict()
        self._building: dict[tuple, threading.Lock] = {}
        self._stamp: int | None = None  # the newest revision seen
        self._lock = threading.Lock()
        self.hits = 0
        self.builds = 0

    def feed(self, key: tuple, build) -> Rendered:
        """The feed cached under ``key`` (whose first item is the store's revision), else
        ``build()`` it; concurrent requests for one key wait for a single build."""
        stamp = key[0]
        with self._lock:
            if self._stamp is None or stamp > self._stamp:
                self._stamp = stamp
                for old in [k for k in self._feeds if k[0] < stamp]:
                    del self._feeds[old]
            found = self._feeds.get(key)
            if found is not None:
                self._feeds.move_to_end(key)
                self.hits += 1
                return found
            building = self._building.setdefault(key, threading.Lock())
        with building:
            with self._lock:
                found = self._feeds.get(key)
                if found is not None:
                    self.hits += 1
                    return found
            try:
                value = build()
            finally:
                with self._lock:
                    self._building.pop(key, None)
            with self._lock:
                self.builds += 1
                if self._stamp is None or stamp >= self._stamp:
                    self._feeds[key] = value
                    value.on_grow = self._trim_locked
                    self._trim()
        return value

    def _trim_locked(self) -> None:
        with self._lock:
            self._trim()

    def _trim(self) -> None:
        total = sum(r.size for r in self._feeds.values())
        while len(self._feeds) > 1 and total > self.max_bytes:
            _, dropped = self._feeds.popitem(last=False)
            total -= dropped.size

    def __len__(self) -> int:
        return len(self._feeds)


@bp.record_once
def _init(state) -> None:
    init_app(state.app)


def init_app(app: Flask) -> None:
    app.extensions["timeline.feeds"] = FeedCache(
        app.config.get("FEED_CACHE_BYTES", DEFAULT_CACHE_BYTES),
        app.config.get("FEED_CACHE_EVENTS", DEFAULT_CACHE_EVENTS),
    )


@bp.app_template_global("follow_links")
def _follow_links(item) -> list[dict]:
    """For ``_subscribe.html`` on an event page: feeds of its participants and places."""
    return follow_links(base_url(), item)


def get_feed_cache() -> FeedCache:
    return current_app.extensions["timeline.feeds"]


# ---------------------------------------------------------------------------------------------
# Responses


def _ascii_name(text: str) -> str:
    """``Tokayev'in Rusya'ya ziyareti`` -> ``tokayevin-rusyaya-ziyareti`` (for ``filename=``)."""
    key = search_key(re.sub(r"['’‘`´ʼ]", "", text))
    return re.sub(r"[^a-z0-9]+", "-", key).strip("-")[:80]


def content_disposition(stem: str) -> str:
    """``attachment`` with an ASCII ``filename`` and the UTF-8 ``filename*`` of RFC 6266.

    >>> print(*content_disposition("timeline-who-Köşerbayev").split("; "), sep="\\n")
    attachment
    filename="timeline-who-koserbayev.ics"
    filename*=UTF-8''timeline-who-K%C3%B6%C5%9Ferbayev.ics
    """
    fallback = _ascii_name(stem) or "timeline"
    readable = re.sub(r"[\x00-\x1f\x7f/\\\"]+", "", " ".join(stem.split()))[:120] or fallback
    return (
        f'attachment; filename="{fallback}.ics"; '
        f"filename*=UTF-8''{quote(readable + '.ics', safe='')}"
    )


def _feed_stem(f: flt.Filter) -> str:
    if f.is_empty:
        return "timeline"
    return "timeline-" + "-".join(f"{k}-{v}" for k, v in sorted(f.raw))


def _header_text(notes) -> str:
    """Notes for an HTTP header: ASCII, non-ASCII letters percent-encoded, bounded."""
    text = " | ".join(notes)
    return quote(text, safe=" !\"#$&'()*+,-./:;<=>?@[]^_`{|}~")[:1000]


def _accepts_gzip() -> bool:
    return request.accept_encodings["gzip"] > 0


def calendar_response(rendered: Rendered, stem: str, last_modified: datetime, notes=()) -> Response:
    """A calendar response with validators, caching, optional gzip and a ``304`` when the
    client's copy (either encoding) is current."""
    last_modified = last_modified.astimezone(UTC).replace(microsecond=0)
    compressed = _accepts_gzip()
    etag = rendered.etag + ("-gz" if compressed else "")
    environ = request.environ
    fresh = any(
        not is_resource_modified(environ, etag=tag, last_modified=last_modified)
        for tag in (rendered.etag, rendered.etag + "-gz")
    )
    if fresh:
        response = Response(status=304)
    else:
        response = Response(rendered.gzipped() if compressed else rendered.body)
        if compressed:
            response.headers["Content-Encoding"] = "gzip"
    response.headers["Content-Type"] = CALENDAR_TYPE
    response.set_etag(etag)
    response.last_modified = last_modified
    response.cache_control.public = True
    response.cache_control.max_age = REFRESH_SECONDS
    for name in ("Accept-Encoding", "Accept-Language", "Cookie"):
        response.vary.add(name)
    response.headers["Content-Disposition"] = content_disposition(stem)
    response.headers["Access-Control-Allow-Origin"] = "*"
    if notes:
        response.headers["X-Timeline-Note"] = _header_text(notes)
    return response


def _past_days() -> int | None:
    """The past a feed keeps: ``past_days=N`` in the query, else ``FEED_PAST_DAYS``.

    :raises InputError: for a value that is not a whole number of days.
    """
    asked = request.args.get("past_days", "").strip()
    if asked:
        if not asked.isdigit() or int(asked) > MAX_PAST_DAYS:
            raise InputError(
                f"past_days={asked[:40]!r} must be a whole number of days from 0 to {MAX_PAST_DAYS}"
            )
        return int(asked)
    value = current_app.config.get("FEED_PAST_DAYS")
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError(f"FEED_PAST_DAYS={value!r} must be a whole number of days or None")
    return value


def _fit() -> str | None:
    """``fit=google``: the feed cut to Google Calendar's limits (:mod:`timeline.feedsize`).

    :raises InputError: for another value.
    """
    asked = request.args.get("fit", "").strip()
    if not asked:
        return None
    if asked not in feedsize.FIT_VALUES:
        raise InputError(
            f"fit={asked[:40]!r} is not known; use one of {', '.join(feedsize.FIT_VALUES)}"
        )
    return asked


def _unknown_params() -> list[str]:
    names = [n for n in dict.fromkeys(request.args) if n not in flt.PARAMS + OTHER_PARAMS]
    return [
        gettext("en", "feed.note.unknown_param", param=repr(n[:40]), choices=" ".join(flt.PARAMS))
        for n in names[:5]
    ]


@bp.route("/calendar.ics", methods=["GET", "HEAD"])
def calendar():
    """The feed; the filters of the page (``who``, ``where``, ``type``…) make a filtered feed.
    Values that match nothing give an empty, valid calendar, with a note in its description
    and in ``X-Timeline-Note``."""
    f = flt.parse(request.args)
    store = get_store()
    cache = get_feed_cache()
    stamp = store.changed_at()
    revision = store.revision()
    lang, base, past_days, fit = g.lang, base_url(), _past_days(), _fit()
    today = clock.today()
    # "today" changes what such a feed holds without any store change.
    dated = f.upcoming or past_days is not None or fit is not None
    key = (revision, f.query_string(), lang, base, past_days, fit, today if dated else None)

    def build() -> Rendered:
        if fit:
            return _build_fitted(store, f, today, base, lang, cache, past_days)
        # The store's indexes select the events (all of them, in order, for the whole feed).
        selection = flt.select(store, f, today, past_days, calendar_only=True)
        selection = flt.with_withdrawn(selection, store, f, today, past_days)  # cancelled ones
        chosen = [it for it in selection.chosen if in_feed(it)]
        body = render_feed(selection, f, base, lang, cache=cache.fragments, **feed_site(f))
        notes = flt.feed_notes(store, f, not chosen, "en")
        return Rendered.of(body, notes, len(chosen), (it.id for it in chosen))

    rendered = cache.feed(key, build)
    serve(rendered.ids)
    last_modified = stamp
    if dated:
        last_modified = max(stamp, today_start(today))
    notes = [*rendered.notes, *_unknown_params()]
    response = calendar_response(rendered, _feed_stem(f), last_modified, notes)
    if feedsize.oversize(len(rendered.body), rendered.events):
        response.headers[SIZE_WARNING] = _size_warning(rendered)
    return response


def _size_warning(rendered: Rendered) -> str:
    """The text of ``X-Timeline-Feed-Size-Warning`` (English, ASCII)."""
    return _header_text(
        [
            gettext(
                "en",
                "feed.size_warning",
                events=rendered.events,
                kb=round(len(rendered.body) / 1024),
            )
        ]
    )


def _build_fitted(
    store, f: flt.Filter, today: date, base: str, lang: str, cache, keep_days: int | None = None
) -> Rendered:
    """The feed of ``fit=google``: at most :data:`~timeline.feedsize.FIT_EVENTS` events and
    :data:`~timeline.feedsize.FIT_BYTES` bytes, nearest to today first, with a description
    of what it leaves out; never older than ``keep_days`` (a feed's bounded past)."""
    ranked, total = feedsize.candidates(store, f, today, keep_days)
    days = feedsize.window_days(keep_days)
    withdrawn = flt.with_withdrawn(flt.Selection([], store), store, f, today, keep_days)
    ranked = sorted([*ranked, *withdrawn.chosen], key=lambda it: feedsize.rank(it, today, days))[
        : feedsize.FIT_EVENTS
    ]
    ranked = [it for it in ranked if in_feed(it)]
    notes = flt.feed_notes(store, f, not ranked, lang)
    site = feed_site(f)
    if site.get("url"):  # the static site: this feed's own file
        site["url"] = fitted_url(base, f, site["url"])

    def render(items: list) -> bytes:
        note = feedsize.fit_note(lang, len(items), total + len(withdrawn.chosen), days)
        options = feed_options(f, [*notes, note], base, lang, **site)
        # The feed's own address and calendar UID are those of its fit=google version.
        own = "&".join(filter(None, [options.query, "fit=google"]))
        options = dataclasses.replace(options, query=own)
        return render_calendar(items, options, cache=cache.fragments)

    chosen, body = feedsize.fit(ranked, render)
    notes = flt.feed_notes(store, f, not chosen, "en")
    return Rendered.of(body, notes, len(chosen), (it.id for it in chosen))


@bp.route("/events/<event_id>.ics", methods=["GET", "HEAD"])
def event_ics(event_id: str):
    """One event as a calendar file (for "download" and for clients that import).

    :raise 404: when the event does not exist, or is known only to the month or year (it has
        no calendar entry; its page says so).
    """
    item = get_store().event(event_id)
    if not (in_feed(item) or item.event.granularity == "day"):
        raise NotFound(
            f"event {event_id!r} is known only to the {item.event.granularity}; "
            "it has no calendar entry"
        )
    body = render_calendar(
        [item],
        feed_options(flt.Filter(), [], base_url(), g.lang, **feed_site(None)),
        all_events=True,
    )
    updated = item.updated or datetime(2000, 1, 1, tzinfo=UTC)
    serve([item.id])
    return calendar_response(Rendered.of(body, events=1), item.event.title or item.id, updated)


def today_start(today: date) -> datetime:
    """Midnight UTC of ``today`` (when a feed that depends on the day last changed)."""
    return datetime.combine(today, time(0), tzinfo=UTC)
