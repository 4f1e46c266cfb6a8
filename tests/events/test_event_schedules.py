"""Schedules and events named by their kind and day, on sentences written for these tests.

Each case is ``(name, published, text, expected)`` as in ``test_event_sentences``: dates are
marked ``[as written|TIMEX3 value]`` and ``expected`` lists the events with the fields that
matter (``[]``: no event at all).
"""

from __future__ import annotations

import pytest
from eventkit import assert_events, extract

from timeline.events.lexicon import lexicon

D = "2025-08-20"

CASES = [
    # --- days off named by their kind -------------------------------------------------------
    (
        "mid-term break with a range",
        D,
        "Okullarda birinci dönem ara tatili [3-7 Kasım arasında|2025-11-03/2025-11-07] yapılacak.",
        [
            dict(
                date="2025-11-03",
                end="2025-11-07",
                title="Birinci dönem ara tatili",
                status="planned",
            )
        ],
    ),
    (
        "break from a start day to an end day",
        D,
        "Yarıyıl tatili [12 Ocak 2026 Pazartesi|2026-01-12] başlayacak ve "
        "[23 Ocak 2026 Cuma günü|2026-01-23] sona erecek.",
        [dict(date="2026-01-12", end="2026-01-23", title="Yarıyıl tatili", calendar=True)],
    ),
    (
        "window as 'başlayıp … bitecek'",
        D,
        "Bahar dönemi ara tatili [6 Nisan 2026'da|2026-04-06] başlayıp "
        "[10 Nisan 2026'da|2026-04-10] bitecek.",
        [dict(date="2026-04-06", end="2026-04-10", title="Bahar dönemi ara tatili")],
    ),
    (
        "two days without start and end words stay one day",
        D,
        "Ara tatil [3 Kasım'da|2025-11-03] yapılacak, karne [7 Kasım'da|2025-11-07] verilecek.",
        # the report cards' day is a school calendar day of its own, not the break's end
        [dict(date="2025-11-03", end=None), dict(date="2025-11-07", end=None, title="Karne günü")],
    ),
    (
        "a day off with no kind word has no title",
        D,
        "Tatil [3 Kasım'da|2025-11-03] başlayacak.",
        [],
    ),
    # --- named holidays without a date ------------------------------------------------------
    (
        "movable feast, coming occurrence",
        D,
        "Kurban Bayramı'nda köprü ve otoyollar ücretsiz olacak.",
        [dict(date="2026-05-27", end="2026-05-30", title="Kurban Bayramı", status="planned")],
    ),
    (
        "movable feast celebrated days ago",
        "2025-04-02",
        "Ramazan Bayramı yurt genelinde coşkuyla kutlandı.",
        [dict(date="2025-03-30", end="2025-04-01", status="held")],
    ),
    (
        "a feast long past is not dated",
        "2025-05-20",
        "Ramazan Bayramı yurt genelinde coşkuyla kutlandı.",
        [],
    ),
    (
        "eve of a feast",
        "2026-02-25",
        "Ramazan Bayramı arifesi yarım gün olarak uygulanacak.",
        [dict(date="2026-03-19", end=None)],
    ),
    (
        "fixed national day",
        D,
        "Cumhuriyet Bayramı tüm yurtta törenlerle kutlanacak.",
        [dict(date="2025-10-29", title="Cumhuriyet Bayramı", location="Türkiye")],
    ),
    (
        "days off around a feast: the run of that many days from a Saturday",
        "2026-05-10",
        "Kurban Bayramı tatili 9 güne uzatıldı.",
        [dict(date="2026-05-23", end="2026-05-31", title="Kurban Bayramı", status="planned")],
    ),
    (
        "days off written as a word",
        "2026-05-10",
        "Kurban Bayramı tatili dokuz gün olacak.",
        [dict(date="2026-05-23", end="2026-05-31")],
    ),
    (
        "a count of days no longer than the feast keeps the feast's days",
        "2026-05-10",
        "Kurban Bayramı tatili 4 gün olacak.",
        [dict(date="2026-05-27", end="2026-05-30")],
    ),
    (
        "feast as a reference point",
        D,
        "Kurban Bayramı öncesi hayvan pazarları kurulacak.",
        [],
    ),
    (
        "feast in the genitive",
        D,
        "Festival Kurban Bayramı'nın ikinci gününe denk gelecek.",
        [],
    ),
    (
        "feast mentioned with no verb of its own",
        D,
        "Kurban Bayramı için hazırlık.",
        [],
    ),
    # --- draws, results, last days and application windows ---------------------------------
    (
        "a draw named by its kind and its tournament",
        D,
        "Avrupa Şampiyonası kura çekimi [5 Aralık'ta|2025-12-05] yapılacak.",
        [dict(date="2025-12-05", type="draw", title="Avrupa Şampiyonası kura çekimi")],
    ),
    (
        "a draw named by its kind alone",
        D,
        "Kura çekimi [5 Aralık'ta|2025-12-05] İstanbul'da yapılacak.",
        [dict(date="2025-12-05", type="draw", calendar=True)],
    ),
    (
        "announcement of exam results",
        D,
        "Sınav sonuçları [30 Eylül'de|2025-09-30] açıklanacak.",
        [dict(date="2025-09-30", type="results", title="Sınav sonuçları", status="planned")],
    ),
    (
        "a last day with its possessor",
        D,
        "Başvuruların son günü [12 Eylül'de|2025-09-12] olacak.",
        [dict(date="2025-09-12", type="deadline", title="Başvuruların son günü")],
    ),
    (
        "'son günlerde' is no last day",
        D,
        "Fiyatlar son günlerde [19 Ağustos'ta|2025-08-19] yükseldi.",
        [],
    ),
    (
        "a window opened on a day and closed by a later deadline is one event",
        "2026-02-10",
        "LGS başvuruları [9 Şubat itibarıyla|2026-02-09] başladı. Öğrencilerin işlemlerini "
        "tamamlaması gereken son tarih [11 Mart 2026|2026-03-11] olarak belirlendi.",
        [dict(date="2026-02-09", end="2026-03-11", type="application")],
    ),
    (
        "the last day of a window already given is no event of its own",
        D,
        "LGS başvuruları [2-13 Ekim|2025-10-02/2025-10-13] arasında alınacak. Son başvuru günü "
        "[13 Ekim|2025-10-13] olacak.",
        [dict(date="2025-10-02", end="2025-10-13", type="application")],
    ),
    (
        "'itibarıyla' without a start verb stays a bound",
        D,
        "LGS başvuruları [1 Ekim itibarıyla|2025-10-01] internetten alınacak.",
        [],
    ),
    # --- school terms ----------------------------------------------------------------------
    (
        "the start of a term is an event titled by the term's start",
        D,
        "Okullarda birinci dönem [8 Eylül Pazartesi|2025-09-08] başlayacak.",
        [dict(date="2025-09-08", type="term", title="Birinci dönemin başlaması", status="planned")],
    ),
    (
        "a term after a comma: its start, not the term (audit of 2026-12-03, 4)",
        "2027-01-10",
        "Üniversitelerde ikinci dönem, [15 Şubat 2027 Pazartesi|2027-02-15] başlayacak.",
        [dict(date="2027-02-15", type="term", title="İkinci dönemin başlaması")],
    ),
    (
        "a break after a term keeps the term in its title",
        "2027-01-10",
        "Liselerde ikinci dönemin ara tatili [5-9 Nisan 2027|2027-04-05/2027-04-09] arasında "
        "olacak.",
        [dict(date="2027-04-05", end="2027-04-09", title="İkinci dönemin ara tatili")],
    ),
    (
        "a break with no term: the bare kind, not a possessive",
        "2027-01-10",
        "Ara tatil [12-16 Nisan 2027|2027-04-12/2027-04-16] tarihleri arasında yapılacak.",
        [dict(date="2027-04-12", end="2027-04-16", title="Ara tatil")],
    ),
    (
        "the end of a school year",
        D,
        "Eğitim yılı [26 Haziran 2026 Cuma günü|2026-06-26] tamamlanacak.",
        [dict(date="2026-06-26", title="Eğitim yılının tamamlanması")],
    ),
    (
        "a term ending in a month is no calendar day",
        D,
        "Başkanın ikinci dönemi [Ocak 2026'da|2026-01] sona erecek.",
        [],
    ),
    (
        "a term as a period is no event",
        D,
        "Başkanın ikinci döneminde [5 Ağustos'ta|2025-08-05] gümrük vergileri arttı.",
        [],
    ),
    # --- programmes told in prose ----------------------------------------------------------
    (
        "a programme in prose: undated items take the day told before them",
        "2026-04-20",
        "Dışişleri Bakanı Ayşe Kaya [bugün|2026-04-20] Ankara'da olacak. Kaya, Cumhurbaşkanı "
        "Erdoğan ile Külliye'de bir araya gelecek. Daha sonra İzmir'e geçecek ve "
        "[cuma sabahı|2026-04-24TMO] iş insanlarıyla buluşacak. Kaya, Efes Antik Kenti'ni "
        "ziyaret edecek. Bakan Kaya'nın [cumartesi günü|2026-04-25] programında ise fuar var. "
        "Kaya Bergama'yı da ziyaret edecek.",
        [
            dict(date="2026-04-20", type="meeting"),
            dict(date="2026-04-24", type="meeting", time=None),  # "buluşacak"
            dict(date="2026-04-24", type="visit", location="Efes, Aydın"),
            dict(date="2026-04-25", type="visit", location="Bergama, İzmir"),
        ],
    ),
    (
        "a new paragraph ends the programme's day",
        "2026-04-20",
        "Bakan Ayşe Kaya [yarın|2026-04-21] Ankara'da olacak.\nKaya, Bergama'yı ziyaret edecek.",
        [],
    ),
    (
        "a past day is no programme",
        "2026-04-20",
        "Bakan Ayşe Kaya [dün|2026-04-19] Ankara'daydı. Kaya, Bergama'yı ziyaret edecek.",
        [],
    ),
    (
        "an inflected mention of an event takes no programme day",
        "2026-04-20",
        "Anadolu Bilim Festivali [yarın|2026-04-21] başlayacak. Bakanlık festivalin en geniş "
        "standını kuracak.",
        [dict(date="2026-04-21", title="Anadolu Bilim Festivali")],
    ),
    # --- schedules laid out line by line ----------------------------------------------------
    (
        "fixtures under day headings",
        "2026-01-14",
        "Ligde haftanın programı\nFederasyon haftanın maçlarını açıkladı:\n"
        "[16 Ocak Cuma|2026-01-16]\n20.00 Kocaspor-Denizspor\n"
        "[17 Ocak Cumartesi|2026-01-17]\n14.30 Dağspor - Ovaspor\n17.00 Yaylaspor-Kumspor",
        [
            dict(date="2026-01-16", time="20:00", title="Kocaspor-Denizspor", type="match"),
            dict(date="2026-01-17", time="14:30", title="Dağspor-Ovaspor", status="planned"),
            dict(date="2026-01-17", time="17:00", title="Yaylaspor-Kumspor", calendar=True),
        ],
    ),
    (
        "programme items under a day heading take their own event words",
        "2026-04-20",
        "Bakanın programı\nBakanın bu haftaki programı şöyle:\n[22 Nisan Çarşamba|2026-04-22]\n"
        "10.00 Kuzey Ülkeleri Forumu açılış oturumu\n14.30 Ticaret Odası ile görüşme",
        [
            dict(date="2026-04-22", time="10:00", type="forum"),
            dict(
                date="2026-04-22", time="14:30", type="meeting", title="Ticaret Odası ile görüşme"
            ),
        ],
    ),
    (
        "programme items with clock ranges",
        "2026-04-20",
        "Kongre programı\n[22 Nisan Çarşamba|2026-04-22]\n09.30-12.00 Açılış oturumu\n"
        "TSİ 14.00 - 16.00 Gençlik Forumu",
        [
            dict(date="2026-04-22", time="09:30", title="Açılış oturumu"),
            dict(date="2026-04-22", time="14:00", type="forum"),
        ],
    ),
    (
        "a list of label lines, one payment day each",
        "2026-03-02",
        "Destek ödemeleri başlıyor\nÖdeme takvimi şöyle:\n"
        "Son hanesi 1 ve 3 olanlar: [9 Mart 2026 Pazartesi|2026-03-09]\n"
        "Son hanesi 5 ve 7 olanlar: [16 Mart 2026 Pazartesi, saat 10.00|2026-03-16T10:00]",
        [
            dict(date="2026-03-09", time=None, title="Son hanesi 1 ve 3 olanlar"),
            dict(date="2026-03-16", time="10:00", status="planned"),
        ],
    ),
    (
        "exam calendar: a window and an exam day, label tails dropped",
        "2026-02-02",
        "Sınav takvimi açıklandı\nBaşvuru tarihleri: [2-13 Mart 2026|2026-03-02/2026-03-13]\n"
        "Sınav tarihi: [26 Nisan 2026|2026-04-26]",
        [
            dict(date="2026-03-02", end="2026-03-13", type="application", title="Başvuru"),
            dict(date="2026-04-26", type="exam", title="Sınav"),
        ],
    ),
    (
        "a fixture label line on its own",
        "2026-01-14",
        "Kupada çeyrek final\nKocaspor-Denizspor: [16 Ocak Cuma, saat 20.00|2026-01-16T20:00]",
        [dict(date="2026-01-16", time="20:00", title="Kocaspor-Denizspor", type="match")],
    ),
    (
        "fixture lines with their own day and kick-off",
        "2026-01-14",
        "Haftanın maçları\nProgram şöyle:\n"
        "Kocaspor-Denizspor [16 Ocak Cuma 20.00|2026-01-16T20:00]\n"
        "[17 Ocak Cumartesi|2026-01-17]\nYaylaspor-Kumspor: 17.00\nGölspor - Ormanspor 19.00",
        [
            dict(date="2026-01-16", time="20:00", title="Kocaspor-Denizspor"),
            dict(date="2026-01-17", time="17:00", title="Yaylaspor-Kumspor"),
            dict(date="2026-01-17", time="19:00", title="Gölspor-Ormanspor", type="match"),
        ],
    ),
    (
        "a played fixture with its day is held",
        "2026-01-14",
        "Geçen haftanın sonuçları\nKayaspor-Tepespor 2-1 ([10 Ocak|2026-01-10])",
        [dict(date="2026-01-10", title="Kayaspor-Tepespor", status="held")],
    ),
    (
        "a fixture line with neither day nor heading is no event",
        "2026-01-14",
        "Haftanın maçları\nKocaspor-Denizspor 20.00",
        [],
    ),
    (
        "an exchange rate pair is no fixture",
        "2026-01-14",
        "Piyasalar\n[15 Ocak Perşembe|2026-01-15]\nAvro-Dolar 1,08 seviyesinde",
        [],
    ),
    (
        "a sentence about a body named with a hyphen is no fixture line",
        "2026-01-14",
        "Diplomasi trafiği\nTürkiye-Mısır Stratejik Konseyi [4 Şubat'ta|2026-02-04] Kahire'de "
        "bir kez daha ele alınacak.\nKuzey-Güney Forumu: [5 Şubat|2026-02-05]",
        [dict(date="2026-02-05", type="forum", title="Kuzey-Güney Forumu")],
    ),
    (
        "a lone label line without an event word is no event",
        "2026-01-14",
        "Açıklama yapıldı\nKurul kararı: [16 Ocak Cuma|2026-01-16]",
        [],
    ),
    (
        "a table of prices under a day heading is no event",
        "2026-01-14",
        "Piyasalarda gün\n[15 Ocak Perşembe|2026-01-15]\n10.00 Dolar 34,52\n"
        "10.30 Altın gram fiyatı 3.050 TL\n11.00 Borsa yüzde 1,2 yükseldi",
        [],
    ),
    (
        "clock lines without a day heading are no events",
        "2026-01-14",
        "Günün akışı\n20.00 Kocaspor-Denizspor\n22.00 Gala konseri",
        [],
    ),
    (
        "prose after the schedule ends it",
        "2026-01-14",
        "Program\n[16 Ocak Cuma|2026-01-16]\n20.00 Kocaspor-Denizspor\n"
        "Taraftarlar stada erken gelmeye çağrıldı.\n21.00 Gala konseri",
        [dict(date="2026-01-16", title="Kocaspor-Denizspor")],
    ),
    (
        "a past day of a schedule is held",
        "2026-01-20",
        "Geçen haftanın maçları\n[16 Ocak Cuma|2026-01-16]\n20.00 Kocaspor-Denizspor",
        [dict(date="2026-01-16", status="held")],
    ),
]


