"""Events a calendar names by their kind and day.

* A named holiday the text gives no date for (``Kurban Bayramı'nda kapalı olacak``) takes its
  days from the language's holiday data: a fixed day (``holidays.tsv``) or, for a movable
  feast, the first and last day of its occurrence (``holiday_dates.tsv``), the one the verb's
  tense points at; ``arifesi`` is the day before; ``9 gün`` of days off is the run of nine
  days that holds the feast and starts on a Saturday. A holiday used as a reference point
  (``bayram öncesi``, ``bayramın 2. günü``) is no event of its own.
* An unnamed day off named by its kind (``ara tatili``, ``yarıyıl tatili``) is titled so.
* Schedules written one item per line are events item by item: clock lines under a line that
  is only a day (``22 Nisan Çarşamba`` / ``14.30 Dağspor-Ovaspor``), and label lines
  (``Kocaspor-Denizspor: 16 Ocak Cuma, saat 20.00``, ``Son hanesi 4 olanlar: 13 Mart``; a
  label with no event word only in a list of such lines). A fixture is a match titled by
  its two teams. Items with figures (prices, rates) are never events.
* An application window told as a first day and a later deadline is one event; the deadline
  is no event of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from ..lang import read_table
from ..model import Event, Timex
from ..patterncache import compile_late
from ..temporal.dates import Period
from ..text import fold
from .item_venues import trailing_venue
from .lexicon import Holiday, Lexicon, Place, Trigger
from .mentions import find_places
from .merge import identity_key
from .slots import MAX_WINDOW_DAYS, Slot, combine, slot_from_days, timex_span
from .titles import cap_title
from .tokens import Token, tokenize
from .triggers import TriggerMatch

NEAR_DAYS = 370  # a coming holiday named without a date is its occurrence within about a year
MAX_ITEM_WORDS = 12  # a schedule item longer than this is prose
SCHEDULE_TYPE = "programme"  # an item of a schedule with no event word of its own
# Kinds a calendar may name by the kind alone; those of KIND_FIRST are titled so even when
# other words could title them.
KIND_TITLED = ("draw", "results", "deadline", "term")
KIND_FIRST = ("term",)
SELF_NAMED = ("election", "holiday")  # their kinds of several words name them (named_by_kind)
MAX_NAME_WORDS = 4  # capitalised words before a kind that name what it belongs to
ADVERBIAL = ("locative", "ablative")  # cases that end such a name ("Okullarda")
RECENT_DAYS = 14
SATURDAY = 5
MAX_COUNT_DISTANCE = 4  # tokens after a holiday's name where its number of days off may be
MIN_DAYS_OFF, MAX_DAYS_OFF = (
    2,
    16,
)  # a past one, the occurrence that ended at most two weeks before publication


def _next_token(tm: TriggerMatch, tokens: list[Token]) -> Token | None:
    return next((t for t in tokens if t.start >= tm.end), None)


def _is_genitive(tok: Token, lex: Lexicon) -> bool:
    ending = tok.suffix or tok.folded
    return ending.endswith(tuple(lex.endings.get("genitive", ())))


def _occurrences(holiday: Holiday, around: date) -> list[tuple[date, date]]:
    if holiday.dates:
        return list(holiday.dates)
    if not holiday.day:
        return []
    month, day = (int(x) for x in holiday.day.split("-"))
    out = []
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        out.append((d, d))
    return out


def _pick(spans: list[tuple[date, date]], status: str, published: date) -> tuple[date, date] | None:
    near = [s for s in spans if abs((s[0] - published).days) <= NEAR_DAYS]
    if status == "held":
        past = [s for s in near if s[0] <= published <= s[1] + timedelta(days=RECENT_DAYS)]
        return max(past) if past else None
    coming = [s for s in near if s[1] >= published]
    return min(coming) if coming else None


def holiday_slot(
    tm: TriggerMatch, tokens: list[Token], status: str | None, published: date, lex: Lexicon
) -> Slot | None:
    """The days of a named holiday the sentence gives no date for, or None.

    Needs a status from a verb (a bare mention of a feast dates nothing) and a holiday whose
    days the language data knows.
    """
    if tm.trigger.type != "holiday" or not tm.name or status not in ("planned", "held"):
        return None
    holiday = lex.holiday(tm.name)
    if holiday is None or _is_genitive(tm.token, lex):
        return None
    after = _next_token(tm, tokens)
    if after is not None and after.folded in lex.phrases("holiday_relational"):
        return None
    length = _day_count(tm, tokens, lex)
    # "Kurban Bayramı tatili 9 güne uzatıldı": said before the feast, of the coming one.
    span = _pick(_occurrences(holiday, published), "planned" if length else status, published)
    if span is None:
        return None
    first, last = span
    if on_eve(tm, tokens, lex):
        first = last = first - timedelta(days=1)
    elif length:
        first, last = _extended(first, last, length)
    return slot_from_days(first, last, "day")


def on_eve(tm: TriggerMatch, tokens: list[Token], lex: Lexicon) -> bool:
    """Whether a holiday's name is followed by the word for the day before it (``Ramazan
    Bayramı arifesinde``): the event is the eve, titled so."""
    after = _next_token(tm, tokens)
    return after is not None and after.folded in lex.phrases("holiday_eve")


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _number_words().get(word)


@cache
def _number_words() -> dict[str, int]:
    return {
        fold(r["word"]): int(r["value"])
        for r in read_table("tr", "numbers.tsv")
        if r["kind"] == "cardinal" and r["value"].isdigit()
    }


def _day_count(tm: TriggerMatch, tokens: list[Token], lex: Lexicon) -> int | None:
    """``Kurban Bayramı tatili 9 gün olacak``: the number of days off the sentence gives
    right after the holiday's name."""
    after = [t for t in tokens if t.start >= tm.end][:MAX_COUNT_DISTANCE]
    for here, nxt in zip(after, after[1:], strict=False):
        n = _number(here.folded)
        if n and nxt.folded.startswith(tuple(lex.phrases("day_unit"))):
            return n if MIN_DAYS_OFF <= n <= MAX_DAYS_OFF else None
    return None


