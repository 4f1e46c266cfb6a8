"""Render events as JSON (the ``{"events": [...]}`` shape of the API and ``timeline export``)."""

from __future__ import annotations

import json

from ..model import StoredEvent


def events_document(events: list[StoredEvent], **extra) -> dict:
    """``{"events": [...]}`` plus any extra top-level keys (counts, notes)."""
    data = {"events": [e.to_json() for e in events]}
    data.update(extra)
    return data


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)
