"""Month names in every case form and spelling, years with suffixes, headlines in capitals."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date
CASES = [
    ("Toplantı 12 Kasım'da yapılacak.", D(2025, 10, 22), ["2025-11-12"], "apostrophe, future"),
    ("Toplantı 12 Kasım’da yapılacak.", D(2025, 10, 22), ["2025-11-12"], "typographic apostrophe"),
    ("Toplantı 12 Kasımda yapılacak.", D(2025, 10, 22), ["2025-11-12"], "no apostrophe"),
    ("Karar Ekim'de açıklandı.", D(2025, 11, 20), ["2025-10"], "bare month, past"),
    ("Fuar Ağustos'ta yapılacak.", D(2025, 3, 1), ["2025-08"], "future month later this year"),
    ("Fuar Ağustos'ta yapıldı.", D(2025, 3, 1), ["2024-08"], "past month: the last August"),
    ("Sınav Eylül ayında yapılacak.", D(2025, 5, 10), ["2025-09"], "month with 'ayı'"),
    ("Proje eylülde tamamlandı.", D(2025, 10, 2), ["2025-09"], "lower-case month, locative"),
    ("Son ödeme 3 Oca. 2025 olarak belirlendi.", D(2024, 12, 20), ["2025-01-03"], "abbreviation"),
    (
        "Etkinlik 14 Şub 2026 Cumartesi günü yapılacak.",
        D(2026, 1, 10),
        ["2026-02-14"],
        "abbreviation without dot, with weekday",
    ),
    ("Veriler Oca 2025 itibarıyla güncellendi.", D(2025, 3, 1), ["2025-01"], "abbreviated"),
    ("2024'te ihracat arttı.", D(2025, 5, 1), ["2024"], "year with suffix"),
    ("Program 2025 yılında başlayacak.", D(2024, 6, 1), ["2025"], "year with 'yılında'"),
    ("Kredi 2026'ya kadar ödenecek.", D(2025, 1, 1), ["2026"], "year with dative and 'kadar'"),
    ("2025 yılının bütçesi kabul edildi.", D(2024, 12, 25), ["2025"], "genitive 'yılının'"),
    ("12 KASIM'DA ANKARA'DA ZİRVE", D(2025, 10, 1), ["2025-11-12"], "capitals"),
    ("NİSAN AYINDA SEÇİM YAPILACAK", D(2025, 2, 1), ["2025-04"], "dotted capital İ"),
    ("EKIM AYINDA ZAM GELECEK", D(2025, 9, 1), ["2025-10"], "ASCII capital I folds to ı"),
    ("Toplanti 5 Subat 2025 tarihinde yapildi.", D(2025, 2, 10), ["2025-02-05"], "ASCII spelling"),
    ("Karar 12 kasim 2024'te verildi.", D(2025, 1, 5), ["2024-11-12"], "ASCII i for ı"),
    ("Mart ayı enflasyonu yüzde 3 oldu.", D(2025, 4, 5), ["2025-03"], "Mart with 'ayı'"),
    ("Mart'ta kar yağdı.", D(2025, 4, 1), ["2025-03"], "Mart with apostrophe"),
    ("Ekim vadeli kontrat yükseldi.", D(2025, 9, 15), ["2025-10"], "a futures month lies ahead"),
    ("Aralıkta enflasyon geriledi.", D(2026, 1, 5), ["2025-12"], "past December from January"),
    (
        "Temmuz ve ağustos aylarında turist sayısı arttı.",
        D(2025, 9, 20),
        ["2025-07,2025-08"],
        "two coordinated months: one list (corpus README)",
    ),
    (
        "Kasım ve aralık aylarında indirim yapılacak.",
        D(2025, 10, 1),
        ["2025-11,2025-12"],
        "ambiguous month next to another month: one list",
    ),
    ("Haziran sonuna kadar başvuru yapılabilecek.", D(2025, 5, 2), ["2025-06"], "month end"),
    ("Mayıs ayından bu yana fiyatlar arttı.", D(2025, 9, 15), ["2025-05"], "since a month"),
    ("Şubat 2020'den bu yana en düşük seviye görüldü.", D(2025, 9, 18), ["2020-02"], "month-year"),
    ("2023 Şubat ayında deprem yaşandı.", D(2026, 1, 28), ["2023-02"], "year before month"),
    ("2024 yılının Mart ayında yasa çıktı.", D(2025, 6, 1), ["2024-03"], "year genitive + month"),
    ("Kasım'ın 12'sinde tören düzenlenecek.", D(2025, 10, 1), ["2025-11-12"], "ordinal day"),
    ("Ödemeler ayın 15'inde yapılacak.", D(2025, 10, 3), ["2025-10-15"], "day of this month"),
    ("Maaşlar ayın 12'nci günü yatırıldı.", D(2025, 10, 20), ["2025-10-12"], "'12'nci' ordinal"),
    (
        "Aidatlar ayın 5. günü tahsil edilecek.",
        D(2025, 10, 20),
        ["2025-11-05"],
        "'5.' ordinal, future: next month's",
    ),
    ("Bakanlık geçen ayın 3'ünde açıklama yaptı.", D(2025, 10, 20), ["2025-09-03"], "last month"),
    (
        "Toplantı 12 Kasım 2025 Çarşamba günü yapılacak.",
        D(2025, 10, 1),
        ["2025-11-12"],
        "weekday and 'günü' belong to the date",
    ),
    (
        "Cuma, 14 Mart 2025 tarihinde sonuçlar açıklandı.",
        D(2025, 3, 20),
        ["2025-03-14"],
        "weekday before the date",
    ),
    ("Anlaşma 2 Ocak'ta imzalandı.", D(2025, 1, 10), ["2025-01-02"], "past, same year"),
    ("Anlaşma 28 Aralık'ta imzalandı.", D(2025, 1, 10), ["2024-12-28"], "past across the new year"),
    ("Zirve 5 Ocak'ta yapılacak.", D(2024, 12, 20), ["2025-01-05"], "future across the new year"),
    ("Açılış 15 Mayıs'ta.", D(2025, 12, 1), ["2026-05-15"], "no verb: the nearest 15 May"),
    (
        "Seminerler eylülde, ekimde ve kasımda düzenlenecek.",
        D(2025, 8, 3),
        ["2025-09,2025-10,2025-11"],
        "months each with its own case ending: one list",
    ),
    (
        "Toplantılar Eylül'de, Ekim'de ve Kasım'da yapılacak.",
        D(2025, 8, 3),
        ["2025-09,2025-10,2025-11"],
        "months each with an apostrophe and a case: one list",
    ),
    (
        "Kurslar Aralık'ta ve Ocak'ta açılacak.",
        D(2025, 11, 3),
        ["2025-12,2026-01"],
        "a cased list across the new year",
    ),
    (
        "Satışlar ekimde ve kasımda geriledi.",
        D(2025, 12, 10),
        ["2025-10,2025-11"],
        "a cased list in a past clause",
    ),
    (
        "Fuar ekimde açılacak, kasımda kapanacak.",
        D(2025, 8, 3),
        ["2025-10", "2025-11"],
        "two clauses, two months: no list",
    ),
    (
        "Fiyatlar haziran, temmuz, ağustos aylarını kapsıyor.",
        D(2025, 6, 10),
        ["2025-06,2025-07,2025-08"],
        "months joined by commas, the plural noun in the accusative: one list",
    ),
    (
        "Ekim ve kasım aylarını bekliyoruz.",
        D(2025, 9, 10),
        ["2025-10,2025-11"],
        "two months, the plural noun in the accusative: one list",
    ),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_months(text, published, expected, why):
    assert values(text, published) == expected, why
