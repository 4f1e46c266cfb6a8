"""Feeds that fit Google Calendar (issue 17): Google stops reading a subscribed feed at about
1 MB or about 1,000 events and then drops events without a word.

The feed the page's Google links subscribe to (``/calendar.ics?fit=google``, on the static
site ``google/calendar.ics``) holds what is ahead and a bounded past (:data:`FIT_PAST_DAYS`);
when that is more than fits, the events nearest to today come first; when it holds fewer, it
is filled with the most recent earlier ones, up to the limits, so it is never empty while the
filter selects anything. Its description says what it leaves out.

Any other feed over :data:`MAX_BYTES` or :data:`MAX_EVENTS` says so (``X-Timeline-Feed-Size-
Warning`` and a line on the page): filters or ``past_days=N`` give a smaller one.

>>> oversize(999_999, 1000), oversize(1_000_001, 10), oversize(10, 1001)
(False, True, True)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta

from .filters import Filter, span_of
from .i18n import gettext
from .model import StoredEvent

MAX_BYTES = 1_000_000  # Google's own help names 1 MB
MAX_EVENTS = 1_000  # reports put the silent cut at about 1,000-1,100 events
# The Google feed keeps a margin below both (the limits are approximate).
FIT_BYTES = 900_000
FIT_EVENTS = 900
FIT_PAST_DAYS = 90
FIT_VALUES = ("google",)
# A whole feed's size per event (0.92 MB at 1,000 events): the page's estimate.
BYTES_PER_EVENT = 920
TIE_MARGIN = 64


def oversize(size: int, events: int) -> bool:
    """Whether a feed of ``size`` bytes and ``events`` events is over Google's limits."""
    return size > MAX_BYTES or events > MAX_EVENTS


def estimated_oversize(events: int) -> bool:
    """Whether a feed of ``events`` events is likely over the limits (for the page, which does
    not render the feed)."""
    return oversize(events * BYTES_PER_EVENT, events)


def rank(item: StoredEvent, today: date, past_days: int = FIT_PAST_DAYS) -> tuple:
    """The order events enter the Google feed: those of the window (ahead, or ended at most
    ``past_days`` ago) nearest to today first, then earlier ones, latest first.

    >>> from timeline.model import Event
    >>> def item(day):
    ...     e = Event(date=day, granularity="day", title="t", type="summit", status="planned",
    ...               quote="q")
    ...     return StoredEvent("x" + day, e, [])
    >>> today = date(2025, 10, 30)
    >>> rank(item("2025-11-01"), today)[:2], rank(item("2025-10-01"), today)[:2]
    ((0, 2), (0, 29))
    >>> rank(item("2025-01-01"), today)[:2]
    (1, 302)
    """
    first, last = span_of(item)
    if last >= today:
        return (0, max(0, (first - today).days), item.id)
    age = (today - last).days
    return (0 if age <= past_days else 1, age, item.id)


def window_days(keep_days: int | None) -> int:
    """The past the Google feed's window holds: :data:`FIT_PAST_DAYS`, or less when the feed
    keeps less (``past_days=N``, ``TIMELINE_FEED_PAST_DAYS``)."""
    return FIT_PAST_DAYS if keep_days is None else min(FIT_PAST_DAYS, keep_days)


def candidates(
    store, f: Filter, today: date, keep_days: int | None = None, most: int = FIT_EVENTS
) -> tuple[list[StoredEvent], int]:
    """At most ``most`` calendar events of ``f`` in :func:`rank` order, and how many the
    filter selects in all (so the description can say how many are left out).

    The window is one indexed query; the earlier events that fill it are the last ``need``
    of those that ended before the window (another indexed query with an offset), never
    older than ``keep_days`` when the feed keeps a bounded past.
    """
    past_days = window_days(keep_days)
    window, _ = store.query(f, today, past_days=past_days, calendar_only=True)
    total = store.count(f, today, past_days=keep_days, calendar_only=True)
    chosen = {it.id: it for it in window}
    need = most - len(chosen)
    cutoff = today - timedelta(days=past_days + 1)
    if need > 0 and total > len(chosen) and (f.start is None or f.start <= cutoff):
        older = dataclasses.replace(f, end=min(f.end or cutoff, cutoff))
        n_older = store.count(older, today, past_days=keep_days, calendar_only=True)
        # A few more than needed: events of one day are ordered by id, not by rank.
        more = need + TIE_MARGIN
        earlier, _ = store.query(
            older,
            today,
            past_days=keep_days,
            calendar_only=True,
            offset=max(0, n_older - more),
            limit=more,
        )
        for it in earlier:
            chosen.setdefault(it.id, it)
    ranked = sorted(chosen.values(), key=lambda it: rank(it, today, past_days))
    return ranked[:most], max(total, len(chosen))


def fit(
    ranked: list[StoredEvent], render: Callable[[list[StoredEvent]], bytes], limit: int = FIT_BYTES
) -> tuple[list[StoredEvent], bytes]:
    """The longest prefix of ``ranked`` whose rendered feed is at most ``limit`` bytes (never
    fewer than one event when there is one), and its bytes.

    >>> def render(items):
    ...     return b"x" * (100 + 10 * len(items))
    >>> items, body = fit(list(range(50)), render, limit=300)
    >>> len(items), len(body)
    (20, 300)
    """
    items = list(ranked)
    body = render(items)
    while len(body) > limit and len(items) > 1:
        # Shrink in proportion to the excess (events are alike in size), at least by one.
        keep = min(len(items) - 1, int(len(items) * limit / len(body)))
        items = items[: max(1, keep)]
        body = render(items)
    return items, body


def fit_note(lang: str, shown: int, total: int, past_days: int = FIT_PAST_DAYS) -> str:
    """The Google feed's description of what it leaves out."""
    if shown >= total:
        return gettext(lang, "feed.fit.all", past_days=past_days)
    return gettext(lang, "feed.fit.cut", past_days=past_days, shown=shown, left=total - shown)
