"""Which extracted events are worth a place on the timeline page at all (issue 13, audit 6).

The page shows every event, in the feed or not, so a mention that is no happening of the
article's story must not reach it, however low its confidence:

- **a vague mention with no title of its own**: a happening dated only by a month or a year
  whose title is a bare kind (``Komisyon toplantısı``) or a place and a kind (``Pekin
  toplantısı``) says neither which happening nor when: nothing a reader could place (a
  summit is the exception: the news names one by its city, ``Moskova zirvesi``);
- **a holiday borrowed onto another day**: a sentence that dates a day but names no
  happening, titled by the holiday the article is about (its topic) while that holiday's own
  days are others (``holiday-off-day``: the eve of New Year titled as New Year), tells the
  day of something else. A holiday the sentence names itself on another day keeps its place
  (the text may move a celebration); it only leaves the feed;
- **a document or a working day**: a title that ends in a document's noun (``document_head``:
  a law or a regulation the article reads about) or a holiday whose name ends in the words of
  an ordinary working day (``working_day``) names no happening.

The words are in ``timeline/lang/tr/event_words.tsv``; the other tests are on dates and on
the reason codes of :mod:`.confidence`.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Event
from ..text import fold, strip_suffix
from .lexicon import Lexicon

# Titles that are no name: a bare kind, or a place and a kind (see confidence.title_reason).
UNTITLED = frozenset({"generic-name", "place-title"})
# Kinds a city names in the news (``Moskova zirvesi``): their place and kind are a name.
NAMED_BY_PLACE = frozenset({"summit"})
# A title taken from the article's topic, not from the sentence (confidence.title_reason).
TOPIC_TITLES = frozenset({"topic", "topic-name"})


def vague_untitled(event: Event) -> bool:
    """Whether the event has neither a day nor a title of its own.

    >>> vague_untitled(Event("2025-12", "month", "", "meeting", "planned", "",
    ...                      confidence_reasons=["generic-name"]))
    True
    >>> vague_untitled(Event("2025-12-04", "day", "", "meeting", "planned", "",
    ...                      confidence_reasons=["generic-name"]))
    False
    """
    reasons = set(event.confidence_reasons)
    if event.type in NAMED_BY_PLACE:
        reasons.discard("place-title")
    return event.granularity != "day" and bool(UNTITLED & reasons)


def borrowed_holiday(event: Event) -> bool:
    """Whether the event is the article's holiday lent to a day that is not the holiday's.

    >>> borrowed_holiday(Event("2026-12-31", "day", "Yılbaşı", "holiday", "planned", "",
    ...                        confidence_reasons=["topic", "holiday-off-day"]))
    True
    >>> borrowed_holiday(Event("2026-12-31", "day", "Yılbaşı", "holiday", "planned", "",
    ...                        confidence_reasons=["named", "holiday-off-day"]))
    False
    """
    reasons = set(event.confidence_reasons)
    return "holiday-off-day" in reasons and bool(TOPIC_TITLES & reasons)


def names_no_happening(event: Event, lex: Lexicon) -> bool:
    """Whether the title names a document (``… Kanunu``) or a holiday names a working day."""
    words = [fold(strip_suffix(w)) for w in event.title.split()]
    if words and words[-1] in lex.phrases("document_head"):
        return True
    return event.type == "holiday" and " ".join(words[-2:]) in lex.phrases("working_day")


def worth_showing(events: Iterable[Event], lex: Lexicon) -> list[Event]:
    """The rated ``events`` of an article that belong on its timeline: none vague and
    untitled, no borrowed holiday, none that names a document or a working day. History the
    article recalls stays (off the calendar): a timeline reader wants the first edition of a
    summit three years before."""
    return [
        e
        for e in events
        if not vague_untitled(e) and not borrowed_holiday(e) and not names_no_happening(e, lex)
    ]
