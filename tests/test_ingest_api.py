"""``POST /api/documents`` and ``DELETE /api/documents/<id>``: the token, the size limit, content
types, status codes, and withdrawn events that stay in the feed as cancelled."""

from __future__ import annotations

import http.client
import io
import json

import pytest
from helpers import LiveServer
from icalendar import Calendar
from ingestkit import article

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def api_app(store):
    from web import create_app

    return create_app(
        {"TESTING": True, "DATABASE": store.path, "API_TOKEN": TOKEN, "UPLOAD_MAX_BYTES": 64 * 1024}
    )


@pytest.fixture
def api(api_app):
    return api_app.test_client()


def record(i: int, version: int = 1, **extra) -> dict:
    text = article(i, version)
    header, _, body = text.partition("\n\n")
    title, _, body = body.partition("\n")
    return {
        "title": title,
        "published": header.split()[1],
        "text": body,
        "url": f"https://haber.example/{i}",
        **extra,
    }


def feed_events(client) -> dict[str, tuple[str, int]]:
    cal = Calendar.from_ical(client.get("/calendar.ics").data)
    return {str(v["UID"]): (str(v.get("STATUS")), int(v["SEQUENCE"])) for v in cal.walk("VEVENT")}


def test_write_api_is_off_without_a_token(store):
    from web import create_app

    client = create_app({"TESTING": True, "DATABASE": store.path}).test_client()
    r = client.post("/api/documents", json=record(1), headers=AUTH)
    assert r.status_code == 403 and "TIMELINE_TOKEN" in r.json["error"]
    assert client.delete("/api/documents/x", headers=AUTH).status_code == 403


@pytest.mark.parametrize("variable", ["TIMELINE_TOKEN", "TIMELINE_API_TOKEN"])
def test_token_from_the_environment(store, monkeypatch, variable):
    from web import create_app

    monkeypatch.setenv(variable, TOKEN)
    client = create_app({"TESTING": True, "DATABASE": store.path}).test_client()
    assert client.post("/api/documents", json=record(1), headers=AUTH).status_code == 201


@pytest.mark.parametrize(
    "header", [None, "Bearer wrong", "Basic czNjcmV0", f"Bearer {TOKEN}x", "Bearer şifre"]
)
def test_401_without_the_right_token(api, header):
    headers = {"Authorization": header.encode().decode("latin-1")} if header else {}
    r = api.post("/api/documents", json=record(1), headers=headers)
    assert r.status_code == 401 and "Bearer" in r.json["error"]
    assert api.get("/api/documents").json["documents"] == []


def test_201_new_200_unchanged_200_updated(api):
    r = api.post("/api/documents", json=record(3), headers=AUTH)
    assert r.status_code == 201, r.json
    [doc] = r.json["documents"]
    assert doc["status"] == "added" and r.headers["Location"] == doc["url"]
    [event] = doc["events"]
    assert event["title"] == "3. Konya Kitap Fuarı" and event["date"] == "2025-11-04"
    r = api.post("/api/documents", json=record(3), headers=AUTH)
    assert r.status_code == 200 and r.json["documents"][0]["status"] == "unchanged"
    r = api.post("/api/documents", json=record(3, version=2), headers=AUTH)
    assert r.status_code == 200 and r.json["updated"] == 1
    assert r.json["documents"][0]["events"][0]["date"] == "2025-11-05"
    assert r.json["documents"][0]["events"][0]["sequence"] == 1
    assert len(api.get("/api/events").json["events"]) == 1


def test_a_list_reports_each_article(api):
    bad = record(5, published="31.02.2025")
    r = api.post("/api/documents", json=[record(4), bad, {"title": "metinsiz"}], headers=AUTH)
    assert r.status_code == 201
    assert (r.json["added"], r.json["refused"]) == (1, 2)
    statuses = [d["status"] for d in r.json["documents"]]
    assert statuses == ["added", "refused", "refused"]
    assert "31.02.2025" in r.json["documents"][1]["error"]
    assert "no article text" in r.json["documents"][2]["error"]


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b'{"title": "x", ', "application/json", "invalid JSON"),
        (b'{"title": "x"}', "application/json", "no article text"),
        (b"", "application/json", "empty"),
        (
            '{"title": "x", "text": "Zirve yarın."}'.encode(),
            "application/json",
            "no publication date",
        ),
        (
            "Başlık\nYayın Tarihi: 31.02.2025\nZirve yarın.".encode(),
            "text/plain",
            "'31.02.2025' is not a real date",
        ),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "text/plain", "PNG"),
    ],
)
def test_400_with_a_message(api, body, content_type, message):
    r = api.post("/api/documents", data=body, content_type=content_type, headers=AUTH)
    assert r.status_code == 400 and message in r.json["error"], r.json


