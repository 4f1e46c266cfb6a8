"""Time order with mixed precision: a year- or month-precise item opens its year or month, in
the store, on the page and in both orders."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime

import pytest

from timeline.model import Document, Event
from timeline.pipeline import Analysis
from timeline.store import Store

# (date, granularity, title): given in an order that is not time order.
EVENTS = [
    ("2024-03-10", "day", "Mart günü"),
    ("2024", "year", "Yıl boyunca"),
    ("2024-03", "month", "Mart içinde"),
    ("2024-01-05", "day", "Ocak günü"),
    ("2023-12-31", "day", "Önceki yıl"),
    ("2026-02-01", "day", "Gelecek"),
]
TIME_ORDER = ["Önceki yıl", "Yıl boyunca", "Ocak günü", "Mart içinde", "Mart günü", "Gelecek"]


def _analysis(n: int, value: str, granularity: str, title: str) -> Analysis:
    text = f"date 2023-06-01\n{title} ({n}).\n"
    doc = Document(
        source=f"{n}.txt",
        text=text,
        title=title,
        key=f"{n}.txt",
        published=datetime.fromisoformat("2023-06-01T09:00:00+03:00"),
        body=((16, len(text) - 1),),
    )
    event = Event(
        value,
        granularity,
        title,
        "meeting",
        "planned",
        f"{title} ({n}).",
        location=f"Yer{n}",
        participants=[f"Kişi {n}"],
    )
    return Analysis(doc, [], [event])


@pytest.fixture
def mixed_store(store):
    store.add_analyses([_analysis(n, *e) for n, e in enumerate(EVENTS)])
    return store


@pytest.fixture
def mixed_client(mixed_store):
    from web import create_app

    return create_app({"TESTING": True, "DATABASE": mixed_store.path}).test_client()


def test_store_lists_a_year_before_its_days(mixed_store):
    assert [it.event.title for it in mixed_store.events()] == TIME_ORDER


def test_version_1_sort_keys_are_rewritten(tmp_path):
    path = tmp_path / "v1.db"
    store = Store(path)
    store.add_analyses([_analysis(n, *e) for n, e in enumerate(EVENTS)])
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE events SET sort_key = replace(sort_key, ' ', '|')")  # as version 1 did
    conn.execute("UPDATE meta SET value='1' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    upgraded = Store(path)
    assert [it.event.title for it in upgraded.events()] == TIME_ORDER
    upgraded.close()


def _rows(html: str) -> list[str]:
    """Headings and event titles in page order."""
    found = re.findall(
        r'<h2 id="y\d[^"]*">([^<]+)</h2>|<h3 id="m[^"]*">([^<]+)</h3>'
        r'|<h[34] class="title" id="t-[^"]+"><a [^>]+>([^<]+)</a>'
        r'|<li class="today"',
        html,
    )
    return [next((x for x in groups if x), "— today —") for groups in found]


def test_chronological_page_opens_years_and_months_with_their_items(mixed_client):
    html = mixed_client.get("/").get_data(as_text=True)
    assert _rows(html) == [
        "2023",
        "Aralık 2023",
        "Önceki yıl",
        "2024",
        "Yıl boyunca",
        "Ocak 2024",
        "Ocak günü",
        "Mart 2024",
        "Mart içinde",
        "Mart günü",
        "— today —",
        "2026",
        "Şubat 2026",
        "Gelecek",
    ]


def test_upcoming_first_puts_coarse_items_under_their_headings(mixed_client):
    html = mixed_client.get("/?order=upcoming").get_data(as_text=True)
    rows = _rows(html)
    past = rows[rows.index("Gelecek") + 1 :]
    assert rows[:4] == ["— today —", "2026", "Şubat 2026", "Gelecek"]
    assert past == [
        "2024",
        "Yıl boyunca",
        "Mart 2024",
        "Mart içinde",
        "Mart günü",
        "Ocak 2024",
        "Ocak günü",
        "2023",
        "Aralık 2023",
        "Önceki yıl",
    ]
