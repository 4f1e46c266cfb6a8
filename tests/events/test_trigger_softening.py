"""A trigger whose last consonant softens before a vowel ending (``şenlik`` → ``şenliği``,
``şenliğe``) is found in those forms too (``event_triggers.tsv`` lists the softened stem).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from eventkit import extract

D = "[14 Mayıs'ta|2026-05-14]"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (f"Geleneksel Kiraz şenliği {D} Tokat'ta yapılacak.", "Geleneksel Kiraz şenliği"),
        (f"Gençlik şenliğinin açılışı {D} Sinop'ta yapılacak.", None),
        (f"Halk bahar şenliğine {D} Bartın'da katılacak.", None),
    ],
)
def test_a_softened_trigger_is_found(body: str, title: str | None) -> None:
    events = extract(body, "2026-03-02")
    assert [e.date for e in events] == ["2026-05-14"], [(e.title, e.date) for e in events]
    assert "şenli" in events[0].title.casefold()
    if title:
        assert events[0].title == title


def test_the_word_for_merriment_in_general_is_no_event() -> None:
    # "şenliğe döndü": a place turned festive, told of a day already past, dates no festival
    assert extract(f"Kent meydanı {D} adeta şenliğe döndü.", "2026-05-20") == []
