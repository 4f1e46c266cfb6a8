"""Incremental merging: an article is compared with the stored mentions it may report again
(its blocks), not with the whole store — and the result is exactly that of a full merge.

* Blocking is complete: whenever :func:`same_happening` accepts a pair, the two share a block
  (type group, token, a period one may meet the other in). Checked by Hypothesis over events
  built from a small vocabulary, so that agreeing pairs are common.
* Ingesting one article at a time, in random orders, with updates and corrections on the way,
  leaves the store exactly as a full re-merge of everything would (checked by running one).
* The scope of a recomputation stays small: a new article loads only the events it touches.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

from eventkit import analysis, snapshot
from helpers import SEEDS, SHARED, require
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events.merge import (
    block_keys,
    block_periods,
    candidate_periods,
    query_keys,
    same_happening,
    type_group,
)
from timeline.model import Event
from timeline.pipeline import analyse_file
from timeline.store import SCHEMA_VERSION, Store
from timeline.store.sources import members_sql, sources_sql

# An event's sources and members, as the store keeps them in rows of their own.
SOURCES, MEMBERS = sources_sql("events.id"), members_sql("events.id")

# ---------------------------------------------------------------------------------------------
# Blocking is complete

PLACES = [
    (None, None),
    ("Moskova", "Rusya"),
    ("Rusya", "Rusya"),
    ("Ankara", "Türkiye"),
    (None, "Türkiye"),
    ("Astana", "Kazakistan"),
    ("Moskova", None),
    (None, "Rusya"),
    ("Ankara", None),
]
PEOPLE = ["Kasım Cömert Tokayev", "Tokayev", "Vladimir Putin", "Sergey Lavrov", "Ali Köşerbayev"]
TITLES = [
    "Orta Asya-Rusya Zirvesi",
    "Türk Devletleri Zirvesi",
    "Avrasya Enerji Zirvesi",
    "Zirve",
    "Tokayev'in Rusya ziyareti",
    "Dışişleri toplantısı",
    "Resmi ziyaret",
    "",
]
SLOTS = [
    ("2025-11-12", "day", None),
    ("2025-11-11", "day", "2025-11-13"),
    ("2025-11", "month", None),
    ("2025", "year", None),
    ("2025-12-01", "day", None),
    ("2025-10-31", "day", "2025-11-01"),
    ("2026", "year", None),
    ("2024-12", "month", None),
]


@st.composite
def events(draw) -> Event:
    date, granularity, end = draw(st.sampled_from(SLOTS))
    location, country = draw(st.sampled_from(PLACES))
    replaces = draw(st.sampled_from([None, ("2025-11-01", None), ("2025-10", None)]))
    return Event(
        date,
        granularity,
        draw(st.sampled_from(TITLES)),
        draw(st.sampled_from(["summit", "visit", "meeting", "talks"])),
        draw(st.sampled_from(["planned", "held", "postponed"])),
        "",
        end=end,
        time=draw(st.sampled_from([None, "10:00"])),
        location=location,
        country=country,
        participants=draw(st.lists(st.sampled_from(PEOPLE), max_size=3, unique=True)),
        replaces=replaces,
    )


def _share_a_block(a: Event, b: Event) -> bool:
    """Whether the store's candidate query for ``a`` returns ``b``."""
    if type_group(a.type) != type_group(b.type) or not query_keys(a) & block_keys(b):
        return False
    exact, within = candidate_periods(block_periods(a))
    return any(p in exact or any(p.startswith(f"{w}-") for w in within) for p in block_periods(b))


@settings(max_examples=3000, deadline=None)
@given(events(), events())
def test_every_pair_that_merges_shares_a_block(a, b):
    if same_happening(a, b):
        assert _share_a_block(a, b) and _share_a_block(b, a)


