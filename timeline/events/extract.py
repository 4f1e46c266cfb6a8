"""Turn the dated statements of one document into events.

For each sentence of the body:

1. find event triggers (``zirve``, ``ziyaret``, ``bir araya geldi``… in ``event_triggers.tsv``);
   a trigger inside the name of another (``Devlet Başkanları Konseyi Zirvesi``) is dropped;
2. give each date expression of the sentence to the trigger it modifies: Turkish puts modifiers
   before their head, so the first trigger after the date, else the nearest one before it;
3. read the status from the participle just before the trigger (``düzenlenen``) or the verb
   group after it (``gerçekleştireceğini``), with ``ertelendi``/``iptal edildi`` anywhere in the
   sentence winning; a trigger with no status cue is not an event (fewer, correct events);
4. find the place (a gazetteer name in the locative, or for a visit the dative/accusative) and
   the participants (titled names, and later short mentions linked to them);
5. build a short title: the event's own name when the text gives one (``7. Hazar Ülkeleri
   Zirvesi``), else a phrase from its participants and place (``Tokayev'in Rusya'ya resmi
   ziyareti``, ``Lavrov ile Köşerbayev görüşmesi``).

The main happening of an article told in the past tense with no date in its sentence (in the
headline or lede) is dated on the publication day. Statistics (amounts tied to a period) have
no trigger and are never events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..model import Document, Event, Timex
from ..text import APOSTROPHES, fold, search_key, sentences
from .lexicon import Lexicon, Place, Trigger, lexicon
from .merge import identity_key, same_happening

LEDE_SENTENCES = 4
HISTORICAL_DAYS = 400
WINDOW = 90  # characters after a trigger in which its verb is looked for
_TOKEN = re.compile(rf"[\w{APOSTROPHES}.\-]+")
_ORDINAL = re.compile(r"\d{1,3}\.")
PENDING = ("?", None)  # a new slot whose original is named elsewhere in the document


@dataclass(slots=True)
class Token:
    start: int
    end: int
    raw: str  # as written, trailing full stop removed unless an ordinal
    stem: str  # before the apostrophe
    suffix: str  # after the apostrophe (folded), "" if none

    @property
    def is_capital(self) -> bool:
        return self.raw[:1].isupper()

    @property
    def is_ordinal(self) -> bool:
        return bool(_ORDINAL.fullmatch(self.raw))


def tokenize(text: str, a: int, b: int) -> list[Token]:
    tokens = []
    for m in _TOKEN.finditer(text, a, b):
        raw, start, end = m.group(), m.start(), m.end()
        if not _ORDINAL.fullmatch(raw):
            while raw and raw[-1] in ".-":
                raw, end = raw[:-1], end - 1
        raw = raw.lstrip("-")
        if not raw:
            continue
        start = end - len(raw)
        cut = next((i for i, c in enumerate(raw) if c in APOSTROPHES), None)
        stem = raw if cut is None else raw[:cut]
        suffix = "" if cut is None else fold(raw[cut + 1 :])
        tokens.append(Token(start, end, raw, stem, suffix))
    return tokens


# ---------------------------------------------------------------------------------------------
# People


@dataclass(slots=True)
class Person:
    name: str  # "Kasım Cömert Tokayev"
    title: str = ""  # "Kazakistan Cumhurbaşkanı"
    relational: bool = False

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def display(self) -> str:
        return f"{self.title} {self.name}".strip()


@dataclass(slots=True)
class PersonMention:
    person: Person
    start: int
    end: int
    suffix: str  # case suffix of the last token


def _title_at(tokens: list[Token], i: int, lex: Lexicon) -> int:
    """Length in tokens of the longest person title starting at ``tokens[i]`` (0 if none)."""
    for n in range(min(lex.title_max_words, len(tokens) - i), 0, -1):
        words = [fold(t.raw) for t in tokens[i : i + n]]
        if any(t.suffix for t in tokens[i : i + n]):
            continue
        if " ".join(words) in lex.titles:
            return n
    return 0


def find_people(text: str, tokens: list[Token], lex: Lexicon) -> list[PersonMention]:
    """Titled names: ``[Country] Title Name [Name…]`` (``Rusya Dışişleri Bakanı Sergey Lavrov``)."""
    out = []
    i = 0
    while i < len(tokens):
        n = _title_at(tokens, i, lex)
        if not n:
            i += 1
            continue
        j = i + n
        names: list[Token] = []
        while j < len(tokens) and len(names) < 4 and tokens[j].is_capital:
            tok = tokens[j]
            if not tok.stem.replace("-", "").isalpha() or lex.place(tok.stem):
                break
            if _title_at(tokens, j, lex):
                break
            names.append(tok)
            j += 1
            if tok.suffix or text[tok.end : tok.end + 1] in ",;:)":
                break
        if not names:
            i += n
            continue
        k = i
        while k > 0 and i - k < 3 and tokens[k - 1].is_capital and not tokens[k - 1].suffix:
            if text[tokens[k - 1].end : tokens[k].start].strip():
                break
            k -= 1
        title_tokens = tokens[k : i + n]
        title = " ".join(t.raw for t in title_tokens)
        title_key = " ".join(fold(t.raw) for t in tokens[i : i + n])
        person = Person(" ".join(t.stem for t in names), title, lex.titles.get(title_key, False))
        out.append(PersonMention(person, tokens[k].start, names[-1].end, names[-1].suffix))
        i = j
    return out


class Registry:
    """The people of one document, by surname: the fullest name and the best title seen."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}

    def add(self, person: Person) -> None:
        key = search_key(person.surname)
        known = self.people.get(key)
        if known is None:
            self.people[key] = Person(person.name, person.title, person.relational)
            return
        if len(person.name) > len(known.name):
            known.name = person.name
        better_title = person.title and (
            not known.title or (known.relational and not person.relational)
            or (person.relational == known.relational and len(person.title) > len(known.title))
        )
        if better_title:
            known.title, known.relational = person.title, person.relational

    def lookup(self, word: str) -> Person | None:
        return self.people.get(search_key(word))


