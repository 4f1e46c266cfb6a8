"""Serving with gunicorn from ``timeline serve``: worker processes with threads (``gthread``).

Why not waitress alone: waitress closes the connection after every response without a body,
so each ``304 Not Modified`` — what a polling calendar client mostly gets — costs a new TCP
connection (see the README's benchmark numbers). gunicorn keeps it open, and its worker
processes use every core (the app is CPU-bound Python).

Each worker builds its own app (and opens its own SQLite connections) after the fork.
"""

from __future__ import annotations

from collections.abc import Callable


def serve_gunicorn(
    make_app: Callable,
    host: str,
    port: int,
    workers: int,
    threads: int,
    access_log: str | None = None,
) -> None:
    """Run gunicorn in the foreground until SIGINT/SIGTERM (``access_log``: a file or ``-``
    for gunicorn's access log; none by default)."""
    from gunicorn.app.base import BaseApplication

    options = {
        "bind": f"{host}:{port}",
        "workers": workers,
        "threads": threads,
        "worker_class": "gthread",
        "keepalive": 5,
        # A first render of a large store's whole feed may take seconds: don't kill the worker.
        "timeout": 300,
        "graceful_timeout": 10,
        "accesslog": access_log,
        "errorlog": "-",
        "loglevel": "warning",
        "proc_name": "timeline",
        "preload_app": False,
    }

    class Application(BaseApplication):
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self):
            return make_app()

    Application().run()
