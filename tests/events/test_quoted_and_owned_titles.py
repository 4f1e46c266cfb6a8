"""Titles a newsroom writes (issue 13): a quoted name before its event noun names the event
(not the place), and a genitive owner keeps its adjective (``olağan``) and stays the subject
of the verb that tells when its event is held. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

D = "2027-02-10"

QUOTED = [
    (
        "double quotes before a festival",
        "\"Sahil Sesleri\" festivali [3 Temmuz'da|2027-07-03] Çeşme'de başlıyor.",
        "festival",
        "Sahil Sesleri festivali",
    ),
    (
        "single quotes and a year inside the name",
        "'Dijital Gelecek 2027' konferansı [11 Mart'ta|2027-03-11] İzmir'de düzenlenecek.",
        "conference",
        "Dijital Gelecek 2027 konferansı",
    ),
    (
        "typographic quotes",
        "“Kış Işıkları” festivali [20 Aralık'ta|2027-12-20] Eskişehir'de yapılacak.",
        "festival",
        "Kış Işıkları festivali",
    ),
    (
        "a closing quote that is also an apostrophe",
        "‘Kuzey Rüzgârı’ konferansı [9 Mayıs'ta|2027-05-09] Sinop'ta yapılacak.",
        "conference",
        "Kuzey Rüzgârı konferansı",
    ),
]


@pytest.mark.parametrize("name,text,kind,title", QUOTED, ids=[c[0] for c in QUOTED])
def test_a_quoted_name_titles_its_event(name: str, text: str, kind: str, title: str) -> None:
    assert [e.title for e in extract(text, D) if e.type == kind] == [title]


@pytest.mark.parametrize(
    "text",
    [
        'Vali, "Çok önemli" toplantı [4 Mart\'ta|2027-03-04] yapılacak dedi.',
        'Müdür "hazırız" festivali [4 Mart\'ta|2027-03-04] yapacağız dedi.',
    ],
)
def test_a_quotation_before_a_bare_or_lower_case_head_names_nothing(text: str) -> None:
    """A bare head (``toplantı``) is described, not named; a quotation in lower case is
    speech."""
    titles = [e.title for e in extract(text, D)]
    assert not [t for t in titles if "önemli" in t.lower() or "hazır" in t.lower()], titles


OWNED = [
    (
        "a party's ordinary congress, told by a verb of meeting",
        "Demokratik Gelişim Partisi'nin olağan kurultayı [18 Nisan'da|2027-04-18] Ankara'da"
        " toplanacak.",
        "conference",
        "Demokratik Gelişim Partisi'nin olağan kurultayı",
    ),
    (
        "a party's ordinary congress, held",
        "Özgür Adımlar Partisi'nin olağan kurultayı [18 Nisan'da|2027-04-18] Bursa'da yapılacak.",
        "conference",
        "Özgür Adımlar Partisi'nin olağan kurultayı",
    ),
    (
        "an extraordinary congress of a common-noun owner",
        "Sendikanın olağanüstü kongresi [6 Haziran'da|2027-06-06] Samsun'da toplanacak.",
        "conference",
        "Sendikanın olağanüstü kongresi",
    ),
    (
        "a yearly meeting of a chamber",
        "Mimarlar Odası Şubesi'nin yıllık toplantısı [12 Mayıs'ta|2027-05-12] Trabzon'da"
        " yapılacak.",
        "meeting",
        "Mimarlar Odası Şubesi'nin yıllık toplantısı",
    ),
]


@pytest.mark.parametrize("name,text,kind,title", OWNED, ids=[c[0] for c in OWNED])
def test_an_owner_keeps_its_adjective(name: str, text: str, kind: str, title: str) -> None:
    """Not ``Ankara toplantısı`` (the verb ``toplanacak`` taken for a meeting of its own) nor
    ``Bursa kurultayı`` (the place for lack of an owner)."""
    events = extract(text, D)
    assert [e.title for e in events if e.type == kind] == [title]
    assert [e.type for e in events] == [kind]


def test_three_adjectives_are_no_owner_phrase() -> None:
    text = (
        "Derneğin olağan yıllık geleneksel olağanüstü toplantısı [12 Mayıs'ta|2027-05-12]"
        " Kars'ta yapılacak."
    )
    titles = [e.title for e in extract(text, D)]
    assert "Derneğin olağan yıllık geleneksel olağanüstü toplantısı" not in titles


def test_a_plural_word_before_a_possessed_head_belongs_to_the_owner() -> None:
    """``Adımlar Partisi'nin``: the plural is the head's modifier, not the sentence's subject
    (``Yatırımcılar Fed'in faiz kararını`` keeps its subject out)."""
    owned = "Gezginler Kulübü'nün yıllık toplantısı [12 Mayıs'ta|2027-05-12] Van'da yapılacak."
    assert [e.title for e in extract(owned, D)] == ["Gezginler Kulübü'nün yıllık toplantısı"]
    subject = "Yatırımcılar Fed'in faiz kararını [18 Nisan'da|2027-04-18] bekliyor."
    assert [e.title for e in extract(subject, D)] == ["Fed'in faiz kararı"]


NUMBERED = [
    (
        "a party before its numbered congress",
        "Yeni Yol Partisi'nin 9. Olağan Büyük Kongresi [2 Mayıs'ta|2027-05-02] yapılacak.",
        "Yeni Yol Partisi'nin 9. Olağan Büyük Kongresi",
    ),
    (
        "an acronym before its numbered summit",
        "NATO'nun 78. Zirvesi [9 Temmuz'da|2027-07-09] Oslo'da yapılacak.",
        "NATO'nun 78. Zirvesi",
    ),
    (
        "a union before its numbered general assembly",
        "Kıyı Balıkçıları Birliği'nin 12. Genel Kurulu [3 Haziran'da|2027-06-03] Sinop'ta"
        " toplanacak.",
        "Kıyı Balıkçıları Birliği'nin 12. Genel Kurulu",
    ),
    (
        "a country before a numbered summit is no owner",
        "Türkiye'nin 5. Orta Asya Zirvesi [9 Temmuz'da|2027-07-09] Bişkek'te yapılacak.",
        "5. Orta Asya Zirvesi",
    ),
    (
        "a possessed head alone is no owner",
        "Partisi'nin 9. Kongresi [2 Mayıs'ta|2027-05-02] yapılacak.",
        "9. Kongresi",
    ),
]


@pytest.mark.parametrize("name,text,title", NUMBERED, ids=[c[0] for c in NUMBERED])
def test_a_body_before_a_numbered_name_owns_it(name: str, text: str, title: str) -> None:
    assert [e.title for e in extract(text, D)] == [title]


def test_a_meeting_within_an_owned_event_is_no_predicate_of_it() -> None:
    """``A ile B'nin … zirvesi kapsamında … bir araya gelecek``: two owners and a frame word;
    the meeting is a happening of its own, not the summit's verb."""
    text = (
        "Aliyev ile Tokayev'in Türk Devletleri Teşkilatı zirvesi kapsamında [12 Mayıs'ta|"
        "2027-05-12] Bakü'de bir araya geleceği bildirildi."
    )
    assert "meeting" in [e.type for e in extract(text, D)]


PLACE_NAMED = [
    (
        "a singer's concert in a city",
        "Şarkıcı Defne Aksoy'un İzmir konseri [20 Mayıs'ta|2027-05-20] yapılacak.",
        "Defne Aksoy'un İzmir konseri",
        "İzmir",
    ),
    (
        "a person's title is no word of the owner",
        "Bakan Yücel'in Bursa ziyareti [20 Mayıs'ta|2027-05-20] gerçekleşecek.",
        "Yücel'in Bursa ziyareti",
        "Bursa",
    ),
    (
        "an acronym before a capitalised name owns it",
        "OPEC'in Bakanlar Toplantısı [3 Nisan'da|2027-04-03] Viyana'da yapılacak.",
        "OPEC'in Bakanlar Toplantısı",
        "Viyana",
    ),
    (
        "a country acronym before a name is no owner",
        "ABD'nin Ulusal Güvenlik Zirvesi [3 Nisan'da|2027-04-03] yapılacak.",
        "Ulusal Güvenlik Zirvesi",
        None,
    ),
]


@pytest.mark.parametrize("name,text,title,place", PLACE_NAMED, ids=[c[0] for c in PLACE_NAMED])
def test_a_genitive_name_before_a_named_event_owns_it(
    name: str, text: str, title: str, place: str | None
) -> None:
    """``İzmir konseri`` says where; ``Defne Aksoy'un`` says whose: both stay, and the city
    still places the event."""
    events = extract(text, D)
    assert [e.title for e in events] == [title]
    assert events[0].location == place


SUBJECTS = [
    (
        "a union of three words and its members",
        "Sağlık Çalışanları Sendikası üyeleri [3 Mart'ta|2027-03-03] iş bırakacak.",
        "Sağlık Çalışanları Sendikası üyelerinin iş bırakma eylemi",
    ),
    (
        "an association of five words and its members",
        "Kuzey Anadolu Doğa Koruma Derneği üyeleri [9 Nisan'da|2027-04-09] iş bırakacak.",
        "Kuzey Anadolu Doğa Koruma Derneği üyelerinin iş bırakma eylemi",
    ),
    (
        "common nouns keep their three words",
        "Liman işçileri [15 Mart'ta|2027-03-15] greve çıkacak.",
        "Liman işçilerinin grevi",
    ),
]


@pytest.mark.parametrize("name,text,title", SUBJECTS, ids=[c[0] for c in SUBJECTS])
def test_a_name_before_a_verb_trigger_is_whole(name: str, text: str, title: str) -> None:
    """Not ``Çalışanları Sendikası üyelerinin …``: a name's first word is no word too many."""
    assert [e.title for e in extract(text, D)] == [title]


HELD = [
    (
        "a party holds its congress",
        "Yeni Yol Partisi, olağan kongresini [2 Mayıs'ta|2027-05-02] yapacak.",
        "Yeni Yol Partisi kongresi",
    ),
    (
        "an association holds a conference in a city",
        "Hekimler Derneği, [2 Mayıs'ta|2027-05-02] Trabzon'da konferans düzenleyecek.",
        "Hekimler Derneği konferansı",
    ),
]


@pytest.mark.parametrize("name,text,title", HELD, ids=[c[0] for c in HELD])
def test_a_body_that_holds_a_congress_titles_it(name: str, text: str, title: str) -> None:
    """The body that opens the sentence, not the city (``Trabzon konferansı``)."""
    assert [e.title for e in extract(text, D) if e.type == "conference"] == [title]


def test_a_common_noun_opening_the_sentence_holds_no_congress() -> None:
    text = "Sendika, [2 Mayıs'ta|2027-05-02] Trabzon'da kongre yapacak."
    assert [e.title for e in extract(text, D) if e.type == "conference"] == ["Trabzon kongresi"]


DEFENDANTS = [
    (
        "a journalist's case",
        "Gazeteci Murat Eren'in yargılandığı davanın duruşması [22 Nisan'da|2027-04-22] görülecek.",
        "Murat Eren davasının duruşması",
    ),
    (
        "a former governor's case and its numbered session",
        "Eski vali Kemal Tunç'un yargılandığı davanın ikinci duruşması [4 Mayıs'ta|2027-05-04]"
        " yapılacak.",
        "Kemal Tunç davasının ikinci duruşması",
    ),
    (
        "a case with no defendant named",
        "Davanın duruşması [22 Nisan'da|2027-04-22] görülecek.",
        "Davanın duruşması",
    ),
]


@pytest.mark.parametrize("name,text,title", DEFENDANTS, ids=[c[0] for c in DEFENDANTS])
def test_a_case_is_titled_by_its_defendant(name: str, text: str, title: str) -> None:
    assert [e.title for e in extract(text, D) if e.type == "hearing"] == [title]
