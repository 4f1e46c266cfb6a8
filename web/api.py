"""JSON API: events (the shared filters), one event, documents, corrections, health."""

from __future__ import annotations

import hmac

from flask import Blueprint, abort, current_app, jsonify, request

from timeline import clock
from timeline import filters as flt
from timeline.corrections import validate_edit
from timeline.errors import InputError
from timeline.events.merge import CORRECTION_ACTIONS

from .state import get_store

bp = Blueprint("api", __name__)


@bp.get("/api/events")
def events():
    """The events passing the filters, in time order; ``offset`` and ``limit`` cut a page of
    them (``count`` is the number of all of them)."""
    store = get_store()
    f = flt.parse(request.args)
    offset = _whole(request.args.get("offset"), "offset")
    limit = _whole(request.args.get("limit"), "limit")
    chosen, count = store.query(f, clock.today(), offset=offset or 0, limit=limit)
    return jsonify({"events": [it.to_json() for it in chosen], "count": count,
                    "notes": flt.notes(store, f)})


def _whole(value: str | None, name: str) -> int | None:
    """A non-negative whole number from the query string (None when absent).

    :raises InputError: for anything else.
    """
    if value is None or not value.strip():
        return None
    try:
        number = int(value.strip())
    except ValueError as e:
        raise InputError(f"{name}={value!r} is not a whole number") from e
    if not 0 <= number <= 10_000_000:
        raise InputError(f"{name}={value!r} is out of range (0 to 10000000)")
    return number


@bp.get("/api/events/<event_id>")
def event(event_id: str):
    return jsonify(get_store().event(event_id).to_json())


@bp.get("/api/documents")
def documents():
    return jsonify({"documents": get_store().documents()})


@bp.get("/api/documents/<doc_id>")
def document(doc_id: str):
    doc = get_store().document(doc_id)
    doc["body"] = [list(s) for s in doc["body"]]
    return jsonify(doc)


def _require_token() -> None:
    token = current_app.config.get("API_TOKEN")
    if not token:
        abort(403, "corrections through the API are disabled (set TIMELINE_API_TOKEN)")
    given = request.headers.get("Authorization", "")
    if not given.startswith("Bearer ") or not hmac.compare_digest(given[7:], token):
        abort(401, "a valid 'Authorization: Bearer <token>' header is required")


@bp.post("/api/events/<event_id>/corrections")
def correct(event_id: str):
    """Apply a correction: ``{"action": "hide"|"show"|"edit"|"merge"|"split", ...}``
    (``edit``: ``{"fields": {...}}``, ``merge``: ``{"into": id}``, ``split``:
    ``{"document": id}``). Answers with the corrected event."""
    _require_token()
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise InputError("send a JSON object, e.g. {\"action\": \"hide\"}")
    action = body.get("action")
    if action not in CORRECTION_ACTIONS:
        raise InputError(f"action must be one of {', '.join(CORRECTION_ACTIONS)}")
    store = get_store()
    data: dict = {}
    if action == "edit":
        data = validate_edit(body.get("fields") or {})
    elif action == "merge":
        into = body.get("into")
        if not isinstance(into, str):
            raise InputError("merge needs {\"into\": \"<event id>\"}")
        store.event(into, include_hidden=True)
        data = {"into": into}
    elif action == "split":
        doc = body.get("document")
        if not isinstance(doc, str):
            raise InputError("split needs {\"document\": \"<document id>\"}")
        data = {"document": doc}
    store.add_correction(event_id, action, data)
    shown = data.get("into", event_id) if action == "merge" else event_id
    return jsonify({"ok": True, "event": event_id, "action": action,
                    "result": store.event(shown, include_hidden=True).to_json()})


@bp.get("/healthz")
def healthz():
    stats = get_store().stats()
    return jsonify({"ok": True, **stats, "changed_at": get_store().changed_at().isoformat()})
