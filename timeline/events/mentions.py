"""Who and where: people with their titles, organisations and places named in a sentence."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..text import fold, search_key
from .lexicon import Lexicon, Organisation, Place
from .morphology import morphology
from .place_roles import (
    aside_case,
    attributive,
    event_word,
    host_case,
    in_province,
    joins_name,
    names_day,
    possessed_theme,
    postposed,
    resident_case,
)
from .settlement_names import known_place, names_settlement
from .tokens import Token

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
    if tokens[i].folded not in lex.title_firsts:
        return 0
    for n in range(min(lex.title_max_words, len(tokens) - i), 0, -1):
        if any(t.suffix for t in tokens[i : i + n]):
            continue
        if " ".join(t.folded for t in tokens[i : i + n]) in lex.titles:
            return n
    return 0


def _is_name_word(tok: Token, lex: Lexicon) -> bool:
    place = lex.place(tok.stem)
    return (
        tok.is_capital
        and tok.stem.replace("-", "").isalpha()
        and (place is None or place.ambiguous in ("person", "rare"))  # "Bakan Selçuk Bayraktar"
        and not lex.organisation(tok.stem)
        and tok.folded not in lex.phrases("not_person_name")  # "başkan Bu yılki …"
    )


def find_people(text: str, tokens: list[Token], lex: Lexicon) -> list[PersonMention]:
    """Titled names: ``[Country|Ministry…] Title Name [Name…]`` (``Rusya Dışişleri Bakanı
    Sergey Lavrov``, ``Hazine ve Maliye Bakanı Mehmet Şimşek``, ``Bakan Şimşek``)."""
    out = []
    firsts = lex.title_firsts
    i = 0
    while i < len(tokens):
        # A title opens only with one of the titles' first words (checked before the call).
        n = _title_at(tokens, i, lex) if tokens[i].folded in firsts else 0
        if not n:
            i += 1
            continue
        j = i + n
        names: list[Token] = []
        while j < len(tokens) and len(names) < 4 and _is_name_word(tokens[j], lex):
            gap = text[tokens[j - 1].end : tokens[j].start]
            if _title_at(tokens, j, lex) or gap.strip() or "\n" in gap:
                break  # "danışmanı: “Bu sistem", "yeni başkan⏎Bu yıl": not a name
            tok = tokens[j]
            names.append(tok)
            j += 1
            if tok.suffix or text[tok.end : tok.end + 1] in ",;:)":
                break
        if not names:
            i += n
            continue
        k = _title_prefix(text, tokens, i, lex)
        title = " ".join(t.raw for t in tokens[k : i + n])
        title_key = " ".join(t.folded for t in tokens[i : i + n])
        person = Person(" ".join(t.stem for t in names), title, lex.titles.get(title_key, False))
        out.append(PersonMention(person, tokens[k].start, names[-1].end, names[-1].suffix))
        i = j
    return out


def _title_prefix(text: str, tokens: list[Token], i: int, lex: Lexicon) -> int:
    """Where a title's capitalised prefix starts: ``Kazakistan`` in ``Kazakistan Dışişleri
    Bakanı``, ``Hazine ve Maliye`` in ``Hazine ve Maliye Bakanı``."""
    k = i
    while k > 0 and i - k < 5:
        prev = tokens[k - 1]
        if text[prev.end : tokens[k].start].strip():
            break
        if prev.is_capital and not prev.suffix:
            if prev.folded.startswith(_event_starts(lex.lang)):
                break  # "Toplantıya Cumhurbaşkanı …": an event word opening the sentence
            k -= 1
            continue
        # "Hazine ve Maliye": a lower-case "ve" between two capitalised words.
        if (
            prev.folded in lex.phrases("and")
            and k - 2 >= 0
            and tokens[k - 2].is_capital
            and not tokens[k - 2].suffix
            and tokens[k].is_capital
        ):
            k -= 2
            continue
        break
    return k


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
            not known.title
            or (known.relational and not person.relational)
            or (person.relational == known.relational and len(person.title) > len(known.title))
        )
        if better_title:
            known.title, known.relational = person.title, person.relational

    def lookup(self, word: str) -> Person | None:
        return self.people.get(search_key(word))


def people_in(
    tokens: list[Token], titled: list[PersonMention], registry: Registry
) -> list[PersonMention]:
    """Titled mentions plus short mentions (``Tokayev``, ``Lavrov'un``) of known people."""
    found = [
        PersonMention(registry.lookup(m.person.surname) or m.person, m.start, m.end, m.suffix)
        for m in titled
    ]
    covered = [(m.start, m.end) for m in titled]
    for tok in tokens:
        if not tok.cap or (covered and any(a <= tok.start < b for a, b in covered)):
            continue
        person = registry.lookup(tok.stem)
        if person:
            found.append(PersonMention(person, tok.start, tok.end, tok.suffix))
    found.sort(key=lambda m: m.start)
    return found


# ---------------------------------------------------------------------------------------------
# Organisations


@dataclass(slots=True)
class OrgMention:
    org: Organisation
    start: int
    end: int
    suffix: str
    head: str = ""  # last word of the long form, folded ("örgütü"), for "Örgütün"


def find_organisations(tokens: list[Token], lex: Lexicon) -> list[OrgMention]:
    """Organisations named by acronym (``KGAÖ'deki``) or long form (``Şanghay İşbirliği
    Örgütü``)."""

    def lookup(words: str, n: int):
        org = lex.acronyms.get(words) if n == 1 else None
        return org or lex.organisations.get(search_key(words))

    def opens(tok: Token) -> bool:
        return tok.stem in lex.acronyms or lex.may_open(tok.stem, lex.org_firsts)

    out = []
    for i, n, org in longest_names(tokens, lex.org_max_words, lookup, opens, lex.org_prefixes):
        last = tokens[i + n - 1]
        out.append(OrgMention(org, tokens[i].start, last.end, last.suffix, fold(last.stem)))
    return out


def longest_names(
    tokens: list[Token],
    max_words: int,
    lookup,
    opens=None,
    prefixes: frozenset[str] | None = None,
):
    """``(index, length, value)`` of the longest names, left to right, that ``lookup(words,
    length)`` knows: capitalised words with a case suffix on the last one only
    (``Şanghay İşbirliği Örgütü'nün``, ``Duşanbe'de``). ``opens(token)``, if given, says
    whether any name can start with a token (saves the look-ups of the others); so do
    ``prefixes``, the search keys of every name's first words, for the longer groups."""
    i = 0
    while i < len(tokens):
        if not tokens[i].cap or (opens is not None and not opens(tokens[i])):
            i += 1
            continue
        longest = min(max_words, len(tokens) - i)
        if prefixes is not None:
            longest = _reach(tokens, i, longest, prefixes)
        for n in range(longest, 0, -1):
            group = tokens[i : i + n]
            if any(t.suffix for t in group[:-1]) or not group[0].is_capital:
                continue
            value = lookup(" ".join(t.stem for t in group), n)
            if value:
                yield i, n, value
                i += n
                break
        else:
            i += 1


def _reach(tokens: list[Token], i: int, longest: int, prefixes: frozenset[str]) -> int:
    """How many words from ``tokens[i]`` (at least one, at most ``longest``) can still be a
    name: the search key of the words so far begins some name's key, and no word before the
    last carries a case suffix."""
    n = 1
    key = search_key(tokens[i].stem)
    while n < longest and key in prefixes and not tokens[i + n - 1].suffix:
        following = search_key(tokens[i + n].stem)
        key = f"{key} {following}" if key and following else key or following
        n += 1
    return n if key in prefixes else max(1, n - 1)


# ---------------------------------------------------------------------------------------------
# Places


@dataclass(slots=True)
class PlaceMention:
    place: Place
    start: int
    end: int
    # locative | locative_adj | dative | accusative | nominative | institution | host | theme…
    case: str
    sub: str | None = None  # an unknown place inside it: "Kilyos" in "İstanbul Kilyos'ta"

    @property
    def title_name(self) -> str:
        """The name a title uses: a venue's city (``İstanbul zirvesi``), else the place's."""
        if self.place.kind == "venue":
            return self.place.parent or ""  # a venue in no known city names no title
        return self.place.name

    @property
    def display(self) -> str:
        if self.sub:
            return f"{self.sub}, {self.place.name}"
        return self.place.display


def find_places(
    text: str,
    tokens: list[Token],
    lex: Lexicon,
    skip: list[tuple[int, int]],
    guess: bool = False,
) -> list[PlaceMention]:
    """Gazetteer names in the sentence with their case (``Duşanbe'de`` -> locative); with
    ``guess``, also the names unknown to it that only a place takes the locative of
    (:func:`_guessed_places`)."""
    out = _guessed_places(text, tokens, lex, skip) if guess else []
    for i, n, place in longest_names(
        tokens,
        lex.place_max_words,
        lambda w, n: lex.place(w),
        lambda t: lex.may_open(t.stem, lex.place_firsts),
        lex.place_prefixes,
    ):
        last = tokens[i + n - 1]
        start, end = tokens[i].start, last.end
        nxt = tokens[i + n] if i + n < len(tokens) else None
        if any(a <= start < b for a, b in skip) or names_settlement(place, nxt, lex):
            continue  # (the second: "Yeşilyurt köyünde", a village of a district's name)
        case = lex.case_of(last.suffix)
        sub = None
        if not last.suffix and nxt is not None:
            gap = text[last.end : nxt.start]
            if nxt.folded in lex.phrases("city_word") or postposed(nxt, lex):
                case = "locative"
            elif nxt.folded in lex.phrases("city_word_adj"):
                case, end = "locative_adj", nxt.end  # "Gebze ilçesindeki fabrika"
            elif nxt.folded in lex.phrases("city_word_dative"):
                case, end = "dative", nxt.end  # "New York kentine gidecek"
            elif attributive(nxt, lex):
                case = "modifier"  # "İstanbul merkezli şirket": where it is based
            elif any(nxt.folded.startswith(w) for w in lex.phrases("institution")):
                case = "institution"
            elif _title_follows(tokens, i + n, lex):
                case = "title"  # "Rusya Dışişleri Bakanı": the country of a title"
            elif (
                not gap.strip()
                and nxt.is_capital
                and lex.case_of(nxt.suffix) == "locative"
                and not lex.place(nxt.stem)
                and place.kind in ("capital", "city", "province")
            ):
                # "İstanbul Kilyos'ta": a smaller place, unknown to the gazetteer, in a city.
                case, sub, end = "locative", nxt.stem, nxt.end
            elif not gap.strip():
                case = _compound_case(place, nxt, lex) or case
        case = host_case(tokens, i, n, case, lex)  # "Kazakistan'ın ev sahipliğinde"
        case = resident_case(tokens, i + n, case, lex, skip)  # "Almanya'da yaşayan sanatçı"
        if case == "nominative" and _is_surname(tokens, i, lex):
            continue
        if place.ambiguous and not _reads_as_place(place, tokens, i, n, case, lex):
            continue
        # A sub-place joined to it ("Kilyos'ta") is unknown to the gazetteer, so the scan
        # passes over it without a match.
        place = in_province(place, out[-1] if out else None, text, start, lex)
        out.append(PlaceMention(place, start, end, case, sub))
    return find_venues(text, tokens, lex, skip, _settlements(text, tokens, lex, skip, out))


def _guessed_places(
    text: str, tokens: list[Token], lex: Lexicon, skip: list[tuple[int, int]]
) -> list[PlaceMention]:
    """Capitalised names unknown to the gazetteer in the locative after an apostrophe
    (``Konser Harbiye'de``, ``Tören Yeşilyurt'ta``): in Turkish news a name in the locative is
    a place (a person, an organisation or an acronym is not one; nor a platform, ``X'te``).
    Their case is ``guess``: a clause's known place comes first."""
    out = []
    for i, tok in enumerate(tokens):
        if (
            not tok.suffix
            or lex.case_of(tok.suffix) not in ("locative", "locative_adj")
            or not tok.raw[:1].isupper()
            or not tok.stem.isalpha()
            or len(tok.stem) < 3
            or tok.shouting
            or lex.place(tok.stem) is not None
            or lex.organisation(tok.stem) is not None
            or fold(tok.stem) in lex.phrases("not_place")
            or lex.trigger_re.fullmatch(fold(tok.stem))
            or any(a <= tok.start < b for a, b in skip)
        ):
            continue
        prev = tokens[i - 1] if i else None
        if prev is not None and prev.is_capital and not prev.suffix and prev.end + 1 == tok.start:
            continue  # "Ahmet Kaya'da": a person, or a longer name
        out.append(PlaceMention(_venue(tok.stem, None), tok.start, tok.end, "guess"))
    return out


def _settlements(
    text: str, tokens: list[Token], lex: Lexicon, skip: list[tuple[int, int]], places: list
) -> list[PlaceMention]:
    """``places`` with the places unknown to the gazetteer that a place noun in the locative
    names (``Yeşilyurt köyünde``, ``Çamlık Mahallesi'nde``, ``Tepecik ilçesinde``): the
    capitalised name before the noun, in the city named before it in the sentence, if any."""
    out = list(places)
    for j, tok in enumerate(tokens):
        if j == 0 or (fold(tok.stem) + tok.suffix) not in lex.phrases("city_word"):
            continue
        name_tok = tokens[j - 1]
        if (
            name_tok.suffix
            or not name_tok.raw[:1].isupper()
            or not name_tok.stem.isalpha()
            or text[name_tok.end : tok.start].strip()
            or known_place(name_tok, tok, lex)
            or (j - 1 == 0 and name_tok.folded in lex.venues)
            or name_tok.folded in lex.phrases("not_place")  # "Büyükşehir Belediyesinde"
            or any(a <= name_tok.start < b for a, b in skip)
            or any(pm.start <= name_tok.start < pm.end for pm in places)
        ):
            continue  # not a name, or a known place ("Rio de Janeiro kentinde")
        before = [pm for pm in places if pm.end <= name_tok.start and pm.place.kind != "venue"]
        city = before[-1].place if before and before[-1].case != "title" else None
        if city is not None and city.kind == "country":
            city = None
        mention = PlaceMention(_venue(name_tok.raw, city), name_tok.start, tok.end, "locative")
        out.append(mention)
    return sorted(out + _routes(tokens, lex, out), key=lambda pm: pm.start)


def _routes(tokens: list[Token], lex: Lexicon, places: list) -> list[PlaceMention]:
    """``Üsküdar-Kadıköy arasında``: a route between places of one city lies in that city."""
    out = []
    for tok, nxt in zip(tokens, tokens[1:], strict=False):
        if "-" not in tok.stem or nxt.folded not in lex.phrases("between"):
            continue
        if any(pm.start <= tok.start < pm.end for pm in places):
            continue
        ends = [lex.place(part) for part in tok.stem.split("-")]
        known = [p for p in ends if p is not None and not p.ambiguous and p.kind != "country"]
        cities = {p.parent or p.name for p in known}
        city = lex.place(cities.pop()) if len(cities) == 1 else None
        if city is not None:
            out.append(PlaceMention(city, tok.start, nxt.end, "locative"))
    return out


def _compound_case(place: Place, nxt: Token, lex: Lexicon) -> str | None:
    """The case of a bare place that the word after it makes part of a compound:
    ``modifier`` (``Ukrayna gerilimi``, ``Türkiye Şişe ve Cam``: not a place), ``theme``
    (``Türkiye tarihinin``, ``Suriye sorununa``: a place an event takes only when its sentence
    names no other), or None."""
    if _modifies(place, nxt, lex):
        return "modifier"
    if not nxt.is_capital and not event_word(nxt.folded, _event_starts(lex.lang), lex):
        return "theme" if possessed_theme(nxt.folded, lex) else None
    return None


def _modifies(place: Place, nxt: Token, lex: Lexicon) -> bool:
    """Whether the word after a bare place name makes the name a modifier, not the place of
    the clause: after a country, a capitalised word that is neither a place nor an event word
    continues an organisation's name (``Türkiye Şişe ve Cam Fabrikaları``; after a city it
    names a site there: ``İznik Gölü``); a common noun in its possessed form heads a compound
    (``Ukrayna gerilimi``, ``ABD yetkilisi``). An event word keeps the place (``Astana
    zirvesi``, ``Ankara Mitingi``)."""
    if event_word(nxt.folded, _event_starts(lex.lang), lex) or lex.place(nxt.stem):
        return False
    if nxt.is_capital:
        return place.kind == "country" and not nxt.suffix
    word = nxt.folded
    return len(word) >= 4 and (
        word.endswith(tuple(lex.phrases("possessive_stem_end")))
        or (
            word[-1] in lex.phrases("possessive_vowel")
            and word[-2] not in morphology(lex.lang).vowels
        )
    )


@cache
def _event_starts(lang: str) -> tuple[str, ...]:
    """The first words of the trigger stems of a language (``zirve``, ``miting``)."""
    from .lexicon import lexicon

    return tuple({stem.split()[0] for stem in lexicon(lang).triggers})


def _reads_as_place(
    place: Place, tokens: list[Token], i: int, n: int, case: str, lex: Lexicon
) -> bool:
    """Whether a name that is also a common word or a person's name (``Kemer``, ``Selçuk``)
    is a place here: it carries a case ending after an apostrophe (for a person's name only
    one of place, ``Selçuk'ta``, ``Selçuk'tan``, and not after another name, ``Ekrem
    İmamoğlu'ndan``; so too for a ``rare`` name), or a place noun follows it (``Kemer
    ilçesinde``)."""
    last = tokens[i + n - 1]
    nxt = tokens[i + n] if i + n < len(tokens) else None
    if not last.suffix:
        return nxt is not None and nxt.folded in lex.phrases("city_word")
    if place.ambiguous == "word":
        return True
    prev = tokens[i - 1] if i > 0 else None
    after_name = (
        prev is not None
        and prev.is_capital
        and not prev.suffix
        and prev.end + 1 == tokens[i].start
        and lex.place(prev.stem) is None
    )
    return case in ("locative", "locative_adj", "ablative") and not after_name


# The cases a venue's name takes after its possessive ending (``Stadı'nda``, ``Merkezinde``).
_VENUE_CASES = ("locative", "locative_adj", "dative", "ablative", "accusative")


_VENUE_FORMS: dict[int, dict[str, tuple[str, str]]] = {}
VENUE_KINDS = ("venue", "body", "facility")  # the kinds of venues.tsv that head a venue's name


def _facility_starts(lex: Lexicon) -> tuple[str, ...]:
    """The heads of facilities (``fabrikası``) without their last letter: how the lower-case
    words that may head a venue begin."""
    return tuple(h[:-1] for h, kind in lex.venues.items() if kind == "facility")


def _venue_forms(lex: Lexicon) -> dict[str, tuple[str, str]]:
    """Every form a venue's head may take without an apostrophe -> ``(head, ending)``: the
    head alone, or with a case form after a possessive (suffixes.tsv's ``after_possessive``);
    a form read two ways is read as a head alone if it is one, else with its longest ending.
    Built once per lexicon."""
    known = _VENUE_FORMS.get(id(lex))
    if known is None:
        forms = {f for case in _VENUE_CASES for f in lex.possessed.get(case, ())}
        heads = [head for head, kind in lex.venues.items() if kind in VENUE_KINDS]
        known = {}
        for ending in ("", *sorted(forms, key=len, reverse=True)):
            for head in heads:
                known.setdefault(head + ending, (head, ending))
        _VENUE_FORMS[id(lex)] = known
    return known


def _venue_head(tok: Token, lex: Lexicon) -> tuple[str, str] | None:
    """``(head, ending)`` when ``tok`` is a venue's head noun: ``Stadı'nda`` -> ``("stadı",
    "nda")``, ``Merkezinde`` -> ``("merkezi", "nde")``; a facility's only in lower case
    (``fabrikasında`` -> ``("fabrikası", "nda")``)."""
    if tok.suffix:
        stem = tok.folded[: len(tok.stem)]
        found = (stem, tok.suffix) if lex.venues.get(stem) in VENUE_KINDS else None
    else:
        found = _venue_forms(lex).get(tok.folded)
    if found is None or (lex.venues.get(found[0]) == "facility") == tok.raw[:1].islower():
        return found
    return None  # a facility is named in lower case ("Santrali" in a title-case headline)


def find_venues(
    text: str, tokens: list[Token], lex: Lexicon, skip: list[tuple[int, int]], places: list
) -> list[PlaceMention]:
    """Named venues (``Atatürk Olimpiyat Stadı'nda``, ``Yeni Sivas 4 Eylül Stadyumu'nda``,
    ``İstanbul Kongre Merkezi'nde``) with the city they lie in: a place in their name, else the
    nearest place named before them in the sentence (``Ankara'daki``). A venue in no known city
    is kept only where a locative makes it the place of the clause (``Maracana Stadı'nda``):
    alone it names no city, so it titles nothing. The places inside a venue's name give way to
    it."""
    found = []
    facilities = _facility_starts(lex)
    for j, tok in enumerate(tokens):
        if not tok.raw[:1].isupper() and not tok.folded.startswith(facilities):
            continue  # a venue's head is capitalised (spares the look-up of every word)
        head = _venue_head(tok, lex)
        if head is None or any(a <= tok.start < b for a, b in skip):
            continue
        k = _venue_name_start(text, tokens, j, lex)
        if k == j:
            continue
        start, end = tokens[k].start, tok.end
        case = aside_case(text, start, end, head, lex)
        inside = [pm for pm in places if start <= pm.start < end]
        before = [
            pm
            for pm in places
            if pm.end <= start and pm.place.kind != "venue" and pm.case != "title"
        ]
        city = (
            inside[0].place
            if inside
            else _city_in_name(tokens[k:j], lex) or (before[-1].place if before else None)
        )
        if city is None and case not in ("locative", "locative_adj", "aside", "owner"):
            continue  # a venue refines a known place, or is where the clause happens
        name = " ".join(t.raw for t in tokens[k:j]) + " " + tok.stem[: len(head[0])]
        found.append(PlaceMention(_venue(name, city), start, end, case))
        places = [pm for pm in places if not start <= pm.start < end]
    return sorted(places + found, key=lambda pm: pm.start)


def _city_in_name(words: list[Token], lex: Lexicon) -> Place | None:
    """A city or district that a venue's name holds though the place scan passed over it as a
    surname (``Yeni Sivas 4 Eylül Stadyumu``)."""
    for word in words:
        place = lex.place(word.stem)
        if place is not None and not place.ambiguous and place.kind not in ("country", "region"):
            return place
    return None


def _venue_name_start(text: str, tokens: list[Token], j: int, lex: Lexicon) -> int:
    """The index of the first word of the venue whose head is ``tokens[j]``: up to four
    capitalised words, or numbers and ordinals before a capitalised word (``19 Mayıs
    Stadyumu``, ``Ankara 42. Asliye Hukuk Mahkemesi``), or ``ve`` between two capitalised words
    (``Deniz Fuar ve Kongre Merkezi``), written right before it; a sentence's
    first word that never opens a venue's name (``Dün``), an
    event word (``Konser``) and a number that names no day with the month after it are not
    part of it."""
    k = j
    while k > 0 and j - k < 5:
        prev = tokens[k - 1]
        number = (prev.raw.isdigit() or prev.is_ordinal) and tokens[k].raw[:1].isupper()
        joined = joins_name(tokens, k, lex)  # "Fuar ve Kongre Merkezi"
        if prev.suffix or not (
            number or joined or (prev.raw[:1].isupper() and prev.stem.isalpha())
        ):
            break
        if text[prev.end : tokens[k].start].strip():
            break
        k -= 1
    while k < j and (
        (k == 0 and tokens[k].folded in lex.venues)
        or lex.trigger_re.fullmatch(tokens[k].folded)
        or (tokens[k].raw.isdigit() and not names_day(tokens, k, lex))
    ):
        k += 1  # "Dün", "Konser", a day's number: not the venue's first word
    return k


def _venue(name: str, city: Place | None) -> Place:
    """A venue's gazetteer entry, in ``city`` (its country, zone and point) when known."""
    if city is None:
        return Place(name, "venue", None, None, None, None, None, None)
    country = city.name if city.kind == "country" else city.country
    parent = None if city.kind in ("country", "region") else city.name
    if city.kind == "district" and city.parent and name.startswith(city.name):
        parent = city.parent  # "Dolmabahçe Sarayı, İstanbul": the name tells the quarter
    return Place(name, "venue", country, city.zone, parent, city.iso, city.lat, city.lon)


def _title_follows(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a person title starts at ``tokens[i]`` or after a few capitalised words
    (``Dışişleri Bakan Yardımcıları``)."""
    for k in range(i, min(i + 3, len(tokens))):
        if _title_at(tokens, k, lex):
            return True
        if not tokens[k].is_capital or tokens[k].suffix:
            return False
    return False


def delegations(text: str, places: list[PlaceMention], lex: Lexicon) -> list[str]:
    """Countries that take part through their officials: ``Rusya, Türkiye, İran ve Suriye
    Dışişleri Bakan Yardımcıları`` -> the four countries."""
    out: list[str] = []
    for k, pm in enumerate(places):
        if pm.case != "title" or pm.place.kind != "country":
            continue
        chain = [pm]
        j = k - 1
        while (
            j >= 0
            and places[j].case == "nominative"
            and places[j].place.kind == "country"
            and text[places[j].end : chain[0].start].strip(" ,") in ("", *lex.phrases("and"))
        ):
            chain.insert(0, places[j])
            j -= 1
        if len(chain) >= 2:
            for p in chain:
                p.case = "title"  # a country taking part, not the place
                if p.place.name not in out:
                    out.append(p.place.name)
    return out


def _is_surname(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """``Emre Aydın``: a place name right after an unknown capitalised word is a surname."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    return (
        prev.is_capital
        and not prev.suffix
        and prev.stem.isalpha()
        and prev.end + 1 == tokens[i].start
        and not lex.place(prev.stem)
        and not lex.organisation(prev.stem)
        and prev.folded not in lex.titles
    )