def test_the_vocabulary_makes_merging_pairs_common():
    """The property above is not vacuous: many drawn pairs merge."""
    rng = random.Random(7)
    pairs = 0
    for _ in range(2000):
        a, b = (
            Event(
                *rng.choice(SLOTS)[:2],
                rng.choice(TITLES[:5]),
                "visit",
                "planned",
                "",
                location="Moskova",
                country="Rusya",
                participants=[rng.choice(PEOPLE)],
            )
            for _ in range(2)
        )
        pairs += same_happening(a, b)
    assert pairs > 200


# ---------------------------------------------------------------------------------------------
# One article at a time == a full merge

PEOPLE_B = [
    "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev",
    "Rusya Dışişleri Bakanı Sergey Lavrov",
    "Özbekistan Cumhurbaşkanı Şevket Mirziyoyev",
    "Türkiye Dışişleri Bakanı Hakan Fidan",
]
CITIES = ["Moskova", "Astana", "Taşkent", "Ankara", "Bakü"]
FAMILIES = ["Türk Devletleri", "Avrasya Enerji"]
DAYS = [
    ("12 Kasım'da", "2025-11-12"),
    ("13 Kasım'da", "2025-11-13"),
    ("3 Aralık'ta", "2025-12-03"),
    ("20 Ocak'ta", "2026-01-20"),
]


def _synthetic(rng: random.Random, n: int) -> list[tuple[str, str, str]]:
    """``n`` small articles (name, published, body) about a few recurring happenings, so many
    of them report the same one — some with a postponement or a cancellation."""
    out = []
    for i in range(n):
        person = rng.choice(PEOPLE_B)
        city = rng.choice(CITIES)
        written, value = rng.choice(DAYS)
        published = f"2025-{rng.choice(['09', '10'])}-{rng.randint(10, 28)}"
        kind = rng.random()
        if kind < 0.5:
            body = (
                f"{person}, [{written}|{value}] {city}'da resmi temaslarda bulunacak. "
                f"Ziyaret sırasında ikili ilişkiler ele alınacak."
            )
        elif kind < 0.75:
            body = (
                f"Dışişleri Bakanları Toplantısı [{written}|{value}] {city}'da yapılacak. "
                f"Toplantıya {person} de katılacak."
            )
        elif kind < 0.9:
            new_written, new_value = rng.choice(DAYS)
            body = (
                f"{city}'da [{written}|{value}] yapılacak Dışişleri Bakanları Toplantısı "
                f"[{new_written.replace('da', 'a').replace('ta', 'a')}|{new_value}] "
                f"ertelendi."
            )
        else:
            body = f"{city}'da [{written}|{value}] yapılması planlanan zirve iptal edildi."
        if rng.random() < 0.3:  # an earlier edition, year-precise: many share a year
            years = rng.choice([2, 3])
            body += (
                f" {rng.choice(FAMILIES)} Zirvesi'nin ilki [{years} yıl önce|{2025 - years}]"
                f" {rng.choice(CITIES)}'da düzenlenmişti."
            )
        out.append((f"a{i:03d}", published, body))
    return out


def _full_remerge_changes_nothing(store: Store) -> None:
    before = store.connection.execute(
        f"SELECT id, data, {SOURCES}, {MEMBERS}, sequence, hidden, gone FROM events ORDER BY id"
    ).fetchall()
    mentions = store.connection.execute(
        "SELECT document, idx, event FROM mentions ORDER BY document, idx"
    ).fetchall()
    with store.transaction() as conn:
        store._recompute(conn, store._touch(conn))
    after = store.connection.execute(
        f"SELECT id, data, {SOURCES}, {MEMBERS}, sequence, hidden, gone FROM events ORDER BY id"
    ).fetchall()
    assert after == before
    assert (
        store.connection.execute(
            "SELECT document, idx, event FROM mentions ORDER BY document, idx"
        ).fetchall()
        == mentions
    )


class FullStore(Store):
    """A store that merges everything again after each change (the behaviour before merging
    became incremental): the reference the incremental store must equal."""

    def _recompute(self, conn, stamp, *, documents=None, events=None):
        super()._recompute(conn, stamp)


