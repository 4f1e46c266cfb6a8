"""The iCalendar renderer in detail: layout, time zones, text safety, attribution, stability."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from timeline.model import Event, Source, StoredEvent
from timeline.render import ics
from timeline.render.ics import FeedOptions, render_calendar

OPTIONS = FeedOptions(base_url="https://events.example.org")
CREATED = datetime(2025, 10, 1, 9, 0, 0, tzinfo=UTC)
CHANGED = datetime(2025, 10, 30, 12, 0, 5, tzinfo=UTC)


def source(
    n: int = 1,
    url: str | None = "https://haber.example/a",
    outlet: str | None = "Örnek",
    title: str = "Başlık",
) -> Source:
    return Source(f"doc{n}", f"a{n}.txt", title, "2025-10-09", "Alıntı.", url, outlet)


def stored(event_id="e1", sources=None, sequence=0, changes=None, **fields) -> StoredEvent:
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
    return StoredEvent(
        event_id,
        Event(**base),
        sources or [source()],
        sequence=sequence,
        created=CREATED,
        updated=CHANGED,
        changes=changes or [],
    )


def events_of(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def vtimezones(data: bytes) -> list[str]:
    return re.findall(r"BEGIN:VTIMEZONE\r\n.*?END:VTIMEZONE\r\n", data.decode(), re.S)


MIXED = [
    stored("a"),
    stored("b", date="2025-11-13", time="14:00", timezone="Europe/Moscow"),
    stored("c", date="2025-11-14", time="09:30", timezone="Asia/Tehran"),
    stored("d", date="2025-11-25", time="11:00", timezone="Europe/Istanbul"),
    stored("e", date="2026-06-15", end="2026-06-17"),
    stored("f", status="cancelled", sequence=2),
]


def test_spliced_output_is_exactly_one_calendar_serialised():
    """Events are serialised one by one (for the cache); the bytes are those of one
    ``Calendar.to_ical()`` of the same components."""
    cal = ics.calendar_header(OPTIONS)
    for tz in ics.timezones(MIXED):
        cal.add_component(tz)
    for item in sorted(MIXED, key=lambda it: (ics._sort_start(it), it.id)):
        cal.add_component(ics.to_vevent(item, OPTIONS))
    assert render_calendar(MIXED, OPTIONS) == cal.to_ical()


def test_event_cache_gives_the_same_bytes_and_renders_only_changed_events(monkeypatch):
    calls = []
    real = ics.to_vevent
    monkeypatch.setattr(ics, "to_vevent", lambda item, o: calls.append(item.id) or real(item, o))
    cache: dict = {}
    first = render_calendar(MIXED, OPTIONS, cache=cache)
    assert first == render_calendar(MIXED, OPTIONS)
    assert sorted(calls) == sorted([it.id for it in MIXED] * 2)
    calls.clear()
    assert render_calendar(MIXED, OPTIONS, cache=cache) == first
    assert calls == []
    changed = stored("b", date="2025-11-13", time="16:00", timezone="Europe/Moscow", sequence=1)
    changed.updated = datetime(2025, 10, 31, tzinfo=UTC)
    again = render_calendar([changed if it.id == "b" else it for it in MIXED], OPTIONS, cache=cache)
    assert calls == ["b"]
    assert b"DTSTART;TZID=Europe/Moscow:20251113T160000" in again


def test_other_options_are_other_cache_entries():
    cache: dict = {}
    tr = render_calendar(MIXED, OPTIONS, cache=cache)
    en = render_calendar(MIXED, FeedOptions(base_url=OPTIONS.base_url, lang="en"), cache=cache)
    other = render_calendar(MIXED, FeedOptions(base_url="https://other.example"), cache=cache)
    assert "İptal: Zirve" in tr.decode() and "Cancelled: Zirve" in en.decode()
    assert b"events.example.org" not in other


_SCRIPT = """
import hashlib, sys
sys.path.insert(0, {tests!r})
from test_feed_render import MIXED, OPTIONS
from timeline.render.ics import render_calendar
print(hashlib.sha256(render_calendar(MIXED, OPTIONS)).hexdigest())
"""


def test_the_same_bytes_in_every_process():
    """Set iteration order changes between processes (hash seeds): nothing in the output may
    depend on it (``add_missing_timezones`` would: it walks a set)."""
    here = hashlib.sha256(render_calendar(MIXED, OPTIONS)).hexdigest()
    script = _SCRIPT.format(tests=str(Path(__file__).parent))
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=True,
        )
        assert out.stdout.strip() == here


def test_one_small_vtimezone_per_zone_sorted_without_comment():
    data = render_calendar(MIXED, OPTIONS)
    blocks = vtimezones(data)
    tzids = [re.search(r"TZID:(\S+)", b).group(1) for b in blocks]
    assert tzids == ["Asia/Tehran", "Europe/Istanbul", "Europe/Moscow"]
    for block in blocks:
        assert "COMMENT" not in block and "RDATE" not in block
        assert block.count("BEGIN:STANDARD") + block.count("BEGIN:DAYLIGHT") == 1
    assert data.index(b"BEGIN:VTIMEZONE") < data.index(b"BEGIN:VEVENT")


def test_each_zone_is_built_for_its_own_days():
    """Berlin changes offset between January and July; Moscow's block must not grow for it."""
    items = [
        stored("w", date="2025-01-10", time="10:00", timezone="Europe/Berlin"),
        stored("s", date="2025-07-10", time="10:00", timezone="Europe/Berlin"),
        stored("m", date="2025-07-11", time="10:00", timezone="Europe/Moscow"),
    ]
    berlin, moscow = vtimezones(render_calendar(items, OPTIONS))
    assert "TZID:Europe/Berlin" in berlin and "BEGIN:DAYLIGHT" in berlin
    assert "BEGIN:STANDARD" in berlin
    assert moscow.count("BEGIN:STANDARD") == 1 and "DAYLIGHT" not in moscow


