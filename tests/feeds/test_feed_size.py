"""Feeds and Google Calendar's limits (issue 17): the Google links subscribe to a feed under
1 MB and 1,000 events whatever the store holds; a larger feed says so (header, page line).

One store of 3,000 hand-built events (``bench/feed.py``: one every third day per place, from
2020 to early 2023), built once for the module; "today" is moved to see a window full of
events ahead and a store whose events are all long past.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from helpers import require, shared_tool
from icalendar import Calendar

from timeline import feedsize
from timeline.filters import Filter, span_of

ROOT = Path(__file__).resolve().parents[2]
EVENTS = 3000
BASE = "https://olaylar.example.org"


@pytest.fixture(scope="module")
def big_app(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from feed import analyses
    finally:
        sys.path.remove(str(ROOT / "bench"))
    from timeline.store import Store
    from web import create_app

    path = tmp_path_factory.mktemp("big") / "timeline.db"
    store = Store(path)
    store.add_analyses(analyses(EVENTS))
    assert store.count(Filter()) == EVENTS
    store.close()
    return create_app({"TESTING": True, "DATABASE": str(path), "BASE_URL": BASE})


def google_feed_path(client, query: str = "") -> str:
    """The feed the page's "Add to Google Calendar" button subscribes to (path and query)."""
    html = client.get("/" + query).get_data(as_text=True)
    start = html.index("https://calendar.google.com/calendar/r?")
    link = html[start : html.index('"', start)].replace("&amp;", "&")
    cid = parse_qs(urlsplit(link).query)["cid"][0]
    assert cid.startswith(BASE + "/calendar.ics?")
    return cid.removeprefix(BASE)


def events_of(body: bytes) -> list:
    return list(Calendar.from_ical(body).walk("VEVENT"))


@pytest.mark.parametrize(
    ("today", "ahead"),
    [("2021-06-01", True), ("2025-10-30", False)],
    ids=["window-too-full", "all-long-past"],
)
def test_google_link_feed_fits_whatever_the_store_holds(
    big_app, monkeypatch, tmp_path, today, ahead
):
    monkeypatch.setenv("TIMELINE_TODAY", today)
    client = big_app.test_client()
    whole = client.get("/calendar.ics")
    assert len(events_of(whole.data)) == EVENTS
    assert "3000 events" in whole.headers["X-Timeline-Feed-Size-Warning"]

    response = client.get(google_feed_path(client))
    assert response.status_code == 200
    assert "X-Timeline-Feed-Size-Warning" not in response.headers
    body = response.data
    vevents = events_of(body)
    assert 0 < len(vevents) < feedsize.MAX_EVENTS
    assert len(body) < feedsize.MAX_BYTES
    # The events nearest to today: every one left out is further away than every one kept.
    store = big_app.extensions["timeline.store"]
    kept = {str(v["UID"]).split("@")[0] for v in vevents}
    day = date.fromisoformat(today)
    ranks = {it.id: feedsize.rank(it, day)[:2] for it in store.events()}  # (window?, days)
    assert max(ranks[k] for k in kept) <= min(r for i, r in ranks.items() if i not in kept)
    firsts = [span_of(it)[0] for it in store.events_by_id(sorted(kept))]
    assert (max(firsts) >= day) is ahead
    # The description says what is left out.
    about = str(Calendar.from_ical(body)["DESCRIPTION"])
    assert f"{len(vevents)} olay" in about and f"{EVENTS - len(vevents)} olay" in about

    checker = shared_tool("ics-check")
    require(checker is not None, "ics-check", "see ../shared/tools/README.md")
    feed = tmp_path / "google.ics"
    feed.write_bytes(body)
    run = subprocess.run([str(checker), "--quiet", str(feed)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_page_says_the_feed_is_too_large_and_how_to_get_a_smaller_one(big_app):
    client = big_app.test_client()
    html = client.get("/?lang=en").get_data(as_text=True)
    assert 'class="note feed-size"' in html and "past_days=30" in html
    # A filter small enough gives no line, and its Google link keeps the filter.
    small = client.get("/?lang=en&who=Veli7").get_data(as_text=True)
    assert "feed-size" not in small
    assert "who=Veli7" in google_feed_path(client, "?who=Veli7")


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("past_days=0", 200),
        ("past_days=365", 200),
        ("past_days=-1", 400),
        ("past_days=zwei", 400),
        ("fit=apple", 400),
    ],
)
def test_past_days_gives_a_smaller_feed_and_bad_values_are_refused(
    big_app, monkeypatch, query, status
):
    monkeypatch.setenv("TIMELINE_TODAY", "2021-06-01")
    response = big_app.test_client().get(f"/calendar.ics?{query}")
    assert response.status_code == status
    if status == 200:
        # What lies ahead stays; the past is cut to the window.
        n = len(events_of(response.data))
        assert 0 < n < EVENTS
        assert ("X-Timeline-Feed-Size-Warning" in response.headers) == (n > feedsize.MAX_EVENTS)
    else:
        assert query.split("=")[0] in response.get_data(as_text=True)


def test_a_small_store_fills_the_google_feed_with_its_past(client):
    """The seeds: everything fits, nothing is left out, and the feed says so."""
    whole = events_of(client.get("/calendar.ics").data)
    fitted = client.get("/calendar.ics?fit=google")
    assert "X-Timeline-Feed-Size-Warning" not in fitted.headers
    assert len(events_of(fitted.data)) == len(whole) > 0
    about = str(Calendar.from_ical(fitted.data)["DESCRIPTION"])
    assert "dışarıda kalan olay yok" in about


def test_google_feed_keeps_a_bounded_past_when_asked(big_app, monkeypatch):
    """``past_days`` (or ``TIMELINE_FEED_PAST_DAYS``) bounds the Google feed too: no filling
    with events older than that."""
    monkeypatch.setenv("TIMELINE_TODAY", "2023-02-10")  # the last events: late January
    client = big_app.test_client()
    body = client.get("/calendar.ics?fit=google&past_days=20").data
    vevents = events_of(body)
    assert 0 < len(vevents) < 100
    store = big_app.extensions["timeline.store"]
    kept = store.events_by_id([str(v["UID"]).split("@")[0] for v in vevents])
    assert all(span_of(it)[1] >= date(2023, 1, 21) for it in kept)
    assert "son 20 gün" in str(Calendar.from_ical(body)["DESCRIPTION"])
