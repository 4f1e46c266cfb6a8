"""Schedules headed by what their items are: ``Nisan 2026 Burs Ödeme Takvimi`` over lines that
name only whom each day concerns (``Son rakamı 1 olanlar: 10 Nisan``) titles each item by both
(``Burs Ödemesi: Son rakamı 1 olanlar``) and supports it as a part of the schedule.

Each case is ``(name, published, text, expected)`` as in ``test_event_sentences``: dates are
marked ``[as written|TIMEX3 value]``. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import assert_events, extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "2026-04-01"
LINES = (
    "Son rakamı 1 olanlar: [10 Nisan Cuma|2026-04-10]\n"
    "Son rakamı 2 olanlar: [17 Nisan Cuma, saat 10.00|2026-04-17T10:00]\n"
)

CASES = [
    (
        "a schedule headed by what its items are",
        "Burslar hesaplara yatıyor.\n[Nisan 2026|2026-04] Burs Ödeme Takvimi\n" + LINES,
        [
            dict(date="2026-04-10", title="Burs Ödemesi: Son rakamı 1 olanlar"),
            dict(date="2026-04-17", time="10:00", title="Burs Ödemesi: Son rakamı 2 olanlar"),
        ],
    ),
    (
        "a heading word whose last letter changes takes no ending",
        "Burslar hesaplara yatıyor.\n[Nisan 2026|2026-04] Burs Destek Takvimi\n" + LINES,
        [
            dict(date="2026-04-10", title="Son rakamı 1 olanlar"),
            dict(date="2026-04-17", title="Son rakamı 2 olanlar"),
        ],
    ),
    (
        "a sentence that speaks of a calendar heads nothing",
        "Bakanlık yeni ödeme takvimi.\n" + LINES,
        [
            dict(date="2026-04-10", title="Son rakamı 1 olanlar"),
            dict(date="2026-04-17", title="Son rakamı 2 olanlar"),
        ],
    ),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_schedule_topic_titles(name: str, text: str, expected: list[dict]) -> None:
    assert_events(extract(text, D), expected)


def test_an_item_of_a_headed_schedule_reaches_the_feed() -> None:
    """Titled by what it is, the item is no longer a line naming whom it concerns."""
    headed, bare = (extract(text, D)[0] for text, _ in (CASES[0][1:], CASES[1][1:]))
    assert "part-of" in headed.confidence_reasons
    assert headed.confidence >= FEED_MIN_CONFIDENCE > bare.confidence  # the default threshold
    assert "group-label" in bare.confidence_reasons
