"""The feed cache: one render per change and query, never a stale feed, bounded memory."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from richstore import hand_analysis

from timeline.render import ics
from web import feeds


def cache_of(app) -> feeds.FeedCache:
    return app.extensions["timeline.feeds"]


def change_store(store, monkeypatch, instant: str, key: str = "baku") -> None:
    monkeypatch.setenv("TIMELINE_NOW", instant)
    store.add_analyses(
        [
            hand_analysis(
                key,
                "2025-10-29T12:00:00+03:00",
                f"{key}: Aliyev 30 Kasım'da Bakü'de görüşecek.",
                date="2025-11-30",
                title=f"Aliyev görüşmesi {key}",
                location="Bakü",
                country="Azerbaycan",
            )
        ]
    )


def test_rendered_once_then_served_from_memory(rich_app, monkeypatch):
    client = rich_app.test_client()
    cache = cache_of(rich_app)
    store = rich_app.extensions["timeline.store"]
    loads = []
    real_query = store.query
    monkeypatch.setattr(store, "query", lambda *a, **k: loads.append(1) or real_query(*a, **k))
    bodies = {client.get("/calendar.ics").data for _ in range(5)}
    assert len(bodies) == 1 and cache.builds == 1 and cache.hits == 4
    client.get("/calendar.ics?who=fidan")
    client.get("/calendar.ics?who=fidan&lang=tr")  # the same feed (lang=tr is the default)
    # the store is asked once per feed and change (an indexed query), never for a cached one
    assert cache.builds == 2 and len(loads) == 2


def test_a_change_renders_only_the_changed_events(rich_app, monkeypatch):
    client = rich_app.test_client()
    client.get("/calendar.ics")
    rendered = []
    real = ics.to_vevent
    monkeypatch.setattr(
        ics, "to_vevent", lambda it, o: rendered.append(it.event.title) or real(it, o)
    )
    change_store(rich_app.extensions["timeline.store"], monkeypatch, "2025-10-29T10:00:00+00:00")
    data = client.get("/calendar.ics").data
    assert rendered == ["Aliyev görüşmesi baku"]
    assert b"Aliyev g" in data
    assert len(cache_of(rich_app)) == 1  # the feed of the older stamp is gone


def test_concurrent_requests_share_one_render(rich_app, monkeypatch):
    started = threading.Event()
    real = feeds.render_feed

    def slow(*args, **kwargs):
        started.set()
        time.sleep(0.3)
        return real(*args, **kwargs)

    monkeypatch.setattr(feeds, "render_feed", slow)
    results = []

    def fetch():
        results.append(rich_app.test_client().get("/calendar.ics?where=moskova").data)

    threads = [threading.Thread(target=fetch) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert started.is_set() and len(results) == 6 and len(set(results)) == 1
    assert cache_of(rich_app).builds == 1


def test_memory_is_bounded(rich, monkeypatch):
    from web import create_app

    app = create_app({"TESTING": True, "DATABASE": rich.store.path, "FEED_CACHE_BYTES": 30_000})
    client = app.test_client()
    for query in (
        "who=fidan",
        "where=moskova",
        "type=zirve",
        "status=planned",
        "from=2025-11",
        "where=Kazakistan",
        "q=zirve",
    ):
        client.get(f"/calendar.ics?{query}", headers={"Accept-Encoding": "gzip"})
    cache = cache_of(app)
    sizes = [r.size for r in cache._feeds.values()]
    assert 1 <= len(sizes) < 7 and sum(sizes) <= 30_000
    assert cache.builds == 7


def test_feed_cache_keeps_no_feed_of_an_older_stamp():
    cache = feeds.FeedCache()
    old, new = datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 1, 2, tzinfo=UTC)
    cache.feed((new, "q"), lambda: feeds.Rendered.of(b"new"))
    late = cache.feed((old, "q"), lambda: feeds.Rendered.of(b"old"))  # a slow, older request
    assert late.body == b"old"
    assert cache.feed((new, "q"), lambda: feeds.Rendered.of(b"again")).body == b"new"
    assert [k[0] for k in cache._feeds] == [new]


def test_lru_forgets_the_least_recently_used():
    lru = feeds.LRU(2)
    lru["a"], lru["b"] = 1, 2
    assert lru.get("a") == 1
    lru["c"] = 3
    assert lru.get("b") is None and lru.get("a") == 1 and len(lru) == 2


def test_a_failed_render_is_not_cached():
    cache = feeds.FeedCache()
    key = (datetime(2025, 1, 1, tzinfo=UTC), "q")

    def broken():
        raise RuntimeError("render failed")

    try:
        cache.feed(key, broken)
    except RuntimeError as e:
        assert str(e) == "render failed"
    else:
        raise AssertionError("the error must reach the caller")
    assert cache.feed(key, lambda: feeds.Rendered.of(b"ok")).body == b"ok"
    assert cache._building == {}


def test_writes_faster_than_one_a_second_change_etags_not_the_time(rich_app, monkeypatch):
    # Many writes in one second, by the real clock: each one gives new feeds and pages (new
    # ETags), and Last-Modified never runs ahead of the clock.
    monkeypatch.delenv("TIMELINE_NOW", raising=False)
    client = rich_app.test_client()
    store = rich_app.extensions["timeline.store"]
    tags = {client.get("/calendar.ics").headers["ETag"]}
    pages = {client.get("/").headers["ETag"]}
    for n in range(6):
        store.add_analyses(
            [
                hand_analysis(
                    f"fast{n}",
                    "2025-10-29T12:00:00+03:00",
                    f"fast{n}: Aliyev {n + 1} Aralık'ta Bakü'de görüşecek.",
                    date=f"2025-12-{n + 1:02d}",
                    title=f"Aliyev görüşmesi {n}",
                    location="Bakü",
                )
            ]
        )
        feed, page = client.get("/calendar.ics"), client.get("/")
        now = datetime.now(UTC)
        assert feed.headers["ETag"] not in tags and page.headers["ETag"] not in pages
        tags.add(feed.headers["ETag"])
        pages.add(page.headers["ETag"])
        assert f"Aliyev görüşmesi {n}".encode() in feed.data
        assert parsedate_to_datetime(feed.headers["Last-Modified"]) <= now
        assert store.changed_at() <= now
    assert len(tags) == 7 and len(pages) == 7
