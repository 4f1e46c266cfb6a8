"""Deictic and relative expressions, resolved against the publication date."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date
MON = D(2025, 9, 15)  # Monday of ISO week 38
CASES = [
    ("Bugün piyasalar açık.", MON, ["2025-09-15"], "today"),
    ("Dün açıklama yapıldı.", MON, ["2025-09-14"], "yesterday"),
    ("Yarın toplantı var.", MON, ["2025-09-16"], "tomorrow"),
    ("Öbür gün sonuçlar açıklanacak.", MON, ["2025-09-17"], "the day after tomorrow"),
    ("Yarından sonra hava ısınacak.", MON, ["2025-09-17"], "the day after tomorrow, in words"),
    ("Evvelsi gün kaza oldu.", MON, ["2025-09-13"], "the day before yesterday"),
    ("Bugünkü toplantıda karar alındı.", MON, ["2025-09-15"], "'Bugünkü'"),
    ("Dünkü açıklamada faiz sabit tutuldu.", MON, ["2025-09-14"], "'Dünkü'"),
    ("Bu gün tarihi bir gün.", MON, ["2025-09-15"], "'bu gün' written apart"),
    ("Dünya ekonomisi yavaşlıyor.", MON, [], "'dünya' is not 'dün'"),
    ("Bugünlerde fiyatlar artıyor.", MON, [], "'bugünlerde' is vague"),
    ("Geçen hafta görüşme yapıldı.", MON, ["2025-W37"], "last week"),
    ("Bu hafta faiz kararı açıklanacak.", MON, ["2025-W38"], "this week"),
    ("Gelecek hafta zirve yapılacak.", MON, ["2025-W39"], "next week"),
    ("Önümüzdeki hafta seçim var.", MON, ["2025-W39"], "the coming week"),
    ("Haftaya görüşeceğiz.", MON, ["2025-W39"], "'haftaya' is next week"),
    ("Geçen ay enflasyon arttı.", MON, ["2025-08"], "last month"),
    ("Bu ay zam yok.", MON, ["2025-09"], "this month"),
    ("Gelecek ay vergi düzenlemesi yapılacak.", MON, ["2025-10"], "next month"),
    ("Geçen yıl ihracat rekor kırdı.", MON, ["2024"], "last year"),
    ("Bu yıl büyüme yavaşladı.", MON, ["2025"], "this year"),
    ("Gelecek yıl seçim yapılacak.", MON, ["2026"], "next year"),
    ("Önümüzdeki yıl bütçe artacak.", MON, ["2026"], "the coming year"),
    ("Geçtiğimiz yıl 5 milyon turist geldi.", MON, ["2024"], "'geçtiğimiz yıl'"),
    ("Bu sene hasat iyi geçti.", MON, ["2025"], "'sene' is a year too"),
    ("Geçen sene ağustosta enflasyon yüksekti.", MON, ["2024-08"], "a month of last year"),
    ("Seneye yeni model çıkacak.", MON, ["2026"], "'seneye' is next year"),
    ("Zirve 3 yıl önce Astana'da yapıldı.", D(2025, 10, 9), ["2022"], "years ago"),
    ("Zirve bundan 3 yıl önce yapıldı.", D(2025, 10, 9), ["2022"], "'bundan' counts from now"),
    ("Üç gün sonra sonuçlar açıklanacak.", MON, ["2025-09-18"], "days later, in words"),
    ("İki hafta önce başvurular başladı.", MON, ["2025-W36"], "weeks ago: a week"),
    ("Altı ay sonra yeniden değerlendirilecek.", MON, ["2026-03"], "months later: a month"),
    ("On beş gün önce yangın çıktı.", MON, ["2025-08-31"], "compound number word"),
    ("Fabrika yaklaşık 20 yıl önce kuruldu.", D(2024, 5, 1), ["2004"], "approximately"),
    ("Savaş 103 yıl önce bugün sona erdi.", D(2025, 8, 30), ["1922-08-30"], "this day, years ago"),
    ("Bu yılın sonunda yeni yasa çıkacak.", MON, ["2025"], "end of this year"),
    ("Ay sonunda maaşlar yatacak.", MON, ["2025-09"], "end of the month"),
    ("Yıl sonuna kadar 3 indirim bekleniyor.", MON, ["2025"], "until the end of the year"),
    ("Yılbaşından bu yana borsa yüzde 20 yükseldi.", MON, ["2025-01-01"], "since 1 January"),
    ("Yılbaşında asgari ücrete zam yapılacak.", MON, ["2026-01-01"], "the coming 1 January"),
    ("Bu yıl içinde yasa çıkacak.", MON, ["2025"], "within this year"),
    ("Geçen yılın son çeyreğinde büyüme yüzde 3 oldu.", MON, ["2024-Q4"], "a quarter of last year"),
    ("Bu ayın sonunda ihale yapılacak.", MON, ["2025-09"], "end of this month"),
    ("Geçen ayın başında zam geldi.", MON, ["2025-08"], "start of last month"),
    ("Gelecek yılın ilk yarısında fabrika açılacak.", MON, ["2026-H1"], "first half of next year"),
    ("Haftanın ilk işlem gününde borsa yükseldi.", MON, ["2025-09-15"], "first trading day"),
    (
        "Ayın son iş gününde ödeme yapılacak.",
        D(2025, 8, 20),
        ["2025-08-29"],
        "the last working day of August 2025 is Friday the 29th",
    ),
    (
        "Yağışların hafta sonuna kadar sürmesi bekleniyor.",
        D(2025, 9, 10),
        ["2025-W37-WE"],
        "the coming weekend, seen from a Wednesday",
    ),
    (
        "Hafta sonu yapılan seçimde katılım yüksekti.",
        MON,
        ["2025-W37-WE"],
        "the weekend just past, seen from a Monday",
    ),
    ("Geçen gün bir arkadaşımla konuştum.", MON, [], "'geçen gün' is vague"),
    ("Önümüzdeki günlerde karar verilecek.", MON, [], "'önümüzdeki günlerde' is vague"),
    ("Geçtiğimiz haftalarda görüşmeler yapıldı.", MON, [], "'geçtiğimiz haftalarda' is vague"),
    ("Şu anda piyasalar sakin.", MON, [], "'şu anda' is vague"),
    ("Yakında yeni ürün çıkacak.", MON, [], "'yakında' is vague"),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_relative(text, published, expected, why):
    assert values(text, published) == expected, why
