"""The owner of a numbered event's name: ``Yeni Yol Partisi'nin 9. Olağan Büyük Kongresi``.

A name that opens with its ordinal (``9. Olağan Büyük Kongresi``, ``70. Genel Kurulu``) says
the edition, not whose it is; a body named right before it in the genitive (a possessed head
such as ``Partisi``, ``Birliği``, ``Derneği``, or an acronym such as ``NATO``) is its owner
and stays in the title. A country or a city before it (``Türkiye'nin 5. …``) is left out: it
hosts or joins an event more often than it owns it.

A name that is only a place and a lower-case event noun (``İzmir konseri``) says where; a
name in the genitive right before it (``Defne Aksoy'un İzmir konseri``) says whose, and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import fold
from .morphology import morphology
from .tokens import Token

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .triggers import TriggerMatch

MAX_OWNER = 5  # words of an owner's name


def _acronym(stem: str) -> bool:
    return len(stem) >= 2 and stem.isupper() and stem.isalpha()


def _body(tok: Token, lex: Lexicon) -> bool:
    """A possessed head (``Partisi``) or an acronym (``NATO``) in the genitive."""
    stem = tok.stem
    possessed = len(stem) > 3 and fold(stem).endswith(tuple(lex.phrases("possessive_end")))
    return tok.suffix in lex.phrases("genitive_person") and (_acronym(stem) or possessed)


def own_numbered_name(text: str, tokens: list[Token], tm: TriggerMatch, lex: Lexicon) -> None:
    """Put the owner before a name that opens with its ordinal (see the module)."""
    if not tm.name:
        return
    k = next((i for i, t in enumerate(tokens) if t.start == tm.name_start), None)
    if not k:
        return
    owner = tokens[k - 1]
    if text[owner.end : tokens[k].start].strip() or not owner.is_capital or not _body(owner, lex):
        return
    if lex.place(owner.stem) or not (tokens[k].is_ordinal or _acronym(owner.stem)):
        return  # "NATO'nun Dışişleri Bakanları Toplantısı": an acronym owns any name
    words = [owner]
    for tok in reversed(tokens[: k - 1]):
        if len(words) == MAX_OWNER or text[tok.end : words[0].start].strip():
            break
        if tok.suffix or not tok.is_capital or tok.in_run or lex.place(tok.stem):
            break
        words.insert(0, tok)
    if len(words) == 1 and not _acronym(owner.stem):
        return  # "Partisi'nin" alone names no body
    tm.name = " ".join([*(t.raw for t in words), tm.name])
    tm.name_start = words[0].start


MAX_PERSON = 3  # capitalised words of a name before a place-named event


def _title_word(folded: str, lex: Lexicon) -> bool:
    return folded in lex.title_firsts or any(k.split()[-1] == folded for k in lex.titles)


def own_place_name(
    text: str, tokens: list[Token], tm: TriggerMatch, sent_start: int, lex: Lexicon
) -> None:
    """Put a genitive name before a name of a place and a lower-case noun (see the module)."""
    if not tm.name or tm.trigger.form != "noun" or tm.token.is_capital:
        return
    k = next((i for i, t in enumerate(tokens) if t.start == tm.name_start), None)
    if not k or tokens[k + 1] is not tm.first:
        return
    where, owner = tokens[k], tokens[k - 1]
    if where.suffix or not lex.place(where.stem):
        return
    if text[owner.end : where.start].strip() or not owner.is_capital or owner.in_run:
        return
    if owner.suffix not in lex.phrases("genitive_person") or lex.place(owner.stem):
        return
    words = [owner]
    for tok in reversed(tokens[: k - 1]):
        if len(words) == MAX_PERSON or text[tok.end : words[0].start].strip():
            break
        if tok.suffix or not tok.is_capital or tok.in_run or tok.start == sent_start:
            break  # "Sanatçı …": a word that opens the sentence may be a common noun
        if _title_word(tok.folded, lex) or lex.place(tok.stem):
            break  # "Bakan Yücel'in": a person's title, no word of the name
        words.insert(0, tok)
    tm.name = " ".join([*(t.raw for t in words), tm.name])
    tm.name_start = words[0].start


def _bare_genitive(word: str, lex: Lexicon) -> str | None:
    """``davanın`` -> ``dava``: a common noun ending in a vowel, without its genitive."""
    for ending in lex.after_vowel("genitive"):
        if word.endswith(ending) and word[: -len(ending)][-1:] in morphology(lex.lang).vowels:
            return word[: -len(ending)]
    return None


def defendant_case(before: list[Token], lex: Lexicon) -> str | None:
    """``Murat Eren'in yargılandığı davanın duruşması`` -> ``Murat Eren davasının``: a case
    the text names by its defendant (a ``defendant_participle`` between the name in the
    genitive and the case noun in the genitive) is titled so, as newsrooms name it."""
    if len(before) < 3 or before[-1].is_capital or before[-1].suffix:
        return None
    if before[-2].folded not in lex.phrases("defendant_participle"):
        return None
    owner = before[-3]
    if not owner.is_capital or owner.suffix not in lex.phrases("genitive_person"):
        return None
    if lex.place(owner.stem):
        return None
    noun = _bare_genitive(before[-1].raw, lex)
    if not noun:
        return None
    words = [owner.stem]
    for tok in reversed(before[: len(before) - 3]):
        if len(words) == MAX_PERSON:
            break
        if tok.suffix or not tok.is_capital or tok.in_run or tok.start == before[0].start:
            break  # "Gazeteci …": the word that opens the sentence may be a common noun
        if _title_word(tok.folded, lex) or lex.place(tok.stem):
            break
        words.insert(0, tok.raw)
    head = lex.attach(
        lex.attach(noun, "possessive", apostrophe=False), "genitive", apostrophe=False
    )
    return f"{' '.join(words)} {head}"
