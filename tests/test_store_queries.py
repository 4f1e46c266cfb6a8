"""The store's filtered queries: the facet index gives exactly what the filters give over every
event, every query the page, feeds and API run uses an index (``EXPLAIN QUERY PLAN``), and a
version-2 store is upgraded in place."""

from __future__ import annotations

import random
import re
import sqlite3
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from helpers import full_scans, plan, statements

from timeline import filters as flt
from timeline.documents import parse_text
from timeline.model import Event
from timeline.pipeline import Analysis
from timeline.store import SCHEMA_VERSION, Store

TODAY = date(2025, 10, 30)
PEOPLE = [
    "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev",
    "Sergey Lavrov",
    "SERGEY LAVROV",
    "Dışişleri Bakanı Hakan Fidan",
    "İlham Aliyev",
    "Ilham Aliyev",
    "Abbas Arakçi",
]
PLACES = [
    ("Moskova", "Rusya"),
    ("Astana", "Kazakistan"),
    ("İstanbul", "Türkiye"),
    ("Tahran", "İran"),
    ("Rusya", "Rusya"),
    (None, "Azerbaycan"),
    (None, None),
]
TYPES = ["summit", "visit", "meeting", "election", "festival"]
STATUSES = ["planned", "held", "proposed", "postponed", "cancelled"]
OUTLETS = ["Ajans Örnek", "ÖRNEK HABER", None, "Daily Example"]


def _event(rng: random.Random, n: int) -> Event:
    day = date(2022, 1, 1) + timedelta(days=rng.randrange(0, 1600))
    granularity = rng.choice(["day"] * 6 + ["month", "year"])
    value = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}[
        granularity
    ]
    end = (
        (day + timedelta(days=rng.randrange(1, 4))).isoformat()
        if granularity == "day" and rng.random() < 0.2
        else None
    )
    replaces = None
    if rng.random() < 0.15:  # postponed from an earlier slot
        old = day - timedelta(days=rng.randrange(5, 90))
        replaces = (old.isoformat(), None) if rng.random() < 0.7 else (old.isoformat()[:7], None)
    place, country = rng.choice(PLACES)
    return Event(
        date=value,
        granularity=granularity,
        title=f"Olay {n} zirvesi",
        type=rng.choice(TYPES),
        status=rng.choice(STATUSES),
        quote=f"Olay {n} hakkında {rng.choice(['enerji', 'ticaret', 'güvenlik'])}.",
        end=end,
        time=rng.choice([None, None, "14:00"]) if granularity == "day" else None,
        location=place,
        country=country,
        participants=rng.sample(PEOPLE, rng.randrange(0, 3)),
        calendar=granularity == "day" and rng.random() < 0.8,
        replaces=replaces,
        confidence=rng.choice([0.3, 0.55, 0.9, 1.0]),
    )


def build(store: Store, count: int = 160, seed: int = 8) -> Store:
    """A store of ``count`` varied events (one article each): every precision, multi-day,
    postponed, places that are countries, spellings that differ in case, outlets and URLs;
    a few hidden by an editor."""
    rng = random.Random(seed)
    analyses = []
    for n in range(count):
        outlet = rng.choice(OUTLETS)
        text = f"Haber {n}: ayrıntılar {rng.choice(['enerji', 'ticaret', 'seçim'])} hakkında."
        doc = parse_text(
            text,
            f"arsiv/{n % 7}/haber-{n}.txt",
            key=f"q:{n}",
            published=datetime(2025, 10, 1, 9, tzinfo=UTC),
            url=rng.choice([None, f"https://Haber.example/Yazi/{n}"]),
            outlet=outlet,
        )
        analyses.append(Analysis(doc, [], [_event(rng, n)]))
    store.add_analyses(analyses)
    for item in store.events()[::23]:
        store.add_correction(item.id, "hide")
    return store


@pytest.fixture(scope="module")
def rich(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("q") / "timeline.db")
    yield build(store)
    store.close()


