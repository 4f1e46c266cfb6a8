"""For feed readers and search engines (issue 17): the Atom feed of newly added and changed
events (``/events.atom``, with the calendar feed's filters), ``/sitemap.xml`` and
``/robots.txt``. ``timeline publish`` writes the same files (the sitemap there lists every
page it wrote: :func:`sitemap_files`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from xml.sax.saxutils import escape

from flask import Blueprint, Response, g, render_template, request

from timeline import clock
from timeline import filters as flt
from timeline.i18n import gettext
from timeline.model import StoredEvent
from timeline.render.ics import clean, description, feed_options, place_label, summary

from .links import absolute_url, feed_site, is_static, page_suffix
from .served import cached, serve
from .state import base_url, get_page_cache, get_store

bp = Blueprint("openweb", __name__)
ATOM_TYPE = "application/atom+xml; charset=utf-8"
ATOM_ENTRIES = 100
SITEMAP_URLS = 50_000  # the sitemap protocol's limit per file
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


# ---------------------------------------------------------------------------------------------
# Atom


def _stamp(when: datetime | None) -> str:
    return (when or _EPOCH).astimezone(UTC).replace(microsecond=0).isoformat()


def latest_changes(store, f: flt.Filter, today, limit: int = ATOM_ENTRIES) -> list[StoredEvent]:
    """The ``limit`` events of ``f`` changed last (newest change first, then by id)."""
    items, _ = store.query(f, today)
    withdrawn = flt.with_withdrawn(flt.Selection([], store), store, f, today).chosen
    items = {it.id: it for it in [*items, *withdrawn]}.values()
    ordered = sorted(items, key=lambda it: (it.updated or _EPOCH, it.id), reverse=True)
    return ordered[:limit]


def atom_entry(item: StoredEvent, options, lang: str) -> dict:
    """What ``atom.xml`` shows of one event: a "new" or "changed" title, the calendar's
    description as text, the event page as link and id."""
    created = item.created or item.updated
    changed = item.updated is not None and created is not None and item.updated > created
    label = gettext(lang, "atom.changed" if changed else "atom.new")
    return {
        "id": f"{options.base_url}/events/{item.id}{options.page_suffix}",
        "title": clean(f"{label}: {summary(item, lang)}", 300, single_line=True),
        "updated": _stamp(item.updated),
        "published": _stamp(created),
        "category": gettext(lang, f"type.{item.event.type}"),
        "place": clean(
            place_label(item.event.location, item.event.country, lang), single_line=True
        ),
        "content": description(item, options),
    }


def render_atom(items: list[StoredEvent], f: flt.Filter, base: str, lang: str) -> bytes:
    options = feed_options(f, [], base, lang, **feed_site(f))
    if is_static():
        self_url = absolute_url(base, "openweb.atom", list(f.raw))
        page_url = absolute_url(base, "pages.index", list(f.raw))
    else:
        query = f.query_string()
        self_url = f"{base}/events.atom" + (f"?{query}" if query else "")
        page_url = f"{base}/" + (f"?{query}" if query else "")
    title = gettext(lang, "atom.title")
    if not f.is_empty:
        title = gettext(lang, "feed.filtered", name=title, label=f.label(lang))
    entries = [atom_entry(it, options, lang) for it in items]
    xml = render_template(
        "atom.xml",
        lang=lang,
        title=clean(title, 300, single_line=True),
        subtitle=gettext(lang, "atom.subtitle"),
        feed_id=self_url,
        self_url=self_url,
        page_url=page_url,
        updated=max((e["updated"] for e in entries), default=_stamp(None)),
        entries=entries,
    )
    return xml.encode()


@bp.route("/events.atom", methods=["GET", "HEAD"])
def atom():
    """Newly added and changed events, newest change first (the calendar feed's filters)."""
    f = flt.parse(request.args)
    store = get_store()
    today, lang, base = clock.today(), g.lang, base_url()
    # Built once per store change, day, language and query (it reads every selected event).
    key = ("atom", store.revision(), today, lang, base, f.query_string())

    def build() -> bytes:
        items = latest_changes(store, f, today)
        serve(it.id for it in items)
        return render_atom(items, f, base, lang)

    body = cached(get_page_cache(), key, build)
    return _conditional(body, ATOM_TYPE)


# ---------------------------------------------------------------------------------------------
# Sitemap and robots.txt


def sitemap_xml(urls: Iterable[str]) -> bytes:
    """A sitemap of ``urls`` (at most :data:`SITEMAP_URLS`)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>']
    lines.append('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    lines += [f"<url><loc>{escape(u)}</loc></url>" for u in urls]
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode()


def sitemap_index(urls: Iterable[str]) -> bytes:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>']
    lines.append('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    lines += [f"<sitemap><loc>{escape(u)}</loc></sitemap>" for u in urls]
    lines.append("</sitemapindex>")
    return ("\n".join(lines) + "\n").encode()


def sitemap_files(base: str, urls: list[str]) -> dict[str, bytes]:
    """``sitemap.xml`` of ``urls``; beyond :data:`SITEMAP_URLS`, an index of
    ``sitemap-N.xml`` parts.

    >>> sorted(sitemap_files("https://x.example", ["a"] * 3))
    ['sitemap.xml']
    """
    if len(urls) <= SITEMAP_URLS:
        return {"sitemap.xml": sitemap_xml(urls)}
    parts = {
        f"sitemap-{n // SITEMAP_URLS + 1}.xml": sitemap_xml(urls[n : n + SITEMAP_URLS])
        for n in range(0, len(urls), SITEMAP_URLS)
    }
    return {"sitemap.xml": sitemap_index(f"{base}/{name}" for name in parts), **parts}


def robots_txt(base: str) -> bytes:
    """Every page may be crawled; the JSON API is data, not pages; where the sitemap is."""
    return f"User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: {base}/sitemap.xml\n".encode()


def live_urls(store, base: str, today) -> list[str]:
    """The live site's pages: the timeline (both orders), the lists, every event and every
    source (filtered views are reached from them)."""
    urls = [f"{base}/", f"{base}/?order=upcoming", f"{base}/lists"]
    keys = store.keys(flt.Filter(), today)
    serve(k.id for k in keys)
    urls += [f"{base}/events/{k.id}{page_suffix()}" for k in keys]
    urls += [f"{base}/documents/{d['id']}" for d in store.documents()]
    return urls


@bp.route("/sitemap.xml")
def sitemap():
    store, base, today = get_store(), base_url(), clock.today()
    urls = cached(
        get_page_cache(),
        ("sitemap", store.revision(), today, base),
        lambda: live_urls(store, base, today),
    )
    return _conditional(
        sitemap_files(base_url(), urls[:SITEMAP_URLS])["sitemap.xml"],
        "application/xml; charset=utf-8",
    )


@bp.route("/robots.txt")
def robots():
    return _conditional(robots_txt(base_url()), "text/plain; charset=utf-8")


def _conditional(body: bytes, content_type: str) -> Response:
    response = Response(body, content_type=content_type)
    response.set_etag(hashlib.sha256(body).hexdigest()[:32])
    response.cache_control.public = True
    response.cache_control.max_age = 3600
    response.vary.add("Accept-Language")
    response.vary.add("Cookie")
    response.make_conditional(request)
    return response
