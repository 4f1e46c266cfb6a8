"""What search engines, link previews and feed readers read in a page's ``<head>`` (issue 17):
a meta description, Open Graph and Twitter card tags, the canonical link with ``hreflang``
alternates for Turkish and English, and on event pages a schema.org ``Event`` in JSON-LD.

JSON-LD is a ``<script type="application/ld+json">`` data block: browsers never run it, so
the page's CSP (``script-src 'self'``) stays as it is; :func:`json_ld` escapes ``<``, ``>`` and
``&`` so no text of an article can close the block.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from urllib.parse import urlencode

from flask import current_app, request
from markupsafe import Markup

from timeline import i18n
from timeline.i18n import format_date, gettext
from timeline.model import StoredEvent
from timeline.places import localized, lookup
from timeline.render.ics import TIMED_LENGTH, clean, outlet_of, place_label, zone_of

from .links import page_suffix
from .state import is_safe_url

DESCRIPTION_LENGTH = 200
LOCALES = {"tr": "tr_TR", "en": "en_GB"}
SCHEMA = "https://schema.org/"


def short(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """One line of at most ``limit`` characters, cut at a word.

    >>> short("bir iki üç dört", 9)
    'bir iki…'
    """
    text = clean(text, 10 * limit, single_line=True)
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _static_path() -> str | None:
    if not current_app.config.get("STATIC_SITE"):
        return None
    return request.environ.get("timeline.static_path", "")


def page_urls(base: str, lang: str) -> dict:
    """The canonical URL of the page being rendered and its language alternates
    (``[(hreflang, url)]``, with ``x-default``: the language chosen by the reader's browser).

    Live, the language is a query parameter (``?lang=en``); the published static site is in
    one language, so its pages are their own canonical and have no alternates.
    """
    path = _static_path()
    if path is not None:
        return {"canonical": f"{base}/{path}", "alternates": []}
    kept = [(k, v) for k, vs in request.args.lists() for v in vs if k != "lang"]

    def url(code: str | None) -> str:
        query = urlencode([*kept, ("lang", code)] if code else kept)
        return base + request.path + (f"?{query}" if query else "")

    alternates = [(code, url(code)) for code in i18n.LANGUAGES] + [("x-default", url(None))]
    return {"canonical": url(lang), "alternates": alternates}


def page_meta(base: str, lang: str, title: str, description: str, kind: str = "website") -> dict:
    """Everything ``base.html`` writes into the head: ``description``, the ``og`` and
    ``twitter`` tags, ``canonical`` and ``alternates``."""
    urls = page_urls(base, lang)
    site = gettext(lang, "app.name")
    description = short(description)
    og = [
        ("og:type", kind),
        ("og:site_name", site),
        ("og:title", short(title, 120)),
        ("og:description", description),
        ("og:url", urls["canonical"]),
        ("og:locale", LOCALES.get(lang, lang)),
    ]
    if urls["alternates"]:
        og += [("og:locale:alternate", LOCALES[c]) for c in i18n.LANGUAGES if c != lang]
    twitter = [
        ("twitter:card", "summary"),
        ("twitter:title", short(title, 70)),
        ("twitter:description", description),
    ]
    return {"description": description, "og": og, "twitter": twitter, **urls}


def timeline_meta(base: str, lang: str, f, count: int) -> dict:
    """The timeline page: its filter, if any, and how many events it holds."""
    title = gettext(lang, "app.name")
    about = gettext(lang, "ui.meta.timeline", count=count)
    if f is not None and not f.is_empty:
        title = f"{f.label(lang)} · {title}"
        about = f"{f.label(lang)}: {about}"
    return page_meta(base, lang, title, about)


def event_description(item: StoredEvent, lang: str) -> str:
    """``12 Kasım 2025 · Moskova, Rusya · planlandı: “quote”``."""
    e = item.event
    parts = [format_date(lang, e.date, e.end), place_label(e.location, e.country, lang)]
    parts.append(gettext(lang, f"status.{e.status}"))
    head = " · ".join(p for p in parts if p)
    return f"{head}: “{clean(e.quote, 400, single_line=True)}”"


def event_meta(base: str, lang: str, item: StoredEvent) -> dict:
    meta = page_meta(
        base, lang, item.event.title or item.id, event_description(item, lang), "article"
    )
    meta["json_ld"] = json_ld(event_ld(item, base, lang))
    return meta


def document_meta(base: str, lang: str, doc: dict) -> dict:
    outlet = outlet_of(doc.get("outlet"), doc.get("url")) or "—"
    published = format_date(lang, str(doc.get("published") or "")[:10])
    about = gettext(lang, "ui.meta.document", outlet=outlet, published=published)
    return page_meta(base, lang, doc.get("title") or doc.get("id", ""), about, "article")


# ---------------------------------------------------------------------------------------------
# schema.org Event


def event_dates(item: StoredEvent) -> tuple[str, str]:
    """schema.org ``startDate`` and ``endDate``: days (or month/year at that precision), the
    end inclusive; with a clock time the start is a date-time with its zone's offset
    (``2025-11-12T09:30:00+05:00``) and ends at its end time when it has one, else a
    single-day event ends an hour later, as in the feed.

    >>> from timeline.model import Event
    >>> e = Event(date="2025-11-12", granularity="day", title="t", type="summit",
    ...           status="planned", quote="q", time="09:30", timezone="Asia/Dushanbe")
    >>> event_dates(StoredEvent("x", e, []))
    ('2025-11-12T09:30:00+05:00', '2025-11-12T10:30:00+05:00')
    """
    e = item.event
    if not (e.time and e.granularity == "day"):
        return e.date, e.end or e.date
    hour, minute = (int(x) for x in e.time.split(":"))
    start = datetime.combine(date.fromisoformat(e.date), time(hour, minute), zone_of(item))
    finish = e.finish()
    if finish is not None:  # a clock range: 14.00-16.00, or 22.00-02.00 ending the next day
        return start.isoformat(), finish.replace(tzinfo=start.tzinfo).isoformat()
    if e.end and e.end != e.date:
        return start.isoformat(), e.end
    return start.isoformat(), (start + TIMED_LENGTH).isoformat()


def event_status(item: StoredEvent) -> tuple[str, str | None]:
    """The schema.org ``eventStatus`` and, for a rescheduled event, the previous start.

    Cancelled → EventCancelled; moved to a new known date → EventRescheduled (with
    ``previousStartDate``); postponed with no new date → EventPostponed; else EventScheduled.
    """
    e = item.event
    if e.status == "cancelled":
        return "EventCancelled", None
    if e.replaces and e.replaces[0] and e.replaces[0] != e.date and e.status != "postponed":
        return "EventRescheduled", e.replaces[0]
    if e.status == "postponed":
        return "EventPostponed", None
    return "EventScheduled", None


def event_ld(item: StoredEvent, base: str, lang: str) -> dict:
    """The event as a schema.org ``Event``: name, start and end dates (with the zone's offset
    when there is a time), location with its country, status, the event page's URL and the
    source articles as ``subjectOf``."""
    e = item.event
    status, previous = event_status(item)
    start, end = event_dates(item)
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": clean(e.title, 250, single_line=True) or item.id,
        "startDate": start,
        "endDate": end,
        "eventStatus": SCHEMA + status,
        "eventAttendanceMode": SCHEMA + "OfflineEventAttendanceMode",
        "description": short(e.quote, 500),
        "url": f"{base}/events/{item.id}{page_suffix()}",
        "inLanguage": lang,
    }
    if previous:
        data["previousStartDate"] = previous
    address = {"@type": "PostalAddress"}
    if e.location and e.location != e.country:
        address["addressLocality"] = localized(e.location, lang)
    if e.country:
        country = lookup(e.country)
        # schema.org prefers the ISO 3166-1 code; a country the gazetteer lacks keeps its name.
        address["addressCountry"] = (country.iso if country and country.iso else None) or (
            localized(e.country, lang)
        )
    data["location"] = {
        "@type": "Place",
        "name": place_label(e.location, e.country, lang) or "—",
        "address": address,
    }
    articles = []
    for s in item.sources[:20]:
        article: dict = {
            "@type": "NewsArticle",
            "headline": clean(s.title, 200, single_line=True),
            "datePublished": s.published,
        }
        url = s.url if is_safe_url(s.url) else f"{base}/documents/{s.document}{page_suffix()}"
        article["url"] = url
        outlet = outlet_of(s.outlet, s.url)
        if outlet:
            article["publisher"] = {"@type": "Organization", "name": outlet}
        articles.append(article)
    if articles:
        data["subjectOf"] = articles
    return data


def json_ld(data: dict) -> Markup:
    """JSON for a ``<script type="application/ld+json">`` block: ``<``, ``>`` and ``&`` as
    ``\\u`` escapes, so article text can never end the block.

    >>> str(json_ld({"name": "</script><b>"}))
    '{"name": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)
