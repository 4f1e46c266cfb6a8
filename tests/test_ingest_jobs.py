"""Large writes as background jobs (issue 18, points 6 and 8): an upload of more articles than
``JOB_ARTICLES`` is answered ``202`` with a job URL to poll, stored by the serving process's
worker thread, listed as boundedly as a direct write, and resumed after a restart. Every test
runs a real server on 127.0.0.1 and checks that it logged no error and no traceback."""

from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.request
from contextlib import contextmanager

import pytest
from helpers import LiveServer

TOKEN = "job-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
JOB_ARTICLES = 3  # a write of more articles than this becomes a job in these tests
CITIES = ("Ankara", "İzmir", "Bursa", "Konya", "Antalya", "Trabzon")


def record(i: int, **fields) -> dict:
    """The ``i``-th article: a book fair on its own day in one of six cities."""
    city = CITIES[i % len(CITIES)]
    return {
        "title": f"{city} fuarı duyuruldu ({i})",
        "published": "2025-10-20T09:00+03:00",
        "text": f"{i}. {city} Kitap Fuarı {1 + i % 27} Kasım'da {city} şehrinde açılacak.",
        "url": f"https://haber.example/fuar/{i}",
        **fields,
    }


def body(records: list) -> bytes:
    return json.dumps(records, ensure_ascii=False).encode()


@contextmanager
def serving(store, caplog, **config):
    """A live server on ``store`` whose job worker is stopped afterwards; fails when it logged
    an error or a traceback."""
    from web import create_app

    settings = {
        "DATABASE": store.path,
        "API_TOKEN": TOKEN,
        "JOB_ARTICLES": JOB_ARTICLES,
        "JOB_POLL_SECONDS": 0.05,
        **config,
    }
    app = create_app(settings)
    caplog.set_level(logging.INFO)
    try:
        with LiveServer(app) as server:
            yield server
    finally:
        app.extensions["timeline.jobs"].stop()
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert not errors, [r.getMessage() for r in errors]


