"""One happening, one event: merge the mentions of all documents.

Two mentions are the same happening when their types are compatible, their slots meet (the
same day or overlapping days; a month or year that contains the other's days; or one is the new
slot of the other's postponed one) and they share a place or a participant (or, lacking both,
a title).

The result is a function of the set of mentions only, never of the order they arrived in:
clusters are the connected components of that relation, each cluster's story is read in
publication order, and its id is a hash of its first report (:func:`natural_id`). Once an id
has been served the store pins it (:func:`keep_ids`): the event (and its calendar UID) keeps
it through new sources, updates and postponements, and no other event is given it.

The mentions, their identity and the same-happening test live in :mod:`.happening`, the keys
that pick which stored mentions to compare in :mod:`.blocking`; this module clusters, resolves,
names events, keeps served ids and applies corrections, and re-exports the names of both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from ..model import Event
from ..text import search_key
from .blocking import (
    GRANULARITIES,
    MAX_BLOCK_DAYS,
    MAX_BLOCK_MONTHS,
    PLACE_KINDS,
    VISIT_GROUP,
    _ancestors,
    block_keys,
    block_periods,
    block_tokens,
    candidate_periods,
    query_keys,
)
from .confidence import merged as merged_confidence
from .happening import (
    CORRECTION_ACTIONS,
    EDITABLE,
    GRANULARITY_BY_LENGTH,
    MATERIAL,
    TYPE_GROUPS,
    Mention,
    Merged,
    _granularity_of,
    _overlap,
    anchor,
    event_id,
    identity_key,
    place_relation,
    same_happening,
    surname,
    type_group,
)

# Every public name, with those of the modules merging was split into (happening, blocking),
# importable from here as before.
__all__ = [
    "CORRECTION_ACTIONS",
    "EDITABLE",
    "GRANULARITIES",
    "GRANULARITY_BY_LENGTH",
    "MATERIAL",
    "MAX_BLOCK_DAYS",
    "MAX_BLOCK_MONTHS",
    "PLACE_KINDS",
    "PRECISION",
    "TYPE_GROUPS",
    "VISIT_GROUP",
    "anchor",
    "apply_corrections",
    "assign_ids",
    "block_keys",
    "block_periods",
    "block_tokens",
    "candidate_periods",
    "cluster",
    "cluster_anchor",
    "cluster_key",
    "compared",
    "event_id",
    "find_by_members",
    "first_report",
    "id_group",
    "identity_key",
    "keep_ids",
    "natural_id",
    "Mention",
    "Merged",
    "place_relation",
    "query_keys",
    "resolve",
    "same_happening",
    "surname",
    "type_group",
]

# ---------------------------------------------------------------------------------------------
# Clustering


def _candidates(
    mentions: list[Mention], loose: set[int] | None = None
) -> Iterable[tuple[int, int]]:
    """The pairs worth comparing: mentions sharing a block (see :func:`block_keys` and
    :func:`candidate_periods`), each pair once — the pairs the store's incremental merge
    compares. With ``loose``, only pairs with at least one of those."""
    exact_index: dict[tuple, list[int]] = defaultdict(list)
    within_index: dict[tuple, list[int]] = defaultdict(list)
    wanted = []
    for i, m in enumerate(mentions):
        group = type_group(m.event.type)
        periods = block_periods(m.event)
        holders = {a for p in periods for a in _ancestors(p)}
        for key in block_keys(m.event):
            for period in periods:
                exact_index[(group, key, period)].append(i)
            for holder in holders:
                within_index[(group, key, holder)].append(i)
        wanted.append((group, query_keys(m.event), *candidate_periods(periods)))
    for i, (group, tokens, exact, within) in enumerate(wanted):
        if loose is not None and i not in loose:
            continue
        seen: set[int] = set()
        for token in tokens:
            for period in exact:
                seen.update(exact_index.get((group, token, period), ()))
            for period in within:
                seen.update(within_index.get((group, token, period), ()))
        for j in sorted(seen):
            if j > i or (loose is not None and j < i and j not in loose):
                yield i, j


def compared(a: Mention, b: Mention) -> bool:
    """Whether :func:`cluster` compares two mentions (they share a block)."""
    return any(True for _ in _candidates([a, b]))


def cluster(mentions: list[Mention], known: dict[tuple, str] | None = None) -> list[Merged]:
    """Merge mentions into events; the result does not depend on the input order.

    ``known`` maps ``(document, idx)`` of mentions already known to be one happening to a
    label: each label's mentions are joined without comparing them, and two known mentions
    are never compared (they were merged before; only the others can join them).
    """
    mentions = sorted(mentions, key=lambda m: (m.order, m.event.key, m.event.date))
    for m in mentions:
        if not m.event.key:
            m.event.key = identity_key(m.event)
    parent = list(range(len(mentions)))
    loose: set[int] | None = None
    if known:
        first: dict[str, int] = {}
        loose = set()
        for i, m in enumerate(mentions):
            label = known.get((m.source.document, m.idx))
            if label is None:
                loose.add(i)
            else:
                parent[i] = first.setdefault(label, i)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _candidates(mentions, loose):
        if find(i) != find(j) and same_happening(mentions[i].event, mentions[j].event):
            parent[max(find(i), find(j))] = min(find(i), find(j))
    groups: dict[int, list[Mention]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[find(i)].append(m)
    return assign_ids([resolve(members) for members in groups.values()])


def cluster_key(item: Merged) -> str:
    """``type group | original slot``: what a happening is, as all its reports tell it (the
    slot it was first announced for, before any postponement)."""
    e = item.event
    original = e.replaces[0] if e.replaces else e.date
    return f"{type_group(e.type)}|{original}"


def cluster_anchor(item: Merged) -> str:
    """What tells apart happenings of one kind on one day: who takes part, else where (the
    city before its country: a country holds too many happenings of a year), else the
    title."""
    people = sorted({surname(p) for p in item.event.participants if p})
    if people:
        return "+".join(people)
    e = item.event
    for place in (e.location, e.country):
        key = search_key(place or "")
        if key:
            return key
    return anchor(e)


def id_group(item: Merged) -> str:
    """``type group | original slot | anchor``: what tells a happening apart from the others
    of its kind and slot; stored as the event's ``ckey``."""
    return f"{cluster_key(item)}|{cluster_anchor(item)}"


