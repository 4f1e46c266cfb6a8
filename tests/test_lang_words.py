"""What the engines now read from ``timeline/lang/tr/`` instead of holding it: case endings
(suffixes.tsv), Turkish upper case (case.tsv), yes/no words (answers.tsv), JSON keys
(json_fields.tsv) and the words titles are written with (event_words.tsv)."""

from __future__ import annotations

import json

import pytest

from timeline import filters as flt
from timeline.documents import parse_bytes
from timeline.errors import ResourceError
from timeline.events.lexicon import lexicon
from timeline.text import upper

LEX = lexicon("tr")


@pytest.mark.parametrize(
    ("suffix", "case"),
    [
        ("", "nominative"),
        ("da", "locative"),
        ("te", "locative"),
        ("daki", "locative_adj"),
        ("teki", "locative_adj"),
        ("ya", "dative"),
        ("e", "dative"),
        ("yı", "accusative"),
        ("ü", "accusative"),
        ("nı", "accusative"),
        ("den", "ablative"),
        ("tan", "ablative"),
        ("in", "other"),  # genitive: not a case the place reader asks for
        ("ler", "other"),
    ],
)
def test_case_of_reads_suffixes_tsv(suffix, case):
    assert LEX.case_of(suffix) == case


@pytest.mark.parametrize(
    ("cases", "endings"),
    [
        (("comitative",), {"yla", "yle", "ıyla", "iyle", "uyla", "üyle"}),
        (
            ("locative", "ablative"),
            {"da", "de", "ta", "te", "dan", "den", "tan", "ten", "nda", "nde", "ndan", "nden"},
        ),
    ],
)
def test_case_endings_are_the_forms_of_the_table(cases, endings):
    got = LEX.case_endings(*cases)
    assert set(got) == endings
    assert [len(f) for f in got] == sorted((len(f) for f in got), reverse=True)


def test_genitive_after_a_vowel():
    assert set(LEX.after_vowel("genitive")) == {"nın", "nin", "nun", "nün"}


@pytest.mark.parametrize(
    ("role", "word"), [("pair_link", "ile"), ("and", "ve"), ("day_title", "gün")]
)
def test_title_words(role, word):
    assert LEX.word(role) == word


def test_a_missing_title_word_is_a_resource_error():
    with pytest.raises(ResourceError, match="no word of role 'nothing'"):
        LEX.word("nothing")


@pytest.mark.parametrize(
    ("text", "expected"), [("istanbul", "İSTANBUL"), ("ılık", "ILIK"), ("çay", "ÇAY")]
)
def test_turkish_upper_case(text, expected):
    assert upper(text) == expected


@pytest.mark.parametrize(
    ("value", "upcoming"), [("evet", True), ("hayır", False), ("hayir", False), ("1", True)]
)
def test_yes_and_no_in_turkish(value, upcoming):
    assert flt.parse({"upcoming": value}).upcoming is upcoming


def test_json_keys_in_turkish():
    record = {
        "başlık": "Bir başlık",
        "içerik": "Kurul 4 Mart'ta toplanacak.",
        "tarih": "2025-02-01",
    }
    (doc,) = parse_bytes(json.dumps([record]).encode(), "haber.json", suffix=".json")
    assert doc.title == "Bir başlık"
    assert "Kurul 4 Mart'ta" in doc.text
    assert doc.published.date().isoformat() == "2025-02-01"
