"""Scoring rules of ``timeline eval`` on small hand-written predictions and gold items."""

from __future__ import annotations

import pytest

from timeline.evaluate import score_events

pytestmark = pytest.mark.feed_threshold


def pred(day: str, feed: bool | None = True, calendar: bool = True, end=None) -> dict:
    e = {"date": day, "end": end, "granularity": "day", "title": "Kars zirvesi"}
    e["calendar"] = calendar
    if feed is not None:
        e["feed"] = feed
    return e


def gold(day: str, calendar: bool = True) -> dict:
    return {"date": day, "end": None, "what": "Kars zirvesi", "where": None, "calendar": calendar}


GOLD = [gold("2025-11-12"), gold("2025-11-20", calendar=False)]

# (name, predictions, true positives, predictions counted)
CASES = [
    ("feed event matches", [pred("2025-11-12")], 1, 1),
    ("calendar event kept out of the feed is not scored", [pred("2025-11-12", feed=False)], 0, 0),
    ("no feed field: calendar decides", [pred("2025-11-12", feed=None)], 1, 1),
    ("spurious day counts against", [pred("2025-11-13")], 0, 1),
    ("a day gold marks non-calendar counts neither way", [pred("2025-11-20")], 0, 0),
    ("a different end is no match", [pred("2025-11-12", end="2025-11-13")], 0, 1),
]


@pytest.mark.parametrize(("name", "predicted", "tp", "counted"), CASES, ids=[c[0] for c in CASES])
def test_feed_events_are_scored(name, predicted, tp, counted):
    counts = score_events(predicted, GOLD)[0]
    assert (counts.tp, counts.predicted, counts.gold) == (tp, counted, 1)


def test_every_calendar_event_when_chosen():
    counts = score_events([pred("2025-11-12", feed=False)], GOLD, lambda e: e["calendar"])[0]
    assert (counts.tp, counts.predicted) == (1, 1)


def test_a_wrong_place_is_listed_with_both_places():
    gold_at = [{**gold("2025-11-12"), "where": "Kars"}]
    predicted = [{**pred("2025-11-12"), "location": "Ardahan"}]
    _, _, places, misses = score_events(predicted, gold_at)
    assert places == 0
    assert misses == [
        {
            "kind": "wrong place",
            "date": "2025-11-12",
            "title": "Kars zirvesi",
            "place": "Ardahan",
            "gold": "Kars",
        }
    ]


def test_a_right_place_is_no_mismatch():
    gold_at = [{**gold("2025-11-12"), "where": "Kilyos, İstanbul"}]
    predicted = [{**pred("2025-11-12"), "location": "İstanbul"}]
    _, _, places, misses = score_events(predicted, gold_at)
    assert (places, misses) == (1, [])


def test_gold_text_is_located_after_the_date_line_and_the_previous_item():
    from timeline.evaluate import locate

    text = "date 2026-02-10\n\n2026 sınavı\n5 Mart 2026 Cuma ödeme. Mart 2026 takvimi"
    items = [{"text": "2026"}, {"text": "5 Mart 2026 Cuma"}, {"text": "Mart 2026"}]
    spans = locate(text, items)
    assert [text[a:b] for a, b in spans] == ["2026", "5 Mart 2026 Cuma", "Mart 2026"]
    assert spans[0][0] == text.index("2026 sınavı")
    assert spans[2][0] == text.index("Mart 2026 takvimi")