@pytest.mark.parametrize("name,published,text,expected", CASES, ids=[c[0] for c in CASES])
def test_schedule_sentences(name: str, published: str, text: str, expected: list[dict]) -> None:
    assert_events(extract(text, published), expected)


def test_movable_feasts_cover_every_year_with_their_length() -> None:
    """Ramazan Bayramı lasts three days and Kurban Bayramı four, once a year, 2015-2030."""
    lex = lexicon("tr")
    for name, length in (("Ramazan Bayramı", 3), ("Kurban Bayramı", 4)):
        holiday = lex.holiday(name)
        assert holiday is not None
        years = [first.year for first, _ in holiday.dates]
        assert years == list(range(2015, 2031))
        assert all((last - first).days + 1 == length for first, last in holiday.dates)


def test_feast_falls_about_eleven_days_earlier_each_year() -> None:
    """The lunar year is 354 or 355 days: each first day is 10-12 days earlier in the
    calendar year than the one before (catches a typo in the data)."""
    lex = lexicon("tr")
    for name in ("Ramazan Bayramı", "Kurban Bayramı"):
        firsts = [first for first, _ in lex.holiday(name).dates]
        gaps = {(b - a).days for a, b in zip(firsts, firsts[1:], strict=False)}
        assert gaps <= {353, 354, 355, 356}, (name, gaps)
