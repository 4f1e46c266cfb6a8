"""An election named by its kind and an adjective (issue 13): ``genel seçim``, ``ara
seçimler``, ``kısmi seçim``. A kind of several words the lexicon knows (``yerel seçimler``)
is titled so already; a bare trigger after one of its ``modifier`` words (event_blockers.tsv,
the words that make ``seçim`` a vote rather than a choice) is titled by that word and the
trigger in the nominative, plural when written so (``Genel seçimler``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .titles import cap_title

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .tokens import Token
    from .triggers import TriggerMatch

SELF_NAMED_KINDS = ("election",)  # kinds a country holds, named by their kind


def modified_kind(tm: TriggerMatch, tokens: list[Token], text: str, lex: Lexicon) -> str | None:
    """``Genel seçim`` for ``genel seçimin``, ``Ara seçimler`` for ``ara seçimlerde``; None
    when the trigger has a name, another kind, a possessive of its own (a compound, titled
    elsewhere) or no modifier right before it."""
    if tm.name or tm.trigger.type not in SELF_NAMED_KINDS or tm.first is not tm.token:
        return None
    lemma = tm.trigger.lemma
    if " " in lemma or tm.token.suffix:
        return None
    kinds = lex.blockers.get((tm.trigger.stem, "modifier"), ())
    before = [t for t in tokens if t.end <= tm.first.start][-1:]
    if not before or before[0].suffix or before[0].folded not in kinds:
        return None
    if text[before[0].end : tm.first.start].strip():
        return None
    rest = tm.token.folded[len(lemma) :]
    plural = next((p for p in lex.phrases("plural_ending") if rest.startswith(p)), "")
    ending = rest[len(plural) :]
    possessed = ending[:1] in lex.phrases("possessive_end")
    if possessed and (len(ending) == 1 or (len(ending) > 2 and ending[1] == "n")):
        return None  # "Cumhurbaşkanlığı seçiminin": a compound, titled as such
    return cap_title(f"{before[0].raw} {lemma}{plural}")
