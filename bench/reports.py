"""Ingest time per report of one happening: the 1st, the 100th, … the Nth article reporting it.

    .venv/bin/python bench/reports.py [--count 2000] [--every 100] [--json FILE]

Every article (written by this bench from one template, no corpus text) reports the same
summit on the same day, in its own words of outlet and title, and is stored through
``Store.add_analyses`` one at a time, as ``timeline ingest`` and the write API store them.
The bench prints the mean time per report over each window of ``--every`` reports: adding a
report should cost the same whether it is the 2nd or the 2,000th (issue 18, point 6).
"""

from __future__ import annotations

import argparse
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


def measure(db: Path, count: int, every: int) -> list[dict]:
    """Store ``count`` reports one by one; the mean time of each window of ``every``."""
    store = Store(db)
    rows, window, started = [], [], time.perf_counter()
    for n in range(1, count + 1):
        analysis = analyse(article(n))
        t0 = time.perf_counter()
        store.add_analyses([analysis])
        window.append(time.perf_counter() - t0)
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
    return rows


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="reports of the happening")
    parser.add_argument("--every", type=int, default=100, help="reports per line of the table")
    parser.add_argument("--json", help="results file (default bench/results/reports.json)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="timeline-bench-reports-") as work:
        rows = measure(Path(work) / "timeline.db", args.count, max(1, args.every))
    print(
        table(rows, [("reports", "reports"), ("ms_per_report", "ms/report"), ("max_ms", "max ms")])
    )
    first, last = rows[0]["ms_per_report"], rows[-1]["ms_per_report"]
    growth = round(last / first, 2) if first else None
    print(f"last window / first window: {growth}x")
    data = {"count": args.count, "every": args.every, "windows": rows, "growth": growth}
    out = write_results("reports", data, args.json)
    print(f"results: {out}")
    return data


if __name__ == "__main__":
    main()
