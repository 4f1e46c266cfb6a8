"""Clock times of events: Turkish time over local time, and midnight.

* When a sentence gives an event's time both in local time and in Turkish time
  (``yerel saatle 10.00'da, TSİ 17.00'de``), the Turkish time is the event's time, and its
  time zone is Türkiye's: a calendar then shows the right moment wherever the event is.
* ``15 Mart'ta gece yarısı`` is the first moment of the next day: ``2026-03-16`` at ``00:00``.
* A local time (``yerel saatle 23.00``) is the time of the event's place; when no zone of the
  place is known, the event keeps its day without the time (a calendar would show the time in
  the wrong zone).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from ..model import Event, Timex
from ..text import fold
from .lexicon import Lexicon
from .slots import Slot, slot_from_days, timex_span

MARK_BEFORE = 24  # characters before a time expression where its zone may be written


def _zone_words(t: Timex, text: str) -> str:
    return fold(text[max(0, t.start - MARK_BEFORE) : t.end])


def is_turkish_time(t: Timex, text: str, lex: Lexicon) -> bool:
    """Whether a clock time is said to be Turkish time (``TSİ 17.00``, ``Türkiye saatiyle``)."""
    words = _zone_words(t, text)
    own = fold(t.text)
    return any(m in own for m in lex.phrases("turkish_time")) or (
        any(m in words for m in lex.phrases("turkish_time"))
        and not any(m in own for m in lex.phrases("local_time"))
    )


def is_local_time(t: Timex, text: str, lex: Lexicon) -> bool:
    """Whether a clock time is said to be the place's local time (``yerel saatle 10.00``)."""
    words = _zone_words(t, text)
    return any(m in words for m in lex.phrases("local_time"))


def without_zone(events: list[Event], timexes: list[Timex], text: str, lex: Lexicon) -> list[Event]:
    """The events, those with no known zone without their clock time when the text says that
    time is local (the zone of a place we do not know)."""
    unzoned = [e for e in events if e.time and e.timezone is None]
    if not unzoned:
        return events
    local = {
        (span.first.isoformat(), span.time)
        for t in timexes
        if (span := timex_span(t)) is not None and span.time and is_local_time(t, text, lex)
    }
    for e in unzoned:
        if (e.date, e.time) in local:
            e.time = e.end_time = None
    return events


def prefer_turkish_time(timexes: list[Timex], text: str, lex: Lexicon) -> list[Timex]:
    """Drop the local clock times of a day that is also given in Turkish time."""
    timed = [(t, s) for t in timexes if (s := timex_span(t)) is not None and s.time]
    turkish = [(t, s) for t, s in timed if is_turkish_time(t, text, lex)]
    if not turkish or len(timed) < 2:
        return timexes
    days = {s.first for _, s in turkish}
    local = {id(t) for t, s in timed if s.first in days and (t, s) not in turkish}
    return [t for t in timexes if id(t) not in local]


def turkish_zone(slot: Slot, timexes: list[Timex], text: str, lex: Lexicon) -> str | None:
    """Türkiye's time zone when the slot's clock time was given in Turkish time, else None."""
    if slot.time is None:
        return None
    for t in timexes:
        span = timex_span(t)
        if span and span.time == slot.time and is_turkish_time(t, text, lex):
            home = lex.place(lex.word("home_country"))
            return home.zone if home else None
    return None


def midnight(slot: Slot, timexes: list[Timex], lex: Lexicon) -> Slot:
    """``gece yarısı`` of a day: 00:00 of the day after it."""
    if slot.time or slot.granularity != "day" or slot.end:
        return slot
    for t in timexes:
        if not any(m in fold(t.text) for m in lex.phrases("midnight")):
            continue
        span = timex_span(t)
        if span is None or span.first != slot.first:
            continue
        nxt = slot.first + timedelta(days=1)
        return replace(slot_from_days(nxt, nxt, "day"), time="00:00")
    return slot


def zone_named(places: list, text: str, lex: Lexicon) -> list:
    """The place mentions that are no place of the sentence's events: a country or city
    named only as the zone of a clock time (``Türkiye saatiyle 00.49'da``, ``New York saati
    ile``: ``zone_after``)."""
    after = tuple(lex.phrases("zone_after"))
    return [pm for pm in places if fold(text[pm.end : pm.end + 16]).lstrip().startswith(after)]
