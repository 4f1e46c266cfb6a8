"""The province of a district whose name several provinces share (``shared_districts.tsv``).

The gazetteer holds one entry per name, so a shared district name (``Yenişehir`` is a district
of three provinces) comes with one fixed province. An event placed in such a district is put in
the province its own sentence names, else in the one province the article names; when the
article names none of them, or several, the district is given without a province (a wrong
province costs more than a missing one).
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import read_table
from ..model import Event
from ..text import fold
from .happening import identity_key
from .lexicon import Lexicon


@cache
def shared_districts(lang: str) -> dict[str, tuple[str, ...]]:
    """The district names several provinces share, with those provinces.

    >>> shared_districts("tr")["Yenişehir"]
    ('Bursa', 'Diyarbakır', 'Mersin')
    """
    return {
        row["name"]: tuple(p.strip() for p in row["provinces"].split(",") if p.strip())
        for row in read_table(lang, "shared_districts.tsv")
    }


def _named(provinces: tuple[str, ...], text: str) -> list[str]:
    """The provinces ``text`` names as a word (``Mersin'de``, ``MERSİN``), in list order."""
    low = fold(text)
    return [p for p in provinces if re.search(rf"(?<!\w){re.escape(fold(p))}(?!\w)", low)]


def settle_districts(events: list[Event], text: str, lex: Lexicon) -> None:
    """Put each event placed in a shared district (``Yenişehir, Diyarbakır`` or a venue in it)
    in the province its sentence or its article names, or in none."""
    shared = shared_districts(lex.lang)
    for e in events:
        parts = e.location.split(", ") if e.location else []
        for i, name in enumerate(parts[:-1]):
            place = lex.place(name)
            provinces = shared.get(name, ())
            if not provinces or place is None or place.kind != "district":
                continue
            if parts[i + 1] != place.parent:
                continue
            own = _named(provinces, e.quote)
            named = own if len(own) == 1 else _named(provinces, text)
            rest = parts[i + 2 :]
            parts = parts[: i + 1] + ([named[0]] if len(named) == 1 else []) + rest
            e.location = ", ".join(parts)
            e.key = identity_key(e)
            break
