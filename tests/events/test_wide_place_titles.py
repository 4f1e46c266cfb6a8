"""A country or a region alone titles no bare meeting, ceremony, launch or rate decision, and
a person titles no vote (audit of 2026-12-03, 4): ``Macaristan töreni`` is no title a
newsroom writes, and a place that wide is mostly where the news is followed. A city still
titles them, and a country still titles a summit. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "2027-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "Macaristan'da [12 Mart'ta|2027-03-12] bir tören düzenlenecek.",
        "Portekiz'de [12 Mart'ta|2027-03-12] önemli bir görüşme yapılacak.",
        "Kolombiya'da herkes [12 Mart'ta|2027-03-12] yapılacak fırlatmayı bekliyor.",
    ],
)
def test_a_country_alone_titles_no_bare_meeting(text: str) -> None:
    titles = [e.title for e in extract(text, D)]
    assert not [t for t in titles if t.split()[0] in ("Macaristan", "Portekiz", "Kolombiya")]


def test_a_country_still_titles_a_summit() -> None:
    text = "Portekiz'de [12 Mart'ta|2027-03-12] bir zirve yapılacak."
    assert [e.title for e in extract(text, D) if e.type == "summit"] == ["Portekiz zirvesi"]


def test_a_city_still_titles_a_meeting() -> None:
    text = "Konuyla ilgili [12 Mart'ta|2027-03-12] Eskişehir'de bir toplantı yapılacak."
    assert [e.title for e in extract(text, D) if e.type == "meeting"] == ["Eskişehir toplantısı"]


def test_the_bank_titles_a_decision_followed_in_a_region() -> None:
    text = "Avrupa'da piyasalar ECB'yi izliyor; faiz kararı [18 Mart'ta|2027-03-18] açıklanacak."
    assert [e.title for e in extract(text, D) if e.type == "decision"] == ["ECB faiz kararı"]


def test_two_countries_that_meet_title_their_meeting() -> None:
    text = "Şili ve Peru [12 Mart'ta|2027-03-12] sınır sorununa çözüm için görüşecek."
    events = [e for e in extract(text, D) if e.type == "meeting"]
    assert [e.title for e in events] == ["Şili ile Peru görüşmesi"]
    assert not events[0].in_feed(FEED_MIN_CONFIDENCE)  # where they meet is not said


@pytest.mark.parametrize(
    "text",
    [
        "Listede [önümüzdeki hafta sonu|2027-03-06] yapılacak genel seçimlerde koltuğunu "
        "korumak isteyen Slovenya Başbakanı Marko Novak da var.",
        "Slovenya Başbakanı Marko Novak, [6 Mart'ta|2027-03-06] yapılacak genel seçimlerde "
        "yeniden aday olacak.",
    ],
)
def test_a_candidate_titles_no_election(text: str) -> None:
    """A vote is a country's, never a person's (``Novak'ın seçimi``)."""
    titles = [e.title for e in extract(text, D) if e.type == "election"]
    assert not [t for t in titles if "Novak" in t], titles


def test_a_country_still_titles_its_election() -> None:
    text = "Slovenya'da genel seçimler [6 Mart'ta|2027-03-06] yapılacak."
    titles = [e.title for e in extract(text, D) if e.type == "election"]
    assert titles and titles[0].startswith("Slovenya"), titles
