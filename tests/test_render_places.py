"""Places in the feeds: English names on English feeds and pages, and Apple's map location
(``X-APPLE-STRUCTURED-LOCATION``) where the gazetteer has coordinates; never ``GEO``."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from helpers import require, shared_tool
from icalendar import Calendar
from test_render_ics import stored

from timeline.places import coordinates, localized, place_label
from timeline.render.ics import FeedOptions, render_calendar

EN = FeedOptions(base_url="https://events.example.org", lang="en")
TR = FeedOptions(base_url="https://events.example.org", lang="tr")


def vevents(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


@pytest.mark.parametrize(
    ("location", "country", "lang", "label"),
    [
        ("Moskova", "Rusya", "en", "Moscow, Russia"),
        ("Moskova", "Rusya", "tr", "Moskova, Rusya"),
        ("Rusya", "Rusya", "en", "Russia"),
        ("Kilyos, İstanbul", "Türkiye", "en", "Kilyos, Istanbul, Türkiye"),
        (
            "Haliç Kongre Merkezi, İstanbul",
            "Türkiye",
            "en",
            "Haliç Kongre Merkezi, Istanbul, Türkiye",
        ),
        ("Bilinmeyen Kasaba", None, "en", "Bilinmeyen Kasaba"),
        ("Avrupa", None, "en", "Europe"),
        (None, "Almanya", "en", "Germany"),
        (None, None, "en", ""),
    ],
)
def test_place_label_in_each_language(location, country, lang, label):
    assert place_label(location, country, lang) == label


def test_a_place_the_gazetteer_does_not_know_keeps_its_written_name():
    assert localized("Çamlıca Yaylası", "en") == "Çamlıca Yaylası"


@pytest.mark.parametrize(
    ("location", "has_point"),
    [
        ("Moskova", True),
        ("Kilyos, İstanbul", True),  # Kilyos has no point of its own: İstanbul's
        ("Rusya", False),  # a country is no point on a map
        ("Orta Asya", False),
        ("Bilinmeyen Kasaba", False),
        (None, False),
    ],
)
def test_coordinates_of_the_most_specific_known_part(location, has_point):
    point = coordinates(location)
    assert (point is not None) == has_point
    if point:
        lat, lon, radius = point
        assert -90 <= lat <= 90 and -180 <= lon <= 180 and radius > 0


def test_english_feed_names_places_in_english_with_a_map_location():
    data = render_calendar([stored("a", location="Moskova", country="Rusya")], EN)
    (event,) = vevents(data)
    assert str(event["LOCATION"]) == "Moscow, Russia"
    apple = event["X-APPLE-STRUCTURED-LOCATION"]
    assert str(apple).startswith("geo:55.7") and ",37.6" in str(apple)
    assert apple.params["VALUE"] == "URI"
    assert apple.params["X-TITLE"] == str(event["LOCATION"])
    assert int(apple.params["X-APPLE-RADIUS"]) > 0
    assert "GEO" not in event


def test_turkish_feed_keeps_turkish_names_and_titles_the_map_location_alike():
    data = render_calendar([stored("a", location="Kilyos, İstanbul", country="Türkiye")], TR)
    (event,) = vevents(data)
    assert str(event["LOCATION"]) == "Kilyos, İstanbul, Türkiye"
    assert event["X-APPLE-STRUCTURED-LOCATION"].params["X-TITLE"] == str(event["LOCATION"])
    assert b"\r\nGEO" not in data


@pytest.mark.parametrize(
    ("location", "country"), [("Rusya", "Rusya"), (None, None), ("Bilinmeyen Kasaba", None)]
)
def test_no_map_location_without_coordinates(location, country):
    (event,) = vevents(render_calendar([stored("a", location=location, country=country)], EN))
    assert "X-APPLE-STRUCTURED-LOCATION" not in event
    assert "GEO" not in event


@pytest.mark.realclient
def test_ics_check_accepts_feeds_with_map_locations(tmp_path):
    tool = shared_tool("ics-check")
    require(tool is not None, "shared/tools/ics-check", "run from a checkout beside shared/")
    require(shutil.which("node") is not None, "Node.js (for ical.js)", "install nodejs and npm")
    items = [
        stored("a", location="Moskova", country="Rusya"),
        stored("b", location="Kilyos, İstanbul", country="Türkiye", time="20:00"),
        stored("c", location='Deniz "Mavi" Stadı, İzmir', country="Türkiye"),
        stored("d", location="Tokyo", country="Japonya", time="09:30", timezone="Asia/Tokyo"),
    ]
    paths = []
    for options in (EN, TR):
        path = tmp_path / f"places-{options.lang}.ics"
        data = render_calendar(items, options)
        assert data.count(b"X-APPLE-STRUCTURED-LOCATION") == 4
        path.write_bytes(data)
        paths.append(str(path))
    result = subprocess.run(
        [str(tool), "--quiet", *paths], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 failed" in result.stdout + result.stderr


@pytest.mark.parametrize("value", ["Moskova", "Moscow", "moscow", "Russia", "Moskova'da"])
def test_where_filter_takes_english_place_names_too(value):
    from datetime import date

    from timeline.filters import matches, parse

    item = stored("a", location="Moskova", country="Rusya")
    other = stored("b", location="Paris", country="Fransa")
    f = parse({"where": value})
    assert matches(item, f, date(2025, 10, 30))
    assert not matches(other, f, date(2025, 10, 30))
