"""Pinning the event ids an answer names (see :mod:`timeline.store.pins`).

A route notes the ids of the events its answer shows with :func:`serve`; when the answer
succeeds (status below 400, except ``202 Accepted``, which names no event yet) the store pins
the ones this process has not pinned yet, all at once — one read when they are pinned
already, else one ``INSERT OR IGNORE`` — so that a feed's ``UID``, a page's address or an API
id, once served, keeps naming its happening. A rendering kept in a cache carries the ids it
noted, and every answer it gives notes them again; the ids a process pinned are remembered
(pins are never undone), so a feed polled again costs a set difference, not a query.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from flask import Flask, current_app, g

from timeline.errors import StoreError

from .lru import LRU
from .state import get_store

V = TypeVar("V")

_NOTED = "timeline_served_ids"
PINNED = "timeline.pinned"  # app.extensions: the ids this process pinned
PINNED_MEMO_MAX = 500_000  # forgotten past this many (they are pinned all the same)


def serve(ids: Iterable[str]) -> None:
    """Note event ids the answer being made names: they are pinned if it succeeds."""
    noted = g.get(_NOTED)
    if noted is None:
        noted = set()
        setattr(g, _NOTED, noted)
    noted.update(ids)


def noting(build: Callable[[], V]) -> Callable[[], tuple[V, frozenset[str]]]:
    """``build`` made to return, beside its value, the ids it noted (for a cache to keep)."""

    def built() -> tuple[V, frozenset[str]]:
        outer = g.pop(_NOTED, None) or set()
        try:
            value = build()
        finally:
            inner = g.pop(_NOTED, None) or set()
            setattr(g, _NOTED, outer | inner)
        return value, frozenset(inner)

    return built


def cached(cache: LRU, key, build: Callable[[], V]) -> V:
    """``cache.get_or_build(key, build)``, noting the ids the build noted on every answer."""
    value, ids = cache.get_or_build(key, noting(build))
    serve(ids)
    return value


def init_app(app: Flask) -> None:
    """Pin, after each successful answer, the event ids it noted."""
    app.extensions[PINNED] = set()

    @app.after_request
    def pin_served(response):
        ids = g.pop(_NOTED, None)
        if ids and response.status_code < 400 and response.status_code != 202:
            _pin(ids)
        return response


def _pin(ids: set[str]) -> None:
    """Pin the ids this process has not pinned yet; a store that cannot be written leaves
    them unpinned for now, with a warning (the answer stands)."""
    known: set[str] = current_app.extensions[PINNED]
    new = ids - known
    if not new:
        return
    try:
        get_store().pin(new)
    except StoreError as e:
        current_app.logger.warning("could not pin %d served ids: %s", len(new), e)
        return
    if len(known) + len(new) > PINNED_MEMO_MAX:
        known.clear()
    known.update(new)
