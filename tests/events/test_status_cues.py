"""Status cues found in one pass over the text (issue 15) are those found pattern by pattern."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.events.cues import Cues, first_cue
from timeline.events.lexicon import lexicon
from timeline.events.triggers import _first_cue
from timeline.text import APOSTROPHES

_APOSTROPHES = frozenset(APOSTROPHES)  # a set: the end of the text ("") is no apostrophe


def _one_by_one(folded, a, b, patterns, ignore=frozenset(), not_starts=()):
    """The search as it was: each pattern's first acceptable match, the nearest one winning,
    the earlier pattern at one place."""
    best = None
    for pattern, status in patterns:
        for m in pattern.finditer(folded, a, b):
            if m.group() in ignore or folded[m.end() : m.end() + 1] in _APOSTROPHES:
                continue
            if m.group().startswith(not_starts):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), status)
            break
    return best


# verb pieces, blanks, apostrophes and a date; "|" between pieces
_PIECES = (
    "toplan|yapıl|görüş|ertelen|iptal |planlan|düzenlen|ma|me|y|acak|ecek|acağ|dı|di|tı|mış|"
    "iyor|ıyor|abil|ir|ler|an|en|nan|ması| | | |'|’|a|ı|14 mart|ta|,"
).split("|")


@settings(deadline=None)  # the first example reads the lexicon
@given(
    st.lists(st.sampled_from(_PIECES), max_size=16).map("".join),
    st.sampled_from(["before", "near", "sentence"]),
    st.integers(min_value=0, max_value=6),
    st.integers(min_value=0, max_value=6),
    st.booleans(),
)
@example("yapılmayacak toplandı", "sentence", 0, 0, True)
@example("görüşecek'ten toplandı", "near", 0, 0, False)
def test_one_pass_finds_what_each_pattern_found(
    text: str, scope: str, cut_a: int, cut_b: int, skip: bool
) -> None:
    lex = lexicon("tr")
    patterns = lex.status[scope]
    a, b = min(cut_a, len(text)), max(min(cut_a, len(text)), len(text) - cut_b)
    ignore = lex.phrases("not_verb") if skip else frozenset()
    not_starts = ("toplan", "görüş") if skip else ()
    expected = _one_by_one(text, a, b, patterns, ignore, not_starts)
    assert first_cue(text, a, b, patterns, ignore, not_starts) == expected
    assert _first_cue(text, a, b, patterns, ignore, not_starts) == expected


def test_sentences_read_in_one_pass() -> None:
    lex = lexicon("tr")
    near = lex.status["near"]
    for sentence, status in (
        ("forum gelecek perşembe Bodrum'da düzenlenecek", "planned"),
        ("çalıştay dün akşam Kars'ta tamamlandı ve katılımcılar ayrıldı", "held"),
        ("kurul üyeleri cuma günü toplanıyor", "held"),
    ):
        assert first_cue(sentence, 0, len(sentence), near) == _one_by_one(
            sentence, 0, len(sentence), near
        )
        assert first_cue(sentence, 0, len(sentence), near)[1] == status
    assert first_cue("bu bir başlık", 0, 13, near) is None


def test_a_passed_over_match_hides_what_it_covers_from_its_pattern() -> None:
    """``finditer`` goes on after a match passed over: a match starting inside it is not seen
    by the same pattern, but another pattern still sees it."""
    first = re.compile(r"(?<!\w)(?:ab cd)(?!\w)")
    second = re.compile(r"(?<!\w)(?:cd)(?!\w)")
    cues = Cues.of([(first, "held"), (re.compile(r"(?<!\w)(?:cd ef)(?!\w)"), "planned")])
    assert first_cue("ab cd ef", 0, 8, cues, ignore={"ab cd"}) == (3, "planned")
    only_first = Cues.of([(first, "held"), (second, "planned")])
    assert first_cue("ab cd", 0, 5, only_first, ignore={"ab cd"}) == (3, "planned")
    assert first_cue("ab cd", 0, 5, only_first, ignore={"ab cd", "cd"}) is None


def test_patterns_of_another_shape_are_searched_one_by_one() -> None:
    loose = Cues.of([(re.compile(r"toplan\w*"), "planned")])
    assert loose.any is None
    assert first_cue("toplanacak", 0, 10, loose) is False
    assert _first_cue("yarın toplanacak", 0, 16, loose) == (6, "planned")
    empty = Cues.of([(re.compile(r"(?<!\w)(?:x*)(?!\w)"), "held")])
    assert empty.any is not None
    assert first_cue(" ", 0, 1, empty) is False  # an empty match: the caller's search decides
    assert _first_cue(" ", 0, 1, empty) == _one_by_one(" ", 0, 1, empty)
