"""``/api/timelinejs.json``: the (filtered) events in TimelineJS3's JSON format, so newsrooms
can point an existing TimelineJS embed at Timeline.

The format (https://timeline.knightlab.com/docs/json-format.html): ``{"title": slide,
"events": [slide, ...], "scale": "human"}``, where a slide has ``start_date`` and optional
``end_date`` (``{"year", "month", "day", "hour", "minute", "display_date"}``, only the fields
that are known: a year-precise event gives only its year), ``text`` (``{"headline",
"text"}``), ``group``, ``display_date`` and ``unique_id``. TimelineJS inserts ``headline`` and
``text`` as HTML, so every value from an article is escaped here.

Served with ``Access-Control-Allow-Origin: *`` (embeds run on other origins), an ``ETag`` and
``Last-Modified`` (the store's last change), and the filters of the page and the feeds.
"""

from __future__ import annotations

import hashlib
import json

from flask import Blueprint, Response, g, request
from markupsafe import escape

from timeline import clock
from timeline import filters as flt
from timeline.i18n import format_date, format_when, gettext
from timeline.model import StoredEvent
from timeline.render.ics import place_label

from .links import page_suffix
from .served import cached, serve
from .state import base_url, get_export_cache, get_store, is_safe_url

bp = Blueprint("timelinejs", __name__)
CACHE_SECONDS = 300
TEXT_LIMIT = 600  # characters of a quote shown on a slide


def date_object(value: str, time: str | None, lang: str, display: str | None = None) -> dict:
    """A TimelineJS date with only the known fields.

    >>> date_object("2022", None, "tr")
    {'year': 2022, 'display_date': '2022'}
    >>> date_object("2025-11-12", "14:30", "en")["display_date"]
    '12 November 2025, 14:30'
    >>> date_object("2025-11", None, "tr")
    {'year': 2025, 'month': 11, 'display_date': 'Kasım 2025'}
    """
    parts = value.split("-")
    out: dict = {"year": int(parts[0])}
    if len(parts) > 1:
        out["month"] = int(parts[1])
    if len(parts) > 2:
        out["day"] = int(parts[2])
    if time and len(parts) > 2:
        hour, minute = time.split(":")[:2]
        out["hour"], out["minute"] = int(hour), int(minute)
    label = display or format_date(lang, value)
    out["display_date"] = f"{label}, {time}" if time and len(parts) > 2 and not display else label
    return out


def slide(item: StoredEvent, lang: str, base: str, suffix: str = "") -> dict:
    """One event as a TimelineJS slide (HTML in ``text`` is built from escaped values;
    ``suffix`` ends page links: ``/`` on the published static site)."""
    e = item.event
    when = format_when(lang, e.date, e.end, e.time, e.end_time)
    facts = [gettext(lang, f"status.{e.status}"), gettext(lang, f"type.{e.type}")]
    place = place_label(e.location, e.country, lang)
    if place:
        facts.append(place)
    html = [f"<p>{escape(' · '.join(facts))}</p>"]
    if e.participants:
        html.append(
            f"<p>{escape(gettext(lang, 'ui.participants'))}: "
            f"{escape(', '.join(e.participants))}</p>"
        )
    quote = e.quote if len(e.quote) <= TEXT_LIMIT else e.quote[: TEXT_LIMIT - 1] + "…"
    if quote:
        html.append(f"<blockquote>{escape(quote)}</blockquote>")
    links = []
    for s in item.sources:
        target = s.url if is_safe_url(s.url) else f"{base}/documents/{s.document}{suffix}"
        links.append(f'<a href="{escape(target)}">{escape(s.outlet or s.title)}</a>')
    html.append(f"<p>{escape(gettext(lang, 'ui.sources'))}: {', '.join(links)}</p>")
    html.append(
        f'<p><a href="{escape(f"{base}/events/{item.id}{suffix}")}">'
        f"{escape(gettext(lang, 'ui.event_page'))}</a></p>"
    )
    out = {
        "start_date": date_object(e.date, e.time, lang),
        "text": {"headline": str(escape(e.title)), "text": "".join(html)},
        "group": gettext(lang, f"type.{e.type}"),
        "display_date": when,
        "unique_id": f"event-{item.id}",
        "autolink": False,
    }
    finish = e.finish()
    if finish is not None:  # a clock range: it ends at a time (the next day past midnight)
        out["end_date"] = date_object(finish.date().isoformat(), e.end_time, lang)
    elif e.end:
        out["end_date"] = date_object(e.end, None, lang)
    return out


def timeline_document(
    items: list[StoredEvent], lang: str, base: str, f: flt.Filter | None = None, suffix: str = ""
) -> dict:
    """The whole TimelineJS document: a title slide and one slide per event."""
    description = gettext(lang, "app.tagline")
    if f is not None and not f.is_empty:
        description += " — " + ", ".join(f"{k}={v}" for k, v in f.raw)
    return {
        "title": {
            "text": {
                "headline": str(escape(gettext(lang, "app.name"))),
                "text": f"<p>{escape(description)}</p>",
            }
        },
        "events": [slide(it, lang, base, suffix) for it in items],
        "scale": "human",
    }


@bp.after_request
def cors(response: Response) -> Response:
    """Embeds on other origins may read the export (and its errors)."""
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Expose-Headers"] = "ETag, Last-Modified"
    return response


@bp.route("/api/timelinejs.json", methods=["GET", "HEAD"])
def export():
    """The events passing the filters, in TimelineJS3's format (``?lang=en`` for English)."""
    f = flt.parse(request.args)
    store = get_store()
    stamp = store.changed_at()
    key = ("timelinejs", store.revision(), clock.today(), g.lang, base_url(), f.query_string())

    def build() -> tuple[bytes, str]:
        chosen, _total = store.query(f, clock.today())
        serve(it.id for it in chosen)
        data = timeline_document(chosen, g.lang, base_url(), f, page_suffix())
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        return body, hashlib.sha256(body).hexdigest()[:32]

    body, etag = cached(get_export_cache(), key, build)
    response = Response(body, mimetype="application/json")
    response.set_etag(etag)
    response.last_modified = stamp
    response.cache_control.public = True
    response.cache_control.max_age = CACHE_SECONDS
    response.vary.add("Accept-Language")
    response.vary.add("Cookie")
    return response.make_conditional(request)
