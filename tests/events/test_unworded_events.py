"""Events a reader expects that are told without the usual event word or owner (issue 13):
a match with its sides split around the date or played as a noun (``Macaristan ile hazırlık
maçı yapacak``, ``… ile deplasmanda oynayacak``), an exam named by the object of its verb
(``YKS'ye girecek``), a school calendar day with no event noun (``okullar 7 Eylül'de
açılacak``), a body's meeting or ceremony (``Kent Konseyi … toplantısını yapacak``) and a bare
``Toplantı``/``Tören`` whose owner is told in the sentence before; with the traps that must
stay out of the feed.

Each case is ``(name, text, expected)``: dates are marked ``[as written|TIMEX3 value]`` (see
``eventkit``), ``expected`` lists the feed events as ``(title, date, status)``. Every sentence
is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "2026-02-10"

CASES = [
    # --- matches ---------------------------------------------------------------------------
    (
        "a team plays a friendly named as a noun, abroad",
        "A Milli Futbol Takımı, [6 Haziran'da|2026-06-06] Viyana'da Avusturya ile hazırlık"
        " maçı yapacak.",
        [("A Milli Futbol Takımı ile Avusturya maçı", "2026-06-06", "planned")],
    ),
    (
        "the national team told by a common noun",
        "Milli takım, [11 Haziran'da|2026-06-11] Norveç ile hazırlık maçı yapacak.",
        [("Milli takım ile Norveç maçı", "2026-06-11", "planned")],
    ),
    (
        "the national team meets a side with a match verb",
        "Milli takım, [14 Haziran'da|2026-06-14] Galler ile karşılaşacak.",
        [("Milli takım ile Galler maçı", "2026-06-14", "planned")],
    ),
    (
        "a club plays away: the other side hosts",
        "Bodrumspor, [21 Mart'ta|2026-03-21] Manisaspor ile deplasmanda oynayacak.",
        [("Manisaspor ile Bodrumspor maçı", "2026-03-21", "planned")],
    ),
    (
        "a club plays at home, its name closed by the date",
        "Tarsusspor [28 Mart'ta|2026-03-28] sahasında Kırklarelispor ile oynayacak.",
        [("Tarsusspor ile Kırklarelispor maçı", "2026-03-28", "planned")],
    ),
    (
        "playing a part is no match",
        "Yeni teşvik, [1 Nisan'dan|2026-04-01] itibaren ihracatta büyük rol oynayacak.",
        [],
    ),
    (
        "an actor playing a lead is no match",
        "Genç oyuncu, [9 Mayıs'tan|2026-05-09] itibaren yeni bir dizide başrol oynayacak.",
        [],
    ),
    (
        "a nickname names no side",
        "Yeşil-beyazlılar, [4 Nisan'da|2026-04-04] Uşakspor ile deplasmanda oynayacak.",
        [],
    ),
    (
        "a club is the guest of a club: the other side hosts",
        "Bolusporlu oyuncular hazır: Boluspor, [15 Mart'ta|2026-03-15] Çorumspor'a konuk olacak.",
        [("Çorumspor ile Boluspor maçı", "2026-03-15", "planned")],
    ),
    (
        "the national team is a guest abroad",
        "Milli takım, [20 Mart'ta|2026-03-20] Atina'da Yunanistan'a konuk olacak.",
        [("Yunanistan ile Milli takım maçı", "2026-03-20", "planned")],
    ),
    (
        "two cities meeting in a contest of another kind play no match",
        "Kastamonu, [26 Mart'ta|2026-03-26] Sinop ile kültür yarışmasında karşılaşacak.",
        [],
    ),
    (
        "two cities with no word of football play no match by a verb of playing",
        "Çorum, [27 Mart'ta|2026-03-27] Yozgat ile oynayacak.",
        [],
    ),
    (
        "two cities in a league's week are teams",
        "Kırşehir, [28 Mart'ta|2026-03-28] ligin 27. haftasında Niğde ile karşılaşacak.",
        [("Kırşehir ile Niğde maçı", "2026-03-28", "planned")],
    ),
    (
        "two cities playing a match named as a noun are teams",
        "Aksaray, [29 Mart'ta|2026-03-29] Nevşehir ile hazırlık maçı yapacak.",
        [("Aksaray ile Nevşehir maçı", "2026-03-29", "planned")],
    ),
    (
        "foreign clubs named like cities keep their match",
        "Lazio, [30 Mart'ta|2026-03-30] Torino ile karşılaşacak.",
        [("Lazio ile Torino maçı", "2026-03-30", "planned")],
    ),
    (
        "a lone genitive owned by 'their' names no exam",
        "Adaylar [12 Nisan'da|2026-04-12] hayatlarının sınavına girecek. Kursiyerler [13"
        " Nisan'da|2026-04-13] kariyerlerinin sınavına girecek.",
        [],
    ),
    (
        "an exam named by its kind beside the plural subject keeps its title",
        "Kursiyerler [14 Nisan'da|2026-04-14] direksiyon sınavına girecek.",
        [("Direksiyon sınavı", "2026-04-14", "planned")],
    ),
    (
        "a leader's guest visit is no match",
        "Başbakan, [22 Mart'ta|2026-03-22] Roma'da Meloni'ye konuk olacak.",
        [],
    ),
    (
        "a singer on a show is no match",
        "Ünlü şarkıcı, [23 Mart'ta|2026-03-23] sevilen bir programa konuk olacak.",
        [],
    ),
    (
        "a match told by the participle of playing, its host in the genitive",
        "Altayspor'un Menemenspor ile oynayacağı maç [22 Mart'ta|2026-03-22] saat 15.00'te"
        " başlayacak.",
        [("Altayspor ile Menemenspor maçı", "2026-03-22", "planned")],
    ),
    (
        "a national team's match told by the participle, in a city",
        "A Milli Takım'ın Hırvatistan ile oynayacağı maç [8 Eylül'de|2026-09-08] Bursa'da"
        " yapılacak.",
        [("A Milli Takım ile Hırvatistan maçı", "2026-09-08", "planned")],
    ),
    (
        "a host whose guest is not read plays no match against itself",
        "Trabzonspor, [25 Şubat'ta|2026-02-25] sahasında Napoli'yi konuk edecek.",
        [],
    ),
    # --- exams named by the object ----------------------------------------------------------
    (
        "candidates sit an exam named by its acronym",
        "Bu yıl yaklaşık 1,8 milyon aday [21 Haziran'da|2026-06-21] YKS'ye girecek.",
        [("YKS sınavı", "2026-06-21", "planned")],
    ),
    (
        "graduates sit another exam",
        "Ön lisans mezunları [18 Ekim'de|2026-10-18] KPSS'ye girecek.",
        [("KPSS sınavı", "2026-10-18", "planned")],
    ),
    (
        "a country entering a union sits no exam",
        "Öğrencilerin sorularını yanıtlayan bakan, ülkenin [2030'da|2030] AB'ye girecek"
        " olmasını umduğunu söyledi.",
        [],
    ),
    (
        "an acronym entered with nobody sitting it",
        "Yeni tarife [1 Mart'ta|2026-03-01] TCDD'ye girecek trenleri kapsıyor.",
        [],
    ),
    (
        "an acronym of a place entered by students is no exam",
        "Öğrenciler [20 Haziran'da|2026-06-20] AVM'ye girecek.",
        [],
    ),
    # --- school calendar days ---------------------------------------------------------------
    (
        "schools open on a day",
        "Açıklanan takvime göre okullar [14 Eylül'de|2026-09-14] açılacak.",
        [("Okulların açılması", "2026-09-14", "planned")],
    ),
    (
        "schools close and report cards are handed out",
        "Okullar [29 Ocak'ta|2027-01-29] kapanacak. Karneler de [29 Ocak'ta|2027-01-29] verilecek.",
        [
            ("Okulların kapanması", "2027-01-29", "planned"),
            ("Karne günü", "2027-01-29", "planned"),
        ],
    ),
    (
        "lessons start at a university",
        "Fakültede dersler [5 Ekim'de|2026-10-05] başlayacak.",
        [("Derslerin başlaması", "2026-10-05", "planned")],
    ),
    (
        "schools closed for snow on a day",
        "Yoğun kar yağışı nedeniyle Ağrı'da okullar [yarın|2026-02-11] tatil edildi.",
        [("Okulların tatil edilmesi", "2026-02-11", "planned")],
    ),
    (
        "a habitual opening of schools is no event",
        "Her yıl [eylül ayında|2026-09] okullar açılır ve kırtasiyeler dolar.",
        [],
    ),
    (
        "a new school building is no school calendar day",
        "İlçedeki yeni okul [16 Mart'ta|2026-03-16] açılacak.",
        [],
    ),
    (
        "a school noun modifying another thing tells no school day",
        "Okullardaki kantinler [14 Eylül'de|2026-09-14] açılacak.",
        [],
    ),
    (
        "report cards as a modifier tell no report card day",
        "Karne notları [22 Ocak'ta|2027-01-22] alınan kararla değiştirildi.",
        [],
    ),
    (
        "a genitive school noun with its own head tells no school day",
        "Okulların kantinleri [21 Eylül'de|2026-09-21] açılacak.",
        [],
    ),
    (
        "a genitive school noun right before its day is the subject",
        "Okulların [21 Eylül'de|2026-09-21] açılacağı duyuruldu.",
        [("Okulların açılması", "2026-09-21", "planned")],
    ),
    (
        "a term named by its own word keeps its own title",
        "İkinci dönem dersleri [15 Şubat'ta|2027-02-15] başlayacak.",
        [("İkinci dönemin başlaması", "2027-02-15", "planned")],
    ),
    # --- bodies' meetings and ceremonies ----------------------------------------------------
    (
        "a council holds its meeting",
        "Sivas Kent Konseyi, [24 Şubat'ta|2026-02-24] olağan toplantısını yapacak.",
        [("Sivas Kent Konseyi toplantısı", "2026-02-24", "planned")],
    ),
    (
        "a governorship holds a ceremony",
        "Aydın Valiliği, [19 Mayıs'ta|2026-05-19] stadyumda tören düzenleyecek.",
        [("Aydın Valiliği töreni", "2026-05-19", "planned")],
    ),
    (
        "a bare meeting takes the holder of the sentence before",
        "Manisa Büyükşehir Belediye Meclisi, yeni imar planını görüşmek için olağanüstü"
        " toplantısını yapacak. Toplantı [3 Mart'ta|2026-03-03] belediye binasında"
        " yapılacak.",
        [("Manisa Büyükşehir Belediye Meclisi toplantısı", "2026-03-03", "planned")],
    ),
    (
        "a bare ceremony takes the body that opens the sentence before",
        "Bolu Valiliği, 30 Ağustos kutlamalarının ayrıntılarını açıkladı. Tören"
        " [30 Ağustos'ta|2026-08-30] Hükümet Meydanı'nda düzenlenecek.",
        [("Bolu Valiliği töreni", "2026-08-30", "planned")],
    ),
    (
        "a bare match takes the sides of the sentence before, its stadium no name",
        "Orduspor ile Giresunspor [7 Mart'ta|2026-03-07] karşılaşacak. Maç Karadeniz"
        " Stadı'nda [20.00'de|2026-03-07T20:00] başlayacak.",
        [("Orduspor ile Giresunspor maçı", "2026-03-07", "planned")],
    ),
    (
        "a stadium after a bare match names no match",
        "Maç Kuzey Olimpiyat Stadı'nda [20.45'te|2026-02-10T20:45] başlayacak.",
        [],
    ),
    (
        "a body's bare common noun meets: the sentence before names the body",
        "Nevşehir Eczacı Odası olağan genel kurulunu yapacak. Kurul [16 Mayıs'ta|2026-05-16]"
        " oda binasında toplanacak.",
        [("Nevşehir Eczacı Odası toplantısı", "2026-05-16", "planned")],
    ),
    (
        "a bare council meets after the council was named",
        "Tokat Belediye Meclisi olağanüstü toplanacak. Meclis [9 Haziran'da|2026-06-09]"
        " toplanacak.",
        [("Tokat Belediye Meclisi toplantısı", "2026-06-09", "planned")],
    ),
    (
        "a bare board after talks of no board takes no owner from them",
        "İki lider yarın Ankara'da görüşecek. Kurul [11 Mart'ta|2026-03-11] toplanacak.",
        [],
    ),
    (
        "a bare meeting with no owner stays out of the feed",
        "Toplantı [12 Mart'ta|2026-03-12] çevrim içi yapılacak.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_unworded_event(name: str, text: str, expected: list[tuple]) -> None:
    feed = [e for e in extract(text, D) if e.in_feed(FEED_MIN_CONFIDENCE)]
    assert [(e.title, e.date, e.status) for e in feed] == expected


def test_bare_match_keeps_its_time_and_stadium() -> None:
    text = (
        "Orduspor ile Giresunspor [7 Mart'ta|2026-03-07] karşılaşacak. Maç Karadeniz"
        " Stadı'nda [20.00'de|2026-03-07T20:00] başlayacak."
    )
    (match,) = [e for e in extract(text, D) if e.in_feed(FEED_MIN_CONFIDENCE)]
    assert (match.time, match.location) == ("20:00", "Karadeniz Stadı")


def test_played_match_lends_no_name_to_the_match_to_come() -> None:
    text = (
        "Lacivert-beyazlılar, [15 Mart'ta|2026-03-15] Eyüpspor ile karşılaşacak. Karşılaşma"
        " Yenidoğan Stadyumu'nda [saat 17.00'de|2026-03-15T17:00] başlayacak. Takım, geçen"
        " hafta oynanan Tuzlaspor maçında berabere kalmıştı."
    )
    coming = [e for e in extract(text, D) if e.date == "2026-03-15"]
    assert [(e.title, e.time) for e in coming] == [("Lacivert-beyazlıların maçı", "17:00")]