def first_report(item: Merged) -> Mention:
    """The event's earliest report, by ``(published, document, index)``: the same whatever
    order the articles arrived in, and held by this event alone."""
    return min(item.mentions, key=lambda m: m.order)


def natural_id(item: Merged) -> str:
    """The id the set of articles gives an event: a hash of its first report (its document
    — named by the article's URL or path, so an updated article keeps it — and its index
    there). Unique, as a mention belongs to one event, and a function of the event's own
    mentions only, so that merging part of the store names its events as a full merge
    would."""
    first = first_report(item)
    return event_id(f"{first.source.document}|{first.idx}")


def assign_ids(merged: list[Merged]) -> list[Merged]:
    """Give each event its :func:`natural_id`. A function of the set of mentions only."""
    for item in merged:
        item.id = natural_id(item)
    return merged


PRECISION = {"day": 0, "month": 1, "year": 2}


def _precision(m: Mention) -> tuple:
    return (PRECISION.get(m.event.granularity, 3), m.order)


def resolve(members: list[Mention]) -> Merged:
    """Read a cluster's story in publication order: its current slot, status and changes.

    Later reports win: a new slot after a postponement replaces the old one, ``postponed`` or
    ``cancelled`` replaces the status (but ``proposed`` does not replace ``planned`` or
    ``held``), and a report that still gives a slot already replaced is stale and ignored.
    Within the slot that stands, the most precise report gives the date.
    """
    members = sorted(members, key=lambda m: m.order)
    replaced: set[tuple] = set()
    changes: list[dict] = []
    current: list[Mention] = []  # the reports of the slot that stands now
    status: str | None = None
    original: tuple | None = None  # the first slot that was moved away from
    for m in members:
        e = m.event
        slot = (e.date, e.end)
        if e.replaces:  # the new slot of a postponement
            replaced.add(tuple(e.replaces))
            original = original or tuple(e.replaces)
            if not current or (current[0].event.date, current[0].event.end) != slot:
                changes.append(_change(m, "postponed", e.replaces, slot))
            current, status = [m], e.status
        elif slot in replaced:  # a stale report of a slot that was moved
            continue
        elif e.status in ("postponed", "cancelled"):
            if e.status == "postponed":
                original = original or slot
            moved_here = any(
                o.source.document == m.source.document
                and o.event.replaces
                and tuple(o.event.replaces) == slot
                for o in members
            )
            if not moved_here:  # else the new slot's report records the change
                changes.append(_change(m, e.status, slot, None))
            current, status = current or [m], e.status
        elif current and not _meets_current(e, current):
            changes.append(_change(m, "rescheduled", _slot_of(current), slot))
            current, status = [m], e.status
        else:
            current.append(m)
            if not (e.status == "proposed" and status in ("planned", "held")):
                status = e.status  # a later "may take place" does not undo "will take place"
    best = min(current, key=_precision)
    base = min(members, key=_precision).event
    day_slot = best.event.granularity == "day" or (
        original is not None and _granularity_of(original[0]) == "day"
    )
    confidence, reasons = merged_confidence(
        [m.event for m in members], len({m.source.document for m in members})
    )
    rep = replace(
        best.event,
        title=base.title,
        type=base.type,
        location=_most_specific(members, "location") or best.event.location,
        country=_most_specific(members, "country") or best.event.country,
        participants=_union_participants(members),
        status=status or best.event.status,
        replaces=original,
        end_time=_end_time(members, best.event),
        calendar=day_slot and any(m.event.calendar for m in members),
        key=min(m.event.key for m in members),
        confidence=confidence,
        confidence_reasons=reasons,
    )
    return Merged(id="", event=rep, mentions=members, changes=changes)


