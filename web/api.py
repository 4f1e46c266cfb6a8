"""JSON API: events (the shared filters), one event, documents (read, upload, withdraw),
corrections, health."""

from __future__ import annotations

import hmac
import io
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.exceptions import RequestEntityTooLarge

from timeline import clock
from timeline import filters as flt
from timeline.corrections import validate_edit
from timeline.documents import SUPPORTED
from timeline.errors import InputError, NotFound
from timeline.events.merge import CORRECTION_ACTIONS
from timeline.model import public_source

from .jobs import Listing, job_answer, queue_job
from .served import serve
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
    serve(it.id for it in chosen)
    return jsonify(
        {"events": [it.to_json() for it in chosen], "count": count, "notes": flt.notes(store, f)}
    )


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
    item = get_store().event(event_id)
    serve([item.id])
    return jsonify(item.to_json())


@bp.get("/api/documents")
def documents():
    docs = get_store().documents()
    for doc in docs:
        doc["source"] = public_source(doc["source"])
    return jsonify({"documents": docs})


@bp.get("/api/documents/<doc_id>")
def document(doc_id: str):
    doc = get_store().document(doc_id)
    doc["body"] = [list(s) for s in doc["body"]]
    doc["source"] = public_source(doc["source"])
    return jsonify(doc)


def _require_token() -> None:
    """The write API needs ``Authorization: Bearer <TIMELINE_TOKEN>``: 403 when no token is
    configured (the write API is off), 401 without the right one. Checked before any body is
    read."""
    token = current_app.config.get("API_TOKEN")
    if not token:
        abort(403, "the write API is off: set TIMELINE_TOKEN on the server to enable it")
    given = request.headers.get("Authorization", "")
    scheme, _, value = given.partition(" ")
    # Bytes, not str: compare_digest refuses non-ASCII strings (a hostile header is no 500).
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        value.strip().encode("utf-8", "surrogateescape"), token.encode("utf-8", "surrogateescape")
    ):
        abort(401, "a valid 'Authorization: Bearer <token>' header is required")


# Content types POST /api/documents reads, and the kind of file each is.
UPLOAD_TYPES = {
    "application/json": ".json",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/rss+xml": ".rss",
    "application/atom+xml": ".atom",
    "application/xml": ".xml",
    "text/xml": ".xml",
}


def _read_unsized(limit: int) -> bytes:
    """The whole body of a request without ``Content-Length`` (the server decodes the chunks).

    :raises RequestEntityTooLarge: as soon as it passes ``limit`` bytes (413, nothing stored).
    :raises InputError: for a malformed chunked body (a bad chunk size, a missing end).
    """
    stream = request.environ["wsgi.input"]
    parts, size = [], 0
    try:
        while chunk := stream.read(min(64 * 1024, limit + 1 - size)):
            parts.append(chunk)
            size += len(chunk)
            if size > limit:
                raise RequestEntityTooLarge(
                    f"the body is over the upload limit of {limit:,} bytes "
                    "(TIMELINE_UPLOAD_MAX_BYTES); nothing was stored"
                )
    except _FRAMING_ERRORS as e:  # the server's chunk parser: the client's framing
        raise InputError(f"the request body is malformed ({e})") from e
    return b"".join(parts)


def _framing_errors() -> tuple[type[Exception], ...]:
    """What reading a request body raises when the client's framing is wrong: gunicorn's
    parse errors (a bad chunk size or terminator), an I/O error of a cut connection."""
    try:
        from gunicorn.http.errors import ParseException
    except ImportError:  # another server
        return (OSError, ValueError)
    return (OSError, ValueError, ParseException)


_FRAMING_ERRORS = _framing_errors()


def _upload() -> tuple[bytes, str, str]:
    """The uploaded bytes, a source name and a file suffix. The size limit is checked from
    ``Content-Length`` before the body is read, and while reading a chunked body (413).

    :raises InputError: no file, or several, in a multipart upload.
    """
    limit = current_app.config["UPLOAD_MAX_BYTES"]
    request.max_content_length = limit
    if request.content_length is None and request.environ.get("wsgi.input_terminated"):
        # A body without a length (chunked): read it whole, refused past the limit, before
        # anything parses it (werkzeug would silently cut it at the limit).
        request.environ["wsgi.input"] = io.BytesIO(_read_unsized(limit))
    mimetype = request.mimetype
    if mimetype == "multipart/form-data":
        files = [f for f in request.files.values() if f.filename or f.content_length]
        if len(files) != 1:
            raise InputError(
                "send exactly one file in a multipart upload (curl -F file=@article.html …)"
            )
        name = Path((files[0].filename or "upload").replace("\\", "/")).name or "upload"
        suffix = Path(name).suffix.lower()
        if suffix not in SUPPORTED:
            abort(
                415,
                f"unsupported file type {suffix or '(no suffix)'!r}; send "
                f"{', '.join(sorted(s for s in SUPPORTED if s))} files",
            )
        return files[0].read(limit + 1), f"upload:{name}", suffix
    typed = UPLOAD_TYPES.get(mimetype)
    if typed is None:
        abort(
            415,
            f"unsupported Content-Type {mimetype or '(none)'!r}; send application/json, "
            "text/plain, text/html, an RSS/Atom type or a multipart/form-data upload",
        )
    return request.get_data(cache=False), "upload", typed


