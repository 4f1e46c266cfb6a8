"""Turn the dated statements of one document into events.

For each sentence of the body (:mod:`.tokens` joins sentences a line end broke and splits off
run-in headings in capitals):

1. find event triggers (:mod:`.triggers`: ``zirve``, ``ziyaret``, ``bir araya geldi``, acronyms
   the article defines such as ``DGS (Dikey Geçiş Sınavı)``); generic mentions (``konser, şenlik
   ve festival de dahil tüm etkinlikler``) and questions are no events;
2. give each date expression of the sentence to the trigger it modifies: Turkish puts modifiers
   before their head, so the first trigger after the date, else the nearest one before it. A
   date that is only a bound (``17 Eylül'e kadar``, ``Mayıs 2024'ten bu yana``) dates nothing;
   coordinated days (``21 Haziran ve 22 Haziran``) make one multi-day event when consecutive,
   else one event per day;
3. read the status from the participle before the trigger, the verb group after it, or a
   cancellation/postponement cue of the sentence; a trigger with no cue is no event (fewer,
   correct events), except holidays and anniversaries, which need no verb;
4. find the place and the participants (:mod:`.mentions`) and build a title (:mod:`.titles`).

Then, over the whole document:

* an event told "within the frame" of another (``ziyaret kapsamında … açılışı
  gerçekleştirilecek``, ``zirvesi kapsamında gelecek hafta … bir araya gelecek``) takes that
  event's day, or the day where its own coarse date and the frame's days meet;
* the main happening of an article told in the past tense with no date (in the headline or
  lede, with a happening verb right after its trigger) is dated on the publication day;
* an unnamed event takes the name the article gave the same happening elsewhere (``festivalin``
  -> ``Anadolu Fest``), and an application or deadline the name of the event it belongs to
  (``Başvurular`` -> ``MSÜ başvuruları``);
* a postponement gives the original slot as ``postponed`` and the new slot as ``planned``
  (pointing back at the original); an undated ``iptal edildi`` concerns the nearest event of
  its kind;
* repeated mentions of one happening become one event (:mod:`.dedupe`).

Market briefs list scheduled data releases as ``11.00 Türkiye, ağustos ayı bütçe dengesi``
after an introduction (``bugün takip edilecek veriler şöyle:``): each item is an event.
Statistics (amounts tied to a period) have no trigger and are never events.

Readings added for recall (compounds, closures, fronted subjects, gapped days, named days,
frames) live in :mod:`.clauses`, match reports and fixtures listed in a line in :mod:`.reports`.
The reading of one sentence lives in :mod:`.sentence`, the document-level passes in
:mod:`.passes`, agenda lists in :mod:`.agenda`; this module runs them and builds the events, and
re-exports the public names of both.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date, timedelta

from ..model import Document, Event, Timex
from ..text import fold, search_key
from .agenda import agenda_events
from .anaphora import owned_name
from .article_places import (
    OWNED_TYPES,
    PUBLISHED_TYPES,
    clause_places,
    datelines,
    place_by_continuation,
    place_by_event_word,
    place_by_story,
    place_by_undated_mention,
    place_parts,
    place_visits_in_cities,
    publisher_place,
    seat_place,
)
from .bare_owner import owner_before
from .clauses import (
    _compound,
    _compound_title,
    _drop_manner,
    _exam_owner,
    _framed,
    _fronted_pair,
    _fronted_subject,
    _gapped,
    _held_at_named,
    _hosted_match,
    _located_subject,
    _ordinal_phrase,
    _owned_compound,
    _pact_sides,
    _with_destination,
)
from .clocktimes import turkish_zone, without_zone, zone_named
from .company_reports import demand_gathering, offering_owner, report_owner
from .confidence import (
    date_reason,
    outside_reason,
    rate,
    title_reason,
    year_reason,
)
from .deadlines import predicate_day, purpose_owner
from .dedupe import day_mark, dedupe
from .district_provinces import settle_districts
from .exam_objects import entered_exams
from .launches import LAUNCHED, launched_vehicle
from .lexicon import Lexicon, lexicon
from .mentions import (
    PlaceMention,
    Registry,
    delegations,
    find_organisations,
    find_people,
    find_places,
    people_in,
)
from .merge import identity_key
from .modified_kinds import modified_kind
from .naming import (
    _bare_visitor,
    _official,
    _orgs,
    _pair_names,
    _phrase,
    _place_in_name,
    _possessor,
    _subject,
    choose_participants,
)
from .owners import kind_owner, owner_from_article
from .passes import (
    _apply_undated_changes,
    _borrow_titles,
    _date_main_happening,
    _find_topics,
    _inherit_context,
    _inherit_purpose,
    _link_postponements,
    _programme_days,
    change_cue,
)
from .place_choice import choose_place
from .place_pointers import place_by_pointer
from .rates import rate_decisions
from .readings import late_readings, read_owner, story_owners, trigger_senses
from .reports import listed_fixtures, match_report
from .schedules import (
    KIND_FIRST,
    holiday_slot,
    join_windows,
    kind_title,
    named_by_kind,
    on_eve,
    schedule_events,
    starts_or_ends,
)
from .school_days import school_days
from .senses import habitual, subject_of, unreal
from .sentence import (
    ASSIGN_DISTANCE,
    HISTORICAL_DAYS,
    LEDE_SENTENCES,
    MAX_TOPIC_TRIES,
    PENDING,
    SELF_DATED,
    Candidate,
    SentenceView,
    _absorb_predicates,
    _anniversary,
    _as_anniversary,
    _assign_places,
    _assign_timexes,
    _future_cue,
    _generic,
    _is_bound,
    _slots,
    dates_another,
    is_reference,
)
from .sides import (
    chaired_subject,
    comitative_side,
    holder_subject,
    needs_side,
    side_is_no_place,
)
from .slots import Slot
from .titles import (
    country_sides,
    ending_title,
    mended_title,
    name_title,
    part_title,
    phrase_title,
    place_names,
)
from .tokens import proper_words, segment, tokenize
from .told_days import told_days
from .triggers import (
    define_acronyms,
    moved_to_own_date,
    read_status,
)
from .triggers import find_triggers as _find_triggers
from .window_ends import last_day_title, window_last_day
from .window_owners import previous_owners
from .worth import worth_showing

# Every public name, with those of the modules extraction was split into (sentence, passes),
# importable from here as before.
__all__ = [
    "ASSIGN_DISTANCE",
    "HISTORICAL_DAYS",
    "LEDE_SENTENCES",
    "MAX_TOPIC_TRIES",
    "PENDING",
    "SELF_DATED",
    "Candidate",
    "SentenceView",
    "choose_participants",
    "extract_events",
]


# ---------------------------------------------------------------------------------------------
# The extractor


def extract_events(document: Document, timexes: list[Timex]) -> list[Event]:
    """The events one document states, deduplicated within the document.

    :param document: the article (its body spans are analysed).
    :param timexes: the date expressions the tagger found in it.
    """
    lex = lexicon(document.lang)
    text = document.text
    folded = fold(text)
    published = document.published.date()
    sents = segment(document)
    proper = proper_words(text, sents)
    views: list[SentenceView] = []
    registry = Registry()
    stamps = [(a, b) for a, b, _ in datelines(text, lex)]  # where, not what: no title word
    for s in sents:
        tokens = tokenize(text, s.start, s.end, proper, s.title_case)
        if stamps:
            tokens = [t for t in tokens if not any(a <= t.start < b for a, b in stamps)]
        titled = find_people(text, tokens, lex)
        for pm in titled:
            registry.add(pm.person)
        views.append(SentenceView(s, tokens, titled))
    proper = proper | {search_key(p.surname) for p in registry.people.values()}
    acronyms = define_acronyms(text, sents, lex)
    dated = sorted((t for t in timexes if t.type in ("DATE", "TIME")), key=lambda t: t.start)
    starts = [t.start for t in dated]
    sets = sorted((t for t in timexes if t.type == "SET"), key=lambda t: t.start)
    set_starts = [t.start for t in sets]

    candidates: list[Candidate] = []
    releases: list[Event] = []
    agenda: str | None = None  # the status of an agenda whose items follow
    for view in views:
        s = view.sent
        view.timexes = dated[bisect_left(starts, s.start) : bisect_left(starts, s.end)]
        view.sets = sets[bisect_left(set_starts, s.start) : bisect_left(set_starts, s.end)]
        view.triggers = _find_triggers(
            text,
            folded,
            view.tokens,
            s,
            lex,
            [(t.start, t.end) for t in view.timexes],
            acronyms,
            proper,
        )
        # "YKS'ye girecek", "okullar 7 Eylül'de açılacak": events told without an event word
        if more := entered_exams(view.tokens, view.triggers, lex) + school_days(
            view.tokens, view.timexes, view.triggers, lex
        ):
            view.triggers = sorted([*view.triggers, *more], key=lambda tm: tm.start)
        if view.triggers or agenda is not None:
            # Who and where are read only by the sentence's own events and agenda items: a
            # sentence with neither (most of an article) is spared the look-ups.
            view.people = people_in(view.tokens, view.titled, registry)
            view.orgs = find_organisations(view.tokens, lex)
            skip = (
                [(p.start, p.end) for p in view.titled]
                + [(tm.name_start, tm.end) for tm in view.triggers if tm.name]
                + [(o.start, o.end) for o in view.orgs]
            )
            skip += [(t.start, t.end) for t in view.timexes]  # "Ekim'de" is no place
            view.places = find_places(text, view.tokens, lex, skip, guess=True)
            zones = zone_named(view.places, text, lex)  # "Türkiye saatiyle": a clock's zone
            view.places = [pm for pm in view.places if pm not in zones]
        items, agenda = agenda_events(view, folded, lex, agenda, text)
        if items:
            releases.extend(items)
            continue
        if s.question or not view.triggers:
            continue
        candidates.extend(_candidates(view, text, folded, lex, published))

    previous_owners(candidates, views, text, lex)  # "… hibe programı başlattı. Başvurular …"
    _inherit_context(candidates)
    _programme_days(candidates, views, text, published, lex)
    _inherit_purpose(candidates, lex)
    _date_main_happening(candidates, views, published, lex)
    _find_topics(candidates, views, published, lex)
    owner_before(candidates, views, text, lex)  # "… toplantısını yapacak. Toplantı 19 Şubat'ta …"
    _exam_owner(candidates)
    _framed(candidates)
    place_by_undated_mention(candidates)
    place_by_event_word(candidates, views, text, lex)
    events: list[Event] = []
    undated_changes: list[tuple[int, str, str, str | None]] = []
    moved = {c.group for c in candidates if c.moved and c.slots}  # a postponement told dated
    for cand in candidates:
        if not cand.slots:
            if cand.status == "postponed" and cand.group in moved:
                continue  # "Ertelenen maçın tarihi açıklandı": the dated sentence tells it
            if cand.status in ("cancelled", "postponed") and not cand.context:
                undated_changes.append(change_cue(cand, text))
            continue
        events.extend(_events_for(cand, text, published, lex))
    events.extend(releases)
    events.extend(schedule_events(text, document.body, dated, published, lex, events))
    events.extend(listed_fixtures(text, document.body, dated, published, lex))
    events.extend(rate_decisions(views, text, published, lex, events))
    events.extend(told_days(views, text, published, lex))
    events[:0] = match_report(document, dated, published, lex, events)  # first: its title wins
    _borrow_titles(events, lex)
    story_owners(events, text, lex)
    _link_postponements(events)
    _apply_undated_changes(events, undated_changes)
    place_by_continuation(events, text)
    place_by_pointer(events, views, text, lex)
    place_by_story(events, views, document.title, text, lex)
    place_visits_in_cities(events, views, text, lex)
    place_parts(events, lex)
    settle_districts(events, text, lex)
    late_readings(events, document, lex, dated)
    events = join_windows(events)
    events = without_zone([e for e in dedupe(events, lex) if e.title], dated, text, lex)
    owner_from_article(events, document, lex)
    return worth_showing((rate(e, lex) for e in events), lex)


def _candidates(
    view: SentenceView, text: str, folded: str, lex: Lexicon, published: date
) -> list[Candidate]:
    """The triggers of one sentence with their dates, status, place and participants."""
    s, tokens = view.sent, view.tokens
    own = [tm for tm in view.triggers if not dates_another(tm, view, lex)]
    references = [
        tm for tm in own if is_reference(tm, view, lex) or unreal(tm, s, folded, tokens, lex)
    ]  # a happening named as a point of reference, a condition or a wish keeps its dates
    triggers = _drop_manner(
        [tm for tm in own if tm not in references and not _generic(tm, view, text, lex)],
        text,
        lex,
    )
    triggers = _with_destination(
        _absorb_predicates(triggers, text, s, tokens, lex), view, text, lex
    )
    triggers = trigger_senses(triggers, view, text, lex)
    usable = [
        t
        for t in view.timexes
        if not (
            (_is_bound(t, tokens, lex) and not window_last_day(t, triggers, tokens, lex))
            or habitual(t, tokens, lex)
        )
    ]
    targets = [*triggers, *references]  # a reference keeps its own dates from the others
    _assign_timexes(targets, usable, text, tokens, folded, lex)
    context = next((tm for tm in triggers if tm.context_ref), None)
    places_of = _assign_places(triggers, view.places, text)
    countries = delegations(text, view.places, lex)
    statistic_words = lex.phrases("statistic")
    statistic = sum(1 for t in tokens if t.folded in statistic_words) >= 2
    out = []
    for tm in triggers:
        if tm.context_ref and not tm.timexes:
            continue  # "ziyaret kapsamında": only the frame of the other events
        if statistic and not tm.name:
            continue
        status = read_status(folded, tm, tokens, s, lex)
        if status is None and predicate_day(tm, tokens, text, published, lex):
            status = "planned"  # "… beyannamesinin son günü 30 Nisan."
        anniversary = _anniversary(tm, tokens, lex)
        if anniversary:
            tm = _as_anniversary(tm, lex)
        cand = Candidate(
            tm,
            view,
            status,
            context=context if context is not tm else None,
            anniversary=anniversary,
        )
        cand.slots = _slots(tm, status, tokens, lex, text)
        cand.moved = moved_to_own_date(folded, tm, tokens, s, lex)
        if tm.trigger.type in KIND_FIRST and (
            not starts_or_ends(tm, text, lex)
            or any(slot.granularity != "day" for slot, _, _ in cand.slots)
        ):
            continue  # "ikinci döneminde ... arttı", "dönemi Ocak'ta sona erecek": a period
        if not cand.slots and (held_on := holiday_slot(tm, tokens, status, published, lex)):
            cand.slots = [(held_on, status or "", None)]
        if (
            status == "planned"
            and cand.slots
            and all(slot.last < published for slot, st, _ in cand.slots if st == "planned")
            and _future_cue(folded, tm, s, lex)
        ):
            # "dün festivalin yapılacağı yönünde umut yaratmıştı": a future told of a past
            # day; the date belongs to another verb.
            cand.slots = []
        if status is None and tm.trigger.type not in SELF_DATED:
            # No cue: not an event, unless it is a holiday or anniversary on its day.
            if not (cand.context and not cand.slots):
                continue
        cand.participants = choose_participants(tm, view.people, tokens, lex)
        cand.orgs = _orgs(view, tm, lex) + [c for c in countries if c not in cand.orgs]
        cand.place = choose_place(
            clause_places(places_of.get(id(tm)), view.places, tm.start, tm.end, text, lex),
            tm.start,
            tm.trigger.type,
        ) or _place_in_name(tm, text, tokens, lex)
        cand.phrase = _phrase(tm, tokens, lex)
        cand.official = _official(tm, tokens, lex)
        free = [t for t in tokens if not any(x.start <= t.start < x.end for x in view.timexes)]
        cand.possessor = _possessor(tm, free, text, lex)
        cand.phrase = _ordinal_phrase(tm, free, cand.possessor, lex) or cand.phrase
        if cand.phrase is None:
            compound = _compound(tm, free, text, lex)
            cand.compound = _owned_compound(tm, compound, free, text, lex, _possessor)
        if tm.trigger.form == "verb" and tm.trigger.type != "visit":
            cand.subject = (
                subject_of(tm, free, text, lex, _subject)
                or _located_subject(tm, free, text, lex, _subject)
                or _fronted_subject(tm, free, text, lex, _subject)
                or chaired_subject(tm, free, text, lex, _subject)
            )
        else:
            cand.subject = holder_subject(tm, free, text, lex, _subject)
        if tm.trigger.type == LAUNCHED and tm.trigger.form == "verb":
            cand.subject = launched_vehicle(tm, free, text, lex)  # not "uzaya", not "Roket"
        cand.names = _pair_names(tm, tokens, view, lex) or _fronted_pair(
            cand, free, text, lex, _subject
        )
        if tm.trigger.type == "visit" and not cand.participants:
            cand.names = cand.names or _bare_visitor(tm, tokens, view, lex)
        _hosted_match(cand, free, text, lex)
        comitative_side(cand, free, text, lex)
        if needs_side(cand, lex):
            continue  # "önemli bir rol oynayacak": a verb of playing with no sides
        side_is_no_place(cand)
        read_owner(cand, free, text, lex)
        demand_gathering(cand, free, lex)  # "talepler … toplanacak": a book-building
        offering_owner(cand, free, text, lex)
        purpose_owner(cand, free, text, lex)
        if not report_owner(cand, free, text, lex):
            continue  # a report whose owner is not said
        _held_at_named(cand, lex)
        _pact_sides(cand, text, lex)
        out.extend(_gapped(cand, text, lex))
    return out


# ---------------------------------------------------------------------------------------------
# Events


def _events_for(cand: Candidate, text: str, published: date, lex: Lexicon) -> list[Event]:
    tm = cand.tm
    sent = cand.view.sent
    quote = text[sent.start : sent.end]
    people = [p.surname for p in cand.participants]
    place = cand.place
    holiday = lex.holiday(tm.name) if tm.name else None
    if place is None and tm.trigger.type in SELF_DATED and tm.name:
        country = holiday.country if holiday else None
        if country:
            found = lex.place(country)
            place = PlaceMention(found, 0, 0, "nominative") if found else None
    names = people + [n for n in cand.names if n not in people]
    titling_place = (  # "Türkiye töreni": a country titles no bare ceremony
        place.title_name
        if place and place_names(tm.trigger, cand.phrase, place.place.kind, lex)
        else None
    )
    sides = (  # "Mısır ve Katar … görüşecek": the two countries, not one of them, title it
        country_sides(cand.view.places, text, tm.start, lex)
        if place and not titling_place and not names
        else []
    )
    by_kind = False  # titled by its kind alone ("Yarıyıl tatili")
    if tm.name:
        name = owned_name(tm.name, tm.name_start, cand.view.tokens, text, lex)  # "Örgütün …"
        title = name_title(name, tm.long_name, cand.anniversary, lex)
        if tm.trigger.type == "holiday" and on_eve(tm, cand.view.tokens, lex):
            title = f"{title} {lex.word('eve_title')}"  # "Ramazan Bayramı arifesi"
    elif cand.part_of:
        title = part_title(cand.part_of, cand.phrase or tm.trigger.noun, lex)
    elif tm.trigger.type in KIND_FIRST:
        title = kind_title(tm, cand.view.tokens, lex)
        by_kind = True
    else:
        title = phrase_title(
            tm.trigger,
            cand.phrase,
            cand.topic,
            {"official": cand.official},
            names or sides,
            titling_place,
            cand.orgs,
            lex,
            cand.possessor,
            cand.subject,
            text,
        )
        kind_named = None if title else modified_kind(tm, cand.view.tokens, text, lex)
        by_kind = not title and (
            tm.trigger.type in (*KIND_FIRST, *SELF_DATED) or named_by_kind(tm) or bool(kind_named)
        )  # "Genel seçim": the kind with its adjective
        title = title or kind_named or kind_title(tm, cand.view.tokens, lex)
        title, by_kind = _compound_title(cand, title, by_kind, len(names), place)
    title = title or ""  # an untitled mention may still tell more about a titled one
    mended = mended_title(title, lex)
    reasons = [
        "kind"
        if title and not tm.name and by_kind
        else title_reason(
            bool(tm.name),
            bool(cand.topic),
            tm.trigger.type,
            len(names),
            len(cand.orgs),
            bool(titling_place or sides),  # a venue in no known city titles nothing
            bool(cand.phrase or cand.possessor or cand.subject or cand.compound),
            country=place is not None and place.place.kind == "country",
        ),
        date_reason(tm.timexes, tm, text),
        "status-verb" if cand.status else "status-day",
    ]
    if cand.part_of and not tm.name:
        reasons[0] = "part-of"  # "… Oyunları'nın açılış töreni"
    if reasons[0] == "publisher-title" and kind_owner(title, cand.orgs, lex):
        reasons[0] = "actor"  # "Fed'in açıklayacağı faiz kararı": the bank holds it
    if title and not mended:
        reasons[0] = "no-title"  # "Yaz'ın ziyareti": the possessor was a common word
    title = mended
    if len(cand.slots) == 1 and cand.slots[0][0].granularity == "day" and not cand.slots[0][0].end:
        ending = ending_title(  # "yılı … tamamlanacak": its end; "dönem … başlayacak": its start
            title, tm.timexes, text, lex, by_start=tm.trigger.type in KIND_FIRST
        )
        if ending != title and len(title.split()) == 1 and tm.trigger.type != "holiday":
            reasons.append("short-title")  # its end's title does not make it better known
        title = ending
        if any(window_last_day(t, [tm], cand.view.tokens, lex) for t in tm.timexes):
            title = last_day_title(title, lex)  # "… 15 Mart'a kadar alınacak": their last day
    if any(t not in tm.timexes for t in cand.view.timexes):
        reasons.append("other-dates")  # the sentence dates something else too
    if tm.trigger.type in PUBLISHED_TYPES + OWNED_TYPES and (
        not place or place.place.kind == "region"
    ):
        # "TÜİK … açıklayacak": Türkiye's data; "Avrupa'da BoE'nin kararı": İngiltere's
        place = publisher_place(cand.view, text, lex, tm.start, tm.trigger.type) or place
        if place is not None:  # "Avrupa'da ECB'nin kararı": a body sits in no continent
            place = seat_place(place, title, cand.view, lex)
    out = []
    for slot, status, replaces in cand.slots:
        zone = turkish_zone(slot, tm.timexes, text, lex) or (place.place.zone if place else None)
        days = slot.days or (None,)
        for n, day in enumerate(days):
            value = day.isoformat() if day else slot.date
            first = day or (slot.first if slot.granularity == "day" else None)
            historical = first is not None and first < published - timedelta(days=HISTORICAL_DAYS)
            st = status or _status_by_day(slot, published)
            if st == "held" and (first or slot.first or published) > published:
                st = "planned"  # "yarın başlıyor", "aralıkta toplanıyor": a present of the future
            event = Event(
                date=value,
                granularity=slot.granularity,
                title=_day_title(title, n + 1, lex) if len(days) > 1 and title else title,
                type=tm.trigger.type,
                status=st,
                quote=quote,
                end=None if day else slot.end,
                time=slot.time,
                end_time=slot.end_time,
                location=place.display if place else None,
                country=place.place.country if place else None,
                timezone=zone,
                participants=[p.display for p in cand.participants]
                + [o for o in cand.names + cand.orgs if o not in people],
                calendar=(
                    slot.granularity == "day"
                    and tm.trigger.calendar
                    and not historical
                    and not cand.inherited_range
                    and not _remote(cand, lex)
                ),
                quote_start=sent.start,
                quote_end=sent.end,
                replaces=replaces,
                confidence_reasons=reasons
                + year_reason(tm.timexes, int(value[:4]), published.year)
                + outside_reason(tm.timexes, slot, replaces),
            )
            event.key = identity_key(event)
            out.append(event)
    cand.events = out
    return out


def _remote(cand: Candidate, lex: Lexicon) -> bool:
    """``telefonda görüştü``: a call, not a meeting to put in a calendar."""
    before = [t.folded for t in cand.view.tokens if t.end <= cand.tm.start][-3:]
    return any(w in lex.phrases("remote") for w in before)


def _status_by_day(slot: Slot, published: date) -> str:
    return "held" if slot.first <= published else "planned"


def _day_title(title: str, n: int, lex: Lexicon) -> str:
    """The title of the ``n``-th day of a multi-day event: ``Fuar (2. gün)``."""
    return f"{title} ({n}{day_mark(lex)}"
