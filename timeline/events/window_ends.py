"""The last day of an application window told as a bound (issue 13): ``Hibe programı
başvuruları 15 Mart'a kadar sürecek``, ``… 15 Mart'a kadar alınacak`` — the day the
applications named before the date in its sentence end, titled as their last day (``Hibe
programı başvurularının son günü``). Whatever else runs until a day (``Sergi 30 Mart'a kadar
sürecek``) keeps the date as a bound, with no day of its own. The words are the language's
(``window_last``, ``last_day_title`` in ``event_words.tsv``)."""

from __future__ import annotations

from ..model import Timex
from .lexicon import Lexicon
from .slots import clock_end
from .titles import cap_title
from .tokens import Token
from .triggers import TriggerMatch

WINDOW_KINDS = ("application",)  # kinds whose end a bound dates


def window_last_day(
    t: Timex, triggers: list[TriggerMatch], tokens: list[Token], lex: Lexicon
) -> bool:
    """Whether ``t`` is a bound (``15 Mart'a kadar``) followed by a verb that the window runs
    or is open until then (``window_last``), right after an application as its subject."""
    if clock_end(t.value):
        return False  # "10.00'dan 12.00'ye kadar": a range of hours
    inside = [tok.folded for tok in tokens if t.start <= tok.start < t.end]
    after = [tok.folded for tok in tokens if tok.start >= t.end][:2]
    bounds = lex.phrases("bound")
    if inside and inside[-1] in bounds:
        verb = after[:1]
    elif after and after[0] in bounds:
        verb = after[1:]
    else:
        return False
    if not verb or not verb[0].startswith(tuple(lex.phrases("window_last"))):
        return False
    before = [tok for tok in tokens if tok.end <= t.start][-1:]
    if not before or before[0].folded not in lex.phrases("window_subject"):
        return False  # "başvurulardaki artış … kadar sürecek": the rise runs until then
    subject = before[0]
    return any(
        tm.trigger.type in WINDOW_KINDS and tm.start <= subject.start < tm.end + 1
        for tm in triggers
    )


def last_day_title(title: str, lex: Lexicon) -> str:
    """``Hibe programı başvuruları`` -> ``Hibe programı başvurularının son günü``."""
    if not title:
        return title  # untitled: the story may name it later (story_owners)
    proper = title.split()[-1][:1].isupper()
    noun = lex.word("last_day_title")
    return cap_title(f"{lex.attach(title, 'genitive', apostrophe=proper)} {noun}")
