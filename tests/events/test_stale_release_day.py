"""A data release counted by `dün`/`önceki gün` onto a weekend is a stale count of a reused text
(issue 13; audit 3's `date` class: a market summary republished on Monday told data "released
the day before yesterday", a Saturday). Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

FEED = 0.6  # the default feed threshold (TIMELINE_FEED_MIN_CONFIDENCE)
MONDAY, TUESDAY = "2026-03-16", "2026-03-17"


def _release(text: str, published: str):
    events = [e for e in extract(text, published) if e.type == "release"]
    assert len(events) == 1
    return events[0]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Almanya'da [önceki gün|2026-03-14] açıklanan işsizlik verileri beklentiyi aştı.", MONDAY),
        ("Japonya'da [dün|2026-03-15] açıklanan büyüme verileri piyasaları sevindirdi.", MONDAY),
    ],
    ids=["önceki gün on Saturday", "dün on Sunday"],
)
def test_a_release_counted_onto_a_weekend_leaves_the_feed(text: str, published: str) -> None:
    event = _release(text, published)
    assert "stale-release-day" in event.confidence_reasons
    assert event.confidence < FEED


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Almanya'da [dün|2026-03-16] açıklanan işsizlik verileri beklentiyi aştı.", TUESDAY),
        (
            "Japonya'da [14 Mart'ta|2026-03-14] açıklanan büyüme verileri piyasaları sevindirdi.",
            MONDAY,
        ),
    ],
    ids=["dün on Monday", "an explicit Saturday"],
)
def test_other_release_days_are_kept(text: str, published: str) -> None:
    event = _release(text, published)
    assert "stale-release-day" not in event.confidence_reasons
