"""A company's dividend payment on a day (``temettü ödemesi``, ``kâr payı ödemesi``) is a
payment event of the calendar; a past dividend, a dividend decision and a forecast of one are
not. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from eventkit import extract

D = "2027-03-15"

CASES = [
    (
        "a company pays its dividend on a day",
        "Soylu Cam temettü ödemesini [6 Mayıs'ta|2027-05-06] yapacak.",
        [("2027-05-06", "payment", "planned")],
    ),
    (
        "a dividend paid in past years",
        "Soylu Cam [2025 yılında|2025] hisse başına 2 lira temettü ödemişti.",
        [],
    ),
    (
        "a decision to distribute a dividend",
        "Soylu Cam [2026 yılı|2026] kârından temettü dağıtım kararı aldı.",
        [],
    ),
    (
        "a dividend that grew last year",
        "Soylu Cam'ın temettü ödemesi [geçen yıl|2026] yüzde 30 arttı.",
        [],
    ),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_dividend(name: str, text: str, expected: list[tuple]) -> None:
    events = [e for e in extract(text, D) if e.calendar]
    assert [(e.date, e.type, e.status) for e in events] == expected, name
