"""Places in sentences written for these tests: names that are also common words or people's
names (read as places only where the text says so), named venues in their city, and the
places of the wider world in their Turkish spelling."""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.events.lexicon import lexicon
from timeline.events.mentions import find_places
from timeline.events.tokens import tokenize

LEX = lexicon("tr")


def places_in(sentence: str) -> list[str]:
    return [
        pm.display for pm in find_places(sentence, tokenize(sentence, 0, len(sentence)), LEX, [])
    ]


# (sentence, the places it names): each ambiguous name in a use that is not a place, then in one
# that is.
AMBIGUOUS = [
    ("Bakan Selçuk Bayraktar dün Ankara'da konuştu.", ["Ankara"]),
    ("Heyet yarın Selçuk'ta incelemelerde bulunacak.", ["Selçuk, İzmir"]),
    ("Selçuk Bey toplantıya katılmadı.", []),
    ("Kemer ve kayış üreticileri fuarda buluştu.", []),
    ("Festival Kemer ilçesinde yapılacak.", ["Kemer, Antalya"]),
    ("Turistler Kemer'e akın etti.", ["Kemer, Antalya"]),
    ("Mali Suçları Araştırma Kurulu raporunu yayımladı.", []),
    ("Mali müşavirler toplandı.", []),
    ("Heyet Mali'nin başkenti Bamako'ya gitti.", ["Mali", "Bamako"]),
    ("Ordu, sınır hattında tatbikat yaptı.", []),
    ("Fuar Ordu'da açıldı.", ["Ordu"]),
    ("Anadolu Ajansı'nın haberine göre kar yağışı sürüyor.", []),
    ("Kuraklık Anadolu'da etkili oldu.", ["Anadolu"]),
    ("Refah temalı forum Pekin'de toplandı.", ["Pekin"]),
    ("Yardım tırları Refah'a ulaştı.", ["Refah"]),
    ("Ekrem İmamoğlu'ndan yeni açıklama geldi.", []),
    ("Savcılık İmamoğlu'na soru yöneltti.", []),
    ("Adana'nın İmamoğlu ilçesinde hasat başladı.", ["Adana", "İmamoğlu, Adana"]),
    ("Çay üreticileri fiyatları beğenmedi.", []),
    ("Afyonkarahisar'ın Çay ilçesinde yangın çıktı.", ["Afyonkarahisar", "Çay, Afyonkarahisar"]),
    ("Aydın Bey ile Fatih Bey görüştü.", []),
    ("Aydın'da deprem tatbikatı yapıldı.", ["Aydın"]),
    ("Kazan kaldırmak istediler.", []),
    ("Rusya'nın Kazan kentinde zirve var.", ["Rusya", "Kazan"]),
]


@pytest.mark.parametrize(("sentence", "places"), AMBIGUOUS, ids=[s for s, _ in AMBIGUOUS])
def test_an_ambiguous_name_is_a_place_only_where_the_text_says_so(sentence, places):
    assert places_in(sentence) == places


def test_the_ambiguity_cases_show_both_uses_of_each_name():
    for name in ("Selçuk", "Kemer", "Mali", "Ordu", "Anadolu", "Refah", "İmamoğlu", "Çay"):
        uses = [any(name in place for place in p) for s, p in AMBIGUOUS if name in s]
        assert True in uses and False in uses, name


@pytest.mark.parametrize(
    "word",
    [
        r["name"]
        for r in __import__("timeline.lang", fromlist=["read_table"]).read_table("tr", "months.tsv")
    ]
    + [
        r["name"]
        for r in __import__("timeline.lang", fromlist=["read_table"]).read_table(
            "tr", "weekdays.tsv"
        )
    ]
    + ["Bu", "Şu", "Ve", "İle", "Yeni", "Merkez", "Büyük"],
)
def test_no_month_weekday_or_function_word_is_an_unambiguous_place(word):
    place = LEX.place(word)
    assert place is None or place.ambiguous, (word, place)


