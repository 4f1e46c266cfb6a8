"""The first status cue of a stretch of text, found in one pass.

A status cue (``event_status.tsv``) is looked for with several patterns, each a whole-word
group ``(?<!\\w)(?:…)(?!\\w)``: the cue nearest the start wins, the earlier pattern at one
place. Searching with each pattern in turn scans the stretch once per pattern, to its end for
every pattern that finds nothing there (most of them: a clause holds one verb). :class:`Cues`
keeps, beside the patterns of one scope, one pattern that matches wherever any of them
does (``(?<!\\w)(?:(?:A)(?!\\w)|(?:B)(?!\\w)|…)``); :func:`first_cue` walks the places it finds,
in order, and tries the patterns there only, so the stretch is read once, up to the cue.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Literal

from ..text import APOSTROPHES

_APOSTROPHES = frozenset(APOSTROPHES)
WORD_OPEN, WORD_CLOSE = r"(?<!\w)(?:", r")(?!\w)"


class Cues(list):
    """``(pattern, status)`` pairs of one scope, in priority order, with ``any``: the
    pattern matching wherever one of them does (None when they are not all whole-word
    groups, or there are none: :func:`first_cue` is then not used)."""

    any: re.Pattern | None = None

    @classmethod
    def of(
        cls,
        pairs: Iterable[tuple[re.Pattern, str]],
        compile_: Callable[[str], re.Pattern] = re.compile,
    ) -> Cues:
        out = cls(pairs)
        inner = []
        for pattern, _ in out:
            text = pattern.pattern
            if not (
                isinstance(text, str)
                and text.startswith(WORD_OPEN)
                and text.endswith(WORD_CLOSE)
                and pattern.flags == re.UNICODE
            ):
                return out
            inner.append(text[len(WORD_OPEN) : -len(WORD_CLOSE)])
        if inner:
            alternatives = "|".join(f"(?:{x})(?!\\w)" for x in inner)
            source = f"(?<!\\w)(?:{alternatives})"
            out.any = compile_(source)
        return out


def first_cue(
    folded: str,
    a: int,
    b: int,
    patterns: Cues,
    ignore: frozenset[str] | set[str] = frozenset(),
    not_starts: tuple[str, ...] = (),
) -> tuple[int, str] | None | Literal[False]:
    """What ``triggers._first_cue`` returns for ``patterns`` in ``folded[a:b]``: ``(start,
    status)`` of the nearest acceptable cue, None for none; False when the walk cannot tell
    (an empty match: the caller searches pattern by pattern).

    Each pattern's matches are those ``finditer`` gives from ``a``: one that is passed over
    (a word in ``ignore``, before an apostrophe, or beginning with one of ``not_starts``)
    hides the places it covers from that pattern, as ``finditer`` goes on after its end.
    """
    any_cue = patterns.any
    if any_cue is None:
        return False
    allowed = [a] * len(patterns)  # where each pattern's next match may start
    pos = a
    while True:
        found = any_cue.search(folded, pos, b)
        if found is None:
            return None
        at = found.start()
        for i, (pattern, status) in enumerate(patterns):
            if allowed[i] > at:
                continue
            m = pattern.match(folded, at, b)
            if m is None:
                continue
            end = m.end()
            if end == at:
                return False
            word = m.group()
            if (
                word in ignore
                or folded[end : end + 1] in _APOSTROPHES
                or word.startswith(not_starts)
            ):
                allowed[i] = end
                continue
            return at, status
        pos = at + 1
