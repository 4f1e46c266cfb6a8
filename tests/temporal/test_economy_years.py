"""Economy-news year readings probed with sentences written for this test (none from an
article): a year that names what a thing applies to (``2030 yılında geçerli olacak tarife``,
``gelecek yıl için bütçe``) gives no year to the other dates of its sentence, and a part of the
year or month named without its year (``yıl sonu``, ``ay sonunda``) in a present or untensed
clause is the current one's, unless the last one ended just before publication."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date
CASES = [
    (
        "2030 yılında geçerli olacak tarifeyi belirlemek için kurul 12 Mayıs'ta toplanacak.",
        D(2026, 4, 10),
        ["2030", "2026-05-12"],
        "the year a tariff applies to is not the meeting's",
    ),
    (
        "Gelecek yıl için bütçe görüşmeleri 9 Kasım'da başlayacak.",
        D(2026, 4, 10),
        ["2027", "2026-11-09"],
        "'gelecek yıl için': the budget's year, the talks are this year",
    ),
    (
        "2028 yılı için ücret pazarlığı 17 Ekim'de Bursa'da başlayacak.",
        D(2027, 9, 1),
        ["2028", "2027-10-17"],
        "'X yılı için': the year of the wage, the bargaining is ahead this year",
    ),
    (
        "2029 yılında uygulanacak vergi oranları 22 Aralık'ta açıklanacak.",
        D(2028, 11, 30),
        ["2029", "2028-12-22"],
        "'yılında uygulanacak': the rates' year, the announcement is this December",
    ),
    (
        "Seçimler 2027 yılında 9 Kasım'da yapılacak.",
        D(2026, 4, 10),
        ["2027", "2027-11-09"],
        "a year that is the time of the sentence still gives its year to the day",
    ),
    (
        "Kooperatif 2024 yılında 3 Mart'ta kurulmuştu.",
        D(2026, 4, 10),
        ["2024", "2024-03-03"],
        "a past year of the sentence gives its year to the day",
    ),
    (
        "Ekonomistler yıl sonunda faizin düşmesini bekliyor.",
        D(2026, 4, 10),
        ["2026"],
        "a forecast's year end in April is this year's",
    ),
    (
        "Yıl sonu işsizlik beklentisi yüzde 9 oldu.",
        D(2027, 3, 20),
        ["2027"],
        "a survey's year-end expectation in March is this year's",
    ),
    (
        "Yıl sonu enflasyonu yüzde 31 oldu.",
        D(2026, 1, 6),
        ["2025"],
        "early January: the year end just past",
    ),
    (
        "Kira ödemeleri ay sonunda yapılıyor.",
        D(2026, 6, 12),
        ["2026-06"],
        "'ay sonunda' in mid-June is June's end, not May's",
    ),
    (
        "Kira ödemeleri ay sonunda yapılıyor.",
        D(2026, 6, 2),
        ["2026-05"],
        "two days into June: the end of May just past",
    ),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_economy_years(text, published, expected, why):
    assert values(text, published) == expected, why
