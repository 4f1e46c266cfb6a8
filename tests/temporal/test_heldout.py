"""Sentences written after the tagger, to check it on forms it was not built from.

Each row is ``(text, published, must_have, must_not_have)``: values that must be among the
expressions found, and values that must not be (look-alikes). Written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

CASES = [
    ("Cumhurbaşkanı Erdoğan, 3 Mart Salı günü Bakü'ye gidecek.", "2026-02-20", ["2026-03-03"], []),
    (
        "Toplantı 14 Şubat 2024 tarihinde saat 10.30'da başladı.",
        "2024-02-15",
        ["2024-02-14T10:30"],
        [],
    ),
    ("Seçimler 31 Mart'ta yapılacak.", "2024-01-10", ["2024-03-31"], []),
    ("Seçimler 31 Mart'ta yapıldı.", "2024-05-10", ["2024-03-31"], []),
    ("Anlaşma geçen ay imzalandı.", "2025-07-04", ["2025-06"], []),
    ("Heyet önümüzdeki hafta Ankara'ya gelecek.", "2025-07-04", ["2025-W28"], []),
    (
        "Fuar 5-8 Eylül tarihlerinde İzmir'de düzenlenecek.",
        "2025-08-01",
        ["2025-09-05/2025-09-08"],
        [],
    ),
    (
        "Zirve 28 Şubat-2 Mart 2025 tarihleri arasında yapılacak.",
        "2025-01-15",
        ["2025-02-28/2025-03-02"],
        [],
    ),
    ("Proje 2028'e kadar tamamlanacak.", "2025-01-01", ["2028"], []),
    (
        "Dün akşam açıklama yapan bakan, yarın sabah Brüksel'e gideceğini söyledi.",
        "2025-03-12",
        ["2025-03-11TEV", "2025-03-13TMO"],
        [],
    ),
    ("Kongre 1990'lı yıllarda kurulmuştu.", "2025-01-01", ["199"], []),
    ("Fabrika iki yıl önce açıldı.", "2025-06-01", ["2023"], []),
    ("Toplantı üç gün sonra yapılacak.", "2025-06-01", ["2025-06-04"], []),
    (
        "Türkiye 2-1 kazandı ve 7 bin 591 kilometre yol yapıldı.",
        "2025-06-01",
        [],
        ["2025-01", "2025-02"],
    ),
    ("Şirketin kârı 2023 yılında 4 milyar liraya ulaştı.", "2025-06-01", ["2023"], []),
    ("Ekim ayında enflasyon yüzde 3 arttı.", "2025-11-05", ["2025-10"], []),
    ("Kasım Gülpınar açıklamayı Mart ayında yaptı.", "2025-06-10", ["2025-03"], ["2025-11"]),
    ("KPSS sonuçları 12.09.2025 tarihinde açıklanacak.", "2025-08-01", ["2025-09-12"], []),
    (
        "Başvurular 2025-10-01 ile 2025-10-15 arasında alınacak.",
        "2025-09-20",
        ["2025-10-01", "2025-10-15"],
        [],
    ),
    ("Maç cumartesi akşamı oynanacak.", "2025-05-14", ["2025-05-17TEV"], []),
    ("Karar cuma günü açıklandı.", "2025-05-14", ["2025-05-09"], []),
    ("Vali bu sabah yaptığı açıklamada tatili duyurdu.", "2025-01-20", ["2025-01-20TMO"], []),
    ("Yasa 1 Ocak 2026'dan itibaren yürürlüğe girecek.", "2025-11-01", ["2026-01-01"], []),
    ("Bu yılın sonunda seçim yapılması bekleniyor.", "2025-03-01", ["2025"], []),
    ("Ay sonuna kadar başvurular sürecek.", "2025-03-10", ["2025-03"], []),
    ("Yılbaşından bu yana 40 bin turist geldi.", "2025-03-10", ["2025-01-01"], []),
    ("İlkbaharda yeni bir tur düzenlenecek.", "2025-01-10", ["2025-SP"], []),
    ("Yılın ilk çeyreğinde büyüme yüzde 2 oldu.", "2025-06-10", ["2025-Q1"], []),
    (
        "Etkinlik 20 Mayıs Çarşamba günü saat 19:00'da başlayacak.",
        "2026-05-01",
        ["2026-05-20T19:00"],
        [],
    ),
    ("20. yüzyılın başında kurulan okul...", "2025-01-01", ["19"], []),
    (
        "ÖSYM, 2026 sınav takvimini açıkladı. YKS 20-21 Haziran'da yapılacak.",
        "2025-11-20",
        ["2026-06-20/2026-06-21"],
        [],
    ),
    ("Öbür gün Tahran'da görüşme yapılacak.", "2025-02-03", ["2025-02-05"], []),
    (
        "Sergi 15 Aralık'ta kapılarını açtı, 10 Ocak'a kadar açık kalacak.",
        "2025-12-20",
        ["2025-12-15", "2026-01-10"],
        [],
    ),
    ("Ateşkes 2 hafta önce ilan edildi.", "2025-04-20", ["2025-W14"], []),
    ("Bakan, 1 Mayıs günü Moskova'da olacak.", "2025-04-28", ["2025-05-01"], []),
    ("Ülkede 19 MAYIS ATATÜRK'Ü ANMA törenleri yapıldı.", "2025-05-19", ["2025-05-19"], []),
    ("Oca. 2025 verileri açıklandı.", "2025-02-05", ["2025-01"], []),
    ("Telefon: 0212 555 12 34, faks 0212 555 12 35.", "2025-02-05", [], ["2012"]),
    ("Su kaynakları ve şu anda yaşanan kuraklık tartışıldı.", "2025-02-05", [], ["2025-02"]),
]


def test_rows_are_unique():
    assert len({row[0] for row in CASES}) == len(CASES)


@pytest.mark.parametrize(
    ("text", "published", "must_have", "must_not_have"), CASES, ids=[row[0][:40] for row in CASES]
)
def test_held_out_sentence(text, published, must_have, must_not_have):
    found = {
        t.value for t in tag(text, date.fromisoformat(published)) if t.type in ("DATE", "TIME")
    }
    assert set(must_have) <= found, found
    assert not set(must_not_have) & found, found
