"""Score extraction against gold annotations in the format of ``shared/corpus/README.md``.

Date expressions: a predicted DATE/TIME timex is correct when it overlaps a gold timex of the
same document and has the same value (value-exact); each gold timex matches at most one
prediction. A relaxed score (overlap only) is reported beside it.

Events (what reaches the calendar): a predicted day-precise event with ``feed: true`` (with
``calendar: true`` for output that has no ``feed``) is correct when a gold ``calendar: true``
event of the same document has the same ``date`` and ``end``; a predicted event that matches
none on a date where the gold has only non-calendar events counts neither way. Among the
matched pairs, titles (``what``) and places (``where``) are compared too. ``calendar_events``
scores every ``calendar: true`` prediction the same way, whatever its confidence.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .text import search_key, strip_suffix

SCORED_TYPES = ("DATE", "TIME")
# the first line of a corpus file: its publication date (shared/corpus/README.md)
_DATE_LINE = re.compile(r"[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}\S*[ \t]*\n")


@dataclass
class Counts:
    """True positives, predictions and gold items, with P/R/F1 derived."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict:
        return {
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def load_gold(path: str | Path) -> dict:
    """Read a gold file.

    :raises InputError: when it is not JSON with a ``documents`` list.
    """
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise InputError(f"{path}: no such gold file") from e
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: not a JSON gold file ({e})") from e
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise InputError(f"{path}: expected an object with a 'documents' list")
    return data


def locate(text: str, items: list[dict]) -> list[tuple[int, int] | None]:
    """Find each gold item's ``text`` in document order (the n-th mention after the previous
    one ends), after the ``date`` line of the file (a header, never annotated: the headline's
    ``2026`` is not the one in ``date 2026-02-10``; ``Mart 2026`` after ``6 Mart 2026 Cuma`` is
    the next one, not the one inside it)."""
    spans: list[tuple[int, int] | None] = []
    header = _DATE_LINE.match(text)
    pos = header.end() if header else 0
    for item in items:
        needle = item.get("text", "")
        i = text.find(needle, pos) if needle else -1
        if i < 0 and needle:
            i = text.find(needle)
        if i < 0:
            spans.append(None)
            continue
        spans.append((i, i + len(needle)))
        pos = i + len(needle)
    return spans


def score_timexes(
    text: str, predicted: list[dict], gold: list[dict]
) -> tuple[Counts, Counts, list]:
    """Value-exact and relaxed counts for one document, plus the mismatches for a report."""
    pred = [t for t in predicted if t.get("type") in SCORED_TYPES]
    gold_spans = locate(text, gold)
    strict, relaxed = Counts(0, len(pred), len(gold)), Counts(0, len(pred), len(gold))
    used_strict: set[int] = set()
    used_relaxed: set[int] = set()
    misses = []
    for t in pred:
        hit = None
        for gi, (g, span) in enumerate(zip(gold, gold_spans, strict=True)):
            if gi in used_strict:
                continue
            overlaps = span is not None and t["start"] < span[1] and span[0] < t["end"]
            if (overlaps or span is None) and g["value"] == t["value"]:
                hit = gi
                break
        if hit is not None:
            used_strict.add(hit)
            strict.tp += 1
        for gi, span in enumerate(gold_spans):
            if gi not in used_relaxed and span and t["start"] < span[1] and span[0] < t["end"]:
                used_relaxed.add(gi)
                relaxed.tp += 1
                break
        if hit is None:
            misses.append(
                {"kind": "spurious or wrong value", "text": t["text"], "value": t["value"]}
            )
    for gi, g in enumerate(gold):
        if gi not in used_strict:
            misses.append({"kind": "missed", "text": g["text"], "value": g["value"]})
    return strict, relaxed, misses


def _place_key(value: str | None) -> str:
    return search_key(strip_suffix(value)) if value else ""


def place_matches(predicted: str | None, gold: str | None) -> bool:
    """Same place, ignoring case, diacritics and suffixes; a gold ``"Kilyos, İstanbul"`` is
    matched by either of its parts."""
    if not gold:
        return not predicted
    if not predicted:
        return False
    pk = _place_key(predicted)
    parts = {_place_key(p) for p in re.split(r"[,/]", gold)} | {_place_key(gold)}
    return pk in parts or any(pk and (pk in g or g in pk) for g in parts if g)


def _tokens(value: str) -> set[str]:
    return {w[:5] for w in search_key(value).split() if len(w) > 1}


def title_matches(predicted: str, gold: str) -> bool:
    """Titles agree when at least half of the shorter title's words (5-letter stems) are shared."""
    a, b = _tokens(predicted), _tokens(gold)
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= 0.5


def _place_miss(predicted: dict, gold: dict) -> dict:
    """The mismatch entry of a matched event whose place disagrees with the gold's."""
    return {
        "kind": "wrong place",
        "date": predicted["date"],
        "title": predicted["title"],
        "place": predicted.get("location"),
        "gold": gold.get("where"),
    }


def _in_feed(event: dict) -> bool:
    return bool(event.get("feed", event.get("calendar")))


def score_events(
    predicted: list[dict], gold: list[dict], chosen=_in_feed
) -> tuple[Counts, int, int, list]:
    """Calendar-event counts, title and place agreements, and mismatches for one document.

    :param chosen: which predictions are scored (default: those in the feed).
    """
    pred = [e for e in predicted if chosen(e) and e.get("granularity") == "day"]
    gold_cal = [e for e in gold if e.get("calendar")]
    non_calendar = {e.get("date") for e in gold if not e.get("calendar")}
    counts = Counts(0, len(pred), len(gold_cal))
    used: set[int] = set()
    titles = places = 0
    misses = []
    for e in pred:
        candidates = [
            gi
            for gi, g in enumerate(gold_cal)
            if gi not in used and g["date"] == e["date"] and g.get("end") == e.get("end")
        ]
        if not candidates:
            if e["date"] in non_calendar:
                counts.predicted -= 1  # the gold dates something else there: neither way
                continue
            misses.append({"kind": "spurious", "date": e["date"], "title": e["title"]})
            continue
        best = max(
            candidates,
            key=lambda gi: (
                title_matches(e["title"], gold_cal[gi]["what"]),
                place_matches(e.get("location"), gold_cal[gi].get("where")),
            ),
        )
        used.add(best)
        counts.tp += 1
        g = gold_cal[best]
        titles += title_matches(e["title"], g["what"])
        if place_matches(e.get("location"), g.get("where")):
            places += 1
        else:
            misses.append(_place_miss(e, g))
    for gi, g in enumerate(gold_cal):
        if gi not in used:
            misses.append({"kind": "missed", "date": g["date"], "title": g["what"]})
    return counts, titles, places, misses


PARTS = ("tune", "check")
_NUMBERED = re.compile(r"d(\d+)")


def corpus_part(doc_id: str) -> str:
    """The part of the dev corpus a document belongs to, as ``shared/corpus/README.md`` fixes it.

    The check part is every even-numbered document from ``d12`` on; everything else (the
    seeds, ``d01``–``d11`` and the odd numbers after) is the tuning part.

    >>> [corpus_part(i) for i in ("seed-000", "d10", "d11", "d12", "d54")]
    ['tune', 'tune', 'tune', 'check', 'check']
    """
    m = _NUMBERED.fullmatch(doc_id)
    return "check" if m and int(m.group(1)) >= 12 and int(m.group(1)) % 2 == 0 else "tune"


def evaluate(gold_path: str | Path, extract, part: str | None = None) -> dict:
    """Run ``extract(path, published)`` on every gold document and score the result.

    :param extract: a function from a text file path to ``{"timexes": [...], "events": [...]}``
        in the JSON shape of ``timeline extract``.
    :param part: ``"tune"`` or ``"check"`` to score only that part of the corpus
        (:func:`corpus_part`); every document when None.
    :raises InputError: when the gold file or a document's text file cannot be read.
    """
    if part is not None and part not in PARTS:
        raise InputError(f"unknown corpus part {part!r} (expected one of {', '.join(PARTS)})")
    gold_path = Path(gold_path)
    data = load_gold(gold_path)
    total_t, total_tr, total_e, total_c = Counts(), Counts(), Counts(), Counts()
    titles = places = 0
    per_doc = []
    for doc in data["documents"]:
        if part is not None and corpus_part(doc["id"]) != part:
            continue
        text_path = gold_path.parent / f"{doc['id']}.txt"
        if not text_path.exists():
            raise InputError(f"{text_path}: text of gold document {doc['id']!r} is missing")
        result = extract(str(text_path))
        text = text_path.read_text(encoding="utf-8")
        t, tr, t_misses = score_timexes(text, result["timexes"], doc.get("timexes", []))
        e, ti, pl, e_misses = score_events(result["events"], doc.get("events", []))
        c = score_events(result["events"], doc.get("events", []), lambda e: e.get("calendar"))[0]
        total_c.add(c)
        total_t.add(t)
        total_tr.add(tr)
        total_e.add(e)
        titles += ti
        places += pl
        per_doc.append(
            {
                "id": doc["id"],
                "timexes": t.to_json(),
                "events": e.to_json(),
                "timex_errors": t_misses,
                "event_errors": e_misses,
            }
        )
    return {
        "gold": str(gold_path),
        "part": part or "all",
        "documents_scored": len(per_doc),
        "timexes": total_t.to_json(),
        "timexes_relaxed": total_tr.to_json(),
        "events": total_e.to_json(),
        "calendar_events": total_c.to_json(),
        "titles_matched": titles,
        "places_matched": places,
        "title_accuracy": round(titles / total_e.tp, 4) if total_e.tp else None,
        "place_accuracy": round(places / total_e.tp, 4) if total_e.tp else None,
        "documents": per_doc,
    }


def format_report(report: dict, verbose: bool = False) -> str:
    """A plain-text table of a report from :func:`evaluate`."""
    lines = [
        f"{report.get('part', 'all')} ({report.get('documents_scored', '?')} documents)",
        f"{'':18} {'P':>6} {'R':>6} {'F1':>6}   tp/pred/gold",
    ]
    for label, key in (
        ("dates (exact)", "timexes"),
        ("dates (overlap)", "timexes_relaxed"),
        ("feed events", "events"),
        ("calendar events", "calendar_events"),
    ):
        c = report.get(key)
        if c is None:
            continue
        lines.append(
            f"{label:18} {c['precision']:6.3f} {c['recall']:6.3f} {c['f1']:6.3f}   "
            f"{c['tp']}/{c['predicted']}/{c['gold']}"
        )
    tp = report["events"]["tp"]
    lines.append(f"titles matched     {report['titles_matched']}/{tp}")
    lines.append(f"places matched     {report['places_matched']}/{tp}")
    if verbose:
        for doc in report["documents"]:
            errors = doc["timex_errors"] + doc["event_errors"]
            if errors:
                lines.append(f"\n{doc['id']}:")
                lines.extend(f"  {json.dumps(err, ensure_ascii=False)}" for err in errors)
    return "\n".join(lines)
