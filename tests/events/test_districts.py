"""Every district (ilçe) of Türkiye is in ``tr_admin.tsv`` with its province and the point of
its seat; a district of the full list that nobody has reviewed (``rare``) is read as strictly as
a person's name; a name several provinces share has its own province's point, never another's.
Sentences written for these tests."""

from __future__ import annotations

from math import asin, cos, radians, sin, sqrt

import pytest
from eventkit import extract

from timeline.events.district_provinces import shared_districts
from timeline.events.lexicon import lexicon
from timeline.events.mentions import find_places
from timeline.events.tokens import tokenize
from timeline.lang import read_table

ADMIN = read_table("tr", "tr_admin.tsv")
PROVINCES = {r["name"]: r for r in ADMIN if r["kind"] == "province"}
DISTRICTS = [r for r in ADMIN if r["kind"] == "district"]
GAZETTEER = read_table("tr", "gazetteer.tsv")


def km(a: dict[str, str], b: dict[str, str]) -> float:
    """Great-circle distance between two rows' points."""
    lat1, lon1, lat2, lon2 = map(radians, map(float, (a["lat"], a["lon"], b["lat"], b["lon"])))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * asin(sqrt(h))


def test_every_district_of_turkiye_is_listed_once_in_its_province():
    assert len(DISTRICTS) >= 880  # 973 districts less the central ones and reviewed words
    pairs = [(r["name"], r["province"]) for r in DISTRICTS]
    assert len(pairs) == len(set(pairs))
    per_province = {p: sum(r["province"] == p for r in DISTRICTS) for p in PROVINCES}
    assert min(per_province.values()) >= 2, per_province


def test_a_district_lies_near_its_own_province_seat():
    for row in DISTRICTS:
        seat = PROVINCES[row["province"]]
        assert 35.5 < float(row["lat"]) < 42.5 and 25.5 < float(row["lon"]) < 45.0, row
        assert km(row, seat) < 260, (row["name"], row["province"], round(km(row, seat)))


def test_shared_district_names_are_all_reviewed():
    provinces: dict[str, set[str]] = {}
    for row in DISTRICTS:
        provinces.setdefault(row["name"], set()).add(row["province"])
    shared = {name: set(p) for name, p in shared_districts("tr").items()}
    for name, found in provinces.items():
        if len(found) > 1:
            assert shared.get(name) == found, name


def test_a_shared_districts_point_belongs_to_its_own_province():
    """The gazetteer's one entry of a shared name (``Yenişehir``: Diyarbakır) has the point of
    that province's district, nearer its seat than any namesake's province."""
    gazetteer = {r["name"]: r for r in GAZETTEER}
    checked = 0
    for name, provinces in shared_districts("tr").items():
        row = gazetteer.get(name)
        if row is None or row["kind"] != "district" or not row["lat"]:
            continue
        own = [r for r in DISTRICTS if r["name"] == name and r["province"] == row["parent"]]
        assert own and (own[0]["lat"], own[0]["lon"]) == (row["lat"], row["lon"]), name
        nearest = min(provinces, key=lambda p: km(row, PROVINCES[p]))
        assert nearest == row["parent"], (name, row["parent"], nearest)
        checked += 1
    assert checked >= 15
    assert gazetteer["Yenişehir"]["parent"] == "Diyarbakır"
    assert km(gazetteer["Yenişehir"], PROVINCES["Diyarbakır"]) < 30


def test_a_hand_picked_district_gets_its_seats_point():
    row = next(r for r in GAZETTEER if r["name"] == "Kadıköy")
    assert km(row, PROVINCES["İstanbul"]) < 30


def places(sentence: str) -> list[tuple[str, str]]:
    tokens = tokenize(sentence, 0, len(sentence))
    found = find_places(sentence, tokens, lexicon("tr"), [])
    return [(pm.place.name, pm.place.parent) for pm in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a small district in the locative, or with a place noun after it
        ("Hafta sonu Tomarza'da bir köy düğünü yapıldı.", [("Tomarza", "Kayseri")]),
        ("Gençler Sütçüler ilçesinde fidan dikti.", [("Sütçüler", "Isparta")]),
        ("Kafile sabah Çamardı'dan yola çıktı.", [("Çamardı", "Niğde")]),
        # not in the dative, nor as part of a longer name, nor bare
        ("Kullanıcıları yeni uygulama Küre'ye davet etti.", []),
        ("Yatırımcı, Mavi Araç'taki payını satmayı düşünüyor.", []),
        ("Tomarza ekibi maçı kazandı.", []),
    ],
)
def test_a_rare_district_is_read_only_where_the_text_says_place(sentence, expected):
    assert places(sentence) == expected


def test_a_reviewed_word_district_is_not_a_place():
    assert places("Marmara'da fırtına bekleniyor.") == []
    assert lexicon("tr").place("Laçin") is None


def test_a_rare_district_name_may_be_a_persons_name():
    text = (
        "Tiyatro haberi\nYönetmen Sason Aktaş'ın yeni oyunu [14 Nisan'da|2026-04-14] "
        "Trabzon'da sahnelenecek."
    )
    events = [e for e in extract(text, "2026-04-01") if e.date == "2026-04-14"]
    assert [e.location for e in events] == ["Trabzon"]


def test_a_village_or_quarter_of_a_districts_name_is_not_the_district():
    def found(sentence: str) -> list[tuple[str, str, str | None]]:
        tokens = tokenize(sentence, 0, len(sentence))
        return [
            (pm.place.name, pm.place.kind, pm.place.parent)
            for pm in find_places(sentence, tokens, lexicon("tr"), [])
        ]

    assert found("Şenlik Tomarza köyünde yapılacak.") == [("Tomarza", "venue", None)]
    assert found("Kermes Sütçüler mahallesinde kurulacak.") == [("Sütçüler", "venue", None)]
    assert found("Tören Kayseri'nin Tomarza ilçesinde yapılacak.") == [
        ("Kayseri", "province", None),
        ("Tomarza", "district", "Kayseri"),
    ]


@pytest.mark.parametrize(
    ("name", "case", "form"),
    [
        ("Pınarbaşı", "locative", "Pınarbaşı'nda"),  # a possessed head written joined
        ("Kuşadası", "dative", "Kuşadası'na"),
        ("Odunpazarı", "ablative", "Odunpazarı'ndan"),
        ("Bozcaada", "locative", "Bozcaada'da"),  # "ada" unpossessed: no n
        ("Tomarza", "dative", "Tomarza'ya"),
    ],
)
def test_a_district_takes_its_case_endings(name, case, form):
    assert lexicon("tr").attach(name, case, apostrophe=True) == form
