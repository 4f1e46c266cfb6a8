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
* repeated mentions of one happening become one event.

Market briefs list scheduled data releases as ``11.00 Türkiye, ağustos ayı bütçe dengesi``
after an introduction (``bugün takip edilecek veriler şöyle:``): each item is an event.
Statistics (amounts tied to a period) have no trigger and are never events.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ..model import Document, Event, Timex
from ..text import fold, search_key
from .clocktimes import midnight, prefer_turkish_time, turkish_zone
from .confidence import (
    date_reason,
    outside_reason,
    rate,
    retitled,
    stronger,
    title_reason,
    year_reason,
)
from .lexicon import Lexicon, lexicon
from .mentions import (
    OrgMention,
    Person,
    PersonMention,
    PlaceMention,
    Registry,
    choose_place,
    delegations,
    find_organisations,
    find_people,
    find_places,
    people_in,
)
from .merge import identity_key, same_happening, type_group
from .schedules import (
    KIND_FIRST,
    holiday_slot,
    join_windows,
    kind_title,
    schedule_events,
    starts_or_ends,
)
from .slots import Slot, combine, slot_from_days, timex_span
from .titles import mended_title, name_title, phrase_title, release_title
from .tokens import Sentence, Token, proper_words, segment, tokenize
from .triggers import (
    TriggerMatch,
    define_acronyms,
    occurs_right_after,
    read_status,
)
from .triggers import find_triggers as _find_triggers

LEDE_SENTENCES = 4
HISTORICAL_DAYS = 400
ASSIGN_DISTANCE = 160  # characters from a date to the trigger after it that it may modify
PENDING = ("?", None)  # a new slot whose original is named elsewhere in the document
SELF_DATED = ("holiday", "anniversary")  # kinds that need no verb to be an event on their day
MAX_TOPIC_TRIES = 8  # named events of the kind looked at, nearest first


@dataclass(slots=True)
class SentenceView:
    """One sentence with everything found in it."""

    sent: Sentence
    tokens: list[Token]
    titled: list[PersonMention]
    people: list[PersonMention] = field(default_factory=list)
    orgs: list[OrgMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    triggers: list[TriggerMatch] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)


@dataclass(slots=True)
class Candidate:
    """A trigger that may become one or more events."""

    tm: TriggerMatch
    view: SentenceView
    status: str | None
    slots: list[tuple[Slot, str, tuple | None]] = field(default_factory=list)
    participants: list[Person] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    place: PlaceMention | None = None
    context: TriggerMatch | None = None
    anniversary: int | None = None
    phrase: str | None = None
    official: str | None = None
    topic: str | None = None
    possessor: str | None = None
    subject: list[str] | None = None
    names: list[str] = field(default_factory=list)  # unknown capitalised participants
    inherited_range: bool = False
    events: list[Event] = field(default_factory=list)

    @property
    def group(self) -> str:
        return type_group(self.tm.trigger.type)

    @property
    def position(self) -> int:
        return self.tm.start


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
    for s in sents:
        tokens = tokenize(text, s.start, s.end, proper, s.title_case)
        titled = find_people(text, tokens, lex)
        for pm in titled:
            registry.add(pm.person)
        views.append(SentenceView(s, tokens, titled))
    proper = proper | {search_key(p.surname) for p in registry.people.values()}
    acronyms = define_acronyms(text, sents, lex)
    dated = sorted((t for t in timexes if t.type in ("DATE", "TIME")), key=lambda t: t.start)
    starts = [t.start for t in dated]

    candidates: list[Candidate] = []
    releases: list[Event] = []
    agenda: str | None = None  # the status of an agenda whose items follow
    for view in views:
        s = view.sent
        view.timexes = dated[bisect_left(starts, s.start) : bisect_left(starts, s.end)]
        view.people = people_in(view.tokens, view.titled, registry)
        view.orgs = find_organisations(view.tokens, lex)
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
        skip = (
            [(p.start, p.end) for p in view.titled]
            + [(tm.name_start, tm.end) for tm in view.triggers if tm.name]
            + [(o.start, o.end) for o in view.orgs]
        )
        view.places = find_places(text, view.tokens, lex, skip)
        items, agenda = _agenda(view, folded, lex, agenda, text)
        if items:
            releases.extend(items)
            continue
        if s.question or not view.triggers:
            continue
        candidates.extend(_candidates(view, text, folded, lex, published))

    _inherit_context(candidates)
    _programme_days(candidates, views, text, published, lex)
    _inherit_purpose(candidates, lex)
    _date_main_happening(candidates, views, published, lex)
    _find_topics(candidates, views, published)
    events: list[Event] = []
    undated_changes: list[tuple[int, str, str]] = []
    for cand in candidates:
        if not cand.slots:
            if cand.status in ("cancelled", "postponed") and not cand.context:
                undated_changes.append((cand.position, cand.tm.trigger.type, cand.status))
            continue
        events.extend(_events_for(cand, text, published, lex))
    events.extend(releases)
    events.extend(schedule_events(text, document.body, dated, published, lex, events))
    _borrow_titles(events)
    _link_postponements(events)
    _apply_undated_changes(events, undated_changes)
    events = join_windows(events)
    return [rate(e, lex) for e in _dedupe(events, lex) if e.title]


