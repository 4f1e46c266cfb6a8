"""Pieces every match of a pattern holds (issue 15): a text without them has no match."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from timeline.literals import holds_one, required_pieces

_PATTERNS = [
    r"(?<![\w'])(?:[A-ZÇŞ][a-zçş]+\s+(?:ve\s+)?){1,4}(?:Fuarı|Şenliği|Gecesi)",
    r"(?P<home>[A-Z]\w+) ?[-–] ?(?P<away>[A-Z]\w+)\s*\(?\d{1,2}[.:]\d\d\)?",
    r"(?:ab)?c+(?:de|fg)",
    r"x(?:yz|w)*[pq]",
    r"(?:Kış|Yaz) (?:Okulu|Kampı)",
    r"[^a]b|\d",
]
_ALPHABET = list("abcdefgpqwxyzAKŞ -–.:()'19") + ["Fuarı", "Şenliği", "Gecesi", "Kış", "Okulu"]


def test_pieces_read_from_patterns() -> None:
    assert required_pieces(re.compile(_PATTERNS[0])) == ("Fuarı", "Şenliği", "Gecesi")
    assert required_pieces(re.compile(_PATTERNS[1])) == ("-", "–")
    assert required_pieces(re.compile(_PATTERNS[2])) == ("de", "fg")  # "de" or "fg" over "c"
    assert required_pieces(re.compile(_PATTERNS[3])) == ("x",)
    assert required_pieces(re.compile(_PATTERNS[4])) == ("Okulu", "Kampı")
    assert required_pieces(re.compile(_PATTERNS[5])) is None  # a digit alone matches
    assert required_pieces(re.compile(r"(?:Fuarı)?\d+")) is None
    assert required_pieces(re.compile(r"Fuarı", re.IGNORECASE)) is None
    assert required_pieces(re.compile(r"(?i:Fuarı) \d")) == (" ",)


def test_a_text_without_pieces_is_skipped() -> None:
    pieces = required_pieces(re.compile(_PATTERNS[0]))
    assert not holds_one("Sakarya'da bugün yağmur bekleniyor.", pieces)
    assert holds_one("Ege Kitap Fuarı açıldı.", pieces)
    assert holds_one("anything", None)


@given(st.lists(st.sampled_from(_ALPHABET), max_size=14).map("".join))
def test_every_match_holds_a_piece(text: str) -> None:
    for source in _PATTERNS:
        pattern = re.compile(source)
        if pattern.search(text) is not None:
            assert holds_one(text, required_pieces(pattern)), (source, text)