def _rows(store: Store) -> list[tuple]:
    """Everything a subscriber or reader sees of the events, sequence numbers included."""
    return store.connection.execute(
        f"SELECT id, data, {SOURCES}, {MEMBERS}, sequence, history, hidden, gone FROM events"
        " ORDER BY id"
    ).fetchall()


def test_one_article_at_a_time_equals_a_full_merge(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-30T12:00:00+00:00")  # one clock for both stores
    rng = random.Random(2025)
    articles = _synthetic(rng, 70)
    analyses = [analysis(body, published, f"{name}.txt") for name, published, body in articles]
    for run in range(3):
        order = analyses[:]
        random.Random(run).shuffle(order)
        store, full = Store(tmp_path / f"run{run}.db"), FullStore(tmp_path / f"full{run}.db")
        for item in order:
            store.add_analyses([item])
            full.add_analyses([item])
        assert sum(len(e.sources) > 1 for e in store.events()) >= 5  # merging is exercised
        assert _rows(store) == _rows(full), run
        _full_remerge_changes_nothing(store)
        store.close()
        full.close()


def test_served_ids_keep_the_store_equal_to_a_full_merge(tmp_path, monkeypatch):
    """Ids pinned on the way (served every few articles) are kept alike by the incremental
    merge and by a full one, while later, earlier-published reports would rename them."""
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-30T12:00:00+00:00")  # one clock for both stores
    analyses = [
        analysis(body, published, f"{name}.txt")
        for name, published, body in _synthetic(random.Random(31), 60)
    ]
    store, full = Store(tmp_path / "t.db"), FullStore(tmp_path / "full.db")
    unserved = Store(tmp_path / "unserved.db")
    served: set[str] = set()
    for n, item in enumerate(analyses):
        store.add_analyses([item])
        full.add_analyses([item])
        unserved.add_analyses([item])
        if n % 7 == 3:
            ids = {e.id for e in store.events()}
            assert ids == {e.id for e in full.events()}
            store.pin(ids)
            full.pin(ids)
            served |= ids
    assert _rows(store) == _rows(full)
    shown = {e.id for e in store.events(include_hidden=True)}
    # Every served id still names an event, shown or gone: none was dropped or reused.
    rows = {r[0] for r in store.connection.execute("SELECT id FROM events")}
    assert served <= rows and len(served & shown) > 10
    # ... where the set alone names several of them otherwise.
    assert len(shown - {e.id for e in unserved.events(include_hidden=True)}) >= 5
    _full_remerge_changes_nothing(store)


def test_updates_and_corrections_keep_the_store_equal_to_a_full_merge(tmp_path):
    rng = random.Random(11)
    articles = _synthetic(rng, 40)
    store = Store(tmp_path / "t.db")
    for name, published, body in articles:
        store.add_analyses([analysis(body, published, f"{name}.txt")])
    # A changed version of some articles replaces the old one (same source, new text).
    for name, published, _body in rng.sample(articles, 8):
        other = rng.choice(articles)[2]
        store.add_analyses([analysis(other, published, f"{name}.txt")])
    _full_remerge_changes_nothing(store)
    events = store.events()
    multi = [e for e in events[4:] if len(e.sources) > 1]  # not one the others correct
    store.add_correction(events[0].id, "hide")
    store.add_correction(events[1].id, "merge", {"into": events[2].id})
    store.add_correction(multi[0].id, "split", {"document": multi[0].sources[0].document})
    store.add_correction(events[3].id, "edit", {"title": "Düzeltilmiş başlık"})
    _full_remerge_changes_nothing(store)
    # Articles arriving after the corrections keep them.
    for name, published, body in _synthetic(random.Random(12), 15):
        store.add_analyses([analysis(body, published, f"late-{name}.txt")])
    _full_remerge_changes_nothing(store)
    assert store.event(events[2].id).edited
    assert events[0].id not in {e.id for e in store.events()}


def test_real_articles_one_at_a_time_equal_a_full_merge(tmp_path, monkeypatch):
    # One clock for both stores: the history's times must not differ by a second that passed
    # between their writes.
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-30T12:00:00+00:00")
    corpus = SHARED / "corpus" / "dev"
    require(corpus.is_dir(), "the dev corpus", f"expected at {corpus}")
    paths = sorted(p for p in corpus.iterdir() if p.suffix == ".txt") + sorted(SEEDS.iterdir())
    analyses = [a for p in paths for a in analyse_file(str(p))]
    texts = Counter(a.document.sha for a in analyses)
    copies = {a.document.id for a in analyses if texts[a.document.sha] > 1}
    together = Store(tmp_path / "together.db")
    together.add_analyses(analyses)
    for seed in range(2):
        order = analyses[:]
        random.Random(seed).shuffle(order)
        store, full = Store(tmp_path / f"{seed}.db"), FullStore(tmp_path / f"full{seed}.db")
        for item in order:
            store.add_analyses([item])
            full.add_analyses([item])
        assert _rows(store) == _rows(full)
        # Real articles: the same events whatever the order. A sample also appears in the
        # corpus and the copy read first is kept: the ids of the events a copy reports may
        # differ (an id names the first report's document), every other id is the same.
        assert sorted(map(repr, (e[1:7] for e in snapshot(store)))) == sorted(
            map(repr, (e[1:7] for e in snapshot(together)))
        )
        ids = {e[1:7]: e[0] for e in snapshot(store) if not set(e[7]) & copies}
        assert ids == {e[1:7]: e[0] for e in snapshot(together) if not set(e[7]) & copies}
        assert len(ids) > 20
        _full_remerge_changes_nothing(store)


def _count_loaded(monkeypatch) -> list[int]:
    """From now on, how many mentions each of the store's reads of mentions returns."""
    loaded: list[int] = []
    original = Store._mentions

    def counting(self, conn, where="", params=()):
        rows = original(self, conn, where, params)
        loaded.append(len(rows))
        return rows

    monkeypatch.setattr(Store, "_mentions", counting)
    return loaded


def test_a_new_article_loads_only_the_events_it_touches(tmp_path, monkeypatch):
    rng = random.Random(5)
    store = Store(tmp_path / "t.db")
    for name, published, body in _synthetic(rng, 60):
        store.add_analyses([analysis(body, published, f"{name}.txt")])
    loaded = _count_loaded(monkeypatch)
    total = store.connection.execute("SELECT count(*) FROM mentions").fetchone()[0]
    store.add_analyses(
        [
            analysis(
                "NATO Zirvesi [15 Haziran 2026'da|2026-06-15] Lahey'de yapılacak.",
                "2025-10-30",
                "new.txt",
            )
        ]
    )
    assert loaded and max(loaded) < total / 5
    assert any(e.event.location == "Lahey" for e in store.events())


def test_an_old_store_is_migrated_to_incremental_merging(tmp_path):
    """A version 2 store (no blocks, no mention → event links) is upgraded in place."""
    path = tmp_path / "v2.db"
    store = Store(path)
    store.add_analyses([a for p in sorted(SEEDS.iterdir()) for a in analyse_file(str(p))])
    expected = snapshot(store)
    conn = store.connection
    conn.execute("DROP TRIGGER mentions_block_event")
    conn.execute("DROP TABLE mention_blocks")
    conn.execute("DROP INDEX mentions_event")
    conn.execute("DROP INDEX mentions_confidence")
    conn.execute("DROP INDEX events_ckey")
    conn.execute("ALTER TABLE mentions DROP COLUMN event")
    conn.execute("ALTER TABLE events DROP COLUMN ckey")
    conn.execute("UPDATE meta SET value='2' WHERE key='schema_version'")
    store.close()
    migrated = Store(path)
    assert snapshot(migrated) == expected
    conn = migrated.connection
    version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0]
    assert version == str(SCHEMA_VERSION)
    assert conn.execute("SELECT count(*) FROM mentions WHERE event IS NULL").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM mention_blocks").fetchone()[0] > 0
    # It goes on incrementally: the second sample again adds nothing.
    assert migrated.add_analyses(analyse_file(str(sorted(SEEDS.iterdir())[0])))["unchanged"] == 1
    _full_remerge_changes_nothing(migrated)