def _candidates(
    view: SentenceView, text: str, folded: str, lex: Lexicon, published: date
) -> list[Candidate]:
    """The triggers of one sentence with their dates, status, place and participants."""
    s, tokens = view.sent, view.tokens
    triggers = _absorb_predicates(
        [tm for tm in view.triggers if not _generic(tm, view, text, lex)], text, s
    )
    usable = [t for t in view.timexes if not _is_bound(t, tokens, lex)]
    targets = [tm for tm in triggers]
    _assign_timexes(targets, usable, text, tokens, folded, lex)
    context = next((tm for tm in triggers if tm.context_ref), None)
    places_of = _assign_places(triggers, view.places, text)
    countries = delegations(text, view.places, lex)
    statistic = sum(1 for t in tokens if t.folded in lex.phrases("statistic")) >= 2
    out = []
    for tm in triggers:
        if tm.context_ref and not tm.timexes:
            continue  # "ziyaret kapsamında": only the frame of the other events
        if statistic and not tm.name:
            continue
        status = read_status(folded, tm, tokens, s, lex)
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
            places_of.get(id(tm)) or view.places, tm.start, tm.trigger.type
        ) or _place_in_name(tm, text, tokens, lex)
        cand.phrase = _phrase(tm, tokens, lex)
        cand.official = _official(tm, tokens, lex)
        free = [t for t in tokens if not any(x.start <= t.start < x.end for x in view.timexes)]
        if tm.trigger.type == "anniversary" and not tm.name:
            ordinal = _ordinal_before(tm, free)
            if ordinal:
                cand.phrase = f"{ordinal.raw} {tm.trigger.noun}"
        cand.possessor = _possessor(tm, free, text, lex)
        if tm.trigger.form == "verb" and tm.trigger.type != "visit":
            cand.subject = _subject(tm, free, text, lex)
        cand.names = _pair_names(tm, tokens, view, lex)
        if tm.trigger.type == "visit" and not cand.participants:
            cand.names = cand.names or _bare_visitor(tm, tokens, view, lex)
        out.append(cand)
    return out


# ---------------------------------------------------------------------------------------------
# Sentence-level helpers


def _absorb_predicates(triggers: list[TriggerMatch], text: str, sent) -> list[TriggerMatch]:
    """A verb trigger said of an event that is the sentence's subject is that event's
    predicate, not a happening of its own: ``Avrasya Teknoloji Fuarı, 7-10 Nisan'da …
    ziyaretçilerini ağırlayacak`` is the fair, not a meeting. The subject is a noun trigger
    that opens the sentence or is set off by a comma."""
    subjects = [
        tm
        for tm in triggers
        if tm.trigger.form == "noun"
        and (text[tm.end : tm.end + 1] == "," or not text[sent.start : tm.opening].strip())
    ]
    if not subjects:
        return triggers
    first = min(subjects, key=lambda tm: tm.start)
    return [tm for tm in triggers if not (tm.trigger.form == "verb" and tm.start > first.end)]


def _generic(tm: TriggerMatch, view: SentenceView, text: str, lex: Lexicon) -> bool:
    """``tüm etkinlikler``, ``konser, şenlik ve festival de dahil``: a kind, not a happening.

    Unnamed triggers joined by commas and "ve" form a list; a list of three, or one with a
    generic word before or after a member, names kinds of events."""
    if tm.name:
        return False
    chain = [tm]
    for direction in (-1, 1):
        cur = tm
        while True:
            nxt = _neighbour(cur, view.triggers, text, direction, lex)
            if nxt is None:
                break
            chain.append(nxt)
            cur = nxt
    if len(chain) >= 3:
        return True
    for member in chain:
        before_tokens = [
            t
            for t in view.tokens
            if t.end <= member.start and not any(x.start <= t.start < x.end for x in view.timexes)
        ][-2:]
        before = [t.folded for t in before_tokens]
        after = [t.folded for t in view.tokens if t.start >= member.end][:3]
        if _counted(before_tokens, lex):
            return True  # "3 kritik zirveye katılacak": several happenings
        if any(w in lex.phrases("generic") for w in before) or any(
            w in lex.phrases("generic_after") for w in after
        ):
            return True
        if (
            not member.token.suffix
            and member.token.folded == member.trigger.stem.split()[-1]
            and after
            and after[0] in lex.phrases("not_head")
        ):
            # "sınav tarihleri", "başvuru ve sınav tarihleri": the kind modifies another noun.
            return True
    return False


