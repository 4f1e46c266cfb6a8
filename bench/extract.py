"""Benchmark the whole extraction pipeline against dateparser, side by side, on real articles.

    .venv/bin/python bench/extract.py [--variants 5] [--corpus DIR ...] [--json PATH]

``timeline extract``'s pipeline in-process (read the bytes -> tag -> events, no store) over the
real articles of ``../shared/corpus/raw`` and ``../shared/corpus/dev``, each also in
``--variants - 1`` copies whose header date is rewritten (a different publication day each), so
that nothing computed for one document can be reused for the next. In the same process and
run, ``dateparser.search_dates(text, languages=['tr'], settings={'RELATIVE_BASE': published})``
on the same texts. Times are process CPU seconds (``time.process_time``), each tool after a
warm-up. Prints and writes (``bench/results/extract.json``): articles/s and MB/s of both, their
ratio, the event stage's share of our time, and the grammar's compile time in this process.
Run by hand; not part of the test suite (``tests/test_bench.py`` runs it on a tiny corpus).
Needs the ``bench`` extra (dateparser).
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import write_results  # noqa: E402
from tagger import _SHARED  # noqa: E402

DEFAULT_CORPORA = [_SHARED / "corpus" / "raw", _SHARED / "corpus" / "dev"]
HEADER_DATE = re.compile(rb"\Adate (\d{4}-\d{2}-\d{2})")


def load_articles(folders: list[Path], limit: int | None = None) -> list[tuple[str, bytes]]:
    """``(name, bytes)`` of every ``*.txt`` article under ``folders`` (first ``limit``)."""
    out = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            out.append((path.name, path.read_bytes()))
    return out[:limit] if limit else out


def variants(articles: list[tuple[str, bytes]], count: int) -> list[tuple[str, bytes]]:
    """Each article as is and ``count - 1`` more times with its header date moved by a
    different number of days (an article with no ``date`` header is kept once)."""
    out = []
    for k in range(count):
        for name, data in articles:
            if k == 0:
                out.append((name, data))
                continue
            m = HEADER_DATE.match(data)
            if not m:
                continue
            day = date.fromisoformat(m.group(1).decode()) + timedelta(days=37 * k + 3)
            out.append((f"{name}~{k}", b"date " + day.isoformat().encode() + data[m.end() :]))
    return out


def grammar_compile_seconds() -> float:
    """CPU seconds to build the grammar from its data files in this process (a fresh build;
    its patterns rebuilt from the pattern cache when one is kept, ``TIMELINE_CACHE_DIR=off``
    to compile them)."""
    from timeline.temporal.grammar import load_grammar

    load_grammar.cache_clear()
    start = time.process_time()
    load_grammar("tr")
    return time.process_time() - start


def run_ours(corpus: list[tuple[str, bytes]]) -> dict:
    """CPU seconds of read, tag and events over ``corpus``; counts found."""
    from timeline.documents import parse_bytes
    from timeline.events import extract_events
    from timeline.temporal import tag_document

    read_s = tag_s = event_s = 0.0
    timexes = events = 0
    for name, data in corpus:
        t0 = time.process_time()
        docs = parse_bytes(data, name, suffix=".txt")
        t1 = time.process_time()
        read_s += t1 - t0
        for doc in docs:
            t1 = time.process_time()
            found = tag_document(doc)
            t2 = time.process_time()
            events += len(extract_events(doc, found))
            t3 = time.process_time()
            tag_s += t2 - t1
            event_s += t3 - t2
            timexes += len(found)
    return {
        "seconds": read_s + tag_s + event_s,
        "read_s": read_s,
        "tag_s": tag_s,
        "event_s": event_s,
        "timexes": timexes,
        "events": events,
    }


def texts_of(corpus: list[tuple[str, bytes]]) -> list[tuple[str, datetime]]:
    """The article texts with their publication times, read once (outside the timing)."""
    from timeline.documents import parse_bytes

    out = []
    for name, data in corpus:
        for doc in parse_bytes(data, name, suffix=".txt"):
            out.append((doc.text, doc.published.replace(tzinfo=None)))
    return out


def run_dateparser(texts: list[tuple[str, datetime]]) -> dict:
    from dateparser.search import search_dates

    found = 0
    start = time.process_time()
    for text, base in texts:
        found += len(search_dates(text, languages=["tr"], settings={"RELATIVE_BASE": base}) or [])
    return {"seconds": time.process_time() - start, "dates": found}


BLOCK = 50  # articles timed by one tool before the other takes its turn


def time_both(corpus: list[tuple[str, bytes]], texts: list, with_dateparser: bool):
    """Both tools over the corpus in alternating blocks of ``BLOCK`` articles, each after a
    warm-up: on a shared machine the load changes within a minute, and alternating blocks
    gives both the same share of it (the blocks are long enough to keep caches warm)."""
    run_ours(corpus[:20])
    if with_dateparser:
        run_dateparser(texts[:5])
    ours: dict = {}
    theirs: dict | None = {} if with_dateparser else None
    for at in range(0, len(corpus), BLOCK):
        for key, value in run_ours(corpus[at : at + BLOCK]).items():
            ours[key] = ours.get(key, 0) + value
        if theirs is not None:
            for key, value in run_dateparser(texts[at : at + BLOCK]).items():
                theirs[key] = theirs.get(key, 0) + value
    return ours, theirs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", help="folder of *.txt articles")
    parser.add_argument("--variants", type=int, default=5, help="copies with other dates")
    parser.add_argument("--limit", type=int, default=None, help="first N real articles only")
    parser.add_argument("--json", type=Path, default=None, help="results file")
    args = parser.parse_args(argv)

    compile_s = grammar_compile_seconds()
    corpus = variants(load_articles(args.corpus or DEFAULT_CORPORA, args.limit), args.variants)
    texts = texts_of(corpus)
    n = len(corpus)
    size_mb = sum(len(data) for _, data in corpus) / 1e6
    ours, theirs = time_both(corpus, texts, importlib.util.find_spec("dateparser") is not None)
    share = ours["event_s"] / ours["seconds"]
    print(
        f"corpus: {n} articles ({n // args.variants} real x {args.variants} dates), "
        f"{size_mb:.2f} MB"
    )
    print(
        f"timeline extract pipeline {n / ours['seconds']:8.0f} articles/s "
        f"{size_mb / ours['seconds']:7.2f} MB/s  ({ours['timexes']} timexes, "
        f"{ours['events']} events)"
    )
    ratio = None
    if theirs is None:
        print("dateparser is not installed (pip install '.[bench]'): no ratio")
    else:
        ratio = theirs["seconds"] / ours["seconds"]
        print(
            f"dateparser.search_dates   {n / theirs['seconds']:8.0f} articles/s "
            f"{size_mb / theirs['seconds']:7.2f} MB/s  ({theirs['dates']} dates)"
        )
        print(f"ratio                     {ratio:8.1f}x")
    print(
        f"our stages: read {ours['read_s'] / ours['seconds']:.0%}, "
        f"tag {ours['tag_s'] / ours['seconds']:.0%}, events {share:.0%} "
        f"({1000 * ours['event_s'] / n:.2f} ms/article)"
    )
    print(f"grammar compile: {compile_s:.3f} s CPU")
    results = {
        "articles": n,
        "variants": args.variants,
        "megabytes": round(size_mb, 3),
        "ours": ours,
        "dateparser": theirs,
        "ratio": round(ratio, 2) if ratio else None,
        "articles_per_s": round(n / ours["seconds"], 1),
        "mb_per_s": round(size_mb / ours["seconds"], 3),
        "dateparser_articles_per_s": round(n / theirs["seconds"], 1) if theirs else None,
        "event_share": round(share, 3),
        "grammar_compile_s": round(compile_s, 3),
    }
    print(f"results: {write_results('extract', results, args.json)}")


if __name__ == "__main__":
    main()
