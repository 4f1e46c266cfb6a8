"""Machinery of the event stage made cheaper (issue 15) finds what it found before."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from timeline.events.lexicon import _alternation, lexicon
from timeline.events.tokens import _ends_with_ordinal

# The cancellation cue as it was written before (two branches, the first one contained in the
# second): the oracle the one-branch row must agree with, word for word.
_TWO_BRANCHES = re.compile(
    r"(?<!\w)(?:\w+(?:ama|eme)y(?:acak|ecek|acağ|eceğ)\w*|\w+(?:ma|me)y(?:acak|ecek|acağ|eceğ)\w*)(?!\w)"
)
_PIECES = ["yapıl", "a", "e", "ma", "me", "y", "acak", "ecek", "acağ", "eceğ", "ını", " ", "ğ", "1"]


def _cancel_pattern() -> re.Pattern:
    """The ``sentence``-scope pattern of the status ``cancelled``."""
    return next(p for p, s in lexicon("tr").status["sentence"] if s == "cancelled")


def test_cancellation_cue_keeps_both_negative_futures() -> None:
    pattern = _cancel_pattern()
    for sentence in ("toplantı yapılamayacak", "tören düzenlenmeyecek", "maç oynanamayacağını"):
        assert pattern.search(sentence) is not None, sentence
    assert pattern.search("toplantı yapılacak") is None


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_cancellation_cue_matches_what_two_branches_matched(text: str) -> None:
    """Every match (span) of the one-branch row is one of the two-branch pattern, and back."""
    spans = [m.span() for m in _cancel_pattern().finditer(text)]
    assert spans == [m.span() for m in _TWO_BRANCHES.finditer(text)]


def test_holiday_trigger_and_named_day_are_built_once() -> None:
    lex = lexicon("tr")
    assert lex.holiday_trigger is not None and lex.holiday_trigger.type == "holiday"
    assert lex.holiday_trigger is lex.holiday_trigger
    assert lex.named_day_re.pattern == lex.forms["named_day"]


@given(
    st.lists(st.sampled_from(["a", "1", "٣", "19", "123", "1234", ".", "\n", " "]), max_size=8),
    st.integers(min_value=0, max_value=3),
)
@example(["1", "123", ".", "\n"], 0)  # the longest reach: a digit before a 3-digit ordinal
@example(["a", "123", ".", "\n"], 0)
def test_ordinal_ending_is_found_in_the_last_characters(pieces: list[str], a: int) -> None:
    """Searching only the end of a span finds an ordinal ending exactly when the whole does."""
    text = "".join(pieces)
    a, b = min(a, len(text)), len(text)
    whole = re.search(r"(?<!\d)\d{1,3}\.$", text[a:b]) is not None
    assert _ends_with_ordinal(text, a, b) is whole


def _flat(words: list[str]) -> str:
    """The alternation as it was written before the trie: every word in turn, longest first."""
    parts = sorted({w for w in words if w.strip()}, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in parts)


_LETTERS = st.text(alphabet="abı ", min_size=1, max_size=6)


@given(st.lists(_LETTERS, min_size=1, max_size=8), st.text(alphabet="abı .", max_size=30))
def test_trie_alternation_matches_as_the_flat_one(words: list[str], text: str) -> None:
    """Whole words and prefixes alike: the same matches, spans and groups, with the
    lexicon's two shapes (a word and its tail; a whole word)."""
    words = [" ".join(w.split()) for w in words]
    for shape in (r"(?<!\w)(?P<stem>{})\w*", r"(?<!\w)(?P<name>{})(?!\w)"):
        flat = re.compile(shape.format(_flat(words)))
        trie = re.compile(shape.format(_alternation(words)))
        assert [(m.span(), m.groupdict()) for m in trie.finditer(text)] == [
            (m.span(), m.groupdict()) for m in flat.finditer(text)
        ]


def test_trigger_pattern_reads_a_trigger_of_words_with_blanks_between() -> None:
    lex = lexicon("tr")
    assert lex.trigger_re.search("iki ülke arasında bir  araya gelindi").group("stem") == (
        "bir  araya gel"
    )
