"""Places an article gives beyond an event's sentence: the city of its dateline, the ground a
match report names on a labelled line, and the city a visit to a country goes to.

* A dateline (``ANKARA (AA) -``, ``İZMİR -``, ``İSTANBUL, 2 Haziran``; ``dateline`` in
  ``event_forms.tsv``) dates nothing, but says where the story was written, and so does the one
  city a headline names in the locative, first: an event that gathers people in one place (a
  ceremony, a meeting, a road closure; :data:`LOCAL_TYPES`; for the headline's city a summit
  or talks too) whose own sentences name no place is placed in that city, and a venue in no
  known city (``Atatürk Anıtı``) lies in it. The dateline yields to a place abroad next to the
  event (where something is, or where a visit goes: ``Berlin'e gidecek``) and to a headline's
  country (``Almanya'da grev``). Visits, votes, holidays, releases and matches are not placed
  so: their place is not the reporter's; nor is an event told as held online (``video
  konferans yöntemiyle``).
* A match report's labelled ground line (``Stat: Deniz Arena``; ``venue_label``) is the place
  of the match the report's headline gives.
* A data release or a decision whose sentence names no place is its publisher's: the country of
  a national body (``TÜİK`` → Türkiye; ``country`` in ``organisations.tsv``) or the country that
  opens the publisher's name (``ABD Çalışma İstatistikleri Bürosu``).
* A visit placed in a country (``Mısır'ı ziyaret edecek``) goes to the one city of that country
  the article sends someone to (``Kahire'ye geçecek``) in a sentence that dates nothing else.
* A happening told again in the next (or the previous) sentence by its kind and place alone
  (``Erdoğan … 12 Mart'ta Putin ile görüşecek. Görüşme Soçi'de yapılacak.``) is placed there,
  and so is a dated mention whose neighbouring sentence tells the same kind with the same
  status, no date and a place (``Kitap fuarı Kars'ta düzenlenecek. Kitap fuarı 12 Mart'ta
  açılacak.``), or a sentence opening with a word that tells the event again (``Etkinlik
  Kars'ta yapılacak.``).
* A part of a larger happening told by its owner in the genitive (``Fuarın açılış töreni``,
  ``Zirvesi'nin sona ermesi``, ``Festivalin kapanış konseri``) is where that happening is.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import timedelta
from typing import NamedTuple

from ..model import Event
from ..patterncache import compile_late
from ..text import fold
from .happening import identity_key, type_group, unplaced, venue_in
from .lexicon import Lexicon, Organisation, Place
from .mentions import PlaceMention, find_places
from .place_choice import choose_place
from .place_roles import online
from .sentence import Candidate, SentenceView
from .slots import timex_span
from .triggers import read_status

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
# Gatherings the one city of a headline places (``Bakü'de iklim zirvesi``).
HEADLINE_TYPES = LOCAL_TYPES | {"summit", "talks"}
_CITY_KINDS = ("capital", "city", "province", "district")
# Events whose destination (a place in the dative) takes the story away from its dateline.
_AWAY_TYPES = frozenset({"visit"})


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
    for m in compile_late(pattern).finditer(text[:DATELINE_REACH]) if pattern else ():
        place = lex.place(m["city"])
        if place is not None and place.kind in _CITY_KINDS and not place.ambiguous:
            out.append((m.start("city"), m.end(), place))
    return out


def dateline_city(text: str, lex: Lexicon) -> Place | None:
    """The known city of the article's first dateline, or None."""
    found = datelines(text, lex)
    return found[0][2] if found else None


