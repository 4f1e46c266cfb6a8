"""The two sample articles, end to end through documents -> temporal -> events -> merge.

Expected (issue 2): 2025-10-09 2nd Central Asia–Russia Summit, Dushanbe (held); 2025-10-22
Lavrov–Köşerbayev meeting, Moscow (held); 2025-11-12 Tokayev's official visit to Russia
(planned, 2 sources); 2026-08-12 7th Caspian Summit, Tehran (proposed); 2022 1st summit,
Astana (year-precise, not for the calendar).
"""

from __future__ import annotations

import pytest

from timeline.events.merge import Mention, cluster
from timeline.model import Source
from timeline.pipeline import analyse_file


@pytest.fixture
def analyses(seed_paths):
    return [a for p in seed_paths for a in analyse_file(p)]


def _values(analysis):
    return {(t.text, t.value) for t in analysis.timexes if t.type in ("DATE", "TIME")}


def test_sample_date_expressions(analyses):
    first, second = analyses
    values = {v for _, v in _values(first)}
    # 3 yıl önce -> 2022, Bugünkü -> publication day, geçen yıl -> 2024, 2024 yılında, 12 Kasım
    assert {"2022", "2025-10-09", "2024", "2025-11-12"} <= values
    texts = {t for t, _ in _values(first)}
    assert any(t.startswith("12 Kasım") for t in texts)
    assert any("3 yıl önce" in t for t in texts)
    assert any(t.lower().startswith("bugün") for t in texts)
    assert {v for _, v in _values(second)} >= {"2025-11-12", "2026-08-12", "2024"}


def test_header_dates_are_not_expressions(analyses):
    for analysis in analyses:
        doc = analysis.document
        for t in analysis.timexes:
            assert any(a <= t.start and t.end <= b for a, b in doc.body), t
            assert "Tarihi" not in doc.text[max(0, t.start - 20) : t.start]


def test_kasim_the_name_and_su_are_not_months(analyses):
    for analysis in analyses:
        for t in analysis.timexes:
            assert "Cömert" not in analysis.document.text[t.start : t.end + 8]
            assert not t.text.lower().startswith("su ")


def test_statistics_are_not_events(analyses):
    for analysis in analyses:
        for e in analysis.events:
            assert "milyar" not in e.title and "ton" not in e.title.split()
            assert e.date != "2024"


def _merged(analyses):
    mentions = []
    for a in analyses:
        doc = a.document
        for i, e in enumerate(a.events):
            mentions.append(
                Mention(e, Source(doc.id, doc.source, doc.title, doc.published_json(), e.quote), i)
            )
    return sorted(cluster(mentions), key=lambda m: m.event.date)


def test_exactly_the_expected_events(analyses):
    merged = _merged(analyses)
    got = [
        (
            m.event.date,
            m.event.granularity,
            m.event.type,
            m.event.status,
            m.event.location,
            len(m.sources),
            m.event.calendar,
        )
        for m in merged
    ]
    assert got == [
        ("2022", "year", "summit", "held", "Astana", 1, False),
        ("2025-10-09", "day", "summit", "held", "Duşanbe", 1, True),
        ("2025-10-22", "day", "meeting", "held", "Moskova", 1, True),
        ("2025-11-12", "day", "visit", "planned", "Rusya", 2, True),
        ("2026-08-12", "day", "summit", "proposed", "Tahran", 1, True),
    ]
    titles = [m.event.title for m in merged]
    assert titles[1] == "2. Orta Asya-Rusya Zirvesi"
    assert titles[2] == "Lavrov ile Köşerbayev görüşmesi"
    assert titles[3] == "Tokayev'in Rusya'ya resmi ziyareti"
    assert titles[4] == "7. Hazar Ülkeleri Zirvesi"
    assert merged[1].event.country == "Tacikistan"
    assert any("Tokayev" in p for p in merged[3].event.participants)
    assert any("Lavrov" in p for p in merged[2].event.participants)
    assert any("Köşerbayev" in p for p in merged[2].event.participants)


def test_quotes_are_sentences_of_the_source(analyses):
    for analysis in analyses:
        for e in analysis.events:
            assert analysis.document.text[e.quote_start : e.quote_end] == e.quote


def test_merge_does_not_depend_on_order(analyses):
    forward = {(m.id, m.event.date) for m in _merged(analyses)}
    backward = {(m.id, m.event.date) for m in _merged(list(reversed(analyses)))}
    assert forward == backward


@pytest.mark.feed_threshold
def test_the_default_threshold_lets_the_sample_calendar_events_into_the_feed(analyses):
    """Under the default TIMELINE_FEED_MIN_CONFIDENCE the four day-precise events of the
    samples reach the calendar (the 2022 summit stays on the page only)."""
    from timeline.config import feed_min_confidence

    threshold = feed_min_confidence()
    fed = [m.event.date for m in _merged(analyses) if m.event.in_feed(threshold)]
    assert fed == ["2025-10-09", "2025-10-22", "2025-11-12", "2026-08-12"]
