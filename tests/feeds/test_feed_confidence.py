"""Feeds carry only events of at least the feed threshold; the ``min_confidence`` filter;
a stored event's confidence never falls (an event once in the feeds stays there)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from timeline import filters as flt
from timeline.documents import parse_text
from timeline.errors import InputError
from timeline.model import Event, StoredEvent
from timeline.pipeline import Analysis
from timeline.render.ics import in_feed

pytestmark = pytest.mark.feed_threshold


def stored(confidence: float, calendar: bool = True) -> StoredEvent:
    event = Event(
        date="2025-11-12",
        granularity="day",
        title="Kars zirvesi",
        type="summit",
        status="planned",
        quote="Kars zirvesi 12 Kasım'da.",
        calendar=calendar,
        confidence=confidence,
    )
    return StoredEvent(id="e1", event=event, sources=[])


@pytest.mark.parametrize(
    ("confidence", "calendar", "threshold", "expected"),
    [
        (0.9, True, 0.9, True),
        (0.89, True, 0.9, False),
        (1.0, False, 0.0, False),
        (0.2, True, 0.0, True),
    ],
)
def test_in_feed_follows_the_threshold(confidence, calendar, threshold, expected):
    assert in_feed(stored(confidence, calendar), threshold) is expected


def test_in_feed_reads_the_environment(monkeypatch):
    monkeypatch.setenv("TIMELINE_FEED_MIN_CONFIDENCE", "0.5")
    assert in_feed(stored(0.6))
    monkeypatch.setenv("TIMELINE_FEED_MIN_CONFIDENCE", "0.7")
    assert not in_feed(stored(0.6))


@pytest.mark.parametrize(("value", "expected"), [("0.75", 0.75), ("1", 1.0), ("0", None)])
def test_min_confidence_is_parsed(value, expected):
    f = flt.parse({"min_confidence": value})
    assert f.min_confidence == expected
    assert ("min_confidence" in f.query_string()) is (expected is not None)


@pytest.mark.parametrize("value", ["yüksek", "2", "-1"])
def test_a_bad_min_confidence_is_refused(value):
    with pytest.raises(InputError, match="min_confidence"):
        flt.parse({"min_confidence": value})


def test_min_confidence_selects_events(store):
    def analysis(n: int, confidence: float) -> Analysis:
        doc = parse_text(
            f"Haber {n}.", f"h{n}.txt", key=f"k{n}", published=datetime(2025, 10, 1, tzinfo=UTC)
        )
        e = stored(confidence).event
        e.title, e.date = f"Olay {n} zirvesi", f"2025-11-1{n}"
        return Analysis(doc, [], [e])

    store.add_analyses([analysis(1, 0.4), analysis(2, 0.95)])
    f = flt.parse({"min_confidence": "0.9"})
    items, total = store.query(f)
    assert [it.event.title for it in items] == ["Olay 2 zirvesi"] and total == 1
    assert len(store.query(flt.Filter())[0]) == 2


def test_confidence_never_falls_in_the_store(store):
    def analysis(confidence: float) -> Analysis:
        doc = parse_text("Haber.", "h.txt", key="same", published=datetime(2025, 10, 1, tzinfo=UTC))
        return Analysis(doc, [], [stored(confidence).event])

    store.add_analyses([analysis(0.95)])
    store.replace_analyses([analysis(0.5)])
    (item,) = store.events()
    assert item.event.confidence == 0.95
    assert in_feed(item, 0.9)
