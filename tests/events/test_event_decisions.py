"""Rate decisions of a central bank: a scheduled decision day is a calendar event, whether the
text names the decision (``faiz kararını açıkladı``) or tells what it did to the policy rate
(``faizi yüzde 38'e indirdi``; ``timeline/events/rates.py``).

Each case is ``(name, published, text, expected)`` as in ``test_event_sentences``: dates are
marked ``[as written|TIMEX3 value]`` and ``expected`` lists the events with the fields that
matter (``[]``: no event at all). Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import assert_events, extract

D = "2026-02-05"

CASES = [
    (
        "a rate decision announced today is a calendar event",
        D,
        "Merkez Bankası faiz kararını [bugün|2026-02-05] açıkladı.",
        [dict(date="2026-02-05", type="decision", status="held", calendar=True)],
    ),
    (
        "a rate decision to come on a day",
        D,
        "Avrupa Merkez Bankası faiz kararını [12 Mart'ta|2026-03-12] açıklayacak.",
        [dict(date="2026-03-12", type="decision", status="planned", calendar=True)],
    ),
    (
        "a rate decision known to the month is no calendar event",
        D,
        "Merkez Bankası faiz kararını [Mart ayında|2026-03] açıklayacak.",
        [dict(date="2026-03", granularity="month", calendar=False)],
    ),
    # --- a decision told by what it did to the rate ----------------------------------------
    (
        "a bank cut its policy rate on a day",
        D,
        "Merkez Bankası [15 Ocak'ta|2026-01-15] politika faizini yüzde 40'tan yüzde 38'e indirdi.",
        [
            dict(
                date="2026-01-15",
                title="TCMB faiz kararı",
                type="decision",
                status="held",
                calendar=True,
            )
        ],
    ),
    (
        "a list of past decisions names the bank once in its paragraph",
        D,
        "Fed faiz indirimlerine geçen yıl başladı. [18 Eylül 2025'te|2025-09-18] faiz yüzde"
        " 5,5'ten yüzde 5'e düştü. [7 Kasım 2025'te|2025-11-07] ise faiz yüzde 4,75'e"
        " geriledi.",
        [
            dict(date="2025-09-18", title="Fed faiz kararı", status="held", calendar=True),
            dict(date="2025-11-07", title="Fed faiz kararı", status="held", calendar=True),
        ],
    ),
    (
        "a bank will keep its rate on a day",
        D,
        "Avrupa Merkez Bankası'nın faizi [12 Mart'ta|2026-03-12] sabit bırakacağı öngörülüyor."
        " Avrupa Merkez Bankası faizi [12 Mart'ta|2026-03-12] sabit tutacak.",
        [dict(date="2026-03-12", title="ECB faiz kararı", status="planned", calendar=True)],
    ),
    (
        "cuts in two months, one verb: one decision per month, not in the calendar",
        D,
        "Japonya Merkez Bankası faizi [Mart'ta|2025-03] 50, [Nisan'da|2025-04] 25 baz puan"
        " düşürdü.",
        [
            dict(date="2025-03", title="BoJ faiz kararı", calendar=False),
            dict(date="2025-04", title="BoJ faiz kararı", calendar=False),
        ],
    ),
    (
        "a cut told by its noun and a verb",
        D,
        "ABD Merkez Bankası [17 Eylül 2025'te|2025-09-17] faiz indirimine gitti. İngiltere"
        " Merkez Bankası [18 Şubat'ta|2026-02-18] faiz artırımı yapacak.",
        [
            dict(date="2025-09-17", title="Fed faiz kararı", status="held", calendar=True),
            dict(date="2026-02-18", title="BoE faiz kararı", status="planned", calendar=True),
        ],
    ),
    (
        "a cut told by a converb on a past day",
        D,
        "Fed [dün|2026-02-04] politika faizini 25 baz puan düşürerek yüzde 4-4,25 aralığına"
        " çekti. Fed'in [yarın|2026-02-06] faizi düşürerek piyasaları rahatlatması bekleniyor.",
        [dict(date="2026-02-04", title="Fed faiz kararı", status="held", calendar=True)],
    ),
    (
        "a cut expected by its noun is no decision told",
        D,
        "Fed'in [18 Şubat'ta|2026-02-18] faiz indirimine gitmesi bekleniyor.",
        [],
    ),
    (
        "a participle right before the rate tells a decision on the date before it",
        D,
        "Fed geçen yıl faizi üç kez indirdi. [18 Eylül 2025'te|2025-09-18] yüzde 5'e indirilen"
        " faiz [7 Kasım 2025'te|2025-11-07] yüzde 4,75'e düşürüldü.",
        [
            dict(date="2025-09-18", title="Fed faiz kararı", status="held", calendar=True),
            dict(date="2025-11-07", title="Fed faiz kararı", status="held", calendar=True),
        ],
    ),
    (
        "a participle before a market's rate tells nothing",
        D,
        "Merkez Bankası kararını bekleyen piyasada [dün|2026-02-04] yükselen tahvil faizi"
        " yüzde 31 oldu.",
        [],
    ),
    (
        "a rate another word owns is a market's",
        D,
        "Merkez Bankası kararının ardından gösterge tahvilin faizi [dün|2026-02-04] yüzde 30'a"
        " geriledi. Mevduat faizi [dün|2026-02-04] düştü.",
        [],
    ),
    (
        "an expected cut is no decision told",
        D,
        "Piyasalar Fed'in [yarın|2026-02-06] faizi indirmesini bekliyor.",
        [],
    ),
    (
        "a rate change without a bank in the paragraph is no decision",
        D,
        "Fed geçen hafta açıklama yaptı.\n\n[Dün|2026-02-04] faiz yüzde 4'e düştü.",
        [],
    ),
]


@pytest.mark.parametrize("name,published,text,expected", CASES, ids=[c[0] for c in CASES])
def test_decision_sentences(name: str, published: str, text: str, expected: list[dict]) -> None:
    assert_events(extract(text, published), expected)
