"""Repeated mentions of one happening in one document folded into one event.

An article tells its main happening several times (the headline, the lede, a quotation, a
closing paragraph); :func:`dedupe` keeps the first mention and folds the others into it
(:func:`_absorb`): the better-dated statement, the fuller place, every participant, a
cancellation or postponement told later. A postponed slot and its new slot stay apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable

from ..model import Event
from ..text import search_key
from .confidence import stronger
from .happening import place_relation, refines, unplaced, venue_in
from .lexicon import Lexicon
from .merge import identity_key, same_happening, type_group
from .passes import _range_meets


def day_mark(lex: Lexicon) -> str:
    """How the title of one day of a multi-day event ends: ``. gün)``."""
    return f". {lex.word('day_title')})"


# (kind, narrower kind) of one happening: a vote the article also calls a referendum is a
# referendum ("sandık başına gidecek" and "referandumda oylanacak" on one day).
NARROWER = frozenset({("election", "referendum")})

# (kind, kind it belongs to): a ceremony told on the same day at the same clock time as an
# opening is that opening's ceremony (a venue line "the opening ceremony at the stadium starts
# at 02.00" beside "the Games open with a ceremony at 02.00"). Both stay in the calendar (the
# ceremony and the start it makes), but the ceremony is a second feed entry of one moment: it
# gets the reason ``CEREMONY_REASON``, which keeps it out of the feed.
CEREMONY_OF = frozenset({("ceremony", "opening")})
CEREMONY_REASON = "ceremony-of-opening"

# A mention dated by a word counting back from the writing day (``recalled_day``: "dün
# açıklanan veriler") that another mention of the same title and status dates explicitly on
# another day within a week ("11 Eylül'de açıklanan veriler") counts from a reused text's day:
# the explicit date wins, the relative one gets this reason (out of the feed).
RELATIVE_REASON = "contradicted-relative-day"
RELATIVE_REACH = 7  # days between the two statements of one happening


def dedupe(events: list[Event], lex: Lexicon) -> list[Event]:
    """Merge repeated mentions of one happening in one document (slots that meet)."""
    out: list[Event] = []
    by_group: dict[tuple[str, int], list[Event]] = {}
    for e in events:
        first, last = e.range()
        keys = [
            (type_group(e.type), y) for y in range(first.year, min(last.year, first.year + 2) + 1)
        ]
        seen = [o for k in keys for o in by_group.get(k, ())]
        twin = next((o for o in seen if _one_happening(o, e, lex)), None)
        if twin is None:
            out.append(e)
            for k in keys:
                by_group.setdefault(k, []).append(e)
            continue
        _absorb(twin, e)
    _mark_ceremonies(out)
    _distrust_relative_days(out, lex)
    return out


def _distrust_relative_days(events: list[Event], lex: Lexicon) -> None:
    """Give ``RELATIVE_REASON`` to each mention dated by a recalled day that an explicit
    mention of the same happening contradicts (see ``RELATIVE_REASON``)."""
    words = lex.phrases("recalled_day")
    relative = [e for e in events if e.granularity == "day" and _says_any(e.quote, words)]
    if not relative:
        return
    told = _index(events, lambda o: (o.type, o.status, search_key(o.title)))
    for e in relative:
        day = e.range()[0]
        if RELATIVE_REASON not in e.confidence_reasons and any(
            o.granularity == "day"
            and not _says_any(o.quote, words)
            and 0 < abs((o.range()[0] - day).days) <= RELATIVE_REACH
            for o in told[(e.type, e.status, search_key(e.title))]
        ):
            e.confidence_reasons = [*e.confidence_reasons, RELATIVE_REASON]


def _index(events: list[Event], key: Callable[[Event], Hashable]) -> dict[Hashable, list[Event]]:
    """The events grouped by ``key``: each mention is compared only with those that share it
    (linear in the document, not every mention with every other)."""
    out: dict[Hashable, list[Event]] = defaultdict(list)
    for e in events:
        out[key(e)].append(e)
    return out


def _says_any(quote: str, words: frozenset[str]) -> bool:
    """Whether a quote holds one of ``words`` as whole words."""
    folded = f" {search_key(quote)} "
    return any(f" {search_key(w)} " in folded for w in words)


def _mark_ceremonies(events: list[Event]) -> None:
    """Give each ceremony that belongs to an opening of the document ``CEREMONY_REASON``."""
    by_slot = _index(events, _slot)
    for e in events:
        if CEREMONY_REASON not in e.confidence_reasons and any(
            _ceremony_of(e, o) for o in by_slot[_slot(e)]
        ):
            e.confidence_reasons = [*e.confidence_reasons, CEREMONY_REASON]


def _slot(e: Event) -> tuple:
    """An event's day(s), precision and clock time: what a ceremony shares with its opening."""
    return (e.date, e.end, e.granularity, e.time)


