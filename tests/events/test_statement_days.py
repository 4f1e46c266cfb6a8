"""The day of a post, an interview or a written statement dates the statement, not the
event it announces (audit of 2026-12-03, 4: ``Salı günü sosyal medyada yaptığı
paylaşımda, "Perşembe günü … görüşeceğim"`` is a meeting on Thursday). Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from eventkit import extract

D = "2026-04-14"


@pytest.mark.parametrize(
    "text,day",
    [
        (
            "Bakan Demir, [Salı günü|2026-04-14] sosyal medyada yaptığı paylaşımda, "
            '"[Perşembe günü|2026-04-16] Bakan Ayla Kaya ile görüşeceğim" dedi.',
            "2026-04-16",
        ),
        (
            "Vali Aydın [dün|2026-04-13] verdiği röportajda, Bakan Kaya ile "
            "[cuma günü|2026-04-17] görüşeceğini söyledi.",
            "2026-04-17",
        ),
        (
            "Bakan Demir [Salı günü|2026-04-14] yaptığı paylaşımda Bakan Kaya ile "
            "[Perşembe günü|2026-04-16] görüşeceğini duyurdu.",
            "2026-04-16",
        ),
    ],
)
def test_the_day_of_a_post_or_interview_dates_no_event(text: str, day: str) -> None:
    assert [e.date for e in extract(text, D) if e.type == "meeting"] == [day]
