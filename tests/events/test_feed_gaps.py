"""Right calendar events the feed kept out (issue 13, branch feedcal): a penalty narrowed where
the event is one a strict editor accepts as titled, dated and placed. Every sentence is written
for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "2026-06-10"


def _only(text: str, kind: str):
    found = [e for e in extract(text, D) if e.type == kind]
    assert len(found) == 1, [(e.title, e.date) for e in found]
    return found[0]


# --- a cancelled span still running on the publication day ------------------------------------


def test_a_cancelled_span_running_on_the_publication_day_reaches_the_feed() -> None:
    event = _only(
        "Ankara'da [8-12 Haziran|2026-06-08/2026-06-12] tarihlerinde yapılması planlanan Bozkır"
        " Caz Festivali, valiliğin iptal kararıyla yapılamayacak.",
        "festival",
    )
    assert (event.date, event.end, event.status) == ("2026-06-08", "2026-06-12", "cancelled")
    assert "change-ahead" in event.confidence_reasons
    assert event.in_feed(FEED_MIN_CONFIDENCE)


@pytest.mark.parametrize(
    "text",
    [
        "Ankara'da [1-5 Haziran|2026-06-01/2026-06-05] tarihlerinde yapılması planlanan Bozkır"
        " Caz Festivali iptal edildi.",
        "Bozkır Caz Festivali [dün|2026-06-09] iptal edildi.",
        "Bozkır Caz Festivali [bugün|2026-06-10] iptal edildi.",
    ],
    ids=["a span over before the publication", "yesterday", "today"],
)
def test_a_cancellation_of_past_days_stays_out(text: str) -> None:
    event = _only(text, "festival")
    assert event.status == "cancelled"
    assert "change-ahead" not in event.confidence_reasons
    assert not event.in_feed(FEED_MIN_CONFIDENCE)
