"""A precision audit you can repeat: extract events from real articles and sample them for a reader.

    .venv/bin/python bench/audit.py --out /tmp/audit.md --sample 120 --seed 1 \\
        ../shared/corpus/raw ../shared/corpus/dev --part tune

Every article of ``../shared/corpus/raw`` (the default) and of any folder or file given is
extracted; the events are merged as ``timeline extract`` merges them, ``--sample`` of them are
drawn with ``--seed`` (all of them when there are fewer) and written as a Markdown table
(title, date, status, place, participants, confidence, feed, quote, source) for a careful
reader to judge. The table quotes the articles, which are others' text, so ``--out`` must lie
outside the repository; the verdicts (no quotes) go to ``bench/results/audit-<date>.md``.
``--part tune|check`` keeps only that part of a folder holding a ``gold.json`` (the dev corpus
split of ``shared/corpus/README.md``); other folders are read whole.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.config import feed_min_confidence  # noqa: E402
from timeline.documents import iter_paths  # noqa: E402
from timeline.errors import InputError  # noqa: E402
from timeline.evaluate import PARTS, corpus_part  # noqa: E402
from timeline.events.merge import Mention, Merged, cluster  # noqa: E402
from timeline.model import Source  # noqa: E402
from timeline.pipeline import analyse_file  # noqa: E402


def _raw_corpus() -> Path:
    """``../shared/corpus/raw`` beside the checkout (or one level further up from a worktree)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "corpus" / "raw").is_dir():
            return base / "shared" / "corpus" / "raw"
    return ROOT.parent / "shared" / "corpus" / "raw"


DEFAULT_INPUT = _raw_corpus()
COLUMNS = (
    "#",
    "title",
    "date",
    "status",
    "calendar",
    "place",
    "participants",
    "confidence",
    "feed",
    "quote",
    "source",
)


def input_files(paths: list[str], part: str | None) -> list[str]:
    """The article files of ``paths``; in a folder with a ``gold.json``, only ``part`` of it.

    :raises InputError: when a path does not exist.
    """
    files = []
    for given in paths:
        gold_folder = Path(given).is_dir() and (Path(given) / "gold.json").exists()
        for path, error in iter_paths([given]):
            if error is not None:
                raise error
            if not path.endswith(".txt"):
                continue
            if gold_folder and part is not None and corpus_part(Path(path).stem) != part:
                continue
            files.append(path)
    return files


def extract_all(files: list[str]) -> tuple[list[Merged], list[str]]:
    """The merged events of all ``files`` and the files refused (with their reason)."""
    mentions, refused = [], []
    for path in files:
        try:
            analyses = analyse_file(path)
        except InputError as e:
            refused.append(f"{path}: {e.message}")
            continue
        for analysis in analyses:
            doc = analysis.document
            for idx, event in enumerate(analysis.events):
                src = Source(
                    doc.id, path, doc.title, doc.published_json(), event.quote, status=event.status
                )
                mentions.append(Mention(event, src, idx))
    merged = sorted(cluster(mentions), key=lambda m: (m.event.date, m.id))
    return merged, refused


def sample(items: list, count: int, seed: int) -> list:
    """``count`` items drawn with ``seed`` (in their original order), or all when fewer."""
    if count >= len(items):
        return list(items)
    picked = sorted(random.Random(seed).sample(range(len(items)), count))
    return [items[i] for i in picked]


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return " ".join(text.split()).replace("|", "\\|")


def _when(event) -> str:
    when = event.date + (f"/{event.end}" if event.end else "")
    return when + (f" {event.time}" if event.time else "")


def row(number: int, item: Merged, threshold: float) -> list[str]:
    """One table row of a merged event; ``feed`` says whether it reaches the feeds at
    ``threshold`` (a day-precise calendar event of at least that confidence)."""
    e = item.event
    confidence = getattr(e, "confidence", None)
    reasons = getattr(e, "confidence_reasons", None) or []
    feed = e.in_feed(threshold) and e.granularity == "day"
    sources = sorted({Path(m.source.source).stem for m in item.mentions})
    return [
        str(number),
        e.title,
        _when(e),
        e.status,
        "yes" if e.calendar else "no",
        e.location or "",
        ", ".join(e.participants),
        "" if confidence is None else f"{confidence:.2f} {' '.join(reasons)}",
        "yes" if feed else "no",
        item.mentions[0].source.quote,
        ", ".join(sources),
    ]


def table(items: list[Merged], threshold: float) -> str:
    """The Markdown table of the sampled events."""
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for n, item in enumerate(items, 1):
        lines.append("| " + " | ".join(_cell(c) for c in row(n, item, threshold)) + " |")
    return "\n".join(lines)


def inside_repository(path: Path) -> bool:
    return path.resolve().is_relative_to(ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="folders or files (default: the raw corpus)")
    parser.add_argument("--out", required=True, help="Markdown file, outside the repository")
    parser.add_argument("--sample", type=int, default=120, help="events to draw (default 120)")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the sample")
    parser.add_argument("--part", choices=PARTS, help="part of a gold folder to read")
    parser.add_argument(
        "--no-raw", action="store_true", help="do not add the raw corpus to the paths given"
    )
    args = parser.parse_args(argv)
    out = Path(args.out)
    if inside_repository(out):
        parser.error(f"--out {out} lies inside the repository; the quotes are others' text")
    if args.sample < 1:
        parser.error("--sample must be at least 1")
    paths = list(args.paths)
    if not args.no_raw and str(DEFAULT_INPUT) not in {str(Path(p).resolve()) for p in paths}:
        paths.insert(0, str(DEFAULT_INPUT))
    try:
        files = input_files(paths, args.part)
    except InputError as e:
        parser.error(e.message)
    merged, refused = extract_all(files)
    picked = sample(merged, args.sample, args.seed)
    header = (
        f"# Audit sample: {len(picked)} of {len(merged)} events from {len(files)} articles "
        f"(seed {args.seed}{', part ' + args.part if args.part else ''})\n\n"
        "Verdict per row: accept, or reject with a reason (date, status, title, place, "
        "not an event, duplicate).\n\n"
    )
    threshold = feed_min_confidence()
    out.write_text(header + table(picked, threshold) + "\n", encoding="utf-8")
    for line in refused:
        print(f"refused {line}", file=sys.stderr)
    calendar = sum(1 for m in merged if m.event.calendar)
    feed = sum(1 for m in merged if m.event.in_feed(threshold) and m.event.granularity == "day")
    print(
        f"{len(files)} articles, {len(merged)} events ({calendar} calendar, {feed} in the feed "
        f"at {threshold}), sampled {len(picked)}"
    )
    print(f"results: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
