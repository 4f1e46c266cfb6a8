"""Places of the world and of Türkiye that Turkish news names, in their Turkish spelling and
case forms, in sentences written for these tests."""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.events.lexicon import lexicon

D = "[12 Mart'ta|2026-03-12]"

NAMES = [
    ("Kiyev", "Kiev", "Ukrayna"),
    ("Ottava", "Ottawa", "Kanada"),
    ("Pretorya", "Pretoria", "Güney Afrika"),
    ("Donetsk", "Donetsk", "Ukrayna"),
    ("Prizren", "Prizren", "Kosova"),
    ("Srebrenitsa", "Srebrenitsa", "Bosna-Hersek"),
    ("Menbiç", "Menbiç", "Suriye"),
    ("Tel Abyad", "Tel Abyad", "Suriye"),
    ("Dohuk", "Duhok", "Irak"),
    ("Cenova", "Cenova", "İtalya"),
    ("Filibe", "Filibe", "Bulgaristan"),
    ("Köstence", "Köstence", "Romanya"),
    ("Antwerp", "Anvers", "Belçika"),
    ("Leipzig", "Leipzig", "Almanya"),
    ("Amasra", "Amasra", "Türkiye"),
    ("Heybeliada", "Heybeliada", "Türkiye"),
]


@pytest.mark.parametrize(("written", "name", "country"), NAMES)
def test_known_places(written: str, name: str, country: str) -> None:
    place = lexicon("tr").place(written)
    assert place is not None and (place.name, place.country) == (name, country)


@pytest.mark.parametrize(
    ("sentence", "location"),
    [
        (f"Film festivali {D} Cannes'da başlayacak.", "Cannes"),
        (f"Liderler {D} Cenova'da bir araya gelecek.", "Cenova"),
        (f"Anma töreni {D} Srebrenitsa'da düzenlenecek.", "Srebrenitsa"),
        (f"Konser {D} Amasra'da verilecek.", "Amasra, Bartın"),
        (f"Toplantı {D} Filibe'de yapılacak.", "Filibe"),
    ],
)
def test_events_in_these_places(sentence: str, location: str) -> None:
    assert [e.location for e in extract(sentence, "2026-03-02")] == [location]
