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

from datetime import date, timedelta

from ..model import Timex
from .context import DocumentContext, _word_tense
from .dates import Period, add_months, add_years, duration_value
from .generic import generic_value
from .grammar import Grammar
from .mention import Mention
from .resolve_context import ResolverContext
from .resolve_helpers import (
    _BULLETS,
    _WORDS,
    DAY_GRANULARITIES,
    FORECAST_WORDS,
    MIDNIGHT,
    MILLENNIUM_DECADE,
    NARRATIVE_SENTENCES,
    PARTICIPLE,
    SCHEDULE_LINE_LENGTH,
    SPEECH_WINDOW,
    WEEK_AHEAD,
    _around,
    _by_weekday,
    _candidates,
    _choose,
    _class_search,
    _class_words,
    _edge_day,
    _hint_coordinated_years,
    _holiday_days,
    _moved_from_day,
    _periodic,
    _set_value,
    _weekday_conflict,
    feast_days,
)
from .resolve_spans import ResolverSpans


class Resolver(ResolverSpans, ResolverContext):
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
        self.last_week: tuple[int, date] | None = None  # (position, Monday) of the last week named
        self.last_quarter: date | None = None  # the first day of the last quarter named
        self.previous: Timex | None = None
        self.now_sentence = -1  # the last sentence that named a day, week or month from now
        self.heading: tuple[int, date] | None = None  # (end, day) of the last day heading line
        self.span_days: int | None = None  # position of the last day named, when it is a span
        # of the mention being resolved
        self._sentence = self._paragraph = self._start = 0

    # -- driver ------------------------------------------------------------------------------

    def run(self, mentions: list[Mention]) -> list[Timex]:
        """Resolve ``mentions`` (text order); unresolvable ones are left out."""
        _hint_coordinated_years(mentions, self.doc)
        out = []
        for mention in mentions:
            if self._is_day_label(mention):
                continue
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
        if tense == PARTICIPLE:
            tense = "past"  # what the participle tells has begun or taken place
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
        generic = generic_value(self.grammar, self.doc, m, tense)
        if generic is not None:  # İlkbaharda ağaçlar çiçek açar: every spring
            return self._timex(m, "SET", generic, tense)
        if m.kind == "offset":
            period = None if self.doc.closes_on_aorist(m.end) else self._offset(m, now, tense)
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

    def _is_day_label(self, m: Mention) -> bool:
        """A weekday or the weekend right after a dated day and a colon on its line, saying what
        that day is (``3 Ocak Cumartesi: Hafta Sonu``), not another date."""
        prev, f = self.previous, m.fields
        if prev is None or not (f.get("weekend") or ("weekday" in f and "day" not in f)):
            return False
        if prev.granularity != "day" or "shift" in f:
            return False
        return self.doc.text[prev.end : m.start].strip(" \t") == ":"

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
        a deadline or an attributive date in a past clause (``9 Mart'a kadar süre verdi``,
        ``11-13 Mart tarihlerindeki foruma davet etti``: past, or shortly ahead)."""
        lexicon = self.grammar.lexicon
        following = _WORDS.match(self.doc.folded, m.end + 1)
        word = following.group() if following else ""
        if word and lexicon.get("reference_follow", word):
            return None
        if self._is_period_reported(m):
            return "nearest"
        if tense == PARTICIPLE:
            return PARTICIPLE
        if tense != "past":
            return tense
        if m.fields.get("until") or lexicon.get("predicate_follow", word):
            return "past-near"  # "… 9 Mart'a kadar süre verdi", "son günün 30 Nisan olduğunu"
        if self.doc.tells_done(m.end):
            return tense  # Cumartesi günkü mitinge katıldı: behind, whatever the attribute
        ends = _class_words(self.grammar, "attributive_end")
        if lexicon.key(self.doc.folded[m.start : m.end]).endswith(ends):
            return "past-near"
        if word.startswith(_class_words(self.grammar, "date_noun")) and word.endswith(ends):
            return "past-near"
        return tense

    def _is_period_reported(self, m: Mention) -> bool:
        """A month or year written without a case ending before the noun of a statistic or a
        forecast (``yıl sonu enflasyon tahmini``, ``Kasım ayı enflasyonu 3 Aralık'ta
        açıklanacak``): the period reported, nearest either way, since the tense is the
        release's. With a case ending it is an adverbial of its clause (``ilk çeyreğinde büyüme
        oldu``: the tense is the figure's own)."""
        f = m.fields
        if "day" in f or not ("month" in f or "year" in f or f.get("unit") == "Y"):
            return False
        ends = _class_words(self.grammar, "adverbial_end")
        if self.grammar.lexicon.key(self.doc.folded[m.start : m.end]).endswith(ends):
            return False
        return self._period_noun_follows(m.end)

    def _period_noun_follows(self, end: int) -> bool:
        """A noun of a forecast or of a statistic within the next words (``yıl sonu
        enflasyon tahminini yükseltti``, ``ekim ayı enflasyon rakamları``)."""
        words = _WORDS.findall(self.doc.folded[end : end + 40])[:FORECAST_WORDS]
        stems = _class_words(self.grammar, "period_noun")
        # a noun, not a verb that begins alike (veri: verildi)
        key = self.grammar.lexicon.key
        return any(key(w).startswith(stems) and _word_tense(self.grammar, w) is None for w in words)

    # -- state ---------------------------------------------------------------------------------

    def _remember(self, m: Mention, period: Period, quote) -> None:
        f = m.fields
        if period.granularity in DAY_GRANULARITIES:
            self.days.append((m.start, period.last, self._sentence, self._paragraph))
            # 27-28 Ekim … ertesi gün: the day after which of them the text does not say
            self.span_days = m.start if period.first != period.last else None
            if period.granularity == "day" and self._is_heading(m):
                self.heading = (m.end, period.last)
            # "Bakan dün yaptığı açıklamada", "dün sabah katıldığı programda": the day of a
            # speech when a speech word follows the date closely (its quotes then use that day)
            window_end = min(self.doc.sentence(m.start)[1], m.end + SPEECH_WINDOW)
            if not quote and self._has_word("speech", m.end, window_end):
                self.speech = period.first
        year_named = m.has_year or (f.get("unit") == "Y" and "shift" in f)
        year_named = year_named or f.get("deictic", ("",))[0] == "Y"
        if year_named and not (m.since or f.get("scope")):  # "1997'den bu yana", "… için"
            self.years.setdefault(self._sentence, []).append(period.last.year)
            self.last_year = (m.start, period.last.year)
        if m.is_full_date and not m.since:
            self.narrative = (period.last.year, self._sentence, self._paragraph)
            if period.granularity in DAY_GRANULARITIES:
                self.narrative_day = period.last
        if period.granularity == "week":
            self.last_week = (m.start, period.first)
        if period.granularity == "quarter":
            self.last_quarter = period.first
        reported = m.kind != "anchored" and not f.get("compared")  # not a comparison period
        if period.granularity in DAY_GRANULARITIES + ("month",) and reported:
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
            decade = f["decade"]
            if decade and decade % 10 == 0 and decade < MILLENNIUM_DECADE:
                # 1800'ler, 1900'lü yıllar: the hundreds, a century (18, 19)
                return Period.century(decade // 10).modified(mod)
            return Period.decade(decade).modified(mod) if decade else None
        if "century" in f:
            return Period.century(f["century"] - 1).modified(mod) if f["century"] else None
        if "feast" in f:
            return feast_days(self.grammar.lang, f, now, tense)
        if f.get("newyear"):
            # yılbaşı: 1 January, the year by context and tense like any day-month; its night
            # or evening (yılbaşı gecesi) is the eve, 31 December
            day = {"month": 12, "day": 31} if "pod" in f else {"month": 1, "day": 1}
            return self._month_day(m, {**f, **day}, now, tense, None)
        if "deictic" in f:
            unit, n = f["deictic"]
            if (unit, n) == ("D", 1) and self.doc.rhetorical_opening(m.start, m.end):
                return None  # Yarın, … gençlerimizi görüyoruz: the future, not a day
            return self._relative(unit, n, now, f, mod)
        unit, shift = f.get("unit"), f.get("shift")
        if shift == -1 and unit in ("M", "Y") and not ({"day", "edge", "month"} & f.keys()):
            before = self._before_reported(m, unit, now)
            if before is not None:
                f["compared"] = True  # a comparison period, not the one reported
                return before.modified(mod)
        year = f.get("year")
        if year is None and unit == "Y" and (shift is not None or f.get("months")):
            year = now.year + (shift or 0)  # geçen yıl; yılın ilk 10 ayı: this year's
        if year is not None and f.get("today") and shift is not None:
            return Period.day(add_years(now, shift))  # geçen yıl bugün: this day a year back
        if year is not None:
            return self._in_year(year, f, mod)
        if shift is not None and unit in ("M", "W", "D", "CE", "Q"):
            return self._relative(unit, shift, now, f, mod)
        if f.get("weekend"):
            return self._weekend(f, now, tense)
        if shift is not None and "season" in f:
            return self._season_shift(f["season"], shift, now, tense)
        if "month" in f:
            if shift is not None:  # geçtiğimiz temmuz, önümüzdeki ocak, bu mart
                if shift == 0:
                    return self._in_year(now.year, f, mod)
                tense = "past" if shift < 0 else "future"
            return self._month_day(m, f, now, tense, mod)
        if "weekday" in f:
            partner = self._coordinated_day(m) if shift is None else None
            if partner is not None and f.get("moved_to"):
                # Salı'dan Perşembe'ye: the first such day after the day moved from
                step = (f["weekday"] - partner.isoweekday()) % 7 or 7
                return self._clock(Period.day(partner + timedelta(days=step)), f)
            if partner is not None:
                # yarın ve perşembe günü: the weekday next to its partner day
                ahead = partner >= now
                step = (
                    (f["weekday"] - partner.isoweekday()) % 7
                    if ahead
                    else -((partner.isoweekday() - f["weekday"]) % 7)
                )
                return self._clock(Period.day(partner + timedelta(days=step)), f)
            anchor = self._far_narrative_day(now, tense) if shift is None else None
            if anchor is not None and not self._tells_narrative_week(m):
                anchor = None  # 22 Nisan'da başlayacak. Pazar günü ise kermes: this week's
            if anchor is not None:
                # 31 Aralık … Perşembe gününe denk gelmesi: the Thursday nearest that day
                step = (f["weekday"] - anchor.isoweekday() + 3) % 7 - 3
                return self._clock(Period.day(anchor + timedelta(days=step)), f)
            if tense is None and shift is None:
                tense = self._verbless_tense(now)  # Perşembe günü faiz kararı, Cuma günü …
            if f.get("moved_from"):
                tense = "future"  # Salı'dan Perşembe'ye ertelendi: a slot still to come
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
            return self._clock(self._context_day(now, tense), f)
        return None

    def _before_reported(self, m: Mention, unit: str, now: date) -> Period | None:
        """``Ağustos'ta geçen aya göre arttı`` published in September: compared with the month
        its sentence reports, which is the one ``geçen ay`` names from now, so the one before."""
        word = _WORDS.match(self.doc.folded, m.end + 1)
        if not (word and self.grammar.lexicon.get("comparison_follow", word.group())):
            return None
        last = self.last_month if unit == "M" else self.last_year
        if last is None or self.doc.sentence_index(last[0]) != self._sentence:
            return None
        if unit == "Y":
            return Period.year(now.year - 2) if last[1] == now.year - 1 else None
        y, mo = add_months(now.year, now.month, -1)
        return Period.month(*add_months(y, mo, -1)) if last[1:] == (y, mo) else None

    def _relative(self, unit: str, n: int, now: date, f: dict, mod: str | None) -> Period | None:
        # dün, bugün, haftaya, geçen ay, bu yıl, gelecek hafta, geçen yüzyıl
        if unit == "D":
            if n and "shift" in f:
                return None  # "geçen gün": the other day, vague
            return self._clock(Period.day(now + timedelta(days=n)), f)
        if unit == "W":
            base = now + timedelta(days=7 * n)
            if f.get("today"):
                return Period.day(base)  # haftaya bugün: this day a week ahead
            if "weekday" in f:
                monday = base - timedelta(days=base.weekday())
                return self._clock(Period.day(monday + timedelta(days=f["weekday"] - 1)), f)
            if "edge" in f:
                return _edge_day(Period.week(base), f)
            return Period.week(base).modified(mod)
        if unit == "M":
            y, mo = add_months(now.year, now.month, n)
            if f.get("today"):
                last = Period.month(y, mo).last.day  # geçen ay bugün: this day a month back
                return Period.day(date(y, mo, min(now.day, last)))
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
            if "edge" in f:  # bu Mart ayının son günü
                return _edge_day(Period.month(year, f["month"]), f)
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
            if "edge" in f:  # Mart ayının son günü
                return _edge_day(Period.month(y, month), f)
            return Period.month(y, month).modified(mod)

        period = None
        if day and "weekday" in f:
            period = _by_weekday(now, make, lambda p: (p.first, f["weekday"]))
        ablatives = tuple(self.grammar.lexicon.words("ablative_suffix"))
        moved_from = _moved_from_day(self.doc.folded, self.previous, m.start, ablatives)
        if period is None and day and moved_from is not None:  # 24 Mayıs'tan 31 Mayıs'a
            period = _choose(_candidates(moved_from.year, make), moved_from, None)
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
        if tense in ("past", PARTICIPLE):
            return Period.day(now - timedelta(days=back))
        nearest = now + timedelta(days=ahead) if ahead <= back else now - timedelta(days=back)
        return Period.day(nearest)

    def _weekend(self, f: dict, now: date, tense) -> Period:
        # hafta sonu (by tense), bu hafta sonu, geçen hafta sonu
        shift = f.get("shift")
        if shift is not None:
            return Period.weekend(now + timedelta(days=7 * shift))
        anchor = self._far_narrative_day(now, tense)
        if anchor is not None:
            return Period.weekend(anchor)  # 2 Ocak Cuma … hafta sonu: the weekend of that week
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
        if current:
            return current[0]
        # bu yaz in January: a present clause (planlıyor) cannot go on in a season not begun,
        # so it tells what is to come, as a future one does
        return _choose(seasons, now, "future" if tense == "present" else tense)

    def _tells_narrative_week(self, m: Mention) -> bool:
        """Whether a bare weekday after a far narrative day is a day of that day's week: in the
        same sentence, in a clause telling the day a date falls on (``Tatilin Perşembe gününe
        denk gelmesi``), or the first day of a run of days (``Cuma gününden Pazar akşamına
        kadar``); a weekday heading a clause of its own in a later sentence (``Pazar günü ise
        kermes düzenlenecek``) tells another happening, in the publication's week."""
        if self.days and self.days[-1][2] == self._sentence:
            return True
        following = _WORDS.match(self.doc.folded, m.end + 1)
        word = following.group() if following else ""
        if word and word.startswith(_class_words(self.grammar, "weekday_of_date")):
            return True
        ablatives = tuple(self.grammar.lexicon.words("ablative_suffix"))
        return self.doc.folded[m.start : m.end].endswith(ablatives)

    def _far_narrative_day(self, now: date, tense: str | None) -> date | None:
        """The day a bare weekday or weekend is near when the narrative has moved beyond the
        coming week: the last day named within ``NARRATIVE_SENTENCES`` sentences, more than
        ``WEEK_AHEAD`` days ahead, outside a past clause (``Tatil 31 Aralık'tan sonra …
        Perşembe günü``: the Thursday of that week, not of this one)."""
        if tense == "past" or not self.days:
            return None
        _, day, sentence, _ = self.days[-1]
        if self._sentence - sentence > NARRATIVE_SENTENCES or (day - now).days <= WEEK_AHEAD:
            return None
        return day

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
            elif f.get("pod") == "NI" and hour == 12:  # gece 12'de: midnight, as gece yarısı
                return Period.day(period.first + timedelta(days=1)).at(0, f.get("minute", 0))
            return period.at(hour, f.get("minute", 0))
        if f.get("pod") == MIDNIGHT:
            return Period.day(period.first + timedelta(days=1)).at(0, 0)  # gece yarısı
        if f.get("pod"):
            return period.part_of_day(f["pod"])
        return period
