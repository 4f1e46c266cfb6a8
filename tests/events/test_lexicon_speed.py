"""Machinery of the event lexicon made cheaper (issue 15) finds what it found before."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from timeline.events.lexicon import lexicon

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
