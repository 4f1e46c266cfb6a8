"""Fixtures of the feed tests: the rich store of :mod:`richstore`, its app and client."""

from __future__ import annotations

import pytest
from richstore import Rich, build_rich_store


@pytest.fixture
def rich(store, tmp_path, monkeypatch) -> Rich:
    return build_rich_store(store, tmp_path, monkeypatch)


@pytest.fixture
def rich_app(rich):
    from web import create_app

    return create_app({"TESTING": True, "DATABASE": rich.store.path})


@pytest.fixture
def rich_client(rich_app):
    return rich_app.test_client()
