"""An owner-less kind title takes its owner from the article (issue 13, point 3).

``Faiz toplantısı``, ``İşçilerin grevi``, ``Davanın duruşması`` say not whose event it is
(``generic-name``, out of the feed). When the headline, the lede, the event's paragraph or the
one before it names exactly one owner of that kind (a bank for a rate meeting, a union for a
strike, a named case for a hearing, a named competition for its ceremony), the title says it
and leaves ``generic-name``. Two owners, an owner only in a quotation, or one named far from
the event leave it as it was. Every article is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

D = "2026-11-10"

OWNED = [
    (
        "a rate meeting, the bank in the headline",
        "Merkez Bankası faiz kararını açıkladı\n\n"
        "Banka, faiz toplantısını [19 Kasım'da|2026-11-19] yapacak.",
        "Merkez Bankası'nın faiz toplantısı",
    ),
    (
        "a rate meeting, the bank in the lede",
        "Piyasalar karar gününü bekliyor\n\n"
        "Merkez Bankası politika faizini geçen ay sabit tuttu.\n\n"
        "Kulislere göre faiz toplantısı [19 Kasım'da|2026-11-19] yapılacak.",
        "Merkez Bankası'nın faiz toplantısı",
    ),
    (
        "a rate meeting, the bank by its acronym",
        "TCMB kararını perşembe açıklayacak\n\n"
        "Ekonomistlere göre faiz toplantısı [19 Kasım'da|2026-11-19] yapılacak.",
        "TCMB'nin faiz toplantısı",
    ),
    (
        "a rate meeting, the bank's long and short names are one bank",
        "Türkiye Cumhuriyet Merkez Bankası yeni takvimi yayımladı\n\n"
        "Merkez Bankası enflasyon raporunu da açıklayacak. Açıklamaya göre faiz toplantısı"
        " [19 Kasım'da|2026-11-19] yapılacak.",
        "Türkiye Cumhuriyet Merkez Bankası'nın faiz toplantısı",
    ),
    (
        "the workers' strike, the union in the paragraph before",
        "Fabrikada gerginlik sürüyor\n\n"
        "Kent dışındaki tesiste üretim yavaşladı.\n\n"
        "Demir-Çelik Sendikası üyeleri dün toplandı.\n\n"
        "Açıklamaya göre işçilerin grevi [22 Kasım'da|2026-11-22] başlayacak.",
        "Demir-Çelik Sendikası'nın grevi",
    ),
    (
        "the workers' strike opening its sentence, the union in the lede",
        "Limanda iş durabilir\n\n"
        "Liman İşçileri Sendikası ücret teklifini reddetti.\n\n"
        "İşçilerin grevi [22 Kasım'da|2026-11-22] başlayacak.",
        "Liman İşçileri Sendikası'nın grevi",
    ),
    (
        "the case's hearing, a named case in the lede",
        "Gazeteciler yeniden hakim karşısında\n\n"
        "Kuzey Işığı davası yeniden gündemde.\n\n"
        "Açıklamaya göre davanın duruşması [24 Kasım'da|2026-11-24] yapılacak.",
        "Kuzey Işığı davasının duruşması",
    ),
    (
        "the case's hearing opening its sentence, the case in the same paragraph",
        "Adliyede yoğun gün\n\n"
        "Mahkeme heyeti bugün toplandı.\n\n"
        "Liman İhalesi davasında tanıklar dinlendi. Davanın duruşması"
        " [24 Kasım'da|2026-11-24] yapılacak.",
        "Liman İhalesi davasının duruşması",
    ),
    (
        "the competition's award ceremony, the competition in the headline",
        "Genç Kalemler Öykü Yarışması sonuçlandı\n\n"
        "Jüri kazananları belirledi. Yarışmanın ödül töreni [21 Kasım'da|2026-11-21]"
        " yapılacak.",
        "Genç Kalemler Öykü Yarışması'nın ödül töreni",
    ),
    (
        "an award ceremony of a kind alone, the competition in the lede",
        "Kazananlar belli oldu\n\n"
        "Mavi Dalga Fotoğraf Yarışması'na bu yıl 900 eser katıldı.\n\n"
        "Ödül töreni [21 Kasım'da|2026-11-21] yapılacak.",
        "Mavi Dalga Fotoğraf Yarışması'nın ödül töreni",
    ),
    (
        "a central bank the organisations do not list, in the event's paragraph",
        "Gözler Moskova'da\n\n"
        "Ekonomistler kararı tartışıyor.\n\n"
        "Rusya Merkez Bankası yönetimi hazır. Banka, faiz toplantısını"
        " [19 Kasım'da|2026-11-19] yapacak.",
        "Rusya Merkez Bankası'nın faiz toplantısı",
    ),
    (
        "a connective opening the union's sentence is no part of its name",
        "Limanda iş durabilir\n\n"
        "Ayrıca Liman İşçileri Sendikası ücret teklifini reddetti.\n\n"
        "Açıklamaya göre işçilerin grevi [22 Kasım'da|2026-11-22] başlayacak.",
        "Liman İşçileri Sendikası'nın grevi",
    ),
    (
        "the bank in a headline in capitals and in the text",
        "MERKEZ BANKASI KARARINI AÇIKLADI\n\n"
        "Merkez Bankası politika faizini sabit tuttu.\n\n"
        "Kulislere göre faiz toplantısı [19 Kasım'da|2026-11-19] yapılacak.",
        "Merkez Bankası'nın faiz toplantısı",
    ),
    (
        "a foreign central bank by its acronym",
        "Piyasalar Fed kararını bekliyor\n\n"
        "Açıklamaya göre faiz toplantısı [19 Kasım'da|2026-11-19] yapılacak.",
        "Fed'in faiz toplantısı",
    ),
    (
        "a union named in full and by its last words is one union",
        "Limanda iş durabilir\n\n"
        "Birleşik Liman İşçileri Sendikası ücret teklifini reddetti. Liman İşçileri Sendikası"
        " yönetimi toplandı.\n\n"
        "Açıklamaya göre işçilerin grevi [22 Kasım'da|2026-11-22] başlayacak.",
        "Birleşik Liman İşçileri Sendikası'nın grevi",
    ),
]

NOT_OWNED = [
    (
        "two banks in one article",
        "Merkez Bankası ve Fed kararlarını açıklayacak\n\n"
        "Banka, faiz toplantısını [19 Kasım'da|2026-11-19] yapacak.",
        "Faiz toplantısı",
    ),
    (
        "a foreign central bank and the Turkish one, whose name it ends in",
        "Rusya Merkez Bankası sürpriz yaptı\n\n"
        "Merkez Bankası ise kararını bekletiyor.\n\n"
        "Açıklamaya göre faiz toplantısı [19 Kasım'da|2026-11-19] yapılacak.",
        "Faiz toplantısı",
    ),
    (
        "two central banks by their acronyms",
        "Piyasalar ECB ve BoE kararlarını bekliyor\n\n"
        "Açıklamaya göre faiz toplantısı [19 Kasım'da|2026-11-19] yapılacak.",
        "Faiz toplantısı",
    ),
    (
        "two unions in one article",
        "Limanda iki sendika ayrı yolda\n\n"
        "Liman İşçileri Sendikası ve Denizciler Sendikası görüşmeleri sürdürüyor.\n\n"
        "Açıklamaya göre işçilerin grevi [22 Kasım'da|2026-11-22] başlayacak.",
        "İşçilerin grevi",
    ),
    (
        "two cases in one article",
        "Adliyede iki dava\n\n"
        "Liman İhalesi davası ile Kuzey Işığı davası aynı mahkemede görülüyor.\n\n"
        "Açıklamaya göre davanın duruşması [24 Kasım'da|2026-11-24] yapılacak.",
        "Davanın duruşması",
    ),
    (
        "the union only in a quotation",
        "Fabrikada gerginlik sürüyor\n\n"
        'Bir işçi, "Demir-Çelik Sendikası bizi yalnız bıraktı" dedi.\n\n'
        "Açıklamaya göre işçilerin grevi [22 Kasım'da|2026-11-22] başlayacak.",
        "İşçilerin grevi",
    ),
    (
        "the bank only in a quotation",
        "Piyasalar karar gününü bekliyor\n\n"
        "Ekonomist, “Merkez Bankası temkinli davranacak” diye konuştu.\n\n"
        "Açıklamaya göre faiz toplantısı [19 Kasım'da|2026-11-19] yapılacak.",
        "Faiz toplantısı",
    ),
    (
        "a union named far from the event, neither in the lead nor in the paragraphs near it",
        "Fabrikada gerginlik sürüyor\n\n"
        "Kent dışındaki tesiste üretim yavaşladı.\n\n"
        "Demir-Çelik Sendikası geçen yıl kuruldu.\n\n"
        "Yönetim yeni yatırımlar planlıyor.\n\n"
        "Tesiste vardiya düzeni değişti.\n\n"
        "Açıklamaya göre işçilerin grevi [22 Kasım'da|2026-11-22] başlayacak.",
        "İşçilerin grevi",
    ),
    (
        "an owner of another kind: a bank does not own a strike",
        "Merkez Bankası faiz kararını açıkladı\n\n"
        "Açıklamaya göre işçilerin grevi [22 Kasım'da|2026-11-22] başlayacak.",
        "İşçilerin grevi",
    ),
    (
        "a union does not own a rate meeting",
        "Liman İşçileri Sendikası açıklama yaptı\n\n"
        "Açıklamaya göre faiz toplantısı [19 Kasım'da|2026-11-19] yapılacak.",
        "Faiz toplantısı",
    ),
    (
        "a bank that is not a central bank owns no rate meeting by acronym",
        "IMF heyeti Ankara'da\n\n"
        "Açıklamaya göre faiz toplantısı [19 Kasım'da|2026-11-19] yapılacak.",
        "Faiz toplantısı",
    ),
    (
        "a common noun before the head is no name",
        "Sendikalar hazırlanıyor\n\n"
        "Bir sendikası olmayan işçiler de katılacak.\n\n"
        "Açıklamaya göre işçilerin grevi [22 Kasım'da|2026-11-22] başlayacak.",
        "İşçilerin grevi",
    ),
]


def _the_event(text: str) -> object:
    events = extract(text, D)
    assert len(events) == 1, [e.title for e in events]
    return events[0]


@pytest.mark.parametrize("name,text,title", OWNED, ids=[c[0] for c in OWNED])
def test_the_one_owner_the_article_names_owns_the_title(name: str, text: str, title: str) -> None:
    """The one owner of the kind near the event gives the title its owner."""
    event = _the_event(text)
    assert event.title == title
    assert "generic-name" not in event.confidence_reasons
    assert "article-owner" in event.confidence_reasons


@pytest.mark.parametrize("name,text,title", NOT_OWNED, ids=[c[0] for c in NOT_OWNED])
def test_no_single_owner_leaves_the_title_generic(name: str, text: str, title: str) -> None:
    """Two owners, a quoted one, a far one or one of another kind own nothing."""
    event = _the_event(text)
    assert event.title == title
    assert "generic-name" in event.confidence_reasons
    assert "article-owner" not in event.confidence_reasons
