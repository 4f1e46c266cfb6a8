"""Subscribe, follow and "add to calendar" links (web/links.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest

from timeline.filters import parse
from timeline.model import Event, Source, StoredEvent
from web.links import add_links, feed_links, follow_links

BASE = "https://takvim.example.org"


def stored(**fields) -> StoredEvent:
    base = dict(
        date="2025-11-12",
        granularity="day",
        title="Zirve",
        type="summit",
        status="planned",
        quote="Zirve 12 Kasım'da yapılacak.",
        calendar=True,
        location="Bakü",
        country="Azerbaycan",
    )
    base.update(fields)
    src = Source(
        "d1", "a.txt", "Başlık", "2025-10-09", "…", "https://haber.example/a", "Örnek Haber"
    )
    stamp = datetime(2025, 10, 30, tzinfo=UTC)
    return StoredEvent("e1", Event(**base), [src], created=stamp, updated=stamp)


def query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def test_feed_links_of_a_filtered_https_feed():
    links = feed_links(BASE, parse({"who": "Köşerbayev", "where": "Moskova"}), "Zaman Çizelgesi")
    assert links["https"] == f"{BASE}/calendar.ics?where=Moskova&who=K%C3%B6%C5%9Ferbayev"
    assert links["webcal"] == links["https"].replace("https://", "webcal://")
    # Google gets the version cut to its limits (issue 17), with the same filter.
    assert links["fitted"] == links["https"] + "&fit=google"
    assert query(links["google"]) == {"cid": links["fitted"]}
    assert query(links["outlook"]) == {"url": links["webcal"], "name": "Zaman Çizelgesi"}
    assert links["secure"] is True
    english = feed_links(BASE, None, lang="en")
    assert english["https"] == f"{BASE}/calendar.ics?lang=en"


def test_feed_links_over_plain_http():
    links = feed_links("http://127.0.0.1:8000", None)
    assert links["webcal"] == "webcal://127.0.0.1:8000/calendar.ics"
    assert links["secure"] is False
    # Google subscribes to https only: over http its link can only carry the webcal address.
    assert query(links["google"]) == {"cid": "webcal://127.0.0.1:8000/calendar.ics?fit=google"}


def test_follow_links_use_surnames_and_places():
    item = stored(participants=["Azerbaycan Cumhurbaşkanı İlham Aliyev", "Aliyev"])
    got = [(f["param"], f["value"], f["links"]["https"]) for f in follow_links(BASE, item)]
    assert got == [
        ("who", "Aliyev", f"{BASE}/calendar.ics?who=Aliyev"),
        ("where", "Bakü", f"{BASE}/calendar.ics?where=Bak%C3%BC"),
        ("where", "Azerbaycan", f"{BASE}/calendar.ics?where=Azerbaycan"),
    ]


@pytest.mark.parametrize(
    ("fields", "google_dates", "ctz", "outlook"),
    [
        ({}, "20251112/20251113", None, ("2025-11-12", "2025-11-13", "true")),
        ({"end": "2025-11-14"}, "20251112/20251115", None, ("2025-11-12", "2025-11-15", "true")),
        (
            {"time": "14:00", "timezone": "Asia/Baku"},
            "20251112T140000/20251112T150000",
            "Asia/Baku",
            ("2025-11-12T10:00:00Z", "2025-11-12T11:00:00Z", "false"),
        ),
        # postponed to a month: the links follow the feed (its original day)
        (
            {"date": "2025-12", "granularity": "month", "replaces": ("2025-11-12", None)},
            "20251112/20251113",
            None,
            ("2025-11-12", "2025-11-13", "true"),
        ),
    ],
)
def test_add_links_follow_the_feed(fields, google_dates, ctz, outlook):
    links = add_links(BASE, stored(**fields))
    g = query(links["google"])
    assert g["dates"] == google_dates and g.get("ctz") == ctz
    assert g["location"] == "Bakü, Azerbaycan"
    assert f"{BASE}/events/e1" in g["details"] and "Örnek Haber" in g["details"]
    o = query(links["outlook"])
    assert (o["startdt"], o["enddt"], o["allday"]) == outlook


def test_add_links_mark_a_cancelled_event_and_skip_an_undated_one():
    links = add_links(BASE, stored(status="cancelled"), "en")
    assert query(links["google"])["text"] == "Cancelled: Zirve"
    assert add_links(BASE, stored(date="2025", granularity="year", calendar=False)) == {}
