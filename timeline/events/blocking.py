"""Blocking: which stored mentions a new one must be compared with.

Split out of :mod:`timeline.events.merge`, which re-exports every name defined here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from ..model import Event
from ..text import search_key
from .happening import (
    TYPE_GROUPS,
    _granularity_of,
    _people,
    _title_words,
    _unnamed,
    type_group,
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
