"""Stage events: premières, a tour that is no sports round, one verb told of several days
each with its own city in the locative, and the titles of ceremonies (a groundbreaking, a
festival's opening told by the common noun).

Each case is ``(name, published, text, expected)`` as in ``test_event_sentences``: dates are
marked ``[as written|TIMEX3 value]``. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import assert_events, extract

D = "2026-01-05"

CASES = [
    (
        "several days each with its own city in the locative are one concert each",
        D,
        "Şarkıcı Mert Acar [12 Mart'ta|2026-03-12] Samsun'da, [19 Mart'ta|2026-03-19] Ordu'da"
        " konser verecek.",
        [
            dict(date="2026-03-12", type="concert", location="Samsun"),
            dict(date="2026-03-19", type="concert", location="Ordu"),
        ],
    ),
    (
        "several days, the later one set off by ise, each with its own city",
        D,
        "Şarkıcı Ela Tan [14 Mart'ta|2026-03-14] Kars'ta, [21 Mart'ta|2026-03-21] ise Iğdır'da"
        " konser verecek.",
        [
            dict(date="2026-03-14", type="concert", location="Kars", title="Ela Tan konseri"),
            dict(date="2026-03-21", type="concert", location="Iğdır", title="Ela Tan konseri"),
        ],
    ),
    (
        "several days of shows, each in its own city",
        D,
        "Bale topluluğu [2 Nisan'da|2026-04-02] Rize'de, [9 Nisan'da|2026-04-09] Giresun'da"
        " gösteri yapacak.",
        [
            dict(date="2026-04-02", type="performance", location="Rize", title="Rize gösterisi"),
            dict(date="2026-04-09", type="performance", location="Giresun"),
        ],
    ),
    (
        "a première on a day",
        D,
        "Yeni operanın prömiyeri [20 Şubat'ta|2026-02-20] yapılacak.",
        [
            dict(
                date="2026-02-20",
                type="performance",
                status="planned",
                calendar=True,
                title="Yeni operanın prömiyeri",
            )
        ],
    ),
    (
        "a torchlight procession in a town on an evening",
        D,
        "Zafer Bayramı dolayısıyla [29 Ağustos akşamı|2026-08-29] Bartın'da fener alayı"
        " düzenlenecek.",
        [
            dict(
                date="2026-08-29",
                type="rally",
                status="planned",
                location="Bartın",
                title="Bartın fener alayı",
            )
        ],
    ),
    (
        "a groundbreaking is titled with what is built, not as a bare ceremony",
        D,
        "Bakan Ali Şen [3 Mayıs'ta|2026-05-03] Niğde'de yeni lisenin temel atma törenine"
        " katılacak.",
        [dict(date="2026-05-03", type="ceremony", title="Yeni lisenin temel atma töreni")],
    ),
    (
        "a festival's ceremony told by the common noun takes the festival's name once",
        D,
        "Uluslararası Van Gölü Film Festivali [4-11 Mayıs tarihleri arasında|2026-05-04/2026-05-11]"
        " yapılacak. Festivalin açılış töreni [4 Mayıs'ta|2026-05-04] düzenlenecek.",
        [
            dict(date="2026-05-04", end="2026-05-11", type="festival"),
            dict(
                date="2026-05-04",
                type="ceremony",
                title="Uluslararası Van Gölü Film Festivali'nin açılış töreni",
            ),
        ],
    ),
]


@pytest.mark.parametrize("name,published,text,expected", CASES, ids=[c[0] for c in CASES])
def test_stage_sentences(name: str, published: str, text: str, expected: list[dict]) -> None:
    assert_events(extract(text, published), expected)


def test_a_tour_is_no_sports_round() -> None:
    """``turnesine`` begins like ``tur`` (a round of a contest) but is a tour."""
    events = extract("Grup, Avrupa turnesine [10 Şubat'ta|2026-02-10] Viyana'da başlayacak.", D)
    assert all(e.type != "round" for e in events), [(e.type, e.title) for e in events]
