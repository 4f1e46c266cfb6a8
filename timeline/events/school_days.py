"""School calendar days told without an event word (issue 13, point 3).

``Okullar 7 Eylül'de açılacak``, ``okullar 22 Ocak'ta kapanacak``, ``dersler 8 Şubat'ta
başlayacak``, ``karneler 22 Ocak'ta verilecek``: a school noun (the subject or the object)
followed by a day and, right after the day, the verb that opens, closes or hands out what it
names is a day of the school calendar. The nouns, verbs and titles are ``school_day`` rows of
``event_words.tsv`` (``okullar açıl Okulların açılması``; a plural: ``yeni okul … açılacak``
is a building); a habitual day (``her yıl eylülde okullar açılır``) has no day of its own and
is no event. The noun must be the day's subject or object in a form of ``school_subject``
(``okullardaki kantinler``, ``karne notları`` tell another thing's day); a genitive
(``school_subject_next``) only right before the day (``okulların 7 Eylül'de açılacağı``).

The words are language data; this module holds only the rules.
"""

from __future__ import annotations

from ..model import Timex
from .lexicon import Lexicon, Trigger
from .tokens import Token
from .triggers import TriggerMatch

SCHOOL_TYPE = "school"  # the event type of a school calendar day
SUBJECT_REACH = 3  # words between the school noun and its day


def school_days(
    tokens: list[Token], timexes: list[Timex], found: list[TriggerMatch], lex: Lexicon
) -> list[TriggerMatch]:
    """The school calendar days of a sentence, as named triggers at their school noun,
    besides the triggers ``found`` already."""
    rows = [row.split(" ", 2) for row in sorted(lex.phrases("school_day"))]
    if not rows or not timexes:
        return []
    out = []
    for t in timexes:
        after = next((k for k, tok in enumerate(tokens) if tok.start >= t.end), None)
        if after is None or tokens[after].is_capital:
            continue
        verb = tokens[after]
        before = [tok for tok in tokens if tok.end <= t.start][-SUBJECT_REACH:]
        if not before or any(
            before[0].start <= tm.start <= verb.start for tm in found
        ):  # "İkinci dönem dersleri …", "… açılış töreniyle": an event word tells it
            continue
        for noun, stem, title in rows:
            if not verb.folded.startswith(stem):
                continue
            subject = next((tok for tok in reversed(before) if tok.folded.startswith(noun)), None)
            if subject is None or not _is_subject(subject, subject is before[-1], lex):
                continue
            trigger = Trigger(f"{noun} {stem}", SCHOOL_TYPE, True, "noun", title, title)
            out.append(
                TriggerMatch(
                    trigger, subject.start, subject.end, subject, subject, title, subject.start
                )
            )
            break
    return out


def _is_subject(tok: Token, next_to_day: bool, lex: Lexicon) -> bool:
    """Whether a school noun's form makes it the subject or object of its day's verb."""
    if tok.folded in lex.phrases("school_subject"):
        return True
    return next_to_day and tok.folded in lex.phrases("school_subject_next")
