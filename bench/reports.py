"""Ingest time per report of one happening: the 1st, the 100th, … the Nth article reporting it.

    .venv/bin/python bench/reports.py [--count 10000] [--every 500] [--at 1,10,100,…]
                                      [--json FILE]

Every article (written by this bench from one template, no corpus text) reports the same
summit on the same day, in its own words of outlet and title, and is stored through
``Store.add_analyses`` one at a time, as ``timeline ingest`` and the write API store them.
The bench prints the mean time per report over each window of ``--every`` reports, and the
CPU time of the reports at the ``--at`` counts (the median of the ``--around`` reports ending there,
so that one slow moment of a shared machine does not decide): adding a report should cost the
same whether it is the 10th or the 10,000th (issue 18, point 6).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from common import table, write_results  # noqa: E402

from timeline.documents import parse_text  # noqa: E402
from timeline.pipeline import analyse  # noqa: E402
from timeline.store import Store  # noqa: E402

OUTLETS = ("Ajans Bir", "Gazete İki", "Haber Üç", "Kanal Dört", "Ekspres Beş")
TEXT = (
    "{outlet} ({n}. haber) — Kuzey Ülkeleri Zirvesi 12 Kasım 2026'da Ankara'da yapılacak. "
    "Zirveye Dışişleri Bakanı Deniz Yalçıner katılacak. Toplantıda {n} madde görüşülecek."
)
START = datetime.fromisoformat("2026-01-05T09:00:00+03:00")


def article(n: int):
    """The ``n``-th article reporting the summit (one stored document, its own key)."""
    outlet = OUTLETS[n % len(OUTLETS)]
    return parse_text(
        TEXT.format(outlet=outlet, n=n),
        f"bench/report-{n}.txt",
        key=f"bench:report-{n}",
        published=START + timedelta(minutes=7 * n),
        url=f"https://haber.example/{n}",
        outlet=outlet,
    )


def measure(db: Path, count: int, every: int) -> tuple[list[dict], list[float]]:
    """Store ``count`` reports one by one: the mean time of each window of ``every``, and the
    CPU time of each report (seconds; what other processes on a shared machine change least)."""
    store = Store(db)
    rows, window, times, started = [], [], [], time.perf_counter()
    for n in range(1, count + 1):
        analysis = analyse(article(n))
        t0, cpu = time.perf_counter(), time.process_time()
        store.add_analyses([analysis])
        window.append(time.perf_counter() - t0)
        times.append(time.process_time() - cpu)
        if n % every == 0 or n == count:
            rows.append(
                {
                    "reports": f"{n - len(window) + 1}–{n}",
                    "ms_per_report": round(1000 * sum(window) / len(window), 2),
                    "max_ms": round(1000 * max(window), 2),
                }
            )
            window = []
    events = store.stats()
    rows[-1]["total_s"] = round(time.perf_counter() - started, 1)
    rows[-1]["events"] = events.get("events")
    store.close()
    return rows, times


def at_counts(times: list[float], counts: list[int], around: int) -> list[dict]:
    """The CPU time of the report at each count: the median of the ``around`` reports ending
    there (fewer at the start), in ms."""
    out = []
    for n in counts:
        if 1 <= n <= len(times):
            near = times[max(0, n - around) : n]
            out.append({"report": n, "cpu_ms": round(1000 * statistics.median(near), 2)})
    return out


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000, help="reports of the happening")
    parser.add_argument("--every", type=int, default=500, help="reports per line of the table")
    parser.add_argument(
        "--at",
        default="1,10,100,1000,2000,5000,10000",
        help="the reports whose time to give (comma-separated counts)",
    )
    parser.add_argument(
        "--around", type=int, default=9, help="reports whose median is a count's time"
    )
    parser.add_argument("--json", help="results file (default bench/results/reports.json)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="timeline-bench-reports-") as work:
        rows, times = measure(Path(work) / "timeline.db", args.count, max(1, args.every))
    print(
        table(rows, [("reports", "reports"), ("ms_per_report", "ms/report"), ("max_ms", "max ms")])
    )
    first, last = rows[0]["ms_per_report"], rows[-1]["ms_per_report"]
    growth = round(last / first, 2) if first else None
    print(f"last window / first window: {growth}x")
    points = at_counts(times, [int(n) for n in args.at.split(",") if n.strip()], args.around)
    print(table(points, [("report", "report"), ("cpu_ms", "CPU ms")]))
    tenth = next((p["cpu_ms"] for p in points if p["report"] == 10), None)
    ratio = round(points[-1]["cpu_ms"] / tenth, 2) if tenth and points else None
    print(f"last report given / 10th: {ratio}x")
    data = {
        "count": args.count,
        "every": args.every,
        "windows": rows,
        "growth": growth,
        "around": args.around,
        "at": points,
        "last_to_10th": ratio,
    }
    out = write_results("reports", data, args.json)
    print(f"results: {out}")
    return data


if __name__ == "__main__":
    main()
