"""Per-app state: the store, caches, the language of the request, security headers."""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from flask import Flask, current_app, g, request

from timeline import i18n
from timeline.store import Store

from .links import site_url
from .lru import LRU

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
LANG_COOKIE = "timeline_lang"
SAFE_SCHEMES = ("http", "https")


def is_safe_url(url: str | None) -> bool:
    """Whether a URL from an article may become a link: only ``http``/``https`` with a host
    (never ``javascript:``, ``data:`` or a scheme hidden behind spaces or control characters).

    >>> is_safe_url("https://example.org/a"), is_safe_url("javascript:alert(1)")
    (True, False)
    >>> is_safe_url(" JaVaScRiPt:alert(1)"), is_safe_url("java\\tscript:x"), is_safe_url(None)
    (False, False, False)
    """
    if not url or any(ord(c) < 33 or c in "\\\"'<>`" for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in SAFE_SCHEMES and bool(parts.netloc)


def lang_links(args, current: str) -> list[dict]:
    """Links that switch the interface language and keep everything else in the query (none
    on the published static site, which is in one language)."""
    if current_app.config.get("STATIC_SITE"):
        return []
    kept = [(k, v) for k, vs in args.lists() for v in vs if k != "lang"]
    return [
        {
            "code": code,
            "current": code == current,
            "name": i18n.gettext(code, "lang.name"),
            "url": "?" + urlencode([*kept, ("lang", code)]),
        }
        for code in i18n.LANGUAGES
    ]


def init_app(app: Flask) -> None:
    app.extensions["timeline.store"] = store = Store(app.config["DATABASE"])
    # Serving shows UIDs: their domain is fixed now (the base URL's host, else the host name).
    store.fix_uid_domain(app.config.get("BASE_URL"))
    app.extensions["timeline.pages"] = LRU(app.config.get("PAGE_CACHE_SIZE", 32))
    # Exports of a whole large store are big (7 MB for 10,000 events): keep fewer of them.
    app.extensions["timeline.exports"] = LRU(app.config.get("EXPORT_CACHE_SIZE", 8))

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
        return {
            "t": lambda key, **values: i18n.gettext(lang, key, **values),
            "languages": i18n.LANGUAGES,
            "lang_links": lang_links(request.args, lang),
            "site_url": site_url,
            "static_site": bool(current_app.config.get("STATIC_SITE")),
        }

    @app.after_request
    def headers(response):
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        explicit = request.args.get("lang")
        if explicit in i18n.LANGUAGES and request.cookies.get(LANG_COOKIE) != explicit:
            response.set_cookie(
                LANG_COOKIE, explicit, max_age=365 * 24 * 3600, samesite="Lax", httponly=True
            )
        if "text/html" in response.content_type:
            response.vary.add("Accept-Language")
            response.vary.add("Cookie")
        return response


def get_store() -> Store:
    return current_app.extensions["timeline.store"]


def get_page_cache() -> LRU:
    """Rendered pages, keyed by the store's change stamp, the day, the language and the URL."""
    return current_app.extensions["timeline.pages"]


def get_export_cache() -> LRU:
    """Rendered TimelineJS exports, keyed like the pages."""
    return current_app.extensions["timeline.exports"]


def base_url() -> str:
    """The configured public base URL, else the request's own host."""
    configured = current_app.config.get("BASE_URL")
    if configured:
        return configured.rstrip("/")
    # Werkzeug empties a Host header that is not a host name ("a b", "x/y"): keep links valid.
    host = request.host or "localhost"
    return f"{request.scheme}://{host}{request.script_root}".rstrip("/")
