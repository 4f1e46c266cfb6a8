"""Resolve mentions to TIMEX3 values: the second phase (HeidelTime's ResolveAmbiguousValues).

A mention says ``12 Kasım`` or ``geçen hafta``; the resolver decides which November 12th or
which week, from

* the publication date (``reference``), or the day a quoted speaker spoke when the article gives
  it (``Şimşek dün sabah katıldığı programda …“Bu sabah…”``: his morning is yesterday's);
* the tense of the clause (a future ``12 Kasım'da ziyaret edecek`` is the next 12 November, a
  past one the last);
* earlier dates of the article: a year in the same sentence (``Geçen yıl takvim 13 Kasım'da
  duyurulmuştu``), a coordinated date with its year (``21 Haziran ve 22 Haziran 2025``), the
  year of a schedule (``2026 yılı sınav takvimi``) and the date the narrative is at
  (``26 Ağustos 1922 … 9 Eylül'de``), each used only when it agrees with the tense;
* the previous date for ``ertesi gün``, ``aynı gün`` and for a clock time given alone.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache

from ..lang import read_table
from ..model import Timex
from .context import DocumentContext
from .dates import Period, add_months, add_years, duration_value
from .grammar import Grammar
from .mention import Mention

TOLERANCE = timedelta(days=7)  # a "future" date this far before publication is still this year's
# a deadline or an attributive date in a past clause ("22 Ekim'e kadar süre tanıdı", "11-13 Mart
# tarihlerindeki foruma davet etti") may lie this far ahead of publication
NEAR_AHEAD = timedelta(days=62)
# a day-month next to a dated day of the narrative takes the neighbouring year when that puts it
# within NEIGHBOUR_DAYS of the dated day (2 Ocak 2026 … 31 Aralık is 2025-12-31)
NEIGHBOUR_DAYS = 62
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


class Resolver:
    """Resolves the mentions of one document in text order, keeping the narrative state."""

    def __init__(self, grammar: Grammar, doc: DocumentContext, reference: date):
        self.grammar = grammar
        self.doc = doc
        self.reference = reference
        self.speech: date | None = None  # when the article's quoted speaker spoke
        self.schedule: tuple[int, int] | None = None  # (year, sentence): 2026 yılı sınav takvimi
        self.narrative: tuple[int, int, int] | None = None  # (year, sentence, paragraph)
        self.narrative_day: date | None = None  # the day of the last full date with a day
        self.last_month: tuple[int, int, int] | None = None  # (position, year, month) last named
        self.last_span: tuple[date, date] | None = None  # the last span of months named
        self.days: list[tuple[int, date, int, int]] = []  # (position, day, sentence, paragraph)
        self.years: dict[int, list[int]] = {}  # sentence -> years named in it, in order
        self.last_year: tuple[int, int] | None = None  # (position, year) of the last year named
        self.previous: Timex | None = None
        self.now_sentence = -1  # the last sentence that named a day, week or month from now
        self.heading: tuple[int, date] | None = None  # (end, day) of the last day heading line
        # of the mention being resolved
        self._sentence = self._paragraph = self._start = 0

    # -- driver ------------------------------------------------------------------------------

    def run(self, mentions: list[Mention]) -> list[Timex]:
        """Resolve ``mentions`` (text order); unresolvable ones are left out."""
        _hint_coordinated_years(mentions, self.doc)
        out = []
        for mention in mentions:
            try:
                timex = self._resolve(mention)
            except (ValueError, OverflowError):
                timex = None  # an impossible date (31 Şubat) or a value out of range
            if timex is not None:
                out.append(timex)
                self.previous = timex
        return out

    def _resolve(self, m: Mention) -> Timex | None:
        if m.kind == "remove":
            return None
        tense = self.doc.tense(m.start, m.end)
        reading = self._reading(m, tense)
        quote = self.doc.quote(m.start)
        now = self.speech if quote and self.speech else self.reference
        self._sentence = self.doc.sentence_index(m.start)
        self._paragraph = self.doc.paragraph_index(m.start)
        self._start = m.start
        f = m.fields
        if m.kind == "duration":
            if f.get("num") is None or f.get("unit") is None:
                return None
            return self._timex(m, "DURATION", duration_value(f["num"], f["unit"]), tense)
        if m.kind == "set":
            return self._timex(m, "SET", _set_value(f, m.end_fields), tense)
        if m.kind == "point" and self._is_holiday_name(m):
            return self._timex(m, "SET", f"XXXX-{f['month']:02d}-{f['day']:02d}", tense)
        if m.kind == "offset":
            period = self._offset(m, now)
            if period is None and f.get("num") and f.get("unit"):
                return self._timex(m, "DURATION", duration_value(f["num"], f["unit"]), tense)
        elif m.kind == "anchored":
            period = self._anchored(m)
        elif m.kind == "list":
            period = self._list(m, now, reading)
        elif m.kind == "range":
            period = self._range(m, now, reading)
        else:
            period = self._point(m, f, now, reading)
        if period is None:
            return None
        self._remember(m, period, quote)
        kind = "TIME" if period.granularity in ("time", "partofday") else "DATE"
        return Timex(
            start=m.start,
            end=m.end,
            text=self.doc.text[m.start : m.end],
            type=kind,
            value=period.value,
            mod=period.mod,
            granularity=period.granularity,
            first=period.first,
            last=period.last,
            time=period.time,
            days=period.days,
            tense=tense,
            rule=m.rule,
            warning=_weekday_conflict(m, period),
        )

    def _timex(self, m: Mention, kind: str, value: str, tense: str | None) -> Timex:
        granularity = "duration" if kind == "DURATION" else "set"
        return Timex(
            m.start,
            m.end,
            self.doc.text[m.start : m.end],
            kind,
            value,
            None,
            granularity,
            None,
            None,
            None,
            (),
            tense,
            m.rule,
        )

    def _reading(self, m: Mention, tense: str | None) -> str | None:
        """The tense the value follows: the clause's, except for a date that only describes a
        noun (``eylül ayına ilişkin veriler``: the period reported, nearest either way) and for
        a deadline or an attributive date in a past clause (``22 Ekim'e kadar süre tanıdı``,
        ``11-13 Mart tarihlerindeki foruma davet etti``: past, or shortly ahead)."""
        lexicon = self.grammar.lexicon
        following = _WORDS.match(self.doc.folded, m.end + 1)
        word = following.group() if following else ""
        if word and lexicon.get("reference_follow", word):
            return None
        if tense != "past":
            return tense
        if m.fields.get("until"):
            return "past-near"
        ends = _class_words(self.grammar, "attributive_end")
        if self.doc.folded.endswith(ends, m.start, m.end):
            return "past-near"
        if word.startswith(_class_words(self.grammar, "date_noun")) and word.endswith(ends):
            return "past-near"
        return tense

    # -- state ---------------------------------------------------------------------------------

    def _remember(self, m: Mention, period: Period, quote) -> None:
        f = m.fields
        if period.granularity in DAY_GRANULARITIES:
            self.days.append((m.start, period.last, self._sentence, self._paragraph))
            if period.granularity == "day" and self._is_heading(m):
                self.heading = (m.end, period.last)
            # "Bakan dün yaptığı açıklamada", "dün sabah katıldığı programda": the day of a
            # speech when a speech word follows the date closely (its quotes then use that day)
            window_end = min(self.doc.sentence(m.start)[1], m.end + SPEECH_WINDOW)
            if not quote and self._has_word("speech", m.end, window_end):
                self.speech = period.first
        year_named = m.has_year or (f.get("unit") == "Y" and "shift" in f)
        year_named = year_named or f.get("deictic", ("",))[0] == "Y"
        if year_named and not m.since:  # "1997 yılından bu yana …" anchors nothing
            self.years.setdefault(self._sentence, []).append(period.last.year)
            self.last_year = (m.start, period.last.year)
        if m.is_full_date and not m.since:
            self.narrative = (period.last.year, self._sentence, self._paragraph)
            if period.granularity in DAY_GRANULARITIES:
                self.narrative_day = period.last
        if period.granularity in DAY_GRANULARITIES + ("month",) and m.kind != "anchored":
            self.last_month = (m.start, period.last.year, period.last.month)
            if period.granularity == "month":
                self.last_span = (period.first, period.last)
        if "deictic" in f or ("shift" in f and f.get("unit") in ("D", "W", "M")):
            self.now_sentence = self._sentence  # "geçen hafta", "dün": this sentence is about now
        if m.has_year and period.granularity == "year" and self._schedule_follows(m.end):
            self.schedule = (period.first.year, self._sentence)

    def _is_heading(self, m: Mention) -> bool:
        """A day alone on its line (``16 Nisan Salı``, ``• 17 Nisan:``): a schedule's heading."""
        text = self.doc.text
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end, m.end + SCHEDULE_LINE_LENGTH)
        if line_end < 0 and len(text) - m.end >= SCHEDULE_LINE_LENGTH:
            return False  # a long line: prose, no heading
        line_end = len(text) if line_end < 0 else line_end
        return not (text[line_start : m.start] + text[m.end : line_end]).strip(_BULLETS + ":")

    def _has_word(self, name: str, start: int, end: int) -> bool:
        pattern = _class_search(self.grammar, name)
        return pattern.search(self.doc.folded, start, end) is not None

    def _schedule_follows(self, end: int) -> bool:
        """``2026 yılı sınav takvimi``, ``2025 başvuru ve sınav tarihleri``."""
        words = _WORDS.findall(self.doc.folded[end : end + 60])[:4]
        nouns = self.grammar.lexicon.words("calendar_noun")
        key = self.grammar.lexicon.key
        return any(key(w).startswith(n) for w in words for n in nouns)

    def _is_holiday_name(self, m: Mention) -> bool:
        """``30 Ağustos'un mirası``, ``30 Ağustos, 1924'ten itibaren … kutlanmaya başlandı``: a
        day-month without a year that names the yearly holiday, not a date."""
        f = m.fields
        if m.has_year or "day" not in f or "month" not in f or "hour" in f or "pod" in f:
            return False
        if (f["month"], f["day"]) not in _holiday_days(self.grammar.lang):
            return False  # 31 Aralık'ın yarım gün olup olmadığı: no holiday of that name
        written = self.doc.folded[m.start : m.end]
        lexicon = self.grammar.lexicon
        suffix = written.rpartition("'")[2] if "'" in written else ""
        if suffix and lexicon.get("genitive", suffix):
            following = _WORDS.findall(self.doc.folded[m.end : m.end + 40])[:1]
            return not (following and lexicon.get("relation_follow", following[0]))
        after = self.doc.folded[m.end : m.end + 2].strip()
        if after.startswith(","):
            s_start, s_end = self.doc.sentence(m.start)
            return self._has_word("recurring", max(s_start, m.start - 300), min(s_end, m.end + 300))
        return False

    # -- points --------------------------------------------------------------------------------

    def _point(self, m: Mention, f: dict, now: date, tense: str | None) -> Period | None:
        mod = f.get("mod") or ("APPROX" if f.get("approx") else None)
        direction = f.get("direction")
        tense = direction if direction in ("future", "past") else tense
        if "decade" in f:
            return Period.decade(f["decade"]).modified(mod) if f["decade"] else None
        if "century" in f:
            return Period.century(f["century"] - 1).modified(mod) if f["century"] else None
        if f.get("newyear"):
            # yılbaşı: 1 January, the year by context and tense like any day-month; its night
            # or evening (yılbaşı gecesi) is the eve, 31 December
            day = {"month": 12, "day": 31} if "pod" in f else {"month": 1, "day": 1}
            return self._month_day(m, {**f, **day}, now, tense, None)
        if "deictic" in f:
            unit, n = f["deictic"]
            return self._relative(unit, n, now, f, mod)
        unit, shift = f.get("unit"), f.get("shift")
        year = f.get("year")
        if year is None and shift is not None and unit == "Y":
            year = now.year + shift
        if year is not None:
            return self._in_year(year, f, mod)
        if shift is not None and unit in ("M", "W", "D", "CE", "Q"):
            return self._relative(unit, shift, now, f, mod)
        if f.get("weekend"):
            return self._weekend(f, now, tense)
        if shift is not None and "season" in f:
            return self._season_shift(f["season"], shift, now, tense)
        if "month" in f:
            return self._month_day(m, f, now, tense, mod)
        if "weekday" in f:
            partner = self._coordinated_day(m) if shift is None else None
            if partner is not None:
                # yarın ve perşembe günü: the weekday next to its partner day
                ahead = partner >= now
                step = (
                    (f["weekday"] - partner.isoweekday()) % 7
                    if ahead
                    else -((partner.isoweekday() - f["weekday"]) % 7)
                )
                return self._clock(Period.day(partner + timedelta(days=step)), f)
            return self._clock(self._weekday(f["weekday"], shift, now, tense), f)
        if shift == 0 and "pod" in f:
            return self._clock(Period.day(now), f)  # bu sabah, bu akşam 20.00'de
        periodic = _periodic(f, mod)
        if periodic is not None:
            unit_of, make = periodic
            if unit_of == "W":
                return make(now)
            candidates = _around(now, unit_of, make)
            return _choose(candidates, now, tense)
        if "hour" in f or "pod" in f:
            # saat 15.00'te, sabah saatlerinde: on the day in context
            return self._clock(self._context_day(now), f)
        return None

    def _relative(self, unit: str, n: int, now: date, f: dict, mod: str | None) -> Period | None:
        # dün, bugün, haftaya, geçen ay, bu yıl, gelecek hafta, geçen yüzyıl
        if unit == "D":
            if n and "shift" in f:
                return None  # "geçen gün": the other day, vague
            return self._clock(Period.day(now + timedelta(days=n)), f)
        if unit == "W":
            base = now + timedelta(days=7 * n)
            if "weekday" in f:
                monday = base - timedelta(days=base.weekday())
                return self._clock(Period.day(monday + timedelta(days=f["weekday"] - 1)), f)
            if "edge" in f:
                return _edge_day(Period.week(base), f)
            return Period.week(base).modified(mod)
        if unit == "M":
            y, mo = add_months(now.year, now.month, n)
            if "day" in f:
                return self._clock(Period.day(date(y, mo, f["day"])), f)
            if "edge" in f:
                return _edge_day(Period.month(y, mo), f)
            return Period.month(y, mo).modified(mod)
        if unit == "Y":
            return self._in_year(now.year + n, f, mod)
        if unit == "CE":
            return Period.century(now.year // 100 + n).modified(mod)
        if unit == "Q":
            y, mo = add_months(now.year, now.month, 3 * n)
            return Period.quarter(y, (mo - 1) // 3 + 1).modified(mod)
        return None

    def _in_year(self, year: int, f: dict, mod: str | None) -> Period | None:
        # 2025, Ağustos 2024, 2027'nin ilk yarısı, 2025 yazında, 2024'ün Kasım ayı
        if "month" in f:
            if "day" in f:
                return self._clock(Period.day(date(year, f["month"], f["day"])), f)
            return Period.month(year, f["month"]).modified(mod)
        if "half" in f:
            return Period.half(year, f["half"]).modified(mod)
        if f.get("months"):
            # 2019'un ilk 5 ayı: January to May
            last = int(f["months"])
            if not 1 <= last <= 12 or last != f["months"]:
                return None
            first_month = Period.month(year, 1)
            return first_month if last == 1 else first_month.through(Period.month(year, last))
        if "quarter" in f:
            return Period.quarter(year, f["quarter"]).modified(mod)
        if "season" in f:
            return Period.season(year, f["season"]).modified(mod)
        if "months_edge" in f:
            return Period.year(year).modified("START" if f["months_edge"] == 1 else "END")
        if "edge" in f:
            return _edge_day(Period.year(year), f)
        return Period.year(year).modified(mod)

    def _month_day(self, m: Mention, f: dict, now: date, tense, mod) -> Period | None:
        # 12 Kasım, eylülde, nisan başında: the year from the context or the tense
        month, day = f["month"], f.get("day")

        def make(y: int) -> Period:
            if day:
                return Period.day(date(y, month, day))
            return Period.month(y, month).modified(mod)

        period = None
        if day and "weekday" in f:
            period = _by_weekday(now, make, lambda p: (p.first, f["weekday"]))
        if period is None:
            period = self._anchored_year(m, now, tense, make)
        if period is None:
            period = _choose(_candidates(now.year, make), now, tense)
        return self._clock(period, f) if period and day else period

    def _coordinated_day(self, m: Mention) -> date | None:
        """The day of the previous expression when only a coordinator joins the two
        (``yarın ve perşembe``, ``12 Kasım, cuma``)."""
        prev = self.previous
        if prev is None or prev.first is None or prev.first != prev.last:
            return None
        between = self.doc.folded[prev.end : m.start]
        words = _WORDS.findall(between)
        joined = between.replace(",", " ").split()
        lexicon = self.grammar.lexicon
        if len(words) > 2 or joined != words:
            return None
        if words and not lexicon.get("coordinator", " ".join(words)):
            return None
        return prev.first

    def _weekday(self, weekday: int, shift: int | None, now: date, tense) -> Period:
        # geçen Pazartesi, bu cuma, önümüzdeki salı, cuma günü (by tense)
        back = (now.isoweekday() - weekday) % 7
        ahead = (weekday - now.isoweekday()) % 7
        if shift is not None and shift < 0:
            back = back or 7
            return Period.day(now - timedelta(days=back + 7 * (-shift - 1)))
        if shift is not None and shift > 0:
            ahead = ahead or 7
            return Period.day(now + timedelta(days=ahead + 7 * (shift - 1)))
        if shift == 0:
            return Period.day(now - timedelta(days=now.weekday()) + timedelta(days=weekday - 1))
        if tense in ("future", "present"):
            return Period.day(now + timedelta(days=ahead))
        if tense == "past":
            return Period.day(now - timedelta(days=back))
        nearest = now + timedelta(days=ahead) if ahead <= back else now - timedelta(days=back)
        return Period.day(nearest)

    def _weekend(self, f: dict, now: date, tense) -> Period:
        # hafta sonu (by tense), bu hafta sonu, geçen hafta sonu
        shift = f.get("shift")
        if shift is not None:
            return Period.weekend(now + timedelta(days=7 * shift))
        candidates = [Period.weekend(now + timedelta(days=7 * k)) for k in (-1, 0, 1)]
        return _choose(candidates, now, tense) or candidates[1]

    def _season_shift(self, season: str, shift: int, now: date, tense) -> Period | None:
        # bu yaz, geçen kış, gelecek ilkbahar
        seasons = [Period.season(now.year + k, season) for k in (-2, -1, 0, 1)]
        if shift < 0:
            past = [s for s in seasons if s.last < now]
            return past[shift] if len(past) >= -shift else None
        if shift > 0:
            later = [s for s in seasons if s.first > now]
            return later[shift - 1] if len(later) >= shift else None
        current = [s for s in seasons if s.contains(now)]
        return current[0] if current else _choose(seasons, now, tense)

    def _clock(self, period: Period | None, f: dict) -> Period | None:
        # 12 Kasım saat 14.00'te, dün sabah, akşam 8'de
        if period is None or period.granularity != "day":
            return period
        if "hour" in f:
            hour = f["hour"]
            if f.get("pod") in ("AF", "EV") and hour < 12:
                hour += 12
            elif f.get("pod") == "NI" and 6 <= hour < 12:
                hour += 12
            return period.at(hour, f.get("minute", 0))
        if f.get("pod") == MIDNIGHT:
            return Period.day(period.first + timedelta(days=1)).at(0, 0)  # gece yarısı
        if f.get("pod"):
            return period.part_of_day(f["pod"])
        return period

    # -- context -------------------------------------------------------------------------------

    def _anchored_year(self, m: Mention, now: date, tense, make: Callable[[int], Period]):
        """The period in the year the context gives, if one agrees with the tense."""
        candidates = []
        hint = m.fields.get("year_hint")
        if hint:
            candidates.append(hint)
        repeated = self._repeated_year(m, now)
        if repeated is not None:
            candidates.append(repeated)
        same_sentence = self.years.get(self._sentence)
        if same_sentence:
            candidates.append(same_sentence[-1])
        schedule = None
        if self.schedule and self._sentence - self.schedule[1] <= SCHEDULE_SENTENCES:
            schedule = self.schedule[0]
            candidates.append(schedule)
        if self.narrative and self.now_sentence != self._sentence:
            year, sentence, paragraph = self.narrative
            if paragraph == self._paragraph and self._sentence - sentence <= NARRATIVE_SENTENCES:
                candidates.append(year)
        for year in candidates:
            try:
                period = self._beside_narrative_day(make, year)
            except ValueError:
                continue
            if year in (schedule, repeated) or _agrees(period, now, tense):
                # a calendar's year rules its days whatever the tense of the clause listing
                # them ("2026 yılı takviminde 5 Mayıs yer aldı")
                if self.narrative and year == self.narrative[0]:
                    self.narrative = (year, self._sentence, self._paragraph)
                return period
        return None

    def _repeated_year(self, m: Mention, now: date) -> int | None:
        """The year of the same day-month named ahead of ``now`` within ``NARRATIVE_SENTENCES``
        sentences before (``Dava 24 Ekim'e ertelendi. … duruşmayı 24 Ekim saat 10.00'a
        bıraktı``): a date found ahead stays ahead when repeated in a past clause."""
        f = m.fields
        if "day" not in f or "month" not in f:
            return None
        for _, day, sentence, _ in reversed(self.days):
            if self._sentence - sentence > NARRATIVE_SENTENCES:
                break
            if (day.month, day.day) == (f["month"], f["day"]) and day > now:
                return day.year
        return None

    def _beside_narrative_day(self, make: Callable[[int], Period], year: int) -> Period:
        """``make(year)``, or the period of the neighbouring year when that one lies within
        ``NEIGHBOUR_DAYS`` of the narrative's dated day of that year and ``make(year)`` does not
        (``2 Ocak 2026 … 31 Aralık`` is the day before, 2025-12-31)."""
        period = make(year)
        anchor = self.narrative_day
        if anchor is None or anchor.year != year or _gap(period, anchor) <= NEIGHBOUR_DAYS:
            return period
        for other in (year - 1, year + 1):
            try:
                near = make(other)
            except ValueError:
                continue
            if _gap(near, anchor) <= NEIGHBOUR_DAYS:
                return near
        return period

    def _heading_day(self) -> date | None:
        """The day of the day heading above a clock time that opens a line of a schedule
        (``16 Nisan Salı`` on a line of its own, then ``10.00 Açılış``, ``14.30 Panel``): the
        lines between are short, as in a programme."""
        if self.heading is None or not self.days:
            return None
        end, day = self.heading
        pos = self._start
        text = self.doc.text
        line_start = text.rfind("\n", 0, pos) + 1
        if end > line_start or text[line_start:pos].strip(_BULLETS):
            return None
        lines = text[end:line_start].split("\n")
        if len(lines) > SCHEDULE_LINES or any(len(line) > SCHEDULE_LINE_LENGTH for line in lines):
            return None
        return day

    def _context_day(self, now: date) -> Period | None:
        """The day a clock time given alone belongs to: the last day named in its sentence; or
        in the sentence before (same paragraph) unless that day is older than yesterday
        (``Kurul dün toplandı. Saat 15.00'te karar açıklandı``; ``Maç 14 Eylül'de oynanacak.
        Karşılaşma TSİ 20.00'de başlayacak``); or the publication day when the article has
        named no other day. Otherwise the time cannot be dated (an older day in the sentence
        before is mostly background: ``10 Ağustos'taki depremde… Saat 10:29'da yaşanan…``)."""
        heading = self._heading_day()
        if heading is not None:
            return Period.day(heading)
        for _, day, sentence, paragraph in reversed(self.days):
            if sentence == self._sentence:
                return Period.day(day)
            if sentence == self._sentence - 1 and paragraph == self._paragraph:
                if (day - now).days >= -1:
                    return Period.day(day)
            break
        if all(day == now for _, day, _, _ in self.days):
            return Period.day(now)
        return None

    # -- offsets, anchored, ranges, lists --------------------------------------------------------

    def _offset(self, m: Mention, now: date) -> Period | None:
        # 3 yıl önce, üç gün sonra, 103 yıl önce bugün, 12 Kasım'dan iki gün sonra
        f = m.fields
        n, unit, direction = f.get("num"), f.get("unit"), f.get("dir")
        if n is None or unit is None or direction is None or unit in ("H", "MIN", "S"):
            return None
        base = now
        if f.get("after_ablative"):
            prev = self.previous
            gap = self.doc.text[prev.end : m.start] if prev else "x"
            if prev is None or gap.strip() or prev.first is None:
                return None  # saldırıdan üç gün sonra: from an event the text does not date
            base = prev.first if direction < 0 else prev.last
        amount = n * direction
        mod = "APPROX" if f.get("approx") else None
        if unit == "Y" and amount != int(amount):
            unit, amount = "M", amount * 12
        if unit in ("M", "Q") and amount != int(amount):
            unit, amount = "D", amount * (30 if unit == "M" else 91)
        if unit == "W" and amount != int(amount):
            unit, amount = "D", amount * 7
        amount = int(round(amount))
        if unit == "Y":
            if f.get("today") or f.get("after_ablative"):
                return Period.day(add_years(base, amount)).modified(mod)
            return Period.year(base.year + amount).modified(mod)
        if unit in ("M", "Q"):
            months = amount * (3 if unit == "Q" else 1)
            y, mo = add_months(base.year, base.month, months)
            if f.get("today") or f.get("after_ablative"):
                return Period.day(date(y, mo, min(base.day, 28 if mo == 2 else 30))).modified(mod)
            return Period.month(y, mo).modified(mod)
        if unit == "W":
            if f.get("after_ablative"):
                return Period.day(base + timedelta(days=7 * amount)).modified(mod)
            return Period.week(base + timedelta(days=7 * amount)).modified(mod)
        if unit == "D":
            return Period.day(base + timedelta(days=amount)).modified(mod)
        if unit == "CE":
            return Period.century(base.year // 100 + amount).modified(mod)
        return None

    def _anchored(self, m: Mention) -> Period | None:
        # ertesi gün, aynı gün, o yıl: from the previous date of the article
        if m.fields.get("same"):
            # 2024'ün aynı ayı / dönemi: the month or span reported, in the year named
            return self._shifted_span(m.fields["year"], m.fields["same"])
        unit, n = m.fields["anchored"]
        if unit == "P":
            # bir önceki yılın aynı dönemi: the span of months reported, a year back
            if self.last_span is None:
                return None
            return self._shifted_span(self.last_span[1].year + n // 12, "P")
        if unit == "Y" and "month" in m.fields:
            # bir önceki yılın aralık ayı: in the year before the period reported
            base = self.last_month[1] if self.last_month else (self.last_year or (0, None))[1]
            return Period.month(base + n, m.fields["month"]) if base else None
        if unit == "Y":
            named = [self.last_year] if self.last_year else []
            if self.days:
                named.append((self.days[-1][0], self.days[-1][1].year))
            latest = max(named, default=None)
            return Period.year(latest[1] + n) if latest else None
        if unit == "M" and self.last_month is not None:
            # bir önceki aya göre, bir önceki yılın aynı ayına göre: from the month reported
            _, year, month = self.last_month
            y, mo = add_months(year, month, n)
            return Period.month(y, mo)
        if not self.days:
            return None
        day = self.days[-1][1]
        if unit == "D":
            return self._clock(Period.day(day + timedelta(days=n)), m.fields)
        if unit == "W":
            return Period.week(day + timedelta(days=7 * n))
        if unit == "M":
            y, mo = add_months(day.year, day.month, n)
            return Period.month(y, mo)
        return None

    def _shifted_span(self, year: int, unit: str) -> Period | None:
        """The month (``unit`` M: ``aynı ay``) or span of months (P: ``aynı dönem``) last
        reported, moved to ``year`` (the span's last month lands in it)."""
        if unit != "M" and self.last_span is not None:
            first, last = self.last_span
        elif self.last_month is not None:
            _, y, mo = self.last_month
            first = last = date(y, mo, 1)
        else:
            return None
        shift = year - last.year
        start = Period.month(first.year + shift, first.month)
        end = Period.month(last.year + shift, last.month)
        return start if start.value == end.value else start.through(end)

    def _range(self, m: Mention, now: date, tense) -> Period | None:
        f, e = m.fields, m.end_fields
        if "weekday" in f and "weekday" in e and "month" not in e:
            # pazartesiden cumaya kadar: from the weekday by tense to the next such end day
            first = self._weekday(f["weekday"], None, now, tense)
            ahead = (e["weekday"] - f["weekday"]) % 7
            return first.through(Period.day(first.first + timedelta(days=ahead)))
        if "hour" in f and "hour" in e:
            # saat 14.00-16.00 (the day in context), 12 Kasım 14.00-16.00 (that day)
            if "month" in f:
                date_only = {k: v for k, v in f.items() if k not in ("hour", "minute")}
                day = self._point(m, date_only, now, tense)
            else:
                day = self._context_day(now)
            if day is None or day.granularity != "day":
                return None
            return day.at(f["hour"], f["minute"]).through(day.at(e["hour"], e["minute"]))
        if "month" not in f and "month" not in e:
            # 2025-2030
            return Period.year(f["year"]).through(Period.year(e["year"]))
        if "day" not in f and "day" not in e:
            # Ocak-Mart 2025, Haziran-Ağustos aylarında
            first, last = f["month"], e["month"]

            def make_months(y: int) -> Period:
                start_year = y if first <= last else y - 1
                return Period.month(start_year, first).through(Period.month(y, last))

            return self._in_context(m, now, tense, make_months, e.get("year"))
        # 15-16 Haziran, 15 Haziran-3 Temmuz 2025, 31 Ağustos-1 Eylül
        month1, day1 = f.get("month", e["month"]), f["day"]
        start_year = f.get("year")

        def make_days(y: int) -> Period:
            sy = start_year or (y if (month1, day1) <= (e["month"], e["day"]) else y - 1)
            end_day = Period.day(date(y, e["month"], e["day"]))
            return Period.day(date(sy, month1, day1)).through(end_day)

        end_year = e.get("year")
        if end_year is None and start_year is not None:
            end_year = start_year + ((e["month"], e["day"]) < (month1, day1))
        if end_year is None and ("weekday" in f or "weekday" in e):
            # 28 Aralık Cumartesi gününden 1 Ocak Çarşamba gününe kadar: the year they fall on
            weekday, side = (f["weekday"], "first") if "weekday" in f else (e["weekday"], "last")
            period = _by_weekday(now, make_days, lambda p: (getattr(p, side), weekday))
            if period is not None:
                return period
        return self._in_context(m, now, tense, make_days, end_year)

    def _list(self, m: Mention, now: date, tense) -> Period | None:
        # 7, 13 ve 14 Eylül 2025; 1940 ve 1944; Ekim ve Kasım ayları; Salı ve Çarşamba günleri
        f = m.fields
        if "ylist" in f:
            return _joined([Period.year(y) for y in sorted(set(f["ylist"] + (f["year"],)))])
        if "mlist" in f:
            months = f["mlist"] + (f["month"],)

            def make_months(y: int) -> Period:
                # the last month is in year y; an earlier month later in the calendar is the
                # year before (Aralık ve Ocak ayları)
                years, year = [], y
                for previous, month in zip((None,) + months[::-1], months[::-1], strict=False):
                    if previous is not None and month > previous:
                        year -= 1
                    years.append(year)
                pairs = sorted(zip(years[::-1], months, strict=True))
                return _joined([Period.month(year, month) for year, month in pairs])

            return self._in_context(m, now, tense, make_months, f.get("year"))
        if "wdays" in f:
            weekdays = f["wdays"] + (f["weekday"],)
            first = self._weekday(weekdays[0], None, now, tense).first
            return Period.day_list(
                [first + timedelta(days=(w - weekdays[0]) % 7) for w in weekdays]
            )

        def make(y: int) -> Period:
            return Period.day_list([date(y, f["month"], d) for d in m.days])

        return self._in_context(m, now, tense, make, f.get("year"))

    def _in_context(self, m, now, tense, make, year: int | None) -> Period | None:
        if year is not None:
            return make(year)
        period = self._anchored_year(m, now, tense, make)
        return period or _choose(_candidates(now.year, make), now, tense)


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


def _candidates(year: int, make: Callable[[int], Period]) -> list[Period]:
    out = []
    for y in (year - 1, year, year + 1):
        try:
            out.append(make(y))
        except ValueError:
            continue
    return out


def _by_weekday(now: date, make: Callable[[int], Period], day_of) -> Period | None:
    """The only candidate year in which a date falls on its written weekday (``28 Aralık
    Cumartesi`` is 2024 seen from 2025), if exactly one of the nearby years fits."""
    fitting = []
    for period in _candidates(now.year, make):
        day, weekday = day_of(period)
        if day.isoweekday() == weekday:
            fitting.append(period)
    return fitting[0] if len(fitting) == 1 else None


def _agrees(period: Period, now: date, tense: str | None) -> bool:
    if tense == "future":
        return period.last >= now - TOLERANCE
    if tense == "past":
        return period.first <= now + TOLERANCE
    if tense == "past-near":
        return period.first <= now + NEAR_AHEAD
    return True


def _choose(candidates: list[Period], now: date, tense: str | None) -> Period | None:
    """The candidate the tense points to: the next one for the future, the last one for the
    past, else the nearest (a tie goes to the later). Weeks and weekends follow the tense
    strictly; longer periods and days allow ``TOLERANCE`` (a late or early article)."""
    if not candidates:
        return None
    ordered = sorted(candidates, key=lambda p: p.first)
    slack = timedelta(0) if ordered[0].granularity in ("week", "weekend") else TOLERANCE
    if tense == "future":
        return next((p for p in ordered if p.last >= now - slack), ordered[-1])
    if tense == "past":
        return next((p for p in reversed(ordered) if p.first <= now + slack), ordered[0])
    if tense == "past-near":
        return next((p for p in reversed(ordered) if p.first <= now + NEAR_AHEAD), ordered[0])

    def distance(p: Period) -> tuple[int, int]:
        if p.contains(now):
            return 0, 0
        gap = (p.first - now).days if p.first > now else (now - p.last).days
        return gap, -p.first.toordinal()

    return min(ordered, key=distance)


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
        _SEARCHES[key] = re.compile(r"(?<![\w'])" + grammar.lexicon.pattern(name))
    return _SEARCHES[key]
