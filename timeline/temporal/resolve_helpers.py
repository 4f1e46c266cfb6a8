"""The resolver's settings and pure helpers: candidates of a year, the choice among them by
tense, weekday conflicts, holiday days, periodic values and coordinated years.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache

from ..lang import read_table
from ..patterncache import compile_late
from .context import DocumentContext
from .dates import Period, add_months, duration_value
from .grammar import Grammar
from .mention import Mention

TOLERANCE = timedelta(days=7)  # a "future" date this far before publication is still this year's
# a deadline or an attributive date in a past clause ("9 Mart'a kadar süre verdi", "11-13 Mart
# tarihlerindeki foruma davet etti") may lie this far ahead of publication
NEAR_AHEAD = timedelta(days=100)
# yıl sonu, ay sonunda: the last year's or month's part is nearer than the current one's only
# within this share of a part's length after it ended
PART_SLACK_SHARE = 3
# the reading of a date followed by a relative participle (Salı günü yapılan): a weekday the last
# one, a day or month past or at most NEAR_AHEAD ahead
PARTICIPLE = "participle"
HALF_YEAR = timedelta(days=183)  # a period reported or forecast lies this near publication
# a day-month next to a dated day of the narrative takes the neighbouring year when that puts it
# within NEIGHBOUR_DAYS of the dated day (2 Ocak 2026 … 31 Aralık is 2025-12-31)
NEIGHBOUR_DAYS = 62
# 1800'ler and 1900'ler name centuries; from 2000'ler on the round hundreds name decades
MILLENNIUM_DECADE = 200
FORECAST_WORDS = 3  # a period noun this many words after a period makes it the one reported
WEEK_AHEAD = 7  # a narrative day further ahead than this anchors bare weekdays and weekends
# outside a past clause, a clock time alone takes the day (from yesterday on) named this many
# sentences back at most: the reach of a schedule's year (SCHEDULE_SENTENCES)
CLOCK_SENTENCES = 12
NARRATIVE_SENTENCES = 3  # a narrative date anchors bare dates this many sentences on
SCHEDULE_SENTENCES = 12  # the year of a schedule (2026 sınav takvimi) holds this many sentences
DAY_GRANULARITIES = ("day", "time", "partofday")
MIDNIGHT = "MN"  # the part-of-day code of midnight: T00:00 of the following day
SCHEDULE_LINES = 30  # a day heading holds the clock times of this many lines below it at most
SCHEDULE_LINE_LENGTH = 160  # characters of a line of a schedule at most
_BULLETS = " \t•*-–—·>|"
SPEECH_WINDOW = 60  # characters after a date in which a speech word makes it the speech's day
_WORDS = re.compile(r"[^\W\d_]+")
_PARENTHESES = re.compile(r"\([^)]*\)")

# ---------------------------------------------------------------------------------------------
# Helpers


def _weekday_conflict(m: Mention, period: Period) -> str | None:
    """A message when a weekday written with a date is not that date's weekday
    (``12 Eylül 2026 Pazar``: 12 September 2026 is a Saturday); None when they agree."""
    if period.granularity not in DAY_GRANULARITIES or period.days:
        return None
    for fields, day in ((m.fields, period.first), (m.end_fields, period.last)):
        written = fields.get("weekday")
        if written is not None and "day" in fields and day.isoweekday() != written:
            return (
                f"the weekday written ({calendar.day_name[written - 1]}) is not the weekday "
                f"of {day.isoformat()} ({calendar.day_name[day.weekday()]})"
            )
    return None


def _gap(period: Period, day: date) -> int:
    """Days between ``day`` and the nearest day of ``period`` (0 inside it)."""
    if period.contains(day):
        return 0
    return (period.first - day).days if period.first > day else (day - period.last).days


def _joined(periods: list[Period]) -> Period:
    """A coordinated list of months or years: ``2025-10,2025-11``, ``1940,1944``."""
    return Period(
        ",".join(p.value for p in periods),
        periods[0].granularity,
        periods[0].first,
        periods[-1].last,
    )


@cache
def _holiday_days(lang: str) -> frozenset[tuple[int, int]]:
    """The (month, day) of the fixed-day holidays of a language's ``holidays.tsv``."""
    out = set()
    for row in read_table(lang, "holidays.tsv"):
        if row.get("day"):
            month, _, day = row["day"].partition("-")
            out.add((int(month), int(day)))
    return frozenset(out)


