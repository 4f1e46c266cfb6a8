"""A holiday titled by its name and dated on its own day (its fixed day in ``holidays.tsv``, or
an occurrence of a movable feast in ``holiday_dates.tsv``) has the reason ``holiday-day``: the
text's date and the calendar agree. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.events.confidence import WEIGHTS

D = "2025-12-22"

CASES = [
    ("a fixed holiday on its day", "Yılbaşı [1 Ocak'ta|2026-01-01] kutlanacak.", True),
    ("a fixed holiday on another day", "Yılbaşı bu yıl [2 Ocak'ta|2026-01-02] kutlanacak.", False),
    (
        "a movable feast on one of its occurrences",
        "Ramazan Bayramı [20-22 Mart 2026'da|2026-03-20/2026-03-22] kutlanacak.",
        True,
    ),
    (
        "a movable feast on days that are not its own",
        "Ramazan Bayramı [21-23 Mart 2026'da|2026-03-21/2026-03-23] kutlanacak.",
        False,
    ),
    (
        "a holiday called off on its day is a change, not a plain day",
        "Yılbaşı kutlamaları [1 Ocak'ta|2026-01-01] iptal edildi.",
        False,
    ),
]


@pytest.mark.parametrize("name,text,on_its_day", CASES, ids=[c[0] for c in CASES])
def test_holiday_on_its_day(name: str, text: str, on_its_day: bool) -> None:
    events = [e for e in extract(text, D) if e.type == "holiday"]
    assert events, text
    assert ("holiday-day" in events[0].confidence_reasons) is on_its_day


def test_the_day_raises_confidence() -> None:
    """The same sentence on the holiday's day is more confident by the reason's weight, and by
    the weight of ``holiday-off-day`` that the day after it takes."""
    (on,) = extract("Yılbaşı [1 Ocak'ta|2026-01-01] kutlanacak.", D)
    (off,) = extract("Yılbaşı [2 Ocak'ta|2026-01-02] kutlanacak.", D)
    assert WEIGHTS["holiday-day"] > 0 > WEIGHTS["holiday-off-day"]
    assert "holiday-off-day" in off.confidence_reasons
    gap = WEIGHTS["holiday-day"] - WEIGHTS["holiday-off-day"]
    assert on.confidence == min(1.0, round(off.confidence + gap, 2))
