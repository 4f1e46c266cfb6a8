"""Titles: a short Turkish noun phrase a newsroom would write for an event.

In order of preference: the event's own name (``7. Hazar Ülkeleri Zirvesi``, ``DGS (Dikey
Geçiş Sınavı)``, with ``… 103. yıl dönümü`` for an anniversary); a part of a named event
(``MSÜ başvuruları``); the name the article gave the same happening elsewhere (``Anadolu
Fest``); else a phrase from the event's participants and place (``Tokayev'in Rusya'ya resmi
ziyareti``, ``Lavrov ile Köşerbayev görüşmesi``, ``Kazakistan referandumu``). A title is never
the sentence and never cut inside a word.
"""

from __future__ import annotations

import re

from ..text import fold, upper
from .lexicon import Lexicon, Trigger

MAX_TITLE = 90
GENITIVE_STEM = 4  # fewest letters before a case ending read off a title word ("roket"+"in")
WORD = re.compile(r"\w+")
PACTS = ("signing",)  # kinds whose title names the sides of the agreement
COMITATIVE_SHORT = 3  # "yla" after a vowel "a" is too short to tell from a noun ("Yayla")


def cap_title(title: str, limit: int = MAX_TITLE) -> str:
    """Shorten a title at a word boundary and start it with a capital.

    >>> cap_title("zirve")
    'Zirve'
    >>> cap_title("çok uzun bir başlık olacak kadar uzun", 20)
    'Çok uzun bir başlık'
    """
    title = " ".join(title.split())
    if len(title) > limit:
        cut = title[: limit + 1].rsplit(" ", 1)[0]
        title = cut.rstrip(",;:-–(")
    if title and title[0].islower():
        title = upper(title[0]) + title[1:]
    return title


def name_title(name: str, long_name: str | None, anniversary: int | None, lex: Lexicon) -> str:
    """The title of a named event."""
    title = f"{name} ({long_name})" if long_name and long_name != name else name
    if anniversary:
        title = f"{lex.attach(title, 'genitive')} {anniversary}. {lex.word('anniversary_title')}"
    return cap_title(title)


HELD_BY_ONE = ("press",)  # kinds their holders title (one, or two jointly), not the place
# A vote is a country's or a body's, never a person's: a candidate near it titles none
# ("Novak'ın seçimi" for the elections a prime minister runs in).
COUNTRYS_OWN = ("election", "referendum")
# A day remembered is a place's or an event's (a possessor or a phrase titles it), never that
# of a person the sentence names: who announces the "kurtuluş yıl dönümü" does not own it.
NO_PERSONS = (*COUNTRYS_OWN, "anniversary")
WIDE_PLACES = ("country", "region")  # places that title no bare meeting (place_names)