@cache
def _feast_occurrences(lang: str) -> dict[str, tuple[tuple[date, date], ...]]:
    """The first and last day of each occurrence of the movable feasts of a language
    (``holiday_dates.tsv``), by name as written there."""
    out: dict[str, list[tuple[date, date]]] = {}
    for row in read_table(lang, "holiday_dates.tsv"):
        days = (date.fromisoformat(row["first"]), date.fromisoformat(row["last"]))
        out.setdefault(row["name"], []).append(days)
    return {name: tuple(sorted(days)) for name, days in out.items()}


def feast_days(lang: str, f: dict, now: date, tense: str | None) -> Period | None:
    """``Kurban Bayramı'nın ikinci günü``, ``önümüzdeki kurban bayramının 2.3.4 günü``,
    ``Ramazan Bayramı arifesi``: days of the occurrence of a movable feast the shift or the
    tense points at (``feast_day`` ordinals, 1-based, -1 the last; ``feast_eve`` the day
    before); None when the data has no such occurrence or the feast no such day."""
    occurrences = [
        Period.day(first).through(Period.day(last))
        for first, last in _feast_occurrences(lang).get(f["feast"], ())
    ]
    shift = f.get("shift")
    if shift:
        ahead = [p for p in occurrences if p.first > now]
        behind = [p for p in occurrences if p.last < now]
        picked = ahead[shift - 1 : shift] if shift > 0 else behind[shift:][:1]
        chosen = picked[0] if picked else None
    else:
        chosen = _choose(occurrences, now, tense)
    if chosen is None:
        return None
    if f.get("feast_eve"):
        return Period.day(chosen.first - timedelta(days=1))
    length = (chosen.last - chosen.first).days + 1
    ordinals = [length + n + 1 if n < 0 else n for n in f.get("feast_day", ())]
    if not ordinals or not all(1 <= n <= length for n in ordinals):
        return None
    days = [chosen.first + timedelta(days=n - 1) for n in ordinals]
    if len(days) == 1:
        return Period.day(days[0])
    if all((b - a).days == 1 for a, b in zip(days, days[1:], strict=False)):
        return Period.day(days[0]).through(Period.day(days[-1]))
    return Period.day_list(days)


def _candidates(year: int, make: Callable[[int], Period]) -> list[Period]:
    out = []
    for y in (year - 1, year, year + 1):
        try:
            out.append(make(y))
        except ValueError:
            continue
    return out


def _moved_from_day(folded: str, prev, start: int, ablatives: tuple[str, ...]) -> date | None:
    """The day of the expression right before ``start`` when it is a day in the ablative
    (``24 Mayıs'tan 31 Mayıs'a ertelendi``: the day a date was moved from), else None; the two
    days of a move lie next to each other."""
    if prev is None or prev.first is None or prev.first != prev.last:
        return None
    if folded[prev.end : start].strip() or not folded[prev.start : prev.end].endswith(ablatives):
        return None
    return prev.first


def _by_weekday(now: date, make: Callable[[int], Period], day_of) -> Period | None:
    """The only candidate year in which a date falls on its written weekday (``28 Aralık
    Cumartesi`` is 2024 seen from 2025), if exactly one of the nearby years fits within half a
    year of ``now`` (further off, the weekday is more likely wrong than the year)."""
    fitting = []
    for period in _candidates(now.year, make):
        day, weekday = day_of(period)
        if day.isoweekday() == weekday and abs((day - now).days) <= HALF_YEAR.days:
            fitting.append(period)
    return fitting[0] if len(fitting) == 1 else None


