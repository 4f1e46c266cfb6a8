"""A "rich" store for the feed tests: timed, all-day, multi-day, past, cancelled, postponed,
updated events and hostile text, built in three ingests at fixed instants.

Through the real pipeline (articles in ``tests/fixtures/feeds/`` and the two seeds):
the seeds' past and future events (and a year-precise one that stays out of the feed), a
planned visit that a later version of the same article postpones (``20 Kasım'a ertelendi``),
a summit that a second outlet reports cancelled, a forum next June, and an article whose
headline, outlet, URL and text are hostile (CR/LF, ``BEGIN:VEVENT``, NUL, BEL, VT, DEL, a
``javascript:`` URL, a very long line).

Through the store's API with events built by hand (the stub tagger on ``main`` reads no clock
times nor day ranges yet): timed meetings in Moscow and Tehran, a multi-day conference in
Istanbul, a multi-day forum with a start time in Astana, and a timed meeting in Ankara whose
time a corrected version of its article changes.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from helpers import FIXTURES, SEEDS, hand_analysis, ingest

from timeline.pipeline import Analysis

ARTICLES = FIXTURES / "feeds"
STEP_1 = "2025-10-20T08:00:00+00:00"
STEP_2 = "2025-10-27T15:00:00+00:00"
STEP_3 = "2025-10-28T09:00:00+00:00"


def hand_made(ankara_time: str = "11:00") -> list[Analysis]:
    return [
        hand_analysis(
            "moskova",
            "2025-10-20T10:00:00+03:00",
            "Lavrov ile Fidan 13 Kasım'da saat 14.00'te Moskova'da görüşecek.",
            date="2025-11-13",
            time="14:00",
            title="Lavrov ile Fidan görüşmesi",
            location="Moskova",
            country="Rusya",
            timezone="Europe/Moscow",
            participants=["Rusya Dışişleri Bakanı Sergey Lavrov", "Dışişleri Bakanı Hakan Fidan"],
        ),
        hand_analysis(
            "tahran",
            "2025-10-20T11:00:00+03:00",
            "Arakçi ile Fidan 14 Kasım'da saat 09.30'da Tahran'da bir araya gelecek.",
            date="2025-11-14",
            time="09:30",
            title="Arakçi ile Fidan görüşmesi",
            location="Tahran",
            country="İran",
            timezone="Asia/Tehran",
            participants=["İran Dışişleri Bakanı Abbas Arakçi", "Dışişleri Bakanı Hakan Fidan"],
        ),
        hand_analysis(
            "istanbul",
            "2025-10-20T12:00:00+03:00",
            "İstanbul Enerji Konferansı 15-17 Haziran 2026'da İstanbul'da yapılacak.",
            date="2026-06-15",
            end="2026-06-17",
            type="conference",
            title="İstanbul Enerji Konferansı",
            location="İstanbul",
            country="Türkiye",
            timezone="Europe/Istanbul",
        ),
        hand_analysis(
            "astana",
            "2025-10-20T13:00:00+03:00",
            "Astana Yatırım Forumu 8-9 Aralık'ta saat 10.00'da Astana'da açılacak.",
            date="2025-12-08",
            end="2025-12-09",
            time="10:00",
            type="forum",
            title="Astana Yatırım Forumu",
            location="Astana",
            country="Kazakistan",
            timezone="Asia/Almaty",
        ),
        hand_analysis(
            "ankara",
            "2025-10-20T14:00:00+03:00",
            f"Güvenlik toplantısı 25 Kasım'da saat {ankara_time.replace(':', '.')}'te "
            "Ankara'da yapılacak.",
            date="2025-11-25",
            time=ankara_time,
            title="Ankara güvenlik toplantısı",
            location="Ankara",
            country="Türkiye",
            timezone="Europe/Istanbul",
        ),
    ]


@dataclass
class Rich:
    """The rich store and what the tests need to find its events."""

    store: object
    visit_path: Path

    def by_title(self, part: str):
        found = [it for it in self.store.events() if part in it.event.title]
        assert len(found) == 1, (part, [it.event.title for it in self.store.events()])
        return found[0]


def build_rich_store(store, tmp_path: Path, monkeypatch) -> Rich:
    """Fill ``store`` in three ingests (see the module docstring); the stamps are fixed by
    ``TIMELINE_NOW``, so two builds give the same store."""
    visit = tmp_path / "articles" / "visit.txt"
    visit.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ARTICLES / "visit_planned.txt", visit)
    first = [
        visit,
        *(ARTICLES / n for n in ("summit_planned.json", "forum_planned.txt", "hostile.json")),
        *sorted(SEEDS.glob("*.txt")),
    ]
    monkeypatch.setenv("TIMELINE_NOW", STEP_1)
    ingest(store, [str(p) for p in first])
    store.add_analyses(hand_made())
    monkeypatch.setenv("TIMELINE_NOW", STEP_2)
    ingest(store, [str(ARTICLES / "summit_cancelled.json")])
    monkeypatch.setenv("TIMELINE_NOW", STEP_3)
    shutil.copyfile(ARTICLES / "visit_postponed.txt", visit)  # the article was updated
    ingest(store, [str(visit)])
    store.add_analyses([hand_made(ankara_time="15:00")[-1]])
    return Rich(store, visit)
