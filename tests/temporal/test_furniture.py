"""Page furniture that is not a date of the text: stamps under the headline, labelled lines,
tweet footers, banners and the headline lists under a banner heading (issue 14, class 7)."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date
PUB = D(2024, 5, 14)  # a Tuesday
CASES = [
    (
        "Kurul toplandı\nKurul yarın toplanacak.\nÇok iyi. pic.twitter.com/abc "
        "— Ali Kaya (AliKaya) 13 Mayıs 2024\nSonra konuştu.",
        PUB,
        ["2024-05-15"],
        "a tweet footer after an em dash whose handle has no @",
    ),
    (
        "Kurul toplandı\nKurul yarın toplanacak.\n&mdash; Ajans (@ajans) May 13, 2024\nSonra.",
        PUB,
        ["2024-05-15"],
        "a tweet footer with an HTML dash and the embed's month-first date",
    ),
    (
        "Köprüde yeni düzenleme\nMayıs 14, 2024 09:12\n\nKöprü yarın trafiğe kapanacak.",
        PUB,
        ["2024-05-15"],
        "a month-first stamp with its time under the headline",
    ),
    (
        "Festival ertelendi\n09:12 - Mayıs 14 2024 Salı\n\nFestival 20 Haziran'da yapılacak.",
        PUB,
        ["2024-06-20"],
        "time first, then the day of issue",
    ),
    (
        "Fiyatlar açıklandı\n\n  • 14 Mayıs 2024\n  • 09:12\n\nZam haziranda gelecek.",
        PUB,
        ["2024-06"],
        "a bulleted date and a bulleted time on two lines",
    ),
    (
        "Zirve tarihi belli oldu\nYayınlanma: 14.05.2024 - 09:12\nZirve 3 Eylül'de toplanacak.",
        PUB,
        ["2024-09-03"],
        "a labelled stamp whose time follows a dash",
    ),
    (
        "Kurul toplandı\nGiriş: 14.05.2024 09:12 | Güncelleme: 14.05.2024 10:40\n"
        "Kurul bugün toplandı.",
        PUB,
        ["2024-05-14"],
        "two labelled stamps on one line",
    ),
    (
        "Maç sonrası açıklama\n\nTeknik direktör maçtan sonra konuştu.\n"
        "Bugün harika bir gündü pic.twitter.com/abc — Kulüp (@kulup) 13 Mayıs 2024\n"
        "Takım yarın antrenmana çıkacak.",
        PUB,
        ["2024-05-14", "2024-05-15"],
        "the date of a tweet footer is left out; the tweet's own words stay",
    ),
    (
        "Kurum büyüyor.\nYeni dönem pic.twitter.com/xyz — Kurum (@kurum) 13 Mayıs 2024 "
        "1990 yılında kurulan kurum büyüdü.",
        PUB,
        ["1990"],
        "the text that runs on after a tweet footer keeps its dates",
    ),
    (
        "Belediye açıkladı\n\nSu kesintisi yarın yapılacak.\nSON DAKİKA: 12 Mayıs'ta deprem oldu",
        PUB,
        ["2024-05-15"],
        "a ticker line of other news",
    ),
    (
        "Belediye açıkladı\n\nSu kesintisi yarın yapılacak.\n\nÇok Okunanlar\n"
        "Bakan 20 Mayıs'ta gelecek\nKonser 2 Haziran'da\n\n"
        + "Kesinti nedeniyle vatandaşlara uyarı yapıldı ve depolar dolduruldu. " * 3
        + "Kesinti 16 Mayıs'ta bitecek.",
        PUB,
        ["2024-05-15", "2024-05-16"],
        "the headline list under a banner heading; the story after it stays",
    ),
    (
        "Son dakika: Bakan yarın Ankara'ya gidecek\n\nBakan yarın Ankara'ya gidecek.",
        PUB,
        ["2024-05-15", "2024-05-15"],
        "the headline itself is never a banner",
    ),
    (
        "Faiz kararı\n\n2024'ÜN FAİZ BİLANÇOSU\nBanka faizi yükseltti.",
        PUB,
        ["2024"],
        "a heading naming a bare year is no stamp",
    ),
    (
        "Toplantı saati\n\n14 Mayıs 2024 Salı günü saat 14.00'te toplantı yapılacak.",
        PUB,
        ["2024-05-14T14:00"],
        "a sentence of the day of issue is no stamp",
    ),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_furniture(text, published, expected, why):
    assert values(text, published) == expected, why