def _agrees(period: Period, now: date, tense: str | None) -> bool:
    if tense == "future":
        return period.last >= now - TOLERANCE
    if tense == "past":
        return period.first <= now + TOLERANCE
    if tense in ("past-near", PARTICIPLE):
        return period.first <= now + NEAR_AHEAD
    if tense == "nearest":  # a period reported or forecast: within half a year either way
        return period.first - HALF_YEAR <= now <= period.last + HALF_YEAR
    return True


def _choose(candidates: list[Period], now: date, tense: str | None) -> Period | None:
    """The candidate the tense points to: the next one for the future, the last one for the
    past, else the nearest (a tie goes to the later). Weeks, weekends and the edges of a period
    (``ay sonunda``) follow the tense strictly; longer periods and days allow ``TOLERANCE`` (a
    late or early article)."""
    if not candidates:
        return None
    ordered = sorted(candidates, key=lambda p: p.first)
    strict = ordered[0].granularity in ("week", "weekend") or ordered[0].mod in ("START", "END")
    slack = timedelta(0) if strict else TOLERANCE  # ay sonunda yapılacak: this month's end
    if tense == PARTICIPLE:  # hafta sonu yapılan: the weekend past; a month past or near
        tense = "past" if strict else "past-near"
    if tense == "future":
        return next((p for p in ordered if p.last >= now - slack), ordered[-1])
    if tense == "past":
        return next((p for p in reversed(ordered) if p.first <= now + slack), ordered[0])
    if tense == "past-near":
        return next((p for p in reversed(ordered) if p.first <= now + NEAR_AHEAD), ordered[0])

    def distance(p: Period) -> tuple[int, int]:
        if p.contains(now):
            return 0, 0
        if _part_of_current(p, now):
            # yıl sonu, ay sonunda (present or none): this year's, this month's, unless the
            # last one's ended just before (yıl sonu enflasyonu in early January)
            return ((p.last - p.first).days + 1) // PART_SLACK_SHARE, -p.first.toordinal()
        gap = (p.first - now).days if p.first > now else (now - p.last).days
        return gap, -p.first.toordinal()

    return min(ordered, key=distance)


def _part_of_current(p: Period, now: date) -> bool:
    """A start, middle or end of the year or month ``now`` is in (``yıl sonu`` in April)."""
    if p.mod not in ("START", "MID", "END"):
        return False
    if p.granularity == "year":
        return p.first.year == now.year
    return p.granularity == "month" and (p.first.year, p.first.month) == (now.year, now.month)


def _around(now: date, unit: str, make: Callable[[date], Period]) -> list[Period]:
    if unit == "M":
        steps = [add_months(now.year, now.month, k) for k in (-1, 0, 1)]
        days = [date(y, mo, 1) for y, mo in steps]
    elif unit == "CE":
        days = [now]
    else:
        days = [date(now.year + k, 1, 1) for k in (-1, 0, 1)]
    out = []
    for d in days:
        try:
            out.append(make(d))
        except ValueError:
            continue
    return out


