"""Events the extractor used to miss: closures, strikes, celebrations and commemorations,
meetings told with ``buluşacak``, and happenings whose subject is counted (``bazı yollar``).

Each case is ``(name, published, text, expected)`` as in ``test_event_sentences``: dates are
marked ``[as written|TIMEX3 value]`` and ``expected`` lists the events with the fields that
matter (``[]``: no event at all). Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import assert_events, extract

D = "2026-01-05"

CASES = [
    # --- road closures and service interruptions ---------------------------------------------
    (
        "roads closed to traffic on a day",
        D,
        "Maraton nedeniyle bazı yollar [18 Ocak'ta|2026-01-18] trafiğe kapatılacak.",
        [
            dict(
                date="2026-01-18",
                type="closure",
                title="Bazı yolların trafiğe kapatılması",
                status="planned",
                calendar=True,
            )
        ],
    ),
    (
        "a named street closed for hours",
        D,
        "Gazi Bulvarı [20 Ocak'ta saat 09.00 ile 13.00 arasında|2026-01-20T09:00/2026-01-20T13:00]"
        " trafiğe kapalı olacak.",
        [dict(date="2026-01-20", time="09:00", title="Gazi Bulvarı'nın trafiğe kapatılması")],
    ),
    (
        "a line closed for a day",
        D,
        "Bakım çalışması nedeniyle Kuzey tramvay hattı [25 Ocak'ta|2026-01-25] kapalı kalacak.",
        [dict(date="2026-01-25", type="closure", status="planned")],
    ),
    (
        "roads closed yesterday",
        D,
        "Meydana çıkan yollar [dün|2026-01-04] trafiğe kapatıldı.",
        [dict(date="2026-01-04", type="closure", status="held")],
    ),
    (
        "a planned power cut is a service interruption",
        D,
        "Kadıköy'de [8 Ocak'ta saat 09.00-17.00 arasında|2026-01-08T09:00/2026-01-08T17:00]"
        " elektrik kesintisi yapılacak.",
        [dict(date="2026-01-08", time="09:00", type="closure", title="Kadıköy elektrik kesintisi")],
    ),
    (
        "closure without a date is no event",
        D,
        "Çalışmalar sürerken yollar trafiğe kapatılacak.",
        [],
    ),
    (
        "a subject set off by a comma",
        D,
        "Kuzey tramvay hattı, bakım çalışması nedeniyle [25 Ocak'ta|2026-01-25] kapalı kalacak.",
        [dict(date="2026-01-25", type="closure", title="Kuzey tramvay hattının kapalı kalması")],
    ),
    (
        "a connective before the first comma is no subject",
        D,
        "Öte yandan, [25 Ocak'ta|2026-01-25] trafiğe kapatılacak.",
        [],
    ),
    # --- strikes ----------------------------------------------------------------------------
    (
        "workers stop work on a day",
        D,
        "Hemşireler [14 Ocak'ta|2026-01-14] iş bırakacak.",
        [dict(date="2026-01-14", type="strike", status="planned", calendar=True)],
    ),
    (
        "a strike in the past tense",
        D,
        "Liman işçileri [2 Ocak'ta|2026-01-02] iş bıraktı.",
        [dict(date="2026-01-02", type="strike", status="held")],
    ),
    # --- celebrations and commemorations -----------------------------------------------------
    (
        "a named day celebrated with ceremonies is the day's event",
        D,
        "Kuruluş Günü [12 Şubat'ta|2026-02-12] törenlerle kutlanacak.",
        [dict(date="2026-02-12", type="holiday", title="Kuruluş Günü", status="planned")],
    ),
    (
        "a named anniversary celebrated with ceremonies",
        D,
        "Kent Meclisi Kuruluşu [12 Şubat'ta|2026-02-12] törenlerle kutlanacak.",
        [
            dict(
                date="2026-02-12",
                type="ceremony",
                title="Kent Meclisi Kuruluşu'nun kutlaması",
                status="planned",
            )
        ],
    ),
    (
        "a named week with its days",
        D,
        "Kütüphane Haftası [30 Mart - 5 Nisan tarihlerinde|2026-03-30/2026-04-05] kutlanacak.",
        [dict(date="2026-03-30", end="2026-04-05", type="holiday", title="Kütüphane Haftası")],
    ),
    (
        "a person commemorated with a ceremony",
        D,
        "Mimar Sinan [9 Nisan'da|2026-04-09] törenle anılacak.",
        [dict(date="2026-04-09", type="ceremony", title="Mimar Sinan'ın anılması")],
    ),
    (
        "what is celebrated must be named",
        D,
        "Bayram [12 Şubat'ta|2026-02-12] coşkuyla kutlanacak ve herkes katılacak.",
        [],
    ),
    # --- meetings told with buluşmak ---------------------------------------------------------
    (
        "two named people meet",
        D,
        "Bakan Ahmet Kaya, [15 Ocak'ta|2026-01-15] Bakan Ayşe Demir ile buluşacak.",
        [dict(date="2026-01-15", type="meeting", status="planned")],
    ),
    # --- events titled by a compound noun or a plural possessor -------------------------------
    (
        "a compound noun names a meeting",
        D,
        "Kabine toplantısı [12 Ocak'ta|2026-01-12] Beştepe'de yapılacak.",
        [dict(date="2026-01-12", type="meeting", title="Kabine toplantısı", status="planned")],
    ),
    (
        "a compound noun goes before a place in the title",
        D,
        "Liderler zirvesi [9 Mart'ta|2026-03-09] Brüksel'de düzenlenecek.",
        [dict(date="2026-03-09", title="Liderler zirvesi", location="Brüksel")],
    ),
    (
        "a plural compound",
        D,
        "Yarı final maçları [5 Mayıs'ta|2026-05-05] oynanacak.",
        [dict(date="2026-05-05", type="match", title="Final maçları")],
    ),
    (
        "a compound whose modifier is itself possessed takes the three nouns before it",
        D,
        "Kurum [10.00'da|2026-01-05T10:00] aralık ayı konut fiyat endeksi verilerini açıklayacak.",
        [dict(date="2026-01-05", time="10:00", title="Konut fiyat endeksi verileri")],
    ),
    (
        "a release compound keeps its country",
        D,
        "ABD'de [dün|2026-01-04] açıklanan enflasyon verileri fiyatların arttığını gösterdi.",
        [dict(date="2026-01-04", type="release", title="ABD enflasyon verileri", status="held")],
    ),
    (
        "a release told in the past in the lede is the day's release of its publisher",
        "2026-01-05",
        "Enflasyon rakamları belli oldu\nTürkiye İstatistik Kurumu (TÜİK), [aralık ayı|2025-12]"
        " enflasyon verilerini açıkladı.",
        [dict(date="2026-01-05", type="release", title="TÜİK enflasyon verileri", status="held")],
    ),
    (
        "an adjective such as ekonomik makes no compound",
        D,
        "Çin'de [dün|2026-01-04] açıklanan ekonomik verileri piyasalar izledi.",
        [dict(date="2026-01-04", type="release", title="Çin verisi")],
    ),
    (
        "an adjective before a possessed trigger is no compound",
        D,
        "Yeni toplantısı [12 Ocak'ta|2026-01-12] yapılacak.",
        [],
    ),
    (
        "a participle before a possessed trigger is no compound",
        D,
        "Yapılacak toplantısı [12 Ocak'ta|2026-01-12] olacak.",
        [],
    ),
    (
        "a plural genitive owns the trigger",
        D,
        "Sendikanın açıklamasına göre madencilerin [19 Ocak'ta|2026-01-19] grevleri başlayacak.",
        [dict(date="2026-01-19", type="strike", title="Madencilerin grevi", status="planned")],
    ),
    # --- match reports: a score in the headline ----------------------------------------------
    (
        "a score headline reports a match played on the day",
        "2026-01-10",
        "Dağspor 2-1 Ovaspor | Maç sonucu\nLigin beşinci haftasında ev sahibi takım iki golle "
        "kazandı.",
        [dict(date="2026-01-10", type="match", status="held", title="Dağspor-Ovaspor maçı")],
    ),
    (
        "a headline that one team beat another",
        "2026-01-10",
        "Kocaspor, Denizspor'u 3-0 geçti\nMaçta ilk gol erken geldi.",
        [dict(date="2026-01-10", type="match", status="held", title="Kocaspor-Denizspor maçı")],
    ),
    (
        "a range of days in the headline is no score",
        "2026-01-10",
        "Fuar [5-7 Haziran|2026-06-05/2026-06-07]\nHazırlıklar sürüyor.",
        [],
    ),
    (
        "a match the text dates keeps its own day",
        "2026-01-10",
        "Dağspor 2-1 Ovaspor\nDağspor ile Ovaspor [dün|2026-01-09] karşılaştı.",
        [dict(date="2026-01-09", type="match", status="held")],
    ),
    # --- fixtures -------------------------------------------------------------------------------
    (
        "two teams joined by ile meet: a pair, not a name",
        "2026-01-10",
        "Başlık\n[12 Ocak Pazartesi günü saat 20.00'de|2026-01-12T20:00] Dağspor ile Ovaspor "
        "karşılaşacak.",
        [dict(date="2026-01-12", time="20:00", title="Dağspor ile Ovaspor maçı")],
    ),
    (
        "a fixture line under a day heading is no short title",
        "2026-01-10",
        "Haftanın programı\n[16 Ocak Cuma|2026-01-16]\nKocaspor - Denizspor: 20.00\n"
        "Dağspor - Ovaspor: 21.00",
        [
            dict(date="2026-01-16", time="20:00", title="Kocaspor-Denizspor", confidence=1.0),
            dict(date="2026-01-16", time="21:00", title="Dağspor-Ovaspor", confidence=1.0),
        ],
    ),
    (
        "a fronted name and a name joined by ile meet",
        D,
        "Kaya, [7 Mart'ta|2026-03-07] Demir ile görüşecek.",
        [dict(date="2026-03-07", type="meeting", title="Kaya ile Demir görüşmesi")],
    ),
    (
        "a connective before the comma pairs nobody",
        D,
        "Öte yandan, [7 Mart'ta|2026-03-07] Demir ile görüşülecek.",
        [],
    ),
    # --- travel to a place -----------------------------------------------------------------
    (
        "a named person goes to a known place on a day: a visit",
        D,
        "Dışişleri Bakanı Ayşe Kaya, Başbakan Ali Demir'in davetlisi olarak [13 Ocak'ta|2026-01-13]"
        " Berlin'e gidecek.",
        [dict(date="2026-01-13", type="visit", title="Kaya'nın Berlin'e ziyareti")],
    ),
    (
        "going somewhere that is no place is no visit",
        D,
        "Dışişleri Bakanı Ayşe Kaya [13 Ocak'ta|2026-01-13] erkenden evine gidecek.",
        [],
    ),
    (
        "a travel without a named traveller is no visit",
        D,
        "Heyet [13 Ocak'ta|2026-01-13] helikopterle Berlin'e gidecek.",
        [],
    ),
    # --- one verb, several days, each with its own place ------------------------------------
    (
        "two days and two places of one visit verb",
        D,
        "Dışişleri Bakanı Ayşe Kaya, [20 Ocak'ta|2026-01-20] Macaristan'ı, [21 Ocak'ta|2026-01-21]"
        " ise Avusturya'yı ziyaret edecek.",
        [
            dict(date="2026-01-20", type="visit", location="Macaristan"),
            dict(date="2026-01-21", type="visit", location="Avusturya"),
        ],
    ),
    (
        "two days without a place each stay one event",
        D,
        "Dışişleri Bakanı Ayşe Kaya, [20 Ocak|2026-01-20] ve [22 Ocak'ta|2026-01-22] Macaristan'ı"
        " ziyaret edecek.",
        [dict(date="2026-01-20", type="visit"), dict(date="2026-01-22", type="visit")],
    ),
    # --- races and marches ----------------------------------------------------------
    (
        "a named marathon",
        D,
        "Kışın en uzun koşusu olan Ankara Maratonu [8 Şubat'ta|2026-02-08] koşulacak.",
        [dict(date="2026-02-08", type="match", title="Ankara Maratonu")],
    ),
    # --- agendas of clock lines ----------------------------------------------------------------
    (
        "clock lines the tagger dated make an agenda without a day heading",
        D,
        "Günün ajandası:\n[10.00|2026-01-05T10:00] Türkiye, kasım ayı dış ticaret dengesi\n"
        "[11.00|2026-01-05T11:00] Euro Bölgesi, Sentix endeksi",
        [
            dict(date="2026-01-05", time="10:00", status="planned"),
            dict(date="2026-01-05", time="11:00", status="planned"),
        ],
    ),
    (
        "one dated clock line alone is no agenda",
        D,
        "Notlar\n[10.00|2026-01-05T10:00] Türkiye, kasım ayı dış ticaret dengesi",
        [],
    ),
    # --- label lists under the name they belong to ---------------------------------------------
    (
        "label lines under an acronym line take its name",
        D,
        "Sınav takvimi açıklandı\n\nALES\nBaşvuru tarihleri: [3-11 Mart|2026-03-03/2026-03-11]\n"
        "Sınav tarihi: [10 Mayıs|2026-05-10]",
        [
            dict(date="2026-03-03", end="2026-03-11", title="ALES başvuruları", confidence=0.95),
            dict(date="2026-05-10", title="ALES sınavı", type="exam"),
        ],
    ),
    (
        "a heading in capitals names nothing",
        D,
        "Sınav takvimi açıklandı\n\nSINAV TAKVİMİ\nBaşvuru tarihleri: "
        "[3-11 Mart|2026-03-03/2026-03-11]\nSınav tarihi: [10 Mayıs|2026-05-10]",
        [dict(date="2026-03-03", title="Başvuru"), dict(date="2026-05-10", title="Sınav")],
    ),
    (
        "an exam told after its named applications takes their name",
        D,
        "Takvime göre KPSS Lisans başvuruları [1-15 Mayıs tarihleri arasında|2026-05-01/2026-05-15]"
        " alınacak, sınav [12 Temmuz'da|2026-07-12] yapılacak.",
        [
            dict(date="2026-05-01", end="2026-05-15", type="application"),
            dict(date="2026-07-12", type="exam", title="KPSS Lisans sınavı", status="planned"),
        ],
    ),
    (
        "an exam with no named procedure in its sentence has no title",
        D,
        "Takvime göre sınav [12 Temmuz'da|2026-07-12] yapılacak.",
        [],
    ),
    # --- times ---------------------------------------------------------------------------------
    (
        "a Turkish-time range gives the start; TSİ names no meeting",
        D,
        "Toplantı [TSİ 14.00-16.00 arasında|2026-01-05T14:00/2026-01-05T16:00] Ankara'da"
        " yapılacak.",
        [dict(date="2026-01-05", time="14:00", title="Ankara toplantısı")],
    ),
    # --- events held within a named holiday or festival ----------------------------------------
    (
        "an untitled ceremony on the day of a named holiday is part of it",
        "2025-10-20",
        "Cumhuriyet Bayramı [29 Ekim'de|2025-10-29] kutlanacak. Tören "
        "[29 Ekim'de saat 10.00'da|2025-10-29T10:00] Atatürk Anıtı önünde başlayacak.",
        [
            dict(date="2025-10-29", type="holiday"),
            dict(date="2025-10-29", time="10:00", title="Cumhuriyet Bayramı töreni"),
        ],
    ),
    (
        "an untitled ceremony on another day stays untitled",
        "2025-10-20",
        "Cumhuriyet Bayramı [29 Ekim'de|2025-10-29] kutlanacak. Tören "
        "[30 Ekim'de saat 10.00'da|2025-10-30T10:00] başlayacak.",
        [dict(date="2025-10-29", type="holiday")],
    ),
    # --- named days ------------------------------------------------------------------------------
    (
        "a named day celebrated on its date",
        D,
        "Kıyı Dayanışma ve Barış Günü [3 Eylül'de|2026-09-03] kutlanacak.",
        [dict(date="2026-09-03", type="holiday", title="Kıyı Dayanışma ve Barış Günü")],
    ),
    (
        "a religious night named by its kind",
        D,
        "Mevlid Kandili [3 Eylül'de|2026-09-03] idrak edilecek.",
        [dict(date="2026-09-03", type="holiday", title="Mevlid Kandili", status="planned")],
    ),
    (
        "a weekday written with Günü is a date, not a named day",
        D,
        "Kabine toplantısı [5 Mart Perşembe Günü|2026-03-05] yapılacak.",
        [dict(date="2026-03-05", title="Kabine toplantısı")],
    ),
    (
        "a named day in the genitive inside other words is still its day only with a date",
        D,
        "Kıyı Dayanışma Günü için hazırlıklar sürüyor.",
        [],
    ),
    # --- readings that are no events ---------------------------------------------------------
    (
        "a causative of buluşmak is no meeting",
        D,
        "Bakan Ahmet Kaya [15 Ocak'ta|2026-01-15] gençleri sanatçılarla buluşturacak.",
        [],
    ),
    (
        "a match suspended is no holiday",
        D,
        "Dağspor ile Ovaspor maçı [4 Ocak'ta|2026-01-04] yağış nedeniyle tatil edildi.",
        [dict(date="2026-01-04", type="match")],
    ),
    (
        "a time right after a match and a comma is that match's (the verb is left out)",
        "2026-01-10",
        "Başlık\n[16 Ocak Cuma günü|2026-01-16] Kocaspor-Denizspor maçı "
        "[saat 20.00'de|2026-01-16T20:00], Dağspor-Ovaspor maçı ise [21.00'de|2026-01-16T21:00]"
        " oynanacak.",
        [
            dict(date="2026-01-16", time="20:00", title="Kocaspor-Denizspor maçı"),
            dict(date="2026-01-16", time="21:00", title="Dağspor-Ovaspor maçı"),
        ],
    ),
    (
        "a club hosting a club is a match",
        "2026-01-10",
        "Dağspor, [16 Ocak'ta saat 20.00'de|2026-01-16T20:00] Ovaspor'u ağırlayacak.",
        [dict(date="2026-01-16", time="20:00", type="match", title="Dağspor ile Ovaspor maçı")],
    ),
    (
        "a person hosting a person is no match and no single subject",
        "2026-01-10",
        "Kaya, [16 Ocak'ta|2026-01-16] Demir'i Ankara'da ağırlayacak.",
        [dict(date="2026-01-16", type="meeting", title="Ankara görüşmesi")],
    ),
    (
        "fixtures listed in one line after their day",
        "2026-01-10",
        "Haftanın programı belli oldu.\n[16 Ocak Cuma|2026-01-16]: Kocaspor-Denizspor (20.00), "
        "Dağspor - Ovaspor 21.45",
        [
            dict(date="2026-01-16", time="20:00", title="Kocaspor-Denizspor", type="match"),
            dict(date="2026-01-16", time="21:45", title="Dağspor-Ovaspor", type="match"),
        ],
    ),
    (
        "prices of pairs are no fixtures",
        "2026-01-10",
        "Piyasalar\n[16 Ocak Cuma|2026-01-16]: Dolar-TL 14.50, Euro-TL 17.20 seviyesinde.",
        [],
    ),
    (
        "shows, gatherings and feasts by their compound names",
        D,
        "Hava gösterisi [6 Mart'ta|2026-03-06] düzenlenecek. Kiraz şöleni [7 Haziran'da|2026-06-07]"
        " başlayacak.",
        [
            dict(date="2026-03-06", type="performance", title="Hava gösterisi"),
            dict(date="2026-06-07", type="festival", title="Kiraz şöleni"),
        ],
    ),
    # --- a counted subject is no count of happenings -----------------------------------------
    (
        "a count before a noun trigger is still several happenings",
        D,
        "Bakan [Şubat ayında|2026-02] 3 kritik zirveye katılacak.",
        [],
    ),
]


@pytest.mark.parametrize("name,published,text,expected", CASES, ids=[c[0] for c in CASES])
def test_recall_sentences(name: str, published: str, text: str, expected: list[dict]) -> None:
    assert_events(extract(text, published), expected)
