"""A bare year that opens an event's name dates that edition (audit of 2026-12-03, 4):
``2028 Los Angeles Yaz Olimpiyatları`` is the 2028 Games even when another year is told
earlier in the sentence. Every sentence is written for these tests."""

from __future__ import annotations

from eventkit import extract

D = "2025-03-01"


def _dated(text: str) -> list[tuple[str, str]]:
    return [(e.title, e.date) for e in extract(text, D)]


def test_the_year_before_a_name_wins_over_an_earlier_year() -> None:
    text = (
        "Sistem [2021'de|2021] Ankara'da denenmeye başlanmış, [2028|2028] Los Angeles Yaz "
        "Olimpiyatları sırasında da kullanılması planlanmıştı."
    )
    assert _dated(text) == [("Los Angeles Yaz Olimpiyatları", "2028")]


def test_the_year_before_a_short_name_wins_too() -> None:
    text = "Şirket [2019'da|2019] kurulmuş ve [2026|2026] Kış Olimpiyatları için sponsor olmuştu."
    assert _dated(text) == [("Kış Olimpiyatları", "2026")]


def test_a_year_with_a_case_ending_is_no_part_of_the_name() -> None:
    text = "Kış Olimpiyatları [2030'da|2030] Fransız Alpleri'nde düzenlenecek."
    assert [d for _, d in _dated(text)] == ["2030"]


def test_a_day_of_that_year_still_dates_the_edition() -> None:
    text = (
        "Kulüp [2024'te|2024] kurulmuştu; [2032|2032] Brisbane Yaz Olimpiyatları "
        "[23 Temmuz'da|2032-07-23] açılacak."
    )
    assert [d for _, d in _dated(text)] == ["2032-07-23"]
