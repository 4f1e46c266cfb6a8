"""Trigger senses that depend on the words around a trigger (issue 13, point 4).

* ``with_owned_results``: ``YKS sonuçları … açıklanacak`` — results are an event only as the
  results of an exam, an election, a draw or a competition (a ``result_owner`` word or an
  ``exam_name`` right before them); a survey's or a company's results are none;
* ``_account_owner``: ``ödemeler … çiftçilerin hesaplarına aktarılacak`` — the genitive before
  the accounts a payment goes to is their owner, not what is paid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import fold
from .clauses import _is_genitive
from .lexicon import Lexicon
from .tokens import Token
from .triggers import TriggerMatch

if TYPE_CHECKING:
    from .sentence import SentenceView


def with_owned_results(
    triggers: list[TriggerMatch], view: SentenceView, text: str, lex: Lexicon
) -> list[TriggerMatch]:
    """The triggers without bare ``results`` whose owner is not an exam, an election, a draw
    or a competition (a results trigger of several words, ``sınav sonuçları``, names its
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
    """Whether the word right before the results names what they are of: a ``result_owner``
    stem (``sınav``, ``çekilişinin``), or an ``exam_name`` there or before one capitalised
    word (``KPSS Lisans sonuçları``)."""
    before = [t for t in tokens if t.end <= tm.start][-2:]
    if not before or text[before[-1].end : tm.start].strip():
        return False
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
    the trigger, so that what is paid is read before them."""
    if tm.trigger.type != "payment":
        return
    before = [
        t
        for t in view.tokens
        if t.end <= tm.start and not any(x.start <= t.start < x.end for x in view.timexes)
    ]
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
