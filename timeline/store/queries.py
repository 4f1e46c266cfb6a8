"""Filtered queries and counts, answered by the facet index.

``event_rows`` holds each shown event's order and days, ``event_facets`` the values the
filters test (:func:`timeline.filters.facet_entries`), ``facet_values`` how many shown events
have each value. A :class:`~timeline.filters.Filter` becomes SQL conditions on
``event_rows r`` (:meth:`Queries._conditions`) that select what
:func:`timeline.filters.apply` selects.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .. import clock
from ..model import StoredEvent
from .domain import Domains
from .rows import EVENT_COLUMNS_E, EventKey, event_key, stored_event
from .search import SEARCH_SQL, search_terms

if TYPE_CHECKING:
    from ..filters import Filter


class Queries(Domains):
    """The events a filter selects, as keys, pages or counts."""

    def _conditions(
        self,
        f: Filter,
        today: date | None = None,
        past_days: int | None = None,
        calendar_only: bool = False,
    ) -> tuple[list[str], list[Any]]:
        """SQL conditions on ``event_rows r`` (the shown events) that select what
        :func:`timeline.filters.apply` selects for ``f`` (then :func:`within_window` with
        ``past_days``; ``calendar_only``: only events marked for the calendar). Each filter
        parameter is a lookup in the facet index, ``q`` a full-text lookup, dates a range on
        ``span_first``/``span_last``."""
        today = today or clock.today()
        where: list[str] = []
        params: list = []
        if calendar_only:
            where.append(_CALENDAR)
        if past_days is not None:
            where.append("r.span_last >= ?")
            params.append((today - timedelta(days=past_days)).isoformat())
        if f.is_empty:
            return where, params
        for name in ("who", "where", "type", "status", "source"):
            values = getattr(f, name)
            if not values:
                continue
            parts: list[str] = []
            for value in values:
                sql, args = self._value_lookup(name, value)
                if sql:
                    parts.append(sql)
                    params.extend(args)
            where.append(f"r.event IN ({' UNION '.join(parts)})" if parts else "0")
        for value in f.q:
            for term in search_terms(value):
                where.append(f"r.event IN ({SEARCH_SQL})")
                params.extend([term, term, term])
        low = [d for d in (f.start, today if f.upcoming else None) if d]
        if low:
            where.append("r.span_last >= ?")
            params.append(max(low).isoformat())
        if f.end:
            where.append("r.span_first <= ?")
            params.append(f.end.isoformat())
        if f.min_confidence is not None:
            where.append(
                "r.event IN (SELECT id FROM events"
                " WHERE coalesce(json_extract(data, '$.confidence'), 1.0) >= ?)"
            )
            params.append(f.min_confidence)
        return where, params

    def _value_lookup(self, name: str, value: str) -> tuple[str, list]:
        """A subquery of the ids of the events one value of one parameter selects (``""``:
        none). Names match a substring of the folded names (``who=tokayev``), looked up in
        the small table of distinct values and then in the index; types and statuses by
        their names in every language."""
        from .. import filters as flt

        facet = (
            "SELECT f.event FROM facet_values v JOIN event_facets f ON f.kind = v.kind"
            " AND f.value_key = v.value_key AND f.shown = v.shown"
            " WHERE v.kind = ? AND instr(v.value_key, ?) > 0"
        )
        if name in ("type", "status"):
            test = flt.type_matches if name == "type" else flt.status_matches
            keys = [k for k in self._facet_keys(name) if test(value, k)]
            if not keys:
                return "", []
            marks = ",".join("?" * len(keys))
            return (
                f"SELECT event FROM event_facets WHERE kind = ? AND value_key IN ({marks})",
                [name, *keys],
            )
        if name == "who":
            key = flt.needle(value)
            return (facet, ["who", key]) if key else ("", [])
        if name == "where":
            parts, args = [], []
            for key in flt.place_needles(value):
                if key:
                    parts += [facet, facet]
                    args += ["place", key, "country", key]
            return " UNION ".join(parts), args
        # source: a document id, or part of an outlet, a source path or an article URL.
        parts = ["SELECT event FROM event_facets WHERE kind = 'doc' AND value_key = ?", facet]
        args = [value, "url", value.lower()]
        key = flt.needle(value)
        if key:
            parts += [facet, facet]
            args += ["outlet", key, "path", key]
        return " UNION ".join(parts), args

    def _facet_keys(self, kind: str) -> list[str]:
        rows = self.connection.execute(
            "SELECT DISTINCT value_key FROM facet_values WHERE kind = ?", (kind,)
        )
        return [r[0] for r in rows]

    def keys(
        self,
        f: Filter,
        today: date | None = None,
        *,
        past_days: int | None = None,
        calendar_only: bool = False,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[EventKey]:
        """The events ``f`` selects, in time order, as light keys (id, date, granularity, end,
        time): enough to order and cut a window; :meth:`events_by_id` reads the window.
        ``offset``/``limit`` cut a slice of them."""
        where, params = self._conditions(f, today, past_days, calendar_only)
        return self._keys(where, params, _order(where), offset, limit)

    def upcoming(
        self,
        f: Filter,
        today: date | None = None,
        *,
        ahead: bool,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[EventKey]:
        """One part of the upcoming order, as keys: what ``f`` selects that is ``ahead`` (not
        over by ``today``), soonest first, or else the past, latest first (:func:`past_key`);
        ``offset``/``limit`` cut a slice. Each part is read from its own index, so a slice
        costs what lies ahead and the slice, not the store."""
        today = today or clock.today()
        where, params = self._conditions(f, today)
        # The past's order is read from its index unless a filter selects the events.
        order = _order(where, ("past_key",))
        where = [*where, "r.last_day >= ?" if ahead else "r.last_day < ?"]
        if ahead:  # few: sorted
            order = _order(where)
        return self._keys(where, [*params, today.isoformat()], order, offset, limit)

    def _keys(
        self, where: list[str], params: list, order: str, offset: int, limit: int | None
    ) -> list[EventKey]:
        """The keys of the shown events ``where`` selects, in ``order``, sliced."""
        page, page_params = _page(offset, limit)
        sql = (
            "SELECT r.event, r.sort_key, r.granularity, r.end_day FROM event_rows r"
            + (" WHERE " + " AND ".join(where) if where else "")
            + order
            + page
        )
        return [event_key(row) for row in self.connection.execute(sql, [*params, *page_params])]

    def count_ahead(self, f: Filter, today: date | None = None) -> int:
        """How many of the events ``f`` selects are not over by ``today`` (see
        :meth:`upcoming`)."""
        today = today or clock.today()
        where, params = self._conditions(f, today)
        sql = "SELECT count(*) FROM event_rows r WHERE " + " AND ".join([*where, "r.last_day >= ?"])
        return self.connection.execute(sql, [*params, today.isoformat()]).fetchone()[0]

    def query(
        self,
        f: Filter,
        today: date | None = None,
        *,
        past_days: int | None = None,
        calendar_only: bool = False,
        offset: int = 0,
        limit: int | None = None,
    ) -> tuple[list[StoredEvent], int]:
        """The events ``f`` selects, in time order (``sort_key``, id), and how many there are
        in all: ``offset``/``limit`` cut a page of them. See :meth:`_conditions`."""
        where, params = self._conditions(f, today, past_days, calendar_only)
        cond = " WHERE " + " AND ".join(where) if where else ""
        page, page_params = _page(offset, limit)
        rows = self.connection.execute(
            f"SELECT {EVENT_COLUMNS_E} FROM event_rows r JOIN events e ON e.id = r.event"
            f"{cond}{_order(where)}{page}",
            params + page_params,
        )
        domain = self.uid_domain()
        items = [stored_event(r, domain) for r in rows]
        if not page:
            return items, len(items)
        return items, self.count(f, today, past_days=past_days, calendar_only=calendar_only)

    def count(
        self,
        f: Filter,
        today: date | None = None,
        *,
        past_days: int | None = None,
        calendar_only: bool = False,
    ) -> int:
        """How many shown events ``f`` selects."""
        where, params = self._conditions(f, today, past_days, calendar_only)
        if not where:
            # Every shown event has one type: the counts of the types add up to all of them.
            row = self.connection.execute(
                "SELECT coalesce(sum(n), 0) FROM facet_values WHERE kind = 'type'"
            ).fetchone()
            return row[0]
        # The calendar's events alone are counted on their own (partial, smaller) index.
        index = " INDEXED BY event_rows_calendar" if where == [_CALENDAR] else ""
        return self.connection.execute(
            f"SELECT count(*) FROM event_rows r{index} WHERE " + " AND ".join(where), params
        ).fetchone()[0]

    def count_before(self, f: Filter, day: date, today: date | None = None) -> int:
        """How many of the events ``f`` selects begin before ``day``: where a "today" line
        goes in their time order. The order's key (``date time``) tells it through the order
        index: ``2025 `` and ``2025-10 `` sort before ``2025-10-30`` as their first days do,
        save a year or month that begins on ``day`` itself."""
        where, params = self._conditions(f, today)
        starting = [f"{day:%Y-%m} "] + ([f"{day:%Y} "] if day.month == 1 else [])
        where = [*where, "r.sort_key < ?"]
        if day.day == 1:
            where.append("r.sort_key NOT IN (SELECT value FROM json_each(?))")
        sql = "SELECT count(*) FROM event_rows r WHERE " + " AND ".join(where)
        args = [*params, day.isoformat()] + ([json.dumps(starting)] if day.day == 1 else [])
        return self.connection.execute(sql, args).fetchone()[0]

    def exists(self, f: Filter, today: date | None = None) -> bool:
        """Whether ``f`` selects any shown event."""
        where, params = self._conditions(f, today)
        sql = "SELECT 1 FROM event_rows r" + (" WHERE " + " AND ".join(where) if where else "")
        return self.connection.execute(sql + " LIMIT 1", params).fetchone() is not None

    def has_match(self, name: str, value: str) -> bool:
        """Whether one value of one parameter (``who``, ``where``, ``type``, ``status``,
        ``source``) matches any shown event (for the notes of a filter)."""
        sql, params = self._value_lookup(name, value)
        if not sql:
            return False
        return (
            self.connection.execute(
                f"SELECT 1 FROM event_rows r WHERE r.event IN ({sql}) LIMIT 1", params
            ).fetchone()
            is not None
        )

    def facet_counts(
        self,
        f: Filter,
        today: date | None = None,
        kinds: Iterable[str] = ("who", "place", "country", "type", "status", "year", "outlet"),
    ) -> dict[str, list[tuple]]:
        """``{kind: [(key, shown, count), ...]}`` over the events ``f`` selects: an aggregate
        over the facet index (for the whole store, the kept counts of each value)."""
        kinds = list(kinds)
        out: dict[str, list[tuple]] = {k: [] for k in kinds}
        marks = ",".join("?" * len(kinds))
        where, params = self._conditions(f, today)
        if not where:
            rows = self.connection.execute(
                f"SELECT kind, value_key, shown, n FROM facet_values WHERE kind IN ({marks})", kinds
            )
        else:
            rows = self.connection.execute(
                "SELECT f.kind, f.value_key, f.shown, count(*) FROM event_rows r"
                " JOIN event_facets f ON f.event = r.event"
                f" WHERE {' AND '.join(where)} AND f.kind IN ({marks})"
                " GROUP BY f.kind, f.value_key, f.shown",
                params + kinds,
            )
        for kind, key, shown, n in rows:
            out[kind].append((key, shown, n))
        return out


_CALENDAR = "r.calendar = 1"


def _order(where: list[str], columns: tuple[str, ...] = ("sort_key", "event")) -> str:
    """``ORDER BY`` of a query on ``event_rows r``: with conditions, sort what they select
    (``+`` keeps SQLite from walking the whole order index to skip the sort), else read the
    order index."""
    plus = "+" if [w for w in where if w != _CALENDAR] else ""
    return " ORDER BY " + ", ".join(f"{plus}r.{column}" for column in columns)


def _page(offset: int, limit: int | None) -> tuple[str, list]:
    """``LIMIT``/``OFFSET`` of a slice (none for the whole), and its parameters."""
    if not offset and limit is None:
        return "", []
    return " LIMIT ? OFFSET ?", [-1 if limit is None else max(0, limit), max(0, offset)]
