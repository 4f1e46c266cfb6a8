"""Shared fixtures: a fixed "today", stores built from the seeds, the app, a live server.

Tests never read the wall clock: ``TIMELINE_TODAY`` is fixed for every test (override it with
``monkeypatch.setenv`` where a test needs another day). The feeds carry every calendar event
(``TIMELINE_FEED_MIN_CONFIDENCE=0``) so that feed, page and client tests test those; tests
marked ``feed_threshold`` (the confidence and quality tests) run with the default threshold.
"""

from __future__ import annotations

import pytest
from helpers import SEEDS, TODAY, LiveServer, ingest


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch, request):
    monkeypatch.setenv("TIMELINE_TODAY", TODAY)
    monkeypatch.setenv("TIMELINE_CACHE_DIR", "off")  # every rule compiled, nothing written
    if request.node.get_closest_marker("feed_threshold") is None:
        monkeypatch.setenv("TIMELINE_FEED_MIN_CONFIDENCE", "0")
    else:
        monkeypatch.delenv("TIMELINE_FEED_MIN_CONFIDENCE", raising=False)
    monkeypatch.delenv("TIMELINE_NOW", raising=False)
    monkeypatch.delenv("TIMELINE_BASE_URL", raising=False)
    monkeypatch.delenv("TIMELINE_FEED_PAST_DAYS", raising=False)
    monkeypatch.delenv("TIMELINE_API_TOKEN", raising=False)
    monkeypatch.delenv("TIMELINE_TOKEN", raising=False)
    monkeypatch.delenv("TIMELINE_UPLOAD_MAX_BYTES", raising=False)
    monkeypatch.delenv("TIMELINE_MAX_BYTES", raising=False)
    monkeypatch.delenv("TIMELINE_FETCH_TIMEOUT", raising=False)
    monkeypatch.delenv("TIMELINE_LOG_LEVEL", raising=False)


@pytest.fixture
def seed_paths() -> list[str]:
    return sorted(str(p) for p in SEEDS.glob("*.txt"))


@pytest.fixture
def store(tmp_path):
    from timeline.store import Store

    s = Store(tmp_path / "timeline.db")
    yield s
    s.close()


@pytest.fixture
def seeded_store(store, seed_paths):
    ingest(store, seed_paths)
    return store


@pytest.fixture
def app(seeded_store):
    from web import create_app

    app = create_app({"TESTING": True, "DATABASE": seeded_store.path})
    return app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def live_server(app):
    with LiveServer(app) as server:
        yield server


@pytest.fixture(scope="session")
def browser():
    """The system Chromium driven by Playwright (no browser download), shared by browser tests."""
    from helpers import CHROMIUM_FLAGS, chromium_path, require

    path = chromium_path()
    require(path is not None, "Chromium", "apt-get install chromium (see README)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "Python Playwright", "pip install '.[test]'")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        yield b
        b.close()
