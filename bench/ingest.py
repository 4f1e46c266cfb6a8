"""Benchmark ingest: synthetic archives of 1k, 10k, 100k articles into a fresh store.

    .venv/bin/python bench/ingest.py [--sizes 1000,10000] [--jobs 1,2] [--chunks 10]
                                     [--seed 7] [--json PATH] [--keep DIR]

For each size, ``bench/generate.py`` writes the archive (streamed, in ``--chunks`` folders of
equal size, in publication order). For each ``--jobs`` value a fresh store is filled by
running the real command line, ``python -m timeline --db STORE ingest [--jobs N] FOLDER``, once
per folder, in order: chunk k is ingested into a store that already holds k chunks, so the time
per article of each chunk, against the number of articles already stored, shows whether the
cost of an article grows with the store. The bench drives only the CLI (a subprocess), so it
measures whatever ``timeline ingest`` does; ``--jobs`` is passed only when ``timeline ingest
--help`` offers it (a value above 1 is skipped, and said so, otherwise).

Per chunk: wall time, ms per article, the peak resident memory of the whole process tree
(``/proc`` polled every 50 ms: the CLI and any worker processes it starts) and the store's size
after it. Per run: articles/s over all chunks, the largest peak RSS and the final store size
(the SQLite file with its WAL). A table is printed and everything is written as JSON
(``bench/results/ingest.json`` unless ``--json``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, run_measured, sizes, table, write_results  # noqa: E402
from generate import write as generate  # noqa: E402

HOLDS = re.compile(r"holds (\d+) documents and (\d+) events")
ENV = {"TIMELINE_TODAY": "2025-10-30", **os.environ}  # the environment's own day wins


def timeline(*args: str) -> list[str]:
    return [sys.executable, "-m", "timeline", *args]


def has_jobs() -> bool:
    """Whether this checkout's ``timeline ingest`` takes ``--jobs``."""
    help_text = subprocess.run(
        timeline("ingest", "--help"), capture_output=True, text=True, cwd=ROOT, env=ENV
    ).stdout
    return "--jobs" in help_text


def store_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file())


def ingest_run(corpus: Path, db: Path, jobs: int | None) -> dict:
    """Ingest every chunk folder of ``corpus`` into ``db``, one CLI call each, in order."""
    chunks, before = [], 0
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        articles = count_articles(folder)
        args = ["--db", str(db), "ingest"] + (["--jobs", str(jobs)] if jobs else [])
        proc, seconds, peak = run_measured(timeline(*args, str(folder)), cwd=ROOT, env=ENV)
        if proc.returncode != 0:
            raise SystemExit(f"ingest of {folder} failed ({proc.returncode}):\n{proc.stderr}")
        held = HOLDS.search(proc.stdout)
        chunks.append(
            {
                "chunk": folder.name,
                "articles": articles,
                "stored_before": before,
                "seconds": round(seconds, 3),
                "ms_per_article": round(seconds * 1000 / articles, 2),
                "peak_rss_mb": round(peak / 2**20, 1),
                "store_mb": round(store_bytes(db) / 1e6, 2),
                "documents": int(held.group(1)) if held else None,
                "events": int(held.group(2)) if held else None,
                "refused": proc.stderr.count("refused "),
            }
        )
        before += articles
    total = sum(c["seconds"] for c in chunks)
    first, last = chunks[0]["ms_per_article"], chunks[-1]["ms_per_article"]
    return {
        "articles": before,
        "jobs": jobs or 1,
        "seconds": round(total, 2),
        "articles_per_s": round(before / total, 1),
        "peak_rss_mb": max(c["peak_rss_mb"] for c in chunks),
        "store_mb": chunks[-1]["store_mb"],
        "documents": chunks[-1]["documents"],
        "events": chunks[-1]["events"],
        "last_vs_first_chunk": round(last / first, 2) if first else None,
        "chunks": chunks,
    }


def count_articles(folder: Path) -> int:
    """Articles in a generated folder (a JSON Lines file holds several)."""
    return sum(
        len(path.read_text(encoding="utf-8").split("\n")) - 1 if path.suffix == ".jsonl" else 1
        for path in folder.iterdir()
    )


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default=os.environ.get("BENCH_SIZES", "1000,10000"),
        help="archive sizes, comma-separated (default $BENCH_SIZES or 1000,10000)",
    )
    parser.add_argument("--jobs", default="1,2", help="--jobs values to run (default 1,2)")
    parser.add_argument("--chunks", type=int, default=10, help="CLI calls per archive")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", help="results file (default bench/results/ingest.json)")
    parser.add_argument("--keep", type=Path, help="keep the archives and stores in this folder")
    args = parser.parse_args(argv)

    jobs_supported = has_jobs()
    work = args.keep or Path(tempfile.mkdtemp(prefix="timeline-bench-ingest-"))
    runs, notes = [], []
    try:
        for size in sizes(args.sizes):
            corpus = work / f"corpus-{size}"
            shutil.rmtree(corpus, ignore_errors=True)
            counts = generate(corpus, size, args.seed, dir_size=-(-size // args.chunks))
            print(
                f"archive of {size:,} articles: {counts['files']:,} files, "
                f"{counts['bytes'] / 1e6:.1f} MB",
                flush=True,
            )
            for jobs in (int(j) for j in args.jobs.split(",")):
                if not jobs_supported and jobs > 1:
                    notes.append(f"--jobs {jobs} skipped: `timeline ingest` has no --jobs option")
                    continue
                db = work / f"store-{size}-j{jobs}" / "timeline.db"
                shutil.rmtree(db.parent, ignore_errors=True)
                db.parent.mkdir(parents=True)
                run = ingest_run(corpus, db, jobs if jobs_supported else None)
                run["archive_mb"] = round(counts["bytes"] / 1e6, 1)
                runs.append(run)
                print(
                    table(
                        run["chunks"],
                        [
                            ("chunk", "chunk"),
                            ("stored_before", "stored before"),
                            ("articles", "articles"),
                            ("ms_per_article", "ms/article"),
                            ("peak_rss_mb", "peak RSS MB"),
                            ("store_mb", "store MB"),
                            ("events", "events"),
                        ],
                    ),
                    flush=True,
                )
                print(f"  → {run['articles_per_s']} articles/s with --jobs {jobs}\n", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(
        table(
            runs,
            [
                ("articles", "articles"),
                ("jobs", "jobs"),
                ("articles_per_s", "articles/s"),
                ("peak_rss_mb", "peak RSS MB"),
                ("store_mb", "store MB"),
                ("events", "events"),
                ("last_vs_first_chunk", "ms/article last÷first chunk"),
            ],
        )
    )
    for note in notes:
        print(f"note: {note}")
    result = {
        "jobs_option": jobs_supported,
        "chunks": args.chunks,
        "seed": args.seed,
        "notes": notes,
        "runs": runs,
    }
    print(f"results: {write_results('ingest', result, args.json)}")
    return result


if __name__ == "__main__":
    main()
