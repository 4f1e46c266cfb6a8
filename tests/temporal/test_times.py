"""Clock times and parts of the day, attached to their date."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date
WED = D(2025, 10, 22)  # a Wednesday
CASES = [
    ("Toplantı 12 Kasım saat 14.00'te başlayacak.", WED, ["2025-11-12T14:00"], "date + time"),
    (
        "Toplantı 12 Kasım'da saat 14.00'te başlayacak.",
        WED,
        ["2025-11-12", "2025-11-12T14:00"],
        "each part with its own case ending: two expressions (the corpus README)",
    ),
    ("Maç yarın saat 20.45'te oynanacak.", WED, ["2025-10-23T20:45"], "tomorrow at a time"),
    ("Oturum bugün saat 10'da açıldı.", WED, ["2025-10-22T10:00"], "hour without minutes"),
    ("Tören 14:30'da başlayacak.", WED, ["2025-10-22T14:30"], "a time alone: the day of issue"),
    ("Oylama sabah 10'da başladı.", WED, ["2025-10-22T10:00"], "morning hour"),
    ("Konser akşam 8'de başlayacak.", WED, ["2025-10-22T20:00"], "evening 8 is 20:00"),
    ("Görüşme öğleden sonra 3'te yapılacak.", WED, ["2025-10-22T15:00"], "afternoon 3 is 15:00"),
    ("Sonuçlar gece 02.00'de açıklandı.", WED, ["2025-10-22T02:00"], "night 2 stays 02:00"),
    (
        "Toplantı saat 14.00-16.00 arasında yapılacak.",
        WED,
        ["2025-10-22T14:00/2025-10-22T16:00"],
        "a time range",
    ),
    (
        "Oturum saat 14.00 ile 16.00 arasında sürecek.",
        WED,
        ["2025-10-22T14:00/2025-10-22T16:00"],
        "a time range with 'ile'",
    ),
    (
        "Köprü 30 Ekim Perşembe günü saat 05.00 ile 10.30 arasında kapalı olacak.",
        WED,
        ["2025-10-30T05:00/2025-10-30T10:30"],
        "a date with a time range",
    ),
    (
        "Konser saat 22.00-02.00 arasında sürecek.",
        WED,
        ["2025-10-22T22:00/2025-10-23T02:00"],
        "a time range past midnight ends on the next day",
    ),
    (
        "Gece pazarı 25 Ekim'de 21.00 ile 01.30 arasında kurulacak.",
        WED,
        ["2025-10-25T21:00/2025-10-26T01:30"],
        "a dated range past midnight",
    ),
    (
        "Forum cuma akşamı saat 20.00-22.00 arasında yapılacak.",
        WED,
        ["2025-10-24T20:00/2025-10-24T22:00"],
        "a part of a named day with a range: the range",
    ),
    (
        "Su kesintisi yarın sabah 09.00 ile 11.30 arasında yaşanacak.",
        WED,
        ["2025-10-23T09:00/2025-10-23T11:30"],
        "tomorrow morning with a range",
    ),
    ("Sandıklar yerel saatle 07:00'de açıldı.", WED, ["2025-10-22T07:00"], "local time"),
    ("Maç TSİ 21.00'de başlayacak.", WED, ["2025-10-22T21:00"], "Turkish time"),
    ("Etkinlik saat 9 buçukta başlayacak.", WED, ["2025-10-22T09:30"], "half past"),
    ("Dün akşam saat 21.00 sularında deprem oldu.", WED, ["2025-10-21T21:00"], "yesterday evening"),
    ("Dün sabah Bakan konuştu.", WED, ["2025-10-21TMO"], "yesterday morning"),
    ("Cuma akşamı maç var.", WED, ["2025-10-24TEV"], "Friday evening, the nearest Friday"),
    ("Bu sabah piyasalar düştü.", WED, ["2025-10-22TMO"], "this morning"),
    ("Bu akşam 20.00'de canlı yayın var.", WED, ["2025-10-22T20:00"], "this evening at a time"),
    ("Bu akşam saat 8'de maç var.", WED, ["2025-10-22T20:00"], "this evening at eight"),
    ("Yarın öğleden sonra açıklama yapılacak.", WED, ["2025-10-23TAF"], "tomorrow afternoon"),
    ("26 Ağustos 1922 sabahı taarruz başladı.", D(2025, 8, 30), ["1922-08-26TMO"], "date morning"),
    (
        "Cuma günü akşam seansında hisse yükseldi.",
        D(2025, 9, 15),
        ["2025-09-12"],
        "'akşam' describes the session, not the day",
    ),
    (
        "Veriler şöyle: 11.00 Türkiye bütçe dengesi, 15.30 ABD imalat endeksi",
        D(2025, 9, 15),
        ["2025-09-15T11:00", "2025-09-15T15:30"],
        "times of an agenda",
    ),
    (
        "Karar 12 Mart'ta alındı, oturum saat 15.00'te kapandı.",
        D(2025, 3, 20),
        ["2025-03-12", "2025-03-12T15:00"],
        "a lone time takes the date of its sentence",
    ),
    (
        "Kurul dün toplandı. Saat 15.00'te karar açıklandı.",
        WED,
        ["2025-10-21", "2025-10-21T15:00"],
        "or of the sentence before",
    ),
    (
        "Kurul dün toplandı.\n\nKARAR\n\nSaat 15.00'te karar açıklandı.",
        WED,
        ["2025-10-21"],
        "after another day, in another paragraph, a lone time cannot be dated",
    ),
    (
        "Depremde 3 Ekim'de bir kişi ölmüştü. Saat 10:29'da yeni bir sarsıntı yaşandı.",
        WED,
        ["2025-10-03"],
        "after an older day in the sentence before, a lone time cannot be dated",
    ),
    ("Toplantı 10.30'da başlayacak.", WED, ["2025-10-22T10:30"], "dotted time with suffix"),
    ("Uçak 23:45'te indi.", WED, ["2025-10-22T23:45"], "colon time"),
    ("Kapılar saat 25.00'te açılacak.", WED, [], "25 is no hour"),
    ("Cuma günü saat 15.00'te tören yapılacak.", WED, ["2025-10-24T15:00"], "weekday + time"),
    (
        "Maç 14 Eylül'de oynanacak. Karşılaşma TSİ 20.00'de başlayacak.",
        D(2025, 9, 10),
        ["2025-09-14", "2025-09-14T20:00"],
        "a lone time after a coming day in the sentence before",
    ),
    ("Açıklama öğleden sonra yapılacak.", WED, ["2025-10-22TAF"], "afternoon of the day of issue"),
    (
        "Kaza dün yaşandı. Yollar sabah saatlerinde açıldı.",
        WED,
        ["2025-10-21", "2025-10-21TMO"],
        "morning hours of the day in context",
    ),
    ("Sabah gazetesi manşet attı.", WED, [], "a bare 'sabah' is no time"),
    (
        "Dün dolar 7,85'ten kapandı. Dolar saat 09.15 itibarıyla 7,89'dan işlem görüyor.",
        D(2020, 10, 13),
        ["2020-10-12", "2020-10-13T09:15"],
        "a clock time in a present clause after yesterday: now, today",
    ),
    (
        "Dün kurul toplandı. Saat 15.00'te karar açıklandı.",
        D(2020, 10, 13),
        ["2020-10-12", "2020-10-12T15:00"],
        "a clock time in a past clause after yesterday: that day",
    ),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_times(text, published, expected, why):
    assert values(text, published) == expected, why