def people_in(text: str, tokens: list[Token], titled: list[PersonMention], registry: Registry):
    """Titled mentions plus short mentions (``Tokayev``, ``Lavrov'un``) of known people."""
    found = [PersonMention(registry.lookup(m.person.surname) or m.person, m.start, m.end, m.suffix)
             for m in titled]
    covered = [(m.start, m.end) for m in titled]
    for tok in tokens:
        if not tok.is_capital or any(a <= tok.start < b for a, b in covered):
            continue
        person = registry.lookup(tok.stem)
        if person:
            found.append(PersonMention(person, tok.start, tok.end, tok.suffix))
    found.sort(key=lambda m: m.start)
    return found


# ---------------------------------------------------------------------------------------------
# Places

LOCATIVE = ("de", "da", "te", "ta")
LOCATIVE_ADJ = ("deki", "daki", "teki", "taki")
DATIVE = ("ye", "ya", "e", "a")
ACCUSATIVE = ("yi", "yı", "yu", "yü", "i", "ı", "u", "ü")
CITY_WORDS = ("şehrinde", "kentinde", "ilçesinde", "başkentinde", "bölgesinde")


@dataclass(slots=True)
class PlaceMention:
    place: Place
    start: int
    end: int
    case: str  # locative | locative_adj | dative | accusative | nominative | other


def find_places(tokens: list[Token], lex: Lexicon, skip: list[tuple[int, int]]) -> list[PlaceMention]:
    out = []
    i = 0
    while i < len(tokens):
        hit = None
        for n in range(min(lex.place_max_words, len(tokens) - i), 0, -1):
            group = tokens[i : i + n]
            if any(t.suffix for t in group[:-1]) or not group[0].is_capital:
                continue
            place = lex.place(" ".join(t.stem for t in group))
            if place:
                hit = (n, place)
                break
        if not hit:
            i += 1
            continue
        n, place = hit
        last = tokens[i + n - 1]
        start, end = tokens[i].start, last.end
        if any(a <= start < b for a, b in skip):
            i += n
            continue
        case = _case(last.suffix)
        if not last.suffix and i + n < len(tokens) and fold(tokens[i + n].raw) in CITY_WORDS:
            case = "locative"
        out.append(PlaceMention(place, start, end, case))
        i += n
    return out