def _extended(first: date, last: date, length: int) -> tuple[date, date]:
    """The ``length`` days off around a holiday: the run of that many days that holds the
    holiday and starts on a Saturday (bridge days and weekends), else the holiday itself."""
    if length <= (last - first).days + 1:
        return first, last
    for shift in range(length):
        start = first - timedelta(days=shift)
        end = start + timedelta(days=length - 1)
        if start.weekday() == SATURDAY and end >= last:
            return start, end
    return first, last


def starts_or_ends(tm: TriggerMatch, text: str, lex: Lexicon) -> bool:
    """Whether one of the trigger's dates is followed by a verb that starts or ends what it
    names (``birinci dönem 8 Eylül'de başlayacak``, ``26 Haziran'da tamamlanacak``)."""
    words = tuple(lex.phrases("window_start") | lex.phrases("window_end"))
    for t in tm.timexes:
        after = fold(text[t.end : t.end + 40]).split()
        if after and after[0].startswith(words):
            return True
    return False


def named_by_kind(tm: TriggerMatch) -> bool:
    """Whether an unnamed trigger is an election or a day off named by a kind of several words
    (``erken seçim``, ``yerel seçimler``, ``idari izin``): the country's own of that kind,
    which a calendar names so (unlike ``oy verme``, a kind of one word)."""
    return not tm.name and tm.trigger.type in SELF_NAMED and " " in tm.trigger.lemma


