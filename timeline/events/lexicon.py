"""The event extractor's language resources, compiled once per language.

Everything Turkish lives in ``timeline/lang/tr/`` (``event_triggers.tsv``, ``event_status.tsv``,
``person_titles.tsv``, ``places.tsv``, ``event_words.tsv``, ``suffixes.tsv``, ``vowels.tsv``);
this module only turns those tables into lookups and patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..errors import ResourceError
from ..lang import read_table
from ..text import fold, search_key


@dataclass(frozen=True, slots=True)
class Trigger:
    stem: str
    type: str
    calendar: bool
    noun: str


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str
    country: str | None
    zone: str | None


@dataclass(frozen=True)
class Lexicon:
    """Compiled resources of one language."""

    triggers: dict[str, Trigger]
    trigger_re: re.Pattern
    status: dict[str, list[tuple[re.Pattern, str]]]
    titles: dict[str, bool]  # folded title -> relational
    title_max_words: int
    places: dict[str, Place]  # search key of name or alias -> place
    place_max_words: int
    words: dict[str, frozenset[str]]
    suffixes: dict[tuple[str, str], tuple[str, str]]
    vowels: dict[str, str]

    def place(self, name: str) -> Place | None:
        return self.places.get(search_key(name))

    def attach(self, word: str, case: str) -> str:
        """Add a case suffix after an apostrophe, by vowel harmony:
        ``attach("Tokayev", "genitive") == "Tokayev'in"``."""
        folded = fold(word)
        vowel_class = next((self.vowels[c] for c in reversed(folded) if c in self.vowels), None)
        if vowel_class is None or (case, vowel_class) not in self.suffixes:
            return word
        after_vowel, after_consonant = self.suffixes[(case, vowel_class)]
        suffix = after_vowel if folded[-1] in self.vowels else after_consonant
        return f"{word}'{suffix}"


def _alternation(words) -> str:
    parts = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in parts)


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """Load and compile one language's event resources.

    :raises ResourceError: when a pattern in ``event_status.tsv`` does not compile or a table
        has an unknown value.
    """
    triggers = {}
    for row in read_table(lang, "event_triggers.tsv"):
        stem = fold(row["stem"])
        triggers[stem] = Trigger(stem, row["type"], row["calendar"] == "1",
                                 row["noun"] or row["stem"])
    trigger_re = re.compile(rf"(?<!\w)(?P<stem>{_alternation(triggers)})\w*")

    status: dict[str, list[tuple[re.Pattern, str]]] = {"before": [], "near": [], "sentence": []}
    for row in read_table(lang, "event_status.tsv"):
        if row["scope"] not in status:
            raise ResourceError(f"{lang}/event_status.tsv: unknown scope {row['scope']!r}")
        try:
            pattern = re.compile(rf"(?<!\w)(?:{row['pattern']})(?!\w)")
        except re.error as e:
            raise ResourceError(f"{lang}/event_status.tsv: bad pattern {row['pattern']!r}: {e}")
        status[row["scope"]].append((pattern, row["status"]))

    titles = {fold(r["title"]): r["relational"] == "1" for r in read_table(lang, "person_titles.tsv")}

    places: dict[str, Place] = {}
    for row in read_table(lang, "places.tsv"):
        place = Place(row["name"], row["kind"], row["country"] or None, row["zone"] or None)
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            places[search_key(name)] = place

    words: dict[str, set[str]] = {}
    for row in read_table(lang, "event_words.tsv"):
        words.setdefault(row["role"], set()).add(fold(row["word"]))

    suffixes = {
        (r["case"], r["class"]): (r["after_vowel"], r["after_consonant"])
        for r in read_table(lang, "suffixes.tsv")
    }
    vowels = {r["vowel"]: r["class"] for r in read_table(lang, "vowels.tsv")}
    return Lexicon(
        triggers=triggers,
        trigger_re=trigger_re,
        status=status,
        titles=titles,
        title_max_words=max(len(t.split()) for t in titles),
        places=places,
        place_max_words=max(len(k.split()) for k in places),
        words={k: frozenset(v) for k, v in words.items()},
        suffixes=suffixes,
        vowels=vowels,
    )
