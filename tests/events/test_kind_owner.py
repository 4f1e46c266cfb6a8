"""A rate decision titled by the central bank that takes it (``Fed'in açıklayacağı faiz
kararı``) is titled by who holds it, not by who reports it (``actor``, not
``publisher-title``), so it reaches the feed; two banks told together leave it open whose it
is, and an organisation of another kind is still only its reporter. Sentences written for
these tests (``owners.tsv`` says which kinds own which events)."""

from __future__ import annotations

import pytest
from eventkit import extract

from timeline.config import FEED_MIN_CONFIDENCE

D = "[18 Mart'ta|2027-03-18]"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (f"Fed'in {D} açıklayacağı faiz kararı yakından izlenecek.", "Fed faiz kararı"),
        (f"Piyasalar BoE'nin {D} açıklayacağı faiz kararına odaklandı.", "BoE faiz kararı"),
    ],
)
def test_the_bank_that_decides_titles_its_decision(body: str, title: str) -> None:
    events = extract(body, "2027-03-02")
    assert [(e.title, e.date, e.status) for e in events] == [(title, "2027-03-18", "planned")]
    assert events[0].confidence_reasons[0] == "actor"
    assert events[0].in_feed(FEED_MIN_CONFIDENCE)


def test_two_banks_leave_it_open_whose_decision_it_is() -> None:
    body = f"Fed'e ilişkin beklentiler sürerken bu hafta BoJ'un {D} faiz kararı izlenecek."
    events = [e for e in extract(body, "2027-03-02") if e.type == "decision"]
    assert events, "the decision is still found"
    assert all("actor" not in e.confidence_reasons for e in events)
    assert not any(e.in_feed(FEED_MIN_CONFIDENCE) for e in events if e.title.startswith("Fed"))
