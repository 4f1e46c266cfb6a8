"""The access log of ``timeline serve --access-log`` (off by default): one line per request
in the Common Log Format that web servers write, to a file or ``-`` (standard error).

gunicorn writes its own (its ``accesslog`` setting); under waitress, which writes none,
:class:`AccessLog` wraps the app.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import IO

FORMAT = '{host} - - [{when}] "{request}" {status} {size} "{referer}" "{agent}"'


def _clean(value: str) -> str:
    """A header value safe in one log line (no quotes, controls or line breaks)."""
    return "".join(c if c.isprintable() and c != '"' else "?" for c in value)[:500]


def line(environ: dict, status: str, size: int | None, when: datetime) -> str:
    """One log line (the combined format: common, then referer and user agent).

    >>> from datetime import UTC
    >>> env = {"REMOTE_ADDR": "127.0.0.1", "REQUEST_METHOD": "GET", "PATH_INFO": "/",
    ...        "QUERY_STRING": "who=x", "SERVER_PROTOCOL": "HTTP/1.1"}
    >>> line(env, "200 OK", 5, datetime(2025, 10, 30, 12, tzinfo=UTC))
    '127.0.0.1 - - [30/Oct/2025:12:00:00 +0000] "GET /?who=x HTTP/1.1" 200 5 "-" "-"'
    """
    query = environ.get("QUERY_STRING", "")
    target = environ.get("PATH_INFO", "") + (f"?{query}" if query else "")
    request = f"{environ.get('REQUEST_METHOD', '-')} {target} {environ.get('SERVER_PROTOCOL', '-')}"
    return FORMAT.format(
        host=_clean(environ.get("REMOTE_ADDR", "-")),
        when=when.strftime("%d/%b/%Y:%H:%M:%S %z"),
        request=_clean(request),
        status=status.split(" ", 1)[0],
        size="-" if size is None else size,
        referer=_clean(environ.get("HTTP_REFERER", "-")),
        agent=_clean(environ.get("HTTP_USER_AGENT", "-")),
    )


def open_log(target: str) -> IO[str]:
    """``-``: standard error; else the file, appended to, line-buffered.

    :raises OSError: when the file cannot be opened.
    """
    if target == "-":
        return sys.stderr
    return open(target, "a", encoding="utf-8", buffering=1)  # noqa: SIM115 - kept open


class AccessLog:
    """WSGI middleware that writes one :func:`line` per response, after its body is sent."""

    def __init__(self, app: Callable, stream: IO[str]):
        self.app = app
        self.stream = stream
        self._lock = threading.Lock()

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        seen: dict = {}

        def recording_start(status, headers, exc_info=None):
            seen["status"] = status
            return start_response(status, headers, exc_info)

        body = self.app(environ, recording_start)
        size = 0
        try:
            for chunk in body:
                size += len(chunk)
                yield chunk
        finally:
            if hasattr(body, "close"):
                body.close()
            when = datetime.now().astimezone()  # noqa: DTZ005 - the log's own clock
            text = line(environ, seen.get("status", "500"), size, when)
            with self._lock:
                self.stream.write(text + "\n")
                self.stream.flush()