def _counted(before: list[Token], lex: Lexicon) -> bool:
    """A cardinal number before a trigger (``3 kritik zirve``, ``iki toplantı``), unless it
    measures the event (``2 günlük zirve``)."""
    for k, tok in enumerate(before):
        if tok.is_ordinal:
            continue
        if tok.raw.isdigit() or tok.folded in lex.phrases("cardinal"):
            rest = [t.folded for t in before[k + 1 :]]
            return not any(r in lex.phrases("duration_adjective") for r in rest)
    return False


def _neighbour(
    tm: TriggerMatch, triggers: list[TriggerMatch], text: str, direction: int, lex: Lexicon
) -> TriggerMatch | None:
    """The unnamed trigger joined to ``tm`` by a comma or a conjunction, on one side."""
    ordered = sorted(triggers, key=lambda t: t.start)
    k = next(i for i, t in enumerate(ordered) if t is tm) + direction
    if not 0 <= k < len(ordered) or ordered[k].name:
        return None
    other = ordered[k]
    a, b = (other, tm) if direction < 0 else (tm, other)
    gap = text[a.end : b.start]
    joint = fold(gap).strip()
    if len(gap) <= 12 and joint and (joint == "," or joint in lex.phrases("conjunction")):
        return other
    return None


def _tail(t: Timex, tokens: list[Token], keep: frozenset[str] = frozenset()) -> list[list[str]]:
    """Word sequences that start at the end of a date or right after it: a tagger may keep
    ``tarihleri arasına`` or ``kadar`` inside the date's span, or leave it out. Words of
    ``keep`` that end the span belong to the date (``3 yıl önce``)."""
    inside = [tok.folded for tok in tokens if t.start <= tok.start < t.end][-3:]
    while inside and inside[-1] in keep:
        inside = []
    after = [tok.folded for tok in tokens if tok.start >= t.end][:3]
    words = inside + after
    starts = range(len(words) - len(after) - min(len(inside), 2), len(words) - len(after) + 1)
    return [words[k:] for k in starts if 0 <= k < len(words)]


def _follows(
    t: Timex, tokens: list[Token], phrases: frozenset[str], keep: frozenset[str] = frozenset()
) -> bool:
    for seq in _tail(t, tokens, keep):
        if any(" ".join(seq[:n]) in phrases for n in (1, 2, 3) if n <= len(seq)):
            return True
    return False


def _is_bound(t: Timex, tokens: list[Token], lex: Lexicon) -> bool:
    """``17 Eylül'e kadar``, ``Mayıs 2024'ten bu yana``: a bound, not the event's day; but
    ``9 Şubat itibarıyla başladı`` is the first day of what starts then."""
    if not _follows(t, tokens, lex.phrases("bound"), lex.phrases("relative_end")):
        return False
    words = [tok.folded for tok in tokens if tok.start >= t.start]
    after = words[: len([tok for tok in tokens if t.start <= tok.start < t.end]) + 3]
    for here, nxt in zip(after, after[1:], strict=False):
        if here in lex.phrases("start_bound"):
            return not nxt.startswith(tuple(lex.phrases("window_start")))
    return True


def _assign_timexes(
    triggers: list[TriggerMatch],
    timexes: list[Timex],
    text: str,
    tokens: list[Token],
    folded: str,
    lex: Lexicon,
) -> None:
    """Give each date to the trigger it modifies: the first trigger after it in its clause,
    else the nearest one before it. A clause ends at a verb followed by a comma
    (``Başvurular 6 Şubat – 3 Mart tarihleri arasında alınmış, geç başvuru süreci ise …``)."""
    for t in timexes:
        after = [tm for tm in triggers if tm.opening >= t.end]
        before = [tm for tm in triggers if tm.end <= t.start]
        if after:
            nxt = min(after, key=lambda tm: tm.opening)
            gap = text[t.end : nxt.opening]
            boundary = before and _clause_ends(tokens, t.end, nxt.opening, text, folded, lex)
            if (
                "." not in gap.replace("..", "")
                and ":" not in gap
                and not boundary
                and nxt.opening - t.end <= ASSIGN_DISTANCE
            ):
                nxt.timexes.append(t)
                continue
        if before:
            prev = max(before, key=lambda tm: tm.end)
            if not prev.context_ref:  # after "… kapsamında" comes what happens in the frame
                prev.timexes.append(t)
        elif after:
            min(after, key=lambda tm: tm.opening).timexes.append(t)


def _future_cue(folded: str, tm: TriggerMatch, sent: Sentence, lex: Lexicon) -> bool:
    """Whether the trigger's status comes from a future verb form (not "planlanan")."""
    words = folded[tm.end : sent.end].split()
    endings = lex.phrases("future_ending")
    return any(any(m in w for m in endings) for w in words[:6])


