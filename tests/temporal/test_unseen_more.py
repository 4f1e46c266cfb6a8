"""More of the classes of issue 14 that failed on unseen text: clock times with an
approximation word, ranges of clock times written ``…'den …'e kadar`` or after a weekday or a
deictic day, ``24.00`` as the start of the next day, lists of months with commas, a month after
``geçtiğimiz``/``önümüzdeki``, and file numbers that look like years. Every sentence here is
written for these tests."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date
TUE = D(2024, 4, 2)  # a Tuesday
ALL = ("DATE", "TIME", "DURATION", "SET")

CLOCK = [
    ("Yangın 04.00 sularında söndürüldü.", TUE, ["2024-04-02T04:00"], "a time 'sularında'"),
    (
        "Tren 18.30 sıralarında istasyona vardı.",
        TUE,
        ["2024-04-02T18:30"],
        "a time 'sıralarında'",
    ),
    ("Kur 18.45 civarında seyretti.", TUE, [], "'civarında' after a number: an amount"),
    (
        "Müze 09.00'dan 19.00'a kadar açık olacak.",
        TUE,
        ["2024-04-02T09:00/2024-04-02T19:00"],
        "'…'dan …'a kadar' is one interval",
    ),
    (
        "Perşembe günü saat 13.00 ile 17.00 arasında su verilmeyecek.",
        TUE,
        ["2024-04-04T13:00/2024-04-04T17:00"],
        "a weekday with a range of times: one interval on that day",
    ),
    (
        "Yarın 08.30-10.00 arasında yol kapalı olacak.",
        TUE,
        ["2024-04-03T08:30/2024-04-03T10:00"],
        "a deictic day with a range of times",
    ),
    (
        "Cuma 10.00'dan 16.00'ya kadar gişeler kapalı kalacak.",
        TUE,
        ["2024-04-05T10:00/2024-04-05T16:00"],
        "a weekday with '…'dan …'ya kadar'",
    ),
    (
        "Sokak yasağı Cumartesi 24.00'te bitecek.",
        TUE,
        ["2024-04-07T00:00"],
        "24.00 is 00:00 of the next day",
    ),
]

MONTHS = [
    (
        "Mart, nisan, mayıs ve haziran aylarının verileri birlikte açıklanacak.",
        TUE,
        ["2024-03,2024-04,2024-05,2024-06"],
        "a list of months with commas and a genitive ending",
    ),
    (
        "Geçtiğimiz Ekim ayında zam yapılmazken, Ocak ayında ne olacağı tartışılıyor.",
        D(2024, 11, 20),
        ["2024-10", "2025-01"],
        "'geçtiğimiz' places a month in the past whatever the tense",
    ),
    (
        "Önümüzdeki Şubat ayında seçim yapılması konuşuldu.",
        TUE,
        ["2025-02"],
        "'önümüzdeki' places a month ahead whatever the tense",
    ),
]

JOINED = [
    (
        "Cumartesi 20 Nisan 2024 tarihinde kongre yapılacak.",
        TUE,
        ["2024-04-20"],
        "a weekday before its date, without a comma: one expression",
    ),
    (
        "Yollar 9 Nisan Salı akşamı 21.00'den itibaren kapatılacak.",
        TUE,
        ["2024-04-09T21:00"],
        "a date, its part of the day and its clock time are one TIME",
    ),
    (
        "Tesis 13-14 Nisan Cumartesi ve Pazar günleri kapalı olacak.",
        TUE,
        ["2024-04-13/2024-04-14"],
        "a run of days followed by their weekdays is one interval",
    ),
    (
        "Abonelik Perşembe gece yarısından itibaren yenilenecek.",
        TUE,
        ["2024-04-05T00:00"],
        "a weekday's 'gece yarısı' is 00:00 of the next day",
    ),
    (
        "İkinci hafta programı:\n12 Nisan Cuma\nKartal - Doğan (Saat: 19.00)\n"
        "Şahin - Atmaca Saat: 21.30",
        TUE,
        ["2024-04-12", "2024-04-12T19:00", "2024-04-12T21:30"],
        "'Saat:' times at the end of the lines under a day heading take its day",
    ),
]

YEARS = [
    (
        "Kurum yıl sonu enflasyon tahminini yükseltti.",
        D(2023, 7, 20),
        ["2023"],
        "a forecast of the year end: the nearest year end, whatever the tense",
    ),
    (
        "Ailemiz 2 yıl sonra köyüne döndü.",
        TUE,
        ["P2Y"],
        "'X sonra' in a past clause counts from a past event, not from now: no date",
    ),
    ("Sonuçlar 2 gün sonra açıklanacak.", TUE, ["2024-04-04"], "'X sonra' ahead is a date"),
]

NARRATIVE = [
    (
        "Bayram 25 Nisan Perşembe günü başlayacak. Tatilin Cuma gününe denk gelmesi, hafta sonu "
        "ile birleşmesini sağlayacak.",
        TUE,
        ["2024-04-25", "2024-04-26", "2024-W17-WE"],
        "a bare weekday and weekend after a day beyond the coming week: that day's week",
    ),
    (
        "Fuar 26 Nisan'da açılacak. Ziyaretçiler Cuma gününden Pazar akşamına kadar gezebilecek.",
        TUE,
        ["2024-04-26", "2024-04-26", "2024-04-28TEV"],
        "weekdays near the narrative's day, not near the publication day",
    ),
    (
        "Tören 25 Nisan'da yapılacak. Bu günü herkes hatırlayacak.",
        TUE,
        ["2024-04-25"],
        "'bu günü' written apart is the day just named, not a date of its own",
    ),
    (
        "Kongre 25 Nisan'da açılacak. İki gün sonra kapanış töreni yapılacak.",
        TUE,
        ["2024-04-25", "2024-04-27"],
        "'X gün sonra' after a day beyond the coming week counts from that day",
    ),
    (
        "Kurul 25 Nisan'da toplanacak. Bakan Cuma günü açıklama yaptı.",
        TUE,
        ["2024-04-25", "2024-03-29"],
        "a weekday in a past clause keeps the publication's week",
    ),
    (
        "Konser 18 Mayıs'ta verilecek. Cumartesi günü ise mahallede sokak şenliği düzenlenecek.",
        TUE,
        ["2024-05-18", "2024-04-06"],
        "a weekday heading a later sentence of its own tells another happening: this week's",
    ),
    (
        "Yüzme yarışları 3 Haziran'da başlayacak. Pazartesi günü kulüpte seçim yapılacak.",
        D(2024, 5, 8),
        ["2024-06-03", "2024-05-13"],
        "a weekday in a later finite sentence takes the publication's week, not the far day's",
    ),
    (
        "Anma töreni 23 Mayıs'ta yapılacak. Törenin Perşembe gününe rastlaması katılımı artıracak.",
        TUE,
        ["2024-05-23", "2024-05-23"],
        "a clause telling the weekday a date falls on keeps that date's week",
    ),
]

SCHEDULES = [
    (
        "Kupa maçları 12 Nisan Cuma günü oynanacak.\nMaçlar saat kaçta?\n"
        "İlk karşılaşma TSİ 18.00'de başlayacak.\nİkinci maç ise 20.30'da başlayacak.",
        TUE,
        ["2024-04-12", "2024-04-12T18:00", "2024-04-12T20:30"],
        "times of an announcement run on under the day named lines before",
    ),
    (
        "Kurul 12 Nisan'da toplanacak. Üyeler kente gelecek. Toplantı saat 10.00'da başlayacak.",
        TUE,
        ["2024-04-12", "2024-04-12T10:00"],
        "a future time two sentences after its day",
    ),
    (
        "Kurul 12 Mart'ta toplandı. Üyeler kente geldi. Toplantı saat 10.00'da başladı.",
        TUE,
        ["2024-03-12"],
        "a past time far from an older day is not dated",
    ),
    (
        "Vali ilçeyi ziyaret edecek. (Merkez/10.30)\nVali şehit ailelerini ağırlayacak. (15.00)",
        TUE,
        ["2024-04-02T10:30", "2024-04-02T15:00"],
        "agenda times in parentheses, after a place and a slash",
    ),
    ("Endeks (12.50) puan yükseldi.", TUE, [], "a number in parentheses before a unit"),
    (
        "Hisseler dün değer kazandı. Gözler TSİ 16.30'da açıklanacak veride.",
        TUE,
        ["2024-04-01"],
        "a time to come does not take yesterday from the sentence before",
    ),
]

REPORTED = [
    (
        "Mart ayı enflasyonu da açıklandığında zam oranı kesinleşecek.",
        TUE,
        ["2024-03"],
        "'açıklandığında' has no tense of its own; a month before a statistic is the one reported",
    ),
    (
        "Ocak 2025 zammı bekleniyor. Ekim ve Kasım ayı enflasyonu da hesaba katılacak.",
        D(2024, 11, 20),
        ["2025-01", "2024-10,2024-11"],
        "a statistic's months stay near publication after a later month-year",
    ),
    ("Borç mali yılın ilk 5 ayında azaldı.", TUE, ["P5M"], "a fiscal year's months: a span"),
    (
        "Yılın ilk 3 ayında ihracat arttı.",
        TUE,
        ["2024-01/2024-03"],
        "'yılın ilk N ayı' is this year's first months",
    ),
]

STATISTICS = [
    (
        "09:00 Almanya Sanayi Üretimi (Ekim)\n16:30 ABD Tarım Dışı İstihdam (Kasım)",
        D(2024, 12, 9),
        ["2024-12-09T09:00", "2024-10", "2024-12-09T16:30", "2024-11"],
        "a month in parentheses after a figure's name is the month the figure is for",
    ),
    (
        "Yurt dışında Almanya'da ekim ayı sanayi üretimi takip edilecek.",
        D(2024, 12, 9),
        ["2024-10"],
        "a month before a statistic's name is the month reported, not the next October",
    ),
    (
        "Yatırımcılar Fed'in çarşamba günkü kararına odaklandı.",
        D(2024, 12, 9),
        ["2024-12-11"],
        "an attributive weekday ('günkü') in a past clause may lie ahead",
    ),
]

ATTRIBUTIVE = [
    (
        "Kurul, 6 Temmuz'daki kongrenin programını açıkladı.",
        TUE,
        ["2024-07-06"],
        "an attributive date in a past clause may lie a season ahead",
    ),
    (
        "Parti, Eylül'deki kongrede seçilen başkanı kutladı.",
        TUE,
        ["2023-09"],
        "further ahead than a season it is the last one",
    ),
]

OPENING_HOURS = [
    (
        "Sergi hafta içi 09.30-18.00, hafta sonu 10.00-17.00 saatleri arasında gezilebilecek.",
        TUE,
        ["P1W", "XXXX-WXX-WE"],
        "opening hours on weekdays and at weekends are sets, not dates",
    ),
    (
        "Havuz her gün saat 08.00'den 20.00'ye kadar açık olacak.",
        TUE,
        ["XXXX-XX-XXT08:00"],
        "a daily range of hours is one set",
    ),
    (
        "Pazar günleri 11.00-16.00 arası kahvaltı veriliyor.",
        TUE,
        ["XXXX-WXX-7"],
        "a weekday in the plural with hours recurs",
    ),
    ("Hafta sonları vapur seferleri artıyor.", TUE, ["XXXX-WXX-WE"], "weekends in the plural"),
    (
        "Salı ve Çarşamba günleri kurs yapılacak.",
        TUE,
        ["2024-04-02,2024-04-03"],
        "a list of weekdays stays a date",
    ),
]

RELATIVE = [
    ("Haftaya Perşembe kurul toplanacak.", TUE, ["2024-04-11"], "'haftaya' and a weekday: one day"),
    (
        "Geçen hafta 300 konut satıldı, bir önceki hafta ise 250.",
        TUE,
        ["2024-W13", "2024-W12"],
        "'bir önceki hafta' is the week before the week just named",
    ),
    (
        "Ay sonunda yeni tarife açıklanacak.",
        TUE,
        ["2024-04"],
        "the end of the month ahead is this month's, even early in the month",
    ),
]

ERAS = [
    ("1800'lerde liman kuruldu.", TUE, ["18"], "the 1800s are a century (18), not a decade"),
    ("1900'lü yılların başında kent büyüdü.", TUE, ["19"], "the 1900s: the century 19"),
    ("2000'lerde kent büyüdü.", TUE, ["200"], "the 2000s stay a decade"),
]

ZONES = [
    (
        "Oylama bugün yerel saatle 08.00'de başladı.",
        TUE,
        ["2024-04-02T08:00"],
        "a deictic day, the zone and the clock time are one TIME",
    ),
    (
        "Final Cuma TSİ 21.45'te başlayacak.",
        TUE,
        ["2024-04-05T21:45"],
        "a weekday, the zone and the clock time are one TIME",
    ),
]

TENSELESS = [
    (
        "Yeni yıla az kala 31 Aralık'ın tatil olup olmadığı merak ediliyor.",
        D(2024, 12, 20),
        ["2024-12-31"],
        "'olup olmadığı' has no tense of its own: the coming 31 December",
    ),
]

LABELS = [
    (
        "Tatil takvimi:\n20 Nisan Cumartesi: Hafta Sonu\n22 Nisan Pazartesi: İş Günü",
        TUE,
        ["2024-04-20", "2024-04-22"],
        "'Hafta Sonu' after a dated day and a colon says what that day is",
    ),
    (
        "Program:\n20 Nisan Cumartesi: 10.00 Açılış",
        TUE,
        ["2024-04-20", "2024-04-20T10:00"],
        "a clock time after the colon is a time of that day",
    ),
]

PARTS = [
    (
        "Dün sabaha karşı 04.30'da deprem oldu.",
        TUE,
        ["2024-04-01T04:30"],
        "'sabaha karşı' is a part of the day, with its clock time one TIME",
    ),
    (
        "Dün sabahın erken saatlerinde yangın çıktı.",
        TUE,
        ["2024-04-01TMO"],
        "'dün sabahın' is yesterday's morning",
    ),
]

ANCHORED_NIGHT = [
    (
        "Tören yarın yapılacak. Salon bir gece önceden hazırlanacak.",
        TUE,
        ["2024-04-03", "2024-04-02TNI"],
        "'bir gece önceden' is the night before the day just named",
    ),
]

RANGES = [
    (
        "Sezon mayıs ayından eylül ayına kadar sürecek.",
        TUE,
        ["2024-05/2024-09"],
        "'X ayından Y ayına kadar' is one interval of months",
    ),
    (
        "Kayıtlar 6 Mayıs tarihinden 17 Mayıs tarihine kadar alınacak.",
        TUE,
        ["2024-05-06/2024-05-17"],
        "'tarihinden … tarihine kadar' is one interval",
    ),
    (
        "Kayıtlar 6 Mayıs'tan itibaren 17 Mayıs'a kadar alınacak.",
        TUE,
        ["2024-05-06/2024-05-17"],
        "'…'tan itibaren …'a kadar' is one interval",
    ),
    (
        "Sergi 6 Mayıs Pazartesi ile 10 Mayıs Cuma arasında açık kalacak.",
        TUE,
        ["2024-05-06/2024-05-10"],
        "'… ile … arasında' with weekdays is one interval",
    ),
]

DATETIME_RANGES = [
    (
        "Köprü 6 Nisan Cumartesi saat 22.00'den 8 Nisan Pazartesi saat 05.00'e kadar kapalı.",
        TUE,
        ["2024-04-06T22:00/2024-04-08T05:00"],
        "from one day's clock time to another day's: one interval",
    ),
    (
        "Hat Cumartesi günü 07.00'den Pazar günü 24.00'e kadar çalışmayacak.",
        TUE,
        ["2024-04-06T07:00/2024-04-08T00:00"],
        "weekdays with clock times, ending at 24.00",
    ),
    (
        "Yol 10 Nisan 23.00 ile 11 Nisan 06.00 arasında kapalı olacak.",
        TUE,
        ["2024-04-10T23:00/2024-04-11T06:00"],
        "'… ile … arasında' across midnight",
    ),
]

NUMERIC = [
    (
        "Cumartesi 13.04.2024 Saat: 19.00 Kartal - Doğan",
        TUE,
        ["2024-04-13T19:00"],
        "a weekday before a numeric date and 'Saat:': one TIME, not a clock time 13:04",
    ),
    (
        "Kartal - Doğan 13.04.2024 - 19:00",
        TUE,
        ["2024-04-13T19:00"],
        "a numeric date, a dash and a clock time: one TIME",
    ),
]

MOVED = [
    (
        "Kupa finali 19 Mayıs'tan 18 Mayıs'a alındı.",
        TUE,
        ["2024-05-19", "2024-05-18"],
        "moved from a date to another ('alındı'): both ahead",
    ),
    (
        "Konser 10 Haziran'a taşındı.",
        TUE,
        ["2024-06-10"],
        "'taşındı' moves a happening to a date ahead",
    ),
    (
        "Oylama saat 20.00'de (TSİ 19.00) bitecek.",
        TUE,
        ["2024-04-02T20:00", "2024-04-02T19:00"],
        "a local time and the Turkish time in parentheses are two times",
    ),
]

NOT_DATES = [
    ("Mahkemenin 2021/45 esas sayılı dosyası kapandı.", TUE, [], "a docket number"),
    ("Kurulun 2023/7 sayılı kararı yayımlandı.", TUE, [], "a decision number"),
]

CASES = (
    CLOCK
    + MONTHS
    + JOINED
    + YEARS
    + NARRATIVE
    + SCHEDULES
    + REPORTED
    + ATTRIBUTIVE
    + STATISTICS
    + OPENING_HOURS
    + MOVED
    + NUMERIC
    + DATETIME_RANGES
    + RANGES
    + ANCHORED_NIGHT
    + PARTS
    + LABELS
    + TENSELESS
    + ZONES
    + ERAS
    + RELATIVE
    + NOT_DATES
)


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_unseen_more(text, published, expected, why):
    assert values(text, published, ALL) == expected, why
