"""Hostile input never stops the service, loses data or lies about it: a lone surrogate or an
impossible UTC offset in a JSON record, an invalid character reference in a feed item, a write
whose answer would be huge, corrections outside the vocabularies, long or bidi-overriding
outlets, absolute paths, an empty token, and a publish that fails half-way.

Each bad record is refused alone, with its reason; the rest of its file is stored; the watcher
goes on; the servers answer 400, never 500, and log no traceback."""

from __future__ import annotations

import json
import logging
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from helpers import LiveServer, run_cli
from ingestkit import article, count_documents, run_timeline

from timeline.documents import parse_items
from timeline.errors import InputError
from timeline.model import NAME_MAX, Document

TOKEN = "hostile-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
GOOD_TEXT = "Kitap fuarı 4 Kasım'da İzmir'de açılacak ve beş gün sürecek."


def record(i: int, **fields) -> dict:
    return {
        "title": f"Fuar haberi {i}",
        "published": "2025-10-20T09:00+03:00",
        "text": GOOD_TEXT.replace("İzmir", ["İzmir", "Bursa", "Konya", "Ankara"][i % 4]),
        "url": f"https://haber.example/{i}",
        **fields,
    }


# A lone surrogate cannot be written with json.dumps(ensure_ascii=False): escape by hand.
LONE_SURROGATE = json.dumps(record(1)).replace('"Fuar haberi 1"', '"Fuar \\ud800 haberi"')
BAD_OFFSET = json.dumps(record(2, published="2025-10-20T09:00+99:00"))
GOOD = json.dumps(record(3))
MIXED = f"[{LONE_SURROGATE}, {BAD_OFFSET}, {GOOD}]".encode()


# ---------------------------------------------------------------------------------------------
# 1. JSON records


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (LONE_SURROGATE, r"record 1: its title holds an unpaired surrogate (\ud800"),
        (
            BAD_OFFSET,
            "record 1: no usable publication date: '2025-10-20T09:00+99:00' has an "
            "impossible UTC offset (+99:00",
        ),
        (
            json.dumps(record(4, text="Zirve \ud800 yarın.")).replace("\\ud800", "\\udfff"),
            r"its text holds an unpaired surrogate (\udfff",
        ),
        (json.dumps(record(5, outlet="\ud83d")), r"its outlet holds an unpaired surrogate"),
        (json.dumps(record(6, published="2025-10-20T09:00-13:30")), "impossible UTC offset"),
    ],
)
def test_a_bad_json_record_is_refused_alone(bad, reason):
    items = parse_items(f"[{bad}, {GOOD}]".encode(), "in.json", suffix=".json")
    refused, stored = items
    assert isinstance(refused, InputError) and reason in refused.message, refused
    assert isinstance(stored, Document) and stored.title == "Fuar haberi 3"


def test_real_offsets_at_both_ends_are_kept():
    for offset in ("+14:00", "-12:00", "+05:45"):
        text = json.dumps(record(7, published=f"2025-10-20T09:00{offset}"))
        [doc] = parse_items(text.encode(), "in.json", suffix=".json")
        assert doc.published.isoformat().endswith(offset)


def test_ingest_stores_the_good_records_and_names_each_refusal(tmp_path):
    path = tmp_path / "mixed.json"
    path.write_bytes(MIXED)
    db = tmp_path / "t.db"
    done = run_timeline("--db", str(db), "ingest", str(path))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert "1 added, 0 updated, 0 unchanged, 2 refused" in done.stdout
    assert "unpaired surrogate" in done.stderr + done.stdout
    assert "impossible UTC offset" in done.stderr + done.stdout
    assert count_documents(db) == 1


