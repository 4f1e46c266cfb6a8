"""Event times end to end, on an article written for these tests: a clock range's end reaches
the JSON (``extract``, ``/api/events``), the CLI list, the feed (``DTEND`` in the event's zone,
the next day for a range past midnight; a local time in the place's zone; a part of a day an
all-day event) and the page (``14.00–16.00``)."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from helpers import ics_check_tool, ingest, run_cli
from icalendar import Calendar

from timeline.corrections import validate_edit
from timeline.errors import InputError
from timeline.model import Event, StoredEvent
from timeline.render.ics import FeedOptions, render_calendar

ARTICLE = """date 2025-10-28

Kasım ayında yapılacak buluşmalar
Kuzey Liderler Zirvesi 12 Kasım'da TSİ 14.00-16.00 arasında Ankara'da yapılacak.
Bahar Gençlik Konseri 14 Kasım'da 22.00-02.00 saatleri arasında İzmir'de düzenlenecek.
Doğu Ekonomi Forumu 18 Kasım'da Tokyo'da yerel saatle 23.00'te başlayacak.
Batı Ticaret Forumu 20 Kasım'da saat 10.00'dan 12.00'ye kadar Bursa'da sürecek.
Kuzey Ülkeleri Forumu 21 Kasım Cuma akşamı Konya'da yapılacak.
"""

# title: (date, end, time, end_time)
EXPECTED = {
    "Kuzey Liderler Zirvesi": ("2025-11-12", None, "14:00", "16:00"),
    "Bahar Gençlik Konseri": ("2025-11-14", None, "22:00", "02:00"),
    "Doğu Ekonomi Forumu": ("2025-11-18", None, "23:00", None),
    "Batı Ticaret Forumu": ("2025-11-20", None, "10:00", "12:00"),
    "Kuzey Ülkeleri Forumu": ("2025-11-21", None, None, None),
}


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "times.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def timed_client(store, article):
    from web import create_app

    ingest(store, [article])
    return create_app({"TESTING": True, "DATABASE": store.path}).test_client()


def _slots(events: list[dict]) -> dict:
    return {e["title"]: (e["date"], e["end"], e["time"], e["end_time"]) for e in events}


def test_extract_json_gives_end_times(capsys, article):
    code, out, _ = run_cli(capsys, "extract", str(article))
    assert code == 0
    data = json.loads(out)
    assert _slots(data["documents"][0]["events"]) == EXPECTED
    assert _slots(data["events"]) == EXPECTED


def test_api_events_carry_end_times(timed_client):
    events = timed_client.get("/api/events").get_json()["events"]
    assert _slots(events) == EXPECTED


def test_cli_list_shows_the_clock_range(capsys, tmp_path, article):
    db = str(tmp_path / "t.db")
    run_cli(capsys, "--db", db, "ingest", str(article))
    code, out, _ = run_cli(capsys, "--db", db, "list")
    assert code == 0
    lines = {line.split("  ", 1)[1].split()[-1]: line for line in out.splitlines()}
    assert "2025-11-12 14:00-16:00" in lines["Zirvesi"]
    assert "2025-11-14 22:00-02:00" in lines["Konseri"]


def _feed(client) -> dict:
    data = client.get("/calendar.ics").data
    return {str(e["SUMMARY"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def test_feed_ends_clock_ranges_in_the_events_zone(timed_client):
    feed = _feed(timed_client)
    summit = feed["Kuzey Liderler Zirvesi"]
    assert summit["DTSTART"].params["TZID"] == summit["DTEND"].params["TZID"] == "Europe/Istanbul"
    assert summit.decoded("DTSTART").astimezone(UTC) == datetime(2025, 11, 12, 11, 0, tzinfo=UTC)
    assert summit.decoded("DTEND").astimezone(UTC) == datetime(2025, 11, 12, 13, 0, tzinfo=UTC)
    forum = feed["Batı Ticaret Forumu"]
    assert (forum.decoded("DTEND") - forum.decoded("DTSTART")).total_seconds() == 2 * 3600


def test_feed_range_past_midnight_ends_the_next_day(timed_client):
    concert = _feed(timed_client)["Bahar Gençlik Konseri"]
    start, end = concert.decoded("DTSTART"), concert.decoded("DTEND")
    assert (start.date(), start.hour) == (date(2025, 11, 14), 22)
    assert (end.date(), end.hour) == (date(2025, 11, 15), 2)


def test_feed_local_time_is_the_places_zone(timed_client):
    forum = _feed(timed_client)["Doğu Ekonomi Forumu"]
    assert forum["DTSTART"].params["TZID"] == "Asia/Tokyo"
    # 23:00 in Tokyo (UTC+9, no summer time) is 14:00 UTC, 17:00 in Istanbul
    assert forum.decoded("DTSTART").astimezone(UTC) == datetime(2025, 11, 18, 14, 0, tzinfo=UTC)


def test_feed_part_of_a_day_is_an_all_day_event(timed_client):
    forum = _feed(timed_client)["Kuzey Ülkeleri Forumu"]
    assert forum.decoded("DTSTART") == date(2025, 11, 21)
    assert forum.decoded("DTEND") == date(2025, 11, 22)
    assert not isinstance(forum.decoded("DTSTART"), datetime)


@pytest.mark.realclient
def test_ics_check_accepts_the_feed_with_end_times(timed_client, tmp_path):
    tool = ics_check_tool()
    path = tmp_path / "times.ics"
    path.write_bytes(timed_client.get("/calendar.ics").data)
    assert path.read_bytes().count(b"DTEND;TZID=") == 4
    result = subprocess.run(
        [str(tool), "--quiet", str(path)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 failed" in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        (
            "tr",
            ["12 Kasım 2025, 14.00–16.00", "14 Kasım 2025, 22.00–02.00", "18 Kasım 2025, 23.00"],
        ),
        ("en", ["12 November 2025, 14:00–16:00", "14 November 2025, 22:00–02:00"]),
    ],
)
def test_page_shows_the_clock_range(timed_client, lang, shown):
    page = timed_client.get(f"/?lang={lang}").get_data(as_text=True)
    for text in shown:
        assert text in page, text


def test_event_page_structured_data_ends_at_the_end_time(timed_client):
    events = timed_client.get("/api/events").get_json()["events"]
    concert = next(e for e in events if e["title"] == "Bahar Gençlik Konseri")
    page = timed_client.get(f"/events/{concert['id']}").get_data(as_text=True)
    assert '"endDate": "2025-11-15T02:00:00+03:00"' in page
    assert "dates=20251114T220000%2F20251115T020000" in page  # the Google Calendar link


@pytest.mark.parametrize("value", ["25:00", "16.00", 16])
def test_an_edit_refuses_a_malformed_end_time(value):
    with pytest.raises(InputError, match="end_time"):
        validate_edit({"end_time": value})


def test_an_edit_sets_the_end_time():
    assert validate_edit({"time": "14:00", "end_time": "16:30"}) == {
        "time": "14:00",
        "end_time": "16:30",
    }


def test_an_editor_sets_the_end_time_through_the_api(store, article, monkeypatch):
    from web import create_app

    monkeypatch.setenv("TIMELINE_TOKEN", "secret")
    ingest(store, [article])
    client = create_app({"TESTING": True, "DATABASE": store.path}).test_client()
    auth = {"Authorization": "Bearer secret"}
    events = client.get("/api/events").get_json()["events"]
    forum = next(e for e in events if e["title"] == "Doğu Ekonomi Forumu")
    path = f"/api/events/{forum['id']}/corrections"
    bad = client.post(path, json={"action": "edit", "fields": {"end_time": "24:30"}}, headers=auth)
    assert bad.status_code == 400 and "end_time" in bad.get_json()["error"]
    r = client.post(path, json={"action": "edit", "fields": {"end_time": "23:45"}}, headers=auth)
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["result"]["end_time"] == "23:45"
    edited = _feed(client)["Doğu Ekonomi Forumu"]
    assert edited.decoded("DTEND").astimezone(UTC) == datetime(2025, 11, 18, 14, 45, tzinfo=UTC)


def test_timelinejs_slides_end_at_the_end_time(timed_client):
    slides = {
        s["text"]["headline"]: s
        for s in timed_client.get("/api/timelinejs.json?lang=tr").get_json()["events"]
    }
    concert = slides["Bahar Gençlik Konseri"]
    assert concert["display_date"] == "14 Kasım 2025, 22.00–02.00"
    assert {k: concert["end_date"][k] for k in ("year", "month", "day", "hour", "minute")} == {
        "year": 2025,
        "month": 11,
        "day": 15,
        "hour": 2,
        "minute": 0,
    }
    assert "end_date" not in slides["Doğu Ekonomi Forumu"]  # a start alone


def test_feed_range_over_days_to_24_00_ends_at_the_last_days_end():
    """``22 Kasım Cumartesi 06.00'dan 23 Kasım Pazar 24.00'e kadar``: the last day is Sunday
    (``end``), and the feed ends the event at Monday 00:00 in its zone."""
    event = Event(
        "2025-11-22",
        "day",
        "Köprü bakımı",
        "closure",
        "planned",
        "…",
        end="2025-11-23",
        time="06:00",
        end_time="00:00",
        calendar=True,
    )
    stamp = datetime(2025, 10, 30, tzinfo=UTC)
    data = render_calendar(
        [StoredEvent("k1", event, [], created=stamp, updated=stamp)],
        FeedOptions(base_url="https://events.example.org"),
    )
    (vevent,) = Calendar.from_ical(data).walk("VEVENT")
    assert vevent.decoded("DTSTART").replace(tzinfo=None) == datetime(2025, 11, 22, 6, 0)
    assert vevent.decoded("DTEND").replace(tzinfo=None) == datetime(2025, 11, 24, 0, 0)
    assert vevent["DTEND"].params["TZID"] == "Europe/Istanbul"
