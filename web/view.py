"""What a request of the page asks for: the filters (shared with the feeds), the view (order,
day, page size: this page only) and :class:`Here`, the page's own address with its links.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from timeline import filters as flt
from timeline.errors import InputError
from timeline.model import slot_days
from timeline.text import search_key

from .links import site_url

ORDERS = ("chrono", "upcoming")
FACET_LIMIT = 8  # entries per facet in the sidebar
LIST_LIMIT = 500  # entries per list on /lists

# Facets fold the same few thousand names on every request: remember their keys (the days an
# event covers, which ordering and windowing ask for every event, are cached by the model).
name_key = lru_cache(maxsize=65536)(search_key)


def event_days(e) -> tuple[date, date]:
    """The first and last day of an :class:`Event` or of the store's light stand-in for one
    (anything with ``date`` and ``end``): :meth:`Event.range`, by its reader ``slot_days``."""
    return slot_days(e.date, e.end)


# ---------------------------------------------------------------------------------------------
# What the request asks for: filters (shared with the feeds) and the view (this page only)


@dataclass(frozen=True)
class View:
    """How the filtered events are shown: their order and which window of them."""

    order: str = "chrono"
    page: int = 0


def parse_view(args: Mapping) -> View:
    """Read ``order`` and ``page``.

    :raises InputError: for an unknown order or a page that is not a whole number.
    """
    order = (args.get("order") or "chrono").strip()
    if order not in ORDERS:
        raise InputError(f"order={order!r} is not known; use one of {', '.join(ORDERS)}")
    raw = (args.get("page") or "0").strip()
    try:
        page = int(raw)
    except ValueError as e:
        raise InputError(f"page={raw!r} is not a whole number") from e
    if abs(page) > 100_000:
        raise InputError(f"page={raw!r} is out of range")
    return View(order, page)


@dataclass(frozen=True)
class Here:
    """The current page's filters and view, to build links that change one thing and keep the
    rest (the language is remembered by a cookie, so links leave it out)."""

    f: flt.Filter
    view: View = View()

    def url(
        self,
        add: Iterable[tuple[str, str]] = (),
        remove: Iterable[tuple[str, str]] = (),
        order: str | None = None,
        page: int | None = None,
        endpoint: str = "pages.index",
        only_filters: bool = False,
    ) -> str:
        """A link to ``endpoint`` with the filters changed as asked (a changed filter starts
        again from the first window)."""
        add, remove = list(add), set(remove)
        pairs = [p for p in self.f.raw if p not in remove]
        pairs += [p for p in add if p not in pairs]
        if not only_filters:
            order = self.view.order if order is None else order
            if page is None:
                page = 0 if (add or remove) else self.view.page
            if order != "chrono":
                pairs.append(("order", order))
            if page:
                pairs.append(("page", str(page)))
        return site_url(endpoint, pairs)

    def toggle(self, name: str, value: str) -> tuple[str, bool]:
        """A link that adds ``name=value`` or, when it is already chosen, removes it."""
        active = any(k == name and name_key(v) == name_key(value) for k, v in self.f.raw)
        if active:
            pairs = [(k, v) for k, v in self.f.raw if k == name and name_key(v) == name_key(value)]
            return self.url(remove=pairs), True
        return self.url(add=[(name, value)]), False
