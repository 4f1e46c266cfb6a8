"""Extraction quality on the shared dev corpus (read in place, never copied), per part.

The corpus README splits the documents into a tuning part and a check part. Each part has a
floor in ``quality_floors.json`` that only rises: a change may lift a score and then the floor,
never push a score under its floor. The counts of gold items are read from the gold file itself,
so that the test follows the corpus as it grows.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import SHARED, require

from timeline.evaluate import PARTS, corpus_part, evaluate, load_gold
from timeline.pipeline import analyse_file

pytestmark = pytest.mark.feed_threshold

GOLD = SHARED / "corpus" / "dev" / "gold.json"
FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))
# The scores when the floors were introduced (commit "Tests: quality floors per corpus part").
BASELINE = {
    "tune": {"dates_f1": 0.88, "events_f1": 0.65, "events_precision": 0.83},
    "check": {"dates_f1": 0.79, "events_f1": 0.44, "events_precision": 0.86},
}


def _extract(path: str) -> dict:
    return analyse_file(path)[0].to_json()


@pytest.fixture(scope="module")
def reports() -> dict:
    require(GOLD.exists(), "shared/corpus/dev", "run from a checkout beside shared/")
    return {part: evaluate(GOLD, _extract, part) for part in PARTS}


def test_floors_never_fall_under_the_baseline():
    for part, floors in BASELINE.items():
        for name, value in floors.items():
            assert FLOORS[part][name] >= value, (part, name)


@pytest.mark.parametrize("part", PARTS)
def test_scores_hold_their_floors(reports, part):
    report = reports[part]
    measured = {
        "dates_f1": report["timexes"]["f1"],
        # every calendar event, whatever its confidence (the floors were set on these)
        "events_f1": report["calendar_events"]["f1"],
        "events_precision": report["calendar_events"]["precision"],
        # what reaches the feeds (confidence at or above the default threshold)
        "feed_precision": report["events"]["precision"],
        # feed events matched whose place agrees with the gold
        "place_accuracy": report["place_accuracy"],
    }
    below = {k: (v, FLOORS[part][k]) for k, v in measured.items() if v < FLOORS[part][k]}
    assert not below, f"{part}: measured under the floor (measured, floor): {below}"


def test_every_gold_item_is_scored_once(reports):
    gold = load_gold(GOLD)["documents"]
    for part in PARTS:
        docs = [d for d in gold if corpus_part(d["id"]) == part]
        report = reports[part]
        assert report["documents_scored"] == len(docs) > 0
        assert report["timexes"]["gold"] == sum(len(d.get("timexes", [])) for d in docs)
        calendar = [e for d in docs for e in d.get("events", []) if e.get("calendar")]
        assert report["events"]["gold"] == len(calendar)
