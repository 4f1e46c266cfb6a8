"""Server render time of the timeline page with 10,000 events (run by hand; see README).

    .venv/bin/python bench/page.py [--sizes 1000,10000,100000] [--runs 7] [--keep FILE]

Builds a store of synthetic articles (generated here from word lists: no outside text), each
stating a few dated events spread over 2015-2030, through the real ``Store.add_analyses``
(merging, change tracking, the search index), then times requests through Flask's test client
(rendering only: no network) and prints one line per request: median and worst of the runs,
and the size of the answer.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import sizes, write_results  # noqa: E402

from timeline.lang import read_table  # noqa: E402
from timeline.model import EVENT_STATUSES, Document, Event  # noqa: E402
from timeline.pipeline import Analysis  # noqa: E402
from timeline.store import Store  # noqa: E402

TODAY = "2025-10-30"
PAGE_SIZE = 200  # web/__init__.py's default
TYPES = (
    "summit",
    "visit",
    "meeting",
    "talks",
    "conference",
    "forum",
    "signing",
    "exercise",
    "opening",
    "festival",
    "fair",
    "ceremony",
    "decision",
    "match",
    "exam",
    "concert",
)
# Month- and year-precise items get types of their own: a year meets every day in it, and
# would otherwise merge with the day events of its country that year.
COARSE_TYPES = ("election", "referendum", "anniversary")
WORDS = (
    "işbirliği",
    "enerji",
    "ticaret",
    "güvenlik",
    "ulaştırma",
    "yatırım",
    "kültür",
    "eğitim",
    "sağlık",
    "tarım",
    "su",
    "iklim",
    "dijital",
    "lojistik",
    "turizm",
    "savunma",
    "bilim",
)
FIRST = (
    "Ali",
    "Ayşe",
    "Mehmet",
    "Zeynep",
    "Kasım",
    "Yermek",
    "Sergey",
    "Olga",
    "Aziz",
    "Leyla",
    "Nursultan",
    "Dilnoza",
    "Rustam",
    "Gulnara",
    "Timur",
    "Elena",
)
LAST = (
    "Yılmaz",
    "Kaya",
    "Tokayev",
    "Köşerbayev",
    "Lavrov",
    "Aliyev",
    "Mirziyoyev",
    "Rahmon",
    "Japarov",
    "Berdimuhamedov",
    "Şahin",
    "Öztürk",
    "Nazarbayev",
    "İvanov",
    "Petrova",
)
TITLES = ("Dışişleri Bakanı", "Cumhurbaşkanı", "Başbakan", "Ekonomi Bakanı", "Enerji Bakanı")


def synthetic_analyses(count: int, seed: int = 7) -> list[Analysis]:
    """Articles of four events each, over 2015-2030, with places from the gazetteer."""
    rng = random.Random(seed)
    places = [p for p in read_table("tr", "places.tsv") if p["kind"] == "city"]
    people = [f"{title} {first} {last}" for title in TITLES for first in FIRST for last in LAST]
    first_day = date(2015, 1, 1).toordinal()
    span = date(2030, 12, 31).toordinal() - first_day
    analyses = []
    per_doc = 4
    for d in range(0, count, per_doc):
        published = date.fromordinal(first_day + rng.randrange(span))
        lines = []
        events = []
        for n in range(min(per_doc, count - d)):
            kind = rng.choice(TYPES)
            place = rng.choice(places)
            who = rng.sample(people, rng.choice((1, 1, 2)))
            topic = rng.choice(WORDS)
            roll = rng.random()
            day = date.fromordinal(first_day + rng.randrange(span))
            value, granularity = day.isoformat(), "day"
            if roll < 0.01:
                value, granularity, kind = str(day.year), "year", rng.choice(COARSE_TYPES)
            elif roll < 0.04:
                value, granularity, kind = f"{day:%Y-%m}", "month", rng.choice(COARSE_TYPES)
            quote = (
                f"{who[0]}, {day.day}.{day.month}.{day.year} tarihinde {place['name']} "
                f"kentinde {topic} alanında {d + n}. {kind} toplantısına katılacağını "
                "açıkladı."
            )
            lines.append(quote + " " + " ".join(rng.choices(WORDS, k=60)) + ".")
            events.append(
                Event(
                    date=value,
                    granularity=granularity,
                    title=f"{place['name']} {topic} {kind} {d + n}",
                    type=kind,
                    status=rng.choice(EVENT_STATUSES),
                    quote=quote,
                    location=place["name"],
                    country=place["country"],
                    timezone=place["zone"],
                    participants=who,
                    calendar=granularity == "day",
                    key=f"bench|{d + n}",
                )
            )
        text = f"date {published.isoformat()}\n" + "\n\n".join(lines) + "\n"
        doc = Document(
            source=f"bench/{d // per_doc:05d}.txt",
            text=text,
            published=datetime.fromisoformat(f"{published.isoformat()}T09:00:00+03:00"),
            title=f"Haber {d // per_doc}: {events[0].title}",
            body=((16, len(text)),),
            key=f"bench/{d // per_doc:05d}",
            outlet=rng.choice(("Ajans A", "Gazete B", "Kanal C")),
        )
        analyses.append(Analysis(doc, [], events))
    return analyses


def timed(app, client, url: str, runs: int, cached: bool) -> tuple[float, float, int, int]:
    """Median and worst time of ``runs`` requests, the answer's size and status. Without
    ``cached`` the page cache is emptied before each request: the time is a full render."""
    from web.lru import LRU

    times = []
    size = status = 0
    for _ in range(runs):
        if not cached:
            app.extensions["timeline.pages"] = LRU(32)
            app.extensions["timeline.exports"] = LRU(8)
        start = time.perf_counter()
        r = client.get(url)
        times.append(time.perf_counter() - start)
        size, status = len(r.data), r.status_code
    return statistics.median(times), max(times), size, status


def measure(size: int, runs: int, keep: str | None = None) -> dict:
    """Build a store of about ``size`` events and time the page's requests on it."""
    folder = tempfile.mkdtemp(prefix="timeline-bench-")
    path = keep or os.path.join(folder, "bench.db")
    if os.path.exists(path):
        os.remove(path)
    store = Store(path)
    start = time.perf_counter()
    store.add_analyses(synthetic_analyses(size))
    built = time.perf_counter() - start
    stats = store.stats()
    start = time.perf_counter()
    items = store.events()
    loaded = time.perf_counter() - start
    print(
        f"store: {stats['events']} events from {stats['documents']} articles, "
        f"built in {built:.1f} s; Store.events() {loaded * 1000:.0f} ms"
    )
    start = time.perf_counter()
    for q in ("enerji", "İSTANBUL", "tokayev ticaret", '"enerji alanında"'):
        store.search(q)
    searched = (time.perf_counter() - start) / 4
    print(f"Store.search: {searched * 1000:.1f} ms per query")

    from web import create_app

    app = create_app({"TESTING": True, "DATABASE": path})
    client = app.test_client()
    event = items[len(items) // 2]
    doc = event.sources[0].document
    person = event.event.participants[0].split()[-1]
    # A window far back: about half way between the first event and today.
    past = sum(1 for i in items if i.event.date < TODAY)
    page_size = app.config.get("PAGE_SIZE", PAGE_SIZE)
    far = max(1, past // page_size // 2)
    urls = [
        ("/  (first request: loads events)", "/"),
        ("/", "/"),
        ("/?page=1  (the next window)", "/?page=1"),
        (f"/?page=-{far}  (a window far back)", f"/?page=-{far}"),
        ("/?order=upcoming", "/?order=upcoming"),
        ("/?order=upcoming&page=2", "/?order=upcoming&page=2"),
        (f"/?who={person}", f"/?who={person}"),
        ("/?where=Moskova&type=summit", "/?where=Moskova&type=summit"),
        ("/?q=enerji", "/?q=enerji"),
        (
            "/?q=enerji&status=planned&from=2020&to=2022",
            "/?q=enerji&status=planned&from=2020&to=2022",
        ),
        ("/lists", "/lists"),
        ("/events/<id>", f"/events/{event.id}"),
        ("/documents/<id>", f"/documents/{doc}"),
        ("/api/events", "/api/events"),
        ("/api/timelinejs.json (all)", "/api/timelinejs.json"),
        ("/api/timelinejs.json?type=summit", "/api/timelinejs.json?type=summit"),
    ]
    print(f"{'request':46} {'render':>9} {'worst':>9} {'cached':>9} {'bytes':>10}")
    rows = []
    for label, url in urls:
        first = "first request" in label
        median, worst, size_, status = timed(app, client, url, 1 if first else runs, False)
        again = timed(app, client, url, runs, True)[0] if not first else float("nan")
        flag = "" if status == 200 else f"  HTTP {status}"
        print(
            f"{label:46} {median * 1000:6.0f} ms {worst * 1000:6.0f} ms "
            f"{again * 1000:6.1f} ms {size_:10,}{flag}",
            flush=True,
        )
        rows.append(
            {
                "request": label,
                "url": url,
                "render_ms": round(median * 1000, 2),
                "worst_ms": round(worst * 1000, 2),
                "cached_ms": None if first else round(again * 1000, 3),
                "bytes": size_,
                "status": status,
            }
        )
    store.close()
    if not keep:
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "events": stats["events"],
        "documents": stats["documents"],
        "build_s": round(built, 2),
        "load_ms": round(loaded * 1000, 1),
        "search_ms": round(searched * 1000, 2),
        "requests": rows,
    }


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default=os.environ.get("BENCH_SIZES", "10300"),
        help="events stated by the articles, comma-separated (a few merge: "
        "same day, type and place); default $BENCH_SIZES or 10300",
    )
    parser.add_argument("--events", type=int, help="one size (same as --sizes N)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", help="keep the store in this file (default: a temp file)")
    parser.add_argument("--json", help="results file (default bench/results/page.json)")
    args = parser.parse_args(argv)
    os.environ["TIMELINE_TODAY"] = TODAY
    os.environ.setdefault("TIMELINE_NOW", "2025-10-30T12:00:00+00:00")

    results = []
    for size in [args.events] if args.events else sizes(args.sizes):
        print(f"== {size:,} events")
        results.append(measure(size, args.runs, args.keep))
    result = {"runs_per_request": args.runs, "results": results}
    print(f"results: {write_results('page', result, args.json)}")
    return result


if __name__ == "__main__":
    main()
