"""Period.parse: the one reader of the days a TIMEX3 value covers, on every value form.

Rows are ``(value, granularity, first, last, time, days)``; the invalid rows name why they
fail. The expected days are worked out by hand from the calendar, not by the code.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline.model import Event, slot_days
from timeline.temporal.dates import SLOT_GRANULARITIES, Period, PeriodError

D = date
VALID = [
    ("2025-11-12", "day", D(2025, 11, 12), D(2025, 11, 12), None, ()),
    ("2024-02-29", "day", D(2024, 2, 29), D(2024, 2, 29), None, ()),
    ("2025-11-12T14:00", "time", D(2025, 11, 12), D(2025, 11, 12), "14:00", ()),
    ("2025-11-12TMO", "partofday", D(2025, 11, 12), D(2025, 11, 12), None, ()),
    ("2025-11-12TNI", "partofday", D(2025, 11, 12), D(2025, 11, 12), None, ()),
    ("2025-11", "month", D(2025, 11, 1), D(2025, 11, 30), None, ()),
    ("2024-02", "month", D(2024, 2, 1), D(2024, 2, 29), None, ()),
    ("2025", "year", D(2025, 1, 1), D(2025, 12, 31), None, ()),
    ("2025-W38", "week", D(2025, 9, 15), D(2025, 9, 21), None, ()),
    ("2026-W01", "week", D(2025, 12, 29), D(2026, 1, 4), None, ()),
    ("2025-W38-WE", "weekend", D(2025, 9, 20), D(2025, 9, 21), None, ()),
    ("2025-Q1", "quarter", D(2025, 1, 1), D(2025, 3, 31), None, ()),
    ("2025-Q4", "quarter", D(2025, 10, 1), D(2025, 12, 31), None, ()),
    ("2027-H1", "half", D(2027, 1, 1), D(2027, 6, 30), None, ()),
    ("2027-H2", "half", D(2027, 7, 1), D(2027, 12, 31), None, ()),
    ("2025-SP", "season", D(2025, 3, 1), D(2025, 5, 31), None, ()),
    ("2025-SU", "season", D(2025, 6, 1), D(2025, 8, 31), None, ()),
    ("2025-FA", "season", D(2025, 9, 1), D(2025, 11, 30), None, ()),
    ("2023-WI", "season", D(2023, 12, 1), D(2024, 2, 29), None, ()),
    ("195", "decade", D(1950, 1, 1), D(1959, 12, 31), None, ()),
    ("202", "decade", D(2020, 1, 1), D(2029, 12, 31), None, ()),
    ("18", "century", D(1800, 1, 1), D(1899, 12, 31), None, ()),
    ("2026-06-15/2026-06-16", "day", D(2026, 6, 15), D(2026, 6, 16), None, ()),
    ("2025-11/2026-02", "month", D(2025, 11, 1), D(2026, 2, 28), None, ()),
    ("2025-11/2025-12-05", "day", D(2025, 11, 1), D(2025, 12, 5), None, ()),
    ("2025-11-12T14:00/2025-11-12T16:30", "day", D(2025, 11, 12), D(2025, 11, 12), "14:00", ()),
    ("2025-11-12TMO/2025-11-13TEV", "day", D(2025, 11, 12), D(2025, 11, 13), None, ()),
    (
        "2025-09-13,2025-09-07",
        "day",
        D(2025, 9, 7),
        D(2025, 9, 13),
        None,
        (D(2025, 9, 7), D(2025, 9, 13)),
    ),
    (
        "2025-09-07,2025-09-08,2025-09-08",
        "day",
        D(2025, 9, 7),
        D(2025, 9, 8),
        None,
        (D(2025, 9, 7), D(2025, 9, 8)),
    ),
]

INVALID = [
    ("P3Y", "a duration covers no fixed days"),
    ("PT2H", "a duration of hours"),
    ("XXXX-08-30", "a yearly set"),
    ("XXXX-WXX-1", "a weekly set"),
    ("2025-13", "no 13th month"),
    ("2025-00", "no month 0"),
    ("2025-02-29", "2025 is not a leap year"),
    ("2025-04-31", "April has 30 days"),
    ("0000", "there is no year 0"),
    ("2025-W54", "no 54th week"),
    ("2025-Q5", "no fifth quarter"),
    ("2025-H3", "no third half"),
    ("2025-XX", "not a season"),
    ("2025-11-12T", "a time without a clock"),
    ("2025-11-12TXX", "not a part of day"),
    ("2025-12/2025-11", "an interval running backwards"),
    ("2025-11-12/P3D", "an interval to a duration"),
    ("2025-11,2025-12", "a list of months"),
    ("2025-11-12,", "a list with an empty item"),
    ("", "empty"),
    ("1", "one digit"),
    ("20251", "five digits"),
    ("2025-1-2", "digits not padded"),
    (" 2025", "blank around a value"),
    ("yesterday", "a word"),
]


@pytest.mark.parametrize(("value", "granularity", "first", "last", "time", "days"), VALID)
def test_parse_reads_each_form(value, granularity, first, last, time, days):
    period = Period.parse(value)
    assert (period.value, period.granularity) == (value, granularity)
    assert (period.first, period.last, period.time, period.days) == (first, last, time, days)


@pytest.mark.parametrize(("value", "why"), INVALID)
def test_parse_rejects_with_a_clear_error(value, why):
    with pytest.raises(PeriodError, match=re.escape(repr(value))) as caught:
        Period.parse(value)
    assert isinstance(caught.value, ValueError), why


def test_parse_rejects_what_is_not_a_string():
    with pytest.raises(TypeError, match="a string"):
        Period.parse(None)


@pytest.mark.parametrize(
    ("value", "allowed"),
    [("2025-Q1", False), ("2025-W38", False), ("195", False), ("2025", True), ("2025-11", True)],
)
def test_parse_only_some_granularities(value, allowed):
    if allowed:
        assert Period.parse(value, SLOT_GRANULARITIES).value == value
    else:
        with pytest.raises(PeriodError, match="expected a year/month/day"):
            Period.parse(value, SLOT_GRANULARITIES)


@pytest.mark.parametrize(
    ("make", "value"),
    [
        (lambda: Period.day(D(2025, 11, 12)), "2025-11-12"),
        (lambda: Period.day(D(2025, 11, 12)).at(9, 30), "2025-11-12T09:30"),
        (lambda: Period.day(D(2025, 11, 12)).part_of_day("AF"), "2025-11-12TAF"),
        (lambda: Period.week(D(2025, 9, 17)), "2025-W38"),
        (lambda: Period.weekend(D(2025, 9, 17)), "2025-W38-WE"),
        (lambda: Period.quarter(2025, 2), "2025-Q2"),
        (lambda: Period.half(2025, 2), "2025-H2"),
        (lambda: Period.season(2025, "WI"), "2025-WI"),
        (lambda: Period.decade(199), "199"),
        (lambda: Period.century(19), "19"),
        (lambda: Period.day_list([D(2025, 9, 13), D(2025, 9, 7)]), "2025-09-07,2025-09-13"),
    ],
)
def test_parse_reads_back_what_the_constructors_write(make, value):
    made = make()
    assert made.value == value
    assert Period.parse(value) == made


@pytest.mark.parametrize(
    ("event", "expected", "original"),
    [
        (
            Event("2025-11", "month", "", "summit", "planned", ""),
            (D(2025, 11, 1), D(2025, 11, 30)),
            None,
        ),
        (
            Event("2026-06-15", "day", "", "exam", "planned", "", end="2026-06-16"),
            (D(2026, 6, 15), D(2026, 6, 16)),
            None,
        ),
        (
            Event(
                "2026", "year", "", "summit", "postponed", "", replaces=("2025-12-01", "2025-12-03")
            ),
            (D(2026, 1, 1), D(2026, 12, 31)),
            (D(2025, 12, 1), D(2025, 12, 3)),
        ),
    ],
)
def test_event_range_and_original_range(event, expected, original):
    assert event.range() == expected
    assert event.original_range() == (original or expected)


@pytest.mark.parametrize("value", ["2025-W38", "2025-11-12T14:00", "P3Y", "2025-02-30"])
def test_slot_days_accepts_only_slot_forms(value):
    with pytest.raises(PeriodError):
        slot_days(value)
