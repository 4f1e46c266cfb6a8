"""An event named as what its organisers met for is not dated by their meeting (issue 13;
audit 3's `date` class: a festival committee's meeting day given to the festival, in the feed).
Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

D = "2026-06-10"
FEED = 0.6  # the default feed threshold (TIMELINE_FEED_MIN_CONFIDENCE)


@pytest.mark.parametrize(
    "text",
    [
        "Ordu Fındık Festivali için [bugün|2026-06-10] toplanan düzenleme kurulu yeni bir karar "
        "aldı.",
        "Ordu Fındık Festivali için düzenleme kurulu [bugün|2026-06-10] toplandı.",
        "Kars Kaşar Festivali için [dün|2026-06-09] belediyede toplanan festival komitesinden "
        "olumlu bir karar çıktı.",
    ],
    ids=["participle", "finite verb", "committee"],
)
def test_the_organisers_meeting_day_leaves_the_feed(text: str) -> None:
    events = [e for e in extract(text, D) if e.type not in ("meeting",)]
    assert events
    assert all(e.confidence < FEED for e in events)
    assert all("organisers-meeting" in e.confidence_reasons for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Ordu Fındık Festivali [bugün|2026-06-10] başladı.",
        "Ordu Fındık Festivali için [bugün|2026-06-10] binlerce kişi kente geldi.",
        "Liderler, Ankara Zirvesi için [bugün|2026-06-10] toplandı.",
    ],
    ids=["the festival", "visitors", "a summit"],
)
def test_other_sentences_keep_their_confidence(text: str) -> None:
    events = extract(text, D)
    assert events
    assert all("organisers-meeting" not in e.confidence_reasons for e in events)
