"""Clock times of events, on sentences written for these tests: ranges give their start,
Turkish time wins over local time (and brings Türkiye's time zone), midnight is 00:00 of the
next day, a part of a named day dates the event without a clock time.

Dates are marked ``[as written|TIMEX3 value]`` (see ``eventkit``).
"""

from __future__ import annotations

import pytest
from eventkit import extract

D = "2026-03-10"

CASES = [
    (
        "Turkish-time range gives its start",
        "Kuzey Liderler Zirvesi [12 Mart'ta|2026-03-12] "
        "[TSİ 14.00-16.00 arasında|2026-03-12T14:00/2026-03-12T16:00] yapılacak.",
        dict(date="2026-03-12", time="14:00", timezone="Europe/Istanbul"),
    ),
    (
        "'saat … ile … arasında' gives its start",
        "Ege Ekonomi Forumu "
        "[13 Mart'ta saat 09.30 ile 12.00 arasında|2026-03-13T09:30/2026-03-13T12:00] "
        "yapılacak.",
        dict(date="2026-03-13", time="09:30"),
    ),
    (
        "Turkish time wins over local time",
        "Doğu Zirvesi [18 Mart'ta|2026-03-18] Pekin'de [yerel saatle 10.00'da|2026-03-18T10:00], "
        "[TSİ 05.00'te|2026-03-18T05:00] başlayacak.",
        dict(date="2026-03-18", time="05:00", timezone="Europe/Istanbul"),
    ),
    (
        "Turkish time written first wins too",
        "Doğu Zirvesi [18 Mart'ta|2026-03-18] Pekin'de [Türkiye saatiyle 05.00'te|2026-03-18T05:00]"
        ", [yerel saatle 10.00'da|2026-03-18T10:00] başlayacak.",
        dict(date="2026-03-18", time="05:00", timezone="Europe/Istanbul"),
    ),
    (
        "local time alone keeps the place's zone",
        "Doğu Zirvesi [18 Mart'ta|2026-03-18] Pekin'de [yerel saatle 10.00'da|2026-03-18T10:00] "
        "başlayacak.",
        dict(date="2026-03-18", time="10:00", timezone="Asia/Shanghai"),
    ),
    (
        "midnight is 00:00 of the next day",
        "Anadolu Kültür Festivali [15 Mart'ta gece yarısı|2026-03-15TNI] sona erecek.",
        dict(date="2026-03-16", time="00:00"),
    ),
    (
        "a part of a named day dates without a clock time",
        "Kuzey Ülkeleri Forumu [cuma akşamı|2026-03-13TEV] yapılacak.",
        dict(date="2026-03-13", time=None),
    ),
    (
        "a night that is not midnight stays on its day",
        "Anadolu Kültür Festivali [15 Mart gecesi|2026-03-15TNI] sona erecek.",
        dict(date="2026-03-15", time=None),
    ),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_event_times(name: str, text: str, expected: dict) -> None:
    events = extract(text, D)
    assert len(events) == 1, [(e.date, e.time, e.title) for e in events]
    for key, value in expected.items():
        assert getattr(events[0], key) == value, (key, events[0])
