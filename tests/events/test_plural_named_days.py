"""Plural named days: ``… Günleri`` names a celebrated run of days as ``… Günü`` names one
(issue 13, culture). Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "2026-02-10"


def _feed(body: str) -> list[tuple[str, str]]:
    return [(e.title, e.date) for e in extract(body, D) if e.confidence >= FEED_MIN_CONFIDENCE]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Uluslararası Flüt Günleri [22 Nisan'da|2026-04-22] başlayacak.",
            [("Uluslararası Flüt Günleri", "2026-04-22")],
        ),
        (
            "Karşıyaka Kukla Günleri bu yıl [9 Ekim'de|2026-10-09] açılacak.",
            [("Karşıyaka Kukla Günleri", "2026-10-09")],
        ),
        (
            "Sinop Halk Dansları Haftası [3 Haziran'da|2026-06-03] başlayacak.",
            [("Sinop Halk Dansları Haftası", "2026-06-03")],
        ),
        (
            "Üzüm Şenlikleri [30 Ağustos'ta|2026-08-30] başlayacak.",
            [("Üzüm Şenlikleri", "2026-08-30")],
        ),
    ],
)
def test_plural_named_days(body, expected):
    assert _feed(body) == expected


def test_weekday_days_name_nothing():
    body = "Kütüphane Salı Günleri kapalı olacak, [14 Nisan'da|2026-04-14] yeniden açılacak."
    assert not [t for t, _ in _feed(body) if "Günleri" in t], _feed(body)
