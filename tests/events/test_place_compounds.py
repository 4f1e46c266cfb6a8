"""A bare place before a common noun that only opens like an event word (``Karadeniz turizmi``:
``tur``) modifies that noun; before an event word with a possessive ending (``Kars turu``,
``Kars fuarı``, ``ABD verileri``) it stays the place. Sentences written for these tests."""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.events.lexicon import lexicon
from timeline.events.mentions import find_places
from timeline.events.place_roles import event_word
from timeline.events.tokens import tokenize


def _cases(text: str) -> list[tuple[str, str]]:
    found = find_places(text, tokenize(text, 0, len(text)), lexicon("tr"), [])
    return [(pm.place.name, pm.case) for pm in found]


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("Karadeniz turizmi kongresi yarın başlayacak.", "modifier"),
        ("Karadeniz işgücü raporu yarın yayımlanacak.", "modifier"),
        ("Kars turu yarın başlayacak.", "nominative"),
        ("Kars fuarı yarın açılacak.", "nominative"),
        ("ABD verileri yarın açıklanacak.", "nominative"),
    ],
)
def test_case_of_a_place_before_a_noun(text: str, case: str) -> None:
    assert _cases(text)[0][1] == case


def test_event_word_needs_a_possessive_after_a_short_stem() -> None:
    lex = lexicon("tr")
    assert event_word("turu", ("tur",), lex)
    assert event_word("grevleri", ("grev",), lex)
    assert not event_word("turizmi", ("tur",), lex)
    assert event_word("festivalinde", ("festival",), lex)  # a long stem opens its word


def test_a_theme_region_gives_way_to_the_headlines_city() -> None:
    events = extract(
        "Çalıştay Samsun'da yapılacak\n"
        "Karadeniz turizmi çalıştayı [16 Mart'ta|2026-03-16] başlayacak.",
        "2026-03-02",
    )
    assert [e.location for e in events] == ["Samsun"]