def _values(rng: random.Random, items) -> dict[str, list[str]]:
    """Filter values drawn from the store's own names (parts of them, other spellings) and
    values that match nothing."""
    people = [p for it in items for p in it.event.participants]
    places = [p for it in items for p in (it.event.location, it.event.country) if p]
    sources = [s for it in items for s in it.sources]

    def part(text: str) -> str:
        a = rng.randrange(0, max(1, len(text) - 3))
        return text[a : a + rng.randrange(3, 12)]

    return {
        "who": [part(rng.choice(people)), rng.choice(people).upper(), "lavrov", "kimse yok"],
        "where": [
            rng.choice(places),
            f"{rng.choice(places)}'da",
            "Rusya Federasyonu",
            "ISTANBUL",
            "Atlantis",
        ],
        "type": [*TYPES, "Zirve", "Ziyaret", "VISIT", "bilinmeyen"],
        "status": [*STATUSES, "planlandı", "İptal edildi", "belki"],
        "source": [
            rng.choice(sources).document,
            part(rng.choice(sources).source),
            "haber.example/yazi",
            "örnek",
            "DAILY",
            "yok-boyle-bir-kaynak",
        ],
        "q": ["enerji", "zirve", "ticaret güvenlik", '"olay 1"', "***"],
        "from": ["2023", "2024-06", "2025-10-28"],
        "to": ["2023-12", "2025", "2026-02-14"],
        "upcoming": ["1"],
        "min_confidence": ["0.5", "0.9", "1"],
    }


def random_filters(store: Store, count: int, seed: int = 1) -> list[flt.Filter]:
    rng = random.Random(seed)
    items = store.events()
    out = []
    for _ in range(count):
        values = _values(rng, items)
        params: dict[str, list[str]] = {}
        for name in rng.sample(list(values), rng.randrange(1, 4)):
            params[name] = rng.sample(values[name], min(len(values[name]), rng.randrange(1, 3)))
        try:
            out.append(flt.parse(params))
        except Exception:  # noqa: BLE001 - "to" before "from": not a filter
            continue
    return out


def reference(store: Store, f: flt.Filter, past_days: int | None = None) -> list[str]:
    """What the filters give over every event (the semantics the index must keep)."""
    chosen = flt.apply(store.events(), f, TODAY, flt.search_hits(store, f))
    return [it.id for it in flt.within_window(chosen, TODAY, past_days)]


# ---------------------------------------------------------------------------------------------
# The same answers as the filters over every event


def test_random_filters_select_exactly_what_the_filters_select(rich):
    filters = random_filters(rich, 300)
    assert len(filters) > 250
    nonempty = 0
    for f in filters:
        expected = reference(rich, f)
        nonempty += bool(expected)
        assert [k.id for k in rich.keys(f, TODAY)] == expected, f.raw
        assert rich.count(f, TODAY) == len(expected), f.raw
        assert rich.exists(f, TODAY) == bool(expected), f.raw
    assert nonempty > 100  # the filters are not all empty answers


def test_query_pages_and_windows_match(rich):
    for f in random_filters(rich, 60, seed=2):
        for past_days in (None, 30):
            expected = reference(rich, f, past_days)
            items, total = rich.query(f, TODAY, past_days=past_days)
            assert [it.id for it in items] == expected
            assert total == len(expected)
        page, total = rich.query(f, TODAY, offset=3, limit=5)
        assert [it.id for it in page] == reference(rich, f)[3:8]
        assert total == len(reference(rich, f))


def test_calendar_only_and_the_whole_store(rich):
    every = rich.events()
    assert [k.id for k in rich.keys(flt.Filter(), TODAY)] == [it.id for it in every]
    assert rich.count(flt.Filter()) == len(every)
    assert [it.id for it in rich.iter_events()] == [it.id for it in every]
    items, _ = rich.query(flt.Filter(), TODAY, calendar_only=True)
    assert [it.id for it in items] == [it.id for it in every if it.event.calendar]


def test_the_order_is_the_opening_order(rich):
    """A year opens its year and a month its month: the index's order is the page's."""
    rank = {"year": 0, "month": 1}

    def opening(item):
        value = item.event.date
        return (
            value if len(value) == 10 else f"{value}-01-01"[:10],
            rank.get(item.event.granularity, 2),
        )

    every = rich.events()
    assert sorted(every, key=opening) == every
    assert {it.event.granularity for it in every} == {"day", "month", "year"}


def test_facet_counts_are_the_tallies_of_the_chosen_events(rich):
    for f in [flt.Filter(), *random_filters(rich, 40, seed=3)]:
        chosen = flt.apply(rich.events(), f, TODAY, flt.search_hits(rich, f))
        counts = rich.facet_counts(f, TODAY)
        got = {kind: Counter({(k, s): n for k, s, n in rows}) for kind, rows in counts.items()}
        want = {kind: Counter() for kind in got}
        for it in chosen:
            for kind, key, shown in flt.facet_entries(it.event, it.sources):
                if kind in want:
                    want[kind][key, shown] += 1
        assert got == want, f.raw
        years = Counter(flt.spans(it.event)[0].year for it in chosen)
        assert {int(k): n for (k, _s), n in got["year"].items()} == years


