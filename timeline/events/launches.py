"""What a launch verb names (issue 13): the vehicle or satellite that is launched.

A passive launch verb (``… fırlatılacak``) is about its subject, and a newsroom titles it by
the vehicle's name (``Türksat 7A uydusunun fırlatılması``, ``Göktürk-3'ün fırlatılması``).
Where it goes (a dative, ``uzaya``) or where from (``Florida'dan``) is no launched thing, nor
is a common noun that opens the sentence (``Roket … fırlatılacak``, ``Uydu …``): with no name
the launch titles nothing and stays out of the feed. The classifier nouns that follow a name
(``uydusu``, ``roketi``) are ``launch_vehicle`` words of the language's lexicon.
"""

from __future__ import annotations

import re

from ..text import fold
from .lexicon import Lexicon
from .titles import common_noun, lowered
from .tokens import Token
from .triggers import TriggerMatch

LAUNCHED = "launch"  # the trigger kind whose verb is told of a named vehicle
MAX_NAME = 4  # words of a vehicle's name ("Soyuz MS-28")


def launched_vehicle(
    tm: TriggerMatch, free: list[Token], text: str, lex: Lexicon
) -> list[str] | None:
    """The name of the vehicle a launch verb is told of, as title words (``["Türksat 7A",
    "uydusu"]``, ``["Göktürk-3"]``), or ``None`` when the sentence names none before the verb.
    A name followed by a vehicle noun (``Türksat 7A uydusu``, ``… roketi``: kept, as the name
    may be its maker's) wins over a bare name in the nominative; a name that only
    modifies the common noun after it (``Ax-5 ekibi``) names no vehicle."""
    before = [t for t in free if t.end <= tm.first.start]
    vehicles = tuple(lex.phrases("launch_vehicle"))
    runs = _name_runs(before, text, lex)
    along = lex.case_endings("comitative")  # "Falcon 9 roketiyle": what carries it
    for run, nxt in runs:
        if nxt is not None and nxt.folded.startswith(vehicles) and not nxt.folded.endswith(along):
            return [_name(run), nxt.raw]  # "Türksat 7A uydusunun": whose name it bears
    for run, nxt in runs:
        if not run[-1].suffix and not _modifies(run, nxt, text):
            return [_name(run)]
    if runs and lex.case_of(runs[-1][0][-1].suffix) == "genitive":
        run = runs[-1][0]  # "Türksat 7A'nın fırlatılması": the verbal noun's owner
        if not text[run[-1].end : tm.first.start].strip():
            return [_name(run)]
    last = before[-1] if before else None
    genitive = lex.case_endings("genitive")
    if last is not None and last.raw[:1].islower() and last.folded.endswith(genitive):
        if not text[last.end : tm.first.start].strip():
            return [last.raw]  # "roketin fırlatılması": a common owner, which names no launch
    return None


def _modifies(run: list[Token], nxt: Token | None, text: str) -> bool:
    """Whether a name is written right before a lower-case noun, which it then modifies."""
    return nxt is not None and nxt.raw[:1].islower() and not text[run[-1].end : nxt.start].strip()


def _name(run: list[Token]) -> str:
    """The name as one title word, so that its ending goes after an apostrophe
    (``Türksat 7A'nın``)."""
    return " ".join([*(t.raw for t in run[:-1]), run[-1].stem])


def _name_runs(
    before: list[Token], text: str, lex: Lexicon
) -> list[tuple[list[Token], Token | None]]:
    """Runs of name words (a capitalised word, then words in capitals or with digits: ``Soyuz
    MS-28``) that are neither places nor common nouns, each with the word after it."""
    runs: list[tuple[list[Token], Token | None]] = []
    run: list[Token] = []
    for tok in [*before, None]:
        if tok is not None and run and _name_word(tok, True) and _joined(run, tok, text):
            run.append(tok)
            continue
        if run and _named(run, text, lex):
            runs.append((run[:MAX_NAME], tok))
        run = [tok] if tok is not None and _name_word(tok, False) else []
    return runs


def _joined(run: list[Token], tok: Token, text: str) -> bool:
    """Whether a word goes on the run before it: nothing but a blank between them."""
    return not run or (not run[-1].suffix and not text[run[-1].end : tok.start].strip())


def _name_word(tok: Token, inside: bool) -> bool:
    """A word that opens a name (a capital) or goes on one (a capital, or a digit: ``7A``)."""
    if tok.raw[:1].isupper() and tok.is_capital:
        return True
    return inside and any(c.isdigit() for c in tok.stem)


def _named(run: list[Token], text: str, lex: Lexicon) -> bool:
    """Whether a run of capitalised words names a vehicle: no place, no person's title, not
    one common word that only opens its sentence (``Roket``, ``Uydu``)."""
    stem = " ".join([*(t.raw for t in run[:-1]), run[-1].stem])
    if lex.place(stem) or (len(run) == 1 and lex.place(run[0].stem)):
        return False
    if fold(run[0].stem) in lex.titles:
        return False
    if len(run) == 1:
        word = run[0].stem
        vehicles = tuple(lex.phrases("launch_vehicle"))
        if common_noun(word, lex) or lowered(word, text) or fold(word).startswith(vehicles):
            return False
        if any(c.isdigit() for c in word) or run[0].shouting:
            return True  # "Göktürk-3", "ISS"
        return not _opens(run[0], text) or _capital_inside(word, text)
    return True


def _opens(tok: Token, text: str) -> bool:
    """Whether a word opens its sentence or line (its capital may be the sentence's)."""
    before = text[: tok.start].rstrip(" \t")
    return not before or before[-1] in ".!?:\n\"“'‘"


def _capital_inside(word: str, text: str) -> bool:
    """Whether the text writes a word with its capital inside a sentence too (a name)."""
    return any(
        not _opens(Token(m.start(), m.end(), word, word, ""), text)
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)
    )
