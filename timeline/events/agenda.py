"""Agenda lists: ``bugün takip edilecek veriler şöyle: 11.00 Türkiye, ağustos ayı bütçe dengesi``.

A market brief lists the day's scheduled data releases after an introduction ending in a colon;
each clock time with its words is one release event (split out of :mod:`.extract`).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Event
from .lexicon import Lexicon
from .merge import identity_key
from .sentence import SentenceView
from .slots import clock_end, timex_span
from .titles import release_title
from .triggers import read_status


def agenda_events(
    view: SentenceView, folded: str, lex: Lexicon, pending: str | None, text: str
) -> tuple[list[Event], str | None]:
    """The data releases an agenda list names, and the status for items on later lines."""
    s = view.sent
    intro = next(
        (
            tm
            for tm in view.triggers
            if tm.trigger.type == "release" and ":" in text[tm.end : s.end]
        ),
        None,
    )
    status = pending
    start = s.start
    if intro is not None:
        colon = text.index(":", intro.end, s.end)
        status = read_status(folded, intro, view.tokens, replace(s, end=colon), lex) or pending
        start = colon + 1
    if status is None:
        return [], None
    times = [
        t
        for t in view.timexes
        if t.start >= start
        and (sp := timex_span(t)) is not None
        and sp.time is not None
        and t.type == "TIME"
    ]
    if not times or (intro is None and times[0].start - s.start > 2):
        return [], (status if intro is not None else None)
    out = []
    for i, t in enumerate(times):
        end = times[i + 1].start if i + 1 < len(times) else s.end
        words = text[t.end : end].strip(" .;,\n")
        if not words:
            continue
        span = timex_span(t)
        place = next((pm for pm in view.places if t.end <= pm.start < end), None)
        description = words
        if place is not None and text[t.end : place.start].strip() == "":
            description = text[place.end : end].strip(" .;,\n")
        trigger = (
            intro.trigger
            if intro
            else next(tr for tr in lex.triggers.values() if tr.type == "release")
        )
        raw = text[t.start : end]  # the quote is its stripped span, offsets and all
        first, last = t.start + len(raw) - len(raw.lstrip()), end - len(raw) + len(raw.rstrip())
        event = Event(
            date=span.first.isoformat(),
            granularity="day",
            title=release_title(
                place.title_name if place else None, f"{description} {trigger.noun}"
            ),
            type=trigger.type,
            status=status,
            quote=text[first:last],
            time=span.time,
            end_time=clock_end(t.value),
            location=place.display if place else None,
            country=place.place.country if place else None,
            timezone=None,  # an agenda's clock times are the publisher's, not the place's
            calendar=trigger.calendar,
            quote_start=first,
            quote_end=last,
            confidence_reasons=["agenda", "date-attached", "status-verb"],
        )
        event.key = identity_key(event)
        out.append(event)
    return out, status
