"""Venues named by the noun that ends their name (``venues.tsv``), on sentences written for
these tests: memorials, castles, stations, schools, hospitals, grounds and streets where news
places a ceremony, a concert or a run, and names joined by ``ve`` (``Fuar ve Kongre Merkezi``).

Each case is ``(sentence, location)``: the sentence has one event on 12 March 2026.
"""

from __future__ import annotations

import pytest
from eventkit import extract

D = "[12 Mart'ta|2026-03-12]"
HEADLINE = "Kurul yeni dönemi açtı\n"

CASES = [
    (f"Anma töreni {D} Kayalı Şehitliği'nde düzenlenecek.", "Kayalı Şehitliği"),
    (f"Tören {D} Sivas'taki Zafer Abidesi'nde yapılacak.", "Zafer Abidesi, Sivas"),
    (f"Konser {D} Kars Kalesi'nde verilecek.", "Kars Kalesi, Kars"),
    (
        f"Açılış töreni {D} Tokat'taki Yeşil Tren İstasyonu'nda yapılacak.",
        "Yeşil Tren İstasyonu, Tokat",
    ),
    (f"Mezuniyet töreni {D} Ardahan Fen Lisesi'nde yapılacak.", "Ardahan Fen Lisesi, Ardahan"),
    (
        f"Açılış töreni {D} Rize Devlet Hastanesi'nde yapılacak.",
        "Rize Devlet Hastanesi, Rize",
    ),
    (f"Kortej yürüyüşü {D} Çınarlı Caddesi'nde yapılacak.", "Çınarlı Caddesi"),
    # a district in the name is shown in its province
    (f"Miting {D} Kızıltepe Miting Alanı'nda yapılacak.", "Kızıltepe Miting Alanı, Mardin"),
    (f"Kitap fuarı {D} Ege Fuar ve Kongre Merkezi'nde açılacak.", "Ege Fuar ve Kongre Merkezi"),
    (
        f"Ödül töreni {D} Kars'taki Dağ Kültür ve Sanat Merkezi'nde yapılacak.",
        "Dağ Kültür ve Sanat Merkezi, Kars",
    ),
    # a dateline's city holds a venue in no known city
    (
        f"{HEADLINE}ERZURUM (AA) - Anma töreni {D} Dumlu Şehitliği'nde yapılacak.",
        "Dumlu Şehitliği, Erzurum",
    ),
]

# a venue in the genitive owns the happening held there
OWNERS = [
    (
        f"Ardahan Devlet Hastanesi'nin açılış töreni {D} yapılacak.",
        "Ardahan Devlet Hastanesi, Ardahan",
    ),
    (f"Çorum Şehir Stadı'nın açılışı {D} yapılacak.", "Çorum Şehir Stadı, Çorum"),
    (f"Kars Kalesi'nin onarımı sonrası düzenlenecek konser {D} verilecek.", "Kars Kalesi, Kars"),
    # a body in the genitive owns an announcement, not the happening
    (f"Kars Üniversitesi'nin duyurusuna göre kurul toplantısı {D} yapılacak.", None),
    # a place in the locative comes first
    (f"Çorum Şehir Stadı'nın tanıtım töreni {D} Ankara'da yapılacak.", "Ankara"),
]

# two places joined by "ve" are no venue's name; the event takes neither alone
NOT_JOINED = [
    (f"Konferanslar {D} Kars ve Van Kongre Merkezi'nde yapılacak.", "Van Kongre Merkezi, Van"),
]


@pytest.mark.parametrize(("sentence", "location"), CASES + OWNERS + NOT_JOINED)
def test_venue_heads(sentence: str, location: str | None) -> None:
    events = extract(sentence, "2026-03-02")
    assert [e.location for e in events] == [location], [(e.title, e.location) for e in events]
