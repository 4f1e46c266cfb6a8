"""Readings of calendar classes of unseen news (issue 13, points 1, 2, 4 and 5).

* ``trigger_senses``: ``YKS sonuçları … açıklanacak`` — results are an event only as the
  results of an exam, a draw or a competition (a ``result_owner`` word or an ``exam_name``
  right before them); a survey's or a company's results are none;
* ``story_owners``: ``Bursluluk sınavı başvuruları 2 Mart'ta başlayacak. Son gün 15 Mart
  olacak.`` — an untitled application window, last day, exam or results take the application
  or exam told just before them (``Bursluluk sınavı başvurularının son günü``);
* ``starts_then``: ``bugün itibarıyla … hesaplara aktarılmaya başladı`` — a start bound
  dates what a start verb a few words later starts;
* ``performer``: ``Sezen Aksu 14 Şubat'ta … konser verecek`` — the name that opens the
  sentence of a performance one gives titles it (``Sezen Aksu konseri``);
* ``same_day_future``: ``Kabine toplantısı bugün saat 14.00'te başlıyor`` published at 09.00
  — an event later on the publication day is planned, not held;
* ``eve_of_feast``: ``Arife günü olan 19 Mart'ta`` — an eve named alone, on the day before a
  feast's first day, is that feast's eve (``Ramazan Bayramı arifesi``);
* ``change_ahead``: ``15 Mart'taki konser iptal edildi`` — a called-off slot after the
  publication day is the event's own day, not the announcement's;
* ``launcher``: ``Togg, yeni modelinin lansmanını … yapacak`` — a launch of a lower-case
  possessor belongs to the name that opens the sentence (``Togg'un yeni modelinin lansmanı``);
* ``_account_owner``: ``ödemeler … çiftçilerin hesaplarına aktarılacak`` — the genitive before
  the accounts a payment goes to is their owner, not what is paid.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ..model import Document, Event, Timex
from ..text import fold
from .clauses import _is_genitive
from .confidence import generic_title, retitled
from .feast_times import feast_time_off_eve
from .lexicon import Lexicon
from .titles import genitive_of, lowered
from .tokens import Token
from .triggers import TriggerMatch

if TYPE_CHECKING:
    from .sentence import Candidate, SentenceView


def trigger_senses(
    triggers: list[TriggerMatch], view: SentenceView, text: str, lex: Lexicon
) -> list[TriggerMatch]:
    """The triggers without bare ``results`` whose owner is not an exam, a draw or a
    competition (a results trigger of several words, ``sınav sonuçları``, names its
    owner itself). A payment's trigger takes in the owner of its accounts."""
    for tm in triggers:
        _account_owner(tm, view, text, lex)
    return [
        tm
        for tm in triggers
        if tm.trigger.type != "results"
        or " " in tm.trigger.stem
        or _owner_before(tm, view.tokens, text, lex)
    ]


def _owner_before(tm: TriggerMatch, tokens: list[Token], text: str, lex: Lexicon) -> bool:
    """Whether the word right before the results names what they are of: none (the story
    before may tell it, see ``story_owners``), a ``result_owner``
    stem (``sınav``, ``çekilişinin``), or an ``exam_name`` there or before one capitalised
    word (``KPSS Lisans sonuçları``)."""
    before = [t for t in tokens if t.end <= tm.start][-2:]
    if not before or text[before[-1].end : tm.start].strip():
        return True  # "…, sonuçlar 5 Mayıs'ta açıklanacak": the story may tell whose
    last = before[-1]
    if last.folded.startswith(tuple(lex.phrases("result_owner"))):
        return True
    exams = lex.phrases("exam_name")
    if last.stem.isupper() and fold(last.stem) in exams:
        return True
    return len(before) == 2 and last.cap and fold(before[0].stem) in exams


