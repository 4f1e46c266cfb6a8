"""Every route through Flask's test client: status, type, content, errors."""

from __future__ import annotations

import gzip

from icalendar import Calendar


def _events(client):
    return client.get("/api/events").get_json()["events"]


def test_timeline_page(client):
    r = client.get("/")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert '<html lang="tr">' in html
    for title in (
        "2. Orta Asya-Rusya Zirvesi",
        "Lavrov ile Köşerbayev görüşmesi",
        "Tokayev&#39;in Rusya&#39;ya resmi ziyareti",
        "7. Hazar Ülkeleri Zirvesi",
    ):
        assert title in html
    # Year- and month-precise items are shown at their precision; the today line sits between
    # the past and the upcoming events (TIMELINE_TODAY=2025-10-30).
    assert ">2022<" in html
    assert html.index("Lavrov ile") < html.index('id="today"') < html.index("Tokayev&#39;in")
    assert "webcal://localhost/calendar.ics" in html
    assert "calendar.google.com/calendar/r?cid=" in html
    assert "/events/" in html and ".ics" in html


def test_security_headers(client):
    r = client.get("/")
    csp = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_feed(client):
    r = client.get("/calendar.ics")
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert r.headers["ETag"] and r.headers["Last-Modified"]
    assert "filename=" in r.headers["Content-Disposition"]
    assert r.headers["Cache-Control"] == "public, max-age=3600"
    events = list(Calendar.from_ical(r.data).walk("VEVENT"))
    assert len(events) == 4


def test_feed_conditional_requests(client):
    r = client.get("/calendar.ics")
    fresh = client.get("/calendar.ics", headers={"If-None-Match": r.headers["ETag"]})
    assert fresh.status_code == 304
    r2 = client.get("/calendar.ics", headers={"If-Modified-Since": r.headers["Last-Modified"]})
    assert r2.status_code == 304
    assert client.get("/calendar.ics", headers={"If-None-Match": '"other"'}).status_code == 200


def test_feed_head_and_gzip(client):
    head = client.head("/calendar.ics")
    assert head.status_code == 200 and head.data == b""
    r = client.get("/calendar.ics", headers={"Accept-Encoding": "gzip"})
    assert r.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(r.data) == client.get("/calendar.ics").data
    assert "Accept-Encoding" in r.headers["Vary"]


def test_feed_is_byte_identical_between_requests(client):
    assert client.get("/calendar.ics").data == client.get("/calendar.ics").data


def test_base_url_from_config(app):
    app.config["BASE_URL"] = "https://events.example.org"
    client = app.test_client()
    assert b"URL:https://events.example.org/calendar.ics" in client.get("/calendar.ics").data
    assert "webcal://events.example.org/calendar.ics" in client.get("/").get_data(as_text=True)


def test_filtered_feed_and_unknown_values(client):
    r = client.get("/calendar.ics?who=tokayev")
    (event,) = Calendar.from_ical(r.data).walk("VEVENT")
    assert "Tokayev" in str(event["SUMMARY"])
    r = client.get("/calendar.ics?who=nobody")
    assert r.status_code == 200
    assert list(Calendar.from_ical(r.data).walk("VEVENT")) == []
    assert "no event matches" in r.headers["X-Timeline-Note"]


def test_event_page(client):
    visit = next(e for e in _events(client) if e["type"] == "visit")
    r = client.get(f"/events/{visit['id']}")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "12 Kasım 2025" in html
    assert html.count("<blockquote>") == 2  # two sources, each with its quote
    assert "/documents/" in html


def test_event_ics(client):
    visit = next(e for e in _events(client) if e["type"] == "visit")
    r = client.get(f"/events/{visit['id']}.ics")
    assert r.status_code == 200
    (event,) = Calendar.from_ical(r.data).walk("VEVENT")
    assert str(event["UID"]) == visit["uid"]


def test_unknown_event_is_404(client):
    r = client.get("/events/does-not-exist")
    assert r.status_code == 404
    assert "does-not-exist" in r.get_data(as_text=True)
    r = client.get("/events/does-not-exist.ics")
    assert r.status_code == 404 and r.get_json()["ok"] is False
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/documents/nope").status_code == 404


