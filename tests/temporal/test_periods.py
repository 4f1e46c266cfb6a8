"""Seasons, quarters, halves, parts of periods, decades and centuries."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date
CASES = [
    ("İlkbaharda yeni sezon başlayacak.", D(2025, 1, 10), ["2025-SP"], "spring ahead"),
    ("Bu yaz turist sayısı arttı.", D(2025, 9, 20), ["2025-SU"], "this summer, past"),
    (
        "Geçen kış doğalgaz tüketimi rekor kırdı.",
        D(2025, 6, 1),
        ["2024-WI"],
        "last winter: December 2024 to February 2025",
    ),
    ("Sonbaharda seçim yapılacak.", D(2025, 3, 1), ["2025-FA"], "autumn ahead"),
    ("Yaz aylarında elektrik tüketimi artıyor.", D(2025, 5, 1), ["2025-SU"], "summer months"),
    ("2025 yazında festival düzenlenecek.", D(2024, 11, 1), ["2025-SU"], "a season of a year"),
    ("Yılın ilk çeyreğinde ekonomi yüzde 2 büyüdü.", D(2025, 6, 1), ["2025-Q1"], "first quarter"),
    ("2025'in ilk çeyreğinde ihracat arttı.", D(2025, 8, 1), ["2025-Q1"], "quarter of a year"),
    ("Üçüncü çeyrekte kâr arttı.", D(2025, 11, 10), ["2025-Q3"], "a quarter, past"),
    ("Son çeyrekte satışların artması bekleniyor.", D(2025, 9, 1), ["2025-Q4"], "last quarter"),
    ("3. çeyrekte büyüme yavaşladı.", D(2025, 12, 1), ["2025-Q3"], "quarter as a numeral"),
    (
        "Üçüncü evrenin 2027'nin ilk yarısında biteceği belirtildi.",
        D(2025, 9, 18),
        ["2027-H1"],
        "half of a year",
    ),
    ("Yılın ikinci yarısında toparlanma bekleniyor.", D(2025, 3, 1), ["2025-H2"], "second half"),
    ("Yılın ilk aylarında ihracat azaldı.", D(2025, 6, 1), ["2025"], "the first months"),
    ("Mayıs ortasında kararın açıklanması bekleniyor.", D(2025, 4, 1), ["2025-05"], "mid-May"),
    ("Proje 2025 sonunda tamamlanacak.", D(2025, 2, 1), ["2025"], "end of a year"),
    (
        "Taraflar nisan ayı başlarında bir araya gelecek.",
        D(2023, 3, 27),
        ["2023-04"],
        "start of a month",
    ),
    ("1990'lı yıllarda enflasyon yüksekti.", D(2025, 1, 1), ["199"], "a decade"),
    ("90'lı yıllarda şehir büyüdü.", D(2025, 1, 1), ["199"], "a decade in two digits"),
    ("2000'lerin başında reformlar yapıldı.", D(2025, 1, 1), ["200"], "start of a decade"),
    ("80'lerde göç arttı.", D(2025, 1, 1), ["198"], "the eighties"),
    ("20. yüzyılda nüfus üç katına çıktı.", D(2025, 1, 1), ["19"], "the 20th century is 19xx"),
    ("XIX. yüzyılın sonlarında demiryolu yapıldı.", D(2025, 1, 1), ["18"], "Roman numerals"),
    ("Yirminci yüzyıl boyunca şehir değişti.", D(2025, 1, 1), ["19"], "ordinal in words"),
    ("21. yüzyılın başında internet yaygınlaştı.", D(2025, 1, 1), ["20"], "this century"),
    ("Yüzyılın başında bu sorun yoktu.", D(2025, 1, 1), ["20"], "the current century"),
    ("21'inci yüzyılın sorunları tartışıldı.", D(2025, 1, 1), ["20"], "ordinal with apostrophe"),
    ("Geçen yüzyılda iki dünya savaşı yaşandı.", D(2025, 1, 1), ["19"], "last century"),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_periods(text, published, expected, why):
    assert values(text, published) == expected, why
