"""Events a calendar names by their kind and day.

* A named holiday the text gives no date for (``Kurban Bayramı'nda kapalı olacak``) takes its
  days from the language's holiday data: a fixed day (``holidays.tsv``) or, for a movable
  feast, the first and last day of its occurrence (``holiday_dates.tsv``), the one the verb's
  tense points at; ``arifesi`` is the day before. A holiday used as a reference point
  (``bayram öncesi``, ``bayramın 2. günü``) is no event of its own.
* An unnamed day off named by its kind (``ara tatili``, ``yarıyıl tatili``) is titled so.
"""

from __future__ import annotations

from datetime import date, timedelta

from .lexicon import Holiday, Lexicon
from .slots import Slot, slot_from_days
from .titles import cap_title
from .tokens import Token
from .triggers import TriggerMatch

NEAR_DAYS = 370  # a coming holiday named without a date is its occurrence within about a year
RECENT_DAYS = 14  # a past one, the occurrence that ended at most two weeks before publication


def _next_token(tm: TriggerMatch, tokens: list[Token]) -> Token | None:
    return next((t for t in tokens if t.start >= tm.end), None)


def _is_genitive(tok: Token, lex: Lexicon) -> bool:
    ending = tok.suffix or tok.folded
    return ending.endswith(tuple(lex.endings.get("genitive", ())))


def _occurrences(holiday: Holiday, around: date) -> list[tuple[date, date]]:
    if holiday.dates:
        return list(holiday.dates)
    if not holiday.day:
        return []
    month, day = (int(x) for x in holiday.day.split("-"))
    out = []
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        out.append((d, d))
    return out


def _pick(spans: list[tuple[date, date]], status: str, published: date) -> tuple[date, date] | None:
    near = [s for s in spans if abs((s[0] - published).days) <= NEAR_DAYS]
    if status == "held":
        past = [s for s in near if s[0] <= published <= s[1] + timedelta(days=RECENT_DAYS)]
        return max(past) if past else None
    coming = [s for s in near if s[1] >= published]
    return min(coming) if coming else None


def holiday_slot(
    tm: TriggerMatch, tokens: list[Token], status: str | None, published: date, lex: Lexicon
) -> Slot | None:
    """The days of a named holiday the sentence gives no date for, or None.

    Needs a status from a verb (a bare mention of a feast dates nothing) and a holiday whose
    days the language data knows.
    """
    if tm.trigger.type != "holiday" or not tm.name or status not in ("planned", "held"):
        return None
    holiday = lex.holiday(tm.name)
    if holiday is None or _is_genitive(tm.token, lex):
        return None
    after = _next_token(tm, tokens)
    if after is not None and after.folded in lex.phrases("holiday_relational"):
        return None
    span = _pick(_occurrences(holiday, published), status, published)
    if span is None:
        return None
    first, last = span
    if after is not None and after.folded in lex.phrases("holiday_eve"):
        first = last = first - timedelta(days=1)
    return slot_from_days(first, last, "day")


def kind_title(tm: TriggerMatch, tokens: list[Token], lex: Lexicon) -> str | None:
    """``Birinci dönem ara tatili`` -> ``Ara tatili``: a day off named by its kind."""
    if tm.trigger.type != "holiday" or tm.name:
        return None
    before = [t for t in tokens if t.end <= tm.first.start][-1:]
    if not before or before[0].suffix or before[0].folded not in lex.phrases("holiday_kind"):
        return None
    return cap_title(f"{before[0].raw} {tm.trigger.noun}")
