"""The place of the event itself, in sentences written for these tests: how Turkish news places
an event (the locative on the event or its verb, a venue in a city, the destination of a visit,
a host, a dateline), what is no place of it (the theme, an origin, a company's seat, an
ambassador's post, a person named like a town, an online meeting) and the places of the world
and of Türkiye in their Turkish spelling and case forms.

Each case is ``(sentence, location)``: the sentence has one event on 12 March 2026 (the date
marked ``[as written|TIMEX3 value]``), and ``location`` is the place it must have (``None``:
none).
"""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.events.lexicon import lexicon
from timeline.events.mentions import find_places
from timeline.events.place_choice import PLACE_PREFERENCE
from timeline.events.tokens import tokenize

D = "[12 Mart'ta|2026-03-12]"
HEADLINE = "Kurul yeni dönemi açtı\n"

LOCATIVE = [
    (f"Ankara'da düzenlenen zirve {D} sona erdi.", "Ankara"),
    (f"Bakü'deki zirve {D} başlayacak.", "Bakü"),
    (f"NATO zirvesi {D} Lahey'de yapılacak.", "Lahey"),
    (f"Türk Devletleri Teşkilatı zirvesi {D} Semerkant'ta toplanacak.", "Semerkant"),
    (f"Forum {D} Antalya'da kapılarını açacak.", "Antalya"),
    (f"Liderler {D} Cenevre'de bir araya gelecek.", "Cenevre"),
    (f"Bakanlar {D} Brüksel'de toplanacak.", "Brüksel"),
    (f"Konferans {D} Yeni Delhi'de başlayacak.", "Yeni Delhi"),
    (f"Görüşme {D} Vaşington'da yapılacak.", "Washington"),
    (f"Fuar {D} Kopenhag'da açılacak.", "Kopenhag"),
    (f"Sendika {D} Türkiye genelinde grev yapacak.", "Türkiye"),
]

VENUES = [
    (f"Zirve {D} İstanbul Kongre Merkezi'nde yapılacak.", "İstanbul Kongre Merkezi, İstanbul"),
    (f"Kars'taki Atatürk Kültür Merkezi'nde {D} konser verilecek.", "Atatürk Kültür Merkezi, Kars"),
    (
        f"Ödül töreni {D} İzmir'deki Ahmet Adnan Saygun Sanat Merkezi'nde yapılacak.",
        "Ahmet Adnan Saygun Sanat Merkezi, İzmir",
    ),
    (f"Panel {D} Ankara Üniversitesi'nde düzenlenecek.", "Ankara Üniversitesi, Ankara"),
    (f"Sergi {D} İstanbul'daki Pera Müzesi'nde açılacak.", "Pera Müzesi, İstanbul"),
    (
        f"Tören {D} Ankara'daki Cumhurbaşkanlığı Külliyesi'nde düzenlenecek.",
        "Cumhurbaşkanlığı Külliyesi, Ankara",
    ),
    (
        f"Cumhurbaşkanı Erdoğan {D} Dolmabahçe Sarayı'nda Rusya Devlet Başkanı Vladimir Putin "
        "ile görüşecek.",
        "Dolmabahçe Sarayı, İstanbul",
    ),
    # a company's facility, named in lower case after the company, in the place before it
    (
        f"Grev {D} Kocaeli Gebze'deki Kuzey Cam fabrikasında başlayacak.",
        "Kuzey Cam fabrikası, Gebze",
    ),
    (f"Tören {D} Kars'taki Doğu Enerji santralinde yapılacak.", "Doğu Enerji santrali, Kars"),
    # a municipality or governorate in the locative names its town, known or not
    (f"Toplantı {D} Kars Valiliği'nde yapılacak.", "Kars"),
    (f"Anma töreni {D} Yeşilkent Belediyesinde düzenlenecek.", "Yeşilkent"),
    # quarters of a city that the news names as places
    (f"Erdoğan {D} Beştepe'de Aliyev ile görüşecek.", "Beştepe, Ankara"),
    (f"Miting {D} Kızılay'da yapılacak.", "Kızılay, Ankara"),
    # seats of government, in their capital
    (f"Erdoğan, {D} Kremlin'de Putin ile görüşecek.", "Kremlin, Moskova"),
    (
        f"Cumhurbaşkanı Erdoğan {D} Beyaz Saray'da ABD Başkanı Donald Trump ile görüşecek.",
        "Beyaz Saray, Washington",
    ),
    # a day's number and month open a venue's name
    (
        f"Final maçı {D} Ankara'daki 19 Mayıs Stadyumu'nda oynanacak.",
        "19 Mayıs Stadyumu, Ankara",
    ),
    (f"Kupa maçı {D} Kars 4 Eylül Stadı'nda oynanacak.", "Kars 4 Eylül Stadı, Kars"),
    # courts and prisons are venues; an ordinal stands inside a court's name
    (
        f"Davanın duruşması {D} Ankara 42. Asliye Hukuk Mahkemesi'nde görülecek.",
        "Ankara 42. Asliye Hukuk Mahkemesi, Ankara",
    ),
    (
        f"Davanın duruşması {D} Kars Ağır Ceza Mahkemesi'nde görülecek.",
        "Kars Ağır Ceza Mahkemesi, Kars",
    ),
    (f"Davanın duruşması {D} Silivri Cezaevi'nde görülecek.", "Silivri Cezaevi, İstanbul"),
    (
        f"Davanın duruşması {D} İstanbul Çağlayan Adliyesi'nde görülecek.",
        "İstanbul Çağlayan Adliyesi, İstanbul",
    ),
]