def _account_owner(tm: TriggerMatch, view: SentenceView, text: str, lex: Lexicon) -> None:
    """``çiftçilerin hesaplarına aktarılacak``, ``ödemeleri, … belirlenen takvime göre hak
    sahibi çiftçilerin hesaplarına``: the genitive right before a payment's accounts and the
    words before it up to what is paid (a ``payment_noun``), a date or a comma become part of
    the trigger, so that what is paid is read before them; so does a start bound right before
    them (``bugün itibarıyla hesaplara aktarılmaya başladı``)."""
    if tm.trigger.type != "payment" or tm.trigger.form != "verb":
        return  # "Soylu Cam'ın temettü ödemesi": a noun keeps its own genitive owner
    before = [
        t
        for t in view.tokens
        if t.end <= tm.start and not any(x.start <= t.start < x.end for x in view.timexes)
    ]
    if before and before[-1].folded in lex.phrases("start_bound"):
        tm.start, tm.first = before[-1].start, before.pop()  # "bugün itibarıyla hesaplara"
    if not before or text[before[-1].end : tm.start].strip() or not _is_genitive(before[-1], lex):
        return
    paid = tuple(lex.phrases("payment_noun"))
    owner = [before.pop()]
    while (
        before
        and not text[before[-1].end : owner[0].start].strip()
        and not before[-1].folded.startswith(paid)
    ):
        owner.insert(0, before.pop())
    tm.start, tm.first = owner[0].start, owner[0]


OWNED = ("application", "deadline", "exam", "results")  # kinds an exam's story owns
OWNERS = ("application", "exam")  # the kinds that name it
RESULT_OWNERS = ("election",)  # kinds that name only results ("Macaristan seçimi sonuçları")
UNTITLED = {"no-title", "generic-name"}  # titled by the kind alone, or by "the exam's"
STORY_REACH = 400  # characters between an owner's sentence and the owned one, at most


def story_owners(events: list[Event], text: str, lex: Lexicon) -> None:
    """An untitled application window, last day, exam or results (no title, only its kind or
    ``Sınavın sonuçları``) takes its title from the
    titled application or exam told before it in its paragraph, in its own sentence or
    at most ``STORY_REACH`` characters earlier (a last day only from an application), or
    else an application, exam or results the exam acronym told just before them
    (``DGS takvimi açıklandı. Başvurular 3-10 Mart'ta alınacak``)."""
    for e in events:
        untitled = UNTITLED & set(e.confidence_reasons) or generic_title(e.title, lex)
        if e.type not in OWNED or e.title and not untitled:
            continue
        owner = next(
            (
                o
                for o in reversed(events)
                if o.title
                and not UNTITLED & set(o.confidence_reasons)
                and (o.type in OWNERS or (e.type == "results" and o.type in RESULT_OWNERS))
                and (e.type != "deadline" or o.type == "application")
                and _before(o, e, text)
            ),
            None,
        )
        if owner is not None:
            e.title = _owned_title(owner, e.type, lex)
            e.confidence_reasons = retitled(e.confidence_reasons, owner.confidence_reasons)
        elif e.type != "deadline" and (exam := _exam_told(e, text, lex)):
            e.title = f"{exam} {_kind_noun(e.type, lex)}"  # "DGS takvimi … Başvurular …"
            e.confidence_reasons = retitled(e.confidence_reasons, ["phrase"])


def _exam_told(e: Event, text: str, lex: Lexicon) -> str | None:
    """The last exam acronym (``exam_name``, in capitals) told in the event's paragraph
    before it, at most ``STORY_REACH`` characters back, or in its own sentence before it."""
    start = max(0, e.quote_start - STORY_REACH, text.rfind("\n\n", 0, e.quote_start) + 2)
    before = text[start : text.find(e.quote, e.quote_start) if e.quote else e.quote_start]
    names = lex.phrases("exam_name")
    found = [w for w in re.findall(r"\w[\w-]*", before) if w.isupper() and fold(w) in names]
    return found[-1] if found else None


def _before(o: Event, e: Event, text: str) -> bool:
    """Whether ``o`` is told before ``e`` in its sentence or just before it in its paragraph."""
    if o.quote_start == e.quote_start:
        return o is not e and text.find(o.quote, o.quote_start) <= e.quote_start
    gap = text[o.quote_end : e.quote_start]
    return o.quote_end <= e.quote_start and len(gap) <= STORY_REACH and "\n\n" not in gap


