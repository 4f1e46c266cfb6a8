"""The economy calendar (issue 13): tax and declaration deadlines, a public offering's
book-building days, a company's earnings release, its general assembly and dividend payment;
and the statistics, forecasts, past deadlines and generic mentions that are no events. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from eventkit import extract

D = "2027-03-08"

CASES = [
    # deadlines
    (
        "the toll of a disaster is no balance sheet",
        "Kasırganın bilançosu [17 Mart'ta|2027-03-17] açıklanacak.",
        [],
    ),
    (
        "a holding's balance sheet on a day is a release",
        "Doruk Holding yıllık bilançosunu [17 Mart'ta|2027-03-17] açıklayacak.",
        [("2027-03-17", None, "Doruk Holding'in yıllık bilançosu", "planned")],
    ),
    (
        "the last day of a holiday is no deadline",
        "Bahar tatilinin son günü [9 Nisan|2027-04-09].",
        [],
    ),
    (
        "the last day of a month is no deadline",
        "Şevval ayının son günü [7 Nisan|2027-04-07].",
        [],
    ),
    (
        "the last day of a festival is no deadline",
        "Kiraz festivalinin son günü [12 Haziran|2027-06-12].",
        [],
    ),
    (
        "a declaration's last day as the predicate of a nominal sentence",
        "Damga vergisi beyannamesinin son günü [26 Mart|2027-03-26].",
        [("2027-03-26", None, "Damga vergisi beyannamesinin son günü", "planned")],
    ),
    (
        "a last day with a present copula",
        "Motorlu taşıtlar vergisinin son günü [31 Mart'tır|2027-03-31].",
        [("2027-03-31", None, "Motorlu taşıtlar vergisinin son günü", "planned")],
    ),
    (
        "what the last day is for titles it",
        "Çevre temizlik vergisinin ikinci taksiti için son gün [30 Nisan|2027-04-30].",
        [
            (
                "2027-04-30",
                None,
                "Çevre temizlik vergisinin ikinci taksiti için son gün",
                "planned",
            )
        ],
    ),
    (
        "what the last day is for, in a reported clause",
        "Maliye, harç ödemeleri için son günün [15 Nisan|2027-04-15] olduğunu hatırlattı.",
        [("2027-04-15", None, "Harç ödemeleri için son gün", "planned")],
    ),
    (
        "the period a declaration covers stays in its title",
        "Bakanlık, [ocak|2027-01] dönemi muhtasar beyannamesinin son gününü [29 Mart'a|2027-03-29] "
        "uzattı.",
        [("2027-03-29", None, "Ocak dönemi muhtasar beyannamesinin son günü", "planned")],
    ),
    (
        "a date that is an adverbial stays out of the title",
        "[Mart ayında|2027-03] damga beyannamesinin son günü [31 Mart|2027-03-31] olarak "
        "duyuruldu.",
        [("2027-03-31", None, "Damga beyannamesinin son günü", "planned")],
    ),
    (
        "a last day for a group of people names no deadline",
        "Çiftçiler için son gün [12 Nisan|2027-04-12].",
        [],
    ),
    (
        "a bare last day names no deadline",
        "Son gün [12 Nisan|2027-04-12].",
        [],
    ),
    (
        "a last day in the past is background",
        "[Geçen yıl|2026] son gün [31 Mart'tı|2026-03-31].",
        [],
    ),
    (
        "a nominal last day already past on publication",
        "Kira gelirinin beyannamesinin son günü [2 Mart|2027-03-02].",
        [],
    ),
    (
        "a declaration period that ends on a day",
        "Basit usul kazanç beyannamesi verme süresi [25 Mart'ta|2027-03-25] sona erecek.",
        [
            (
                "2027-03-25",
                None,
                "Basit usul kazanç beyannamesi verme süresinin sona ermesi",
                "planned",
            )
        ],
    ),
    # book-building
    (
        "book-building days of a company's offering",
        "Ilgaz Madencilik halka arzında talep toplama [17-19 Mart'ta|2027-03-17/2027-03-19] "
        "yapılacak.",
        [("2027-03-17", "2027-03-19", "Ilgaz Madencilik halka arzı talep toplama", "planned")],
    ),
    (
        "book-building of an offering named in the genitive",
        "Serin Lojistik'in halka arzı için talep toplama [22-23 Mart'ta|2027-03-22/2027-03-23] "
        "gerçekleştirilecek.",
        [("2027-03-22", "2027-03-23", "Serin Lojistik halka arzı talep toplama", "planned")],
    ),
    (
        "demands gathered on the days of an offering",
        "Tuna Kimya'nın halka arzı için talepler "
        "[24-26 Mart tarihlerinde|2027-03-24/2027-03-26] toplanacak.",
        [("2027-03-24", "2027-03-26", "Tuna Kimya halka arzı talep toplama", "planned")],
    ),
    (
        "demands gathered for nobody's offering",
        "Talepler [24-26 Mart tarihlerinde|2027-03-24/2027-03-26] toplanacak.",
        [],
    ),
    (
        "book-building of the offering the sentence before names",
        "Kurul, Bora Yapı'nın halka arzını onayladı. Şirketin halka arzı için talepler "
        "[24-26 Mart tarihlerinde|2027-03-24/2027-03-26] toplanacak.",
        [("2027-03-24", "2027-03-26", "Bora Yapı halka arzı talep toplama", "planned")],
    ),
    (
        "book-building after offerings of no named company",
        "Kurul, iki yeni halka arzı onayladı. Talep toplama [24-26 Mart'ta|2027-03-24/2027-03-26] "
        "yapılacak.",
        [],
    ),
    (
        "book-building of nobody's offering",
        "Halka arzda talep toplama [22-23 Mart'ta|2027-03-22/2027-03-23] yapılacak.",
        [],
    ),
    # earnings, assemblies, dividends
    (
        "a company announces its quarterly results on a day",
        "Doruk Havacılık, dördüncü çeyrek bilançosunu [18 Mart'ta|2027-03-18] açıklayacak.",
        [("2027-03-18", None, "Doruk Havacılık'ın dördüncü çeyrek bilançosu", "planned")],
    ),
    (
        "a company shares its financial results on a day",
        "Sarp Elektrik yıllık finansal sonuçlarını [24 Mart'ta|2027-03-24] yayımlayacak.",
        [("2027-03-24", None, "Sarp Elektrik'in yıllık finansal sonuçları", "planned")],
    ),
    (
        "a generic company's results say not whose",
        "Şirket dördüncü çeyrek bilançosunu [18 Mart'ta|2027-03-18] açıklayacak.",
        [],
    ),
    (
        "a debate about reporting rules is no release",
        "Borsada çeyreklik bilanço tartışması [bugün|2027-03-08] alevlendi.",
        [],
    ),
    (
        "a forecast about results is no release",
        "Analistler bilançolarda kârın [2027 yılında|2027] yüzde 12 artmasını bekliyor.",
        [],
    ),
    (
        "a company's general assembly convenes on a day",
        "Yelken Gıda'nın olağan genel kurulu [6 Nisan'da|2027-04-06] toplanacak.",
        [("2027-04-06", None, "Yelken Gıda'nın olağan genel kurulu", "planned")],
    ),
    (
        "a named company's dividend payment",
        "Ekin Tarım'ın temettü ödemesi [27 Nisan'da|2027-04-27] yapılacak.",
        [("2027-04-27", None, "Ekin Tarım'ın temettü ödemesi", "planned")],
    ),
    # application windows whose owner the sentence before names
    (
        "applications of a programme launched in the sentence before end on a day",
        "Kalkınma Ajansı, kırsal kadınlar için yeni bir dokuma hibesi programı açıkladı. "
        "Başvurular [9 Nisan'da|2027-04-09] sona erecek.",
        [("2027-04-09", None, "Dokuma hibesi programının başvurularının sona ermesi", "planned")],
    ),
    (
        "applications taken until a day, the programme owned by a body",
        "Ege Tekstil Vakfı'nın moda tasarımı bursu başvurulara açıldı. Başvurular "
        "[2 Nisan'a kadar|2027-04-02] alınacak.",
        [
            (
                "2027-04-02",
                None,
                "Ege Tekstil Vakfı'nın moda tasarımı bursunun başvurularının son günü",
                "planned",
            )
        ],
    ),
    (
        "for whom the grant is, is not its name",
        "Belediye, köy okullarına kitap desteği verecek. Başvurular [9 Nisan'da|2027-04-09] "
        "sona erecek.",
        [("2027-04-09", None, "Kitap desteğinin başvurularının sona ermesi", "planned")],
    ),
    (
        "a programme with no name before its head titles nothing",
        "Bakanlık yeni bir programı duyurdu. Başvurular [9 Nisan'a kadar|2027-04-09] sürecek.",
        [],
    ),
    (
        "a programme in another paragraph titles nothing",
        "Bakanlık bir dokuma hibesi programı açıkladı.\n\nBaşvurular [9 Nisan'a kadar|2027-04-09] "
        "sürecek.",
        [],
    ),
    (
        "an exhibition and a sale running until a day are no deadlines",
        "Kent müzesindeki hat sergisi [20 Nisan'a kadar|2027-04-20] açık kalacak. Mağazalardaki "
        "bahar indirimi [25 Nisan'a kadar|2027-04-25] sürecek.",
        [],
    ),
    (
        "the rush of a last day is no deadline (son gün yoğunluğu, heyecanı)",
        "Dün noterlerde son gün yoğunluğu yaşandı. Son gün heyecanı [19 Mart'ta|2027-03-19] "
        "yaşanacak.",
        [],
    ),
    (
        "last-day discounts are no deadline; a deadline's last day beside them is",
        "Çarşı esnafının son gün indirimleri [21 Mart'ta|2027-03-21] bitecek. Su faturası "
        "için son gün [23 Mart|2027-03-23].",
        [("2027-03-23", None, "Su faturası için son gün", "planned")],
    ),
    (
        "a statistic of a month is no release",
        "Şubat'ta üretici fiyatları yüzde 2 arttı.",
        [],
    ),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_economy_calendar(name: str, text: str, expected: list[tuple]) -> None:
    events = [e for e in extract(text, D) if e.calendar]
    assert [(e.date, e.end, e.title, e.status) for e in events] == expected, name
