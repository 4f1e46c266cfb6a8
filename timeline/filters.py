"""The one set of filters shared by the timeline page, the feeds, ``/api/events`` and the CLI.

Query parameters: ``who`` (participant), ``where`` (place or country), ``type``, ``status``,
``source`` (document id, outlet, source path or article URL), ``q`` (free text), ``from``,
``to`` (dates at any precision: ``2025``, ``2025-11``, ``2025-11-12``), ``upcoming=1`` and
``min_confidence`` (``0.9``: events whose confidence is at least that; feeds carry only events
of at least ``TIMELINE_FEED_MIN_CONFIDENCE`` whatever it says). A
parameter given several times matches any of its values; different parameters must all match.
Names match with Turkish case folding and without diacritics (``who=tokayev``,
``where=MOSKOVA``, ``where=Kazakistan`` for every place in the country, ``where=Moskova'da``,
and the gazetteer's other spellings such as ``where=Rusya Federasyonu``).

>>> f = parse({"who": "tokayev", "where": ["Moskova", "Astana"], "upcoming": "1"})
>>> f.who, f.where, f.upcoming
(('tokayev',), ('Moskova', 'Astana'), True)
>>> f.query_string()
'upcoming=1&where=Astana&where=Moskova&who=tokayev'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlencode

from .errors import InputError
from .i18n import LANGUAGES, gettext
from .lang import DEFAULT_LANG, read_table
from .model import EVENT_STATUSES, NAME_MAX, Event, Source, StoredEvent, slot_days
from .text import search_key, strip_suffix

if TYPE_CHECKING:
    from .store import Store

TEXT_PARAMS = ("who", "where", "type", "status", "source", "q")
PARAMS = (*TEXT_PARAMS, "from", "to", "upcoming", "min_confidence")
MAX_VALUES = 20
MAX_LENGTH = NAME_MAX


def _answers(value: str, lang: str = DEFAULT_LANG) -> tuple[str, ...]:
    """The words of a language for yes or no (answers.tsv)."""
    return tuple(r["word"] for r in read_table(lang, "answers.tsv") if r["value"] == value)


_TRUE = ("1", "true", "yes", "on", *_answers("yes"))
_FALSE = ("", "0", "false", "no", "off", *_answers("no"))


@dataclass(frozen=True)
class Filter:
    """A parsed set of filter parameters (see the module docstring)."""

    who: tuple[str, ...] = ()
    where: tuple[str, ...] = ()
    type: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    q: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None
    upcoming: bool = False
    min_confidence: float | None = None
    raw: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    @property
    def is_empty(self) -> bool:
        return not self.raw

    def query_string(self) -> str:
        """The filter as a canonical query string (stable order), for links and cache keys:
        two spellings of one filter (parameter order, repeated values) give one string."""
        return urlencode(sorted(set(self.raw)))

    def label(self, lang: str) -> str:
        """A short human description: ``kim: tokayev · nerede: Moskova``.

        >>> parse({"who": "tokayev", "upcoming": "1"}).label("en")
        'who: tokayev · upcoming'
        """
        parts = []
        for name, value in self.raw:
            label = gettext(lang, f"feed.param.{name}")
            parts.append(label if name == "upcoming" else f"{label}: {value}")
        return " · ".join(dict.fromkeys(parts))


def _date_bound(name: str, value: str, last: bool) -> date:
    """``2025`` / ``2025-11`` / ``2025-11-12`` -> the first (or last) day it covers."""
    value = value.strip()
    try:
        first, final = slot_days(value)
    except ValueError as e:
        raise InputError(f"{name}={value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD") from e
    return final if last else first


def _values(params: Mapping, name: str) -> list[str]:
    if hasattr(params, "getlist"):
        got = params.getlist(name)
    else:
        got = params.get(name, [])
        got = [got] if isinstance(got, str) else list(got)
    got = [g.strip() for g in got if isinstance(g, str) and g.strip()]
    if len(got) > MAX_VALUES:
        raise InputError(f"too many values for {name!r} (at most {MAX_VALUES})")
    for g in got:
        if len(g) > MAX_LENGTH:
            raise InputError(f"{name} value is too long (at most {MAX_LENGTH} characters)")
    return got


def parse(params: Mapping | None) -> Filter:
    """Build a filter from query parameters (a ``MultiDict``, a dict of lists or of strings).
    Other parameters (``lang``…) are ignored here.

    :raises InputError: for a malformed date, an ``upcoming`` that is not a yes/no, too many or
        too long values.
    """
    if not params:
        return Filter()
    values = {name: got for name in PARAMS if (got := _values(params, name))}
    start = _date_bound("from", values["from"][-1], last=False) if "from" in values else None
    end = _date_bound("to", values["to"][-1], last=True) if "to" in values else None
    if start and end and end < start:
        raise InputError(f"to={values['to'][-1]!r} is before from={values['from'][-1]!r}")
    upcoming_value = values.get("upcoming", ["0"])[-1].lower()
    if upcoming_value not in _TRUE + _FALSE:
        raise InputError(f"upcoming={values['upcoming'][-1]!r} is not a yes/no; use upcoming=1")
    upcoming = upcoming_value in _TRUE
    min_confidence = (
        _confidence(values["min_confidence"][-1]) if "min_confidence" in values else None
    )
    # Only what changes the result is kept (a last "from" wins, "upcoming=0" is no filter).
    raw = [(k, v) for k, vs in values.items() if k in TEXT_PARAMS for v in vs]
    raw += [(k, values[k][-1]) for k in ("from", "to") if k in values]
    if upcoming:
        raw.append(("upcoming", "1"))
    if min_confidence:
        raw.append(("min_confidence", f"{min_confidence:g}"))
    return Filter(
        **{name: tuple(values.get(name, ())) for name in TEXT_PARAMS},
        start=start,
        end=end,
        upcoming=upcoming,
        min_confidence=min_confidence or None,
        raw=tuple(raw),
    )


def _confidence(value: str) -> float:
    """A ``min_confidence`` value: a number from 0 to 1.

    >>> _confidence("0.75")
    0.75

    :raises InputError: for anything else.
    """
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise InputError(f"min_confidence={value!r} is not a number from 0 to 1")
    return number


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    # Names and titles repeat across events and requests: fold each once.
    return search_key(text)


def _contains(haystack: str, needle: str) -> bool:
    h, n = _key(haystack), _key(needle)
    return bool(n) and (f" {n} " in f" {h} " or n in h)


@lru_cache(maxsize=1024)
def _place_names(value: str) -> tuple[str, ...]:
    """The spellings a ``where`` value stands for: itself, without a case suffix
    (``Moskova'da``) and the gazetteer's name for an alias (``Rusya Federasyonu`` -> ``Rusya``)
    or an English name (``Moscow`` -> ``Moskova``).
    """
    from .places import lookup_any

    names = [value, strip_suffix(value)]
    place = lookup_any(strip_suffix(value)) or lookup_any(value)
    if place is not None:
        names.append(place.name)
    return tuple(dict.fromkeys(n for n in names if _key(n)))


@lru_cache(maxsize=256)
def _type_keys(event_type: str) -> frozenset[str]:
    keys = {search_key(event_type)}
    keys.update(search_key(gettext(lang, f"type.{event_type}")) for lang in LANGUAGES)
    return frozenset(keys)


@lru_cache(maxsize=256)
def _status_keys(status: str) -> frozenset[str]:
    keys = {search_key(status)}
    keys.update(search_key(gettext(lang, f"status.{status}")) for lang in LANGUAGES)
    return frozenset(keys)


def text_of(item: StoredEvent) -> str:
    e = item.event
    parts = [e.title, e.quote, e.location or "", e.country or "", *e.participants]
    parts += [s.title for s in item.sources] + [s.quote for s in item.sources]
    parts += [s.outlet or "" for s in item.sources]
    return " ".join(parts)


def _matches_who(item: StoredEvent, value: str) -> bool:
    return any(_contains(p, value) for p in item.event.participants)


def _matches_where(item: StoredEvent, value: str) -> bool:
    e = item.event
    places = [p for p in (e.location, e.country) if p]
    return any(_contains(place, name) for name in _place_names(value) for place in places)


def _matches_type(item: StoredEvent, value: str) -> bool:
    return _key(value) in _type_keys(item.event.type)


def _matches_status(item: StoredEvent, value: str) -> bool:
    return _key(value) in _status_keys(item.event.status)


def _matches_source(item: StoredEvent, value: str) -> bool:
    return any(
        s.document == value
        or _contains(s.outlet or "", value)
        or _contains(s.source, value)
        or (s.url is not None and value.lower() in s.url.lower())
        for s in item.sources
    )


_MATCHERS = {
    "who": _matches_who,
    "where": _matches_where,
    "type": _matches_type,
    "status": _matches_status,
    "source": _matches_source,
}


def span_of(item: StoredEvent) -> tuple[date, date]:
    """The first and last day an event touches, its original slot included (a postponed
    event is found both at its old and its new date)."""
    return spans(item.event)[2:]


# ---------------------------------------------------------------------------------------------
# What the store's facet index holds (``event_facets``): the values the filters above test,
# folded as they fold them, so that a filter becomes index lookups with the same answer.

FACET_KINDS = ("who", "place", "country", "type", "status", "year", "outlet", "doc", "path", "url")


def facet_entries(e: Event, sources: Iterable[Source]) -> set[tuple[str, str, str]]:
    """``(kind, key, shown)`` triples of one event: its participants (``who``), its place
    when it is not its country (``place``), its ``country``, ``type``, ``status``, the
    ``year`` it opens in, and per source the ``outlet``, the document id (``doc``), the source
    path (``path``) and the article URL (``url``). Names are keyed by :func:`search_key`
    (what ``who``/``where``/``source`` match a substring of); the URL by its lower case.

    >>> from timeline.model import Event
    >>> e = Event("2025-11", "month", "t", "visit", "planned", "", location="Moskova",
    ...           country="Rusya", participants=["Kasım Cömert Tokayev"])
    >>> sorted(facet_entries(e, []))[:2]
    [('country', 'rusya', 'Rusya'), ('place', 'moskova', 'Moskova')]
    """
    out: set[tuple[str, str, str]] = {("type", e.type, e.type), ("status", e.status, e.status)}
    for p in e.participants:
        if _key(p):
            out.add(("who", _key(p), p))
    if e.location and e.location != e.country and _key(e.location):
        out.add(("place", _key(e.location), e.location))
    if e.country and _key(e.country):
        out.add(("country", _key(e.country), e.country))
    try:
        year = str(e.range()[0].year)
    except (ValueError, TypeError):
        year = ""
    out.add(("year", year, year))
    for s in sources:
        out |= source_facet_entries(s.document, s.outlet, s.source, s.url)
    return out


@lru_cache(maxsize=65536)
def source_facet_entries(
    document: str, outlet: str | None, source: str | None, url: str | None
) -> frozenset[tuple[str, str, str]]:
    """The ``doc``, ``outlet``, ``path`` and ``url`` triples one source gives its event
    (remembered: an event reported 2,000 times is indexed again with each new report)."""
    out = {("doc", document, document)}
    if outlet and _key(outlet):
        out.add(("outlet", _key(outlet), outlet))
    if source and _key(source):
        out.add(("path", _key(source), source))
    if url:
        out.add(("url", url.lower(), url))
    return frozenset(out)


def spans(e: Event) -> tuple[date, date, date, date]:
    """The first and last day an event covers (its slot, for the page's order) and those it
    touches, its original slot included (:func:`span_of`, for ``from``/``to``/``upcoming``)."""
    first, last = e.range()
    span_first, span_last = first, last
    if e.replaces:
        o_first, o_last = e.original_range()
        span_first, span_last = min(first, o_first), max(last, o_last)
    return first, last, span_first, span_last


def type_matches(value: str, event_type: str) -> bool:
    """Whether ``type=value`` selects events of ``event_type`` (its code, Turkish or English
    name, folded)."""
    return _key(value) in _type_keys(event_type)


def status_matches(value: str, status: str) -> bool:
    """Whether ``status=value`` selects events of ``status``."""
    return _key(value) in _status_keys(status)


def needle(value: str) -> str:
    """The folded text a name filter looks for inside the folded names (empty: matches
    nothing)."""
    return _key(value)


def place_needles(value: str) -> tuple[str, ...]:
    """The folded spellings a ``where`` value looks for (see :func:`_place_names`)."""
    return tuple(dict.fromkeys(_key(n) for n in _place_names(value)))


def matches(item: StoredEvent, f: Filter, today: date, search_hits: set[str] | None = None) -> bool:
    """Whether one event passes the filter. ``search_hits``: ids found by full-text search for
    ``q`` (when the store has an index); without it ``q`` is matched as a substring."""
    for name, test in _MATCHERS.items():
        wanted = getattr(f, name)
        if wanted and not any(test(item, value) for value in wanted):
            return False
    if f.q:
        if search_hits is not None:
            if item.id not in search_hits:
                return False
        elif not all(_contains(text_of(item), q) for q in f.q):
            return False
    first, last = span_of(item)
    if f.start and last < f.start:
        return False
    if f.end and first > f.end:
        return False
    if f.upcoming and last < today:
        return False
    if f.min_confidence is not None and item.event.confidence < f.min_confidence:
        return False
    return True


def apply(
    items: list[StoredEvent], f: Filter, today: date, search_hits: set[str] | None = None
) -> list[StoredEvent]:
    """The events that pass the filter, in their given order."""
    if f.is_empty:
        return list(items)
    return [it for it in items if matches(it, f, today, search_hits)]


def search_hits(store: Store, f: Filter) -> set[str] | None:
    """Ids the store's full-text index finds for ``q`` (None: no ``q`` or no index)."""
    if not f.q or not hasattr(store, "search"):
        return None
    hits: set[str] | None = None
    for value in f.q:  # every value must match, as without an index
        found = set(store.search(value))
        hits = found if hits is None else hits & found
    return hits


def within_window(
    items: list[StoredEvent], today: date, past_days: int | None
) -> list[StoredEvent]:
    """Drop events that ended more than ``past_days`` before ``today`` (None: keep all).

    >>> within_window([], date(2025, 10, 30), 30)
    []
    """
    if past_days is None:
        return list(items)
    cutoff = today - timedelta(days=past_days)
    return [it for it in items if span_of(it)[1] >= cutoff]


class Universe(Protocol):
    """What notes check a filter's values against: the store (index lookups) or, in tests, a
    list of events."""

    def has_match(self, name: str, value: str) -> bool: ...


@dataclass
class Selection:
    """What a feed shows (``chosen``: the events that pass the filter and window, in time
    order) and what its notes are checked against (``universe``: the store)."""

    chosen: list[StoredEvent]
    universe: Universe | list[StoredEvent]


def select(
    store: Store,
    f: Filter,
    today: date,
    past_days: int | None = None,
    calendar_only: bool = False,
) -> Selection:
    """The events of a feed: the one selection used by the served feeds and
    ``timeline export``, so both give the same calendar for the same options. The store's
    indexes answer it (:meth:`timeline.store.Store.query`): the same events as
    :func:`apply` and :func:`within_window` over every event.

    :param calendar_only: only events marked for the calendar (all a feed can show).
    """
    chosen, _total = store.query(f, today, past_days=past_days, calendar_only=calendar_only)
    return Selection(chosen, store)


def _has_match(universe: Universe | list[StoredEvent], name: str, value: str) -> bool:
    if hasattr(universe, "has_match"):
        return universe.has_match(name, value)
    return any(_MATCHERS[name](item, value) for item in universe)


def notes(universe: Universe | list[StoredEvent], f: Filter, lang: str = "en") -> list[str]:
    """Plain explanations, in ``lang``, for filter values that match nothing in the store
    (``universe``: the store, or a list of events).

    >>> notes([], parse({"who": "nobody", "status": "held"}))
    ["who='nobody': no event matches this value"]
    >>> notes([], parse({"status": "belki"}), "tr")[0][:38]
    "status='belki': bilinmeyen durum (geçe"
    """
    out = []
    for name in ("who", "where", "type", "source"):
        for value in getattr(f, name):
            if not _has_match(universe, name, value):
                out.append(gettext(lang, "feed.note.no_match", param=name, value=repr(value)))
    for value in f.status:
        if not any(_key(value) in _status_keys(s) for s in EVENT_STATUSES):
            out.append(
                gettext(
                    lang,
                    "feed.note.unknown_status",
                    value=repr(value),
                    choices=" / ".join(EVENT_STATUSES),
                )
            )
    return out


def feed_notes(
    universe: Universe | list[StoredEvent], f: Filter, empty: bool, lang: str = "en"
) -> list[str]:
    """The notes a feed carries: :func:`notes`, and when a filtered feed is ``empty`` though
    every value matches something (``who=tokayev&where=Tahran``), a note that says so."""
    out = notes(universe, f, lang)
    if not out and empty and not f.is_empty:
        out.append(gettext(lang, "feed.note.empty"))
    return out


def with_withdrawn(
    selection: Selection, store: Store, f: Filter, today: date, past_days: int | None = None
) -> Selection:
    """A feed's selection plus the events that only withdrawn articles reported, as cancelled
    (issue 7): feeds keep them, with a higher ``SEQUENCE``, so that subscribers see them go.
    They pass the same filter and window as the others (``q`` as a substring: they are no
    longer in the search index)."""
    withdrawn = store.withdrawn_events() if hasattr(store, "withdrawn_events") else []
    if not withdrawn:
        return selection
    chosen = within_window(apply(withdrawn, f, today), today, past_days)
    return Selection([*selection.chosen, *chosen], selection.universe)