def _owned_title(owner: Event, kind: str, lex: Lexicon) -> str:
    """``Bursluluk sınavı başvuruları`` -> ``Bursluluk sınavı sonuçları``, ``… sınavı``,
    ``Bursluluk sınavı başvurularının son günü``: the owner's name with the kind's noun, after
    a plural owner in the genitive (``Yerel seçimlerin sonuçları``)."""
    noun = _kind_noun(kind, lex)
    if kind == "deadline":
        return f"{lex.attach(owner.title, 'genitive')} {noun}"
    plural = fold(owner.title).endswith(tuple(lex.phrases("plural_ending")))
    if owner.type in RESULT_OWNERS and plural:
        *head, last = owner.title.split()  # a plural common noun: "Yerel seçimlerin sonuçları"
        return " ".join([*head, genitive_of(last, False, lex), noun])
    words = owner.title.split()
    owner_stem = fold(_kind_noun(owner.type, lex).split()[-1])[:4]
    if owner.type == "application" and len(words) > 1 and fold(words[-1]).startswith(owner_stem):
        words = words[:-1]  # "Bursluluk sınavı başvuruları" -> "Bursluluk sınavı"
    if kind == "exam" and fold(words[-1]).startswith(fold(noun)[:4]):
        return " ".join(words)  # "Bursluluk sınavı" is the exam itself
    return f"{' '.join(words)} {noun}"


def _kind_noun(kind: str, lex: Lexicon) -> str:
    """The title noun of a kind: that of its shortest trigger (``sınav`` -> ``sınavı``)."""
    return min((t for t in lex.triggers.values() if t.type == kind), key=lambda t: len(t.stem)).noun


START_REACH = 5  # words after a start bound in which its start verb may come


def starts_then(words: list[str], reach: int, lex: Lexicon) -> bool:
    """Whether a start bound among the first ``reach`` (folded) words has a start verb at most
    ``START_REACH`` words after it (``9 Şubat itibarıyla başladı``, ``bugün itibarıyla
    çiftçilerin hesaplarına yansımaya başladı``): the day starts what starts then."""
    starts = tuple(lex.phrases("window_start"))
    return any(
        here in lex.phrases("start_bound")
        and any(w.startswith(starts) for w in words[k + 1 : k + 1 + START_REACH])
        for k, here in enumerate(words[:reach])
    )


PERFORMER_WORDS = 4  # words of a performer's name, at most


def read_owner(cand: Candidate, free: list[Token], text: str, lex: Lexicon) -> None:
    """Who gives or launches an event, from the name that opens its sentence:
    :func:`performer` and :func:`launcher`."""
    performer(cand, free, text, lex)
    launcher(cand, free, text, lex)
    organiser(cand, free, text, lex)


def performer(cand: Candidate, free: list[Token], text: str, lex: Lexicon) -> None:
    """``Sezen Aksu, 14 Şubat'ta … konser verecek``: a performance given (its trigger followed
    by a ``perform_verb``) by the capitalised name that opens its sentence, set off by a comma
    or a date, is titled by that name (not a place's: ``İzmir konseri``)."""
    tm = cand.tm
    if tm.trigger.type not in lex.phrases("performance_kind") or cand.possessor or tm.name:
        return
    after = [t for t in free if t.start >= tm.end][:1]
    if not after or not after[0].folded.startswith(tuple(lex.phrases("perform_verb"))):
        return
    name = _opening_name(cand, free, text, lex)
    if name:
        cand.possessor = name


def organiser(cand: Candidate, free: list[Token], text: str, lex: Lexicon) -> None:
    """``Yeşil Parti, 13 Haziran'da Konak'ta miting yapacak``: a gathering one side holds
    (``organised_kind``, its trigger followed by an ``organise_verb``) is titled by the name
    that opens its sentence, set off by a comma or a date, when that name is a body's
    (``organiser_head``: ``Partisi``, ``Sendikası``), an acronym (``DİSK``) or a person the
    sentence names; not by its place (``İzmir mitingi`` says not whose)."""
    tm = cand.tm
    if tm.trigger.type not in lex.phrases("organised_kind") or cand.possessor or tm.name:
        return
    after = [t for t in free if t.start >= tm.end][:1]
    if not after or not after[0].folded.startswith(tuple(lex.phrases("organise_verb"))):
        return
    if after[0].folded.startswith(tuple(lex.phrases("organise_verb_other"))):
        return  # "miting yapılmasını kınadı", "miting yapan sendika": another holds it
    name = _opening_name(cand, free, text, lex)
    if name and _holder(name, cand, lex):
        cand.possessor = name