def _end_time(members: list[Mention], e: Event) -> str | None:
    """The end of the event's clock range: its own, else one a report of the same day and
    start time gives (another report may give the start alone)."""
    if e.end_time or not e.time:
        return e.end_time
    return next(
        (
            m.event.end_time
            for m in members
            if m.event.end_time and (m.event.date, m.event.time) == (e.date, e.time)
        ),
        None,
    )


def _slot_of(current: list[Mention]) -> tuple:
    e = min(current, key=_precision).event
    return (e.date, e.end)


def _meets_current(e: Event, current: list[Mention]) -> bool:
    if e.granularity != "day" or all(c.event.granularity != "day" for c in current):
        return True
    return any(
        _overlap(e.range(), c.event.range()) for c in current if c.event.granularity == "day"
    )


def _change(m: Mention, kind: str, before, after) -> dict:
    return {
        "change": kind,
        "from": list(before) if before else None,
        "to": list(after) if after else None,
        "document": m.source.document,
        "published": m.source.published,
    }


def _most_specific(members: list[Mention], attr: str) -> str | None:
    """The place most reports name; a city beats a country when both appear."""
    counts: dict[str, int] = defaultdict(int)
    first: dict[str, tuple] = {}
    for m in members:
        value = getattr(m.event, attr)
        if value:
            counts[value] += 1
            first.setdefault(value, m.order)
    if not counts:
        return None
    if attr == "location":
        countries = {search_key(m.event.country) for m in members if m.event.country}
        cities = [v for v in counts if search_key(v) not in countries]
        if cities:
            counts = {v: counts[v] for v in cities}
    # Most reports first; among equals, the one named first (earliest publication).
    return min(counts, key=lambda v: (-counts[v], first[v]))


def _union_participants(members: list[Mention]) -> list[str]:
    """All participants, the longest form of each surname (``Kasım Cömert Tokayev`` over
    ``Tokayev``), in order of first mention."""
    best: dict[str, str] = {}
    order: list[str] = []
    for m in sorted(members, key=lambda m: m.order):
        for p in m.event.participants:
            key = surname(p) or search_key(p)
            if key not in best:
                order.append(key)
                best[key] = p
            elif len(p) > len(best[key]):
                best[key] = p
    return [best[k] for k in order]


# ---------------------------------------------------------------------------------------------
# Stable ids