@bp.post("/api/documents")
def add_documents():
    """Ingest articles: a JSON object ``{"title", "published", "text", "url"}`` or a list of
    them, a text/HTML/feed body, or one multipart file. Each article is stored in its own
    transaction. Answers 201 when an article was added, 200 when all were unchanged or
    updated, 400 when every article was refused. The answer holds the counts and the first
    100 stored and 100 refused articles (each refusal with its reason); ``unlisted`` counts
    the others. An upload of more than ``TIMELINE_JOB_ARTICLES`` articles is answered 202 at
    once and stored by a background job (``Location: /api/jobs/<id>``)."""
    from timeline.ingest import analyse_items, read_bytes, store_one

    _require_token()
    data, source, suffix = _upload()
    store = get_store()
    items = read_bytes(data, source, suffix=suffix)
    articles = sum(not isinstance(item, InputError) for item in items)
    if articles > current_app.config["JOB_ARTICLES"]:
        return _accepted(store, data, source, suffix, len(items), articles)
    listing = Listing()
    for extracted in analyse_items(items):
        listing.add(store_one(store, extracted, source))
    body = listing.answer(store)
    if not listing.accepted:
        body["error"] = _first_refusal(body) or "no article found"
        body["status"] = 400
        return jsonify(body), 400
    response = jsonify(body)
    response.status_code = 201 if listing.counts["added"] else 200
    if len(items) == 1 and listing.counts["added"]:
        response.headers["Location"] = body["documents"][0]["url"]
    return response


def _first_refusal(body: dict) -> str | None:
    """The reason of the first refused article listed in an answer."""
    return next((d["error"] for d in body["documents"] if d["status"] == "refused"), None)


def _accepted(store, data: bytes, source: str, suffix: str, items: int, articles: int):
    """Queue a large upload as a background job: ``202 Accepted``, ``Location`` its URL."""
    job_id = queue_job(store, data, source, suffix, items)
    url = f"/api/jobs/{job_id}"
    response = jsonify(
        {
            "ok": True,
            "status": "queued",
            "job": job_id,
            "url": url,
            "items": items,
            "articles": articles,
        }
    )
    response.status_code = 202
    response.headers["Location"] = url
    response.headers["Retry-After"] = "1"
    return response


@bp.get("/api/jobs/<job_id>")
def job(job_id: str):
    """A background job of the write API: ``status`` (queued, running, done, failed), its
    progress and the bounded listing of what it stored (the same as a direct write's)."""
    _require_token()
    store = get_store()
    found = store.job(job_id) if _is_id(job_id) else None
    if found is None:
        raise NotFound(f"no job {job_id!r}")
    return jsonify(job_answer(store, found))


@bp.delete("/api/documents/<doc_id>")
def withdraw_document(doc_id: str):
    """Withdraw an article: its events that no other article reports leave the page and the
    API, and stay in the feeds as cancelled (``STATUS:CANCELLED``, ``SEQUENCE`` raised)."""
    _require_token()
    withdrawn = get_store().withdraw_document(doc_id)
    serve([*withdrawn.get("cancelled", ()), *withdrawn.get("updated", ())])
    return jsonify({"ok": True, **withdrawn})


@bp.post("/api/events/<event_id>/corrections")
def correct(event_id: str):
    """Apply a correction: ``{"action": "hide"|"show"|"edit"|"merge"|"split", ...}``
    (``edit``: ``{"fields": {...}}``, ``merge``: ``{"into": id}``, ``split``:
    ``{"document": id}``). Answers with the corrected event."""
    _require_token()
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise InputError('send a JSON object, e.g. {"action": "hide"}')
    action = body.get("action")
    if action not in CORRECTION_ACTIONS:
        raise InputError(f"action must be one of {', '.join(CORRECTION_ACTIONS)}")
    store = get_store()
    data: dict = {}
    if action == "edit":
        data = validate_edit(body.get("fields") or {})
    elif action == "merge":
        into = body.get("into")
        if not _is_id(into):
            raise InputError('merge needs {"into": "<event id>"}')
        store.event(str(into), include_hidden=True)
        data = {"into": into}
    elif action == "split":
        doc = body.get("document")
        if not _is_id(doc):
            raise InputError('split needs {"document": "<document id>"}')
        data = {"document": doc}
    store.add_correction(event_id, action, data)
    shown = data.get("into", event_id) if action == "merge" else event_id
    result = store.event(shown, include_hidden=True)
    serve([event_id, result.id])
    return jsonify({"ok": True, "event": event_id, "action": action, "result": result.to_json()})


def _is_id(value) -> bool:
    """Whether a value of a correction can be an event or document id (ids are short
    printable text; an unpaired surrogate could not even be looked up)."""
    return isinstance(value, str) and 0 < len(value) <= 200 and value.isprintable()


@bp.get("/healthz")
def healthz():
    stats = get_store().stats()
    return jsonify({"ok": True, **stats, "changed_at": get_store().changed_at().isoformat()})
