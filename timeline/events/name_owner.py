"""The owner of a numbered event's name: ``Yeni Yol Partisi'nin 9. Olağan Büyük Kongresi``.

A name that opens with its ordinal (``9. Olağan Büyük Kongresi``, ``70. Genel Kurulu``) says
the edition, not whose it is; a body named right before it in the genitive (a possessed head
such as ``Partisi``, ``Birliği``, ``Derneği``, or an acronym such as ``NATO``) is its owner
and stays in the title. A country or a city before it (``Türkiye'nin 5. …``) is left out: it
hosts or joins an event more often than it owns it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import fold
from .tokens import Token

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .triggers import TriggerMatch

MAX_OWNER = 5  # words of an owner's name


def _body(tok: Token, lex: Lexicon) -> bool:
    """A possessed head (``Partisi``) or an acronym (``NATO``) in the genitive."""
    stem = tok.stem
    acronym = len(stem) >= 2 and stem.isupper() and stem.isalpha()
    return tok.suffix in lex.phrases("genitive_person") and (
        acronym or (len(stem) > 3 and fold(stem).endswith(tuple(lex.phrases("possessive_end"))))
    )


def own_numbered_name(text: str, tokens: list[Token], tm: TriggerMatch, lex: Lexicon) -> None:
    """Put the owner before a name that opens with its ordinal (see the module)."""
    if not tm.name or not tm.name[:1].isdigit():
        return
    k = next((i for i, t in enumerate(tokens) if t.start == tm.name_start), None)
    if not k or not tokens[k].is_ordinal:
        return
    owner = tokens[k - 1]
    if text[owner.end : tokens[k].start].strip() or not owner.is_capital or not _body(owner, lex):
        return
    words = [owner]
    for tok in reversed(tokens[: k - 1]):
        if len(words) == MAX_OWNER or text[tok.end : words[0].start].strip():
            break
        if tok.suffix or not tok.is_capital or tok.in_run or lex.place(tok.stem):
            break
        words.insert(0, tok)
    if len(words) == 1 and not owner.stem.isupper():
        return  # "Partisi'nin" alone names no body
    tm.name = " ".join([*(t.raw for t in words), tm.name])
    tm.name_start = words[0].start
