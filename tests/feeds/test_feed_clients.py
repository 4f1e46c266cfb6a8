"""Real clients on the rich store's feeds: ``ics-check`` (ical.js as in Thunderbird, libical as
in Evolution, python icalendar, vobject and RFC 5545 checks) on the whole, filtered, empty and
per-event feeds, served and as files; and the terminal calendar ``khal``."""

from __future__ import annotations

import subprocess

import pytest
from helpers import LiveServer, ics_check_tool, require, shared_tool
from khalclient import Khal

FILTERED = [
    "who=fidan",
    "where=moskova",
    "where=Kazakistan&upcoming=1",
    "status=cancelled",
    "type=konferans",
    "q=zirve",
    "from=2025-11&to=2025-12",
    "who=nobody",
    "who=fidan&lang=en",
]


def run_ics_check(tool, *inputs: str) -> str:
    result = subprocess.run(
        [str(tool), "--quiet", *inputs], capture_output=True, text=True, timeout=600
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "0 failed" in output
    return output


@pytest.mark.realclient
def test_ics_check_accepts_every_feed_of_the_rich_store(rich, rich_client, tmp_path):
    tool = ics_check_tool()
    files = []
    for n, query in enumerate(["", *FILTERED]):
        path = tmp_path / f"feed-{n}.ics"
        path.write_bytes(rich_client.get(f"/calendar.ics?{query}").data)
        files.append(path)
    for item in rich.store.events():
        if item.event.calendar:
            path = tmp_path / f"event-{item.id}.ics"
            path.write_bytes(rich_client.get(f"/events/{item.id}.ics").data)
            files.append(path)
    assert len(files) == 1 + len(FILTERED) + 12
    run_ics_check(tool, *map(str, files))


@pytest.mark.realclient
def test_ics_check_on_the_served_rich_feeds(rich_app):
    """Over HTTP: the content type and the 304s that a subscribing client relies on."""
    tool = ics_check_tool()
    with LiveServer(rich_app) as server:
        visit = next(
            it
            for it in rich_app.extensions["timeline.store"].events()
            if "Tokayev" in it.event.title
        )
        output = run_ics_check(
            tool,
            server.url + "/calendar.ics",
            server.url + "/calendar.ics?who=fidan",
            server.url + f"/events/{visit.id}.ics",
        )
    assert "FAIL" not in output


@pytest.mark.realclient
def test_khal_lists_the_events_on_their_days(rich_client, tmp_path):
    """Imported into khal in Berlin: timed events move into Berlin time (Moscow and Istanbul
    are UTC+3, Tehran UTC+3:30, Berlin UTC+1 in November), all-day and multi-day events keep
    their days, the cancelled event is there as cancelled, the postponed one on its new day."""
    feed = tmp_path / "feed.ics"
    feed.write_bytes(rich_client.get("/calendar.ics").data)
    khal = Khal(tmp_path / "khal", "Europe/Berlin")
    khal.import_feed(feed)
    rows = khal.events("2025-10-01", "2026-12-31")
    got = {
        (r["start"], r["start_time"], r["end"], r["end_time"], r["title"], r["status"])
        for r in rows
    }
    expected = {
        ("2025-10-09", "", "2025-10-09", "", "2. Orta Asya-Rusya Zirvesi", "CONFIRMED"),
        ("2025-10-22", "", "2025-10-22", "", "Lavrov ile Köşerbayev görüşmesi", "CONFIRMED"),
        ("2025-11-13", "12:00", "2025-11-13", "13:00", "Lavrov ile Fidan görüşmesi", "CONFIRMED"),
        ("2025-11-14", "07:00", "2025-11-14", "08:00", "Arakçi ile Fidan görüşmesi", "CONFIRMED"),
        ("2025-11-18", "", "2025-11-18", "", "Kavelashvili'nin Ankara'ya ziyareti", "CONFIRMED"),
        ("2025-11-20", "", "2025-11-20", "", "Tokayev'in Rusya'ya resmi ziyareti", "CONFIRMED"),
        ("2025-11-25", "13:00", "2025-11-25", "14:00", "Ankara güvenlik toplantısı", "CONFIRMED"),
        (
            "2025-12-03",
            "",
            "2025-12-03",
            "",
            "İptal: Türk Devletleri Teşkilatı zirvesi",
            "CANCELLED",
        ),
        ("2025-12-08", "", "2025-12-09", "", "Astana Yatırım Forumu", "CONFIRMED"),
        ("2026-06-15", "", "2026-06-15", "", "Astana forumu", "CONFIRMED"),
        ("2026-06-15", "", "2026-06-17", "", "İstanbul Enerji Konferansı", "CONFIRMED"),
        ("2026-08-12", "", "2026-08-12", "", "7. Hazar Ülkeleri Zirvesi", "TENTATIVE"),
    }
    assert got == expected
    assert len({r["uid"] for r in rows}) == 12
    middle = khal.events("2026-06-16", "2026-06-16", once=False)
    assert [(r["day"], r["title"]) for r in middle] == [
        ("2026-06-16", "İstanbul Enerji Konferansı")
    ]
    nothing = khal.events("2025-11-12", "2025-11-12", once=False)
    assert nothing == []  # the visit left its old day


@pytest.mark.browser
def test_page_check_on_an_event_page_with_its_feed_links(rich_app, rich):
    """The event page with its .ics, "add" and follow links, in Chromium (a11y, offline, phone
    layout)."""
    from helpers import chromium_path

    tool = shared_tool("page-check")
    require(tool is not None, "shared/tools/page-check", "run from a checkout beside shared/")
    require(chromium_path() is not None, "Chromium", "apt-get install chromium (see README)")
    item = rich.by_title("Arakçi")
    with LiveServer(rich_app) as server:
        result = subprocess.run(
            [
                str(tool),
                f"{server.url}/events/{item.id}?lang=tr",
                "--mobile",
                "--expect-text",
                "Takip et",
                ".ics indir",
                "Google Takvim'e ekle",
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
    assert result.returncode == 0, result.stdout + result.stderr
