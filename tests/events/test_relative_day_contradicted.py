"""An explicit date wins over a relative day that contradicts it (issue 13; audit 3's `date`
class: a reused summary counts `dün`/`önceki gün` from the day it was first written). Every
sentence is written for these tests.
"""

from __future__ import annotations

from eventkit import extract

FEED = 0.6  # the default feed threshold (TIMELINE_FEED_MIN_CONFIDENCE)
D = "2026-03-19"  # a Thursday
EXPLICIT = "Almanya'da [12 Mart'ta|2026-03-12] açıklanan işsizlik verileri beklentiyi aştı."
RELATIVE = "Almanya'da [dün|2026-03-18] açıklanan işsizlik verileri beklentiyi aştı."


def _releases(text: str) -> dict[str, list[str]]:
    return {e.date: e.confidence_reasons for e in extract(text, D) if e.type == "release"}


def test_the_explicit_date_wins() -> None:
    events = {e.date: e for e in extract(f"{EXPLICIT} {RELATIVE}", D) if e.type == "release"}
    assert sorted(events) == ["2026-03-12", "2026-03-18"]
    assert "contradicted-relative-day" in events["2026-03-18"].confidence_reasons
    assert events["2026-03-18"].confidence < FEED
    assert "contradicted-relative-day" not in events["2026-03-12"].confidence_reasons


def test_a_relative_day_alone_is_trusted() -> None:
    assert "contradicted-relative-day" not in _releases(RELATIVE)["2026-03-18"]


def test_a_release_a_month_apart_is_another_happening() -> None:
    earlier = EXPLICIT.replace("12 Mart'ta|2026-03-12", "18 Şubat'ta|2026-02-18")
    reasons = _releases(f"{earlier} {RELATIVE}")
    assert "contradicted-relative-day" not in reasons["2026-03-18"]
