"""Rate decisions of a central bank: a scheduled decision day is a calendar event.

Each case is ``(name, published, text, expected)`` as in ``test_event_sentences``: dates are
marked ``[as written|TIMEX3 value]`` and ``expected`` lists the events with the fields that
matter (``[]``: no event at all). Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import assert_events, extract

D = "2026-02-05"

CASES = [
    (
        "a rate decision announced today is a calendar event",
        D,
        "Merkez Bankası faiz kararını [bugün|2026-02-05] açıkladı.",
        [dict(date="2026-02-05", type="decision", status="held", calendar=True)],
    ),
    (
        "a rate decision to come on a day",
        D,
        "Avrupa Merkez Bankası faiz kararını [12 Mart'ta|2026-03-12] açıklayacak.",
        [dict(date="2026-03-12", type="decision", status="planned", calendar=True)],
    ),
    (
        "a rate decision known to the month is no calendar event",
        D,
        "Merkez Bankası faiz kararını [Mart ayında|2026-03] açıklayacak.",
        [dict(date="2026-03", granularity="month", calendar=False)],
    ),
]


@pytest.mark.parametrize("name,published,text,expected", CASES, ids=[c[0] for c in CASES])
def test_decision_sentences(name: str, published: str, text: str, expected: list[dict]) -> None:
    assert_events(extract(text, published), expected)
