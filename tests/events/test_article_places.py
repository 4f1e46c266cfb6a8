"""Places told outside the event's sentence, in short articles written for these tests
(a headline, two to five sentences): the same happening told in the sentence before or after
with its place (``Kitap fuarı Kars'ta düzenlenecek. Kitap fuarı 12 Mart'ta açılacak.``,
``… görüşecek. Görüşme Soçi'de yapılacak.``), the one city a headline puts the story in, a
dateline; and the traps: a second city for another happening (past, dated otherwise, with
other people, or two sentences away), the home of a visitor, an agency's dateline in another
city than the event, a foreign event reported from Ankara, a headline naming two cities.

Each case is ``(article, location)``: the article has one event on 12 March 2026 (the date
marked ``[as written|TIMEX3 value]``), published on 10 March, and ``location`` is the place a
reader gives it (``None``: none).
"""

from __future__ import annotations

import pytest
from eventkit import extract

D = "[12 Mart'ta|2026-03-12]"

# the same happening told before, placed there (kind noun repeated)
TOLD_BEFORE = [
    (
        "Zirve Bakü'de toplanacak\n"
        f"Türk Devletleri Teşkilatı zirvesi bu yıl Bakü'de toplanacak. Zirve {D} başlayacak.",
        "Bakü",
    ),
    (
        "Fuar kapılarını açıyor\n"
        f"Uluslararası kitap fuarı Kars'ta düzenlenecek. Kitap fuarı {D} ziyaretçilere "
        "açılacak.",
        "Kars",
    ),
    (
        "Festival hazırlıkları sürüyor\n"
        f"Caz festivali bu yıl da İzmir'de yapılacak. İzmir Caz Festivali {D} başlayacak ve üç "
        "gün sürecek.",
        "İzmir",
    ),
    (
        "Sergi açılıyor\n"
        "Genç ressamların sergisi İstanbul'daki Pera Müzesi'nde açılacak. Genç Ressamlar "
        f"Sergisi {D} ziyaretçilerle buluşacak.",
        "Pera Müzesi, İstanbul",
    ),
    (
        "Konser için geri sayım\n"
        "Ünlü orkestranın konseri Ankara'da verilecek. Cumhurbaşkanlığı Senfoni "
        f"Orkestrası'nın konseri {D} saat 20.00'de başlayacak.",
        "Ankara",
    ),
    (
        "Kongre toplanıyor\n"
        "Türk Kardiyoloji Derneği'nin kongresi Antalya'da düzenlenecek. Ulusal Kardiyoloji "
        f"Kongresi {D} başlayacak.",
        "Antalya",
    ),
]


# the subject continues in the next sentence
CONTINUED = [
    (
        "Liderler Cenevre'de buluşacak\n"
        "Avrupa liderleri Cenevre'de bir araya gelecek. Almanya Başbakanı Friedrich Merz ile "
        f"Fransa Cumhurbaşkanı Emmanuel Macron {D} enerji krizini görüşecek.",
        "Cenevre",
    ),
    (
        "Bakanlar toplantısı\n"
        "NATO dışişleri bakanları Brüksel'de toplanacak. NATO Dışişleri Bakanları Toplantısı "
        f"{D} başlayacak.",
        "Brüksel",
    ),
]


# the headline's one locative city places the article's main event
HEADLINE = [
    (
        "Erdoğan Soçi'de Putin'le görüşecek\n"
        f"Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin ile {D} bir araya gelecek.",
        "Soçi",
    ),
    (
        f"Türkiye'de grev\nEğitim sendikasının grevi {D} başlayacak.",
        "Türkiye",
    ),
    (
        "Türkiye'nin en büyük forumu Antalya'da\n"
        f"Turizm forumu {D} kapılarını açacak. Foruma sektör temsilcileri katılacak.",
        "Antalya",
    ),
    (
        "Bakü'de iklim zirvesi\n"
        f"İklim zirvesi {D} başlayacak. Zirveye 150 ülkeden temsilci katılacak.",
        "Bakü",
    ),
    (
        "Öğretmenler Kars'ta iş bırakıyor\n"
        f"Eğitim sendikası üyeleri {D} iş bırakacak. Sendika kararı [dün|2026-03-09] açıkladı.",
        "Kars",
    ),
    (
        "Lahey'de NATO zirvesi\n"
        f"İttifak liderleri {D} yapılacak zirvede savunma harcamalarını görüşecek.",
        "Lahey",
    ),
    (
        "Antalya'da turizm forumu\n"
        f"Turizm forumu {D} kapılarını açacak. Foruma sektör temsilcileri katılacak.",
        "Antalya",
    ),
]