def test_blocks_follow_their_document(tmp_path):
    store = Store(tmp_path / "t.db")
    first = analysis("Zirve [12 Kasım'da|2025-11-12] Astana'da yapılacak.", "2025-10-01", "x.txt")
    store.add_analyses([first])
    doc = first.document.id
    count = store.connection.execute
    assert count("SELECT count(*) FROM mention_blocks WHERE document=?", (doc,)).fetchone()[0]
    rows = json.loads(json.dumps(count("SELECT DISTINCT period FROM mention_blocks").fetchall()))
    assert ["2025-11-12"] in rows
    second = analysis("Zirve [3 Aralık'ta|2025-12-03] Bakü'de yapılacak.", "2025-10-01", "x.txt")
    store.add_analyses([second])
    periods = {r[0] for r in count("SELECT period FROM mention_blocks").fetchall()}
    assert periods == {"2025-12-03"}
    assert Path(store.path).exists()


def test_merging_a_larger_event_into_a_smaller_one_lasts(tmp_path):
    """The merged event keeps the id of the one merged into, even though the other one brings
    more of its mentions: the next recomputation must not hand that id to the larger part and
    lose the editor's merge."""
    store = Store(tmp_path / "t.db")
    for n in range(3):
        store.add_analyses(
            [
                analysis(
                    "Türk Devletleri Zirvesi'nin ilki [3 yıl önce|2022] Moskova'da düzenlenmişti.",
                    f"2025-10-1{n}",
                    f"big{n}.txt",
                )
            ]
        )
    store.add_analyses(
        [
            analysis(
                "Türk Devletleri Zirvesi [2023 yılında|2023] Ankara'da yapılmıştı.",
                "2025-10-20",
                "small.txt",
            )
        ]
    )
    big = next(e for e in store.events() if len(e.sources) == 3)
    small = next(e for e in store.events() if len(e.sources) == 1)
    store.add_correction(big.id, "merge", {"into": small.id})
    merged = store.event(small.id)
    assert len(merged.sources) == 4
    assert [e.id for e in store.events()] == [small.id]
    _full_remerge_changes_nothing(store)
    store.add_analyses(
        [
            analysis(
                "Türk Devletleri Zirvesi'nin ilki [3 yıl önce|2022] Moskova'da düzenlenmişti.",
                "2025-10-25",
                "late.txt",
            )
        ]
    )
    assert [(e.id, len(e.sources)) for e in store.events()] == [(small.id, 5)]
    _full_remerge_changes_nothing(store)


