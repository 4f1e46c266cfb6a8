"""Weekday names: the nearest such day in the direction of the clause's tense."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date
WED = D(2025, 10, 22)  # a Wednesday
CASES = [
    ("Pazartesi günü toplantı yapıldı.", WED, ["2025-10-20"], "past: the Monday before"),
    ("Pazartesi günü toplantı yapılacak.", WED, ["2025-10-27"], "future: the Monday after"),
    ("Cuma günü sonuç açıklanacak.", WED, ["2025-10-24"], "future Friday"),
    ("Cuma günü sonuç açıklandı.", WED, ["2025-10-17"], "past Friday"),
    ("Çarşamba günü görüşme yapılacak.", WED, ["2025-10-22"], "the day of issue itself"),
    (
        "Valilik geçen Pazartesi yasak kararı aldı.",
        D(2022, 5, 11),
        ["2022-05-09"],
        "'geçen' Monday: the last one before the day of issue",
    ),
    ("Önümüzdeki salı kurul toplanacak.", WED, ["2025-10-28"], "the coming Tuesday"),
    ("Gelecek cuma sonuç belli olacak.", WED, ["2025-10-24"], "'gelecek cuma'"),
    ("Bu cumartesi festival var.", WED, ["2025-10-25"], "this week's Saturday"),
    ("Bu pazartesi okullar açıldı.", WED, ["2025-10-20"], "this week's Monday, already past"),
    ("Geçen hafta cuma günü anlaşma imzalandı.", WED, ["2025-10-17"], "Friday of last week"),
    ("Cumartesi kongre yapılacak.", WED, ["2025-10-25"], "bare weekday"),
    ("Maçlar pazar günü oynanacak.", WED, ["2025-10-26"], "'pazar günü' is Sunday"),
    ("Perşembe akşamı konser verildi.", WED, ["2025-10-16TEV"], "weekday evening, past"),
    ("Salı'dan bu yana fiyatlar yükseliyor.", WED, ["2025-10-21"], "'since Tuesday' looks back"),
    ("Yeni tarife pazartesiden itibaren uygulanacak.", WED, ["2025-10-27"], "from next Monday"),
    (
        "Müzeler cumartesi ve pazar günleri açık olacak.",
        WED,
        ["2025-10-25,2025-10-26"],
        "'pazar günleri' is Sunday; coordinated weekdays are one list",
    ),
    (
        "Grev pazartesiden cumaya kadar sürecek.",
        WED,
        ["2025-10-27/2025-10-31"],
        "from a weekday to another",
    ),
    (
        "Okullar yarın ve perşembe günü tatil edildi.",
        D(2025, 10, 28),
        ["2025-10-29", "2025-10-30"],
        "a weekday coordinated with a day takes the occurrence next to it",
    ),
    ("CUMA GÜNÜ BORSA DÜŞTÜ", D(2025, 9, 15), ["2025-09-12"], "capitals, past"),
    ("Pazar payı yüzde 5 arttı.", WED, [], "'pazar' is also a market"),
    ("İç pazarda satışlar düştü.", WED, [], "market, with a suffix"),
    ("Çarşamba ilçesinde sel oldu.", WED, [], "Çarşamba is also a town"),
    ("Cuma Ali Yılmaz açıklama yaptı.", WED, [], "Cuma is also a first name"),
    (
        "Toplantı Salı'dan Perşembe'ye ertelendi.",
        D(2025, 11, 17),
        ["2025-11-18", "2025-11-20"],
        "moved between weekdays: the old slot ahead, the new one after it",
    ),
    (
        "Toplantı Salı'dan Perşembe'ye ertelendi.",
        D(2025, 11, 20),
        ["2025-11-25", "2025-11-27"],
        "moved between weekdays, published on the new weekday: the coming pair",
    ),
    (
        "Maç Cumartesi'den Pazar'a alındı.",
        D(2025, 11, 17),
        ["2025-11-22", "2025-11-23"],
        "'Pazar' after a weekday in the ablative is the day, not a market",
    ),
    (
        "Görüşme Perşembe'den Salı'ya ertelendi.",
        D(2025, 11, 17),
        ["2025-11-20", "2025-11-25"],
        "moved into the next week",
    ),
    (
        "Pazardan pazara fiyatlar değişiyor.",
        WED,
        [],
        "market to market: no weekdays",
    ),
    (
        "Seçmenler 5 Haziran cuma günü sandık başına gidiyor.",
        D(2016, 6, 1),
        ["2016-06-05"],
        "a weekday that fits only a year back: the weekday is wrong, not the year",
    ),
    (
        "Tatil 28 Aralık Cumartesi günü başlamıştı.",
        D(2025, 1, 10),
        ["2024-12-28"],
        "a weekday that fits the year before, weeks ago: that year",
    ),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_weekdays(text, published, expected, why):
    assert values(text, published) == expected, why