def _case(suffix: str) -> str:
    if not suffix:
        return "nominative"
    if suffix in LOCATIVE:
        return "locative"
    if suffix in LOCATIVE_ADJ:
        return "locative_adj"
    if suffix in DATIVE:
        return "dative"
    if suffix in ACCUSATIVE:
        return "accusative"
    return "other"


PLACE_PREFERENCE = {
    "visit": ("dative", "accusative", "locative", "locative_adj", "nominative"),
    "default": ("locative", "locative_adj", "nominative", "dative"),
}


def choose_place(places: list[PlaceMention], trigger_at: int, event_type: str) -> PlaceMention | None:
    order = PLACE_PREFERENCE.get(event_type, PLACE_PREFERENCE["default"])
    best, best_score = None, None
    for pm in places:
        if pm.case not in order:
            continue
        score = (order.index(pm.case), abs(trigger_at - pm.start))
        if best_score is None or score < best_score:
            best, best_score = pm, score
    return best


# ---------------------------------------------------------------------------------------------
# Triggers, status, dates


@dataclass(slots=True)
class TriggerMatch:
    trigger: Trigger
    start: int
    end: int
    token: Token
    name: str | None = None  # the event's own name ("2. Orta Asya-Rusya Zirvesi")
    name_start: int = 0
    timexes: list[Timex] = field(default_factory=list)


def find_triggers(text: str, folded: str, tokens: list[Token], a: int, b: int,
                  lex: Lexicon, blocked: list[tuple[int, int]]) -> list[TriggerMatch]:
    """Triggers of the sentence ``[a, b)``; ``blocked`` spans (dates) never join a name."""
    found = []
    for m in lex.trigger_re.finditer(folded, a, b):
        trigger = lex.triggers[re.sub(r"\s+", " ", m.group("stem"))]
        tok = next((t for t in tokens if t.start <= m.end() - 1 < t.end), None)
        if tok is None:
            continue
        tm = TriggerMatch(trigger, m.start(), tok.end, tok)
        _find_name(text, [t for t in tokens if not any(x <= t.start < y for x, y in blocked)]
                   if blocked else tokens, tm, a)
        found.append(tm)
    # A trigger inside another's name is part of that name.
    return [t for t in found
            if not any(o is not t and o.name and o.name_start <= t.start < o.end for o in found)]


def _find_name(text: str, tokens: list[Token], tm: TriggerMatch, sentence_start: int) -> None:
    """The event's own name, when the text gives one:

    * ``2. Orta Asya-Rusya Zirvesi'nin`` -> ``2. Orta Asya-Rusya Zirvesi`` (capitalised words,
      and an ordinal that opens them, ending in a capitalised trigger word);
    * ``Şanghay İşbirliği Örgütü zirvesi`` (a proper name before a lower-case head noun; the
      head is written in its title form, and one capitalised word that only opens the
      sentence does not count).
    """
    if tm.token not in tokens:
        return
    idx = tokens.index(tm.token)
    head = tm.token
    j = idx
    while j > 0 and idx - j < 8:
        prev = tokens[j - 1]
        gap = text[prev.end : tokens[j].start]
        if gap.strip() or prev.suffix:
            break
        if prev.is_ordinal:
            j -= 1
            break
        if not prev.is_capital:
            break
        j -= 1
    if head.is_capital:
        tm.name = " ".join([t.raw for t in tokens[j:idx]] + [head.stem])
        tm.name_start = tokens[j].start
        return
    opens_sentence = j < idx and not text[sentence_start : tokens[j].start].strip(" \"“'‘(")
    if idx - j >= 2 or (idx - j == 1 and not opens_sentence):
        tm.name = " ".join([t.raw for t in tokens[j:idx]] + [tm.trigger.noun])
        tm.name_start = tokens[j].start


def _first_cue(folded: str, a: int, b: int, patterns, ignore=frozenset()) -> tuple[int, str] | None:
    """The cue nearest ``a`` in ``folded[a:b]`` (the earlier pattern wins at one place)."""
    best = None
    for pattern, status in patterns:
        for m in pattern.finditer(folded, a, b):
            if m.group() in ignore:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), status)
            break
    return best


