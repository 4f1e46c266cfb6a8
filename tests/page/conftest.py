"""Fixtures of the timeline-page tests: a store with the seeds plus a hostile article."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import LiveServer, ingest

HERE = Path(__file__).resolve().parent
PAGE_FIXTURES = HERE / "fixtures"
HOSTILE = PAGE_FIXTURES / "hostile.json"


@pytest.fixture
def hostile_article() -> Path:
    return HOSTILE


@pytest.fixture
def hostile_store(seeded_store):
    """The seeds and ``fixtures/hostile.json`` (script tags, ``onerror`` images and
    ``javascript:`` URLs in its title, outlet, URL and text)."""
    ingest(seeded_store, [HOSTILE])
    return seeded_store


@pytest.fixture
def hostile_app(hostile_store):
    from web import create_app

    return create_app({"TESTING": True, "DATABASE": hostile_store.path})


@pytest.fixture
def hostile_client(hostile_app):
    return hostile_app.test_client()


@pytest.fixture
def hostile_server(hostile_app):
    with LiveServer(hostile_app) as server:
        yield server
