"""A court's verdict day: ``Sanıklar Ergenekon davasında dinlendi. Karar 11 Aralık'ta
açıklanacak.``

A sentence that opens with the verdict noun (``verdict_noun``), a day right after it and a
future verb of telling right after the day (``verdict_verb``: ``açıklanacak``, ``verilecek``)
dates the verdict of the court case named in the sentence before it, in its paragraph: a name
(capitalised words, not from a sentence's first word, capitalised anyway) right before a case
head (``case_head``: ``davası``, ``davasında``). The event is titled by the case (``Ergenekon
davasında karar``, ``verdict_title``). With no named case, or two, the verdict is no one's
known case, and nothing is told.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .hearings import name_before
from .lexicon import Lexicon
from .slots import timex_span
from .tokens import Token
from .told_event import told_event

if TYPE_CHECKING:
    from ..model import Event
    from .sentence import SentenceView

CASE_REACH = 2  # sentences back where the case may be named


def verdict_days(
    views: list[SentenceView], text: str, published: date, lex: Lexicon
) -> list[Event]:
    """The verdict days the views tell (see the module)."""
    out: list[Event] = []
    for n, view in enumerate(views):
        tokens = view.tokens
        if view.sent.question or not view.timexes or not tokens:
            continue
        if tokens[0].folded not in lex.phrases("verdict_noun"):
            continue
        t = view.timexes[0]
        if t.start < tokens[0].end or text[tokens[0].end : t.start].strip():
            continue  # the day stands right after the noun
        after = [tok for tok in tokens if tok.start >= t.end]
        if not after or after[0].folded not in lex.phrases("verdict_verb"):
            continue
        span = timex_span(t)
        if span is None or span.granularity != "day" or span.first != span.last:
            continue
        if span.first < published:
            continue  # a future verb tells a day to come
        case = _case_before(views, n, text, lex)
        if case is None:
            continue
        out.append(
            told_event(
                view, span, text, f"{case} {lex.word('verdict_title')}", "hearing", "planned"
            )
        )
    return out


def _case_before(views: list[SentenceView], n: int, text: str, lex: Lexicon) -> str | None:
    """The name of the one case the nearest sentence before ``n`` in its paragraph that
    names a case names."""
    for i in range(n - 1, max(-1, n - 1 - CASE_REACH), -1):
        if "\n" in text[views[i].sent.end : views[i + 1].sent.start]:
            return None  # a new paragraph starts after sentence i
        tokens = views[i].tokens
        heads = [k for k, tok in enumerate(tokens) if tok.folded in lex.phrases("case_head")]
        if len(heads) > 1:
            return None  # two cases: whose verdict is not said
        if heads:
            return _case_at(tokens, heads[0])  # a case of no name is no one's known case
    return None


def _case_at(tokens: list[Token], k: int) -> str | None:
    """The name right before the case head ``k`` (``Ergenekon davasında``), else None."""
    name = name_before(tokens, k)
    if name and name[0] is tokens[0]:
        return None  # "Rüşvet davası …", "Tanıklar X davasında": capitalised anyway
    return " ".join(tok.raw for tok in name) or None
