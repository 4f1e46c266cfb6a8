"""Static publish (``timeline publish``) of a large store, from scratch and incrementally (run
by hand; see README).

    .venv/bin/python bench/publish.py [--events 1000] [--keep DIR]

Builds a store of synthetic articles (``bench/page.py``'s generator, through the real
``Store.add_analyses``), publishes it into an empty folder, publishes again with no change,
then after one new article (four events) and after hiding one event, and prints for each run
the files written, unchanged and deleted, the total and the time.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from page import TODAY, synthetic_analyses  # noqa: E402

from timeline.store import Store  # noqa: E402
from web.publish import publish  # noqa: E402

BASE = "https://events.example.org"


def one_new_article(seed: int = 99):
    """One more synthetic article (four events), with keys no earlier article has."""
    analysis = synthetic_analyses(4, seed=seed)[0]
    doc = dataclasses.replace(analysis.document, key="bench/new", source="bench/new.txt")
    events = [dataclasses.replace(e, key=f"bench-new|{n}") for n, e in enumerate(analysis.events)]
    return dataclasses.replace(analysis, document=doc, events=events)


def size_of(out: Path) -> int:
    return sum(p.stat().st_size for p in out.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--keep", help="keep the store and the site in this folder")
    args = parser.parse_args()
    os.environ["TIMELINE_TODAY"] = TODAY
    os.environ.setdefault("TIMELINE_NOW", "2025-10-30T12:00:00+00:00")

    folder = Path(args.keep or tempfile.mkdtemp(prefix="timeline-publish-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db, out = folder / "bench.db", folder / "site"
    for stale in (db, out):
        if stale.is_dir():
            shutil.rmtree(stale)
        elif stale.exists():
            stale.unlink()
    store = Store(db)
    store.add_analyses(synthetic_analyses(args.events))
    stats = store.stats()
    print(f"store: {stats['events']} events from {stats['documents']} articles")

    def run(label: str) -> None:
        result = publish(db, out, BASE)
        share = len(result.written) / result.total if result.total else 0
        print(
            f"{label:<28} {len(result.written):>6} written ({share:6.1%}) "
            f"{result.unchanged:>6} unchanged {len(result.deleted):>4} deleted "
            f"of {result.total:>6} files  {result.seconds:6.1f} s"
        )

    run("first publish")
    print(f"site: {size_of(out) / 1e6:.1f} MB")
    run("again, no change")
    store.add_analyses([one_new_article()])
    run("after one new article")
    victim = store.events()[stats["events"] // 2]
    store.add_correction(victim.id, "hide", {})
    run("after hiding one event")
    if not args.keep:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
