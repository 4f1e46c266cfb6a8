"""A stored event's place as a reader sees it: in the reader's language, and on a map.

Events store their place as the extractor (or an editor) wrote it, in Turkish: ``Moskova``,
``Kilyos, İstanbul``, ``Haliç Kongre Merkezi, İstanbul``, with the country apart. Each
comma-separated part that the gazetteer (``timeline/lang/tr/gazetteer.tsv``) knows is shown
by its English name from CLDR on English pages and feeds (``Moscow, Russia``); a part it does
not know keeps its written name. Coordinates are those of the most specific part the gazetteer
has them for (a venue's city, a district's own point).
"""

from __future__ import annotations

from functools import cache, lru_cache

from .events.district_provinces import shared_districts
from .events.lexicon import Place, lexicon
from .text import search_key

GAZETTEER_LANG = "tr"  # the language places are stored in
# The radius Apple Calendar draws around a place's point, in metres, by the kind of place.
RADIUS = {"district": 3000, "city": 10000, "capital": 15000, "province": 25000}


def _parts(name: str) -> list[str]:
    return [p.strip() for p in name.split(",") if p.strip()]


def lookup(name: str) -> Place | None:
    """The gazetteer entry named ``name`` (any spelling or case), or ``None``."""
    return lexicon(GAZETTEER_LANG).place(name) if name else None


@cache
def _by_english() -> dict[str, Place]:
    out: dict[str, Place] = {}
    for place in lexicon(GAZETTEER_LANG).places.values():  # the hand-picked places first
        if place.en:
            out.setdefault(search_key(place.en), place)
    return out


def lookup_any(name: str) -> Place | None:
    """The place named ``name`` in Turkish or by its English name (``Moscow``).

    >>> lookup_any("Moscow").name, lookup_any("MOSKOVA").name
    ('Moskova', 'Moskova')
    """
    return lookup(name) or _by_english().get(search_key(name))


@lru_cache(maxsize=8192)
def localized(name: str, lang: str) -> str:
    """``name`` in language ``lang``: part by part, the gazetteer's English name in English.

    >>> localized("Moskova", "en"), localized("Kilyos, İstanbul", "en")
    ('Moscow', 'Kilyos, Istanbul')
    >>> localized("Moskova", "tr"), localized("Bilinmeyen Köy", "en")
    ('Moskova', 'Bilinmeyen Köy')
    """
    if lang == GAZETTEER_LANG or not name:
        return name
    out = []
    for part in _parts(name):
        place = lookup(part)
        out.append(place.en if place is not None and place.en else part)
    return ", ".join(out)


def place_label(location: str | None, country: str | None, lang: str = GAZETTEER_LANG) -> str:
    """``Duşanbe, Tacikistan``; a country alone once (``Rusya``); in English ``Dushanbe,
    Tajikistan``.

    >>> place_label("Moskova", "Rusya", "en"), place_label("Rusya", "Rusya")
    ('Moscow, Russia', 'Rusya')
    """
    if location and country and country != location:
        label = f"{location}, {country}"
    else:
        label = location or country or ""
    return localized(label, lang)


@lru_cache(maxsize=8192)
def coordinates(location: str | None) -> tuple[float, float, int] | None:
    """``(latitude, longitude, radius in metres)`` of the most specific part of ``location``
    the gazetteer has a point for; ``None`` for a country, a region or an unknown place.

    >>> coordinates("Moskova")
    (55.752, 37.6178, 15000)

    A district whose name several provinces share has no point of its own: its province's.
    """
    for part in _parts(location or ""):
        if part in shared_districts(GAZETTEER_LANG):
            continue  # the gazetteer's point is of one of its provinces' districts only
        place = lookup(part)
        if place is not None and place.lat is not None and place.lon is not None:
            return place.lat, place.lon, RADIUS.get(place.kind, 10000)
    return None