def _assign_places(
    triggers: list[TriggerMatch], places: list[PlaceMention], text: str
) -> dict[int, list[PlaceMention]]:
    """Give each place to the trigger it modifies, as dates are given: ``Ankara'da … Konseyi'nin
    Dördüncü Toplantısı ve … Hatay'da inşa edilen konutların açılışı``."""
    out: dict[int, list[PlaceMention]] = {}
    for pm in places:
        after = [tm for tm in triggers if tm.opening >= pm.end]
        if after:
            nxt = min(after, key=lambda tm: tm.opening)
            if "." not in text[pm.end : nxt.opening] and nxt.opening - pm.end <= ASSIGN_DISTANCE:
                out.setdefault(id(nxt), []).append(pm)
                continue
        before = [tm for tm in triggers if tm.end <= pm.start]
        if before:
            out.setdefault(id(max(before, key=lambda tm: tm.end)), []).append(pm)
    return out


def _clause_ends(tokens: list[Token], a: int, b: int, text: str, folded: str, lex: Lexicon) -> bool:
    """Whether a verb followed by a comma lies between ``a`` and ``b``."""
    for tok in tokens:
        if a <= tok.start and tok.end <= b and text[tok.end : tok.end + 1] == ",":
            word = folded[tok.start : tok.end]
            if any(p.fullmatch(word) for p, _ in lex.status["near"]):
                return True
    return False


def _anniversary(tm: TriggerMatch, tokens: list[Token], lex: Lexicon) -> int | None:
    """``Zafer Bayramı'nın 103. yılı`` -> 103."""
    after = [t for t in tokens if t.start >= tm.end][:3]
    if len(after) >= 2 and after[0].is_ordinal:
        words = [t.folded for t in after[1:]]
        if words[0] in lex.phrases("anniversary") or " ".join(words) in lex.phrases("anniversary"):
            return int(after[0].raw.rstrip("."))
    return None


def _as_anniversary(tm: TriggerMatch, lex: Lexicon) -> TriggerMatch:
    trigger = next((t for t in lex.triggers.values() if t.type == "anniversary"), tm.trigger)
    out = replace(tm, trigger=trigger)
    if not out.name:
        out.name = tm.token.stem
    return out


def _phrase(tm: TriggerMatch, tokens: list[Token], lex: Lexicon) -> str | None:
    """The trigger with the noun that completes it: ``geç başvuru günü``, ``başvuru süreci``."""
    after = [t for t in tokens if t.start >= tm.end][:1]
    if after and after[0].folded in lex.phrases("head"):
        words = [t.folded for t in tokens if tm.first.start <= t.start < tm.token.start]
        return " ".join([*words, fold(tm.token.stem), after[0].folded])
    return None


def _ordinal_before(tm: TriggerMatch, free: list[Token]) -> Token | None:
    before = [t for t in free if t.end <= tm.first.start][-1:]
    return before[0] if before and before[0].is_ordinal else None


def _is_genitive(tok: Token, lex: Lexicon) -> bool:
    if tok.suffix:
        return tok.suffix in lex.phrases("genitive_person")
    return len(tok.raw) > 4 and tok.folded.endswith(lex.after_vowel("genitive"))


def _possessor(tm: TriggerMatch, free: list[Token], text: str, lex: Lexicon) -> str | None:
    """``Yeni havalimanının açılışı``, ``İstanbul'un fethinin 572. yıl dönümü``: the genitive
    phrase that owns a noun trigger."""
    if tm.trigger.form != "noun":
        return None
    before = [t for t in free if t.end <= tm.first.start]
    if before and before[-1].is_ordinal:
        before = before[:-1]
    if not before or not _is_genitive(before[-1], lex) or before[-1].in_run:
        return None
    phrase = [before[-1]]
    for tok in reversed(before[:-1]):
        if len(phrase) == 3 or re.search(r"[,;:()\"“”]", text[tok.end : phrase[0].start]):
            break
        if tok.suffix and not _is_genitive(tok, lex):
            break
        if tok.folded in lex.phrases("link") or tok.folded in lex.phrases("reporting"):
            break
        phrase.insert(0, tok)
        if tok.suffix:
            break
    if re.search(r"[,;:]", text[phrase[-1].end : tm.first.start]):
        return None
    return " ".join(t.raw for t in phrase)