# ---------------------------------------------------------------------------------------------
# 2. Feeds

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Ajans &#xD800; Örnek</title>
<item><title>Kötü {ref} başlık</title><link>https://haber.example/bad</link>
<pubDate>Mon, 20 Oct 2025 09:00:00 +0300</pubDate><description>Zirve yarın.</description></item>
<item><title>İyi başlık</title><link>https://haber.example/good</link>
<pubDate>Mon, 20 Oct 2025 09:00:00 +0300</pubDate><description>{text}</description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ajans</title>
<entry><title>İyi</title><id>urn:a:1</id><updated>2025-10-20T09:00:00+03:00</updated>
<content>{text}</content></entry>
<entry><title>Kötü</title><id>urn:a:2</id><updated>2025-10-20T09:00:00+03:00</updated>
<content>Zirve {ref} yarın.</content></entry>
</feed>"""


@pytest.mark.parametrize("ref", ["&#xD800;", "&#55296;", "&#xDFFF;", "&#x110000;"])
def test_an_rss_item_with_an_invalid_character_reference_is_refused_alone(ref):
    data = RSS.format(ref=ref, text=GOOD_TEXT).encode()
    bad, good = parse_items(data, "feed.rss", suffix=".rss")
    assert isinstance(bad, InputError)
    assert bad.message == (
        f"feed.rss#1: invalid character reference {ref!r} (no Unicode character)"
    )
    assert isinstance(good, Document) and good.title == "İyi başlık"
    assert good.outlet == "Ajans \ufffd Örnek"  # outside any item: replaced, the feed kept


def test_an_atom_entry_with_an_invalid_character_reference_is_refused_alone():
    good, bad = parse_items(ATOM.format(ref="&#xD800;", text=GOOD_TEXT).encode(), "a.atom")
    assert isinstance(good, Document) and good.title == "İyi"
    assert isinstance(bad, InputError)
    assert bad.message.startswith("a.atom#2: invalid character reference '&#xD800;'")


# ---------------------------------------------------------------------------------------------
# 1. The watcher


def test_the_watcher_goes_on_and_reads_a_refused_file_again_only_once_it_changes(tmp_path):
    from timeline.store import Store
    from timeline.watch import watch_folder

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "mixed.json").write_bytes(MIXED)
    store = Store(tmp_path / "t.db")
    lines: list[str] = []
    stop = threading.Event()
    watcher = threading.Thread(
        target=watch_folder,
        args=(store, str(folder)),
        kwargs={"settle": 0.2, "poll": 0.05, "stop": stop, "log": lines.append},
        daemon=True,
    )
    watcher.start()
    try:
        wait_until(lambda: len(lines) >= 1, "the first file")
        assert lines[0].endswith(")") and "1 added, 0 updated, 0 unchanged, 2 refused" in lines[0]
        # Touched but not changed (same size and time): not read again.
        stat = (folder / "mixed.json").stat()
        import os

        os.utime(folder / "mixed.json", ns=(stat.st_atime_ns, stat.st_mtime_ns))
        (folder / "after.txt").write_text(article(9), encoding="utf-8")
        wait_until(lambda: len(lines) >= 2, "the file written after the refused one")
        assert lines[1].startswith("added ")
        time.sleep(0.6)  # several settle periods: the refused file stays alone
        assert len(lines) == 2, lines
        # Changed: read again, its good records unchanged, the bad ones refused again.
        (folder / "mixed.json").write_bytes(MIXED + b"\n")
        wait_until(lambda: len(lines) >= 3, "the changed file")
        assert "2 refused" in lines[2]
    finally:
        stop.set()
        watcher.join(timeout=10)
        store.close()
    assert not watcher.is_alive()
    assert len(store.documents()) == 2


def wait_until(condition, what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


# ---------------------------------------------------------------------------------------------
# 1, 8, 12. The write API and the corrections route on a real server


@pytest.fixture
def live(store, caplog):
    from web import create_app

    app = create_app({"DATABASE": store.path, "API_TOKEN": TOKEN})
    caplog.set_level(logging.INFO)
    with LiveServer(app) as server:
        yield server
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert not errors, [r.getMessage() for r in errors]


def send(server, method: str, path: str, body: bytes | None = None, timeout=60, **headers):
    request = urllib.request.Request(
        server.url + path,
        data=body,
        method=method,
        headers={**AUTH, "Content-Type": "application/json", **headers},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def test_the_write_api_refuses_bad_records_alone_and_never_answers_500(live):
    status, body = send(live, "POST", "/api/documents", MIXED)
    answer = json.loads(body)
    assert status == 201 and (answer["added"], answer["refused"]) == (1, 2)
    assert [d["status"] for d in answer["documents"]] == ["refused", "refused", "added"]
    status, body = send(live, "POST", "/api/documents", LONE_SURROGATE.encode())
    assert status == 400 and "unpaired surrogate" in json.loads(body)["error"]
    status, body = send(live, "POST", "/api/documents", BAD_OFFSET.encode())
    assert status == 400 and "impossible UTC offset" in json.loads(body)["error"]


@pytest.fixture
def event_id(live) -> str:
    status, body = send(live, "POST", "/api/documents", GOOD.encode())
    assert status == 201
    return json.loads(body)["documents"][0]["events"][0]["id"]


@pytest.mark.parametrize(
    ("correction", "message"),
    [
        ('{"action": "edit", "fields": {"location": "An\\ud800kara"}}', "control character"),
        ('{"action": "edit", "fields": {"title": "a\\u0000b"}}', "control character"),
        ('{"action": "edit", "fields": {"location": "Ankara\\u0000"}}', "U+0000"),
        ('{"action": "edit", "fields": {"country": "T\\u202ekiye"}}', "U+202E"),
        ('{"action": "edit", "fields": {"type": "picnic"}}', "type='picnic': use one of"),
        ('{"action": "edit", "fields": {"type": 3}}', "type=3"),
        ('{"action": "edit", "fields": {"granularity": "century"}}', "granularity='century'"),
        (
            '{"action": "edit", "fields": {"date": "2025-11-04", "granularity": "year"}}',
            "does not fit date",
        ),
        ('{"action": "edit", "fields": {"granularity": "month"}}', "granularity follows"),
        ('{"action": "edit", "fields": {"participants": ["x\\ud800"]}}', "a participant"),
        (
            json.dumps({"action": "edit", "fields": {"participants": ["Ad " * 80]}}),
            f"at most {NAME_MAX} characters",
        ),
        ('{"action": "merge", "into": "a\\ud800"}', "merge needs"),
        ('{"action": "split", "document": "\\udfff"}', "split needs"),
    ],
)
def test_corrections_answer_400_with_a_message(live, event_id, correction, message):
    path = f"/api/events/{event_id}/corrections"
    status, body = send(live, "POST", path, correction.encode())
    assert status == 400, body
    assert message in json.loads(body)["error"]


def test_valid_corrections_still_apply(live, event_id):
    from timeline.corrections import event_types

    assert "summit" in event_types() and "fair" in event_types()
    fields = {"type": "fair", "participants": ["  Ayşe   Yılmaz "], "location": "Konya"}
    status, body = send(
        live,
        "POST",
        f"/api/events/{event_id}/corrections",
        json.dumps({"action": "edit", "fields": fields}).encode(),
    )
    assert status == 200, body
    result = json.loads(body)["result"]
    assert (result["type"], result["participants"], result["location"]) == (
        "fair",
        ["Ayşe Yılmaz"],
        "Konya",
    )


def test_the_answer_to_a_write_is_bounded(live):
    million = b"[" + b",".join(b"7" for _ in range(1_000_000)) + b"]"  # 2 MB of integers
    assert len(million) <= 2 * 1024 * 1024
    # A million refusals take a while on a loaded machine: the answer's size is the point.
    status, body = send(live, "POST", "/api/documents", million, timeout=600)
    assert status == 400 and len(body) < 64 * 1024, len(body)
    answer = json.loads(body)
    assert answer["refused"] == 1_000_000 and answer["added"] == 0
    assert len(answer["documents"]) == 100 and answer["unlisted"] == 999_900
    assert answer["documents"][0]["error"].endswith("record 1 is not a JSON object")
    assert answer["documents"][99]["error"].endswith("record 100 is not a JSON object")


def test_a_long_reason_is_cut_in_the_answer(live):
    long_date = "Başlık\nYayın Tarihi: 31.02.2025 " + "9" * 5000 + "\nZirve yarın.\n"
    status, body = send(
        live, "POST", "/api/documents", long_date.encode(), **{"Content-Type": "text/plain"}
    )
    answer = json.loads(body)
    assert status == 400 and len(answer["error"]) <= 300
    assert len(answer["documents"][0]["error"]) <= 300


def test_stored_and_refused_are_each_listed_up_to_100(store):
    from web import create_app

    # Stored while the client waits (a larger upload than JOB_ARTICLES becomes a job, whose
    # listing tests/test_ingest_jobs.py checks).
    config = {"TESTING": True, "DATABASE": store.path, "API_TOKEN": TOKEN, "JOB_ARTICLES": 200}
    client = create_app(config).test_client()
    records = [record(i) for i in range(105)] + [7] * 3
    r = client.post("/api/documents", json=records, headers=AUTH)
    assert r.status_code == 201
    assert (r.json["added"], r.json["refused"], r.json["unlisted"]) == (105, 3, 5)
    statuses = [d["status"] for d in r.json["documents"]]
    assert statuses == ["added"] * 100 + ["refused"] * 3


# ---------------------------------------------------------------------------------------------
# 12. The token


def test_an_empty_token_switches_writes_off_whatever_the_older_variable_says(store, monkeypatch):
    from timeline.config import api_token
    from web import create_app

    monkeypatch.setenv("TIMELINE_API_TOKEN", TOKEN)
    assert api_token() == TOKEN  # the older name, read when TIMELINE_TOKEN is unset
    for empty in ("", "  "):
        monkeypatch.setenv("TIMELINE_TOKEN", empty)
        assert api_token() is None
        client = create_app({"TESTING": True, "DATABASE": store.path}).test_client()
        r = client.post("/api/documents", json=record(1), headers=AUTH)
        assert r.status_code == 403 and "write API is off" in r.json["error"]
    monkeypatch.setenv("TIMELINE_TOKEN", "newer")
    assert api_token() == "newer"


# ---------------------------------------------------------------------------------------------
# 11, 12. Outlets, paths and the published site


LONG_OUTLET = "Ajans " + "Haber" * 60  # 306 characters
RLO_OUTLET = "Ajans \u202eÖrnek"


@pytest.fixture
def hostile_store(tmp_path):
    """A store with an article whose outlet is over 200 characters, one whose outlet holds a
    right-to-left override, and one ingested by its absolute path."""
    folder = tmp_path / "srv-articles-folder"
    folder.mkdir()
    (folder / "long.json").write_text(
        json.dumps([record(1, outlet=LONG_OUTLET), record(2, outlet=RLO_OUTLET)]),
        encoding="utf-8",
    )
    (folder / "plain.txt").write_text(article(3), encoding="utf-8")
    db = tmp_path / "t.db"
    done = run_timeline("--db", str(db), "ingest", str(folder.resolve()))
    assert done.returncode == 0 and "3 added" in done.stdout, done.stdout + done.stderr
    return db, folder


def test_names_are_capped_and_bidi_controls_dropped_on_input(hostile_store):
    from timeline.store import Store

    db, _ = hostile_store
    store = Store(db)
    try:
        outlets = {d["outlet"] for d in store.documents()}
    finally:
        store.close()
    assert (LONG_OUTLET[:NAME_MAX]) in outlets
    assert "Ajans Örnek" in outlets
    assert all(o is None or (len(o) <= NAME_MAX and "\u202e" not in o) for o in outlets)


def test_extracted_names_are_capped():
    from timeline.model import Event
    from timeline.pipeline import capped

    e = Event(
        date="2025-11-04",
        granularity="day",
        title="T" * 900,
        type="fair",
        status="planned",
        quote="q",
        location="K" * 300,
        participants=["P" * 300, "P" * 250, "Ayşe"],
    )
    c = capped(e)
    assert len(c.title) == 500 and c.location == "K" * NAME_MAX
    assert c.participants == ["P" * NAME_MAX, "Ayşe"]


def test_api_and_published_json_show_no_server_path(hostile_store, tmp_path, capsys):
    from web import create_app

    db, folder = hostile_store
    client = create_app({"TESTING": True, "DATABASE": str(db)}).test_client()
    served = client.get("/api/documents").get_data(as_text=True)
    sources = {d["source"] for d in json.loads(served)["documents"]}
    assert sources == {"long.json#1", "long.json#2", "plain.txt"}
    for doc in json.loads(served)["documents"]:
        one = client.get(f"/api/documents/{doc['id']}").get_data(as_text=True)
        assert str(folder) not in one and "srv-articles-folder" not in one
    events = client.get("/api/events").get_data(as_text=True)
    assert "srv-articles-folder" not in events and "plain.txt" in events

    out = tmp_path / "site"
    code, _, err = run_cli(
        capsys, "--db", str(db), "publish", str(out), "--base-url", "https://e.example"
    )
    assert code == 0, err
    for path in out.rglob("*"):
        if path.is_file() and path.suffix in (".json", ".html", ".ics"):
            text = path.read_text(encoding="utf-8")
            assert "srv-articles-folder" not in text, path
            assert "\u202e" not in text, path


def test_a_long_outlet_publishes_and_its_filter_page_exists(hostile_store, tmp_path):
    from web.links import slug

    db, _ = hostile_store
    out = tmp_path / "site"
    done = run_timeline("--db", str(db), "publish", str(out), "--base-url", "https://e.example")
    assert done.returncode == 0, done.stderr
    assert (out / "source" / slug(LONG_OUTLET[:NAME_MAX]) / "index.html").is_file()
    assert (out / "feeds" / "source" / f"{slug(LONG_OUTLET[:NAME_MAX])}.ics").is_file()


def test_a_failed_publish_leaves_the_previous_site_intact(seeded_store, tmp_path, monkeypatch):
    import web.publish as publishing

    out = tmp_path / "site"
    publishing.publish(seeded_store.path, out, "https://e.example")
    before = tree(out)
    (out / "robots.txt").write_text("User-agent: *\n", encoding="utf-8")  # not ours: kept
    before["robots.txt"] = b"User-agent: *\n"
    seeded_store.add_correction(seeded_store.events()[0].id, "hide", {})
    calls = []
    real = publishing.file_of

    def failing(path: str) -> str:
        calls.append(path)
        if len(calls) == 20:
            raise InputError("the disk went away")
        return real(path)

    monkeypatch.setattr(publishing, "file_of", failing)
    with pytest.raises(InputError, match="the disk went away"):
        publishing.publish(seeded_store.path, out, "https://e.example")
    assert tree(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging left
    monkeypatch.setattr(publishing, "file_of", real)
    result = publishing.publish(seeded_store.path, out, "https://e.example")
    assert result.deleted and (out / "robots.txt").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
