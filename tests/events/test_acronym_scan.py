"""The acronym scan tries only the positions near a parenthesis, and finds exactly what the
pattern finds when tried at every position (the slow scan it replaced)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events.lexicon import lexicon
from timeline.events.triggers import acronym_matches, acronym_pattern

CAP = lexicon("tr").forms["capital"]
# Pieces around a parenthesis: filler (lower case, capitals, blanks, line ends, stray
# parentheses), an acronym-like run of capitals, blanks, a long form of up to 130 characters,
# in either order, so that the 6- and 120-character bounds are crossed both ways.
FILLER = st.text(alphabet="aşxA ", max_size=150) | st.text(alphabet="aşxA \n()", max_size=150)
ACRONYM = st.text(alphabet="ADGSÜİŞ", min_size=1, max_size=8)
LONG = st.text(alphabet="aŞD x", max_size=130) | st.text(alphabet="aŞD x\n", max_size=130)
BLANKS = st.sampled_from(["", " ", "  ", "\n ", "\t"])


@st.composite
def texts(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        filler, short, blanks, long = draw(FILLER), draw(ACRONYM), draw(BLANKS), draw(LONG)
        if draw(st.booleans()):
            parts.append(f"{filler}{short}{blanks}({long})")
        else:
            parts.append(f"{filler}{long}{blanks}({short})")
    return "".join(parts) + draw(FILLER)


def _spans(matches) -> list:
    return [(m.span(), m.groupdict()) for m in matches]


@settings(max_examples=400, deadline=None)
@given(texts(), st.integers(0, 30), st.integers(0, 1000))
def test_acronym_scan_finds_what_every_position_finds(text, a, length):
    a = min(a, len(text))
    b = min(len(text), a + length)
    slow = acronym_pattern(CAP).finditer(text, a, b)
    assert _spans(acronym_matches(text, a, b, CAP)) == _spans(slow)


def test_acronym_scan_finds_both_orders():
    text = "Dikey Geçiş Sınavı (DGS) yarın, MSÜ (Millî Savunma Üniversitesi Sınavı) sonra."
    found = [(m["short"] or m["short2"]) for m in acronym_matches(text, 0, len(text), CAP)]
    assert found == ["DGS", "MSÜ"]


def test_acronym_scan_at_the_bounds():
    """Long forms of 1-130 characters before an acronym in parentheses, acronyms of 1-8
    capitals before a long form, after a word, a blank, a line end or nothing."""
    cases = [
        f"{before}{'a' * n}{blanks}(DGS) sonra"
        for before in ("", "x ", "(", "\n")
        for n in range(131)
        for blanks in ("", " ", " \n ")
    ] + [
        f"{before}{'DGSMSÜİŞ'[:n]}{blanks}(sınav{'a' * k}) sonra"
        for before in ("", "x", "x ", "(")
        for n in range(1, 9)
        for blanks in ("", " ", "\n")
        for k in (0, 2, 120)
    ]
    for text in cases:
        slow = acronym_pattern(CAP).finditer(text, 0, len(text))
        assert _spans(acronym_matches(text, 0, len(text), CAP)) == _spans(slow), text
