"""A named event whose owner is told by a common noun (audit of 2026-12-03, 4): the genitive
of an organisation's head right before the name points back at the organisation named
earlier in the article. Every sentence is written for these tests."""

from __future__ import annotations

from eventkit import extract

D = "2026-05-04"


def _titles(text: str, kind: str) -> list[str]:
    return [e.title for e in extract(text, D) if e.type == kind]


def test_a_known_organisation_named_before_owns_the_summit() -> None:
    text = (
        "Bakanlar, Avrasya Ekonomik Birliği toplantısında bir araya geldi. Birliğin 12. "
        "Yüksek Konsey Zirvesi [20 Haziran'da|2026-06-20] Minsk'te yapılacak."
    )
    assert _titles(text, "summit") == ["Avrasya Ekonomik Birliği 12. Yüksek Konsey Zirvesi"]


def test_an_acronym_named_before_owns_the_summit() -> None:
    text = (
        "KGAÖ üyeleri savunma işbirliğini görüştü. Örgütün Liderler Zirvesi "
        "[14 Kasım'da|2026-11-14] Erivan'da düzenlenecek."
    )
    assert _titles(text, "summit") == ["Kolektif Güvenlik Antlaşması Örgütü Liderler Zirvesi"]


def test_an_unknown_organisation_is_read_from_its_capitalised_name() -> None:
    text = (
        "Karadeniz Fındık Üreticileri Birliği yeni hasat fiyatını açıkladı. Birliğin 7. "
        "Olağan Kongresi [3 Temmuz'da|2026-07-03] Giresun'da yapılacak."
    )
    assert _titles(text, "conference") == [
        "Karadeniz Fındık Üreticileri Birliği 7. Olağan Kongresi"
    ]


def test_no_organisation_of_that_head_before_leaves_the_name_alone() -> None:
    text = (
        "Liderler yeni ticaret yollarını konuştu. Örgütün 9. Zirvesi [8 Ekim'de|2026-10-08] "
        "Bakü'de yapılacak."
    )
    assert all("Örgüt" not in t for t in _titles(text, "summit"))


def test_a_person_title_opens_no_organisation_name() -> None:
    text = (
        "Başkan Ayla Demir Kıyı Balıkçıları Birliği adına konuştu. Birliğin Genel Kurulu "
        "[9 Haziran'da|2026-06-09] Sinop'ta toplanacak."
    )
    titles = [e.title for e in extract(text, D)]
    assert all("Başkan" not in t and "Demir" not in t for t in titles), titles


def test_a_word_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = (
        "Dün Trakya Arıcılar Birliği bal fiyatını duyurdu. Birliğin 4. Olağan Kongresi "
        "[11 Eylül'de|2026-09-11] Edirne'de yapılacak."
    )
    assert _titles(text, "conference") == ["Trakya Arıcılar Birliği 4. Olağan Kongresi"]
