"""Round trips through the real pipeline: an article is updated (the visit is postponed to a new
day) or a second outlet reports a cancellation; the feed keeps one event with the same UID, the
new date or status and a higher SEQUENCE, and a subscribed client follows."""

from __future__ import annotations

import shutil

import pytest
from helpers import ingest
from icalendar import Calendar
from khalclient import Khal
from richstore import ARTICLES

from web import create_app


def feed_events(client, query: str = "") -> list:
    return list(Calendar.from_ical(client.get(f"/calendar.ics?{query}").data).walk("VEVENT"))


def only(events: list, word: str):
    found = [e for e in events if word in str(e["SUMMARY"])]
    assert len(found) == 1, [str(e["SUMMARY"]) for e in events]
    return found[0]


@pytest.fixture
def visit_article(tmp_path):
    path = tmp_path / "haber" / "ziyaret.txt"
    path.parent.mkdir()
    shutil.copyfile(ARTICLES / "visit_planned.txt", path)
    return path


def test_a_postponed_visit_keeps_its_uid_with_a_higher_sequence(store, visit_article, monkeypatch):
    client = create_app({"TESTING": True, "DATABASE": store.path}).test_client()
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-20T08:00:00+00:00")
    ingest(store, [str(visit_article)])
    before = client.get("/calendar.ics")
    old = only(feed_events(client), "Tokayev")
    assert str(old["DTSTART"].to_ical(), "ascii") == "20251112" and old["SEQUENCE"] == 0

    # The outlet updates the article: the visit is postponed to 20 November.
    shutil.copyfile(ARTICLES / "visit_postponed.txt", visit_article)
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-28T09:00:00+00:00")
    counts = ingest(store, [str(visit_article)])
    assert counts["updated"] == 1

    after = client.get("/calendar.ics", headers={"If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200
    events = list(Calendar.from_ical(after.data).walk("VEVENT"))
    new = only(events, "Tokayev")
    assert len(events) == 1
    assert str(new["UID"]) == str(old["UID"])
    assert new["SEQUENCE"] > old["SEQUENCE"]
    assert str(new["DTSTART"].to_ical(), "ascii") == "20251120"
    assert str(new["DTEND"].to_ical(), "ascii") == "20251121"
    assert str(new["DTSTAMP"].to_ical(), "ascii") == "20251028T090000Z"
    assert str(new["LAST-MODIFIED"].to_ical(), "ascii") == "20251028T090000Z"
    assert "ertelendi 12 Kasım 2025 → 20 Kasım 2025" in str(new["DESCRIPTION"])
    assert feed_events(client, "from=2025-11-12&to=2025-11-12")[0]["UID"] == new["UID"]

    # The same article once more changes nothing: the same bytes, validators and 304s.
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-29T09:00:00+00:00")
    assert ingest(store, [str(visit_article)])["unchanged"] == 1
    again = client.get("/calendar.ics")
    assert again.data == after.data and again.headers["ETag"] == after.headers["ETag"]
    assert again.headers["Last-Modified"] == after.headers["Last-Modified"]
    assert (
        client.get(
            "/calendar.ics", headers={"If-Modified-Since": after.headers["Last-Modified"]}
        ).status_code
        == 304
    )


def test_a_cancelled_summit_stays_in_the_feed_as_cancelled(store, monkeypatch):
    client = create_app({"TESTING": True, "DATABASE": store.path}).test_client()
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-21T08:00:00+00:00")
    ingest(store, [str(ARTICLES / "summit_planned.json")])
    planned = only(feed_events(client), "Türk Devletleri")
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-27T15:00:00+00:00")
    ingest(store, [str(ARTICLES / "summit_cancelled.json")])
    events = feed_events(client)
    cancelled = only(events, "Türk Devletleri")
    assert len(events) == 1
    assert str(cancelled["UID"]) == str(planned["UID"])
    assert (str(planned["STATUS"]), str(cancelled["STATUS"])) == ("CONFIRMED", "CANCELLED")
    assert cancelled["SEQUENCE"] == planned["SEQUENCE"] + 1
    assert str(cancelled["SUMMARY"]) == "İptal: Türk Devletleri Teşkilatı zirvesi"
    desc = str(cancelled["DESCRIPTION"])
    # Both outlets, with their original article URLs.
    assert (
        "Örnek Haber: Türk Devletleri zirvesi Bakü'de toplanacak (2025-10-21)\n"
        "  https://haber.example/dunya/turk-devletleri-zirvesi" in desc
    )
    assert (
        "Gazete Örnek: Bakü zirvesi iptal edildi (2025-10-27)\n"
        "  https://gazete.example/2025/10/27/baku-zirvesi-iptal" in desc
    )


@pytest.mark.realclient
def test_a_subscribed_client_follows_the_postponement(store, visit_article, monkeypatch, tmp_path):
    """khal gets the feed before and after the update (as a subscription refreshes it): one
    event, moved to its new day."""
    client = create_app({"TESTING": True, "DATABASE": store.path}).test_client()
    khal = Khal(tmp_path / "khal", "Europe/Istanbul")
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-20T08:00:00+00:00")
    ingest(store, [str(visit_article)])
    first = tmp_path / "first.ics"
    first.write_bytes(client.get("/calendar.ics").data)
    khal.import_feed(first)
    (row,) = khal.events("2025-11-01", "2025-11-30")
    assert row["start"] == "2025-11-12"
    shutil.copyfile(ARTICLES / "visit_postponed.txt", visit_article)
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-28T09:00:00+00:00")
    ingest(store, [str(visit_article)])
    second = tmp_path / "second.ics"
    second.write_bytes(client.get("/calendar.ics").data)
    khal.import_feed(second)
    (moved,) = khal.events("2025-11-01", "2025-11-30")
    assert moved["start"] == "2025-11-20" and moved["uid"] == row["uid"]
    assert moved["title"] == "Tokayev'in Rusya'ya resmi ziyareti"
