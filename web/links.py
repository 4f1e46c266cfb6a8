"""Absolute links: feed URLs (https, webcal, Google and Outlook subscribe) and per-event
"add to calendar" links. Built from the configured base URL, else the request's host.

>>> links = feed_links("https://events.example.org", None)
>>> links["webcal"]
'webcal://events.example.org/calendar.ics'
>>> links["google"]
'https://calendar.google.com/calendar/r?cid=https%3A%2F%2Fevents.example.org%2Fcalendar.ics%3Ffit%3Dgoogle'
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache
from hashlib import sha256
from typing import Any
from urllib.parse import quote, urlencode

from flask import Flask, current_app, has_app_context, request, url_for

from timeline.filters import Filter
from timeline.model import StoredEvent
from timeline.render.ics import outlet_of, place_label, span, summary
from timeline.text import search_key

MAX_DETAILS = 900  # keeps an "add" link well under the URL lengths browsers and servers take


def feed_links(
    base: str, f: Filter | None = None, name: str = "Timeline", lang: str | None = None
) -> dict:
    """``https``, ``webcal``, ``google`` and ``outlook`` subscribe links of a (filtered) feed;
    ``secure`` says whether the feed is served over https (Google subscribes to no other).

    :param lang: the feed's language when it is not the subscriber's calendar app's own
        choice (``lang=en`` in the URL).
    """
    if is_static():  # one language per published site: its feeds are files
        https = absolute_url(base, "feeds.calendar", list(f.raw) if f is not None else [])
    else:
        query = f.query_string() if f is not None and not f.is_empty else ""
        if lang:
            query = "&".join(filter(None, [query, urlencode({"lang": lang})]))
        https = f"{base}/calendar.ics" + (f"?{query}" if query else "")
    webcal = "webcal://" + https.split("://", 1)[1]
    secure = https.startswith("https://")
    # Google Calendar subscribes only through its own link, and only to https feeds; it
    # drops events past about 1 MB or 1,000 without a word, so it gets the feed cut to fit
    # (timeline.feedsize).
    fitted = fitted_url(base, f, https)
    google_target = fitted if secure else "webcal://" + fitted.split("://", 1)[1]
    return {
        "https": https,
        "webcal": webcal,
        "fitted": fitted,
        "google": "https://calendar.google.com/calendar/r?" + urlencode({"cid": google_target}),
        "outlook": "https://outlook.live.com/calendar/0/addfromweb?"
        + urlencode({"url": webcal, "name": name}),
        "secure": secure,
    }


def fitted_url(base: str, f: Filter | None, https: str) -> str:
    """The address of a feed's version cut to Google Calendar's limits (``fit=google``; on
    the static site a file under ``google/``)."""
    if is_static():
        pairs = list(f.raw) if f is not None else []
        return absolute_url(base, "feeds.calendar", [*pairs, ("fit", "google")])
    return https + ("&" if "?" in https else "?") + "fit=google"


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
        out.append({"param": param, "value": value, "links": feed_links(base, f, value, lang)})
    return out


def _details(base: str, item: StoredEvent, lang: str) -> str:
    """The text of an "add" link: the quote, the event page and the outlets (attribution)."""
    e = item.event
    outlets = ", ".join(
        dict.fromkeys(name for s in item.sources if (name := outlet_of(s.outlet, s.url)))
    )
    parts = [e.quote[:500], f"{base}/events/{item.id}{page_suffix()}"]
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
    if isinstance(start, datetime) and isinstance(end, datetime):
        # Google: local times with their zone; Outlook: UTC instants.
        g_dates = f"{start:%Y%m%dT%H%M%S}/{end:%Y%m%dT%H%M%S}"
        ctz = {"ctz": str(start.tzinfo)}  # a ZoneInfo's key, e.g. Europe/Istanbul
        o_start = start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        o_end = end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        allday = "false"
    else:
        g_dates = f"{start:%Y%m%d}/{end:%Y%m%d}"
        ctz = {}
        o_start, o_end, allday = start.isoformat(), end.isoformat(), "true"
    google = "https://calendar.google.com/calendar/render?" + urlencode(
        {
            "action": "TEMPLATE",
            "text": title,
            "dates": g_dates,
            "details": details,
            "location": where,
            **ctz,
        },
        quote_via=quote,
    )
    outlook = "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(
        {
            "path": "/calendar/action/compose",
            "rru": "addevent",
            "subject": title,
            "startdt": o_start,
            "enddt": o_end,
            "allday": allday,
            "location": where,
            "body": details,
        },
        quote_via=quote,
    )
    return {"google": google, "outlook": outlook}


# ---------------------------------------------------------------------------------------------
# The static site (``timeline publish``): one URL scheme for files on any static host
#
# A query string has no file on a static host, so when the app renders for publishing
# (``STATIC_SITE`` set) every link goes through :func:`site_url`, which maps the live route
# and its query to a path:
#
#   /                               index.html            /?page=N  page/N/index.html
#   /?order=upcoming                upcoming/index.html   (…&page=N upcoming/page/N/)
#   /?who=X (where, type, status,   who/<slug>/index.html (…/upcoming/, …/page/N/)
#   source)
#   /?from=Y&to=Y (one year)        year/Y/index.html
#   /lists                          lists/index.html
#   /events/<id>, /events/<id>.ics  events/<id>/index.html, events/<id>.ics
#   /documents/<id>                 documents/<id>/index.html
#   /calendar.ics, ?who=X           calendar.ics, feeds/who/<slug>.ics
#   /events.atom, ?who=X            events.atom, feeds/who/<slug>.atom
#   /calendar.ics?fit=google (&who=X)  google/calendar.ics (google/feeds/who/<slug>.ics)
#   /api/events, /api/events/<id>   api/events.json, api/events/<id>.json
#   /api/documents[/<id>]           api/documents.json, api/documents/<id>.json
#   /api/timelinejs.json            api/timelinejs.json
#
# A page shows at most one filter; a link that would combine filters (a facet on a filtered
# page) leads to the page of the filter it adds; free search and other combinations have no
# page (the static page says so). Pages link each other relatively (the site can live under
# any path); feeds, JSON and subscribe links are absolute, built from the base URL.

STATIC_FILTERS = ("who", "where", "type", "status", "source")
_CLEAN_KEY = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}")
SLUG_LENGTH = 80


def slug(value: str) -> str:
    """A safe file name for a filter value, the same for every spelling that filters the same
    (Turkish case, diacritics and punctuation folded); never empty, never ``.``/``..``, never
    a path.

    Folded names of plain letters and digits read as they are; anything else (other scripts,
    very long names) keeps a readable part and gets a hash of the name after ``_``, which a
    plain slug never contains, so two names never share a file.

    >>> slug("Köşerbayev"), slug("KÖŞERBAYEV"), slug("Rusya Federasyonu")
    ('koserbayev', 'koserbayev', 'rusya-federasyonu')
    >>> slug("../../etc/passwd"), slug(".."), slug("Москва")
    ('etc-passwd', '_e3b0c44298', '_4ed0608556')
    """
    key = search_key(value)
    if _CLEAN_KEY.fullmatch(key) and len(key) <= SLUG_LENGTH:
        return key.replace(" ", "-")
    readable = re.sub(r"[^a-z0-9]+", "-", key).strip("-")[:60].strip("-")
    return f"{readable}_{sha256(key.encode()).hexdigest()[:10]}"


# Pages link the same few thousand names over and over: fold each once.
_slug = lru_cache(maxsize=65536)(slug)


def safe_id(value: str) -> str:
    """An event or document id as a path segment: ids are hex digests; anything else is
    slugged (never a path)."""
    return value if _SAFE_ID.fullmatch(value) else _slug(value)


def _unit(pairs: Iterable[tuple[str, str]]) -> tuple[str, str] | None:
    """The one filter a static page can show: the last one given of ``who``/``where``/
    ``type``/``status``/``source`` or a single year (``from=Y&to=Y``); ``None`` for none
    (free search and date ranges have no page)."""
    best: tuple[int, tuple[str, str]] | None = None
    bounds: dict[str, tuple[int, str]] = {}
    for n, (name, value) in enumerate(pairs):
        if name in STATIC_FILTERS:
            best = (n, (name, value))
        elif name in ("from", "to"):
            bounds[name] = (n, value)
    if {"from", "to"} <= bounds.keys():
        (a, first), (b, last) = bounds["from"], bounds["to"]
        if (
            first == last
            and len(first) == 4
            and first.isdigit()
            and (best is None or max(a, b) > best[0])
        ):
            best = (max(a, b), ("year", first))
    return best[1] if best else None


def _unit_query(unit: tuple[str, str] | None) -> list[tuple[str, str]]:
    if unit is None:
        return []
    if unit[0] == "year":
        return [("from", unit[1]), ("to", unit[1])]
    return [unit]


def static_target(
    endpoint: str, pairs: Iterable[tuple[str, str]] = (), **values: str
) -> tuple[str, str, dict]:
    """``(path, endpoint, query)``: the site path (``""`` the root, ``…/`` a directory
    served as its ``index.html``) and the live request that renders it.

    :raises ValueError: for an endpoint the static site does not have.
    """
    pairs = list(pairs)
    if endpoint == "static":
        name = values["filename"]
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", name) or name.startswith("."):
            raise ValueError(f"static file {name!r} is not published")
        return f"static/{name}", endpoint, {"filename": name}
    if endpoint in ("pages.event_page", "feeds.event_ics", "api.event"):
        key = values["event_id"]
        ending = {"pages.event_page": "/", "feeds.event_ics": ".ics", "api.event": ".json"}
        folder = "api/events" if endpoint == "api.event" else "events"
        return f"{folder}/{safe_id(key)}{ending[endpoint]}", endpoint, {"event_id": key}
    if endpoint in ("pages.document_page", "api.document"):
        key = values["doc_id"]
        if endpoint == "api.document":
            return f"api/documents/{safe_id(key)}.json", endpoint, {"doc_id": key}
        return f"documents/{safe_id(key)}/", endpoint, {"doc_id": key}
    fixed = {
        "pages.lists": "lists/",
        "api.events": "api/events.json",
        "api.documents": "api/documents.json",
        "timelinejs.export": "api/timelinejs.json",
    }
    if endpoint in fixed:  # one unfiltered file each
        return fixed[endpoint], endpoint, {}
    unit = _unit(pairs)
    query = dict(values)
    if endpoint == "openweb.atom":
        path = "events.atom" if unit is None else f"feeds/{unit[0]}/{_slug(unit[1])}.atom"
        return path, endpoint, {"_query": _unit_query(unit), **query}
    if endpoint == "feeds.calendar":
        path = "calendar.ics" if unit is None else f"feeds/{unit[0]}/{_slug(unit[1])}.ics"
        wanted = _unit_query(unit)
        if ("fit", "google") in pairs:  # the version cut to Google Calendar's limits
            path = "google/" + path
            wanted.append(("fit", "google"))
        return path, endpoint, {"_query": wanted, **query}
    if endpoint != "pages.index":
        raise ValueError(f"{endpoint} has no static page")
    view = dict(p for p in pairs if p[0] in ("order", "page"))
    order = view.get("order", "chrono")
    # A page number belongs to its exact filter: a link that dropped filters starts again.
    kept = [p for p in pairs if p[0] not in ("order", "page", "lang")]
    page = view.get("page", "0") if kept == _unit_query(unit) else "0"
    path = "" if unit is None else f"{unit[0]}/{_slug(unit[1])}/"
    wanted = _unit_query(unit)
    if order == "upcoming":
        path += "upcoming/"
        wanted.append(("order", "upcoming"))
    if page not in ("", "0"):
        path += f"page/{int(page)}/"
        wanted.append(("page", str(int(page))))
    return path, endpoint, {"_query": wanted}


def file_of(path: str) -> str:
    """The file that serves a site path (a directory's ``index.html``)."""
    return path + "index.html" if path == "" or path.endswith("/") else path


class StaticSite:
    """The site paths the rendered pages link to, each with the live request that renders it
    (filled while rendering; :mod:`web.publish` renders every path it finds here)."""

    def __init__(self, app: Flask):
        self.adapter = app.url_map.bind("localhost")
        self.targets: dict[str, str] = {}
        self._paths: dict[tuple, str] = {}

    def add(self, endpoint: str, pairs: Iterable[tuple[str, str]] = (), **values: str) -> str:
        """Register the page of a route and its query; answer its site path."""
        pairs = tuple(pairs)
        key = (endpoint, pairs, *sorted(values.items()))
        known = self._paths.get(key)
        if known is not None:
            return known
        path, endpoint, args = static_target(endpoint, pairs, **values)
        self._paths[key] = path
        if path not in self.targets:
            query = args.pop("_query", [])
            live = self.adapter.build(endpoint, args)
            self.targets[path] = live + (f"?{urlencode(query)}" if query else "")
        return path


def is_static() -> bool:
    """Whether the app renders for ``timeline publish``."""
    return has_app_context() and bool(current_app.config.get("STATIC_SITE"))


def static_site() -> StaticSite:
    site = current_app.extensions.get("timeline.static")
    if site is None:
        site = current_app.extensions["timeline.static"] = StaticSite(current_app)
    return site


def relative(path: str, here: str) -> str:
    """A link from the site path ``here`` to the site path ``path``.

    >>> relative("who/fidan/", "events/ab12/"), relative("", "events/ab12/")
    ('../../who/fidan/', '../../')
    >>> relative("calendar.ics", ""), relative("", ""), relative("page/1/", "page/-1/")
    ('calendar.ics', './', '../1/')
    >>> relative("events/ab12.ics", "events/ab12/"), relative("who/x/", "who/x/")
    ('../ab12.ics', './')
    """
    folder = here if here.endswith("/") else posixpath.dirname(here)
    base = [p for p in folder.split("/") if p]
    is_dir = path == "" or path.endswith("/")
    target = [p for p in path.split("/") if p]
    dirs = target if is_dir else target[:-1]
    n = 0
    while n < len(base) and n < len(dirs) and base[n] == dirs[n]:
        n += 1
    rest = "/".join(target[n:])
    link = "../" * (len(base) - n) + rest + ("/" if is_dir and rest else "")
    return link or "./"


def site_url(endpoint: str, pairs: Iterable[tuple[str, str]] = (), **values: Any) -> str:
    """The link to a route with a query (``pairs``): the live URL, or when publishing the
    relative link to its static file (see the scheme above)."""
    pairs = list(pairs)
    if not is_static():
        query = urlencode(pairs)
        return url_for(endpoint, **values) + (f"?{query}" if query else "")
    path = static_site().add(endpoint, pairs, **values)
    return relative(path, request.environ.get("timeline.static_path", ""))


def absolute_url(
    base: str, endpoint: str, pairs: Iterable[tuple[str, str]] = (), **values: Any
) -> str:
    """An absolute link (feeds, JSON, subscribe links): ``base`` and the live route, or when
    publishing the static path."""
    pairs = list(pairs)
    if not is_static():
        query = urlencode(pairs)
        return base + url_for(endpoint, **values) + (f"?{query}" if query else "")
    return f"{base}/{static_site().add(endpoint, pairs, **values)}"


def page_suffix() -> str:
    """What follows ``/events/<id>`` in absolute page links: ``/`` on the static site (a
    directory's index), nothing on the live one."""
    return "/" if is_static() else ""


def feed_site(f: Filter | None) -> dict:
    """Options of :func:`timeline.render.ics.feed_options` for the site being rendered: on
    the static site the feed's own URL and page links with their trailing ``/``."""
    if not is_static():
        return {}
    base = current_app.config["BASE_URL"].rstrip("/")
    pairs = list(f.raw) if f is not None else []
    return {"url": absolute_url(base, "feeds.calendar", pairs), "page_suffix": "/"}
