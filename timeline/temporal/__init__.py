"""Temporal tagging: find date/time expressions and resolve them to TIMEX3 values.

Public API::

    tag(text, reference, spans=None, lang="tr") -> list[Timex]
    tag_document(document) -> list[Timex]

``reference`` is the publication time of the article (the document creation time); values are
resolved against it, the tense of the clause holding the expression, and earlier explicit dates
of the same article. Nothing here reads the clock.

The engine (this package) holds no words of any language: the rules and word lists are data
files under ``timeline/lang/<code>/`` (see :mod:`.grammar`). Tagging runs in two phases, as
HeidelTime does: :mod:`.scanner` finds the expressions and reads what they say
(``12 Kasım`` = day 12 of month 11, year unknown), :mod:`.resolve` fixes their values.

>>> [(t.text, t.value) for t in tag("Zirve 12 Kasım'da yapılacak.", date(2025, 10, 22))]
[("12 Kasım'da", '2025-11-12')]
"""

from __future__ import annotations

from datetime import date, datetime

from ..model import Document, Timex
from .engine import tag_spans


def tag(
    text: str,
    reference: datetime | date,
    spans: tuple[tuple[int, int], ...] | list[tuple[int, int]] | None = None,
    lang: str = "tr",
) -> list[Timex]:
    """Find and resolve the date/time expressions of ``text``.

    Never raises on the content of ``text``: what cannot be read or dated is left out.

    :param text: the whole document text; offsets in the result refer to it.
    :param reference: publication date or time (aware or naive; its local date is used).
    :param spans: the parts of ``text`` to search (default: all of it); clamped to the text.
    :param lang: language code of the resources to use.
    :return: timexes in text order, non-overlapping, each inside one span.
    :raises TypeError: when ``text`` is not a ``str`` or ``reference`` not a date.
    :raises ResourceError: when ``lang`` has no (valid) temporal resources.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if isinstance(reference, datetime):
        reference = reference.date()
    if not isinstance(reference, date):
        raise TypeError(f"reference must be a date or datetime, not {type(reference).__name__}")
    if spans is None:
        spans = [(0, len(text))]
    return tag_spans(text, reference, list(spans), lang)


def tag_document(document: Document) -> list[Timex]:
    """Tag a document's body (its header metadata is left out)."""
    return tag(document.text, document.published, document.body, document.lang)
