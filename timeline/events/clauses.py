"""Readings that let more of what a text dates become events (issue 13, recall).

* ``_drop_manner``: ``törenle anılacak`` — a noun trigger in the comitative before a verb
  trigger is how that happening is held, not a happening of its own;
* ``_with_destination``: ``Washington'a gidecek`` — a travel verb is a visit only after a
  known place in the dative, with a named person in the sentence;
* ``_compound_subject``: ``Kitap fuarı … ağırlayacak`` — a compound that opens the sentence
  is its subject;
* ``_compound``: ``Kabine toplantısı`` — a bare noun before a possessed trigger names its kind;
* ``_owned_compound``: ``Yeni Kuzey Köprüsü'nün açılış töreni``, ``Merkez Bankası faiz
  toplantısı`` — a compound keeps the genitive or the organisation that says whose it is;
* ``_fronted_subject``: ``Metro hattı, bakım nedeniyle 7 Mart'ta kapalı kalacak`` — the
  subject set off by the sentence's first comma;
* ``_exam_owner``: ``KPSS Lisans başvuruları …, sınav 12 Temmuz'da yapılacak`` — an unnamed
  exam takes the name its sentence gave the exam's applications (``KPSS Lisans sınavı``);
* ``_framed``: ``Cumhuriyet Bayramı … Tören saat 10.00'da başlayacak`` — an event nothing else
  titles, on a day of a named holiday, festival or anniversary of its article, is part of it
  (``Cumhuriyet Bayramı töreni``);
* ``_hosted_match``: ``Karşıyaka, Alanyaspor'u ağırlayacak``, ``Beşiktaş … sahasında
  Konyaspor'u konuk edecek`` — a club hosting a club is a match between them, not a meeting;
* ``_fronted_pair``: ``Erdoğan, 7 Mart'ta Putin ile görüşecek`` — the fronted subject and the
  name joined by ``ile`` right before a meeting verb meet;
* ``_gapped``: ``3 Şubat'ta Suudi Arabistan'ı, 4 Şubat'ta ise Mısır'ı ziyaret edecek`` — one
  event per day and place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..patterncache import compile_late
from ..text import fold
from .lexicon import Lexicon
from .sides import match_context
from .slots import combine, timex_span
from .titles import PACTS, cap_title, common_noun
from .tokens import Token
from .triggers import TriggerMatch

if TYPE_CHECKING:
    from .mentions import PlaceMention
    from .sentence import Candidate, SentenceView

# naming._subject: the noun phrase before a trigger (passed in: sentence imports this module)
SubjectReader = Callable[[TriggerMatch, list[Token], str, Lexicon], "list[str] | None"]


def _is_genitive(tok: Token, lex: Lexicon) -> bool:
    """Whether a word is in the genitive: after an apostrophe (``Tokayev'in``), a long word
    ending in ``-nın`` or a plural ``-ların`` (``havalimanının``, ``işçilerin``), or an event
    noun of the lexicon with the genitive after a consonant (``seçimin ikinci turu``)."""
    if tok.suffix:
        return tok.suffix in lex.phrases("genitive_person")
    endings = lex.after_vowel("genitive") + tuple(lex.phrases("plural_genitive"))
    if len(tok.raw) > 4 and tok.folded.endswith(endings):
        return True
    return tok.folded.endswith(lex.case_endings("genitive")) and common_noun(tok.raw[:-2], lex)


def plural_subject(tok: Token, lex: Lexicon) -> bool:
    """Whether a word is a bare plural (``Yatırımcılar``): a subject in the nominative, never
    a word of a name in the genitive (``Birleşik Arap Emirlikleri'nin``).

    >>> from .tokens import tokenize
    >>> from .lexicon import lexicon
    >>> [plural_subject(t, lexicon("tr")) for t in tokenize("Yatırımcılar Emirlikleri", 0, 24)]
    [True, False]
    """
    return not tok.suffix and tok.folded.endswith(tuple(lex.phrases("plural_ending")))


def _with_destination(
    triggers: list[TriggerMatch], view: SentenceView, text: str, lex: Lexicon
) -> list[TriggerMatch]:
    """``Erdoğan … Washington'a gidecek`` is a visit; a travel verb without a known place in
    the dative right before it (``sona gidecek``) or without a named person in its sentence
    (``helikopterle İznik'e gidecek``: the visitor is told elsewhere) is none."""
    travel = lex.phrases("travel_verb")
    return [
        tm
        for tm in triggers
        if tm.trigger.stem not in travel
        or view.people
        and any(
            pm.case == "dative" and pm.end <= tm.start and not text[pm.end : tm.start].strip()
            for pm in view.places
        )
    ]


def _compound_subject(tm: TriggerMatch, before: str) -> bool:
    """``Kitap fuarı 5-13 Ekim'de … ağırlayacak``: a compound in the nominative (one word, then
    the trigger as its title noun or lemma) that opens the sentence is its subject."""
    words = {fold(tm.trigger.noun), fold(tm.trigger.lemma)}
    return len(before.split()) == 1 and tm.token.folded in words


def _owned_subject(tm: TriggerMatch, tokens: list[Token], lex: Lexicon) -> bool:
    """``Demokratik Gelişim Partisi'nin olağan kurultayı … toplanacak``: a noun trigger in the
    nominative whose genitive owner (and an adjective) opens the sentence is its subject."""
    before = [t for t in tokens if t.end <= tm.opening]
    while before and not before[-1].suffix and before[-1].folded in lex.phrases("owner_adjective"):
        before.pop()
    if not before or len(before) > 6 or not _is_genitive(before[-1], lex):
        return False
    if any(t.suffix or t.is_ordinal or not t.is_capital for t in before[:-1]):
        return False  # "Erdoğan ile Putin'in … zirvesi kapsamında": no name of one owner
    after = [t for t in tokens if t.start >= tm.end][:1]
    if after and after[0].folded in lex.phrases("context"):
        return False
    # a trigger of two words ends in its head: "genel kurulu" is read at "kurulu"
    heads = {fold(tm.trigger.noun).split()[-1], fold(tm.trigger.lemma).split()[-1]}
    return tm.token.folded in heads


def _drop_manner(triggers: list[TriggerMatch], text: str, lex: Lexicon) -> list[TriggerMatch]:
    """``törenle anılacak``, ``törenlerle kutlanacak``: a noun trigger in the comitative right
    before a verb trigger says how that happening is held; it is no happening of its own."""
    endings = tuple(lex.phrases("manner_ending"))
    dropped = []
    for tm in triggers:
        if tm.trigger.form != "noun" or tm.name or not tm.token.folded.endswith(endings):
            continue
        verb = next(
            (
                v
                for v in triggers
                if v.trigger.form == "verb"
                and v.start > tm.end
                and not text[tm.end : v.start].strip()
            ),
            None,
        )
        if verb is not None:
            verb.start, verb.first = tm.start, tm.first  # what comes before is the verb's
            dropped.append(tm)
    return [tm for tm in triggers if not any(tm is d for d in dropped)]


def _compound(tm: TriggerMatch, free: list[Token], text: str, lex: Lexicon) -> str | None:
    """``Kabine toplantısı``, ``liderler zirvesi``, ``final maçları``: a bare noun right before
    a noun trigger that carries the compound's possessive ending (singular or plural) names the
    event's kind; ``yeni toplantısı`` (an adjective before a possessed noun) is no compound."""
    if tm.trigger.form != "noun" or tm.first is not tm.token:
        return None
    heads = [tm.trigger.noun] + [tm.trigger.lemma + p for p in lex.phrases("plural_possessive")]
    head = next(
        (
            h
            for h in heads
            if fold(h) != fold(tm.trigger.lemma) and tm.token.folded.startswith(fold(h))
        ),
        None,
    )
    if head is None:
        return None
    before = [t for t in free if t.end <= tm.first.start]
    mods: list[Token] = []
    nxt = tm.first.start
    while before and len(mods) < MAX_COMPOUND and _modifier(before[-1], lex):
        if text[before[-1].end : nxt].strip():
            break
        mods.insert(0, before.pop())
        nxt = mods[0].start
        if not mods[0].folded.endswith(tuple(lex.phrases("possessive_end"))):
            # "fiyat endeksi verileri": only a possessed modifier has a noun before it; an
            # adjective of the compound may ("olağan genel kurul toplantısı"), and a bare noun
            # before a bare one that opens a compound ("konut fiyat endeksi verileri").
            if _nested_modifier(mods, before, text, lex):
                mods.insert(0, before.pop())
            while before and before[-1].folded in lex.phrases("compound_adjective"):
                if text[before[-1].end : mods[0].start].strip():
                    break
                mods.insert(0, before.pop())
            break
    if not mods:
        return None
    return " ".join([*(t.raw for t in mods), head])


MAX_COMPOUND = 3  # modifiers of a compound title


def _nested_modifier(mods: list[Token], before: list[Token], text: str, lex: Lexicon) -> bool:
    """Whether the word before a bare modifier that opens a compound of its own (``fiyat
    endeksi``) is a bare noun of that compound (``konut fiyat endeksi``): a three-noun
    compound, in lower case (a name before it owns the compound), no adjective."""
    if len(mods) != 2 or not before or not _modifier(before[-1], lex):
        return False
    word = before[-1]
    if not word.raw[:1].islower() or word.folded in lex.phrases("not_compound"):
        return False
    if text[word.end : mods[0].start].strip():
        return False
    return word.folded not in lex.phrases("compound_adjective")


def _owned_compound(
    tm: TriggerMatch,
    compound: str | None,
    free: list[Token],
    text: str,
    lex: Lexicon,
    possessor: Callable[[TriggerMatch, list[Token], str, Lexicon], str | None],
) -> str | None:
    """``Yeni Kuzey Köprüsü'nün açılış töreni``, ``Merkez Bankası'nın faiz toplantısı``: a
    compound (``açılış töreni``, ``faiz toplantısı``) with the genitive phrase right before it,
    which says whose it is or what is opened, else with the named venue before it (``Deniz
    Sahnesi'ndeki açılış töreni``), else with a known organisation named right before it
    (``Merkez Bankası faiz toplantısını yapacak``); the compound alone when none stands before
    it. ``possessor`` reads the genitive phrase before a trigger (:func:`.naming._possessor`)."""
    if compound is None:
        return compound
    mods = len(compound.split()) - 1
    before = [t for t in free if t.end <= tm.first.start]
    if not 0 < mods <= len(before):
        return compound
    owner = possessor(replace(tm, first=before[-mods]), free, text, lex)
    owner = owner or _venue_before(before[:-mods], text, lex)
    owner = owner or _organisation_before(before[:-mods], before[-mods].start, text, lex)
    return f"{owner} {compound}" if owner else compound


def _ordinal_phrase(
    tm: TriggerMatch, free: list[Token], possessor: str | None, lex: Lexicon
) -> str | None:
    """The ordinal right before an unnamed noun trigger with the trigger's noun, which the
    title keeps: an anniversary's (``572. yıl dönümü``), or one between an owner and its event
    (``davanın ikinci duruşması``, ``seçimin ikinci turu``)."""
    before = [t for t in free if t.end <= tm.first.start][-1:]
    if tm.name or not before:
        return None
    ordinal = before[0]
    if tm.trigger.type == "anniversary" and ordinal.is_ordinal:
        return f"{ordinal.raw} {tm.trigger.noun}"
    if possessor and (ordinal.is_ordinal or ordinal.folded in lex.ordinals):
        return f"{ordinal.raw} {tm.trigger.noun}"
    return None


def _organisation_before(before: list[Token], start: int, text: str, lex: Lexicon) -> str | None:
    """``Merkez Bankası`` in ``Merkez Bankası faiz toplantısını``: the capitalised words right
    before a compound that starts at ``start``, with no ending, that name a known organisation
    (up to MAX_COMPOUND)."""
    name: list[Token] = []
    while before and len(name) < MAX_COMPOUND and before[-1].is_capital and not before[-1].suffix:
        if text[before[-1].end : name[0].start if name else start].strip():
            break
        name.insert(0, before.pop())
        if lex.organisation(" ".join(t.raw for t in name)):
            return " ".join(t.raw for t in name)
    return None


def _venue_before(before: list[Token], text: str, lex: Lexicon) -> str | None:
    """``Deniz Sahnesi'ndeki (resmi)``: a name in the locative adjective right before a
    compound, an ``official`` word between them left out; up to MAX_COMPOUND words."""
    if before and before[-1].folded in lex.phrases("official"):
        before = before[:-1]
    if not before or not before[-1].is_capital or lex.case_of(before[-1].suffix) != "locative_adj":
        return None
    name = [before.pop()]
    while before and len(name) < MAX_COMPOUND and before[-1].is_capital and not before[-1].suffix:
        if text[before[-1].end : name[0].start].strip():
            break
        name.insert(0, before.pop())
    return " ".join(t.raw for t in name)


def _compound_title(
    cand: Candidate, title: str | None, by_kind: bool, people: int, place: PlaceMention | None
) -> tuple[str | None, bool]:
    """The title and whether it names the kind alone, with the compound preferred to a place
    or a single person (``Kabine toplantısı``, not ``Ankara toplantısı``; a release is the
    place's data: ``ABD enflasyon verileri``). A name, topic, possessor, subject or pair
    wins over the compound, which is then forgotten."""
    if not cand.compound or by_kind or cand.topic or cand.possessor or cand.subject or people > 1:
        cand.compound = None
        return title, by_kind
    data_of = ""
    owned = cand.compound[:1].isupper()  # "TÜİK konut fiyat endeksi verileri": said already
    if cand.tm.trigger.type == "release" and not owned:  # whose: "ABD enflasyon verileri"
        data_of = place.title_name if place else (cand.orgs[0] if cand.orgs else "")
    return cap_title(f"{data_of} {cand.compound}".strip()), False


def _modifier(mod: Token, lex: Lexicon) -> bool:
    """Whether a word can modify a compound: a bare noun, not an adjective, participle,
    genitive, link word, postposition or particle (``açıklamaya göre milletvekili seçimleri``)."""
    if mod.suffix or mod.is_ordinal or not mod.raw.isalpha() or len(mod.raw) < 3:
        return False
    if any(
        mod.folded in lex.phrases(r) for r in ("not_compound", "link", "postposition", "particle")
    ):
        return False
    return not (compile_late(lex.forms["participle"]).search(mod.folded) or _is_genitive(mod, lex))


GAPPED_CASES = ("accusative", "dative", "locative")  # a day's own place in a gapped list


def _gapped(cand: Candidate, text: str, lex: Lexicon) -> list[Candidate]:
    """``3 Şubat'ta Suudi Arabistan'ı, 4 Şubat'ta ise Mısır'ı ziyaret edecek``: one verb told
    of several days, each day with its own place in the accusative, dative or locative (``12
    Mart'ta Samsun'da, 19 Mart'ta Ordu'da konser verecek``), is one event per day and place;
    anything else stays one candidate."""
    tm = cand.tm
    days = [t for t in tm.timexes if (sp := timex_span(t)) and sp.granularity in ("day", "time")]
    if len(days) < 2 or len(days) != len(tm.timexes) or cand.status == "postponed":
        return [cand]
    parts: list[Candidate] = []
    for k, t in enumerate(days):
        limit = days[k + 1].start if k + 1 < len(days) else tm.start
        place = next(
            (
                pm
                for pm in cand.view.places
                if t.end <= pm.start < limit and pm.case in GAPPED_CASES
            ),
            None,
        )
        slot = combine([t], text, lex.phrases("link"))
        if place is None or slot is None or slot.days or slot.end:
            return [cand]
        part = replace(cand, tm=replace(tm, timexes=[t]), place=place, events=[], gapped=True)
        part.slots = [(slot, cand.status or "", None)]
        parts.append(part)
    return parts


MAX_FRONTED = 4  # words before the first comma that can be a fronted subject
TWO_SIDED = ("meeting", "talks")  # kinds whose objects are the other side, not what is done


def _fronted_subject(
    tm: TriggerMatch, free: list[Token], text: str, lex: Lexicon, subject: SubjectReader
) -> list[str] | None:
    """The subject of a verb trigger set off by the sentence's first comma (``Kabine, 5
    Mart'ta toplanacak``); ``subject`` reads the noun phrase before a given point. A
    connective (``Öte yandan,``) is no subject, nor is it the subject of a passive verb
    (``Vali Er, bayramın … kutlanacağını söyledi``: the speaker, not the one celebrating)."""
    if not free or tm.trigger.stem in lex.phrases("passive_trigger"):
        return None
    comma = text.find(",", free[0].start, tm.start)
    if comma < 0 or len([t for t in free if t.end <= comma]) > MAX_FRONTED:
        return None
    words = subject(replace(tm, first=Token(comma, comma + 1, ",", ",", "")), free, text, lex)
    if not words or any(fold(w) in lex.phrases("connective") for w in words):
        return None
    partner = any(
        t.is_capital and not lex.place(t.stem) for t in free if comma < t.start < tm.start
    )
    if partner and tm.trigger.type in ("meeting", "talks"):
        return None  # "Erdoğan, Aliyev'i ağırlayacak": a host and a guest, not one subject
    return words


def _located_subject(
    tm: TriggerMatch, free: list[Token], text: str, lex: Lexicon, subject: SubjectReader
) -> list[str] | None:
    """``enerji anlaşmasını 20 Kasım'da Bakü'de imzalayacak``: the noun phrase before a place
    in the locative right before a verb trigger (where it happens, between what and its
    verb); ``subject`` reads the noun phrase before a given point. Not for a meeting: who is
    met there (``Demir'i Ankara'da ağırlayacak``) is a participant, not its subject."""
    before = [t for t in free if t.end <= tm.first.start][-1:]
    if tm.trigger.form != "verb" or tm.trigger.type in TWO_SIDED or not before:
        return None
    if not before[0].suffix:
        return None
    where = before[0]
    if lex.case_of(where.suffix) != "locative" or not lex.place(where.stem):
        return None
    return subject(replace(tm, first=where), free, text, lex)


OWNED_KINDS = ("exam",)  # unnamed kinds that belong to the named procedure of their sentence
OWNER_KINDS = ("application", "deadline", "exam")


def _exam_owner(candidates: list[Candidate]) -> None:
    """An unnamed exam told after a named application or exam of its sentence takes that name
    with its own noun: ``KPSS Lisans başvuruları …, sınav … yapılacak`` -> ``KPSS Lisans
    sınavı``."""
    for cand in candidates:
        tm = cand.tm
        if tm.name or cand.topic or cand.possessor or cand.compound:
            continue
        if tm.trigger.type not in OWNED_KINDS:
            continue
        owner = next(
            (
                o
                for o in reversed(candidates)
                if o.view is cand.view
                and o.tm.name
                and o.tm.end <= tm.start
                and o.tm.trigger.type in OWNER_KINDS
            ),
            None,
        )
        if owner is None or owner.tm.name is None:
            continue
        words = owner.tm.name.split()
        if len(words) > 1 and fold(words[-1]).startswith(owner.tm.trigger.stem):
            words = words[:-1]  # "KPSS Lisans başvuruları" -> "KPSS Lisans"
        cand.topic = f"{' '.join(words)} {tm.trigger.noun}"


FRAMES = ("holiday", "anniversary", "festival", "fair")  # named events that hold others


def _untitled(cand: Candidate) -> bool:
    return not (
        cand.tm.name
        or cand.topic
        or cand.possessor
        or cand.compound
        or cand.subject
        or cand.place
        or cand.participants
        or cand.names
        or cand.phrase
    )


def _framed(candidates: list[Candidate]) -> None:
    """Title an otherwise untitled event on a day of a named holiday, festival or anniversary
    of the article by that name and its own noun."""
    frames = [c for c in candidates if c.tm.name and c.tm.trigger.type in FRAMES and c.slots]
    for cand in candidates:
        if not cand.slots or not _untitled(cand) or cand.tm.trigger.type in FRAMES:
            continue
        frame = next(
            (
                f
                for f in frames
                if any(
                    a.first <= b.last and b.first <= a.last
                    for a, _, _ in cand.slots
                    for b, _, _ in f.slots
                )
            ),
            None,
        )
        if frame is not None and frame.tm.name:
            cand.topic = f"{frame.tm.name} {cand.tm.trigger.noun}"


def _hosted_match(cand: Candidate, free: list[Token], text: str, lex: Lexicon) -> None:
    """A hosting verb between two names one of which is a club (``Karşıyaka, Alanyaspor'u
    ağırlayacak``; the club endings are language data), or in a sentence with a word of
    football (``Galatasaray, sahasında Fenerbahçe'yi ağırlayacak``), is a match between host
    and guest."""
    tm = cand.tm
    if tm.trigger.stem not in lex.phrases("host_verb") or not cand.subject:
        return
    guest = " ".join(cand.subject)
    host_words = _host_words(free, tm, text)
    if not host_words or not all(t.is_capital and not t.suffix for t in host_words):
        return
    host = " ".join(t.raw for t in host_words)
    if host == guest:
        return  # the guest was not read ("… Roma'yı konuk edecek"): no side plays itself
    clubs = tuple(lex.phrases("club_ending"))
    football = match_context(free, lex) and not cand.participants  # no person hosts
    if not (fold(host).endswith(clubs) or fold(guest).endswith(clubs) or football):
        return
    match = next((t for t in lex.triggers.values() if t.type == "match"), None)
    if match is None:
        return
    cand.tm = replace(tm, trigger=match)
    cand.names, cand.subject, cand.participants, cand.place = [host, guest], None, [], None


def _host_words(free: list[Token], tm: TriggerMatch, text: str) -> list[Token]:
    """The words that may name the host: the capitalised words right before the sentence's
    first comma (``Karşıyaka, …``, ``Haftanın açılış maçında Deniz Gücü, …``), or with no
    comma the first word alone when a lower-case word follows it (``Beşiktaş 22 Şubat'ta
    sahasında …``)."""
    comma = text.find(",", free[0].start, tm.start)
    if comma >= 0:
        before = [t for t in free if t.end <= tm.start and t.start < comma]
        k = len(before)
        while k and before[k - 1].is_capital and not before[k - 1].suffix:
            k -= 1
        return before[k:]
    if len(free) > 1 and free[1].end <= tm.start and not free[1].cap:
        return free[:1]
    return []


HOSTED = ("meeting", "talks", "ceremony")  # kinds held at a named event of their clause


def _held_at_named(cand: Candidate, lex: Lexicon) -> None:
    """``Liderler, Glasgow'daki BM İklim Zirvesi'nde bir araya gelecek``: an unnamed meeting,
    talks or ceremony held at a named event the clause names before it in the locative is
    titled by that event's name (its topic), not by a place (``Glasgow görüşmesi``); only when
    nothing else of the sentence (a name, an owner, a subject, two sides) titles it."""
    tm = cand.tm
    if tm.name or tm.trigger.type not in HOSTED or cand.topic or cand.possessor or cand.subject:
        return
    if len(cand.participants) + len(cand.names) >= 2:
        return
    host = next(
        (
            o
            for o in cand.view.triggers
            if o is not tm
            and o.name
            and o.end <= tm.start
            and lex.case_of(o.token.suffix) == "locative"
        ),
        None,
    )
    if host is not None:
        cand.topic = host.name


def _pact_sides(cand: Candidate, text: str, lex: Lexicon) -> None:
    """``Türkiye ve Azerbaycan, enerji anlaşmasını … imzalayacak``: the one pair of countries
    the sentence joins by a link word in the nominative before an agreement's verb are its
    sides (``orgs``), which the title names (:func:`.titles.pact_sides`)."""
    tm = cand.tm
    if tm.trigger.type not in PACTS or cand.orgs:
        return
    named = [
        pm
        for pm in cand.view.places
        if pm.end <= tm.start and pm.case == "nominative" and pm.place.kind == "country"
    ]
    pairs = [
        (a, b)
        for a, b in zip(named, named[1:], strict=False)
        if fold(text[a.end : b.start].strip()) in lex.phrases("link")
    ]
    if len(pairs) == 1:
        cand.orgs = [pairs[0][0].place.name, pairs[0][1].place.name]


def _fronted_pair(
    cand: Candidate, free: list[Token], text: str, lex: Lexicon, subject: SubjectReader
) -> list[str]:
    """``Erdoğan, 7 Mart'ta Putin ile görüşecek``: a meeting verb whose sentence opens with a
    name set off by a comma and has a name joined by ``ile`` right before it is a meeting of
    the two (when nobody else is known to take part)."""
    tm = cand.tm
    if tm.trigger.form != "verb" or tm.trigger.type not in ("meeting", "talks"):
        return []
    if cand.participants or cand.names:
        return []
    before = [t for t in free if t.end <= tm.opening]
    if len(before) < 2 or before[-1].folded not in lex.phrases("pair_link"):
        return []
    partner = before[-2]
    if not partner.is_capital or partner.suffix or not partner.raw.isalpha():
        return []
    comma = text.find(",", free[0].start, partner.start)
    if comma < 0:
        return []
    words = subject(replace(tm, first=Token(comma, comma + 1, ",", ",", "")), free, text, lex)
    if not words or any(fold(w) in lex.phrases("connective") for w in words):
        return []
    if not all(w[:1].isupper() for w in words) or fold(words[-1]).endswith(
        tuple(lex.phrases("plural_ending"))
    ):
        return []
    return [" ".join(words), partner.raw]