def read_status(folded: str, tm: TriggerMatch, tokens: list[Token], sent: tuple[int, int],
                lex: Lexicon) -> str | None:
    """The status of the happening a trigger names, or None when the text gives no cue."""
    sentence_cue = _first_cue(folded, sent[0], sent[1], lex.status["sentence"])
    if sentence_cue:
        return sentence_cue[1]
    ignore = lex.words.get("not_verb", frozenset())
    opening = tm.name_start if tm.name else tm.start
    before = [t for t in tokens if t.end <= opening][-2:]
    if before:
        cue = _first_cue(folded, before[0].start, opening, lex.status["before"], ignore)
        if cue:
            return cue[1]
    cue = _first_cue(folded, tm.end, min(sent[1], tm.end + WINDOW), lex.status["near"], ignore)
    if cue is None:
        # A trigger that is itself the verb: "görüştü", "toplanacak".
        cue = _first_cue(folded, tm.start, tm.end, lex.status["near"], ignore)
    return cue[1] if cue else None


def assign_timexes(triggers: list[TriggerMatch], timexes: list[Timex], text: str) -> None:
    """Give each date to the trigger it modifies: the first trigger after it in its clause,
    else the nearest one before it."""
    for t in timexes:
        after = [tm for tm in triggers if tm.start >= t.end]
        if after:
            nxt = min(after, key=lambda tm: tm.start)
            if "." not in text[t.end : nxt.start] and nxt.start - t.end <= 160:
                nxt.timexes.append(t)
                continue
        before = [tm for tm in triggers if tm.end <= t.start]
        if before:
            max(before, key=lambda tm: tm.end).timexes.append(t)
        elif after:
            min(after, key=lambda tm: tm.start).timexes.append(t)


GRAN_RANK = {"time": 0, "partofday": 0, "day": 1, "weekend": 2, "week": 2, "month": 3,
             "quarter": 4, "half": 4, "season": 4, "year": 5}


def slot_of(timexes: list[Timex]) -> tuple[str, str | None, str, str | None, list[date]] | None:
    """``(date, end, granularity, time, days)`` of the most precise usable date, or None."""
    usable = [t for t in timexes if t.type in ("DATE", "TIME") and t.first and t.granularity in GRAN_RANK]
    if not usable:
        return None
    best = min(usable, key=lambda t: (GRAN_RANK[t.granularity], t.start))
    clock = next((t.time for t in usable if t.time), None)
    first, last = best.first, best.last or best.first
    gran = best.granularity
    if gran in ("time", "partofday", "day"):
        if best.days:
            return first.isoformat(), None, "day", clock, list(best.days)
        end = last.isoformat() if last != first else None
        return first.isoformat(), end, "day", clock, []
    if gran in ("week", "weekend"):
        # Known only to the week: the month when the week lies inside one, else the year.
        if (first.year, first.month) == (last.year, last.month):
            return f"{first:%Y-%m}", None, "month", None, []
        return str(first.year), None, "year", None, []
    if gran == "month":
        if (first.year, first.month) != (last.year, last.month):
            return str(first.year), None, "year", None, []
        return f"{first:%Y-%m}", None, "month", None, []
    return str(first.year), None, "year", None, []


# ---------------------------------------------------------------------------------------------
# Titles


def build_title(tm: TriggerMatch, participants: list[Person], place: PlaceMention | None,
                folded: str, lex: Lexicon) -> str:
    if tm.name:
        return tm.name
    noun = tm.trigger.noun
    if tm.trigger.type == "visit":
        official = next(iter(lex.words.get("official", ())), None)
        near = folded[max(0, tm.start - len(official or "") - 2) : tm.end] if official else ""
        noun = f"{official} {noun}" if official and official in near.split() and not \
            noun.startswith(official) else noun
        who = lex.attach(participants[0].surname, "genitive") if participants else ""
        where = lex.attach(place.place.name, "dative") if place else ""
        return " ".join(p for p in (who, where, noun) if p) or noun.capitalize()
    if tm.trigger.type in ("meeting", "talks") and len(participants) >= 2:
        return f"{participants[0].surname} ile {participants[1].surname} {noun}"
    if place:
        return f"{place.place.name} {noun}"
    if participants:
        return f"{lex.attach(participants[0].surname, 'genitive')} {noun}"
    return noun[:1].upper() + noun[1:]


