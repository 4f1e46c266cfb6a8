"""A word is an event only in its event sense and mood, and the status follows the verb that
governs it (issue 13, points 4 and 5), on Turkish sentences written for these tests.

A wrong entry in a calendar costs more than a missing one: every sentence of ``NO_EVENT``
carries an event word in another sense (``karşılaştı`` with a problem, ``görüş`` as an opinion,
``zirve`` as a peak, ``seçim`` as a choice, ``kongre`` in tourism talk), a market move or a
statistic, a generic plural, a habit, a condition, a wish, a question or a denial, and must give
no event at all. ``NOT_IN_FEED`` holds references to the past, which may stay as uncertain
events but never reach the feed nor the publication day. Dates are marked ``[as written|TIMEX3
value]`` (see ``eventkit``); ``FURNITURE`` runs the tagger too, on page stamps and datelines.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from eventkit import JSON, assert_events, extract

from timeline.config import feed_min_confidence
from timeline.documents import parse_text
from timeline.pipeline import analyse

P = "2026-03-10"  # a Tuesday

NO_EVENT = [
    # --- karşılaş-: a match only against a named side ---------------------------------------
    ("a problem met", "Çiftçiler [bu yıl|2026] ciddi bir kuraklık sorunuyla karşılaştı."),
    ("queues met", "Yolcular [dün|2026-03-09] havalimanında uzun kuyruklarla karşılaştı."),
    (
        "prices to be met",
        "İhracatçılar [mart ayında|2026-03] yüksek navlun fiyatlarıyla karşılaşacak.",
    ),
    ("price rises met", "Vatandaşlar [dün sabah|2026-03-09] markette yeni zamlarla karşılaştı."),
    ("an unnamed rival", "Fenerbahçe, [dün|2026-03-09] zorlu bir rakiple karşılaştı."),
    ("inflation met", "Ekonomi yönetimi [geçen yıl|2025] yüksek enflasyonla karşılaştı."),
    (
        "competition met",
        "Türk şirketleri [bu yıl|2026] Avrupa pazarında sert rekabetle karşılaştı.",
    ),
    (
        "a fall faced",
        "Şirket [geçen ay|2026-02] beklenmedik bir talep düşüşüyle karşı karşıya kaldı.",
    ),
    # --- görüş: an opinion ---------------------------------------------------------------------
    ("views shared", "Bakan, [dün|2026-03-09] enflasyon konusundaki görüşlerini paylaştı."),
    ("in the view of", "Ekonomistlerin görüşüne göre faizler [haziranda|2026-06] düşecek."),
    (
        "a view to send",
        "Kurul, tasarı hakkındaki görüşünü [12 Mart'a|2026-03-12] kadar bildirecek.",
    ),
    (
        "views voiced",
        "Uzmanlar [bugün|2026-03-10] yaptıkları açıklamada farklı görüşler ortaya koydu.",
    ),
    (
        "views sent",
        "Sendika, [dün|2026-03-09] yasa taslağına ilişkin görüşlerini Bakanlığa iletti.",
    ),
    ("a view stated", "Bakan, [dün|2026-03-09] konuya ilişkin görüşünü açıkladı."),
    (
        "views to be presented",
        "Kurul, [12 Mart'ta|2026-03-12] tasarıya ilişkin görüşlerini sunacak.",
    ),
    # --- toplantı, görüşme as a generic plural ------------------------------------------------
    ("said in meetings", "Bakan, [geçen ay|2026-02] toplantılarda bu konuyu dile getirdi."),
    (
        "meetings with investors",
        "Şirket, yatırımcılarla yaptığı toplantılarda [2026|2026] hedeflerini paylaştı.",
    ),
    (
        "repeated in meetings",
        "Başkan, [bugün|2026-03-10] katıldığı toplantılarda reform çağrısını yineledi.",
    ),
    (
        "raised in talks",
        "Konu [son haftalarda|2026-03] yapılan görüşmelerde sık sık gündeme geldi.",
    ),
    (
        "voiced in meetings",
        "Bakanlar [son aylarda|2026-02] yapılan toplantılarda aynı endişeyi dile getirdi.",
    ),
    # --- zirve: a peak ----------------------------------------------------------------------------
    ("top of the chart", "Şarkı [bu hafta|2026-W11] listenin zirvesine yerleşti."),
    ("an all-time high", "Altın fiyatları [dün|2026-03-09] tüm zamanların zirvesini gördü."),
    ("peaked", "Bitcoin [ocak ayında|2026-01] zirve yaptıktan sonra geriledi."),
    ("reached a peak", "Enflasyon [2024'te|2024] zirveye ulaşmıştı."),
    ("top of the league", "Takım [pazar günü|2026-03-08] aldığı galibiyetle zirveye yükseldi."),
    ("a peak point", "Turizm gelirleri [temmuzda|2026-07] zirve noktasına çıkacak."),
    ("an index at its high", "BIST 100 endeksi [dün|2026-03-09] tüm zamanların zirvesine çıktı."),
    ("a currency at its high", "Dolar [bugün|2026-03-10] zirveyi gördü."),
    # --- seçim: a choice ------------------------------------------------------------------------
    ("choosing a subject", "Öğrenciler [temmuzda|2026-07] bölüm seçimi yapacak."),
    ("a choice of products", "Tüketicilerin ürün seçimi [bu yıl|2026] belirgin biçimde değişti."),
    ("choosing shares", "Yatırımcılar [dün|2026-03-09] hisse seçiminde temkinli davrandı."),
    ("a choice of colour", "Doğru renk seçimi [yaz aylarında|2026-06] serinlik sağlıyor."),
    ("choosing courses", "Öğrenciler [yarın|2026-03-11] ders seçimi yapacak."),
    ("choosing a university", "Tercih döneminde üniversite seçimi [temmuzda|2026-07] yapılacak."),
    ("a harder choice", "Yatırımcılar için hisse seçimi [bu yıl|2026] daha da zorlaştı."),
    # --- panel, tur: a device, a sightseeing tour ----------------------------------------------
    ("solar panels", "Çiftçiler [bu yıl|2026] tarlalarına güneş paneli kuracak."),
    (
        "solar panels on roofs",
        "Belediye [nisanda|2026-04] okul çatılarına güneş panelleri yerleştirecek.",
    ),
    ("a city tour", "Turistler [yarın|2026-03-11] şehir turuna çıkacak."),
    ("a boat tour", "Ziyaretçiler [hafta sonu|2026-03-14] tekne turu yapacak."),
    # --- a bare event word that modifies another noun ----------------------------------------
    (
        "holiday bonuses",
        "Emeklilerin bayram ikramiyeleri [16 Mart'ta|2026-03-16] belli olacak.",
    ),
    ("match tickets", "Maç biletleri [yarın|2026-03-11] satışa çıkacak."),
    ("holiday villages", "Otelciler [bu yaz|2026-06] tatil köylerinde doluluk bekliyor."),
    ("a strike ban", "Hükümet [dün|2026-03-09] metal sektöründe grev yasağı getirdi."),
    ("exam anxiety", "Öğrencilerde sınav kaygısı [haziranda|2026-06] artıyor."),
    # --- kongre in tourism talk --------------------------------------------------------------
    ("congress tourism grew", "Kongre turizmi [2025'te|2025] yüzde 20 büyüdü."),
    (
        "a ranking in congress tourism",
        "İstanbul [bu yıl|2026] kongre turizminde Avrupa'nın ilk beşine girdi.",
    ),
    (
        "congress and fair tourism",
        "Otelciler [nisanda|2026-04] kongre ve fuar turizminden yüksek gelir bekliyor.",
    ),
    ("congress tourism to grow", "Antalya'da kongre turizmi [bu yıl|2026] yüzde 30 büyüyecek."),
    # --- market moves and statistics ----------------------------------------------------------
    ("a record of the exchange", "Borsa İstanbul [dün|2026-03-09] rekor kırdı."),
    ("a day's close", "BIST 100 endeksi [bugün|2026-03-10] günü yüzde 2 yükselişle tamamladı."),
    ("exports rose", "İhracat [şubatta|2026-02] yüzde 8 arttı."),
    ("inflation fell", "Yıllık enflasyon [şubat ayında|2026-02] yüzde 31'e geriledi."),
    ("record sales", "Konut satışları [geçen yıl|2025] rekor kırdı."),
    ("a rate quoted", "Dolar/TL [bugün saat 10.00'da|2026-03-10T10:00] 36,20'den işlem gördü."),
    ("unemployment", "İşsizlik oranı [ocakta|2026-01] yüzde 8,5 oldu."),
    (
        "car sales fell",
        "Otomobil satışları [şubatta|2026-02] geçen yılın aynı ayına göre yüzde 12 azaldı.",
    ),
    ("oil fell", "Brent petrolün varili [dün|2026-03-09] yüzde 3 düşüşle 70 dolara indi."),
    (
        "tourists rose",
        "Turist sayısı [ocak-şubat döneminde|2026-01/2026-02] yüzde 5 artış gösterdi.",
    ),
    (
        "gold broke a record",
        "Altının onsu [dün|2026-03-09] 3 bin doların üzerine çıkarak rekor kırdı.",
    ),
    ("reserves rose", "Merkez Bankası rezervleri [geçen hafta|2026-W10] 2 milyar dolar arttı."),
    ("the exchange opened up", "Borsa [bugün|2026-03-10] güne yükselişle başladı."),
    ("markets at the open", "Piyasalar [bugün|2026-03-10] açılışta yükseldi."),
    # --- habits and generic statements --------------------------------------------------------
    (
        "a fair held every May",
        "Her yıl [mayıs ayında|2026-05] düzenlenen Ege Kitap Fuarı bölge ekonomisine katkı "
        "sağlıyor.",
    ),
    ("a fair that recurs", "Ege Kitap Fuarı her yıl [mayıs ayında|2026-05] düzenleniyor."),
    ("a fair usually in May", "Ege Kitap Fuarı genellikle [mayısta|2026-05] düzenlenir."),
    (
        "a yearly festival",
        "Her yıl düzenlenen şenlikler köylüleri [yazın|2026-06] bir araya getiriyor.",
    ),
    # --- conditions and wishes ----------------------------------------------------------------
    (
        "if the summit is held",
        "Zirve [haziranda|2026-06] yapılırsa ticaret anlaşması imzalanabilir.",
    ),
    (
        "if a named summit is held",
        "Avrasya Enerji Zirvesi [haziranda|2026-06] yapılırsa ticaret anlaşması imzalanabilir.",
    ),
    (
        "if it can be held",
        "Avrasya Enerji Zirvesi [yarın|2026-03-11] yapılabilirse ateşkes gündeme gelecek.",
    ),
    (
        "in case it is held",
        "Avrasya Enerji Zirvesi'nin [nisanda|2026-04] yapılması halinde anlaşma imzalanacak.",
    ),
    ("wanted an election", "Muhalefet, seçimin [bu yıl|2026] yapılmasını istedi."),
    (
        "wanted a meeting",
        "Muhalefet, Ekonomi Koordinasyon Kurulu toplantısının [12 Mart'ta|2026-03-12] yapılmasını "
        "istedi.",
    ),
    (
        "demanded a meeting",
        "Sendika, Ekonomi Koordinasyon Kurulu toplantısının [12 Mart'ta|2026-03-12] yapılmasını "
        "talep etti.",
    ),
    (
        "a summit is needed",
        "Uzmanlara göre Avrasya Enerji Zirvesi'nin [nisanda|2026-04] yapılması gerekiyor.",
    ),
    ("a cut is needed", "Uzmanlara göre faiz indiriminin [nisanda|2026-04] yapılması gerekiyor."),
    ("a wish", "Keşke Avrasya Enerji Zirvesi [bu ay|2026-03] yapılsa."),
    (
        "a claim",
        "Avrasya Enerji Zirvesi'nin [12 Mart'ta|2026-03-12] yapılacağı iddia edildi.",
    ),
    (
        "a claim by some sources",
        "Bazı kaynaklar, Avrasya Enerji Zirvesi'nin [12 Mart'ta|2026-03-12] yapılacağını "
        "iddia etti.",
    ),
    # --- questions, open questions and denials ------------------------------------------------
    (
        "will the meeting be held",
        "Ekonomi Koordinasyon Kurulu toplantısı [yarın|2026-03-11] yapılacak mı?",
    ),
    ("will the match be played", "Dağspor-Ovaspor maçı [cumartesi|2026-03-14] oynanacak mı?"),
    (
        "held or postponed",
        "Avrasya Enerji Zirvesi [nisanda|2026-04] yapılacak mı, yoksa ertelenecek mi?",
    ),
    (
        "whether it is held is unclear",
        "Avrasya Enerji Zirvesi'nin [12 Mart'ta|2026-03-12] yapılıp yapılmayacağı belli değil.",
    ),
    ("not tomorrow", "Avrasya Enerji Zirvesi [yarın|2026-03-11] yapılacak değil."),
    ("no signing", "Zirvede [dün|2026-03-09] anlaşma imzalanmadı."),
    ("a refusal to attend", "Bakan [yarınki|2026-03-11] toplantıya katılmayacak."),
]

NOT_IN_FEED = [
    (
        "a treaty of 2015",
        "[2015'te|2015] imzalanan Paris İklim Anlaşması sera gazı salımını sınırlıyor.",
    ),
    ("a treaty of 1923", "Bakan, [1923'te|1923] imzalanan Lozan Antlaşması'na atıf yaptı."),
    (
        "a memorandum of 2016",
        "Türkiye, [2016'da|2016] imzalanan Göç Mutabakatı'nın yenilenmesini istiyor.",
    ),
    (
        "a summit of 2019",
        "[2019'da|2019] düzenlenen Avrasya Enerji Zirvesi'nde alınan kararlar hâlâ uygulanmıyor.",
    ),
    (
        "elections of last year",
        "[Geçen yıl|2025] yapılan seçimlerden bu yana fiyatlar iki katına çıktı.",
    ),
    (
        "a referendum of 2016",
        "[2016 yılında|2016] yapılan referandumun ardından İngiltere AB'den ayrıldı.",
    ),
    (
        "a deal of last year",
        "Anlaşma, [geçen yıl|2025] imzalanan ticaret anlaşmasının devamı niteliğinde.",
    ),
    ("recalled talks", "Bakan, [2018'de|2018] yapılan görüşmede anlaşmaya varıldığını hatırlattı."),
    (
        "recalled a summit",
        "Bakan, [2018'de|2018] yapılan Soçi Zirvesi'nde anlaşmaya varıldığını hatırlattı.",
    ),
    (
        "a congress praised",
        "Başkan, [geçen yıl|2025] gerçekleştirilen Dünya Çevre Kongresi'nin başarılı geçtiğini "
        "söyledi.",
    ),
    (
        "a fair recalled",
        "Yetkili, [2022'de|2022] düzenlenen fuarın rekor ziyaretçi çektiğini anımsattı.",
    ),
    (
        "a deal of 2015 in a statement",
        "Bakan, [dün|2026-03-09] yaptığı açıklamada [2015'te|2015] imzalanan anlaşmaya uyulması "
        "gerektiğini söyledi.",
    ),
    (
        "a summit of last month",
        "Erdoğan ile Putin'in [geçen ay|2026-02] Soçi'de yaptığı görüşmede tahıl koridoru ele "
        "alınmıştı.",
    ),
]

STATUS = [
    (
        "released later on the publication day: planned",
        "Enflasyon verileri [bugün saat 10.00'da|2026-03-10T10:00] açıklanacak.",
        [dict(date="2026-03-10", time="10:00", status="planned")],
    ),
    (
        "held later on the publication day: planned",
        "Ekonomi Koordinasyon Kurulu toplantısı [bugün|2026-03-10] Ankara'da yapılacak.",
        [dict(date="2026-03-10", status="planned", location="Ankara")],
    ),
    (
        "a match tonight: planned",
        "Dağspor-Ovaspor maçı [bugün saat 20.00'de|2026-03-10T20:00] oynanacak.",
        [dict(date="2026-03-10", time="20:00", status="planned")],
    ),
    (
        "postponed to a new date: the old slot postponed, the new one planned",
        "[14 Mart'ta|2026-03-14] yapılması planlanan Bahar Konseri [21 Mart'a|2026-03-21] "
        "ertelendi.",
        [
            dict(date="2026-03-14", title="Bahar Konseri", status="postponed"),
            dict(
                date="2026-03-21",
                title="Bahar Konseri",
                status="planned",
                confidence_reasons=["named", "date-attached", "status-verb"],
            ),
        ],
    ),
    (
        "was to be held but postponed",
        "Avrasya Enerji Zirvesi [12 Mart'ta|2026-03-12] yapılacaktı ancak ertelendi.",
        [dict(date="2026-03-12", status="postponed")],
    ),
    (
        "cancelled",
        "[20 Mart'ta|2026-03-20] yapılacak Ege Müzik Festivali iptal edildi.",
        [dict(date="2026-03-20", title="Ege Müzik Festivali", status="cancelled")],
    ),
    (
        "was to be held but cancelled",
        "Ekonomi Koordinasyon Kurulu toplantısı [yarın|2026-03-11] yapılacaktı, ancak iptal "
        "edildi.",
        [dict(date="2026-03-11", status="cancelled")],
    ),
    (
        "will not be held: cancelled",
        "Bahar Konseri [bu akşam|2026-03-10] yapılmayacak.",
        [dict(date="2026-03-10", status="cancelled")],
    ),
    (
        "was not held: cancelled, not held",
        "Ekonomi Koordinasyon Kurulu toplantısı [dün|2026-03-09] yapılmadı.",
        [dict(date="2026-03-09", status="cancelled")],
    ),
    (
        "a match that was not played",
        "Dağspor-Ovaspor maçı [pazar günü|2026-03-08] oynanmadı.",
        [dict(date="2026-03-08", status="cancelled")],
    ),
    (
        "proposed by one side",
        "Bakan, Enerji Zirvesi'nin [mayısta|2026-05] İstanbul'da yapılmasını önerdi.",
        [dict(date="2026-05", status="proposed", location="İstanbul")],
    ),
    (
        "offered by one side",
        "Fransa, Avrasya Enerji Zirvesi'nin [12 Mart'ta|2026-03-12] Paris'te yapılmasını "
        "teklif etti.",
        [dict(date="2026-03-12", status="proposed", location="Paris")],
    ),
    (
        "held (passive past of 'carry out')",
        "Ekonomi Koordinasyon Kurulu toplantısı [dün|2026-03-09] Ankara'da gerçekleştirildi.",
        [dict(date="2026-03-09", status="held", location="Ankara")],
    ),
    (
        "held, told in the evidential past",
        "Avrasya Enerji Zirvesi [dün|2026-03-09] Bakü'de yapılmış.",
        [dict(date="2026-03-09", status="held", location="Bakü")],
    ),
    (
        "held, told as reported",
        "Avrasya Enerji Zirvesi'nin [dün|2026-03-09] Bakü'de yapıldığı bildirildi.",
        [dict(date="2026-03-09", status="held")],
    ),
    (
        "a meeting told in the past of a statement is held",
        "Bakan, [dün|2026-03-09] yapılan Ekonomi Koordinasyon Kurulu toplantısında alınan "
        "kararları anlattı.",
        [dict(date="2026-03-09", status="held")],
    ),
    (
        "a refusal to attend leaves the meeting planned",
        "Bakan [yarınki|2026-03-11] Ekonomi Koordinasyon Kurulu toplantısına katılmayacak.",
        [dict(date="2026-03-11", status="planned")],
    ),
    (
        "a held meeting keeps its status when a condition follows",
        "Ekonomi Koordinasyon Kurulu toplantısı [dün|2026-03-09] yapıldı; uzlaşma sağlanırsa "
        "yasa çıkacak.",
        [dict(date="2026-03-09", status="held")],
    ),
    (
        "a named side in the comitative is a match",
        "Dağspor, [pazar günü|2026-03-15] deplasmanda Ovaspor'la karşılaşacak.",
        [dict(date="2026-03-15", status="planned")],
    ),
    (
        "two named sides joined by ile are a match",
        "Dağspor ile Ovaspor [pazar günü|2026-03-15] karşılaşacak.",
        [dict(date="2026-03-15", title="Dağspor ile Ovaspor maçı", status="planned")],
    ),
    (
        "an election of an office is an election",
        "Kulübün başkanlık seçimi [12 Nisan'da|2026-04-12] yapılacak.",
        [dict(date="2026-04-12", status="planned")],
    ),
    (
        "announced, not claimed: planned",
        "Bakan, Avrasya Enerji Zirvesi'nin [12 Mart'ta|2026-03-12] yapılacağını açıkladı.",
        [dict(date="2026-03-12", status="planned")],
    ),
    (
        "a knockout round is a round",
        "Kupada eleme turu [12 Mart'ta|2026-03-12] oynanacak.",
        [dict(date="2026-03-12", title="Eleme turu", status="planned")],
    ),
    (
        "a panel on a topic is a panel",
        "Sağlıkta dönüşüm paneli [12 Mart'ta|2026-03-12] Ankara'da düzenlenecek.",
        [dict(date="2026-03-12", status="planned", location="Ankara")],
    ),
    (
        "a named summit of congress tourism is a summit",
        "İstanbul, Dünya Kongre Turizmi Zirvesi'ne [12 Kasım'da|2026-11-12] ev sahipliği yapacak.",
        [dict(date="2026-11-12", title="Dünya Kongre Turizmi Zirvesi", status="planned")],
    ),
    (
        "a yearly fair with this year's date is an event",
        "Her yıl düzenlenen Ege Kitap Fuarı bu yıl [12 Mayıs'ta|2026-05-12] açılacak.",
        [dict(date="2026-05-12", status="planned")],
    ),
]


def _ids(table: list) -> list[str]:
    return [row[0] for row in table]


def test_names_are_unique():
    names = _ids(NO_EVENT) + _ids(NOT_IN_FEED) + _ids(STATUS) + _ids(FURNITURE)
    assert len(names) == len(set(names))


def test_there_are_sixty_sentences_without_an_event_sense_at_least():
    assert len(NO_EVENT) + len(NOT_IN_FEED) + len(FURNITURE) >= 60


@pytest.mark.parametrize(("name", "text"), NO_EVENT, ids=_ids(NO_EVENT))
def test_no_event(name, text):
    events = extract(text, P)
    assert [(e.date, e.title, e.status) for e in events] == []


def test_a_payment_of_holiday_bonuses_is_a_payment_not_a_holiday():
    """``bayram`` modifying ``ikramiye`` names no holiday; paid into accounts on a day, the
    bonuses are a payment (issue 13 point 1: support-payment schedules)."""
    text = "Emeklilerin bayram ikramiyeleri [16 Mart'ta|2026-03-16] hesaplara yatırılacak."
    assert [(e.date, e.type, e.status) for e in extract(text, P)] == [
        ("2026-03-16", "payment", "planned")
    ]


@pytest.mark.feed_threshold
@pytest.mark.parametrize(("name", "text"), NOT_IN_FEED, ids=_ids(NOT_IN_FEED))
def test_a_reference_to_the_past_is_no_feed_event_of_the_day(name, text):
    threshold = feed_min_confidence()
    events = extract(text, P)
    wrong = [
        (e.date, e.title, e.status, e.confidence)
        for e in events
        if e.in_feed(threshold) or e.date == P or e.status != "held"
    ]
    assert wrong == []


@pytest.mark.parametrize(("name", "text", "expected"), STATUS, ids=_ids(STATUS))
def test_status(name, text, expected):
    assert_events([e.to_json() for e in extract(text, P)], expected, JSON)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ekonomi Koordinasyon Kurulu [aralık ayında|2026-12] toplanıyor.", "2026-12"),
        ("Ekonomi Koordinasyon Kurulu toplantısı [2027'de|2027] yapılıyor.", "2027"),
        ("Ekonomi Koordinasyon Kurulu toplantısı [yarın|2026-03-11] yapılıyor.", "2026-03-11"),
    ],
)
def test_a_present_tense_of_a_later_month_or_year_is_planned(text, date):
    """``aralık ayında toplanıyor`` in March: the present tense speaks of the future."""
    assert [(e.date, e.status) for e in extract(text, P)] == [(date, "planned")]


def test_a_present_tense_of_the_current_month_stays_held():
    events = extract("Ekonomi Koordinasyon Kurulu toplantısı [mart ayında|2026-03] yapılıyor.", P)
    assert [(e.date, e.status) for e in events] == [("2026-03", "held")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[2015'te|2015] imzalanan Paris İklim Anlaşması sera gazı salımını sınırlıyor.",
            ("2015", "Paris İklim Anlaşması'nın imzalanması", "held"),
        ),
        (
            "Bakan, [1923'te|1923] imzalanan Lozan Antlaşması'na atıf yaptı.",
            ("1923", "Lozan Antlaşması'nın imzalanması", "held"),
        ),
        (
            "[Yarın|2026-03-11] imzalanacak Serbest Ticaret Anlaşması ile gümrük vergileri "
            "kalkacak.",
            ("2026-03-11", "Serbest Ticaret Anlaşması'nın imzalanması", "planned"),
        ),
    ],
)
def test_a_participle_is_titled_by_the_name_after_it(text, expected):
    """``imzalanan Paris İklim Anlaşması``: what was signed, not the place in its name."""
    assert [(e.date, e.title, e.status) for e in extract(text, P)] == [expected]


@pytest.mark.feed_threshold
@pytest.mark.parametrize(
    ("text", "in_feed"),
    [
        ("Kurban Bayramı'nda köprü ve otoyollar [26 Mayıs'ta|2026-05-26] ücretsiz olacak.", False),
        ("Yılbaşı [31 Aralık'ta|2026-12-31] kutlanacak.", False),
        ("Kurban Bayramı [27 Mayıs'ta|2026-05-27] başlayacak.", True),
        ("Yılbaşı [1 Ocak'ta|2027-01-01] kutlanacak.", True),
    ],
)
def test_a_holiday_off_its_own_days_stays_out_of_the_feed(text, in_feed):
    """A holiday's name dated on a day the holiday data says is not its own frames another
    happening's day (``holiday-off-day``); on its own days it keeps its support."""
    (event,) = extract(text, P)
    assert event.in_feed(feed_min_confidence()) is in_feed, event.confidence_reasons


