"""Absolute links: feed URLs (https, webcal, Google and Outlook subscribe) and per-event
"add to calendar" links. Built from the configured base URL, else the request's host."""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import quote, urlencode

from timeline.filters import Filter
from timeline.model import StoredEvent
from timeline.render.ics import place_label


def feed_links(base: str, f: Filter | None = None, name: str = "Timeline") -> dict[str, str]:
    """``https``, ``webcal``, ``google`` and ``outlook`` subscribe links of a (filtered) feed."""
    query = f.query_string() if f is not None and not f.is_empty else ""
    https = f"{base}/calendar.ics" + (f"?{query}" if query else "")
    webcal = "webcal://" + https.split("://", 1)[1]
    # Google Calendar subscribes only through its own link, and only to https feeds.
    google_target = https if https.startswith("https://") else webcal
    return {
        "https": https,
        "webcal": webcal,
        "google": "https://calendar.google.com/calendar/r?" + urlencode({"cid": google_target}),
        "outlook": "https://outlook.live.com/calendar/0/addfromweb?"
        + urlencode({"url": webcal, "name": name}),
        "secure": https.startswith("https://"),
    }


def _days(item: StoredEvent) -> tuple[date, date]:
    e = item.event
    first = date.fromisoformat(e.date[:10])
    last = date.fromisoformat(e.end) if e.end else first
    return first, last


def add_links(base: str, item: StoredEvent) -> dict[str, str]:
    """Google Calendar and Outlook "add this event" links (all-day or timed)."""
    e = item.event
    if e.granularity != "day":
        return {}
    first, last = _days(item)
    details = f"{e.quote[:600]}\n\n{base}/events/{item.id}"
    where = place_label(e.location, e.country)
    if e.time:
        start = f"{first:%Y%m%d}T{e.time.replace(':', '')}00"
        hour, minute = (int(x) for x in e.time.split(":"))
        end_hour = (hour + 1) % 24
        end = f"{first:%Y%m%d}T{end_hour:02d}{minute:02d}00"
        g_dates = f"{start}/{end}"
        ctz = {"ctz": e.timezone or "Europe/Istanbul"}
        o_start = f"{first.isoformat()}T{e.time}:00"
        o_end = f"{first.isoformat()}T{end_hour:02d}:{minute:02d}:00"
        allday = "false"
    else:
        g_dates = f"{first:%Y%m%d}/{last + timedelta(days=1):%Y%m%d}"
        ctz = {}
        o_start, o_end, allday = first.isoformat(), (last + timedelta(days=1)).isoformat(), "true"
    google = "https://calendar.google.com/calendar/render?" + urlencode(
        {"action": "TEMPLATE", "text": e.title, "dates": g_dates, "details": details,
         "location": where, **ctz}, quote_via=quote)
    outlook = "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(
        {"path": "/calendar/action/compose", "rru": "addevent", "subject": e.title,
         "startdt": o_start, "enddt": o_end, "allday": allday, "location": where,
         "body": details}, quote_via=quote)
    return {"google": google, "outlook": outlook}