# ---------------------------------------------------------------------------------------------
# The extractor


def extract_events(document: Document, timexes: list[Timex]) -> list[Event]:
    """The events one document states, deduplicated within the document."""
    lex = lexicon(document.lang)
    text = document.text
    folded = fold(text)
    sents = [s for a, b in document.body for s in sentences(text, a, b)]
    registry = Registry()
    per_sentence = []
    for a, b in sents:
        tokens = tokenize(text, a, b)
        titled = find_people(text, tokens, lex)
        for pm in titled:
            registry.add(pm.person)
        per_sentence.append((a, b, tokens, titled))

    published = document.published.date()
    events: list[Event] = []
    undated_changes: list[tuple[int, str, str]] = []  # (position, type, status)
    main_found = False
    for index, (a, b, tokens, titled) in enumerate(per_sentence):
        in_sentence = [t for t in timexes if a <= t.start < b and t.type in ("DATE", "TIME")]
        triggers = find_triggers(text, folded, tokens, a, b, lex,
                                 [(t.start, t.end) for t in in_sentence])
        if not triggers:
            continue
        assign_timexes(triggers, in_sentence, text)
        people = people_in(text, tokens, titled, registry)
        skip = [(p.start, p.end) for p in titled] + [
            (tm.name_start, tm.end) for tm in triggers if tm.name
        ]
        places = find_places(tokens, lex, skip)
        for tm in triggers:
            status = read_status(folded, tm, tokens, (a, b), lex)
            if status is None:
                continue
            slots = _slots(tm, status, tokens, lex)
            if not slots and status in ("cancelled", "postponed"):
                # "Zirve iptal edildi." with no date: it concerns the same kind of event
                # told elsewhere in the article.
                undated_changes.append((tm.start, tm.trigger.type, status))
                continue
            if not slots:
                # The main happening, told in the past with no date: the publication day. Of
                # several triggers the last one is the main verb's (Turkish is verb-final).
                undated = [t for t in triggers if not t.timexes]
                if (main_found or in_sentence or index >= LEDE_SENTENCES or status != "held"
                        or not tm.trigger.calendar or tm is not undated[-1]):
                    continue
                slots = [((published.isoformat(), None, "day", None, []), status, None)]
                main_found = True
            participants = choose_participants(tm, people, tokens, lex)
            place = choose_place(places, tm.start, tm.trigger.type)
            for slot, slot_status, replaces in slots:
                events.extend(_events_for(tm, slot, slot_status, replaces, participants, place,
                                          text, folded, (a, b), published, lex))
    _link_postponements(events)
    _apply_undated_changes(events, undated_changes)
    return _dedupe(events)


def _apply_undated_changes(events: list[Event], changes: list[tuple[int, str, str]]) -> None:
    """Give an undated "cancelled"/"postponed" to the nearest scheduled event of its kind,
    preferring one told before it."""
    from .merge import type_group

    for position, event_type, status in changes:
        candidates = [e for e in events if type_group(e.type) == type_group(event_type)
                      and e.status in ("planned", "proposed") and e.replaces is None]
        if not candidates:
            continue
        before = [e for e in candidates if e.quote_start <= position]
        target = max(before, key=lambda e: e.quote_start) if before else min(
            candidates, key=lambda e: e.quote_start)
        target.status = status


def _is_new_slot(t: Timex, tokens: list[Token], lex: Lexicon) -> bool:
    """A date in the dative names the new slot of a postponement: ``9-12 Haziran'a``,
    ``9-12 Haziran tarihlerine``, ``1 Mart tarihine``."""
    last = next((tok for tok in tokens if tok.start < t.end <= tok.end), None)
    if last is not None and last.suffix and _case(last.suffix) == "dative":
        return True
    following = [tok for tok in tokens if tok.start >= t.end][:2]
    words = [fold(tok.raw) for tok in following]
    return bool(words) and words[0] in lex.words.get("new_slot", ()) or (
        len(words) == 2 and " ".join(words) in lex.words.get("new_slot", ())
    )


