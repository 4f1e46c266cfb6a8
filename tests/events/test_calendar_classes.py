"""The calendar classes unseen Turkish news carries (issue 13, points 1 and 2): exam and
election calendars, last days, draws, fixtures and finals, holidays and their eves, hearings,
openings, fairs and congresses, summits, signings, festivals and panels, each with the event a
reader would put in a calendar; and statistics, opinions and history, which give no feed event.

Each case is ``(name, text, expected)``: dates are marked ``[as written|TIMEX3 value]`` (see
``eventkit``), ``expected`` lists the feed events (at the default threshold) as ``(title,
date, end, status)``. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "2026-02-10"

CASES = [
    # --- exam calendars, last days, draws ----------------------------------------------------
    (
        "an exam session on a day",
        "ÖSYM'nin açıkladığı takvime göre KPSS Genel Yetenek-Genel Kültür oturumu"
        " [12 Temmuz'da|2026-07-12] yapılacak.",
        [("KPSS Genel Yetenek-Genel Kültür oturumu", "2026-07-12", None, "planned")],
    ),
    (
        "the last day of applications",
        "Adaylık başvurularının son günü [20 Şubat|2026-02-20] olacak.",
        [("Adaylık başvurularının son günü", "2026-02-20", None, "planned")],
    ),
    (
        "a housing draw owned by its project",
        "Sosyal konut projesinin kura çekimi [25 Şubat'ta|2026-02-25] noter huzurunda"
        " gerçekleştirilecek.",
        [("Sosyal konut projesinin kura çekimi", "2026-02-25", None, "planned")],
    ),
    # --- elections named by a kind of several words -------------------------------------------
    (
        "local elections on a day",
        "Yerel seçimler [29 Mart'ta|2026-03-29] yapılacak.",
        [("Yerel seçimler", "2026-03-29", None, "planned")],
    ),
    (
        "an early election in the locative",
        "Ülke genelinde erken seçim [29 Mart'ta|2026-03-29] yapılacak.",
        [("Erken seçim", "2026-03-29", None, "planned")],
    ),
    ("an election of no kind names nothing", "Seçim [29 Mart'ta|2026-03-29] yapılacak.", []),
    (
        "a call for an early election is no election",
        "Muhalefet [dün|2026-02-09] erken seçim çağrısında bulundu.",
        [],
    ),
    (
        "the results of local elections are not the vote",
        "Yerel seçim sonuçları [dün|2026-02-09] açıklandı.",
        [],
    ),
    # --- strikes told with "greve çıkmak/gitmek" ------------------------------------------------
    (
        "workers go on strike on a day",
        "Metal işçileri [2 Mart'ta|2026-03-02] greve çıkacak.",
        [("Metal işçilerinin grevi", "2026-03-02", None, "planned")],
    ),
    (
        "a strike in the past tense",
        "Liman işçileri [dün|2026-02-09] greve gitti.",
        [("Liman işçilerinin grevi", "2026-02-09", None, "held")],
    ),
    (
        "refusing to strike is no feed event",
        "Öğretmenler [2 Mart'ta|2026-03-02] greve çıkmayacak.",
        [],
    ),
    (
        "a strike with no subject names nothing",
        "Bazı sektörlerde [2 Mart'ta|2026-03-02] greve çıkılacak.",
        [],
    ),
    # --- matches -------------------------------------------------------------------------------
    (
        "a derby with its kick-off",
        "Galatasaray-Fenerbahçe derbisi [22 Şubat Pazar günü saat 20.00'de|2026-02-22T20:00]"
        " oynanacak.",
        [("Galatasaray-Fenerbahçe derbisi", "2026-02-22", None, "planned")],
    ),
    (
        "a cup final",
        "Kadınlar Voleybol Kupası finali [1 Mart'ta|2026-03-01] Ankara'da oynanacak.",
        [("Kadınlar Voleybol Kupası finali", "2026-03-01", None, "planned")],
    ),
    # --- holidays and their eves ---------------------------------------------------------------
    (
        "a feast on its day",
        "Ramazan Bayramı [20 Mart'ta|2026-03-20] başlayacak.",
        [("Ramazan Bayramı", "2026-03-20", None, "planned")],
    ),
    (
        "a national day celebrated",
        "Cumhuriyet Bayramı [29 Ekim'de|2026-10-29] tüm yurtta törenlerle kutlanacak.",
        [("Cumhuriyet Bayramı", "2026-10-29", None, "planned")],
    ),
    (
        "the eve of a feast, dated",
        "Kurban Bayramı arifesi olan [26 Mayıs'ta|2026-05-26] kamuda mesai yarım gün olacak.",
        [("Kurban Bayramı arifesi", "2026-05-26", None, "planned")],
    ),
    (
        "the eve of a feast, from the feast's days",
        "Ramazan Bayramı arifesinde kamu kurumlarında mesai öğleden sonra sona erecek.",
        [("Ramazan Bayramı arifesi", "2026-03-19", None, "planned")],
    ),
    (
        "an extra day off granted for a coming day",
        "Kamu çalışanlarına [23 Mart'ta|2026-03-23] idari izin verildi.",
        [("İdari izin", "2026-03-23", None, "planned")],
    ),
    (
        "an extra day off given yesterday",
        "Valilik, kar nedeniyle [dün|2026-02-09] idari izin verdi.",
        [("İdari izin", "2026-02-09", None, "held")],
    ),
    ("a day off asked, with no day", "Kamu çalışanları idari izin talep etti.", []),
    ("a day off in a question", "Kamuda [19 Mart'ta|2026-03-19] idari izin olacak mı?", []),
    # --- hearings, openings, signings -----------------------------------------------------------
    (
        "a named case's hearing put off to a new day",
        "Ergenekon davasının duruşması [15 Nisan'a|2026-04-15] ertelendi.",
        [("Ergenekon davasının duruşması", "2026-04-15", None, "planned")],
    ),
    (
        "an ordinal word between the owner and the hearing",
        "Liman ihalesi davasının ilk duruşması [4 Mart'ta|2026-03-04] görülecek.",
        [("Liman ihalesi davasının ilk duruşması", "2026-03-04", None, "planned")],
    ),
    (
        "a hearing of 'the case' says not which",
        "Sanıkların yargılandığı davanın ilk duruşması [15 Nisan'da|2026-04-15] görülecek.",
        [],
    ),
    (
        "an opening owned by what is opened",
        "Yeni şehir hastanesinin açılışı [28 Şubat'ta|2026-02-28] yapılacak.",
        [("Yeni şehir hastanesinin açılışı", "2026-02-28", None, "planned")],
    ),
    (
        "a signing told by its verb",
        "Karadeniz Enerji Protokolü [20 Şubat'ta|2026-02-20] imzalanacak.",
        [("Karadeniz Enerji Protokolü'nün imzalanması", "2026-02-20", None, "planned")],
    ),
    (
        "a signing of common nouns, whose not said",
        "İki ülke arasındaki serbest ticaret anlaşması [20 Şubat'ta|2026-02-20] imzalanacak.",
        [],
    ),
    # --- fairs, congresses, summits, festivals, panels, boards ---------------------------------
    (
        "a fair over a range of days",
        "Uluslararası Mobilya Fuarı [5-8 Ekim'de|2026-10-05/2026-10-08] İzmir'de düzenlenecek.",
        [("Uluslararası Mobilya Fuarı", "2026-10-05", "2026-10-08", "planned")],
    ),
    (
        "a congress over a range of days",
        "Ulusal Kardiyoloji Kongresi [12-15 Kasım tarihlerinde|2026-11-12/2026-11-15]"
        " Antalya'da yapılacak.",
        [("Ulusal Kardiyoloji Kongresi", "2026-11-12", "2026-11-15", "planned")],
    ),
    (
        "a summit over two days",
        "NATO Zirvesi [7-8 Temmuz'da|2026-07-07/2026-07-08] Ankara'da yapılacak.",
        [("NATO Zirvesi", "2026-07-07", "2026-07-08", "planned")],
    ),
    (
        "a festival over a week",
        "Uluslararası Film Festivali [10-17 Nisan'da|2026-04-10/2026-04-17] İstanbul'da"
        " düzenlenecek.",
        [("Uluslararası Film Festivali", "2026-04-10", "2026-04-17", "planned")],
    ),
    (
        "a named panel",
        "Kadın Hakları Paneli [8 Mart'ta|2026-03-08] belediye meclis salonunda düzenlenecek.",
        [("Kadın Hakları Paneli", "2026-03-08", None, "planned")],
    ),
    (
        "a board meeting",
        "Merkez Bankası Para Politikası Kurulu toplantısı [12 Mart'ta|2026-03-12] yapılacak.",
        [("Merkez Bankası Para Politikası Kurulu toplantısı", "2026-03-12", None, "planned")],
    ),
    # --- no feed event ------------------------------------------------------------------------
    ("a monthly statistic", "Enflasyon [Ocak'ta|2026-01] yüzde 4,8 arttı.", []),
    ("a yearly rate", "İşsizlik oranı [2025 yılında|2025] yüzde 8,6 oldu.", []),
    (
        "an expectation",
        "Uzmanlara göre [Mart ayında|2026-03] faiz indirimi beklenmiyor.",
        [],
    ),
    (
        "history",
        "[1923'te|1923] ilan edilen Cumhuriyet, modern Türkiye'nin temelini attı.",
        [],
    ),
    (
        "a market close",
        "Borsa İstanbul [dün|2026-02-09] günü yüzde 1,2 yükselişle tamamladı.",
        [],
    ),
    (
        "an agreement signed long ago",
        "[2015 yılında|2015] imzalanan Paris anlaşması iklim politikasını değiştirdi.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_calendar_class(name: str, text: str, expected: list[tuple]) -> None:
    feed = [e for e in extract(text, D) if e.in_feed(FEED_MIN_CONFIDENCE)]
    assert [(e.title, e.date, e.end, e.status) for e in feed] == expected
