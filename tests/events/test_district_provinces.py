"""A district whose name several provinces share (``shared_districts.tsv``) is in the province
the article names, its event's sentence first; with none named, or several, it has no province
(and no map point: the gazetteer's point is one province's district). Articles written for
these tests, each with one event on 12 March 2026, published on 10 March."""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.events.district_provinces import shared_districts
from timeline.events.lexicon import lexicon
from timeline.lang import read_table
from timeline.places import coordinates

D = "[12 Mart'ta|2026-03-12]"

CASES = [
    # the headline names one of its provinces
    (
        f"Mersin'de bahar şenliği\nBelediye, Yenişehir ilçesinde {D} bahar festivali düzenleyecek.",
        "Yenişehir, Mersin",
    ),
    (
        f"Bursa'da tarım fuarı\nYenişehir ilçesinde kurulacak tarım fuarı {D} açılacak.",
        "Yenişehir, Bursa",
    ),
    # the event's sentence names it
    (
        f"Konser haberi\nDiyarbakır'ın Yenişehir ilçesinde {D} bir halk konseri verilecek.",
        "Yenişehir, Diyarbakır",
    ),
    (
        f"Kültür haftası\nAdıyaman'ın Gölbaşı ilçesinde {D} bir kitap fuarı açılacak.",
        "Gölbaşı, Adıyaman",
    ),
    # the sentence's province wins over another the article names
    (
        "Bursa'dan gelen sanatçılar sahnede\n"
        f"Mersin'in Yenişehir ilçesinde {D} bir caz konseri düzenlenecek.",
        "Yenişehir, Mersin",
    ),
    # no province named, or two: none given
    (
        f"Gençlik şöleni\nYenişehir ilçesinde {D} bir gençlik festivali yapılacak.",
        "Yenişehir",
    ),
    (
        f"Bursa ve Mersin'de etkinlik\nYenişehir ilçesinde {D} bir bahar konseri verilecek.",
        "Yenişehir",
    ),
    # a district no other province shares keeps its province
    (
        f"Sahil şenliği\nKadıköy ilçesinde {D} bir bahar festivali düzenlenecek.",
        "Kadıköy, İstanbul",
    ),
]


@pytest.mark.parametrize(("text", "location"), CASES, ids=[t for t, _ in CASES])
def test_a_shared_district_is_in_the_province_the_article_names(text, location):
    events = [e for e in extract(text, "2026-03-10") if e.date == "2026-03-12"]
    assert [e.location for e in events] == [location]


def test_every_shared_district_lists_known_provinces():
    known = {r["name"] for r in read_table("tr", "tr_admin.tsv") if r["kind"] == "province"}
    lex = lexicon("tr")
    for name, provinces in shared_districts("tr").items():
        assert len(provinces) >= 2, name
        assert set(provinces) <= known, name
        assert all(lex.place(p) is not None for p in provinces), name


def test_a_shared_district_has_its_provinces_point_or_none():
    assert coordinates("Yenişehir") is None
    assert coordinates("Yenişehir, Mersin") == coordinates("Mersin")
    assert coordinates("Yenişehir, Bursa") == coordinates("Bursa")
    assert coordinates("Yenişehir, Mersin") != coordinates("Yenişehir, Bursa")
