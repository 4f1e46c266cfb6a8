"""Interface text: both catalogs complete and consistent, every key the pages use present,
dates and resolved values written per language."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from timeline.i18n import LANGUAGES, catalog, choose, describe_value, format_date, gettext

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "web" / "templates"
CODE = [ROOT / "web" / "pages.py", ROOT / "web" / "timelinejs.py", ROOT / "web" / "state.py"]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_catalogs_have_the_same_keys():
    tr, en = set(catalog("tr")), set(catalog("en"))
    assert tr - en == set(), "keys missing from en.tsv"
    assert en - tr == set(), "keys missing from tr.tsv"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_lines_are_well_formed(lang):
    path = ROOT / "timeline" / "i18n" / f"{lang}.tsv"
    keys = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        key, tab, value = line.partition("\t")
        assert tab and value.strip(), f"{path.name}:{number}: no text for {key!r}"
        keys.append(key)
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert not duplicates, f"{path.name}: keys given twice: {sorted(duplicates)}"


def test_placeholders_agree_between_languages():
    for key, text in catalog("tr").items():
        assert _fields(text) == _fields(catalog("en")[key]), key


def _template_keys() -> set[str]:
    keys = set()
    for path in TEMPLATES.glob("*.html"):
        keys |= set(re.findall(r"\bt\('([a-z_.]+)'", path.read_text(encoding="utf-8")))
    return keys


def test_every_key_the_templates_use_exists_in_both_catalogs():
    used = {k for k in _template_keys() if not k.endswith(".")}
    assert len(used) > 40
    for lang in LANGUAGES:
        missing = sorted(k for k in used if k not in catalog(lang))
        assert missing == [], f"{lang}: {missing}"


def test_every_literal_key_the_code_uses_exists():
    used = set()
    for path in CODE:
        used |= set(re.findall(r'gettext\([a-z]+, "([a-z_.]+)"', path.read_text(encoding="utf-8")))
    assert used
    for lang in LANGUAGES:
        assert sorted(k for k in used if k not in catalog(lang)) == [], lang


@pytest.mark.parametrize(
    "prefix, names",
    [
        ("ui.order.", ("chrono", "upcoming")),
        ("ui.facet.", ("people", "places", "countries", "types", "statuses", "outlets")),
        ("ui.precision_note.", ("month", "year")),
        ("ui.change.", ("postponed", "cancelled", "rescheduled")),
        ("field.", ("date", "end", "time", "granularity", "location", "status", "title")),
        ("ui.", ("who", "where", "type", "status", "source", "q", "from", "to", "upcoming")),
    ],
)
def test_families_of_keys_are_complete(prefix, names):
    for lang in LANGUAGES:
        for name in names:
            assert f"{prefix}{name}" in catalog(lang), (lang, prefix + name)


DATES = [
    ("tr", "2025-11-12", None, "12 Kasım 2025"),
    ("en", "2025-11-12", None, "12 November 2025"),
    ("tr", "2025-11", None, "Kasım 2025"),
    ("en", "2025-11", None, "November 2025"),
    ("tr", "2022", None, "2022"),
    ("en", "2026-06-15", "2026-06-16", "15–16 June 2026"),
    ("tr", "2025-12-30", "2026-01-02", "30 Aralık 2025 – 2 Ocak 2026"),
]


@pytest.mark.parametrize(("lang", "value", "end", "expected"), DATES)
def test_format_date(lang, value, end, expected):
    assert format_date(lang, value, end) == expected


VALUES = [
    ("tr", "2025-11-12", None, "12 Kasım 2025"),
    ("en", "2025-11-12T14:00", None, "12 November 2025, 14:00"),
    ("tr", "2025-11-12TMO", None, "12 Kasım 2025, sabah"),
    ("en", "2025-11-12TEV", None, "12 November 2025, evening"),
    ("tr", "2025-W46", None, "2025 yılının 46. haftası"),
    ("en", "P3Y", None, "3 years"),
    ("tr", "PT2H", None, "2 saat"),
    ("tr", "2025-11", "END", "Kasım 2025 sonu"),
    ("en", "2025", "START", "start of 2025"),
    ("en", "2025-09-07,2025-09-13", None, "7 September 2025, 13 September 2025"),
    ("tr", "2025-11/2026-01", None, "Kasım 2025 – Ocak 2026"),
    ("en", "2025-02-30", None, "2025-02-30"),  # impossible: shown as it is
    ("en", "2025-13", None, "2025-13"),
    ("tr", "XXXX-XX-XX", "END", "XXXX-XX-XX"),
    ("en", "PRESENT_REF", None, "PRESENT_REF"),
]


@pytest.mark.parametrize(("lang", "value", "mod", "expected"), VALUES)
def test_describe_value(lang, value, mod, expected):
    assert describe_value(lang, value, mod) == expected


def test_singular_forms():
    assert gettext("en", "ui.events_count", count=1) == "1 event"
    assert gettext("en", "ui.events_count", count=0) == "0 events"
    assert gettext("tr", "ui.events_count", count=1) == "1 olay"


@pytest.mark.parametrize(
    ("header", "cookie", "param", "expected"),
    [
        ("en-GB,en;q=0.9", None, None, "en"),
        ("tr-TR,tr;q=0.9,en;q=0.5", None, None, "tr"),
        ("de-DE,fr;q=0.8", None, None, "tr"),
        ("en", "tr", None, "tr"),
        ("en", "xx", None, "en"),
        ("tr", "tr", "en", "en"),
        ("en;q=bad", None, None, "tr"),
    ],
)
def test_language_choice(header, cookie, param, expected):
    assert choose(header, cookie, param) == expected
