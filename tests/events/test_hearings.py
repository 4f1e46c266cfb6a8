"""A named court case heard on a day (issue 13, courts): ``X davası 12 Mart'ta görülecek``.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "2026-02-10"


def _feed(body: str) -> list[tuple[str, str, str, str]]:
    return [
        (e.title, e.date, e.status, e.type)
        for e in extract(body, D)
        if e.confidence >= FEED_MIN_CONFIDENCE and e.calendar
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Eski belediye yöneticilerinin yargılandığı Yeşiltepe İhale davası "
            "[24 Mart'ta|2026-03-24] görülecek.",
            ("Yeşiltepe İhale davası", "2026-03-24", "planned"),
        ),
        (
            "Avukatlar, [yarın|2026-02-11] görülecek Karakum Liman davası için hazırlık yaptı.",
            ("Karakum Liman davası", "2026-02-11", "planned"),
        ),
        (
            "Gözler, Doğanbey Maden davasının [8 Nisan'da|2026-04-08] görülecek duruşmasında.",
            ("Doğanbey Maden davasının duruşması", "2026-04-08", "planned"),
        ),
        (
            "Mahkeme heyeti ara karar verdi ve Sarıçam Enerji davasına "
            "[5 Mayıs'ta|2026-05-05] devam edilecek.",
            ("Sarıçam Enerji davası", "2026-05-05", "planned"),
        ),
        (
            "Dernek, [yarın|2026-02-11] Bursa'da görülecek kooperatif fesih davasından önce "
            "[bugün|2026-02-10] açıklama yapacak.",
            ("kooperatif fesih davası", "2026-02-11", "planned"),
        ),
        (
            "Kamuoyunun yakından izlediği Akyaka Kooperatif davası "
            "[3 Şubat'ta|2026-02-03] görüldü.",
            ("Akyaka Kooperatif davası", "2026-02-03", "held"),
        ),
    ],
)
def test_a_named_case_heard_on_a_day_is_a_hearing(body, expected):
    title, day, status = expected
    assert (title, day, status, "hearing") in _feed(body), _feed(body)


@pytest.mark.parametrize(
    "body",
    [
        # a filing, not a hearing
        "Sendika, Yıldıztepe Fabrika davası için [12 Mart'ta|2026-03-12] dava açılacak dedi.",
        # an ongoing case with no day
        "Ilgaz Orman davası görülmeye devam ediyor.",
        # other things "to be seen"
        "Sonuç [12 Mart'ta|2026-03-12] görülecek.",
        "Yeni düzenlemenin etkisi [12 Mart'ta|2026-03-12] görülecek.",
        "Kireçburnu Rıhtım davasının etkisi [12 Mart'ta|2026-03-12] görülecek.",
        # a case with no name of its own
        "Dava [12 Mart'ta|2026-03-12] görülecek.",
        "Rüşvet davası [12 Mart'ta|2026-03-12] görülecek.",
        "Avukatlar, [yarın|2026-02-11] görülecek tazminat davasına hazırlanıyor.",
        # a future verb for a day gone, a past verb for a day to come
        "Tuzla Tersane davası [3 Şubat'ta|2026-02-03] görülecek.",
        "Tuzla Tersane davası [3 Mart'ta|2026-03-03] görüldü.",
    ],
)
def test_no_hearing_without_a_named_case_heard_on_a_day(body):
    assert not [e for e in _feed(body) if e[3] == "hearing"], _feed(body)
