"""The event stage never fails on hostile input, and what it returns is well formed."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.documents import parse_text
from timeline.events import extract_events
from timeline.model import EVENT_STATUSES, Timex

WORDS = [
    "zirve",
    "Zirvesi'nin",
    "ziyaret",
    "edecek",
    "düzenlendi",
    "iptal",
    "edildi",
    "ertelendi",
    "Ankara'da",
    "Moskova'ya",
    "Tokayev'in",
    "Cumhurbaşkanı",
    "Kasım",
    "ve",
    "ile",
    ",",
    ".",
    "\n",
    "“",
    "”",
    "'",
    "(",
    ")",
    ":",
    "?",
    "MSÜ",
    "(DGS)",
    "kapsamında",
    "103.",
    "yılı",
    "toplantı",
    "Başvurular",
    "tarihine",
    "kadar",
    "bugün",
    "sınavı",
    "11.00",
    "veriler",
    "şöyle",
    "İSTANBUL",
    "BAYRAMI",
    "-",
    "–",
    "ş",
    "İ",
    "ı",
    "\u0307",
    "\u200b",
    "💥",
]


@st.composite
def articles(draw):
    words = draw(st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=80))
    body = "Haber " + " ".join(words)
    text = f"date 2025-10-30\n\n{body}"
    start = len("date 2025-10-30\n\n")
    timexes = []
    for _ in range(draw(st.integers(0, 6))):
        a = draw(st.integers(start, len(text)))
        b = draw(st.integers(a, min(len(text), a + 20)))
        day = date(2025, 1, 1) + timedelta(days=draw(st.integers(0, 700)))
        kind = draw(st.sampled_from(["day", "range", "month", "year", "time", "list"]))
        if kind == "day":
            value, first, last, gran = day.isoformat(), day, day, "day"
        elif kind == "range":
            last = day + timedelta(days=draw(st.integers(1, 5)))
            value, first, gran = f"{day}/{last}", day, "day"
        elif kind == "month":
            value, first, last, gran = f"{day:%Y-%m}", day.replace(day=1), day, "month"
        elif kind == "year":
            first, last = date(day.year, 1, 1), date(day.year, 12, 31)
            value, gran = str(day.year), "year"
        elif kind == "time":
            value, first, last, gran = f"{day}T11:00", day, day, "time"
        else:
            other = day + timedelta(days=3)
            value, first, last, gran = f"{day},{other}", day, other, "day"
        timexes.append(
            Timex(
                a,
                b,
                text[a:b],
                "TIME" if kind == "time" else "DATE",
                value,
                None,
                gran,
                first,
                last,
                "11:00" if kind == "time" else None,
                (day, last) if kind == "list" else (),
                None,
                "fuzz",
            )
        )
    return text, sorted(timexes, key=lambda t: t.start)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_never_fails_and_output_is_well_formed(data):
    text, timexes = data
    published = datetime(2025, 10, 30, tzinfo=ZoneInfo("Europe/Istanbul"))
    document = parse_text(text, "fuzz.txt", published=published)
    for event in extract_events(document, timexes):
        assert event.status in EVENT_STATUSES
        assert event.title and len(event.title) <= 90
        assert event.quote == text[event.quote_start : event.quote_end]
        assert event.granularity in ("day", "month", "year")
        if event.end:
            assert event.end >= event.date
        assert not event.calendar or event.granularity == "day"