def keep_ids(merged: list[Merged], pinned: dict[str, list[list]], gone: Iterable[str] = ()) -> None:
    """Give recomputed events the pinned ids they had, so served calendar UIDs survive.

    ``pinned`` maps the pinned ids (those once served) of stored events to their members
    (:meth:`Merged.members`); ``gone`` names those no longer shown. An event takes the pinned
    id of the stored event that shares most of its mentions — the same mention (document and
    key), or, after an article was updated or re-extracted, a mention of the same kind at the
    same place in the same document — a shown one before a gone one; pairs are settled best
    first, so the result does not depend on the order of ``merged``. A pinned id goes to one
    event only and never to an event sharing nothing with it: such an event keeps its
    :func:`natural_id`, numbered when that is a pinned id held by another. With nothing
    pinned, every event keeps its natural id: ids follow the set of articles.
    """
    gone = set(gone)
    strong: dict[tuple, set[str]] = defaultdict(set)
    loose: dict[tuple, set[str]] = defaultdict(set)
    for old_id, members in pinned.items():
        for doc, key, group, offset in members:
            strong[(doc, key)].add(old_id)
            loose[(doc, group, offset)].add(old_id)
    pairs = []
    for n, item in enumerate(merged):
        scores: dict[str, int] = defaultdict(int)
        for doc, key, group, offset in item.members():
            for old_id in strong.get((doc, key), ()):
                scores[old_id] += 2
            for old_id in loose.get((doc, group, offset), ()):
                scores[old_id] += 1
        for old_id, score in scores.items():
            pairs.append((-score, old_id in gone, old_id != item.id, old_id, item.id, n))
    given: dict[int, str] = {}
    taken: set[str] = set()
    for *_rank, old_id, _own, n in sorted(pairs):
        if n not in given and old_id not in taken:
            given[n] = old_id
            taken.add(old_id)
    claimed = set(pinned)  # a pinned id is free only for the event it names
    for n in sorted(range(len(merged)), key=lambda n: merged[n].id):
        item = merged[n]
        if n in given:
            item.id = given[n]
            continue
        new_id, k = item.id, 1
        while new_id in claimed:
            k += 1
            new_id = event_id(f"{item.id}|{k}")
        item.id = new_id
        claimed.add(new_id)


def find_by_members(merged: list[Merged], members: list[list] | None) -> Merged | None:
    """The event that now holds most of the given members (see :meth:`Merged.members`)."""
    if not members:
        return None
    wanted_strong = {(d, k) for d, k, _g, _o in members}
    wanted_loose = {(d, g, o) for d, _k, g, o in members}
    best, best_score = None, 0
    for item in sorted(merged, key=lambda m: m.id):
        score = 0
        for d, k, g, o in item.members():
            score += 2 if (d, k) in wanted_strong else (1 if (d, g, o) in wanted_loose else 0)
        if score > best_score:
            best, best_score = item, score
    return best


# ---------------------------------------------------------------------------------------------
# Corrections


def apply_corrections(merged: list[Merged], corrections: list[dict]) -> list[Merged]:
    """Apply editors' corrections (oldest first) on top of the extracted events.

    ``merge`` moves every mention of an event into another (``{"into": id}``), ``split`` takes
    one document's mentions out into an event of their own (``{"document": id}``), ``edit``
    overrides fields, ``hide``/``show`` toggle visibility.

    A correction finds its event by id, else (when extraction changed) by the mentions the
    event had when the editor made it (``_members``); a correction whose event no longer
    exists waits, harmless, until it does.
    """
    if not corrections:
        return merged
    by_id = {m.id: m for m in merged}
    for c in corrections:
        data = c["data"]
        target = by_id.get(c["event"]) or find_by_members(
            list(by_id.values()), data.get("_members")
        )
        if target is None:
            continue
        action = c["action"]
        if action == "merge":
            into = by_id.get(data.get("into", "")) or find_by_members(
                list(by_id.values()), data.get("_into_members")
            )
            if into is None or into is target:
                continue
            combined = resolve(into.mentions + target.mentions)
            combined.id, combined.edited, combined.extracted = into.id, True, into.identity()
            combined.hidden, combined.event = into.hidden, _apply_edits(combined.event, {})
            combined.event = replace(combined.event, title=into.event.title)
            by_id[into.id] = combined
            del by_id[target.id]
        elif action == "split":
            doc = data.get("document")
            taken = [m for m in target.mentions if m.source.document == doc]
            kept = [m for m in target.mentions if m.source.document != doc]
            if not taken or not kept:
                continue
            rest = resolve(kept)
            rest.id, rest.edited, rest.hidden = target.id, True, target.hidden
            rest.extracted = target.identity()
            new = resolve(taken)
            new.id, new.edited = event_id(f"{target.id}|split|{doc}"), True
            by_id[target.id] = rest
            by_id[new.id] = new
        elif action == "edit":
            target.event = _apply_edits(target.event, data)
            target.edited = True
        elif action in ("hide", "show"):
            target.hidden = action == "hide"
            target.edited = True
    return list(by_id.values())


def _apply_edits(e: Event, data: dict) -> Event:
    fields = {k: v for k, v in data.items() if k in EDITABLE}
    if "date" in fields and "granularity" not in fields:
        fields["granularity"] = _granularity_of(fields["date"])
    if "date" in fields and "end" not in fields and e.end and e.end < fields["date"]:
        fields["end"] = None  # moved past its old last day
    out = replace(e, **fields)
    if out.granularity != "day":
        out.calendar = False
    return out