VISITS = [
    (f"Cumhurbaşkanı Recep Tayyip Erdoğan {D} Moskova'ya gidecek.", "Moskova"),
    (f"Bakan Ahmet Kaya {D} Berlin'e resmi bir ziyaret gerçekleştirecek.", "Berlin"),
    (f"Başbakan {D} Tokyo'yu ziyaret edecek.", "Tokyo"),
    (f"Macaristan Başbakanı {D} Türkiye'ye resmi ziyarette bulunacak.", "Türkiye"),
    (f"Dışişleri Bakanı Hakan Fidan {D} ABD'ye gidecek.", "ABD"),
    (
        f"Bakan {D} Birleşik Arap Emirlikleri'ne resmi bir ziyaret yapacak.",
        "Birleşik Arap Emirlikleri",
    ),
    (
        f"Başbakan {D} Irak'ın Kürdistan Bölgesi'ne bir ziyaret gerçekleştirecek.",
        "Kürdistan Bölgesi",
    ),
    # a place noun in the dative after the name ("kentine") makes it the destination
    (f"Cumhurbaşkanı Erdoğan {D} ABD'nin New York kentine gidecek.", "New York"),
    (f"Bakan Ahmet Kaya {D} Çin'in Şangay kentine gidecek.", "Şanghay"),
    (f"Kocaeli'nin Gebze ilçesindeki fabrikada {D} grev başlayacak.", "Gebze, Kocaeli"),
]

# a host in the genitive (or bare before "ev sahipliği yapacak") is the place, unless the
# clause names one in the locative
HOSTS = [
    (f"Türkiye'nin ev sahipliğinde {D} düzenlenecek NATO zirvesine 30 ülke katılacak.", "Türkiye"),
    (f"Zirveye {D} Azerbaycan ev sahipliği yapacak.", "Azerbaycan"),
    (f"Kazakistan'ın ev sahipliği yaptığı zirve {D} başlayacak.", "Kazakistan"),
    (f"Ankara'nın ev sahipliği yapacağı toplantı {D} düzenlenecek.", "Ankara"),
    (f"Kars Belediyesi'nin ev sahipliğinde {D} düzenlenecek festival başlayacak.", "Kars"),
    (f"Kazakistan'ın ev sahipliğinde {D} Astana'da düzenlenecek zirve başlayacak.", "Astana"),
]