def place_by_story(
    events: list[Event], views: list[SentenceView], headline: str, text: str, lex: Lexicon
) -> None:
    """Place the article's gathering events that name no place (or only a venue in no known
    city) in the story's city: the one city its headline puts something in (``Öğretmenler
    yarın Kars'ta iş bırakıyor``, ``Bakü'de iklim zirvesi``), else, for a local event, its
    dateline's, unless the event's sentence or the one next to it names a place abroad in the
    locative or as a visit's destination (``ANKARA (AA) - … Fidan, Londra'da temaslarda
    bulunacak``, ``… Londra'ya gidecek``: the reporter's city is not the event's), or the
    headline's one country in the locative is another (``Almanya'da grev``): then that
    country."""
    headed = nation = dated = None
    looked = False
    told: _Told | None = None
    for e in events:
        if e.type not in HEADLINE_TYPES or (e.location and not unplaced(e)) or e.country:
            continue
        if online(e.quote, lex):
            continue  # "video konferans yöntemiyle": held nowhere the story is written
        if not looked:
            headed = headline_city(views, headline, text, lex)
            nation = headline_city(views, headline, text, lex, ("country",))
            dated = dateline_city(text, lex)
            looked = True
        own = text.startswith(headline, e.quote_start) if headline.strip() else False
        if told is None:  # the headline's sentences: the same for every event
            told = _headline_told(views, headline, text)
        own = own or _headline_tells_another(e, told)
        city = None if own else headed  # the headline's own event: its places were weighed
        if city is None and e.type in LOCAL_TYPES:
            city = _local_place(e, views, dated, None if own else nation, text, lex)
        if city is None:
            continue
        e.location = venue_in(e.location, city.display) if e.location else city.display
        e.country = city.country
        e.timezone = e.timezone or city.zone
        e.key = identity_key(e)


class _Told(NamedTuple):
    """What the headline tells: the type groups of its triggers and its words (folded)."""

    groups: frozenset[str]
    words: frozenset[str]


def _headline_told(views: list[SentenceView], headline: str, text: str) -> _Told:
    """The type groups and words of the sentences of the headline (none when the text does
    not hold it), found once per article."""
    start = text.find(headline) if headline.strip() else -1
    if start < 0:
        return _Told(frozenset(), frozenset())
    end = start + len(headline)
    told = [v for v in views if start <= v.sent.start < end]
    return _Told(
        frozenset(type_group(tm.trigger.type) for v in told for tm in v.triggers),
        frozenset(fold(t.stem) for v in told for t in v.tokens),
    )


def _headline_tells_another(e: Event, told: _Told) -> bool:
    """Whether the headline tells a happening of the kind of ``e`` that is another one: ``e``
    has a participant the headline does not name (``Erdoğan Soçi'de Putin ile görüşecek`` over
    ``Erdoğan … Merz ile görüşecek``), so the headline's places are not its."""
    if not e.participants or type_group(e.type) not in told.groups:
        return False
    return any(fold(p.split()[-1]) not in told.words for p in e.participants)


def _local_place(
    e: Event,
    views: list[SentenceView],
    dated: Place | None,
    nation: Place | None,
    text: str,
    lex: Lexicon,
) -> Place | None:
    """The place of a local event its sentences leave unplaced: the dateline's city, unless the
    headline puts the story in another country or a place abroad stands next to the event;
    else the headline's country."""
    if dated is not None and (nation is None or nation.name == dated.country):
        if not _abroad_nearby(e, views, dated, text, lex):
            return dated
    return nation


def _abroad_nearby(
    e: Event, views: list[SentenceView], home: Place, text: str, lex: Lexicon
) -> bool:
    """Whether the sentence of ``e`` or one next to it names, in the locative or as where
    someone travels to (``Londra'ya gidecek``: :func:`_away`), a known place in another country than
    ``home`` (a venue in no known city may be in ``home``): the story then follows someone
    abroad, and the reporter's city is not where its gatherings are."""
    at = next((i for i, v in enumerate(views) if v.sent.start <= e.quote_start < v.sent.end), -1)
    if at < 0:
        return False
    return any(
        _away(pm.case, view) and pm.place.country and pm.place.country != home.country
        for view in views[max(at - 1, 0) : at + 2]
        for pm in _places(view, text, lex)
    )


