"""One more report of a known happening: when it changes nothing but the sources.

Adding a report to an event must cost the same whether it is the 2nd or the 2,000th. A full
:func:`~timeline.events.merge.resolve` reads every report of the happening again; but when the
new report is the latest one and agrees with what the event already says — its slot, title,
type, place, participants, status, calendar flag and identity key — its story cannot change,
and only the sources, the members and the confidence's ``sources-N`` grow. :func:`joined`
decides that from the stored event alone and gives the event :func:`resolve` would give; for
anything else it answers ``None`` and the store merges in full.

The conditions, each a step of :func:`resolve` that the new report leaves as it was:

* the event was never moved or cancelled (no ``changes``, no ``replaces``), and the report
  moves nothing and gives the same status: every report is of the slot that stands;
* the report is published after every stored one (it is read last) and is no more precise
  than the event (the most precise report, which gives the date, title and type, stays);
* its days meet the event's; it names no other place, country or participant, nor a longer
  form of one (the most named place and the union of participants stay);
* it does not put a day-precise event without a calendar report in the calendar, its identity
  key does not sort first, and it is no better supported than the best stored report (whose
  reasons the confidence keeps).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Event
from ..text import search_key
from .confidence import score
from .happening import Mention, _overlap, surname
from .merge import PRECISION

MOVING = ("postponed", "cancelled")


def joined(
    stored: Event,
    changes: list,
    documents: int,
    best_confidence: float,
    last: tuple[str, str],
    new: Mention,
) -> Event | None:
    """The event a happening becomes when ``new`` (a mention of a new document, with its
    identity key) joins it, when that changes nothing of its story; else ``None``.

    :param stored: the stored event, as its row holds it; ``changes`` its recorded changes.
    :param documents: how many documents report it (its sources).
    :param best_confidence: the highest confidence of its stored reports.
    :param last: ``(published, document)`` of its latest source.
    """
    e = new.event
    story_stays = (
        not changes
        and not stored.replaces
        and not e.replaces
        and e.status not in MOVING
        and e.status == stored.status
        and not (e.end_time and not stored.end_time)  # the end of its clock range: a merge
    )
    read_last = (new.source.published, new.source.document) > last
    if not (story_stays and read_last and _same_slot(stored, e) and _same_names(stored, e)):
        return None
    calendar_stays = stored.calendar or stored.granularity != "day" or not e.calendar
    if not calendar_stays or e.key < stored.key or e.confidence > best_confidence:
        return None
    reasons = [r for r in stored.confidence_reasons if not r.startswith("sources-")]
    reasons.append(f"sources-{documents + 1}")
    confidence = max(score(reasons), best_confidence)
    return replace(stored, confidence=confidence, confidence_reasons=reasons)


def _same_slot(stored: Event, e: Event) -> bool:
    """Whether the report leaves the event's slot: no more precise, and its days meet."""
    if PRECISION.get(e.granularity, 3) < PRECISION.get(stored.granularity, 3):
        return False
    if e.granularity != "day" or stored.granularity != "day":
        return True
    return _overlap(e.range(), stored.range())


def _same_names(stored: Event, e: Event) -> bool:
    """Whether the report names no other place, country or participant (nor a longer form
    of a participant's name)."""
    if e.location and e.location != stored.location:
        return False
    if e.country and e.country != stored.country:
        return False
    forms = {surname(p) or search_key(p): p for p in stored.participants}
    for p in e.participants:
        form = forms.get(surname(p) or search_key(p))
        if form is None or len(p) > len(form):
            return False
    return True
