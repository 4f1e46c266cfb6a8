"""A court's verdict day, after the case named before it (issue 13, courts).

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "2026-02-10"


def _feed(body: str) -> list[tuple[str, str, str]]:
    return [
        (e.title, e.date, e.status)
        for e in extract(body, D)
        if e.confidence >= FEED_MIN_CONFIDENCE and e.calendar
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Sanıklar dün Kuzey Madencilik davasında savunma yaptı. "
            "Karar [17 Nisan'da|2026-04-17] açıklanacak.",
            [("Kuzey Madencilik davasında karar", "2026-04-17", "planned")],
        ),
        (
            "Tanıklar dün Yelkenli davasının dördüncü oturumunda dinlendi. "
            "Karar [3 Haziran'da|2026-06-03] verilecek.",
            [("Yelkenli davasında karar", "2026-06-03", "planned")],
        ),
    ],
)
def test_verdict_of_the_case_named_before(body, expected):
    assert _feed(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # no case named: whose verdict is not said
        "Karar [17 Nisan'da|2026-04-17] açıklanacak.",
        # a case of no name, and a sentence's capitalised first word
        "Kooperatif üyelerinin açtığı tazminat davası sürüyor. Karar [9 Mayıs'ta|2026-05-09]"
        " açıklanacak.",
        "Tazminat davası bugün görüldü. Karar [9 Mayıs'ta|2026-05-09] açıklanacak.",
        # two named cases: which one is not said
        "Mavi Liman davası ile Sarıkaya davası birleştirildi. Karar [9 Mayıs'ta|2026-05-09]"
        " verilecek.",
        # a new paragraph: the case before it is another story's
        "Sanıklar Kuzey Madencilik davasında savunma yaptı.\n\nKarar [9 Mayıs'ta|2026-05-09]"
        " açıklanacak.",
    ],
)
def test_no_verdict_without_one_named_case(body):
    assert not [e for e in _feed(body) if "karar" in e[0].lower()], _feed(body)
