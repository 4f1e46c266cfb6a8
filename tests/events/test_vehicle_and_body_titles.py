"""Titles a reader accepts (issue 13): a launch is titled by the vehicle it sends up, never by
where it goes nor by a common noun that opens its sentence; a programme's item keeps its own
words and is held at the venue set off after it; an acronym that owns another noun (the
board's chair, its decision) is no event; a passive celebration is not the speaker's, nor an
anniversary a person's. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "2027-01-04"


def feed(text: str, published: str = D) -> list[tuple[str, str | None]]:
    return [
        (e.title, e.location) for e in extract(text, published) if e.in_feed(FEED_MIN_CONFIDENCE)
    ]


LAUNCHES = [
    (
        "a name and its vehicle noun, the destination in the dative",
        "Haberleşme uydusu Altay 5B [11 Mart'ta|2027-03-11] uzaya fırlatılacak.",
        "Altay 5B'nin fırlatılması",
    ),
    (
        "a name before the vehicle noun, the destination in the dative",
        "Ceylan 2C uydusu [9 Nisan'da|2027-04-09] yörüngeye fırlatılacak.",
        "Ceylan 2C uydusunun fırlatılması",
    ),
    (
        "a hyphenated number in the name, an ablative of where from",
        "Doğan-4 [14 Haziran'da|2027-06-14] Kazakistan'dan fırlatılacak.",
        "Doğan-4'ün fırlatılması",
    ),
    (
        "the carrier in the comitative is not what is launched",
        "Atlas 3 roketiyle Pusula-1 uydusu [2 Ağustos'ta|2027-08-02] fırlatılacak.",
        "Pusula-1 uydusunun fırlatılması",
    ),
    (
        "the owner before the vehicle stays out",
        "Japon ajansının Hikari 7 sondası [20 Eylül'de|2027-09-20] fırlatılacak.",
        "Hikari 7 sondasının fırlatılması",
    ),
]


@pytest.mark.parametrize("name,text,title", LAUNCHES, ids=[c[0] for c in LAUNCHES])
def test_a_launch_is_titled_by_its_vehicle(name: str, text: str, title: str) -> None:
    assert [t for t, _ in feed(text)] == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Gözlem uydusu [5 Mayıs'ta|2027-05-05] uzaya fırlatılacak.",
        "Roket, [18 Temmuz'da|2027-07-18] fırlatılacak.",
        "Uydu [7 Ekim'de|2027-10-07] Fransız Guyanası'ndan fırlatılacak.",
        "Meteoroloji uydusu [1 Kasım'da|2027-11-01] yörüngeye fırlatılacak.",
    ],
)
def test_a_launch_of_no_named_vehicle_stays_out_of_the_feed(text: str) -> None:
    assert feed(text) == []


def test_a_common_noun_in_the_genitive_opening_a_launch_names_no_company() -> None:
    text = "Firmanın yeni telefonunun lansmanı [6 Mart'ta|2027-03-06] yapılacak."
    assert all("'" not in e.title for e in extract(text, D))


PROGRAMME = (
    "Sempozyum programı\n"
    "[12 Mayıs Çarşamba|2027-05-12]\n"
    "[09.30|2027-05-12T09:30] Açılış töreni (Kongre Merkezi)\n"
    "[11.00|2027-05-12T11:00] Çevre paneli (Kültür Merkezi)\n"
    "[19.00|2027-05-12T19:00] Gala konseri – Sahil Açıkhava Tiyatrosu\n"
)


def test_a_programme_item_keeps_its_words_and_its_venue() -> None:
    events = {e.title: e.location for e in extract(PROGRAMME, D) if e.time}
    assert events["Açılış töreni"] == "Kongre Merkezi"
    assert events["Gala konseri"] == "Sahil Açıkhava Tiyatrosu"
    assert not any("(" in title or "Merkezi" in title for title in events)


def test_an_aside_that_is_no_venue_stays_in_the_item() -> None:
    text = (
        "Program\n[3 Haziran Perşembe|2027-06-03]\n"
        "[10.00|2027-06-03T10:00] Açılış töreni (canlı yayın)\n"
    )
    assert [e.title for e in extract(text, D) if e.time] == ["Açılış töreni (canlı yayın)"]


BODIES = [
    (
        "the board's chair",
        "Ulusal Seçim Kurulu (USK) Başkanı, genel seçimin [16 Mayıs'ta|2027-05-16] "
        "yapılacağını duyurdu.",
        "Genel seçim",
    ),
    (
        "the commission's chair named after it",
        "Merkezi Seçim Komitesi (MSKO) Başkanı Arda Kaya, yerel seçimlerin [7 Kasım'da|2027-11-07] "
        "yapılacağını söyledi.",
        "Yerel seçimler",
    ),
]


@pytest.mark.parametrize("name,text,title", BODIES, ids=[c[0] for c in BODIES])
def test_an_acronym_owning_another_noun_titles_no_election(
    name: str, text: str, title: str
) -> None:
    assert [t for t, _ in feed(text)] == [title]


def test_an_acronym_defined_as_an_event_still_names_it() -> None:
    text = "Ulusal Yetenek Sınavı (UYS) [20 Haziran'da|2027-06-20] yapılacak."
    assert [t for t, _ in feed(text)] == ["UYS (Ulusal Yetenek Sınavı)"]


def test_an_owner_keeps_its_national_adjective() -> None:
    text = "Türk Nöroloji Derneği'nin ulusal kongresi [8 Ekim'de|2027-10-08] Mersin'de başlayacak."
    assert feed(text) == [("Türk Nöroloji Derneği'nin ulusal kongresi", "Mersin")]


@pytest.mark.parametrize(
    "text",
    [
        "Belediye Başkanı Seda Ural, ilçenin kuruluş yıl dönümünün [4 Haziran'da|2027-06-04] "
        "kutlanacağını söyledi.",
        "Vali Tarık Sönmez, kurtuluşun yıl dönümünün [11 Eylül'de|2027-09-11] coşkuyla "
        "kutlanacağını bildirdi.",
    ],
)
def test_a_celebration_is_not_the_speakers(text: str) -> None:
    assert extract(text, D)  # the day is read…
    assert not any(name in title for title, _ in feed(text) for name in ("Ural", "Sönmez"))


def test_a_launch_is_placed_where_it_leaves_from() -> None:
    text = "Doğan-4, [14 Haziran'da|2027-06-14] Kazakistan'dan fırlatılacak."
    assert feed(text) == [("Doğan-4'ün fırlatılması", "Kazakistan")]


def test_a_name_modifying_a_common_noun_names_no_vehicle() -> None:
    text = "Orion-7 ekibi [3 Ekim'de|2027-10-03] uzaya fırlatılacak."
    assert feed(text) == []


def test_a_clock_times_zone_is_no_place() -> None:
    zoned = (
        "Bakanlar toplantısı Japonya saatiyle [9 Mart'ta 10.00'da|2027-03-09T10:00] çevrim içi "
        "yapılacak."
    )
    assert [(e.title, e.location) for e in extract(zoned, D)] == [("Bakanlar toplantısı", None)]
    held = "Bakanlar toplantısı [9 Mart'ta 10.00'da|2027-03-09T10:00] Japonya'da yapılacak."
    assert [e.location for e in extract(held, D)] == ["Japonya"]


@pytest.mark.parametrize(
    "text,title",
    [
        ("Genel seçim [13 Haziran'da|2027-06-13] yapılacak.", "Genel seçim"),
        (
            "Komisyon, ara seçimlerin [5 Eylül'de|2027-09-05] yapılacağını açıkladı.",
            "Ara seçimler",
        ),
        ("Ülkede kısmi seçim [21 Kasım'da|2027-11-21] yapılacak.", "Kısmi seçim"),
    ],
)
def test_an_election_named_by_its_adjective(text: str, title: str) -> None:
    assert [t for t, _ in feed(text)] == [title]


def test_a_possessed_election_keeps_its_compound() -> None:
    text = "Belediye başkanlığı seçiminin [2 Mayıs'ta|2027-05-02] yapılacağı açıklandı."
    assert [t for t, _ in feed(text)] == ["Belediye başkanlığı seçimi"]


@pytest.mark.parametrize(
    "text,title",
    [
        (
            "Şarkıcı Ece Tunalı [21 Ağustos'ta|2027-08-21] Harbiye'de konser verecek.",
            "Ece Tunalı konseri",
        ),
        (
            "Heykeltıraş Ömer Aksu'nun sergisi [2 Nisan'da|2027-04-02] Beyoğlu'nda açılacak.",
            "Ömer Aksu'nun sergisi",
        ),
    ],
)
def test_a_trade_before_a_name_leaves_the_title(text: str, title: str) -> None:
    assert [t for t, _ in feed(text)] == [title]
