"""A place named with the word of its kind of unit (``Ordu ilinde``, ``Kadıköy semtinde``,
``Kemalpaşa beldesinde``, ``Hatay iline``) is where the event is, as ``X ilçesinde`` was
(``city_word`` in ``event_words.tsv``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from eventkit import extract

D = "[12 Mart'ta|2026-03-12]"


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (f"Festival {D} Ordu ilinde düzenlenecek.", "Ordu"),
        (f"Kültür festivali {D} Sinop ilindeki tarihi cezaevinde açılacak.", "Sinop"),
        (f"Toplantı {D} Kadıköy semtinde yapılacak.", "Kadıköy, İstanbul"),
        # Kemalpaşa is a district of Artvin too (shared_districts.tsv): its province named
        (f"Miting {D} İzmir'in Kemalpaşa beldesinde yapılacak.", "Kemalpaşa, İzmir"),
    ],
)
def test_a_unit_word_after_a_place_places_the_event(body: str, place: str) -> None:
    events = extract(body, "2026-03-02")
    assert [(e.date, e.location) for e in events] == [("2026-03-12", place)]


def test_where_the_guests_come_from_is_not_the_place() -> None:
    body = f"Ordu ilinden gelen heyet {D} Ankara'da toplantı yapacak."
    events = extract(body, "2026-03-02")
    assert [(e.date, e.location) for e in events] == [("2026-03-12", "Ankara")]