@pytest.mark.parametrize(
    ("fields", "start", "end"),
    [
        (
            dict(time="09:30", timezone="Asia/Tehran"),
            "DTSTART;TZID=Asia/Tehran:20251112T093000",
            "DTEND;TZID=Asia/Tehran:20251112T103000",
        ),
        (
            dict(time="14:00", timezone=None),  # no zone known: Istanbul
            "DTSTART;TZID=Europe/Istanbul:20251112T140000",
            "DTEND;TZID=Europe/Istanbul:20251112T150000",
        ),
        (
            dict(time="14:00", timezone="Mars/Olympus"),  # an unknown zone name: Istanbul
            "DTSTART;TZID=Europe/Istanbul:20251112T140000",
            "DTEND;TZID=Europe/Istanbul:20251112T150000",
        ),
        (dict(), "DTSTART;VALUE=DATE:20251112", "DTEND;VALUE=DATE:20251113"),
        (dict(end="2025-11-14"), "DTSTART;VALUE=DATE:20251112", "DTEND;VALUE=DATE:20251115"),
        (
            dict(date="2025-12-30", end="2026-01-02"),  # over a year's end
            "DTSTART;VALUE=DATE:20251230",
            "DTEND;VALUE=DATE:20260103",
        ),
        # A multi-day event with a start time spans its days; the time goes to the description.
        (
            dict(end="2025-11-13", time="10:00", timezone="Asia/Almaty"),
            "DTSTART;VALUE=DATE:20251112",
            "DTEND;VALUE=DATE:20251114",
        ),
        # Postponed to a month: it stays on its original day, its summary says where it went.
        (
            dict(
                date="2025-12", granularity="month", status="planned", replaces=("2025-11-12", None)
            ),
            "DTSTART;VALUE=DATE:20251112",
            "DTEND;VALUE=DATE:20251113",
        ),
    ],
)
def test_start_and_end(fields, start, end):
    text = render_calendar([stored(**fields)], OPTIONS).decode()
    assert f"\r\n{start}\r\n" in text and f"\r\n{end}\r\n" in text


def test_multi_day_start_time_is_in_the_description():
    (e,) = events_of(
        render_calendar([stored(end="2025-11-13", time="10:00", timezone="Asia/Almaty")], OPTIONS)
    )
    assert "Başlangıç saati: 10:00 (Asia/Almaty)" in str(e["DESCRIPTION"])


def test_stamps_sequence_transparency_and_links():
    (e,) = events_of(render_calendar([stored(sequence=4)], OPTIONS))
    assert e.decoded("DTSTAMP") == CHANGED and e.decoded("LAST-MODIFIED") == CHANGED
    assert e.decoded("CREATED") == CREATED
    assert e["SEQUENCE"] == 4 and str(e["TRANSP"]) == "TRANSPARENT"
    assert str(e["UID"]) == "e1@timeline"
    assert str(e["URL"]) == "https://events.example.org/events/e1"
    assert [str(c) for c in e["CATEGORIES"].cats] == ["zirve"]


def test_description_attributes_every_source():
    sources = [
        source(1, "https://www.haber.example/a/1", "Örnek Haber", "Zirve yapılacak"),
        source(2, "https://gazete.example/b", None, "Zirve tarihi belli oldu"),
        source(3, None, None, "Yerel dosya"),
    ]
    (e,) = events_of(render_calendar([stored(sources=sources)], OPTIONS))
    desc = str(e["DESCRIPTION"])
    assert "- Örnek Haber: Zirve yapılacak (2025-10-09)\n  https://www.haber.example/a/1" in desc
    assert (
        "- gazete.example: Zirve tarihi belli oldu (2025-10-09)\n  https://gazete.example/b" in desc
    )
    assert "- Yerel dosya (2025-10-09)\n  https://events.example.org/documents/doc3" in desc
    assert "Olay sayfası: https://events.example.org/events/e1" in desc
    assert desc.startswith("Durum: planlandı\n")


