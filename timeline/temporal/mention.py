"""Mentions: what a rule found, before resolution (HeidelTime's underspecified values).

A :class:`Mention` holds the interpreted named groups of one match (``fields``: ``day``,
``month``, ``shift``, ``unit``…), the end point of a range (``end_fields``) and the days of a
list. Whether ``12 Kasım`` is 2025 or 2026 is decided later, by :mod:`.resolve`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Mention:
    """One matched expression with its underspecified meaning."""

    start: int
    end: int
    rule: str
    kind: str  # point | range | list | offset | anchored | duration | set | remove
    fields: dict[str, Any] = field(default_factory=dict)
    end_fields: dict[str, Any] = field(default_factory=dict)
    days: tuple[int, ...] = ()
    since: bool = False  # followed by "bu yana", "kadar"…: a reference point, not narrative time

    @property
    def has_year(self) -> bool:
        """An explicit year is written in the expression (``12 Kasım 2025``, ``2024'te``)."""
        return "year" in self.fields or "year" in self.end_fields

    @property
    def is_full_date(self) -> bool:
        """Day or month with an explicit year: a date that can anchor a narrative."""
        f = self.end_fields or self.fields
        return self.has_year and "month" in f
