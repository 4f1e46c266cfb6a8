"""An acronym that owns something else is no event (issue 13): ``Yüksek Seçim Kurulu (YSK)
Başkanı``, ``YSK'nın kararı``, ``YSK takvimi``. An article may define an acronym whose long form
holds an event word (``Seçim``) and read the acronym as that event's name elsewhere; where the
acronym stands before a possessed noun or in the genitive before another noun, it names the
owner of that noun (a body's chair, decision or calendar), not the event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import fold

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .tokens import Token

MIN_POSSESSED = 5  # letters of a word read as possessed by its last vowel ("kararı")


def owns_other(tokens: list[Token], k: int, text: str, lex: Lexicon) -> bool:
    """Whether the acronym ``tokens[k]`` owns the noun after it: that noun is possessed
    (``YSK Başkanı``, ``(YSK) kararı``), or the acronym is in the genitive (``YSK'nın
    takvimi``), and the noun is no event word (``YSK seçimi`` is the election)."""
    tok = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None or text[tok.end : nxt.start].strip() not in ("", ")"):
        return False
    if lex.trigger_re.match(nxt.folded):
        return False
    if tok.suffix:
        return lex.case_of(tok.suffix) == "genitive"
    return _possessed(nxt, lex)


def _possessed(tok: Token, lex: Lexicon) -> bool:
    """A noun with a third person's possessive: a person's title (``Başkanı``), an ending in
    ``-sı`` (``açıklaması``), or a vowel ending after a consonant that no past tense ends in
    (``kararı``, ``takvimi``; not ``açıkladı``)."""
    word = fold(tok.stem)
    if word in lex.titles:
        return True
    compound = tuple(e for e in lex.phrases("compound_possessive") if len(e) > 1)
    if word.endswith(compound):
        return True
    vowels = tuple(lex.phrases("possessive_end"))
    past = tuple(lex.phrases("finite_past"))
    return (
        len(word) >= MIN_POSSESSED
        and word.endswith(vowels)
        and word[-2] not in lex.vowels
        and not word.endswith(past)
    )
