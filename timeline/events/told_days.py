"""Events one sentence tells with no trigger word of its own, each read by its module:
:func:`~.verdicts.verdict_days` (``Karar 11 Aralık'ta açıklanacak`` after a named case),
:func:`~.signings.signing_days` (``Yazar … kitaplarını imzalayacak``) and
:func:`~.hearings.hearing_days` (``X davası 12 Mart'ta görülecek``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..model import Event
from .hearings import hearing_days
from .lexicon import Lexicon
from .signings import signing_days
from .verdicts import verdict_days

if TYPE_CHECKING:
    from .sentence import SentenceView


def told_days(views: list[SentenceView], text: str, published: date, lex: Lexicon) -> list[Event]:
    """The verdict days, book signings and hearings the views tell."""
    return (
        verdict_days(views, text, published, lex)
        + signing_days(views, text, published, lex)
        + hearing_days(views, text, published, lex)
    )
