"""Exams named by the object of a verb of sitting them (issue 13, point 2).

``Adaylar 20 Haziran'da YKS'ye girecek``: an acronym in the dative right before a verb of
sitting an exam (``exam_enter_verb`` in ``event_words.tsv``: ``girecek``, ``girdi``) names an
exam, though no exam word is written, when it is a known exam's (``exam_name``: ``AVM'ye
girecek`` is a mall entered). ``sınava girecek`` needs nothing of this: ``sınav`` is a
trigger of its own, and the exam named before it titles it (:func:`.passes._exam_owner`).

The words are language data; this module holds only the rules.
"""

from __future__ import annotations

from ..text import fold
from .lexicon import Lexicon
from .tokens import Token
from .triggers import TriggerMatch

ACRONYM_LETTERS = (2, 6)  # shortest and longest acronym taken for an exam's name


def entered_exams(
    tokens: list[Token], found: list[TriggerMatch], lex: Lexicon
) -> list[TriggerMatch]:
    """The exams a sentence names as what its candidates sit (``adaylar … KPSS'ye
    girecek``; who sits one is ``exam_taker`` in ``event_words.tsv``), as named exam
    triggers, besides the triggers ``found`` already."""
    exam = next((t for t in lex.triggers.values() if t.type == "exam" and t.form == "noun"), None)
    if exam is None:
        return []
    verbs = tuple(lex.phrases("exam_enter_verb"))
    takers = tuple(lex.phrases("exam_taker"))
    out = []
    for tok, nxt in zip(tokens, tokens[1:], strict=False):
        low, high = ACRONYM_LETTERS
        if not (
            tok.shouting and low <= len(tok.stem) <= high and lex.case_of(tok.suffix) == "dative"
        ):
            continue
        if nxt.is_capital or not nxt.folded.startswith(verbs):
            continue
        if any(tm.start <= tok.start < tm.end for tm in found) or not _exam_name(tok, lex):
            continue
        if not any(t.folded.startswith(takers) for t in tokens if t.end <= tok.start):
            continue  # "Türkiye AB'ye girecek": nobody sits it
        name = f"{tok.stem} {exam.noun}"  # "YKS sınavı": an acronym alone is a short title
        out.append(TriggerMatch(exam, tok.start, tok.end, tok, tok, name, tok.start))
    return out


def _exam_name(tok: Token, lex: Lexicon) -> bool:
    """Whether an acronym is a known exam's (``exam_name``): ``AVM'ye girecek`` is a mall
    entered, ``AB'ye girecek`` a union joined."""
    return fold(tok.stem) in lex.phrases("exam_name")
