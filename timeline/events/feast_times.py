"""A feast's clock time does not time its eve.

``Ramazan Bayramı'nın arifesi 19 Mart'ta. Bayram namazı saat 06.45'te kılınacak.``: the bare
clock time of the second sentence is read on the last day told (the eve), but it is the time
of something of the feast itself (its morning prayer, on the feast's first day). An eve event
(titled with ``eve_title``), or a feast event on an eve's day, whose sentence names the feast but
no eve word (``holiday_eve``) and whose time comes from a clock time with no day of its own
keeps its day without that time.
"""

from __future__ import annotations

from ..model import Event, Timex
from ..text import fold
from .lexicon import Lexicon


def _bare_time(e: Event, timexes: list[Timex]) -> bool:
    """Whether the event's sentence gives a clock time and no day of its own."""
    inside = [t for t in timexes if e.quote_start <= t.start and t.end <= e.quote_end]
    return any(t.type == "TIME" for t in inside) and not any(t.type == "DATE" for t in inside)


def feast_time_off_eve(events: list[Event], timexes: list[Timex], lex: Lexicon) -> None:
    """Drop the clock time an eve event took from a sentence about the feast itself."""
    eve_title = fold(lex.word("eve_title"))
    eve_words = lex.phrases("holiday_eve")
    eve_days = {e.date for e in events if e.type == "holiday" and fold(e.title).endswith(eve_title)}
    for e in events:
        if e.type != "holiday" or not e.time or e.date not in eve_days:
            continue
        words = [w.split("'")[0].strip('.,;:!?"') for w in fold(e.quote).split()]
        if any(w.startswith(tuple(eve_words)) for w in words):
            continue  # "Arife günü saat 13.00'te": the eve's own time
        if _bare_time(e, timexes):
            e.time = e.end_time = None
