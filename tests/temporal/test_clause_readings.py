"""Values a clause's reading decides (issue 14, the classes tagger 4 left): a wish or request
for a verbal noun, an offset in a general truth, a rhetorical ``Yarın,``, a month to the same
month, a date naming a past happening, and a participle of a thing that has begun. Every
sentence is written for these tests (positive and negative cases side by side)."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date
CASES = [
    # a wish, request or proposal that a thing be done: the time asked for lies ahead
    (
        "Bakan, toplantının haziranda yapılmasını istedi.",
        D(2025, 11, 20),
        ["2026-06"],
        "a request in the past for a month: the coming June",
    ),
    (
        "Sendika, zammın ocakta verilmesini istedi.",
        D(2025, 11, 20),
        ["2026-01"],
        "asked for January in November: the coming January",
    ),
    (
        "Muhalefet, seçimin mayısta yapılmasını talep etti.",
        D(2025, 11, 20),
        ["2026-05"],
        "a demand (talep etti)",
    ),
    (
        "Komisyon, kuralın martta uygulanmasını önerdi.",
        D(2025, 11, 20),
        ["2026-03"],
        "a proposal (önerdi)",
    ),
    (
        "Kurul, seçimin haziranda yapılmasına karar verdi.",
        D(2025, 11, 20),
        ["2026-06"],
        "a decision that it be done (karar verdi): the coming June",
    ),
    (
        "Toplantı haziranda yapıldı.",
        D(2025, 11, 20),
        ["2025-06"],
        "negative: a happening told in the past stays in the past",
    ),
    (
        "Anlaşmanın mayısta imzalanması kutlandı.",
        D(2025, 11, 20),
        ["2025-05"],
        "negative: a verbal noun before a past verb that is no wish keeps the past",
    ),
    # an offset in a clause that closes on an aorist: a general truth, not a date
    (
        "Onaylanmayan başvurular 10 gün sonra sona erer, ancak yenisi yapılabilir.",
        D(2025, 11, 20),
        [],
        "an aorist closes the clause: counted from an event, no date",
    ),
    (
        "Ödeme yapılmazsa üyelik 30 gün sonra silinir.",
        D(2025, 11, 20),
        [],
        "an aorist at the sentence end",
    ),
    (
        "Başvurular 10 gün sonra sona erecek.",
        D(2025, 11, 20),
        ["2025-11-30"],
        "negative: a future verb counts from the publication",
    ),
    (
        "3 gün sonra maçlar yeniden başlayacak.",
        D(2025, 11, 20),
        ["2025-11-23"],
        "negative: a plural noun (maçlar) is no aorist",
    ),
    (
        "Kafile 3 gün sonra Kayseri, 5 gün sonra İzmir.",
        D(2025, 11, 20),
        ["2025-11-23", "2025-11-25"],
        "negative: a capitalised name closing the clause is no aorist",
    ),
    # a rhetorical "Yarın," opening a sentence about the future in general
    (
        "Yarın, bu makineleri üretecek gençlerimizi görüyoruz.",
        D(2025, 11, 20),
        [],
        "Yarın set off by a comma, a future participle, a present main verb: the future",
    ),
    (
        "Yarın, toplantı yapılacak.",
        D(2025, 11, 20),
        ["2025-11-21"],
        "negative: a future main verb, the next day",
    ),
    (
        "Yarın, Ankara'ya gidiyoruz.",
        D(2025, 11, 20),
        ["2025-11-21"],
        "negative: a present for a plan, no future participle",
    ),
    (
        "Yarın bu makineleri üretecek ekibi ziyaret ediyoruz.",
        D(2025, 11, 20),
        ["2025-11-21"],
        "negative: no comma after Yarın",
    ),
    # a month to the same month: a year on year comparison
    (
        "Satışlar Ağustos'tan Ağustos'a yüzde 20 arttı.",
        D(2025, 9, 5),
        ["2024-08/2025-08"],
        "the same month twice: from a year back to the last such month",
    ),
    (
        "Kira haziran'dan haziran'a yüzde 40 yükseldi.",
        D(2025, 3, 5),
        ["2023-06/2024-06"],
        "the last June lies in the year before",
    ),
    (
        "Kira artışı Ocak'tan Mart'a yüzde 10 oldu.",
        D(2025, 4, 5),
        ["2025-01/2025-03"],
        "negative: two different months keep the same year",
    ),
    # a bare date naming a happening that took place
    (
        "6 Şubat depremlerinin ardından bölgede konutlar yapılıyor.",
        D(2025, 11, 20),
        ["2025-02-06"],
        "a date naming earthquakes: the past, not the coming February",
    ),
    (
        "15 Temmuz darbe girişimi anıldı.",
        D(2025, 6, 20),
        ["2024-07-15"],
        "a coup attempt named by its day, in June: last July",
    ),
    (
        "6 Şubat'ta deprem tatbikatı yapılacak.",
        D(2025, 11, 20),
        ["2026-02-06"],
        "negative: a date with a case ending is an adverbial of the future clause",
    ),
    # a participle of a thing that has begun
    (
        "Şubat'ta başlayan grev sürüyor.",
        D(2025, 11, 20),
        ["2025-02"],
        "began and still going on: the last February, not the next",
    ),
    (
        "Ocak ayında başlayan çalışmalar devam ediyor.",
        D(2025, 11, 20),
        ["2025-01"],
        "begun works still going on",
    ),
    (
        "Ocak ayında başlayan yeni dönemde vergiler artacak.",
        D(2025, 11, 20),
        ["2026-01"],
        "a begun participle in a future sentence may still lie ahead",
    ),
    (
        "Ocak ayında yaşanan sel felaketinin yaraları sarılıyor.",
        D(2025, 11, 20),
        ["2025-01"],
        "a participle of a thing that happened: the last January",
    ),
    (
        "Aralık ayında yapılan toplantıda karar alındı.",
        D(2025, 10, 20),
        ["2024-12"],
        "a participle before a past main verb: the last December, not the coming one",
    ),
    (
        "Şubat ayında açıklanan veriler beklentiyi aştı.",
        D(2025, 11, 20),
        ["2025-02"],
        "released data that beat expectations: the past",
    ),
    (
        "Salı günü yapılan toplantıda karar alınacak.",
        D(2025, 11, 20),
        ["2025-11-18"],
        "negative: a weekday before a participle stays the last one in a future sentence",
    ),
    (
        "Aralık ayında belirlenen tarihlerde toplanıyor.",
        D(2025, 9, 20),
        ["2025-12"],
        "negative: a participle of another verb may lie shortly ahead",
    ),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_clause_reading(text, published, expected, why):
    assert values(text, published) == expected, why
