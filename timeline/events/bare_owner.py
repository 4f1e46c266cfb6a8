"""A bare event noun that opens its sentence takes its owner from the sentence before
(issue 13, point 4).

``Gaziantep Kent Konseyi şubat ayı toplantısını yapacak. Toplantı 19 Şubat'ta çevrim içi
yapılacak.``: ``Toplantı`` alone, in the nominative and first in its sentence, is the meeting
the sentence before (or the headline) told of with its holder; it takes that holder, or that
event's own name. With no such mention before it, nothing names it and it stays out of the feed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import fold
from .lexicon import Lexicon
from .tokens import Token

if TYPE_CHECKING:
    from .sentence import Candidate, SentenceView

BARE_REACH = 2  # sentences before a bare event noun in which its owner is looked for
OWNED_KINDS = ("meeting", "ceremony", "conference", "match")  # kinds told again bare


def owner_before(
    candidates: list[Candidate], views: list[SentenceView], text: str, lex: Lexicon
) -> None:
    """Give each bare, dated event noun opening its sentence the holder (or the name) of the
    nearest earlier mention of the same kind in the sentences just before it, else the body
    that opens one of those sentences (``Eskişehir Valiliği, … programını açıkladı. Tören
    29 Ekim'de …``; its name ends in an ``organiser_head`` of ``event_words.tsv``)."""
    for k, cand in enumerate(candidates):
        if not _bare(cand, lex):
            continue
        here = cand.view.sent.index
        noun = cand.view.tokens[0].folded if cand.tm.trigger.form == "verb" else ""
        for prev in reversed(candidates[:k]):
            if here - prev.view.sent.index > BARE_REACH:
                break
            if prev.view is cand.view or prev.tm.trigger.type != cand.tm.trigger.type:
                continue
            if not _names(prev.view, noun):
                continue  # "Kurul …" after a meeting of no such body: not its holder
            if prev.tm.name:
                cand.topic = prev.tm.name
            elif _holder(prev):
                cand.possessor, cand.subject = prev.possessor, prev.subject
                cand.names, cand.orgs = list(prev.names), list(prev.orgs)
            else:
                continue
            cand.place = cand.place or prev.place
            break
        else:
            earlier = [
                v for v in views if 0 < here - v.sent.index <= BARE_REACH and _names(v, noun)
            ]
            body = next(
                (b for v in reversed(earlier) if (b := _opening_body(v.tokens, text, lex))), None
            )
            if body:
                cand.possessor, cand.subject = body, None


def _names(view: SentenceView, noun: str) -> bool:
    """Whether a sentence names the body a bare ``Kurul`` or ``Meclis`` stands for (a word
    beginning with it: ``genel kurulunu``, ``Belediye Meclisi``); any does for an event noun."""
    return not noun or any(t.folded.startswith(noun) for t in view.tokens)


def _opening_body(tokens: list[Token], text: str, lex: Lexicon) -> str | None:
    """The capitalised words without an ending that open a sentence when they end in a body's
    head word (``Eskişehir Valiliği, …``, ``Sinop Belediye Meclisi olağanüstü …``), else None."""
    run: list[Token] = []
    for tok in tokens:
        if not tok.raw[:1].isupper() or tok.suffix:
            break
        if run and text[run[-1].end : tok.start].strip():
            break
        run.append(tok)
    if len(run) < 2 or run[-1].folded not in lex.phrases("organiser_head"):
        return None
    return " ".join(t.raw for t in run)


def _bare(cand: Candidate, lex: Lexicon) -> bool:
    """Whether a dated candidate is an event noun alone, in the nominative, opening its
    sentence (``Toplantı 19 Şubat'ta …``, ``Tören 29 Ekim'de …``), or a meeting verb whose
    subject is a body's common noun alone opening it (``Kurul 30 Mayıs'ta toplanacak``;
    ``bare_body`` in ``event_words.tsv``), with nothing else naming it."""
    tm = cand.tm
    if tm.trigger.type not in OWNED_KINDS or not cand.slots or tm.name:
        return False
    first = cand.view.tokens[0]
    subject = cand.subject
    if tm.trigger.form == "verb":
        if subject not in (None, [first.raw]) or first.suffix or not first.raw[:1].isupper():
            return False
        if not first.folded.startswith(tuple(lex.phrases("bare_body"))):
            return False
        subject = None  # "Kurul": which body, the sentence before says
    elif tm.first is not tm.token or tm.token.suffix or first is not tm.token:
        return False
    elif tm.token.folded != fold(tm.trigger.lemma):
        return False
    named = (cand.topic, cand.part_of, cand.possessor, subject, cand.phrase, cand.compound)
    return not any(named) and not cand.names and not cand.participants and not cand.orgs


def _holder(cand: Candidate) -> bool:
    """Whether a mention names who holds it: a capitalised possessor or subject, or sides."""
    words = [cand.possessor or "", *(cand.subject or [])]
    return bool(cand.names) or any(w[:1].isupper() for w in words)
