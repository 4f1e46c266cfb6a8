"""Calendar periods and their TIMEX3 values (days, months, ISO weeks, quarters, seasons…).

A :class:`Period` is what a resolved expression denotes: its value as written in
``shared/corpus/README.md``, its granularity and the first and last calendar day it covers.
Nothing here knows a language; everything is pure arithmetic on :class:`datetime.date`.
:meth:`Period.parse` is the one reader of the days a written value covers: events, filters,
corrections and the page all ask it.

>>> Period.month(2025, 11).value, Period.month(2025, 11).last.isoformat()
('2025-11', '2025-11-30')
>>> Period.week(date(2025, 9, 15)).value
'2025-W38'
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

MIN_YEAR, MAX_YEAR = 1000, 2199
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # first month of each season
PARTS_OF_DAY = ("MO", "MI", "AF", "EV", "NI", "DT")
MODS = ("START", "MID", "END", "APPROX")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_LIST_ITEM = re.compile(r"\d{4}(?:-\d\d){0,2}")  # a list holds days, months or years

_PARSE_FORMS = (
    (re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)|T(MO|MI|AF|EV|NI))?"), "day"),
    (re.compile(r"(\d{4})-W(\d\d)(-WE)?"), "week"),
    (re.compile(r"(\d{4})-(H|Q)(\d)"), "part"),
    (re.compile(r"(\d{4})-(SP|SU|FA|WI)"), "season"),
    (re.compile(r"(\d{4})-(\d\d)"), "month"),
    (re.compile(r"(\d{4})"), "year"),
    (re.compile(r"(\d{3})"), "decade"),
    (re.compile(r"(\d{2})"), "century"),
)
# The granularities of an event's slot (``Event.date``): 2022, 2025-11, 2025-11-12.
SLOT_GRANULARITIES = ("year", "month", "day")

_VALUE = re.compile(
    r"""
    (?P<date>
        \d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?      # 2025 | 2025-11 | 2025-11-12
        (?:T(?:[01]\d|2[0-4]):[0-5]\d|T(?:MO|MI|AF|EV|NI|DT))?          # T14:00 | TMO
      | \d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?                          # 2025-W46 | 2025-W46-WE
      | \d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)                          # 2025-Q1 | 2027-H1 | 2025-SU
      | \d{2,3}                                                          # 199 (1990s) | 19 (1900s)
    )
    | (?P<duration>P(?:\d+(?:\.\d+)?[YMWD])+|PT(?:\d+(?:\.\d+)?[HMS])+)   # P3Y | PT2H
    | (?P<set>XXXX(?:-(?:XX|0[1-9]|1[0-2])(?:-(?:XX|0[1-9]|[12]\d|3[01]))?|-WXX-[1-7])
        (?:T(?:MO|MI|AF|EV|NI|DT|\d\d:\d\d))?)                          # XXXX-08-30 | XXXX-WXX-1
    """,
    re.VERBOSE,
)


class PeriodError(ValueError):
    """A text that is not a TIMEX3 value covering known days (a duration, a set, a malformed
    or impossible date); the message quotes the value."""


def is_valid_value(value: str) -> bool:
    """True when ``value`` is a TIMEX3 value this package can emit: a date, week, quarter,
    half, season, decade, century, time or part of day, an interval ``a/b`` of two of them,
    a comma-separated list of days, months or years, a duration (``P3Y``) or a set (``XXXX-08-30``).

    >>> all(map(is_valid_value, ["2025-11-12T14:00", "2026-06-15/2026-06-16", "P3Y", "199"]))
    True
    >>> is_valid_value("2025-13-01")
    False
    """
    if "/" in value:
        parts = value.split("/")
        return len(parts) == 2 and all(_VALUE.fullmatch(p) and p[0] != "P" for p in parts)
    if "," in value:
        return all(_LIST_ITEM.fullmatch(p) and is_valid_value(p) for p in value.split(","))
    m = _VALUE.fullmatch(value)
    if not m:
        return False
    day = _DAY.match(value)
    return _is_day(day.group()) if day else True


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """``(year, month)`` shifted by ``n`` months."""
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def add_years(day: date, n: int) -> date:
    """``day`` shifted by ``n`` years (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + n)
    except ValueError:
        return day.replace(year=day.year + n, day=28)


