"""Sentence-level reading for :mod:`.extract`: what one sentence says of each trigger (its
dates, status and place), and the slots of its date expressions. Who and what the sentence
names for a trigger (owner, subject, sides, participants) is read by :mod:`.naming`.

Split out of :mod:`timeline.events.extract`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from ..model import Event, Timex
from ..text import fold
from .clauses import _compound_subject, _is_genitive, _owned_subject
from .clocktimes import midnight, prefer_turkish_time
from .lexicon import Lexicon
from .mentions import (
    OrgMention,
    Person,
    PersonMention,
    PlaceMention,
)
from .merge import type_group
from .readings import starts_then
from .slots import Slot, clock_end, combine, timex_span
from .tokens import Sentence, Token, inner_sentence_break
from .triggers import (
    TriggerMatch,
)

LEDE_SENTENCES = 4
HISTORICAL_DAYS = 400
ASSIGN_DISTANCE = 160  # characters from a date to the trigger after it that it may modify
STATEMENT_REACH = 40  # characters after a date searched for the statement it dates
PENDING = ("?", None)  # a new slot whose original is named elsewhere in the document
SELF_DATED = ("holiday", "anniversary")  # kinds that need no verb to be an event on their day
MAX_TOPIC_TRIES = 8  # named events of the kind looked at, nearest first


# Verb triggers that are happenings of their own even after an event that opens the sentence
# ("Cumhuriyet Bayramı kutlamaları nedeniyle … yollar trafiğe kapatılacak").
OWN_HAPPENINGS = ("closure", "strike")


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
    sets: list[Timex] = field(default_factory=list)  # İlkbaharda, her yıl mayıs ayında (XXXX-…)


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
    compound: str | None = None  # a compound noun that titles it ("Kabine toplantısı")
    gapped: bool = False  # one day and place of a verb told of several (it borrows no name)
    official: str | None = None
    topic: str | None = None
    possessor: str | None = None
    subject: list[str] | None = None
    names: list[str] = field(default_factory=list)  # unknown capitalised participants
    inherited_range: bool = False
    moved: bool = False  # "ertelenen maçın 8 Kasım'da oynanmasına": its dates are the new slot
    part_of: str | None = None  # the named event an opening or ceremony belongs to
    events: list[Event] = field(default_factory=list)

    @property
    def group(self) -> str:
        return type_group(self.tm.trigger.type)

    @property
    def position(self) -> int:
        return self.tm.start


# ---------------------------------------------------------------------------------------------
# Sentence-level helpers


def _absorb_predicates(
    triggers: list[TriggerMatch], text: str, sent, tokens: list[Token], lex: Lexicon
) -> list[TriggerMatch]:
    """A verb trigger said of an event that is the sentence's subject is that event's
    predicate, not a happening of its own: ``Avrasya Teknoloji Fuarı, 7-10 Nisan'da …
    ziyaretçilerini ağırlayacak`` is the fair, not a meeting. The subject is a noun trigger
    that opens the sentence or is set off by a comma."""
    subjects = [
        tm
        for tm in triggers
        if tm.trigger.form == "noun"
        and (
            text[tm.end : tm.end + 1] == ","
            or not text[sent.start : tm.opening].strip()
            or _compound_subject(tm, text[sent.start : tm.opening])
            or _owned_subject(tm, tokens, lex)
        )
    ]
    if not subjects:
        return triggers
    first = min(subjects, key=lambda tm: tm.start)
    return [
        tm
        for tm in triggers
        if not (
            tm.trigger.form == "verb"
            and tm.start > first.end
            and tm.trigger.type not in OWN_HAPPENINGS
        )
    ]


def _following(tm: TriggerMatch, view: SentenceView, n: int) -> str:
    """The ``n`` folded words after a trigger and its whole name (``Olimpiyat Oyunları'nın
    ardından`` -> ``ardından …``)."""
    after = [t for t in view.tokens if t.start >= tm.end]
    name_words = set((tm.name or "").split())
    while after and after[0].stem in name_words:
        after = after[1:]
    return " ".join(t.folded for t in after[:n])


def is_reference(tm: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """``referandumdan sonra``, ``Olimpiyat Oyunları'nın ardından``: a happening named as the
    point of reference of another (``reference_after``): it takes the dates that are its own
    but is no event of this sentence."""
    return _following(tm, view, 1) in lex.phrases("reference_after")


def dates_another(tm: TriggerMatch, view: SentenceView, lex: Lexicon) -> bool:
    """``bayramın ikinci günü …``: a holiday's day (``reference_day``) dates another happening."""
    days = set(_following(tm, view, 2).split()) & lex.phrases("reference_day")
    return tm.trigger.type == "holiday" and _is_genitive(tm.token, lex) and bool(days)


def _generic(tm: TriggerMatch, view: SentenceView, text: str, lex: Lexicon) -> bool:
    """``tüm etkinlikler``, ``konser, şenlik ve festival de dahil``: a kind, not a happening.

    Unnamed triggers joined by commas and "ve" form a list; a list of three, or one with a
    generic word before or after a member, names kinds of events."""
    if _following(tm, view, 2).startswith(_phrases_of(lex, "not_head")):
        return True  # "kurultay iptal davası", "Kurultayı'nın iptal davası": a lawsuit's topic
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
        if member.trigger.form == "noun" and _counted(before_tokens, lex):
            # "3 kritik zirveye katılacak": several happenings; but "bazı yollar trafiğe
            # kapatılacak" counts the subject of a verb, not the happening.
            return True
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


