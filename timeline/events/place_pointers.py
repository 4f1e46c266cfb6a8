"""Places a sentence points back to: ``burada``, ``orada``, ``aynı yerde`` (``place_pointer``
in ``event_words.tsv``), or ``kentte``, ``şehirde`` for a city (``city_pointer``), in the
sentence of an event that names no place of its own and gathers people somewhere
(:data:`POINTED_TYPES`: a meeting, a ceremony, a visit; not an election or a release).

The place pointed to is the one place the nearest sentence before it in the same paragraph
names where something is (the locative) or where someone goes (the dative): ``Bakan gelecek
hafta Roma'ya gidecek. Bakan burada 12 Mart'ta … görüşecek.`` is in Rome. A sentence before
that names two such places (``önce Roma'ya, ardından Paris'e``) leaves the pointer unresolved,
and so does a place someone leaves (the ablative: ``Bakü'den döndü``). A pointer in a
reported statement (``Burada yaptığı açıklamada … toplantının 12 Mart'ta yapılacağını
söyledi``) says where the words were said, not where the event is, and is not followed; nor
is a pointer inside a quotation (``“Burada çok mutluyum” diyen Bakan``: the speaker's here).
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Event
from ..text import fold
from .article_places import HEADLINE_TYPES
from .happening import identity_key
from .lexicon import Lexicon, Place
from .mentions import find_places
from .place_roles import online
from .sentence import SentenceView

# Happenings that gather people somewhere: an election, a holiday or a release is the country's,
# whatever "burada" says ("Burada önemli olan, seçimlerin … yapılacak olması").
POINTED_TYPES = HEADLINE_TYPES | {"match", "visit"}
LOOK_BACK = 2  # sentences before the event's a pointer may reach, at most
PARTICIPLE_MIN = 4  # letters a participle after a pointer has more than ("yaptığı")
_POINTED_CASES = ("locative", "locative_adj", "dative")
_CITY_KINDS = ("capital", "city", "province", "district")


@cache
def _pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def place_by_pointer(
    events: list[Event], views: list[SentenceView], text: str, lex: Lexicon
) -> None:
    """Place each event that names no place and whose sentence points back to a place
    (``burada``, ``kentte``) in the one place the sentence before names in the locative or
    the dative (see the module's docstring); a title that opens with the pointer loses it."""
    any_place = _pattern(lex.phrases("place_pointer"))
    city_only = _pattern(lex.phrases("city_pointer"))
    reported = tuple(lex.phrases("reporting")) + tuple(lex.phrases("reporting_after"))
    for e in events:
        if e.location or e.country or e.type not in POINTED_TYPES:
            continue
        folded = fold(e.quote)
        pointer = city_only.search(folded) if city_only is not None else None
        kinds: tuple[str, ...] | None = _CITY_KINDS
        if pointer is None and any_place is not None:
            pointer, kinds = any_place.search(folded), None
        if pointer is None or _opens_clause(e.quote, pointer.end(), lex):
            continue
        if _quoted(e.quote, pointer.start()):
            continue  # "“Burada olmaktan mutluyuz” diyen Bakan": the speaker's "here"
        if online(e.quote, lex) or any(r in folded for r in reported):
            continue
        place = _pointed(e, views, text, lex, kinds)
        if place is not None:
            e.location = place.display
            e.country = place.country
            e.timezone = e.timezone or place.zone
            e.title = _without_pointer(e.title, pointer[0])
            e.key = identity_key(e)


def _without_pointer(title: str, pointer: str) -> str:
    """The title without the pointer it opens with (``Kentteki yeni kütüphanenin açılışı`` →
    ``Yeni kütüphanenin açılışı``): the word names no place once the event has one."""
    if not fold(title).startswith(pointer + " ") or len(title) <= len(pointer) + 1:
        return title
    rest = title[len(pointer) + 1 :]
    return rest[:1].upper() + rest[1:]


def _quoted(quote: str, at: int) -> bool:
    """Whether ``at`` lies inside quotation marks in ``quote``."""
    before = quote[:at]
    straight = before.count('"') % 2 == 1
    return straight or before.count("“") > before.count("”")


def _opens_clause(quote: str, end: int, lex: Lexicon) -> bool:
    """Whether the word after a pointer ending at ``end`` is a participle, so that the pointer
    is of a relative clause (``burada yaptığı açıklamada``), not of the event."""
    m = re.match(r"\s+(\w+)", quote[end:])
    if m is None or not m[1][:1].islower() or len(m[1]) <= PARTICIPLE_MIN:
        return False
    return fold(m[1]).endswith(tuple(lex.phrases("participle_end")))


def _pointed(
    e: Event,
    views: list[SentenceView],
    text: str,
    lex: Lexicon,
    kinds: tuple[str, ...] | None,
) -> Place | None:
    """The one place of ``kinds`` (any when None) the nearest sentence before the event's, in
    its paragraph, names in :data:`_POINTED_CASES`; None when it names none or several."""
    at = next((i for i, v in enumerate(views) if v.sent.start <= e.quote_start < v.sent.end), -1)
    if at <= 0:
        return None
    start = views[at].sent.start
    for view in reversed(views[max(at - LOOK_BACK, 0) : at]):
        if "\n" in text[view.sent.end : start]:
            return None  # another paragraph (or the headline): not pointed to
        start = view.sent.start
        named = view.places or find_places(text, view.tokens, lex, [])
        named = [pm for pm in named if pm.case != "guess"]
        if not named:
            continue
        found = {
            pm.place.display: pm.place
            for pm in named
            if pm.case in _POINTED_CASES and (kinds is None or pm.place.kind in kinds)
        }
        return next(iter(found.values())) if len(found) == 1 else None
    return None
