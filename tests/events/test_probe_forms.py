"""Forms found by writing new articles in the corpus genres (issue 13, stop 25): sides that
``karşı karşıya gelecek``, a trigger word inside a venue's longer name, a happening brought in
with ``bir`` that borrows no earlier name, and a headline in the present progressive that
announces what the article dates later (or says a day ``yaklaşıyor``).

Each case is ``(name, published, text, expected)`` as in ``test_event_recall``: dates are
marked ``[as written|TIMEX3 value]``, ``expected`` lists the events with the fields that
matter (``[]``: no event at all). Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import assert_events, extract

D = "2026-09-18"

CASES = [
    # --- two sides of a match ---------------------------------------------------------------
    (
        "two teams come face to face",
        D,
        "Milli takım, [10 Ekim'de|2026-10-10] Bakü'de Azerbaycan ile karşı karşıya gelecek.",
        [dict(date="2026-10-10", type="match", status="planned", location="Bakü")],
    ),
    (
        "coming face to face with a problem is no match",
        D,
        "Çiftçiler [geçen hafta|2026-W37] kuraklık sorunuyla karşı karşıya geldi.",
        [],
    ),
    # --- a trigger word inside a venue's name -----------------------------------------------
    (
        "a congress word inside a longer venue name",
        "2026-03-10",
        "Ege Tıp Sempozyumu [15 Mart'ta|2026-03-15] Ilgaz Atatürk Kongre Kültür Merkezi'nde"
        " yapılacak.",
        [dict(date="2026-03-15", type="conference", title="Ege Tıp Sempozyumu")],
    ),
    (
        "a fair word inside a venue name joined by 've'",
        "2026-03-10",
        "Kuzey Ormancılık Çalıştayı [20 Mart'ta|2026-03-20] Yalçın Kongre ve Fuar Merkezi'nde"
        " düzenlenecek.",
        [dict(date="2026-03-20", type="conference", title="Kuzey Ormancılık Çalıştayı")],
    ),
    (
        "a congress named before its venue is still a congress",
        "2026-03-10",
        "Türk Kardiyoloji Kongresi [18 Mart'ta|2026-03-18] Ankara'da başlayacak.",
        [dict(date="2026-03-18", type="conference", location="Ankara")],
    ),
    # --- an indefinite happening borrows no name ---------------------------------------------
    (
        "a meeting brought in with 'bir' is not the named one of another day",
        "2026-06-15",
        "Zirvenin ikinci günü Güvenlik Konseyi toplantısı düzenlenecek. Zirve öncesinde bakanlar"
        " [6 Temmuz'da|2026-07-06] bir toplantı yapacak.",
        [],
    ),
    (
        "the named meeting told again without 'bir' keeps its name",
        "2026-06-15",
        "Güvenlik Konseyi toplantısı Ankara'da yapılacak. Toplantı [8 Temmuz'da|2026-07-08]"
        " başlayacak.",
        [dict(date="2026-07-08", title="Güvenlik Konseyi toplantısı")],
    ),
    # --- a headline in the present progressive ----------------------------------------------
    (
        "a strike announced in the progressive is dated by the body, not the publication day",
        "2026-10-02",
        "Fırıncılar greve çıkıyor\nFırıncılar Sendikası, Kaşbeli'nde [9 Ekim'de|2026-10-09]"
        " greve çıkacağını açıkladı.",
        [dict(date="2026-10-09", type="strike", status="planned")],
    ),
    (
        "a day drawing near is not today",
        "2026-09-24",
        "Burs başvurularında son gün yaklaşıyor\nVakıf, başvuruların e-Devlet üzerinden"
        " yapılabileceğini hatırlattı.",
        [],
    ),
    (
        "a festival going on in the progressive still takes the publication day",
        "2026-08-03",
        "Kayısı Festivali sürüyor\nKale ilçesindeki Kayısı Festivali yoğun ilgi görüyor.",
        [dict(date="2026-08-03", type="festival", status="held")],
    ),
]


@pytest.mark.parametrize("name,published,text,expected", CASES, ids=[c[0] for c in CASES])
def test_probe_forms(name: str, published: str, text: str, expected: list[dict]) -> None:
    assert_events(extract(text, published), expected)
