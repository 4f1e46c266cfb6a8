"""The decisions a recomputation makes about the events it writes, as pure functions.

After :func:`~timeline.events.merge.cluster` has merged the mentions, the store must decide,
for each merged event, under which id it is written, whether its ``SEQUENCE`` goes up (a
material change, recorded in its history), and, for a stored event no result took, how it
leaves (``gone``). These decisions read only the rows given to them: the store loads the
rows, calls these functions and writes what they return.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from datetime import datetime
from typing import NamedTuple

from ..model import Event
from .merge import Merged

SHOWN = 0  # events.gone: shown
GONE_STATED = 1  # its sources no longer state it
GONE_WITHDRAWN = 2  # every source was withdrawn: the feeds keep it, as cancelled

HISTORY_FIELDS = ("date", "end", "time", "end_time", "location", "status", "title")


class Stored(NamedTuple):
    """What the decisions need of a stored event's row."""

    fingerprint: str
    sequence: int
    data: str
    sources: str
    gone: int
    hidden: bool
    ckey: str | None
    members: list = []  # noqa: RUF012 - a NamedTuple default, never mutated


class Written(NamedTuple):
    """What a merged event's row would hold."""

    fingerprint: str
    data: str
    sources: str
    hidden: bool
    ckey: str | None
    members: list = []  # noqa: RUF012 - a NamedTuple default, never mutated


class Revision(NamedTuple):
    """How to write a merged event: its new ``sequence`` and whether the change is material
    (a history entry is due)."""

    sequence: int
    material: bool


def revise(stored: Stored | None, written: Written) -> Revision | None:
    """How a merged event is written over its stored row (``None``: nothing to write).

    A new event starts at sequence 0. A material change (another fingerprint) or the return
    of a gone event raises the sequence and is recorded; a change of sources, id group or
    hidden flag or members alone is written without raising it; an identical row is left alone.
    """
    if stored is None:
        return Revision(0, False)
    if stored.fingerprint != written.fingerprint or stored.gone:
        return Revision(stored.sequence + 1, True)
    if (
        stored.data == written.data
        and stored.sources == written.sources
        and bool(stored.hidden) == bool(written.hidden)
        and stored.ckey == written.ckey
        and stored.members == written.members
    ):
        return None
    return Revision(stored.sequence, False)


def kept_confidence(new: float, stored_data: Mapping) -> float:
    """An event's confidence after a recomputation: never below the stored one, so that an
    event once in the feeds stays there (new sources only raise it).

    >>> kept_confidence(0.5, {"confidence": 0.9}), kept_confidence(0.95, {"confidence": 0.9})
    (0.9, 0.95)
    >>> kept_confidence(0.5, {})  # a row written before confidences existed
    1.0
    """
    return max(new, float(stored_data.get("confidence", 1.0)))


def history_entry(old: Mapping, new: Event, stamp: datetime, returned: bool) -> dict:
    """The history entry of a material change: each of :data:`HISTORY_FIELDS` that differs,
    from the stored row's data (``old``) to the new event, and whether it came back."""
    changes = {}
    for name in HISTORY_FIELDS:
        before, after = old.get(name), getattr(new, name)
        if before != after:
            changes[name] = {"from": before, "to": after}
    return {"at": stamp.isoformat(), "changes": changes, "returned": bool(returned)}


def vanished(stored: Mapping[str, Stored], written: Collection[str]) -> list[str]:
    """The stored events, shown until now, that no merged event took: they stop being shown
    (their rows stay, so that a returning event keeps its ``SEQUENCE``)."""
    return sorted(
        event_id for event_id, row in stored.items() if event_id not in written and not row.gone
    )


def gone_mark(documents: Collection[str], withdrawn: Collection[str]) -> int:
    """How a vanished event leaves: :data:`GONE_WITHDRAWN` when it had sources and every one
    of them was withdrawn (``withdrawn``: its documents withdrawn and not ingested again),
    else :data:`GONE_STATED`."""
    if documents and set(documents) <= set(withdrawn):
        return GONE_WITHDRAWN
    return GONE_STATED


def clashes(
    results: Iterable[str], outside: Mapping[str, int], pinned: Collection[str] = ()
) -> set[str]:
    """The ids merged events took from events outside the scope (``outside``: their ``gone``
    marks) that must join it: shown ones, and pinned ones (a served id goes only to the
    happening it named); the ids are then given again. An unpinned gone one simply comes
    back under its id."""
    taken = set(results)
    return {
        event_id
        for event_id, mark in outside.items()
        if event_id in taken and (not mark or event_id in pinned)
    }


def relinks(
    merged: Iterable[Merged], belonged: Mapping[tuple[str, int], str | None]
) -> list[tuple[str, str, int]]:
    """``(event id, document, index)`` of each mention whose event is not the one it
    belonged to (``belonged``: by document and index)."""
    out = []
    for item in merged:
        for m in item.mentions:
            key = (m.source.document, m.idx)
            if belonged.get(key) != item.id:
                out.append((item.id, *key))
    return out