def kind_title(tm: TriggerMatch, tokens: list[Token], lex: Lexicon) -> str | None:
    """The title of an event named by its kind: ``Birinci dönem ara tatili`` (the term it
    breaks), ``Ara tatil`` (no term told); ``Dünya Kupası kura çekimi`` (the capitalised words
    right before the kind), else the kind alone (``Kura çekimi``, ``Son tarih``)."""
    if tm.name:
        return None
    if named_by_kind(tm):
        return cap_title(tm.trigger.lemma)
    if tm.trigger.type in KIND_TITLED:
        names: list[Token] = []
        for tok in reversed([t for t in tokens if t.end <= tm.first.start]):
            if not tok.cap or tok.suffix or len(names) >= MAX_NAME_WORDS:
                break
            if (names[0].start if names else tm.first.start) - tok.end > 1:
                break  # "Bakan, ikinci dönemin": a comma or more between, no name of the kind
            if not lex.place(tok.stem) and tok.folded.endswith(lex.case_endings(*ADVERBIAL)):
                break  # "Okullarda birinci dönem": a sentence-initial adverbial
            names.insert(0, tok)
        if names:
            return cap_title(" ".join([*(t.raw for t in names), tm.trigger.noun]))
        return cap_title(tm.trigger.lemma)
    if tm.trigger.type != "holiday":
        return None
    before = [t for t in tokens if t.end <= tm.first.start]
    if not before or before[-1].suffix or before[-1].folded not in lex.phrases("holiday_kind"):
        return None
    kind = before[-1]
    owner = _holiday_owner(before[:-1], kind.start, lex)
    if owner:  # "Birinci dönem ara tatili", "Bahar dönemi ara tatili"
        return cap_title(" ".join([*(t.raw for t in owner), kind.raw, tm.trigger.noun]))
    bare = kind.folded in lex.phrases("holiday_kind_bare")  # "Ara tatil", not "Ara tatili"
    return cap_title(f"{kind.raw} {tm.trigger.lemma if bare else tm.trigger.noun}")


def _holiday_owner(before: list[Token], kind_start: int, lex: Lexicon) -> list[Token]:
    """The words right before a holiday's kind that say whose break it is (``holiday_owner``:
    a term, a season): ``birinci dönem`` of ``birinci dönem ara tatili``; none past a comma."""
    owner: list[Token] = []
    for tok in reversed(before):
        if len(owner) >= MAX_NAME_WORDS or tok.suffix:
            break
        if (owner[0].start if owner else kind_start) - tok.end > 1:
            break
        if tok.folded not in lex.phrases("holiday_owner"):
            break
        owner.insert(0, tok)
    return owner


# ---------------------------------------------------------------------------------------------
# Schedules laid out line by line


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    timexes: list[Timex]


def _lines(text: str, body: tuple[tuple[int, int], ...], dated: list[Timex]) -> list[_Line]:
    """The non-blank lines of the body with their timexes (``dated``: in text order, each
    line's found by bisection, not by scanning them all for every line)."""
    starts = [t.start for t in dated]
    out = []
    for b_start, b_end in body:
        pos = b_start
        for raw in text[b_start:b_end].split("\n"):
            start, end = pos, pos + len(raw)
            pos = end + 1
            if raw.strip():
                timexes = dated[bisect_left(starts, start) : bisect_left(starts, end)]
                out.append(_Line(start, end, timexes))
    return out


def _day(t: Timex) -> Period | None:
    span = timex_span(t)
    if span is None or span.granularity not in ("day", "time") or span.days:
        return None
    return span


def _heading(line: _Line, text: str, lex: Lexicon) -> tuple[date, Place | None] | None:
    """``22 Nisan Çarşamba``: a line that is one day and nothing else heads the lines after it;
    it may name the one place its items are in (``23 Nisan Perşembe - Kars``)."""
    if len(line.timexes) != 1 or (span := _day(line.timexes[0])) is None:
        return None
    if span.first != span.last or span.time:
        return None
    t = line.timexes[0]
    rest = fold(text[line.start : t.start] + " " + text[t.end : line.end])
    words = [w for w in re.findall(r"\w+", rest) if w not in lex.phrases("schedule_heading")]
    place = lex.place(" ".join(words)) if words else None
    if words and (place is None or place.ambiguous):
        return None
    return span.first, place


def _placed(event: Event | None, place: Place | None) -> Event | None:
    """A schedule item in the place of its day's heading, unless it names its own."""
    if event is None or place is None or event.location or event.country:
        return event
    event.location, event.country, event.timezone = place.display, place.country, place.zone
    event.key = identity_key(event)
    return event


