"""Absolute links: feed URLs (https, webcal, Google and Outlook subscribe) and per-event
"add to calendar" links. Built from the configured base URL, else the request's host.

>>> links = feed_links("https://events.example.org", None)
>>> links["webcal"]
'webcal://events.example.org/calendar.ics'
>>> links["google"]
'https://calendar.google.com/calendar/r?cid=https%3A%2F%2Fevents.example.org%2Fcalendar.ics'
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import quote, urlencode

from timeline.filters import Filter
from timeline.model import StoredEvent
from timeline.render.ics import TIMED_LENGTH, outlet_of, place_label, span, summary

MAX_DETAILS = 900  # keeps an "add" link well under the URL lengths browsers and servers take


def feed_links(base: str, f: Filter | None = None, name: str = "Timeline",
               lang: str | None = None) -> dict:
    """``https``, ``webcal``, ``google`` and ``outlook`` subscribe links of a (filtered) feed;
    ``secure`` says whether the feed is served over https (Google subscribes to no other).

    :param lang: the feed's language when it is not the subscriber's calendar app's own
        choice (``lang=en`` in the URL).
    """
    query = f.query_string() if f is not None and not f.is_empty else ""
    if lang:
        query = "&".join(filter(None, [query, urlencode({"lang": lang})]))
    https = f"{base}/calendar.ics" + (f"?{query}" if query else "")
    webcal = "webcal://" + https.split("://", 1)[1]
    secure = https.startswith("https://")
    # Google Calendar subscribes only through its own link, and only to https feeds.
    google_target = https if secure else webcal
    return {
        "https": https,
        "webcal": webcal,
        "google": "https://calendar.google.com/calendar/r?" + urlencode({"cid": google_target}),
        "outlook": "https://outlook.live.com/calendar/0/addfromweb?"
        + urlencode({"url": webcal, "name": name}),
        "secure": secure,
    }


def follow_links(base: str, item: StoredEvent, lang: str | None = None) -> list[dict]:
    """Feeds to follow what one event is about: each participant, its place and its country
    (``{"param": "who", "value": …, "links": feed_links(…)}``)."""
    e = item.event
    # A surname follows a person under every title (``Tokayev``, not ``Kazakistan
    # Cumhurbaşkanı Kasım Cömert Tokayev``).
    wanted = [("who", p.split()[-1]) for p in e.participants[:4] if p.split()]
    wanted += [("where", p) for p in dict.fromkeys(x for x in (e.location, e.country) if x)]
    out = []
    for param, value in dict.fromkeys(wanted):
        f = Filter(raw=((param, value),))
        out.append({"param": param, "value": value,
                    "links": feed_links(base, f, value, lang)})
    return out


def _details(base: str, item: StoredEvent, lang: str) -> str:
    """The text of an "add" link: the quote, the event page and the outlets (attribution)."""
    e = item.event
    outlets = ", ".join(dict.fromkeys(
        name for s in item.sources if (name := outlet_of(s.outlet, s.url))))
    parts = [e.quote[:500], f"{base}/events/{item.id}"]
    if outlets:
        parts.append(outlets[:200])
    return "\n\n".join(parts)[:MAX_DETAILS]


def add_links(base: str, item: StoredEvent, lang: str = "tr") -> dict[str, str]:
    """Google Calendar and Outlook "add this event" links, as the feed shows the event (all-day
    with an exclusive end, or timed in the zone of its place); none for an event that is not
    day-precise."""
    try:
        start, end = span(item)
    except ValueError:  # known only to the month or year
        return {}
    title = summary(item, lang)
    where = place_label(item.event.location, item.event.country)
    details = _details(base, item, lang)
    if isinstance(start, datetime):
        # Google: local times with their zone; Outlook: UTC instants.
        g_dates = f"{start:%Y%m%dT%H%M%S}/{start + TIMED_LENGTH:%Y%m%dT%H%M%S}"
        ctz = {"ctz": start.tzinfo.key}
        o_start = start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        o_end = end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        allday = "false"
    else:
        g_dates = f"{start:%Y%m%d}/{end:%Y%m%d}"
        ctz = {}
        o_start, o_end, allday = start.isoformat(), end.isoformat(), "true"
    google = "https://calendar.google.com/calendar/render?" + urlencode(
        {"action": "TEMPLATE", "text": title, "dates": g_dates, "details": details,
         "location": where, **ctz}, quote_via=quote)
    outlook = "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(
        {"path": "/calendar/action/compose", "rru": "addevent", "subject": title,
         "startdt": o_start, "enddt": o_end, "allday": allday, "location": where,
         "body": details}, quote_via=quote)
    return {"google": google, "outlook": outlook}