def _subject(tm: TriggerMatch, free: list[Token], text: str, lex: Lexicon) -> list[str] | None:
    """``Türkiye ile Azerbaycan arasında … Bakü'de enerji anlaşması imzalanacak``: the noun
    phrase right before a verb trigger (what is signed, launched…)."""
    comitative = lex.case_endings("comitative")
    local = lex.case_endings("locative", "ablative")
    before = [t for t in free if t.end <= tm.first.start]
    phrase: list[Token] = []
    if before and before[-1].is_capital and lex.case_of(before[-1].suffix) == "accusative":
        # "Türk-Yunan Dostluk Antlaşması'nı imzaladı": a named object.
        phrase.append(
            Token(
                before[-1].start,
                before[-1].start + len(before[-1].stem),
                before[-1].stem,
                before[-1].stem,
                "",
                True,
            )
        )
        before = before[:-1]
    for tok in reversed(before):
        nxt = phrase[0].start if phrase else tm.first.start
        if len(phrase) == 3 or re.search(r"[,;:()]", text[tok.end : nxt]):
            break
        if tok.suffix or tok.folded in lex.phrases("link") or tok.is_ordinal:
            break
        if tok.folded in lex.phrases("particle") or tok.folded.endswith(comitative):
            break
        if not tok.raw[:1].isupper() and tok.folded.endswith(local) and len(tok.raw) > 4:
            break
        if phrase and phrase[0].is_capital and not tok.is_capital:
            break  # a name ends where its capitals end
        if not tok.stem.replace("-", "").isalpha():
            break
        phrase.insert(0, tok)
    if not phrase or lex.place(phrase[-1].stem):
        return None
    if tm.trigger.type in ("meeting", "talks") and not all(t.raw[:1].isupper() for t in phrase):
        return None  # who meets is a name ("Terörsüz Türkiye Komisyonu toplanıyor")
    return [t.raw for t in phrase]


def _pair_names(
    tm: TriggerMatch, tokens: list[Token], view: SentenceView, lex: Lexicon
) -> list[str]:
    """``Galatasaray ile Fenerbahçe arasındaki maç``: two names joined by "ile" before the
    trigger take part (people are found by their titles; these are teams, parties…)."""
    people = {search_key(p.person.surname) for p in view.people}
    before = [t for t in tokens if t.end <= tm.start]
    for k in range(1, len(before) - 1):
        a, link, b = before[k - 1], before[k], before[k + 1]
        if link.folded not in lex.phrases("pair_link") or not (a.is_capital and b.is_capital):
            continue
        if (k >= 2 and before[k - 2].is_capital and not before[k - 2].suffix) or (
            k + 2 < len(before) and before[k + 2].is_capital
        ):
            continue  # part of longer names ("İsmet İnönü ile Türk-Yunan Dostluk …")
        names = []
        for tok in (a, b):
            if search_key(tok.stem) in people or tok.folded in lex.titles:
                return []
            if lex.place(tok.stem) and tok is a:
                return []
            names.append(tok.stem)
        return names
    return []


def _bare_visitor(
    tm: TriggerMatch, tokens: list[Token], view: SentenceView, lex: Lexicon
) -> list[str]:
    """``Mirziyoyev 29 Ocak'ta Türkiye'ye resmi ziyarette bulunacak``: a visit's subject or
    possessor named without a title."""
    for k, tok in enumerate(tokens):
        if tok.start >= tm.start:
            break
        if not tok.raw[:1].isupper() or not tok.stem.isalpha():
            continue
        if tok.suffix and tok.suffix not in lex.phrases("genitive_person"):
            continue
        if not tok.suffix and k != 0:
            continue
        if (
            lex.place(tok.stem)
            or lex.organisation(tok.stem)
            or tok.folded in lex.titles
            or lex.trigger_re.match(tok.folded)
        ):
            continue
        return [tok.stem]
    return []


def _place_in_name(
    tm: TriggerMatch, text: str, tokens: list[Token], lex: Lexicon
) -> PlaceMention | None:
    """``Antalya Diplomasi Forumu``, ``45. İstanbul Film Festivali``: the city an event's name
    starts with (after an ordinal)."""
    if not tm.name:
        return None
    inside = [t for t in tokens if tm.name_start <= t.start < tm.end]
    while inside and inside[0].is_ordinal:
        inside = inside[1:]
    found = find_places(text, inside, lex, [])
    return found[0] if found and inside and found[0].start == inside[0].start else None


def _official(tm: TriggerMatch, tokens: list[Token], lex: Lexicon) -> str | None:
    before = [t for t in tokens if t.end <= tm.start][-1:]
    if before and before[0].folded in lex.phrases("official"):
        return before[0].folded
    return None


def _orgs(view: SentenceView, tm: TriggerMatch, lex: Lexicon) -> list[str]:
    """Organisations in the event's name or its clause that do not only report it."""
    out = []
    for om in view.orgs:
        inside = tm.name and tm.name_start <= om.start < tm.end
        before = [t for t in view.tokens if t.end <= om.start][-2:]
        reporting = any(
            fold(" ".join(t.raw for t in before[k:])) in lex.phrases("reporting")
            for k in range(len(before))
        )
        after = [t.folded for t in view.tokens if t.start >= om.end][:2]
        reports = any(" ".join(after[:n]) in lex.phrases("reporting") for n in (1, 2))
        if inside or not (reporting or reports):
            if om.org.short not in out:
                out.append(om.org.short)
    return out


