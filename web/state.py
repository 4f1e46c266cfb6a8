"""Per-app state: the store, the feed cache, the language of the request, security headers."""

from __future__ import annotations

import threading
from collections import OrderedDict

from flask import Flask, current_app, g, request

from timeline import i18n
from timeline.store import Store

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
LANG_COOKIE = "timeline_lang"


class RenderCache:
    """A small LRU of rendered feeds, keyed by the store's change stamp and the request."""

    def __init__(self, size: int):
        self.size = size
        self._data: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get_or_build(self, key, build):
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                self.hits += 1
                return self._data[key]
        value = build()
        with self._lock:
            self.misses += 1
            self._data[key] = value
            while len(self._data) > self.size:
                self._data.popitem(last=False)
        return value


def init_app(app: Flask) -> None:
    app.extensions["timeline.store"] = Store(app.config["DATABASE"])
    app.extensions["timeline.cache"] = RenderCache(app.config["FEED_CACHE_SIZE"])

    @app.before_request
    def choose_language() -> None:
        g.lang = i18n.choose(
            request.headers.get("Accept-Language"),
            request.cookies.get(LANG_COOKIE),
            request.args.get("lang"),
        )

    @app.context_processor
    def helpers() -> dict:
        lang = getattr(g, "lang", i18n.DEFAULT)
        return {"t": lambda key, **values: i18n.gettext(lang, key, **values),
                "languages": i18n.LANGUAGES}

    @app.after_request
    def headers(response):
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        explicit = request.args.get("lang")
        if explicit in i18n.LANGUAGES and request.cookies.get(LANG_COOKIE) != explicit:
            response.set_cookie(LANG_COOKIE, explicit, max_age=365 * 24 * 3600,
                                samesite="Lax", httponly=True)
        if "text/html" in response.content_type:
            response.vary.add("Accept-Language")
            response.vary.add("Cookie")
        return response


def get_store() -> Store:
    return current_app.extensions["timeline.store"]


def get_cache() -> RenderCache:
    return current_app.extensions["timeline.cache"]


def base_url() -> str:
    """The configured public base URL, else the request's own host."""
    configured = current_app.config.get("BASE_URL")
    if configured:
        return configured.rstrip("/")
    # Werkzeug empties a Host header that is not a host name ("a b", "x/y"): keep links valid.
    host = request.host or "localhost"
    return f"{request.scheme}://{host}{request.script_root}".rstrip("/")