def test_notes_and_document_lookups_agree_with_the_events(rich):
    every = rich.events()
    rng = random.Random(4)
    values = _values(rng, every)
    for name in ("who", "where", "type", "source"):
        for value in values[name]:
            f = flt.parse({name: value})
            assert rich.has_match(name, value) == bool(flt.apply(every, f, TODAY)), (name, value)
            assert flt.notes(rich, f) == flt.notes(every, f)
    doc = every[5].sources[0].document
    assert [it.id for it in rich.events_of_document(doc)] == [
        it.id for it in every if any(s.document == doc for s in it.sources)
    ]


def test_the_index_follows_every_write(tmp_path):
    store = build(Store(tmp_path / "t.db"), count=40, seed=5)
    item = store.events()[3]
    store.add_correction(item.id, "edit", {"location": "Bakü", "date": "2027-03-04"})
    store.add_correction(store.events()[7].id, "hide")
    hidden = [e for e in store.events(include_hidden=True) if e.hidden]
    store.add_correction(hidden[0].id, "show")
    for f in random_filters(store, 80, seed=6):
        assert [k.id for k in store.keys(f, TODAY)] == reference(store, f), f.raw
    assert [k.id for k in store.keys(flt.parse({"where": "bakü"}), TODAY)] == [item.id]
    # facet_values holds the counts of the index, and nothing that fell to zero
    conn = store.connection
    kept = set(conn.execute("SELECT kind, value_key, shown, n FROM facet_values"))
    counted = set(
        conn.execute(
            "SELECT kind, value_key, shown, count(*) FROM event_facets"
            " GROUP BY kind, value_key, shown"
        )
    )
    assert kept == counted
    store.close()


# ---------------------------------------------------------------------------------------------
# Query plans: every statement a request runs uses an index, none reads all events


_BIG = (
    "events",
    "event_rows",
    "event_facets",
    "facet_values",
    "documents",
    "mentions",
    "event_documents",
    "event_sources",
    "event_members",
)


def _selects(seen: list[str]) -> list[str]:
    return [s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))]


@pytest.fixture(scope="module")
def served(rich):
    """The app on the rich store, and the store it queries (this thread's connection)."""
    from web import create_app

    app = create_app({"TESTING": True, "DATABASE": rich.path, "PAGE_SIZE": 20})
    return app.test_client(), app.extensions["timeline.store"]


FILTERED = [
    "/?who=lavrov",
    "/?where=Moskova&type=summit",
    "/?q=enerji",
    "/?status=planned&from=2024",
    "/?to=2023-06",
    "/?upcoming=1",
    "/?source=haber.example",
    "/?who=tokayev&order=upcoming",
    "/?who=kimse",
    "/lists?where=Rusya",
    "/calendar.ics?who=aliyev",
    "/calendar.ics?where=tahran&upcoming=1",
    "/calendar.ics?type=visit&type=meeting",
    "/api/events?who=lavrov",
    "/api/events?q=ticaret&from=2024&limit=3&offset=1",
    "/api/events?source=nowhere",
    "/api/timelinejs.json?type=summit",
]


@pytest.mark.parametrize("url", FILTERED)
def test_filtered_requests_never_read_all_events(served, url):
    client, store = served
    with statements(store) as seen:
        response = client.get(url)
    assert response.status_code == 200, url
    queries = _selects(seen)
    assert any("event_rows" in q or "event_facets" in q for q in queries), queries
    for sql in queries:
        assert full_scans(store.connection, sql, _BIG) == [], sql


@pytest.mark.parametrize(
    "url", ["/", "/?page=-1", "/lists", "/calendar.ics", "/api/events", "/api/timelinejs.json"]
)
def test_unfiltered_requests_read_events_through_the_indexes(served, url):
    """The whole feed and page may read every event (that is their answer), in the order of
    the index, never through a scan of the events table itself."""
    client, store = served
    with statements(store) as seen:
        assert client.get(url).status_code == 200
    assert _selects(seen)
    for sql in _selects(seen):
        # The events table itself is read only by key (a partial index of the few withdrawn
        # events aside).
        assert not [
            line
            for line in full_scans(store.connection, sql, _BIG)
            if re.match(r"SCAN (events|e)\b", line)
        ], sql
        for line in plan(store.connection, sql):
            assert "TEMP B-TREE FOR ORDER BY" not in line or "event_rows" not in sql, sql


