"""Quoted speech resolved against its own time; publication metadata left out."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date
CASES = [
    (
        "Bakan dün sabah katıldığı bir televizyon programında konuştu. Bakan, “Bugün enflasyon "
        "düşüyor. Bu sabah itibarıyla risk primi geriledi” dedi.",
        D(2025, 9, 18),
        ["2025-09-17TMO", "2025-09-17", "2025-09-17TMO"],
        "the quoted 'today' is the day the minister spoke",
    ),
    (
        "Bakan, “Bugün tarihi bir gün” dedi.",
        D(2025, 9, 18),
        ["2025-09-18"],
        "no time of speech given: the day of issue",
    ),
    (
        "Vali dün yaptığı açıklamada “Yarın okullar tatil” dedi.",
        D(2025, 1, 10),
        ["2025-01-09", "2025-01-10"],
        "tomorrow of yesterday's speech",
    ),
    (
        "Vali dün yaptığı açıklamada okulların kapanacağını söyledi. Bugün okullar kapalı.",
        D(2025, 1, 10),
        ["2025-01-09", "2025-01-10"],
        "outside quotes: the day of issue",
    ),
    (
        "Bakan geçen cuma yapılan toplantıda alınan kararları ve sonuçlarını uzun uzun "
        "değerlendirdi. Bakan, “Bugün yeni bir dönem başlıyor” dedi.",
        D(2025, 1, 8),
        ["2025-01-03", "2025-01-08"],
        "a date far from the speech word is not the speech's day",
    ),
    (
        "ANADOLU FEST ERTELENDİ\n11 Mayıs 2022 Çarşamba 20:29\n\n"
        "Festival 9-12 Haziran'a ertelendi.",
        D(2022, 5, 11),
        ["2022-06-09/2022-06-12"],
        "a date stamp under the headline",
    ),
    (
        "Zirvede yeni tarih belli oldu\nKRONOS 27 Mart 2023 GÜNDEM\n"
        "Toplantı nisan başında yapılacak.",
        D(2023, 3, 27),
        ["2023-04"],
        "an outlet's stamp line",
    ),
    ("İSTANBUL, 2 Haziran. Borsa güne yükselişle başladı.", D(2025, 6, 2), [], "a dateline"),
    (
        "ANKARA (AA), 12 Mart - Meclis bugün toplandı.",
        D(2025, 3, 12),
        ["2025-03-12"],
        "a dateline with an agency; 'bugün' stays",
    ),
    (
        "Yayın Tarihi: 09.10.2025 20:22\nGüncelleme Tarihi: 09.10.2025 20:22\nHaber bugün "
        "yayımlandı.",
        D(2025, 10, 9),
        ["2025-10-09"],
        "labelled publication lines",
    ),
    (
        "Schnabel konuştu. Giriş: 15 Eylül 2025, Pazartesi 15:33 Güncelleme: 15 Eylül 2025, "
        "Pazartesi 15:33 Schnabel sunum yaptı.",
        D(2025, 9, 21),
        [],
        "labelled stamps inside a line",
    ),
    (
        "Bakan 12 Kasım 2025'te konuştu.",
        D(2025, 11, 12),
        ["2025-11-12"],
        "a sentence with the day of issue is no stamp",
    ),
    (
        "Başlık\n\n9 Ekim 2025\n\n"
        + "Açıklama yapıldı. " * 12
        + "\n\n"
        + "Metin sürüyor.\n" * 10
        + "9 Ekim 2025",
        D(2025, 10, 9),
        ["2025-10-09"],
        "a date line far from the top is kept",
    ),
    (
        'Pazartesi günü sosyal medyadan mesaj paylaşan bakan, "Bugün herkes gibi sahada '
        'olacağım" dedi.',
        D(2020, 5, 29),
        ["2020-05-25", "2020-05-25"],
        "the speaker's message is dated: the weekday by the reporting verb (not the quoted "
        "future), the quoted 'today' that day",
    ),
    (
        'Bakan pazartesi günü sosyal medyada paylaştığı mesajda "Yarın okullar açılacak" '
        "ifadesini kullandı.",
        D(2020, 5, 29),
        ["2020-05-25", "2020-05-26"],
        "tomorrow of a dated social media message",
    ),
    (
        "Pazartesi günü paylaşılan verilere göre işsizlik arttı.",
        D(2020, 5, 29),
        ["2020-05-25"],
        "no quotation: the weekday by the tense",
    ),
    (
        'Pazartesi günü sosyal medyadan mesaj paylaşan bakan, "Bugün sahada olacağım. Herkes '
        'orada olsun." ifadelerini kullanmıştı.',
        D(2020, 5, 29),
        ["2020-05-25", "2020-05-25"],
        "a quotation of two sentences: the reporting verb after it gives the weekday's tense",
    ),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_quotations_and_metadata(text, published, expected, why):
    assert values(text, published) == expected, why