def _plain_item(item: str, lex: Lexicon) -> bool:
    """Whether the words of a schedule line can be an event: short, and no figures."""
    words = item.split()
    if not words or len(words) > MAX_ITEM_WORDS or not words[0][:1].isalpha():
        return False
    return not compile_late(lex.forms["figure"]).search(item)


def _trigger_of(words: str, lex: Lexicon) -> Trigger | None:
    hit = lex.trigger_re.search(fold(words))
    return lex.triggers[re.sub(r"\s+", " ", hit.group("stem"))] if hit else None


def _trigger_in(words: str, lex: Lexicon) -> tuple[str, bool] | None:
    trigger = _trigger_of(words, lex)
    return (trigger.type, trigger.calendar) if trigger else None


MAX_OWNER_WORDS = 3


def _owner(line: _Line, text: str) -> str | None:
    """``ALES``, ``KPSS Lisans``: a short line without dates that names, with an acronym, what
    the label lines under it belong to (not a heading in capitals such as ``SINAV TAKVİMİ``)."""
    raw = text[line.start : line.end].strip()
    words = raw.split()
    if line.timexes or not words or len(words) > MAX_OWNER_WORDS or not raw[-1:].isalnum():
        return None
    acronyms = [w for w in words if w.isupper() and 2 <= len(w) <= 6 and w.isalpha()]
    letters = [w for w in words if w.isalpha()]
    if not acronyms or (len(letters) > 1 and all(w.isupper() for w in letters)):
        return None
    return raw if all(w[:1].isupper() or w.isdigit() for w in words) else None


def _owned(event: Event, owner: str | None, label: str, lex: Lexicon) -> Event:
    """A label item under an owner line titled by both: ``Başvuru tarihleri: 3-11 Mart`` under
    ``ALES`` is ``ALES başvuruları``."""
    trigger = _trigger_of(label, lex)
    if owner and trigger is not None and trigger.type != "match":
        event.title = cap_title(f"{owner} {trigger.noun}")
        event.key = identity_key(event)
    return event


MAX_TOPIC_WORDS = 5


def _list_topic(line: _Line, text: str, lex: Lexicon) -> str | None:
    """``Mart 2026 Destek Ödeme Takvimi``: a heading line (no closing punctuation, not in
    capitals) that names what the items of the schedule under it are, by a last word of
    ``schedule_topic``; the items' kind, dates left out, as the head of a compound (``Destek
    Ödemesi``). None for any other line, or when the kind's last letter would change before
    the ending (``mutating_end``: ``Destek`` is ``Desteği``)."""
    raw = text[line.start : line.end].strip()
    words = _masked(line, text).split()
    if len(words) < 2 or raw.isupper() or not raw[-1:].isalnum():
        return None
    if fold(words[-1]) not in lex.phrases("schedule_topic"):
        return None
    kind = words[:-1]
    if len(kind) > MAX_TOPIC_WORDS or not all(w[:1].isupper() for w in kind if w.isalpha()):
        return None
    if not kind[-1].isalpha() or fold(kind[-1][-1]) in lex.phrases("mutating_end"):
        return None
    return lex.attach(" ".join(kind), "possessive", apostrophe=False)


def _topical(event: Event, topic: str | None) -> Event:
    """A label item with no event word under a topic line (:func:`_list_topic`) is titled by
    both (``Destek Ödemesi: Son hanesi 4 olanlar``): it is a part of what the schedule is of,
    not a line that names only whom it concerns."""
    if topic is None or event.type != SCHEDULE_TYPE:
        return event
    event.title = cap_title(f"{topic}: {event.title}")
    reasons = [r for r in event.confidence_reasons if r != "agenda"]
    event.confidence_reasons = ["part-of", *reasons]
    event.key = identity_key(event)
    return event


def _kind(item: str, lex: Lexicon) -> tuple[str, bool, str]:
    """The type, calendar flag and title of a schedule item: the type of its first event word
    (``Kuzey-Güney Forumu``: a forum), else a fixture ``Dağspor-Ovaspor`` is a match titled by
    its teams, else a programme item titled by its words."""
    found = _trigger_in(item, lex)
    if found:
        return found[0], found[1], item
    m = compile_late(lex.forms["fixture"]).match(item)
    if m and not item[m.end("away") :].strip(" .,;:"):
        return "match", True, f"{m['home']}-{m['away']}"
    return SCHEDULE_TYPE, True, item


