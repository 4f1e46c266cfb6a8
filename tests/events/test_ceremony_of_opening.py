"""A venue line told apart from the opening it belongs to is no second feed entry (issue 13;
audit 3's `duplicate` class: a stadium's opening ceremony beside the Games' opening, at the same
day and hour, reached the feed twice). Both stay calendar events; the ceremony leaves the feed.
Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

D = "2026-05-04"
FEED = 0.6  # the default feed threshold (TIMELINE_FEED_MIN_CONFIDENCE)
OPENING = (
    "Erzurum'da düzenlenen 12. Gençlik Festivali, "
    "[9 Mayıs Cumartesi günü saat 20.00'de|2026-05-09T20:00] yapılacak açılış töreniyle başlayacak."
)
VENUE = (
    "Yer: Kazım Karabekir Stadı'ndaki açılış töreni [9 Mayıs'ta saat 20.00'de|2026-05-09T20:00] "
    "başlayacak."
)


@pytest.mark.parametrize(
    "text", [f"{OPENING} {VENUE}", f"{VENUE} {OPENING}"], ids=["opening first", "venue first"]
)
def test_the_venue_line_leaves_the_feed_to_the_opening(text: str) -> None:
    events = {e.type: e for e in extract(text, D)}
    assert sorted(events) == ["ceremony", "opening"]
    opening, ceremony = events["opening"], events["ceremony"]
    assert (opening.date, opening.time) == (ceremony.date, ceremony.time) == ("2026-05-09", "20:00")
    assert "Gençlik Festivali" in opening.title
    assert opening.confidence >= FEED > ceremony.confidence
    assert "ceremony-of-opening" in ceremony.confidence_reasons


def test_a_ceremony_at_another_hour_keeps_its_confidence() -> None:
    other = VENUE.replace("20.00", "11.00").replace("T20:00", "T11:00")
    alone = {e.type: e for e in extract(other, D)}["ceremony"]
    events = {e.type: e for e in extract(f"{OPENING} {other}", D)}
    assert (events["ceremony"].time, events["opening"].time) == ("11:00", "20:00")
    assert "ceremony-of-opening" not in events["ceremony"].confidence_reasons
    assert events["ceremony"].confidence == alone.confidence
