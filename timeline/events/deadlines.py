"""Deadlines told as a nominal sentence and deadlines named by what they are for (issue 13).

* ``Kurumlar vergisi beyannamesinin son günü 30 Nisan.``: a deadline whose day is the
  sentence's predicate (the date ends the sentence, bare or with a present copula, ``30
  Nisan'dır``) has no verb to give its status; it is planned when the day is still ahead, and
  no event when it is past (``Geçen yıl son gün 31 Mart'tı`` is background), nor when its
  owner is a span or a happening (``span_owner``: ``Tatilin son günü 30 Nisan``).
* ``Emlak vergisinin ilk taksiti için son gün 31 Mayıs``: the words before ``için`` name what
  the last day is for and title it (``Emlak vergisinin ilk taksiti için son gün``); a bare
  plural alone (``Mükellefler için son gün``) names who, not what, and titles nothing.

The words are the language's (``predicate_copula``, ``purpose_of``, ``predicate_kind``,
``period_head`` in ``event_words.tsv``)."""

from __future__ import annotations

from datetime import date

from ..patterncache import compile_late
from ..text import fold
from .clauses import _is_genitive, plural_subject
from .lexicon import Lexicon
from .sentence import Candidate
from .slots import timex_span
from .tokens import Token
from .triggers import TriggerMatch

FOR_WORDS = 6  # words of what a last day is for, at most
COMPOUND_WORDS = 3  # words of a compound before a deadline's possessive form, at most


def predicate_day(
    tm: TriggerMatch, tokens: list[Token], text: str, published: date, lex: Lexicon
) -> bool:
    """Whether a deadline with no verb is dated by the day that ends its sentence, still ahead
    of the publication day (``… son günü 30 Nisan.``, ``… son gün 30 Nisan'dır``)."""
    if tm.trigger.type not in lex.phrases("predicate_kind") or not tm.timexes:
        return False
    t = tm.timexes[-1]
    if t.start < tm.end or any(tok.start >= t.end for tok in tokens):
        return False  # the day is not the last word of the sentence
    last = [tok for tok in tokens if t.start <= tok.start < t.end][-1:]
    if last and last[0].suffix and last[0].suffix not in lex.phrases("predicate_copula"):
        return False  # "31 Mart'tı": a past day
    span = timex_span(t)
    if span is None or span.granularity != "day" or span.first < published:
        return False
    return _owned(tm, tokens, text, lex)  # "Son gün 20 Mayıs.": whose is not said


def purpose_owner(cand: Candidate, free: list[Token], text: str, lex: Lexicon) -> None:
    """Title a deadline by what it is for: the words before ``için`` right before it, back to
    the sentence's start, a comma or a date (``emlak vergisinin ilk taksiti için``)."""
    tm = cand.tm
    if tm.trigger.type not in lex.phrases("predicate_kind") or tm.name:
        return
    if cand.possessor:
        cand.possessor = _with_period(cand.possessor, cand, text, lex)
        return
    words = _purpose_words(tm, free, text, lex)
    if words:
        cand.possessor = " ".join(t.raw for t in words)
        cand.phrase = tm.trigger.lemma  # "… için son gün", not "… için son günü"
        return
    if fold(tm.trigger.noun) == fold(tm.trigger.lemma):
        return
    words = _compound_words(tm, free, text, lex)  # "kurumlar vergisi beyannamesi verme süresi"
    if words:
        cand.possessor = " ".join(t.raw for t in words)
        cand.compound = None


def _with_period(possessor: str, cand: Candidate, text: str, lex: Lexicon) -> str:
    """A possessor that opens with the head of a period (``period_head``: ``dönemi``) right
    after a date keeps that date, which names the period (``haziran dönemi KDV
    beyannamesinin``, not ``Dönemi KDV beyannamesinin``)."""
    if fold(possessor.split()[0]) not in lex.phrases("period_head"):
        return possessor
    start = text.find(possessor, cand.view.sent.start, cand.tm.start)
    if start < 0:
        return possessor
    period = next((t for t in cand.view.timexes if not text[t.end : start].strip()), None)
    if period is None or period.end > start:
        return possessor
    return f"{text[period.start : period.end]} {possessor}"


def _compound_words(
    tm: TriggerMatch, free: list[Token], text: str, lex: Lexicon
) -> list[Token] | None:
    """The bare words of a compound right before a deadline written in its possessive form
    (``kurumlar vergisi`` before ``beyannamesi verme süresi``), at most three."""
    before = [t for t in free if t.end <= tm.first.start]
    words: list[Token] = []
    participle = compile_late(lex.forms["participle"])
    for tok in reversed(before):
        nxt = words[0] if words else tm.first
        if text[tok.end : nxt.start].strip() or len(words) == COMPOUND_WORDS:
            break
        if tok.suffix or tok.is_ordinal or _is_genitive(tok, lex) or participle.search(tok.folded):
            break
        if tok.is_capital and tok is not before[0]:
            break
        if any(tok.folded in lex.phrases(r) for r in ("link", "postposition", "particle")):
            break
        words.insert(0, tok)
    return words or None


def _owned(tm: TriggerMatch, tokens: list[Token], text: str, lex: Lexicon) -> bool:
    """Whether the sentence says whose or what for the deadline is: a genitive right before it
    (``beyannamesinin son günü``) or what it is for (:func:`_purpose_words`)."""
    before = [t for t in tokens if t.end <= tm.first.start][-1:]
    if before and not text[before[0].end : tm.first.start].strip() and _is_genitive(before[0], lex):
        # "tatilin son günü 30 Nisan": the end of a span or of a happening, no deadline
        return not before[0].folded.startswith(tuple(lex.phrases("span_owner")))
    return _purpose_words(tm, tokens, text, lex) is not None


def _purpose_words(
    tm: TriggerMatch, free: list[Token], text: str, lex: Lexicon
) -> list[Token] | None:
    """The words of what a deadline is for, with ``için``; None when there are none, or only
    a bare plural that says for whom (``Mükellefler için son gün``)."""
    before = [t for t in free if t.end <= tm.first.start]
    if not before or before[-1].folded not in lex.phrases("purpose_of"):
        return None
    if text[before[-1].end : tm.first.start].strip():
        return None
    words: list[Token] = []
    participle = compile_late(lex.forms["participle"])
    for tok in reversed(before[:-1]):
        nxt = words[0] if words else before[-1]
        if text[tok.end : nxt.start].strip() or len(words) == FOR_WORDS:
            break
        if participle.search(tok.folded) or any(
            tok.folded in lex.phrases(r) for r in ("link", "reporting", "postposition", "particle")
        ):
            break
        words.insert(0, tok)
    if not words or (len(words) == 1 and plural_subject(words[0], lex)):
        return None
    return [*words, before[-1]]