@pytest.mark.parametrize("content_type", ["application/pdf", "image/png", "text/csv", ""])
def test_415_for_an_unsupported_type(api, content_type):
    r = api.post("/api/documents", data=b"abc", content_type=content_type, headers=AUTH)
    assert r.status_code == 415 and "Content-Type" in r.json["error"]
    r = api.post(
        "/api/documents", headers=AUTH, data={"file": (io.BytesIO(b"%PDF-1.7"), "paper.pdf")}
    )
    assert r.status_code == 415 and ".pdf" in r.json["error"]


def test_multipart_upload_of_a_file(api):
    r = api.post(
        "/api/documents",
        headers=AUTH,
        data={"file": (io.BytesIO(article(6).encode("cp1254")), "fuar.txt")},
    )
    assert r.status_code == 201, r.json
    assert r.json["documents"][0]["source"] == "upload:fuar.txt"
    r = api.post(
        "/api/documents",
        headers=AUTH,
        data={"file": (io.BytesIO(article(6).encode("utf-16")), "copy.txt")},
    )
    assert r.status_code == 200 and r.json["unchanged"] == 1  # the same text: its content hash


def test_413_from_content_length_before_the_body_is_read(api):
    class Untouchable(io.RawIOBase):
        read_called = False

        def readable(self):
            return True

        def readinto(self, buffer):
            Untouchable.read_called = True
            raise AssertionError("the body was read")

    r = api.post(
        "/api/documents",
        headers=AUTH,
        content_type="application/json",
        environ_overrides={"wsgi.input": Untouchable(), "CONTENT_LENGTH": "3000000"},
    )
    assert r.status_code == 413 and not Untouchable.read_called


def test_413_for_a_chunked_body_over_the_limit(api_app):
    with LiveServer(api_app) as server:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        chunks = (b'{"text": "' + b"a" * 8192 for _ in range(20))  # 160 kB, no length given
        conn.request(
            "POST",
            "/api/documents",
            body=chunks,
            encode_chunked=True,
            headers={**AUTH, "Content-Type": "application/json"},
        )
        response = conn.getresponse()
        body = json.loads(response.read())
        conn.close()
    assert response.status == 413 and body["status"] == 413


def test_upload_limit_from_the_environment(store, monkeypatch):
    from web import create_app

    monkeypatch.setenv("TIMELINE_UPLOAD_MAX_BYTES", "100")
    client = create_app({"TESTING": True, "DATABASE": store.path, "API_TOKEN": TOKEN}).test_client()
    assert client.post("/api/documents", json=record(1), headers=AUTH).status_code == 413


def test_withdrawn_events_leave_the_page_and_stay_cancelled_in_the_feed(api, capsys, store):
    from helpers import run_cli

    shared = record(7)
    other = {**record(7), "url": "https://baska.example/7", "title": "Fuar haberi"}
    lone = api.post("/api/documents", json=record(8), headers=AUTH).json["documents"][0]
    first = api.post("/api/documents", json=shared, headers=AUTH).json["documents"][0]
    api.post("/api/documents", json=other, headers=AUTH)
    [lone_event] = lone["events"]
    before = feed_events(api)
    assert before[lone_event["uid"]][0] == "CONFIRMED"

    r = api.delete(f"/api/documents/{lone['id']}")
    assert r.status_code == 401
    r = api.delete(f"/api/documents/{lone['id']}", headers=AUTH)
    assert r.status_code == 200 and r.json["cancelled"] == [lone_event["id"]]
    r = api.delete(f"/api/documents/{first['id']}", headers=AUTH)  # its event has another source
    assert r.status_code == 200 and r.json["cancelled"] == [] and len(r.json["updated"]) == 1

    assert api.get(f"/api/documents/{lone['id']}").status_code == 404
    assert api.get(f"/api/events/{lone_event['id']}").status_code == 404
    assert lone_event["id"] not in api.get("/").get_data(as_text=True)
    assert [e["id"] for e in api.get("/api/events").json["events"]] == [
        e["id"] for e in first["events"]
    ]
    after = feed_events(api)
    assert after[lone_event["uid"]] == ("CANCELLED", before[lone_event["uid"]][1] + 1)
    assert len(after) == 2
    code, out, _ = run_cli(capsys, "--db", store.path, "export")
    exported = Calendar.from_ical(out.encode())
    assert [
        str(v["STATUS"]) for v in exported.walk("VEVENT") if str(v["UID"]) == lone_event["uid"]
    ] == ["CANCELLED"]

    # Ingested again: the event is back, confirmed, with its SEQUENCE raised once more.
    assert api.post("/api/documents", json=record(8), headers=AUTH).status_code == 201
    back = feed_events(api)[lone_event["uid"]]
    assert back == ("CONFIRMED", after[lone_event["uid"]][1] + 1)
    assert api.delete("/api/documents/nope", headers=AUTH).status_code == 404


def test_corrections_use_the_same_token(api):
    event = api.post("/api/documents", json=record(2), headers=AUTH).json["documents"][0]["events"][
        0
    ]
    url = f"/api/events/{event['id']}/corrections"
    assert api.post(url, json={"action": "hide"}).status_code == 401
    assert api.post(url, json={"action": "hide"}, headers=AUTH).status_code == 200