def test_a_crowded_year_is_not_loaded_for_a_new_edition(tmp_path, monkeypatch):
    """Year-precise reports of many happenings (earlier editions, each at its place) share a
    cluster key; a new one is compared with, and numbered among, those of its place only."""
    store, full = Store(tmp_path / "t.db"), FullStore(tmp_path / "full.db")
    cities = [
        "Moskova",
        "Astana",
        "Taşkent",
        "Ankara",
        "Bakü",
        "Bişkek",
        "Aşkabat",
        "Duşanbe",
        "Tahran",
        "Pekin",
        "Berlin",
        "Paris",
    ]
    for n, city in enumerate(cities):
        for family in FAMILIES:
            item = analysis(
                f"{family} Zirvesi'nin ilki [3 yıl önce|2022] {city}'da düzenlenmişti.",
                "2025-10-10",
                f"{n}-{family}.txt",
            )
            store.add_analyses([item])
            full.add_analyses([item])
    assert len(store.events()) == len(cities) * len(FAMILIES)
    loaded = _count_loaded(monkeypatch)
    store.add_analyses(
        [
            analysis(
                "Avrasya Enerji Zirvesi'nin ilki [3 yıl önce|2022] Roma'da düzenlenmişti.",
                "2025-10-11",
                "new.txt",
            )
        ]
    )
    assert max(loaded) <= 2
    full.add_analyses(
        [
            analysis(
                "Avrasya Enerji Zirvesi'nin ilki [3 yıl önce|2022] Roma'da düzenlenmişti.",
                "2025-10-11",
                "new.txt",
            )
        ]
    )
    assert _rows(store) == _rows(full)
    assert len(store.events()) == len(cities) * len(FAMILIES) + 1


