"""Numeric dates: day.month.year (never month first), ISO, day.month, numeric ranges."""

from __future__ import annotations

from datetime import date

from .tables import assert_no_duplicates, parametrize, values

D = date
CASES = [
    (
        "Başvurular 09.10.2025 tarihinde başladı.",
        D(2025, 10, 15),
        ["2025-10-09"],
        "day first: 9 October, not 10 September",
    ),
    ("Son gün 9/10/2025 olarak açıklandı.", D(2025, 10, 1), ["2025-10-09"], "slashes"),
    (
        "Haber 9.10.2025 20:22 itibarıyla günceldir.",
        D(2025, 10, 9),
        ["2025-10-09T20:22"],
        "date with a clock time",
    ),
    ("Ödeme 31-12-2025 tarihine kadar yapılmalı.", D(2025, 11, 1), ["2025-12-31"], "dashes"),
    ("Belge 01/02/2024 tarihinde düzenlendi.", D(2025, 1, 1), ["2024-02-01"], "1 February"),
    ("Sözleşme 1.1.2026'da yürürlüğe girecek.", D(2025, 12, 1), ["2026-01-01"], "one digit"),
    ("Karar 2025-10-22 tarihli resmi gazetede yayımlandı.", D(2025, 10, 25), ["2025-10-22"], "ISO"),
    (
        "Toplantı 2025-11-03T14:30 olarak planlandı.",
        D(2025, 10, 1),
        ["2025-11-03T14:30"],
        "ISO date-time",
    ),
    (
        "Kampanya 15.06.2025 - 20.06.2025 tarihleri arasında geçerli.",
        D(2025, 6, 1),
        ["2025-06-15/2025-06-20"],
        "a numeric range is one expression",
    ),
    ("Fiyatlar 09.10 itibarıyla değişti.", D(2025, 10, 12), ["2025-10-09"], "day.month, past"),
    ("Kayıtlar 25.12'de kapanacak.", D(2025, 12, 1), ["2025-12-25"], "day.month with suffix"),
    ("Rapor 2024-06 döneminde hazırlandı.", D(2025, 1, 10), ["2024-06"], "ISO year-month"),
    ("Bilet 31.02.2025 tarihinde satılacak.", D(2025, 1, 10), [], "31 February does not exist"),
    ("Kod 12.13.2025 olarak girildi.", D(2025, 1, 10), [], "month 13 does not exist"),
    ("Sezon 2024-25 döneminde rekor kırdı.", D(2025, 6, 1), ["2024/2025"], "season of two years"),
    ("Plan 2025-2030 döneminde uygulanacak.", D(2025, 1, 1), ["2025/2030"], "year range"),
    (
        "Veriler 2020'den 2025'e kadar inceleniyor.",
        D(2025, 6, 1),
        ["2020/2025"],
        "year range with suffixes",
    ),
]


def test_no_duplicates():
    assert_no_duplicates(CASES)


@parametrize(CASES)
def test_numeric(text, published, expected, why):
    assert values(text, published) == expected, why