def _slots(tm: TriggerMatch, status: str, tokens: list[Token], lex: Lexicon) -> list:
    """``[(slot, status, replaces)]``: one slot, or for a postponement the original slot
    (``postponed``) and the new one (``planned``, pointing back at the original)."""
    if status != "postponed":
        slot = slot_of(tm.timexes)
        return [(slot, status, None)] if slot else []
    new = [t for t in tm.timexes if _is_new_slot(t, tokens, lex)]
    old = [t for t in tm.timexes if t not in new]
    old_slot, new_slot = slot_of(old), slot_of(new)
    out = []
    if old_slot:
        out.append((old_slot, "postponed", None))
    if new_slot:
        replaces = (old_slot[0], old_slot[1]) if old_slot else None
        out.append((new_slot, "planned", replaces or PENDING))
    return out


def _link_postponements(events: list[Event]) -> None:
    """A new slot whose original is named in another sentence points back at it."""
    from .merge import type_group

    for i, e in enumerate(events):
        if e.replaces != PENDING:
            continue
        earlier = [o for o in events[:i] + events[i + 1 :]
                   if o.status == "postponed" and type_group(o.type) == type_group(e.type)]
        e.replaces = (earlier[0].date, earlier[0].end) if earlier else None
        e.key = identity_key(e)


def choose_participants(tm: TriggerMatch, people: list[PersonMention], tokens: list[Token],
                        lex: Lexicon) -> list[Person]:
    """Who takes part: possessors (``Tokayev'in … ziyareti``) when the sentence names one,
    else everyone named in it except those who only report it (``belirten Lavrov``)."""
    if tm.token.suffix in lex.words.get("genitive_person", ()):
        return []
    reporters = set()
    for pm in people:
        before = [t for t in tokens if t.end <= pm.start][-2:]
        if any(fold(" ".join(t.raw for t in before[k:])) in lex.words.get("reporting", ())
               for k in range(len(before))):
            reporters.add(id(pm))
    possessors = [pm for pm in people
                  if pm.suffix in lex.words.get("genitive_person", ()) and pm.end <= tm.start]
    chosen = possessors or [pm for pm in people if id(pm) not in reporters]
    out: list[Person] = []
    for pm in chosen:
        if all(p.surname != pm.person.surname for p in out):
            out.append(pm.person)
    return out


def _events_for(tm, slot, status, replaces, participants, place, text, folded, sent, published,
                lex):
    value, end, granularity, clock, days = slot
    quote = text[sent[0] : sent[1]]
    title = build_title(tm, participants, place, folded, lex)
    days = days or [None]
    for n, day in enumerate(days):
        date_value = day.isoformat() if day else value
        day_title = f"{title} ({n + 1}. gün)" if len(days) > 1 else title
        first = date.fromisoformat(date_value) if granularity == "day" else None
        historical = first is not None and first < published - timedelta(days=HISTORICAL_DAYS)
        if status == "held" and first is not None and first > published:
            status = "planned"  # "yarın başlıyor": a present tense that speaks of the future
        event = Event(
            date=date_value,
            granularity=granularity,
            title=day_title,
            type=tm.trigger.type,
            status=status,
            quote=quote,
            end=None if day else end,
            time=clock,
            location=place.place.name if place else None,
            country=place.place.country if place else None,
            timezone=place.place.zone if place else None,
            participants=[p.display for p in participants],
            calendar=granularity == "day" and tm.trigger.calendar and not historical,
            quote_start=sent[0],
            quote_end=sent[1],
            replaces=replaces,
        )
        event.key = identity_key(event)
        yield event


def _dedupe(events: list[Event]) -> list[Event]:
    """Merge repeated mentions of one happening in one document (same slot)."""
    out: list[Event] = []
    for e in events:
        twin = next((o for o in out if (o.date, o.end) == (e.date, e.end)
                     and same_happening(o, e)), None)
        if twin is None:
            out.append(e)
            continue
        for p in e.participants:
            if p not in twin.participants:
                twin.participants.append(p)
        twin.location = twin.location or e.location
        twin.country = twin.country or e.country
        twin.time = twin.time or e.time
    return out
