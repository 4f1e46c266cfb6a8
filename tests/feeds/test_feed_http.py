"""The feeds over HTTP (Flask test client on the rich store): validators, 304s, HEAD, gzip,
names, notes, links, windows, per-event files, and the same bytes as ``timeline export``."""

from __future__ import annotations

import gzip
import re
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime

import pytest
from icalendar import Calendar

from timeline.cli import main


def vevents(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def http_date(value: datetime) -> str:
    return format_datetime(value.astimezone(UTC), usegmt=True)


def test_whole_feed_headers(rich, rich_client):
    r = rich_client.get("/calendar.ics")
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert re.fullmatch(r'"[0-9a-f]{32}"', r.headers["ETag"])
    stamp = rich.store.changed_at()
    assert stamp.microsecond == 0
    assert parsedate_to_datetime(r.headers["Last-Modified"]) == stamp
    assert r.headers["Cache-Control"] == "public, max-age=3600"
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in r.data  # the same hint
    assert {"Accept-Encoding", "Accept-Language"} <= set(r.headers["Vary"].split(", "))
    assert (
        r.headers["Content-Disposition"]
        == "attachment; filename=\"timeline.ics\"; filename*=UTF-8''timeline.ics"
    )
    assert "X-Timeline-Note" not in r.headers
    assert len(vevents(r.data)) == 12  # every day-precise event; the 2022 summit stays out


def test_conditional_requests(rich_client):
    r = rich_client.get("/calendar.ics")
    etag, modified = r.headers["ETag"], r.headers["Last-Modified"]
    for headers in (
        {"If-None-Match": etag},
        {"If-Modified-Since": modified},
        {"If-None-Match": f'"other", {etag}'},
        # a client that stored the gzip variant, asking without gzip
        {"If-None-Match": etag[:-1] + '-gz"'},
    ):
        again = rich_client.get("/calendar.ics", headers=headers)
        assert again.status_code == 304, headers
        assert again.data == b"" and again.headers["ETag"] == etag
        assert again.headers["Cache-Control"] == "public, max-age=3600"
    earlier = http_date(parsedate_to_datetime(modified) - timedelta(seconds=1))
    for headers in (
        {"If-None-Match": '"other"'},
        {"If-Modified-Since": earlier},
        # If-None-Match wins over If-Modified-Since (RFC 9110)
        {"If-None-Match": '"other"', "If-Modified-Since": modified},
    ):
        assert rich_client.get("/calendar.ics", headers=headers).status_code == 200, headers


def test_head(rich_client):
    get = rich_client.get("/calendar.ics?who=fidan")
    head = rich_client.head("/calendar.ics?who=fidan")
    assert head.status_code == 200 and head.data == b""
    for name in (
        "ETag",
        "Last-Modified",
        "Content-Length",
        "Content-Type",
        "Cache-Control",
        "Content-Disposition",
    ):
        assert head.headers[name] == get.headers[name], name
    assert (
        rich_client.head(
            "/calendar.ics", headers={"If-None-Match": get.headers["ETag"]}
        ).status_code
        == 200
    )  # another feed, another ETag


@pytest.mark.parametrize(
    ("accept", "compressed"),
    [
        ("gzip", True),
        ("gzip, deflate, br", True),
        ("br;q=1.0, gzip;q=0.8", True),
        ("*", True),
        ("gzip;q=0", False),
        ("identity", False),
        ("deflate", False),
        (None, False),
    ],
)
def test_gzip_when_accepted(rich_client, accept, compressed):
    plain = rich_client.get("/calendar.ics").data
    headers = {"Accept-Encoding": accept} if accept else {}
    r = rich_client.get("/calendar.ics", headers=headers)
    assert (r.headers.get("Content-Encoding") == "gzip") is compressed
    assert (gzip.decompress(r.data) if compressed else r.data) == plain
    if compressed:
        assert r.headers["ETag"].endswith('-gz"')
        assert rich_client.get("/calendar.ics", headers=headers).data == r.data
        again = rich_client.get(
            "/calendar.ics", headers={**headers, "If-None-Match": r.headers["ETag"]}
        )
        assert again.status_code == 304


def test_byte_identical_between_requests_and_apps(rich, rich_client):
    from web import create_app

    first = rich_client.get("/calendar.ics").data
    assert rich_client.get("/calendar.ics").data == first
    other = create_app({"TESTING": True, "DATABASE": rich.store.path}).test_client()
    assert other.get("/calendar.ics").data == first


def test_a_store_change_is_served_at_once(rich, rich_client, monkeypatch):
    """The cache key holds the store's change stamp: no stale feed after a change."""
    from richstore import hand_analysis

    before = rich_client.get("/calendar.ics")
    assert rich_client.get("/calendar.ics").data == before.data
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-29T10:00:00+00:00")
    rich.store.add_analyses(
        [
            hand_analysis(
                "baku",
                "2025-10-29T12:00:00+03:00",
                "Aliyev ile Fidan 30 Kasım'da Bakü'de görüşecek.",
                date="2025-11-30",
                title="Aliyev ile Fidan görüşmesi",
                location="Bakü",
                country="Azerbaycan",
                participants=["Cumhurbaşkanı İlham Aliyev"],
            )
        ]
    )
    after = rich_client.get("/calendar.ics", headers={"If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200
    assert b"Aliyev ile Fidan" in after.data and after.headers["ETag"] != before.headers["ETag"]
    assert parsedate_to_datetime(after.headers["Last-Modified"]) == datetime(
        2025, 10, 29, 10, 0, tzinfo=UTC
    )
    r = rich_client.get(
        "/calendar.ics", headers={"If-Modified-Since": before.headers["Last-Modified"]}
    )
    assert r.status_code == 200


def test_filtered_feed_is_named_after_its_filter(rich_client):
    r = rich_client.get("/calendar.ics?where=%C4%B0stanbul")  # İstanbul
    assert [str(e["SUMMARY"]) for e in vevents(r.data)] == ["İstanbul Enerji Konferansı"]
    assert r.headers["Content-Disposition"] == (
        'attachment; filename="timeline-where-istanbul.ics"; '
        "filename*=UTF-8''timeline-where-%C4%B0stanbul.ics"
    )
    cal = Calendar.from_ical(r.data)
    assert str(cal["X-WR-CALNAME"]).endswith("(nerede: İstanbul)")
    assert str(cal["URL"]) == "http://localhost/calendar.ics?where=%C4%B0stanbul"


def test_unknown_values_give_an_empty_valid_calendar_and_a_note(rich_client):
    r = rich_client.get("/calendar.ics?who=nobody&where=Atlantis&colour=red")
    assert r.status_code == 200 and r.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert vevents(r.data) == []
    assert r.headers["ETag"] and r.headers["Last-Modified"]
    note = r.headers["X-Timeline-Note"]
    assert "who='nobody': no event matches this value" in note
    assert "where='Atlantis': no event matches this value" in note
    assert "'colour': unknown parameter" in note
    about = str(Calendar.from_ical(r.data)["X-WR-CALDESC"])
    assert "who='nobody': bu değerle eşleşen olay yok" in about
    r = rich_client.get("/calendar.ics?who=fidan&where=astana")  # each matches, not together
    assert vevents(r.data) == []
    assert r.headers["X-Timeline-Note"] == "No calendar event matches these filters."
    r = rich_client.get("/calendar.ics?who=%C3%96%C4%9F%C3%BCt")  # Öğüt: a non-ASCII value
    assert r.headers["X-Timeline-Note"] == "who='%C3%96%C4%9F%C3%BCt': no event matches this value"


@pytest.mark.parametrize(
    "query",
    ["from=yesterday", "to=2025-13-45", "from=2026&to=2025", "upcoming=maybe", "q=" + "x" * 201],
)
def test_bad_parameters_are_400_json(rich_client, query):
    r = rich_client.get(f"/calendar.ics?{query}")
    assert r.status_code == 400
    body = r.get_json()
    assert body["ok"] is False and body["status"] == 400 and body["error"]
    assert query.split("=")[0] in body["error"]


def test_links_from_the_configured_base_url(rich_app):
    rich_app.config["BASE_URL"] = "https://takvim.example.org"
    client = rich_app.test_client()
    html = client.get("/?who=fidan").get_data(as_text=True)
    assert 'href="webcal://takvim.example.org/calendar.ics?who=fidan"' in html
    assert "cid=https%3A%2F%2Ftakvim.example.org%2Fcalendar.ics%3Fwho%3Dfidan" in html
    assert 'value="https://takvim.example.org/calendar.ics?who=fidan"' in html
    assert "yalnızca https" not in html  # Google can subscribe
    data = client.get("/calendar.ics").data
    assert b"URL:https://takvim.example.org/events/" in data


def test_links_from_the_request_host(rich_client):
    headers = {"Host": "takvim.local:8080"}
    html = rich_client.get("/", headers=headers).get_data(as_text=True)
    assert 'href="webcal://takvim.local:8080/calendar.ics"' in html
    assert "yalnızca https" in html  # http only: the page says Google cannot subscribe
    data = rich_client.get("/calendar.ics", headers=headers).data
    assert b"URL:http://takvim.local:8080/calendar.ics" in data


def test_the_event_page_links_its_file_add_links_and_feeds_to_follow(rich, rich_client):
    item = rich.by_title("Arakçi")
    html = rich_client.get(f"/events/{item.id}").get_data(as_text=True)
    assert f'href="/events/{item.id}.ics"' in html
    assert "calendar.google.com/calendar/render?action=TEMPLATE" in html
    assert "ctz=Asia%2FTehran" in html and "dates=20251114T093000%2F20251114T103000" in html
    assert "outlook.live.com/calendar/0/deeplink/compose" in html
    assert "startdt=2025-11-14T06%3A00%3A00Z" in html  # 09:30 in Tehran, in UTC
    assert 'href="webcal://localhost/calendar.ics?who=Fidan"' in html
    assert 'href="webcal://localhost/calendar.ics?where=Tahran"' in html


def test_past_window(rich_app):
    rich_app.config["FEED_PAST_DAYS"] = 10
    client = rich_app.test_client()
    r = client.get("/calendar.ics")
    titles = {str(e["SUMMARY"]) for e in vevents(r.data)}
    assert "Lavrov ile Köşerbayev görüşmesi" in titles  # 8 days before TIMELINE_TODAY
    assert "2. Orta Asya-Rusya Zirvesi" not in titles  # 21 days before
    # The window moves with the day, so the day is the feed's last change at least.
    assert parsedate_to_datetime(r.headers["Last-Modified"]) == datetime(2025, 10, 30, tzinfo=UTC)


def test_upcoming_feed_changes_with_the_day(rich_client, monkeypatch):
    r = rich_client.get("/calendar.ics?upcoming=1")
    assert "Lavrov ile Fidan görüşmesi" in {str(e["SUMMARY"]) for e in vevents(r.data)}
    monkeypatch.setenv("TIMELINE_TODAY", "2025-11-15")
    later = rich_client.get(
        "/calendar.ics?upcoming=1",
        headers={
            "If-Modified-Since": r.headers["Last-Modified"],
            "If-None-Match": r.headers["ETag"],
        },
    )
    assert later.status_code == 200
    assert "Lavrov ile Fidan görüşmesi" not in {str(e["SUMMARY"]) for e in vevents(later.data)}
    assert parsedate_to_datetime(later.headers["Last-Modified"]) == datetime(
        2025, 11, 15, tzinfo=UTC
    )


def _block(data: bytes, uid: str) -> bytes:
    for block in re.findall(rb"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", data, re.S):
        if f"UID:{uid}\r\n".encode() in block:
            return block
    raise AssertionError(uid)


def test_per_event_files(rich, rich_client):
    feed = rich_client.get("/calendar.ics").data
    in_feed = [it for it in rich.store.events() if it.event.calendar]
    assert len(in_feed) == 12
    for item in in_feed:
        r = rich_client.get(f"/events/{item.id}.ics")
        assert r.status_code == 200 and r.headers["Content-Type"] == "text/calendar; charset=utf-8"
        (event,) = vevents(r.data)
        assert str(event["UID"]) == item.uid
        assert _block(r.data, item.uid) == _block(feed, item.uid)  # the same VEVENT
        assert parsedate_to_datetime(r.headers["Last-Modified"]) == item.updated
        assert r.headers["Content-Disposition"].startswith('attachment; filename="')
        again = rich_client.get(
            f"/events/{item.id}.ics", headers={"If-None-Match": r.headers["ETag"]}
        )
        assert again.status_code == 304
    visit = rich.by_title("Tokayev")
    r = rich_client.get(f"/events/{visit.id}.ics")
    assert r.headers["Content-Disposition"] == (
        'attachment; filename="tokayevin-rusyaya-resmi-ziyareti.ics"; '
        "filename*=UTF-8''Tokayev%27in%20Rusya%27ya%20resmi%20ziyareti.ics"
    )
    assert rich_client.head(f"/events/{visit.id}.ics").data == b""


def test_per_event_file_of_an_event_without_a_day_is_404(rich, rich_client):
    year_only = rich.by_title("Astana zirvesi")
    r = rich_client.get(f"/events/{year_only.id}.ics")
    assert r.status_code == 404
    assert "known only to the year" in r.get_json()["error"]
    assert rich_client.get("/events/nope.ics").status_code == 404


@pytest.mark.parametrize(
    "filters", [[], ["who=fidan"], ["where=Kazakistan", "upcoming=1"], ["who=nobody"]]
)
@pytest.mark.parametrize("lang", ["tr", "en"])
def test_export_gives_the_served_bytes(rich, rich_app, capsysbinary, monkeypatch, filters, lang):
    monkeypatch.setenv("TIMELINE_FEED_PAST_DAYS", "15")
    from web import create_app

    app = create_app(
        {"TESTING": True, "DATABASE": rich.store.path, "BASE_URL": "https://takvim.example.org"}
    )
    query = "&".join([*filters, f"lang={lang}"])
    served = app.test_client().get(f"/calendar.ics?{query}").data
    args = [
        "--db",
        rich.store.path,
        "export",
        "--format",
        "ics",
        "--lang",
        lang,
        "--base-url",
        "https://takvim.example.org",
    ]
    for item in filters:
        args += ["--filter", item]
    main(args)
    assert capsysbinary.readouterr().out == served


@pytest.mark.parametrize("host", ["a b", 'x"y', "evil.example/path", "é.example"])
def test_an_invalid_host_header_still_gives_valid_links(rich_client, host):
    r = rich_client.get("/calendar.ics", headers={"Host": host})
    assert r.status_code == 200
    assert b"URL:http://localhost/calendar.ics\r\n" in r.data
    assert len(vevents(r.data)) == 12
