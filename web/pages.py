"""The timeline page, the lists of people, places and types, event pages and source views.

Everything is server-rendered and works without JavaScript; ``static/app.js`` only enhances
(filtering without a reload, keyboard navigation). The page shows a window of
``PAGE_SIZE`` events — by default around today, with "earlier"/"later" links that keep the
filters — so it stays fast with tens of thousands of events.

Query parameters: the filters of :mod:`timeline.filters` (``who``, ``where``, ``type``,
``status``, ``source``, ``q``, ``from``, ``to``, ``upcoming``), plus ``order`` (``chrono``: the
whole story in time order; ``upcoming``: what is coming first, then the past, latest first)
and ``page`` (windows before (negative) or after the first one).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from hashlib import sha256
from typing import Any

from flask import Blueprint, current_app, g, make_response, render_template, request

from timeline import clock, feedsize
from timeline import filters as flt
from timeline.errors import NotFound
from timeline.i18n import describe_value, format_date, format_when, gettext
from timeline.model import EVENT_STATUSES, StoredEvent
from timeline.render.ics import in_feed, place_label

from . import meta
from .facets import chips, facets, filter_notes, years
from .links import add_links, feed_links
from .served import cached, serve
from .state import base_url, get_page_cache, get_store, is_safe_url
from .view import FACET_LIMIT, LIST_LIMIT, Here, View, event_days, parse_view

bp = Blueprint("pages", __name__)


# ---------------------------------------------------------------------------------------------
# Cards and rows


def when_label(item: StoredEvent, lang: str) -> str:
    """``12 Kasım 2025``, ``15–16 Haziran 2026``, ``Kasım 2025``, ``2022``, ``…, 14.00``,
    ``…, 14.00–16.00`` (a clock range)."""
    e = item.event
    return format_when(lang, e.date, e.end, e.time, e.end_time)


def change_lines(item: StoredEvent, lang: str) -> list[dict]:
    """The changes the news reported (``postponed: 12 Kasım 2025 → 3 Aralık 2025``)."""
    out = []
    for ch in item.changes:
        before = ch.get("from") or None
        after = ch.get("to") or None
        out.append(
            {
                "label": gettext(lang, f"ui.change.{ch.get('change')}"),
                "from": format_date(lang, before[0], before[1]) if before else None,
                "to": format_date(lang, after[0], after[1]) if after else None,
                "published": format_date(lang, str(ch.get("published", ""))[:10])
                if ch.get("published")
                else "",
                "document": ch.get("document"),
            }
        )
    return out


def history_lines(item: StoredEvent, lang: str) -> list[dict]:
    """The recorded material changes, values written for readers (dates at their precision,
    statuses in the language)."""

    def shown(name: str, value) -> str:
        if value in (None, ""):
            return "—"
        if name in ("date", "end") and isinstance(value, str):
            return describe_value(lang, value)
        if name == "status":
            return gettext(lang, f"status.{value}")
        return str(value)

    out = []
    for h in item.history:
        changes = h.get("changes") or {}
        out.append(
            {
                "at": str(h.get("at", "")),
                "changes": [
                    {
                        "field": gettext(lang, f"field.{name}"),
                        "from": shown(name, ch.get("from")),
                        "to": shown(name, ch.get("to")),
                    }
                    for name, ch in changes.items()
                    if isinstance(ch, dict)
                ],
            }
        )
    return out


def card(
    item: StoredEvent, lang: str, base: str, today: date | None = None, full: bool = False
) -> dict:
    """What the templates show of one event (``full``: with "add to calendar" links, which
    only the event page shows)."""
    e = item.event
    first, last = event_days(e)
    today = today or clock.today()
    return {
        "id": item.id,
        "item": item,
        "event": e,
        "when": when_label(item, lang),
        "datetime": e.date + (f"T{e.time}" if e.time else ""),
        "precision": e.granularity,
        "precision_label": gettext(lang, f"ui.precision_note.{e.granularity}")
        if e.granularity != "day"
        else "",
        "ongoing": first < today <= last,
        "type_label": gettext(lang, f"type.{e.type}"),
        "status_label": gettext(lang, f"status.{e.status}"),
        "place": place_label(e.location, e.country, lang),
        "in_calendar": in_feed(item),
        "add": add_links(base, item) if full and in_feed(item) else {},
        "sources": [
            {
                "s": s,
                "url": s.url if is_safe_url(s.url) else None,
                "published": format_date(lang, s.published[:10]),
            }
            for s in item.sources
        ],
        "changes": change_lines(item, lang),
        "history": history_lines(item, lang) if full else [],
    }


def _first_day(item: StoredEvent) -> date:
    return event_days(item.event)[0]


def _heading_first_desc(item: StoredEvent) -> tuple:
    """Sort key for the past, latest first, with a year- or month-precise item right under its
    year or month heading (not after that period's days)."""
    e = item.event
    first = _first_day(item)
    return (
        -first.year,
        e.granularity != "year",
        -first.month,
        e.granularity != "month",
        -first.toordinal(),
        e.time or "",
        item.id,
    )


def today_index(items: Sequence[StoredEvent], today: date) -> int:
    """Where the "today" line goes in time order: before the first event that starts today or
    later (events are sorted by their first day, so this is a bisection)."""
    if isinstance(items, StoreKeys):
        return items.before(today)
    days = [_first_day(it) for it in items]
    return bisect_left(days, today)


class _LazyKeys(Sequence):
    """The events a filter selects, in some order of the store's, read only as far as a
    window needs: the length is an indexed count, a slice one or two ``LIMIT``/``OFFSET``
    queries (:meth:`_slice`). So a page of a large store costs a window, not the store."""

    def __init__(self, store, f: flt.Filter, today: date):
        self.store, self.f, self.today = store, f, today
        self._len: int | None = None

    def _slice(self, start: int, stop: int | None) -> list:
        """The keys from ``start`` to ``stop`` (``None``: to the end)."""
        raise NotImplementedError

    def __len__(self) -> int:
        if self._len is None:
            self._len = self.store.count(self.f, self.today)
        return self._len

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return list(self)[index]
            return self._slice(start, stop)
        if index < 0:
            index += len(self)
        found = self._slice(index, index + 1) if index >= 0 else []
        if not found:
            raise IndexError(index)
        return found[0]

    def __iter__(self):
        # One read for all (Sequence's default iteration would query item by item).
        return iter(self._slice(0, None))


class StoreKeys(_LazyKeys):
    """In time order, from the store's order index; the "today" line is an indexed count."""

    def _slice(self, start: int, stop: int | None) -> list:
        return self.store.keys(
            self.f, self.today, offset=start, limit=None if stop is None else max(0, stop - start)
        )

    def before(self, day: date) -> int:
        return self.store.count_before(self.f, day, self.today)


class UpcomingKeys(_LazyKeys):
    """In the upcoming order — what is ahead, soonest first, then the past, latest first —
    from the store's two indexes for it (see :meth:`timeline.store.Store.upcoming`)."""

    def __init__(self, store, f: flt.Filter, today: date):
        super().__init__(store, f, today)
        self._ahead: int | None = None

    def ahead(self) -> int:
        """How many come before the past."""
        if self._ahead is None:
            self._ahead = self.store.count_ahead(self.f, self.today)
        return self._ahead

    def _slice(self, start: int, stop: int | None) -> list:
        stop = len(self) if stop is None else stop
        split, out = self.ahead(), []
        if start < split:
            out += self.store.upcoming(
                self.f, self.today, ahead=True, offset=start, limit=max(0, min(stop, split) - start)
            )
        if stop > split:
            first = max(start, split)
            out += self.store.upcoming(
                self.f, self.today, ahead=False, offset=first - split, limit=max(0, stop - first)
            )
        return out


@dataclass
class Window:
    """The slice of the ordered events one page shows, and its neighbours."""

    items: list[StoredEvent]
    start: int
    end: int
    total: int
    page: int
    earlier: int | None = None  # page numbers of the neighbouring windows
    later: int | None = None
    today_at: int | None = None  # index into items where the "today" line goes
    past_at: int | None = None  # upcoming order: where the past begins
    pages: tuple[int, int] = (0, 0)
    rows: list[dict] = field(default_factory=list)


def window(items: Sequence[StoredEvent], today: date, view: View, size: int) -> Window:
    """Order the (filtered, chronological) events for the view and cut out its window.

    ``chrono`` opens on the window around today (a fifth of it before the "today" line);
    ``upcoming`` lists what is ahead, soonest first, then the past, latest first.

    :raises NotFound: for a page number outside the events.
    """
    size = max(1, size)
    ordered: Sequence[StoredEvent]
    if isinstance(items, UpcomingKeys):  # ordered by the store
        ordered = items
        anchor, line, boundary = 0, 0, items.ahead()
    elif view.order == "upcoming":
        ahead = [it for it in items if event_days(it.event)[1] >= today]
        behind = sorted(
            (it for it in items if event_days(it.event)[1] < today), key=_heading_first_desc
        )
        ordered = ahead + behind
        anchor, line, boundary = 0, 0, len(ahead)
    else:
        ordered, cut = items, today_index(items, today)
        # A fifth of a window before today, but a full window when the end is near.
        anchor, line, boundary = max(0, min(cut - size // 5, len(items) - size)), cut, None
    total = len(ordered)
    first_page = -((anchor + size - 1) // size)
    last_page = max(0, (total - anchor + size - 1) // size - 1)
    if not first_page <= view.page <= last_page:
        raise NotFound(
            f"page {view.page} does not exist; pages run from {first_page} to {last_page}"
        )
    start = max(0, anchor + view.page * size)
    end = min(total, anchor + (view.page + 1) * size)
    w = Window(
        list(ordered[start:end]),
        start,
        end,
        total,
        view.page,
        earlier=view.page - 1 if view.page > first_page else None,
        later=view.page + 1 if view.page < last_page else None,
        pages=(first_page, last_page),
    )
    # The today line: inside the window, or at its end when nothing comes after it.
    if start <= line <= end and (line < end or end == total):
        w.today_at = line - start
    if boundary is not None and start <= boundary < end:
        w.past_at = boundary - start
    return w


def timeline_rows(w: Window, today: date, lang: str, base: str, order: str = "chrono") -> list:
    """Rows of the page: year and month headings, event cards, the "today" line and (upcoming
    order) the start of the past, in order. Year- and month-precise events open their year or
    month (never a fake day)."""
    rows: list[dict] = []
    year = month = None

    def today_row():
        rows.append({"kind": "today", "label": format_date(lang, today.isoformat())})

    for n, item in enumerate(w.items):
        if n == w.today_at:
            today_row()
        if n == w.past_at:
            rows.append({"kind": "section", "label": gettext(lang, "ui.past"), "id": "past"})
            year = month = None
        e = item.event
        first = _first_day(item)
        if first.year != year:
            year, month = first.year, None
            rows.append({"kind": "year", "label": str(year), "id": f"y{year}-{n + w.start}"})
        if e.granularity != "year" and first.month != month:
            month = first.month
            rows.append(
                {
                    "kind": "month",
                    "label": format_date(lang, f"{first:%Y-%m}"),
                    "id": f"m{first:%Y-%m}-{n + w.start}",
                }
            )
        # The title is a heading under its month's (h3), or its year's for a year-precise item.
        level = 3 if e.granularity == "year" else 4
        rows.append({"kind": "event", "hl": level, **card(item, lang, base, today)})
    if w.today_at == len(w.items):
        today_row()
    return rows


# ---------------------------------------------------------------------------------------------
# Routes


def _form_values(f: flt.Filter) -> dict[str, list[str]]:
    values: dict[str, list[str]] = defaultdict(list)
    for name, value in f.raw:
        values[name].append(value)
    return values


def cached_page(build):
    """Render through the page cache: a page is built once per store change, day, language
    and URL, and answers ``304`` to a matching ``If-None-Match``.

    :param build: returns the HTML; it may raise (bad input is never cached).
    """
    key = (
        "page",
        request.endpoint,
        get_store().revision(),
        clock.today(),
        g.lang,
        base_url(),
        request.full_path,
        current_app.config["PAGE_SIZE"],
    )

    def render():
        html = build()
        return html, sha256(html.encode()).hexdigest()[:32]

    html, etag = cached(get_page_cache(), key, render)
    response = make_response(html)
    response.set_etag(etag)
    response.cache_control.no_cache = True  # always revalidate: the store or the day may change
    return response.make_conditional(request)


@bp.route("/")
def index():
    return cached_page(render_index)


def render_index() -> str:
    """The timeline page (see the module docstring for its parameters)."""
    f = flt.parse(request.args)
    view = parse_view(request.args)
    here = Here(f, view)
    store = get_store()
    today = clock.today()
    # Either order needs only counts and a slice of the store's indexes.
    chosen = StoreKeys(store, f, today) if view.order == "chrono" else UpcomingKeys(store, f, today)
    lang = g.lang
    base = base_url()
    w = window(chosen, today, view, current_app.config["PAGE_SIZE"])
    w.items = store.events_by_id([k.id for k in w.items])  # read only what is shown
    serve(item.id for item in w.items)
    rows = timeline_rows(w, today, lang, base, view.order)
    counts = store.facet_counts(f, today)
    types_known = sorted(
        {
            key
            for key, _shown, _n in store.facet_counts(flt.Filter(), today, kinds=("type",))["type"]
        },
        key=lambda t: gettext(lang, f"type.{t}"),
    )
    return render_template(
        "timeline.html",
        lang=lang,
        rows=rows,
        window=w,
        count=len(chosen),
        total=store.count(flt.Filter()),
        filter=f,
        view=view,
        here=here,
        values=_form_values(f),
        types_known=types_known,
        statuses=EVENT_STATUSES,
        chips=chips(here, lang),
        notes=filter_notes(f, lang, today) if not chosen else [],
        facets=facets(counts, here, lang, FACET_LIMIT),
        years=years(counts, here),
        feed=feed_links(base, f, gettext(lang, "app.name")),
        feed_too_large=feed_size_line(store, f, today, lang),
        whole_feed=feed_links(base, None, gettext(lang, "app.name")),
        timelinejs=here.url(endpoint="timelinejs.export", only_filters=True),
        today=today,
        meta=meta.timeline_meta(base, lang, f, len(chosen)),
    )


def feed_size_line(store, f: flt.Filter, today: date, lang: str) -> str:
    """The line beside the subscribe buttons when the page's feed is likely over Google
    Calendar's limits (estimated from its count: the page does not render the feed)."""
    past_days = current_app.config.get("FEED_PAST_DAYS")
    past_days = (
        past_days if isinstance(past_days, int) and not isinstance(past_days, bool) else None
    )
    events = store.count(f, today, past_days=past_days, calendar_only=True)
    if not feedsize.estimated_oversize(events):
        return ""
    return gettext(lang, "ui.feed_too_large", count=events, past_days=feedsize.FIT_PAST_DAYS)


@bp.route("/lists")
def lists():
    """People, places, countries, types, statuses, outlets and years with their counts, each
    linking to its filtered timeline (the page's filters narrow the counts)."""
    return cached_page(render_lists)


def render_lists() -> str:
    f = flt.parse(request.args)
    here = Here(f)
    store = get_store()
    today = clock.today()
    counts = store.facet_counts(f, today)
    lang = g.lang
    return render_template(
        "lists.html",
        lang=lang,
        here=here,
        count=store.count(f, today),
        chips=chips(here, lang, "pages.lists"),
        facets=facets(counts, here, lang, LIST_LIMIT),
        years=years(counts, here),
    )


@bp.route("/events/<event_id>")
def event_page(event_id: str):
    store = get_store()
    item = store.event(event_id)
    serve([item.id])
    lang = g.lang
    base = base_url()
    return render_template(
        "event.html",
        lang=lang,
        c=card(item, lang, base, full=True),
        base=base,
        format_date=format_date,
        here=Here(flt.Filter()),
        meta=meta.event_meta(base, lang, item),
    )


def segments(text: str, timexes: list[dict], body: list[tuple[int, int]]) -> list[dict]:
    """The text cut into plain pieces, date expressions and header metadata, in order."""
    marks = sorted((t["start"], t["end"], n, t) for n, t in enumerate(timexes))
    cuts: list[dict[str, Any]] = []
    pos = 0
    for a, b, _n, t in marks:
        if a < pos or b > len(text) or b <= a:
            continue
        if a > pos:
            cuts.append({"text": text[pos:a]})
        cuts.append({"text": text[a:b], "timex": t})
        pos = b
    cuts.append({"text": text[pos:]})
    out: list[dict[str, Any]] = []
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
    pieces = segments(doc["text"], doc["timexes"], doc["body"])
    for p in pieces:
        if "timex" in p:
            p["reading"] = describe_value(lang, p["timex"]["value"], p["timex"].get("mod"))
    shown = get_store().events_of_document(doc_id)
    serve(it.id for it in shown)
    events = [card(it, lang, base_url()) for it in shown]
    return render_template(
        "document.html",
        lang=lang,
        doc=doc,
        url=doc["url"] if is_safe_url(doc["url"]) else None,
        pieces=pieces,
        count=sum(1 for p in pieces if "timex" in p),
        events=events,
        source_filter=Here(flt.parse({"source": doc_id})).url(),
        published=format_date(lang, doc["published"][:10]),
        meta=meta.document_meta(base_url(), lang, doc),
    )