def _ceremony_of(ceremony: Event, opening: Event) -> bool:
    """Whether one mention is the ceremony of the other's opening: kinds paired in
    ``CEREMONY_OF``, the same day told with the same clock time, and places that agree."""
    if (ceremony.type, opening.type) not in CEREMONY_OF or not ceremony.time:
        return False
    return (
        ceremony.granularity == "day"
        and _slot(ceremony) == _slot(opening)
        and place_relation(ceremony, opening) != "conflict"
    )


def _one_happening(a: Event, b: Event, lex: Lexicon) -> bool:
    """Whether two mentions of one article are the same happening: the same slot, or
    overlapping days (or a month holding the day) of the same kind with a shared place,
    participant or title. A postponed slot and its new slot stay apart; an untitled mention
    joins the event of its kind on its days."""
    if (a.status == "postponed") != (b.status == "postponed"):
        return False
    if not a.title or not b.title:
        return (
            type_group(a.type) == type_group(b.type)
            and a.granularity == b.granularity
            and _range_meets(a, b)
        )
    mark = day_mark(lex)
    if a.title.endswith(mark) or b.title.endswith(mark):
        return (a.date, a.end) == (b.date, b.end) and same_happening(a, b)
    if (a.date, a.end, a.granularity) == (b.date, b.end, b.granularity):
        return same_happening(a, b) or search_key(a.title) == search_key(b.title)
    if a.replaces is not None or b.replaces is not None:
        return False
    if type_group(a.type) != type_group(b.type) or not _range_meets(a, b):
        return False
    if a.granularity == b.granularity == "day" or "day" in (a.granularity, b.granularity):
        return same_happening(a, b) or search_key(a.title) == search_key(b.title)
    return False


def _absorb_place(twin: Event, e: Event) -> None:
    """Fill the place of ``twin`` from a repeated mention: a venue in no known city
    (``Tandoğan Meydanı``) and a city (``Ankara``) told of one happening make the venue in
    that city, whichever comes first; a place is never given the country of another."""
    if unplaced(e) and _city_of(twin):
        twin.location = venue_in(e.location or "", twin.location or "")
        return
    if twin.location and e.location and refines(e.location, twin.location):
        twin.location = e.location  # the same place told more precisely: a venue in it
        return
    if unplaced(twin):
        if _city_of(e):
            twin.location, twin.country = venue_in(twin.location or "", e.location or ""), e.country
        return
    twin.location = twin.location or e.location
    twin.country = twin.country or e.country


def _city_of(e: Event) -> bool:
    """Whether an event's place is a known place smaller than a country."""
    return bool(e.location and e.country) and e.location != e.country


def _absorb(twin: Event, e: Event) -> None:
    """Fold a repeated mention into the first one."""
    titled = bool(twin.title)
    if e.title and (not twin.title or (twin.type, e.type) in NARROWER):
        twin.title, twin.type = e.title, e.type
    twin.confidence_reasons = stronger(
        twin.confidence_reasons, e.confidence_reasons, keep_title=titled
    )
    for p in e.participants:
        if p not in twin.participants:
            twin.participants.append(p)
    if e.status in ("cancelled", "postponed") and twin.status not in ("cancelled", "postponed"):
        twin.status = e.status
    rt, re_ = twin.range(), e.range()
    if twin.granularity != "day" and e.granularity == "day":
        # "haftaya" and "1 Eylül'de": the day is the better statement.
        twin.date, twin.end, twin.granularity = e.date, e.end, e.granularity
        twin.status = e.status if twin.status not in ("cancelled", "postponed") else twin.status
    elif (
        twin.granularity == e.granularity == "day"
        and re_[0] <= rt[0]
        and rt[1] <= re_[1]
        and re_ != rt
    ):
        twin.date, twin.end = e.date, e.end  # the wider statement of the same days
    if e.replaces and not twin.replaces:
        twin.replaces = e.replaces
    _absorb_place(twin, e)
    twin.timezone = twin.timezone or e.timezone
    if not twin.time:
        twin.time, twin.end_time = e.time, e.end_time
    twin.end_time = twin.end_time or (e.end_time if twin.time == e.time else None)
    twin.calendar = twin.calendar or e.calendar
    twin.key = identity_key(twin)
