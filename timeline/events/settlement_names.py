"""A village or quarter that bears a district's name (``Yeşilyurt köyünde``).

Many villages and quarters of Türkiye share the name of a district, often of another
province. A district's name followed by the noun of such a smaller unit (``settlement_word`` in
``event_words.tsv``: ``köyünde``, ``mahallesinde``) names that village or quarter, not the
district: the name is read as a settlement the gazetteer does not know, in the city named
before it (:func:`timeline.events.mentions._settlements`), never as the district.
"""

from __future__ import annotations

from ..text import fold
from .lexicon import Lexicon, Place
from .tokens import Token


def names_settlement(place: Place | None, after: Token | None, lex: Lexicon) -> bool:
    """Whether ``place``, a district, is the name of a smaller unit the word ``after`` it
    makes it (``Yeşilyurt köyünde``, ``… Mahallesi'nde``)."""
    if place is None or place.kind != "district" or after is None:
        return False
    return fold(after.stem) + after.suffix in lex.phrases("settlement_word")


def known_place(name: Token, unit: Token, lex: Lexicon) -> bool:
    """Whether the gazetteer knows ``name`` as the place itself, not as a district whose name
    a village or quarter bears (``unit``: ``köyünde``)."""
    place = lex.place(name.stem)
    return place is not None and not names_settlement(place, unit, lex)