def _away(case: str, view: SentenceView) -> bool:
    """Whether a place in ``case`` in ``view`` is where something happens (the locative) or
    where someone travels to (the dative in a sentence telling a visit); ``İtalya'ya ihracat``
    takes nothing abroad."""
    if case in ("locative", "locative_adj"):
        return True
    return case == "dative" and any(tm.trigger.type in _AWAY_TYPES for tm in view.triggers)


def place_by_continuation(events: list[Event], text: str) -> None:
    """Place an event whose sentences name no place where the sentence right before or after
    it tells the same happening again by its kind and place alone, on the same slot
    (``… Putin ile görüşecek. Görüşme Soçi'de yapılacak.``: :func:`_retold_by_place`). A
    mention with people of its own, or told further away, may be another happening."""
    placed = [o for o in events if o.location and o.country and not o.participants]
    if not placed:
        return
    order = {id(o): i for i, o in enumerate(placed)}
    by_start = sorted(placed, key=lambda o: o.quote_start)
    by_end = sorted(placed, key=lambda o: o.quote_end)
    starts, ends = [o.quote_start for o in by_start], [o.quote_end for o in by_end]
    for e in events:
        if e.location:
            continue
        gap_start, gap_end = e.quote_start, e.quote_end
        while gap_start > 0 and text[gap_start - 1].isspace():
            gap_start -= 1
        while gap_end < len(text) and text[gap_end].isspace():
            gap_end += 1
        # only mentions whose sentence touches this one across white space (a bisect, not a
        # scan of every placed event: linear in the article)
        near = by_start[bisect_left(starts, e.quote_end) : bisect_right(starts, gap_end)]
        near += by_end[bisect_left(ends, gap_start) : bisect_right(ends, e.quote_start)]
        near.sort(key=lambda o: order[id(o)])
        retold = next((o for o in near if o is not e and _retold_by_place(e, o, text)), None)
        if retold is not None:
            e.location, e.country = retold.location, retold.country
            e.timezone = e.timezone or retold.timezone
            e.key = identity_key(e)


PART_REACH = 14  # days after a happening's last day a part of it may fall on (its closing)


def place_parts(events: list[Event], lex: Lexicon) -> None:
    """Place an event whose title opens with its owner in the genitive (``Fuarın açılış
    töreni``) where the article's one placed happening of that name is (``Kitap Fuarı``, in
    Kars), when its day falls within that happening or :data:`PART_REACH` days after it."""
    placed = [o for o in events if o.location and o.country and o.granularity == "day"]
    if not placed:
        return
    genitive = lex.case_endings("genitive")
    nouns = tuple(n for n in lex.event_nouns if " " not in n)
    for e in events:
        owner = _genitive_owner(e, genitive, nouns)
        if e.location or owner is None or e.granularity != "day":
            continue
        first, _ = e.range()
        owners = {
            (o.location, o.country, o.timezone): o
            for o in placed
            if o is not e
            and owner in _stems(o.title)
            and o.range()[0] <= first <= o.range()[1] + timedelta(days=PART_REACH)
        }
        if len(owners) == 1:
            e.location, e.country, tz = next(iter(owners))
            e.timezone = e.timezone or tz
            e.key = identity_key(e)


def _genitive_owner(e: Event, genitive: tuple[str, ...], nouns: tuple[str, ...]) -> str | None:
    """The five-letter stem of an event noun in the genitive inside a title, before its last
    word (``Fuarın açılış töreni`` -> ``fuari``), else None: a person's genitive
    (``Erdoğan'ın ziyareti``) owns no happening."""
    words = fold(e.title).split()
    owner = next((i for i, w in enumerate(words) if w.endswith(genitive)), None)
    if owner is None or owner == len(words) - 1:
        return None
    stem = words[owner].split("'")[0]
    return stem[:5] if stem.startswith(nouns) else None


def _stems(title: str) -> set[str]:
    """The five-letter stems of a title's words (``Kitap Fuarı`` -> ``{'kitap', 'fuari'}``)."""
    return {w.split("'")[0][:5] for w in fold(title).split()}


