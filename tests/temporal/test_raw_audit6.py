"""Classes found by the dates6 audit of unseen articles (issue 14): months in the instrumental
and the accusative, halves of a month, months joined by commas alone, ``yıl sonunun``,
``N yıl öncesine göre``, ``bir önceki yılki``, a verbal noun in the instrumental or joined by
``ve`` before the main verb. Every sentence is written for these tests (positive and negative
cases side by side)."""

from __future__ import annotations

from datetime import date

from timeline.temporal import tag

from .tables import assert_no_duplicates, parametrize, values

D = date
CASES = [
    # a month in the instrumental (comparisons: "haziranla karşılaştırıldığında")
    (
        "İhracat haziranla karşılaştırıldığında yüzde 4 arttı.",
        D(2025, 10, 6),
        ["2025-06"],
        "an unambiguous month with -la",
    ),
    ("Mayısla birlikte kampanya sona erdi.", D(2025, 10, 6), ["2025-05"], "mayısla birlikte"),
    ("Kasımla görüştük.", D(2025, 10, 6), [], "negative: Kasım is also a first name"),
    ("Nisanla evlendi.", D(2025, 10, 6), [], "negative: Nisan is also a first name"),
    ("Ekimle birlikte tarlada iş bitti.", D(2025, 10, 6), [], "negative: ekim is also sowing"),
    # a month in the accusative
    ("Şirket mart ayını kârla kapattı.", D(2025, 6, 2), ["2025-03"], "mart ayını"),
    ("Ağustos'u geride bıraktık.", D(2025, 9, 3), ["2025-08"], "Ağustos'u"),
    (
        "Uzman, kampanyanın başlangıcı olarak ekim ayını gösterdi.",
        D(2021, 7, 6),
        ["2021-10"],
        "a month pointed at in a past clause may lie shortly ahead",
    ),
    (
        "Borsa ağustos ayını yükselişle tamamladı.",
        D(2025, 9, 1),
        ["2025-08"],
        "negative: a month closed in a past clause is the last one",
    ),
    # halves of a month: its start or its end
    ("Fiyatlar şubatın ilk yarısında geriledi.", D(2025, 4, 10), ["2025-02"], "şubatın"),
    (
        "Tatil haziran ayının ikinci yarısında başlayacak.",
        D(2025, 4, 10),
        ["2025-06"],
        "haziran ayının ikinci yarısı",
    ),
    ("Başvurular ayın ikinci yarısında alınacak.", D(2025, 4, 10), ["2025-04"], "ayın"),
    ("Maçın ilk yarısında gol çıkmadı.", D(2025, 4, 10), [], "negative: a half of a match"),
    ("Ev sahibi ikinci yarıda baskı kurdu.", D(2025, 4, 10), [], "negative: a match half"),
    ("Takım sezonun ilk yarısını lider bitirdi.", D(2025, 4, 10), [], "negative: a season"),
    # a day a week or a month off, one expression (like "geçen yıl bugün")
    ("Haftaya bugün karar verilecek.", D(2025, 11, 12), ["2025-11-19"], "haftaya bugün"),
    ("Geçen hafta bugün açıklandı.", D(2025, 11, 12), ["2025-11-05"], "geçen hafta bugün"),
    ("Gelecek ay bugün açılacak.", D(2025, 3, 31), ["2025-04-30"], "the month's last day"),
    ("Haftaya toplanacaklar.", D(2025, 11, 12), ["2025-W47"], "negative: haftaya alone"),
    # önceki yıl / önceki ay: the one before the period reported
    (
        "Şirket 2024'te 5 milyar kâr etti, önceki yıl ise 3 milyardı.",
        D(2025, 11, 12),
        ["2024", "2023"],
        "önceki yıl after a year reported",
    ),
    (
        "Enflasyon ekimde yüzde 2 oldu, önceki ay yüzde 3'tü.",
        D(2025, 11, 12),
        ["2025-10", "2025-09"],
        "önceki ay after a month reported",
    ),
    ("Önceki yıllarda da benzer artışlar görüldü.", D(2025, 11, 12), [], "negative: vague"),
    # the two days of a move lie next to each other
    (
        "Final maçı 24 Mayıs'tan 31 Mayıs'a ertelendi.",
        D(2025, 8, 6),
        ["2025-05-24", "2025-05-31"],
        "the day moved to beside the day moved from, not a year later",
    ),
    (
        "Fuar 28 Aralık'tan 4 Ocak'a ertelendi.",
        D(2025, 12, 10),
        ["2025-12-28", "2026-01-04"],
        "across the new year",
    ),
    (
        "Kayıtlar 3 Mart'tan itibaren 10 Nisan'a kadar sürecek.",
        D(2025, 2, 10),
        ["2025-03-03/2025-04-10"],
        "negative: a range with its two ends is one interval, not a move",
    ),
    # an ambiguous month name before a starting-point word is a month
    ("Aralık itibarıyla vadeler dolacak.", D(2025, 9, 17), ["2025-12"], "Aralık itibarıyla"),
    ("Kasım itibarıyla tarife değişecek.", D(2025, 9, 17), ["2025-11"], "Kasım itibarıyla"),
    ("Kasım toplantıda konuştu.", D(2025, 9, 17), [], "negative: Kasım a first name"),
    # the first or last days of a period: its start or end
    ("Kar aralık ayının ilk günlerinde yağdı.", D(2025, 11, 12), ["2024-12"], "past"),
    ("Yılın son günlerinde kampanya yapılacak.", D(2025, 11, 12), ["2025"], "yılın son günleri"),
    # months joined by commas alone: one list
    (
        "Satışlar ocak, şubat, martta düşük kaldı.",
        D(2025, 6, 2),
        ["2025-01,2025-02,2025-03"],
        "three months, the case on the last",
    ),
    (
        "Eylül, Ekim, Kasım yoğun geçecek.",
        D(2025, 8, 1),
        ["2025-09,2025-10,2025-11"],
        "three months without a case, future",
    ),
    (
        "Mart, Nisan, Mayıs 2025 verileri açıklandı.",
        D(2025, 6, 2),
        ["2025-03,2025-04,2025-05"],
        "the year after the last month holds for all",
    ),
    # yıl sonu in the genitive
    (
        "Yıl sonunun yaklaşmasıyla kampanyalar arttı.",
        D(2025, 11, 20),
        ["2025"],
        "yıl sonunun",
    ),
    # a shifted unit in the instrumental
    ("Kira artışı geçen yılla aynı oranda oldu.", D(2025, 5, 5), ["2024"], "geçen yılla"),
    ("Bu ayla birlikte zamlar yürürlüğe girdi.", D(2025, 5, 5), ["2025-05"], "bu ayla"),
    # an offset written with öncesi (a comparison point)
    (
        "Konut fiyatları iki yıl öncesine göre ikiye katlandı.",
        D(2025, 5, 5),
        ["2023"],
        "iki yıl öncesine göre",
    ),
    ("Kayıtlar bir ay öncesine kıyasla azaldı.", D(2025, 5, 5), ["2025-04"], "bir ay öncesine"),
    (
        "Başvurular sınavdan üç gün öncesine kadar sürer.",
        D(2025, 5, 5),
        [],
        "negative: counted from an event named before, not from now",
    ),
    # bir önceki yılki: the year before the one reported
    (
        "Belediye 2023'te 40 milyon borçlandı; bir önceki yılki borcu ise 25 milyondu.",
        D(2025, 5, 5),
        ["2023", "2022"],
        "bir önceki yılki after a year reported",
    ),
    (
        "Şirket geçen yıl kâr etti. 2015 yılından sonra ilk kez kâr açıklayan şirketin bir "
        "önceki yılki zararı büyüktü.",
        D(2025, 5, 5),
        ["2024", "2015", "2023"],
        "a year followed by sonra opens a stretch; it is not the year reported",
    ),
    # a verbal noun in the instrumental, or joined by ve, is passed over for the main verb
    (
        "2026 bütçesi ne olacak? Mart ayının gelmesiyle hazırlıklar başladı.",
        D(2025, 3, 20),
        ["2026", "2025-03"],
        "the past main verb decides, not the year named before",
    ),
    (
        "2027 bütçesi nasıl olacak? Yıl sonunun yaklaşması ve ekim ayının gelmesiyle "
        "hazırlıklar başladı.",
        D(2026, 10, 12),
        ["2027", "2026", "2026-10"],
        "two verbal nouns joined by ve before the past main verb",
    ),
    (
        "Nisan ayının gelmesiyle kampanya başlayacak.",
        D(2025, 5, 10),
        ["2026-04"],
        "negative: a future main verb keeps the month ahead",
    ),
    (
        "Toplantının martta yapılması ve kararın açıklanması bekleniyor.",
        D(2025, 5, 10),
        ["2026-03"],
        "coordinated verbal nouns before an expectation: ahead",
    ),
    # a year written with its noun before a percentage is still a year
    (
        "Yüzde 40 olan oran 2022 yılında yüzde 55'e çıktı.",
        D(2025, 6, 23),
        ["2022"],
        "yılında yüzde: the year noun says it is a year",
    ),
    ("Fiyatlar 2024'te yüzde 30 arttı.", D(2025, 6, 23), ["2024"], "with an apostrophe"),
    ("Toplantıya 2000 kişi katıldı.", D(2025, 6, 23), [], "negative: a count"),
    ("Fiyat 2000'den fazla yüzde 5 arttı.", D(2025, 6, 23), [], "negative: an amount"),
    # geçen ay / geçen yıl compared with the very period the sentence reports
    (
        "Endeks eylülde geçen aya kıyasla yüzde 3 yükseldi.",
        D(2025, 10, 14),
        ["2025-09", "2025-08"],
        "the month before the one reported",
    ),
    (
        "İhracat 2024 yılında geçen yıla göre yüzde 8 arttı.",
        D(2025, 3, 3),
        ["2024", "2023"],
        "the year before the one reported",
    ),
    (
        "Satışlar geçen aya göre yüzde 2 arttı.",
        D(2025, 10, 14),
        ["2025-09"],
        "negative: no period reported, geçen ay from now",
    ),
    (
        "Endeks temmuzda geçen aya göre düştü.",
        D(2025, 10, 14),
        ["2025-07", "2025-09"],
        "negative: the month reported is not the one geçen ay names",
    ),
    (
        "Endeks eylülde geçen aya kıyasla arttı. Sanayi üretimi bir önceki aya göre düştü.",
        D(2025, 10, 14),
        ["2025-09", "2025-08", "2025-08"],
        "a comparison period does not move the month reported",
    ),
]

