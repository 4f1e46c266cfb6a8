"""A ceremony titled by its kind (``açılış töreni``, ``ödül töreni``): with the genitive or the
named venue before the compound that says what is opened or awarded, or where, the title keeps
it; a title of the kind alone is ``generic-name`` and stays out of the feeds. An event noun
that opens a sentence is no name: its title takes its ending without an apostrophe
(``Sözleşmenin imzalanması``). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "2025-10-30"

CASES = [
    (
        "what is opened, in the genitive",
        "Yeni Kuzey Köprüsü'nün açılış töreni [20 Kasım'da|2025-11-20] yapılacak.",
        "Yeni Kuzey Köprüsü'nün açılış töreni",
        True,
    ),
    (
        "what is awarded, a name of its own",
        "Bu yılki Altın Kalem Ödülleri töreni [14 Kasım'da|2025-11-14] Ankara'da yapılacak.",
        "Altın Kalem Ödülleri töreni",
        True,
    ),
    (
        "where, a named venue in the locative adjective",
        "Deniz Sahnesi'ndeki resmi açılış töreni, [20 Kasım'da|2025-11-20] başlayacak.",
        "Deniz Sahnesi'ndeki açılış töreni",
        True,
    ),
    (
        "the kind alone",
        "Ödül töreni [14 Kasım'da|2025-11-14] yapılacak.",
        "Ödül töreni",
        False,
    ),
    (
        "the kind inside a clause, nothing more",
        "Dereceye girenler [14 Kasım'da|2025-11-14] düzenlenecek ödül töreninde ödüllerini alacak.",
        "Ödül töreni",
        False,
    ),
    (
        "owned by a common noun only",
        "Yarışmanın ödül töreni [14 Kasım'da|2025-11-14] yapılacak.",
        "Yarışmanın ödül töreni",
        False,
    ),
    (
        "a venue that is no name",
        "Şehrin en büyük salonundaki açılış töreni [20 Kasım'da|2025-11-20] başlayacak.",
        "Açılış töreni",
        False,
    ),
]


@pytest.mark.parametrize("name,text,title,feed", CASES, ids=[c[0] for c in CASES])
def test_ceremony_title(name: str, text: str, title: str, feed: bool) -> None:
    events = [e for e in extract(text, D) if e.type == "ceremony"]
    assert [e.title for e in events] == [title]
    assert events[0].in_feed(FEED_MIN_CONFIDENCE) is feed
    assert ("generic-name" in events[0].confidence_reasons) is not feed


OPENING_WORDS = [
    ("an event noun opens the sentence", "Sözleşme [14 Kasım'da|2025-11-14] imzalanacak."),
    ("then a comma", "Sözleşme, [14 Kasım'da|2025-11-14] törenle imzalanacak."),
]


@pytest.mark.parametrize("name,text", OPENING_WORDS, ids=[c[0] for c in OPENING_WORDS])
def test_opening_event_noun_takes_no_apostrophe(name: str, text: str) -> None:
    assert [e.title for e in extract(text, D) if e.type == "signing"] == ["Sözleşmenin imzalanması"]


def test_a_name_that_opens_the_sentence_keeps_its_apostrophe() -> None:
    text = "Karadeniz Protokolü [14 Kasım'da|2025-11-14] imzalanacak."
    assert [e.title for e in extract(text, D)] == ["Karadeniz Protokolü'nün imzalanması"]


def test_a_ceremony_told_twice_on_its_day_is_one_event() -> None:
    text = (
        "Yeni Kuzey Köprüsü'nün açılış töreni [20 Kasım'da|2025-11-20] yapılacak. Açılış töreni "
        "[20 Kasım'da|2025-11-20] saat [14.00'te|2025-11-20T14:00] başlayacak."
    )
    events = extract(text, D)
    assert [(e.title, e.date, e.time) for e in events] == [
        ("Yeni Kuzey Köprüsü'nün açılış töreni", "2025-11-20", "14:00")
    ]


OWNERLESS = [
    (
        "a rate meeting with no bank named",
        "Bankanın faiz toplantısı [19 Kasım'da|2025-11-19] yapılacak.",
        "meeting",
        False,
    ),
    (
        "a strike of workers with no employer named",
        "Sendika, işçilerin grevi [22 Kasım'da|2025-11-22] başlayacak dedi.",
        "strike",
        False,
    ),
]


@pytest.mark.parametrize("name,text,kind,feed", OWNERLESS, ids=[c[0] for c in OWNERLESS])
def test_common_noun_title_stays_out_of_feed(name: str, text: str, kind: str, feed: bool) -> None:
    """A title of common nouns only says not whose meeting or strike: ``generic-name``."""
    events = [e for e in extract(text, D) if e.type == kind]
    assert events, text
    assert events[0].in_feed(FEED_MIN_CONFIDENCE) is feed
    assert ("generic-name" in events[0].confidence_reasons) is not feed
