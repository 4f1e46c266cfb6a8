"""Benchmark filtered requests on a large store: the facet index against filtering every event.

Synthesises ``--events`` events straight into the ``events`` table (the index triggers fill
``event_rows``/``event_facets`` as any write does; no articles, no merging), then times, through
Flask's test client with the page and feed caches emptied before each run:

* a filtered feed, a filtered page, the unfiltered page's window, ``/api/events`` with filters;
* "before": what those requests did until schema 3 — read every event of the store, then
  filter them in Python (``filters.apply``), which the page did once per store change.

Run by hand: ``.venv/bin/python bench/queries.py [--events 100000] [--runs 5]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TIMELINE_TODAY", "2025-10-30")

from timeline import clock  # noqa: E402
from timeline import filters as flt  # noqa: E402
from timeline.store import Store  # noqa: E402

PLACES = [
    ("Moskova", "Rusya"),
    ("Astana", "Kazakistan"),
    ("Ankara", "Türkiye"),
    ("Tahran", "İran"),
    ("Bakü", "Azerbaycan"),
    ("Berlin", "Almanya"),
    ("Taşkent", "Özbekistan"),
    ("Duşanbe", "Tacikistan"),
]
TYPES = ["summit", "visit", "conference", "election", "signing", "exercise", "festival", "opening"]
STATUSES = ["planned", "held", "proposed", "cancelled", "postponed"]
URLS = [
    "/calendar.ics?who=Veli17&where=Moskova",
    "/calendar.ics?where=Bakü&type=summit&from=2025",
    "/?who=Veli17",
    "/?where=Moskova&type=summit&upcoming=1",
    "/",
    "/?page=-3",
    "/api/events?who=Veli42",
    "/api/events?type=visit&from=2025-10&to=2025-12",
]


def synthesise(store: Store, count: int, seed: int = 1) -> None:
    """``count`` events over ten years, 500 people, eight places and types, one source each."""
    rng = random.Random(seed)
    start = date(2020, 1, 1)
    rows = []
    for n in range(count):
        place, country = PLACES[n % len(PLACES)]
        day = start + timedelta(days=rng.randrange(0, 3650))
        data = {
            "date": day.isoformat(),
            "granularity": "day",
            "end": None,
            "time": "10:00" if n % 3 == 0 else None,
            "title": f"{place} toplantısı {n}",
            "type": TYPES[n % len(TYPES)],
            "status": rng.choice(STATUSES),
            "quote": f"Haber {n}: {place}'da toplantı.",
            "location": place,
            "country": country,
            "timezone": "Europe/Istanbul",
            "calendar": True,
            "participants": [f"Dışişleri Bakanı Ali Veli{rng.randrange(500)}"],
            "changes": [],
            "members": [f"d{n}:0"],
        }
        sources = [
            {
                "document": f"d{n}",
                "source": f"bench/{n}.txt",
                "title": f"Haber {n}",
                "published": "2025-10-01",
                "quote": data["quote"],
                "url": f"https://haber.example/{n}",
                "outlet": "Örnek Haber",
                "status": data["status"],
            }
        ]
        rows.append(
            (
                f"e{n:07d}",
                json.dumps(data, ensure_ascii=False),
                json.dumps(sources, ensure_ascii=False),
                f"fp{n}",
                "2025-10-01T00:00:00+00:00",
                "2025-10-01T00:00:00+00:00",
                f"{day.isoformat()} {data['time'] or ''}",
            )
        )
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO events (id, data, sources, fingerprint, sequence, created, updated,"
            " history, sort_key, calendar) VALUES (?,?,?,?,0,?,?,'[]',?,1)",
            rows,
        )
        conn.execute(
            "INSERT OR REPLACE INTO meta VALUES ('changed_at', '2025-10-01T00:00:00+00:00')"
        )


def timed(func, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        func()
        times.append(time.perf_counter() - t0)
    return median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        synthesise(Store(path), args.events)
        print(
            f"{args.events:,} events synthesised in {time.perf_counter() - t0:.1f} s, "
            f"store {path.stat().st_size / 1e6:.0f} MB"
        )
        app = create_app({"TESTING": True, "DATABASE": str(path)})
        client = app.test_client()
        store = app.extensions["timeline.store"]

        def request(url: str):
            def run():
                app.extensions["timeline.pages"]._data.clear()
                app.extensions["timeline.feeds"]._feeds.clear()
                response = client.get(url)
                assert response.status_code == 200, (url, response.status_code)

            return run

        print(f"\n| request | indexed (median of {args.runs}) | size |\n|---|---:|---:|")
        for url in URLS:
            seconds = timed(request(url), args.runs)
            size = len(client.get(url).data)
            print(f"| `{url}` | {seconds * 1000:.0f} ms | {size / 1000:,.0f} kB |")
        today = clock.today()
        f = flt.parse({"who": "Veli17"})
        before = timed(lambda: flt.apply(store.events(), f, today), max(1, args.runs // 2))
        print(
            f"\nbefore (every event read, then filtered in Python), `who=Veli17`: "
            f"{before * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
