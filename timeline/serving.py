"""Serving with gunicorn from ``timeline serve``: worker processes running gevent.

Why gevent workers (``worker_class="gevent"``): each connection is a greenlet, so a client that
sends its request slowly — or opens a connection and never finishes the headers — holds no
thread; forty such sockets once stopped ``/healthz`` for over a minute with ``gthread`` (two
workers × eight threads, each blocked reading headers). Reading a request's headers is bounded
by ``keepalive`` seconds (gunicorn wraps it in a ``gevent.Timeout``), so idle and slow sockets
are closed. gunicorn keeps the connection open after a ``304`` (waitress closes it, which made a
polled feed's revalidation cost a TCP connect), and its worker processes use every core.

In production put nginx in front (``deploy/nginx.conf``): it buffers whole requests and
answers slow clients itself.

Each worker builds its own app (and opens its own SQLite connections) after the fork.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

logger = logging.getLogger(__name__)

# Slow or idle clients: how long reading one request's headers (or waiting for the next
# request on a kept-alive connection) may take before the connection is closed.
HEADER_TIMEOUT = 5
# Connections one worker holds at once (each a greenlet, not a thread).
WORKER_CONNECTIONS = 1000


def gunicorn_options(host: str, port: int, workers: int, access_log: str | None = None) -> dict:
    """The settings ``timeline serve`` gives gunicorn (``access_log``: a file or ``-`` for
    gunicorn's access log; none by default)."""
    return {
        "bind": f"{host}:{port}",
        "workers": workers,
        "worker_class": "gevent",
        "worker_connections": WORKER_CONNECTIONS,
        "keepalive": HEADER_TIMEOUT,
        # A first render of a large store's whole feed may take seconds: don't kill the worker.
        "timeout": 300,
        "graceful_timeout": 10,
        "accesslog": access_log,
        "errorlog": "-",
        "loglevel": "warning",
        "proc_name": "timeline",
        "preload_app": False,
    }


def serve_gunicorn(
    make_app: Callable, host: str, port: int, workers: int, access_log: str | None = None
) -> None:
    """Run gunicorn in the foreground until SIGINT/SIGTERM."""
    from gunicorn.app.base import BaseApplication

    options = gunicorn_options(host, port, workers, access_log)

    class Application(BaseApplication):
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self):
            return make_app()

    logger.info("gunicorn on %s:%d, %d gevent worker(s)", host, port, workers)
    Application().run()
