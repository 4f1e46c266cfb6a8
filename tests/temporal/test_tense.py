"""The tense of the clause holding an expression (``Timex.tense``) and its effect."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

from .tables import assert_no_duplicates

D = date(2025, 11, 20)
# (text, published, tense of the first expression, why)
CASES = [
    ("Zirve 12 Kasım'da yapılacak.", D, "future", "-acak"),
    ("Zirve 12 Kasım'da yapıldı.", D, "past", "-dı"),
    ("Zirve 12 Kasım'da yapılıyor.", D, "present", "-ıyor"),
    ("Sonuçlar 12 Kasım'da açıklanacaktır.", D, "future", "-acaktır"),
    ("Tören 12 Kasım'da gerçekleştirildi.", D, "past", "passive past"),
    ("Anlaşma 2024'te imzalanmıştı.", D, "past", "-mıştı"),
    ("Toplantının 12 Kasım'da yapılması planlanıyor.", D, "future", "a plan"),
    ("Zirvenin 12 Kasım'da yapılması bekleniyor.", D, "future", "an expectation"),
    ("Enflasyonun yıl sonunda düşmesi öngörülüyor.", D, "future", "a forecast"),
    ("Ödemelerin 12 Kasım'a kadar yapılması gerekiyor.", D, "future", "an obligation"),
    (
        "Tokayev 12 Kasım'da Rusya'yı ziyaret edeceğini duyurdu.",
        D,
        "future",
        "the verb next to the date, not the last verb",
    ),
    (
        "12 Kasım'da yapılan toplantıya 20 ülke katıldı.",
        D,
        "past",
        "a participle carries no tense: the next verb does",
    ),
    ("Kurul 12 Kasım'da toplanmak üzere dağıldı.", D, "future", "'üzere': in order to"),
    ("Karar 12 Kasım'da kendi evinde açıklanacak.", D, "future", "'kendi' is no past verb"),
    ("12 Kasım'da Mehdi de geldi.", D, "past", "a capitalised name is no verb"),
    ("Maç 12 Kasım'da oynanacaktı ancak ertelendi.", D, None, "was to be played: no tense"),
    ("Festival 9-12 Haziran tarihlerine ertelendi.", D, "future", "postponed to a later date"),
    (
        "Forumun eylüle ertelendiği bildirildi.",
        D,
        "future",
        "a month in the dative without an apostrophe: moved to it",
    ),
    (
        "Yeni tarih 15-16 Eylül olarak açıklandı.",
        D,
        "future",
        "named as the new slot: ahead, though announced in the past",
    ),
    ("Toplantının yeni tarihi 3 Mart olarak belirlendi.", D, "future", "'yeni tarihi'"),
    ("Düzenleme 12 Kasım'da yapılabilir.", D, "future", "-ebilir: possibility"),
    (
        "Dolar cuma günü 41,3'ten kapanırken bugün 41,4'ten işlem görüyor.",
        D,
        None,
        "a '-ken' clause has no tense of its own",
    ),
    ("Toplantı: 12 Kasım", D, None, "no verb"),
    ("Fiyatlar temmuzda yükselmesi nedeniyle arttı.", D, None, "a verbal noun followed by no verb"),
]
# (text, published, value, why): the tense decides the year
DIRECTIONS = [
    ("Zirve 15 Mart'ta yapılacak.", D, "2026-03-15", "future: the next 15 March"),
    ("Zirve 15 Mart'ta yapıldı.", D, "2025-03-15", "past: the last 15 March"),
    (
        "Zirve 25 Kasım'da yapıldı.",
        D,
        "2025-11-25",
        "past but only days ahead of the issue: the same year (a late article)",
    ),
    ("Zirve 15 Kasım'da yapılacak.", D, "2025-11-15", "future but days before: the same year"),
    ("Zirve 5 Kasım'da yapılacak.", D, "2026-11-05", "future and weeks before: next year"),
    ("Karar 15 Ocak'ta açıklanacak.", D, "2026-01-15", "future across the new year"),
    (
        "Festival 9-12 Haziran tarihlerine ertelendi.",
        date(2022, 5, 11),
        "2022-06-09/2022-06-12",
        "postponed to June, from May",
    ),
    (
        "Başkan bu süreyi 17 Eylül'e uzattı.",
        date(2025, 8, 30),
        "2025-09-17",
        "a deadline extended to a date ahead",
    ),
    (
        "Forumun eylüle ertelendiği bildirildi.",
        date(2026, 5, 20),
        "2026-09",
        "moved to a month named in the dative: the coming September",
    ),
    (
        "Yeni tarih 15-16 Eylül olarak açıklandı.",
        date(2026, 5, 20),
        "2026-09-15/2026-09-16",
        "the new slot, announced in the past: still ahead",
    ),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)
    assert_no_duplicates(DIRECTIONS)


@pytest.mark.parametrize("text, published, expected, why", CASES, ids=[c[0][:40] for c in CASES])
def test_tense(text, published, expected, why):
    assert tag(text, published)[0].tense == expected, why


@pytest.mark.parametrize(
    "text, published, expected, why", DIRECTIONS, ids=[c[0][:40] for c in DIRECTIONS]
)
def test_direction(text, published, expected, why):
    assert tag(text, published)[0].value == expected, why
