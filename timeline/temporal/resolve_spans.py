"""The resolver's readings of offsets, anchored dates, ranges and lists, kept apart from the
driver in :mod:`timeline.temporal.resolve`, of which :class:`Resolver` mixes them in.
"""

from __future__ import annotations

from datetime import date, timedelta

from .dates import Period, add_months, add_years
from .mention import Mention
from .resolve_helpers import (
    NARRATIVE_SENTENCES,
    WEEK_AHEAD,
    _by_weekday,
    _candidates,
    _choose,
    _joined,
)


class ResolverSpans:
    """Offsets (``3 gün sonra``), anchored dates (``ertesi gün``), ranges and lists; mixed
    into :class:`~timeline.temporal.resolve.Resolver`, whose state and points they use."""

    def _verbless_tense(self, now: date) -> str | None:
        """The direction a bare weekday of a clause without a verb takes: that of the last day
        named at most ``NARRATIVE_SENTENCES`` sentences back and within ``WEEK_AHEAD`` days of
        publication (a week's agenda, ``Çarşamba günü enflasyon açıklanacak. Perşembe günü faiz
        kararı, Cuma günü istihdam verisi``, runs on from its days); None when no such day was
        named or it is the publication day itself."""
        if not self.days:
            return None
        _, day, sentence, _ = self.days[-1]
        if self._sentence - sentence > NARRATIVE_SENTENCES or abs((day - now).days) > WEEK_AHEAD:
            return None
        return "future" if day > now else "past" if day < now else None

    # -- offsets, anchored, ranges, lists --------------------------------------------------------

    def _offset(self, m: Mention, now: date, tense: str | None = None) -> Period | None:
        # 3 yıl önce, üç gün sonra, 103 yıl önce bugün, 12 Kasım'dan iki gün sonra
        f = m.fields
        n, unit, direction = f.get("num"), f.get("unit"), f.get("dir")
        if n is None or unit is None or direction is None or unit in ("H", "MIN", "S"):
            return None
        if direction > 0 and tense == "past" and not f.get("after_ablative"):
            return None  # bir yıl sonra taşındık: later than a past event, not than now
        base = now
        anchor = self._far_narrative_day(now, tense) if unit in ("D", "W") else None
        if anchor is not None:
            base = anchor  # Kurul 12 Nisan'da toplanacak. İki gün sonra …: from that day
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
        if unit == "Q" and self.last_quarter is not None:
            # bir önceki çeyreğe göre: the quarter before the quarter reported
            y, mo = add_months(self.last_quarter.year, self.last_quarter.month, 3 * n)
            return Period.quarter(y, (mo - 1) // 3 + 1)
        if unit == "M" and self.last_month is not None:
            # bir önceki aya göre, bir önceki yılın aynı ayına göre: from the month reported
            _, year, month = self.last_month
            y, mo = add_months(year, month, n)
            return Period.month(y, mo)
        if (
            unit == "W"
            and self.last_week
            and (not self.days or self.days[-1][0] < self.last_week[0])
        ):
            # geçen hafta …, bir önceki hafta ise: the week before the week last named
            return Period.week(self.last_week[1] + timedelta(days=7 * n))
        if not self.days:
            return None
        day = self.days[-1][1]
        if unit == "D" and self.span_days is not None:
            return None  # 27-28 Ekim'de … ertesi gün, aynı gün: of the first day or the last?
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
        if "weekday" in f and "weekday" in e and "month" not in e and "hour" not in f:
            # pazartesiden cumaya kadar: from the weekday by tense to the next such end day
            first = self._weekday(f["weekday"], None, now, tense)
            ahead = (e["weekday"] - f["weekday"]) % 7
            return first.through(Period.day(first.first + timedelta(days=ahead)))
        if "hour" in f and "hour" in e:
            # saat 14.00-16.00 (the day in context), 12 Kasım 14.00-16.00 (that day)
            if "month" in f or "weekday" in f or "deictic" in f:
                date_only = {k: v for k, v in f.items() if k not in ("hour", "minute")}
                day = self._point(m, date_only, now, tense)
            else:
                day = self._context_day(now)
            if day is None or day.granularity != "day":
                return None
            end = self._end_day(m, day, now, tense)
            if end is None:
                return None
            start, finish = day.at(f["hour"], f["minute"]), end.at(e["hour"], e["minute"])
            if finish.value < start.value and end.value == day.value:
                # 22.00-02.00: a range that runs past midnight ends on the next day
                finish = Period.day(end.first + timedelta(days=1)).at(e["hour"], e["minute"])
            return start.through(finish)
        if "day" in e and "month" not in e:
            return self._days_of_month(m, now, tense)
        if "month" not in f and "month" not in e:
            # 2025-2030
            return Period.year(f["year"]).through(Period.year(e["year"]))
        if "day" not in f and "day" not in e:
            # Ocak-Mart 2025, Haziran-Ağustos aylarında; Ağustos'tan Ağustos'a (a month to the
            # same month: a year on year, from that month a year back)
            first, last = f["month"], e["month"]

            def make_months(y: int) -> Period:
                start_year = y if first < last else y - 1
                return Period.month(start_year, first).through(Period.month(y, last))

            year = e.get("year")
            if year is None and f.get("unit") == "Y" and f.get("shift") is not None:
                year = now.year + f["shift"]  # geçen yılın ocak-haziran döneminde
            if year is None and first == last and tense != "future":
                year = now.year if last <= now.month else now.year - 1  # up to the last such month
            return self._in_context(m, now, tense, make_months, year)
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

    def _days_of_month(self, m: Mention, now: date, tense) -> Period | None:
        """``ayın 15'i ile 20'si arasında``, ``Aralık ayının 5'inden 12'sine kadar``: the first
        day as a day of the month named or in context, through the end day of that month."""
        start = self._point(m, m.fields, now, tense)
        if start is None or start.granularity != "day" or start.first.day >= m.end_fields["day"]:
            return None
        try:
            end = start.first.replace(day=m.end_fields["day"])
        except ValueError:
            return None  # ayın 29'u ile 31'i arasında in a short month
        return start.through(Period.day(end))

    def _end_day(self, m: Mention, start: Period, now: date, tense) -> Period | None:
        """The day a range of clock times ends on: the day it names (``… 26 Ocak saat 06.00'ya
        kadar``), the first such weekday from its start (``… Pazar günü 24.00'e kadar``), else
        the day it starts."""
        e = m.end_fields
        if "month" in e:
            named = {k: v for k, v in e.items() if k in ("day", "month", "year", "weekday")}
            end = self._point(m, named, now, tense)
            return end if end is not None and end.granularity == "day" else None
        if "weekday" in e:
            ahead = (e["weekday"] - start.first.isoweekday()) % 7
            return Period.day(start.first + timedelta(days=ahead))
        return start

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
        if "dmlist" in f:
            pairs = f["dmlist"] + ((f["day"], f["month"]),)

            def make_days(y: int) -> Period:
                # the last day is in year y; an earlier month later in the calendar is the
                # year before (31 Aralık ve 1 Ocak)
                days, year, after = [], y, 13
                for day, month in reversed(pairs):
                    year -= month > after
                    days.append(date(year, month, day))
                    after = month
                return Period.day_list(days)

            return self._in_context(m, now, tense, make_days, f.get("year"))
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