def test_document_view_highlights_dates(client):
    visit = next(e for e in _events(client) if e["type"] == "visit")
    doc_id = visit["sources"][0]["document"]
    r = client.get(f"/documents/{doc_id}")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert 'data-value="2025-11-12"' in html
    assert 'class="metadata"' in html  # the header line, shown apart


def test_api_events(client):
    data = client.get("/api/events").get_json()
    assert data["count"] == 5
    keys = {
        "id",
        "uid",
        "date",
        "end",
        "time",
        "granularity",
        "title",
        "type",
        "location",
        "participants",
        "status",
        "calendar",
        "quote",
        "sources",
    }
    assert keys <= set(data["events"][0])
    visit = next(e for e in data["events"] if e["type"] == "visit")
    assert len(visit["sources"]) == 2


def test_api_filters(client):
    assert client.get("/api/events?where=moskova").get_json()["count"] == 1
    assert client.get("/api/events?where=MOSKOVA").get_json()["count"] == 1
    assert client.get("/api/events?where=Tacikistan").get_json()["count"] == 1
    assert client.get("/api/events?status=proposed").get_json()["count"] == 1
    assert client.get("/api/events?from=2025-11&to=2026").get_json()["count"] == 2
    assert client.get("/api/events?upcoming=1").get_json()["count"] == 2


def test_bad_parameters_are_400_not_500(client):
    for url in (
        "/api/events?from=yesterday",
        "/calendar.ics?to=2025-13-45",
        "/api/events?from=2026&to=2025",
    ):
        r = client.get(url)
        assert r.status_code == 400, url
        assert r.get_json()["error"]
    assert client.get("/?from=nope").status_code == 400


def test_healthz(client):
    data = client.get("/healthz").get_json()
    assert data["ok"] is True and data["events"] == 5 and data["documents"] == 2


def test_method_not_allowed_is_clean(client):
    r = client.post("/calendar.ics")
    assert r.status_code == 405


def test_language_switch(client):
    r = client.get("/", headers={"Accept-Language": "en-US,en;q=0.9"})
    assert '<html lang="en">' in r.get_data(as_text=True)
    assert "12 November 2025" in r.get_data(as_text=True)
    r = client.get("/?lang=tr", headers={"Accept-Language": "en"})
    assert '<html lang="tr">' in r.get_data(as_text=True)
    assert "timeline_lang=tr" in r.headers["Set-Cookie"]


def test_english_page_and_feed_name_places_in_english(client):
    visit = next(e for e in _events(client) if e["type"] == "visit")
    assert (visit["location"], visit["country"]) == ("Rusya", "Rusya")
    page = client.get(f"/events/{visit['id']}?lang=en").get_data(as_text=True)
    assert "Russia" in page
    english = client.get("/?lang=en").get_data(as_text=True)  # the facets
    assert ">Moscow</a>" in english and ">Russia</a>" in english
    assert ">Moskova</a>" not in english and ">Rusya</a>" not in english
    turkish = client.get("/?lang=tr").get_data(as_text=True)
    assert ">Moskova</a>" in turkish and ">Rusya</a>" in turkish
    turkish = client.get(f"/events/{visit['id']}?lang=tr").get_data(as_text=True)
    assert "Rusya" in turkish
    for lang, want in [
        ("en", {"Dushanbe, Tajikistan", "Moscow, Russia", "Russia", "Tehran, Iran"}),
        ("tr", {"Duşanbe, Tacikistan", "Moskova, Rusya", "Rusya", "Tahran, İran"}),
    ]:
        feed = client.get(f"/calendar.ics?lang={lang}").data
        events = Calendar.from_ical(feed).walk("VEVENT")
        assert {str(e["LOCATION"]) for e in events} == want
        for e in events:
            if "," in str(e["LOCATION"]):  # a city: a point on Apple's map, titled alike
                assert e["X-APPLE-STRUCTURED-LOCATION"].params["X-TITLE"] == str(e["LOCATION"])
