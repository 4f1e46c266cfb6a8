"""One more report of a known happening (:func:`timeline.events.joining.joined`): whenever it
answers, its event is the one a full :func:`resolve` of every report gives; and it answers in
the common case, a later report agreeing with the event."""

from __future__ import annotations

import json
import random

from helpers import hand_analysis

from timeline.events.joining import joined
from timeline.events.merge import Mention, identity_key, resolve
from timeline.model import Event, Source
from timeline.store import Store
from timeline.store.rows import event_row
from timeline.store.sources import members_sql, sources_sql

SLOTS = [
    ("2025-11-12", None, "day"),
    ("2025-11-12", "2025-11-14", "day"),
    ("2025-11-13", None, "day"),
    ("2025-11-20", None, "day"),
    ("2025-11", None, "month"),
    ("2025", None, "year"),
]
PLACES = [None, "Ankara", "İzmir", "Türkiye"]
COUNTRIES = [None, "Türkiye"]
PEOPLE = ["Ali Yılmaz", "Yılmaz", "Ayşe Kaya", "Mehmet Ali Yılmaz"]
STATUSES = ["planned", "planned", "planned", "held", "postponed", "cancelled"]
REASONS = [["named", "date-attached"], ["topic", "date-clause", "status-verb"], ["no-title"]]


def mention(rng: random.Random, n: int, common: bool) -> Mention:
    """The ``n``-th report (published in that order): a common one agrees with the first
    report of the happening, another draws each field at random."""
    date, end, granularity = SLOTS[0] if common else rng.choice(SLOTS)
    event = Event(
        date=date,
        granularity=granularity,
        title=rng.choice(["Kuzey Zirvesi", "Zirve", "Kuzey Ülkeleri Zirvesi"]),
        type=rng.choice(["summit", "summit", "meeting"]),
        status="planned" if common else rng.choice(STATUSES),
        quote=f"Zirve {n}. haberde.",
        end=end,
        location="Ankara" if common else rng.choice(PLACES),
        country="Türkiye" if common else rng.choice(COUNTRIES),
        participants=rng.sample(PEOPLE[:3] if common else PEOPLE, rng.randint(0, 2)),
        calendar=rng.random() < 0.8,
        quote_start=rng.randint(0, 50),
        replaces=("2025-11-10", None) if not common and rng.random() < 0.1 else None,
        confidence=rng.choice([0.5, 0.7, 0.9]),
        confidence_reasons=list(rng.choice(REASONS)),
    )
    event.key = identity_key(event)
    published = f"2025-10-{1 + n // 24:02d}T{n % 24:02d}:00"
    source = Source(f"doc{n:04d}", f"d{n}.txt", "Başlık", published, event.quote)
    return Mention(event, source, 0)


def test_joined_gives_what_a_full_resolve_gives():
    rng = random.Random(18)
    answered = 0
    for _ in range(3000):
        count = rng.randint(1, 6)
        common = rng.random() < 0.7
        members = [mention(rng, n, common and rng.random() < 0.9) for n in range(count)]
        new = mention(rng, count + rng.randint(-1, 3), rng.random() < 0.7)
        stored = resolve(members)
        event = joined(
            stored.event,
            stored.changes,
            len({m.source.document for m in members}),
            max(m.event.confidence for m in members),
            max((m.source.published, m.source.document) for m in members),
            new,
        )
        if event is None or new.source.document in {m.source.document for m in members}:
            continue
        answered += 1
        full = resolve([*members, new])
        assert full.changes == []
        assert event_row(event) == event_row(full.event)
    assert answered > 300, answered


def test_a_later_report_that_agrees_is_joined():
    rng = random.Random(6)
    members = [mention(rng, n, True) for n in range(3)]
    stored = resolve(members)
    new = mention(rng, 5, True)
    new.event.participants = []
    new.event.confidence = 0.5
    event = joined(stored.event, [], 3, 0.9, ("2025-10-01T02:00", "doc0002"), new)
    assert event is not None and "sources-4" in event.confidence_reasons


