"""Those invited to an event neither name nor own it (issue 13, point 3; audit 3's
`title-wrong` class, ``Ankaralılar mitingi``): a bare trigger in the dative before an
invitation verb (``mitinge davet edildi``, ``törene çağırdı``) is no compound head, so the
capitalised words before it are the people invited, not the event's name (a name's head is
possessed: ``Konya mitingine``). Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "2026-11-10"

INVITED = [
    (
        "the invited in the nominative before a passive invitation",
        "Günlerdir Konyalılar mitinge davet edildi. Miting [15 Kasım'da|2026-11-15] Kent"
        " Meydanı'nda yapılacak.",
        "Konyalılar",
    ),
    (
        "the invited in the accusative before an active invitation",
        "Sendika başkanı tüm Konyalıları mitinge çağırdı. Miting [15 Kasım'da|2026-11-15]"
        " Kent Meydanı'nda yapılacak.",
        "Konyalıları",
    ),
    (
        "citizens invited to a ceremony",
        "Valilik bütün Sivaslıları törene davet etti. Tören [23 Kasım'da|2026-11-23]"
        " Cumhuriyet Meydanı'nda yapılacak.",
        "Sivaslıları",
    ),
    (
        "the invitation after the dated rally lends it no name",
        "Parti, Konya'da [15 Kasım'da|2026-11-15] miting yapacak. Parti başkanı tüm Konyalıları"
        " mitinge çağırdı.",
        "Konyalıları",
    ),
]


@pytest.mark.parametrize("name,text,invited", INVITED, ids=[c[0] for c in INVITED])
def test_the_invited_name_no_event(name: str, text: str, invited: str) -> None:
    titles = [e.title for e in extract(text, D)]
    assert [t for t in titles if invited in t] == []
    assert not any(e.in_feed(FEED_MIN_CONFIDENCE) for e in extract(text, D))


def test_the_rally_keeps_its_place_when_the_invited_are_dropped() -> None:
    """The rally of the last case is still found, titled by its place (under the threshold)."""
    text = INVITED[-1][1]
    assert [(e.title, e.date) for e in extract(text, D)] == [("Konya mitingi", "2026-11-15")]


def test_a_possessed_head_keeps_its_name() -> None:
    """``Konya mitingine davet etti``: the head is possessed, the compound names the rally."""
    text = "Sendika herkesi [15 Kasım'da|2026-11-15] yapılacak Konya mitingine davet etti."
    events = extract(text, D)
    assert [e.title for e in events] == ["Konya mitingi"]
    assert events[0].in_feed(FEED_MIN_CONFIDENCE)
