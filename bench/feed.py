"""Benchmark the calendar feed on stores of 1,000 to 100,000 events.

Builds a temporary store through ``Store.add_analyses`` (documents and events made up here,
so the tagger's speed does not count), then measures through the Flask test client and, with
``--live``, through waitress on 127.0.0.1:

* the first render of the whole feed (nothing cached) and of a filtered feed;
* serving the cached feed: plain, gzip and ``304`` answers, per request;
* the re-render after one event changes (only that event is serialised again);
* memory: the feed's size, the cache's size and the process's peak RSS.

Run by hand: ``.venv/bin/python bench/feed.py [--sizes 1000,10000,100000] [--requests 200]
[--live] [--json PATH]`` (one store per size; results also as JSON, ``bench/results/feed.json``).
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("TIMELINE_TODAY", "2025-10-30")
os.environ.setdefault("TIMELINE_NOW", "2025-10-30T12:00:00+00:00")

from common import sizes, write_results  # noqa: E402

from timeline.documents import parse_text  # noqa: E402
from timeline.model import Event  # noqa: E402
from timeline.pipeline import Analysis  # noqa: E402
from timeline.store import Store  # noqa: E402

PLACES = [
    ("Moskova", "Rusya", "Europe/Moscow"),
    ("Astana", "Kazakistan", "Asia/Almaty"),
    ("Ankara", "Türkiye", "Europe/Istanbul"),
    ("Tahran", "İran", "Asia/Tehran"),
    ("Bakü", "Azerbaycan", "Asia/Baku"),
    ("Berlin", "Almanya", "Europe/Berlin"),
    ("Taşkent", "Özbekistan", "Asia/Tashkent"),
    ("Duşanbe", "Tacikistan", "Asia/Dushanbe"),
]
TYPES = ["summit", "visit", "conference", "election", "signing", "exercise", "festival", "opening"]
STATUSES = ["planned", "planned", "held", "proposed", "cancelled", "postponed"]


def analyses(count: int, prefix: str = "") -> list[Analysis]:
    """``count`` articles with one event each, over about ten years, eight places and types;
    no two of them are the same happening (each place sees an event every third day)."""
    out = []
    start = date(2020, 1, 1)
    for n in range(count):
        place, country, zone = PLACES[n % len(PLACES)]
        day = start + timedelta(days=(n // len(PLACES)) * 3)
        text = (
            f"{prefix}Haber {n}: Dışişleri Bakanı Ali Veli{n} {day.isoformat()} günü "
            f"{place}'da {n}. uluslararası toplantıya katılacak; ayrıntılar sonra "
            "açıklanacak."
        )
        doc = parse_text(
            text,
            f"bench/{n}.txt",
            key=f"bench:{n}",
            published=datetime(2025, 10, 1, 9, 0, tzinfo=UTC),
            url=f"https://haber.example/{n}",
            outlet="Örnek Haber",
        )
        event = Event(
            date=day.isoformat(),
            granularity="day",
            title=f"{place} toplantısı {n}",
            type=TYPES[n % len(TYPES)],
            status=STATUSES[n % len(STATUSES)],
            quote=text,
            end=(day + timedelta(days=2)).isoformat() if n % 9 == 0 else None,
            time=f"{9 + n % 9:02d}:30" if n % 3 == 0 else None,
            location=place,
            country=country,
            timezone=zone,
            participants=[f"Dışişleri Bakanı Ali Veli{n}"],
            calendar=True,
        )
        out.append(Analysis(doc, [], [event]))
    return out


def timed(label: str, func, repeat: int = 1, into: dict | None = None, key: str = ""):
    """Run ``func`` ``repeat`` times, print the mean time; store it (ms) in ``into[key]``."""
    times = []
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - t0)
    per = mean(times)
    shown = f"{per * 1000:.2f} ms" if per < 1 else f"{per:.2f} s"
    print(f"  {label:<46} {shown}{f'  (mean of {repeat})' if repeat > 1 else ''}", flush=True)
    if into is not None:
        into[key or label] = round(per * 1000, 3)
    return result


def serve(app) -> str:
    """Serve ``app`` with waitress on a free port in a daemon thread (left running)."""
    import socket
    import threading

    import waitress

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = waitress.create_server(app, host="127.0.0.1", port=port, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    time.sleep(0.2)
    return f"http://127.0.0.1:{port}/calendar.ics"


def _not_modified(url: str, etag: str) -> int:
    import urllib.error

    try:
        urllib.request.urlopen(urllib.request.Request(url, headers={"If-None-Match": etag}))
    except urllib.error.HTTPError as e:
        return e.code
    raise AssertionError("expected 304")


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default=os.environ.get("BENCH_SIZES", "10000"),
        help="store sizes in events, comma-separated (default $BENCH_SIZES or 10000)",
    )
    parser.add_argument("--events", type=int, help="one size (same as --sizes N)")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--live", action="store_true", help="also measure through waitress")
    parser.add_argument("--json", help="results file (default bench/results/feed.json)")
    parser.add_argument("--build", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.build:
        Store(args.build).add_analyses(analyses(args.events))
        return {}
    results = [
        measure(size, args.requests, args.live)
        for size in ([args.events] if args.events else sizes(args.sizes))
    ]
    result = {"requests": args.requests, "results": results}
    print(f"results: {write_results('feed', result, args.json)}")
    return result


def measure(events: int, requests: int, live: bool) -> dict:
    """Build a store of ``events`` events and time its feeds; the times (ms) as a dict."""
    os.environ["TIMELINE_NOW"] = "2025-10-30T12:00:00+00:00"
    row: dict = {"events": events}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        print(f"store of {events} events")
        # Built in another process, so the peak RSS below is the serving process's own.
        timed(
            "build (add_analyses, one transaction)",
            lambda: subprocess.run(
                [sys.executable, __file__, "--events", str(events), "--build", str(path)],
                check=True,
            ),
            into=row,
            key="build_ms",
        )
        store = Store(path)
        items = timed("load (Store.events)", store.events, into=row, key="load_ms")
        print(f"  {'events in the store':<46} {len(items)}")

        from web import create_app

        app = create_app({"TESTING": True, "DATABASE": store.path})
        client = app.test_client()
        cache = app.extensions["timeline.feeds"]
        print("whole feed (/calendar.ics)")
        first = timed(
            "first render (nothing cached)",
            lambda: client.get("/calendar.ics"),
            into=row,
            key="whole_first_ms",
        )
        body = first.data
        packed = gzip.compress(body, mtime=0)
        print(
            f"  {'size':<46} {len(body) / 1e6:.2f} MB, gzip {len(packed) / 1e6:.2f} MB, "
            f"{body.count(b'BEGIN:VEVENT')} VEVENTs"
        )
        n = requests
        timed("cached, plain", lambda: client.get("/calendar.ics"), n, row, "whole_cached_ms")
        gz = {"Accept-Encoding": "gzip"}
        timed(
            "cached, gzip",
            lambda: client.get("/calendar.ics", headers=gz),
            n,
            row,
            "whole_cached_gzip_ms",
        )
        etag = first.headers["ETag"]
        timed(
            "304 (If-None-Match)",
            lambda: client.get("/calendar.ics", headers={"If-None-Match": etag}),
            n,
            row,
            "not_modified_ms",
        )
        print(f"  {'renders so far':<46} {cache.builds}")

        print("filtered feed (/calendar.ics?where=Astana: an eighth of the events)")
        url = "/calendar.ics?where=Astana"
        filtered = timed(
            "first render (events' texts cached)",
            lambda: client.get(url),
            1,
            row,
            "filtered_first_ms",
        )
        timed("cached", lambda: client.get(url), n, row, "filtered_cached_ms")

        print("after one change")
        change = analyses(1, prefix="Güncellendi. ")[0]  # article 0, updated
        change.events[0].time = "16:45"
        os.environ["TIMELINE_NOW"] = "2025-10-30T13:00:00+00:00"
        timed(
            "store change (add_analyses of one article)",
            lambda: store.add_analyses([change]),
            into=row,
            key="store_change_ms",
        )
        timed(
            "re-render of the whole feed",
            lambda: client.get("/calendar.ics"),
            1,
            row,
            "whole_rerender_ms",
        )
        timed("cached again", lambda: client.get("/calendar.ics"), n)
        print(f"  {'renders so far':<46} {cache.builds}")

        if live:
            print("through waitress on 127.0.0.1 (4 threads)")
            url = serve(app)

            def fetch(headers=None):
                request = urllib.request.Request(url, headers=headers or {})
                with urllib.request.urlopen(request) as response:
                    return response.read()

            timed("cached, plain (8 MB over loopback)", fetch, max(20, n // 10))
            timed("cached, gzip", lambda: fetch({"Accept-Encoding": "gzip"}), max(20, n // 10))
            with urllib.request.urlopen(url) as response:  # its own host: its own ETag
                live_etag = response.headers["ETag"]
            timed("304 (If-None-Match)", lambda: _not_modified(url, live_etag), max(20, n // 10))

        feeds_bytes = sum(r.size for r in cache._feeds.values())
        print("memory")
        print(
            f"  {'feed cache (bodies and gzip)':<46} {feeds_bytes / 1e6:.1f} MB in "
            f"{len(cache)} feeds"
        )
        print(f"  {'event texts cached':<46} {len(cache.fragments)}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  {'peak RSS of the serving process':<46} {peak:.0f} MB")
        row.update(
            events_stored=len(items),
            feed_mb=round(len(body) / 1e6, 2),
            feed_gzip_mb=round(len(packed) / 1e6, 2),
            filtered_vevents=filtered.data.count(b"BEGIN:VEVENT"),
            peak_rss_mb=round(peak),
        )
        store.close()
    return row


if __name__ == "__main__":
    main()