# a dateline places a local event
DATELINE = [
    (
        "Belediye meclisi toplanıyor\n"
        f"KARS (AA) - Kars Belediye Meclisi {D} olağanüstü toplanacak. Toplantıda bütçe "
        "görüşülecek.",
        "Kars Belediye Meclisi, Kars",
    ),
]


# a venue named once; nothing places the event
UNPLACED = [
    (
        "Tiyatro festivali başlıyor\n"
        "Festival kapsamında oyunlar Atatürk Kültür Merkezi'nde sahnelenecek. Anadolu Tiyatro "
        f"Festivali {D} başlayacak.",
        None,
    ),
    (
        "Yönetim kurulu toplanıyor\n"
        f"Aksa Enerji genel kurul toplantısı {D} yapılacak. Toplantıda temettü kararı "
        "görüşülecek.",
        None,
    ),
    (
        f"Haber Merkezi\nHaber Merkezi - Sendika {D} iş bırakma eylemi yapacak.",
        None,
    ),
    (
        "Kurul toplantısı\n"
        f"Kurul {D} toplanacak. Kurulun üyeleri geçen hafta İstanbul'dan Ankara'ya taşındı.",
        None,
    ),
]


# traps: a second city for another happening
OTHER_HAPPENING = [
    (
        "Bakan Kaya'nın yoğun haftası\n"
        f"Bakan Kaya [dün|2026-03-09] İzmir'de bir fuarı açtı. Kaya {D} Bakü'deki zirveye "
        "katılacak.",
        "Bakü",
    ),
    (
        "Zirve takvimi\n"
        "[Geçen yılki|2025] zirve Astana'da yapılmıştı. Bu yılki Türk Devletleri Teşkilatı "
        f"zirvesi {D} başlayacak.",
        None,
    ),
    (
        "Sendikadan iki eylem\n"
        f"Sendika [geçen ay|2026-02] İzmir'de miting yaptı. Sendika {D} Birlik Mitingi "
        "düzenleyecek.",
        None,
    ),
    (
        "Kulüp yönetimi toplanıyor\n"
        "Kulübün başkanı [dün|2026-03-09] Trabzon'da taraftarlarla buluştu. Trabzonspor "
        f"Kulübü Divan Kurulu toplantısı {D} yapılacak.",
        None,
    ),
    (
        "Forum öncesi hazırlık\n"
        f"Hazırlık toplantısı [dün|2026-03-09] Ankara'da yapıldı. Ekonomi forumu {D} "
        "başlayacak.",
        None,
    ),
]


# traps: the home of a visitor
VISITOR_HOME = [
    (
        "Macaristan Başbakanı Türkiye'ye geliyor\n"
        f"Budapeşte'den yola çıkacak Başbakan Orban {D} Ankara'yı ziyaret edecek.",
        "Ankara",
    ),
    (
        "Alman bakan geliyor\n"
        f"Almanya Ekonomi Bakanı {D} Türkiye'ye resmi bir ziyaret gerçekleştirecek. Bakan "
        "Berlin'de gazetecilere açıklama yaptı.",
        "Türkiye",
    ),
    (
        f"İranlı heyet Ankara'da\nTahran'dan gelen heyet {D} Ankara'da bir toplantı yapacak.",
        "Ankara",
    ),
]


# traps: the dateline of an agency in another city than the event
AGENCY_DATELINE = [
    (
        "Almanya'da grev\n"
        "ANKARA (AA) - Almanya'daki metal işçileri sendikası ücret görüşmelerinin sonuçsuz "
        f"kalması üzerine grev kararı aldı. IG Metall sendikasının grevi {D} başlayacak.",
        "Almanya",
    ),
    (
        f"Almanya'da grev\nANKARA (AA) - Metal işçileri sendikasının grevi {D} başlayacak.",
        "Almanya",
    ),
    (
        f"NATO toplantısı\nİSTANBUL (AA) - NATO dışişleri bakanları {D} Brüksel'de toplanacak.",
        "Brüksel",
    ),
    (
        "Avrupa Birliği zirvesi\n"
        f"ANKARA (AA) - Avrupa Birliği liderleri {D} Brüksel'de bir araya gelecek. Zirvede göç "
        "konusu ele alınacak.",
        "Brüksel",
    ),
    (
        "Fransa'da seçim\n"
        f"ANKARA (AA) - Fransa'da yerel seçimler {D} yapılacak. Seçimde 40 milyon seçmen oy "
        "kullanacak.",
        "Fransa",
    ),
]


