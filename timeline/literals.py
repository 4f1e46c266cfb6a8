"""Pieces of text every match of a regular expression holds, read from the pattern itself.

A pattern searched in every sentence or line (a named day, a list of fixtures) usually
finds nothing, and the regular-expression engine tries it at every position to learn so.
:func:`required_pieces` reads from a pattern's parse a few strings one of which every match
must contain (``Günü`` or ``Haftası`` for a pattern ending in ``(?:Günü|Haftası)``; ``-`` or
``–`` for one with a ``[-–]`` between two names), so that a caller may skip a text holding
none of them: the answer is the same, found without the search. It answers None when it
cannot tell (no such piece, case-insensitive matching, or a parser it does not know).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

try:  # the parser of the standard library's engine (``sre_parse`` before Python 3.11)
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - an interpreter without it: no pieces
    _parser = _c = None

Pieces = tuple[str, ...]


@lru_cache(maxsize=256)
def required_pieces(pattern: re.Pattern) -> Pieces | None:
    """Strings one of which every match of ``pattern`` contains, or None when none is known;
    the longest shortest piece of the pattern's parts (fewer false alarms)."""
    if _parser is None or not isinstance(pattern.pattern, str):
        return None
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - compiled already; a parser of another shape
        return None
    return _of_sequence(list(tree.data))


def holds_one(text: str, pieces: Pieces | None) -> bool:
    """Whether ``text`` may hold a match: it contains one of ``pieces`` (always, for None)."""
    return pieces is None or any(piece in text for piece in pieces)


def _better(a: Pieces | None, b: Pieces | None) -> Pieces | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if min(map(len, b)) > min(map(len, a)) else a


def _of_sequence(items: list[tuple[Any, Any]]) -> Pieces | None:
    """Every item of a sequence is in every match: the best of their pieces, a run of
    literal characters counting as one string."""
    best: Pieces | None = None
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, ("".join(run),))
            run = []
        best = _better(best, _of_item(op, av))
    if run:
        best = _better(best, ("".join(run),))
    return best


def _of_item(op: Any, av: Any) -> Pieces | None:
    if op is _c.IN:
        chars = []
        for kind, value in av:
            if kind is not _c.LITERAL:
                return None  # a range, a class or a negation: too many characters
            chars.append(chr(value))
        return tuple(chars) or None
    if op is _c.SUBPATTERN:
        _, add_flags, _, sub = av
        if add_flags & re.IGNORECASE:
            return None
        return _of_sequence(list(sub.data))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _, sub = av
        return _of_sequence(list(sub.data)) if low >= 1 else None
    if op is _c.BRANCH:
        out: list[str] = []
        for alternative in av[1]:
            found = _of_sequence(list(alternative.data))
            if found is None:
                return None  # one way to match without any known piece
            out.extend(found)
        return tuple(dict.fromkeys(out)) or None
    return None  # assertions, anchors, classes, any character, group references