# an event held online has no place: not the city a participant joins from, nor the dateline's
ONLINE = [
    (f"G20 Liderler Zirvesi {D} çevrim içi olarak düzenlenecek.", None),
    (f"NATO zirvesi {D} video konferans yöntemiyle yapılacak.", None),
    (
        f"Bakan Ahmet Kaya, Ankara'dan video konferansla katıldığı G20 toplantısında {D} "
        "konuşacak.",
        None,
    ),
    (
        f"{HEADLINE}ANKARA (AA) - Belediye meclisi toplantısı {D} çevrim içi olarak yapılacak.",
        None,
    ),
    (
        f"{HEADLINE}ANKARA (AA) - Belediye meclisi toplantısı {D} video konferans yöntemiyle "
        "yapılacak.",
        None,
    ),
    (f"{HEADLINE}İSTANBUL (DHA) - Belediye meclisi toplantısı {D} yapılacak.", "İstanbul"),
    (f"{HEADLINE}ERZURUM, (İHA) - Belediye meclisi toplantısı {D} yapılacak.", "Erzurum"),
    (f"{HEADLINE}KAHRAMANMARAŞ(AA) – Belediye meclisi toplantısı {D} yapılacak.", "Kahramanmaraş"),
    (f"{HEADLINE}Haber Merkezi - Belediye meclisi toplantısı {D} yapılacak.", None),
]

# several places in one sentence: only one is the event's
SEVERAL = [
    (f"Gazze konulu toplantı {D} Kahire'de yapılacak.", "Kahire"),
    (f"Suriye konulu zirve {D} Tahran'da toplanacak.", "Tahran"),
    (
        f"Ukrayna'daki savaşı görüşmek için liderler {D} Cenevre'de bir araya gelecek.",
        "Cenevre",
    ),
    (f"Azerbaycan'dan gelen heyet {D} Ankara'da bir toplantı yapacak.", "Ankara"),
    (f"Ankara'dan yola çıkan heyet {D} Bakü'de Aliyev ile görüşecek.", "Bakü"),
    (
        f"Merkezi İstanbul'da bulunan şirket {D} Londra'da yatırımcı toplantısı düzenleyecek.",
        "Londra",
    ),
    (
        f"Türkiye'nin Vaşington Büyükelçisi Ahmet Kaya {D} Ankara'da bir toplantıya katılacak.",
        "Ankara",
    ),
    (f"Rusya'nın Ankara Büyükelçisi Ahmet Kaya {D} Kars'ta bir törene katılacak.", "Kars"),
    (f"Bakan Selçuk Bayraktar {D} Kars'ta bir törene katılacak.", "Kars"),
    (f"Ordu Valisi Ahmet Kaya {D} Giresun'da bir toplantıya katılacak.", "Giresun"),
    (f"İzmirli sanatçı {D} Berlin'de konser verecek.", "Berlin"),
    (f"Almanya Dışişleri Bakanı {D} Pekin'de mevkidaşıyla görüşecek.", "Pekin"),
    (f"Rusya'nın Kazan kentinde {D} bir zirve düzenlenecek.", "Kazan"),
    # a place in the locative adjective is of the noun right after it, not of a far event
    (f"Ankara'daki büyük NATO zirvesi {D} başlayacak.", "Ankara"),
    (f"Bakan Kaya {D} Ankara'daki toplantıya katılacak.", "Ankara"),
    (f"Kars'taki fabrikada {D} grev başlayacak.", "Kars"),
    (
        f"Ukrayna'daki savaşı görüşmek için Bakan Ahmet Kaya {D} Rusya Dışişleri Bakanı Sergey "
        "Lavrov ile görüşecek.",
        None,
    ),
    # where someone lives or something is based describes them, not the event
    (f"İstanbul merkezli şirket {D} yatırımcı toplantısı düzenleyecek.", None),
    (f"İstanbul'da bulunan şirket {D} yatırımcı toplantısı düzenleyecek.", None),
    (f"Kars'ta bulunan şirket {D} Ardahan'da yatırımcı toplantısı düzenleyecek.", "Ardahan"),
    (f"Maç {D} Kars'ta bulunan Deniz Stadı'nda oynanacak.", "Deniz Stadı, Kars"),
    (f"Toplantı {D} Kars'ta bulunan valilik binasında yapılacak.", "Kars"),
]