# Page furniture and sentences read by the tagger too: (name, article, (date, status) of the
# events expected).
FURNITURE = [
    (
        "an agency dateline",
        "Zirve hazırlıkları sürüyor\n\nANKARA (AA) - Avrasya Enerji Zirvesi'nin hazırlıkları "
        "sürüyor. Bakanlık yetkilileri çalışmaları anlattı.",
        [],
    ),
    (
        "a dateline with the day",
        "Zirve hazırlıkları sürüyor\n\nİSTANBUL, 10 Mart - Avrasya Enerji Zirvesi'nin "
        "hazırlıkları sürüyor.",
        [],
    ),
    (
        "entry and update stamps with weekdays",
        "Zirve hazırlıkları sürüyor\nGiriş: 10 Mart 2026, Salı 09:12 Güncelleme: 10 Mart 2026, "
        "Salı 11:40\nAvrasya Enerji Zirvesi'nin hazırlıkları sürüyor.",
        [],
    ),
    (
        "entry and update stamps in digits",
        "Zirve hazırlıkları sürüyor\nGiriş: 10.03.2026 09:12 | Güncelleme: 10.03.2026 11:40\n"
        "Avrasya Enerji Zirvesi için hazırlıklar tamamlanmak üzere.",
        [],
    ),
    (
        "a tweet stamp after a match",
        "Kulüp açıklama yaptı\n\nKulüp, taraftarlarına teşekkür etti.\nHarika bir maçtı "
        "pic.twitter.com/abc — Dağspor (@dagspor) 8 Mart 2026\nTakım yarın antrenmana çıkacak.",
        [],
    ),
    (
        "a tweet stamp after a meeting",
        "Toplantı sonrası açıklama\n\nBakan toplantı sonrası paylaşım yaptı.\nVerimli bir "
        "toplantı oldu. pic.twitter.com/xyz — Ali Kaya (@alikaya) 9 Mart 2026\nAçıklamada başka "
        "bilgi verilmedi.",
        [],
    ),
    (
        "a publication stamp over a fair's opening",
        "Fuar kapılarını açtı\nYayın Tarihi: 10.03.2026 08:00\nEge Kitap Fuarı kapılarını "
        "ziyaretçilere açtı.",
        [],
    ),
    (
        "a market wrap",
        "Borsa güne yükselişle başladı\n\nBorsa İstanbul'da BIST 100 endeksi güne yüzde 1 "
        "yükselişle başladı. Dolar/TL 36,20'den işlem görüyor.",
        [],
    ),
    (
        "exports and a forecast",
        "İhracat rekor kırdı\n\nİhracat şubat ayında geçen yılın aynı ayına göre yüzde 8 "
        "artarak rekor kırdı. Bakan, ihracatın mart ayında da artacağını söyledi.",
        [],
    ),
    (
        "gold at its peak",
        "Altın zirvede\n\nAltının onsu dün tüm zamanların zirvesini gördü. Analistler, zirvenin "
        "bu hafta da korunabileceğini söylüyor.",
        [],
    ),
    (
        "an early election wished for",
        "Seçim tarihi tartışılıyor\n\nMuhalefet, erken seçimin haziranda yapılmasını istedi.",
        [],
    ),
    (
        "a drought met",
        "Çiftçiler zor durumda\n\nÇiftçiler bu yıl ciddi bir kuraklıkla karşılaştı. Yetkililer "
        "önlem alınacağını söyledi.",
        [],
    ),
    (
        "queues met at an airport",
        "Yolcular mağdur\n\nİstanbul Havalimanı'nda yolcular dün uzun kuyruklarla karşılaştı.",
        [],
    ),
    (
        "choosing shares, read whole",
        "Hisse seçimi zorlaştı\n\nYatırımcılar dün hisse seçiminde temkinli davrandı. Uzmanlar, "
        "hisse seçiminin bu yıl zorlaşacağını söyledi.",
        [],
    ),
    (
        "a fair held every year in May, read whole",
        "Fuar hazırlığı\n\nHer yıl mayıs ayında düzenlenen Ege Kitap Fuarı bölge ekonomisine "
        "katkı sağlıyor.",
        [],
    ),
    (
        "a match tonight, read whole",
        "Maç ne zaman?\n\nDağspor-Ovaspor maçı 10 Mart Salı günü saat 20.00'de oynanacak.",
        [("2026-03-10", "planned")],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), FURNITURE, ids=_ids(FURNITURE))
def test_page_furniture_and_whole_articles(name, text, expected):
    when = datetime.fromisoformat(P).replace(tzinfo=ZoneInfo("Europe/Istanbul"))
    analysis = analyse(parse_text(text, "senses.txt", published=when, key=f"senses:{name}"))
    assert [(e.date, e.status) for e in analysis.events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a yearly season or month other than the publication's: the happening recurs then
        ("Şenlik\n\nHer yıl sonbaharda düzenlenen Yayla Şenliği köylüleri buluşturuyor.", []),
        ("Pazar\n\nHer yıl ağustos ayında kurulan Kuzu Pazarı ilgi görüyor.", []),
    ],
)
def test_recurring_season_is_not_held_today(text, expected):
    when = datetime.fromisoformat(P).replace(tzinfo=ZoneInfo("Europe/Istanbul"))
    analysis = analyse(parse_text(text, "senses.txt", published=when, key=f"recur:{text[:9]}"))
    assert [(e.date, e.status) for e in analysis.events] == expected
