"""Places an article gives once for all its events: the city of its dateline and the ground a
match report names on a labelled line.

* A dateline (``ANKARA (AA) -``, ``İZMİR -``, ``İSTANBUL, 2 Haziran``; ``dateline`` in
  ``event_forms.tsv``) dates nothing, but says where the story was written: an event that
  gathers people in one place (a ceremony, a meeting, a road closure; :data:`LOCAL_TYPES`)
  whose own sentences name no place is placed in that city, and a venue in no known city
  (``Atatürk Anıtı``) lies in it. Visits, votes, holidays, releases and matches are not: their
  place is not the reporter's.
* A match report's labelled ground line (``Stat: Deniz Arena``; ``venue_label``) is the place
  of the match the report's headline gives.
"""

from __future__ import annotations

import re

from ..model import Event
from .happening import identity_key, unplaced
from .lexicon import Lexicon, Place

DATELINE_REACH = 1500  # characters from the article's start a dateline may lie in
# Event types that happen where people gather, so a local story's dateline places them.
LOCAL_TYPES = frozenset(
    {
        "ceremony",
        "closure",
        "concert",
        "conference",
        "exhibition",
        "exercise",
        "fair",
        "festival",
        "forum",
        "hearing",
        "meeting",
        "opening",
        "performance",
        "press",
        "rally",
        "signing",
        "strike",
    }
)
_CITY_KINDS = ("capital", "city", "province", "district")


def datelines(text: str, lex: Lexicon) -> list[tuple[int, int, Place]]:
    r"""The datelines of a known city near the article's start: ``(start, end, city)``.

    >>> from .lexicon import lexicon
    >>> [(a, b, p.name) for a, b, p in datelines("Başlık\nKARS (AA) - Kurul.", lexicon("tr"))]
    [(7, 19, 'Kars')]
    >>> datelines("Başlık\nKARS 12 Mart'ta kar altında.", lexicon("tr"))
    []
    """
    pattern = lex.forms.get("dateline")
    out = []
    for m in re.finditer(pattern, text[:DATELINE_REACH]) if pattern else ():
        place = lex.place(m["city"])
        if place is not None and place.kind in _CITY_KINDS and not place.ambiguous:
            out.append((m.start("city"), m.end(), place))
    return out


def dateline_city(text: str, lex: Lexicon) -> Place | None:
    """The known city of the article's first dateline, or None."""
    found = datelines(text, lex)
    return found[0][2] if found else None


def place_by_dateline(events: list[Event], text: str, lex: Lexicon) -> None:
    """Place the article's local events that name no place (or only a venue in no known city)
    in its dateline city."""
    city = None
    for e in events:
        if e.type not in LOCAL_TYPES or (e.location and not unplaced(e)) or e.country:
            continue
        city = city or dateline_city(text, lex)
        if city is None:
            return
        e.location = f"{e.location}, {city.display}" if e.location else city.display
        e.country = city.country
        e.timezone = e.timezone or city.zone
        e.key = identity_key(e)


def labelled_ground(text: str, lex: Lexicon) -> str | None:
    r"""The ground a match report names on a labelled line (``Stat: Deniz Arena``), or None.

    >>> from .lexicon import lexicon
    >>> labelled_ground("Maç bitti.\nStat: Deniz Arena\nHakem: Ali Veli", lexicon("tr"))
    'Deniz Arena'
    """
    pattern = lex.forms.get("venue_label")
    m = re.search(pattern, text) if pattern else None
    return m["venue"].strip() if m else None