def phrase_title(
    trigger: Trigger,
    phrase: str | None,
    topic: str | None,
    visit: dict,
    people: list[str],
    place: str | None,
    orgs: list[str],
    lex: Lexicon,
    possessor: str | None = None,
    subject: list[str] | None = None,
    text: str = "",
) -> str | None:
    """The title of an unnamed event, or None when nothing in the text identifies it.

    :param phrase: the trigger as written when it is more than the bare noun
        (``geç başvuru günü``, ``572. yıl dönümü``).
    :param topic: the name of the event it belongs to or repeats.
    :param visit: ``official`` (the text says "resmi") for visits.
    :param people: surnames (or names) of the participants, in order.
    :param possessor: a genitive phrase before the trigger (``Yeni havalimanının``).
    :param subject: the words of the noun phrase a verb trigger is about
        (``["enerji", "anlaşması"]`` before ``imzalanacak``).
    :param text: the article, where a capitalised subject written in lower case elsewhere
        shows a common noun (``Sendika … greve çıkacak``, ``sendika üyeleri``).
    """
    noun = phrase or trigger.noun
    if topic:
        if trigger.type in ("application", "deadline"):
            return cap_title(f"{topic} {noun}")
        return cap_title(topic)
    if trigger.type == "visit":
        if visit.get("official") and not noun.startswith("resm"):
            noun = f"{visit['official']} {noun}"
        who = lex.attach(people[0], "genitive") if people else ""
        if not who:  # "İznik ziyareti": without a visitor the place only names the visit
            return cap_title(f"{place} {noun}") if place else None
        where = lex.attach(place, "dative") if place else ""
        return cap_title(" ".join(p for p in (who, where, noun) if p))
    if trigger.type in HELD_BY_ONE and len(people) >= 2:  # "A ile B'nin basın toplantısı"
        pair = f"{people[0]} {lex.word('pair_link')} {lex.attach(people[1], 'genitive')}"
        return cap_title(f"{pair} {noun}")
    if trigger.type in ("meeting", "talks", "match") and len(people) >= 2:
        return cap_title(f"{people[0]} {lex.word('pair_link')} {people[1]} {noun}")
    if trigger.type in ("meeting", "talks") and len(orgs) >= 3:
        return cap_title(f"{', '.join(orgs[:-1])} {lex.word('and')} {orgs[-1]} {noun}")
    if trigger.type in ("meeting", "talks") and subject and not _names_any(subject, people):
        return cap_title(f"{' '.join(subject)} {noun}")  # "Terörsüz Türkiye Komisyonu toplantısı"
    if possessor:
        return cap_title(f"{possessor} {noun}")
    if subject:
        subject = bare_object(subject, lex)
        head = subject[-1]
        proper = head[:1].isupper() and not common_noun(head, lex) and not lowered(head, text)
        sides = pact_sides(trigger, orgs, subject, text, lex)
        return cap_title(" ".join([*sides, *subject[:-1], genitive_of(head, proper, lex), noun]))
    if place and not (people and trigger.type in HELD_BY_ONE):
        return cap_title(f"{place} {noun}")
    if people and trigger.type not in NO_PERSONS:
        return cap_title(f"{lex.attach(people[0], 'genitive')} {noun}")
    if orgs and trigger.type in ("release", "decision"):
        return cap_title(f"{orgs[0]} {noun}")  # the publisher: "TÜİK verisi"
    return None


def place_names(trigger: Trigger, phrase: str | None, kind: str, lex: Lexicon) -> bool:
    """Whether a place of ``kind`` alone may title an event of this trigger: a country or a
    region does not title a bare noun of ``place_unnamed`` (``Türkiye töreni``, ``Asya faiz
    kararı`` are no titles a newsroom writes, and such a wide place is mostly where the news
    is followed, not where the event is); ``Bakü zirvesi``, ``Rusya zirvesi`` are.

    >>> lex = lexicon_tr()
    >>> place_names(lex.triggers["tören"], None, "country", lex)
    False
    >>> place_names(lex.triggers["zirve"], None, "country", lex)
    True
    """
    if phrase or kind not in WIDE_PLACES:
        return True
    return fold(trigger.noun) not in lex.phrases("place_unnamed")


def country_sides(places, text: str, before: int, lex: Lexicon) -> list[str]:
    """Two countries joined by a link word before a meeting's trigger, in the nominative: the
    sides that meet (``Mısır ve Katar … görüşecek`` -> ``["Mısır", "Katar"]``); empty when
    the sentence has no such pair. ``places`` are the sentence's place mentions."""
    wide = [
        p
        for p in places
        if p.place.kind in WIDE_PLACES and p.case == "nominative" and p.end <= before
    ]
    for a, b in zip(wide, wide[1:], strict=False):
        between = fold(text[a.end : b.start]).split()
        if len(between) == 1 and between[0] in lex.phrases("link"):
            return [a.title_name, b.title_name]
    return []


def _names_any(subject: list[str], people: list[str]) -> bool:
    """Whether a subject names a participant, or may (any participant and a lower-case
    subject): a body chaired by one (``Kabine`` with ``Erdoğan``) does not."""
    if people and not all(w[:1].isupper() for w in subject):
        return True
    said = {fold(w) for w in subject}
    return any(fold(p.split()[-1]) in said for p in people)


