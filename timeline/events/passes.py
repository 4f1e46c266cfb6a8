"""Document-level passes for :mod:`.extract`: frames, programmes, purposes, the main
happening of the article and the names events take from one another; then, over the events
built, changes told without a date, titles lent to untitled mentions and postponements linked
to their new slots.

Split out of :mod:`timeline.events.extract`, which re-exports its public names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta

from ..model import Event
from ..patterncache import compile_late
from ..temporal.dates import SEASON_MONTHS
from ..text import fold, search_key
from .confidence import SPANNING, retitled
from .lexicon import Lexicon, Place
from .mentions import PlaceMention
from .merge import identity_key, type_group
from .sentence import (
    HISTORICAL_DAYS,
    LEDE_SENTENCES,
    MAX_TOPIC_TRIES,
    PENDING,
    SELF_DATED,
    Candidate,
    SentenceView,
    _is_bound,
    _own_range,
)
from .slots import Slot, combine, slot_from_days, timex_span
from .triggers import (
    TriggerMatch,
    occurs_right_after,
)

# a yearly month or season: XXXX-05, XXXX-SU
_YEARLY = re.compile(r"XXXX-(?:(\d\d)|(" + "|".join(SEASON_MONTHS) + "))")

# ---------------------------------------------------------------------------------------------
# Document-level passes


def _inherit_context(candidates: list[Candidate]) -> None:
    """Events told within the frame of another (``ziyaret kapsamında``) take its day."""
    for cand in candidates:
        ref = cand.context
        if ref is None:
            continue
        frame = None
        if ref.timexes:
            frame = combine(ref.timexes, "", frozenset())
        else:
            frame = _frame_slot(cand, candidates)
        if frame is None:
            continue
        if not cand.slots:
            status = cand.status or "planned"
            cand.slots = [(frame, status, None)]
            cand.inherited_range = frame.end is not None
            continue
        slot, status, replaces = cand.slots[0]
        own = _own_range(cand.tm)
        if slot.granularity != "day" and own and frame.granularity == "day":
            # "gelecek hafta" within a summit on 31 Aug-1 Sep: the day where both meet.
            first, last = max(own[0], frame.first), min(own[1], frame.last)
            if first == last:
                cand.slots[0] = (slot_from_days(first, last, "day", slot.time), status, replaces)


def _programme_days(
    candidates: list[Candidate],
    views: list[SentenceView],
    text: str,
    published: date,
    lex: Lexicon,
) -> None:
    """A programme told in prose (``Ayşe Kaya yarın Ankara'da olacak. Erdoğan ile bir araya
    gelecek. Cuma sabahı İzmir'de ... Fuarı ziyaret edecek.``): an undated planned event takes
    the day of the sentence before it in the same paragraph, or the day that sentence took."""
    by_view: dict[int, list[Candidate]] = {}
    for cand in candidates:
        by_view.setdefault(id(cand.view), []).append(cand)
    # Nothing to date after the last sentence with a candidate: stop there.
    last = max((i for i, view in enumerate(views) if id(view) in by_view), default=-1)
    day: date | None = None
    for i, view in enumerate(views[: last + 1]):
        if i and "\n" in text[views[i - 1].sent.end : view.sent.start]:
            day = None  # a new paragraph
        own = _sentence_day(view, published, lex)
        if own is not None:
            day = own if own >= published else None
            continue
        if view.timexes:
            day = None
            continue
        for cand in by_view.get(id(view), []):
            if day is None or cand.slots or cand.status != "planned" or cand.context:
                continue
            if cand.tm.trigger.type in SELF_DATED or not cand.tm.trigger.calendar:
                continue
            if not _told_by_verb(cand.tm):
                continue  # "festivalin", "Sergisi": a mention, not an item of the programme
            cand.slots = [(slot_from_days(day, day, "day"), "planned", None)]


def _told_by_verb(tm: TriggerMatch) -> bool:
    """A verb trigger (``bir araya gelecek``) or a bare noun before its verb (``ziyaret
    edecek``), not an inflected mention of an event (``festivalin``, ``ziyaretinin``)."""
    if tm.trigger.form == "verb":
        return True
    return not tm.name and fold(tm.token.raw) == fold(tm.trigger.stem).split()[-1]


def _sentence_day(view: SentenceView, published: date, lex: Lexicon) -> date | None:
    """The one day a sentence states (a day, its time or part of day), else None."""
    days = {
        sp.first
        for t in view.timexes
        if (sp := timex_span(t)) is not None
        and sp.granularity in ("day", "time", "partofday")
        and sp.first == sp.last
        and not _is_bound(t, view.tokens, lex)  # the costly test last
    }
    return days.pop() if len(days) == 1 else None


def _inherit_purpose(candidates: list[Candidate], lex: Lexicon) -> None:
    """``… Zirvesi'ne katılmak üzere 31 Ağustos-1 Eylül'de Çin'e ziyarette bulunacak``: the
    event one travels to attend takes the days of the trip."""
    for cand in candidates:
        if cand.slots or cand.context:
            continue
        after = [t.folded for t in cand.view.tokens if t.start >= cand.tm.end][:3]
        if not any(" ".join(after[:n]) in lex.phrases("purpose") for n in (1, 2, 3)):
            continue
        trips = [
            c for c in candidates if c.view is cand.view and c.slots and c.position > cand.position
        ]
        if trips:
            trip = min(trips, key=lambda c: c.position)
            slot, status, _ = trip.slots[0]
            cand.slots = [(slot, cand.status or status, None)]


def _frame_slot(cand: Candidate, candidates: list[Candidate]) -> Slot | None:
    """The slot of the event a context reference names: the same kind, the same name when
    it has one, the same place when a place opens the reference (``Mısır ziyareti
    kapsamında``: the visit to Egypt, not the one before it elsewhere), nearest before the
    reference (else after it)."""
    ref = cand.context
    group = type_group(ref.trigger.type)
    options = [
        c
        for c in candidates
        if c is not cand and c.group == group and c.slots and c.context is None
    ]
    if ref.name:
        named = [c for c in options if c.tm.name and _similar(c.tm.name, ref.name)]
        options = named or options
    where = next((pm.place for pm in cand.view.places if 0 <= ref.start - pm.end <= 2), None)
    there = [
        c
        for c in options
        if c.place
        and (
            (where is not None and _same_place(c.place.place, where))
            or (ref.name or "").startswith(f"{c.place.place.name} ")
        )
    ]
    options = there or options
    if not options:
        return None
    before = [c for c in options if c.position < ref.start]
    chosen = (
        max(before, key=lambda c: c.position) if before else min(options, key=lambda c: c.position)
    )
    return chosen.slots[-1][0]


def _nearest_first(
    named: list[TriggerMatch], starts: list[int], position: int
) -> list[TriggerMatch]:
    """The first :data:`MAX_TOPIC_TRIES` of ``named`` (in text order, at distinct ``starts``)
    nearest ``position``: those starting at or before it, nearest first, then those after it,
    nearest first. Found by bisection, not by sorting them all for every event."""
    k = bisect_right(starts, position)
    before = named[max(0, k - MAX_TOPIC_TRIES) : k][::-1]
    return (before + named[k : k + MAX_TOPIC_TRIES])[:MAX_TOPIC_TRIES]


def _similar(a: str, b: str) -> bool:
    wa = {w[:5] for w in search_key(a).split() if len(w) > 2}
    wb = {w[:5] for w in search_key(b).split() if len(w) > 2}
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def _own_dates(cand: Candidate) -> list:
    """The dates of a candidate's sentence that could be its own: for a data release only days
    (``ekim ayı enflasyon verilerini açıkladı``: the month is the period the data is about)."""
    if cand.tm.trigger.type != "release":
        return cand.view.timexes
    return [
        t
        for t in cand.view.timexes
        if (sp := timex_span(t)) is not None and sp.granularity in ("day", "time")
    ]


def _date_main_happening(
    candidates: list[Candidate], views: list[SentenceView], published: date, lex: Lexicon
) -> None:
    """The main happening of the article, told in the past with no date in the headline or
    lede, is dated on the publication day. Of several triggers the last one is the main
    verb's (Turkish is verb-final)."""
    for cand in candidates:
        s = cand.view.sent
        if s.index >= LEDE_SENTENCES:
            break
        if cand.slots or _own_dates(cand) or cand.status != "held" or cand.context:
            continue
        if _recurs_in_other_months(cand.view, published):
            continue  # Her yıl mayıs ayında düzenlenen fuar …, told in March: not held today
        if not cand.tm.trigger.calendar:
            continue
        undated = [c for c in candidates if c.view is cand.view and not c.slots]
        if cand is not undated[-1] or not occurs_right_after(cand.tm, cand.view.tokens, lex):
            continue
        if _told_ahead(cand, candidates, published, lex) or _just_ended(
            cand, candidates, published
        ):
            continue
        cand.slots = [(Slot(published.isoformat(), "day"), "held", None)]
        cand.tm.timexes = []  # a period a release is about does not date the release
        return


def _recurs_in_other_months(view: SentenceView, published: date) -> bool:
    """The sentence holds a yearly month or season (a set ``XXXX-05``, ``XXXX-SU``) that
    does not hold the publication month: what it tells recurs then, not on this day."""
    for t in view.sets:
        match = _YEARLY.fullmatch(t.value)
        if match is None:
            continue
        if match[1]:
            months = {int(match[1])}
        else:
            first = SEASON_MONTHS[match[2]]
            months = {(first + k - 1) % 12 + 1 for k in range(3)}
        if published.month not in months:
            return True
    return False


def _told_ahead(
    cand: Candidate, candidates: list[Candidate], published: date, lex: Lexicon
) -> bool:
    """Whether a headline or lede in the present progressive announces a happening still
    ahead, not one taking place: ``Liman işçileri greve çıkıyor`` over a strike the article
    dates next week, or ``başvurularda son gün yaklaşıyor`` (``ahead_verb``)."""
    after = [t.folded for t in cand.view.tokens if t.start >= cand.tm.opening]
    progressive = compile_late(lex.forms["progressive"])
    if not any(progressive.fullmatch(w) for w in after):
        return False
    if any(w.startswith(tuple(lex.phrases("ahead_verb"))) for w in after):
        return True
    return any(
        c.tm.trigger.type == cand.tm.trigger.type and slot.first > published
        for c in candidates
        if c is not cand
        for slot, _status, _ in c.slots
    )


JUST_ENDED = 2  # days before publication within which a dated run of days has just ended


def _just_ended(cand: Candidate, candidates: list[Candidate], published: date) -> bool:
    """Whether the article dates the run of days of the same kind that has just ended
    (``Halk Dansları Festivali sona erdi`` over ``1-5 Ağustos tarihleri arasında düzenlenen
    festival``, published on the 6th): the main happening is that run, not one on the
    publication day."""
    return any(
        c.tm.trigger.type == cand.tm.trigger.type
        and slot.end is not None
        and published - timedelta(days=JUST_ENDED) <= slot.last <= published
        for c in candidates
        if c is not cand
        for slot, status, _ in c.slots
        if status == "held"
    )


PARTS = ("opening", "ceremony", "draw")  # kinds of event that belong to a larger one
LOCAL_KINDS = ("capital", "city", "province", "district")  # places an event is held in by name


def _find_topics(
    candidates: list[Candidate], views: list[SentenceView], published: date, lex: Lexicon
) -> None:
    """The name an unnamed event borrows: the event it belongs to (an application's exam; the
    event an opening or a ceremony opens, :attr:`Candidate.part_of`) or the name the article
    gave the same happening elsewhere, unless a proper name owns it (``Fed'in toplantısı``)."""
    named = sorted(
        (tm for view in views for tm in view.triggers if tm.name), key=lambda tm: tm.start
    )
    owners = [tm for tm in named if tm.trigger.type not in ("application", "deadline")]
    owner_starts = [tm.start for tm in owners]
    by_type: dict[str, list[TriggerMatch]] = {}
    for tm in named:
        by_type.setdefault(tm.trigger.type, []).append(tm)
    starts = {kind: [tm.start for tm in same] for kind, same in by_type.items()}
    by_tm = {id(c.tm): c for c in candidates}
    towns = _towns(views)
    lent: dict[int, list] = {}
    for cand in candidates:
        if cand.tm.name or cand.gapped:
            continue
        if cand.tm.trigger.type in ("application", "deadline"):
            k = bisect_left(owner_starts, cand.position)
            if k:
                cand.topic = owners[k - 1].name
            continue
        kind = cand.tm.trigger.type
        if kind in PARTS and not cand.possessor:
            owner = _owner(cand, owners, lex)
            if owner is not None:
                cand.part_of = owner.name
                continue
        if cand.possessor and cand.possessor.split()[-1][:1].isupper():
            continue  # "Fed'in toplantısı": its owner names it, not another meeting's name
        if _indefinite(cand, lex):
            continue  # "bir toplantı yapacak": a happening of its own, not one named before
        for tm in _nearest_first(by_type.get(kind, []), starts.get(kind, []), cand.position):
            other = by_tm.get(id(tm))
            # A name told without a date of its own is dated by the mentions that took it.
            slots = (other.slots if other is not None else []) or lent.get(id(tm), [])
            if (
                not slots
                and cand.slots
                and not _same_sentence(tm, cand)
                and _long_before(cand, published)
            ):
                # An undated name belongs to the article's story, not to a happening long
                # before it ("2024'te yapılan görüşmede" in a 2026 article).
                continue
            named_place = _name_place(tm.name, lex)
            if not _may_share_name(cand, other, slots, named_place):
                continue
            if named_place is not None and _other_destination(cand, named_place, lex):
                continue
            if _other_country(cand, tm.name, lex):
                continue
            if cand.slots:
                lent.setdefault(id(tm), []).extend(cand.slots)
            cand.topic = tm.name
            if cand.place is None and other is not None and other.place is not None:
                cand.place = other.place
            elif cand.place is None and kind in SPANNING:
                # "Kars Film Festivali" told before "festival … yapılacak": held in its town
                cand.place = _held_in(tm.name or "", named_place, towns)
            break


def _indefinite(cand: Candidate, lex: Lexicon) -> bool:
    """Whether the indefinite article stands right before the trigger (``6 Temmuz'da bir
    toplantı yapacak``): the text brings in a new happening."""
    before = [t for t in cand.view.tokens if t.end <= cand.tm.opening]
    return bool(before) and before[-1].folded in lex.phrases("indefinite")


def _owner(cand: Candidate, owners: list[TriggerMatch], lex: Lexicon) -> TriggerMatch | None:
    """The named event an opening or a ceremony belongs to: ``31. Yaz Olimpiyat Oyunları, …
    açılış töreniyle başlayacak``: the last one named before it in its sentence, with no
    conjunction between them (``Konseyi'nin Toplantısı ve ayrıca … konutların açılışı``
    opens something else)."""
    joins = lex.phrases("and") | lex.phrases("conjunction") | lex.phrases("link")
    for o in reversed(owners):
        if o.start >= cand.position or not _same_sentence(o, cand) or o.trigger.type in PARTS:
            continue
        between = [t.folded for t in cand.view.tokens if o.end <= t.start < cand.position]
        return None if any(w in joins for w in between) else o
    return None


def _long_before(cand: Candidate, published: date) -> bool:
    """Every slot of the mention ends more than HISTORICAL_DAYS before publication."""
    return all(slot.last < published - timedelta(days=HISTORICAL_DAYS) for slot, _, _ in cand.slots)


def _same_sentence(tm: TriggerMatch, cand: Candidate) -> bool:
    return any(t is tm for t in cand.view.triggers)


def _disagree(a: PlaceMention, b: PlaceMention) -> bool:
    """Whether two mentions' places cannot be one: different places, neither holding the
    other; a venue is where its city is, and a venue in no known city may be anywhere."""
    name_a, name_b = a.title_name, b.title_name
    if not name_a or not name_b or name_a == name_b:
        return False
    return a.place.country != name_b and b.place.country != name_a


def _may_share_name(
    cand: Candidate, other: Candidate | None, slots: list, named: Place | None = None
) -> bool:
    """Whether a mention may be the happening another name was given to: their slots meet
    (or one is a change of the other), and their places do not disagree.

    :param other: the named mention, when it is an event candidate itself.
    :param slots: the named happening's slots (its own, or those of mentions that took its
        name).
    :param named: the place the name is, when it is one (``Mısır ziyareti``): a visit to
        another place is not that one.
    """
    if other is not None and other.place:
        if cand.place and _disagree(cand.place, other.place):
            return False
    elif cand.place and named and not _same_place(cand.place.place, named):
        return False
    if other is not None and _two_matches(cand, other):
        return False
    if not cand.slots or not slots:
        return True
    if any(st in ("postponed", "cancelled") or rep for _, st, rep in cand.slots + slots):
        return True
    return any(
        a.first <= b.last and b.first <= a.last for a, _, _ in cand.slots for b, _, _ in slots
    )


def _two_matches(cand: Candidate, other: Candidate) -> bool:
    """Whether two match mentions are two matches: one played, one to come (``geçen hafta
    oynanan Rizespor maçı`` lends no name to the match of ``8 Mart'ta … karşılaşacak``); a
    match lasts one day."""
    statuses = {cand.status, other.status}
    return cand.tm.trigger.type == other.tm.trigger.type == "match" and statuses == {
        "held",
        "planned",
    }


def _towns(views: list[SentenceView]) -> dict[str, Place]:
    """The places unknown to the gazetteer that the article names as settlements by a place
    noun (``Yeşilyurt Belediyesinde``, ``Çamlık köyünde``: one word, in the locative), by name."""
    return {
        fold(pm.place.name): pm.place
        for view in views
        for pm in view.places
        if pm.place.kind == "venue" and pm.case == "locative" and " " not in pm.place.name
    }


def _held_in(name: str, named: Place | None, towns: dict[str, Place]) -> PlaceMention | None:
    """The place an event of days is held in by its name: the town or city the name opens
    with (``Kars Film Festivali``; ``Türkiye Kitap Fuarı`` names no town), known to the
    gazetteer or named as a settlement elsewhere in the article (``Yeşilyurt Belediyesinde``
    -> ``Yeşilyurt Kiraz Festivali``)."""
    if named is not None and named.kind in LOCAL_KINDS:
        return PlaceMention(named, 0, 0, "nominative")
    town = towns.get(fold(name.split()[0])) if len(name.split()) > 1 else None
    return PlaceMention(town, 0, 0, "nominative") if town is not None else None


def _name_place(name: str, lex: Lexicon) -> Place | None:
    """The place a name opens with (``Mısır ziyareti``, ``İstanbul Film Festivali``), or None."""
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        place = lex.place(" ".join(words[:n]))
        if place is not None:
            return place
    return None


def _other_destination(cand: Candidate, named: Place, lex: Lexicon) -> bool:
    """Whether a visit names what it visits, right before its word, as a name that is not the
    place a name opens with nor inside it (``Kale'yi ziyaret edecek`` is no ``İznik
    ziyareti``), even when the gazetteer does not know that name."""
    if cand.tm.trigger.type != "visit":
        return False
    before = [t for t in cand.view.tokens if t.end <= cand.tm.first.start][-1:]
    if not before or not before[0].is_capital or not before[0].suffix:
        return False
    if lex.case_of(before[0].suffix) not in ("accusative", "dative"):
        return False
    where = lex.place(before[0].stem)
    inside = where is not None and named.name in (where.name, where.parent, where.country)
    return not inside


def _other_country(cand: Candidate, name: str, lex: Lexicon) -> bool:
    """Whether a name holds a pair of countries (``Türkiye-Mısır Stratejik Konseyi``) and the
    mention's sentence names a country that is not one of them (``Türkiye ile Suudi Arabistan
    arasındaki görüşmeler``): the happening of another pair, not the one named. A name with
    one country (``Trump İngiltere ziyareti``) names no pair."""
    words = re.split(r"[\s\-–]+", name)
    held = [p for w in words if (p := lex.place(w)) is not None and p.kind == "country"]
    if len(held) < 2:
        return False
    told = [pm.place for pm in cand.view.places if pm.place.kind == "country"]
    return any(not any(_same_place(t, h) for h in held) for t in told)


def _same_place(a: Place, b: Place) -> bool:
    """Whether two places agree: the same, or one is the other's country."""
    return a.name == b.name or a.country == b.name or b.country == a.name


# ---------------------------------------------------------------------------------------------
# Event-level passes: changes told without a date, titles lent, postponements linked


def change_cue(cand: Candidate, text: str) -> tuple[int, str, str, str | None]:
    """An undated change of a candidate: its position, kind and status, and, when a verb of the
    happening itself tells it (``Ayvalıkspor, Bergama ile karşılaşmayacak``), its sentence,
    which names the happening's own sides."""
    own = None
    if cand.tm.trigger.form == "verb":
        own = fold(text[cand.view.sent.start : cand.view.sent.end])
    return (cand.position, cand.tm.trigger.type, cand.status, own)


def _apply_undated_changes(
    events: list[Event], changes: list[tuple[int, str, str, str | None]]
) -> None:
    """Give an undated "cancelled"/"postponed" to the nearest scheduled event of its kind,
    preferring one told before it. When the article already dates a change of that kind of
    event, the undated cue repeats it. A change told by a verb of the happening names its own
    sides: it changes only an event of those sides, and a bare cue after it (``federasyon
    karşılaşmayı iptal etti``) repeats it rather than reaching back to an earlier event."""
    told: dict[str, int] = {}  # kind -> position of the last change told with its own sides
    for position, event_type, status, own in changes:
        group = type_group(event_type)
        if any(e.status in ("postponed", "cancelled") or e.replaces for e in events):
            continue  # the article dates a change already: the undated cue repeats it
        candidates = [
            e
            for e in events
            if type_group(e.type) == group
            and e.status in ("planned", "proposed")
            and e.replaces is None
        ]
        if own is not None:
            told[group] = position
            candidates = [
                e
                for e in candidates
                if e.participants and all(fold(p) in own for p in e.participants)
            ]
        elif group in told and not any(told[group] < e.quote_start <= position for e in candidates):
            continue  # the change told with its own sides just before: this cue repeats it
        if not candidates:
            continue
        before = [e for e in candidates if e.quote_start <= position]
        target = (
            max(before, key=lambda e: e.quote_start)
            if before
            else min(candidates, key=lambda e: e.quote_start)
        )
        target.status = status


SESSIONS = ("hearing",)  # kinds held in sessions: a later one untitled is the next session


def _borrow_titles(events: list[Event], lex: Lexicon) -> None:
    """An untitled mention (``Zirvenin nisan başında yapılacağı açıklandı``) takes the title
    and place of a titled event of the same kind it may be: the same days, or a change of
    it (postponed, cancelled, a new slot). An untitled session of a kind held in sessions
    dated after a held one (``Mahkeme, duruşmayı 12 Kasım'a erteledi`` after ``Liman
    davasının üçüncü duruşması bugün görüldü``) is the case's next session: it takes the held
    one's title without its ordinal."""
    by_type: dict[str, list[Event]] = {}  # in order; an event titled here lends in turn
    for e in events:
        by_type.setdefault(e.type, []).append(e)
    for e in events:
        if e.title:
            continue
        options = [o for o in by_type[e.type] if o.title and _may_be_one(o, e)]
        held = [
            o
            for o in by_type[e.type]
            if e.type in SESSIONS and o.title and o.status == "held" and o.date < e.date
        ]
        if not options and held and e.status == "planned":
            o = min(held, key=lambda o: abs(o.quote_start - e.quote_start))
            e.title = " ".join(w for w in o.title.split() if not _ordinal(w, lex))
            e.confidence_reasons = retitled(e.confidence_reasons, o.confidence_reasons)
            if e.location is None:
                e.location, e.country, e.timezone = o.location, o.country, o.timezone
            continue
        if options:
            o = min(options, key=lambda o: abs(o.quote_start - e.quote_start))
            e.title = o.title
            e.confidence_reasons = retitled(e.confidence_reasons, o.confidence_reasons)
            if e.location is None:
                e.location, e.country, e.timezone = o.location, o.country, o.timezone


def _ordinal(word: str, lex: Lexicon) -> bool:
    """Whether a title word is an ordinal (``üçüncü``, ``3.``)."""
    return fold(word) in lex.ordinals or (word.endswith(".") and word[:-1].isdigit())


def _may_be_one(a: Event, b: Event) -> bool:
    if a.location and b.location and a.location != b.location and a.country != b.country:
        return False
    if a.status in ("postponed", "cancelled") or b.status in ("postponed", "cancelled"):
        return True
    return _range_meets(a, b)


def _link_postponements(events: list[Event]) -> None:
    """A new slot whose original is told in another sentence points back at it; so does a
    later slot of the same event in an article that tells its postponement."""
    # The postponed events, in order, by kind and by kind and title: looked up, not scanned
    # for each event (an article of thousands of dated sentences made this quadratic).
    by_group: dict[str, list[tuple[int, Event]]] = {}
    by_title: dict[tuple[str, str | None], list[Event]] = {}
    for i, o in enumerate(events):
        if o.status == "postponed":
            by_group.setdefault(type_group(o.type), []).append((i, o))
            by_title.setdefault((o.type, _title_key(o)), []).append(o)
    for i, e in enumerate(events):
        if e.replaces != PENDING:
            continue
        earlier = next((o for j, o in by_group.get(type_group(e.type), ()) if j != i), None)
        e.replaces = (earlier.date, earlier.end) if earlier else None
        e.key = identity_key(e)
    for e in events:
        if e.replaces or e.status not in ("planned", "proposed"):
            continue
        moved = [
            o for o in by_title.get((e.type, _title_key(e)), ()) if o.range()[1] < e.range()[0]
        ]
        if moved:
            original = max(moved, key=lambda o: o.range()[1])
            e.replaces = (original.date, original.end)
            e.key = identity_key(e)


def _title_key(e: Event) -> str | None:
    return search_key(e.title) if e.title else e.title


def _range_meets(a: Event, b: Event) -> bool:
    ra, rb = a.range(), b.range()
    return ra[0] <= rb[1] and rb[0] <= ra[1]