def _status(day: date, published: date) -> str:
    return "held" if day < published else "planned"


def _event(
    text: str, line: _Line, item: str, slot: Slot, published: date, lex: Lexicon
) -> Event | None:
    item, venue = _item_venue(item, lex)
    venue = venue or _item_lead(item, lex)
    kind, calendar, title = _kind(item, lex)
    title = cap_title(title.strip(" .,;:-–"))
    if not title:
        return None
    event = Event(
        date=slot.date,
        granularity="day",
        title=title,
        type=kind,
        status=_status(slot.first, published),
        quote=text[line.start : line.end].strip(),
        end=slot.end,
        time=slot.time,
        end_time=slot.end_time,
        calendar=calendar,
        quote_start=line.start,
        quote_end=line.end,
        # A schedule's line names its item and gives its day: the date is attached by layout.
        confidence_reasons=["agenda", "date-attached"],
    )
    if venue is not None:  # a list's clock times are the publisher's: no zone of the place
        event.location, event.country = venue.display, venue.country
    event.key = identity_key(event)
    return event


_ASIDE = re.compile(r"\s*\(([^()]+)\)")  # a name in parentheses


def _item_venue(item: str, lex: Lexicon) -> tuple[str, Place | None]:
    """An item without the venue it names alone in parentheses, and that venue
    (``Dağspor-Ovaspor (Kars Şehir Stadı)``: a fixture list's ground); else ``(item, None)``."""
    asides = list(_ASIDE.finditer(item))
    if not asides:
        return trailing_venue(item, lex) or (item, None)  # "Halk konseri – Liman Meydanı"
    named = find_places(item, tokenize(item, 0, len(item)), lex, [])  # once for all asides
    for m in asides:
        venue = next((pm for pm in named if pm.case == "aside" and pm.start == m.start(1)), None)
        if venue is not None and venue.place.kind == "venue":
            return (item[: m.start()] + item[m.end() :]).rstrip(), venue.place
    return trailing_venue(item, lex) or (item, None)  # "Açılış töreni (Kongre Merkezi)"


def _grounded(event: Event | None, line: str, lex: Lexicon) -> Event | None:
    """``event`` at the venue its line names alone in parentheses (``Dağspor-Ovaspor: 20.00
    (Kars Şehir Stadı)``), when it has no place of its own."""
    venue = _item_venue(line, lex)[1] if event is not None and not event.location else None
    if event is not None and venue is not None:
        event.location, event.country = venue.display, venue.country
        event.key = identity_key(event)
    return event


def _item_lead(item: str, lex: Lexicon) -> Place | None:
    """The place an item opens with, bare and followed by a comma, as an agenda of data names
    the country a figure is of (``Çin, şubat ayı enflasyon``), else None."""
    head = item.lstrip()
    named = find_places(head, tokenize(head, 0, len(head)), lex, [])
    first = named[0] if named else None
    if first is None or first.start or first.case != "nominative":
        return None
    return first.place if head[first.end : first.end + 1] == "," else None


def _clock_day(line: _Line, text: str) -> date | None:
    """The day the tagger gave the clock time that opens a line (``10.00 Türkiye, sanayi
    üretimi`` in an agenda of the publication day), or None."""
    first = line.timexes[0] if line.timexes else None
    if first is None or text[line.start : first.start].strip():
        return None
    span = _day(first)
    return span.first if span is not None and span.time else None


def _clock_item(
    line: _Line, text: str, heading: date | None, published: date, lex: Lexicon
) -> Event | None:
    """``14.30 Dağspor-Ovaspor`` under a day heading: the item at that time of that day
    (``10.00-12.00 Panel``: with the end of its range)."""
    if heading is None:
        return None
    m = compile_late(lex.forms["clock_item"]).match(text[line.start : line.end])
    if m is None or not _plain_item(m["item"], lex):
        return None
    clock = f"{int(m['hour']):02d}:{m['minute']}"
    until = f"{int(m['end_hour']) % 24:02d}:{m['end_minute']}" if m["end_hour"] else None
    slot = slot_from_days(heading, heading, "day", clock, (), until)
    return _event(text, line, m["item"], slot, published, lex)


