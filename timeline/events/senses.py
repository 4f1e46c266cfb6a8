"""Senses: a trigger word names a happening only in its event sense and mood (issue 13, point 4).

* :func:`common_opponent`: ``uzun kuyruklarla karşılaştı`` — a match verb is a match only
  against a named side; met with a common noun in the comitative it is a problem met;
* :func:`other_compound`: ``hisse seçimi`` — a trigger that heads a compound whose lower-case
  modifier is none of its event kinds (``modifier`` in ``event_blockers.tsv``: ``genel
  seçimi``, ``başkanlık seçimi``) is the word's other sense (a choice);
* :func:`unreal`: ``yapılırsa``, ``yapılmasını istedi``, ``yapılması gerekiyor``, ``yapılıp
  yapılmayacağı``, ``yapılacak değil`` — the verb that governs the trigger makes its
  happening a condition, a wish, a need, an open question or a denial (the ``unreal`` form of
  ``event_forms.tsv``): no event, but its dates stay its own;
* :func:`object_after`: ``2015'te imzalanan Paris İklim Anlaşması`` — the name after a
  participle of a verb trigger is what the verb is done to;
* :func:`habitual`: ``her yıl mayıs ayında düzenlenen`` — a date right after a word of
  recurrence (``habitual`` in ``event_words.tsv``) says when the happening recurs, not when
  it is held next.

The words are language data; this module holds only the rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Timex
from ..patterncache import compile_late
from ..text import APOSTROPHES
from .lexicon import Lexicon
from .tokens import Sentence, Token

if TYPE_CHECKING:  # triggers reads the senses of the words it finds
    from .clauses import SubjectReader
    from .triggers import TriggerMatch

VENUE_NAME_REACH = 3  # capitalised words between a trigger and the venue noun of its name
OPPONENT_REACH = 6  # words before a match verb in which its opponent is looked for


def in_venue_name(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the trigger word ``tokens[k]`` is part of a place's name: a venue noun follows
    it (``Haliç Kongre Merkezi'nde``, ``festival alanında``), or follows the capitalised words
    of the same name (``Atatürk Kongre Kültür Merkezi'nde``, ``Kongre ve Sergi Sarayı``) — not
    when the trigger opens the sentence, its capital then the sentence's (``Maç Atatürk
    Olimpiyat Stadı'nda``)."""
    last = tokens[k]
    if last.suffix:
        return False
    venue = tuple(lex.phrases("venue"))
    joins = lex.phrases("and")
    for nxt in tokens[k + 1 : k + 2 + VENUE_NAME_REACH]:
        if nxt.folded.startswith(venue):
            return nxt is tokens[k + 1] or nxt.is_capital
        if (
            k == 0
            or not last.is_capital
            or nxt.suffix
            or not (nxt.is_capital or nxt.folded in joins)
        ):
            return False
    return False


def common_opponent(tokens: list[Token], idx_first: int, lex: Lexicon) -> bool:
    """Whether the nearest comitative before a match verb is a common noun: ``zorlu bir
    rakiple karşılaştı``, ``kuraklık sorunuyla karşılaştı`` (met a problem), not
    ``Liverpool'la`` or ``Dağspor ile Ovaspor``.

    A comitative is ``ile`` after a word (``pair_link``) or a word ending in the comitative
    (``manner_ending``): a name takes it after an apostrophe, a common noun without one."""
    endings = tuple(lex.phrases("manner_ending"))
    link = lex.phrases("pair_link")
    for k in range(idx_first - 1, max(-1, idx_first - 1 - OPPONENT_REACH), -1):
        tok = tokens[k]
        if tok.folded in link:
            return k > 0 and not tokens[k - 1].is_capital
        if tok.suffix:
            if tok.folded.endswith(endings) and tok.is_capital:
                return False  # "Almanya'yla": a named side
            continue
        if tok.raw.isalpha() and tok.raw.islower() and tok.folded.endswith(endings):
            return len(tok.folded) > max(map(len, endings)) + 2
    return False


def other_compound(
    tokens: list[Token], idx_first: int, idx_last: int, stem: str, lex: Lexicon
) -> bool:
    """Whether a trigger with a ``modifier`` list heads a compound (its word carries the
    possessive: ``seçimi``, ``seçiminde``) with a lower-case bare noun before it that is
    none of its kinds: ``ürün seçimi`` (a choice), not ``genel seçimi`` or ``Kulüp seçimi``."""
    kinds = lex.blockers.get((stem, "modifier"), ())
    if not kinds or idx_first == 0 or idx_first != idx_last:
        return False
    head = tokens[idx_last]
    if not head.folded[len(stem) :].startswith(tuple(lex.phrases("compound_possessive"))):
        return False
    mod = tokens[idx_first - 1]
    if mod.suffix or not mod.raw.isalpha() or not mod.raw.islower():
        return False
    if mod.folded in lex.phrases("not_compound") or compile_late(lex.forms["participle"]).search(
        mod.folded
    ):
        return False  # "yeni seçimi", "yapılacak seçimi": an adjective or a participle
    return mod.folded not in kinds


