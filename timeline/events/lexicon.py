"""The event extractor's language resources, compiled once per language.

Everything Turkish lives in ``timeline/lang/tr/``: ``event_triggers.tsv`` (trigger stems and
their types), ``event_forms.tsv`` (what may follow a noun trigger), ``event_blockers.tsv``
(readings that are not events), ``event_status.tsv`` (status cues), ``event_words.tsv`` (other
cue words by role), ``event_ordinals.tsv``, ``person_titles.tsv``, ``places.tsv`` (the
gazetteer), ``organisations.tsv``, ``holidays.tsv``, ``suffixes.tsv`` and ``vowels.tsv`` (suffix
harmony). This module only turns those tables into lookups and patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from ..errors import ResourceError
from ..lang import read_table
from ..text import fold, search_key
from .morphology import morphology

# The cases :meth:`Lexicon.case_of` reads from a suffix, and the columns of suffixes.tsv that
# hold their forms.
READ_CASES = ("locative", "locative_adj", "dative", "accusative", "ablative")
ENDING_COLUMNS = ("after_vowel", "after_consonant", "after_voiceless", "after_possessive")

_key = lru_cache(maxsize=65536)(search_key)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word that names a kind of event."""

    stem: str
    type: str
    calendar: bool
    form: str  # noun | verb
    noun: str  # head noun after a modifier: "zirvesi"
    lemma: str  # head noun alone: "zirve"


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry."""

    name: str
    kind: str  # country | capital | city | province | district | region
    country: str | None
    zone: str | None
    parent: str | None = None  # the province of a district

    @property
    def display(self) -> str:
        """The name a reader knows it by: ``Kilyos, İstanbul`` for a district."""
        return f"{self.name}, {self.parent}" if self.parent else self.name


@dataclass(frozen=True, slots=True)
class Organisation:
    short: str
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class Holiday:
    name: str
    country: str | None
    day: str | None  # MM-DD


@dataclass(frozen=True)
class Lexicon:
    """Compiled resources of one language."""

    triggers: dict[str, Trigger]
    trigger_re: re.Pattern
    noun_ending: re.Pattern
    blockers: dict[tuple[str, str], tuple[str, ...]]  # (stem, side) -> word prefixes
    status: dict[str, list[tuple[re.Pattern, str]]]
    titles: dict[str, bool]  # folded title -> relational
    title_max_words: int
    places: dict[str, Place]  # search key of name or alias -> place
    place_max_words: int
    acronyms: dict[str, Organisation]  # short forms as written -> organisation
    organisations: dict[str, Organisation]  # search key of a long form -> organisation
    org_max_words: int
    holidays: dict[str, Holiday]  # search key -> holiday
    holiday_re: re.Pattern  # holiday names in folded text
    ordinals: dict[str, int]  # folded ordinal word(s) -> number
    words: dict[str, frozenset[str]]
    suffixes: dict[tuple[str, str], tuple[str, str, str]]
    vowels: dict[str, str]
    voiceless: frozenset[str]
    endings: dict[str, frozenset[str]]  # case -> every form of it (suffixes.tsv)
    first_words: dict[str, str]  # role -> its first word in event_words.tsv, as written
    forms: dict[str, str]  # event_forms.tsv: name -> pattern
    lang: str = "tr"

    def place(self, name: str) -> Place | None:
        return self.places.get(_key(name))

    @cached_property
    def place_firsts(self) -> frozenset[str]:
        """First words of the places' search keys: a name can only start with one of them."""
        return frozenset(k.split(" ", 1)[0] for k in self.places)

    @cached_property
    def org_firsts(self) -> frozenset[str]:
        """First words of the organisations' long forms (search keys)."""
        return frozenset(k.split(" ", 1)[0] for k in self.organisations)

    @cached_property
    def title_firsts(self) -> frozenset[str]:
        """First words of the (folded) person titles."""
        return frozenset(k.split(" ", 1)[0] for k in self.titles)

    def may_open(self, stem: str, firsts: frozenset[str]) -> bool:
        """Whether a name whose first word is ``stem`` can be a key starting with one of
        ``firsts`` (a stem with no letter or digit is not ruled out)."""
        key = _key(stem)
        return not key or key.split(" ", 1)[0] in firsts

    def organisation(self, words: str) -> Organisation | None:
        """The organisation named by ``words`` (an acronym as written, or a long form)."""
        return self.acronyms.get(words) or self.organisations.get(_key(words))

    def holiday(self, name: str) -> Holiday | None:
        return self.holidays.get(search_key(name))

    def phrases(self, role: str) -> frozenset[str]:
        return self.words.get(role, frozenset())

    def word(self, role: str) -> str:
        """The first word of a role in event_words.tsv, as written: the one a title uses.

        >>> lexicon("tr").word("pair_link")
        'ile'

        :raises ResourceError: when the role has no word.
        """
        try:
            return self.first_words[role]
        except KeyError:
            raise ResourceError(f"event_words.tsv has no word of role {role!r}") from None

    def after_vowel(self, case: str) -> tuple[str, ...]:
        """The forms of a case after a vowel, one per vowel class: genitive ``nın``, ``nin``…"""
        return tuple(forms[0] for (c, _), forms in self.suffixes.items() if c == case)

    def case_endings(self, *cases: str) -> tuple[str, ...]:
        """Every form of the given cases, longest first (for ``str.endswith``)."""
        forms = set().union(*(self.endings.get(c, ()) for c in cases))
        return tuple(sorted(forms, key=lambda f: (-len(f), f)))

    def case_of(self, suffix: str) -> str:
        """The case a suffix written after an apostrophe marks: ``de`` -> ``locative``;
        ``nominative`` without one, ``other`` for one that is not a case ending read here.

        >>> lex = lexicon("tr")
        >>> lex.case_of("te"), lex.case_of("nı"), lex.case_of(""), lex.case_of("ler")
        ('locative', 'accusative', 'nominative', 'other')
        """
        if not suffix:
            return "nominative"
        for case in READ_CASES:
            if suffix in self.endings.get(case, ()):
                return case
        return "other"

    def attach(self, word: str, case: str, apostrophe: bool = True) -> str:
        """Add a case suffix as the word is read (see :mod:`.morphology`), after an apostrophe
        for a proper name.

        >>> lex = lexicon("tr")
        >>> lex.attach("Tokayev", "genitive"), lex.attach("Rusya", "dative")
        ("Tokayev'in", "Rusya'ya")
        >>> lex.attach("Paris", "locative"), lex.attach("Zafer Bayramı", "genitive")
        ("Paris'te", "Zafer Bayramı'nın")
        >>> lex.attach("enerji anlaşması", "genitive", apostrophe=False)
        'enerji anlaşmasının'
        """
        last = fold(word.split()[-1]) if word.split() else ""
        possessed = True if last in self.possessed_nouns else None
        return morphology(self.lang).attach(word, case, apostrophe, possessed)

    @property
    def possessed_nouns(self) -> frozenset[str]:
        """The triggers' head nouns in their possessed form (``zirvesi``, ``töreni``)."""
        return _possessed_nouns(self.lang)


