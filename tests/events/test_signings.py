"""Book signings: an author named after their trade signs on a day (issue 13, culture).

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "2026-02-10"


def _signings(body: str) -> list[tuple[str, str, str]]:
    return [
        (e.title, e.date, e.status)
        for e in extract(body, D)
        if e.confidence >= FEED_MIN_CONFIDENCE and e.title.endswith("imza günü")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Yazar Tuna Ekinci [21 Mart'ta|2026-03-21] Eskişehir'de okurlarıyla buluşup"
            " kitaplarını imzalayacak.",
            [("Tuna Ekinci imza günü", "2026-03-21", "planned")],
        ),
        (
            "Şair Leyla Nur Aksoy'un imza günü [4 Nisan'da|2026-04-04] bir kitabevinde yapılacak.",
            [("Leyla Nur Aksoy imza günü", "2026-04-04", "planned")],
        ),
        (
            "Romancı Kerem Dağlı [2 Şubat'ta|2026-02-02] yeni romanını imzalayacak.",
            [("Kerem Dağlı imza günü", "2026-02-02", "held")],
        ),
    ],
)
def test_signing_of_a_named_author(body, expected):
    assert _signings(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # no trade word before a name: whose signing is not sure
        "Yeni romanının imza günü [7 Haziran'da|2026-06-07] yapılacak.",
        "Tepebaşı Belediyesi [7 Haziran'da|2026-06-07] imza günü düzenleyecek.",
        # two authors
        "Şair Cem Yıldırım ve yazar Nil Başar [7 Haziran'da|2026-06-07] kitaplarını imzalayacak.",
        # an agreement, not a book
        "Yazar Cem Yıldırım [7 Haziran'da|2026-06-07] yayınevi ile sözleşme imzalayacak.",
    ],
)
def test_no_signing_day_without_one_author_and_a_book(body):
    assert _signings(body) == []