def _phrases_of(lex: Lexicon, role: str) -> tuple[str, ...]:
    """The entries of a role that hold more than one word (``iptal dava``), matched as the
    beginning of the words that follow."""
    return tuple(w for w in lex.phrases(role) if " " in w)


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
    """The unnamed trigger joined to ``tm`` by a comma or a conjunction, or written right after
    a bare one (``toplantı seminer ve kongre turizmi``), on one side."""
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
    if not joint and len(gap) <= 2 and not a.token.suffix and a.token.folded == a.trigger.stem:
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
    ``9 Şubat itibarıyla`` starts what starts then, and ``10.00'dan 12.00'ye kadar`` is a range."""
    bound = _follows(t, tokens, lex.phrases("bound"), lex.phrases("relative_end"))
    if not bound or clock_end(t.value):
        return False
    words = [tok.folded for tok in tokens if tok.start >= t.start]
    after = words[: len([tok for tok in tokens if t.start <= tok.start < t.end]) + 3]
    return not starts_then(words, len(after), lex)


YEAR_DIGITS = 4
TOLD_AFTER = 12  # characters between a trigger and a date that follows it in a gapped clause


def _told_after(tm: TriggerMatch, t: Timex, text: str) -> bool:
    """``A maçı saat 20.00'de, B maçı ise 21.00'de oynanacak``: a date right after a trigger
    and closed by a comma belongs to it (the verb is left out), not to the next trigger."""
    gap = text[tm.end : t.start]
    return (
        text[t.end : t.end + 1] == "," and len(gap) <= TOLD_AFTER and not re.search(r"[,;:.]", gap)
    )


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
    statements = tuple(lex.phrases("statement_day"))
    for t in timexes:
        if folded[t.end : t.end + STATEMENT_REACH].lstrip().startswith(statements):
            continue  # "dün yaptığı açıklamada": the day of the statement, no event's
        after = [tm for tm in triggers if tm.opening >= t.end]
        before = [tm for tm in triggers if tm.end <= t.start]
        if before and _told_after(max(before, key=lambda tm: tm.end), t, text):
            max(before, key=lambda tm: tm.end).timexes.append(t)
            continue
        if after:
            nxt = min(after, key=lambda tm: tm.opening)
            if _opens_relative_clause(t, nxt.opening, timexes, tokens, text, lex):
                continue  # "20 Haziran'da sınava girecek öğrencilere 17 Mart'ta seminer"
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
            nxt = min(after, key=lambda tm: tm.opening)
            if not inner_sentence_break(text[t.end : nxt.opening]):
                nxt.timexes.append(t)  # not across a sentence inside a quotation
    for tm in triggers:
        opening = [t for t in tm.timexes if _opens_name(t, tm, text)]
        if opening:  # "2028 Yaz Olimpiyatları": that year, not another told near; a day of
            years = tuple(t.value for t in opening)  # that year stays ("… 14 Temmuz'da")
            tm.timexes = [t for t in tm.timexes if t in opening or t.value.startswith(years)]


def _opens_relative_clause(
    t: Timex, limit: int, timexes: list[Timex], tokens: list[Token], text: str, lex: Lexicon
) -> bool:
    """Whether a date is the day of a relative clause ending in a participle before a noun,
    another date following before the trigger at ``limit`` (``20 Haziran'da sınava girecek
    öğrencilere 17 Mart'ta seminer verilecek``): the date is the clause's happening's, not the
    trigger's, which has its own."""
    later = [u.start for u in timexes if t.end <= u.start and u.end <= limit]
    if not later:
        return False
    words = [tok for tok in tokens if t.end <= tok.start and tok.end <= min(later)]
    ends = tuple(lex.phrases("relative_participle_end"))
    joins = lex.phrases("and")
    return any(
        a.folded.endswith(ends)
        and b.folded[:1].isalpha()
        and b.folded not in joins
        and text[a.end : b.start].isspace()
        for a, b in zip(words, words[1:], strict=False)
    )


def _opens_name(t: Timex, tm: TriggerMatch, text: str) -> bool:
    """Whether a bare year is the first word of an event's name (``2028 Los Angeles Yaz
    Olimpiyatları``, ``2030 Dünya Kupası``): it dates that edition."""
    return (
        tm.name is not None
        and t.value.isdigit()
        and t.text.isdigit()
        and len(t.value) == YEAR_DIGITS
        and text[t.end : tm.name_start].isspace()
    )


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


def _moved_by_verb(timexes: list[Timex], tokens: list[Token], lex: Lexicon) -> list[Timex]:
    """``28 Şubat'ta oynanacak olan maç, 1 Mart'ta oynanacak``: a date followed by its verb
    and ``olan`` is the slot a move told without a change word left; the other dates followed,
    within three words, by the same verb are the new slot (none when no date is so told)."""
    after = {id(t): [tok.folded for tok in tokens if tok.start >= t.end][:3] for t in timexes}
    olan = lex.phrases("old_slot_after")
    old = [t for t in timexes if len(after[id(t)]) >= 2 and after[id(t)][1] in olan]
    verbs = {after[id(t)][0] for t in old}
    return [t for t in timexes if t not in old and verbs & set(after[id(t)])]


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
    new = new or _moved_by_verb(timexes, tokens, lex)
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
