"""Confidence of events: the reasons read from sentences written for these tests, the score,
the ``feed`` flag of ``timeline extract`` and its threshold (``TIMELINE_FEED_MIN_CONFIDENCE``).
"""

from __future__ import annotations

import json

import pytest
from eventkit import extract
from helpers import ROOT

from timeline.config import FEED_MIN_CONFIDENCE, feed_min_confidence
from timeline.errors import InputError
from timeline.events.confidence import score, stronger
from timeline.events.merge import Mention, cluster
from timeline.model import Event, Source

pytestmark = pytest.mark.feed_threshold

D = "2025-10-30"

# (name, text, the reasons the first event must have, reasons it must not have, in the feed)
CASES = [
    (
        "named summit, date attached",
        "Dışişleri bakanları [12 Kasım'da|2025-11-12] 4. Karadeniz Ekonomik İşbirliği "
        "Zirvesi'nde bir araya gelecek.",
        {"named", "date-attached", "status-verb"},
        {"place-title", "date-inferred"},
        True,
    ),
    (
        "two named participants",
        "Bakan Ali Kaya ile Bakan Veli Demir [14 Kasım'da|2025-11-14] Ankara'da görüşecek.",
        {"participants", "date-attached", "status-verb", "place-known"},
        {"place-title"},
        True,
    ),
    (
        "place and noun only",
        "Konuyla ilgili [14 Kasım'da|2025-11-14] İzmir'de bir toplantı yapılacak.",
        {"place-title"},
        {"named", "participants"},
        False,
    ),
    (
        "day-month resolved into an earlier year",
        "Bakanlar [14 Kasım'da|2024-11-14] Kars Kalkınma Forumu'nda buluştu.",
        {"year-guessed-back"},
        set(),
        False,
    ),
    (
        "year written: not guessed",
        "Bakanlar [14 Kasım 2024'te|2024-11-14] Kars Kalkınma Forumu'nda buluştu.",
        {"named"},
        {"year-guessed-back"},
        True,
    ),
    (
        "a school break named by its kind, date attached",
        "Okullarda kış ara tatili [9 Şubat 2026'da|2026-02-09] başlayacak.",
        {"kind", "date-attached", "status-verb"},
        {"no-title", "place-title"},
        True,
    ),
    (
        "a day of its own outside its slot: the date may be another's",
        "Bakan Ali Kaya [Salı günü|2025-10-28] basına "
        "[Cuma günü|2025-10-31] Bakan Veli Demir ile görüşeceğini söyledi.",
        {"several-dates"},
        set(),
        False,
    ),
    (
        "postponed slot",
        "[20 Kasım'da|2025-11-20] yapılacak Kars Kalkınma Forumu ertelendi.",
        {"status-change"},
        set(),
        False,
    ),
]


@pytest.mark.parametrize(("name", "text", "has", "lacks", "feed"), CASES, ids=[c[0] for c in CASES])
def test_reasons_and_feed(name, text, has, lacks, feed):
    events = extract(text, D)
    assert events, name
    e = events[0]
    reasons = set(e.confidence_reasons)
    assert has <= reasons, (name, e.title, reasons)
    assert not lacks & reasons, (name, e.title, reasons)
    assert 0.0 <= e.confidence <= 1.0
    assert e.confidence == score(e.confidence_reasons)
    assert e.in_feed(FEED_MIN_CONFIDENCE) is feed, (name, e.title, e.confidence, reasons)


def test_a_sentence_with_a_named_event_beats_a_place_and_noun():
    named = extract(CASES[0][1], D)[0]
    fallback = extract(CASES[2][1], D)[0]
    assert named.confidence > fallback.confidence


def test_json_carries_confidence_and_reasons():
    data = extract(CASES[0][1], D)[0].to_json()
    assert isinstance(data["confidence"], float)
    assert "named" in data["confidence_reasons"]


def test_stronger_keeps_one_code_of_each_kind():
    assert stronger(["place-title", "date-inferred", "time"], ["topic", "date-attached"]) == [
        "topic",
        "date-attached",
        "time",
    ]


def _mention(event: Event, doc: str) -> Mention:
    return Mention(event, Source(doc, f"{doc}.txt", doc, D, event.quote, status=event.status))


def test_more_sources_only_raise_confidence():
    text = "Bakan Ali Kaya ile Bakan Veli Demir [14 Kasım'da|2025-11-14] Ankara'da görüşecek."
    one = extract(text, D)[0]
    alone = cluster([_mention(one, "a")])[0].event
    both = cluster([_mention(extract(text, D)[0], "a"), _mention(extract(text, D)[0], "b")])
    assert len(both) == 1
    assert both[0].event.confidence > alone.confidence == one.confidence
    assert "sources-2" in both[0].event.confidence_reasons


@pytest.mark.parametrize(
    ("value", "expected"), [("", FEED_MIN_CONFIDENCE), ("0.5", 0.5), (" 1 ", 1.0), ("0", 0.0)]
)
def test_threshold_from_the_environment(monkeypatch, value, expected):
    monkeypatch.setenv("TIMELINE_FEED_MIN_CONFIDENCE", value)
    assert feed_min_confidence() == expected


@pytest.mark.parametrize("value", ["high", "1.5", "-0.1", "nan"])
def test_a_bad_threshold_is_refused_with_its_name(monkeypatch, value):
    monkeypatch.setenv("TIMELINE_FEED_MIN_CONFIDENCE", value)
    with pytest.raises(InputError, match="TIMELINE_FEED_MIN_CONFIDENCE"):
        feed_min_confidence()


def test_extract_says_feed_per_event_and_follows_the_threshold(tmp_path):
    import subprocess
    import sys

    article = tmp_path / "a.txt"
    article.write_text(
        "date 2025-10-30\n\nZirve\n\nBakan Ali Kaya ile Bakan Veli Demir 14 Kasım'da Ankara'da "
        "görüşecek. Konuyla ilgili 20 Kasım'da İzmir'de bir toplantı yapılacak.\n",
        encoding="utf-8",
    )

    def run(threshold: str) -> dict:
        env = {"PYTHONPATH": str(ROOT), "TIMELINE_FEED_MIN_CONFIDENCE": threshold, "PATH": ""}
        proc = subprocess.run(
            [sys.executable, "-m", "timeline", "extract", str(article)],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
        )
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)

    strict, lax = run("0.9"), run("0")
    for data in (strict, lax):
        events = data["events"] + data["documents"][0]["events"]
        assert events and all(isinstance(e["feed"], bool) for e in events)
    fed = {e["title"]: e["feed"] for e in strict["events"]}
    assert fed == {e["title"]: e["calendar"] and e["confidence"] >= 0.9 for e in strict["events"]}
    assert True in fed.values() and False in fed.values()
    assert all(e["feed"] == e["calendar"] for e in lax["events"])
