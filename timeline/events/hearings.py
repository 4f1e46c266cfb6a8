"""A named court case heard on a day: ``X davası 12 Mart'ta görülecek``, ``yarın görülecek X
davası``, ``X davasının 12 Mart'ta görülecek duruşması``, ``X davasına 5 Mayıs'ta devam
edilecek``.

A sentence with one named case (a name right before a case head, ``case_head``), one day and a
hearing verb (``hearing_planned``: ``görülecek``, ``devam edilecek``; ``hearing_held``:
``görüldü``) right after the day is a hearing of that case: planned for a day to come, held for
a day gone. The verb either follows the case (``X davası … görülecek``, the title ``X davası``)
or heads it as a participle (``görülecek X davası``); a participle heading the hearing noun
(``görülecek duruşması``) titles it ``X davasının duruşması``. A case with no name of its own
(``Dava 12 Mart'ta görülecek``), a filing (``dava açılacak``), an ongoing case with no day
(``görülmeye devam ediyor``) and other things "to be seen" (``Sonuç görülecek``) are no hearing.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .lexicon import Lexicon
from .mentions import find_places
from .slots import timex_span
from .tokens import Token
from .told_event import told_event

if TYPE_CHECKING:
    from ..model import Event
    from .sentence import SentenceView

NAME_WORDS = 4  # capitalised words at most in a case's name


def hearing_days(
    views: list[SentenceView], text: str, published: date, lex: Lexicon
) -> list[Event]:
    """The hearings of named cases the views tell (see the module)."""
    out: list[Event] = []
    for view in views:
        tokens = view.tokens
        if view.sent.question or not view.timexes or not tokens:
            continue
        heads = [k for k, tok in enumerate(tokens) if tok.folded in lex.phrases("case_head")]
        if len(heads) != 1:
            continue  # no case, or two: whose hearing is not said
        k = heads[0]
        for t in view.timexes:  # the day right before the verb
            span = timex_span(t)
            if span is None or span.granularity != "day" or span.first != span.last:
                continue
            # the verb right after the day, or after one place there ("yarın Ankara'da görülecek")
            places = view.places or find_places(text, tokens, lex, [(t.start, t.end)])
            after = [
                j
                for j, tok in enumerate(tokens)
                if tok.start >= t.end and not any(pm.start <= tok.start < pm.end for pm in places)
            ]
            if not after or text[t.end : tokens[after[0]].start].count("'") > 1:
                continue
            j = after[0]
            status, width = _verb_at(tokens, j, lex)
            if status is None:
                continue
            name = _case_name(tokens, k) or _described_case(tokens, j + width, k)
            if name is None:
                continue
            if status == "planned" and span.first < published:
                continue
            if status == "held" and span.first > published:
                continue
            title = _title(tokens, k, j, width, name, text[tokens[k].end : t.start], lex)
            if title is None or (k > j and status != "planned"):
                continue
            out.append(told_event(view, span, text, title, "hearing", status))
            break
    return out


def _verb_at(tokens: list[Token], j: int, lex: Lexicon) -> tuple[str | None, int]:
    """The status a hearing verb at token ``j`` tells, and its width in words."""
    for width in (2, 1):
        words = " ".join(tok.folded.rstrip(".") for tok in tokens[j : j + width])
        if len(tokens[j : j + width]) < width:
            continue
        if words in lex.phrases("hearing_planned"):
            return "planned", width
        if words in lex.phrases("hearing_held"):
            return "held", width
    return None, 0


def _title(
    tokens: list[Token], k: int, j: int, width: int, name: str, gap: str, lex: Lexicon
) -> str | None:
    """The hearing's title when the case at ``k`` and the verb at ``j`` make one, else None."""
    follows = j + width
    if k < j:
        if gap.strip(" ,"):
            return None  # "X davasının etkisi 12 Mart'ta görülecek": the case is not heard
        if follows < len(tokens) and tokens[follows].folded in lex.phrases("hearing_noun"):
            return f"{name} {lex.word('hearing_noun_title')}"
        if follows < len(tokens):
            return None  # the verb ends the sentence: "X davası 12 Mart'ta görülecek."
        return f"{name} {lex.word('hearing_title')}"
    if width == 1 and follows + len(name.split()) == k:
        return f"{name} {lex.word('hearing_title')}"  # "yarın görülecek X davası"
    return None


def _described_case(tokens: list[Token], a: int, k: int) -> str | None:
    """``görülecek kurultay iptal davası``: two or three plain words a participle puts before
    the case head ``k`` describe the case as a name does (one word, ``tazminat davası``, does
    not)."""
    words = tokens[a:k]
    if not 2 <= len(words) <= 3 or any(tok.cap or tok.suffix for tok in words):
        return None
    return " ".join(tok.raw for tok in words)


def name_before(tokens: list[Token], k: int) -> list[Token]:
    """The capitalised words (``NAME_WORDS`` at most, no ending, one space apart) right before
    the case head ``k``: the case's name when it has one (``Ergenekon davası``)."""
    name: list[Token] = []
    for tok in reversed(tokens[max(0, k - NAME_WORDS) : k]):
        if not tok.cap or tok.suffix or tok.end + 1 < (name[0].start if name else tokens[k].start):
            break
        name.insert(0, tok)
    return name


def _case_name(tokens: list[Token], k: int) -> str | None:
    """The name right before the case head ``k`` (``Ergenekon davası``), else None. A single
    capitalised first word of the sentence may be capitalised anyway (``Rüşvet davası``)."""
    name = name_before(tokens, k)
    if not name or (name[0] is tokens[0] and len(name) < 2):
        return None
    return " ".join(tok.raw for tok in name)
