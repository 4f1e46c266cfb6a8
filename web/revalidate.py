"""Answer repeated conditional feed requests before Flask runs.

Calendar clients poll: most requests for a feed are conditional (``If-None-Match``) and get
``304 Not Modified``. Once the app has answered one such request with ``304``, the same
request — same path, query, validators and every header the answer depends on — gets the same
``304`` straight away for as long as the store's change stamp and the day stay the same.
Anything else goes to the app. The answer is the app's own, replayed byte for byte, so this
changes speed, never content.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from timeline import clock

from .lru import LRU

# The request headers a feed's answer may depend on (language, links, validators).
KEY_HEADERS = (
    "PATH_INFO",
    "QUERY_STRING",
    "SCRIPT_NAME",
    "wsgi.url_scheme",
    "HTTP_HOST",
    "HTTP_ACCEPT_LANGUAGE",
    "HTTP_COOKIE",
    "HTTP_ACCEPT_ENCODING",
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_FORWARDED_HOST",
)


class Revalidation:
    """WSGI middleware around the app: a bounded memo of its ``304`` answers to feeds."""

    def __init__(self, app: Callable, stamp: Callable[[], object], size: int = 4096):
        self.app = app
        self.stamp = stamp  # the store's revision (cheap: one indexed row)
        self.size = size
        self._memo: LRU[tuple, tuple] = LRU(size)
        self.hits = 0

    @staticmethod
    def _key(environ: dict) -> tuple | None:
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        if not environ.get("HTTP_IF_NONE_MATCH") or not environ.get("PATH_INFO", "").endswith(
            ".ics"
        ):
            return None
        return (environ["REQUEST_METHOD"], *(environ.get(h) for h in KEY_HEADERS))

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        key = self._key(environ)
        if key is None:
            return self.app(environ, start_response)
        state = (self.stamp(), clock.today())
        held = self._memo.get(key)
        if held is not None and held[0] == state:
            self.hits += 1  # a statistic: a lost increment between threads does not matter
            start_response(held[1], list(held[2]))
            return []
        captured: list = []

        def capture(status: str, headers: list, exc_info=None):
            captured[:] = [status, headers]
            return start_response(status, headers, exc_info)

        body = self.app(environ, capture)
        if captured and captured[0].startswith("304"):
            self._memo[key] = (state, captured[0], tuple(captured[1]))
        return body
