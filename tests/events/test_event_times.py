"""Clock times of events, on sentences written for these tests: a range gives its start and
its end (``end_time``; one crossing midnight ends on the next day, see ``Event.finish``),
Turkish time wins over local time (and brings Türkiye's time zone), local time keeps the
place's zone, midnight and ``24.00`` are 00:00 of the next day, a part of a named day dates the
event without a clock time.

Dates are marked ``[as written|TIMEX3 value]`` (see ``eventkit``).
"""

from __future__ import annotations

import pytest
from eventkit import analysis, extract

from timeline.model import Event
from timeline.store import Store
from timeline.store.rows import event_from_row, event_row

D = "2026-03-10"

CASES = [
    (
        "Turkish-time range gives its start and end",
        "Kuzey Liderler Zirvesi [12 Mart'ta|2026-03-12] "
        "[TSİ 14.00-16.00 arasında|2026-03-12T14:00/2026-03-12T16:00] yapılacak.",
        dict(
            date="2026-03-12", end=None, time="14:00", end_time="16:00", timezone="Europe/Istanbul"
        ),
    ),
    (
        "'saat … ile … arasında' gives its start and end",
        "Ege Ekonomi Forumu "
        "[13 Mart'ta saat 09.30 ile 12.00 arasında|2026-03-13T09:30/2026-03-13T12:00] "
        "yapılacak.",
        dict(date="2026-03-13", end=None, time="09:30", end_time="12:00"),
    ),
    (
        "'…'dan …'ye kadar' is a range, not a bound",
        "Batı Ticaret Forumu [20 Mart'ta|2026-03-20] "
        "[saat 10.00'dan 12.00'ye kadar|2026-03-20T10:00/2026-03-20T12:00] sürecek.",
        dict(date="2026-03-20", end=None, time="10:00", end_time="12:00"),
    ),
    (
        "a range crossing midnight stays on its first day and ends on the next",
        "Bahar Gençlik Konseri [21 Mart'ta|2026-03-21] "
        "[22.00-02.00 saatleri arasında|2026-03-21T22:00/2026-03-22T02:00] yapılacak.",
        dict(date="2026-03-21", end=None, time="22:00", end_time="02:00"),
    ),
    (
        "a range to 24.00 ends at 00:00 of the next day",
        "Bahar Gençlik Konseri [21 Mart'ta|2026-03-21] "
        "[22.00 ile 24.00 arasında|2026-03-21T22:00/2026-03-22T00:00] yapılacak.",
        dict(date="2026-03-21", end=None, time="22:00", end_time="00:00"),
    ),
    (
        "a range over several days keeps its days and its end time on the last",
        "Kuzey Sanayi Fuarı "
        "[23 Mart saat 10.00'dan 25 Mart saat 18.00'e kadar|2026-03-23T10:00/2026-03-25T18:00]"
        " açık olacak.",
        dict(date="2026-03-23", end="2026-03-25", time="10:00", end_time="18:00"),
    ),
    (
        "a range over days to 24.00 ends on the day before 00:00",
        "Kuzey Sanayi Fuarı "
        "[23 Mart saat 10.00'dan 25 Mart saat 24.00'e kadar|2026-03-23T10:00/2026-03-26T00:00]"
        " açık olacak.",
        dict(date="2026-03-23", end="2026-03-25", time="10:00", end_time="00:00"),
    ),
    (
        "24.00 of a day is 00:00 of the next, not a second day",
        "Ege Ekonomi Forumu [13 Mart'ta|2026-03-13] [saat 24.00'te|2026-03-14T00:00] başlayacak.",
        dict(date="2026-03-14", end=None, time="00:00", end_time=None),
    ),
    (
        "local time of a place with a zone: the time is that zone's",
        "Doğu Zirvesi [18 Mart'ta|2026-03-18] Tokyo'da [yerel saatle 23.00'te|2026-03-18T23:00] "
        "başlayacak.",
        dict(date="2026-03-18", time="23:00", end_time=None, timezone="Asia/Tokyo"),
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
        "local time with no place of a known zone: the day without the time",
        "Doğu Zirvesi [18 Mart'ta|2026-03-18] [yerel saatle 23.00'te|2026-03-18T23:00] başlayacak.",
        dict(date="2026-03-18", time=None, end_time=None, timezone=None),
    ),
    (
        "a clock time not said to be local, with no place: kept",
        "Doğu Zirvesi [18 Mart'ta|2026-03-18] [saat 23.00'te|2026-03-18T23:00] başlayacak.",
        dict(date="2026-03-18", time="23:00", timezone=None),
    ),
    (
        "midnight is 00:00 of the next day",
        "Anadolu Kültür Festivali [15 Mart'ta gece yarısı|2026-03-15TNI] sona erecek.",
        dict(date="2026-03-16", time="00:00"),
    ),
    (
        "a part of a named day dates without a clock time",
        "Kuzey Ülkeleri Forumu [cuma akşamı|2026-03-13TEV] yapılacak.",
        dict(date="2026-03-13", time=None, end_time=None),
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


def test_the_day_of_24_00_is_not_a_day_outside_the_slot() -> None:
    """``13 Mart'ta saat 24.00'te``: the written day is the one the clock time ends, so it
    does not count as another date of the event (``several-dates``)."""
    (event,) = extract(
        "Ege Ekonomi Forumu [13 Mart'ta|2026-03-13] [saat 24.00'te|2026-03-14T00:00] başlayacak.",
        D,
    )
    assert "several-dates" not in event.confidence_reasons
    assert event.finish() is None  # a start without an end time


def test_schedule_lines_with_a_clock_range_end_at_its_end() -> None:
    """A programme's clock lines under a day heading: each item with its start and end."""
    events = extract(
        "Kongre programı:\n"
        "[17 Mart Salı|2026-03-17]\n"
        "[10.00-11.30|2026-03-17T10:00/2026-03-17T11:30] Açılış paneli\n"
        "[14.00|2026-03-17T14:00] Kapanış oturumu\n",
        D,
    )
    got = [(e.title, e.date, e.time, e.end_time) for e in events]
    assert ("Açılış paneli", "2026-03-17", "10:00", "11:30") in got
    assert ("Kapanış oturumu", "2026-03-17", "14:00", None) in got


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_report_of_the_start_alone_keeps_the_end_another_gives(tmp_path, order) -> None:
    """One article gives the summit's start, another its range: the stored event has both,
    whichever arrived first."""
    reports = [
        analysis(
            "Kuzey Liderler Zirvesi [12 Mart'ta|2026-03-12] [saat 14.00'te|2026-03-12T14:00] "
            "Ankara'da başlayacak.",
            "2026-03-09",
            "start.txt",
        ),
        analysis(
            "Kuzey Liderler Zirvesi [12 Mart'ta|2026-03-12] "
            "[14.00-16.00 saatleri arasında|2026-03-12T14:00/2026-03-12T16:00] Ankara'da "
            "yapılacak.",
            "2026-03-10",
            "range.txt",
        ),
    ]
    store = Store(tmp_path / "t.db")
    try:
        for i in order:
            store.add_analyses([reports[i]])
        (item,) = store.events()
        assert (item.event.date, item.event.time, item.event.end_time) == (
            "2026-03-12",
            "14:00",
            "16:00",
        )
        assert len(item.sources) == 2
    finally:
        store.close()


def test_stored_rows_hold_an_end_time_only_when_known() -> None:
    """Rows of events without an end time are as they were before the field existed (the
    JSON API still shows ``"end_time": null``); one with it round-trips."""
    plain = Event("2026-03-12", "day", "Zirve", "summit", "planned", "…", time="14:00")
    ranged = Event(
        "2026-03-12", "day", "Zirve", "summit", "planned", "…", time="14:00", end_time="16:00"
    )
    assert "end_time" not in event_row(plain) and plain.to_json()["end_time"] is None
    assert event_from_row(event_row(ranged)).end_time == "16:00"
    assert event_from_row(event_row(plain)) == plain