RETOLD_CASES = ("locative", "locative_adj", "host")  # how an undated mention places its event


def place_by_undated_mention(candidates: list[Candidate]) -> None:
    """Give a dated mention that names no place the place of an undated mention of the same
    kind and status in the sentence right before or after it, a sentence that dates nothing
    (``Kitap fuarı Kars'ta düzenlenecek. Kitap fuarı 12 Mart'ta açılacak.``): one happening
    told twice. A past mention (``Geçen görüşme İstanbul'da yapılmıştı``), a dated one, or one
    with other people (``Erdoğan Putin ile Soçi'de görüşecek. Erdoğan … Merz ile
    görüşecek``) is another happening."""
    undated: dict[int, list[Candidate]] = {}
    for c in candidates:
        if not c.slots and c.place is not None and c.place.case in RETOLD_CASES:
            if c.status and not c.view.timexes:
                undated.setdefault(c.view.sent.index, []).append(c)
    if not undated:
        return
    for c in candidates:
        if not c.slots or c.place is not None:
            continue
        at = c.view.sent.index
        near = undated.get(at - 1, []) + undated.get(at + 1, [])
        told = next((o for o in near if _one_told_twice(c, o)), None)
        if told is not None:
            c.place = told.place


def place_by_event_word(
    candidates: list[Candidate], views: list[SentenceView], text: str, lex: Lexicon
) -> None:
    """Give a dated mention that names no place the one place, in the locative, of the sentence
    right after or before it when that sentence dates nothing, tells no event of its own and
    opens with a word that tells the event again (``… Caz Festivali 12 Mart'ta başlayacak.
    Etkinlik Kars'ta yapılacak.``; ``event_reference`` in ``event_words.tsv``)."""
    words = tuple(lex.phrases("event_reference"))
    if not words:
        return
    for c in candidates:
        if not c.slots or c.place is not None:
            continue
        at = c.view.sent.index
        for view in views[at + 1 : at + 2] + views[max(at - 1, 0) : at]:
            place = _referred_place(view, words, text, lex)
            if place is not None:
                c.place = place
                break


def _referred_place(
    view: SentenceView, words: tuple[str, ...], text: str, lex: Lexicon
) -> PlaceMention | None:
    """The place in the locative of a sentence that opens with an event reference word in the
    nominative and dates and triggers nothing, when it names one town at most, else None."""
    if view.timexes or view.triggers or not view.tokens:
        return None
    first = view.tokens[0]
    if first.suffix or first.folded.rstrip(",") not in words:
        return None
    if any(t.folded in lex.phrases("and") for t in view.tokens):
        return None  # "Kars ve Van'da": two towns, neither the event's alone
    named = [pm for pm in _places(view, text, lex) if pm.case != "guess"]
    if len({pm.place.name for pm in named if pm.place.kind != "venue"}) > 1:
        return None
    if any(pm.start <= first.start for pm in named):
        return None  # a venue's name that took the reference word in is no known name
    return choose_place(
        [pm for pm in named if pm.case in ("locative", "locative_adj")], first.start, "default"
    )


def _one_told_twice(dated: Candidate, undated: Candidate) -> bool:
    """Whether two mentions may be one happening: the same kind and status, and no person in
    one that the other lacks when both name people."""
    if dated.group != undated.group or dated.status != undated.status:
        return False
    ours = {p.surname for p in dated.participants}
    theirs = {p.surname for p in undated.participants}
    return not (ours and theirs and ours != theirs)


