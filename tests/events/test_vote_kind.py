"""A vote the article also calls a referendum is a referendum (issue 13, point 3; audit 3's
`title-wrong` class, a referendum titled ``… seçimi``): when two mentions of one vote merge in a
document, the narrower kind and its title win, whichever comes first. Every sentence is
written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

D = "2026-03-02"
VOTE = "İsveç'te seçmenler [15 Mart'ta|2026-03-15] sandık başına gidecek."
REFERENDUM = "İsveç'te referandum [15 Mart'ta|2026-03-15] yapılacak."


@pytest.mark.parametrize(
    "text", [f"{VOTE} {REFERENDUM}", f"{REFERENDUM} {VOTE}"], ids=["vote first", "referendum first"]
)
def test_a_vote_called_a_referendum_is_titled_so(text: str) -> None:
    events = extract(text, D)
    assert [(e.title, e.type, e.date) for e in events] == [
        ("İsveç referandumu", "referendum", "2026-03-15")
    ]


def test_a_vote_alone_stays_an_election() -> None:
    events = extract(VOTE, D)
    assert [(e.type, e.date) for e in events] == [("election", "2026-03-15")]