def _periodic(f: dict, mod: str | None):
    """For a part of a period named without its year (``yıl sonu``, ``ilk çeyrekte``, ``ayın
    ortasında``, ``haftanın ilk işlem günü``): the unit it repeats in and how to build it."""
    unit = f.get("unit")
    if "quarter" in f:
        return "Y", lambda d: Period.quarter(d.year, f["quarter"]).modified(mod)
    if "half" in f:
        return "Y", lambda d: Period.half(d.year, f["half"]).modified(mod)
    if "season" in f:
        return "Y", lambda d: Period.season(d.year, f["season"]).modified(mod)
    if "months_edge" in f:
        edge = "START" if f["months_edge"] == 1 else "END"
        return "Y", lambda d: Period.year(d.year).modified(edge)
    if "day" in f:
        return "M", lambda d: Period.day(date(d.year, d.month, f["day"]))
    builders = {
        "Y": lambda d: Period.year(d.year),
        "M": lambda d: Period.month(d.year, d.month),
        "W": lambda d: Period.week(d),
        "CE": lambda d: Period.century(d.year // 100),
    }
    if unit not in builders:
        return None
    build = builders[unit]
    if "edge" in f:
        return unit, lambda d: _edge_day(build(d), f)
    return unit, lambda d: build(d).modified(mod)


def _edge_day(period: Period, f: dict) -> Period:
    """The first or last (business) day of a period: ``haftanın ilk işlem günü``."""
    day = period.first if f["edge"] == 1 else period.last
    if f.get("business"):
        step = timedelta(days=1 if f["edge"] == 1 else -1)
        while day.isoweekday() > 5:
            day += step
    return Period.day(day)


def _set_value(f: dict, e: dict) -> str:
    # her yıl -> P1Y, her pazartesi -> XXXX-WXX-1, her yıl 30 Ağustos'ta -> XXXX-08-30,
    # her akşam 17:00'de -> XXXX-XX-XXT17:00
    if f.get("weekend"):
        return "XXXX-WXX-WE"  # hafta sonları
    if "hour" in f:
        return f"XXXX-XX-XXT{f['hour'] % 24:02d}:{f.get('minute', 0):02d}"
    if "day" in f and "month2" in f:
        return f"XXXX-{f['month2']:02d}-{f['day']:02d}"
    if "day" in e:
        return f"XXXX-XX-{e['day']:02d}"
    if "day" in f and "month" in e:
        return f"XXXX-{e['month']:02d}-{f['day']:02d}"
    if "weekday" in f and "weekday" not in e and not f.get("unit"):
        return f"XXXX-WXX-{f['weekday']}"
    if "pod" in f:
        return "XXXX-XX-XXT00:00" if f["pod"] == MIDNIGHT else f"XXXX-XX-XXT{f['pod']}"
    if "month" in f:
        return f"XXXX-{f['month']:02d}"
    return duration_value(f.get("num") or 1, f.get("unit") or "Y")


def _hint_coordinated_years(mentions: list[Mention], doc: DocumentContext) -> None:
    """``21 Haziran (TYT) ve 22 Haziran 2025``: a day-month takes the year of the dated
    day-month it is coordinated with."""
    lexicon = doc.grammar.lexicon
    for m, n in zip(mentions, mentions[1:], strict=False):
        if m.kind != "point" or m.has_year or "day" not in m.fields or "month" not in m.fields:
            continue
        if not n.has_year or doc.sentence_index(m.start) != doc.sentence_index(n.start):
            continue
        between = _PARENTHESES.sub(" ", doc.folded[m.end : n.start])
        words = _WORDS.findall(between)
        joined = " ".join(words)
        if (
            len(words) <= 2
            and (not words or lexicon.get("coordinator", joined))
            and (between.replace(",", " ").strip() == joined)
        ):
            m.fields["year_hint"] = n.fields.get("year") or n.end_fields.get("year")


_WORD_TUPLES: dict[tuple[int, str], tuple[str, ...]] = {}


def _class_words(grammar: Grammar, name: str) -> tuple[str, ...]:
    """The words of a lexicon class as a tuple, for ``str.startswith``/``endswith`` (cached)."""
    key = (id(grammar), name)
    if key not in _WORD_TUPLES:
        _WORD_TUPLES[key] = tuple(grammar.lexicon.words(name))
    return _WORD_TUPLES[key]


_SEARCHES: dict[tuple[int, str], re.Pattern] = {}


def _class_search(grammar: Grammar, name: str) -> re.Pattern:
    """A compiled search for any word of a lexicon class at a word start (cached)."""
    key = (id(grammar), name)
    if key not in _SEARCHES:
        _SEARCHES[key] = compile_late(r"(?<![\w'])" + grammar.lexicon.pattern(name))
    return _SEARCHES[key]
