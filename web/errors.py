"""One place for errors: JSON for ``/api/`` and feed paths, an HTML page otherwise.

Bad input (unknown ids, malformed parameters, oversized bodies) gets 400/404/413 with a clear
message; a store that cannot be written (disk full, read-only) 507; only a bug becomes a 500,
and its traceback is logged.
"""

from __future__ import annotations

from flask import Flask, current_app, g, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

from timeline.errors import InputError, NotFound, StoreUnavailable, TimelineError


def _wants_json() -> bool:
    path = request.path
    return path.startswith("/api/") or path.endswith((".json", ".ics")) or path == "/healthz"


def error_response(status: int, message: str):
    if _wants_json():
        response = jsonify({"ok": False, "status": status, "error": message})
        response.status_code = status
        return response
    lang = getattr(g, "lang", "tr")
    return render_template("error.html", status=status, message=message, lang=lang), status


def init_app(app: Flask) -> None:
    @app.errorhandler(InputError)
    def bad_input(e: InputError):
        return error_response(400, e.message)

    @app.errorhandler(NotFound)
    def not_found(e: NotFound):
        return error_response(404, e.message)

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException):
        return error_response(e.code or 500, e.description or e.name)

    @app.errorhandler(StoreUnavailable)
    def store_unavailable(e: StoreUnavailable):
        # Disk full, a read-only store: the server's failure, not the client's (RFC 4918 507).
        current_app.logger.error("%s %s: %s", request.method, request.path, e.message)
        return error_response(507, f"the store cannot be written ({e.reason}); try again later")

    @app.errorhandler(TimelineError)
    def timeline_error(e: TimelineError):
        current_app.logger.error("%s %s: %s", request.method, request.path, e.message)
        return error_response(500, "the server could not complete the request")

    @app.errorhandler(Exception)
    def unexpected(e: Exception):
        if isinstance(e, HTTPException):
            return http_error(e)
        current_app.logger.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, InternalServerError.description)