VENUES = [
    (
        "İstanbul'daki Haliç Kongre Merkezi'nde toplantı var.",
        ["İstanbul", "Haliç Kongre Merkezi, İstanbul"],
    ),
    ("Konser Ankara Arena'da olacak.", ["Ankara Arena, Ankara"]),
    ("Tören, İzmir Atatürk Kültür Merkezinde yapıldı.", ["İzmir Atatürk Kültür Merkezi, İzmir"]),
    ("Heyet Moskova'da Kremlin Sarayı'nda ağırlandı.", ["Moskova", "Kremlin Sarayı, Moskova"]),
    # A venue in no known city is kept where a locative puts the clause there, else left out.
    ("Dün Deniz Stadı'nda maç oynandı.", ["Deniz Stadı"]),
    ("Deniz Stadı yenilenecek.", []),
    ("Maç Kuzey Kars 12 Şubat Stadyumu'nda oynanacak.", ["Kuzey Kars 12 Şubat Stadyumu, Kars"]),
    ("Tören Sinop 52 Yıl Parkı'nda yapıldı.", ["Sinop 52 Yıl Parkı, Sinop"]),
    ("Anma töreni Şehitler Anıtı'nda düzenlendi.", ["Şehitler Anıtı"]),
    ("Panel Erzurum Dadaş Üniversitesi'nde yapılacak.", ["Erzurum Dadaş Üniversitesi, Erzurum"]),
    ("Kars'taki Çamlık Park'ta konser var.", ["Kars", "Çamlık Park, Kars"]),
    # a place noun names a place the gazetteer does not know, in the city named before it
    ("Şenlik Yeşilyurt köyünde yapılacak.", ["Yeşilyurt"]),
    ("Şenlik Kars'ın Akyaka Mahallesi'nde yapılacak.", ["Kars", "Akyaka, Kars"]),
    ("Festival Rio de Janeiro kentinde yapılacak.", ["Rio de Janeiro"]),
    ("Bu köyünde yaşayanlar sevindi.", []),
    # a route between places of one city lies in that city; between two cities, in neither
    ("Tramvay Üsküdar-Kadıköy arasında çalışmayacak.", ["İstanbul"]),
    ("Seferler Kars-Ardahan arasında yapılmayacak.", []),
]


@pytest.mark.parametrize(("sentence", "places"), VENUES, ids=[s for s, _ in VENUES])
def test_a_named_venue_is_taken_with_its_city(sentence, places):
    assert places_in(sentence) == places


def test_an_event_at_a_venue_has_the_venue_and_its_city():
    (event,) = extract(
        "İstanbul'daki Haliç Kongre Merkezi'nde [20 Kasım'da|2025-11-20] uluslararası bir "
        "zirve düzenlenecek.",
        "2025-10-30",
    )
    assert event.location == "Haliç Kongre Merkezi, İstanbul"
    assert (event.country, event.timezone) == ("Türkiye", "Europe/Istanbul")
    assert event.title == "İstanbul zirvesi"  # a title names the city, not the building


@pytest.mark.parametrize(
    ("sentence", "location", "country", "zone"),
    [
        (
            "Zirve [20 Kasım'da|2025-11-20] Manaus'ta düzenlenecek.",
            "Manaus",
            "Brezilya",
            "America/Manaus",
        ),
        (
            "Zirve [20 Kasım'da|2025-11-20] Kuçing'de düzenlenecek.",
            "Kuçing",
            "Malezya",
            "Asia/Kuching",
        ),
        (
            "Zirve [20 Kasım'da|2025-11-20] Ceyhan'da düzenlenecek.",
            "Ceyhan, Adana",
            "Türkiye",
            "Europe/Istanbul",
        ),
    ],
)
def test_world_cities_and_turkish_towns_with_country_and_zone(sentence, location, country, zone):
    (event,) = extract(sentence, "2025-10-30")
    assert (event.location, event.country, event.timezone) == (location, country, zone)


def test_an_event_at_a_venue_in_no_known_city_has_the_venue_and_no_place_title():
    (event,) = extract(
        "Kars Kupası finali [5 Mayıs'ta|2026-05-05] Deniz Stadı'nda oynanacak.", "2026-04-20"
    )
    assert (event.location, event.country) == ("Deniz Stadı", None)
    assert "Deniz" not in event.title


@pytest.mark.parametrize(
    "text",
    [
        "Büyük miting [12 Mart'ta|2026-03-12] Kazım Karabekir Meydanı'nda yapılacak. "
        "Sendika [12 Mart'ta|2026-03-12] Kars'ta miting düzenleyecek.",
        "Sendika [12 Mart'ta|2026-03-12] Kars'ta büyük bir miting yapacak. "
        "Miting [12 Mart'ta|2026-03-12] Kazım Karabekir Meydanı'nda yapılacak.",
    ],
    ids=["venue first", "city first"],
)
def test_a_venue_and_a_city_told_of_one_happening_make_the_venue_in_that_city(text):
    (event,) = extract(text, "2026-03-01")
    assert (event.location, event.country) == ("Kazım Karabekir Meydanı, Kars", "Türkiye")