def send(server, method: str, path: str, data: bytes | None = None, auth=True):
    """``(status, headers, JSON body)`` of one request."""
    headers = {"Content-Type": "application/json", **(AUTH if auth else {})}
    request = urllib.request.Request(server.url + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status, r.headers, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, e.headers, json.loads(e.read())


def poll(server, url: str, timeout: float = 120.0) -> dict:
    """The job at ``url`` once it has ended (done or failed)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status, _, job = send(server, "GET", url)
        assert status == 200, job
        assert job["status"] in ("queued", "running", "done", "failed")
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {url} did not end in {timeout} s")


def test_a_small_write_is_stored_at_once(store, caplog):
    with serving(store, caplog) as server:
        status, headers, answer = send(server, "POST", "/api/documents", body([record(1)]))
        assert status == 201 and headers["Location"] == answer["documents"][0]["url"]
        status, _, answer = send(server, "POST", "/api/documents", body([record(2), record(3)]))
        assert status == 201 and answer["added"] == 2
    assert store.stats()["documents"] == 3


def test_a_large_write_is_a_job_to_poll(store, caplog):
    with serving(store, caplog) as server:
        status, headers, answer = send(
            server, "POST", "/api/documents", body([record(i) for i in range(8)])
        )
        assert status == 202, answer
        assert headers["Location"] == answer["url"] == f"/api/jobs/{answer['job']}"
        assert (answer["status"], answer["items"], answer["articles"]) == ("queued", 8, 8)
        job = poll(server, headers["Location"])
        assert (job["status"], job["ok"], job["added"], job["refused"]) == ("done", True, 8, 0)
        assert job["handled"] == job["items"] == 8 and job["unlisted"] == 0
        assert job["finished"] >= job["started"] >= job["created"]
        listed = job["documents"]
        assert [d["status"] for d in listed] == ["added"] * 8
        assert all(d["events"] and d["url"] == f"/api/documents/{d['id']}" for d in listed)
        status, _, events = send(server, "GET", "/api/events")
        assert status == 200 and {e["location"] for e in events["events"]} == set(CITIES)
    assert store.stats()["documents"] == 8


def test_a_job_needs_the_token_and_an_unknown_one_is_404(store, caplog):
    with serving(store, caplog, JOB_WORKER=False) as server:
        _, headers, _ = send(server, "POST", "/api/documents", body([record(i) for i in range(5)]))
        status, _, answer = send(server, "GET", headers["Location"], auth=False)
        assert status == 401 and "Bearer" in answer["error"]
        status, _, answer = send(
            server, "POST", "/api/documents", body([record(9)] * 5), auth=False
        )
        assert status == 401
        status, _, answer = send(server, "GET", "/api/jobs/0123456789abcdef")
        assert status == 404 and "no job" in answer["error"]
        status, _, job = send(server, "GET", headers["Location"])
        assert status == 200 and job["status"] == "queued" and job["handled"] == 0


# A lone surrogate cannot be written with json.dumps(ensure_ascii=False): escape by hand.
LONE_SURROGATE = json.dumps(record(90), ensure_ascii=False).replace(
    '"Ankara fuarı', '"Ankara \\ud800 fuarı'
)


def test_bad_records_inside_a_job_are_refused_alone_and_listed(store, caplog):
    bad = [
        7,
        "metin",
        {"title": "Tarihsiz", "text": "Fuar açılacak."},
        record(91, published="2025-10-20T09:00+99:00"),
    ]
    good = [json.dumps(record(i)) for i in range(5)]
    assert "\\ud800" in LONE_SURROGATE
    data = "[" + ", ".join([*good[:2], *map(json.dumps, bad), LONE_SURROGATE, *good[2:]]) + "]"
    with serving(store, caplog) as server:
        status, headers, answer = send(server, "POST", "/api/documents", data.encode())
        assert status == 202 and (answer["items"], answer["articles"]) == (10, 5)
        job = poll(server, headers["Location"])
    assert (job["status"], job["added"], job["refused"]) == ("done", 5, 5)
    refusals = [d["error"] for d in job["documents"] if d["status"] == "refused"]
    assert len(refusals) == 5
    assert "record 3 is not a JSON object" in refusals[0]
    assert "unpaired surrogate" in refusals[4] and "+99:00" in refusals[3]
    assert store.stats()["documents"] == 5


def test_the_listing_of_a_job_is_bounded(store, caplog):
    """Like a direct write's: the counts, the first 100 stored and the first 100 refused."""
    records = [record(i) for i in range(4)] + list(range(250))
    with serving(store, caplog) as server:
        _, headers, _ = send(server, "POST", "/api/documents", body(records))
        job = poll(server, headers["Location"])
    assert (job["added"], job["refused"], job["unlisted"]) == (4, 250, 150)
    assert [d["status"] for d in job["documents"]] == ["added"] * 4 + ["refused"] * 100
    assert job["documents"][-1]["error"].endswith("record 104 is not a JSON object")


def test_jobs_survive_a_restart(store, caplog):
    """A job queued by a server that stopped, and one left running by a server that died (its
    lease ran out), are both done by the next server."""
    with serving(store, caplog, JOB_WORKER=False) as server:
        _, first, _ = send(server, "POST", "/api/documents", body([record(i) for i in range(5)]))
        _, second, _ = send(
            server, "POST", "/api/documents", body([record(i) for i in range(5, 12)])
        )
        assert send(server, "GET", second["Location"])[2]["status"] == "queued"
    claimed = store.claim_job(lease=0.0)  # a worker took the first job and died
    assert claimed is not None and f"/api/jobs/{claimed['id']}" == first["Location"]
    assert store.job(claimed["id"])["status"] == "running"
    with serving(store, caplog, JOB_WORKER=True) as server:
        for headers, added in ((first, 5), (second, 7)):
            job = poll(server, headers["Location"])
            assert (job["status"], job["added"], job["refused"]) == ("done", added, 0)
    assert store.stats()["documents"] == 12


def test_a_running_job_under_a_live_lease_is_not_taken_twice(store):
    first = store.add_job(body([record(1)]), "upload", ".json", 1)
    second = store.add_job(body([record(2)]), "upload", ".json", 1)
    assert store.claim_job(lease=60.0)["id"] == first
    assert store.claim_job(lease=60.0)["id"] == second
    assert store.claim_job(lease=60.0) is None
    store.save_job(first, 1, {"added": 1}, [], 60.0, status="done")
    assert store.job(first)["status"] == "done" and store.job(first)["finished"]


@pytest.mark.parametrize("worker", [False, None])
def test_the_worker_starts_only_as_configured(store, worker):
    from web import create_app

    app = create_app({"TESTING": True, "DATABASE": store.path, "JOB_WORKER": worker})
    assert app.extensions["timeline.jobs"]._thread is None
