"""Slots: the days an event occupies, from the date expressions given to its trigger.

A *slot* is ``(date, end, granularity, time, days)``: ``date`` written at its granularity
(``2025-11-12``, ``2025-11``, ``2025``), ``end`` the inclusive last day of a multi-day event,
``time`` a clock time (``HH:MM``) and ``days`` the days of a coordinated list that are not
consecutive (``7, 13 ve 14 Eylül``: one event per day).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..model import Timex
from ..text import fold

GRAN_RANK = {
    "time": 0,
    "partofday": 0,
    "day": 1,
    "weekend": 2,
    "week": 2,
    "month": 3,
    "quarter": 4,
    "half": 4,
    "season": 4,
    "year": 5,
}

_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)|T(MO|AF|EV|NI))?")
_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?")
_MONTH = re.compile(r"(\d{4})-(\d\d)")
_HALF = re.compile(r"(\d{4})-(H|Q)(\d)")
_YEAR = re.compile(r"(\d{4})")


@dataclass(frozen=True, slots=True)
class Span:
    """The days a TIMEX3 value covers."""

    first: date
    last: date
    granularity: str
    time: str | None = None
    days: tuple[date, ...] = ()


def value_span(value: str) -> Span | None:
    """The days a TIMEX3 value covers, or None for durations, sets and unknown shapes.

    >>> value_span("2025-11-12T14:00").time
    '14:00'
    >>> value_span("2025-W38").first, value_span("2025-W38").last
    (datetime.date(2025, 9, 15), datetime.date(2025, 9, 21))
    >>> value_span("2026-06-15/2026-06-16").last
    datetime.date(2026, 6, 16)
    >>> value_span("P3Y") is None
    True
    """
    if "/" in value:
        a, _, b = value.partition("/")
        first, last = value_span(a), value_span(b)
        if not first or not last or last.last < first.first:
            return None
        gran = first.granularity if first.granularity == last.granularity else "day"
        if gran in ("time", "partofday"):
            gran = "day"
        return Span(first.first, last.last, gran, first.time)
    if "," in value:
        spans = [value_span(v) for v in value.split(",")]
        if not spans or any(s is None or s.granularity not in ("day", "time") for s in spans):
            return None
        days = tuple(sorted({s.first for s in spans}))
        return Span(days[0], days[-1], "day", None, days)
    m = _DAY.fullmatch(value)
    if m:
        try:
            d = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        if m[4]:
            return Span(d, d, "time", f"{m[4]}:{m[5]}")
        return Span(d, d, "partofday" if m[6] else "day")
    m = _WEEK.fullmatch(value)
    if m:
        try:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        if m[3]:
            return Span(monday + timedelta(days=5), monday + timedelta(days=6), "weekend")
        return Span(monday, monday + timedelta(days=6), "week")
    m = _HALF.fullmatch(value)
    if m:
        year, kind, n = int(m[1]), m[2], int(m[3])
        months = 6 if kind == "H" else 3
        if not 1 <= n <= 12 // months:
            return None
        first_month = (n - 1) * months + 1
        last_month = first_month + months - 1
        last_day = calendar.monthrange(year, last_month)[1]
        return Span(
            date(year, first_month, 1),
            date(year, last_month, last_day),
            "half" if kind == "H" else "quarter",
        )
    m = _MONTH.fullmatch(value)
    if m:
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            return None
        return Span(
            date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month"
        )
    m = _YEAR.fullmatch(value)
    if m:
        year = int(m[1])
        return Span(date(year, 1, 1), date(year, 12, 31), "year")
    return None


def timex_span(t: Timex) -> Span | None:
    """The days of a timex: its own ``first``/``last`` when the tagger gave them, else read
    from its value."""
    if t.type not in ("DATE", "TIME"):
        return None
    if t.first is not None:
        gran = t.granularity if t.granularity in GRAN_RANK else None
        if gran is None:
            parsed = value_span(t.value)
            gran = parsed.granularity if parsed else "day"
        return Span(t.first, t.last or t.first, gran, t.time, tuple(t.days))
    return value_span(t.value)


@dataclass(frozen=True, slots=True)
class Slot:
    """When an event takes place, at the precision the text gives."""

    date: str  # 2025-11-12 | 2025-11 | 2025
    granularity: str  # day | month | year
    end: str | None = None
    time: str | None = None
    days: tuple[date, ...] = ()  # separate days of a list that is not a range

    @property
    def first(self) -> date:
        if self.granularity == "day":
            return date.fromisoformat(self.date)
        if self.granularity == "month":
            return date(int(self.date[:4]), int(self.date[5:7]), 1)
        return date(int(self.date[:4]), 1, 1)

    @property
    def last(self) -> date:
        if self.granularity == "day":
            return date.fromisoformat(self.end or self.date)
        if self.granularity == "month":
            y, m = int(self.date[:4]), int(self.date[5:7])
            return date(y, m, calendar.monthrange(y, m)[1])
        return date(int(self.date[:4]), 12, 31)


def slot_from_days(
    first: date, last: date, gran: str, time: str | None = None, days: tuple[date, ...] = ()
) -> Slot:
    """A slot at the coarsest true precision of a span of days.

    >>> slot_from_days(date(2025, 9, 15), date(2025, 9, 21), "week")
    Slot(date='2025-09', granularity='month', end=None, time=None, days=())
    >>> days = (date(2025, 9, 7), date(2025, 9, 8), date(2025, 9, 9))
    >>> slot_from_days(days[0], days[-1], "day", days=days)
    Slot(date='2025-09-07', granularity='day', end='2025-09-09', time=None, days=())
    """
    if gran in ("time", "partofday", "day"):
        if days and len(days) > 1:
            if all((b - a).days == 1 for a, b in zip(days, days[1:], strict=False)):
                # Consecutive days of a list are one multi-day event.
                return Slot(days[0].isoformat(), "day", days[-1].isoformat(), time)
            return Slot(days[0].isoformat(), "day", None, time, days)
        end = last.isoformat() if last != first else None
        return Slot(first.isoformat(), "day", end, time)
    if gran in ("week", "weekend"):
        # Known only to the week: the month when the week lies inside one, else the year.
        if (first.year, first.month) == (last.year, last.month):
            return Slot(f"{first:%Y-%m}", "month")
        return Slot(str(first.year), "year")
    if gran == "month" and (first.year, first.month) == (last.year, last.month):
        return Slot(f"{first:%Y-%m}", "month")
    if first.year == last.year:
        return Slot(str(first.year), "year")
    return Slot(str(first.year), "year")


def combine(timexes: list[Timex], text: str, coordinators: frozenset[str]) -> Slot | None:
    """The slot given by the dates of one trigger: the most precise one, with the days of
    other day dates coordinated with it (``21 Haziran (TYT) ve 22 Haziran 2025``) and the
    clock time of a time expression on the same day."""
    spans = [
        (t, s) for t in timexes if (s := timex_span(t)) is not None and s.granularity in GRAN_RANK
    ]
    if not spans:
        return None
    spans = _join_dashed(spans, text)
    best_t, best = min(spans, key=lambda ts: (GRAN_RANK[ts[1].granularity], ts[0].start))
    clock = best.time or next((s.time for _, s in spans if s.time and s.first == best.first), None)
    if best.granularity in ("time", "partofday", "day"):
        days = set(best.days) or None
        group = [best_t]
        for t, s in sorted(spans, key=lambda ts: ts[0].start):
            if t is best_t or s.granularity not in ("time", "partofday", "day"):
                continue
            if _coordinated(text, group, t, coordinators):
                group.append(t)
                days = (days or {best.first} | set(_days(best))) | set(_days(s))
        if days and len(days) > 1 and len(group) > 1:
            ordered = tuple(sorted(days))
            return slot_from_days(ordered[0], ordered[-1], "day", clock, ordered)
        if best.days:
            return slot_from_days(best.first, best.last, "day", clock, best.days)
    return slot_from_days(best.first, best.last, best.granularity, clock)


def _join_dashed(spans: list[tuple[Timex, Span]], text: str) -> list[tuple[Timex, Span]]:
    """``31 Ağustos-1 Eylül`` tagged as two days: one range from the first to the second."""
    spans = sorted(spans, key=lambda ts: ts[0].start)
    out: list[tuple[Timex, Span]] = []
    for t, s in spans:
        if out and text:
            pt, ps = out[-1]
            if (
                text[pt.end : t.start].strip() in ("-", "–", "—")
                and ps.granularity == s.granularity == "day"
                and ps.last < s.first
            ):
                out[-1] = (pt, Span(ps.first, s.last, "day", ps.time))
                continue
        out.append((t, s))
    return out


def _days(s: Span) -> list[date]:
    if s.days:
        return list(s.days)
    if s.last == s.first:
        return [s.first]
    return [s.first + timedelta(days=n) for n in range((s.last - s.first).days + 1)]


def _coordinated(text: str, group: list[Timex], t: Timex, coordinators: frozenset[str]) -> bool:
    """Whether ``t`` joins the dates of ``group`` with only "ve", commas and parenthesised
    remarks between them."""
    for g in group:
        a, b = (g, t) if g.end <= t.start else (t, g)
        between = re.sub(r"\([^()]*\)", " ", text[a.end : b.start])
        words = [w for w in re.split(r"[\s,]+", between) if w]
        if len(words) <= 2 and all(fold(w) in coordinators for w in words):
            return True
    return False
