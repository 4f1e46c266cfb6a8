"""The resolver's context: the year a day-month takes from the article around it (a year in the
same sentence, a schedule's year, the narrative's), and the day a clock time given alone belongs
to (a schedule's day heading, the last day named). Kept apart from the driver in
:mod:`timeline.temporal.resolve`, of which :class:`Resolver` mixes it in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from .dates import Period
from .mention import Mention
from .resolve_helpers import (
    CLOCK_SENTENCES,
    NARRATIVE_SENTENCES,
    NEIGHBOUR_DAYS,
    SCHEDULE_LINE_LENGTH,
    SCHEDULE_LINES,
    SCHEDULE_SENTENCES,
    _agrees,
    _gap,
)


class ResolverContext:
    """The year and the day the context gives; mixed into
    :class:`~timeline.temporal.resolve.Resolver`, whose state it reads."""

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
        """The day of the day heading above a clock time on a short line of a schedule
        (``16 Nisan Salı`` on a line of its own, then ``10.00 Açılış``, ``Panel (Saat: 14.30)``):
        the line and the lines between are short, as in a programme."""
        if self.heading is None or not self.days:
            return None
        end, day = self.heading
        pos = self._start
        text = self.doc.text
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        if end > line_start or line_end - line_start > SCHEDULE_LINE_LENGTH:
            return None
        lines = text[end:line_start].split("\n")
        if len(lines) > SCHEDULE_LINES or any(len(line) > SCHEDULE_LINE_LENGTH for line in lines):
            return None
        return day

    def _context_day(self, now: date, tense: str | None = None) -> Period | None:
        """The day a clock time given alone belongs to: the last day named in its sentence; or
        the last day named before, unless it is older than yesterday: in a future or present
        clause up to ``CLOCK_SENTENCES`` sentences back across lines
        (``Maç 14 Eylül'de oynanacak. … Karşılaşma TSİ 20.00'de başlayacak``: announcements
        and programmes run on under their day), else only from the sentence before in the same
        paragraph (``Kurul dün toplandı. Saat 15.00'te karar açıklandı``); or the publication
        day when the article has
        named no other day. Otherwise the time cannot be dated (an older day before is mostly
        background: ``10 Ağustos'taki depremde… Saat 10:29'da yaşanan…``; after a span of days
        it is the hours of each day or of one not named)."""
        heading = self._heading_day()
        if heading is not None:
            return Period.day(heading)
        if self.days and self.span_days == self.days[-1][0]:
            # 15-20 Mart tarihleri arasında 10.00-18.00 saatleri arasında: hours of every day
            # of the span (a set), or of one the text does not name
            return None
        ahead = tense in ("future", "present")
        reach = CLOCK_SENTENCES if ahead else 1
        for _, day, sentence, paragraph in reversed(self.days):
            if sentence == self._sentence:
                return Period.day(day)
            if not ahead and paragraph != self._paragraph:
                break
            oldest = 0 if tense == "future" else -1  # a time to come is on no past day
            if self._sentence - sentence <= reach and (day - now).days >= oldest:
                # Dün … tamamladı. Saat 09.15 itibarıyla … işlem görüyor: a time now is today
                return Period.day(now if tense == "present" and day < now else day)
            break
        if all(day == now for _, day, _, _ in self.days):
            return Period.day(now)
        return None
