"""Quoted event names: ``"Sahil Sesleri" festivali``, ``'Dijital Gelecek 2027' konferansı``.

A short quotation that opens with a capital or a digit, set right before a lower-case noun
trigger, is that event's own name; the title is the quotation and the trigger's title noun
(``Sahil Sesleri festivali``), not the place the text gives (``Çeşme festivali``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import fold

if TYPE_CHECKING:
    from .tokens import Sentence
    from .triggers import TriggerMatch

MAX_WORDS = 6  # words of a quoted name
_PAIRS = {'"': '"', "“": "”", "‘": "’", "'": "'", "«": "»"}
_QUOTED = re.compile(
    r"""(?:^|(?<=[\s(]))(?P<open>["“‘'«])(?P<name>[^"“”‘’'«»\n.!?;:]{1,80})(?P<close>["”’'»])\s+$"""
)


def quoted_name(text: str, tm: TriggerMatch, sent: Sentence) -> None:
    """Give ``tm`` the quoted name right before it, when there is one (see the module)."""
    if tm.trigger.form != "noun" or tm.first.is_capital:
        return
    m = _QUOTED.search(text, sent.start, tm.first.start)
    if m is None or _PAIRS[m["open"]] != m["close"]:
        return
    if tm.name and tm.name_start < m.start("name"):
        return  # a name the words outside the quotation give
    name = m["name"].strip()
    if not name or not (name[0].isupper() or name[0].isdigit()) or len(name.split()) > MAX_WORDS:
        return
    head_noun = tm.trigger.noun.split()[-1]
    if not fold(tm.token.raw).startswith(fold(head_noun)):
        return  # a bare head ("\"Çok önemli\" toplantı") is described, not named
    noun = head_noun if len(tm.trigger.stem.split()) == 1 else tm.trigger.noun
    tm.name = f"{name} {noun}"
    tm.name_start = m.start("name")
