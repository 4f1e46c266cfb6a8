"""Event ids: a function of the set of articles, and pinned once served (issue 18, point 10).

* Ingested forward, in reverse or shuffled, one article at a time and with nothing served in
  between, a set of articles gives every event the same id (written articles, and the tune
  part of the dev corpus read in place).
* An id once served (pinned) stays with its happening, even when the set would name it
  otherwise, and is never given to another happening.
* A version 5 store is upgraded with every id it holds pinned.
"""

from __future__ import annotations

import random
import sqlite3
from collections import Counter

from eventkit import analysis
from helpers import SHARED, require
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.pipeline import analyse_file
from timeline.store import SCHEMA_VERSION, Store

# (name, published, body): several happenings, some reported by several articles, a
# postponement, two concerts in one city and month, a year-precise summit.
ARTICLES = [
    ("k1", "2025-09-10", "Konser [12 Kasım'da|2025-11-12] İzmir'de yapılacak."),
    ("k2", "2025-09-20", "Ünlü sanatçının konseri [12 Kasım'da|2025-11-12] İzmir'de olacak."),
    ("k3", "2025-10-05", "Konser [12 Kasım'da|2025-11-12] İzmir'de düzenlenecek."),
    ("k4", "2025-09-15", "Konser [20 Kasım'da|2025-11-20] İzmir'de yapılacak."),
    ("k5", "2025-10-01", "İkinci konser [20 Kasım'da|2025-11-20] İzmir'de düzenlenecek."),
    ("f1", "2025-09-01", "Ekonomi Forumu [3 Aralık'ta|2025-12-03] Ankara'da yapılacak."),
    (
        "f2",
        "2025-11-01",
        "Ankara'da [3 Aralık'ta|2025-12-03] yapılacak Ekonomi Forumu [10 Aralık'a|2025-12-10]"
        " ertelendi.",
    ),
    ("f3", "2025-11-20", "Ekonomi Forumu [10 Aralık'ta|2025-12-10] Ankara'da yapılacak."),
    ("n1", "2025-09-12", "NATO zirvesi [12 Kasım'da|2025-11-12] Ankara'da yapılacak."),
    ("n2", "2025-09-02", "NATO zirvesi [12 Kasım'da|2025-11-12] Ankara'da toplanacak."),
    ("t1", "2025-08-30", "Türk Devletleri Zirvesi [2026 yılında|2026] Bakü'de yapılacak."),
]


def _analyses() -> list:
    return [analysis(body, published, f"{name}.txt") for name, published, body in ARTICLES]


def _ids(store: Store) -> dict[str, tuple]:
    """Every event (hidden ones too) by id: its slot, title, place and documents."""
    return {
        e.id: (e.event.date, e.event.title, e.event.location, sorted(s.document for s in e.sources))
        for e in store.events(include_hidden=True)
    }


def _one_at_a_time(path, items: list) -> Store:
    store = Store(path)
    for item in items:
        store.add_analyses([item])
    return store


def _orders(items: list) -> list[list]:
    """Forward, in reverse and three shuffles."""
    out = [items[:], items[::-1]]
    for seed in range(3):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        out.append(shuffled)
    return out


def test_the_set_names_the_events_whatever_the_order(tmp_path):
    items = _analyses()
    stores = [_one_at_a_time(tmp_path / f"{n}.db", order) for n, order in enumerate(_orders(items))]
    together = Store(tmp_path / "together.db")
    together.add_analyses(items)
    expected = _ids(together)
    for store in stores:
        assert _ids(store) == expected
        assert not store.pinned()  # nothing was served
    by_title = Counter(title for _day, title, _place, _docs in expected.values())
    assert by_title["İzmir konseri"] >= 1 and len(expected) >= 5
    # The cases the set holds: reports merged, a postponed event, two concerts in one month.
    assert max(len(docs) for *_rest, docs in expected.values()) >= 3
    forum = [e for e in together.events() if e.event.title == "Ekonomi Forumu"]
    assert len(forum) == 1 and forum[0].event.date == "2025-12-10" and forum[0].changes
    concerts = {day for day, title, place, _docs in expected.values() if place == "İzmir"}
    assert concerts == {"2025-11-12", "2025-11-20"}


_ITEMS = _analyses()


@settings(max_examples=25, deadline=None)
@given(st.permutations(range(len(ARTICLES))), st.integers(min_value=3, max_value=len(ARTICLES)))
def test_any_order_of_any_subset_names_the_events_as_all_at_once(order, size):
    chosen = [_ITEMS[i] for i in order[:size]]
    one_by_one = _one_at_a_time(":memory:", chosen)
    together = Store(":memory:")
    together.add_analyses(sorted(chosen, key=lambda a: a.document.source))
    assert _ids(one_by_one) == _ids(together)


