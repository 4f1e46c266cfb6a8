"""Helpers for the table-driven temporal tests.

Every table is a list of ``(text, published, expected, why)`` rows (dateutil's
``PARSER_TEST_CASES`` style): ``expected`` lists the values of the expressions found, in text
order. The tables are written for these tests (never copied from articles).
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from timeline.temporal import tag

SCORED = ("DATE", "TIME")


def values(text: str, published: date, types: tuple[str, ...] = SCORED) -> list[str]:
    """The values of the expressions of ``text`` of the given types, in text order."""
    return [t.value for t in tag(text, published) if t.type in types]


def found(text: str, published: date):
    """The single expression of ``text`` (fails when there is not exactly one)."""
    timexes = tag(text, published)
    assert len(timexes) == 1, [(t.text, t.value) for t in timexes]
    return timexes[0]


def assert_no_duplicates(cases: list[tuple]) -> None:
    """A table must not list the same (text, published) twice (dateutil's guard)."""
    counts = Counter((case[0], case[1]) for case in cases)
    duplicates = [key for key, n in counts.items() if n > 1]
    assert not duplicates, duplicates


def parametrize(cases: list[tuple]):
    """``pytest.mark.parametrize`` over a table, each case named by its text."""
    return pytest.mark.parametrize(
        "text, published, expected, why", cases, ids=[c[0][:40] for c in cases]
    )