# a foreign event reported from Ankara
REPORTED_FROM_ANKARA = [
    (
        f"Japonya'da konser\nANKARA (AA) - Türk piyanist {D} Tokyo'da konser verecek.",
        "Tokyo",
    ),
    (
        "Dışişleri Bakanı Fidan Londra'da\n"
        f"ANKARA (AA) - Dışişleri Bakanı Hakan Fidan, {D} İngiliz mevkidaşıyla görüşecek. "
        "Fidan, Londra'da temaslarda bulunacak.",
        "Londra",
    ),
    (
        "Bakan Brüksel'e gidiyor\n"
        f"ANKARA (AA) - Ticaret Bakanı {D} Brüksel'e gidecek. Bakan, Brüksel'de AB "
        "yetkilileriyle görüşecek.",
        "Brüksel",
    ),
]


# the story follows someone abroad (a visit to a city in another country in the sentence
# before or after): the reporter's city is not where the gathering is; a place abroad in the
# dative that no one travels to (exports) leaves the dateline its gathering
TRAVELS_ABROAD = [
    (
        "Vali Berlin yolcusu\n"
        "SAMSUN (AA) - Vali Nuri Aksoy [yarın|2026-03-11] Berlin'e gidecek. Aksoy, "
        f"{D} sanayicilerle bir toplantı yapacak.",
        None,
    ),
    (
        "Rektör Viyana yolunda\n"
        "ERZURUM (AA) - Rektör Selda Ateş [yarın|2026-03-11] Viyana'ya gidecek. Ateş, "
        f"{D} Avusturyalı akademisyenlerle bir çalıştay düzenleyecek.",
        None,
    ),
    (
        "Tarım fuarı açılıyor\n"
        f"MANİSA (AA) - Tarım fuarı {D} kapılarını açacak. Fuara Hollanda'ya fide ihraç eden "
        "üreticiler de katılacak.",
        "Manisa",
    ),
]


# headline names two cities: no guess; the headline's city in a theme, not a locative
HEADLINE_NONE = [
    (
        f"Almanya'nın en büyük forumu Antalya'da\nTurizm forumu {D} kapılarını açacak.",
        None,
    ),
    (
        f"Ankara ve İzmir'de etkinlik\nBelediye {D} Bahar Konseri düzenleyecek.",
        None,
    ),
    (
        f"İstanbul depremi konuşulacak\nUzmanlar {D} Deprem Paneli düzenleyecek.",
        None,
    ),
]


# the next sentence places the dated meeting
TOLD_AFTER = [
    (
        "Erdoğan ile Putin görüşecek\n"
        f"Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin ile {D} görüşecek. Görüşme Soçi'de "
        "yapılacak.",
        "Soçi",
    ),
    (
        "Liderler zirvesi\n"
        f"Türk Devletleri Teşkilatı Liderler Zirvesi {D} yapılacak. Zirve Gebze'de "
        "düzenlenecek.",
        "Gebze, Kocaeli",
    ),
    (
        "Bakanlar toplantısı\n"
        f"ANKARA (AA) - Dışişleri Bakanı Fidan {D} Körfez ülkelerinin bakanlarıyla bir araya "
        "gelecek. Toplantı Doha'da yapılacak.",
        "Doha",
    ),
]


# a meeting of the past in another city is not the planned one
PAST_MEETING = [
    (
        "İkinci tur görüşmeler\n"
        "Taraflar ilk görüşmeyi [geçen ay|2026-02] İstanbul'da yapmıştı. Bakan Ahmet Kaya ile "
        f"Irak Dışişleri Bakanı Fuad Hüseyin {D} yeniden bir araya gelecek.",
        None,
    ),
    (
        "Ticaret görüşmesi\n"
        f"Bakan Kaya, Pekin'de yapılan görüşmeye katıldı. Bakan Kaya {D} Çin Ticaret Bakanı "
        "Wang Wentao ile görüşecek.",
        None,
    ),
]


