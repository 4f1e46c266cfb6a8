"""Sentence-level reading for :mod:`.extract`: what one sentence says of each trigger (its
dates, status, place, participants and name parts), and the slots of its date expressions.

Split out of :mod:`timeline.events.extract`, which re-exports its public names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from ..model import Event, Timex
from ..patterncache import compile_late
from ..text import fold, search_key
from .clauses import _compound_subject, _is_genitive, plural_subject
from .clocktimes import midnight, prefer_turkish_time
from .lexicon import Lexicon
from .mentions import (
    OrgMention,
    Person,
    PersonMention,
    PlaceMention,
    find_places,
)
from .merge import type_group
from .readings import starts_then
from .sides import country_sides
from .slots import Slot, clock_end, combine, timex_span
from .titles import comitative_word
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
MAX_NAME = 5  # words of a proper name that owns an event ("Mısır Demir Çelik Sanayi A.Ş.'nin")


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


def _absorb_predicates(triggers: list[TriggerMatch], text: str, sent) -> list[TriggerMatch]:
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


def _possessor(tm: TriggerMatch, free: list[Token], text: str, lex: Lexicon) -> str | None:
    """``Yeni havalimanının açılışı``, ``İstanbul'un fethinin 572. yıl dönümü``: the genitive
    phrase that owns a noun trigger; a proper name's genitive takes only the name's words
    (``piyasalarda Fed'in toplantısı`` -> ``Fed'in``)."""
    if tm.trigger.form != "noun":
        return None
    before = _without_manner([t for t in free if t.end <= tm.first.start], lex)
    if before and (before[-1].is_ordinal or before[-1].folded in lex.ordinals):
        before = before[:-1]  # "davanın 2. duruşması", "davanın ilk duruşması"
    if not before or not _is_genitive(before[-1], lex) or before[-1].in_run:
        return None
    phrase = [before[-1]]
    proper = before[-1].is_capital and bool(before[-1].suffix)  # "Fed'in": a name's words only
    for tok in reversed(before[:-1]):
        if len(phrase) == (MAX_NAME if proper else 3) or re.search(
            r"[,;:()\"“”]", text[tok.end : phrase[0].start]
        ):
            break
        if proper and (not tok.is_capital or plural_subject(tok, lex)):
            break  # "Yatırımcılar Fed'in faiz kararına": the subject, not part of the name
        if tok.suffix and not _is_genitive(tok, lex):
            break
        if tok.folded in lex.phrases("link") or tok.folded in lex.phrases("reporting"):
            break
        if tok.folded in lex.phrases("postposition") or compile_late(
            lex.forms["participle"]
        ).search(tok.folded):
            break  # "açıklamasına göre madencilerin grevi", "inşa edilen konutların açılışı"
        if tok.folded in lex.phrases("particle"):
            break  # "ve ayrıca yeni kütüphanenin açılışı"
        phrase.insert(0, tok)
        if tok.suffix:
            break
    if re.search(r"[,;:]", text[phrase[-1].end : tm.first.start]):
        return None
    return " ".join(t.raw for t in phrase)


def _without_manner(before: list[Token], lex: Lexicon) -> list[Token]:
    """The words before a trigger without a manner phrase in the comitative between its owner
    and it (``konutların canlı bağlantıyla açılışı`` -> ``konutların``); unchanged when no
    genitive owner stands before that phrase."""
    if not before or before[-1].is_capital or not comitative_word(before[-1].raw, lex):
        return before
    rest = before[:-1]
    if len(rest) >= 2 and not rest[-1].suffix and _is_genitive(rest[-2], lex):
        rest = rest[:-1]  # its adjective: "canlı"
    return rest if rest and _is_genitive(rest[-1], lex) else before


def _subject(tm: TriggerMatch, free: list[Token], text: str, lex: Lexicon) -> list[str] | None:
    """``Türkiye ile Azerbaycan arasında … Bakü'de enerji anlaşması imzalanacak``: the noun
    phrase right before a verb trigger (what is signed, launched…)."""
    comitative = lex.case_endings("comitative")
    local = lex.case_endings("locative", "ablative", "locative_adj")
    links = lex.phrases("link")
    stops = links | lex.titles.keys()  # "Bakan enerji anlaşmasını": the signer, not the signed
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
        gap = text[tok.end : nxt]
        if len(phrase) == 3 or re.search(r"[,;:()]", gap) or (phrase and re.search(r"\w", gap)):
            break  # punctuation, or a date inside ("İki ülke 12 Mayıs'ta enerji anlaşmasını")
        if tok.suffix or tok.is_ordinal or tok.folded in (stops if phrase else links):
            break
        if tok.folded in lex.phrases("particle") or tok.folded.endswith(comitative):
            break
        if tok.folded in lex.phrases("postposition"):
            break  # "alan için bazı yollar": what a postposition follows is another phrase
        if not tok.raw[:1].isupper() and tok.folded.endswith(local) and len(tok.raw) > 4:
            break
        if phrase and phrase[0].is_capital and not tok.is_capital:
            break  # a name ends where its capitals end
        if not tok.stem.replace("-", "").isalpha():
            break
        phrase.insert(0, tok)
    if not phrase or lex.place(phrase[-1].stem):
        return None
    if tm.trigger.type in ("meeting", "talks", "ceremony") and not all(
        t.raw[:1].isupper() for t in phrase
    ):
        return None  # who meets or what is celebrated is a name ("Terörsüz Türkiye Komisyonu")
    # "Öğretmenler iş bırakacak": a plural that opens the sentence is no name.
    plural = tuple(lex.phrases("plural_ending"))
    return [
        fold(t.raw) if t.start == free[0].start and t.folded.endswith(plural) else t.raw
        for t in phrase
    ]


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
            if lex.place(tok.stem) and tok is a and not country_sides(before, k, lex):
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
        if not tok.suffix and (k != 0 or (k + 1 < len(tokens) and tokens[k + 1].is_capital)):
            continue  # "Fener Rum Patrikhanesi'ni ziyaret edecek": the first word of a name
        if tok.suffix and _owns_object(tokens[k + 1 : k + 2], lex):
            continue  # "Sarayı'nın bahçesini ziyaret edecek": the owner of what is visited
        if (
            lex.place(tok.stem)
            or lex.organisation(tok.stem)
            or tok.folded in lex.titles
            or lex.trigger_re.match(tok.folded)
        ):
            continue
        return [tok.stem]
    return []


def _owns_object(following: list[Token], lex: Lexicon) -> bool:
    """Whether the word after a genitive is a possessed noun in the accusative (``Sarayı'nın
    bahçesini``): the genitive owns the object of the verb, it is not its subject."""
    return bool(following) and (
        not following[0].raw[:1].isupper()
        and following[0].folded.endswith(tuple(lex.phrases("possessed_accusative")))
    )


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
    else everyone named in it except those who only report it (``belirten Lavrov``) and those
    who only own its object (``… Sarayı'nın bahçesini ziyaret edecek``)."""
    if tm.token.suffix in lex.phrases("genitive_person"):
        return []
    people = [
        pm
        for pm in people
        if pm.suffix not in lex.phrases("genitive_person")
        or not _owns_object([t for t in tokens if t.start >= pm.end][:1], lex)
    ]  # "Sarayı'nın bahçesini ziyaret edecek": the owner of what is visited
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
        and tm.trigger.form == "noun"  # "Trump'ın davetlisi olarak … gidecek": not the visitor
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