def _label_item(
    line: _Line, text: str, published: date, lex: Lexicon, in_list: bool
) -> Event | None:
    """``Kocaspor-Denizspor: 16 Ocak Cuma, saat 20.00``: a label, a colon and the label's day
    (a day, a window of days, with or without a clock time). A label without an event word is
    taken only inside a list of such lines (``in_list``)."""
    m = compile_late(lex.forms["label_item"]).match(text[line.start : line.end])
    if m is None or not line.timexes:
        return None
    colon = line.start + m.end("label") + 1
    after = [t for t in line.timexes if t.start >= colon]
    if len(after) != len(line.timexes) or text[colon : after[0].start].strip():
        return None
    label = m["label"].strip()
    words = [w for w in label.split() if fold(w) not in lex.phrases("schedule_label_tail")]
    label = " ".join(words)
    if not _plain_item(label, lex):
        return None
    kind, _, _ = _kind(label, lex)
    if kind == SCHEDULE_TYPE and not in_list:
        return None
    spans = [s for t in after if (s := _day(t)) is not None or (s := timex_span(t)) is not None]
    if not spans or any(s.granularity not in ("day", "time") for s in spans):
        return None
    slot = combine(after, text, lex.phrases("link"))
    if slot is None or slot.granularity != "day" or slot.days:
        return None
    return _grounded(_event(text, line, label, slot, published, lex), _masked(line, text), lex)


def _masked(line: _Line, text: str) -> str:
    """The line with its date expressions blanked out (offsets kept)."""
    # Pieces joined once (not letter by letter, nor the line copied again for each date: a
    # long line of many dates would cost its length times their number).
    pieces, done = [], line.start  # the line is written out up to ``done``
    for start, end in sorted((t.start, t.end) for t in line.timexes):
        a, b = max(start, done), min(end, line.end)
        if a < b:
            pieces += [text[done:a], " " * (b - a)]
            done = b
    pieces.append(text[done : line.end])
    return "".join(pieces)


def _fixture_line(
    line: _Line, text: str, heading: date | None, published: date, lex: Lexicon
) -> Event | None:
    """``Kocaspor-Denizspor 16 Ocak Cuma 20.00``, ``Dağspor-Ovaspor: 14.30`` under a day
    heading: a fixture with a kick-off time, on the line's own day or the heading's."""
    masked = _masked(line, text)
    m = compile_late(rf"\s*{lex.forms['fixture']}").match(masked)
    if m is None or len(masked.split()) > MAX_ITEM_WORDS:
        return None
    if (found := _trigger_in(m.group(0), lex)) and found[0] != "match":
        return None  # "Kuzey-Güney Forumu": a named event, not two teams
    rest = _item_venue(masked, lex)[0][m.end("away") :]  # the ground lies after the teams
    if compile_late(lex.forms["figure"]).search(compile_late(lex.forms["clock"]).sub(" ", rest)):
        return None
    words = re.findall(r"[^\W\d]+", fold(rest))
    if any(w not in lex.phrases("fixture_word") for w in words):
        return None  # a sentence about a body named with a hyphen, not a fixture line
    slot = combine(line.timexes, text, lex.phrases("link")) if line.timexes else None
    if slot is not None and (slot.granularity != "day" or slot.days or slot.end):
        return None
    clock = slot.time if slot else None
    if clock is None and (found := compile_late(lex.forms["clock"]).search(rest)):
        clock = f"{int(found['hour']):02d}:{found['minute']}"
    day = slot.first if slot else heading
    if day is None or (clock is None and slot is None):
        return None
    title = f"{m['home']}-{m['away']}"
    until = slot.end_time if slot else None
    slot = slot_from_days(day, day, "day", clock, (), until)
    return _grounded(_event(text, line, title, slot, published, lex), masked, lex)


