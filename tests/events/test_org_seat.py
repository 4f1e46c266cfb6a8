"""An organisation's event told without a place of its own: a national body's takes its country
(``BoE`` -> İngiltere); a body of no one country (``ECB``) is left unplaced rather than put in
the continent its sentence names as the market's (``Avrupa'da``). Sentences written for these
tests, each with one decision on 18 September 2026, published on 14 September."""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.events.article_places import continent
from timeline.events.lexicon import lexicon

D = "[18 Eylül'de|2026-09-18]"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            f"Piyasa gündemi\nAvrupa'da yatırımcılar {D} açıklanacak Avrupa Merkez Bankası'nın "
            "(ECB) faiz kararını bekliyor.",
            None,
        ),
        (
            f"Haftanın takvimi\nOrta Doğu'da fonlar {D} açıklanacak ECB faiz kararını izleyecek.",
            None,
        ),
        (
            f"Piyasa gündemi\nAsya'da yatırımcılar {D} açıklanacak İngiltere Merkez Bankası'nın "
            "(BoE) faiz kararını bekliyor.",
            "İngiltere",
        ),
    ],
)
def test_an_organisations_decision_is_placed_at_its_seat_or_nowhere(text, location):
    events = [e for e in extract(text, "2026-09-14") if e.date == "2026-09-18"]
    assert [e.location for e in events] == [location]


def test_a_continent_is_a_region_of_no_one_country():
    lex = lexicon("tr")
    assert continent(lex.place("Avrupa"))
    assert not continent(lex.place("Kırım"))  # a region of one country is a place
    assert not continent(lex.place("Almanya"))
