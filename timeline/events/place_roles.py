"""What a place named in a sentence is to the events there, beyond its case ending.

* A host (``host_phrase`` in ``event_words.tsv``): a place in the genitive before ``ev
  sahipliğinde`` or ``ev sahipliği yaptığı`` (``Kazakistan'ın ev sahipliğinde``) is where the
  event it hosts takes place, unless the clause names a place in the locative.
* A place before a postposition of place (``place_postposition``: ``Türkiye genelinde``, ``Kars
  merkezinde``) is the place of its clause, as if in the locative.
* A bare place before a common noun that is possessed and in a case other than the locative
  (``Türkiye tarihinin``, ``Suriye sorununa``, ``Ukrayna krizini``) modifies that noun: it is
  the theme, a place an event takes only when its sentence names no other.
* A place that says where someone lives or something is based (``place_attribute``:
  ``İstanbul merkezli şirket``, ``Kars doğumlu sanatçı``; ``resident_participle``:
  ``Almanya'da yaşayan sanatçı``, ``İstanbul'da bulunan şirket``) describes that person or thing,
  not the event, unless what it describes is itself in the locative (``Kars'ta bulunan
  stadyumda``: the event is there).
* A district named after its province in the genitive lies in that province (``Zonguldak'ın
  Ereğli ilçesinde``: Ereğli, Zonguldak, not the Ereğli of Konya).
* A number before a month opens a venue's name that a day names (``19 Mayıs Stadyumu``), and
  ``ve`` between two words that are no places joins them in one (``Deniz Fuar ve Kongre
  Merkezi``).
* A venue named alone in parentheses (``Kuzeyspor - Doğaspor (Kars Şehir Stadı)``, a fixture
  list's ground) is set aside (``aside``): the place of the happening it follows, as if in the
  locative, though it takes no case ending; a venue in the genitive (``Kars Kalesi'nin
  açılışı``) owns a happening held there (``owner``), after a place in the locative.
* An event told as held online (``online`` cues: ``video konferans``, ``çevrim içi``) has no
  place that a dateline or a headline could give it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..lang import read_table
from ..text import fold
from .lexicon import Lexicon, Place
from .morphology import morphology
from .tokens import Token

HOST_WORDS = 2  # words a host phrase takes at most ("ev sahipliğinde")
# The cases of a possessed noun after a bare place that make the place its theme.
THEME_CASES = ("genitive", "dative", "accusative", "ablative")


def hosts(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a host phrase starts at ``tokens[i]`` (``ev sahipliğinde``)."""
    words = " ".join(t.folded for t in tokens[i : i + HOST_WORDS])
    return any(words.startswith(p) for p in lex.phrases("host_phrase"))


def host_case(tokens: list[Token], i: int, n: int, case: str, lex: Lexicon) -> str:
    """``host`` for a place of ``n`` words at ``tokens[i]`` in the genitive, or bare, before a
    host phrase (``Türkiye'nin ev sahipliğinde``, ``Azerbaycan ev sahipliği yapacak``); else
    ``case``."""
    last = tokens[i + n - 1]
    genitive = last.suffix in _endings(lex.lang, "genitive")
    if (genitive or case == "nominative") and hosts(tokens, i + n, lex):
        return "host"
    return case


def aside_case(text: str, start: int, end: int, head: tuple[str, str], lex: Lexicon) -> str:
    """The role of a venue's name whose ``head`` is ``(noun, ending)``: ``aside`` in the
    nominative alone in parentheses (``(Kars Şehir Stadı)``), ``owner`` in the genitive when
    the noun names a site (``Kars Kalesi'nin açılışı``: its happening is held there; not a body,
    ``Bakanlığı'nın duyurusu``); else the case of its ending."""
    noun, ending = head
    case = lex.case_of(ending)
    genitive = lex.possessed.get("genitive", frozenset()) | set(_endings(lex.lang, "genitive"))
    if ending in genitive and lex.venues.get(noun) == "venue":
        return "owner"
    if case != "nominative" or start < 1 or text[start - 1] != "(" or text[end : end + 1] != ")":
        return case
    return "aside"


def postposed(nxt: Token, lex: Lexicon) -> bool:
    """Whether ``nxt`` is a postposition of place after a bare place (``genelinde``)."""
    return nxt.folded in lex.phrases("place_postposition")


def possessed_theme(word: str, lex: Lexicon) -> bool:
    """Whether a common noun is possessed and in a case that makes the bare place before it
    its theme: ``tarihinin``, ``sorununa``, ``krizini``, ``meselesinden`` (a possessive vowel,
    the pronominal ``n`` and the ending)."""
    vowels = lex.phrases("possessive_vowel")
    for case in THEME_CASES:
        for form in _possessed_endings(lex.lang, case):
            if (
                form.startswith("n")
                and word.endswith(form)
                and len(word) > len(form) + 2
                and word[-len(form) - 1] in vowels
            ):
                return True
    return False


