"""The generated gazetteer (``timeline/lang/tr/gazetteer.tsv``, built by
``tools/build_places.py``): it keeps every hand-picked place, gives every place its kind,
country code, zone and English name, and Türkiye's 81 provinces with their source named."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from babel import Locale
from babel.core import get_global

from timeline.events.lexicon import AMBIGUITY, lexicon
from timeline.lang import read_table, read_text
from timeline.text import search_key

ROWS = read_table("tr", "gazetteer.tsv")
COUNTRIES = [r for r in ROWS if r["kind"] == "country"]
ZONES = get_global("territory_zones")
KINDS = {"country", "capital", "city", "province", "district", "region"}
NOT_IN_CLDR = {"KKTC"}  # a country CLDR has no code for keeps its written name


def test_every_hand_picked_place_and_alias_is_kept_as_written():
    gazetteer = {(r["name"], r["kind"]): r for r in ROWS}
    for row in read_table("tr", "places.tsv"):
        kept = gazetteer.get((row["name"], row["kind"]))
        assert kept is not None, row["name"]
        for column in ("country", "parent"):
            assert kept[column] == row[column], (row["name"], column)
        assert kept["zone"] == row["zone"] or not row["zone"], row["name"]  # filled if empty
        aliases = set(filter(None, kept["aliases"].split("|")))
        assert set(filter(None, row["aliases"].split("|"))) <= aliases, row["name"]


def test_a_hand_picked_name_keeps_its_place_at_run_time():
    lex = lexicon("tr")
    for row in read_table("tr", "places.tsv"):
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            place = lex.place(name)
            assert place is not None and place.name == row["name"], name


def test_every_entry_has_a_kind_a_code_a_zone_and_an_english_name():
    for row in ROWS:
        assert row["kind"] in KINDS, row
        assert row["en"], row["name"]
        assert row["ambiguous"] in AMBIGUITY, row["name"]
        if row["zone"]:
            ZoneInfo(row["zone"])  # raises for an unknown zone
        if row["kind"] != "region" and row["country"] not in NOT_IN_CLDR:
            assert len(row["iso"]) == 2 and row["iso"].isupper(), row["name"]
            assert row["zone"] or not ZONES.get(row["iso"]), row["name"]  # Bouvet has none
        if row["lat"] or row["lon"]:
            assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180


def test_the_gazetteer_holds_every_country_of_cldr():
    codes = {r["iso"] for r in COUNTRIES if r["iso"]}
    assert len(codes) == len([r for r in COUNTRIES if r["iso"]])  # one entry per code
    assert len(codes) >= 245


@pytest.mark.parametrize("row", COUNTRIES, ids=[r["name"] for r in COUNTRIES])
def test_english_country_names_come_from_cldr(row):
    if row["name"] in NOT_IN_CLDR:
        assert row["en"] == row["name"]
        return
    english, turkish = Locale("en").territories, Locale("tr").territories
    assert row["en"] == english[row["iso"]]
    if search_key(turkish[row["iso"]]) != search_key(english[row["iso"]]):
        assert search_key(row["en"]) != search_key(row["name"]), row["name"]


def test_capitals_and_major_cities_of_the_world_are_known_in_turkish():
    lex = lexicon("tr")
    for turkish, english, code in [
        ("Moskova", "Moscow", "RU"),
        ("Pekin", "Beijing", "CN"),
        ("Vaşington", "Washington", None),
        ("Buenos Aires", "Buenos Aires", "AR"),
        ("Kahire", "Cairo", "EG"),
        ("Kuala Lumpur", "Kuala Lumpur", "MY"),
    ]:
        place = lex.place(turkish)
        assert place is not None, turkish
        if code:
            assert (place.en, place.iso) == (english, code)
            assert place.lat is not None and place.zone


def test_turkiye_provinces_and_towns_file_names_its_source():
    header = read_text("tr", "tr_admin.tsv").split("\n", 6)[:6]
    assert any("ISO 3166-2:TR" in line for line in header)
    assert any("GeoNames" in line for line in header)
    rows = read_table("tr", "tr_admin.tsv")
    provinces = [r for r in rows if r["kind"] == "province"]
    assert len(provinces) == 81
    assert sorted(r["code"] for r in provinces) == [f"TR-{n:02d}" for n in range(1, 82)]
    lex = lexicon("tr")
    for row in rows:
        place = lex.place(row["name"])
        assert place is not None, row["name"]  # "Körfez" the region keeps its name
    towns = {r["province"] for r in rows if r["kind"] == "district"}
    assert towns <= {r["name"] for r in provinces}


def test_every_reviewed_ambiguous_name_is_marked():
    lex = lexicon("tr")
    for row in read_table("tr", "place_ambiguity.tsv"):
        place = lex.place(row["name"])
        if row["reason"] == "never":
            assert place is None or place.name != row["name"] or place.kind != "district"
        elif row["reason"] == "place":
            assert place is not None and not place.ambiguous
        else:
            assert place is not None and place.ambiguous == row["reason"], row["name"]
