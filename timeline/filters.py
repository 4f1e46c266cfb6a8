"""The one set of filters shared by the timeline page, the feeds, ``/api/events`` and the CLI.

Query parameters: ``who`` (participant), ``where`` (place or country), ``type``, ``status``,
``source`` (document id, outlet or source path), ``q`` (free text), ``from``, ``to`` (dates at
any precision: ``2025``, ``2025-11``, ``2025-11-12``) and ``upcoming=1``. A parameter given
several times matches any of its values; different parameters must all match. Names match
with Turkish case folding and without diacritics (``who=tokayev``, ``where=MOSKOVA``,
``where=Kazakistan`` for every place in the country).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from .errors import InputError
from .events.merge import event_range, original_range
from .i18n import LANGUAGES, gettext
from .model import STATUSES, StoredEvent
from .text import search_key

TEXT_PARAMS = ("who", "where", "type", "status", "source", "q")
PARAMS = (*TEXT_PARAMS, "from", "to", "upcoming")
MAX_VALUES = 20
MAX_LENGTH = 200


@dataclass(frozen=True)
class Filter:
    who: tuple[str, ...] = ()
    where: tuple[str, ...] = ()
    type: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    q: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None
    upcoming: bool = False
    raw: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    @property
    def is_empty(self) -> bool:
        return not self.raw

    def query_string(self) -> str:
        """The filter as a canonical query string (stable order), for links and cache keys."""
        from urllib.parse import urlencode

        return urlencode(sorted(self.raw))


def _date_bound(name: str, value: str, last: bool) -> date:
    """``2025`` / ``2025-11`` / ``2025-11-12`` -> the first (or last) day it covers."""
    from .events.merge import slot_range

    value = value.strip()
    kinds = {4: "year", 7: "month", 10: "day"}
    try:
        kind = kinds[len(value)]
        first, final = slot_range(value, kind)
    except (KeyError, ValueError) as e:
        raise InputError(f"{name}={value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD") from e
    return final if last else first


def parse(params: Mapping | None) -> Filter:
    """Build a filter from query parameters (a ``MultiDict``, a dict of lists or of strings).

    :raises InputError: for a malformed date, too many or too long values.
    """
    if not params:
        return Filter()
    values: dict[str, list[str]] = {}
    for name in PARAMS:
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
        if got:
            values[name] = got
    start = _date_bound("from", values["from"][-1], last=False) if "from" in values else None
    end = _date_bound("to", values["to"][-1], last=True) if "to" in values else None
    if start and end and end < start:
        raise InputError(f"to={values['to'][-1]!r} is before from={values['from'][-1]!r}")
    upcoming = values.get("upcoming", ["0"])[-1].lower() in ("1", "true", "yes", "on")
    raw = tuple((k, v) for k, vs in values.items() for v in vs)
    return Filter(
        **{name: tuple(values.get(name, ())) for name in TEXT_PARAMS},
        start=start,
        end=end,
        upcoming=upcoming,
        raw=raw,
    )


def _contains(haystack: str, needle: str) -> bool:
    h, n = search_key(haystack), search_key(needle)
    return bool(n) and (f" {n} " in f" {h} " or n in h)


def _type_keys(event_type: str) -> set[str]:
    keys = {search_key(event_type)}
    keys.update(search_key(gettext(lang, f"type.{event_type}")) for lang in LANGUAGES)
    return keys


def _status_keys(status: str) -> set[str]:
    keys = {search_key(status)}
    keys.update(search_key(gettext(lang, f"status.{status}")) for lang in LANGUAGES)
    return keys


def text_of(item: StoredEvent) -> str:
    e = item.event
    parts = [e.title, e.quote, e.location or "", e.country or "", *e.participants]
    parts += [s.title for s in item.sources] + [s.quote for s in item.sources]
    return " ".join(parts)


def matches(item: StoredEvent, f: Filter, today: date, search_hits: set[str] | None = None) -> bool:
    """Whether one event passes the filter. ``search_hits``: ids found by full-text search for
    ``q`` (when the store has an index); without it ``q`` is matched as a substring."""
    e = item.event
    if f.who and not any(_contains(p, w) for w in f.who for p in e.participants):
        return False
    if f.where and not any(_contains(place, w) for w in f.where
                           for place in (e.location or "", e.country or "") if place):
        return False
    if f.type and not any(search_key(t) in _type_keys(e.type) for t in f.type):
        return False
    if f.status and not any(search_key(s) in _status_keys(e.status) for s in f.status):
        return False
    if f.source and not any(
        s.document == v or _contains(s.outlet or "", v) or _contains(s.source, v)
        or (s.url and v in s.url)
        for v in f.source for s in item.sources
    ):
        return False
    if f.q:
        if search_hits is not None:
            if item.id not in search_hits:
                return False
        elif not all(_contains(text_of(item), q) for q in f.q):
            return False
    first, last = event_range(e)
    if e.replaces:
        o_first, o_last = original_range(e)
        first, last = min(first, o_first), max(last, o_last)
    if f.start and last < f.start:
        return False
    if f.end and first > f.end:
        return False
    if f.upcoming and last < today:
        return False
    return True


def apply(items: list[StoredEvent], f: Filter, today: date,
          search_hits: set[str] | None = None) -> list[StoredEvent]:
    if f.is_empty:
        return list(items)
    return [it for it in items if matches(it, f, today, search_hits)]


def notes(items: list[StoredEvent], f: Filter, lang: str = "tr") -> list[str]:
    """Plain explanations for filter values that match nothing in the whole store."""
    out = []
    checks = (
        ("who", lambda it, v: any(_contains(p, v) for p in it.event.participants)),
        ("where", lambda it, v: any(_contains(p, v) for p in (it.event.location or "",
                                                                it.event.country or "") if p)),
        ("type", lambda it, v: search_key(v) in _type_keys(it.event.type)),
        ("source", lambda it, v: any(s.document == v or _contains(s.outlet or "", v)
                                     or _contains(s.source, v) for s in it.sources)),
    )
    for name, test in checks:
        for value in getattr(f, name):
            if not any(test(it, value) for it in items):
                out.append(f"{name}={value!r}: no event matches this value")
    for value in f.status:
        if not any(search_key(value) in _status_keys(s) for s in STATUSES):
            out.append(f"status={value!r}: unknown status; use one of {', '.join(STATUSES)}")
    return out
