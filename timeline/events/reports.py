"""Match reports and fixtures listed in a line.

* A headline that gives a final score between two teams:
``Dağspor 1-2 Ovaspor``, ``Kocaspor, Denizspor'u 2-0 geçti``: the article reports a played
match. Told without a date of its own, it is the main happening of the article and takes the
publication day (the corpus convention for a past happening without a date), as one held
match titled by its two teams, at the ground a labelled line or its lead names. A document
that already dates a match between the same teams keeps that one.
* Fixtures listed in one line after their day (``9 Ağustos Pazar: Dağspor-Ovaspor (20.00),
  Kocaspor-Denizspor (21.00)``): two or more pairings each with a kick-off time, on the last
  day named before them in the line.
"""

from __future__ import annotations

from datetime import date

from ..literals import holds_one, required_pieces
from ..model import Document, Event, Timex
from ..patterncache import compile_late
from ..text import fold
from .article_places import labelled_ground
from .lexicon import Lexicon
from .mentions import find_places
from .merge import identity_key
from .slots import timex_span
from .titles import cap_title
from .tokens import tokenize


def _headline_score(headline: str, lex: Lexicon) -> tuple[str, str] | None:
    """The two teams of a score headline, or None."""
    for form in ("score_line", "score_beat"):
        m = compile_late(lex.forms[form]).match(headline)
        if m is not None:
            return m["home"], m["away"]
    return None


def _same_teams(event: Event, teams: tuple[str, str]) -> bool:
    title = fold(event.title)
    return all(fold(team) in title for team in teams)


def match_report(
    document: Document, dated: list[Timex], published: date, lex: Lexicon, found: list[Event]
) -> list[Event]:
    """The match a score headline reports, on the publication day, unless ``found`` already
    holds a match between the same teams. A headline with a date in it (``Fuar 5-7 Haziran``)
    is no score."""
    headline = document.title.strip()
    teams = _headline_score(headline, lex) if headline else None
    if teams is None:
        return []
    start = document.text.find(headline)
    if start < 0 or any(start <= t.start < start + len(headline) for t in dated):
        return []
    if any(
        e.type == "match" and _same_teams(e, teams) and e.date != published.isoformat()
        for e in found
    ):
        return []
    match = next((t for t in lex.triggers.values() if t.type == "match"), None)
    if match is None:
        return []
    event = Event(
        date=published.isoformat(),
        granularity="day",
        title=cap_title(f"{teams[0]}-{teams[1]} {match.noun}"),
        type="match",
        status="held",
        quote=headline,
        calendar=match.calendar,
        quote_start=start,
        quote_end=start + len(headline),
        # Two named teams and a final score; the day is the publication's.
        confidence_reasons=["participants", "date-inferred", "status-verb"],
    )
    _place_match(event, document, start + len(headline), lex)
    event.key = identity_key(event)
    return [event]


LEAD_REACH = 600  # characters after a match report's headline its lead may name the ground in


def _place_match(event: Event, document: Document, after: int, lex: Lexicon) -> None:
    """The ground of a reported match: a labelled line (``Stat: Deniz Arena``), else a venue
    its lead names in the locative (``Deniz Stadı'nda oynanan karşılaşma``)."""
    ground = labelled_ground(document.text, lex)
    if ground:
        event.location = ground
        return
    text = document.text
    tokens = tokenize(text, after, min(len(text), after + LEAD_REACH))
    venue = next(
        (
            pm
            for pm in find_places(text, tokens, lex, [])
            if pm.place.kind == "venue" and pm.case in ("locative", "locative_adj")
        ),
        None,
    )
    if venue is not None:
        event.location, event.country = venue.display, venue.place.country
        event.timezone = venue.place.zone


MIN_LISTED = 2  # pairings with times in one line that make a list of fixtures


def _line_day(timexes: list[Timex], before: int) -> date | None:
    """The last single day (without a clock time) named before ``before``."""
    days = [
        sp.first
        for t in timexes
        if t.end <= before
        and (sp := timex_span(t)) is not None
        and sp.granularity == "day"
        and sp.first == sp.last
        and not sp.time
    ]
    return days[-1] if days else None


def listed_fixtures(
    text: str, body: tuple[tuple[int, int], ...], dated: list[Timex], published: date, lex: Lexicon
) -> list[Event]:
    """Fixtures listed in one line with their kick-off times, on the day named before them."""
    out: list[Event] = []
    pattern = compile_late(rf"{lex.forms['fixture']}\s*{lex.forms['listed_clock']}")
    match = next((t for t in lex.triggers.values() if t.type == "match"), None)
    pieces = required_pieces(pattern)  # a line without one of them lists no fixture
    for b_start, b_end in body:
        pos = b_start
        for raw in text[b_start:b_end].split("\n"):
            start, pos = pos, pos + len(raw) + 1
            if not holds_one(raw, pieces):
                continue
            found = [(start + m.start(), m) for m in pattern.finditer(raw)]
            if len(found) < MIN_LISTED or match is None:
                continue
            if compile_late(lex.forms["figure"]).search(
                compile_late(lex.forms["clock"]).sub(" ", raw)
            ):
                continue  # "Dolar-TL 34.50, Euro-TL 17.20": prices, not kick-off times
            timexes = [t for t in dated if start <= t.start < start + len(raw)]
            for at, m in found:
                day = _line_day(timexes, at)
                if day is None:
                    continue
                event = Event(
                    date=day.isoformat(),
                    granularity="day",
                    title=f"{m['home']}-{m['away']}",
                    type="match",
                    status="held" if day < published else "planned",
                    quote=raw.strip(),
                    time=f"{int(m['hour']):02d}:{m['minute']}",
                    calendar=match.calendar,
                    quote_start=at,
                    quote_end=start + m.end(),
                    confidence_reasons=["agenda", "date-attached", "time"],
                )
                event.key = identity_key(event)
                out.append(event)
    return out
