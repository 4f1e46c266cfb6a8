"""A feast's clock time does not time its eve (issue 13, culture/courts/holidays leftovers).

Every sentence is written for these tests.
"""

from __future__ import annotations

from eventkit import extract

D = "2026-02-10"


def _eves(body: str) -> list[tuple[str, str, str | None]]:
    return [(e.title, e.date, e.time) for e in extract(body, D) if e.title.endswith("arifesi")]


def test_prayer_time_of_the_feast_does_not_time_its_eve():
    body = (
        "Ramazan Bayramı arifesi [19 Mart Perşembe|2026-03-19] günü olacak. "
        "Bayram namazı Ankara'da [saat 06.51'de|2026-03-19T06:51] kılınacak."
    )
    assert _eves(body) == [("Ramazan Bayramı arifesi", "2026-03-19", None)]


def test_prayer_time_after_an_eve_named_alone():
    body = (
        "Arife günü olan [26 Mayıs'ta|2026-05-26] çarşılar kalabalık olacak. "
        "Kurban Bayramı namazı [saat 05.58'de|2026-05-26T05:58] kılınacak."
    )
    assert _eves(body) == [("Kurban Bayramı arifesi", "2026-05-26", None)]


def test_a_time_the_eve_sentence_gives_stays():
    body = "Kurban Bayramı arifesinde [26 Mayıs'ta|2026-05-26T13:00] saat 13.00'te mesai bitecek."
    timed = [(t, d, h) for t, d, h in _eves(body) if h]
    assert timed == [("Kurban Bayramı arifesi", "2026-05-26", "13:00")], _eves(body)