def bare_object(subject: list[str], lex: Lexicon) -> list[str]:
    """What is done to, without the doer before it: a noun in the accusative with no
    possessive (its buffer ``y``: ``anlaşmayı``) heads no compound, so the bare nouns before
    it are another phrase (``İki ülke anlaşmayı``, ``Bakanlar anlaşmayı`` -> ``anlaşmayı``);
    its adjectives (``not_compound``: ``yeni anlaşmayı``) stay.

    >>> bare_object(["İki", "ülke", "anlaşmayı"], lexicon_tr())
    ['anlaşmayı']
    >>> bare_object(["ticaret", "anlaşmasını"], lexicon_tr())
    ['ticaret', 'anlaşmasını']
    """
    head = fold(subject[-1])
    buffer = tuple(e for e in lex.phrases("buffer_accusative") if e.startswith("y"))
    if len(subject) < 2 or not head.endswith(buffer):
        return subject
    kept = [subject[-1]]
    for word in reversed(subject[:-1]):
        if fold(word) not in lex.phrases("not_compound"):
            break
        kept.insert(0, word)
    return kept


def common_noun(word: str, lex: Lexicon) -> bool:
    """Whether a word is an event noun of the lexicon (a trigger's lemma or a
    ``genitive_stem``): capitalised only because it opens the sentence, it is no name and
    takes its endings without an apostrophe (``Sözleşmenin``, not ``Sözleşme'nin``).

    >>> common_noun("Sözleşme", lexicon_tr()), common_noun("Karadeniz", lexicon_tr())
    (True, False)
    """
    return fold(word) in lex.event_nouns


def pact_sides(
    trigger: Trigger, orgs: list[str], subject: list[str], text: str, lex: Lexicon
) -> list[str]:
    """The two sides of an agreement of common nouns, when its sentence names exactly two
    countries or organisations joined by a link word (``Türkiye ve Azerbaycan, enerji
    anlaşmasını``): ``["Türkiye-Azerbaycan"]`` before ``enerji anlaşmasının imzalanması``;
    empty otherwise.

    >>> lex = lexicon_tr()
    >>> pact = lex.triggers["imzala"]
    >>> pact_sides(pact, ["Türkiye", "Japonya"], ["anlaşmayı"], "Türkiye ile Japonya", lex)
    ['Türkiye-Japonya']
    """
    if trigger.type not in PACTS or len(orgs) != 2 or any(w[:1].isupper() for w in subject):
        return []
    links = "|".join(re.escape(w) for w in sorted(lex.phrases("link")))
    joined = rf"{re.escape(orgs[0])}\S*\s+(?:{links})\s+{re.escape(orgs[1])}"
    return [f"{orgs[0]}-{orgs[1]}"] if re.search(joined, text, re.IGNORECASE) else []


def lowered(word: str, text: str) -> bool:
    """Whether a capitalised word is written in lower case elsewhere in the text (with any
    ending): a common noun that opened its sentence (``Sendika``, then ``sendikanın``).

    >>> lowered("Sendika", "Sendika greve çıkacak. Karar sendikanın."), lowered("Tesla", "Tesla")
    (True, False)
    """
    stem = fold(word)
    return any(w[:1].islower() and fold(w).startswith(stem) for w in WORD.findall(text))


def genitive_of(word: str, proper: bool, lex: Lexicon) -> str:
    """The genitive of a title word that may carry a case ending already: a genitive is kept
    (``roketin``, ``yolların``), an accusative after a buffer letter is replaced
    (``anlaşmayı`` -> ``anlaşmanın``, ``anlaşmasını`` -> ``anlaşmasının``), any other word
    takes the ending (``Tesla'nın``).

    >>> lex = lexicon_tr()
    >>> genitive_of("anlaşmayı", False, lex), genitive_of("yolların", False, lex)
    ('anlaşmanın', 'yolların')
    >>> genitive_of("anlaşmasını", False, lex), genitive_of("anlaşması", False, lex)
    ('anlaşmasının', 'anlaşmasının')
    >>> genitive_of("roketin", False, lex), genitive_of("Tesla", True, lex)
    ('roketin', "Tesla'nın")
    """
    folded, stem = fold(word), fold(word)[:-2]
    if proper or len(stem) < GENITIVE_STEM:
        return lex.attach(word, "genitive", apostrophe=proper)
    if folded.endswith(tuple(lex.phrases("common_genitive"))):
        return word
    if folded.endswith(lex.case_endings("genitive")) and stem[-1] not in lex.vowels:
        return word
    if folded.endswith(tuple(lex.phrases("buffer_accusative"))) and stem[-1] in lex.vowels:
        return lex.attach(word[:-2], "genitive", apostrophe=False)
    return lex.attach(word, "genitive", apostrophe=False)


