"""One happening, one event: merging reports across articles, in every arrival order.

Articles are ingested one at a time in each permutation (and all at once); the events' ids
(calendar UIDs), days, statuses, titles, places and sources must not depend on the order.
Postponements and cancellations update the stored event instead of adding a second one, also
when the postponing article arrives before the original announcement.
"""

from __future__ import annotations

from itertools import permutations

import pytest
from eventkit import analysis, snapshot

from timeline.store import Store

TOKAYEV = "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev"

VISIT = {
    "visit-announced": (
        "2025-10-09",
        f"{TOKAYEV}, Duşanbe'deki zirvede konuştu. Tokayev, [12 Kasım'da|2025-11-12] Rusya'ya "
        "resmi ziyaret gerçekleştireceğini duyurdu.",
    ),
    "visit-reported": (
        "2025-10-22",
        f"{TOKAYEV}'in [12 Kasım'da|2025-11-12] Rusya'yı ziyaret edeceğini belirten Rusya "
        "Dışişleri Bakanı Sergey Lavrov, hazırlıkların sürdüğünü söyledi.",
    ),
    "visit-held": (
        "2025-11-12",
        f"{TOKAYEV}, [bugün|2025-11-12] Moskova'da Rusya Devlet Başkanı Vladimir Putin ile "
        "bir araya geldi.",
    ),
    "other-summit": (
        "2025-10-20",
        "[15-16 Haziran 2026'da|2026-06-15/2026-06-16] düzenlenecek NATO Zirvesi Lahey'de "
        "yapılacak.",
    ),
}

POSTPONED = {
    "announced": (
        "2025-10-01",
        "NATO Savunma Bakanları Toplantısı [3 Aralık'ta|2025-12-03] Londra'da yapılacak.",
    ),
    "postponed": (
        "2025-11-20",
        "Londra'da [3 Aralık'ta|2025-12-03] yapılacak NATO Savunma Bakanları Toplantısı "
        "[10 Aralık'a|2025-12-10] ertelendi.",
    ),
    "postponed-again": (
        "2025-11-22",
        "NATO Savunma Bakanları Toplantısı, [3 Aralık|2025-12-03] tarihinden "
        "[10 Aralık|2025-12-10] tarihine ertelendi.",
    ),
}
# A report of the new day that does not know the old one.
REMINDER = (
    "2025-11-25",
    "[10 Aralık'ta|2025-12-10] Londra'da yapılacak NATO Savunma "
    "Bakanları Toplantısı için hazırlıklar sürüyor.",
)

CANCELLED = {
    "planned": (
        "2025-10-01",
        "Ünlü sanatçının konseri [12 Kasım'da|2025-11-12] İzmir'de yapılacak.",
    ),
    "cancelled": (
        "2025-11-05",
        "İzmir'de [12 Kasım'da|2025-11-12] yapılması planlanan konser iptal edildi.",
    ),
}


def _analyses(articles: dict) -> dict:
    return {
        name: analysis(body, published, f"{name}.txt")
        for name, (published, body) in articles.items()
    }


def _ingest_in_order(tmp_path, analyses: dict, order: tuple[str, ...]) -> Store:
    store = Store(tmp_path / ("-".join(order) + ".db"))
    for name in order:
        store.add_analyses([analyses[name]])
    return store


@pytest.mark.parametrize(
    "articles", [VISIT, POSTPONED, CANCELLED], ids=["visit", "postponement", "cancellation"]
)
def test_every_arrival_order_gives_the_same_events(tmp_path, articles):
    analyses = _analyses(articles)
    together = Store(tmp_path / "together.db")
    together.add_analyses(list(analyses.values()))
    expected = snapshot(together)
    together.close()
    assert expected
    for order in permutations(analyses):
        store = _ingest_in_order(tmp_path, analyses, order)
        assert snapshot(store) == expected, order
        store.close()


def test_reports_of_one_visit_are_one_event(tmp_path):
    store = Store(tmp_path / "t.db")
    store.add_analyses(list(_analyses(VISIT).values()))
    events = store.events()
    assert len(events) == 2  # the visit and the unrelated summit
    visit = next(e for e in events if e.event.date == "2025-11-12")
    assert len(visit.sources) == 3
    assert visit.event.status == "held"  # the latest report says it took place
    assert visit.event.title == "Tokayev'in Rusya'ya resmi ziyareti"
    assert any("Putin" in p for p in visit.event.participants)
    assert all(q.quote for q in visit.sources)


