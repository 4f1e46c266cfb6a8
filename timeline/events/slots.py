"""Slots: the days an event occupies, from the date expressions given to its trigger.

A *slot* is ``(date, end, granularity, time, days, end_time)``: ``date`` written at its
granularity (``2025-11-12``, ``2025-11``, ``2025``), ``end`` the inclusive last day of a
multi-day event, ``time`` a clock time (``HH:MM``), ``days`` the days of a coordinated list that
are not consecutive (``7, 13 ve 14 Eylül``: one event per day) and ``end_time`` the clock time a
clock range ends (``14.00-16.00``; see :meth:`timeline.model.Event.finish`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from ..model import Timex, slot_days
from ..temporal.dates import Period, PeriodError
from ..text import fold

MAX_WINDOW_DAYS = 120  # a start day and an end day further apart are two events

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


def timex_span(t: Timex) -> Period | None:
    """The days of a timex: its own ``first``/``last`` when the tagger gave them, else read
    from its value (:meth:`Period.parse`); None for durations, sets and unreadable values."""
    if t.type not in ("DATE", "TIME"):
        return None
    if t.first is not None:
        gran = t.granularity if t.granularity in GRAN_RANK else None
        if gran is None:
            # A decade or century (or a value the tagger gave no known precision) counts as
            # days, as it always has: changing that is a change of extraction, not of reading.
            parsed = _parse(t.value)
            gran = parsed.granularity if parsed and parsed.granularity in GRAN_RANK else "day"
        return Period(t.value, gran, t.first, t.last or t.first, t.time, days=tuple(t.days))
    return _parse(t.value)


def _parse(value: str) -> Period | None:
    try:
        return Period.parse(value)
    except PeriodError:
        return None


@dataclass(frozen=True, slots=True)
class Slot:
    """When an event takes place, at the precision the text gives."""

    date: str  # 2025-11-12 | 2025-11 | 2025
    granularity: str  # day | month | year
    end: str | None = None
    time: str | None = None
    days: tuple[date, ...] = ()  # separate days of a list that is not a range
    end_time: str | None = None  # HH:MM a clock range ends, on the slot's last day

    @property
    def first(self) -> date:
        return slot_days(self.date, self.end)[0]

    @property
    def last(self) -> date:
        return slot_days(self.date, self.end)[1]


def slot_from_days(
    first: date,
    last: date,
    gran: str,
    time: str | None = None,
    days: tuple[date, ...] = (),
    end_time: str | None = None,
) -> Slot:
    """A slot at the coarsest true precision of a span of days (a clock time and the end of a
    clock range only on a day-precise slot).

    >>> slot_from_days(date(2025, 9, 15), date(2025, 9, 21), "week")
    Slot(date='2025-09', granularity='month', end=None, time=None, days=(), end_time=None)
    >>> days = (date(2025, 9, 7), date(2025, 9, 8), date(2025, 9, 9))
    >>> slot_from_days(days[0], days[-1], "day", days=days).end
    '2025-09-09'
    """
    if gran in ("time", "partofday", "day"):
        if days and len(days) > 1:
            if all((b - a).days == 1 for a, b in zip(days, days[1:], strict=False)):
                # Consecutive days of a list are one multi-day event.
                return Slot(days[0].isoformat(), "day", days[-1].isoformat(), time, (), end_time)
            return Slot(days[0].isoformat(), "day", None, time, days, end_time)
        end = last.isoformat() if last != first else None
        return Slot(first.isoformat(), "day", end, time, (), end_time)
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


def combine(
    timexes: list[Timex],
    text: str,
    coordinators: frozenset[str],
    window: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> Slot | None:
    """The slot given by the dates of one trigger: the most precise one, with the days of
    other day dates coordinated with it (``21 Haziran (TYT) ve 22 Haziran 2025``) and the
    clock time of a time expression on the same day.

    :param window: words (prefixes) that start and end a span: a day followed by a start word
        and a later day followed by an end word (``19 Ocak'ta başlayıp 30 Ocak'ta sona
        erecek``) are one span from the first to the second.
    """
    spans = [
        (t, s) for t in timexes if (s := timex_span(t)) is not None and s.granularity in GRAN_RANK
    ]
    if not spans:
        return None
    spans = [(t, clock_days(s)) for t, s in spans]
    spans = _join_dashed(spans, text)
    spans = _join_window(spans, text, window)
    best_t, best = min(spans, key=lambda ts: (GRAN_RANK[ts[1].granularity], ts[0].start))
    timed = (
        best if best.time else next((s for _, s in spans if s.time and s.first == best.first), None)
    )
    clock = timed.time if timed else None
    until = clock_end(timed.value) if timed else None
    if best.granularity in ("time", "partofday", "day"):
        days = set(best.days) or None
        group = [best_t]
        for t, s in sorted(spans, key=lambda ts: ts[0].start):
            if t is best_t or s.granularity not in ("time", "partofday", "day"):
                continue
            if _ends_at(s, best):
                continue  # "13 Mart'ta saat 24.00'te": the day whose end the clock time is
            if _coordinated(text, group, t, coordinators):
                group.append(t)
                days = (days or {best.first} | set(_days(best))) | set(_days(s))
        if days and len(days) > 1 and len(group) > 1:
            ordered = tuple(sorted(days))
            return slot_from_days(ordered[0], ordered[-1], "day", clock, ordered, until)
        if best.days:
            return slot_from_days(best.first, best.last, "day", clock, best.days, until)
    return slot_from_days(best.first, best.last, best.granularity, clock, (), until)


def _clock_range(value: str) -> tuple[datetime, datetime] | None:
    """The start and end moments of a clock range (``2026-03-12T14:00/2026-03-12T16:00``);
    None for any other value."""
    first, slash, last = value.partition("/")
    if not slash:
        return None
    start, end = _parse(first), _parse(last)
    if start is None or end is None or start.time is None or end.time is None:
        return None
    return (
        datetime.combine(start.first, time.fromisoformat(start.time)),
        datetime.combine(end.first, time.fromisoformat(end.time)),
    )


def clock_end(value: str) -> str | None:
    """The clock time (``HH:MM``) a clock range ends, on its last day; None for other values.

    >>> clock_end("2026-03-12T14:00/2026-03-12T16:00"), clock_end("2026-03-12T14:00")
    ('16:00', None)
    """
    moments = _clock_range(value)
    return f"{moments[1]:%H:%M}" if moments else None


def clock_days(span: Period) -> Period:
    """The days an event in a clock range occupies. A range shorter than a day that ends after
    midnight (``22.00-02.00``, ``22.00-24.00``) is an event of the day it starts on, its end a
    time of the next; a range that ends at 00:00 (``Pazar günü 24.00'e kadar``) ends on the
    day before (see :meth:`timeline.model.Event.finish`).

    >>> clock_days(Period.parse("2026-03-14T22:00/2026-03-15T02:00")).last
    datetime.date(2026, 3, 14)
    >>> clock_days(Period.parse("2026-01-24T06:00/2026-01-26T00:00")).last
    datetime.date(2026, 1, 25)
    """
    moments = _clock_range(span.value)
    if moments is None:
        return span
    start, end = moments
    last = end.date() - timedelta(days=1) if end.time() == time(0) else end.date()
    if end - start < timedelta(days=1):
        last = start.date()
    last = max(last, start.date())
    return span if last == span.last else replace(span, last=last)


def _ends_at(day: Period, timed: Period) -> bool:
    """Whether ``timed`` is 00:00 of the day after ``day``: the ``24.00`` of that day."""
    return (
        day.time is None
        and day.granularity == "day"
        and day.first == day.last
        and timed.time == "00:00"
        and timed.first == day.first + timedelta(days=1)
    )


def _join_dashed(spans: list[tuple[Timex, Period]], text: str) -> list[tuple[Timex, Period]]:
    """``31 Ağustos-1 Eylül`` tagged as two days: one range from the first to the second."""
    spans = sorted(spans, key=lambda ts: ts[0].start)
    out: list[tuple[Timex, Period]] = []
    for t, s in spans:
        if out and text:
            pt, ps = out[-1]
            if (
                text[pt.end : t.start].strip() in ("-", "–", "—")
                and ps.granularity == s.granularity == "day"
                and ps.last < s.first
            ):
                joined = Period(f"{ps.value}/{s.value}", "day", ps.first, s.last, ps.time)
                out[-1] = (pt, joined)
                continue
        out.append((t, s))
    return out


def _word_after(text: str, end: int) -> str:
    words = fold(text[end : end + 40]).split()
    return words[0] if words else ""


def _join_window(
    spans: list[tuple[Timex, Period]], text: str, window: tuple[frozenset[str], frozenset[str]]
) -> list[tuple[Timex, Period]]:
    """``19 Ocak'ta başlayıp 30 Ocak'ta sona erecek``: one span from the first day to the last."""
    starts, ends = window
    if not text or not starts or len(spans) != 2:
        return spans
    (ft, fs), (lt, ls) = sorted(spans, key=lambda ts: ts[0].start)
    if not (fs.granularity == ls.granularity == "day" and fs.first < ls.first):
        return spans
    if (ls.first - fs.first).days > MAX_WINDOW_DAYS:
        return spans
    if not _word_after(text, ft.end).startswith(tuple(starts)):
        return spans
    if not _word_after(text, lt.end).startswith(tuple(ends)):
        return spans
    return [(ft, Period(f"{fs.value}/{ls.value}", "day", fs.first, ls.last, fs.time))]


def _days(s: Period) -> list[date]:
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