# (article, the places of its events): a dateline places the story's local events whose
# sentences name no place; a visit and an event placed by its own sentence do not take it, and a
# line in capitals that is no dateline of a known city gives no place.
DATELINES = [
    (
        "Kurul yeni dönemi açtı\nKARS (AA) - Belediye meclisi toplantısı "
        "[12 Mart'ta|2026-03-12] yapılacak.",
        ["Kars"],
    ),
    (
        "Anma günü\nYürüyüş sürecek.ERZURUM (İHA) - Anma töreni [12 Mart'ta|2026-03-12] "
        "Şehitler Anıtı'nda düzenlenecek.",
        ["Şehitler Anıtı, Erzurum"],
    ),
    (
        "Yollar kapanıyor\nİZMİR - Bazı yollar [12 Mart'ta|2026-03-12] trafiğe kapatılacak.",
        ["İzmir"],
    ),
    (
        "Yeni dönem\nKARS (AA) - Belediye meclisi toplantısı [12 Mart'ta|2026-03-12] "
        "Ardahan'da yapılacak.",
        ["Ardahan"],
    ),
    (
        "Ziyaret\nKARS (AA) - Vali Ahmet Kaya [12 Mart'ta|2026-03-12] Bakü'yü resmi olarak "
        "ziyaret edecek.",
        ["Bakü"],
    ),
    (
        "Yeni dönem\nBAKÜ HABER - Belediye meclisi toplantısı [12 Mart'ta|2026-03-12] yapılacak.",
        [None],
    ),
]


@pytest.mark.parametrize(("text", "places"), DATELINES, ids=[t for t, _ in DATELINES])
def test_a_dateline_places_the_local_events_that_name_no_place(text, places):
    events = extract(text, "2026-03-01")
    assert [e.location for e in events] == places
    assert not any(w.isupper() and len(w) > 2 for e in events for w in e.title.split())


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kuzeyspor 2-1 Güneyspor\nMaç heyecanlı geçti.\nStat: Deniz Arena\n", "Deniz Arena"),
        (
            "Kuzeyspor 2-1 Güneyspor\nKars 4 Kasım Stadı'nda oynanan maçta Kuzeyspor kazandı.",
            "Kars 4 Kasım Stadı, Kars",
        ),
        ("Kuzeyspor 2-1 Güneyspor\nKuzeyspor sahasında kazandı.", None),
    ],
    ids=["labelled line", "lead venue", "no ground named"],
)
def test_a_match_report_is_placed_at_the_ground_it_names(text, place):
    (event,) = [e for e in extract(text, "2026-03-01") if e.type == "match"]
    assert event.location == place


# (article, the visits' days and places): a visit to a country goes to the one city of that
# country the article sends the visitor to in a sentence dating nothing else.
VISIT_CITIES = [
    (
        "Bakan Ahmet Kaya [3 Mart'ta|2026-03-03] Gürcistan'ı ziyaret edecek. Kaya, Tiflis'e "
        "gidecek ve mevkidaşıyla görüşecek.",
        [("2026-03-03", "Tiflis")],
    ),
    (
        "Bakan Ahmet Kaya [3 Mart'ta|2026-03-03] Gürcistan'ı ziyaret edecek. Kaya "
        "[10 Mart'ta|2026-03-10] Tiflis'e gidecek.",
        [("2026-03-03", "Gürcistan"), ("2026-03-10", "Tiflis")],
    ),
    (
        "Bakan Ahmet Kaya [3 Mart'ta|2026-03-03] Gürcistan'ı ziyaret edecek. Heyet daha önce "
        "Tiflis'te incelemelerde bulunmuştu.",
        [("2026-03-03", "Gürcistan")],
    ),
    (
        "Bakan Ahmet Kaya [3 Mart'ta|2026-03-03] Gürcistan'ı ziyaret edecek. Kaya önce "
        "Tiflis'e, ardından Batum'a geçecek.",
        [("2026-03-03", "Gürcistan")],
    ),
]


@pytest.mark.parametrize(("text", "visits"), VISIT_CITIES, ids=[t for t, _ in VISIT_CITIES])
def test_a_visit_to_a_country_goes_to_the_city_the_article_names(text, visits):
    events = extract(text, "2026-03-01")
    assert [(e.date, e.location) for e in events] == visits
    assert all(e.country == "Gürcistan" for e in events)


# (sentence, place): a release or a decision is its publisher's country when its sentence names
# no place; an exam a national body holds is not placed by it.
PUBLISHERS = [
    ("TÜİK, şubat ayı enflasyon verisini [3 Mart'ta|2026-03-03] açıklayacak.", "Türkiye"),
    ("Fed faiz kararını [18 Mart'ta|2026-03-18] açıklayacak.", "ABD"),
    (
        "Kanada İstatistik Dairesi'nden yapılan açıklamaya göre işsizlik verisi "
        "[6 Mart'ta|2026-03-06] yayımlanacak.",
        "Kanada",
    ),
    ("Japonya'da büyüme verisi [9 Mart'ta|2026-03-09] açıklanacak.", "Japonya"),
    ("ÖSYM, KPSS sınavını [3 Mayıs'ta|2026-05-03] yapacak.", None),
]


