"""The two sample articles give the five events the product promises (README, "From the
samples"): a summit held in Dushanbe, a meeting held in Moscow, one official visit announced by
both articles, a summit proposed for Tehran and the first summit in Astana, recalled history that
belongs on the timeline but not in the calendar. A rule that drops any of them is a regression."""

from __future__ import annotations

import json

from helpers import run_cli as run


def _events(capsys, seed_paths: list[str]) -> list[dict]:
    code, out, _ = run(capsys, "extract", *seed_paths)
    assert code == 0
    return json.loads(out)["events"]


def _one(events: list[dict], date: str) -> dict:
    found = [e for e in events if e["date"] == date]
    assert len(found) == 1, [(e["date"], e["title"]) for e in events]
    return found[0]


def test_the_samples_give_the_promised_events(capsys, seed_paths) -> None:
    events = _events(capsys, seed_paths)
    expected = [
        ("2025-10-09", "summit", "held", "Duşanbe", True, 1),
        ("2025-10-22", "meeting", "held", "Moskova", True, 1),
        ("2025-11-12", "visit", "planned", "Rusya", True, 2),
        ("2026-08-12", "summit", "proposed", "Tahran", True, 1),
        ("2022", "summit", "held", "Astana", False, 1),
    ]
    for date, kind, status, place, calendar, sources in expected:
        event = _one(events, date)
        assert (event["type"], event["status"], event["location"]) == (kind, status, place)
        assert event["calendar"] is calendar
        assert len(event["sources"]) == sources
    assert _one(events, "2022")["granularity"] == "year"
    assert _one(events, "2026-08-12")["feed"] is True
