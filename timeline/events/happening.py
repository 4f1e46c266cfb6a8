"""The mentions merging works on, their identity keys, and whether two are one happening.

Split out of :mod:`timeline.events.merge`, which re-exports every name defined here.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ..lang import DEFAULT_LANG, read_table
from ..model import Event, Source
from ..text import search_key

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
    "end_time",
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
        if e.end_time:  # only when known: the fingerprints of events without one stay as they were
            parts.append(e.end_time)
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

    A place named by a location alone and one named by a country alone may or may not agree,
    and so may a venue in no known city and a city:

    >>> place_relation(Event("2025-11-12", "day", "", "match", "held", "", location="Deniz Stadı"),
    ...                Event("2025-11-12", "day", "", "match", "held", "", location="Kars",
    ...                      country="Türkiye"))
    'unknown'

    >>> place_relation(Event("2025", "year", "", "summit", "held", "", location="Moskova"),
    ...                Event("2025", "year", "", "summit", "held", "", country="Rusya"))
    'unknown'
    """
    la, lb = search_key(a.location or ""), search_key(b.location or "")
    ca, cb = search_key(a.country or ""), search_key(b.country or "")
    if la and lb:
        if la == lb or la in lb.split() or lb in la.split() or _named_after(la, lb):
            return "same"
        if la == cb or lb == ca:
            return "same"
        return "unknown" if unplaced(a) or unplaced(b) else "conflict"
    if (la or ca) and (lb or cb):
        if ca and cb:
            return "same" if ca == cb else "conflict"
        return "same" if (la and la == cb) or (lb and lb == ca) else "unknown"
    return "unknown"


def _named_after(la: str, lb: str) -> bool:
    """Whether one place is the other or lies in it, named after it: ``Tandoğan Meydanı,
    Ankara`` and ``Tandoğan, Ankara`` (search keys): the same first word, and every word of the
    shorter in the longer.

    >>> _named_after("tandogan meydani ankara", "tandogan ankara")
    True
    >>> _named_after("kizilay meydani ankara", "tandogan ankara")
    False
    """
    wa, wb = la.split(), lb.split()
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return short[0] == long[0] and set(short) <= set(long)


def refines(a: str, b: str) -> bool:
    """Whether the place ``a`` is ``b`` told more precisely: a venue in it (``Haliç Kongre
    Merkezi, İstanbul`` of ``İstanbul``) or named after it (``Kızılay Meydanı, Ankara`` of
    ``Kızılay, Ankara``).

    >>> refines("Kızılay Meydanı, Ankara", "Kızılay, Ankara"), refines("Kars", "Kars")
    (True, False)
    """
    ka, kb = search_key(a), search_key(b)
    return a.endswith(f", {b}") or (len(ka) > len(kb) and _named_after(ka, kb))


def venue_in(venue: str, place: str) -> str:
    """The place of a venue in no known city told in ``place``: ``Kızılay Meydanı`` in
    ``Kızılay, Ankara`` is ``Kızılay Meydanı, Ankara`` (a venue named after the quarter it lies
    in), in ``Ankara`` it is ``Kızılay Meydanı, Ankara``.

    >>> venue_in("Kızılay Meydanı", "Kızılay, Ankara"), venue_in("Deniz Stadı", "Kars")
    ('Kızılay Meydanı, Ankara', 'Deniz Stadı, Kars')
    """
    first, _, rest = place.partition(", ")
    if rest and venue.split()[0] == first.split()[0]:
        return f"{venue}, {rest}"
    return f"{venue}, {place}"


def unplaced(e: Event) -> bool:
    """Whether an event's place is a venue in no known city (``Deniz Stadı``): unknown to the
    gazetteer and in no country, so it may lie in any other place."""
    from .lexicon import lexicon

    return bool(e.location) and not e.country and lexicon(DEFAULT_LANG).place(e.location) is None


def _people(e: Event) -> set[str]:
    """The participants' surnames, foreign spellings written as Turkish writes them
    (``Jinping`` and ``Cinping`` are one surname)."""
    return {surname(p).translate(_name_letters()) for p in e.participants if p}


@cache
def _name_letters(lang: str = DEFAULT_LANG) -> dict[int, str]:
    """The letter map of ``name_letters.tsv``."""
    return {ord(r["letter"]): r["turkish"] for r in read_table(lang, "name_letters.tsv")}


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


def _unnamed(e: Event) -> bool:
    """Whether a title is too short to name a happening (see :func:`_named_alike`)."""
    return len(_title_words(e)) < 2