def test_the_plans_of_the_store_queries(rich):
    """Each query of the store on its own, with the index it uses."""
    conn = rich.connection
    cases = {
        # names: the distinct values of a kind, then the index of the events with each
        "facet": (flt.parse({"who": "lavrov"}), "PRIMARY KEY (kind=? AND value_key=? AND"),
        "type": (flt.parse({"type": "zirve"}), "PRIMARY KEY (kind=? AND value_key=?)"),
        "from": (flt.parse({"from": "2025"}), "INDEX event_rows_last (span_last>?)"),
        "to": (flt.parse({"to": "2022"}), "INDEX event_rows_first (span_first<?)"),
        "q": (flt.parse({"q": "enerji"}), "VIRTUAL TABLE INDEX"),
    }
    for name, (f, index) in cases.items():
        with statements(rich) as seen:
            rich.keys(f, TODAY)
            rich.facet_counts(f, TODAY)
            rich.count(f, TODAY)
        lines = [line for sql in _selects(seen) for line in plan(conn, sql)]
        assert any(index in line for line in lines), (name, lines)
        assert all(full_scans(conn, sql, _BIG) == [] for sql in _selects(seen)), name
    with statements(rich) as seen:
        rich.keys(flt.Filter(), TODAY)
    (sql,) = _selects(seen)
    assert any("COVERING INDEX event_rows_order" in line for line in plan(conn, sql))
    doc = rich.events()[0].sources[0].document
    rich.fix_uid_domain(None)  # as serving does: its UID domain is then read once, not per call
    with statements(rich) as seen:
        rich.events_of_document(doc)
    (sql,) = _selects(seen)
    assert "SEARCH d USING PRIMARY KEY (document=?)" in plan(conn, sql)
    assert full_scans(conn, sql, _BIG) == []


# ---------------------------------------------------------------------------------------------
# Migration


def _add_a_new_summit(store: Store) -> None:
    """Store one more article after an upgrade: a planned summit in Bakü with a new person."""
    doc = parse_text(
        "Haber: Bakü'de 5 Aralık'ta zirve yapılacak.",
        "yeni.txt",
        key="yeni",
        published=datetime(2025, 10, 29, tzinfo=UTC),
    )
    event = Event(
        "2025-12-05",
        "day",
        "Bakü zirvesi",
        "summit",
        "planned",
        "q",
        location="Bakü",
        country="Azerbaycan",
        participants=["Yeni Kişi"],
        calendar=True,
    )
    store.add_analyses([Analysis(doc, [], [event])])


def test_a_version_2_store_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.db"
    store = build(Store(path), count=30, seed=9)
    expected = {f.query_string(): reference(store, f) for f in random_filters(store, 40)}
    events = [it.id for it in store.events()]
    store.close()
    # Turn it into the version-2 file the previous Timeline wrote: no facet index.
    conn = sqlite3.connect(path)
    for name, kind in conn.execute(
        "SELECT name, type FROM sqlite_master WHERE name LIKE"
        " 'event_rows%' OR name LIKE '%facet%'"
        " OR name LIKE 'events_index_%'"
    ).fetchall():
        if kind in ("table", "trigger"):
            conn.execute(f"DROP {kind} IF EXISTS {name}")
    conn.execute("UPDATE meta SET value='2' WHERE key='schema_version'")
    conn.commit()
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name='event_facets'").fetchall()
    conn.close()

    upgraded = Store(path)
    version = upgraded.connection.execute(
        "SELECT value FROM meta WHERE key='schema_version'"
    ).fetchone()[0]
    assert int(version) == SCHEMA_VERSION
    assert [it.id for it in upgraded.events()] == events
    for f in random_filters(upgraded, 40):
        assert [k.id for k in upgraded.keys(f, TODAY)] == expected[f.query_string()]
    # and it keeps working: a new article lands in the index
    _add_a_new_summit(upgraded)
    assert [
        upgraded.event(k.id).event.title
        for k in upgraded.keys(flt.parse({"who": "yeni kisi"}), TODAY)
    ] == ["Bakü zirvesi"]
    upgraded.close()