def unreal(
    tm: TriggerMatch, sent: Sentence, folded: str, tokens: list[Token], lex: Lexicon
) -> bool:
    """Whether the happening of a trigger is no fact: a conditional verb comes before it in
    its sentence (``Zirve yapılırsa anlaşma imzalanacak``), or the verb group after it (the
    trigger itself when it is a verb) is conditional or unreal before any status cue is:
    ``Zirve haziranda yapılırsa``, ``toplantının yapılmasını istedi``, ``zirvenin yapılıp
    yapılmayacağı belli değil``."""
    conditional, other = lex.forms.get("conditional"), lex.forms.get("unreal")
    if conditional is None or other is None:
        return False
    if _first_unreal(_whole(conditional), folded, sent.start, tm.opening, tokens) is not None:
        return True
    start = tm.start if tm.trigger.form == "verb" else tm.end
    pattern = _whole(f"{conditional}|{other}")
    found = _first_unreal(pattern, folded, start, sent.end, tokens)
    if found is None:
        return False
    ignore = lex.phrases("not_verb")
    for cue, _ in lex.status["near"]:
        for m in cue.finditer(folded, start, found):
            if m.group() in ignore or folded[m.end() : m.end() + 1] in APOSTROPHES:
                continue
            if m.end() <= found:
                return False  # "toplantı yapıldı, ancak … yapılırsa": its own verb came first
    return True


def _whole(form: str) -> re.Pattern:
    """A form of ``event_forms.tsv`` matched as whole words."""
    return compile_late(rf"(?<!\w)(?:{form})(?!\w)")


def _first_unreal(
    pattern: re.Pattern, folded: str, start: int, stop: int, tokens: list[Token]
) -> int | None:
    """Where the first match of an unreal verb group in ``folded[start:stop]`` begins, a name
    (a capitalised word or one before an apostrophe: ``Bursa``, ``Fransa'da``) skipped."""
    names: set[int] | None = None  # found on the first match only (most find none)
    for m in pattern.finditer(folded, start, stop):
        if names is None:
            names = {t.start for t in tokens if t.cap or t.suffix}
        if m.start() not in names and folded[m.end() : m.end() + 1] not in APOSTROPHES:
            return m.start()
    return None


def habitual(timex: Timex, tokens: list[Token], lex: Lexicon) -> bool:
    """Whether a date comes right after a word of recurrence: ``her yıl mayıs ayında
    düzenlenen fuar`` (every May), ``genellikle Ekim'de toplanır``; not ``Her gün Türkiye'nin
    2026'da …`` (the recurrence belongs to another verb)."""
    words = lex.phrases("habitual")
    before = [t.folded for t in tokens if t.end <= timex.start][-2:]
    return bool(before) and (before[-1] in words or " ".join(before) in words)


MAX_OBJECT = 6  # words of a name after a participle trigger


def object_after(tm: TriggerMatch, free: list[Token], lex: Lexicon) -> list[str] | None:
    """The name a participle of a verb trigger goes with: ``2015'te imzalanan Paris İklim
    Anlaşması`` (what was signed), capitalised words right after it, the last one's ending
    dropped; two words at least, not ending in a place (``imzalanan Türkiye-AB …``)."""
    if tm.trigger.form != "verb" or not compile_late(lex.forms["participle"]).search(
        tm.token.folded
    ):
        return None
    after = [t for t in free if t.start >= tm.end][:MAX_OBJECT]
    words: list[str] = []
    for tok in after:
        if not tok.is_capital or tok.in_run or not tok.stem.replace("-", "").isalpha():
            break
        words.append(tok.stem)
        if tok.suffix:
            break
    if len(words) < 2 or lex.place(words[-1]):
        return _common_object(after, lex)
    return words


COMMON_OBJECT = 2  # words of a lower-case compound after a participle ("ticaret anlaşması")


def _common_object(after: list[Token], lex: Lexicon) -> list[str] | None:
    """``Ankara'da imzalanacak anlaşma``, ``imzalanan ticaret anlaşması``: the event noun
    (or a compound ending in one) right after a participle trigger is what it is done to;
    None when the words after it are no such noun."""
    words: list[str] = []
    for tok in after[:COMMON_OBJECT]:
        if tok.is_capital or tok.suffix or not tok.raw.isalpha():
            return None
        words.append(tok.raw)
        ending = next((e for e in lex.phrases("possessive_stem_end") if tok.folded.endswith(e)), "")
        if tok.folded in lex.event_nouns or tok.folded[: -len(ending) or None] in lex.event_nouns:
            return words
    return None


def subject_of(
    tm: TriggerMatch, free: list[Token], text: str, lex: Lexicon, subject: SubjectReader
) -> list[str] | None:
    """What a verb trigger is done to or by: the name after its participle
    (:func:`object_after`), else the noun phrase before it that ``subject`` reads."""
    return object_after(tm, free, lex) or subject(tm, free, text, lex)
