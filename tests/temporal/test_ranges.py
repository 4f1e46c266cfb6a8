"""Ranges of days, months and years, and coordinated lists of days: one expression each."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date
CASES = [
    (
        "Festival 15-16 Haziran'da yapılacak.",
        D(2026, 5, 1),
        ["2026-06-15/2026-06-16"],
        "days of one month",
    ),
    (
        "Kongre 15 Haziran-3 Temmuz tarihleri arasında sürecek.",
        D(2026, 5, 1),
        ["2026-06-15/2026-07-03"],
        "across two months",
    ),
    (
        "Fuar 15-16 Haziran 2026 tarihlerinde düzenlenecek.",
        D(2025, 11, 1),
        ["2026-06-15/2026-06-16"],
        "with the year",
    ),
    (
        "Başvurular 2 Ocak – 27 Ocak 2025 tarihleri arasında alındı.",
        D(2025, 11, 7),
        ["2025-01-02/2025-01-27"],
        "en dash, month repeated",
    ),
    (
        "Tatil 28 Aralık - 3 Ocak 2026 arasında olacak.",
        D(2025, 11, 1),
        ["2025-12-28/2026-01-03"],
        "across the new year: the start is the year before",
    ),
    (
        "Zirve 31 Ağustos-1 Eylül'de yapılacak.",
        D(2025, 8, 29),
        ["2025-08-31/2025-09-01"],
        "suffix on the end of the range",
    ),
    (
        "Sergi 12 Mayıs'tan 15 Haziran'a kadar açık kalacak.",
        D(2025, 4, 1),
        ["2025-05-12/2025-06-15"],
        "from ... until",
    ),
    (
        "Toplantı 12 Mayıs'tan 15 Haziran'a ertelendi.",
        D(2025, 4, 1),
        ["2025-05-12", "2025-06-15"],
        "moved from one date to another: two dates, not a range",
    ),
    (
        "Kayıtlar 3 ile 7 Mart arasında yapılacak.",
        D(2025, 2, 1),
        ["2025-03-03/2025-03-07"],
        "'ile ... arasında'",
    ),
    (
        "Fuar 12 Mayıs ile 15 Haziran arasında açık.",
        D(2025, 4, 1),
        ["2025-05-12/2025-06-15"],
        "'ile ... arasında' across months",
    ),
    (
        "Sınavlar 7, 13 ve 14 Eylül 2025 tarihlerinde yapıldı.",
        D(2025, 11, 7),
        ["2025-09-07,2025-09-13,2025-09-14"],
        "a list of days is one expression",
    ),
    (
        "Oturumlar 7 ve 8 Ekim'de yapılacak.",
        D(2025, 9, 1),
        ["2025-10-07,2025-10-08"],
        "a list of two days",
    ),
    (
        "Ocak-Mart 2025 döneminde ihracat arttı.",
        D(2025, 5, 1),
        ["2025-01/2025-03"],
        "a range of months",
    ),
    (
        "Haziran-Ağustos aylarında turizm canlandı.",
        D(2025, 10, 1),
        ["2025-06/2025-08"],
        "months without a year, past",
    ),
    (
        "Ocak'tan Mart'a kadar kampanya sürecek.",
        D(2025, 12, 10),
        ["2026-01/2026-03"],
        "months ahead",
    ),
    (
        "Etkinlikler 10-24 Mayıs tarihleri arasında yasaklandı.",
        D(2022, 5, 11),
        ["2022-05-10/2022-05-24"],
        "a range around the day of issue",
    ),
    (
        "Etkinlik 30 Kasım - 2 Aralık tarihlerinde yapılacak.",
        D(2025, 10, 1),
        ["2025-11-30/2025-12-02"],
        "spaces around the dash",
    ),
    (
        "Kurs 1-5 Temmuz 2024 tarihleri arasında yapıldı.",
        D(2025, 1, 1),
        ["2024-07-01/2024-07-05"],
        "a past range with its year",
    ),
    (
        "Tatil 28 Aralık Cumartesi gününden 1 Ocak Çarşamba gününe kadar sürecek.",
        D(2024, 12, 20),
        ["2024-12-28/2025-01-01"],
        "from ... until with weekdays, across the new year",
    ),
    (
        "Bayram 6-7-8-9 Haziran tarihlerinde kutlanacak.",
        D(2025, 3, 1),
        ["2025-06-06/2025-06-09"],
        "days joined by dashes: the first to the last",
    ),
    ("Yüzde 5-6 aralığında büyüme bekleniyor.", D(2025, 1, 1), [], "a range of percentages"),
    (
        "Toplantı 2025-2030 yılları arasında üç kez yapılacak.",
        D(2025, 1, 1),
        ["2025/2030"],
        "a range of years",
    ),
    (
        "Başvurular ayın 15'i ile 20'si arasında alınacak.",
        D(2025, 11, 3),
        ["2025-11-15/2025-11-20"],
        "days of the month in context between two ordinals: one range",
    ),
    (
        "Ödemeler Aralık ayının 5'i ile 12'si arasında yapılacak.",
        D(2025, 11, 3),
        ["2025-12-05/2025-12-12"],
        "days of a named month between two ordinals",
    ),
    (
        "Sınavlar ayın 3'ünden 7'sine kadar sürecek.",
        D(2025, 11, 1),
        ["2025-11-03/2025-11-07"],
        "days of the month from ... until",
    ),
    (
        "Kayıtlar gelecek ayın 1'i ile 10'u arasında yapılacak.",
        D(2025, 11, 20),
        ["2025-12-01/2025-12-10"],
        "days of next month",
    ),
    (
        "Fiyatlar ayın 10'u ile 20'si arasında yüzde 5 arttı.",
        D(2025, 11, 25),
        ["2025-11-10/2025-11-20"],
        "past range of days of this month",
    ),
    (
        "Puan farkı 15'i ile 20'si arasında değişiyor.",
        D(2025, 11, 3),
        [],
        "ordinals without a month: no date",
    ),
    (
        "Kademeli emeklilik 2000 ve 2008 arası sigortalı olanları kapsıyor.",
        D(2025, 9, 10),
        ["2000/2008"],
        "years joined by 've' before 'arası': one interval",
    ),
    (
        "Düzenleme 2010 ile 2020 yılları arasında işe girenleri kapsıyor.",
        D(2025, 9, 10),
        ["2010/2020"],
        "years joined by 'ile' before 'yılları arasında': one interval",
    ),
    (
        "Takım 2003-04 sezonundan bu yana ilk kez zirvede.",
        D(2017, 1, 19),
        ["2003/2004"],
        "a season of two years, not April 2003",
    ),
    (
        "Veriler 2024-06 itibarıyla güncellendi.",
        D(2025, 9, 10),
        ["2024-06"],
        "a year and month in ISO form stays a month",
    ),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_ranges(text, published, expected, why):
    assert values(text, published) == expected, why