@pytest.mark.parametrize("order", list(permutations(POSTPONED)), ids="-".join)
def test_postponement_moves_the_event(tmp_path, order):
    store = _ingest_in_order(tmp_path, _analyses(POSTPONED), order)
    [event] = store.events()
    assert (event.event.date, event.event.status) == ("2025-12-10", "planned")
    assert [c["change"] for c in event.changes] == ["postponed"]
    assert event.changes[0]["from"][0] == "2025-12-03"
    assert len(event.sources) == 3
    store.close()


def test_a_later_report_of_the_new_day_joins_the_event(tmp_path):
    analyses = _analyses(POSTPONED | {"reminder": REMINDER})
    store = Store(tmp_path / "t.db")
    store.add_analyses(list(analyses.values()))
    [event] = store.events()
    assert event.event.date == "2025-12-10" and len(event.sources) == 4


def test_the_first_uid_wins_when_a_report_reveals_an_older_identity(tmp_path):
    # The reminder arrives first and knows only the new day; when the postponement report
    # reveals the original slot, the event keeps the UID subscribers already have (it was
    # served, so pinned).
    analyses = _analyses({"reminder": REMINDER, "postponed": POSTPONED["postponed"]})
    store = Store(tmp_path / "t.db")
    store.add_analyses([analyses["reminder"]])
    [first] = store.events()
    assert store.pin([first.id]) == 1
    store.add_analyses([analyses["postponed"]])
    [event] = store.events()
    first_id = first.id
    assert event.id == first_id and len(event.sources) == 2


def test_an_unserved_id_follows_the_set(tmp_path):
    # Nothing was served: the event gets the id the two reports give it, whatever order they
    # came in.
    analyses = _analyses({"reminder": REMINDER, "postponed": POSTPONED["postponed"]})
    forward, backward = Store(tmp_path / "f.db"), Store(tmp_path / "b.db")
    forward.add_analyses([analyses["reminder"]])
    forward.add_analyses([analyses["postponed"]])
    backward.add_analyses([analyses["postponed"]])
    backward.add_analyses([analyses["reminder"]])
    [one], [other] = forward.events(), backward.events()
    assert one.id == other.id and len(one.sources) == 2


def test_postponement_raises_sequence_and_keeps_history(tmp_path, monkeypatch):
    analyses = _analyses(POSTPONED)
    store = Store(tmp_path / "t.db")
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-01T10:00:00")
    store.add_analyses([analyses["announced"]])
    [before] = store.events()
    monkeypatch.setenv("TIMELINE_NOW", "2025-11-20T10:00:00")
    store.add_analyses([analyses["postponed"]])
    [after] = store.events()
    assert after.id == before.id
    assert after.sequence == before.sequence + 1
    assert after.history[-1]["changes"]["date"] == {"from": "2025-12-03", "to": "2025-12-10"}


def test_postponing_article_before_the_announcement(tmp_path):
    analyses = _analyses(POSTPONED)
    first = _ingest_in_order(tmp_path, analyses, ("postponed", "announced"))
    second = _ingest_in_order(tmp_path, analyses, ("announced", "postponed"))
    assert snapshot(first) == snapshot(second)
    [event] = first.events()
    assert event.event.date == "2025-12-10"
    assert event.event.replaces == ("2025-12-03", None)


def test_cancellation_updates_the_event(tmp_path, monkeypatch):
    analyses = _analyses(CANCELLED)
    store = Store(tmp_path / "t.db")
    monkeypatch.setenv("TIMELINE_NOW", "2025-10-01T10:00:00")
    store.add_analyses([analyses["planned"]])
    [before] = store.events()
    monkeypatch.setenv("TIMELINE_NOW", "2025-11-05T10:00:00")
    store.add_analyses([analyses["cancelled"]])
    [after] = store.events()
    assert after.id == before.id and after.event.status == "cancelled"
    assert after.sequence == before.sequence + 1
    assert after.history[-1]["changes"]["status"] == {"from": "planned", "to": "cancelled"}
    assert [c["change"] for c in after.changes] == ["cancelled"]


def test_an_updated_article_keeps_the_event_id(tmp_path):
    store = Store(tmp_path / "t.db")
    first = analysis("Konser [12 Kasım'da|2025-11-12] İzmir'de yapılacak.", "2025-10-01", "a.txt")
    store.add_analyses([first])
    [before] = store.events()
    store.pin([before.id])  # served
    # The outlet corrects the day in the same article (same source, new text).
    second = analysis("Konser [14 Kasım'da|2025-11-14] İzmir'de yapılacak.", "2025-10-01", "a.txt")
    assert store.add_analyses([second])["updated"] == 1
    [after] = store.events()
    assert after.id == before.id
    assert after.event.date == "2025-11-14" and after.sequence == before.sequence + 1


