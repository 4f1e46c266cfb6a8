"""A venue named alone in parentheses after an item (a fixture list's ground), on sentences
written for these tests: the item's place, kept out of its title; a name in parentheses that is
no venue, or a venue with a case ending, is read as before."""

from __future__ import annotations

from eventkit import extract

from timeline.events.lexicon import lexicon
from timeline.events.mentions import find_places
from timeline.events.place_roles import aside_case
from timeline.events.tokens import tokenize

P = "2026-03-02"


def _places(text: str) -> list[tuple[str, str]]:
    found = find_places(text, tokenize(text, 0, len(text)), lexicon("tr"), [])
    return [(pm.place.name, pm.case) for pm in found]


def test_a_fixture_list_places_each_match_at_its_ground() -> None:
    events = extract(
        "Haftanın programı şöyle:\n"
        "[18 Nisan Cumartesi|2026-04-18]\n"
        "[15.00|2026-04-18T15:00] Çayspor - Pınarspor (Yozgat Bozok Stadyumu)\n"
        "[18.30|2026-04-18T18:30] Ormanspor - Kayaspor (Yeni Malatya Stadı)\n"
        "[19 Nisan Pazar|2026-04-19]\n"
        "[16.00|2026-04-19T16:00] Kumspor - Taşspor (Kırşehir Ahi Stadı)\n",
        P,
    )
    got = sorted((e.date, e.time, e.title, e.location, e.type) for e in events)
    assert got == [
        ("2026-04-18", "15:00", "Çayspor-Pınarspor", "Yozgat Bozok Stadyumu, Yozgat", "match"),
        ("2026-04-18", "18:30", "Ormanspor-Kayaspor", "Yeni Malatya Stadı, Malatya", "match"),
        ("2026-04-19", "16:00", "Kumspor-Taşspor", "Kırşehir Ahi Stadı, Kırşehir", "match"),
    ]


def test_a_ground_in_no_known_city_is_still_the_place() -> None:
    events = extract(
        "[25 Nisan Cumartesi|2026-04-25]\n"
        "[20.00|2026-04-25T20:00] Dereboyu - Yamaçspor (Lale Park)\n",
        P,
    )
    assert [(e.title, e.location) for e in events] == [("Dereboyu-Yamaçspor", "Lale Park")]


def test_an_item_without_a_ground_keeps_its_title_and_no_place() -> None:
    events = extract(
        "[25 Nisan Cumartesi|2026-04-25]\n[20.00|2026-04-25T20:00] Dereboyu - Yamaçspor\n",
        P,
    )
    assert [(e.title, e.location) for e in events] == [("Dereboyu-Yamaçspor", None)]


def test_only_a_venue_alone_in_parentheses_is_set_aside() -> None:
    assert ("Yozgat Bozok Stadyumu", "aside") in _places(
        "Çayspor - Pınarspor (Yozgat Bozok Stadyumu)"
    )
    # a deputy's province in parentheses is no venue; a venue with its ending keeps its case
    assert ("Yozgat", "aside") not in _places("Milletvekili Ali Kaya (Yozgat) konuştu.")
    assert all(c != "aside" for _, c in _places("Maç (Bozok Stadyumu'nda) oynanacak."))


def test_aside_case_needs_both_parentheses_and_no_ending() -> None:
    lex = lexicon("tr")
    text = "Maç (Ahi Stadı) ve Ahi Stadı"
    assert aside_case(text, 5, 14, ("stadı", ""), lex) == "aside"
    assert aside_case(text, 18, 27, ("stadı", ""), lex) == "nominative"
    assert aside_case(text, 5, 14, ("stadı", "nda"), lex) == "locative"
    assert aside_case(text, 18, 27, ("stadı", "nın"), lex) == "owner"
    assert aside_case(text, 18, 27, ("bakanlığı", "nın"), lex) == "other"  # a body


def test_a_week_agenda_places_each_figure_in_the_country_it_opens_with() -> None:
    events = extract(
        "Haftanın veri takvimi şöyle:\n"
        "[21 Nisan Salı|2026-04-21]\n"
        "[05.00|2026-04-21T05:00] Japonya, mart ayı ihracat\n"
        "[17.00|2026-04-21T17:00] Kanada, mart ayı perakende satışlar\n"
        "[22 Nisan Çarşamba|2026-04-22]\n"
        "[12.00|2026-04-22T12:00] Euro Bölgesi, nisan ayı tüketici güveni\n",
        P,
    )
    got = sorted((e.date, e.time, e.location, e.timezone) for e in events)
    # the clock times are the list's own (the publisher's), not the country's local time
    assert got == [
        ("2026-04-21", "05:00", "Japonya", None),
        ("2026-04-21", "17:00", "Kanada", None),
        ("2026-04-22", "12:00", "Avro Bölgesi", None),
    ]


def test_an_item_that_only_mentions_a_place_later_is_not_placed_by_it() -> None:
    events = extract(
        "[21 Nisan Salı|2026-04-21]\n"
        "[10.00|2026-04-21T10:00] Açılış konuşması ve Japonya sunumu\n"
        "[14.00|2026-04-21T14:00] Kanada heyetiyle görüşme\n",
        P,
    )
    assert [e.location for e in events] == [None, None]


def test_an_agenda_of_the_day_keeps_the_publishers_clock() -> None:
    events = extract(
        "Bugün takip edilecek veriler şöyle: [16.30|2026-03-02T16:30] Kanada, ocak ayı enflasyon",
        P,
    )
    assert [(e.location, e.time, e.timezone) for e in events] == [("Kanada", "16:30", None)]


def test_fixture_lines_with_their_day_or_under_a_heading_take_their_ground() -> None:
    own_day = extract(
        "Haftanın maçları:\n"
        "Çayspor-Pınarspor (Yeni Yozgat Stadı) [18 Nisan Cumartesi 15.00|2026-04-18T15:00]\n"
        "Kumspor-Taşspor (Kırşehir Ahi Stadı) [19 Nisan Pazar 16.00|2026-04-19T16:00]\n",
        P,
    )
    headed = extract(
        "Haftanın maçları:\n[18 Nisan Cumartesi|2026-04-18]\n"
        "Çayspor - Pınarspor: [15.00|2026-04-18T15:00] (Yeni Yozgat Stadı)\n"
        "Kumspor - Taşspor: [18.00|2026-04-18T18:00]\n",
        P,
    )
    assert sorted((e.date, e.title, e.location) for e in own_day) == [
        ("2026-04-18", "Çayspor-Pınarspor", "Yeni Yozgat Stadı, Yozgat"),
        ("2026-04-19", "Kumspor-Taşspor", "Kırşehir Ahi Stadı, Kırşehir"),
    ]
    assert sorted((e.time, e.title, e.location) for e in headed) == [
        ("15:00", "Çayspor-Pınarspor", "Yeni Yozgat Stadı, Yozgat"),
        ("18:00", "Kumspor-Taşspor", None),
    ]
