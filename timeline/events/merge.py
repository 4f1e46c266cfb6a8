"""One happening, one event: merge the mentions of all documents.

Two mentions are the same happening when their types are compatible, their slots meet (the
same day or overlapping days; a month or year that contains the other's days; or one is the new
slot of the other's postponed one) and they share a place or a participant (or, lacking both,
a title).

The result is a function of the set of mentions only, never of the order they arrived in:
clusters are the connected components of that relation, each cluster's story is read in
publication order, and its id is the smallest identity key of its members. A mention's key is
``type group | original slot | anchor`` (see :func:`identity_key`), so all the reports of one
happening usually share it, and a postponement keeps the key of the original slot: the event
(and its calendar UID) survives new sources, updates and postponements.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ..model import Event, Source
from ..text import search_key
from .confidence import merged as merged_confidence

# Types that may describe the same happening (a visit and the talks held during it).
TYPE_GROUPS = {
    "visit": "meeting",
    "meeting": "meeting",
    "talks": "meeting",
    "press": "meeting",
    "summit": "summit",
    "conference": "summit",
    "forum": "summit",
    "holiday": "holiday",
    "anniversary": "holiday",
    "election": "vote",
    "referendum": "vote",
}
CORRECTION_ACTIONS = ("hide", "show", "edit", "merge", "split")
EDITABLE = (
    "title",
    "date",
    "end",
    "time",
    "granularity",
    "location",
    "country",
    "timezone",
    "status",
    "type",
    "participants",
    "calendar",
)
MATERIAL = ("date", "end", "time", "granularity", "location", "status", "title")


@dataclass(slots=True)
class Mention:
    """An event as stated by one document, with that document as its source."""

    event: Event
    source: Source
    idx: int = 0

    @property
    def order(self) -> tuple:
        return (self.source.published, self.source.document, self.idx)


@dataclass(slots=True)
class Merged:
    """A cluster of mentions resolved into one event."""

    id: str
    event: Event
    mentions: list[Mention]
    changes: list[dict] = field(default_factory=list)
    edited: bool = False
    hidden: bool = False
    # The members of the extracted event an editor's merge or split started from: what the
    # store records, so that ids go to the same extracted events next time and the
    # correction applies again the same way (see :func:`keep_ids`).
    extracted: list[list] | None = None

    @property
    def sources(self) -> list[Source]:
        seen, out = set(), []
        for m in sorted(self.mentions, key=lambda m: m.order):
            if m.source.document not in seen:
                seen.add(m.source.document)
                out.append(m.source)
        return out

    def members(self) -> list[list]:
        """What the event is made of, to recognise it after a recomputation: each mention as
        ``[document, key, type group, quote offset]``."""
        return sorted(
            [m.source.document, m.event.key, type_group(m.event.type), m.event.quote_start]
            for m in self.mentions
        )

    def identity(self) -> list[list]:
        """The members that name this event across recomputations: those of the extracted
        event it comes from (before corrections moved mentions), else its own."""
        return self.extracted if self.extracted is not None else self.members()

    def fingerprint(self) -> str:
        e = self.event
        parts = [str(getattr(e, name) or "") for name in MATERIAL]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


# ---------------------------------------------------------------------------------------------
# Slots


# The granularity of a date written at its precision: 2022, 2025-11, 2025-11-12.
GRANULARITY_BY_LENGTH = {4: "year", 7: "month", 10: "day"}


def _granularity_of(value: str) -> str:
    return GRANULARITY_BY_LENGTH.get(len(value), "day")


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


# ---------------------------------------------------------------------------------------------
# Identity


def type_group(event_type: str) -> str:
    return TYPE_GROUPS.get(event_type, event_type)


def anchor(e: Event) -> str:
    """What a happening is most surely tied to: its country or place, else its first
    participant's surname, else its title."""
    if e.country:
        return search_key(e.country)
    if e.location:
        return search_key(e.location)
    if e.participants:
        return surname(e.participants[0])
    return search_key(e.title)[:40]


def surname(name: str) -> str:
    words = search_key(name).split()
    return words[-1] if words else ""