def _retold_by_place(e: Event, o: Event, text: str) -> bool:
    """Whether ``o`` retells ``e`` in a neighbouring sentence by its kind and place alone: the
    same kind and slot, nothing but white space between their sentences, and no word in its
    title beyond its place and one noun (``Soçi görüşmesi``, ``Doha toplantısı``)."""
    if type_group(o.type) != type_group(e.type) or o.status != e.status:
        return False
    if (o.date, o.end, o.granularity, o.time) != (e.date, e.end, e.granularity, e.time):
        return False
    first, second = (e, o) if e.quote_start < o.quote_start else (o, e)
    if first.quote_end > second.quote_start or text[first.quote_end : second.quote_start].strip():
        return False
    place_words = {w for part in (o.location or "").split(", ") for w in fold(part).split()}
    return len([w for w in fold(o.title).split() if w not in place_words]) <= 1


def headline_city(
    views: list[SentenceView],
    headline: str,
    text: str,
    lex: Lexicon,
    kinds: tuple[str, ...] = _CITY_KINDS,
) -> Place | None:
    """The city (or the place of another of ``kinds``: ``Almanya'da grev``) the headline names
    in the locative (``Ankara'da``, ``Ankara'daki``) when it names no other place than that
    city's country (``Ankara ve İzmir'de``: two cities, none the story's)."""
    start = text.find(headline) if headline.strip() else -1
    if start < 0:
        return None
    end = start + len(headline)
    named = [
        pm
        for view in views
        if start <= view.sent.start < end
        for pm in _places(view, text, lex)
        if pm.case != "guess"
    ]
    cities = {
        pm.place.name: pm.place
        for pm in named
        if pm.case in ("locative", "locative_adj") and pm.place.kind in kinds
    }
    if len(cities) != 1:
        return None
    (city,) = cities.values()
    others = {pm.place.name for pm in named} - {city.name, city.country}
    return None if others else city  # "Türkiye'nin en büyük fuarı Kars'ta": Kars


def labelled_ground(text: str, lex: Lexicon) -> str | None:
    r"""The ground a match report names on a labelled line (``Stat: Deniz Arena``), or None.

    >>> from .lexicon import lexicon
    >>> labelled_ground("Maç bitti.\nStat: Deniz Arena\nHakem: Ali Veli", lexicon("tr"))
    'Deniz Arena'
    """
    pattern = lex.forms.get("venue_label")
    m = compile_late(pattern).search(text) if pattern else None
    return m["venue"].strip() if m else None


def place_visits_in_cities(
    events: list[Event], views: list[SentenceView], text: str, lex: Lexicon
) -> None:
    """Place each visit to a country in the city of that country the article names as a
    destination (dative) in sentences dating nothing but the visit's day, when it names one;
    or names as where something happens (locative: ``Bakan ziyaret kapsamında Bakü'de
    görüşecek``) in such a sentence that tells a happening with the visit's status and no event
    of another day (``Moskova'da bir araya geldi``, told on the day of publication, and ``daha
    önce Tiflis'te incelemelerde bulunmuştu`` are others). One pass over the sentences,
    whatever the number of visits."""
    visits = [e for e in events if e.type == "visit" and e.location and e.location == e.country]
    if not visits:
        return
    countries = {e.country for e in visits}
    days = {e.date for e in visits}
    statuses, folded = {e.status for e in visits}, fold(text)
    told = sorted(events, key=lambda e: e.quote_start)
    starts = [e.quote_start for e in told]
    undated: dict[str | None, dict[str, Place]] = {}  # country -> destinations
    by_day: dict[str, dict[str | None, dict[str, Place]]] = {}  # day -> country -> destinations
    for view in views:
        day = _only_day(view)
        if day is _DATES_OTHER or (day is not None and day not in days):
            continue
        if not any(t.suffix and lex.case_of(t.suffix) in VISIT_CASES for t in view.tokens):
            continue  # no word in the dative or locative: no destination (spares look-ups)
        cases = VISIT_CASES
        if any(e.date not in days for e in _told_in(view, told, starts)) or not any(
            read_status(folded, tm, view.tokens, view.sent, lex) in statuses for tm in view.triggers
        ):
            cases = ("dative",)  # a place where another day's happening is, or none told
        cities = undated if day is None else by_day.setdefault(day, {})
        for pm in _places(view, text, lex):
            if pm.case in cases and pm.place.kind in _CITY_KINDS and pm.place.country in countries:
                cities.setdefault(pm.place.country, {})[pm.place.name] = pm.place
    for e in visits:
        found = {**undated.get(e.country, {}), **by_day.get(e.date, {}).get(e.country, {})}
        if len(found) == 1:
            (city,) = found.values()
            e.location, e.timezone = city.display, city.zone or e.timezone
            e.key = identity_key(e)


