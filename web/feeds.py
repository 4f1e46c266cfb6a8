"""iCalendar feeds: the whole feed and filtered feeds at ``/calendar.ics``, and one event's
``/events/<id>.ics``.

A feed is rendered once per store change and query, then served from a cache. Every response
has an ``ETag`` and a ``Last-Modified`` (the store's last change, whole seconds) and answers
``304`` to ``If-None-Match``/``If-Modified-Since``; gzip when the client accepts it.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from datetime import timedelta

from flask import Blueprint, Response, current_app, g, request

from timeline import clock
from timeline import filters as flt
from timeline.render.ics import FeedOptions, in_feed, render_calendar

from .state import base_url, get_cache, get_store

bp = Blueprint("feeds", __name__)
CACHE_SECONDS = 3600
CALENDAR_TYPE = "text/calendar; charset=utf-8"


def _file_name(f: flt.Filter) -> str:
    if f.is_empty:
        return "timeline.ics"
    slug = "-".join(f"{k}-{v}" for k, v in sorted(f.raw))
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", slug).strip("-")[:80] or "filtered"
    return f"timeline-{slug}.ics"


def _feed_events(f: flt.Filter):
    store = get_store()
    items = store.events()
    today = clock.today()
    past_days = current_app.config.get("FEED_PAST_DAYS")
    hits = store.search(f.q) if f.q and hasattr(store, "search") else None
    chosen = flt.apply(items, f, today, hits)
    if past_days is not None:
        cutoff = today - timedelta(days=past_days)
        chosen = [it for it in chosen if (it.event.end or it.event.date)[:10] >= cutoff.isoformat()]
    return items, chosen


def calendar_response(body: bytes, name: str, stamp, notes: list[str] | None = None) -> Response:
    """A calendar response with validators, caching, optional gzip and a 304 when fresh."""
    etag = hashlib.sha256(body).hexdigest()[:32]
    accepts_gzip = "gzip" in request.headers.get("Accept-Encoding", "").lower()
    if accepts_gzip:
        body = get_cache().get_or_build(("gz", etag), lambda: gzip.compress(body, mtime=0))
        etag += "-gz"
    response = Response(body, mimetype="text/calendar")
    response.content_type = CALENDAR_TYPE
    if accepts_gzip:
        response.headers["Content-Encoding"] = "gzip"
    response.vary.add("Accept-Encoding")
    response.set_etag(etag)
    response.last_modified = stamp
    response.cache_control.public = True
    response.cache_control.max_age = CACHE_SECONDS
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["Access-Control-Allow-Origin"] = "*"
    if notes:
        response.headers["X-Timeline-Note"] = "; ".join(notes)[:500].encode(
            "ascii", "backslashreplace").decode()
    return response.make_conditional(request)


@bp.route("/calendar.ics", methods=["GET", "HEAD"])
def calendar():
    """The feed; the filters of the page (``who``, ``where``, ``type``…) make a filtered feed.
    Values that match nothing give an empty, valid calendar and an ``X-Timeline-Note``."""
    f = flt.parse(request.args)
    store = get_store()
    stamp = store.changed_at()
    lang = g.lang
    base = base_url()
    key = ("feed", stamp, f.query_string(), lang, base, current_app.config.get("FEED_PAST_DAYS"),
           clock.today())

    def build():
        items, chosen = _feed_events(f)
        options = FeedOptions(base_url=base, lang=lang)
        return render_calendar(chosen, options), flt.notes(items, f)

    body, notes = get_cache().get_or_build(key, build)
    return calendar_response(body, _file_name(f), stamp, notes)


@bp.route("/events/<event_id>.ics", methods=["GET", "HEAD"])
def event_ics(event_id: str):
    """One event as a calendar file (for "download" and for clients that import)."""
    store = get_store()
    item = store.event(event_id)
    stamp = store.changed_at()
    body = render_calendar([item], FeedOptions(base_url=base_url(), lang=g.lang),
                           all_events=in_feed(item) or item.event.granularity == "day")
    return calendar_response(body, f"timeline-{item.id}.ics", stamp)
