"""An ordinal and a kind alone (``9. Zirve``) is a series' number whose name the title lost: it
says not whose event it is, so it is ``generic-name`` and stays out of the feed; the same event
whose organisation the article names keeps it in its title and stays in. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "[14 Mayıs'ta|2026-05-14]"


@pytest.mark.parametrize(
    "body",
    [
        f"Örgütün 9. Zirvesi {D} Bişkek'te yapılacak.",
        f"Birliğin 4. Kongresi {D} Konya'da yapılacak.",
        f"9. Zirve {D} Bişkek'te yapılacak.",
    ],
)
def test_an_ordinal_alone_says_not_whose(body: str) -> None:
    events = extract(body, "2026-03-02")
    assert [e.date for e in events] == ["2026-05-14"]
    assert "generic-name" in events[0].confidence_reasons
    assert events[0].confidence < FEED_MIN_CONFIDENCE


def test_the_organisation_named_before_titles_it() -> None:
    body = (
        "Türk Devletleri Teşkilatı üyeleri Bişkek'te bir araya gelecek.\n\n"
        f"Teşkilatın 9. Zirvesi {D} Bişkek'te yapılacak."
    )
    events = [e for e in extract(body, "2026-03-02") if e.date == "2026-05-14"]
    assert events and "Türk Devletleri Teşkilatı" in events[0].title, [e.title for e in events]
    assert "generic-name" not in events[0].confidence_reasons
    assert events[0].confidence >= FEED_MIN_CONFIDENCE