def choose_participants(
    tm: TriggerMatch, people: list[PersonMention], tokens: list[Token], lex: Lexicon
) -> list[Person]:
    """Who takes part: possessors (``Tokayev'in … ziyareti``) when the sentence names one,
    else everyone named in it except those who only report it (``belirten Lavrov``)."""
    if tm.token.suffix in lex.phrases("genitive_person"):
        return []
    reporters = set()
    for pm in people:
        before = [t for t in tokens if t.end <= pm.start][-2:]
        after = [t.folded for t in tokens if t.start >= pm.end][:5]
        if any(
            fold(" ".join(t.raw for t in before[k:])) in lex.phrases("reporting")
            for k in range(len(before))
        ) or any(w in lex.phrases("reporting_after") for w in after):
            reporters.add(id(pm))
    possessors = [
        pm
        for pm in people
        if pm.suffix in lex.phrases("genitive_person")
        and pm.end <= tm.start
        and id(pm) not in reporters
    ]
    # "Erdoğan ile Putin'in …": the possessor's partner joined by "ile"/"ve" possesses too.
    for pm in people:
        if pm in possessors or id(pm) in reporters or pm.end > tm.start:
            continue
        nxt = [t for t in tokens if t.start >= pm.end][:1]
        if (
            nxt
            and nxt[0].folded in lex.phrases("link")
            and any(p.start > pm.end and p.start - nxt[0].end <= 40 for p in possessors)
        ):
            possessors.append(pm)
    possessors.sort(key=lambda pm: pm.start)
    chosen = possessors or [pm for pm in people if id(pm) not in reporters]
    out: list[Person] = []
    for pm in chosen:
        if all(p.surname != pm.person.surname for p in out):
            out.append(pm.person)
    return out


# ---------------------------------------------------------------------------------------------
# Slots


def _is_new_slot(t: Timex, tokens: list[Token], lex: Lexicon) -> bool:
    """A date in the dative names the new slot of a postponement: ``9-12 Haziran'a``,
    ``9-12 Haziran tarihlerine``, ``1 Mart tarihine``; so does ``yeni tarihi 9-12 Haziran``."""
    last = next((tok for tok in tokens if tok.start < t.end <= tok.end), None)
    if last is not None and last.suffix and lex.case_of(last.suffix) == "dative":
        return True
    if _follows(t, tokens, lex.phrases("new_slot")):
        return True
    preceding = [tok.folded for tok in tokens if tok.end <= t.start][-2:]
    return any(
        " ".join(preceding[k:]) in lex.phrases("new_slot_before") for k in range(len(preceding))
    )


def _slots(
    tm: TriggerMatch, status: str | None, tokens: list[Token], lex: Lexicon, text: str
) -> list[tuple[Slot, str, tuple | None]]:
    """``[(slot, status, replaces)]``: one slot, or for a postponement the original slot
    (``postponed``) and the new one (``planned``, pointing back at the original)."""
    coordinators = lex.phrases("link")
    if tm.trigger.type == "release":
        timexes = [
            t
            for t in tm.timexes
            if (s := timex_span(t)) and s.granularity in ("day", "time", "partofday")
        ]
    else:
        timexes = tm.timexes
    timexes = prefer_turkish_time(timexes, text, lex)
    if status != "postponed":
        window = (lex.phrases("window_start"), lex.phrases("window_end"))
        slot = combine(timexes, text, coordinators, window)
        return [(midnight(slot, timexes, lex), status or "", None)] if slot else []
    new = [t for t in timexes if _is_new_slot(t, tokens, lex)]
    old = [t for t in timexes if t not in new]
    old_slot, new_slot = combine(old, text, coordinators), combine(new, text, coordinators)
    out: list[tuple[Slot, str, tuple | None]] = []
    if old_slot:
        out.append((old_slot, "postponed", None))
    if new_slot:
        replaces = (old_slot.date, old_slot.end) if old_slot else None
        out.append((new_slot, "planned", replaces or PENDING))
    return out


