"""A sentence that points back to a place (``burada``, ``orada``, ``aynı yerde``; ``kentte``,
``şehirde`` for a city) places its event in the one place the sentence before names in the
locative or the dative; a place someone leaves, two places, another paragraph or a reported
statement leave it unplaced."""

from __future__ import annotations

import pytest
from eventkit import extract

D = "[18 Nisan'da|2026-04-18]"

POINTED = [
    (
        "Gündem\nBakan Selin Aydın haftaya Lizbon'a gidecek. Aydın burada "
        f"{D} Portekiz Dışişleri Bakanı ile görüşecek.",
        "Lizbon",
    ),
    (
        "Gündem\nEkonomi Bakanı Cem Toprak önce Varşova'ya geçecek. Toprak orada "
        f"{D} Polonya Maliye Bakanı ile görüşecek.",
        "Varşova",
    ),
    (
        f"Gündem\nBelediye Başkanı Nur Çelik dün Tokat'a gitti. Çelik kentte {D} bir "
        "hastanenin açılışını yapacak.",
        "Tokat",
    ),
    (
        "Gündem\nUlusal fizik kongresi geçen yıl Antalya'da yapılmıştı. Ulusal Fizik "
        f"Kongresi bu yıl da aynı yerde {D} düzenlenecek.",
        "Antalya",
    ),
    (
        "Gündem\nHeyet Bakan Oğuz Tan ile birlikte Oslo'da bulunuyor. Tan burada "
        f"{D} Norveç Ticaret Bakanı ile görüşecek.",
        "Oslo",
    ),
]

# the locative adjective points back too
POINTED += [
    (
        "Gündem\nVali Deniz Ak dün Çorum'a geldi. Ak şehirdeki yeni kütüphanenin açılışını "
        f"{D} yapacak.",
        "Çorum",
    ),
]

UNPLACED = [
    # a place someone leaves is not where the event is
    (
        "Gündem\nBakan Selin Aydın dün Lizbon'dan ayrıldı. Aydın burada "
        f"{D} Portekiz Dışişleri Bakanı ile görüşecek.",
        None,
    ),
    # two places before: which one is meant is not known
    (
        "Gündem\nBakan Selin Aydın önce Lizbon'a, ardından Madrid'e gidecek. Aydın burada "
        f"{D} İspanya Dışişleri Bakanı ile görüşecek.",
        None,
    ),
    # the place is in another paragraph
    (
        "Gündem\nBakan Selin Aydın haftaya Lizbon'a gidecek.\nAydın burada "
        f"{D} Portekiz Dışişleri Bakanı ile görüşecek.",
        None,
    ),
    # "kentte" points to a city, not a country
    (
        f"Gündem\nBakan Cem Toprak dün Norveç'e gitti. Toprak kentte {D} bir fabrikanın "
        "açılışını yapacak.",
        None,
    ),
    # where a statement was made is not where the event it announces is
    (
        "Gündem\nBakan Oğuz Tan dün Van'da incelemelerde bulundu. Tan burada yaptığı "
        f"açıklamada, kabine toplantısının {D} yapılacağını söyledi.",
        None,
    ),
    # an election is the country's, whatever "burada" says
    (
        "Gündem\nBakan Oğuz Tan dün Van'da konuştu. Burada önemli olan, yerel seçimlerin "
        f"{D} yapılacak olmasıdır.",
        None,
    ),
    # the speaker's "here" in a quotation
    (
        "Gündem\nBakan Oğuz Tan dün Van'a gitti. “Burada çok mutluyum” diyen Tan, "
        f"{D} Ankara'da bir toplantıya katılacağını söyledi.",
        "Ankara",
    ),
    (
        "Gündem\nBakan Oğuz Tan dün Van'a gitti. “Burada çok mutluyum” diyen Tan, "
        f"{D} İran Dışişleri Bakanı ile görüşecek.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "location"), POINTED + UNPLACED)
def test_a_pointer_places_the_event_in_the_place_before(text, location):
    events = [e for e in extract(text, "2026-04-10") if e.date == "2026-04-18"]
    assert [e.location for e in events] == [location]


def test_without_the_pointer_the_place_before_is_not_taken():
    text = POINTED[3][0].replace(" aynı yerde", "")
    assert [e.location for e in extract(text, "2026-04-10")] == [None]


def test_the_pointed_place_gives_its_country_and_zone():
    (event,) = extract(POINTED[0][0], "2026-04-10")
    assert (event.country, event.timezone) == ("Portekiz", "Europe/Lisbon")


def test_a_title_loses_the_pointer_it_opens_with():
    events = extract(POINTED[-1][0], "2026-04-10")
    assert [e.title for e in events] == ["Yeni kütüphanenin açılışı"]