def _is_label_line(line: _Line, text: str, lex: Lexicon) -> bool:
    m = compile_late(lex.forms["label_item"]).match(text[line.start : line.end])
    return bool(m and line.timexes and line.timexes[0].start > line.start + m.end("label"))


def schedule_events(
    text: str,
    body: tuple[tuple[int, int], ...],
    dated: list[Timex],
    published: date,
    lex: Lexicon,
    found: list[Event],
) -> list[Event]:
    """The items of schedules written one per line: clock lines under a day heading
    (``22 Nisan Çarşamba`` / ``10.00 Forum açılışı``) and label lines (``Sınav: 7 Haziran``,
    ``Kocaspor-Denizspor: 16 Ocak Cuma, saat 20.00``). A line that already gave an event on
    the same day (``found``) gives no second one. ``dated`` is in text order."""
    lines = _lines(text, body, dated)
    labels = [_is_label_line(line, text, lex) for line in lines]
    clocks = [
        bool(compile_late(lex.forms["clock_item"]).match(text[ln.start : ln.end])) for ln in lines
    ]
    out: list[Event] = []
    heading: date | None = None
    where: Place | None = None  # the place of the day heading's items
    owner: str | None = None  # the name the label lines below belong to ("ALES")
    topic: str | None = None  # what the label lines below are ("Destek Ödemesi")
    for i, line in enumerate(lines):
        headed = _heading(line, text, lex)
        if headed is not None:
            heading, where = headed
            continue
        in_list = labels[i] and (
            (i > 0 and labels[i - 1]) or (i + 1 < len(labels) and labels[i + 1])
        )
        listed = clocks[i] and (
            (i > 0 and clocks[i - 1]) or (i + 1 < len(clocks) and clocks[i + 1])
        )
        own = (
            _clock_day(line, text) if heading is None and listed else None
        )  # an agenda of clock lines
        if (name := _owner(line, text)) is not None:
            owner = name
            continue
        if (kind := _list_topic(line, text, lex)) is not None:
            topic = kind
            continue
        labelled = _label_item(line, text, published, lex, in_list)
        if labelled is not None:
            labelled = _owned(labelled, owner, text[line.start : line.end].split(":")[0], lex)
            labelled = _topical(labelled, topic)
        event = (
            _placed(_clock_item(line, text, heading or own, published, lex), where)
            or labelled
            or _placed(_fixture_line(line, text, heading, published, lex), where)
        )
        if event is None:
            raw = text[line.start : line.end]
            if not compile_late(lex.forms["clock_item"]).match(raw) and not compile_late(
                rf"\s*{lex.forms['fixture']}"
            ).match(raw):
                heading, where, owner, topic = None, None, None, None  # prose ends the schedule
            continue
        if any(_told(e, event) for e in found + out):
            continue
        out.append(event)
    return out


def _told(old: Event, new: Event) -> bool:
    overlap = old.quote_start < new.quote_end and new.quote_start < old.quote_end
    return overlap and old.date == new.date


# ---------------------------------------------------------------------------------------------
# Application windows


def join_windows(events: list[Event]) -> list[Event]:
    """An application window told as a first day and a later deadline (``başvurular 9 Şubat'ta
    başladı … son başvuru günü 11 Mart``) is one event from the first day to the last; a
    deadline that is the last day of a window is no event of its own."""
    windows = [e for e in events if e.type == "application" and e.granularity == "day"]
    dropped: set[int] = set()
    for deadline in events:
        if deadline.type != "deadline" or deadline.granularity != "day" or deadline.end:
            continue
        last = date.fromisoformat(deadline.date)
        if any(w.end == deadline.date for w in windows):
            dropped.add(id(deadline))
            continue
        opened = [
            w
            for w in windows
            if not w.end
            and w.quote_start < deadline.quote_start
            and 0 < (last - date.fromisoformat(w.date)).days <= MAX_WINDOW_DAYS
        ]
        if not opened:
            continue
        window = opened[-1]
        window.end = deadline.date
        window.key = identity_key(window)
        dropped.add(id(deadline))
    return [e for e in events if id(e) not in dropped]