def _holder(name: str, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a sentence's opening name can hold a gathering: a body's name, an acronym of
    two letters or more, or a person the sentence names (not a common noun capitalised by the
    sentence's start: ``Sendika, …``)."""
    words = name.split()
    if len(words) > 1 and fold(words[-1]) in lex.phrases("organiser_head"):
        return True
    if len(words) == 1 and len(name) >= 2 and name.isupper():
        return True
    return any(name == p.person.name for p in cand.view.people)


def launcher(cand: Candidate, free: list[Token], text: str, lex: Lexicon) -> None:
    """``Togg, yeni modelinin lansmanını 3 Mart'ta yapacak``: a launch of a lower-case
    possessor (``yeni modelinin``) belongs to the name that opens the sentence, set off by a
    comma or a date (``Togg'un yeni modelinin lansmanı``)."""
    tm = cand.tm
    possessor = cand.possessor
    if tm.trigger.type != "launch" or tm.name or not possessor:
        return
    if possessor[:1].isupper():
        cand.possessor = owned_possessor(possessor, text, lex) or possessor
        return
    name = _opening_name(cand, free, text, lex)
    if name:
        cand.possessor = f"{lex.attach(name, 'genitive')} {possessor}"


def owned_possessor(possessor: str, text: str, lex: Lexicon) -> str | None:
    """``Apple yeni telefonunun``: a bare name (no adjective, place or common noun) before the
    lower-case words of a possessed noun in the genitive (``possessed_genitive``) is that
    noun's owner and takes the genitive (``Apple'ın yeni telefonunun``); None otherwise.

    >>> from .lexicon import lexicon
    >>> lex = lexicon("tr")
    >>> owned_possessor("Apple yeni telefonunun", "", lex)
    "Apple'ın yeni telefonunun"
    >>> owned_possessor("Yeni şehir hastanesinin", "", lex) is None
    True
    >>> owned_possessor("Firmanın yeni aracının", "", lex) is None
    True
    """
    words = possessor.split()
    k = next((i for i, w in enumerate(words) if w[:1].islower()), 0)
    name, rest = words[:k], words[k:]
    if not name or not fold(rest[-1]).endswith(tuple(lex.phrases("possessed_genitive"))):
        return None
    adjectives = lex.phrases("not_compound") | lex.phrases("not_title_head")
    if any("'" in w or "’" in w or fold(w) in adjectives for w in name):
        return None
    joined = " ".join(name)
    if lex.place(joined) or fold(name[-1]) in lex.event_nouns or lowered(name[-1], text):
        return None
    if len(name) == 1 and fold(joined).endswith(lex.case_endings("genitive")):
        return None  # "Şirketin yeni modelinin": a common noun in the genitive opened it
    return " ".join([lex.attach(joined, "genitive"), *rest])


def _opening_name(cand: Candidate, free: list[Token], text: str, lex: Lexicon) -> str | None:
    """The capitalised words (no place) that open the sentence of a candidate, or follow the
    role that opens it, set off by a comma or a date, before its trigger."""
    words = _after_role(free, text)
    run: list[Token] = []
    for tok in words:
        gap = text[run[-1].end : tok.start] if run else ""
        if tok.end > cand.tm.start or gap.strip() or not tok.raw[:1].isupper() or tok.suffix:
            break
        run.append(tok)
    name = " ".join(t.raw for t in run)
    if not run or len(run) > PERFORMER_WORDS or lex.place(name) or not _name_ends(run, free, text):
        return None
    return name


ROLE_WORDS = 2  # lower-case words of a role before a name that opens a sentence, at most


def _after_role(free: list[Token], text: str) -> list[Token]:
    """The words of a sentence from its name on: after a role of lower-case words that opens
    it (``Ünlü şarkıcı Tarkan``, ``Dünya yıldızı Tarkan`` -> ``Tarkan …``), else all."""
    k = 1
    while k < len(free) and k <= ROLE_WORDS and free[k].raw[:1].islower() and not free[k].suffix:
        if text[free[k - 1].end : free[k].start].strip():
            return free
        k += 1
    if 1 < k < len(free) and free[k].raw[:1].isupper():
        return free[k:]
    return free


def _name_ends(run: list[Token], free: list[Token], text: str) -> bool:
    """Whether a run of capitalised words that opens a sentence is set off as its subject: a
    comma or a date follows it (``Tarkan, …``, ``Sezen Aksu 14 Şubat'ta``; not ``Ünlü
    şarkıcı …``)."""
    nxt = next((t for t in free if t.start >= run[-1].end), None)
    return nxt is not None and bool(text[run[-1].end : nxt.start].strip())


def same_day_future(events: list[Event], document: Document) -> None:
    """An event of the publication day at a clock time after the publication (in the event's
    time zone) has not happened yet: ``held`` read from a present tense (``saat 14.00'te
    başlıyor``) becomes ``planned``, as on a later day. Without a publication time, nothing
    changes."""
    if not document.published_has_time:
        return
    for e in events:
        if e.status != "held" or e.granularity != "day" or not e.time or e.end:
            continue
        now = document.published
        if e.timezone:
            now = now.astimezone(ZoneInfo(e.timezone))
        if e.date == now.date().isoformat() and e.time > now.strftime("%H:%M"):
            e.status = "planned"


def eve_of_feast(events: list[Event], lex: Lexicon) -> None:
    """An eve titled by its kind alone (a ``holiday_eve`` word opens its title: ``Arife
    günü``) on the day before the first day of a movable feast the holiday data knows takes
    that feast's name (``Ramazan Bayramı arifesi``)."""
    eves = lex.phrases("holiday_eve")
    for e in events:
        if e.type != "holiday" or e.granularity != "day" or e.end:
            continue
        words = fold(e.title).split()
        if not words or words[0] not in eves:
            continue
        feast_day = date.fromisoformat(e.date[:10]) + timedelta(days=1)
        feast = next(
            (h for h in lex.holidays.values() if any(first == feast_day for first, _ in h.dates)),
            None,
        )
        if feast is not None:
            e.title = f"{feast.name} {lex.word('eve_title')}"


def late_readings(
    events: list[Event], document: Document, lex: Lexicon, timexes: list[Timex]
) -> None:
    """The readings of an article's events that need their days: :func:`same_day_future`,
    :func:`eve_of_feast` (then :func:`feast_time_off_eve`) and :func:`change_ahead`."""
    same_day_future(events, document)
    eve_of_feast(events, lex)
    feast_time_off_eve(events, timexes, lex)
    change_ahead(events, document, lex)


def change_ahead(events: list[Event], document: Document, lex: Lexicon) -> None:
    """A cancelled event told with a word of calling off (``cancel_word``: not a refusal,
    ``greve çıkmayacak``) whose day-precise slot of its own (``date-attached``) ends after the
    publication day gets ``change-ahead``: a cancellation is announced on or before the
    publication day, so a later day is the event's (``dün iptal edildi`` dates the
    announcement and gets nothing), and so is a span of days still running on it (``21-24
    Mayıs'ta yapılması planlanan festival`` told on the 22nd: an announcement has one day).
    A postponed slot stays out: nothing happens on it."""
    published = document.published.date().isoformat()
    cancel = tuple(lex.phrases("cancel_word"))
    for e in events:
        if e.status != "cancelled" or e.granularity != "day" or (e.end or e.date)[:10] <= published:
            continue
        said = any(w.startswith(cancel) for w in fold(e.quote).split())
        if said and "date-attached" in e.confidence_reasons:
            e.confidence_reasons.append("change-ahead")