def part_title(owner: str, noun: str, lex: Lexicon) -> str:
    """The title of a part of a named event: ``31. Yaz Olimpiyat Oyunları'nın açılış
    töreni``."""
    return cap_title(f"{lex.attach(owner, 'genitive')} {noun}")


def ending_title(title: str, timexes, text: str, lex: Lexicon, *, by_start: bool = False) -> str:
    """The title of the last day of a period or event whose date the text gives to an end
    verb (``window_end_title`` in ``event_words.tsv``): ``Eğitim yılı 26 Haziran'da
    tamamlanacak`` -> ``Eğitim yılının tamamlanması``, ``Konferans 17 Kasım'da sona erecek`` ->
    ``Konferansın sona ermesi``; ``title`` itself when no own date is followed by an end verb,
    or when one is followed by a start verb (the event is the whole window then) — unless
    ``by_start`` (a period of months, whose first day is all the day is: ``İkinci dönem 2 Şubat'ta
    başlayacak`` -> ``İkinci dönemin başlaması``, ``window_start_title``).
    """
    ends = [row.split(" ", 1) for row in sorted(lex.phrases("window_end_title"))]
    starts = tuple(lex.phrases("window_start"))
    noun = None
    for t in timexes:
        after = fold(text[t.end : t.end + 40]).split()
        if after and by_start and after[0].startswith(starts):
            noun = lex.word("window_start_title")
            break
        if not after or after[0].startswith(starts):
            return title
        noun = next((n for stem, n in ends if after[0].startswith(stem)), noun)
    if noun is None or not title:
        return title
    proper = title.split()[-1][:1].isupper()
    return cap_title(f"{lex.attach(title, 'genitive', apostrophe=proper)} {noun}")


def release_title(place: str | None, description: str) -> str:
    """``11.00 Türkiye, ağustos ayı bütçe dengesi`` -> ``Türkiye ağustos ayı bütçe dengesi``."""
    words = description.replace(",", " ").split()
    return cap_title(" ".join([place, *words] if place else words))


def _base(word: str, lex: Lexicon) -> tuple[str, bool]:
    """A title word folded without its genitive ending, and whether it had one.

    >>> _base("Yaz'ın", lexicon_tr())
    ('yaz', True)
    """
    folded = fold(word)
    stem, _, ending = folded.partition("'")
    if ending:
        return stem, ending in lex.phrases("genitive_person")
    for suffix in sorted(lex.phrases("genitive_person"), key=len, reverse=True):
        if folded.endswith(suffix) and folded[: -len(suffix)] in _heads(lex):
            return folded[: -len(suffix)], True
    return folded, False


def _heads(lex: Lexicon) -> frozenset[str]:
    return lex.phrases("not_title_head") | lex.phrases("not_possessor")


def flawed_head(title: str, lex: Lexicon) -> bool:
    """Whether a title begins with an adjective, participle or common word of
    ``not_title_head`` (``Kapsayan bir sözleşmenin imzalanması``, ``Yaz'ın ziyareti``).

    >>> flawed_head("Tarihselin maçı", lexicon_tr()), flawed_head("Yaz Olimpiyatları", lexicon_tr())
    (True, False)
    """
    words = title.split()
    if not words:
        return False
    if comitative_word(words[0], lex) or _doubled_title(words[0], lex):
        return True
    base, genitive = _base(words[0], lex)
    if base in lex.phrases("not_possessor"):
        return genitive
    if base not in lex.phrases("not_title_head"):
        return False
    # "Yaz Olimpiyatları", "Kış Festivali": a season word inside a name is no flaw
    follows = words[1] if len(words) > 1 else ""
    return genitive or fold(follows) in lex.phrases("indefinite") or not follows[:1].isupper()


