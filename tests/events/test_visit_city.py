"""A visit to a country placed in the one city of that country the article names where the
visit's programme happens, on sentences written for these tests; a city where another day's
happening took place does not place it."""

from __future__ import annotations

from eventkit import extract

P = "2026-03-02"


def _visits(body: str) -> list[tuple[str, str | None]]:
    return [(e.date, e.location) for e in extract(body, P) if e.type == "visit"]


def test_a_city_in_the_locative_in_the_visits_programme_places_it() -> None:
    body = (
        "Ticaret Bakanı [18 Mart'ta|2026-03-18] Özbekistan'a resmi bir ziyaret "
        "gerçekleştirecek. Bakan ziyaret kapsamında Semerkant'ta iş insanlarıyla bir araya "
        "gelecek."
    )
    assert _visits(body) == [("2026-03-18", "Semerkant")]


def test_a_city_of_another_days_happening_does_not_place_it() -> None:
    body = (
        "Macaristan Dışişleri Bakanı, Portekizli mevkidaşı ile başkent Budapeşte'de bir araya "
        "geldi. Bakan, Portekiz Cumhurbaşkanının [9 Nisan'da|2026-04-09] Macaristan'ı ziyaret "
        "edeceğini söyledi."
    )
    assert _visits(body) == [("2026-04-09", "Macaristan")]


def test_two_cities_of_the_country_leave_the_country() -> None:
    body = (
        "Başbakan [20 Mart'ta|2026-03-20] Kazakistan'ı ziyaret edecek. Başbakan ziyaret "
        "kapsamında Astana'da ve Almatı'da temaslarda bulunacak."
    )
    assert _visits(body) == [("2026-03-20", "Kazakistan")]