# a decision is taken where its bank or publisher sits, not in the region a heading names
PUBLISHERS = [
    (f"Merkez Bankası {D} faizi yüzde 40'a indirdi.", "Türkiye"),
    (f"Japonya Merkez Bankası {D} faizi sabit bıraktı.", "Japonya"),
    (f"Avrupa Merkez Bankası {D} faizi sabit bıraktı.", None),
    (f"Avrupa'da İngiltere Merkez Bankası faiz kararını {D} açıklayacak.", "İngiltere"),
    # a national body's own meeting is in its country; a meeting with its people is not
    (f"Fed'in {D} toplantısında faiz kararı çıkacak.", "ABD"),
    # a rate meeting is the bank's that its paragraph names
    (
        f"Japonya Merkez Bankası geçen yıl faizi iki kez artırdı. {D} yapılan faiz "
        "toplantısında değişiklik olmadı.",
        "Japonya",
    ),
    (
        f"Merkez Bankası geçen yıl faizi üç kez indirdi.\n\n{D} yapılan faiz toplantısında "
        "değişiklik olmadı.",
        None,
    ),
    (f"Bakan Ahmet Kaya {D} Fed Başkanı ile görüşecek.", None),
    (f"Bakan Kaya {D} Fed'in yöneticileriyle görüşecek.", None),
]

# the world and Türkiye in Turkish spelling, with the "n" after a possessive ending
SPELLINGS = [
    (f"Festival {D} KKTC'de düzenlenecek.", "KKTC"),
    # (a summit: a country alone titles no bare ceremony, audit of 2026-12-03, 4)
    (f"Zirve {D} Kuzey Kıbrıs Türk Cumhuriyeti'nde yapılacak.", "KKTC"),
    (f"Konferans {D} Kürdistan Bölgesi'nde düzenlenecek.", "Kürdistan Bölgesi"),
    (f"Tatbikat {D} Kırklareli'nde yapılacak.", "Kırklareli"),
    (f"Fuar {D} Kocaeli'nde açılacak.", "Kocaeli"),
    (f"Miting {D} Tunceli'de düzenlenecek.", "Tunceli"),
    (f"Festival {D} Muğla'nın Bodrum ilçesinde yapılacak.", "Bodrum, Muğla"),
    (f"Tören {D} Hatay'ın İskenderun ilçesinde düzenlenecek.", "İskenderun, Hatay"),
    (f"Tören {D} Kahramanmaraş'ın Elbistan ilçesinde düzenlenecek.", "Elbistan, Kahramanmaraş"),
    # a district's name that two provinces have lies in the province named before it
    (f"Tören {D} Zonguldak'ın Ereğli ilçesinde yapılacak.", "Ereğli, Zonguldak"),
    (f"Tören {D} Zonguldak Ereğli'de yapılacak.", "Ereğli, Zonguldak"),
    (f"Tören {D} Konya'nın Ereğli ilçesinde yapılacak.", "Ereğli, Konya"),
    (f"Konser {D} Iğdır'da verilecek.", "Iğdır"),
    (f"Kongre {D} Şanlıurfa'da toplanacak.", "Şanlıurfa"),
    (f"Kongre {D} Van'da yapılacak.", "Van"),
    (f"Tören {D} Lefkoşa'da yapılacak.", "Lefkoşa"),
    (f"Anma töreni {D} Lefke'de düzenlenecek.", "Lefke"),
    (f"Festival {D} Güzelyurt'ta yapılacak.", "Güzelyurt"),
    (f"Seçim {D} Batı Şeria'da yapılacak.", "Batı Şeria"),
    (f"Toplantı {D} Güney Kore'nin başkenti Seul'de yapılacak.", "Seul"),
    (f"Zirve {D} Suudi Arabistan'ın başkenti Riyad'da toplanacak.", "Riyad"),
    (f"Konferans {D} Fildişi Sahili'nde yapılacak.", "Fildişi Sahili"),
    (f"Forum {D} Birleşik Krallık'ta düzenlenecek.", "İngiltere"),
    (f"Zirve {D} Şarm El-Şeyh'te toplanacak.", "Şarm el-Şeyh"),
    (f"Zirve {D} Addis Ababa'da toplanacak.", "Addis Ababa"),
]

