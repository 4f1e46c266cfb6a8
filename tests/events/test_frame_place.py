"""An event told within the frame of a visit (``X ziyareti kapsamında``) takes the day of the
visit to the place that opens the frame, not the day of the nearest visit elsewhere. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from eventkit import extract

D = "2025-10-30"
TWO_STOPS = (
    "Dışişleri Bakanı Hakan Fidan [12 Kasım'da|2025-11-12] Bakü'yü ziyaret edecek. Fidan, "
    "[14 Kasım'da|2025-11-14] ise Tiflis'e resmi bir ziyaret gerçekleştirecek. "
)


@pytest.mark.parametrize(("frame", "day"), [("Bakü", "2025-11-12"), ("Tiflis", "2025-11-14")])
def test_framed_meeting_takes_the_day_of_its_place(frame: str, day: str) -> None:
    text = TWO_STOPS + f"{frame} ziyareti kapsamında Ortak Ekonomi Komisyonu toplantısı yapılacak."
    meetings = [e for e in extract(text, D) if e.type == "meeting"]
    assert [(m.title, m.date) for m in meetings] == [("Ortak Ekonomi Komisyonu toplantısı", day)]