@pytest.mark.parametrize(("sentence", "place"), PUBLISHERS, ids=[s for s, _ in PUBLISHERS])
def test_a_release_is_placed_in_its_publishers_country(sentence, place):
    (event,) = extract(sentence, "2026-03-01")
    assert event.location == place


# (article, the place of its dated event): a headline's one city in the locative places the
# story's local events that name no place; two cities, or a city in another case, do not.
HEADLINES = [
    (
        "Öğretmenler Kars'ta iş bırakıyor\nSendika üyeleri [12 Mart'ta|2026-03-12] iş bırakma "
        "eylemi yapacak.",
        "Kars",
    ),
    (
        "Öğretmenler Kars'ta ve Ardahan'da iş bırakıyor\nSendika üyeleri [12 Mart'ta|2026-03-12] "
        "iş bırakma eylemi yapacak.",
        None,
    ),
    (
        "Kars'ın konuşulan kararı\nSendika üyeleri [12 Mart'ta|2026-03-12] iş bırakma eylemi "
        "yapacak.",
        None,
    ),
    ("Kars'ta yeni dönem\nTÜİK enflasyon verisini [3 Mart'ta|2026-03-03] açıklayacak.", "Türkiye"),
]


@pytest.mark.parametrize(("text", "place"), HEADLINES, ids=[t for t, _ in HEADLINES])
def test_a_headline_city_places_the_story_events_that_name_no_place(text, place):
    dated = [e for e in extract(text, "2026-03-01") if e.date != "2026-03-01"]
    assert [e.location for e in dated] == [place]


def test_the_items_of_a_day_heading_that_names_a_place_are_in_that_place():
    text = (
        "Bakanın programı belli oldu.\n"
        "[23 Nisan Perşembe|2026-04-23] - Kars\n"
        "[10.00|2026-04-23T10:00] Kale gezisi\n"
        "[14.30|2026-04-23T14:30] Kuzeyspor-Güneyspor\n"
        "[24 Nisan Cuma|2026-04-24]\n"
        "[11.00|2026-04-24T11:00] Valilik ziyareti\n"
    )
    events = extract(text, "2026-04-20")
    assert [(e.date, e.time, e.location) for e in events] == [
        ("2026-04-23", "10:00", "Kars"),
        ("2026-04-23", "14:30", "Kars"),
        ("2026-04-24", "11:00", None),
    ]


# (sentence, place): a name unknown to the gazetteer in the locative is the place of the clause
# it is told in, never a platform, a person or a name in another clause.
GUESSED = [
    ("Ödül töreni [12 Mart'ta|2026-03-12] Harbiye'de yapılacak.", "Harbiye"),
    ("Anma töreni [12 Mart'ta|2026-03-12] Yeşilyurt'ta düzenlenecek.", "Yeşilyurt"),
    ("Belediye meclisi toplantısı [12 Mart'ta|2026-03-12] Kars'ta yapılacak.", "Kars"),
    (
        "Bakan Ahmet Kaya, X'te yaptığı paylaşımda toplantının [12 Mart'ta|2026-03-12] "
        "yapılacağını duyurdu.",
        None,
    ),
    (
        "Ödül töreni [12 Mart'ta|2026-03-12] yapılacak: Şirket daha önce Güneyköy'de bir "
        "fabrika açmıştı.",
        None,
    ),
    ("Toplantı [12 Mart'ta|2026-03-12] Kars'ta yapılacak, heyet Harbiye'de kalacak.", "Kars"),
]


@pytest.mark.parametrize(("sentence", "place"), GUESSED, ids=[s for s, _ in GUESSED])
def test_an_unknown_name_in_the_locative_places_its_own_clause_only(sentence, place):
    (event,) = extract(sentence, "2026-03-01")
    assert event.location == place


# (sentence after a headline with no place, place): a place inside a relative clause about
# another noun (the theme: "the quake in Kars") is not the event's.
THEMES = [
    (
        "Kars'ta yaşanan depremden dolayı belediye meclisi toplantısı [12 Mart'ta|2026-03-12] "
        "yapılacak.",
        None,
    ),
    (
        "Kars'ta düzenlenecek belediye meclisi toplantısı [12 Mart'ta|2026-03-12] yapılacak.",
        "Kars",
    ),
    (
        "Ardahan'da meydana gelen selden etkilenenler için Kars'ta anma töreni "
        "[12 Mart'ta|2026-03-12] düzenlenecek.",
        "Kars",
    ),
]


@pytest.mark.parametrize(("sentence", "place"), THEMES, ids=[s for s, _ in THEMES])
def test_a_place_of_a_relative_clause_about_another_noun_is_not_the_events(sentence, place):
    events = extract(f"Gündem yoğun\n{sentence}", "2026-03-01")
    assert [e.location for e in events if e.date == "2026-03-12"] == [place]
