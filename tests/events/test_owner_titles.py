"""Titles of common nouns a reader accepts or rejects as calendar entries (issue 13, point 3).

A title made of common nouns only (``Faiz toplantısı``, ``İşçilerin grevi``) says not whose
meeting or strike it is: ``generic-name``, out of the feeds. A reader still accepts such a
title when it is the event's own name in the country's life: an election, a holiday, a
national exam, or an event of a body a country has once (``Kabine toplantısı``, ``Milli
Güvenlik Kurulu toplantısı``), whether the sentence writes it in capitals or not. Every
sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "2026-11-10"

ACCEPTED = [
    (
        "the cabinet, opening the sentence",
        "Kabine toplantısı [17 Kasım'da|2026-11-17] Beştepe'de yapılacak.",
        "meeting",
        "Kabine toplantısı",
    ),
    (
        "the cabinet, in lower case",
        "Açıklamaya göre kabine toplantısı [17 Kasım'da|2026-11-17] yapılacak.",
        "meeting",
        "Kabine toplantısı",
    ),
    (
        "the council of ministers",
        "Bakanlar Kurulu toplantısı [17 Kasım'da|2026-11-17] yapılacak.",
        "meeting",
        "Bakanlar Kurulu toplantısı",
    ),
    (
        "the national security council, in lower case",
        "Açıklamaya göre milli güvenlik kurulu toplantısı [25 Kasım'da|2026-11-25] yapılacak.",
        "meeting",
        "Milli güvenlik kurulu toplantısı",
    ),
    (
        "the parliament's plenary",
        "Meclis Genel Kurulu [17 Kasım'da|2026-11-17] toplanacak.",
        "meeting",
        "Meclis Genel Kurulu",
    ),
    (
        "local elections",
        "Bakan, yerel seçimlerin [29 Mart'ta|2027-03-29] yapılacağını söyledi.",
        "election",
        "Yerel seçimler",
    ),
    (
        "elections of members of parliament, in lower case",
        "Bakan açıkladı, milletvekili seçimleri [14 Mayıs'ta|2028-05-14] yapılacak.",
        "election",
        "Milletvekili seçimleri",
    ),
    (
        "the second round of the election, owned by an event noun in the genitive",
        "Açıklamaya göre seçimin ikinci turu [24 Kasım'da|2026-11-24] yapılacak.",
        "round",
        "Seçimin ikinci turu",
    ),
    (
        "a feast",
        "Kurban Bayramı [16 Mayıs'ta|2027-05-16] başlayacak.",  # its first day (holiday_dates.tsv)
        "holiday",
        "Kurban Bayramı",
    ),
    (
        "a national exam, in lower case",
        "Açıklamaya göre ehliyet sınavı [22 Kasım'da|2026-11-22] yapılacak.",
        "exam",
        "Ehliyet sınavı",
    ),
]

REJECTED = [
    (
        "a rate meeting with no bank",
        "Banka, faiz toplantısını [19 Kasım'da|2026-11-19] yapacak.",
        "meeting",
        "Faiz toplantısı",
    ),
    (
        "a rate meeting with no bank, at a given time",
        "Banka, faiz toplantısını [19 Kasım'da|2026-11-19] saat [14.00'te|2026-11-19T14:00]"
        " Ankara'da yapacak.",
        "meeting",
        "Faiz toplantısı",
    ),
    (
        "the workers' strike, opening the sentence",
        "İşçilerin grevi [22 Kasım'da|2026-11-22] başlayacak.",
        "strike",
        "İşçilerin grevi",
    ),
    (
        "the workers' strike, in lower case",
        "Açıklamaya göre işçilerin grevi [22 Kasım'da|2026-11-22] başlayacak.",
        "strike",
        "İşçilerin grevi",
    ),
    (
        "the opening of the houses",
        "Bakanlığın açıklamasına göre konutların açılışı [22 Kasım'da|2026-11-22] yapılacak.",
        "opening",
        "Konutların açılışı",
    ),
    (
        "a round table of nobody named",
        "Derneğin duyurusuna göre yuvarlak masa toplantısı [22 Kasım'da|2026-11-22] yapılacak.",
        "meeting",
        "Yuvarlak masa toplantısı",
    ),
]


@pytest.mark.parametrize("name,text,kind,title", ACCEPTED, ids=[c[0] for c in ACCEPTED])
def test_a_title_of_the_country_stays_in_the_feed(
    name: str, text: str, kind: str, title: str
) -> None:
    """An election, a feast, a national exam or a national body's meeting names itself."""
    events = [e for e in extract(text, D) if e.type == kind]
    assert [e.title for e in events] == [title]
    assert events[0].in_feed(FEED_MIN_CONFIDENCE)
    assert "generic-name" not in events[0].confidence_reasons


@pytest.mark.parametrize("name,text,kind,title", REJECTED, ids=[c[0] for c in REJECTED])
def test_a_title_of_common_nouns_leaves_the_feed(
    name: str, text: str, kind: str, title: str
) -> None:
    """A kind with a common owner says not whose meeting, strike or houses."""
    events = [e for e in extract(text, D) if e.type == kind]
    assert [e.title for e in events] == [title]
    assert not events[0].in_feed(FEED_MIN_CONFIDENCE)
    assert "generic-name" in events[0].confidence_reasons
