"""The venue a programme's item names after it (issue 13): ``10.00 Açılış töreni (Kongre
Merkezi)``, ``18.00 Halk konseri – Liman Meydanı``. The item is titled by its own words and
held at that venue, even when the venue's name holds an event word (``Kongre``) or names no
known city, which :func:`.mentions.find_venues` needs to read a venue in running text.

A venue here is one to five capitalised words (``ve`` may join two of them: ``Fuar ve Kongre
Merkezi``) ending in a venue's head noun (``venues.tsv``, kind ``venue``), set off at the
item's end by parentheses or a dash.
"""

from __future__ import annotations

import re

from ..text import fold
from .lexicon import Lexicon, Place

_TAIL = re.compile(r"\s*(?:\((?P<aside>[^()]+)\)|\s[–—-]\s+(?P<dashed>[^()–—]+?))\s*[.;]?\s*$")
MAX_VENUE_WORDS = 5


def trailing_venue(item: str, lex: Lexicon) -> tuple[str, Place] | None:
    """``(item without its venue, the venue)`` when a programme item ends with a venue set
    off by parentheses or a dash, else None.

    >>> from .lexicon import lexicon
    >>> lex = lexicon("tr")
    >>> found = trailing_venue("Ödül töreni (Kongre Merkezi)", lex)
    >>> found[0], found[1].name
    ('Ödül töreni', 'Kongre Merkezi')
    >>> trailing_venue("Panel (canlı yayın)", lex) is None
    True
    """
    m = _TAIL.search(item)
    if m is None:
        return None
    rest = item[: m.start()].rstrip(" ,:;")
    name = (m["aside"] or m["dashed"] or "").strip()
    if not rest or not _venue_name(name, lex):
        return None
    return rest, Place(name, "venue", None, None, None, None, None, None)


def _venue_name(name: str, lex: Lexicon) -> bool:
    """Whether words are a venue's name: capitalised (or ``ve``), at most five, the last a
    venue's head noun."""
    words = name.split()
    if not 2 <= len(words) <= MAX_VENUE_WORDS or lex.venues.get(fold(words[-1])) != "venue":
        return False
    links = lex.phrases("link")
    return all(
        w[:1].isupper() or w.isdigit() or (fold(w) in links and 0 < i < len(words) - 1)
        for i, w in enumerate(words)
    )