def test_a_report_that_moves_or_renames_it_is_left_to_the_full_merge():
    rng = random.Random(7)
    members = [mention(rng, n, True) for n in range(3)]
    stored = resolve(members).event
    last = ("2025-10-01T02:00", "doc0002")
    for change in (
        {"status": "postponed"},
        {"status": "held"},
        {"date": "2025-11-20"},
        {"location": "İzmir"},
        {"participants": ["Zeynep Demir"]},
    ):
        new = mention(rng, 5, True)
        new.event.confidence = 0.5
        for name, value in change.items():
            setattr(new.event, name, value)
        assert joined(stored, [], 3, 0.9, last, new) is None, change
    earlier = mention(rng, 1, True)
    assert joined(stored, [], 3, 0.9, ("2025-10-01T05:00", "doc0005"), earlier) is None


class FullStore(Store):
    """A store that merges everything again after each change: the reference."""

    def _recompute(self, conn, stamp, *, documents=None, events=None):
        super()._recompute(conn, stamp)


def report(n: int, **event) -> object:
    """The ``n``-th report of one summit (in publication order), by hand."""
    fields = dict(
        date="2025-11-12",
        title="Kuzey Zirvesi",
        type="summit",
        location="Ankara",
        country="Türkiye",
        participants=["Deniz Yalçıner"],
        confidence=0.7,
        confidence_reasons=["named", "date-attached"],
    )
    fields.update(event)
    published = f"2025-10-{1 + n // 24:02d}T{n % 24:02d}:00:00+03:00"
    text = f"Kuzey Zirvesi 12 Kasım'da Ankara'da yapılacak ({n}. haber)."
    return hand_analysis(f"zirve-{n}", published, text, **fields)


def test_reports_that_only_add_a_source_are_appended_and_equal_a_full_merge(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-30T12:00:00+00:00")  # one clock for both
    reports = [report(n) for n in range(40)]
    reports[25] = report(25, participants=["Deniz Yalçıner", "Ece Tan"])  # a new name
    reports[31] = report(31, confidence=0.95)  # better supported than any before
    reports[36] = report(36, status="postponed")  # a change of the story
    store, full = Store(tmp_path / "append.db"), FullStore(tmp_path / "full.db")
    merged: list[int] = []
    load = Store._load
    monkeypatch.setattr(Store, "_load", lambda self, *a: merged.append(1) or load(self, *a))
    for analysis in reports:
        store.add_analyses([analysis])
    full_merges = len(merged)
    for analysis in reports:
        full.add_analyses([analysis])
    columns = (
        f"id, data, {sources_sql('events.id')}, sequence, history, hidden, gone, fingerprint,"
        f" ckey, {members_sql('events.id')}"
    )
    rows = [
        s.connection.execute(f"SELECT {columns} FROM events ORDER BY id").fetchall()
        for s in (store, full)
    ]
    assert rows[0] == rows[1]
    for index in ("event_facets", "facet_values", "event_documents", "event_rows"):
        tables = [
            sorted(s.connection.execute(f"SELECT * FROM {index}").fetchall(), key=repr)
            for s in (store, full)
        ]
        assert tables[0] == tables[1], index
    text = "SELECT rowid, body FROM search_events ORDER BY rowid"
    assert store.connection.execute(text).fetchall() == full.connection.execute(text).fetchall()
    # Each source's words, whether it was appended or written with all the others.
    text = (
        "SELECT e.event, e.n, s.body FROM search_sources s JOIN event_sources e"
        " ON e.rowid = s.rowid ORDER BY e.event, e.n"
    )
    assert store.connection.execute(text).fetchall() == full.connection.execute(text).fetchall()
    assert store.search("Ajans") == full.search("Ajans") != set()
    assert (
        len(rows[0]) == 1 and json.loads(rows[0][0][2])[-1]["document"] == reports[-1].document.id
    )
    # The first report, the three that change something and the ones after the postponement
    # (the event's story now has a change) are merged in full; the others only appended.
    assert full_merges == 1 + 3 + 3, full_merges
    links = store.connection.execute("SELECT count(*) FROM mentions WHERE event IS NULL").fetchone()
    assert links == (0,)
