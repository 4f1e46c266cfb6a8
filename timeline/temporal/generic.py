"""Generic months and seasons: ``İlkbaharda ağaçlar çiçek açar``, ``Kış aylarında yollar
genellikle kapanır``, ``Mart aylarında yağışlar artar`` tell what happens every such season or
month, not in one of them. The corpus lists sets as no date, so the resolver gives them a set
value (``XXXX-SP``, ``XXXX-03``), which is not a date of the calendar.

A season or a month without a day, a year or a shift word (``bu yaz``, ``geçen kış`` name one)
is generic when its clause closes on a verb in the aorist with no other tense cue, or holds a
word of frequency (``genellikle``, ``sık sık``, ``her yıl``: the class ``habitual`` of the
lexicon) right beside it outside a future clause, or its sentence holds one and its clause is in
the present.
A part of a month (``Eylül'ün son günlerinde``) is generic by a word of frequency in its clause.
"""

from __future__ import annotations

import re

from .context import DocumentContext
from .grammar import Grammar
from .mention import Mention
from .resolve_helpers import _class_search

_NAMED = ("day", "weekday", "year", "shift", "year_hint", "hour", "pod", "edge", "direction")
_PART = ("mod", "part")  # a part of the month: generic only by a word of frequency beside it
_CLAUSE_BREAK = re.compile(r"[,;:]")
_WORD = re.compile(r"\w+")
NEAR_WORDS = 2  # words at most between a word of frequency and the month or season it is of


def generic_value(
    grammar: Grammar, doc: DocumentContext, m: Mention, tense: str | None
) -> str | None:
    """The set value of a generic season or month (``XXXX-WI``, ``XXXX-03``) in a clause of
    ``tense``, else None."""
    f = m.fields
    if m.kind != "point" or m.has_year or any(key in f for key in _NAMED):
        return None
    if "season" in f:
        value = f"XXXX-{f['season']}"
    elif "month" in f and set(f) <= {"month", *_PART}:
        value = f"XXXX-{f['month']:02d}"
    else:
        return None  # ekim vadeli (a direction), a month named with other things: one month
    part = any(key in f for key in _PART)
    if not part and doc.closes_on_aorist(m.end):
        return value
    if tense == "future":
        return None
    s_start, s_end = doc.sentence(m.start)
    habitual = _class_search(grammar, "habitual")
    c_start = max(
        (b.end() for b in _CLAUSE_BREAK.finditer(doc.folded, s_start, m.start)), default=s_start
    )
    c_break = _CLAUSE_BREAK.search(doc.folded, m.end, s_end)
    c_end = c_break.start() if c_break else s_end
    near = [h for h in habitual.finditer(doc.folded, c_start, c_end) if _near(doc, h, m)]
    if near:
        return value  # Leylekler genellikle Ağustos'ta göç eder; Her yıl Eylül'de düzenlenen
    if part or tense == "past":
        return None
    return value if habitual.search(doc.folded, s_start, s_end) is not None else None


def _near(doc: DocumentContext, habitual: re.Match, m: Mention) -> bool:
    """The word of frequency stands right before the mention, at most ``NEAR_WORDS`` words
    away (``genellikle sonbaharda``), or right after it (``Ağustos'ta genellikle``)."""
    if habitual.end() <= m.start:
        gap = doc.folded[habitual.end() : m.start]
    else:
        gap = doc.folded[m.end : habitual.start()]
    return len(_WORD.findall(gap)) <= NEAR_WORDS
