"""The iCalendar renderer: parsed back with icalendar, and checked with real parsers."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime

import pytest
from helpers import ics_check_tool
from icalendar import Calendar

from timeline.model import Event, Source, StoredEvent
from timeline.render.ics import FeedOptions, render_calendar

OPTIONS = FeedOptions(base_url="https://events.example.org")
STAMP = datetime(2025, 10, 30, 12, 0, 5, tzinfo=UTC)


def stored(event_id="e1", sequence=0, **fields) -> StoredEvent:
    base = dict(
        date="2025-11-12",
        granularity="day",
        title="Zirve",
        type="summit",
        status="planned",
        quote="Zirve 12 Kasım'da yapılacak.",
        calendar=True,
    )
    base.update(fields)
    src = Source(
        "doc1",
        "a.txt",
        "Başlık",
        "2025-10-09",
        base["quote"],
        "https://haber.example/a",
        "Örnek Haber",
    )
    return StoredEvent(
        event_id, Event(**base), [src], sequence=sequence, created=STAMP, updated=STAMP
    )


def parse(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_seed_feed_has_the_four_day_precise_events(seeded_store):
    data = render_calendar(seeded_store.events(), OPTIONS)
    events = parse(data)
    got = sorted((str(e["SUMMARY"]), e.decoded("DTSTART"), str(e["STATUS"])) for e in events)
    assert got == [
        ("2. Orta Asya-Rusya Zirvesi", date(2025, 10, 9), "CONFIRMED"),
        ("7. Hazar Ülkeleri Zirvesi", date(2026, 8, 12), "TENTATIVE"),
        ("Lavrov ile Köşerbayev görüşmesi", date(2025, 10, 22), "CONFIRMED"),
        ("Tokayev'in Rusya'ya resmi ziyareti", date(2025, 11, 12), "CONFIRMED"),
    ]
    for e in events:
        assert e.decoded("DTEND") == e.decoded("DTSTART").__class__.fromordinal(
            e.decoded("DTSTART").toordinal() + 1
        )
        assert str(e["UID"]).endswith("@" + seeded_store.uid_domain())
    assert b"Astana" not in data.split(b"BEGIN:VEVENT", 1)[1]  # the 2022 summit stays out


def test_calendar_properties():
    data = render_calendar([stored()], OPTIONS)
    text = data.decode()
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in text
    assert "X-PUBLISHED-TTL:PT1H\r\n" in text
    assert "\r\nNAME:" in text and "\r\nX-WR-CALNAME:" in text
    assert "METHOD:" not in text
    assert text.count("BEGIN:VEVENT") == 1
    assert "URL:https://events.example.org/events/e1" in text
    assert "DTSTAMP:20251030T120005Z" in text and "LAST-MODIFIED:20251030T120005Z" in text


def test_output_is_byte_identical():
    items = [stored("a"), stored("b", date="2025-11-13", time="14:00", timezone="Europe/Moscow")]
    assert render_calendar(items, OPTIONS) == render_calendar(list(reversed(items)), OPTIONS)


def test_multi_day_all_day_event_has_exclusive_end():
    (e,) = parse(render_calendar([stored(date="2026-06-15", end="2026-06-16")], OPTIONS))
    assert e.decoded("DTSTART") == date(2026, 6, 15)
    assert e.decoded("DTEND") == date(2026, 6, 17)


def test_timed_event_uses_zone_of_place_with_vtimezone_without_comment():
    data = render_calendar([stored(time="14:00", timezone="Europe/Moscow")], OPTIONS)
    text = data.decode()
    assert "DTSTART;TZID=Europe/Moscow:20251112T140000" in text
    assert "BEGIN:VTIMEZONE\r\nTZID:Europe/Moscow" in text
    vtz = text.split("BEGIN:VTIMEZONE")[1].split("END:VTIMEZONE")[0]
    assert "COMMENT" not in vtz and "RDATE" not in vtz


@pytest.mark.parametrize(
    ("status", "expected", "prefix"),
    [
        ("planned", "CONFIRMED", ""),
        ("held", "CONFIRMED", ""),
        ("proposed", "TENTATIVE", ""),
        ("cancelled", "CANCELLED", "İptal: "),
        ("postponed", "TENTATIVE", "Ertelendi: "),
    ],
)
def test_status_mapping(status, expected, prefix):
    (e,) = parse(render_calendar([stored(status=status)], OPTIONS))
    assert str(e["STATUS"]) == expected
    assert str(e["SUMMARY"]) == prefix + "Zirve"


def test_not_in_calendar_events_stay_out():
    items = [
        stored("y", date="2022", granularity="year", calendar=False),
        stored("m", date="2025-11", granularity="month", calendar=False),
        stored("h", calendar=False),
    ]
    assert parse(render_calendar(items, OPTIONS)) == []


def test_description_names_sources_and_escapes_hostile_text():
    hostile = "Zirve\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\x00\x0b\x7f; a, b" + "x" * 5000
    data = render_calendar([stored(title=hostile, quote=hostile)], OPTIONS)
    events = parse(data)
    assert len(events) == 1
    assert str(events[0]["UID"]) == "e1@timeline"
    assert b"\x00" not in data and b"\x0b" not in data and b"\x7f" not in data
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    desc = str(events[0]["DESCRIPTION"])
    assert "Örnek Haber" in desc and "https://haber.example/a" in desc
    assert "https://events.example.org/events/e1" in desc


@pytest.mark.realclient
def test_ics_check_accepts_a_rich_feed(tmp_path):
    tool = ics_check_tool()
    items = [
        stored("a"),
        stored("b", date="2025-11-13", time="09:30", timezone="Asia/Tehran"),
        stored("c", date="2026-06-15", end="2026-06-16", status="proposed"),
        stored("d", status="cancelled", sequence=3),
        stored("e", title="Kötü\r\nBEGIN:VEVENT; , \\ metin\x07" * 40, status="postponed"),
        stored("f", date="2025-03-30", time="02:30", timezone="Europe/Istanbul"),
    ]
    path = tmp_path / "rich.ics"
    path.write_bytes(render_calendar(items, OPTIONS))
    result = subprocess.run(
        [str(tool), "--quiet", str(path)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 failed" in result.stdout + result.stderr