def identity_key(e: Event) -> str:
    """``type group | original slot | anchor``: the same for every report of one happening.

    >>> e = Event("2025-11-12", "day", "Ziyaret", "visit", "planned", "", country="Rusya")
    >>> identity_key(e)
    'meeting|2025-11-12|rusya'
    """
    if e.replaces:
        slot = e.replaces[0]
    else:
        slot = e.date
    return f"{type_group(e.type)}|{slot}|{anchor(e)}"


def event_id(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------------------------------------
# Same happening?


def place_relation(a: Event, b: Event) -> str:
    """``same``, ``conflict`` or ``unknown``: whether two mentions' places agree. A city and
    the country it lies in agree; two different cities (or countries) do not.

    >>> e = Event("2025-11-12", "day", "", "visit", "planned", "", location="Rusya",
    ...           country="Rusya")
    >>> place_relation(e, Event("2025-11-12", "day", "", "meeting", "held", "",
    ...                         location="Moskova", country="Rusya"))
    'same'

    A place named by a location alone and one named by a country alone may or may not agree:

    >>> place_relation(Event("2025", "year", "", "summit", "held", "", location="Moskova"),
    ...                Event("2025", "year", "", "summit", "held", "", country="Rusya"))
    'unknown'
    """
    la, lb = search_key(a.location or ""), search_key(b.location or "")
    ca, cb = search_key(a.country or ""), search_key(b.country or "")
    if la and lb:
        if la == lb or la in lb.split() or lb in la.split():
            return "same"
        if la == cb or lb == ca:
            return "same"
        return "conflict"
    if (la or ca) and (lb or cb):
        if ca and cb:
            return "same" if ca == cb else "conflict"
        return "same" if (la and la == cb) or (lb and lb == ca) else "unknown"
    return "unknown"


def _people(e: Event) -> set[str]:
    return {surname(p) for p in e.participants if p}


def _title_words(e: Event) -> set[str]:
    return {w[:5] for w in search_key(e.title).split() if len(w) > 2}


def same_happening(a: Event, b: Event) -> bool:
    """Whether two mentions report one happening (see the module docstring)."""
    if type_group(a.type) != type_group(b.type):
        return False
    if not _slots_meet(a, b):
        return False
    places = place_relation(a, b)
    if places == "conflict":
        return False
    if a.time and b.time and a.time != b.time:
        return False  # two sessions of one day
    people_a, people_b = _people(a), _people(b)
    if (
        len(people_a) >= 2
        and len(people_b) >= 2
        and not (people_a <= people_b or people_b <= people_a)
    ):
        return False  # Erdoğan with Merz, Erdoğan with Biden: two meetings
    numbers_a, numbers_b = _title_numbers(a), _title_numbers(b)
    if numbers_a and numbers_b and not numbers_a & numbers_b:
        return False  # the 19th and the 20th summit: two editions
    if a.type != b.type and "visit" in (a.type, b.type):
        # A visit and the talks held during it are one happening when the same people
        # take part; a place alone does not make a council meeting part of a visit.
        return bool(people_a & people_b) or _similar_titles(a, b)
    if a.granularity != b.granularity:
        # "A summit in Baku in 2016" meets every day of 2016: the place alone would tie it
        # to every summit held there that year (and, through it, tie those together); so
        # would a one-word title ("Zirve").
        # Shared people alone would do the same for every summit a leader attended that
        # year: the titles must agree.
        if bool(numbers_a) != bool(numbers_b) and places != "same" and not people_a & people_b:
            # "The Turkic States Summit in 2017" names no edition: with no place or person in
            # common it would tie every numbered edition of that year into one.
            return False
        return _similar_titles(a, b, shared=2)
    if a.granularity != "day" and not _named_alike(a, b):
        # Within a year (or a month), one place hosts many happenings: "the Turkic States
        # Summit in Baku in 2022" is not "the Eurasian Energy Summit in Baku in 2022".
        return False
    if places == "same" or people_a & people_b:
        return True
    if people_a and people_b:
        return False
    return _similar_titles(a, b)


_NUMBER = re.compile(r"\d+")


def _title_numbers(e: Event) -> set[str]:
    """The numbers in a title (an edition's ordinal, a year): ``{'19'}`` for ``19. Türk
    Devletleri Zirvesi``."""
    return set(_NUMBER.findall(e.title or ""))


def _named_alike(a: Event, b: Event) -> bool:
    """Whether two titles may name one happening: similar, or one too short to name it."""
    if _unnamed(a) or _unnamed(b):
        return True
    return _similar_titles(a, b)


def _similar_titles(a: Event, b: Event, shared: int = 1) -> bool:
    """Whether most words of the shorter title are in the other (and at least ``shared``)."""
    words_a, words_b = _title_words(a), _title_words(b)
    if not words_a or not words_b:
        return False
    common = len(words_a & words_b)
    return common >= shared and common / min(len(words_a), len(words_b)) >= 0.6


def _slots_meet(a: Event, b: Event) -> bool:
    ra, rb = a.range(), b.range()
    oa, ob = a.original_range(), b.original_range()
    if a.granularity == b.granularity == "day":
        return _overlap(ra, rb) or _overlap(oa, rb) or _overlap(ra, ob) or _overlap(oa, ob)
    # A month or a year meets the days it contains; two coarse slots must be the same.
    if a.granularity != "day" and b.granularity != "day":
        return a.date == b.date or (a.replaces is not None and a.replaces == b.replaces)
    coarse, fine = (a, b) if a.granularity != "day" else (b, a)
    cr = coarse.range()
    fr = fine.range()
    return (cr[0] <= fr[0] and fr[1] <= cr[1]) or _overlap(
        coarse.original_range(), fine.original_range()
    )


# ---------------------------------------------------------------------------------------------
# Blocking: which stored mentions a new one must be compared with


# A slot of more days than this is blocked by its months, of more months by its years.
MAX_BLOCK_DAYS = 62
MAX_BLOCK_MONTHS = 36


def block_periods(e: Event) -> set[str]:
    """The periods a mention's slots (its current and its original one) fall in: each day
    of a day-precise slot (``YYYY-MM-DD``), each month of a month-precise or long one
    (``YYYY-MM``), the year of a year-precise one (``YYYY``).

    Two mentions whose slots meet (:func:`_slots_meet`) share a period or one holds a period
    of the other (a month its day, a year its month): see :func:`candidate_periods`.

    >>> sorted(block_periods(Event("2025-10-31", "day", "", "meeting", "planned", "",
    ...                            end="2025-11-01")))
    ['2025-10-31', '2025-11-01']
    >>> sorted(block_periods(Event("2026", "year", "", "summit", "planned", "",
    ...                            replaces=("2025-12", None))))
    ['2025-12', '2026']
    """
    periods: set[str] = set()
    slots = [(e.range(), e.granularity)]
    if e.replaces:
        slots.append((e.original_range(), _granularity_of(e.replaces[0])))
    for (first, last), granularity in slots:
        months = (last.year - first.year) * 12 + last.month - first.month
        if granularity == "year" or months > MAX_BLOCK_MONTHS:
            periods.update(f"{y:04d}" for y in range(first.year, last.year + 1))
        elif granularity == "month" or (last - first).days >= MAX_BLOCK_DAYS:
            y, m = first.year, first.month
            for _ in range(months + 1):
                periods.add(f"{y:04d}-{m:02d}")
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        else:
            periods.update(
                (first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)
            )
    return periods


def _ancestors(period: str) -> list[str]:
    """The coarser periods holding a period: ``2025-11-12`` → ``2025-11``, ``2025``."""
    return [period[:n] for n in (7, 4) if len(period) > n]


def candidate_periods(periods: set[str]) -> tuple[set[str], set[str]]:
    """What a mention with these periods must be compared with: ``(exact, within)`` — stored
    mentions with a period in ``exact`` (its own and the coarser ones holding them), and
    those with a period inside one of ``within`` (the days of its months, the months and days
    of its years).

    >>> [sorted(p) for p in candidate_periods({"2025-11-12"})]
    [['2025', '2025-11', '2025-11-12'], []]
    >>> [sorted(p) for p in candidate_periods({"2026"})]
    [['2026'], ['2026']]
    """
    exact = set(periods)
    for p in periods:
        exact.update(_ancestors(p))
    return exact, {p for p in periods if len(p) < 10}


def block_tokens(e: Event) -> set[str]:
    """Words one of which two reports of one happening always share (see
    :func:`same_happening`): its places (``p:``), participants' surnames (``s:``) and title
    words (``t:``). A mention with none never merges with another.

    >>> sorted(block_tokens(Event("2025-11-12", "day", "Tokayev'in Rusya ziyareti", "visit",
    ...                           "planned", "", location="Moskova", country="Rusya",
    ...                           participants=["Kasım Cömert Tokayev"])))
    ['p:moskova', 'p:rusya', 's:tokayev', 't:rusya', 't:tokay', 't:ziyar']
    """
    tokens = {f"s:{s}" for s in _people(e) if s}
    tokens |= {f"t:{w}" for w in _title_words(e)}
    for place in (e.location, e.country):
        key = search_key(place or "")
        if key:
            tokens.add(f"p:{key}")
            tokens.update(f"p:{w}" for w in key.split())
    return tokens


GRANULARITIES = ("day", "month", "year")
# The type group a visit belongs to: a visit and the talks held during it are one happening
# when the same people take part, whatever the precision of either report.
VISIT_GROUP = TYPE_GROUPS["visit"]


def _title_pairs(e: Event) -> set[str]:
    words = sorted(_title_words(e))
    return {f"w:{a}+{b}" for i, a in enumerate(words) for b in words[i + 1 :]}


PLACE_KINDS = ("-", "L", "C", "LC")


def _place_marks(e: Event, stored: bool) -> set[str]:
    """What a pair of title words is keyed with, so that reports whose places conflict
    (:func:`place_relation`) are not compared: each of a report's place words, and the kind
    of place it names (``L`` a location, ``C`` a country). Places agree by a shared word, or
    conflict not at all when no kind is named by both: a stored report is found by its words
    and its kind; a new one looks up its words and every kind it names none of."""
    location, country = search_key(e.location or ""), search_key(e.country or "")
    marks = {f"@{w}" for key in (location, country) if key for w in {key, *key.split()}}
    if stored:
        kind = ("L" if location else "") + ("C" if country else "")
        return marks | {f"@{kind or '-'}"}
    return marks | {
        f"@{kind}"
        for kind in PLACE_KINDS
        if not (location and "L" in kind) and not (country and "C" in kind)
    }


def _pair_keys(e: Event, granularities: Iterable[str], stored: bool) -> set[str]:
    pairs = _title_pairs(e)
    if not pairs:
        return set()
    marks = _place_marks(e, stored)
    return {f"{g}:{pair}{mark}" for g in granularities for pair in pairs for mark in marks}


def block_keys(e: Event) -> set[str]:
    """The keys a stored mention is found by, each with its granularity (see
    :func:`query_keys`, which looks them up).

    Reports of one happening share a token (:func:`block_tokens`), but a word like "Zirve"
    is shared by every summit: a year-precise report would be compared with every summit of
    its year. So a report of another precision is looked up by two title words (it is the
    same happening only if their titles share two, see :func:`same_happening`) with a place
    they do not conflict on (:func:`_place_marks`), and so is a year- or month-precise report
    by another of its slot when both titles name it (two words or more each: they must be
    alike). Tokens alone serve reports of one day, titles too
    short to name a happening, and the group of visits (a shared person is enough there,
    at any precision).

    >>> sorted(block_keys(Event("2022", "year", "Avrasya Zirvesi", "summit", "held", "",
    ...                         location="Bakü")))  # doctest: +NORMALIZE_WHITESPACE
    ['year:named:p:baku', 'year:named:t:avras', 'year:named:t:zirve', 'year:w:avras+zirve@L',
     'year:w:avras+zirve@baku']
    """
    own, tokens = e.granularity, block_tokens(e)
    if type_group(e.type) == VISIT_GROUP:
        return {f"{own}:{t}" for t in tokens}
    keys = _pair_keys(e, [own], stored=True)
    if own == "day":
        return keys | {f"day:{t}" for t in tokens}
    size = "short" if _unnamed(e) else "named"
    return keys | {f"{own}:{size}:{t}" for t in tokens}


def query_keys(e: Event) -> set[str]:
    """The keys a new mention looks stored ones up by (see :func:`block_keys`)."""
    own, tokens = e.granularity, block_tokens(e)
    if type_group(e.type) == VISIT_GROUP:
        return {f"{g}:{t}" for g in GRANULARITIES for t in tokens}
    keys = _pair_keys(e, [g for g in GRANULARITIES if g != own], stored=False)
    if own == "day":
        return keys | {f"day:{t}" for t in tokens}
    keys |= _pair_keys(e, [own], stored=False)  # both titles name it: alike
    keys |= {f"{own}:short:{t}" for t in tokens}  # the stored title is too short to name it
    if _unnamed(e):
        keys |= {f"{own}:named:{t}" for t in tokens}
    return keys


def _unnamed(e: Event) -> bool:
    """Whether a title is too short to name a happening (see :func:`_named_alike`)."""
    return len(_title_words(e)) < 2


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
    """``type group | original slot | anchor``: the events among which a new event's id is
    numbered (see :func:`assign_ids`); stored as the event's ``ckey``."""
    return f"{cluster_key(item)}|{cluster_anchor(item)}"


def assign_ids(merged: list[Merged], crowded: Collection[str] = ()) -> list[Merged]:
    """Id = hash of the cluster key; happenings of one kind on one day add their anchor (and a
    number when even that is shared). A function of the set of mentions only.

    ``crowded`` names cluster keys that events other than ``merged`` hold too (the store
    merges only the part it may change): an event is named by its key alone only when no
    other event has that key, and numbered only among those of its id group.
    """
    by_key: dict[str, list[Merged]] = defaultdict(list)
    for item in merged:
        by_key[cluster_key(item)].append(item)
    for key, items in by_key.items():
        if len(items) == 1 and key not in crowded:
            items[0].id = event_id(key)
            continue
        items.sort(
            key=lambda it: (
                cluster_anchor(it),
                search_key(it.event.title),
                sorted(m.event.key + m.source.document for m in it.mentions),
            )
        )
        seen: dict[str, int] = defaultdict(int)
        for item in items:
            anchored = f"{key}|{cluster_anchor(item)}"
            seen[anchored] += 1
            item.id = event_id(anchored if seen[anchored] == 1 else f"{anchored}|{seen[anchored]}")
    return merged


PRECISION = {"day": 0, "month": 1, "year": 2}


def _precision(m: Mention) -> tuple:
    return (PRECISION.get(m.event.granularity, 3), m.order)


def resolve(members: list[Mention]) -> Merged:
    """Read a cluster's story in publication order: its current slot, status and changes.

    Later reports win: a new slot after a postponement replaces the old one, ``postponed`` or
    ``cancelled`` replaces the status, and a report that still gives a slot already replaced is
    stale and ignored. Within the slot that stands, the most precise report gives the date.
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
            status = e.status
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
        calendar=day_slot and any(m.event.calendar for m in members),
        key=min(m.event.key for m in members),
        confidence=confidence,
        confidence_reasons=reasons,
    )
    return Merged(id="", event=rep, mentions=members, changes=changes)


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


def keep_ids(
    merged: list[Merged], previous: dict[str, list[list]], gone: Iterable[str] = ()
) -> None:
    """Give recomputed events the ids they had before, so calendar UIDs survive.

    ``previous`` maps known event ids to their members (:meth:`Merged.members`); ``gone``
    names those no longer shown. An event takes the id of the known event that shares most
    of its mentions — the same mention (document and key), or, after an article was updated
    or re-extracted, a mention of the same kind at the same place in the same document —
    a shown one before a gone one; pairs are settled best first, so the result does not
    depend on the order of ``merged``. An id is given to one event only; an event sharing
    nothing keeps the id its cluster key gives it (made unique if another took that id).
    """
    gone = set(gone)
    strong: dict[tuple, set[str]] = defaultdict(set)
    loose: dict[tuple, set[str]] = defaultdict(set)
    for old_id, members in previous.items():
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
    claimed: set[str] = set()
    for *_rank, old_id, _own, n in sorted(pairs):
        if n not in given and old_id not in claimed:
            given[n] = old_id
            claimed.add(old_id)
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
