"""The timeline page, event pages and source views (server-rendered; JavaScript optional)."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, g, render_template, request

from timeline import clock
from timeline import filters as flt
from timeline.events.merge import event_range
from timeline.i18n import format_date, gettext
from timeline.model import StoredEvent
from timeline.render.ics import in_feed, place_label

from .links import add_links, feed_links
from .state import base_url, get_store

bp = Blueprint("pages", __name__)


def when_label(item: StoredEvent, lang: str) -> str:
    """``12 Kasım 2025``, ``15–16 Haziran 2026``, ``Kasım 2025``, ``2022``, ``… 14:00``."""
    e = item.event
    label = format_date(lang, e.date, e.end)
    return f"{label}, {e.time}" if e.time else label


def card(item: StoredEvent, lang: str, base: str) -> dict:
    """What the templates show of one event."""
    e = item.event
    return {
        "id": item.id,
        "item": item,
        "event": e,
        "when": when_label(item, lang),
        "datetime": e.date + (f"T{e.time}" if e.time else ""),
        "type_label": gettext(lang, f"type.{e.type}"),
        "status_label": gettext(lang, f"status.{e.status}"),
        "place": place_label(e.location, e.country),
        "in_calendar": in_feed(item),
        "add": add_links(base, item) if in_feed(item) else {},
        "sources": item.sources,
    }


def timeline_rows(items: list[StoredEvent], today: date, lang: str, base: str) -> list[dict]:
    """Rows of the page: year and month headings, event cards and the "today" line, in order.
    Year- and month-precise events open their year or month (never a fake day)."""
    rows: list[dict] = []
    year = month = None
    today_done = False
    for item in items:
        e = item.event
        first, last = event_range(e)
        if not today_done and last >= today:
            rows.append({"kind": "today", "label": format_date(lang, today.isoformat())})
            today_done = True
        if first.year != year:
            year, month = first.year, None
            rows.append({"kind": "year", "label": str(year), "id": f"y{year}"})
        if e.granularity != "year" and first.month != month:
            month = first.month
            rows.append({"kind": "month", "label": format_date(lang, f"{first:%Y-%m}"),
                         "id": f"m{first:%Y-%m}"})
        rows.append({"kind": "event", **card(item, lang, base)})
    if not today_done:
        rows.append({"kind": "today", "label": format_date(lang, today.isoformat())})
    return rows


@bp.route("/")
def index():
    store = get_store()
    f = flt.parse(request.args)
    items = store.events()
    hits = store.search(f.q) if f.q and hasattr(store, "search") else None
    chosen = flt.apply(items, f, clock.today(), hits)
    base = base_url()
    today = clock.today()
    lang = g.lang
    return render_template(
        "timeline.html",
        lang=lang,
        rows=timeline_rows(chosen, today, lang, base),
        count=len(chosen),
        total=len(items),
        filter=f,
        params=request.args,
        notes=flt.notes(items, f, lang) if not chosen else [],
        feed=feed_links(base, f, gettext(lang, "app.name")),
        whole_feed=feed_links(base, None, gettext(lang, "app.name")),
        today=today,
    )


@bp.route("/events/<event_id>")
def event_page(event_id: str):
    store = get_store()
    item = store.event(event_id)
    lang = g.lang
    base = base_url()
    return render_template("event.html", lang=lang, c=card(item, lang, base), base=base,
                           format_date=format_date)


def segments(text: str, timexes: list[dict], body: list[tuple[int, int]]) -> list[dict]:
    """The text cut into plain pieces, date expressions and header metadata, in order."""
    marks = sorted((t["start"], t["end"], t) for t in timexes)
    cuts = []
    pos = 0
    for a, b, t in marks:
        if a < pos:
            continue
        if a > pos:
            cuts.append({"text": text[pos:a]})
        cuts.append({"text": text[a:b], "timex": t})
        pos = b
    cuts.append({"text": text[pos:]})
    out = []
    offset = 0
    for piece in cuts:
        start, end = offset, offset + len(piece["text"])
        offset = end
        if "timex" in piece:
            out.append(piece)
            continue
        # Split plain text at the edges of the body spans so header lines can be shown apart.
        bounds = sorted({start, end, *[x for s in body for x in s if start < x < end]})
        for a, b in zip(bounds, bounds[1:], strict=False):
            inside = any(s <= a and b <= e for s, e in body)
            out.append({"text": text[a:b], "meta": not inside})
    return [s for s in out if s["text"]]


@bp.route("/documents/<doc_id>")
def document_page(doc_id: str):
    doc = get_store().document(doc_id)
    lang = g.lang
    return render_template(
        "document.html",
        lang=lang,
        doc=doc,
        pieces=segments(doc["text"], doc["timexes"], doc["body"]),
        published=format_date(lang, doc["published"][:10]),
    )