def test_real_articles_get_the_same_ids_whatever_the_order(tmp_path):
    corpus = SHARED / "corpus" / "dev"
    require(corpus.is_dir(), "the dev corpus", f"expected at {corpus}")
    # The tune part: d01–d11, the odd ones from d13, and the samples' copies.
    paths = sorted(
        p
        for p in corpus.glob("*.txt")
        if not p.stem.startswith("d") or int(p.stem[1:]) < 12 or int(p.stem[1:]) % 2
    )
    items = [a for p in paths for a in analyse_file(str(p))]
    assert len({a.document.sha for a in items}) == len(items)  # no two copies of one text
    orders = _orders(items)[:3]
    expected = _ids(_one_at_a_time(tmp_path / "0.db", orders[0]))
    assert len(expected) > 50
    for n, order in enumerate(orders[1:], 1):
        assert _ids(_one_at_a_time(tmp_path / f"{n}.db", order)) == expected, n


def test_a_served_id_stays_with_its_happening(tmp_path):
    """An earlier report would name the concert otherwise: the served id stays."""
    items = {a.document.source: a for a in _analyses()}
    served, unserved = Store(tmp_path / "served.db"), Store(tmp_path / "unserved.db")
    for store in (served, unserved):
        store.add_analyses([items["k3.txt"]])
    [shown] = served.events()
    assert served.pin([shown.id]) == 1 and served.pin([shown.id]) == 0
    for store in (served, unserved):
        store.add_analyses([items["k1.txt"]])  # published before k3
    [kept], [followed] = served.events(), unserved.events()
    assert kept.id == shown.id and len(kept.sources) == 2
    assert followed.id != shown.id and len(followed.sources) == 2


def test_a_served_id_is_never_given_to_another_happening(tmp_path):
    """The concert's first report is rewritten into a summit's: the summit would take the
    concert's id; served, the id stays with the concert."""
    concert = "Konser [12 Kasım'da|2025-11-12] İzmir'de yapılacak."
    summit = "NATO zirvesi [12 Kasım'da|2025-11-12] Ankara'da yapılacak."
    later = analysis("Konser [12 Kasım'da|2025-11-12] İzmir'de olacak.", "2025-09-05", "b.txt")
    results = {}
    for pinned in (True, False):
        store = Store(tmp_path / f"{pinned}.db")
        store.add_analyses([analysis(concert, "2025-09-01", "a.txt"), later])
        [before] = store.events()
        if pinned:
            store.pin([before.id])
        store.add_analyses([analysis(summit, "2025-09-01", "a.txt")])  # a.txt updated
        results[pinned] = before.id, {e.event.title: e.id for e in store.events()}
    first_id, events = results[True]
    assert events["İzmir konseri"] == first_id and events["NATO zirvesi"] != first_id
    first_id, events = results[False]
    assert events["NATO zirvesi"] == first_id  # unserved, the id follows its first report


def test_a_served_id_of_a_gone_event_is_not_reused(tmp_path):
    store = Store(tmp_path / "t.db")
    store.add_analyses(
        [analysis("Konser [12 Kasım'da|2025-11-12] İzmir'de yapılacak.", "2025-09-01", "a.txt")]
    )
    [concert] = store.events()
    store.pin([concert.id])
    store.add_analyses(
        [
            analysis(
                "NATO zirvesi [12 Kasım'da|2025-11-12] Ankara'da yapılacak.", "2025-09-01", "a.txt"
            )
        ]
    )
    [summit] = store.events()
    assert summit.id != concert.id and summit.event.title == "NATO zirvesi"
    gone = store.connection.execute("SELECT gone FROM events WHERE id=?", (concert.id,))
    assert gone.fetchone()[0] == 1


def test_corrections_pin_the_ids_they_name(tmp_path):
    store = Store(tmp_path / "t.db")
    store.add_analyses(_analyses())
    first, second = store.events()[:2]
    store.add_correction(first.id, "merge", {"into": second.id})
    assert {first.id, second.id} <= store.pinned()


def test_a_read_only_store_pins_nothing(tmp_path):
    path = tmp_path / "t.db"
    store = Store(path)
    store.add_analyses(_analyses())
    ids = list(_ids(store))
    store.close()
    path.chmod(0o444)
    try:
        assert Store(path).pin(ids) == 0
    finally:
        path.chmod(0o644)
    assert Store(path).pinned() == set()


def test_a_version_5_store_is_upgraded_with_every_id_pinned(tmp_path):
    path = tmp_path / "v5.db"
    store = Store(path)
    items = {a.document.source: a for a in _analyses()}
    store.add_analyses([items["k3.txt"], items["n1.txt"]])
    before = _ids(store)
    store.close()
    conn = sqlite3.connect(path)  # as version 5 left it: no record of served ids
    conn.execute("DROP TABLE served")
    conn.execute("UPDATE meta SET value='5' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    upgraded = Store(path)
    version = upgraded.connection.execute("SELECT value FROM meta WHERE key='schema_version'")
    assert version.fetchone()[0] == str(SCHEMA_VERSION) == "7"
    assert upgraded.pinned() == set(before)
    assert _ids(upgraded) == before
    # Earlier reports would name both events otherwise: they may have been served.
    upgraded.add_analyses([items["k1.txt"], items["n2.txt"]])
    after = _ids(upgraded)
    assert set(after) == set(before)
    assert all(len(after[i][3]) == 2 for i in before)
