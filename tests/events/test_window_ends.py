"""An application window told as open until a day (``başvurular 15 Mart'a kadar sürecek``,
``… alınacak``) has that day as its last day; what else runs until a day (an exhibition, a
rise, a range of hours) keeps the date as a bound. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from eventkit import extract

D = "2027-01-11"

CASES = [
    (
        "applications run until a day",
        "Gençlik burs programı başvuruları [29 Ocak'a kadar|2027-01-29] sürecek.",
        [("2027-01-29", "programı başvurularının son günü", "planned")],
    ),
    (
        "applications taken until a day, the bound word after the date",
        "Kırsal kalkınma hibesi başvuruları [5 Şubat'a|2027-02-05] kadar alınacak.",
        [("2027-02-05", "hibesi başvurularının son günü", "planned")],
    ),
    (
        "an exhibition running until a day is no deadline",
        "Seramik sergisi [14 Şubat'a kadar|2027-02-14] sürecek.",
        [],
    ),
    (
        "a rise in applications lasting until a day",
        "Konut kredisi başvurularındaki artış [20 Şubat'a kadar|2027-02-20] sürecek.",
        [],
    ),
    (
        "untitled applications name no last day",
        "Başvurular [29 Ocak'a kadar|2027-01-29] sürecek.",
        [],
    ),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_window_end(name: str, text: str, expected: list[tuple]) -> None:
    events = [e for e in extract(text, D) if e.calendar]
    assert len(events) == len(expected), [(e.date, e.title) for e in events]
    for event, (day, ending, status) in zip(events, expected, strict=True):
        assert (event.date, event.status) == (day, status), name
        assert event.title.endswith(ending), (name, event.title)
