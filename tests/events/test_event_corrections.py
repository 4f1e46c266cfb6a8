"""Editors' corrections: hide, show, edit, merge, split — through the store, the CLI and the
token-protected API. They are kept apart from extracted data and survive re-ingestion
(unchanged and updated articles) and re-extraction (a changed extractor)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from eventkit import analysis
from helpers import run_cli

from timeline.errors import InputError, NotFound
from timeline.store import Store

ARTICLES = {
    "a": ("2025-10-01", "Konser [12 Kasım'da|2025-11-12] İzmir'de yapılacak."),
    "b": (
        "2025-10-05",
        "İzmir'de [12 Kasım'da|2025-11-12] yapılacak konser için biletler satışa çıktı.",
    ),
    "c": ("2025-10-02", "NATO zirvesi [3 Aralık'ta|2025-12-03] Lahey'de yapılacak."),
}


def _analyses(**changed):
    bodies = ARTICLES | changed
    return [analysis(body, published, f"{name}.txt") for name, (published, body) in bodies.items()]


@pytest.fixture
def corrected(tmp_path):
    store = Store(tmp_path / "t.db")
    store.add_analyses(_analyses())
    events = {e.event.type: e for e in store.events()}
    return store, events["concert"], events["summit"]


def _state(store, event_id):
    return store.event(event_id, include_hidden=True)


def test_hide_and_show(corrected):
    store, concert, _ = corrected
    store.add_correction(concert.id, "hide")
    assert concert.id not in {e.id for e in store.events()}
    assert _state(store, concert.id).hidden and _state(store, concert.id).edited
    store.add_correction(concert.id, "show")
    assert concert.id in {e.id for e in store.events()}


def test_edit_title_date_place_status(corrected):
    store, concert, _ = corrected
    store.add_correction(
        concert.id,
        "edit",
        {
            "title": "Tarkan konseri",
            "date": "2025-11-13",
            "location": "Ankara",
            "status": "cancelled",
        },
    )
    e = _state(store, concert.id)
    assert (e.event.title, e.event.date, e.event.location, e.event.status) == (
        "Tarkan konseri",
        "2025-11-13",
        "Ankara",
        "cancelled",
    )
    assert e.event.country == "Türkiye" and e.edited
    assert e.sequence == concert.sequence + 1
    assert e.history[-1]["changes"]["title"]["to"] == "Tarkan konseri"


def test_merge_and_split(corrected):
    store, concert, summit = corrected
    store.add_correction(summit.id, "merge", {"into": concert.id})
    assert summit.id not in {e.id for e in store.events()}
    merged = store.event(concert.id)
    assert {s.document for s in merged.sources} >= {s.document for s in summit.sources}
    doc = summit.sources[0].document
    store.add_correction(concert.id, "split", {"document": doc})
    assert len(store.events()) == 2


@pytest.mark.parametrize(
    ("action", "data", "error", "match"),
    [
        ("merge", {"into": "nope"}, NotFound, "does not exist"),
        ("split", {"document": "nope"}, InputError, "is not a source"),
        ("explode", {}, InputError, "unknown correction"),
    ],
)
def test_bad_corrections_are_refused(corrected, action, data, error, match):
    store, concert, _ = corrected
    with pytest.raises(error, match=match):
        store.add_correction(concert.id, action, data)
    assert store.corrections() == []


def test_merge_into_itself_is_refused(corrected):
    store, concert, _ = corrected
    with pytest.raises(InputError, match="itself"):
        store.add_correction(concert.id, "merge", {"into": concert.id})


def _correct_everything(store, concert, summit):
    store.add_correction(concert.id, "edit", {"title": "Tarkan konseri"})
    store.add_correction(summit.id, "hide")


def _check_corrections(store, concert, summit):
    assert store.event(concert.id).event.title == "Tarkan konseri"
    assert summit.id not in {e.id for e in store.events()}
    assert _state(store, summit.id).hidden


def test_corrections_survive_reingestion(corrected):
    store, concert, summit = corrected
    _correct_everything(store, concert, summit)
    assert store.add_analyses(_analyses())["unchanged"] == 3
    _check_corrections(store, concert, summit)
    # An updated article (new text, same source) is re-analysed; the corrections stay.
    updated = _analyses(
        c=(
            "2025-10-02",
            "NATO zirvesi [3 Aralık'ta|2025-12-03] Lahey'de yapılacak. Liderler katılacak.",
        )
    )
    assert store.add_analyses(updated)["updated"] == 1
    _check_corrections(store, concert, summit)


def test_corrections_survive_reextraction(corrected):
    store, concert, summit = corrected
    _correct_everything(store, concert, summit)
    # A new extractor places the concert differently and so gives its mentions other keys:
    # the events keep their ids and the corrections still apply.
    reanalysed = []
    for a in _analyses():
        events = [replace(e, location=None, country=None, timezone=None, key="") for e in a.events]
        from timeline.events.merge import identity_key

        for e in events:
            e.key = identity_key(e)
        reanalysed.append(replace(a, events=events))
    assert store.replace_analyses(reanalysed)["changed"] == 3
    _check_corrections(store, concert, summit)
    assert store.event(concert.id).event.location is None


def test_corrections_are_stored_apart(corrected):
    store, concert, _ = corrected
    store.add_correction(concert.id, "edit", {"title": "Tarkan konseri"})
    [c] = store.corrections()
    assert c["event"] == concert.id and c["action"] == "edit"
    assert c["data"]["title"] == "Tarkan konseri" and c["data"]["_members"]
    mention = store.connection.execute("SELECT data FROM mentions").fetchone()[0]
    assert "Tarkan" not in mention


# ---------------------------------------------------------------------------------------------
# CLI


def test_cli_corrections_and_reextract(capsys, tmp_path, seed_paths):
    db = str(tmp_path / "t.db")
    run_cli(capsys, "--db", db, "ingest", *seed_paths)
    _, out, _ = run_cli(capsys, "--db", db, "list")
    summit = next(line.split()[0] for line in out.splitlines() if " 2025-10-09 " in line)
    code, out, _ = run_cli(
        capsys,
        "--db",
        db,
        "event",
        "edit",
        summit,
        "--title",
        "Duşanbe Zirvesi",
        "--location",
        "Duşanbe",
    )
    assert code == 0 and "edit" in out
    code, _, _ = run_cli(capsys, "--db", db, "event", "hide", summit)
    assert code == 0
    code, out, _ = run_cli(capsys, "--db", db, "reextract")
    assert code == 0 and "2 documents analysed again" in out
    _, out, _ = run_cli(capsys, "--db", db, "list", "--all")
    assert "Duşanbe Zirvesi [hidden]" in out
    _, out, _ = run_cli(capsys, "--db", db, "event", "corrections")
    assert out.count(summit) == 2 and "Duşanbe Zirvesi" in out and "_members" not in out
    code, _, err = run_cli(capsys, "--db", db, "event", "split", summit, "--document", "nope")
    assert code == 1 and "is not a source" in err
    code, _, err = run_cli(capsys, "--db", db, "event", "merge", summit, "nope")
    assert code == 1 and "does not exist" in err


# ---------------------------------------------------------------------------------------------
# API


@pytest.fixture
def api(seeded_store, monkeypatch):
    from web import create_app

    app = create_app({"TESTING": True, "DATABASE": seeded_store.path, "API_TOKEN": "s3cret"})
    return app.test_client(), seeded_store


def _post(client, event_id, body, token="s3cret"):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.post(f"/api/events/{event_id}/corrections", json=body, headers=headers)


def test_api_needs_the_token(api):
    client, store = api
    event_id = store.events()[0].id
    assert _post(client, event_id, {"action": "hide"}, token=None).status_code == 401
    assert _post(client, event_id, {"action": "hide"}, token="wrong").status_code == 401
    assert store.corrections() == []


def test_api_disabled_without_a_token(seeded_store):
    from web import create_app

    client = create_app(
        {"TESTING": True, "DATABASE": seeded_store.path, "API_TOKEN": None}
    ).test_client()
    r = _post(client, seeded_store.events()[0].id, {"action": "hide"})
    assert r.status_code == 403


def test_api_edit_merge_split_hide(api):
    client, store = api
    events = {e.event.date: e for e in store.events()}
    visit, meeting = events["2025-11-12"], events["2025-10-22"]
    r = _post(client, visit.id, {"action": "edit", "fields": {"title": "Tokayev Moskova'da"}})
    assert r.status_code == 200 and r.get_json()["result"]["title"] == "Tokayev Moskova'da"
    assert r.get_json()["result"]["edited"] is True
    r = _post(client, meeting.id, {"action": "merge", "into": visit.id})
    assert r.status_code == 200 and len(r.get_json()["result"]["sources"]) == 2
    doc = r.get_json()["result"]["sources"][0]["document"]
    r = _post(client, visit.id, {"action": "split", "document": doc})
    assert r.status_code == 200
    r = _post(client, visit.id, {"action": "hide"})
    listed = {e["id"] for e in client.get("/api/events").get_json()["events"]}
    assert r.status_code == 200 and visit.id not in listed
    assert client.get(f"/events/{visit.id}").status_code == 404


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"action": "edit", "fields": {"date": "2025-02-30"}}, 400),
        ({"action": "edit", "fields": {"_members": []}}, 400),
        ({"action": "edit", "fields": {"status": "maybe"}}, 400),
        ({"action": "merge", "into": "nope"}, 404),
        ({"action": "merge"}, 400),
        ({"action": "split", "document": "nope"}, 400),
        ({"action": "dance"}, 400),
        ("not an object", 400),
    ],
)
def test_api_bad_corrections(api, body, status):
    client, store = api
    r = _post(client, store.events()[0].id, body)
    assert r.status_code == status
    assert r.get_json()["error"]
    assert store.corrections() == []


def test_api_unknown_event(api):
    client, _ = api
    r = _post(client, "nope", {"action": "hide"})
    assert r.status_code == 404


def test_event_page_says_edited(api):
    client, store = api
    event_id = store.events()[0].id
    _post(client, event_id, {"action": "edit", "fields": {"title": "Düzeltilmiş başlık"}})
    from timeline.i18n import gettext

    html = client.get(f"/events/{event_id}").get_data(as_text=True)
    assert "Düzeltilmiş başlık" in html
    assert gettext("tr", "ui.edited") in html
    assert client.get(f"/api/events/{event_id}").get_json()["edited"] is True
