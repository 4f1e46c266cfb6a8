"""Events one sentence tells with no trigger word of its own, each read by its module:
:func:`~.verdicts.verdict_days` (``Karar 11 Aralık'ta açıklanacak`` after a named case) and
:func:`~.signings.signing_days` (``Yazar … kitaplarını imzalayacak``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..model import Event
from .lexicon import Lexicon
from .signings import signing_days
from .verdicts import verdict_days

if TYPE_CHECKING:
    from .sentence import SentenceView


def told_days(views: list[SentenceView], text: str, published: date, lex: Lexicon) -> list[Event]:
    """The verdict days and book signings the views tell."""
    return verdict_days(views, text, published, lex) + signing_days(views, text, published, lex)