def test_a_version_3_store_gets_id_groups(tmp_path):
    """Version 3 grouped events by cluster key alone; version 4 stores the id group (key and
    anchor) that a new event is numbered in."""
    path = tmp_path / "v3.db"
    store = Store(path)
    store.add_analyses([a for p in sorted(SEEDS.iterdir()) for a in analyse_file(str(p))])
    expected = _rows(store)
    groups = store.connection.execute("SELECT id, ckey FROM events ORDER BY id").fetchall()
    store.connection.execute(
        "UPDATE events SET ckey = substr(ckey, 1, instr(substr(ckey, "
        "instr(ckey, '|') + 1), '|') + instr(ckey, '|') - 1)"
    )
    store.connection.execute("UPDATE meta SET value='3' WHERE key='schema_version'")
    old = store.connection.execute("SELECT id, ckey FROM events ORDER BY id").fetchall()
    assert old != groups and all(k.count("|") == 1 for _id, k in old)
    store.close()
    migrated = Store(path)
    assert (
        migrated.connection.execute("SELECT id, ckey FROM events ORDER BY id").fetchall() == groups
    )
    # Nothing is merged again: every event row (sequence and history included) is as it was.
    assert _rows(migrated) == expected
    # and it goes on incrementally
    migrated.add_analyses(
        [
            analysis(
                "Avrasya Enerji Zirvesi [2023 yılında|2023] Roma'da yapılmıştı.",
                "2025-10-25",
                "late.txt",
            )
        ]
    )
    _full_remerge_changes_nothing(migrated)


def test_an_edition_less_year_does_not_tie_the_editions_of_that_year(tmp_path):
    """ "The Turkic States Summit in 2017", with no place, meets every numbered edition held
    that year; it must not make them one event. With the place in common it joins its
    edition."""
    store = Store(tmp_path / "t.db")
    for name, published, body in [
        (
            "a",
            "2016-12-01",
            "13. Türk Devletleri Zirvesi [28 Mart'ta|2017-03-28] Ulan Batur'da düzenlenecek.",
        ),
        ("b", "2016-12-20", "28. Türk Devletleri Zirvesi [15 Ocak'ta|2017-01-15] düzenlenecek."),
        ("c", "2016-12-22", "29. Türk Devletleri Zirvesi [20 Ocak'ta|2017-01-20] düzenlenecek."),
        ("d", "2021-05-01", "Türk Devletleri Zirvesi [2017 yılında|2017] düzenlenmişti."),
        ("e", "2025-05-01", "Hazar Zirvesi [2026 yılında|2026] Tahran'da yapılacak."),
        (
            "f",
            "2025-06-01",
            "7. Hazar Zirvesi [12 Ağustos 2026'da|2026-08-12] Tahran'da yapılacak.",
        ),
    ]:
        store.add_analyses([analysis(body, published, f"{name}.txt")])
    by_title = {}
    for e in store.events():
        by_title.setdefault(e.event.title, []).append(len(e.sources))
    assert sorted(n for title, counts in by_title.items() if "Türk" in title for n in counts) == [
        1,
        1,
        1,
        1,
    ]
    assert [len(e.sources) for e in store.events() if "Hazar" in e.event.title] == [2]
    _full_remerge_changes_nothing(store)
