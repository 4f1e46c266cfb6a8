"""Who and what one sentence names for a trigger, for :mod:`.extract`: the noun that completes
the trigger (``başvuru süreci``), its genitive owner (``Yeni havalimanının açılışı``), the noun
phrase before a verb trigger, the two sides of a pair, a bare visitor, an official, the
organisations and the participants.

Split out of :mod:`.sentence` (which reads the dates, status and slots of the same sentence).
"""

from __future__ import annotations

import re

from ..patterncache import compile_late
from ..text import fold, search_key
from .clauses import _is_genitive, plural_subject
from .lexicon import Lexicon
from .mentions import (
    Person,
    PersonMention,
    PlaceMention,
    find_places,
)
from .name_owner import defendant_case
from .sentence import SentenceView
from .sides import country_sides
from .titles import comitative_word
from .tokens import Token
from .triggers import (
    TriggerMatch,
)

MAX_NAME = 6  # words of a proper name that owns an event ("Türkiye-Şili … Daimi Konseyi'nin")


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
    kept = []  # "Partisi'nin olağan kurultayı": the adjective stays in the title
    while before and not before[-1].suffix and before[-1].folded in lex.phrases("owner_adjective"):
        kept.insert(0, before.pop())
    if len(kept) > 2:
        return None
    if not before or not _is_genitive(before[-1], lex) or before[-1].in_run:
        return None
    defendant = defendant_case(before, lex)  # "Murat Eren'in yargılandığı davanın"
    if defendant:
        return defendant
    phrase = [before[-1]]
    proper = before[-1].is_capital and bool(before[-1].suffix)  # "Fed'in": a name's words only
    for tok in reversed(before[:-1]):
        if len(phrase) == (MAX_NAME if proper else 3) or re.search(
            r"[,;:()\"“”]", text[tok.end : phrase[0].start]
        ):
            break
        if proper and not tok.is_capital:
            break
        if proper and plural_subject(tok, lex) and not _compound_head(phrase, lex):
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
    if _their_own(phrase, lex):
        return None  # "Adaylar hayatlarının sınavına": the subject's own, no owner named
    return " ".join(t.raw for t in [*phrase, *kept])


def _their_own(phrase: list[Token], lex: Lexicon) -> bool:
    """Whether a possessor is a lone lower-case genitive owned by "their" (``their_genitive``),
    after nothing but the sentence's plural subject: it names no owner of its own."""
    head = phrase[-1]
    if (
        head.is_capital
        or head.suffix
        or not head.folded.endswith(tuple(lex.phrases("their_genitive")))
    ):
        return False
    return all(plural_subject(t, lex) for t in phrase[:-1])


def _compound_head(phrase: list[Token], lex: Lexicon) -> bool:
    """``Adımlar Partisi'nin``, ``Mimarlar Odası Şubesi'nin``: a possessed head needs the word
    before it, a plural too, as its modifier."""
    return bool(phrase) and fold(phrase[0].stem).endswith(tuple(lex.phrases("possessive_end")))


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
    # a body's meeting keeps the three words it always had (a cut name titles nothing)
    held_by_body = tm.trigger.type in ("meeting", "talks", "ceremony")
    for tok in reversed(before):
        nxt = phrase[0].start if phrase else tm.first.start
        gap = text[tok.end : nxt]
        name_goes_on = bool(phrase) and phrase[0].is_capital and tok.is_capital and not held_by_body
        if (sum(t.is_capital for t in phrase) == MAX_NAME) if name_goes_on else len(phrase) == 3:
            break  # "Sağlık Çalışanları Sendikası üyeleri": a name is whole
        if re.search(r"[,;:()]", gap) or (phrase and re.search(r"\w", gap)):
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
    if found and inside and found[0].start == inside[0].start:
        return found[0]
    owners = [i for i, t in enumerate(inside) if t.suffix in lex.phrases("genitive_person")]
    if not owners:
        return None
    inside = inside[owners[-1] + 1 :]  # "Defne Aksoy'un İzmir konseri": after its owner
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