VISIT_CASES = ("dative", "locative", "locative_adj")  # how a visit's city is named


def _told_in(view: SentenceView, told: list[Event], starts: list[int]) -> list[Event]:
    """The events whose quotes open inside the sentence (``told`` sorted by ``starts``)."""
    return told[bisect_left(starts, view.sent.start) : bisect_left(starts, view.sent.end)]


def _places(view: SentenceView, text: str, lex: Lexicon) -> list:
    """The places of a sentence: those the extractor found, else found now (it looks for places
    only in sentences with events)."""
    return view.places or find_places(text, view.tokens, lex, [])


_DATES_OTHER = "other"  # a sentence dating something other than one day


def _only_day(view: SentenceView) -> str | None:
    """The one day (ISO) every date of a sentence names, None when it dates nothing, else
    :data:`_DATES_OTHER`."""
    day = None
    for t in view.timexes:
        span = timex_span(t)
        if span is None or span.granularity != "day" or span.last != span.first:
            return _DATES_OTHER
        if day is not None and span.first.isoformat() != day:
            return _DATES_OTHER
        day = span.first.isoformat()
    return day


def continent(place: Place) -> bool:
    """Whether ``place`` is a region of no one country (``Avrupa``, ``Orta Doğu``): where an
    organisation's market or audience lies, never the seat its own decisions are taken at."""
    return place.kind == "region" and not place.country


def titled_body(title: str, view: SentenceView, lex: Lexicon) -> Organisation | None:
    """The organisation ``title`` names, its sentence naming it too (``Avrupa Merkez
    Bankası'nın faiz kararı``) or the title by its acronym (``ECB faiz kararı``): the event is
    that body's own."""
    words = set(fold(title).replace("'", " ").split())
    for om in view.orgs:
        if any(set(fold(n).split()) <= words for n in (om.org.short, om.org.name)):
            return om.org
    return next(filter(None, (lex.organisation(w.split("'")[0]) for w in title.split())), None)


def seat_place(
    place: PlaceMention, title: str, view: SentenceView, lex: Lexicon
) -> PlaceMention | None:
    """An organisation's event placed only at a continent (``Avrupa'da … ECB'nin kararı``):
    at the country of a national body (``BoE``: İngiltere), else nowhere; any other place
    as it is."""
    body = titled_body(title, view, lex) if continent(place.place) else None
    if body is None:
        return place
    seat = lex.place(body.country) if body.country else None
    return PlaceMention(seat, place.start, place.end, "publisher") if seat else None


PUBLISHED_TYPES = ("release", "decision")  # events a publisher's country places
OWNED_TYPES = ("meeting",)  # events a national body's country places when it holds them
OWNER_REACH = 2  # words between a body and its meeting (``Fed'in yarınki toplantısı``)


def publisher_place(
    view: SentenceView, text: str, lex: Lexicon, at: int = -1, kind: str = "release"
) -> PlaceMention | None:
    """The country of the body that publishes a release or decision told in ``view``: a
    national body's (``TÜİK``), else a country opening an institution's name (``ABD Çalışma
    İstatistikleri Bürosu``). A meeting (:data:`OWNED_TYPES`, its trigger at ``at``) is placed
    only by a national body that holds it, named right before it (``Fed'in toplantısı``), not
    by one that only takes part."""
    if kind in OWNED_TYPES:
        return _owner_place(view, text, lex, at)
    for om in view.orgs:
        country = lex.place(om.org.country) if om.org.country else None
        if country is not None:
            return PlaceMention(country, om.start, om.end, "publisher")
    for pm in view.places:
        if (
            pm.case == "modifier"
            and pm.place.kind == "country"
            and text[pm.end : pm.end + 2][1:].isupper()
        ):
            return pm
    return None