# ---------------------------------------------------------------------------------------------
# The upcoming order, from the store's indexes


@pytest.mark.parametrize("today", [TODAY, date(2023, 7, 1), date(2027, 1, 1)])
def test_the_upcoming_order_is_the_pages_order(rich, today):
    """What is ahead, soonest first, then the past, latest first with a year or month right
    under its heading: the store's two index reads give the order the page computes from a
    list, and any slice of it."""
    from web.pages import UpcomingKeys, View, window

    for f in [flt.Filter(), *random_filters(rich, 25, seed=4)]:
        keys = rich.keys(f, today)
        whole = window(keys, today, View(order="upcoming"), size=max(1, len(keys)))
        expected = [k.id for k in whole.items]
        ahead = whole.past_at if whole.past_at is not None else len(expected)
        lazy = UpcomingKeys(rich, f, today)
        assert len(lazy) == len(expected) and lazy.ahead() == ahead, f.query_string()
        assert [k.id for k in lazy] == expected, f.query_string()
        rng = random.Random(len(expected))
        for _ in range(4):
            start = rng.randint(0, len(expected))
            stop = rng.randint(start, len(expected))
            assert [k.id for k in lazy[start:stop]] == expected[start:stop]
        if expected:
            assert lazy[-1].id == expected[-1]


@pytest.mark.parametrize(
    "url", ["/?order=upcoming", "/?order=upcoming&page=2", "/?order=upcoming&who=lavrov"]
)
def test_the_upcoming_order_reads_its_window_through_indexes(served, url):
    """Unfiltered, the upcoming order reads what is ahead from its index (sorting only those)
    and the past from the past's order index, as far as the window: never every event."""
    client, store = served
    with statements(store) as seen:
        assert client.get(url).status_code == 200
    parts = [sql for sql in _selects(seen) if "last_day" in sql]
    assert len(parts) >= 2, _selects(seen)
    for sql in _selects(seen):
        lines = plan(store.connection, sql)
        assert not [
            line
            for line in full_scans(store.connection, sql, _BIG)
            if "event_rows_past" not in line
        ], (sql, lines)
        if "last_day <" in sql and "who" not in url:
            assert any("INDEX event_rows_past" in line for line in lines), lines
            assert not any("TEMP B-TREE" in line for line in lines), lines
        if "last_day >=" in sql and "who" not in url:
            assert any("event_rows_ahead (last_day>?)" in line for line in lines), lines


def test_a_version_3_store_gains_the_upcoming_order_index(tmp_path):
    """Version 3's event_rows had no last day or past order, and its triggers wrote none: the
    upgrade adds both, fills them, and the new triggers keep them."""
    from web.pages import UpcomingKeys

    path = tmp_path / "v3.db"
    store = build(Store(path), count=30, seed=9)
    expected = [k.id for k in UpcomingKeys(store, flt.Filter(), TODAY)]
    store.close()
    conn = sqlite3.connect(path)
    for name in ("event_rows_past", "event_rows_ahead"):
        conn.execute(f"DROP INDEX {name}")
    for name in ("events_index_insert", "events_index_update"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("ALTER TABLE event_rows DROP COLUMN last_day")
    conn.execute("ALTER TABLE event_rows DROP COLUMN past_key")
    # Version 3's triggers: the same rows, without the two columns.
    conn.execute(
        "CREATE TRIGGER events_index_insert AFTER INSERT ON events BEGIN"
        " INSERT INTO event_rows (event, sort_key, granularity, calendar)"
        " VALUES (new.id, new.sort_key, 'day', new.calendar); END"
    )
    conn.execute("UPDATE meta SET value='3' WHERE key='schema_version'")
    conn.commit()
    conn.close()

    upgraded = Store(path)
    columns = {r[1] for r in upgraded.connection.execute("PRAGMA table_info(event_rows)")}
    assert {"last_day", "past_key"} <= columns
    assert [k.id for k in UpcomingKeys(upgraded, flt.Filter(), TODAY)] == expected
    _add_a_new_summit(upgraded)
    assert (
        upgraded.connection.execute(
            "SELECT count(*) FROM event_rows WHERE last_day IS NULL OR past_key IS NULL"
        ).fetchone()[0]
        == 0
    )
    ahead = UpcomingKeys(upgraded, flt.Filter(), TODAY)
    assert "Bakü zirvesi" in [upgraded.event(k.id).event.title for k in ahead[: ahead.ahead()]]
    upgraded.close()