@cache
def _possessed_nouns(lang: str) -> frozenset[str]:
    return frozenset(
        fold(t.noun) for t in lexicon(lang).triggers.values() if t.noun and t.noun != t.lemma
    )


def _alternation(words) -> str:
    parts = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in parts)


def _compile(lang: str, name: str, pattern: str) -> re.Pattern:
    try:
        return re.compile(pattern)
    except re.error as e:
        raise ResourceError(f"{lang}/{name}: bad pattern {pattern!r}: {e}") from e


@cache
def lexicon(lang: str) -> Lexicon:
    """Load and compile one language's event resources.

    :raises ResourceError: when a pattern does not compile or a table has an unknown value.
    """
    triggers = {}
    for row in read_table(lang, "event_triggers.tsv"):
        stem = fold(row["stem"])
        if row["form"] not in ("noun", "verb"):
            raise ResourceError(f"{lang}/event_triggers.tsv: unknown form {row['form']!r}")
        triggers[stem] = Trigger(
            stem,
            row["type"],
            row["calendar"] == "1",
            row["form"],
            row["noun"] or row["stem"],
            row["lemma"] or row["stem"],
        )
    trigger_re = re.compile(rf"(?<!\w)(?P<stem>{_alternation(triggers)})\w*")

    forms = {r["name"]: r["pattern"] for r in read_table(lang, "event_forms.tsv")}
    if "noun_ending" not in forms:
        raise ResourceError(f"{lang}/event_forms.tsv: the noun_ending pattern is missing")
    noun_ending = _compile(lang, "event_forms.tsv", forms["noun_ending"])

    blockers: dict[tuple[str, str], tuple[str, ...]] = {}
    for row in read_table(lang, "event_blockers.tsv"):
        if row["side"] not in ("before", "after"):
            raise ResourceError(f"{lang}/event_blockers.tsv: unknown side {row['side']!r}")
        key = (fold(row["trigger"]), row["side"])
        blockers[key] = blockers.get(key, ()) + tuple(fold(w) for w in row["words"].split("|"))

    status: dict[str, list[tuple[re.Pattern, str]]] = {"before": [], "near": [], "sentence": []}
    for row in read_table(lang, "event_status.tsv"):
        if row["scope"] not in status:
            raise ResourceError(f"{lang}/event_status.tsv: unknown scope {row['scope']!r}")
        pattern = _compile(lang, "event_status.tsv", rf"(?<!\w)(?:{row['pattern']})(?!\w)")
        status[row["scope"]].append((pattern, row["status"]))

    titles = {
        fold(r["title"]): r["relational"] == "1" for r in read_table(lang, "person_titles.tsv")
    }

    places: dict[str, Place] = {}
    for row in read_table(lang, "places.tsv"):
        place = Place(
            row["name"],
            row["kind"],
            row["country"] or None,
            row["zone"] or None,
            row.get("parent") or None,
        )
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            places.setdefault(search_key(name), place)

    acronyms: dict[str, Organisation] = {}
    organisations: dict[str, Organisation] = {}
    for row in read_table(lang, "organisations.tsv"):
        org = Organisation(row["short"], row["name"], row["kind"])
        for name in [row["short"], row["name"], *filter(None, row["aliases"].split("|"))]:
            if len(name.split()) == 1 and any(c.isupper() for c in name[1:]) or name.isupper():
                acronyms[name] = org
            else:
                organisations[search_key(name)] = org

    holidays = {}
    for row in read_table(lang, "holidays.tsv"):
        holidays[search_key(row["name"])] = Holiday(
            row["name"], row["country"] or None, row["day"] or None
        )
    names = _alternation(fold(h.name) for h in holidays.values())
    holiday_re = re.compile(rf"(?<!\w)(?P<name>{names})(?!\w)")

    ordinals = {fold(r["word"]): int(r["value"]) for r in read_table(lang, "event_ordinals.tsv")}

    words: dict[str, set[str]] = {}
    first_words: dict[str, str] = {}
    for row in read_table(lang, "event_words.tsv"):
        words.setdefault(row["role"], set()).add(fold(row["word"]))
        first_words.setdefault(row["role"], row["word"])

    suffixes = {
        (r["case"], r["class"]): (
            r["after_vowel"],
            r["after_consonant"],
            r["after_voiceless"] or r["after_consonant"],
        )
        for r in read_table(lang, "suffixes.tsv")
    }
    endings: dict[str, set[str]] = {}
    for r in read_table(lang, "suffixes.tsv"):
        cells = (r[c] for c in ENDING_COLUMNS if r.get(c))
        endings.setdefault(r["case"], set()).update(cells)
    letters = {r["letter"]: r["class"] for r in read_table(lang, "vowels.tsv")}
    return Lexicon(
        triggers=triggers,
        trigger_re=trigger_re,
        noun_ending=noun_ending,
        blockers=blockers,
        status=status,
        titles=titles,
        title_max_words=max(len(t.split()) for t in titles),
        places=places,
        place_max_words=max(len(k.split()) for k in places),
        acronyms=acronyms,
        organisations=organisations,
        org_max_words=max(len(k.split()) for k in organisations),
        holidays=holidays,
        holiday_re=holiday_re,
        ordinals=ordinals,
        words={k: frozenset(v) for k, v in words.items()},
        suffixes=suffixes,
        vowels={c: k for c, k in letters.items() if k != "-"},
        voiceless=frozenset(c for c, k in letters.items() if k == "-"),
        endings={k: frozenset(v) for k, v in endings.items()},
        first_words=first_words,
        forms=forms,
        lang=lang,
    )