def test_a_new_source_keeps_the_event_id(tmp_path):
    store = Store(tmp_path / "t.db")
    store.add_analyses([_analyses(VISIT)["visit-reported"]])
    before = {e.event.date: e.id for e in store.events()}
    store.pin(before.values())  # served
    store.add_analyses([_analyses(VISIT)["visit-announced"]])
    after = {e.event.date: e.id for e in store.events()}
    assert before["2025-11-12"] == after["2025-11-12"]


def test_different_happenings_on_one_day_stay_apart(tmp_path):
    store = Store(tmp_path / "t.db")
    store.add_analyses(
        [
            analysis("Konser [12 Kasım'da|2025-11-12] İzmir'de yapılacak.", "2025-10-01", "a.txt"),
            analysis("Konser [12 Kasım'da|2025-11-12] Ankara'da yapılacak.", "2025-10-01", "b.txt"),
            analysis(
                "NATO zirvesi [12 Kasım'da|2025-11-12] Ankara'da yapılacak.", "2025-10-01", "c.txt"
            ),
        ]
    )
    assert len(store.events()) == 3
    assert len({e.id for e in store.events()}) == 3


def test_two_editions_of_a_summit_stay_apart():
    from timeline.events.merge import same_happening
    from timeline.model import Event

    def summit(title: str, day: str) -> Event:
        return Event(
            day, "day", title, "summit", "planned", "", location="Bakü", country="Azerbaycan"
        )

    assert same_happening(
        summit("19. Türk Devletleri Zirvesi", "2025-11-12"),
        summit("Türk Devletleri Zirvesi", "2025-11-12"),
    )
    assert not same_happening(
        summit("19. Türk Devletleri Zirvesi", "2025-11-12"),
        summit("20. Türk Devletleri Zirvesi", "2025-11-12"),
    )


def test_a_year_precise_report_does_not_chain_the_summits_of_its_place(tmp_path):
    """ "Bakü'de 2026'da bir zirve" meets every day of 2026 there: the place alone must not tie
    it (and through it, each other) to every summit held in Bakü that year."""
    articles = {
        "energy": (
            "2025-10-01",
            "Avrasya Enerji Zirvesi [12 Mart 2026'da|2026-03-12] Bakü'de yapılacak.",
        ),
        "transport": (
            "2025-10-02",
            "Kafkas Ulaşım Zirvesi [20 Eylül 2026'da|2026-09-20] Bakü'de düzenlenecek.",
        ),
        "year": ("2025-10-03", "Hazar Ülkeleri Zirvesi de [2026 yılında|2026] Bakü'de toplanacak."),
    }
    store = Store(tmp_path / "t.db")
    store.add_analyses(list(_analyses(articles).values()))
    events = store.events()
    assert len(events) == 3, [(e.event.title, e.event.date) for e in events]
    assert all(len(e.sources) == 1 for e in events)


def test_a_year_precise_report_with_a_one_word_title_ties_to_nothing():
    from timeline.events.merge import same_happening
    from timeline.model import Event

    day = Event(
        "2026-03-12",
        "day",
        "Avrasya Enerji Zirvesi",
        "summit",
        "planned",
        "",
        location="Bakü",
        country="Azerbaycan",
    )
    generic = Event("2026", "year", "Zirve", "summit", "planned", "")
    named = Event("2026", "year", "Avrasya Enerji Zirvesi", "summit", "planned", "")
    assert not same_happening(generic, day)
    assert same_happening(named, day)


def test_a_year_precise_report_does_not_chain_a_leaders_summits():
    """ "Tokayev 2017'de bir zirveye katıldı" shares its person with every summit Tokayev
    attended that year: without a common title it joins none of them."""
    from timeline.events.merge import same_happening
    from timeline.model import Event

    leader = ["Kasım Cömert Tokayev"]
    year = Event(
        "2017", "year", "Tokayev'in katıldığı zirve", "summit", "held", "", participants=leader
    )
    energy = Event(
        "2017-03-12",
        "day",
        "23. Avrasya Enerji Zirvesi",
        "summit",
        "held",
        "",
        location="Bakü",
        participants=leader,
    )
    climate = Event(
        "2017-09-20",
        "day",
        "29. Akdeniz İklim Zirvesi",
        "summit",
        "held",
        "",
        location="Roma",
        participants=leader,
    )
    assert not same_happening(year, energy) and not same_happening(year, climate)
    again = Event(
        "2017", "year", "Avrasya Enerji Zirvesi", "summit", "held", "", participants=leader
    )
    assert same_happening(again, energy)
