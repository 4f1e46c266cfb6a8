"""Rate decisions told by their outcome: ``Merkez Bankası 23 Ocak'ta faizi yüzde 45'e indirdi``.

A central bank's rate decision is often told not by the noun ``faiz kararı`` but by what the
decision did to the policy rate: the rate (``rate_noun`` in ``event_words.tsv``) is the subject
or object of a finite verb that changes or keeps it (``rate_change`` + ``finite_past`` or
``finite_future``), with a date of the clause. Each date is one decision of the bank, titled by
the bank (``TCMB faiz kararı``), held or planned by the verb's tense. The bank is named in the
sentence, or earlier in its paragraph (a list of past decisions names it once). Nothing else may
stand right before the rate but a date, the bank, or a word of ``rate_lead`` (``politika``):
a rate another word owns (``mevduat faizi``, ``tahvilin faizi``) is a market's, not a decision.
A participle right before the rate (``6 Mart'ta yüzde 42,5'e düşen faiz``) tells a decision
on the last date before it; a verbal noun (``indirmesi bekleniyor``) tells none.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ..model import Event, Timex
from ..text import fold
from .lexicon import Lexicon
from .mentions import OrgMention, find_organisations
from .merge import identity_key
from .slots import slot_from_days, timex_span
from .tokens import Token

if TYPE_CHECKING:
    from .sentence import SentenceView

CENTRAL_BANK = "central_bank"  # the kind of organisation that decides a policy rate
VERB_REACH = 12  # words after the rate within which its verb stands
PARAGRAPH_REACH = 6  # sentences back in the paragraph where the bank may be named
GRANULARITIES = ("day", "month")  # a decision known to the day, or only to its month


def rate_decisions(
    views: list[SentenceView],
    text: str,
    published: date,
    lex: Lexicon,
    found: list[Event] | None = None,
) -> list[Event]:
    """The rate decisions the views tell by their outcome, one per date (see the module). The
    rate meetings among the events ``found`` so far (``faiz toplantısında``) that name no
    place are placed at the bank their sentence or paragraph names."""
    nouns = lex.phrases("rate_noun")
    _place_rate_meetings(found or [], views, text, lex)
    out: list[Event] = []
    for n, view in enumerate(views):
        if view.sent.question or not view.timexes:
            continue
        for k, tok in enumerate(view.tokens):
            if tok.folded in nouns:
                out.extend(_decisions(views, n, k, text, published, lex))
    return out


def _decisions(
    views: list[SentenceView], n: int, k: int, text: str, published: date, lex: Lexicon
) -> list[Event]:
    """The decisions told by the rate word ``k`` of sentence ``n``: by a participle right
    before it (``6 Mart'ta yüzde 42,5'e düşen faiz``, the last date before the participle)
    and by the finite verb after it (its dates from the rate's lead to the verb)."""
    view = views[n]
    tokens = view.tokens
    banks = _banks(tokens, lex)
    told: list[tuple[Timex, str]] = []
    participle = _change_form(tokens, k - 1, lex, "change_participle") if k else None
    if participle is not None:
        before = [t for t in view.timexes if t.end <= tokens[k - 1].start]
        if before:
            told.append((before[-1], "participle"))
        lead: int | None = tokens[k].start
    else:
        lead = _lead_start(tokens, k, view.timexes, banks, lex)
    verb = _change_verb(tokens, k, lex) if lead is not None else None
    if verb is not None and lead is not None:
        at, status = verb
        told += [(t, status) for t in view.timexes if lead <= t.start and t.end <= tokens[at].start]
    if not told:
        return []
    bank = _bank_before(banks, tokens[k].start) or _paragraph_bank(views, n, text, lex)
    if bank is None:
        return []
    title = f"{bank.org.short} {lex.word('rate_decision')}"
    quote = text[view.sent.start : view.sent.end].strip()
    events = []
    for t, status in told:
        event = _event(t, title, status, quote, view, tokens[k].start, text, published)
        if event is not None:
            _place_at_bank(event, bank, lex)
            events.append(event)
    return events


def _place_rate_meetings(
    events: list[Event], views: list[SentenceView], text: str, lex: Lexicon
) -> None:
    """Place each meeting titled by the rate (``Faiz toplantısı``) that names no place at the
    central bank its sentence, or its paragraph before it, names."""
    nouns = lex.phrases("rate_noun")
    for e in events:
        words = e.title.split()
        if e.type != "meeting" or e.location or e.country or not words:
            continue
        if fold(words[0]) not in nouns:
            continue
        n = next((i for i, v in enumerate(views) if v.sent.start == e.quote_start), None)
        if n is None:
            continue
        bank = _bank_before(_banks(views[n].tokens, lex), len(text)) or _paragraph_bank(
            views, n, text, lex
        )
        if bank is not None:
            _place_at_bank(e, bank, lex)


def _place_at_bank(event: Event, bank: OrgMention, lex: Lexicon) -> None:
    """A decision is taken where its bank sits: a national bank's country (``TCMB`` ->
    Türkiye); a bank of no one country (``ECB``) places nothing."""
    country = lex.place(bank.org.country) if bank.org.country else None
    if country is not None:
        event.location, event.country = country.display, country.country
        event.timezone = event.timezone or country.zone
        event.key = identity_key(event)


def _banks(tokens: list[Token], lex: Lexicon) -> list[OrgMention]:
    """The central banks a sentence names."""
    return [o for o in find_organisations(tokens, lex) if o.org.kind == CENTRAL_BANK]


def _bank_before(banks: list[OrgMention], start: int) -> OrgMention | None:
    """The last central bank named before ``start``, else the first one after it."""
    before = [b for b in banks if b.end <= start]
    return before[-1] if before else (banks[0] if banks else None)


def _paragraph_bank(
    views: list[SentenceView], n: int, text: str, lex: Lexicon
) -> OrgMention | None:
    """The last central bank named in the sentences before ``n`` in its paragraph."""
    for i in range(n - 1, max(-1, n - 1 - PARAGRAPH_REACH), -1):
        if "\n" in text[views[i].sent.end : views[i + 1].sent.start]:
            return None  # a new paragraph starts after sentence i
        banks = _banks(views[i].tokens, lex)
        if banks:
            return banks[-1]
    return None


def _lead_start(
    tokens: list[Token], k: int, timexes: list[Timex], banks: list[OrgMention], lex: Lexicon
) -> int | None:
    """Where the words before the rate start that may stand before it (dates, the bank, a
    word of ``rate_lead``), or None when another word stands right before it."""
    lead = lex.phrases("rate_lead")
    start = tokens[k].start
    for tok in reversed(tokens[:k]):
        covered = any(s.start <= tok.start < s.end for s in (*timexes, *banks))
        if not covered and tok.folded not in lead:
            return start if start != tokens[k].start else None
        start = tok.start
    return start


def _change_verb(tokens: list[Token], k: int, lex: Lexicon) -> tuple[int, str] | None:
    """The index and status of the finite verb that changes or keeps the rate ``k``: the first
    word after it that begins with a change (``indir``, ``sabit bırak``, ``indirimine git``)
    within reach; ``past`` for a converb (``düşürerek … çekti``: a change that took place if
    its day is past); None when that word is no finite verb (``indirmesi``)."""
    changes = lex.phrases("rate_change")
    openers = {c.split()[0] for c in changes if " " in c}  # "indirimine" of "indirimine git"
    for i in range(k + 1, min(len(tokens), k + 1 + VERB_REACH)):
        if tokens[i].folded in openers:
            continue  # the verb after it tells
        if (ending := _change_ending(tokens, i, lex)) is None:
            continue
        if ending in lex.phrases("finite_past"):
            return i, "held"
        if ending in lex.phrases("finite_future"):
            return i, "planned"
        if ending in lex.phrases("change_converb"):
            return i, "past"
        return None
    return None


def _change_form(tokens: list[Token], i: int, lex: Lexicon, role: str) -> str | None:
    """The ending of word ``i`` when it is a change (``rate_change``) with an ending of
    ``role`` (``düşen``: ``change_participle``), else None."""
    ending = _change_ending(tokens, i, lex)
    return ending if ending is not None and ending in lex.phrases(role) else None


def _change_ending(tokens: list[Token], i: int, lex: Lexicon) -> str | None:
    """What follows the change word ``i`` ends with (``indir`` + ``di``), or None when word
    ``i`` ends no change of ``rate_change`` (the longest that fits)."""
    for change in sorted(lex.phrases("rate_change"), key=len, reverse=True):
        words = change.split()
        first = i - len(words) + 1
        if first < 0 or [t.folded for t in tokens[first:i]] != words[:-1]:
            continue
        if tokens[i].folded.startswith(words[-1]):
            return tokens[i].folded[len(words[-1]) :]
    return None


def _event(
    t: Timex,
    title: str,
    status: str,
    quote: str,
    view: SentenceView,
    rate_at: int,
    text: str,
    published: date,
) -> Event | None:
    """One decision on the date ``t``: a day is a calendar event, a month is not. A decision
    told by a participle is held or planned by its day against the publication's."""
    span = timex_span(t)
    if span is None or span.granularity not in GRANULARITIES:
        return None
    if span.granularity == "day" and span.first != span.last:
        return None  # a decision is taken on one day, not over a range
    slot = slot_from_days(span.first, span.last, span.granularity)
    if status == "participle":
        status = "held" if span.last < published else "planned"
    elif status == "past":
        if span.last >= published:
            return None  # "yarın faizi indirerek …": a change to come, told as a manner
        status = "held"
    gap = text[t.end : rate_at] if t.end <= rate_at else ""
    attached = not re.search(r",\s", gap)  # a comma between clauses, not in "42,5"
    event = Event(
        date=slot.date,
        granularity=slot.granularity,
        title=title,
        type="decision",
        status=status,
        quote=quote,
        calendar=slot.granularity == "day",
        quote_start=view.sent.start,
        quote_end=view.sent.end,
        # The bank's own decision, dated in its clause, its status from its own verb.
        confidence_reasons=[
            "actor",
            "date-attached" if attached else "date-clause",
            "status-verb",
        ],
    )
    event.key = identity_key(event)
    return event
