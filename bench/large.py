"""Benchmark ``timeline extract`` on one very large article: time and peak memory.

    .venv/bin/python bench/large.py [--sizes 2,5] [--shapes paragraphs,line] [--corpus DIR]

Builds, in a temporary folder at run time (nothing of a corpus is written into the
repository), one article per size and shape by concatenating the bodies of the real articles
of ``../shared/corpus/raw`` (``--corpus``), repeated as often as the size needs:

* ``paragraphs``: the bodies as they are, one blank line between articles (a long feature or a
  pasted archive page);
* ``line``: every line of every body joined by spaces into one single line (a scraper that lost
  the line ends).

Each article is extracted by the real command line in its own process, ``python -m timeline
extract FILE --published …`` (output discarded), and reported with its wall time, the
process's CPU time (user + system) and peak resident memory (``wait4``'s ``ru_maxrss``), and
the same for a small article of about 4 kB (the process's start-up and imports), so that the
article's own cost is the difference. Results: ``bench/results/large.json``. Run by hand;
``tests/test_bench.py`` runs it on a tiny corpus.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from common import table, write_results  # noqa: E402
from tagger import _SHARED  # noqa: E402

DEFAULT_CORPUS = _SHARED / "corpus" / "raw"
PUBLISHED = "2025-10-20T09:00:00+03:00"
HEADER = "date 2025-10-20\n\n"
TITLE = "Uzun bir makale\n\n"


def bodies(folder: Path) -> list[str]:
    """The bodies of the ``*.txt`` articles of ``folder``: the text after the ``date`` header
    line and the blank line after it."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("date "):
            text = text.split("\n", 1)[1] if "\n" in text else ""
        if text.strip():
            out.append(text.strip())
    return out


def article(texts: list[str], megabytes: float, shape: str) -> str:
    """One article of about ``megabytes`` MB (UTF-8) made of ``texts`` repeated, in
    ``shape`` (``paragraphs`` or ``line``)."""
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    while size < target:
        for text in texts:
            part = text if shape == "paragraphs" else " ".join(text.split())
            parts.append(part)
            size += len(part.encode()) + 2
            if size >= target:
                break
    body = "\n\n".join(parts) if shape == "paragraphs" else " ".join(parts)
    return HEADER + TITLE + body + "\n"


def measure(path: Path) -> dict:
    """``timeline extract`` of one file in a fresh process: wall and CPU seconds, peak RSS."""
    cmd = [sys.executable, "-m", "timeline", "extract", str(path), "--published", PUBLISHED]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"timeline extract failed on {path.name}: {err}")
    return {
        "wall_s": round(wall, 2),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_mb": round(usage.ru_maxrss / 1024, 1),  # kilobytes on Linux
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2,5", help="article sizes in MB, comma-separated")
    parser.add_argument("--shapes", default="paragraphs,line", help="paragraphs and/or line")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of *.txt")
    parser.add_argument("--json", type=Path, default=None, help="results file")
    args = parser.parse_args(argv)
    texts = bodies(args.corpus)
    if not texts:
        raise SystemExit(f"no article with a body in {args.corpus}")
    shapes = [s.strip() for s in args.shapes.split(",") if s.strip()]
    if unknown := set(shapes) - {"paragraphs", "line"}:
        raise SystemExit(f"unknown shape(s): {', '.join(sorted(unknown))}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="timeline-large-") as tmp:
        small = Path(tmp) / "small.txt"
        small.write_text(article(texts, 0.004, "paragraphs"), encoding="utf-8")
        base = measure(small)
        rows.append({"article": "small (start-up)", "mb": 0.004, **base})
        for megabytes in (float(s) for s in args.sizes.split(",") if s.strip()):
            for shape in shapes:
                path = Path(tmp) / f"{shape}-{megabytes:g}.txt"
                text = article(texts, megabytes, shape)
                path.write_text(text, encoding="utf-8")
                found = measure(path)
                mb = len(text.encode()) / 1e6
                own = max(found["cpu_s"] - base["cpu_s"], 1e-9)
                rows.append(
                    {
                        "article": f"{shape}, {megabytes:g} MB",
                        "mb": round(mb, 2),
                        **found,
                        "mb_per_cpu_s": round(mb / own, 2),
                    }
                )
    print(
        table(
            rows,
            [
                ("article", "article"),
                ("mb", "MB"),
                ("wall_s", "wall s"),
                ("cpu_s", "CPU s"),
                ("peak_mb", "peak RSS MB"),
                ("mb_per_cpu_s", "MB per CPU s (start-up off)"),
            ],
        )
    )
    print(f"results: {write_results('large', {'runs': rows}, args.json)}")


if __name__ == "__main__":
    main()
