"""Confidence: how well the text supports an event, from 0.0 to 1.0, with the reasons.

Every event gets short reason codes from what the extractor saw, and a score that adds up
their weights (:data:`WEIGHTS`) from :data:`BASE`, clipped to 0–1:

* its title: ``named`` (the event's own name; ``generic-name`` when that name is only a body
  every organisation has, ``Yönetim Kurulu``, and says not whose, or when a noun phrase of the
  sentence holds common nouns only, ``Faiz toplantısı``, and is no election, holiday, exam,
  release or national body's event, ``Kabine toplantısı``; ``article-owner``, weightless, when
  the article gave such a title its owner, :mod:`.owners`), ``part-of`` (an application
  or deadline titled by the exam it belongs to, an opening or a ceremony by the event named
  before it: ``31. Yaz Olimpiyat Oyunları'nın açılışı``), ``topic`` (the name the article gives
  the same happening elsewhere; ``topic-name`` when that name is a proper name of the event's
  own kind: ``festival`` titled ``Ege Müzik Festivali``), ``participants`` (two or more named
  participants, or a visitor and a destination), ``actor`` (the institution whose act it
  is: ``TCMB faiz kararı`` from ``Merkez Bankası faizi indirdi``; the one person who holds a
  press conference: ``Şimşek'in basın toplantısı``), ``phrase`` (a noun phrase of the
  sentence: ``geç başvuru günü``),
  ``agenda`` (a timed item of an agenda list; ``group-label`` when that item, with no event
  word, names who it concerns: ``Son hanesi 4 olanlar``), ``country-vote`` (an election or
  referendum titled by the country that holds it: ``Kazakistan referandumu``), ``kind`` (a
  calendar item named by its kind alone, such as a school term or break: ``Yarıyıl tatili``),
  else a weak title: ``person-title`` (one person + noun: ``Kaya'nın töreni``), ``place-title``
  (a place + noun: ``İzmir görüşmesi``), ``publisher-title`` (``TÜİK verisi``); a meeting
  or match titled by one side alone (``Trump görüşmesi``, ``Bakan görüşmesi``,
  ``Fenerbahçe'nin maçı``) counts as ``person-title``; ``short-title``
  for a one-word title (``ABC``; not a holiday); ``title-flaw`` when a word of it ends in a
  doubled suffix (``anlaşmanının``; the endings are language data: ``doubled_ending`` in
  ``event_words.tsv``);
* its date: ``date-attached`` (a date of its own clause, right before or after it),
  ``date-clause`` (a date of its sentence given to it across other words), ``date-inferred``
  (no date of its own: the publication day of the main happening, or a frame's day), with
  ``span-inferred`` when the event is of a kind that lasts days (a congress, a fair), and
  ``span-one-day`` when it is of a kind held in one day (a match) but given several: the
  span is a round's or a tournament's, or belongs to something else of the sentence;
* ``holiday-day``: a holiday titled by its name and dated on its own day by the language's
  holiday data (``Yılbaşı`` on 1 January): the text's date and the calendar agree;
  ``holiday-off-day`` when that data knows the holiday's days in the year and none of them is
  the event's: the date is another happening's (``Kurban Bayramı'nda
  köprüler … ücretsiz olacak``);
* ``year-guessed-back`` (no date of its own states the year and the year taken is before the
  publication's), ``other-dates`` (the sentence has dates of other things too: the date may
  be theirs), ``several-dates`` (a day of its own dates lies outside its slot), ``time``
  (a clock time), ``status-verb`` (the status comes from its own verb) or ``status-day`` (only
  from the day against the publication date), ``status-change`` (postponed or cancelled: the
  cues of a change lie farther from the event than a plain status), ``change-ahead`` (a
  cancelled slot of its own after the publication day: the day of the event,
  not of the announcement, as in ``15 Mart'taki konser iptal edildi``), ``place-known`` (a place
  of the gazetteer), ``sources-N`` (reported by N documents, see :func:`merged`).

The weights were chosen on the audits of ``bench/results/audit-2026-12-02.md`` and
``audit-2026-12-03.md``; the threshold of the feeds is
:func:`timeline.config.feed_min_confidence`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import timedelta
from typing import Protocol

from ..model import Event
from ..text import fold
from .lexicon import Lexicon
from .titles import HELD_BY_ONE

BASE = 0.45
WEIGHTS = {
    "named": 0.25,
    "part-of": 0.3,
    "topic": 0.05,
    "topic-name": 0.15,
    "short-title": -0.5,
    "participants": 0.25,
    "actor": 0.1,
    "phrase": 0.1,
    "country-vote": 0.1,
    "agenda": 0.35,
    "group-label": -0.1,
    "generic-name": -0.15,
    "article-owner": 0.0,
    "kind": 0.25,
    "person-title": -0.15,
    "place-title": -0.2,
    "publisher-title": -0.2,
    "no-title": -0.3,
    "title-flaw": -0.5,
    "date-attached": 0.15,
    "holiday-day": 0.15,
    "holiday-off-day": -0.45,
    "date-clause": 0.0,
    "date-inferred": -0.15,
    "span-inferred": -0.1,
    "span-one-day": -0.4,
    "year-guessed-back": -0.45,
    "other-dates": -0.05,
    "time": 0.05,
    "status-verb": 0.05,
    "status-day": -0.05,
    "place-known": 0.0,
    "several-dates": -0.45,
    "status-change": -0.35,
    "ceremony-of-opening": -0.3,
    "organisers-meeting": -0.45,
    "stale-release-day": -0.45,
    "contradicted-relative-day": -0.45,
    "change-ahead": 0.25,
}
SPANNING = ("conference", "festival", "fair", "exhibition", "forum")  # kinds lasting days
ONE_DAY = ("match",)  # kinds held within one day
PLAIN = ("planned", "held")  # statuses of a happening on its slot (not moved, not called off)
LABEL_TYPE = "programme"  # a schedule item with no event word (schedules.SCHEDULE_TYPE)
RELEASES = ("release",)  # kinds published on working days
SATURDAY = 5  # date.weekday() of Saturday; Sunday is 6
MEETING_KINDS = ("meeting", "talks", "press", "summit", "conference", "forum")
CEREMONIES = ("ceremony",)  # kinds titled by a kind of their own ("ödül töreni")
TWO_SIDED = ("meeting", "talks")  # event types held between two sides or more
VOTES = ("election", "referendum")  # event types a country holds as a whole
NATIONWIDE = (*VOTES, "holiday", "exam", "release")  # kinds a country holds or publishes
SOURCE_BONUS = 0.1  # per document after the first
MAX_SOURCE_BONUS = 0.2
ATTACHED_DISTANCE = 40  # characters between a date and its trigger that count as attached
CLAUSE_BREAKS = ',;:.\n"“”«»'  # punctuation and quotation marks between a date and its trigger
YEAR = re.compile(r"\d{4}")
COMMON_BASE = 3  # fewest letters of a title's first word left after its genitive ending


class _Trigger(Protocol):
    name: str | None
    opening: int
    start: int
    end: int


def title_reason(
    named: bool,
    topic: bool,
    trigger_type: str,
    people: int,
    orgs: int,
    place: bool,
    phrase: bool,
    country: bool = False,
) -> str:
    """The reason code of an event's title, from what :func:`.titles.phrase_title` used;
    ``country`` when its place is a country (``Kazakistan referandumu``: the country holds
    the vote, a title a newsroom writes, unlike ``İstanbul görüşmesi``).

    >>> title_reason(False, False, "meeting", 2, 0, False, False)
    'participants'
    >>> title_reason(False, False, "meeting", 0, 0, True, False)
    'place-title'
    >>> title_reason(False, False, "referendum", 0, 0, True, False, country=True)
    'country-vote'
    """
    if named:
        return "named"
    if topic:
        return "part-of" if trigger_type in ("application", "deadline") else "topic"
    if trigger_type == "visit":
        return "participants" if people and place else ("person-title" if people else "place-title")
    if trigger_type in ("meeting", "talks", "match") and people >= 2:
        return "participants"
    if trigger_type in ("meeting", "talks") and orgs >= 3:
        return "participants"
    if phrase:
        return "phrase"
    if people == 1 and trigger_type in HELD_BY_ONE:
        return "actor"  # "Şimşek'in basın toplantısı": who holds it says which
    if people >= 2 and trigger_type in HELD_BY_ONE:
        return "participants"  # "Fidan ile Lammy'nin basın toplantısı"
    if place and country and trigger_type in VOTES:
        return "country-vote"
    if place:
        return "place-title"
    if people:
        return "person-title"
    if orgs:
        return "publisher-title"
    return "no-title"


def date_reason(timexes: Iterable, trigger: _Trigger, text: str) -> str:
    """``date-attached`` when one of the trigger's own dates touches it in its clause (no comma
    or sentence end between), ``date-clause`` for a date of its sentence further away,
    ``date-inferred`` when it has none of its own."""
    own = list(timexes)
    if not own:
        return "date-inferred"
    for t in own:
        a, b = (t.end, trigger.opening) if t.end <= trigger.opening else (trigger.end, t.start)
        gap = text[a:b] if a <= b else ""
        if b - a <= ATTACHED_DISTANCE and not any(c in gap for c in CLAUSE_BREAKS):
            return "date-attached"
    return "date-clause"


def year_reason(timexes: Iterable, year: int, published_year: int) -> list[str]:
    """``["year-guessed-back"]`` when no own date states its year and the year taken is before
    the publication's (a day-month resolved into the past: often the coming one was meant).

    >>> year_reason([], 2021, 2022)
    ['year-guessed-back']
    """
    if year >= published_year or any(YEAR.search(t.text) for t in timexes):
        return []
    return ["year-guessed-back"]


def outside_reason(
    timexes: Iterable, slot, replaces: tuple[str, str | None] | None = None
) -> list[str]:
    """``["several-dates"]`` when a day the event's own dates name lies outside its slot
    (``Salı günü açıkladı: "Perşembe görüşeceğiz"``: one of the days is not the event's); the
    slot a new one ``replaces`` is no other day (``14 Mart'taki konser 21 Mart'a ertelendi``)."""
    if slot.granularity != "day" or slot.first is None:
        return []
    for t in timexes:
        if t.type == "DATE" and t.granularity == "day" and t.first is not None:
            if slot.time == "00:00" and t.first == slot.first - timedelta(days=1):
                continue  # "13 Mart'ta saat 24.00'te": the day whose end is the slot's start
            if replaces and t.first.isoformat() == replaces[0]:
                continue  # the original slot of a postponed event
            if not slot.first <= t.first <= slot.last:
                return ["several-dates"]
    return []


def title_flawed(title: str, lex: Lexicon) -> bool:
    """Whether a word of the title ends in a doubled suffix (``anlaşmanının``)."""
    from .titles import doubled

    return any(doubled(w, lex) for w in title.split())


def rate(event: Event, lex: Lexicon) -> Event:
    """Add the event's own reasons (time, place, title flaws) and compute its confidence."""
    reasons = list(event.confidence_reasons)
    if event.time and "time" not in reasons:
        reasons.append("time")
    if event.location and "place-known" not in reasons:
        reasons.append("place-known")
    if event.title and title_flawed(event.title, lex) and "title-flaw" not in reasons:
        reasons.append("title-flaw")
    one_word = len(re.split(r"[\s\-–]+", event.title.strip())) == 1  # "Dağspor-Ovaspor": two
    if one_word and event.type != "holiday" and "short-title" not in reasons:
        reasons.append("short-title")
    if "date-inferred" in reasons and event.type in SPANNING and "span-inferred" not in reasons:
        # A congress or a fair runs for days: the publication day alone is a guess.
        reasons.append("span-inferred")
    if event.type in ONE_DAY and event.end and "span-one-day" not in reasons:
        reasons.append("span-one-day")  # "maçı 12-14 Mayıs'ta": a round's days, not the match's
    if "topic" in reasons and _kind_name(event.title, event.type, lex):
        # "festival" titled "Ege Müzik Festivali": a proper name of its own kind.
        reasons = ["topic-name" if r == "topic" else r for r in reasons]
    if owner_less(event, lex):
        reasons = ["generic-name" if r in ("named", "phrase") else r for r in reasons]
    if event.type in (*TWO_SIDED, "match") and _one_side(event, lex):
        # "Trump görüşmesi": a meeting named by one side alone says not who meets whom.
        reasons = ["person-title" if r in ("named", "phrase") else r for r in reasons]
    if event.type == LABEL_TYPE and _names_people(event.title, lex):
        # "Son hanesi 4 olanlar: 13 Mart": a schedule line naming who, not what happens.
        reasons = ["group-label" if r == "agenda" else r for r in reasons]
    if _on_its_day(event, lex) and "holiday-day" not in reasons:
        reasons.append("holiday-day")  # "Yılbaşı" on 1 January: the calendar agrees
    if _off_its_day(event, lex) and "holiday-off-day" not in reasons:
        reasons.append("holiday-off-day")  # its name frames another happening's day
    if _stale_release_day(event, lex) and "stale-release-day" not in reasons:
        reasons.append("stale-release-day")  # "önceki gün açıklanan veriler" on a Saturday
    if _organisers_met_for(event, lex) and "organisers-meeting" not in reasons:
        reasons.append("organisers-meeting")  # the date is their meeting's, not the event's
    if event.status in ("postponed", "cancelled") and "status-change" not in reasons:
        reasons.append("status-change")
    event.confidence_reasons = reasons
    event.confidence = score(reasons)
    return event


def _kind_name(title: str, kind: str, lex: Lexicon) -> bool:
    """Whether a title is a proper name whose head is a noun of the event's own kind: two
    words or more, the last capitalised and opening with the head noun of a trigger of that
    kind (``Ege Müzik Festivali`` for a festival; ``Türkiye-Suriye zirvesi`` is a topic told
    in common nouns, ``Tatil Kanunu`` no holiday's name).

    >>> lex = lexicon_tr()
    >>> _kind_name("Ege Müzik Festivali", "festival", lex)
    True
    >>> _kind_name("Ege Müzik Festivali", "holiday", lex), _kind_name("Ege zirvesi", "summit", lex)
    (False, False)
    """
    words = title.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    head = fold(words[-1])
    return any(
        t.type == kind and t.form == "noun" and t.lemma and head.startswith(fold(t.lemma))
        for t in lex.triggers.values()
    )


def owner_less(event: Event, lex: Lexicon) -> bool:
    """Whether an event's own title says not whose it is (``generic-name``): a body every
    company has (``Yönetim Kurulu toplantısı``), a kind of ceremony alone (``Ödül töreni``),
    or a noun phrase of common nouns that no country holds as a whole (``Faiz toplantısı``,
    ``İşçilerin grevi``)."""
    reasons = event.confidence_reasons
    if ("named" in reasons or "phrase" in reasons) and (
        _generic_body(event.title, lex)
        or _kind_alone(event.title, event.type)
        or _ordinal_alone(event.title)
    ):
        return True
    return (
        "phrase" in reasons
        and _common_nouns_only(event.title, event.quote, lex)
        and not _nationwide(event.title, event.type, lex)
    )


def _on_its_day(event: Event, lex: Lexicon) -> bool:
    """Whether a holiday titled by its name (``holidays.tsv``) is dated on its own day: its
    fixed day (``Yılbaşı`` on 1 January), or the first to the last day of an occurrence of a
    movable feast (``holiday_dates.tsv``)."""
    if event.type != "holiday" or event.granularity != "day" or event.status not in PLAIN:
        return False
    holiday = lex.holiday(event.title)
    if holiday is None:
        return False
    first, last = event.range()
    if holiday.day is not None:
        return first == last and first.strftime("%m-%d") == holiday.day
    return (first, last) in holiday.dates


def _off_its_day(event: Event, lex: Lexicon) -> bool:
    """Whether a holiday titled by its name is dated on days the holiday data says are not its
    own: no day of the event is its fixed day, or, for a movable feast whose days the data
    gives in that year, none lies from its first to its last day (its eve is titled as the
    eve)."""
    if event.type != "holiday" or event.granularity != "day":
        return False
    holiday = lex.holiday(event.title)
    if holiday is None:
        return False
    first, last = event.range()
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    if holiday.day is not None:
        return all(d.strftime("%m-%d") != holiday.day for d in days)
    known = [(a, b) for a, b in holiday.dates if a.year == first.year]
    return bool(known) and not any(a <= d <= b for a, b in known for d in days)


def _stale_release_day(event: Event, lex: Lexicon) -> bool:
    """Whether a one-day data release is dated on a Saturday or Sunday by a word counting back
    from the day the text was written (``recalled_day``: ``dün``, ``önceki gün``): agencies
    publish on working days, so the count is a reused text's (a weekly summary republished on
    Monday), not the publication's."""
    if event.type not in RELEASES or event.granularity != "day" or event.end:
        return False
    if event.range()[0].weekday() < SATURDAY:
        return False
    quote = f" {fold(event.quote or '')} "
    return any(f" {w} " in quote for w in lex.phrases("recalled_day"))


def _organisers_met_for(event: Event, lex: Lexicon) -> bool:
    """Whether the event is named as what an organising body met for (``X Festivali için
    bugün toplanan festival komitesi``, ``X için düzenleme kurulu toplandı``): the sentence's
    date is the organisers' meeting's, not the event's. Meetings themselves are not judged."""
    quote, title = fold(event.quote or ""), fold(event.title or "")
    at = quote.find(title) if title and event.type not in MEETING_KINDS else -1
    after = quote[at + len(title) :].split() if at >= 0 else []
    if not after or after[0] not in lex.phrases("purpose_after"):
        return False
    meets = any(w.startswith(tuple(lex.phrases("organisers_meeting"))) for w in after[1:])
    body = any(w.startswith(tuple(lex.phrases("organising_body"))) for w in after[1:])
    return meets and body


def generic_title(title: str, lex: Lexicon) -> bool:
    """Whether a title names only a generic body or owner (:func:`_generic_body`): it says
    not which, and another event of the story may name it (``Seçimin sonuçları``)."""
    return _generic_body(title, lex)


def _generic_body(title: str, lex: Lexicon) -> bool:
    """Whether a title names only a body every organisation has (``generic_body`` in
    ``event_words.tsv``: ``Yönetim Kurulu toplantısı``, ``Genel Kurul``), with no owner, or
    an event owned only by what every event of its kind has (``generic_owner``: ``Davanın
    duruşması`` says not which case)."""
    words = fold(title).split()
    if len(words) == 2 and words[0] in lex.phrases("generic_owner"):
        return True
    if words and words[-1] in lex.possessed_nouns:
        words = words[:-1]
    return " ".join(words) in lex.phrases("generic_body")


def _kind_alone(title: str, kind: str) -> bool:
    """Whether a ceremony is titled by its kind alone: no word after the first is a name or
    carries an apostrophe (``Ödül töreni``, ``Açılış töreni``; ``Yeni Köprü'nün açılış
    töreni`` and ``Altın Kalem Ödülleri töreni`` say what is opened or awarded).

    >>> _kind_alone("Ödül töreni", "ceremony"), _kind_alone("Altın Ödülleri töreni", "ceremony")
    (True, False)
    """
    words = title.split()
    if kind not in CEREMONIES or len(words) < 2 or "'" in title:
        return False
    return all(w[:1].islower() for w in words[1:])


def _ordinal_alone(title: str) -> bool:
    """Whether a title is an ordinal and its kind alone (``9. Zirve``, ``4. Kongresi``): the
    number of a series whose name the title lost, which says not whose event it is.

    >>> _ordinal_alone("9. Zirve"), _ordinal_alone("ŞİÖ 9. Zirvesi")
    (True, False)
    """
    words = title.split()
    return len(words) == 2 and re.fullmatch(r"\d{1,3}\.", words[0]) is not None


def _common_nouns_only(title: str, quote: str, lex: Lexicon) -> bool:
    """Whether a title made of a noun phrase of its sentence holds common nouns only: every
    word after the first is lower-case, none carries an apostrophe or a digit, and the first
    owes its capital to the title or to the sentence's start alone: it is written lower-case in
    the sentence (its first letters begin a lower-case word there: ``Faiz toplantısı`` from
    ``faiz toplantısında``), or it ends in a genitive a name would take after an apostrophe
    (``common_genitive``: ``İşçilerin grevi`` opening a sentence). ``SpaceX roketinin
    fırlatılması`` names whose rocket.

    >>> lex = lexicon_tr()
    >>> _common_nouns_only("Faiz toplantısı", "Kurul faiz toplantısını yapacak.", lex)
    True
    >>> _common_nouns_only("Tesla fabrikasının açılışı", "Tesla fabrikasını açacak.", lex)
    False
    >>> _common_nouns_only("Konutların açılışı", "Konutların açılışı yapılacak.", lex)
    True
    >>> _common_nouns_only("Kazan zirvesi", "Kazan zirvesinde kazanan belli olacak.", lex)
    False
    """
    words = title.split()
    if len(words) < 2 or "'" in title or any(c.isdigit() for c in title):
        return False
    if not all(w[:1].islower() for w in words[1:]):
        return False
    first = fold(words[0])
    ending = next((e for e in lex.phrases("common_genitive") if first.endswith(e)), "")
    base = first[: len(first) - len(ending)] if len(first) - len(ending) >= COMMON_BASE else first
    if lex.place(base) or lex.organisation(base):
        return False  # "Kazan zirvesi", "Fed toplantısı": a name, whatever else is written
    if ending and base != first:
        return True
    return any(w[:1].islower() and fold(w).startswith(base) for w in re.findall(r"\w+", quote))


def _nationwide(title: str, kind: str, lex: Lexicon) -> bool:
    """Whether an event named by common nouns is one a country holds as a whole, so that its
    name says whose it is: an election, a holiday or a national exam (``Yerel seçimler``,
    ``Bursluluk sınavı``), a part of an election (``Seçimin ikinci turu``), or an event of a
    body a country has once (``national_body``: ``Kabine toplantısı``).

    >>> lex = lexicon_tr()
    >>> _nationwide("Kabine toplantısı", "meeting", lex)
    True
    >>> _nationwide("Faiz toplantısı", "meeting", lex)
    False
    """
    if kind in NATIONWIDE:
        return True
    folded = fold(title)
    owners = {fold(t.stem) for t in lex.triggers.values() if t.type in VOTES}
    owners |= lex.phrases("national_body")
    return any(folded.startswith(o) for o in owners)


def _one_side(event: Event, lex: Lexicon) -> bool:
    """Whether a meeting or a match with fewer than two known participants is titled by one
    side alone: a team's genitive (``Fenerbahçe'nin maçı``), a person's title (``Bakan
    görüşmesi``), or, read as a name, one name that is neither a
    place nor an organisation (``Trump görüşmesi``, also read from the subject of the verb:
    ``Putin ile Erdoğan, … görüşecek`` -> ``Erdoğan görüşmesi``; ``NATO zirvesi``, ``Cenevre
    görüşmeleri`` stay names)."""
    reasons = event.confidence_reasons
    words = event.title.split()
    if len(words) != 2 or len(event.participants) >= 2:
        return False
    side = words[0]
    if event.type == "match":
        return "'" in side  # "Fenerbahçe'nin maçı": whom it plays is not said
    if fold(side) in lex.titles:
        return "named" in reasons or "phrase" in reasons
    plain = side[:1].isupper() and not side.isupper() and side.isalpha()
    known = lex.place(side) or lex.organisation(side)
    if "phrase" in reasons and plain and not known:
        # "Putin ile Erdoğan, … görüşecek" read as "Erdoğan görüşmesi": a name set off from
        # its partner; a body a country has once ("Kabine toplantısı") names itself.
        lowered = re.search(rf"(?<!\w){re.escape(side.lower())}", event.quote)
        return not lowered and not _nationwide(event.title, event.type, lex)
    return "named" in reasons and plain and not known


def lexicon_tr() -> Lexicon:
    """The Turkish lexicon (for the examples above)."""
    from .lexicon import lexicon

    return lexicon("tr")


def _names_people(title: str, lex: Lexicon) -> bool:
    """Whether a title ends in a plural participle (``… olanlar``, ``… doğanlar``): it names
    a group of people (``group_ending`` in ``event_words.tsv``), not a happening."""
    words = title.split()
    return bool(words) and fold(words[-1]).endswith(tuple(lex.phrases("group_ending")))


def score(reasons: Iterable[str]) -> float:
    """The confidence of a set of reason codes.

    >>> score(["named", "date-attached", "status-verb"])
    0.9
    >>> score(["place-title", "date-inferred"])
    0.1
    """
    total = BASE
    for code in reasons:
        if code.startswith("sources-"):
            extra = int(code.removeprefix("sources-")) - 1
            total += min(MAX_SOURCE_BONUS, SOURCE_BONUS * extra)
        else:
            total += WEIGHTS.get(code, 0.0)
    return round(min(1.0, max(0.0, total)), 2)


def merged(events: list[Event], documents: int) -> tuple[float, list[str]]:
    """The confidence of a happening from its mentions: the best-supported mention's reasons,
    plus ``sources-N`` when N > 1 documents report it (new sources only raise it)."""
    best = max(events, key=lambda e: e.confidence)
    reasons = [r for r in best.confidence_reasons if not r.startswith("sources-")]
    if documents > 1:
        reasons.append(f"sources-{documents}")
    return max(score(reasons), best.confidence), reasons


# The codes that tell the same thing, weakest last within a kind; one of each kind is kept.
KINDS = (
    (
        "named",
        "generic-name",
        "agenda",
        "part-of",
        "group-label",
        "kind",
        "topic-name",
        "topic",
        "participants",
        "actor",
        "phrase",
        "country-vote",
        "person-title",
        "place-title",
        "publisher-title",
        "no-title",
    ),
    ("date-attached", "date-clause", "date-inferred"),
    ("status-verb", "status-day"),
)


def stronger(a: list[str], b: list[str], keep_title: bool = False) -> list[str]:
    """The reasons of two mentions of one happening in one document: of each kind the stronger
    code (the title's from ``a`` alone when ``keep_title``: its title stays), the other codes of
    both.

    >>> stronger(["place-title", "date-attached"], ["named", "date-inferred"])
    ['named', 'date-attached']
    >>> stronger(["place-title"], ["named"], keep_title=True)
    ['place-title']
    """
    out = []
    for n, kind in enumerate(KINDS):
        pool = a if keep_title and n == 0 else [*a, *b]
        present = [c for c in kind if c in pool]
        if present:
            out.append(present[0])
    for code in (*a, *b):
        if not any(code in kind for kind in KINDS) and code not in out:
            out.append(code)
    return out


def retitled(reasons: list[str], lender: list[str]) -> list[str]:
    """The reasons of a mention that took the title of another: the lender's title code.

    >>> retitled(["no-title", "date-attached"], ["named", "date-clause"])
    ['named', 'date-attached']
    """
    title = next((c for c in lender if c in KINDS[0]), "no-title")
    return [title, *(c for c in reasons if c not in KINDS[0])]