def _doubled_title(word: str, lex: Lexicon) -> bool:
    """Whether a title word is a person's title in the genitive written twice (``Bakanın'ın``:
    a common noun taken for a name, then given its ending again).

    >>> _doubled_title("Bakanın'ın", lexicon_tr()), _doubled_title("Papa'nın", lexicon_tr())
    (True, False)
    """
    stem, mark, ending = fold(word).partition("'")
    genitive = lex.phrases("genitive_person")
    if not mark or ending not in genitive:
        return False
    return any(stem.endswith(e) and stem[: -len(e)] in lex.titles for e in genitive)


def comitative_word(word: str, lex: Lexicon) -> bool:
    """Whether a title word is a noun in the comitative after a buffer ``y`` (``Bağlantıyla``,
    ``Desteğiyle``): "with" something, never the owner of an event. The short endings (``yla``
    after ``a``) are left alone: ``Yayla`` is a noun of its own.

    >>> comitative_word("Bağlantıyla", lexicon_tr()), comitative_word("Yayla", lexicon_tr())
    (True, False)
    """
    folded = fold(word)
    endings = tuple(e for e in lex.case_endings("comitative") if len(e) > COMITATIVE_SHORT)
    return "'" not in folded and folded.endswith(endings) and len(folded) > len(endings[0]) + 2


def doubled(word: str, lex: Lexicon) -> bool:
    """Whether a word carries its genitive twice (``anlaşmanının``, ``anlaşmasınının``,
    ``belgelerininin``): a ``doubled_ending`` after a trigger noun or a possessive ending
    (``possessive_stem_end``). ``havalimanının`` (``havalimanı`` + ``nın``) is no slip.

    >>> doubled("anlaşmanının", lexicon_tr()), doubled("havalimanının", lexicon_tr())
    (True, False)
    """
    folded = fold(word)
    ending = next((e for e in lex.phrases("doubled_ending") if folded.endswith(e)), None)
    if ending is None:
        return False
    stem = folded[: -len(ending)]
    nouns = {t.lemma for t in lex.triggers.values()} | lex.phrases("genitive_stem")
    return stem in nouns or stem.endswith(tuple(lex.phrases("possessive_stem_end")))


def mended_title(title: str, lex: Lexicon) -> str:
    """A title without the slips of suffix surgery: a doubled genitive written once
    (``anlaşmanının`` → ``anlaşmanın``), a person's trade before their name (``Sanatçı Deniz
    Yalın konseri``), a leading article (``Bir yatırım anlaşmasının``) and
    a leading modifier dropped (``Kapsayan bir sözleşmenin imzalanması`` → ``Sözleşmenin
    imzalanması``); empty when the modifier was
    the possessor itself (``Yaz'ın ziyareti``: nothing is left to name the event).

    >>> mended_title("Öngören bir anlaşmanının imzalanması", lexicon_tr())
    'Anlaşmanın imzalanması'
    >>> mended_title("Yaz'ın ziyareti", lexicon_tr())
    ''
    >>> mended_title("Ressam Nuri Kaya'nın sergisi", lexicon_tr())
    "Nuri Kaya'nın sergisi"
    """
    words = [w[:-2] if doubled(w, lex) else w for w in title.split()]
    if len(words) > 2 and words[1][:1].isupper() and _trade(words[0], lex):
        words = words[1:]  # "Sanatçı Deniz Yalın konseri": who she is, not which concert
    article = len(words) > 2 and fold(words[0]) in lex.phrases("indefinite")
    if article and not words[1][:1].isupper():  # "Bir Dünya Festivali" is a name
        words = cap_title(" ".join(words[1:])).split()  # "Bir yatırım anlaşmasının imzalanması"
    if not words or not flawed_head(" ".join(words), lex):
        return " ".join(words)
    if _base(words[0], lex)[1] or comitative_word(words[0], lex) or _doubled_title(words[0], lex):
        return ""
    rest = words[1:]
    if rest and fold(rest[0]) in lex.phrases("indefinite"):
        rest = rest[1:]
    return cap_title(" ".join(rest)) if len(rest) > 1 else ""


def _trade(word: str, lex: Lexicon) -> bool:
    """Whether a word is a person's trade written before their name (``Sanatçı``); an
    office is not (``Vali Konağı`` is a place's name)."""
    return fold(word) in lex.phrases("profession")


def lexicon_tr() -> Lexicon:
    """The Turkish lexicon (for the examples above)."""
    from .lexicon import lexicon

    return lexicon("tr")