def _own_range(tm: TriggerMatch) -> tuple[date, date] | None:
    spans = [s for t in tm.timexes if (s := timex_span(t)) is not None]
    if not spans:
        return None
    return min(s.first for s in spans), max(s.last for s in spans)


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
    day: date | None = None
    for i, view in enumerate(views):
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
        if not _is_bound(t, view.tokens, lex)
        and (sp := timex_span(t)) is not None
        and sp.granularity in ("day", "time", "partofday")
        and sp.first == sp.last
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
    it has one, nearest before the reference (else after it)."""
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
    if not options:
        return None
    before = [c for c in options if c.position < ref.start]
    chosen = (
        max(before, key=lambda c: c.position) if before else min(options, key=lambda c: c.position)
    )
    return chosen.slots[-1][0]


def _similar(a: str, b: str) -> bool:
    wa = {w[:5] for w in search_key(a).split() if len(w) > 2}
    wb = {w[:5] for w in search_key(b).split() if len(w) > 2}
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.5


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
        if cand.slots or cand.view.timexes or cand.status != "held" or cand.context:
            continue
        if not cand.tm.trigger.calendar:
            continue
        undated = [c for c in candidates if c.view is cand.view and not c.slots]
        if cand is not undated[-1] or not occurs_right_after(cand.tm, cand.view.tokens, lex):
            continue
        cand.slots = [(Slot(published.isoformat(), "day"), "held", None)]
        return


def _find_topics(candidates: list[Candidate], views: list[SentenceView], published: date) -> None:
    """The name an unnamed event borrows: the event it belongs to (an application's exam)
    or the name the article gave the same happening elsewhere."""
    named = sorted(
        (tm for view in views for tm in view.triggers if tm.name), key=lambda tm: tm.start
    )
    owners = [tm for tm in named if tm.trigger.type not in ("application", "deadline")]
    owner_starts = [tm.start for tm in owners]
    by_type: dict[str, list[TriggerMatch]] = {}
    for tm in named:
        by_type.setdefault(tm.trigger.type, []).append(tm)
    by_tm = {id(c.tm): c for c in candidates}
    lent: dict[int, list] = {}
    for cand in candidates:
        if cand.tm.name:
            continue
        if cand.tm.trigger.type in ("application", "deadline"):
            k = bisect_left(owner_starts, cand.position)
            if k:
                cand.topic = owners[k - 1].name
            continue
        same = sorted(
            by_type.get(cand.tm.trigger.type, ()),
            key=lambda tm: (tm.start > cand.position, abs(tm.start - cand.position)),
        )
        for tm in same[:MAX_TOPIC_TRIES]:
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
            if not _may_share_name(cand, other, slots):
                continue
            if cand.slots:
                lent.setdefault(id(tm), []).extend(cand.slots)
            cand.topic = tm.name
            if cand.place is None and other is not None and other.place is not None:
                cand.place = other.place
            break


def _long_before(cand: Candidate, published: date) -> bool:
    """Every slot of the mention ends more than HISTORICAL_DAYS before publication."""
    return all(slot.last < published - timedelta(days=HISTORICAL_DAYS) for slot, _, _ in cand.slots)


def _same_sentence(tm: TriggerMatch, cand: Candidate) -> bool:
    return any(t is tm for t in cand.view.triggers)


def _may_share_name(cand: Candidate, other: Candidate | None, slots: list) -> bool:
    """Whether a mention may be the happening another name was given to: their slots meet
    (or one is a change of the other), and their places do not disagree.

    :param other: the named mention, when it is an event candidate itself.
    :param slots: the named happening's slots (its own, or those of mentions that took its
        name).
    """
    if (
        other is not None
        and cand.place
        and other.place
        and cand.place.place.name != other.place.place.name
        and cand.place.place.country != other.place.place.name
        and other.place.place.country != cand.place.place.name
    ):
        return False
    if not cand.slots or not slots:
        return True
    if any(st in ("postponed", "cancelled") or rep for _, st, rep in cand.slots + slots):
        return True
    return any(
        a.first <= b.last and b.first <= a.last for a, _, _ in cand.slots for b, _, _ in slots
    )


# ---------------------------------------------------------------------------------------------
# Agenda lists: "bugün takip edilecek veriler şöyle: 11.00 Türkiye, ağustos ayı bütçe dengesi"


def _agenda(
    view: SentenceView, folded: str, lex: Lexicon, pending: str | None, text: str
) -> tuple[list[Event], str | None]:
    """The data releases an agenda list names, and the status for items on later lines."""
    s = view.sent
    intro = next(
        (
            tm
            for tm in view.triggers
            if tm.trigger.type == "release" and ":" in text[tm.end : s.end]
        ),
        None,
    )
    status = pending
    start = s.start
    if intro is not None:
        colon = text.index(":", intro.end, s.end)
        status = read_status(folded, intro, view.tokens, replace(s, end=colon), lex) or pending
        start = colon + 1
    if status is None:
        return [], None
    times = [
        t
        for t in view.timexes
        if t.start >= start
        and (sp := timex_span(t)) is not None
        and sp.time is not None
        and t.type == "TIME"
    ]
    if not times or (intro is None and times[0].start - s.start > 2):
        return [], (status if intro is not None else None)
    out = []
    for i, t in enumerate(times):
        end = times[i + 1].start if i + 1 < len(times) else s.end
        words = text[t.end : end].strip(" .;,\n")
        if not words:
            continue
        span = timex_span(t)
        place = next((pm for pm in view.places if t.end <= pm.start < end), None)
        description = words
        if place is not None and text[t.end : place.start].strip() == "":
            description = text[place.end : end].strip(" .;,\n")
        trigger = (
            intro.trigger
            if intro
            else next(tr for tr in lex.triggers.values() if tr.type == "release")
        )
        event = Event(
            date=span.first.isoformat(),
            granularity="day",
            title=release_title(
                place.title_name if place else None, f"{description} {trigger.noun}"
            ),
            type=trigger.type,
            status=status,
            quote=text[t.start : end].strip(),
            time=span.time,
            location=place.display if place else None,
            country=place.place.country if place else None,
            timezone=place.place.zone if place else None,
            calendar=trigger.calendar,
            quote_start=t.start,
            quote_end=end,
            confidence_reasons=["agenda", "date-attached", "status-verb"],
        )
        event.key = identity_key(event)
        out.append(event)
    return out, status


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
    by_kind = False  # titled by its kind alone ("Yarıyıl tatili")
    if tm.name:
        title = name_title(tm.name, tm.long_name, cand.anniversary, lex)
    elif tm.trigger.type in KIND_FIRST:
        title = kind_title(tm, cand.view.tokens, lex)
        by_kind = True
    else:
        title = phrase_title(
            tm.trigger,
            cand.phrase,
            cand.topic,
            {"official": cand.official},
            names,
            place.title_name if place else None,
            cand.orgs,
            lex,
            cand.possessor,
            cand.subject,
        )
        by_kind = not title and tm.trigger.type in (*KIND_FIRST, *SELF_DATED)
        title = title or kind_title(tm, cand.view.tokens, lex)
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
            place is not None,
            bool(cand.phrase or cand.possessor or cand.subject),
        ),
        date_reason(tm.timexes, tm, text),
        "status-verb" if cand.status else "status-day",
    ]
    if title and not mended:
        reasons[0] = "no-title"  # "Yaz'ın ziyareti": the possessor was a common word
    title = mended
    if any(t not in tm.timexes for t in cand.view.timexes):
        reasons.append("other-dates")  # the sentence dates something else too
    out = []
    for slot, status, replaces in cand.slots:
        days = slot.days or (None,)
        for n, day in enumerate(days):
            value = day.isoformat() if day else slot.date
            first = day or (slot.first if slot.granularity == "day" else None)
            historical = first is not None and first < published - timedelta(days=HISTORICAL_DAYS)
            st = status or _status_by_day(slot, published)
            if st == "held" and first is not None and first > published:
                st = "planned"  # "yarın başlıyor": a present tense that speaks of the future
            event = Event(
                date=value,
                granularity=slot.granularity,
                title=_day_title(title, n + 1, lex) if len(days) > 1 and title else title,
                type=tm.trigger.type,
                status=st,
                quote=quote,
                end=None if day else slot.end,
                time=slot.time,
                location=place.display if place else None,
                country=place.place.country if place else None,
                timezone=turkish_zone(slot, tm.timexes, text, lex)
                or (place.place.zone if place else None),
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
                + outside_reason(tm.timexes, slot),
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


def _apply_undated_changes(events: list[Event], changes: list[tuple[int, str, str]]) -> None:
    """Give an undated "cancelled"/"postponed" to the nearest scheduled event of its kind,
    preferring one told before it. When the article already dates a change of that kind of
    event, the undated cue repeats it."""
    for position, event_type, status in changes:
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
        if not candidates:
            continue
        before = [e for e in candidates if e.quote_start <= position]
        target = (
            max(before, key=lambda e: e.quote_start)
            if before
            else min(candidates, key=lambda e: e.quote_start)
        )
        target.status = status


def _borrow_titles(events: list[Event]) -> None:
    """An untitled mention (``Zirvenin nisan başında yapılacağı açıklandı``) takes the title
    and place of a titled event of the same kind it may be: the same days, or a change of
    it (postponed, cancelled, a new slot)."""
    for e in events:
        if e.title:
            continue
        options = [o for o in events if o.title and o.type == e.type and _may_be_one(o, e)]
        if options:
            o = min(options, key=lambda o: abs(o.quote_start - e.quote_start))
            e.title = o.title
            e.confidence_reasons = retitled(e.confidence_reasons, o.confidence_reasons)
            if e.location is None:
                e.location, e.country, e.timezone = o.location, o.country, o.timezone


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


def _day_title(title: str, n: int, lex: Lexicon) -> str:
    """The title of the ``n``-th day of a multi-day event: ``Fuar (2. gün)``."""
    return f"{title} ({n}{_day_mark(lex)}"


def _day_mark(lex: Lexicon) -> str:
    """How the title of one day of a multi-day event ends: ``. gün)``."""
    return f". {lex.word('day_title')})"


def _dedupe(events: list[Event], lex: Lexicon) -> list[Event]:
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
    return out


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
    day_mark = _day_mark(lex)
    if a.title.endswith(day_mark) or b.title.endswith(day_mark):
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


def _range_meets(a: Event, b: Event) -> bool:
    ra, rb = a.range(), b.range()
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def _absorb(twin: Event, e: Event) -> None:
    """Fold a repeated mention into the first one."""
    titled = bool(twin.title)
    if not twin.title and e.title:
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
    twin.location = twin.location or e.location
    twin.country = twin.country or e.country
    twin.timezone = twin.timezone or e.timezone
    twin.time = twin.time or e.time
    twin.calendar = twin.calendar or e.calendar
    twin.key = identity_key(twin)
