"""Things that look like dates but are not: quantities, codes, ordinals, names, scores."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date(2025, 10, 9)
CASES = [
    ("Ülkeler arasında 7 bin 591 kilometre sınır var.", D, [], "a length"),
    ("Ticaret hacmi 28 milyar dolar oldu.", D, [], "an amount of money"),
    ("CPC ile 63 milyon ton petrol taşındı.", D, [], "a tonnage"),
    ("2. Orta Asya-Rusya Zirvesi Duşanbe'de yapıldı.", D, [], "an ordinal before a name"),
    ("İran 7. Hazar Zirvesi'ne ev sahipliği yapmak istiyor.", D, [], "another ordinal"),
    ("Maç 2-1 sona erdi.", D, [], "a score"),
    ("Bilgi için 0 212 555 12 12 numaralı telefon aranabilir.", D, [], "a phone number"),
    ("Enflasyon yüzde 3.25 oldu.", D, [], "a percentage with a dot"),
    ("BIST 100 endeksi 10.372,04 puandan kapandı.", D, [], "an index value"),
    ("2000 kişi yürüyüşe katıldı.", D, [], "a count of people"),
    ("Şirket 1500'den fazla çalışana ulaştı.", D, [], "'more than 1500'"),
    ("Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev konuştu.", D, [], "Kasım the name"),
    ("Su kaynakları ve şu konular görüşüldü.", D, [], "'su' and 'şu' are no months"),
    ("Zafer Bayramı'nın 103. yılı kutlanıyor.", D, [], "an anniversary"),
    ("Lig 3. haftasında liderlik değişti.", D, [], "a league round"),
    ("10. Yıl Caddesi trafiğe kapatıldı.", D, [], "a street name"),
    ("Yol 15 Temmuz Şehitler Meydanı önünde kapatıldı.", D, [], "a square named after a date"),
    ("Maç 19 Mayıs Stadyumu'nda oynanacak.", D, [], "a stadium named after a date"),
    ("5393 sayılı kanun değişti.", D, [], "a law number"),
    ("Martılar sahile indi.", D, [], "'martı' is a seagull"),
    ("Kasımpaşa maçı ertelendi.", D, [], "a club named after Kasım"),
    ("Buğday ekimi başladı.", D, [], "'ekim' is also sowing"),
    ("Ekim alanları genişledi.", D, [], "sowing, at the start of a sentence"),
    ("Maden ocağında çalışmalar sürüyor.", D, [], "'ocak' is also a mine"),
    ("İki aralık arasındaki fark büyüdü.", D, [], "'aralık' is also an interval"),
    ("Nisan Kaya ödülü aldı.", D, [], "Nisan the name"),
    ("Eylül Aksoy sahneye çıktı.", D, [], "Eylül the name"),
    ("3 ile 5 yaş arası çocuklar katıldı.", D, [], "a range of ages"),
    ("Fiyat 12.50 TL oldu.", D, [], "a price with a dot"),
    ("Harita ölçeği 1:50 olarak seçildi.", D, [], "a ratio"),
    ("Sayı 15.000'i aştı.", D, [], "a number with a thousands dot"),
    ("Şirket 1000'lik seriyi satışa çıkardı.", D, [], "a count with '-lik', no decade"),
    ("Getiri yüzde 40'lara kadar düşebilir.", D, [], "percent in the forties, not the 1940s"),
    ("Geçtiğimiz günlerde açıklama yapıldı.", D, [], "vague: recently"),
    ("Yakın gelecekte yatırım yapılacak.", D, [], "vague: near future"),
    ("Şimdi harekete geçme zamanı.", D, [], "vague: now"),
    ("Yıllar önce burada bir köy vardı.", D, [], "vague: years ago"),
    ("Bir gün mutlaka geri döneceğim.", D, [], "'bir gün' is a duration, not a date"),
    ("Bugünün dünyasında rekabet çok sert.", date(2025, 9, 17), [], "today's world: the present"),
    (
        "Bu projeler yarının dünyasını şekillendirecek.",
        date(2025, 9, 17),
        [],
        "tomorrow's world: the future in general",
    ),
    ("Alışkanlıklar yarının toplumunu şekillendirir.", date(2025, 9, 17), [], "tomorrow's society"),
    ("Yarının gençleri için çalışıyoruz.", date(2025, 9, 17), [], "tomorrow's young people"),
    ("Bu bugünden yarına olacak bir iş değil.", date(2025, 9, 10), [], "idiom: overnight"),
    (
        "Yarının maç programı açıklandı.",
        date(2025, 9, 17),
        ["2025-09-18"],
        "tomorrow's fixtures: a day (not a generic noun)",
    ),
    (
        "Bugünün en önemli gelişmesi faiz kararı oldu.",
        date(2025, 9, 17),
        ["2025-09-17"],
        "today's most important news: a day",
    ),
    (
        "Okulların açıldığı son haftaya kadar rezervasyon aldık.",
        date(2025, 9, 17),
        [],
        "'son haftaya': the last week of something, not next week",
    ),
    ("Lig ikinci haftaya girdi.", date(2025, 9, 18), [], "a league round, not next week"),
    ("Yarının altyapısını finanse ediyoruz.", date(2025, 6, 23), [], "tomorrow's infrastructure"),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_not_dates(text, published, expected, why):
    assert values(text, published) == expected, why
