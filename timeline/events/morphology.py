"""Case endings of names: ``Tokayev'in``, ``ABD'ye``, ``Kürdistan Bölgesi'ne``, ``2026'da``.

A case ending follows the sound of the word as it is *read*, so the word is first read:

* a number by its last spoken word (``2026`` is "iki bin yirmi altı": ``2026'da``; ``40`` is
  "kırk": ``40'ta``; ``2,5`` ends in "beş": ``2,5'te``); the names come from ``numbers.tsv``
  and ``morphology.tsv``;
* an acronym read letter by letter by the name of its last letter (``ABD`` ends in "de":
  ``ABD'ye``, ``ABD'nin``); one that reads as a word (``NATO``, ``TÜİK``: it has a vowel, at
  least three letters and no two consonants at its start or end) as a word;
* a loanword whose endings take front vowels (``saat``) with that class (``Saat'in``);
* a foreign name whose written ending, after a consonant, is read otherwise (``Lammy`` ends
  in "i": ``Lammy'nin``, ``Kennedy'ye``; ``Apple`` in "ıl": ``Apple'ın``).

Then vowel harmony (``vowels.tsv``) picks the row of ``suffixes.tsv``, and the last sound its
column: after a vowel, a consonant, a voiceless consonant (``Paris'te``), or after a possessed
last word of a compound name (``Bölgesi``, ``Emirlikleri``, ``Cumhuriyeti``), the pronominal
``n`` (``Bölgesi'ne``, ``Cumhuriyeti'nde``). The language data is in ``timeline/lang/tr/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lang import read_table
from ..text import fold

COLUMNS = ("after_vowel", "after_consonant", "after_voiceless", "after_possessive")
_TRAILING_NUMBER = re.compile(r"(\d[\d.]*(?:,\d+)?)$")
_NUMBER_LETTER = re.compile(r"\d[-]?([^\W\d_])$")  # "5B", "2C": a model's letter, read by its name


@dataclass(frozen=True)
class Morphology:
    """Case endings for one language (see the module docstring)."""

    suffixes: dict[tuple[str, str], tuple[str, ...]]
    vowels: dict[str, str]  # vowel -> harmony class
    voiceless: frozenset[str]
    letters: dict[str, str]  # upper-case letter -> its name
    numbers: dict[int, str]  # value -> name (units, tens, 100, 1000, millions…)
    possessive_endings: tuple[str, ...]
    possessive_heads: frozenset[str]
    front_loanwords: dict[str, str]  # folded word -> vowel class of its endings
    read_as_words: dict[str, str] = field(default_factory=dict)  # BRICS -> briks
    spoken_endings: dict[str, str] = field(default_factory=dict)  # y -> i after a consonant
    possessive_tails: tuple[str, ...] = ()  # a compound's possessed head written joined

    def reading(self, word: str) -> tuple[str, str | None]:
        """How the last word of ``word`` is read, folded, and a vowel class that overrides
        harmony (for loanwords), or None.

        >>> m = morphology("tr")
        >>> m.reading("ABD"), m.reading("COP26"), m.reading("Saat"), m.reading("Lammy")
        (('de', None), ('altı', None), ('saat', 'e'), ('lammi', None))
        >>> m.reading("Apple"), m.reading("Kale"), m.reading("5B"), m.reading("2C")
        (('appıl', None), ('kale', None), ('be', None), ('ce', None))
        """
        last = word.split()[-1] if word.split() else word
        number = _TRAILING_NUMBER.search(last)
        if number:
            return self.number_name(number.group(1)), None
        if last in self.read_as_words:
            return self.read_as_words[last], None
        letter = _NUMBER_LETTER.search(last)
        if letter and letter.group(1).isupper():
            return fold(self.letters.get(letter.group(1), letter.group(1))), None
        if self.spelled_out(last):
            return fold(self.letters.get(last[-1], last[-1])), None
        folded = self.spoken(fold(last))
        return folded, self.front_loanwords.get(folded)

    def spoken(self, folded: str) -> str:
        """A folded word with a written ending after a consonant read as it is spoken
        (``lammy`` -> ``lammi``, ``apple`` -> ``appıl``); the word itself otherwise (``aksoy``,
        ``kale``)."""
        for written, said in self.spoken_endings.items():
            stem = folded[: -len(written)]
            if folded.endswith(written) and stem and stem[-1] not in self.vowels:
                return stem + said
        return folded

    def number_name(self, digits: str) -> str:
        """The last spoken word of a number written in digits (``.`` groups thousands, ``,``
        starts the decimals, which are read as a number).

        >>> m = morphology("tr")
        >>> [m.number_name(d) for d in ("2026", "40", "100", "3.000", "2,5", "0")]
        ['altı', 'kırk', 'yüz', 'bin', 'beş', 'sıfır']
        """
        whole, _, decimals = digits.partition(",")
        value = int((decimals or whole).replace(".", "") or 0)
        if value == 0:
            return self.numbers[0]
        for unit in (10**9, 10**6, 1000, 100):
            if value % unit == 0:
                return self.numbers[unit]
        return self.numbers[value % 10] if value % 10 else self.numbers[value % 100]

    def spelled_out(self, word: str) -> bool:
        """Whether an acronym is read letter by letter (``ABD``, ``AKP``, ``AB``) rather than as
        a word (``NATO``, ``TÜİK``, ``ASELSAN``).

        >>> m = morphology("tr")
        >>> [m.spelled_out(w) for w in ("ABD", "AB", "TBMM", "NATO", "TÜİK", "Rusya")]
        [True, True, True, False, False, False]
        """
        if len(word) < 2 or not (word.isalpha() and word.isupper()) or word in self.read_as_words:
            return False
        folded = fold(word)
        if len(word) < 3 or not any(c in self.vowels for c in folded):
            return True
        consonant = [c not in self.vowels for c in folded]
        return (consonant[0] and consonant[1]) or (consonant[-1] and consonant[-2])

    def possessed(self, word: str) -> bool:
        """Whether a name ends in a possessed word of a compound (``Kürdistan Bölgesi``; alone
        only a listed head: ``Bölgesi``, not ``Mali``)."""
        words = word.split()
        last = fold(words[-1]) if words else ""
        if last in self.possessive_heads:
            return True
        if any(last.endswith(t) and len(last) > len(t) for t in self.possessive_tails):
            return True  # "Gölbaşı'nda", "Kuşadası'na": the head written joined
        return len(words) > 1 and last.endswith(self.possessive_endings)

    def attach(
        self, word: str, case: str, apostrophe: bool = True, possessed: bool | None = None
    ) -> str:
        """Add a case ending, after an apostrophe for a proper name. ``possessed``: whether
        the last word is a possessed noun (``töreni``: ``törenine``), else :meth:`possessed`.

        >>> m = morphology("tr")
        >>> m.attach("ABD", "dative"), m.attach("Kürdistan Bölgesi", "dative")
        ("ABD'ye", "Kürdistan Bölgesi'ne")
        >>> m.attach("2026", "locative"), m.attach("Saat", "genitive")
        ("2026'da", "Saat'in")
        """
        spoken, override = self.reading(word)
        vowel_class = override or next(
            (self.vowels[c] for c in reversed(spoken) if c in self.vowels), None
        )
        if vowel_class is None or (case, vowel_class) not in self.suffixes:
            return word
        after_vowel, after_consonant, after_voiceless, after_possessive = self.suffixes[
            (case, vowel_class)
        ]
        last = spoken[-1]
        if possessed is None:
            possessed = self.possessed(word)
        if possessed and after_possessive:
            suffix = after_possessive
        elif last in self.vowels:
            suffix = after_vowel
        elif last in self.voiceless:
            suffix = after_voiceless
        else:
            suffix = after_consonant
        return f"{word}'{suffix}" if apostrophe else f"{word}{suffix}"


_CACHE: dict[str, Morphology] = {}


def morphology(lang: str) -> Morphology:
    """The case-ending rules of a language, read once from ``timeline/lang/<lang>/``.

    :raises ResourceError: when a data file is missing or malformed.
    """
    if lang in _CACHE:
        return _CACHE[lang]
    suffixes = {
        (r["case"], r["class"]): (
            r["after_vowel"],
            r["after_consonant"],
            r["after_voiceless"] or r["after_consonant"],
            r.get("after_possessive") or "",
        )
        for r in read_table(lang, "suffixes.tsv")
    }
    letters = {r["letter"]: r["class"] for r in read_table(lang, "vowels.tsv")}
    numbers = {
        int(r["value"]): fold(r["word"])
        for r in read_table(lang, "numbers.tsv")
        if r["kind"] == "cardinal" and r["value"].isdigit()
    }
    data: dict[str, dict[str, str]] = {}
    for r in read_table(lang, "morphology.tsv"):
        data.setdefault(r["kind"], {})[r["key"]] = r["value"]
    numbers.update({int(k): fold(v) for k, v in data.get("number", {}).items()})
    result = Morphology(
        suffixes=suffixes,
        vowels={c: k for c, k in letters.items() if k != "-"},
        voiceless=frozenset(c for c, k in letters.items() if k == "-"),
        letters=data.get("letter", {}),
        numbers=numbers,
        possessive_endings=tuple(fold(k) for k in data.get("possessive_ending", {})),
        possessive_heads=frozenset(fold(k) for k in data.get("possessive_head", {})),
        front_loanwords={fold(k): v for k, v in data.get("front_loanword", {}).items()},
        read_as_words={k: fold(v) for k, v in data.get("read_as_word", {}).items()},
        spoken_endings={fold(k): fold(v) for k, v in data.get("spoken_ending", {}).items()},
        possessive_tails=tuple(fold(k) for k in data.get("possessive_tail", {})),
    )
    _CACHE[lang] = result
    return result
