"""Forms found by writing new articles in the corpus genres (issue 13, stop 25): sides that
``karşı karşıya gelecek``, a club named right before the comma that hosts another, a match
moved to a day or hour in the dative (``20.00'ye alındı``) or told on its old day with
``olan`` and on a new one with the same verb (``7 Mart'ta oynanacak olan maç, 8 Mart'ta
oynanacak``), an election named beside its commission, a trigger word inside a venue's longer
name, a happening brought in with ``bir`` that borrows no earlier name, a case's next hearing
told without the case's name, a headline in the present progressive that announces what the
article dates later (or says a day ``yaklaşıyor``), and a headline that tells the end of a run
of days the article dates.

Each case is ``(name, published, text, expected)`` as in ``test_event_recall``: dates are
marked ``[as written|TIMEX3 value]``, ``expected`` lists the events with the fields that
matter (``[]``: no event at all). Every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from eventkit import assert_events, extract

from timeline.documents import parse_text
from timeline.pipeline import analyse

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
    (
        "a club named right before the comma hosts another",
        D,
        "Buna göre [25 Eylül Cuma günü saat 20.00'de|2026-09-25T20:00] Kuzey Gücü, Vadi"
        " Kulübü'nü konuk edecek.",
        [dict(date="2026-09-25", type="match", title="Kuzey Gücü ile Vadi Kulübü maçı")],
    ),
    (
        "a club after a league week and before the comma hosts another",
        D,
        "Ligin 5. haftasında Deniz Gücü, [26 Eylül'de|2026-09-26] Dağ Kartalları'nı ağırlayacak.",
        [dict(date="2026-09-26", type="match", title="Deniz Gücü ile Dağ Kartalları maçı")],
    ),
    (
        "an official named before the comma hosts a delegation: a meeting",
        D,
        "Öte yandan Vali Demir, [27 Eylül'de|2026-09-27] büyükelçiyi makamında konuk edecek.",
        [dict(date="2026-09-27", type="meeting")],
    ),
    # --- a match moved to another day or hour ---------------------------------------------
    (
        "a match planned for one day moved to another hour",
        "2026-02-24",
        "[1 Mart Pazar günü|2026-03-01] oynanması planlanan Dağspor-Ovaspor karşılaşması ise"
        " [2 Mart Pazartesi günü saat 20.00'ye|2026-03-02T20:00] alındı.",
        [
            dict(date="2026-03-01", status="postponed", type="match"),
            dict(date="2026-03-02", time="20:00", status="planned", type="match"),
        ],
    ),
    (
        "a final moved to a day in the dative",
        "2026-02-24",
        "Kupa finali [12 Mayıs'tan|2026-05-12] [19 Mayıs'a|2026-05-19] kaydırıldı.",
        [
            dict(date="2026-05-12", status="postponed"),
            dict(date="2026-05-19", status="planned"),
        ],
    ),
    (
        "visitors let in until an hour are no move",
        "2026-02-24",
        "Hava Gösterisi [5 Mart'ta|2026-03-05] yapılacak; izleyiciler [14.00'e"
        " kadar|2026-03-05T14:00] alana alınacak.",
        [dict(date="2026-03-05", status="planned", title="Hava Gösterisi")],
    ),
    # --- a slot moved with no change word: "X'te oynanacak olan maç, Y'de oynanacak" --------
    (
        "a match told on its old day with 'olan', then on a new one with the same verb",
        "2026-02-24",
        "Ligin 22. haftasında [7 Mart'ta|2026-03-07] oynanacak olan Tepespor-Gölgücü maçı,"
        " [8 Mart'ta|2026-03-08] oynanacak.",
        [
            dict(date="2026-03-07", status="postponed", type="match"),
            dict(date="2026-03-08", status="planned", type="match"),
        ],
    ),
    (
        "a workshop moved between two days told with 'tarihinde'",
        "2026-02-24",
        "[12 Nisan tarihinde|2026-04-12] düzenlenecek olan Kıyı Ormancılık Çalıştayı,"
        " [19 Nisan tarihinde|2026-04-19] düzenlenecek.",
        [
            dict(date="2026-04-12", status="postponed", title="Kıyı Ormancılık Çalıştayı"),
            dict(date="2026-04-19", status="planned", title="Kıyı Ormancılık Çalıştayı"),
        ],
    ),
    (
        "a match moved from a weekday to another day and hour",
        "2026-02-24",
        "[14 Mart Cumartesi günü|2026-03-14] oynanacak olan Tepespor-Gölgücü karşılaşması,"
        " [15 Mart Pazar günü saat 19.00'da|2026-03-15T19:00] oynanacak.",
        [
            dict(date="2026-03-14", status="postponed", type="match"),
            dict(date="2026-03-15", time="19:00", status="planned", type="match"),
        ],
    ),
    (
        "a match with 'olan' and another verb on another day is not moved",
        "2026-02-24",
        "[10 Nisan'da|2026-04-10] oynanacak olan Kayaspor-Ovagücü maçının biletleri,"
        " [3 Nisan'da|2026-04-03] satışa çıkacak.",
        [dict(date="2026-04-10", status="planned", type="match")],
    ),
    (
        "a conference with 'olan' told again with its place, not a day, is not moved",
        "2026-02-24",
        "[10 Nisan'da|2026-04-10] yapılacak olan Dağlık Bölgeler Konferansı, Ankara'da yapılacak.",
        [dict(date="2026-04-10", status="planned", location="Ankara")],
    ),
    (
        "a postponement whose other date belongs to another happening moves nothing there",
        "2026-02-24",
        "[5 Mart'ta|2026-03-05] yapılacak olan Kıyı Ormancılık Çalıştayı, [12 Mart'ta|2026-03-12]"
        " yapılacak seçim nedeniyle ertelendi.",
        [dict(date="2026-03-05", status="postponed", type="conference")],
    ),
    # --- an election commission is no election's title ------------------------------------
    (
        "an election told next to the commission that runs it",
        "2026-10-03",
        "Merkez Seçim Komisyonu'na göre Moldova'da [yarın|2026-10-04] yerel seçimler yapılacak.",
        [dict(date="2026-10-04", type="election", title="Moldova yerel seçimleri")],
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
    # --- the next session of a case heard today --------------------------------------------
    (
        "a hearing put off to a new day is the case's next session",
        D,
        "Orman arazisi davasının ikinci duruşması [bugün|2026-09-18] Muğla'da görüldü. Mahkeme,"
        " bilirkişi raporunun beklenmesi için duruşmayı [3 Aralık'a|2026-12-03] erteledi.",
        [
            dict(
                date="2026-09-18",
                status="held",
                title="Orman arazisi davasının ikinci duruşması",
            ),
            dict(date="2026-12-03", status="planned", title="Orman arazisi davasının duruşması"),
        ],
    ),
    (
        "the next hearing told with its day",
        D,
        "Kıyı imar davasının 4. duruşması [bugün|2026-09-18] yapıldı. Bir sonraki duruşma"
        " [15 Ekim'de|2026-10-15] yapılacak.",
        [
            dict(date="2026-09-18", status="held"),
            dict(date="2026-10-15", status="planned", title="Kıyı imar davasının duruşması"),
        ],
    ),
    (
        "a hearing put off with no case heard before says not which",
        D,
        "Mahkeme, duruşmayı [3 Aralık'a|2026-12-03] erteledi.",
        [],
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


def test_the_participle_olan_never_opens_a_title():
    """``… yapılacak olan toplantısı``: ``olan`` describes the meeting, it names no compound."""
    events = extract(
        "Çiftçi birliğinin [3 Mart'ta|2026-03-03] yapılacak olan toplantısı, [5 Mart'ta|2026-03-05]"
        " yapılacak.",
        "2026-02-24",
    )
    assert [e.title for e in events if e.title.split()[:1] == ["Olan"]] == []


def _whole(text: str, published: str) -> list[tuple]:
    """The events of a whole article read by the real tagger: (date, end, type, status)."""
    when = datetime.fromisoformat(published).replace(tzinfo=ZoneInfo("Europe/Istanbul"))
    analysis = analyse(parse_text(text, "probe.txt", published=when, key="probe:whole"))
    return [(e.date, e.end, e.type, e.status) for e in analysis.events]


def test_a_festival_said_to_have_ended_is_its_run_of_days_not_the_publication_day():
    text = (
        "Uluslararası Çocuk Tiyatroları Festivali sona erdi\n\n"
        "TRABZON (İHA) - Trabzon Büyükşehir Belediyesi tarafından bu yıl 6'ncısı düzenlenen"
        " Uluslararası Çocuk Tiyatroları Festivali, dün akşam yapılan kapanış töreniyle sona"
        " erdi.\n\n"
        "1-5 Ağustos tarihleri arasında düzenlenen festivale 9 ülkeden 40 topluluk katıldı.\n\n"
        "Gelecek yıl festivalin 28 Temmuz'da başlaması planlanıyor.\n"
    )
    events = _whole(text, "2026-08-06T18:00")
    assert ("2026-08-01", "2026-08-05", "festival", "held") in events
    assert [e for e in events if e[0] == "2026-08-06"] == []
