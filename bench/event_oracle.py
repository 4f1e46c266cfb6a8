"""Score the event stage alone: extract events from the gold *date expressions* of a corpus.

``timeline eval`` scores the whole pipeline, so its event numbers are capped by the tagger. This
script feeds the extractor the gold timexes instead (located in the text, widened to the whole
word as a tagger would give them), to measure what the event stage does with correct dates.

    .venv/bin/python bench/event_oracle.py ../shared/corpus/dev/gold.json [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from timeline.documents import read_documents
from timeline.evaluate import Counts, load_gold, locate, score_events
from timeline.events import extract_events
from timeline.model import Timex
from timeline.temporal.dates import Period, PeriodError

# Forms this oracle has always left out (its numbers stay comparable across versions).
_UNREAD = ("season", "decade", "century")


def gold_timexes(text: str, items: list[dict]) -> list[Timex]:
    """The gold timexes of one document as a tagger would return them."""
    out = []
    for item, span in zip(items, locate(text, items), strict=True):
        if span is None:
            continue
        start, end = span
        m = re.compile(r"[\w'’]*").match(text, end)
        end = m.end() if m else end
        try:
            parsed = Period.parse(item["value"])
        except PeriodError:
            continue
        if parsed.granularity in _UNREAD:
            continue
        out.append(
            Timex(
                start,
                end,
                text[start:end],
                item.get("type", "DATE"),
                item["value"],
                item.get("mod"),
                parsed.granularity,
                parsed.first,
                parsed.last,
                parsed.time,
                parsed.days,
                None,
                "gold",
            )
        )
    out.sort(key=lambda t: t.start)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    gold_path = Path(args.gold)
    data = load_gold(gold_path)
    total = Counts()
    titles = places = 0
    for doc in data["documents"]:
        path = gold_path.parent / f"{doc['id']}.txt"
        document = read_documents(path)[0]
        timexes = gold_timexes(document.text, doc.get("timexes", []))
        events = [e.to_json() for e in extract_events(document, timexes)]
        counts, ti, pl, misses = score_events(events, doc.get("events", []))
        total.add(counts)
        titles += ti
        places += pl
        if args.verbose:
            print(f"{doc['id']}: {counts.tp}/{counts.predicted}/{counts.gold}")
            for e in events:
                print(
                    "   ",
                    e["date"],
                    e["end"],
                    e["time"],
                    e["status"],
                    "CAL" if e["calendar"] else "---",
                    e["title"],
                    "|",
                    e["location"],
                    "|",
                    ", ".join(e["participants"]),
                )
            for miss in misses:
                print("   !", json.dumps(miss, ensure_ascii=False))
    print(
        f"events  P {total.precision:.3f}  R {total.recall:.3f}  F1 {total.f1:.3f}  "
        f"({total.tp}/{total.predicted}/{total.gold})"
    )
    print(f"titles {titles}/{total.tp}  places {places}/{total.tp}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