# another meeting of the same kind, with other people or two sentences away
ANOTHER_MEETING = [
    (
        "Erdoğan Soçi'de Putin ile görüşecek\n"
        f"Cumhurbaşkanı Erdoğan {D} Almanya Başbakanı Friedrich Merz ile görüşecek.",
        None,
    ),
    (
        "Erdoğan'ın diplomasi trafiği\n"
        f"Erdoğan, Putin ile Soçi'de görüşecek. Cumhurbaşkanı Erdoğan {D} Almanya Başbakanı "
        "Friedrich Merz ile görüşecek.",
        None,
    ),
    (
        "Fuar takvimi\n"
        f"Kitap fuarı Kars'ta düzenlenecek. Fuara 200 yayınevi katılacak. Kitap fuarı {D} "
        "ziyaretçilere açılacak.",
        None,
    ),
]


# a part of a happening told by its owner in the genitive is where that happening is; a
# person's genitive owns no happening, and two places of one name place no part
PARTS = [
    (
        "Fuar başlıyor\n"
        "Kitap Fuarı [10 Mart'ta|2026-03-10] Kars'ta kapılarını açacak. Fuarın ödül töreni "
        f"{D} yapılacak.",
        "Kars",
    ),
    (
        "Festival başlıyor\n"
        "Anadolu Caz Festivali [10 Mart'ta|2026-03-10] Kars'ta başlayacak. Festivalin kapanış "
        f"konseri {D} verilecek.",
        "Kars",
    ),
    (
        "Zirve sona eriyor\n"
        "Türk Devletleri Teşkilatı Zirvesi [10 Mart'ta|2026-03-10] Bakü'de başlayacak. "
        f"Liderlerin katılacağı Türk Devletleri Teşkilatı Zirvesi {D} sona erecek.",
        "Bakü",
    ),
    (
        "Erdoğan'ın diplomasi trafiği\n"
        "Cumhurbaşkanı Erdoğan [10 Mart'ta|2026-03-10] Soçi'de Rusya Devlet Başkanı Vladimir "
        f"Putin ile görüşecek. Erdoğan'ın ziyareti {D} başlayacak.",
        None,
    ),
    (
        "İki fuar\n"
        "Kitap fuarları [10 Mart'ta|2026-03-10] Kars'ta ve Van'da kapılarını açacak. Fuarın "
        f"açılış töreni {D} yapılacak.",
        None,
    ),
]


# a sentence that opens with a word telling the event again ("Etkinlik") gives its place; not
# two towns, not a word in another case, not a dated sentence of the past
EVENT_WORD = [
    (
        f"Caz festivali\nAnadolu Caz Festivali {D} başlayacak. Etkinlik Kars'ta yapılacak.",
        "Kars",
    ),
    (
        "Caz festivali\n"
        "Etkinlik, Kars'taki Atatürk Kültür Merkezi'nde yapılacak. Anadolu Caz Festivali "
        f"{D} başlayacak.",
        "Atatürk Kültür Merkezi, Kars",
    ),
    (
        f"Caz festivali\nAnadolu Caz Festivali {D} başlayacak. Etkinlik Kars ve Van'da yapılacak.",
        None,
    ),
    (
        "Caz festivali\n"
        f"Anadolu Caz Festivali {D} başlayacak. Etkinlikte Kars'taki sanatçılar sahne alacak.",
        None,
    ),
    (
        "Caz festivali\n"
        f"Anadolu Caz Festivali {D} başlayacak. Etkinlik [geçen yıl|2025] Van'da yapılmıştı.",
        None,
    ),
]


ARTICLES = (
    TOLD_BEFORE
    + CONTINUED
    + HEADLINE
    + DATELINE
    + UNPLACED
    + OTHER_HAPPENING
    + VISITOR_HOME
    + AGENCY_DATELINE
    + REPORTED_FROM_ANKARA
    + TRAVELS_ABROAD
    + HEADLINE_NONE
    + TOLD_AFTER
    + PAST_MEETING
    + ANOTHER_MEETING
    + PARTS
    + EVENT_WORD
)


@pytest.mark.parametrize(("text", "location"), ARTICLES, ids=[t for t, _ in ARTICLES])
def test_the_article_places_its_event(text, location):
    events = [e for e in extract(text, "2026-03-10") if e.date == "2026-03-12"]
    assert [e.location for e in events] == [location]


def test_the_articles_are_many_and_a_third_of_them_traps():
    traps = OTHER_HAPPENING + VISITOR_HOME + AGENCY_DATELINE + HEADLINE_NONE + PAST_MEETING
    traps += ANOTHER_MEETING + TRAVELS_ABROAD[:2]
    traps += [case for case in PARTS + EVENT_WORD if case[1] is None]
    assert len(ARTICLES) >= 30
    assert len(traps) >= len(ARTICLES) // 3