def _owner_place(view: SentenceView, text: str, lex: Lexicon, at: int) -> PlaceMention | None:
    """The country of a national body that holds the meeting at ``at``: in the genitive at
    most :data:`OWNER_REACH` words before it, with nothing but words between (``Fed'in yarınki
    toplantısında``), or right before it (``TCMB toplantısı``); not one a title follows (``Fed
    Başkanı ile görüşecek``)."""
    genitive = lex.case_endings("genitive")
    for om in view.orgs:
        gap = text[om.end : at] if om.end <= at else ""
        if not om.org.country or re.search(r"[^\w\s']", gap):
            continue
        if gap.strip() and om.suffix not in genitive:
            continue
        if any(fold(w).endswith(lex.case_endings("comitative")) for w in gap.split()):
            continue  # "Fed'in yöneticileriyle görüşecek": a meeting with its people
        country = lex.place(om.org.country)
        if country is not None and om.end <= at and len(gap.split()) <= OWNER_REACH:
            return PlaceMention(country, om.start, om.end, "publisher")
    return None


GUESS_REACH = 40  # characters from a trigger to a guessed place told after it, at most


def clause_places(
    assigned: list[PlaceMention] | None,
    every: list[PlaceMention],
    at: int,
    end: int,
    text: str,
    lex: Lexicon,
) -> list[PlaceMention]:
    """The places an event's clause may have: those given to its trigger (``assigned``), else
    the sentence's (``every``). A name only guessed to be a place (``Harbiye'de``) must be
    given to the trigger and, when told after it, lie close to it in the same clause
    (``Konser Harbiye'de yapılacak``, not ``fırlatılacak: … Kaliforniya'da fabrikalar``). A
    place told before the trigger inside a relative clause about another noun (``Kars'ta
    yaşanan depremden sonra … toplantı``) is that noun's, and so is one in the locative adjective
    far before it (``Ukrayna'daki savaşı görüşmek için …``)."""
    places = assigned or [pm for pm in every if pm.case != "guess"]
    return [
        pm
        for pm in places
        if (pm.case != "guess" or _close_after(pm, at, end, text))
        and not _of_another_noun(pm, at, text, lex)
        and not _adjective_of_another(pm, at, text)
    ]


ADJECTIVE_REACH = 3  # words between a place in the locative adjective and the noun it is of


def _adjective_of_another(pm: PlaceMention, at: int, text: str) -> bool:
    """Whether a place in the locative adjective told before the trigger at ``at`` is of
    another noun: more than :data:`ADJECTIVE_REACH` words lie between (``Ukrayna'daki savaşı
    görüşmek için liderler … bir araya gelecek``; not ``Bakü'deki zirve``)."""
    return (
        pm.case == "locative_adj"
        and pm.end <= at
        and len(text[pm.end : at].split()) > ADJECTIVE_REACH
    )


def _of_another_noun(pm: PlaceMention, at: int, text: str, lex: Lexicon) -> bool:
    """Whether a participle after the place opens a relative clause whose head, a common noun
    in the ablative, comes before the trigger at ``at``."""
    if pm.end > at:
        return False
    participles = tuple(lex.phrases("participle_end"))
    ablative = lex.case_endings("ablative")
    opened = False
    for raw in re.findall(r"\w+", text[pm.end : at]):
        word = fold(raw)
        if opened and raw[:1].islower() and word.endswith(ablative) and len(word) > 5:
            return True
        opened = opened or (len(word) > 4 and word.endswith(participles))
    return False


def _close_after(pm: PlaceMention, at: int, end: int, text: str) -> bool:
    if pm.start < at:
        return True
    gap = text[end : pm.start]
    return len(gap) <= GUESS_REACH and not any(c in gap for c in ",:;")