CASES = LOCATIVE + VENUES + VISITS + HOSTS + ONLINE + SEVERAL + PUBLISHERS + SPELLINGS


@pytest.mark.parametrize(("text", "location"), CASES, ids=[t for t, _ in CASES])
def test_the_event_has_its_own_place(text, location):
    events = [e for e in extract(text, "2026-03-01") if e.date == "2026-03-12"]
    assert [e.location for e in events] == [location]


def test_the_cases_are_many_and_cover_every_class():
    assert len(CASES) >= 50
    assert all(len(group) >= 4 for group in (LOCATIVE, VENUES, VISITS, HOSTS, ONLINE, SEVERAL))


# a bare place before a possessed noun in the genitive, dative, accusative or ablative is that
# noun's theme ("Türkiye tarihinin"): a place an event takes only when nothing else places it;
# after a postposition of place it is the place of its clause ("Türkiye genelinde")
THEMES = [
    ("Türkiye tarihinin en büyük töreni yapıldı.", "theme"),
    ("Türkiye Cumhuriyeti tarihinin en büyük yatırımı açıldı.", "theme"),
    ("Suriye sorununa çözüm aranıyor.", "theme"),
    ("Ukrayna krizine değindi.", "theme"),
    ("Kıbrıs meselesinden söz etti.", "theme"),
    ("Ankara zirvesine katılacak.", "nominative"),
    ("Sendika Türkiye genelinde eylem yapacak.", "locative"),
    ("Toplantı Kars merkezinde yapılacak.", "locative"),
    ("Toplantı Kars Belediyesinde yapılacak.", "locative"),
]


@pytest.mark.parametrize(("sentence", "case"), THEMES, ids=[s for s, _ in THEMES])
def test_a_place_before_a_possessed_noun_is_its_theme(sentence, case):
    lex = lexicon("tr")
    (found,) = find_places(sentence, tokenize(sentence, 0, len(sentence)), lex, [])
    assert found.case == case


def test_a_theme_places_an_event_only_when_nothing_else_does():
    assert PLACE_PREFERENCE["default"][-1] == "theme"
    (event,) = extract(f"Mısır ve Katar {D} Gazze sorununa çözüm için görüşecek.", "2026-03-01")
    assert event.location != "Gazze" and "Gazze" not in event.title


# quarters and towns that are also words or names are places only where the text says so
AMBIGUOUS = [
    ("Kızılay'a bağış yapıldı.", []),
    ("Türk Kızılay'ından yardım geldi.", []),
    ("Sendika yarın Kızılay'da miting yapacak.", ["Kızılay, Ankara"]),
    ("Gemiler iskeleye yanaştı.", []),
    ("Tören İskele'de yapılacak.", ["İskele"]),
]


@pytest.mark.parametrize(("sentence", "places"), AMBIGUOUS, ids=[s for s, _ in AMBIGUOUS])
def test_a_quarter_named_like_a_word_is_a_place_only_in_the_locative(sentence, places):
    found = find_places(sentence, tokenize(sentence, 0, len(sentence)), lexicon("tr"), [])
    assert [pm.display for pm in found] == places


@pytest.mark.parametrize(
    "text",
    [
        f"Sendika {D} Kızılay Meydanı'nda miting yapacak. Kızılay'da {D} yapılacak miting için "
        "hazırlıklar başladı.",
        f"Kızılay'da {D} yapılacak miting için hazırlıklar başladı. Sendika {D} Kızılay "
        "Meydanı'nda miting yapacak.",
    ],
    ids=["venue first", "quarter first"],
)
def test_a_venue_named_after_its_quarter_and_the_quarter_are_one_place(text):
    (event,) = extract(text, "2026-03-01")
    assert (event.location, event.country) == ("Kızılay Meydanı, Ankara", "Türkiye")
