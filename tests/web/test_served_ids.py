"""The web app pins the event ids its successful answers name (issue 18, point 10): feeds,
pages, the JSON API and the write API; failed answers pin nothing; a cached rendering pins
again; a served id survives an earlier report that would name its event otherwise."""

from __future__ import annotations

from icalendar import Calendar

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _unpin_all(store, client=None) -> None:
    """Forget every pin, in the store and in the app's memory of what it pinned."""
    store.connection.execute("DELETE FROM served")
    if client is not None:
        client.application.extensions["timeline.pinned"].clear()


def _shown_ids(store) -> set[str]:
    return {e.id for e in store.events()}


def test_nothing_is_pinned_before_anything_is_served(client, seeded_store):
    assert seeded_store.pinned() == set()
    assert client.get("/lists").status_code == 200
    assert client.get("/healthz").status_code == 200
    assert seeded_store.pinned() == set()


def test_the_feed_pins_the_uids_it_serves_and_again_from_its_cache(client, seeded_store):
    r = client.get("/calendar.ics")
    uids = {str(v["UID"]).partition("@")[0] for v in Calendar.from_ical(r.data).walk("VEVENT")}
    assert uids and seeded_store.pinned() == uids
    _unpin_all(seeded_store, client)
    assert client.get("/calendar.ics").data == r.data  # from the feed cache
    assert seeded_store.pinned() == uids
    _unpin_all(seeded_store, client)
    client.head("/calendar.ics")
    assert seeded_store.pinned() == uids


def test_pages_and_the_api_pin_what_they_show(client, seeded_store):
    assert client.get("/").status_code == 200
    assert seeded_store.pinned() == _shown_ids(seeded_store)
    _unpin_all(seeded_store, client)
    assert client.get("/").status_code == 200  # from the page cache
    assert seeded_store.pinned() == _shown_ids(seeded_store)
    _unpin_all(seeded_store, client)
    one = sorted(_shown_ids(seeded_store))[0]
    assert client.get(f"/api/events/{one}").status_code == 200
    assert seeded_store.pinned() == {one}
    _unpin_all(seeded_store, client)
    client.get(f"/events/{one}")
    assert seeded_store.pinned() == {one}
    _unpin_all(seeded_store, client)
    client.get("/api/events?limit=2")
    assert len(seeded_store.pinned()) == 2
    for path in ("/api/timelinejs.json", "/events.atom", "/sitemap.xml"):
        _unpin_all(seeded_store, client)
        assert client.get(path).status_code == 200, path
        assert seeded_store.pinned() and seeded_store.pinned() <= _shown_ids(seeded_store)


def test_failed_answers_pin_nothing(client, seeded_store):
    assert client.get("/api/events/0000000000000000").status_code == 404
    assert client.get("/api/events?limit=x").status_code == 400
    assert seeded_store.pinned() == set()


def test_write_answers_pin_the_events_they_return(store):
    from web import create_app

    client = create_app({"TESTING": True, "DATABASE": store.path, "API_TOKEN": TOKEN}).test_client()
    record = {
        "title": "Konser haberi",
        "published": "2025-10-01T09:00:00+03:00",
        "text": "Konser 12 Kasım'da İzmir'de yapılacak.",
        "url": "https://haber.example/konser",
    }
    r = client.post("/api/documents", json=record, headers=AUTH)
    assert r.status_code == 201
    named = {e["id"] for d in r.json["documents"] for e in d["events"]}
    assert named and store.pinned() == named
    refused = client.post("/api/documents", json={"title": "x"}, headers=AUTH)
    assert refused.status_code == 400 and store.pinned() == named


def test_a_served_uid_survives_an_earlier_report(store):
    from web import create_app

    client = create_app({"TESTING": True, "DATABASE": store.path, "API_TOKEN": TOKEN}).test_client()

    def post(published: str, url: str) -> None:
        record = {
            "title": "Konser haberi",
            "published": published,
            "text": "Konser 12 Kasım'da İzmir'de yapılacak.",
            "url": url,
        }
        assert client.post("/api/documents", json=record, headers=AUTH).status_code == 201

    def feed_uids() -> set[str]:
        cal = Calendar.from_ical(client.get("/calendar.ics").data)
        return {str(v["UID"]) for v in cal.walk("VEVENT")}

    post("2025-10-05T09:00:00+03:00", "https://haber.example/later")
    served = feed_uids()
    assert len(served) == 1
    post("2025-10-01T09:00:00+03:00", "https://haber.example/earlier")  # the first report now
    assert feed_uids() == served
    assert len(store.events()[0].sources) == 2


def test_a_feed_polled_again_does_not_pin_again(client, seeded_store, monkeypatch):
    calls: list[int] = []
    store = client.application.extensions["timeline.store"]
    original = store.pin

    def counting(ids):
        calls.append(len(ids))
        return original(ids)

    monkeypatch.setattr(store, "pin", counting)
    for _ in range(3):
        assert client.get("/calendar.ics").status_code == 200
    assert len(calls) == 1 and calls[0] > 0


def test_export_and_publish_pin_what_they_write(capsys, tmp_path, seeded_store):
    import json

    from helpers import run_cli

    from web.publish import publish

    code, out, _ = run_cli(capsys, "--db", seeded_store.path, "export", "--format", "json")
    assert code == 0
    assert seeded_store.pinned() == {e["id"] for e in json.loads(out)["events"]}
    _unpin_all(seeded_store)
    publish(seeded_store.path, tmp_path / "site", "https://takvim.example.org")
    assert seeded_store.pinned() == _shown_ids(seeded_store)