def check_year(year: int) -> int:
    """``year`` when the package can represent it.

    :raises ValueError: outside ``MIN_YEAR``..``MAX_YEAR``.
    """
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"year out of range: {year}")
    return year


@dataclass(frozen=True, slots=True)
class Period:
    """A resolved stretch of calendar time with its TIMEX3 value."""

    value: str
    granularity: str
    first: date
    last: date
    time: str | None = None
    mod: str | None = None
    days: tuple[date, ...] = ()

    # -- constructors -----------------------------------------------------------------------

    @classmethod
    def day(cls, d: date) -> Period:
        check_year(d.year)
        return cls(d.isoformat(), "day", d, d)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        check_year(year)
        return cls(f"{year:04d}-{month:02d}", "month", date(year, month, 1), month_end(year, month))

    @classmethod
    def year(cls, year: int) -> Period:
        check_year(year)
        return cls(f"{year:04d}", "year", date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def week(cls, d: date) -> Period:
        """The ISO week holding ``d``."""
        monday = d - timedelta(days=d.weekday())
        iso = monday.isocalendar()
        check_year(iso.year)
        return cls(f"{iso.year:04d}-W{iso.week:02d}", "week", monday, monday + timedelta(days=6))

    @classmethod
    def weekend(cls, d: date) -> Period:
        """The Saturday and Sunday of the ISO week holding ``d``."""
        week = cls.week(d)
        return cls(f"{week.value}-WE", "weekend", week.first + timedelta(days=5), week.last)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        check_year(year)
        first = date(year, 3 * quarter - 2, 1)
        return cls(f"{year:04d}-Q{quarter}", "quarter", first, month_end(year, 3 * quarter))

    @classmethod
    def half(cls, year: int, half: int) -> Period:
        check_year(year)
        first = date(year, 6 * half - 5, 1)
        return cls(f"{year:04d}-H{half}", "half", first, month_end(year, 6 * half))

    @classmethod
    def season(cls, year: int, season: str) -> Period:
        """Meteorological seasons; winter ``2025-WI`` is December 2025 to February 2026."""
        check_year(year)
        start = SEASON_MONTHS[season]
        end_year, end_month = add_months(year, start, 2)
        return cls(
            f"{year:04d}-{season}", "season", date(year, start, 1), month_end(end_year, end_month)
        )

    @classmethod
    def decade(cls, decade: int) -> Period:
        """``decade`` is the year divided by ten: 199 for the 1990s."""
        check_year(decade * 10)
        first, last = date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31)
        return cls(f"{decade:03d}", "decade", first, last)

    @classmethod
    def century(cls, hundreds: int) -> Period:
        """``hundreds`` is the year divided by 100: 19 for 1900-1999 (the 20th century)."""
        check_year(hundreds * 100 if hundreds else MIN_YEAR)
        return cls(
            f"{hundreds:02d}",
            "century",
            date(max(hundreds * 100, 1), 1, 1),
            date(hundreds * 100 + 99, 12, 31),
        )

    # -- derived periods ----------------------------------------------------------------------

    def at(self, hour: int, minute: int) -> Period:
        """This day at a clock time: ``2025-11-12T14:00``; ``24.00`` (the end of the day) is
        ``00:00`` of the next day, as ISO 8601 writes that instant."""
        if self.granularity != "day":
            raise ValueError("a clock time needs a day")
        if hour == 24 and minute == 0:
            return Period.day(self.first + timedelta(days=1)).at(0, 0)
        clock = f"{hour:02d}:{minute:02d}"
        return Period(f"{self.value}T{clock}", "time", self.first, self.last, clock, self.mod)

    def part_of_day(self, pod: str) -> Period:
        """This day's morning, afternoon…: ``2025-11-12TMO``."""
        if self.granularity != "day":
            raise ValueError("a part of day needs a day")
        return Period(f"{self.value}T{pod}", "partofday", self.first, self.last, None, self.mod)

    def modified(self, mod: str | None) -> Period:
        """The period with a ``START``/``MID``/``END``/``APPROX`` modifier.

        The value is unchanged; ``first``/``last`` narrow to the part meant: days 1-10, 11-20
        and 21-end of a month (``Haziran başında`` covers 1-10 June), January-April, May-August
        and September-December of a year, and the first, middle or last third of the days of
        other periods. ``APPROX`` keeps the whole period.
        """
        if not mod:
            return self
        if mod == "APPROX":
            return replace(self, mod=mod)
        index = ("START", "MID", "END").index(mod)
        if self.granularity == "month":
            first = self.first + timedelta(days=10 * index)
            last = self.first + timedelta(days=10 * index + 9) if index < 2 else self.last
        elif self.granularity == "year":
            year = self.first.year
            first = date(year, 4 * index + 1, 1)
            last = month_end(year, 4 * index + 4)
        else:
            days = (self.last - self.first).days + 1
            third = max(days // 3, 1)
            first = self.first + timedelta(days=min(third * index, days - 1))
            last = self.last if index == 2 else min(first + timedelta(days=third - 1), self.last)
        return replace(self, first=first, last=last, mod=mod)

    def through(self, end: Period) -> Period:
        """The interval from this period to ``end`` (inclusive): ``2026-06-15/2026-06-16``.

        :raises ValueError: when ``end`` starts before this period.
        """
        if end.first < self.first or end.last < self.last:
            raise ValueError("a range must not run backwards")
        granularity = self.granularity if self.granularity == end.granularity else "day"
        time = self.time if self.granularity == "time" else None
        return Period(f"{self.value}/{end.value}", granularity, self.first, end.last, time)

    @classmethod
    def day_list(cls, days: list[date]) -> Period:
        """A coordinated list of days: ``2025-09-07,2025-09-13``."""
        ordered = sorted(set(days))
        for d in ordered:
            check_year(d.year)
        return cls(
            ",".join(d.isoformat() for d in ordered),
            "day",
            ordered[0],
            ordered[-1],
            days=tuple(ordered),
        )

    def contains(self, d: date) -> bool:
        return self.first <= d <= self.last

    # -- reading a written value --------------------------------------------------------------

    @classmethod
    def parse(cls, value: str, only: tuple[str, ...] = ()) -> Period:
        """The days a TIMEX3 value covers: a day (``2025-11-12``), a day's clock time
        (``2025-11-12T14:00``, granularity ``time``) or part (``2025-11-12TMO``, ``partofday``),
        a month, a year, an ISO week (``2025-W38``) or its weekend (``2025-W38-WE``), a
        quarter, half or season (``2025-Q1``, ``2027-H1``, ``2025-WI``), a decade (``195``),
        a century (``18``), an interval ``a/b`` and a list of days ``a,b,c``.

        An interval keeps its two ends' granularity when they share it (a day when they do
        not, or when they are clock times or parts of days) and the clock time of its start;
        a list is of granularity ``day`` with its ``days``. Years are not limited to
        ``MIN_YEAR``..``MAX_YEAR``: what is written is read. Results are cached.

        >>> Period.parse("2025-W38").first, Period.parse("2025-W38").last
        (datetime.date(2025, 9, 15), datetime.date(2025, 9, 21))
        >>> Period.parse("2026-06-15/2026-06-16").last
        datetime.date(2026, 6, 16)

        :param only: the granularities accepted (all when empty), e.g. ``SLOT_GRANULARITIES``.
        :raises PeriodError: for a duration, a set, a malformed or impossible value, a backwards
            interval, or a granularity not in ``only``.
        """
        period = _parse(value)
        if only and period.granularity not in only:
            raise PeriodError(f"{value!r} is a {period.granularity}; expected a {'/'.join(only)}")
        return period


@lru_cache(maxsize=65536)
def _parse(value: str) -> Period:
    if not isinstance(value, str):
        raise TypeError(f"a TIMEX3 value is a string, not {type(value).__name__}")
    if "/" in value:
        return _parse_interval(value)
    if "," in value:
        return _parse_list(value)
    for pattern, form in _PARSE_FORMS:
        m = pattern.fullmatch(value)
        if m:
            try:
                return _READERS[form](value, m)
            except ValueError as e:  # an impossible date: 2025-02-30, 2025-W60, 0000
                raise PeriodError(f"{value!r} is not a real date ({e})") from None
    if value[:1] == "P" or value[:4] == "XXXX":
        raise PeriodError(f"{value!r} is a duration or a set; it covers no fixed days")
    raise PeriodError(f"{value!r} is not a TIMEX3 date value")


def _parse_interval(value: str) -> Period:
    a, _, b = value.partition("/")
    start, end = _parse_part(value, a), _parse_part(value, b)
    if end.last < start.first:
        raise PeriodError(f"{value!r} runs backwards")
    gran = start.granularity if start.granularity == end.granularity else "day"
    if gran in ("time", "partofday"):
        gran = "day"
    return Period(value, gran, start.first, end.last, start.time)


def _parse_list(value: str) -> Period:
    items = [_parse_part(value, v) for v in value.split(",")]
    if any(p.granularity not in ("day", "time") for p in items):
        raise PeriodError(f"{value!r}: a list holds days only")
    days = tuple(sorted({p.first for p in items}))
    return Period(value, "day", days[0], days[-1], days=days)


def _parse_part(value: str, part: str) -> Period:
    try:
        return _parse(part)
    except PeriodError as e:
        raise PeriodError(f"{value!r}: {e}") from None


def _read_day(value: str, m: re.Match) -> Period:
    d = date(int(m[1]), int(m[2]), int(m[3]))
    if m[4]:
        return Period(value, "time", d, d, f"{m[4]}:{m[5]}")
    return Period(value, "partofday" if m[6] else "day", d, d)


def _read_week(value: str, m: re.Match) -> Period:
    monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
    if m[3]:
        return Period(value, "weekend", monday + timedelta(days=5), monday + timedelta(days=6))
    return Period(value, "week", monday, monday + timedelta(days=6))


def _read_part(value: str, m: re.Match) -> Period:
    year, kind, n = int(m[1]), m[2], int(m[3])
    months = 6 if kind == "H" else 3
    if not 1 <= n <= 12 // months:
        raise ValueError(f"there is no {kind}{n}")
    first_month = (n - 1) * months + 1
    last = month_end(year, first_month + months - 1)
    return Period(value, "half" if kind == "H" else "quarter", date(year, first_month, 1), last)


def _read_season(value: str, m: re.Match) -> Period:
    year, start = int(m[1]), SEASON_MONTHS[m[2]]
    end_year, end_month = add_months(year, start, 2)
    return Period(value, "season", date(year, start, 1), month_end(end_year, end_month))


def _read_month(value: str, m: re.Match) -> Period:
    year, month = int(m[1]), int(m[2])
    return Period(value, "month", date(year, month, 1), month_end(year, month))


def _read_year(value: str, m: re.Match) -> Period:
    year = int(m[1])
    return Period(value, "year", date(year, 1, 1), date(year, 12, 31))


def _read_decade(value: str, m: re.Match) -> Period:
    year = int(m[1]) * 10
    return Period(value, "decade", date(year, 1, 1), date(year + 9, 12, 31))


def _read_century(value: str, m: re.Match) -> Period:
    year = int(m[1]) * 100
    return Period(value, "century", date(max(year, 1), 1, 1), date(year + 99, 12, 31))


_READERS = {
    "day": _read_day,
    "week": _read_week,
    "part": _read_part,
    "season": _read_season,
    "month": _read_month,
    "year": _read_year,
    "decade": _read_decade,
    "century": _read_century,
}


def duration_value(amount: float, unit: str) -> str:
    """A TIMEX3 duration: ``duration_value(3, "Y") == "P3Y"``, quarters become months,
    centuries years, hours/minutes/seconds a ``PT`` value."""
    if unit == "Q":
        amount, unit = amount * 3, "M"
    elif unit == "CE":
        amount, unit = amount * 100, "Y"
    number = f"{amount:g}" if amount != int(amount) else str(int(amount))
    if unit in ("H", "MIN", "S"):
        return f"PT{number}{unit[0]}"
    return f"P{number}{unit}"
