"""Case endings of names as they are read (``timeline.events.morphology``), on forms written
for these tests: acronyms by their last letter's name, the pronominal n after a possessed last
word, loanwords with front-vowel endings, numbers by their last spoken word."""

from __future__ import annotations

import pytest

from timeline.events.lexicon import lexicon
from timeline.events.morphology import morphology

# (word, case, expected)
FORMS = [
    # plain vowel harmony, after a vowel, a consonant, a voiceless consonant
    ("Tokayev", "genitive", "Tokayev'in"),
    ("Rusya", "dative", "Rusya'ya"),
    ("Paris", "locative", "Paris'te"),
    ("Bişkek", "ablative", "Bişkek'ten"),
    ("Ankara", "accusative", "Ankara'yı"),
    ("Köln", "genitive", "Köln'ün"),
    # acronyms read letter by letter take their last letter's name
    ("ABD", "dative", "ABD'ye"),
    ("ABD", "genitive", "ABD'nin"),
    ("ABD", "locative", "ABD'de"),
    ("AB", "dative", "AB'ye"),
    ("AKP", "genitive", "AKP'nin"),
    ("IMF", "dative", "IMF'ye"),
    ("TBMM", "locative", "TBMM'de"),
    ("MSÜ", "dative", "MSÜ'ye"),
    ("AA", "genitive", "AA'nın"),
    ("BM", "ablative", "BM'den"),
    ("NTV", "locative", "NTV'de"),
    # acronyms that read as words
    ("NATO", "genitive", "NATO'nun"),
    ("TÜİK", "genitive", "TÜİK'in"),
    ("UEFA", "dative", "UEFA'ya"),
    ("BRICS", "genitive", "BRICS'in"),
    # the pronominal n after a possessed last word (and after a trigger's possessed noun)
    ("açılış töreni", "locative", "açılış töreninde"),
    ("ziyareti", "ablative", "ziyaretinden"),
    ("Birleşik Arap Emirlikleri", "dative", "Birleşik Arap Emirlikleri'ne"),
    ("Kürdistan Bölgesi", "locative", "Kürdistan Bölgesi'nde"),
    ("Bölgesi", "dative", "Bölgesi'ne"),
    ("Kuzey Kıbrıs Türk Cumhuriyeti", "locative", "Kuzey Kıbrıs Türk Cumhuriyeti'nde"),
    ("Gazze Şeridi", "locative", "Gazze Şeridi'nde"),
    ("Zafer Bayramı", "dative", "Zafer Bayramı'na"),
    ("Zafer Bayramı", "genitive", "Zafer Bayramı'nın"),
    ("Hazar Denizi", "ablative", "Hazar Denizi'nden"),
    ("Amerika Birleşik Devletleri", "accusative", "Amerika Birleşik Devletleri'ni"),
    # a name ending in a vowel that is not a possessive keeps the buffer y
    ("Abu Dabi", "dative", "Abu Dabi'ye"),
    ("Mali", "locative", "Mali'de"),
    # loanwords with front-vowel endings
    ("Saat", "genitive", "Saat'in"),
    ("saat", "dative", "saate"),
    ("gol", "accusative", "golü"),
    ("Petrol", "genitive", "Petrol'ün"),
    # a foreign name's ending after a consonant as it is read: a y as "i" (after a vowel it is
    # a consonant), an English "le" as "ıl" (after a vowel it is Turkish)
    ("Apple", "genitive", "Apple'ın"),
    ("Google", "dative", "Google'a"),
    ("Kale", "genitive", "Kale'nin"),
    ("Lammy", "genitive", "Lammy'nin"),
    ("Kennedy", "dative", "Kennedy'ye"),
    ("Conakry", "locative", "Conakry'de"),
    ("Aksoy", "genitive", "Aksoy'un"),
    ("Güney", "genitive", "Güney'in"),
    # numbers by their last spoken word
    ("2026", "locative", "2026'da"),
    ("2026", "genitive", "2026'nın"),
    ("2025", "locative", "2025'te"),
    ("40", "locative", "40'ta"),
    ("1990", "genitive", "1990'ın"),
    ("100", "locative", "100'de"),
    ("3.000", "dative", "3.000'e"),
    ("2,5", "locative", "2,5'te"),
    ("COP26", "locative", "COP26'da"),
    ("G20", "genitive", "G20'nin"),
]


@pytest.mark.parametrize(("word", "case", "expected"), FORMS, ids=[f"{w}-{c}" for w, c, _ in FORMS])
def test_case_forms(word, case, expected):
    apostrophe = word[:1].isupper() or word[:1].isdigit()
    assert lexicon("tr").attach(word, case, apostrophe) == expected


def test_the_engine_alone_needs_to_be_told_a_noun_is_possessed():
    engine = morphology("tr")
    assert engine.attach("töreni", "dative", apostrophe=False) == "töreniye"
    assert engine.attach("töreni", "dative", apostrophe=False, possessed=True) == "törenine"


@pytest.mark.parametrize(
    ("word", "spelled"),
    [("ABD", True), ("THY", True), ("ÖSYM", True), ("AB", True), ("NATO", False), ("Rusya", False)],
)
def test_acronyms_read_letter_by_letter(word, spelled):
    assert morphology("tr").spelled_out(word) is spelled


def test_a_word_without_a_vowel_is_left_alone():
    assert morphology("tr").attach("Xyz", "dative") == "Xyz"