def test_many_sources_are_cut_with_a_count():
    sources = [source(n, f"https://haber.example/{n}") for n in range(15)]
    (e,) = events_of(render_calendar([stored(sources=sources)], OPTIONS))
    desc = str(e["DESCRIPTION"])
    assert "https://haber.example/9\n" in desc and "https://haber.example/10" not in desc
    assert "… ve 5 kaynak daha" in desc


def test_reported_changes_are_in_the_description():
    changes = [
        {
            "change": "postponed",
            "from": ["2025-11-12", None],
            "to": ["2025-11-20", None],
            "document": "doc2",
            "published": "2025-10-28",
        }
    ]
    (e,) = events_of(
        render_calendar(
            [stored(date="2025-11-20", replaces=("2025-11-12", None), changes=changes)], OPTIONS
        )
    )
    assert "- 2025-10-28: ertelendi 12 Kasım 2025 → 20 Kasım 2025" in str(e["DESCRIPTION"])


@pytest.mark.parametrize(
    ("status", "expected", "summary"),
    [
        ("planned", "CONFIRMED", "Zirve"),
        ("held", "CONFIRMED", "Zirve"),
        ("proposed", "TENTATIVE", "Zirve"),
        ("cancelled", "CANCELLED", "İptal: Zirve"),
        ("postponed", "TENTATIVE", "Ertelendi: Zirve"),
    ],
)
def test_status_and_summary(status, expected, summary):
    (e,) = events_of(render_calendar([stored(status=status)], OPTIONS))
    assert (str(e["STATUS"]), str(e["SUMMARY"])) == (expected, summary)


INJECTION = "Zirve\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:Sahte\nDTSTART:20000101"
CONTROLS = "a\x00b\x07c\x0bd\x0ce\x1bf\x7fg\x85h\u2028i\ufeffj\u202ek\ud800l"


@pytest.mark.parametrize(
    "fields",
    [
        {"title": INJECTION},
        {"title": CONTROLS},
        {"title": "çok uzun başlık " * 400},
        {"quote": INJECTION + CONTROLS + "ş" * 5000},
        {"location": INJECTION},
        {"country": CONTROLS},
        {"participants": [INJECTION]},
        {"type": "x;y,z\\"},
        {"sources": [source(1, INJECTION, INJECTION, INJECTION)]},
        {"sources": [source(1, "javascript:alert(1)//https://x", CONTROLS, CONTROLS)]},
        {"sources": [source(1, "https://h.example/\r\nUID:evil", "o", "t")]},
    ],
    ids=[
        "title-injection",
        "title-controls",
        "title-long",
        "quote",
        "location",
        "country",
        "participants",
        "type",
        "source-injection",
        "source-controls",
        "url-injection",
    ],
)
def test_hostile_text_cannot_inject_properties_or_components(fields):
    data = render_calendar([stored(**fields)], OPTIONS)
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    assert not any(re.search(rb"[\x00-\x1f\x7f]", line) for line in lines)
    data.decode("utf-8")  # a lone surrogate would not encode
    starts = [line.split(b":")[0].split(b";")[0] for line in lines if line[:1] not in b" "]
    assert starts.count(b"BEGIN") == 2 and starts.count(b"SUMMARY") == 1
    assert starts.count(b"UID") == 2  # the calendar's and the event's
    (e,) = events_of(data)
    assert str(e["UID"]) == "e1@timeline" and e.decoded("DTSTART") == date(2025, 11, 12)
    assert b"javascript:" not in data


def test_calendar_header_of_a_filtered_feed():
    options = FeedOptions(
        base_url="https://events.example.org",
        query="who=tokayev",
        label="kim: tokayev; x, y\\",
        notes=("who='x; y': yok, hiç",),
    )
    text = render_calendar([], options).decode()
    cal = Calendar.from_ical(text)
    assert str(cal["X-WR-CALNAME"]) == ("Zaman Çizelgesi — haberlerden olaylar (kim: tokayev x y)")
    assert str(cal["URL"]) == "https://events.example.org/calendar.ics?who=tokayev"
    assert "who='x y': yok hiç" in str(cal["X-WR-CALDESC"])
    for name in ("X-WR-CALNAME", "X-WR-CALDESC", "NAME"):
        value = re.search(rf"\r\n{name}:(.*?)\r\n(?! )", text, re.S).group(1)
        assert not re.search(r"[,;\\]", value.replace("\r\n ", ""))
    whole = Calendar.from_ical(render_calendar([], OPTIONS))
    assert str(whole["UID"]) == "timeline-feed@events.example.org" != str(cal["UID"])
    assert "METHOD" not in cal and "METHOD" not in whole
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in text
    assert "X-PUBLISHED-TTL:PT1H\r\n" in text


def test_events_not_in_the_calendar_stay_out_but_can_be_asked_for_one_by_one():
    day_only = stored("h", calendar=False)
    assert events_of(render_calendar([day_only], OPTIONS)) == []
    assert len(events_of(render_calendar([day_only], OPTIONS, all_events=True))) == 1
