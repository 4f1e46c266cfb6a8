"""The page's pure parts: the window of events shown, the rows (headings, today line), the
order toggle, links that keep the filters, facets."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import filters as flt
from timeline.errors import InputError, NotFound
from timeline.model import Event, StoredEvent
from web.pages import View, Window, parse_view, today_index, window

TODAY = date(2025, 10, 30)


def ev(value: str, granularity: str = "day", end: str | None = None, n: int = 0) -> StoredEvent:
    e = Event(value, granularity, f"event {value} {n}", "meeting", "planned", "", end=end)
    return StoredEvent(id=f"{value}-{n}", event=e, sources=[])


def days(count: int, first: date = date(2025, 10, 1)) -> list[StoredEvent]:
    return [ev(date.fromordinal(first.toordinal() + i).isoformat(), n=i) for i in range(count)]


def ids(w: Window) -> list[str]:
    return [it.id for it in w.items]


def test_today_index_counts_the_events_that_start_before_today():
    items = [
        ev("2022", "year"),
        ev("2025-10", "month"),
        ev("2025-10-29"),
        ev("2025-10-30"),
        ev("2025-11-02"),
    ]
    assert today_index(items, TODAY) == 3  # an event today is after the line


def test_chrono_window_opens_around_today():
    items = days(100)  # 1 October 2025 onwards: 29 before today
    w = window(items, TODAY, View(), size=20)
    # A fifth of the window before the today line, the rest after it.
    assert (w.start, w.end) == (25, 45)
    assert w.today_at == 4
    assert w.items[w.today_at].event.date == "2025-10-30"
    assert (w.earlier, w.later) == (-1, 1)


def test_chrono_pages_cover_everything_once():
    items = days(100)
    w = window(items, TODAY, View(), size=20)
    first, last = w.pages
    seen = []
    for page in range(first, last + 1):
        seen += ids(window(items, TODAY, View(page=page), size=20))
    assert seen == [it.id for it in items]
    assert window(items, TODAY, View(page=first), size=20).earlier is None
    assert window(items, TODAY, View(page=last), size=20).later is None


@pytest.mark.parametrize("page", [-99, 99])
def test_page_outside_the_events_is_not_found(page):
    with pytest.raises(NotFound, match="does not exist"):
        window(days(10), TODAY, View(page=page), size=5)


def test_empty_list_has_one_empty_page():
    w = window([], TODAY, View(), size=5)
    assert w.items == [] and w.today_at == 0 and w.earlier is None and w.later is None


def test_today_line_after_the_last_event_when_all_are_past():
    items = days(3, date(2025, 1, 1))
    w = window(items, TODAY, View(), size=10)
    assert w.today_at == 3


def test_upcoming_first_lists_what_is_ahead_then_the_past_latest_first():
    items = [
        ev("2024", "year"),
        ev("2024-05-01"),
        ev("2025-10", "month"),
        ev("2025-10-10"),
        ev("2025-11-01"),
        ev("2026-01-01"),
    ]
    w = window(items, TODAY, View(order="upcoming"), size=10)
    # October 2025 is not over: the month-precise event is still ahead.
    assert ids(w) == [
        "2025-10-0",
        "2025-11-01-0",
        "2026-01-01-0",
        "2025-10-10-0",
        "2024-0",
        "2024-05-01-0",
    ]
    assert w.today_at == 0 and w.past_at == 3


def test_upcoming_pages_start_at_zero():
    items = days(30)
    assert window(items, TODAY, View(order="upcoming"), size=10).pages == (0, 2)
    with pytest.raises(NotFound):
        window(items, TODAY, View(order="upcoming", page=-1), size=10)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ({}, View("chrono", 0)),
        ({"order": "upcoming"}, View("upcoming", 0)),
        ({"page": "-2"}, View("chrono", -2)),
        ({"page": " 3 "}, View("chrono", 3)),
    ],
)
def test_parse_view(args, expected):
    assert parse_view(args) == expected


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"order": "random"}, "order='random' is not known"),
        ({"page": "two"}, "page='two' is not a whole number"),
        ({"page": "1e9"}, "not a whole number"),
        ({"page": "99999999"}, "out of range"),
    ],
)
def test_parse_view_rejects(args, message):
    with pytest.raises(InputError, match=message):
        parse_view(args)


def test_here_links_keep_filters_and_reset_the_page(app):
    from web.pages import Here

    f = flt.parse({"who": "tokayev", "q": "zirve"})
    here = Here(f, View("upcoming", 2))
    with app.test_request_context("/"):
        assert here.url() == "/?who=tokayev&q=zirve&order=upcoming&page=2"
        assert here.url(page=3) == "/?who=tokayev&q=zirve&order=upcoming&page=3"
        assert here.url(add=[("where", "Moskova")]) == (
            "/?who=tokayev&q=zirve&where=Moskova&order=upcoming"
        )
        assert here.url(remove=[("who", "tokayev")]) == "/?q=zirve&order=upcoming"
        assert here.url(order="chrono", page=0) == "/?who=tokayev&q=zirve"
        assert here.url(endpoint="pages.lists", only_filters=True) == "/lists?who=tokayev&q=zirve"
        link, active = here.toggle("who", "TOKAYEV")
        assert active and "who=" not in link
        link, active = here.toggle("where", "Moskova")
        assert not active and "where=Moskova" in link


def test_the_store_window_equals_the_window_of_every_event(tmp_path):
    """A chronological page reads counts and one slice from the store (StoreKeys); it cuts
    exactly the window that ordering every selected event would, for any filter, page and
    today — a year or month beginning on today included."""
    import random

    from helpers import ingest as ingest_files

    from timeline.store import Store
    from web.pages import StoreKeys

    rng = random.Random(3)
    store = Store(tmp_path / "w.db")
    folder = tmp_path / "in"
    folder.mkdir()
    cities = [
        "Ankara",
        "Moskova",
        "Bakü",
        "Astana",
        "Taşkent",
        "Bişkek",
        "Duşanbe",
        "Aşkabat",
        "Tahran",
        "Berlin",
        "Paris",
        "Roma",
        "Viyana",
        "Madrid",
        "Lizbon",
        "Atina",
    ]
    months = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran"]
    for n in range(60):
        city, month = rng.choice(cities), rng.randrange(6)
        when = rng.choice(
            [
                f"{rng.randint(1, 28)} {months[month]} 2026'da",
                f"{months[month]} 2026'da",
                "2026 yılında",
            ]
        )
        (folder / f"a{n}.txt").write_text(
            f"date 2025-10-{rng.randint(1, 28):02d}\n\n{city} Zirvesi {when} {city}'da "
            f"yapılacak.\n",
            encoding="utf-8",
        )
    ingest_files(store, sorted(folder.iterdir()))
    assert len(store.keys(flt.Filter(), date(2026, 3, 1))) > 25
    for today in (
        date(2026, 1, 1),
        date(2026, 3, 1),
        date(2026, 3, 17),
        date(2025, 1, 1),
        date(2027, 5, 5),
    ):
        for args in ({}, {"where": "Moskova"}, {"where": "Ankara", "from": "2026-02"}):
            f = flt.parse(args)
            every = store.keys(f, today)
            lazy = StoreKeys(store, f, today)
            assert len(lazy) == len(every)
            assert today_index(lazy, today) == today_index(every, today), (today, args)
            for size in (1, 4, 7):
                full = window(every, today, View("chrono", 0), size)
                for page in range(full.pages[0], full.pages[1] + 1):
                    a = window(every, today, View("chrono", page), size)
                    b = window(lazy, today, View("chrono", page), size)
                    assert [k.id for k in a.items] == [k.id for k in b.items]
                    assert (a.start, a.end, a.total, a.today_at, a.earlier, a.later, a.pages) == (
                        b.start,
                        b.end,
                        b.total,
                        b.today_at,
                        b.earlier,
                        b.later,
                        b.pages,
                    )
