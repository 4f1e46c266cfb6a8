"""Title grammar (issue 13, point 3): a compound keeps its owner and its adjective, an ending
is never doubled, a name stops before a person's title, an ordinal between an owner and its
event stays, and a common noun that opens its sentence takes its ending without an
apostrophe. Each case is ``(name, text, kind, title, feed)``; every sentence is written for
these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "2026-11-10"

CASES = [
    (
        "a rate meeting keeps its bank in the genitive",
        "Merkez Bankası'nın faiz toplantısı [19 Kasım'da|2026-11-19] yapılacak.",
        "meeting",
        "Merkez Bankası'nın faiz toplantısı",
        True,
    ),
    (
        "a rate meeting keeps the bank named right before it",
        "Merkez Bankası faiz toplantısını [19 Kasım'da|2026-11-19] yapacak.",
        "meeting",
        "Merkez Bankası faiz toplantısı",
        True,
    ),
    (
        "an accusative object loses its ending before the genitive",
        "Hükümet [22 Kasım'da|2026-11-22] anlaşmayı imzalayacak.",
        "signing",
        "Anlaşmanın imzalanması",
        False,
    ),
    (
        "a genitive owner is not given the genitive again",
        "Açıklamaya göre roketin fırlatılması [3 Aralık'ta|2026-12-03] yapılacak.",
        "launch",
        "Roketin fırlatılması",
        False,
    ),
    (
        "a plural genitive owner is not given the genitive again",
        "Valiliğin duyurusuna göre bazı yolların trafiğe kapatılması [22 Kasım'da|2026-11-22]"
        " yapılacak.",
        "closure",
        "Bazı yolların trafiğe kapatılması",
        False,
    ),
    (
        "a common noun that opens its sentence, lower-case further on",
        "Sendika [22 Kasım'da|2026-11-22] greve çıkacak. Kararı sendika yönetimi aldı.",
        "strike",
        "Sendikanın grevi",
        False,
    ),
    (
        "a festival's name stops before a person's title",
        "Deniz Kültür ve Sanat Festivali Belediye Başkanı Ali Kaya'nın açıklamasıyla"
        " [24 Temmuz'da|2026-07-24] yapılacak.",
        "festival",
        "Deniz Kültür ve Sanat Festivali",
        True,
    ),
    (
        "a meeting held at a named summit takes the summit's name, not the city's",
        "Liderler, Glasgow'daki Dünya İklim Zirvesi'nde [1 Kasım'da|2026-11-01] bir araya gelecek.",
        "meeting",
        "Dünya İklim Zirvesi",
        True,
    ),
    (
        "a postposition is no modifier of a compound",
        "Açıklamaya göre milletvekili seçimleri [14 Mayıs'ta|2028-05-14] yapılacak.",
        "election",
        "Milletvekili seçimleri",
        True,
    ),
    (
        "a speaker set off by a comma is no part of a kind's title",
        "Bakan, ikinci dönemin [2 Şubat'ta|2027-02-02] başlayacağını söyledi.",
        "term",
        "İkinci dönemin başlaması",
        True,
    ),
    (
        "what is signed is read past the place of the signing",
        "İki ülke, ticaret anlaşmasını [20 Kasım'da|2026-11-20] Bakü'de imzalayacak.",
        "signing",
        "Ticaret anlaşmasının imzalanması",
        False,
    ),
    (
        "a person's title before what is signed is the signer, no part of it",
        "Bakan ticaret anlaşmasını [20 Kasım'da|2026-11-20] imzalayacak.",
        "signing",
        "Ticaret anlaşmasının imzalanması",
        False,
    ),
    (
        "the two countries joined before an agreement's verb are its sides",
        "Türkiye ve Azerbaycan, enerji anlaşmasını [20 Kasım'da|2026-11-20] Bakü'de imzalayacak.",
        "signing",
        "Türkiye-Azerbaycan enerji anlaşmasının imzalanması",
        True,
    ),
    (
        "a locative adjective ends what is signed",
        "İki ülke arasındaki enerji anlaşması [20 Kasım'da|2026-11-20] imzalanacak.",
        "signing",
        "Enerji anlaşmasının imzalanması",
        False,
    ),
    (
        "an ordinal between an election and its round stays",
        "Cumhurbaşkanlığı seçiminin ikinci turu [24 Kasım'da|2026-11-24] yapılacak.",
        "round",
        "Cumhurbaşkanlığı seçiminin ikinci turu",
        True,
    ),
    (
        "an ordinal between a case and its hearing stays",
        "Maden ihalesi davasının ikinci duruşması [24 Kasım'da|2026-11-24] görülecek.",
        "hearing",
        "Maden ihalesi davasının ikinci duruşması",
        True,
    ),
    (
        "a foreign name's last y after a consonant is read as a vowel",
        "Bakan Lammy [12 Mart'ta|2027-03-12] Ankara'yı ziyaret edecek.",
        "visit",
        "Lammy'nin Ankara'ya ziyareti",
        True,
    ),
    (
        "a company opening its sentence with no comma owns the possessed product",
        "Apple yeni telefonunun lansmanını [12 Mart'ta|2027-03-12] yapacak.",
        "launch",
        "Apple'ın yeni telefonunun lansmanı",
        True,
    ),
    (
        "an adjective opening its sentence owns nothing",
        "Akıllı saat markası, yeni modelinin lansmanını [12 Mart'ta|2027-03-12] yapacak.",
        "launch",
        "Yeni modelinin lansmanı",
        False,
    ),
]


@pytest.mark.parametrize("name,text,kind,title,feed", CASES, ids=[c[0] for c in CASES])
def test_title_grammar(name: str, text: str, kind: str, title: str, feed: bool) -> None:
    events = [e for e in extract(text, D) if e.type == kind]
    assert [e.title for e in events] == [title]
    assert events[0].in_feed(FEED_MIN_CONFIDENCE) is feed


@pytest.mark.parametrize(
    "text",
    [
        "Yüksek Seçim Kurulu [20 Kasım'da|2026-11-20] toplanacak ve kararını açıklayacak.",
        "Kurul, seçim takvimini [20 Kasım'da|2026-11-20] açıklayacak.",
    ],
)
def test_a_body_or_calendar_of_elections_is_no_election(text: str) -> None:
    """``Seçim Kurulu`` is a body, ``seçim takvimi`` a calendar: neither is a vote."""
    assert [e for e in extract(text, D) if e.type == "election"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Yeşilkent Belediyesinde toplantı [12 Mart'ta|2027-03-12] yapılacak.",
        "Yeşilkent Belediyesindeki toplantı [12 Mart'ta|2027-03-12] yapılacak.",
        "Kıyıköy Kaymakamlığından heyet [12 Mart'ta|2027-03-12] ziyarette bulunacak.",
    ],
)
def test_a_possessed_noun_in_the_locative_is_no_word_of_a_name(text: str) -> None:
    """``Belediyesinde`` says where a meeting is: no title carries it (``Yeşilkent
    Belediyesinde toplantısı``, ``… Belediyesinde'nin``)."""
    titles = [e.title for e in extract(text, D)]
    assert not [t for t in titles if "nde" in t or "ndan" in t], titles


def test_a_council_named_before_its_meeting_names_it() -> None:
    text = "Yeşilkent Belediye Meclisi toplantısı [12 Mart'ta|2027-03-12] yapılacak."
    assert [e.title for e in extract(text, D) if e.type == "meeting"] == [
        "Yeşilkent Belediye Meclisi toplantısı"
    ]


SIGNINGS = [
    (
        "what a participle signs is the event noun after it, not its place",
        "Ankara'da [12 Mart'ta|2027-03-12] imzalanacak anlaşma iki ülkeyi yakınlaştıracak.",
        "Anlaşmanın imzalanması",
    ),
    (
        "a compound after the participle",
        "Ankara'da [12 Mart'ta|2027-03-12] imzalanacak ticaret anlaşması ihracatı artıracak.",
        "Ticaret anlaşmasının imzalanması",
    ),
    (
        "the signers before a bare accusative are no part of what is signed",
        "Bakanlar anlaşmayı [12 Mart'ta|2027-03-12] Ankara'da imzalayacak.",
        "Anlaşmanın imzalanması",
    ),
    (
        "a numbered subject before a bare accusative",
        "İki ülke anlaşmayı [12 Mart'ta|2027-03-12] Ankara'da imzalayacak.",
        "Anlaşmanın imzalanması",
    ),
    (
        "one signing told twice is one event",
        "Anlaşma [12 Mart'ta|2027-03-12] Ankara'da imzalanacak. Ankara'da [12 Mart'ta|2027-03-12]"
        " imzalanacak anlaşma iki ülkeyi yakınlaştıracak.",
        "Anlaşmanın imzalanması",
    ),
]


@pytest.mark.parametrize("name,text,title", SIGNINGS, ids=[c[0] for c in SIGNINGS])
def test_a_signing_is_titled_by_what_is_signed(name: str, text: str, title: str) -> None:
    """An agreement of common nouns: one event, titled by it, out of the feed."""
    events = [e for e in extract(text, D) if e.type == "signing"]
    assert [e.title for e in events] == [title]
    assert not events[0].in_feed(FEED_MIN_CONFIDENCE)


COMPOUNDS = [
    (
        "a three-noun compound keeps its first noun",
        "TÜİK, konut fiyat endeksi verilerini [12 Mart'ta|2027-03-12] açıklayacak.",
        "TÜİK konut fiyat endeksi verileri",
    ),
    (
        "the publisher named right before the compound is said once",
        "TÜİK tüketici güven endeksi verilerini [12 Mart'ta|2027-03-12] açıklayacak.",
        "TÜİK tüketici güven endeksi verileri",
    ),
    (
        "a bank named right before the compound owns it",
        "Merkez Bankası konut fiyat endeksi verilerini [12 Mart'ta|2027-03-12] açıklayacak.",
        "Merkez Bankası konut fiyat endeksi verileri",
    ),
]


@pytest.mark.parametrize("name,text,title", COMPOUNDS, ids=[c[0] for c in COMPOUNDS])
def test_a_compound_of_three_nouns_is_whole(name: str, text: str, title: str) -> None:
    assert [e.title for e in extract(text, D) if e.type == "release"] == [title]


def test_an_adjective_before_a_two_noun_compound_is_not_taken_in() -> None:
    """``yeni`` is no noun of ``fiyat endeksi``."""
    text = "TÜİK yeni fiyat endeksi verilerini [12 Mart'ta|2027-03-12] açıklayacak."
    titles = [e.title for e in extract(text, D) if e.type == "release"]
    assert titles and all("yeni" not in t.lower() for t in titles), titles


def test_an_event_noun_in_a_case_opening_a_sentence_starts_no_name() -> None:
    """``Açılışa Tesla yöneticileri``: the dative of ``açılış`` is a common noun; the name
    after it is no part of an event's name (no ``Açılışa Tesla``)."""
    text = (
        "Tesla fabrikasının açılışı [12 Mart'ta|2027-03-12] yapılacak. Açılışa Tesla yöneticileri"
        " de katılacak."
    )
    assert [e.title for e in extract(text, D)] == ["Tesla fabrikasının açılışı"]


@pytest.mark.parametrize(
    "text,title",
    [
        (
            "Ziyaret kapsamında, Kenya-Tanzanya Ortak Ekonomik İşbirliği Komisyonu'nun üçüncü "
            "toplantısı [4 Aralık'ta|2026-12-04] yapılacak.",
            "Kenya-Tanzanya Ortak Ekonomik İşbirliği Komisyonu'nun üçüncü toplantısı",
        ),
        (
            "Bakan Demir, Ege Kıyı Belediyeleri Çevre Koruma Birliği'nin toplantısına "
            "[4 Aralık'ta|2026-12-04] katılacak.",
            "Ege Kıyı Belediyeleri Çevre Koruma Birliği'nin toplantısı",
        ),
    ],
)
def test_an_owner_of_six_words_keeps_them_all(text: str, title: str) -> None:
    """A council named by the two countries it joins keeps them (audit of 2026-12-03, 4)."""
    assert [e.title for e in extract(text, D) if e.type == "meeting"] == [title]
