"""The memo of ``304`` answers (web/revalidate.py): a repeated conditional feed request is
answered before Flask runs, with exactly the app's own answer, and never once the store or the
day has changed, nor for a request that differs in anything the answer depends on."""

from __future__ import annotations

from helpers import ingest

from web import create_app


def _validators(client, url: str, **headers) -> dict:
    response = client.get(url, headers=headers)
    assert response.status_code == 200
    return {"If-None-Match": response.headers["ETag"], **headers}


def _memo(app):
    return app.wsgi_app


def test_a_repeated_304_is_the_apps_own_answer(rich):
    app = create_app({"TESTING": True, "DATABASE": rich.store.path})
    plain = create_app({"TESTING": True, "DATABASE": rich.store.path, "REVALIDATION_MEMO": False})
    client, reference = app.test_client(), plain.test_client()
    for url in ("/calendar.ics", "/calendar.ics?where=Moskova", "/calendar.ics?upcoming=1"):
        headers = _validators(client, url, **{"Accept-Encoding": "gzip"})
        first = client.get(url, headers=headers)
        hits = _memo(app).hits
        again = client.get(url, headers=headers)
        expected = reference.get(url, headers=headers)
        assert first.status_code == again.status_code == expected.status_code == 304
        assert _memo(app).hits == hits + 1, url  # answered from the memo
        assert sorted(again.headers.items()) == sorted(expected.headers.items())
        assert again.get_data() == b""


def test_a_store_change_is_never_hidden(rich, monkeypatch, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": rich.store.path})
    client = app.test_client()
    headers = _validators(client, "/calendar.ics")
    assert client.get("/calendar.ics", headers=headers).status_code == 304
    assert client.get("/calendar.ics", headers=headers).status_code == 304
    article = tmp_path / "new.txt"
    article.write_text(
        "date 2025-10-29\n\nNATO Zirvesi 15 Haziran 2026'da Lahey'de yapılacak.\n", encoding="utf-8"
    )
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-29T12:00:00+03:00")
    assert ingest(rich.store, [article])["added"] == 1
    changed = client.get("/calendar.ics", headers=headers)
    assert changed.status_code == 200 and "Lahey" in changed.get_data(as_text=True)


def test_a_new_day_is_never_hidden(rich, monkeypatch):
    app = create_app({"TESTING": True, "DATABASE": rich.store.path})
    client = app.test_client()
    url = "/calendar.ics?upcoming=1"
    headers = _validators(client, url)
    assert client.get(url, headers=headers).status_code == 304
    hits = _memo(app).hits
    monkeypatch.setenv("TIMELINE_TODAY", "2026-12-31")  # every event is past
    answer = client.get(url, headers=headers)
    assert answer.status_code == 200 and _memo(app).hits == hits


def test_requests_that_differ_are_not_mixed_up(rich):
    app = create_app({"TESTING": True, "DATABASE": rich.store.path})
    client = app.test_client()
    headers = _validators(client, "/calendar.ics", **{"Accept-Language": "tr"})
    assert client.get("/calendar.ics", headers=headers).status_code == 304
    hits = _memo(app).hits
    english = {**headers, "Accept-Language": "en"}
    answer = client.get("/calendar.ics", headers=english)
    # The English feed differs from the Turkish one: the app answers, with its own ETag.
    assert answer.status_code == 200 and answer.headers["ETag"] != headers["If-None-Match"]
    other_host = client.get("/calendar.ics", headers=headers, base_url="http://other.example")
    assert other_host.status_code == 200
    assert _memo(app).hits == hits