SPANS = [
    ("Şirket mart ayını kârla kapattı.", D(2025, 6, 2), "mart ayını", None),
    ("Fiyatlar şubatın ilk yarısında geriledi.", D(2025, 4, 10), "şubatın ilk yarısında", "START"),
    (
        "Tatil haziran ayının ikinci yarısında başlayacak.",
        D(2025, 4, 10),
        "haziran ayının ikinci yarısında",
        "END",
    ),
    ("Satışlar ocak, şubat, martta düşük kaldı.", D(2025, 6, 2), "ocak, şubat, martta", None),
    ("Yıl sonunun yaklaşmasıyla kampanyalar arttı.", D(2025, 11, 20), "Yıl sonunun", "END"),
    (
        "Kar aralık ayının ilk günlerinde yağdı.",
        D(2025, 11, 12),
        "aralık ayının ilk günlerinde",
        "START",
    ),
    (
        "Konut fiyatları iki yıl öncesine göre ikiye katlandı.",
        D(2025, 5, 5),
        "iki yıl öncesine",
        None,
    ),
    (
        "Hisseler çarşamba sabahı Seul saatiyle 10:15 itibarıyla geriledi.",
        D(2025, 9, 16),
        "çarşamba sabahı Seul saatiyle 10:15",
        None,
    ),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_audit6_value(text, published, expected, why):
    assert values(text, published) == expected, why


def test_audit6_spans_and_mods():
    for text, published, span, mod in SPANS:
        timexes = [t for t in tag(text, published) if t.type in ("DATE", "TIME")]
        assert [(t.text, t.mod) for t in timexes] == [(span, mod)], text
