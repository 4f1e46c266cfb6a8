"""A tender on a day (``ihale 14 Mayıs'ta yapılacak``, a bond auction) is a calendar event of
its own kind; the law, process, results, winner or documents of a tender, and putting
something out to tender (``ihaleye çıkılacak konutlar``), are not. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from eventkit import extract

D = "2027-02-08"

CASES = [
    (
        "a tender held on a day",
        "Hastane otoparkı ihalesi [23 Mart'ta|2027-03-23] yapılacak.",
        [("2027-03-23", "tender", "planned")],
    ),
    (
        "a bond auction named by its bond",
        "Bakanlık on yıllık tahvilin ihalesini [16 Şubat'ta|2027-02-16] düzenleyecek.",
        [("2027-02-16", "tender", "planned")],
    ),
    (
        "a past tender is no plan",
        "Geçen yıl [ekim ayında|2026-10] yapılan ihaleye dokuz firma teklif vermişti.",
        [],
    ),
    (
        "the winner of a tender",
        "İhaleyi [4 Şubat'ta|2027-02-04] Yalın Yapı kazandı.",
        [],
    ),
    (
        "the results of a tender",
        "İhale sonuçları [19 Mart'ta|2027-03-19] açıklanacak.",
        [],
    ),
    (
        "the law on tenders",
        "Kamu ihale kanununda yapılan değişiklik [1 Temmuz'da|2027-07-01] yürürlüğe girecek.",
        [],
    ),
    (
        "the tender process",
        "İhale süreci [nisan ayında|2027-04] tamamlanacak.",
        [],
    ),
    (
        "the public procurement body meets: a meeting, not a tender",
        "Kamu İhale Kurulu [2 Mart'ta|2027-03-02] toplanacak.",
        [("2027-03-02", "meeting", "planned")],
    ),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_tender(name: str, text: str, expected: list[tuple]) -> None:
    events = [e for e in extract(text, D) if e.calendar]
    assert [(e.date, e.type, e.status) for e in events] == expected, name
