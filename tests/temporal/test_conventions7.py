"""The corpus conventions (``shared/corpus/README.md``) probed class by class (dates7): the
classes where the tagger disagreed, with sentences written for this test (none from an article),
positives and negatives. The full table of classes probed is in
``bench/results/dates-conventions-2026-12-03.md``."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date
TUESDAY = D(2026, 3, 10)
CASES = [
    # a range of days written "X ile Y günleri arasında" is one interval, like "tarihleri arasında"
    (
        "Sergi 26 Mart ile 2 Nisan günleri arasında açık kalacak.",
        TUESDAY,
        ["2026-03-26/2026-04-02"],
        "range: two dated days, günleri arasında",
    ),
    (
        "Kurs 16 ile 20 Mart günleri arasında verilecek.",
        TUESDAY,
        ["2026-03-16/2026-03-20"],
        "range: two day numbers of one month, günleri arasında",
    ),
    (
        "Atölye 4 ile 9 Ekim günleri arasında sürdü.",
        D(2025, 10, 20),
        ["2025-10-04/2025-10-09"],
        "range: past clause",
    ),
    (
        "Kurs 16 ve 20 Mart günleri verilecek.",
        TUESDAY,
        ["2026-03-16,2026-03-20"],
        "negative: without arasında, two coordinated days stay a list",
    ),
    (
        "Başvurular 2 Şubat ve 27 Mart arası alınacak.",
        TUESDAY,
        ["2026-02-02/2026-03-27"],
        "range: two dated days joined by ve, arası",
    ),
    # whole dates joined by commas and ve are one list of days
    (
        "Çarşı 21 Mart ve 22 Mart tarihlerinde kapalı olacak.",
        TUESDAY,
        ["2026-03-21,2026-03-22"],
        "list: two whole dates, tarihlerinde",
    ),
    (
        "Müze 14 Mart Cumartesi ve 15 Mart Pazar günleri ücretsiz.",
        TUESDAY,
        ["2026-03-14,2026-03-15"],
        "list: whole dates with their weekdays, günleri",
    ),
    (
        "Kurultay 29 Mart, 5 Nisan ve 12 Nisan'da üç oturumda toplanacak.",
        TUESDAY,
        ["2026-03-29,2026-04-05,2026-04-12"],
        "list: three whole dates, the last with its case",
    ),
    (
        "Nöbet 31 Aralık ve 2 Ocak 2027'de tutulacak.",
        TUESDAY,
        ["2026-12-31,2027-01-02"],
        "list: across the new year, the earlier day the year before",
    ),
    (
        "Kurs 7 Nisan'da ve 9 Nisan'da verilecek.",
        TUESDAY,
        ["2026-04-07", "2026-04-09"],
        "negative: each date with its own case ending stays apart",
    ),
    (
        "Sınavlar 4 Temmuz 2026 ve 11 Temmuz 2026 tarihlerinde yapılacak.",
        TUESDAY,
        ["2026-07-04", "2026-07-11"],
        "negative (not read as a list): an earlier date with its own year stays apart",
    ),
    (
        "Kentte 3 Nisan ve 40 bin kişi",
        TUESDAY,
        ["2026-04-03"],
        "negative: a number after ve that is not a date",
    ),
    # a year followed by its month with the possessive written without apostrophe
    (
        "Fabrika 2019 temmuzunda üretime başladı.",
        D(2025, 11, 12),
        ["2019-07"],
        "year month: possessive + locative",
    ),
    (
        "Kriz 2018 ağustosunda derinleşti.",
        D(2025, 11, 12),
        ["2018-08"],
        "year month: possessive + locative, back vowel",
    ),
    (
        "Seçim 2027 Nisanı'nda yapılacak.",
        D(2025, 11, 12),
        ["2027-04"],
        "year month: possessive, then apostrophe and case",
    ),
    (
        "Proje 2023 kasımının sonunda bitti.",
        D(2025, 11, 12),
        ["2023-11"],
        "year month: possessive + genitive + part",
    ),
    (
        "Sahneye 2024 Martin Eden uyarlamasıyla çıktı.",
        D(2025, 11, 12),
        ["2024"],
        "negative: a name that opens with a month is not the month",
    ),
    # twelve o'clock at night is midnight: T00:00 of the following day, as gece yarısı
    (
        "Köprü gece 12'de trafiğe kapanacak.",
        TUESDAY,
        ["2026-03-11T00:00"],
        "gece 12: midnight, the next day",
    ),
    (
        "Tören cuma gecesi saat 12.30'da başlayacak.",
        TUESDAY,
        ["2026-03-14T00:30"],
        "a named night, half past twelve: the next day",
    ),
    (
        "Köprü öğlen 12'de trafiğe kapanacak.",
        TUESDAY,
        ["2026-03-10T12:00"],
        "negative: öğlen 12 is noon",
    ),
    (
        "Köprü gece 11'de trafiğe kapanacak.",
        TUESDAY,
        ["2026-03-10T23:00"],
        "negative: gece 11 is 23:00 of the same day, as before",
    ),
    # a bare weekday in a clause without a verb takes the direction of the last day named
    (
        "Perşembe günü toplantı yapılacak. Cumartesi günü ise miting.",
        TUESDAY,
        ["2026-03-12", "2026-03-14"],
        "verbless weekday after a coming day: ahead (nearest would be the past Saturday)",
    ),
    (
        "Pazar günü seçim yapıldı. Cuma günü ise miting.",
        TUESDAY,
        ["2026-03-08", "2026-03-06"],
        "verbless weekday after a past day: back (nearest would be the coming Friday)",
    ),
    (
        "Cumartesi günü ise miting.",
        TUESDAY,
        ["2026-03-07"],
        "negative: no day named before, the nearest Saturday as before",
    ),
    (
        "Bugün kurul toplanıyor. Cumartesi günü ise miting.",
        TUESDAY,
        ["2026-03-10", "2026-03-07"],
        "negative: the day named before is today, which gives no direction",
    ),
    (
        "Heyet cuma günü gelecek. Salı günü kurul toplandı.",
        D(2026, 3, 11),
        ["2026-03-13", "2026-03-10"],
        "negative: a clause with its own verb keeps its tense",
    ),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_conventions(text, published, expected, why):
    assert values(text, published) == expected, why