SHORT_STEM = 4  # letters: an event word's stem this short may open another word by chance


def event_word(word: str, starts: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether ``word`` is an event word: it opens with one of ``starts`` (the first words of
    the trigger stems), and a short stem takes nothing after it but a possessive ending
    (``turu``, ``verileri``; not ``turizmi``, which a place before it modifies: ``Karadeniz
    turizmi``)."""
    tails = ("", *lex.phrases("possessive_vowel"), *morphology(lex.lang).possessive_endings)
    return any(
        word.startswith(s) and (len(s) > SHORT_STEM or word[len(s) :] in tails) for s in starts
    )


def online(quote: str, lex: Lexicon) -> bool:
    """Whether a sentence tells its event as held online (``video konferans yöntemiyle``)."""
    folded = fold(quote)
    return any(cue in folded for cue in lex.phrases("online"))


def names_day(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the number ``tokens[k]`` and the month after it name a day that names a venue
    (``19 Mayıs Stadyumu``, ``4 Eylül Stadyumu``)."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is not None and not nxt.suffix and nxt.folded in _months(lex.lang)


def joins_name(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether ``tokens[k - 1]`` is ``ve`` joining two words of a venue's name: a capitalised
    word before it that is no place (``Deniz Fuar ve Kongre Merkezi``; not ``Kars ve Van``)."""
    if k < 2 or tokens[k - 1].folded not in lex.phrases("and"):
        return False
    before = tokens[k - 2]
    return before.raw[:1].isupper() and not before.suffix and lex.place(before.stem) is None


@cache
def _months(lang: str) -> frozenset[str]:
    """The folded names of the months of a language."""
    return frozenset(fold(r["name"]) for r in read_table(lang, "months.tsv"))


RESIDENT_REACH = 3  # words after a resident participle where the noun it describes may stand


def resident_case(
    tokens: list[Token], i: int, case: str, lex: Lexicon, skip: list[tuple[int, int]]
) -> str:
    """``modifier`` for a place in the locative whose next word, ``tokens[i]``, is a participle
    of living or being somewhere (``yaşayan``, ``bulunan``) that describes a noun not in the
    locative (``Almanya'da yaşayan sanatçı``); else ``case``. The words in ``skip`` (dates)
    are passed over."""
    if case not in ("locative", "locative_adj") or i >= len(tokens):
        return case
    if tokens[i].folded not in lex.phrases("resident_participle"):
        return case
    local = _endings(lex.lang, "locative") + _possessed_endings(lex.lang, "locative")
    words = [t for t in tokens[i + 1 :] if not any(a <= t.start < b for a, b in skip)]
    following = words[:RESIDENT_REACH]
    if any(not t.suffix and t.raw[:1].islower() and t.folded.endswith(local) for t in following):
        return case  # "Kars'ta bulunan stadyumda": the event is where that noun is
    if any(t.suffix and lex.case_of(t.suffix) == "locative" for t in following):
        return case  # "Kars'ta bulunan Deniz Stadı'nda"
    return "modifier"


def attributive(nxt: Token, lex: Lexicon) -> bool:
    """Whether the word after a bare place makes it an attribute of a person or thing
    (``merkezli``, ``doğumlu``, ``kökenli``)."""
    return nxt.folded in lex.phrases("place_attribute")


def in_province(place: Place, before: object, text: str, start: int, lex: Lexicon) -> Place:
    """``place``, told at ``start``, in the province named right before it, bare or in the
    genitive (``before``: the last place mention before it): a district of the same name in
    another province (``Zonguldak'ın Ereğli``, ``Zonguldak Ereğli'de``) takes that province,
    without the other's point."""
    prev = getattr(before, "place", None)
    end = getattr(before, "end", -1)
    if place.kind != "district" or prev is None or prev.kind != "province":
        return place
    if prev.name == place.parent or text[end:start].strip():
        return place
    told = fold(text[max(0, end - 16) : end])
    if not told.endswith(_endings(lex.lang, "genitive") + (fold(prev.name),)):
        return place
    return replace(place, parent=prev.name, lat=None, lon=None)


@cache
def _endings(lang: str, case: str) -> tuple[str, ...]:
    """The endings of a case in a language (read once)."""
    from .lexicon import lexicon

    return lexicon(lang).case_endings(case)


@cache
def _possessed_endings(lang: str, case: str) -> tuple[str, ...]:
    """The forms of a case after a possessive ending (``nda``), read once."""
    from .lexicon import lexicon

    return tuple(sorted(lexicon(lang).possessed.get(case, ())))
