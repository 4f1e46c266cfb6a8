"""Temporal tagging: find date/time expressions and resolve them to TIMEX3 values.

Public API::

    tag(text, reference, spans=None, lang="tr") -> list[Timex]
    tag_document(document) -> list[Timex]

``reference`` is the publication time of the article (the document creation time); values are
resolved against it, the tense of the clause holding the expression, and earlier explicit dates
of the same article. Nothing here reads the clock.
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

    :param text: the whole document text; offsets in the result refer to it.
    :param reference: publication date or time (aware or naive; its local date is used).
    :param spans: the parts of ``text`` to search (default: all of it).
    :param lang: language code of the resources to use.
    :return: timexes in text order, non-overlapping.
    """
    if isinstance(reference, datetime):
        reference = reference.date()
    if spans is None:
        spans = [(0, len(text))]
    return tag_spans(text, reference, list(spans), lang)


def tag_document(document: Document) -> list[Timex]:
    """Tag a document's body (its header metadata is left out)."""
    return tag(document.text, document.published, document.body, document.lang)
