"""Faster forms of text helpers give exactly what the plain forms they replace give.

Each helper here was rewritten for speed (fewer Python steps per character, or work done
once per document instead of once per event); the plain form is kept in the test as the
reference, and Hypothesis checks the two agree on arbitrary text.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.documents.decoding import _CONTROLS, normalise

# Text with many of the characters the helpers treat specially: controls, line ends,
# blanks, bidirectional marks, a BOM, zero-width space, combining dot, Turkish letters.
_SPECIAL = "\x00\x07\x0b\x0c\t\n\r\x7f\x85\ufeff\u200b\u202a\u202e\u2066\u2028\u2029\u0307 "
_TEXT = st.text(alphabet=st.sampled_from(list(_SPECIAL + "aIİıçşğü.,'-12")), max_size=60)


def _plain_normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").translate(_CONTROLS)
    return unicodedata.normalize("NFC", text)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_normalise_replaces_only_the_changed_characters_as_translate_would(text: str) -> None:
    assert normalise(text) == _plain_normalise(text)


def test_normalise_of_a_long_text_with_one_control_character() -> None:
    text = "Toplantı 4 Şubat'ta\u200b yapılacak.\r\n" * 2000
    assert normalise(text) == _plain_normalise(text)
    assert "\u200b" not in normalise(text) and "\r" not in normalise(text)


_PLAIN_PARAGRAPH = re.compile(r"\S(?:.|\n(?!\s*\n))*")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .\n\t\r")), max_size=40))
def test_paragraphs_are_those_of_the_letter_by_letter_pattern(text: str) -> None:
    from timeline.events.owners import _PARAGRAPH

    assert [m.span() for m in _PARAGRAPH.finditer(text)] == [
        m.span() for m in _PLAIN_PARAGRAPH.finditer(text)
    ]


def _plain_masked(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    chars = list(text[start:end])
    for a, b in spans:
        for k in range(a - start, min(b - start, len(chars))):
            chars[k] = " "
    return "".join(chars)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_masked_lines_blank_the_dates_as_letter_by_letter(data: st.DataObject) -> None:
    from types import SimpleNamespace

    from timeline.events.schedules import _Line, _masked

    text = data.draw(st.text(alphabet="ab 12\n", min_size=1, max_size=40))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    spans = []
    for _ in range(data.draw(st.integers(0, 5))):  # in any order, overlapping or not
        a = data.draw(st.integers(start, end))  # a line's dates start on it
        spans.append((a, data.draw(st.integers(a, len(text) + 3))))
    timexes = [SimpleNamespace(start=a, end=b) for a, b in spans]
    line = _Line(start, end, timexes)  # type: ignore[arg-type]
    assert _masked(line, text) == _plain_masked(text, start, end, spans)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aIİΣς\n \t:")), max_size=80), st.integers(1, 6))
def test_the_header_lines_fold_as_in_the_whole_text(text: str, lines: int) -> None:
    """The header is read from the first lines only (at most ``2 * lines`` line matches):
    folding those lines alone gives the same matches as folding the whole article."""
    from timeline.documents.header import _head
    from timeline.text import fold

    whole = [m.span() + (m.group(),) for m in re.finditer(r"[^\n]*", fold(text))]
    head = [m.span() + (m.group(),) for m in re.finditer(r"[^\n]*", fold(_head(text, lines + 1)))]
    assert head[:lines] == whole[:lines]
