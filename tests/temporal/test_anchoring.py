"""Resolution against earlier dates of the article: narratives, coordination, schedules,
"ertesi gün", and the limits of anchoring (tense, distance)."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date
CASES = [
    (
        "26 Ağustos 1922'de taarruz başladı. 30 Ağustos'ta zafer kazanıldı. 9 Eylül'de ordu "
        "İzmir'e girdi.",
        D(2025, 8, 30),
        ["1922-08-26", "1922-08-30", "1922-09-09"],
        "a narrative keeps its year",
    ),
    (
        "Geçen yıl takvim 13 Kasım'da duyurulmuştu.",
        D(2025, 11, 7),
        ["2024", "2024-11-13"],
        "a year named earlier in the sentence",
    ),
    (
        "2026 yılı sınav takvimi açıklandı. KPSS 20 Aralık'ta yapılacak.",
        D(2025, 11, 7),
        ["2026", "2026-12-20"],
        "the year of a schedule",
    ),
    (
        "Sınav 21 Haziran (TYT) ve 22 Haziran 2025 (AYT) tarihlerinde yapıldı.",
        D(2025, 11, 7),
        ["2025-06-21", "2025-06-22"],
        "a date coordinated with a dated one",
    ),
    (
        "Kaza 12 Mart 2024'te oldu. Ertesi gün yollar kapatıldı.",
        D(2025, 1, 1),
        ["2024-03-12", "2024-03-13"],
        "'ertesi gün' after a date",
    ),
    (
        "Karar 5 Haziran'da alındı, aynı gün uygulandı.",
        D(2025, 6, 20),
        ["2025-06-05", "2025-06-05"],
        "'aynı gün'",
    ),
    ("Ertesi gün yollar kapatıldı.", D(2025, 1, 1), [], "'ertesi gün' with nothing before"),
    (
        "Zirve 12 Ağustos 2026'da yapılacak. Hazırlık toplantısı 3 Ağustos'ta düzenlenecek.",
        D(2025, 10, 22),
        ["2026-08-12", "2026-08-03"],
        "a narrative in the future",
    ),
    (
        "2024 yılında 63 milyon ton petrol taşındı. Başkan 12 Kasım'da Moskova'yı ziyaret edecek.",
        D(2025, 10, 9),
        ["2024", "2025-11-12"],
        "an earlier year does not anchor a future date",
    ),
    (
        "Ayrıca 2026 yılında 3 faiz indirimi bekleniyor. Görüşmelerin 17 Eylül'e kadar sürmesi "
        "planlanıyor.",
        D(2025, 9, 15),
        ["2026", "2025-09-17"],
        "a bare year of another sentence does not anchor",
    ),
    (
        "Cumhuriyet 1923'te ilan edildi. Bu yıl 29 Ekim'de kutlamalar yapılacak.",
        D(2025, 10, 1),
        ["1923", "2025", "2025-10-29"],
        "'bu yıl' brings the narrative back",
    ),
    (
        "Antlaşma 24 Temmuz 1923'te imzalandı. Bu çok önemliydi. Herkes sevindi. Yıllar geçti. "
        "Liderler buluştu. Bakan 10 Eylül'de Ankara'ya gitti.",
        D(2025, 9, 20),
        ["1923-07-24", "2025-09-10"],
        "a narrative date far back no longer anchors",
    ),
    (
        "Şirket 12 Mart 2019'da kuruldu. Geçen hafta 3 Nisan'da yeni fabrikasını açtı.",
        D(2025, 4, 10),
        ["2019-03-12", "2025-W14", "2025-04-03"],
        "a sentence about this week is not part of the earlier narrative",
    ),
    (
        "Şubat 2020'den bu yana en düşük seviye görüldü. Karar 5 Mart'ta açıklandı.",
        D(2025, 3, 20),
        ["2020-02", "2025-03-05"],
        "a starting point is not narrative time",
    ),
    (
        "1997 yılından bu yana üretim yapan şirket, yatırımını Mart ayında duyurmuştu.",
        D(2025, 8, 30),
        ["1997", "2025-03"],
        "a starting point anchors no later month",
    ),
    (
        "Sonuçlar ağustos ayı sonuçlarıyla birlikte açıklandı.",
        D(2025, 9, 10),
        ["2025-08"],
        "'sonuçları' (results) is no 'sonu' (end)",
    ),
    (
        "Festival: 5 Nisan Cumartesi",
        D(2025, 10, 1),
        ["2025-04-05"],
        "the written weekday picks the year (5 April 2026 is a Sunday)",
    ),
    (
        "Sergi 3 Ocak Cumartesi günü açılacak.",
        D(2025, 12, 20),
        ["2026-01-03"],
        "weekday and tense agree",
    ),
    ("Yılbaşında zam yapılacak.", D(2025, 12, 20), ["2026-01-01"], "'yılbaşı' ahead"),
    (
        "Ateşkes 12 Kasım'dan iki gün sonra başladı.",
        D(2025, 12, 1),
        ["2025-11-12", "2025-11-14"],
        "counted from a dated day",
    ),
    (
        "Kriz 2008'de başladı. Banka o yılın Eylül ayında battı.",
        D(2025, 9, 10),
        ["2008", "2008-09"],
        "'o yılın' + month: the month of the year just named",
    ),
    (
        "Şirket 2015'te kuruldu. O yıl 20 kişi çalışıyordu.",
        D(2025, 9, 10),
        ["2015", "2015"],
        "'o yıl': the year just named",
    ),
    ("O yıl çok zor geçti.", D(2025, 9, 10), [], "'o yıl' with no year before it: left out"),
    (
        "Krediler 12 Eylül itibarıyla önceki haftaya göre arttı.",
        D(2025, 9, 18),
        ["2025-09-12", "2025-W36"],
        "'önceki hafta' (without 'bir'): the week before the week reported",
    ),
    (
        "Geçen hafta 100 olan satışlar önceki hafta 90'dı.",
        D(2025, 9, 18),
        ["2025-W37", "2025-W36"],
        "'önceki hafta' after 'geçen hafta': the week before that",
    ),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_anchoring(text, published, expected, why):
    assert values(text, published) == expected, why
