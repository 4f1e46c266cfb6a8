"""The event one sentence tells on one day with no trigger word of its own (a verdict day, a
book signing, a hearing: :mod:`.told_days`), built the same way for each of its readers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Event
from .merge import identity_key

if TYPE_CHECKING:
    from .sentence import SentenceView
    from .slots import Period


def told_event(
    view: SentenceView, span: Period, text: str, title: str, kind: str, status: str
) -> Event:
    """A calendar event of ``kind`` on the first day of ``span`` (with its time), quoting the
    sentence of ``view``: its owner is named, its date attached and its status from its verb."""
    event = Event(
        date=span.first.isoformat(),
        granularity="day",
        title=title,
        type=kind,
        status=status,
        quote=text[view.sent.start : view.sent.end].strip(),
        time=span.time,
        calendar=True,
        quote_start=view.sent.start,
        quote_end=view.sent.end,
        confidence_reasons=["actor", "date-attached", "status-verb"],
    )
    event.key = identity_key(event)
    return event
